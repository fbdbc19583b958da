"""Shared fixtures of the extractor tests: the real registry and a way to draft one sentence."""
from __future__ import annotations

import pytest

from api.extract.facts import extract_facts
from api.extract.indicators import Lexicon, load_registry
from api.extract.structure import parse
from api.settings import Settings
from api.vocab import load_vocabulary


@pytest.fixture(scope="session")
def registry():
    settings = Settings()
    return load_registry(settings.root, load_vocabulary(settings.ontology_dir))


@pytest.fixture(scope="session")
def facts_of(registry):
    """Draft the facts of one paragraph, placed in the review part (2023 results) or the plan part (2024)."""
    lexicon = Lexicon(registry, "place/dalian", "大连市")

    def run(paragraph: str, part: str = "plan"):
        head = "一、2023年工作回顾\n" if part == "review" else "各位代表：\n二、2024年工作安排\n"
        doc = parse(head + paragraph + "\n")
        doc.year = 2024
        facts = extract_facts(doc, lexicon, "place/dalian")
        for f in facts:
            written = doc.text[f.value_start:f.value_end] if not f.quantity.suffix else f.quantity.suffix
            assert doc.text[f.quote_start:f.quote_end].endswith(written)
        return facts
    return run
