"""Values that only mention a set, a mark or another level: round 15 (stop 22; the found errors of audit-stop22-dev27
and the classes round 14 left, bench/README.md "Round 15: found (stop 22)").

- `names_across`: a count repeating names listed in two clauses (西部片区A、B、C、D，东部片区E、F6个特色小城镇).
- `mark_then_value`: a mark the value passes, then the value (地区生产总值突破1万亿元、达到1.05万亿元), with no 大关.
- `level_difference`: percentage points over another indicator's or sector's level (增长15.4%，高于规模以上工业8.3个
  百分点; 高于城镇居民2个百分点).
- `partners_signed`: the places an agreement is signed with (与14个市州签订了战略合作协议), and any partners when the
  agreements are counted after (与56家央企签署96项合作协议).
- `actors_paired`: the members of a set that take on members of another (5家市属三甲医院托管18家县级医院).
- `based_on`: the places a plan stands on or relies on, counted (立足台州三个海湾，…).

`scopes.counted_elsewhere` asks `mentioned` (counts) and `quantities.scoped_or_named` asks `mark_then_value` and
`level_difference` (any value).
"""
from __future__ import annotations

import re

from api.extract.classes import clause_lead

COUNT_UNITS = frozenset({"个", "家", "所", "条", "座", "处", "件", "户", "项"})
NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def count_of(written: str) -> int | None:
    """The small whole number a count is written with (6个, 三个), or None."""
    m = re.fullmatch(r"(?:(\d{1,2})|([两二三四五六七八九十]))\s?[\u4e00-\u9fff]", written)
    if m is None:
        return None
    return int(m.group(1)) if m.group(1) else NUMERALS[m.group(2)]


