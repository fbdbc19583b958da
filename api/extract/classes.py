"""Numbers that class or repeat rather than state a quantity (docs/records.md, facts: "Not recorded"; bench/README.md,
"Round 4: found (stop 19)"), read from the words around a quantity `quantities.scan` found:

- `over_threshold`: an amount after 超/超过/过 and then the things it classes (外资超千万美元的项目26个, 销售收入超1000亿、
  超2000亿的产业梯队, 资产过百万元的合作社) is the class of what is counted, as 千万元以上项目 is (round 3); money
  for things (安排超过100亿元资金用于新村建设) and the size of one thing (联创电子成为超100亿的行业骨干企业, 打造超1000亿元
  引导基金集群) stay quantities; places classed the same way (地方公共财政收入超10亿元的市县8个, 超500亿元的县域) and an
  amount whose things were named before it and are counted right after (10个县（市）区…生产总值过400亿元的5个) are
  classes too (round 5);
- `below_threshold`: a capacity, mass, power or area with 以下 and then the things it classes (关停5万吨以下草浆生产线,
  10万千瓦以下小火电机组) is a class even when the things are not counted (以上 keeps round 3's narrower rule:
  新建2万亩以上中药材基地 is an area), and so is a yearly capacity with 以上 and then the things it classes (年产180万吨
  以上生产煤矿智能化改造; round 5): 年产 says the amount is each thing's size;
- `listed_before_etc`: a count after names joined by 、 and closed by 等 that equals the number of names (东海、城东、
  北峰、江南、晋江滨江等5个片区) repeats the list; 奇瑞汽车二期等60个产业项目 (fewer names than counted) is a count;
- `rate_population`: the number of places or things a rate is over, when the rate's value follows in the same
  clause (44个地表水考核断面水质优良率达100%, 全市13个集中式饮用水源地水质达标率100%; also counts joined by 和 before
  it, 16件人大议案建议和100件政协提案办复率100%: round 7) is the rate's population; a
  rate that classes the things counted (30个空置率50%以上的“空心村”完成治理) leaves the count a quantity;
- `term_named`: the years of a term a review characterises (过去5年，是…阔步前进的5年; “十三五”时期是…极不平凡的5年;
  自治区成立以来的50年) name the period, they state no quantity (round 5); a length reached (人均受教育年限提高到现在的
  9.5年) stays one;
- `list_announced`: a count whose clause ends with a colon and then the list it counts (实施五项建设巩固提升行动：一是…,
  重点推进10项工作：一是…) announces the list, the items follow (round 5; rounds 1–2 *list-count*); the number of
  实事 undertaken (办好10件民生实事：一是…) stays a count (docs/records.md).

- `refers_back`: a count that opens its clause after 以上/上述/前述/这 (以上五项指标增速均居全省首位) counts the values
  just stated, it repeats them (round 6; rounds 1–2 *list-count*).

- `descriptor`: a duration of hours or minutes before the noun it describes (24小时城市书房, 15分钟便民服务圈) names a
  kind of service or network (round 7); `quantities.is_name` asks it.
- `household_rule`: the people a programme guarantees each household (零就业家庭实现每户1人以上就业; round 7).

- `place_difference`: percentage points above or below another place's level (高出全省平均15.6个百分点; round 7).

Rounds 8 and 9 (stop 20) are api/extract/scopes.py, which also holds `no_statement`, what `quantities.scan` asks.

Each takes the text and the quantity's offsets and qualifier words, so `quantities` calls them without a cycle.
"""
from __future__ import annotations

import re

from api.extract.units import RATE_UNITS


def clause_lead(text: str, lo: int, at: int, stops: str = "，。；：,;:\n！") -> str:
    """The words of the clause up to `at`: from the last of `stops` in text[lo:at] (or `lo`)."""
    return text[max(lo, max(text.rfind(c, lo, at) for c in stops) + 1):at]


