{#- Bridge from each deal to every report of it: article, evidence sentence and what that report stated. -#}
select
    deal_id,
    deal_mention_id,
    article_id,
    announced_date as reported_date,
    company_name as reported_company_name,
    company_aliases as reported_company_aliases,
    round,
    deal_status as reported_status,
    amount_text as reported_amount_text,
    currency as reported_currency,
    amount_low as reported_amount_low,
    amount_high as reported_amount_high,
    valuation_kind as reported_valuation_kind,
    valuation as reported_valuation,
    evidence
from {{ ref('int_deals__deduplicated') }}
