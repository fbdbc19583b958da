"""The entity catalogue: every named entity with labels, types, places and industries, read once from
queries/api-catalogue.rq, and the search over it.

Search forgives (issue 14 §5). Every entity is indexed once under its forms: the Chinese label, its
altLabels, the short and full forms of an administrative division's name (GB/T 2260 division codes: 辽宁 and
辽宁省, 金州区 and 金州), the English label, the pinyin label, and the toneless reading of each Chinese form
(pypinyin). A query is folded the same way (lower case, tones and ü dots off, no spaces or hyphens; traditional
characters made simplified with OpenCC's t2s tables; `v` read as ü), and a Chinese query is also read aloud
(上海 → shanghai finds place/shanghai, labelled 沪 and Shanghai; 金洲湾 sounds like 金州湾). Matches rank
exact > prefix > word prefix > every query word > substring > fuzzy (optimal string alignment distance, i.e.
Levenshtein with transpositions, rapidfuzz: 1 edit up to 6 letters, 2 beyond; none under 4), a match through
the reading a little below the same match on the written form."""
from __future__ import annotations

import asyncio
import functools
import json
import re
import sys
import unicodedata
from dataclasses import dataclass, field

from api.iris import KINDS
from api.service.answers import CATALOGUE

# Match quality, best first: (name, score). Labels in the query's script score a little higher.
RANKS = {"exact": 100, "prefix": 80, "word": 60, "words": 50, "substring": 40, "fuzzy": 30, "some words": 20}
READING = 12       # a match through the query's pinyin reading scores this much below one on its characters
SORTS = ("id", "zh", "en", "pinyin", "kind")
ADMINISTRATIVE_DIVISION = "ontology#AdministrativeDivision"
SUFFIXES = ("省", "市", "区", "县")
# GB/T 2260: the four municipalities directly under the central government have province-level codes.
MUNICIPALITIES = ("11", "12", "31", "50")

SEPARATORS = re.compile(r"[\s\-'’·.,()（）、，—–“”\"]+")
CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")


@functools.cache
def nonspacing_marks() -> dict[int, None]:
    """A str.translate table deleting every nonspacing mark (Unicode category Mn), built once."""
    return {i: None for i in range(sys.maxunicode + 1) if unicodedata.category(chr(i)) == "Mn"}


def fold(text: str) -> str:
    """Lower case, tone marks and ü dots removed, spaces, hyphens and apostrophes dropped."""
    plain = unicodedata.normalize("NFD", text.lower()).translate(nonspacing_marks())
    return SEPARATORS.sub("", unicodedata.normalize("NFC", plain))


def words(text: str) -> list[str]:
    return [w for w in (fold(w) for w in SEPARATORS.split(text)) if w]


@functools.cache
def _t2s():
    from opencc import OpenCC  # opencc-python-reimplemented: OpenCC's own dictionaries, in pure Python
    return OpenCC("t2s")


def simplified(text: str) -> str:
    """Traditional characters as simplified ones (旅順 → 旅顺); other text unchanged."""
    return _t2s().convert(text) if CJK.search(text) else text


def reading(text: str) -> str:
    """The toneless pinyin of the Chinese characters in `text` (上海 → shang hai), other text kept."""
    from pypinyin import lazy_pinyin
    return " ".join(lazy_pinyin(text, v_to_u=True))


def division_forms(zh: str, code: str) -> list[str]:
    """The other official forms of an administrative division's Chinese name: with its level's suffix
    (辽宁 + 省 for a province-level code NN0000, 市 for a prefecture NNNN00) or without it (金州区 → 金州)."""
    if zh.endswith(SUFFIXES) and len(zh) > 2:
        return [zh[:-1]]
    if len(code) == 6 and code.isdigit():
        if code.endswith("0000"):
            return [zh + ("市" if code[:2] in MUNICIPALITIES else "省")]
        if code.endswith("00"):
            return [zh + "市"]
    return []


