"""Interface text in Chinese and English, and how a request picks one.

The language comes from ?lang= (which also sets a cookie), then the `lang` cookie, then Accept-Language;
Chinese by default. A pure ASGI middleware puts it in a context variable so that every HTML renderer
(including the plain table pages of page.py) sees it without being passed the request.
"""
from __future__ import annotations

import functools
from contextvars import ContextVar
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import parse_qsl

import pyoxigraph as ox

from api.iris import VOCABULARIES

LANGS = ("zh", "en")
HTML_LANG = {"zh": "zh-Hans", "en": "en"}
current: ContextVar[str] = ContextVar("ui_lang", default="zh")

TEXT: dict[str, tuple[str, str]] = {
    # (zh, en)
    "site": ("政府工作报告知识图谱", "Government Work Report Knowledge Graph"),
    "site_short": ("政府工作报告图谱", "GWR Graph"),
    "nav_home": ("首页", "Home"),
    "nav_report": ("报告阅读", "Report reader"),
    "nav_charts": ("图表", "Charts"),
    "nav_sparql": ("SPARQL 查询", "SPARQL editor"),
    "nav_api": ("API 文档", "API docs"),
    "nav_ontology": ("本体文档", "Ontology"),
    "nav_dumps": ("数据下载", "Downloads"),
    "skip": ("跳到正文", "Skip to content"),
    "switch_to": ("English", "中文"),
    "switch_label": ("Switch the interface to English", "切换到中文界面"),
    "search": ("搜索", "Search"),
    "search_placeholder": ("中文、English 或 pinyin", "Chinese, English or pinyin"),
    "search_label": ("搜索实体", "Search entities"),
    "search_results": ("搜索结果", "Search results"),
    "no_results": ("没有找到匹配的实体。", "No entity matches."),
    "intro": ("这个数据集把政府工作报告中的数字、目标、项目、地点和机构整理成知识图谱。"
              "每一个数字都附有报告原文的出处(段落和字符位置),可以在报告阅读器中逐段核对。",
              "This dataset turns the numbers, targets, projects, places and organisations of government work "
              "reports into a knowledge graph. Every number carries its evidence — the paragraph "
              "and character offsets of the report's own words — which the report reader shows in place."),
    "counts": ("各类型数量", "Counts by type"),
    "type": ("类型", "Type"),
    "count": ("数量", "Count"),
    "main_targets": ("{year}年主要预期目标", "Main targets for {year}"),     # the newest target year (home)
    "indicator": ("指标", "Indicator"),
    "value": ("数值", "Value"),
    "qualifier": ("限定", "Qualifier"),
    "quote": ("原文", "Quote"),
    "explore": ("浏览", "Explore"),
    "all_reports": ("全部 {n} 份报告,新的在前", "All {n} reports, newest first"),
    "read_report": ("逐段阅读报告,查看每个事实和实体的标注",
                    "Read the report paragraph by paragraph with every fact and mention marked"),
    "see_charts": ("各报告的上年结果与当年目标对比、项目分布",
                   "Each report's results beside its targets; projects by place and status"),
    "write_sparql": ("在浏览器中编写并运行 SPARQL 查询", "Write and run SPARQL queries in the browser"),
    "api_docs": ("面向前端的 JSON API(OpenAPI)", "The JSON API for frontends (OpenAPI)"),
    "ontology_docs": ("本体(类和属性)的说明", "The ontology's classes and properties"),
    "dumps": ("完整数据:N-Quads、TriG、JSON-LD", "The whole dataset: N-Quads, TriG, JSON-LD"),
    "void": ("数据集描述(VoID、DCAT)", "Dataset description (VoID, DCAT)"),
    "triples": ("三元组", "triples"),
    "also_as": ("其他格式", "Also as"),
    "labels": ("名称", "Labels"),
    "aliases": ("别名", "Aliases"),
    "identifier": ("标识", "Identifier"),
    "external": ("外部链接", "External links"),
    "division_code": ("行政区划代码", "Division code"),
    "facts": ("数字事实(结果与目标)", "Facts (results and targets)"),
    "facts_slice": ("第{first}–{last}条，共{total}条", "{first}–{last} of {total}"),
    "facts_previous": ("上一页", "previous"),
    "facts_next": ("下一页", "next"),
    "bad_facts_page": ("无效的页码", "Not a page number"),
    "kind": ("类别", "Kind"),
    "period": ("年份", "Year"),
    "about": ("对象", "About"),
    "result": ("结果", "Result"),
    "target": ("目标", "Target"),
    "statements": ("状态与承诺", "Statuses and commitments"),
    "status": ("状态", "Status"),
    "action": ("行动", "Action"),
    "linked": ("关联实体", "Linked entities"),
    "links_out": ("本实体指向", "This entity points to"),
    "links_in": ("指向本实体", "Pointing to this entity"),
    "predicate": ("关系", "Relation"),
    "neighbourhood": ("关系图", "Neighbourhood"),
    "neighbourhood_hint": ("拖动节点可调整布局;点击或按回车打开实体页面。",
                           "Drag a node to move it; click it or press Enter to open its page."),
    "mentions": ("在报告中出现", "Mentioned in the report"),
    "paragraph": ("段落", "Paragraph"),
    "show_paragraph": ("显示原文段落", "Show the paragraph"),
    "evidence": ("出处", "Evidence"),
    "none": ("无", "none"),
    "properties": ("属性", "Properties"),
    "reader_intro": ("每段中的数字事实以底色标出,点击可查看详情;实体名称带下划线,链接到实体页面。",
                     "Facts are shaded — click one for its details; entity mentions are underlined and link to "
                     "their pages."),
    "show_facts": ("标出事实", "Mark facts"),
    "show_mentions": ("标出实体", "Mark mentions"),
    "facts_here": ("本段事实", "Facts in this paragraph"),
    "chart_compare": ("上年结果与当年目标", "Results beside the next year's targets"),
    "chart_compare_note": ("百分比指标共用一个刻度;其他指标每行按各自的较大值缩放。",
                           "Percentage indicators share one scale; each other row is scaled to its own larger value."),
    "chart_projects": ("项目:按地区和状态", "Projects by place and status"),
    "unspecified": ("未注明地点", "place not stated"),
    "projects": ("项目", "projects"),
    "download_csv": ("下载 CSV", "Download CSV"),
    "data_table": ("数据表", "Data table"),
    "editor_title": ("SPARQL 查询编辑器", "SPARQL query editor"),
    "examples": ("示例查询", "Example queries"),
    "choose_example": ("选择一个示例…", "Choose an example…"),
    "prefixes": ("插入前缀", "Insert prefixes"),
    "run": ("运行", "Run"),
    "results_as": ("结果格式", "Results as"),
    "table": ("表格", "Table"),
    "chart": ("图表", "Chart"),
    "download": ("下载", "Download"),
    "editor_note": ("只读 SPARQL 1.1 端点。默认图是所有命名图的并集;查询有时间和大小限制;不支持 SERVICE。"
                    "常用前缀无需声明。按 Ctrl+Enter 运行。",
                    "Read-only SPARQL 1.1 endpoint. The default graph is the union of all named graphs; queries "
                    "are limited in time and size; SERVICE is not available. Common prefixes need no "
                    "declaration. Press Ctrl+Enter to run."),
    "service_description": ("服务描述", "Service description"),
    "not_found": ("未找到", "Not found"),
    # graph sets (api/graphsets.py; web/drafts.py): reviewed facts and machine-drafted ones
    "graphs_switch": ("显示的事实", "Facts shown"),
    "graphs_reviewed": ("已审核", "reviewed"),
    "graphs_drafted": ("机器草拟", "machine-drafted"),
    "graphs_all": ("全部", "all"),
    "drafted_mark": ("机器草拟·未审核", "machine-drafted, unreviewed"),
    "drafted_precision": ("抽取精度", "extractor precision"),
    "drafted_no_precision": ("未测量", "not measured"),
    "drafted_graph": ("草拟图", "drafted graph"),
    "main_targets_reviewed_only": ("主要目标只取自已审核的报告；机器草拟的事实见各地区和指标页面。",
                                   "Main targets come from reviewed reports only; machine-drafted facts are shown "
                                   "on the place and indicator pages."),
    "drafted_note": ("标有“机器草拟·未审核”的事实由程序从报告文本中抽取，未经人工核对。",
                     "Facts marked “machine-drafted, unreviewed” were extracted from the report's text by a program "
                     "and have not been checked by a person."),
    "bad_graphs": ("无效的图集合", "Unknown graph set"),
    "open_reader": ("在报告阅读器中打开", "Open in the report reader"),
    "reports": ("报告", "Reports"),
    "report": ("报告", "Report"),
    "reports_intro": ("数据集中的每一份政府工作报告:所属地区、回顾的年度(结果)和设定目标的年度。",
                      "Every government work report of the dataset: its place, the year it reviews (results) and "
                      "the year it sets targets for."),
    "place": ("地区", "Place"),
    "reviewed_year": ("回顾年度", "Year reviewed"),
    "target_year": ("目标年度", "Target year"),
    "graph_alt": ("实体关系图:中心是本实体,周围是与其相连的实体。", "Relation graph: this entity at the centre, "
                  "the entities linked to it around it."),
    "chart_alt_compare": ("条形图:每个指标在报告回顾年度的结果与目标年度的目标",
                          "Bar chart: each indicator's result of the reviewed year and target for the target year"),
    "chart_alt_projects": ("堆积条形图:各地区按状态统计的项目数", "Stacked bar chart: projects per place by status"),
    # issue 11: the indicator page (series and cascade) and project timelines
    "series": ("目标与结果(逐年)", "Targets against outcomes, year by year"),
    "series_note": ("菱形:当年目标(旁注限定词,如“以上”“左右”);圆点连线:后来报告所述结果,空心圆点为预计或初步核算数;"
                    "目标的颜色表示完成情况。力争目标单独标出,不计入约束性目标。",
                    "Diamonds: the year's target (with its qualifier, e.g. 以上 at least, 左右 about); "
                    "dots on the line: the outcome a later report states, hollow for estimates and preliminary "
                    "figures; a target's colour is its attainment. Aspirational targets (力争) are marked apart "
                    "from the binding ones."),
    "series_alt": ("折线图:{place}{indicator}各年的目标与结果", "Line chart: {indicator} in {place}, targets and "
                   "outcomes by year"),
    "choose_place": ("地区", "Place"),
    "choose_measure": ("数值类型", "Measure"),
    "choose_year": ("年份", "Year"),
    "outcome": ("结果", "Outcome"),
    "attainment": ("完成情况", "Attainment"),
    "difference": ("差值", "Difference"),
    "tolerance": ("容差", "tolerance"),
    "aspirational_targets": ("力争目标", "Aspirational targets"),
    "binding_target": ("目标", "Target"),
    "no_target": ("图谱中无此年目标", "no target in the graph"),
    "no_outcome": ("尚无结果", "no outcome yet"),
    "multi_year": ("多年目标", "Multi-year targets"),
    "no_series": ("该地区没有这一指标的数据。", "No figures for this indicator and place."),
    "cascade": ("目标层层分解:{year}年", "The cascade of targets: {year}"),
    "cascade_note": ("同一年同一指标,国家、省、市各自设定的目标(层层加码的问题)。",
                     "The targets the nation, the province and the city set for the same indicator and year "
                     "(the 层层加码 question)."),
    "cascade_alt": ("条形图:{year}年各级政府的{indicator}目标", "Bar chart: {indicator} targets of {year} by level of "
                    "government"),
    "no_cascade": ("这一年没有可比的目标。", "No comparable targets for this year."),
    "level": ("层级", "Level"),
    "level_0": ("国家", "nation"),
    "level_1": ("省", "province"),
    "level_2": ("市", "city"),
    "level_3": ("区县", "district"),
    "timeline": ("项目进展(逐年)", "Project timeline"),
    "timeline_note": ("每份报告所述的状态或承诺,按年份排列。",
                      "The status or commitment each report states, year by year."),
    "timeline_alt": ("时间线:各年报告所述的项目状态", "Timeline: the project's status as each year's report states it"),
    "completed_later": ("先规划或在建,后来报告称已建成", "planned or under way, later reported completed"),
    "commitment": ("承诺", "commitment"),
    "facts_and_mentions": ("{facts} 个事实 · {mentions} 处实体提及", "{facts} facts · {mentions} entity mentions"),
    "paragraphs_n": ("{n} 个段落", "{n} paragraphs"),
    "label_missing": ("无英文名称", "no English label"),
    "footer": ("数据:CC BY 4.0。报告原文为国家机关公文。",
               "Data: CC BY 4.0. The report texts are official documents of state organs."),
}

