"""Placed lines and the text read from them → boxes on the page (`schemas.provenance`).

Text leaves layout normalised: whitespace collapsed, hyphenation at line ends
undone, bullets written '- '. To find where a piece of that text stands, both
sides are reduced to their *keys*: the characters that no normalisation adds
or removes (no whitespace, hyphens, dashes, bullets or commas; lower case). The
keys of the text and of the words it was read from are the same string, so a
position in one is a position in the other, found with `str.find` over the
lines' keys (built once per line, by `str.translate`); only the words a match
touches are looked at one by one. A match that starts or ends inside a word
('LOSUS' of 'LOSUS-avtalet') is cut in proportion to typical glyph widths
(evenly on an OCRed line, whose glyphs OCR spaced evenly): glyph positions
are not kept past layout, and a box checked by the centres of the glyphs it
holds tolerates half a glyph of error.

Every later stage asks here where its text stands: fields give the lines
`fields.split_fields` gave each (`field_regions`); amounts, mentions and dates
their offset in the sentence they were read from
(`extractors.entities.sentence.Sentence.box`); items and people are placed
once the document's structure is read (`extractors.provenance`).
"""

from __future__ import annotations

import unicodedata
from typing import Iterable, Sequence

from extractors.reading.placed import Placed
from schemas.document import Word
from schemas.provenance import FieldRegion, Region

_DROPPED = "\ufffe\x02, \t\n\r\f\v\u00a0\u2007\u2009\u202f\u00ad-\u2010\u2011\u2012\u2013\u2014\u2212•·▪■●◦○«»*"
_TABLE = str.maketrans("", "", _DROPPED)
_DROPPED_SET = frozenset(_DROPPED)


def keys(text: str) -> str:
    """The characters of `text` that survive every normalisation, lower case."""
    return text.translate(_TABLE).lower()


def _char_keys(word: Word) -> list[int]:
    """How many keys each character of the word gives (0, or 1; 2 for a rare
    letter whose lower case is two characters)."""
    return [0 if c in _DROPPED_SET else len(c.lower()) for c in word.text]


