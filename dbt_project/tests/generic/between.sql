{#- Fails on rows outside [min_value, max_value]; `exclusive_min` makes the lower bound strict. -#}
{% test between(model, column_name, min_value, max_value, exclusive_min=false) %}
select * from {{ model }}
where {{ column_name }} is not null
  and ({{ column_name }} {{ '<=' if exclusive_min else '<' }} {{ min_value }} or {{ column_name }} > {{ max_value }})
{% endtest %}
