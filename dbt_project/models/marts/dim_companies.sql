{#- Every company the marts name: financed companies and listed companies, one row per resolved key. -#}
with deals as (
    select company_id, company_name, announced_date, deal_id from {{ ref('fct_deals') }}
),

deal_names as (
    select company_id, unnest(list_prepend(company_name, company_aliases)) as name, announced_date
    from {{ ref('int_deals__deduplicated') }}
),

events as (
    select
        events.company_id,
        events.company_name,
        events.ticker,
        articles.effective_date as seen_date
    from {{ ref('fct_equity_events') }} as events
    inner join {{ ref('stg_parsed__articles') }} as articles using (article_id)
),

names as (
    select company_id, name, announced_date as seen_date, null as ticker from deal_names
    union all
    select company_id, company_name, seen_date, ticker from events
)

select
    names.company_id,
    coalesce(
        (select arg_min(deals.company_name, deals.announced_date) from deals where deals.company_id = names.company_id),
        mode(names.name)
    ) as company_name,
    list_sort(list_distinct(list(names.name))) as aliases,
    mode(names.ticker) as ticker,
    min(names.seen_date) as first_seen_date,
    max(names.seen_date) as last_seen_date,
    (select count(*) from deals where deals.company_id = names.company_id) as deal_count
from names
where names.name is not null
group by names.company_id
