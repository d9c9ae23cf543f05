-- One row per distinct article: re-posts (same normalized body) collapse onto one document_id.
-- Every source of a document carries the same canonical text (the Python stage sees to it). Title,
-- encoding and repair counts come from the first source by path that has them, as the text does;
-- the earliest publication date dates the article; a restored span in any copy flags the article.
select
    document_id,
    arg_min(title, source_path) filter (where title is not null) as title,
    min(published_date) as published_date,
    any_value(text) as text,
    count(*) as source_count,
    arg_min(encoding, source_path) as encoding,
    max(quality_flag) as quality_flag,
    arg_min(repairs, source_path) as repairs,
    arg_min(flagged_spans, source_path) as flagged_spans
from {{ ref('stg_documents') }}
group by document_id
