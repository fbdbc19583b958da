"""Round 22c (stop 25, after TEST12 was measured): counts that size the set an evaluation or a rate is over, names
built on a number (an anniversary among events, principles introduced by 这样, a system named by its time limit),
glossary headings the extractor missed, and the recall misses of recall-stop25-test6 (a bare 亿元 mark, the medal
tally after 铜, a count in Chinese numerals with 万 and no unit). Real registry, real extractor; corpus wordings."""
from __future__ import annotations

from api.extract.glossary import GLOSSARY_HEAD
from tests.extract.texts import PLAN, REVIEW, facts


def drafted(registry, sentence):
    return facts(registry, REVIEW.format(sentence), 2011)


def planned(registry, sentence):
    return facts(registry, PLAN.format(sentence), 2023)


def test_the_things_a_rate_is_over_may_be_named_at_length(registry):
    """12 个国、省控重点流域断面水质优良比例持续提升；5 个县级以上城市集中式饮用水源地水质优良比例
    达到100% (tonghua-2020): a name with a 、 or longer than 16 characters is still the rate's population; the
    rate is recorded."""
    got = drafted(registry, "12 个国、省控重点流域断面水质优良比例持续提升；"
                            "5 个县级以上城市集中式饮用水源地水质优良比例达到100%。")
    assert set(got) == {"100%"}


def test_a_programmes_effect_is_no_count_of_its_things(registry):
    """建设40个省级工业园区和培育40个工业强县取得新成效 (yunnan-2009): the effect of a programme named by its counts, as
    22个省级特色示范城镇建设成效显著 is; 新建22个示范城镇，成效显著 (a clause of its own) stays a count."""
    assert drafted(registry, "建设40个省级工业园区和培育40个工业强县取得新成效。") == {}
    assert "22个" in drafted(registry, "新建22个示范城镇，成效显著。")
    # 12个国省考断面全部达标 (xingtai-2023; TEST12's reader called it a set-size) stays a count: the curated
    # dalian-2023 records 13个国考河流断面全部达标, as docs/records.md counts 52个贫困县全部摘帽
    assert "12个" in drafted(registry, "实时掌握和应对河流水质变化，12个国省考断面全部达标。")


def test_an_anniversary_among_events_held_is_no_length(registry):
    """高质量办好冰雪节、金上京建都900年、“迷人的哈尔滨之夏”等系列活动 (haerbin-2015): the anniversary
    names an event."""
    got = planned(registry, "高质量办好冰雪节、金上京建都900年、“迷人的哈尔滨之夏”等系列活动，"
                            "全年实现旅游总收入增长15%以上。")
    assert set(got) == {"15%"}


def test_principles_introduced_by_zheyang_are_named_by_their_number(registry):
    """重点把握这样五条： (hainan-2013), 作出这样三个判断： (a xi'an report): the items follow, a list-count."""
    assert planned(registry, "重点把握这样五条：") == {}
    assert planned(registry, "可以作出这样三个判断：虽然我市经济发展面临困难。") == {}


def test_a_time_limit_that_names_a_system_is_no_time(registry):
    """企业开办登记5天办结制扎实推进 (xizang-2019), 推行重点口岸查验7天工作制: the system's name;
    企业开办时间压缩至5天 stays a time (控制, 遏制 are no system: SYSTEM_AFTER)."""
    assert "5天" not in drafted(registry, "33证合一、企业开办登记5天办结制扎实推进，涉及行政审批事项106项。")
    assert "7天" not in drafted(registry, "推行重点口岸查验7天工作制，提高通关效率。")
    assert "5天" in drafted(registry, "企业开办时间压缩至5天。")


def test_glossary_headings_of_the_corpus(registry):
    """资料：《政府工作报告》名词解释（按报告中出现顺序排列） (hangzhou-2013; hangzhou-2009 sorts by pinyin) and other
    headings of the corpus's glossaries."""
    for head in ("资料：《政府工作报告》名词解释（按报告中出现顺序排列）", "附件二：名词解释", "【名词解释】",
                 "《政府工作报告》名词术语解释", "名词解释及有关情况的说明", "附录一：《政府工作报告》名词解释"):
        assert GLOSSARY_HEAD.match(head), head
    text = ("2013年测试市政府工作报告\n各位代表：\n一、2013年主要工作\n" + "今年要继续努力，推进各项工作。\n" * 20
            + "资料：《政府工作报告》名词解释（按报告中出现顺序排列）\n“115”计划 指杭州市从2011年开始，计划用5年时间，"
            "引进100名高端外国专家、1000个国外智力项目。\n")
    assert "100名" not in facts(registry, text, 2013)


def test_a_bare_yi_mark_is_the_value(registry):
    """跨境电商交易额突破亿元。 (anshan-2025): the mark written alone is the statement, value 亿元, more than."""
    f = drafted(registry, "建强开放平台，鞍山陆港保税仓投入使用，跨境电商交易额突破亿元。")["亿元"]
    assert f.reading.comparison == "more-than"


def test_the_medal_tally_goes_on_after_bronze(registry):
    """获得4金7银9铜31优胜 (kaifeng-2023): 9 bronze and 31 winners' awards are counted too."""
    got = drafted(registry, "在河南省第一届职业技能大赛上获得4金7银9铜31优胜，金牌数、奖牌数均居全省第2位。")
    assert {"4金", "7银", "9铜", "31优胜"} <= set(got)


def test_a_chinese_numeral_with_wan_and_no_unit_is_a_count(registry):
    """要按期完成三年内裁减军队员额五十万的任务 (national-1998): people counted the old way; 说一千、道一万
    stays a word; 重点推进九千万、巴马丽琅技改扩建 (hechi-2015) names a firm."""
    assert "五十万" in planned(registry, "要按期完成三年内裁减军队员额五十万的任务。")
    assert planned(registry, "说一千、道一万，关键在落实。") == {}
    assert planned(registry, "重点推进九千万、巴马丽琅技改扩建。") == {}


def test_kuozhao_is_an_enrolment_growth(registry):
    """普通高中和高校分别扩招15.6%和28.3% (guizhou-2004): 扩招 (enrolment expanded) is a growth, increase."""
    f = drafted(registry, "普通高中和高校分别扩招15.6%和28.3%，全省新增博士点3个。")["15.6%"]
    assert (f.reading.measure, f.reading.direction, f.reading.direction_written) == ("growth", "increase", "扩招")


def test_jin_and_you_stay_out_of_the_label(registry):
    """又解决近15万农村人口饮水安全问题 (jilin-prefecture-2014): 近 qualifies the value (about, as the curated dalian
    reports record it) and 又 frames the act; neither is part of what is counted."""
    f = drafted(registry, "又解决近15万农村人口饮水安全问题。")["15万"]
    assert (f.subject, f.reading.comparison) == ("解决农村人口饮水安全问题", "about")
