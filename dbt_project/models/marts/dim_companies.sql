{#- One row per resolved company, financed or listed: canonical name, every name, ticker, activity. -#}
with names as (
    select md5(entity_key) as company_id, canonical_name, name
    from {{ ref('stg_parsed__entity_names') }}
    where entity_type = 'company'
),

deals as (
    select company_id, deal_id, announced_date from {{ ref('fct_deals') }}
),

events as (
    select events.company_id, events.ticker, articles.effective_date as seen_date
    from {{ ref('fct_equity_events') }} as events
    inner join {{ ref('stg_parsed__articles') }} as articles using (article_id)
),

activity as (
    select company_id, announced_date as seen_date from deals
    union all
    select company_id, seen_date from events
),

companies as (
    select company_id from names
    union
    select company_id from activity
)

select
    companies.company_id,
    (select any_value(canonical_name) from names where names.company_id = companies.company_id) as company_name,
    (select list_sort(list_distinct(list(name))) from names where names.company_id = companies.company_id) as aliases,
    (select mode(ticker) from events where events.company_id = companies.company_id) as ticker,
    (select min(seen_date) from activity where activity.company_id = companies.company_id) as first_seen_date,
    (select max(seen_date) from activity where activity.company_id = companies.company_id) as last_seen_date,
    (select count(*) from deals where deals.company_id = companies.company_id) as deal_count
from companies
