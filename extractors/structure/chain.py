"""Placed lines → the rising chain of numbered rows: the lines that open
with a number in any of its forms ('5.', '5', '5)', '5/', 'Punkt 5',
'Ärende 5', '39 §', a number alone with its title below; '§ 5', 'KS § 5' in
a notice set as a table), and the longest series of them set alike — at one
left edge, in the weight and size of the number and of the first title
words — whose numbers rise (by at most three). A list inside an item
('1. 2. 3.' under Förslag till beslut) restarts or stands elsewhere, and a
table in small print is no agenda; on a tie a series set off as headings
wins. On scanned pages, where OCR misreads the numbers, the lines above
presenter lines are the rows.

Sub-items follow their parent: '5.1', '5 a' and a bare 'a)' rising by one
from their first at one edge, set as the parent is (`_with_sub_rows`); a
bare letter only as a heading of its own. The forms are rules in
`rules/sv/structure.json` ('agenda.row', 'agenda.sub_row',
'agenda.number_alone', 'paragraph.heading'). `agenda` reads the items of
these rows; `minutes.row_headings` reads them as §§ for minutes numbered so.

A row's columns — title, presenters, time — are the left edges that the
rows themselves fill (`columns_of`).
"""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Sequence

from extractors.structure import blocks
from extractors.reading.placed import Placed
from schemas.document import Line

MAX_NUMBER_STEP = 3  # agenda numbers may skip a little (a withdrawn item), never go back
MIN_ROW_SIZE = 0.8  # agenda rows are set at least near the size of running text
MARGIN_SIZES = 2  # an agenda row's number stands within this many body sizes of the text margin
MIN_INDENTED_ROWS = 3  # ... unless no such rows rise, and at least this many rows rise set in from it
SUB_REACH = 40  # lines after the last item where its sub-items are looked for
SAME_EDGE = 0.2  # body sizes: numbers standing this close stand at one edge
MARGIN_LINES = 3  # lines that start at a page's text margin
OCR_EDGE_SIZES = 0.8  # on a scan, numbers at one edge start within this many body sizes of each other
RIGHT_ALIGNED_SIZES = 1.5  # numbers set flush right ('9.' over '10.') start within this many body sizes of each other


@dataclass(slots=True)
class Row:
    index: int  # into the placed lines
    number: int
    title: list[str] = field(default_factory=list)
    presenters: str = ""  # the presenter cell, joined over its lines
    time: str | None = None
    case: str = ""  # the diary number a 'Dnr' column gives the row
    last: int = 0  # index of the row's last line (wrapped title or presenters)
    x: float = 0.0  # where the row's number stands
    title_x: float = 0.0  # where its title starts (on its line, else the number's)
    column_x: float = 0.0  # the left edge of the page column the row stands in (0 on a page of one column)
    margin_x: float = 0.0  # the left edge of its text: its column's, or its page's
    bold: bool = False  # the number (its label)
    title_bold: bool = False  # the first words of the title
    titled: bool = False  # a title stands on the number's line (not below it, nor only a dash in another cell)
    size: float = 0.0
    ocr: bool = False
    page: int = 0
    unread_cell: bool = False  # a scanned number cell OCR could not read ('på' for '2.')
    heading: bool = False  # set off from running text by weight or size
    label: str = ""  # the number as printed: '5.', 'Punkt 5', '5.1', '5 a', 'a)'
    label_end: int = 0  # characters of the line the label takes
    sub: int = 0  # a sub-item's place under its parent: '5.2' and 'b)' are 2; 0 for an item
    bare: bool = False  # a letter without its parent's number ('a)', 'b.')
    parent: "Row | None" = None  # the item a sub-item belongs to
    run_in: tuple = ()  # the plain words a bold title runs into on its line ('**5. Title.** Text …'): the item's text

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
    found = _misread_numbers(candidates(placed, size))
    chain = rising_rows([c for c in found if not c.sub])
    if len(chain) < MIN_INDENTED_ROWS:  # a letter's agenda indented under its heading ('Dagordning' / '   1. Mötets öppnande')
        indented = candidates(placed, size, indented=True)
        rows = rising_rows([c for c in indented if not c.sub])
        if len(rows) >= MIN_INDENTED_ROWS:
            found, chain = indented, rows
    if not chain:
        with_signs = candidates(placed, size, paragraphs=True)
        signed = rising_rows([c for c in with_signs if not c.sub])
        if signed and columns_of(placed, signed).boundaries:
            found, chain = with_signs, signed
    lone = [c for c in found if not c.sub]
    if not chain and len(lone) == 1 and _labelled_below(placed, lone[0].index):
        chain = lone  # an extract of minutes holds one item: '1. Fastställande av dagordning' / 'Beslut'
    if (stated := blocks.stated_range(placed)) is not None and not any(stated[0] <= r.number <= stated[1] for r in chain):
        # the document states its items ('Paragrafer Punkt 62'): rows in that range are its items, and a
        # series outside it is a list within one ('1. Avtalet godkänns.' / '2. Avtalet gäller …')
        inside = [c for c in lone if stated[0] <= c.number <= stated[1]]
        chain = rising_rows(inside) or (inside if len(inside) == 1 else chain)
    chain = _scanned_rows(placed, chain) or chain
    return _with_sub_rows(chain, _sub_candidates(placed, size, found), placed)


