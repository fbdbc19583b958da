"""Literal values as JSON values: numbers as JSON numbers (RFC 8259 §6), booleans as booleans, by their XSD
datatype (XSD 1.1 Part 2 §3.3); everything else as its lexical form. One rule for every JSON answer."""
from __future__ import annotations

import math

XSD = "http://www.w3.org/2001/XMLSchema#"
NUMERIC = tuple(XSD + t for t in ("integer", "decimal", "double", "float", "int", "long", "short", "byte",
                                  "nonNegativeInteger", "positiveInteger", "nonPositiveInteger", "negativeInteger",
                                  "unsignedInt", "unsignedLong", "unsignedShort", "unsignedByte"))


def number(text: str | None) -> int | float | None:
    """A literal's lexical form as a JSON number: a whole number as an integer, else a float (the values of
    the dataset are xsd:decimal with few digits, which a double carries exactly enough)."""
    if text is None or text == "":
        return None
    try:
        return int(text)
    except ValueError:
        return float(text)


def scalar(term: dict) -> str | int | float | bool:
    """A SPARQL JSON term as a JSON value: numbers by their XSD datatype (XSD 1.1 §3.3), booleans as booleans,
    anything else as its lexical form or IRI."""
    datatype = term.get("datatype", "")
    if datatype in NUMERIC:
        try:
            value = number(term["value"])
        except ValueError:
            return term["value"]
        # NaN and ±INF (xsd:double) have no JSON number: they stay strings
        return value if isinstance(value, int) or (value is not None and math.isfinite(value)) else term["value"]
    if datatype == XSD + "boolean":
        return term["value"] in ("true", "1")
    return term["value"]
