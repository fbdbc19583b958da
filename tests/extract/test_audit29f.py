"""Found, round 16 (stop 22): names and descriptors TEST9 showed after its blind measurement (bench/README.md "Round
16: found (stop 22)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "二、2019年工作安排\n"


def test_years_of_schooling_name_the_schooling(registry):
    """普及15年基础教育, 推行…15年免费教育 (TEST9; 12 in 300 corpus reports): the years name the kind of schooling
    (docs/records.md; round 5 had kept 实现…15年免费教育 as a programme's length, both TEST9 readers judged it a name).
    Years of schooling reached (人均受教育年限达到10.5年) stay."""
    got = facts(registry, REVIEW + "率先普及15年基础教育，全面实行15年教育资助政策。"
                "在全疆率先实现从学前教育到普通高中教育的15年免费教育。\n", 2019)
    assert "15年" not in got
    got = facts(registry, REVIEW + "劳动年龄人口平均受教育年限达到10.5年，新建学校12所。\n", 2019)
    assert "10.5年" in got and "12所" in got


def test_principles_named_by_their_number(registry):
    """牢记两个“务必”, 执行市委市政府六个坚持 (TEST9): a set of principles named by its size, in quotes or not. Things
    counted with a quoted name (建成两个“智慧社区”) stay counts."""
    got = facts(registry, PLAN + "所有政府工作人员都要牢记两个“务必”。坚决执行市委市政府六个坚持及其实施细则。\n", 2019)
    assert "两个" not in got and "六个" not in got
    got = facts(registry, REVIEW + "建成两个“智慧社区”，新建三个养老服务中心。\n", 2019)
    assert "两个" in got and "三个" in got


def test_a_county_named_sanmen(registry):
    """三门与中关村…达成共建协议 (TEST9): 三门 is a county at the head of a clause, not three of anything (三门峡 was a
    name already)."""
    got = facts(registry, REVIEW + "台州技术转移中心协议签订，三门与中关村天合科技成果转化促进中心达成共建协议。\n",
                2019)
    assert "三门" not in got


def test_a_voltage_names_the_line(registry):
    """加快三峡50万伏输变电工程 (TEST9): the voltage rates the line, it is no amount. A line's length stays."""
    got = facts(registry, REVIEW + "加快三峡50万伏输变电工程建设，新建输电线路56公里。\n", 2019)
    assert "50万" not in got and "56公里" in got
