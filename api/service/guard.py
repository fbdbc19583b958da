"""What a SPARQL query may do here, decided from a real parse before it runs.

Oxigraph would evaluate SERVICE by sending an HTTP request, and it lets a query's FROM clause replace the
service's default graph (the union of all named graphs). `screen` parses the query with the SPARQL 1.1
grammar (W3C SPARQL 1.1 Query §19.8 and Update §3, in sparql.lark, LALR(1) tables built by Lark) and refuses

- SERVICE, unless its IRI is on the federation allowlist (empty by default; a variable, a prefixed name or any
  other target is never allowed);
- any update operation (SPARQL 1.1 Update: LOAD, CLEAR, DROP, CREATE, ADD, MOVE, COPY, INSERT, DELETE, WITH);
- FROM / FROM NAMED naming a graph outside the store, when the caller gives the store's graphs.

It reports FROM so that the caller turns the union default graph off, as SPARQL requires (§13.2).

The text is read the ways the engine could read it, and refused if any reading is refused:

1. as Oxigraph 0.5.13 reads it (measured: tests/properties/test_guard.py). Its parser is scannerless, so it
   undoes \\uXXXX / \\UXXXXXXXX escapes inside strings and IRIs only (nowhere else: `\\u003Fs` is not a
   variable, `\\u0053ERVICE` not a keyword, a comment does not end at `\\u000A`), and where two tokens could
   start at the same place it takes the one the grammar accepts there (`?a<?b&&?c>?d` is a comparison, not
   an IRI). The parser below does the same: it lexes with the LALR state's own terminals, longest first, and
   falls back to another token at the same place when the parser cannot take the first.
2. the same text with keywords preferred to the prefixed names they start (`SERVICEex:a` is `SERVICE ex:a` to
   Oxigraph when `SERVICEex:` is not a declared prefix, and `FROMex:g` is `FROM ex:g`): run when the first
   reading fails or contains a prefixed name whose prefix contains a guarded word.
3. with every \\u escape undone before parsing, as SPARQL 1.1 §19.2 prescribes: run when the text has one.

Fast path: a query in whose lower-cased text (raw, and with \\u escapes undone) none of the guarded words
service/from/insert/delete/load/clear/drop/create/add/move/copy/with occurs, even inside a longer word, is
not parsed. That is sound for Oxigraph: every keyword it reads is spelt out in the text (it never undoes an
escape outside strings and IRIs), and it reads keywords even where they touch other words (`SERVICESILENT`,
`INSERTDATA`, `FROMex:g`), which is why this checks substrings and not whole words. The form is then read from
the text after the prologue when that is plain; otherwise it is None. `screen(full=True)` always parses: the
remote backend (api/service/remote.py) needs what only a parse gives — the resolved FROM / FROM NAMED IRIs,
the IRIs of the functions called (a call is no guarded word) and the WHERE group — read from the reductions
the parser reports (`parse(marks=…)`), never from a separate scan of the text.
"""
from __future__ import annotations

import re
import threading
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urljoin

