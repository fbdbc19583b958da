"""Numbers that belong to a name, a date, an ordinal or a code rather than stating a quantity (“十五条”, 5号线, 两先区,
5A级), and numerals repeating the items just listed (A、B、C三项工程). `quantities.scan` asks `is_name`."""
from __future__ import annotations

import re

from api.extract.classes import descriptor, listed_before_etc
from api.extract.units import COUNT_UNITS, TIME_UNITS

COUNT_NOUN_AFTER = re.compile(r"^(?:腿|方面|领域|数|一体|会议|全会|党代会|代表大会|中全会|确立|维护|一批|自信|务必|坚持|主张|意识|之|届|号|代|大|化|型|星|线|路(?![段口灯]|网改造|网项目|网工程)|环|纵|横|区|圈|带|核|极|翼|轴|心"
                              r"|市场|文明|底线|控制线|生命线|根本性|现代化|统筹|文章|不摘)")
# 两个市场、两个文明、三条控制线、做好三篇文章: slogans that name a policy, not a count; 市委市政府六个坚持, 八项主张,
# 两个“务必” (in quotes too, round 16): a set of principles named by its size
QUOTED_SLOGAN = re.compile(r"“(?:务必|坚持|维护|自信|确立|意识|主张|一批|全面|代表|毫不动摇|只增不减|必须|坚定不移|走在前)")
# round 25b: read past the four characters after the number (两个“毫不动摇”方针 was drafted), 两个“只增不减”要求,
# 五个“必须统筹好”, 七个“坚定不移”: principles named by their number
NAMED_ORDINAL = re.compile(r"^(?:、[一二三四五六七八九十]+次)*(?:全会|全体会议|全委|中全会|会议)")
# 省委十一届七次、八次、九次全会: the numbers of a committee's plenary sessions
TERM_AFTER = re.compile(r"^(?:产业|供水|创业|开发|加压|能源|分配)")   # 三次产业, 二次供水, 二次创业: terms
SHARED_CLASS = re.compile(r"(?:[、和及与](?:(?:\d+|[一二两三四五六七八九十])个)?(?:\d+(?:\.\d+)?)?[千万百]?亿元?)+级")
PHYSICAL_UNITS = {"吨", "立方米", "兆瓦", "千瓦", "吉瓦", "瓦", "标箱", "标准箱", "蒸吨"}
SPEC_AFTER = re.compile(r"^(?:[／/]年)?(?!以上|以下|以内|之内|左右|上下|多|余|的|和|与|及|或|是|为|增|减|下降|提高|提升|"
                        r"上升|降低|同比|比|较|以|，|、|。|；|：)[\u4e00-\u9fffA-Za-z]")
