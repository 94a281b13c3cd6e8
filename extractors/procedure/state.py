"""The state of reading one §: its item, the meeting's roll, the rows read so
far (`Procedure`), and the two helpers every reader of a sentence uses —
who a text names, and a problem row when it names nobody readable."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extractors.procedure.passages import Sentence
from extractors.procedure.persons import Person, read_people
from schemas.document import Problem
from schemas.meeting import Item, Participant
from schemas.procedure import Conflict, Dissent, Motion, Vote


@dataclass
class Procedure:
    motions: list[Motion] = field(default_factory=list)
    votes: list[Vote] = field(default_factory=list)
    dissents: list[Dissent] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


class Reading:
    """One § being read: the rows found so far and what later sentences refer back to."""

    def __init__(self, item: Item, participants: Sequence[Participant], numbers: frozenset[int] = frozenset()):
        self.item = item
        self.numbers = numbers  # the document's § numbers
        self.participants = participants
        self.out = Procedure()
        self.supports: dict[int, str] = {}  # motion index → the name whose motion it supports
        self.open_vote: Vote | None = None

    def people(self, text: str) -> list[Person] | None:
        return read_people(text, self.participants)

    def problem(self, s: Sentence, what: str) -> None:
        self.out.problems.append(Problem(page_no=s.page_no, message=(
            f"{label(self.item)}: {what} could not be read from "
            f"'{s.text[:160]}'; its text stays in the item")))


def label(item: Item) -> str:
    return item.label or f"§ {item.number}"
