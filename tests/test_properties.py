"""Property-based tests (hypothesis) of the pure functions between a page's
glyphs and a record: any glyphs in — meeting-like words at odd places, sizes
and weights, or any characters at all — and out come valid lines, a record
that validates (or the contract's `no_text`), and items or problem rows;
never an exception. Examples are few and small, so the file runs in seconds;
a failure prints the smallest page that shows it."""

from __future__ import annotations

import os
import string

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from extractors.structure import blocks
from extractors import entities, structure
from extractors.reading import layout
from extractors.record import build_record
from extractors.reading.backends import ExtractionError, RawPage
from schemas.document import Char, ErrorCode, Kind, Line, Page, Status, TextSource

PROPERTY = settings(max_examples=int(os.environ.get("PARAGRAF_PROPERTY_EXAMPLES", "60")), deadline=None, suppress_health_check=[HealthCheck.too_slow])
WIDTH, HEIGHT = 595.0, 842.0
ID = "0" * 64

# Words of Swedish meeting documents, so the rules have something to bite on.
TOKENS = [
    "§", "§ 1", "§ 2", "§ 3", "§ 12", "§§ 1-3", "1.", "2.", "3.", "4", "5", "17", "a)", "Ärende", "Beslut",
    "Förslag till beslut", "Sammanfattning", "Ärendebeskrivning", "Beslutsunderlag", "Föredragande",
    "Kallelse", "Protokoll", "Föredragningslista", "Närvarande", "Ledamöter", "Ersättare", "Ordförande",
    "Sekreterare", "Justerare", "Övriga", "Anna Andersson (S)", "Per Persson (M), ordförande", "Lisa Berg, C",
    "2024-03-07", "7 mars 2024", "hösten 2022", "kl. 09:00", "09.00-12.00", "12 000 kr", "3,5 mnkr",
    "1 200 tkr", "25 %", "LOSUS", "samverkansavtal", "avtal", "Socialnämnden", "Kommunstyrelsen",
    "Informationsärenden", "Beslutsärenden", "Dnr 2024/123", "Plats", "Tid", "Datum", "-", "•", "–",
    "Sida 1 av 3", "Justerandes signatur", "Utdragsbestyrkande", "Mötet öppnas", "Val av justerare",
    "Godkännande av dagordning", "att", "nämnden", "beslutar", "föreslås", "besluta", "om", "budget",
]
SIZES = [6.0, 8.0, 9.5, 10.0, 11.0, 12.0, 14.0, 18.0]
XS = [-20.0, 0.0, 56.7, 70.0, 85.0, 120.0, 300.0, 310.0, 480.0, 590.0]

meeting_text = st.lists(st.sampled_from(TOKENS), min_size=1, max_size=7).map(" ".join)
any_text = st.text(st.characters(exclude_categories=("Cs",)), min_size=1, max_size=40)
letter_spaced = st.sampled_from(["P R O T O K O L L", "K a l l e l s e", "§ 1 2"])


@st.composite
def line_specs(draw):
    text = draw(st.one_of(meeting_text, meeting_text, meeting_text, any_text, letter_spaced))
    return (text, draw(st.sampled_from(XS)), draw(st.sampled_from(SIZES)), draw(st.booleans()))


@st.composite
def page_chars(draw) -> list[Char]:
    """Glyphs of lines laid out top to bottom, a line now and then on the
    same height as the one before (a table row, a label beside its value)."""
    chars: list[Char] = []
    y = draw(st.floats(0.0, 80.0))
    for text, x, size, bold in draw(st.lists(line_specs(), max_size=18)):
        if draw(st.integers(0, 5)):
            y += size * draw(st.sampled_from([1.0, 1.2, 1.5, 3.0]))
        width = size * draw(st.sampled_from([0.3, 0.5, 0.6]))
        for k, ch in enumerate(text):
            if ch != " ":
                chars.append(Char(ch, x + k * width, x + (k + 1) * width, y, y + size, size, bold))
    return chars


documents = st.lists(page_chars(), min_size=1, max_size=4)


def _raw_pages(pages: list[list[Char]]):
    return [(RawPage(n, WIDTH, HEIGHT, []), layout.chars_to_lines(chars)) for n, chars in enumerate(pages, start=1)]


@PROPERTY
@given(chars=page_chars())
def test_any_glyphs_become_well_formed_lines(chars):
    lines = layout.chars_to_lines(chars)
    assert all(isinstance(ln, Line) and ln.segments and all(seg for seg in ln.segments) for ln in lines)
    assert all(w.text and w.text == w.text.strip() for ln in lines for w in ln.words)
    words = sum(len(ln.words) for ln in lines)
    assert words <= len(chars)
    ordered = layout.order_columns(lines)
    # reordered (a line across two columns split in two), no word lost or doubled
    assert sorted(id(w) for ln in ordered for w in ln.words) == sorted(id(w) for ln in lines for w in ln.words)
    layout.lines_to_text(ordered)


