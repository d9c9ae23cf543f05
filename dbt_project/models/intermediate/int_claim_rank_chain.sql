-- Rank and rank-change claims judged along the rank chain: against the ranks tables and against what
-- OTHER releases state or imply (int_rank_facts). Among several witnesses the strongest is used
-- (table, then a stated rank, then a derived one; then the most recent release); the others are
-- listed when they disagree.
with claims as (
    select * from {{ ref('stg_claims') }}
    where claim_kind in ('rank', 'rank_change')
),

facts as (
    select * from {{ ref('int_rank_facts') }}
),

-- The best witness for a year, per claim, excluding the claim's own release.
witnesses as (
    select
        c.claim_id,
        w.year,
        w.rank,
        w.strength,
        w.evidence_id,
        w.document_id,
        w.evidence_text,
        row_number() over (
            partition by c.claim_id, w.year
            order by w.strength, w.published_date desc nulls last, w.evidence_id
        ) as preference,
        string_agg(distinct w.rank::integer::varchar, ', ') over (partition by c.claim_id, w.year) as ranks_seen
    from claims as c
    inner join facts as w
        on w.zone_id = c.zone_id
        and w.indicator_code = c.indicator_code
        and w.year in (c.period_end_year, c.period_start_year - 1)
        and (w.document_id is null or w.document_id <> c.document_id)
),

best as (
    select * from witnesses where preference = 1
),

-- Another release stating the same change over the same years is a witness when the ranks are not.
other_changes as (
    select
        c.claim_id,
        o.value,
        o.claim_id as evidence_id,
        o.document_id,
        row_number() over (partition by c.claim_id order by o.document_id, o.claim_id) as preference
    from claims as c
    inner join claims as o
        on o.claim_kind = 'rank_change'
        and c.claim_kind = 'rank_change'
        and o.zone_id = c.zone_id
        and o.indicator_code = c.indicator_code
        and o.period_start_year = c.period_start_year
        and o.period_end_year = c.period_end_year
        and o.document_id <> c.document_id
),

joined as (
    select
        c.*,
        e.rank as end_rank,
        e.evidence_id as end_evidence_id,
        e.document_id as end_document_id,
        e.evidence_text as end_text,
        e.ranks_seen as end_ranks_seen,
        e.strength as end_strength,
        b.rank as base_rank,
        b.evidence_id as base_evidence_id,
        b.document_id as base_document_id,
        b.evidence_text as base_text,
        b.strength as base_strength,
        o.value as other_change,
        o.evidence_id as other_evidence_id,
        o.document_id as other_document_id
    from claims as c
    left join best as e on e.claim_id = c.claim_id and e.year = c.period_end_year
    left join best as b on b.claim_id = c.claim_id and b.year = c.period_start_year - 1 and c.claim_kind = 'rank_change'
    left join other_changes as o on o.claim_id = c.claim_id and o.preference = 1
),

computed as (
    select
        *,
        case
            when claim_kind = 'rank' then end_rank
            when base_rank is not null and end_rank is not null then base_rank - end_rank
            else other_change
        end as expected_value,
        claim_kind = 'rank_change' and not (base_rank is not null and end_rank is not null)
            and other_change is not null as by_other_change
    from joined
)

select
    claim_id,
    'rank_chain' as method,
    2 as evidence_strength,
    expected_value,
    case
        when indicator_code is null then 'the ranking this claim refers to was not identified'
        when zone_id is null then 'the zone or region of this claim was not identified'
        when period_end_year is null then 'the claim states no year and none could be inferred'
        when claim_kind = 'rank_change' and (period_start_year is null or period_start_year > period_end_year)
            then 'the claim''s period could not be read'
        when claim_kind = 'rank' and expected_value is null
            then printf('no %s rank for %s in %d in the ranks tables or other releases', indicator_code, zone_id, period_end_year)
        when expected_value is null
            then printf('no %s rank for %s in %s in the ranks tables or other releases', indicator_code, zone_id,
                        concat_ws(' or ',
                                  case when base_rank is null then (period_start_year - 1)::varchar end,
                                  case when end_rank is null then period_end_year::varchar end))
    end as unverifiable_reason,
    case
        when claim_kind = 'rank' then end_text
            || case when end_ranks_seen like '%,%' then printf(' (sources say %s)', end_ranks_seen) else '' end
        when by_other_change then printf('release %s states %+d places over %d–%d',
                                         left(other_document_id, 8), other_change::integer, period_start_year, period_end_year)
        else printf('rank %d in %d → %d in %d = %+d places [%s | %s]', base_rank::integer, period_start_year - 1,
                    end_rank::integer, period_end_year, expected_value::integer, base_text, end_text)
    end as computation,
    case when base_strength = 1 then base_evidence_id end as base_observation_id,
    case when end_strength = 1 then end_evidence_id end as end_observation_id,
    nullif(concat_ws('; ',
        case when claim_kind = 'rank_change' and not by_other_change then base_document_id end,
        case when not by_other_change then end_document_id end,
        case when by_other_change then other_document_id end), '') as evidence_document_ids,
    nullif(concat_ws('; ',
        case when claim_kind = 'rank_change' and not by_other_change and base_strength > 1 then base_evidence_id end,
        case when not by_other_change and end_strength > 1 then end_evidence_id end,
        case when by_other_change then other_evidence_id end), '') as evidence_claim_ids
from computed
