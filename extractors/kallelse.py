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
attachments by its page numbers (extractors/contents.py).
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extractors import blocks, contents, fields, layout, people
from extractors.blocks import Placed
from schemas.document import Line
from schemas.meeting import Attachment, Item, Participant, Section, Source

MAX_NUMBER_STEP = 3  # agenda numbers may skip a little (a withdrawn item), never go back
TITLE_MATCH = 0.8
MIN_ROW_SIZE = 0.8
SMALL_PRINT = 0.85  # lines this much smaller than running text, above a page heading, are furniture  # agenda rows are set at least near the size of running text  # share of title words a divider or attachment heading must carry


@dataclass
class _Row:
    index: int  # into the placed lines
    number: int
    title: list[str] = field(default_factory=list)
    presenters: str = ""  # the presenter cell, joined over its lines
    time: str | None = None
    last: int = 0  # index of the row's last line (wrapped title or presenters)
    x: float = 0.0  # where the row's number stands
    bold: bool = False  # the number and the first words of the title
    size: float = 0.0
    ocr: bool = False
    unread_cell: bool = False  # a scanned number cell OCR could not read ('på' for '2.')
    heading: bool = False  # set off from running text by weight or size


def find_rows(placed: Sequence[Placed], size: float) -> list[int]:
    """Indices of the agenda rows among `placed` (before bundled attachments are cut off)."""
    return [row.index for row in _rows(placed, size)]


def _rows(placed: Sequence[Placed], size: float) -> list[_Row]:
    chain = _chain(_candidates(placed, size))
    return _scanned_rows(placed, chain) or chain


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
    rows = [row for row in _rows(placed, size) if row.index in wanted]
    if not rows:
        return [], {}
    entries = contents.read_contents(placed, [(r.index, r.number) for r in rows]) or _contents_before(placed, size, rows)
    if entries is not None:
        return _contents_items(placed, size, rows, entries, participants)
    columns = _columns(placed, rows)
    for k, row in enumerate(rows):
        _read_row(placed, row, _stop(placed, rows, k), columns, size)
    titles = {row.number: _join_title(row.title) for row in rows}
    margins = margins or {}
    stated = _stated_bundles(placed, margins, set(titles), _cited(titles))
    bundles, undivided = _bundles(placed, titles, size, placed[rows[0].index].page_no, stated, {r.index for r in rows})
    end_page = min(bundles) if bundles else None
    if end_page is not None:
        rows = [r for r in rows if placed[r.index].page_no < end_page]
        with_attachments = [r.number for k, r in enumerate(rows) if _lists_attachments(placed, rows, k, end_page)]
        keys = {page: frozenset(layout.margin_key(t) for t in texts) for page, texts in margins.items()}
        title_sizes = {page: head[2] for page, head in _page_heads(placed, size, {r.index for r in rows}).items()}
        bundles, tails = _hand_on_tails(bundles, keys, with_attachments, title_sizes, undivided)
        undivided |= tails
    sections = _sections(placed, rows)
    citations = _citations(titles)
    items = [_item(placed, rows, k, sections, bundles, undivided, end_page, participants, citations) for k in range(len(rows))]
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


def _stop(placed: Sequence[Placed], rows: list[_Row], k: int) -> int:
    """Where row k's lines end: at the next row, or at the end of the document."""
    return rows[k + 1].index if k + 1 < len(rows) else len(placed)


def _candidates(placed: Sequence[Placed], size: float) -> list[_Row]:
    """Lines that open with a number at the text margin, each with the
    typography of its number and first title words (not of the whole line: a
    row's presenters and time are often set in plain text beside a bold title)."""
    pattern = blocks.rule("agenda.row").pattern
    found = []
    for i, p in enumerate(placed):
        if p.line.x0 > p.left + 2 * size:
            continue
        if not p.ocr and p.line.size < MIN_ROW_SIZE * size:
            continue  # a table or footnote in small print
        if m := pattern.match(p.line.text):
            head = _row_head(p.line, m.end())
            bold = blocks.is_bold(Line((head,)))
            found.append(_Row(i, int(m.group("number")), x=p.line.x0, bold=bold, size=p.line.size, ocr=p.ocr,
                              heading=not p.ocr and (bold or p.line.size >= 1.15 * size)))
    return found


