"""Numbered rows set as a table under a header row ('Punkt | Ärende |
Beslut / anteckning', 'Nr | Ärende | Föredragande | Tid') → each row's cells.

The header row names its columns: a column whose header is a field label
('Beslut', 'Förslag till beslut', 'Föredragande', 'Tid', 'Anteckning',
'Bilaga') holds that field for each row; the column the numbers stand in
is the number's, and the first other one the title's. The words are the
rules 'column.*' in `rules/sv/structure.json`.

Which row a cell's line belongs to is read from where the cells stand, not
from a template: a table's cells are set at the top of their row (each
cell's first line level with the row's number) or centred on it (a cell of
three lines has one above the number, one level with it, one below). Each
column's lines are dealt out to the rows in order so that every cell sits
best under the one hypothesis or the other (`_deal`), and the hypothesis
that fits the whole table better is taken. The table ends where a line
stands in no column, across the number column, or after a gap wider than a
few of its lines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from extractors import rules
from extractors.reading import layout
from extractors.reading.placed import Placed
from extractors.structure import blocks, decisions, people
from extractors.structure.presenters import stated_presenters
from schemas.document import Word
from schemas.meeting import Attachment, Item, Participant, Source

PAGE = 10_000.0  # points: a page's tops are set after the page before's, so that cells read on across a page break
RUN = 60  # lines: the most one cell holds
GAP_SLACK = 1.3  # line pitches: lines of one cell stand no further apart than this
HEADER_REACH = 3  # lines above the first row where its header row is looked for
END_GAP = 2.5  # line pitches: a wider gap under the table's last line ends it
LEVEL = 1.5  # points: a line whose top is this near a row number's stands level with it
# a table is read here when a column holds text no other reader takes from a row's line: presenter
# and time columns alone are `chain.columns_of`'s (with an agenda's sections and bundled attachments)
TEXT_FIELDS = ("decision", "proposal", "summary")


@dataclass
class Column:
    x: float
    field: str  # 'number', 'title' or an item field ('decision', 'presenter', …)
    label: str  # the header as printed
    notes: bool = False  # the header names notes beside its field ('Beslut / anteckning')


@dataclass
class Table:
    header: int  # index of the header row's line
    columns: list[Column]
    cells: dict[int, dict[str, str]]  # a row's line index → field → the cell's text
    owners: dict[int, int] = field(default_factory=dict)  # line index → the row's line index that owns it
    last: int = 0  # the table's last line

    def column(self, name: str) -> Column | None:
        return next((c for c in self.columns if c.field == name), None)


@dataclass(frozen=True)
class _Piece:
    index: int  # the line it is on
    top: float
    bottom: float
    text: str
    bold: bool = False  # every word of it


def read_table(placed: Sequence[Placed], rows: Sequence[tuple[int, int, float]]) -> Table | None:
    """The table the numbered rows are set in — `rows` as (line index,
    characters of the label, where the number stands), sub-items among them
    — when a header row above the first names a column of decisions,
    proposals or notes; else None."""
    if len(rows) < 2:
        return None
    first = rows[0][0]
    for fields in (TEXT_FIELDS, None):
        header = next((i for i in range(first - 1, max(-1, first - 1 - HEADER_REACH), -1)
                       if placed[i].page_no == placed[first].page_no and _header(placed[i], rows[0][2], fields) is not None),
                      None)
        if header is not None:
            break
    if header is None:
        return None
    columns = _header(placed[header], rows[0][2], fields)
    if columns is None or any(abs(x - rows[0][2]) > blocks.COLUMN_TOLERANCE for _, _, x in rows):
        return None
    if fields is None and not _centred_titles(placed, rows, columns):
        return None  # a table of titles, presenters and times, each on its row's line: `chain.columns_of` reads it
    number_x = rows[0][2]
    if abs(columns[0].x - number_x) > blocks.COLUMN_TOLERANCE:
        columns = [Column(number_x, "number", ""), *columns]  # a number column without a header of its own
    elif columns[0].field != "title":
        columns[0] = Column(columns[0].x, "number", columns[0].label)
    # else: 'Ärende' over '§ 1 Mötet öppnas': number and title share the first column
    if not any(c.field == "title" for c in columns):  # the first column after the number's holds the title
        columns[1] = Column(columns[1].x, "title", columns[1].label)
    edges = [c.x for c in columns[1:]]
    labels = {i: end for i, end, _ in rows}
    last = _last_line(placed, header, max(labels), edges)
    pieces: list[list[_Piece]] = [[] for _ in columns]
    for i in range(header + 1, last + 1):
        words = list(placed[i].line.words)
        if i in labels:
            words = _after(placed[i].line.words, labels[i])
        for k, ws in enumerate(_cells(words, edges)):
            if ws and columns[k].field != "number":
                at = placed[i].page_no * PAGE
                pieces[k].append(_Piece(i, at + placed[i].line.top, at + placed[i].line.bottom, blocks.words_text(ws),
                                        all(w.bold for w in ws)))
    row_lines = [(placed[i].page_no * PAGE + placed[i].line.top, placed[i].page_no * PAGE + placed[i].line.bottom)
                 for i in sorted(labels)]
    title = next(k for k, c in enumerate(columns) if c.field == "title")

    def fit(dealt: tuple[float, list]) -> tuple[int, float]:  # rows left without a title first, then points off:
        return sum(1 for run in dealt[1][title] if not run), dealt[0]  # where lines are as far apart as rows, both fit

    # a cell's line above the first row's number (below the header) is a cell centred on its row: no top-set table has one
    centred = any(p.top < row_lines[0][0] - LEVEL for column in pieces for p in column)
    dealt = min((_deal_all(pieces, row_lines, how) for how in (("centre",) if centred else ("top", "centre"))), key=fit)[1]
    order = sorted(labels)
    cells: dict[int, dict[str, str]] = {i: {} for i in order}
    owners = {i: i for i in order}
    for column, runs in zip(columns, dealt):
        for r, texts in enumerate(runs):
            for piece in texts:
                owners.setdefault(piece.index, order[r])
            heading, rest = _bold_heading(texts) if column.field == "title" else (texts, [])
            for name, run in ((column.field, heading), ("summary", rest)):
                if text := _joined(run):
                    cell = cells[order[r]]
                    cell[name] = "\n".join(t for t in (cell.get(name), text) if t) if name == "summary" else text
    return Table(header, columns, cells, owners, last)


def _joined(pieces: Sequence[_Piece]) -> str:
    text = ""
    for piece in pieces:
        text = layout.join_wrapped(text, piece.text) if text else piece.text
    return text


def _bold_heading(pieces: list[_Piece]) -> tuple[list[_Piece], list[_Piece]]:
    """A title cell that opens with a heading in bold and goes on in plain
    text ('**Varvet och sjösättning**' / 'Leif Askenbom informerade om …'):
    (the heading's lines, the item's text under it). A cell all in one
    weight is all title."""
    bold = 0
    while bold < len(pieces) and pieces[bold].bold:
        bold += 1
    if 0 < bold < len(pieces):
        return pieces[:bold], pieces[bold:]
    return pieces, []


def _cells(words: Sequence[Word], edges: Sequence[float]) -> list[list[Word]]:
    """A line's words dealt to the columns that start at `edges` (after the
    first): a word whose middle is past an edge is that column's — a column
    set flush right ('Tid' over '09.00', '13.20') starts left of its header."""
    cols: list[list[Word]] = [[] for _ in range(len(edges) + 1)]
    for w in words:
        middle = (w.x0 + w.x1) / 2
        cols[sum(1 for b in edges if w.x0 >= b - blocks.COLUMN_TOLERANCE / 2 or middle >= b)].append(w)
    return cols


def _centred_titles(placed: Sequence[Placed], rows: Sequence[tuple[int, int, float]], columns: list[Column]) -> bool:
    """Does a row's own line hold no title while the title column has lines
    of its own above or below it (a wrapped title centred on its row's
    number, as a table with cells set in the middle prints it)?"""
    title = next((c for c in columns if c.field == "title"), None)
    if title is None:
        return False
    later = [c.x for c in columns if c.x > title.x]
    end = min(later, default=float("inf")) - blocks.COLUMN_TOLERANCE
    for i, label_end, _ in rows:
        words = _after(placed[i].line.words, label_end)
        if any(title.x - blocks.COLUMN_TOLERANCE <= w.x0 < end for w in words):
            continue
        near = [placed[k] for k in (i - 1, i + 1) if 0 <= k < len(placed) and placed[k].page_no == placed[i].page_no]
        if any(p.line.words and title.x - blocks.COLUMN_TOLERANCE <= p.line.words[0].x0 < end and
               not p.line.text[:1].isdigit() for p in near):
            return True
    return False


def _header(p: Placed, number_x: float, fields: tuple[str, ...] | None = TEXT_FIELDS) -> list[Column] | None:
    """A header row: two or more cells, each a column's name, one of them
    one of `fields` (any field but the number's and the title's, when None)."""
    segments = p.line.segments
    if len(segments) < 2:
        return None
    columns = []
    for seg in segments:
        cells = _names(list(seg))
        if cells is None:
            return None
        columns += cells
    wanted = (lambda f: f in fields) if fields is not None else (lambda f: f not in ("number", "title"))
    if len(columns) < 2 or not any(wanted(c.field) for c in columns):
        return None
    return columns


def _names(words: list[Word]) -> list[Column] | None:
    """A header cell's words as column names: the whole cell, or names set
    too close to be cells of their own ('Punkt Ärende' over a narrow number
    column) — the fewest names that cover it."""
    text = blocks.words_text(words)
    if (rule := blocks.whole("column.", text)) is not None:
        return [Column(words[0].x0, rule.data["field"], text, bool(rule.data.get("notes")))]
    for cut in range(1, len(words)):
        if (head := _names(words[:cut])) is not None and len(head) == 1 and (tail := _names(words[cut:])) is not None:
            return head + tail
    return None


def _after(words: Sequence[Word], end: int) -> list[Word]:
    """The words after a row's label (its first `end` characters)."""
    out, pos = [], 0
    for w in words:
        if pos >= end:
            out.append(w)
        pos += len(w.text) + 1
    return out


