{#- Daily rates of every currency and of the two reporting currencies, euro included (1 per euro). -#}
with source as (
    select * from {{ ref('fx_rates') }}
),

with_euro as (
    select rate_date, currency, units_per_eur from source
    union all
    select distinct rate_date, 'EUR', 1.0 from source
),

reporting as (
    select
        rate_date,
        max(units_per_eur) filter (where currency = 'USD') as usd_per_eur,
        max(units_per_eur) filter (where currency = 'CNY') as cny_per_eur
    from with_euro
    group by rate_date
)

select
    with_euro.rate_date,
    with_euro.currency,
    with_euro.units_per_eur,
    reporting.usd_per_eur,
    reporting.cny_per_eur
from with_euro
inner join reporting using (rate_date)
