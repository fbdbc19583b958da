"""Curated records (YAML) → checked records. The rules are those of docs/records.md.

Every problem is collected with its file, its record and the reason; the build stops when there is
any, so the graph is never silently partial. An entity a report's records use must be named in that
report's text: by a proper name of the registry or by one of the report's relative names (report.yaml).
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from api.iris import KINDS
from api.numbers import NumberError, Written, parse
from api.source import Report
from api.vocab import Vocabulary

SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml when the wheel has it: 10× faster
REF = re.compile(rf"^({'|'.join(KINDS)})/[a-z0-9]+(?:-[a-z0-9]+)*$")
RECORD_ID = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")

ENTITY_FIELDS = {"id": True, "types": True, "zh": True, "en": False, "pinyin": False, "aliases": False,
                 "broader": False, "code": False, "code_valid_from": False, "wikidata": False,
                 "part_of": False, "note": False, "zh_relative": False,
                 "lower_is_better": False}
SPAN = {"quote": True, "start": True, "end": True, "note": False}
MODALITY = {"modality": False, "modality_written": False}
FACT_FIELDS = {**SPAN, **MODALITY, "id": True, "kind": True, "indicator": True, "about": False, "value": True,
               "comparison": True, "comparison_written": False, "measure": True, "direction": False,
               "direction_written": False, "period": True, "period_end": False, "baseline": False, "order": False}
AIM_FIELDS = {**SPAN, **MODALITY, "id": True, "indicator": True, "about": False, "period": True, "period_end": False}
STATUS_FIELDS = {**SPAN, "id": True, "entity": True, "status": True, "written": True, "period": True}
COMMITMENT_FIELDS = {**SPAN, "id": True, "entities": True, "action": True, "status": False, "period": True}
RELATION_FIELDS = {**SPAN, "subject": True, "predicate": True, "object": True}
LISTS = {"facts": FACT_FIELDS, "aims": AIM_FIELDS, "statuses": STATUS_FIELDS, "commitments": COMMITMENT_FIELDS,
         "relations": RELATION_FIELDS}


@dataclass
class Problem:
    file: str
    record: str
    reason: str

    def __str__(self) -> str:
        return f"{self.file}: {self.record}: {self.reason}"


class RecordsError(Exception):
    """The curated records do not hold; `problems` says where and why."""

    def __init__(self, problems: list[Problem]):
        self.problems = problems
        super().__init__("\n".join(str(p) for p in problems))


@dataclass
class Entity:
    id: str
    types: list[str]
    zh: str
    file: str
    en: str = ""
    pinyin: str = ""
    aliases: list[str] = field(default_factory=list)
    broader: list[str] = field(default_factory=list)
    code: str = ""
    code_valid_from: int | None = None
    wikidata: str = ""
    part_of: str = ""
    note: str = ""
    zh_relative: bool = False   # zh means something only relative to the speaker (市政府): a label, no name
    lower_is_better: bool = False   # indicators only: a target is a ceiling however worded (CPI, unemployment)

    @property
    def proper_names(self) -> list[str]:
        """The names that pick this entity out in any report's text; relative names come from report.yaml."""
        return [*([] if self.zh_relative else [self.zh]), *self.aliases]

    @property
    def kind(self) -> str:
        return self.id.split("/", 1)[0]

    @property
    def key(self) -> str:
        return self.id.split("/", 1)[1]


@dataclass
class Record:
    """One checked report record: its list (facts, statuses…), its fields and what the checks derived."""
    list: str
    data: dict[str, Any]
    file: str
    paragraph: int
    written: Written | None = None
    label: str = ""             # how problems name it: its id, else its list and position (relations[3])

    def __getitem__(self, key: str) -> Any:
        return self.data[key]

    def get(self, key: str, default: Any = None) -> Any:
        value = self.data.get(key)
        return default if value in (None, "") else value


@dataclass
class Records:
    entities: dict[str, Entity]
    records: list[Record]

    def of(self, name: str) -> list[Record]:
        return [r for r in self.records if r.list == name]


