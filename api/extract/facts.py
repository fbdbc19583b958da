"""Facts from a parsed report: each quantity with its subject, indicator, about, kind and period.

The subject of a value is the run of words from the start of its clause (or from the previous value of the
clause) to the value. Compound statements are split as docs/records.md asks: 分别 lists map their subjects to
their values in order (对日本、韩国、俄罗斯进出口分别增长2%、20%、80% → three facts, `order` 1–3; with no list
subject, the values of the previous clauses: 接待游客…、实现旅游收入…,分别恢复至2019年的148%和175%), and a value
shared by listed indicators (A率、B率保持100%) is one fact per indicator.
Kind and period come from the paragraph's role (review → result of the reviewed year, plan → target of the
target year) and the sentence's tense (去年… in the plan is a result; 到2025年 sets a target's period).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from api.extract.indicators import Lexicon, label_of, proposed_key
from api.extract.qualifiers import Reading, read
from api.extract.quantities import Quantity, scan
from api.extract.spans import span
from api.extract.structure import Document

CLAUSE_END = re.compile(r"[，；;。：:！？!?\n]|,(?!\d{3})")
SENTENCE_END = re.compile(r"[。！？!?；;\n]")
LIST_SPLIT = re.compile(r"、|和|及|与|以及")
PAST = re.compile(r"^(?:去年|上年|过去一年|过去五年|\d{4}年(?:全年|全市|全省)?)")
ESTIMATED = re.compile(r"预计|初步核算|初步统计")
BY_YEAR = re.compile(r"到((?:19|20)\d{2})年(?:底|末)?")


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


def clauses(text: str, lo: int, hi: int) -> list[tuple[int, int]]:
    out, at = [], lo
    for m in CLAUSE_END.finditer(text, lo, hi):
        if m.start() > at:
            out.append((at, m.start()))
        at = m.end()
    if at < hi:
        out.append((at, hi))
    return out


def sentence_start(text: str, lo: int, at: int) -> int:
    start = lo
    for m in SENTENCE_END.finditer(text, lo, at):
        start = m.end()
    return start


def extract_facts(doc: Document, lexicon: Lexicon, place: str) -> list[Fact]:
    text = doc.text
    blocked = bytearray(len(text))
    for m in lexicon.mentions(text):
        blocked[m.start:m.end] = b"\x01" * (m.end - m.start)
    facts: list[Fact] = []
    year = doc.year or 0
    for p in doc.paragraphs:
        if p.heading:
            continue
        para_facts: list[Fact] = []
        for c_lo, c_hi in clauses(text, p.start, p.end):
            quantities = scan(text, c_lo, c_hi, blocked)
            if not quantities:
                continue
            respectively = text.find("分别", c_lo, c_hi)
            after = [q for q in quantities if respectively >= 0 and q.start > respectively]
            prev_end = c_lo
            before_clause = list(para_facts)
            for q in quantities:
                seg_lo = prev_end
                subject = text[seg_lo:q.start]
                s_lo = sentence_start(text, p.start, q.start)
                stop = full_stop(text, p.start, q.start)
                reading = read(q, subject if q not in after else text[c_lo:after[0].start], text[s_lo:q.start],
                               (c_lo, text[c_lo:q.start]), (s_lo, text[s_lo:q.start]))
                estimated = ESTIMATED.search(text, stop, q.start) is not None
                kind, period = tense(text, p.role, s_lo, q.start, year, estimated)
                period_end = None
                if years := span(text[p.start:q.start], text[c_lo:q.start], p.role, year, reading.measure, kind,
                                 text[stop:q.start]):
                    period, period_end = years
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
        facts.extend(para_facts)
    return facts


def full_stop(text: str, lo: int, at: int) -> int:
    """Where the sentence of `at` begins, ； not ending it (预计 governs a list of results across ；)."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in "。！？!?"))


