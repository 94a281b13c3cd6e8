"""Structure: clean pages → what both readers find, the kind and meeting
header, and the items and participants of a kallelse or a protokoll.
Underlag have no items of their own.

In: clean `Page`s and the lines taken off them. Out: `Findings` (the rising
series of numbered rows and of § headings, found in every document whatever
it first looks like: evidence for its kind), then, once `kind` has decided
the kind from all the evidence, `Structure` (items, participants, the placed
lines and which item owns each, problems) and, from `header`, the `MeetingHeader`.

- `kind`: the kind decided from the title, the series found and the text;
- `header`: title words, body, date, times and place from the document's own head;
  `version`: a revision it states, the date it was attested;
- `blocks`: labels, columns, headings and paragraphs, the readers the item
  readers share; `contents`: a document's own table of contents;
- `chain`: the rising chain of numbered rows of any form, sub-items under
  their parents; `agenda` (a kallelse's items from those rows) and `minutes`
  (a protokoll's § headings, and minutes numbered '1.' read as §§ are);
  `table`: numbered rows set as a table under a header that names its
  columns ('Punkt | Ärende | Beslut'), each field read from its column;
  `fields`: an item's body → summary, proposal, decision, …;
  `attachments`: what is bundled behind an agenda and whose it is;
- `roll`, `people`, `name_order`, `presenters`: who takes part and who presents;
- `bodies`: an association's meeting body in its own word ('Årsmöte');
  `decisions`: the decisions minutes state in running sentences;
  `officers`: the chair, secretary and attesters a meeting elects;
  `session`: when minutes say the meeting was opened and closed.

A layout the rules do not recognise never fails the document: it loads with
its pages and header, and a problem per page says that no items were found
there. Where the §§ found disagree with what a protokoll states about itself
(its range of §§, its table of contents), a problem row says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from statistics import median
from typing import Sequence

from extractors.reading import placed as placing
from extractors.reading.placed import Placed
from extractors.structure import agenda, attachments, blocks, chain, decisions, kind, minutes, officers, roll, session, table
from schemas.document import Kind, Page, Problem
from schemas.meeting import Attachment, Item, Participant, Source

PARTICIPANT_PAGES = 3  # without items, participant lists are looked for on this many first pages
CALLED_PAGES = 2  # a notice's roll after its agenda stands within this many pages of its last row (a signature page between)
TEXT_PAGES = 3  # the words that speak for a document's kind are looked for on at least this many first pages


@dataclass
class Structure:
    items: list[Item] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)  # every content line, in order
    owners: dict[int, int] = field(default_factory=dict)  # index into placed → item number
    stated_times: tuple[str | None, str | None] = (None, None)  # a protokoll's 'Mötet öppnades kl 19.02' … 'avslutades 20:40'


def restore_headings(pages: Sequence[Page]) -> list[Page]:
    """§ headings that the page-furniture pass took for a running header: a
    '§ 12' standing at the top of each page where a § begins looks, numbers
    blanked, like a header repeated on every page. A margin line that opens
    with a § label goes back into its page's text where that label is first
    printed; its repetitions on later pages ('§ 5 forts', or '§ 5' at the
    top of each page of a long §) stay furniture. So does an item's number
    alone near the top of a page, its title below it ('7' over 'Fördelning
    av …', taken for a page number): at the text's left edge, in the upper
    half of the page, not the page's own number above its text."""
    pattern = blocks.rule("paragraph.heading").pattern
    alone = blocks.rule("agenda.number_alone").pattern
    first_seen: dict[str, tuple[int, int]] = {}
    for page in pages:
        left = min((ln.x0 for ln in page.lines), default=None)
        for line in page.margin_lines:
            if m := pattern.match(line.text):
                first_seen.setdefault(re.sub(r"\s+", "", m.group(0)), (page.page_no, id(line)))
            elif ((m := alone.fullmatch(line.text.strip())) and left is not None
                  and (int(m.group("number")) != page.page_no or line.top > page.lines[0].top)  # below text: no page number
                  and abs(line.x0 - left) <= blocks.COLUMN_TOLERANCE and line.top < page.height / 2):
                first_seen.setdefault(f"{page.page_no}:{line.text}", (page.page_no, id(line)))
    back = set(first_seen.values())
    out = []
    for page in pages:
        restored = [ln for ln in page.margin_lines if (page.page_no, id(ln)) in back]
        if not restored:
            out.append(page)
            continue
        lines, columns = list(page.lines), list(page.columns)
        for ln in restored:
            at = next((k for k, other in enumerate(lines) if other.top > ln.top), len(lines))
            lines.insert(at, ln)
            columns = [(start + (start >= at), end + (end > at or start >= at), a, b) for start, end, a, b in columns]
        margin = [ln for ln in page.margin_lines if (page.page_no, id(ln)) not in back]
        out.append(page.model_copy(update={"lines": lines, "margin_lines": margin, "columns": columns}))
    return out


@dataclass
class Findings:
    """What both readers find in a document before its kind is known, on its
    content lines with the headings the page-furniture pass took for a
    running header put back (`restore_headings`): the rising chain of
    numbered rows (`chain`) and the § headings of minutes (`minutes`).
    Evidence for the kind (`series`), and the start of reading items once
    the kind is decided (`read_structure`)."""

    pages: Sequence[Page]
    placed: list[Placed]  # content lines, headings restored
    size: float
    rows: list[chain.Row]  # the numbered rows' chain, sub-items after their parents
    headings: list[minutes.Heading] = field(default_factory=list)

    def series(self) -> list[kind.Series]:
        """The rising series found, as evidence of the document's kind."""
        out = []
        if self.headings:
            out.append(_series("paragraph", self.placed, [
                (h.index, h.label or f"§ {h.number}", blocks.words_text(h.rest) or _next_text(self.placed, h.index))
                for h in self.headings]))
        if self.rows:
            out.append(_series("numbered", self.placed, [
                (r.index, r.label or str(r.number), self.placed[r.index].text[r.label_end:]) for r in self.rows]))
        return out

    def text_window(self) -> list[Placed]:
        """The lines whose words speak for the kind: the document's own part,
        up to the page after the last heading of a series that begins on its
        first pages (at least its first three pages), not the attachments
        bundled behind it."""
        last = max((series.pages[-1] for series in self.series() if series.pages[0] <= kind.EARLY_PAGES), default=0)
        return [p for p in self.placed if p.page_no <= max(TEXT_PAGES, last + 1)]


def _next_text(placed: Sequence[Placed], index: int) -> str:
    return placed[index + 1].text if index + 1 < len(placed) else ""


def _series(form: str, placed: Sequence[Placed], found: list[tuple[int, str, str]]) -> kind.Series:
    """A series of headings (index, label, title) as evidence: bare when the
    headings follow each other line by line (a list of titles)."""
    gaps = [b[0] - a[0] - 1 for a, b in zip(found, found[1:])]
    return kind.Series(
        form=form,
        labels=tuple(label for _, label, _ in found),
        titles=tuple(title for _, _, title in found),
        pages=tuple(placed[i].page_no for i, _, _ in found),
        bare=len(found) >= 3 and median(gaps) == 0,
    )


def find_structure(pages: Sequence[Page]) -> Findings:
    """Both readers over every document, whatever it first looks like."""
    placed = placing.place(restore_headings(pages))
    size = blocks.body_size(placed)
    if not placed:
        return Findings(pages, placed, size, [])
    return Findings(pages, placed, size, chain.numbered_rows(placed, size), minutes.find_headings(placed, size))


def _undecided(item: Item) -> Item:
    """A notice's item decides nothing yet: a 'Beslut: Förslaget godkändes.' it
    prints is an earlier handling's (the board's, quoted before the council
    meets), kept as the item's text, not stored as its decision."""
    if not item.decision:
        return item
    summary = "\n".join(t for t in (item.summary, item.decision) if t)
    return item.model_copy(update={"decision": None, "summary": summary})


def _scheduled(item: Item) -> Item:
    """An agenda item read from its heading whose title ends with its time
    ('Mötets öppnande: kl. 17.44'): the time is the item's, not its title's."""
    m = blocks.rule("agenda.time_after").pattern.search(item.title)
    if m is None or item.scheduled_time or not item.title[: m.start()].strip(" :,.–-"):
        return item
    return item.model_copy(update={
        "title": blocks.heading_text(item.title[: m.start()].strip(" ,–-")),
        "scheduled_time": blocks.hhmm(m),
    })


def _paragraphs_read(kind_: Kind, findings: Findings) -> bool:
    """Which series holds the items: the § headings (True) or the numbered
    rows. The kind's own reading (a protokoll's §§, a kallelse's rows) unless
    it found nothing, or it lies inside one item of the other (a list in a §,
    a '1. 2. 3.' under Förslag till beslut)."""
    headings = [h.index for h in findings.headings]
    rows = [r.index for r in findings.rows if r.parent is None]
    where = {True: (headings, _consecutive(headings)), False: (rows, _consecutive(rows))}
    own = kind_ is Kind.PROTOKOLL
    mine, other = where[own], where[not own]
    if not mine[0] or not other[0]:
        return own if mine[0] else not own
    if _within_one_item(other, mine[0]):
        return own
    return (not own) if _within_one_item(mine, other[0]) else own


def _consecutive(indices: list[int]) -> bool:
    """Lines one under the other: the points of a list."""
    return len(indices) > 1 and all(b - a == 1 for a, b in zip(indices, indices[1:]))


def _within_one_item(inner: tuple[list[int], bool], outer: list[int]) -> bool:
    """Do all of `inner`'s headings stand between two of `outer`'s — or, a
    list of lines one under the other, after its last (the points of its last
    item's text, not headings after a table of contents)?"""
    places, listed = inner
    gaps = {sum(1 for o in outer if o < at) for at in places}
    return len(gaps) == 1 and 0 < min(gaps) and (min(gaps) < len(outer) or listed)


def _with_cited_attachments(items: Sequence[Item]) -> list[Item]:
    """Each item that lists no attachment under a label gets those its title
    or decision cites ('(Bilaga 3)', 'enligt protokollsbilaga A'), but for a
    label an earlier item cited: a later decision that names it ('utom bilaga
    B') refers back to that item's attachment."""
    seen: set[str] = set()
    out = []
    for item in items:
        cited = [] if item.attachments else attachments.cited_in(item.title, item.decision, (item.summary, item.proposal))
        own = [t for t in cited if attachments.cited_label(t) not in seen]
        seen.update(attachments.cited_label(t) for t in cited)
        out.append(item.model_copy(update={"attachments": [Attachment(title=t) for t in own]}) if own else item)
    return out


def read_structure(kind_: Kind, pages: Sequence[Page], findings: Findings | None = None,
                   issuer: str | None = None) -> Structure:
    """The items and participants of a document of this kind. A kallelse
    numbers its rows and a protokoll its §§, but a föredragningslista may use
    § and short minutes plain numbers: the reading the kind prefers is taken
    unless it found nothing or lies inside one item of the other
    (`_paragraphs_read`). Sub-items follow their parents ('5.1' under '§ 5').
    An underlag keeps no items; one that holds a rising series of § headings
    says so in a problem row."""
    findings = findings or find_structure(pages)
    if kind_ not in (Kind.KALLELSE, Kind.PROTOKOLL) or not findings.placed:
        found = Structure(placed=findings.placed)
        if kind_ is Kind.UNDERLAG and findings.headings and len(findings.headings) >= 2:
            series = next(s for s in findings.series() if s.form == "paragraph")
            found.problems.append(Problem(page_no=series.pages[0], message=(
                f"read as an underlag, yet it holds a rising series of § headings {series.describe()}; "
                "its §§ are not stored as items")))
        return found
    size = findings.size
    paragraphs = _paragraphs_read(kind_, findings)
    placed = findings.placed
    found = Structure(placed=placed)
    headings = findings.headings if paragraphs else []
    if headings:  # '5.1' under '§ 5'
        subs = chain.sub_rows(placed, size, [(h.index, h.number, len(h.label)) for h in headings])
        headings = sorted([*headings, *minutes.row_headings(placed, subs)], key=lambda h: h.index)
    grid = None if paragraphs else table.read_table(placed, [(r.index, r.label_end, r.x) for r in findings.rows])
    if grid is None and not paragraphs and kind_ is Kind.PROTOKOLL and not chain.has_columns(placed, findings.rows):
        headings = minutes.row_headings(placed, findings.rows)  # minutes that number their items '1.': read as §§ are
    first = headings[0].index if headings else (findings.rows[0].index if findings.rows else None)
    if first is not None:
        head = minutes.without_contents(placed[:first], size)  # a table of contents is no roll
        found.participants = roll.participants(head, size, placed)
        if grid is not None:  # rows set as a table under a header that names its columns
            found.items, found.owners = table.table_items(placed, grid, findings.rows, Source(kind_.value), found.participants)
            if kind_ is Kind.KALLELSE:  # officers' reports bundled behind an agenda table
                margins = {page.page_no: tuple(ln.text for ln in page.margin_lines) for page in findings.pages}
                found.items = agenda.with_bundled_reports(placed, found.items, found.owners, size, margins)
        elif headings:
            bundled = minutes.attachment_pages(findings.pages)
            found.items, found.owners = minutes.paragraph_items(placed, headings, found.participants, bundled)
        else:
            margins = {page.page_no: tuple(ln.text for ln in page.margin_lines) for page in findings.pages}
            found.items, found.owners = agenda.agenda_items(
                placed, size, [r.index for r in findings.rows], found.participants, margins)
        source = Source(kind_.value)
        found.items = [i if i.source is source else i.model_copy(update={"source": source}) for i in found.items]
        if kind_ is Kind.KALLELSE:  # '§ 1 Val av justerare. kl. 08.15', whichever reader found it
            found.items = [_undecided(_scheduled(i)) for i in found.items]
        if kind_ is Kind.PROTOKOLL:  # decisions stated in sentences, the officers elected, who signs where the minutes end
            found.items = decisions.with_stated_decisions(found.items, placed, found.owners)
            found.items = [decisions.without_label(i) for i in found.items]
            no_roll = not found.participants
            seats = roll.holds_seats(head)
            # an association lists those present once each (GOLD.md): its issuer is no kommun, region or
            # company, or, unread, the meeting elects its officers; those list the seat or post beside
            # the task, as the real gold does
            once_each = not seats and not roll.public_body(issuer) and (
                issuer is not None or bool(officers.elected(found.items, found.participants)))
            found.participants = officers.with_officers(found.participants, found.items, seats)
            found.participants = roll.with_closing_signatures(
                found.participants, [p for p in placed if p.page_no >= placed[-1].page_no - 1], size, no_roll)
            if once_each:  # with their highest office, elected or signing
                found.participants = officers.highest_offices(found.participants)
        if kind_ is Kind.KALLELSE and not any(p.role in roll.SEATS for p in found.participants):
            # a notice that calls no one before its agenda (a justerare named there is no roll):
            last = headings[-1].index if headings else findings.rows[-1].index  # the roll after it ('Kallade
            after = [p for p in placed[last + 1:] if p.page_no <= placed[last].page_no + CALLED_PAGES]  # ledamöter'), or who signs it
            called = roll.participants(after, size)
            if not any(p.role in roll.SEATS for p in called):  # a roll calls members; a bundled extract's
                called = roll.signatories(placed[last + 1:])  # 'Ordförande | Sekreterare' signatures call no one
            found.participants = [*found.participants, *(p for p in called if p not in found.participants)]
        found.items = _with_cited_attachments(found.items)
    else:
        head = [p for p in placed if p.page_no <= PARTICIPANT_PAGES]
        found.participants = roll.participants(head, size, placed)
        if kind_ is Kind.PROTOKOLL:  # minutes of unnumbered headings elect their officers in prose
            prose = blocks.paragraphs(session.opening_lines(placed)) or ""
            found.participants = officers.with_officers(found.participants, [], roll.holds_seats(head), prose)
    if kind_ is Kind.PROTOKOLL:
        found.problems += minutes.statement_problems(placed, size, found.items)
        found.stated_times = session.stated_times(placed, found.owners)
    if not found.items:
        what = "numbered agenda rows" if kind_ is Kind.KALLELSE else "§ headings"
        found.problems = [
            Problem(page_no=page.page_no, message=f"no {what} recognised on this page; its layout is not one paragraf reads yet")
            for page in findings.pages
        ]
    return found