@dataclass
class Key:
    folded: str
    words: list[str]
    label: str           # the form as written (shown as `matched`)
    sound: bool = False  # a reading, compared with the reading of a Chinese query


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
    code: str = ""           # GB/T 2260 division code, for administrative divisions
    keys: list[Key] = field(default_factory=list)

    def summary(self, type_name) -> dict:
        return {"id": self.ref, "iri": self.iri, "kind": self.kind,
                "labels": {"zh": self.zh, "en": self.en or None, "pinyin": self.pinyin or None},
                "aliases": self.aliases, "types": [type_name(t) for t in self.types]}

    def index(self) -> None:
        chinese = [self.zh, *self.aliases]
        if self.code or any(t.endswith(ADMINISTRATIVE_DIVISION) for t in self.types):
            chinese += [f for zh in chinese for f in division_forms(zh, self.code)]
        seen = set()
        for label in [*chinese, self.en, self.pinyin]:
            if label and label not in seen:
                seen.add(label)
                self.keys.append(Key(fold(label), words(label), label))
        written = {k.folded for k in self.keys}
        for label in chinese:
            sound = reading(label)
            if label and fold(sound) not in written:
                written.add(fold(sound))
                self.keys.append(Key(fold(sound), words(sound), label, sound=True))


def fuzzy_limit(n: int) -> int:
    """The edits a folded query word of n letters may be away from a word of a label."""
    return 0 if n < 4 else 1 if n <= 6 else 2


@dataclass
class Catalogue:
    entries: list[Entry]
    by_ref: dict[str, Entry]
    vocabulary: dict[str, set[int]] = field(default_factory=dict)   # folded word → entries (by position) having it

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
                      sorted(i.removeprefix(prefix) for i in val("industries").split()), val("code"))
            e.index()
            entries.append(e)
        entries.sort(key=lambda e: e.ref)
        vocabulary: dict[str, set[int]] = {}
        for n, e in enumerate(entries):
            for k in e.keys:
                for w in {k.folded, *k.words}:
                    vocabulary.setdefault(w, set()).add(n)
        return cls(entries, {e.ref: e for e in entries}, vocabulary)

    def near(self, needles: list[str]) -> dict[int, tuple[int, str]]:
        """Entries with a word within the fuzzy limit of one of the needles: position → (edits, word)."""
        from rapidfuzz import process
        from rapidfuzz.distance import OSA
        found: dict[int, tuple[int, str]] = {}
        for needle in needles:
            limit = fuzzy_limit(len(needle))
            if not limit:
                continue
            for word, edits, _ in process.extract(needle, self.vocabulary.keys(), scorer=OSA.distance,
                                                  score_cutoff=limit, limit=None):
                for n in self.vocabulary[word]:
                    if n not in found or edits < found[n][0]:
                        found[n] = (edits, word)
        return found

    def search(self, q: str, limit: int = 20, kind: str | None = None) -> list[tuple[Entry, float, str, str]]:
        written = simplified(q.strip())
        needle = fold(written)
        if not needle:
            return []
        toned = written.lower()
        latin = not CJK.search(written)
        # the forms of the query: as written; pinyin's ü typed as v (lvshun); read aloud when Chinese
        forms = [(needle, words(written), False)]
        if latin and "v" in needle:
            forms.append((needle.replace("v", "u"), [w.replace("v", "u") for w in words(written)], True))
        if not latin:
            sound = reading(written)
            forms.append((fold(sound), words(sound), True))
        # typos are looked for in Latin queries only (a Chinese query's reading would find near-homophones)
        fuzzy = self.near([f[0] for f in forms]) if latin else {}
        hits = []
        for n, e in enumerate(self.entries):
            if kind and e.kind != kind:
                continue
            best = None
            for k in e.keys:
                for folded, parts, heard in forms:
                    how = match(folded, parts if latin else [folded], k)
                    if how is None:
                        continue
                    if how == "some words":
                        matched = sum(any(w.startswith(p) for w in k.words) for p in parts)
                        score = RANKS[how] * matched / len(parts)
                    else:
                        score = RANKS[how] - min(len(k.folded) - len(folded), 30) * 0.5
                    if heard or k.sound:
                        score -= READING
                    elif toned and toned in k.label.lower():
                        score += 5   # the query matches as written (Chinese, or pinyin with its tones)
                    if best is None or score > best[0]:
                        best = (score, how, k.label)
            if n in fuzzy:
                edits, word = fuzzy[n]
                k = min((k for k in e.keys if word == k.folded or word in k.words), key=lambda k: len(k.folded))
                score = RANKS["fuzzy"] - 8 * edits - min(len(k.folded) - len(word), 30) * 0.25
                if best is None or score > best[0]:
                    best = (score, "fuzzy", k.label)
            if best and best[0] > 0:
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
            needle = fold(simplified(text))
            out = [e for e in out if any(needle in k.folded for k in e.keys if not k.sound)]
        return out


