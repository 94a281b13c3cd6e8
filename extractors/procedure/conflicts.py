"""Conflicts of interest (jäv): who declared one or did not take part
because of one, in which §, and who served instead."""

from __future__ import annotations

import re

from extractors.procedure.passages import Sentence
from extractors.procedure.persons import rule, same_person
from extractors.procedure.state import Reading
from schemas.procedure import Conflict


PARAGRAPH_REF = re.compile(r"(?<!§)§\s*(\d+)(?![\d\s]*[-–,]\s*\d)")  # '§ 12', not '§§ 12-13'



def conflict(reading: Reading, s: Sentence) -> bool:
    text = s.text.rstrip(".")
    declared = rule("conflict.declared").search(text)
    because = rule("conflict.because").search(text)
    if not (declared or because):
        return False
    if declared:
        who = text[: declared.start()]
    else:
        apart = rule("conflict.not_taking_part").search(text)
        if apart is None:
            reading.problem(s, "who has a conflict of interest")
            return True
        if because.start() < apart.start():  # 'På grund av jäv deltar inte X (M) i handläggningen'
            who = rule("conflict.taking_part_in").pattern.sub("", text[apart.end():])
        else:  # 'X (M) deltar inte på grund av jäv'
            who = text[: apart.start()]
    people = reading.people(who)
    if people is None:
        reading.problem(s, "who has a conflict of interest")
        return True
    sub = None
    if r := rule("conflict.replaced_by").search(text):
        sub = reading.people(r.group("sub"))
    target = reading.item.number
    refs = [int(m.group(1)) for m in PARAGRAPH_REF.finditer(s.text)]
    if len(set(refs)) == 1 and refs[0] in reading.numbers:
        target = refs[0]  # 'X anmäler jäv i § 12', read under another §
    for person in people:
        reading.out.conflicts.append(Conflict(
            item_number=target, ordinal=len(reading.out.conflicts), name=person.name, party=person.party,
            substitute=sub[0].name if sub else None, substitute_party=sub[0].party if sub else None,
            page_no=s.page_no, sentence=s.text))
    return True


def substitute(reading: Reading, s: Sentence) -> bool:
    """'Y (S) tjänstgör i X:s ställe' for a conflict of this item."""
    if not reading.out.conflicts or not (m := rule("conflict.substitute").search(s.text)):
        return False
    subs = reading.people(s.text[: m.start()])
    whose = m.group("whose") or m.group("for1") or m.group("for2") or ""
    if not subs:
        return False
    for k, c in enumerate(reading.out.conflicts):
        if c.substitute is None and same_person(c.name, whose):
            reading.out.conflicts[k] = c.model_copy(update={"substitute": subs[0].name, "substitute_party": subs[0].party})
            return True
    return False