def _row_head(line: Line, number_end: int) -> tuple:
    """The number and up to two words of the title after it."""
    words, used = [], 0
    for w in line.words:
        if used >= number_end and len(words) >= 3:
            break
        words.append(w)
        used += len(w.text) + 1
    return tuple(words)


def _same_series(a: _Row, b: _Row) -> bool:
    """Two rows set alike: number at the same left edge, same weight and size.
    OCR knows no weight and guesses sizes, so there only the edge counts."""
    if abs(a.x - b.x) > blocks.COLUMN_TOLERANCE:
        return False
    if a.ocr or b.ocr:
        return True
    return a.bold == b.bold and abs(a.size - b.size) <= 1.0


def _chain(candidates: list[_Row]) -> list[_Row]:
    """The agenda: the longest series of rows set alike whose numbers rise —
    not the '1. 2.' of a list inside an item (it restarts, and stands at
    another edge or in another weight)."""
    def longest(rows: list[_Row]) -> list[_Row]:
        series = blocks.rising_chain([c.number for c in rows], MAX_NUMBER_STEP, same=lambda i, j: _same_series(rows[i], rows[j]))
        return [rows[k] for k in series]

    found = longest(candidates)
    set_off = longest([c for c in candidates if c.heading])
    return set_off if set_off and len(set_off) >= len(found) else found  # a tie goes to rows set off as headings


def _scanned_rows(placed: Sequence[Placed], chain: list[_Row]) -> list[_Row] | None:
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
        rows.append(_Row(i, first + k, x=line.x0, size=line.size, ocr=True, unread_cell=unread))
    return rows


def _presenter_line(p: Placed) -> bool:
    found = blocks.leading_label("field.", p.line)
    return found is not None and found[0].data["field"] == "presenter"


_READ_NUMBER = re.compile(r"^(\d{1,3})[.,:)]?$")


def _read_number(line: Line) -> int | None:
    m = _READ_NUMBER.match(line.words[0].text)
    return int(m.group(1)) if m else None


_NUMBER_CELL = re.compile(r"^(?:punkt\s+|p\.\s*|ärende\s+)?\d{1,3}[.):]?$", re.IGNORECASE)


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


def _columns(placed: Sequence[Placed], rows: list[_Row]) -> _Columns:
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


def _read_row(placed: Sequence[Placed], row: _Row, stop: int, columns: _Columns, size: float) -> None:
    """The row's cells over its lines. A following line continues the row when
    it is not a label, section or pause and either (a) carries title words in
    the row's own typography at the title's edge, (b) holds only presenter or
    time cells, or (c) the line before ran into the right margin and this one
    starts flush with the row (a one-line row that wrapped)."""
    first = placed[row.index]
    title_cell = first.line.segments[_title_cell(first.line, row.unread_cell)]
    title_style = (row.bold, round(row.size))
    title_xs = (first.line.x0, title_cell[0].x0)
    number_match = blocks.rule("agenda.row").pattern.match(first.line.text)
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
        if i > row.index:
            same_style = (blocks.is_bold(Line((tuple(title_words),))) if title_words else None, round(p.line.size)) == title_style
            aligned = any(abs(p.line.x0 - x) <= size * 2.5 for x in title_xs)
            flush = any(abs(p.line.x0 - x) <= blocks.COLUMN_TOLERANCE / 2 for x in title_xs)
            wrapped = flush and not columns.boundaries and blocks.wraps_into(placed[i - 1], p)
            if title_words and not (title_open and ((same_style and aligned) or wrapped)):
                break
            if not title_words and not (presenter_words or time_words):
                break
        if title_words:
            text = blocks.words_text(title_words)
            if i == row.index and row.unread_cell:
                text = text[len(first.line.segment_texts[0]):]
            elif i == row.index:
                text = text[number_match.end():] if number_match else text
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


