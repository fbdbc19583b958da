"""Classes found by reading drafted facts of unread corpus reports by hand, round 6 (stop 19, DEV11 sample of
bench/audit.py, seed 1911; bench/README.md "Round 6: found and recall (stop 19)"; api/extract/quantities.py and
classes.py). Real registry, real extractor; wordings of corpus reports, positive and negative examples of each class."""
from __future__ import annotations

import pytest

from api.extract.draft import draft

PLAN = "2023年测试市政府工作报告\n各位代表：\n一、2023年主要工作\n{}\n"


def values(registry, sentence: str) -> list[str]:
    d = draft(PLAN.format(sentence), "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    return [f.quantity.value for f in d.facts]


@pytest.mark.parametrize("sentence, kept", [
    # Bayannaoer 2023 (DEV11), Sichuan 2023, Dezhou 2018: the last two names joined by 和
    ("制定开发区投资强度、容积率、亩均产值和税收4项控制性指标，整改完成11户停产企业。", ["11户"]),
    ("乌东德、白鹤滩、溪洛渡和向家坝4座大型水电站全部建成。", []),
    ("金麒麟、金能科技、索通发展和双一科技4家企业在沪深交易所上市。", []),
    # Heihe 2021 (DEV11), Guizhou 2003, Xiamen 2006: a count opening its clause after 以上/上述/这
    ("一般公共预算收入增长9.6%，以上五项指标增速均居全省首位。", ["9.6%", "首位"]),
    ("以上五条，是我们在过去五年实践中取得的宝贵经验。", []),
    ("财政总收入突破200亿元，这三个关键性指标都比上年翻了一番。", ["200亿元", "翻了一番"]),   # round 20: 翻番 drafted
])
def test_a_count_repeating_what_was_just_named(registry, sentence, kept):
    """docs/records.md, facts ("Not recorded": a count repeating the items just listed; rounds 1–2 *list-count*)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新建学校、医院和养老院等12个项目。", ["12个"]),             # fewer names than counted: a count
    ("建成东区、西区和南区5个产业园。", ["5个"]),                 # three names, five counted
    ("新增企业、项目和人才，引进项目3个。", ["3个"]),             # a verb and a comma between
    ("新增规模以上工业企业12家，以上企业产值增长10%。", ["12家", "10%"]),
    ("建设上述3个园区。", ["3个"]),                               # 上述 inside a clause with a verb before: left
    ("工业增加值增长10%以上5个百分点。", ["10%", "5个百分点"]),
])
def test_counts_that_state_stay(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    # Deyang 2023, Guangan 2021, Shaoyang 2014, Guangxi 2017 (corpus, round 6 check)
    ("成为新一轮25个国家创新型城市之一。", []),
    ("是全省4个既无机场又无高铁的市（州）之一。", []),
    ("新宁跻身全省首批文化旅游特色县域经济三个重点县之一。", []),
    ("成为全国CEPA先行先试的3个试点省区之一，实施19项服务贸易政策。", ["19项"]),
])
def test_the_size_of_a_group_the_place_is_one_of(registry, sentence, kept):
    """The number of members of a group the place belongs to (成为…新增3个…之一) describes the group; the report
    states no quantity of the place (like the national list of quantities.REFERENCE_GROUP)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新增国家级园区3个，占全省的三分之一。", ["3个", "三分之一"]),   # a share (round 13), no group
    ("建成3个园区，其中之一已投产。", ["3个"]),                    # 之一 after a comma: another clause
])
def test_counts_beside_a_one_of_stay(registry, sentence, kept):
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("在八二一人民公园举行纪念活动，参与群众3000人。", ["3000人"]),
    ("推进中船重工七二五所等研发机构建设，引进项目12个。", ["12个"]),
    ("引进4座级通用飞机10架。", ["10架"]),
    ("着力打造若干个五百亿元级产业，培育龙头企业6个。", ["6个"]),
    ("全国首套6000米级深海观测浮标研发成功。", []),
    ("水库建设时间为一九六七年，库容3亿立方米。", ["3亿立方米"]),
    ("学校始建时间为二〇〇五年，新建校舍3栋。", ["3栋"]),
])
def test_names_read_digit_by_digit_and_ratings(registry, sentence, kept):
    """A numeral read digit by digit (八二一, 七二五, 一九六七) is a name or a year; a number with its unit and then 级
    (4座级, 6000米级, 五百亿元级) is a rating or a class of things (quantities.is_name)."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("新增城市道路三百二十一公里，新建学校三所。", ["三百二十一公里", "三所"]),   # positional numerals state
    ("行政等级提升2级，引进人才5个批次。", ["5个"]),
])
def test_numerals_and_levels_that_state_stay(registry, sentence, kept):
    assert values(registry, sentence) == kept
