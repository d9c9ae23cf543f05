"""Repairs: GBK shift mojibake, pinyin annotations, 著/着, width folding, boilerplate, the whole chain.

Short strings are synthetic fixtures; the founding release is real and compared to a golden file
that was checked by hand against the source, character by character.
"""

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from orchestration.reference import repair_vocabulary
from orchestration.text.boilerplate import strip_boilerplate
from orchestration.text.mojibake import repair_gbk_shift
from orchestration.text.normalize import document_id, normalize_text
from orchestration.text.pinyin_annotations import is_reading, remove_pinyin_annotations
from orchestration.text.simplify import fix_zhe, simplify
from orchestration.text.width import fold_width


def shift_mojibake(text: str) -> tuple[str, int]:
    """Make GBK byte-shift mojibake the way the scraper did: the pair straddling the lost byte shows
    as `?`, the rest is decoded one byte out of step, full-width ASCII is flattened to ASCII, and
    pairs that are not GBK are dropped. Returns (mojibake, number of dropped pairs)."""
    shifted = text.encode("gbk")[1:]
    out, dropped, i = ["?"], 0, 0
    while i < len(shifted):
        byte = shifted[i]
        if byte < 0x80:
            out.append(chr(byte))
            i += 1
            continue
        try:
            char = shifted[i : i + 2].decode("gbk")
        except UnicodeDecodeError:
            char, dropped = "", dropped + 1
        out.append(chr(ord(char) - 0xFEE0) if char and 0xFF01 <= ord(char) <= 0xFF5E else char)
        i += 2
    return "".join(out), dropped


class TestGbkShift:
    def test_founding_release_runs_are_repaired(self, founding_raw_text):
        result = repair_gbk_shift(founding_raw_text, repair_vocabulary())
        afters = [r.after for r in result.repairs]
        assert afters == ["。“十四五”期間", "。“微成長"]
        assert "?!" not in result.text
        # Every run lost its first byte (flagged); the first also lost a pair: 十四五 came from the vocabulary.
        assert [r.restored_bytes for r in result.flagged] == ["vocabulary:十四五", "lead_byte"]

    @pytest.mark.parametrize("run", ["。“科学城”建設", "。“高新技术企业”長"])
    def test_synthetic_shift_without_lost_bytes_round_trips(self, run):
        # Synthetic: generated with shift_mojibake, which reproduces the founding release's runs exactly.
        garbled, dropped = shift_mojibake(run)
        assert dropped == 0
        result = repair_gbk_shift("前文" + garbled + "后文")
        assert result.text == "前文" + run + "后文"
        assert [r.restored_bytes for r in result.flagged] == ["lead_byte"]

    @pytest.mark.parametrize(("run", "term"), [("。“十四五”期間", "十四五"), ("。新增孵化器長", "新增孵化器")])
    def test_lost_pair_restored_from_vocabulary_and_flagged(self, run, term):
        garbled, dropped = shift_mojibake(run)
        assert dropped == 1
        result = repair_gbk_shift("前文" + garbled + "后文", [term, "无关词语"])
        assert result.text == "前文" + run + "后文"
        assert [r.restored_bytes for r in result.flagged] == [f"vocabulary:{term}"]

    def test_lost_pair_without_vocabulary_is_not_guessed(self):
        garbled, dropped = shift_mojibake("。“十三五”時期")
        assert dropped == 2
        result = repair_gbk_shift("前文" + garbled + "后文", repair_vocabulary())
        # Two lost pairs: the words cannot be restored. The shift gives back readable but wrong text
        # (“叔” for “十三五”), which is why every shift repair is flagged for a human look.
        assert "十三五" not in result.text
        assert [(r.before, r.after, r.restored_bytes) for r in result.flagged] == [("?!笆濉睍r", "。“叔”時", "lead_byte")]

    def test_clean_text_with_question_marks_is_untouched(self):
        for text in ["是吗?我们有5G网络", "为什么?Because", "你好?!今天Good", "增长?不,下降Q"]:
            assert repair_gbk_shift(text, repair_vocabulary()).text == text


class TestPinyin:
    def test_founding_release_annotations_removed(self, founding_raw_text):
        repaired = repair_gbk_shift(founding_raw_text, repair_vocabulary()).text
        text, count, chars = remove_pinyin_annotations(repaired)
        # 547 annotations on 77 kinds of character in the scraped copy, plus the one the mojibake
        # repair re-attached to its character (長(zhǎng) after `砷L`).
        assert (count, len(chars)) == (548, 77)
        assert "(yáng)" not in text and "(zhǎng)" not in text

    @pytest.mark.parametrize(
        "text",
        ["(上海)", "(图片来源:贵阳高新区)", "(GDP)", "贵阳(Guiyang)", "(市、县、开发区)", "中南(贵州)",
         "好(ma)", "区(qu1)", "高(gao xin)", "AI(ài)"],
    )
    def test_legitimate_parentheses_survive(self, text):
        assert remove_pinyin_annotations(text)[0] == text

    @pytest.mark.parametrize(
        ("text", "expected"),
        [("貴陽(yáng)", "貴陽"), ("區(qū)", "區"), ("長(zhǎng)", "長"), ("长(cháng)", "长"), ("中（zhōng）国", "中国"),
         ("绿(lǜ)色", "绿色"), ("好(hao)", "好")],
    )
    def test_readings_removed(self, text, expected):
        assert remove_pinyin_annotations(text)[0] == expected

    @settings(max_examples=200, deadline=None)
    @given(char=st.characters(min_codepoint=0x4E00, max_codepoint=0x9FFF),
           syllable=st.text(alphabet="abcdefghijklmnopqrstuvwxyzāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü", min_size=1, max_size=6))
    def test_only_readings_are_ever_removed(self, char, syllable):
        text = f"{char}({syllable})"
        removed = remove_pinyin_annotations(text)[0] != text
        assert removed == is_reading(char, syllable)


