"""Counts that only size, class or name the subject of another statement (docs/records.md, "Not recorded"), rounds 8
and 9 of stop 20 (bench/README.md "Round 8: found, counts", "Round 9: found"); api/extract/classes.py holds the
earlier rounds.

- `statement_population`, `task_package`, `names_counted`, `anniversary` (round 8, `counted_elsewhere`): a count that
  sizes the subject of another statement in its clause (61家…企业增长21.3%), a package of tasks named by its size
  (安排了九项重点工作), a count repeating the names before it without 等 (建材、…、生物4个产业), an anniversary
  (设卫建城600年为契机); 好于/优于 join `place_difference`.

- round 9 (`quantities.scoped_or_named`): `measure_class` (30万千瓦以上机组, 超过1000吨标煤的项目), `settlement_class`
  (25户以上自然村), `each_over` (所辖县均超千亿元), `threshold_crossed` (突破10亿美元大关，达到…), `benefit_scope` (惠及21个
  镇街…76万多名群众), `names_follow` (五个商贸区（A、B、C、D、E）), `epithet` (3300万重庆人民), `in_range_of` (3公里范围内).

`no_statement` is what `quantities.scan` asks: `classes.term_named`, `list_announced`, `refers_back`,
`household_rule`, `place_difference`, or `counted_elsewhere` here; `quantities.scoped_or_named` asks round 9's.
"""
from __future__ import annotations

import re

from api.extract.classes import (
    CLASSED,
    COUNTS,
    MEASURE_UNITS,
    clause_lead,
    household_rule,
    list_announced,
    place_difference,
    refers_back,
    term_named,
)
from api.extract.mentions import mentioned
from api.extract.populations import member_mark, population
from api.extract.units import RATE_UNITS

# Round 8 (stop 20, DEV4; bench/README.md "Round 8: found, counts (stop 20)")
DOING = (r"(?:建成|新建|建设|完成|实施|改造|新增|推动|推进|促进|确保|实现|开展|创建|治理|整治|打造|培育|争创|覆盖|惠及|"
         r"带动|支持|组织|引导|指导|帮助|引进|引育|招引|认定|评选|获批|获评|入选|选树|命名|关停|淘汰|退出|搬迁|发放|举办|办理)")
SUBJECT_UNITS = frozenset({"个", "家", "所", "条", "座", "处", "件", "户", "项"})
SUBJECT_CHAIN = re.compile(r"[^，。；：,;:\n\d]{1,14}?[、和及与]" + DOING + r"?(?:\d+|[两三四五六七八九十]+)(?:个|家|所|条|座|处|件|户|项)")
SUBJECT_PREDICATE = re.compile(
    r"(?P<np>[^，。；：,;:\n\d、](?:[^，。；：,;:\n\d、]|、(?![\d一二两三四五六七八九十])){0,19}?)(?:"
    r"(?P<rate>(?:分别|共|合计)?(?:增长|下降|增加|减少|提高|占[^，。；：,;:\n\d]{0,18}?)(?:达到|达|超过|为|在)?\d+(?:\.\d+)?[%％])"
    r"|(?P<effect>(?:建设|发展)?(?:成效|成果)(?:显著|明显|突出)|取得(?:了)?(?:新|明显|显著|积极|良好|阶段性)?(?:的)?成效)"
    r"|(?P<eval>(?:建设|工作|改革)?(?:正在|均|全部|都)?(?:进展顺利|进展良好|运行良好|运转良好|正常运转|稳定达标)"
    r"|(?:进一步|明显|显著|大幅|迅速|稳步|持续|不断|大大)(?:提高|提升|增强|改善|加强|优化)(?=[，。；,;\n]|$))"
    r"|(?:全部|均|全面|已)?(?:向社会|向公众)?免费开放"
    r"|(?:全部|均|全面|已)?实现[^，。；：,;:\n\d]{0,12}?全覆盖)")
EFFECT_LEAD = re.compile(DOING + r"(?:(?:\d+|[两三四五六七八九十]+)(?:个|家|所|条|座|处|件|户|项)[^，。；：,;:\n\d]{1,14}?[和及与、]" + DOING
                         + r")?")
# the clause opens with the programme's verb (建设40个…和培育40个…取得新成效): the whole clause up to the effect is its subject
CARE_AFTER = re.compile(r"[^，。；：,;:\n\d]{1,20}?的(?:力度|支持|扶持|倾斜|指导)")


