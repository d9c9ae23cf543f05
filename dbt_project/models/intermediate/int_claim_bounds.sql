-- The interval a claim's value covers, from the precision it was stated with plus the configured
-- margin (dbt vars), shaped by its qualifier: 6.4 % covers [6.35, 6.45); 超300家 (more than 300)
-- only bounds from below; 不足300家 (fewer than 300) only from above; 近300家 (nearly 300) reaches
-- further below; 约 (about) widens both sides.
-- A range (3至5家) covers from its lower value to its upper one (value_upper), with the same precision.
-- Half-open intervals keep adjacent roundings disjoint: 6.45 belongs to 6.5, not to 6.4.
with claims as (
    select * from {{ ref('stg_claims') }}
),

toleranced as (
    select
        claim_id,
        claim_kind,
        unit,
        value,
        coalesce(value_upper, value) as value_top,
        qualifier,
        value_precision
        + case
            when unit in ('percent', 'percentage_point') then {{ var('verification_margin_percent') }}
            when unit = 'rank' then 0
            else abs(value) * {{ var('verification_margin_relative') }}
        end
        + case when qualifier in ('约', '左右') then abs(value) * {{ var('verification_approx_relative') }} else 0 end
            as tolerance
    from claims
)

select
    claim_id,
    tolerance,
    -- Bounds are denoised like the computed values they are compared with (6.4 − 0.05 is 6.3500000000000005).
    -- null: unbounded below (不足/不到/少于/不超过 state a ceiling).
    case when qualifier in ('不足', '不到', '少于', '不超过', '未超过', '不高于') then null else
    {{ denoise("case when qualifier = '近' then value - tolerance - abs(value) * " ~ var('verification_approx_relative') ~ " else value - tolerance end") }}
    end as lower_bound,
    -- null: unbounded above (超/超过/逾/余/多 state a floor).
    case when qualifier not in ('超', '超过', '逾', '余', '多', '突破', '以上', '有余', '不低于', '不少于') or qualifier is null then {{ denoise('value_top + tolerance') }} end
        as upper_bound,
    case
        when qualifier in ('超', '超过', '逾', '余', '多', '突破', '以上', '有余', '不低于', '不少于')
            then printf('stated %s%s covers ≥ %s', qualifier, {{ fmt_num('value') }}, {{ fmt_num('value - tolerance') }})
        when qualifier in ('不足', '不到', '少于', '不超过', '未超过', '不高于')
            then printf('stated %s%s covers < %s', qualifier, {{ fmt_num('value') }}, {{ fmt_num('value_top + tolerance') }})
        when qualifier = '近'
            then printf('stated 近%s covers [%s, %s)', {{ fmt_num('value') }},
                        {{ fmt_num('value - tolerance - abs(value) * ' ~ var('verification_approx_relative')) }},
                        {{ fmt_num('value + tolerance') }})
        else printf('stated %s%s covers [%s, %s)', coalesce(qualifier, ''),
                    {{ fmt_num('value') }} || case when value_top <> value then '–' || {{ fmt_num('value_top') }} else '' end,
                    {{ fmt_num('value - tolerance') }}, {{ fmt_num('value_top + tolerance') }})
    end as bounds_text
from toleranced
