"""Names from the entity registry (data/entities/*.yaml, read by api.records.load_entities): the indicator a
fact measures (SKOS indicator scheme, by its zh label and aliases, longest name first), the entity it is about,
and every mention of a registry entity in the text. An indicator the registry lacks is proposed as a new concept
(its words as written, a key `indicator/proposed-<hash>`), for a curator to name or merge.
"""
from __future__ import annotations

import functools
import hashlib
import re
from dataclasses import dataclass
from pathlib import Path

from api.extract.origin import place_stem
from api.records import Entity, Problem, load_entities
from api.vocab import Vocabulary

ABOUT_KINDS = ("place", "zone", "industry")
# 和美乡村, 共同缔造: 和 and 共 opening a word are not the joining 和 or the total 共; nor 有 of 有序, 有效, 有机, 有色
LEADING = re.compile(r"^(?:[，,、；;：:及与]|又(?=[\u4e00-\u9fff]{2})(?![称名])|\d+\s?(?:个|家|所)(?=[^，,\d]{2,30}(?:率|比例)$)|并(?![购网轨联入表])|和(?![美谐睦])|仅(?:仅|是)?|其中|全年|当年|今年|去年|年末|年底|目前|累计|共计|总计|合计|"
                     r"同比|比上年|较上年|分别|全市|全省|全区|全国|我市|我省|本市|实现|完成|达到|达(?![成标])|为|共(?![同享建治]|有产权)|有(?![序效机力色线关形偿声])|已|"
                     # a word the verb opens (达成协议, 达标率, 在建项目, 在校生, 对接, 对外贸易, 要素, 使用率) keeps it
                     r"在(?![建校线岗册职读营])|对(?![接外台口港]|[^\W\d_]{1,2}(?:招商|引资|投资|争取|贸易|出口|开放|合作|交流|援助|帮扶))|将|要(?![素件])|力争|争取|争创|努力(?:将|把|使)?|确保|预计|初步核算|初步统计|带动|推动|带来|使(?!用)|让|"
                     # the year a target is for (到2015年学前教育毛入园率, 明年节约标准煤): the period, not the thing
                     r"到(?:19|20)\d{2}年(?:底|末)?|明年|后年|"
                     # the year of a result (1997年乡镇企业现价总产值), framing 全力 (全力办好10件惠民实事)
                     r"(?:19|20)\d{2}年(?:底|末)?(?![度代]|以来)|全力(?:以赴)?|"
                     # a relative clause of when it was set (市政府2019年年初确定的十件民生实事): not the thing's name
                     r"[^，,的\d]{0,8}?(?:19|20)\d{2}年[^，,的\d]{0,6}?(?:确定|提出|部署|承诺|安排|下达)的(?=[^\W\d_]{2})|"
                     # round 22c: 又 framing an act (又解决近15万…, jilin-prefecture-2014); the things a rate is over
                     # (14个国、省考核断面水质优良率, deyang-2025: classes.rate_population)
                     # round 12: a span of time (年内, 五年内), 近 of an approximate value (近20万被征地农民), the speaker
                     # (我们将继续办好民生实事), 集中力量: framing, not the thing (近期, 近海, 近年 keep it)
                     r"(?:[一二三四五六七八九十两]|\d{1,2})?年内|近(?![期代郊海视岸距年一二三四五六七八九十两百千0-9])|我们|继续(?!教育)|了(?![解却结])|"
                     r"集中(?:力量|精力)|"
                     # round 15: 加快推进 of a plan (加快推进300万头生猪规模化养殖工程): the framing, not the thing
                     r"加[快速]推进(?=[^\W\d_]{2})|"
                     # round 14: the speaker as a place (我区外送电能力, 我州, 我县, 我旗), a year written in numerals
                     # (一九五八年由国家投资造林, 一九六四年全国农业总产值); not 提前 (提前两年完成…: the value's own words)
                     r"我(?:区|州|县|旗|盟)(?!域)|[一二三四五六七八九〇○零]{4}年(?:底|末)?(?![度代]|以来)|"
                     # a list's own numbering: （7）解决…, 7）, 9.实施…, ④支持…
                     r"[（(]?\s*(?:\d{1,2}|[一二三四五六七八九十]{1,2})\s*[)）]|\d{1,2}[.．](?![0-9０-９])\s*|[①-⑳])+")
