"""Found, period and recall, round 11 (stop 21; classes read on audit-stop21-dev15 and recall-stop21-dev2;
bench/README.md "Round 11: found, kind, period and recall (stop 21)"). Real registry, real extractor; wordings of
corpus reports."""
from __future__ import annotations

from api.extract.structure import parse
from tests.extract.texts import HEAD, TERM, facts, when

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "一、2018年工作回顾\n全市生产总值增长7%。\n二、2019年工作安排\n"
PLAN_TERM = HEAD.format(year=2016) + "一、“十二五”时期经济社会发展主要情况\n（一）转型升级迈出坚实步伐\n"


def test_glossary_after_fu_alone_and_the_list_after_it():
    """附：名词解释 (Jingmen 2016; also 附：相关名词解释, 附：名词注解) opens a glossary as 附件：名词解释
    does; a title line naming the report's own list (2015年市政府十件实事, Dongguan 2015) ends it. A heading
    that names no glossary (附：2019年民生实事) opens none."""
    body = "今年要继续努力。\n" * 30
    for head in ("附：名词解释", "附：相关名词解释", "附录：名词注解"):
        text = HEAD.format(year=2016) + body + f"{head}\n六个精准：扶贫对象精准、项目安排精准。\n" \
            "2015年市政府十件实事\n一、投入4亿元加强市民安全保障。\n"
        doc = parse(text, 2016)
        marked = {text[p.start:p.end]: p.glossary for p in doc.paragraphs}
        assert marked["六个精准：扶贫对象精准、项目安排精准。"] is True, head
        assert marked["一、投入4亿元加强市民安全保障。"] is False, head
    text = HEAD.format(year=2016) + body + "附：2019年民生实事\n一、投入4亿元加强市民安全保障。\n"
    assert not any(p.glossary for p in parse(text, 2016).paragraphs)


def test_a_lone_ten_counted_after_a_verb_of_doing(registry):
    """办好保障和改善民生十件实事 (Jiangsu 2013), 突出抓好十个专项整治, 今年确定的十件民生实事, 出台十条措施:
    a lone 十 with a measure word after a verb of doing or issuing, or before 实事, is a count (docs/records.md:
    实事, 实施8个专项行动). 建设十大工程, 落实十项措施, 实施…十条措施 (a package implemented), “十件实事”,
    《…十件民生实事》, 十个一工程 and 十分 stay names or words."""
    got = facts(registry, PLAN + "今年将继续办好保障和改善民生十件实事。开展十个专项整治行动。"
                "出台促进消费十条措施。\n", 2019)
    assert {"十件", "十个", "十条"} <= set(got)
    got = facts(registry, PLAN + "今年确定的十件民生实事：一是建设社区服务中心。"
                "突出抓好十个专项整治，积极处理信访积案。\n", 2019)
    assert {"十件", "十个"} <= set(got)
    got = facts(registry, PLAN + "建设十大工程。落实十项措施。深入实施信用服务实体经济十条措施。"
                "办好“十件实事”。实施十个一工程。任务十分艰巨。印发《2019年测试市十件民生实事》。\n", 2019)
    assert not {"十大", "十项", "十条", "十件", "十个", "十分"} & set(got)


def test_the_group_a_rank_is_taken_in(registry):
    """在全国26个省会城市中居于前列, 在全国339个地市中列第16位, 在参评的150个综合保税区…中居第6 (Xining
    2014, Quzhou 2023, Weifang 2025): the size of the group ranked, not a count; the rank stays.
    在全省率先建成12个示范区 and 7个项目在全省率先开工 are counts."""
    got = facts(registry, REVIEW + "多项经济指标增速在全国26个省会城市中居于前列。"
                "地表水环境质量在全国339个地市中列第16位。"
                "综保区在参评的150个综合保税区发展绩效评估中居第6位。\n", 2019)
    assert not {"26个", "339个", "150个"} & set(got)
    assert {"16位", "6位"} <= set(got)
    got = facts(registry, REVIEW + "在全省率先建成12个示范区。7个项目在全省率先开工。\n", 2019)
    assert {"12个", "7个"} <= set(got)