def _last_line(placed: Sequence[Placed], header: int, last_row: int, edges: list[float]) -> int:
    """The table's last line: after its last row, lines go on while they
    stand in its columns (none in the number column), on the row's page,
    without a gap wider than a few of its lines."""
    rows_page = placed[last_row].page_no
    pitch = placed[last_row].line.bottom - placed[last_row].line.top
    last = last_row
    for i in range(last_row + 1, len(placed)):
        p = placed[i]
        if p.page_no != rows_page or p.line.top - placed[last].line.bottom > END_GAP * pitch:
            break
        if p.line.x0 < edges[0] - blocks.COLUMN_TOLERANCE:
            break  # text at the number column's edge: the table has ended
        last = i
    return last


def _deal_all(pieces: list[list[_Piece]], rows: list, how: str) -> tuple[float, list[list[list[_Piece]]]]:
    cost, out = 0.0, []
    for column in pieces:
        c, dealt = _deal(column, rows, how)
        cost += c
        out.append(dealt)
    return cost, out


def _deal(pieces: list[_Piece], rows: list, how: str) -> tuple[float, list[list[_Piece]]]:
    """Deal a column's lines, in order, to the rows, each row a run of them
    (or none), so that the cells stand best where `how` sets them: 'top' —
    a cell's first line level with its row's number; 'centre' — the middle
    of a cell level with the middle of its row's number. Dynamic programming
    over (rows dealt, lines dealt); returns the cost (points off) and the runs."""
    n, m = len(pieces), len(rows)
    inf = float("inf")
    steps = sorted(b.top - a.top for a, b in zip(pieces, pieces[1:]) if b.top > a.top)
    pitch = steps[0] if steps else 0.0  # a cell's lines follow each other at the line pitch
    gaps = [0.0] + [max(0.0, b.top - a.top - GAP_SLACK * pitch) for a, b in zip(pieces, pieces[1:])]
    gap_sum = [0.0]
    for g in gaps[1:]:
        gap_sum.append(gap_sum[-1] + g)
    # the row whose number a line stands level with: a cell holding it belongs to that row
    level = [next((q for q, (top, _) in enumerate(rows) if abs(p.top - top) <= LEVEL), -1) for p in pieces]
    row_pitch = min((b[0] - a[0] for a, b in zip(rows, rows[1:]) if b[0] > a[0]), default=pitch or 10.0)
    levelled = [0]
    for q in level:
        levelled.append(levelled[-1] + (q != -1))
    own: dict[int, list[int]] = {}
    for k, q in enumerate(level):
        own.setdefault(q, []).append(k)

    def others(r: int, a: int, b: int) -> int:  # lines of pieces[a:b] level with another row's number
        return levelled[b] - levelled[a] - sum(1 for k in own.get(r, ()) if a <= k < b)

    def off(r: int, a: int, b: int) -> float:  # pieces[a:b] as row r's cell
        if a == b:
            return 0.0
        top, bottom = rows[r]
        inside = gap_sum[b - 1] - gap_sum[a]  # a gap wider than a line within one cell
        inside += row_pitch * others(r, a, b)  # a line of another row's
        if how == "top":
            return abs(pieces[a].top - top) + inside
        return abs((pieces[a].top + pieces[b - 1].bottom) / 2 - (top + bottom) / 2) + inside

    best = [[inf] * (n + 1) for _ in range(m + 1)]
    back = [[0] * (n + 1) for _ in range(m + 1)]
    best[0][0] = 0.0
    for r in range(1, m + 1):
        for b in range(n + 1):
            for a in range(max(0, b - RUN), b + 1):
                if best[r - 1][a] < inf and (c := best[r - 1][a] + off(r - 1, a, b)) < best[r][b]:
                    best[r][b], back[r][b] = c, a
    runs: list[list[_Piece]] = []
    b = n
    for r in range(m, 0, -1):
        a = back[r][b]
        runs.append(pieces[a:b])
        b = a
    return best[m][n], runs[::-1]


