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
    descriptor,
    listed_before_etc,
    no_statement,
    over_threshold,
    rate_population,
)
from api.extract.wordforms import forms
from api.numbers import SCALES, NumberError, scaled, to_decimal

# Unit words of ontology/units.ttl and other unit words the reports use (longest first in the pattern).
KNOWN_UNITS = ("%", "％", "‰", "个百分点", "百分点", "个", "家", "项", "人", "人次", "所", "条", "处", "场", "张", "套",
               "户", "名", "次", "场次", "种", "只", "座", "件", "批", "期", "届", "家次", "架", "艘", "台", "部", "支", "位",
               "篇", "门", "类", "级", "宗", "笔", "单", "颗", "株", "头", "栋", "间", "辆", "列", "班", "趟", "对",
               "组", "所次", "例", "床", "起", "户次", "个次", "元", "美元", "公里", "千米", "米", "公顷", "平方米",
               "平方公里", "天", "年", "吨", "千瓦", "千瓦时", "度", "标箱", "标准箱", "亩", "斤", "片", "份",
               "微克/立方米", "微克／立方米", "个月", "小时", "分钟", "兆瓦", "吉瓦")
EXTRA_UNITS = ("倍", "个工作日", "工作日", "季度", "个季度", "公斤", "千克", "克", "立方米",
               "万立方米", "延长米", "延米", "户籍", "欧元", "港元", "立方", "瓦", "毫米", "厘米",
               "平方", "桶", "箱", "头(只)", "羽", "尾", "册", "本", "幅", "首", "集", "部门", "人年", "车次",
               "航次", "班次", "床位", "张床", "个点", "千瓦时/吨", "元/吨", "元/人", "蒸吨", "幢", "口")
COUNT_UNITS = frozenset(KNOWN_UNITS[KNOWN_UNITS.index("个"):KNOWN_UNITS.index("元")]) | {
    "片", "份", "集", "羽", "本", "册", "尾", "首", "幅", "班次", "车次", "航次", "幢", "口"}   # unit:NUM in ontology/units.ttl
UNIT_WORDS = sorted(set(KNOWN_UNITS + EXTRA_UNITS) - {"头(只)"}, key=len, reverse=True)
TIME_UNITS = {"年", "天", "个月", "季度", "个季度", "小时", "分钟", "个工作日", "工作日"}
COUNT_NOUN_AFTER = re.compile(r"^(?:方面|领域|数|一体|会议|全会|党代会|代表大会|中全会|确立|维护|一批|自信|务必|之|届|号|代|大|化|型|星|线|路|环|纵|横|区|圈|带|核|极|翼|轴|心"
                              r"|市场|文明|底线|控制线|生命线|根本性|现代化|统筹|文章|不摘)")
# 两个市场、两个文明、三条控制线、做好三篇文章: slogans that name a policy, not a count
NAMED_ORDINAL = re.compile(r"^(?:、[一二三四五六七八九十]+次)*(?:全会|全体会议|全委|中全会|会议)")
# 省委十一届七次、八次、九次全会: the numbers of a committee's plenary sessions
TERM_AFTER = re.compile(r"^(?:产业|供水|创业|开发|加压|能源|分配)")   # 三次产业, 二次供水, 二次创业: terms
PHYSICAL_UNITS = {"吨", "立方米", "兆瓦", "千瓦", "吉瓦", "瓦", "标箱", "标准箱", "蒸吨"}
SPEC_AFTER = re.compile(r"^(?:[／/]年)?(?!以上|以下|以内|之内|左右|上下|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|"
                        r"上升|降低|同比|比|较|以|，|、|。|；|：)[\u4e00-\u9fffA-Za-z]")
