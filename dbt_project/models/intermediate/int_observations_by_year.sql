-- One value per zone × indicator × year. Several tables may report the same figure (a 亿元 table and a
-- 万元 table, both converted to yuan on load): the most recently published one is used, and the
-- spread across tables is kept so a disagreement stays visible instead of being averaged away.
with observations as (
    select * from {{ ref('stg_observations') }}
),

spread as (
    select
        zone_id,
        indicator_code,
        year,
        count(*) as table_count,
        min(value) as min_value,
        max(value) as max_value,
        string_agg(table_id, '; ' order by table_id) as table_ids
    from observations
    group by zone_id, indicator_code, year
),

chosen as (
    select
        *,
        row_number() over (
            partition by zone_id, indicator_code, year
            order by source_published_date desc nulls last, table_id, observation_id
        ) as preference
    from observations
)

select
    c.zone_id,
    c.indicator_code,
    c.year,
    c.value,
    c.unit,
    c.observation_id,
    c.table_id,
    c.source_path,
    c.source_url,
    c.source_published_date,
    s.table_count,
    s.min_value,
    s.max_value,
    s.table_ids
from chosen as c
inner join spread as s using (zone_id, indicator_code, year)
where c.preference = 1
