"""Found, round 15 (stop 22): counts that repeat names, mention a set or a mark, and differences from another level
(classes of the found errors of audit-stop22-dev27 and of the classes round 14 left; bench/README.md "Round 15: found
(stop 22)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "二、2019年工作安排\n"


def review(registry, sentence: str) -> dict:
    return facts(registry, REVIEW + sentence + "\n", 2019)


def test_a_glossary_heading_written_with_a_space(registry):
    """注 释 (Leshan 2023, DEV27: 21.12个100%：指…逃生路线标识100%设置到位): the glossary's heading written with a
    space; its entries state nothing. The report's own figures before it stay."""
    body = "".join(f"全年新建道路{i}公里，工作扎实推进。\n" for i in range(10, 40))
    got = facts(registry, REVIEW + body + "注 释\n1.“12个100%”：指逃生路线标识100%设置到位，"
                "预警预报100%覆盖到位。\n", 2019)
    assert "100%" not in got and "39公里" in got
    got = facts(registry, REVIEW + body + "注释工作：逃生路线标识100%设置到位。\n", 2019)
    assert "100%" in got


def test_the_people_of_the_place_in_an_appeal(registry):
    """承载着700多万泉城市民的梦想和期盼 (DEV27), 牵动着博州50万各族群众的心: the people of the place named by their
    number, an epithet (docs/records.md). People whose dream or problem was met (圆了600多万群众的安居梦, 解决30万群众的
    安全用水问题) stay counts."""
    assert review(registry, "承载着700多万泉城市民的梦想和期盼，我们踏上了新征程。") == {}
    assert review(registry, "灾情牵动着博州50万各族群众的心。") == {}
    got = review(registry, "圆了600多万群众的安居梦，解决30万群众的安全用水问题。")
    assert "600多万" in got and "30万" in got


def test_years_naming_a_programme(registry):
    """扎实推进建筑领域技术工种3年20万人职业技能培训就业行动 (DEV27), 3年10万人转移就业计划: the years name the
    programme. A span stated (规划期限为3年) stays."""
    got = review(registry, "扎实推进建筑领域技术工种3年20万人职业技能培训就业行动，完成培训10.07万人次。")
    assert "3年" not in got and "10.07万人次" in got
    assert "3年" in facts(registry, PLAN + "规划期限为3年。\n", 2019)


def test_a_package_named_first_with_words_before_its_policies(registry):
    """出台稳企安商20条等一揽子纾困惠企政策 (DEV27): a package written name-first is a name, also with words between 等
    and 政策 (docs/records.md). Number-first packages issued (出台20条一揽子惠企政策) stay counts."""
    got = review(registry, "出台稳企安商20条等一揽子纾困惠企政策，新增减税降费超过128亿元。")
    assert "20条" not in got and "128亿元" in got
    assert "20条" in review(registry, "出台20条一揽子惠企政策。")


def test_two_names_repeated_by_their_count(registry):
    """宁夏隆基硅、利安隆2家企业获评… (DEV27), 西安、榆林等2个国家级高新区, 京雄高速、荣乌新线和容易、安大两条建材通道
    (round 14's list): the count repeats the two names just listed. Kinds or levels (国家级、省级孵化器2家), a count
    each (外资银行、保险机构各2家, 各区县、开发区要策划包装2—3个), names after a verb (建成学校、医院2个项目:
    test_audit18b) and fields before one (在生物、纳米领域获批建设2家) stay."""
    assert review(registry, "宁夏隆基硅、利安隆2家企业获评自治区制造业行业领先示范企业。") == {}
    assert review(registry, "西安、榆林等2个国家级高新区加快发展。") == {}
    assert review(registry, "京雄高速、荣乌新线和容易、安大两条建材通道如期通车。") == {}
    assert "2家" in review(registry, "新增国家级、省级孵化器2家。")
    assert "2家" in review(registry, "新引进外资银行、保险机构各2家。")
    assert "2个" in review(registry, "每个县（市、区）建成2个医联体。")   # 至少2个: a mark (test_audit31b)
    assert "2家" in review(registry, "在生物、纳米领域获批建设2家国家产业创新中心。")
    assert "2—3个" in facts(registry, PLAN + "年内各区县、开发区要策划包装2—3个特色小镇。\n", 2019)
    assert "三个" not in review(registry, "实施改善消费品供给、降本增效和制造业升级三个专项行动。")


