"""A kallelse's placed lines → agenda items.

The rows are the rising chain of numbered lines `chain` finds (any numbering
form, sub-items after their parents). A row's cells — title, presenters,
time — are told apart by where their words start: the presenter and time
columns are the left edges that the rows themselves fill, so a title that
runs into the presenter column, presenters that wrap onto the next line and
rows without a time all read the same. Rows printed on one line with dashes
('9. LOSUS-avtalet — Elsy Bäckström — 14:30') are split at the dashes, after
joining a row that wrapped (the line before ran into the right margin). A
presenter line under the title ('Föredragande: Anna Berg, kl. 13:10') gives
presenters and time.

Attachments bundled behind the agenda begin on a page that says whose they
are ('Bilaga till ärende 8' in its running header or first lines, or 'Bilaga
3' where a row cites '(bilaga 3)'), or on a divider page that carries an
item's title (or, without dividers, a page headed by it); from there on,
numbered lines belong to the attachments, not to the agenda. An agenda that
is a table of contents ('188 § Title ...... 2') places items and their
attachments by its page numbers (extractors/structure/contents.py).
"""

from __future__ import annotations

import dataclasses
import re
from typing import Sequence

from extractors.structure import blocks, chain, contents, fields, people
from extractors.structure.presenters import opens_statement, presenters_in_phrases
from extractors.structure.chain import Row, find_rows, numbered_rows  # noqa: F401 - find_rows: the rows' indices, for callers of agenda
from extractors.reading import layout
from extractors.structure.attachments import TITLE_MATCH, citations, cited, find_bundles, hand_on_tails, page_heads, place_attachments, stated_bundles, words
from extractors.reading.placed import Placed
from schemas.document import Line
from schemas.meeting import Attachment, Item, Participant, Section, Source

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
    columns = chain.columns_of(placed, rows)
    for k, row in enumerate(rows):
        _read_row(placed, row, _stop(placed, rows, k), columns, size)
    titles = {row.number: _join_title(row.title) for row in rows if row.parent is None}
    margins = margins or {}
    stated = stated_bundles(placed, margins, set(titles), cited(titles))
    own_lines = {i for r in rows for i in range(r.index, max(r.index, r.last) + 1)}  # a row's number and its title below it
    bundles, undivided = find_bundles(placed, titles, size, placed[rows[0].index].page_no, stated, own_lines)
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


