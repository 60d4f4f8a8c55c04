with source as (
    select * from {{ source('parsed', 'policy_mentions') }}
),

renamed as (
    select
        item_id as policy_mention_id,
        article_id,
        issuer,
        region,
        level,
        title,
        cap_amount,
        cap_currency,
        pct_cap,
        evidence
    from source
    where issuer is not null
)

select * from renamed
