"""Found, round 13 (stop 22): populations of a statement and packages named by their size (classes of the found errors
of audit-stop20-test5/6, audit-stop21-test7/8 and audit-stop22-dev19; bench/README.md "Round 13: found — populations
and packages (stop 22)"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"


def test_projects_an_investment_is_completed_in_are_counted(registry):
    """34个省重点项目完成投资253.6亿元, 100 个重点项目完成投资 606.9 亿元 (recall-stop19, TEST8): the readers split; the
    lead decided (docs/records.md, the reader's test) that the projects an investment is completed in are counted, as
    curated dalian-2025 counts 909个项目续建，完成年度投资900亿元: the count and the amount are both facts."""
    got = facts(registry, REVIEW + "34个省重点项目完成投资253.6亿元、326个市重点项目完成投资629.6亿元。"
                "着力解决阻工问题，100 个重点项目完成投资 606.9 亿元。\n", 2019)
    assert {"34个", "253.6亿元", "326个", "629.6亿元", "100 个", "606.9 亿元"} <= set(got)


def test_kinds_or_areas_a_count_falls_into(registry):
    """破获9类涉恶案件2322起, 全面完成10个方面100件实事, 提升11个领域107项公共服务供给质量 (TEST6/TEST8): how the second
    count is grouped. Kinds or areas with no count after them (新建3类示范点, 覆盖12个领域) stay."""
    got = facts(registry, REVIEW + "破获9类涉恶案件2322起。全面完成10个方面100件实事。"
                "提升11个领域107项公共服务供给质量。\n", 2019)
    assert {"2322起", "100件", "107项"} <= set(got)
    assert not {"9类", "10个", "11个"} & set(got)
    got = facts(registry, REVIEW + "新建3类示范点。服务覆盖12个领域。\n", 2019)
    assert "3类" in got and "12个" in got


def test_places_each_doing_a_thing(registry):
    """全市80个镇、街道均成立政法综治工作中心 (TEST8): one thing per member of the places. A count after a verb of doing
    (新建22个示范城镇全部投入使用), of things not places (400件建议全部按时办结) stays."""
    got = facts(registry, REVIEW + "全市80个镇、街道均成立政法综治工作中心。14个县区全部建立河长制。\n", 2019)
    assert "80个" not in got and "14个" not in got
    got = facts(registry, REVIEW + "新建22个示范城镇全部投入使用。400件建议全部按时办结。\n", 2019)
    assert "22个" in got and "400件" in got


def test_packages_written_name_first_in_a_list(registry):
    """出台稳工业23条、扩投资23条、促消费29条等具体政策措施 (TEST8): names of packages, also when issued. A
    package named number-first (出台促进养老服务发展21条政策措施) and a list of things built (新建道路3条、桥梁2座等
    设施) stay counts."""
    got = facts(registry, REVIEW + "出台稳工业23条、扩投资23条、促消费29条等具体政策措施，"
                "新增建设用地20.9万亩。\n", 2019)
    assert "20.9万亩" in got
    assert not any("条" in v for v in got)
    got = facts(registry, REVIEW + "出台促进养老服务发展21条政策措施。新建道路3条、桥梁2座等设施。\n", 2019)
    assert "21条" in got and "3条" in got


def test_places_each_bringing_in(registry):
    """94个乡镇全部引进飞地项目 (DEV19): the places each got one; 引进飞地项目142个 before it stays a count."""
    got = facts(registry, REVIEW + "全市引进飞地项目142个，94个乡镇全部引进飞地项目。\n", 2019)
    assert "142个" in got and "94个" not in got


def test_investment_bounding_a_class_of_projects(registry):
    """加快实施661项投资1亿元以上和33项投资10亿元以上的工业技改项目 (DEV19): thresholds of the classes counted;
    the counts stay. 新开工项目50个，完成投资5亿元以上。 (no count before 投资, no 的…项目 after) keeps its amount."""
    got = facts(registry, REVIEW + "加快实施661项投资1亿元以上和33项投资10亿元以上的工业技改项目。\n", 2019)
    assert "661项" in got and "33项" in got
    assert "1亿元" not in got and "10亿元" not in got
    got = facts(registry, REVIEW + "新开工项目50个，完成投资5亿元以上。\n", 2019)
    assert "5亿元" in got


def test_an_amount_each_member_is_to_build(registry):
    """每个区建设50公里以上慢行绿道 (DEV19): a length per member of a set, a rule. 每年新建绿道50公里
    (a year, not a member), a total (全市建设慢行绿道60公里) and a length per member with no 以上 (每个区
    建设慢行绿道40公里, as round 11 keeps 每个县建成3个示范点) stay."""
    got = facts(registry, REVIEW + "每个区建设50公里以上慢行绿道。\n", 2019)
    assert "50公里" not in got
    got = facts(registry, REVIEW + "每年新建绿道50公里。全市建设慢行绿道60公里。每个区建设慢行绿道40公里。\n", 2019)
    assert {"50公里", "60公里", "40公里"} <= set(got)
