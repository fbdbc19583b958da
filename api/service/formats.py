"""Media types as data, and content negotiation (q-values honoured, via python-mimeparse).

FORMATS is the one table of format key → media type → path suffix → Oxigraph format; every other table here
is a view of it. The negotiation tables (RESULTS, GRAPHS, …) are what a route offers: rows of (media type,
key), the first row the default for clients that accept anything (Accept missing or */*). Keys are what
worker processes are told to write.

`choose` is the one way a route that offers format twins (/id/x.ttl, /ontology.jsonld, /dataset.nt,
/index.ttl, /report/x.ttl, /api/queries/x.csv …) picks the format: a path suffix beats ?format=, which beats
Accept (RFC 9110 §12.5.1); the response then says Vary: Accept.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import mimeparse
import pyoxigraph as ox


@dataclass(frozen=True)
class Format:
    key: str
    media: str                                  # what Content-Type says
    suffix: str                                 # of twins (/id/x.ttl) and dumps (all.nq)
    names: tuple[str, ...] = ()                 # ?format= names (SPARQL clients send them instead of Accept)
    rdf: ox.RdfFormat | None = None             # Oxigraph's writer of graphs and datasets
    results: ox.QueryResultsFormat | None = None  # Oxigraph's writer of SELECT / ASK results


FORMATS = {f.key: f for f in (
    Format("json", "application/sparql-results+json", "srj", ("json", "sparql-json", "srj", "sparql-results+json"),
           results=ox.QueryResultsFormat.JSON),
    Format("xml", "application/sparql-results+xml", "srx", ("xml", "srx", "sparql-results+xml"),
           results=ox.QueryResultsFormat.XML),
    Format("csv", "text/csv; charset=utf-8", "csv", ("csv",), results=ox.QueryResultsFormat.CSV),
    Format("tsv", "text/tab-separated-values; charset=utf-8", "tsv", ("tsv",), results=ox.QueryResultsFormat.TSV),
    Format("rows", "application/json", "json", ("json",)),      # a canned query's rows, a page at a time
    Format("turtle", "text/turtle; charset=utf-8", "ttl", ("turtle", "ttl", "n3"), rdf=ox.RdfFormat.TURTLE),
    Format("ntriples", "application/n-triples", "nt", ("nt", "ntriples", "n-triples"), rdf=ox.RdfFormat.N_TRIPLES),
    Format("jsonld", "application/ld+json", "jsonld", ("jsonld", "json-ld", "json"), rdf=ox.RdfFormat.JSON_LD),
    Format("rdfxml", "application/rdf+xml", "rdf", ("rdfxml", "rdf", "rdf+xml", "xml"), rdf=ox.RdfFormat.RDF_XML),
    Format("nquads", "application/n-quads", "nq", ("nquads", "nq"), rdf=ox.RdfFormat.N_QUADS),
    Format("trig", "application/trig", "trig", ("trig",), rdf=ox.RdfFormat.TRIG),
    Format("html", "text/html; charset=utf-8", "html", ("html",)),
)}

# SELECT / ASK results.
RESULTS = [
    ("application/sparql-results+json", "json"),
    ("application/sparql-results+xml", "xml"),
    ("text/csv", "csv"),
    ("text/tab-separated-values", "tsv"),
    ("application/json", "json"),
    ("application/xml", "xml"),
    ("text/xml", "xml"),
]
# CONSTRUCT / DESCRIBE results and every RDF document the service serves.
GRAPHS = [
    ("text/turtle", "turtle"),
    ("application/n-triples", "ntriples"),
    ("application/ld+json", "jsonld"),
    ("application/rdf+xml", "rdfxml"),
    ("text/plain", "ntriples"),
    ("application/x-turtle", "turtle"),
    ("application/json", "jsonld"),
    ("application/xml", "rdfxml"),
]
# Whole datasets (dumps).
DATASETS = [
    ("application/n-quads", "nquads"),
    ("application/trig", "trig"),
]
HTML = [("text/html", "html"), ("application/xhtml+xml", "html")]
# Linked Data documents (/id/…, /graph/…, /ontology, /dataset): RDF by default; web pages: HTML by default.
DOCUMENTS = GRAPHS + HTML
PAGES = HTML + GRAPHS
# A canned query's answer: its rows as JSON by default, or the whole answer as CSV, TSV or SPARQL JSON.
TABLES = [("application/json", "rows"), ("text/csv", "csv"), ("text/tab-separated-values", "tsv"),
          ("application/sparql-results+json", "json")]

# Views of FORMATS.
CONTENT_TYPE = {f.key: f.media for f in FORMATS.values()}
SUFFIXES = {f.suffix: f.key for f in FORMATS.values()}
SUFFIX_OF = {f.key: f.suffix for f in FORMATS.values()}
RESULT_FORMATS = {f.key: f.results for f in FORMATS.values() if f.results is not None}
GRAPH_FORMATS = {f.key: f.rdf for f in FORMATS.values() if f.rdf is not None}


def media(key: str) -> str:
    """The media type of a key without parameters (for Link headers): `text/turtle`."""
    return FORMATS[key].media.split(";")[0]


def keys(table: list[tuple[str, str]]) -> list[str]:
    """The keys a negotiation table offers, in order, once each."""
    return list(dict.fromkeys(key for _, key in table))


# Every ?format= name: SPARQLWrapper's and Fuseki's among them. A name can stand for a format of each kind
# (`xml`: SPARQL XML results of a SELECT, RDF/XML of a CONSTRUCT; `json`: SPARQL JSON or JSON-LD; `n3`: Turtle,
# which N3 readers read), and `by_name` picks the one the table offers.
NAMES = frozenset(name for f in FORMATS.values() for name in f.names)


def by_suffix(suffix: str | None, table: list[tuple[str, str]]) -> str | None:
    """The key of a path suffix (`ttl` → turtle) when the table offers it, else None."""
    key = SUFFIXES.get(suffix or "")
    return key if key in keys(table) else None


def split(path: str, table: list[tuple[str, str]]) -> tuple[str, str | None]:
    """`place/dalian.ttl` → (`place/dalian`, "turtle") when the table offers the suffix; else (path, None)."""
    stem, dot, suffix = path.rpartition(".")
    key = by_suffix(suffix, table) if dot else None
    return (stem, key) if key else (path, None)


def by_name(name: str, table: list[tuple[str, str]]) -> str | None:
    """The key a ?format= name asks for among the table's keys (the first offered key of that name)."""
    name = name.lower()
    return next((key for key in keys(table) if name in FORMATS[key].names), None)


