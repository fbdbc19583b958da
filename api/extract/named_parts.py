"""Figures of a named part of the place: a new area, a development zone, a park, a cooperation zone, the 生产建设兵团.

Round 23 (after TEST12 and TEST13, whose readers marked eleven such figures drafted as the whole place's): a named
part that is the topic of its sentence or of its paragraph owns the figures that name no other subject, so their
label names the part (the registry rarely knows it) or, when the registry has the part, their `about` is it
(docs/records.md: `about` is an entity of the registry or the place). `parts.of_subunit` does the same for an
unnamed part (开发区, 县域) opening a sentence; this module adds
- a named part opening its sentence (科技创新城新开发4平方公里，完成投资50亿元: haerbin-2012; 雨溆工业园5个月引进企业
  9家、投资2.83亿元: huaihua-2023), its later clauses included, `opening_part`;
- a named part that is its paragraph's topic: the heading line just before names it (（二）加快滨海新区开发开放…:
  tianjin-2009; 十二、加快兵团经济社会发展…: xinjiang-2006) or the paragraph's first sentence, which gives no figure,
  does (着力增强兰州新区产业集聚功能。…力争完成固定资产投资200亿元: lanzhou-2012; 五年来，全市上下大力开发建设兰州新区，
  …。累计完成投资1986.58亿元: lanzhou-2017), `topic_part`. Only while no later sentence names the whole place (全市…),
  another place or another part: the topic may have moved on.
"""
from __future__ import annotations

import re
from typing import Any

from api.extract.indicators import Lexicon, label_of
from api.extract.parts import WHOLE
from api.extract.sentences import sentence_start

Fact = Any      # api.extract.facts.Fact (facts imports labels, which imports this module)

# what names a part of the place after its proper name (兰州新区, 前海合作区, 雨溆工业园, 科技创新城, 兵团)
PART_NOUN = (r"(?:生产建设兵团|兵团|经济技术开发区|高新技术产业开发区|开发区|经开区|高新区|新区|工业园区|产业园区|工业园|"
             r"产业园|物流园区|物流园|合作区|自贸试验区|自贸区|综合保税区|保税区|创新城|科技城|新城)")
# (not 示范区: most are a title the place or a programme holds, 国家自主创新示范区, 生态文明先行示范区)
# a proper name before the noun: no act, no mark, no number (加快滨海新区 → 滨海新区: the act is cut in `name_in`)
NAMED = re.compile(r"(?:生产建设兵团|兵团|[\u4e00-\u9fff]{2,10}?" + PART_NOUN + ")")
# the acts a topic sentence does to the part (着力增强兰州新区, 大力开发建设兰州新区, 加快滨海新区开发开放)
ACT = re.compile(r"推进|加快|建设|开发|推动|打造|增强|提升|加强|强化|发展|支持|做大|做强|着力|大力|全力|坚持|把|将|以|"
                 r"围绕|依托|在|对|向|与|和|及|到|上下|我们|我市|我省|我区|本市|全市|全省|全区|夯实|聚焦|抓好|深化|实施|"
                 r"完善|优化|规划|新增|新建|建成|创建|制定|编制|开展|复制|推广|用好|打响|全面|获批|成功|晋升|升级|落实|"
                 r"统筹|同步|改造|实现|完成|引进|争创|申报|设立|开工|启动|整合|培育|认定|借助|扎实|高标准|高质量|发挥")
# words that make no proper name (城市新区, 产业转移工业园: a kind of part, not one part)
GENERIC = re.compile(r"(?:城市|产业转移|各类|各|重点|特色|现代|省级|国家级|市级|县级)+")
# a time the sentence opens with (今年，…; 五年来，…) is no part of the name
TIME_LEAD = re.compile(r"(?:今年|明年|年内|全年|当年|去年|五年来|(?:19|20)\d{2}年)[，,]?")
HONOUR = re.compile(r"获批|获评|入选|被评为|被列为|荣获|成为|晋升|升级为|列入")


def name_in(words: str) -> str:
    """The part named in `words` (加快滨海新区开发开放 → 滨海新区), its proper name cut after the last act; "" when
    no part is named, or only a common one (园区, 开发区: parts.of_subunit's), or several are."""
    found = []
    for m in NAMED.finditer(words):
        noun = re.search(PART_NOUN + "$", m.group())
        prefix = m.group()[:noun.start()] if noun else ""
        name = m.group()[max((a.end() for a in ACT.finditer(prefix)), default=0):]
        if noun and (len(name) - len(noun.group()) >= 2 or noun.group() in ("兵团", "生产建设兵团")) \
                and not re.search(PART_NOUN, name[:-len(noun.group())]) \
                and not GENERIC.fullmatch(name[:-len(noun.group())]) and name not in found:
            found.append(name)
    return found[0] if len(found) == 1 else ""