EQUIPMENT = re.compile(r"^[^，。；,;：“”]{1,12}?(?:船|车|反应器|轴承|泊位|码头|舰|储罐|燃料舱|锅炉)")
# a rating written before a vessel or machine (全球首艘7500立方米液态二氧化碳船) is its size, not an amount of
# anything; a capacity before a product (160万吨树脂、260万吨聚酯等项目投产) is a quantity and stays one
LIST_ITEMS = re.compile(r"[、和与]")
SMALL_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
NAMED_TERMS = ("现代五项", "铁人三项", "五项全能", "十项全能")   # sports: 全国现代五项锦标赛
REFERENCE_GROUP = re.compile(r"^[^，。；]{0,30}?(?:名单|排名|排行|之一)")
# 入选全国60个…重点城市名单, 在全国36个…城市信用监测排名: the size of a national list, not a count of the place
ONE_OF = re.compile(r"^[^，。；,;：:]{0,30}?(?<!分)之一")
# 成为云南省新增3个国家级…之一, 是全省5个…试点县之一: the size of a group the subject is one of (round 6); the
# 三分之一 of a share is no group
DIGIT_RUN = re.compile(r"[〇零一二三四五六七八九]{3,}")
# 一九六七年, 八二一人民公园, 二〇〇五: numerals read digit by digit are a year or a name, never a quantity (a quantity
# written in Chinese numerals has 十, 百, 千: 一千九百六十七); 三四个 and 两三年 (a range) are left as they are
PLACE_NAMES = ("七台河", "三门峡", "五家渠")
POLICY_AFTER = re.compile(r"^(?:硬|具体|配套|支持|惠企|扶持|政策)?(?:政策|措施|举措|意见|新政|支持事项)")
POLICY_VERB = re.compile(r"(落实|贯彻|执行|遵照|按照|依照)|出台|发布|推出|制定|印发|提出|研究")
POLICY_LIST = re.compile(r"^(?:、[^，。；,;、\d]{1,12}?\d+条)*等(?:一系列|一揽子|系列)?(?:政策|措施|举措)")
# A package of policy measures that the place implements is named by its size (落实安全生产15条硬措施, 落实国家…20条
# 政策措施, like “十五条”), and so is one written name-first (推出稳增长30条、科创32条等政策): the number is part of the
# name. A package the place issues in the year (出台促进养老服务发展21条政策措施, 11条政策举措出台) is a count and
# stays a quantity, as the curated reports record it.   # city names that begin with a numeral and a measure word

INDICATOR_BEFORE = re.compile(r"(?<![A-Za-z&])(?:GDP|GNP|CPI|PPI|PMI|FDI|R&D)$")
# an indicator's Latin abbreviation written right before its value (实现GDP2789.9亿元, 占GDP23%): the number is
# the value, not part of a code; the bare-number and date rules below still apply (GDP50强, 绿色GDP2.0试点)

AR = r"\d+(?:\.\d+)?"
CNUM = r"[一二两三四五六七八九十百][一二两三四五六七八九十百千零〇]*(?:[万亿][零〇]?[一二两三四五六七八九][一二两三四五六七八九十百千零〇]*)*"
# 七百零四, 三千二百, 五万一千三百, 一千三百八十六万九千: the whole numeral (round 8; old reports)
UNIT_RE = "|".join(re.escape(u) for u in UNIT_WORDS)
SCALE_RE = r"万亿|千亿|百亿|亿|千万|百万|十万|万|千(?=公顷|吨|亩)"   # 10.3千公顷: 10,300 hectares
QUANTITY = re.compile(
    rf"(?P<a>{AR}|{CNUM})(?P<pa>[%％‰])?"
    rf"(?:(?P<dash>[—–\-~～至到])(?P<b>{AR}|{CNUM}))?"
    rf"(?P<ap1>多|余)?(?:(?<=\d)[ \u3000]?(?=(?:{SCALE_RE})))?(?P<scale>{SCALE_RE})?(?P<ap2>多|余)?(?:[ \u3000]?(?P<unit>{UNIT_RE}))?")
# one space may stand between the number and its unit word in the source text (实施PPP项目13 个, 新增龙头企业 4家),
# and one between digits and their scale word (工业总产值 220.57 亿元; round 8)
BARE_SCALE = re.compile(r"(?P<lead>上|数)?(?P<scale>千亿|百亿|十亿|万亿|千万|百万)(?P<unit>元|美元|吨|人次|千瓦|平方米|亩)")
RANK = re.compile(r"(?:[稳跃]?居|位居|位列|排名|排在|名列|分列|列)(?:全国|全省|全市|全球|世界|东北|副省级城市|同类城市)?[^，。；,;]{0,8}?"
                  r"(?P<v>首位(?!产业|城市|度|战略|经济)|第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$)))")