def _sections(placed: Sequence[Placed], rows: list[_Row]) -> dict[int, Section | None]:
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
    rows: list[_Row],
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
    bundle = next(((s, e) for s, (n, e) in bundles.items() if n == row.number), None)
    attachments = [Attachment(title=t) for t in found.attachments]
    if bundle is not None:
        page_end = max(page_end, bundle[1])
        attachments = _place_attachments(placed, found.attachments, bundle, bundle[0] not in undivided)

    if not attachments and cited.get(row.number):  # '(Bilaga 1)' in the row: where the pages so labelled begin
        attachments = [Attachment(title=cited[row.number], page_start=bundle[0] if bundle else None)]
    return Item(
        source=Source.KALLELSE,
        number=row.number,
        title=_join_title(row.title) or f"Punkt {row.number}",
        section=sections.get(row.number),
        scheduled_time=time,
        presenters=presenters,
        attachments=attachments,
        page_start=page_start,
        page_end=page_end,
        attested=found.attested,
        **found.text,
    )


# ---------------------------------------------------------------- a table of contents


def _contents_before(placed: Sequence[Placed], size: float, rows: list[_Row]) -> list[contents.Entry] | None:
    """A table of contents ahead of the rows that lists the same numbers: the
    rows are the items' own headings, the contents add their attachments."""
    listed = _chain([c for c in _candidates(placed, size) if c.index < rows[0].index and contents.leader(placed[c.index].text)])
    numbers = {r.number for r in rows}
    if len({r.number for r in listed} & numbers) < contents.MOST * len(numbers):
        return None
    return contents.read_contents(placed, [(r.index, r.number) for r in listed])