CLASSED = (r"项目|企业|工程|煤矿|矿井|矿山|生产线|机组|锅炉|小区|园区|产业园|(?<!农)村|镇|集群|产业链|梯队|合作社"
           r"|固定资产投资|人口|市县|县市|县区|区县|县域|县(?![级委长])")
# 县 of 超10亿元的市县, 超500亿元的县域 (round 5); not 县级/县委/县长 (超过100亿元的县级财政 is no class of counties)
COUNTED_AFTER = re.compile(r"(?:[、和及][^，。；：]{0,3}?(?:超过|超|过)[\d.一二两三四五六七八九十百千万亿]+[^，。；、：\d]{0,2}?)*"
                           r"的(?:有)?(?:\d+|[两三四五六七八九十]+)(?:个|家)(?:[，。；、]|$)")
# 生产总值过400亿元的5个、财政收入过30亿元的3个: the things (10个县（市）区) were named before, the count follows 的
GAP = r"(?:(?!资金|用于|用|于|支持|投向|投入|安排)[^，。；、：\d的])"
OVER_AFTER = re.compile(r"(?:[、和及][^，。；：]{0,3}?超(?:过)?[\d.一二两三四五六七八九十百千万亿]+[^，。；、：\d]{0,2}?)*"
                        rf"的?{GAP}{{0,8}}?(?:{CLASSED})(?P<count>[^，。；、：\d]{{0,3}}?\d|[^，。；：\d]{{0,4}}?(?:达到|发展到|达)\d)?")
ONE_THING = re.compile(r"(?:成为|打造成?|建成|建设成?|跻身|培育成)[^，。；、\d]{0,6}$")
PLURAL = re.compile(r"(?:\d+|[两三四五六七八九十百]+)(?:个|家|户|座|条|批)|一批|等|各|每|这些|一些")
# 联创电子成为超100亿的行业骨干企业, 打造超1000亿元引导基金集群: one thing's size, a quantity; 打造7个产值超千亿元
# 产业集群, 一批超50亿的大型企业, A、B等超10亿元项目: a class of several things
# 超亿元项目, 超千万美元的项目, 超1000亿、超2000亿、超3000亿的产业梯队: the amount and the things it classes
BELOW_AFTER = re.compile(rf"的?[^，。；、：\d]{{0,8}}?(?:{CLASSED})")
TOTAL_BEFORE = re.compile(r"(?:总投资|总额|总量|总规模|合计|累计|共计)[^，。；、]{0,2}$")
# 总投资超500亿元的重大项目: the total of the set may be meant, not a class; left a quantity
MEASURE_UNITS = frozenset({"吨", "千瓦", "兆瓦", "吉瓦", "瓦", "平方米", "亩", "公顷", "立方米", "万立方米", "标箱",
                           "千瓦时", "公斤", "千克", "千伏安"})


def over_threshold(text: str, start: int, end: int, unit: str, scale: str) -> bool:
    """An amount (元, 美元, or a bare scale: 超1000亿) after 超/超过/过 and then, within a few characters, the things
    it classes (项目, 企业, 合作社, 梯队 …): the class of the things, not a quantity. A total of a set (总投资超500亿元的
    项目) and an amount a verb or punctuation follows (固定资产投资超1000亿元，) stay quantities."""
    if not (unit in ("元", "美元") or unit == "" and scale):
        return False
    before = text[max(0, start - 3):start]
    if not re.search(r"(?:超|超过|(?<![超通经])过)$", before):
        return False
    lead = text[max(0, start - 12):start]
    if TOTAL_BEFORE.search(re.sub(r"(?:超过|超|过)$", "", lead)):
        return False
    if COUNTED_AFTER.match(text, end):
        return True                       # 生产总值过400亿元的5个: a class of the places named before, counted
    after = OVER_AFTER.match(text, end)
    if after is None:
        return False
    clause = re.split(r"[，。；：,;:\n]", text[max(0, start - 40):start])[-1]
    if ONE_THING.search(re.sub(r"(?:超过|超|过)$", "", clause)) and after.group("count") is None \
            and not PLURAL.search(clause):
        return False                      # 成为超100亿的行业骨干企业: the size of one thing
    return True


