"""What a value is about: the words of its subject, and the indicator and entity they name.

The subject of a value is the run of words from the start of its clause (or from the previous value of the
clause) to the value; a count whose own words name nothing counts the noun after it. Compound statements are
split as docs/records.md asks: 分别 lists map their subjects to their values in order, a value shared by listed
indicators (A率、B率保持100%) is one fact per indicator, and 城乡X is the urban then the rural X. Clauses and
sentences are cut by sentences.py; the thing a count counts after its number is read by counts.py.
"""
from __future__ import annotations

import re

from api.extract.counts import before_next_quantity, counted_after, joined_item, previous_noun
from api.extract.fragments import FRAME_RESIDUE, GIVEN_TO, PURPOSE, SPAN_OR_BASE, after_last_value, partnered
from api.extract.indicators import Lexicon, label_of, proposed_key, unwrapped
from api.extract.lists import (
    LIST_SPLIT,
    complete,
    deposits_and_loans,
    each_item,
    each_of_two,
    list_items,
    shared_rate,
    thing_after,
    time_only,
    urban_and_rural,
    without_time,
)
from api.extract.proportions import run_share, sector_term, share_of_whole
from api.extract.quantities import UNITS_OF, Quantity
from api.extract.sentences import clauses, sentence_start
from api.extract.units import COUNT_UNITS

PROPORTION_NAME = re.compile(r"[^，,；;。：:\d（(]*?(?:产业|[一二三]产)[^，,；;。：:\d（(由从]*?(?:比例|比重|结构|构成|比)")


def subjects(text: str, lexicon: Lexicon, q: Quantity, c_lo: int, c_hi: int, seg_lo: int, after: list[Quantity],
             respectively: int, earlier: list, place: str) -> list[tuple[str, str, str, int]]:
    """(indicator, about, label, quote start) for each fact the quantity states: one, or one per listed subject."""
    segment = re.sub(r"^[:：∶]1(?![\d.])", "", text[seg_lo:q.start])   # 由2.95:1缩小到2.69:1: after a ratio's :1
    segment = UNITS_OF.sub("", segment)         # 华能正宁电厂2×66万千瓦火电项目: 2× counts the units, no thing
    segment = PASSED_MARK.sub("", segment)       # 地区生产总值突破1万亿元、达到1.05万亿元: the mark is no fact (round 15)
    if REACHED.fullmatch(segment) and (mark := PASSED_BEFORE.search(text, max(0, c_lo - 30), c_lo)):
        segment = re.split(r"[，,；;。：:\n]", text[max(0, c_lo - 60):mark.start()])[-1]
        # 全部工业总产值首次突破1万亿元，达到1.2万亿元: the thing is named in the clause before, before its mark
    if q.share and (named := PROPORTION_NAME.findall(text, sentence_start(text, 0, q.start), q.start)):
        segment = named[-1]                # 三次产业比例由…调整为5.2∶41∶53.8: each term is of the proportion (round 15)
        segment = sector_term(text, segment, q.start, q.end) or segment    # …, the third the services' share
    if q.rank:          # 增速居全省第4: 增速; a listed rank after it (、第2, 和第一) has the words of the first
        segment = text[seg_lo:q.verb_at] if q.verb_at >= seg_lo else segment.removesuffix("第")
    if q not in after and seg_lo > c_lo and (cut := previous_noun(segment)) > 0 \
            and label_of(segment[cut + 1:], strict=True) and not lexicon.indicator(segment[:cut]) \
            and not re.search(r"[均各都]|分别", segment):
        segment = segment[cut + 1:]        # 新建2座变电站、安装市内变压器130台: 变电站 is what 2座 counts
    if seg_lo > c_lo and GIVEN_TO.match(segment) and (to := re.search(r"[向对为给]", text[c_lo:seg_lo])):
        # 向…13个县授予…行政审批权262项 (qinghai-2012): what was given to whom, not a thing 县 did
        segment = to.group() + segment
    return [invested_in(text, sentence_start(text, 0, c_lo), q.start, fact)
            for fact in stated(text, lexicon, q, c_lo, c_hi, seg_lo, segment, after, respectively, earlier, place)]