EQUIPMENT = re.compile(r"^[^，。；,;：“”]{1,12}?(?:船|车|反应器|轴承|泊位|码头|舰|储罐|燃料舱|锅炉)")
# a rating written before a vessel or machine (全球首艘7500立方米液态二氧化碳船) is its size, not an amount of
# anything; a capacity before a product (160万吨树脂、260万吨聚酯等项目投产) is a quantity and stays one
LIST_ITEMS = re.compile(r"[、和与]")
TEN_UNITS = frozenset({"件", "项", "个", "家", "所", "座", "处"})
DOING_BEFORE = re.compile(r"(?:办好|办|抓好|实施|开展|完成|推进|新建|建成|建设|出台|推出|创建|整治)[^，。；、,;：:“”]{0,8}$")
LIVELIHOOD_AFTER = re.compile(r"(?:民生|惠民|为民|利民)?实事")
ISSUING_BEFORE = re.compile(r"(?:出台|推出|制定|印发)[^，。；、,;：:“”]{0,8}$")
# 办好保障和改善民生十件实事, 突出抓好十个专项整治, 今年确定的十件民生实事 (round 11): a lone 十 with a measure word after a verb of doing is a count
# like 实施8个专项行动 (docs/records.md), not a name (十大, 十项全能, “十件实事”, 落实十项措施 stay names); 十条 only
# when issued (出台十条措施), not implemented (实施…十条措施: a package's name)
SMALL_NUMERALS = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9, "十": 10}
NAMED_TERMS = ("现代五项", "铁人三项", "五项全能", "十项全能", "五项原则")
# sports (全国现代五项锦标赛); 和平共处五项原则 (round 10)
REFERENCE_GROUP = re.compile(r"^[^，。；]{0,30}?(?:名单|排名|排行|之一)")
# 入选全国60个…重点城市名单, 在全国36个…城市信用监测排名: the size of a national list, not a count of the place
ONE_OF = re.compile(r"^[^，。；,;：:]{0,30}?(?<!分)之一")
# 成为云南省新增3个国家级…之一, 是全省5个…试点县之一: the size of a group the subject is one of (round 6); the
# 三分之一 of a share is no group
DIGIT_RUN = re.compile(r"[〇零一二三四五六七八九]{3,}")
# 一九六七年, 八二一人民公园, 二〇〇五: numerals read digit by digit are a year or a name, never a quantity (a quantity
# written in Chinese numerals has 十, 百, 千: 一千九百六十七); 三四个 and 两三年 (a range) are left as they are
SYSTEM_AFTER = re.compile(r"[^，。；、：,;:\d]{0,5}?(?<![控遏抑压限管编研克体])(?:机制|制度|制)(?![造定作品成约])")
# a time that names a system (xizang-2019 企业开办登记5天办结制扎实推进, 重点口岸7天工作制): not a time reached; 9天内
# 控制住疫情 (控制, 遏制) and 压缩至5天 (no 制 after) stay
SCHOOLING = re.compile(r"(?:免费|义务|基础|学前|高中|职业|公费|[^，。；、,;\d]{0,2}?)?教育")
PLACE_NAMES = ("七台河", "三门峡", "五家渠")
PLACE_PAIRS = re.compile(r"(?:三台|九台|三门(?!峡))(?=县|区|湾|[、和及与])")
# 三台县, 九台区; 三台、北川、平武入选…先进县 (round 10): a county named, not three machines, when it stands as an
# item of a list of places (at the start of a clause or after 、), not after a noun (购置挖掘机三台、推土机两台)
POLICY_AFTER = re.compile(r"^(?:硬|具体|配套|支持|惠企|扶持|政策|[^，。；、,;：:“”\d]{1,4}?)?(?:政策|措施|举措|意见|新政|支持事项)")
# 认真执行省政府确定的15条再就业政策措施 (round 12): a short word of the policy's field may stand before 政策/措施
POLICY_VERB = re.compile(r"(落实|贯彻|执行|遵照|按照|依照)|出台|发布|推出|制定|印发|提出|研究")
POLICY_LIST = re.compile(r"^(?:(?:、|以及|和|及|与)[^，。；,;、\d]{1,12}?\d+条)*等(?:一系列|一揽子|系列)?[^，。；、,;\d]{0,8}?(?:政策|措施|举措)")
# round 15: words between 等 and 政策 (出台稳企安商20条等一揽子纾困惠企政策, 稳经济运行33条等惠企政策; DEV27); round 27b:
# items joined by 以及/和 too (出台市场主体23条、…以及创新园区发展21条和公共服务体系建设42条等政策措施, yantai-2014)
# A package of policy measures that the place implements is named by its size (落实安全生产15条硬措施, 落实国家…20条
# 政策措施, like “十五条”), and so is one written name-first (推出稳增长30条、科创32条等政策): the number is part of the
# name. A package the place issues in the year (出台促进养老服务发展21条政策措施, 11条政策举措出台) is a count and
# stays a quantity, as the curated reports record it.   # city names that begin with a numeral and a measure word
VERB_OPEN = re.compile(r"(?:建成|新建|建设|完成|实施|推进|推动|加快|打造|培育|新增|开工|启动|改造|扩建|引进|创建|争创|支持|"
                       r"发展|做大|做强|服务|深化|持续|重点|集中|全力)")
VERB_IN = re.compile(r"建|获批|实施|推进|完成|开工|引进|培育|打造|新增|认定|入选|策划|包装|谋划|发展|争创|创建|设立")
# round 15 (`appositive`): a verb opening two items (建成学校、医院2个项目) or inside the last (在生物、纳米领域获批建设2家)
# makes them kinds or fields, not names the count repeats
PAIR_OF_AREAS = re.compile(r"^[^、和与及\d]+和[^、和与及\d]{1,10}$")
FIELDS_AFTER = re.compile(r"[^，。；、\d]{0,6}?(?:领域|方面|行业|产业|板块|片区|园区|产业园|集群|赛道|环节|层面|区域|功能区|基地)")
# round 20f: two names joined by 和 and counted in digits before a noun of fields, areas or clusters (在全国率先制定电子
# 商务和清结算2个领域数据出境负面清单, 打造高端装备和高端化工2个千亿级产业集群): the fields are the names, the count
# repeats them (docs/records.md, A和B两个产业园); before other nouns (建成学校和医院2个项目) the names may be kinds
INSTITUTE_GROUP = re.compile(r"(?:中电科?|中国电科|电科|中国电子科技集团(?:公司)?|航天科工|航天科技|中船重工|中船|兵器工业|"
                             r"核工业|中核|航空工业|中航工业)(?:集团)?第?(?:(?:\d+|[一二三四五六七八九十百]+)[所院][、和及与])?$")