def _read_row(placed: Sequence[Placed], row: Row, stop: int, columns: chain.Columns, size: float) -> None:
    """The row's cells over its lines. A following line continues the row when
    it is not a label, section or pause and either (a) carries title words in
    the row's own typography at the title's edge, (b) holds only presenter or
    time cells, or (c) the line before ran into the right margin and this one
    starts flush with the row (a one-line row that wrapped). Without columns,
    a title in running text's type goes on only where the line before wrapped:
    a row's plain title is not run into the plain text under it. A number
    alone on its line ('5.') has its title on the next."""
    first = placed[row.index]
    title_cell = first.line.segments[chain.title_cell(first.line, row.unread_cell)]
    title_style = (row.title_bold, row.size)
    alone = row.label_end >= len(first.line.text.rstrip())
    # 'Ärende 1 (ca kl. 09.30)' over 'Sammanträdets öppnande': the number's line holds only the time
    timed = not alone and _TIME_ONLY.fullmatch(first.line.text[row.label_end:].strip()) is not None
    # 'Ärende 4 | Dnr BUN 2025/0043' over 'Ekonomisk månadsrapport': the number's line holds only the diary number
    case = None if alone or timed else blocks.rule("paragraph.case_number").pattern.match(first.line.text[row.label_end:].strip(" |–-"))
    if case is not None:
        row.case = row.case or case.group("value").strip()
    alone = alone or timed or case is not None
    title_xs = (first.line.x0, title_cell[0].x0, row.title_x)  # a title wraps under its number or under its own first word
    presenter_cells: list[str] = []
    time_cell: str | None = None
    title_open = True
    i = row.index
    row.last = i
    while i < stop:
        p = placed[i]
        below_alone = alone and i == row.index + 1 and blocks.whole("section.", p.text) is not None
        if i > row.index and ((chain.ends_row(p) and not below_alone) or p.page_no != first.page_no):
            break  # ('Ärende 1' over 'Mötets öppnande': the title a number alone has below, though a section's word)
        cols = blocks.split_at(p.line.words, columns.boundaries)
        title_words = cols[0]
        rest = cols[1:]
        bounds = columns.boundaries
        presenter_words = rest[bounds.index(columns.presenter_x)] if columns.presenter_x is not None else []
        time_words = rest[bounds.index(columns.time_x)] if columns.time_x is not None else []
        if columns.case_x is not None and (case_words := rest[bounds.index(columns.case_x)]) and not row.case:
            row.case = blocks.words_text(case_words)
        if i > row.index and alone and i == row.index + 1 and title_words:
            title_style = (blocks.is_bold(Line((tuple(title_words),))), p.line.size)  # the title below the number
            title_xs = (first.line.x0, p.line.x0)
        elif i > row.index:
            style = (blocks.is_bold(Line((tuple(title_words),))) if title_words else None, p.line.size)
            alike = _alike(style, title_style, p.ocr)
            same_style = alike and (bool(columns.boundaries) or style[0] or p.line.size >= 1.15 * size)
            aligned = any(abs(p.line.x0 - x) <= size * 2.5 for x in title_xs)
            flush = any(abs(p.line.x0 - x) <= blocks.COLUMN_TOLERANCE / 2 for x in title_xs)
            wrapped = (flush and not columns.boundaries and blocks.wraps_into(placed[i - 1], p)
                       and (p.ocr or blocks.same_weight_at_wrap(placed[i - 1], p)))
            open_end = bool(row.title) and not row.title[-1].rstrip().endswith((".", ":", ";"))
            runs_on = (flush and alike and p.text[:1].islower() and open_end  # 'Uppföljning av' / 'utskrivningsklara'
                       and blocks.list_marker(p.text) is None)
            # a title cell of its own, right of the number's, that wraps within its column
            in_cell = (bool(columns.boundaries) and open_end and title_xs[1] > first.line.x0 + blocks.COLUMN_TOLERANCE
                       and abs(p.line.x0 - title_xs[1]) <= blocks.COLUMN_TOLERANCE / 2 and alike)
            if title_words and not ((title_open and ((same_style and aligned) or wrapped)) or runs_on or in_cell):
                break
            if not title_words and not (presenter_words or time_words):
                break
        if i == row.index and not any(rest) and (cut := blocks.run_in(title_words, len(first.text[: row.label_end].split()) + 1, states=opens_statement)) is not None:
            row.run_in = tuple(title_words[cut:])  # '**5. Title.** Text …': the text runs on below, the title has ended
            title_words = title_words[:cut]
        if i == row.index and timed:
            time_cell, title_words = re.sub(r"[()]|\b(?:ca|cirka)\b\.?", " ", first.line.text[row.label_end:]), []
        if i == row.index and case is not None:
            title_words = []
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
        if row.run_in:
            break
    if not columns.boundaries:
        title, presenter_text, split_time = _split_single_line(_join_title(row.title))
        time_cell = split_time or time_cell
        row.title = [title]
        presenter_cells = [presenter_text] if presenter_text else []
    row.title = [t for t in row.title if t]
    row.presenters = _join_cells(presenter_cells)
    row.time = blocks.clock(time_cell)


_FIRST_PERSON = re.compile(r"\s*(?:vi|jag|undertecknad(?:e)?)\b", re.IGNORECASE)
_TIME_ONLY = re.compile(r"\(?\s*(?:ca\.?\s*|cirka\s+)?(?:kl\.?\s*|klockan\s+)?\d{1,2}[.:]\d{2}\s*\)?")
SIZE_STEP = 0.5  # points: type this much smaller or larger is another style (10.5 over 9.5 both round to 10)


