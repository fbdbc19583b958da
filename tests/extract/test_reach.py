"""Fields of drafted facts left by the earlier rounds (stop 18b, issue 13 deliverable 6): the reach of a modal word,
the wordings of PM2.5, numbers glued to Latin letters and units the corpus uses. One test per class, each on
wordings of the development half and of corpus reports of other places, through the real extractor and registry."""
from __future__ import annotations


def modalities(facts) -> list[tuple[str, str]]:
    return [(f.quantity.value, f.reading.modality) for f in facts]


def test_estimate_after_a_quantity_of_its_clause_stays_in_that_clause(facts_of):
    """将新建1000万吨炼油…，预计新增产值1500亿元；恒力年产260万吨聚酯…: 预计 follows the quantities of its own
    ；-clause, so it governs the rest of that clause only, not the capacities after ； (dalian-2023)."""
    facts = facts_of("将在西中岛新建1000万吨炼油、120万吨乙烯，打造精细化工产业园，预计新增产值1500亿元；"
                     "恒力年产260万吨聚酯、160万吨高性能树脂及BDO等系列延链项目开工建设，预计新增产值1100亿元。",
                     "review")
    assert modalities(facts) == [("1000万吨", ""), ("120万吨", ""), ("1500亿元", "estimate"), ("260万吨", ""),
                                 ("160万吨", ""), ("1100亿元", "estimate")]
    # 举办140余场…，预计实际利用外资30.7亿美元；200个… (Zhenjiang 2014): the same
    facts = facts_of("举办专题招商活动140余场，预计实际利用外资30.7亿美元；新批外资项目162个。", "review")
    assert modalities(facts) == [("140余场", ""), ("30.7亿美元", "estimate"), ("162个", "")]


def test_estimate_that_opens_its_clause_reaches_across_semicolons(facts_of):
    """A date before 预计 is not a quantity (2021年是…之年，预计…；…, Fushun 2022); nor is a name (5G); and the next
    ；-clause's own 预计 governs its values (Longnan 2023)."""
    facts = facts_of("2021年是起步之年，预计完成地区生产总值890亿元、增长3%；规模以上工业增加值280亿元、增长1%。",
                     "review")
    assert [m for _, m in modalities(facts)] == ["estimate"] * 4
    facts = facts_of("地区生产总值增速居全省第3位，预计全年完成560亿元，增长7%；规上工业增加值增速居全省第3位，"
                     "预计全年完成80亿元，增长12%。", "review")
    assert modalities(facts)[1:] == [("560亿元", "estimate"), ("7%", "estimate"), ("3位", ""),
                                     ("80亿元", "estimate"), ("12%", "estimate")]


def test_actually_utilised_foreign_capital_is_a_name_not_a_verb(facts_of):
    """预计…；外贸进出口总额增长10%以上；实际利用外资增长15% (dalian-2023): 实际利用外资 is the indicator, not a verb
    starting a statement of its own, so 预计 still governs it; 完成… does start one."""
    facts = facts_of("预计，全市实现地区生产总值增长4.5%左右；外贸进出口总额增长10%以上；实际利用外资增长15%；"
                     "居民消费价格上涨2.5%。", "review")
    assert [m for _, m in modalities(facts)] == ["estimate"] * 4


def indicators(facts) -> list[tuple[str, str]]:
    return [(f.quantity.value, f.indicator.removeprefix("indicator/")) for f in facts]


def test_pm25_wordings_name_the_concentration(facts_of):
    """The corpus words the average PM2.5 concentration in two dozen ways (PM2.5平均浓度, PM2.5年均浓度, 细颗粒物
    （PM2.5）浓度, PM_2.5累计均值 …): each names indicator/pm25-concentration, and the 2.5 of the name is no value."""
    for sentence, value in [("PM2.5平均浓度下降9.1%", "9.1%"), ("PM2.5年均浓度降至30微克/立方米", "30微克/立方米"),
                            ("细颗粒物（PM2.5）浓度下降到35微克/立方米", "35微克/立方米"),
                            ("PM_2.5累计均值24微克/立方米", "24微克/立方米"), ("细颗粒物年均浓度下降5%", "5%"),
                            ("PM2.5浓度控制在33微克/立方米以内", "33微克/立方米")]:
        assert indicators(facts_of(sentence, "review")) == [(value, "pm25-concentration")], sentence


