"""Normalized release text → claims, each with kind, value, unit, period, zone, subject and span.

Rules key on vocabulary classes (units, measure words, change verbs, rank words) and the catalog and
registry, never on one release's sentences. Rank expressions are read first and their spans are not
read again as counts.
"""

from __future__ import annotations

import hashlib
import re
from bisect import bisect_left
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from orchestration.claims import clause_words as cw
from orchestration.claims import coordination
from orchestration.claims import indicators as ind
from orchestration.claims import periods as per
from orchestration.claims import zones as zn
from orchestration.claims.numbers import ARABIC, MAGNITUDE, MAGNITUDES, NUMBER, half_unit
from orchestration.claims.sentences import CLAUSE_BREAK, Clauses, Sentence, sentences
from orchestration.claims.text_tables import cell_value, text_tables
from orchestration.claims.units import UNIT_PATTERN, UNITS

CLAIM_KINDS = ("level", "increase", "growth_rate", "cagr", "rank", "rank_change", "share")
CHANGE_KINDS = ("increase", "growth_rate", "cagr", "rank_change")

_UP, _DOWN = cw.UP, cw.DOWN
_RANK_MOVE = re.compile(
    rf"(?:由|从)(?:(?P<year>(?:19|20)\d{{2}})年(?:度)?的?|(?:上年|去年|上一年)(?:度)?的?|(?P<plan_end>[“\"]?十[一二三四五六七八九]五[”\"]?末)的?)?"
    rf"第?(?P<from>{NUMBER})(?:位|名)(?P<dir>{_UP}|{_DOWN}|升|退|降)(?:至|到|为)(?:(?P<to_year>(?:19|20)\d{{2}})年(?:度)?的?)?"
    rf"第?(?P<to>{NUMBER})(?:位|名)"
)
# 上升12位至第41位: the move, and the rank it ends at.
_RANK_MOVE_WORD = re.compile(rf"{_UP}|{_DOWN}|升|退|降")  # every move names its direction
_RANK_CHANGE = re.compile(rf"(?P<move>(?P<dir>{_UP}|{_DOWN})了?(?P<n>{NUMBER})(?:个)?(?:位次|位|名))"
                          rf"(?:[,，]?(?:升至|降至|跃升至|提升至|至|到)第?(?P<to>{NUMBER})(?:位|名))?")
# 排名与上年持平 / 位次保持不变: a move of nought.
_RANK_HELD = re.compile(r"(?:(?:排名|位次|排位)(?:与上年|与去年|较上年|同上年)?|(?<=[,，])(?:与上年|与去年|较上年|同上年))(?:保持)?(?:持平|不变)")
# After 位列…第N the ordinal must end its phrase (位, 名, or a clause break): 列入第二批, 居民…第三季度 and
# 系列活动第三场 are not ranks.
_RANK = re.compile(rf"(?:排名|排|位列|位居|居|列|名列)[^,，。;；]{{0,20}}?第(?P<n>{NUMBER})(?:位|名|(?=[,，。;；、)）]|$))|"
                   rf"第(?P<m>{NUMBER})(?:位|名)|"
                   rf"(?:位居|居|位列|列|排名|稳居)[^,，。;；第]{{0,20}}?(?P<top>首位|榜首|之首)")
_QUANTITY = re.compile(
    rf"(?P<num>{NUMBER})(?:(?P<mag_low>{MAGNITUDE})?(?:至|到|-|~|—|～)(?P<num_high>{NUMBER}))?"
    rf"(?P<mag>{MAGNITUDE})?(?P<approx>余|多)?(?P<unit>{UNIT_PATTERN})(?P<post>以上|左右|有余)?"
)
# 增长1.5倍 is a growth of 150 %; "是…的N倍" compares two things and is not read.
_TIMES = re.compile(rf"(?P<verb>同比增长|增长|增加|提高)了?(?P<pre>近|约|超过|超|逾|接近)?(?P<num>{NUMBER})倍(?P<post>多|余|以上)?")
# 是2020年的2.1倍 / 是上年的1.5倍: against a year of its own, a multiple is a growth of (N − 1) × 100 %.
_TIMES_OF_YEAR = re.compile(rf"是(?P<base>(?:19|20)\d{{2}}年|上年|去年|[“\"]?十[一二三四五六七八九]五[”\"]?末)(?:同期)?的"
                            rf"(?P<num>{NUMBER})倍(?P<post>多|余|以上)?")
# N成 (N×10 %) in the three places it is a figure: 占…近两成 (a share), 增长逾两成 (a growth), and
# 近四成的高新技术企业 / 三成以上的税收 (a share heading a noun phrase). 成 alone is too common to read.
_TENTH = rf"(?P<pre>约|近|超过|超|逾|接近)?(?P<num>{NUMBER})成(?P<post>以上|左右|多)?(?![员立功本果为都交绩效长型])"
_TENTH_HINT = re.compile(r"[零〇一二两三四五六七八九十\d]成")
_TENTHS = (
    ("share", re.compile(rf"占[^。；;]{{0,24}}?{_TENTH}")),
    ("change", re.compile(rf"(?P<change>增长|提高|下降|减少)了?{_TENTH}")),
    ("head", re.compile(rf"{_TENTH}(?=的)")),
)
# 占全市的三分之一以上 / 近三分之二的企业: a fraction, read in the share and head places of N成.
_FRACTION = (r"(?P<pre>约|近|超过|超|逾|接近)?(?:(?P<den>[二三四五六七八九十])分之(?P<num>[一二三四五六七八九])|"
             r"(?P<half>一半|半数))(?P<post>以上|左右|多)?")  # 占全省的一半左右: a half
_FRACTIONS = (
    ("share", re.compile(rf"占[^。；;]{{0,24}}?{_FRACTION}")),
    ("head", re.compile(rf"{_FRACTION}(?=的)")),
)
# 翻番 / 翻一番 / 翻了两番: doubling n times is a growth of (2^n − 1) × 100 %.
_DOUBLING = re.compile(r"(?:实现|翻了?)(?P<n>[一两二三四]?)番(?![行计工式目])")
_INDEX = re.compile(rf"指数(?:为|达|达到|是|升至|提升至)?(?P<num>{ARABIC})(?![\d.]|\s*[%万亿千百个家项名位分点])")


@dataclass(slots=True)  # not frozen: a frozen dataclass sets each of 19 fields through object.__setattr__
class Claim:
    claim_id: str
    document_id: str
    zone_id: str | None
    subject: str | None
    indicator_code: str | None
    claim_kind: str
    value: float
    unit: str
    value_text: str
    qualifier: str | None
    value_precision: float
    period_start_year: int | None
    period_end_year: int | None
    period_label: str | None
    sentence: str
    char_start: int
    char_end: int
    value_upper: float | None = None
    modality: str = "actual"

    def as_row(self) -> dict:
        return asdict(self)


def _claim_id(document_id: str, start: int, end: int, kind: str) -> str:
    # The first 8 bytes in hex: the same 16 characters as hexdigest()[:16], without hexing all 32.
    return hashlib.sha256(f"{document_id}:{start}:{end}:{kind}".encode()).digest()[:8].hex()