def choose(request, table: list[tuple[str, str]], suffix_key: str | None = None) -> str | None:
    """The format of a response that has twins: the path suffix's key, else ?format=, else the best row of the
    table for the Accept header. None: nothing offered is acceptable (406)."""
    if suffix_key:
        return suffix_key
    name = request.query_params.get("format")
    if name:
        return by_name(name, table)
    return negotiate(request.headers.get("accept"), table)


def negotiate(accept: str | None, table: list[tuple[str, str]]) -> str | None:
    """The key of the best row for an Accept header, or None when nothing listed is acceptable.

    Clients send a handful of distinct Accept headers, and parsing one with mimeparse costs more than
    the rest of a small query's request handling, so answers are memoised per (header, table).
    """
    if not accept or not accept.strip():
        return table[0][1]
    if len(accept) > 512:   # unusual: do not let odd headers fill the memo
        return _negotiate(accept, tuple(table))
    return _negotiate_memo(accept, tuple(table))


def _negotiate(accept: str, table: tuple[tuple[str, str], ...]) -> str | None:
    # mimeparse prefers later entries on ties, so offer the table reversed: the first row wins ties.
    offered = [media for media, _ in reversed(table)]
    try:
        best = mimeparse.best_match(offered, accept)
    except (ValueError, IndexError):
        return table[0][1]
    if not best:
        return None
    return dict(table)[best] if best in dict(table) else next(k for m, k in table if m == best)


_negotiate_memo = lru_cache(maxsize=256)(_negotiate)


def acceptable(table: list[tuple[str, str]]) -> str:
    return ", ".join(dict.fromkeys(media for media, _ in table))


def written(data: bytes | None) -> bytes:
    """What pyoxigraph's `serialize` returns when given no output: the bytes. Its stub types every call
    `bytes | None` (None is for a call that wrote to an output), so this narrows it."""
    if data is None:
        raise TypeError("serialize was given an output: it returned nothing")
    return data
