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
    try_cast(left(published, 10) as date) as source_published_date,
    location as source_location,
    note,
    sha256
from {{ source('raw', 'observations') }}