# 首位产业, 首位城市, 首位度 are names, not ranks (宜居宜游首位产业: 居 of 宜居; round 7)
# 居全省第3位, 列第二名; also 第4 with no unit word when the clause or the listed item ends there (分别居全省第4、第2;
# 增速分列全省第三和第一; 均居全省第2。), not 第一方阵 or 第二十届 (the number then begins a name)
VERBLESS_RANKS = (
    re.compile(r"(?<!许多)(?<![个项])(?:全国|全省|全市|全区|全州|全球|世界)(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$)))"),
    re.compile(r"(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>名))(?=[，。；、,;）)”]|$|的)"),
    re.compile(r"(?<=[至到])(?P<v>第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位))"))
# a rank with no rank verb: 增速全省第1, (…三市)全国第四, 第一名 wherever it stands (获…“荷花奖”金奖第一名), 第四位 after
# 升到 (从世界第六位上升到第四位); not
# 全省第二批, 全国第一个, 第二名党员 (the number then begins a name or counts something else)
MORE_RANKS = re.compile(r"[、和]第(?P<n>\d{1,3}|[一二三四五六七八九十]{1,3})(?P<u>位|名|(?=[、和，,。；;）)]|$))")
CLASS_AFTER = re.compile(r"^(?!以上|以下|以内|之内|左右|上下|多|余|大关|台阶|的|和|与|及|或|，|。|；|、)[\u4e00-\u9fff]")
PREFIX_QUALIFIERS = ("不低于", "不少于", "不超过", "不高于", "不到", "不足", "不满", "超过", "突破", "高于", "低于",
                     "多于", "少于", "接近", "将近", "近", "约", "控制在", "控制", "大约", "达到", "达", "超", "逾")
# 约 closing a word is no qualifier: 签约142个项目, 节约用地1.7万亩, 预约, 制约, 集约 …
NOT_ABOUT = re.compile(r"[签节预制集履契合特违条公缔续解守相赴邀践简]约$")
SUFFIX_QUALIFIERS = ("左右", "以上", "以内", "以下", "之内", "上下", "多", "余")


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

    @property
    def is_range(self) -> bool:
        return self.minimum != self.maximum


def number_of(text: str) -> Decimal:
    return to_decimal(text)


def in_quotes(text: str, at: int, lo: int) -> bool:
    """Inside “…” (a name such as “十五条”, “十四五”): an opening quote before `at` in the span not yet closed."""
    opening = text.rfind("“", lo, at)
    return opening >= 0 and text.rfind("”", opening, at) < 0 and 0 <= text.find("”", at) - at < 20


