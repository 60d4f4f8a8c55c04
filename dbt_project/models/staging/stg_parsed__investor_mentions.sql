with source as (
    select * from {{ source('parsed', 'investor_mentions') }}
),

renamed as (
    select
        item_id as deal_mention_id,
        investor_name,
        {{ normalise_name('investor_name') }} as investor_key,
        role,
        is_existing as is_existing_shareholder,
        evidence
    from source
)

select * from renamed
