"""Canned-query parameter binding (api/queries.py Param.bind): a value becomes one RDF term of the
declared type or a ParameterError; it never becomes query text, and the term is well-formed."""
import re
from decimal import Decimal

import pyoxigraph as ox
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.iris import DEFAULT_BASE, expand
from api.queries import PARAM_TYPES, CannedQuery, Param, ParameterError

XSD = "http://www.w3.org/2001/XMLSchema#"
DECIMAL_LEXICAL = re.compile(r"[+-]?([0-9]+(\.[0-9]*)?|\.[0-9]+)")
INTEGER_LEXICAL = re.compile(r"[+-]?[0-9]+")
GYEAR_LEXICAL = re.compile(r"-?[0-9]{4,}")
# Text meant to break out of a query if it were pasted: quotes, braces, comments, updates, IRIs.
NASTY = st.sampled_from(['"', "'", '"""', "}", "{", "#", "\\", "<", ">", "\n", " } ; DROP ALL ; SELECT * { ",
                         "\" . ?s ?p ?o } #", "> } INSERT DATA { <a> <b> <c> } #", "@en", "^^<x>", "\u0000",
                         "SERVICE <http://127.0.0.1:1/> {}", "?x", "$x", "%22", "\u202e"])
ANY = st.one_of(st.text(), st.lists(st.one_of(NASTY, st.text(max_size=5)), max_size=8).map("".join))

QUERY = CannedQuery("probe", "probe", "", "SELECT ?v WHERE { BIND(?v AS ?w) }",
                    [Param("v", "string")])
STORE = ox.Store()


def run(term) -> list:
    """Evaluate a fixed query with ?v bound to the term; the answer is the term itself."""
    return [row["v"] for row in STORE.query("SELECT ?v ?w WHERE { }", substitutions={ox.Variable("v"): term})]


@pytest.mark.parametrize("kind", PARAM_TYPES)
@given(raw=ANY)
def test_bind_gives_one_term_or_parameter_error(kind, raw):
    try:
        term = Param("x", kind).bind(raw)
    except ParameterError:
        return
    assert isinstance(term, (ox.NamedNode, ox.Literal))
    # The bound value reaches the query as that exact term, whatever characters it holds.
    assert run(term) == [term]
    if kind in ("string", "langString"):
        assert term.value == raw
        assert (term.language == "zh") if kind == "langString" else term.datatype.value == XSD + "string"
    if kind == "iri":
        # the value as given, or an identifier form expanded: a CURIE of the predeclared prefixes (skos:, id:…),
        # then `kind/key` under the base (regression: Hypothesis drew "skos:", which the assertion had forgotten)
        assert isinstance(term, ox.NamedNode)
        assert term.value in (raw, expand(raw), DEFAULT_BASE + "id/" + expand(raw)), (raw, term.value)
        # A bound IRI round-trips through N-Triples: it is a well-formed IRI, not a fragment of syntax.
        text = ox.serialize([ox.Triple(term, term, term)], format=ox.RdfFormat.N_TRIPLES)
        assert [t.subject for t in ox.parse(text, format=ox.RdfFormat.N_TRIPLES)] == [term]


def test_identifier_forms_of_an_iri_parameter():
    skos = "http://www.w3.org/2004/02/skos/core#"
    assert Param("x", "iri").bind("skos:").value == skos
    assert Param("x", "iri").bind("skos:prefLabel").value == skos + "prefLabel"
    assert Param("x", "iri").bind("id:place/dalian").value == DEFAULT_BASE + "id/place/dalian"
    assert Param("x", "iri").bind("place/dalian").value == DEFAULT_BASE + "id/place/dalian"
    assert Param("x", "iri").bind("https://example.org/a#b").value == "https://example.org/a#b"
    assert Param("x", "iri").bind("urn:x:y").value == "urn:x:y"
    with pytest.raises(ParameterError):
        Param("x", "iri").bind("no iri")


@given(raw=ANY)
def test_substitutions_never_change_the_query_text(raw):
    before = QUERY.text
    try:
        subs = QUERY.substitutions({"v": raw})
    except ParameterError:
        return
    assert QUERY.text == before
    assert set(subs) <= {ox.Variable("v")}
    assert all(isinstance(t, (ox.NamedNode, ox.Literal)) for t in subs.values())


@given(raw=st.one_of(st.text(max_size=40),
                     st.from_regex(r"\A\s*[+-]?[0-9]{0,30}(\.[0-9]{0,30})?([eE][+-]?[0-9]{1,4})?\s*\Z"),
                     st.sampled_from(["NaN", "-Infinity", "Infinity", "sNaN", "1e5", "1E-3", "1_000.5"])))