def tense(text: str, role: str, s_lo: int, at: int, year: int, estimated: bool = False) -> tuple[str, int]:
    sentence = text[s_lo:at]
    if role == "plan" and estimated:
        return "result", year - 1          # 预计全年地区生产总值增长6% in the plan part: last year's estimate
    if role == "plan":
        if PAST.match(sentence) and not sentence.startswith(f"{year}年"):
            m = re.match(r"(\d{4})年", sentence)
            return "result", int(m.group(1)) if m else year - 1
        m = BY_YEAR.search(sentence)
        return "target", int(m.group(1)) if m else year
    return "result", year - 1


def subjects(text: str, lexicon: Lexicon, q: Quantity, c_lo: int, c_hi: int, seg_lo: int, after: list[Quantity],
             respectively: int, earlier: list, place: str) -> list[tuple[str, str, str, int]]:
    """(indicator, about, label, quote start) for each fact the quantity states: one, or one per listed subject."""
    segment = text[seg_lo:q.start]
    if q in after:
        k = after.index(q)
        head = text[c_lo:respectively]
        s_lo = sentence_start(text, 0, c_lo)
        if not head.strip() and s_lo < c_lo:
            # …清洁能源装机和发电量占比全国领先，分别为62%、74%: the list is in the clause before
            prev = [c for c in clauses(text, s_lo, c_lo)]
            if prev and not re.search(r"\d", text[prev[-1][0]:prev[-1][1]]):
                head, c_lo = text[prev[-1][0]:prev[-1][1]], prev[-1][0]
        items = [i for i in LIST_SPLIT.split(head) if i.strip()]
        if len(items) == len(after) and len(after) > 1:
            return [one(lexicon, items[k], head, place, c_lo)]
        earlier = [f for f in earlier if f.quote_start >= s_lo]      # only values of the same sentence
        if len(items) <= 1 and len(earlier) >= len(after) and not lexicon.indicator(head) and len(after) > 1:
            # 接待游客1.36亿人次,实现旅游收入1493亿元,分别恢复至2019年的148%和175%: the previous clauses' subjects
            refs = earlier[-len(after):]
            return [(refs[k].indicator, refs[k].about, refs[k].subject, refs[0].quote_start)]
        segment = head
    items = [i for i in segment.split("、") if i.strip()]
    if len(items) > 1 and not re.search(r"\d", segment):
        named = [lexicon.indicator(i) or ("" if not re.search(r"率|比例|比重|占比", i) else "rate") for i in items]
        if all(named):
            return [one(lexicon, i, segment, place, c_lo) for i in items]
    same_sentence = earlier and earlier[-1].quote_start >= sentence_start(text, 0, c_lo)
    if earlier and not label_of(segment, strict=True) and (seg_lo > c_lo or same_sentence):
        prev = earlier[-1]                 # 内资1885.6亿元、增长15.1%: the same subject again
        return [(prev.indicator, prev.about, prev.subject, prev.quote_start)]
    if not label_of(segment, strict=True) or not lexicon.indicator(segment) and re.fullmatch(
            r"[^，,]{0,6}?(?:实施|推出|出台|建成|新增|培育|引进|打造|开展|举办|办好|创建|建设|落实|帮助|完成|有|共|累计)?", segment):
        # 2家企业成功上市, 13个国考河流断面, 推出10条…精品线路: what is counted follows the number
        tail = text[q.suffix_end:c_hi]
        return [one(lexicon, segment + tail, text[c_lo:c_hi], place, c_lo)]
    return [one(lexicon, segment, text[c_lo:q.start], place, c_lo)]


def one(lexicon: Lexicon, item: str, context: str, place: str, quote_lo: int) -> tuple[str, str, str, int]:
    """A listed item names its own indicator, or shares the list's (对日本、韩国、俄罗斯进出口)."""
    indicator = lexicon.indicator(item) or (lexicon.indicator(context) if item != context and not
                                            lexicon.indicator(item) and "、" in context else "")
    label = label_of(item)
    if not indicator:
        indicator = proposed_key(label)
    about = lexicon.about(item, "") or lexicon.about(context, place)
    return indicator, about, label, quote_lo
