{#- Fails on rows where `column_name` exceeds `other_column` (both present); `reverse` flips the comparison. -#}
{% test not_greater_than_other(model, column_name, other_column, reverse=false) %}
select * from {{ model }}
where {{ column_name }} is not null and {{ other_column }} is not null
  and {{ column_name }} {{ '<' if reverse else '>' }} {{ other_column }}
{% endtest %}