def stated(text: str, lexicon: Lexicon, q: Quantity, c_lo: int, c_hi: int, seg_lo: int, segment: str,
           after: list[Quantity], respectively: int, earlier: list, place: str) -> list[tuple[str, str, str, int]]:
    """The facts of `subjects`, from the value's own words (`segment`) and the clause around them."""
    if q in after:
        k = after.index(q)
        head = text[c_lo:respectively]
        if (start := FROM_LEVEL.search(head)) and start.start() > 1:
            head = head[:start.start()]    # 城乡居民人均可支配收入从2015年的27393元、12806元分别提高到: the starting levels
        s_lo = sentence_start(text, 0, c_lo)
        if (not head.strip() or FRAME_RESIDUE.fullmatch(label_of(head, strict=True))) and s_lo < c_lo:
            # …清洁能源装机和发电量占比全国领先，分别为62%、74%: the list is in the clause before
            prev = [c for c in clauses(text, s_lo, c_lo)]
            if prev and not re.search(r"\d", text[prev[-1][0]:prev[-1][1]]):
                head, c_lo = text[prev[-1][0]:prev[-1][1]], prev[-1][0]
        head, owner = after_last_value(head)
        items = list_items(head, len(after))
        if owner and len(items) > 1 and len(after) % len(items) == 0:
            items = [owner + i if len(label_of(i, strict=True)) <= 3 else i for i in items]
        if len(items) == 1 and len(after) % 2 == 0 and (split := urban_and_rural(lexicon, head) if "城乡" in head
                                                        else deposits_and_loans(head)):
            # 城乡低保标准分别提高8%和12%: the urban one, then the rural one; 存贷款余额分别增长15.7%和18.4%，居全省
            # 第4位、第1位: deposits, loans, and their ranks in turn
            return [one(lexicon, split[k % 2], head, place, c_lo)]
        if len(items) > 1 and len(after) % len(items) == 0:
            # 城镇和农村常住居民人均可支配收入分别达34757元和13360元、年均实际增长7.2%和9.0%: in turn
            return [one(lexicon, complete(lexicon, items, k % len(items)), head, place, c_lo)]
        earlier = [f for f in earlier if f.value_start >= s_lo]      # only values of the same sentence
        if len(items) <= 1 and len(earlier) >= len(after) and not lexicon.indicator(head) and len(after) > 1 \
                and not RATE_WORD.search(label_of(head, strict=True)):
            # 接待游客1.36亿人次,实现旅游收入1493亿元,分别恢复至2019年的148%和175%: the previous clauses' subjects
            refs = earlier[-len(after):]
            return [(refs[k].indicator, refs[k].about, refs[k].subject, refs[0].quote_start)]
        segment = head
    if q not in after and q.unit in RATE_UNITS and (rates := shared_rate(segment)):
        # 办结率和满意率均达100%, 农残检测覆盖率和合格率均为100%: one value of two rates is two facts (docs/records.md)
        return [one(lexicon, rate, segment, place, c_lo) for rate in rates]
    if q not in after and (each := each_of_two(lexicon, segment, q.unit in RATE_UNITS and not q.rank)):
        # 文化产业和旅游业增加值均突破1450亿元: a value each of two subjects reached is two facts (docs/records.md)
        return [one(lexicon, item, segment, place, c_lo) for item in each]
    items = [i for i in segment.split("、") if i.strip()]
    if not re.search(r"\d", segment) and (parts := [p for i in items for p in LIST_SPLIT.split(i) if p.strip()]) \
            != items and len(parts) > 1 and all(lexicon.indicator(p) for p in parts):
        items = parts                      # A、B和C均增长14%: the last item is two
    if len(items) > 1 and not re.search(r"\d", segment) and not (EXAMPLES.search(items[-1]) and q.unit not in RATE_UNITS) \
            and (q in after or not total(q, segment)):
        named = [lexicon.indicator(i) or ("" if not re.search(r"率|比例|比重|占比", i) else "rate") for i in items]
        if all(named):
            return [one(lexicon, i, segment, place, c_lo) for i in items]
        if (own := each_item(segment + "分别" if q in after and len(after) == 1 else segment if q not in after else "")) \
                and not any(lexicon.about(i, "") and not lexicon.indicator(i) for i in own[:-1]) \
                and (len(label_of(own[0], strict=True)) >= 4 or complete(lexicon, own, 0) != own[0]):
            # 园区营收、税收分别增长7%以上, 城乡基本养老、城镇基本医疗保险均新增1万人: one value of each item (not of
            # places listed, 襄阳、宜昌总量均超过3100亿元, which the place rules read)
            return [one(lexicon, complete(lexicon, own, j), segment, place, c_lo) for j in range(len(own))]
    if q not in after and not q.rank and not q.share and (thing := thing_after(text, segment, q.suffix_end, c_hi)):
        # 推进100万吨芳烃、15万吨裂化催化剂等项目, 打造10万亩果业标准化基地和3万亩药茶原料基地: the thing after it
        return [one(lexicon, partnered(segment, thing), text[c_lo:c_hi], place, c_lo)]
    if q not in after and not q.share and (counted := counted_after(text, q, segment, c_hi, seg_lo == c_lo)):
        counted = partnered(segment, counted)
        indicator, _, label, quote_lo = one(lexicon, counted, text[c_lo:c_hi], place, c_lo)
        # `about` from the words before the value, as before: a place word further on (4架保税融资租赁飞机、首个跨境
        # 船舶金融租赁开创东北先河) is not what the count is about
        return [(indicator, lexicon.about(segment, "") or lexicon.about(text[c_lo:q.start], place), label, quote_lo)]
    same_sentence = earlier and earlier[-1].value_start >= sentence_start(text, 0, c_lo)
    own_label = label_of(segment, strict=True)
    if BARE.fullmatch(own_label) or time_only(own_label) or AHEAD_OR_STREAK.fullmatch(own_label) \
            or SPAN_OR_BASE.fullmatch(own_label) or FRAME_RESIDUE.fullmatch(own_label):
        # 项目开工率一季度达到50%、上半年达到80%: a time word names no thing of its own
        own_label = ""                     # 服务业…，增长11.4%; 新增贷款…，同比多增532亿元: the change of the thing before
    if same_sentence and FRAME.fullmatch(own_label):
        prev = earlier[-1]                 # 累计新增贷款429.2亿元、是上年的2.3倍: the ratio of the value before
        if own_label.startswith("占") and re.search(r"比重|比例", own_label):
            # 服务业增加值增长11.5%，占生产总值比重提高1个百分点: its share of the whole (占全省80% keeps the thing's
            # indicator, as the curated records do: 两化融合贯标企业累计146家、占全省80%以上)
            thing = re.sub(r"(?:完成|实现|达到)$", "", prev.subject)     # 非公经济增加值完成396亿元，占GDP比重66%
            label, share = thing + own_label, thing + "比重"
            ref, _, hi = lexicon.indicator_span(share)     # the registry's name of the share (服务业增加值比重)
            return [(ref if ref and hi == len(share) else proposed_key(label), prev.about, label, prev.quote_start)]
        return [(prev.indicator, prev.about, prev.subject, prev.quote_start)]
    thing = re.sub(r"(?:完成|实现|达到|达)$", "", earlier[-1].subject) if same_sentence else ""
    if thing and q not in after and q.unit in RATE_UNITS and share_of_whole(
            own_label, thing, text[earlier[-1].value_end:seg_lo + len(segment) - len(segment.lstrip(" 、，,；;"))]):
        label = thing + own_label          # 新能源汽车产量11.8万辆，占全国总产量的10%: 新能源汽车产量占全国总产量 (round 20;
        return [(proposed_key(label), earlier[-1].about, label, earlier[-1].quote_start)]   # not of a rate before)
    if not q.unit and not q.rank and not q.share and not own_label and PEOPLE_AFTER.match(text, q.suffix_end, c_hi):
        # 为70万城镇困难群众提供了最低生活保障: a number of people written without 人 counts the people after it,
        # not the thing of the clause before
        tail = re.split(r"[和及与、]?\s*(?=[0-9０-９])", joined_item(before_next_quantity(text[q.suffix_end:c_hi])))[0]
        return [one(lexicon, tail, text[c_lo:c_hi], place, c_lo)]     # not 和10.7万五保户, 人均增收 2300 元
    if same_sentence and q not in after and q.unit in RATE_UNITS and (word := run_share(
            text, c_lo, q.start, [(f.value_start, f.value_end) for f in earlier])) \
            and (ref := in_turn(text, q, earlier)):
        label = ref.subject + word.lstrip("其所")     # …增长18%和32%，占比达49%和61%: each the share of its own
        return [(proposed_key(label), ref.about, label, ref.quote_start)]    # subject (jiangsu-2020), in turn
    if earlier and (not own_label or same_sentence and RATE_OF_IT.fullmatch(own_label)
                    and earlier[-1].reading.measure in ("growth", "average-growth")) \
            and (seg_lo > c_lo or same_sentence):
        ref = (in_turn(text, q, earlier) if not own_label and same_sentence else None) or earlier[-1]
        return [(ref.indicator, ref.about, ref.subject, ref.quote_start)]     # 内资1885.6亿元、增长15.1%: the same
        # subject again
    if (carried := carried_over(text, lexicon, segment, c_lo)) and not lexicon.indicator(segment):
        return [(carried, lexicon.about(segment, place), label_of(segment), c_lo)]
    if not own_label and q.unit not in COUNT_UNITS and (prior := named_before(text, lexicon, c_lo, q.unit in RATE_UNITS)):
        return [(prior[0], lexicon.about(prior[1], place), prior[1], prior[2])]
    if not q.rank and not q.share and not STARTING.search(segment) and (not own_label or not lexicon.indicator(segment) and (re.fullmatch(
            r"[^，,]{0,6}?(?:实施|推出|出台|建成|新增|培育|引进|打造|开展|举办|办好|创建|建设|落实|帮助|完成|有|共|累计)?", segment)
            or q.unit in COUNT_UNITS and ACTS.search(segment))):
        # 2家企业成功上市, 13个国考河流断面, 推出10条…精品线路: what is counted follows the number — up to the next
        # listed item with a number of its own (建成8个医养结合示范点、9个…综合体); none when a list separator follows
        # the number at once, as the counted thing then came before it (完成营造林286万亩、石漠化综合治理…)
        tail = text[q.suffix_end:c_hi]
        tail = "" if re.match(r"[、，,；;]", tail) else re.split(r"[和及与](?=[0-9０-９])", joined_item(before_next_quantity(tail)))[0]
        tail = re.sub(r"[（(][^）)]*$", "", tail)    # 招募7500名项目人员（牵头责任单位：…）: the note is no part of it
        if tail and seg_lo > c_lo and segment.rstrip().endswith("、"):
            segment = ""                   # 1600个村、89万人的饮水安全问题: 村 is the value before's thing
            tail = tail.removeprefix("的")
        if q.prefix in APPROXIMATE and segment.rstrip().endswith(q.prefix) and segment.rstrip()[:-len(q.prefix)]:
            segment = segment.rstrip()[:-len(q.prefix)]   # 又解决近15万农村人口…: 近 qualifies the value (jilin-prefecture-2014)
        if AHEAD_OR_STREAK.fullmatch(label_of(segment, strict=True)):
            segment = ""                   # 提前一年半实现66157名建档立卡贫困人口脱贫: the people, not how early
        if tail.startswith("的") and re.search(r"[把将]$", segment):
            segment, tail = "", tail[1:]   # 把三分之一的县建成大寨县 (national-1978): the things after 的
        # round 22: 又解决近15万农村人口饮水安全问题 (jilin-prefecture-2014): 又 and the qualifier before the number
        # frame the value and are no words of the thing
        segment = re.sub(r"(?:(?<![临附最接将])近|(?<![签节条合公制预契集大])约|逾|超过|(?<![赶])超|多达)$", "",
                         re.sub(r"^又(?![称名])", "", segment))
        if q.unit in ("元", "美元") and (purpose := PURPOSE.match(text, q.suffix_end, c_hi)):
            # 整合13.3亿元支持马铃薯、中药材和43个牛羊产业大县建设 (gansu-2010): the sum with what it supports
            words = re.sub(r"[0-9０-９.]+[万亿]?(?:人次|[个项家所座处条户名人元])?", "", purpose.group())
            funds = "" if re.search(r"(?:资金|投资|经费|资产|财政|筹资|贷款|基金|元)$", segment) \
                or re.search(r"(?:资金|基金|经费)$", words) else "资金"
            return [one(lexicon, segment + funds + words, text[c_lo:c_hi], place, c_lo)]
        return [one(lexicon, segment + tail, text[c_lo:c_hi], place, c_lo)]
    return [one(lexicon, segment, text[c_lo:q.start], place, c_lo)]


