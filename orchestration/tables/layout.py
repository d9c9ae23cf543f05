"""A sheet's rows → its layout and one record per value cell, with the keys around that cell.

Recognized from structure and vocabulary, not from known files:

- lines before the header: titles (a merged title row reads as one repeated value), statistics-bureau
  preamble `key:value` lines (数据库:年度数据, 指标:…, 地区:贵州省, 时间:2024, 单位:亿元);
- header rows: every non-empty cell must be a role word, a year, a catalog indicator or a registry
  zone (headers.py). Rows above the header whose cells name an indicator, zone or year (merged group
  headers such as `技术合同成交额(亿元)` over year columns) add that key to the columns below;
- the layout: **long** (a value column: one observation per row) or **wide** (key columns: years,
  indicators or zones as columns, one observation per non-missing cell), the other keys coming from
  the row (role columns or a row label that is a zone or an indicator), the group headers, the sheet
  name when it is a year, the preamble, then the descriptor;
- after the data, footnote lines (注:…, 数据来源:…) are kept, not read as rows; a yearbook's row
  numbering the columns (甲, 1, 2, 3) is skipped.

What detection cannot map, the descriptor may (`columns`: header → column name, indicator, zone or
`ignore`); nothing is guessed.

Rows that cannot be read as records (ragged rows, a row label that is neither a zone nor an
indicator) are rejected with a reason; a sheet without a header raises LayoutError naming the cells
that could not be mapped.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from orchestration.tables.cells import CellError, is_missing, parse_cell
from orchestration.tables.headers import ROW_KEY_ROLES, HeaderCell, classify
from orchestration.tables.read_rows import Sheet
from orchestration.tables.resolve import YEAR, find_indicator, find_zone
from orchestration.tables.units import split_unit
from orchestration.text.simplify import to_simplified

HEADER_SEARCH_ROWS = 40
_FOOTNOTE = re.compile(r"^\s*(?:(?:注释?|附注|说明|数据来源|资料来源|来源|备注|source|notes?)\s*[:：0-9①-⑳(（]"
                       r"|[①-⑳*＊†‡]\s*\D)", re.IGNORECASE)
# Preamble keys that set a default for every record of the sheet, and those only recorded.
_PREAMBLE_DEFAULTS = {"指标": "indicator", "指标名称": "indicator", "地区": "zone", "地区名称": "zone",
                      "高新区": "zone", "园区": "zone", "时间": "year", "年份": "year", "年度": "year",
                      "单位": "unit", "计量单位": "unit"}
_PREAMBLE_KEYS = (*_PREAMBLE_DEFAULTS, "数据库", "频度", "表名", "表号", "制表机关", "统计范围", "口径")
_PREAMBLE = re.compile(r"^\s*(" + "|".join(_PREAMBLE_KEYS) + r")\s*[:：]\s*(.*)$")


Classifier = Callable[[str], HeaderCell]


class LayoutError(ValueError):
    pass


@dataclass
class Record:
    """One non-missing value cell and the key texts that apply to it, unresolved."""

    location: str
    value: str
    zone: str | None
    indicator: str | None
    year: str | None
    unit: str | None
    source_url: str | None = None
    published: str | None = None
    note: str | None = None


@dataclass
class Rejected:
    location: str
    reason: str


@dataclass
class SheetLayout:
    name: str  # long | wide, years as columns (descending) | wide, indicators as columns | …
    header_row: int = 0
    records: list[Record] = field(default_factory=list)
    rejected: list[Rejected] = field(default_factory=list)
    footnotes: list[str] = field(default_factory=list)
    preamble: dict[str, str] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)
    missing_cells: int = 0

    def describe(self) -> str:
        parts = [self.name, f"header row {self.header_row}"]
        if self.preamble:
            parts.append("preamble " + ", ".join(f"{k}:{v}" for k, v in self.preamble.items()))
        if self.titles:
            parts.append("title row")
        if self.footnotes:
            parts.append(f"{len(self.footnotes)} footnote line(s)")
        return "; ".join(parts)


def _distinct(row: list[str]) -> list[str]:
    return list(dict.fromkeys(c for c in row if c))


def _is_numeric(text: str) -> bool:
    if YEAR.match(text):
        return False
    try:
        return parse_cell(text).number is not None
    except CellError:
        return False


def _complete(cells: list[HeaderCell]) -> bool:
    """Every filled cell mapped, and something holds values: a value column or a key column."""
    filled = [c for c in cells if c.kind != "blank"]
    return (all(c.kind is not None for c in filled)
            and ((len(filled) >= 2 and any(c.kind == "value" for c in filled)) or any(c.is_key_column for c in filled)))


def _lower_header(row: list[str], meaning_of: Classifier) -> bool:
    """The second row of a two-row header: complete, and its first cell blank or a role word. A data row
    can look complete when its values look like years (1900, 2021 enterprises), but it starts with
    its label — a zone, an indicator or a year — never with a blank or a column name."""
    cells = [meaning_of(c) for c in row]
    return _complete(cells) and bool(cells) and not cells[0].is_key_column


def _lone_key_header(row: list[str], meaning_of: Classifier) -> bool:
    """`,2021年`: a header whose only filled cell is a year (or indicator, zone) right of a blank label
    cell — unlike a title, which sits in the first cell or repeats across a merged range."""
    filled = [(i, c) for i, c in enumerate(row) if c]
    return len(filled) == 1 and filled[0][0] > 0 and meaning_of(filled[0][1]).is_key_column


def _where(sheet: Sheet, row: int, column: str | None = None) -> str:
    parts = ([f"sheet {sheet.name}"] if sheet.name is not None else []) + [f"row {row}"]
    if column is not None:
        parts.append(f"column {column}")
    return ", ".join(parts)


def _find_header(sheet: Sheet, layout: SheetLayout,
                 meaning_of: Classifier) -> tuple[int, list[HeaderCell], list[list[HeaderCell]]]:
    """Index of the header row, its cells, and the group-header rows above it."""
    groups: list[list[HeaderCell]] = []
    unmapped: list[str] = []
    rows = sheet.rows
    index = 0
    while index < min(len(rows), HEADER_SEARCH_ROWS):
        distinct = _distinct(rows[index])
        if not distinct:
            index += 1
            continue
        # Lines before the header: a title (one value, or one value repeated over a merged range), and
        # key:value preamble lines, which may share a row with the title (表1 …, 单位:亿元).
        preamble = [c for c in distinct if _PREAMBLE.match(to_simplified(c))]
        rest = [c for c in distinct if c not in preamble]
        title_only = not preamble and len(rest) == 1 and not _lone_key_header(rows[index], meaning_of)
        if (preamble and len(rest) <= 1) or title_only:
            for text in preamble:
                match = _PREAMBLE.match(to_simplified(text))
                layout.preamble[match.group(1)] = match.group(2).strip()
            layout.titles.extend(rest)
            index += 1
            continue
        cells = [meaning_of(c) for c in rows[index]]
        if _complete(cells):
            # A complete header directly above another is a group header (merged 技术合同成交额(亿元)
            # over 2022年, 2023年): the lower row is the header.
            following = next((i for i in range(index + 1, len(rows)) if _distinct(rows[i])), None)
            if following is not None and _lower_header(rows[following], meaning_of):
                groups.append(cells)
                index = following
                continue
            return index, cells, groups
        if any(_is_numeric(c) for c in distinct):
            break  # data before any header
        groups.append(cells)
        unmapped = [c.text for c in cells if c.kind is None]
        index += 1
    if unmapped:
        names = ", ".join(repr(t) for t in unmapped)
        raise LayoutError(f"header cannot be mapped: {names} {'is' if len(unmapped) == 1 else 'are'} not a zone, "
                          "indicator, year, value, unit or source column, nor a year (2021年), a catalog indicator "
                          "or a registry zone; add it to the catalog or registry, or map it in a descriptor "
                          f"(columns: {{{unmapped[0]}: <column name, indicator, zone or ignore>}})")
    raise LayoutError("no header row found: expected zone/indicator/year/value columns, or year columns "
                      "(2020年, 2021年度, 2024), or indicator or zone columns")


def _column_keys(header: list[HeaderCell], groups: list[list[HeaderCell]]) -> list[dict[str, str]]:
    """Per column: the keys its header and the group headers above it give (year, indicator, zone, unit)."""
    keys = []
    for i, cell in enumerate(header):
        found: dict[str, str] = {}
        for row in [*groups, header]:
            if i >= len(row):
                continue
            above = row[i]
            if above.kind == "year_column":
                found["year"] = above.key
            elif above.kind == "indicator_column":
                found["indicator"] = above.key
            elif above.kind == "zone_column":
                found["zone"] = above.key
            if above.unit and (above.is_key_column or above.kind == "value"):
                found["unit"] = above.unit
        keys.append(found)
    return keys


def _layout_name(header: list[HeaderCell]) -> str:
    if any(c.kind == "value" for c in header):
        return "long"
    kinds = {c.kind for c in header if c.is_key_column}
    if kinds == {"year_column"}:
        years = [int(c.key) for c in header if c.kind == "year_column"]
        order = "descending" if years == sorted(years, reverse=True) and len(years) > 1 else "ascending"
        return f"wide, years as columns ({order})"
    if len(kinds) == 1:
        return "wide, " + kinds.pop().removesuffix("_column") + "s as columns"
    return "wide, mixed key columns"


def _defaults(sheet: Sheet, layout: SheetLayout, descriptor: dict[str, str]) -> dict[str, str]:
    defaults = {k: v for k, v in descriptor.items() if k in ("zone", "indicator", "year", "unit") and v}
    if layout.preamble.get("数据库") == "年度数据" and "地区" not in layout.preamble:
        # The bureau's national database is called 年度数据 (provinces: 分省年度数据): its rows are 全国.
        defaults.setdefault("zone", "全国")
    for key, value in layout.preamble.items():
        role = _PREAMBLE_DEFAULTS.get(to_simplified(key))
        if role == "year" and not YEAR.match(value):
            continue  # 时间:最近10年 says nothing about one year
        if role == "indicator":
            name, unit = split_unit(value)
            if unit:
                defaults["unit"] = unit
        if role:
            defaults[role] = value
    if sheet.name is not None and YEAR.match(sheet.name):
        defaults["year"] = sheet.name
    return defaults


def _require_keys(header: list[HeaderCell], columns: list[dict[str, str]], label_column: int | None,
                  defaults: dict[str, str]) -> None:
    """Zone, indicator and year must each come from somewhere; if one comes from nowhere, say so once."""
    available = {c.kind for c in header if c.kind in ("zone", "indicator", "year")}
    available |= {k for keys in columns for k in keys if k != "unit"} | {k for k in defaults if k != "unit"}
    missing = [k for k in ("zone", "indicator", "year") if k not in available]
    if label_column is not None and len(missing) == 1 and missing[0] in ("zone", "indicator"):
        return  # the row label gives it
    if missing:
        raise LayoutError(f"the table states no {' and no '.join(missing)}: no column, row label, year header, sheet "
                          f"name or preamble line gives it; state it in a descriptor (<name>.yaml: {missing[0]}: …)")


def _label_keys(label: str) -> dict[str, str] | None:
    if find_zone(label):
        return {"zone": label}
    if find_indicator(label):
        return {"indicator": label}
    return None


def _classifier(columns: dict[str, str]) -> Classifier:
    """Header classification, with the descriptor's `columns` saying what a header detection cannot
    map means: a column name (年份), an indicator or zone name, or `ignore`."""
    def classify_cell(text: str) -> HeaderCell:
        mapped = columns.get(text.strip())
        if mapped is None:
            return classify(text)
        if mapped.strip().lower() == "ignore":
            return HeaderCell(text, "ignore")
        meaning = classify(mapped)
        return HeaderCell(text, meaning.kind, meaning.key, meaning.unit)
    return classify_cell


def detect(sheet: Sheet, descriptor: dict[str, str] | None = None,
           column_meanings: dict[str, str] | None = None) -> SheetLayout:
    """The sheet's layout and records; `descriptor` gives default keys, `column_meanings` maps headers."""
    layout = SheetLayout("unknown")
    header_index, header, groups = _find_header(sheet, layout, _classifier(column_meanings or {}))
    layout.header_row = header_index + 1
    layout.name = _layout_name(header)
    defaults = _defaults(sheet, layout, descriptor or {})
    width = max(i for i, c in enumerate(header) if c.kind != "blank") + 1
    columns = _column_keys(header, groups)
    value_columns = [i for i, c in enumerate(header) if c.kind == "value" or c.is_key_column]
    role_columns = {c.kind: i for i, c in enumerate(header) if c.kind in ROW_KEY_ROLES}
    # The row label: the first column left of the values that has no header or a generic one (名称).
    first_value = min(value_columns)
    label_column = next((i for i, c in enumerate(header[:first_value]) if c.kind in ("blank", "label")), None)
    _require_keys(header, columns, label_column, defaults)
    in_footnotes = False
    for number, row in enumerate(sheet.rows[header_index + 1:], start=header_index + 2):
        distinct = _distinct(row)
        if not distinct:
            continue
        first = next(c for c in row if c)
        if _FOOTNOTE.match(to_simplified(first)) or (in_footnotes and len(distinct) == 1):
            in_footnotes = True
            layout.footnotes.append(",".join(row).rstrip(","))
            continue
        if _column_numbering(distinct):
            continue  # 甲, 乙, 1, 2, 3 under the header: yearbooks number their columns
        ragged = _ragged(row, header, width, label_column)
        if ragged:
            layout.rejected.append(Rejected(_where(sheet, number), ragged))
            continue
        present = [i for i in value_columns if i < len(row) and not is_missing(row[i])]
        layout.missing_cells += len(value_columns) - len(present)
        if not present:
            continue
        row_keys = {role: row[i] for role, i in role_columns.items() if i < len(row) and row[i]}
        if label_column is not None and label_column < len(row) and row[label_column]:
            label_keys = _label_keys(row[label_column])
            if label_keys is None:
                layout.rejected.append(Rejected(_where(sheet, number), (
                    f"row label {row[label_column]!r} is neither a zone or region in the registry nor an indicator "
                    "in the catalog")))
                continue
            row_keys = {**label_keys, **row_keys}
        label_unit = split_unit(row_keys.get("indicator") or "")[1]
        for i in present:
            column = columns[i]
            keys = {k: row_keys.get(k) or column.get(k) or defaults.get(k) for k in ("zone", "indicator", "year")}
            unit = row_keys.get("unit") or column.get("unit") or label_unit or (
                split_unit(keys["indicator"] or "")[1]) or defaults.get("unit")
            layout.records.append(Record(
                location=_where(sheet, number, None if header[i].kind == "value" else header[i].text),
                value=row[i], zone=keys["zone"], indicator=keys["indicator"], year=keys["year"], unit=unit,
                source_url=row_keys.get("source_url"), published=row_keys.get("published"), note=row_keys.get("note")))
    return layout


def _ragged(row: list[str], header: list[HeaderCell], width: int, label_column: int | None) -> str | None:
    """A row with a filled cell where the header has none: its cells may be shifted, so none is trusted."""
    stray = [(i, c) for i, c in enumerate(row)
             if c and (i >= width or (header[i].kind == "blank" and i != label_column))]
    if not stray:
        return None
    i, text = stray[0]
    filled = len([c for c in row[:width] if c]) + len([s for s in stray if s[0] >= width])
    return (f"ragged row: {filled} cells but the header has {len([c for c in header if c.kind != 'blank'])}; "
            f"cell {text!r} in column {i + 1} has no header")


def _column_numbering(distinct: list[str]) -> bool:
    letters = [c for c in distinct if c in "甲乙丙丁戊"]
    numbers = [c for c in distinct if c not in letters]
    return bool(letters) and numbers == [str(n) for n in range(1, len(numbers) + 1)]


def is_notes_sheet(sheet: Sheet) -> bool:
    """A sheet of prose (说明, 注释) — no row has two different values — holds no table."""
    return all(len(_distinct(row)) <= 1 for row in sheet.rows)
