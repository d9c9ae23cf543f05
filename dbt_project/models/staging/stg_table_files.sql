select
    table_id,
    source_path,
    sha256,
    title,
    layout,
    rows_read,
    rows_loaded,
    footnotes
from {{ source('raw', 'table_files') }}
