"""The indicator's label, round 12 (stop 21; classes read on DEV18 of stop 21, seed 2018, drafts of 0.3.13, and on
TEST7; bench/README.md "Round 12: the indicator (stop 21)"): framing openers (`indicators.LEADING`), what became of
counted things run on into their label, labels that are only an act (`labels.py`), a class threshold inside the name
of projects invested in (`subjects.invested_in`). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts


def labels(registry, sentence: str, year: int = 2021) -> dict:
    """The label (the indicator's proposed name, else its registry name) of each drafted value of a sentence."""
    drafted = facts(registry, HEAD.format(year=year) + "一、过去一年工作回顾\n" + sentence + "\n", year)
    return {v: registry[f.indicator].zh if f.indicator in registry else f.subject for v, f in drafted.items()}


def test_framing_openers_are_no_part_of_a_label(registry):
    """年内实施…村屯257个 (Guigang), 五年内毕业研究生 (1983), 近20万被征地农民 (Ningxia), 我们将继续办好民生实事:
    a span of time, the 近 of an approximate value and the speaker frame the value; the label is the thing."""
    assert labels(registry, "年内实施自治区级绿化示范村屯257个，硬化村屯道路300公里。")["257个"] \
        == "实施自治区级绿化示范村屯"
    assert labels(registry, "五年内毕业研究生4.5万人。")["4.5万人"] == "毕业研究生"
    assert labels(registry, "近20万被征地农民通过政府补贴参加养老保险。")["20万"] \
        == "被征地农民通过政府补贴参加养老保险"
    assert labels(registry, "新的一年，我们将继续办好民生实事10件。")["10件"] == "办好民生实事"


def test_words_that_open_with_the_same_characters_keep_them(registry):
    """近期规划的, 近岸海域, 继续教育, 近五年: words, not framing."""
    assert labels(registry, "完成近期规划的336座小型垃圾转运站。")["336座"] == "近期规划的小型垃圾转运站"
    assert labels(registry, "近岸海域水质优良比例达到90%。")["90%"] == "近岸海域水质优良比例"
    assert labels(registry, "继续教育学员达到5万人。")["5万人"] == "继续教育学员"


def test_what_became_of_counted_things_is_no_part_of_their_label(registry):
    """295项年度政策落地任务全面完成 (Hulunbuir), 66个“城中村”改造全面启动 (Tianjin), 大全一期1000吨半导体硅基材料投产
    满产 (Baotou): the label is what is counted; the words before a value keep their act (棚改安置房全面建成2.5万套)."""
    assert labels(registry, "295项年度政策落地任务全面完成。")["295项"] == "年度政策落地任务"
    assert labels(registry, "66个“城中村”改造全面启动。")["66个"] == "“城中村”改造"
    assert labels(registry, "推动大全一期1000吨半导体硅基材料投产满产。")["1000吨"] == "大全一期半导体硅基材料"
    assert labels(registry, "棚改安置房全面建成2.5万套。")["2.5万套"] == "棚改安置房全面建成"


def test_a_label_that_is_only_an_act_takes_the_thing_of_the_count_before(registry):
    """实施增资扩产项目400个，竣工投产180个 (Wenzhou), 建设…住房23991套，基本建成2622套、竣工7307套 (Liangshan),
    新开工保障性住房400万平方米，建成300万平方米: the act is of the things counted before in the same unit."""
    assert labels(registry, "实施增资扩产项目400个，竣工投产180个。")["180个"] == "增资扩产项目竣工投产"
    got = labels(registry, "建设保障性住房和改造棚户区住房23991套，基本建成2622套、竣工7307套。")
    assert got["2622套"] == "保障性住房和改造棚户区住房基本建成" and got["7307套"] == "保障性住房和改造棚户区住房竣工"
    assert labels(registry, "新开工保障性住房400万平方米，建成300万平方米。")["300万平方米"] == "保障性住房建成"
    assert labels(registry, "棚改安置房全面建成2.5万套，新开工1.8万套。")["1.8万套"] == "棚改安置房新开工"


def test_an_act_of_another_unit_or_sentence_is_left(registry):
    """新开工项目120个，建成300万平方米 (another unit), 新开工项目120个。建成80个 (another sentence): not the
    projects'."""
    assert labels(registry, "新开工项目120个，建成300万平方米。")["300万平方米"] == "建成"
    assert labels(registry, "新开工项目120个。建成80个。")["80个"] == "建成"


def test_a_class_threshold_inside_the_name_of_projects_invested_in_is_kept(registry):
    """累计实施固定资产投资5000万元以上重点产业项目605个，完成投资1100亿元 (Qiqihar): the label was cut inside the
    threshold (万元以上重点产业项目投资); a threshold without a number (亿元以上技改项目) is as before."""
    assert labels(registry, "累计实施固定资产投资5000万元以上重点产业项目605个，完成投资1100亿元。")["1100亿元"] \
        == "固定资产投资5000万元以上重点产业项目投资"
    assert labels(registry, "实施亿元以上技改项目1000项、完成投资6600亿元。")["6600亿元"] == "亿元以上技改项目投资"
