{# The unit column must be the indicator's canonical unit from the catalog (money in yuan, …);
   `row_filter` narrows the rows checked (e.g. levels only, whose unit is the indicator's own). #}
{% test unit_matches_indicator(model, column_name, indicator_column='indicator_code', row_filter=none) %}
select m.{{ indicator_column }}, m.{{ column_name }} as unit, i.canonical_unit, count(*) as n
from {{ model }} as m
inner join {{ ref('indicators') }} as i on i.indicator_code = m.{{ indicator_column }}
where m.{{ column_name }} <> i.canonical_unit
{% if row_filter %}and ({{ row_filter }}){% endif %}
group by all
{% endtest %}
