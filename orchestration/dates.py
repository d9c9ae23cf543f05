"""Dates as Chinese offices and web pages print them → ISO text, at the precision the text gives.

    2023年6月29日, 2023-06-29, 2023/6/29, 2023.6.29, 2023-06-29 10:30  → 2023-06-29
    2023年6月, 2023-06, 2023/6, 2023.6                               → 2023-06
    2023, 2023年                                                       → 2023

Full-width digits and separators (２０２３／６／２９) and spaces between the parts are accepted; a month
or day that cannot exist (2023-13-01, 2023-02-30), a year outside 1900–2099, or anything else is not
a date: None. A plain module (no Dagster, no project imports), shared by the table descriptors and the
press-release sidecars.
"""

from __future__ import annotations

import datetime as dt
import re
import unicodedata

_SEPARATOR = r"\s*[年/.\-]\s*"
_DATE = re.compile(
    r"(?P<year>(?:19|20)\d{2})"
    r"(?:" + _SEPARATOR + r"(?P<month>\d{1,2})"
    r"(?:\s*[月/.\-]\s*(?P<day>\d{1,2})\s*[日号]?"
    r"(?:(?:\s+|T)\d{1,2}[:：]\d{2}(?:[:：]\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?"  # a time of day is dropped
    r"|\s*月)?"
    r"|\s*年)?")


def normalize_date(text: str) -> str | None:
    """`YYYY-MM-DD`, `YYYY-MM` or `YYYY` for a date in any of the forms above; None for anything else."""
    if not isinstance(text, str):
        return None
    folded = unicodedata.normalize("NFKC", text).strip()
    match = _DATE.fullmatch(folded)
    if not match:
        return None
    year, month, day = match.group("year"), match.group("month"), match.group("day")
    if month is None:
        return year
    if not 1 <= int(month) <= 12:
        return None
    if day is None:
        return f"{year}-{int(month):02d}"
    try:
        return dt.date(int(year), int(month), int(day)).isoformat()
    except ValueError:
        return None
