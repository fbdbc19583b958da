"""What a quantity says, read from the words around it, in the project's SKOS schemes (ontology/schemes.ttl):
comparison (左右 about, 以上 at-least, 超过/逾 more-than, 以内/控制在 at-most, 控制在…左右 at-most-about, 不到 less-than,
2—3家 range), measure (level, growth, change, share, ratio, rank), direction (增长/下降 …), baseline
(previous-year, cumulative-since:2020, level-of:2019, standard), and two notes the schemes have no concept for:
the modality (docs/records.md "Modality, spans of years"; ontology/schemes.ttl id:modality): aspirational
(力争, 争取, 努力: the value's own clause), estimate (预计: the sentence up to the value, across ； as `governing` says) and
preliminary (初步核算, 初步统计), and average-growth (年均增长7%: a rate per year over a span, api/extract/spans.py).
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from api.extract.quantities import Quantity
from api.extract.spans import PLANS

PREFIX_MEANING = {"超过": "more-than", "突破": "more-than", "高于": "more-than", "多于": "more-than", "超": "more-than", "逾": "more-than",
                  "不低于": "at-least", "不少于": "at-least", "不超过": "at-most", "不高于": "at-most",
                  "控制在": "at-most", "控制": "at-most", "不到": "less-than", "不足": "less-than", "不满": "less-than",
                  "低于": "less-than", "少于": "less-than", "近": "about", "接近": "about", "将近": "about",
                  "约": "about", "大约": "about"}
SUFFIX_MEANING = {"以上": "at-least", "左右": "about", "上下": "about", "以内": "at-most", "之内": "at-most",
                  "以下": "at-most"}
INCREASE = ("增长", "增加", "提高", "提升", "上涨", "上升", "涨幅", "增幅", "增速", "扩大", "扩招", "多增", "递增", "增", "涨",
            "增产", "增收", "增盈", "增量", "上调", "调增", "调高")
DECREASE = ("下降", "减少", "降低", "压缩", "压减", "削减", "缩减", "回落", "下跌", "降幅", "减幅", "减排", "节约", "降", "减",
            "减产", "减收", "缩短", "缩小", "下调", "调减", "调低", "调降")
# 农业税税率下调1个百分点 (jiangxi-2004), 基本养老金上调5%: a rate or an amount set higher or lower (round 23h)
# 审批时间缩短三分之一, 差距缩小0.2: a dimension made smaller is a decrease as 压缩 is (round 14)
GAINS = ("增产", "增收", "增盈", "增量", "减产", "减收")
# 增产1.3万吨, 增收1200元, 增盈5亿元, GDP增量超过500亿元: the amount gained, an absolute change (docs/records.md)
CLEARER = re.compile(r"浓度(?:均值|平均值|年均值)?(?:同比|比上年|较上年)?(?:分别)?改善$")
# PM2.5平均浓度改善14%: a concentration improves by going down
AVERAGED = re.compile(r"(?:年均|年平均|平均每年)(?:增长|递增)\d+(?:\.\d+)?%$")
# 年均增长23.7%（同口径增长19.2%）: the bracket restates the average on a like basis
DIRECTION = re.compile("|".join(sorted(INCREASE + DECREASE, key=len, reverse=True)))
GAP_OK = re.compile(r"^(?:[\s了达为约近超过突破不低于不少于控制在同比年均平均分别比上年较上年累计共计合计总计实现均各]|\d{4}年"
                    r"|实际|预期|目标|拟定|保持在|保持|幅度|达到|接近|将近)*$")
PRICES = re.compile(r"(?:居民)?消费价格(?:总水平|指数)?(?:涨幅|上涨)?|物价(?:涨幅|总水平)?|CPI")
GROWTH_NOUN = re.compile(r"(?:经济|广义货币|M2|货币供应量)[^，,；;。]{0,6}增长(?:预期)?(?:目标|预期目标)?")
# not the annual mean a concentration is given as (PM10、PM2.5年均浓度同比下降13.7%、10.2%: a one-year growth)
AVERAGE = re.compile(r"(?:年均|年平均)(?!浓度|值)|平均每年|每年平均")
SHARE_WORDS = re.compile(r"率|比重|比例|占比|占|覆盖|份额|水平|达标|优良|合格|满意度|贡献|指数")
RATIO = re.compile(r"(?:恢复至|恢复到|相当于|为|达到|是)((?:19|20)\d{2})年(?:同期)?(?:水平)?的?$")
BASE_YEAR = re.compile(r"(?:比|较|与|高于|低于|多于|少于)((?:19|20)\d{2})年(?:末|底)?(?:相比)?(累计)?")
ESTIMATE = re.compile(r"预计|初步核算|初步统计|预测")
ASPIRATION = re.compile(r"力争|争取(?!到(?!\d{4}|20|本|今|明|年|“))(?![^，,；;。]{0,24}?(?:资金|债券|国债|投资|补助|补贴|奖补|转移支付|支持|政策))"
                        r"|争创|努力")
# 争取…资金/债券 is obtaining funds (争取地方政府专项债券171亿元), not striving for a value; nor is 争取到 before what was
# obtained (我们争取到国家试点项目28个), while 争取到2020年 is the aim's year
MODALITY = (("preliminary", re.compile(r"初步核算|初步统计")), ("estimate", re.compile(r"预计|初步预测")))
# an aim that heads the clauses after it: 力争/争取 with only its year or time span in its clause (力争到2025年，…)
AIM_HEAD = re.compile(r"(?:力争|争取|努力)(?:用|在|到|至)?(?:\d{4}年|20\d{2}年|今年|明年|全年|年内|年底|本世纪末"
                      r"|“十[一二三四五]五”(?:期间|末期?)?|[一二三四五六七八九十两\d]+年(?:时间|左右)?)"
                      r"(?:底|末|前|内|左右|时间)?(?:前后)?[，,：:]")
BINDING = re.compile(r"确保|预计|力争|争取|努力")
OPENS = re.compile(r"\s*(?:[^，,；;。]{0,20}[：:])?")       # nothing before the aim but a lead ending in ：
NOUN_FIRST = re.compile(r"(?:(?!实现|完成|达到|达|突破|超|新增|增加|增长|提高|提升|下降|降低|减少|控制|保持|稳定|建成|建设|"
                        r"新建|开工|引进|培育|打造|创建|推动|推进|实施|开展|力求|确保|年均|累计|占|分别|其中|均)"
                        r"[^\d，,；;。])*\d")
# a clause that names a thing and then its value, with no verb before the value (旅游总收入460亿元)


@dataclass
class Reading:
    comparison: str = "exactly"
    comparison_written: str = ""
    measure: str = "level"
    direction: str = ""
    direction_written: str = ""
    baseline: str = ""
    notes: tuple[str, ...] = ()
    modality: str = ""
    modality_written: str = ""
    modality_at: int = -1              # offset of the modality's words in the text (set by facts.py)


COMPARATIVES = ("高于", "低于", "超过", "突破", "多于", "少于")
BLANK = re.compile(r"[\s了$]*")
OPENS_A_WORD = re.compile(r"约[束定谈请见]")          # 约束性指标14项: a binding target, not about
ENDS_A_WORD = re.compile(r"(?:技术|重大|关键|核心)突破$")   # 关键技术突破10项以上: breakthroughs, not more than


def written_prefix(q: Quantity, clause: str) -> str:
    """The qualifier word before the value, when it qualifies the value (bench/README.md, "Qualifiers and values by
    stratum (stop 19)"). `clause`: the words of the value's clause up to the value. Not a qualifier: a comparative
    with what it compares written between it and the value (高于全省3.5个百分点, 低于预期目标2个百分点, 超过全市2个
    百分点以上, 突破关键技术10项以上): the value is the gap from the reference, read by its suffix alone (exactly,
    以上, 左右), and docs/records.md does not record such a difference; nor 约 of 约束 or 突破 of 技术突破."""
    word = q.prefix
    if not word or not clause:
        return word
    at = clause.rfind(word)
    if at < 0:
        return word
    gap = clause[at + len(word):]
    if word in COMPARATIVES and not BLANK.fullmatch(gap):
        return ""
    if OPENS_A_WORD.match(clause, at) or ENDS_A_WORD.search(clause[:at + len(word)]):
        return ""
    return word


def comparison(q: Quantity, clause: str = "") -> tuple[str, str]:
    if q.is_range:
        return "range", ""
    prefix = written_prefix(q, clause)
    pre = PREFIX_MEANING.get(prefix, "")
    post = SUFFIX_MEANING.get(q.suffix, "")
    if pre == "at-most" and post == "about":
        return "at-most-about", f"{prefix}…{q.suffix}"
    if pre and post:
        return pre, f"{prefix}…{q.suffix}"
    if pre:
        return pre, prefix
    if post:
        return post, q.suffix
    if q.approx:
        return "more-than", q.approx       # 100多家, 3000余家: more than the round number
    if q.lead == "上":
        return "at-least", "上"           # 上百亿
    return "exactly", ""


YEAR_GAP = re.compile(r"(?P<w>高于|多于|快于|低于|少于|慢于)(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期|末|底)?(?:水平)?\s*了?\s*$"
                      r"|比(?:上年|去年|上一年|(?:19|20)\d{2}年)(?:同期|末|底)?(?P<v>高|多|快|低|少|慢)了?\s*$")
# 开复工率97%，高于上年25个百分点 (dandong-2020), 增速比上年快2个百分点: the difference from an earlier year is a
# change up or down (round 23h); 高于全省3.5个百分点 is a gap from another place, no direction


def direction_before(segment: str) -> tuple[str, str]:
    """The direction word that governs the value at the end of `segment` (nothing but qualifiers between)."""
    if m := YEAR_GAP.search(segment):
        word = m.group("w") or m.group("v")
        return ("increase" if word[0] in "高多快" else "decrease"), word
    for m in reversed(list(DIRECTION.finditer(segment))):
        gap = segment[m.end():]
        word = m.group()
        than = re.search(r"(?:^|[\s分别均])([高多快低少慢])了?\s*$", gap) if word in ("增速", "增幅", "涨幅", "降幅") else None
        if re.match(r"\s*[至到]", gap) or len(gap) > 10 or not GAP_OK.match(gap[:than.start(1)] if than else gap) or re.match(
                r"\s*为", gap) and word not in ("涨幅", "增幅", "增速", "降幅"):
            continue                   # 下降为13.56‰, 提高到65%: the level reached (增速为8% is the growth)
        if than:                       # round 25b: 增速分别低0.8和3.7个百分点: the comparative says which way, not 增速
            return ("increase" if than.group(1) in "高多快" else "decrease"), than.group(1)
        return ("increase" if word in INCREASE else "decrease"), word
    return "", ""


GROWTH_AFTER = re.compile(r"(?:实现|保持|达到|确保|有|取得)$")
GROWTH_NAMED = re.compile(r"^的?(增长|下降|增幅|降幅|提升|提高|减少|降低)")
# 分别实现30%以上的增长 (zhaotong-2014), 保持8%左右的增长: a rate named after it by the noun of a growth (round 23h)


def read(q: Quantity, segment: str, sentence_before: str, clause: tuple[int, str] = (0, ""),
         since_stop: tuple[int, str] = (0, ""), since_semicolon: tuple[int, str] | None = None,
         following: str = "") -> Reading:
    """segment: the words from the start of the value's clause (or the previous value) to the value;
    clause and since_stop: (offset, words) from the clause's start and from the last full stop to the value;
    following: the words of the clause after the value and its suffix qualifier."""
    r = Reading()
    r.comparison, r.comparison_written = comparison(q, clause[1])
    direction, written = direction_before(segment)
    if not direction and q.unit in ("%", "％") and GROWTH_AFTER.search(clause[1].rstrip()) and (
            m := GROWTH_NAMED.match(following)):
        direction, written = ("increase" if m.group(1) in INCREASE else "decrease"), m.group(1)
    if not direction and CLEARER.search(segment):
        direction, written = "decrease", "改善"
    unit = q.unit
    ratio = RATIO.search(segment)
    percent = unit in ("%", "％", "‰", "百分之", "成", "分之", "/") or q.share   # 百分之六十, 超七成, 近1/3, 5.2∶41∶53.8
    if percent and not direction and not re.search(r"率|比重", segment[-8:]) and (
            PRICES.search(segment[-14:]) or GROWTH_NOUN.search(segment)):
        direction, written = "increase", ""    # 居民消费价格涨幅控制在3%, 经济增长预期目标为7%: a growth rate
        if m := re.search(r"上涨|涨幅|增长", segment):
            written = m.group()
    if q.rank or unit in ("位", "名") and re.search(r"居|位居|位列|排名|排在|分列|名列|排位", sentence_before[-24:]):
        r.measure = "rank"
    elif unit in ("个百分点", "百分点"):
        r.measure = "change"
    elif percent:
        if ratio and not direction:
            r.measure, r.baseline = "ratio", f"level-of:{ratio.group(1)}"
        elif direction:
            r.measure = "average-growth" if AVERAGE.search(segment) or re.match(r"[（(]", segment) and AVERAGED.search(
                sentence_before[:len(sentence_before) - len(segment)]) else "growth"
        else:
            r.measure = "share"
    elif unit == "番":              # 比2010年翻一番: a level 2^N times its base's (round 20), whatever verb is near
        r.measure, r.baseline = "ratio", doubled_from(segment)
    elif unit == "倍":
        r.measure = "growth" if direction else "ratio"
    elif direction == "decrease" and written not in ("节约",) or direction and re.search(
            r"比上年|较上年|同比|比(?:19|20)\d{2}年|较(?:19|20)\d{2}年|[比较](?=增|减|降)", segment) or direction and YEAR_GAP.search(segment) \
            or direction and written in (
            "增加", "提高") and re.search(r"(?:增加|提高)$", segment) or written in GAINS:
        r.measure = "change"          # 减少3万吨, 比上年增加1.1万亿元, 森林蓄积量增加6亿立方米: an absolute change
        # (比增35.6亿元, ningde-2025: 比 alone before the verb is 比上年's short form)
    if r.measure in ("growth", "change", "average-growth"):
        r.direction, r.direction_written = direction, written
        base = BASE_YEAR.search(segment)
        if "定额标准" in segment or "标准" in segment[-8:]:
            r.baseline = "standard"
        elif base:
            r.baseline = f"cumulative-since:{base.group(1)}"
        elif r.measure != "average-growth":
            r.baseline = "previous-year"
    notes = []
    if estimate := ESTIMATE.search(sentence_before):
        notes.append(f"{estimate.group()} (estimated at the time of the report)")
    if aspiration := ASPIRATION.search(sentence_before):
        notes.append(f"{aspiration.group()} (aspirational)")
    r.notes = tuple(notes)
    modality(r, clause, since_stop, since_semicolon or since_stop)
    return r


DOUBLED_FROM = re.compile(r"(?:比|较|与|在)(?:((?:19|20)\d{2})年|[“\"]?(十[一二三四]?五|九五)[”\"]?(?:期)?末)(?:的?基础上|相比)?"
                          r"(?P<gap>[^，,；;。\d]*)$")
PREVIOUS = re.compile(r"比上年|较上年|比去年|同比")


def doubled_from(segment: str) -> str:
    """The base of a doubling: the year written (比2010年翻一番: level-of:2010) or the last year of a plan (较“十三五”末
    翻番: level-of:2020), the previous year (同比翻番); else none is written."""
    if m := DOUBLED_FROM.search(segment):
        return f"level-of:{m.group(1) or PLANS[m.group(2)] + 4}"
    return "previous-year" if PREVIOUS.search(segment) else ""


def modality(r: Reading, clause: tuple[int, str], since_stop: tuple[int, str],
             since_semicolon: tuple[int, str]) -> None:
    """力争/争取/努力 govern their own clause and the next one when it only goes on with it (CONTINUES); an aim with
    only its year in its clause (力争到2025年，: AIM_HEAD) and 力争/争取 opening the sentence (then only through clauses
    that name a thing and its value, NOUN_FIRST) govern the clauses after them up to ； or a binding word (round 7,
    stop 20); 初步核算 (the accounting of GDP) the words up to the value since the
    last ；; 预计 the sentence up to the value, across ； (预计…增长11%；公共财政收入…增长13.3%) as far as `governing`
    lets it reach."""
    at, words = clause
    if m := ASPIRATION.search(words):
        r.modality, r.modality_written, r.modality_at = "aspirational", m.group(), at + m.start()
        return
    s_at, sentence = since_semicolon
    before = sentence[:at - s_at].rstrip("，, ")
    prev = re.split(r"[，,]", before)[-1]
    heads = list(AIM_HEAD.finditer(sentence[:at - s_at])) if s_at <= at else []
    if heads and not BINDING.search(sentence[heads[-1].end():at - s_at] + words):
        # 力争到2025年，全市生产总值超1400亿元、…，人均生产总值达9.2万元: the aim's year heads the list after it
        m = heads[-1]
        r.modality, r.modality_written, r.modality_at = "aspirational", m.group()[:2], s_at + m.start()
        return
    if s_at <= at and (m := ASPIRATION.search(sentence)) and m.group() != "努力" and m.start() < at - s_at and OPENS.fullmatch(
            sentence[:m.start()]) and not BINDING.search(sentence[m.end():at - s_at] + words) and all(
            NOUN_FIRST.match(c) for c in re.split(r"[，,]", sentence[m.end():at - s_at] + words + "0")[1:]):
        # 力争全年接待旅游人数7000万人次、增长16%，旅游总收入460亿元、增长18%: an aim opening its sentence goes on
        # through the clauses that only name the next thing and its value (no verb of their own before the value)
        r.modality, r.modality_written, r.modality_at = "aspirational", m.group(), s_at + m.start()
        return
    if s_at <= at and (m := list_head(sentence[:at - s_at] + words)):
        # 实施更加积极的就业政策，力争新增城镇就业6.5万人，创业带动就业1.7万人，转移…8000人: 力争 opening a clause
        # after words with no number heads the comma list of values after it (round 12, stop 21)
        r.modality, r.modality_written, r.modality_at = "aspirational", m.group(), s_at + m.start()
        return
    if CONTINUES.match(words) and s_at <= at and (m := ASPIRATION.search(prev)):
        # 力争技术改造投入170亿元，比上年增长20%以上; 力争…达到60亿元，其中…: the clause goes on with the aim before it
        r.modality, r.modality_written = "aspirational", m.group()
        r.modality_at = s_at + len(before) - len(prev) + m.start()
        return
    if s_at <= at and GOES_ON.fullmatch(words) and (aims := [m for m in ASPIRATION.finditer(sentence[:at - s_at])
                                                        if m.group() == "力争"]):
        # 力争人均国内生产总值翻一番，超过23000元，按现行汇率折算，达到2800美元: a clause with no subject of its own
        # goes on with 力争's statement (争取 also names obtaining: 抓争取, 争取专项债), through clauses that only go on with it or hold no number
        m = aims[-1]
        between = re.split(r"[，,]", sentence[m.end():at - s_at])[1:-1]
        if not BINDING.search(sentence[m.end():at - s_at]) and all(
                GOES_ON_VALUE.match(c) or not re.search(r"\d", c) for c in between):
            r.modality, r.modality_written, r.modality_at = "aspirational", m.group(), s_at + m.start()
            return
    for name, pattern in MODALITY:
        at, words = since_semicolon if name == "preliminary" else since_stop
        if m := governing(pattern, words):
            r.modality, r.modality_written, r.modality_at = name, m.group(), at + m.start()
            return
        if name == "preliminary" and (m := PRELIMINARY_OPENS.match(since_stop[1])):
            # 经初步核算，全市生产总值…；财政收入…: the accounting opening its sentence covers its ；-list (round 12)
            r.modality, r.modality_written, r.modality_at = name, m.group(1), since_stop[0] + m.start(1)
            return


def list_head(upto: str) -> re.Match[str] | None:
    """力争 opening a clause of a value, with no number before it in its ；-part, whose list of values reaches the value
    at the end of `upto`: each comma clause after it opens on its verb (VERB_FIRST) or, when 力争 opens the sentence,
    names a thing and its value (NOUN_FIRST, round 7); none holds a binding word nor a ceiling kept (控制在, 保持在). A clause with a subject and verb of its
    own (力争地区生产总值增长7%，规上工业增加值增长8%: round 6; TEST6) is not reached."""
    m = re.search(r"(?:^|(?<=[，,：:]))\s*(力争)(?!到|至|用|在)", upto)
    if m is None or QUANTITY.search(upto[:m.start()]) or BINDING.search(upto[:m.start()]):
        return None
    clauses = re.split(r"[，,]", upto[m.end():] + "0")
    if len(clauses) < 2 or BINDING.search(upto[m.end():]) or re.search(r"控制在|保持在|稳定在", upto[m.end():]):
        return None
    opens = OPENS.fullmatch(upto[:m.start()]) is not None        # after a lead of its own, only verb-first clauses
    return m if re.search(r"\d", clauses[0]) and all(
        VERB_FIRST.match(c) and re.search(r"\d", c) or opens and NOUN_FIRST.match(c) for c in clauses[1:]) else None


# a clause with no subject of its own, opening on its verb (转移农村富余劳动力8000人, 新增发明专利400件): it goes on
# with the aim; one with its own subject and verb (规上工业增加值增长8%, 旅游收入突破260亿元) states its own target
VERB_FIRST = re.compile(r"\s*(?:全年|年内|今年|再)?(?:新增|新建|新开工|新引进|完成|实现|引进|转移|培育|培训|建成|建设|开工|改造|"
                        r"打造|创建|争创|带动|创业带动|安置|招引|签约|认定|评选|组建|申请|发展|推动|减少|解决|落地|投产)")


PRELIMINARY_OPENS = re.compile(r"\s*(?:[^，,；;。\d]{0,12}[，,：:])?(?:经|据|根据)?(初步核算|初步统计)(?:结果)?(?:显示|表明)?[，,：:]")
GOES_ON_VERB = r"\s*(?:超过|达到|达|突破|超|实现|提高到|提高至|提升到|提升至|增加到|增加至)?\s*"
GOES_ON = re.compile(GOES_ON_VERB)
GOES_ON_VALUE = re.compile(GOES_ON_VERB + r"\d")
# 超过23000元 after 力争人均国内生产总值翻一番: a clause of a verb and its value, the subject being the aim's
# a clause that only goes on with the statement before it: its growth over the year, a part of its total, its share,
# the growths of the values it lists (…旅游综合收入达到75亿元，分别实现30%以上的增长, zhaotong-2014)
CONTINUES = re.compile(r"\s*(?:分别|比上年|较上年|比去年|同比|比(?:19|20)\d{2}年|较(?:19|20)\d{2}年|其中|占)")


def governing(pattern: re.Pattern[str], words: str) -> re.Match[str] | None:
    """The nearest modal word of `words` (a sentence up to the value) whose reach includes the value. Its reach is
    the rest of its clause and the clauses after it; across ； only when no verb of its own starts a later clause
    (own_verb) and when the modal word opens what its own ；-clause states: after a quantity of that clause
    (将新建1000万吨炼油…，预计新增产值1500亿元；恒力年产260万吨聚酯…) it governs only the rest of that clause."""
    for m in reversed(list(pattern.finditer(words))):
        after = words[m.end():]
        if own_verb(after):
            continue
        if re.search(r"[；;]", after) and QUANTITY.search(re.split(r"[；;]", words[:m.start()])[-1]):
            continue
        return m
    return None


QUANTITY = re.compile(r"(?<![A-Za-z\d.．])\d+(?:\.\d+)?(?![\d.．]|\s*[年月日号届A-Za-z])")
# a number before the modal word that is not a date (2021年是…之年，预计…) nor part of a name (5G, PM2.5)
OWN_VERB = re.compile(r"^\s*(?:全市|全省|全区|全国|全年|共|累计)?(?:完成|实现|达到|新增|引进|接待)")
# 实际利用外资 is the indicator's name, not a verb (预计…；外贸进出口总额增长10%以上；实际利用外资增长15%)


def own_verb(after: str) -> bool:
    """预计实现地区生产总值2569亿元…；完成全社会固定资产投资1469亿元: a clause after ； with a verb of its own
    starts a new statement that 预计 no longer governs (without one, 预计…；一般公共预算收入增长7% it does)."""
    return any(OWN_VERB.match(part) for part in re.split(r"[；;]", after)[1:])
