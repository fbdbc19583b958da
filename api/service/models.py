"""The JSON API's answers as pydantic models: what the OpenAPI description (/openapi.json) documents for each
route, so that a generated client gets typed objects, and what tests/service/test_json.py checks the answers
against. The routes build their answers as plain dicts (no validation per request); these models describe them.

The rules every answer follows (terms.py, paging.py): numbers are JSON numbers; terms (classes, predicates,
property names) are CURIEs of /context.jsonld; fields named `iri` hold full IRIs and `id` the `kind/key` form;
labels are objects with `zh` and `en`; every list has `total`, its window and `links` (RFC 8288 relations).
Errors are RFC 9457 problem details (Problem), sent as application/problem+json.
"""
from __future__ import annotations

from typing import Any

from pydantic import BaseModel, ConfigDict, Field

Scalar = str | int | float | bool


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Problem(Model):
    """RFC 9457 §3.1 problem details."""
    model_config = ConfigDict(extra="allow")
    type: str = Field("about:blank", description="a URI reference that identifies the problem type (§3.1.1)")
    title: str = Field(description="a short summary of the problem type (§3.1.3)")
    status: int = Field(description="the HTTP status code (§3.1.2)")
    detail: str = Field(description="what went wrong with this request (§3.1.4)")
    instance: str | None = Field(None, description="the path the problem occurred on (§3.1.5)")


class Links(Model):
    """RFC 8288 links of a list: null where there is no such page. Also sent as the Link header."""
    self: str
    first: str
    prev: str | None
    next: str | None
    last: str


class Labels(Model):
    zh: str | None = Field(description="Chinese label (skos:prefLabel@zh)")
    en: str | None = Field(description="English label (skos:prefLabel@en)")
    pinyin: str | None = Field(None, description="Hanyu Pinyin with tones (skos:prefLabel@zh-Latn-pinyin)")


class Ref(Model):
    """Another resource, named by its `kind/key` and its labels."""
    id: str | None
    zh: str | None
    en: str | None


class EntitySummary(Model):
    id: str = Field(description="kind/key, e.g. place/dalian")
    iri: str
    kind: str
    labels: Labels
    aliases: list[str]
    types: list[str] = Field(description="classes as CURIEs, e.g. gwr:AdministrativeDivision")


class EntityList(Model):
    total: int
    page: int
    size: int
    items: list[EntitySummary]
    links: Links


class SearchHit(EntitySummary):
    score: float
    match: str = Field(description="how it matched: exact, prefix, word, words, some words, fuzzy …")
    matched: str = Field(description="the label or alias that matched")


class SearchAnswer(Model):
    query: str
    total: int
    offset: int
    limit: int
    items: list[SearchHit]
    links: Links


class Unit(Model):
    iri: str | None
    label: str | None
    asWritten: str | None


class Qualifier(Model):
    comparison: str | None
    asWritten: str | None


class Fact(Model):
    id: str
    iri: str
    kind: str = Field(description="target or result")
    indicator: Ref
    about: Ref
    period: int | None
    value: float | None = Field(description="the number (gwr:value), a JSON number")
    minValue: float | None
    maxValue: float | None
    unit: Unit
    qualifier: Qualifier
    measure: str | None
    direction: str | None
    directionAsWritten: str | None
    baseline: str | None
    valueAsWritten: str | None
    quote: str | None
    paragraph: Ref | None
    review: str = Field("reviewed", description="reviewed, or machine-drafted, unreviewed (graph sets)")


class FactList(Model):
    total: int
    offset: int
    limit: int
    items: list[Fact]
    links: Links


class ComparisonRow(Model):
    about: Ref
    measure: str | None
    result: list[Fact]
    target: list[Fact]


class Comparison(Model):
    indicator: str
    resultYear: int
    targetYear: int
    total: int
    offset: int
    limit: int
    rows: list[ComparisonRow]
    links: Links


class EntityLabels(Labels):
    aliases: list[str]
    rdfs: dict[str, str] = Field(description="rdfs:label by language tag")


class Linked(Model):
    direction: str = Field(description="out: this entity points to it; in: it points to this entity")
    predicate: str = Field(description="a CURIE, e.g. gwr:partOf")
    id: str
    iri: str
    labels: Labels
    types: list[str]


class Statement(Model):
    id: str
    kind: str = Field(description="commitment, statusreport … (the class's local name, lower case)")
    type: str = Field(description="the class as a CURIE")
    status: str | None = None
    statusAsWritten: str | None = None
    action: str | None = None
    quote: str | None = None
    period: int | None
    paragraph: Ref | None


class EntityDetail(Model):
    id: str
    iri: str
    kind: str
    types: list[str]
    labels: EntityLabels
    properties: dict[str, list[Scalar]] = Field(description="literal values and identity links by CURIE")
    facts: list[Fact]
    statements: list[Statement]
    linked: list[Linked]
    review: str = Field(description="reviewed: the reviewed graphs describe the entity; drafted: only machine-drafted "
                                    "graphs name it (asked for with ?graphs=drafted|all; README, Reviewed and drafted)")


class QueryParam(Model):
    name: str
    type: str
    default: str | None


class CannedQueryInfo(Model):
    name: str
    title: str
    description: str
    params: list[QueryParam]
    url: str


class QueryList(Model):
    total: int
    offset: int
    limit: int
    items: list[CannedQueryInfo]
    links: Links


class QueryPage(Model):
    """A page of a canned query's rows: each cell a JSON number, boolean or string by its datatype."""
    query: str
    columns: list[str]
    total: int
    offset: int
    limit: int
    saved: bool = Field(description="read from the answer saved with the on-disk store")
    rows: list[dict[str, Scalar]]
    links: Links


class QueryBoolean(Model):
    query: str
    boolean: bool


class DataVersion(Model):
    sha256: str
    triples: int
    graphs: dict[str, int] = Field(description="triples per named graph")


class Version(Model):
    service: str
    pyoxigraph: str
    data: DataVersion


class Health(Model):
    model_config = ConfigDict(extra="allow")
    status: str
    workers: int
    replaced: int
    pending: int
    lanes: dict[str, dict[str, int]]
    clients: dict[str, int]
    sandbox: dict[str, Any]
