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
from api.extract.qualifiers import Reading, governing, read
from api.extract.quantities import COUNT_UNITS, Quantity, scan
from api.extract.spans import DATED_LEAD, part_span, span
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
    projects = []
    for m in lexicon.mentions(text):
        blocked[m.start:m.end] = b"\x01" * (m.end - m.start)
        if m.ref.startswith("project/"):
            projects.append(m)
    facts: list[Fact] = []
    year = doc.year or 0
    titles = {d.number: d.title for d in doc.divisions if d.kind == "part"}
    dated: set[int | None] = set()      # parts with a paragraph naming a single year of its own
    for p in doc.paragraphs:
        if p.heading:
            continue
        if DATED_LEAD.match(text, p.start, p.end):
            dated.add(p.part)           # 各位代表，2021年是本届政府的收官之年: the part's paragraphs from here are that year's
        title = titles.get(p.part) if p.part is not None else None
        part = None if p.part in dated else part_span(str(title or ""), text[p.start:p.end], p.role, year)
        para_facts: list[Fact] = []
        for c_lo, c_hi in clauses(text, p.start, p.end):
            quantities = scan(text, c_lo, c_hi, blocked)
            if not quantities:
                continue
            respectively = text.find("分别", c_lo, c_hi)
            after = [q for q in quantities if respectively >= 0 and q.start > respectively]
            if respectively < 0 and joined(text, quantities) and not label_of(text[c_lo:quantities[0].start], True):
                # 城镇居民…15781元，农村居民…4761元，实际增长8.4%和8%: 分别 understood
                respectively, after = quantities[0].start, list(quantities)
            prev_end = c_lo
            before_clause = list(para_facts)
            for q in quantities:
                seg_lo = prev_end
                subject = text[seg_lo:q.start]
                s_lo = sentence_start(text, p.start, q.start)
                stop = full_stop(text, p.start, q.start)
                reading = read(q, subject if q not in after else text[c_lo:after[0].start], text[s_lo:q.start],
                               (c_lo, text[c_lo:q.start]), (stop, text[stop:q.start]), (s_lo, text[s_lo:q.start]))
                estimated = governing(ESTIMATED, text[stop:q.start]) is not None
                kind, period = tense(text, p.role, s_lo, q.start, year, estimated, p.start, doc.spoken_year)
                period_end = None
                if years := span(text[p.start:q.start], text[c_lo:q.start], p.role, year, reading.measure, kind,
                                 text[stop:q.start], part):
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
            urban_rural(text, [f for f in para_facts if f.quote_start >= c_lo or f.value_start >= c_lo], year)
        for f in para_facts:
            project_about(text, f, projects, place, p.start)
        facts.extend(para_facts)
    return facts


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


def full_stop(text: str, lo: int, at: int) -> int:
    """Where the sentence of `at` begins, ； not ending it (预计 governs a list of results across ；)."""
    return max(lo, *(text.rfind(c, lo, at) + 1 for c in "。！？!?"))


def tense(text: str, role: str, s_lo: int, at: int, year: int, estimated: bool = False,
          para_lo: int | None = None, spoken: int | None = None) -> tuple[str, int]:
    sentence = text[s_lo:at]
    if role == "plan" and estimated:
        return "result", year - 1          # 预计全年地区生产总值增长6% in the plan part: last year's estimate
    if role == "plan" and spoken and spoken < year and sentence.startswith("今年"):
        return "result", spoken            # given in December 2021: 今年全市生产总值增长8% is 2021's result
    if role == "plan":
        if PAST.match(sentence) and not sentence.startswith(f"{year}年"):
            m = re.match(r"(\d{4})年", sentence)
            return "result", int(m.group(1)) if m else year - 1
        stop = full_stop(text, para_lo, at) if para_lo is not None else s_lo
        if para_lo is not None and (past := past_context(text, para_lo, stop, year)) \
                and not FUTURE.search(text, stop, next_stop(text, at)):
            return "result", past          # 过去一年…。国内生产总值增长10.3%: the sentence before set the year
        m = BY_YEAR.search(sentence)
        return "target", int(m.group(1)) if m else year
    return "result", year - 1


