with policies as (
    select * from {{ ref('stg_parsed__policy_mentions') }}
),

articles as (
    select * from {{ ref('stg_parsed__articles') }}
),

dated as (
    select policies.*, articles.published_date, articles.effective_date
    from policies
    inner join articles using (article_id)
)

select
    md5(dated.policy_mention_id) as policy_id,
    dated.article_id,
    dated.issuer,
    dated.region,
    dated.level,
    dated.title,
    case when dated.cap_currency = 'CNY' then dated.cap_amount
        else {{ convert_amount('dated.cap_amount', 'rates.units_per_eur', 'rates.cny_per_eur') }}
    end as amount_cap_cny,
    dated.cap_amount,
    dated.cap_currency,
    dated.pct_cap,
    dated.published_date,
    dated.evidence
from dated
{{ fx_rate_asof('dated.cap_currency', 'dated.effective_date') }}
