{#- A list of the names of the flags whose condition holds: `flag_list({'name': 'condition', …})`. -#}
{% macro flag_list(flags) -%}
    list_filter(list_value(
        {%- for name, condition in flags.items() %}
        case when {{ condition }} then '{{ name }}' end{{ ',' if not loop.last }}
        {%- endfor %}
    ), lambda flag: flag is not null)
{%- endmacro %}
