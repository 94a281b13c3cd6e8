"""Motions (yrkanden): who moves what ('Anna Berg (M) yrkar avslag'), with a
seconder ('med instämmande av'), a mover named after the verb, support for
another's motion ('instämmer i Per Eks yrkande'), and withdrawals."""

from __future__ import annotations

import re

from extractors.procedure.passages import Sentence
from extractors.procedure.persons import rule, rules_with, same_person
from extractors.procedure.state import Reading
from schemas.procedure import Motion, MotionKind


def motion(reading: Reading, s: Sentence, who: str, text: str, sentence: str | None = None) -> bool:
    seconders: list = []
    if (second := rule("motion.seconded").search(who)) is not None:
        who, seconders = who[: second.start()], reading.people(who[second.end():]) or []
    people = reading.people(who)
    if people is None:
        return False
    if (second := rule("motion.seconded").pattern.match(text)) is not None:
        # 'X (C) yrkar, med instämmande av Y (S), avslag …': the seconder between commas after the verb
        rest = text[second.end():]
        cut = rest.find(",")
        if cut > 0 and (named := reading.people(rest[:cut])):
            seconders, text = [*seconders, *named], rest[cut + 1:]
    kind = motion_kind(text)
    whom = None
    if m := rule("motion.support").search(text):
        whom = m.group("whom")
        if kind is MotionKind.OTHER:  # 'instämmer i Per Eks yrkande': for it, as its mover is
            kind = MotionKind.APPROVE
    movers = [(person, whom or "") for person in people] + [(person, people[0].name) for person in seconders]
    for person, supports in movers:
        reading.supports[len(reading.out.motions)] = supports
        reading.out.motions.append(Motion(
            item_number=reading.item.number, ordinal=len(reading.out.motions), mover=person.name, party=person.party,
            role=person.role, kind=kind, text=text.strip(" .,") or text, page_no=s.page_no,
            sentence=sentence or s.text))
    return True


def withdraw(reading: Reading, s: Sentence, m: re.Match) -> bool:
    people = reading.people(s.text[: m.start()])
    if not people:
        return False
    for k, motion in enumerate(reading.out.motions):
        if any(same_person(motion.mover, p.name) for p in people):
            reading.out.motions[k] = motion.model_copy(update={"withdrawn": True})
    return True


def resolve_supports(reading: Reading) -> None:
    for k, whom in reading.supports.items():
        if not whom:
            continue
        motion = reading.out.motions[k]
        for other in reading.out.motions:
            if other is not motion and same_person(other.mover, whom):
                reading.out.motions[k] = motion.model_copy(update={"supports": other.mover})
                break


def motion_kind(text: str) -> MotionKind:
    found = []
    for found_rule in rules_with("motion.kind."):
        if m := found_rule.search(text):
            found.append((found_rule.data["motion_kind"], m.start()))
    if not found:
        return MotionKind.OTHER
    procedural = [k for k, _ in found if k in ("återremiss", "bordläggning", "tillägg", "ändring")]
    if procedural:
        return MotionKind(procedural[0])
    return MotionKind(min(found, key=lambda f: f[1])[0])