def _alike(style: tuple, other: tuple, ocr: bool) -> bool:
    """Two (weight, size) styles alike: the same weight, sizes within half a
    point — on a scan, whose sizes OCR guesses, sizes that round alike."""
    if style[0] != other[0]:
        return False
    return round(style[1]) == round(other[1]) if ocr else abs(style[1] - other[1]) < SIZE_STEP


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
    elif m := re.search(r"\s(?:kl\.?\s*([01]?\d|2[0-3])[:.]|(?:[01]\d|2[0-3])\.)[0-5]\d$", parts[-1]):
        # 'kl. 9:30', or '09.30'; not 'Sjöbacka 4:12' (a property's designation)
        time = parts[-1][m.start():].strip()
        parts[-1] = parts[-1][: m.start()]
    if len(parts) > 1 and people.split_names(parts[-1]):
        presenters = parts.pop()
    return " – ".join(p.strip() for p in parts), presenters, time


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
    body = [dataclasses.replace(placed[row.index], line=Line((row.run_in,)))] if row.run_in else []
    for p in placed[row.last + 1 : _stop(placed, rows, k)]:
        if end_page is not None and p.page_no >= end_page:
            break
        if blocks.whole("section.", p.text) is not None:
            break
        if blocks.rule("agenda.break").pattern.match(p.text):
            continue
        body.append(p)
    time = row.time
    if body and time is None and (at := blocks.clock(body[0].text)):  # 'kl. 13.00' on its own line under the heading
        time, body = at, body[1:]
    title = blocks.heading_text(_join_title(row.title))
    title, presenter_note, body = _presenter_in_title(title, body)
    found = fields.split_fields(body)
    time = time or blocks.clock(found.time_text)  # 'Föredragande: Eva Sandberg  Tid: 13.30'
    presenters = people.split_names(row.presenters, participants)  # 'Ordförande' → the chair
    if presenter_note:
        found.presenter_text.insert(0, presenter_note)
    for text in found.presenter_text:
        if m := blocks.rule("agenda.time_after").pattern.search(text):  # 'Föredragande: Anna Berg, kl. 13:10'
            time = time or blocks.hhmm(m)
            text = text[: m.start()]
        presenters += [n for n in people.split_names(text, participants) if n not in presenters]
    if not presenters and found.text.get("summary"):  # 'Ekonomichef Kristoffer Nyqvist föredrar ärendet.' in its description
        presenters = presenters_in_phrases(found.text["summary"], participants)
    page_start = placed[row.index].page_no
    page_end = body[-1].page_no if body else placed[row.last].page_no
    # bundled attachments and those a row cites are the item's, not its sub-items'
    bundle = next(((s, e) for s, (n, e) in bundles.items() if n == row.number), None) if row.parent is None else None
    attachments = [Attachment(title=t) for t in found.attachments]
    if bundle is not None:
        page_end = max(page_end, bundle[1])
        if not found.text.get("proposal") and (report := _bundled_report(placed, bundle)) is not None:
            found.text["proposal"] = report.text["proposal"]
            if not found.attachments:
                found.attachments = report.attachments
        attachments = place_attachments(placed, found.attachments, bundle, bundle[0] not in undivided)

    if not attachments and row.parent is None and cited.get(row.number):  # '(Bilaga 1)' in the row: where the pages so labelled begin
        attachments = [Attachment(title=cited[row.number], page_start=bundle[0] if bundle else None)]
    return Item(
        source=Source.KALLELSE,
        number=row.number,
        label=row.item_label,
        parent_label=_parent_label(row.parent),
        title=title or row.item_label or f"Punkt {row.number}",
        section=sections.get(row.number),
        scheduled_time=time,
        presenters=presenters,
        attachments=attachments,
        page_start=page_start,
        page_end=page_end,
        attested=found.attested,
        field_boxes=found.boxes,
        **({"case_number": row.case} if row.case and not found.text.get("case_number") else {}),
        **found.text,
    )