def read_yaml(path: Path, root: Path, problems: list[Problem]) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=SAFE_LOADER)
    except (yaml.YAMLError, UnicodeDecodeError) as exc:
        problems.append(Problem(rel(path, root), "(file)", f"not readable YAML: {exc}"))
        return None


def rel(path: Path, root: Path) -> str:
    try:
        return str(path.relative_to(root))
    except ValueError:
        return str(path)


def check_fields(item: Any, spec: dict[str, bool], where: tuple[str, str], problems: list[Problem]) -> bool:
    if not isinstance(item, dict):
        problems.append(Problem(*where, "a record must be a mapping"))
        return False
    ok = True
    for key in item:
        if key not in spec:
            problems.append(Problem(*where, f"unknown field {key!r}"))
            ok = False
    for key, required in spec.items():
        if required and item.get(key) in (None, "", []):
            problems.append(Problem(*where, f"missing field {key!r}"))
            ok = False
    return ok


def load_entities(directory: Path, root: Path, vocab: Vocabulary, problems: list[Problem]) -> dict[str, Entity]:
    entities: dict[str, Entity] = {}
    for path in sorted(directory.glob("*.yaml")):
        items = read_yaml(path, root, problems)
        if items is None:
            continue
        if not isinstance(items, list):
            problems.append(Problem(rel(path, root), "(file)", "an entity file is a YAML list"))
            continue
        for n, item in enumerate(items, start=1):
            label = item.get("id", f"#{n}") if isinstance(item, dict) else f"#{n}"
            where = (rel(path, root), f"entity {label}")
            if not check_fields(item, ENTITY_FIELDS, where, problems):
                continue
            if not REF.match(item["id"]):
                problems.append(Problem(*where, "id must be kind/key with a known kind and a lower-case key"))
                continue
            if item["id"] in entities:
                problems.append(Problem(*where, f"defined again (first in {entities[item['id']].file})"))
                continue
            types = item["types"] if isinstance(item["types"], list) else [item["types"]]
            for t in types:
                if vocab.classes and t not in vocab.classes:
                    problems.append(Problem(*where, f"unknown type {t!r} (not a class of ontology/gwr.ttl)"))
            code = str(item.get("code") or "")
            if code and not re.fullmatch(r"\d{6}", code):
                problems.append(Problem(*where, f"division code {code!r} is not six digits"))
            wikidata = str(item.get("wikidata") or "")
            if wikidata and not re.fullmatch(r"Q[1-9]\d*", wikidata):
                problems.append(Problem(*where, f"Wikidata id {wikidata!r} is not a Q-number"))
            for flag in ("zh_relative", "lower_is_better"):
                if not isinstance(item.get(flag, False), bool):
                    problems.append(Problem(*where, f"{flag} is true or false"))
            entities[item["id"]] = Entity(
                id=item["id"], types=types, zh=str(item["zh"]), file=rel(path, root),
                en=str(item.get("en") or ""), pinyin=str(item.get("pinyin") or ""),
                aliases=[str(a) for a in item.get("aliases") or []],
                broader=list(item.get("broader") or []), code=code,
                code_valid_from=item.get("code_valid_from"), wikidata=wikidata,
                part_of=str(item.get("part_of") or ""), note=str(item.get("note") or ""),
                zh_relative=item.get("zh_relative") is True, lower_is_better=item.get("lower_is_better") is True)
    for e in entities.values():
        for ref in [*e.broader, *([e.part_of] if e.part_of else [])]:
            if ref not in entities:
                problems.append(Problem(e.file, f"entity {e.id}", f"refers to unknown entity {ref!r}"))
    return entities


