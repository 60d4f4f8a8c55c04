{#- One row per financing round of a company. Reports that disagree are reconciled: the most precise
    amount wins (exact, then a range, then an open bound), ties to the earliest report; the most advanced
    status wins (completed > in progress > planned); the earliest report dates the announcement. -#}
with reports as (
    select * from {{ ref('int_deals__deduplicated') }}
),

plausibility as (
    select * from {{ ref('currency_plausibility') }}
),

ranked as (
    select
        *,
        row_number() over (
            partition by deal_id
            order by
                case
                    when amount_low is not null and amount_low = amount_high then 0
                    when amount_low is not null and amount_high is not null then 1
                    when coalesce(amount_low, amount_high) is not null then 2
                    else 3
                end,
                announced_date,
                deal_mention_id
        ) as amount_choice
    from reports
),

per_deal as (
    select
        deal_id,
        min(announced_date) as announced_date,
        arg_min(article_id, announced_date) as first_article_id,
        arg_min(company_name, announced_date) as company_name,
        count(distinct article_id) as source_count,
        case min(case deal_status when 'completed' then 0 when 'in_progress' then 1 else 2 end)
            when 0 then 'completed' when 1 then 'in_progress' else 'planned'
        end as deal_status,
        arg_min(valuation_kind, announced_date) filter (where valuation is not null) as valuation_kind,
        arg_min(valuation, announced_date) filter (where valuation is not null) as valuation,
        arg_min(valuation_usd, announced_date) filter (where valuation is not null) as valuation_usd,
        bool_or(amount_needs_review) as amount_needs_review
    from reports
    group by deal_id
),

chosen as (
    select * from ranked where amount_choice = 1
)

select
    per_deal.deal_id,
    chosen.company_id,
    per_deal.company_name,
    chosen.round,
    per_deal.deal_status,
    chosen.amount_text,
    chosen.currency,
    chosen.amount_low,
    chosen.amount_high,
    chosen.amount_low_usd,
    chosen.amount_high_usd,
    chosen.amount_low_cny,
    chosen.amount_high_cny,
    per_deal.valuation_kind,
    per_deal.valuation,
    per_deal.valuation_usd,
    per_deal.announced_date,
    per_deal.first_article_id,
    per_deal.source_count,
    chosen.evidence,
    chosen.fx_rate_date,
    chosen.reference_cny_per_usd,
    chosen.converted_currency,
    chosen.converted_amount,
    chosen.implied_fx_rate,
    chosen.reference_fx_rate,
    chosen.fx_deviation,
    {{ flag_list({
        'amount_needs_review': 'per_deal.amount_needs_review',
        'amount_plausible': 'coalesce(chosen.amount_low, chosen.amount_high) < plausibility.min_amount
            or coalesce(chosen.amount_high, chosen.amount_low) > plausibility.max_amount',
        'amount_low_not_above_high': 'chosen.amount_low > chosen.amount_high',
        'missing_fx_rate': 'chosen.currency is not null and chosen.fx_rate_date is null',
        'fx_conversion_plausible': 'chosen.fx_deviation > ' ~ var('fx_tolerance'),
    }) }} as quality_flags
from per_deal
inner join chosen using (deal_id)
left join plausibility on plausibility.currency = chosen.currency
