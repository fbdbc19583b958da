"""A report's structure from its text as given: paragraphs with offsets, parts (一、), sections ((一)/（一）),
list items (一是, (1), 1., ①), the paragraph of main expected targets, and what each paragraph speaks of:
the reviewed year (results) or the target year (targets).

No cleaning shifts an offset: a paragraph is a non-blank line, its offsets those of its first and last
non-space characters in the text exactly as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

MAX_BYTES = 5 * 1024 * 1024
CN = "一二三四五六七八九十"
PART = re.compile(rf"^([{CN}]+)[、.．]\s*(.+)$")
SECTION = re.compile(rf"^[(（]([{CN}]+)[)）]")
ITEM = re.compile(rf"(?:^|(?<=[。；;：:]))([{CN}]+是|[(（]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")
REPORT_MARKERS = ("政府工作报告", "各位代表", "报告工作", "人民代表大会", "工作回顾", "过去一年", "过去的一年", "今年")
REVIEW_TITLE = re.compile(r"回顾|过去|取得|成就|成绩")
TARGETS = re.compile(r"主要预期目标|主要目标(?:是|为)|预期目标(?:是|为)|主要指标(?:是|为)")
PLAN_START = re.compile(r"^(?:今年|\d{4}年)(?:[^。]{0,20})(?:主要预期目标|总体要求|指导思想|政府工作的|工作的总体)"
                        r"|^(?:今年|\d{4}年)(?:是|，|,)")
PLACE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区|县|区))(?:第[^届]{1,4}届)?人民(?:代表大会|政府)")
TITLE_PLACE = re.compile(r"(?:\d{4}年)?([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区|县|区))(?:人民)?政府工作报告")


class InputError(Exception):
    """The input is not a report text the extractor can read; the message is one line."""


def read_text(path: Path) -> str:
    """The file's text exactly as given (UTF-8, a BOM counts as a code point); refuse what is not a report."""
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise InputError(f"{path}: cannot read: {exc.strerror}") from None
    if not path.is_file():
        raise InputError(f"{path}: not a file")
    if size > MAX_BYTES:
        raise InputError(f"{path}: {size:,} bytes is more than the {MAX_BYTES:,}-byte limit for one report")
    raw = path.read_bytes()
    if not raw.strip():
        raise InputError(f"{path}: empty file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise InputError(f"{path}: not UTF-8 (byte {exc.start}: {raw[exc.start:exc.start + 1]!r})") from None
    check_report(text, str(path))
    return text


def check_report(text: str, name: str) -> None:
    han = sum(1 for c in text if "\u4e00" <= c <= "\u9fff")
    visible = sum(1 for c in text if not c.isspace())
    if han < 200 or han < 0.5 * visible:
        raise InputError(f"{name}: not a report (too little Chinese text: {han} Han characters of {visible})")
    if not any(m in text for m in REPORT_MARKERS):
        raise InputError(f"{name}: not a report (no phrase of a government work report such as 各位代表 or 政府工作报告)")


@dataclass
class Paragraph:
    number: int
    start: int
    end: int
    part: int | None = None
    section: int | None = None
    heading: bool = False
    role: str = "review"          # review (results of the reviewed year) | plan (targets of the target year)
    targets: bool = False         # the paragraph of the main expected targets


@dataclass
class Division:
    kind: str                     # part | section | item
    number: int | str
    title: str
    start: int
    end: int


@dataclass
class Document:
    text: str
    paragraphs: list[Paragraph]
    divisions: list[Division] = field(default_factory=list)
    year: int | None = None       # the target year (the report's own year)
    place_name: str = ""

    def paragraph_at(self, offset: int) -> Paragraph | None:
        for p in self.paragraphs:
            if p.start <= offset < p.end:
                return p
        return None


def ordinal(numeral: str) -> int:
    digits = {c: i for i, c in enumerate(CN, start=1)}
    if numeral == "十":
        return 10
    if numeral.startswith("十"):
        return 10 + digits.get(numeral[1], 0)
    if len(numeral) >= 2 and numeral[1] == "十":
        return digits[numeral[0]] * 10 + (digits.get(numeral[2], 0) if len(numeral) > 2 else 0)
    return digits.get(numeral[0], 0)


def split_paragraphs(text: str) -> list[Paragraph]:
    out: list[Paragraph] = []
    for m in re.finditer(r"[^\n]+", text):
        line = m.group()
        stripped = line.strip()
        if not stripped:
            continue
        start = m.start() + (len(line) - len(line.lstrip()))
        out.append(Paragraph(len(out) + 1, start, start + len(stripped)))
    return out


def infer_year(text: str) -> int | None:
    """The report's year: from the title or the date line of the first lines, else from the part headings."""
    head = "\n".join(text.strip().splitlines()[:8])
    for pattern in (r"((?:19|20)\d{2})\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日", r"(?m)^[^一二三、\n]{0,6}((?:19|20)\d{2})\s*年[^\n]{0,20}报告"):
        m = re.search(pattern, head)
        if m:
            return int(m.group(1))
    m = re.search(r"(?m)^[一二三][、.．]\s*((?:19|20)\d{2})年[^\n]{0,20}(?:目标|任务|安排|要求)", text)
    if m:
        return int(m.group(1))
    m = re.search(r"(?m)^一[、.．]\s*((?:19|20)\d{2})年[^\n]{0,10}(?:回顾|工作)", text)
    return int(m.group(1)) + 1 if m else None


def infer_place(text: str) -> str:
    head = "\n".join(text.strip().splitlines()[:8])
    for pattern in (TITLE_PLACE, PLACE):
        m = pattern.search(head)
        if m:
            return re.split(r"[在日于的]", m.group(1))[-1]
    m = PLACE.search(text[:3000])
    if m:
        return re.split(r"[在日于的]", m.group(1))[-1]
    if re.search(r"全国人民代表大会|国务院", text[:3000]):
        return "中华人民共和国"       # the State Council's report to the National People's Congress
    return ""


def reviews(title: str, year: int | None) -> bool:
    """A part's title says it reviews: 回顾, 过去, 取得…, or a year before the report's (2021年主要工作 in the
    2022 report); not when it names targets, tasks or plans (今后五年主要目标任务, 2022年重点工作安排)."""
    if re.search(r"目标|任务|安排", title):
        return False
    m = re.match(r"((?:19|20)\d{2})年", title)
    return bool(REVIEW_TITLE.search(title) or m and year and int(m.group(1)) < year)


def parse(text: str) -> Document:
    """Paragraphs, parts, sections and list items; each paragraph's role (review or plan)."""
    doc = Document(text, split_paragraphs(text), year=infer_year(text), place_name=infer_place(text))
    part_role: str | None = None
    part = section = None
    seen_plan = False
    for p in doc.paragraphs:
        line = text[p.start:p.end]
        head = PART.match(line)
        if head and len(line) <= 40 and "。" not in line:
            part, section = ordinal(head.group(1)), None
            title = head.group(2)
            part_role = "review" if reviews(title, doc.year) else "plan"
            seen_plan = part_role == "plan"   # a review part after a plan part (回顾 after the year's work) reviews
            p.heading = True
            doc.divisions.append(Division("part", part, title, p.start, p.end))
        elif part is not None and (sec := SECTION.match(line)):
            section = ordinal(sec.group(1))
            stop = line.find("。")
            doc.divisions.append(Division("section", f"{part}-{section}", line[sec.end():stop if stop > 0 else len(line)],
                                          p.start + sec.end(), p.start + (stop if stop > 0 else len(line))))
        if not p.heading and PLAN_START.search(line) and (TARGETS.search(line) or line.startswith("今年")):
            seen_plan = True          # the plan begins without a part heading (or inside the review part)
        p.role = "plan" if seen_plan or part_role == "plan" else "review"
        p.part, p.section = part, section
        if p.role == "plan" and TARGETS.search(line) and not any(q.targets for q in doc.paragraphs):
            p.targets = True
        for m in ITEM.finditer(line):
            doc.divisions.append(Division("item", m.group(1), "", p.start + m.start(1), p.start + m.end(1)))
    return doc