def statement_population(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A count that only sizes the subject of another statement in its clause (docs/records.md; round 8): the things
    counted then their growth or share (61家“一企一策”企业增长21.3%, 7个重点工业园区占全省工业增加值的比重超过50%), an
    evaluation (22个省级特色示范城镇建设成效显著; round 18: 28项自治区级改革试点进展顺利, 5个国控断面稳定达标, 7个
    国省考断面水质明显改善; not 200余个…项目有序推进, a count of things pushed forward in curated dalian-2023, nor
    …扎实推进, 全面铺开) or a state they are all in (4个公共图书馆、126个文化馆（站）…全部向
    社会免费开放), or the things a policy is stepped up for (加大对3个国家级开发区简政放权的力度): the population of that
    statement. A count of things done, built or added (新建22个示范城镇, 400件建议…全部按时办结) stays a count."""
    if unit not in SUBJECT_UNITS:
        return False
    lead = clause_lead(text, lo, start, "，。；：,;:\n")
    if re.search(r"(?:加大|加强|强化|加快|提高)?对$", lead):
        return CARE_AFTER.match(text, end) is not None
    rest = end
    while chained := SUBJECT_CHAIN.match(text, rest):
        rest = chained.end()
    after = SUBJECT_PREDICATE.match(text, rest)
    if after is None or re.search(DOING, after.group("np")) and after.group("effect") is None \
            or after.group("rate") and "、" in after.group("np"):
        return False      # 五年跨越四个万亿元台阶、年均增长5.5% (jiangsu): a 、 there ends the count's own phrase
    if re.search(DOING, lead) and not (after.group("effect") and EFFECT_LEAD.fullmatch(lead)):
        return False      # round 22c: 建设40个省级工业园区和培育40个工业强县取得新成效 (yunnan-2009): a programme's effect
    if after.group("eval") is None:
        return True
    # round 18's evaluations: not 有7项进展顺利 (a part of the set before), 六件惠民实事进展顺利 (实事 are counted),
    # 新组建的七个…集团 or 专项资金扶持的32个项目 (things set up or supported, as DOING's 支持), nor
    # 320万户农民住房条件得到明显改善 (the households reached are counted)
    return not re.fullmatch(r"(?:正在|均|全部|都|已|仍|还|也)+", after.group("np")) \
        and not re.search(r"(?:有|其中|其余|另有|尚有|还有)[ \u3000]?$|扶持|组建|成立|设立", lead) \
        and "实事" not in after.group("np") and not re.search(r"(?:得到|获得|得以)$", after.group("np"))


PLANNED = re.compile(r"(?:安排|部署|细化|明确|确定)")
PACKAGE_AFTER = re.compile(r"(?!区|市|省)(?:(?!镇|乡|村|县|地区|园区|领域|行业|企业|项目|部门|单位|学校|医院)"
                           r"[^，。；：,;:\n\d、]){0,10}?(?:重点工作|工作|任务|专项行动|行动|工程|举措|措施)"
                           r"(?=[，。；、：,;:\n]|$)")


def task_package(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A package of tasks named by its size, as a meeting or a plan sets it out (安排了九项重点工作, 细化落实乡村建设二十项
    任务, 部署了六个工程、七项任务): a name, not a quantity (docs/records.md; round 8). What the government says it
    carries out stays a count (实施8个专项行动, 落实为基层减负12项举措, 推进12个专项行动: curated dalian-2022/2023;
    提出并着手推进了19项重点工作: stop 18), and so do 实事 (民心工程, 惠民行动), things completed or built (完成437个…
    消薄任务, 建成15项重点工程) and measures issued (制定并实施了…12项政策措施)."""
    after = PACKAGE_AFTER.match(text, end)
    if unit not in ("项", "个", "大") or after is None or re.search(r"实事|民心|惠民|民生", after.group()):
        return False
    n = small_count(text[start:end])
    if n is None or n > 20:
        return False
    lead = clause_lead(text, lo, start)
    return PLANNED.search(lead) is not None and not re.search(r"建成|新建|完成|建设了|实事|出台|制定|印发", lead)


NUMERALS = {"一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}


def small_count(written: str) -> int | None:
    """The whole number a count is written with (12个, 二十项; not 1万多个), or None."""
    m = re.fullmatch(r"(?:(\d+)|([一二两三四五六七八九十]{1,3}))\s?[\u4e00-\u9fff]{1,2}", written)
    if m is None:
        return None
    if m.group(1):
        return int(m.group(1))
    w = m.group(2)
    if "十" not in w:
        return NUMERALS[w] if len(w) == 1 else None
    tens, _, ones = w.partition("十")
    return NUMERALS.get(tens, 1 if not tens else 0) * 10 + (NUMERALS.get(ones, 0) if ones else 0)


def names_counted(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A count right after the names it counts, joined by 、 (建材、造纸与木材加工、电子信息、生物4个产业; the last two may
    be joined by 和/与/及), with no 等: it repeats the list (round 8; 等 is `listed_before_etc`). Names with numbers
    of their own, a count unequal to the names (省、市一级幼儿园31所) and a count that a qualifier follows stay."""
    if unit not in COUNTS | {"项", "种", "类"} or not re.match(r"[\u4e00-\u9fff“]", text[end:end + 1]):
        return False
    if re.match(r"[以左上多余]", text[end:end + 1]):
        return False
    n = small_count(text[start:end])
    lead = clause_lead(text, lo, start)
    if n is None or not 3 <= n <= 12 or not re.search(r"[\u4e00-\u9fff”]$", lead) or re.search(r"[\d等]", lead):
        return False
    items = lead.split("、")
    if any(not 0 < len(i) <= 8 for i in items[1:]):
        return False
    last = re.split(r"[和与及]", items[-1])
    return len(items) >= 2 and (n == len(items) or len(last) == 2 and all(last) and n == len(items) + 1)


ANNIVERSARY = re.compile(r"(?:建都|定都|建城|建市|建县|建州|建区|设市|设县|设区|设卫|建党|建国|建军|建校|成立|诞辰|开埠|解放|建制|开发开放|"
                         r"开放)[ \u3000]?$")
ANNIVERSARY_AFTER = re.compile(r"(?:周年)?(?:为契机|之际|华诞|庆典|大庆|纪念|的?(?:庆祝|纪念|系列)活动"
                               r"|[、和及][^，。；：,;:\n\d]{0,24}?等?(?:系列|重大|重要|大型)?(?:活动|庆典|节会|赛事))")
# round 22c: an anniversary listed among events held (办好冰雪节、金上京建都900年、“…之夏”等系列活动, haerbin-2015)


def anniversary(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The years of an anniversary (以天津设卫建城600年为契机, 建市40周年之际): a date named, not a length stated
    (round 8). A length with no anniversary word after it (成立3年来, 建成5年) stays."""
    return unit in ("年", "周年") and ANNIVERSARY.search(text, max(lo, start - 6), start) is not None \
        and ANNIVERSARY_AFTER.match(text, end) is not None


# Round 11 (stop 21, DEV15 and recall-stop21-dev2; bench/README.md "Round 11: found, kind, period and recall")
AMONG_BEFORE = re.compile(r"在(?:全国|全省|全市|全区|全州|省内|国内|全球|世界)?(?:的|参评的|参与排名的)?[ \u3000]?$"
                          r"|在(?P<scope>[^，。；、：,;:\n\d在]{1,16}?)(?:的|参评的|参与排名的)?[ \u3000]?$"
                          r"|(?:是|成为)(?:全国|全省|全市|全区|全州|省内|国内|全球|世界)?[ \u3000]?$")
# round 18: 在西部20个国家创新型城市中排第4位, 在长三角27个城市中, 在“…排行榜”全国335个城市中: a region or a list named;
# the set a place is the only or the first one of (成为全国30个少数民族自治州中唯一…, 在22个综试区中率先开区运营)
AMONG_AFTER = re.compile(r"[^，。；、：,;:\n\d]{0,16}?(?:(?<![集空其])中|之中|当中)[ \u3000]?(?:的)?(?:综合)?(?:排名|排|[稳跃]?居|列|位居|位列|名列|"
                         r"处于|保持|跻身|进入|唯一|率先|首个|第一个|首家)")
INTRO_BEFORE = re.compile(r"(?:以下|如下|这样)(?:(?:\d+|[一二两三四五六七八九十]+)(?:个|项|条|大)?[^，。；、：\d]{0,4}[、和])?[ \u3000]?$")
PER_MEMBER = re.compile(r"(?:每个|每一个|每|各)[^，。；、：,;:\n\d]{0,8}?(?:都|均|至少)?(?:建有|建成|建设|建|设立|设有|配备|配建|"
                        r"打造|培育|有)(?:至少)?[ \u3000]?$"
                        r"|(?:\d+|[两三四五六七八九十百]+)(?:个|家|所)[^，。；、：,;:\n\d]{1,8}?(?:建有|建成|建设|配备|配建)(?:至少)?$")


def ranked_among(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The size of the group a rank is taken in (在全国26个省会城市中居于前列, 在全国339个地市中列第16位, 在全省16个市中
    排名第3): who is ranked, not a count of the place (docs/records.md: the places a statement is over)."""
    among = AMONG_BEFORE.search(clause_lead(text, lo, start))
    if unit not in SUBJECT_UNITS or among is None \
            or among.group("scope") and not among.group().rstrip(" \u3000").endswith("的") \
            and re.search(DOING[:-1] + r"|抓|做|办|建|推)", among.group("scope")):     # 在同期获批的7个城市中
        return False
    return AMONG_AFTER.match(text, end) is not None


def list_introduced(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """A count after 以下/如下 (着力抓好以下6个方面、26项工作): it announces the items that follow, a list-count; round
    22c: also after 这样 (重点把握这样五条：, hainan-2013; 作出这样三个判断：): principles or judgements named by their number."""
    return unit in SUBJECT_UNITS | {"大", "方面"} and INTRO_BEFORE.search(clause_lead(text, lo, start)) is not None \
        and not re.match(r"[^，。；：,;:\n]{0,16}?实事", text[end:end + 20])     # 办好以下八件实事: a count


MEMBER_TASKS = re.compile(r"(?:^|[、，,])(?:今年|全年|年内)?每(?:个|一个)[^，。；、：,;:\n\d共]{1,10}?(?:都|均|要|各)?(?:抓|抓好|办|办好|推进|实施|落实|"
                          r"完成|谋划|推出|打造|确定|承担|牵头)[ \u3000]?$")
# the work items each member of a set is to take on (每个市县和部门抓5项, 每个部门办好3件实事): a rule per member, not
# a count of what the place did (docs/records.md: one thing for each member of a set)


def per_member(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """One thing each member of a set has or builds (每个县市区建有1所以上失能特困人员养护院, 467个行政村建设1个以上
    污水处理设施, 市四区各建1个…社区): a mark every member passes (docs/records.md), not a count. Counts of more than
    one (每个县建成3个…) and 1个 with no set before it (建成1个以上示范县) stay, unless at least that many is the mark
    each place is to pass (round 18, TEST10: 每个县要至少培育壮大2个, 各县区、园区引进…项目2个以上: `member_mark`)."""
    if unit not in SUBJECT_UNITS | {"名", "人"}:
        return False
    lead = clause_lead(text, lo, start)
    if unit in ("项", "件") and MEMBER_TASKS.search(lead):
        return True                       # round 27b: 每个市县和部门抓5项创新性亮点工作 (hainan-2023): each one's share
    if not re.fullmatch(r"(?:1|一)\s?\S", text[start:end]):
        return member_mark(text, start, end, lead)       # round 18: 每个县要至少培育壮大2个…项目
    return PER_MEMBER.search(lead) is not None and (text.startswith("以上", end) or lead.endswith("至少")
                                                   or re.search(r"每个|每一个|各", lead) is not None)


def counted_elsewhere(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """Round 8: `statement_population`, `task_package`, `names_counted` or `anniversary`; round 11: `ranked_among`,
    `list_introduced`, `per_member`; round 13: `populations.population`; round 15: `mentions.mentioned`."""
    return statement_population(text, start, end, unit, lo) or task_package(text, start, end, unit, lo) \
        or names_counted(text, start, end, unit, lo) or anniversary(text, start, end, unit, lo) \
        or ranked_among(text, start, end, unit, lo) or list_introduced(text, start, end, unit, lo) \
        or per_member(text, start, end, unit, lo) or population(text, start, end, unit, lo) \
        or mentioned(text, start, end, unit, lo)


# Round 9 (stop 20, TEST5 and DEV7; bench/README.md "Round 9: found (stop 20)")
UNIT_THINGS = re.compile(r"(?:及以上|以上|及以下|以下)?[^，。；、：\d]{0,4}?(?:机组|锅炉|高炉|转炉|矿热炉|电炉|煤矿|矿井|生产线|风机)")
# round 10: also 以下 (淘汰3万千伏安以下矿热炉, a class of furnaces by their transformers' capacity)
CLASS_OF_RELATIVE = re.compile(r"[^，。；、：\d]{0,3}?的[^，。；、：\d]{0,6}?(?:" + CLASSED + ")")


def measure_class(text: str, start: int, end: int, unit: str, suffix: str, suffix_end: int) -> bool:
    """A power, mass or capacity that sizes each thing of a class (round 9): with 以上 before a unit of equipment
    (30万千瓦以上机组, 10万吨以上生产线), or after 超过/超 and then 的 and the things it classes (年综合能源消费总量超过
    1000吨标煤的项目). An amount built or consumed (新增装机30万千瓦以上, 综合能源消费总量超过1000万吨标煤。) stays."""
    if unit not in MEASURE_UNITS:
        return False
    if suffix in ("以上", "以下") and UNIT_THINGS.match(text, suffix_end):
        return True
    return re.search(r"(?:超过|超|高于|大于)$", text[max(0, start - 3):start]) is not None \
        and CLASS_OF_RELATIVE.match(text, end) is not None


SETTLEMENT = re.compile(r"的?(?:自然村|村庄|行政村|村组|村|屯|居民点|组)")


def settlement_class(text: str, unit: str, suffix: str, suffix_end: int) -> bool:
    """Households or people with 以上/以下 right before the settlements they class (25户以上自然村, 100人以上的村庄):
    a class of settlements, not a count (round 9). A count of households (搬迁25户以上) stays."""
    return unit in ("户", "人") and suffix in ("以上", "以下") and SETTLEMENT.match(text, suffix_end) is not None


MEMBERS = re.compile(r"(?:\d+|[两三四五六七八九十百千]+)(?:个|家|所|条|座)?[^，。；\d]{0,6}?(?:村|县|镇|乡|区|市|社区|街道|园区|企业)"
                     r"|(?<![农乡城])村")
# the members a mark is each said to pass, written before 均/都 (317个贫困村…, 两县…, 村集体经济收入: each village's)


def each_over(text: str, start: int, end: int, unit: str, scale: str, lo: int) -> bool:
    """An amount every one of a collective, unnamed set of places is said to exceed (所辖县（市、区）均超千亿元, 县县财政
    收入过10亿元): a threshold of a class, not an amount of the place (round 9). Named places or indicators that each
    pass it (襄阳、宜昌总量均超过3100亿元: two statements), 人均超过3000美元, 年均超过百亿美元 and 财政收入超10亿元
    stay. Round 20f: also a mark reached with 以上 after 全部 (村委会年集体可支配收入全部达到18万元以上: every village's),
    or after 均/都 when the clause names a set of members (所有行政村…均达到5万元以上, 两县…均达到100万平方米以上), in any
    unit but a rate's; not an average (平均达到), not a list of named things (粮食、蔬菜和肉奶产量均达到100万吨以上)."""
    lead = clause_lead(text, lo, start)
    bare = re.sub(r"（[^（）]*）|\([^()]*\)", "", lead)          # 各区（市、县）: the brackets name no members
    bare = re.sub(r"^((?:全市|全省|全区)?(?:所辖|下辖|各|所有)[区县市镇乡旗])、", r"\1", bare)
    # 全市各区、县（市）年财政收入均超过亿元 (guangzhou-1998): the kinds of the members, not names
    reach = re.search(r"(?<![人年月日户亩平])(全部|均|都)(?:达到|达|在|超过|超|突破)$", bare)
    if reach and unit not in RATE_UNITS and re.match(r"(?:/年)?及?以上", text[end:end + 5]) and "、" not in bare:
        head = bare[:reach.start()]
        return reach.group(1) == "全部" or not re.search(r"[和及与]", head) and (
            MEMBERS.search(head) is not None or re.match(r"(?:全市|全省|全区)?(?:所辖|下辖|各(?![项类种])|所有)", head) is not None)
    if not (unit in ("元", "美元") or unit == "" and scale):
        return False
    if not re.search(r"(?:超过|超|过|突破|跨过|迈过|跨上|迈上)$", lead):
        return False
    return re.search(r"(?<![人年月日户亩])(?:均|都)(?:超过|超|过|突破|跨过|迈过|跨上|迈上)$", lead) is not None \
        and re.match(r"(?:全市|全省|全区)?(?:所辖|下辖|各|所有)", bare) is not None and "、" not in bare \
        or re.match(r"(?:县县|乡乡|镇镇|村村|市市|区区|家家|户户)", lead) is not None


def threshold_crossed(text: str, end: int) -> bool:
    """A mark the value is said to pass, then the value itself in the next clause (创汇突破10亿美元大关，达到11.56亿
    美元): the mark is a threshold crossed, not recorded (docs/records.md). 突破10亿美元大关。 alone stays."""
    return re.match(r"大?关[，,]?(?:全年|全市|全省)?(?:达到|达|为|实现|增至)[ \u3000]?\d", text[end:end + 14]) is not None


PLACE_WORD = r"(?:镇街|镇村|乡镇|街道|村居|社区|居委会|县区|县市|镇|乡|街|村|县|区|市)"
PLACE_COUNT = rf"(?:\d+|[两三四五六七八九十百]+)(?:个|座)[^，。；、\d]{{0,4}}?{PLACE_WORD}"
SCOPE_AFTER = re.compile(rf"[^，。；、\d]{{0,4}}?{PLACE_WORD}(?:[、和及]?{PLACE_COUNT})*[、和及]?"
                         r"(?:\d+(?:\.\d+)?|[两三四五六七八九十百千]+)(?:万|亿)?(?:多|余)?"
                         r"(?:名|人次|人|户|[^，。；、\d]{0,4}?(?:人口|群众|农户|居民|村民))")
# round 14: the people may be named (13个贫困县51万贫困人口), or reached in the next clause (覆盖336个行政村，新增受益人口40万)
PEOPLE_NEXT = re.compile(rf"[^，。；、\d]{{0,4}}?{PLACE_WORD}[，,](?:新增|共|累计)?(?:受益|惠及)(?:人口|群众|居民|农户|人数)")
REACH_LEAD = re.compile(r"惠及|受益|覆盖|辐射|助推|助力|帮助|带动")


def benefit_scope(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The places a benefit reaches, followed by the people or households it reaches (惠及沿线21个镇街107个村居76万多
    名群众): the places are the scope, the people the count (docs/records.md, the population of a statement; round 9).
    Places reached with no count of people after them (惠及12个乡镇, 覆盖全市107个村) stay counts. Round 14: also after
    助推/帮助/带动, with the people named (助推省内13个贫困县51万贫困人口实现脱贫) or reached in the next clause (覆盖
    336个行政村，新增受益人口40万)."""
    if unit not in ("个", "座") or not REACH_LEAD.search(clause_lead(text, lo, start)):
        return False
    return SCOPE_AFTER.match(text, end) is not None or PEOPLE_NEXT.match(text, end) is not None


def names_follow(text: str, start: int, end: int, unit: str) -> bool:
    """A count whose names follow it in brackets (建设五个商贸区（东区、西区、南区、北区、中区）): it repeats the list
    (round 9; the names before it are `names_counted`). A bracket with fewer names or with 等 stays a count."""
    if unit not in COUNTS | {"项", "种", "类", "大"}:
        return False
    n = small_count(text[start:end])
    m = re.match(r"[^，。；、：（(\d]{1,10}?[（(]([^（）()，。；\d]{2,80}?)[）)]", text[end:end + 100])
    if n is None or not 2 <= n <= 12 or m is None or "等" in m.group(1):
        return False
    items = re.split(r"[、，,]", m.group(1))
    return len(items) == n and all(2 <= len(i) <= 12 for i in items)     # 2个县（市、区）: kinds, not names


def epithet(text: str, end: int, unit: str, scale: str) -> bool:
    """The people of a place named by their number in an appeal (团结带领3300万重庆人民, 全市600万人民): an epithet,
    not a count stated (round 9); also their hopes or hearts (承载着700多万泉城市民的梦想, round 15). 人民群众
    (服务30万人民群众) and people whose needs were met (圆了600多万群众的安居梦) stay counts."""
    after = text[end:end + 10]
    if unit == "人":
        return re.match(r"民(?!群众)", after) is not None
    return unit == "" and bool(scale) and \
        (re.match(r"[\u4e00-\u9fff]{0,6}?(?:各族)?(?:人民(?!群众)|儿女|父老乡亲|同胞)", after) is not None
         or APPEAL.match(text, end) is not None)


APPEAL = re.compile(r"[\u4e00-\u9fff]{0,6}?(?:各族)?(?:干部)?(?:市民|群众)的(?:梦想|期盼|期待|期望|厚望|重托|信任|心愿|嘱托|坚韧|智慧|"
                    r"心(?!愿|声)|团结|力量|汗水|辛劳)")
# 承载着700多万泉城市民的梦想和期盼, 牵动着博州50万各族群众的心 (round 15; DEV27): the people of the place in an appeal


def in_range_of(text: str, end: int, unit: str) -> bool:
    """A distance that bounds an area (强化旅游景区3公里范围内景观改造): the area's name, not a length stated (round 9)."""
    return unit in ("公里", "千米", "米") and re.match(r"(?:的)?范围", text[end:end + 3]) is not None


def no_statement(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """The value names a term, announces a list, repeats what was just stated, is a programme's rule per household or
    a difference from another place (`term_named`, `list_announced`, `refers_back`, `household_rule`,
    `place_difference`): no quantity of the place is stated."""
    return term_named(text, start, end, unit, lo) or list_announced(text, start, end, unit, lo) \
        or refers_back(text, start, unit, lo) or household_rule(text, start, unit, lo) \
        or place_difference(text, start, unit, lo) or counted_elsewhere(text, start, end, unit, lo)


# Round 12 (stop 21, DEV16 and TEST7; bench/README.md "Round 12: found, unit and modality (stop 21)")
PART_AFTER = re.compile(r"(?P<between>[^，。；：,;:\n\d、]{2,16}?)(?P<n>\d+)(?P<unit>个|家|所|条|座|处|件|户|项|座)"
                        r"(?=[，。；、,;]|未|已|没有|尚未|通过|达到|达标|实现|完成|$)")
PART_VERB = re.compile(r"有|其中|开工|竣工|建成|完成|通过|达标|实现|验收|投产")


def part_follows(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """29个渡改桥项目开工建设26个, 18个年度预期指标有4个未达到: a count followed in its clause by a smaller count of
    the same measure word that the progress is stated of: the first is the set the statement is over (a population),
    the second the count (docs/records.md). 78项，已完成73项 (a comma between), 94个重建项目全部开工、完工13个 (a 、) and
    a first count after a verb of doing keep both."""
    m = PART_AFTER.match(text, end)
    if unit not in SUBJECT_UNITS or m is None or m.group("unit") != unit or not PART_VERB.search(m.group("between")) \
            or re.search(DOING, clause_lead(text, lo, start)):
        return False        # 引进纺织服装项目24个、建成投产17个: a count of things done, then its part
    first = re.match(r"\d+", text[start:end])
    return first is not None and int(m.group("n")) < int(first.group())


RATE_CLASS_BEFORE = re.compile(r"(?:率|比重|比例|占比)(?:在|达到?|超过|高于|低于)?$")
RATE_CLASS_AFTER = re.compile(r"(?:及?以上|及?以下)的[\u4e00-\u9fff]")


def rate_class(text: str, start: int, end: int, unit: str) -> bool:
    """贫困发生率在5%以上的贫困村: a rate bounding the things counted (a class, docs/records.md), not a level."""
    return unit in ("%", "％") and RATE_CLASS_BEFORE.search(text, max(0, start - 8), start) is not None \
        and RATE_CLASS_AFTER.match(text, end) is not None


PLANT_AFTER = re.compile(r"(?:燃煤|燃机|热电|火电|煤电|发电)?(?:电厂|电站|热电厂|发电厂|机组)")
RATING_LEAD_VERB = re.compile(DOING[:-1] + r"|开工|投产|装机|容量|规模|建)")


def plant_rating(text: str, start: int, end: int, unit: str, lo: int) -> bool:
    """裕光2×100万千瓦电厂、西上庄2×66万千瓦电厂…达成合作协议: a unit rating (N×) right after a proper name and
    before a plant is the plant's name (docs/records.md: a rating that names one thing); after a verb of building or
    a capacity word (新建2×100万千瓦机组, 装机容量2×35万千瓦) it stays a capacity."""
    times = re.search(r"\d+\s*[×xX*]\s*$", text[max(lo, start - 5):start])
    if unit != "千瓦" or times is None or PLANT_AFTER.match(text, end) is None:
        return False
    lead = re.split(r"[，。；：,;:\n、]", text[max(lo, start - 40):start - len(times.group())])[-1]
    return bool(re.search(r"[\u4e00-\u9fff]$", lead)) and not RATING_LEAD_VERB.search(lead)

