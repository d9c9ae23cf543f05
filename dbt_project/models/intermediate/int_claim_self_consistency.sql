-- A release that states start, end and rate in one sentence (由100家增长到323家,年均增长26.4%) is
-- checked against itself. The extractor emits such a sentence as two `level` claims and one rate
-- claim (cagr, growth_rate or increase) sharing document and sentence; the rate often carries no
-- indicator of its own (its clause names none), so it borrows the one its two levels share.
-- Years: from the levels when both state theirs (2020 → 2025 is 5 years), else from the rate's plan
-- period (十四五 is 5 years), else the whole number of years the stated rate implies.
with claims as (
    select * from {{ ref('stg_claims') }} where modality = 'actual'
),

levels as (
    select
        *,
        count(*) over (partition by document_id, sentence, zone_id, indicator_code) as level_count,
        row_number() over (partition by document_id, sentence, zone_id, indicator_code order by char_start) as position
    from claims
    where claim_kind = 'level' and indicator_code is not null
),

-- Exactly two levels of one indicator in the sentence: the first is the start, the second the end.
pairs as (
    select
        s.document_id,
        s.sentence,
        s.zone_id,
        s.indicator_code,
        s.unit,
        s.claim_id as start_claim_id,
        s.value as start_value,
        s.period_end_year as start_year,
        e.claim_id as end_claim_id,
        e.value as end_value,
        e.period_end_year as end_year
    from levels as s
    inner join levels as e
        on e.document_id = s.document_id
        and e.sentence = s.sentence
        and e.zone_id is not distinct from s.zone_id
        and e.indicator_code = s.indicator_code
        and e.position = 2
    where s.position = 1 and s.level_count = 2
),

matched as (
    select
        r.claim_id,
        r.claim_kind,
        r.value as stated_value,
        r.unit as rate_unit,
        r.period_start_year,
        r.period_end_year,
        r.period_label,
        p.*,
        -- A rate without an indicator in a sentence with two indicator pairs is ambiguous: skipped.
        count(*) over (partition by r.claim_id) as pair_count
    from claims as r
    inner join pairs as p
        on p.document_id = r.document_id
        and p.sentence = r.sentence
        and p.zone_id is not distinct from r.zone_id
        and (r.indicator_code is null or r.indicator_code = p.indicator_code)
    where r.claim_kind in ('cagr', 'growth_rate', 'increase')
),

years as (
    select
        *,
        case
            when start_year is not null and end_year > start_year then end_year - start_year
            when period_label is not null and period_end_year >= period_start_year
                then period_end_year - period_start_year + 1
        end as stated_years,
        case
            when start_year is not null and end_year > start_year then printf('%d–%d', start_year, end_year)
            when period_label is not null and period_end_year >= period_start_year
                then printf('%s, %d–%d', period_label, period_start_year, period_end_year)
        end as years_source,
        case
            when claim_kind = 'cagr' and start_value > 0 and end_value > 0 and stated_value > -100 and stated_value <> 0
                then ln(end_value / start_value) / ln(1 + stated_value / 100)
        end as implied_years
    from matched
    where pair_count = 1
),

computed as (
    select
        *,
        coalesce(stated_years, greatest(1, round(implied_years))::integer) as used_years,
        case
            when claim_kind = 'cagr' and start_value > 0 and end_value >= 0
                then 100 * (power(end_value / start_value, 1.0 / coalesce(stated_years, greatest(1, round(implied_years))::integer)) - 1)
            when claim_kind = 'growth_rate' and start_value > 0 then 100 * (end_value / start_value - 1)
            when claim_kind = 'increase' then end_value - start_value
        end as expected_value
    from years
)

select
    claim_id,
    'self_consistency' as method,
    3 as evidence_strength,
    expected_value,
    case
        when claim_kind = 'increase' and rate_unit <> unit and not (rate_unit = 'percentage_point' and unit = 'percent')
            then printf('the increase is in %s but the sentence''s levels are in %s', rate_unit, unit)
        when claim_kind in ('cagr', 'growth_rate') and not start_value > 0
            then printf('the sentence''s start value %s gives no rate', {{ fmt_num('start_value') }})
        when claim_kind = 'cagr' and stated_years is null and implied_years is null
            then 'the sentence states no years and its rate implies none'
        when expected_value is null then 'the sentence''s figures give no rate'
    end as unverifiable_reason,
    case
        when claim_kind = 'cagr' then printf(
            'same sentence: (%s / %s)^(1/%d) − 1 = %.3f %% (%s); %s %% a year implies %s years',
            {{ fmt_num('end_value') }}, {{ fmt_num('start_value') }}, used_years, expected_value,
            coalesce('years stated: ' || years_source, 'years not stated, taken from the rate'),
            {{ fmt_num('stated_value') }}, coalesce(printf('%.2f', implied_years), '?'))
        when claim_kind = 'growth_rate' then printf(
            'same sentence: %s / %s − 1 = %.3f %%', {{ fmt_num('end_value') }}, {{ fmt_num('start_value') }}, expected_value)
        else printf(
            'same sentence: %s − %s = %s', {{ fmt_num('end_value') }}, {{ fmt_num('start_value') }}, {{ fmt_num('expected_value') }})
    end as computation,
    cast(null as varchar) as base_observation_id,
    cast(null as varchar) as end_observation_id,
    document_id as evidence_document_ids,
    start_claim_id || '; ' || end_claim_id as evidence_claim_ids
from computed
