"""Deeply nested queries: a 400 instead of a crashed worker.

Oxigraph parses and evaluates a query recursively, so nesting costs native stack, and a query nested deep
enough overflows it: the worker dies by SIGSEGV. Measured with pyoxigraph 0.5.13 (x86_64), bytes of stack
per level of nesting, from the deepest query that still ran on a 16 MiB thread:

    path sequence  ?s a/a/a…        ~21 KB     blank nodes  [a [a …]]       ~20 KB
    FILTER EXISTS { … }             ~10 KB     function calls STR(STR(…))    ~9 KB
    sub-selects { SELECT * { … } }  ~7 KB      braces {{{…}}}                ~4 KB
    parentheses ((( … )))           ~2 KB      ! chains, || chains, UNION, OPTIONAL: less

On the 8 MiB main stack the worker crashed at ~2,500 braces and ~5,000 parentheses. Two layers:

1. `check_depth`: a courtesy check that reads brackets ( { [ outside strings, IRIs and comments and answers
   400 past GWR_MAX_QUERY_DEPTH levels (default 256), with a message that says so. A cheap reading of the
   text, so it can be fooled (a bracket it takes for part of a string); layer 2 cannot.
2. `stack_for`: a sound upper bound on the depth, the number of characters that can open a level of the
   grammar's recursion (brackets, and the operators ! ^ / | + - * & . , ; that chain into nested trees,
   plus every \\u escape, which could spell any of them; counted anywhere, strings and comments included),
   gives the stack the engine call needs at STACK_PER_LEVEL per level. A query that fits the worker's
   own stack runs there (the common case: no thread); a larger one runs in a thread with that stack; past
   MAX_LEVELS it is refused with 400 before the engine sees it.
"""
from __future__ import annotations

import re
import resource
import threading
import traceback

LEVEL_CHARS = "({[!^/|+-*&.,;"
STACK_PER_LEVEL = 32 << 10          # 1.5 × the worst measured (path sequences, ~21 KB)
RESERVED = 1 << 20                  # what the worker's own Python frames may take
MAX_LEVELS = 1 << 15                # 32,768 → a 1 GiB (virtual, touched only as used) thread stack at most
OPENERS = re.compile(r"[({\[]")
TOKEN = re.compile(
    r"""\\.|\#[^\n\r]*|'''(?:[^'\\]|\\.|'(?!''))*'''|\"\"\"(?:[^"\\]|\\.|"(?!""))*\"\"\""""
    r"""|'(?:[^'\\\n\r]|\\.)*'|"(?:[^"\\\n\r]|\\.)*"|<[^<>"{}|^`\\\x00-\x20]*>|[({\[]|[)}\]]""",
    re.DOTALL)


class TooDeep(Exception):
    def __init__(self, message: str):
        super().__init__(message)
        self.message = message


def nesting(text: str) -> int:
    """The deepest nesting of ( { [ outside strings, IRIs, comments and escaped characters."""
    depth = deepest = 0
    for m in TOKEN.finditer(text):
        c = m.group()
        if c in "({[":
            depth += 1
            if depth > deepest:
                deepest = depth
        elif c in ")}]":
            depth = max(0, depth - 1)
    return deepest


def check_depth(text: str, limit: int) -> None:
    """Layer 1: TooDeep past `limit` levels of brackets (skipped when the text has fewer openers)."""
    if limit <= 0 or text.count("(") + text.count("{") + text.count("[") <= limit:
        return
    deepest = nesting(text)
    if deepest > limit:
        raise TooDeep(f"the query is nested {deepest} levels deep; this service accepts at most {limit} "
                      "levels of ( { [ (GWR_MAX_QUERY_DEPTH)")


def levels(text: str) -> int:
    """A sound upper bound on the nesting the engine can see in `text`."""
    return sum(text.count(c) for c in LEVEL_CHARS) + text.count("\\u") + text.count("\\U")


def own_stack() -> int:
    """The stack of the worker's thread: the forking thread's, glibc's default (RLIMIT_STACK, 2 MiB
    when that is unlimited); at most 8 MiB is assumed."""
    soft = resource.getrlimit(resource.RLIMIT_STACK)[0]
    if soft == resource.RLIM_INFINITY or soft <= 0:
        return 2 << 20
    return min(soft, 8 << 20)


SAFE_LEVELS = max(0, (own_stack() - RESERVED) // STACK_PER_LEVEL)     # 224 with an 8 MiB stack


def stack_for(text: str) -> int | None:
    """Layer 2: None when the query runs safely on the worker's own stack, else the thread stack it
    needs; TooDeep when that would pass MAX_LEVELS."""
    n = levels(text) if len(text) > SAFE_LEVELS else 0
    if n <= SAFE_LEVELS:
        return None
    if n > MAX_LEVELS:
        raise TooDeep(f"the query has {n} brackets and operators that may nest; this service runs at most "
                      f"{MAX_LEVELS} (a limit that keeps deep nesting from crashing the engine)")
    return RESERVED + n * STACK_PER_LEVEL


def run_with_stack(size: int, fn, *args):
    """fn(*args) in a thread with a `size`-byte stack; its result or its exception (BaseException too)."""
    box: list = [None, None]

    def target():
        try:
            box[0] = fn(*args)
        except BaseException as exc:  # noqa: BLE001 — handed back to the caller's thread
            box[1] = exc
            # pyoxigraph's results may only be dropped by the thread that made them: clear the frames
            # the exception (and the ones it replaced) keep, here
            seen = exc
            while seen is not None:
                traceback.clear_frames(seen.__traceback__)
                seen = seen.__context__ or seen.__cause__

    old = threading.stack_size()
    try:
        threading.stack_size(size)
        thread = threading.Thread(target=target, name="deep-query")
        thread.start()
    except (RuntimeError, ValueError, MemoryError) as exc:
        raise TooDeep(f"the query nests too deeply to run safely here ({exc})") from None
    finally:
        threading.stack_size(old)
    thread.join()
    if box[1] is not None:
        raise box[1]
    return box[0]