# 中电十二所, 中船重工725所, 中电科13所和54所 (round 15; recall-stop22-dev2): an institute of a group named by its number
PROGRAMME_SPAN = re.compile(r"(?:\d+|[一二两三四五六七八九十百千]+)(?:万|千|百)?[^，。；、,;：:\d]{0,16}?(?:行动|计划|工程|攻坚|战役)")
# 技术工种3年20万人职业技能培训就业行动, 3年10万人转移就业计划 (round 15; DEV27): the years name the programme
INDICATOR_BEFORE = re.compile(r"(?<![A-Za-z&])(?:GDP|GNP|CPI|PPI|PMI|FDI|R&D)$")
# an indicator's Latin abbreviation written right before its value (实现GDP2789.9亿元, 占GDP23%): the number is
# the value, not part of a code; the bare-number and date rules below still apply (GDP50强, 绿色GDP2.0试点)


def in_quotes(text: str, at: int, lo: int) -> bool:
    """Inside “…” (a name such as “十五条”, “十四五”): an opening quote before `at` in the span not yet closed."""
    opening = text.rfind("“", lo, at)
    return opening >= 0 and text.rfind("”", opening, at) < 0 and 0 <= text.find("”", at) - at < 20


SHARED_RATE = re.compile(r"(?:\s*[和、与及]\s*\d+(?:\.\d+)?)+\s*(?P<unit>个百分点|[%％])")
# round 25b: 分别提高7.3和5个百分点, 分别比全国高0.2、0.9、0.1个百分点: bare numbers listed before the rate unit the last
# one writes share it, each a value of its own (read alone, the first were lost and the last took the list's subjects)


