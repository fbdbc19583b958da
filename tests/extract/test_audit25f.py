"""Found, unit and modality, round 12 (stop 21; classes read on audit-stop21-dev16 and audit-stop21-test7;
bench/README.md "Round 12: found, unit and modality (stop 21)"). Real registry, real extractor; wordings of
corpus reports."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2019) + "一、2018年工作回顾\n"
PLAN = HEAD.format(year=2019) + "一、2018年工作回顾\n全市生产总值增长7%。\n二、2019年工作安排\n"


def test_points_shared_by_a_pair(registry):
    """分别下降3.05个和4.94个百分点 (Fujian 2017): the first value's unit is the shared 个百分点.
    新建示范园区3个和产业基地4个 (no 百分点 after) stays a count."""
    got = facts(registry, REVIEW + "医疗费用增速和药占比分别下降3.05个和4.94个百分点。\n", 2019)
    assert got["3.05个"].quantity.unit == "个百分点"
    assert got["4.94个百分点"].quantity.unit == "个百分点"
    got = facts(registry, REVIEW + "新建示范园区3个和产业基地4个。\n", 2019)
    assert got["3个"].quantity.unit == "个"


def test_an_aim_opening_a_clause_heads_its_comma_list(registry):
    """实施更加积极的就业政策，力争新增城镇就业6.5万人，创业带动就业1.7万人，转移农村富余劳动力8000人 (Huizhou 2018,
    TEST7): 力争 opening a clause after words with no number heads the clauses after it that open on their verb (no
    subject of their own). Not a clause with its own subject and verb (力争全年接待过夜游客1500万人次以上，旅游收入突破
    260亿元, as round 6 and TEST6 judged 力争地区生产总值增长7%，规上工业增加值增长8%), not across a binding word
    (确保), not to a ceiling kept (控制在), not past a clause with no number, not when a value stands before 力争."""
    got = facts(registry, PLAN + "实施更加积极的就业政策，力争新增城镇就业6.5万人，创业带动就业1.7万人，"
                "转移农村富余劳动力8000人。加快科技成果转化，力争转化重大科技专项8个以上，新增发明专利400件。\n", 2019)
    for value in ("6.5万人", "1.7万人", "8000人", "8个", "400件"):
        assert got[value].reading.modality == "aspirational", value
    got = facts(registry, PLAN + "高水平推动文旅产业融合发展，力争全年接待过夜游客1500万人次以上，旅游收入突破260亿元。"
                "力争新增企业90家，确保完成投资50亿元。"
                "力争新增城镇就业5万人，城镇登记失业率控制在4.5%以内。"
                "力争引进项目40个，加快推进园区建设，实现产值30亿元。"
                "旅游收入增长12%，力争接待游客800万人次，新增客房2000间。\n", 2019)
    assert got["90家"].reading.modality == "aspirational"
    for value in ("260亿元", "50亿元", "4.5%", "30亿元", "12%", "2000间"):
        assert got[value].reading.modality != "aspirational", value


def test_preliminary_accounting_opening_its_sentence_covers_the_semicolon_list(registry):
    """初步统计，全省生产总值3.58万亿元，增长8.3%；一般公共预算总收入5045.4亿元…；固定资产投资增长12.1% (Fujian
    2019): the accounting opening its sentence covers its ；-list. 初步核算 inside a later clause (…；全年生产总值
    初步核算为…) keeps to its own part, and a sentence it does not open is not reached."""
    got = facts(registry, REVIEW + "初步统计，全省生产总值3580亿元，增长8.3%；一般公共预算总收入504.4亿元、增长7.4%；"
                "固定资产投资增长12.1%。\n", 2019)
    for value in ("3580亿元", "8.3%", "504.4亿元", "7.4%", "12.1%"):
        assert got[value].reading.modality == "preliminary", value
    got = facts(registry, REVIEW + "全年新增就业5.2万人；全市生产总值初步核算为820亿元，增长6.6%。"
                "财政收入61亿元，增长5%。\n", 2019)
    assert got["5.2万人"].reading.modality == ""
    assert got["61亿元"].reading.modality == ""


def test_a_count_the_progress_is_stated_of(registry):
    """29个渡改桥项目开工建设26个 (Nanchang 2010), 18个年度预期指标有4个未达到预期要求 (Quanzhou 2010),
    155项整改任务完成152项: the first count is the set the progress is over (docs/records.md: the number of things a
    statement is over); the second is recorded. 引进纺织服装项目24个、建成投产17个, 94个重建项目全部开工、完工13个,
    制定整改措施78项，已完成73项 keep both."""
    got = facts(registry, REVIEW + "29个渡改桥项目开工建设26个。18个年度预期指标有4个未达到预期要求。"
                "第一轮督察155项整改任务完成152项。\n", 2019)
    assert {"26个", "4个", "152项"} <= set(got)
    assert not {"29个", "18个", "155项"} & set(got)
    got = facts(registry, REVIEW + "引进纺织服装项目24个、建成投产17个。94个重建项目全部开工、完工13个。"
                "市政府制定整改措施78项，已完成73项。\n", 2019)
    assert {"24个", "17个", "94个", "13个", "78项", "73项"} <= set(got)


def test_a_coverage_statement_over_a_count(registry):
    """38家农贸市场、32家大型商超实现食品快检全覆盖 (Rizhao 2021): the things a coverage statement is over, not a
    count (docs/records.md: the number of things a statement is over). 新增30个乡镇实现全覆盖 (a verb of doing
    before) and 实现5G网络全覆盖的乡镇达到30个 stay."""
    got = facts(registry, REVIEW + "实施“放心菜篮子”项目，38家农贸市场、32家大型商超实现食品快检全覆盖。\n", 2019)
    assert not {"38家", "32家"} & set(got)
    got = facts(registry, REVIEW + "新建5G基站1200个，新增30个乡镇实现5G网络全覆盖。\n", 2019)
    assert {"1200个", "30个"} <= set(got)


def test_rate_class_plant_rating_and_package(registry):
    """138个贫困发生率在5%以上的贫困村 (Guangxi 2020): a rate bounding the villages (a class); 裕光2×100万千瓦电厂
    …达成合作协议 (Yangquan 2020): a rating naming the plant; 认真执行省政府确定的15条再就业政策措施 (Hebei 1998): a
    package implemented, named by its size; 两条腿走路 a phrase. 贫困发生率降至5%以下, 覆盖60%以上的行政村,
    新建2×100万千瓦机组, 出台促进就业15条政策措施 stay."""
    got = facts(registry, REVIEW + "对138个贫困发生率在5%以上的贫困村实行挂牌督战。"
                "裕光2×100万千瓦电厂、西上庄2×66万千瓦电厂与河北省达成合作协议。"
                "认真执行省政府确定的15条再就业政策措施。继续实行两条腿走路的方针。\n", 2019)
    assert "138个" in got
    assert not {"5%", "100万千瓦", "66万千瓦", "15条", "两条"} & set(got)
    got = facts(registry, REVIEW + "贫困发生率降至5%以下。学区化办学覆盖60%以上的义务教育学校。"
                "新建2×100万千瓦机组。出台促进就业15条政策措施。\n", 2019)
    assert {"5%", "60%", "100万千瓦", "15条"} <= set(got)
