"""Candidate new entities from the patterns of their names, for a curator to review (issue 13, deliverable 4).

A name ends in a word that says what it names — 项目, 工程, 大桥, 隧道, 机场, 地铁5号线 (projects); 产业园, 开发区,
新区, 示范区, 港 (zones); 实验室, 研究院 (labs); 平台, 中心 (platforms); 集团, 公司, 大学 (organisations); 计划,
行动, 专项 (programmes) — and begins after the verb, particle, number or punctuation before it (加快建设|大连湾
海底隧道, 新建|3个|产业园 → nothing). A name is proposed only when what precedes its head word is specific: a
name made of generic words only (重点项目, 创新平台, 国家级现代农业产业园, 服务中心) names a class, not an entity.
Names the registry already has (the whole name, or the registry name is its head: 恒力临海装备制造基地 of
恒力临海装备制造基地项目) are mentions, not candidates.

Each candidate is a distinct name with its kind, the registry kind (id prefix) and class it would take, its first
span (code points, end exclusive) and how often the report writes it; ids are `<prefix>/proposed-<sha1 of the
name>`, the same name giving the same id in every report's draft.
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

from api.extract.indicators import Lexicon

# (head word, kind, registry prefix, class), longest heads first in the pattern.
HEADS: list[tuple[str, str, str, str]] = [
    *[(h, "project", "project", "Project") for h in ("项目", "基地", "枢纽", "足球场", "体育场", "体育馆", "博物馆",
                                                  "图书馆", "大剧院", "水库", "电站", "核电站", "风电场", "产业城")],
    *[(h, "project", "project", "TransportProject") for h in ("大桥", "隧道", "机场", "国际机场", "高铁", "铁路",
                                                           "高速公路", "快速路", "码头", "通道", "航线", "班列")],
    *[(h, "project", "project", "InfrastructureProject") for h in ("工程",)],
    *[(h, "zone", "zone", "IndustrialPark") for h in ("园区", "产业园", "工业园", "科技园", "科技园区", "产业园区", "工业园区",
                                                    "物流园", "软件园", "创业园", "孵化园", "产业基地")],
    *[(h, "zone", "zone", "FunctionalZone") for h in ("开发区", "新区", "高新区", "经开区", "保税区", "综合保税区",
                                                   "保税港区", "自贸区", "试验区", "示范区", "合作区", "功能区", "集聚区",
                                                   "商务区", "经济带", "科学城", "新城", "小镇", "片区", "港区")],
    *[(h, "zone", "zone", "Port") for h in ("港", "港口", "空港", "陆港")],
    *[(h, "zone", "zone", "ScenicArea") for h in ("景区", "度假区")],
    *[(h, "lab", "org", "Laboratory") for h in ("实验室", "重点实验室")],
    *[(h, "lab", "org", "ResearchInstitute") for h in ("研究院", "研究所", "创新研究院")],
    *[(h, "platform", "org", "InnovationPlatform") for h in ("平台", "中心", "创新中心", "孵化器", "加速器", "众创空间")],
    *[(h, "organisation", "org", "Company") for h in ("集团", "公司", "有限公司", "股份公司", "银行")],
    *[(h, "organisation", "org", "University") for h in ("大学", "学院")],
    *[(h, "organisation", "org", "Exchange") for h in ("交易所", "交易中心")],
    *[(h, "programme", "programme", "Programme") for h in ("计划", "行动", "专项", "专项行动", "三年行动", "攻坚行动",
                                                         "行动计划", "工程包")],
]
HEAD_INFO = {h: (kind, prefix, cls) for h, kind, prefix, cls in HEADS}
METRO = re.compile(r"(?:地铁|轨道交通|轻轨)(?:\d{1,2}|[一二三四五六七八九十]{1,3})号线(?:[一二三四五六七八九十]期(?:工程)?)?")
# What may follow a head word that is not the end of a name (中心城区, 港澳, 平台经济, 计划单列市, 工程师 …).
NOT_AFTER = {"中心": "城区镇村任工", "港": "澳口区务城湾", "平台": "经企", "计划": "单生", "工程": "师", "行动": "力",
             "通道": "", "学院": "士", "新区": "域", "集团": "化军", "大学": "生", "公司": "制", "基地": "",
             "项目": "制库经建", "专项": "资债"}
# A name begins after one of these (the last one before its head word wins).
BREAK = re.compile(
    r"[\s，。；：、！？,.;:!?“”\"《》【】\[\]/]|"
    r"(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千万几数]+)(?:多|余)?(?:万|亿)?(?:个|家|项|座|处|所|条|批|大|类|种|只|支|套|级|期)|"
    r"建设|建成|新建|续建|扩建|改建|开工|竣工|投产|投用|运营|运行|启动|推进|推动|加快|加速|实施|落实|开展|完成|打造|培育|"
    r"创建|争创|获批|批复|设立|成立|组建|引进|引育|落户|签约|支持|鼓励|发展|提升|优化|做强|做大|做优|深化|加强|强化|依托|"
    r"围绕|聚焦|布局|谋划|储备|争取|包括|其中|一批|以及|入选|获评|评为|列入|纳入|晋升|升级为|申建|筹建|启用|开通|通车|"
    r"贯通|建立|健全|完善|用好|办好|抓好|搭建|构建|形成|新增|助力|配套|对接|承接|参与|举办|实现|带动|吸引|"
    r"首家|首个|首批|首座|国内|省内|拓展|争建|促进|通过|今年|明年|去年|全市|全省|全区|全县|提高|确保|推行|探索|利用|"
    r"迎接|加固|建好|兴办|用足|积极|大力|努力|认真|切实|进一步|着力|继续|坚持|重视|抓紧|力争|争取|规划|研究|论证|"
    r"申报|申请|改善|保证|保障|确定|选择|安排|组织|动员|鼓励|扶持|帮助|指导|协调|督促|检查|管理|运用|采用|"
    r"(?:\d+|[一二两三四五六七八九十百千万几数]+)(?:片|批次|类|项重点|大重点)|"
    r"全年|全力|我市|我省|我区|本市|打好|打赢|畅通|增强|发挥|抓实|抓好|推广|开辟|挂靠|访问|吞吐量|增速|思想上|政治上|"
    r"谋招推建|招引|落地|新上|上马|上|居|达到|达|有|获|成为|作为|称号|荣誉|"
    r"[的和与及在对把将为是了着等由向从于同让使被以并或共按]")
PARENS = re.compile(r"[(（][^()（）]{1,8}[)）]")
# Words that say what kind of thing, not which: a name made of these (and its head) only is generic.
GENERIC = (
    "国家级|省级|市级|区级|县级|世界级|国际级|国家|全国|全省|全市|全区|国际|区域性|区域|地方|"
    "重点|重大|重要|关键|标志性|龙头|骨干|优质|优势|高端|高水平|高质量|高标准|新型|新兴|未来|前沿|"
    "产业|工业|制造业|制造|服务业|服务|建设|民生|基础设施|基础|招商|引资|投资|亿元以上|千万元以上|新开工|续建|新建|"
    "示范|试点|创新|科技|科研|研发|技术|工程|公共|综合|数字|数字化|智能|智慧|网络|信息|现代|特色|专业|专业化|"
    "乡村|农村|农业|生态|绿色|低碳|文化|旅游|文旅|体育|城市|城乡|社区|物流|金融|贸易|商贸|商业|消费|就业|创业|"
    "人才|企业|中小|中小企业|外资|内资|数据|算力|孵化|双创|众创|成果|转化|转移|检验|检测|认证|政务|便民|应急|"
    "医疗|卫生|健康|养老|托育|教育|职业|培训|交易|要素|资源|能源|新能源|环保|安全|保障|保障性|住房|棚户区|"
    "改造|提升|升级|整治|治理|保护|修复|更新|开放|合作|协同|对外|跨境|电商|电子商务|自由贸易|保税|海关|口岸|"
    "运营|管理|监管|监测|调度|指挥|研究|开发|设计|推广|应用|共享|集成|集中|一体化|一站式|海洋|港口|航运|"
    "先进|大型|小型|中型|各类|各级|相关|有关|一批|若干|多个|其他|其它|更多|新|大|小|好|强|优|高|全|各|本|该|"
    "省|市|区|县|镇|乡|村|街道|园区|平台|中心|基地|项目|行动|计划|专项|机制|体系|模式|功能|配套|设施|载体|主体|"
    "经济|发展|振兴|改革|转型|攻坚|提质|增效|扩容|提档|增量|存量|营商|环境|质量|标准|品牌|产品|技术|装备|装置|"
    "实验|实训|共性|开放式|专精特新|小巨人|单项冠军|瞪羚|独角兽|高新技术|高新|科创|双一流|一流|特殊|普惠|惠民|"
    "公益|就近|社会|群众|居民|老年|儿童|青年|妇女|残疾人|困难|低收入|家庭|市场|主导|支柱|战略性|未来产业|"
    "工程技术|技术创新|制造业创新|企业技术|产学研|政产学研用|临港|沿海|滨海|内陆|东北|北方|南方|"
    "细分领域|领域|系列|中试|小试|分拨|结算|跨国|设施|蔬菜|紧密型|次|县域|门户|开放门户|高能级|区域|主体|部分|"
    "一期|二期|三期|四期|配套|首个|首批|第一|唯一|该|此|这|那|其|同类|上述|以上|以下|相应|专门|独立|联合|共建|"
    "实事|民生实事|大通道|通道|航线|引才|引智|概念验证|文商旅|综合体|医疗集团|医联体|医共体|总部|研发中心|运营中心|"
    "化工|风电|光伏|储能|加工|海上|陆上|股份制|股份|外贸|边缘|"
    "分中心|子中心|副中心|城市副中心|中央|地方|政府|部门|机关|单位|国有|国企|民营|民企|外企|央企|上市|村级|镇级")
GENERIC_RE = re.compile(rf"(?:{GENERIC})+")
HEAD_RE = re.compile("|".join(re.escape(h) for h in sorted(HEAD_INFO, key=len, reverse=True)))
HEAD_INFO["号线"] = ("project", "project", "TransportProject")
MAX_NAME = 24
PORTS = ("港", "空港", "陆港")


@dataclass
class Candidate:
    name: str
    kind: str                   # project | zone | lab | platform | organisation | programme
    prefix: str                 # the registry kind it would take: project, zone, org, programme
    cls: str                    # its class in the ontology: Project, IndustrialPark, Laboratory …
    start: int
    end: int
    spans: list[tuple[int, int]] = field(default_factory=list)

    @property
    def id(self) -> str:
        return f"{self.prefix}/proposed-" + hashlib.sha1(self.name.encode("utf-8")).hexdigest()[:10]


def name_start(text: str, lo: int, head_start: int) -> int:
    """Where the name ending at a head word begins: after the last break before it, within MAX_NAME."""
    window_lo = max(lo, head_start - MAX_NAME)
    start = window_lo
    masked = PARENS.sub(lambda m: "\x00" * len(m.group()), text[window_lo:head_start])   # 中日(大连)…示范区
    for m in BREAK.finditer(masked):
        start = window_lo + m.end()
    return start


# Something in the name that picks out one thing: a place word (…市, …岛, …湾, 首都), Latin letters (RCEP, SK),
# a quoted name, or a registry entity.
PLACE_CUE = re.compile(r"[省市县区镇乡村岛湾山河江湖海港路街州庄城峡谷陵台坝洲岭峰泉滩]|首都|中关村|[A-Za-z]{2,}|[“\"]")
NOT_PLACE = re.compile(r"路口|城市|都市|城乡|城镇|市场|市民|超市|海外|海洋|海上|海关|海事|山区|社区|园区|片区|新区|城区|市区|"
                       r"区域|地区|街道|乡村|农村|村级|村民|港口|港航|路径|道路|线路|铁路|公路|江海|河湖|湖泊|沿海|沿江|"
                       r"跨境|州级|县级|市级|省级|区级|镇级|乡镇|县域|市域|省域|全市|全省|全区|全县")


def specific(core: str, kind: str, registry_hit: bool) -> bool:
    """Whether a name's words (before its head) pick out one thing rather than a kind of thing."""
    if registry_hit or PLACE_CUE.search(NOT_PLACE.sub("", core)) or kind == "port":
        return True
    # a company's short name (联想集团, 冰山集团): a few words, none of them generic
    return kind == "organisation" and len(core) <= 4 and not re.search(GENERIC, core)


