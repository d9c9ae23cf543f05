select
    source_path,
    document_id,
    nullif(trim(title), '') as title,
    try_cast(left(published, 10) as date) as published_date,
    text,
    encoding,
    repairs,
    quality_flag,
    flagged_spans
from {{ source('raw', 'documents') }}
