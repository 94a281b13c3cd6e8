"""Placed lines → sentences, each with its page, the item it stands under and
where it was read from.

Sentences come from the same paragraph reading as item fields
(`blocks.paragraphs`), per page and per owning item, so every entity knows its
page, its item, and the sentence or table row it stands in; a sentence made of
table rows also knows where each cell begins (the lines' wide gaps), so that
numbers of neighbouring cells are never read as one."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from itertools import groupby
from typing import Sequence

from extractors.reading import boxes
from extractors.reading.placed import Placed
from extractors.structure import blocks
from schemas.provenance import Region


CONTEXT_CHARS = 400  # what an entity keeps of the sentence it stands in


@dataclass(frozen=True, slots=True)  # slots: a long document holds a hundred and more a page
class Sentence:
    text: str
    page_no: int
    item_number: int | None
    # where a table cell starts inside `text` (a line's wide gaps, and the end of
    # a line of several cells): numbers do not run across cells
    breaks: tuple[int, ...] = ()
    # where the sentence was read from: the lines of its stretch, and where it
    # starts in their text (-1: not found as printed); see `box`
    source: "_Stretch | None" = field(default=None, compare=False, repr=False)
    start: int = -1

    def box(self, start: int, end: int, surface: str) -> Region | None:
        """Where `surface`, at [start, end) of this sentence's text, stands on its page."""
        if self.source is None or self.start < 0:
            return None
        return self.source.box(self.start + start, self.start + end, surface)


class _Stretch:
    """The lines of one (item, page) stretch and the text read from them;
    its `boxes.Locator` is built the first time an entity asks for a box."""

    __slots__ = ("lines", "text", "_locator")

    def __init__(self, lines: Sequence[Placed], text: str):
        self.lines, self.text, self._locator = lines, text, None

    def box(self, start: int, end: int, surface: str) -> Region | None:
        if self._locator is None:
            self._locator = boxes.Locator(self.lines)
        near = len(boxes.keys(self.text[:start]))
        span = self._locator.find(surface, near)
        if span is None or span[0] - near > len(boxes.keys(self.text[start:end])):
            span = self._locator.find(surface)  # not where the offsets say: its first occurrence
        if span is None:
            return None
        return self._locator.region(*span, lead=boxes.leading_marks(surface))


_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÅÄÖ0-9\"”(])")


_CONTENTS_LINE = re.compile(r"^\W{0,2}(?:§\s*\d+|\d{1,3}[.)]?)\s+\S")


def sentences(placed: Sequence[Placed], owners: dict[int, int]) -> list[Sentence]:
    """Each paragraph or list point of each (page, item) stretch, split at
    sentence ends. In a document with items, a numbered line outside every
    item is its table of contents, not text about anything."""
    out: list[Sentence] = []
    keyed = [
        (owners.get(i), p)
        for i, p in enumerate(placed)
        if i in owners or not owners or not _CONTENTS_LINE.match(p.text)
    ]
    for (owner, page_no), group in groupby(keyed, key=lambda t: (t[0], t[1].page_no)):
        lines = [p for _, p in group]
        text = blocks.paragraphs(lines) or ""
        breaks = _cell_breaks(text, lines)
        stretch = _Stretch(lines, text)
        at = 0
        for paragraph in text.split("\n"):
            for part in _SENTENCE_END.split(paragraph):
                if part.strip():
                    start = text.find(part.strip(), at)
                    found_at = start
                    if start < 0:  # not found as printed: no cells known
                        start = at = len(text)
                    else:
                        at = start + len(part.strip())
                    cells = tuple(b - start for b in breaks if start < b < at)
                    out.append(Sentence(part.strip(), page_no, owner, cells, stretch, found_at))
    return out


def _cell_breaks(text: str, lines: Sequence[Placed]) -> list[int]:
    """Offsets in `text` where a cell of a table row begins: each segment of
    a line of several segments, and whatever follows such a line."""
    breaks: list[int] = []
    at = 0
    for p in lines:
        if len(p.line.segments) < 2:
            continue
        cells = [re.sub(r"\s+", " ", c).strip() for c in p.line.segment_texts]
        start = text.find(" ".join(cells), at)
        if start < 0:  # joined differently (hyphenation undone): no cells known
            continue
        for cell in cells:
            breaks.append(start)
            start += len(cell) + 1
        breaks.append(start - 1)  # the row ends here
        at = start - 1
    return sorted(set(b for b in breaks if b > 0))
