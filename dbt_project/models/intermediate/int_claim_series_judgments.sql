-- Claims judged against the table series of their zone and indicator:
--   cagr_vs_series    (end / base)^(1/years) − 1, base year = period_start_year − 1 (十四五: 2020 → 2025)
--   growth_vs_series  end / base − 1 over the claim's period (year on year when it is one year)
--   level_vs_series   the observation of the claim's year; an increase is end − base; a share
--                     (占全市26.6%) when its indicator is itself a share series (unit percent)
-- The tables hold annual figures only: a partial-year claim (上半年, 1-8月, 前三季度…) is never joined
-- to them and stays unverifiable here (its own sentence may still judge it: self_consistency).
-- One candidate per non-rank claim; the verdict itself is drawn in int_claim_judgments.
with claims as (
    select
        *,
        claim_kind in ('cagr', 'growth_rate', 'increase') as is_change,
        case claim_kind
            when 'cagr' then 'cagr_vs_series'
            when 'growth_rate' then 'growth_vs_series'
            else 'level_vs_series'
        end as method
    from {{ ref('stg_claims') }}
    where claim_kind not in ('rank', 'rank_change')
),

series as (
    select * from {{ ref('int_observations_by_year') }}
),

-- Which years a zone's indicator is observed in, to say what is missing when a year is not.
coverage as (
    select zone_id, indicator_code, string_agg(year::varchar, ', ' order by year) as observed_years
    from series
    group by zone_id, indicator_code
),

joined as (
    select
        c.claim_id,
        c.method,
        c.claim_kind,
        c.zone_id,
        c.indicator_code,
        c.unit as claim_unit,
        i.canonical_unit as indicator_unit,
        c.is_change,
        c.period_start_year,
        c.period_end_year,
        c.partial_year_label,
        case when c.is_change then c.period_start_year - 1 end as base_year,
        b.value as base_value,
        b.observation_id as base_observation_id,
        b.table_id as base_table_id,
        e.value as end_value,
        e.unit as series_unit,
        e.observation_id as end_observation_id,
        e.table_id as end_table_id,
        e.table_count as end_table_count,
        e.min_value as end_min_value,
        e.max_value as end_max_value,
        coalesce(b.unit, e.unit) as any_series_unit,
        cov.observed_years
    from claims as c
    left join series as b
        on c.is_change
        and c.partial_year_label is null
        and b.zone_id = c.zone_id
        and b.indicator_code = c.indicator_code
        and b.year = c.period_start_year - 1
    left join series as e
        on c.partial_year_label is null
        and e.zone_id = c.zone_id
        and e.indicator_code = c.indicator_code
        and e.year = c.period_end_year
    left join coverage as cov
        on cov.zone_id = c.zone_id
        and cov.indicator_code = c.indicator_code
    left join {{ ref('indicators') }} as i
        on i.indicator_code = c.indicator_code
),

computed as (
    select
        *,
        period_end_year - base_year as years,
        case
            when claim_kind = 'cagr' and base_value > 0 and end_value >= 0 and period_end_year > base_year
                then 100 * (power(end_value / base_value, 1.0 / (period_end_year - base_year)) - 1)
            when claim_kind = 'growth_rate' and base_value > 0 and end_value is not null
                then 100 * (end_value / base_value - 1)
            when claim_kind = 'increase' and base_value is not null and end_value is not null
                then end_value - base_value
            when claim_kind in ('level', 'share') then end_value
        end as expected_value,
        -- An increase in percentage points is a difference of a percent series; otherwise units must match.
        case
            when claim_kind = 'increase' and claim_unit = 'percentage_point' then any_series_unit = 'percent'
            when claim_kind in ('level', 'increase', 'share') then any_series_unit = claim_unit
            else true
        end as units_agree
    from joined
)

select
    claim_id,
    method,
    1 as evidence_strength,
    expected_value,
    case
        when indicator_code is null then 'the indicator of this claim was not identified'
        when zone_id is null then 'the zone or region of this claim was not identified'
        when partial_year_label is not null
            then printf('a %s figure; the tables hold annual figures only', partial_year_label)
        when claim_kind = 'share' and indicator_unit <> 'percent'
            then printf('the share is of %s, whose series are not shares; the series of the whole is needed', indicator_code)
        when period_end_year is null then 'the claim states no period and none could be inferred'
        when is_change and period_start_year is null then 'the claim states no start of its period'
        when is_change and period_start_year > period_end_year
            then printf('the claim''s period is reversed (%d–%d)', period_start_year, period_end_year)
        when is_change and (base_value is null or end_value is null)
            then printf('no %s series for %s covering %d–%d', indicator_code, zone_id, base_year, period_end_year)
                || coalesce(printf(' (observed: %s)', observed_years), '')
        when not is_change and end_value is null
            then printf('no %s observation for %s in %d', indicator_code, zone_id, period_end_year)
                || coalesce(printf(' (observed: %s)', observed_years), '')
        when not units_agree
            then printf('the claim is in %s but the %s series is in %s', claim_unit, indicator_code, any_series_unit)
        when expected_value is null
            then printf('the %s series cannot give a rate from a base of %s', indicator_code, {{ fmt_num('base_value') }})
    end as unverifiable_reason,
    case
        when claim_kind = 'cagr' then printf(
            '(%s / %s)^(1/%d) − 1 = %.3f %% (%s %d → %d, %d years)',
            {{ fmt_num('end_value') }}, {{ fmt_num('base_value') }}, years, expected_value,
            indicator_code, base_year, period_end_year, years)
        when claim_kind = 'growth_rate' then printf(
            '%s / %s − 1 = %.3f %% (%s %d on %d)',
            {{ fmt_num('end_value') }}, {{ fmt_num('base_value') }}, expected_value, indicator_code, period_end_year, base_year)
        when claim_kind = 'increase' then printf(
            '%s − %s = %s (%s %d − %d)',
            {{ fmt_num('end_value') }}, {{ fmt_num('base_value') }}, {{ fmt_num('expected_value') }},
            indicator_code, period_end_year, base_year)
        else printf('table %s: %s %s in %d', end_table_id, indicator_code, {{ fmt_num('end_value') }}, period_end_year)
            || case
                when end_table_count > 1 then printf(' (%d tables, %s to %s)', end_table_count,
                                                     {{ fmt_num('end_min_value') }}, {{ fmt_num('end_max_value') }})
                else ''
            end
    end as computation,
    base_observation_id,
    end_observation_id,
    cast(null as varchar) as evidence_document_ids,
    cast(null as varchar) as evidence_claim_ids
from computed
