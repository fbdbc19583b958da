"""The drafted layer's shapes (ontology/drafted-shapes.ttl) and `python -m api validate --drafts` (issue 13,
deliverable 7): a graph drafted by the real extractor from a small text conforms; the same graph with one triple
removed or changed fails at exactly the rule that says so; the CLI streams an N-Quads file graph by graph, exits 0 on
a good file and 1 naming the violation on a bad one; the reports CI drafts (tests/extract/test_corpus.py) pass."""
from __future__ import annotations

import gzip
import shutil
from collections.abc import Callable

import pytest
from rdflib import Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, PROV, RDF, RDFS, SKOS, XSD

from api.cli import main
from api.extract.draft import draft, graph_name, nquads
from api.extract.indicators import load_registry
from api.namespaces import GWR, ID, OA, QUDT, SCHEMA
from api.settings import Settings
from api.validate import shacl
from api.validate_drafts import drafted_shapes, graphs, sample, triples
from api.vocab import load_vocabulary

SHP = Namespace("https://w3id.org/gwr/shapes#")
TEXT = ("2024年福州市政府工作报告\n各位代表：\n一、2023年工作回顾\n"
        "过去一年，地区生产总值增长5%，出口额增长2.5倍，原油产量100万桶，新建口袋公园120个。"
        "大连港集团完成吞吐量1亿吨。\n"
        "二、2024年工作安排\n今年主要预期目标是：地区生产总值增长5%—6%，城镇新增就业10万人以上。\n")
REPORT = "t-2024"
SETTINGS = Settings()
VOCAB = load_vocabulary(SETTINGS.ontology_dir)
REGISTRY = load_registry(SETTINGS.root, VOCAB)
SHARED = SETTINGS.root.parent / "shared" / "sources"
CI_FILES = ("national-1960.txt", "national-1975.txt", "national-1980.txt")    # what test_corpus.py drafts


def drafted(text: str = TEXT, report: str = REPORT) -> str:
    """The report's drafted named graph as draft-corpus writes it (sorted N-Quads)."""
    return nquads(draft(text, report, REGISTRY, place="福州市", level="city"), VOCAB, {"value": 0.97}, "t.txt")


@pytest.fixture(scope="module")
def shapes() -> Graph:
    return drafted_shapes(SETTINGS)


@pytest.fixture(scope="module")
def good() -> Graph:
    return triples(drafted().encode("utf-8"))


def one(g: Graph, p: URIRef, o=None, s=None) -> tuple:
    """The first (sorted) triple with predicate p (and object o / subject s if given)."""
    return sorted(g.triples((s, p, o)))[0]


def fact(g: Graph, range_: bool = False) -> URIRef:
    facts = sorted(g.subjects(RDF.type, GWR.Result)) + sorted(g.subjects(RDF.type, GWR.Target))
    return next(f for f in facts if ((f, GWR.minValue, None) in g) == range_)


def drop(*pick: Callable[[Graph], tuple]) -> Callable[[Graph], None]:
    def run(g: Graph) -> None:
        for p in pick:
            g.remove(p(g))
    return run


def change(pick: Callable[[Graph], tuple], value: Callable[[tuple], object]) -> Callable[[Graph], None]:
    def run(g: Graph) -> None:
        s, p, o = pick(g)
        g.remove((s, p, o))
        g.add((s, p, value((s, p, o))))  # type: ignore[arg-type]
    return run


def of_fact(p: URIRef, range_: bool = False) -> Callable[[Graph], tuple]:
    return lambda g: one(g, p, s=fact(g, range_))


def of_mention(p: URIRef) -> Callable[[Graph], tuple]:
    return lambda g: one(g, p, s=sorted(g.subjects(RDF.type, GWR.Mention))[0])


def plus(k: int):
    return lambda t: Literal(int(t[2]) + k, datatype=XSD.integer)


def selector_of_fact(g: Graph) -> URIRef:
    return g.value(g.value(fact(g), GWR.evidence), OA.hasSelector)


def first_typed(cls: URIRef, p: URIRef) -> Callable[[Graph], tuple]:
    return lambda g: one(g, p, s=sorted(s for s in g.subjects(RDF.type, cls) if (s, p, None) in g)[0])