def test_decimal_binds_a_valid_xsd_decimal(raw):
    try:
        term = Param("x", "decimal").bind(raw)
    except ParameterError:
        return
    assert term.datatype.value == XSD + "decimal"
    assert DECIMAL_LEXICAL.fullmatch(term.value), term.value
    assert Decimal(term.value) == Decimal(raw.strip().replace("_", ""))


@given(raw=st.one_of(st.text(max_size=12), st.from_regex(r"\A-?\d{4}\Z"), st.integers().map(str)))
def test_integer_and_year_bind_valid_lexical_forms(raw):
    for kind, lexical in (("integer", INTEGER_LEXICAL), ("gYear", GYEAR_LEXICAL)):
        try:
            term = Param("x", kind).bind(raw)
        except ParameterError:
            continue
        assert lexical.fullmatch(term.value), (kind, term.value)


def sides(written: str) -> tuple[int, int]:
    """The digits before and after the point of a decimal as written (its exponent aside)."""
    whole, _, fraction = re.split(r"[eE]", written)[0].lstrip("+-").partition(".")
    return len(whole), len(fraction)


@given(value=st.decimals(allow_nan=False, allow_infinity=False, places=None)
       .filter(lambda d: abs(d.adjusted()) < 40 and max(sides(str(d))) <= 40))
def test_decimal_value_survives_binding(value):
    """Every decimal the parameter accepts (at most 40 digits each side of the point, api/params.decimal) is bound
    to the same value."""
    term = Param("x", "decimal").bind(str(value))
    assert Decimal(term.value) == value


def test_regression_a_decimal_longer_than_accepted_is_a_parameter_error():
    """The property above drew a decimal with 43 fraction digits (its filter bounded the exponent only): more
    than the 40 digits a side the parameter takes, refused with a message — the generator was wrong, not the bind."""
    with pytest.raises(ParameterError):
        Param("x", "decimal").bind("36239026302295." + "5" * 43)


def test_regression_a_small_decimal_written_with_leading_zeros_counts_them():
    """The property above drew a decimal of 40 significant digits below 10⁻⁵: written out (str), its 5 leading zeros
    make 45 digits after the point, more than the parameter takes — the filter counted significant digits, not the
    digits written; the generator was wrong again, not the bind."""
    written = "0.00000" + "4096623686640351979489862235268641234567"
    assert sides(written) == (1, 45)
    with pytest.raises(ParameterError):
        Param("x", "decimal").bind(written)


# Regressions: each was a bug found by the properties above.

@pytest.mark.parametrize("raw", ["1e5", "1E-3", "NaN", "Infinity", "-Infinity", "sNaN"])
def test_regression_decimal_is_never_written_with_an_exponent_or_as_nan(raw):
    """Decimal('1e5') was bound as the literal "1E+5"^^xsd:decimal, and NaN/Infinity as such: not xsd:decimal."""
    try:
        term = Param("x", "decimal").bind(raw)
    except ParameterError:
        assert raw.lower().lstrip("+-s") in ("nan", "infinity")
        return
    assert DECIMAL_LEXICAL.fullmatch(term.value)


def test_regression_decimal_with_a_huge_exponent_is_refused():
    """Plain notation of 1e999999999 would be a billion characters: refuse it instead of writing it."""
    with pytest.raises(ParameterError):
        Param("x", "decimal").bind("1e999999999")


def test_regression_year_with_non_ascii_digits_is_refused():
    """'٢٠٢٤' (Arabic-Indic digits) matched \\d{4} and became the ill-typed literal "٢٠٢٤"^^xsd:gYear."""
    with pytest.raises(ParameterError):
        Param("x", "gYear").bind("٢٠٢٤")
    assert Param("x", "gYear").bind("2024").value == "2024"


def test_nasty_strings_are_bound_verbatim():
    for raw in ['" . } DROP ALL #', "> } INSERT DATA { <a> <b> <c> } #", "x\" ; ?s ?p ?o"]:
        term = Param("x", "string").bind(raw)
        assert run(term) == [term] and term.value == raw
        with pytest.raises(ParameterError):
            Param("x", "iri").bind("http://a/" + raw)


@pytest.mark.parametrize("raw, canonical", [(".0", "0"), ("-0.0", "0"), ("0", "0"), ("1.50", "1.5"),
                                            ("00.10", "0.1"), ("1e2", "100"), ("-2.500", "-2.5"), ("7", "7")])
def test_decimal_parameters_bind_in_canonical_form(raw, canonical):
    """Regression (found by the property test above on a clean CI run): ".0" was bound as "0.0"^^xsd:decimal
    and answered as "0"; the bound term is now the canonical one, so it comes back unchanged."""
    term = Param("x", "decimal").bind(raw)
    assert term.value == canonical and run(term) == [term]
