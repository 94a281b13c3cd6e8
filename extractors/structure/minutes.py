"""A protokoll's placed lines → its § items.

A § heading is a line that opens with a § label in any of the numbering
styles of Swedish and Finland-Swedish minutes — '§ 5', '§5', '5 §' (number
before the sign), a body's prefix ('KS § 1'), a letter ('§ 3 a', '§ 3a.') —
alone (the title on the next line), with a diary number ('§ 12   Dnr
RS/2023/145'), with its title beside it, or in a margin column left of the
text. The label as printed is kept (`Item.label`); the number is its integer.

Which candidate lines are headings is decided from evidence the document
carries, not from a template:
- the rows of a table of contents (dotted leaders, a page-number column) list
  the §§ but are not headings;
- a label repeated on a later page with 'forts' continues its §;
- the headings form a rising series: among the candidates, the series with
  the most weight is chosen by dynamic programming, each candidate weighing
  more when it is set off by type, shares the style and position of most
  candidates, and lies in the range the title page states ('Paragrafer
  1-12'). A quoted earlier handling ('KS § 437 06-12-13', '§ 21' of another
  body) does not fit the series;
- what the document states about itself ('Paragrafer 66-89', a table of
  contents) is compared with what was found: a disagreement is a problem row.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extractors import rules
from extractors.structure import blocks, decisions, fields, people
from extractors.reading import layout
from extractors.structure.presenters import item_presenters, opens_statement
from extractors.reading.placed import Placed
from schemas.document import Line, Problem, Word
from schemas.meeting import Attachment, Item, Participant, Source

MAX_NUMBER_STEP = 5  # minutes number § across meetings and may leave gaps (a § under sekretess)
TWIN_DISTANCE = 2  # lines: '14§ Title' and a bold '14 §' just below are one heading
_PAGE_CELL = re.compile(r"^\d{1,4}(?:\s*[-–]\s*\d{1,4})?$")  # the page column of a contents row


@dataclass
class Heading:
    """A § heading (or a numbered row read as one: `row_headings`) and what its item needs."""

    index: int
    number: int
    rest: list[Word]  # the words after the label on the heading line
    label: str = ""  # as printed: 'KS § 3 a', '13 §', '§ 3a'
    letter: str = ""
    style: tuple = ()  # (prefix, form, bold, size): what a series of headings shares
    set_off: bool = True  # by type, a diary number, a column of its own, or a line of its own
    typographic: bool = False  # set off by weight or size
    toc: bool = False  # a row of a table of contents
    continued: bool = False  # '§ 71 forts': the same § on a later page
    run_in: int | None = None  # where a title run into its text ends ('§ 5. Ansvarsfrihet. Stämman beviljade …'), in `rest`
    skip: tuple[int, ...] = field(default=())  # lines of a twin heading, not text
    printed: str = ""  # the label as printed, when the item keeps none ('5.' of numbered minutes)

    @property
    def key(self) -> tuple[int, str]:
        return (self.number, self.letter)


# ---------------------------------------------------------------- headings


def find_headings(placed: Sequence[Placed], size: float) -> list[Heading]:
    """The § headings, each with the lines under it that are no text: a twin
    of its heading line, and the lines that repeat a label with 'forts' on a
    later page (neither a new item nor text of the one they continue)."""
    candidates = _candidates(placed, size)
    stated = blocks.stated_range(placed)
    body = [c for c in candidates if not c.toc and not c.continued and c.set_off]
    headings = _merge_twins(_filled_gaps(_best_series(body, stated), placed), candidates, placed)
    continued = sorted(c.index for c in candidates if c.continued)
    for k, h in enumerate(headings):
        stop = headings[k + 1].index if k + 1 < len(headings) else len(placed)
        h.skip = (*h.skip, *(i for i in continued if h.index < i < stop))
    return headings


TRAILING_FROM = 0.55  # a § label after its title stands in the right part of the line's page, beyond this share of its width


def _trailing_heading(i: int, p: Placed, pattern, size: float) -> Heading | None:
    """A § label set after its title, apart at the right ('Val av
    protokolljusterare            § 202', as Finland-Swedish minutes print it):
    the title's words are the rest."""
    line = p.line
    if len(line.segments) < 2:
        return None
    last = blocks.words_text(line.segments[-1]).strip()
    m = pattern.fullmatch(last) if pattern.match(last) else None
    if m is None or m.group("prefix") or line.segments[-1][0].x0 < p.left + TRAILING_FROM * (p.right - p.left):
        return None
    rest = [w for seg in line.segments[:-1] for w in seg]
    if not blocks.words_text(rest)[:1].isupper():
        return None
    before = m.group("before")
    return Heading(index=i, number=int(before or m.group("number")), rest=rest, label=_label_text(m.group(0)),
                   letter=m.group("letter") or "", style=("", "trailing", blocks.is_bold(line), round(line.size)),
                   set_off=True, typographic=blocks.is_heading(line, size))


def _candidates(placed: Sequence[Placed], size: float) -> list[Heading]:
    pattern = blocks.rule("paragraph.heading").pattern
    case_rule = blocks.rule("paragraph.case_number").pattern
    continued = blocks.rule("paragraph.continued").pattern
    toc_row = blocks.rule("paragraph.toc_row").pattern
    found = []
    for i, p in enumerate(placed):
        line = p.line
        if p.ocr and (readings := _misread(line)):
            # what OCR made of a § sign can be read more than one way ('83': '§ 3' or '8 §'):
            # each reading is a candidate, and the rising series keeps the one that fits
            found.extend(Heading(i, number, rest, label, style=("", "ocr", False, 0)) for number, rest, label in readings)
            continue
        if not (m := pattern.match(line.text)):
            if (trailing := _trailing_heading(i, p, pattern, size)) is not None:
                found.append(trailing)
            continue
        consumed = len(m.group(0).split())
        rest = _without_specks(p, list(line.words[consumed:]))
        rest_text = blocks.words_text(rest)
        typographic = blocks.is_heading(line, size) or (  # '**§ 5 Title.** Text …': the label and title bold, run into text
            len(line.words) > consumed and all(w.bold for w in line.words[: consumed + 1]))
        set_off = (
            typographic
            or not rest
            or case_rule.match(rest_text) is not None
            or len(line.segments[0]) <= consumed  # '§ 12' alone in a margin column
            or _stands_alone(placed, i, rest_text)  # '§ 12 Title' in plain text (Word, OCR)
        )
        run_in = _run_in_title(placed, i, rest)
        before = m.group("before")
        found.append(
            Heading(
                index=i,
                number=int(before or m.group("number")),
                rest=rest,
                label=_label_text(m.group(0)),
                letter=m.group("letter") or "",
                style=(m.group("prefix") or "", "before" if before else "after", blocks.is_bold(line), round(line.size)),
                set_off=set_off or run_in is not None,
                typographic=typographic,
                run_in=run_in,
                toc=toc_row.search(line.text) is not None,
                continued=continued.match(rest_text) is not None,
            )
        )
    _mark_contents_columns(found, placed)
    _mark_listed_again(found, placed)
    return found


def without_contents(placed: Sequence[Placed], size: float) -> list[Placed]:
    """The lines without the rows of a table of contents."""
    rows = {c.index for c in _candidates(placed, size) if c.toc}
    return [p for k, p in enumerate(placed) if k not in rows]


def _misread(line) -> list[tuple[int, list[Word], str]]:
    """The readings of a § heading on an OCRed page whose sign OCR misread:
    '83' alone ('§3'), '845 | Dnr SN 2025/0112' (the number alone in its
    cell), '$ 78 Title' — and, in minutes that print the number before the
    sign, '83 Title' ('8 §'). Each reading is (number, words after it, label)."""
    if blocks.rule("paragraph.heading").pattern.match(line.text):
        return []
    misread = blocks.rule("paragraph.ocr_heading").pattern
    out: list[tuple[int, list[Word], str]] = []
    if m := misread.fullmatch(line.text):
        out.append((int(m.group("number")), [], f"§ {m.group('number')}"))
    elif len(line.segments) > 1 and (m := misread.fullmatch(line.segment_texts[0])):
        out.append((int(m.group("number")), [w for seg in line.segments[1:] for w in seg], f"§ {m.group('number')}"))
    elif m := blocks.rule("paragraph.ocr_prefix").pattern.match(line.text):
        out.append((int(m.group("number")), list(line.words[len(m.group(0).split()):]), f"§ {m.group('number')}"))
    if m := blocks.rule("paragraph.ocr_sign_after").pattern.match(line.text):
        out.append((int(m.group("number")), list(line.words[1:]), f"{m.group('number')} §"))
        if (n := misread.fullmatch(m.group(0))) is not None:  # '83 Title' read the other way: '§ 3'
            out.append((int(n.group("number")), list(line.words[1:]), f"§ {n.group('number')}"))
    return out


def _label_text(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip().rstrip(".:").strip()


def _mark_contents_columns(found: list[Heading], placed: Sequence[Placed]) -> None:
    """Rows of a table of contents set as a table: a last cell that is a page
    number or a range ('9 - 10'), on three or more candidate lines of a page."""
    rows = [c for c in found if len(placed[c.index].line.segments) > 1 and _PAGE_CELL.match(placed[c.index].line.segment_texts[-1])]
    per_page = Counter(placed[c.index].page_no for c in rows)
    for c in rows:
        if per_page[placed[c.index].page_no] >= 3:
            c.toc = True


LISTED_ROWS = 3  # a list of § rows this long, one under the other, whose §§ come again below, is a table of contents


def _mark_listed_again(found: list[Heading], placed: Sequence[Placed]) -> None:
    """A table of contents without page numbers ('Ärendeförteckning' over
    'KS § 112 | Godkännande av dagordning', 'KS § 113 | …'): rows of titled
    § candidates on consecutive lines of one page, rising, whose numbers come
    again as headings further on, where the §§ themselves are."""
    runs: list[list[Heading]] = []
    for c in sorted(found, key=lambda c: c.index):
        last = runs[-1][-1] if runs else None
        if (last is not None and c.index == last.index + 1 and placed[c.index].page_no == placed[last.index].page_no
                and c.number > last.number and c.rest):
            runs[-1].append(c)
        elif c.rest:
            runs.append([c])
    for run in runs:
        if len(run) < LISTED_ROWS:
            continue
        later = {c.number for c in found if c.index > run[-1].index}
        if sum(c.number in later for c in run) * 3 >= len(run) * 2:
            for c in run:
                c.toc = True


def _line_runs_on(a: Placed, b: Placed) -> bool:
    """Does line `a` run on into line `b` below it, as running text does?"""
    pattern = blocks.rule("paragraph.heading").pattern
    return (
        a.page_no == b.page_no
        and not a.text.rstrip().endswith((".", "!", "?"))  # a sentence that ended at the margin runs on into nothing
        and (a.ocr or abs(a.line.size - b.line.size) <= 1.0)  # nor does a larger title above
        and not (pattern.match(a.text) and pattern.match(b.text))  # a list of § rows, one under the other
        and blocks.wraps_into(a, b)
        and blocks.leading_label("field.", b.line) is None
        and not blocks.is_bold(b.line)
    )


RUN_IN_WORDS = 10  # a title run into its paragraph's text ends within this many words


def _run_in_title(placed: Sequence[Placed], i: int, rest: list[Word]) -> int | None:
    """Where the title of a paragraph that opens with its label ends ('§ 5.
    Förvaltningsberättelse. Kassören uppläste …', typed minutes' run-in form):
    the line opens a paragraph (the line above does not run on into it), its
    title is capitalised and closed by a full stop within a few words, and a
    capitalised sentence follows. None otherwise: a cross-reference that a
    sentence wrapped onto the start of a line has a line above running into it."""
    if not rest or not rest[0].text[:1].isupper() or (i > 0 and _line_runs_on(placed[i - 1], placed[i])):
        return None
    abbreviated = blocks.rule("title.abbreviated_end").pattern
    for k in range(1, min(len(rest), RUN_IN_WORDS + 1)):
        last = rest[k - 1].text
        if last.endswith((".", "!", "?")) and not abbreviated.search(last):
            if k >= len(rest) or not rest[k].text[:1].isupper():
                return None
            sentence = rest[k:]  # the text goes on into the next line, or is a sentence of its own
            goes_on = i + 1 < len(placed) and _line_runs_on(placed[i], placed[i + 1])
            return k if goes_on or (len(sentence) >= RUN_IN_SENTENCE_WORDS and sentence[-1].text.endswith((".", "!", "?"))) else None
    return None


RUN_IN_SENTENCE_WORDS = 3  # a sentence run in after a title on a line of its own has at least this many words


def _stands_alone(placed: Sequence[Placed], i: int, rest_text: str) -> bool:
    """A plain '§ 12 Title' line is a heading when it is a line of its own: the
    title is capitalised, and neither the line before nor the line itself
    runs on into the next (a cross-reference in running text does)."""
    if not rest_text[:1].isupper():
        return False
    before = i > 0 and _line_runs_on(placed[i - 1], placed[i])
    # a title wrapped once in a narrow column ('§ 2 Godkännande av dagordning: kl.' / '12.55')
    # runs on into one line that ends its paragraph; running text goes on
    after = i + 1 < len(placed) and _line_runs_on(placed[i], placed[i + 1]) and not (
        _in_column(placed[i]) and not (i + 2 < len(placed) and _line_runs_on(placed[i + 1], placed[i + 2])))
    if not before and not after:
        return True
    # a title wrapped over a few lines of a narrow column, a field's label under its last
    # ('§ 141 Kommunförbundet …' / 'Härjedalen – finansiering av' / '… 2024:' / 'Föredras av …'),
    # whatever the line above it (a roll's last entry may reach the column's edge)
    j = i
    while j + 1 < len(placed) and j - i < TITLE_WRAP_LINES and _line_runs_on(placed[j], placed[j + 1]):
        j += 1
    if not before and j == i + 1 and not placed[j].text.rstrip().endswith((".", ",", ";")):
        return True  # a title wrapped once, its second line ending it without a stop ('… av föreningsmedlem' / 'anmälda ärenden (motioner)')
    return (j + 1 < len(placed) and placed[j + 1].page_no == placed[i].page_no
            and blocks.leading_label("field.", placed[j + 1].line) is not None)


TITLE_WRAP_LINES = 3  # a § title wraps onto at most this many more lines


def _in_column(p: Placed) -> bool:
    """Is the line in one of its page's columns (its right edge is the column's, not the page's)?"""
    return p.column


def _follows(a: Heading, b: Heading) -> bool:
    """Can heading `b` come after `a` in one series? '§ 3' → '§ 3 a' → '§ 3 b' → '§ 4'."""
    if b.number == a.number:
        return b.letter > a.letter
    return 1 <= b.number - a.number <= MAX_NUMBER_STEP


def _weights(candidates: Sequence[Heading], stated: tuple[int, int] | None) -> list[float]:
    """Each candidate's evidence of being a heading: set off by type; the
    style and the label form most candidates share; inside the stated range."""
    if not candidates:
        return []
    style = Counter(c.style for c in candidates).most_common(1)[0][0]
    weights = []
    for c in candidates:
        w = 1.0 + (0.5 if c.typographic else 0.0) + (0.5 if c.style == style else 0.0)
        if stated is not None and stated[0] <= c.number <= stated[1]:
            w += 0.5
        weights.append(w)
    return weights


def _best_series(candidates: Sequence[Heading], stated: tuple[int, int] | None) -> list[Heading]:
    """The heaviest rising series among the candidates (longest-path dynamic
    programming over the candidates in reading order)."""
    weights = _weights(candidates, stated)
    best = list(weights)
    prev = [-1] * len(candidates)
    for j, b in enumerate(candidates):
        for i in range(j):
            if candidates[i].index < b.index and _follows(candidates[i], b) and best[i] + weights[j] > best[j]:
                best[j], prev[j] = best[i] + weights[j], i
    if not candidates:
        return []
    k = max(range(len(best)), key=lambda n: (best[n], -n))
    chain = []
    while k >= 0:
        chain.append(candidates[k])
        k = prev[k]
    return chain[::-1]


def _filled_gaps(series: list[Heading], placed: Sequence[Placed]) -> list[Heading]:
    """Headings of a scanned protokoll whose § sign OCR read as some other
    mark ('g 26', 'S 27', 'ss 28'): where the series leaves a gap ('§ 25' …
    '§ 29'), a line between the two on an OCRed page, at the edge where they
    stand, whose short mark before (or, in minutes that print '25 §', after)
    its number is followed by a title or nothing, and whose number is the
    next the gap needs, is a heading of the series. The series' own evidence
    reads it — its edge, the numbers it lacks, their order — not the mark."""
    out: list[Heading] = []
    for a, b in zip(series, series[1:]):
        out.append(a)
        if b.number - a.number < 2 or not (placed[a.index].ocr or placed[b.index].ocr) or a.style[0]:
            continue
        rule = blocks.rule("paragraph.ocr_gap_heading_after" if a.style[1] == "before" else "paragraph.ocr_gap_heading").pattern
        edges = [placed[h.index].line.x0 for h in (a, b)]
        last = a.number
        for i in range(a.index + 1, b.index):
            line = placed[i].line
            if not placed[i].ocr or not any(abs(line.x0 - x) <= blocks.COLUMN_TOLERANCE for x in edges):
                continue
            if (m := rule.match(line.text)) and int(m.group("number")) == last + 1 < b.number:
                last += 1
                label = f"{last} §" if a.style[1] == "before" else f"§ {last}"
                out.append(Heading(i, last, _without_specks(placed[i], list(line.words[len(m.group(0).split()):])), label, style=a.style))
    return out + series[-1:]


SPECK_CHARS = 2  # a scan's specks OCR reads as words of at most this many characters ('r SS')


def _without_specks(p: Placed, rest: list[Word]) -> list[Word]:
    """A heading's words without what OCR read from specks in the margin
    beside it: on an OCRed line, a last cell of its own whose every word is
    one or two characters."""
    if not p.ocr or len(p.line.segments) < 2:
        return rest
    last = p.line.segments[-1]
    if all(len(w.text) <= SPECK_CHARS for w in last) and any(w is last[0] for w in rest):
        return rest[: next(k for k, w in enumerate(rest) if w is last[0])]
    return rest


def _merge_twins(series: list[Heading], candidates: Sequence[Heading], placed: Sequence[Placed]) -> list[Heading]:
    """A heading printed twice ('14§ Lägesrapport' and a bold '14 §' just
    below) is one: it starts at the first line, takes its title from the one
    that carries one, and the other line is no text."""
    out = []
    for h in series:
        twins = [
            c for c in candidates
            if c is not h and not c.toc and c.key == h.key and abs(c.index - h.index) <= TWIN_DISTANCE
            and placed[c.index].page_no == placed[h.index].page_no
            and (c.set_off or not c.rest)  # not a sentence wrapped so that '§ 3' opens its line
        ]
        if not twins:
            out.append(h)
            continue
        group = sorted([h, *twins], key=lambda c: c.index)
        # the title is the one set as a heading ('41 § | Sammanträdets laglighet …' in bold), not the running
        # text beside a margin label that repeats the number ('KST 12.9.2023' over '41 § | ska sändas …')
        titled = max(group, key=lambda c: (c.typographic and bool(c.rest), len(blocks.words_text(c.rest))))
        first = group[0]
        out.append(
            Heading(
                index=first.index, number=h.number, rest=titled.rest, label=h.label, letter=h.letter,
                style=h.style, skip=tuple(c.index for c in group if c is not first), run_in=titled.run_in,
            )
        )
    return out


# ---------------------------------------------------------------- what the document states


def statement_problems(placed: Sequence[Placed], size: float, items: Sequence[Item]) -> list[Problem]:
    """Where the §§ found disagree with the range the title page states or
    with the table of contents: a problem row each, naming what is missing
    or extra."""
    found = {i.number for i in items if i.source is Source.PROTOKOLL}
    if not found:
        return []
    problems = []
    if (stated := blocks.stated_range(placed)) is not None:
        expected = set(range(stated[0], stated[1] + 1))
        what = f"the protokoll states §§ {stated[0]}–{stated[1]}"
        problems += _disagreement(what, expected, found)
    listed = {c.number for c in _candidates(placed, size) if c.toc}
    if len(listed) >= 2:
        problems += _disagreement("its table of contents lists §§ " + _numbers(listed), listed, found)
    return problems


def _disagreement(what: str, expected: set[int], found: set[int]) -> list[Problem]:
    missing, extra = expected - found, found - expected
    if not missing and not extra:
        return []
    parts = []
    if missing:
        parts.append(f"§§ {_numbers(missing)} were not found")
    if extra:
        parts.append(f"§§ {_numbers(extra)} were found beyond it")
    return [Problem(message=f"{what}, but " + " and ".join(parts))]


def _numbers(numbers: set[int]) -> str:
    return ", ".join(str(n) for n in sorted(numbers))


# ---------------------------------------------------------------- items


def paragraph_items(
    placed: Sequence[Placed],
    headings: list[Heading],
    participants: Sequence[Participant] = (),
    attachment_pages: frozenset[int] = frozenset(),
) -> tuple[list[Item], dict[int, int]]:
    """Items from the § headings `find_headings` found, and the owner of each
    line (index in `placed` → § number); a lettered § ('§ 3 a') after its
    number's own ('§ 3') is its sub-item; `participants` resolve role words and
    'föredragande' notes. A diary number on a line of its own just above a
    heading ('KS/2023/145' at the top of the page) is that heading's, not the
    end of the § before. Lines on `attachment_pages` (bundled attachments, see
    `attachment_pages`) stay the §'s (its pages, amounts) but are no text of
    its fields."""
    items = []
    owners: dict[int, int] = {}
    skip = {i for h in headings for i in h.skip}
    leads = [_case_number_above(placed, h.index) for h in headings]
    parents: dict[int, str] = {}  # '§ 3' of a '§ 3 a' that follows it
    size = blocks.body_size(placed)
    cell_x = _cell_column(placed, headings)
    for k, heading in enumerate(headings):
        if k + 1 < len(headings):
            stop = headings[k + 1].index - (1 if leads[k + 1] else 0)
        else:
            stop = len(placed)
        item = _item(placed, heading, stop, skip, participants, leads[k], attachment_pages, size, cell_x)
        if not heading.letter:
            parents[heading.number] = item.label or heading.printed or f"§ {heading.number}"
        elif heading.number in parents:
            item = item.model_copy(update={"parent_label": parents[heading.number]})
        items.append(item)
        start = heading.index - (1 if leads[k] else 0)
        owners.update(dict.fromkeys(range(start, stop), heading.number))
    return items, owners


def _cell_column(placed: Sequence[Placed], headings: Sequence[Heading]) -> float | None:
    """Headings set as the rows of a table ('§ 46 | Bredbandsstrategi | Emma
    Håkansson'): the left edge where a cell beside the title starts, shared
    by the lines of at least two headings and a third of them — a column
    the headings repeat, not a gap one title happens to hold."""
    xs = []
    for h in headings:
        if h.toc or not h.rest:
            continue
        cells = [seg for seg in placed[h.index].line.segments if seg[-1].x1 > h.rest[0].x0]
        if len(cells) >= 2:
            xs.append(cells[1][0].x0)
    starts = blocks.column_starts(xs, min_count=max(2, len(headings) // 3))
    return min(starts) if starts else None


def _split_cells(placed: Sequence[Placed], heading: Heading, body: list[int], cell_x: float) -> tuple[list[Word], list[str], list[Placed], list[int]]:
    """The heading's title words left of the cell column, the cells' texts
    (a name wrapped within its cell goes on in the lines below), and the lines
    under the heading without their cells' words (None for a line wholly in
    the column), as far as lines hold words in the column."""
    edge = cell_x - blocks.COLUMN_TOLERANCE
    title = [w for w in heading.rest if w.x0 < edge]
    cells = [blocks.words_text(seg) for seg in placed[heading.index].line.segments if seg[0].x0 >= edge]  # one text a cell
    lines: list[Placed] = []
    for i in body:
        p = placed[i]
        left = tuple(seg for seg in p.line.segments if seg[0].x0 < edge)
        right = [seg for seg in p.line.segments if seg[0].x0 >= edge]
        if (i != heading.index + 1 + len(lines) or p.page_no != placed[heading.index].page_no or not right
                or abs(right[0][0].x0 - cell_x) > blocks.COLUMN_TOLERANCE or (left and left[-1][-1].x1 > edge)):
            break  # running text across the column, or no cell: the table row has ended
        cells += [blocks.words_text(seg) for seg in right]
        lines.append(dataclasses.replace(p, line=Line(left)) if left else None)
    return title, [c for c in cells if c], lines, body[: len(lines)]


def row_headings(placed: Sequence[Placed], rows: Sequence) -> list[Heading]:
    """Numbered rows ('5.', 'Punkt 5', '5.1', 'a)': `chain.Row`) as headings,
    for minutes that number their items so: their items are read as §§ are
    (a title beside or below the number, the fields under it), not as the rows
    of an agenda, whose titles run on over the lines set alike. An item keeps
    no label (its number says it all), a sub-item its own and its parent's."""
    out = []
    for row in rows:
        line = placed[row.index].line
        sub = row.parent is not None
        out.append(Heading(
            index=row.index, number=row.number, rest=_words_after(line, row.label_end),
            label=row.item_label or "", letter=str(row.sub) if sub else "",
            style=("", "row", row.bold, round(row.size)), typographic=row.heading,
            printed=row.label.rstrip(".):/").strip(),
        ))
    return out


def _words_after(line, end: int) -> list[Word]:
    """The words of `line` after its first `end` characters (a label glued to
    its title, '12.Mini-Maria', leaves the title's part of the word)."""
    out, pos = [], 0
    for w in line.words:
        start, stop = pos, pos + len(w.text)
        if start >= end:
            out.append(w)
        elif stop > end:
            cut = end - start
            out.append(w._replace(text=w.text[cut:], x0=w.x0 + (w.x1 - w.x0) * cut / len(w.text)))
        pos = stop + 1
    return out


def _case_number_above(placed: Sequence[Placed], index: int) -> str | None:
    """The diary number standing alone on the line just above a heading, on its page."""
    if index == 0 or placed[index - 1].page_no != placed[index].page_no:
        return None
    m = blocks.rule("paragraph.bare_case_number").pattern.fullmatch(placed[index - 1].text.strip())
    return m.group("value") if m else None


def attachment_pages(pages: Sequence) -> frozenset[int]:
    """Pages whose running header or footer (or the first line, standing in
    the top margin) says they belong to a bundled attachment ('Bilaga Nämnden,
    12.03.2024 § 5'), when the minutes' own pages
    do not say so too: the § pages of such a document are the others. A
    document whose every page carries the word (minutes bundled as an
    attachment themselves) has none."""
    rule = blocks.rule("paragraph.attachment_page").pattern

    def says_so(page) -> bool:
        # a running header, or (on too few pages to count as one) the page's top line in its top margin
        top = page.lines[:1] if page.lines and layout.in_margin(page.lines[0], page.height) else []
        return any(rule.match(ln.text.strip()) for ln in [*page.margin_lines, *top])

    stated = {p.page_no for p in pages if says_so(p)}
    if len(stated) == len(pages):
        return frozenset()
    return frozenset(stated)


def _item(
    placed: Sequence[Placed],
    heading: Heading,
    stop: int,
    skip: set[int],
    participants: Sequence[Participant],
    case_above: str | None = None,
    attachment_pages: frozenset[int] = frozenset(),
    size: float = 10.0,
    cell_x: float | None = None,
) -> Item:
    case_rule = blocks.rule("paragraph.case_number").pattern
    head = placed[heading.index]
    rest_text = blocks.words_text(heading.rest)
    cells: list[str] = []
    case_number = case_above
    if head.page_no in attachment_pages:
        attachment_pages = frozenset()  # the heading stands on such a page: the header is the minutes' own
    if m := case_rule.search(rest_text):
        case_number = m.group("value").strip()
        rest_text = rest_text[: m.start()].strip(" -–|")
    body = [i for i in range(heading.index + 1, stop) if i not in skip and placed[i].page_no not in attachment_pages]
    notes = footnotes(placed, body, size)
    body = [i for i in body if i not in notes]
    if cell_x is not None and heading.rest:
        title_words, cells, lines, under = _split_cells(placed, heading, body, cell_x)
        if cells and not any(case_rule.search(c) for c in cells):  # a diary number's column is read below
            rest_text = blocks.words_text(title_words)
            placed = list(placed)
            edge = cell_x - blocks.COLUMN_TOLERANCE  # the heading's line as far as its title: no title ran into the cell
            placed[heading.index] = dataclasses.replace(head, line=Line(tuple(seg for seg in head.line.segments if seg[0].x0 < edge)))
            for i, line in zip(under, lines):
                if line is not None:
                    placed[i] = line
            body = [i for k, i in enumerate(body) if k >= len(lines) or lines[k] is not None]
        else:
            cells = []
    lead: list[Placed] = []
    def states(k: int):  # a sentence run in after a closed title, read on into the line under it
        after = placed[body[k]].text if k < len(body) else ""

        def opens(text: str) -> bool:
            if opens_statement(f"{text} {after}", within=len(text)):
                return True
            words, own = f"{text} {after}".split(), len(text.split())  # a label broken over the lines: 'Föredras' / 'av Eva Berg'
            return any(blocks.closed_label("field.", words[:n]) is not None for n in range(own + 1, min(len(words), own + 3) + 1))
        return opens

    if (cut := blocks.run_in(heading.rest, states=states(0))) is None:
        cut = heading.run_in  # a paragraph's text run in after its title ('§ 5. Ansvarsfrihet. Stämman beviljade …')
    if cut is not None and not cells:  # '§ 5 Title. Text …' on one line
        rest_text = blocks.words_text(heading.rest[:cut])
        lead = [dataclasses.replace(head, line=Line((tuple(heading.rest[cut:]),)))]
        title_lines, used = [rest_text], 0
    else:
        title_lines, used = _title_lines(placed, heading, body, rest_text, size)
        first = len(title_lines) - used  # the heading's own line, when it holds title words
        for k in range(used):  # 'Val av justerare tillika' / 'rösträknare. Beslut: …'
            words = placed[body[k]].line.words
            if (cut := blocks.run_in(words, states=states(k + 1))) is not None:
                title_lines = title_lines[: first + k] + [blocks.words_text(words[:cut])]
                lead = [dataclasses.replace(placed[body[k]], line=Line((tuple(words[cut:]),)))]
                used = k + 1
                break
    if used < len(body) and (m := case_rule.match(placed[body[used]].text)):
        case_number = case_number or m.group("value").strip()  # 'Dnr SVOM 2023/12' under the title
        used += 1
    time = blocks.clock(placed[body[used]].text) if used < len(body) else None
    used += time is not None  # 'kl. 13.00' on its own line under the title: the item's time
    cell_names: list[str] = []
    for cell in cells:  # the heading's cells: a time, or who presents
        if (at := blocks.clock(cell)) is not None:
            time = time or at
        else:
            cell_names += [n for n in people.split_names(cell, participants) if n not in cell_names]
    found = fields.split_fields(lead + [placed[i] for i in body[used:]], latest_wins=True)
    if found.text.get("decision"):  # 'Anna Berg reserverade sig mot beslutet …' under the decision: dissent
        decision, dissent = decisions.part_dissent(found.text["decision"])
        if dissent:
            found.text["decision"] = decision
            found.text["dissent"] = "\n".join(t for t in (found.text.get("dissent"), dissent) if t)
            found.boxes = decisions.moved_regions(found.boxes, lead + [placed[i] for i in body[used:]], "decision", "dissent", dissent)
    presenters = item_presenters(found, heading.number, participants)
    presenters = cell_names + [n for n in presenters if n not in cell_names]
    last = placed[stop - 1] if stop - 1 >= heading.index else head
    title = functools.reduce(layout.join_wrapped, title_lines).strip(" ;|").lstrip("–—-:. ") if title_lines else ""
    if m := case_rule.search(title):  # 'Val av justerare      Dnr SN 2024/10' on the title line
        case_number = case_number or m.group("value").strip()
        title = title[: m.start()].strip(" -–|")
    return Item(
        source=Source.PROTOKOLL,
        number=heading.number,
        label=heading.label or None,
        title=blocks.heading_text(title) or heading.label or heading.printed or f"§ {heading.number}",
        case_number=case_number,
        scheduled_time=time,
        presenters=presenters,
        attachments=[Attachment(title=t) for t in found.attachments],
        page_start=head.page_no,
        page_end=max(head.page_no, last.page_no),
        attested=found.attested,
        field_boxes=found.boxes,
        **found.text,
    )


FOOTNOTE_PRINT = 0.9  # footnotes are printed smaller than this share of running text
_FOOTNOTE_MARK = re.compile(r"^\s*(?:\d{1,3}|[*†])\s*(?=\S)")


def footnotes(placed: Sequence[Placed], body: Sequence[int], size: float) -> set[int]:
    """The lines of `body` that are a page's footnotes: the last lines of the
    body on their page, all in small print, the first opening with the
    note's mark ('19 Svensson (2012), …'); the text of the § goes on over
    them on the next page."""
    out: set[int] = set()
    by_page: dict[int, list[int]] = {}
    for i in body:
        by_page.setdefault(placed[i].page_no, []).append(i)
    for indices in by_page.values():
        run = 0
        while run < len(indices) and placed[indices[-1 - run]].line.size < FOOTNOTE_PRINT * size:
            run += 1
        if run and run < len(indices) and _FOOTNOTE_MARK.match(placed[indices[-run]].text):
            out.update(indices[-run:])
    return out


def _title_beside_margin(head: Placed, p: Placed, title_x: float) -> str | None:
    """The rest of a bold title that wrapped beside a margin column's next entry:
    the line under the heading holds a case number in the margin and, in the
    title's column and weight, the title's last words ('Dnr KS 2023/0412 |
    2024-2026'). None when the line is anything else."""
    segments = p.line.segments
    if len(segments) != 2 or not blocks.is_bold(head.line) or p.page_no != head.page_no:
        return None
    margin, beside = segments
    if abs(beside[0].x0 - title_x) > blocks.COLUMN_TOLERANCE or margin[0].x0 >= title_x - blocks.COLUMN_TOLERANCE:
        return None
    if not all(w.bold for w in beside) or not blocks.rule("paragraph.case_number").pattern.match(blocks.words_text(margin)):
        return None
    if not 0 < p.line.top - head.line.top <= 2.0 * head.line.size:
        return None
    return blocks.words_text(beside)


def _title_lines(placed: Sequence[Placed], heading: Heading, body: list[int], rest_text: str, size: float) -> tuple[list[str], int]:
    """The title: the words beside the label, and the lines below it in the
    same style and column (a title wrapped over two lines) — set off by weight
    or size, or, in running text's type, where the line before wrapped (a plain
    title is not run into the plain text under it); a field label ends it.
    Returns the lines and how many body lines they took."""
    head = placed[heading.index]
    title_lines = [rest_text] if rest_text else []
    title_style = None
    title_x = heading.rest[0].x0 if rest_text else None
    used = 0
    prev = head
    for i in body:
        p = placed[i]
        if (title_lines and title_x is not None and len(title_lines) == 1 and prev is head
                and (wrapped := _title_beside_margin(head, p, title_x)) is not None):
            title_lines.append(wrapped)  # 'KSAU § 145 | Medfinansiering av projektet …' over 'Dnr KS 2023/0412 | 2024-2026'
            break
        if blocks.leading_label("field.", p.line) is not None or blocks.whole("field.attested", p.text):
            break
        style = (blocks.is_bold(p.line), round(p.line.size))
        if title_lines and title_x is not None and (
                _wrapped_title(prev, p, (title_x, head.line.x0)) or _runs_on(title_lines[-1], prev, p, (title_x, head.line.x0))):
            title_lines.append(p.text)  # a title that ran to the margin goes on, whatever OCR made of its type
        elif not title_lines:
            after = placed[body[used + 1]] if used + 1 < len(body) else None
            running = (after is not None and after.page_no == p.page_no and len(p.line.segments) == 1
                       and len(p.text.split()) >= RUNNING_WORDS and after.text[:1].islower() and blocks.wraps_into(p, after))
            bold_title = style[0] and (not blocks.is_bold(head.line) or (  # a bold title wrapped onto a bold line
                running and not _sentence(p.text) and blocks.is_bold(after.line)))
            if (_sentence(p.text) or running) and not bold_title:
                break  # '1/' over 'Ordföranden hälsade … och förklarade mötet öppnat.': text, no title
            title_lines.append(p.text)
            title_style, title_x = style, p.line.x0
        elif (style == title_style and (style[0] or p.line.size >= 1.15 * size)) or (
                title_style is None and blocks.is_bold(head.line) and style[0]):
            if title_x is not None and abs(p.line.x0 - title_x) > blocks.COLUMN_TOLERANCE:
                break
            title_lines.append(p.text)
        else:
            break
        title_style = style
        prev = p
        used += 1
    return title_lines, used


SENTENCE_WORDS = 6  # a line of this many words ending in a full stop is a sentence, not a heading
RUNNING_WORDS = 8  # … and one of this many that runs on into the next line is running text


def _sentence(text: str) -> bool:
    """A full sentence of running text ('Ordföranden hälsade samtliga välkomna och förklarade mötet öppnat.')."""
    text = text.strip()
    return len(text.split()) >= SENTENCE_WORDS and text.endswith(".") and not blocks.rule("title.abbreviated_end").pattern.search(text)


def _runs_on(text: str, prev: Placed, cur: Placed, columns: tuple[float, ...]) -> bool:
    """Does `cur` go on with a title whose words run on ('Uppföljning av' /
    'utskrivningsklara patienter'): the title ends in no stop or colon, `cur`
    starts in lower case under it, in its size — a narrow column wraps before
    the page's margin."""
    return (
        prev.page_no == cur.page_no
        and cur.text[:1].islower()
        and blocks.list_marker(cur.text) is None  # 'a) Information …' is a point, not the title going on
        and not text.rstrip().endswith((".", ":", ";"))
        and any(abs(cur.line.x0 - x) <= blocks.COLUMN_TOLERANCE for x in columns)
        and (cur.ocr or abs(cur.line.size - prev.line.size) <= 0.2 * prev.line.size)
    )


_DECIDES = rules.patterns("decisions")["decision.body_verb"]


def _wrapped_title(prev: Placed, cur: Placed, columns: tuple[float, ...]) -> bool:
    """Does `cur` continue a title line that ran to the right margin: same
    page, starting under the title or under its heading line, about the same
    size (OCR's sizes are too rough to compare)?"""
    if prev.text.rstrip().endswith((".", ")")) or (cur.ocr and cur.text[:1].isupper()):
        return False  # a title ends at its stop or its '(Bilaga 2)'; on a scan, a capital begins the text under it
    if cur.text[:1].isupper() and (_DECIDES.match(cur.text) or opens_statement(cur.text)):
        return False  # 'Stämman beslutade att välja …', 'Anna Berg informerade om …': the text under the title
    return (
        prev.page_no == cur.page_no
        and any(abs(cur.line.x0 - x) <= blocks.COLUMN_TOLERANCE for x in columns)
        and (cur.ocr or (abs(cur.line.size - prev.line.size) <= 0.2 * prev.line.size and blocks.same_weight_at_wrap(prev, cur)))
        and blocks.wraps_into(prev, cur)
    )
