"""Classes found by reading drafted facts of corpus reports by hand, round 8 of *found* (stop 20: the DEV4 sample of
bench/audit.py, seed 2004, drafts of 0.3.9, and the lead's decisions of round 8; bench/README.md "Round 8: found,
counts (stop 20)"; api/extract/classes.py). Real registry, real extractor; wordings of corpus reports, positive and
negative examples of each class."""
from __future__ import annotations

import pytest

from tests.extract import texts


def values(registry, sentence: str, review: bool = False) -> list[str]:
    template, year = (texts.REVIEW, 2011) if review else (texts.PLAN, 2023)
    return texts.values(registry, template, sentence, year)


@pytest.mark.parametrize("sentence, kept", [
    # common21.md; Taiyuan 2000, Xiamen 2016, Zhangjiakou 2025, Jingdezhen 2023, Yunnan 2011 (corpus check)
    ("61家“一企一策”企业增长21.3%。", ["21.3%"]),
    ("7个重点工业园区占全省工业增加值的比重超过50%。", ["50%"]),
    ("22个省级特色示范城镇建设成效显著。", []),
    ("全市4个公共图书馆、126个文化馆（站）、1个纪念馆全部向社会免费开放。", []),
    ("加大对3个国家级开发区简政放权的力度。", []),
    ("50户优势民营企业产值和上缴税金分别增长31.2%和27.9%。", ["31.2%", "27.9%"]),
    ("纳入省监测的19个特色产业集群营业收入预计增长20%以上。", ["20%"]),
    # things done, built or added, and the things a policy acts on, stay counts
    ("新建22个示范城镇。", ["22个"]),
    ("新增61家企业，增长21.3%。", ["61家", "21.3%"]),
    ("400件人大代表建议和2477件政协提案全部按时办结。", ["400件", "2477件"]),
    ("为13户企业授信7700万元。", ["13户", "7700万元"]),
    ("5家地方法人金融机构完成商业银行改制。", ["5家"]),
    ("加大对25个边境县的投入，新建学校12所。", ["25个", "12所"]),
])
def test_a_count_sizing_the_subject_of_another_statement_is_its_population(registry, sentence, kept):
    """A count whose things are the subject of a growth, share, evaluation or state in its clause (round 8)."""
    assert values(registry, sentence, review=True) == kept


@pytest.mark.parametrize("sentence, kept", [
    # common21.md; Yueyang 2024 (DEV4), Huhehaote 2015, Jingmen 2020, Yunnan 2012, Wuhan 2017 (corpus check)
    ("安排了九项重点工作。", []),
    ("细化落实乡村建设二十项任务。", []),
    ("部署了六个工程、七项任务。", []),
    ("市委全会部署了八项重点任务。", []),
    # what the government carries out (curated dalian-2022 and -2023; test_audit18b.py), 实事, things completed or
    # built, places counted, large counts, projects launched stay
    ("推进优化法治化营商环境三项专项行动。", ["三项"]),
    ("持续推进12个专项行动。", ["12个"]),
    ("认真落实10项科技增粮措施。", ["10项"]),
    ("实施8个专项行动。", ["8个"]),
    ("继续实施新农村建设八项实事工程。", ["八项"]),
    ("完成437个省定相对薄弱村第二轮消薄任务。", ["437个"]),
    ("建成15项重点工程。", ["15项"]),
    ("推进意溪等5个镇农村综合改革试点工作。", ["5个"]),
    ("实施1万多个重点节能减排工程。", ["1万多个"]),
    ("启动首批7个重大工程。", ["7个"]),
    ("实施10个水污染治理工程。", ["10个"]),
    ("继续实施20项民心工程。", ["20项"]),
    ("推进萧山等4个先行先试地区综合医改工作。", ["4个"]),
    ("制定并实施了促进工业增长的12项政策措施。", ["12项"]),
])
def test_a_package_of_tasks_named_by_its_size_is_a_name(registry, sentence, kept):
    """安排了九项重点工作: the package's name (common21.md, round 8)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # common21.md; Yingtan 2016, Jiangmen 2022, Kunming 2009, Jingmen 2020 (corpus check)
    ("重点发展建材、造纸与木材加工、电子信息、生物4个产业。", []),
    ("加快培育高端装备制造、生物医药与健康、安全应急与环保3个产业集群。", []),
    ("积极参与昆明至河内、曼谷、仰光、加尔各答四条经济走廊建设。", []),
    ("打通商品房与棚改安置房、公租房、租赁房三个渠道。", []),
    # a count unequal to the names, with a qualifier, or after 等 (listed_before_etc) stays
    ("新增省、市一级幼儿园31所。", ["31所"]),
    ("支持甲镇、乙镇、丙镇5个园区建设。", ["5个"]),
    ("建成甲、乙、丙3个以上示范区。", ["3个"]),
])
def test_a_count_repeating_the_names_just_listed_is_no_quantity(registry, sentence, kept):
    """A count equal to the names joined by 、 before it, without 等 (round 8)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("增速好于全国2.1个百分点。", []),
    ("增速优于全国平均水平1.5个百分点。", []),
    ("增速好于预期目标2个百分点。", ["2个百分点"]),
    ("比上年提高1.5个百分点。", ["1.5个百分点"]),
])
def test_a_difference_better_than_another_place_is_not_recorded(registry, sentence, kept):
    """好于/优于全国 X 个百分点: a difference from another place's level (common21.md; place_difference)."""
    assert values(registry, sentence, review=True) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("以天津设卫建城600年为契机，新建公园10个。", ["10个"]),
    ("在建市40周年之际，举办系列活动。", []),
    ("开发区成立3年，引进企业120家。", ["3年", "120家"]),
])
def test_an_anniversary_is_a_date_named(registry, sentence, kept):
    """以天津设卫建城600年为契机: an anniversary, not a length (round 8)."""
    assert values(registry, sentence) == kept