YEARLY_BEFORE = re.compile(r"(?:年产|年产能|年生产能力|年处理能力|年处理|单机|单机容量)[\d.]+(?:[万亿])?[\u4e00-\u9fff]{1,4}以上$")


def below_threshold(text: str, suffix: str, unit: str, suffix_end: int) -> bool:
    """A capacity, mass, power or area with 以下 and then the things it classes (关停5万吨以下草浆生产线): a class.
    With 以上 only a yearly capacity or a unit size (年产180万吨以上生产煤矿, 单机30万千瓦以上机组) is: 年产 says the
    amount is each thing's size, where 新建2万亩以上中药材基地 is the area built (round 3)."""
    if unit not in MEASURE_UNITS or BELOW_AFTER.match(text, suffix_end) is None:
        return False
    if suffix == "以下":
        return True
    return suffix == "以上" and YEARLY_BEFORE.search(text, max(0, suffix_end - 16), suffix_end) is not None


# Round 20f: what an act ends or eliminates is a class of things (消除 56人以上大班额, 全面消除家庭人均年收入1万元以下
# 现象): acts of ending something, before a value with 以下 and no other verb between them
ENDING = re.compile(r"(?:消除|消灭|清零|摆脱|告别|解决|化解|根除|杜绝|根治)(?P<gap>[^，。；：,;:\n]{0,30})$")
GAP_VERB = re.compile(r"达|提高|提升|增|超|突破|降|减|实现|低于|不足|控制|保持|稳定|压|(?:在|为)$")
OVERSIZED_CLASS = re.compile(r"及?以上[“]?超?大班额")       # 56人以上大班额: the size that defines a large class


SHARE_OF_CLASS = re.compile(r"的?[^，。；、\d]{0,3}?(?:达到|达|超过|超|占比|占)[^，。；、\d]{0,2}?\d")


def opening_class(text: str, start: int, suffix: str, suffix_end: int, unit: str) -> bool:
    """An amount with 以上/以下 opening its clause and then a count or a share of the things it classes (村集体经济全部
    达到10万元以上，20万元以上超80%; 50万元以上的达到50%; 、100万元以上的村达70个): the threshold of a class (round
    20f, after the members' mark before it is dropped). An amount a verb reaches stays (，达到10万元以上), and so does a
    count (、5家以上产值超10亿企业: corpus seed 3371)."""
    return suffix in ("以上", "以下") and unit in ("元", "美元") and SHARE_OF_CLASS.match(text, suffix_end) is not None \
        and re.search(r"[，。；：,;:、\n]$", text[max(0, start - 1):start]) is not None


def ended_class(text: str, start: int, end: int, unit: str, suffix: str, lo: int) -> bool:
    """The threshold of a class of things an act ends (round 20f; docs/records.md, "the threshold of a class of things
    counted"): a value with 以下 right after 消除/消灭/解决/清零 … and the words naming what is ended (全面消除家庭人均年
    收入1万元以下现象, 解决人均居住面积12平方米以下低收入家庭的住房问题), and a class size with 以上 before 大班额 (消除
    56人以上大班额). A level the clause reaches through another verb (消除…，将…降至5%以下), a rate or a share (消除比例达
    80%以上), and a count solved (解决10万人以上饮水安全问题) stay quantities."""
    if unit == "人" and OVERSIZED_CLASS.match(text, end):
        return True
    if suffix != "以下" or unit in RATE_UNITS:
        return False
    lead = ENDING.search(clause_lead(text, lo, start))
    return lead is not None and GAP_VERB.search(lead.group("gap")) is None