def names_across(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A count right after names joined by 、 in its clause and in the clause before, as many names as the two lists
    hold together (重点推进西部片区西固河口、达川、永登苦水、武胜驿，东部片区皋兰什川、榆中青城6个特色小城镇建设,
    DEV27): the count repeats the names (docs/records.md), the lists only grouped by area. Either list with a number or
    等, names longer than 8 characters, and a sum that is not the count (A、B，C、D新建6个) stay."""
    n = count_of(text[start:end])
    if unit not in COUNT_UNITS or n is None or n < 4 or not re.match(r"[\u4e00-\u9fff“]", text[end:end + 1]):
        return False
    lead = clause_lead(text, lo, start)
    cut = start - len(lead) - 1          # the comma before the clause (`lo` is the clause's start: quantities.scan)
    if cut < 1 or text[cut] not in "，,":
        return False
    before = clause_lead(text, max(0, cut - 80), cut, "，。；：,;:\n！")
    lists = [before.split("、"), lead.split("、")]
    if any(len(items) < 2 or re.search(r"[\d等和与及]", "".join(items)) for items in lists):
        return False
    if any(not 0 < len(i) <= 8 for items in lists for i in items[1:]) or not 0 < len(lists[1][0]) <= 12:
        return False
    return len(lists[0]) + len(lists[1]) == n


MARK_LEAD = re.compile(r"(?:首次|率先|一举|历史性地)?(?:突破|跨越|跨过|迈过|越过|超过|迈上|跨上|站上|登上)[ \u3000]?$")
THEN_VALUE = re.compile(r"(?:大关|台阶|关口|大台阶)?[、，,](?:全年|全市|全省|全区)?(?:达到|达|为|增至|实现)[ \u3000]?"
                        r"\d+(?:\.\d+)?(?:万亿|亿|万|千|百)?(?P<unit>[\u4e00-\u9fff%％]{0,2})")


def mark_then_value(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A mark the value is said to pass, then in the next clause the value itself, in the same unit (地区生产总值突破1万
    亿元、达到1.05万亿元; 跨过8000亿元台阶，达到8275.22亿元; 首次超过1万美元，达到10394美元): the mark is a threshold
    crossed, not recorded (docs/records.md; round 9's `scopes.threshold_crossed` reads …大关，达到…). A mark alone
    (突破1000亿元。), a growth then a level (增长超过10%，达到1200亿元) and a mark then a growth stay."""
    m = THEN_VALUE.match(text, end)
    if m is None or not MARK_LEAD.search(clause_lead(text, lo, start)):
        return False
    return m.group("unit").startswith(unit) if unit else not m.group("unit").startswith(("%", "％"))


OTHER_LEVEL = re.compile(r"(?:高于|快于|高出|领先|超出|低于|慢于)(?P<other>[^，。；：\d][^，。；、：\d]{0,13}?(?:、[^，。；、：\d]{1,12}?)*)(?:的)?(?:高|快|低|慢|多|少)?"
                         r"(?:出)?[ \u3000]?(?:\d+(?:\.\d+)?个?[和、])*[ \u3000]?$")
# round 25b: the others may be listed (分别高于一、二产业增速5.4和2.3个百分点)
SHARED_AFTER = re.compile(r"(?:[、和]\d+(?:\.\d+)?个)*[、和]\d+(?:\.\d+)?个百分点")
SAME_SERIES = re.compile(r"^(?:同期|上年|去年|前年|上一年|年初|同口径)|目标|计划|指标|控制线|标准|预期|任务|规划|要求|考核|"
                         r"“|五”|时期|五年|[上前]个|期末|历史")


def level_difference(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Percentage points over the level of another indicator, sector or group the sentence compares with (高技术产业…分别
    增长15.4%和9.2%，高于规模以上工业8.3个和2.1个百分点; 高于GDP增速2个百分点; 快于城镇居民1.5个百分点): a difference from
    another level the text gives, not recorded (docs/records.md; another place's level is `classes.place_difference`).
    A difference from the year before, a target or a plan period (比上年高出2个百分点, 低于控制目标1个百分点, 高于“十一五”
    3个百分点) stays, as round 7 left it."""
    if unit not in ("个百分点", "百分点") and not (unit == "个" and SHARED_AFTER.match(text, end)):
        return False                      # 高于全省增速1.8个、0.2个和0.1个百分点: the first two share 个百分点
    m = OTHER_LEVEL.search(clause_lead(text, lo, start))
    return m is not None and SAME_SERIES.search(m.group("other")) is None


PARTNER_PLACES = r"(?:市（州）|市州|市区|县市区|县（市、区）|省区市|省（区、市）|省市区|省市|省份|省区|兄弟省份|国家和地区|国家|城市|地市|市|县|州)"
SIGNED_AFTER = re.compile(rf"[^，。；、\d]{{0,4}}?{PARTNER_PLACES}(?:[、和及][^，。；\d]{{0,6}})?(?:新)?(?:签订|签署|签约)")
RELATED_AFTER = re.compile(r"[^，。；、\d]{0,8}?(?:建立|缔结|结为|结成)(?:了|为)?[^，。；、\d]{0,8}?(?:友好|友城|姐妹|合作|伙伴)")
SIGNED_COUNT = re.compile(r"[^，。；\d]{0,16}?(?:签订|签署|签约)(?:了)?[^，。；\d]{0,6}?(?:\d+|[两三四五六七八九十]+)(?:项|个|份|宗)")


def partners_signed(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The places an agreement is signed with (农行省分行与14个市州签订了战略合作协议, 与11个兄弟省份签署战略合作协议): the
    places the statement covers, not a count of what was done (docs/records.md, the reader's test); any partners when
    the agreements are counted after (与56家央企签署96项合作协议: 96项 is recorded). Firms signed with, not counted after
    (与13家央企签订了战略合作协议), stay. Round 18 (TEST10): also places a friendship or partnership is established
    with, named before 等 or not (黄山风景区与美国阿迪朗达克国家公园等3个境外景区建立友好关系, 与5个外国城市建立友城
    关系); trade ties (与145个国家和地区建立了经贸关系) stay."""
    lead = clause_lead(text, lo, start)
    if unit not in ("个", "家") or not re.search(r"[与同](?:全省|全国|省内|全市|国内外|国内|国外|世界)?$", lead) \
            and not re.search(r"[与同][^，。；\d与同]{1,24}?等$", lead):
        return False                      # round 18: 与意大利美娜佐市等5个城市, partners named before 等
    if SIGNED_COUNT.match(text, end) is not None:
        return True
    related = RELATED_AFTER.match(text, end)
    return unit == "个" and (SIGNED_AFTER.match(text, end) is not None
                            or related is not None and not re.search(r"经贸|贸易|往来", related.group()))


PAIRED_AFTER = re.compile(r"(?:以上|多)?[^，。；、\d]{1,12}?(?:托管|结对帮扶|对口帮扶|对口支援|结对共建|结对|包联|挂钩帮扶|联系|帮扶)"
                          r"(?:了)?(?:\d+|[两三四五六七八九十]+)(?:多)?(?:个|家|所|户|名)")


def actors_paired(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The members of a set that each take on members of another, counted after (5家市属三甲医院托管18家县级医院, 34家三甲
    医院对口帮扶72家县级医院, 203家企业帮扶339个贫困嘎查村): the actors of the pairing, not what was done; the second count
    is recorded (round 14 left the class). A count of people helped alone (帮扶1000户) and things built that then help
(新建3个产业园帮扶200户) stay."""
    return unit in COUNT_UNITS | {"名"} and PAIRED_AFTER.match(text, end) is not None \
        and not re.search(r"建成|新建|建设|培育|引进|新增|创建|打造", clause_lead(text, lo, start))


BASED_LEAD = re.compile(r"^(?:要|将|要继续|我们要)?(?:立足|依托|背靠|倚靠|围绕)[^，。；\d]{0,6}$")
BASED_AFTER = re.compile(r"[^，。；、\d]{1,8}?(?:[，,]|$)")


def based_on(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A clause that only names the places a plan stands on, by their number (立足台州三个海湾，建设…; 依托两个国家级开发区，
    推动…): the set the next clause's statement is over, not a count (docs/records.md; recall-stop22-dev2). A count
    with a verb of its own in the clause (依托园区新建3个孵化器, 立足实际谋划两三个支柱产业) stays."""
    lead = clause_lead(text, lo, start)
    if unit not in ("个", "座", "大") or not BASED_LEAD.search(lead) or re.search(r"谋划|打好|建设|打造|培育|发展|实施", lead):
        return False
    m = BASED_AFTER.match(text, end)
    return m is not None and not re.search(r"新建|建设|建成|设立|引进|举办|新增|开工|开展|完成|实施", m.group())


def mentioned(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Round 15: `names_across`, `partners_signed`, `actors_paired` or `based_on`."""
    return names_across(text, start, end, unit, lo) or partners_signed(text, start, end, unit, lo) \
        or actors_paired(text, start, end, unit, lo) or based_on(text, start, end, unit, lo)
