"""The indicator, round 18a (stop 24): a list's later items keep the act or the head the list shares (docs/records.md,
facts: "A list whose items share a head or a modifier gives each value its own item's name"). Real registry, real
extractor; wordings of corpus reports (TEST10 and the round's corpus samples)."""
from __future__ import annotations

from tests.extract.texts import HEAD, facts

REVIEW = HEAD.format(year=2014) + "一、2013年工作回顾\n"
PLAN = HEAD.format(year=2014) + "二、2014年工作安排\n"


def labels(registry, text: str) -> dict[str, str]:
    return {value: f.subject for value, f in facts(registry, text, 2014).items()}


def test_a_later_item_keeps_the_act_opening_the_list(registry):
    """新增省级以上5G工厂7个、省级互联网平台2个 (TEST10): 2个 are platforms added, not a stock; so for each item after
    the first (引进…团队60个、…人才750名、…大学生2万名) and for acts joined (新建或改扩建, 引进和培养)."""
    got = labels(registry, REVIEW + "新增省级以上5G工厂7个、省级互联网平台2个。\n")
    assert got["2个"] == "新增省级互联网平台"
    got = labels(registry, PLAN + "力争引进高层次人才创新创业团队60个、全职工作高层次人才750名、"
                                  "创业就业大学生2万名以上。\n")
    assert got["750名"] == "引进全职工作高层次人才" and got["2万名"] == "引进创业就业大学生"
    got = labels(registry, REVIEW + "新建或改扩建县级医疗服务机构5个、乡镇卫生院52个、村卫生室300所。"
                                    "引进和培养名师44名、名校长8名。\n")
    assert got["52个"] == "新建或改扩建乡镇卫生院" and got["300所"] == "新建或改扩建村卫生室"
    assert got["8名"] == "引进和培养名校长"


def test_an_item_that_is_only_an_act_takes_the_things(registry):
    """制定修改政府规章17件、废止27件 (TEST10): 27件 are government rules repealed; a bare act of another unit (开工建设
    污水管网项目22个、建成80公里: kilometres of pipe, not projects) is not given the projects."""
    got = facts(registry, REVIEW + "制定修改政府规章17件、废止27件。新建农村道路1200公里、绿化3000公里。\n", 2014)
    assert got["27件"].subject == "废止政府规章" and got["27件"].indicator == "indicator/government-rules-repealed"
    assert got["3000公里"].subject == "绿化农村道路"
    got = labels(registry, REVIEW + "开工建设污水管网项目22个、建成80公里。\n")
    assert got["80公里"] != "建成污水管网项目"


def test_a_level_item_takes_the_things_at_that_level(registry):
    """新增国家级企业技术中心3家、省级12家: 12家 are provincial enterprise technology centres added."""
    got = labels(registry, REVIEW + "新增国家级企业技术中心3家、省级12家。新增市级以上企业研发机构100家、省级30家。\n")
    assert got["12家"] == "新增省级企业技术中心" and got["30家"] == "新增省级企业研发机构"


def test_an_item_with_an_act_of_its_own_keeps_it(registry):
    """改造…老旧小区57万平方米、…背街小巷19条 keeps 改造 (already its own, via the first); an item with a verb of
    its own (增开, 入驻, 带动, 惠及), ending in an act (棚户区改造), after a sum of money (发放…资金) or after an
    act that is no act of things done (累计, 实现) gets no act from the first item."""
    got = labels(registry, REVIEW + "新建改建农村公路2.8万公里、增开农村客运线路733条。"
                                    "累计建成标准厂房146万平方米、入驻企业63户。"
                                    "引进企业201家、带动贫困人口13.7万人。"
                                    "改造老旧楼房36栋、惠及居民2402户。"
                                    "建成城镇保障性住房6000余套、棚户区改造1.27万户。"
                                    "发放稳岗返还资金3.3亿元、稳岗21万人。\n")
    assert got["733条"] == "增开农村客运线路" and got["63户"] == "入驻企业"
    assert not got["13.7万人"].startswith("引进") and not got["2402户"].startswith("改造")
    assert got["1.27万户"] == "棚户区改造" and got["21万人"] == "稳岗"
    got = labels(registry, REVIEW + "改造恒源小区等老旧小区57万平方米、朝政胡同等背街小巷19条。\n")
    assert got["19条"] == "改造背街小巷"             # the names of examples before 等 are no part of it
    got = labels(registry, REVIEW + "建成高品质酒店5家、等级旅游民宿18家。新建幼儿园5所、中等职业学校3所。\n")
    assert got["18家"] == "建成等级旅游民宿" and got["3所"] == "新建中等职业学校"