def listed_before_etc(clause: str, n: int) -> bool:
    """`clause` (the words of the clause before the count) ends with names joined by 、 and then 等, as many names as
    the count counts (东海、城东、北峰、江南、晋江滨江等5个片区): the count repeats the list. Names with a number of
    their own, or joined by 和/与/及, are not read as such a list."""
    if not clause.endswith("等") or re.search(r"[\d和与及，]", clause):
        return False
    items = clause[:-1].split("、")
    return len(items) == n >= 2 and all(0 < len(i) <= 16 for i in items[1:])


RATE_AFTER = re.compile(r"[^，。；、：\d“”（）()](?:[^，。；、：\d“”（）()]|、(?![\d一二两三四五六七八九十]))"
                        r"{1,23}?(?:率|比例)(?:分别)?(?:达到|达|为|保持在|保持|稳定在|均达|均为)?"
                        r"(?:\d+(?:\.\d+)?[%％])")
RATE_END = re.compile(r"(?:以上|以下|左右|以内)?(?:[，。；、,;）)]|和|$)")
COUNTS = frozenset({"个", "家", "所", "条", "座", "处", "件"})
CHAINED = re.compile(r"[^，。；、：\d“”（）()]{1,12}?(?:和|及|与|、)(?:\d+|[两三四五六七八九十]+)(?:个|家|所|条|座|处|件)")
# 16件人大议案建议和100件政协提案办复率100%: counts joined by 和 before one rate are its population (round 7)
# round 22c: the things may be named with a 、 and at length (12 个国、省控重点流域断面…, 5 个县级以上城市集中式饮用水源地
# 水质优良比例达到100%: tonghua-2020); a 、 before another count (5个…、3个…) still ends them


