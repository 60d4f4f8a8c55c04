{#- Convert an amount between currencies through the euro reference rates (units per euro).
    The one place where units change: every *_usd / *_cny column is computed with it. -#}
{% macro convert_amount(amount, from_units_per_eur, to_units_per_eur) -%}
    ({{ amount }} / nullif({{ from_units_per_eur }}, 0) * {{ to_units_per_eur }})
{%- endmacro %}