TRAILING = re.compile(r"(?:分别|均|各|累计|同比|比上年|较上年|年均|平均|达到|达|为|实现|超过|突破|增长|增加|提高|提升|上涨|"
                      r"下降|减少|降低|压缩|上升|递增|递减|扩大|缩小|缩短|回落|保持在|保持|稳定在|控制在|控制|不低于|不少于|不超过|低于|高于|近|约|超|升至|"
                      r"降至|降为|降到|(?<![压精缩削核])减为|(?<![压精缩削核])减至|增至|提高到|提升至|恢复至|在|到|至|了|的|共|、|，|,|“|”|\s|"
                      # the framing of a value, not its thing: 普通高中升学率首次超过70%, 鲜果产量力争突破10万吨
                      r"首次|力争|争取|争创|努力|确保|预计|"
                      # round 14: a streak left by its span (新批境外投资项目数连续五年保持全省第一), the adverbs 都 and 将
                      # of the verb gone (国家预算收支都比上年增长, 生铁合格率将达到): not 首都, 成都, 大将, 名将
                      r"(?<=[^\W\d_]{2})连续|(?<=[^\W\d_]{2})(?<![首成京古国帝故旧全])都|"
                      r"(?<=[^\W\d_]{2})(?<![大名主武老猛干麻即])将|"
                      # round 15: 可 of 可达 (税收可达18.48亿元; not 许可, 认可), a standard set per person (资助标准确定为
                      # 每人每年1200元), 发展到 (新型经营主体发展到2000家), a rank's frame (定量考核进入全省前5名)
                      r"(?<=[^\W\d_]{2})(?<![许认])可|(?<=[^\W\d_]{2})(?<![成造迁])就|(?<=[^\W\d_]{2})已|(?:确定|调整|核定)为|提至|(?:每人|每生|每户|人均)?每(?:年|月)|"
                      r"(?<=[^\W\d_]{2})发展(?:到|至)|(?<=[^\W\d_]{2})(?:进入|跻身|位居|位列|[稳跃]?居)(?:全国|全省|全市|全区)?前|"
                      r"(?<=[^\W\d_])[稳跃](?=居(?:全国|全省|全市|全区)?前$)|"
                      r"(?<=[^\W\d_]{2})(?:继续|(?<!可)持续)|"
                      # round 25: the verb of a cut (一般性支出压减10%, 企业开办时间压减至3个工作日): the direction, or
                      # the level reached, not the thing's words
                      r"(?<=[^\W\d_]{2})(?:压减|缩减|压降)(?:至|到|为)?|"
                      # the 有 of a count's things (往返香港高铁有2对, 世界500强企业有392家在苏投资, 总产量仍然只有): not
                      # 拥有, 现有, 国有, 从无到有
                      r"(?<=[^\W\d_]{2})(?:仍然|仍|只|还|已经|至少)*(?<![拥持具所没现原占享含保国私公固特独富稀到一二两三四五六七八九十])有|"
                      r"(?<=[^\W\d_]{2})相当于|"
                      # stop 27: the 要 of a plan's year (全国人口2000年要控制在13亿以内): not 主要, 需要, 纲要
                      r"(?<=[^\W_]{2})(?<![主需重必只纲摘概提])要|"
                      # an adverb or a bare 较 left by the verb it went with (占财政支出始终保持在70%, 比重再提高2个
                      # 百分点, 余额较年初下降): not the thing's words
                      r"(?<=[^\W\d_]{2})(?:始终|一直|再|(?<!比)较(?:年初|上年末|去年同期)?)|"
                      # qualifiers of a value already named: 实际增长, 按可比口径增长, 五年年均增长, 比2002年增长
                      r"实际|可比|按可比口径(?:计算)?|扣除(?:物价|价格)因素(?:后)?|按新口径|按老口径(?:统计)?|"
                      r"(?:今后|过去)?五年|比(?:(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年|"
                      # round 27b: a starting level's time with its 从 (使受惠学生从上年的46.9万人增至57.6万人)
                      r"(?:从|(?<![自理缘事])由)(?:上一?年|去年|前年|年初|上年末|上年底)(?:末|底|同期)?|从|"
                      r"(?:(?:19|20)\d{2}|[一二三四五六七八九〇○零]{4})年(?:底|末)?|接近|也|还|又|仍|是|"
                      # a starting level (基础养老金由每人每月165元提高至330元) and a five-year base (较“十三五”末)
                      r"(?<![自理缘事])由(?:原)?(?:每人每月|每人每年|每月|每年|人均)?|(?:较|比)“?[一二三四五六七八九十]{2,3}”?"
                      r"(?:时期|期末|末)?)+$")
# an industry word inside the name of a counted thing (制造业单项冠军企业, 制造业创新中心, 新能源汽车产业园项目) or listed
# as an example before 等 (集成电路、高端装备制造等六支产业基金) is not what the value is about: the place still is
# a label that names a measure and no thing (总里程达到4289公里, 合同金额1238亿元, 总数达480家, 答复率100%)
GENERIC = re.compile(r"(?:其)?(?:总数|总量|总额|数量|合同金额|合同额|签约额|总里程|里程|增量|年?销售额|综合产值|总产值|"
                     r"年?营业收入|营收|答复率|办结率|满意率|资金总额|各项资金总额|总规模|规模|投资规模)")