def test_a_count_after_yixia_announces_the_list(registry):
    """着力抓好以下6个方面、26项工作 (Haikou 2019), 重点抓了以下八项工作: the count announces the items that
    follow, not a quantity; 办好以下八件实事 (Hubei 2004) and 以下10件确定为…民生实事 stay counts
    (docs/records.md: 实事)."""
    got = facts(registry, PLAN + "围绕上述目标，我们将着力抓好以下6个方面、26项工作。"
                "全年重点做好以下八项工作。\n", 2019)
    assert not {"6个", "26项", "八项"} & set(got)
    got = facts(registry, PLAN + "今年全市要着力办好以下八件实事。"
                "经票决，以下10件确定为2019年度民生实事。\n", 2019)
    assert {"八件", "10件"} <= set(got)


def test_one_thing_for_each_member_of_a_set(registry):
    """每个县市区建有1所以上失能特困人员养护院 (Fujian 2022), 新增467个行政村建设1个以上生活污水深度处理设施
    (Quanzhou 2019), 市四区各建1个5000平方米以上的精品示范社区 (Huhehaote 2013; the area is a class): a mark
    every member passes, not a count (docs/records.md). 创建省级示范县1个以上, 每个县建成3个示范点 and 467个
    stay."""
    got = facts(registry, PLAN + "每个县市区建有1所以上失能特困人员养护院，新增养老床位1万张以上。"
                "新增467个行政村建设1个以上生活污水深度处理设施。"
                "市四区各建1个5000平方米以上的精品示范社区。\n", 2019)
    assert not {"1所", "1个", "5000平方米"} & set(got)
    assert {"1万张", "467个"} <= set(got)
    got = facts(registry, PLAN + "创建省级现代公共文化服务体系示范县1个以上。每个县建成3个示范点。\n", 2019)
    assert {"1个", "3个"} <= set(got)


def test_the_five_years_named_by_their_deeds(registry):
    """过去的5年，是…开拓创新的5年；是…不断增强的5年。 (Xizang 2003): the span reviewed, named, not a
    length; 缩短了3年 and 提高到现在的9.5年 stay."""
    got = facts(registry, HEAD.format(year=2003) + "一、过去五年工作回顾\n过去的5年，是开拓创新的5年；"
                "是发展后劲不断增强的5年。建设工期缩短了3年。人均受教育年限提高到现在的9.5年。\n", 2003)
    assert set(got) == {"3年", "9.5年"}


def test_totals_over_the_term_in_a_review(registry):
    """Five-year totals in a review of the term: 累计新增造林34.4万亩 after a sentence of the span's last year
    (Jingdezhen 2016), 提请…制定、修改和废止地方性法规93件 (Ningxia 2023), 88个省定相对贫困村全部出列
    (Yangjiang 2022), 累计完成交通投资471亿元，是“十一五”时期的6.8倍 (Xiangyang 2016): the span, not its
    last year. The year's own levels (2015年地表水断面达标率97.4%, 森林覆盖率提高到65.73%), a ratio to the
    last span's end (是“十一五”末的1.5倍) and 累计 in a one-year review stay the year's."""
    got = facts(registry, PLAN_TERM + "生态文明建设成效显著。2015年地表水断面达标率97.4%。"
                "累计新增造林34.4万亩，森林覆盖率提高到65.73%。"
                "累计完成交通投资471亿元，是“十一五”时期的6.8倍。公路里程是“十一五”末的1.5倍。"
                "\n二、2016年工作安排\n今年要继续努力。\n", 2016)
    assert when(got["34.4万亩"]) == ("result", 2011, 2015)
    assert when(got["6.8倍"]) == ("result", 2011, 2015)
    assert when(got["97.4%"]) == ("result", 2015, None)
    assert when(got["65.73%"]) == ("result", 2015, None)
    assert when(got["1.5倍"]) == ("result", 2015, None)
    got = facts(registry, REVIEW + "全年新增就业5万人。累计新增造林3万亩。\n", 2019)
    assert when(got["3万亩"]) == ("result", 2018, None)
    got = facts(registry, TERM.format("五年来，我们依法全面履行政府职能。"
                                      "提请市人大常委会制定、修改和废止地方性法规93件。"
                                      "全市3.6万户贫困人口全部脱贫，88个省定相对贫困村全部出列。"), 2011)
    assert when(got["93件"]) == ("result", 2006, 2010)
    assert when(got["88个"]) == ("result", 2006, 2010)


def test_tiqian_is_no_span(registry):
    """提前2年完成任务 (Sanming 2020, Shenyang 2013): how early, not 前2年 (the two years before) as a span
    marker; a count in the paragraph keeps the year or the part's span."""
    got = facts(registry, REVIEW + "提前2年完成省定目标，实施12个老旧小区改造。\n", 2019)
    assert when(got["12个"]) == ("result", 2018, None)