def is_name(text: str, m: re.Match, lo: int, blocked: bytearray | None) -> bool:
    """The number belongs to a name, a date, an ordinal or a code rather than stating a quantity."""
    s, e = m.start(), m.end()
    before = text[max(lo, s - 1):s]
    after = text[e:e + 4]
    a, unit = m.group("a"), m.group("unit") or ""
    if blocked is not None and any(blocked[s:e]):
        return True
    if re.match(r"[A-Za-z_\-/．.·]", before) and not INDICATOR_BEFORE.search(text[max(lo, s - 4):s]) \
            or re.match(r"[A-Za-z]", text[e:e + 1]) or before.isdigit():
        return True                       # PM2.5, G20, C919, H7N9, 5G, 3D: codes; GDP4.77亿元 is a quantity
    if before == "第" or re.match(r"[第初]", text[max(lo, s - 1):s]):
        return True
    if in_quotes(text, s, max(0, s - 30)):
        return True
    if re.match(r"^(?:19|20|１９|２０)\d{2}$", a) and (unit in ("", "年") or text[m.end("a"):m.end("a") + 1] in "年—-～~"):
        return True                       # a year (2023年, 2021—2025年)
    if unit == "" and re.match(r"[年月日号时点]", after) and not m.group("scale"):
        return True                       # dates, times, numbers of documents (5号, 1月5日)
    if re.match(r"号|周年|岁|周岁|届|代|型|线|大|中全会|次会议|次全会|项目标|方面|个方面", after) and unit in ("", "次"):
        return True
    if unit == "次" and (NAMED_ORDINAL.match(text[e:e + 24]) or TERM_AFTER.match(after)):
        return True                       # 七次、八次全会 (sessions), 三次产业 and 二次供水 (terms)
    if any(text[max(0, s - 4):e + 4].find(t) >= 0 for t in NAMED_TERMS):
        return True
    if text[max(lo, s - 2):s] == "全国" and unit in ("个", "家", "座") and REFERENCE_GROUP.match(text[e:e + 40]):
        return True
    if unit in COUNT_UNITS and ONE_OF.match(text[e:e + 40]):
        return True                       # 成为…新增3个…之一: the size of the group, not a count of the place
    if DIGIT_RUN.fullmatch(a):
        return True                       # 一九六七年, 八二一人民公园: a year or a name read digit by digit
    if unit and unit != "级" and re.match(r"级(?!别|次)", after):
        return True                       # 4座级通用飞机, 百亿元级: a rating or a class of things, not an amount
    if text[s:s + 3] in PLACE_NAMES:
        return True
    if unit == "元" and not a[0].isdigit() and re.match(r"结构|经济|体制|格局|分割|对立", after):
        return True                       # 城乡二元结构: a term, not two yuan
    if unit in TIME_UNITS and re.search(r"连续[ \u3000]?$", text[max(lo, s - 3):s]):
        return True                       # 连续4年超300天, 连续 4年: the length of a streak, not a quantity
    if descriptor(text, m, lo):
        return True                       # 24小时城市书房, 1小时交通网, 15分钟便民服务圈: a kind of service (round 7)
    if unit in PHYSICAL_UNITS and (after.startswith("级") or SPEC_AFTER.match(text[e:e + 3])
                                   and EQUIPMENT.match(text[e:e + 14])):
        return True                       # 4兆瓦级, 7万吨级泊位, 335吨鱼雷车: a rating of one thing, not an amount
    if unit == "条" and (POLICY_AFTER.match(text[e:e + 6]) and implemented(text[max(0, s - 40):s])
                         or re.match(r"[\u4e00-\u9fff]", before) and POLICY_LIST.match(text[e:e + 40])):
        return True                       # 15条硬措施, 稳增长30条、科创32条等政策: a package's name
    if unit == "蒸吨" and re.match(r"(?:[／/]?小?时)?及?(?:以下|以上)", text[e:e + 6]):
        return True                       # 淘汰10蒸吨及以下燃煤锅炉: a class of boilers, not an amount
    if unit == "口" and re.match(r"之|径|岸|号|罩|气", after):
        return True                       # 3口之家, 5口径: not wells or ponds counted
    if unit == "家" and not a[0].isdigit() and re.match(r"子(?!公司|企业|基金|品牌|项目)", after):
        return True                       # 五十家子, 三家子: a village's name (504线五十家子至新惠段), not 十家子公司
    if unit == "项" and not a[0].isdigit() and re.match(r"(?:补贴|补助|费用|经费)(?!政策|措施|制度)", text[e:e + 6]):
        return True                       # 科技三项费用, 残疾人两项补贴: a fixed name of funds (round 8)
    if unit == "片" and after.startswith("区"):
        return True                       # 3片区: a name of districts, not pieces
    if unit == "项" and after.startswith("目"):
        return True                       # 智慧港口2.0项目: 项 of 项目
    if appositive(text, m, lo):
        return True                       # A和B两个氢能产业园, A、B、C三项工程: the count of the names just listed
    if unit in TIME_UNITS:
        licensed = re.search(r"(?:提前|连续|缩短|压缩|延长|减少|超过|长达|达到|达|历时)$", text[max(lo, s - 2):s])
        measured = re.search(r"天数|时间|时长|周期|工期|用时|时限|期限|寿命", text[lo:s])
        if not licensed and (not a[0].isdigit() and not measured
                             or re.match(r"来|以来|内|之内|间|后|里|中|时间|行动|计划|规划|攻坚|任务|的|期|多来|前", after)
                             or re.search(r"(?:过去|今后|未来|近|这|最近|每|用|再用|经过|通过|前|后|奋斗)$",
                                          text[max(lo, s - 2):s])):
            return True                   # 五年来, 3年行动, 用3年时间, 三年新冠疫情: spans of time, not quantities
    if unit in ("期", "届") and not text[max(lo, s - 2):s] == "连续":
        return True                       # 二期, 一期工程, 十七届: phases and sessions are names
    if not a[0].isdigit():
        if unit == "" or a in ("一", "百", "十") or m.group("pa"):
            return True                   # Chinese numerals state a quantity only with a measure word
        if COUNT_NOUN_AFTER.match(after) or unit in ("类", "级", "种", "片"):
            return True                   # 两个确立, 三个一批, 三大攻坚战, 四片多点
        if re.search(r"[〇一二两三四五六七八九十百]", text[max(lo, s - 1):s]):    # 〇: 二〇〇五年 (round 6)
            return True
    if unit == "" and not m.group("scale") and not m.group("pa") and not m.group("dash"):
        return True                       # a bare number is a code, a count in a name or a list label
    if unit == "级" or (unit == "" and m.group("scale") and re.match(r"级", after)):
        return True                       # 5A级, 千亿级
    return False


