-- Trend anomalies, an editorial warning apart from the verdicts: a stated level that breaks its own
-- series sharply (314 high-tech enterprises in 2025 after 341 in 2022 and 355 in 2023). The series is
-- the tables' values and, for years no table covers, the levels releases state (the latest release
-- first; the claim's own release may supply earlier years, never the claim's year). The trend is
-- the annual growth between the two latest earlier points, carried forward to the claim's year; a
-- claim further than `anomaly_threshold_relative` from it is flagged. Levels stated as bounds
-- (超, 多, 近…) are not compared: they do not claim a point. Partial-year levels (上半年, 1-8月…) are
-- neither flagged nor points of a series: the series is annual.
with levels as (
    select c.*, d.published_date
    from {{ ref('stg_claims') }} as c
    left join {{ ref('int_documents') }} as d using (document_id)
    where c.modality = 'actual' and c.claim_kind = 'level'
        and c.zone_id is not null and c.indicator_code is not null and c.period_end_year is not null
        and (c.qualifier is null or c.qualifier in ('约', '左右'))
        and c.partial_year_label is null
),

points as (
    select
        zone_id, indicator_code, year, value, unit,
        'table ' || table_id as source,
        1 as strength,
        source_published_date as published_date
    from {{ ref('int_observations_by_year') }}
    union all
    select
        zone_id, indicator_code, period_end_year as year, value, unit,
        printf('release %s (%s)', left(document_id, 8), coalesce(published_date::varchar, 'undated')) as source,
        2 as strength,
        published_date
    from levels
),

-- The series each claim is read against: earlier years only, one point a year.
series as (
    select
        l.claim_id,
        p.year,
        p.value,
        p.source,
        row_number() over (
            partition by l.claim_id, p.year order by p.strength, p.published_date desc nulls last, p.source
        ) as pick
    from levels as l
    inner join points as p
        on p.zone_id = l.zone_id
        and p.indicator_code = l.indicator_code
        and p.unit = l.unit
        and p.year < l.period_end_year
),

ordered as (
    select *, row_number() over (partition by claim_id order by year desc) as recency
    from series
    where pick = 1
),

trend as (
    select
        claim_id,
        max(year) filter (where recency = 2) as first_year,
        max(value) filter (where recency = 2) as first_value,
        max(year) filter (where recency = 1) as last_year,
        max(value) filter (where recency = 1) as last_value,
        string_agg(printf('%d: %s (%s)', year, {{ fmt_num('value') }}, source), '; ' order by year) as series_text,
        to_json(list({'year': year, 'value': value, 'source': source} order by year))::varchar as series_json
    from ordered
    group by claim_id
),

assessed as (
    select
        l.claim_id,
        l.document_id,
        l.zone_id,
        l.indicator_code,
        l.period_end_year as year,
        l.value as stated_value,
        l.unit,
        l.sentence,
        t.first_year,
        t.first_value,
        t.last_year,
        t.last_value,
        t.series_text,
        t.series_json,
        100 * (power(t.last_value / t.first_value, 1.0 / (t.last_year - t.first_year)) - 1) as trend_growth_percent,
        t.last_value * power(t.last_value / t.first_value, (l.period_end_year - t.last_year) / (t.last_year - t.first_year))
            as trend_value
    from levels as l
    inner join trend as t using (claim_id)
    where t.first_value > 0 and t.last_value > 0
)

select
    claim_id,
    document_id,
    zone_id,
    indicator_code,
    year,
    stated_value,
    unit,
    trend_value,
    (stated_value - trend_value) / trend_value as deviation_relative,
    trend_growth_percent,
    last_year,
    last_value,
    case when stated_value < trend_value then 'below_trend' else 'above_trend' end as anomaly_kind,
    -- The series rose (or fell) and the claim moves the other way from its latest point.
    (last_value > first_value and stated_value < last_value) or (last_value < first_value and stated_value > last_value)
        as reverses_trend,
    series_text,
    series_json,
    printf('%s for %s: stated %s in %d; series %s grows %.1f %% a year, so about %s was expected (%+.1f %%)',
           indicator_code, zone_id, {{ fmt_num('stated_value') }}, year, series_text, trend_growth_percent,
           {{ fmt_num('round(trend_value, 1)') }}, 100 * (stated_value - trend_value) / trend_value) as explanation,
    sentence
from assessed
where abs(stated_value - trend_value) / trend_value > {{ var('anomaly_threshold_relative') }}
