"""Quantities written in forms the number-and-unit pattern of `quantities` does not read (recall round 5, stop 19;
bench/README.md "Recall, round 5 (stop 19)"): tenths written 成 (超六成: 60 %), percent written out (百分之六十七),
medal counts (10金6银3铜), 零 as a count of events (实现人员“零伤亡”), consecutive titles (八连冠), a ratio with no
unit (城乡居民收入倍差缩小至1.57), a bare scale with a lead word and a count unit (超万人, 上万名), cities and counties
counted without a measure word (1市17县), a unit written before the number (每立方米26微克); round 13: a share as a
fraction (近1/3, 三分之一), a ratio to one (收入比2.69:1), computing power (算力24000P) and bandwidth (带宽1.7万G); round 20: doublings (翻一番, 翻了两番, 翻番: 2^N times its
base, unit 番).

Each is a quantitative statement by docs/records.md ("facts — every quantitative statement"); the look-alikes stay
no quantity: 一成不变, 成都, 八成新 (a word), 零售, 零距离, 零容忍 (words), 市县两级 (a class), 万名干部进万村 (a name:
no lead word), 全省第二批 (an ordinal).

`forms(text, lo, hi)` returns (start, end, value as written, value, unit word, scale, lead) with offsets into the
whole text; `quantities.scan` makes them quantities where no other quantity is.
"""
from __future__ import annotations

import re
from decimal import Decimal

from api.numbers import NumberError, chinese_number

Form = tuple[int, int, str, Decimal, str, str, str]

DIGIT = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
TENTHS = re.compile(r"(?P<n>[一二两三四五六七八九]|(?<![\d.])[1-9])成(?P<tail>以上|左右|多|以下)?")
TENTHS_BEFORE = re.compile(r"(?:超过|超|近|逾|约|占|达到|达|增加|增长|提高|下降|减少|降低|上升|有|过|接近|将近|不到|不足)$")
# 五成 is 50 % only as a share or a change (超六成, 增加五成以上, 八成以上的村); 一成不变, 八成新, 九成九 are words
NOT_TENTHS_AFTER = re.compile(r"不变|新|熟|九|就|果|绩|为|立|功|本|效|交|长|员|型|品|套|批|色|像|都|才|材|事|真")
PERCENT_WORDS = re.compile(r"百分之(?P<n>[零〇一二两三四五六七八九十百]+)(?:点(?P<d>[零〇一二三四五六七八九]+))?")
DECIMAL_DIGITS = {"零": "0", "〇": "0", **{k: str(v) for k, v in DIGIT.items() if k != "两"}}
MEDALS = re.compile(r"(?<![\d.])(?P<n>\d+)(?P<u>[枚块](?:金|银|铜|奖)牌|[金银铜]牌|金(?=、?\d+[银铜])|(?<=\d)银(?=、?\d+铜|[、，。；）的]|$)|"
                    r"(?<=\d)铜(?=[、，。；）的]|$|\d+优胜)|(?<=铜\d)优胜|(?<=铜\d\d)优胜)")
# 10金6银3铜: 金 only when a silver count follows, 银 and 铜 only closing the tally (never 5金融, 3铜仁); the tally may
# go on to the winners' awards after 铜 (获得4金7银9铜31优胜, kaifeng-2023: 9 and 31 are counts too)
ZERO = re.compile(r"零(?P<u>伤亡|死亡|垮坝|溃坝|事故|感染|发生|病例|新增)")
# 实现人员“零伤亡”、水库“零垮坝”, 疫情零发生: a count of zero events; 零售, 零距离, 零容忍, 零就业家庭 are words and names
ZERO_LEVEL = re.compile(r"(?<=降为|降至|降到|减为|减至)零(?=[，。；,;、）)]|$)")
# 贫困发生率由6.3%降为零 (recall TEST4, round 17d): the level after a fall, zero in the unit of the level it fell from
FELL_FROM = re.compile(r"由[^，。；,;]{0,12}?\d(?:\.\d+)?(?P<u>%|％|个百分点)?[^，。；,;\d]{0,6}$")
DOUBLING = re.compile(r"翻了?(?P<n>[一两二三四])?番(?![半式])")   # 翻番式增长: a manner of growth
DOUBLING_NAME_BEFORE = re.compile(r"(?:个|双|第)[“\"]?$")
DOUBLING_NAME_AFTER = re.compile(r"(?:[^，。；、“”\"]{0,3}?(?:计划|工程|行动|战略|规划|专项|活动|工作|竞赛)|的?目标的|的要求"
                                 r"|的?目标[^，。；、\d]{0,2}\d)")
