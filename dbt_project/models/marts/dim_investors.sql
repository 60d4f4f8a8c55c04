with deal_investors as (
    select * from {{ ref('fct_deal_investors') }}
),

deals as (
    select deal_id, announced_date from {{ ref('fct_deals') }}
)

select
    investor_id,
    mode(investor_name) as investor_name,
    list_sort(list_distinct(list(investor_name))) as aliases,
    min(deals.announced_date) as first_seen_date,
    max(deals.announced_date) as last_seen_date,
    count(distinct deal_id) as deal_count,
    count(distinct deal_id) filter (where role = 'lead') as lead_deal_count
from deal_investors
inner join deals using (deal_id)
group by investor_id
