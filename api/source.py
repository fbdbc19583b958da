"""Source text → cleaned text → report structure (parts, sections, paragraphs).

Offsets everywhere in the project are Unicode code points into the *cleaned* text, end exclusive,
as in the W3C Web Annotation TextPositionSelector (https://www.w3.org/TR/annotation-model/#text-position-selector).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

PART_HEADING = re.compile(r"^([一二三四五六七八九十]+)、(.+)$")
SECTION_START = re.compile(r"^[(（]([一二三四五六七八九十]+)[)）]")
CHINESE_NUMERALS = {c: i for i, c in enumerate("一二三四五六七八九十", start=1)}


class SourceError(Exception):
    """The report's source file or its cleaning rule does not hold."""


def chinese_ordinal(numeral: str) -> int:
    """一 → 1 … 十 → 10, 十一 → 11, 二十一 → 21 (enough for report headings)."""
    if "十" in numeral:
        tens, _, units = numeral.partition("十")
        return (CHINESE_NUMERALS[tens] if tens else 1) * 10 + (CHINESE_NUMERALS[units] if units else 0)
    return CHINESE_NUMERALS[numeral]


@dataclass
class Paragraph:
    number: int          # 1-based order in the report
    start: int           # offset of the first character in the cleaned text
    end: int             # offset after the last character
    text: str
    part: int | None = None
    section: int | None = None
    heading: bool = False  # a part heading line such as "一、2023年工作回顾"


@dataclass
class Section:
    part: int
    number: int
    title: str
    start: int
    end: int             # end of the title span
    paragraphs: list[int] = field(default_factory=list)


@dataclass
class Part:
    number: int
    title: str
    start: int
    end: int
    paragraphs: list[int] = field(default_factory=list)
    sections: list[Section] = field(default_factory=list)


@dataclass
class Report:
    id: str
    meta: dict
    root: Path
    text: str
    paragraphs: list[Paragraph]
    parts: list[Part]

    @property
    def relative_names(self) -> dict[str, str]:
        """report.yaml `relative_names`: name → entity ref for names that mean something only relative to the
        speaker (全市, 市政府). Checked by api.records; empty when absent or not a mapping."""
        table = self.meta.get("relative_names") or {}
        return {str(k): str(v) for k, v in table.items()} if isinstance(table, dict) else {}

    def paragraph_at(self, start: int, end: int) -> Paragraph | None:
        """The paragraph that wholly contains [start, end), or None."""
        for p in self.paragraphs:
            if p.start <= start and end <= p.end:
                return p
        return None


def clean(raw: str, first: str, last: str) -> str:
    """Cut the web-page chrome off a captured report and normalise line layout only."""
    lines = [line.strip() for line in raw.splitlines()]
    try:
        i = next(n for n, line in enumerate(lines) if line.startswith(first))
    except StopIteration:
        raise SourceError(f"no line starts with body_first {first!r}") from None
    try:
        j = next(n for n in range(len(lines) - 1, -1, -1) if lines[n].endswith(last))
    except StopIteration:
        raise SourceError(f"no line ends with body_last {last!r}") from None
    if j < i:
        raise SourceError("body_last comes before body_first")
    return "\n".join(line for line in lines[i : j + 1] if line)


def structure(text: str, part_level: tuple[str, ...] = ()) -> tuple[list[Paragraph], list[Part]]:
    """Split cleaned text into paragraphs and group them under parts and numbered sections.

    `part_level` lists openings of paragraphs that close the current numbered section.
    """
    paragraphs: list[Paragraph] = []
    parts: list[Part] = []
    offset = 0
    part: Part | None = None
    section: Section | None = None
    for n, line in enumerate(text.split("\n"), start=1):
        para = Paragraph(number=n, start=offset, end=offset + len(line), text=line)
        heading = PART_HEADING.match(line)
        if heading and len(line) <= 60:
            part = Part(chinese_ordinal(heading.group(1)), heading.group(2), para.start, para.end)
            parts.append(part)
            section = None
            para.heading = True
        elif part is not None:
            sec = SECTION_START.match(line)
            if sec:
                number = chinese_ordinal(sec.group(1))
                title_end = line.find("。")
                title_end = len(line) if title_end < 0 else title_end
                section = Section(part.number, number, line[sec.end() : title_end],
                                  para.start + sec.end(), para.start + title_end)
                part.sections.append(section)
            elif line.startswith(part_level):
                section = None
        if part is not None:
            para.part = part.number
            part.paragraphs.append(n)
            if section is not None and not para.heading:
                para.section = section.number
                section.paragraphs.append(n)
        paragraphs.append(para)
        offset = para.end + 1
    return paragraphs, parts


def load_report(report_dir: Path, root: Path) -> Report:
    """Read report.yaml, check the source file's hash, clean it and find its structure."""
    meta_file = report_dir / "report.yaml"
    meta = yaml.safe_load(meta_file.read_text(encoding="utf-8"))
    src = root / meta["source"]["file"]
    raw_bytes = src.read_bytes()
    digest = hashlib.sha256(raw_bytes).hexdigest()
    if digest != meta["source"]["sha256"]:
        raise SourceError(f"{src}: sha256 {digest} differs from report.yaml ({meta['source']['sha256']})")
    text = clean(raw_bytes.decode("utf-8"), meta["cleaning"]["body_first"], meta["cleaning"]["body_last"])
    part_level = tuple((meta.get("structure") or {}).get("part_level_paragraphs_start_with", ()))
    paragraphs, parts = structure(text, part_level)
    return Report(meta["id"], meta, report_dir, text, paragraphs, parts)
