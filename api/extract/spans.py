"""Spans of years (docs/records.md "Modality, spans of years"): a statement over several years gets `period`
(the first year) and `period_end` (the last), as the curated records do for

- an average growth (年均增长9%, measure average-growth): always a span;
- a flow summed over the span (五年新增城镇就业5100万人, 累计新增就业, 五年累计…能耗下降19.1%);
- growth and change in a paragraph about a span (过去五年…单位国内生产总值能耗下降18.2%), unless against the
  previous year (比上年, 同比).

The span is read from the nearest marker before the value in its paragraph: a five-year plan named by its
number (“十五” 2001–2005 … “十五五” 2026–2030; the reviewed part of it in a review; a plan named as the base of a
change, 较“十三五”末 or 是“十二五”末的1.55倍, stands for the next plan's years), 过去五年/过去的五年/五年来/这五年/
近三年/十年 in a review (the years up to the reviewed year), 今后五年/未来五年 in a plan (from the target year), or
到2007年/至2007年 in a plan (the target year to 2007). With no marker in its paragraph, a paragraph that names no single year of its
own (no 2015年, 今年, 去年, 同比 …), nor follows one opening with a year in its part (各位代表，2021年是…),
takes the span its part's heading names (一、“十三五”时期经济社会发展回顾, 一、过去五年工作回顾, 二、“十四五”时期
主要目标任务), unless that heading names a year too (2022年工作回顾及过去五年主要成就). A level that is a stock (城市化率达到55%, 总量达到8400亿元) in a plan's span is a
value of the span's last year, not a span. In a review, a level held over the span (保持在75%以上, 稳定在) is the
span's, a trade or retail total reached (进出口总额达145亿美元) and a sentence opening with the reviewed year (其中，
2021年…增长30%) are that year's; 市五届人大一次会议以来 opens the term, 全国解放以来，… the years since 1949 (round 15).
"""
from __future__ import annotations

import re

PLANS = {"六五": 1981, "七五": 1986, "八五": 1991, "九五": 1996, "十五": 2001, "十一五": 2006, "十二五": 2011, "十三五": 2016, "十四五": 2021, "十五五": 2026}
PLAN = re.compile(r"[“\"]?(十[一二三四五]?五|九五|[六七八]五(?=[”\"]?(?:时期|期间|以来|末)))[”\"]?(?:计划|规划|时期|期间|以来|前四年|前三年|两年来|三年来|的|末|目标|主要目标)")
CN = {"两": 2, "二": 2, "三": 3, "四": 4, "五": 5, "十": 10, "2": 2, "3": 3, "4": 4, "5": 5, "10": 10}
PAST = re.compile(r"(?:过去的?|这|近|(?<!提)前|以来的|来的)?([两二三四五十]|[2-5]|10)年(?:来|以来|间|中|累计|里|前)|"
                  r"(?:过去的?|这|近|(?<!提)前)([两二三四五十]|[2-5]|10)年|([两二三四五十]|[2-5]|10)年(?:共|累计|全国|全省|全市|年均)|"
                  r"(?:^|[。！!])[\s—]*这是[^。，,；;：:]{0,24}的([三四五十]|[3-5]|10)年(?=[。，,；;！!])")
# 这是深化融合、城市建设欣欣向荣的五年。: the paragraph a review of the term opens so is about the five years (not 的一年);
# also as an item of a list (——这是以人为本、社会事业全面进步的五年。: pingdingshan-2023)
# 市五届人大一次会议以来 (the term a review closes: the five years up to the reviewed one); 全国解放以来，… (since 1949)
TERM_SINCE = re.compile(r"(?:[省市区州县盟]|自治区)?[一二三四五六七八九十]{1,3}届人大一次会议以来")
LIBERATION = re.compile(r"(?:(?:全国|新中国)?解放|(?<!创)建国|新中国成立)以来(?=[，,])")
FUTURE = re.compile(r"(?:今后|未来|此后|后)([三四五]|[3-5])年")
BY_YEAR = re.compile(r"[到至]((?:19|20)\d{2})年")
# a later year opening a clause of a plan (，2020年达到600亿元): the plan runs to it; not a year of a list whose
# values follow 分别 (1995年、2000年总产量分别达到…: each value its own year), nor a year that starts a change (比, 较)
SENTENCE_OR_ITEM_END = re.compile(r"[。；;！!？?]")   # …，2023年除涉铁工程外全面完工；加快推进…: the year ends with its item
OPENING_YEAR = re.compile(r"(?:(?<=[，,：:；;])|^)((?:19|20)\d{2})年(?!以来|来|的|[到至—\-～~、和及与]|比|较|同期)")
FLOW = re.compile(r"累计|新增|净增|(?<!公)共(?![享建同治识赢创])(?:完成|实现|计)?|总额|合计|五年")   # not 一般公共预算, 共享
OCCASION = re.compile(r"[^，,。；;]{0,4}(?:之年|开局|收官|起步|第[一二三四五]年|的第)|[^，,。；;]{0,8}一年")
PREVIOUS = re.compile(r"比上年|较上年|同比|上年")
# the plans before 九五 only as a time (“七五”期间, “八五”时期), not as a plan completed (完成了“八五”计划和…)
BASE = "较比是于由从"     # 较“十三五”末, 是“十二五”末的1.55倍, 由“十五”末的40%: the plan is the base of a change, not its span


