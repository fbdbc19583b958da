"""The derivation rules of queries/derive (attainment, restatements, the Data Cube) on Oxigraph, case by case.

Each case is a target and an outcome written as the build writes facts; the rule runs through api.derive.derive,
the function the build calls, and the verdict, difference and tolerance are asserted."""
from __future__ import annotations

from decimal import Decimal

import pytest
from rdflib import Graph, URIRef

from api.derive import derive
from api.namespaces import GWR
from tests.fixtures.root import REPO

ID = "https://w3id.org/gwr/id/"
PREFIXES = """@prefix gwr: <https://w3id.org/gwr/ontology#> . @prefix id: <https://w3id.org/gwr/id/> .
@prefix qudt: <http://qudt.org/schema/qudt/> . @prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
"""
CONCEPTS = "".join(f'id:attainment-{k} skos:notation "{k}" .\n' for k in ("met", "missed", "not-assessable"))
REPORTS = f"""<{ID}report/r1> gwr:targetYear "2024"^^xsd:gYear . <{ID}report/r2> gwr:targetYear "2025"^^xsd:gYear .
<{ID}report/r3> gwr:targetYear "2026"^^xsd:gYear . <{ID}indicator/gdp> skos:prefLabel "地区生产总值"@zh .
"""


def fact(key: str, kind: str, report: str, value: str, comparison: str, unit: str = "<http://qudt.org/vocab/unit/PERCENT>",
         direction: str = "increase", measure: str = "growth", extra: str = "") -> str:
    number = (f"gwr:minValue {value.split('-')[0]} ; gwr:maxValue {value.split('-')[1]}" if "-" in value[1:]
              else f"gwr:value {value}")
    direction_triple = f"gwr:direction id:direction-{direction} ;" if direction else ""
    return (f"<{ID}fact/{key}> a gwr:{kind} ; gwr:report <{ID}report/{report}> ; gwr:indicator <{ID}indicator/gdp> ; "
            f"gwr:about <{ID}place/dalian> ; gwr:period \"2024\"^^xsd:gYear ; gwr:measure id:measure-{measure} ; "
            f"qudt:unit {unit} ; gwr:comparison id:comparison-{comparison} ; {direction_triple} {extra} {number} .\n")


def assess(*facts: str) -> Graph:
    out = Graph()
    derive_nquads = Graph().parse(data=PREFIXES + CONCEPTS + REPORTS + "".join(facts), format="turtle")
    derive(derive_nquads.serialize(format="nt"), REPO / "queries", ID.removesuffix("id/"), out)
    return out


def verdict(g: Graph) -> tuple[str, Decimal | None, Decimal | None]:
    (a,) = list(g.subjects(GWR.target, None))
    diff, tol = g.value(a, GWR.difference), g.value(a, GWR.tolerance)
    return (str(g.value(a, GWR.attainment)).removeprefix(ID + "attainment-"),
            None if diff is None else diff.toPython(), None if tol is None else tol.toPython())


@pytest.mark.parametrize("target, outcome, expected", [
    # 左右: met within 0.5 percentage point for percent targets, the difference signed
    (("6", "about"), ("5.5", "about"), ("met", Decimal("-0.5"), Decimal("0.5"))),
    (("6", "about"), ("5.4", "exactly"), ("missed", Decimal("-0.6"), Decimal("0.5"))),
    # 以上: no tolerance
    (("6", "at-least"), ("6", "exactly"), ("met", Decimal("0"), Decimal("0"))),
    (("6", "at-least"), ("5.9", "exactly"), ("missed", Decimal("-0.1"), Decimal("0"))),
    # 超过 is strict
    (("6", "more-than"), ("6", "exactly"), ("missed", Decimal("0"), Decimal("0"))),
    # an outcome that is itself 以上: met when its floor reaches the target, else open
    (("6", "at-least"), ("6", "at-least"), ("met", None, Decimal("0"))),
    (("6", "at-least"), ("5", "at-least"), ("not-assessable", None, Decimal("0"))),
    # a range target is reached at its lower end
    (("6.5-7", "range"), ("6.6", "exactly"), ("met", Decimal("0.1"), Decimal("0"))),
    # 控制在 (a ceiling): lower is better
    (("3", "at-most"), ("2.1", "exactly"), ("met", Decimal("0.9"), Decimal("0"))),
    (("3", "at-most"), ("3.2", "exactly"), ("missed", Decimal("-0.2"), Decimal("0"))),
    (("3", "at-most-about"), ("3.4", "exactly"), ("met", Decimal("-0.4"), Decimal("0.5"))),
])
def test_attainment_respects_both_qualifiers(target, outcome, expected):
    g = assess(fact("t", "Target", "r1", *target), fact("o", "Result", "r2", *outcome))
    assert verdict(g) == expected