def generic(core: str) -> bool:
    """Only generic words (重点, 产业, 创新 …), or too short to name anything."""
    bare = PARENS.sub("", core)
    if len(bare) < 2 or re.fullmatch(r"[\d.A-Za-z\-+]*", bare):
        return True
    return GENERIC_RE.fullmatch(bare) is not None


def scan(text: str, lo: int = 0, hi: int | None = None) -> list[tuple[int, int, str]]:
    """(start, end, head) of every candidate name in text[lo:hi]; overlapping ones keep the longest."""
    hi = len(text) if hi is None else hi
    found: list[tuple[int, int, str]] = []
    for m in METRO.finditer(text, lo, hi):
        found.append((m.start(), m.end(), "号线"))           # a metro line: a transport project
    for m in HEAD_RE.finditer(text, lo, hi):
        head, end = m.group(), m.end()
        nxt = text[end:end + 1]
        if nxt and nxt in NOT_AFTER.get(head, ""):
            continue
        while text.startswith("项目", end) and head != "项目":  # 恒力…基地项目: the name ends with 项目
            end += 2
        start = name_start(text, lo, m.start())
        core = text[start:m.start()]
        if generic(core) or "\n" in core or head in PORTS and len(core) > 4:
            continue
        found.append((start, end, head))
    found.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    kept: list[tuple[int, int, str]] = []
    for s in found:
        if kept and s[0] < kept[-1][1]:
            if s[1] - s[0] > kept[-1][1] - kept[-1][0]:
                kept[-1] = s
            continue
        kept.append(s)
    return kept