def table_items(placed: Sequence[Placed], table: Table, rows: Sequence, source: Source,
                participants: Sequence[Participant] = ()) -> tuple[list[Item], dict[int, int]]:
    """Items from a table's rows (`chain.Row`s, sub-items after their parents), and the
    owner of each line (index in `placed` → item number): each row's title
    from the title column, each field from the column its header names. A
    column of decisions or notes ('Beslut / anteckning') gives as decision
    the sentences that are no note of a discussion or report, nor the
    meeting's opening or closing; the rest is the item's text."""
    items, owners = [], {}
    by_row = {row.index: row for row in rows}
    for i, row_index in sorted(table.owners.items()):
        owners[i] = by_row[row_index].number
    for row in rows:
        cells = table.cells.get(row.index, {})
        text: dict[str, str] = {}
        if (decision := _without_dash(cells.get("decision"))) is not None:
            column = table.column("decision")
            said, noted = _decided(decision) if column is not None and column.notes else (decision, "")
            if source is Source.PROTOKOLL:
                text["decision"] = said
                text["summary"] = noted
            else:  # a notice's decision column holds what is proposed
                text["proposal"] = decision
        for name in ("proposal", "summary"):
            if cells.get(name):
                text[name] = "\n".join(t for t in (text.get(name), cells[name]) if t)
        attachments = [Attachment(title=cells["attachments"])] if cells.get("attachments") else []
        if text.get("summary"):  # 'Bilaga: Förslag till arrendeavtal' on a line of a cell's own
            kept = []
            for part in text["summary"].split("\n"):
                if (m := _ATTACHMENT_LINE.search(part)) is not None:
                    attachments.append(Attachment(title=m.group("title").strip()))
                    part = part[: m.start()].strip()
                if part:
                    kept.append(part)
            text["summary"] = "\n".join(kept)
        pages = [placed[i].page_no for i, r in table.owners.items() if r == row.index]
        items.append(Item(
            source=source,
            number=row.number,
            label=row.item_label,
            parent_label=(row.parent.item_label or row.parent.label.rstrip(".):/").strip()) if row.parent is not None else None,
            title=blocks.heading_text(cells.get("title", "")) or row.label.rstrip(".):/").strip() or str(row.number),
            scheduled_time=_time(cells.get("time")),
            case_number=cells.get("case") or None,
            presenters=(people.split_names(cells["presenter"], participants) if cells.get("presenter")
                        else stated_presenters(text["summary"], participants) if text.get("summary") else []),
            attachments=attachments,
            page_start=placed[row.index].page_no,
            page_end=max(pages, default=placed[row.index].page_no),
            **{k: v for k, v in text.items() if v},
        ))
    return items, owners