def check_span(item: dict, report: Report, where: tuple[str, str], problems: list[Problem]) -> int | None:
    """The quote must stand at its offsets, inside one paragraph. Returns the paragraph number."""
    quote, start, end = str(item["quote"]), item["start"], item["end"]
    if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start < end <= len(report.text):
        problems.append(Problem(*where, f"offsets {start!r}..{end!r} are not a span of the cleaned text"))
        return None
    found = report.text[start:end]
    if found != quote:
        hint = report.text.find(quote)
        problems.append(Problem(*where, f"quote {quote!r} is not at {start}..{end} (the text there is {found!r}"
                                        + (f"; the quote first occurs at {hint}..{hint + len(quote)})" if hint >= 0
                                           else "; the quote is nowhere in the text)")))
        return None
    paragraph = report.paragraph_at(start, end)
    if paragraph is None:
        problems.append(Problem(*where, "the quote runs across paragraphs"))
        return None
    return paragraph.number


def pieces_in(phrase: str, quote: str) -> bool:
    """Every …-separated piece of a phrase as written occurs in the quote, in order."""
    at = 0
    for piece in (p for p in re.split(r"…+|\.\.\.", phrase) if p):
        at = quote.find(piece, at)
        if at < 0:
            return False
        at += len(piece)
    return True


def check_ref(ref: Any, entities: dict[str, Entity], kind: str | None, where: tuple[str, str],
              problems: list[Problem]) -> None:
    if not isinstance(ref, str) or ref not in entities:
        problems.append(Problem(*where, f"unknown entity {ref!r}"))
    elif kind and not ref.startswith(kind + "/"):
        problems.append(Problem(*where, f"{ref!r} is not a {kind}"))


def check_concept(vocab: Vocabulary, scheme: str, key: Any, where: tuple[str, str], problems: list[Problem],
                  required: bool = True) -> None:
    if key in (None, "") and not required:
        return
    if vocab.concept(scheme, str(key)) is None:
        allowed = ", ".join(sorted(vocab.schemes.get(scheme, {})))
        problems.append(Problem(*where, f"unknown {scheme} {key!r} (one of: {allowed})"))


def check_fact(item: dict, rec: Record, vocab: Vocabulary, entities: dict[str, Entity], report: Report,
               where: tuple[str, str], problems: list[Problem]) -> None:
    if item["kind"] not in ("result", "target"):
        problems.append(Problem(*where, f"kind {item['kind']!r} is neither result nor target"))
    check_ref(item["indicator"], entities, "indicator", where, problems)
    check_ref(item.get("about") or report.meta["place"], entities, None, where, problems)
    quote, value = str(item["quote"]), str(item["value"])
    if value not in quote:
        problems.append(Problem(*where, f"value {value!r} is not inside the quote {quote!r}"))
    try:
        rec.written = parse(value)
    except NumberError as exc:
        problems.append(Problem(*where, str(exc)))
    else:
        if rec.written.unit not in vocab.units:
            problems.append(Problem(*where, f"unit {rec.written.unit!r} is not in the unit table (ontology/units.ttl)"))
        if rec.written.more and item["comparison"] not in ("more-than", "at-least", "about"):
            problems.append(Problem(*where, f"{rec.written.more} means more than the number: comparison more-than "
                                            f"(with comparison_written {rec.written.more})"))
        if rec.written.is_range != (item["comparison"] == "range"):
            problems.append(Problem(*where, "a range value goes with comparison 'range', and only a range"))
    check_concept(vocab, "comparison", item["comparison"], where, problems)
    written = str(item.get("comparison_written") or "")
    if item["comparison"] not in ("exactly", "range") and not written:
        problems.append(Problem(*where, "comparison_written is required when the comparison is not exactly"))
    if written and not pieces_in(written, quote):
        problems.append(Problem(*where, f"comparison_written {written!r} is not inside the quote"))
    check_concept(vocab, "measure", item["measure"], where, problems)
    check_concept(vocab, "direction", item.get("direction"), where, problems, required=False)
    direction_written = str(item.get("direction_written") or "")
    if direction_written and direction_written not in quote:
        problems.append(Problem(*where, f"direction_written {direction_written!r} is not inside the quote"))
    if item["measure"] in ("growth", "average-growth", "change") and not item.get("direction"):
        problems.append(Problem(*where, "a growth or change needs a direction (an average growth too)"))
    baseline = str(item.get("baseline") or "")
    if baseline:
        key, _, year = baseline.partition(":")
        check_concept(vocab, "baseline", key, where, problems)
        if key in ("cumulative-since", "level-of") and not re.fullmatch(r"\d{4}", year):
            problems.append(Problem(*where, f"baseline {baseline!r} needs a year, e.g. {key}:2020"))
        if year and year not in quote:
            problems.append(Problem(*where, f"baseline year {year} is not inside the quote"))
    if item["measure"] == "average-growth" and not item.get("period_end"):
        problems.append(Problem(*where, "an average growth spans years: it needs period_end"))
    check_period(item, report, where, problems)
    check_modality(item, vocab, where, problems)