def match(needle: str, parts: list[str], key: Key) -> str | None:
    """How a folded query (and its words) matches one indexed form, or None."""
    if key.folded == needle:
        return "exact"
    if key.folded.startswith(needle):
        return "prefix"
    if any(p.startswith(needle) for p in key.words):
        return "word"
    if len(parts) > 1 and all(any(w.startswith(p) for w in key.words) for p in parts):
        return "words"
    if needle in key.folded:
        return "substring"
    if len(parts) > 1 and any(len(p) >= 3 and any(w.startswith(p) for w in key.words) for p in parts):
        return "some words"
    return None


def sort_entries(entries: list[Entry], sort: str) -> list[Entry]:
    descending = sort.startswith("-")
    key = sort.lstrip("-+")
    if key not in SORTS:
        raise ValueError(f"sort must be one of {', '.join(SORTS)} (prefix - for descending)")
    field_of = {"id": lambda e: e.ref, "zh": lambda e: e.zh, "en": lambda e: (e.en or "").lower(),
                "pinyin": lambda e: fold(e.pinyin), "kind": lambda e: (e.kind, e.ref)}[key]
    return sorted(entries, key=field_of, reverse=descending)


async def load_catalogue(engine) -> Catalogue:
    """The catalogue of the store being served, built once per process (engine.once) and kept."""
    async def load():
        # One query for the whole catalogue: it grows with the corpus (~3 s at 100 reports, 30–90 s at 1,000),
        # so it gets the longest time limit the service allows (GWR_MAX_QUERY_TIMEOUT) instead of the
        # per-request one; an on-disk store carries its answer, computed when the store was written
        # (api/service/answers.py). The JSON is parsed off the loop.
        loop = asyncio.get_running_loop()
        query = engine.canned[CATALOGUE]
        saved = engine.saved_answer(query, {})
        if saved is not None:
            body = await loop.run_in_executor(None, saved.serialize, "json")
        else:
            answer = await engine.run(query.text, results="json", timeout=engine.settings.max_query_timeout)
            body = await answer.body()
        return await loop.run_in_executor(None, build_catalogue, body, engine.settings.base_iri)
    return await engine.once("catalogue", load)


def build_catalogue(body: bytes, base_iri: str) -> Catalogue:
    return Catalogue.from_rows(json.loads(body)["results"]["bindings"], base_iri)


# ---- entities that only the drafted graphs name (issue 13): the catalogue is the reviewed graphs' ----

DRAFTED_KEPT = 1024      # drafted look-ups remembered per engine (found or not: a served store never changes)


def drafted_query(iris: list[str], base_iri: str) -> str:
    """One SELECT naming which of `iris` (checked entity IRIs, tried in this order) a graph names: as the subject of
    a triple (a proposed indicator's skos:prefLabel, a candidate's rdfs:label) or as what a fact is about or
    measures (gwr:about, gwr:indicator: a drafted report's place). Each IRI is a constant in its own subquery with
    LIMIT 1 (SPARQL 1.1 Query §12, §15.5; its projection an expression, §18.2.4.4), so an engine starts from the
    IRI and stops at its first triple: a few index look-ups, whatever the size of the drafted corpus."""
    gwr = base_iri + "ontology#"
    parts = [f"{{ SELECT (<{iri}> AS ?entity) WHERE {{ {{ <{iri}> ?p ?o }} UNION {{ ?fact <{gwr}about> <{iri}> }} "
             f"UNION {{ ?fact <{gwr}indicator> <{iri}> }} }} LIMIT 1 }}" for iri in iris]
    return "SELECT ?entity WHERE { " + " UNION ".join(parts) + " }"


async def drafted_entity(engine, refs: list[str]) -> str | None:
    """The first of `refs` (kind/key, in the order a request's identifier tries them) that the drafted graphs name,
    or None: one query over the drafted set (api/graphsets.py), run by the engine like any other (in a worker or on
    the remote endpoint, under the request's time limit), its answer remembered."""
    if not refs:
        return None
    iris = [engine.iri(ref) for ref in refs]

    async def compute() -> str | None:
        answer = await engine.run(drafted_query(iris, engine.settings.base_iri), results="json", graphs="drafted")
        found = {b["entity"]["value"] for b in json.loads(await answer.body())["results"]["bindings"] if "entity" in b}
        return next((r for r, iri in zip(refs, iris, strict=True) if iri in found), None)
    return await engine.recent("catalogue.drafted", tuple(refs), compute, DRAFTED_KEPT)
