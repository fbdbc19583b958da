"""What a count counts when its thing follows the number: the words after a number up to the next listed item
with a number of its own (建成8个医养结合示范点、9个…综合体: `before_next_quantity`, `list_commas`) or up to a
second counted item joined by 和/及/与 (实施10项亮化和22项绿化工程: `joined_item`), and when the words before a
count name no thing of their own, so that the noun after it is the thing counted (`counted_after`,
`previous_noun`). A module of its own because both subjects.py (a value's subject) and labels.py (a fact's label
naming no thing) read the words after a number this way.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from api.extract.indicators import label_of
from api.extract.lists import level_thing, parallel_rest
from api.extract.quantities import Quantity
from api.extract.units import COUNT_UNITS

# round 25: a class opening with 在建/在校 or 超 a mark (等30座在建大中型水利工程, 等7个超百亿元产业集群, 等4个5A级景区)
# is a thing, as is a class graded by a sum or a letter
COUNTED = re.compile(r"(?!以上|以下|以内|之内|左右|上下|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|上升|降低|同比|"
                     r"比|较|以|次|左|超(?![百千万亿十])|达|共|累计|分别|均|有|将|已|在(?![建校线])|因|被)[\u4e00-\u9fff“]|"
                     r"[0-9０-９.]+(?:[万亿]?元级|A级)(?=[\u4e00-\u9fff])")
LEAD_ONLY = re.compile(r"(?:了|年度|等|和|及|与|区内|园区内|境内)$")
# 实施2座水库除险加固和6个中小河流治理项目, 大青山自然保护区内100家工矿企业: what the count counts follows it


def counted_after(text: str, q: Quantity, segment: str, c_hi: int, opens_clause: bool) -> str:
    """What a count counts when the words before it name no thing of their own and a noun follows it: the
    neighbouring item's subject is not this one's (5个贫困县退出、13个贫困乡镇摘帽、626个贫困村出列 → 贫困村;
    技能人才总量达266.9万人，12人入选国家高层次人才), nor are names listed as examples before 等 (建立了公共物流、
    公共交易等8个外贸服务平台 → 外贸服务平台) or a verb with its 了 or a year's batch (提出并着手推进了19项重点工作,
    全面启动2016年度49个乡镇…整治建设). Up to the next listed item with a number of its own."""
    if q.unit not in COUNT_UNITS or q.rank or q.suffix or not COUNTED.match(text, q.suffix_end, c_hi):
        return ""
    cut = max(segment.rfind(c) for c in "、，,；;")
    own = segment[cut + 1:].strip()
    if cut < 0 and not own and not opens_clause:
        return ""                       # 历年拆迁的1万户3.3万人: a second value of the same subject
    if own and label_of(own, strict=True) and not LEAD_ONLY.search(own):
        return ""
    tail = before_next_quantity(text[q.suffix_end:c_hi])
    first, *rest = re.split(r"[和及与](?=[^，,；;、]*?\d)", tail, maxsplit=1)
    second = re.sub(r"^[0-9０-９.]+[万亿]?.", "", rest[0]) if rest else ""
    return first + parallel_rest(first, second)    # 15个贫困乡和509个贫困村出列: 贫困乡出列 (round 20)


JOINED = re.compile(r"[和及与](?=[0-9０-９]+(?:\.[0-9]+)?[万亿]?[个项座家所条处台套户批名人支片])")


def joined_item(tail: str) -> str:
    """The words after a number up to 和/及/与 opening a second counted item (实施10项亮化和22项绿化工程, 抓好3个万亩级
    核心示范基地和30个辐射示范基地建设): the second item is a value of its own. A two-character first item takes the
    second's head (亮化 + 绿化工程 → 亮化工程), as parallel modifiers do."""
    m = JOINED.search(tail)
    if not m:
        return tail
    first = tail[:m.start()]
    second = re.sub(r"^[0-9０-９.]+[万亿]?.", "", tail[m.end():])
    if len(first) == 2 and len(second) > 3 and re.fullmatch(r"[\u4e00-\u9fff]+", first + second):
        return first + second[2:]
    if LEVEL.fullmatch(first) and (level := LEVEL.match(second)) and len(second) > level.end() + 1:
        return first + second[level.end():]    # 建成20家国家级和200家省级企业研发中心: 国家级企业研发中心
    return first + parallel_rest(first, second)     # 15个贫困乡和509个贫困村出列: 贫困乡出列 (round 20)


LEVEL = re.compile(r"(?:国家|省|市|县|区|乡|镇|村)级")


def before_next_quantity(tail: str) -> str:
    """The words after a number up to the 、 that opens a listed item with a number of its own; a 、 inside
    brackets (县（市、区）) opens no item."""
    for i in list_commas(tail):
        if re.search(r"^[^、]*?[0-9０-９]", tail[i + 1:]):
            return tail[:i] + level_thing(tail[:i], tail[i + 1:])     # 16个省级、30个市级集中安置区
    return tail


def list_commas(words: str) -> Iterator[int]:
    """The offsets of the 、 that join listed items: not one inside brackets (县（市、区）)."""
    depth = 0
    for i, c in enumerate(words):
        depth += (c in "（(") - (c in "）)")
        if c == "、" and depth <= 0:
            yield i


def previous_noun(segment: str) -> int:
    """Where the words after a value's number stop being that value's (the 、 closing 新建2座变电站、): the first
    、 outside brackets (县（市、区）) with words before it that hold no number; else -1."""
    i = next(list_commas(segment), -1)
    return i if i > 0 and not re.search(r"[0-9０-９]", segment[:i]) else -1


# what follows the number is a thing: it does not open with a qualifier, a verb of change or a list mark
THING = re.compile(r"(?!以上|以下|以内|左右|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|上升|降低|同比|比|较|"
                   r"以|次|超|达|共|累计|分别|均|有|将|已|在|因|被|人次|万|亿)[\u4e00-\u9fff“]")
THING_LEAD = re.compile(r"^(?:净增|新增|新建|新认定|认定|签约|引进|实施|开工|完成|建成|培育|办理|累计|共|全市|全省|全区)+")
