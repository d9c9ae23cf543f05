{# Row counts of two relations must be equal: one verdict per claim, every raw row carried to its mart.
   Fails with one row showing both counts. #}
{% test row_count_equals(model, compare_model) %}
select n_model, n_compare
from (
    select
        (select count(*) from {{ model }}) as n_model,
        (select count(*) from {{ compare_model }}) as n_compare
)
where n_model <> n_compare
{% endtest %}
