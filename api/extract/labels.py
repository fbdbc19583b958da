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
from api.extract.capacities import CAPACITY_UNITS, capacity, product_after
from api.extract.counts import THING, THING_LEAD, before_next_quantity, joined_item
from api.extract.examples import examples_class
from api.extract.fragments import object_of, values_out, verb_only
from api.extract.indicators import GENERIC, LEADING, Lexicon, label_of, mended, proposed_key
from api.extract.named_parts import of_named_part
from api.extract.owners import owners
from api.extract.parts import level_class, narrowed, of_subunit, part_of_whole
from api.extract.predicates import invested_purpose, share_meeting
from api.extract.spending import invested_in, spent_share
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
# a total of the same measure as the value before it (新增1700公里，总里程达到4289公里)
TOTAL = re.compile(r"(?:其)?(?:总数|总量|总里程|总规模|总面积|总长|总长度)")
# the act opening the thing's label (签约金融招商项目, 新增高新技术企业): not part of the thing's name
THING_TRAIL = re.compile(r"(?:净增|新增|增加|累计|已|达)+$")
# a label that is only what became of things (基本建成2622套, 竣工投产180个, 建成70个以上): of the count before it
ACT_ONLY = re.compile(r"(?:基本|全面|全部)?(?:建成|竣工|投产|竣工投产|建成投产|完工|开工|新开工|开业|投用|投入使用|"
                      r"建成投用|落地|签约|新签约|新签|新投产|新达产|达产|复工|续建)")
ACT_THING_LEAD = re.compile(r"^(?:新开工|开工建设|开工|建设|实施|推进|新建|续建)+")


def relabel(text: str, facts: list[Fact], lexicon: Lexicon) -> None:
    """Each fact of a paragraph whose proposed label names no thing gets the thing's words (module docstring)."""
    written = {id(f): f.subject for f in facts}       # the labels as drafted: a relabelled one is not read again
    for f in facts:
        if not f.indicator.startswith("indicator/proposed-") or f.quantity.share:
            continue                    # a term of a proportion keeps the proportion's name (round 15)
        label = examples_class(text, f) or counted_after_act(text, f) or named_before(text, f, facts, written) \
            or run_on(text, f) \
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
            or product_after(text, f) or part_of_whole(text, f, facts) or level_class(f, lexicon) \
            or narrowed(f, lexicon)
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
    for f in facts:                     # round 26b: a quotation mark or bracket cut from its pair
        if f.indicator.startswith("indicator/proposed-") and (label := mended(
                f.subject, text[max(0, f.quote_start - 60):f.value_end + 60])) != f.subject:
            named(f, label, lexicon)


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
RUN_ON = re.compile(r"(?<=[^\W\d_]{2})(?:(?:\d{1,2}月(?:底|末)?前|年底前|年内)?(?:(?:全面|全部)(?:如期|顺利)?|如期|顺利|相继|即将|达标|"
                    r"已经?|均已|正式|基本)"
                    r"(?:完成|启动运行|启动建设|启动|建成通车|建成投产|建成|竣工验收|竣工|开工建设|开工|实施|投产|落地|打通|通车|投运|"
                    r"投用|运营|运行)|投产满产|投产达产|满产达产|"
                    r"(?:建设)?(?:加快|加速|扎实|有序|稳步|全面|顺利|同时|积极|全力|持续|深入)(?:推进|建设|实施))$")
# round 26b: how the things under way fare (70个重点项目有序推进, 79个现代化边境小康村建设扎实推进, …等七个百亿级项目
# 同时建设: baicheng-2025) and what became of them (近8成的项目已落地, 4个…运营中心正式投用) run on after the count


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
