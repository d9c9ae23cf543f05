"""What the words around a number say about it: its kind and sign, whether it is a target or a
forecast, its qualifier, whether its clause continues the one before, and whether it is a quantity
at all. Word classes only — no positions, no documents; the extractor applies them.
"""

from __future__ import annotations

import re
from decimal import Decimal

from orchestration.claims.numbers import parse_number

UP = "上升|提升|跃升|攀升|前进|前移|提高|进位|晋位|跨越"
DOWN = "下降|下滑|后退|后移|回落|退位|跌"

CAGR = re.compile(r"年均(?:增长|增速|增幅|递增|提高)|年平均增长|复合增长|复合年均增长率|CAGR", re.I)
GROWTH = re.compile(rf"(?:同比|比上年|较上年|较去年|比去年)?(?:增长|增加|提高|上涨|{DOWN}|减少)(?:了)?$|(?:YoY|y/y)\s*[:：]?\s*$", re.I)
# 增速回落至4.1% / 增幅为12%: the rate of growth named as a noun.
GROWTH_NOUN = re.compile(r"(?:增速|增幅|增长率|增长速度)(?:分别)?(?:为|达|达到|保持|回落至|回落到|提高至|提升至|降至|升至|加快至)?$")
DECLINE = re.compile(rf"(?:{DOWN}|减少|净减|收窄|缩小)(?:了)?$")
LESS = re.compile(r"减少|净减")  # 净减企业20家: an increase of −20
INCREASE = re.compile(r"(?:新增|新建(?!成)|累计新增|净增|净减|增加(?!值)|减少|新引进|累计引进|新认定|新设立|新设|新注册|新拓展|新落地|新获批|"
                      r"新培育|新建成|新获评|新入选|引进)")
SHARE = re.compile(r"占[^,，。;；]{0,12}?(?:的|比重|比例)?(?:为|达)?$|占比(?:为|达)?$")
# 由100家增长到323家: the first number is the start of a movement, the second its end.
MOVEMENT_START = re.compile(r"(?:由|从)(?:(?:19|20)\d{2}年(?:度|末|底)?的?|[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|期末)的?)?$")
MOVEMENT_END = re.compile(r"(?:增长|增加|增|提高|提升|上升|扩大|发展|跃升|下降|减少)(?:到|至|为)(?:(?:19|20)\d{2}年(?:度|末|底)?的?)?$")


# 户均拥有发明专利23件, 人均营业收入: a figure per firm, person or area is not the indicator itself.
PER_UNIT = re.compile(r"户均|人均|家均|地均|平均每|每家|每个|每户|每人|每万|每千|每百|每平方公里|单个")


def is_article(number_text: str, unit: str) -> bool:
    # 一个/一家/一项 are mostly the indefinite article ("一个鲜活注脚"), not a count.
    return number_text == "一" and unit in ("个", "家", "项", "名", "座", "所", "件", "位", "支", "场", "笔", "户")


# Words that make what follows them in a sentence a target or a forecast rather than a reported figure.
# 到2027年 opens a target only at the head of a clause: in 增长到2025年的323家 it ends a movement.
# 到2027年 is spelled out after each clause opener (,到… | ，到… | …) rather than as a class or ^, so that
# every alternative opens with one character and `re` can scan for them; at the sentence's start,
# TARGET_AT_START reads it.
_TARGET_BY_YEAR = r"\s*到(?:(?:19|20)\d{2}年|[“\"]?十[一二三四五六七八九]五[”\"]?(?:末|期末))"  # 到2027年, 到“十五五”末
# 计划 names a programme after a noun or before 项目 (千人计划, 国家重点研发计划项目, 省科技计划项目): then it sets
# no target.
TARGET = re.compile("目标|力争|争取|计(?<![人才炬英星发技”\"」’]计)划(?!项目|专项|课题|资金|经费|支持|单列)|规划到|确保|下一步|预期目标|"
                    + "|".join(re.escape(opener) + _TARGET_BY_YEAR for opener in ",，;；:：“\"‘「『（(【"))
