with source as (
    select * from {{ source('parsed', 'equity_event_mentions') }}
),

renamed as (
    select
        item_id || '-' || cast(event_no as varchar) as event_mention_id,
        item_id,
        article_id,
        event_no,
        company_name,
        company_aliases,
        {{ normalise_name('company_name') }} as company_key,
        ticker,
        event_type,
        counterparty,
        cast(shares as bigint) as shares,
        pct_of_total,
        price_per_share,
        total_amount,
        currency,
        stated_fund_size,
        stated_resulting_pct,
        evidence
    from source
)

select * from renamed
