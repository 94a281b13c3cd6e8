"""Structure: clean pages → the kind and meeting header, and the items and
participants of a kallelse or a protokoll. Underlag have no items of their own.

In: clean `Page`s and the lines taken off them. Out: `Structure` (items,
participants, the placed lines and which item owns each, problems) and,
from `header`, the kind and the `MeetingHeader`.

- `header`: kind, body, date, times and place from the document's own head;
  `version`: a revision it states, the date it was attested;
- `blocks`: labels, columns, headings and paragraphs, the readers the item
  readers share; `contents`: a document's own table of contents;
- `agenda` (a kallelse's numbered rows) and `minutes` (a protokoll's §
  headings); `fields`: an item's body → summary, proposal, decision, …;
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
from typing import Sequence

from extractors.reading import placed as placing
from extractors.reading.placed import Placed
from extractors.structure import agenda, blocks, decisions, minutes, officers, roll, session
from schemas.document import Kind, Page, Problem
from schemas.meeting import Item, Participant, Source

PARTICIPANT_PAGES = 3  # without items, participant lists are looked for on this many first pages


@dataclass
class Structure:
    items: list[Item] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)  # every content line, in order
    owners: dict[int, int] = field(default_factory=dict)  # index into placed → item number
    stated_times: tuple[str | None, str | None] = (None, None)  # a protokoll's 'Mötet öppnades kl 19.02' … 'avslutades 20:40'


def _read_agenda(placed: list[Placed], size: float, pages: Sequence[Page]):
    """(index of the first row, a reader of the items given the participants)."""
    starts = agenda.find_rows(placed, size)
    if not starts:
        return None, None
    margins = {page.page_no: tuple(ln.text for ln in page.margin_lines) for page in pages}
    return starts[0], lambda people_: agenda.agenda_items(placed, size, starts, people_, margins)


def _read_paragraphs(placed: list[Placed], size: float, pages: Sequence[Page]):
    headings = minutes.find_headings(placed, size)
    if not headings:
        return None, None
    bundled = minutes.attachment_pages(pages)
    return headings[0].index, lambda people_: minutes.paragraph_items(placed, headings, people_, bundled)


def restore_headings(pages: Sequence[Page]) -> list[Page]:
    """§ headings that the page-furniture pass took for a running header: a
    '§ 12' standing at the top of each page where a § begins looks, numbers
    blanked, like a header repeated on every page. A margin line that opens
    with a § label goes back into its page's text where that label is first
    printed; its repetitions on later pages ('§ 5 forts', or '§ 5' at the
    top of each page of a long §) stay furniture."""
    pattern = blocks.rule("paragraph.heading").pattern
    first_seen: dict[str, tuple[int, int]] = {}
    for page in pages:
        for line in page.margin_lines:
            if m := pattern.match(line.text):
                first_seen.setdefault(re.sub(r"\s+", "", m.group(0)), (page.page_no, id(line)))
    back = set(first_seen.values())
    out = []
    for page in pages:
        restored = [ln for ln in page.margin_lines if (page.page_no, id(ln)) in back]
        if not restored:
            out.append(page)
            continue
        lines = list(page.lines)
        for ln in restored:
            at = next((k for k, other in enumerate(lines) if other.top > ln.top), len(lines))
            lines.insert(at, ln)
        margin = [ln for ln in page.margin_lines if (page.page_no, id(ln)) not in back]
        out.append(page.model_copy(update={"lines": lines, "margin_lines": margin}))
    return out


def read_structure(kind: Kind, pages: Sequence[Page]) -> Structure:
    if kind is Kind.PROTOKOLL:
        pages = restore_headings(pages)
    placed = placing.place(pages)
    if kind not in (Kind.KALLELSE, Kind.PROTOKOLL) or not placed:
        return Structure(placed=placed)
    size = blocks.body_size(placed)
    # A kallelse numbers its rows, a protokoll its §§ — but a föredragningslista
    # may use § and short minutes plain numbers: the other reading is the fallback.
    readers = [_read_agenda, _read_paragraphs] if kind is Kind.KALLELSE else [_read_paragraphs, _read_agenda]
    found = Structure(placed=placed)
    for fallback, reader in enumerate(readers):
        first, read = reader(placed, size, pages)
        if first is None or (fallback and not blocks.is_heading(placed[first].line, size)):
            continue  # a fallback reading needs headings set off, not numbered points of a text
        head = minutes.without_contents(placed[:first], size)  # a table of contents is no roll
        found.participants = roll.participants(head, size, placed)
        found.items, found.owners = read(found.participants)
        source = Source(kind.value)
        found.items = [i if i.source is source else i.model_copy(update={"source": source}) for i in found.items]
        if kind is Kind.PROTOKOLL:  # decisions stated in sentences, the officers elected, who signs where the minutes end
            found.items = decisions.with_stated_decisions(found.items, placed, found.owners)
            found.participants = officers.with_officers(found.participants, found.items)
            found.participants = roll.with_closing_signatures(
                found.participants, [p for p in placed if p.page_no >= placed[-1].page_no - 1], size)
        break
    else:
        head = [p for p in placed if p.page_no <= PARTICIPANT_PAGES]
        found.participants = roll.participants(head, size, placed)
    if kind is Kind.PROTOKOLL:
        found.problems += minutes.statement_problems(placed, size, found.items)
        found.stated_times = session.stated_times(placed, found.owners)
    if not found.items:
        what = "numbered agenda rows" if kind is Kind.KALLELSE else "§ headings"
        found.problems = [
            Problem(page_no=page.page_no, message=f"no {what} recognised on this page; its layout is not one paragraf reads yet")
            for page in pages
        ]
    return found
