"""Tables printed inside a release: `项目｜2023年｜2024年｜增速` and rows such as `营业收入（亿元）｜1850.2｜2043.6｜10.5%`,
or the markdown tables (`| 项目 | 2023年 |`, `|---|`) that HTML extraction writes for a page's <table>.

A header row with year columns (and optionally a 增速/增长 column) opens a table; each following row
with as many cells gives one level per year (indicator and unit from the row label) and a growth rate
for the last year. The table's lines are then not read again as sentences.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from orchestration.claims.units import UNITS

_CELL_SPLIT = re.compile(r"\s*[｜|]\s*")
_YEAR_CELL = re.compile(r"^((?:19|20)\d{2})\s*年?度?$")
_GROWTH_CELL = re.compile(r"^(?:增速|增长|同比增长|增幅|增长率)(?:\s*[(（]%[)）])?$")
_LABEL_UNIT = re.compile(r"[(（]\s*([^()（）]+?)\s*[)）]\s*$")
_NUMBER = re.compile(r"^-?\d+(?:,\d{3})*(?:\.\d+)?%?$")


@dataclass(frozen=True)
class TableCell:
    label: str          # the row label without its unit
    unit_word: str      # 亿元, 家, %… (empty when the label gives none)
    year: int | None    # the column's year; None for the growth column (the last year's growth)
    growth: bool
    value_text: str
    start: int          # offsets into the document text
    end: int
    line: str
    last_year: int


@dataclass(frozen=True)
class TextTable:
    start: int
    end: int
    cells: tuple[TableCell, ...]


_RULE_ROW = re.compile(r"^[\s|｜:：\-—]+$")  # |---|---| under a markdown header (trafilatura writes HTML tables so)


def _cells_with_offsets(line: str, line_start: int) -> list[tuple[str, int, int]]:
    cells, position = [], 0
    for part in _CELL_SPLIT.split(line.strip().strip("|｜").strip()):
        index = line.find(part, position)
        cells.append((part, line_start + index, line_start + index + len(part)))
        position = index + len(part)
    return cells


def text_tables(text: str) -> list[TextTable]:
    tables: list[TextTable] = []
    lines, offset = [], 0
    for line in text.split("\n"):
        lines.append((line, offset))
        offset += len(line) + 1
    index = 0
    while index < len(lines):
        line, line_start = lines[index]
        header = _cells_with_offsets(line, line_start) if ("｜" in line or "|" in line) else []
        columns = [(_YEAR_CELL.match(c[0]), _GROWTH_CELL.match(c[0])) for c in header[1:]]
        years = [int(y.group(1)) for y, _ in columns if y]
        if len(header) < 3 or not years:
            index += 1
            continue
        cells: list[TableCell] = []
        row = index + 1
        while row < len(lines) and ("｜" in lines[row][0] or "|" in lines[row][0]):
            row_line, row_start = lines[row]
            if _RULE_ROW.match(row_line):
                row += 1
                continue
            parts = _cells_with_offsets(row_line, row_start)
            if len(parts) != len(header):
                break
            label = parts[0][0]
            unit_match = _LABEL_UNIT.search(label)
            unit_word = unit_match.group(1) if unit_match else ""
            label = _LABEL_UNIT.sub("", label)
            for (text_value, start, end), (year, growth) in zip(parts[1:], columns):
                if not _NUMBER.match(text_value) or not (year or growth):
                    continue
                cells.append(TableCell(label, unit_word, int(year.group(1)) if year else None, bool(growth),
                                       text_value, start, end, row_line.strip(), max(years)))
            row += 1
        if cells:
            tables.append(TextTable(lines[index][1], lines[row - 1][1] + len(lines[row - 1][0]), tuple(cells)))
        index = row
    return tables


def cell_value(cell: TableCell) -> tuple[Decimal, str, Decimal] | None:
    """(value, canonical unit, multiplier) of a cell; None when its unit is not one we convert."""
    raw = cell.value_text.replace(",", "")
    if cell.growth or raw.endswith("%"):
        return Decimal(raw.rstrip("%")), "percent", Decimal(1)
    unit = UNITS.get(cell.unit_word)
    if unit is None:
        return None
    canonical, multiplier = unit
    return Decimal(raw) * multiplier, canonical, multiplier
