"""Labels cut from the words around a number without finding the thing it counts (round 22, TEST12's largest class
of indicator errors), a pass of `labels.relabel`:

- a label holding a value of the paragraph (its own or another fact's) loses it, with the 的 after it and the 年产
  before it: 向社会推介59项208亿元的PPP项目 → 向社会推介PPP项目 (boertalamenggu-2016); a sum invested in things named
  after it (开工建设投资10亿元的双天生态农业公司…项目, liaoyuan-2020) is those things' investment;
- a label ending in a preposition or 把 whose object is the value (对1151名医生按每人每年2万元标准进行补贴, zhaoqing-2020;
  保证到一九八〇年把三分之一的企业建成大庆式企业, national-1978) names the standard, or the things after the value.
A class threshold inside a name (销售收入过10亿元的企业) is no value of the paragraph and stays.
The subjects `subjects.stated` reads with the helpers at the end: a base or a span alone (较2019年同期, 前四年) names no
thing; a 分别 list's subjects follow the last item holding a value; partners counted after 与; a sum with what it supports.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import label_of
from api.extract.sentences import fact_before

Fact = Any      # api.extract.facts.Fact (tests/test_layers.py: facts imports labels, which imports this module)

# what may follow a value inside a label: its qualifier, then the 的 joining it to the thing
AFTER_VALUE = re.compile(r"(?:以上|以下|左右|多|余)?的?")
# a capacity or a size before the value (年产30万头, 总投资近150亿元的): cut with it
BEFORE_VALUE = re.compile(r"(?:年产|年处理|年加工|(?:总)?投资)?(?:约|近|超过|超|逾|达)?$")
# the threshold of a class (销售收入超100亿元的企业, 产值10亿元以上企业, 投资50亿元（含）以上项目, 学科进入ESI全球前1%):
# the class's name
# (docs/records.md), which keeps it
THRESHOLD_BEFORE = re.compile(r"(?:过|超过|超|上|前|收入|产值|利税|税收|营收|利润|规模)$")   # 进入ESI全球前1%: a class
THRESHOLD_AFTER = re.compile(r"(?:（含）|\(含\))?(?:以上|以下|及以上)")
MONEY = frozenset({"元", "美元", "欧元", "港元"})
INVESTED = re.compile(r"(.*?)(?:总投资|投资)(?:约|近|超过|超|逾|达)?的(.{2,})")
# the things invested in, up to their 项目/工程 or up to what became of them (…项目一期完成投资…并投产, …生态园开工建设)
INVESTED_IN = re.compile(r".+?(?:项目|工程)|.+?(?=(?:正式|全面|即将|加快|顺利|相继|集中|全线)?(?:开工|投产|建成|落地|通水|实现|"
                         r"完成|进展|投入使用|刷新|动工|推进|建设|下线|签约)|$)")


def values_out(text: str, f: Fact, facts: list[Fact]) -> str:
    """The label without the values of the paragraph written inside it; "" when it holds none."""
    label = f.subject
    found = False
    for g in sorted(facts, key=lambda g: -len(g.quantity.value)):
        value = g.quantity.value
        if not re.search(r"[0-9０-９]", value) or value not in label or not text_has(text, label, value):
            continue
        at = label.find(value)
        end = at + len(value)
        if THRESHOLD_AFTER.match(label, end) or THRESHOLD_BEFORE.search(label[:at]):
            continue
        tail = AFTER_VALUE.match(label, end)
        end = tail.end() if tail else end
        lead = BEFORE_VALUE.search(label[:at])
        start = at - len(lead.group()) if lead else at
        if lead and "投资" in lead.group() and (g is f or g.quantity.unit not in MONEY):
            start = at - len(lead.group()) + lead.group().index("投资") + 2
            # the sum's own word (投资10亿元的X项目 is X's investment, below); a count after it is not the sum
        label = label[:start] + label[end:]
        found = True
    if found:
        label = re.sub(r"^的|[的、和]$", "", label.strip())
    if f.quantity.unit in MONEY and text[f.quantity.suffix_end:f.quantity.suffix_end + 1] == "的":
        if (m := INVESTED.fullmatch(label)):
            # 开工建设投资10亿元的…项目 → 开工建设…项目投资 (liaoyuan-2020); not what became of it (…项目全面投产)
            return m.group(1) + INVESTED_IN.match(m.group(2)).group() + "投资"     # type: ignore[union-attr]
        if found and label.endswith("项目"):
            return label + "投资"        # 推介59项208亿元的PPP项目: the projects' investment, not a count of them
    if not found:
        if (bracket := re.search(r"[（(]([^）)]{2,})$", label)) and not re.search(
                r"[）)]", text[text.rfind(bracket.group(), 0, f.value_start) + len(bracket.group()):f.value_start]):
            return bracket.group(1)     # …准入标准（人均使用面积由8平方米提高到10平方米 (nanchang-2009): the bracket's own
        # 的双天生态农业公司年产, 的国家级工业园区和: cut at 的 (and before the next item's 和)
        return label[1:].rstrip("和、") if label.startswith("的") and len(label) > 3 else ""
    label = label_of(label, strict=True)
    return label if len(label) >= 2 and not re.search(r"[0-9０-９]", label.replace("PM2.5", "")) else ""


def text_has(text: str, label: str, value: str) -> bool:
    """The value inside the label is whole there (not a piece of a longer number or code: 12.5 in 112.5, PM2.5)."""
    at = label.find(value)
    return not re.match(r"[0-9０-９.．A-Za-z]", label[at - 1:at] if at else "") \
        and not re.match(r"[0-9０-９.．]", label[at + len(value):at + len(value) + 1])


# a label ending in a preposition or 把: the value is its object (对…医生按每人每年2万元标准进行补贴; 把三分之一的企业建成…)
PREPOSITION_END = re.compile(r"(?<=[^\W\d_]{2})(?:按照|按|依照|依)$")
OBJECT_END = re.compile(r"(?:[把将]|(?<=[^\W\d_]{2})(?:使|让))$")
STANDARD = re.compile(r"(?:以上|左右)?的?标准(?:进行|给予|予以|实行|发放)?(补贴|补助|奖励|资助|奖补|救助|保障|缴费|缴纳)?")
CLAUSE_END = re.compile(r"[，,；;。！？!?：:\n]")


def object_of(text: str, f: Fact) -> str:
    """对1151名行政村卫生站医生按每人每年2万元标准进行补贴 → 行政村卫生站医生补贴标准; 保证到一九八〇年把三分之一的
    企业建成大庆式企业 → 企业建成大庆式企业: "" when the label ends in neither."""
    q = f.quantity
    if (m := PREPOSITION_END.search(f.subject)) and (std := STANDARD.match(text, q.suffix_end)) and "标准" in std.group():
        return f.subject[:m.start()] + (std.group(1) or "") + "标准"
    if OBJECT_END.search(f.subject) and text[q.suffix_end:q.suffix_end + 1] == "的":
        end = CLAUSE_END.search(text, q.suffix_end)
        words = text[q.suffix_end + 1:end.start() if end else len(text)]
        words = re.split(r"[，,、；;]|[0-9０-９]", words)[0]
        return words if 2 <= len(words) <= 24 else ""
    return ""


# Read in api/extract/subjects.py `stated` (round 22).
# a base or a span of years alone names no thing either — 地区生产总值…同比增长6.6%，较2019年同期增长
# 8.2%，两年平均增速4% (xingtai-2021-08), 地区生产总值迈过2000亿元，前四年年均增长7.6% (xiaogan-2021), 工农业总产值计划增长
# 百分之二十一点七，平均每年递增百分之四 (national-1982): the value is of the thing the sentence named before
SPAN_OR_BASE = re.compile(r"(?:较|比|与|同)(?:(?:19|20)\d{2}年|上年|去年|前年|疫情前)(?:同期)?(?:相比)?|(?:上年|去年)?同期(?:相比)?|"
                          r"前[一二两三四五六七八九十\d]{1,2}年(?:年均|平均)?|[两二三四五六七八九十]年(?:平均|年均)?(?:增速|增幅)?|"
                          r"(?:平均)?每年(?:平均)?(?:递增|递减)?|“?[一二三四五六七八九十]{2,3}五”?(?:期间|时期)?")
# round 25: what a label keeps of such a base once the trimming took its year and verb — 较 (较2008年提高), 末 (比上年末
# 增长), 比增, 再 (比上年再提高), 跃 (从第30位跃升至), 是前 (是前五年的), 是“十二五”末, 比年初, 是原来, 较重组前 — or of
# the word joining a second value (或增长20%): it names no thing either, and the value is the thing's named before
TIME_BASE = (r"“?[一二三四五六七八九十]{1,3}五”?(?:末|初|期间|时期)?|前[一二两三四五六七八九十\d]{0,2}年?|"
             r"[一二两三四五六七八九十\d]{1,2}年前|上(?:个|一)?(?:年|月|季度)?(?:末|底|初|同期)?|年[初末底]|原来|过去(?:总和)?|"
             r"[^\W\d_]{1,4}(?:前|之初|首年)|\d{1,2}月份?")
FRAME_RESIDUE = re.compile(r"(?:是|为|相当于|较|比|与|同)(?:" + TIME_BASE + r")?的?(?:净增|新增|增加|增|降|提高)?|"
                           r"[末底再又跃或已]|年均增")
# the things a count before counted, given something (向…13个县授予…行政审批权262项, qinghai-2012)
GIVEN_TO = re.compile(r"[^\W\d_]{1,6}?(授予|下放|赋予|发放|提供|拨付|下达|移交|转移|配备|派驻|选派)")
YEAR = re.compile(r"(?:19|20)\d{2}年")
VALUE_WITH_UNIT = re.compile(r"[0-9０-９][0-9０-９.]*\s*[万亿千百]?(?:元|美元|%|％|吨|公里|亩|人|个|家|项|户|座|所|辆|台|套|件|名|"
                             r"条|处|次|倍|千瓦|平方米)")


def after_last_value(head: str) -> tuple[str, str]:
    """蔬菜出口突破100亿元、货值和总量分别居全国地级市第1位、第3位 (yongzhou-2024): the subjects of a 分别 list are the
    words after the last listed item holding a value of its own, and a bare measure among them (货值, 总量) is of the
    thing that item named (蔬菜出口); the head unchanged and no owner when no item before holds a value."""
    pieces = head.split("、")
    numbered = [i for i, p in enumerate(pieces) if VALUE_WITH_UNIT.search(p)]   # not 12345市民服务热线 (beijing-2025)
    if not numbered or numbered[-1] == len(pieces) - 1 or "（" in head or "(" in head:
        return head, ""
    last = pieces[numbered[-1]]
    owner = label_of(re.split(r"[0-9０-９]", YEAR.sub("", last))[0], strict=True)
    owner = re.sub(r"(?:突破|超过|迈上|跨越|达到|达|实现|完成)$", "", owner)
    return "、".join(pieces[numbered[-1] + 1:]), owner if len(owner) >= 2 else ""


PARTNERED = re.compile(r"([^\W\d_]{1,8}?(?:和地区)?)((?:发生|建立|开展|保持|结成|缔结|开通|有)[^\W\d_]{2,10})")


def partnered(segment: str, thing: str) -> str:
    """与131个国家发生贸易往来 (puyang-2021) → 发生贸易往来的国家: the partners counted, named by what they do with the
    place; the thing as it is when the count is no partner's."""
    partner = PARTNERED.fullmatch(thing) if re.search(r"(?:^|[^\W\d_])[与同]\s*$", segment) else None
    return partner.group(2) + "的" + partner.group(1) if partner else thing