# Labels of SKOS concepts by notation, (zh, en): the skos:prefLabels of ontology/schemes.ttl, read once when
# the app is made (load_labels); never copied here.
SCHEMES = {"project-status": "STATUS", "comparison": "COMPARISON", "measure": "MEASURE", "modality": "MODALITY",
           "attainment": "ATTAINMENT", "direction": "DIRECTION"}
STATUS: dict[str, tuple[str, str]] = {}
COMPARISON: dict[str, tuple[str, str]] = {}
MEASURE: dict[str, tuple[str, str]] = {}
MODALITY: dict[str, tuple[str, str]] = {}
ATTAINMENT: dict[str, tuple[str, str]] = {}
DIRECTION: dict[str, tuple[str, str]] = {}


def load_labels(ontology_dir: Path) -> None:
    """Fill STATUS and COMPARISON from the schemes' skos:notation and skos:prefLabel @zh / @en (the same
    dict objects the templates hold)."""
    for key, table in scheme_labels(Path(ontology_dir) / "schemes.ttl").items():
        if key in SCHEMES:
            target = globals()[SCHEMES[key]]
            target.clear()
            target.update(table)


@functools.cache
def scheme_labels(path: Path) -> dict[str, dict[str, tuple[str, str]]]:
    """scheme (the local name of its IRI, e.g. "comparison") → notation → (zh, en) prefLabels."""
    if not path.exists():
        return {}
    skos = VOCABULARIES["skos"]
    triples = list(ox.parse(path=str(path), format=ox.RdfFormat.TURTLE))
    scheme: dict[ox.NamedNode, str] = {}
    notation: dict[ox.NamedNode, str] = {}
    labels: dict[ox.NamedNode, dict[str, str]] = {}
    for t in triples:
        p = t.predicate.value
        if p == skos + "inScheme":
            scheme[t.subject] = t.object.value.rstrip("/").rsplit("/", 1)[-1]
        elif p == skos + "notation":
            notation[t.subject] = t.object.value
        elif p == skos + "prefLabel" and t.object.language in LANGS:
            labels.setdefault(t.subject, {})[t.object.language] = t.object.value
    out: dict[str, dict[str, tuple[str, str]]] = {}
    for concept, key in scheme.items():
        if concept in notation:
            names = labels.get(concept, {})
            out.setdefault(key, {})[notation[concept]] = (names.get("zh", ""), names.get("en", ""))
    return out


