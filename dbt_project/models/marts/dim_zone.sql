select * from {{ ref('int_zones_and_regions') }}
