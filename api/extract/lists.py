"""Lists of subjects and their values: which listed item a value is of, and the item's full name.

A list of subjects paired with a list of values (分别, or values joined by 、/和 alone) maps them in order; an item
that names no thing alone is completed by the head or the tail the list's items share (工业和建筑业增加值 → 工业增加值;
安全生产事故起数、死亡人数 → 安全生产事故死亡人数); a time word (一季度, 上半年) is not an item; a value that opens an
item of a list of named things (100万吨芳烃、15万吨裂化催化剂等项目) is of the thing after it.
"""
from __future__ import annotations

import os
import re

from api.extract.indicators import LEADING, Lexicon, label_of

# not 普及率, 涉及, 及时, 参与率 (城镇和农村自来水普及率分别达到…: round 24, TEST13); 以及 whole
LIST_SPLIT = re.compile(r"以及|、|和(?!谐)|(?<![普涉])及(?![时格])|(?<!参)与")
RATE = re.compile(r"(?:率|比重|比例|占比)$")


def list_items(head: str, n: int) -> list[str]:
    """The items of a list of subjects for `n` values: the split by 、 when it pairs the values (中央和省级环保督察…
    销号率、信访案件办结率分别达到93.4%、98%: 和 joins two modifiers of one item), else by every joining word."""
    commas = [i for i in top_level(head) if i.strip()]
    every = [p for i in commas for p in LIST_SPLIT.split(i) if p.strip()]
    for items in (commas, every):
        if len(items) == n > 1:
            return items
    return every


def top_level(words: str) -> list[str]:
    """The pieces of words between the 、 outside brackets (所辖县（市、区）经济总量 is one piece)."""
    pieces, depth, at = [], 0, 0
    for i, c in enumerate(words):
        depth += (c in "（(") - (c in "）)")
        if c == "、" and depth <= 0:
            pieces.append(words[at:i])
            at = i + 1
    return pieces + [words[at:]]


def open_bracket(words: str) -> bool:
    """The words end inside brackets (新（改、)."""
    return sum(c in "（(" for c in words) > sum(c in "）)" for c in words)


# 均/分别/都 after a list: one value of each item (not 人均, 年均, 平均)
EACH = re.compile(r"(?:(?<![人年平])均|分别|都)[^、，,]{0,6}$")


def each_item(segment: str) -> list[str]:
    """The items of a list a shared value is of (园区营收、税收分别增长7%以上; 城乡基本养老、城镇基本医疗保险均新增
    1万人): the pieces before 均/分别/都, when there are two or more, none inside brackets, none naming examples
    (等), each with a name of two characters or more; else []."""
    m = EACH.search(segment)
    if not m or "等" in segment[:m.start()]:
        return []
    items = [i for i in top_level(segment[:m.start()]) if i.strip()]
    return items if len(items) > 1 and all(len(label_of(i, strict=True)) >= 2 for i in items) else []


def listed(head: str, n: int) -> bool:
    """The words before `n` values joined by 、/和 alone name as many items (工业和建筑业增加值年均增长10.4%、23.8%;
    金融机构存贷款余额增长2.98%、12.78%): 分别 is understood."""
    # round 26: a code's digits (PM2.5、PM10平均浓度下降33.3%和30.8%) and a base year (旅游接待人数和综合收入比2011年增长
    # 4.7倍和4.8倍) are no value of the clause
    if n < 2 or re.search(r"[0-9０-９，,；;]", re.sub(r"[A-Za-z][A-Za-z0-9.]*|(?:比|较)(?:19|20)\d{2}年(?:同期)?", "", head)):
        return False
    if n == 2 and re.search(r"存贷款|城乡", head) and not re.search(r"[、和及与]", head):
        return True
    items = list_items(head, n)
    return len(items) == n and all(len(label_of(i, strict=True)) >= 2 for i in items)


# a measure noun a list's later item may be, with the head of the first item shared (安全生产事故起数、死亡人数、
# 直接经济损失分别下降: 安全生产事故死亡人数; 园区营收、税收: 园区税收)
MEASURE = re.compile(r"(?:起数|次数|人数|死亡人数|受伤人数|经济损失|直接经济损失|营收|税收|利润|利税|产值|产量|面积|营业收入|"
                     r"数量|户数|件数|金额|额)$")
