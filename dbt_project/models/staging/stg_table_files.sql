select * from {{ source('raw', 'table_files') }}