def marker(before: str, role: str, year: int) -> tuple[int, int] | None:
    """The span named last in `before` (the paragraph's words up to the value)."""
    at = marker_at(before, role, year)
    return at[1] if at else None


def marker_at(before: str, role: str, year: int) -> tuple[int, tuple[int, int]] | None:
    """Where in `before` the span named last begins, and the span."""
    found: list[tuple[int, tuple[int, int]]] = []
    for m in PLAN.finditer(before):
        if OCCASION.match(before, m.end()):
            continue                   # “十四五”规划开局之年: a year of the plan, not its span
        first = PLANS[m.group(1)]
        if before[max(0, m.start() - 1):m.start()] in tuple(BASE) or before.startswith(("相比", "比较"), m.end()):
            first += 5                 # 较“十三五”末下降65.9%: a change over the next plan's years (十四五);
            # also 与“十二五”末相比，…净增160亿元
        last = first + 4
        if role == "review":
            last = min(last, year - 1)
        elif first < year <= last:
            first = year
        if first <= last:
            found.append((m.start(), (first, last)))
    if role == "review":
        for m in PAST.finditer(before):
            n = CN[next(g for g in m.groups() if g)]
            if re.match(r"[一二三四五六七八九十百\d]", before[m.start() - 1:m.start()]):
                continue           # 面对四十年来…最大的“9·5”泸定地震 (ganzizangzu-2023): forty years, no span of ten
            term = max((f for f in found if f[0] < m.start() and f[1][1] - f[1][0] >= n), default=None)
            if before.startswith("前", m.start()) and term:
                if not re.search(r"[。！!？?]", before[m.end():]):     # 这五年…前四年年均增长7.6% (xiaogan-2021,
                    found.append((m.start(), (term[1][0], term[1][0] + n - 1)))     # the 2016–2020 term): 2016–2019,
                continue           # in its sentence (“十三五”前四年，…。一般公共预算收入…年均增长3.2% in huangshan-2021:
                # the term's again)
            found.append((m.start(), (year - n, year - 1)))
        found.extend((m.start(), (year - 5, year - 1)) for m in TERM_SINCE.finditer(before))
        found.extend((m.start(), (1950, year - 1)) for m in LIBERATION.finditer(before) if year > 1951)
    opening = [m for m in YEARS_OPENING.finditer(before) if not CLAUSE_END.search(before, m.end())]
    found.extend((m.start(), (year - CN[m.group(1)], year - 1) if role == "review" else (year, year + CN[m.group(1)] - 1))
                 for m in opening)     # 三年建成70所；资助贫困学生10万人: the years are their clause's alone
    if role != "review":
        for m in FUTURE.finditer(before):
            n = CN[m.group(1)]
            found.append((m.start(), (year, year + n - 1)))
        for m in BY_YEAR.finditer(before):
            end = int(m.group(1))
            if end > year:
                found.append((m.start(), (year, end)))
        for m in OPENING_YEAR.finditer(before):
            end = int(m.group(1))
            if end > year and not SENTENCE_OR_ITEM_END.search(before, m.end()):
                found.append((m.start(), (year, end)))
    found = [f for f in found if not RECORD.match(before, f[0])]
    return max(found) if found else None


# 自“十三五”以来，首次超额完成…目标任务 (shaoguan-2022), 五年来首次: the span a first time is counted in, not the
# years of the statement
RECORD = re.compile(r"[^，,。；;：:]{0,12}?(?:以来|年来)[，,]?\s*(?:首次|第一次)")


