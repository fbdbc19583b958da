"""The label of a proposed indicator, checked once a paragraph's facts are drafted (round 10, stop 21; bench/README.md
"Round 10: generic and framing labels (stop 21)"): a post-pass over a paragraph's facts, as facts.project_about is.

- A count whose words end in an act (在中心城区开工建设3个立体停车场, 为…基层防疫办公室配备626名防疫专干, 加快自治区
  本级10个重点卫生项目建设) or in a relative clause's 的 (完成近期规划的336座小型垃圾转运站, round 11) names what it
  counts after the number: the label takes those words (…开工建设立体停车场, 近期规划的小型垃圾转运站).
- A generic label naming no thing (合同金额, 总数, 总里程, 答复率, 增量) after a value of the same sentence whose label
  names one (签约金融招商项目36个、合同金额1238亿元; 省级专精特新企业100家，总数达480家) is that thing's: the label
  takes the thing's name (金融招商项目合同金额, 省级专精特新企业总数).
Round 11 (bench/README.md "Round 11: about and subjects (stop 21)"): a value of a part of the place (开发区, 县域,
中心城区 …) keeps the part in its label; a bare 投资 takes the thing of the count it is spent on; a project's capacity
(…年产7.4万台液压挖掘机) gets the registry's capacity indicator; a total takes the thing of an addition of its unit.
Round 12 (bench/README.md "Round 12: the indicator (stop 21)"): a label that is only an act (基本建成, 竣工投产) takes
the thing of the count before it in the same unit; what became of things counted before them (…任务全面完成) is no
part of their label.
Round 15 (bench/README.md "Round 15: the indicator (stop 22)"): 投资规模 after a count is of its things; a count after
和 whose words were the count before's things counts what follows its number; the share of a sum spent on something
(…的70%以上用于民生领域) is that spending's share; 打通, 通车, 即将 and 达标…竣工验收 are what became of things; a capacity
between a company's name and its product (泰格林纸70万吨涂布包装纸) takes the product.
Round 18 (docs/records.md: a list's items keep the head they share): a later item of a list keeps the act
opening the list, in `acts` (新增省级以上5G工厂7个、省级互联网平台2个 → 新增省级互联网平台).
Round 23: a named part of the place (兰州新区, 生产建设兵团) that is its sentence's or paragraph's topic names its
figures' label, in `named_parts`.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.acts import (
    act_after,
    act_before_examples,
    act_of_the_list,
    added_to_stock,
    shared_act,
    shared_head,
    stock_of_a_flow,
)
from api.extract.counts import before_next_quantity, joined_item
from api.extract.fragments import object_of, values_out, verb_only
from api.extract.indicators import GENERIC, LEADING, Lexicon, label_of, proposed_key
from api.extract.named_parts import of_named_part
from api.extract.owners import owners
from api.extract.parts import WHOLE, level_class, of_subunit, part_of_whole
from api.extract.predicates import invested_purpose, share_meeting
from api.extract.sentences import sentence_end, sentence_start
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports this module (tests/test_layers.py)

# the words of a count ending in an act whose object follows the number (开工建设3个立体停车场, 配备626名防疫专干,
# 维修加固10所医院, 双向开行1154列班列, 取消和下放101项行政审批项目, 本级10个重点卫生项目)
ACT_END = re.compile(r"(?:开工建设|开工|建设|配备|配置|选派|派驻|加固|维修|改造|开行|开通|取消|下放|整合|"
                     r"评选|认定|命名|表彰|扶持|资助|帮扶|救助|安置|招录|招聘|选聘|培训|引进|培育|打造|建成|新建|"
                     r"筹建|组建|设立|实施|推进|启动|安排|落实|投放|发放|修订|制定|出台|抓好|办好|本级|"
                     # 每千名老人拥有35张养老机构床位, 布局9个品牌宣介直销网点, 达成118个合作事项: a having or setting up
                     r"拥有|建有|布局|设置|开设|新设|创建|创成|达成|签订|签署|举办|推出|储备|谋划|遴选|选拔)$")
SHARED_MEASURE = re.compile(r"、\s*[0-9０-９][0-9０-９.．]*\s*万?(?:公里|千米|米|平方米|平方公里|亩|公顷|千瓦|吨)"
                            r"(?=[\u4e00-\u9fff“])(?!以上|以下|左右|多|余)")
# what follows the number is a thing: it does not open with a qualifier, a verb of change or a list mark
THING = re.compile(r"(?!以上|以下|以内|左右|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|上升|降低|同比|比|较|"
                   r"以|次|超|达|共|累计|分别|均|有|将|已|在|因|被|人次|万|亿)[\u4e00-\u9fff“]")
# a total of the same measure as the value before it (新增1700公里，总里程达到4289公里)
TOTAL = re.compile(r"(?:其)?(?:总数|总量|总里程|总规模|总面积|总长|总长度)")
# the act opening the thing's label (签约金融招商项目, 新增高新技术企业): not part of the thing's name
THING_TRAIL = re.compile(r"(?:净增|新增|增加|累计|已|达)+$")
# a label that is only what became of things (基本建成2622套, 竣工投产180个, 建成70个以上): of the count before it
ACT_ONLY = re.compile(r"(?:基本|全面|全部)?(?:建成|竣工|投产|竣工投产|建成投产|完工|开工|新开工|开业|投用|投入使用|"
                      r"建成投用|落地|签约|新签约|新签|新投产|新达产|达产|复工|续建)")
ACT_THING_LEAD = re.compile(r"^(?:新开工|开工建设|开工|建设|实施|推进|新建|续建)+")
THING_LEAD = re.compile(r"^(?:净增|新增|新建|新认定|认定|签约|引进|实施|开工|完成|建成|培育|办理|累计|共|全市|全省|全区)+")


def relabel(text: str, facts: list[Fact], lexicon: Lexicon) -> None:
    """Each fact of a paragraph whose proposed label names no thing gets the thing's words (module docstring)."""
    written = {id(f): f.subject for f in facts}       # the labels as drafted: a relabelled one is not read again
    for f in facts:
        if not f.indicator.startswith("indicator/proposed-") or f.quantity.share:
            continue                    # a term of a proportion keeps the proportion's name (round 15)
        label = counted_after_act(text, f) or named_before(text, f, facts, written) or run_on(text, f) \
            or joined_after(text, f, facts) or shared_act(text, f, facts, written) \
            or act_before_examples(text, f) or shared_head(text, f, facts, written) \
            or verb_only(text, f, facts, written)
        if label and label != f.subject:
            named(f, label, lexicon)
    owned = owners(text, facts, lexicon)  # round 23: 生猪存栏…、出栏… → 生猪出栏 (owners.py)
    for f in facts:
        if label := owned.get(id(f), ""):
            named(f, label, lexicon)
    for f in facts:                     # round 11: whose the value is (a sub-unit), what a capacity or 投资 is of
        if f.quantity.share:
            continue
        label = capacity(text, f) or invested_in(text, f, facts, written) or of_subunit(text, f, lexicon) \
            or of_named_part(text, f, lexicon) \
            or spent_share(text, f) or share_meeting(text, f) or invested_purpose(text, f) \
            or product_after(text, f) or part_of_whole(text, f, facts) or level_class(f, lexicon)
        if label and (label != f.subject or f.proposed != label):
            named(f, label, lexicon)
    for f in facts:                     # round 18: a label holds no other value of the text (docs/records.md)
        if f.indicator.startswith("indicator/proposed-") and (label := before_next_value(text, f, facts)
                                                              or values_out(text, f, facts) or object_of(text, f)):
            named(f, label, lexicon)      # round 22: any other value, and a preposition's object (fragments.py)
    for f in facts:                     # round 20: 建成全民健身中心、20个社区健身房 → 建成社区健身房 (acts.act_of_the_list)
        if f.indicator.startswith("indicator/proposed-") and (label := act_of_the_list(text, f) or act_after(text, f)):
            named(f, label, lexicon)
        else:                           # round 21: 新认定国家高新技术企业64家 → a change of the stock
            added_to_stock(text, f, lexicon)
            stock_of_a_flow(text, f, lexicon)     # stop 27: 全市口袋公园达到300个 is no count of parks built


