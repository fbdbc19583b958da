"""A corpus place whose listing id misreads its name (tahe for 漯河市: 漯 is luò) or numbers it with tone digits
(tai1zhou1 台州市) gets the key api/extract/place-keys.tsv gives it; the report id stays as listed."""
from __future__ import annotations

import pytest

from api.extract.draft import draft
from api.extract.indicators import place_keys, place_ref

TEXT = "2014年{}政府工作报告\n各位代表：\n一、2013年工作回顾\n全年地区生产总值增长9%。\n"


@pytest.mark.parametrize("report, name, ref", [
    ("tahe-2014", "漯河市", "place/luohe"),
    ("zhangzhi-2022", "长治市", "place/changzhi"),
    ("tai1zhou1-2021", "台州市", "place/taizhou-zhejiang"),
    ("tai4zhou1-2021", "泰州市", "place/taizhou-jiangsu"),
    ("luoyang-2014", "洛阳市", "place/luoyang"),          # not in the table: the id's prefix, as before
])
def test_a_place_key_from_the_table(registry, report, name, ref):
    assert place_ref(registry, name, report) == ref
    d = draft(TEXT.format(name), report, registry, year=2014, place=name, level="prefecture")
    assert d.place == ref and d.report == report
    assert all(f.about == ref for f in d.facts) and d.facts


def test_the_table_keys_are_iri_keys(registry):
    """Keys as docs/identifiers.md asks (lower-case ASCII words joined by '-'), one place each, none a registry key."""
    keys = place_keys()
    assert len(set(keys.values())) == len(keys) >= 10
    assert all(k.replace("-", "").isascii() and k.replace("-", "").isalnum() and k == k.lower() for k in keys.values())
    assert not {f"place/{k}" for k in keys.values()} & set(registry)
