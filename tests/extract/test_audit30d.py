"""Recall and found, round 17d (stop 23): what TEST10 and recall TEST4 showed after their blind measurement
(bench/README.md "Round 17d"). Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2014) + "一、2013年工作回顾\n"
PLAN = HEAD.format(year=2014) + "二、2014年工作安排\n"


def test_an_appendix_after_the_glossary_is_the_reports_own(registry):
    """名词解释 … then 附件： and the year's list of 民生 projects (zhuzhou-2014, recall TEST4): the glossary ends
    at the bare appendix heading; its entries stay unrecorded."""
    body = "新增城镇就业6万人，城镇登记失业率控制在4%以内。\n" * 30
    text = (PLAN + body + "名词解释：\n1、“四化两型”：新型工业化、农业现代化，建设3个示范区。\n"
            "附件：\n十大工业项目和民生100工程\n2、新增农村劳动力转移就业1.5万人。\n")
    got = facts(registry, text, 2014)
    assert "1.5万人" in got and "3个" not in got


def test_a_count_of_road_network_projects(registry):
    """开工建设七个路网改造项目 (ningxia-2004, recall TEST4): 路 after the count words no slogan; 四条路径,
    三条路子 stay names of a policy."""
    got = facts(registry, PLAN + "新建和续建五个重点项目，开工建设七个路网改造项目，探索四条路径，走出三条路子。\n",
                2014)
    assert "七个" in got and "五个" in got
    assert "四条" not in got and "三条" not in got


def test_ranks_after_wei_with_a_scope(registry):
    """增幅分别为全国十大机场第一和支线机场第一 (shaanxi-2010, recall TEST4), 由全国第6位上升为第4位: ranks;
    保护为主、抢救第一 and 成为…第一 are no rank stated with 为."""
    got = facts(registry, REVIEW + "旅客吞吐量增幅分别为全国十大机场第一和支线机场第一。\n", 2014)
    assert [f.quantity.value for f in got.values()].count("一") >= 1
    d = facts(registry, REVIEW + "粮食产量由全国第6位上升为第4位。\n", 2014)
    assert "6位" in d and "4位" in d
    assert not facts(registry, REVIEW + "坚持保护为主、抢救第一、合理利用。\n", 2014)


def test_two_ranks_after_wei(registry):
    """分别为…第一和…第一: both ranks drafted."""
    from api.extract.draft import draft
    from tests.extract.texts import HEAD as H
    d = draft(H.format(year=2014) + "一、2013年工作回顾\n旅客吞吐量增幅分别为全国十大机场第一和支线机场第一。\n",
              "ceshi-2014", registry, year=2014, place="place/ceshi", level="city")
    assert sum(f.quantity.rank for f in d.facts) == 2


def test_a_level_fallen_to_zero(registry):
    """贫困发生率由6.3%降为零 (xishuangbanna-2021, recall TEST4): 零 is the level, in the unit it fell from, with the
    same indicator; 零就业家庭动态清零 stays a name."""
    got = facts(registry, REVIEW + "贫困发生率由6.3%降为零。实现零就业家庭动态清零。\n", 2014)
    assert "零" in got and got["零"].quantity.unit == "%"
    assert got["零"].indicator == got["6.3%"].indicator


def test_a_herd_size_classes_farms(registry):
    """1000头以上肉牛、5000头以上生猪规模饲养场 (TEST10): the herd size classes the farms built; a herd stated (出栏生猪
    500万头以上) and the farms counted stay."""
    got = facts(registry, PLAN + "打造1000头以上肉牛、5000头以上生猪规模饲养场。"
                "全年出栏生猪500万头以上，新建养殖场20个。\n", 2014)
    assert "1000头" not in got and "5000头" not in got
    assert "500万头" in got and "20个" in got


def test_a_scale_class_shared_by_a_list(registry):
    """形成1个5000亿和4个千亿级新兴产业集群 (nanjing-2021, TEST10): 5000亿 shares the 级 of the list; the counts stay,
    and amounts joined by 和 with no 级 stay amounts."""
    got = facts(registry, PLAN + "形成1个5000亿和4个千亿级新兴产业集群。\n", 2014)
    assert "5000亿" not in got and "1个" in got and "4个" in got
    got = facts(registry, PLAN + "地区生产总值5000亿和财政收入500亿。\n", 2014)
    assert "5000亿" in got and "500亿" in got


def test_a_thing_done_in_a_term_review_is_the_terms(registry):
    """1.综合实力实现新提升。预计2021年，…。…创建省级高新区4家 under 过去五年工作回顾 (yongzhou-2022, TEST10): a thing
    done takes the term's span, a year named in an earlier sentence aside; that sentence's levels and a stock reached
    (百亿园区发展到10家) stay that year's, and after 刚刚过去的2015年，我们… (jiangsu-2016) the year's figures stay the
    year's."""
    head = HEAD.format(year=2022) + "一、过去五年工作回顾\n"
    got = facts(registry, head + "1.综合实力实现新提升。预计2021年，全市地区生产总值达到2300亿元。"
                "净增规模工业企业391家，创建省级高新区4家，百亿园区发展到10家。\n", 2022)
    assert (got["2300亿元"].period, got["2300亿元"].period_end) == (2021, None)
    assert (got["4家"].period, got["4家"].period_end) == (2017, 2021)
    assert (got["391家"].period, got["391家"].period_end) == (2017, 2021)
    assert got["10家"].period_end is None
    got = facts(registry, HEAD.format(year=2016) + "一、过去五年工作回顾\n特别需要指出的是，刚刚过去的2015年，我们统筹"
                "做好各项工作。全省地区生产总值增长8.5%，城镇新增就业139.8万人。\n", 2016)
    assert got["139.8万人"].period_end is None