def test_a_registry_indicator_of_an_item_stays(registry):
    """新增城镇就业2万人、农村劳动力转移就业9万人次: the registry's 城镇新增就业 stays; the second item names an act
    of its own (转移就业) and is not given 新增."""
    got = facts(registry, REVIEW + "新增城镇就业2万人、农村劳动力转移就业9万人次。\n", 2014)
    assert got["2万人"].indicator == "indicator/urban-new-jobs"
    assert got["9万人次"].subject == "农村劳动力转移就业"


def test_an_item_with_its_things_after_the_number_keeps_the_act(registry):
    """建成8个医养结合示范点、9个社区综合体; 建成投用3个…综合体、3所社区老年学校: the later item's things are built
    too; 推动141个新建项目…、254个续建项目… names its own act (续建) and gets none."""
    got = labels(registry, REVIEW + "建成8个医养结合示范点、9个社区综合体。"
                                    "建成投用3个社区养老服务综合体、3所社区老年学校。\n")
    assert got["9个"] == "建成社区综合体" and got["3所"] == "建成投用社区老年学校"
    got = labels(registry, REVIEW + "推动141个新建项目尽快开工、254个续建项目抓紧实施。\n")
    assert not got["254个"].startswith("新建")


def test_a_count_after_examples_keeps_the_act_before_them(registry):
    """升级改造平山路、翠溪路等9条城市道路 (TEST10): roads upgraded, not a stock of roads; the names before 等 stay
    out of the label (新建续建隆兴大道等12条道路 → 新建续建道路); an act the list of acts does not hold (建立了公共
    物流、公共交易等8个外贸服务平台, round 11) leaves the label as it was — round 23 (TEST13) made 建立 one."""
    got = labels(registry, PLAN + "升级改造平山路、翠溪路等9条城市道路，努力让市容环境更加整洁有序。"
                                  "新建续建隆兴大道等12条道路。引进华为、腾讯等20家企业。\n")
    assert got["9条"] == "升级改造城市道路" and got["12条"] == "新建续建道路" and got["20家"] == "引进企业"
    got = labels(registry, REVIEW + "建立了公共物流、公共交易、公共技术研发等8个外贸服务平台。\n")
    assert got["8个"] == "建立外贸服务平台"


def test_an_act_or_a_level_after_a_count_of_things(registry):
    """全市高新技术企业达到50家、新增10家: 10家 are high-tech enterprises added; 国家级企业技术中心3家、省级12家: 12家
    are provincial centres. Not after a label that ends in an act (市级审批事项取消28项、下放11项) or opens with one
    (提请审议地方性法规14部、废止11部)."""
    got = labels(registry, REVIEW + "全市高新技术企业达到50家、新增10家。国家级企业技术中心3家、省级12家。\n")
    assert got["10家"] == "新增高新技术企业" and got["12家"] == "省级企业技术中心"
    got = labels(registry, REVIEW + "市级审批事项取消28项、下放11项。提请审议地方性法规14部、废止11部。\n")
    assert got["11项"] == "下放" and got["11部"] == "废止"


def test_a_count_after_an_act_closed_by_le_keeps_it(registry):
    """新建了5座公园, 解决了8000户农牧民用电问题 (TEST10): the act closed by 了 before the number is the count's."""
    got = labels(registry, REVIEW + "新建了5座公园。解决了8000户农牧民用电问题。\n")
    assert got["5座"] == "新建公园" and got["8000户"] == "解决农牧民用电问题"


def test_a_state_of_the_same_measure_takes_the_things_before(registry):
    """全市高速公路通车里程357公里、在建里程271公里 (judged sample): 在建里程 is the motorways'; a measure of another
    unit or other words before it are left alone."""
    got = labels(registry, REVIEW + "全市高速公路通车里程357公里、在建里程271公里。\n")
    assert got["271公里"] == "高速公路在建里程"