# 营业收入较“十三五”末翻一番, 利润翻三番, 比2010年翻两番: N doublings, a level 2^N times its base (round 20; unit 番,
# numbers.DOUBLINGS); names are no quantity: 两个翻番, 第三个翻番, 双翻番 (a count of targets named), “三年翻番” and
# “翻两番、三步走” (quoted slogans), 三年翻番计划, “翻一番”工程, 完成人均翻番目标的70% (the aim a share is of), 高出翻番目标2178元, 确保翻番的要求; 翻一番半
# (1.5 doublings) and 翻番式增长 (a manner of growth, no measure) are left alone
STREAK_TITLES = re.compile(r"(?P<n>[二两三四五六七八九十]{1,3}|\d{1,2})连冠")
RATIO = re.compile(r"倍差[^，。；\d]{0,10}?(?P<a>\d+(?:\.\d+)?)(?![\d.%％倍个万亿元年：:])"
                   r"(?:[^，。；\d]{1,6}?(?P<b>\d+(?:\.\d+)?)(?![\d.%％倍个万亿元年：:]))?")
# 城乡居民收入倍差缩小至1.57, 收入倍差从2.42缩小至2.12: the ratio of two incomes, a number with no unit
LEAD_SCALE = re.compile(r"(?P<lead>超过|超|近|逾|上|破|突破|数以)(?P<scale>万|千|百)(?P<u>名|人次|人|户|家|个|项|次|余人|多人|多名|余名)")
# 吸引高校毕业生返乡就业创业超万人, 上万名干部群众: an approximate count; 万名干部进万村 (no lead word) is a name
PLACES = re.compile(r"(?<![\d.])(?P<n>\d{1,3})(?P<u>市|县|区|旗)(?=\d{1,3}(?:市|县|区|旗))|"
                    r"(?<=\d[市县区旗])(?P<m>\d{1,3})(?P<v>市|县|区|旗)(?!城|委|长|级|域|政府|人民)")
# 1市17县, 3区2县: cities and counties counted without 个 (the first only when another count follows)
UNIT_FIRST = re.compile(r"每立方米(?P<n>\d+(?:\.\d+)?)微克")
# PM2.5平均浓度每立方米26微克: the unit written around the number
FRACTION = re.compile(r"(?<![百千万])(?P<d>[二两三四五六七八九十])分之(?P<n>[一二三四五六七八九])(?![十百千万亿])|"
                      r"(?<![\d.／/:：])(?P<a>[1-9])[/／](?P<b>[2-9]|10)(?![\d.／/%％])")
