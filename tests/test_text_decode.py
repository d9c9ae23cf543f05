"""Decoding: each encoding releases arrive in, and each way bytes can fail to be text.

All strings here are synthetic test fixtures written for these tests.
"""

import codecs

import pytest

from orchestration.text.decode import UndecodableError, decode_bytes
from orchestration.text.html import declared_charset

SIMPLIFIED = "贵阳高新区综合排名由2020年的42位上升至36位,技术合同交易额年均增长6.4%。"
TRADITIONAL = "貴陽高新區綜合排名由2020年的42位上升至36位,技術合同交易額年均增長6.4%。"


@pytest.mark.parametrize(
    ("text", "encoding", "expected_encoding"),
    [
        (SIMPLIFIED, "utf-8", "utf-8"),
        (SIMPLIFIED * 3, "gb2312", "gb18030"),
        (SIMPLIFIED * 3, "gbk", "gb18030"),
        (TRADITIONAL * 3, "gbk", "gb18030"),
        (TRADITIONAL * 3, "big5", "big5hkscs"),
    ],
)
def test_decodes_chinese_encodings(text, encoding, expected_encoding):
    decoded = decode_bytes(text.encode(encoding))
    assert decoded.text == text
    assert decoded.encoding == expected_encoding


def test_bom_wins():
    decoded = decode_bytes(codecs.BOM_UTF8 + SIMPLIFIED.encode("utf-8"))
    assert (decoded.text, decoded.method) == (SIMPLIFIED, "bom")
    assert decode_bytes(SIMPLIFIED.encode("utf-16")).text == SIMPLIFIED


def test_declared_gb2312_is_read_as_gb18030():
    # 镕 is outside GB2312 but inside GBK: pages labelled gb2312 use such characters.
    text = "朱镕基视察高新区"
    decoded = decode_bytes(text.encode("gbk"), declared="gb2312")
    assert decoded.text == text
    assert (decoded.encoding, decoded.method) == ("gb18030", "declared")


def test_declared_charset_is_sniffed_from_meta():
    assert declared_charset(b'<html><head><meta charset="gbk"></head>') == "gbk"
    assert declared_charset(b'<meta http-equiv="Content-Type" content="text/html; charset=GB2312">') == "GB2312"
    assert declared_charset(b"<html><body>none</body></html>") is None


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"\x00\x01\x02binary\x00", "NUL"),
        (SIMPLIFIED.encode("utf-8")[:-2], "truncated"),
        (bytes(range(0, 32)) * 10, "NUL"),
    ],
)
def test_undecodable_input_has_a_reason(data, reason):
    with pytest.raises(UndecodableError, match=reason):
        decode_bytes(data)
