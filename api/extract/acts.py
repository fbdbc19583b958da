"""A list's acts (round 18, stop 24; docs/records.md: a list's items keep the head they share), a pass of
`labels.relabel`: a later item of a list of counts of things done keeps the act opening the list (新增省级以上5G工厂7个、
省级互联网平台2个 → 新增省级互联网平台; 建成8个A、9个B); an item that is only an act or a level takes the things before it
(制定修改政府规章17件、废止27件 → 废止政府规章; 国家级企业技术中心3家、省级12家); a later item naming only a state and a
measure takes the list's head (通车里程357公里、在建里程271公里 → 高速公路在建里程); a count after an act and names of
examples before 等, or an act closed by 了, keeps the act (升级改造平山路、翠溪路等9条城市道路 → 升级改造城市道路; 新建了
5座公园). Round 19 (TEST11) added acts (启动建设, 创成, 淘汰 …); round 20, a list whose first items have no
number (建成全民健身中心、20个社区健身房 → 建成社区健身房)."""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import GENERIC, Lexicon, proposed_key
from api.extract.sentences import fact_before
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports labels, which imports this module


# round 18 (docs/records.md: a list's items keep the head they share): the act opening a list of counts of things
# done (新增省级以上5G工厂7个、省级互联网平台2个; 引进…团队60个、…大学生2万名; 制定修改政府规章17件、废止27件)
ACT_WORD = (r"(?:新增|新建|新开工|开工建设|建成|新改扩建|新改建|改扩建|升级改造|提升改造|改造提升|改造|改建|扩建|更新|维修|整治|引进|培育|"
            r"培养|培训|认定|创建|打造|制定|修订|修改|废止|出台|发放|救助|资助|安置|帮扶|招聘|招录|选聘|新开通|开通|新开|新辟|"
            r"解决|续建|壮大|投用|投运|运营|公布|发布|印发|新设|设立|组建|举办|购置|新培育|新引进|新认定|新创建|新打造|新获批|获批|新评定|评定|"
            r"启动建设|启动实施|启动|创成|新创|淘汰|关停|拆除|"
            r"新引育|引育|减少|确定(?!性)|建设|建立|争创|整体提升|提升)")   # round 21 (TEST12): 新引育…博士200名, 减少…贫困村59个, 确定…中心村265个     # round 19 (TEST11): 启动建设…、立体停车场5个
# round 23 (TEST13): 建设美丽城镇23个、美丽村庄72个 (zhongwei-2022), 争创4个4A级、…和5个省级文旅振兴样板村 (qingyang-2023)
# the acts opening the list, one or more, joined or not (新建或改扩建, 新增和更新, 新建、改扩建, 引进和培养)
SHARED_ACT = re.compile(r"^" + ACT_WORD + r"(?:(?:[、和或及与并]|以及)?" + ACT_WORD + r")*")
# an item with an act of its own (改造背街小巷19条, 累计达20个, 在建271公里, 带动贫困人口, 惠及居民, 入驻企业): the act
# before the list is not its
OWN_ACT = re.compile(ACT_WORD + r"|累计|共|总|达|在建|建设|完成|实现|实施|推进|启动|新(?![型兴区城能材])|提升|提高|增加|减少|"
                     r"降低|下降|拆除|关闭|关停|淘汰|取缔|清理|化解|处置|查处|办理|办结|受理|审批|签约|落地|投产|竣工|"
                     r"开工|通车|转移|吸纳|带动|服务|接待|争取|争创|获得|入选|通过|其中|全市|全省|全区|各|均|分别|再|已|"
                     r"取消|下放|保持|拥有|有|达到|超过|受益|惠及|覆盖|涉及|入驻|入园|落户|进驻|促进|支持|增开|增设|投放|开辟|"
                     r"整备|释放|供应|收储|盘活|流转|复垦|开垦|种植|栽植|植树|造林|疏浚|硬化|绿化|亮化|美化|铺设|敷设|安装|"
                     r"更换|配备|配置|补贴|减免|帮助|走访|调解|排查|整改|检查|抽检|提请|审议|报请|"
                     r"贯通|打通|疏通|疏解|提质|"      # round 23: 建设人行天桥3座、贯通断头路4条 (bazhong-2022)
                     # round 24 (TEST13): 建成棚户区改造项目10个、入住新居群众1.16万户 (lanzhou-2024): people who moved
                     # in or enrolled did so themselves, not by the list's act
                     r"入住|搬入|迁入|回迁|入学")
