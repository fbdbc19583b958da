"""Parts and wholes in a label: whose figure a value is when the sentence names a part of the place or of a whole.

- Round 11 (stop 21; bench/README.md "Round 11: about and subjects (stop 21)"), moved here from labels.py: a value
  about a part of the place the registry does not name (开发区, 县域, 中心城区 …) keeps the part in its label
  (docs/records.md), `of_subunit`.
- Round 22 (stop 25, after TEST12): that part also governs a later item of its own clause's list (年内，开发区引进省外
  资金和直接利用外资分别达到…: tangshan-2016) and the clauses after a registry name it opens (今年县域规模以上工业增加值
  增长20%以上，财政总收入增长15%以上: heilongjiang-2010); a part after 其中 keeps the qualifier of the whole it is a
  part of (“小升规”企业1100家，其中工业企业485家: huizhou-2019), `part_of_whole`; a level class before a registry name
  (省级以上农业龙头企业, 地方级财政收入: zhangzhou-2024, baicheng-2014) is kept, the registry's concept being the
  broader one, `level_class`.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.acts import ACT_WORD, SHARED_ACT
from api.extract.indicators import Lexicon, label_of
from api.extract.sentences import sentence_start

Fact = Any      # api.extract.facts.Fact (facts imports labels, which imports this module)

# a part of the place whose figures a sentence gives (开发区, 县域, 市中心城区, 13个工业园区, 本钢集团): not the place
# round 27: counties counted by number (六县实现地区生产总值…: liuzhou-2014) are a part too; not 各县 (each county's)
COUNTIES = r"[一二三四五六七八九十两]+县(?:（市、?区?）|（区）|市区|区)?"
SUBUNIT = re.compile(r"(?:" + COUNTIES + r"|经济技术开发区|经开区|高新区|开发区|工业园区|产业园区|园区|县域|中心城区|主城区|城区|新区|集团|"
                     r"公司|实验室|景区|保税区|自贸试验区|自贸区)")
DID = r"((?:全年|当年|今年|去年|共|累计|全部)?(?:实现|完成|达到?))?"     # 高新区实现地区生产总值: the part's own figure
# a sentence opening with a sub-unit, its subject (市中心城区实施基础设施项目171个，完成投资107.9亿元): no act before it
# round 22: the year or time it opens with is no part of its name (今年县域…, 年内，开发区…: heilongjiang-2010, tangshan-2016)
OPENER_NAME = (r"(?:(?:今年|明年|年内|全年|当年|去年|(?:19|20)\d{2}年)[，,]?)?(?:\d+个)?((?:[^\W\d_]{0,6}?)(?:" + COUNTIES + "|经济技术开发区|"
               r"经开区|高新区|开发区|工业园区|产业园区|园区|县域|中心城区|主城区|新区|保税区|自贸试验区|自贸区))")
OPENER = re.compile(OPENER_NAME
                    # what the part did or has: an act, a year, a total (…城区实施, …园区新建, 经开区全力抓好)
                    + r"(?=全年|当年|今年|去年|累计|共|已|新建|新增|新开工|实施|完成|实现|全力|着力|大力|加快|推进|开工|引进|签约|"
                    r"落户|入驻|拥有|集聚|聚集|培育|打造|连续|要|将|力争|争取|确保|(?:19|20)\d{2}年)")
OPENER_NAMED = re.compile(OPENER_NAME)     # …or a registry indicator of its own (县域规模以上工业增加值增长20%以上)
# the words before the part name it (市, 全市重点, 广元经济技术开发区) and do no act (提升中心城区…, 狠抓产业园区…)
OPENER_ACT = re.compile(r"^(?:提|持|开|狠|强|拆|预|力|加|推|实|建|完|打|创|发|设|培|引|着|大|积|抓|深|依|围|以|对|在|为|"
                        r"将|把|确|进|支|促|优|做|抢|统|聚|突|坚|巩|筹|规|构|服|落|扩|保|新增|全力|各)")
ACTS = re.compile(r"推进|加快|建设|实施|支持|推动|打造|创建|发展|完成|新建|建成|设立|培育|引进|全力|着力|大力|积极|抓好|深化|"
                  r"提升|加强|强化|开展|拆除|预计|力促|狠抓|依托|围绕|以|对|在|为|将|把|各")
WHOLE = re.compile(r"全市|全省|全区|全州|全县|全盟|全国|我市|我省|我区|本市|全部|所有")
# the whole place opening a part's name (全市开发区, 全省县域: all of its zones, its counties): the part's figure still
OF_WHOLE = re.compile(r"(?:全市|全省|全区|全州|我市|我省|我区|本市)(?=" + SUBUNIT.pattern + ")")


def opener(text: str, lo_s: int, lexicon: Lexicon, at: int) -> re.Match | None:
    """The part a sentence from `lo_s` opens with: before an act (市中心城区实施…) or a registry name of its own
    (今年县域规模以上工业增加值增长20%以上, round 22) or, round 27, a thing's change that the clause of the value at
    `at` repeats (全市开发区工业投资增长20%以上，规上工业增加值增长15%以上: a list of the zones' targets; not 主城区空气质量
    优良率达98.9%，万元生产总值能耗下降9%: the part's one figure)."""
    m = OPENER.match(text, lo_s)
    if m and (named_next := lexicon.indicator_span(text[m.end(1):m.end(1) + 12]))[0] and named_next[1] == 0:
        m = None
    if not m and (opens := OPENER_NAMED.match(text, lo_s)):
        ref, named_at, _ = lexicon.indicator_span(text[opens.end(1):opens.end(1) + 12])
        # not 按照县域…, 德阳经开区…; round 27: 全市开发区工业投资增长20%以上，规上工业增加值… (the city's zones)
        changed = CHANGE_AFTER.match(text, opens.end(1))
        changed = changed if changed and text[:at].endswith(changed.group(1)) else None
        m = opens if (ref and named_at == 0 or changed) and SUBUNIT.fullmatch(OF_WHOLE.sub("", opens.group(1))) else None
    return m


# the part's own thing and its change or level (…工业投资增长20%以上): no act between
CHANGE_AFTER = re.compile(r"[^\W\d_]{2,12}?(增长|下降|提高|达到|达)(?=[0-9０-９])")


def of_subunit(text: str, f: Fact, lexicon: Lexicon) -> str:
    """开发区规模以上工业增加值增长8% → 开发区规模以上工业增加值; 经开区全力抓好…，建设主干道路5条 → 经开区建设主干道路:
    a value about a part of the place (a zone, the counties, a district, a company) the registry does not name keeps
    that part in its label (docs/records.md: `about` is an entity of the registry or the place)."""
    if f.about != (lexicon.place or f.about) or not f.about.startswith("place/"):
        return ""
    label = f.subject
    ref, lo, hi = lexicon.indicator_span(label)
    if ref and f.indicator == ref and lo > 0 and (m := re.search(SUBUNIT.pattern + DID + "$", label[:lo])) \
            and not WHOLE.search(OF_WHOLE.sub("", label[:lo])):
        # 开发区规模以上工业增加值, 县域公共财政收入; 高新区实现地区生产总值120亿元: 高新区地区生产总值; round 27:
        # 全市开发区 (all the city's zones) is a part still
        part = OF_WHOLE.sub("", label[:lo - len(m.group(1) or "")])
        return label_of(part + label[lo:hi], strict=True) or ""
    lo_s = sentence_start(text, 0, f.value_start)
    m = opener(text, lo_s, lexicon, f.value_start)
    full_lo = max(text.rfind(c, 0, f.value_start) for c in "。！？!?\n") + 1
    if not m and full_lo < lo_s and (named := lexicon.indicator_span(text[lo_s:lo_s + 16]))[0] and named[1] <= 4 \
            and (m := opener(text, full_lo, lexicon, f.value_start)) \
            and not WHOLE.search(text, m.end(), f.value_start):
        lo_s = full_lo        # round 27: 六县实现地区生产总值…；财政收入40.45亿元 (liuzhou-2014): a list of the part's
        # registry figures after ； (规模以上…, 全社会…: a caliber word before the name)
    # round 22: the act is looked for in the words before the part (开发区 opens with 开, no act: tangshan-2016)
    whole = OF_WHOLE.match(m.group(1)) if m else None
    name = m.group(1)[whole.end():] if m and whole else m.group(1) if m else ""
    unit = SUBUNIT.search(name) if m else None
    if not m or m.end() > f.value_start or ACTS.search(name) \
            or OPENER_ACT.match(name[:unit.start()] if unit else name) or any(
            mm.ref.split("/")[0] in ("place", "zone")
            for mm in lexicon.mentions(text, m.start(1) + (whole.end() if whole else 0), m.end(1))):
        return ""
    clause_lo = max(text.rfind(c, lo_s, f.value_start) for c in "，,") + 1
    if clause_lo <= m.start(1):
        # round 22: a later item of the part's own list (开发区引进省外资金和直接利用外资分别达到…: tangshan-2016)
        at = text.rfind(label, m.end(1), f.value_start)
        return name + label_of(label.strip()) if at > m.end(1) and text[at - 1] in "、和及与" and not (unit and unit.group() in label) \
            and not WHOLE.search(text, m.end(1), f.value_start) else ""
    if (unit and unit.group() in label) or WHOLE.search(text, clause_lo, f.value_start) \
            or re.search(r"[、]|其中", text[clause_lo:f.value_start]) \
            or lexicon.mentions(text, clause_lo, f.value_start):
        return ""                       # the label holds the part already; the clause names the place or a place
    return name + label_of(label.strip())       # 滨海新区 + 完成基础设施投资: the label's framing goes


CLAUSE_MARKS = "，,；;。！？!?\n"
PART_OPENS = re.compile(r"\s*其中[，,：:]?\s*")


def part_of_whole(text: str, f: Fact, facts: list[Fact]) -> str:
    """“小升规”企业1100家，其中工业企业485家 → “小升规”工业企业 (huizhou-2019); 新增贷款2100亿元以上，其中制造业贷款
    360亿元以上 → 新增制造业贷款 (jinhua-2025): a value after 其中 is of a part of the whole the value before it in its
    sentence measured, in the same unit; the part's label, ending in the whole's head word, takes the whole's
    qualifier. Not when both are registry indicators (固定资产投资…其中工业投资: the registry knows the part), nor when
    the part names the whole already (其中制造业实际利用外资)."""
    q = f.quantity
    lo = max(text.rfind(c, 0, f.value_start) for c in CLAUSE_MARKS) + 1
    if not PART_OPENS.match(text, lo) or q.rank:
        return ""
    before = [g for g in facts if g.value_end <= f.value_start and g.quantity is not q]
    if not before or max(g.value_end for g in before) > lo:
        return ""                       # 其中当年实施180项、年度投资983.5亿元: the first value after 其中 only
    whole = max(before, key=lambda g: g.value_end)
    if whole.quantity.unit != q.unit or re.search(r"[；;。！？!?\n]", text[whole.value_end:lo]) \
            or not f.indicator.startswith("indicator/proposed-") and not whole.indicator.startswith("indicator/proposed-"):
        return ""
    name, part = label_of(whole.subject, strict=True), label_of(f.subject, strict=True)
    n = 0
    while n < min(len(name), len(part)) and name[-1 - n] == part[-1 - n]:
        n += 1
    qualifier = name[:-n] if n else ""
    if n < 2 or n >= len(part) or not QUALIFIER.fullmatch(qualifier) or qualifier[:2] in part:
        return ""                       # 固定资产投资…其中民间投资, 人工造林…其中退耕还林: the whole's thing, no qualifier
    return qualifier + part


# what a whole's label holds before the head word it shares with its part and the part lacks: the act that added the
# things (新增, 开工建设) or a quoted class (“小升规”); not the whole's own thing (固定资产, 铁路, 省内高校毕业生)
QUALIFIER = re.compile(r"(?:" + SHARED_ACT.pattern[1:] + r")?(?:“[^”]{1,8}”)?(?<=.)")


# a level class (省级以上, 国家级, 地方级): the registry's name after it is the broader concept (docs/records.md)
# (以上 only: 国家级高新技术企业 or 国家级“小巨人”企业 are the registry's own concept, there being no other level, and
# 地方级财政收入 is its 地方财政收入)
LEVEL_CLASS = re.compile(r"(?:国家|省|市|县|区|省部|自治区|地市)级及?以上$")


def level_class(f: Fact, lexicon: Lexicon) -> str:
    """省级以上农业龙头企业达243家 (zhangzhou-2024), 地方级财政收入完成36亿元 beside 全口径财政收入 (baicheng-2014): a
    registry name after a level class names the broader concept, so the label keeps the class and is proposed; a
    registry name holding the class (地方级税收, 省级以上单项冠军) is matched whole and stays."""
    if f.indicator.startswith("indicator/proposed-"):
        return ""
    label = label_of(f.subject, strict=True)
    ref, lo, hi = lexicon.indicator_span(label)
    if not ref or ref != f.indicator or lo == 0 or not LEVEL_CLASS.search(label[:lo]):
        return ""
    return label_of(label, strict=True).removeprefix("的")     # …农业龙头企业销售收入增长9.8%: its measure kept


# round 27 (after TEST14): a modifier before a registry name that narrows it to a sector, an ownership group, a part
# of the place or a class of projects (水利固定资产投资, 国有及其他经济类型单位固定资产投资, 市区空气质量优良天数, 在建
# 新能源项目总投资); the place, a time, an act, 全社会 and the registry's own caliber words (规模以上) do not narrow
SECTOR = (r"(?:水利|交通(?:运输)?|能源|新能源|清洁能源|电力|工业|农业|林业|制造业|服务业|房地产(?:开发)?|技改|技术改造|"
          r"高新技术(?:产业)?|高技术(?:产业)?|战略性新兴产业|新兴产业|装备制造业|社会事业|城建|城市建设|生态环保|环保|"
          r"教育|卫生|文化|基础设施|民生)")
OWNER = (r"(?:国有(?:及其他经济类型单位|控股|企业|单位)?|集体|民营(?:企业)?|民间|非公有制(?:经济|企业)?|个体私营|私营|"
         r"外商投资(?:企业)?|外资(?:企业)?|三资企业|外商)")
PLACE_PART = r"(?:市区|城区|中心城区|主城区|县域|" + COUNTIES + ")"
NARROWER = re.compile(r"(?:" + SECTOR + "|" + OWNER + "|" + PLACE_PART + r")+(?:的)?")
# what opens a modifier and does not narrow: a time, the whole place, an act, a class of projects' state
FRAMING = re.compile(r"^(?:(?:19|20)\d{2}年|全年|当年|今年|去年|年内|五年|五年来|累计|共|全市|全省|全区|全州|全县|我市|我省|"
                     r"我区|本市|全社会|预计|力争|完成|实现|新增|已)+")
PROJECT_CLASS = re.compile(r"^(?:在建|续建|新开工|重点|重大)+")     # kept in the label, narrowing nothing alone


def narrowed(f: Fact, lexicon: Lexicon) -> str:
    """水利固定资产投资165亿元 (guangxi-2012) → the proposed 水利固定资产投资, not the region's 固定资产投资; 在建新能源
    项目总投资415亿元 (huanggang-2023) → 新能源项目总投资 kept whole: a registry name matched on the tail of a subject
    whose words before it narrow it (docs/records.md: the figure of a part of the place or of a narrower group keeps
    the part in a proposed label). A name the registry has whole (规模以上工业增加值, 地方财政收入) is matched whole
    and stays."""
    if f.indicator.startswith("indicator/proposed-") or f.about != (lexicon.place or f.about):
        return ""
    label = label_of(f.subject, strict=True)
    ref, lo, hi = lexicon.indicator_span(label)
    if not ref or ref != f.indicator or lo == 0 or label[hi:]:
        return ""
    modifier = FRAMING.sub("", label[:lo])
    modifier = modifier[m.end():] if (m := SHARED_ACT.match(modifier)) else modifier
    if not modifier or not NARROWER.fullmatch(PROJECT_CLASS.sub("", modifier)):
        return ""
    narrow = label[lo - len(modifier):]
    before = f.subject[:-len(narrow)] if f.subject.endswith(narrow) else ""
    act = re.search(ACT_WORD + "$", before)
    return act.group() + narrow if act else narrow     # 新增100家民营高新技术企业: a count of additions keeps its act
