-- Every method that applies to a claim gives a candidate judgment; a claim may have several (a
-- sentence's CAGR is judged by its own figures and, when a table has them, by the series). The verdict
-- is drawn here, once, from the claim's interval (int_claim_bounds): expected ∈ [lower, upper).
with candidates as (
    select * from {{ ref('int_claim_series_judgments') }}
    union all
    select * from {{ ref('int_claim_rank_chain') }}
    union all
    select * from {{ ref('int_claim_self_consistency') }}
),

claims as (
    select claim_id, value as stated_value, modality from {{ ref('stg_claims') }}
)

{#- A target (目标, 力争) or forecast (预计) states no outcome: no evidence can confirm or refute it. #}
{%- set reason_sql -%}
coalesce(
    case when s.modality <> 'actual' then printf('a %s, not an outcome: there is nothing to check it against', s.modality) end,
    c.unverifiable_reason)
{%- endset %}

select
    c.claim_id,
    c.method,
    c.evidence_strength,
    case
        when reason is not null then 'unverifiable'
        when (b.lower_bound is null or {{ denoise('c.expected_value') }} >= b.lower_bound)
            and (b.upper_bound is null or {{ denoise('c.expected_value') }} < b.upper_bound) then 'consistent'
        else 'inconsistent'
    end as verdict,
    s.stated_value,
    case when reason is null then c.expected_value end as expected_value,
    b.tolerance,
    b.lower_bound,
    b.upper_bound,
    coalesce(reason, c.computation || '; ' || b.bounds_text) as explanation,
    reason as unverifiable_reason,
    c.base_observation_id,
    c.end_observation_id,
    c.evidence_document_ids,
    c.evidence_claim_ids
from candidates as c
inner join claims as s using (claim_id)
inner join {{ ref('int_claim_bounds') }} as b using (claim_id)
cross join lateral (select {{ reason_sql }} as reason)
