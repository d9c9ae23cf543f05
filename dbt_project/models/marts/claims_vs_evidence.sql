-- One row per claim for reading a release against the evidence: the claim and its source sentence,
-- the document, the verdict and its arithmetic, and the observations (or other releases) it used.
with verification as (
    select * from {{ ref('claim_verification') }}
),

observations as (
    select observation_id, year, value, table_id, source_url from {{ ref('fct_observations') }}
)

select
    c.claim_id,
    c.document_id,
    d.title as document_title,
    d.published_date as document_published_date,
    c.zone_id,
    z.name_zh as zone_name_zh,
    c.indicator_code,
    i.name_zh as indicator_name_zh,
    i.name_en as indicator_name_en,
    c.claim_kind,
    c.value_text,
    c.value as stated_value,
    c.unit,
    c.period_start_year,
    c.period_end_year,
    c.sentence,
    v.verdict,
    v.method,
    v.expected_value,
    v.tolerance,
    v.explanation,
    b.observation_id as base_observation_id,
    b.year as base_year,
    b.value as base_value,
    b.table_id as base_table_id,
    b.source_url as base_source_url,
    e.observation_id as end_observation_id,
    e.year as end_year,
    e.value as end_value,
    e.table_id as end_table_id,
    e.source_url as end_source_url,
    v.evidence_document_ids,
    v.evidence_claim_ids,
    a.claim_id is not null as is_trend_anomaly,
    a.explanation as anomaly_explanation
from {{ ref('fct_claims') }} as c
inner join verification as v using (claim_id)
left join {{ ref('dim_document') }} as d using (document_id)
left join {{ ref('dim_zone') }} as z using (zone_id)
left join {{ ref('dim_indicator') }} as i using (indicator_code)
left join observations as b on b.observation_id = v.base_observation_id
left join observations as e on e.observation_id = v.end_observation_id
left join {{ ref('claim_anomalies') }} as a using (claim_id)