# an item that ends in an act of its own (棚户区改造1.27万户): not a thing the shared act was done to
OWN_END = re.compile(r"(?:改造|建设|改建|扩建|整治|治理|修复|提升|升级|搬迁|安置|就业|培训|创业)$")
# an item that is only a level (省级12家, 市级20家以上): of the first item's things at that level
LEVEL_ITEM = re.compile(r"(?:国家|省|市|县|区|州|自治区|省市|国省|省部)级(?:以上)?")
LEVEL_HEAD = re.compile(r"(?:国家|省|市|县|区|州|自治区|省市|国省|省部)级(?:以上)?(?=[^\W\d_]{2})")
# a measure of things acted on (公里, 平方米, 亩, 万千瓦): not money, a share or a time
ACTED_MEASURE = frozenset({"公里", "千米", "米", "平方米", "平方公里", "亩", "公顷", "千瓦", "兆瓦", "吨", "立方米", "延米"})
# an item may open with a quoted name (、“专精特新”中小企业52家: round 21, TEST12)
ITEM = re.compile(r"(?:以上|左右|多|余)?、((?:“[^”\d、，,；;。]{1,12}”)?[^\W\d_][^，,；;。！？!?：:\n\d、（）()“”]*)")
# the things of the count before, written after its number, then the 、 opening this item (…示范点、9个社区综合体)
THING_ITEM = re.compile(r"[^\W\d_][^，,；;。！？!?：:\n\d、（）()“”]*、")


