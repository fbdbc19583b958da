"""Labels finished by the words after the value (round 27b, TEST14's cut labels), a pass of `labels.relabel`:

- a percent followed by 的 and the things it is a share of, then what they meet (确保重点治理行业80%的企业大气污染物
  排放达标, guizhou-2007), or followed at once by what the things before it meet (推进义务教育学校100%达省定标准,
  wuhu-2022), is the share of those things meeting it: 重点治理行业企业大气污染物排放达标比例, 义务教育学校达省定标准
  比例 — not the words before the number alone;
- a sum put into solving a problem (投入超20亿元解决6060个自然村、136.42万人安全饮用水问题, shaoguan-2022) is the
  investment in that purpose: 解决安全饮用水问题投入, not the places or people counted inside the purpose.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.classes import clause_lead
from api.extract.indicators import label_of

Fact = Any      # api.extract.facts.Fact (tests/test_layers.py: facts imports labels, which imports this module)

MET = r"(?:达标|达到|达|实现|通过|完成|具备|享有|享受|参加|参保|纳入|接入|覆盖|建成|建有|配备|用上|喝上|通了|通上|通|符合|落实|开展)"
# what the things a share is of meet or do (达标, 达省定标准, 通了公交, 实现…全覆盖)
SHARE_THINGS = re.compile(r"的([^\W\d_][^，,、；;。！？!?：:\n\d]{1,23}?" + MET + r"[^，,、；;。！？!?：:\n\d]{0,14})(?=$|[，,、；;。！？!?：:\n])")
SHARE_MET = re.compile(MET + r"[^，,、；;。！？!?：:\n\d]{1,14}(?=$|[，,、；;。！？!?：:\n])")
OWN_SHARE = re.compile(r"(?:率|比重|比例|占比|份额|覆盖面)$")
CLASSING = frozenset({"超过", "超", "高于", "低于", "不足", "不到", "不满"})
BASE_LEAD = re.compile(r"^(?:推进|推动|促进|实现|保证|保障|确保|力争|争取|使|让|全市|全省|全区|全县)+(?=[^\W\d_]{2})")


def share_meeting(text: str, f: Fact) -> str:
    """重点治理行业80%的企业大气污染物排放达标 → 重点治理行业企业大气污染物排放达标比例; 义务教育学校100%达省定标准
    → 义务教育学校达省定标准比例; "" when the value is no share, its label names a share already, or no words of
    things meeting something follow it."""
    q = f.quantity
    if q.unit not in ("%", "％") or f.reading.measure != "share" or OWN_SHARE.search(f.subject) \
            or text[q.start - 1:q.start] == "的":
        return ""
    if q.prefix in CLASSING:
        return ""                       # 就业超过70%的村庄: the threshold of a class of things
    lead = clause_lead(text, 0, q.start, "，。；：,;:\n！、")
    # the clause's own words only, not another item's (乡镇卫生院、社区卫生服务中心和95%的村卫生室…, 92%的城市社区、
    # 85%的农村社区…: the share is of the things after it alone)
    base = "" if re.search(r"[和及与][ \u3000]?$|[0-9０-９]", lead) or lead.rstrip().endswith("、") \
        else BASE_LEAD.sub("", label_of(lead, strict=True))
    if (m := SHARE_THINGS.match(text, q.suffix_end)) and not re.search(r"用于|投向|来自", m.group(1)):
        base = base[:base.find(m.group(1))] if m.group(1) in base else base   # read from after the value already
        return base + m.group(1) + "比例" if len(base) + len(m.group(1)) <= 30 else ""
    lead = clause_lead(text, 0, q.start)     # 饮用水水源地、地表水和国控断面水质100%达标: the list before is the things
    base = "" if re.search(r"[和及与、][ \u3000]?$|[0-9０-９]", lead) else BASE_LEAD.sub("", label_of(lead, strict=True))
    if (m := SHARE_MET.match(text, q.suffix_end)) and len(base) >= 2:
        base = base.removesuffix(m.group())        # the label read the words after the value already
        return base + m.group() + "比例" if len(base) >= 2 else ""
    return ""


MONEY_WORD = re.compile(r"(?:(?:累计|共|全年)?(?:投入|投资|筹集|整合|安排)(?:资金)?)$")
SOLVED = re.compile(r"(?:用于|用来)?(解决)([^，,；;。！？!?：:\n]{2,40}?问题)(?=$|[，,；;。！？!?：:\n])")


def invested_purpose(text: str, f: Fact) -> str:
    """投入超20亿元解决6060个自然村、136.42万人安全饮用水问题 → 解决安全饮用水问题投入: a sum after 投入/投资 that
    the clause spends on solving a problem is that purpose's investment; the things counted inside it are no part."""
    q = f.quantity
    if q.unit not in ("元", "美元") or not MONEY_WORD.search(text[max(0, q.start - 8):q.start].rstrip("超过近约逾")):
        return ""
    m = SOLVED.match(text, q.suffix_end)
    if not m:
        return ""
    problem = re.split(r"[0-9０-９][0-9０-９.]*[万亿]?(?:人次|[个项家所座处条户名人村])?", m.group(2))[-1]
    problem = problem.lstrip("、和及与的")
    word = "投资" if "投资" in text[max(0, q.start - 8):q.start] else "投入"
    return "解决" + problem + word if len(problem) >= 4 else ""
