select
    observation_id,
    zone_id,
    indicator_code,
    year,
    value,
    unit,
    table_id,
    source_path,
    source_url,
    source_published_date,
    source_location,
    note,
    sha256
from {{ ref('stg_observations') }}