def check_period(item: dict, report: Report, where: tuple[str, str], problems: list[Problem]) -> None:
    if not isinstance(item["period"], int) or not 1949 <= item["period"] <= 2100:
        problems.append(Problem(*where, f"period {item['period']!r} is not a year"))
    end = item.get("period_end")
    if end is not None and (not isinstance(end, int) or not isinstance(item["period"], int) or end <= item["period"]):
        problems.append(Problem(*where, f"period_end {end!r} is not a year after period"))


def check_modality(item: dict, vocab: Vocabulary, where: tuple[str, str], problems: list[Problem]) -> None:
    """力争/预计/初步核算: the modality from its scheme, with its words as written inside the quote."""
    check_concept(vocab, "modality", item.get("modality"), where, problems, required=False)
    written = str(item.get("modality_written") or "")
    if bool(item.get("modality")) != bool(written):
        problems.append(Problem(*where, "modality and modality_written go together"))
    elif written and written not in str(item["quote"]):
        problems.append(Problem(*where, f"modality_written {written!r} is not inside the quote"))


def check_record(rec: Record, vocab: Vocabulary, entities: dict[str, Entity], report: Report,
                 where: tuple[str, str], problems: list[Problem]) -> None:
    """The checks of one record's list (facts, statuses, commitments, relations)."""
    item = rec.data
    if rec.list == "facts":
        check_fact(item, rec, vocab, entities, report, where, problems)
    elif rec.list == "aims":
        check_ref(item["indicator"], entities, "indicator", where, problems)
        check_ref(item.get("about") or report.meta["place"], entities, None, where, problems)
        check_period(item, report, where, problems)
        check_modality(item, vocab, where, problems)
    elif rec.list == "statuses":
        check_ref(item["entity"], entities, None, where, problems)
        check_concept(vocab, "project-status", item["status"], where, problems)
        if str(item["written"]) not in str(item["quote"]):
            problems.append(Problem(*where, f"written {item['written']!r} is not inside the quote"))
        check_period(item, report, where, problems)
    elif rec.list == "commitments":
        for ref in item["entities"]:
            check_ref(ref, entities, None, where, problems)
        check_concept(vocab, "project-status", item.get("status"), where, problems, required=False)
        if not pieces_in(str(item["action"]), str(item["quote"])):
            problems.append(Problem(*where, f"action {item['action']!r} is not inside the quote"))
        check_period(item, report, where, problems)
    elif rec.list == "relations":
        check_ref(item["subject"], entities, None, where, problems)
        check_ref(item["object"], entities, None, where, problems)
        if item["predicate"] not in vocab.relations:
            problems.append(Problem(*where, f"unknown predicate {item['predicate']!r} "
                                            f"(one of: {', '.join(vocab.relations)})"))