def _sub_candidates(placed: Sequence[Placed], size: float, found: list[Row]) -> list[Row]:
    """Sub-item candidates: '5.1' and '5 a' wherever they stand (they carry their
    parent's number, so one set in under it, '    12.1' under 'Ärende 12', is
    still its own); a bare 'a)' only at the margin, as `found` has it."""
    numbered = [c for c in candidates(placed, size, indented=True, subs_only=True) if not c.bare]
    return numbered + [c for c in found if c.sub and c.bare]


LABEL_BELOW_LINES = 3  # a lone numbered row is an item when a field's label follows within this many lines


def _labelled_below(placed: Sequence[Placed], index: int) -> bool:
    """Does a field's label ('Beslut', 'Förslag till beslut') stand in the
    few lines under row `index`, on its page, as under an item's heading?"""
    below = [p for p in placed[index + 1 : index + 1 + LABEL_BELOW_LINES] if p.page_no == placed[index].page_no]
    return any(blocks.leading_label("field.", p.line) is not None for p in below)



_LEADING_SPECKS = blocks.SPECKS  # what a scan's dust reads as before a line's first word


def candidates(placed: Sequence[Placed], size: float, paragraphs: bool = False, indented: bool = False,
               subs_only: bool = False) -> list[Row]:
    """Lines that open with a number at the text margin, each with the
    typography of its number and first title words (not of the whole line: a
    row's presenters and time are often set in plain text beside a bold title).
    A sub-item's label ('5.1', '5 a', 'a)') makes a candidate of its own kind
    (`sub`), found under its parent by `_with_sub_rows`. With `paragraphs`,
    a § label opens a row too ('§ 5', '§5', 'KS § 5', '§ 5 a' under '§ 5').
    With `indented`, a row may stand anywhere on its line's page (an agenda
    set in from the text margin of the letter around it). With `subs_only`
    (and `indented`, where no row is judged by the others' edges), only the
    sub-item candidates are made: a long document numbers thousands of lines."""
    assert indented or not subs_only
    pattern = blocks.rule("agenda.row").pattern
    sub_pattern = blocks.rule("agenda.sub_row").pattern
    alone = blocks.rule("agenda.number_alone").pattern
    paragraph = blocks.rule("paragraph.heading").pattern
    margins = _text_margins(placed)
    found = []
    beyond: set[int] = set()  # rows past the margin's reach, kept where the numbers of rows within it stand
    for i, p in enumerate(placed):
        margin = p.left if p.column else margins[p.page_no]  # each column of a page has its own margin
        if not indented and p.line.x0 > margin + MARGIN_SIZES * size:
            if p.line.x0 > margin + (MARGIN_SIZES + 1) * size:
                continue
            beyond.add(i)
        if not p.ocr and p.line.size < MIN_ROW_SIZE * size and not _table_row(p.line):
            continue  # a table of figures or a footnote in small print (an agenda's own table may be small too)
        text = p.line.text
        pad = 0
        if p.ocr and text[:1] in _LEADING_SPECKS:  # '"6. Ekonomisk rapport': a scan's speck before the number
            pad = len(text) - len(text.lstrip(_LEADING_SPECKS + " "))
            text = text[pad:]
        if (m := sub_pattern.match(text)) and (m.end() < len(text) or _titled_below(placed, i)):
            letter = m.group("letter") or m.group("bare")
            decimal = m.group("decimal") or m.group("colon")  # '9.1' or '9:1'
            if decimal is not None and not int(decimal):
                continue  # '18.00 i Föreningsstugan': a time at the margin, no sub-item is numbered 0
            number = int(m.group("number") or 0)
            sub = int(decimal) if decimal is not None else ord(letter.casefold()) - ord("a") + 1
        elif (m := pattern.match(text)) or ((m := alone.fullmatch(text)) and _titled_below(placed, i)):
            if (number := blocks.row_number(m)) is None:
                continue  # 'IIV.': no numeral
            sub = 0
        elif paragraphs and (m := paragraph.match(text)) and (m.end() < len(text) or _titled_below(placed, i)):
            number, letter = int(m.group("before") or m.group("number")), m.group("letter")
            sub = ord(letter) - ord("a") + 1 if letter else 0
        else:
            continue
        if subs_only and not sub:
            continue
        label, title = _row_head(p.line, pad + m.end())
        if not any(c.isalnum() for w in title for c in w.text):
            title = ()  # '34 | –': an empty cell's dash, the title below or centred above
        bold, title_bold = _bold(label), _bold(title) if title else _bold(label)
        x = p.line.x0
        if pad:  # where the number itself begins, within the word the speck is glued to
            w = p.line.words[0]
            x = w.x0 + (w.x1 - w.x0) * min(pad, len(w.text)) / max(len(w.text), 1)
        found.append(Row(i, number, x=x, title_x=title[0].x0 if title else p.line.x0,
                         column_x=p.left if p.column else 0.0, margin_x=margin,
                         bold=bold, title_bold=title_bold, titled=bool(title), size=p.line.size, ocr=p.ocr, page=p.page_no,
                          heading=not p.ocr and (bold or title_bold or p.line.size >= 1.15 * size),
                          label=m.group(0).strip(), label_end=pad + m.end(), sub=sub, bare=bool(sub and m.groupdict().get("bare"))))
    if beyond:  # a number column a little wider than the margin's reach ('Punkt' centred in a table)
        within = [r.x for r in found if r.index not in beyond and not r.sub]
        found = [r for r in found if r.index not in beyond or any(abs(r.x - x) <= SAME_EDGE * size for x in within)]
    return found


