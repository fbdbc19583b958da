"""Classes found by reading drafted facts of unread corpus reports by hand (stop 18, DEV sample of bench/audit.py;
bench/README.md "Precision by hand on unread reports"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

import pytest
import yaml
from rdflib import Literal
from rdflib.namespace import XSD

from api.extract.draft import dataset, draft, graph_name, records_yaml
from api.namespaces import GWR, ID
from api.settings import Settings
from api.vocab import load_vocabulary

REPORT = ("2016年测试市政府工作报告\n各位代表：\n一、“十二五”时期及2015年工作回顾\n"
          "预计规模以上工业增加值增长9.2%。五年累计实际利用外资120.58亿美元。\n"
          "二、2016年工作安排\n力争实现民营经济增加值820亿元。\n")


@pytest.fixture(scope="module")
def vocab():
    return load_vocabulary(Settings().ontology_dir)


def test_modality_and_span_reach_the_draft(registry, vocab):
    """docs/records.md "Modality, spans of years": the extractor read 预计, 力争 and 五年累计 but the draft records
    and graph left them out (every drafted fact of extractor 0.3.3 had no modality and no period_end)."""
    d = draft(REPORT, "ceshi-2016", registry, year=2016, place="place/ceshi", level="city")
    records = {r["value"]: r for r in yaml.safe_load(records_yaml(d, "ceshi-2016.txt", vocab))["facts"]}
    assert (records["9.2%"]["modality"], records["9.2%"]["modality_written"]) == ("estimate", "预计")
    assert (records["820亿元"]["modality"], records["820亿元"]["modality_written"]) == ("aspirational", "力争")
    assert (records["120.58亿美元"]["period"], records["120.58亿美元"]["period_end"]) == (2011, 2015)
    assert "modality" not in records["120.58亿美元"]
    g = dataset(d, vocab).graph(graph_name(d.report))
    facts = {str(g.value(s, GWR.valueAsWritten)): s for s in g.subjects(GWR.valueAsWritten, None)}
    assert g.value(facts["9.2%"], GWR.modality) == ID["modality-estimate"]
    assert g.value(facts["9.2%"], GWR.modalityAsWritten) == Literal("预计")
    assert g.value(facts["820亿元"], GWR.modality) == ID["modality-aspirational"]
    assert g.value(facts["120.58亿美元"], GWR.periodEnd) == Literal("2015", datatype=XSD.gYear)
    assert g.value(facts["120.58亿美元"], GWR.modality) is None


@pytest.mark.parametrize("sentence,value,expected", [
    ("赴北京、浙江等地开展经贸交流活动，签约142个项目。", "142个", ("exactly", "")),      # Jilin 2022
    ("分散建房下降68%以上，节约用地1.7万亩。", "1.7万亩", ("exactly", "")),              # Yueyang 2020
    ("新签约项目86个，总投资约50亿元。", "50亿元", ("about", "约")),
    ("全市接待游客约1.2亿人次。", "1.2亿人次", ("about", "约")),
])
def test_yue_closing_a_word_is_no_qualifier(facts_of, sentence, value, expected):
    """约 of 签约, 节约 (预约, 制约, 集约 …) is part of the word before the number, not 约 'about'."""
    f = next(f for f in facts_of(sentence, "review") if f.quantity.value == value)
    assert (f.reading.comparison, f.reading.comparison_written) == expected


@pytest.mark.parametrize("sentence,value,label", [
    ("建成8个医养结合示范点、9个街道（乡镇）养老服务综合体。", "8个", "医养结合示范点"),     # Enshi 2025
    ("完成营造林286万亩、石漠化综合治理887.83平方公里。", "286万亩", "营造林"),          # Guizhou 2025
    ("培育名师94人、名校15所、名校长37人。", "15所", "名校"),                           # Liaoyang 2020
    ("新建各类公园100处、绿道100公里。", "100处", "各类公园"),                          # Jinan 2023
])
def test_a_proposed_label_stops_at_the_next_listed_quantity(facts_of, sentence, value, label):
    """What a number counts follows it up to the next listed item that has a number of its own, and is
    nothing after it when a list separator follows the number at once (the counted thing came first)."""
    f = next(f for f in facts_of(sentence, "review") if f.quantity.value == value)
    assert f.indicator.startswith("indicator/proposed-")
    assert f.proposed.endswith(label) and not any(c.isdigit() for c in f.proposed), f.proposed


@pytest.mark.parametrize("sentence,value,words", [
    ("推出10条红色、绿色精品旅游线路。", "10条", "精品旅游线路"),
    ("推动7个县（市、区）年内全面建成乡村振兴示范带。", "7个", "乡村振兴示范带"),     # a 、 inside brackets
])
def test_a_counted_thing_after_the_number_is_kept(facts_of, sentence, value, words):
    f = next(f for f in facts_of(sentence, "plan") if f.quantity.value == value)
    assert words in f.proposed, f.proposed
