select indicator_code, name_zh, name_en, canonical_unit, synonyms_zh from {{ ref('indicators') }}
