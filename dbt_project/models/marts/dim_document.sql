select document_id, title, published_date, text, source_count, encoding, quality_flag, repairs, flagged_spans
from {{ ref('int_documents') }}
