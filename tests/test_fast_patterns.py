"""The patterns rewritten for speed find exactly what their plain forms find.

Each fast form (a leading character class for `re` to scan for, a lookbehind moved after the first
characters, a backwards scan) is checked against the readable definition it replaced, on generated
text (synthetic) made of the pieces those patterns care about.
"""

import re
from datetime import date

from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.claims import clause_words, periods, zones
from orchestration.claims.extract import _MAY_BE_A_FIGURE, _SAME_YEAR, _Context, _SentenceReader
from orchestration.claims.numbers import ARABIC, CHINESE, NUMBER
from orchestration.claims.sentences import Sentence
from orchestration.reference import zones as registry_zones
from orchestration.text.changes import changed_characters

ALIASES = [alias for alias, _ in zones._aliases()]


def _overlapping_aliases() -> list[str]:
    """Two aliases sharing letters (北京中关村 + 中关村科技园区 → 北京中关村科技园区), where a forward and a
    backward scan part ways."""
    starts: dict[str, list[str]] = {}
    for alias in ALIASES:
        for cut in range(1, len(alias)):
            starts.setdefault(alias[:cut], []).append(alias)
    return sorted({first + second[cut:] for first in ALIASES for cut in range(1, len(first))
                   for second in starts.get(first[-cut:], []) if second != first})


OVERLAPPING = _overlapping_aliases()
ZONE_PIECES = st.one_of(
    st.sampled_from(ALIASES),
    st.sampled_from(OVERLAPPING),
    # fragments of aliases, so that occurrences overlap and are cut at every place
    st.builds(lambda alias, cut: alias[cut % len(alias):] if cut % 2 else alias[: cut % len(alias) + 1],
              st.sampled_from(ALIASES), st.integers(0, 40)),
    st.sampled_from(list("区的和、，。高新国家园") + ["贵阳", "北京", "张江", "中关村", "科技园区"]),
)
TEXT_PIECES = st.sampled_from(
    list("零〇一二两三四五六七八九十百千万亿0123456789.,，首位榜之第翻番了实现年内全末底比较与同不当期龄级份多几月")
    + ["同比", "相比", "上年", "去年", "今年", "截至目前", "过去一年", "上年末", "年均", "1,234", "二十八",
       "不同年", "同年龄", "三年内", "较上年末", "比全年", "到2027年", "，", "（", " ", "目标", "预期目标", "规划到", "最近", "接近", "近", "约", "超过", "2020", "1998", "年度", "—", "至", "不高于", "高于", "低于", "领先", "持平", "不变"])


@settings(max_examples=300, deadline=None)
@given(st.lists(ZONE_PIECES, max_size=40))
def test_zone_mentions_are_those_of_a_forward_scan(pieces):
    assert OVERLAPPING, "the registry has aliases that overlap; without them this test checks little"
    text = "".join(pieces)
    forward = [(m.start(), m.group(0), zones._zone_of()[m.group(0)]) for m in zones._zone_pattern().finditer(text)]
    assert zones.zone_mentions(text) == forward


PLAIN = {
    "number": (re.compile(NUMBER), re.compile(f"(?:{ARABIC}|{CHINESE})")),
    "year": (periods._YEAR, re.compile(r"(?<![\d.])((?:19|20)\d{2})\s*年(?:度)?")),
    "this_year": (periods._THIS_YEAR, re.compile(r"(?<![\d一二两三四五六七八九十几多])年内")),
    "same_year": (_SAME_YEAR, re.compile(r"当年|(?<!不)同年(?!龄|级|份)|当期")),
    "ellipsis": (clause_words.ELLIPSIS_WORDS, re.compile(
        r"“十三五”|“十四五”|“十五五”|十三五|十四五|十五五|期间|时期|以来|实现|保持|持续|比年初|较年初|同比|环比|比上年|较上年|较去年|比去年|年均|增长|增速|增幅|增加|提高|下降|减少|总数|总量|总计|合计|累计|"
        r"共有|共|达到|已达|达|突破|超过|超|约|近|为|其中|占|全省|全市|全国|全区|的|比重|比例|了|到|至|"
        r"分别|净增|净减|新增|(?:19|20)\d{2}年?\s*(?:[-—–~～]|至|到)\s*(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:度|底|末)?|"
        r"当年|同期|全年|其中|由|从|比|较")),
    "gap": (clause_words.GAP_BEFORE, re.compile(r"(?:(?<!不)高于|(?<!不)低于|高出|低出|快于|慢于|领先)[^,，。;；]{0,8}$|"
                                                r"平均(?:水平|值)?(?:高|低|快|慢)(?:出)?\s*$")),
    "qualifier": (clause_words.QUALIFIER_BEFORE,
                  re.compile(r"(约|(?<![最附将接])近|超过|超|逾|突破|不足|不到|少于|不超过|未超过|不高于|不低于|不少于)(?:为|是|达到|达)?$")),
}
BASE_MARK = r"(?<![比较与])(?<!同比)(?<!相比)"


