"""Which report a text is: its year and the place whose government gives it, read from its first lines (the date
it was given, its title, its congress) and its part headings. A module of its own because not only structure.py
(the Document's year and place) reads them: corpus.py checks a listed report's year and place against them, and
indicators.py compares place names by their stem (`place_stem`).
"""
from __future__ import annotations

import re

PLACE = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区|县|区))(?:第[^届]{1,4}届)?人民(?:代表大会|政府)")
TITLE_PLACE = re.compile(r"(?:\d{4}年)?([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区|县|区))(?:\d{4}年(?:度)?)?(?:人民)?"
                         r"政府工作报告")
CONGRESS = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:省|自治区|市|州|盟|地区|县|区))第[^届\n]{1,4}届人民代表大会")
# what the report's speaker says of the government (我代表市人民政府, 代表省政府): no place's name
NOT_A_PLACE = re.compile(r"^(?:我|代表)|代表|了")


def spoken(text: str) -> tuple[int, int] | None:
    """(year, month) of the date the report was given, from its first lines (2021年12月13日)."""
    head = "\n".join(text.strip().splitlines()[:8])
    m = re.search(r"((?:19|20)\d{2})\s*年\s*(\d{1,2})\s*月\s*\d{1,2}\s*日", head)
    return (int(m.group(1)), int(m.group(2))) if m else None


def given_year(text: str) -> int | None:
    """The report's year by the date it was given (`spoken`): the next year when given in November or December
    (spoken in December 2021: the report for 2022)."""
    if (date := spoken(text)) is None:
        return None
    year, month = date
    return year + 1 if month >= 11 else year


_HEAD = r"(?m)^[ \t　]*(?:[一二三四五六七八九十]+[ \t　]*[、.．][ \t　]*)?(?:关于|扎实)?(?:做好)?((?:19|20)\d{2})[ \t　]*年[ \t　]*"
_REVIEWED = re.compile(_HEAD + r"(?:政府)?工作(?:简要)?回顾[^\n]{0,20}$")
_PLANNED = re.compile(_HEAD + r"(?:的)?(?:政府)?(?:(?:重点)?工作(?:安排|任务|重点|总体要求|的总体要求|总体部署)(?:建议)?"
                      r"|主要(?:工作|任务|目标)|预期目标|重点工作|总体要求)[^\n]{0,30}$")


def heading_years(text: str) -> set[int]:
    """The report's year as its part headings imply it: a line "2013年工作回顾" → 2014, "三、2022年工作安排" → 2022."""
    return ({int(m.group(1)) + 1 for m in _REVIEWED.finditer(text)}
            | {int(m.group(1)) for m in _PLANNED.finditer(text)})


def infer_year(text: str) -> int | None:
    """The report's year: from the date line of the first lines (the next year when it was given in November or
    December: 131 of the 132 reports of ../shared/corpus given in December are the next year's), the title, else
    from the part headings."""
    head = "\n".join(text.strip().splitlines()[:8])
    if (given := given_year(text)) is not None:
        return given
    m = re.search(r"(?m)^[^一二三、\n]{0,6}((?:19|20)\d{2})\s*年[^\n]{0,20}报告", head)
    if m:
        return int(m.group(1))
    m = re.search(r"(?m)^[一二三][、.．]\s*((?:19|20)\d{2})年[^\n]{0,20}(?:目标|任务|安排|要求)", text)
    if m:
        return int(m.group(1))
    m = re.search(r"(?m)^一[、.．]\s*((?:19|20)\d{2})年[^\n]{0,10}(?:回顾|工作)", text)
    return int(m.group(1)) + 1 if m else None


def place_stem(name: str) -> str:
    """A place's name without its kind of division (大连市 → 大连, 辽宁省 → 辽宁): how names are compared."""
    return re.sub(r"(?:省|市|自治区|特别行政区|地区|盟|州|县|区)$", "", name)


def infer_place(text: str) -> str:
    """The place the report names as its government: in its title (大连市2025年政府工作报告), at its congress
    (在北京市第十五届人民代表大会), the nation's (第十四届全国人民代表大会, 国务院总理), or a government in its first
    lines (…市人民政府); never the words of the speaker (我代表市人民政府) and never a mention further on of the
    National People's Congress or the State Council, which city reports make too."""
    head = "\n".join(text.strip().splitlines()[:8])
    for pattern, where in ((TITLE_PLACE, head), (CONGRESS, text[:3000])):
        for m in pattern.finditer(where):
            name = re.split(r"[在日于的]", m.group(1))[-1]
            if not NOT_A_PLACE.search(name):
                return name
    if re.search(r"第[^届\n]{1,4}届全国人民代表大会|国务院总理", head):
        return "中华人民共和国"       # the State Council's report to the National People's Congress
    for m in PLACE.finditer(head):
        name = re.split(r"[在日于的]", m.group(1))[-1]
        if not NOT_A_PLACE.search(name):
            return name
    return ""
