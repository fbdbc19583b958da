"""A count of examples named before 等 (a pass of `labels.relabel`): the label names the class the count counts, not
the examples and 等.

Round 26b (seed 3396): a label ending in 等 (新增省级重点实验室、技术创新中心、企业技术中心等 of …等307家: hebei-2020;
改造提升劳动公园等 of …等3处共享绿地试点: baotou-2024) names no thing; the count is of the class the words after it
name (共享绿地试点; 15个5亿元以上制造业项目开工建设: 制造业项目, the size being no part of the name), or, when nothing
names it, of the head the examples share (国家级实验室、省级实验室等 → 实验室) or else of the last example's, with the
act opening the list kept (新增企业技术中心).
"""
from __future__ import annotations

import os
import re
from typing import Any

from api.extract.acts import SHARED_ACT

Fact = Any      # api.extract.facts.Fact: not imported, as facts imports labels, which imports this module

# the words before the act that frame it (继续抓好, 力争新增, 全年新引进): no part of the class
LEAD = re.compile(r"^(?:继续|持续|全年|年内|今年|累计|共|力争|争取|加快|积极|重点|大力|着力|全力)+")
# a size qualifying the counted things, written after the count (5亿元以上, 300亿级, 10万吨的): no part of the name
SIZE = re.compile(r"^(?:[0-9０-９.．]+|[一二两三四五六七八九十百千]+)[万亿千百]?(?:元|美元|吨|千瓦|平方米|亩|人)?"
                  r"(?:以上|以下|及以上)?(?:级|的)?")
# other verbs opening a list of examples (形成半导体、…等5个产业集群, 审查文件、合同…等300余件, 抓好…等33项实事)
VERB = re.compile(r"^(?:形成|审查|抓好|办好|实施|推进|推动|开展|完成|办理|组织|支持|扶持|查处|化解|签约|落地|谋划|储备|"
                  r"安排|承办|接待|服务|帮助|带动|吸引|集聚|聚集|入驻|发展)+")
CLAUSE_END = re.compile(r"[，,、；;。！？!?：:\n（(]")
# a grade (获评一等, 特等) ends in 等 and lists no examples
GRADE = re.compile(r"(?:[一二三四五六七八九十]|特|优|头|同|平|高|中|初|均|相|对)等$")
# the head of a class of things before another value in its clause (达产达效项目, 企业集团)
KIND = re.compile(r"[^\W\d_]{0,12}?(?:项目|企业|工程|基地|平台|园区|集团|中心|集群|基金|学校|医院)")
CLASS = re.compile(r"[“]?[^\W\d_][^\W\d_“”]{1,15}”?")
ITEM_SPLIT = re.compile(r"、|和|及|与|以及")


def examples_class(text: str, f: Fact) -> str:
    """The label of a count whose own label ends in the examples' 等 (module docstring); "" for any other."""
    label = f.subject
    if not label.endswith("等") or len(label) < 3 or f.quantity.rank or f.quantity.share or GRADE.search(label):
        return ""
    lead = LEAD.match(label)
    body = label[lead.end() if lead else 0:-1]
    act = SHARED_ACT.match(body) or VERB.match(body)
    acted = act.group() if act else ""
    names = body[len(acted):]
    end = CLAUSE_END.search(text, f.quantity.suffix_end)
    after = text[f.quantity.suffix_end:end.start() if end else len(text)]
    after = SIZE.sub("", after, count=1) if re.match(r"[0-9０-９]", after) else after
    if (other := re.search(r"[0-9０-９]", after)) and (kind := KIND.match(after, 0, other.start())):
        after = kind.group()            # …等32个达产达效项目新增产值25.4亿元: the projects, before the next value
    if (named := CLASS.fullmatch(after)) and not re.match(r"(?:以上|以下|左右|多|余|的|次|和|与|及)", after):
        return acted + named.group()
    items = [i for i in ITEM_SPLIT.split(names) if i]
    if not items:
        return ""
    head = shared_head(items) if len(items) > 1 else ""
    return acted + (head or items[-1])


def shared_head(items: list[str]) -> str:
    """The words all the items end with, two characters or more (国家级实验室、省级实验室 → 实验室); else ""."""
    k = len(os.path.commonprefix([i[::-1] for i in items]))      # as lists.modified reads a shared head
    head = re.sub(r"^[级的型类]", "", items[0][len(items[0]) - k:] if k else "")     # 国家级、省级实验室: not 级实验室
    return head if len(head) >= 2 and re.fullmatch(r"[^\W\d_]+", head) else ""
