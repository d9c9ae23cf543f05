select
    source_path,
    sha256,
    size_bytes,
    encoding,
    decode_method,
    nullif(trim(url), '') as url,
    published,
    source as publisher,
    title
from {{ source('raw', 'press_release_files') }}
