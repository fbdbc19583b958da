"""Period, round 15 (stop 22; classes read on audit-stop22-dev29 and audit-stop22-test9; bench/README.md "Round 15:
period (stop 22)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts, when

CLOSE = "二、2023年主要工作\n今年要继续努力。\n"


def test_a_term_opened_by_the_first_session(registry):
    """Qujing 2022 (TEST9): under 一、2021年和市五届人民政府工作回顾, the paragraph 市五届人大一次会议以来，… opens the
    term, and the ——paragraphs after it are the five years' (新增输电线路3610公里: 2017–2021). The year's
    paragraphs before it stay the year's, and with no such opening the ——paragraph is the year's too."""
    head = HEAD.format(year=2022) + "一、2021年和市五届人民政府工作回顾\n过去的一年，全市新增城镇就业3万人。\n"
    term = "各位代表！2021年全市经济社会发展成效明显。市五届人大一次会议以来，全市上下攻坚克难、开拓奋进。\n"
    para = "——统筹全域、内外兼修，城乡面貌实现美丽“蝶变”。新改建农村公路5051公里，新增输电线路3610公里。\n"
    got = facts(registry, head + term + para + CLOSE, 2022)
    assert when(got["3610公里"]) == ("result", 2017, 2021)
    assert when(got["3万人"]) == ("result", 2021, None)
    got = facts(registry, head + para + CLOSE, 2022)
    assert when(got["3610公里"]) == ("result", 2021, None)


def test_the_term_before_the_year_in_a_heading(registry):
    """Luohe 2023 (DEV29): 一、本届政府及2022年工作回顾 names the term first; its ——paragraphs that name no year are
    the five years' (农村劳动力转移就业8.7万人: 2018–2022), as under 过去五年和2022年工作回顾. Under 2022年工作回顾
    alone they stay the year's."""
    para = "——民生福祉显著改善。新增城镇就业22.5万人、农村劳动力转移就业8.7万人。\n"
    got = facts(registry, HEAD.format(year=2023) + "一、本届政府及2022年工作回顾\n" + para + CLOSE, 2023)
    assert when(got["8.7万人"]) == ("result", 2018, 2022)
    got = facts(registry, HEAD.format(year=2023) + "一、2022年工作回顾\n" + para + CLOSE, 2023)
    assert when(got["8.7万人"]) == ("result", 2022, None)


def test_signed_attracted_rated_and_used_over_a_span(registry):
    """Liaoyuan 2022, Ningde 2021, national 1986 (DEV29, TEST9): in a 五年来 paragraph, 签约264个项目,
    吸引域外投资739亿元,
    评选普惠金融信用乡镇12个 and 使用国外贷款 add up over the span. The same words in a one-year review stay the
    year's, and a stock the span ended at stays its last year's (市场主体突破10万户; after the word too: 国家认定企业
    技术中心、…分别达到21家、7家, where 新认定…242个 is a sum)."""
    head = HEAD.format(year=2022) + "一、过去五年工作回顾\n"
    para = ("五年来，我们深化改革、扩大开放。市场主体突破10万户。与国企名企签约264个项目，吸引域外投资739亿元。"
            "评选普惠金融信用乡镇12个。全市通过各种形式使用国外贷款3亿美元。\n")
    got = facts(registry, head + para + CLOSE, 2022)
    for value in ("264个", "739亿元", "12个", "3亿美元"):
        assert when(got[value]) == ("result", 2017, 2021), value
    assert when(got["10万户"]) == ("result", 2021, None)
    got = facts(registry, head + "五年来，国家认定企业技术中心、国家工程技术研究中心分别达到21家、7家，"
                "新认定山东名牌产品242个。\n" + CLOSE, 2022)
    assert when(got["7家"]) == ("result", 2021, None)        # qingdao-2012: a stock after 认定 (corpus check)
    assert when(got["242个"]) == ("result", 2017, 2021)
    got = facts(registry, head + "五年来，我们深化改革、扩大开放。对签约的近400个招商项目履约情况进行了集中清理。\n"
                + CLOSE, 2022)
    assert when(got["400个"]) == ("result", 2021, None)     # yongzhou-2014: 签约的, the projects dealt with
    got = facts(registry, HEAD.format(year=2022) + "一、2021年工作回顾\n" + para.replace("五年来", "一年来") + CLOSE,
                2022)
    assert when(got["739亿元"]) == ("result", 2021, None)