TITLE_PLAN = re.compile(r"[“\"]?(十[一二三四五]?五|[六七八九]五)[”\"]?(?!普法)")     # not “七五”普法 (the law campaign)
OWN_YEAR = re.compile(r"(?<![比较是于由自从到至])(?:19|20)\d{2}年(?!以来|来|的|(?:底|末)?(?:相比|比较)|[同与比较](?:19|20)\d{2}年)|今年|去年|上年|同比|全年|年内|当年|明年|本年|过去一年"
                      r"|(?<![五三四两二十])一年(?:来|以来)")
# not the base a span's change is measured from (与2015年相比，优良天数增加72天: xingtai-2021's “十三五” review; 2010年同2005年
# 相比，…翻了一番: gansu-2011's): those sentences are the span's

DATED_LEAD = re.compile(r"\s*(?:各位代表[，,：:！!]\s*)?(?:[（(][一二三四五六七八九十]+[)）]\s*)?(?:刚刚过去的|过去的)?"
                        r"(?:((?:19|20)\d{2})[ \u3000]?年|过去的?一年|去年|今年)")
# 各位代表，2021年是本届政府的收官之年; （二）2021年工作回顾; 各位代表！刚刚过去的2022年，是…: the part's paragraphs from
# here review that year; a space may stand before 年 (2015 年是 “十二五 ”的收官之年: chuxiongyizu-2016, round 23h)


def dated_lead(text: str, lo: int, hi: int, year: int) -> bool:
    """The paragraph opens with the reviewed year (DATED_LEAD), not an earlier one that opens a history of the term
    (一、过去五年工作的回顾 / 1994年3月，市十二届人大二次会议审议通过了…: the part stays the five years')."""
    m = DATED_LEAD.match(text, lo, hi)
    return m is not None and not (m.group(1) and year and int(m.group(1)) < year - 1)


def opens_year(line: str) -> bool:
    """The paragraph names a year of its own in its opening words: its first LEAD characters, up to the end of its first
    sentence (——经济实力实现新跨越。2015年全市GDP达2886.3亿元 in yueyang-2016's “十二五” review: an item of the span's list
    whose heading sentence names no year stays the span's; its later sentences name their own years)."""
    head = re.sub(r"^\s*各位代表[，,！!：:]?\s*", "", line)[:LEAD]
    return OWN_YEAR.search(re.split(r"[。！!？?]", head)[0]) is not None


def beyond(text: str, lo: int, hi: int, years: tuple[int, int]) -> bool:
    """Every year of its own the words name is a year written outside the plan's span (今后五年…主要目标 / 力争在2020年
    前实现全市生产总值…翻一番。第三产业增加值占…比重达到65%以上): that sentence's target, not the paragraph's year."""
    found = [m.group() for m in OWN_YEAR.finditer(text, lo, hi)]
    return bool(found) and all(re.fullmatch(r"(?:19|20)\d{2}年", y) and not years[0] <= int(y[:4]) <= years[1]
                               for y in found)