def test_a_decline_target_is_read_along_its_direction():
    # 能耗下降3%: a decline of 3.5% meets it (+0.5 better), a rise of 1% misses it by 4
    met = assess(fact("t", "Target", "r1", "3", "exactly", direction="decrease"),
                 fact("o", "Result", "r2", "3.5", "exactly", direction="decrease"))
    assert verdict(met) == ("met", Decimal("0.5"), Decimal("0"))
    missed = assess(fact("t", "Target", "r1", "3", "exactly", direction="decrease"),
                    fact("o", "Result", "r2", "1", "exactly", direction="increase"))
    assert verdict(missed) == ("missed", Decimal("-4"), Decimal("0"))


def test_about_tolerance_for_other_units_is_five_percent_of_the_target():
    yuan = "<http://qudt.org/vocab/unit/CCY_CNY>"
    g = assess(fact("t", "Target", "r1", "1000", "about", unit=yuan, direction="", measure="level"),
               fact("o", "Result", "r2", "960", "exactly", unit=yuan, direction="", measure="level"))
    assert verdict(g) == ("met", Decimal("-40"), Decimal("50"))


def assessments(g: Graph) -> list:
    return list(g.subjects(GWR.target, None))


def test_nothing_is_assessed_across_units_spans_or_within_one_report():
    pp = "id:unit-percentage-point"
    assert assessments(assess(fact("t", "Target", "r1", "6", "about"),
                              fact("o", "Result", "r2", "6", "exactly", unit=pp))) == []
    span = 'gwr:periodEnd "2025"^^xsd:gYear ;'
    assert assessments(assess(fact("t", "Target", "r1", "6", "about", extra=span),
                              fact("o", "Result", "r2", "6", "exactly"))) == []
    assert assessments(assess(fact("t", "Target", "r1", "6", "about"),
                              fact("o", "Result", "r1", "6", "exactly"))) == []


def test_a_later_report_restates_an_earlier_result_and_both_are_kept():
    g = assess(fact("early", "Result", "r2", "5.5", "about", extra="gwr:modality id:modality-estimate ;"),
               fact("late", "Result", "r3", "5.3", "exactly"))
    assert (URIRef(ID + "fact/late"), GWR.restates, URIRef(ID + "fact/early")) in g
    assert (URIRef(ID + "fact/early"), GWR.restates, URIRef(ID + "fact/late")) not in g


def test_every_point_fact_becomes_one_cube_observation():
    g = assess(fact("t", "Target", "r1", "6", "about"), fact("range", "Target", "r1", "6.5-7", "range"))
    qb = "http://purl.org/linked-data/cube#"
    observations = set(g.subjects(URIRef(qb + "dataSet"), URIRef(ID + "cube/gdp")))
    assert observations == {URIRef(ID + "observation/t")}      # the range stays out of the cube
    obs = URIRef(ID + "observation/t")
    assert g.value(obs, URIRef("http://purl.org/linked-data/sdmx/2009/measure#obsValue")).toPython() == 6
    assert g.value(obs, GWR.factKind) == URIRef(ID + "fact-kind-target")
    assert g.value(obs, GWR.statement) == URIRef(ID + "fact/t")


def test_an_indicator_where_lower_is_better_reads_about_as_a_ceiling():
    # 居民消费价格涨幅3%左右: CPI is a gwr:CeilingIndicator (lower_is_better in the registry),
    # so 2.1% meets it and 3.6% misses it
    flag = f"<{ID}indicator/gdp> a gwr:CeilingIndicator .\n"
    met = assess(flag, fact("t", "Target", "r1", "3", "about"), fact("o", "Result", "r2", "2.1", "exactly"))
    assert verdict(met) == ("met", Decimal("0.9"), Decimal("0.5"))
    missed = assess(flag, fact("t", "Target", "r1", "3", "about"), fact("o", "Result", "r2", "3.6", "exactly"))
    assert verdict(missed) == ("missed", Decimal("-0.6"), Decimal("0.5"))
    # without the mark the same numbers read as a floor
    plain = assess(fact("t", "Target", "r1", "3", "about"), fact("o", "Result", "r2", "2.1", "exactly"))
    assert verdict(plain)[0] == "missed"
