"""Site boilerplate out of the body, so no number can be extracted from a footer.

Two rules, both on lines: a line that is nothing but a known boilerplate form (copyright, ICP and
licence numbers, link lists, image credits, editor bylines, navigation crumbs) is dropped; and
everything from the first hard footer line (友情链接, Copyright, ICP备) to the end is dropped, since
site footers run to the end of the page. Inline image credits in parentheses are removed too.
"""

from __future__ import annotations

import re

# A body sentence ends with sentence punctuation; boilerplate lines (footers, credits, bylines) do not.
# Lines with a finished sentence are never dropped by the keyword rules below, so a sentence that
# merely mentions 主办单位 or an ICP licence keeps its numbers.
_SENTENCE = re.compile(r"[。！？!?]\s*[”’」』)]?\s*$|[。！？]")
# A footer starts with one of these words (always a footer, sentence or not), or is a line that
# carries an ICP licence number without being a sentence.
_FOOTER_WORD = re.compile(r"^\s*(?:友情链接|友情鏈接|Copyright|版权所有|版權所有|\(c\)\s*\d{4})", re.I)
_COPYRIGHT_SIGN = re.compile(r"^\s*©")  # also a photo credit (©新华社记者 张三 摄): a footer only when not a sentence
_FOOTER_LICENCE = re.compile(r"ICP[备備]\s*\d", re.I)
_BOILERPLATE_LINE = re.compile(
    r"ICP[备備证證]|许可证\s*(?:编号\s*[:：]?\s*)?\d|許可證\s*\d|公网安备|公網安備|主办单位|主辦單位|承办单位|版权所有|版權所有|Copyright|"
    r"All Rights Reserved|^\s*[（(]?\s*(图片来源|圖片來源|图片|圖片|摄影|攝影)\s*[:：]|"
    r"^\s*[（(]?\s*(责任编辑|責任編輯|编辑|編輯|来源|來源|作者)\s*[:：]\s*[^\s（()）]{0,30}\s*[)）]?\s*$|"
    r"^\s*(首页|首頁)\s*[>＞»]|^\s*(分享到|扫一扫|掃一掃|打印本页|关闭窗口|返回顶部)",
    re.I,
)
# A byline: a date or time with source/author/editor/views fields (each followed by a colon) and
# nothing else: 2025-12-10 09:30 来源:某网 / 作者:张三 编辑:李四.
_BYLINE = re.compile(
    r"^\s*(?:(?:发布|发表|更新)?(?:时间|日期)\s*[:：]\s*)?(?:(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?)?\s*(?:\d{1,2}:\d{2}(?::\d{2})?)?\s*"
    r"(?:(?:来源|來源|作者|编辑|責任編輯|责任编辑|记者|通讯员|浏览|阅读|点击|字号)\s*[:：]\s*\S{0,20}\s*)*$"
)
_INLINE_CREDIT = re.compile(r"[（(]\s*(图片来源|圖片來源|摄影|攝影|图|圖)\s*[:：][^（()）]{0,60}[)）]")


def strip_boilerplate(text: str) -> tuple[str, int]:
    """Returns (body text, number of lines removed)."""
    lines = text.split("\n")
    kept: list[str] = []
    removed = 0
    for index, line in enumerate(lines):
        sentence = bool(_SENTENCE.search(line))
        if _FOOTER_WORD.search(line) or ((_FOOTER_LICENCE.search(line) or _COPYRIGHT_SIGN.search(line)) and not sentence):
            removed += sum(1 for rest in lines[index:] if rest.strip())
            break
        if not sentence and (_BOILERPLATE_LINE.search(line) or (line.strip() and _BYLINE.match(line))):
            removed += 1
            continue
        without_credit = _INLINE_CREDIT.sub("", line)
        if without_credit != line:
            removed += 1 if not without_credit.strip() else 0
            line = without_credit
        kept.append(line)
    return "\n".join(kept), removed
