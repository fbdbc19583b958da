"""Numbers read from a request: written with the ASCII digits 0-9 only, and short.

Python's `int()` and `float()` accept any Unicode decimal digit (`int("٣") == 3`), `str.isdigit()`
accepts superscripts and circled digits that `int()` then refuses (`"²"`, `"①"`), `int()` refuses more
than 4,300 digits with a ValueError of its own, and `float()` takes "nan", "inf", "1e999" and "1_0". Every
number the service reads from a request (paging, a query's time limit, a canned query's integer or
decimal parameter) goes through `whole()`, `decimal()` or `seconds()` here instead, so that anything but a
plain, short number is one clear error (BadNumber, a ValueError: 400 at the routes) and never a 500.
"""
from __future__ import annotations

import re
from decimal import Decimal

MAX_DIGITS = 15          # whole numbers up to 999,999,999,999,999: more than any page, offset or count
WHOLE = re.compile(rf"[0-9]{{1,{MAX_DIGITS}}}")
SIGNED = re.compile(rf"[+-]?[0-9]{{1,{MAX_DIGITS}}}")
SECONDS = re.compile(r"[0-9]{1,6}(?:\.[0-9]{1,6})?")
DECIMAL = re.compile(r"[+-]?(?=\.?[0-9])[0-9]{0,40}(?:\.[0-9]{0,40})?(?:[eE][+-]?[0-9]{1,4})?")


class BadNumber(ValueError):
    """A request value that is not a plain number of the expected kind."""


def shown(raw: str) -> str:
    """The value for an error message, shortened."""
    return repr(raw if len(raw) <= 40 else raw[:40] + "…")


def whole(raw: str, name: str, *, minimum: int | None = 0, maximum: int | None = None,
          signed: bool = False) -> int:
    """A whole number written with 0-9 (and a sign when `signed`), at most MAX_DIGITS digits, in bounds."""
    if not isinstance(raw, str) or not (SIGNED if signed else WHOLE).fullmatch(raw):
        kind = "a whole number" if signed else "a whole number ≥ 0"
        raise BadNumber(f"{name} expects {kind} written with the digits 0-9 (at most {MAX_DIGITS}), "
                        f"got {shown(str(raw))}")
    value = int(raw)
    if (minimum is not None and value < minimum) or (maximum is not None and value > maximum):
        low = "" if minimum is None else f" ≥ {minimum}"
        high = "" if maximum is None else f" ≤ {maximum}"
        raise BadNumber(f"{name} must be{low}{' and' if low and high else ''}{high}, got {value}")
    return value


def seconds(raw: str, name: str = "timeout") -> float:
    """A duration in seconds: digits 0-9 with an optional decimal part (`30`, `2.5`)."""
    if not isinstance(raw, str) or not SECONDS.fullmatch(raw):
        raise BadNumber(f"{name} must be a number of seconds written with the digits 0-9 (such as 30 or 2.5), "
                        f"got {shown(str(raw))}")
    return float(raw)


def decimal(raw: str, name: str) -> Decimal:
    """A decimal number: 0-9 with an optional sign, point and exponent, at most 40 digits each side."""
    if not isinstance(raw, str) or not DECIMAL.fullmatch(raw):
        raise BadNumber(f"{name} expects a decimal number written with the digits 0-9, got {shown(str(raw))}")
    return Decimal(raw)


def query_whole(name: str, **bounds):
    """A pydantic BeforeValidator for FastAPI query parameters declared `int`: they are read by `whole()`."""
    from pydantic import BeforeValidator

    def check(value):
        return value if isinstance(value, int) else whole(value, name, **bounds)
    return BeforeValidator(check)