def _text_margins(placed: Sequence[Placed]) -> dict[int, float]:
    """Each page's text margin: the leftmost edge that several of its lines
    share — not a stray mark or an OCR speck further left."""
    edges: dict[int, list[float]] = {}
    for p in placed:
        edges.setdefault(p.page_no, []).append(p.line.x0)
    return {page: next(iter(blocks.column_starts(xs, min_count=MARGIN_LINES)), min(xs)) for page, xs in edges.items()}


def has_columns(placed: Sequence[Placed], rows: Sequence[Row]) -> bool:
    """Do the rows fill presenter or time columns (a table), beside their titles?"""
    return bool(rows) and bool(columns_of(placed, list(rows)).boundaries)


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
                         bold=bold, title_bold=title_bold, size=p.line.size, ocr=p.ocr, page=p.page_no,
                         heading=not p.ocr and (bold or title_bold or p.line.size >= 1.15 * size)))
    subs = _sub_candidates(placed, size, candidates(placed, size))  # '§ 19.' / '    19.1 Motion om …'
    return [r for r in _with_sub_rows(heads, subs, placed) if r.parent is not None]


def _titled_below(placed: Sequence[Placed], i: int) -> bool:
    """A number alone on its line heads an item when a title follows: on its
    page, or at the top of the next when the number ended its page."""
    if i + 1 >= len(placed) or not placed[i + 1].text[:1].isupper():
        return False
    return placed[i + 1].page_no in (placed[i].page_no, placed[i].page_no + 1)


def _with_sub_rows(chain: list[Row], subs: list[Row], placed: Sequence[Placed] = ()) -> list[Row]:
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
    if not chain or not subs:
        return chain
    starts = {c.index for c in subs} | {r.index for r in chain}
    out: list[Row] = []
    for k, parent in enumerate(chain):
        out.append(parent)
        stop = chain[k + 1].index if k + 1 < len(chain) else None
        under = [
            c for c in subs
            if c.index > parent.index and (c.index < stop if stop is not None else c.index - parent.index <= SUB_REACH)
            and (c.number == parent.number if not c.bare else _own_heading(c, parent, starts, placed))
            and c.x >= parent.x - blocks.COLUMN_TOLERANCE
            and (c.ocr or parent.ocr or (c.bold == parent.bold and c.title_bold == parent.title_bold
                                          and abs(c.size - parent.size) <= 1.0)
                 or (not c.bare and c.x > parent.x + blocks.COLUMN_TOLERANCE and _title_alone(c, placed))  # '9:1 …' under a bold '9) …'
                 or (not c.bare and placed and title_cell(placed[c.index].line) and title_cell(placed[parent.index].line)))
        ]  # a table's '§10.1 | Proposition: …' rows under its bold group row '§10 | Propositioner'

        series = blocks.rising_chain([c.sub for c in under], 1, min_length=1,
                                     same=lambda i, j: abs(under[i].x - under[j].x) <= blocks.COLUMN_TOLERANCE)
        if series and under[series[0]].sub == 1:
            for c in (under[i] for i in series):
                c.number, c.parent = parent.number, parent
                out.append(c)
    return out