@PROPERTY
@given(pages=documents)
def test_any_pages_make_a_valid_record_or_the_no_text_error(pages):
    raw_pages = _raw_pages(pages)
    try:
        record = build_record(ID, "egenpåhittad.pdf", raw_pages)
    except ExtractionError as exc:
        assert exc.code is ErrorCode.NO_TEXT and not any(lines for _, lines in raw_pages)
        return
    assert record.status is Status.OK and record.page_count == len(pages)
    # an exception while reading items is caught and becomes this problem: it must not happen
    assert not [p.message for p in record.problems if "could not be read" in p.message]
    for problem in record.problems:
        assert problem.page_no is None or 1 <= problem.page_no <= record.page_count
    for item in record.items:
        assert 1 <= item.page_start <= item.page_end <= record.page_count


@PROPERTY
@given(pages=documents, kind=st.sampled_from([Kind.KALLELSE, Kind.PROTOKOLL]))
def test_both_readers_take_any_pages_without_an_exception(pages, kind):
    """The agenda reader and the § reader, and the entities after them, on any
    pages whatever the document turned out to be."""
    record_pages = []
    for raw, lines in _raw_pages(pages):
        running = layout.find_running_lines([lines], [HEIGHT])[0]
        content, margin = layout.strip_page_furniture(lines, running, HEIGHT)
        record_pages.append(Page(page_no=raw.page_no, width=WIDTH, height=HEIGHT, text_source=TextSource.TEXT,
                                 lines=layout.order_columns(content), margin_lines=margin))
    found = structure.read_structure(kind, record_pages)
    keys = [i.identity for i in found.items]  # sub-items share their parent's number, never its label
    assert len(keys) == len(set(keys))
    assert all(i.parent_label is None or i.label for i in found.items)
    assert found.items or found.problems or not found.placed  # items, or problem rows that say why not
    assert all(0 <= k < len(found.placed) for k in found.owners)
    entities.read_entities(found.placed, found.owners, found.items)


@PROPERTY
@given(numbers=st.lists(st.integers(-3, 30), max_size=9), max_step=st.integers(1, 4), min_length=st.integers(1, 4))
def test_a_rising_chain_rises_and_is_the_longest(numbers, max_step, min_length):
    chain = blocks.rising_chain(numbers, max_step, min_length)
    assert chain == sorted(set(chain))
    assert all(1 <= numbers[b] - numbers[a] <= max_step for a, b in zip(chain, chain[1:]))
    longest = _longest_rising(numbers, max_step)
    assert len(chain) == (longest if longest >= min_length else 0)


@PROPERTY
@given(numbers=st.lists(st.integers(-3, 12), max_size=60), max_step=st.integers(1, 4), min_length=st.integers(1, 3),
       alike=st.integers(0, 2**32 - 1), share=st.sampled_from([0.0, 0.3, 0.7, 1.0]))
def test_a_rising_chain_is_the_one_every_pair_gives(numbers, max_step, min_length, alike, share):
    """The chain asks the longest runs first (not every row before each row):
    the same chain as comparing every pair, `same` too, ties to the earliest."""
    def same(i: int, j: int) -> bool:
        return (hash((alike, i, j)) % 1000) / 1000 < share

    assert blocks.rising_chain(numbers, max_step, min_length, same) == _every_pair_chain(numbers, max_step, min_length, same)
    assert blocks.rising_chain(numbers, max_step, min_length) == _every_pair_chain(numbers, max_step, min_length, None)


def _every_pair_chain(numbers, max_step, min_length, same) -> list[int]:
    """`blocks.rising_chain` as it was written first: each row against every row before it."""
    best, prev = [1] * len(numbers), [-1] * len(numbers)
    for j, nj in enumerate(numbers):
        for i in range(j):
            if 1 <= nj - numbers[i] <= max_step and best[i] + 1 > best[j] and (same is None or same(i, j)):
                best[j], prev[j] = best[i] + 1, i
    if not numbers or max(best) < min_length:
        return []
    k, chain = best.index(max(best)), []
    while k >= 0:
        chain.append(k)
        k = prev[k]
    return chain[::-1]


def _longest_rising(numbers, max_step) -> int:
    best = 0
    for mask in range(1, 1 << len(numbers)):
        picked = [n for k, n in enumerate(numbers) if mask >> k & 1]
        if all(1 <= b - a <= max_step for a, b in zip(picked, picked[1:])):
            best = max(best, len(picked))
    return best


@PROPERTY
@given(before=st.text(max_size=30), after=st.text(max_size=30), margin=st.booleans(),
       noise=st.text(string.printable, max_size=20))
def test_text_helpers_take_any_strings(before, after, margin, noise):
    assert isinstance(layout.join_wrapped(before, after), str)
    assert isinstance(layout.strip_stamp(noise + before, margin), str)
    assert isinstance(layout.margin_key(before), str)
    marker = blocks.list_marker(before)
    assert marker is None or before.startswith(marker)


@PROPERTY
@given(xs=st.lists(st.floats(-100, 1000), max_size=30), min_count=st.integers(1, 4))
def test_column_starts_are_shared_left_edges(xs, min_count):
    starts = blocks.column_starts(xs, min_count)
    assert starts == sorted(starts) and len(starts) * min_count <= len(xs)
    assert all(min(xs) - 1e-9 <= s <= max(xs) + 1e-9 for s in starts)  # a mean of equal floats may round
