"""A count written without a unit word (农村贫困人口减少1240万: people) is unit:NUM, its unit as written empty: in the
unit table (api/vocab.py), in the built graph (the six national records that waited for it), and in drafts (no
proposed unit with an empty label). Regression: such records were pending, and every such drafted fact proposed
id:unit-proposed-da39a3ee5e (the SHA-1 of the empty string) with an empty label."""
from __future__ import annotations

from api.extract.draft import draft, nquads
from api.settings import Settings
from api.vocab import load_vocabulary
from tests.fixtures.root import REPO

NUM = "http://qudt.org/vocab/unit/NUM"
FACT = "<https://w3id.org/gwr/id/fact/national-2017-r2016-rural-poor-population-decrease>"


def test_the_unit_table_reads_no_unit_word_as_a_number():
    units = load_vocabulary(Settings(root=REPO).ontology_dir).units
    assert str(units[""]) == NUM and str(units["人"]) == NUM and str(units["%"]).endswith("/PERCENT")


def test_the_built_graph_has_the_counts_without_a_unit_word():
    lines = (REPO / "data" / "graph" / "all.nq").read_text(encoding="utf-8").splitlines()
    mine = [line for line in lines if line.startswith(FACT + " ")]
    assert f"{FACT} <http://qudt.org/schema/qudt/unit> <{NUM}> <https://w3id.org/gwr/graph/national-2017> ." in mine
    assert f'{FACT} <https://w3id.org/gwr/ontology#unitAsWritten> "" <https://w3id.org/gwr/graph/national-2017> .' \
        in mine


def test_a_draft_proposes_no_empty_unit():
    from api.extract.indicators import load_registry
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    text = "2017年政府工作报告\n一、2016年工作回顾\n过去一年，农村贫困人口减少1240万，易地扶贫搬迁人口240万。\n"
    d = draft(text, "sample-2017", load_registry(settings.root, vocab))
    assert any(f.quantity.unit == "" for f in d.facts), [f.quantity for f in d.facts]
    quads = nquads(d, vocab)
    assert "unit-proposed-" not in quads and f"<{NUM}>" in quads


def test_kilovolt_amperes_and_ages_map_to_qudt_units():
    """The unit words round 10 of stop 21 taught the extractor map to QUDT units, not proposed ones: 千伏安
    is QUDT's kilovolt ampere. Regression: it was read but missing from ontology/units.ttl."""
    from api.extract.draft import draft
    from api.extract.indicators import load_registry
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    assert str(vocab.units["千伏安"]) == "http://qudt.org/vocab/unit/KiloV-A"
    text = "2017年政府工作报告\n一、2016年工作回顾\n过去一年，新增变电容量169万千伏安，人均预期寿命达到78.5岁。\n"
    quads = nquads(draft(text, "sample-2017", load_registry(settings.root, vocab)), vocab)
    assert "<http://qudt.org/vocab/unit/KiloV-A>" in quads and "<http://qudt.org/vocab/unit/YR>" in quads
    assert "unit-proposed-" not in quads


def test_round_13_unit_words_map_to_qudt_or_minted_units():
    """The unit words round 13 of stop 22 taught the extractor (api/extract/wordforms.py): GW, MW, kW, GWh, kWh map to
    QUDT's power and energy units, 分之 and / (三分之一, 1/3) to unit:FRACTION, G and Gbps (带宽) to the minted gigabit
    per second, P and E (算力) to the minted petaFLOPS and exaFLOPS, 枚 to a count. A drafted report with them proposes
    no unit."""
    from api.extract.indicators import load_registry
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    q = "http://qudt.org/vocab/unit/"
    gwr = "https://w3id.org/gwr/id/unit-"
    expected = {"GW": q + "GigaW", "MW": q + "MegaW", "kW": q + "KiloW", "GWh": q + "GigaW-HR", "kWh": q + "KiloW-HR",
                "分之": q + "FRACTION", "/": q + "FRACTION", "G": gwr + "gigabit-per-second",
                "Gbps": gwr + "gigabit-per-second", "枚": NUM, "P": gwr + "petaflops", "E": gwr + "exaflops"}
    assert {w: str(vocab.units[w]) for w in expected} == expected
    text = ("2017年政府工作报告\n一、2016年工作回顾\n过去一年，确保隆基5GW单晶电池项目投产，新能源占比近1/3，"
            "建成智能算力规模24000P，出省带宽达到1.7万G，新培育中国驰名商标1枚。\n")
    quads = nquads(draft(text, "sample-2017", load_registry(settings.root, vocab)), vocab)
    for iri in (q + "GigaW", q + "FRACTION", gwr + "petaflops", gwr + "gigabit-per-second", NUM):
        assert f"<{iri}>" in quads, iri
    assert "unit-proposed-" not in quads


def test_round_15_unit_words_map_to_counts_or_minted_units():
    """The count words round 15 of stop 22 taught the extractor (api/extract/units.py) map to unit:NUM, 重量箱 and 担 to
    minted units with their mass in kilograms; a drafted report with them proposes no unit. 块 was in the table
    already."""
    from api.extract.indicators import load_registry
    settings = Settings(root=REPO)
    vocab = load_vocabulary(settings.ontology_dir)
    gwr = "https://w3id.org/gwr/id/unit-"
    for word in ("款", "盏", "眼", "块", "轮", "轮次", "剂", "剂次", "人份", "棵", "根", "锭", "袋"):
        assert str(vocab.units[word]) == NUM, word
    assert str(vocab.units["重量箱"]) == gwr + "weight-case" and str(vocab.units["担"]) == gwr + "dan"
    assert "分" not in vocab.units and "页" not in vocab.units
    text = ("2017年政府工作报告\n一、2016年工作回顾\n过去一年，备案人工智能大模型49款，安装路灯3200盏，"
            "压减平板玻璃600万重量箱，收购烤烟180万担。\n")
    quads = nquads(draft(text, "sample-2017", load_registry(settings.root, vocab)), vocab)
    for iri in (NUM, gwr + "weight-case", gwr + "dan"):
        assert f"<{iri}>" in quads, iri
    assert "unit-proposed-" not in quads