# (case, the change, the shape that must name it, its severity)
CASES = [
    ("fact unmarked", drop(lambda g: (fact(g), RDF.type, GWR.DraftedStatement)), "Drafted-marked", "Violation"),
    ("mention unmarked", drop(lambda g: (sorted(g.subjects(RDF.type, GWR.Mention))[0], RDF.type,
                                         GWR.DraftedStatement)), "Drafted-marked", "Violation"),
    ("report unmarked", drop(lambda g: (ID[f"report/{REPORT}"], RDF.type, GWR.DraftedStatement)),
     "Drafted-marked", "Violation"),
    ("no quote", drop(of_fact(GWR.quote)), "DraftedFact-quote", "Violation"),
    ("empty quote", change(of_fact(GWR.quote), lambda t: Literal("")), "DraftedFact-quote", "Violation"),
    ("no evidence", drop(of_fact(GWR.evidence)), "DraftedFact-evidence", "Violation"),
    ("no unit", drop(of_fact(QUDT.unit)), "DraftedFact-unit", "Violation"),
    ("unit a literal", change(of_fact(QUDT.unit), lambda t: Literal("%")), "DraftedFact-unit", "Violation"),
    ("no unit as written", drop(of_fact(GWR.unitAsWritten)), "DraftedFact-unitAsWritten", "Violation"),
    ("no indicator", drop(of_fact(GWR.indicator)), "DraftedFact-indicator", "Warning"),
    ("no about", drop(of_fact(GWR.about)), "DraftedFact-about", "Warning"),
    ("period not a year", change(of_fact(GWR.period), lambda t: Literal(2023)), "DraftedFact-period", "Warning"),
    ("no report", drop(of_fact(GWR.report)), "DraftedFact-report", "Warning"),
    ("report not a report", drop(lambda g: (ID[f"report/{REPORT}"], RDF.type, GWR.WorkReport)),
     "DraftedFact-report", "Warning"),
    ("comparison not a concept", change(of_fact(GWR.comparison), lambda t: ID["place/dalian"]),
     "DraftedFact-comparison", "Warning"),
    ("no measure", drop(of_fact(GWR.measure)), "DraftedFact-measure", "Warning"),
    ("no value", drop(of_fact(GWR.value)), "DraftedFact-value-or-range", "Violation"),
    ("value a string", change(of_fact(GWR.value), lambda t: Literal(str(t[2]))), "DraftedFact-value-or-range",
     "Violation"),
    ("value and range", lambda g: g.add((fact(g, True), GWR.value, Literal("5", datatype=XSD.decimal))),
     "DraftedFact-value-or-range", "Violation"),
    ("range without max", drop(of_fact(GWR.maxValue, True)), "DraftedFact-value-or-range", "Violation"),
    ("range min > max", change(of_fact(GWR.minValue, True), lambda t: Literal("99", datatype=XSD.decimal)),
     "DraftedFact-value-or-range", "Violation"),
    ("end moved", change(lambda g: one(g, OA.end, s=selector_of_fact(g)), plus(1)), "DraftedFact-quote-length",
     "Violation"),
    ("start moved", change(lambda g: one(g, OA.start, s=selector_of_fact(g)), plus(-1)), "DraftedFact-quote-length",
     "Violation"),
    ("no source", drop(lambda g: one(g, OA.hasSource, s=g.value(fact(g), GWR.evidence))),
     "DraftedEvidence-source", "Violation"),
    ("no selector", drop(lambda g: one(g, OA.hasSelector, s=g.value(fact(g), GWR.evidence))),
     "DraftedEvidence-selector", "Violation"),
    ("selector untyped", drop(lambda g: (selector_of_fact(g), RDF.type, OA.TextPositionSelector)),
     "DraftedEvidence-selector", "Violation"),
    ("no start", drop(lambda g: one(g, OA.start, s=selector_of_fact(g))), "DraftedPosition-start", "Violation"),
    ("start = end", change(lambda g: one(g, OA.start, s=selector_of_fact(g)),
                           lambda t: Literal(int(t[2]) + 10**6, datatype=XSD.integer)),
     "DraftedPosition-start", "Violation"),
    ("start a string", change(lambda g: one(g, OA.start, s=selector_of_fact(g)), lambda t: Literal(str(t[2]))),
     "DraftedPosition-start", "Violation"),
    ("no end", drop(lambda g: one(g, OA.end, s=selector_of_fact(g))), "DraftedPosition-end", "Violation"),
    ("sha256 short", change(lambda g: one(g, SCHEMA.sha256), lambda t: Literal(str(t[2])[:63])),
     "DraftedSource-sha256", "Violation"),
    ("no sha256", drop(lambda g: one(g, SCHEMA.sha256)), "DraftedSource-sha256", "Violation"),
    ("source not used", drop(lambda g: one(g, PROV.used)), "DraftedSource-used", "Violation"),
    ("graph not generated", drop(lambda g: one(g, PROV.wasGeneratedBy)), "DraftedSource-used", "Violation"),
    ("activity untyped", drop(lambda g: one(g, RDF.type, PROV.Activity)), "DraftedGraph-activity", "Violation"),
    ("activity used nothing", drop(lambda g: one(g, PROV.used)), "DraftedActivity-used", "Violation"),
    ("no agent", drop(lambda g: one(g, PROV.wasAssociatedWith)), "DraftedActivity-agent", "Violation"),
    ("no version", drop(lambda g: one(g, SCHEMA.softwareVersion)), "DraftedAgent-version", "Violation"),
    ("mention without body", drop(of_mention(OA.hasBody)), "DraftedMention-body", "Warning"),
    ("mention without target", drop(of_mention(OA.hasTarget)), "DraftedMention-target", "Violation"),
    ("mention target without selector", drop(lambda g: one(g, OA.hasSelector, s=g.value(
        sorted(g.subjects(RDF.type, GWR.Mention))[0], OA.hasTarget))), "DraftedEvidence-selector", "Violation"),
    ("report without place", drop(lambda g: one(g, DCTERMS.spatial)), "DraftedReport-spatial", "Warning"),
    ("report without year", drop(lambda g: one(g, GWR.targetYear)), "DraftedReport-targetYear", "Warning"),
    ("proposed indicator unlabelled", drop(first_typed(GWR.Indicator, SKOS.prefLabel)), "DraftedProposal-label",
     "Warning"),
    ("proposed unit unlabelled", drop(first_typed(QUDT.Unit, RDFS.label)), "DraftedProposal-label", "Warning"),
    ("proposed place unlabelled", drop(first_typed(GWR.AdministrativeDivision, SKOS.prefLabel)),
     "DraftedProposal-label", "Warning"),
    ("proposed entity without comment", drop(first_typed(GWR.Company, RDFS.comment)), "DraftedProposal-comment",
     "Warning"),
    ("proposed unit's comment says reviewed", change(first_typed(QUDT.Unit, RDFS.comment),
                                                      lambda t: Literal("Reviewed.", lang="en")),
     "DraftedProposal-comment", "Warning"),
]