def _title_alone(c: Row, placed: Sequence[Placed]) -> bool:
    """Is a numbered sub-row set in another weight than its parent a title of
    its own ('9:1 Proposition om reviderad budget' over 'Föredragande: …'), not
    a point of the item's text ('7a) Matutdelning: Ali samordnar …' running on
    into 'och lördagar.')? No colon or full stop in it, and the line under it
    does not go on in small letters."""
    if not placed:
        return False
    title = placed[c.index].text[c.label_end:].strip()
    below = placed[c.index + 1].text.lstrip() if c.index + 1 < len(placed) else ""
    return bool(title) and ":" not in title and not title.endswith(".") and not below[:1].islower()


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
    """Two rows set alike: number at the same edge, same weight and size.
    OCR knows no weight and guesses sizes, so there only the edge counts."""
    if not _same_edge(a, b):
        return False
    if a.ocr or b.ocr:
        return True
    # a title's weight is compared where both rows have one on their line
    alike_titles = a.title_bold == b.title_bold or not (a.titled and b.titled)
    return a.bold == b.bold and alike_titles and abs(a.size - b.size) <= 1.0


RESTYLED_LINK = 0.6  # a next number set in another weight ('9.' plain, '10.' a bold group row): weaker evidence than one set alike


def _link(a: Row, b: Row) -> float:
    """How well row `b` follows row `a` in one series: set alike (1), or the
    very next number at the same edge and size in another weight (a table's
    group rows in bold between its plain rows), which a series set alike
    outweighs; 0 where `b` cannot follow."""
    if _same_series(a, b):
        return 1.0
    if b.number == a.number + 1 and not (a.ocr or b.ocr) and _same_edge(a, b) and abs(a.size - b.size) <= 1.0:
        return RESTYLED_LINK
    return 0.0


def _same_edge(a: Row, b: Row) -> bool:
    """Do two rows' numbers stand at one edge: the same left edge, or — numbers
    set flush right before a tab, '9.' and '10.' ending where their titles
    begin — titles that start at one edge, the numbers within about a digit's
    width or two of each other."""
    # in a page's columns, from the column's edge — and a page of one column (the last page of a
    # two-column document, its text ended in the left column) from its page's
    ea, eb = (a.margin_x, b.margin_x) if a.column_x or b.column_x else (0.0, 0.0)
    ax, bx = a.x - ea, b.x - eb
    if abs(ax - bx) <= blocks.COLUMN_TOLERANCE:
        return True
    if a.ocr and b.ocr and a.page == b.page and abs(ax - bx) <= OCR_EDGE_SIZES * max(a.size, b.size):
        return True  # OCR's boxes start a speck early or late ('2.' with a fleck of ink before it)
    if (a.ocr or b.ocr) and a.page != b.page and abs((a.x - a.margin_x) - (b.x - b.margin_x)) <= blocks.COLUMN_TOLERANCE:
        return True  # scanned pages, each fed through the scanner a little askew of the last: from each page's margin
    titled = a.title_x > a.x and b.title_x > b.x
    return (titled and abs((a.title_x - ea) - (b.title_x - eb)) <= blocks.COLUMN_TOLERANCE / 2
            and abs(ax - bx) <= RIGHT_ALIGNED_SIZES * max(a.size, b.size))


def _misread_numbers(found: list[Row]) -> list[Row]:
    """Scanned rows whose number OCR misread, told by their neighbours: a
    number that repeats the next row's at the start ('2. Val av justerare' over
    '2. Föregående protokoll') is one less, and one between two rows two apart
    ('2.', '7.', '4.') is the one between them. Only rows of a scan, at the
    same edge, set alike."""
    rows = sorted((c for c in found if not c.sub), key=lambda c: c.index)
    fixed: dict[int, int] = {}
    for k, row in enumerate(rows):
        if not row.ocr or k + 1 >= len(rows) or not _same_series(row, rows[k + 1]):
            continue
        after = rows[k + 1].number
        before = fixed.get(rows[k - 1].index, rows[k - 1].number) if k and _same_series(rows[k - 1], row) else None
        if before is None and row.number == after and after > 1:
            fixed[row.index] = after - 1
        elif before is not None and after == before + 2 and row.number != before + 1:
            fixed[row.index] = before + 1
    return [dataclasses.replace(c, number=fixed[c.index]) if c.index in fixed and not c.sub else c for c in found]


