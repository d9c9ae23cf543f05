{# Every key of `compare_model` has exactly `count_column` rows in the model (e.g. each table file's
   rows_loaded equals its observations in the mart). Lists the keys that disagree. #}
{% test count_per_key_matches(model, key, compare_model, count_column) %}
select expected.{{ key }}, expected.{{ count_column }} as expected_rows, count(found.{{ key }}) as found_rows
from {{ compare_model }} as expected
left join {{ model }} as found on found.{{ key }} = expected.{{ key }}
group by expected.{{ key }}, expected.{{ count_column }}
having count(found.{{ key }}) <> expected.{{ count_column }}
{% endtest %}
