with events as (
    select * from {{ ref('stg_parsed__equity_event_mentions') }}
),

consistency as (
    select * from {{ ref('int_equity_events__consistency') }}
),

plausibility as (
    select * from {{ ref('currency_plausibility') }}
),

companies as (
    select name, entity_key from {{ ref('stg_parsed__entity_names') }} where entity_type = 'company'
)

select
    md5(events.event_mention_id) as event_id,
    events.article_id,
    md5(coalesce(companies.entity_key, events.company_key)) as company_id,
    events.company_name,
    events.ticker,
    events.event_type,
    events.counterparty,
    events.shares,
    events.pct_of_total,
    events.price_per_share,
    events.total_amount,
    events.currency,
    events.stated_fund_size,
    events.stated_resulting_pct,
    consistency.total_deviation,
    consistency.implied_share_capital,
    consistency.share_capital_deviation,
    consistency.transferred_stake_pct,
    consistency.stake_sum_deviation,
    consistency.implied_fund_size,
    consistency.fund_size_deviation,
    events.evidence,
    {{ flag_list({
        'pct_of_total_in_range': 'events.pct_of_total <= 0 or events.pct_of_total > 100',
        'total_amount_plausible': 'events.total_amount < plausibility.min_amount / 100
            or events.total_amount > plausibility.max_amount',
        'shares_times_price_matches_total': 'consistency.total_deviation > ' ~ var('consistency_tolerance'),
        'implied_share_capital_consistent': 'consistency.share_capital_deviation > ' ~ var('consistency_tolerance'),
        'stake_sum_matches_parts': 'consistency.stake_sum_deviation > ' ~ var('consistency_tolerance'),
        'fund_size_consistent': 'consistency.fund_size_deviation > ' ~ var('consistency_tolerance'),
    }) }} as quality_flags
from events
inner join consistency using (event_mention_id)
left join plausibility on plausibility.currency = events.currency
left join companies on companies.name = events.company_name
