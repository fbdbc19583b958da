"""Content negotiation (api/service/formats.py negotiate): the best listed media type for an Accept
header, honouring q-values; None (→ 406) only when nothing listed is acceptable; never an exception."""
import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.service import formats
from api.service.formats import negotiate

TABLES = {"results": formats.RESULTS, "graphs": formats.GRAPHS, "datasets": formats.DATASETS,
          "documents": formats.GRAPHS + formats.HTML}
MEDIA = sorted({m for t in TABLES.values() for m, _ in t} | {"image/png", "text/html", "application/pdf",
                                                              "text/*", "application/*", "*/*"})
Q = st.sampled_from(["", ";q=0", ";q=0.1", ";q=0.5", ";q=0.9", ";q=1", ";q=1.0", ";q=0.001"])
ENTRY = st.tuples(st.sampled_from(MEDIA), Q, st.sampled_from(["", "; charset=utf-8", ";level=1"])).map(
    lambda t: t[0] + t[2] + t[1])
# One entry per media range: a range listed twice with different q-values has no defined meaning.
ACCEPT = st.lists(ENTRY, min_size=1, max_size=6, unique_by=lambda e: e.split(";")[0]).map(", ".join)


def q_of(entry: str) -> float:
    for part in entry.split(";")[1:]:
        k, _, v = part.strip().partition("=")
        if k == "q":
            return float(v)
    return 1.0


def matches(pattern: str, media: str) -> bool:
    ptype, psub = pattern.split(";")[0].strip().split("/")
    mtype, msub = media.split("/")
    return (ptype in ("*", mtype)) and (psub in ("*", msub))


def quality(accept: str, media: str) -> float:
    """RFC 9110: the q of the most specific range that matches (exact > type/* > */*)."""
    best, specificity = 0.0, -1
    for entry in accept.split(","):
        pattern = entry.split(";")[0].strip()
        if not matches(pattern, media):
            continue
        spec = 2 if "*" not in pattern else (1 if not pattern.startswith("*") else 0)
        if spec > specificity or (spec == specificity and q_of(entry) > best):
            best, specificity = q_of(entry), spec
    return best


@pytest.mark.parametrize("table", TABLES)
@given(accept=ACCEPT)
def test_negotiation_picks_a_best_acceptable_type(table, accept):
    rows = TABLES[table]
    key = negotiate(accept, rows)
    qualities = {m: quality(accept, m) for m, _ in rows}
    best = max(qualities.values())
    if best <= 0:
        assert key is None
        return
    assert key is not None
    # The chosen key belongs to a media type of the best quality.
    assert key in {k for m, k in rows if qualities[m] == best}


@pytest.mark.parametrize("table", TABLES)
@given(accept=st.one_of(st.text(max_size=80), st.lists(st.text(max_size=12), max_size=5).map(",".join),
                        st.lists(st.text(max_size=12), max_size=5).map(";".join)))
def test_negotiation_never_raises(table, accept):
    key = negotiate(accept, TABLES[table])
    assert key is None or key in {k for _, k in TABLES[table]}


@pytest.mark.parametrize("table", TABLES)
def test_missing_or_wildcard_accept_gives_the_first_row(table):
    rows = TABLES[table]
    for accept in (None, "", "   ", "*/*", "*/*;q=0.8"):
        assert negotiate(accept, rows) == rows[0][1]


@pytest.mark.parametrize("table", TABLES)
@given(data=st.data())
def test_each_listed_type_is_chosen_when_asked_alone(table, data):
    rows = TABLES[table]
    media, _ = data.draw(st.sampled_from(rows))
    first_key = next(k for m, k in rows if m == media)
    assert negotiate(media, rows) == first_key
    assert negotiate(f"image/png, {media};q=0.4", rows) == first_key
    assert negotiate(f"{media};q=0", rows) is None or negotiate(f"{media};q=0", rows) != first_key or \
        sum(1 for m, k in rows if k == first_key) > 1


@given(suffix=st.sampled_from(sorted(formats.SUFFIXES)))
def test_suffixes_and_content_types_agree(suffix):
    key = formats.SUFFIXES[suffix]
    assert key in formats.CONTENT_TYPE
    if key in formats.SUFFIX_OF:
        assert formats.SUFFIXES[formats.SUFFIX_OF[key]] == key
