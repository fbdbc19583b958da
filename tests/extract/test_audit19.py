"""Classes found by reading drafted facts of unread corpus reports by hand, round 3 (stop 19, DEV3 sample of
bench/audit.py, seed 1901, with DEV and DEV2 of stop 18; bench/README.md "Round 3: found (stop 19)"). Real registry,
real extractor; wordings of corpus reports."""
from __future__ import annotations

import pytest

from api.extract.draft import draft

PLAN = "2023年测试市政府工作报告\n各位代表：\n一、2023年主要工作\n{}\n"


def values(registry, sentence: str) -> list[str]:
    d = draft(PLAN.format(sentence), "ceshi-2023", registry, year=2023, place="place/ceshi", level="city")
    return [f.quantity.value for f in d.facts]


@pytest.mark.parametrize("sentence, kept", [
    # Qitaihe 2023, Yanbian 2015, Changde 2025, Dandong 2016: the amount classes the projects counted
    ("全年计划实施千万元以上省市重点项目122个。", ["122个"]),
    ("全年施工3000万元以上项目865个，其中，亿元以上项目347个，10亿元以上项目45个。", ["865个", "347个", "45个"]),
    ("新引进重大项目241个，其中10亿元以上项目12个。", ["241个", "12个"]),
    ("新增年销售收入500万元以上农业龙头企业38家、超亿元企业4家。", ["38家", "4家"]),
    ("力争培育产值5亿元以上龙头企业2家。", ["2家"]),
    ("年销售收入500万元以上的农副产品加工龙头企业发展到67家。", ["67家"]),
    ("500万元以上固定资产投资增长16%左右。", ["16%"]),
    ("完成了20个1万平方米以上老旧小区综合整治任务。", ["20个"]),
    ("培育2万亩以上规模的蔬菜重点乡镇5个。", ["5个"]),
])
def test_a_class_threshold_is_no_quantity(registry, sentence, kept):
    """docs/records.md, facts ("Not recorded"), bench/README.md rule "a class threshold": 千万元以上项目 names a class
    of projects; the count of the class is the fact."""
    assert values(registry, sentence) == kept


@pytest.mark.parametrize("sentence, kept", [
    ("完成投资500亿元以上，其中50亿元以上项目8个。", ["500亿元", "8个"]),           # the amount itself stays
    ("确保完成850亿元以上年度投资任务。", ["850亿元"]),                           # a task, not a class
    ("新增银行贷款2200亿元以上用于项目建设。", ["2200亿元"]),                       # a verb follows
    ("培育20家以上企业，实现全社会研发投入增长20%以上。", ["20家", "20%"]),         # a count, a growth
    ("全市60%以上行政村达到美丽宜居标准。", ["60%"]),                             # a share of villages
    ("新建2万亩以上中药材基地。", ["2万亩"]),                                      # an area, not counted
    ("开展5000万亩以上土地确权。", ["5000万亩"]),
    ("全市30万以上参保孕产妇生育费用零自付。", ["30万"]),
])
def test_an_amount_with_yishang_that_classes_nothing_stays(registry, sentence, kept):
    """The same 以上 after an amount that no counted class follows is the quantity (Xianning 2022, Neimenggu 2016,
    Guizhou 2024, Mianyang 2024, Qingyuan 2022)."""
    assert values(registry, sentence) == kept
