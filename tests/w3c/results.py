"""Query answers as comparable values, from the service's HTTP body, from pyoxigraph, or from a W3C result file.

An answer is one of
- ("boolean", bool)                                    ASK
- ("solutions", [ {variable: N-Triples term text} ])   SELECT, a multiset of solutions (unbound = absent)
- ("graph", {N-Triples triple text})                   CONSTRUCT / DESCRIBE, canonicalised blank nodes

Solutions are compared as multisets up to a renaming of blank nodes (SPARQL 1.1 Query §23.3 "Result
set isomorphism"), graphs as isomorphic RDF graphs (RDF 1.1 Concepts §3.6) through Oxigraph's
canonicalisation. Terms compare exactly, as RDF terms ("01"^^xsd:integer is not "1"^^xsd:integer), except
in the verdict against a W3C result file, where numbers and booleans compare by value (by_value).
"""
from __future__ import annotations

import re
from collections import Counter
from decimal import Decimal
from pathlib import Path

import pyoxigraph as ox

RS = "http://www.w3.org/2001/sw/DataAccess/tests/result-set#"
RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type"


def text(term) -> str:
    return str(term)


def graph_answer(triples) -> tuple[str, frozenset[str]]:
    """A graph with its blank nodes relabelled canonically, so that isomorphic graphs are equal sets."""
    dataset = ox.Dataset([ox.Quad(t.subject, t.predicate, t.object) for t in triples])
    dataset.canonicalize(ox.CanonicalizationAlgorithm.RDFC_1_0)
    return "graph", frozenset(str(ox.Triple(q.subject, q.predicate, q.object)) for q in dataset)


def from_oxigraph(result) -> tuple:
    """What pyoxigraph's store.query returned, as an answer."""
    if isinstance(result, ox.QueryBoolean):
        return "boolean", bool(result)
    if isinstance(result, ox.QuerySolutions):
        names = [v for v in result.variables]
        rows = []
        for solution in result:
            rows.append({v.value: text(solution[v]) for v in names if solution[v] is not None})
        return "solutions", rows
    return graph_answer(list(result))


def from_body(body: bytes, content_type: str) -> tuple:
    """The service's 200 body (SPARQL JSON results or N-Triples) as an answer."""
    media = content_type.split(";")[0].strip()
    if media == "application/sparql-results+json":
        return from_oxigraph(ox.parse_query_results(body, ox.QueryResultsFormat.JSON))
    if media in ("application/n-triples", "text/plain"):
        return graph_answer(list(ox.parse(body, ox.RdfFormat.N_TRIPLES)))
    raise ValueError(f"unexpected result media type {content_type!r}")


RESULT_FORMATS = {".srx": ox.QueryResultsFormat.XML, ".srj": ox.QueryResultsFormat.JSON,
                  ".tsv": ox.QueryResultsFormat.TSV, ".csv": ox.QueryResultsFormat.CSV}
RDF_FORMATS = {".ttl": ox.RdfFormat.TURTLE, ".nt": ox.RdfFormat.N_TRIPLES, ".rdf": ox.RdfFormat.RDF_XML}


def from_file(path: Path, base_iri: str) -> tuple:
    """A W3C expected-result file: SPARQL XML/JSON results, or RDF (a graph, or a result set written in
    the DAWG result-set vocabulary, http://www.w3.org/2001/sw/DataAccess/tests/result-set#)."""
    if path.suffix in RESULT_FORMATS:
        return from_oxigraph(ox.parse_query_results(path=str(path), format=RESULT_FORMATS[path.suffix]))
    triples = list(ox.parse(path=str(path), format=RDF_FORMATS[path.suffix], base_iri=base_iri))
    sets = [t.subject for t in triples if t.predicate.value == RDF_TYPE and t.object.value == RS + "ResultSet"]
    if not sets:
        return graph_answer(triples)
    return result_set(triples, sets[0])