APPROXIMATE = frozenset({"近", "接近", "将近", "约", "大约", "逾", "超", "超过", "不足", "不到"})
# the qualifiers a label loses before the counted thing is joined (又解决近15万农村人口…, 增设约70公里公交专用道); not
# 达/突破, which may be a verb or part of a name (新突破41项重大技术, 安达30万吨有机膦)
PEOPLE_AFTER = re.compile(r"[^\W\d_]{0,8}?(?:群众|人口|农民|劳动力|居民|职工|工人|学生|儿童|老人|老年人|残疾人|人员|家庭|农户|"
                          r"妇女|青少年|游客|志愿者|师生|患者|对象|人才|毕业生|党员|干部)")


# a head that is a rate of its own (…政协提案488件，办结率均达100%，满意率分别达93.3%和95.5%): its values are not of the
# clauses before
RATE_WORD = re.compile(r"(?:率|满意度)$")
FROM_LEVEL = re.compile(r"[从由](?:(?:19|20)\d{2}年(?:底|末)?的?)?[0-9０-９][^，,；;]*$")


EXAMPLES = re.compile(r"等(?!均|分别|都|各|也|同比|比上年)[\u4e00-\u9fff]{2}")
# 概念验证中心、中试基地等成果转化服务机构10家: the listed names are examples of the class after 等, and the number
# counts the class as a whole — one fact, not one per example (a rate, A、B等主要指标增长30%, is still each item's)
RATE_UNITS = {"%", "％", "‰", "个百分点", "百分点", "倍"}