FIRST_MEASURE = re.compile(r"(?:起数|次数|人数|营收|税收|利润|利税|产值|产量|面积|数量|户数|件数|金额|增加值)$")
OWNER_ENDS = re.compile(r"(?:业务|营业|销售|^经济|直接|主营|死亡|受伤|生产|年|总|净|实际|平均|人均)$")


def complete(lexicon: Lexicon, items: list[str], k: int) -> str:
    """A listed item that names no indicator alone, completed by the list's shared tail or head, when the name
    then spans the join: 化学需氧量、二氧化硫排放量 → 化学需氧量排放量; 单位国内生产总值用水量、能耗 → 单位国内生产总值能耗."""
    item = items[k].strip()
    if len(items) < 2:
        return items[k]
    last, first = items[-1].strip(), items[0].strip()
    if k < len(items) - 1 and re.fullmatch(r"[A-Za-z]+[0-9.]+", item) and (code := re.match(r"[A-Za-z]+[0-9.]+", last)):
        return item + last[code.end():]    # PM10、PM2.5年均浓度: PM10年均浓度, whatever the registry reads in PM10
    if lexicon.indicator(item):
        if (share := share_tail(item, last)) and k < len(items) - 1:
            return item + share
        # 常住人口和户籍人口城镇化率: a named thing (常住人口) before a listed rate is the rate's modifier
        rate = RATE.search(label_of(last, strict=True))
        if k < len(items) - 1 and rate and not RATE.search(item) and (tail := shared_tail(item, label_of(last, True))) \
                and RATE.search(tail):
            return item + tail
        return items[k]
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
    heads = [LEADING.sub("", i.strip()) for i in items[:-1]]
    width = len(heads[0])
    if k < len(items) - 1 and all(len(h) == width and PARALLEL.fullmatch(h) for h in heads) and len(last) > width + 1:
        return heads[k] + last[own_opening(last, width):]     # 城市、农村低保平均保障月标准: 城市低保平均保障月标准
    if k > 0 and len(item) in (2, 3) and len(first) > len(item) + 1 and first[-len(item):] != item \
            and item[-1] == first[-1] and item[-1] in "量率":
        return first[:-len(item)] + item   # 专利申请量和授权量: 专利授权量, the first item's head shared
    if k < len(items) - 1 and (tail := shared_tail(LEADING.sub("", item), label_of(last, strict=True))):
        return item + tail
    if k > 0 and (owner := shared_owner(label_of(first, strict=True), label_of(item, strict=True))):
        return owner + label_of(item, strict=True)
    if k < len(items) - 1 and (split := split_word(item, last)):
        return split[0]                    # 金融机构各项存、贷款余额: 金融机构各项存款余额
    if k == len(items) - 1 and len(items) == 2 and (split := split_word(first, item)):
        return split[1]                    # …: 金融机构各项贷款余额
    if k < len(items) - 1 and (measure := MEASURE_TAIL.search(label_of(last, strict=True))) \
            and len(label_of(last, strict=True)) > len(measure.group()) + 1 \
            and 2 <= len(bare := label_of(item, strict=True)) <= 8 and re.fullmatch(r"[\u4e00-\u9fff“”]+", bare) \
            and not MEASURE_TAIL.search(bare) and not MEASURE.search(bare) and not RATE.search(bare) \
            and not OWN_MEASURE.search(bare):
        return item + measure.group()         # 化学需氧量、氨氮、…氮氧化物排放量: 氨氮排放量; 城乡基本养老、城镇…保险
    if k > 0 and len(item) == 3 and len(first) > 4 and item[-1] == first[-1] == "数" and first[-3:] != item:
        return first[:-3] + item           # 省运会金牌数、奖牌数: 省运会奖牌数, the first item's owner shared
    if k < len(items) - 1 and (share := share_tail(item, last)):
        return item + share
    return items[k]


# a sector or an amount whose share of a whole the list's last item states (高新技术产业和战略性新兴产业占规模工业比重)
SHARE_OWNER = re.compile(r"(?:业|产业|经济|投资|增加值|产值|收入|消费|贸易)$")