FRACTION_DIGITS_BEFORE = re.compile(r"(?:占比|比重|比例|占|近|约|超过|超|逾|接近|将近|达到|达|为|的|减少|降低|下降|压减|提高|增加)$")
# 近1/3, 占全省的三分之一, 减少三分之一: a share written as a fraction (round 13); 1/3 only after a word of share or
# amount (not a date or a ratio of a rule), 三个三分之一 (a name) and “三分之一” in quotes are not shares
RATIO_TO_ONE = re.compile(r"(?<![\d.:：∶])(?P<a>\d+(?:\.\d+)?)(?=\s?[:：∶]\s?1(?![\d.:：∶万千]))")
RATIO_CONTEXT = re.compile(r"收入[^，。；\d]{0,8}?比|收入比|比值|之比|比例|差距|(?<![相对同环])比(?!重|上年|去年|同期|较)")
RATIO_RULE_AFTER = re.compile(r"\s?[:：∶]\s?1\s?(?:的|比例|配套|比)")
# 城乡居民收入比由2.95:1缩小到2.69:1: the ratio of two incomes (as 倍差), after 收入比 or 比值; round 15: also ∶ (U+2236)
# and any ratio the clause names (人才跨省流动进出比达到1∶1, 农产品加工业与农业总产值比达2.3:1, 城乡居民收入差距缩小到
# 2.5∶1, 车桩比4:1); not a rule (按1:1配套, 按1∶1比例筹集, 按照1000:1的生师比) nor a mark (突破1：1的设区市), nor a map's
# scale (1:1万)
PROPORTION = "∶"
PROPORTION_TERMS = re.compile(r"(?<![\d.:：∶])(?P<a>\d+(?:\.\d+)?)\s?[:：∶]\s?(?P<b>\d+(?:\.\d+)?)\s?[:：∶]\s?"
                              r"(?P<c>\d+(?:\.\d+)?)(?![\d.]|\s?[:：∶]\s?\d)")
SECTORS = re.compile(r"产业|[一二三]产|产比|经济结构")
# 三次产业比例调整为5.2∶41∶53.8, 一、二、三产比例由10.6:47.2:42.2调整为7.3:52.6:40.1: the three sectors' shares of
# output, each term a share (unit as written none; measure share: `PROPORTION` marks them for quantities.scan), only
# where the sentence names the sectors (not 分成比例4:3:1.5:1.5 or 按照“4：3：2：1”)
PLACES_BRACKETED = re.compile(r"(?<![\d.])(?P<n>\d{1,3})(?P<u>县|市|区)(?=（[市县区旗、]{1,7}）)")
PLACES_DONE = re.compile(r"（[^）]{1,7}）(?P<rest>[^，。；,;]{0,24})")
DONE = re.compile(r"入选|摘帽|脱贫|出列|通过|获评|评为|列为|投入使用|投用|建成|完成|达标|挂牌|启用|运行|开通")
# 5县（市）紧急医疗救援指挥中心投入使用, 7县（市、区）脱贫摘帽: counties counted with their kinds in brackets, only where
# the clause says what was done or reached (round 15); not the places a statement is over (8县（市）平均空气优良天数,
# 12县（市）生产总值…增长, 覆盖5县（市）, 阜城至5县（市）第二快速通道), nor the set a count of its own is of
# (12县（市）疾病控制中心建成4个)
COMPUTE = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?P<s>万|亿)?(?P<u>PFLOPS|PFlops|Pflops|P|EFLOPS|EFlops|Eflops|E)"
                     r"(?![A-Za-z])")
PIECES = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?P<s>万|亿)?(?P<u>枚)(?![金银铜奖])")
# 新培育中国驰名商标1枚, 压减毛纺锭6188枚: a count in 枚 (3枚金牌 is MEDALS')
POWER = re.compile(r"(?<![\d.×*＊xX])(?P<n>\d+(?:\.\d+)?)(?P<s>万)?(?P<u>GWh|kWh|GW|MW|kW|KW)(?![A-Za-z])")
# 隆基5GW单晶电池, 新增光伏组件产能8GW: power in letters; 2×150MW机组 (the rating of each unit) is no quantity
BANDWIDTH = re.compile(r"(?<![\d.])(?P<n>\d+(?:\.\d+)?)(?P<s>万)?(?P<u>Gbps|Tbps|G|T)(?![A-Za-z])")
# 智能算力规模24000P, 算力规模达1.2万P (petaFLOPS; E: exaFLOPS), 出省带宽达到1.7万G (gigabits per second): units that
# are letters, read only where 算力 or 带宽 names what is measured in the clause before (5G, 4A, T型 stay no units)


