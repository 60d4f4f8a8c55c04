{#- One row per investor of a deal; across reports the strongest role wins (lead > existing > participant). -#}
with investors as (
    select * from {{ ref('stg_parsed__investor_mentions') }}
),

entities as (
    select name, entity_key, canonical_name from {{ ref('stg_parsed__entity_names') }} where entity_type = 'investor'
),

reports as (
    select deal_id, deal_mention_id, announced_date from {{ ref('int_deals__deduplicated') }}
),

resolved as (
    select
        reports.deal_id,
        reports.announced_date,
        coalesce(entities.entity_key, investors.investor_key) as investor_key,
        coalesce(entities.canonical_name, investors.investor_name) as investor_name,
        investors.role,
        investors.is_existing_shareholder,
        investors.evidence
    from investors
    inner join reports using (deal_mention_id)
    left join entities on entities.name = investors.investor_name
    where investors.investor_key is not null
)

select
    deal_id,
    md5(investor_key) as investor_id,
    arg_min(investor_name, announced_date) as investor_name,
    case min(case role when 'lead' then 0 when 'existing' then 1 else 2 end)
        when 0 then 'lead' when 1 then 'existing' else 'participant'
    end as role,
    bool_or(is_existing_shareholder) as is_existing_shareholder,
    arg_min(evidence, announced_date) as evidence
from resolved
group by deal_id, investor_key