class _Context:
    """What a document tells every claim in it: its zone, its date, the plan period it speaks of."""

    def __init__(self, text: str, document_id: str, published: date | None):
        self.text = text
        self.document_id = document_id
        self.published_year = published.year if published else None
        self.published = published
        # The year a release reports on, once a sentence has opened with it (2024年,… / 全年…): figures
        # later in the release that state no year of their own belong to it.
        self.reporting_year: int | None = None
        # Mentions are found once per document, with offsets into the text; sentences take theirs.
        self.zone_mentions = zn.zone_mentions(text)
        place_words = zn.place_words(text)
        self.home = self._home_place(text, self.zone_mentions, place_words)
        self.region_mentions = zn.region_mentions(text, self.home, place_words)
        # The plan period a release is framed by (面向/“十四五”期间…) applies to changes that state none.
        self.plan = per.plan_period_in(text)
        # A release about the national evaluation (not a province's evaluation of its zones).
        self.evaluation_news = bool(_EVALUATION_NEWS.search(text)) and not _PROVINCIAL_EVALUATION.search(text)
        # The last list of places a sentence named (济南、青岛、烟台高新区…): 三家园区…分别 refers back to it.
        self.last_listed_places: list[tuple[int, str, str]] = []
        # The last figure read, for posts written one figure per line.
        self.last_claim: Claim | None = None

    def remember_listed_places(self, sentence: Sentence) -> None:
        """济南、青岛、烟台高新区…: a later 三家园区…分别 refers back to the last list of places named."""
        if bisect_left(self.zone_mentions, (sentence.end,)) - bisect_left(self.zone_mentions, (sentence.start,)) < 2:
            return  # fewer than two places: no list
        zones = self.mentions_in(sentence, self.zone_mentions)
        if len(zones) > 1 and (listed := coordination.listed_places(zones, sentence.text)):
            self.last_listed_places = listed

    def line_claim(self, sentence: Sentence) -> Claim | None:
        """全年实现营业收入1050.6亿元⏎同比增长9.1%: a line with no sentence end continues the line above."""
        if _SENTENCE_END.search(sentence.text) or sentence.start == 0 or self.text[sentence.start - 1] != "\n":
            return None
        return self.last_claim

    @staticmethod
    def mentions_in(sentence: Sentence, mentions: list[tuple[int, str, str]]) -> list[tuple[int, str, str]]:
        """The mentions inside one sentence, with offsets relative to it (mentions are sorted)."""
        first = bisect_left(mentions, (sentence.start,))
        found = []
        for offset, name, place in mentions[first:]:
            if offset >= sentence.end:
                break
            if offset + len(name) <= sentence.end:
                found.append((offset - sentence.start, name, place))
        return found

    @staticmethod
    def _home_place(text: str, zone_mentions: list[tuple[int, str, str]],
                    place_words: zn.PlaceWords) -> str | None:
        """The place a release is about: the zone or region it names most often as a subject. A statistics
        bulletin about a province names one zone among many provincial figures; a zone's release names
        the province only in passing."""
        best_zone = _most_named(z[2] for z in zone_mentions)
        best_region = _most_named(r[2] for r in zn.region_mentions(text, best_zone[0], place_words)
                                  if r[2] and subject_region(text, r))
        return best_region[0] if best_region[1] > best_zone[1] else best_zone[0]


# Word classes of the rules below: counts of zones, R&D intensity, ranking fields, parts and aggregates.
_ZONES_COUNTED = re.compile(r"(?:国家级?|国家)高新(?:区|技术产业开发区)")
# 营业收入连续三年保持两位数增长，2024年达1205亿元: a clause that only says how its subject grew.
_ONLY_A_PREDICATE = re.compile(r"\s*(?:连续[一二三四五六七八九十两\d]+年)?(?:实现|保持|持续|稳步|快速)?\s*"
                               r"(?:较快|快速|稳定|稳步|两位数|高速|平稳|大幅|显著)?\s*(?:翻番|增长|提升|提高|攀升|上升|下降)?\s*")
_QUOTE_CLOSES = re.compile(r"[\u4e00-\u9fff]{0,8}[”\"」’]")
_RD_INTENSITY = re.compile(r"(?:研发|R&D|研究与试验发展)(?:经费)?(?:投入)?强度")
_YEAR_ON_YEAR = re.compile(r"同比|较上年|比上年|较去年|比去年|较上一年|比上一年")
_CLAUSE_COMMA = re.compile(r"[,，;；]")
_COUNTED = re.compile(r"数量|总数|规模")
_REGIONAL_FIELD = re.compile(r"全省|省内|本省|全市|市内|中部|西部|东部|东北|华东|华南|华北|华中|西南|西北|长三角|珠三角|京津冀|"
                             r"长江经济带|黄河流域|同类|同批|全球|世界|国际|行业")  # fields other than the country's zones
_COMPANY = re.compile(r"([\u4e00-\u9fff]{2,10}?(?:集团|公司|股份))")
_HOME_WORDS = re.compile(r"园区|本区|我区|全区")
_COMPARED_WITH = re.compile(r"(?:相比|比较|对比)")
_PART_NAMED = re.compile(r"\s*其中([\u4e00-\u9fff]{1,10}(?:核心区|园区|片区|分园|园|城|基地))")
_NATIONAL_AGGREGATE = re.compile(rf"{NUMBER}家(?:国家级?|国家)高新(?:区|技术产业开发区)")
_NATIONWIDE = re.compile(r"全国|我国")
_PLACE_RIGHT_BEFORE = re.compile(r"(?:省|市|区|州|全省|全市|其中)(?:共有|现有|共|的)?\s*$")
_RANKED_AMONG = re.compile(r"中(?:排名|排位|位居|位列|居)")  # 在全国178家国家高新区中排名第5位
_NATIONWIDE_BEFORE = re.compile(r"(?:全国|我国)(?:共有|现有|共|已有)?\s*$")


def _most_named(places) -> tuple[str | None, int]:
    """(place, count) of the place named most often, the first named on a tie; (None, 0) for none."""
    counts: dict[str, int] = {}
    for place in places:
        counts[place] = counts.get(place, 0) + 1
    return max(counts.items(), key=lambda item: item[1]) if counts else (None, 0)


def subject_region(text: str, mention: tuple[int, str, str]) -> bool:
    """A region is a claim's subject where it qualifies an indicator (全省技术合同成交额, 贵州省高新技术企业)
    or the zones it holds (广东省国家高新区); 全国重点实验室 and 中南(贵州) name other things."""
    end = mention[0] + len(mention[1])
    return ind.names_indicator_right_after(text, end) or zn.aggregates_zones(text, end)


_RANK_FIELD = re.compile(rf"(?:范围内|的)?(?:共?(?:参评的?)?{NUMBER}家)?(?:国家级?)?(?:高新区|高新技术产业开发区)?(?:中|里)?(?:综合)?"
                         r"(?:实力|评价|评估|考核)?(?:结果)?(?:中|里)?[,，]?(?:综合)?(?:排名|排位|位次|第|首位|前列|位居|位列|居)")


def ranks_within(text: str, mention: tuple[int, str, str]) -> bool:
    """全国高新区综合排名 / 全省…第一: the region is followed by zones or a ranking word, so it is the field."""
    end = mention[0] + len(mention[1])
    return bool(_RANK_FIELD.match(text, end))


# A cheap first look, before a sentence is read (most sentences of a release are prose). Every reader
# needs one of these: a numeral followed (after more numerals, magnitudes, a range or 余/多)
# by a unit, 倍 or 成; or 第, 首位, 番, 分之, 一半, 半数, 指数, 持平. A sentence with numerals only in
# words (五年笃行, 四城联动, 十足) is not read.
_UNIT_FIRST_CHARS = "".join(sorted({unit[0] for unit in UNITS} | {"倍", "成"}))
# Written as one leading class, for `re` to scan for, and lookbehinds saying which word it starts.
_MAY_BE_A_FIGURE = re.compile(rf"[\d零〇一二两三四五六七八九十百千第首榜之番分指持不半](?:"
                              rf"(?<=[\d零〇一二两三四五六七八九十百千])[\d零〇一二两三四五六七八九十百千万亿.,至到\-~—～余多]{{0,40}}?"
                              rf"[{re.escape(_UNIT_FIRST_CHARS)}]|(?<=第)|(?<=首)位|(?<=[榜之])首|(?<=番)|(?<=分)之|(?<=指)数|"
                              rf"(?<=持)平|(?<=不)变|(?<=一)半|(?<=半)数)")
# 苏州高新区2024年主要经济指标 / 2024年度发展报告显示: a report names the year it reports on.
_REPORT_YEAR = re.compile(r"^[^\d,，。;；据较比与]{0,40}?((?:19|20)\d{2})\s*年(?:度)?(?:[\u4e00-\u9fff]{0,4})?(?:主要(?:经济)?指标|成绩单|发展报告|年报|公报|"
                          r"统计(?:数据|公报)?|工作报告|运行情况|数据显示)")
_WHOLE_YEAR_WORDS = re.compile(r"全年|年末|年底|年度(?!目标|计划|任务)")