NAMED_THING = re.compile(r"[^，,、；;等]{0,6}?(?:企业|项目|中心|基金|平台|基地|园区|产业园|公司|冠军)")
EXAMPLE_OF = re.compile(r"[^，,；;。]{0,16}?等")
PLACE_RELATIVE = {"市": ("全市", "我市", "本市", "市区"), "省": ("全省", "我省", "本省"), "区": ("全区", "我区"),
                  "州": ("全州", "我州"), "县": ("全县", "我县"), "盟": ("全盟",), "国": ("全国",)}


@dataclass
class Mention:
    start: int
    end: int
    ref: str


class Lexicon:
    """The registry's names, compiled once: indicators apart, every other entity for mentions and `about`."""

    def __init__(self, entities: dict[str, Entity], place_ref: str = "", place_name: str = ""):
        self.entities = entities
        self.place = place_ref          # the report's place: the default `about`
        self.indicator_names: dict[str, str] = {}
        self.names: dict[str, str] = {}
        for e in sorted(entities.values(), key=lambda e: e.id):
            for name in e.proper_names:
                if len(name) < 2:
                    continue
                table = self.indicator_names if e.kind == "indicator" else self.names
                table.setdefault(name, e.id)
        if place_ref:
            suffix = "国" if place_name.endswith(("国", "国务院")) or place_ref == "place/china" else place_name[-1:]
            for name in PLACE_RELATIVE.get(suffix, ()):
                self.names.setdefault(name, place_ref)
        self.indicator_re = alternation(self.indicator_names)
        self.name_re = alternation(self.names)

    def mentions(self, text: str, lo: int = 0, hi: int | None = None) -> list[Mention]:
        if self.name_re is None:
            return []
        return [Mention(m.start(), m.end(), self.names[m.group()])
                for m in self.name_re.finditer(text, lo, len(text) if hi is None else hi)]

    def indicator_span(self, subject: str) -> tuple[str, int, int]:
        """The registry indicator named in a subject phrase (the longest name, the last of equals) and its span."""
        best = None
        # 占GDP比重: the whole the share is of names no indicator of its own, unless a name holds the whole
        # share (民生投入占财政支出比重 is a registry indicator)
        masked = [m.span() for m in re.finditer(r"(?:占|在)[^，,、]{0,12}?(?:中)?(?:的)?(?:比重|比例)", subject)]
        if self.indicator_re is not None:
            for i in range(len(subject)):
                m = self.indicator_re.match(subject, i)
                if m and any(m.start() < hi and lo < m.end() and not (m.start() <= lo and hi <= m.end())
                             for lo, hi in masked):
                    m = None
                if m and inside_code(subject, m.start(), m.end()):
                    m = None      # M2 inside PM2.5: a Latin name is a whole code, never a piece of a longer one
                if m and (best is None or len(m.group()) >= len(best.group())):
                    best = m
        return (self.indicator_names[best.group()], best.start(), best.end()) if best else ("", 0, 0)

    def indicator(self, subject: str) -> str:
        return self.indicator_span(subject)[0]

    def about(self, subject: str, default: str) -> str:
        """The place, zone or industry a subject phrase names (the last one outside the indicator's own name),
        else `default` (the report's place): 对日本进出口 → Japan; 战略性新兴产业增加值 stays the city's."""
        _, lo, hi = self.indicator_span(subject)
        found = default
        for m in self.mentions(subject):
            if m.ref.split("/")[0] in ABOUT_KINDS and not (m.start < hi and lo < m.end) and m.ref != default:
                if m.ref.startswith("industry/") and re.match(r"[^，,]{0,2}(?:增加值|占|比重|投资|企业|集群)", subject[m.end:]):
                    continue          # 数字经济核心产业增加值, 高技术产业投资: the industry is part of the indicator
                if m.ref.startswith("industry/") and (NAMED_THING.match(subject, m.end) or EXAMPLE_OF.match(subject, m.end)):
                    continue          # 省级制造业创新中心, 集成电路、高端装备制造等六支产业基金: a word of a name or an example
                found = m.ref
        return found


def inside_code(text: str, start: int, end: int) -> bool:
    """A name that begins or ends with a Latin letter touching another letter, or with a digit touching another
    digit or a decimal point: part of a longer code (M2 in PM2.5), not a mention. GDP4.77亿元 still names GDP."""
    first, last = text[start:start + 1], text[end - 1:end]
    before, after = text[start - 1:start] if start else "", text[end:end + 1]
    return bool(re.match(r"[A-Za-z]", first) and re.match(r"[A-Za-z_]", before)
                or re.match(r"\d", first) and re.match(r"[A-Za-z0-9_.．]", before)
                or re.match(r"[A-Za-z]", last) and re.match(r"[A-Za-z_]", after)
                or re.match(r"\d", last) and re.match(r"[A-Za-z0-9_.．]", after))


