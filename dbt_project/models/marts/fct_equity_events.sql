with events as (
    select * from {{ ref('stg_parsed__equity_event_mentions') }}
),

plausibility as (
    select * from {{ ref('currency_plausibility') }}
)

select
    md5(events.event_mention_id) as event_id,
    events.article_id,
    md5(events.company_key) as company_id,
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
    events.evidence,
    {{ flag_list({
        'pct_out_of_range': 'events.pct_of_total <= 0 or events.pct_of_total > 100',
        'implausible_amount': 'events.total_amount < plausibility.min_amount / 100
            or events.total_amount > plausibility.max_amount',
    }) }} as quality_flags
from events
left join plausibility on plausibility.currency = events.currency