def shared_act(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """新增省级以上5G工厂7个、省级互联网平台2个 → 新增省级互联网平台: a count that is a later item of a 、-list
    (only its own words between it and the value before) whose first item opens with the act of things done keeps
    that act, when its own words have none (改造…背街小巷19条 keeps its own); an item that is only an act (废止27件)
    takes the first item's things after it (废止政府规章)."""
    q = f.quantity
    own = written[id(f)]
    if q.rank or q.share or not (q.unit in COUNT_UNITS or q.unit in ACTED_MEASURE) or len(own) < 2 \
            or GENERIC.fullmatch(own) or re.search(r"率|比重|比例|[，,、；;\d]", own):
        return ""
    if (q.unit in COUNT_UNITS and re.fullmatch(r"(?:" + OWN_ACT.pattern + r")+", own) or LEVEL_ITEM.fullmatch(own)) \
            and (label := of_thing_before(text, f, facts, written)):
        return label                    # 全市高新技术企业达到50家、新增10家: 新增高新技术企业
    item, first = f, None
    while True:
        before = [g for g in facts if g.value_end <= item.value_start and g.quantity is not item.quantity]
        if not before:
            return ""
        prev = max(before, key=lambda g: g.value_end)
        m = ITEM.fullmatch(text, prev.value_end, item.value_start)
        after = text.startswith(written[id(item)], item.quantity.suffix_end) and THING_ITEM.fullmatch(
            text, prev.quantity.suffix_end, item.value_start)           # 建成8个医养结合示范点、9个社区综合体
        if not (m and m.group(1) == written[id(item)]) and not after:
            return ""                   # not an item of a 、-list written with its own words only
        if OWN_ACT.match(written[id(prev)]):
            first = prev
            break
        if prev.quantity.rank or prev.quantity.share:
            return ""
        item = prev
    act = SHARED_ACT.match(written[id(first)])
    thing = written[id(first)][act.end():] if act else ""
    if not act or len(thing) < 2 or OWN_ACT.match(thing) or re.match(r"[、和或及与并]", thing) \
            or not (first.quantity.unit in COUNT_UNITS or first.quantity.unit in ACTED_MEASURE):
        return ""                       # the first item's act is not one of things done (累计, 实现, 发放…资金)
    if LEVEL_ITEM.fullmatch(own) and (head := LEVEL_HEAD.match(thing)):
        return act.group() + own + thing[head.end():]       # 新增国家级企业技术中心3家、省级12家: 新增省级企业技术中心
    if re.fullmatch(r"(?:" + OWN_ACT.pattern + r")+", own):      # 废止27件: 废止政府规章, of the same unit
        return own + thing if q.unit == first.quantity.unit and not re.search(r"[，,、；;\d]|等", thing) else ""
    if OWN_ACT.match(own) or OWN_END.search(own):
        return ""
    # …朝政胡同等背街小巷19条: 改造背街小巷; 等 of a word (等级, 中等, 高等) names no examples
    return act.group() + re.sub(r"^[^、]*?[^中高初平均优上一二三四]等(?!级)(?=[^\W\d_]{2})", "", own)


def of_thing_before(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """全市高新技术企业达到50家、新增10家 → 新增高新技术企业; 国家级企业技术中心3家、省级12家 → 省级企业技术中心: an
    item that is only an act or a level, after a count of the same unit whose label names things and no act."""
    prev = fact_before(f, facts)
    if prev is None:
        return ""
    m = ITEM.fullmatch(text, prev.value_end, f.value_start)
    thing = written[id(prev)]
    if not m or m.group(1) != written[id(f)] or prev.quantity.unit != f.quantity.unit or prev.quantity.rank \
            or prev.quantity.share or len(thing) < 2 or OWN_ACT.match(thing) or GENERIC.fullmatch(thing) \
            or re.match(r"[创获评]", thing) or re.search(r"(?:" + OWN_ACT.pattern + r"|" + OWN_END.pattern[:-1] + r")$", thing) \
            or re.search(r"[，,、；;\d]|等|(?:里程|面积|规模|总量|总数|产值|投资|额|量|率|数)$", thing):
        return ""
    own = written[id(f)]
    if LEVEL_ITEM.fullmatch(own):
        head = LEVEL_HEAD.match(thing)
        return own + thing[head.end():] if head else ""
    # the count before is a stock its label names whole, reached (…企业发展到394家、新增64家), not things done
    # (完工投产项目115个、在建113个; 累计办理群众实事267件、办结248件)
    stock = re.search(re.escape(thing) + r"(?:总数|总量)?(?:达到|发展到|增至|增加到|增长到|达|突破|超过)$",
                      text[max(0, prev.value_start - len(thing) - 5):prev.value_start])
    return own + thing if stock else ""


# the state a measure of things is in (高速公路通车里程357公里、在建里程271公里): the things are the list's head
STATE = r"(?:通车|在建|建成|运营|营运|规划|新增|新建|新开工|续建|开工|累计)"


def shared_head(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """全市高速公路通车里程357公里、在建里程271公里 → 高速公路在建里程: a later item naming only a state and the measure
    of the item before it (same measure, same unit) takes that item's things."""
    m = re.fullmatch(STATE + r"([^\W\d_]{2,4})", written[id(f)])
    prev = fact_before(f, facts)
    if not m or prev is None:
        return ""
    item = ITEM.fullmatch(text, prev.value_end, f.value_start)
    head = re.fullmatch(r"([^\W\d_]{2,}?)" + STATE + re.escape(m.group(1)), written[id(prev)])
    if not item or item.group(1) != written[id(f)] or not head or prev.quantity.unit != f.quantity.unit \
            or OWN_ACT.match(head.group(1)) or prev.quantity.rank or prev.quantity.share:
        return ""
    return head.group(1) + written[id(f)]


# the words of a clause before a count whose things follow it: an act, then the names of examples before 等
EXAMPLES_BEFORE = re.compile(r"(?:力争|加快|积极|全力|大力|全年|年内|今年|累计|共)?(" + SHARED_ACT.pattern[1:] + r")"
                             r"(?:了(?:([^，,；;。！？!?：:\n\d]+?)等)?|([^，,；;。！？!?：:\n\d]+?)等)")


def act_before_examples(text: str, f: Fact) -> str:
    """升级改造平山路、翠溪路等9条城市道路 → 升级改造城市道路: a count whose things follow its number and whose clause
    opens with the act of things done, then names its examples before 等 or closes it with 了 (新建了5座公园,
    解决了8000户农牧民用电问题), keeps the act (the roads upgraded, not a stock of roads); the names stay out of the
    label (round 11)."""
    q = f.quantity
    own = f.subject
    if q.unit not in COUNT_UNITS or q.rank or q.share or len(own) < 2 or not text.startswith(own, q.suffix_end) \
            or OWN_ACT.match(own) or OWN_END.search(own):
        return ""
    lo = max(text.rfind(c, 0, q.start) for c in "，,；;。！？!?：:\n") + 1
    m = EXAMPLES_BEFORE.fullmatch(text, lo, q.start)
    names = (m.group(2) or m.group(3) or "") if m else ""
    return m.group(1) + own if m and not OWN_ACT.match(names) and not re.match(r"[、和或及与并了]", names) else ""


# round 20: the act opening a list whose first items have no number (建成全民健身中心、20个社区健身房)
CLAUSE_START = re.compile(r"[，,；;。！？!?：:\n]")
# the items before the count: words with no number, joined by 、 (全民健身中心、; 体育公园、文化广场、); round 23: or
# counts written number first (争创4个4A级、3个3A级景区和5个省级文旅振兴样板村: qingyang-2023), the last joined by 和
UNNUMBERED = re.compile(r"(?:[^\W\d_][^，,；;。！？!?：:\n\d、]*、)+")
NUMBERED = re.compile(r"(?:(?:[0-9０-９.．]+(?:万|千)?(?:" + "|".join(sorted(COUNT_UNITS, key=len, reverse=True)) +
                      r")|[^\W\d_])[^，,；;。！？!?：:\n、和及]*(?:、|和|及|以及))+")


def act_of_the_list(text: str, f: Fact) -> str:
    """建成全民健身中心、20个社区健身房 → 建成社区健身房: a count whose label is the words after its number, after items
    with no number opened by an act of things done, takes that act; "" when the label has an act of its own, the words
    before the count are not such a list, or the count is no count."""
    q = f.quantity
    if q.unit not in COUNT_UNITS or q.rank or q.share or q.suffix or len(f.subject) < 2 \
            or not text.startswith(f.subject, q.suffix_end) or OWN_ACT.match(f.subject):
        return ""
    lo = max((m.end() for m in CLAUSE_START.finditer(text, max(0, q.start - 60), q.start)), default=max(0, q.start - 60))
    act = SHARED_ACT.match(text[lo:q.start])
    if not act or not (UNNUMBERED.fullmatch(text, lo + act.end(), q.start)
                       or NUMBERED.fullmatch(text, lo + act.end(), q.start)):
        return ""
    return act.group() + f.subject


# round 23 (TEST13): what became of the things a count counts, written after them (30处公办幼儿园全部竣工: laiwu-2014);
# not 完成, said of tasks whose name is the act (295项年度政策落地任务全面完成, 十件民生实事全部完成: rounds 25, 33)
BECAME = re.compile(r"(?:全部|全面|基本|如期|顺利|相继|先后|陆续|均已|均|已经|已)*(建成投用|建成投产|竣工投产|建成|竣工|完工|"
                    r"投用|投入使用|投产|开工建设|开工|开业|通车)(?=[，,；;。！？!?\n]|$)")


def act_after(text: str, f: Fact) -> str:
    """30处公办幼儿园全部竣工 → 公办幼儿园竣工: a count whose label is the words after its number, followed by what
    became of them (建成, 竣工, 投产 …) and the clause's end, counts the things done, not their stock; "" when the
    label has an act of its own (…改造全面建成 names it already)."""
    q = f.quantity
    own = f.subject
    if q.unit not in COUNT_UNITS or q.rank or q.share or q.suffix or len(own) < 2 \
            or not text.startswith(own, q.suffix_end) or OWN_ACT.match(own) or OWN_END.search(own):
        return ""
    m = BECAME.match(text, q.suffix_end + len(own))
    return own + m.group(1) if m else ""


# round 21 (TEST12; docs/records.md: a count of things done is a flow): the acts that add things to a stock
ADDING = r"(?:新增|新认定|新培育|新引进|新引育|新建|新获批|新创建|新评定|净增|培育|引进|认定|引育)"
ADDED = re.compile(r"^" + ADDING)
# 累计新增高新技术企业100家 (suizhou-2022): the additions summed over a span, still a change; 累计 before any other
# word (累计达到, 累计建成, 累计认定: the designated so far) is all there is so far, the stock
SUMMED = re.compile(r"累计(?!(?!认定)" + ADDING + r")")


def added_to_stock(text: str, f: Fact, lexicon: Lexicon) -> None:
    """新认定国家高新技术企业64家, 新增全国重点实验室5家 → the registry's stock indicator (高新技术企业) with measure
    `change`, as the curated dalian-2022 records 新增高新技术企业500家: a count whose label opens with an act adding
    things, before the registry name of a stock (not a flow's own name: 新增就业, 新认定高新技术企业; not 累计达到, 累计建成…;
    round 23: 累计新增 is the additions over a span, a change). The fact's reading becomes the change; any other fact is
    left as it is."""
    q = f.quantity
    if f.indicator.startswith("indicator/proposed-") or q.unit not in COUNT_UNITS or q.rank or q.share \
            or f.reading.measure != "level" or SUMMED.search(text, f.quote_start, f.value_start):
        return                          # 累计建成5G基站1.2万个: all there is so far, a stock of its own
    ref, lo, _ = lexicon.indicator_span(f.subject)
    act = ADDED.match(f.subject)
    entity = lexicon.entities.get(ref)
    if ref != f.indicator or not act or act.end() > lo or ADDED.match(f.subject[lo:]) \
            or re.search(r"总数|总量", f.subject) \
            or entity is not None and FLOW_NAME.search(f"{entity.id} {entity.en}"):
        return
    r = f.reading
    r.measure, r.direction, r.baseline = "change", "increase", "previous-year"
    r.direction_written = act.group() if act.group() in text[f.quote_start:f.value_start] else ""


# a registry indicator that is itself a flow, though its zh names no act (国家临床重点专科: "…newly designated")
FLOW_NAME = re.compile(r"\b(?:new|newly|added|additional|increase)\b|-added\b|/new-|/newly-", re.I)


# stop 27: a registry indicator counting things done in a year (a flow) has a zh label opening with the act
# (建成口袋公园, 新增省级临床重点专科; data/entities/indicators.yaml), its bare name an alias
FLOW_LABEL = re.compile(r"^" + ACT_WORD)
CLAUSE_MARKS = "，,；;。！？!?：:\n"     # searched back from the value, not forward from the text's start


def stock_of_a_flow(text: str, f: Fact, lexicon: Lexicon) -> None:
    """全市口袋公园达到300个, 省级临床重点专科总数达80个: a registry flow (its zh label opens with an act) matched by
    its bare name in a clause that names no act is a count of all there is, the stock, not the things done in the
    year: the fact takes its own words as a proposed indicator. 建成“口袋公园”116处, 培育…、高素质农民1300人 keep the
    flow (an act in the clause)."""
    entity = lexicon.entities.get(f.indicator)
    if entity is None or f.indicator.startswith("indicator/proposed-") or not FLOW_LABEL.match(entity.zh or "") \
            or f.quantity.unit not in COUNT_UNITS:
        return
    clause = text[max(text.rfind(c, 0, f.value_start) for c in CLAUSE_MARKS) + 1:f.value_start]
    if re.search(ACT_WORD, clause):
        return
    label = f.subject
    f.indicator, f.proposed = proposed_key(label), label
