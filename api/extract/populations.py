"""Counts that are the population a statement is over, and packages named by their size: round 13 (stop 22; the
found errors of TEST5–TEST8, bench/README.md "Round 13: found — populations and packages (stop 22)").

- `kinds_of_count`: the kinds or areas a second count falls into (破获9类涉恶案件2322起, 完成10个方面100件实事,
  提升11个领域107项公共服务供给质量).
- `places_each`: the places a statement holds for every one of (全市80个镇、街道均成立…中心).
- `package_listed`: packages of policies written name-first in a list (出台稳工业23条、扩投资23条、促消费29条等具体
  政策措施).
- `investment_class` (661项投资1亿元以上和33项…的项目) and `member_rule` (每个区建设50公里以上慢行绿道): a class threshold
  and a rule per member of a set (audit-stop22-dev19).

`scopes.counted_elsewhere` asks `populations`, so `scopes.no_statement` (what `quantities.scan` asks) holds them.
"""
from __future__ import annotations

import re

from api.extract.classes import clause_lead

COUNT_UNITS = frozenset({"个", "家", "所", "条", "座", "处", "件", "户", "项"})
# a verb of doing, building, adding or bringing in before the count: what it counts is done (新建22个, 实施100个)
DONE_BEFORE = re.compile(r"建成|新建|建设|完成|实施|改造|新增|推动|推进|促进|实现|开展|创建|打造|培育|引进|引育|招引|"
                         r"签约|签订|开工|竣工|投产|落地|储备|谋划|争取|认定|获批|安排|启动|谋划|支持|扶持|对接|"
                         r"发放|办理|举办|整治|治理|关停|淘汰|退出|搬迁|建|办")
KIND_WORD = re.compile(r"类|大类|种类|个?(?:方面|领域|行业|门类|类别|板块)")
SECOND_COUNT = re.compile(r"[^，。；：,;:\n\d、（(]{0,12}?(?:\d+(?:\.\d+)?|[两三四五六七八九十百千]+)[ \u3000]*(?:万|亿)?(?:多|余)?"
                          r"(?:个|家|所|条|座|处|件|户|项|起|宗|人|名|批|场|次|种|套|台)")


