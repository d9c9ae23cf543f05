"""Normalized release text → claims, each with kind, value, unit, period, zone, subject and span.

Rules key on vocabulary classes (units, measure words, change verbs, rank words) and the catalog and
registry, never on one release's sentences. Rank expressions are read first and their spans are not
read again as counts.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from orchestration.claims import indicators as ind
from orchestration.claims import periods as per
from orchestration.claims import zones as zn
from orchestration.claims.numbers import ARABIC, MAGNITUDE, MAGNITUDES, NUMBER, parse_number, stated_decimals
from orchestration.claims.sentences import Sentence, clause_bounds, sentences
from orchestration.claims.units import UNIT_PATTERN, UNITS

CLAIM_KINDS = ("level", "increase", "growth_rate", "cagr", "rank", "rank_change", "share")
CHANGE_KINDS = ("increase", "growth_rate", "cagr", "rank_change")

_UP = "上升|提升|跃升|攀升|前进|前移|提高"
_DOWN = "下降|下滑|后退|后移|回落|跌"
_RANK_MOVE = re.compile(
    rf"由(?:(?P<year>(?:19|20)\d{{2}})年(?:度)?的?)?第?(?P<from>{NUMBER})(?:位|名)"
    rf"(?P<dir>{_UP}|{_DOWN})(?:至|到|为)第?(?P<to>{NUMBER})(?:位|名)"
)
_RANK_CHANGE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})了?(?P<n>{NUMBER})(?:个)?(?:位次|位|名)")
_RANK = re.compile(rf"(?:排名|排|位列|位居|居|列|名列)[^,，。;；]{{0,20}}?第(?P<n>{NUMBER})(?:位|名)?|第(?P<m>{NUMBER})(?:位|名)")
_QUANTITY = re.compile(
    rf"(?P<pre>约|近|超过|超|逾|达到|达)?(?P<num>{NUMBER})(?:(?P<mag_low>{MAGNITUDE})?(?:至|到|-|~|—|～)(?P<num_high>{NUMBER}))?"
    rf"(?P<mag>{MAGNITUDE})?(?P<approx>余|多)?(?P<unit>{UNIT_PATTERN})(?P<post>以上|左右|有余)?"
)
# 增长1.5倍 is a growth of 150 %; "是…的N倍" compares two things and is not read.
_TIMES = re.compile(rf"(?P<verb>同比增长|增长|增加|提高)了?(?P<num>{NUMBER})倍")
_INDEX = re.compile(rf"指数(?:为|达|达到|是|升至|提升至)?(?P<num>{ARABIC})(?![\d.]|\s*[%万亿千百个家项名位分点])")
_CAGR = re.compile(r"年均(?:增长|增速|增幅|递增|提高)|年平均增长|复合增长")
_GROWTH = re.compile(rf"(?:同比|比上年|较上年|较去年|比去年)?(?:增长|增加|提高|上涨|{_DOWN}|减少)(?:了)?$")
_DECLINE = re.compile(rf"(?:{_DOWN}|减少)(?:了)?$")
_INCREASE = re.compile(r"(?:新增|累计新增|净增|增加|新引进|新认定)")
_SHARE = re.compile(r"占[^,，。;；]{0,12}?(?:的|比重|比例)?(?:为|达)?$|占比(?:为|达)?$")
# 由100家增长到323家: the first number is the start of a movement, the second its end.
_MOVEMENT_START = re.compile(r"(?:由|从)(?:(?:19|20)\d{2}年(?:度|末|底)?的?)?$")
_MOVEMENT_END = re.compile(r"(?:增长|增加|增|提高|提升|上升|扩大|发展|跃升|下降|减少)(?:到|至|为)(?:(?:19|20)\d{2}年(?:度|末|底)?的?)?$")


@dataclass(frozen=True)
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

    def as_row(self) -> dict:
        return asdict(self)


def _claim_id(document_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{document_id}:{start}:{end}:{kind}".encode()).hexdigest()[:16]


def _is_article(number_text: str, unit: str) -> bool:
    # 一个/一家/一项 are mostly the indefinite article ("一个鲜活注脚"), not a count.
    return number_text == "一" and unit in ("个", "家", "项", "名", "座", "所", "件", "位", "支")


class _Context:
    """What a document tells every claim in it: its zone, its date, the plan period it speaks of."""

    def __init__(self, text: str, document_id: str, published: date | None):
        self.text = text
        self.document_id = document_id
        self.published_year = published.year if published else None
        self.home = zn.dominant_zone(text) or self._dominant_region(text)
        # The plan period a release is framed by (面向/“十四五”期间…) applies to changes that state none.
        self.plan = per.plan_period_in(text)

    @staticmethod
    def _dominant_region(text: str) -> str | None:
        counts = Counter(r[2] for r in zn.region_mentions(text) if ind.names_indicator_right_after(text, r[0] + len(r[1])))
        return counts.most_common(1)[0][0] if counts else None

_LEADING_YEAR = re.compile(r"^\s*(?:在|截至|截止)?((?:19|20)\d{2})\s*年(?:度|底|末)?(?:[,，、]|以来|全年|上半年|前三季度|1)")


def extract_claims(text: str, document_id: str, published: date | None = None) -> list[Claim]:
    context = _Context(text, document_id, published)
    claims: list[Claim] = []
    paragraph_year: int | None = None
    for sentence in sentences(text):
        if sentence.start == 0 or text[sentence.start - 1] == "\n":
            paragraph_year = None  # a new paragraph starts without the previous one's year
        # "2024年,西安高新区…。全区新增…。": a year opening a sentence dates the rest of its paragraph.
        leading = _LEADING_YEAR.match(sentence.text)
        if leading:
            paragraph_year = int(leading.group(1))
        claims.extend(_SentenceReader(sentence, context, paragraph_year).claims())
    return claims


class _SentenceReader:
    def __init__(self, sentence: Sentence, context: _Context, paragraph_year: int | None = None):
        self.sentence = sentence
        self.paragraph_year = paragraph_year
        self.s = sentence.text
        self.context = context
        self.taken: list[tuple[int, int]] = []
        self.found: list[Claim] = []
        # Mentions are found once per sentence; each claim keeps those before its number.
        self.zones = zn.zone_mentions(self.s)
        self.regions = zn.region_mentions(self.s, context.home)

    def zone_and_subject(self, offset: int, kind: str) -> tuple[str | None, str | None]:
        before = self.s[:offset]
        zones = [z for z in self.zones if z[0] + len(z[1]) <= offset] or self.zones
        # A region is a subject only where it qualifies an indicator word (全省技术合同成交额, 贵州省高新技术
        # 企业); 全国重点实验室 and 中南(贵州) name other things.
        regions = [r for r in self.regions if r[0] + len(r[1]) <= offset
                   and ind.names_indicator_right_after(before, r[0] + len(r[1]))]
        zone_id, name = (zones[-1][2], zones[-1][1]) if zones else (self.context.home, None)
        # A region is the subject only when it is named nearer the number than any zone and the claim is
        # not a rank or a share (位列全省第一, 占全省的26.6% name the whole a zone is measured against).
        if regions and kind not in ("rank", "share") and (not zones or regions[-1][0] > zones[-1][0]):
            zone_id, name = regions[-1][2], regions[-1][1]
        subject = zn.sub_entity_before(before) or name
        if subject is None:
            # The subject is often named in the sentence before ("这里…。贵州科学城内聚集…").
            previous = self.context.text[max(0, self.sentence.start - 200) : self.sentence.start]
            subject = zn.sub_entity_before(previous.split("\n")[-1])
        return zone_id, subject

    def free(self, start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in self.taken)

    def add(self, kind: str, value: Decimal, unit: str, precision: Decimal, start: int, end: int,
            indicator: str | None, period: per.Period, qualifier: str | None = None,
            upper: Decimal | None = None) -> None:
        zone_id, subject = self.zone_and_subject(start, kind)
        absolute_start, absolute_end = self.sentence.start + start, self.sentence.start + end
        self.found.append(Claim(
            claim_id=_claim_id(self.context.document_id, absolute_start, absolute_end, kind),
            document_id=self.context.document_id, zone_id=zone_id, subject=subject, indicator_code=indicator,
            claim_kind=kind, value=float(value), unit=unit, value_text=self.s[start:end], qualifier=qualifier,
            value_precision=float(precision), period_start_year=period.start, period_end_year=period.end,
            period_label=period.label, sentence=self.s.strip(), char_start=absolute_start, char_end=absolute_end,
            value_upper=float(upper) if upper is not None else None,
        ))

    def claims(self) -> list[Claim]:
        self.rank_moves()
        self.rank_changes()
        self.ranks()
        self.quantities()
        self.multiples()
        self.indices()
        return sorted(self.found, key=lambda c: (c.char_start, c.claim_kind))

    # Ranks ----------------------------------------------------------------------------------------

    def rank_indicator(self, number_start: int) -> str | None:
        found = ind.find_indicator(self.s[:number_start]) or ind.find_indicator(self.s[number_start:], prefer="first")
        return found[0] if found else None

    def rank_moves(self) -> None:
        half = Decimal("0.5")
        for m in _RANK_MOVE.finditer(self.s):
            first, last = parse_number(m.group("from")), parse_number(m.group("to"))
            if not re.fullmatch(_UP, m.group("dir")) and first > last:
                continue  # 下降 with a smaller number is a contradiction in the text itself: not read
            indicator = self.rank_indicator(m.start())
            base_year = int(m.group("year")) if m.group("year") else None
            span = per.span_years(self.s[: m.start()])
            # The later rank is dated by a span (五年间) or a year of its own, never by the base year.
            end_year = base_year + span if base_year and span else self.stated_year(m.start(), None, exclude=base_year)
            if end_year is None and base_year is None:
                end_year = self.stated_year(m.start(), None)
            self.add("rank", first, "rank", half, m.start("from"), m.end("from") + 1, indicator,
                     per.Period(base_year, base_year))
            self.add("rank", last, "rank", half, m.start("to"), m.end(), indicator, per.Period(end_year, end_year))
            self.add("rank_change", first - last, "rank", half, m.start(), m.end(), indicator,
                     per.Period(base_year + 1 if base_year else None, end_year))
            self.taken.append((m.start(), m.end()))

    def rank_changes(self) -> None:
        half = Decimal("0.5")
        for m in _RANK_CHANGE.finditer(self.s):
            if not self.free(m.start(), m.end()):
                continue
            n = parse_number(m.group("n"))
            signed = n if re.fullmatch(_UP, m.group("dir")) else -n
            before = self.s[: m.start()]
            base = per.compared_year(before)
            evaluation = self.stated_year(m.start(), None, exclude=base)
            if evaluation is None and base is not None:
                evaluation = base + 1
            start = base + 1 if base is not None else evaluation
            self.add("rank_change", signed, "rank", half, m.start(), m.end(), self.rank_indicator(m.start()),
                     per.Period(start, evaluation))
            self.taken.append((m.start(), m.end()))

    def ranks(self) -> None:
        half = Decimal("0.5")
        for m in _RANK.finditer(self.s):
            if not self.free(m.start(), m.end()):
                continue
            group = "n" if m.group("n") else "m"
            n = parse_number(m.group(group))
            year = self.stated_year(m.start(), self.context.published_year)
            self.add("rank", n, "rank", half, m.start(group) - 1, m.end(), self.rank_indicator(m.start(group)),
                     per.Period(year, year))
            self.taken.append((m.start(), m.end()))

    # Quantities -----------------------------------------------------------------------------------

    def quantities(self) -> None:
        s = self.s
        for m in _QUANTITY.finditer(s):
            if not self.free(m.start("num"), m.end()):
                continue
            number_text, unit_word = m.group("num"), m.group("unit")
            if _is_article(number_text, unit_word) or _glued_to_other_token(s, m):
                continue
            unit, multiplier = UNITS[unit_word]
            magnitude = MAGNITUDES[m.group("mag") or ""]
            low_magnitude = MAGNITUDES[m.group("mag_low") or m.group("mag") or ""]
            value = parse_number(number_text) * low_magnitude * multiplier
            upper = parse_number(m.group("num_high")) * magnitude * multiplier if m.group("num_high") else None
            precision = Decimal(5) * Decimal(10) ** (-stated_decimals(number_text) - 1) * low_magnitude * multiplier
            clause_start, clause_end = clause_bounds(s, m.start(), m.end())
            before, after = s[clause_start : m.start()], s[m.end() : clause_end]
            kind = _kind(before, unit)
            if kind == "growth_rate" and _DECLINE.search(before.rstrip()):
                value = -value
            found = ind.find_indicator(after, prefer="first") if unit == "count" else None
            # Only the number's own clause names its indicator; a word elsewhere in the sentence is a guess.
            found = found or ind.find_indicator(before)
            indicator = (found[0] if found else None) or ind.indicator_for_unit(unit)
            if indicator is None and _is_elliptical(before) and self.found:
                # …增长到323家,年均增长26.4% / 总数达到1.2万家 / 占全省的45.6%: the clause has no subject
                # of its own and continues the quantity just named.
                indicator = self.found[-1].indicator_code
            if indicator and kind == "share":
                # 占全省的17.6%: the catalog may hold the share itself (high_tech_enterprises_share_of_province).
                indicator = ind.share_indicator(indicator, before) or indicator
            if indicator and kind in ("level", "increase") and not ind.unit_fits(indicator, unit):
                indicator = None  # 研发经费投入强度5.2% is not R&D expenditure in yuan: never a guess
            period = self.quantity_period(kind, m.start(), before)
            qualifier = m.group("pre") if m.group("pre") in ("约", "近", "超过", "超", "逾") else None
            self.add(kind, value, unit, precision, m.start("num"), m.end(), indicator, period,
                     qualifier or m.group("approx") or m.group("post"), upper)

    def multiples(self) -> None:
        for m in _TIMES.finditer(self.s):
            if not self.free(m.start("num"), m.end()):
                continue
            number = m.group("num")
            clause_start, _ = clause_bounds(self.s, m.start(), m.end())
            before = self.s[clause_start : m.start()]
            found = ind.find_indicator(before)
            indicator = found[0] if found else (self.found[-1].indicator_code if _is_elliptical(before) and self.found else None)
            kind = "cagr" if _CAGR.search(self.s[clause_start : m.end()]) else "growth_rate"
            precision = Decimal(5) * Decimal(10) ** (-stated_decimals(number) - 1) * 100
            self.add(kind, parse_number(number) * 100, "percent", precision, m.start("num"), m.end(), indicator,
                     self.quantity_period(kind, m.start(), before))

    def indices(self) -> None:
        for m in _INDEX.finditer(self.s):
            if not self.free(m.start("num"), m.end("num")):
                continue
            number = m.group("num")
            precision = Decimal(5) * Decimal(10) ** (-stated_decimals(number) - 1)
            found = ind.find_indicator(self.s[: m.end("num")])
            year = self.stated_year(m.start(), self.context.published_year)
            self.add("level", parse_number(number), "index", precision, m.start("num"), m.end("num"),
                     found[0] if found else None, per.Period(year, year))

    # Periods --------------------------------------------------------------------------------------

    def stated_year(self, offset: int, default: int | None, exclude: int | None = None) -> int | None:
        """The last explicit or relative year before offset (2021年, 去年), else default."""
        years = [y for _, y in per.years_in(self.s[:offset]) if y != exclude]
        if years:
            return years[-1]
        relative = per.relative_year(self.s[:offset], self.context.published_year)
        if relative is not None:
            return relative
        return self.paragraph_year if self.paragraph_year is not None else default

    def quantity_period(self, kind: str, offset: int, clause_before: str) -> per.Period:
        s_before = self.s[:offset]
        label = per.partial_label(s_before)
        plan = per.plan_period_in(self.s)
        published = self.context.published_year
        if kind in ("level", "share"):
            if _MOVEMENT_START.search(clause_before):
                # 由100家增长到…: the start of a movement is dated only by its own year.
                year = self.stated_year(offset, None)
                if year is None and (span := per.span_years(self.s)) and published:
                    year = published - span
                return per.Period(year, year, label)
            default = published
            if plan and published and plan.end is not None and plan.end < published:
                default = plan.end
            year = self.stated_year(offset, default)
            return per.Period(year, year, label or (plan.label if plan and year == default and default != published else None))
        # Changes: a plan period in the sentence, else stated years, else the document's plan frame.
        if plan:
            end = plan.end
            if re.search(f"{plan.label}[”\"’']?以来", self.s) and published and plan.start <= published < plan.end:
                end = published  # “十四五”以来 runs from the plan's start to the release
            return per.Period(plan.start, end, plan.label)
        years = [y for _, y in per.years_in(self.s)]
        base = per.compared_year(s_before)
        if kind == "cagr" and len(years) >= 2:
            return per.Period(min(years) + 1, max(years), label)
        end = self.stated_year(offset, None, exclude=base)
        if end is None and kind == "growth_rate" and label and published:
            end = published  # 1-8月同比增长: the partial year of publication
        span = per.span_years(self.s)
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


_ELLIPSIS_WORDS = re.compile(r"同比|比上年|较上年|较去年|比去年|年均|增长|增速|增幅|增加|提高|下降|减少|总数|总量|总计|合计|累计|"
                             r"共|达到|达|超过|超|约|近|为|其中|占|全省|全市|全国|全区|的|比重|比例|了|到|至")


def _is_elliptical(clause_before: str) -> bool:
    """A clause with nothing but change, total and share words before its number (增长10.2%, 总数达到)."""
    return not _ELLIPSIS_WORDS.sub("", clause_before).strip()


def _glued_to_other_token(s: str, m: re.Match[str]) -> bool:
    """1+6+1, 5G, 39AI: digits that are part of a name or slogan, not a quantity."""
    before = s[m.start("num") - 1 : m.start("num")] if m.start("num") > 0 else ""
    return before in ("+", "-", "/", ".", "—") or (before.isascii() and before.isalnum())


def _kind(before: str, unit: str) -> str:
    tail = before.rstrip()
    if unit == "percent":
        if _CAGR.search(tail):
            return "cagr"
        if _SHARE.search(tail) or "占" in tail:
            return "share"
        if _GROWTH.search(tail):
            return "growth_rate"
        return "level"
    if unit == "percentage_point":
        return "increase"
    if _INCREASE.search(tail) and not _MOVEMENT_END.search(tail):
        return "increase"
    return "level"
