"""The indicator's label, round 10 (stop 21; classes read on DEV11 of stop 21, seed 2011, drafts of 0.3.11;
bench/README.md "Round 10: generic and framing labels (stop 21)"): api/extract/labels.py. Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from api.extract.indicators import label_of
from tests.extract.texts import HEAD, facts


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry name) of each drafted value of a sentence."""
    got = facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject for v, f in got.items()}


def test_a_count_after_an_act_takes_the_thing_that_follows_it(registry):
    """在中心城区开工建设3个立体停车场 (Ji'an), 为…基层防疫办公室配备626名防疫专干 (Urumqi), 加快自治区本级10个重点卫生
    项目建设 (Inner Mongolia): the words before the count end in an act; what it counts follows the number."""
    assert labels(registry, "在中心城区开工建设3个立体停车场，新增停车位3000个以上。")["3个"] \
        == "中心城区开工建设立体停车场"
    assert labels(registry, "为管委会（街道、乡镇）基层防疫办公室配备626名防疫专干。")["626名"].endswith("配备防疫专干")
    assert labels(registry, "加快自治区本级10个重点卫生项目建设。")["10个"] == "加快自治区本级重点卫生项目建设"
    assert labels(registry, "在城乡结合部新开通100条公交线路。")["100条"] == "城乡结合部新开通公交线路"


def test_a_count_whose_words_name_a_thing_or_that_nothing_follows_keeps_its_label(registry):
    """开展职业培训11.9万人。 (nothing follows), 新增停车位3000个以上 (a noun before),
    扎实推进36处场馆改造提升 (the label already holds the words after the count),
    精心组织、全力推进288户国企10.9万名退休人员… (another count follows)."""
    assert labels(registry, "开展职业培训11.9万人。")["11.9万人"] == "开展职业培训"
    assert labels(registry, "新增停车位3000个以上。")["3000个"] == "新增停车位"
    assert labels(registry, "扎实推进36处场馆改造提升。")["36处"] == "扎实推进场馆改造"
    assert "10.9万名" not in labels(registry, "精心组织、全力推进288户国企10.9万名退休人员实现社会化管理。")["288户"]
    assert labels(registry, "全年完成造林900万亩，种草190万亩。")["900万亩"] == "造林"


def test_a_generic_label_takes_the_thing_the_count_before_it_counted(registry):
    """签约金融招商项目36个、合同金额1238亿元 (Linyi), 省级专精特新企业100家，总数达480家 (Xuancheng), 受理群众投诉
    9.79万件，办结率98%, 新增上市公司12家，总数达到37家: the generic measure is of the thing the count before named."""
    assert labels(registry, "签约金融招商项目36个、合同金额1238亿元。")["1238亿元"] == "金融招商项目合同金额"
    assert labels(registry, "新增国家级专精特新“小巨人”企业5家，省级专精特新企业100家，总数达480家。")["480家"] \
        == "省级专精特新企业总数"
    assert labels(registry, "受理群众投诉9.79万件，办结率98%。")["98%"] == "受理群众投诉办结率"
    assert labels(registry, "新增上市公司12家，总数达到37家。")["37家"] == "上市公司总数"
    assert labels(registry, "高新技术企业净增180家、总数突破700家。")["700家"] == "高新技术企业总数"
    got = labels(registry, "新增境内上市公司62家，总数186家、从全国第9位升至第7位。")
    assert got["186家"] == "境内上市公司总数" and got["7位"] == "境内上市公司总数"


def test_a_generic_label_after_a_list_a_rate_of_both_or_no_count_stays(registry):
    """办理人大代表建议132件、政协提案149件，办结率100% and …建议511件，政协提案223件，满意率99.5%: the rate is of
    both, not of the last (round 26: named by both, 人大代表建议和政协提案办结率); 市场主体逆势增长，净增6.2万户，
    总数… (the count's words name no thing); 工业增加值增长10%，
    总量控制在5万吨 (no count before: the existing label stays); 经营主体总数44.5万户 (no value before)."""
    got = labels(registry, "办理人大代表建议132件、政协提案149件，办结率100%。")["100%"]
    assert got == "人大代表建议和政协提案办结率"
    got = labels(registry, "办理省市人大代表建议511件，政协提案223件，满意率99.5%。")["99.5%"]
    assert got == "省市人大代表建议和政协提案满意率"
    assert labels(registry, "市场主体逆势增长，净增6.2万户，总数达到49.3万户。")["49.3万户"] == "总数"
    assert labels(registry, "全市主要污染物排放量下降10%，总量控制在5万吨。")["5万吨"] == "主要污染物排放量"


def test_a_list_number_with_spaces_is_no_part_of_the_label():
    """（ 4）完成国有林区棚户区改造148套 (Xinyu 2014): the list's number written with spaces goes, as （4） did."""
    assert label_of("（ 4）完成国有林区棚户区改造") == "国有林区棚户区改造"
    assert label_of("（4）完成国有林区棚户区改造") == "国有林区棚户区改造"
    assert label_of("（四）全面推进") == "全面推进"
    assert label_of("4G基站") == "4G基站"