def implemented(before: str) -> bool:
    """The sentence's last verb of policy before a package is one of implementing it (落实, 贯彻, 执行), not of issuing
    it (出台, 发布, 推出, 制定)."""
    before = re.split(r"[。；;]", before)[-1]
    verbs = list(POLICY_VERB.finditer(before))
    return bool(verbs) and verbs[-1].group(1) is not None


def appositive(text: str, m: re.Match, lo: int) -> bool:
    """A numeral (Chinese; or digits, 3 to 10) that counts the items listed just before it in its clause, then a noun:
    自贸片区和太平湾两个氢能产业园, “十件实事”和“包联机制”两项经验做法, A、B、C三项工程. It repeats the list,
    it does not state a quantity (the same numeral after a list of another length does)."""
    arabic = m.group("a").isdigit() and not m.group("scale")
    n = int(m.group("a")) if arabic and 3 <= int(m.group("a")) <= 10 else SMALL_NUMERALS.get(m.group("a"))
    if n is None or not m.group("unit") or m.group("unit") in TIME_UNITS:
        return False
    if not re.match(r"[\u4e00-\u9fff“]", text[m.end():m.end() + 1]) or re.match(r"[以左上多余]", text[m.end():m.end() + 1]):
        return False
    head = text[lo:m.start()]
    cut = max(head.rfind(c) for c in "，。；：,;:")
    clause = head[cut + 1:]
    if clause.endswith("等") and (arabic or m.group("a") in SMALL_NUMERALS):
        return listed_before_etc(clause, n)   # 东海、城东、北峰、江南、晋江滨江等5个片区 (api/extract/classes.py)
    if not clause or not re.match(r"[\u4e00-\u9fff”]", clause[-1]) or "等" in clause[-2:]:
        return False
    if arabic:
        # 通河、延寿、木兰、方正4个县, 长虹、九洲、攀长钢、新华4户企业: digits too, for three or more names joined by
        # 、 alone, none with a number of its own
        # round 6: the last two names may be joined by 和/及/与 (投资强度、容积率、亩均产值和税收4项控制性指标)
        items = clause.split("、")
        last = re.split(r"[和与及]", items[-1])
        if len(items) >= 2 and len(last) == 2 and all(last):
            items = items[:-1] + last
        return len(items) == n and not re.search(r"[\d和与及]", "、".join(items)) and all(len(i) <= 8 for i in items[1:])
    return len(LIST_ITEMS.findall(clause)) + 1 == n


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
    if q.unit == "倍" and not q.suffix and after[:1] in ("多", "余"):
        q.approx = q.suffix = after[0]                         # 增长2倍多: more than twice
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
                value = number_of(n)
            except NumberError:
                continue
            ns = m.start("n")
            found.append(Quantity(ns, m.end("v"), n + m.group("u"), value, value, "", m.group("u"), rank=True,
                                  suffix_end=m.end("v"), verb_at=m.start()))
            end = m.end("v")
            while more := MORE_RANKS.match(text, end, hi):      # 分别居全省第4、第2: each listed rank
                found.append(Quantity(more.start("n"), more.end(), more.group("n") + more.group("u"),
                                      number_of(more.group("n")), number_of(more.group("n")), "", more.group("u"),
                                      rank=True, suffix_end=more.end(), verb_at=m.start()))
                taken.update(range(end, more.end()))
                end = more.end()
        taken.update(range(m.start(), m.end("v")))     # 位居15个副省级城市第一: 15 is who is ranked, no quantity
    for m in QUANTITY.finditer(text, lo, hi):
        if m.start() in taken or is_name(text, m, lo, blocked):
            continue
        q = build(m)
        if q is None:
            continue
        qualifiers(text, q, lo, hi)
        taken.update(range(m.start(), m.end()))
        if not class_threshold(text, q) and not rate_population(text, q.start, q.end, q.unit, lo) \
                and not no_statement(text, q.start, q.end, q.unit, lo):
            found.append(q)
    for m in BARE_SCALE.finditer(text, lo, hi):
        if m.start() in taken or re.match(r"级", text[m.end():m.end() + 1]) or (blocked and any(blocked[m.start():m.end()])):
            continue
        if re.search(r"[\d一二两三四五六七八九十]", text[max(lo, m.start() - 1):m.start()]):
            continue
        if CLASS_AFTER.match(text[m.end():m.end() + 3]):
            continue                      # 十亿元镇和亿元村, 超百亿元全产业链集群: a class of things, not an amount
        value = SCALES[m.group("scale")]
        q = Quantity(m.start(), m.end(), m.group(), value, value, m.group("scale"), m.group("unit"),
                     lead=m.group("lead") or "")
        qualifiers(text, q, lo, hi)
        if not class_threshold(text, q):
            found.append(q)
    for s, e, written, value, unit, scale, lead in forms(text, lo, hi):   # 超六成, 10金, 零伤亡 … (wordforms.py)
        if any(q.start < e and s < q.end for q in found) or (blocked and any(blocked[s:e])):
            continue
        q = Quantity(s, e, written, value, value, scale, unit, lead=lead)
        qualifiers(text, q, lo, hi)
        found.append(q)
    return sorted(found, key=lambda q: q.start)


