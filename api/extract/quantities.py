"""Quantities as the reports write them: a number (Arabic or Chinese: 6.5, 两, 十五, 首), a range (2—3家,
6.5%—7%), an approximate tail (100多家, 3000余家), a scale word (万, 亿, 万亿, 千亿, 上百亿), a unit word, and the
qualifier words around it (超过…, …以上, 控制在…左右). Numbers inside names are not quantities: years and dates,
ordinals (第十七届, 二次会议, 十一届七次、八次全会), line and document numbers (5号线), plan names (十四五), quoted
names (“十五条”), codes (5G, PM2.5), registry names (三项机制), terms (三次产业, 二次供水, 城乡二元结构), slogans
(两个市场, 两个文明, 三条控制线, 两篇文章) and places (七台河); nor are the length of a streak (连续4年), a rating
(4兆瓦级, 7500立方米…船, 4座级), a year or a name read digit by digit (一九六七年, 八二一人民公园), the size of a
group the place is one of (成为…新增3个…之一), a count repeating the names just listed (A和B两个产业园, A、B、C和D4项), a class (十亿元镇; 千万元以上项目122个: `class_threshold`), a sport
(现代五项), the size of a national list (入选全国60个…名单) or of a policy package named by it (落实安全生产15条
硬措施, 推出稳增长30条、科创32条等政策).

`scan(text, start, end)` returns the quantities of a span of the text with offsets into the whole text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal

from api.extract.classes import (
    below_threshold,
    condition_class,
    ended_class,
    opening_class,
    over_threshold,
    rate_population,
)
from api.extract.mentions import level_difference, mark_then_value
from api.extract.names import SHARED_RATE, is_name
from api.extract.populations import scale_class, size_band
from api.extract.scopes import (
    benefit_scope,
    each_over,
    epithet,
    in_range_of,
    measure_class,
    names_follow,
    no_statement,
    part_follows,
    plant_rating,
    rate_class,
    settlement_class,
    threshold_crossed,
)
from api.extract.units import COUNT_UNITS, DIGITS_ONLY, RATE_UNITS, TIME_UNITS, UNIT_WORDS, digits_only_unit
from api.extract.wordforms import PROPORTION, forms
from api.numbers import SCALES, NumberError, scaled, to_decimal

AR = r"\d+(?:\.\d+)?"
CNUM = r"[一二两三四五六七八九十百][一二两三四五六七八九十百千零〇]*(?:[万亿][零〇]?[一二两三四五六七八九][一二两三四五六七八九十百千零〇]*)*"
# 七百零四, 三千二百, 五万一千三百, 一千三百八十六万九千: the whole numeral (round 8; old reports)
UNIT_RE = "|".join(re.escape(u) for u in UNIT_WORDS) + r"|(?<=[万亿])方(?![面案式向位法针阵舱格圆])"
# 方, the spoken 立方米 (毗河供水一期工程累计调水2.1亿方, ziyang-2025; 天然气产量42亿方, 清淤1254万方): a unit after 万
# or 亿 only (RCEP 共15方成员 counts parties; 三方, 多方, 5方面 are no volume; round 23h)
SCALE_RE = r"万亿|千亿|百亿|亿|千万|百万|十万|万|千(?=公顷|吨|亩)"   # 10.3千公顷: 10,300 hectares
QUANTITY = re.compile(
    rf"(?P<a>{AR}|{CNUM})(?P<pa>[%％‰])?"
    rf"(?:(?P<dash>[—–\-－~～至到])(?P<b>{AR}|{CNUM}))?"   # －: the full-width hyphen (8－10个; round 10)
    rf"(?P<ap1>多|余)?(?:(?<=\d)[ \u3000]?(?=(?:{SCALE_RE})))?(?P<scale>{SCALE_RE})?(?P<ap2>多|余)?(?:[ \u3000]?(?P<unit>{UNIT_RE}))?")
# one space may stand between the number and its unit word in the source text (实施PPP项目13 个, 新增龙头企业 4家),
# and one between digits and their scale word (工业总产值 220.57 亿元; round 8)
SHARED_POINTS = re.compile(r"\s*[和、与及]\s*\d+(?:\.\d+)?\s*个百分点")
BARE_SCALE = re.compile(r"(?P<lead>上|数)?(?P<scale>千亿|百亿|十亿|万亿|千万|百万)(?P<unit>元|美元|吨|人次|千瓦|平方米|亩)")
BARE_MARK = re.compile(r"(?<=突破|超过|达到)(?P<lead>)(?P<scale>千亿|百亿|万亿|亿)(?P<unit>(?<=[^千百万]亿)(?:元|美元)|)"
                       r"(?=(?:大关)?(?:[，。；,;]|$))")
# 投资突破百亿。, 产值超过千亿，: a scale word alone closing the clause after a verb of reaching is the value (round 10);
# not a mark passed before or after the value (突破千亿，达到1020亿元: PASSED_THEN_VALUE; 达到1367亿元，超过千亿);
# round 17b: also with 大关 (江都、邗江突破千亿大关。: the mark alone is the statement, docs/records.md)
# round 22c: 亿 alone with its currency (跨境电商交易额突破亿元。, anshan-2025; 营收突破亿元大关，): the mark is the value
PASSED_THEN_VALUE = re.compile(r"[，,](?:全年|全市|全省)?(?:预计)?(?:达到|达|为|实现|增至)[ \u3000]?\d")
# round 17b: 生产总值突破万亿大关，预计达1.2万亿元 (the 3312 corpus check): the estimate given after is the value
RANK = re.compile(r"(?:(?:[稳跃]?居|位居|位列|排名|排在|名列|分列|列|保持|(?<![安编彩并])排)(?:全国|全省|全市|全球|世界|东北|副省级城市|同类城市)?"
                  r"|(?<![成作认视称评选定列])(?:分别|均)?为(?:全国|全省|全市|全区|全州|全球|世界|中部|西部|东部|东北|西北|西南|华东|华北|华南"
                  r"|华中|珠三角|长三角|同类城市|副省级城市))[^，。；,;]{0,8}?"
                  r"(?P<v>首位(?!产业|城市|度|战略|经济)|第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$)))")
# 首位产业, 首位城市, 首位度 are names, not ranks (宜居宜游首位产业: 居 of 宜居; round 7)
# round 17d: 为 before a scope too (增幅为全国十大机场第一, 为全省工业园区第二位; not 保护为主、抢救第一 or 成为…第一)
# round 10: 排 and 保持 are rank verbs too (经济总量排第二位, 保持全省第一位, 保持中部地区第1); not 安排第二批
# 居全省第3位, 列第二名; also 第4 with no unit word when the clause or the listed item ends there (分别居全省第4、第2;
# 增速分列全省第三和第一; 均居全省第2。), not 第一方阵 or 第二十届 (the number then begins a name)
VERBLESS_RANKS = (
    re.compile(r"(?<!许多)(?<![个项])(?:全国|全省|全市|全区|全州|全球|世界)(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$)))"),
    re.compile(r"(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>名))(?=[，。；、,;）)”]|$|的|成绩)"),
    re.compile(r"(?:(?<=[至到])|(?<=升为)|(?<=进为))(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位))"))
# a rank with no rank verb: 增速全省第1, (…三市)全国第四, 第一名 wherever it stands (获…“荷花奖”金奖第一名; 以第一名
# 成绩通过国家验收, round 17b), 第四位 after
# 升到 or 升为 (从世界第六位上升到第四位, 由全国第6位上升为第4位); not
# 全省第二批, 全国第一个, 第二名党员 (the number then begins a name or counts something else)
MORE_RANKS = re.compile(r"[、和](?:[^，。；、,;\d第居列排位]{1,6}?(?=第))?第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$))")
CLASS_AFTER = re.compile(r"^(?!以上|以下|以内|之内|左右|上下|多|余|大关|台阶|的|和|与|及|或|，|。|；|、)[\u4e00-\u9fff]")
PREFIX_QUALIFIERS = ("不低于", "不少于", "不超过", "不高于", "不到", "不足", "不满", "超过", "突破", "高于", "低于",
                     "多于", "少于", "接近", "将近", "近", "约", "控制在", "控制", "大约", "达到", "达", "超", "逾")
# 约 closing a word is no qualifier: 签约142个项目, 节约用地1.7万亩, 预约, 制约, 集约 …
NOT_ABOUT = re.compile(r"[签节预制集履契合特违条公缔续解守相赴邀践简]约$")
SUFFIX_QUALIFIERS = ("左右", "以上", "以内", "以下", "之内", "上下", "多", "余")


# a count of units before a capacity (华能正宁电厂2×66万千瓦火电项目: two units of 66万千瓦 each), no part of a name
UNITS_OF = re.compile(r"[0-9０-９一二两三四五六七八九十]+\s*[×xX＊*]\s*$")


@dataclass
class Quantity:
    start: int                    # offset of the value as written (number … unit)
    end: int
    value: str                    # as written: "1.36亿人次", "2—3家", "6.5%—7%", "100多家"
    minimum: Decimal
    maximum: Decimal
    scale: str
    unit: str                     # unit word as written ("%", "个百分点", "亿元" → "元")
    approx: str = ""              # 多 / 余 between number and unit
    lead: str = ""                # 上 of 上百亿, a qualifier in the value itself
    prefix: str = ""              # qualifier word just before: 超过, 不低于, 近, 控制在 …
    suffix: str = ""              # qualifier word just after: 以上, 左右, 以内 …
    suffix_end: int = 0           # end of the value with its suffix qualifier
    rank: bool = False
    verb_at: int = -1             # a rank: where its verb begins (居 of 居全省第3位), so the subject ends there
    share: bool = False           # a term of a proportion written with no unit (三次产业比例5.2∶41∶53.8; round 15)
    meant: str = ""               # the unit word meant where the written one reads two ways (方 of floor area: 平方米)

    @property
    def is_range(self) -> bool:
        return self.minimum != self.maximum


def qualifiers(text: str, q: Quantity, lo: int, hi: int) -> None:
    """The qualifier words just around a quantity (inside the clause [lo, hi))."""
    before = text[max(lo, q.start - 6):q.start]
    for word in PREFIX_QUALIFIERS:
        if before.endswith(word) and not (word == "约" and NOT_ABOUT.search(before)):
            q.prefix = word
            break
    else:
        # a gap of up to four characters (不低于每生每年1150元): looked for in the ten before the value, so that the
        # 不 of 不低于 is seen (with six, 低于每生每年 read as "less than")
        before = text[max(lo, q.start - 10):q.start]
        m = re.search(r"(控制在|不低于|不少于|不超过|超过|突破|低于|高于|接近|将近|(?<![签节预制集履契合特违条公缔续解守相赴邀践简])约)"
                      r"[^，。；,;、]{0,4}$", before)
        if m and not re.search(r"\d", before[m.end():]):
            q.prefix = m.group(1)
    after = text[q.end:min(hi, q.end + 3)]
    q.suffix_end = q.end
    for word in SUFFIX_QUALIFIERS[:6]:
        if after.startswith(word) and not after.startswith("上下游"):     # 20家上下游企业: no qualifier
            q.suffix, q.suffix_end = word, q.end + len(word)
            break
    if q.unit in ("倍", "番") and not q.suffix and after[:1] in ("多", "余"):
        q.approx = q.suffix = after[0]                         # 增长2倍多, 翻了一番多: more than twice
        q.suffix_end = q.end + 1


def scan(text: str, lo: int, hi: int, blocked: bytearray | None = None) -> list[Quantity]:
    """Every quantity in text[lo:hi]. `blocked` marks characters inside names (registry mentions)."""
    found: list[Quantity] = []
    taken: set[int] = set()
    for m in [*RANK.finditer(text, lo, hi), *(r for p in VERBLESS_RANKS for r in p.finditer(text, lo, hi))]:
        if m.start("v") in taken:
            continue
        v = m.group("v")
        s = m.start("v")
        if v == "首位":
            found.append(Quantity(s, m.end("v"), "首位", Decimal(1), Decimal(1), "", "位", rank=True, suffix_end=m.end("v"),
                                  verb_at=m.start()))
        else:
            n = m.group("n")
            try:
                value = to_decimal(n)
            except NumberError:
                continue
            ns = m.start("n")
            found.append(Quantity(ns, m.end("v"), n + m.group("u"), value, value, "", m.group("u"), rank=True,
                                  suffix_end=m.end("v"), verb_at=m.start()))
            end = m.end("v")
            while more := MORE_RANKS.match(text, end, hi):      # 分别居全省第4、第2: each listed rank
                # …跃升至第35位、全省第2位 (sanming-2021): a listed rank a verbless pattern read already is read once
                if not any(q.start == more.start("n") for q in found):
                    found.append(Quantity(more.start("n"), more.end(), more.group("n") + more.group("u"),
                                          to_decimal(more.group("n")), to_decimal(more.group("n")), "", more.group("u"),
                                          rank=True, suffix_end=more.end(), verb_at=m.start()))
                taken.update(range(end, more.end()))
                end = more.end()
        taken.update(range(m.start(), m.end("v")))     # 位居15个副省级城市第一: 15 is who is ranked, no quantity
    for m in QUANTITY.finditer(text, lo, hi):
        if m.start() in taken or is_name(text, m, lo, blocked):
            continue
        q = build(m)
        if q is None or q.unit in DIGITS_ONLY and (not digits_only_unit(q.unit, m.group("a"), text[q.end:q.end + 1])
                                                   or q.unit == "块" and re.match(r"[金银铜奖]牌", text[q.end:q.end + 2])):
            continue                      # 三块地, 10亿担保; 18块金牌 is a medal count (wordforms.MEDALS)
        if q.unit == "个" and SHARED_POINTS.match(text, q.end, hi):
            q.unit = "个百分点"             # 分别下降3.05个和4.94个百分点: the first value's unit is the shared 个百分点
        elif not q.unit and not q.scale and not q.is_range and m.group("a")[:1].isdigit() \
                and (shared := SHARED_RATE.match(text, q.end, hi)):
            q.unit = shared.group("unit")   # round 25b: 分别提高7.3和5个百分点
        if q.unit == "方" and floor_area(text, q, lo, hi):
            q.meant = "平方米"              # round 25b: 新增孵化空间400万方, 建成25万方标准厂房: square metres of floor
        qualifiers(text, q, lo, hi)
        taken.update(range(m.start(), m.end()))
        if not class_threshold(text, q) and not rate_population(text, q.start, q.end, q.unit, lo) \
                and not no_statement(text, q.start, q.end, q.unit, lo) and not scoped_or_named(text, q, lo):
            found.append(q)
    for m in [*BARE_SCALE.finditer(text, lo, hi), *BARE_MARK.finditer(text, lo, hi)]:
        if m.start() in taken or re.match(r"级", text[m.end():m.end() + 1]) or (blocked and any(blocked[m.start():m.end()])):
            continue
        if re.search(r"[\d一二两三四五六七八九十]", text[max(lo, m.start() - 1):m.start()]):
            continue
        if m.re is BARE_MARK and (PASSED_THEN_VALUE.match(text, m.end() + (2 if text.startswith("大关", m.end()) else 0))
                                  or re.search(r"\d[万亿][^\d，。；、,;]{0,2}[，,](?:超过|突破|达到)$", text[max(0, m.start() - 14):m.start()])):
            continue
        if CLASS_AFTER.match(text[m.end():m.end() + 3]):
            continue                      # 十亿元镇和亿元村, 超百亿元全产业链集群: a class of things, not an amount
        value = SCALES[m.group("scale")]
        q = Quantity(m.start(), m.end(), m.group(), value, value, m.group("scale"), m.group("unit"),
                     lead=m.group("lead") or "")
        qualifiers(text, q, lo, hi)
        if not class_threshold(text, q) and not scoped_or_named(text, q, lo):
            found.append(q)
    for s, e, written, value, unit, scale, lead in forms(text, lo, hi):   # 超六成, 10金, 零伤亡 … (wordforms.py)
        if any(q.start < e and s < q.end for q in found) or (blocked and any(blocked[s:e])):
            continue
        q = Quantity(s, e, written, value, value, scale, "" if unit == PROPORTION else unit, lead=lead,
                     share=unit == PROPORTION)
        qualifiers(text, q, lo, hi)
        found.append(q)
    return sorted(found, key=lambda q: q.start)


THRESHOLD_AFTER = re.compile(r"(?!用|于|来自|达到|实现|形成)[^，。；、：\d]{0,10}?"
                             r"(?:项目|企业|工程|煤矿|锅炉|小区|社区|园区|产业园|(?<!农)村|镇|集群|产业链|固定资产投资|人口"
                             r"|(?:贫困|脱贫|低保|低收入|困难|农)户|家庭(?!农场))"
                             r"(?P<count>[^，。；、：\d]{0,3}?\d)?")
# 千万元以上省市重点项目, 年销售收入500万元以上农业龙头企业38家, 年产30万吨以下煤矿: an amount with 以上/以下 and
# then the things it classes is the class of what is counted next, not a quantity; 20家以上企业 (a count), 60%以上
# 行政村 (a share), 完成850亿元以上年度投资任务 and 贷款2200亿元以上用于项目建设 stay quantities
NOT_CLASSED = frozenset({""}) | RATE_UNITS | COUNT_UNITS
COUNTED_BEFORE = re.compile(r"\d+(?:个|家|座|处|户)$")
# an area or a mass classes things only when they are counted (20个1万平方米以上老旧小区, 16家年产30万吨以下煤矿,
# 培育2万亩以上规模的蔬菜重点乡镇5个); 新建2万亩以上中药材基地 is an area


def class_threshold(text: str, q: Quantity) -> bool:
    """A class threshold (docs/records.md, facts: "Not recorded"; bench/README.md, "Round 3"): an amount with 以上 or
    以下 and then the things it classes (千万元以上省市重点项目122个, 年产30万吨以下煤矿) is the class of what is
    counted, not a quantity. Counts (20家以上企业), shares (60%以上行政村) and amounts that a verb or another noun
    follows (贷款2200亿元以上用于项目建设, 完成850亿元以上年度投资任务) stay quantities."""
    if over_threshold(text, q.start, q.end, q.unit, q.scale) or below_threshold(text, q.suffix, q.unit, q.suffix_end):
        return True                       # 超千万美元的项目, 关停5万吨以下草浆生产线 (api/extract/classes.py)
    if scale_class(text, q.start, q.end, q.unit, 0) or ended_class(text, q.start, q.end, q.unit, q.suffix, 0) \
            or opening_class(text, q.start, q.suffix, q.suffix_end, q.unit):
        return True                       # 投资上千万元的农业产业化重点项目12项 (round 14, api/extract/populations.py)
    if size_band(text, q.start, q.end, q.unit, q.scale):
        return True                       # 1个50亿~100亿元项目 (round 25b)
    if condition_class(text, q.start, q.suffix, q.suffix_end):
        return True                       # 医疗费用总额超过5万元的、…: the cases a rule is over (round 27b)
    if q.unit in ("头", "只", "羽") and q.suffix in ("以上", "以下") and HERD_CLASS.match(text, q.suffix_end):
        return True                       # 5000头以上生猪规模饲养场, 万羽以上的设施养殖场 (TEST10, round 17d)
    if q.unit in NOT_CLASSED or q.unit in TIME_UNITS:
        return False
    if sized_firms(text, q):
        return True
    suffix, suffix_end = q.suffix, q.suffix_end
    if not suffix and (coal := COAL_THEN.match(text, q.end)):
        suffix, suffix_end = coal.group(1), coal.end()      # 年耗能5000吨标准煤以上企业 (round 13)
    if not suffix and (alt := ALTERNATIVE.match(text, q.end) or ALTERNATIVE_INSIDE.match(text, q.end)) \
            and (alt.re is ALTERNATIVE or re.search(r"[（(]或$", text[max(0, q.start - 2):q.start])):
        suffix, suffix_end = alt.group(1), alt.end()        # 10亿元（或1亿美元）以上重大产业项目 (round 25b)
    if suffix not in ("以上", "以下"):
        return False
    after = THRESHOLD_AFTER.match(text, suffix_end)
    return after is not None and (q.unit in ("元", "美元") or after.group("count") is not None
                                  or COUNTED_BEFORE.search(text, max(0, q.start - 6), q.start) is not None
                                  or YEARLY_ENERGY.search(text, max(0, q.start - 10), q.start) is not None)


ALTERNATIVE = re.compile(r"[（(]或[^（）()，。；]{1,12}[）)](以上|以下)")
ALTERNATIVE_INSIDE = re.compile(r"[）)](以上|以下)")
# round 25b: a class threshold given with an alternative in brackets (10亿元（或1亿美元）以上重大产业项目88个, 新引进
# 10亿元（或1亿美元）以上重大产业项目100个): both amounts bound the class counted, neither is a quantity
HERD_CLASS = re.compile(r"(?:[^，。；、\d]{0,6}、(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千])[万千百]?(?:头|只|羽)(?:及?以上|以下))*"
                        r"(?:的)?[^，。；、：\d]{0,10}?(?:场|养殖小区|基地|养殖园区|大户|养殖户|企业)")
# a herd size classing farms (500头以上生猪规模养殖场, 1000头以上肉牛、5000头以上生猪规模饲养场 — the first item of the
# list shares the farms): the class of what is built or counted, not animals; 出栏生猪500万头以上，… stays
COAL_THEN = re.compile(r"(?:标准煤|标煤)(以上|以下)")
YEARLY_ENERGY = re.compile(r"年(?:综合)?(?:耗能|能耗|用能|能源消费(?:总)?量|耗煤量?)(?:在|达到?|超过?)?$")
# 在年耗能5000吨标准煤以上企业中开展节能行动, 年综合能耗1万吨标准煤以上的重点用能单位: the class of firms (round 13)
FIRM_SIZE = re.compile(r"年(?:产值|销售收入|销售额|营业收入|主营业务收入|营收|纳税|税收)(?:超过?|达到?|过)?$")
LISTED_SIZES = re.compile(r"(?:\d+(?:\.\d+)?[万亿千百]*(?:元|美元)[、和及])+$")
SIZED_NOUN = re.compile(r"(?:[、和及]\d+(?:\.\d+)?[万亿千百]*(?:元|美元))*(?:的)?[^\d，。；、：,;]{0,4}?"
                        r"(?:企业|公司|集团|龙头|工厂)")


def sized_firms(text: str, q: Quantity) -> bool:
    """A size class of firms written with no 以上 (round 13): 打造一批年产值10亿元、30亿元、50亿元企业, 新增年销售收入
    5000万元企业8家 — a yearly sales or output of firms right before the amount (after the listed sizes before it)
    and the firms right after it (after the listed sizes after it) is the class counted, not an amount. Not an amount
    that a verb or a comma follows (企业年产值达到10亿元，…; 实现年产值10亿元), nor a project's capacity (年产30万吨
    乙二醇项目: 年产 names no firm size here)."""
    if q.suffix or q.unit not in ("元", "美元"):
        return False
    before = text[max(0, q.start - 60):q.start]
    if listed := LISTED_SIZES.search(before):
        before = before[:listed.start()]
    return FIRM_SIZE.search(before) is not None and SIZED_NOUN.match(text, q.end) is not None


def scoped_or_named(text: str, q: Quantity, lo: int) -> bool:
    """Round 9 (api/extract/classes.py): a unit size or settlement class (30万千瓦以上机组, 25户以上自然村), a mark every
    place passes (均超千亿元) or the value passes (突破10亿美元大关，达到…), the places a benefit reaches before its
    people, a count whose names follow in brackets, an epithet (3300万重庆人民), a distance bounding an area; round 15
    (api/extract/mentions.py): a mark passed before the value without 大关, a difference from another level."""
    return measure_class(text, q.start, q.end, q.unit, q.suffix, q.suffix_end) \
        or settlement_class(text, q.unit, q.suffix, q.suffix_end) or each_over(text, q.start, q.end, q.unit, q.scale, lo) \
        or threshold_crossed(text, q.end) or benefit_scope(text, q.start, q.end, q.unit, lo) \
        or names_follow(text, q.start, q.end, q.unit) or epithet(text, q.end, q.unit, q.scale) \
        or in_range_of(text, q.end, q.unit) or part_follows(text, q.start, q.end, q.unit, lo) \
        or rate_class(text, q.start, q.end, q.unit) or plant_rating(text, q.start, q.end, q.unit, lo) \
        or mark_then_value(text, q.start, q.end, q.unit, lo) or level_difference(text, q.start, q.end, q.unit, lo)


FLOOR = r"(?:孵化|众创|创新|科创|办公|研发|生产|经营|产业|发展|载体|楼宇|商业|标准|通用|建筑|场地|用地|住宅|住房)?(?:空间|厂房|" \
        r"园区|产业园|孵化器|楼宇|载体|用房|住房|场地面积|建筑面积|面积|写字楼|综合体|街区|商业体)"
FLOOR_BEFORE = re.compile(FLOOR + r"(?:[^，。；、\d]{0,2}?)(?:达到|达|超过|超|突破|约|近|共|累计)?[ \u3000]?$")
FLOOR_AFTER = re.compile(r"[^，。；、\d]{0,3}?" + FLOOR)


def floor_area(text: str, q: Quantity, lo: int, hi: int) -> bool:
    """方 after 万/亿 is the spoken 立方米 of water, gas, earth or storage (调水2.1亿方, 清淤1254万方, 油品储存能力3100万方), but
    the spoken 平方米 of floor area when the noun it measures is a building, a space or a floor area (新增孵化空间400万方,
    建成25万方标准厂房, 投用57万方科创园区, 打造超2000万方大孵化器集群, 新增体育场地面积超1000万方): round 25b."""
    return FLOOR_BEFORE.search(text[max(lo, q.start - 12):q.start]) is not None \
        or FLOOR_AFTER.match(text[q.suffix_end or q.end:min(hi, q.end + 14)]) is not None


def build(m: re.Match) -> Quantity | None:
    a, b = m.group("a"), m.group("b")
    unit = m.group("unit") or ""
    if m.group("pa") and not unit:
        unit = m.group("pa")                        # 6.5%—7% keeps its unit on both ends
    if m.group("pa") and b and not m.group("unit"):
        return None                                 # 6.5%—7 without the second %: not a range we can read
    scale = m.group("scale") or ""
    try:
        lo_v = scaled(a, scale)
        hi_v = scaled(b, scale) if b else lo_v
    except (NumberError, ArithmeticError):
        return None
    if b and hi_v < lo_v:
        return None                                 # 2021-2 and the like: not a range
    value = m.group()
    return Quantity(m.start(), m.end(), value, lo_v, hi_v, scale, unit, approx=m.group("ap1") or m.group("ap2") or "")
