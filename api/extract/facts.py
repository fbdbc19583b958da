"""Facts from a parsed report: each quantity with what it is about (api/extract/subjects.py), its kind and period.

Kind and period come from the paragraph's role (review → result of the reviewed year, plan → target of the
target year) and the sentence's tense (去年… in the plan is a result; 到2025年 sets a target's period).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import partial

from api.extract import spans
from api.extract.indicators import Lexicon, label_of
from api.extract.labels import relabel
from api.extract.lists import listed
from api.extract.origin import spoken
from api.extract.qualifiers import Reading, governing, read
from api.extract.quantities import Quantity, scan
from api.extract.sentences import clauses, full_stop, next_stop, sentence_start
from api.extract.spans import AIMS, DONE, LEAD, OWN_YEAR, PLANS, TERM_SINCE, beyond, dated_lead, marker, part_span, span
from api.extract.structure import Document
from api.extract.subjects import subjects
from api.extract.tense import tense

ESTIMATED = re.compile(r"预计|初步核算|初步统计")
# a paragraph that opens a review of years for the paragraphs after it (各位代表，过去的五年，是…具体成效如下：;
# 各位代表，“十三五”时期是…决胜阶段; “十三五”时期是砥砺奋进、开拓创新的五年; 回顾过去五年，全市经济社会发展取得丰硕
# 成果。 in baoshan-2021), not an item of a list (——五年来，…)
MIXED_TITLE = re.compile(r"(?:19|20)\d{2}年|[今去]年")     # a heading naming a year, beside a span or alone
SPAN_LEAD = re.compile(r"\s*(?:各位代表[，,！!：:]\s*)?(?:回顾|回首)?(?:过去的?[三四五]年|这[三四五]年|[三四五]年来|本届政府|"
                       rf"{TERM_SINCE.pattern}|"
                       r"[“\"]?十[一二三四五]?五[”\"]?(?:时期|期间|以来))")
# the starting level of a change (从126家增加到467家, 由2010年的42.5%提高到50.3%): the words from 由/从 to the value
START = re.compile(r"(?:由|从)((?:(?:19|20)\d{2}年(?:底|末)?)?[^，,。；;：:\d]{0,12})(?:\d+(?:\.\d+)?\s?[:：∶]\s?)*$")
START_AFTER = re.compile(r"^(?:\s?[:：∶]\s?\d+(?:\.\d+)?)*[^，,。；;\d]{0,5}(?:到|至|(?:调整?|变|改|整合|合并|精简|压缩|减少|增加|提高|降低|上调|下调|下降|上升|提升|回落|扩大|缩小|优化)为)")
# 由420元调为460元, 从35户整合为20户 (round 7 of found, stop 20); 由上年的27.6%下降为11.1% (round 13); 由2.95:1缩小到
# 2.69:1 (a ratio to one, wordforms.py: round 14); 由13.9：35.8：50.3调整为… (each term of a proportion, round 15)
# the level a change is measured from, with its year written (比1997年的447亿元增长81.7%, 较2015年的3.2万人增加)
BASE = re.compile(r"(?:比|较)((?:19|20)\d{2})年(?:底|末)?的\s?$")
BASE_AFTER = re.compile(r"\s?(?:相比)?(?:增长|增加|提高|提升|上升|上涨|下降|减少|降低|扩大|缩小|翻)")
DURATIONS = frozenset({"年", "个月", "月", "天", "日", "小时"})     # 提前两年完成: a time, no count of things done


@dataclass
class Fact:
    kind: str
    period: int
    indicator: str
    about: str
    quote_start: int
    quote_end: int
    quantity: Quantity
    reading: Reading
    subject: str
    paragraph: int
    order: int | None = None
    period_end: int | None = None          # the last year of a span (period is then the first)
    proposed: str = ""                     # the words of a proposed indicator
    notes: list[str] = field(default_factory=list)

    @property
    def value_start(self) -> int:
        return self.quantity.start

    @property
    def value_end(self) -> int:
        return self.quantity.end


def extract_facts(doc: Document, lexicon: Lexicon, place: str) -> list[Fact]:
    text = doc.text
    blocked = bytearray(len(text))
    projects = []
    for m in lexicon.mentions(text):
        blocked[m.start:m.end] = b"\x01" * (m.end - m.start)
        if m.ref.startswith("project/"):
            projects.append(m)
    facts: list[Fact] = []
    year = doc.year or 0
    heads = [d for d in doc.divisions if d.kind == "part"]
    titles = {d.number: d.title for d in reversed(heads)}    # the first of a number, and a paragraph's nearest heading:
    # an appendix numbering again (一、实施道路畅通工程, yinchuan-2013) renames no 一、过去五年工作回顾 (round 23h)
    dated: set[int | None] = set()      # parts with a paragraph naming a single year of its own
    one_year_parts = reviews_one_year(doc, titles, year)
    date = spoken(text)
    midyear = bool(date and date[0] == year and date[1] >= 6)     # given in August 2021: the 2021 report's 上半年
    unrecorded: set[int] = set()        # where the values are that are starting levels not recorded
    lead: tuple[tuple[int, int], int | None, int] | None = None     # (span, part, paragraph) of a span lead
    for p in doc.paragraphs:
        if p.heading or p.glossary:
            lead = None
            continue                    # a glossary of the appendix states nothing (structure.glossaries)
        title = next((d.title for d in reversed(heads) if d.start <= p.start), None) if p.part is not None else None
        if dated_lead(text, p.start, p.end, year) or MIXED_TITLE.search(str(title or "")) and (
                spans.opens_year(text[p.start:p.end]) or announces(text[p.start:p.end], year)):
            dated.add(p.part)           # 各位代表，2021年是本届政府的收官之年: the part's paragraphs from here are that year's;
            # under 过去五年和2021年工作回顾 also 一年来，…, 在刚刚过去的2015年，…, 世纪之交的2000年，是… or a list
            # announced naming no span (主要做了以下几个方面工作：)
        lead = span_lead(text[p.start:p.end], p.role, p.part, p.number, year, lead)
        # the span of the part's heading, else of a lead paragraph before ((一)创新发展渐入人心… after 各位代表，过去的
        # 五年，…具体成效如下：); a value takes it unless its paragraph names a year of its own up to the value's sentence
        # (五年来…累计供水22亿立方米。…2022年，市城区建成区面积扩大至133平方公里: the 2022 sentence is that year's)
        spanned = None if p.part in dated else part_span(str(title or ""), "", p.role, year)
        if spanned is None and lead and lead[2] != p.number:
            spanned = lead[0]
        one_year = p.part in one_year_parts
        para_facts: list[Fact] = []
        for c_lo, c_hi in clauses(text, p.start, p.end):
            quantities = scan(text, c_lo, c_hi, blocked)
            if not quantities:
                continue
            respectively = text.find("分别", c_lo, c_hi)
            after = [q for q in quantities if respectively >= 0 and q.start > respectively]
            if respectively < 0 and joined(text, quantities) and (not label_of(text[c_lo:quantities[0].start], True)
                                                                  or listed(text[c_lo:quantities[0].start], len(quantities))):
                # 城镇居民…15781元，农村居民…4761元，实际增长8.4%和8%: 分别 understood
                respectively, after = quantities[0].start, list(quantities)
            prev_end = c_lo
            before_clause = list(para_facts)
            for q in quantities:
                seg_lo = prev_end
                subject = text[seg_lo:q.start]
                s_lo = sentence_start(text, p.start, q.start)
                stop = full_stop(text, p.start, q.start)
                if q not in after and q is not quantities[0] and q.unit == quantities[0].unit and joined(text, quantities):
                    subject = text[c_lo:quantities[0].start]    # 比上年末增长14.6%和12.6%: read as the first is
                reading = read(q, subject if q not in after else text[c_lo:after[0].start], text[s_lo:q.start],
                               (c_lo, text[c_lo:q.start]), (stop, text[stop:q.start]), (s_lo, text[s_lo:q.start]),
                               text[q.suffix_end:c_hi])
                estimated = governing(ESTIMATED, text[stop:q.start]) is not None
                own = OWN_YEAR.search(text, p.start, next_stop(text, q.start))
                if own and "累计" in text[c_lo:q.start] and not OWN_YEAR.search(text, s_lo, next_stop(text, q.start)):
                    own = None          # 2015年…达标率97.4%。…累计新增造林34.4万亩 under “十二五”时期…情况: the span's
                para_from = p.start
                if own and spanned is not None and p.role == "review" and own.start() < s_lo \
                        and ESTIMATE_YEAR.fullmatch(own.group()) and not YEAR_REVIEWED.search(text, max(p.start, own.start() - 6), own.end() + 4) \
                        and DONE_OR_FLOW.search(text, c_lo, q.start) and not OWN_YEAR.search(text, s_lo, next_stop(text, q.start)) \
                        and not re.match(r"[^。！？!?]*[：:]", text[own.end():q.start]):
                    own, para_from = None, s_lo     # 1.综合实力…。预计2021年，GDP达到…。…创建省级高新区4家 under 过去五年
                    # 工作回顾 (TEST10, round 17d): a thing done in a term's review is the term's, a year named in an
                    # earlier sentence of its paragraph aside (that sentence's levels stay that year's); not a year that
                    # announces the list the value is in (2011年十件实事全面完成：…六是筹集建设90281套保障性住房: guangzhou-2012)
                if own and spanned is not None and p.role == "plan" and beyond(text, p.start, s_lo, spanned) \
                        and not OWN_YEAR.search(text, s_lo, next_stop(text, q.start)):
                    own = None          # 今后五年…主要目标 / 力争在2020年前实现…翻一番。…比重达到65%以上: the span's
                part = None if own else spanned     # total (round 11), the year named in an earlier sentence aside
                kind, period = tense(text, p.role, s_lo, q.start, year, estimated, p.start, doc.spoken_year,
                                     midyear)
                period_end = None
                if years := span(text[para_from:q.start], text[c_lo:q.start], p.role, year, reading.measure, kind,
                                 text[stop:q.start], part,
                                 text[q.suffix_end:c_hi],
                                 q.unit not in DURATIONS and "连冠" not in text[q.start:q.suffix_end]):
                    period, period_end = years
                if p.role == "review" and term_multiple(text, q, reading, c_lo, stop, period_end):
                    unrecorded.add(q.start)   # 五年增长1.3倍, 五年翻了一番: a growth over the term without its base
                if reading.measure in ("level", "share", "rank") and (began := starting(
                        text, c_lo, q, p.role, year, partial(span, text[para_from:q.start], text[c_lo:q.start], p.role,
                                                             year, "growth", kind, text[stop:q.start], part),
                        one_year, p.role == "plan" and kind == "target")):
                    if reading.measure == "rank" and began < 0:
                        pass                  # 由2000年的第十一位: a starting rank with its year written; else as it was
                    elif began < 0:           # a starting level of a one-year review or plan, no year: not recorded,
                        unrecorded.add(q.start)   # but the label of the level it changes to may come from it
                    else:
                        kind, period, period_end = "result", began, None
                        # a starting level is an earlier year's final figure: 预计/初步核算/力争 govern the change
                        reading.modality, reading.modality_written, reading.modality_at = "", "", -1
                made = subjects(text, lexicon, q, c_lo, c_hi, seg_lo, after, respectively,
                                para_facts if q not in after else before_clause, place)
                for n, (indicator, about, label, quote_lo) in enumerate(made, start=1):
                    if reading.modality_at >= 0:
                        quote_lo = min(quote_lo, reading.modality_at)     # the modality's words inside the quote
                    fact = Fact(kind, period, indicator, about, quote_lo, q.suffix_end, q, reading, label, p.number,
                                period_end=period_end,
                                proposed=label if indicator.startswith("indicator/proposed-") else "")
                    if len(made) > 1:
                        fact.order = n
                    elif q in after and len(after) > 1:
                        fact.order = after.index(q) + 1
                    fact.notes.extend(reading.notes)
                    para_facts.append(fact)
                prev_end = q.suffix_end
            urban_rural(text, [f for f in para_facts if f.quote_start >= c_lo or f.value_start >= c_lo], year)
        for f in para_facts:
            project_about(text, f, projects, place, p.start)
        relabel(text, para_facts, lexicon)      # labels naming no thing (api/extract/labels.py, round 10)
        facts.extend(f for f in para_facts if f.value_start not in unrecorded)
    return facts


BASE_WRITTEN = re.compile(r"(?:比|较|与|由|是|为|从|在)(?:(?:19|20)\d{2}年|[“\"]?(?:十[一二三四五]?五|[六七八九]五)[”\"]?)"
                          r"|(?:由|从)\d")      # 从6935亿元增至15480亿元，增长1.2倍: the starting level is the base
OVER_YEARS = re.compile(r"(?:[一二两三四五六七八九十]|\d{1,2})年(?:内|来|间|里|中)?(?:就|接近|基本|实现了?|又)*$")


def term_multiple(text: str, q: Quantity, reading: Reading, c_lo: int, stop: int, period_end: int | None) -> bool:
    """A growth over a reviewed span written as a multiple (技术合同成交额增长1.71倍, 五年增长1.3倍, 五年翻了一番, 实现了
    四年翻番) with no base in its sentence (比2005年, 与2000年相比, 是“十五”末的): not recorded (docs/records.md, round
    20). A percent over the span (五年累计…能耗下降19.1%) and a multiple of a base written stay."""
    multiple = reading.measure == "growth" and q.unit == "倍" or q.unit == "番"
    if not multiple or BASE_WRITTEN.search(text, stop, q.start) or reading.baseline.startswith("level-of"):
        return False
    return period_end is not None or q.unit == "番" and OVER_YEARS.search(text[c_lo:q.start]) is not None


DONE_OR_FLOW = re.compile(f"{DONE.pattern}|累计|新增|净增")
ESTIMATE_YEAR = re.compile(r"(?:19|20)\d{2}年")
YEAR_REVIEWED = re.compile(r"过去的(?:19|20)\d{2}年|(?:19|20)\d{2}年(?:，|,)?(?:我们|是)")
# 刚刚过去的2015年，我们…; 2020年是…: the sentences after review that year (jiangsu-2016), not the term
CAPACITY = re.compile(r"产能|年产|炼油|乙烯|达产|投产|新增产值")


def project_about(text: str, f: Fact, projects: list, place: str, para_lo: int) -> None:
    """A project's capacity or expected effect is about the project (docs/records.md, "Capacities and expected
    effects of projects") when the registry names it earlier in the sentence, no other project or quantity comes
    between, and the words from the name to the value speak of capacity (大石化搬迁改造项目协议正式签署，将在西中岛
    新建1000万吨炼油; SK海力士项目…，项目达产后将新增芯片产能48万片)."""
    if f.about != place:
        return
    s_lo = full_stop(text, para_lo, f.value_start)
    named = [m for m in projects if s_lo <= m.start and m.end <= f.value_start]
    if not named or len({m.ref for m in named}) > 1:
        return
    between = text[named[-1].end:f.value_start]
    if CAPACITY.search(between + text[f.value_end:f.value_end + 2]) and not re.search(r"；|;", between):
        f.about = named[-1].ref


def announces(line: str, year: int) -> bool:
    """The paragraph announces a list of work naming no span (主要做了以下几个方面工作：; not 五年来，主要做了以下工作：)."""
    tail = line.rstrip()[-30:]
    years = marker(tail, "review", year)
    return lists_below(tail) and not (years and years[0] < years[1])


def lists_below(tail: str) -> bool:
    """The words end announcing the list that follows (…主要做了以下工作：, 具体成效如下：)."""
    return tail.endswith(("：", ":")) and re.search(r"以下|如下", tail) is not None


def span_lead(line: str, role: str, part: int | None, number: int, year: int,
              lead: tuple[tuple[int, int], int | None, int] | None) -> tuple[tuple[int, int], int | None, int] | None:
    """The span a review's lead paragraph opens for the paragraphs after it in its part (各位代表，过去的五年，是…
    具体成效如下： then （一）创新发展渐入人心…; 各位代表，“十三五”时期是…决胜阶段 then 一、…二、…), as a part's
    heading does (spans.part_span), or a dated opening whose next sentence opens the span (2020年，…实现“十三五”
    规划胜利收官。“十三五”时期，我们… then ——取得两个历史性成就…), until a paragraph opens another year (各位代表，刚刚过去的2020年; 一年来),
    announces other work (主要做了以下几个方面工作：), or the part or role changes."""
    if role == "review":
        for at in [0] + [m.end() for m in re.finditer(r"。", line[:200]) if dated_lead(line, 0, len(line), year)]:
            if SPAN_LEAD.match(line, at) and (years := marker(line[at:at + LEAD], role, year)) \
                    and years[0] < years[1]:
                return years, part, number
        tail = line[line.rfind("。", 0, len(line) - 1) + 1:].strip()     # …创五年新高。五年来，主要做了以下工作：
        if lists_below(tail) and SPAN_LEAD.match(tail) \
                and (years := marker(tail[:LEAD], role, year)) and years[0] < years[1]:
            return years, part, number
    if role == "plan":                # 今后五年经济社会发展的主要目标是： then ——…, 一是…: the plan's span for the list's items
        tail = line[line.rfind("。", 0, len(line) - 1) + 1:].strip()
        if tail.endswith(("：", ":")) and AIMS.search(tail) and (years := marker(tail, role, year)) \
                and year <= years[0] < years[1]:
            return years, part, number
        if lead and lead[0][0] >= year and part == lead[1] and ITEM.match(line) and not OWN_YEAR.search(line[:LEAD]) \
                and not line.rstrip().endswith(("：", ":")):
            return lead
        return None
    if lead is None or role != "review" or part != lead[1] or dated_lead(line, 0, len(line), year) \
            or spans.opens_year(line) or line.rstrip().endswith(("：", ":")):
        return None
    return lead


ITEM = re.compile(r"\s*(?:—|[一二三四五六七八九十]+是|[（(][一二三四五六七八九十\d]+[)）]|\d+[.．、]|第[一二三四五六七八九十]+[，,、])")
# an item of a list (——…, 一是…, （一）…, 1.…, 第一，…)
MULTI_YEAR = re.compile(r"(?:过去的?|这|近)[两三四五]年|[两三四五]年(?:来|以来|间|中|里)|本届政府|"
                        r"十[一二三四五]?五[”\"]?(?:时期|期间|以来)")


def reviews_one_year(doc: Document, titles: dict, year: int) -> set[int]:
    """The parts that review the year before the report's and nothing longer: the heading names that year alone
    (一、2013年工作回顾) and no paragraph of the part speaks of several years (五年来, 本届政府, “十三五”时期)."""
    parts = {n for n, t in titles.items() if re.fullmatch(rf"\s*{year - 1}年[^，、及和与]{{0,6}}回顾\s*", str(t or ""))}
    return {n for n in parts if not any(p.part == n and MULTI_YEAR.search(doc.text, p.start, p.end)
                                        for p in doc.paragraphs)}


def starting(text: str, c_lo: int, q: Quantity, role: str, year: int,
             reviewed: Callable[[], tuple[int, int | None] | None], one_year: bool = False,
             planned: bool = False) -> int:
    """The year of the starting level of a change (docs/records.md; common rule of stop 19): the year written
    (由2010年的42.5%, 由“十五”末的40% → 2005), else the year before the span its paragraph reviews (五年来…从126家
    增加到467家 → 2015), else in a plan the year before the span it names (今后五年…由50%提高到… in the 2023 plan →
    2022); 0 when the value
    is no starting level or its year is not known; -1 in a part reviewing one year (`one_year`, reviews_one_year)
    that gives no year (由33%上升至40%, 由420元调为460元: not recorded,
    docs/records.md; round 7 of found, stop 20). 由上年的25.4% is the level of the year before the reviewed one.
    A target of a plan (`planned`) with no year written: the year before the span of its paragraph or part, else -1
    (not recorded; docs/records.md, round 8 of found, stop 20).
    `reviewed` gives the span of the paragraph (spans.span), asked only for a starting level of a review or plan."""
    if (base := BASE.search(text, c_lo, q.start)) and BASE_AFTER.match(text, q.suffix_end):
        return int(base.group(1))     # 比1997年的447亿元增长81.7%: the base's level, of the year written (stop 27)
    m = START.search(text, c_lo, q.start)
    if m is None or not START_AFTER.match(text[q.suffix_end:q.suffix_end + 24]):
        return 0
    words = m.group(1)
    if y := re.search(r"((?:19|20)\d{2})年", words):
        return int(y.group(1))
    if plan := re.search(r"(十[一二三四五]?五|九五)[”\"]?末", words):
        return PLANS[plan.group(1)] + 4
    s_lo = max(text.rfind(c, 0, c_lo) for c in "。！？\n") + 1
    if parallel := re.findall(r"(?:由|从)((?:19|20)\d{2})年(?:底|末)?的", text[s_lo:m.start()]):
        return int(parallel[-1])      # 由1998年的13.8亿元增加到…，人均月工资由478元增加到…: the sentence's base year
    if "前年" in words:
        return year - 2               # 从前年的22.04%提高至23.7% in the 2014 report: 2012 (round 8)
    if re.search(r"上年|去年", words):
        return year - 2 if role == "review" else year - 1
    if re.search(r"季度|[一二三四五六七八九十\d]月|上半年|年初", words):
        return 0                      # 从一季度7.9%收窄至前三季度的1.6%: a part of the year, left as it was
    if role == "review":
        years = reviewed()
        if years and years[1] is not None:
            return years[0] - 1
        return -1 if one_year else 0
    if planned:                       # a plan's starting level: the year before the span its words or part name
        years = reviewed()            # (今后五年…由50%提高到60% → the year before); else "now" has no year
        return years[0] - 1 if years and years[1] is not None else -1   # (由现在的57个, 由每人610元: round 8)
    return year - 1


def joined(text: str, quantities: list[Quantity]) -> bool:
    """Two or more values joined by 和/、/及 alone (增长8.4%和8%)."""
    return len(quantities) > 1 and all(re.fullmatch(r"[和、及与]", text[a.suffix_end:b.start])
                                       for a, b in zip(quantities, quantities[1:], strict=False))


URBAN_RURAL = {"disposable": ("indicator/urban-disposable-income", "indicator/rural-disposable-income"),
               "net": ("indicator/urban-disposable-income", "indicator/rural-net-income")}


def urban_rural(text: str, clause_facts: list[Fact], year: int) -> None:
    """城乡居民人均可支配收入34993元和13747元 (分别增长6.4%和6.7%): two values of 城乡 residents' income are the
    urban one and the rural one, in that order (docs/records.md: one fact per indicator). The rural series is
    disposable income when the words say 可支配 or the report is of 2014 or later (the unified household survey),
    else net income (纯收入)."""
    pair = [f for f in clause_facts if f.indicator == "indicator/resident-income" and "城乡" in f.subject]
    if len(pair) != 2 or pair[0].quantity is pair[1].quantity or pair[0].quantity.unit != pair[1].quantity.unit:
        return
    between = text[pair[0].quantity.suffix_end:pair[1].quantity.start]
    if not re.fullmatch(r"[和、与及]", between):
        return
    words = pair[0].subject
    series = "net" if "纯收入" in words else "disposable" if "可支配" in words or year >= 2014 else "net"
    for f, ref in zip(pair, URBAN_RURAL[series], strict=True):
        f.indicator, f.proposed = ref, ""