def is_name(text: str, m: re.Match, lo: int, blocked: bytearray | None) -> bool:
    """The number belongs to a name, a date, an ordinal or a code rather than stating a quantity."""
    s, e = m.start(), m.end()
    before = text[max(lo, s - 1):s]
    after = text[e:e + 4]
    a, unit = m.group("a"), m.group("unit") or ""
    if blocked is not None and any(blocked[s:e]):
        return True
    if re.match(r"[A-Za-z_\-/．.·]", before) and not INDICATOR_BEFORE.search(text[max(lo, s - 4):s]) \
            or re.match(r"[A-Za-z]", text[e:e + 1]) or before.isdigit():
        return True                       # PM2.5, G20, C919, H7N9, 5G, 3D: codes; GDP4.77亿元 is a quantity
    if before == "第" or re.match(r"[第初]", text[max(lo, s - 1):s]):
        return True
    if before and before in "唯统单同" and a.startswith("一"):
        return True                       # 全省唯一一个…城市, 统一一个标准: the 一 of 唯一/统一, no count (round 13)
    if in_quotes(text, s, max(0, s - 30)) and not issued(text, s, unit):
        return True                       # “十五条”: a name; 出台集聚人才“20条新政”: a package issued, counted
    if re.match(r"^(?:19|20|１９|２０)\d{2}$", a) and (unit in ("", "年") or text[m.end("a"):m.end("a") + 1] in "年—-～~"):
        return True                       # a year (2023年, 2021—2025年)
    if unit == "" and re.match(r"[年月日号时点]", after) and not m.group("scale"):
        return True                       # dates, times, numbers of documents (5号, 1月5日)
    if re.match(r"号|周年|岁|周岁|届|代|型|线|大|中全会|次会议|次全会|项目标|方面|个方面", after) and unit in ("", "次"):
        return True
    if unit == "次" and (NAMED_ORDINAL.match(text[e:e + 24]) or TERM_AFTER.match(after)):
        return True                       # 七次、八次全会 (sessions), 三次产业 and 二次供水 (terms)
    if any(text[max(0, s - 4):e + 4].find(t) >= 0 for t in NAMED_TERMS):
        return True
    if text[max(lo, s - 2):s] == "全国" and unit in ("个", "家", "座") and REFERENCE_GROUP.match(text[e:e + 40]):
        return True
    if unit in COUNT_UNITS and ONE_OF.match(text[e:e + 40]):
        return True                       # 成为…新增3个…之一: the size of the group, not a count of the place
    if DIGIT_RUN.fullmatch(a):
        return True                       # 一九六七年, 八二一人民公园: a year or a name read digit by digit
    if unit and unit != "级" and re.match(r"级(?!别|次)", after):
        return True                       # 4座级通用飞机, 百亿元级: a rating or a class of things, not an amount
    if text[s:s + 3] in PLACE_NAMES or PLACE_PAIRS.match(text, s) and (s == lo or text[s - 1] in "，、。；：,;:（(“"):
        return True
    if unit == "元" and not a[0].isdigit() and re.match(r"结构|经济|体制|格局|分割|对立", after):
        return True                       # 城乡二元结构: a term, not two yuan
    if unit == "年" and SCHOOLING.match(text, e):
        return True                       # 普及15年基础教育, 全面实行15年教育资助政策: the years name the schooling (round 16)
    if unit == "" and re.match(r"(?:千|万)?伏|[kK][vV](?![A-Za-z])", text[e:e + 2]):
        return True                       # 三峡50万伏输变电工程: a voltage rating names the line (round 16)
    if unit in TIME_UNITS and SYSTEM_AFTER.match(text, e):
        return True                       # 企业开办登记5天办结制, 口岸7天工作制, 8小时应急处置机制: a system's name (22c)
    if unit == "年" and after.startswith("一遇"):
        return True                       # 50年一遇防洪标准: a flood standard's name, not a length (round 9)
    if unit in TIME_UNITS and re.search(r"连续[ \u3000]?$", text[max(lo, s - 3):s]) and not AWARDED.match(text, e):
        return True                       # 连续4年超300天, 连续 4年: the length of a streak, not a quantity
    if descriptor(text, m, lo):
        return True                       # 24小时城市书房, 1小时交通网, 15分钟便民服务圈: a kind of service (round 7)
    if unit in PHYSICAL_UNITS and (after.startswith("级") or SPEC_AFTER.match(text[e:e + 3])
                                   and EQUIPMENT.match(text[e:e + 14])):
        return True                       # 4兆瓦级, 7万吨级泊位, 335吨鱼雷车: a rating of one thing, not an amount
    if unit == "条" and (POLICY_AFTER.match(text[e:e + 6]) and implemented(text[max(0, s - 40):s])
                         or re.match(r"[\u4e00-\u9fff]", before) and POLICY_LIST.match(text[e:e + 120])):
        return True                       # 15条硬措施, 稳增长30条、科创32条等政策: a package's name
    if unit == "岁" and (not re.match(r"(?:以上|以下|以内|左右|多|余)?(?:[，。；、,;]|$)", text[e:e + 4])
                        or re.search(r"(?:年龄|年满|满)在?$", text[max(lo, s - 3):s])):
        return True                       # an age bounding a class of people (round 10): 60岁以上老年人, 0-6岁儿童,
    # 70岁左右的老人, 妇女（35至64岁）, 年龄在75岁以上、…; an age stated (人均预期寿命达到78.5岁, 增加0.3岁。) closes its clause
    if unit == "蒸吨" and re.match(r"(?:[／/]?小?时)?及?(?:以下|以上)", text[e:e + 6]):
        return True                       # 淘汰10蒸吨及以下燃煤锅炉: a class of boilers, not an amount
    if unit == "口" and re.match(r"之|径|岸|号|罩|气", after):
        return True                       # 3口之家, 5口径: not wells or ponds counted
    if unit == "家" and not a[0].isdigit() and re.match(r"子(?!公司|企业|基金|品牌|项目)", after):
        return True                       # 五十家子, 三家子: a village's name (504线五十家子至新惠段), not 十家子公司
    if unit == "项" and not a[0].isdigit() and re.match(r"(?:补贴|补助|费用|经费)(?!政策|措施|制度)", text[e:e + 6]):
        return True                       # 科技三项费用, 残疾人两项补贴: a fixed name of funds (round 8)
    if unit == "项" and INSURANCES.match(text, e):
        return True                       # 城镇五项保险参保人数, 三项社保费, 5项险种: the insurances' name (round 20f)
    if unit == "片" and after.startswith("区"):
        return True                       # 3片区: a name of districts, not pieces
    if unit == "项" and after.startswith("目"):
        return True                       # 智慧港口2.0项目: 项 of 项目
    if appositive(text, m, lo):
        return True                       # A和B两个氢能产业园, A、B、C三项工程: the count of the names just listed
    if unit in ("所", "院") and INSTITUTE_GROUP.search(text, max(0, s - 16), s):
        return True                       # 中电十二所, 中船重工725所: an institute's name, not institutes counted
    if unit == "年" and PROGRAMME_SPAN.match(text, e) and not re.search(r"(?:用|历时|经过|通过)$", text[max(lo, s - 2):s]):
        return True                       # 3年20万人…培训就业行动: the span names the programme (round 15)
    if unit in TIME_UNITS:
        licensed = re.search(r"(?:提前|连续|缩短|压缩|延长|减少|超过|长达|达到|达|历时)$", text[max(lo, s - 2):s])
        measured = re.search(r"天数|时间|时长|周期|工期|用时|时限|期限|寿命", text[lo:s])
        if not licensed and (not a[0].isdigit() and not measured
                             or re.match(r"来|以来|内|之内|间|后|里|中|时间|行动|计划|规划|攻坚|任务|的|期|多来|前", after)
                             or re.search(r"(?:过去|今后|未来|近|这|最近|每|用|再用|经过|通过|前|后|奋斗)$",
                                          text[max(lo, s - 2):s]) and not after_event(text, s, unit)):
            return True                   # 五年来, 3年行动, 用3年时间, 三年新冠疫情: spans of time, not quantities
        if unit == "年" and text[s - 1:s] == "的" and re.match(r"(?:里|中|间)?(?:[；;。，,！!]|$)", text[e:e + 2]) \
                and "." not in a and not re.search(r"[到至为达]|年限|寿命|时间|期限",
                                                   re.split(r"[，。；：,;:\n！]", text[max(lo, s - 20):s])[-1]):
            return True                   # 是…开拓创新的5年；, 极不平凡的5年。 (round 11): the span reviewed, named
    if unit in ("期", "届") and not text[max(lo, s - 2):s] == "连续":
        return True                       # 二期, 一期工程, 十七届: phases and sessions are names
    if not a[0].isdigit():
        if unit == "" and not scaled_count(text, m) or a in ("一", "百", "十") and not (unit == "次" and text[max(lo, s - 2):s] == "连续") \
                and not (a == "十" and not after.startswith("一") and not re.search(r"《[^》]*$", text[max(lo, s - 30):s]) and (
                    unit in TEN_UNITS and (DOING_BEFORE.search(text, max(lo, s - 12), s)
                                           or LIVELIHOOD_AFTER.match(after) and not title_line(text, s))
                    or unit == "条" and ISSUING_BEFORE.search(text, max(lo, s - 12), s))) \
                or m.group("pa"):        # 连续十次获评: a count of times (docs/records.md)
            return True                   # Chinese numerals state a quantity only with a measure word
        if (COUNT_NOUN_AFTER.match(after) or QUOTED_SLOGAN.match(text, e)) or unit in ("类", "级", "种", "片"):
            return True                   # 两个确立, 三个一批, 三大攻坚战, 四片多点, 两个“务必”
        if re.search(r"[〇一二两三四五六七八九十百]", text[max(lo, s - 1):s]):    # 〇: 二〇〇五年 (round 6)
            return True
    if unit == "" and not m.group("scale") and not m.group("pa") and not m.group("dash") \
            and not (a[0].isdigit() and SHARED_RATE.match(text, e)):
        return True                       # a bare number is a code, a count in a name or a list label
    if unit == "级" or (unit == "" and m.group("scale") and re.match(r"级", after)):
        return True                       # 5A级, 千亿级
    if unit in ("", "元") and m.group("scale") and SHARED_CLASS.match(text, e):
        return True                       # 形成1个5000亿和4个千亿级新兴产业集群: the 级 the list shares (TEST10, round 17d)
    return False


