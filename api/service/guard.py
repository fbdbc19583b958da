"""What a SPARQL query may do here, decided before it runs.

Oxigraph would evaluate SERVICE by sending an HTTP request, and it lets a query's FROM clause replace
the service's default graph (the union of all named graphs). A small lexer finds the keywords that
matter — outside strings, IRIs and comments, after undoing \\u escapes, in any letter case — so that

- SERVICE is refused unless its IRI is on the federation allowlist (empty by default; a variable or a
  prefixed name is never allowed);
- FROM / FROM NAMED only select graphs already in the store (Oxigraph never dereferences them) and turn
  off the union default graph, as SPARQL requires;
- update keywords give a clear "read-only" message instead of a bare syntax error.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

TOKEN = re.compile(
    r"""
      (?P<space>\s+)
    | (?P<comment>\#[^\n\r]*)
    | (?P<string>'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\"|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*")
    | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)
    | (?P<var>[?$][\w\u00b7\u0300-\u036f\u203f-\u2040]+)
    | (?P<pname>[^\W\d][\w.\-]*:[\w.\-:%\\]*|:[\w.\-:%\\]*)
    | (?P<word>[^\W\d]\w*)
    | (?P<other>.)
    """,
    re.VERBOSE | re.DOTALL,
)
ESCAPE = re.compile(r"\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})")
UPDATE_WORDS = {"insert", "delete", "load", "clear", "drop", "create", "add", "move", "copy", "with"}
QUERY_FORMS = {"select", "construct", "describe", "ask"}
# A cheap, conservative pre-check, run on the lower-cased query (the lexer compares words lower-cased
# too; re.IGNORECASE would cost 15× more): a word token equal to one of these keywords ends where a
# match of SUSPECT ends, so a query without a match has none of them; a match inside a string, an IRI
# or a longer word only sends the query through the full lexer.
SUSPECT = re.compile(r"(?:service|from|" + "|".join(sorted(UPDATE_WORDS)) + r")(?!\w)")


class QueryRefused(ValueError):
    """A query this service will not run; the message says why."""


@dataclass
class Screening:
    form: str | None = None                  # select / construct / describe / ask
    has_dataset_clause: bool = False         # FROM or FROM NAMED present
    services: list[str] = field(default_factory=list)  # SERVICE targets as written


def unescape(text: str) -> str:
    """SPARQL applies \\uXXXX and \\UXXXXXXXX escapes before parsing (SPARQL 1.1 §19.2)."""
    if "\\" not in text:
        return text

    def repl(m: re.Match) -> str:
        code = int(m.group(1) or m.group(2), 16)
        return chr(code) if code <= 0x10FFFF else m.group(0)
    return ESCAPE.sub(repl, text)


def tokens(text: str):
    return lex(unescape(text))


def lex(text: str):
    """The tokens of text whose escapes are already undone."""
    for m in TOKEN.finditer(text):
        kind = m.lastgroup
        if kind in ("space", "comment"):
            continue
        yield kind, m.group(0)


def screen(text: str, allowlist: tuple[str, ...] = ()) -> Screening:
    """Look at a query's keywords; raise QueryRefused for updates and non-allowlisted SERVICE."""
    found = Screening()
    text = unescape(text)
    if not SUSPECT.search(text.lower()):
        # No word that could be SERVICE, FROM or an update keyword anywhere (not even inside a string):
        # only the query form is left to find, and it comes right after the prologue.
        for kind, value in lex(text):
            if kind == "word" and value.lower() in QUERY_FORMS:
                found.form = value.lower()
                break
        return found
    toks = list(lex(text))
    for i, (kind, value) in enumerate(toks):
        if kind != "word":
            continue
        word = value.lower()
        if found.form is None and word in QUERY_FORMS:
            found.form = word
        elif found.form is None and word in UPDATE_WORDS:
            raise QueryRefused("this endpoint is read-only: SPARQL Update is not accepted")
        elif word == "from":
            found.has_dataset_clause = True
        elif word == "service":
            j = i + 1
            if j < len(toks) and toks[j][0] == "word" and toks[j][1].lower() == "silent":
                j += 1
            target_kind, target = toks[j] if j < len(toks) else ("other", "")
            found.services.append(target)
            if target_kind != "iri" or target[1:-1] not in allowlist:
                raise QueryRefused(
                    "SERVICE is not allowed: this endpoint does not send requests to other endpoints"
                    + (" (federation is limited to an allowlist of endpoint IRIs)" if allowlist else ""))
    return found
