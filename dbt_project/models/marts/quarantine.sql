select source_path, location, reason, stage from {{ ref('stg_quarantine') }}
