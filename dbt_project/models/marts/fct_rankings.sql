-- Rankings by year from the ranks tables: one row per zone × ranking × year, with the move since the
-- previous evaluation (positive = up, as in fct_claims.rank_change) and how many zones were ranked
-- that year (参评国家高新区数量, when a table states it).
with ranks as (
    select * from {{ ref('int_observations_by_year') }}
    where unit = 'rank'
),

evaluated as (
    select year, value as zones_evaluated
    from {{ ref('int_observations_by_year') }}
    where indicator_code = 'zones_evaluated' and zone_id = 'china'
),

framed as (
    select
        *,
        lag(year) over w as previous_year,
        lag(value) over w as previous_rank
    from ranks
    window w as (partition by zone_id, indicator_code order by year)
)

select
    f.zone_id,
    z.name_zh as zone_name_zh,
    f.indicator_code,
    f.year,
    f.value::integer as rank,
    f.previous_year,
    f.previous_rank::integer as previous_rank,
    (f.previous_rank - f.value)::integer as places_gained,
    e.zones_evaluated::integer as zones_evaluated,
    case when e.zones_evaluated > 0 then f.value / e.zones_evaluated end as rank_share,
    f.table_count,
    f.min_value <> f.max_value as tables_disagree,
    f.observation_id,
    f.table_id,
    f.source_url
from framed as f
left join {{ ref('int_zones_and_regions') }} as z using (zone_id)
left join evaluated as e using (year)