GRAMMAR = Path(__file__).with_name("sparql.lark")
GUARDED = ("service", "from", "insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with")
SUSPECT = re.compile("|".join(GUARDED))     # a substring test on the lower-cased text (see the docstring)
# Rules whose reductions parse(marks=...) reports: calls of a function named by an IRI (§19.8 [70], [128]) and
# the query's WHERE clause ([17]).
WATCHED = {"function_call", "iri_or_function", "where_clause"}
Mark = tuple[str, list[int], int]      # a reduction of a WATCHED rule: (name, first token of each child, last token)
UPDATE_KEYWORDS = {"LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "INSERT", "DELETE", "WITH"}
FORMS = {"SELECT", "CONSTRUCT", "DESCRIBE", "ASK"}
READ_ONLY = "this endpoint is read-only: SPARQL Update is not accepted"
NO_SERVICE = "SERVICE is not allowed: this endpoint does not send requests to other endpoints"
# The prologue of a query (BASE, PREFIX, VERSION, white space, comments) in plain spelling, then the form.
_GAP = r"(?:[ \t\r\n]|#[^\r\n]*)*"
_IRI = r"<[^<>\"{}|^`\\\x00-\x20]*>"
PROLOGUE = re.compile(
    rf"{_GAP}(?:(?:base{_GAP}{_IRI}|prefix{_GAP}(?:[^\W\d_][\w.\-]*)?:{_GAP}{_IRI}"
    rf"|version{_GAP}(?:'[^'\\\r\n]*'|\"[^\"\\\r\n]*\")){_GAP})*(select|construct|describe|ask)(?![\w:])",
    re.IGNORECASE)
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
SKIP = re.compile(r"(?:[ \t\r\n]+|#[^\r\n]*)+")
SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:")
LOCAL_ESCAPE = re.compile(r"\\([_~.\-!$&'()*+,;=/?#@%])")


class QueryRefused(ValueError):
    """A query this service will not run (HTTP 403); the message says why."""
    status = 403


class GuardSyntaxError(ValueError):
    """The text is not SPARQL 1.1 (HTTP 400); the message gives the line and column."""
    status = 400

    def __init__(self, message: str, tokens: list | None = None):
        super().__init__(message)
        self.tokens = tokens or []      # what the parser took before the mistake


@dataclass
class Screening:
    form: str | None = None             # select / construct / describe / ask; None when not parsed
    has_dataset_clause: bool = False    # FROM or FROM NAMED present
    names_graphs: bool = False          # a GRAPH pattern (§18.2.2.5): the query can reach the named graphs
    # Only from a parse (parsed=True: always with screen(full=True)); the fast path leaves them empty.
    parsed: bool = False
    dataset: tuple = ((), ())               # (FROM IRIs, FROM NAMED IRIs), resolved (§13.2)
    functions: frozenset[str] = frozenset()  # IRIs of the functions called by IRI (§17.6), as written if the
    #                                          prefix is not declared
    where: tuple[int, int] | None = None     # offsets of the "{" and "}" of the query's WHERE group pattern
    where_select: bool = False               # that group is a sub-select ({ SELECT … }, §19.8 [53])


def unescape(text: str) -> str:
    """Undo \\uXXXX and \\UXXXXXXXX escapes in one pass (SPARQL 1.1 §19.2)."""
    if "\\" not in text:
        return text

    def repl(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF and not 0xD800 <= code <= 0xDFFF else m.group(0)
    return ESCAPE.sub(repl, text)


# ---- the parser: Lark's LALR(1) tables and contextual lexers, driven here without building a tree ----

class _Tables:
    """Built once per process on first use (about a second; Lark's cache file makes later processes faster)."""

    def __init__(self) -> None:
        from lark import Lark
        from lark.parsers.lalr_analysis import Shift
        cache = Path.home() / ".cache" / "gwr-kg" / "sparql-lark.pickle"
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            cached: str | bool = str(cache)
        except OSError:
            cached = False
        lark = Lark(GRAMMAR.read_text(encoding="utf-8"), parser="lalr", lexer="contextual",
                    start=["query_unit", "update_unit"], cache=cached)
        frontend = lark.parser
        table = frontend.parser._parse_table
        self.shift = Shift
        self.states = table.states
        self.start = table.start_states
        self.end = table.end_states
        self.lexers = frontend.lexer.lexers          # parser state -> lexer of the terminals it accepts
        self.terminals = sorted(lark.terminals, key=lambda t: -t.priority)
        self.patterns = [(t.name, t.priority, re.compile(t.pattern.to_regexp(),
                                                         re.IGNORECASE if "i" in t.pattern.flags else 0))
                         for t in self.terminals if t.name not in ("WS", "COMMENT")]
        self.keywords = {t.name for t in self.terminals
                         if t.pattern.type == "str" and re.fullmatch(r"[a-z][a-z0-9_]*", t.pattern.value)}


_tables: _Tables | None = None
_lock = threading.Lock()


def tables() -> _Tables:
    global _tables
    if _tables is None:
        with _lock:
            if _tables is None:
                _tables = _Tables()
    return _tables


def _position(text: str, pos: int) -> str:
    line = text.count("\n", 0, pos) + 1
    return f"line {line}, column {pos - (text.rfind(chr(10), 0, pos) + 1) + 1}"


def parse(text: str, start: str, keywords_first: bool = False,
          marks: list[Mark] | None = None) -> list[tuple[str, str, int]]:
    """The tokens (type, text, offset) of text parsed as `start`, or GuardSyntaxError.

    A plain loop over an explicit state stack: no recursion and no tree, whatever the nesting depth. With
    `marks`, each reduction of a rule in WATCHED appends (rule name, index of the first token of each child,
    index of its last token): a second stack, parallel to the states, keeps where each entry began."""
    t = tables()
    states, shift, end_state = t.states, t.shift, t.end[start]
    stack = [t.start[start]]
    starts = [0]
    tokens: list[tuple[str, str, int]] = []
    pos, n = 0, len(text)

    def feed(kind: str) -> bool:
        """Shift kind after the reductions it calls for; leave the stacks unchanged and say False if it cannot."""
        undo: list[tuple[list[int], list[int]]] = []     # (states popped, their starts) of each reduction
        seen: list[Mark] = []
        at = len(tokens)
        while True:
            action = states[stack[-1]].get(kind)
            if action is None:
                for popped, popped_starts in reversed(undo):
                    stack.pop()
                    starts.pop()
                    stack.extend(popped)
                    starts.extend(popped_starts)
                return False
            if action[0] is shift:
                if kind != "$END":
                    stack.append(action[1])
                    starts.append(at)
                if seen and marks is not None:
                    marks.extend(seen)
                return True
            rule = action[1]
            size = len(rule.expansion)
            if size:
                popped, popped_starts = stack[-size:], starts[-size:]
                del stack[-size:]
                del starts[-size:]
                begin = popped_starts[0]
            else:
                popped, popped_starts, begin = [], [], at
            name = rule.origin.name
            if name in WATCHED:
                seen.append((name, popped_starts, at - 1))
            stack.append(states[stack[-1]][name][1])
            starts.append(begin)
            undo.append((popped, popped_starts))
            if kind == "$END" and stack[-1] == end_state:
                if seen and marks is not None:
                    marks.extend(seen)
                return True

    while True:
        m = SKIP.match(text, pos)
        if m:
            pos = m.end()
        if pos >= n:
            if feed("$END"):
                return tokens
            raise GuardSyntaxError(f"SPARQL syntax error at {_position(text, pos)}: the query ends too early",
                                   tokens)
        first = None
        if not keywords_first:
            for mre in t.lexers[stack[-1]].scanner._mres:
                m = mre.match(text, pos)
                if m:
                    first = (m.lastgroup, m.group(0))
                    break
            if first and feed(first[0]):
                tokens.append((first[0], first[1], pos))
                pos += len(first[1])
                continue
        for kind, value in _candidates(t, text, pos, keywords_first):
            if (kind, value) != first and feed(kind):
                tokens.append((kind, value, pos))
                pos += len(value)
                break
        else:
            near = text[pos:pos + 20].split("\n")[0]
            raise GuardSyntaxError(f"SPARQL syntax error at {_position(text, pos)}: unexpected {near!r}", tokens)


def _candidates(t: _Tables, text: str, pos: int, keywords_first: bool):
    found = []
    for name, priority, pattern in t.patterns:
        m = pattern.match(text, pos)
        if m and m.end() > pos:
            found.append(((name in t.keywords) if keywords_first else 0, priority, m.end() - pos, name, m.group(0)))
    found.sort(reverse=True)
    return [(name, value) for *_, name, value in found]


# ---- the decision ----

def _iri(value: str) -> str:
    return unescape(value[1:-1])     # Oxigraph undoes \u escapes inside an IRI


def _resolve(iri: str, base: str | None) -> str:
    return urljoin(base, iri) if base and not SCHEME.match(iri) else iri


def _target(token: tuple[str, str, int], base: str | None, prefixes: dict[str, str]) -> str | None:
    kind, value, _ = token
    if kind == "IRIREF":
        return _resolve(_iri(value), base)
    if kind in ("PNAME_LN", "PNAME_NS"):
        prefix, _, local = value.partition(":")
        if prefix in prefixes:
            return prefixes[prefix] + LOCAL_ESCAPE.sub(r"\1", local)
    return None


class _Reading:
    """What one reading of the text contains: its Screening, the refusal it calls for, and whether it uses a
    prefix that is declared nowhere (then Oxigraph, which rejects such a name, cannot be reading it so)."""

    def __init__(self, tokens, marks, allowlist, graphs, base_iri, prefixes):
        self.found, self.refusal, self.undeclared = Screening(parsed=True), None, False
        base, declared = base_iri, dict(prefixes or {})
        default, named = [], []
        for i, (kind, value, _) in enumerate(tokens):
            if kind == "BASE":
                base = _resolve(_iri(tokens[i + 1][1]), base)
            elif kind == "PREFIX":
                declared[tokens[i + 1][1][:-1]] = _resolve(_iri(tokens[i + 2][1]), base)
            elif kind in ("PNAME_LN", "PNAME_NS") and value.partition(":")[0] not in declared:
                self.undeclared = prefixes is not None
            elif kind in FORMS and self.found.form is None:
                self.found.form = kind.lower()
            elif kind == "SERVICE":
                j = i + 2 if tokens[i + 1][0] == "SILENT" else i + 1
                if tokens[j][0] != "IRIREF" or _target(tokens[j], base, declared) not in allowlist:
                    self.refusal = self.refusal or NO_SERVICE + (
                        " (federation is limited to an allowlist of endpoint IRIs)" if allowlist else "")
            elif kind == "GRAPH":
                self.found.names_graphs = True
            elif kind == "FROM":
                self.found.has_dataset_clause = True
                j, into = (i + 2, named) if tokens[i + 1][0] == "NAMED" else (i + 1, default)
                target = _target(tokens[j], base, declared)
                if target is not None:
                    into.append(target)
                if graphs is not None and target not in graphs:
                    self.refusal = self.refusal or (
                        f"FROM {tokens[j][1]} names a graph this store does not hold; FROM and FROM NAMED select "
                        "among the store's own graphs and never fetch anything")
        self.found.dataset = (default, named)
        functions = set()
        for name, children, last in marks:
            if name == "where_clause":      # the query's own is reduced last (a sub-select's comes before)
                self.found.where = (tokens[children[-1]][2], tokens[last][2])
                self.found.where_select = tokens[children[-1] + 1][0] == "SELECT"
            elif len(children) == 2:        # iri arg_list: a call (an IRI alone is no call)
                token = tokens[children[0]]
                functions.add(_target(token, base, declared) or token[1])
        self.found.functions = frozenset(functions)


def _odd(tokens) -> bool:
    """A prefixed name whose prefix holds a guarded word or is not declared: a keyword may touch it."""
    declared = {value[:-1] for kind, value, _ in tokens if kind == "PNAME_NS"}
    return any(kind in ("PNAME_LN", "PNAME_NS") and (SUSPECT.search(value.partition(":")[0].lower())
                                                     or value.partition(":")[0] not in declared)
               for kind, value, _ in tokens)


def _read(text: str, allowlist, graphs, base_iri, prefixes) -> Screening:
    """One text, read as a query (longest tokens first, and keywords first where that differs), else as an
    update; refused if a reading Oxigraph could take is refused. The Screening is the first possible
    reading's, with the FROM graphs and the functions of every possible reading."""
    readings, error = [], None
    try:
        marks: list[Mark] = []
        tokens = parse(text, "query_unit", marks=marks)
        readings.append(_Reading(tokens, marks, allowlist, graphs, base_iri, prefixes))
    except GuardSyntaxError as exc:
        tokens, error = None, exc
    if tokens is None or _odd(tokens):
        try:
            marks = []
            other = parse(text, "query_unit", keywords_first=True, marks=marks)
            readings.append(_Reading(other, marks, allowlist, graphs, base_iri, prefixes))
        except GuardSyntaxError:
            pass
    if not readings:
        for keywords_first in (False, True):
            try:
                update = parse(text, "update_unit", keywords_first)
            except GuardSyntaxError as exc:     # an update with a mistake in it is still an update
                update = exc.tokens
            if any(kind in UPDATE_KEYWORDS for kind, _, _ in update):
                raise QueryRefused(READ_ONLY) from None
        assert error is not None, "no reading: the first parse failed"
        raise error
    possible = [r for r in readings if not r.undeclared] or readings
    for reading in possible:
        if reading.refusal:
            raise QueryRefused(reading.refusal)
    found = possible[0].found
    for reading in possible[1:]:
        _merge(found, reading.found)
    return found


def _merge(found: Screening, other: Screening) -> None:
    """What another possible reading of the same query adds: its FROM graphs and its function calls."""
    found.has_dataset_clause = found.has_dataset_clause or other.has_dataset_clause
    found.names_graphs = found.names_graphs or other.names_graphs
    found.dataset = tuple(mine + [g for g in theirs if g not in mine]       # both are (FROM, FROM NAMED)
                          for mine, theirs in zip(found.dataset, other.dataset, strict=True))
    found.functions = found.functions | other.functions


def screen(text: str, allowlist: tuple[str, ...] = (), graphs: frozenset[str] | None = None, *,
           base_iri: str | None = None, prefixes: dict[str, str] | None = None, full: bool = False) -> Screening:
    """Refuse SERVICE, updates and FROM outside `graphs` (QueryRefused), or non-SPARQL (GuardSyntaxError).

    `base_iri` and `prefixes` are what the engine is given with the query: they resolve FROM and SERVICE
    targets (`prefixes=None`: not known, so an undeclared prefix may be one of the engine's). `full`: parse
    even a query the fast path would pass, so that the Screening has the FROM graphs, the functions called
    and the WHERE group (api/service/remote.py needs them; a function call is no guarded word). Pure and
    thread-safe (the tables are read-only once built)."""
    lowered = text.lower()
    plain = unescape(text)
    if not full and not SUSPECT.search(lowered) and (plain is text or not SUSPECT.search(plain.lower())):
        m = PROLOGUE.match(text)
        if m:
            return Screening(form=m.group(1).lower())
        return _read(text, allowlist, graphs, base_iri, prefixes)
    try:
        found, error = _read(text, allowlist, graphs, base_iri, prefixes), None
    except GuardSyntaxError as exc:
        found, error = None, exc
    if plain != text:
        try:
            other = _read(plain, allowlist, graphs, base_iri, prefixes)
            if found is not None:
                found.functions = found.functions | other.functions
        except GuardSyntaxError:
            pass
    if error is not None:
        raise error
    assert found is not None, "read without a syntax error"
    return found