def share_tail(item: str, last: str) -> str:
    """高新技术产业和战略性新兴产业占规模工业比重分别为59%和44% → 占规模工业比重, the share the first item shares with
    the last; '' when the item is no sector or amount of its own (公办、普惠性幼儿园在园幼儿占比), the last names no
    thing before 占 (药占比) or no share after it."""
    at = last.rfind("占")
    if at < 2 or "占" in item or not SHARE_OWNER.search(item) or len(item) < 3 \
            or not re.fullmatch(r"占[^，,、]*(?:比重|比例|占比|比)", last[at:]):
        return ""
    return last[at:]


# the measure a list's last item ends with that the bare things before it share (化学需氧量、氨氮、二氧化硫、氮氧化物
# 排放量; 企业、个体工商户营业收入; 城乡基本养老、城镇基本医疗保险)
MEASURE_TAIL = re.compile(r"(?:排放总?量|增加值|营业收入|销售收入|主营业务收入|(?:保险)?参保人数|保险"
                         # round 22 (TEST12): 黑恶“十类案件”、电信诈骗、传统侵财案件发案数 (tongling-2025), 小麦、玉米、
                         # 大豆产量: a case count or an output the bare things before the last item share
                         r"|(?:发|立|破|结)案(?:数|率|起数)|(?<!生)(?:总)?产量|销量|出栏量|存栏量)$")
# an item that names a measure of its own (高新技术产业投资、高技术产业增加值) takes no tail
OWN_MEASURE = re.compile(r"(?:投资|收入|总额|额|量|值|数|率|利润|税收|规模|总量|指数|价格|支出|贷款|存款|余额)$")
# one-character halves of a word split by 、 (存、贷款余额; 进、出口总额; 收、支)
SPLIT_HALVES = {("存", "贷"), ("贷", "存"), ("进", "出"), ("出", "进"), ("收", "支")}


def split_word(item: str, last: str) -> tuple[str, str] | None:
    """A word split by 、 between two items (金融机构各项存、贷款余额): (the first item's full name, the second's);
    else None."""
    item, last = item.strip(), last.strip()
    if len(item) < 2 or len(last) < 3 or (item[-1], last[0]) not in SPLIT_HALVES \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", item + last):
        return None
    return item + last[1:], item[:-1] + last


def shared_tail(item: str, last: str) -> str:
    """The tail of the last item that an earlier one shares, after the word they end alike: 工业和建筑业增加值 →
    增加值 (工业增加值), 常住人口和户籍人口城镇化率 → 城镇化率; else ''. Only for an item of two to four characters of
    its own, a word of the last item's first four, and a tail of two characters or more."""
    if not 2 <= len(item) <= 4 or not re.fullmatch(r"[\u4e00-\u9fff]+", item + last):
        return ""
    for w in range(min(len(item) - 1, 2), 0, -1):
        at = last.find(item[-w:], 1, 5)
        if at > 0 and len(last) - (at + w) >= 2 and not last.startswith(item):
            return last[at + w:]
    if len(item) == 2 and last[:2] != item and (last[0] == item[0] and len(last) >= 4
                                                or len(last) >= 5 and RATE.search(last)):
        return last[own_opening(last, 2):]     # 供热、供水普及率: 供热普及率; 代表、委员满意率: 代表满意率
    return ""


# round 24 (TEST13): the place a list's last item opens with may be wider than the first's (城市和行政村光纤宽带网络
# 覆盖率分别达到89.2%、71.0%: hainan-2016 — 城市光纤宽带网络覆盖率, not 城市村…)
PLACE_OPENING = re.compile(r"行政村|自然村|建制村|中心村|贫困村|中心城区|主城区|城区|县城|乡镇|城镇|城市|农村|社区")


def own_opening(last: str, width: int) -> int:
    """The width of the modifier the last item of a list opens with: the place it names (行政村), else `width`, the
    first item's."""
    m = PLACE_OPENING.match(last)
    return m.end() if m and len(last) > m.end() + 1 else width


