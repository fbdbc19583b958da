"""The indicator's label and `about`, round 11 (stop 21; classes read on DEV13 of stop 21, seed 2013, drafts of 0.3.12,
and on the blind samples of stop 20; bench/README.md "Round 11: about and subjects (stop 21)"): api/extract/labels.py,
api/extract/indicators.py. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts


def drafted(registry, sentence: str, year: int = 2021) -> dict:
    """The drafted facts of a sentence in a review part, by value as written."""
    return facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry name) of each drafted value of a sentence."""
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject
            for v, f in drafted(registry, sentence, year).items()}


def test_a_value_of_a_part_of_the_place_keeps_the_part_in_its_label(registry):
    """开发区规模以上工业增加值增长8%左右 (Yunnan), 县域公共财政收入年均增长28% (Xianning): a registry indicator named
    after a sub-unit (a zone, the counties) is not the place's; the label keeps the part, the indicator is proposed."""
    got = drafted(registry, "开发区规模以上工业增加值增长8%左右。")["8%"]
    assert got.subject == "开发区规模以上工业增加值" and got.indicator.startswith("indicator/proposed-")
    assert got.about == "place/ceshi"
    assert labels(registry, "县域公共财政收入年均增长28%。")["28%"] == "县域公共财政收入"
    assert labels(registry, "园区规上工业增加值占全州的92%以上。")["92%"].startswith("园区规上工业增加值")


def test_a_value_of_the_place_keeps_its_registry_indicator(registry):
    """规模以上工业增加值增长8% and 全市规模以上工业增加值 (the whole place), 加快推进开发区建设，… (the zone is
    what the government builds, not the clause's subject): the registry indicator stays."""
    assert drafted(registry, "规模以上工业增加值增长8%。")["8%"].indicator == "indicator/industrial-value-added"
    assert drafted(registry, "开发区建设取得新进展，全市规模以上工业增加值增长8%。")["8%"].indicator \
        == "indicator/industrial-value-added"
    assert drafted(registry, "加快推进开发区建设，规模以上工业增加值增长8%。")["8%"].indicator \
        == "indicator/industrial-value-added"


def test_a_sentence_whose_subject_is_a_part_gives_its_values_the_part(registry):
    """13个工业园区新建标准厂房…，规上工业增加值170亿元 (Honghe), 市中心城区实施基础设施项目171个，完成投资107.9亿元
    (Chenzhou), 经开区全力抓好…，建设主干道路5条 (Lanzhou): the sentence opens with the part, then says what it did."""
    got = labels(registry, "13个工业园区新建标准厂房15.3万平方米，新增入园企业185户，规上工业增加值170亿元，增长25%。")
    assert got["170亿元"] == "工业园区规上工业增加值" and got["185户"] == "工业园区新增入园企业"
    assert labels(registry, "市中心城区实施基础设施项目171个，完成投资107.9亿元。")["107.9亿元"] \
        == "市中心城区基础设施项目投资"
    sentence = "经开区全力抓好生态修复与产业发展示范区建设，推进起步区综合开发，建设主干道路5条。"
    assert labels(registry, sentence)["5条"] == "经开区建设主干道路"


def test_a_part_that_is_no_sentence_subject_gives_nothing(registry):
    """提升中心城区承载能力，134个城建重点项目完成投资70亿元 (an act on the part), 主城区空气质量优良率达98.9%，
    万元生产总值能耗下降9% (the part is the first value's, not the sentence's), 县域公共财政收入…，嘉鱼、咸安…
    (a list of places)."""
    got = labels(registry, "提升中心城区承载能力，134个城建重点项目完成投资70亿元。")
    assert not got["70亿元"].startswith("提升中心城区")
    assert drafted(registry, "主城区空气质量优良率达98.9%，万元生产总值能耗下降9%以上。")["9%"].indicator \
        == "indicator/energy-intensity"
    sentence = "县域公共财政收入年均增长28%，嘉鱼、咸安地方公共财政总收入突破10亿元。"
    assert "县域" not in labels(registry, sentence)["10亿元"]


def test_a_total_after_an_addition_of_the_same_unit_takes_its_thing(registry):
    """高速公路新增1700公里，总里程达到4289公里 (Guangxi), 新增运营里程36公里，总里程达到372公里: the total is of what
    was added; not across a unit change (茶叶产量5.96万吨…，综合产值突破100亿元)."""
    assert labels(registry, "高速公路新增1700公里，总里程达到4289公里。")["4289公里"] == "高速公路总里程"
    assert labels(registry, "3条线路顺利开通，新增运营里程36公里，总里程达到372公里。")["372公里"] == "运营总里程"
    assert labels(registry, "茶叶产量5.96万吨，增长14%，综合产值突破100亿元。")["100亿元"] == "综合产值"