FUTURE = re.compile(r"今年|明年|(?<![主需重必只])要|(?<!即)将(?!近)|力争|争取|确保|目标|预期|计划|继续|努力|到(?:19|20)\d{2}年")


def next_stop(text: str, at: int) -> int:
    m = re.compile(r"[。！？!?\n]").search(text, at)
    return m.start() if m else len(text)


def past_context(text: str, para_lo: int, s_lo: int, year: int) -> int:
    """The year a sentence of the plan part reports when the sentences before it in its paragraph opened the
    past without saying so again (过去一年，我们的各项工作取得了很大成绩。国内生产总值增长10.3%，…): the
    nearest earlier sentence that begins with 过去一年/去年/上年/an earlier year, through sentences that speak
    of no future (今年, 要, 将, 力争, 目标 …); 0 when there is none."""
    sentences = [m for m in re.finditer(r"[^。！？!?]+[。！？!?]?", text[para_lo:s_lo])]
    for m in reversed(sentences):
        words = m.group().strip()
        if PAST.match(words) and not words.startswith(f"{year}年"):
            y = re.match(r"(\d{4})年", words)
            return (int(y.group(1)) if int(y.group(1)) < year else 0) if y else year - 1
        if FUTURE.search(words):
            return 0
    return 0


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
        if len(items) == 1 and len(after) == 2 and "城乡" in head and (split := urban_and_rural(lexicon, head)):
            # 城乡低保标准分别提高8%和12%: the urban one, then the rural one
            return [one(lexicon, split[k], head, place, c_lo)]
        if len(items) > 1 and len(after) % len(items) == 0:
            # 城镇和农村常住居民人均可支配收入分别达34757元和13360元、年均实际增长7.2%和9.0%: in turn
            return [one(lexicon, complete(lexicon, items, k % len(items)), head, place, c_lo)]
        earlier = [f for f in earlier if f.value_start >= s_lo]      # only values of the same sentence
        if len(items) <= 1 and len(earlier) >= len(after) and not lexicon.indicator(head) and len(after) > 1:
            # 接待游客1.36亿人次,实现旅游收入1493亿元,分别恢复至2019年的148%和175%: the previous clauses' subjects
            refs = earlier[-len(after):]
            return [(refs[k].indicator, refs[k].about, refs[k].subject, refs[0].quote_start)]
        segment = head
    items = [i for i in segment.split("、") if i.strip()]
    if not re.search(r"\d", segment) and (parts := [p for i in items for p in LIST_SPLIT.split(i) if p.strip()]) \
            != items and len(parts) > 1 and all(lexicon.indicator(p) for p in parts):
        items = parts                      # A、B和C均增长14%: the last item is two
    if len(items) > 1 and not re.search(r"\d", segment) and not (EXAMPLES.search(items[-1]) and q.unit not in RATE_UNITS) \
            and (q in after or not total(q, segment)):
        named = [lexicon.indicator(i) or ("" if not re.search(r"率|比例|比重|占比", i) else "rate") for i in items]
        if all(named):
            return [one(lexicon, i, segment, place, c_lo) for i in items]
    if q not in after and (counted := counted_after(text, q, segment, c_hi, seg_lo == c_lo)):
        indicator, _, label, quote_lo = one(lexicon, counted, text[c_lo:c_hi], place, c_lo)
        # `about` from the words before the value, as before: a place word further on (4架保税融资租赁飞机、首个跨境
        # 船舶金融租赁开创东北先河) is not what the count is about
        return [(indicator, lexicon.about(segment, "") or lexicon.about(text[c_lo:q.start], place), label, quote_lo)]
    same_sentence = earlier and earlier[-1].value_start >= sentence_start(text, 0, c_lo)
    if earlier and not label_of(segment, strict=True) and (seg_lo > c_lo or same_sentence):
        prev = earlier[-1]                 # 内资1885.6亿元、增长15.1%: the same subject again
        return [(prev.indicator, prev.about, prev.subject, prev.quote_start)]
    if (carried := carried_over(text, lexicon, segment, c_lo)) and not lexicon.indicator(segment):
        return [(carried, lexicon.about(segment, place), label_of(segment), c_lo)]
    if not label_of(segment, strict=True) or not lexicon.indicator(segment) and re.fullmatch(
            r"[^，,]{0,6}?(?:实施|推出|出台|建成|新增|培育|引进|打造|开展|举办|办好|创建|建设|落实|帮助|完成|有|共|累计)?", segment):
        # 2家企业成功上市, 13个国考河流断面, 推出10条…精品线路: what is counted follows the number — up to the next
        # listed item with a number of its own (建成8个医养结合示范点、9个…综合体); none when a list separator follows
        # the number at once, as the counted thing then came before it (完成营造林286万亩、石漠化综合治理…)
        tail = text[q.suffix_end:c_hi]
        tail = "" if re.match(r"[、，,；;]", tail) else before_next_quantity(tail)
        return [one(lexicon, segment + tail, text[c_lo:c_hi], place, c_lo)]
    return [one(lexicon, segment, text[c_lo:q.start], place, c_lo)]