def total(q: Quantity, segment: str) -> bool:
    """A count after names joined without 均/各/分别 counts them together: 培育农业产业化联合体和农业龙头企业15家以上
    is 15 of both kinds, one fact (docs/records.md: a value *shared* by two subjects, A、B均增长14%, is two facts).
    A rate or an amount is each item's (城镇和农村居民收入增长8%; 生产总值、固定资产投资突破千亿元)."""
    return q.unit in COUNT_UNITS and not q.rank and not re.search(r"[均各都]|分别|同时", segment)


GENERIC = re.compile(r"(?:(?:19|20)\d{2}年)?(?:总量|总额|规模|人均?|总产量|产量|增产)")   # 人均超过: 均 is stripped


def carried_over(text: str, lexicon: Lexicon, segment: str, c_lo: int) -> str:
    """A bare noun whose thing the sentence named before: 国内生产总值年均增长9%，2007年总量达到8400亿元 (the GDP),
    人均超过2300美元 (人均 + 国内生产总值), 粮食连续五年增产，总产量52850万吨 (粮食 + 产量)."""
    label = label_of(segment, strict=True)
    if not GENERIC.fullmatch(label):
        return ""
    before = text[sentence_start(text, 0, c_lo):c_lo]
    ref, lo, hi = lexicon.indicator_span(before)
    if ref and before[max(0, lo - 1):lo] == "占":
        return ""      # 民生支出占一般公共预算支出…，总量较“十三五”时期增长超20%: the whole of a share is not the 总量
    noun = re.sub(r"^(?:19|20)\d{2}年", "", label)
    if noun in ("人", "人均"):
        return lexicon.indicator("人均" + before[lo:hi]) if ref else ""
    if noun in ("总产量", "产量", "增产"):
        m = re.match(r"(?:全年|今年|去年)?([\u4e00-\u9fff]{2,4}?)(?:生产)?(?:连续|增产|总产量|产量|实现|获得|喜获|再获|丰收)",
                     before)
        return lexicon.indicator(m.group(1) + "产量") if m else ""
    return ref