# 'Bilaga: …', 'Bilaga 2: …' opening a cell's line, or after the sentence its line joined onto
_ATTACHMENT_LINE = re.compile(r"(?:^|(?<=[.!?])\s)\s*(?i:bilag(?:a|or))(?:\s+\d{1,2}(?:[.:]\d{1,2})?[a-f]?)?\s*:\s*(?P<title>\S.*)$")


def _without_dash(cell: str | None) -> str | None:
    """A cell without the dash that says it is empty ('–'), alone or on its
    first line ('–' / 'Nästa möte hålls …'); None when nothing else is in it."""
    if cell is None:
        return None
    text = re.sub(r"^\s*[-–—]+(?:\s+|$)", "", cell).strip()
    return text or None


def _decided(text: str) -> tuple[str, str]:
    """A decision-or-note cell → (the sentences that decide, the rest)."""
    note = blocks.rule("table.note_sentence").pattern
    header = rules.patterns("header")
    said, noted = [], []
    for sentence in decisions.sentences(text):
        procedural = header["time.opened"].search(sentence) or header["time.closed"].search(sentence)
        if decisions.states_decision(sentence) or not (procedural or note.match(sentence)):
            said.append(sentence)
        else:
            noted.append(sentence)
    return " ".join(said), " ".join(noted)


def _time(cell: str | None) -> str | None:
    if not cell:
        return None
    if (at := blocks.clock(cell)) is not None:
        return at
    m = blocks.rule("agenda.time_after").pattern.search(cell)
    return blocks.hhmm(m) if m else None
