-- The zone × indicator × year series analysts chart, one value a year (int_observations_by_year
-- chooses among tables and keeps their spread), with growth computed once here: year on year when
-- the previous year is observed, annualized over a gap otherwise, and the CAGR since the first year.
-- Growth is left empty for ranks and percentages, whose change is a difference (change_from_previous).
with series as (
    select * from {{ ref('int_observations_by_year') }}
),

indicators as (
    select indicator_code, name_zh, name_en from {{ ref('indicators') }}
),

framed as (
    select
        *,
        lag(year) over w as previous_year,
        lag(value) over w as previous_value,
        first_value(year) over w as first_year,
        first_value(value) over w as first_value,
        unit in ('count', 'yuan', 'km2', 'index') as grows
    from series
    window w as (partition by zone_id, indicator_code order by year)
)

select
    f.zone_id,
    f.indicator_code,
    i.name_zh as indicator_name_zh,
    i.name_en as indicator_name_en,
    f.year,
    f.value,
    f.unit,
    f.previous_year,
    f.previous_value,
    f.value - f.previous_value as change_from_previous,
    case when f.grows and f.previous_year = f.year - 1 and f.previous_value > 0
        then 100 * (f.value / f.previous_value - 1) end as yoy_growth_percent,
    case when f.grows and f.previous_value > 0 and f.value >= 0
        then 100 * (power(f.value / f.previous_value, 1.0 / (f.year - f.previous_year)) - 1) end
        as annualized_growth_since_previous_percent,
    f.first_year,
    f.first_value,
    case when f.grows and f.year > f.first_year and f.first_value > 0 and f.value >= 0
        then 100 * (power(f.value / f.first_value, 1.0 / (f.year - f.first_year)) - 1) end as cagr_since_first_percent,
    f.table_count,
    f.min_value,
    f.max_value,
    f.min_value = f.max_value as tables_agree,
    f.observation_id,
    f.table_id,
    f.table_ids,
    f.source_url
from framed as f
left join indicators as i using (indicator_code)
