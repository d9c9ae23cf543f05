"""No text, however odd, crashes the text or claim stages, and every claim span points at its value.

Inputs are generated (synthetic): characters from the vocabularies releases are made of — Chinese
numerals, digits, units, punctuation, zone words, pinyin, mojibake-prone characters — in random order.
"""

from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.claims.extract import extract_claims
from orchestration.reference import repair_vocabulary
from orchestration.text.normalize import normalize_text

PIECES = st.sampled_from(
    list("零一二两三四五六七八九十百千万亿0123456789.,，。、；:：%％（）()“”?!第位名家个项年月日至到由从")
    + ["高新区", "贵阳高新区", "全省", "全国", "同比增长", "年均增长", "下降", "上升", "占", "成", "分别", "十四五",
       "期间", "亿元", "万元", "平方公里", "个百分点", "排名", "位列", "新增", "累计", "约", "近", "超过", "余",
       "(yáng)", "?!笆", "奈濉", "\n", " ", "目标", "预计", "2020年", "2025年", "上半年", "1-8月", "倍", "指数",
       "｜", "|", "（亿元）", "增速"])


@settings(max_examples=400, deadline=None)
@given(st.lists(PIECES, max_size=80), st.one_of(st.none(), st.dates(min_value=date(2000, 1, 1), max_value=date(2030, 12, 31))))
def test_any_text_normalizes_and_extracts_without_error(pieces, published):
    text = normalize_text("".join(pieces), repair_vocabulary()).text
    for claim in extract_claims(text, "synthetic", published):
        assert text[claim.char_start : claim.char_end] == claim.value_text
        assert claim.unit in ("count", "yuan", "usd", "km2", "percent", "percentage_point", "rank", "index")
        assert claim.claim_kind in ("level", "increase", "growth_rate", "cagr", "rank", "rank_change", "share")
        if claim.period_start_year is not None and claim.period_end_year is not None:
            assert claim.period_start_year <= claim.period_end_year + 1
