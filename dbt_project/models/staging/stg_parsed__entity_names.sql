with source as (
    select * from {{ source('parsed', 'entity_names') }}
),

renamed as (
    select
        entity_type,
        name,
        name_key,
        entity_key,
        canonical_name
    from source
)

select * from renamed
