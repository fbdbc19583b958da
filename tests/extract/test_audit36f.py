"""Round 23 (stop 26, after TEST13 was measured): a bare measure (a rate, 出栏, 总收入, 从业人员) is of the thing its
sentence named just before it, in an earlier item or clause (api/extract/owners.py). Real registry, real extractor;
wordings of corpus reports (audit-stop26-test13, audit-stop25-test12)."""
from __future__ import annotations

from tests.extract.texts import labels


def test_a_later_item_keeps_the_owner_of_the_item_before(registry):
    """实现生猪存栏300万头、出栏400万头以上 (baoshan-2022): 出栏 is the pigs'; 电商主体达4635家，从业人员22万人
    (xiaogan-2021): the e-commerce employees."""
    assert labels(registry, "实现生猪存栏300万头、出栏400万头以上。")["400万头"] == ["生猪出栏"]
    assert labels(registry, "电商主体达4635家，从业人员22万人。")["22万人"] == ["电商从业人员"]
    assert labels(registry, "工业企业实现利润50亿元，税收10亿元。")["10亿元"] == ["工业企业税收"]
    # enterprises counted own what follows (市级农业产业化龙头企业增至35家，产值增长10.7%: xiamen-2007)
    got = labels(registry, "市级农业产业化龙头企业增至35家，产值增长10.7%。")
    assert got["10.7%"] == ["市级农业产业化龙头企业产值"]


def test_a_fenbie_lists_bare_item_takes_the_first_items_qualifier(registry):
    """全州旅游接待人数、总收入分别增长34.48%、39.64% (honghehanizuyizu-2023): 旅游总收入, the place word left."""
    assert labels(registry, "全州旅游接待人数、总收入分别增长34.48%、39.64%。")["39.64%"] == ["旅游总收入"]


def test_a_contribution_rate_after_a_value_is_of_its_thing(registry):
    """…软件和信息技术服务业收入增速达87.6%，对经济增长贡献率达44.5% (guiyang-2023); 信息经济增加值3216亿元，增长
    21.8%，对经济增长贡献率超50% (a 经济 owner kept)."""
    got = labels(registry, "软件和信息技术服务业收入增速达87.6%，对经济增长贡献率达44.5%。")["44.5%"]
    assert got == ["软件和信息技术服务业对经济增长贡献率"]
    got = labels(registry, "信息经济增加值3216亿元，增长21.8%，对经济增长贡献率超50%。")["50%"]
    assert got == ["信息经济对经济增长贡献率"]


def test_a_bare_rate_after_a_clause_takes_its_subject_or_object(registry):
    """居民社会养老保险制度实现城乡一体化，参保率96% (ningde-2014); 提升城市生活垃圾分类质效，确保回收利用率保持在
    39%以上 (guangyuan-2023)."""
    assert labels(registry, "居民社会养老保险制度实现城乡一体化，参保率96%。")["96%"] == ["居民社会养老保险参保率"]
    got = labels(registry, "提升城市生活垃圾分类质效，确保回收利用率保持在39%以上。")
    assert got["39%"] == ["城市生活垃圾回收利用率"]
    # a rate with a thing of its own is not prefixed (新建农村公路200公里，农村公路通畅率…; …，城镇化率提高到55%)
    assert labels(registry, "新建农村公路200公里，农村公路通畅率达到100%。")["100%"] == ["农村公路通畅率"]
    assert labels(registry, "全市森林覆盖率达到45%，城镇化率提高到55%。")["55%"] == ["城镇化率"]


def test_rates_given_fenbie_are_of_the_clauses_listed_objects(registry):
    """积极办理人大代表建议和政协提案，满意率分别达99.76%和99.64% (quanzhou-2004): one rate of each thing handled."""
    got = labels(registry, "积极办理人大代表建议和政协提案，满意率分别达99.76%和99.64%。")
    assert (got["99.76%"], got["99.64%"]) == (["人大代表建议办理满意率"], ["政协提案办理满意率"])
    # a rate given once after a list is of all of it: no one item's
    assert labels(registry, "积极办理人大代表建议和政协提案，满意率达99%。")["99%"] == ["满意率"]



def test_a_bare_measure_after_a_clause_developing_or_stating_a_thing_is_its(registry):
    """乡镇企业重组转制成效显著，实现利润45亿元 (beijing-2000), 第二产业快速增长，增加值年均增长20.9% (shandong-1996):
    the subject's; 扩大蔬菜生产，力争产量增长5% (guangxi-2021), 加快战略性新兴产业集聚发展，确保产值增长11%左右
    (xuancheng-2016): what is developed. An act's plain object is not (加强招商引资，实现产值50亿元)."""
    assert labels(registry, "乡镇企业重组转制成效显著，实现利润45亿元，增长20%。")["45亿元"] == ["乡镇企业利润"]
    assert labels(registry, "扩大蔬菜生产，力争产量增长5%。")["5%"] == ["蔬菜产量"]
    assert labels(registry, "加快战略性新兴产业集聚发展，确保产值增长11%左右。")["11%"] == ["战略性新兴产业产值"]
    assert labels(registry, "加强招商引资，实现产值50亿元。")["50亿元"] == ["产值"]


def test_an_output_after_an_area_and_a_count_after_batches_share_the_owner(registry):
    """粮食种植面积211万亩，产量70万吨、增长3% (zhongwei-2023): both values the grain's; 来信来访批次、人数分别下降
    34.8%和23.5% (xiamen-2016)."""
    got = labels(registry, "粮食种植面积211万亩，产量70万吨、增长3%。")
    assert (got["70万吨"], got["3%"]) == (["粮食产量"], ["粮食产量"])
    assert labels(registry, "来信来访批次、人数分别下降34.8%和23.5%。")["23.5%"] == ["来信来访人数"]