STOCK = re.compile(r"(?:达到?|增至|增加到|增长到|提高到|突破|总数|总量)$")
SPAN_BASE = re.compile(r"(?:十[一二三四五]?五|[六七八九]五)[”\"]?(?:时期|期间)?的?$")   # 是“十二五”的1.07倍, not “十二五”末的
STOCK_AFTER = re.compile(r"[、，,](?:总量|总数|总额)?(?:达到?|增至|突破)")
MONEY = re.compile(r"投资|投入|资金|支出")    # “十五”时期…建设资金达到7.26亿元: money spent over a span adds up
SPENT = re.compile(r"(?<!总)(?<!固定资产)(?<!研发)(?<!研发经费)(?<!R&D)(?:投资|投入)(?:[^，,。；;：:\d]{0,4}资金)?\s*$")
# money named by the spending alone, no stock verb (达到, 突破), or with the funds' kind (这是…的五年。投入财政资金1400多亿元:
# pingdingshan-2023); not a project's size (总投资) nor the year's statistic
# (全社会固定资产投资19661.3亿元，比2007年增长1.9倍)
HELD = re.compile(r"(?:保持|稳定)[在于]$")     # 五年来…占一般公共预算支出比重保持在75%以上: a level held over the span
TOTAL_STOCK = re.compile(r"(?:进出口|零售|贸易|出口|进口|销售)总额(?:达到?|突破|增至|超过?)$")
# 外贸进出口总额达145亿美元, 社会消费品零售总额达到143.84亿元: the year's total the span ended at (not 投资总额达…)
# the reviewed year named in a sentence of a span's paragraph after the span (过去五年，…。其中，2021年洋浦…增长30%…),
# unless the clause compares with a base or sums (比2016年增长, 为2016年的1.5倍, 由12家增至, 累计…)
SINGLE = re.compile(r"(?<![比较为于由自从到至与同和—–-])(?<!(?<!特别)(?<!尤其)是)((?:19|20)\d{2})年(?!以来|来|的|至|到|[—–-]|相比|比|同期|之前)|去年")
OPENS = re.compile(r"\s*(?:——)?(?:其中|同时|另外|此外|特别是|尤其是)?[，,]?\s*(?:预计|初步(?:核算|统计))?")
# the year opens the sentence (or the clause), after 预计 too (预计2015年，…: that year's), or after 特别是 (五年来…。特别是
# 2021年以改革创新为牵引，…预计下降3.2%以上: shaoguan-2022)
COMPARED = re.compile(r"比|较|[为是](?=[“\"]?(?:19|20|十|[六七八九]五))|由|从|累计|以来|同期|相比|年均")
FIVE_YEARS = re.compile(r"(?:近|这)?五年(?:来)?的?(?:主要)?(?:工作)?(?:回顾|总结)")
TERM = re.compile(r"(?:本|[一二三四五六七八九十]{1,3})届(?:[省市区州县盟]|自治区)?(?:人民)?政府(?:工作)?(?:回顾|以来|[和及与、]$)")
# 本届政府及2022年工作回顾: the term first (part_span keeps the words before the year)


def part_span(title: str, paragraph: str, role: str, year: int) -> tuple[int, int] | None:
    """The span a part's heading names (“十二五”工作回顾, 过去五年工作回顾, 今后五年的主要任务; a government's
    five-year term, 十届政府工作回顾, in a review: the five years up to the reviewed one), for a paragraph of
    that part that names no single year of its own; None when the heading names a year too, unless in a review it
    names the span first (过去五年和2021年工作简要回顾: the five years come first, up to the paragraph that opens the
    year, 过去一年… or 一年来…, which dates the rest of the part; not 2022年工作回顾及过去五年主要成就)."""
    if role == "review" and (first := re.split(r"(?:19|20)\d{2}年|[今明去]年", title)[0]) != title \
            and re.search(r"[和及与、]$", first):
        title = first
    if not title or re.search(r"(?:19|20)\d{2}年|[今明去]年", title) or OWN_YEAR.search(paragraph):
        return None
    if role == "review" and (TERM.search(title) or FIVE_YEARS.match(title)):
        return year - 5, year - 1     # 十届政府工作回顾, 五年工作回顾: the five years up to the reviewed year
    years = marker(TITLE_PLAN.sub(lambda m: "“" + m.group(1) + "”时期", title), role, year)
    return years if years and years[0] < years[1] else None


LEAD = 30        # a marker this close to the paragraph's start (过去五年，…; ——这五年，…) governs all of it


ANNOUNCING = re.compile(r"[^。！!？?：:]{0,150}[：:]")    # the paragraph's opening words, up to the colon of a list
AIMS = re.compile(r"目标|任务|如下|以下")          # …主要目标是：, …主要任务是：, 具体成效如下：: what the list is
LEAD_MARK = re.compile(rf"{FUTURE.pattern}|{PLAN.pattern}|{BY_YEAR.pattern}")


def lead(paragraph_before: str, role: str, year: int) -> tuple[int, int] | None:
    """The span a marker of the paragraph's lead names, unless in a plan the paragraph turns to the target year
    after it (实现今后五年各项发展目标和任务，首先必须做好2003年工作。今年是…: the year's targets, not the span's)."""
    head = paragraph_before[:LEAD]
    if (announced := ANNOUNCING.match(paragraph_before)) and AIMS.search(announced.group()):
        head = paragraph_before[:max(LEAD, announced.end())]      # 建议今后五年经济社会发展的主要目标是：一是…: the span the list is announced with
    years = marker(head, role, year)
    if years and role != "review":
        cut = max((m.end() for m in LEAD_MARK.finditer(head)), default=0)
        if re.search(rf"今年|(?<![到至\d]){year}年(?!以来|来)", paragraph_before[cut:]):
            return None
    return years