# what a sum supports (整合13.3亿元支持马铃薯、中药材和43个牛羊产业大县建设, gansu-2010)
PURPOSE = re.compile(r"(?:用于|支持|扶持|补助|奖补|资助)[^，,；;。！？!?\n]{2,24}(?=$|[，,；;。！？!?\n])")


# round 25: a label that is only a verb — the people a thing done reached (改造老旧小区468个、惠及5.6万户, 新建改造农村
# 饮水安全工程73处、受益1.7万人, 举行义务植树活动近3100场，53.7万人参与) or what was added to a stock named before
# (全市民营企业9722户，新增1169户; 高新技术企业达2.4万家，净增近6000家)
REACHED = re.compile(r"(?:共|累计|直接)?(惠及|受益|参与)")
ADDED = re.compile(r"(?:比上年|全年|当年|年内)?(新增|净增)")
STOCK_END = re.compile(r"(?:总户数|总数|总量|数量|户数|总额|总规模|规模)$")
PEOPLE_UNITS = {"户": "户数", "户次": "户次", "人次": "人次", "万人次": "人次"}


def verb_only(text: str, f: Fact, facts: list[Fact], written: dict[int, str]) -> str:
    """惠及 → 改造老旧小区惠及户数, 新增 → 新增民营企业: a label that is only such a verb takes the thing of the value
    before it in its sentence (no other value, ；, 。 or 分别 between); "" when the label is no such verb or nothing
    before names a thing."""
    own = written[id(f)]
    reached, added = REACHED.fullmatch(own), ADDED.fullmatch(own)
    if not (reached or added) or f.quantity.share:
        return ""
    prev = fact_before(f, facts)
    if prev is None:
        return ""
    between = text[prev.value_end:f.value_start]
    if re.search(r"[。；;！？!?\n]|分别|[0-9０-９]", between) or len(between) > 16:
        return ""
    if written[id(prev)] == own:
        return prev.subject if prev.subject != own else ""    # 新增87.9万户，居全国第五: the same count's rank
    if f.quantity.rank:
        return ""
    thing = label_of(written[id(prev)], strict=True)
    if len(thing) < 2 or re.search(r"[，,；;、0-9０-９]", thing) or REACHED.search(thing) or ADDED.match(thing):
        return ""
    if reached:
        if f.quantity.unit not in ("人", "名", "户", "人次", "户次", "万人", "万户") and f.quantity.unit:
            return ""
        return thing + reached.group(1) + PEOPLE_UNITS.get(f.quantity.unit, "人数")
    if prev.quantity.unit != f.quantity.unit or not added:
        return ""
    return added.group(1) + STOCK_END.sub("", thing)      # 市场主体总户数达401万户，新增87.9万户: 新增市场主体
