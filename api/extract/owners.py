"""Whose a bare measure is: a label that is only a measure word (a rate, 出栏, 总收入, 从业人员) takes the thing the
same sentence names just before it.

Round 23 (stop 26, after TEST13; audit-stop26-test13 and audit-stop25-test12): the readers marked labels that name a
measure of nothing (出栏, 总收入, 参保率, 从业人员, 回收利用率, 经济增长贡献率) where the sentence had named the thing
in an earlier item or clause:
- a later item keeps the owner of the item before it (实现生猪存栏300万头、出栏400万头以上: baoshan-2022; 全州旅游
  接待人数、总收入分别增长…: honghehanizuyizu-2023; 电商主体达4635家，从业人员22万人: xiaogan-2021; …服务业收入增速
  达87.6%，对经济增长贡献率达44.5%: guiyang-2023), `of_item_before`;
- a bare rate after a clause with no value takes that clause's subject or object (居民社会养老保险制度实现城乡一体化，
  参保率96%: ningde-2014; 提升城市生活垃圾分类质效，确保回收利用率保持在39%以上: guangyuan-2023), and rates given
  分别 for a clause's listed objects take each object (积极办理人大代表建议和政协提案，满意率分别达…: quanzhou-2004),
  `of_clause_before`; the same for any bare measure after a clause stating how its subject fares (乡镇企业重组转制
  成效显著，实现利润45亿元: beijing-2000; 第二产业快速增长，增加值…: shandong-1996) or developing a thing (扩大蔬菜
  生产，力争产量增长5%: guangxi-2021; 加快发展物流业，实现营业收入…) — not after a plain act's object (加强招商引资，
  实现产值…: no thing's output);
- a crop's area or a count's batches lend their owner to the output or people after them (粮食种植面积211万亩，产量70万吨:
  zhongwei-2023; 来信来访批次、人数分别下降…: xiamen-2016), and enterprises counted their output (市级农业产业化龙头
  企业增至35家，产值增长10.7%: xiamen-2007).
A label with a thing of its own (森林覆盖率, 城镇登记失业率) is not bare and keeps its words.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import Lexicon, label_of
from api.extract.parts import WHOLE
from api.extract.sentences import SENTENCE_END, SENTENCE_MARKS, fact_before, sentence_start
from api.extract.units import COUNT_UNITS

Fact = Any      # api.extract.facts.Fact (facts imports labels, which imports this module)

# a label that names a measure and no thing: whose it is, the sentence said before
BARE = re.compile(r"(?:人数|办复率|见面率|回复率|办理率|满意度|(?:满意或)?基本满意率|人次|总收入|收入|营业收入|主营业务收入|销售收入|营收|利润|利润总额|"
                  r"税收|利税|税金|上缴税金|交易额|销售额|出栏|存栏|出栏量|存栏量|产量|产值|增加值|从业人员|就业人员|"
                  r"参保率|参合率|覆盖率|普及率|利用率|回收利用率|综合利用率|资源化利用率|无害化处理率|处理率|满意率|"
                  r"办结率|答复率|完成率|合格率|达标率|入驻率|开工率|履约率|落地率|转化率|对?(?:经济增长|GDP增长)?贡献率)")
# the measure closing the label before, after its owner (生猪|存栏, 旅游|接待人数, 电商|主体, 软件…服务业|收入增速)
OWNED = re.compile(r"(?:参保人数|参保人员|(?:种植|播种)?面积|批次|资产(?:总额)?|总产值|存栏量?|出栏量?|"
                   r"(?:接待)?(?:游客)?总?(?:人数|人次)|(?:营业|主营业务|销售|总)?收入(?:增速|增幅)?|销售额|产值(?:增速|增幅)?|"
                   r"增加值(?:增速|增幅)?|(?:市场|经营)?主体|企业数|商户|产量|营收|利润)$")
# what may stand before a bare label in its own clause: no thing (确保回收利用率, 对经济增长贡献率)
ONLY_ACTS = re.compile(r"(?:确保|力争|争取|使|其|对|并|同时|全年|当年|今年|分别|平均|综合|实现|完成|达到?|年末|年底|预计|仍|"
                       r"(?:19|20)\d{2}年)*")     # 预计增加值达到…, 2006年实现增加值… (round 25)
# the words a clause's owner ends with that are no part of the thing (…养老保险制度, 生活垃圾分类质效)
PROCESS = re.compile(r"(?:(?:分类|治理|管理|处理|改革|建设|服务)?(?:质效|工作|制度|体系|水平|能力|机制|质量|效率)|分类|治理|改革|建设|"
                     # 加快战略性新兴产业集聚发展，确保产值…; 扩大蔬菜生产，力争产量…: the industry's, the crop's
                     r"(?:加快|集聚|融合|高质量|健康)?发展|生产|重组转制|转型升级)$")
# a clause opening with an act: its object is the thing (提升城市生活垃圾分类质效, 积极办理人大代表建议和政协提案)
OBJECT_ACT = re.compile(r"^(?:积极|认真|全面|持续|扎实|深入|不断|进一步)*(?:(?:加快|加速|大力)发展|提升|提高|加强|推进|完善|深化|实施|开展|强化|推动|加快|"
                        r"做好|抓好|健全|办理|推行|落实|扩大|发展|壮大|做大|做强)+")     # 发展壮大健康食品产业 (round 26)
# a clause whose subject did something (居民社会养老保险制度实现城乡一体化): its subject is the words before the act
SUBJECT_ACT = re.compile(r"(?:全面|基本|已经?|进一步|不断|稳步|持续|率先)*(?:实现|达到|完成|覆盖|建立|建成|推开|启动)|"
                         # a state the subject is in (乡镇企业重组转制成效显著, 第二产业快速增长: a subject's)
                         r"(?:成效|效果)(?:显著|明显)|初见成效|(?:快速|加快|稳步|持续|健康)(?:增长|发展)|发展迅猛|"
                         # round 25: how a sector fared, its figures following (民营经济发展加快，实现增加值…: sichuan-2007;
                         # 第三产业蓬勃发展，增加值…: ningxia-2003; 非公经济更加活跃，实现增加值…: hunan-2011)
                         r"(?:发展|增长|成长)(?:加快|迅速|迅猛|较快|强劲|提速)|(?:蓬勃|迅速|较快|高速|跨越式?|加速|"
                         r"平稳较快)(?:发展|增长|成长)|加快成长|更加活跃|(?:不断|持续)壮大|主导作用(?:增强|凸显|明显)")
# acts whose rates are of the things acted on (办理…提案: 办理满意率)
HANDLED = re.compile(r"办理|处理|回复|答复")
# acts developing a thing (加快发展物流业，实现营业收入625亿元): what follows is the thing's
DEVELOPED = re.compile(r"发展|扩大|壮大|做大|做强")


def owners(text: str, facts: list[Fact], lexicon: Lexicon) -> dict[int, str]:
    """The owned label of each bare-labelled fact, by id, read before any is renamed; a value after one with the same
    bare label in its sentence (粮食种植面积211万亩，产量70万吨、增长3%) takes the same."""
    out: dict[int, str] = {}
    for f in sorted(facts, key=lambda f: f.value_start):
        label = of_item_before(text, f, facts, lexicon) or of_clause_before(text, f, facts) \
            or of_counted_items(text, f, facts)
        g = fact_before(f, facts)
        if not label and g is not None and g.subject == f.subject \
                and out.get(id(g)) and not SENTENCE_END.search(text, g.value_end, f.value_start):
            label = out[id(g)]
        elif not label and g is not None and out.get(id(g)) and f.subject.startswith(g.subject + "占") \
                and not SENTENCE_END.search(text, g.value_end, f.value_start):
            label = out[id(g)] + f.subject[len(g.subject):]    # …实现增加值8500亿元，占生产总值的比重达56.7%: the
            # share of the owned measure (非公经济增加值占生产总值的比重), as its label was built of the bare one
        if label:
            out[id(f)] = label
    return out


def bare(text: str, f: Fact) -> int:
    """Where a bare label stands in its own clause with nothing named before it, else -1."""
    if not BARE.fullmatch(f.subject):
        return -1
    s_lo = sentence_start(text, 0, f.value_start)
    at = text.rfind(f.subject, s_lo, f.value_start)     # in a 分别 list, before the values
    lo = max(text.rfind(c, s_lo, at) for c in "，,、：:") + 1
    return at if at >= 0 and ONLY_ACTS.fullmatch(text[max(lo, s_lo):at]) else -1


def owner_of(label: str, lexicon: Lexicon) -> str:
    """生猪存栏 → 生猪; 全州旅游接待人数 → 旅游; 贵阳贵安软件和信息技术服务业收入增速 → 软件和信息技术服务业: the
    thing whose measure a label names, without the place; '' when the label ends in no such measure."""
    m = OWNED.search(label)
    if not m and not label.endswith("企业"):
        return ""                       # 市级农业产业化龙头企业增至35家，产值增长10.7%: the enterprises' output
    owner = WHOLE.sub("", label[:m.start()] if m else label, count=1)
    # what the things did or will do is no part of them (34个签约项目建成后预计实现产值…: sanming-2020)
    owner = re.sub(r"(?:(?:建成|投产|达产)后|预计|可|将|实现|完成|达到?|累计|共)+$", "", owner)
    if (places := [p for p in lexicon.mentions(owner) if p.start == 0 and p.ref.startswith(("place/", "zone/"))]):
        owner = owner[max(p.end for p in places):]
    if len(owner) < 2 or not re.fullmatch(r"[\u4e00-\u9fff“”]+", owner) or re.search(r"(?:业务|营业|主营|总|净|实际|平均|人均|"
                                                                                 r"年|新增|新|累计|已|播|种植|播种)$", owner):
        return ""
    return owner


def of_item_before(text: str, f: Fact, facts: list[Fact], lexicon: Lexicon) -> str:
    """实现生猪存栏300万头、出栏400万头以上 → 生猪出栏: a bare label takes the owner of the label of the value just
    before it in its sentence (no other words with a number between)."""
    if bare(text, f) < 0:
        return ""
    g = fact_before(f, facts)
    if g is None:
        return ""
    between = text[g.value_end:f.value_start]
    if re.search("[" + SENTENCE_MARKS + "]|[0-9０-９]", between) or len(between) > 20 or BARE.fullmatch(g.subject):
        return ""
    owner = owner_of(g.subject, lexicon)
    if not owner or f.subject.startswith(owner):
        return ""
    if f.subject.startswith(("销售", "营业")) and len(owner) > 3 and owner.endswith(f.subject[:2]):
        owner = owner[:-2]              # 房屋销售面积、销售额: 房屋销售额, not 房屋销售销售额
    # 信息经济对经济增长贡献率 (the 对 kept: not 信息经济经济增长贡献率)
    return owner + ("对" if re.match(r"(?:经济|GDP)增长", f.subject) else "") + f.subject


def of_clause_before(text: str, f: Fact, facts: list[Fact]) -> str:
    """居民社会养老保险制度实现城乡一体化，参保率96% → 居民社会养老保险参保率: a bare rate whose clause follows a
    clause of the same sentence with no value takes that clause's thing; '' else."""
    at = bare(text, f)
    if at < 0:
        return ""
    s_lo = sentence_start(text, 0, at)
    c_lo = max(text.rfind(c, s_lo, at) for c in "，,：:") + 1
    if any(s_lo <= g.value_start < at for g in facts):
        return ""                       # a value before it: of_item_before's
    if c_lo <= s_lo:
        # round 25: the first clause of its sentence after a run-in topic sentence with no value (服务业发展加快。
        # 实现增加值362.9亿元: deyang-2014); else no clause names the thing
        if s_lo < 1 or text[s_lo - 1] != "。":
            return ""
        clause = text[sentence_start(text, 0, s_lo - 1):s_lo - 1].strip()
        if len(clause) > 16 or not re.fullmatch(r"[\u4e00-\u9fff“”]+", clause) or not SUBJECT_ACT.search(clause):
            return ""
        c_lo = s_lo
    else:
        p_lo = max([s_lo] + [text.rfind(c, s_lo, c_lo - 1) + 1 for c in "，,：:"])
        clause = text[p_lo:c_lo - 1]
    if (act := OBJECT_ACT.match(clause)):
        thing, acted = clause[act.end():], act.group()
    elif (did := SUBJECT_ACT.search(clause)) and did.start() >= 2:
        thing, acted = clause[:did.start()], ""
    else:
        return ""
    thing = re.sub(r"^以.+?为(?:代表|主体|龙头|核心)的", "", thing)   # 以…为代表的高新技术产业快速发展 (harbin-2012)
    named = WHOLE.sub("", label_of(thing, strict=True), count=1)
    thing = PROCESS.sub("", PROCESS.sub("", named))
    if acted and thing == named and not HANDLED.search(acted) and not DEVELOPED.search(acted):
        return ""                       # 加强招商引资，实现产值…: an act's object that is no thing developed or handled
    if not 2 <= len(thing) <= 12 or not re.fullmatch(r"[\u4e00-\u9fff“”、和]+", thing) \
            or re.search(r"(?:目标|任务|计划)$", thing):
        return ""                       # 民营经济三年腾飞目标全面实现，主营业务收入…: a goal has no income
    items = [i for i in re.split(r"、|和", thing) if i]
    same = [g for g in facts if g.subject == f.subject and s_lo <= g.value_start and text.find("分别", at, g.value_start) >= 0
            and not SENTENCE_END.search(text, at, g.value_start)]
    handled = m.group() if (m := HANDLED.search(acted)) else ""
    if len(items) > 1:
        if len(same) != len(items) or any(len(i) < 2 for i in items):
            return ""                   # a list's rate given once is of all its items
        k = [id(g) for g in sorted(same, key=lambda g: g.value_start)].index(id(f))
        return items[k] + handled + f.subject
    return thing + handled + f.subject


