-- National high-tech zones and the regions (provinces, China) that observations may also describe,
-- in one key space: fct_observations.zone_id and fct_claims.zone_id point into it.
select
    zone_code as zone_id,
    'national_htz' as zone_kind,
    name_zh,
    cast(null as varchar) as name_en,
    aliases_zh,
    province_zh,
    city_zh,
    approved_year,
    source_url
from {{ ref('zones') }}
union all
select
    region_code as zone_id,
    level as zone_kind,
    name_zh,
    name_en,
    aliases_zh,
    case when level = 'province' then name_zh end as province_zh,
    cast(null as varchar) as city_zh,
    cast(null as integer) as approved_year,
    cast(null as varchar) as source_url
from {{ ref('regions') }}