def _contents_items(
    placed: Sequence[Placed],
    size: float,
    rows: list[_Row],
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
        words = _words(title)
        match = next((entry for entry in unused if words and len(words & _words(entry[0])) >= TITLE_MATCH * len(words)), None)
        if match is not None:
            unused.remove(match)
            # the item's own wording when the contents hold all of it (they may add a translation),
            # the contents' when the item's text layer garbled a word
            out.append(Attachment(title=title if words <= _words(match[0]) else match[0], page_start=match[1]))
    return out + [Attachment(title=t, page_start=p) for t, p in unused]


# ---------------------------------------------------------------- bundled attachments


def _words(text: str) -> set[str]:
    return {w for w in re.findall(r"\w+", text.casefold()) if len(w) > 1 or w.isdigit()}


def _match(title: str, heading: str) -> float:
    """How well a page heading carries a title: the share of the title's words
    in the heading, and of the heading's words in the title, whichever is less."""
    a, b = _words(title), _words(heading)
    if not a or not b:
        return 0.0
    common = len(a & b)
    return min(common / len(a), common / len(b))


def _page_heads(placed: Sequence[Placed], size: float, rows: set[int]) -> dict[int, tuple[str, bool, float]]:
    """Per page: its leading heading text, and whether the page is nothing but
    that heading (a divider page). A page that opens with an agenda row has no
    such heading: the agenda goes on there."""
    by_page: dict[int, list[int]] = {}
    for i, p in enumerate(placed):
        by_page.setdefault(p.page_no, []).append(i)
    heads = {}
    for page_no, indices in by_page.items():
        head: list[Placed] = []
        small = 0  # small print above the heading (a date stamp, a running line on too few pages)
        while small < min(2, len(indices) - 1) and (
            placed[indices[small]].line.size < SMALL_PRINT * size or _states_attachment(placed[indices[small]].text)
        ):
            small += 1
        for i in indices[small:]:
            p = placed[i]
            if i in rows or not blocks.is_heading(p.line, size) or (head and p.line.size != head[0].line.size):
                break
            head.append(p)
        if head:
            only = small + len(head) == len(indices) and len(head) <= 4
            heads[page_no] = (" ".join(p.text for p in head), only, head[0].line.size)
    return heads


def _states_attachment(text: str) -> bool:
    """'Bilaga till ärende 8', 'Bilaga 3': a line that says whose attachment the page is."""
    text = text.strip()
    return bool(blocks.rule("agenda.attachment_of").pattern.match(text) or blocks.rule("agenda.attachment_label").pattern.fullmatch(text))


STATEMENT_LINES = 3  # a page states whose attachment it is in its margins or its first lines


def _stated_bundles(
    placed: Sequence[Placed], margins: dict[int, tuple[str, ...]], numbers: set[int], cited: dict[str, int]
) -> dict[int, int]:
    """Pages that say whose attachment they are, in a running header or in
    their first lines: 'Bilaga till ärende 8', or 'Bilaga 3' where an agenda
    row cites '(bilaga 3)'. Page → item number."""
    to_item = blocks.rule("agenda.attachment_of").pattern
    label = blocks.rule("agenda.attachment_label").pattern
    texts: dict[int, list[str]] = {page: list(lines) for page, lines in margins.items()}
    first_lines: dict[int, list[Placed]] = {}
    for p in placed:
        first_lines.setdefault(p.page_no, []).append(p)
    for page, lines in first_lines.items():
        for p in sorted(lines, key=lambda p: p.line.top)[:STATEMENT_LINES]:
            texts.setdefault(page, []).extend([p.text, *p.line.segment_texts])
    out = {}
    for page, lines in texts.items():
        for text in lines:
            text = text.strip()
            if (m := to_item.match(text)) and int(m.group("number")) in numbers:
                out[page] = int(m.group("number"))
                break
            if (m := label.search(text)) and (number := _cited_item(m.group("label"), cited)) is not None:
                out[page] = number
                break
    return out


def _cited(titles: dict[int, str]) -> dict[str, int]:
    """Attachment labels the agenda rows cite ('(Bilaga 2a & 2b)', '(bilaga 4a-f)') → item number."""
    pattern = blocks.rule("agenda.cites_attachment").pattern
    out: dict[str, int] = {}
    for number, title in sorted(titles.items()):
        for m in pattern.finditer(title):
            for label in _labels(m.group("labels")):
                out.setdefault(label, number)
    return out


def _citations(titles: dict[int, str]) -> dict[int, str]:
    """Item number → the attachment its row cites, as printed ('Bilaga 2a & 2b')."""
    pattern = blocks.rule("agenda.cites_attachment").pattern
    out = {}
    for number, title in titles.items():
        if m := pattern.search(title):
            out[number] = m.group(0).strip("() ")
    return out


def _labels(text: str) -> list[str]:
    """'2a & 2b' → 2a, 2b; '4a-f' → 4a … 4f; '1-3' → 1, 2, 3."""
    out = []
    for part in re.split(r"\s*(?:&|,|och)\s*", text.casefold()):
        m = re.fullmatch(r"(\d{1,2})([a-z]?)(?:\s*[-–]\s*(\d{0,2})([a-z]?))?", part.strip())
        if not m:
            continue
        number, letter, to_number, to_letter = m.groups()
        if to_letter and letter and not to_number:
            out += [f"{number}{chr(c)}" for c in range(ord(letter), ord(to_letter) + 1)]
        elif to_number and not letter and int(to_number) > int(number):
            out += [str(n) for n in range(int(number), min(int(to_number), int(number) + 20) + 1)]
        else:
            out.append(number + letter)
    return out


def _cited_item(label: str, cited: dict[str, int]) -> int | None:
    label = label.casefold()
    if label in cited:
        return cited[label]
    digits = re.match(r"\d+", label).group()
    return next((n for key, n in cited.items() if re.match(r"\d+", key).group() == digits), None)


def _bundles(
    placed: Sequence[Placed],
    titles: dict[int, str],
    size: float,
    after_page: int,
    stated: dict[int, int],
    rows: set[int],
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """start page → (item number, last page) of each bundled attachment, and
    the starts that are an attachment's first page rather than a divider.
    A page that states its item ('Bilaga till ärende 8') starts that item's
    bundle (unless the page before stated the same); elsewhere a divider page,
    or without dividers a page heading, that carries an item's title does.
    Item numbers rise through the bundles."""
    heads = {n: h for n, h in _page_heads(placed, size, rows).items() if n > after_page}
    dividers = {n: text for n, (text, only, _) in heads.items() if only}
    candidates = dividers or {n: text for n, (text, _, _) in heads.items()}
    stated = {n: number for n, number in stated.items() if n > after_page}
    lines_on = {p.page_no for p in placed}
    starts: list[tuple[int, int]] = []
    undivided: set[int] = set()
    last_number = 0
    for page_no in sorted(set(candidates) | set(stated)):
        if page_no in stated:
            number = stated[page_no]
            if number <= last_number:
                continue  # the same item's bundle goes on (or a number out of order)
            starts.append((page_no, number))
            last_number = number
            if page_no in lines_on and not heads.get(page_no, ("", False, 0.0))[1]:
                undivided.add(page_no)  # the attachment itself begins on the page
            continue
        ceiling = min((n for p, n in stated.items() if p > page_no), default=None)
        scored = [
            (_match(title, candidates[page_no]), number)
            for number, title in titles.items()
            if number > last_number and (ceiling is None or number < ceiling)
        ]
        if not scored:
            continue
        score, number = max(scored, key=lambda s: (s[0], -s[1]))
        if score >= TITLE_MATCH:
            starts.append((page_no, number))
            last_number = number
    last_page = placed[-1].page_no if placed else 0
    last_page = max([last_page, *stated])
    out = {}
    for k, (page_no, number) in enumerate(starts):
        end = starts[k + 1][0] - 1 if k + 1 < len(starts) else last_page
        out[page_no] = (number, end)
    return out, undivided


def _lists_attachments(placed: Sequence[Placed], rows: list[_Row], k: int, end_page: int) -> bool:
    """Does row k's own text (not the bundle behind the agenda) list attachments?"""
    for p in placed[rows[k].last + 1 : _stop(placed, rows, k)]:
        if p.page_no >= end_page:
            break
        found = blocks.leading_label("field.", p.line)
        if found is not None and found[0].data["field"] == "attachments":
            return True
    return False


def _hand_on_tails(
    bundles: dict[int, tuple[int, int]],
    margins: dict[int, frozenset[str]],
    with_attachments: list[int],
    title_sizes: dict[int, float],
    undivided: set[int],
) -> tuple[dict[int, tuple[int, int]], set[int]]:
    """A bundled document ends where its own running header ('Tjänsteskrivelse')
    stops or, without one, before a later page that opens with a heading as
    large as the document's own title (another document begins). Pages after
    it, before the next divider, belong to the next item that lists
    attachments but has no divider of its own (an attachment bundled without
    one) — when no bundled item stands between the two, for bundles follow
    the agenda's order."""
    out = dict(bundles)
    tails: set[int] = set()
    has_bundle = {number for number, _ in bundles.values()}
    for start, (number, end) in sorted(bundles.items()):
        first = start if start in undivided else start + 1  # the bundled document's first page
        if first > end:
            continue
        before = margins.get(start if first > start else start - 1, frozenset())
        own = margins.get(first, frozenset()) - before
        if first + 1 <= end and start in undivided:
            own &= margins.get(first + 1, frozenset())  # a header of its own repeats; a stated divider line need not
        last = first
        if own:
            while last + 1 <= end and margins.get(last + 1, frozenset()) & own:
                last += 1
        elif first in title_sizes:
            while last + 1 <= end and title_sizes.get(last + 1, 0.0) < title_sizes[first] - 0.5:
                last += 1
        else:
            continue
        if last == end:
            continue
        target = next((n for n in with_attachments if n > number and n not in has_bundle), None)
        if target is None or any(number < n < target for n in has_bundle):
            continue
        out[start] = (number, last)
        out[last + 1] = (target, end)
        tails.add(last + 1)
        has_bundle.add(target)
    return out, tails


def _place_attachments(placed: Sequence[Placed], titles: list[str], bundle: tuple[int, int], divider: bool) -> list[Attachment]:
    """Each Beslutsunderlag line → the page where it begins inside the item's
    bundle: the page whose opening lines carry its words best; the first one
    otherwise starts right after the divider (or on the bundle's first page
    when it has none)."""
    start, end = bundle
    start = start if divider else start - 1
    openings: dict[int, str] = {}
    for p in placed:
        if start < p.page_no <= end and len(openings.get(p.page_no, "").split()) < 30:
            openings[p.page_no] = (openings.get(p.page_no, "") + " " + p.text).strip()
    out = []
    floor = start + 1
    for k, title in enumerate(titles):
        scored = [(len(_words(title) & _words(text)) / max(len(_words(title)), 1), n) for n, text in openings.items() if n >= floor]
        score, page = max(scored, key=lambda s: (s[0], -s[1]), default=(0.0, None))
        if score < 0.5:
            page = min(floor, end) if k == 0 and floor <= end else None
        if page is not None:
            floor = page
        out.append(Attachment(title=title, page_start=page))
    return out