# a rate of the things counted just before it (办理人大代表建议132件、政协提案149件，办结率、满意率均为100%)
ITEM_RATE = re.compile(r"(?:按时|按期)?(?:办结|办复|答复|回复|见面|办理|满意|(?:满意或)?基本满意|普及|覆盖|达标|完成|合格)(?:率|度)")
# what the rates of the run between the counted things and this rate may say (办结率均达100%，满意率…; 办结率、满意率)
BETWEEN_RATES = re.compile(r"[，,、]\s*(?:(?:[\u4e00-\u9fff]{0,6}?(?:率|满意度))(?:均|分别)?(?:达到|达|为|超过)?\s*"
                           r"(?:[0-9.]+%\s*)?[、和及，,]?\s*)*")
# the act before a counted thing's words (认真办理, 按期办复, 受理群众诉求, 接听12345市民来电, 新建): not the thing
COUNTED_ACT = re.compile(r"(?:办理|办结|办复|承办|受理|答复|处理|接听|新改建|新建|建设|建成|改造|创建|实施|推广|完成|输出)")
# what became of the things, after their words (69项测评指标已达标65项): not the thing
COUNTED_STATE = re.compile(r"(?:已经?|全部|均)?(?:达标|完成|办结|办复|建成)$")


def of_counted_items(text: str, f: Fact, facts: list[Fact]) -> str:
    """办理人大代表建议132件、政协提案149件，办结率、满意率均为100% → 人大代表建议和政协提案办结率 (docs/records.md: the
    rate is of the things counted); 新建农村卫生厕所3.8万座、普及率达74% → 农村卫生厕所普及率. A bare rate of things
    handled, covered or built whose clause follows the counts of its things in the same sentence, nothing but other
    such rates between; given 分别 with one value per counted thing, each value is of its own thing."""
    at = bare(text, f)
    if at < 0 or not ITEM_RATE.fullmatch(f.subject):
        return ""
    s_lo = sentence_start(text, 0, at)
    before = sorted((g for g in facts if s_lo <= g.value_start and g.value_end <= at and g.quantity is not f.quantity),
                    key=lambda g: g.value_start)
    while before and ITEM_RATE.fullmatch(before[-1].subject):
        before.pop()                    # …办结率均达100%，满意率分别达…: a sibling rate
    counted: list[Fact] = []
    opened = ""                         # the act of the list (办理人大代表建议…件、政协提案…件): it opens the list
    for g in reversed(before):
        if g.quantity.unit not in COUNT_UNITS or g.quantity.rank:
            break
        hi = counted[0].value_start if counted else at
        if counted and re.search(r"[0-9０-９]|[" + SENTENCE_MARKS + "]", text[g.value_end:hi]):
            break
        acts = [m.group() for m in COUNTED_ACT.finditer(text[item_start(text, s_lo, g, before):g.value_start])]
        if opened and (not acts or acts[-1] != opened):
            break                       # 制定…规章6件，办理…提案1169件，办复率: the rates are of what was handled
        counted.insert(0, g)
        opened = acts[-1] if acts else ""
    if not counted:
        return ""
    last = counted[-1]
    rates = [g for g in before if g.value_start > last.value_end]
    between = text[last.value_end:at]
    for g in rates:
        between = between.replace(text[g.value_start:g.value_end], "")
    if not BETWEEN_RATES.fullmatch(between) or len(between) > 24:
        return ""
    things: list[str] = []
    for g in counted:
        words = text[s_lo:g.value_start].rstrip()
        if not g.subject or not words.endswith(g.subject):
            return ""                   # what is counted follows the number (新建2座变电站): not a list of things
        thing = text[item_start(text, s_lo, g, before):g.value_start].strip()    # 人大代表议案、建议1135件: the whole
        if (found := list(COUNTED_ACT.finditer(thing))) and len(thing) - found[-1].end() >= 2:
            thing = thing[found[-1].end():]
        thing = COUNTED_STATE.sub("", WHOLE.sub("", re.sub(r"^[0-9A-Za-z.]+[项个件家所座条处户名]?", "", thing), count=1)).strip("，,、和及 ")
        if not 2 <= len(thing) <= 20 or not re.fullmatch(r"[\u4e00-\u9fff“”、和及]+", thing):
            return ""
        if thing not in things:
            things.append(thing)
    if len(things) > 1 and any("和" in t for t in things):
        return "、".join(things) + f.subject    # 省人大代表建议和政协委员提案21件、市人大代表建议和…585件
    if len(things) == 1 and "和" not in things[0] and "、" in things[0]:
        things = things[0].rsplit("、", 1)    # 办理人大代表建议、政协提案524件: 人大代表建议和政协提案
    same = [g for g in facts if g.subject == f.subject and g.value_start > last.value_end
            and not SENTENCE_END.search(text, last.value_end, g.value_start)]
    if len(same) == len(things) > 1 and "分别" in text[at:max(g.value_start for g in same)]:
        return things[sorted(same, key=lambda g: g.value_start).index(f)] + f.subject
    return (things[0] if len(things) == 1 else "、".join(things[:-1]) + "和" + things[-1]) + f.subject


def item_start(text: str, s_lo: int, g: Fact, facts: list[Fact]) -> int:
    """Where the words of a counted item begin: after the clause mark or the value before it in its sentence."""
    ends = [max(h.value_end, h.quantity.suffix_end) for h in facts   # 69项测评指标已达标65项: after 项
            if s_lo <= h.value_end <= g.value_start and h.quantity is not g.quantity]
    return max([s_lo, *ends, *(text.rfind(c, s_lo, g.value_start) + 1 for c in "，,：:；;")])
