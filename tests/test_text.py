"""A packed line (schemas/text.py) is the line it was: the same words made
again when asked for, the same text, position, equality, hash and dumps,
whether its words are made or not."""

from __future__ import annotations

import pickle
import random

from schemas import text as text_module
from schemas.document import Page, TextSource
from schemas.text import Line, Word, release_words


def _line(rng: random.Random, styles: int) -> Line:
    looks = [(rng.uniform(50, 700), rng.uniform(5, 20), rng.choice([False, True])) for _ in range(styles)]
    segments, x = [], rng.uniform(30, 80)
    for _ in range(rng.randint(1, 4)):
        seg = []
        for _ in range(rng.randint(1, 6)):
            top, size, bold = rng.choice(looks)
            width = rng.uniform(5, 60)
            seg.append(Word(rng.choice(["Beslut", "§", "12", "Anna", "ärendet.", "x"]), x, x + width, top, top + size,
                            size, bold))
            x += width + rng.uniform(2, 5)
        segments.append(tuple(seg))
        x += 40
    return Line(tuple(segments))


def _facts(line: Line):
    return (line.text, line.x0, line.x1, line.top, line.bottom, line.size, line.segment_texts)


def test_a_packed_line_is_the_line_it_was():
    rng = random.Random(22)
    for n in range(300):
        plain = _line(rng, 1 + n % 3)
        packed = Line(plain.segments).pack()
        assert packed._segments is None  # nothing made yet
        assert _facts(packed) == _facts(plain)  # read from the packed form
        assert packed._segments is None
        assert packed == plain and hash(packed) == hash(plain) and repr(packed) == repr(plain)
        assert packed.words == plain.words and all(type(w) is Word for w in packed.words)
        assert pickle.loads(pickle.dumps(packed)) == plain
        page = Page(page_no=1, width=600, height=800, text_source=TextSource.TEXT, lines=[packed])
        twin = Page(page_no=1, width=600, height=800, text_source=TextSource.TEXT, lines=[plain])
        assert page.model_dump_json() == twin.model_dump_json() and page.model_dump() == twin.model_dump()
        assert Page.model_validate(page.model_dump()).lines == [plain]
    release_words()


def test_only_the_last_lines_keep_their_words_made(monkeypatch):
    monkeypatch.setattr(text_module, "WINDOW", 3)
    rng = random.Random(7)
    plain = [_line(rng, 2) for _ in range(5)]
    packed = [Line(line.segments).pack() for line in plain]
    first = packed[0].words
    assert packed[0].words[0] is first[0]  # kept while among the last three made
    for line in packed[1:]:
        line.segments
    assert packed[0]._segments is None and packed[1]._segments is None
    assert packed[0].words == first and packed == plain  # made again, equal
    release_words()
    assert all(line._segments is None for line in packed)


def test_a_line_that_cannot_be_packed_stays_as_it_is():
    at_the_edge = Line(((Word("Sida", 10.0, 30.0, 0.0, 9.0, 9.0),),))  # 0.0 and -0.0 would be one style
    assert at_the_edge.pack()._segments is not None
    assert Line(()).pack().segments == ()


def test_a_packed_line_keeps_its_parts_small_and_gives_them_back_the_same():
    """Texts from the text, float32 edges where they are exact, shared styles
    and segment ends: the same words (types too) as before packing."""
    exact = Line(((Word("Ärende", 60.0, 98.5, 124.5, 136.25, 10.0, False), Word("12", 101.0, 110.0, 124.5, 136.25, 10.0, False)),
                  (Word("kronor", 300.0, 330.5, 124.5, 136.25, 10.0, False),)))
    twin = Line(exact.segments).pack()
    other = Line(exact.segments).pack()
    assert twin._texts is text_module._SPLIT and len(twin._edges) == 4 * 2 * 3  # float32: exact
    assert twin._style is other._style and twin._cuts is other._cuts  # shared between lines
    assert twin == exact and twin.words == exact.words and twin.x1 == 330.5
    inexact = Line(((Word("a b", 60.1, 70.3, 10.0, 20.0, 9.5), Word("", 71.0, 72.0, 10.0, 20.0, 9.5)),))
    packed = Line(inexact.segments).pack()
    assert packed._texts == ("a b", "") and len(packed._edges) == 8 * 2 * 2  # a word with a space, an empty one; 60.1 is no float32
    assert packed.words == inexact.words and packed.x0 == 60.1 and packed.segment_texts == ("a b ",)
    ints = Line(((Word("1", 60.0, 70.0, 10, 20, 9, 1),),)).pack()  # not floats and a bool: kept as given, not shared
    assert ints.words == (Word("1", 60.0, 70.0, 10, 20, 9, 1),) and type(ints.words[0].top) is int
    release_words()
    assert not text_module._shared