TARGET_AT_START = re.compile(_TARGET_BY_YEAR)
FORECAST = re.compile(r"预计|预期|有望|可望|达产后")
# 将突破 / 将达到 look ahead: a forecast, unless a target was set earlier in the sentence (到2027年…将突破).
FUTURE = re.compile(r"将(?:[\u4e00-\u9fff]{0,2}?)(?:实现|达到|突破|超过|新增|引进|建成|新建|建设|培育|打造|形成)|拟")
ANY_MODALITY_WORD = re.compile(r"目标|力争|争取|计划|规划|确保|下一步|到(?:19|20)\d{2}年|到[“\"]?十|预计|预期|有望|可望|达产|将")
# 已引进 / 已完成 / 实际到位: a reported figure again after a target or forecast in the same sentence.
ACTUAL = re.compile(r"已经|已|实际(?!使用|利用|到位)|实现了")


def target_words(sentence: str) -> list[re.Match[str]]:
    """The words that set a target (目标, 力争, 到2027年 opening a clause), left to right."""
    at_start = TARGET_AT_START.match(sentence)
    return ([at_start] if at_start else []) + list(TARGET.finditer(sentence, at_start.end() if at_start else 0))


def modality_marks(sentence: str) -> list[tuple[int, str]]:
    """(end, modality) of every target and forecast word of a sentence, in order."""
    if not ANY_MODALITY_WORD.search(sentence):
        return []
    # 完成年度目标的105%: reaching a target is an outcome.
    marks = [(m.end(), "target") for m in target_words(sentence)
             if "完成" not in sentence[max(0, m.start() - 6) : m.start()]]
    marks += [(m.end(), "forecast") for m in FORECAST.finditer(sentence)]
    marks += [(m.end(), "actual") for m in ACTUAL.finditer(sentence)]
    first_target = min((end for end, kind in marks if kind == "target"), default=None)
    marks += [(m.end(), "forecast") for m in FUTURE.finditer(sentence)
              if first_target is None or m.end() < first_target]
    return sorted(marks)


_CLAUSE_END = re.compile(r"[，,；;]")
_SEMICOLON = re.compile(r"[；;]")


def modality_at(marks: list[tuple[int, str]], offset: int, sentence: str) -> str:
    """The nearest target or forecast word before a number decides (计划…，达产后预计… → a forecast);
    已/实际 make it a reported figure again only inside the number's own clause (…，已引进企业80家)."""
    if not marks:
        return "actual"
    # A semicolon ends what a target or forecast word governs (2025年预计突破2.2万亿元；高新技术企业…).
    before = [modality for end, modality in marks if end <= offset
              and not _SEMICOLON.search(sentence, end, offset)
              and (modality != "actual" or not _CLAUSE_END.search(sentence, end, offset))]
    return before[-1] if before else "actual"


VALUE_LIST_GLUE = re.compile(r"\s*(?:、|和|及|与|以及)\s*")
ELLIPSIS_WORDS = re.compile(r"“十三五”|“十四五”|“十五五”|十三五|十四五|十五五|期间|时期|以来|实现|保持|持续|比年初|较年初|同比|环比|比上年|较上年|较去年|比去年|年均|增长|增速|增幅|增加|提高|下降|减少|总数|总量|总计|合计|累计|"
                             r"共有|共|达到|已达|达|突破|超过|超|约|近|为|其中|占|全省|全市|全国|全区|的|比重|比例|了|到|至|"
                             r"分别|净增|净减|新增|"
                             # years spelled from their first digit (19…|20…), so that every word opens with a character
                             r"19\d{2}年?\s*(?:[-—–~～]|至|到)\s*(?:19|20)\d{2}年|20\d{2}年?\s*(?:[-—–~～]|至|到)\s*(?:19|20)\d{2}年|"
                             r"19\d{2}年(?:度|底|末)?|20\d{2}年(?:度|底|末)?|当年|同期|全年|其中|由|从|比|较")


def is_elliptical(clause_before: str) -> bool:
    """A clause with nothing but change, total and share words before its number (增长10.2%, 总数达到)."""
    return not ELLIPSIS_WORDS.sub("", clause_before).strip()


# Read backwards from the number rather than as an optional group in front of it: a pattern that may
# start with either a word or a number is tried twice at every character of every sentence.
QUALIFIER_BEFORE = re.compile(r"(约|近(?<![最附将接]近)|超过|超|逾|突破|不足|不到|少于|不超过|未超过|不高于|不低于|不少于)(?:为|是|达到|达)?$")


