"""Round 26b (seed 3396): measures read wrong (比增 drafted as a level, the second of a 和-joined pair of growth rates
as a share, a pair of bare 占比 and a share after a renamed value) and label fragments (examples before 等 with no
class, run-on states, capacities cut at 2×, quotation marks and brackets cut from their pairs). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import REVIEW, facts, labels


def reading(registry, sentence: str, template: str = REVIEW, year: int = 2011) -> dict:
    """(measure, direction) of each value drafted from one sentence."""
    drafted = facts(registry, template.format(sentence), year)
    return {v: (f.reading.measure, f.reading.direction) for v, f in drafted.items()}


def test_bi_zeng_before_an_amount_is_a_change(registry):
    """全年民生支出366.8亿元、比增35.6亿元 (ningde-2025): 比增 is 比上年增, so 35.6亿元 is a change up, not a level."""
    got = reading(registry, "全年民生支出366.8亿元、比增35.6亿元，44件为民办实事项目如期完成。")
    assert got["35.6亿元"] == ("change", "increase")
    assert got["366.8亿元"] == ("level", "")


def test_the_second_of_a_joined_pair_of_growths_is_a_growth(registry):
    """存贷款余额分别为56119亿元和33836亿元，比上年末增长14.6%和12.6% (guangdong-2009): the 12.6% after 和 grows as
    the 14.6% does, not a share."""
    got = reading(registry, "金融机构本外币存贷款余额分别为56119亿元和33836亿元，比上年末增长14.6%和12.6%。")
    assert got["12.6%"] == ("growth", "increase")


def test_a_pair_of_bare_shares_is_of_the_pair_before_in_turn(registry):
    """战略性新兴产业、高新技术产业产值分别增长8.8%、11%，占比提高至32%、43.8% (jiangsu-2019): both shares are of
    their own subject — not 占比 bare for the first and 高新技术产业产值 (the output) for the second."""
    got = labels(registry, "战略性新兴产业、高新技术产业产值分别增长8.8%、11%，占比提高至32%、43.8%。")
    assert got["32%"][0].endswith("占比") and got["32%"][0] != "占比"
    assert got["43.8%"] == ["高新技术产业产值占比"]
    got = labels(registry, "其中制造业、战略性新兴产业分别增长18%和32%，占比达49%和61%。")
    assert (got["49%"], got["61%"]) == (["制造业占比"], ["战略性新兴产业占比"])


def test_a_share_after_a_renamed_value_takes_its_new_name(registry):
    """非公经济更加活跃，实现增加值8500亿元，占生产总值的比重达56.7% (hunan-2011): the value added is the non-public
    economy's, and so is its share — not the bare 增加值占生产总值的比重."""
    got = labels(registry, "非公经济更加活跃，实现增加值8500亿元，占生产总值的比重达56.7%。")
    assert got["8500亿元"] == ["非公经济增加值"]
    assert got["56.7%"] == ["非公经济增加值占生产总值的比重"]


def test_examples_before_deng_leave_the_label(registry):
    """新增省级重点实验室、技术创新中心、企业技术中心等307家 (hebei-2020): the label names a class, not the examples
    and 等; the class after the number when written (改造提升劳动公园等3处共享绿地试点: baotou-2024; a size such as
    5亿元以上 no part of it)."""
    assert labels(registry, "新增省级重点实验室、技术创新中心、企业技术中心等307家。")["307家"] == ["新增企业技术中心"]
    assert labels(registry, "改造提升劳动公园等3处共享绿地试点。")["3处"] == ["改造提升共享绿地试点"]
    got = labels(registry, "海螺四期、古纤道纺丝织造等15个5亿元以上制造业项目开工建设。")
    assert not got["15个"][0].endswith("等") and "海螺四期" not in got["15个"][0]
    assert labels(registry, "新建国家级实验室、省级实验室等12家。")["12家"] == ["新建实验室"]


def test_how_things_under_way_fare_is_no_part_of_their_label(registry):
    """70个重点项目有序推进 (kelamayi-2023), 79个现代化边境小康村建设扎实推进, …等七个百亿级项目同时建设
    (baicheng-2025), 近8成的项目已落地: the things, not how they fare."""
    assert labels(registry, "吉木萨尔页岩油等70个重点项目有序推进。")["70个"] == ["重点项目"]
    assert labels(registry, "79个现代化边境小康村建设扎实推进。")["79个"] == ["现代化边境小康村"]
    assert labels(registry, "梅花头部经济产业园等七个百亿级项目同时建设。")["七个"] == ["百亿级项目"]


def test_units_times_capacity_keeps_the_name(registry):
    """吉电股份2×66万千瓦燃煤保供机组 (baicheng-2025), 开工建设华电锦兴2×35万千瓦电厂 (lvliang-2020): 2× counts the
    units; the label is the project's name and product, never cut at 2×."""
    got = labels(registry, "梅花头部经济产业园、上海电气绿色甲醇、吉电股份2×66万千瓦燃煤保供机组、"
                           "中粮700万头生猪全产业链等七个百亿级项目同时建设。")
    assert got["66万千瓦"] == ["吉电股份燃煤保供机组"]
    got = labels(registry, "开工建设华能正宁电厂2×66万千瓦火电项目。")
    assert "×" not in got["66万千瓦"][0] and got["66万千瓦"][0].startswith("华能正宁电厂")


def test_a_quotation_mark_keeps_its_pair(registry):
    """开复工“三供三治”项目787项，完成投资778亿元 (heilongjiang-2016), 抓紧10个“三化”改造项目建设，力争完成年度投资
    2亿元 (longnan-2021), 投资1.4亿元的“雪亮工程”全面建成 (jiayuguan-2021): a mark cut from its pair comes back."""
    assert labels(registry, "开复工“三供三治”项目787项，完成投资778亿元。")["778亿元"] == ["开复工“三供三治”项目投资"]
    assert labels(registry, "抓紧10个“三化”改造项目建设，完成年度投资2亿元。")["2亿元"] == ["“三化”改造项目年度投资"]
    assert labels(registry, "社会治理不断加强，投资1.4亿元的“雪亮工程”全面建成。")["1.4亿元"] == ["“雪亮工程”投资"]


def test_a_bracket_cut_open_goes(registry):
    """完成年度任务（6万名）的195.5% (guangzhou-2018): 年度任务, not 年度任务（; 招募7500名项目人员（牵头责任单位：…）
    (neimenggu-2023): the note in brackets after the value is no part of the thing."""
    got = labels(registry, "完成年度任务（6万名）的195.5%。")
    assert got["6万名"] == ["年度任务"] and got["195.5%"] == ["年度任务"]
    got = labels(registry, "招募7500名项目人员（牵头责任单位：自治区人力资源和社会保障厅）。")
    assert got["7500名"] == ["招募项目人员"]