def rate_population(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The count of places or things a rate is over, the rate's value following in the clause with no verb between
    (44个地表水考核断面水质优良率达100%): the rate's population, not a quantity. A count the clause's verb acts on
    (建成44个断面，…) is separated from the rate by punctuation and stays a quantity."""
    if unit not in COUNTS:
        return False
    rest = end
    while chained := CHAINED.match(text, rest):
        rest = chained.end()
    after = RATE_AFTER.match(text, rest) or RATE_AFTER.match(text, end)
    if after is None or not RATE_END.match(text, after.end()):
        return False                      # 30个空置率50%以上的“空心村”: the rate classes the things counted
    words = re.sub(r"(?:分别)?(?:达到|达|为|保持在|保持|稳定在|均达|均为)?\d+(?:\.\d+)?[%％]$", "", text[end:after.end()])
    # round 14: the verb right before the rate's value is the rate's (全区14个市城镇居民…参保率达到70％以上)
    if re.search(r"(?:建成|新建|建设|完成|实施|改造|新增|达到|实现|提升|提高|开展|推进|创建|治理|整治|打造|培育)", words):
        return False
    lead = clause_lead(text, lo, start, "，。；：,;:\n")
    return not re.search(r"[\u4e00-\u9fff]{0,2}(?:建成|新建|建设|完成|实施|改造|新增|推动|推进|促进|确保|实现|开展|创建|"
                         r"治理|整治|打造|培育|争创|覆盖|惠及|带动|支持|组织|引导|指导|帮助|对)", lead)


TERM_CUE = re.compile(r"^[—“”\s]*(?:这|那)?(?:也|更|又)?(?:将|必将)?(?:是|成为)|时期(?:是|为)|过去的?$|以来的?$")
# the clause opens with 是/这是/将成为 (its subject the term: 过去5年，是…的5年) or names the term (…时期是, 以来);
# 全市义务教育年限是全省最长的12年 (a subject that is a length) stays a quantity
TERM_END = re.compile(r"[，。；！、,;!]|$")


def term_named(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Whole years after 的 that end the clause of a review's characterisation (是…阔步前进的5年, “十一五”时期是…极不
    平凡的5年, 过去的5年, 自治区成立以来的50年): the term itself, named, not a length stated (round 5). A length reached
    (提高到现在的9.5年), a programme's length (覆盖城乡的15年免费教育: words follow) and a clause with a verb of
    change before the value stay quantities."""
    if unit != "年" or text[start - 1:start] != "的" or not re.fullmatch(r"(?:\d+|[一二两三四五六七八九十]+)年", text[start:end]):
        return False
    if not TERM_END.match(text, end):
        return False
    lead = clause_lead(text, lo, start - 1)
    if re.search(r"(?:达到|达|提高到|提高至|提升到|提升至|增至|增加到|延长到|延长至|缩短到|缩短至|为|由|从)", lead):
        return False
    return TERM_CUE.search(lead) is not None


LIST_UNITS = frozenset({"个", "项", "件", "条", "大", "方面", "种", "类"})
LIST_AFTER = re.compile(r"[^，。；：,;:\n！\d]{0,24}?[：:]\s*(?:一是|一、|（一）|\(一\)|1[、.．]|第一|首先)")


def list_announced(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A count whose clause ends with a colon followed by the first of the items it counts (五项建设巩固提升行动：一是…):
    the list's announcement, not a quantity; 实事 (办好10件民生实事：一是…) stay counts (docs/records.md)."""
    if unit not in LIST_UNITS:
        return False
    after = LIST_AFTER.match(text, end)
    return after is not None and "实事" not in text[max(lo, start - 12):after.end()]


BACK_WORDS = re.compile(r"(?:以上|上述|前述|上面|这)(?:的)?$")
BACK_UNITS = frozenset({"个", "项", "件", "条", "大", "家", "类", "种"})


def refers_back(text: str, start: int, unit: str, lo: int) -> bool:
    """A count whose clause is only 以上/上述/前述/这 before it (…增长9.6%，以上五项指标增速均居全省首位): the number of
    the values or items just stated, a repetition, not a quantity (round 6). 以上 after a number (10亿元以上5个) is a
    qualifier of that number, not this word: only a clause opening with it counts."""
    if unit not in BACK_UNITS:
        return False
    lead = clause_lead(text, lo, start)
    return BACK_WORDS.fullmatch(lead) is not None or BACK_WORDS.search(lead) is not None and len(lead) <= 3


PER_HOUSEHOLD = re.compile(r"(?:每户|每个家庭|每家|户均至少|至少)(?:有)?[ \u3000]?$")


def household_rule(text: str, start: int, unit: str, lo: int) -> bool:
    """The number of people a programme guarantees each household (2900多户“零就业家庭”实现每户1人以上就业, 零就业家庭
    实现至少1人稳定就业): the programme's rule, not a count of people (round 7, *rule*). People counted
    (帮助零就业家庭1500人实现就业) and an average (户均2.8人) stay quantities."""
    if unit not in ("人", "名") or not PER_HOUSEHOLD.search(text, max(lo, start - 5), start):
        return False
    return "家庭" in clause_lead(text, lo, start)


WIDER = r"(?:全国|全省|全市|全区|全州|全盟|全自治区|国家|中部|西部|东部|东北)"
OTHER_PLACE = re.compile(rf"(?:高于|高出|低于|快于|慢于|好于|优于|超出|超过|领先|比)(?:同期)?{WIDER}(?:[、和及与]{WIDER})*(?:各市)?(?:的)?"
                         r"(?:平均|平均水平|平均线|水平|均值|增幅|增速)?(?:高出|高|低|快|慢|多|少)?"
                         r"(?:出)?[ \u3000]?(?:\d+(?:\.\d+)?个?[和、])*[ \u3000]?$")
# round 25b: 分别低于全国、全省1.01和1.54个百分点, 分别比全国高0.2、0.9、0.1个百分点: places listed, values listed before


def place_difference(text: str, start: int, unit: str, lo: int) -> bool:
    """Percentage points right after another place's level it is compared with (增幅高出全省平均15.6个百分点, 高于全国
    0.9个百分点, 比全省平均高2个百分点): a difference from another place's level, not recorded (docs/records.md; round 7,
    *difference*); also years of life (人均预期寿命83.62岁、高出全国5岁; round 10). A difference from the year before or
    from a target (比上年高出2个百分点, 高于预期目标2个百分点) stays."""
    return unit in ("个百分点", "百分点", "岁") and OTHER_PLACE.search(clause_lead(text, lo, start)) is not None


CLOCK_UNITS = frozenset({"小时", "分钟"})
NOT_DESCRIBED = re.compile(r"(?:以上|以下|以内|之内|左右|上下|多|余|内|的|和|与|及|或|就|即|便(?=可|能|到|达)|可|能|办|完|到|直达|通达|抵达|"
                           r"送达|达|响应|出(?!行)|审结|结|拿|领|获|通(?!关|勤圈|道)|上(?!海)|对接|连接|衔接|融入|基本(?:完成|办结|到|实现)|"
                           r"时间|时长|车程|路程|航程|（|\(|—|-|～|~|至)")
DESCRIBED_BEFORE = re.compile(r"(?:提前|连续|缩短|压缩|延长|减少|超过|长达|达到|达|历时|提速至|缩至|降至|[至到为由从])[ \u3000]?$")


def descriptor(text: str, m: re.Match, lo: int) -> bool:
    """A duration of hours or minutes written before the noun it describes (新建一批24小时城市书房, 实现主城区24小时供水
    全覆盖, 1小时交通网初步建成, 打造15分钟便民服务圈, 7×24小时服务): it names a kind of service or network (round 7,
    *descriptor*), not a quantity. A duration that a qualifier, 内, a verb of completion or arrival (1小时办结, 2小时通达,
    3小时通西安, 10分钟上高架, 30分钟对接广州都市圈, 7分钟就能到) or punctuation follows, or that a verb of change or 时间 introduces (压缩至48小时, 办理时间3小时), stays
    one."""
    if (m.group("unit") or "") not in CLOCK_UNITS or m.group("dash") or m.group("pa"):
        return False
    after = re.sub(r"^[”\"’ \u3000]+", "", text[m.end():m.end() + 8])
    circle = re.match(r"[\u4e00-\u9fff]{0,3}圈", after) is not None     # 15分钟就医圈, 1小时通勤圈: a circle's name
    if not circle and (not re.match(r"[\u4e00-\u9fff“]", after) or NOT_DESCRIBED.match(after)):
        return False
    clause = re.split(r"[，。；：,;:\n！]", text[max(lo, m.start() - 12):m.start()])[-1]
    return not DESCRIBED_BEFORE.search(clause) and not re.search(r"时间|时长|时限|用时|耗时", clause)


# Round 27b: a condition that makes a class of cases, a relative clause standing alone as a noun (城镇职工当年医疗费用
# 总额超过5万元的、…超过3万元的，…再报销50%; 对集体收入低于5万元的，实行财政差额补贴; 出资达到10万元的，政府给予5万元
# 补助): the threshold of the class the rule is over, not a quantity
CONDITION_BEFORE = re.compile(r"(?:超过|超出|高于|低于|不足|不满|不到|达到|大于|小于|在)[ \u3000]?$")
CONDITION_AFTER = re.compile(r"的[、，,；;]")


def condition_class(text: str, start: int, suffix: str, suffix_end: int) -> bool:
    """A value after 超过/低于/达到 … or with 以上/以下, then 的 closing its phrase before 、 or ，: the phrase names
    the cases over the value (…医疗费用总额超过5万元的，…再报销50%), a class of the rule that follows."""
    return CONDITION_AFTER.match(text, suffix_end) is not None and (
        CONDITION_BEFORE.search(text, max(0, start - 3), start) is not None
        or suffix in ("以上", "以下"))

