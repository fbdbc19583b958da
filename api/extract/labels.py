"""The label of a proposed indicator, checked once a paragraph's facts are drafted (round 10, stop 21; bench/README.md
"Round 10: generic and framing labels (stop 21)"): a post-pass over a paragraph's facts, as facts.project_about is.

- A count whose words end in an act (在中心城区开工建设3个立体停车场, 为…基层防疫办公室配备626名防疫专干, 加快自治区
  本级10个重点卫生项目建设) names what it counts after the number: the label takes those words (…开工建设立体停车场).
- A generic label naming no thing (合同金额, 总数, 总里程, 答复率, 增量) after a value of the same sentence whose label
  names one (签约金融招商项目36个、合同金额1238亿元; 省级专精特新企业100家，总数达480家) is that thing's: the label
  takes the thing's name (金融招商项目合同金额, 省级专精特新企业总数).
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import Lexicon, proposed_key
from api.extract.subjects import before_next_quantity, joined_item
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports this module (tests/test_layers.py)

# the words of a count ending in an act whose object follows the number (开工建设3个立体停车场, 配备626名防疫专干,
# 维修加固10所医院, 双向开行1154列班列, 取消和下放101项行政审批项目, 本级10个重点卫生项目)
ACT_END = re.compile(r"(?:开工建设|开工|建设|配备|配置|选派|派驻|加固|维修|改造|开行|开通|取消|下放|整合|"
                     r"评选|认定|命名|表彰|扶持|资助|帮扶|救助|安置|招录|招聘|选聘|培训|引进|培育|打造|建成|新建|"
                     r"筹建|组建|设立|实施|推进|启动|安排|落实|投放|发放|修订|制定|出台|本级)$")
# what follows the number is a thing: it does not open with a qualifier, a verb of change or a list mark
THING = re.compile(r"(?!以上|以下|以内|左右|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|上升|降低|同比|比|较|"
                   r"以|次|超|达|共|累计|分别|均|有|将|已|在|因|被|人次|万|亿)[\u4e00-\u9fff“]")
# a label that names a measure and no thing (总里程达到4289公里, 合同金额1238亿元, 总数达480家, 答复率100%)
GENERIC = re.compile(r"(?:其)?(?:总数|总量|总额|数量|合同金额|合同额|签约额|总里程|里程|增量|年?销售额|综合产值|总产值|"
                     r"年?营业收入|营收|答复率|办结率|满意率|资金总额|各项资金总额|总规模|规模)")
# the act opening the thing's label (签约金融招商项目, 新增高新技术企业): not part of the thing's name
THING_TRAIL = re.compile(r"(?:净增|新增|增加|累计|已|达)+$")
THING_LEAD = re.compile(r"^(?:净增|新增|新建|新认定|认定|签约|引进|实施|开工|完成|建成|培育|办理|累计|共|全市|全省|全区)+")


def relabel(text: str, facts: list[Fact], lexicon: Lexicon) -> None:
    """Each fact of a paragraph whose proposed label names no thing gets the thing's words (module docstring)."""
    written = {id(f): f.subject for f in facts}       # the labels as drafted: a relabelled one is not read again
    for f in facts:
        if not f.indicator.startswith("indicator/proposed-"):
            continue
        label = counted_after_act(text, f) or named_before(text, f, facts, written)
        if label and label != f.subject:
            ref, lo, hi = lexicon.indicator_span(label)
            f.indicator = ref if ref and lo == 0 and hi == len(label) else proposed_key(label)
            f.subject, f.proposed = label, label if f.indicator.startswith("indicator/proposed-") else ""


def counted_after_act(text: str, f: Fact) -> str:
    """在中心城区开工建设3个立体停车场 → 中心城区开工建设立体停车场: the thing after the count, up to the next listed
    item with a number of its own; "" when the label names a thing or nothing follows."""
    q = f.quantity
    if q.unit not in COUNT_UNITS or q.rank or q.suffix or not ACT_END.search(f.subject):
        return ""
    end = re.compile(r"[，,、；;。！？!?：:\n]").search(text, q.suffix_end)
    clause_end = end.start() if end else len(text)
    if not THING.match(text, q.suffix_end, clause_end) or f.subject in text[q.suffix_end:clause_end] \
            or text[q.suffix_end:q.suffix_end + 3] in f.subject:
        return ""                       # the label already holds the words after the count (…场馆改造提升)
    tail = joined_item(before_next_quantity(text[q.suffix_end:clause_end]))
    tail = re.split(r"[和及与](?=[^，,；;、]*?\d)", tail)[0].strip()
    if not tail or len(tail) > 24 or tail in f.subject or re.search(r"[0-9０-９.]+(?:[%％‰]|[万亿]?(?:[个项座家所条处台套户批名人支片张]|元|美元))|率", tail):
        return ""
    return f.subject + tail


def named_before(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """签约金融招商项目36个、合同金额1238亿元 → 金融招商项目合同金额: a generic label takes the name of the thing of
    the count before it in its sentence (no ；, 。 or other value between), when that label names a thing and the
    count is no item of a list (办理人大代表建议132件、政协提案149件，办结率100%: the rate is of both)."""
    if not GENERIC.fullmatch(written[id(f)]):
        return ""
    before = [g for g in facts if g.value_end <= f.value_start and g.quantity is not f.quantity]
    if not before:
        return ""
    prev = max(before, key=lambda g: g.value_end)
    if written[id(prev)] == written[id(f)]:
        return prev.subject if prev.subject != written[id(prev)] else ""   # 总数186家、居全国第9位: the same total
    if prev.quantity.unit not in COUNT_UNITS or prev.quantity.rank:
        return ""                       # the thing is a set of things a count counted
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
    return thing + written[id(f)].removeprefix("其")