def shared_owner(first: str, item: str) -> str:
    """The owner of the first item's measure that a later bare measure shares: 安全生产事故起数、死亡人数 → 安全生产事故;
    else ''."""
    m = FIRST_MEASURE.search(first)
    if not m or not MEASURE.search(item) or len(item) > 6 or not re.fullmatch(r"[\u4e00-\u9fff]+", first + item):
        return ""
    owner = re.sub(r"(?:完成|实现|达到?)$", "", first[:m.start()])  # 民营经济完成增加值、实现营业收入均增长…
    if len(owner) < 2 or OWNER_ENDS.search(owner) or item.startswith(owner[:2]):
        return ""
    return owner


PARALLEL = re.compile(r"城市|农村|城镇|养老|失业|医疗|工伤|生育|刑事|治安|民事|工业|农业|进口|出口|粮食|肉类|乳品|职工|居民|"
                      r"存款|贷款|国税|地税|省级|市级|县级|国家级")
# the modifiers that such lists pair, each as wide as the last item's own (机电和高新技术产品出口: 机电 is not one)


def urban_and_rural(lexicon: Lexicon, head: str) -> tuple[str, str] | None:
    """城乡X → (城镇X or 城市X, 农村X) when the registry names both; else (城镇X, 农村X), proposed, when 城乡 opens the
    name of a thing of residents or households the registry does not name whole (城乡低保平均标准分别提高5%、6.7%: the
    registry's 城乡居民收入 is mapped by the indicator's own urban and rural parts); else None."""
    rural = head.replace("城乡", "农村", 1)
    for word in ("城镇", "城市"):
        urban = head.replace("城乡", word, 1)
        if lexicon.indicator(urban) and lexicon.indicator(rural) and lexicon.indicator(urban) != lexicon.indicator(rural):
            return urban, rural
    if re.search(r"城乡(?:居民|低保|特困|家庭|住户|困难)", label_of(head, strict=True)) and not lexicon.indicator(head) \
            and not re.search(r"一体|统筹|融合|医保|保险|合作医疗", head):
        return head.replace("城乡", "城镇", 1), rural
    return None


def deposits_and_loans(head: str) -> tuple[str, str] | None:
    """存贷款余额 → (存款余额, 贷款余额): 金融机构人民币存贷款余额分别增长6.5%、4.3% states the deposits, then the loans."""
    if "存贷款" not in head:
        return None
    return head.replace("存贷款", "存款", 1), head.replace("存贷款", "贷款", 1)


# a time a value is of, not a thing it measures (项目开工率一季度达到50%、上半年达到80%、三季度达到100%)
TIME = re.compile(r"(?:(?:19|20)\d{2}年)?(?:(?:第?[一二三四1-4]|前[三3])季度(?:末)?|[上下]半年|年底|年末|年初|"
                  r"(?:[1-9]|1[0-2])月(?:底|末|份)?|前(?:[1-9]|1[01]|[一二三四五六七八九十]{1,2})个?月)")


def time_only(label: str) -> bool:
    """The label is a time word alone: the value is of the thing named before it."""
    return bool(label) and TIME.fullmatch(label) is not None


def without_time(label: str) -> str:
    """A label with the time word it ends with taken off (项目开工率一季度 → 项目开工率), when a name remains."""
    m = re.search(TIME.pattern + "$", label)
    return label[:m.start()] if m and m.start() >= 2 else label


OPENS_ITEM = re.compile(r"(?:、|和|(?<![惠涉普波顾危触企])及|与)(?:\d+\s*[×x]|年产|年处理|年加工)?\s*$")
THING_AFTER = re.compile(r"(?!以上|以下|以内|左右|多|余|的|是|为|增|减|下降|提高|同比|比|较|以|达到|共|累计|分别|均|"
                         r"将|已|在|项目|工程)[\u4e00-\u9fff“][^，,；;。、]*")


NEXT_ITEM = re.compile(r"等|[和及与](?=(?:年产|年处理|年加工)?[0-9０-９])")