def kinds_of_count(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A number of kinds or areas, then in its clause a count of the things in them (破获9类涉恶案件2322起, 全面完成
    10个方面100件实事, 提升11个领域107项公共服务供给质量): how the counted things are grouped, not a count of its own
    (docs/records.md, the population of a statement). A number of kinds or areas with no count after it (新建3类示范
    点, 覆盖12个领域) stays."""
    if unit in ("类", "种类"):
        word = "类"
    elif unit in ("个", "大"):
        kind = KIND_WORD.match(text, end)
        if kind is None or kind.group() in ("类", "大类", "种类"):
            return False
        word = kind.group()
        end += len(word)
    else:
        return False
    return bool(word) and SECOND_COUNT.match(text, end) is not None


PLACES = r"(?:乡镇|镇街|街道|社区|行政村|村居|村|镇|乡|县|区|市|县区|县市区|县（市、区）|县(?:\(市、区\))|园区|开发区)"
EACH_AFTER = re.compile(rf"[^，。；：,;:\n\d]{{0,6}}?{PLACES}(?:[、和及与][^，。；：,;:\n\d、]{{0,4}}?{PLACES})*(?:（[^（）]{{0,12}}）)?"
                        r"(?:已|也)?(?:均|都|全部|全都|普遍|皆)(?:已|已经)?(?:成立|建立|设立|组建|建有|设有|配备|配齐|配建|引进|引入|开通|出台|制定)(?!了?\d)")


def places_each(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A number of places, then 均/都/全部 and what every one of them did (全市80个镇、街道均成立政法综治工作中心,
    14个县区全部建立…机制): the places the statement is over, one thing per member (docs/records.md), not a count of
    things done. A count after a verb of doing (新建22个示范城镇), of things that are not places (400件建议全部按时办结),
    and a mark each place passes (均超千亿元: `each_over`) stay as they are."""
    if unit not in ("个", "座") or DONE_BEFORE.search(clause_lead(text, lo, start)):
        return False
    return EACH_AFTER.match(text, end) is not None


PACKAGE_LIST = re.compile(r"(?:、[^，。；,;、\d]{1,12}?(?:\d+|[一二两三四五六七八九十]+)条)+等[^，。；、,;\d]{0,6}?(?:政策|措施|举措|意见)")
PACKAGE_LIST_BACK = re.compile(r"(?:\d+|[一二两三四五六七八九十]+)条、(?:[^，。；,;、\d]{1,12}?(?:\d+|[一二两三四五六七八九十]+)条、)*"
                               r"[^，。；,;、\d]{1,12}$")


def package_listed(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Packages of policies written name-first in a list ending 等…政策/措施 (出台稳工业23条、扩投资23条、促消费29条等具体
    政策措施): each number is part of a package's name (docs/records.md: 稳增长30条、科创32条等政策), also when issued.
    A package named number-first (出台促进养老服务发展21条政策措施) and a list of things (新建道路3条、桥梁2座) stay."""
    if unit != "条" or not re.search(r"[\u4e00-\u9fff]$", text[max(lo, start - 1):start]):
        return False
    if PACKAGE_LIST.match(text, end):
        return True
    tail = re.match(r"(?:、[^，。；,;、\d]{1,12}?(?:\d+|[一二两三四五六七八九十]+)条)*等[^，。；、,;\d]{0,6}?(?:政策|措施|举措|意见)",
                    text[end:end + 80])
    return tail is not None and PACKAGE_LIST_BACK.search(text[max(lo, start - 80):start]) is not None


INVEST_CLASS_BEFORE = re.compile(r"(?:\d+|[两三四五六七八九十百]+)(?:项|个)(?:总)?投资(?:额)?(?:在)?$")
INVEST_CLASS_AFTER = re.compile(r"(?:及)?以上(?:的|[和、及与][^，。；：,;:\n]{0,24}?的)[^，。；、：\d]{0,10}?项目")


def investment_class(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """An investment bounding a class of projects right after their count (加快实施661项投资1亿元以上和33项投资10亿元
    以上的工业技改项目): the threshold of the class counted (docs/records.md), not an amount. A count's amount with no
    以上…项目 after it (10个项目完成投资5亿元) stays."""
    return unit == "元" and INVEST_CLASS_BEFORE.search(text, max(0, start - 10), start) is not None \
        and INVEST_CLASS_AFTER.match(text, end) is not None


MEMBER_RULE_BEFORE = re.compile(r"(?:每个|每一个|每(?:县|区|市|乡镇|乡|镇|村|街道|社区|学校|所学校))[^，。；、：,;:\n\d]{0,8}?"
                                r"(?:都|均|至少)?(?:建设|建成|新建|打造|配备|配建|改造|建)(?:至少)?[ \u3000]?$")


MEMBER_UNITS = frozenset({"公里", "千米", "米", "平方公里", "平方米", "万平方米", "亩", "万亩", "公顷"})


def member_rule(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A length or area each member of a set is to build at least (每个区建设50公里以上慢行绿道, 每个县市区新建5平方公里
    以上的工业示范园区): a mark every member is to pass, not what was built (docs/records.md: one thing for each member of a set). Counts per
    member stay with round 11's `per_member` (每个县建成3个示范点 stays: test_audit24k); 每年新建50公里 (a year, not a
    member) and 每人每月165元 (a standard) stay."""
    lead = clause_lead(text, lo, start)
    return unit in MEMBER_UNITS and MEMBER_RULE_BEFORE.search(lead) is not None \
        and (re.match(r"及?以上", text[end:end + 3]) is not None or lead.endswith("至少"))


def population(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Round 13: `kinds_of_count`, `places_each`, `package_listed`, `investment_class`, `member_rule`. The projects an
    investment is completed in (34个省重点项目完成投资253.6亿元) are counted: docs/records.md, the reader's test."""
    return kinds_of_count(text, start, end, unit, lo) \
        or places_each(text, start, end, unit, lo) or package_listed(text, start, end, unit, lo) \
        or investment_class(text, start, end, unit, lo) or member_rule(text, start, end, unit, lo)
