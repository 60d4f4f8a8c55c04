with source as (
    select * from {{ source('parsed', 'deal_mentions') }}
),

renamed as (
    select
        item_id as deal_mention_id,
        article_id,
        company_name,
        company_aliases,
        {{ normalise_name('company_name') }} as company_key,
        round,
        deal_status,
        amount_text,
        currency,
        amount_low,
        amount_high,
        needs_review as amount_needs_review,
        valuation_kind,
        valuation,
        valuation_currency,
        converted_currency,
        converted_amount,
        implied_fx_rate,
        headline,
        evidence
    from source
    where company_name is not null
)

select * from renamed