SCALED_COUNT_END = re.compile(r"(?:以上|左右|多|余)?(?:[，。；,;）)]|的|$)")
# not before 、: 重点推进九千万、巴马丽琅技改扩建 (hechi-2015) lists firms by name


def scaled_count(text: str, m: re.Match) -> bool:
    """A Chinese numeral of two characters or more with 万 or 亿 and no unit word, closing its phrase (要按期完成三年内裁减
    军队员额五十万的任务, national-1998; 平均每年增加五十七万，): a count of people written the old way (recall-stop25-test6),
    not a name. 一万, 百万 alone (说一千、道一万; 突破百万 is quantities.BARE_MARK's) and 三十万千瓦级 stay as they are."""
    return m.group("scale") in ("万", "亿") and len(m.group("a")) >= 2 and not m.group("a")[0].isdigit() \
        and SCALED_COUNT_END.match(text, m.end()) is not None


INSURANCES = re.compile(r"”?“?(?:社会保险|保险|社保|险种)(?!经办|业务|救助|服务|事项|产品)")
# the kinds of social insurance named by their number (五项保险: 养老、医疗、失业、工伤、生育; 三项社保费, 5项险种信息):
# a name, as 两项补贴 is; the count of something else of insurance stays (完成3项社保经办业务, 6项社保救助标准)
AWARDED = re.compile(r"(?!获得?大?丰收)(?:获得|荣获|获评|获|入选|被评为|被授予|荣膺|被命名为|被确定为)"
                     r"(?![^，。；,;]{0,20}(?:\d|第[一二三四五六七八九十\d]|首位|前[一二三四五六七八九十\d]))")