# the frame of the value before, naming no thing of its own: 是上年的2.3倍, 高于考核目标3.3个百分点, 数量全省第一,
# 占生产总值比重提高1个百分点 (a rank, ratio, difference or share of what the clause before measured); not 总数达89家
# after 新增上市企业27家, a total that the count of new ones does not name
FRAME = re.compile(r"(?:是|为|相当于)(?:上年|去年|上年同期)|(?:高于|低于|快于|慢于|超出)[^，,、；;的]{1,10}|数量|"
                   r"占(?:全市|全省|全区|全国)?(?:地区)?(?:生产总值|GDP|规上工业|一般公共预算支出|财政支出)?(?:的)?(?:比重|比例)"
                   r"|占(?:全市|全省|全区|全国)(?:总量|总数)?(?:的)?")    # PCT国际专利申请量超过1万件，占全国48.1%
MARK_VERB = r"(?:首次|率先|一举)?(?:突破|跨越|跨过|迈过|越过|超过|迈上|跨上|站上|登上)[ \u3000]?" \
            r"(?:[\d.]+(?:万亿|亿|万|千|百)?|[十百千万]+亿?)[^\d，,、；;]{0,4}?" \
            r"(?:大关|台阶|关口)?"
PASSED_MARK = re.compile(MARK_VERB + r"[、，,]?(?:全年|全市|全省|全区)?(?:达到|达|为|增至|实现)[ \u3000]?$")
PASSED_BEFORE = re.compile(MARK_VERB + r"[，,]$")
REACHED = re.compile(r"(?:全年|全市|全省|全区)?(?:达到|达|为|增至|实现)[ \u3000]?")
# round 15 (api/extract/mentions.py `mark_then_value`): the mark passed before a value is no fact; the value is the thing's
BARE = re.compile(r"(?:同比|比上年|较上年|比去年)?(?:增长|增加|下降|减少|多增|少增|多减|增幅|降幅|减幅)")
# a label that is only the word of a change names no thing of its own
# 提前一年半实现66157名…脱贫, 连续24个月保持20%以上增长: how early or how long, no thing of its own (round 18)
AHEAD_OR_STREAK = re.compile(r"(?:比(?:原)?计划)?(?:提前|连续)[一二两三四五六七八九十半\d.]+(?:年半?|个半?月|个季度|季度|天|周)"
                             r"(?:实现|完成|保持|稳定|均|都)*")
