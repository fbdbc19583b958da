"""One rule for the terms and identifiers of the JSON API.

Terms — classes, predicates, property names — are written as compact IRIs (CURIEs, W3C CURIE Syntax 1.0 §3;
JSON-LD 1.1 §4.1.5 "Compact IRIs"): `gwr:Project`, `schema:containedInPlace`, `skos:exactMatch`, by the longest
namespace of the prefixes that the published context (/context.jsonld) declares, so that a JSON-LD processor
expands every one of them with that context alone. An IRI under none of those namespaces stays whole. Fields
named `iri` always hold a full IRI.

Identifiers of entities in requests are read one way on every route (`Terms.entity`), in a path segment
(/api/entities/…, percent-encoded where it holds `/` or `:`, RFC 3986 §2.1) or as a query value (place=,
indicator=, district=, industry=, and the entity parameters of the canned queries, ENTITY_PARAMS):

| form | example |
|---|---|
| key (the kinds the parameter allows, tried in order) | `dalian` |
| kind/key | `place/dalian` |
| kind:key (the kind as a CURIE prefix) | `place:dalian` |
| CURIE of /context.jsonld (`id:`) | `id:place/dalian` |
| full IRI | `https://w3id.org/gwr/id/place/dalian` |

An identifier that names no entity of the catalogue — or an IRI outside the dataset's `id/` space — is a 404
problem (Unknown); one that cannot name an entity at all (white space, an unknown kind or prefix, a kind the
parameter does not take) a 400 (BadIdentifier) — never an empty 200. The catalogue is the reviewed graphs'; under a
graph set with drafts (?graphs=drafted|all) an identifier it lacks may name an entity that only the drafted graphs
name (a drafted report's place, a proposed indicator): the fact routes look it up there (facts.entity_ref).
"""
from __future__ import annotations

from collections.abc import Iterable

from api.iris import KINDS


class BadIdentifier(ValueError):
    """A request value that cannot name an entity or a term: 400."""


class Unknown(LookupError):
    """A well-formed identifier that names nothing in the dataset: 404."""


class Terms:
    """CURIEs by the context's prefixes, and back."""

    def __init__(self, prefixes: dict[str, str], base_iri: str):
        self.prefixes = dict(prefixes)
        self.longest = sorted(self.prefixes.items(), key=lambda item: -len(item[1]))
        self.base_iri = base_iri

    def curie(self, iri: str) -> str:
        """`https://schema.org/containedInPlace` → `schema:containedInPlace` (the IRI when no prefix fits)."""
        for name, namespace in self.longest:
            if iri.startswith(namespace) and len(iri) > len(namespace):
                return f"{name}:{iri[len(namespace):]}"
        return iri

    def expand(self, value: str, default: str = "gwr") -> str:
        """A class or predicate as a request gives it: a full IRI, a CURIE, or a local name of `default`."""
        if value.startswith(("http://", "https://", "urn:")):
            return value
        name, colon, local = value.partition(":")
        if colon and name in self.prefixes:
            return self.prefixes[name] + local
        if colon or not value:
            raise BadIdentifier(f"{value[:100]!r} is neither a full IRI, a CURIE of /context.jsonld nor a name")
        return self.prefixes[default] + value

    def entity(self, value: str, kinds: Iterable[str], known) -> str:
        """The `kind/key` of the entity a request names, among `kinds`; `known(ref)` says whether it exists.
        Raises BadIdentifier (400) or Unknown (404)."""
        kinds = tuple(kinds)
        refs = self.candidates(value, kinds)
        for ref in refs:
            if known(ref):
                return ref
        raise unknown(refs, kinds)

    def candidates(self, value: str, kinds: Iterable[str]) -> list[str]:
        """The `kind/key`s a request's identifier may name, in the order they are tried (a bare key: one per kind
        of `kinds`). Raises BadIdentifier (400), or Unknown (404) for an IRI outside the dataset's `id/` space."""
        kinds = tuple(kinds)
        value = value.strip()
        ids = self.base_iri + "id/"
        name, colon, local = value.partition(":")
        if colon and name in KINDS and not local.startswith("//"):
            if not local.strip("/"):
                raise BadIdentifier(f"{value[:100]!r} names a kind but no key")
            value = f"{name}/{local}"       # place:dalian; before the prefixes: `org:` is also W3C ORG's
        elif colon and name in self.prefixes and not local.startswith("//"):
            value = self.prefixes[name] + local                 # id:place/dalian, or a term of another vocabulary
        if value.startswith(("http://", "https://", "urn:")):
            if not value.startswith(ids):
                raise Unknown(f"{value[:200]!r} is not an entity of this dataset (its IRIs start with {ids})")
            value = value[len(ids):]
        else:
            value = value.removeprefix("id/").strip("/")
        if not value or ":" in value or any(c.isspace() or not c.isprintable() or c in "<>\"{}|\\^`" for c in value):
            raise BadIdentifier(f"{value[:100]!r} is not an identifier (key, kind/key, kind:key, id:kind/key "
                                "or the full IRI)")
        kind, slash, key = value.partition("/")
        if slash and kind not in KINDS:
            raise BadIdentifier(f"unknown kind {kind!r}; the kinds are {', '.join(KINDS)}")
        if slash and kind not in kinds:
            raise BadIdentifier(f"{value!r} is of kind {kind}; expected {' or '.join(kinds)}")
        return [value] if slash else [f"{k}/{value}" for k in kinds]


def unknown(refs: list[str], kinds: tuple[str, ...]) -> Unknown:
    """The 404 of a well-formed identifier (its `candidates`) that names none of `kinds`."""
    shown = refs[0] if len(refs) == 1 else refs[0].split("/", 1)[1]
    return Unknown(f"no {' or '.join(kinds)} {shown!r}")


# The entity parameters of the canned queries (queries/*.rq `# param: <name> iri`), read by Terms.entity
# like the JSON API's: the kinds each may name, tried in this order for a bare key.
ENTITY_PARAMS = {"indicator": ("indicator",), "place": ("place", "zone", "industry"), "city": ("place",),
                 "province": ("place",), "nation": ("place",)}


def kind_of(value: str | None) -> str | None:
    """The `kind` filter: one of api/iris.py KINDS, else BadIdentifier."""
    if value is not None and value not in KINDS:
        raise BadIdentifier(f"unknown kind {value[:100]!r}; the kinds are {', '.join(KINDS)}")
    return value


def paragraph_labels(ref: str) -> dict[str, str | None]:
    """A paragraph's labels from its identifier: paragraph IRIs are minted from the paragraph's number in its
    report (api/namespaces.py report_thing: id/paragraph/<report>-<number>, the number that schema:position
    carries), so `paragraph/dalian-2024-3` is 第3段 / Paragraph 3."""
    number = ref.rsplit("-", 1)[-1]
    if not number.isascii() or not number.isdigit():
        return {"zh": None, "en": None}
    return {"zh": f"第{int(number)}段", "en": f"Paragraph {int(number)}"}
