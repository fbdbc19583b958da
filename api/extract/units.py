"""The unit words the extractor reads: ontology/units.ttl's and others the reports use (a table, as data)."""
from __future__ import annotations

# Unit words of ontology/units.ttl and other unit words the reports use (longest first in the pattern).
KNOWN_UNITS = ("%", "％", "‰", "个百分点", "百分点", "个", "家", "项", "人", "人次", "所", "条", "处", "场", "张", "套",
               "户", "名", "次", "场次", "种", "只", "座", "件", "批", "期", "届", "家次", "架", "艘", "台", "部", "支", "位",
               "篇", "门", "类", "级", "宗", "笔", "单", "颗", "株", "头", "栋", "间", "辆", "列", "班", "趟", "对",
               "组", "所次", "例", "床", "起", "户次", "个次", "元", "美元", "公里", "千米", "米", "公顷", "平方米",
               "平方公里", "天", "年", "吨", "千瓦", "千瓦时", "度", "标箱", "标准箱", "亩", "斤", "片", "份",
               "微克/立方米", "微克／立方米", "个月", "小时", "分钟", "兆瓦", "吉瓦")
EXTRA_UNITS = ("倍", "个工作日", "工作日", "季度", "个季度", "公斤", "千克", "克", "立方米",
               "万立方米", "延长米", "延米", "户籍", "欧元", "港元", "立方", "瓦", "毫米", "厘米",
               "平方", "桶", "箱", "头(只)", "羽", "尾", "册", "本", "幅", "首", "集", "部门", "人年", "车次",
               "航次", "班次", "床位", "张床", "个点", "千瓦时/吨", "元/吨", "元/人", "蒸吨", "幢", "口",
               "千伏安", "岁",   # 新增变电容量120万千伏安, 人均预期寿命达到78.5岁 (round 10)
               "款", "盏", "眼", "块", "轮", "轮次", "剂", "剂次", "人份", "棵", "根", "锭", "袋", "重量箱", "担")
# round 15: 人工智能大模型49款, 路灯3200盏, 机井8587眼, 社会足球场41块, 应对11轮强降雨, 疫苗接种140.4万剂次, 日检测能力
# 2万人份, 植树392.5万棵, 拆除烟囱1003根, 棉纺30万锭, 食用菌3500万袋 (counts); 平板玻璃600万重量箱, 收购烤烟180万担
# 枚 and the letters GW, MW, kW are read by api/extract/wordforms.py (round 13): 3枚金牌 stays a medal count there
UNIT_WORDS = sorted(set(KNOWN_UNITS + EXTRA_UNITS) - {"头(只)"}, key=len, reverse=True)

COUNT_UNITS = frozenset(KNOWN_UNITS[KNOWN_UNITS.index("个"):KNOWN_UNITS.index("元")]) | {
    "片", "份", "集", "羽", "本", "册", "尾", "首", "幅", "班次", "车次", "航次", "幢", "口", "枚",
    "款", "盏", "眼", "块", "轮", "轮次", "剂", "剂次", "人份", "棵", "根", "锭", "袋"}   # unit:NUM in ontology/units.ttl
# the units of a rate or a share (%, ‰, percentage points): the units KNOWN_UNITS lists before its counts
RATE_UNITS = frozenset(KNOWN_UNITS[:KNOWN_UNITS.index("个")])
DIGITS_ONLY = frozenset({"款", "盏", "眼", "块", "轮", "轮次", "剂", "剂次", "人份", "棵", "根", "锭", "袋", "重量箱", "担"})
# round 15's unit words count only after digits: after a Chinese numeral they are names (三块地, 三棵树, 五眼桥, 四轮驱动,
# 二轮延包, 三根支柱, 三金两款)
TIME_UNITS = {"年", "天", "个月", "季度", "个季度", "小时", "分钟", "个工作日", "工作日"}
WORD_GOES_ON = {"担": "保当任负子", "款": "项式", "块": "状头", "轮": "驱车胎椅", "根": "本据治源基", "剂": "量型",
                "眼": "睛光界", "袋": "鼠"}
# the unit word only begins a word there: 10亿担保资金, 5亿款项, 2轮驱动 (round 15)


def digits_only_unit(unit: str, number: str, after: str) -> bool:
    """A round-15 unit word read as a unit here: after digits (not a Chinese numeral) and not the first character of
    a longer word (WORD_GOES_ON)."""
    return number[:1].isdigit() and after[:1] not in WORD_GOES_ON.get(unit, "")
