"""A project's capacity and its product (round 11, round 15; docs/records.md "Capacities and expected effects of
projects"), a pass of `labels.relabel`: 重点建设矿山机械厂年产7.4万台液压挖掘机 takes the registry's capacity indicator;
a capacity between a company's name and its product (泰格林纸70万吨涂布包装纸) takes the product. Moved out of labels.py
(stop 27)."""
from __future__ import annotations

import re
from typing import Any

from api.extract.counts import THING
from api.extract.parts import WHOLE
from api.extract.quantities import UNITS_OF
from api.extract.sentences import sentence_end, sentence_start
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports labels, which imports this module


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
    if "、" in label and (re.search(r"[0-9０-９]", label.rpartition("、")[0]) or q.unit not in COUNT_UNITS or q.scale):
        label = label.rpartition("、")[2]     # 万向30万吨汽车零部件、弘锦鑫20万吨…: the name after the last item's;
        # 上海电气绿色甲醇、…、吉电股份2×66万千瓦燃煤保供机组 (baicheng-2025): the items before are other projects (a
        # count with no scale word, 集成电路、…和空天产业4只政府性专项基金, is of all the items)
    if q.unit not in CAPACITY_UNITS or q.suffix or len(label) < 2 or MEASURED.search(label) \
            or not UNITS_OF.sub("", text[max(0, f.value_start - 80):f.value_start]).rstrip().endswith(label) or re.search(r"[，,、；;\d]", label):
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
