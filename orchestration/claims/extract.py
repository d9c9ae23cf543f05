"""Normalized release text → claims, each with kind, value, unit, period, zone, subject and span.

Rules key on vocabulary classes (units, measure words, change verbs, rank words) and the catalog and
registry, never on one release's sentences. Rank expressions are read first and their spans are not
read again as counts.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import asdict, dataclass
from datetime import date
from decimal import Decimal

from orchestration.claims import indicators as ind
from orchestration.claims import periods as per
from orchestration.claims import zones as zn
from orchestration.claims.numbers import MAGNITUDE, MAGNITUDES, NUMBER, parse_number, stated_decimals
from orchestration.claims.sentences import Sentence, clause_bounds, sentences
from orchestration.claims.units import UNIT_PATTERN, UNITS

CLAIM_KINDS = ("level", "increase", "growth_rate", "cagr", "rank", "rank_change", "share")

_UP = "上升|提升|跃升|攀升|前进|前移|提高"
_DOWN = "下降|下滑|后退|后移|回落|跌"
_RANK_MOVE = re.compile(
    rf"由(?:(?P<year>(?:19|20)\d{{2}})年(?:度)?的?)?第?(?P<from>{NUMBER})(?:位|名)"
    rf"(?P<dir>{_UP}|{_DOWN})(?:至|到|为)第?(?P<to>{NUMBER})(?:位|名)"
)
_RANK_CHANGE = re.compile(rf"(?P<dir>{_UP}|{_DOWN})了?(?P<n>{NUMBER})(?:个)?(?:位次|位|名)")
_RANK = re.compile(rf"(?:排名|排|位列|位居|居|列|名列)[^,，。;；]{{0,20}}?第(?P<n>{NUMBER})(?:位|名)?|第(?P<m>{NUMBER})(?:位|名)")
_QUANTITY = re.compile(
    rf"(?P<pre>约|近|超过|超|逾|达到|达)?(?P<num>{NUMBER})(?P<mag>{MAGNITUDE})?(?P<approx>余|多)?(?P<unit>{UNIT_PATTERN})"
)
_CAGR = re.compile(r"年均(?:增长|增速|增幅|递增|提高)|年平均增长|复合增长")
_GROWTH = re.compile(rf"(?:同比|比上年|较上年|较去年|比去年)?(?:增长|增加|提高|上涨|{_DOWN}|减少)(?:了)?$")
_DECLINE = re.compile(rf"(?:{_DOWN}|减少)(?:了)?$")
_INCREASE = re.compile(r"(?:新增|累计新增|净增|增加|新引进|新认定)")
_SHARE = re.compile(r"占[^,，。;；]{0,12}?(?:的|比重|比例)?(?:为|达)?$|占比(?:为|达)?$")


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

    def as_row(self) -> dict:
        return asdict(self)


def _claim_id(document_id: str, start: int, end: int, kind: str) -> str:
    return hashlib.sha256(f"{document_id}:{start}:{end}:{kind}".encode()).hexdigest()[:16]


def _is_article(number_text: str, unit: str) -> bool:
    # 一个/一家/一项 are mostly the indefinite article ("一个鲜活注脚"), not a count.
    return number_text == "一" and unit in ("个", "家", "项", "名", "座", "所", "件", "位", "支")


class _Context:
    def __init__(self, text: str, document_id: str, published: date | None):
        self.text = text
        self.document_id = document_id
        self.published_year = published.year if published else None
        self.default_zone = zn.dominant_zone(text)

    def zone_and_subject(self, sentence: Sentence, offset: int) -> tuple[str | None, str | None]:
        before = sentence.text[:offset]
        mentions = zn.zone_mentions(before) or zn.zone_mentions(sentence.text)
        zone_id = mentions[-1][2] if mentions else self.default_zone
        subject = zn.sub_entity_before(before) or (mentions[-1][1] if mentions else None)
        if subject is None:
            # The subject is often named in the sentence before ("这里…。贵州科学城内聚集…").
            previous = self.text[max(0, sentence.start - 200) : sentence.start]
            subject = zn.sub_entity_before(previous.split("\n")[-1])
        return zone_id, subject


def extract_claims(text: str, document_id: str, published: date | None = None) -> list[Claim]:
    context = _Context(text, document_id, published)
    claims: list[Claim] = []
    for sentence in sentences(text):
        claims.extend(_claims_in_sentence(sentence, context))
    return claims


def _make(context: _Context, sentence: Sentence, kind: str, value: Decimal, unit: str, precision: Decimal,
          start: int, end: int, indicator: str | None, period: per.Period, qualifier: str | None = None) -> Claim:
    zone_id, subject = context.zone_and_subject(sentence, start)
    absolute_start, absolute_end = sentence.start + start, sentence.start + end
    return Claim(
        claim_id=_claim_id(context.document_id, absolute_start, absolute_end, kind),
        document_id=context.document_id,
        zone_id=zone_id,
        subject=subject,
        indicator_code=indicator,
        claim_kind=kind,
        value=float(value),
        unit=unit,
        value_text=sentence.text[start:end],
        qualifier=qualifier,
        value_precision=float(precision),
        period_start_year=period.start,
        period_end_year=period.end,
        period_label=period.label,
        sentence=sentence.text.strip(),
        char_start=absolute_start,
        char_end=absolute_end,
    )


def _rank_indicator(sentence_text: str, start: int) -> str | None:
    found = ind.find_indicator(sentence_text[:start]) or ind.find_indicator(sentence_text[start:], prefer="first")
    return found[0] if found else None


def _claims_in_sentence(sentence: Sentence, context: _Context) -> list[Claim]:
    s = sentence.text
    claims: list[Claim] = []
    taken: list[tuple[int, int]] = []
    plan = per.plan_period_in(s)
    one = Decimal("0.5")

    for m in _RANK_MOVE.finditer(s):
        first, last = parse_number(m.group("from")), parse_number(m.group("to"))
        indicator = _rank_indicator(s, m.start())
        base_year = int(m.group("year")) if m.group("year") else None
        span = per.span_years(s[: m.start()])
        end_year = base_year + span if base_year and span else None
        claims.append(_make(context, sentence, "rank", first, "rank", one, m.start("from"), m.end("from") + 1,
                            indicator, per.Period(base_year, base_year)))
        claims.append(_make(context, sentence, "rank", last, "rank", one, m.start("to"), m.end(),
                            indicator, per.Period(end_year, end_year)))
        claims.append(_make(context, sentence, "rank_change", first - last, "rank", one, m.start(), m.end(),
                            indicator, per.Period(base_year + 1 if base_year else None, end_year)))
        taken.append((m.start(), m.end()))

    def free(start: int, end: int) -> bool:
        return all(end <= a or start >= b for a, b in taken)

    for m in _RANK_CHANGE.finditer(s):
        if not free(m.start(), m.end()):
            continue
        n = parse_number(m.group("n"))
        signed = n if re.fullmatch(_UP, m.group("dir")) else -n
        years = per.years_in(s[: m.start()])
        period = per.Period(years[-1][1], years[-1][1]) if years else per.Period(None, None)
        claims.append(_make(context, sentence, "rank_change", signed, "rank", one, m.start(), m.end(),
                            _rank_indicator(s, m.start()), period))
        taken.append((m.start(), m.end()))

    for m in _RANK.finditer(s):
        if not free(m.start(), m.end()):
            continue
        group = "n" if m.group("n") else "m"
        n = parse_number(m.group(group))
        years = per.years_in(s[: m.start()])
        year = years[-1][1] if years else context.published_year
        claims.append(_make(context, sentence, "rank", n, "rank", one, m.start(group) - 1, m.end(),
                            _rank_indicator(s, m.start(group)), per.Period(year, year)))
        taken.append((m.start(), m.end()))

    for m in _QUANTITY.finditer(s):
        if not free(m.start("num"), m.end()):
            continue
        number_text, unit_word = m.group("num"), m.group("unit")
        if _is_article(number_text, unit_word) or _glued_to_other_token(s, m):
            continue
        unit, multiplier = UNITS[unit_word]
        magnitude = MAGNITUDES[m.group("mag") or ""]
        value = parse_number(number_text) * magnitude * multiplier
        precision = Decimal(5) * Decimal(10) ** (-stated_decimals(number_text) - 1) * magnitude * multiplier
        clause_start, clause_end = clause_bounds(s, m.start(), m.end())
        before = s[clause_start : m.start()]
        after = s[m.end() : clause_end]
        kind = _kind(before, unit)
        if kind in ("growth_rate",) and _DECLINE.search(before.rstrip()):
            value = -value
        found = ind.find_indicator(after, prefer="first") if unit == "count" else None
        # Only the number's own clause names its indicator; a word elsewhere in the sentence is a guess.
        found = found or ind.find_indicator(before)
        indicator = (found[0] if found else None) or ind.indicator_for_unit(unit)
        period = _period(kind, s[: m.start()], plan, context)
        qualifier = m.group("pre") if m.group("pre") in ("约", "近", "超过", "超", "逾") else None
        qualifier = qualifier or m.group("approx")
        claims.append(_make(context, sentence, kind, value, unit, precision, m.start("num"), m.end(),
                            indicator, period, qualifier))
    return claims


def _glued_to_other_token(s: str, m: re.Match[str]) -> bool:
    """1+6+1, 5G, 39AI: digits that are part of a name or slogan, not a quantity."""
    before = s[m.start("num") - 1 : m.start("num")]
    return before in ("+", "-", "/", ".") or before.isascii() and before.isalnum()


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
    if _INCREASE.search(tail):
        return "increase"
    return "level"


def _period(kind: str, before: str, plan: per.Period | None, context: _Context) -> per.Period:
    years = per.years_in(before)
    if kind in ("level", "share"):
        if years:
            return per.Period(years[-1][1], years[-1][1])
        year = context.published_year
        if plan and year and plan.end is not None and plan.end < year:
            year = plan.end
        return per.Period(year, year)
    if plan:
        return per.Period(plan.start, plan.end, plan.label)
    if years:
        return per.Period(years[-1][1], years[-1][1])
    return per.Period(None, None)
