-- One row per distinct article: re-posts (same normalized body) collapse onto one document_id.
-- Title and date come from the first source that has them; the earliest date dates the article.
select
    document_id,
    min(title) filter (where title is not null) as title,
    min(published_date) as published_date,
    any_value(text) as text,
    count(*) as source_count,
    min(encoding) as encoding,
    max(quality_flag) as quality_flag,
    min(repairs) as repairs,
    min(flagged_spans) as flagged_spans
from {{ ref('stg_documents') }}
group by document_id
