-- One verdict per distinct claim. Evidence is the observation series; a claim without evidence is
-- `unverifiable` with the reason, never silently absent. Tolerance is the precision the claim was
-- stated with (6.4 % covers [6.35, 6.45)) plus the configured margin.
with evidence as (
    select * from {{ ref('int_claim_evidence') }}
),

computed as (
    select
        *,
        case
            when claim_kind = 'cagr' and base_value > 0 and end_value is not null and period_end_year > base_year
                then 100 * (power(end_value / base_value, 1.0 / (period_end_year - base_year)) - 1)
            when claim_kind = 'growth_rate' and base_value > 0 and end_value is not null
                then 100 * (end_value / base_value - 1)
            when claim_kind = 'rank_change' and base_value is not null and end_value is not null
                then base_value - end_value
            when claim_kind = 'increase' and base_value is not null and end_value is not null
                then end_value - base_value
            when claim_kind in ('level', 'rank') then end_value
        end as expected_value,
        case
            when claim_kind in ('cagr', 'growth_rate') then value_precision + {{ var('verification_margin_percent') }}
            else value_precision + abs(coalesce(end_value, 0)) * {{ var('verification_margin_relative') }}
        end as tolerance
    from evidence
),

reasoned as (
    select
        *,
        case
            when indicator_code is null then 'the indicator of this claim was not identified'
            when zone_id is null then 'the zone or region of this claim was not identified'
            when claim_kind = 'share' then 'share claims need the series of the whole; no such method yet'
            when period_end_year is null then 'the claim states no period and none could be inferred'
            when is_change and period_start_year is null then 'the claim states no start of its period'
            when is_change and (base_value is null or end_value is null)
                then printf('no %s series for %s covering %d–%d', indicator_code, zone_id, base_year, period_end_year)
            when not is_change and end_value is null
                then printf('no %s observation for %s in %d', indicator_code, zone_id, period_end_year)
            when claim_kind in ('level', 'increase') and series_unit <> claim_unit
                then printf('claim is in %s but the %s series is in %s', claim_unit, indicator_code, series_unit)
            when expected_value is null then 'the series cannot produce this figure (zero or negative base)'
        end as unverifiable_reason
    from computed
)

select
    claim_id,
    case
        when unverifiable_reason is not null then 'unverifiable'
        when expected_value >= stated_value - tolerance and expected_value < stated_value + tolerance then 'consistent'
        else 'inconsistent'
    end as verdict,
    method,
    stated_value,
    case when unverifiable_reason is null then expected_value end as expected_value,
    tolerance,
    case
        when unverifiable_reason is not null then unverifiable_reason
        when claim_kind = 'cagr' then printf(
            '(%s / %s)^(1/%d) − 1 = %.3f %%; stated %s %% covers [%s, %s)',
            end_value, base_value, period_end_year - base_year, expected_value,
            stated_value, stated_value - tolerance, stated_value + tolerance)
        when claim_kind = 'growth_rate' then printf(
            '%s / %s − 1 = %.3f %% (%d on %d); stated %s %% covers [%s, %s)',
            end_value, base_value, expected_value, period_end_year, base_year,
            stated_value, stated_value - tolerance, stated_value + tolerance)
        when claim_kind = 'rank_change' then printf(
            'rank %d in %d → rank %d in %d = %+d places; stated %+d',
            base_value::integer, base_year, end_value::integer, period_end_year, expected_value::integer, stated_value::integer)
        when claim_kind = 'rank' then printf(
            'ranks table: %d in %d; stated %d', end_value::integer, period_end_year, stated_value::integer)
        when claim_kind = 'increase' then printf(
            '%s − %s = %s (%d–%d); stated %s ± %s', end_value, base_value, expected_value, base_year, period_end_year,
            stated_value, tolerance)
        else printf('series: %s in %d; stated %s ± %s', end_value, period_end_year, stated_value, tolerance)
    end as explanation,
    base_observation_id,
    end_observation_id
from reasoned