def test_the_drafted_graph_holds_every_kind_of_node(good):
    """The example covers every shape: a result, a target with a range, a mention, a proposed indicator, unit,
    entity and place."""
    for cls in (GWR.Result, GWR.Target, GWR.Mention, GWR.Indicator, QUDT.Unit, GWR.Company,
                GWR.AdministrativeDivision, GWR.WorkReport):
        assert (None, RDF.type, cls) in good, cls
    assert fact(good, True) and fact(good, False)


def test_a_drafted_graph_conforms(good, shapes):
    assert shacl(good, shapes) == []


def test_every_shape_has_a_failing_case(shapes):
    """Every named shape with a severity is broken by at least one case."""
    sh = Namespace("http://www.w3.org/ns/shacl#")
    named = {str(s)[len(str(SHP)):] for s in shapes.subjects(sh.severity, None) if isinstance(s, URIRef)}
    covered = {c[2] for c in CASES}
    assert named == covered, named ^ covered


@pytest.mark.parametrize(("case", "mutate", "shape", "severity"), CASES, ids=[c[0] for c in CASES])
def test_one_broken_triple_is_named(good, shapes, case, mutate, shape, severity):
    g = Graph()
    for t in good:
        g.add(t)
    mutate(g)
    found = {(f.shape, f.severity) for f in shacl(g, shapes)}
    assert (f"shp:{shape}", severity) in found, found


