{#- Bridge from each deal to every report of it: article, evidence sentence and what that report stated. -#}
select
    deal_id,
    deal_mention_id,
    article_id,
    announced_date as reported_date,
    company_name as reported_company_name,
    round,
    deal_status as reported_status,
    amount_text as reported_amount_text,
    currency as reported_currency,
    amount_low as reported_amount_low,
    amount_high as reported_amount_high,
    evidence
from {{ ref('int_deals__deduplicated') }}