def rising_rows(found: list[Row]) -> list[Row]:
    """The agenda: the longest series of rows set alike whose numbers rise —
    not the '1. 2.' of a list inside an item (it restarts, and stands at
    another edge or in another weight)."""
    def longest(rows: list[Row]) -> list[Row]:
        series = blocks.rising_chain([c.number for c in rows], MAX_NUMBER_STEP, same=lambda i, j: _link(rows[i], rows[j]))
        return [rows[k] for k in series]

    longest_found = longest(found)
    set_off = longest([c for c in found if c.heading])
    return set_off if set_off and len(set_off) >= len(longest_found) else longest_found  # a tie goes to rows set off as headings


def _scanned_rows(placed: Sequence[Placed], chain: list[Row]) -> list[Row] | None:
    """On scanned pages OCR misreads row numbers ('1.' as '5', '2.' as 'på')
    or loses them, so the numbers cannot find the rows. Where each row is
    followed by its presenter line ('Föredragande: …'), that line finds them
    instead: the rows are the lines just above a presenter line, numbered in
    order from the start the readable numbers agree on."""
    presented = [
        i for i in range(len(placed) - 1)
        if placed[i].ocr and placed[i + 1].page_no == placed[i].page_no
        and _presenter_line(placed[i + 1]) and not _presenter_line(placed[i]) and not ends_row(placed[i])
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
    r"|(?:[a-zåäö]{1,8}\s+)?§\s*\d{1,4}(?:\.\d{1,2}|\s?[a-h])?\.?|\d{1,4}\s?§|(?-i:[IVX]{1,5})[.)])$", re.IGNORECASE)  # '9.', 'Punkt 9', '5.1', 'KS § 9', '9 §', 'IV.'


def _table_row(line: Line) -> bool:
    """A row of an agenda table, whatever its print size: its number in a cell
    of its own, then a title cell that opens with a capital and a presenter or
    time cell ('124) | Val av justerare | 18:45'), not a budget's '1 | Post 1 | 1 000'."""
    texts = line.segment_texts
    return (len(texts) >= 3 and _NUMBER_CELL.match(texts[0]) is not None and texts[1][:1].isupper()
            and any(blocks.clock(t) is not None or t[:1].isupper() for t in texts[2:]))  # a time or a name, no sum ('1 000')


def title_cell(line: Line, unread: bool = False) -> int:
    """Index of the segment that holds the title: 1 when the number stands in
    a cell of its own ('9.' | 'LOSUS-avtalet' | …, or a cell OCR could not
    read), else 0."""
    return 1 if len(line.segments) > 1 and (unread or _NUMBER_CELL.match(line.segment_texts[0].lstrip(_LEADING_SPECKS))) else 0


@dataclass(frozen=True)
class Columns:
    presenter_x: float | None
    time_x: float | None
    case_x: float | None = None  # a column of diary numbers ('Dnr | KS 2024/0217') between title and presenters

    @property
    def boundaries(self) -> list[float]:
        return sorted(x for x in (self.case_x, self.presenter_x, self.time_x) if x is not None)


def columns_of(placed: Sequence[Placed], rows: list[Row]) -> Columns:
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
                start = title_cell(placed[i].line, row.unread_cell) + 1 if i == row.index else 0
                cells.extend((seg[0].x0, blocks.words_text(seg)) for seg in segs[start:])
                if i == row.index:
                    on_rows.extend(seg[0].x0 for seg in segs[start:])
    starts = [
        s for s in blocks.column_starts([x for x, _ in cells], min_count=1)
        if any(abs(x - s) <= blocks.COLUMN_TOLERANCE for x in on_rows)
    ]
    case_rule = blocks.rule("paragraph.bare_case_number").pattern
    time_x = presenter_x = case_x = None
    for s in starts:
        at = [t for x, t in cells if abs(x - s) <= blocks.COLUMN_TOLERANCE]
        if sum(1 for t in at if time_rule.fullmatch(t)) * 2 > len(at):
            time_x = s if time_x is None else time_x  # a time cell is a time cell, even once
        elif sum(1 for t in at if case_rule.fullmatch(t.strip())) * 2 > len(at):
            case_x = s if case_x is None else case_x  # diary numbers: no presenter
        elif presenter_x is None and len(at) >= min(2, len(rows)):
            presenter_x = s
    if time_x is not None and presenter_x is not None and presenter_x > time_x:
        presenter_x = None
    return Columns(presenter_x, time_x, case_x if presenter_x is not None or time_x is not None else None)


def ends_row(p: Placed) -> bool:
    return (
        blocks.leading_label("field.", p.line) is not None
        or blocks.whole("section.", p.text) is not None
        or blocks.rule("agenda.break").pattern.match(p.text) is not None
    )
