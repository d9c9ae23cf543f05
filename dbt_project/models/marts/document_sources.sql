select
    d.document_id,
    d.source_path,
    f.url,
    f.sha256,
    f.encoding,
    f.decode_method,
    f.publisher,
    d.published_date
from {{ ref('stg_documents') }} as d
inner join {{ ref('stg_press_release_files') }} as f using (source_path)
