select 'press_release_ingest' as stage, source_path, location, reason from {{ source('raw', 'press_release_quarantine') }}
union all
select 'press_release_normalize' as stage, source_path, location, reason from {{ source('raw', 'document_quarantine') }}
union all
select 'claim_extraction' as stage, source_path, location, reason from {{ source('raw', 'claim_quarantine') }}
union all
select 'table_ingest' as stage, source_path, location, reason from {{ source('raw', 'table_quarantine') }}