def test_names_listed_in_two_clauses_then_counted(registry):
    """重点推进西部片区西固河口、达川、永登苦水、武胜驿，东部片区皋兰什川、榆中青城6个特色小城镇建设 (DEV27): the two
    lists together are the count. A count unequal to the names stays."""
    got = review(registry, "重点推进西部片区西固河口、达川、永登苦水、武胜驿，"
                 "东部片区皋兰什川、榆中青城6个特色小城镇建设。")
    assert "6个" not in got
    got = review(registry, "重点推进西固河口、达川，榆中青城、皋兰什川、苦水6个特色小城镇建设。")
    assert "6个" in got


def test_a_mark_passed_then_the_value_without_daguan(registry):
    """地区生产总值突破1万亿元、达到1.05万亿元 (round 14's list), 首次超过1万美元，达到10394美元: the mark is a
    threshold crossed, the value after it is recorded. A mark alone and a growth before a level stay."""
    got = review(registry, "地区生产总值突破1万亿元、达到1.05万亿元，年均增长12.5%。")
    assert "1万亿元" not in got and "1.05万亿元" in got
    got = review(registry, "人均生产总值首次超过1万美元，达到10394美元。")
    assert "1万美元" not in got and "10394美元" in got
    got = review(registry, "工业增加值增长超过10%，达到1200亿元。外贸进出口总额突破1000亿元。")
    assert {"10%", "1200亿元", "1000亿元"} <= set(got)


def test_a_difference_from_another_indicators_level(registry):
    """高于规模以上工业8.3个和2.1个百分点 (DEV25), 高于GDP增速2个百分点: a difference from another level the text gives
    (docs/records.md); also after another place (高于全国8.3个和2.1个百分点). A change from the year before and a
    difference from a target stay (round 7)."""
    got = review(registry, "高技术产业和装备制造业增加值分别增长15.4%和9.2%，"
                 "高于规模以上工业8.3个和2.1个百分点。")
    assert set(got) == {"15.4%", "9.2%"}
    assert set(review(registry, "服务业增加值增长9%，高于GDP增速2个百分点。")) == {"9%"}
    assert set(review(registry, "增长15.4%，高于全国8.3个和2.1个百分点。")) == {"15.4%"}
    assert set(review(registry, "财政收入和居民收入分别增长3%、3.9%，高于全省增速0.2个、0.1个和0.3个百分点。")) \
        == {"3%", "3.9%"}
    assert "2个百分点" in review(registry, "比重比上年高出2个百分点。")
    assert "1个百分点" in review(registry, "单位生产总值能耗低于控制目标1个百分点。")


def test_partners_an_agreement_is_signed_with(registry):
    """农行省分行与14个市州签订了战略合作协议 (round 13's list): the places covered; 与56家央企签署96项合作协议: the
    partners when the agreements are counted (96项 is recorded). Firms signed with, uncounted after, stay."""
    got = review(registry, "农行省分行与14个市州签订了战略合作协议，三年投放贷款1385亿元。")
    assert "14个" not in got and "1385亿元" in got
    got = review(registry, "与56家央企签署96项合作协议。")
    assert "56家" not in got and "96项" in got
    assert "13家" in review(registry, "与13家央企签订了战略合作协议。")


def test_the_actors_of_a_pairing(registry):
    """5家市属三甲医院托管18家县级医院 (DEV25), 34家三甲医院对口帮扶72家县级医院: the hospitals that take on others are
    the actors; the second count is recorded. Things built that then help (新建3个产业园帮扶200户) stay."""
    got = review(registry, "5家市属三甲医院托管18家县级医院。")
    assert "5家" not in got and "18家" in got
    got = review(registry, "新建3个产业园帮扶200户。")
    assert "3个" in got and "200户" in got


def test_places_a_plan_stands_on(registry):
    """立足台州三个海湾，建设湾区经济 (recall-stop22-dev2): the places the plan stands on. A count with a verb of its
    own (依托园区新建3个孵化器) stays."""
    assert facts(registry, PLAN + "立足台州三个海湾，建设湾区经济。\n", 2019) == {}
    assert facts(registry, PLAN + "立足两个国家级开发区，推动产业集聚。\n", 2019) == {}
    assert "3个" in facts(registry, PLAN + "依托园区新建3个孵化器。\n", 2019)
    assert "两三个" in facts(registry, PLAN + "推动各县区立足实际谋划两三个支柱产业。\n", 2019)


def test_an_institute_named_by_its_number(registry):
    """中电十二所 (recall-stop22-dev2), 中电科13所和54所, 中船重工725所: an institute of a group named by its number.
    Schools counted (新建学校12所, 建成中小学3所) stay."""
    assert review(registry, "与中科院半导体所、中电十二所等科研机构开启战略合作。") == {}
    assert review(registry, "与中电科13所和54所合作，中船重工725所落户。") == {}
    got = review(registry, "新建学校12所，建成中小学3所。")
    assert "12所" in got and "3所" in got
