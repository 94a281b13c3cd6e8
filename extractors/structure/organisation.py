"""Pages → the organisation that issued a document: the kommun, region,
authority or association, as the document prints its name.

Read from the places a document names its issuer, never from its body text
(where other kommuner and authorities are named all the time):

- `margin`: the running header and footer of the first pages ('HÖGSBY
  KOMMUN | Protokoll | 1(14)', 'Brf Solgläntan · Org.nr 769600-1234');
- `head`: the top of page 1 (and of page 2 after a cover) down to the first
  labelled field or roll — letterhead, logo text, the title
  ('Exempelföreningen Årsmötesprotokoll 2024', 'Protokoll fört vid
  föreningsstämma med Brf Solgläntan', 'Datasektionens vårmöte 2024');
- `address`: a name standing over or beside an address, telephone, web
  address or organisation number on the first pages;
- `field`: a labelled field whose value names it ('Möte: Ordinarie
  årsstämma för Stenby samfällighetsförening').

The names a line prints are read by `organisation_names.names_in` (with the
vocabulary of `rules/sv/organisation.json`). Each name scores the places
it was read in (a place counts once per page); the best scores, and where two
spellings differ only by a fuller kind word ('Stenby samfällighet',
'Stenby samfällighetsförening') the fuller one takes both. A web address and
an organisation number are kept as evidence, never made into a name: when
no name is printed the organisation is None.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from extractors.structure import header
from extractors.structure.organisation_names import fold, names_in, vocabulary
from schemas.document import Line, Page

FIRST_PAGES = 3  # running headers, address blocks and fields are read on this many first pages
HEAD_MAX_LINES = 12  # the head of page 1 is at most this many lines
HEAD_LINE_WORDS = 12  # a cell with more words is running text: the head has ended
SENTENCE_WORDS = 7  # … and so is a cell of more words that ends with a full stop
COVER_MAX_WORDS = 40  # a first page with fewer words is a cover: the next page's head is read too
LOGO_WORDS = 3  # a name set over two lines: each of at most this many words
ADDRESS_REACH = 3  # an address block: a name at most this many lines from an address line
ADDRESS_LINE_WORDS = 8  # … each of its lines with at most this many words per cell (running text is no address)
SCORES = {"margin": 1, "head": 2, "address": 2, "field": 2}


@dataclass(frozen=True)
class Organisation:
    """The issuer's name (None when none is printed) and what it was read
    from: the places and lines, and any web address or organisation number."""

    name: str | None = None
    evidence: tuple[str, ...] = ()

    @property
    def evidence_text(self) -> str | None:
        return "; ".join(self.evidence) or None


# ---------------------------------------------------------------- where a document names itself


@dataclass
class _Found:
    name: str
    score: int = 0
    first: tuple[int, float] = (10**6, 0.0)  # the page and height it was first read at
    places: list[str] = field(default_factory=list)  # where it was read, as evidence
    seen: set[tuple[str, int]] = field(default_factory=set)  # (place, page) already scored


def read_organisation(pages: Sequence[Page]) -> Organisation:
    """The organisation that issued the document, from its clean pages (the
    running header and footer are each page's `margin_lines`), with its evidence."""
    first = list(pages[:FIRST_PAGES])
    found: dict[str, _Found] = {}

    def note(names: list[str], page_no: int, line: Line, place: str, printed: str | None = None) -> None:
        """The first name of a cell, scored once per place and page."""
        for name in names[:1]:
            entry = found.setdefault(fold(name), _Found(name))
            if (place, page_no) in entry.seen:
                continue
            entry.seen.add((place, page_no))
            entry.score += SCORES[place]
            entry.first = min(entry.first, (page_no, line.top))
            entry.places.append(f"{place} p. {page_no}: {(printed or line.text)[:80]}")

    def cells_of(line: Line, page_no: int, place: str) -> None:
        for cell in header.cells(line):
            note(names_in(cell, alone=True), page_no, line, place)

    for page in first:
        for line in page.margin_lines:
            cells_of(line, page.page_no, "margin")
    head = _head(first)
    for k, (page_no, line) in enumerate(head):
        cells_of(line, page_no, "head")
        if k + 1 < len(head) and (joined := _logo_lines(line, head[k + 1][1])):
            note(names_in(joined, alone=True), page_no, line, "head", joined)
    for page in first:
        lines = _top_down(page)
        near = _near_address(lines)
        for i, line in enumerate(lines):
            if i in near:
                cells_of(line, page.page_no, "address")
            if value := _field_value(line):
                note(names_in(value), page.page_no, line, "field")
    evidence = _identity_evidence(first)
    # the document's own pages open with its issuer: a name first read on a
    # later page (the running header of a bundled attachment) is another's
    own_pages = len(_opening(first))
    chosen = _best([f for f in found.values() if f.first[0] <= own_pages])
    if chosen is None:
        return Organisation(None, tuple(evidence))
    return Organisation(chosen.name, (*chosen.places[:3], *evidence))


def _field_value(line: Line) -> str | None:
    """The value of a labelled field that may name the organisation: 'Möte:
    Ordinarie årsstämma för X', or the label in a cell of its own ('Förening | Brf X')."""
    v = vocabulary()
    first, rest = line.segment_texts[0], " ".join(line.segment_texts[1:])
    if m := v.field_labels.match(first):
        return f"{m.group('value')} {rest}".strip()
    if rest and v.field_label_alone.fullmatch(first.strip()):
        return rest
    return None


def _logo_lines(upper: Line, lower: Line) -> str | None:
    """Two short lines set one under the other, as a logo's words are
    ('Asketorps' over 'Vägsamfällighet'): their first cells as one text."""
    a, b = upper.segment_texts[0], lower.segment_texts[0]
    if not (len(a.split()) <= LOGO_WORDS and len(b.split()) <= LOGO_WORDS):
        return None
    if abs(upper.x0 - lower.x0) > 0.5 * upper.size or not 0 < lower.top - upper.top <= 1.8 * upper.size:
        return None
    return f"{a} {b}"


def _best(candidates: list[_Found]) -> _Found | None:
    """The highest score, the earliest on ties; a name that another only
    extends with a fuller kind word ('Stenby samfällighet' → 'Stenby
    samfällighetsförening') gives its score to the fuller one."""
    for short in list(candidates):
        words = short.name.split()
        fuller = [c for c in candidates if c is not short and (w := c.name.split())
                  and len(w) == len(words) and w[:-1] == words[:-1]
                  and w[-1].casefold().startswith(words[-1].casefold()) and len(w[-1]) > len(words[-1])]
        if len(fuller) == 1:
            fuller[0].score += short.score
            fuller[0].first = min(fuller[0].first, short.first)
            fuller[0].places += short.places
            candidates.remove(short)
    if not candidates:
        return None
    return max(candidates, key=lambda c: (c.score, -c.first[0], -c.first[1]))


def _top_down(page: Page) -> list[Line]:
    """A page's lines, margins included, from the top (columns side by side)."""
    return sorted([*page.lines, *page.margin_lines], key=lambda ln: (round(ln.top), ln.x0))


def _head(pages: Sequence[Page]) -> list[tuple[int, Line]]:
    """The top of page 1 (and of page 2 after a cover) down to the first
    labelled field, roll opener or line of running text, at most
    HEAD_MAX_LINES lines each."""
    if not pages:
        return []
    out: list[tuple[int, Line]] = []
    heads = _opening(pages)
    for page in heads:
        for line in _top_down(page)[:HEAD_MAX_LINES]:
            if _stops_head(line):
                break
            out.append((page.page_no, line))
    return out


def _opening(pages: Sequence[Page]) -> list[Page]:
    """The pages a document opens with: any covers (few words: a title, a
    month; a page of no text at all), and the first page of text after them."""
    out: list[Page] = []
    for page in pages:
        out.append(page)
        if sum(len(ln.words) for ln in page.lines) >= COVER_MAX_WORDS:
            break
    return out


def _stops_head(line: Line) -> bool:
    """A labelled field, a roll's opener or running text: the head is over."""
    v = vocabulary()
    for cell in line.segment_texts:
        words = len(cell.split())
        if words > HEAD_LINE_WORDS or (words > SENTENCE_WORDS and cell.rstrip().endswith(".")):
            return True
    first = line.segment_texts[0].casefold().strip(" :")
    if any(first == o or first.startswith(o + " ") or first.startswith(o + ":") for o in v.openers):
        return True
    if _field_value(line) is not None:
        return True
    return any(header.label_value(line, label) not in (None, "")
               for label in ("time", "location", "place_and_time", "date", "meeting_date_only", "organ"))


def _near_address(lines: Sequence[Line]) -> set[int]:
    """Indices of the lines of an address block: each short line (no
    running text) within ADDRESS_REACH lines of a short address, telephone,
    web or organisation-number line, in the same column."""
    v = vocabulary()
    short = [all(sum(any(c.isalpha() for c in w) for w in cell.split()) <= ADDRESS_LINE_WORDS
                 for cell in ln.segment_texts) for ln in lines]
    anchors = [i for i, ln in enumerate(lines) if short[i]
               and (v.address.search(ln.text) or v.number.search(ln.text) or v.web.search(ln.text))]
    near: set[int] = set()
    for i in anchors:
        for j in range(max(0, i - ADDRESS_REACH), min(len(lines), i + ADDRESS_REACH + 1)):
            if short[j] and _same_column(lines[i], lines[j]):
                near.add(j)
    return near


def _same_column(a: Line, b: Line) -> bool:
    return min(a.x1, b.x1) - max(a.x0, b.x0) > 0 or abs(a.x0 - b.x0) < 30


def _identity_evidence(pages: Sequence[Page]) -> list[str]:
    """Web addresses and organisation numbers printed on the first pages, each once."""
    v = vocabulary()
    out: list[str] = []
    for page in pages:
        for line in _top_down(page):
            for m in v.web.finditer(line.text):
                if (item := f"web {m.group('domain').lower()}") not in out:
                    out.append(item)
            for m in v.number.finditer(line.text):
                number = re.sub(r"\s", "", m.group("number"))
                if (item := f"org.nr {number}") not in out:
                    out.append(item)
    return out
