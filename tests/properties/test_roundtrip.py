"""Serialise/parse round trips of generated report-like graphs: Turtle, N-Triples, N-Quads, TriG and
JSON-LD with rdflib; N-Quads, TriG, Turtle, N-Triples, RDF/XML and JSON-LD with pyoxigraph; across the two;
and the project's canonical dump writers (api/dump.py: sorted N-Quads, per-graph Turtle, JSON-LD with the
published context)."""
import json

import pyoxigraph as ox
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import XSD

from api import dump, namespaces
from api.numbers import canonical
from tests.fixtures.root import REPO

CONTEXT = json.loads((REPO / "ontology" / "context.jsonld").read_text(encoding="utf-8"))
RDF_LANG_STRING = "http://www.w3.org/1999/02/22-rdf-syntax-ns#langString"

KEY = st.from_regex(r"\A[a-z0-9]+(-[a-z0-9]+){0,2}\Z")
ENTITY = st.tuples(st.sampled_from(["place", "project", "org", "indicator"]), KEY).map(
    lambda t: str(namespaces.entity(f"{t[0]}/{t[1]}")))
THING = st.tuples(st.sampled_from(["fact", "mention", "paragraph"]), KEY,
                  st.sampled_from(["", "#quote", "#evidence", "#position"])).map(
    lambda t: str(namespaces.report_thing(t[0], "dalian-2024", t[1])) + t[2])
SUBJECT = st.one_of(ENTITY, THING)
PREDICATE = st.sampled_from([str(namespaces.GWR[p]) for p in ("about", "quote", "value", "period", "indicator")] +
                            ["http://www.w3.org/2004/02/skos/core#prefLabel",
                             "http://www.w3.org/1999/02/22-rdf-syntax-ns#type", "http://www.w3.org/ns/oa#start"])
GRAPH = st.sampled_from([str(namespaces.graph_of("dalian-2024")), str(namespaces.GRAPH["entities"]),
                         str(namespaces.graph_of("shenyang-2025"))])
# Text as reports have it: Chinese, Latin with tone marks, digits, punctuation, quotes, newlines, tabs,
# backslashes, and any other Unicode scalar value (no surrogates, which RDF cannot hold).
TEXT = st.text(alphabet=st.one_of(st.sampled_from(list("大连市政府工作报告“”、。;,()%—\"'\\\n\t\r ")),
                                  st.sampled_from(list("Zhōngguó Dàlián ǚ")),
                                  st.characters(codec="utf-8", exclude_categories=["Cs"])), max_size=40)
LITERAL = st.one_of(
    TEXT.map(lambda t: ("string", t, None)),
    st.tuples(TEXT, st.sampled_from(["zh", "en", "zh-Latn-pinyin", "zh-Hans"])).map(lambda t: ("lang", t[0], t[1])),
    st.integers(-10**12, 10**12).map(lambda n: ("integer", str(n), None)),
    st.decimals(min_value=-10**9, max_value=10**9, places=4, allow_nan=False).map(
        lambda d: ("decimal", canonical(d) if "." in canonical(d) else canonical(d) + ".0", None)),
    st.integers(1949, 2100).map(lambda y: ("gYear", str(y), None)),
    st.booleans().map(lambda b: ("boolean", "true" if b else "false", None)),
)
OBJECT = st.one_of(SUBJECT.map(lambda i: ("iri", i, None)), LITERAL)
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"
# rdf:type always has an IRI object in our graphs (rdflib's JSON-LD writer turns rdf:type into @type,
# which cannot carry a literal, so a literal there would not survive JSON-LD; that is rdflib's limit).
QUADS = st.lists(st.tuples(SUBJECT, PREDICATE, OBJECT, GRAPH).filter(lambda q: q[1] != RDF_TYPE or q[2][0] == "iri"),
                 min_size=1, max_size=12)


def ox_term(o):
    kind, value, extra = o
    if kind == "iri":
        return ox.NamedNode(value)
    if kind == "string":
        return ox.Literal(value)
    if kind == "lang":
        return ox.Literal(value, language=extra)
    return ox.Literal(value, datatype=ox.NamedNode(str(XSD) + kind))


def rdflib_term(o):
    kind, value, extra = o
    if kind == "iri":
        return URIRef(value)
    if kind == "string":
        return Literal(value)
    if kind == "lang":
        return Literal(value, lang=extra)
    return Literal(value, datatype=XSD[kind])


def ox_quads(spec) -> set:
    return {ox.Quad(ox.NamedNode(s), ox.NamedNode(p), ox_term(o), ox.NamedNode(g)) for s, p, o, g in spec}


def rdflib_dataset(spec) -> Dataset:
    ds = Dataset()
    for s, p, o, g in spec:
        ds.graph(URIRef(g)).add((URIRef(s), URIRef(p), rdflib_term(o)))
    return ds


def as_ox(text: str | bytes, fmt) -> set:
    data = text.encode("utf-8") if isinstance(text, str) else text
    return set(ox.parse(data, format=fmt))


def norm(quads: set) -> set:
    """Quads with language tags lower-cased (BCP 47 tags are case-insensitive; parsers may normalise)."""
    out = set()
    for q in quads:
        o = q.object
        if isinstance(o, ox.Literal) and o.language:
            o = ox.Literal(o.value, language=o.language.lower())
        out.add(ox.Quad(q.subject, q.predicate, o, q.graph_name))
    return out


def triples_of(quads: set) -> set:
    return {q.triple for q in quads}