class Locator:
    """Positions in the keys of some lines → boxes on their pages."""

    def __init__(self, lines: Sequence[Placed]):
        self.lines = lines
        # one translation for all lines (the separator is no key, nor dropped)
        line_keys = keys("\x1f".join(p.line.text for p in lines)).split("\x1f") if lines else []
        if len(line_keys) != len(lines):  # a text layer with the separator in it
            line_keys = [keys(p.line.text) for p in lines]
        self._word_keys: dict[int, bytes | list[int]] = {}  # line → keys per word, for the lines looked into
        self.starts: list[int] = []
        at = 0
        for k in line_keys:
            self.starts.append(at)
            at += len(k)
        self.stream = "".join(line_keys)

    def find(self, text: str, near: int = 0, whole_words: bool = False, stop: int | None = None) -> tuple[int, int] | None:
        """The key range of `text`'s first occurrence at or after key `near`
        and ending by key `stop` (with `whole_words`, one that neither starts
        nor ends inside a word)."""
        wanted = keys(text)
        if not wanted:
            return None
        stop = len(self.stream) if stop is None else stop
        at = self.stream.find(wanted, max(near, 0), stop)
        while at >= 0:
            if not whole_words or self._whole(at, at + len(wanted)):
                return at, at + len(wanted)
            at = self.stream.find(wanted, at + 1, stop)
        return None

    def span_of(self, first: int, last: int) -> tuple[int, int]:
        """The key range of lines first..last (indices into the lines)."""
        end = self.starts[last + 1] if last + 1 < len(self.starts) else len(self.stream)
        return self.starts[first], end

    def regions(self, start: int, end: int, lead: int = 0) -> list[Region]:
        """The boxes of key range [start, end): one per page, the union of the
        range's part of each line. `lead`: characters printed before the first
        key that belong to the text too (the minus of '-755 072')."""
        out: dict[int, tuple[float, float, float, float]] = {}
        for i, (a, b) in self._line_spans(start, end):
            box = self._line_box(i, a, b, lead if a == start - self.starts[i] else 0)
            if box is None:
                continue
            page = self.lines[i].page_no
            if page in out:
                x0, top, x1, bottom = out[page]
                box = (min(x0, box[0]), min(top, box[1]), max(x1, box[2]), max(bottom, box[3]))
            out[page] = box
        return [Region(page_no=page, x0=b[0], top=b[1], x1=b[2], bottom=b[3]) for page, b in out.items()]

    def region(self, start: int, end: int, lead: int = 0) -> Region | None:
        """The box of a range on one page (the page of its first key, where it runs onto another)."""
        found = self.regions(start, end, lead)
        return found[0] if found else None

    def line_of(self, at: int) -> int:
        """Index of the line that holds key `at`."""
        lo, hi = 0, len(self.starts) - 1
        while lo < hi:
            mid = (lo + hi + 1) // 2
            if self.starts[mid] <= at:
                lo = mid
            else:
                hi = mid - 1
        return lo

    def _line_spans(self, start: int, end: int) -> Iterable[tuple[int, tuple[int, int]]]:
        if start >= end or not self.lines:
            return
        i = self.line_of(start)
        while i < len(self.lines) and self.starts[i] < end:
            line_end = self.starts[i + 1] if i + 1 < len(self.starts) else len(self.stream)
            a, b = max(start, self.starts[i]) - self.starts[i], min(end, line_end) - self.starts[i]
            if a < b:
                yield i, (a, b)
            i += 1

    def _locate(self, i: int, at: int) -> tuple[Word, int] | None:
        """The word of line i holding its key `at` (line-local), and the character index in it."""
        words = self.lines[i].line.words
        totals = self._word_keys.get(i)
        if totals is None:
            totals = [len(keys(w.text)) for w in words]
            # kept for every line of a long document: as bytes where every word has fewer than 256 keys
            self._word_keys[i] = totals = bytes(totals) if max(totals, default=0) < 256 else totals
        for word, total in zip(words, totals):
            if at < total:
                if total == len(word.text):  # every character a key (most words)
                    return word, at
                for j, n in enumerate(_char_keys(word)):
                    if at < n:
                        return word, j
                    at -= n
            at -= total
        return None

    def _line_box(self, i: int, a: int, b: int, lead: int) -> tuple[float, float, float, float] | None:
        first, last = self._locate(i, a), self._locate(i, b - 1)
        if first is None or last is None:
            return None
        (w0, j0), (w1, j1) = first, last
        j0 = max(0, j0 - lead)
        words = self.lines[i].line.words
        k0, k1 = words.index(w0), words.index(w1)
        touched = words[k0 : k1 + 1]
        uniform = self.lines[i].ocr
        return (_x_at(w0, j0, uniform), min(w.top for w in touched), _x_at(w1, j1 + 1, uniform), max(w.bottom for w in touched))

    def _whole(self, start: int, end: int) -> bool:
        """Does the range start at the beginning of a word's letters and end at the end of them?"""
        i = self.line_of(start)
        first = self._locate(i, start - self.starts[i])
        j = self.line_of(end - 1)
        last = self._locate(j, end - 1 - self.starts[j])
        if first is None or last is None:
            return False
        (w0, j0), (w1, j1) = first, last
        return not any(c.isalnum() for c in w0.text[:j0]) and not w1.text[j1 + 1 : j1 + 2].isalnum()