def forms(text: str, lo: int, hi: int) -> list[Form]:
    """Every quantity of text[lo:hi] written in one of the forms above (module docstring)."""
    out: list[Form] = []
    for m in TENTHS.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 4):m.start()]
        after = text[m.end("n") + 1:m.end("n") + 3]
        if NOT_TENTHS_AFTER.match(after) or not (TENTHS_BEFORE.search(before) or m.group("tail")):
            continue
        tenths = DIGIT.get(m.group("n")) or int(m.group("n"))
        out.append((m.start(), m.end("n") + 1, m.group("n") + "成", Decimal(10 * tenths), "成", "", ""))
    for m in PERCENT_WORDS.finditer(text, lo, hi):
        if m.group("n") == "百" and (text[max(lo, m.start() - 1):m.start()] == "个" or text[m.end():m.end() + 1] == "地"):
            continue                      # “十个百分之百”管理 (a name), 百分之百地落实 (a word)
        try:
            value = chinese_number(m.group("n"))
            if m.group("d"):                  # 百分之十六点八: 16.8
                value += Decimal("0." + "".join(DECIMAL_DIGITS[c] for c in m.group("d")))
            out.append((m.start(), m.end(), m.group(), value, "百分之", "", ""))
        except NumberError:
            continue
    for m in MEDALS.finditer(text, lo, hi):
        u = m.group("u")
        out.append((m.start(), m.end(), m.group(), Decimal(m.group("n")), u[0] if u[0] in "枚块" else u, "", ""))
    for m in ZERO.finditer(text, lo, hi):
        if re.search(r"个“?$", text[max(lo, m.start() - 2):m.start()]):
            continue                      # 做到“五个零发生”: a slogan's name
        out.append((m.start(), m.start() + 1, "零", Decimal(0), "", "", ""))
    for m in ZERO_LEVEL.finditer(text, lo, hi):
        fell = FELL_FROM.search(text, max(lo, m.start() - 30), m.start())
        out.append((m.start(), m.end(), "零", Decimal(0), "%" if fell and fell.group("u") in ("%", "％") else "", "", ""))
    for m in STREAK_TITLES.finditer(text, lo, hi):
        n = m.group("n")
        try:
            value = Decimal(n) if n.isdigit() else chinese_number(n)
        except NumberError:
            continue
        out.append((m.start(), m.end(), m.group(), value, "连冠", "", ""))
    out += doublings(text, lo, hi)
    for m in RATIO.finditer(text, lo, hi):
        for g in ("a", "b"):
            if m.group(g):
                out.append((m.start(g), m.end(g), m.group(g), Decimal(m.group(g)), "", "", ""))
    for m in LEAD_SCALE.finditer(text, lo, hi):
        if m.group("lead") == "上" and text[max(lo, m.start() - 1):m.start()] in ("以", "线", "向", "之", "马", "路", "楼", "街"):
            continue                      # 线上千人, 马上: 上 closes a word
        scale = {"万": 10 ** 4, "千": 1000, "百": 100}[m.group("scale")]
        unit = m.group("u")[-1] if m.group("u")[0] in "余多" else m.group("u")
        lead = m.group("lead") if m.group("lead") in ("上", "数以") else ""   # 超, 近 …: qualifiers before the value
        start = m.start() if lead else m.start("scale")
        out.append((start, m.end(), text[start:m.end()], Decimal(scale), unit, m.group("scale"), lead))
    for m in PLACES.finditer(text, lo, hi):
        n, u = (m.group("n"), m.group("u")) if m.group("n") else (m.group("m"), m.group("v"))
        s = m.start("n") if m.group("n") else m.start("m")
        out.append((s, m.end(), n + u, Decimal(n), u, "", ""))
    for m in UNIT_FIRST.finditer(text, lo, hi):
        out.append((m.start(), m.end(), m.group(), Decimal(m.group("n")), "微克/立方米", "", ""))
    return out + measured_forms(text, lo, hi)


