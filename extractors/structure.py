"""Clean pages → items and participants: the structure of a kallelse or a
protokoll. Underlag have no items of their own.

A layout the rules do not recognise never fails the document: it loads with
its pages and header, and a problem per page says that no items were found
there.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from extractors import blocks, kallelse, people, protokoll
from extractors.blocks import Placed
from schemas.document import Kind, Page, Problem
from schemas.meeting import Item, Participant

PARTICIPANT_PAGES = 3  # without items, participant lists are looked for on this many first pages


@dataclass
class Structure:
    items: list[Item] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    placed: list[Placed] = field(default_factory=list)  # every content line, in order
    owners: dict[int, int] = field(default_factory=dict)  # index into placed → item number


def _digitless(text: str) -> str:
    """'Page 3 of 28' and 'Page 4 of 28' are the same furniture."""
    return re.sub(r"\d+", "#", text)


def read_structure(kind: Kind, pages: Sequence[Page]) -> Structure:
    placed = blocks.place(pages)
    if kind not in (Kind.KALLELSE, Kind.PROTOKOLL) or not placed:
        return Structure(placed=placed)
    size = blocks.body_size(placed)
    if kind is Kind.KALLELSE:
        starts = kallelse.find_rows(placed, size)
        first = starts[0] if starts else None
    else:
        starts = protokoll.find_headings(placed, size)
        first = starts[0].index if starts else None
    head = placed[:first] if first is not None else [p for p in placed if p.page_no <= PARTICIPANT_PAGES]
    found = Structure(participants=people.participants(head, size), placed=placed)
    if kind is Kind.KALLELSE:
        margins = {page.page_no: frozenset(_digitless(ln.text) for ln in page.margin_lines) for page in pages}
        found.items, found.owners = kallelse.agenda_items(placed, size, starts, found.participants, margins)
    else:
        found.items, found.owners = protokoll.paragraph_items(placed, size, starts, found.participants)
    if not found.items:
        what = "numbered agenda rows" if kind is Kind.KALLELSE else "§ headings"
        found.problems = [
            Problem(page_no=page.page_no, message=f"no {what} recognised on this page; its layout is not one paragraf reads yet")
            for page in pages
        ]
    return found
