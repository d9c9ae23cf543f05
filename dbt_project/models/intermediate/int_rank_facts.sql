-- Every rank we know, with where it comes from, for the rank chain:
--   strength 1  a ranks table (observations whose unit is rank)
--   strength 2  a rank a release states (第39位 in 2021)
--   strength 3  a rank a release implies by stating a rank change next to a known rank
--               (39th in 2021, up 3 on 2020 ⇒ 42nd in 2020)
-- A derived rank belongs to the release whose change it used, so that release is never its own witness.
with claims as (
    select c.*, d.published_date
    from {{ ref('stg_claims') }} as c
    left join {{ ref('int_documents') }} as d using (document_id)
    where c.modality = 'actual' and c.zone_id is not null and c.indicator_code is not null
),

table_ranks as (
    select
        zone_id,
        indicator_code,
        year,
        value as rank,
        1 as strength,
        observation_id as evidence_id,
        cast(null as varchar) as document_id,
        source_published_date as published_date,
        printf('ranks table %s: %d in %d', table_id, value::integer, year) as evidence_text
    from {{ ref('int_observations_by_year') }}
    where unit = 'rank'
),

stated_ranks as (
    select
        zone_id,
        indicator_code,
        period_end_year as year,
        value as rank,
        2 as strength,
        claim_id as evidence_id,
        document_id,
        published_date,
        printf('release %s (%s): %d in %d', left(document_id, 8), coalesce(published_date::varchar, 'undated'),
               value::integer, period_end_year) as evidence_text
    from claims
    where claim_kind = 'rank' and period_end_year is not null
),

direct as (
    select * from table_ranks
    union all
    select * from stated_ranks
),

changes as (
    select *
    from claims
    where claim_kind = 'rank_change' and period_start_year is not null and period_end_year >= period_start_year
),

-- A change combined with the end rank gives the base rank (end + change), and with the base rank the
-- end rank (base − change). Only ranks from the same release or a table are combined.
derived as (
    select
        ch.zone_id,
        ch.indicator_code,
        ch.period_start_year - 1 as year,
        d.rank + ch.value as rank,
        3 as strength,
        ch.claim_id || '; ' || d.evidence_id as evidence_id,
        ch.document_id,
        ch.published_date,
        printf('release %s (%s): %d in %d, %+d places on %d ⇒ %d in %d', left(ch.document_id, 8),
               coalesce(ch.published_date::varchar, 'undated'), d.rank::integer, d.year, ch.value::integer,
               ch.period_start_year - 1, (d.rank + ch.value)::integer, ch.period_start_year - 1) as evidence_text
    from changes as ch
    inner join direct as d
        on d.zone_id = ch.zone_id
        and d.indicator_code = ch.indicator_code
        and d.year = ch.period_end_year
        and (d.document_id = ch.document_id or d.document_id is null)
    union all
    select
        ch.zone_id,
        ch.indicator_code,
        ch.period_end_year as year,
        d.rank - ch.value as rank,
        3 as strength,
        ch.claim_id || '; ' || d.evidence_id as evidence_id,
        ch.document_id,
        ch.published_date,
        printf('release %s (%s): %d in %d, %+d places by %d ⇒ %d in %d', left(ch.document_id, 8),
               coalesce(ch.published_date::varchar, 'undated'), d.rank::integer, d.year, ch.value::integer,
               ch.period_end_year, (d.rank - ch.value)::integer, ch.period_end_year) as evidence_text
    from changes as ch
    inner join direct as d
        on d.zone_id = ch.zone_id
        and d.indicator_code = ch.indicator_code
        and d.year = ch.period_start_year - 1
        and (d.document_id = ch.document_id or d.document_id is null)
)

select * from direct
union all
select * from derived