def thing_after(text: str, segment: str, value_end: int, c_hi: int) -> str:
    """The thing a value of a list of named things measures, written after it: 推进100万吨芳烃、15万吨裂化催化剂等
    项目 → 裂化催化剂; 打造10万亩果业标准化基地和3万亩药茶原料基地 → 药茶原料基地. Only for a value that opens an
    item after a list's joining word with words before it; the thing ends at the next joining word, 等, or a
    number. Else ''."""
    if not OPENS_ITEM.search(segment) or not re.search(r"[\u4e00-\u9fff]", segment) or open_bracket(segment):
        return ""
    m = THING_AFTER.match(text, value_end, c_hi)
    if not m:
        return ""
    rest = text[value_end:c_hi]
    if open_bracket(m.group()):
        thing = re.sub(r"[（(][^）)]*$", "", m.group())     # 6个园区（杭州高新技术产业开发区、…）: 园区
        return thing if len(thing) >= 2 else ""
    if text.startswith("、", m.end()) and not re.search(r"等|、[^、]*?[0-9０-９]", rest):
        # 5个区县图书馆、文化馆: the names listed after the number are all counted (no 等, no number of their own)
        return re.split(r"[，,；;。]", rest)[0]
    thing = NEXT_ITEM.split(m.group())[0]
    if len(thing) <= 3 and text.startswith("、", value_end + len(thing)) and (more := THING_AFTER.match(
            text, value_end + len(thing) + 1, c_hi)):
        piece = NEXT_ITEM.split(more.group())[0]
        if not re.match(r"[、等]", text[more.start() + len(piece):more.start() + len(piece) + 1]):
            thing += "、" + piece          # 855名广东、海南援荆医疗队员: modifiers listed, then the thing
    return thing if len(thing) >= 2 else ""


RATE_JOIN = re.compile(r"以及|和(?!谐)|(?<!普)及(?![时格率])|(?<!参)与")   # not 普及率, 及时率, 参与率
HOW = re.compile(r"按时|按期|及时|限时|如期|一次")
SHARED_HEAD = re.compile(r"(?:率|比重|比例|占比|申请量|授权量|产量|销量|吞吐量|排放量)$")


def shared_rate(segment: str) -> list[str]:
    """The rates joined by 和/及/与 that one value is stated of (…办结率和满意率均达到): each a subject, the words
    listed before the first by 、 its modifiers (主要生产基地、农产品批发市场、大型超市农残检测覆盖率和合格率), or rates
    of their own (行政村客运通达率、邮政快递覆盖率和自然村宽带覆盖率). Empty when a number, 分别 or 各 is in the
    words, or any joined part is no rate."""
    if re.search(r"\d|分别|各", segment):
        return []
    commas = segment.split("、")
    last = commas[-1]
    cuts = [m for m in RATE_JOIN.finditer(last) if SHARED_HEAD.search(last, 0, m.start())]
    # joined after a rate only: 人大代表建议和政协提案办结率和满意率 is two rates of the suggestions and proposals
    bounds = [0, *(x for m in cuts for x in (m.start(), m.end())), len(last)]
    parts = [label_of(last[a:b], strict=True) for a, b in zip(bounds[::2], bounds[1::2], strict=True)]
    if len(parts) < 2 or not all(SHARED_HEAD.search(p) and len(p) > 2 for p in parts) \
            or len({p[-1] for p in parts}) > 1:
        return []
    before = commas[:-1]
    if before and all(RATE.search(label_of(c, strict=True)) for c in before):
        return [*before, *parts]
    first = "、".join([*before, parts[0]])
    return [first, *(modified(first, p) for p in parts[1:])]


EACH_REACHED = re.compile(r"(?:(?<![年平人])均|都)(?:实现|保持|稳定|继续)?(?:增长|增加|提高|提升|下降|减少|降低|达到?|突破|超过|超|为|在)?$")
HEADISH = re.compile(r"(?:收入|产值|增加值|总额|总量|数量|资金|投资|人数|人次|吞吐量|能力|标准|率|比重|规模|产量|销量|营收|"
                     r"利润|税收|进出口|出口|进口|消费|额|量|数|企业|项目)$")


