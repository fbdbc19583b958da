"""Canned queries: queries/*.rq files with a small comment header.

    # title: The 2024 main targets with their qualifiers
    # description: One line or more (repeat the key to continue).
    # param: indicator iri        (a variable bound as an RDF term, never pasted into the text)
    # param: year gYear 2024      (type, optional default)

Parameter types: iri, string, integer, decimal, gYear, langString (zh). Values are bound with
pyoxigraph's `substitutions` (SPARQL SEP-0007), so user input never becomes query text.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import InvalidOperation
from pathlib import Path
from typing import IO
from urllib.parse import quote

import pyoxigraph as ox

from api.iris import DEFAULT_BASE, expand
from api.params import decimal, whole

XSD = "http://www.w3.org/2001/XMLSchema#"
HEADER = re.compile(r"^#\s*(title|description|param)\s*:\s*(.*)$")
PARAM_TYPES = ("iri", "string", "integer", "decimal", "gYear", "langString")
RESERVED = ("format", "offset", "limit")     # request parameters of the API itself (api/service/canned.py)


class ParameterError(ValueError):
    """A parameter value that does not fit its declared type."""


@dataclass
class Param:
    name: str
    type: str
    default: str | None = None
    base: str = DEFAULT_BASE            # the base IRI its CURIEs and `kind/key` values expand under

    def bind(self, raw: str) -> ox.NamedNode | ox.Literal:
        """Turn a request value into an RDF term of the declared type."""
        try:
            if self.type == "iri":
                # the identifier forms of the JSON API (api/service/terms.py): a CURIE of the predeclared
                # prefixes (id:place/dalian), `kind/key` (place/dalian), or a full IRI
                raw = expand(raw, self.base)
                if re.fullmatch(r"[a-z]+/[^\s/:<>\"{}|\\^`]+", raw):
                    raw = self.base + "id/" + raw
                if not re.match(r"^[a-zA-Z][a-zA-Z0-9+.-]*:[^\s<>\"{}|\\^`]*$", raw):
                    raise ValueError("not an absolute IRI")
                return ox.NamedNode(raw)
            if self.type == "integer":
                return ox.Literal(str(whole(raw, "the value", minimum=None, signed=True)),
                                  datatype=ox.NamedNode(XSD + "integer"))
            if self.type == "decimal":
                number = decimal(raw, "the value")
                if not number.is_finite() or abs(number.adjusted()) > 1000:
                    raise ValueError("not a finite decimal of reasonable size")
                # The canonical form (XSD 1.1 §3.3.3.2: no sign on zero, no leading or trailing zeros, no ".0"),
                # which is also the one Oxigraph gives back: the term bound is the term answered.
                written = format(number, "f")
                canonical = "0" if number == 0 else written.rstrip("0").rstrip(".") if "." in written else written
                return ox.Literal(canonical, datatype=ox.NamedNode(XSD + "decimal"))
            if self.type == "gYear":
                if not re.fullmatch(r"-?[0-9]{4}", raw):
                    raise ValueError("not a year")
                return ox.Literal(raw, datatype=ox.NamedNode(XSD + "gYear"))
            if self.type == "langString":
                return ox.Literal(raw, language="zh")
            return ox.Literal(raw)
        except (ValueError, InvalidOperation) as exc:
            raise ParameterError(f"parameter {self.name!r} expects {self.type}: {exc}") from None


@dataclass
class CannedQuery:
    name: str
    title: str
    description: str
    text: str
    params: list[Param] = field(default_factory=list)
    path: Path | None = None

    def substitutions(self, values: dict[str, str]) -> dict:
        subs = {}
        for p in self.params:
            raw = values.get(p.name, p.default)
            if raw is not None and raw != "":
                subs[ox.Variable(p.name)] = p.bind(raw)
        return subs


def read_query(path: str | Path, base: str = DEFAULT_BASE) -> CannedQuery:
    """A query file. A default of an iri parameter may be a prefixed name (id:report/dalian-2024): it is
    expanded with the predeclared prefixes under `base` (api/iris.py), so that no file names the base."""
    path = Path(path)
    text = path.read_text(encoding="utf-8")
    title, description, params = path.stem, [], []
    for line in text.splitlines():
        m = HEADER.match(line.strip())
        if not m:
            if line.strip() and not line.lstrip().startswith("#"):
                break
            continue
        key, value = m.group(1), m.group(2).strip()
        if key == "title":
            title = value
        elif key == "description":
            description.append(value)
        else:
            parts = value.split()
            if len(parts) < 2 or parts[1] not in PARAM_TYPES:
                raise ValueError(f"{path}: bad param line {value!r} (name type [default])")
            if parts[0].lstrip("?$") in RESERVED:
                raise ValueError(f"{path}: parameter name {parts[0]!r} is reserved ({', '.join(RESERVED)})")
            default = parts[2] if len(parts) > 2 else None
            if default is not None and parts[1] == "iri":
                default = expand(default, base)
            params.append(Param(parts[0].lstrip("?$"), parts[1], default, base))
    return CannedQuery(path.stem, title, " ".join(description), text, params, path)


def list_queries(directory: Path, base: str = DEFAULT_BASE) -> list[CannedQuery]:
    return [read_query(p, base) for p in sorted(directory.glob("*.rq"))]


def read_moved(directory: Path, base: str = DEFAULT_BASE) -> dict[str, str]:
    """queries/moved.tsv: canned queries that were renamed, old name → the new name with the parameters that
    give the old answer (`main-targets?report=id:report/dalian-2024`, where a value `id:…` stands for the entity
    IRI under `base`). /api/queries/OLD answers 301 to it (RFC 9110 §15.4.2), so published URLs keep working;
    lines starting with # are comments."""
    path = directory / "moved.tsv"
    if not path.exists():
        return {}
    moved = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            old, new = line.split("\t")[:2]
            moved[old.strip()] = new.strip().replace("=id:", "=" + quote(base + "id/", safe=""))
    return moved


def cell(term) -> str:
    if term is None:
        return ""
    return term.value


def rows_of(result) -> tuple[list[str], list[list[str]]]:
    """Variables and rows (as text) of a SELECT result; ASK gives one cell."""
    if isinstance(result, ox.QueryBoolean) or isinstance(result, bool):
        return ["ask"], [["true" if bool(result) else "false"]]
    if isinstance(result, ox.QuerySolutions):
        names = [v.value for v in result.variables]
        return names, [[cell(s[n]) for n in names] for s in result]
    return ["subject", "predicate", "object"], [[cell(t.subject), cell(t.predicate), cell(t.object)] for t in result]


def print_table(result, out: IO[str]) -> None:
    names, rows = rows_of(result)
    widths = [max([len(n), *(len(r[i]) for r in rows)]) for i, n in enumerate(names)]
    widths = [min(w, 60) for w in widths]
    out.write(" | ".join(n.ljust(w) for n, w in zip(names, widths, strict=True)) + "\n")
    out.write("-+-".join("-" * w for w in widths) + "\n")
    for r in rows:
        out.write(" | ".join(c[:60].ljust(w) for c, w in zip(r, widths, strict=True)) + "\n")
    out.write(f"({len(rows)} row{'s' if len(rows) != 1 else ''})\n")