def candidates(text: str, lexicon: Lexicon, exclude_registry: bool = True) -> list[Candidate]:
    """The report's candidate new entities, one per distinct name, in order of first mention (with
    `exclude_registry=False`, the registry's own names too: how the patterns are measured against it)."""
    mentions = [m for m in lexicon.mentions(text) if m.ref.split("/")[0] not in ("indicator",)]
    known = set(lexicon.names) | set(lexicon.indicator_names) | {e.zh for e in lexicon.entities.values()}
    out: dict[str, Candidate] = {}
    for start, end, head in scan(text):
        name = text[start:end]
        core_end = end - 2 if name.endswith("项目") and head != "项目" else end
        if exclude_registry and (name in known or text[start:core_end] in known):
            continue
        if exclude_registry and any(m.start < core_end and start < m.end and m.ref.split("/")[0] not in ("place", "industry")
               and (m.end >= core_end or GENERIC_RE.fullmatch(text[m.end:end])) for m in mentions):
            continue                   # the registry's entity is the name's head (…机场主体工程, …基地项目)
        kind, prefix, cls = HEAD_INFO[head]
        hit = any(m.start < core_end and start < m.end for m in mentions)
        words = text[start:core_end]
        words = words[:-len(head)] if words.endswith(head) else words
        if head != "号线" and not specific(words, "port" if head in PORTS else kind, hit):
            continue
        if name not in out:
            out[name] = Candidate(name, kind, prefix, cls, start, end)
        out[name].spans.append((start, end))
    return list(out.values())
