"""Round 25 (stop 27): labels cut to a word that names no thing, or holding a word that is not the thing's — what a
base or a frame leaves (较, 末, 比增, 跃, 是“十二五”末), the verb of a cut, the 有 of a count, a class of things after
examples before 等, and a label that is only a verb (惠及, 新增). Real registry, real extractor; wordings of corpus
reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, facts, labels


def test_what_a_base_leaves_is_no_label(registry):
    """城镇化率达到36.7%，较2008年提高2.9个百分点 (puyang-2014), 生产总值达2520.69亿元，比增12.6% (fuzhou-city-2010),
    储蓄存款余额…，比上年末增长49% (zhejiang-1995), 营商环境指数排名从…第30位跃升至第14位 (guiyang-2019), 固定资产投资
    6063亿元，是前五年的1.7倍 (zhanjiang-2022): the trimming left 较, 比增, 末, 跃, 是前 of the base — each value is of
    the thing named before it."""
    assert labels(registry, "2013年城镇化率达到36.7%，较2008年提高2.9个百分点。")["2.9个百分点"] == ["城镇化率"]
    assert labels(registry, "全市生产总值达2520.69亿元，比增12.6%。")["12.6%"] == ["生产总值"]
    got = labels(registry, "城乡居民年末储蓄存款余额达到990.3亿元，比上年末增长49%。")
    assert got["49%"] == ["城乡居民年末储蓄存款余额"]
    assert labels(registry, "营商环境指数排名从2017年的第30位跃升至第14位。")["14位"] == ["营商环境指数"]
    assert labels(registry, "全市累计完成固定资产投资6063亿元，是前五年的1.7倍。")["1.7倍"] == ["固定资产投资"]
    got = labels(registry, "累计完成财政收入951亿元、是“十二五”期间的1.9倍，年均增长10.9%。")
    assert (got["1.9倍"], got["10.9%"]) == (["财政收入"], ["财政收入"])
    assert labels(registry, "工业投资占比54.7%，比上年再提高2.5个百分点。")["2.5个百分点"] == ["工业投资占比"]
    got = labels(registry, "国企资产总额、上缴国有资本收益、营业收入，较重组前分别增长102.7%、318.6%、539.3%。")
    assert (got["102.7%"], got["539.3%"]) == (["国企资产总额"], ["营业收入"])   # jiayuguan-2022: the list before


def test_the_verb_of_a_cut_is_no_part_of_the_label(registry):
    """“三公”经费压减27.09% (guiyang-2026), 一般性支出压减35.5亿元 (beijing-2022), 企业开办时间压减至3个工作日以内
    (sichuan-2020): 压减 is the direction of the change, or the way to the level reached — the thing is 三公经费,
    一般性支出, 企业开办时间."""
    got = labels(registry, "“三公”经费再压减5%，一般性支出压减35.5亿元。")
    assert (got["5%"], got["35.5亿元"]) == (["“三公”经费"], ["一般性支出"])
    assert labels(registry, "企业开办时间压减至3个工作日以内。")["3个工作日"] == ["企业开办时间"]


def test_the_you_of_a_count_is_no_part_of_the_label(registry):
    """往返香港高铁有2对4趟 (zhaoqing-2020), 世界500强企业有392家在苏投资 (jiangsu-2023), 总产量仍然只有1567万吨
    (zhejiang-1988): 有 says the things are there, not what they are; 从无到有 and 国有 stay."""
    assert labels(registry, "往返香港高铁有2对4趟。")["2对"] == ["往返香港高铁"]
    assert labels(registry, "世界500强企业有392家在苏投资。")["392家"] == ["世界500强企业"]
    assert labels(registry, "总产量仍然只有1567万吨。")["1567万吨"] == ["总产量"]
    assert labels(registry, "全市国有企业120家。")["120家"] == ["国有企业"]
    assert labels(registry, "145个重点贫困行政村基本实现“一通六有”。")["145个"] == ["重点贫困行政村基本实现“一通六有”"]


def test_examples_before_deng_leave_the_class_after_the_number(registry):
    """推进福银高速公路福州南连接线等7项在建项目建设 (fuzhou-city-2010), 形成新能源汽车、电子信息、金属加工等7个
    超百亿元产业集群 (zhaoqing-2021), 开工建设惠科新能源、西门子…等15个10亿元级重大项目 (shenzhen-2026): the number
    counts the class after it (在建, 超百亿元, 10亿元级 open it), not the examples named before 等."""
    d = facts(registry, PLAN.format("加快推进亭子口、小井沟、白岩滩等30座在建大中型水利工程建设。"), 2023)
    assert "亭子口" not in d["30座"].subject and "在建大中型水利工程" in d["30座"].subject
    got = labels(registry, "形成新能源汽车、电子信息、金属加工等7个超百亿元产业集群。")
    assert got["7个"] == ["超百亿元产业集群"]
    got = labels(registry, "开工建设惠科新能源、西门子高端医疗影像设备等15个10亿元级重大项目。")
    assert got["15个"] == ["开工建设10亿元级重大项目"]


def test_a_label_that_is_only_a_verb_takes_the_thing_before(registry):
    """改造老旧小区468个、惠及5.6万户 (dazhou-2023), 新建改造农村饮水安全工程73处、受益1.7万人 (benxi-2020), 举行
    义务植树活动近3100场，53.7万人参与 (foshan-2025): the people reached by the thing done before; 全市民营企业9722户，
    新增1169户 (pingxiang-2014): the things added to the stock named before (docs/records.md: the act in the label)."""
    got = labels(registry, "改造老旧小区468个、惠及5.6万户，为老旧楼栋加装电梯330部、惠及4万人。")
    assert (got["5.6万户"], got["4万人"]) == (["改造老旧小区惠及户数"], ["老旧楼栋加装电梯惠及人数"])
    got = labels(registry, "新建改造农村饮水安全工程73处、受益1.7万人。")
    assert got["1.7万人"] == ["新建改造农村饮水安全工程受益人数"]
    assert labels(registry, "举行义务植树活动近3100场，53.7万人参与。")["53.7万人"] == ["举行义务植树活动参与人数"]
    got = labels(registry, "全市民营企业9722户，新增1169户。")
    assert got["1169户"] == ["新增民营企业"]
    got = labels(registry, "市场主体总户数达401万户，新增87.9万户，居全国第五。")
    assert (got["87.9万户"], got["五"]) == (["新增市场主体"], ["新增市场主体"])


def test_a_run_of_values_after_a_base_is_of_the_runs_subjects_in_turn(registry):
    """城镇和农村居民人均可支配收入分别达到48132元、24726元，较2016年增长43.5%、50.2% (jiayuguan-2022), 存贷款余额分别为
    56119亿元和33836亿元，比上年末增长14.6%和12.6% (guangdong-2009): once 较/末 no longer names them, the two growth
    rates are of the two subjects before in turn, not both of the last one."""
    got = labels(registry, "城镇和农村居民人均可支配收入分别达到48132元、24726元，较2016年增长43.5%、50.2%。")
    assert (got["43.5%"], got["50.2%"]) == (["城镇居民人均可支配收入"], ["农村居民人均可支配收入"])
    got = labels(registry, "金融机构本外币存贷款余额分别为56119亿元和33836亿元，比上年末增长14.6%和12.6%。")
    assert (got["14.6%"], got["12.6%"]) == (["金融机构本外币存款余额"], ["金融机构本外币贷款余额"])
