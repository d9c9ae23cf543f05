-- Each claim with the observations its verification method needs: the end-year value and, for
-- changes, the base-year value (the year before the period starts: a 2021–2025 CAGR starts at 2020).
with claims as (
    select
        *,
        case
            when claim_kind = 'cagr' then 'cagr_vs_series'
            when claim_kind = 'growth_rate' then 'growth_vs_series'
            when claim_kind in ('rank', 'rank_change') then 'rank_chain'
            else 'level_vs_series'
        end as method,
        claim_kind in ('cagr', 'growth_rate', 'rank_change', 'increase') as is_change
    from {{ ref('fct_claims') }}
),

observations as (
    select observation_id, zone_id, indicator_code, year, value, unit from {{ ref('fct_observations') }}
)

select
    c.claim_id,
    c.method,
    c.claim_kind,
    c.zone_id,
    c.indicator_code,
    c.unit as claim_unit,
    c.value as stated_value,
    c.value_precision,
    c.period_start_year,
    c.period_end_year,
    c.is_change,
    case when c.is_change then c.period_start_year - 1 end as base_year,
    b.value as base_value,
    b.observation_id as base_observation_id,
    e.value as end_value,
    e.unit as series_unit,
    e.observation_id as end_observation_id
from claims as c
left join observations as b
    on c.is_change
    and b.zone_id = c.zone_id
    and b.indicator_code = c.indicator_code
    and b.year = c.period_start_year - 1
left join observations as e
    on e.zone_id = c.zone_id
    and e.indicator_code = c.indicator_code
    and e.year = c.period_end_year