def result_set(triples, root) -> tuple:
    def objects(subject, predicate):
        return [t.object for t in triples if t.subject == subject and t.predicate.value == RS + predicate]
    boolean = objects(root, "boolean")
    if boolean:
        return "boolean", boolean[0].value == "true"
    rows = []
    for solution in objects(root, "solution"):
        row = {}
        for binding in objects(solution, "binding"):
            row[objects(binding, "variable")[0].value] = text(objects(binding, "value")[0])
        rows.append(row)
    return "solutions", rows


def _shape(row: dict) -> tuple:
    """A row with its blank node labels blanked out (a necessary condition for a match)."""
    return tuple(sorted((k, "_:" if v.startswith("_:") else v) for k, v in row.items()))


def _match(left: list[dict], right: list[dict], mapping: dict, used: list[bool]) -> bool:
    """Backtracking search for a blank-node bijection that maps the left rows onto the right rows."""
    if not left:
        return True
    row, rest = left[0], left[1:]
    for i, candidate in enumerate(right):
        if used[i] or candidate.keys() != row.keys():
            continue
        added, ok = [], True
        for k, v in row.items():
            w = candidate[k]
            if v.startswith("_:") != w.startswith("_:"):
                ok = False
            elif v.startswith("_:"):
                if v in mapping:
                    ok = mapping[v] == w
                elif w in mapping.values():
                    ok = False
                else:
                    mapping[v] = w
                    added.append(v)
            else:
                ok = v == w
            if not ok:
                break
        if ok:
            used[i] = True
            if _match(rest, right, mapping, used):
                return True
            used[i] = False
        for v in added:
            del mapping[v]
    return False


def same(a: tuple, b: tuple) -> bool:
    """Whether two answers are equal: same kind, equal boolean, isomorphic graphs or solution multisets."""
    if a[0] != b[0]:
        return False
    if a[0] != "solutions":
        return a[1] == b[1]
    left, right = a[1], b[1]
    if Counter(map(_shape, left)) != Counter(map(_shape, right)):
        return False
    if not any(v.startswith("_:") for row in left for v in row.values()):
        return True
    return _match(left, right, {}, [False] * len(right))


XSD = "http://www.w3.org/2001/XMLSchema#"
INTEGERS = {XSD + t for t in ("integer", "int", "long", "short", "byte", "nonNegativeInteger", "positiveInteger",
                              "nonPositiveInteger", "negativeInteger", "unsignedLong", "unsignedInt",
                              "unsignedShort", "unsignedByte")}
TYPED = re.compile(r'^"(.*)"\^\^<([^>]*)>$', re.DOTALL)


def _value_text(term: str) -> str:
    """A numeric or boolean literal in one canonical spelling of its value ("3.0E4"^^xsd:double →
    "30000.0"^^xsd:double); other terms unchanged."""
    m = TYPED.match(term)
    if not m:
        return term
    lexical, datatype = m.group(1).strip(), m.group(2)
    try:
        if datatype in INTEGERS:
            value = str(int(lexical))
        elif datatype == XSD + "decimal":
            number = Decimal(lexical)
            value = f"{int(number)}.0" if number == number.to_integral_value() else f"{number.normalize():f}"
        elif datatype in (XSD + "double", XSD + "float"):
            value = repr(float(lexical))
        elif datatype == XSD + "boolean" and lexical in ("0", "1", "true", "false"):
            value = "true" if lexical in ("1", "true") else "false"
        else:
            return term
    except (ValueError, ArithmeticError):
        return term
    return f'"{value}"^^<{datatype}>'


def by_value(answer: tuple) -> tuple:
    """An answer whose numeric and boolean literals are spelt canonically: for the W3C verdict only, as the
    result files use non-canonical spellings ("1.0E2"^^xsd:double) where Oxigraph writes canonical ones;
    the service is always compared with the engine term for term."""
    if answer[0] != "solutions":
        return answer
    return "solutions", [{k: _value_text(v) for k, v in row.items()} for row in answer[1]]


def describe(answer: tuple, limit: int = 6) -> str:
    """A short text of an answer for failure messages."""
    kind, value = answer
    if kind == "boolean":
        return f"boolean {value}"
    items = sorted(map(str, value))
    more = f" … ({len(items)} in all)" if len(items) > limit else ""
    return f"{kind} [{'; '.join(items[:limit])}{more}]"