# what the next value's clause does, after the things a count counts (130个产业项目完成投资214.8亿元)
NEXT_ACT = re.compile(r"(?<=[^\W\d_]{2})(?:累计|全年|年度|共)?(?:完成|实现)")
MEASURE_NOUN = re.compile(r"(?:收入|产值|投资|营收|规模|增加值|总额|额|量|率|增幅|增速)$")


def before_next_value(text: str, f: Fact, facts: list[Fact]) -> str:
    """130个产业项目完成投资214.8亿元 → 产业项目; 石楼吕粮山猪20万头仔猪+30万头育肥猪 → 石楼吕粮山猪仔猪: a label
    read from the words after the value that ran on into the next value is cut there, and before the act of the next
    value's clause; "" when the label holds no later value or is not read from after the value."""
    q = f.quantity
    if not re.search(r"[0-9０-９]", f.subject) or (q.unit not in COUNT_UNITS and q.unit not in CAPACITY_UNITS):
        return ""
    later = [g for g in facts if g.value_start >= q.suffix_end and g.quantity is not q]
    for g in sorted(later, key=lambda g: g.value_start):
        at = f.subject.find(g.quantity.value)
        between = text[q.suffix_end:g.value_start]
        if at < 0 or not between or not re.search(r"[^\W\d_]", between) or re.search(r"[，,；;。！？!?\n]", between):
            continue
        words = f.subject[:at]
        if not words or not words.endswith(between[-min(len(between), len(words)):]) \
                or not between.startswith(words[:2]):
            return ""                   # not read from the words after the value
        cut = NEXT_ACT.search(words)
        if not cut and not words.endswith(("+", "＋")):
            return ""                   # 向410户企业发放补贴2.64亿元: no act of the next value's own to cut before
        label = re.sub(r"(?:已|均|都|全部|全面|预计|分别|力争|争取|确保|计划)+$", "", (words[:cut.start()] if cut else words).rstrip("+＋、和及与的"))
        if len(label) < 2 or re.search(r"[0-9０-９]", label) or re.match(r"[又还共另]?有", label) \
                or cut and MEASURE_NOUN.search(label):
            return ""                   # 又有1.5万人实现就业, 28个重点产业集群销售收入实现…: no thing named alone
        return label
    return ""