# what was done over a span, counted: the things built, set up, moved or won over the span add up (docs/records.md
# "Modality, spans of years"; curated dalian-2022 完成老旧小区改造747万平方米, 128个低收入村全部退出: 2018–2021;
# 88个贫困村全部出列, 提请…制定、修改和废止地方性法规93件 (round 11)).
# A stock the span ended at (达到, 增至, 突破, 保有量; 建成区面积) is not one.
DONE = re.compile(r"建设|建成(?!区)|新建|改建|扩建|改造|实施|创建|创成|引进|招引|转移就业|治理|打通|办理|培育|推出|获评|荣获"
                  r"|打造|获批"
                  r"|摘帽|退出|出列|脱贫|开工|竣工|淘汰|关停|取缔|拆除|开通|减少(?![到至为])"
                  r"|(?<!规划)制定|修订|废止|提请"     # 减少农村贫困人口3.5万人, not 减少到383项
                  r"|签约(?!的)|吸引(?!力)|评选|认定|使用国外贷款"
                  r"|造林|植树|解决|发放|组建|加装|(?<![未待])完工")
SIZE = re.compile(r"总投资[^，,。；;\d]{0,2}$")
# 总投资311.4亿元的2429个…项目已完工2371个 (hebi-2023): the projects' size, not money spent over the span (round 23h);
# not 合作引进的项目总投资超360亿元 (yunnan-2026), the sum of what was brought in
# round 23h: 76个冬奥项目已全部完工 (zhangjiakou-2021's “十三五” review): completed over the span, as 竣工
# 签约264个项目，吸引域外投资739亿元; 评选普惠金融信用乡镇12个; 新认定山东名牌产品242个; 使用国外贷款一百零三亿美元
# (六五 review); 植树造林175万亩 (xingtai-2021), 44万贫困人口饮水安全…问题全部解决 (liangshanyizu-2022), 发放残疾人“两项补贴”
# 1.2亿元 (dandong-2022), 组建教育集团63个, 加装电梯54部: signed, attracted, rated, used, planted, solved or paid over the span, summed (not 纳入: …职工纳入失业保险 is a stock; not
# 对2010年以来签约的近400个招商项目…进行了集中清理: the projects a year's work dealt with)
CLAUSE_END = re.compile(r"[，,；;。！!？?]")
PROGRAMME = "(?:计划|规划|行动|试点|任务|攻坚)"   # 三年试点任务圆满完成, 三年计划投资…: a programme named by its years
# the years as the adverbial opening a clause, before what was done or summed over them (加大社会事业投入，五年政府性
# 投入累计达160亿元左右; 。五年新增高等院校4所; 三年完成投资…): the span up to the reviewed year, or from the plan's
YEARS_OPENING = re.compile(r"(?:(?<=[，,。；;：:！!])|^)([两二三四五十]|[2-5]|10)年(?=[^，,。；;：:！!\d年]{0,5}?"
                           rf"(?:{FLOW.pattern}|{DONE.pattern}|投入|投资|完成))(?![^，,。；;：:]{{0,6}}?{PROGRAMME})")
LISTED_STOCK = re.compile(r"达到|达(?=[\d一二三四五六七八九十百千万])|增至|增加到|突破")
# 国家认定企业技术中心、国家工程技术研究中心分别达到21家、7家: a stock after the word


