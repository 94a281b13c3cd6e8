"""Dissents: reservations (written or oral, against what, in favour of whose
motion), protokollsanteckningar and abstentions, said in a sentence or as a
heading over the names."""

from __future__ import annotations

import re
from typing import Sequence

from extractors.procedure.passages import Sentence
from extractors.procedure.persons import rule, rules_with
from extractors.procedure.state import Reading
from schemas.procedure import Dissent, DissentKind


def dissent(reading: Reading, s: Sentence, following: Sequence[Sentence]) -> bool:
    text = s.text
    for found_rule in rules_with("dissent."):
        if "dissent_kind" not in found_rule.data or not (m := found_rule.search(text)):
            continue
        kind = DissentKind(found_rule.data["dissent_kind"])
        who, after = (text[m.end():], "") if found_rule.id == "dissent.reservation_by" else (text[: m.start()], text[m.end():])
        if found_rule.id == "dissent.reservation_by":
            who = re.split(r"\s+(?:mot|till förmån för)\s+|[.;]", who)[0]
            after = text[m.end() + len(who):]
        people = reading.people(who)
        if people is None:
            reading.problem(s, f"who made the {kind.value}")
            return True
        against = favour = note = None
        written: bool | None = None
        if kind in (DissentKind.RESERVATION, DissentKind.STATEMENT):
            if a := rule("dissent.against").search(after):
                against = a.group("against").strip(" ,.")
            if f := rule("dissent.in_favour").search(after):
                favour = f.group("favour").strip(" ,.")
            written = rule("dissent.written").search(text) is not None
        elif kind is DissentKind.NOTE:
            written = True if rule("dissent.written").search(text) else None
            if ":" in after:
                note = after.partition(":")[2].strip() or None
            if text.rstrip().endswith(":") and following:
                note = following[0].text
        for person in people:
            reading.out.dissents.append(Dissent(
                item_number=reading.item.number, ordinal=len(reading.out.dissents), kind=kind, name=person.name,
                party=person.party, against=against, in_favour_of=favour, written=written, text=note,
                page_no=s.page_no, sentence=text))
        return True
    return False


def named_under_heading(reading: Reading, s: Sentence, paragraph: str, others: list[str]) -> bool:
    """'Reservation' over 'Anna Berg (M), Per Ek (S)': those people
    reserved themselves (orally, unless the heading's text says written);
    a note's author under 'Protokollsanteckning', its text the rest."""
    people = reading.people(paragraph)
    if not people or any(p.role for p in people):
        return False
    kind = DissentKind(s.heading)
    note = " ".join(others) or None
    written = None
    if kind is not DissentKind.ABSTENTION:
        written = rule("dissent.written").search(" ".join([paragraph, *others])) is not None
    for person in people:
        reading.out.dissents.append(Dissent(
            item_number=reading.item.number, ordinal=len(reading.out.dissents), kind=kind, name=person.name,
            party=person.party, written=written if kind is not DissentKind.NOTE or written else None,
            text=note if kind in (DissentKind.NOTE, DissentKind.STATEMENT) else None,
            page_no=s.page_no, sentence=paragraph))
    return True
