"""Media types as data, and content negotiation (q-values honoured, via python-mimeparse).

Each table row is (media type, key). The first row of a table is the default for clients that accept
anything (Accept missing or */*). Keys are what worker processes are told to write.
"""
from __future__ import annotations

from functools import lru_cache

import mimeparse

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
# The media type written for each key (what Content-Type says).
CONTENT_TYPE = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv; charset=utf-8",
    "tsv": "text/tab-separated-values; charset=utf-8",
    "turtle": "text/turtle; charset=utf-8",
    "ntriples": "application/n-triples",
    "jsonld": "application/ld+json",
    "rdfxml": "application/rdf+xml",
    "nquads": "application/n-quads",
    "trig": "application/trig",
    "html": "text/html; charset=utf-8",
}
# Path suffixes of Linked Data documents and dumps.
SUFFIXES = {"ttl": "turtle", "nt": "ntriples", "jsonld": "jsonld", "rdf": "rdfxml", "html": "html",
            "nq": "nquads", "trig": "trig"}
SUFFIX_OF = {"turtle": "ttl", "ntriples": "nt", "jsonld": "jsonld", "rdfxml": "rdf", "html": "html"}
# The ?format= short names SPARQL clients commonly send instead of Accept.
FORMAT_PARAM = {"json": "json", "xml": "xml", "csv": "csv", "tsv": "tsv", "turtle": "turtle", "ttl": "turtle",
                "nt": "ntriples", "ntriples": "ntriples", "n-triples": "ntriples", "jsonld": "jsonld",
                "json-ld": "jsonld", "rdfxml": "rdfxml", "rdf": "rdfxml", "html": "html"}
HTML = [("text/html", "html"), ("application/xhtml+xml", "html")]


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