RATE_OF_IT = re.compile(r"增速|增幅|增速和增幅")     # 完成地区生产总值210.73亿元，增长7.1%，增幅居全省第二位
STARTING = re.compile(r"[由从](?:原)?(?:(?:19|20)\d{2}年(?:底|末)?的?)?(?:每人每月|每人每年|每月|每年)?\s*$")
# 财政支出由274亿元增加到675.1亿元: a starting level, no noun after it
ACTS = re.compile(r"(?:着力|还要|要)?(?:办好|新开业和新批筹|批筹)$")    # 省政府还要着力办好10件实事: 实事 follows
YEAR = re.compile(r"(?:19|20)\d{2}年")


def named_before(text: str, lexicon: Lexicon, c_lo: int, share: bool) -> tuple[str, str, int] | None:
    """A value whose own words name nothing (达到1608亿元) measures what the clause just before it in the sentence
    named, when that clause holds no number of its own (a year aside): 社会消费品零售总额实现翻番，达到1608亿元; a
    rate, the share that clause ends with. The indicator, the clause's label and its start; else None."""
    s_lo = sentence_start(text, 0, c_lo)
    prev = clauses(text, s_lo, c_lo)
    if not prev:
        return None
    lo, hi = prev[-1]
    words = text[lo:hi]
    if re.search(r"[0-9０-９]", YEAR.sub("", words)):
        return None
    indicator, _, i_hi = lexicon.indicator_span(words)
    if indicator and not re.search(r"占|比重|比例", words[i_hi:]):
        return indicator, label_of(words[:i_hi]), lo
    # 2007年中原城市群九市生产总值占全省的比重，由2002年的53.9%上升到57%: the share the clause names
    label = YEAR.sub("", label_of(words, strict=True), count=1)
    if share and re.search(r"(?:比重|比例|占比)$", label):
        return proposed_key(label), label, lo
    return None


