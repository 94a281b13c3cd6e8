"""A kallelse's placed lines → agenda items.

The agenda is the longest series of lines that open with a number at the text
margin, set alike (the number at one left edge, the same weight and size of
the number and first title words) and numbered upwards; a list inside an item
('1. 2. 3.' under Förslag till beslut) restarts or stands elsewhere, and a
table in small print is no agenda. On a tie a series set off as headings wins.

A row's cells — title, presenters, time — are told apart by where their words
start: the presenter and time columns are the left edges that the rows
themselves fill, so a title that runs into the presenter column, presenters
that wrap onto the next line and rows without a time all read the same. Rows
printed on one line with dashes ('9. LOSUS-avtalet — Elsy Bäckström — 14:30')
are split at the dashes, after joining a row that wrapped (the line before
ran into the right margin). A presenter line under the title ('Föredragande:
Anna Berg, kl. 13:10') gives presenters and time. On scanned pages, where OCR
misreads the numbers, the lines above presenter lines are the rows.

Attachments bundled behind the agenda begin on a page that says whose they
are ('Bilaga till ärende 8' in its running header or first lines, or 'Bilaga
3' where a row cites '(bilaga 3)'), or on a divider page that carries an
item's title (or, without dividers, a page headed by it); from there on,
numbered lines belong to the attachments, not to the agenda. An agenda that
is a table of contents ('188 § Title ...... 2') places items and their
attachments by its page numbers (extractors/structure/contents.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extractors.structure import blocks, contents, fields, people
from extractors.reading import layout
from extractors.structure.attachments import TITLE_MATCH, citations, cited, find_bundles, hand_on_tails, page_heads, place_attachments, stated_bundles, words
from extractors.reading.placed import Placed
from schemas.document import Line
from schemas.meeting import Attachment, Item, Participant, Section, Source

MAX_NUMBER_STEP = 3  # agenda numbers may skip a little (a withdrawn item), never go back
MIN_ROW_SIZE = 0.8  # agenda rows are set at least near the size of running text
MARGIN_SIZES = 2  # an agenda row's number stands within this many body sizes of the text margin
SUB_REACH = 40  # lines after the last item where its sub-items are looked for


@dataclass
class Row:
    index: int  # into the placed lines
    number: int
    title: list[str] = field(default_factory=list)
    presenters: str = ""  # the presenter cell, joined over its lines
    time: str | None = None
    last: int = 0  # index of the row's last line (wrapped title or presenters)
    x: float = 0.0  # where the row's number stands
    title_x: float = 0.0  # where its title starts (on its line, else the number's)
    bold: bool = False  # the number (its label)
    title_bold: bool = False  # the first words of the title
    size: float = 0.0
    ocr: bool = False
    unread_cell: bool = False  # a scanned number cell OCR could not read ('på' for '2.')
    heading: bool = False  # set off from running text by weight or size
    label: str = ""  # the number as printed: '5.', 'Punkt 5', '5.1', '5 a', 'a)'
    label_end: int = 0  # characters of the line the label takes
    sub: int = 0  # a sub-item's place under its parent: '5.2' and 'b)' are 2; 0 for an item
    bare: bool = False  # a letter without its parent's number ('a)', 'b.')
    parent: "Row | None" = None  # the item a sub-item belongs to

    def key(self) -> tuple[int, int]:
        return (self.number, self.sub)

    @property
    def item_label(self) -> str | None:
        """The label an item keeps: none for an item numbered plainly (its
        number says it all), a § label as printed, and the printed one for a
        sub-item ('5.1', '5 a', 'a)' — a bare letter is unique only with its
        parent's label: `Item.identity`)."""
        if self.parent is None:  # a § label is kept as printed ('§ 5', 'KS § 5'), a number not
            return self.label.rstrip(".:").strip() if "§" in self.label else None
        return self.label if self.bare else self.label.rstrip('.):').strip()


def find_rows(placed: Sequence[Placed], size: float) -> list[int]:
    """Indices of the agenda rows among `placed` (before bundled attachments are cut off)."""
    return [row.index for row in numbered_rows(placed, size)]


def numbered_rows(placed: Sequence[Placed], size: float) -> list[Row]:
    """The agenda rows among `placed`, sub-items after their parents (before
    bundled attachments are cut off). Rows numbered with the § sign ('KS § 5
    | Budget | Anna Berg | 09.15') count only where no rows open with a bare
    number and the rows fill presenter or time columns: a notice set as a
    table, not the § headings of minutes bundled behind an agenda (those, and
    a notice of '§ 5' headings, are the § reader's)."""
    candidates = _candidates(placed, size)
    chain = _chain([c for c in candidates if not c.sub])
    if not chain:
        with_signs = _candidates(placed, size, paragraphs=True)
        signed = _chain([c for c in with_signs if not c.sub])
        if signed and _columns(placed, signed).boundaries:
            candidates, chain = with_signs, signed
    chain = _scanned_rows(placed, chain) or chain
    return _with_sub_rows(chain, [c for c in candidates if c.sub], placed)


def agenda_items(
    placed: Sequence[Placed],
    size: float,
    found: list[int],
    participants: Sequence[Participant] = (),
    margins: dict[int, tuple[str, ...]] | None = None,
) -> tuple[list[Item], dict[int, int]]:
    """Items from the rows `find_rows` found, and the owner of each line (its
    index in `placed` → item number): a row owns the lines down to the next
    row, and the pages of its bundled attachments. `participants` resolve a
    role word in a presenter cell; `margins` (page → its running header and
    footer lines) tell where a bundled document ends."""
    wanted = set(found)
    rows = [row for row in numbered_rows(placed, size) if row.index in wanted]
    if not rows:
        return [], {}
    items_only = [r for r in rows if r.parent is None]
    entries = contents.read_contents(placed, [(r.index, r.number) for r in items_only]) or _contents_before(placed, size, items_only)
    if entries is not None:  # a table of contents: its entries are the items
        return _contents_items(placed, size, items_only, entries, participants)
    columns = _columns(placed, rows)
    for k, row in enumerate(rows):
        _read_row(placed, row, _stop(placed, rows, k), columns, size)
    titles = {row.number: _join_title(row.title) for row in rows if row.parent is None}
    margins = margins or {}
    stated = stated_bundles(placed, margins, set(titles), cited(titles))
    bundles, undivided = find_bundles(placed, titles, size, placed[rows[0].index].page_no, stated, {r.index for r in rows})
    end_page = min(bundles) if bundles else None
    if end_page is not None:
        rows = [r for r in rows if placed[r.index].page_no < end_page]
        with_attachments = [r.number for k, r in enumerate(rows) if r.parent is None and _lists_attachments(placed, rows, k, end_page)]
        keys = {page: frozenset(layout.margin_key(t) for t in texts) for page, texts in margins.items()}
        title_sizes = {page: head[2] for page, head in page_heads(placed, size, {r.index for r in rows}).items()}
        bundles, tails = hand_on_tails(bundles, keys, with_attachments, title_sizes, undivided)
        undivided |= tails
    sections = _sections(placed, rows)
    cited_by_item = citations(titles)
    items = [_item(placed, rows, k, sections, bundles, undivided, end_page, participants, cited_by_item) for k in range(len(rows))]
    owners: dict[int, int] = {}
    for k, row in enumerate(rows):
        for i in range(row.index, _stop(placed, rows, k)):
            if end_page is not None and placed[i].page_no >= end_page:
                break
            owners[i] = row.number
    for i, p in enumerate(placed):
        for start, (number, end) in bundles.items():
            if start <= p.page_no <= end:
                owners[i] = number
    return items, owners


# ---------------------------------------------------------------- rows


def _stop(placed: Sequence[Placed], rows: list[Row], k: int) -> int:
    """Where row k's lines end: at the next row, or at the end of the document."""
    return rows[k + 1].index if k + 1 < len(rows) else len(placed)


def _candidates(placed: Sequence[Placed], size: float, paragraphs: bool = False) -> list[Row]:
    """Lines that open with a number at the text margin, each with the
    typography of its number and first title words (not of the whole line: a
    row's presenters and time are often set in plain text beside a bold title).
    A sub-item's label ('5.1', '5 a', 'a)') makes a candidate of its own kind
    (`sub`), found under its parent by `_with_sub_rows`. With `paragraphs`,
    a § label opens a row too ('§ 5', '§5', 'KS § 5', '§ 5 a' under '§ 5')."""
    pattern = blocks.rule("agenda.row").pattern
    sub_pattern = blocks.rule("agenda.sub_row").pattern
    alone = blocks.rule("agenda.number_alone").pattern
    paragraph = blocks.rule("paragraph.heading").pattern
    found = []
    for i, p in enumerate(placed):
        if p.line.x0 > p.left + MARGIN_SIZES * size:
            continue
        if not p.ocr and p.line.size < MIN_ROW_SIZE * size:
            continue  # a table or footnote in small print
        text = p.line.text
        if (m := sub_pattern.match(text)) and (m.end() < len(text) or _titled_below(placed, i)):
            letter = m.group("letter") or m.group("bare")
            number, sub = int(m.group("number") or 0), int(m.group("decimal") or 0) or ord(letter.casefold()) - ord("a") + 1
        elif (m := pattern.match(text)) or ((m := alone.fullmatch(text)) and _titled_below(placed, i)):
            number, sub = int(m.group("number")), 0
        elif paragraphs and (m := paragraph.match(text)) and (m.end() < len(text) or _titled_below(placed, i)):
            number, letter = int(m.group("before") or m.group("number")), m.group("letter")
            sub = ord(letter) - ord("a") + 1 if letter else 0
        else:
            continue
        label, title = _row_head(p.line, m.end())
        bold, title_bold = _bold(label), _bold(title) if title else _bold(label)
        found.append(Row(i, number, x=p.line.x0, title_x=title[0].x0 if title else p.line.x0,
                         bold=bold, title_bold=title_bold, size=p.line.size, ocr=p.ocr,
                          heading=not p.ocr and (bold or title_bold or p.line.size >= 1.15 * size),
                          label=m.group(0).strip(), label_end=m.end(), sub=sub, bare=bool(sub and m.groupdict().get("bare"))))
    return found


def has_columns(placed: Sequence[Placed], rows: Sequence[Row]) -> bool:
    """Do the rows fill presenter or time columns (a table), beside their titles?"""
    return bool(rows) and bool(_columns(placed, list(rows)).boundaries)


def sub_rows(placed: Sequence[Placed], size: float, parents: Sequence[tuple[int, int, int]]) -> list[Row]:
    """The sub-items ('5.1', '5 a', a bold 'a)') under headings another
    reader found (index, number, characters of its label): a § heading's
    '5.1' as an agenda row's, by `_with_sub_rows`."""
    heads = []
    for index, number, label_end in parents:
        p = placed[index]
        label, title = _row_head(p.line, label_end)
        bold, title_bold = _bold(label), _bold(title) if title else _bold(label)
        heads.append(Row(index, number, x=p.line.x0, title_x=title[0].x0 if title else p.line.x0,
                         bold=bold, title_bold=title_bold, size=p.line.size, ocr=p.ocr,
                         heading=not p.ocr and (bold or title_bold or p.line.size >= 1.15 * size)))
    subs = [c for c in _candidates(placed, size) if c.sub]
    return [r for r in _with_sub_rows(heads, subs, placed) if r.parent is not None]


def _titled_below(placed: Sequence[Placed], i: int) -> bool:
    """A number alone on its line heads an item when a title follows: on its
    page, or at the top of the next when the number ended its page."""
    if i + 1 >= len(placed) or not placed[i + 1].text[:1].isupper():
        return False
    return placed[i + 1].page_no in (placed[i].page_no, placed[i].page_no + 1)


def _with_sub_rows(chain: list[Row], candidates: list[Row], placed: Sequence[Placed] = ()) -> list[Row]:
    """The agenda with its sub-items, each after its parent: between an item
    and the next, the longest series of sub-labels that rises by one from
    '1' or 'a' at one left edge, set as the parent is (weight and size of the
    number and title). '5.1' and '5 a' carry their parent's number. A bare
    letter ('a)') belongs to the item above it, and counts only as a heading
    of its own: at its parent's edge (or its title's), a title in capitals
    and text of its own under it — the lettered points of an item's text, an
    indented list or rows one under the other ('a. … b. … c.' under a row of
    a dagordning), are no items. After the last item they are looked for on
    its page and the next."""
    if not chain or not candidates:
        return chain
    starts = {c.index for c in candidates} | {r.index for r in chain}
    out: list[Row] = []
    for k, parent in enumerate(chain):
        out.append(parent)
        stop = chain[k + 1].index if k + 1 < len(chain) else None
        under = [
            c for c in candidates
            if c.index > parent.index and (c.index < stop if stop is not None else c.index - parent.index <= SUB_REACH)
            and (c.number == parent.number if not c.bare else _own_heading(c, parent, starts, placed))
            and c.x >= parent.x - blocks.COLUMN_TOLERANCE
            and (c.ocr or parent.ocr or (c.bold == parent.bold and c.title_bold == parent.title_bold
                                          and abs(c.size - parent.size) <= 1.0))
        ]
        series = blocks.rising_chain([c.sub for c in under], 1, min_length=1,
                                     same=lambda i, j: abs(under[i].x - under[j].x) <= blocks.COLUMN_TOLERANCE)
        if series and under[series[0]].sub == 1:
            for c in (under[i] for i in series):
                c.number, c.parent = parent.number, parent
                out.append(c)
    return out


def _own_heading(c: Row, parent: Row, starts: set[int], placed: Sequence[Placed]) -> bool:
    """Is a bare letter ('a)') a heading of its own under `parent`: at the
    parent's edge or its title's, a title in capitals, and a line of text
    under it before the next numbered line?"""
    aligned = any(abs(c.x - x) <= blocks.COLUMN_TOLERANCE for x in (parent.x, parent.title_x))
    title = placed[c.index].text[c.label_end:].strip() if placed else ""
    return aligned and (not placed or title[:1].isupper() or not title) and c.index + 1 not in starts


def _row_head(line: Line, number_end: int) -> tuple[tuple, tuple]:
    """The words of the number's label, and up to two words of the title after it."""
    label, title, used = [], [], 0
    for w in line.words:
        if used < number_end:
            label.append(w)
        elif len(title) < 2:
            title.append(w)
        else:
            break
        used += len(w.text) + 1
    return tuple(label), tuple(title)


def _bold(words: tuple) -> bool:
    return bool(words) and blocks.is_bold(Line((words,)))


def _same_series(a: Row, b: Row) -> bool:
    """Two rows set alike: number at the same left edge, same weight and size.
    OCR knows no weight and guesses sizes, so there only the edge counts."""
    if abs(a.x - b.x) > blocks.COLUMN_TOLERANCE:
        return False
    if a.ocr or b.ocr:
        return True
    return a.bold == b.bold and a.title_bold == b.title_bold and abs(a.size - b.size) <= 1.0


def _chain(candidates: list[Row]) -> list[Row]:
    """The agenda: the longest series of rows set alike whose numbers rise —
    not the '1. 2.' of a list inside an item (it restarts, and stands at
    another edge or in another weight)."""
    def longest(rows: list[Row]) -> list[Row]:
        series = blocks.rising_chain([c.number for c in rows], MAX_NUMBER_STEP, same=lambda i, j: _same_series(rows[i], rows[j]))
        return [rows[k] for k in series]

    found = longest(candidates)
    set_off = longest([c for c in candidates if c.heading])
    return set_off if set_off and len(set_off) >= len(found) else found  # a tie goes to rows set off as headings


def _scanned_rows(placed: Sequence[Placed], chain: list[Row]) -> list[Row] | None:
    """On scanned pages OCR misreads row numbers ('1.' as '5', '2.' as 'på')
    or loses them, so the numbers cannot find the rows. Where each row is
    followed by its presenter line ('Föredragande: …'), that line finds them
    instead: the rows are the lines just above a presenter line, numbered in
    order from the start the readable numbers agree on."""
    presented = [
        i for i in range(len(placed) - 1)
        if placed[i].ocr and placed[i + 1].page_no == placed[i].page_no
        and _presenter_line(placed[i + 1]) and not _presenter_line(placed[i]) and not _ends_row(placed[i])
    ]
    if len(presented) < 2 or len(presented) <= sum(1 for r in chain if r.ocr):
        return None
    votes: Counter[int] = Counter()
    for k, i in enumerate(presented):
        if (n := _read_number(placed[i].line)) is not None:
            votes[n - k] += 1
    most = max(votes.values(), default=0)
    first = min((start for start, n in votes.items() if n == most and start >= 0), default=1)  # a tie: the lower start
    rows = []
    for k, i in enumerate(presented):
        line = placed[i].line
        unread = (  # a number cell of its own that the row pattern does not take off ('på', '4,')
            len(line.segments) > 1 and len(line.segment_texts[0]) <= 4
            and not blocks.rule("agenda.row").pattern.match(line.text)
        )
        m = blocks.rule("agenda.row").pattern.match(line.text)
        rows.append(Row(i, first + k, x=line.x0, size=line.size, ocr=True, unread_cell=unread,
                         label=m.group(0).strip() if m else "", label_end=m.end() if m else 0))
    return rows


def _presenter_line(p: Placed) -> bool:
    found = blocks.leading_label("field.", p.line)
    return found is not None and found[0].data["field"] == "presenter"


_READ_NUMBER = re.compile(r"^(\d{1,3})[.,:)]?$")


def _read_number(line: Line) -> int | None:
    m = _READ_NUMBER.match(line.words[0].text)
    return int(m.group(1)) if m else None


_NUMBER_CELL = re.compile(
    r"^(?:(?:punkt\s+|p\.\s*|ärende\s+)?(?:\d{1,3}(?:\.\d{1,2}|\s?[a-h])?|[a-h])[.):/]?"
    r"|(?:[a-zåäö]{1,8}\s+)?§\s*\d{1,4}(?:\s?[a-h])?\.?|\d{1,4}\s?§)$", re.IGNORECASE)  # '9.', 'Punkt 9', '5.1', 'KS § 9', '9 §'


def _title_cell(line: Line, unread: bool = False) -> int:
    """Index of the segment that holds the title: 1 when the number stands in
    a cell of its own ('9.' | 'LOSUS-avtalet' | …, or a cell OCR could not
    read), else 0."""
    return 1 if len(line.segments) > 1 and (unread or _NUMBER_CELL.match(line.segment_texts[0])) else 0


@dataclass(frozen=True)
class _Columns:
    presenter_x: float | None
    time_x: float | None

    @property
    def boundaries(self) -> list[float]:
        return [x for x in (self.presenter_x, self.time_x) if x is not None]


def _columns(placed: Sequence[Placed], rows: list[Row]) -> _Columns:
    """Presenter and time columns: left edges of cells that the agenda rows
    (and the line after each, where presenters wrap) share. A column is one
    the rows themselves fill: text indented under every title is a body."""
    time_rule = blocks.rule("agenda.time").pattern
    cells: list[tuple[float, str]] = []
    on_rows: list[float] = []
    for row in rows:
        for i in (row.index, row.index + 1):
            if i < len(placed) and (i == row.index or placed[i].line.x0 > placed[row.index].line.x0 + 40):
                if i > row.index and blocks.leading_label("field.", placed[i].line) is not None:
                    continue  # 'Föredragande: …' under the title is a field, not a column
                segs = placed[i].line.segments
                start = _title_cell(placed[i].line, row.unread_cell) + 1 if i == row.index else 0
                cells.extend((seg[0].x0, blocks.words_text(seg)) for seg in segs[start:])
                if i == row.index:
                    on_rows.extend(seg[0].x0 for seg in segs[start:])
    starts = [
        s for s in blocks.column_starts([x for x, _ in cells], min_count=1)
        if any(abs(x - s) <= blocks.COLUMN_TOLERANCE for x in on_rows)
    ]
    time_x = presenter_x = None
    for s in starts:
        at = [t for x, t in cells if abs(x - s) <= blocks.COLUMN_TOLERANCE]
        if sum(1 for t in at if time_rule.fullmatch(t)) * 2 > len(at):
            time_x = s if time_x is None else time_x  # a time cell is a time cell, even once
        elif presenter_x is None and len(at) >= min(2, len(rows)):
            presenter_x = s
    if time_x is not None and presenter_x is not None and presenter_x > time_x:
        presenter_x = None
    return _Columns(presenter_x, time_x)


def _read_row(placed: Sequence[Placed], row: Row, stop: int, columns: _Columns, size: float) -> None:
    """The row's cells over its lines. A following line continues the row when
    it is not a label, section or pause and either (a) carries title words in
    the row's own typography at the title's edge, (b) holds only presenter or
    time cells, or (c) the line before ran into the right margin and this one
    starts flush with the row (a one-line row that wrapped). Without columns,
    a title in running text's type goes on only where the line before wrapped:
    a row's plain title is not run into the plain text under it. A number
    alone on its line ('5.') has its title on the next."""
    first = placed[row.index]
    title_cell = first.line.segments[_title_cell(first.line, row.unread_cell)]
    title_style = (row.title_bold, round(row.size))
    alone = row.label_end >= len(first.line.text.rstrip())
    title_xs = (first.line.x0, title_cell[0].x0)
    presenter_cells: list[str] = []
    time_cell: str | None = None
    title_open = True
    i = row.index
    row.last = i
    while i < stop:
        p = placed[i]
        if i > row.index and (_ends_row(p) or p.page_no != first.page_no):
            break
        cols = blocks.split_at(p.line.words, columns.boundaries)
        title_words = cols[0]
        rest = cols[1:]
        presenter_words = rest[0] if columns.presenter_x is not None else []
        time_words = rest[-1] if columns.time_x is not None else []
        if i > row.index and alone and i == row.index + 1 and title_words:
            title_style = (blocks.is_bold(Line((tuple(title_words),))), round(p.line.size))  # the title below the number
            title_xs = (first.line.x0, p.line.x0)
        elif i > row.index:
            style = (blocks.is_bold(Line((tuple(title_words),))) if title_words else None, round(p.line.size))
            same_style = style == title_style and (bool(columns.boundaries) or style[0] or p.line.size >= 1.15 * size)
            aligned = any(abs(p.line.x0 - x) <= size * 2.5 for x in title_xs)
            flush = any(abs(p.line.x0 - x) <= blocks.COLUMN_TOLERANCE / 2 for x in title_xs)
            wrapped = (flush and not columns.boundaries and blocks.wraps_into(placed[i - 1], p)
                       and (p.ocr or blocks.is_bold(p.line) == blocks.is_bold(placed[i - 1].line)  # a wrapped title keeps its weight
                            or p.text.lstrip()[:1] in "—–|"))  # … unless the row's plain cells wrapped ('— Lars Holm — 10:40')
            open_end = bool(row.title) and not row.title[-1].rstrip().endswith((".", ":", ";"))
            runs_on = (flush and style == title_style and p.text[:1].islower() and open_end  # 'Uppföljning av' / 'utskrivningsklara'
                       and blocks.list_marker(p.text) is None)
            # a title cell of its own, right of the number's, that wraps within its column
            in_cell = (bool(columns.boundaries) and open_end and title_xs[1] > first.line.x0 + blocks.COLUMN_TOLERANCE
                       and abs(p.line.x0 - title_xs[1]) <= blocks.COLUMN_TOLERANCE / 2 and style == title_style)
            if title_words and not ((title_open and ((same_style and aligned) or wrapped)) or runs_on or in_cell):
                break
            if not title_words and not (presenter_words or time_words):
                break
        if title_words:
            text = blocks.words_text(title_words)
            if i == row.index and row.unread_cell:
                text = text[len(first.line.segment_texts[0]):]
            elif i == row.index:
                text = text[row.label_end:]
            row.title.append(text.strip())
        if presenter_words:
            presenter_cells.append(blocks.words_text(presenter_words))
        if time_words:
            time_cell = blocks.words_text(time_words)
            title_open = False
        row.last = i
        i += 1
    if not columns.boundaries:
        title, presenter_text, time_cell = _split_single_line(_join_title(row.title))
        row.title = [title]
        presenter_cells = [presenter_text] if presenter_text else []
    row.title = [t for t in row.title if t]
    row.presenters = _join_cells(presenter_cells)
    row.time = _hhmm(time_cell)


def _ends_row(p: Placed) -> bool:
    return (
        blocks.leading_label("field.", p.line) is not None
        or blocks.whole("section.", p.text) is not None
        or blocks.rule("agenda.break").pattern.match(p.text) is not None
    )


def _join_cells(cells: list[str]) -> str:
    """Presenter cells over several lines → one text; a name broken over two
    lines ('Elin' / 'Ring', 'Lec-' / 'Alsén') is joined again."""
    text = ""
    for cell in cells:
        if not text:
            text = cell
        elif text.endswith("-"):
            text += cell
        else:
            text += " " + cell
    return text


def _join_title(lines: list[str]) -> str:
    """A title wrapped over lines, joined as running text is ('hälso- och', 'Mini-Maria')."""
    text = ""
    for line in lines:
        text = layout.join_wrapped(text, line) if text else line
    return text


_SINGLE_SEPARATOR = re.compile(r"\s+[—–|]\s+|\s*\t\s*")


def _split_single_line(text: str) -> tuple[str, str | None, str | None]:
    """'LOSUS-avtalet — Elsy Bäckström — 14:30' → title, presenters, time.
    Parts at the end that are a time or names are taken off; a dash inside the
    title ('Göteborgs universitet – Återrapportering …') stays."""
    time_rule = blocks.rule("agenda.time").pattern
    parts = _SINGLE_SEPARATOR.split(text)
    time = presenters = None
    if len(parts) > 1 and time_rule.fullmatch(parts[-1].strip()):
        time = parts.pop().strip()
    elif m := re.search(r"\s(?:kl\.?\s*)?([01]?\d|2[0-3])[:.][0-5]\d$", parts[-1]):
        time = parts[-1][m.start():].strip()
        parts[-1] = parts[-1][: m.start()]
    if len(parts) > 1 and people.split_names(parts[-1]):
        presenters = parts.pop()
    return " – ".join(p.strip() for p in parts), presenters, time


def _hhmm(cell: str | None) -> str | None:
    if not cell:
        return None
    m = blocks.rule("agenda.time").pattern.fullmatch(cell.strip())
    return f"{int(m.group('hour')):02d}:{m.group('minute')}" if m else None


# ---------------------------------------------------------------- sections and bodies


def _sections(placed: Sequence[Placed], rows: list[Row]) -> dict[int, Section | None]:
    """The section heading each row stands under (None before any heading)."""
    out: dict[int, Section | None] = {}
    current: Section | None = None
    row_at = {r.index: r for r in rows}
    for i, p in enumerate(placed[: rows[-1].index + 1]):
        if i in row_at:
            out[row_at[i].number] = current
        elif (r := blocks.whole("section.", p.text)) is not None:
            current = Section(r.data["section"]) if r.data["section"] else None
    return out


def _item(
    placed: Sequence[Placed],
    rows: list[Row],
    k: int,
    sections: dict[int, Section | None],
    bundles: dict[int, tuple[int, int]],
    undivided: set[int],
    end_page: int | None,
    participants: Sequence[Participant],
    cited: dict[int, str],
) -> Item:
    row = rows[k]
    body = []
    for p in placed[row.last + 1 : _stop(placed, rows, k)]:
        if end_page is not None and p.page_no >= end_page:
            break
        if blocks.whole("section.", p.text) is not None:
            break
        if blocks.rule("agenda.break").pattern.match(p.text):
            continue
        body.append(p)
    found = fields.split_fields(body)
    presenters = people.split_names(row.presenters, participants)  # 'Ordförande' → the chair
    time = row.time
    for text in found.presenter_text:
        if m := blocks.rule("agenda.time_after").pattern.search(text):  # 'Föredragande: Anna Berg, kl. 13:10'
            time = time or f"{int(m.group('hour')):02d}:{m.group('minute')}"
            text = text[: m.start()]
        presenters += [n for n in people.split_names(text, participants) if n not in presenters]
    page_start = placed[row.index].page_no
    page_end = body[-1].page_no if body else placed[row.last].page_no
    # bundled attachments and those a row cites are the item's, not its sub-items'
    bundle = next(((s, e) for s, (n, e) in bundles.items() if n == row.number), None) if row.parent is None else None
    attachments = [Attachment(title=t) for t in found.attachments]
    if bundle is not None:
        page_end = max(page_end, bundle[1])
        attachments = place_attachments(placed, found.attachments, bundle, bundle[0] not in undivided)

    if not attachments and row.parent is None and cited.get(row.number):  # '(Bilaga 1)' in the row: where the pages so labelled begin
        attachments = [Attachment(title=cited[row.number], page_start=bundle[0] if bundle else None)]
    return Item(
        source=Source.KALLELSE,
        number=row.number,
        label=row.item_label,
        parent_label=_parent_label(row.parent),
        title=blocks.heading_text(_join_title(row.title)) or row.item_label or f"Punkt {row.number}",
        section=sections.get(row.number),
        scheduled_time=time,
        presenters=presenters,
        attachments=attachments,
        page_start=page_start,
        page_end=page_end,
        attested=found.attested,
        field_boxes=found.boxes,
        **found.text,
    )


def _parent_label(parent: Row | None) -> str | None:
    """The label a sub-item names its parent by: the parent's printed number ('5', 'Punkt 5')."""
    return parent.label.rstrip(".):/").strip() or str(parent.number) if parent is not None else None


# ---------------------------------------------------------------- a table of contents


def _contents_before(placed: Sequence[Placed], size: float, rows: list[Row]) -> list[contents.Entry] | None:
    """A table of contents ahead of the rows that lists the same numbers: the
    rows are the items' own headings, the contents add their attachments."""
    listed = _chain([c for c in _candidates(placed, size) if not c.sub and c.index < rows[0].index and contents.leader(placed[c.index].text)])
    numbers = {r.number for r in rows}
    if len({r.number for r in listed} & numbers) < contents.MOST * len(numbers):
        return None
    return contents.read_contents(placed, [(r.index, r.number) for r in listed])


def _contents_items(
    placed: Sequence[Placed],
    size: float,
    rows: list[Row],
    entries: list[contents.Entry],
    participants: Sequence[Participant],
) -> tuple[list[Item], dict[int, int]]:
    """Items of an agenda that is a table of contents: each item's text runs
    from its own heading to the next item's; its attachments begin on the
    pages the contents give them."""
    offset = contents.place_entries(placed, entries, size)
    last_page = placed[-1].page_no
    sections = _sections(placed, rows)
    starts = [e.start for e in entries if e.start is not None]
    items: list[Item] = []
    owners: dict[int, int] = {}
    for e in entries:
        owners[e.index] = e.number
        body: list[Placed] = []
        page_start = page_end = placed[e.index].page_no
        if e.start is not None:
            stop = min((s for s in starts if s > e.start), default=len(placed))
            body = list(placed[e.start + 1 : stop])
            heading = placed[e.start]
            if contents.bare_heading(heading.text) and body and blocks.is_heading(body[0].line, size):
                body = body[1:]  # '188 §' alone, the title on the line below
            for i in range(e.start, stop):
                owners[i] = e.number
            page_start, page_end = heading.page_no, placed[stop - 1].page_no
        found = fields.split_fields(body)
        presenters: list[str] = []
        for text in found.presenter_text:
            presenters += [n for n in people.split_names(text, participants) if n not in presenters]
        listed = [(title, page + offset if page is not None and 1 <= page + offset <= last_page else None) for title, page in e.attachments]
        attachments = _merge_listed(found.attachments, listed)
        items.append(
            Item(
                source=Source.KALLELSE,
                number=e.number,
                title=e.title or f"Punkt {e.number}",
                section=sections.get(e.number),
                presenters=presenters,
                attachments=attachments,
                page_start=page_start,
                page_end=max(page_end, page_start),
                attested=found.attested,
                field_boxes=found.boxes,
                **found.text,
            )
        )
    return items, owners


def _merge_listed(own: list[str], listed: list[tuple[str, int | None]]) -> list[Attachment]:
    """The item's own Beslutsunderlag lines, each with the page the contents
    give the attachment it names; attachments only the contents list follow.
    When the contents list any, lines of the item's own that name none of them
    are dropped (a garbled text layer, or text run into the field)."""
    if not listed:
        return [Attachment(title=t) for t in own]
    out: list[Attachment] = []
    unused = list(listed)
    for title in own:
        mine = words(title)
        match = next((entry for entry in unused if mine and len(mine & words(entry[0])) >= TITLE_MATCH * len(mine)), None)
        if match is not None:
            unused.remove(match)
            # the item's own wording when the contents hold all of it (they may add a translation),
            # the contents' when the item's text layer garbled a word
            out.append(Attachment(title=title if mine <= words(match[0]) else match[0], page_start=match[1]))
    return out + [Attachment(title=t, page_start=p) for t, p in unused]


# ---------------------------------------------------------------- bundled attachments


def _lists_attachments(placed: Sequence[Placed], rows: list[Row], k: int, end_page: int) -> bool:
    """Does row k's own text (not the bundle behind the agenda) list attachments?"""
    for p in placed[rows[k].last + 1 : _stop(placed, rows, k)]:
        if p.page_no >= end_page:
            break
        found = blocks.leading_label("field.", p.line)
        if found is not None and found[0].data["field"] == "attachments":
            return True
    return False