THRESHOLD_AFTER = re.compile(r"(?!用|于|来自|达到|实现|形成)[^，。；、：\d]{0,10}?"
                             r"(?:项目|企业|工程|煤矿|锅炉|小区|园区|产业园|(?<!农)村|镇|集群|产业链|固定资产投资|人口)"
                             r"(?P<count>[^，。；、：\d]{0,3}?\d)?")
# 千万元以上省市重点项目, 年销售收入500万元以上农业龙头企业38家, 年产30万吨以下煤矿: an amount with 以上/以下 and
# then the things it classes is the class of what is counted next, not a quantity; 20家以上企业 (a count), 60%以上
# 行政村 (a share), 完成850亿元以上年度投资任务 and 贷款2200亿元以上用于项目建设 stay quantities
NOT_CLASSED = frozenset({"", "%", "％", "‰", "个百分点", "百分点"}) | COUNT_UNITS
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
    if q.suffix not in ("以上", "以下") or q.unit in NOT_CLASSED or q.unit in TIME_UNITS:
        return False
    after = THRESHOLD_AFTER.match(text, q.suffix_end)
    return after is not None and (q.unit in ("元", "美元") or after.group("count") is not None
                                  or COUNTED_BEFORE.search(text, max(0, q.start - 6), q.start) is not None)


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
