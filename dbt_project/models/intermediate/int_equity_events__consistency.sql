{#- The arithmetic that must agree, one deviation column per check (relative, 0 = exact):
    shares x price vs the stated total; the share capital implied by shares / percentage across the events
    of one ticker in one article; a stated resulting stake vs the sum of the transferred stakes; the fund size
    implied by each LP subscription vs the fund's stated (or common) size. -#}
with events as (
    select * from {{ ref('stg_parsed__equity_event_mentions') }}
),

capital as (
    select
        *,
        case when shares > 0 and pct_of_total > 0 and event_type not in ('acquisition', 'fund_subscription')
            then shares / (pct_of_total / 100) end as implied_share_capital
    from events
),

capital_per_ticker as (
    select
        *,
        median(implied_share_capital) over (partition by article_id, ticker) as ticker_share_capital,
        count(implied_share_capital) over (partition by article_id, ticker) as capital_statements
    from capital
),

stakes as (
    select
        *,
        coalesce(pct_of_total, shares / ticker_share_capital * 100) as stake_pct
    from capital_per_ticker
),

stake_sums as (
    select
        *,
        sum(stake_pct) filter (where event_type = 'share_transfer') over (partition by item_id) as transferred_stake_pct,
        count(*) filter (where event_type = 'share_transfer' and stake_pct is null) over (partition by item_id)
            as transfers_without_stake
    from stakes
),

funds as (
    select
        *,
        case when event_type = 'fund_subscription' and total_amount > 0 and pct_of_total > 0
            then total_amount / (pct_of_total / 100) end as implied_fund_size,
        {{ normalise_name('counterparty') }} as fund_key
    from stake_sums
),

fund_reference as (
    select
        *,
        coalesce(
            max(stated_fund_size) over (partition by article_id, fund_key),
            median(implied_fund_size) over (partition by article_id, fund_key)
        ) as reference_fund_size,
        count(implied_fund_size) over (partition by article_id, fund_key) as fund_statements,
        max(stated_fund_size) over (partition by article_id, fund_key) as fund_size_stated
    from funds
)

select
    event_mention_id,
    total_amount,
    shares * price_per_share as shares_times_price,
    case when total_amount > 0 and shares > 0 and price_per_share > 0
        then abs(total_amount - shares * price_per_share) / total_amount end as total_deviation,
    implied_share_capital,
    case when capital_statements >= 2
        then abs(implied_share_capital - ticker_share_capital) / ticker_share_capital end as share_capital_deviation,
    transferred_stake_pct,
    case when event_type = 'share_transfer' and stated_resulting_pct > 0 and transfers_without_stake = 0
        then abs(transferred_stake_pct - stated_resulting_pct) / stated_resulting_pct end as stake_sum_deviation,
    implied_fund_size,
    reference_fund_size,
    case when implied_fund_size is not null and (fund_size_stated is not null or fund_statements >= 2)
        then abs(implied_fund_size - reference_fund_size) / reference_fund_size end as fund_size_deviation
from fund_reference