def test_an_investment_takes_the_thing_it_is_spent_on(registry):
    """投资3330万元，实施小流域治理项目8个; 投资2.6亿元提升改造文化旅游标杆村15个 (Gannan): the count that follows
    names what the money built; not a result apart (完成投资60亿元，新开工项目10个), nor a subsidy (对…实施补贴)."""
    assert labels(registry, "投资3330万元，实施小流域治理项目8个。")["3330万元"] == "小流域治理项目投资"
    assert labels(registry, "投资2.6亿元提升改造文化旅游标杆村15个。")["2.6亿元"] == "提升改造文化旅游标杆村投资"
    assert labels(registry, "投资35亿元，开工建设棚户区改造项目23个。")["35亿元"] == "棚户区改造项目投资"
    assert "新开工项目" not in labels(registry, "完成投资60亿元，新开工项目10个。")["60亿元"]
    assert "补贴" not in labels(registry, "投入29.2亿元，对5.6万户城市低收入家庭购买经济适用房实施补贴。")["29.2亿元"]


def test_a_project_capacity_is_labelled_as_docs_records_says(registry):
    """重点建设矿山机械厂年产7.4万台液压挖掘机 (Guiyang), 加速推进金石年产80万吨聚丙烯项目: what a project under
    way will add (indicator/planned-production-capacity); 年产10万吨乙二醇项目建成投产: a capacity put into
    operation."""
    got = drafted(registry, "重点建设矿山机械厂年产7.4万台液压挖掘机、贵州轮胎公司年产500万条半钢子午线轮胎。")
    assert got["7.4万台"].indicator == got["500万条"].indicator == "indicator/planned-production-capacity"
    assert drafted(registry, "加速推进金石年产80万吨聚丙烯项目。")["80万吨"].indicator \
        == "indicator/planned-production-capacity"
    assert drafted(registry, "年产10万吨乙二醇项目建成投产。")["10万吨"].indicator \
        == "indicator/production-capacity-put-into-operation"


def test_production_and_cut_capacity_are_no_project_capacity(registry):
    """全市年产粮食100万吨 (the place's output), 淘汰水泥落后产能1458万吨, 压减粗钢产能211万吨 (cut, not built)."""
    capacities = {"indicator/planned-production-capacity", "indicator/production-capacity-put-into-operation"}
    assert drafted(registry, "全市年产粮食100万吨。")["100万吨"].indicator not in capacities
    assert drafted(registry, "淘汰水泥落后产能1458万吨、小火电140万千瓦。")["1458万吨"].indicator not in capacities
    assert drafted(registry, "全市压减生铁产能284万吨、粗钢产能211万吨。")["211万吨"].indicator not in capacities


def test_framing_words_are_no_part_of_a_label(registry):
    """民生投入占财政支出始终保持在70%以上 (Huludao), 县域经济总量占全省的比重再提高2个百分点, 银行不良贷款余额较年初
    下降13.7亿元 (Yantai), 1997年乡镇企业现价总产值 (Inner Mongolia), 全力办好10件惠民实事 (Nujiang)."""
    assert labels(registry, "民生投入占财政支出始终保持在70%以上。")["70%"] == "民生投入占财政支出"
    assert labels(registry, "县域经济总量占全省的比重再提高2个百分点。")["2个百分点"].endswith("比重")
    assert labels(registry, "银行不良贷款余额较年初下降13.7亿元。")["13.7亿元"] == "银行不良贷款余额"
    assert labels(registry, "1997年乡镇企业现价总产值突破1700亿元。")["1700亿元"] == "乡镇企业现价总产值"
    assert labels(registry, "全力办好10件惠民实事。")["10件"] == "办好惠民实事"


def test_words_that_look_like_framing_stay(registry):
    """比较优势产业 (比较 is no 较), 2020年度 and 2018年以来 (not a year alone), a bare 再 (nothing before it)."""
    assert labels(registry, "比较优势产业产值100亿元。")["100亿元"] == "比较优势产业产值"
    assert labels(registry, "2018年以来化解存量债务254.2亿元。")["254.2亿元"].startswith("2018年以来")
    assert labels(registry, "对20个贫困村实施整村推进扶贫开发，再实现2万农村贫困人口脱贫。")["2万"] == "农村贫困人口"


def test_a_count_after_a_relative_clause_takes_the_thing_that_follows(registry):
    """三是完成近期规划的336座小型垃圾转运站建设任务 (Shenzhen), 巩固提升已达标的16项指标 (Yangjiang),
    纳入计划的1506个老旧小区改造全面完成: the words before the count end in 的, so the counted thing follows the
    number; what became of it (全面完成, 列入…) is no part of its name."""
    got = labels(registry, "三是完成近期规划的336座小型垃圾转运站建设任务。")["336座"]
    assert got.startswith("近期规划的小型垃圾转运站")
    got = labels(registry, "巩固提升已达标的16项指标，扎实推进达到时序进度的12项指标。")["16项"]
    assert got == "巩固提升已达标的指标"
    assert labels(registry, "力争纳入计划的1506个老旧小区改造全面完成。")["1506个"] == "纳入计划的老旧小区改造"
    assert labels(registry, "天工半导体等企业的14个项目列入省高质量发展项目库。")["14个"] == "天工半导体等企业的项目"


def test_a_count_with_no_thing_after_it_keeps_its_label(registry):
    """全市规模以上的工业企业达到500家 (the thing comes first), 列入计划的30个，已全部完工 (nothing follows the
    count)."""
    assert labels(registry, "全市规模以上的工业企业达到500家。")["500家"] == "规模以上的工业企业"
    assert labels(registry, "列入计划的30个，已全部完工。")["30个"] == "列入计划"
