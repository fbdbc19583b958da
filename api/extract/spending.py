"""Money and what it is spent on (round 11, round 15), a pass of `labels.relabel`: a bare 投资 takes the thing of the
count it is spent on (实施亿元以上技改项目1000项、完成投资6600亿元), the share of a sum spent on something
(把一般公共预算支出的70%以上用于民生领域) is that spending's share. Moved out of labels.py (stop 27)."""
from __future__ import annotations

import re
from typing import Any

from api.extract.counts import THING_LEAD
from api.extract.indicators import GENERIC, label_of
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports labels, which imports this module


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