def t(key: str, lang: str | None = None) -> str:
    pair = TEXT.get(key)
    if pair is None:
        return key
    return pair[1] if (lang or current.get()) == "en" else pair[0]


def pick(table: dict, key: str | None, lang: str | None = None) -> str:
    if not key:
        return ""
    pair = table.get(key)
    if not pair:
        return key
    return pair[1] if (lang or current.get()) == "en" else pair[0]


def choose(query: str, cookie: str, accept_language: str) -> tuple[str, bool]:
    """(language, whether it came from ?lang= and should be remembered)."""
    asked = dict(parse_qsl(query)).get("lang", "")
    if asked in LANGS:
        return asked, True
    if cookie:
        jar = SimpleCookie()
        try:
            jar.load(cookie)
        except Exception:  # noqa: BLE001 - a malformed cookie header is ignored
            jar = SimpleCookie()
        if "lang" in jar and jar["lang"].value in LANGS:
            return jar["lang"].value, False
    for part in accept_language.split(","):
        tag = part.split(";")[0].strip().lower()
        if tag.startswith("zh"):
            return "zh", False
        if tag.startswith("en"):
            return "en", False
    return "zh", False


class LanguageMiddleware:
    """Sets `current` for the request; remembers ?lang= in a cookie. Made with the app, it reads the concept
    labels of the ontology's schemes once (load_labels)."""

    def __init__(self, app, ontology_dir: Path | None = None):
        self.app = app
        if ontology_dir is not None:
            load_labels(ontology_dir)

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)
        headers = {k.decode("latin-1").lower(): v.decode("latin-1") for k, v in scope.get("headers", [])}
        lang, remember = choose(scope.get("query_string", b"").decode("latin-1"), headers.get("cookie", ""),
                                headers.get("accept-language", ""))
        token = current.set(lang)

        async def send_with_cookie(message):
            if remember and message["type"] == "http.response.start":
                message.setdefault("headers", [])
                message["headers"] = list(message["headers"]) + [
                    (b"set-cookie", f"lang={lang}; Path=/; Max-Age=31536000; SameSite=Lax".encode())]
            await send(message)
        try:
            await self.app(scope, receive, send_with_cookie)
        finally:
            current.reset(token)
