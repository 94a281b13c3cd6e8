"""The first items of a protokoll → the officers the meeting elected.

An association's minutes often print no roll: who chaired, kept the minutes
and attested them is stated in the first items — 'Till mötesordförande
valdes Anna Berg', 'Mötet väljer Per Ek till sekreterare', 'Till justerare
tillika rösträknare valdes Eva Nord och Olle Lind', or 'Anna Berg' alone
under the heading 'Val av mötesordförande'. These officers are the meeting's
participants (chair: 'ordförande', secretary: 'sekreterare', attesters:
'justerare'): the chair replaces a person's place in the roll ('ledamot'
becomes 'ordförande'); in a roll of those present without parties (an
association's 'Närvarande: …') the secretary and attesters do too, one entry
per person with the highest office, while a member of a party or of a roll
of seats ('Beslutande') keeps the seat beside the task, as a roll's 'Utses
att justera' does. Minutes without a roll name who was there by what they
did: who opened the meeting and who presented an item. A name given by its first name alone
('Emil väljs till justerare') is the one person of the roll with that first
name. Elections to the association's board or for a term ('ordförande på ett
år', 'i styrelsen') are no offices of the meeting. Words are rules
'officer.*' in `rules/sv/decisions.json`; a stray mark OCR left in a
sentence ('jämte ordföranden . justera') is no stop.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from extractors import rules
from extractors.structure.decisions import sentences
from extractors.structure.people import clean_name
from schemas.meeting import Item, Participant, Role

OPENING_ITEMS = 8  # a meeting elects its officers in its first items
_NAME_RUN = re.compile(r"[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖÉÜ'’-]*(?:\s+(?:af|von|van|de)?\s*[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖÉÜ'’-]*)*")
_NOTE = re.compile(r"\(\s*[^)]*\)")  # '(71)' a house number, '(S)' a party: not the name
_STRAY_MARK = re.compile(r"(?<=\s)[.,:;|'\"]+\s+(?=[a-zåäö])")
_ROLE_FIRST = re.compile(r"^\s*(?:till|som|att)\b", re.IGNORECASE)
_PRESENT = {Role.MEMBER, Role.SUBSTITUTE, Role.SERVING_SUBSTITUTE, Role.NON_SERVING_SUBSTITUTE, Role.OTHER}


@cache
def _rules():
    by_id = {r.id: r for r in rules.rules("decisions")}
    # each office a rule names, in the order of the file: the longer phrases
    # first ('att jämte ordföranden justera' before 'ordförande')
    roles = [(r.pattern, Role(r.data["role"])) for r in rules.rules("decisions") if r.data.get("role")]
    return by_id["officer.election"].pattern, by_id["officer.not_meeting"].pattern, roles


def _roles_in(text: str) -> list[tuple[int, Role]]:
    """Where each officer's role is named in `text`, a phrase counted once
    ('att jämte ordföranden justera protokollet' names attesters, not a chair)."""
    _, _, roles = _rules()
    found, taken = [], []
    for pattern, role in roles:
        for m in pattern.finditer(text):
            if any(a < m.end() and m.start() < b for a, b in taken):
                continue
            taken.append((m.start(), m.end()))
            found.append((m.start(), role))
    return sorted(found, key=lambda f: f[0])


def _names_in(text: str, roll: Sequence[Participant]) -> list[tuple[int, str]]:
    """The people a sentence names, where: 'First Last' (a house number or a
    party in brackets dropped), or a first name that one person of the roll has."""
    text = _NOTE.sub(lambda m: " " * len(m.group(0)), text)
    out = []
    for m in _NAME_RUN.finditer(text):
        words = m.group(0).split()
        if len(words) > 2 and _rules()[0].fullmatch(words[0].lower()):
            words = words[1:]  # 'Valdes Henning Dahl och …': the verb that opens the sentence
        while words and clean_name(" ".join(words)) is None and len(words) > 2:
            words = words[1:]  # 'Mötet Anna Berg' at the start of a sentence
        name = clean_name(" ".join(words)) if len(words) >= 2 else _by_first_name(words[0], roll) if words else None
        if name:
            out.append((m.start(), name))
    return out


def _by_first_name(word: str, roll: Sequence[Participant]) -> str | None:
    holders = {p.name for p in roll if p.name.split()[0] == word}
    return holders.pop() if len(holders) == 1 else None


def _elected_in(sentence: str, title_roles: list[Role], roll: Sequence[Participant]) -> list[Participant]:
    """The officers one sentence elects: with an election verb ('Till justerare
    valdes A och B'), or names with their offices and nothing else
    ('Ordförande: Anna Berg'); a sentence naming no office takes the one its
    item's title names ('Val av mötesordförande' over 'Anna Berg valdes')."""
    election, not_meeting, _ = _rules()
    sentence = _STRAY_MARK.sub(" ", sentence)  # 'jämte ordföranden . justera': a speck OCR read as a stop
    subject = rules.patterns("decisions")["decision.body_verb"].match(sentence)
    if not_meeting.search(sentence, subject.end() if subject else 0):  # 'Styrelsen beslutade att utse …': the board decides, no board elected
        return []
    names = _names_in(sentence, roll)
    verb = election.search(sentence) is not None
    if not names or not (verb or all(not w[:1].islower() or w in ("och", "samt") for w in sentence.split())):
        return []
    roles = _roles_in(sentence) or ([(0, title_roles[0])] if len(title_roles) == 1 else [])
    if not roles:
        return []
    if len({role for _, role in roles}) == 1:
        return [Participant(name=name, role=roles[0][1]) for _, name in names]
    out = []
    role_first = _ROLE_FIRST.match(sentence) is not None  # 'Till ordförande valdes A och till sekreterare B'
    for at, name in names:
        if role_first:
            role = next((r for pos, r in reversed(roles) if pos < at), roles[0][1])
        else:  # 'A valdes till ordförande och B till sekreterare'
            role = next((r for pos, r in roles if pos > at), roles[-1][1])
        out.append(Participant(name=name, role=role))
    return out


def elected(items: Sequence[Item], roll: Sequence[Participant] = (), prose: str = "") -> list[Participant]:
    """The officers a protokoll's first items elect, in order; minutes
    without numbered items elect them in the `prose` of their opening
    ('Val av justerare' / 'Elias Nilsson valdes att justera protokollet')."""
    _, not_meeting, _ = _rules()
    out: list[Participant] = []
    opening = [(item.title, "\n".join(t for t in (item.decision, item.summary) if t)) for item in list(items)[:OPENING_ITEMS]]
    for title, text in opening or [("", prose)]:
        if not_meeting.search(title):
            continue  # 'Val av ordförande i föreningen för ett år': the association's, not the meeting's
        title_roles = [r for _, r in _roles_in(title)]
        for paragraph in text.split("\n"):
            for sentence in sentences(paragraph):
                for person in _elected_in(sentence, title_roles, roll):
                    if not any(p.name == person.name and p.role is person.role for p in out):
                        out.append(person)
    return out


def with_officers(participants: Sequence[Participant], items: Sequence[Item], seats: bool = False,
                  prose: str = "") -> list[Participant]:
    """The roll with the officers the first items elect: the chair in place
    of their entry in the roll (or added), the secretary and attesters added.
    A chair is one entry: one listed both as present and as chair ('Närvarande:
    Anna Berg, …' over 'Mötesordförande: Anna Berg') is the chair. A roll
    without parties (an association's: 'Närvarande: Anna Berg, Per Ek') holds
    one entry per person, the highest office: an elected secretary or attester
    takes the place of their plain entry, and a chair elected attester too
    stays the chair. A member of a party, or of a roll of `seats`
    ('Beslutande', 'Ledamöter'), keeps the seat beside the task ('ledamot' and
    'justerare'), as a kommun's minutes list them. Minutes that
    print no roll at all name who was there by what they did: the officers,
    whoever opened the meeting and whoever presented an item are present
    ('ledamot')."""
    chairs = {p.name for p in participants if p.role is Role.CHAIR}
    out = [p for p in participants if not (p.role is Role.MEMBER and p.name in chairs)]
    for person in elected(items, participants, prose):
        same = [k for k, p in enumerate(out) if p.name == person.name]
        if any(out[k].role is person.role for k in same):
            continue
        if person.role is Role.CHAIR and any(out[k].role is Role.VICE_CHAIR for k in same):
            continue
        one = not seats  # one entry per person: a partyless roll of those present
        present = next((k for k in same if out[k].role in _PRESENT and (person.role is Role.CHAIR or (one and not out[k].party))), None)
        if present is not None:
            out[present] = out[present].model_copy(update={"role": person.role, "organization": None})
            continue
        if one and any(_outranks(out[k], person.role) for k in same):
            continue
        out.append(person)
    if not participants:
        for name in acting(items):
            if not any(p.name == name for p in out):
                out.append(Participant(name=name, role=Role.MEMBER))
    return out


_OFFICES = (Role.CHAIR, Role.VICE_CHAIR, Role.SECRETARY, Role.ATTESTER)  # highest first


def highest_offices(roll: Sequence[Participant]) -> list[Participant]:
    """One entry per partyless person of a roll of those present: their
    highest office of the meeting, where the roll and its signatures list them
    more than once ('Närvarande: … Margit Holm' and 'Vid protokollet: Margit
    Holm'), in the place of their first entry."""
    best: dict[str, Participant] = {}
    for p in roll:
        if p.party:
            continue
        held = best.get(p.name)
        if held is None or (p.role in _OFFICES and (held.role not in _OFFICES or _OFFICES.index(p.role) < _OFFICES.index(held.role))):
            best[p.name] = p
    out, seen = [], set()
    for p in roll:
        if p.party:
            out.append(p)
        elif p.name not in seen:
            seen.add(p.name)
            out.append(best[p.name])
    return out


def _outranks(entry: Participant, role: Role) -> bool:
    """Does a partyless entry hold a higher office of the meeting than `role`?"""
    return (not entry.party and entry.role in _OFFICES and role in _OFFICES
            and _OFFICES.index(entry.role) < _OFFICES.index(role))


def acting(items: Sequence[Item]) -> list[str]:
    """The people minutes show at work: who opened the meeting in its first
    items ('Föreningens ordförande Anna Berg öppnade stämman'), and who
    presented an item."""
    opened = rules.patterns("header")["time.opened"]
    out: list[str] = []
    for item in list(items)[:OPENING_ITEMS]:
        text = "\n".join(t for t in (item.summary, item.decision) if t)
        for paragraph in text.split("\n"):
            for sentence in sentences(paragraph):
                if opened.search(sentence):
                    out += [name for _, name in _names_in(sentence, ())]
    out += [name for item in items for name in item.presenters]
    return list(dict.fromkeys(out))