def named(f: Fact, label: str, lexicon: Lexicon) -> None:
    """The fact takes a new label: the registry indicator it names whole, else a proposed one."""
    ref, lo, hi = lexicon.indicator_span(label)
    f.indicator = ref if ref and lo == 0 and hi == len(label) else proposed_key(label)
    f.subject, f.proposed = label, label if f.indicator.startswith("indicator/proposed-") else ""


def counted_after_act(text: str, f: Fact) -> str:
    """在中心城区开工建设3个立体停车场 → 中心城区开工建设立体停车场: the thing after the count, up to the next listed
    item with a number of its own; "" when the label names a thing or nothing follows."""
    q = f.quantity
    relative = text[q.start - 1:q.start] == "的" and len(f.subject) >= 2    # 近期规划的336座小型垃圾转运站
    if q.unit not in COUNT_UNITS or q.rank or q.suffix or not (ACT_END.search(f.subject) or relative):
        return ""
    # round 14: a second measure of the same things between the count and them (建设9条、30.4公里城市绿道)
    shared = SHARED_MEASURE.match(text, q.suffix_end)
    after = shared.end() if shared else q.suffix_end
    end = re.compile(r"[，,、；;。！？!?：:\n]").search(text, after)
    clause_end = end.start() if end else len(text)
    if not THING.match(text, after, clause_end) or f.subject in text[after:clause_end] \
            or text[after:after + 3] in f.subject:
        return ""                       # the label already holds the words after the count (…场馆改造提升)
    tail = joined_item(before_next_quantity(text[after:clause_end]))
    tail = re.split(r"[和及与](?=[^，,；;、]*?\d)", tail)[0].strip()
    # what became of the things is no part of their name (…老旧小区改造全面完成, …实事基本完成)
    tail = re.split(r"(?<=[^\W\d_]{2})(?:全部|全面|基本|顺利|如期|相继|均已|已经|已|列入|纳入|获得|入选|实施了|"
                    r"的基础上)", tail)[0]
    if not tail or len(tail) > 24 or tail in f.subject or re.search(r"[0-9０-９.]+(?:[%％‰]|[万亿]?(?:[个项座家所条处台套户批名人支片张]|元|美元))|率", tail):
        return ""
    # where it was done, named by examples (“运城面粉”在北京、上海、深圳等地布局9个…网点): not the things' name
    act = re.sub(r"^.*在[^，,；;在]*等(?:地|城市|国家|省市|地区)(?=..)", "", f.subject)
    return LEADING.sub("", act + ("的" if relative and not ACT_END.search(f.subject) else "") + tail)


