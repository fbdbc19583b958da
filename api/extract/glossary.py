"""Glossaries appended to a report (名词解释, 《政府工作报告》注释, 附注): entries that explain words and state nothing
of the report (docs/records.md), so no fact is drafted from them. Moved out of structure.py (round 13), which marks
them through `glossaries`; a glossary with no heading is `headless` (round 13, stop 22)."""
from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol


class Paragraph(Protocol):
    """What this module reads and marks of structure.Paragraph (a protocol, so that structure.py, which asks
    `glossaries`, is not imported back: tests/test_layers.py forbids cycles)."""
    start: int
    end: int
    glossary: bool

GLOSSARY_HEAD = re.compile(r"^[【\[]?(?:(?:附(?:件|录)?[一二三四五六七八九十]?|资料)[：:]?\s*)?(?:(\d{1,2})[、.．]\s*)?"
                           r"(?:《?(?:政府)?工作报告》?|报告)?(?:有关内容|有关|相关|部分|主要)?(?:专业)?"
                           r"(?:名词解释|名词注释|名词注解|名词解析|术语解读|注释|注解|释义|名词说明|附注|注[ \u3000]释"
                           r"|(?:名词|术语|词语|用语)(?:术语)?(?:的)?(?:解释|注释|说明))"
                           r"(?:[和及](?:有关)?(?:情况)?(?:的)?说明|说明)?(?:（[^（）]{1,40}）)?[：:]?[】\]]?(?:>>>)?$")
# round 22c: 资料：《政府工作报告》名词解释（按报告中出现顺序排列） (hangzhou-2009, hangzhou-2013), 附件二：名词解释, 【名词解释】,
# 《政府工作报告》名词术语解释, 名词解释及有关情况的说明: the headings of the corpus's glossaries
# 附：名词解释, 附：相关名词解释, 附录：名词注解 (round 11): a glossary's heading after 附 alone too
APPENDIX = re.compile(r"^附件\s*(\d{1,2})[：:]?$")
BARE_APPENDIX = re.compile(r"^附(?:件|录|表)[：:]?$")      # 附件： alone after a glossary: the next appendix begins
OWN_APPENDIX = re.compile(r"实事|民生工程|惠民工程|重点项目|指标|附表|清单")


def glossaries(text: str, paragraphs: Sequence[Paragraph]) -> None:
    """Mark the paragraphs of a glossary appended to the report (名词解释, 《政府工作报告》注释, 附件2 when the list of
    appendices names it 注释): entries such as 16、…经济带：是… explain words, they are no statement of the report
    (docs/records.md: facts are what the report states), so no fact is drafted from them. A glossary runs from its
    heading in the second half of the text to the next appendix heading (附件1) or the end; an appendix that is not a
    glossary (附件1 十件民生实事) is the report's own. Offsets are not touched."""
    half = len(text) // 2
    notes: set[str] = set()           # numbers of the appendices that the list of appendices calls a glossary
    inside = False
    for p in paragraphs:
        line = text[p.start:p.end].strip()
        if p.start >= half and (m := GLOSSARY_HEAD.match(line)):
            if m.group(1) and line.startswith(("附件", m.group(1))) and p.end - p.start < 12 and not inside:
                notes.add(m.group(1))     # 附件：1、2018年十件民生实事 / 2、注释: the list, the glossary is 附件2
            inside = True
        elif p.start >= half and (m := APPENDIX.match(line)):
            inside = m.group(1) in notes
        elif inside and BARE_APPENDIX.match(line):
            inside = False            # 名词解释 … then 附件： 十大工业项目…民生100工程 (recall TEST4): the report's own
        elif inside and len(line) <= 30 and not re.search(r"[：:。]", line) and OWN_APPENDIX.search(line):
            inside = False            # 2015年市政府十件实事 after the glossary (round 11): the report's own list
        p.glossary = inside
    headless(text, paragraphs)


ENTRY = re.compile(r"\s*(\d{1,2})[.．、]\s*(?P<term>[^。，,；;：:]{1,40})[：:]")
# 1.“六新河池”：经济繁荣新河池…, 5.印制电路板（PCB）：又称…, 25.“千亿投资带动千亿产业和千亿市值”的“三个千亿”目标：
# (Hechi 2023): a number, a term and a colon


def headless(text: str, paragraphs: Sequence[Paragraph]) -> None:
    """A glossary with no heading (round 13, stop 22): from a paragraph in the second half that opens 1.“term”： to the
    end of the text, every paragraph an entry numbered on from 1 (1.“…”：, 2.…：, …), at least three of them and most
    naming a quoted term (“六新河池”) or an abbreviation in brackets (印制电路板（PCB）), or an entry's continuation (no
    number, no heading). A numbered list of tasks in the body (1.“放管服”改革：深化… then the report goes on) is
    followed by the report's own text: not marked."""
    half = len(text) // 2
    for i, p in enumerate(paragraphs):
        m = ENTRY.match(text, p.start, p.end)
        if p.start < half or p.glossary or m is None or m.group(1) != "1" or "“" not in m.group("term"):
            continue
        n, terms = 1, 1
        for q in paragraphs[i + 1:]:
            line = text[q.start:q.end].strip()
            e = ENTRY.match(text, q.start, q.end)
            if e is not None and int(e.group(1)) == n + 1:
                n += 1
                terms += bool(re.search(r"“|（", e.group("term")))
            elif e is not None or re.match(r"\d{1,2}[.．、]|[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|附", line) \
                    or len(line) < 30 and not line.endswith("。"):
                break
        else:
            if n >= 3 and 2 * terms > n:
                for q in paragraphs[i:]:
                    q.glossary = True
                return
