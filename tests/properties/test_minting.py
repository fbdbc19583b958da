"""IRI minting (api/namespaces.py): every IRI made from a valid key is a well-formed absolute IRI
under the base, distinct keys give distinct IRIs, and the service maps IRIs back to keys."""
import dataclasses

import pyoxigraph as ox
import pytest
from hypothesis import assume, given
from hypothesis import strategies as st
from rdflib import Graph, Literal, URIRef

from api import namespaces
from api.service.catalogue import KINDS
from api.service.engine import Engine
from api.settings import Settings

KEY = st.from_regex(r"\A[a-z0-9]+(-[a-z0-9]+)*\Z")
KIND = st.sampled_from(KINDS)
THING = st.sampled_from(["fact", "mention", "paragraph", "commitment", "status-report", "relation", "section"])
# Report ids: <place>-<year>, the place in lower-case words.
REPORT = st.tuples(st.from_regex(r"\A[a-z]+(-[a-z]+)*\Z"), st.integers(1949, 2100)).map(lambda t: f"{t[0]}-{t[1]}")


def well_formed(iri: str) -> bool:
    try:
        ox.NamedNode(iri)
    except ValueError:
        return False
    return True


@given(kind=KIND, key=KEY)
def test_entity_iris_are_well_formed_and_reversible(kind, key):
    iri = str(namespaces.entity(f"{kind}/{key}"))
    assert iri == namespaces.BASE + f"id/{kind}/{key}"
    assert well_formed(iri)
    engine = Engine(dataclasses.replace(Settings(), base_iri=namespaces.BASE))
    assert engine.ref(iri) == f"{kind}/{key}"
    assert engine.iri(f"{kind}/{key}") == iri == engine.iri(iri) == engine.iri(f"id/{kind}/{key}")


@given(a=st.tuples(KIND, KEY), b=st.tuples(KIND, KEY))
def test_distinct_entity_keys_give_distinct_iris(a, b):
    assume(a != b)
    assert namespaces.entity("/".join(a)) != namespaces.entity("/".join(b))


@given(kind=THING, report=REPORT, key=st.one_of(KEY, st.integers(0, 10**6)))
def test_report_things_are_well_formed_and_in_their_report(kind, report, key):
    iri = str(namespaces.report_thing(kind, report, key))
    assert well_formed(iri)
    assert iri.startswith(namespaces.BASE + f"id/{kind}/{report}-")
    graph = str(namespaces.graph_of(report))
    assert well_formed(graph) and graph == namespaces.BASE + "graph/" + report


@pytest.mark.slow     # ~2.5 s of examples
@given(kind=THING, r1=REPORT, r2=REPORT, k1=KEY, k2=KEY)
def test_report_things_of_different_reports_never_collide(kind, r1, r2, k1, k2):
    """Report ids end in a year and keys are minted after it, so <report>-<key> is unambiguous."""
    assume((r1, k1) != (r2, k2))
    assert namespaces.report_thing(kind, r1, k1) != namespaces.report_thing(kind, r2, k2) or \
        (r1 != r2 and (r1 + "-" + k1) == (r2 + "-" + k2))


@given(kind=KIND, key=KEY, text=st.text())
def test_minted_iris_round_trip_through_rdf_syntaxes(kind, key, text):
    s = namespaces.entity(f"{kind}/{key}")
    g = Graph()
    g.add((s, namespaces.GWR.quote, Literal(text)))
    g.add((s, URIRef(str(namespaces.GWR) + "about"), namespaces.report_thing("fact", "dalian-2024", key)))
    for fmt in ("nt", "turtle"):
        back = Graph().parse(data=g.serialize(format=fmt), format=fmt)
        assert set(back) == set(g)
