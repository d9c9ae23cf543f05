"""Traditional → simplified with OpenCC, plus the corrections OpenCC's t2s is known to need.

OpenCC keeps 著 where the aspect particle or the verb 着 is meant (有著, 著力, 书写著); in
simplified text those are 着, while 著 stays in 著名, 显著, 著作. The table below lists the
contexts in which 著 is the particle or verb; anything else is left as OpenCC wrote it.
"""

from __future__ import annotations

import re
from difflib import SequenceMatcher
from functools import lru_cache

import opencc

from orchestration.text.changes import changed_characters

_converter = opencc.OpenCC("t2s")

# Verbs after which 著 is the durative particle 着, and words that begin with the verb 着.
_PARTICLE_AFTER = (
    "有 写 随 意味 本 接 沿 朝 向 围绕 带 看 拿 跟 等 想 说 听 穿 坐 站 躺 活 忙 走 跑 笑 哭 "
    "闪 闪烁 流淌 承载 肩负 承担 蕴含 蕴藏 发挥 扮演 保持 持续 面临 存在 伴随 充满 引领 推动 "
    "见证 记录 标志 预示 彰显 映照 守护 引导 连接 链接 支撑 牵引"
).split()
_VERB_WORDS = "着力 着眼 着手 着重 着陆 着装 着落 着想 着实 着迷 着急 着凉 着火 着色 着墨 着笔".split()

_FIXES = [(w.replace("着", "著"), w) for w in _VERB_WORDS]
_PARTICLE = re.compile("(" + "|".join(sorted(map(re.escape, _PARTICLE_AFTER), key=len, reverse=True)) + ")著")
_NOT_PARTICLE = ("著名", "著作", "著称", "著述", "显著", "卓著", "昭著", "土著", "编著", "专著", "名著", "论著", "原著", "巨著", "遗著", "合著")


def fix_zhe(text: str) -> tuple[str, int]:
    """Replace 著 by 着 where it is the particle or the verb; returns (text, number of fixes)."""
    count = 0
    for wrong, right in _FIXES:
        n = text.count(wrong)
        if n:
            text = text.replace(wrong, right)
            count += n

    def particle(match: re.Match[str]) -> str:
        nonlocal count
        after = match.string[match.end() - 1 : match.end() + 1]
        if after in _NOT_PARTICLE:
            return match.group(0)
        count += 1
        return match.group(1) + "着"

    return _PARTICLE.sub(particle, text), count


@lru_cache(maxsize=8192)
def _convert_short(text: str) -> str:
    return _converter.convert(text)


def to_simplified(text: str) -> str:
    """OpenCC t2s only (no 著 fixes): cached for the single characters the repair steps score."""
    if len(text) <= 4:
        return _convert_short(text)
    return _converter.convert(text)


def simplify(text: str) -> tuple[str, int, int]:
    """Returns (simplified text, characters changed by t2s, 著→着 fixes)."""
    converted = _converter.convert(text)
    if len(converted) == len(text):
        changed = changed_characters(text, converted)
    else:  # a phrase conversion changed the length: count what the alignment says was replaced
        opcodes = SequenceMatcher(None, text, converted, autojunk=False).get_opcodes()
        changed = sum(max(i2 - i1, j2 - j1) for tag, i1, i2, j1, j2 in opcodes if tag != "equal")
    fixed, fixes = fix_zhe(converted)
    return fixed, changed, fixes


_to_traditional = opencc.OpenCC("s2t")


def to_traditional(text: str) -> str:
    """Used only to give the repair vocabulary its traditional spellings."""
    return _to_traditional.convert(text)