COUNTED = re.compile(r"(?!以上|以下|以内|之内|左右|上下|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|上升|降低|同比|"
                     r"比|较|以|次|左|超|达|共|累计|分别|均|有|将|已|在|因|被)[\u4e00-\u9fff“]")
LEAD_ONLY = re.compile(r"(?:了|年度|等)$")


def counted_after(text: str, q: Quantity, segment: str, c_hi: int, opens_clause: bool) -> str:
    """What a count counts when the words before it name no thing of their own and a noun follows it: the
    neighbouring item's subject is not this one's (5个贫困县退出、13个贫困乡镇摘帽、626个贫困村出列 → 贫困村;
    技能人才总量达266.9万人，12人入选国家高层次人才), nor are names listed as examples before 等 (建立了公共物流、
    公共交易等8个外贸服务平台 → 外贸服务平台) or a verb with its 了 or a year's batch (提出并着手推进了19项重点工作,
    全面启动2016年度49个乡镇…整治建设). Up to the next listed item with a number of its own."""
    if q.unit not in COUNT_UNITS or q.rank or q.suffix or not COUNTED.match(text, q.suffix_end, c_hi):
        return ""
    cut = max(segment.rfind(c) for c in "、，,；;")
    own = segment[cut + 1:].strip()
    if cut < 0 and not own and not opens_clause:
        return ""                       # 历年拆迁的1万户3.3万人: a second value of the same subject
    if own and label_of(own, strict=True) and not LEAD_ONLY.search(own):
        return ""
    tail = before_next_quantity(text[q.suffix_end:c_hi])
    return re.split(r"[和及与](?=[^，,；;、]*?\d)", tail)[0]


def before_next_quantity(tail: str) -> str:
    """The words after a number up to the 、 that opens a listed item with a number of its own; a 、 inside
    brackets (县（市、区）) opens no item."""
    depth = 0
    for i, c in enumerate(tail):
        depth += (c in "（(") - (c in "）)")
        if c == "、" and depth <= 0 and re.search(r"^[^、]*?[0-9０-９]", tail[i + 1:]):
            return tail[:i]
    return tail


EXAMPLES = re.compile(r"等(?!均|分别|都|各|也|同比|比上年)[\u4e00-\u9fff]{2}")
# 概念验证中心、中试基地等成果转化服务机构10家: the listed names are examples of the class after 等, and the number
# counts the class as a whole — one fact, not one per example (a rate, A、B等主要指标增长30%, is still each item's)
RATE_UNITS = {"%", "％", "‰", "个百分点", "百分点", "倍"}


def total(q: Quantity, segment: str) -> bool:
    """A count after names joined without 均/各/分别 counts them together: 培育农业产业化联合体和农业龙头企业15家以上
    is 15 of both kinds, one fact (docs/records.md: a value *shared* by two subjects, A、B均增长14%, is two facts).
    A rate or an amount is each item's (城镇和农村居民收入增长8%; 生产总值、固定资产投资突破千亿元)."""
    return q.unit in COUNT_UNITS and not q.rank and not re.search(r"[均各都]|分别|同时", segment)


