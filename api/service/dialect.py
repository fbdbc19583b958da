"""Where another engine answers a SPARQL query differently from the embedded store, and how the remote backend
(remote.py) evens it out. Measured on OpenLink Virtuoso 7.2 against Oxigraph, same dump:

- **booleans**: Virtuoso gives the value of a boolean expression (`?a < ?b`, `BOUND(?x)`, `EXISTS {…}`, `true`)
  bound to a variable as `1`/`0` xsd:integer; SPARQL 1.1 §17.2 makes them xsd:boolean. A variable that the query
  binds (projection `(expr AS ?v)`, §18.2.4.4, or `BIND(expr AS ?v)`, §18.2.2.5) only from boolean expressions
  (§17.3 operators and §17.4 functions returning xsd:boolean) gets `true`/`false` back;
- **GROUP_CONCAT of nothing**: Virtuoso gives "" where Oxigraph leaves the variable unbound (an aggregate over
  unbound values, §18.5.1); a GROUP_CONCAT-bound variable whose value is "" is left unbound;
- **DESCRIBE**: its form is the engine's choice (§16.4); Virtuoso adds incoming triples, Oxigraph gives the
  resource's Concise Bounded Description (outgoing triples, blank nodes followed). The remote sends
  Virtuoso's `define sql:describe-mode "CBD"` before a DESCRIBE (the service adds it after the check that
  refuses pragmas in what clients send);
- **a row limit**: Virtuoso cuts every answer at `ResultSetMaxRows` (virtuoso.ini [SPARQL]) with HTTP 200; a
  cut SELECT carries `X-SPARQL-MaxRows: N`, a cut CONSTRUCT nothing at all. The remote probes the limit at
  start-up (`probe_query`) and refuses a cut answer (remote.py).

The variables are read from the query text with strings, IRIs and comments masked (§19.8 [156]-[161] strings,
[139] IRIREF, §19.4 comments), so a `<` of an IRI or an `AS` inside a string is never taken for syntax.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass

XSD = "http://www.w3.org/2001/XMLSchema#"
DESCRIBE_MODE = 'define sql:describe-mode "CBD"\n'
PROBE_ROWS = 1_000_000          # the row limit the start-up probe can see (README: ResultSetMaxRows)
ROW_LIMIT_HEADER = "x-sparql-maxrows"

# §17.3 operators and §17.4 functions with an xsd:boolean value
BOOLEAN_CALLS = {"BOUND", "ISIRI", "ISURI", "ISBLANK", "ISLITERAL", "ISNUMERIC", "REGEX", "SAMETERM", "STRSTARTS",
                 "STRENDS", "CONTAINS", "LANGMATCHES", "EXISTS", "NOT"}
COMPARISON = re.compile(r"(!=|<=|>=|&&|\|\||[=<>]|\bNOT\s+IN\b|\bIN\b)", re.IGNORECASE)
STRING = re.compile(r'"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^\'\\]|\\.|\'(?!\'\'))*\'\'\'|"(?:[^"\\\n]|\\.)*"'
                    r"|'(?:[^'\\\n]|\\.)*'", re.DOTALL)
IRI = re.compile(r'<[^<>"{}|^`\\\x00-\x20]*>')
ASSIGNED = re.compile(r"\bAS\s+[?$](\w+)", re.IGNORECASE)
CALL = re.compile(r"(NOT\s+EXISTS|[A-Za-z_]+|\w*:boolean)\s*", re.IGNORECASE)     # a call, its brackets blanked
VARIABLE = re.compile(r"[?$]\w+")


@dataclass(frozen=True)
class Assigned:
    """The variables a query binds from boolean expressions only, and those bound by GROUP_CONCAT."""
    booleans: frozenset[str] = frozenset()
    concats: frozenset[str] = frozenset()

    def __bool__(self) -> bool:
        return bool(self.booleans or self.concats)


NOTHING = Assigned()


def masked(text: str) -> str:
    """text with strings and IRIs replaced by `x`s and comments by spaces, at the same offsets."""
    out, i = [], 0
    while i < len(text):
        c = text[i]
        m = STRING.match(text, i) if c in "\"'" else IRI.match(text, i) if c == "<" else None
        if m:
            out.append("x" * (m.end() - i))
            i = m.end()
        elif c == "#":
            end = text.find("\n", i)
            end = len(text) if end < 0 else end
            out.append(" " * (end - i))
            i = end
        else:
            out.append(c)
            i += 1
    return "".join(out)


def opening(text: str, at: int) -> int:
    """The offset of the "(" that encloses position `at` (-1 if none)."""
    depth = 0
    for i in range(at - 1, -1, -1):
        if text[i] == ")":
            depth += 1
        elif text[i] == "(":
            if depth == 0:
                return i
            depth -= 1
    return -1


def top_level(expr: str) -> str:
    """expr without its enclosing parentheses and with every bracketed part blanked."""
    expr = expr.strip()
    while expr.startswith("(") and closing(expr, 0) == len(expr) - 1:
        expr = expr[1:-1].strip()
    out, depth = [], 0
    for c in expr:
        if c in "({[":
            depth += 1
        out.append(c if depth == 0 else " ")
        if c in ")}]":
            depth -= 1
    return "".join(out)


def closing(text: str, at: int) -> int:
    depth = 0
    for i in range(at, len(text)):
        depth += text[i] == "("
        depth -= text[i] == ")"
        if depth == 0:
            return i
    return -1


def is_boolean(expr: str) -> bool:
    """Whether expr's value is an xsd:boolean: a comparison or logical operator at its top level, a negation,
    `true`/`false`, a call of a boolean function or an xsd:boolean cast."""
    flat = VARIABLE.sub(" ", top_level(expr)).strip()
    if COMPARISON.search(flat) or flat.startswith("!") or flat.lower() in ("true", "false"):
        return True
    m = CALL.fullmatch(flat)
    if not m:
        return False
    name = re.sub(r"\s+", " ", m.group(1)).upper()
    return name in BOOLEAN_CALLS or name == "NOT EXISTS" or name.endswith(":BOOLEAN")


def assigned(text: str) -> Assigned:
    """What the query binds, from `(expr AS ?v)` anywhere (projections, sub-selects, BIND)."""
    plain = masked(text)
    kinds: dict[str, set[str]] = {}
    for m in ASSIGNED.finditer(plain):
        start = opening(plain, m.start())
        if start < 0:
            continue
        expr = plain[start + 1:m.start()]
        flat = top_level(expr).strip().upper()
        kind = ("concat" if flat.startswith("GROUP_CONCAT") else "boolean" if is_boolean(expr) else "other")
        kinds.setdefault(m.group(1), set()).add(kind)
    return Assigned(frozenset(v for v, k in kinds.items() if k == {"boolean"}),
                    frozenset(v for v, k in kinds.items() if k == {"concat"}))


def even_solutions(content: bytes, found: Assigned) -> bytes:
    """SPARQL JSON results (§3 of SPARQL 1.1 Query Results JSON) with Virtuoso's 1/0 booleans as xsd:boolean
    and its empty GROUP_CONCATs unbound, for the variables of `found`."""
    if not found:
        return content
    doc = json.loads(content)
    for row in doc.get("results", {}).get("bindings", []):
        for name in found.booleans & row.keys():
            value = row[name]
            if value.get("datatype") == XSD + "integer" and value.get("value") in ("0", "1"):
                row[name] = {"type": "literal", "datatype": XSD + "boolean",
                             "value": "true" if value["value"] == "1" else "false"}
        for name in found.concats & row.keys():
            if row[name].get("value") == "" and "xml:lang" not in row[name]:
                del row[name]
    return json.dumps(doc, ensure_ascii=False).encode("utf-8")


def probe_query() -> str:
    """A SELECT with more rows than PROBE_ROWS on any dataset of 1,001 quads or more (every quad with every
    other), each row one short value: Virtuoso cuts it at ResultSetMaxRows and says so in X-SPARQL-MaxRows."""
    return ("SELECT (1 AS ?x) WHERE { GRAPH ?g { ?s ?p ?o } GRAPH ?h { ?a ?b ?c } } LIMIT "
            + str(PROBE_ROWS + 1))


def row_limit(headers) -> int | None:
    """The row limit an answer says it was cut at (X-SPARQL-MaxRows), or None."""
    value = headers.get(ROW_LIMIT_HEADER, "").strip()
    return int(value) if value.isdigit() else None