# 约占全省的42.4%: in a share the qualifier may stand before 占.
QUALIFIER_BEFORE_SHARE = re.compile(r"(约|近|超过|超|逾|不足|不到)占[^,，。;；]{0,12}$")


def qualifier_before(s: str, start: int) -> str | None:
    match = QUALIFIER_BEFORE.search(s, max(0, start - 5), start)
    if match is None and "占" in s[max(0, start - 14) : start]:
        match = QUALIFIER_BEFORE_SHARE.search(s, max(0, start - 16), start)
    return match.group(1) if match else None


def numeral_value(text: str) -> Decimal | None:
    """The value of a numeral our patterns found, or None when it is not a well-formed number (百, 十十):
    one odd string must never stop a release from being read."""
    try:
        return parse_number(text)
    except (ValueError, ArithmeticError, KeyError, IndexError):  # cn2an raises KeyError on 十十五
        return None


def glued_to_other_token(s: str, m: re.Match[str]) -> bool:
    """1+6+1, 5G, 39AI: digits that are part of a name or slogan, not a quantity."""
    before = s[m.start("num") - 1 : m.start("num")] if m.start("num") > 0 else ""
    return before in ("+", "-", "/", ".", "—") or (before.isascii() and before.isalnum())


# Numbers that qualify something else rather than state a quantity: 两位数增长, 两项指标, 前100名 (a rank
# band), 超10亿元项目 / 亿元以上项目 (a size class), 高于全市4.3个百分点 (a gap between places), 可容纳80家
# (a capacity).
NOT_A_QUANTITY_AFTER = re.compile(r"数|指标|以上的?(?:项目|企业)|(?:的)?(?:项目|企业|产业集群|级)")
RANK_BAND_BEFORE = re.compile(r"前\s*$")  # 前100名: a rank band (目前, 前三季度 are not)
CAPACITY_BEFORE = re.compile(r"(?:可容纳|容纳|可入驻|可吸纳)[^,，。;；]{0,6}$")
GAP_BEFORE = re.compile(r"(?:高(?<!不高)于|低(?<!不低)于|高出|低出|快于|慢于|领先)[^,，。;；]{0,8}$|"
                        r"平均(?:水平|值)?(?:高|低|快|慢)(?:出)?\s*$")  # 比全市平均水平高2个百分点  # 高于全市4.3个百分点


_TARGET_SHARE_BEFORE = re.compile(r"(?:目标|计划|任务)(?:的)?$")
_COUNTED_MEASURE_AFTER = re.compile(r"数|指标")  # 两项指标
_DURATION_AFTER = re.compile(r"月|小时|工作日|季度|星期")
_PLACES_AFTER = re.compile(r"(?:国家级?)?(?:高新区|园区|开发区|区县|片区|城市|部门|省份|省市|地市)")
# …counted, not referred to: 共有/达到 N家园区, and the country's or the evaluation's zones (全国178家, 参评的178家).
_COUNTING_VERB_BEFORE = re.compile(r"(?:有|达|达到|新增|共|拥有|总数|数量|全国|我国|参评的?|评价的?)\s*$")


# 给予最高1亿元综合资助, 给予50万元建站补贴, 每家奖励20万元: what a policy grants per case is not a figure of
# the zone (a total paid out, 兑现奖补资金3.2亿元, is).
_POLICY_CAP_BEFORE = re.compile(r"(?:最高|最多|单笔|一次性|每家|每个|每项|每人|每户)(?:给予|奖励|补贴|资助|支持)?\s*$")
_POLICY_GRANT_AFTER = re.compile(r"[\u4e00-\u9fff]{0,4}?(?:资助|补贴|奖励|奖补|补助|贴息)")


# 租金减免50%, 按研发投入的20%给予奖励: a policy's rate, not a figure of the zone.
_POLICY_WORD = re.compile(r"减免|减半|返还|补贴|奖励|资助|贴息|补助")
_POLICY_RATE_BEFORE = re.compile(r"(?:减免|减半|返还|补贴|奖励|资助|贴息|补助)[^,，。;；]{0,4}$")
_POLICY_RATE_AFTER = re.compile(r"[^,，。;；]{0,6}?(?:给予|的)?(?:补贴|奖励|资助|补助|贴息|减免|返还)")