@settings(max_examples=400, deadline=None)
@given(st.lists(TEXT_PIECES, max_size=60))
def test_fast_patterns_match_their_plain_forms(pieces):
    text = "".join(pieces)
    for fast, plain in PLAIN.values():
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)]
    relative = re.compile(BASE_MARK + "(?:" + "|".join(sorted(periods._RELATIVE, key=len, reverse=True)) + ")")
    assert [m.span() for m in periods._not_a_base(periods._RELATIVE_WORDS, text)] == \
        [m.span() for m in relative.finditer(text)]
    whole_year = re.compile(BASE_MARK + r"(?:全年|年末|年底|(?<![\d一二两三四五六七八九十几多])年内)")
    assert [m.span() for m in periods._not_a_base(periods._WHOLE_YEAR_WORDS, text)] == \
        [m.span() for m in whole_year.finditer(text)]
    target = re.compile(r"目标|力争|争取|(?<![人才炬英星发技”\"」’])计划(?!项目|专项|课题|资金|经费|支持|单列)|规划到|确保|下一步|预期目标|(?:^|[,，;；:：“\"‘「『（(【])\s*到(?:(?:19|20)\d{2}年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|期末))")
    assert [m.span() for m in clause_words.target_words(text)] == [m.span() for m in target.finditer(text)]


SUB_ENTITY_PIECES = st.one_of(
    st.sampled_from(sorted({zone.city_zh for zone in registry_zones() if zone.city_zh})),
    st.sampled_from("科学城|科技城|研究院|研究所|孵化器|加速器|产业园|科技园|创新基地|公司".split("|")),
    st.sampled_from(list("的和在是有园区企业创新高新技术发展建设中心，、。") + ["贵州", "上海", "北京", "贵阳"]),
)


@settings(max_examples=300, deadline=None)
@given(st.lists(SUB_ENTITY_PIECES, max_size=14))
def test_last_sub_entity_is_the_last_the_plain_pattern_finds(pieces):
    text = "".join(pieces)
    found = zones._sub_entity_pattern().findall(text)
    assert zones.sub_entity_before(text) == (found[-1] if found else None)


FIGURE_PIECES = st.sampled_from(
    list("零一二两三四五六七八九十百千万亿0123456789.,，。、%第位名家个项年月日至到由从倍成番首榜之指数持平不变余多")
    + ["亿元", "万元", "平方公里", "个百分点", "排名", "上升", "下降", "增长", "同比", "年均", "占", "五年", "四城", "十足",
       "1+6+1", "2兆瓦", "三大", "二十届", "指数", "美元", "场次", "分之", "翻番",
       # what each reader takes, so that a gate that turns them away is caught
       "增长2倍", "指数105", "排名第3位", "实现翻番", "占全市的三分之一", "排名与上年持平", "近四成的", "5家", "3.2亿元", "占全省的一半", "半数以上的企业"])


@settings(max_examples=400, deadline=None)
@given(st.lists(FIGURE_PIECES, max_size=6))
def test_a_sentence_the_figure_gate_turns_away_holds_no_claim(pieces):
    """The gate before reading a sentence only turns away sentences no reader would take a claim from."""
    text = "".join(pieces).replace("。", "")
    if not _MAY_BE_A_FIGURE.search(text):
        context = _Context(text, "synthetic", date(2025, 6, 1))
        assert _SentenceReader(Sentence(0, len(text), text), context).claims() == []


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet="的高新区１,.。abc", max_size=300), st.text(alphabet="的高新区１,.。abc", max_size=300))
def test_changed_characters_counts_what_a_character_by_character_comparison_counts(before, after):
    assert changed_characters(before, after) == sum(a != b for a, b in zip(before, after))