@given(spec=QUADS)
def test_pyoxigraph_round_trips(spec):
    quads = ox_quads(spec)
    for fmt in (ox.RdfFormat.N_QUADS, ox.RdfFormat.TRIG):
        assert set(ox.parse(ox.serialize(quads, format=fmt), format=fmt)) == quads
    triples = triples_of(quads)
    for fmt in (ox.RdfFormat.TURTLE, ox.RdfFormat.N_TRIPLES, ox.RdfFormat.RDF_XML):
        back = {q.triple for q in ox.parse(ox.serialize(triples, format=fmt), format=fmt)}
        assert back == triples, fmt


@settings(max_examples=20)
@given(spec=QUADS)
def test_pyoxigraph_json_ld_round_trip(spec):
    quads = ox_quads(spec)
    text = ox.serialize(quads, format=ox.RdfFormat.JSON_LD)
    assert norm(set(ox.parse(text, format=ox.RdfFormat.JSON_LD))) == norm(quads)


@settings(max_examples=20)
@given(spec=QUADS)
def test_rdflib_round_trips(spec):
    ds = rdflib_dataset(spec)
    quads = ox_quads(spec)
    for fmt, oxfmt in (("nquads", ox.RdfFormat.N_QUADS), ("trig", ox.RdfFormat.TRIG)):
        text = ds.serialize(format=fmt)
        back = Dataset()
        back.parse(data=text, format=fmt)
        assert set(back.quads()) == set(ds.quads()), fmt
        assert norm(as_ox(text, oxfmt)) == norm(quads), fmt     # what rdflib writes, Oxigraph reads alike
    g = Graph()
    for s, p, o, _ in spec:
        g.add((URIRef(s), URIRef(p), rdflib_term(o)))
    for fmt, oxfmt in (("turtle", ox.RdfFormat.TURTLE), ("nt", ox.RdfFormat.N_TRIPLES)):
        text = g.serialize(format=fmt)
        assert set(Graph().parse(data=text, format=fmt)) == set(g), fmt
        assert {q.triple for q in norm(as_ox(text, oxfmt))} == {q.triple for q in norm(quads)}, fmt
    text = g.serialize(format="json-ld")
    assert set(Graph().parse(data=text, format="json-ld")) == set(g)


@settings(max_examples=20)
@given(spec=QUADS)
def test_oxigraph_output_reads_alike_in_rdflib(spec):
    quads = ox_quads(spec)
    expected = rdflib_dataset(spec)
    for fmt, name in ((ox.RdfFormat.N_QUADS, "nquads"), (ox.RdfFormat.TRIG, "trig")):
        back = Dataset()
        back.parse(data=ox.serialize(quads, format=fmt).decode("utf-8"), format=name)
        assert set(back.quads()) == set(expected.quads()), name


@settings(max_examples=20)
@given(spec=QUADS)
def test_canonical_dumps_round_trip(spec):
    """api/dump.py: sorted N-Quads, per-graph Turtle and JSON-LD with the published context."""
    ds = rdflib_dataset(spec)
    quads = ox_quads(spec)
    text = dump.nquads(ds)
    assert norm(as_ox(text, ox.RdfFormat.N_QUADS)) == norm(quads)
    assert dump.nquads(rdflib_dataset(reversed(spec))) == text          # canonical: order-independent
    graphs = dump.by_graph(text)
    for g in {g for *_, g in spec}:
        ttl = dump.turtle(graphs[g])
        expected = {q.triple for q in norm(quads) if q.graph_name.value == g}
        assert {q.triple for q in norm(as_ox(ttl, ox.RdfFormat.TURTLE))} == expected
    doc = json.loads(dump.jsonld(text, CONTEXT))
    doc["@context"] = CONTEXT["@context"]      # the published context, inline instead of by URL
    back = Dataset()
    back.parse(data=json.dumps(doc), format="json-ld")
    assert set(back.quads()) == set(ds.quads())


@pytest.mark.slow     # the whole graph through rdflib
def test_real_graph_round_trips_through_both_libraries(built):
    """The committed dump: Oxigraph N-Quads → rdflib → N-Quads → Oxigraph gives the same quads."""
    path = built.graph_dir / "all.nq"
    quads = set(ox.parse(path=str(path), format=ox.RdfFormat.N_QUADS))
    ds = Dataset()
    ds.parse(path, format="nquads")
    assert norm(as_ox(ds.serialize(format="nquads"), ox.RdfFormat.N_QUADS)) == norm(quads)
    assert set(ox.parse(ox.serialize(quads, format=ox.RdfFormat.TRIG), format=ox.RdfFormat.TRIG)) == quads


@pytest.mark.parametrize("text", ["a\u2028b", "x\x0by", "p\x85q", "r\x1cs", "t\u2029u", "v\x0cw"])
def test_regression_dump_keeps_literals_with_unicode_line_separators(text):
    """dump.nquads() split rdflib's output with str.splitlines(), which also breaks at U+2028, U+0085,
    \\x0b, \\x0c, \\x1c… that the N-Quads writer leaves unescaped inside literals: the dump was corrupt."""
    ds = Dataset()
    ds.graph(URIRef(str(namespaces.graph_of("dalian-2024")))).add(
        (namespaces.entity("place/dalian"), namespaces.GWR.quote, Literal(text)))
    quads = as_ox(dump.nquads(ds), ox.RdfFormat.N_QUADS)
    assert [q.object.value for q in quads] == [text]
