{#- Deal reports with their announcement date, resolved company (entity_names) and amounts in USD and CNY
    at the ECB rate of the announcement date (the latest publication on or before it). -#}
with mentions as (
    select * from {{ ref('stg_parsed__deal_mentions') }}
),

articles as (
    select * from {{ ref('stg_parsed__articles') }}
),

companies as (
    select name, entity_key from {{ ref('stg_parsed__entity_names') }} where entity_type = 'company'
),

rates as (
    select * from {{ ref('stg_reference__fx_rates') }}
),

dated as (
    select
        mentions.*,
        coalesce(companies.entity_key, mentions.company_key) as resolved_company_key,
        articles.effective_date as announced_date
    from mentions
    inner join articles using (article_id)
    left join companies on companies.name = mentions.company_name
),

converted as (
    select
        dated.*,
        rates.rate_date as fx_rate_date,
        rates.units_per_eur,
        rates.usd_per_eur,
        rates.cny_per_eur
    from dated
    {{ fx_rate_asof('dated.currency', 'dated.announced_date') }}
),

with_conversion_rate as (
    -- the rate of the currency a bracket converts into, on the same publication day
    select converted.*, bracket_rates.units_per_eur as converted_units_per_eur
    from converted
    left join rates as bracket_rates
        on bracket_rates.currency = converted.converted_currency
        and bracket_rates.rate_date = converted.fx_rate_date
)

select
    deal_mention_id,
    article_id,
    resolved_company_key as company_key,
    company_name,
    company_aliases,
    round,
    deal_status,
    amount_text,
    currency,
    amount_low,
    amount_high,
    {{ convert_amount('amount_low', 'units_per_eur', 'usd_per_eur') }} as amount_low_usd,
    {{ convert_amount('amount_high', 'units_per_eur', 'usd_per_eur') }} as amount_high_usd,
    {{ convert_amount('amount_low', 'units_per_eur', 'cny_per_eur') }} as amount_low_cny,
    {{ convert_amount('amount_high', 'units_per_eur', 'cny_per_eur') }} as amount_high_cny,
    amount_needs_review,
    valuation_kind,
    valuation,
    case when valuation_currency = currency
        then {{ convert_amount('valuation', 'units_per_eur', 'usd_per_eur') }}
    end as valuation_usd,
    fx_rate_date,
    cny_per_eur / nullif(usd_per_eur, 0) as reference_cny_per_usd,
    converted_currency,
    converted_amount,
    implied_fx_rate,
    converted_units_per_eur / nullif(units_per_eur, 0) as reference_fx_rate,
    abs(implied_fx_rate / nullif(converted_units_per_eur / nullif(units_per_eur, 0), 0) - 1) as fx_deviation,
    announced_date,
    evidence
from with_conversion_rate
