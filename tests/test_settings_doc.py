"""Every setting is documented: the fields of api.settings.Settings, as the GWR_* variables they are read from,
are exactly the `GWR_…` names of the README's settings table (the table after the line "Settings (environment
variables…"), no more and no fewer. The variable of a field is proved, not guessed: setting it changes the field."""
from __future__ import annotations

import dataclasses
import re
from pathlib import Path

import pytest

from api.settings import Settings
from tests.fixtures.root import REPO

NAME = re.compile(r"`(GWR_[A-Z0-9_]+)`")


def readme_table() -> set[str]:
    """The GWR_* names in the first cell of each row of the README's settings table."""
    lines = (REPO / "README.md").read_text(encoding="utf-8").splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith("Settings (environment variables"))
    rows = []
    for line in lines[start + 1:]:
        if line.startswith("|"):
            rows.append(line)
        elif rows:
            break
    return {name for row in rows for name in NAME.findall(row.split("|")[1])}


def variable(field: dataclasses.Field) -> str:
    return "GWR_" + field.name.upper()


def another_value(default: object) -> tuple[str, object]:
    """A text for the variable and the value the field must then have (differing from the default)."""
    if isinstance(default, bool):
        return ("0", False) if default else ("1", True)
    if isinstance(default, int):
        return str(default + 7), default + 7
    if isinstance(default, float):
        return str(default + 0.5), default + 0.5
    if isinstance(default, Path):
        return "/tmp/gwr-settings-doc", Path("/tmp/gwr-settings-doc")
    if isinstance(default, tuple):
        return "a.example, b.example", ("a.example", "b.example")
    return "settings-doc-value", "settings-doc-value"


FIELDS = dataclasses.fields(Settings)


@pytest.mark.parametrize("field", FIELDS, ids=[f.name for f in FIELDS])
def test_each_field_is_read_from_its_variable(field, monkeypatch):
    monkeypatch.delenv(variable(field), raising=False)
    text, value = another_value(getattr(Settings(), field.name))
    monkeypatch.setenv(variable(field), text)
    assert getattr(Settings(), field.name) == value, f"{variable(field)} does not set Settings.{field.name}"


def test_every_setting_is_in_the_readme_table_and_nothing_else():
    fields = {variable(f) for f in FIELDS}
    table = readme_table()
    assert table, "the README's settings table was not found"
    assert not fields - table, f"settings missing from the README's table: {sorted(fields - table)}"
    assert not table - fields, f"names in the README's table that are no setting: {sorted(table - fields)}"