class TestSimplify:
    @pytest.mark.parametrize(
        ("traditional", "simplified"),
        [("這裏有著“硬核”的創新力", "这里有着“硬核”的创新力"), ("著力提升孵化服務能力", "着力提升孵化服务能力"),
         ("共同書寫著一份答卷", "共同书写着一份答卷"), ("成效顯著", "成效显著"), ("著名企業", "著名企业"),
         ("有著名的研究院", "有著名的研究院"), ("意味著轉型", "意味着转型")],
    )
    def test_t2s_with_zhe_fixes(self, traditional, simplified):
        assert simplify(traditional)[0] == simplified

    def test_zhe_fix_counts(self):
        assert fix_zhe("有著 著力 书写著 显著")[1] == 3


def test_width_folding_only_digits_letters_percent():
    assert fold_width("增长６.４％,ＧＤＰ达１２３亿元，")[0] == "增长6.4%,GDP达123亿元，"
    assert fold_width("１２．５亿")[0] == "12.5亿"


def test_boilerplate_lines_and_footer_removed():
    text = "正文第一段。\n(图片来源:某某)\n正文第二段(图片来源:新华社)。\n友情链接: 政府\n页脚 123 号\nCopyright 2025"
    body, removed = strip_boilerplate(text)
    assert body.split("\n") == ["正文第一段。", "正文第二段。"]
    assert removed == 4


def test_founding_release_normalizes_to_golden(founding_raw_text, founding_golden):
    normalized = normalize_text(founding_raw_text, repair_vocabulary())
    assert normalized.text == founding_golden
    assert normalized.quality_flag == "restored"
    assert normalized.repairs["gbk_shift"] == 2
    assert normalized.repairs["zhe_fixes"] == 4
    for absent in ("(yáng)", "貴", "Copyright", "ICP", "友情链接", "图片来源", "?!"):
        assert absent not in normalized.text
    assert normalized.text.count("十四五") == 2
    json.dumps(normalized.flagged_spans, ensure_ascii=False)


def test_reposts_share_a_document_id(founding_raw_text):
    vocabulary = repair_vocabulary()
    original = normalize_text(founding_raw_text, vocabulary).text
    simplified_copy = normalize_text(original + "\n\n责任编辑:张三\n版权所有 某网站", vocabulary).text
    assert document_id(original) == document_id(simplified_copy)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.one_of(st.sampled_from(list("贵阳高新区综合排名上升技术合同成交额年均增长企业平台研发机构孵化器新增家个项，。、的在了和；：")),
                          st.sampled_from(["2025年", "6.4%", "149家", "（上海）", "第一", "“十四五”", "？", "1,234家", "09:30"])),
                min_size=1, max_size=60))
def test_clean_simplified_text_passes_unchanged(pieces):
    text = "".join(pieces) + "。"  # article text is made of sentences
    assert normalize_text(text, repair_vocabulary()).text == text.strip()


@pytest.mark.parametrize(
    "sentence",
    ["主办单位为贵阳高新区管委会,共吸引200家企业参展。", "记者从会上获悉,全区新增企业120家。",
     "园区取得ICP证的企业达120家。", "版权交易中心新增登记作品3000件。"],
)
def test_body_sentences_that_mention_boilerplate_words_survive(sentence):
    assert strip_boilerplate(sentence + "\n后一段正文。")[0] == sentence + "\n后一段正文。"


def test_full_width_thousands_separator_becomes_ascii():
    assert fold_width("企业１，２３４家，２０２０，２０２１年")[0] == "企业1,234家，2020，2021年"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("如同一颗种子,五年间,贵阳", "如同一颗种子，五年间，贵阳"), ("增长6.4%,科技", "增长6.4%，科技"),
     ("(图片来源:贵阳高新区)", "（图片来源：贵阳高新区）"), ("地区生产总值(GDP)增长", "地区生产总值（GDP）增长"),
     ("是吗?我们!", "是吗？我们！"), ("1,234家 09:30 2020,2021", "1,234家 09:30 2020,2021"),
     ("an English (aside), here", "an English (aside), here")],
)
def test_ascii_punctuation_in_chinese_becomes_full_width(text, expected):
    from orchestration.text.punctuation import to_chinese_punctuation

    assert to_chinese_punctuation(text)[0] == expected


def test_a_footer_line_that_is_a_sentence_is_still_a_footer():
    body, _ = strip_boilerplate("正文一句。\n版权所有，转载请注明出处。\n地址：某路1号")
    assert body == "正文一句。"
