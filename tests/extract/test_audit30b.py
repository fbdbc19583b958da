"""Recall, round 17b (stop 23): quantitative statements the extractor missed, from the development sample
bench/results/recall-stop23-dev4.tsv and the misses left by round 14 (/work/notes/round17b.md). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "二、2019年工作安排\n"


def test_a_mark_alone_with_daguan(registry):
    """江都、邗江突破千亿大关。 (DEV4): a mark written alone, with no figure of its own beside it, is the statement
    (docs/records.md), also with 大关; a mark passed before the value is given is not (突破千亿大关，达到1020亿元)."""
    got = facts(registry, REVIEW + "全市地区生产总值达6696.4亿元，江都、邗江突破千亿大关。\n", 2019)
    assert "千亿" in got and got["千亿"].reading.comparison == "more-than"
    got = facts(registry, REVIEW + "全市财政收入突破千亿大关，达到1020亿元。生产总值突破万亿大关，预计达1.2万亿元。\n",
                2019)
    assert "千亿" not in got and "1020亿元" in got and "万亿" not in got and "1.2万亿元" in got


def test_first_place_of_a_result(registry):
    """以第一名成绩通过国家验收 (DEV4): a rank. 第一名党员 (a count of something else after it) is none."""
    got = facts(registry, REVIEW + "扬州（高邮）国家农科园以第一名成绩通过国家验收。\n", 2019)
    assert "一名" in got and got["一名"].reading.measure == "rank"
    got = facts(registry, REVIEW + "表彰第一名党员代表。\n", 2019)
    assert "一名" not in got


def test_time_after_an_event(registry):
    """震后10分钟，成立抗震救灾前线指挥部; 震后36小时…; 签约后97天即全面开工 (round 14's TEST3; 18 in the corpus): how
    soon something was done after an event is a time stated. 此后10天, 两年后, 投产后3年 stay spans."""
    got = facts(registry, REVIEW + "争分夺秒抢险救援。震后10分钟，成立抗震救灾前线指挥部。震后36小时，全市商业网点基本"
                "恢复营业。基地签约后97天即全面开工。\n", 2019)
    assert {"10分钟", "36小时", "97天"} <= set(got)
    got = facts(registry, REVIEW + "此后10天，灾区基本恢复正常。项目投产后3年达到设计能力。\n", 2019)
    assert "10天" not in got and "3年" not in got
    got = facts(registry, REVIEW + "千方百计安置受灾群众，震后10天完成1500多万人的应急安置。\n", 2019)
    assert "10天" not in got and "1500多万人" in got


def test_a_streak_of_awards(registry):
    """连续5年获得全省目标考核优秀等次 (round 14's DEV3), 连续11年荣获全国粮食生产先进县称号: the number of consecutive
    years an award was won is what the sentence states, a count (docs/records.md, as 连续六次荣获…称号). A streak that
    qualifies another value or a rank is not (粮食连续五年增产, 连续4年超300天, 连续3年获评全省第一名,
    连续八年被评为全省第一; 连续四年获得丰收: the 3311 corpus check)."""
    got = facts(registry, REVIEW + "连续5年获得全省目标考核优秀等次，连续11年荣获全国粮食生产先进县称号。\n", 2019)
    assert "5年" in got and "11年" in got
    got = facts(registry, REVIEW + "粮食连续五年增产，空气优良天数连续4年超300天，连续3年获评全省第一名。\n", 2019)
    assert "五年" not in got and "4年" not in got and "3年" not in got and "300天" in got
    got = facts(registry, REVIEW + "依法行政工作连续八年被评为全省第一。粮食总产267.9万吨，连续四年获得丰收。\n", 2019)
    assert "八年" not in got and "四年" not in got and "267.9万吨" in got
