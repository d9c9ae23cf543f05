-- Claims as the extractor wrote them, with the columns named explicitly so an added raw column never
-- leaks into the public marts unnoticed.
select
    claim_id,
    document_id,
    zone_id,
    subject,
    indicator_code,
    claim_kind,
    value,
    -- Upper bound of a range claim (3至5家 → value 3, value_upper 5); null for a single number.
    value_upper,
    unit,
    value_text,
    qualifier,
    value_precision,
    period_start_year,
    period_end_year,
    period_label,
    -- The part of a year the figure covers (上半年, 1-8月, 前三季度, 一季度): any label that is not a plan
    -- period. The tables hold annual figures only, so such a figure is never read against them.
    case
        when period_label is not null
            and period_label not in (select plan_name_zh from {{ ref('plan_periods') }})
            then period_label
    end as partial_year_label,
    sentence,
    char_start,
    char_end,
    -- actual, target (目标, 力争, 计划) or forecast (预计, 有望): only actual figures are checked.
    coalesce(modality, 'actual') as modality
from {{ source('raw', 'claims') }}