def of_named_part(text: str, f: Fact, lexicon: Lexicon) -> str:
    """The label of a figure of a named part that is the topic of its sentence or paragraph (module docstring); a
    part the registry has becomes the fact's `about` instead, its label kept ("" returned)."""
    if f.about != (lexicon.place or f.about) or not f.about.startswith("place/"):
        return ""
    name, lo = opening_part(text, f) or topic_part(text, f, lexicon) or ("", 0)
    if not name or name in f.subject or re.search(PART_NOUN, f.subject) \
            or not free_of_others(text, lo, f.value_start, name, lexicon):
        return ""
    zone = [m.ref for m in lexicon.mentions(name) if m.ref.startswith("zone/")]
    if zone:
        f.about = zone[0]
        return ""
    # 固定资产投资完成152亿元 (xinjiang-2007): the thing's name, not the act after it
    subject = re.sub(r"(?:预计)?(?:完成|达到|实现|达)$", "", f.subject.strip())
    label = re.sub(r"^(?:预期|预计|力争|争取|确保|全年|今年)+", "", label_of(subject))   # 预期生产总值
    return name + label if label and not label.startswith(("的", "和", "与")) else ""


def opening_part(text: str, f: Fact) -> tuple[str, int] | None:
    """科技创新城新开发4平方公里，完成投资50亿元 → (科技创新城, where its words end): the sentence opens with a named
    part (after a time), not with a list of parts (…新区、…园区等) nor with the part's own thing (…新区的)."""
    s_lo = sentence_start(text, 0, f.value_start)
    lead = TIME_LEAD.match(text, s_lo)
    at = lead.end() if lead else s_lo
    m = NAMED.match(text, at)
    head = text[m.end():f.value_start] if m else ""
    head = re.split(r"[，,0-9０-９]", head)[0]       # the words after the name to its first comma or number
    if not m or m.end() > f.value_start or re.match(r"[、和与及的]", head) or "等" in head \
            or ACT.search(re.sub(PART_NOUN + "$", "", m.group())) or name_in(m.group()) != m.group():
        return None
    clause_end = min((i for i in (text.find(c, m.end(), f.value_start) for c in "，,") if i >= 0), default=-1)
    if clause_end > 0 and HONOUR.search(text, m.end(), clause_end):
        return None                     # 顺丰智慧物流园获批省级示范，新增A级物流企业8家 (maanshan-2023): the part is
        # the subject of its honour, the later clauses may be the place's
    return m.group(), m.end()


def topic_part(text: str, f: Fact, lexicon: Lexicon) -> tuple[str, int] | None:
    """The named part the paragraph is on: named by the heading line just before it or by its first sentence (within
    its first 24 characters), which gives no figure; returned with where that sentence ends."""
    para_lo = text.rfind("\n", 0, f.value_start) + 1
    first_end = min((i for i in (text.find(c, para_lo) for c in "。！？!?") if i >= 0), default=-1)
    if first_end < 0 or first_end >= f.value_start or re.search(r"[0-9０-９]", text[para_lo:first_end]):
        return None
    name = name_in(text[para_lo:min(first_end, para_lo + 24)])
    heading = heading_of(text, para_lo)
    named = name_in(re.split(r"[，,]", heading)[0]) if heading else ""
    if named:
        if name and name not in named and named not in name:
            return None                 # the heading and the first sentence on two parts
        name = max(name, named, key=len)     # 十二、加快兵团经济社会发展 / 生产建设兵团要…: 生产建设兵团
    if not name:
        return None
    sentence = text[para_lo:first_end]
    if not named:
        # named by the first sentence alone: not a sentence on the whole place (以滨海新区综合配套改革为契机，带动全市
        # 经济体制改革: tianjin-2007; 全市上下 are its actors only), nor a part as the means or place of an act
        at = sentence.find(name)
        if WHOLE.search(sentence.replace("全市上下", "").replace("全省上下", "")) \
                or re.search(r"(?:以|依托|围绕|借助|在|与|和|、|对|向|到|于)$", sentence[:at]):
            return None
    return name, first_end + 1


def heading_of(text: str, para_lo: int) -> str:
    """The heading line just before a paragraph (（二）加快滨海新区开发开放，龙头带动作用明显增强), "" if that line
    is a paragraph of its own."""
    lines = text[:para_lo].rstrip("\n").rsplit("\n", 1)
    line = lines[-1].strip() if lines else ""
    return line if 0 < len(line) <= 40 and not re.search(r"[。！？!?；;]", line) else ""


def free_of_others(text: str, lo: int, hi: int, name: str, lexicon: Lexicon) -> bool:
    """No word from the part's naming to the value names the whole place (全市), another place or zone of the
    registry, or another part (a topic gone elsewhere: …，全市生产总值增长8%; 综合保税区建成运营，注册企业200多家)."""
    words = text[lo:hi].replace(name, "")
    noun = re.search(PART_NOUN + "$", name)
    if noun and noun.group().endswith("兵团"):
        words = words.replace("兵团", "")     # 做好养老保险兵团级统筹 (xinjiang-2006): there is one 兵团
    elif noun:
        words = re.sub(r"(?<![\u4e00-\u9fff])" + noun.group(), "", words)     # the part again, bare (…，新区…)
    if WHOLE.search(words) or re.search(PART_NOUN + r"|县域|县城|城区|乡镇|小镇|片区|其中", words):
        return False
    clause = text[max(text.rfind(c, lo, hi) for c in "，,；;。") + 1:hi]
    if name not in clause and re.search(r"[、等]", clause):
        return False                    # a clause's own list of things (吉利汽车、五洲通等8家企业获批…: xiangtan-2022)
    return not any(m.ref.split("/")[0] in ("place", "zone") for m in lexicon.mentions(words))
