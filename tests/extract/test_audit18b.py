"""Classes found by reading drafted facts of unread corpus reports by hand, round 2 (stop 18, DEV2 sample of
bench/audit.py, seed 1819; bench/README.md "Precision by hand on unread reports"). Real registry, real extractor;
wordings of corpus reports."""
from __future__ import annotations

import pytest

from api.extract.draft import draft

FIVE_YEARS = ("2008年测试市政府工作报告\n各位代表：\n一、过去五年工作回顾\n"
              "着力增加低收入者收入，连续五年提高企业职工最低工资标准，企业退休人员基本养老金人均水平增长58％。\n"
              "全市生产总值2007年达到3000亿元，比上年增长12％。\n"
              "城市基础设施不断完善，新增城市道路120公里。\n"
              "各位代表，2007年是本届政府的收官之年，我们较好完成了全年目标任务。\n"
              "新增省星级上云企业229家。\n"
              "二、今后五年的目标任务\n常住人口城镇化率达到75%，新增就业参保人数超过65万。\n"
              "三、2008年主要工作\n新增城市道路30公里。\n")


def test_a_part_heading_names_the_span_of_its_undated_paragraphs(registry):
    """docs/records.md "Modality, spans of years": a review part headed 过去五年工作回顾 (“十三五”时期…回顾) and a plan
    part headed 今后五年的目标任务 (“十四五”时期…) govern their paragraphs that name no year of their own (Jiangsu
    2008, Guizhou 2011, Nantong 2022); a paragraph naming a year keeps it, and one opening with a year (各位代表，
    2021年是本届政府的收官之年) turns the rest of the part into that year's review (Nantong 2022)."""
    d = draft(FIVE_YEARS, "ceshi-2008", registry, year=2008, place="place/ceshi", level="city")
    got = {(f.quantity.value, f.kind): (f.period, f.period_end) for f in d.facts}
    assert got[("58％", "result")] == (2003, 2007)          # growth over the five years
    assert got[("120公里", "result")] == (2003, 2007)        # a flow (新增) over the five years
    assert got[("12％", "result")] == (2007, None)           # the paragraph names its year
    assert got[("229家", "result")] == (2007, None)          # after 各位代表，2007年是…: that year's
    assert got[("75%", "target")] == (2012, None)            # a level: the span's last year
    assert got[("65万", "target")] == (2008, 2012)           # a flow over the five years
    assert got[("30公里", "target")] == (2008, None)         # the year's plan


def test_a_heading_naming_a_year_too_gives_no_span(registry):
    text = ("2023年测试市政府工作报告\n各位代表：\n一、2022年工作回顾及过去五年主要成就\n"
            "城市基础设施不断完善，新增城市道路120公里。\n二、2023年工作安排\n新增城市道路30公里。\n")
    d = draft(text, "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    assert [(f.period, f.period_end) for f in d.facts] == [(2022, None), (2023, None)]


@pytest.mark.parametrize("sentence,values", [
    ("通河、延寿、木兰、方正4个县刚刚结束没有亿元产业项目的历史", []),                 # Harbin 2014
    ("10亿元以上企业达到19户，长虹、九洲、攀长钢、新华4户企业累计实现工业总产值1144亿元",
     ["19户", "1144亿元"]),                            # Mianyang 2014 (10亿元以上企业: a class, test_audit19)
    ("建立了公共物流、公共交易、公共技术研发等8个外贸服务平台", ["8个"]),             # 等: examples, a count
    ("建成学校、医院2个项目", ["2个"]),                                                 # digits: three names or more
])
def test_digits_repeating_the_names_listed_are_no_quantity(facts_of, sentence, values):
    """A count in digits of the names just listed (A、B、C、D4个县) repeats the list, as 两个/三项 do."""
    assert [f.quantity.value for f in facts_of(sentence, "review")] == values


@pytest.mark.parametrize("sentence,value,label", [
    ("19.95万农村贫困人口稳定脱贫，674个贫困村全部退出，7个贫困县在全省率先整体摘帽。", "7个",
     "贫困县在全省率先整体摘帽"),                                                        # Cangzhou 2021
    ("5个贫困县退出、13个贫困乡镇摘帽、626个贫困村出列。", "626个", "贫困村出列"),       # Qiandongnan 2018
    ("落实人才振兴60条，技能人才总量达266.9万人，12人入选国家高层次人才。", "12人",
     "入选国家高层次人才"),                                                              # Heilongjiang 2025
    ("建设提升“18+2”“魅力县城”、38个“风情小镇”、300个“美丽村寨”。", "38个", "风情小镇"),  # Ganzi 2019
    ("建立了公共物流、公共交易、公共技术研发等8个外贸服务平台。", "8个", "建立外贸服务平台"),  # Xuchang 2014 (round 23)
    ("提出并着手推进了19项重点工作。", "19项", "重点工作"),                              # Shenyang 2006
    ("全面启动2016年度49个乡镇政府驻地建成区整治建设和43个省级中心村建设。", "49个",
     "乡镇政府驻地建成区整治建设"),                                                      # Huangshan 2016
])
def test_what_a_count_counts_follows_it(facts_of, sentence, value, label):
    """The words before a count name no thing of their own (a list separator, a verb with 了, names before 等, a
    year's batch) and a noun follows: the count is of that noun, not of the neighbouring item's subject."""
    f = next(f for f in facts_of(sentence, "review") if f.quantity.value == value)
    assert f.subject == label


@pytest.mark.parametrize("sentence,value,label", [
    ("历年拆迁的1万户3.3万人有望在2020年得到安置。", "3.3万人", "历年拆迁的3.3万人有望在2020年得到安置"),  # Lu'an 2020
    ("74个子项目中，有72个达到或超过进度要求。", "72个", "子项目中"),
    ("内资1885.6亿元、增长15.1%。", "15.1%", "内资"),
])
def test_a_second_value_keeps_its_subject(facts_of, sentence, value, label):
    f = next(f for f in facts_of(sentence, "review") if f.quantity.value == value)
    assert f.subject == label