_COMPARISON_BEFORE = re.compile(r"(?:较|比|与|对比)\s*$")
_SAME_PERIOD_OF = re.compile(r"(?:19|20)\d{2}\s*年\s*同期")


def _speaks_of_whole_year(s: str, years: list[tuple[int, int]]) -> bool:
    """A year that is not a comparison base (较2023年同期), or 全年/年末: the sentence is about a whole year."""
    for offset, _ in years:
        if _COMPARISON_BEFORE.search(s, max(0, offset - 2), offset) or _SAME_PERIOD_OF.match(s, offset, offset + 8):
            continue
        return True
    return bool(_WHOLE_YEAR_WORDS.search(s)) and "年" in s


_SAME_YEAR = re.compile(r"当年|同(?<!不同)年(?!龄|级|份)|当期")
_SENTENCE_END = re.compile(r"[。！？!?]\s*$")
# 全省高新区综合评价, 省级高新区考核: the province's evaluation of its zones. Written to open with the literal
# 高新区, which `re` finds fast; the province word is checked behind it.
_PROVINCIAL_EVALUATION = re.compile(r"高新区(?<=全省高新区|省级高新区|省内高新区|本省高新区)[^。]{0,12}?(?:评价|考核|排名|排序)")
_EVALUATION_NEWS = re.compile(r"综合评价|综合排名|综合实力排名|火炬中心")
_EVALUATION_YEAR = re.compile(r"((?:19|20)\d{2})\s*年度")
_LEADING_LABEL = re.compile(r"^\s*(?:截至|截止)?(?:(?:19|20)\d{2}年|今年|去年)?(?:\d{1,2}\s*[-—~至到]\s*\d{1,2}\s*月(?:份)?|"
                            r"(?:[1-9]|1[0-2])\s*月(?:当月|份)|上半年|下半年|前三季度|"
                            r"前两季度|[一二三四]季度|(?:[1-9]|1[01]|[一二三四五六七八九]|十一?)\s*月(?:底|末))")
# 下半年，园区将…: a part of the year named by a plan dates no figure after it.
_FORWARD_LOOKING = re.compile(r"将|力争|计划|预计|预期|有望|目标")
_SINCE_NOW = re.compile(r"^\s*(?:今年以来|年初以来|本年以来)")
_WHOLE_YEAR_OPENING = re.compile(r"^\s*(?:截至|截止)?(?:全年|年末|年底)")
# 全年,… / 过去一年,… / 年末,…: a sentence opening with a relative time dates the release's figures.
_OPENING_TIME = re.compile(r"^\s*(?:截至|截止)?(?:全年|年末|年底|过去一年|去年(?:底|末)?|上年(?:底|末)?)")
# A year opening a sentence, after at most a short lead-in (据统计，) or a reporting clause that ends
# with a comma right before it (火炬中心近日发布统计数据显示，2024年，…).
_LEADING_YEAR = re.compile(r"^\s*(?:[^\d,，。;；:：]{1,4}[,，:：]|[^\d。;；]{5,60}?[,，](?=\s*(?:19|20)\d{2}\s*年\s*[,，])|"
                           # 据省统计局公布的数据，2024年… / 记者从园区获悉，2024年…: an attribution, then the year
                           r"[^\d。;；]{2,40}?(?:显示|数据|统计|公布|发布|介绍|了解到|获悉|表明)[,，:：]|"
                           r"[^\d,，。;；]{0,14}?(?:高新区|示范区|开发区|科学城|科技城|园区|全区|全省|全市))?"
                           r"(?:在|截至|截止)?((?:19|20)\d{2})\s*年(?!\d|以来|度以来)")


def extract_claims(text: str, document_id: str, published: date | None = None) -> list[Claim]:
    context = _Context(text, document_id, published)
    claims: list[Claim] = []
    paragraph_year: int | None = None
    paragraph_label: str | None = None
    tables = text_tables(text) if ("｜" in text or "|" in text) else []
    claims.extend(_table_claims(tables, context))
    for sentence in sentences(text):
        if tables and any(t.start <= sentence.start < t.end for t in tables):
            continue  # a table row was read as a table
        s = sentence.text
        if sentence.start == 0 or text[sentence.start - 1] == "\n":
            paragraph_year = paragraph_label = None  # a new paragraph starts without the previous one's dates
        # Every date rule below needs 年 or a part-year word: most prose sentences skip them all.
        dated = "年" in s
        years = per.years_in(s) if dated else []
        # "2024年,西安高新区…。全区新增…。": a year opening a sentence, or an evaluation year (2023年度),
        # dates the rest of its paragraph; so does a part of a year opening a sentence (前三季度,…).
        leading = (_LEADING_YEAR.match(s) or _REPORT_YEAR.search(s)) if years else None
        if years and not leading and _EVALUATION_NEWS.search(s):
            leading = _EVALUATION_YEAR.search(s)
        if leading:
            paragraph_year = int(leading.group(1))
            # Only a recent year dates the whole release: 1991年,…经国务院批准 opens a history, not a report.
            if published is None or paragraph_year >= published.year - 2:
                context.reporting_year = paragraph_year
        elif dated and (opening := _OPENING_TIME.match(s)) and (year := per.relative_year(opening.group(0), published)):
            # 去年/截至去年底 say which year; 全年/年末 only guess it from the date, and never override a year
            # the release has already named.
            if context.reporting_year is None or not _WHOLE_YEAR_OPENING.match(opening.group(0)):
                context.reporting_year = year
        label = _LEADING_LABEL.match(s) if (dated or "月" in s or "季度" in s) else None
        if label and _FORWARD_LOOKING.search(s):
            label = None  # 下半年，园区将…: a plan for a part of the year dates no figure after it
        if label:
            paragraph_label = per.partial_label(label.group(0))
            if not years and (year := per.part_year_year(paragraph_label or "", published)) is not None:
                paragraph_year = year  # 上半年，… in a September release: this year's first half
        elif _SINCE_NOW.match(s):
            paragraph_label = None  # 今年以来: up to now, not the part of the year named before
        elif dated and _speaks_of_whole_year(s, years):
            paragraph_label = None  # 全年营业收入… / 2023年…: this sentence speaks of a whole year
        if _MAY_BE_A_FIGURE.search(s):
            found = _SentenceReader(sentence, context, paragraph_year, paragraph_label, years).claims()
        else:
            found = []  # prose, or numerals only in words (五年笃行, 四城联动)
            context.remember_listed_places(sentence)
        claims.extend(found)
        # A line's last figure is what the next line may continue; a line without figures ends that.
        context.last_claim = found[-1] if found else None
    return claims


def _table_claims(tables: list, context: _Context) -> list[Claim]:
    """Levels per year and the last year's growth from tables printed in the text."""
    found = []
    for table in tables:
        for cell in table.cells:
            converted = cell_value(cell)
            if converted is None:
                continue
            value, unit, multiplier = converted
            word = ind.find_indicator(cell.label)
            indicator = word[0] if word else None
            if cell.growth:
                kind, year = "growth_rate", cell.last_year
            else:
                kind, year = "level", cell.year
                if indicator and not ind.unit_fits(indicator, unit):
                    indicator = None
            precision = half_unit(cell.value_text.rstrip("%")) * multiplier
            found.append(Claim(
                claim_id=_claim_id(context.document_id, cell.start, cell.end, kind), document_id=context.document_id,
                zone_id=context.home, subject=None, indicator_code=indicator, claim_kind=kind, value=float(value),
                unit=unit, value_text=cell.value_text, qualifier=None, value_precision=float(precision),
                period_start_year=year, period_end_year=year, period_label=None, sentence=cell.line,
                char_start=cell.start, char_end=cell.end))
    return found


class _once_per_sentence:  # noqa: N801 — used as a decorator, like the functools.cached_property it replaces
    """functools.cached_property without the lock Python 3.11 takes on every first access: a sentence
    reader lives in one thread, and its dozen lazily read properties are a measurable share of the time."""

    def __init__(self, func):
        self.func = func
        self.name = func.__name__

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        # Stored under the same name: as a non-data descriptor, the stored value wins from then on.
        value = instance.__dict__[self.name] = self.func(instance)
        return value