# ---------------------------------------------------------------- the CLI, streaming

def write(path, text: str, gz: bool) -> None:
    data = text.encode("utf-8")
    path.write_bytes(gzip.compress(data, mtime=0) if gz else data)


def two_graphs() -> str:
    other = TEXT.replace("福州市", "泉州市").replace("5%，出口", "6%，出口")
    return drafted() + drafted(other, "u-2024")


@pytest.mark.parametrize("gz", [False, True])
def test_the_cli_passes_a_good_file(tmp_path, capsys, gz):
    path = tmp_path / ("d.nq.gz" if gz else "d.nq")
    write(path, two_graphs(), gz)
    assert main(["validate", "--drafts", str(path)]) == 0
    out = capsys.readouterr().out
    assert f"{graph_name(REPORT)}: " in out and f"{graph_name('u-2024')}: " in out
    assert "2 graph(s)" in out and " 0 violation(s) in 0 graph(s), 0 warning(s)" in out


def test_the_cli_names_the_violation_of_a_bad_file(tmp_path, capsys):
    lines = drafted().splitlines(keepends=True)
    bad = [line for line in lines if "ontology#quote>" not in line or "-r2023-gdp-" not in line]
    assert len(bad) == len(lines) - 1
    path = tmp_path / "bad.nq.gz"
    write(path, "".join(bad), gz=True)
    assert main(["validate", "--drafts", str(path)]) == 1
    captured = capsys.readouterr()
    assert "Violation: shp:DraftedFact-quote (1)" in captured.err
    assert "1 violation(s) in 1 graph(s)" in captured.out


def test_sample_is_evenly_spaced_and_deterministic(tmp_path, capsys):
    names = [f"g{i:02}" for i in range(10)]
    assert sample(list(reversed(names)), 3) == ["g00", "g03", "g06"]
    assert sample(names, 20) == names and sample(names, None) == names
    path = tmp_path / "d.nq"
    write(path, two_graphs(), gz=False)
    assert main(["validate", "--drafts", str(path), "--sample", "1"]) == 0
    out = capsys.readouterr().out
    assert "1 graph(s)" in out and "u-2024" not in out


@pytest.mark.parametrize("block", [64, 1000, 1 << 16])
def test_streaming_gives_each_graph_whole_whatever_the_block(tmp_path, block):
    text = two_graphs()
    path = tmp_path / "d.nq.gz"
    write(path, text, gz=True)
    got = list(graphs(path, block=block))
    assert [name for name, _ in got] == [str(graph_name(REPORT)), str(graph_name("u-2024"))]
    assert b"".join(t for _, t in got if t is not None).decode("utf-8") == text
    skipped = list(graphs(path, wanted={str(graph_name("u-2024"))}, block=block))
    assert skipped[0][1] is None and skipped[1][1] is not None


def test_a_graph_split_in_two_is_reported(tmp_path, capsys):
    a, b = drafted().splitlines(keepends=True), drafted(TEXT, "u-2024").splitlines(keepends=True)
    path = tmp_path / "d.nq"
    write(path, "".join(a[:10] + b + a[10:]), gz=False)
    assert main(["validate", "--drafts", str(path)]) == 1
    assert "not contiguous" in capsys.readouterr().err


# ---------------------------------------------------------------- the reports CI drafts

@pytest.mark.skipif(not all((SHARED / f).is_file() for f in CI_FILES), reason="../shared/sources absent")
def test_the_reports_ci_drafts_pass(tmp_path, capsys):
    """The three real reports tests/extract/test_corpus.py drafts, drafted as draft-corpus does (its worker,
    without the precision measurement), pass the drafted shapes."""
    from api.extract.corpus import _init, collect, draft_one
    folder = tmp_path / "sources"
    folder.mkdir()
    for f in CI_FILES:
        shutil.copy(SHARED / f, folder / f)
    _init(str(SETTINGS.root), str(SETTINGS.ontology_dir), {})
    texts = [draft_one(item)["nquads"] for item in collect([folder], set())]
    path = tmp_path / "drafts.nq.gz"
    write(path, "".join(texts), gz=True)
    assert main(["validate", "--drafts", str(path)]) == 0, capsys.readouterr().err
    assert "3 graph(s)" in capsys.readouterr().out