# 连续5年获得全省目标考核优秀等次, 连续11年荣获全国粮食生产先进县称号 (round 17b): the number of consecutive years an
# award was won is what the sentence states, a count (docs/records.md, as 连续六次荣获…称号); not when the clause goes on
# to a value or a rank the streak qualifies (连续八年被评为全省第一, 连续5年获评…第一名), nor a harvest (连续四年获得丰收:
# 粮食连续五年增产 is a streak qualifying the growth)
EVENT_BEFORE = re.compile(r"(?<![年月日天此之然其以今最随而前过])后$")


def after_event(text: str, s: int, unit: str) -> bool:
    """震后10分钟，成立抗震救灾前线指挥部, 震后36小时, 签约后97天即全面开工 (round 17b): minutes, hours or days after
    an event (后 after a word that is no time or pronoun: not 此后, 之后, 两年后, 然后) are how soon something was done, a
    time stated; a span of years after anything stays a span (投产后3年). Not when an amount follows in the clause
    (震后10天完成1500多万人的应急安置: the time would share the amount's label; the 3312 corpus check)."""
    if unit not in ("分钟", "小时", "天", "日") or EVENT_BEFORE.search(text, max(0, s - 2), s) is None:
        return False
    rest = re.split(r"[，。；：,;:\n！]", text[s:s + 60])[0]
    return not re.search(r"[\d０-９](?![\d０-９.．]*(?:分钟|小时|天|日))", rest[1:])


def title_line(text: str, at: int) -> bool:
    """The line holding `at` is a title (附件：1、2018年十件民生实事, 2015年市政府十件实事): short, no sentence."""
    start, end = text.rfind("\n", 0, at) + 1, text.find("\n", at)
    line = text[start:end if end >= 0 else len(text)]
    return len(line) <= 30 and not re.search(r"[。，,；;]", line)


def issued(text: str, s: int, unit: str) -> bool:
    """“20条新政” opening its quotes after a verb of issuing in its clause (出台集聚人才“20条新政”, 制定“30条措施”): a
    package the place issues, a count (docs/records.md); not one named name-first (“稳增长十条”) or implemented."""
    opening = text.rfind("“", max(0, s - 30), s)
    if unit != "条" or opening != s - 1:
        return False
    verb = last_policy_verb(re.split(r"[。；;，,]", text[max(0, opening - 16):opening])[-1])
    return verb is not None and verb.group(1) is None


def implemented(before: str) -> bool:
    """The sentence's last verb of policy before a package is one of implementing it (落实, 贯彻, 执行), not of issuing
    it (出台, 发布, 推出, 制定)."""
    verb = last_policy_verb(re.split(r"[。；;]", before)[-1])
    return verb is not None and verb.group(1) is not None


def last_policy_verb(words: str) -> re.Match | None:
    """The last verb of policy in `words` (POLICY_VERB: its group 1 is set for one of implementing)."""
    return next(reversed(list(POLICY_VERB.finditer(words))), None)


