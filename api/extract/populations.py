"""Counts that are the population a statement is over, and packages named by their size: round 13 (stop 22; the
found errors of TEST5–TEST8, bench/README.md "Round 13: found — populations and packages (stop 22)").

- `kinds_of_count`: the kinds or areas a second count falls into (破获9类涉恶案件2322起, 完成10个方面100件实事,
  提升11个领域107项公共服务供给质量).
- `places_each`: the places a statement holds for every one of (全市80个镇、街道均成立…中心).
- `package_listed`: packages of policies written name-first in a list (出台稳工业23条、扩投资23条、促消费29条等具体
  政策措施).
- `investment_class` (661项投资1亿元以上和33项…的项目) and `member_rule` (每个区建设50公里以上慢行绿道): a class threshold
  and a rule per member of a set (audit-stop22-dev19).

Round 14 (DEV25 and round 13's list): `settled_class` (确保20户以上具备条件的自然村), `sized_counted` (5000平方米以上
公园绿地达到177个), `scale_class` (投资上千万元的…项目12项; asked by `quantities.class_threshold`), `couple_rule`
(一对夫妇可生育两个孩子政策), `structure_sized` (三个县域城市为支撑…的“一主三副五带”格局), `each_range` (各…分别聚焦1至2个).

`scopes.counted_elsewhere` asks `populations`, so `scopes.no_statement` (what `quantities.scan` asks) holds them.
"""
from __future__ import annotations

import re

from api.extract.classes import OVER_AFTER, PLURAL, clause_lead

COUNT_UNITS = frozenset({"个", "家", "所", "条", "座", "处", "件", "户", "项"})
# a verb of doing, building, adding or bringing in before the count: what it counts is done (新建22个, 实施100个)
DONE_BEFORE = re.compile(r"建成|新建|建设|完成|实施|改造|新增|推动|推进|促进|实现|开展|创建|打造|培育|引进|引育|招引|"
                         r"签约|签订|开工|竣工|投产|落地|储备|谋划|争取|认定|获批|安排|启动|谋划|支持|扶持|对接|"
                         r"发放|办理|举办|整治|治理|关停|淘汰|退出|搬迁|建|办")
KIND_WORD = re.compile(r"类|大类|种类|个?(?:方面|领域|行业|门类|类别|板块)|(?:市直|省直|政府)?(?:部门|单位)(?=的)")
# round 25b: the departments the counted items belong to (29个部门的416项行政审批事项在政务大厅统一办理, 对巴公综改试点
# 下放了涉及9个部门的57项审批权限): how the items are grouped, not a count
SECOND_COUNT = re.compile(r"[^，。；：,;:\n\d、（(]{0,12}?(?:\d+(?:\.\d+)?|[两三四五六七八九十百千]+)[ \u3000]*(?:万|亿)?(?:多|余)?"
                          r"(?:个|家|所|条|座|处|件|户|项|起|宗|人|名|批|场|次|种|套|台)")


FOCUS_LEAD = re.compile(r"(?:聚焦|围绕|针对|紧盯|紧扣|瞄准|着眼|突出|在)(?:全市|全省|全区|全国)?[ \u3000]?$")
FOCUS_AREA = re.compile(r"(?:重点|关键|主要)?(?:方面|领域|行业|板块|环节)")


