with source as (
    select * from {{ source('parsed', 'articles') }}
),

renamed as (
    select
        article_id,
        title,
        published_date,
        coalesce(published_date, cast(ingested_at as date)) as effective_date,
        source_path,
        source_format,
        source_name,
        url,
        ingested_at
    from source
)

select * from renamed