GENERIC = re.compile(r"(?:(?:19|20)\d{2}年)?(?:总量|总额|规模|人均?|总产量|产量|增产)")   # 人均超过: 均 is stripped


def carried_over(text: str, lexicon: Lexicon, segment: str, c_lo: int) -> str:
    """A bare noun whose thing the sentence named before: 国内生产总值年均增长9%，2007年总量达到8400亿元 (the GDP),
    人均超过2300美元 (人均 + 国内生产总值), 粮食连续五年增产，总产量52850万吨 (粮食 + 产量)."""
    label = label_of(segment, strict=True)
    if not GENERIC.fullmatch(label):
        return ""
    before = text[sentence_start(text, 0, c_lo):c_lo]
    ref, lo, hi = lexicon.indicator_span(before)
    noun = re.sub(r"^(?:19|20)\d{2}年", "", label)
    if noun in ("人", "人均"):
        return lexicon.indicator("人均" + before[lo:hi]) if ref else ""
    if noun in ("总产量", "产量", "增产"):
        m = re.match(r"(?:全年|今年|去年)?([\u4e00-\u9fff]{2,4}?)(?:生产)?(?:连续|增产|总产量|产量|实现|获得|喜获|再获|丰收)",
                     before)
        return lexicon.indicator(m.group(1) + "产量") if m else ""
    return ref
def joined(text: str, quantities: list[Quantity]) -> bool:
    """Two or more values joined by 和/、/及 alone (增长8.4%和8%)."""
    return len(quantities) > 1 and all(re.fullmatch(r"[和、及与]", text[a.suffix_end:b.start])
                                       for a, b in zip(quantities, quantities[1:], strict=False))


ECONOMY = re.compile(r"(?:^|[^\u4e00-\u9fff]|我国|全国|全市|全省|全区|我市|我省|本市|国民|今年|明年|时期|期间)经济"
                     r"(?:[^，,；;。]{0,6}?)(?:增长|增速|总量)")


def one(lexicon: Lexicon, item: str, context: str, place: str, quote_lo: int) -> tuple[str, str, str, int]:
    """A listed item names its own indicator, or shares the list's (对日本、韩国、俄罗斯进出口)."""
    indicator = lexicon.indicator(item) or (lexicon.indicator(context) if item != context and not
                                            lexicon.indicator(item) and "、" in context else "")
    label = label_of(item)
    if not indicator and ECONOMY.search(item):
        indicator = "indicator/gdp"        # 经济增长预期目标为7%左右, 我国经济总量超过90万亿元: the economy's output
    if not indicator:
        indicator = proposed_key(label)
    about = lexicon.about(item, "") or lexicon.about(context, place)
    return indicator, about, label, quote_lo


def complete(lexicon: Lexicon, items: list[str], k: int) -> str:
    """A listed item that names no indicator alone, completed by the list's shared tail or head, when the name
    then spans the join: 化学需氧量、二氧化硫排放量 → 化学需氧量排放量; 单位国内生产总值用水量、能耗 → 单位国内生产总值能耗."""
    item = items[k].strip()
    if lexicon.indicator(item) or len(items) < 2:
        return items[k]
    last, first = items[-1].strip(), items[0].strip()
    for j in range(1, len(last)) if k < len(items) - 1 else ():
        candidate = item + last[j:]
        _, lo, hi = lexicon.indicator_span(candidate)
        if hi and lo < len(item) < hi:
            return candidate
    for j in range(len(first) - 1, 0, -1) if k > 0 else ():
        candidate = first[:j] + item
        _, lo, hi = lexicon.indicator_span(candidate)
        if hi and lo < j < hi:
            return candidate
    return items[k]


def urban_and_rural(lexicon: Lexicon, head: str) -> tuple[str, str] | None:
    """城乡X → (城镇X or 城市X, 农村X) when the registry names both; else None."""
    rural = head.replace("城乡", "农村", 1)
    for word in ("城镇", "城市"):
        urban = head.replace("城乡", word, 1)
        if lexicon.indicator(urban) and lexicon.indicator(rural) and lexicon.indicator(urban) != lexicon.indicator(rural):
            return urban, rural
    return None


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