def test_a_level_held_over_the_span(registry):
    """Nanjing 2023 (DEV29): ——五年来，…民生投入…占一般公共预算支出比重保持在75%以上: the share held over the five
    years (2018–2022). A share the span reached (提高到75%) is its last year's; so is 保持在 in one year's review."""
    head = HEAD.format(year=2023) + "一、过去五年工作回顾\n"
    got = facts(registry, head + "——五年来，我们千方百计增进民生福祉。民生投入年均增长5.9%，"
                "占一般公共预算支出比重保持在75%以上，城镇化率提高到70%。\n" + CLOSE, 2023)
    assert when(got["75%"]) == ("result", 2018, 2022)
    assert when(got["70%"]) == ("result", 2022, None)
    got = facts(registry, HEAD.format(year=2023) + "一、2022年工作回顾\n民生投入占一般公共预算支出比重保持在75%以上。\n"
                + CLOSE, 2023)
    assert when(got["75%"]) == ("result", 2022, None)


def test_a_year_named_in_a_sentence_of_a_span(registry):
    """Danzhou 2022 (TEST9): 过去五年，…年均增长7.1%。其中，2021年洋浦经济开发区…增长30%、92.3%: the sentence names its
    year, so its growths are 2021's. A year named as a base (比2016年增长30%) leaves the span."""
    head = HEAD.format(year=2022) + "一、过去五年工作回顾\n"
    got = facts(registry, head + "过去五年，主要经济指标持续快速增长，地区生产总值年均增长7.1%。"
                "其中，2021年洋浦经济开发区"
                "主要经济指标成绩喜人，地区生产总值、货物进出口贸易总额分别增长30%、92.3%。\n" + CLOSE, 2022)
    assert when(got["7.1%"]) == ("result", 2017, 2021)
    assert when(got["92.3%"]) == ("result", 2021, None)
    got = facts(registry, head + "过去五年，主要经济指标持续快速增长，地区生产总值比2016年增长30%。\n" + CLOSE, 2022)
    assert when(got["30%"]) == ("result", 2017, 2021)
    got = facts(registry, head + "过去五年，农业发展稳步提升，2021年产量突破120亿斤，中药材种植面积增长78.7%。\n"
                + CLOSE, 2022)
    assert when(got["78.7%"]) == ("result", 2017, 2021)     # jixi-2022: the year opens another clause (corpus check)


def test_a_total_that_is_a_stock(registry):
    """Lianyungang 2022 (TEST9): 累计实际利用外资38.3亿美元，外贸进出口总额达145亿美元: 总额达 is the level the span
    ended at (2021); the sum stays the span's, and so does 总额 after 累计 (累计完成…总额1000亿元)."""
    head = HEAD.format(year=2022) + "一、过去五年工作回顾\n"
    got = facts(registry, head + "五年来，外资外贸稳中提质，累计实际利用外资38.3亿美元，外贸进出口总额达145亿美元。"
                "累计完成固定资产投资总额1000亿元。\n" + CLOSE, 2022)
    assert when(got["145亿美元"]) == ("result", 2021, None)
    assert when(got["38.3亿美元"]) == ("result", 2017, 2021)
    assert when(got["1000亿元"]) == ("result", 2017, 2021)


def test_a_rank_from_a_year_written(registry):
    """Shenzhen 2006 (TEST9): 在世界集装箱枢纽港的排名由2000年的第十一位跃升至第四位: the starting rank is 2000's, the
    rank reached the reviewed year's. A rank with no starting year written stays the year's."""
    head = HEAD.format(year=2006) + "一、2005年工作回顾\n"
    got = facts(registry, head + "深圳港集装箱吞吐量突破1600万标箱，"
                "在世界集装箱枢纽港的排名由2000年的第十一位跃升至第四位。\n"
                + "二、2006年主要工作\n今年要继续努力。\n", 2006)
    assert when(got["十一位"]) == ("result", 2000, None)
    assert when(got["四位"]) == ("result", 2005, None)


def test_since_liberation(registry):
    """National 1975 (TEST9): 全国解放以来，尽管我国人口增加百分之六十: a growth since 1949, over 1950–1974. Not
    建国以来 inside 创建国以来最好水平, nor a phrase not opening a clause."""
    head = HEAD.format(year=1975) + "一、1974年工作回顾\n"
    got = facts(registry, head + "全国解放以来，尽管我国人口增加百分之六十，但粮食生产稳定。\n"
                "工业总产值增长百分之八，创建国以来最好水平。\n" + "二、1975年主要工作\n今年要继续努力。\n", 1975)
    assert when(got["百分之六十"]) == ("result", 1950, 1974)
    assert when(got["百分之八"]) == ("result", 1974, None)
