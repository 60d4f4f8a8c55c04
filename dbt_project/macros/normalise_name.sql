{#- The matching key of an entity name: lower case, legal forms, brackets and punctuation removed. -#}
{% macro normalise_name(column) -%}
    nullif(regexp_replace(
        regexp_replace(
            regexp_replace(lower(trim({{ column }})), '\((limited partnership|lp|shanghai|beijing|shenzhen|hangzhou|suzhou)\)', ' ', 'g'),
            '\b(co\.?,?\s*ltd\.?|company limited|limited|inc\.?|corp\.?|corporation|llc|gmbh|plc|group co)\b', ' ', 'g'),
        '[^a-z0-9一-鿿]+', '', 'g'), '')
{%- endmacro %}
