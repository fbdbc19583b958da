"""Found and period, round 13 (stop 22; classes read on audit-stop22-dev20, audit-stop21-test7/8 and
audit-stop20-test5/6; bench/README.md "Round 13: found, kind and period (stop 22)"). Real registry, real
extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "一、2018年工作回顾\n全市生产总值增长7%。\n二、2019年工作安排\n"
CLOSING = "各位代表！让我们紧密团结，为全面建设社会主义现代化测试市而不懈奋斗！\n"


def test_the_one_of_only_is_no_count(registry):
    """四平成为全省唯一一个连续两年…被通报表扬的城市 (Siping 2020, DEV20): 一 of 唯一 is no numeral, 一一个 no count.
    A count after other words stays (新建学校两所; 唯一的3个试点 keeps 3个)."""
    got = facts(registry, REVIEW + "四平成为全省唯一一个连续两年在国务院大督查中被通报表扬的城市。"
                "新建学校两所，全省唯一的3个试点全部落地。\n", 2019)
    assert not any(v.startswith("一一") for v in got)
    assert "两所" in got and "3个" in got


def test_a_starting_level_before_a_fall_written_wei(registry):
    """职工工资总额增长幅度由上年的27.6%下降为11.1% (Zhejiang 1990, DEV20): 下降为 closes a change as 降低为 does, so
    由上年的27.6% is the level of the year before the reviewed one. 增长幅度为11.1% (no 由) stays the year's."""
    got = facts(registry, REVIEW + "职工工资总额增长幅度由上年的27.6%下降为11.1%。\n", 2019)
    assert got["27.6%"].period == 2017
    assert got["11.1%"].period == 2018
    got = facts(registry, REVIEW + "社会集团购买力增长幅度为11.1%，比上年回落5个百分点。\n", 2019)
    assert got["11.1%"].period == 2018


def test_a_size_class_of_firms(registry):
    """打造一批年产值10亿元、30亿元、50亿元、80亿元、100亿元企业 (Fuyang 2020) and 在年耗能5000吨标准煤以上企业中开展
    “百家企业节能行动” (Taiyuan 2007), both DEV20: the sizes name classes of firms, not amounts. The count of firms
    stays (新增年销售收入5000万元企业8家: 8家), and so do an amount a firm reached (企业年产值达到10亿元), a project's
    capacity (建成年产30万吨乙二醇项目) and an energy saving (节约能源5万吨标准煤以上)."""
    got = facts(registry, PLAN + "打造一批年产值10亿元、30亿元、50亿元、80亿元、100亿元企业。"
                "新增年销售收入5000万元企业8家。"
                "在年耗能5000吨标准煤以上企业中开展“百家企业节能行动”，规模以上工业企业增加值能耗下降7.8%。\n", 2019)
    for value in ("10亿元", "30亿元", "100亿元", "5000万元", "5000吨"):
        assert value not in got, value
    assert "8家" in got and "7.8%" in got
    got = facts(registry, PLAN + "推动龙头企业年产值达到10亿元，建成年产30万吨乙二醇项目，"
                "节约能源5万吨标准煤以上。\n", 2019)
    for value in ("10亿元", "30万吨", "5万吨"):
        assert value in got, value


def test_a_glossary_with_no_heading(registry):
    """Hechi 2023 (DEV20): after the closing appeal, numbered entries 1.“六新河池”：…, 2.“九大跨越”：…, … to the end
    of the text are a glossary with no heading: nothing drafted from them. A numbered list of tasks in the plan
    (1.“放管服”改革：… then the report goes on) is the report's own."""
    entries = ("1.“六新河池”：经济繁荣新河池、宜居宜业新河池。\n2.“九大跨越”：聚力产业转型升级，推动产业化。\n"
               "3.“三个千亿”目标：以2022年实际工业用电量45.5亿度为基数进行大致类推。\n")
    body = "全年新增城镇就业3万人。\n" * 40
    got = facts(registry, PLAN + body + CLOSING + entries, 2019)
    assert "45.5亿度" not in got and "3万人" in got
    tasks = ("1.“放管服”改革：新增市场主体2万户。\n2.“一网通办”：办理事项500项。\n3.“最多跑一次”：覆盖事项300项。\n"
             "三、加强政府自身建设\n全年办理人大代表建议120件。\n")
    got = facts(registry, PLAN + body + tasks + CLOSING, 2019)
    for value in ("2万户", "500项", "300项", "120件"):
        assert value in got, value