def kinds_of_count(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A number of kinds or areas, then in its clause a count of the things in them (破获9类涉恶案件2322起, 全面完成
    10个方面100件实事, 提升11个领域107项公共服务供给质量): how the counted things are grouped, not a count of its own
    (docs/records.md, the population of a statement). A number of kinds or areas with no count after it (新建3类示范
    点, 覆盖12个领域) stays, unless the areas are what a statement is focused on or done in (round 18, TEST10: 聚焦6个
    领域健全…体系, 在39个领域推行…, 在17个重点行业开展…): the areas the statement is over."""
    if unit in ("个", "大") and FOCUS_AREA.match(text, end) and FOCUS_LEAD.search(clause_lead(text, lo, start)):
        return True
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


MEMBER_OPEN = re.compile(r"(?:每个|每一个|每|各)(?:县市区|县（市、区）|县\(市、区\)|县区|区县|县市|市县|市州|市（州）|乡镇|镇街|镇|乡|村|"
                         r"街道|社区|开发区|园区|高新区|城区|县|区(?!域)|市(?![场民容]))")
MEMBER_SHARE_UNITS = frozenset({"%", "％"})


def member_mark(text: str, start: int, end: int, lead: str) -> bool:
    """Round 18 (TEST10): after 各/每个 and a kind of place, a mark every member is to pass or passes: 以上 after the
    value, or 至少/不低于/不少于 or 均/都 before it (确保各县市区制造业供地占比50%以上, 每个县要至少培育壮大2个…项目). A
    total (各县区共新建…, 累计) and values given each (分别) stay."""
    opener = MEMBER_OPEN.search(lead)
    if opener is None:
        return False
    rest = lead[opener.end():]
    if re.search(r"共|累计|合计|总计|分别|全年", rest):
        return False
    parts = re.sub(r"（[^（）]*）|\([^()]*\)", "", rest).split("、")
    while len(parts) > 1 and (not parts[-1] or re.match(r"\d|[两三四五六七八九十]", parts[-1])):
        parts.pop()              # 至少培育发展2个支柱产业、5户立县企业: the mark words of the item the list continues
    last = parts[-1]             # 县域税收…增长60%左右 after 每个县都有…、: the last item's own words
    return re.match(r"及?以上", text[end:end + 3]) is not None \
        or re.search(r"至少|不低于|不少于|(?<![平人年])(?:均|都)", last) is not None


MEMBER_UNITS = frozenset({"公里", "千米", "米", "平方公里", "平方米", "万平方米", "亩", "万亩", "公顷"})


def member_rule(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A length or area each member of a set is to build at least (每个区建设50公里以上慢行绿道, 每个县市区新建5平方公里
    以上的工业示范园区): a mark every member is to pass, not what was built (docs/records.md: one thing for each member of a set). Counts per
    member stay with round 11's `per_member` (每个县建成3个示范点 stays: test_audit24k); 每年新建50公里 (a year, not a
    member) and 每人每月165元 (a standard) stay. Round 18: a share each place is to reach (`member_mark`)."""
    lead = clause_lead(text, lo, start)
    if unit in MEMBER_SHARE_UNITS:
        return member_mark(text, start, end, lead)        # round 18: 各县市区制造业供地占比50%以上
    return unit in MEMBER_UNITS and MEMBER_RULE_BEFORE.search(lead) is not None \
        and (re.match(r"及?以上", text[end:end + 3]) is not None or lead.endswith("至少"))


# Round 14 (stop 22, DEV25; bench/README.md "Round 14: found (stop 22)"): class thresholds the earlier rules missed
SETTLED_AFTER = re.compile(r"(?:及)?(?:以上|以下)[^，。；、：,;:\n\d的]{1,6}的(?:自然村|村庄|行政村|村组|村|屯|居民点)")


def settled_class(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Households or people with 以上/以下 and then, past a few words ending 的, the settlements they class (确保20户以上
    具备条件的自然村全部通上硬化路): the class of settlements (round 9's `settlement_class` with the words between), not
    a count. 搬迁20户以上，… and 帮扶20户以上困难群众 stay counts."""
    return unit in ("户", "人") and SETTLED_AFTER.match(text, end) is not None


SIZE_UNITS = frozenset({"平方米", "平方公里", "亩", "公顷", "吨", "千瓦", "兆瓦", "立方米", "标箱"})
SIZED_COUNTED = re.compile(r"(?:及)?(?:以上|以下)(?:的)?[^，。；、：,;:\n\d的]{1,8}?(?:达到|达|增至|增加到|发展到|共有|共|有)?"
                           r"[ \u3000]?(?:\d+|[两三四五六七八九十百]+)[ \u3000]?(?:多|余)?(?:个|家|座|处|块|片|条|所)")


def sized_counted(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """An area, mass or power with 以上/以下, then the things it sizes and their count (5000平方米以上公园绿地达到177个,
    建成1万平方米以上商业综合体2个): the class of the things counted (docs/records.md: the threshold of a class of
    things counted), not an amount. An amount with no count of things after it (新建2万亩以上中药材基地, 新增绿地
    5000平方米以上，建成公园3个) stays."""
    return unit in SIZE_UNITS and SIZED_COUNTED.match(text, end) is not None


def scale_class(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """上千万元/上亿元 (a bare scale with 上) and then, past 的, the things it classes, several or counted (建成…等投资
    上千万元的农业产业化重点项目12项, 一批上亿元的项目): the class's threshold, as 超千万元的项目 is (classes.over_threshold).
    One thing's size (建成一个投资上亿元的项目), an amount (完成投资上亿元。) and a set's total (近800个项目、投资规模
    上万亿元的重点项目库) stay."""
    lead = clause_lead(text, lo, start)
    if unit not in ("元", "美元") or not text.startswith("上", start) \
            or re.search(r"(?:规模|总投资|总额|总量|合计|累计|共计)$", lead):
        return False                      # 近800个项目、投资规模上万亿元的重点项目库: the total of a set
    after = OVER_AFTER.match(text, end)
    if after is None or not text.startswith("的", end):
        return False
    return after.group("count") is not None or PLURAL.search(lead) is not None


BAND_DASH = r"[~～—–\-－至到]"
BAND_NEXT = re.compile(BAND_DASH + r"[ \u3000]?\d+(?:\.\d+)?[万亿]?(?:元|美元)")
BAND_BEFORE = re.compile(r"\d+(?:\.\d+)?[万亿]?(?:元|美元)?[ \u3000]?" + BAND_DASH + r"$")
BAND_CLASSED = re.compile(r"(?:的)?[^，。；、：,;:\n\d]{0,8}?(?:项目|企业|公司|集团)")


def size_band(text: str, start: int, end: int, unit: str, scale: str) -> bool:
    """Round 25b: the two ends of a band of sizes written with the scale word on each (1个50亿~100亿元项目, 培育营收50亿—
    100亿元企业, 扎实推进28个投资5亿元至10亿元重点项目): the class of the projects or firms counted, not an amount
    (docs/records.md, the threshold of a class of things counted). A band closing its clause (投资10亿至50亿元。) stays."""
    if unit not in ("元", "美元", "") or not scale:
        return False
    if (nxt := BAND_NEXT.match(text, end)) is not None:
        return BAND_CLASSED.match(text, nxt.end()) is not None
    return BAND_BEFORE.search(text[max(0, start - 12):start]) is not None and BAND_CLASSED.match(text, end) is not None


COUPLE_LEAD = re.compile(r"(?:夫妇|夫妻|家庭)[^，。；：,;:\n\d]{0,6}?(?:可以|可|能够|允许)?生育$")


def couple_rule(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """一对夫妇可生育两个孩子(政策): the rule a policy sets per couple (docs/records.md: the rule a programme sets per
    household), not a count. Children born or cared for (新生儿2万个, 救助孤儿200个) stay."""
    return unit in ("个", "名") and text.startswith("孩", end) \
        and COUPLE_LEAD.search(clause_lead(text, lo, start)) is not None


STRUCTURE_PART = re.compile(r"[^，。；：,;:\n\d、]{1,10}?为(?:核心|主体|支撑|纽带|骨架|节点|支点|两翼|主轴|轴带)"
                            r"[^。；;\n]{0,60}?(?:格局|布局|体系|架构|构架)")
STRUCTURE_LEAD = re.compile(r"(?:构建|构筑|形成|打造|建立|完善|优化|以)(?!了)[^。；;\n]{0,40}$")


def structure_sized(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A part of a spatial structure named by its size (构建以中心城区为核心、三个县域城市为支撑、五条城镇带为纽带的“一主三副
    五带”格局): the count names the part (the 三 of 三副), not a count of things done. 新建3个物流园区为支撑… with no
    格局/布局/体系 after, counts outside 构建/形成/以… and a system a review says was formed (形成了以4个国家级园区为
    龙头、13个省级园区为支撑的园区体系: the parks may be counted) stay."""
    if unit not in ("个", "条", "座", "大", "片"):
        return False
    window = text[max(lo, start - 40):start]
    return STRUCTURE_PART.match(text, end) is not None and STRUCTURE_LEAD.search(window) is not None \
        and re.search(r"(?:构建|构筑|形成|打造|建立)了", window) is None


EACH_RANGE_LEAD = re.compile(r"(?:各|每个|每一个|每)[^，。；：,;:\n\d]{0,10}?分别[^，。；：,;:\n\d]{0,4}$")


def each_range(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """县级和各产业园区分别聚焦1至2个首位产业, 各县区分别建设1-2个…项目: with 各/每 and 分别, one thing (or one to
    three) is what each member is to do (docs/records.md: one thing for each member of a set), not a count. More than
    one each (各开发区分别引进3个项目: round 11's `per_member` keeps them) and 东、西两区分别建成1个 (no 各/每) stay."""
    return unit in ("个", "家", "所", "条", "项", "名") and re.fullmatch(r"[1一](?:[至到~—-][2-3二两三])?\S",
                                                              text[start:end]) is not None \
        and EACH_RANGE_LEAD.search(clause_lead(text, lo, start)) is not None


def population(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Round 13: `kinds_of_count`, `places_each`, `package_listed`, `investment_class`, `member_rule`; round 14:
    `settled_class`, `sized_counted`, `couple_rule`, `structure_sized`, `each_range`. The projects an investment is
    completed in (34个省重点项目完成投资253.6亿元) are counted: docs/records.md, the reader's test."""
    return kinds_of_count(text, start, end, unit, lo) \
        or places_each(text, start, end, unit, lo) or package_listed(text, start, end, unit, lo) \
        or investment_class(text, start, end, unit, lo) or member_rule(text, start, end, unit, lo) \
        or settled_class(text, start, end, unit, lo) or sized_counted(text, start, end, unit, lo) \
        or couple_rule(text, start, end, unit, lo) or structure_sized(text, start, end, unit, lo) \
        or each_range(text, start, end, unit, lo)