ECONOMY = re.compile(r"(?:^|[^\u4e00-\u9fff]|我国|全国|全市|全省|全区|我市|我省|本市|国民|今年|明年|时期|期间)经济"
                     r"(?:[^，,；;。]{0,6}?)(?:增长|增速|总量)")


def one(lexicon: Lexicon, item: str, context: str, place: str, quote_lo: int) -> tuple[str, str, str, int]:
    """A listed item names its own indicator, or shares the list's (对日本、韩国、俄罗斯进出口)."""
    item = NUMBERING.sub("", item)
    label = without_time(NUMBERING.sub("", label_of(item)))
    indicator = lexicon.indicator(item) or (lexicon.indicator(context) if item != context and "、" in context
                                            and (SHARE_OF_IT.fullmatch(label) or not own_numbers(context, item))
                                            else "")
    ref, _, hi = lexicon.indicator_span(item)
    if ref == indicator and ref and HEAD_AFTER.match(item, hi):
        indicator = ""                     # 万元地区生产总值平均耗水量: the name is the head noun's modifier
    if not indicator and ECONOMY.search(item):
        indicator = "indicator/gdp"        # 经济增长预期目标为7%左右, 我国经济总量超过90万亿元: the economy's output
    if not indicator:
        indicator = proposed_key(label)
    about = lexicon.about(item, "") or lexicon.about(context, place)
    return indicator, about, label, quote_lo


# a list's own numbering (1、改造城市供水设施35处; 八是建成社会足球场68个) or another value (完成153项509条改革措施)
# opening the words: no part of the thing measured
NUMBERING = re.compile(r"^\s*(?:(?:\d{1,2}|[一二三四五六七八九]|十[一二三四五六七八九]?)、(?![0-9０-９一二三四五六七八九十])|"
                       r"(?:[一二三四五六七八九]|十[一二三四五六七八九]?)是"
                       r"(?=[\u4e00-\u9fff])|[0-9０-９]+(?:\.[0-9]+)?[万亿]?[个项条家所座处台套户批名件](?!及|以[上下内]|左右|多|余|月)(?=[\u4e00-\u9fff]{2}))+")


SHARE_OF_IT = re.compile(r"占比|比重|比例|(?:占|居|位居|位列|排名?|增速|增幅|高于|低于|快于|慢于|超过|超出|同口径|较|比)"
                         r"[^，,、]*")
