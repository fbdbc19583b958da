"""The indicator, round 19 (stop 24, after TEST11 was measured): acts TEST11 showed a list's later items dropping.
Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

PLAN = HEAD.format(year=2014) + "二、2014年工作安排\n"
REVIEW = HEAD.format(year=2014) + "一、2013年工作回顾\n"


def test_later_items_keep_the_lists_act(registry):
    """启动建设公共停车场30个、立体停车场5个; 创成…、美丽宜居村庄260个; 淘汰…、高耗能电机17万千瓦; 启动…、新型农村社区
    项目24个 (TEST11: labels read as a stock): the act opening the list is each item's; 新型 is no act of the
    item's own."""
    got = facts(registry, PLAN + "启动建设公共停车场30个、立体停车场5个。\n", 2014)
    assert got["5个"].subject == "启动建设立体停车场"
    got = facts(registry, REVIEW + "创成省级特色田园乡村3个、美丽宜居村庄260个。\n", 2014)
    assert got["260个"].subject == "创成美丽宜居村庄"
    got = facts(registry, REVIEW + "淘汰落后产能企业12家、高耗能电机17万千瓦。\n", 2014)
    assert got["17万千瓦"].subject == "淘汰高耗能电机"
    got = facts(registry, PLAN + "启动城中村改造项目31个、合村并城项目38个、新型农村社区项目24个。\n", 2014)
    assert got["24个"].subject == "启动新型农村社区项目"
