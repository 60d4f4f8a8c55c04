{#- The rates of `currency_column` on the latest ECB publication day on or before `date_column`:
    `from x {{ fx_rate_asof('x.currency', 'x.announced_date') }}` exposes rates.units_per_eur, usd_per_eur, cny_per_eur. -#}
{% macro fx_rate_asof(currency_column, date_column) -%}
    asof left join {{ ref('stg_reference__fx_rates') }} as rates
        on {{ currency_column }} = rates.currency
        and {{ date_column }} >= rates.rate_date
{%- endmacro %}