def named_before(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """签约金融招商项目36个、合同金额1238亿元 → 金融招商项目合同金额: a generic label takes the name of the thing of
    the count before it in its sentence (no ；, 。 or other value between), when that label names a thing and the
    count is no item of a list (办理人大代表建议132件、政协提案149件，办结率100%: the rate is of both)."""
    act = bool(ACT_ONLY.fullmatch(written[id(f)]))
    if not GENERIC.fullmatch(written[id(f)]) and not act:
        return ""
    before = [g for g in facts if g.value_end <= f.value_start and g.quantity is not f.quantity]
    if not before:
        return ""
    prev = nearest = max(before, key=lambda g: g.value_end)
    while act and ACT_ONLY.fullmatch(written[id(prev)]) and prev.quantity.unit == f.quantity.unit:
        earlier = [g for g in before if g.value_end <= prev.value_start]   # 基本建成2622套、竣工7307套: the housing
        if not earlier or re.search(r"[。；;！？!?\n]", text[max(g.value_end for g in earlier):prev.value_start]):
            return ""
        prev = max(earlier, key=lambda g: g.value_end)
    if act:                             # 实施增资扩产项目400个，竣工投产180个 → 增资扩产项目竣工投产 (the same unit)
        between = text[nearest.value_end:f.value_start]
        thing = ACT_THING_LEAD.sub("", THING_TRAIL.sub("", THING_LEAD.sub("", written[id(prev)])))
        thing = re.sub(r"(?<=..)(?:" + ACT_ONLY.pattern + "|开工建设|建设)$", "", thing)  # 棚改安置房全面建成2.5万套，新开工…
        if prev.quantity.unit != f.quantity.unit or prev.quantity.rank or re.search(r"[。；;！？!?\n均]|分别|\d", between) \
                or len(between) > 24 or len(thing) < 2 or ACT_ONLY.fullmatch(thing) or GENERIC.fullmatch(thing) \
                or re.search(r"[，,；;0-9０-９]|(?:里程|规模|面积|投资|金额|额|率|量)$", thing):
            return ""                   # 在建里程1500公里以上，建成400公里: a measure, not things
        return thing + written[id(f)]
    if written[id(prev)] == written[id(f)]:
        return prev.subject if prev.subject != written[id(prev)] else ""   # 总数186家、居全国第9位: the same total
    if prev.quantity.rank or prev.quantity.unit not in COUNT_UNITS and not (
            prev.quantity.unit == f.quantity.unit and TOTAL.fullmatch(written[id(f)])):
        return ""                       # the thing is a set of things a count counted, or the total of what was
                                        # added (高速公路新增1700公里，总里程达到4289公里: the same unit)
    between = text[prev.value_end:f.value_start]
    if re.search(r"[。；;！？!?\n均]|分别|\d", between) or len(between) > 12:
        return ""
    if any(g.value_end <= prev.value_start and not re.search(r"[，,；;。：:！？!?\n]", text[g.value_end:prev.value_start])
           for g in before):
        return ""                       # the count before is the last item of a list
    if written[id(f)].endswith("率") and any(
            g.value_end <= prev.value_start and g.quantity.unit in COUNT_UNITS
            and not re.search(r"[。；;！？!?\n]", text[g.value_end:prev.value_start]) for g in before):
        return ""                       # 办理人大代表建议511件，政协提案223件，满意率99.5%: the rate of both
    thing = THING_TRAIL.sub("", THING_LEAD.sub("", written[id(prev)]))
    thing = re.sub(r"^.*等(?=..)", "", thing)        # 制定和发布《…评价》等绿色标准: the kind, not its examples
    if len(thing) < 2 or GENERIC.fullmatch(thing) or re.search(r"[，,、；;]", thing):
        return ""
    generic = written[id(f)].removeprefix("其")
    if TOTAL.fullmatch(generic) and thing.endswith(generic[-2:]) and len(thing) > 3:
        thing = thing[:-2]              # 新增运营里程36公里，总里程… → 运营总里程, not 运营里程总里程
    return thing + generic


# what became of things, run on into the label of a count written before them (295项年度政策落地任务全面完成, 推动大全一期
# 1000吨半导体硅基材料投产满产): not the things' name
# (round 15: 即将 and 达标 before the act, 打通, 通车, 投运 and 竣工验收 as acts: 160个改革堵点全面打通, 34条跨区域道路相继
# 打通, 兰铝26万吨电解铝大型预焙槽即将投产, 87座小型病险水库整险加固年内达标竣工验收)
RUN_ON = re.compile(r"(?<=[^\W\d_]{2})(?:(?:\d{1,2}月(?:底|末)?前|年底前|年内)?(?:(?:全面|全部)(?:如期|顺利)?|如期|顺利|相继|即将|达标)"
                    r"(?:完成|启动|建成|竣工验收|竣工|开工|实施|投产|落地|打通|通车|投运)|投产满产|投产达产|满产达产)$")


def run_on(text: str, f: Fact) -> str:
    """295项年度政策落地任务全面完成 → 年度政策落地任务: a label whose words follow the value and end in what became
    of the counted things loses that end; not words before the value (棚改安置房全面建成2.5万套 keeps them)."""
    m = RUN_ON.search(f.subject)
    if not m or not re.match(r"[^，,、；;。！？!?\n]*?" + re.escape(m.group()), text[f.value_end:]) \
            or len(f.subject) - len(m.group()) < 2:
        return ""
    return f.subject[:m.start()]


def joined_after(text: str, f: Fact, facts: list[Fact]) -> str:
    """完成243个老旧小区改造和剩余2个“烂尾楼”项目整治 → 剩余“烂尾楼”项目整治: a count after 和/及/与 whose label took
    the things of the count before it (the words between the two numbers) counts what follows its own number; a count
    whose words before it are only the joining word's (新建5所幼儿园和3所小学) was read so already."""
    q = f.quantity
    before = [g for g in facts if g.quantity.suffix_end <= f.value_start and g.quantity is not q]
    if q.unit not in COUNT_UNITS or q.rank or q.suffix or not before:
        return ""
    prev = max(before, key=lambda g: g.quantity.suffix_end)
    m = re.fullmatch(r"([^\W\d_][^，,、；;。！？!?：:\n\d]*?)[和及与]([^\W\d_]{0,4})", text[prev.quantity.suffix_end:f.value_start])
    if not m or prev.quantity.unit not in COUNT_UNITS or not f.subject.startswith(label_of(m.group(1), strict=True) or "和") \
            or m.group(2).endswith("的") or m.group(2).startswith("其") or m.group(1).endswith("国家"):
        return ""                       # 113个国家和地区的338个港口: the second count is of both
    end = re.compile(r"[，,、；;。！？!?：:\n]").search(text, q.suffix_end)
    tail = joined_item(before_next_quantity(text[q.suffix_end:end.start() if end else len(text)]))
    if not THING.match(tail) or len(tail) > 24 or re.search(r"\d", tail) or tail.count("（") != tail.count("）"):
        return ""
    return m.group(2) + tail


# round 15: a capacity written between a company's or project's name and its product (加快推进泰格林纸70万吨涂布包装纸)
CAPACITY_UNITS = frozenset({"吨", "千瓦", "兆瓦", "吉瓦", "GW", "MW", "GWh", "千瓦时", "蒸吨", "立方米", "标箱", "头", "只",
                            "羽"})
PRODUCT = re.compile(r"(?![等和及与])[^\W\d_][^，,、；;。！？!?：:\n\d和及与等+＋]{1,9}?(?=[，,、；;。！？!?\n和及与等+＋]|项目|生产线|装置|"
                     r"并网|建成|投产|投运|开工|竣工|全面|全部|顺利|正式|吊装|出炉|试运行)")
LEAD_ACT = re.compile(r"^(?:重点|积极|加快|加速|全力|大力|切实|力争|争取)?(?:推进|推动|建设|建成投产|建成投运|建成|开工建设|开工|启动|"
                      r"投产|实施好|实施|抓好|加快)+")
MEASURED = re.compile(r"(?:产能|产量|能力|装机|规模|总量|量|面积|容量|投资|增加|新增|减少|淘汰|压减|达到|达|为|超过|突破|约|近|年产|"
                      r"存栏|出栏|饲养|养殖|屠宰|"
                      r"建成|建设|新建|开工|投产|实施|完成|实现|形成|具备)$")


def product_after(text: str, f: Fact) -> str:
    """加快推进泰格林纸70万吨涂布包装纸、… → 泰格林纸涂布包装纸: a capacity whose label is the name written just before
    its number and no measure or act (中石油塔里木3000万吨油气田, 龙煤天泰40万吨醋酸) takes the product after the number;
    a label naming a measure or an act (钢铁产能500万吨, 淘汰落后产能500万吨水泥, 建成光伏电站100万千瓦) keeps its own."""
    q = f.quantity
    label = f.subject
    if "、" in label and re.search(r"[0-9０-９]", label.rpartition("、")[0]):
        label = label.rpartition("、")[2]     # 万向30万吨汽车零部件、弘锦鑫20万吨…: the name after the last item's
    if q.unit not in CAPACITY_UNITS or q.suffix or len(label) < 2 or MEASURED.search(label) \
            or not text[:f.value_start].rstrip().endswith(label) or re.search(r"[，,、；;\d]", label):
        return ""
    start = text.rfind(label, 0, f.value_start)
    if re.search(r"[和及与]", label) and re.search(r"[0-9０-９]", text[max(0, start - 12):start]):
        return ""                       # 中天合创300万吨二甲醚和上海庙100万吨乙二醇: the words before 和 are another item's
    m = PRODUCT.match(text, q.suffix_end)
    if not m or not THING.match(m.group()) or re.match(r"(?:项目|生产线|装置|以上|以下|左右|标准煤|标煤|(?:油气)?当量|新?台阶|大关|关口|建成|全面|全部|开工|并网|"
                                                                r"投产|完成|实现)",
                                                       m.group()):
        return ""                       # 新增建筑节能48万吨标准煤: the unit's own word, not a product
    name = LEAD_ACT.sub("", label)      # 建成投产中韩石化280万吨催化裂化装置: the act is the sentence's
    return name + m.group() if len(name) >= 2 else ""


# round 15: the share of a sum spent on something (把一般公共预算支出的70%以上用于民生领域): what it is spent on
SPENT_SHARE = re.compile(r"(?:以上|左右|多)?(?:用于|投向|投入到?)([^\W\d_][^，,、；;。！？!?：:\n\d]{1,15})(?=[，,；;。！？!?\n])")


def spent_share(text: str, f: Fact) -> str:
    """把一般公共预算支出的70%以上用于民生领域 → 一般公共预算支出用于民生领域的比重: a percent of a sum (the words
    before it end in 的) that the clause then spends on something is that spending's share, not the sum's; a share
    with a verb of its own after it (财政支出的75%来自…) or no 的 (财政支出增长75%) keeps its label."""
    if f.quantity.unit not in ("%", "％") or text[f.value_start - 1:f.value_start] != "的" or len(f.subject) < 2:
        return ""
    m = SPENT_SHARE.match(text, f.value_end)
    if not m or f.subject.endswith(("比重", "比例", "率")):
        return ""
    if (held := re.fullmatch(r"(.{2,}?)的?(?:用于|投向|投入到?)(.+)", label_of(f.subject, strict=True))):
        # 财政支出的70%以上和援疆资金的80%以上用于改善民生: the label holds the verb already (援疆资金的用于改善民生)
        base = re.sub(r"^.*?(?:确保|[把将])(?=..)", "", held.group(1))
        return base + "用于" + held.group(2).removesuffix("的") + "的比重" if len(base) >= 2 else ""
    base = re.sub(r"^.*?(?:确保|[把将])(?=..)", "", label_of(f.subject, strict=True))  # 坚持把…的70%, 各地要确保…
    return base + "用于" + m.group(1).removesuffix("的") + "的比重" if len(base) >= 2 else ""


# 投资/资金 of what the next clause does (投资3330万元，实施小流域治理项目8个 → 小流域治理项目投资)
SPENT = re.compile(r"(?:完成|累计|共|总)?(?:投资|投入资金|投入|资金|拨付资金|筹集资金|下达资金|争取资金)")
ACT_LEAD = re.compile(r"^(?:实施|完成|推进|启动|开工建设|开工)+")
# the act of the clause after a sum, spending it on the count that follows (投资3330万元，实施…项目8个)
SPENT_ON = re.compile(r"[，,]?(?:实施|建设|新建|改造|提升|改扩建|新改扩建|开工建设|建成|完成|办好|办成|整治|修建|打造|扶持|帮扶|"
                      r"新改建)")


def invested_in(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """投资3330万元，实施小流域治理项目8个: a bare 投资 (资金, 投入) is of the count that follows it in its sentence, when
    only the act comes between (no other value, no ；) and no other count follows it (投入2.82亿元，新建13所幼儿园、1所
    九年一贯制学校: the sum is of both): the label takes the count's thing."""
    if f.quantity.unit in COUNT_UNITS:
        return ""
    spent = SPENT.match(written[id(f)])
    rest = written[id(f)][spent.end():] if spent else ""
    if spent and rest and text.startswith(rest, f.quantity.suffix_end) \
            and (m := re.fullmatch(r"([^\d的]\D{1,23}?)\d+(?:\.\d+)?[万亿]?[个项座家所条处台套户批名人支片张村]", rest)):
        thing = ACT_LEAD.sub("", THING_LEAD.sub("", m.group(1)))     # 投资2.6亿元提升改造文化旅游标杆村15个
        return thing + "投资" if len(thing) >= 2 and not re.search(r"[，,、；;]", thing) and "投资" in spent.group() \
            else ""
    if not SPENT.fullmatch(written[id(f)]):
        return ""
    after = [g for g in facts if g.value_start >= f.value_end and g.quantity is not f.quantity]
    if not after:
        return ""
    nxt = min(after, key=lambda g: g.value_start)
    between = text[f.value_end:nxt.value_start]
    if nxt.quantity.unit not in COUNT_UNITS or nxt.quantity.rank or re.search(r"[。；;！？!?\n、]|其中", between) \
            or not SPENT_ON.match(between) or re.match(r"[^，,、。；;！？!?\n]*(?:、|[，,][^，,。；;]{0,8}?\d)",
                                                        text[nxt.quantity.suffix_end:]) \
            or len(between) > 30 or written[id(nxt)] == written[id(f)]:
        return ""
    thing = THING_LEAD.sub("", ACT_LEAD.sub("", nxt.subject))
    if len(thing) < 2 or GENERIC.fullmatch(thing) or re.search(r"[，,、；;0-9０-９]", thing):
        return ""
    return thing + "投资" if "投资" in written[id(f)] or "投入" in written[id(f)] else thing + "资金"


# a project's capacity (docs/records.md, "Capacities and expected effects of projects"): 重点建设矿山机械厂年产7.4万台
# 液压挖掘机, 加速推进金石年产80万吨…; what a project under way will add, or what went into operation
CAPACITY_END = re.compile(r"(?:年产|年加工|年处理)$")
# a capacity cut or closed (淘汰落后产能, 化解过剩产能, 压减粗钢产能, 关停): not a project's
CUT = re.compile(r"淘汰|化解|压减|退出|关停|关闭|削减|去产能|过剩|落后")
BUILDING = re.compile(r"建设|推进|开工|新建|扩建|改建|签约|签订|引进|实施|落地|启动|加快|加速|促进|重点|建成|投产|竣工|"
                      r"项目")
IN_OPERATION = re.compile(r"建成投产|投入生产|投入运营|竣工投产|项目投产|全面投产|正式投产|实现投产|已投产|相继投产|顺利投产")


def capacity(text: str, f: Fact) -> str:
    """The label of a capacity a sentence gives a project (…年产7.4万台液压挖掘机): 投产产能 when the sentence says it
    went into operation, else 项目新增产能; "" when the words before the value are no project's (全市年产粮食)."""
    if f.quantity.unit in COUNT_UNITS and f.quantity.unit not in ("台", "辆", "套", "片", "条", "件"):
        return ""
    lo_s = sentence_start(text, 0, f.value_start)
    clause_lo = max(text.rfind(c, lo_s, f.value_start) for c in "，,") + 1
    words = text[max(clause_lo, text.rfind("、", clause_lo, f.value_start) + 1):f.value_start]
    clause_hi = re.compile(r"[，,、；;。！？!?\n]").search(text, f.value_end)
    if not CAPACITY_END.search(words.strip()) or WHOLE.search(words) or CUT.search(text, lo_s, f.value_start) \
            or not re.match(r"[^\W\d_]", text[f.quantity.suffix_end:f.quantity.suffix_end + 1]) or not BUILDING.search(
            text[clause_lo:f.value_start] + text[f.value_end:clause_hi.start() if clause_hi else len(text)]) \
            or "总产能" in words or f.kind != "result" and f.kind != "target":
        return ""
    around = text[lo_s:sentence_end(text, f.value_end)]
    return "投产产能" if IN_OPERATION.search(around) else "项目新增产能"
