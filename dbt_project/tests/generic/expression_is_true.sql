{# Rows for which a boolean SQL expression is false fail the test (written here: no dbt deps). #}
{% test expression_is_true(model, expression) %}
select * from {{ model }} where not ({{ expression }})
{% endtest %}