def appositive(text: str, m: re.Match, lo: int) -> bool:
    """A numeral (Chinese; or digits, 3 to 10) that counts the items listed just before it in its clause, then a noun:
    自贸片区和太平湾两个氢能产业园, “十件实事”和“包联机制”两项经验做法, A、B、C三项工程. It repeats the list,
    it does not state a quantity (the same numeral after a list of another length does). Round 15: the last group
    after 和 (京雄高速、荣乌新线和容易、安大两条) and two names in digits (宁夏隆基硅、利安隆2家企业)."""
    arabic = m.group("a").isdigit() and not m.group("scale")
    n = int(m.group("a")) if arabic and 2 <= int(m.group("a")) <= 10 else SMALL_NUMERALS.get(m.group("a"))
    if n is None or not m.group("unit") or m.group("unit") in TIME_UNITS:
        return False
    closing = re.match(r"[，。；,;]", text[m.end():m.end() + 1]) is not None and not arabic
    if not (re.match(r"[\u4e00-\u9fff“]", text[m.end():m.end() + 1]) or closing) \
            or re.match(r"[以左上多余]", text[m.end():m.end() + 1]):
        return False
    head = text[lo:m.start()]
    cut = max(head.rfind(c) for c in "，。；：,;:")
    clause = re.sub(r"”\s*“", "”、“", head[cut + 1:])     # “粤菜师傅”“广东技工”“南粤家政”三项工程: quoted names in a row
    if closing:
        # 一九八四年光粮、棉、油三项，…: the count closing its clause repeats short names listed just before it (round 27b)
        items = clause.split("、")
        return len(items) == n and all(0 < len(i) <= 4 for i in items[1:]) and not re.search(r"[\d和与及各均共都每]", clause)
    if clause.endswith("等") and (arabic or m.group("a") in SMALL_NUMERALS):
        return listed_before_etc(clause, n)   # 东海、城东、北峰、江南、晋江滨江等5个片区 (api/extract/classes.py)
    if not clause or not re.match(r"[\u4e00-\u9fff”]", clause[-1]) or "等" in clause[-2:]:
        return False
    # round 15: 外资银行、保险机构各2家, 每个县（市、区）至少建成2个, 国家级、省级孵化器2家, 各区县、开发区要策划包装
    # 2—3个, 在生物、纳米领域获批建设2家 (a verb after the last name) repeat no names
    plain = not re.search(r"[各均共都]$|分别$|[（）()]|每|各", clause) and not m.group("dash") \
        and not VERB_IN.search(clause.split("、")[-1])
    group = re.split(r"[和与及]", clause)[-1].split("、")
    if plain and 2 <= len(group) == n < len(LIST_ITEMS.findall(clause)) + 1 \
            and all(0 < len(i) <= 8 for i in group) and not re.search(r"\d", "".join(group)):
        return True                       # 京雄高速、荣乌新线和容易、安大两条 (round 15): the last group's names
    if arabic and n == 2 and PAIR_OF_AREAS.search(clause) and FIELDS_AFTER.match(text, m.end()) \
            and not re.search(r"[各均共都]$|分别$|每|各", clause) and not VERB_IN.search(clause.split("和")[-1]):
        return True                       # 电子商务和清结算2个领域, A和B2个产业集群 (round 20f): the fields named
    if arabic and n == 2:
        # 宁夏隆基硅、利安隆2家企业 (round 15; DEV27): two names joined by 、 opening the clause, neither a level or a
        # number; after a verb (建成学校、医院2个项目) they may be kinds, and the count stays
        items = clause.split("、")
        return plain and len(items) == 2 and all(0 < len(i) <= 8 for i in items) and not VERB_OPEN.match(items[0]) \
            and not re.search(r"[\d和与及]|级$", "".join(items)) and not items[0].endswith("级")
    if arabic:
        # 通河、延寿、木兰、方正4个县, 长虹、九洲、攀长钢、新华4户企业: digits too, for three or more names joined by
        # 、 alone, none with a number of its own
        # round 6: the last two names may be joined by 和/及/与 (投资强度、容积率、亩均产值和税收4项控制性指标)
        items = clause.split("、")
        last = re.split(r"[和与及]", items[-1])
        if len(items) >= 2 and len(last) == 2 and all(last):
            items = items[:-1] + last
        return len(items) == n and not re.search(r"[\d和与及]", "、".join(items)) and all(len(i) <= 8 for i in items[1:])
    return len(LIST_ITEMS.findall(clause)) + 1 == n