def doublings(text: str, lo: int, hi: int) -> list[Form]:
    """翻一番, 翻了两番, 翻番 (DOUBLING) but a name or a slogan."""
    out: list[Form] = []
    for m in DOUBLING.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 12):m.start()]
        if DOUBLING_NAME_BEFORE.search(before) or DOUBLING_NAME_AFTER.match(text, m.end()):
            continue
        opened = before.rfind("“")
        if opened > before.rfind("”") and re.match(r"[^，。；“”]{0,8}”", text[m.end():m.end() + 9]):
            continue                      # “三年翻番”, “翻两番、三步走”: a slogan's words
        times = Decimal(2) ** (DIGIT[m.group("n")] if m.group("n") else 1)
        out.append((m.start(), m.end(), m.group(), times, "番", "", ""))
    return out


def measured_forms(text: str, lo: int, hi: int) -> list[Form]:
    """Fractions as shares, ratios to one, computing power and bandwidth (round 13; module docstring)."""
    out: list[Form] = []
    for m in FRACTION.finditer(text, lo, hi):
        before = text[max(lo, m.start() - 6):m.start()]
        if "每" in text[max(lo, m.start() - 8):m.start()]:
            continue                      # 每月至少三分之一时间, 以每年五分之一来对待: a rule per period, not a share
        if m.group("d"):
            if re.search(r"[个“\"]$", before) or m.group("d") == "两":
                continue                  # 三个三分之一, “三分之一”: a name
            value = chinese_number(m.group("n")) / chinese_number(m.group("d"))
            unit = "分之"
        else:
            if not (FRACTION_DIGITS_BEFORE.search(before) or re.search(r"\d[/／]\d{1,2}[、和及]$", before)) \
                    or int(m.group("a")) >= int(m.group("b")):   # 分别占全省的1/5、2/3、1/2以上: each listed
                continue
            value = Decimal(m.group("a")) / Decimal(m.group("b"))
            unit = "/"
        out.append((m.start(), m.end(), m.group(), value, unit, "", ""))
    for m in RATIO_TO_ONE.finditer(text, lo, min(len(text), hi + 3)):   # the colon closes a clause: look past it
        if m.start() >= hi:
            continue
        clause = re.split(r"[，。；,;\n]", text[max(0, m.start() - 24):m.start()])[-1]
        if RATIO_CONTEXT.search(clause) and not re.search(r"按照?(?:不低于|不超过)?\s?$", clause) \
                and not RATIO_RULE_AFTER.match(text, m.end("a")):
            out.append((m.start("a"), m.end("a"), m.group("a"), Decimal(m.group("a")), "", "", ""))
    for m in PROPORTION_TERMS.finditer(text, lo, min(len(text), hi + 16)):   # a colon may close the clause: look past
        sentence = re.split(r"[。；;！!\n]", text[max(0, m.start() - 60):m.start()])[-1]
        if m.start() < hi and SECTORS.search(sentence):
            out += [(m.start(g), m.end(g), m.group(g), Decimal(m.group(g)), PROPORTION, "", "") for g in "abc"
                    if m.start(g) < hi]
    for m in PLACES_BRACKETED.finditer(text, lo, hi):
        done = PLACES_DONE.match(text, m.end())
        if done is None or not DONE.search(done.group("rest")) or re.search(r"平均|均值|率|\d", done.group("rest")):
            continue
        out.append((m.start(), m.end(), m.group(), Decimal(m.group("n")), m.group("u"), "", ""))
    for pattern, context in ((COMPUTE, r"算力|智算"), (BANDWIDTH, r"带宽"), (PIECES, ""), (POWER, "")):
        for m in pattern.finditer(text, lo, hi):
            if context and not re.search(context, text[max(lo, m.start() - 16):m.start()]):
                continue
            scale = m.group("s") or ""
            value = Decimal(m.group("n")) * (10 ** 4 if scale == "万" else 10 ** 8 if scale == "亿" else 1)
            out.append((m.start(), m.end(), m.group(), value, m.group("u"), scale, ""))
    return out