def is_policy_rate(s: str, start: int, end: int) -> bool:
    if not _POLICY_WORD.search(s, max(0, start - 10), end + 12):
        return False
    return bool(_POLICY_RATE_BEFORE.search(s, max(0, start - 10), start) or _POLICY_RATE_AFTER.match(s, end))


def _is_policy_support(s: str, start: int, end: int) -> bool:
    before = s[max(0, start - 8) : start]
    return ("最" in before or "每" in before or "单笔" in before or "一次性" in before) and bool(
        _POLICY_CAP_BEFORE.search(before)) or ("给予" in before and bool(_POLICY_GRANT_AFTER.match(s, end)))


_MONEY_UNITS = ("亿元", "万元", "元", "万亿元")
_IDIOM_AFTER = re.compile(r"一流|一体|一批|一线|合一|一策|一张网")


def qualifies_something_else(s: str, m: re.Match[str], unit: str) -> bool:
    start, end = m.span()
    # Each rule looks only where its unit can be (cheap tests first: this runs for every number read).
    if _IDIOM_AFTER.match(s, end):
        return True  # 三个一流, 三位一体, 一企一策: a set phrase, not a count
    if unit in ("位", "项", "个", "年", "家"):
        if unit in ("位", "项") and _COUNTED_MEASURE_AFTER.match(s, end, end + 6):
            return True
        if unit in ("个", "项") and s.endswith("指标", 0, start):
            return True  # 一级指标5个: the size of a scoring system
        if unit in ("个", "年") and _DURATION_AFTER.match(s, end, end + 6):
            return True  # 用时3个月: a duration
        if unit in ("家", "个") and _PLACES_AFTER.match(s, end, end + 6) \
                and not _COUNTING_VERB_BEFORE.search(s[max(0, start - 4) : start]):
            return True  # 三家园区…分别: a reference to places named before, not a count of them
    elif unit == "%":
        if _TARGET_SHARE_BEFORE.search(s, max(0, start - 6), start):
            return True  # 完成年度目标的103.2%: progress towards a target, not a figure of the zone
    elif unit in _MONEY_UNITS and (NOT_A_QUANTITY_AFTER.match(s, end, end + 6) or _is_policy_support(s, start, end)):
        return True
    before = s[max(0, start - 12) : start]
    if unit in ("名", "位") and RANK_BAND_BEFORE.search(before):
        return True
    if unit not in ("家", "名", "个", "项", "件", "人") and (
            "差距" in before or ("于" in before or "出" in before or "领先" in before or "平均" in before)
            and GAP_BEFORE.search(before)):
        return True  # 高于全市平均水平2个百分点, 差距缩小到2个百分点: a gap between places
    return ("纳" in before or "入驻" in before) and bool(CAPACITY_BEFORE.search(before))


# 增长约15% / 下降超过3%: a qualifier between the verb and the number does not change what the verb says.
TRAILING_QUALIFIER = re.compile(r"(?:约|近|超过|超|逾|达到|达|高达|不足|不到|少于|不高于|不低于|不少于|不超过)\s*$")


def without_trailing_qualifier(before: str) -> str:
    return TRAILING_QUALIFIER.sub("", before.rstrip()).rstrip()


def is_decrease(before: str, kind: str) -> bool:
    """下降2.3% / 减少20家: the change is negative; 净减企业20家 too, unless an increase word follows 净减.
    降幅收窄1.4个百分点 is a decline that shrank: the rate rose."""
    if match := DECLINE.search(without_trailing_qualifier(before)):
        return not (match.group(0).startswith(("收窄", "缩小")) and "降幅" in before)
    if kind != "increase":
        return False
    last_increase = max((m.end() for m in INCREASE.finditer(before) if not LESS.fullmatch(m.group(0))), default=0)
    return bool(LESS.search(before, last_increase))


def kind(before: str, unit: str) -> str:
    tail = without_trailing_qualifier(before)
    if unit == "percent":
        if CAGR.search(tail):
            return "cagr"
        if SHARE.search(tail) or "占" in tail:
            return "share"
        if GROWTH.search(tail) or GROWTH_NOUN.search(tail):
            return "growth_rate"
        return "level"
    if unit == "percentage_point":
        return "increase"
    if INCREASE.search(tail) and not MOVEMENT_END.search(tail):
        return "increase"
    return "level"
