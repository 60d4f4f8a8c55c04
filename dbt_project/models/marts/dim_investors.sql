{#- One row per resolved investor: canonical name, every name it appears under, when and how often. -#}
with deal_investors as (
    select * from {{ ref('fct_deal_investors') }}
),

deals as (
    select deal_id, announced_date from {{ ref('fct_deals') }}
),

names as (
    select md5(entity_key) as investor_id, canonical_name, name
    from {{ ref('stg_parsed__entity_names') }}
    where entity_type = 'investor'
),

per_investor as (
    select
        investor_id,
        min(deals.announced_date) as first_seen_date,
        max(deals.announced_date) as last_seen_date,
        count(distinct deal_id) as deal_count,
        count(distinct deal_id) filter (where role = 'lead') as lead_deal_count,
        mode(investor_name) as investor_name
    from deal_investors
    inner join deals using (deal_id)
    group by investor_id
)

select
    per_investor.investor_id,
    coalesce(any_value(names.canonical_name), any_value(per_investor.investor_name)) as investor_name,
    list_sort(list_distinct(list(names.name) filter (where names.name is not null))) as aliases,
    any_value(per_investor.first_seen_date) as first_seen_date,
    any_value(per_investor.last_seen_date) as last_seen_date,
    any_value(per_investor.deal_count) as deal_count,
    any_value(per_investor.lead_deal_count) as lead_deal_count
from per_investor
left join names using (investor_id)
group by per_investor.investor_id
