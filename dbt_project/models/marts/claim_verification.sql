-- One verdict per distinct claim (re-posts share a document_id, so a re-posted claim is one row).
-- When several methods apply, the judged candidate with the strongest evidence wins: tables
-- (series methods) before other releases (rank_chain) before the release itself (self_consistency).
-- A claim no method could judge is `unverifiable` with the reason of its strongest method, followed
-- by the other methods' reasons — never absent, never forced.
with judgments as (
    select
        *,
        row_number() over (
            partition by claim_id
            order by verdict = 'unverifiable', evidence_strength, method
        ) as preference
    from {{ ref('int_claim_judgments') }}
),

summaries as (
    select
        claim_id,
        string_agg(method || ': ' || verdict, '; ' order by preference) as all_judgments,
        string_agg(method || ': ' || unverifiable_reason, '; ' order by preference)
            filter (where preference > 1 and verdict = 'unverifiable') as other_reasons
    from judgments
    group by claim_id
)

select
    j.claim_id,
    j.verdict,
    j.method,
    j.stated_value,
    j.expected_value,
    j.tolerance,
    case
        when j.verdict = 'unverifiable' and s.other_reasons is not null then j.explanation || '; ' || s.other_reasons
        else j.explanation
    end as explanation,
    j.base_observation_id,
    j.end_observation_id,
    j.lower_bound,
    j.upper_bound,
    j.evidence_document_ids,
    j.evidence_claim_ids,
    s.all_judgments
from judgments as j
inner join summaries as s using (claim_id)
where j.preference = 1