# 创建省级优质高中52所、占比62%, 龙头企业达188家、居全省首位, 生产总值增长3.8%、高于全省0.9个百分点: a share, rank or
# difference of the item before, no thing of its own
HEAD_AFTER = re.compile(r"(?:平均|综合)?(?:能耗|耗能|耗水量?|用水量|水耗|电耗|耗电量|煤耗)")


def own_numbers(context: str, item: str) -> bool:
    """The words before a listed item hold a number (a year aside): the items are values of their own
    (新增国家级创新平台1家、省级创新平台17家、院士工作站2家), not names sharing one indicator (对日本、韩国进出口)."""
    at = context.rfind(item.strip())
    return bool(re.search(r"[0-9０-９]", re.sub(r"(?:19|20)\d{2}年", "", context[:at] if at >= 0 else context)))


GENERIC_INVESTMENT = re.compile(r"(?:协议|合同|签约)?(?:总|年度|当年|计划|年度计划)?(?:投资|投入)(?:资金|额)?")
PROJECT_VERBS = re.compile(r"实施|推进|安排|参加|引进|签约|谋划|完成|累计|共计|包括|其中|全年|当年|今年")


def invested_in(text: str, s_lo: int, hi: int, fact: tuple[str, str, str, int]) -> tuple[str, str, str, int]:
    """投资 of a set of projects the sentence named before: the label carries what was invested in
    (实施亿元以上技改项目1000项、完成投资6600亿元 → 亿元以上技改项目投资; 援藏项目935个，完成投资34.9亿元 → 援藏项目投资)."""
    indicator, about, label, quote_lo = fact
    if not indicator.startswith("indicator/proposed-") or not GENERIC_INVESTMENT.fullmatch(label):
        return fact
    before = text[s_lo:hi]
    at = before.rfind("项目")
    if at < 0:
        return fact
    # a class threshold inside the name (固定资产投资5000万元以上重点产业项目) is the name's, not a cut
    words = re.search(r"(?:[\u4e00-\u9fff“”]{0,12}\d+(?:\.\d+)?(?=[万亿千百]?元以上))?[\u4e00-\u9fff“”]{0,16}$",
                      before[:at])
    named = re.sub(r"^[个项家座处批所条]", "", PROJECT_VERBS.split(words.group() if words else "")[-1])
    named = unwrapped(named.lstrip("”").rstrip("“"))     # “三化”改造 keeps its pair (longnan-2021)
    named += "项目" + label
    return proposed_key(named), about, named, quote_lo


RUN_NEXT = re.compile(r"(?:以上|左右)?\s*[、和]\s*[0-9０-９][0-9０-９.]*\s*(?:%|％|个百分点|倍|[万亿]?元)")


def in_turn(text: str, q: Quantity, earlier: list):
    """城镇和农村居民人均可支配收入分别达到48132元、24726元，较2016年增长43.5%、50.2% (jiayuguan-2022): a run of
    values after a base, as many as the run of values just before, is of their subjects in turn (round 25); None
    when the value is in no such run."""
    k = 0
    while k < len(earlier) and re.fullmatch(r"(?:以上|左右)?\s*[、和]\s*", text[earlier[-1 - k].value_end:q.start
                                                                            if k == 0 else earlier[-k].value_start]):
        k += 1
    m, at = 0, q.end
    while (run := RUN_NEXT.match(text, at)):
        m, at = m + 1, run.end()
    n = k + 1 + m
    refs = earlier[:len(earlier) - k][-n:]
    if n < 2 or len(refs) < n or q.unit not in RATE_UNITS and q.unit not in ("元", "美元") \
            or refs[0].value_start < sentence_start(text, 0, q.start) or len({r.subject for r in refs}) < n or any(
            not re.fullmatch(r"(?:以上|左右)?\s*[、和]\s*", text[a.value_end:b.value_start])
            for a, b in zip(refs, refs[1:], strict=False)):
        return None
    return refs[k]