def alternation(names: dict[str, str]) -> re.Pattern | None:
    if not names:
        return None
    return re.compile("|".join(re.escape(n) for n in sorted(names, key=lambda n: (-len(n), n))))


def label_of(subject: str, strict: bool = False) -> str:
    """The words of a subject phrase that name what is measured (for a proposed indicator)."""
    label = subject
    for _ in range(3):
        label = TRAILING.sub("", LEADING.sub("", label))
    label = re.sub(r"^.*[，,；;：:]", "", label)
    label = paired(unwrapped(label.strip("\"")), subject)
    return label if label or strict else subject.strip()


PAIRS = {"“": "”", "《": "》", "(": ")", "（": "）"}


def unwrapped(label: str) -> str:
    """A label without the marks around it (“五个一”工程 keeps its pair; a lone mark at either end goes)."""
    while label:
        first, last = label[0], label[-1]
        if first in PAIRS and (PAIRS[first] not in label[1:] or last == PAIRS[first] and label.count(first) == 1
                               and label.count(last) == 1):
            label = label[1:]
        elif last in PAIRS.values() and not any(o in label[:-1] for o, c in PAIRS.items() if c == last):
            label = label[:-1]
        else:
            return label
    return label


def paired(label: str, subject: str) -> str:
    """A quotation mark the trimming split from its pair comes back (房屋确权“办证难” not 房屋确权“办证难)."""
    for o, c in PAIRS.items():
        opens, closes = label.count(o), label.count(c)
        if opens > closes and label.rfind(o) > label.rfind(c) and label + c in subject:
            label += c
        elif closes > opens and (o not in label or label.find(c) < label.find(o)) and o + label in subject:
            label = o + label
    return label


def mended(label: str, context: str) -> str:
    """A label whose quotation mark lost its pair to a cut gets the pair back where `context` (the words around the
    value) closes or opens it (开复工“三供三治项目投资 → 开复工“三供三治”项目投资; 三化”改造项目 → “三化”改造项目); a
    bracket opened at its end, or opened and never closed by words after the value, goes with what follows it
    (年度任务（ of 完成年度任务（6万名）的195.5%; 项目人员（牵头责任单位: round 26b)."""
    opens, closes = label.count("“"), label.count("”")
    if opens > closes and (i := label.rfind("“")) > label.rfind("”"):
        rest = label[i + 1:]
        for j in range(len(rest) - 1, 0, -1):
            if "“" + rest[:j] + "”" in context:
                return label[:i + 1] + rest[:j] + "”" + rest[j:]
    elif closes > opens and (k := label.find("”")) < (label.find("“") if "“" in label else len(label)):
        for i in range(k - 1):
            if "“" + label[i:k + 1] in context:
                return label[:i] + "“" + label[i:]
    for o, c in (("（", "）"), ("(", ")")):
        if (i := label.rfind(o)) >= 2 and c not in label[i:] and label.count(o) > label.count(c) + label.count(
                "）" if c == ")" else ")"):
            return label[:i]
    return label


def proposed_key(label: str) -> str:
    return "indicator/proposed-" + hashlib.sha1(label.encode("utf-8")).hexdigest()[:10]


def load_registry(root: Path, vocab: Vocabulary) -> dict[str, Entity]:
    """The entity registry through the project's own loader; its problems do not stop a draft."""
    problems: list[Problem] = []
    return load_entities(root / "data" / "entities", root, vocab, problems)


PLACE_KEYS = Path(__file__).with_name("place-keys.tsv")


@functools.cache
def place_keys() -> dict[str, str]:
    """place-keys.tsv: a corpus place's name → its key, where the listing's id misreads or numbers the name."""
    rows = [line.split("\t") for line in PLACE_KEYS.read_text(encoding="utf-8").splitlines()
            if line and not line.startswith("#")]
    return {row[0]: row[1] for row in rows[1:]}


def place_ref(entities: dict[str, Entity], place_name: str, report_id: str) -> str:
    """The registry's division named `place_name` (大连市 → place/dalian), else the key place-keys.tsv gives the
    name (漯河市 → place/luohe, listed as tahe), else place/<the id's prefix>."""
    stem = place_stem(place_name)
    for e in sorted(entities.values(), key=lambda e: e.id):
        if e.kind == "place" and place_name and (place_name in e.proper_names or e.zh in (place_name, stem)):
            return e.id
    if place_name in ("中华人民共和国", "全国", "国务院"):
        return "place/china"
    if place_name in place_keys():
        return f"place/{place_keys()[place_name]}"
    key = re.sub(r"-?\d{4}.*$", "", report_id).lower()
    key = re.sub(r"[^a-z0-9]+", "-", key).strip("-") or "unknown"
    return f"place/{key}"
