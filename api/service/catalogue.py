"""The entity catalogue: every named entity with labels, types, places and industries, read once from
queries/api-catalogue.rq, and the search over it (Chinese, English, pinyin with or without tones;
exact, prefix, word-prefix and substring matches, ranked in that order)."""
from __future__ import annotations

import functools
import re
import sys
import unicodedata
from dataclasses import dataclass, field

from api.iris import KINDS

# Match quality, best first: (name, score). Labels in the query's script score a little higher.
RANKS = {"exact": 100, "prefix": 80, "word": 60, "substring": 40}
SORTS = ("id", "zh", "en", "pinyin", "kind")


SEPARATORS = re.compile(r"[\s\-'’·.,()]+")


@functools.cache
def nonspacing_marks() -> dict[int, None]:
    """A str.translate table deleting every nonspacing mark (Unicode category Mn), built once."""
    return {i: None for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Mn"}


def fold(text: str) -> str:
    """Lower case, tone marks and ü dots removed, spaces, hyphens and apostrophes dropped."""
    plain = unicodedata.normalize("NFD", text.lower()).translate(nonspacing_marks())
    return SEPARATORS.sub("", unicodedata.normalize("NFC", plain))


def words(text: str) -> list[str]:
    return [fold(w) for w in re.split(r"[\s\-'’·,()]+", text) if w]


@dataclass
class Entry:
    iri: str
    ref: str                 # kind/key
    kind: str
    zh: str
    en: str = ""
    pinyin: str = ""
    aliases: list[str] = field(default_factory=list)
    types: list[str] = field(default_factory=list)
    places: list[str] = field(default_factory=list)
    industries: list[str] = field(default_factory=list)
    keys: list[tuple[str, list[str], str]] = field(default_factory=list)  # (folded, folded words, label)

    def summary(self, type_name) -> dict:
        return {"id": self.ref, "iri": self.iri, "kind": self.kind,
                "labels": {"zh": self.zh, "en": self.en or None, "pinyin": self.pinyin or None},
                "aliases": self.aliases, "types": [type_name(t) for t in self.types]}


@dataclass
class Catalogue:
    entries: list[Entry]
    by_ref: dict[str, Entry]

    @classmethod
    def from_rows(cls, rows: list[dict], base_iri: str) -> Catalogue:
        entries = []
        prefix = base_iri + "id/"
        for row in rows:
            iri = row["entity"]["value"]
            ref = iri.removeprefix(prefix)
            kind = ref.split("/", 1)[0]
            if not iri.startswith(prefix) or kind not in KINDS or "/" not in ref:
                continue
            val = lambda name, row=row: row[name]["value"] if name in row else ""  # noqa: E731
            # GROUP_CONCAT's order is the engine's (it differs between Oxigraph in memory, on disk and
            # Virtuoso): sorted, every engine gives the same entries.
            e = Entry(iri, ref, kind, val("zh"), val("en"), val("pinyin"),
                      sorted(a for a in val("aliases").split("|") if a), sorted(val("types").split()),
                      sorted(p.removeprefix(prefix) for p in val("places").split()),
                      sorted(i.removeprefix(prefix) for i in val("industries").split()))
            for label in [e.zh, *e.aliases, e.en, e.pinyin]:
                if label:
                    e.keys.append((fold(label), words(label), label))
            entries.append(e)
        entries.sort(key=lambda e: e.ref)
        return cls(entries, {e.ref: e for e in entries})

    def search(self, q: str, limit: int = 20, kind: str | None = None) -> list[tuple[Entry, float, str, str]]:
        needle = fold(q)
        if not needle:
            return []
        toned = q.strip().lower()
        hits = []
        for e in self.entries:
            if kind and e.kind != kind:
                continue
            best = None
            for folded, parts, label in e.keys:
                if folded == needle:
                    how = "exact"
                elif folded.startswith(needle):
                    how = "prefix"
                elif any(p.startswith(needle) for p in parts):
                    how = "word"
                elif needle in folded:
                    how = "substring"
                else:
                    continue
                score = RANKS[how] - min(len(folded) - len(needle), 30) * 0.5
                if toned and toned in label.lower():
                    score += 5   # the query matches as written (Chinese, or pinyin with its tones)
                if best is None or score > best[0]:
                    best = (score, how, label)
            if best:
                hits.append((e, best[0], best[1], best[2]))
        hits.sort(key=lambda h: (-h[1], len(h[0].zh), h[0].ref))
        return hits[:limit]

    def filter(self, *, kind=None, type_iri=None, district=None, industry=None, text=None) -> list[Entry]:
        out = self.entries
        if kind:
            out = [e for e in out if e.kind == kind]
        if type_iri:
            out = [e for e in out if type_iri in e.types]
        if district:
            out = [e for e in out if district in e.places or e.ref == district]
        if industry:
            out = [e for e in out if industry in e.industries]
        if text:
            needle = fold(text)
            out = [e for e in out if any(needle in k[0] for k in e.keys)]
        return out


def sort_entries(entries: list[Entry], sort: str) -> list[Entry]:
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)} (prefix - for descending)")
    field_of = {"id": lambda e: e.ref, "zh": lambda e: e.zh, "en": lambda e: (e.en or "").lower(),
                "pinyin": lambda e: fold(e.pinyin), "kind": lambda e: (e.kind, e.ref)}[key]
    return sorted(entries, key=field_of, reverse=descending)