def test_a_value_glued_to_an_indicator_abbreviation_is_read(facts_of):
    """实现GDP2789.9亿元, 占GDP23%, 每平方公里产出GDP4.77亿元 (corpus reports of Xuzhou, Jiaxing …): the number after
    an indicator's Latin abbreviation is its value."""
    assert indicators(facts_of("全年实现GDP2789.9亿元。", "review")) == [("2789.9亿元", "gdp")]
    assert [f.quantity.value for f in facts_of("每平方公里产出GDP4.77亿元、税收1.74亿元。", "review")] == [
        "4.77亿元", "1.74亿元"]
    assert [(f.quantity.value, f.reading.measure) for f in facts_of("民营经济增加值占GDP60%以上。", "review")] == [
        ("60%", "share")]


def test_numbers_inside_codes_and_names_stay_names(facts_of):
    """PM2.5, 5G, G20, C919, H7N9, 3D, 2.5产业园, GDP50强, 绿色GDP2.0试点: no quantity but the counts beside them."""
    facts = facts_of("建成5G基站1000个，C919大飞机和G20峰会保障有力，H7N9疫情得到控制，3D打印和2.5产业园加快建设，"
                     "进入全国城市GDP50强，获批绿色GDP2.0试点市，PM2.5达标。", "review")
    assert [f.quantity.value for f in facts] == ["1000个"]


def test_units_the_corpus_uses_are_in_the_unit_table(facts_of):
    """个工作日 (563 draft facts of the corpus), 个季度, 元/人, 欧元, 港元, 毫米, 延米 and count words (集, 羽, 册 …)
    are units of ontology/units.ttl; 个点, 平方, 箱, 部门 (ambiguous or not units) stay proposed."""
    from api.settings import Settings
    from api.vocab import load_vocabulary
    units = load_vocabulary(Settings().ontology_dir).units
    facts = facts_of("审批时限压缩至3个工作日，补助标准提高到1200元/人，引进欧元投资2亿欧元，出版图书12册。", "review")
    assert [(f.quantity.value, str(units[f.quantity.unit]).rsplit("/", 1)[-1]) for f in facts] == [
        ("3个工作日", "unit-working-day"), ("1200元/人", "unit-yuan-per-person"), ("2亿欧元", "CCY_EUR"),
        ("12册", "NUM")]
    assert {"个季度", "港元", "毫米", "延米", "集", "羽"} <= set(units)
    assert not {"个点", "平方", "箱", "部门", "户籍"} & set(units)


def test_a_capacity_of_a_registry_project_is_about_the_project(facts_of):
    """大石化搬迁改造项目…，将在西中岛新建1000万吨炼油、120万吨乙烯…，预计新增产值1500亿元；恒力年产260万吨聚酯…
    (dalian-2023): the capacities and the expected output after the registry's project are about it; after ；, with
    no registry project named (恒力's project is not in the registry), they stay the place's."""
    facts = facts_of("大石化搬迁改造项目协议正式签署，将在西中岛新建1000万吨炼油、120万吨乙烯，打造精细化工产业园，"
                     "预计新增产值1500亿元；恒力年产260万吨聚酯项目开工建设。", "review")
    assert [(f.quantity.value, f.about) for f in facts] == [
        ("1000万吨", "project/dalian-petrochemical-relocation"), ("120万吨", "project/dalian-petrochemical-relocation"),
        ("1500亿元", "project/dalian-petrochemical-relocation"), ("260万吨", "place/dalian")]
    # a count in the sentence of a project that is no capacity stays the place's
    facts = facts_of("SK海力士项目主体工程完工，带动就业3000人。", "review")
    assert [(f.quantity.value, f.about) for f in facts] == [("3000人", "place/dalian")]