def _x_at(word: Word, j: int, uniform: bool = False) -> float:
    """Where character j of the word begins (j = len: where the word ends):
    in proportion to typical glyph widths (an 'r' or a comma is narrow, an
    'm' wide), or to the character count on an OCRed line, whose glyphs OCR
    spaced evenly."""
    n = len(word.text)
    if j >= n:
        return word.x1
    if j <= 0:
        return word.x0
    if uniform:
        return word.x0 + (word.x1 - word.x0) * j / n
    widths = [_width(c) for c in word.text]
    return word.x0 + (word.x1 - word.x0) * sum(widths[:j]) / sum(widths)


# advance widths of Helvetica (Arial has the same), in thousandths of an em: a
# fair guess for the sans and serif faces of Swedish minutes
_WIDTHS = {c: w for chars, w in (
    ("ijl'|", 222), ("ftI!,./:;[]\\ ", 278), ("r-()`°", 333), ('*"', 370),
    ("cksvxyzJ", 500), ("abdeghnopqu0123456789#$_§?–", 556), ("+<=>~", 584),
    ("FTZ", 611), ("ABEKPSVXY&", 667), ("CDHNRUw", 722), ("GOQ", 778), ("mM", 833),
    ("%", 889), ("W", 944), ("—@", 1000),
) for c in chars}


def _width(c: str) -> int:
    found = _WIDTHS.get(c)
    if found is None:
        base = unicodedata.normalize("NFD", c)[:1]  # 'å' as 'a', 'Ö' as 'O'
        found = _WIDTHS.get(base, 556)
    return found


def leading_marks(text: str) -> int:
    """How many characters of `text` come before its first key (a minus sign)."""
    stripped = text.lstrip()
    n = 0
    for c in stripped:
        if keys(c):
            break
        n += 1
    return n


def lines_regions(lines: Sequence[Placed]) -> list[Region]:
    """The union box of the lines on each page, in order of pages."""
    out: dict[int, list[float]] = {}
    for p in lines:
        words = p.line.words
        if not words:
            continue
        x0, x1 = min(w.x0 for w in words), max(w.x1 for w in words)
        top, bottom = min(w.top for w in words), max(w.bottom for w in words)
        box = out.get(p.page_no)
        if box is None:
            out[p.page_no] = [x0, top, x1, bottom]
        else:
            box[0], box[1], box[2], box[3] = min(box[0], x0), min(box[1], top), max(box[2], x1), max(box[3], bottom)
    return [Region(page_no=page, x0=b[0], top=b[1], x1=b[2], bottom=b[3]) for page, b in out.items()]


def field_regions(field: str, lines: Sequence[Placed]) -> list[FieldRegion]:
    return [FieldRegion(field=field, **r.model_dump()) for r in lines_regions(lines)]


# ---------------------------------------------------------------- names


def name_variants(name: str) -> list[str]:
    """A name as it may be printed: 'Mikael Lindqvist', 'Lindqvist Mikael'
    (or 'Lindqvist, Mikael': keys have no commas)."""
    parts = name.split()
    out = [name]
    for k in range(1, len(parts)):
        out.append(" ".join(parts[k:] + parts[:k]))
    return out


class NameFinder:
    """Finds names in some lines, each printed occurrence given once (a
    person listed twice, as member and as attester, gets both places)."""

    def __init__(self, locator: Locator):
        self.locator = locator
        self.used: set[tuple[int, int]] = set()

    def find(self, name: str, lo: int = 0, hi: int | None = None) -> Region | None:
        """The first place in keys lo..hi not yet given out where the name
        stands, in any of its orders."""
        stream = self.locator.stream
        hi = len(stream) if hi is None else hi
        best: tuple[int, int] | None = None
        for variant in name_variants(name):
            wanted = keys(variant)
            if not wanted:
                continue
            at = stream.find(wanted, lo, hi)
            while at >= 0 and (best is None or at < best[0]):
                span = (at, at + len(wanted))
                if span not in self.used and self.locator._whole(*span):
                    best = span
                    break
                at = stream.find(wanted, at + 1, hi)
        if best is None:
            return None
        self.used.add(best)
        return self.locator.region(*best)