class _SentenceReader:
    def __init__(self, sentence: Sentence, context: _Context, paragraph_year: int | None = None,
                 paragraph_label: str | None = None, years: list[tuple[int, int]] | None = None):
        self.sentence = sentence
        self.paragraph_year = paragraph_year
        self.paragraph_label = paragraph_label
        self.s = sentence.text
        self.context = context
        self.taken: list[tuple[int, int]] = []
        self.found: list[Claim] = []
        self.listed: set[str] = set()  # claims whose clause is nothing but list glue (、和及)
        self.region_roles: dict[tuple[int, str, str], tuple[bool, bool]] = {}
        self.movement_starts: list[int] = []  # years of the figures a movement started from (由100家…)
        self.years = per.years_in(self.s) if years is None else years
        if "五" in self.s and "末" in self.s and (plan_ends := per.plan_end_marks(self.s)):
            self.years = sorted(self.years + plan_ends)  # “十三五”末，…4.2%: 2020, like an explicit year

    # What the whole sentence says (its mentions, times, modality words) is read once, when its first
    # claim asks; every claim in it consults these. A sentence with no claim reads none of them.

    @_once_per_sentence
    def stripped(self) -> str:
        return self.s.strip()

    @_once_per_sentence
    def plan(self) -> per.Period | None:
        return per.plan_period_in(self.s) if "五" in self.s else None  # 十三五, 十四五, 十五五

    @_once_per_sentence
    def span(self) -> int | None:
        return per.span_years(self.s) if "年" in self.s else None

    @_once_per_sentence
    def since(self) -> list[tuple[int, int]]:
        return per.since_years(self.s)

    def since_before(self, offset: int) -> int | None:
        """The year of the last 2021年以来 before offset."""
        found = [year for end, year in self.since if end <= offset] if self.since else []
        return found[-1] if found else None

    def until_now(self) -> int | None:
        """Where 2021年以来 ends: the year the release reports on, else the year just completed when it
        comes out in the first half of a year, else the year it comes out."""
        if self.context.reporting_year is not None:
            return self.context.reporting_year
        published = self.context.published
        return None if published is None else published.year - 1 if published.month <= 6 else published.year

    @_once_per_sentence
    def modality_marks(self) -> list[tuple[int, str]]:
        return cw.modality_marks(self.s)

    @_once_per_sentence
    def same_year_ends(self) -> list[int]:
        """Ends of 当年/同年/当期 (the year being talked about)."""
        return [m.end() for m in _SAME_YEAR.finditer(self.s)] if ("年" in self.s or "当期" in self.s) else []

    @_once_per_sentence
    def clauses(self) -> Clauses:
        return Clauses(self.s)

    @_once_per_sentence
    def times(self) -> per.TimeMarks:
        return per.TimeMarks.of(self.s)

    @_once_per_sentence
    def zones(self) -> list[tuple[int, str, str]]:
        return self.context.mentions_in(self.sentence, self.context.zone_mentions)

    @_once_per_sentence
    def regions(self) -> list[tuple[int, str, str]]:
        return self.context.mentions_in(self.sentence, self.context.region_mentions)

    def part_before(self, offset: int) -> str | None:
        """其中南山园区核心区约19.2平方公里, 湘电集团研发投入5.6亿元: the part of the zone or the firm the
        number's clause names is the figure's subject."""
        if "其中" not in self.s and "集团" not in self.s and "公司" not in self.s:
            return None
        clause_start, _ = self.clauses.bounds(offset, offset)
        match = _PART_NAMED.match(self.s, clause_start, offset) or _COMPANY.search(self.s, clause_start, offset)
        return match.group(1) if match else None

    @_once_per_sentence
    def home_word_clauses(self) -> set[int]:
        """Starts of the clauses that open with 园区/本区/我区/全区 (the release's own zone)."""
        found = set()
        for m in _HOME_WORDS.finditer(self.s):
            start = m.start() - 2 if self.s.startswith("其中", m.start() - 2) else m.start()
            while start and self.s[start - 1] == " ":
                start -= 1
            if start == 0 or CLAUSE_BREAK.match(self.s, start - 1):
                found.add(start)
        return found

    @_once_per_sentence
    def national_aggregates(self) -> list[tuple[int, str, str]]:
        """(start, end) of the numbers of 178家国家高新区 in a sentence about the whole country (从全国层面看,
        …): those zones taken together are the country's figures. After a region (全省3家国家高新区) they are
        that region's, which its own mention says."""
        if "家" not in self.s or ("全国" not in self.s and "我国" not in self.s):
            return []
        # As mentions of the country: (offset, words, "china").
        return [(m.start(), m.group(0), "china") for m in _NATIONAL_AGGREGATE.finditer(self.s)
                if _NATIONWIDE.search(self.s, 0, m.start()) and not _PLACE_RIGHT_BEFORE.search(self.s, 0, m.start())]

    def region_role(self, region: tuple[int, str, str]) -> tuple[bool, bool]:
        """(a subject, the field of a ranking) for one of this sentence's region mentions, decided once."""
        known = self.region_roles.get(region)
        if known is None:
            known = self.region_roles[region] = (subject_region(self.s, region), ranks_within(self.s, region))
        return known

    def zone_and_subject(self, offset: int, kind: str) -> tuple[str | None, str | None]:
        """The nearest subject named before the number in this sentence: a zone, or a region acting as
        one; else the release's own place. A zone named after the number (…,其中东湖高新区…) never
        reaches back to it."""
        nearest = None
        for aggregate in self.national_aggregates if kind not in ("rank", "rank_change") else ():
            if aggregate[0] + len(aggregate[1]) <= offset:
                nearest = aggregate  # 全国…178家国家高新区实现营业收入… (for a rank they are the field ranked in)
        for zone in self.zones:  # in text order
            if zone[0] + len(zone[1]) > offset:
                break
            if _COMPARED_WITH.match(self.s, zone[0] + len(zone[1])) or self.s[zone[0] - 1 : zone[0]] in ("与", "同", "较", "比"):
                continue  # 与西安高新区相比，本区…: the zone compared with is not the subject
            if nearest is None or zone > nearest:
                nearest = zone
        for r in self.regions:
            if r[0] + len(r[1]) > offset or (nearest is not None and r <= nearest):
                continue
            if self.region_role(r)[1]:
                continue  # 全国高新区综合排名, 居全省高新区第1: the region is the field ranked in, for every figure after it
            if kind == "share" and "占" in self.s[max(0, r[0] - 3) : r[0]]:
                continue  # 占全国国家高新区的11.5%: for a share the region after 占 is the whole
            if self.region_role(r)[0]:
                nearest = r
        if nearest is not None and self.home_word_clauses:
            clause_start, _ = self.clauses.bounds(offset, offset)
            if nearest[0] + len(nearest[1]) <= clause_start and clause_start in self.home_word_clauses:
                nearest = None  # 全省高新技术企业达到1.8万家，园区占比超过六成: 园区 is the release's own zone
        if nearest is not None:
            _, name, place = nearest
            zone_id = place or None
        else:
            zone_id, name = self.context.home, None
        entity = None
        for end, entity_name in self.sub_entities:
            if end > offset:
                break  # sub-entities come in the order they end
            entity = entity_name
        subject = entity or self.part_before(offset) or name or self.previous_sub_entity
        return zone_id, subject

    @_once_per_sentence
    def sub_entities(self) -> list[tuple[int, str]]:
        """(end, name) of each sub-entity the sentence names (贵州科学城, a 研究院, a company)."""
        return zn.sub_entities(self.s)

    @_once_per_sentence
    def previous_sub_entity(self) -> str | None:
        """The subject is often named in the sentence before ("这里…。贵州科学城内聚集…")."""
        previous = self.context.text[max(0, self.sentence.start - 200) : self.sentence.start]
        return zn.sub_entity_before(previous.split("\n")[-1])

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self.taken)

    def add(self, kind: str, value: Decimal, unit: str, precision: Decimal, start: int, end: int,
            indicator: str | None, period: per.Period, qualifier: str | None = None,
            upper: Decimal | None = None, place: str | None = None) -> None:
        zone_id, subject = (place, None) if place else self.zone_and_subject(start, kind)
        modality = cw.modality_at(self.modality_marks, start, self.s)
        if modality == "target" and not self.years and self.times.whole_year_ahead(start) and self.context.published_year:
            period = per.Period(self.context.published_year, self.context.published_year, period.label)  # 全年力争…
        elif modality == "target" and not self.years and self.times.relative_year(start, self.context.published) is None \
                and period.label not in per.plan_periods():
            period = per.Period(None, None, period.label)  # a target's year is the one it names (or its plan), or unknown
        elif modality == "target" and kind == "cagr" and period.start == period.end and period.end is not None:
            # 到2027年…年均增长10%: from the year after the last reported one to the target year
            last = self.context.reporting_year or (self.context.published_year - 1 if self.context.published_year else None)
            if last is not None and last < period.end:
                period = per.Period(last + 1, period.end, period.label)
        absolute_start, absolute_end = self.sentence.start + start, self.sentence.start + end
        # Positional, in Claim's field order: keywords take three times as long, once per claim.
        self.found.append(Claim(
            _claim_id(self.context.document_id, absolute_start, absolute_end, kind), self.context.document_id,
            zone_id, subject, indicator,
            kind, float(value), unit, self.s[start:end], qualifier, float(precision),  # claim_kind … value_precision
            period.start, period.end, period.label,
            self.stripped, absolute_start, absolute_end,  # sentence, char_start, char_end
            float(upper) if upper is not None else None, modality,  # value_upper, modality
        ))

    def claims(self) -> list[Claim]:
        s = self.s
        # Cheap character tests first: most sentences hold no rank, multiple, tenth or index at all.
        if ("位" in s or "名" in s) and _RANK_MOVE_WORD.search(s):
            if "由" in s or "从" in s:
                self.rank_moves()
            self.rank_changes()
        if "第" in s or "首" in s:
            self.ranks()
        if "持平" in s or "不变" in s:
            self.rank_holds()
        self.quantities()
        if "倍" in s:
            self.multiples()
        if "番" in s and _DOUBLING.search(s):
            self.doublings()
        if "成" in s and _TENTH_HINT.search(s):
            self.tenths()
        if "分之" in s or "一半" in s or "半数" in s:
            self.fractions()
        if "指数" in s:
            self.indices()
        found = self.found
        if len(found) > 1:  # lists and coordination need two figures
            found = sorted(found, key=lambda c: (c.char_start, c.claim_kind))
            found = coordination.continue_lists(found, self.sentence.start, s)
            if "分别" in s or "分列" in s:
                found = coordination.respectively(found, self.sentence.start, s, self.zones, ind.mentions(s),
                                                  self.context.last_listed_places)
        if len(self.zones) > 1 and (listed := coordination.listed_places(self.zones, s)):
            self.context.last_listed_places = listed
        return found

    # Ranks ----------------------------------------------------------------------------------------

    def rank_indicator(self, number_start: int) -> str | None:
        """What a rank ranks, named in its own comma clause or the one before (314家高新技术企业…，数量位列
        全省第一); never a word from a later clause or an earlier part of the sentence about something else."""
        s = self.s
        breaks = [m.start() for m in _CLAUSE_COMMA.finditer(s, 0, number_start)]
        before = s[breaks[-2] + 1 if len(breaks) >= 2 else 0 : number_start]
        after = _CLAUSE_COMMA.search(s, number_start)
        found = ind.find_indicator(before) or ind.find_indicator(s[number_start : after.start() if after else len(s)],
                                                                 prefer="first")
        counted = _COUNTED.search(before)
        # 位列中部第一, 居全省第二位: a ranking within a region, not the national one.
        regional = _REGIONAL_FIELD.search(before) or any(
            r[2] not in ("china", "") and number_start - 14 <= r[0] < number_start for r in self.regions)
        if found and found[0] == "composite_rank" and regional:
            return None  # 综合排名居中部第一 is not the national composite rank
        if found and (ind.unit_fits(found[0], "rank") or counted):
            return found[0]
        if counted or regional or found:
            # 数量居西部第一: by a count the sentence does not name; 技术合同成交额…居全国高新区第3位: by a
            # figure whose ranking the catalog does not hold
            return None
        # A bare 排名第38位 in a release about the national evaluation (综合评价, 综合排名) is that ranking;
        # a counted noun (在177家参评高新区中) is not what is ranked.
        return "composite_rank" if self.context.evaluation_news else None

    def rank_moves(self) -> None:
        half = Decimal("0.5")
        for m in _RANK_MOVE.finditer(self.s):
            first, last = cw.numeral_value(m.group("from")), cw.numeral_value(m.group("to"))
            if first is None or last is None:
                continue
            if not re.fullmatch(f"{_UP}|升", m.group("dir")) and first > last:
                continue  # 下降 with a smaller number is a contradiction in the text itself: not read
            indicator = self.rank_indicator(m.start())
            base_year, end_year, label = self.rank_move_years(m)
            self.add("rank", first, "rank", half, m.start("from"), m.end("from") + 1, indicator,
                     per.Period(base_year, base_year))
            self.add("rank", last, "rank", half, m.start("to"), m.end(), indicator, per.Period(end_year, end_year))
            self.add("rank_change", first - last, "rank", half, m.start(), m.end(), indicator,
                     per.Period(base_year + 1 if base_year else None, end_year, label))
            self.taken.append((m.start(), m.end()))

    def rank_move_years(self, m: re.Match[str]) -> tuple[int | None, int | None, str | None]:
        """(base year, end year, plan label) of 由[2020年的]42位上升至36位."""
        base_year = int(m.group("year")) if m.group("year") else per.plan_end_year(m.group("plan_end") or "")
        if m.group("to_year"):  # 由2020年的第18位跃升至2024年的第11位
            return base_year, int(m.group("to_year")), None
        if m.group("plan_end"):  # 从“十三五”末的第9位提升至第5位: from the plan's last year to the latest
            return base_year, self.stated_year(m.start(), None) or self.until_now(), None
        since = self.since_before(m.start())
        if base_year is None and since is not None:
            # 2021年以来…由第55位提升到第34位: from the ranking before that year to the latest.
            return since - 1, self.stated_year(m.start(), None) or self.until_now(), None
        plan = self.plan or self.context.plan
        published = self.context.published_year
        if base_year is None and plan and published and plan.end < published + 1 and not self.years:
            # “十三五”时期…排名从第38位跃升至第23位: from the plan's base year to its last year.
            return plan.start - 1, plan.end, plan.label
        span = per.span_years(self.s[: m.start()])
        # The later rank is dated by a span (五年间) or a year of its own, never by the base year.
        end_year = base_year + span if base_year and span else self.stated_year(m.start(), None, exclude=base_year)
        if end_year is None and base_year is None:
            end_year = self.stated_year(m.start(), None)
        if base_year is None and end_year is not None and not span:
            base_year = end_year - 1  # 由第5位退至第8位 in an evaluation's news: since the previous one
        return base_year, end_year, None

    def rank_changes(self) -> None:
        half = Decimal("0.5")
        for m in _RANK_CHANGE.finditer(self.s):
            if not self.free(m.start(), m.end()):
                continue
            n = cw.numeral_value(m.group("n"))
            if n is None:
                continue
            signed = n if re.fullmatch(_UP, m.group("dir")) else -n
            base = self.times.compared_year(m.start())
            since = self.since_before(m.start())
            if base is None and since is not None:
                base = since - 1  # 2021年以来累计进位21个位次
            evaluation = self.stated_year(m.start(), None, exclude=base)
            if evaluation is None and since is not None:
                evaluation = self.until_now()
            if evaluation is None and base is not None:
                evaluation = base + 1
            start = base + 1 if base is not None else evaluation
            indicator = self.rank_indicator(m.start())
            if any(c.claim_kind == "rank_change" and c.value == float(signed) for c in self.found):
                self.taken.append((m.start(), m.end()))
                continue  # 累计进位21个位次，由第55位提升到第34位: the move is already read, with its ranks
            self.add("rank_change", signed, "rank", half, m.start(), m.end("move"), indicator, per.Period(start, evaluation))
            if m.group("to") is not None and (to := cw.numeral_value(m.group("to"))) is not None:
                self.add("rank", to, "rank", half, m.start("to") - (self.s[m.start("to") - 1] == "第"), m.end(), indicator,
                         per.Period(evaluation, evaluation))
            self.taken.append((m.start(), m.end()))

    def rank_holds(self) -> None:
        """排名与上年持平, or …排名第19位，与上年持平 after a rank read in the same sentence: a move of nought."""
        half = Decimal("0.5")
        for m in _RANK_HELD.finditer(self.s):
            if not self.free(m.start(), m.end()) or (
                    m.group(0)[0] in "与较同" and not any(c.claim_kind == "rank" for c in self.found)):
                continue
            base = self.times.compared_year(m.start())
            evaluation = self.stated_year(m.start(), None, exclude=base)
            start = evaluation if base is None else base + 1
            self.add("rank_change", Decimal(0), "rank", half, m.start(), m.end(), self.rank_indicator(m.start()),
                     per.Period(start, evaluation))
            self.taken.append((m.start(), m.end()))

    def ranks(self) -> None:
        half = Decimal("0.5")
        for m in _RANK.finditer(self.s):
            if not self.free(m.start(), m.end()):
                continue
            group = "n" if m.group("n") else "m" if m.group("m") else "top"
            n = cw.numeral_value(m.group(group)) if group != "top" else Decimal(1)
            if n is None:
                continue
            year = self.stated_year(m.start(), self.context.published_year)
            self.add("rank", n, "rank", half, m.start(group) - (group != "top"), m.end(), self.rank_indicator(m.start(group)),
                     per.Period(year, year))
            self.taken.append((m.start(), m.end()))

    # Quantities -----------------------------------------------------------------------------------

    def quantities(self) -> None:
        s = self.s
        for m in _QUANTITY.finditer(s):
            start, end = m.span()  # the pattern opens with the number: start is the number's start
            if self.taken and not self.free(start, end):
                continue
            number_text, unit_word, mag, mag_low, num_high = m.group("num", "unit", "mag", "mag_low", "num_high")
            if cw.is_article(number_text, unit_word) or cw.glued_to_other_token(s, m) or (
                    cw.qualifies_something_else(s, m, unit_word) and not any(a[0] == start for a in self.national_aggregates)):
                continue
            if start and s[start - 1] == "第":
                continue  # 第三场, 第2家: an ordinal, not a quantity
            if start and s[start - 1] in "“\"「‘" and _QUOTE_CLOSES.match(s, end):
                continue  # “四个面向”, “五个一批”: a slogan in quotes
            if unit_word == "%" and cw.is_policy_rate(s, start, end):
                continue  # 租金减免50%: a policy's rate
            if number_text[0] in "百千" and not (m.group("approx") or cw.qualifier_before(s, start)):
                continue  # 千人计划, 百强: a bare 百/千 is a number only when qualified (近千家, 超千亿元, 百余家)
            unit, multiplier = UNITS[unit_word]
            magnitude = MAGNITUDES[mag or ""]
            low_magnitude = MAGNITUDES[mag_low or mag or ""]
            low, high = cw.numeral_value(number_text), cw.numeral_value(num_high) if num_high else None
            if low is None and mag and not num_high:
                # 一亿二千万: the trailing 万 belongs to the numeral, not a magnitude of 一亿二千
                low, magnitude = cw.numeral_value(number_text + mag), MAGNITUDES[""]
                low_magnitude = magnitude
            if low is None or (num_high and high is None):
                continue
            value = low * low_magnitude * multiplier
            upper = high * magnitude * multiplier if high is not None else None
            precision = half_unit(number_text) * low_magnitude * multiplier
            clause_start, clause_end = self.clauses.bounds(start, end)
            before, after = s[clause_start:start], s[end:clause_end]
            kind = cw.kind(before, unit)
            if not before.strip() and clause_start > 0 and s[clause_start - 1] in "：:":
                # 同比增长：7.2% / 增速：7.2% (a post's label and figure): the label says what kind of figure it is.
                label_start, _ = self.clauses.bounds(clause_start - 1, clause_start - 1)
                kind = cw.kind(s[label_start : clause_start - 1], unit)
                before = s[label_start : clause_start - 1] if kind != cw.kind("", unit) else before
            parent = None
            if kind == "level" and before.lstrip().startswith("其中") and self.found:
                head = self.list_head()
                if head.claim_kind == "increase" and head.unit == unit:
                    kind, parent = "increase", head  # 新增研发平台37个，其中国家级5个: a part of the increase
            if unit == "percent" and kind in ("level", "share") and "强度" in before and _RD_INTENSITY.search(before):
                kind = "share"  # 研发投入强度8.7%: R&D expenditure as a share of output
            cumulative = kind == "level" and "累计" in before and (self.plan is not None or self.since_before(start) is not None)
            if cumulative:
                kind = "increase"  # “十四五”期间…累计签约项目1260个: the sum of the period's flows
            if kind in ("growth_rate", "increase") and cw.is_decrease(before, kind):
                value, upper = -value, (-upper if upper is not None else None)
            found = ind.find_indicator(after, prefer="first") if unit == "count" else None
            # Only the number's own clause names its indicator; a word elsewhere in the sentence is a guess.
            # In a share (A占B的比重), B is the whole: only words before 占 can name what the share is of.
            own_words = before[: before.rfind("占")] if kind == "share" and "占" in before else before
            found = found or ind.find_indicator(own_words)
            indicator = (found[0] if found else None) or ind.indicator_for_unit(unit, before)
            if kind == "increase" and found and cw.INCREASE.search(found[1]) and not cw.INCREASE.search(before.replace(found[1], "")):
                kind = "level"  # 新引进产业项目投资额达158.5亿元: 新引进 names the indicator, it adds nothing
            if indicator is None and self.found and cw.MOVEMENT_END.search(before) \
                    and self.found[-1].char_start - self.sentence.start >= clause_start \
                    and re.search(r"由|从", before):
                indicator = self.found[-1].indicator_code  # 由1500亿元增长到3050亿元: the end of the same movement
            if indicator is None and clause_start > 0 and s[clause_start - 1] in "：:" and not before.startswith("其中"):
                # 营业收入：8100亿元 — the label before the colon names the figure after it.
                label_start, _ = self.clauses.bounds(clause_start - 1, clause_start - 1)
                found = ind.find_indicator(s[label_start : clause_start - 1])
                indicator = found[0] if found else None
            if indicator is None and cw.is_elliptical(own_words):
                # …增长到323家,年均增长26.4% / 总数达到1.2万家 / 占全省的45.6%: the clause has no subject
                # of its own and continues the quantity just named — for a list (6100亿元、4200亿元和2350亿元),
                # the quantity that heads it; failing that, the nearest indicator word before it in the
                # sentence (营业收入实现翻番,由…1500亿元…), or the last figure of the line before (a post
                # written one figure per line).
                if self.found:
                    indicator = self.list_head().indicator_code  # may be None: then the catalog lacks it
                else:
                    indicator = self.subject_of_previous_clause(clause_start)
                    continued = self.continued_line(clause_start)
                    if indicator is None and continued is not None:
                        indicator = continued.indicator_code
            place = None
            if unit_word == "家" and _ZONES_COUNTED.match(s, end):
                # 全国178家国家高新区, 在参评的178家国家高新区中: a count of the country's zones, not of this zone's.
                clause = s[clause_start:clause_end]
                ranked = "参评" in clause or "评价" in clause or _RANKED_AMONG.search(clause)
                nationwide = _NATIONWIDE_BEFORE.search(before) or any(a[0] == start for a in self.national_aggregates)
                indicator = "zones_evaluated" if ranked else "national_htz_count" if nationwide else indicator
                place = "china" if indicator in ("zones_evaluated", "national_htz_count") else None
            if indicator and ("集团" in own_words or "公司" in own_words or "股份" in own_words):
                indicator = None  # 湘电集团研发投入5.6亿元: one firm's figure, not the zone's
            if indicator and (unit_word in ("人次", "家次", "平方米") or cw.PER_UNIT.search(own_words)):
                indicator = None  # 引进人才3.2万人次 counts visits, not people; 户均…23件 is an average; m² is floor space
            if indicator and kind == "share":
                # 占全省的17.6%: the catalog may hold the share itself (high_tech_enterprises_share_of_province).
                indicator = ind.share_indicator(indicator, before) or indicator
            if indicator == "area" and not ind.indicator_for_unit(unit, before):
                indicator = None  # 其中建成区面积28.6平方公里: a part of the zone, not its area
            # …占规上工业总产值比重为70.7%，比上年提高1.8个百分点: the points are the share's, whatever its unit.
            share_points = unit == "percentage_point" and self.found and self.list_head().claim_kind == "share" \
                and self.list_head().indicator_code == indicator
            if indicator and kind in ("level", "increase") and not share_points and not ind.unit_fits(indicator, unit):
                indicator = None  # 研发经费投入强度5.2% is not R&D expenditure in yuan: never a guess
            period = self.quantity_period(kind, start, before)
            plan_only = period.label in per.plan_periods() and period.label not in self.s[clause_start:start]
            if (period.end is None or plan_only) and kind in ("growth_rate", "increase") and cw.is_elliptical(own_words) \
                    and (head := self.list_head() if self.found else self.continued_line(clause_start)) is not None:
                # 营业收入达到2000亿元,同比增长10% / …,较上年增加162亿元,增长9.6% / 营业收入：1050亿元⏎同比增长：7.2%:
                # the change is over the year of the figure it follows.
                if head.claim_kind in ("level", "share", "increase", "growth_rate") and head.period_end_year is not None \
                        and head.period_start_year == head.period_end_year:
                    period = per.Period(head.period_end_year, head.period_end_year, head.period_label)
            if parent is not None:
                period = per.Period(parent.period_start_year, parent.period_end_year, parent.period_label)
            if kind == "share" and "强度" in before and _RD_INTENSITY.search(before):
                indicator = "rd_expenditure"
            if cumulative:
                # Never judged against one year's figure: the tables hold no sums over periods.
                period = per.Period(period.start, period.end, (period.label or "") + "累计")
            if kind == "growth_rate" and "环比" in before:
                # 环比增长3.5%: over the month (or quarter) before, never a year-on-year figure
                period = per.Period(period.start, period.end, (period.label or "") + "环比")
            qualifier = cw.qualifier_before(s, start)
            self.add(kind, value, unit, precision, start, end, indicator, period,
                     qualifier or m.group("approx") or m.group("post"), upper, place)
            if len(self.found) > 1:
                previous_end = self.found[-2].char_end - self.sentence.start
                if 0 <= previous_end <= start and cw.VALUE_LIST_GLUE.fullmatch(s[previous_end:start]):
                    self.listed.add(self.found[-1].claim_id)

    def continued_line(self, clause_start: int) -> Claim | None:
        """The last figure of the line above, when everything before this clause only continues it (a post
        written one figure per line: 营业收入：1050亿元⏎同比增长：7.2%)."""
        if not cw.is_elliptical(self.s[:clause_start].rstrip("：: ")):
            return None
        return self.context.line_claim(self.sentence)

    def subject_of_previous_clause(self, clause_start: int) -> str | None:
        """营业收入实现翻番，由…: the clause right before names the subject, with nothing but a verb after it."""
        if clause_start <= 0:
            return None
        previous_start, _ = self.clauses.bounds(clause_start - 1, clause_start - 1)
        previous = self.s[previous_start : clause_start - 1]
        found = ind.find_indicator(previous)
        if not found:
            return None
        rest = previous[previous.rfind(found[1]) + len(found[1]):]
        return found[0] if _ONLY_A_PREDICATE.fullmatch(rest) else None

    def head_before(self, offset: int) -> Claim | None:
        """list_head() among the claims that end before offset (readers run after quantities, whose
        claims may lie after the figure they read)."""
        absolute = self.sentence.start + offset
        index = len(self.found) - 1
        while index >= 0 and self.found[index].char_end > absolute:
            index -= 1
        while index > 0 and self.found[index].claim_id in self.listed:
            index -= 1
        return self.found[index] if index >= 0 else None

    def list_head(self) -> Claim:
        """The last claim of the sentence, or, when it continues a list, the claim heading that list."""
        index = len(self.found) - 1
        while index > 0 and self.found[index].claim_id in self.listed:
            index -= 1
        return self.found[index]

    def doublings(self) -> None:
        for m in _DOUBLING.finditer(self.s):
            if not self.free(m.start(), m.end()):
                continue
            times = {"": 1, "一": 1, "两": 2, "二": 2, "三": 3, "四": 4}[m.group("n")]
            clause_start, _ = self.clauses.bounds(m.start(), m.end())
            before = self.s[clause_start : m.start()]
            found = ind.find_indicator(before)
            head = self.head_before(m.start()) if not found and cw.is_elliptical(before) else None
            indicator = found[0] if found else (head.indicator_code if head else None)
            self.add("growth_rate", Decimal(100 * (2 ** times - 1)), "percent", Decimal(50), m.start(), m.end(),
                     indicator, self.quantity_period("growth_rate", m.start(), before))
            self.taken.append((m.start(), m.end()))

    def multiples(self) -> None:
        for m in _TIMES.finditer(self.s):
            if not self.free(m.start("num"), m.end()):
                continue
            number = m.group("num")
            if cw.numeral_value(number) is None:
                continue
            clause_start, _ = self.clauses.bounds(m.start(), m.end())
            before = self.s[clause_start : m.start()]
            found = ind.find_indicator(before)
            head = self.head_before(m.start()) if not found and cw.is_elliptical(before) else None
            indicator = found[0] if found else (head.indicator_code if head else None)
            kind = "cagr" if cw.CAGR.search(self.s[clause_start : m.end()]) else "growth_rate"
            precision = half_unit(number) * 100
            self.add(kind, cw.numeral_value(number) * 100, "percent", precision, m.start("num"), m.end(), indicator,
                     self.quantity_period(kind, m.start(), before), m.group("pre") or m.group("post"))
            self.taken.append((m.start("num"), m.end()))
        for m in _TIMES_OF_YEAR.finditer(self.s):
            times = cw.numeral_value(m.group("num"))
            if times is None or not self.free(m.start("num"), m.end()):
                continue
            clause_start, _ = self.clauses.bounds(m.start(), m.end())
            before = self.s[clause_start : m.start()]
            head = self.head_before(m.start()) if cw.is_elliptical(before) else None
            found = ind.find_indicator(before) or ((head.indicator_code, "") if head else None)
            base_text = m.group("base")
            stated_base = int(base_text[:4]) if base_text[0].isdigit() else per.plan_end_year(base_text)
            # The year compared must be stated or be the year the release reports on: 是2015年的3倍 alone
            # compares with an unknown year and is not read.
            end = self.stated_year(m.start(), None, exclude=stated_base)
            base = stated_base if stated_base is not None else (end - 1 if end is not None else None)
            if end is None or base >= end:
                continue
            period = per.Period(base + 1, end)
            self.add("growth_rate", (times - 1) * 100, "percent", half_unit(m.group("num")) * 100, m.start("num"), m.end(),
                     found[0] if found else None, period, m.group("post"))
            self.taken.append((m.start("num"), m.end()))

    def tenths(self) -> None:
        for position, pattern in _TENTHS:
            for m in pattern.finditer(self.s):
                if self.free(m.start("num"), m.end("num") + 1):
                    self.tenth(position, m)

    def fractions(self) -> None:
        for position, pattern in _FRACTIONS:
            for m in pattern.finditer(self.s):
                _, clause_end = self.clauses.bounds(m.start(), m.end())
                if position == "head" and not ind.find_indicator(self.s[m.end() : clause_end], prefer="first"):
                    continue  # 三分之一的时间: a fraction of something the catalog does not count
                span = m.span("half") if m.group("half") else (m.start("den"), m.end("num"))
                if self.free(*span):
                    self.tenth(position, m)

    def tenth(self, position: str, m: re.Match[str]) -> None:
        """One N成 (or N分之M) figure; `position` says which of the three places it stands in."""
        clause_start, clause_end = self.clauses.bounds(m.start(), m.end())
        before = self.s[clause_start : m.start()]
        kind = "growth_rate" if position == "change" else "share"
        if position == "head":
            # 近四成的高新技术企业: the share is of the noun phrase that follows
            found = ind.find_indicator(self.s[m.end() : clause_end], prefer="first") or ind.find_indicator(before)
        else:
            found = ind.find_indicator(before)
        head = self.head_before(m.start()) if not found and cw.is_elliptical(before) else None
        indicator = found[0] if found else (head.indicator_code if head else None)
        if indicator and kind == "share":
            indicator = ind.share_indicator(indicator, self.s[clause_start:clause_end]) or indicator
        fraction = "den" in m.re.groupindex
        if fraction and m.group("half"):  # 一半, 半数
            value, precision, start, end = Decimal(50), Decimal("0.05"), m.start("half"), m.end("half")
        elif (numerator := cw.numeral_value(m.group("num"))) is None:
            return
        elif fraction:  # 三分之一: 1/3 of 100 %, stated exactly
            value, precision, start, end = numerator / cw.numeral_value(m.group("den")) * 100, Decimal("0.05"), \
                m.start("den"), m.end("num")
        else:  # 近四成: four tenths, stated to the nearest tenth
            value, precision, start, end = numerator * 10, Decimal(5), m.start("num"), m.end("num") + 1
        if position == "change" and m.group("change") in ("下降", "减少"):
            value = -value
        qualifier = m.group("pre") or m.group("post") or (
            cw.qualifier_before(self.s, m.start()) if position == "share" else None)  # 约占全省的四分之一
        self.add(kind, value, "percent", precision, start, end, indicator,
                 self.quantity_period(kind, m.start(), before), qualifier)

    def indices(self) -> None:
        for m in _INDEX.finditer(self.s):
            if not self.free(m.start("num"), m.end("num")):
                continue
            number = m.group("num")
            precision = half_unit(number)
            found = ind.find_indicator(self.s[: m.end("num")])
            year = self.stated_year(m.start(), self.context.published_year)
            self.add("level", cw.numeral_value(number), "index", precision, m.start("num"), m.end("num"),
                     found[0] if found else None, per.Period(year, year))

    # Periods --------------------------------------------------------------------------------------

    def stated_year(self, offset: int, default: int | None, exclude: int | None = None) -> int | None:
        """The last explicit or relative year before offset (2021年, 去年), else default."""
        last = last_position = None
        for position, year in self.years:  # in text order
            if position >= offset:
                break
            if year != exclude and self.s[position - 1 : position] not in ("由", "从"):
                # 从2020年的3010家增长到…: the year of a movement's start dates that start only
                last, last_position = year, position
        if last is not None:
            if self.times.relative or self.times.this_year:
                later = self.times.relative_year_after(last_position, offset, self.context.published)
                if later is not None:
                    return later  # 2024年…，今年力争…: the relative word is the nearer
            return last
        same = [end for end in self.same_year_ends if end <= offset] if self.same_year_ends else None
        if same:
            later_relative = [end for end, _ in self.times.relative if same[-1] < end <= offset]
            if not later_relative and (self.paragraph_year or self.context.reporting_year):
                return self.paragraph_year or self.context.reporting_year  # 当年新增…: the year being talked about
        relative = self.times.relative_year(offset, self.context.published, whole_year=False)
        if relative is not None:
            return relative
        if self.paragraph_year is not None:
            return self.paragraph_year
        if self.context.reporting_year is not None:
            return self.context.reporting_year  # 全年 in a release reporting on 2024 is 2024
        whole = self.times.relative_year(offset, self.context.published)  # 全年/年末: guessed from the date
        return whole if whole is not None else default

    def quantity_period(self, kind: str, offset: int, clause_before: str) -> per.Period:
        label = self.times.label(offset)
        if label is None and not self.times.whole_year_ahead(offset):
            label = self.paragraph_label  # …。下半年，力争全年…: 全年 ends the part of the year
        plan = self.plan
        published = self.context.published_year
        if kind in ("level", "share"):
            if cw.MOVEMENT_START.search(clause_before):
                # 由100家增长到…: the start of a movement is dated only by a year in its own clause.
                own = per.years_in(clause_before)
                year = own[-1][1] if own else per.plan_end_year(clause_before)  # 由“十三五”末的183亿元: 2020
                since = self.since_before(offset)
                if year is None and since is not None:
                    year = since - 1  # 2021年以来…由100家增长到…: the value the period started from
                plan = plan or self.context.plan
                if year is None and plan and published and plan.end < published + 1:
                    year = plan.start - 1  # “十三五”时期…从189家增加至625家: from the plan's base year
                if year is None and (span := self.span) and published:
                    year = published - span
                if year is not None:
                    self.movement_starts.append(year)
                return per.Period(year, year, label)
            default = published if self.since_before(offset) is None else self.until_now()
            frame = plan or self.context.plan
            compared = self.times.compared_year(offset)
            if compared is None and self.movement_starts and cw.MOVEMENT_END.search(clause_before):
                compared = self.movement_starts[-1]  # 从2020年的3010家增长到6200余家: 2020 dates the start only
            if frame and published and frame.end is not None and frame.end < published:
                default = frame.end  # a review of a finished plan period describes its last year
            # 较2021年增长31.5%,达到1086家: 2021 is the base of the change, not the level's year.
            year = self.stated_year(offset, default, exclude=compared)
            return per.Period(year, year, label or (frame.label if frame and year == default and default != published else None))
        # Changes: a plan period in the sentence, else a period since a year, else stated years, else the
        # document's plan frame.
        if plan is None and self.context.published_year and (ending := per.plan_ending_in(self.s[:offset])) \
                and ending.start > self.context.published_year:
            plan = ending  # 到“十五五”末…年均增长10%: a target over the coming plan
        if plan and _YEAR_ON_YEAR.search(clause_before):
            plan = None  # “十四五”以来…2024年…，较上年增加162亿元: a change over one year, not over the plan
        if plan:
            end = plan.end
            if re.search(f"{plan.label}[”\"’']?以来", self.s) and published and plan.start <= published <= plan.end:
                # “十四五”以来 runs from the plan's start to the release: to the year just completed when
                # the release comes out in the first half of a year.
                month = self.context.published.month if self.context.published else 12
                end = max(plan.start, published - 1 if month <= 6 else published)
            return per.Period(plan.start, end, plan.label)
        base = self.times.compared_year(offset)
        since = self.since_before(offset)
        if since is not None and base is None:
            # 2021年以来累计新增企业500家 / …年均增长12%: from that year to the time of the release.
            end = self.stated_year(offset, None) or self.until_now()
            return per.Period(since, end, label) if end is None or end >= since else per.Period(None, None, label)
        years = [y for _, y in self.years]
        if kind == "cagr" and len(years) >= 2:
            span = per.year_range(self.s[:offset])
            if span:
                return per.Period(span[0], span[1], label)  # 2021—2024年年均增长: the years of the period
            return per.Period(min(years) + 1, max(years), label)  # 由2016年的…增加到2020年的…: from the first
        last = self.found[-1] if self.found else None
        if kind in ("growth_rate", "cagr") and base is None and self.movement_starts and last is not None \
                and last.claim_kind == "level" and last.period_end_year is not None \
                and self.movement_starts[-1] < last.period_end_year:
            # 由“十三五”末的183亿元增长到2025年的2380亿元，实现翻番: over the movement just read.
            return per.Period(self.movement_starts[-1] + 1, last.period_end_year, label)
        end = self.stated_year(offset, None, exclude=base)
        if end is None and kind in ("growth_rate", "increase") and label and published:
            end = published  # 1-8月同比增长: the partial year of publication
        span = self.span
        if end is None and span and published and kind in ("cagr", "increase"):
            end = published  # 五年间…年均增长: the span ends with the release
        if end is not None:
            start = base + 1 if base is not None and base < end else end
            if kind in ("cagr", "increase") and span and base is None:
                start = end - span + 1
            return per.Period(start, end, label)
        if kind in ("cagr", "increase") and self.context.plan and published and self.context.plan.end <= published + 1:
            # The release is framed by a plan period (a five-year review): its changes span it.
            plan = self.context.plan
            return per.Period(plan.start, plan.end, plan.label)
        return per.Period(None, None, label)
