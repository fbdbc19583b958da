"""Round 23 (stop 26, after TEST13 was measured): a count of things done, built or created is a flow
(docs/records.md), labelled with the act or the registry stock's change. TEST13's readers marked counts labelled with
the stock of the things (累计新增高新技术企业100家 → 高新技术企业, level; 30处公办幼儿园全部竣工 → 公办幼儿园) and list
items that lost the list's act. Real registry, real extractor; wordings of corpus reports."""
from __future__ import annotations

from tests.extract.texts import PLAN, REVIEW, TERM, facts


def drafted(registry, sentence, template=REVIEW, year=2011):
    return facts(registry, template.format(sentence), year)


def test_additions_summed_over_a_span_are_a_change(registry):
    """累计新增高新技术企业100家 (suizhou-2022, a five-year plan): additions summed, not the stock; 累计建成 and
    累计认定 stay the stock reached."""
    f = drafted(registry, "培育更多单项冠军企业，累计新增高新技术企业100家。", PLAN, 2023)["100家"]
    assert (f.indicator, f.reading.measure) == ("indicator/high-tech-enterprises", "change")
    assert drafted(registry, "累计建成高新技术企业200家。")["200家"].reading.measure == "level"
    assert drafted(registry, "累计认定高新技术企业300家。")["300家"].reading.measure == "level"


def test_what_became_of_the_things_after_them_is_in_the_label(registry):
    """中小学校安工程如期完成，30处公办幼儿园全部竣工 (laiwu-2014): the kindergartens completed; what became of tasks
    named by their act (…任务全面完成) stays out (round 25)."""
    got = drafted(registry, "新教育实验全面推进，中小学校安工程、爱心厨房工程如期完成，30处公办幼儿园全部竣工。", TERM)
    assert got["30处"].subject == "公办幼儿园竣工"
    assert drafted(registry, "295项年度政策落地任务全面完成。")["295项"].subject == "年度政策落地任务"


def test_a_later_item_keeps_the_lists_making_act(registry):
    """建设美丽城镇23个、美丽村庄72个 (zhongwei-2022): 建设 opens the list, each item's act."""
    got = drafted(registry, "建设美丽城镇23个、美丽村庄72个，“四好农村路”提质扩面。", TERM)
    assert (got["23个"].subject, got["72个"].subject) == ("建设美丽城镇", "建设美丽村庄")


def test_a_count_after_numbered_items_keeps_the_act_opening_them(registry):
    """争创4个4A级、3个3A级景区和5个省级文旅振兴样板村 (qingyang-2023), 整体提升100所学校、50家医院周边环境
    (chongqing-2025): the act opening the list is each item's, whether the items before are counts or not."""
    got = drafted(registry, "争创4个4A级、3个3A级景区和5个省级文旅振兴样板村，建设陇东风情园。", PLAN, 2023)
    assert (got["3个"].subject, got["5个"].subject) == ("争创3A级景区", "争创省级文旅振兴样板村")
    got = drafted(registry, "打造20个标准化菜市场；整体提升100所学校、50家医院周边环境。", PLAN, 2023)
    assert got["50家"].subject == "整体提升医院周边环境"