def _presenter_in_title(title: str, body: list[Placed]) -> tuple[str, str | None, list[Placed]]:
    """A presenter noted in brackets after the title ('Budget för år 1975
    (föredragande: byggnadsinspektör Karl-Axel Berg)'), the bracket perhaps
    closed on the line below: the title without it, the note, and the body
    without the line it took."""
    at = title.rfind("(")
    if at <= 0:
        return title, None, body
    words = title[at + 1 :].rstrip(")").split()
    n = next((n for n in range(1, min(3, len(words)) + 1)
              if blocks.whole("field.presenter", " ".join(words[:n]).rstrip(":")) is not None), None)
    if n is None:
        return title, None, body
    who = " ".join(words[n:])
    if not title.rstrip().endswith(")") and body and body[0].text.rstrip().endswith(")") and "(" not in body[0].text:
        who, body = f"{who} {body[0].text.rstrip()[:-1]}", body[1:]
    return title[:at].rstrip(), who.strip() or None, body


def _bundled_report(placed: Sequence[Placed], bundle: tuple[int, int]) -> fields.Fields | None:
    """The fields of an officer's report bundled behind the agenda (pages
    `bundle`, first to last) when it states a proposal ('Förslag till beslut'
    in a tjänsteskrivelse, its 'Beslutsunderlag' the item's attachments) — not
    a motion's, which its writer puts in the first person ('Vi föreslår att …')."""
    report = fields.split_fields([p for p in placed if bundle[0] <= p.page_no <= bundle[1]])
    proposal = report.text.get("proposal")
    return report if proposal and not _FIRST_PERSON.match(proposal) else None


def with_bundled_reports(placed: Sequence[Placed], items: list[Item], owners: dict[int, int],
                         size: float, margins: dict[int, tuple[str, ...]]) -> list[Item]:
    """Items read from an agenda table, with the reports bundled behind it:
    each bundle's pages are its item's, and a row that states no proposal
    takes its report's, with the report's Beslutsunderlag (as `agenda_items`
    reads them for rows of text)."""
    if not items or not owners:
        return items
    titles = {i.number: i.title for i in items if i.parent_label is None}
    last_page = max(placed[i].page_no for i in owners)
    bundles, undivided = find_bundles(placed, titles, size, last_page, stated_bundles(placed, margins, set(titles), cited(titles)),
                              set(owners))
    out = []
    for item in items:
        bundle = next(((s, e) for s, (n, e) in bundles.items() if n == item.number), None) if item.parent_label is None else None
        if bundle is None:
            out.append(item)
            continue
        update: dict = {"page_end": max(item.page_end or 0, bundle[1])}
        if not item.proposal and (report := _bundled_report(placed, bundle)) is not None:
            update["proposal"] = report.text["proposal"]
            if not item.attachments:
                update["attachments"] = place_attachments(placed, report.attachments, bundle, bundle[0] not in undivided)
        out.append(item.model_copy(update=update))
        for i, p in enumerate(placed):
            if bundle[0] <= p.page_no <= bundle[1]:
                owners[i] = item.number
    return out


def _parent_label(parent: Row | None) -> str | None:
    """The label a sub-item names its parent by: the parent's printed number ('5', 'Punkt 5')."""
    return parent.label.rstrip(".):/").strip() or str(parent.number) if parent is not None else None


# ---------------------------------------------------------------- a table of contents


def _contents_before(placed: Sequence[Placed], size: float, rows: list[Row]) -> list[contents.Entry] | None:
    """A table of contents ahead of the rows that lists the same numbers: the
    rows are the items' own headings, the contents add their attachments."""
    listed = chain.rising_rows([c for c in chain.candidates(placed, size) if not c.sub and c.index < rows[0].index and contents.leader(placed[c.index].text)])
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