def each_of_two(lexicon: Lexicon, segment: str, percent: bool) -> list[str]:
    """文化产业和旅游业增加值均突破…, 游客数量和旅游综合收入均增长…: two subjects joined by 和/与/及 before 均 (or 都)
    and the verb, each with the shared tail when it has none of its own (文化产业增加值); [] unless both name a measured
    thing (县以上城镇污水和垃圾集中处理率: the first names none; 增长率和完成率: 完成率's label is 率 alone), a percent's
    two are both rates or neither, and no number or 、-list is in the words."""
    if not EACH_REACHED.search(segment) or re.search(r"\d|、|分别|各", segment):
        return []
    words = label_of(EACH_REACHED.sub("", segment), strict=True)
    parts = RATE_JOIN.split(words)
    if len(parts) != 2 or any(len(p) < 2 for p in parts):
        return []
    items = [complete(lexicon, parts, 0), parts[1]]
    if not all(HEADISH.search(i) and len(label_of(i, strict=True)) >= 2 for i in items) \
            or percent and bool(RATE.search(items[0])) != bool(RATE.search(items[1])):
        return []       # 人大代表建议和政协提案满意率均达100%: a count and a rate are not one value's two subjects
    return items


def modified(first: str, part: str) -> str:
    """A later rate of a pair with the first's modifier, when it has none of its own (at most five characters):
    保障性安居工程的开工率和基本建成率 → 保障性安居工程的基本建成率; 提案办理满意率和基本满意率 → 提案办理基本满意率;
    入学率和毕业率 → the words before 入学率 + 毕业率. 城市污水处理率和垃圾无害化处理率: the second has its own."""
    if len(part) > 5:
        return part
    if "的" in first:
        return first[:first.rindex("的") + 1] + part
    common = len(os.path.commonprefix([first[::-1], part[::-1]]))
    head = common if common >= 2 else 3         # the first's own head word: 满意率 shared, else X X 率
    if HOW.fullmatch(first[-head - 2:-head]):
        head += 2                               # 提案按时办复率和规范化率: 按时 is of 办复, not of the proposals
    return first[:-head] + part if len(first) > head + 1 else part


# a list of counts of levels whose counted thing is written once, after the last (新建16个省级、30个市级集中安置区;
# 创建3个国家级、12个省级和20个市级示范区): each level's things are the last item's
LEVEL_ONLY = re.compile(r"(?:国家|省|市|县|区|乡|镇|村|自治区|省部|国省)级(?:以上)?")
LEVEL_ITEM = re.compile(r"[0-9０-９.]+[万亿]?[个项座家所条处台套户批名支片张](" + LEVEL_ONLY.pattern + r")"
                        r"(?:[、和及与]|(?=[^\W\d_]))")


def level_thing(first: str, rest: str) -> str:
    """The thing counted after the last of a list of levels (`rest` the words after the 、 that follows `first`, a
    level only): 省级 + 30个市级集中安置区 → 集中安置区; "" when `first` is no bare level or no such list follows."""
    if not LEVEL_ONLY.fullmatch(first):
        return ""
    at = 0
    while m := LEVEL_ITEM.match(rest, at):
        at = m.end()
        if rest[m.end() - 1] not in "、和及与":
            thing = re.match(r"[^\W\d_][^，,；;。！？!?：:\n\d、]*", rest[at:])
            name = re.sub(r"(?:[和及与]|以及)$", "", thing.group()) if thing else ""   # …生态乡镇和20个国家级生态村
            return name if len(name) >= 2 else ""
    return ""


def parallel_rest(first: str, second: str) -> str:
    """The words the second of two parallel counted items has after the part that differs, which are the first's too
    (贫困乡 + 贫困村出列 → 出列: 15个贫困乡和509个贫困村出列): the two share their opening words and differ in the one
    character after them; "" when they do not (幼儿园 and 小学; 街区 and 名镇名村保护) or the rest is no plain words."""
    n = 0
    while n < min(len(first), len(second)) and first[n] == second[n]:
        n += 1
    differ = len(first) - n
    rest = second[n + differ:]
    if n < 1 or differ != 1 or not re.fullmatch(r"[^\W\d_]{1,8}", first[n:] + rest) \
            or not re.fullmatch(r"[\u4e00-\u9fff]+", first):
        return ""
    return rest
