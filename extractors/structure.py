"""Clean pages → items and participants: the structure of a kallelse or a
protokoll. Underlag have no items of their own.

A layout the rules do not recognise never fails the document: it loads with
its pages and header, and a problem per page says that no items were found
there.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extractors import blocks, kallelse, people, protokoll
from schemas.document import Kind, Page, Problem
from schemas.meeting import Item, Participant

PARTICIPANT_PAGES = 3  # without items, participant lists are looked for on this many first pages


@dataclass
class Structure:
    items: list[Item] = field(default_factory=list)
    participants: list[Participant] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def read_structure(kind: Kind, pages: Sequence[Page]) -> Structure:
    if kind not in (Kind.KALLELSE, Kind.PROTOKOLL):
        return Structure()
    placed = blocks.place(pages)
    if not placed:
        return Structure()
    size = blocks.body_size(placed)
    if kind is Kind.KALLELSE:
        starts = kallelse.find_rows(placed, size)
        first = starts[0] if starts else None
    else:
        starts = protokoll.find_headings(placed, size)
        first = starts[0].index if starts else None
    head = placed[:first] if first is not None else [p for p in placed if p.page_no <= PARTICIPANT_PAGES]
    found = Structure(participants=people.participants(head, size))
    reader = kallelse.agenda_items if kind is Kind.KALLELSE else protokoll.paragraph_items
    found.items = reader(placed, size, starts, found.participants)
    if not found.items:
        what = "numbered agenda rows" if kind is Kind.KALLELSE else "§ headings"
        found.problems = [
            Problem(page_no=page.page_no, message=f"no {what} recognised on this page; its layout is not one paragraf reads yet")
            for page in pages
        ]
    return found
