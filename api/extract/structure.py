"""A report's structure from its text as given: paragraphs with offsets, parts (一、), sections ((一)/（一）),
list items (一是, (1), 1., ①), the paragraph of main expected targets, and what each paragraph speaks of:
the reviewed year (results) or the target year (targets). A part's title tells its role when it says so (回顾,
2021年, 目标任务 …); else the words of its text do (了, 比上年 against 要, 力争). The plan also opens at a heading
without a number (2014年主要工作) or at the main targets. The report's year (a report given in December is
the next year's) and its place are read by origin.py.

No cleaning shifts an offset: a paragraph is a non-blank line, its offsets those of its first and last
non-space characters in the text exactly as read.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from api.extract.glossary import glossaries
from api.extract.origin import infer_place, infer_year, spoken

MAX_BYTES = 5 * 1024 * 1024
CN = "一二三四五六七八九十"
PART = re.compile(rf"^([{CN}]+)[、.．]\s*(.+)$")
SECTION = re.compile(rf"^[(（]([{CN}]+)[)）]")
ITEM = re.compile(rf"(?:^|(?<=[。；;：:]))([{CN}]+是|[(（]\d{{1,2}}[)）]|\d{{1,2}}[.．、](?!\d)|[①②③④⑤⑥⑦⑧⑨⑩])")
REPORT_MARKERS = ("政府工作报告", "各位代表", "报告工作", "人民代表大会", "工作回顾", "过去一年", "过去的一年", "今年")
REVIEW_TITLE = re.compile(r"回顾|过去|取得|成就|成绩|情况|总结|以来|年来")
TARGETS = re.compile(r"主要预期目标|主要目标(?:是|为)|预期目标(?:是|为)|主要指标(?:是|为)")
PLAN_START = re.compile(r"^(?:今年|\d{4}年)(?:[^。]{0,20})(?:主要预期目标|总体要求|总的要求|指导思想|政府工作的|工作的总体)"
                        r"|^(?:今年|\d{4}年)(?:是|，|,)")


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
    glossary: bool = False        # a glossary of the appendix (名词解释, 注释): no statement of the report


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
    spoken_year: int | None = None  # the year it was given (the year before in December: 今年 is then the past)
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


def reviews(title: str, year: int | None) -> bool:
    """A part's title says it reviews: 回顾, 过去, 取得…, or a year before the report's (2021年主要工作 in the
    2022 report, 回首2019 in the 2020 one); not when it names targets, tasks or plans (今后五年主要目标任务,
    2022年重点工作安排) or the report's own year (奋进2019 in the 2019 report); a title saying a target or task
    was met (基本实现了…目标, 全面完成了…任务) reviews."""
    if DONE_TITLE.search(title) and not PLEDGE.search(title):
        return True               # 基本实现了年初确定的主要经济增长目标: a target met is a review
    if (done := DONE_YEAR.search(title)) and year and int(done.group(1)) < year and not PLEDGE.search(title):
        return True               # 较好完成2013年目标任务 in the 2014 report (xishuangbannadaizu-2014), 全面完成2003年
        # 各项预期目标 (yunnan-2004): an earlier year's targets completed; 全面完成2006年的各项任务 in 2006 plans
    if re.search(r"目标|任务|安排", title) and not re.search(r"完成情况|执行情况", title):
        return False
    if REVIEW_TITLE.search(title):
        return True
    years = [int(y) for y in re.findall(r"(?<!\d)((?:19|20)\d{2})(?!\d)", title)]
    return bool(years and year and max(years) < year)


DONE_TITLE = re.compile(r"(?:实现|完成)了[^，,。；;]{0,16}(?:目标|任务)"
                        r"|(?:目标|任务)(?:胜利|全面|圆满|顺利|超额|基本)(?:完成|实现)(?:了)?$")   # “十五”目标任务胜利完成
DONE_YEAR = re.compile(r"完成了?((?:19|20)\d{2})年[^，,。；;]{0,12}(?:目标|任务)")
PLEDGE = re.compile(r"确保|力争|争取|努力|保证|必须|坚决")     # 确保全年目标任务全面完成: a plan's pledge
EXPLICIT = re.compile(r"回顾|回首|过去|总结|以来|情况|年来|(?<!\d)(?:19|20)\d{2}(?!\d)|目标|(?<!首要)任务|安排|要求|思路|建议|部署"
                      r"|展望|今后|未来|打算|意见|规划|计划|今年|明年")
# a title that says it plans, under a review heading; not 规划/计划 as nouns of a review's part (城市规划建设管理…再上新水平,
# 计划生育工作成效明显)
PLAN_TITLE = re.compile(r"(?<!\d)(?:19|20)\d{2}(?!\d)|目标|(?<!首要)任务|安排|要求|思路|建议|部署|展望|今后|未来|打算|意见|今年|明年")
OBJECT = re.compile(r"(?:落实|贯彻|践行)[^，,。；;]{0,20}?(?:要求|部署|规划|计划|任务|目标|思路|意见)")
# what a part's work carried out says no role (五、落实新时代党的建设总要求，政府自身建设不断加强: boertalamenggu-2023)
WEAK_REVIEW = re.compile(r"取得|成就|成绩")       # 取得新突破 is also a plan's wish
PAST_WORDS = re.compile(r"了|比上年|同比|上年|去年|一年来|年来|过去|累计|分别增长|分别达|增长\d")
FUTURE_WORDS = re.compile(r"(?<![主需重必只])要|(?<!即)将(?!近)|力争|争取|今年|明年|预期|努力|确保|推动|加快|加强")


WEAK_PLAN = 0.15                 # a plan's text is nearly all words of the future (0 to 0.1 in plans that say so)


def past_share(body: str) -> float | None:
    """The share of words of the past in a part's text, None when too few to tell. Reviews report what was done
    (了, 比上年, 同比, 累计, 增长8%), plans what is to be done (要, 将, 力争, 确保, 加快)."""
    past, future = len(PAST_WORDS.findall(body)), len(FUTURE_WORDS.findall(body))
    return past / (past + future + 1) if past + future >= 8 else None


def content_roles(text: str, heads: list[Paragraph], year: int | None, now: str = "今年",
                  weak: set[int] | None = None) -> dict[int, str]:
    """The role of each part whose title does not say it in so many words (经济保持平稳较快发展, 在艰难环境中
    创造佳绩, 聚焦产业升级…; 推动…取得新突破), told by the words of its text up to the plan's opening words
    (今年是…): a share of words of the past of at least 0.45 is a review; a title of achievement (取得, 成就) is a
    plan only under 0.15. A part with too few words takes the role of the part before it in the same numbering.
    Thresholds read off the parts whose titles do say their role, in 400 reports of ../shared/corpus. A part
    called a plan with a share of at least WEAK_PLAN goes into `weak` (a terse review: 挖增量、提质量，经济持续快速发展)."""
    roles: dict[int, str] = {}
    opening = rf"(?m)^\s*(?:{now}|{year or '今'}年)(?:是|，|,|[^。\n]{{0,20}}(?:主要预期目标|总体要求))"
    last, previous, weak_before = 0, "", False
    for i, h in enumerate(heads):
        title = text[h.start:h.end]
        number = ordinal(m.group(1)) if (m := PART.match(title)) else 0
        if number <= last:
            previous = ""
        last = number
        if EXPLICIT.search(OBJECT.sub("", title)):
            previous = ""
            continue
        body = text[h.end:heads[i + 1].start if i + 1 < len(heads) else len(text)]
        if heading := next((m for m in re.finditer(r"(?m)^[^\S\n]*(\S[^\n]{0,29})$", body)
                            if plan_title(m.group(1).strip(), year)), None):
            body = body[:heading.start()]        # 今后五年目标任务: the plan opens inside the part, after its text
        if plan := re.search(opening, body):
            body = body[:plan.start()]
        share = past_share(body)
        if WEAK_REVIEW.search(title):
            role = "plan" if share is not None and share < 0.15 else "review"
        elif share is None:
            role = "plan" if plan else previous      # the plan opens the part: 二、… 2015年是…
            if role == "plan" and not plan and weak_before and weak is not None:
                weak.add(h.number)                   # a short part after a weak plan: as weak
        else:
            role = "review" if share >= 0.45 else "plan"
            if role == "plan" and share >= WEAK_PLAN and weak is not None:
                weak.add(h.number)
        if role:
            roles[h.number] = previous = role
            weak_before = weak is not None and h.number in weak
    return roles


UNNUMBERED_PLAN = re.compile(r"^(?:((?:19|20)\d{2})\s?年|今年|新的一年|“十[一二三四五六七八九]五”(?:时期|期间)?|今后五年|未来五年)"
                             r"[^。，,；;：:]{0,22}(?:工作|目标|任务|安排|建议|部署|要求|打算|思路|重点|考虑|举措)$")
ABOUT_PLAN = re.compile(r"^关于(?:[^。，,；;]{0,14}和)?((?:19|20)\d{2})年[^。，,；;]{0,8}工作$")
TARGETS_OPENING = re.compile(r"^(?:全市|全省|全区|全州|全县|全年|今年)?(?:经济社会|经济和社会|国民经济和社会)?(?:发展)?的?"
                             r"主要(?:预期|奋斗)?目标(?:建议)?(?:是|为)")


def plan_title(line: str, year: int | None) -> bool:
    """A heading line without a number that opens the plan: 2014年主要工作 (the report's year or later),
    2022年工作安排, 关于2002年的政府工作, “十一五”时期奋斗目标与主要任务, 今后五年的主要任务."""
    if (about := ABOUT_PLAN.match(line)) and year and int(about.group(1)) >= year:
        return True               # 关于2002年的政府工作, 关于“十三五”总体部署和2016年工作 (not 关于“十二五”和2015年工作)
    m = UNNUMBERED_PLAN.match(line)
    return bool(m and len(line) <= 30 and not re.search(r"报告|回顾|总结|情况|成就|成绩|以来", line)
                and (not m.group(1) or year and int(m.group(1)) >= year))


UNNUMBERED_REVIEW = re.compile(r"^(?:(?:19|20)\d{2}年|过去(?:的)?(?:一|五)年|“十[一二三四五]?五”|本届政府"
                               r"|[省市区州县]?第?[一二三四五六七八九十]{1,3}届(?:[省市区州县盟]|自治区)?(?:人民)?政府)"
                               r"[^。，,；;：:]{0,16}(?:工作)?(?:回顾|总结)(?:(?:和|及|与)(?:19|20)\d{2}年(?:的)?(?:工作)?)?$")
# 2015年工作回顾, 本届政府工作回顾, 市十五届人民政府工作回顾和2016年工作: the parts after it review


REVIEW_HALF = re.compile(r"回顾|成就|成效|成绩|总结|完成情况|政府工作$")
PLAN_HALF = re.compile(r"目标|任务|安排|打算|部署")
NEXT_PLAN = re.compile(r"[“\"]?(十[一二三四五]?五)[”\"]?")

def review_then_plan(title: str, year: int | None) -> list[str] | None:
    """The words naming the plan's time when a part's title reviews and then plans (“十四五”发展成效和“十五五”目标任务,
    1999年政府工作回顾和2000年的目标任务, 1996年的政府工作和1997年的奋斗目标: nanjing-2026, gansu-1997): the part
    reviews up to the paragraph that opens with that time (plan_opens); None for any other title."""
    for m in re.finditer(r"[和及与]", title):
        first, second = title[:m.start()], title[m.end():]
        if PLAN_HALF.search(second) and not PLAN_HALF.search(first) and (REVIEW_HALF.search(first) or reviews(first, year)):
            plans = [n.group(1) for n in NEXT_PLAN.finditer(second)]     # also written out, 第十五个五年 (guangxi-2026)
            return [f"{year}年", "今年", "新的一年"] + plans + [f"第{n[:-1]}个五年" for n in plans]
    return None


def plan_opens(line: str, words: list[str]) -> bool:
    """The paragraph's first sentence (to 40 characters) names the plan's time (“十五五”时期是…; 从今年起，…)."""
    head = re.split(r"[。！!？?]", re.sub(r"^\s*各位代表[，,！!：:]?\s*", "", line)[:40])[0]
    return any(w in head for w in words)


def is_part(line: str) -> bool:
    return bool(PART.match(line)) and len(line) <= 40 and "。" not in line


PAST_YEAR_OPENING = re.compile(r"^[^。，,；;]{0,10}[，,]?\s*(?:在)?过去(?:的)?[一五]年(?:里|中|来)?(?:[，,]是)?[^。，,；;]{0,16}"
                               r"(?:取得|完成|实现)")
# a paragraph that opens on what the past year achieved reviews it, whatever its part's title (当前国内形势和基本任务);
# the past five years too (二、“十三五”发展总体部署 / 过去的五年，是我州经济社会发展取得显著成就的五年: yanbianchaoxianzu-2016)


def parse(text: str, year: int | None = None) -> Document:
    """Paragraphs, parts, sections and list items; each paragraph's role (review or plan). `year` is the report's
    year as listed, taken when the text's first lines give none (the text's own year wins for its structure: a
    listing may be a year off): 2007年工作安排 then still opens the plan."""
    doc = Document(text, split_paragraphs(text), year=infer_year(text) or year, place_name=infer_place(text))
    doc.spoken_year = date[0] if (date := spoken(text)) else None
    ahead = bool(doc.spoken_year and doc.year and doc.spoken_year < doc.year)   # given in December: 明年 is the plan's
    heads = [p for p in doc.paragraphs if is_part(text[p.start:p.end])]
    weak: set[int] = set()
    unnamed = content_roles(text, heads, doc.year, "明年" if ahead else "今年", weak)
    part_role: str | None = None
    part = section = None
    seen_plan = False
    plan_words: list[str] | None = None     # the plan's time in a part that reviews, then plans (review_then_plan)
    reviewing = False                 # under a heading without a number that opens the review (2015年工作回顾)
    for p in doc.paragraphs:
        line = text[p.start:p.end]
        head = PART.match(line)
        probe = re.sub(r"^[今明]年", lambda m: {"今年": "去年", "明年": "今年"}[m.group()], line) if ahead else line
        if not head and len(line) <= 30 and UNNUMBERED_REVIEW.match(line.strip()):
            reviewing = True
        if head and is_part(line):
            number = ordinal(head.group(1))
            if part is not None and number <= part:
                reviewing = False     # the numbering starts again: the review's parts are over
            part, section = number, None
            title = head.group(2)
            part_role = unnamed.get(p.number) or ("review" if reviews(title, doc.year) else "plan")
            if plan_words := review_then_plan(title, doc.year):
                part_role = "review"
            if seen_plan and unnamed.get(p.number) == "review" and not reviews(title, doc.year):
                part_role = "plan"        # told by its words alone, a review does not follow the plan
            if reviewing and part_role == "plan" and not seen_plan and not PLAN_TITLE.search(title) \
                    and (unnamed.get(p.number) != "plan" or p.number in weak):
                part_role = "review"      # 2015年及“十二五”工作回顾 / 一、坚持精准施策，经济运行企稳回升: its words
            seen_plan = part_role == "plan"   # a review part after a plan part (回顾 after the year's work) reviews
            p.heading = True
            doc.divisions.append(Division("part", part, title, p.start, p.end))
        elif part is not None and (sec := SECTION.match(line)):
            section = ordinal(sec.group(1))
            stop = line.find("。")
            doc.divisions.append(Division("section", f"{part}-{section}", line[sec.end():stop if stop > 0 else len(line)],
                                          p.start + sec.end(), p.start + (stop if stop > 0 else len(line))))
        own = bool(doc.year and re.match(rf"{doc.year}年(?:是|，|,)", probe))    # 2002年，是…的重要一年 (the 2002 report)
        before = bool(doc.year and (y := re.match(r"((?:19|20)\d{2})年", probe)) and int(y.group(1)) < doc.year)
        if not p.heading and PLAN_START.search(probe) and (TARGETS.search(probe) or probe.startswith("今年") or own) \
                and not before:       # 2013年，…圆满实现全年…主要预期目标 (the 2014 report): the year reviewed
            seen_plan = True          # the plan begins without a part heading (or inside the review part)
        elif not p.heading and plan_title(probe, doc.year) or TARGETS_OPENING.match(probe):
            seen_plan = True          # 2014年主要工作, “十一五”时期奋斗目标与主要任务; 全市…主要预期目标是：
        elif not p.heading and plan_words and plan_opens(probe, plan_words):
            seen_plan, plan_words = True, None    # “十五五”时期是…: the plan half of the part's title begins
        if seen_plan:
            reviewing = False
        p.role = "plan" if seen_plan or part_role == "plan" else "review"
        if p.role == "plan" and not p.heading and PAST_YEAR_OPENING.match(line) and (
                (share := past_share(line)) is None or share >= 0.45):
            p.role = "review"         # 在经济领域，过去一年里取得的最重要的成绩… (national 1987) in a plan-titled part
        p.part, p.section = part, section
        if p.role == "plan" and TARGETS.search(line) and not any(q.targets for q in doc.paragraphs):
            p.targets = True
        for m in ITEM.finditer(line):
            doc.divisions.append(Division("item", m.group(1), "", p.start + m.start(1), p.start + m.end(1)))
    glossaries(text, doc.paragraphs)
    return doc