def span(paragraph_before: str, clause_before: str, role: str, year: int, measure: str, kind: str,
         sentence_before: str = "", part: tuple[int, int] | None = None,
         after: str = "", counted: bool = True) -> tuple[int, int | None] | None:
    """(period, period_end) of a statement over years, (period, None) of a plan's end-of-span stock, or None.
    An average growth takes the paragraph's last marker (else the five years before or from the report's
    year); anything else only a marker of its own sentence or of the paragraph's lead, or, with no marker in the
    paragraph, `part`: the span of the part's heading (part_span). A level is a count over the span when the words
    of its clause (`clause_before` and `after`, the clause's words after the value) say it was done (DONE)."""
    if kind != ("result" if role == "review" else "target") and not (role == "plan" and kind == "result"):
        return None
    if kind == "result" and role == "plan":
        role = "review"
    years = marker(paragraph_before, role, year)
    own = None
    if measure == "average-growth":
        if years is None:
            years = (year - 5, year - 1) if kind == "result" else (year, year + 4)
        return years
    if years is None and part is not None:
        years = part
    elif years is None or years[0] == years[1]:
        return None
    else:
        own = marker_at(sentence_before, role, year)
        years = own[1] if own else lead(paragraph_before, role, year) or (part if part == years else None)
        # 五年新增高速公路516公里。新建…1748公里 under “十五”时期…回顾: a marker of another sentence naming the part's
        # span does not take it away (one naming other years, 过去的五年… under “十三五”发展总体部署, does)
        if role == "review" and not COMPARED.search(clause_before) and any(
                m.start() > (own[0] if own else -1) and (m.group(1) is None or int(m.group(1)) == year - 1)
                and (OPENS.fullmatch(sentence_before[:m.start()])
                     or m.start() >= len(sentence_before) - len(clause_before))
                for m in SINGLE.finditer(sentence_before)):
            return None               # 过去五年，…。其中，2021年洋浦…增长92.3%: that year's, not the span's
        if role == "plan" and re.search(r"全年|今年|年内", sentence_before[own[0] if own else 0:]):
            return None               # “十五五”规划…。…力争全年招商签约1300亿元: this year's target
    if years is None or years[0] == years[1]:
        return None
    if PREVIOUS.search(clause_before) or role == "review" and re.search(rf"(?:比|较){year - 2}年", clause_before):
        return None                   # a change against the year before the reviewed one is that year's (…预计比2020年提高1个
        # 百分点 in shaoguan-2022's review of 2021)
    if role == "review" and measure in ("level", "share") and HELD.search(clause_before):
        return years
    if measure == "level" and "每年" in clause_before:
        return None                   # 今后五年…每年新增城镇就业60万人: a value of each year, no sum over the span
    flows = [m.end() for m in FLOW.finditer(clause_before) if not (measure == "share" and m.group() == "总额")]
    # (服务性消费占市场消费总额的比重达到44.6%: the sum is the share's base, the share a level)
    if measure == "level" and len(flows) == 1 and (TOTAL_STOCK.search(clause_before) or re.search(
            r"资产总额(?:达到?|突破|增至|超过?)$", clause_before)):
        flows = []                    # 外贸进出口总额达145亿美元, 国有企业资产总额突破7000亿元: a stock, not a sum
    if measure in ("growth", "change") or flows and not (measure == "level" and STOCK_AFTER.search(clause_before, flows[-1])):
        return years                  # not 净增312家、总量达807家, 净增40亿元、突破百亿: the stock after the flow
    if measure == "level" and SPENT.search(clause_before) and not OWN_YEAR.search(paragraph_before) \
            and not after.startswith("的") \
            and not (own and re.search(r"[；;]", sentence_before[own[0]:])):
        return years                  # 这五年…水利投资767亿元; “三供三治”投资628.1亿元: money spent over the span adds up
        # (not in a paragraph of a year: 一年来，…达到四年来的峰值…；市级重点项目…完成投资207.6亿元; nor a
        # project's size: 投资600亿元的桓仁核电项目)
    if measure == "ratio" and SPAN_BASE.search(clause_before) \
            and (base := marker(re.sub(r"为(?=[“\"]?(?:十|[六七八九]五))", "是", clause_before), role, year)) \
            and base[0] < base[1]:
        return base                   # 累计完成交通投资471亿元，是“十一五”时期的6.8倍: the span's total over the last span's
        # (not 是“十二五”末的1.55倍, a level against the span's last year)
    streak = clause_before.endswith("连续") or after.startswith(("连冠", "连续"))   # 连续三届获评, “四连冠”: a level
    done = DONE.search(clause_before + after)
    sized = SIZE.search(clause_before) is not None and after.startswith("的")
    if measure == "level" and counted and not streak and done and not sized \
            and not (STOCK.search(clause_before) and not MONEY.search(clause_before)) \
            and not (LISTED_STOCK.search(clause_before, done.end()) and not MONEY.search(clause_before)):
        return years                  # 五年来…建设美丽乡村76个; 4个机场相继建成; 今后五年…新改扩建幼儿园339所; not a
        # stock the span ended at (开通国际航线达到50条, 通航城市达24个), unless money spent (“十五”时期…建设资金达到7.26亿元)
    if kind == "target" and measure in ("level", "share"):
        return years[1], None
    return None