def load_report_records(report: Report, root: Path, vocab: Vocabulary, entities: dict[str, Entity],
                        problems: list[Problem]) -> list[Record]:
    records: list[Record] = []
    seen: dict[str, str] = {}
    for path in sorted((report.root / "records").glob("*.yaml")):
        doc = read_yaml(path, root, problems)
        if doc is None:
            continue
        file = rel(path, root)
        if not isinstance(doc, dict):
            problems.append(Problem(file, "(file)",
                                    "a records file is a mapping of lists "
                                    "(facts, aims, statuses, commitments, relations)"))
            continue
        for name, items in doc.items():
            if name not in LISTS:
                problems.append(Problem(file, "(file)", f"unknown list {name!r}"))
                continue
            for n, item in enumerate(items or [], start=1):
                label = (item.get("id") if isinstance(item, dict) else None) or f"{name}[{n}]"
                where = (file, label)
                if not check_fields(item, LISTS[name], where, problems):
                    continue
                if "id" in item:
                    if not RECORD_ID.match(str(item["id"])):
                        problems.append(Problem(*where, "id must be lower-case ASCII words joined by '-'"))
                    if item["id"] in seen:
                        problems.append(Problem(*where, f"id used again (first in {seen[item['id']]})"))
                    seen[item["id"]] = file
                paragraph = check_span(item, report, where, problems)
                if paragraph is None:
                    continue
                rec = Record(name, item, file, paragraph, label=label)
                check_record(rec, vocab, entities, report, where, problems)
                records.append(rec)
    return records


def check_relative_names(report: Report, root: Path, entities: dict[str, Entity], problems: list[Problem]) -> None:
    """report.yaml `relative_names`: a mapping of names that only mean something relative to the speaker
    (全市, 市政府) to the entity they name in this report; never a proper name of the registry."""
    where = (rel(report.root / "report.yaml", root), "relative_names")
    table = report.meta.get("relative_names") or {}
    if not isinstance(table, dict):
        problems.append(Problem(*where, "relative_names is a mapping of name to entity (全市: place/…)"))
        return
    proper = {name: e.id for e in entities.values() for name in e.proper_names}
    for name, ref in table.items():
        check_ref(ref, entities, None, (where[0], f"relative name {name!r}"), problems)
        if str(name) in proper:
            problems.append(Problem(where[0], f"relative name {name!r}",
                                    f"is a proper name of {proper[str(name)]} in the registry"))


def refs_of(rec: Record, report: Report) -> list[str]:
    """The entities a record uses."""
    if rec.list in ("facts", "aims"):
        return [rec["indicator"], rec.get("about") or report.meta["place"]]
    if rec.list == "statuses":
        return [rec["entity"]]
    if rec.list == "commitments":
        return list(rec["entities"])
    return [rec["subject"], rec["object"]]


def names_in(e: Entity, report: Report) -> list[str]:
    """An entity's names in one report: its proper names and the report's relative names for it."""
    return [*e.proper_names, *(name for name, ref in report.relative_names.items() if ref == e.id)]


def check_named(records: list[Record], report: Report, entities: dict[str, Entity], problems: list[Problem]) -> None:
    """Every entity a record uses is named in the report's text (indicators and coded divisions excepted)."""
    for rec in records:
        for ref in refs_of(rec, report):
            e = entities.get(ref)
            if e is None or e.kind == "indicator" or e.code:
                continue
            names = names_in(e, report)
            if not any(name in report.text for name in names):
                problems.append(Problem(rec.file, rec.label,
                                        f"entity {ref} is not named in the report text (names here: "
                                        f"{', '.join(names) or 'none'}; relative names go in report.yaml)"))


def load_registry(root: Path, vocab: Vocabulary) -> tuple[dict[str, Entity], list[Problem]]:
    """The checked entity registry and its problems, to load once and pass to load_records for every report."""
    problems: list[Problem] = []
    return load_entities(root / "data" / "entities", root, vocab, problems), problems


def load_records(report: Report, root: Path, vocab: Vocabulary,
                 registry: tuple[dict[str, Entity], list[Problem]] | None = None) -> Records:
    """Load and check the entity registry (unless `registry` is given, as load_registry returns it; read-only
    here) and one report's records; raise RecordsError on any problem."""
    entities, registry_problems = registry if registry is not None else load_registry(root, vocab)
    problems: list[Problem] = list(registry_problems)
    check_relative_names(report, root, entities, problems)
    records = load_report_records(report, root, vocab, entities, problems)
    check_named(records, report, entities, problems)
    if problems:
        raise RecordsError(problems)
    return Records(entities, records)
