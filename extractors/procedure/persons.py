"""Who a sentence of minutes names, and the vocabulary of
`rules/sv/procedure.json` the procedure readers share.

'Katarina Nyberg Finn (S), Margareta Winberg (S) och Anders Häggkvist (C)' is
three people: the text is split at commas, 'och', 'samt' and '&' outside
brackets, and each part read with the project's name and party rules
(`extractors.structure.people.clean_name`, the `participant.party` rule): a title before
a name is dropped ('Vice riksbankschef Per Holm'), words that lead up to
the person ('Nämnden godkänner att …') are skipped, and a role word
('Ordföranden') is the participant who holds that role when the roll names
exactly one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Sequence

from extractors.structure import blocks
from extractors import rules
from extractors.structure.people import clean_name
from schemas.meeting import Participant, Role


@dataclass
class Person:
    name: str
    party: str | None = None
    role: str | None = None  # the role word the text used, when it named no one


# ---------------------------------------------------------------- vocabulary


@cache
def rules_with(prefix: str) -> tuple[rules.Rule, ...]:
    return tuple(r for r in rules.rules("procedure") if r.id.startswith(prefix))


def rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("procedure") if r.id == rule_id)


def whole(prefix: str, text: str) -> rules.Rule | None:
    clean = re.sub(r"\s+", " ", text).strip().rstrip(":").strip()
    return next((r for r in rules_with(prefix) if r.pattern.fullmatch(clean)), None)


def number(word: str) -> int:
    return int(word) if word.isdigit() else rules.load("procedure")["number_words"][word.casefold()]


# ---------------------------------------------------------------- people


def _mask_brackets(text: str) -> tuple[str, list[str]]:
    """'(S), B (S)' → '\x00, B \x01' and the bracketed parts, so separators inside brackets do not split."""
    parts: list[str] = []
    out, depth, start = [], 0, 0
    for k, c in enumerate(text):
        if c == "(":
            if depth == 0:
                start = k
            depth += 1
        elif c == ")" and depth:
            depth -= 1
            if depth == 0:
                out.append(chr(0xE000 + len(parts)))
                parts.append(text[start:k + 1])
            continue
        if depth == 0:
            out.append(c)
    return "".join(out), parts


def _unmask(text: str, parts: list[str]) -> str:
    return re.sub("[\ue000-\uf8ff]", lambda m: parts[ord(m.group(0)) - 0xE000], text)


_SEPARATORS = re.compile(r"\s*(?:,|;|&|\bsamt\b|\boch\b)\s*")


def read_people(text: str, participants: Sequence[Participant] = ()) -> list[Person] | None:
    """'Katarina Nyberg Finn (S), Margareta Winberg (S) och Anders Häggkvist (C)'
    → three people; 'Ordföranden' → the chair (when the roll names one);
    None when any part is not a person."""
    text = re.sub(r"\s+", " ", text).strip(" ,.:;")
    if not text:
        return None
    masked, parts = _mask_brackets(text)
    chunks = [_unmask(c, parts) for c in _SEPARATORS.split(masked) if c.strip()]
    people = [person(c, participants) for c in chunks]
    if not people or any(p is None for p in people):
        lead = rule("subject.lead").pattern.match(text)
        if lead and lead.end() < len(text):
            return read_people(text[lead.end():], participants)
        return None
    return people  # type: ignore[return-value]


def person(text: str, participants: Sequence[Participant]) -> Person | None:
    party = None
    if m := blocks.rule("participant.party").pattern.search(text):
        party = m.group("party").upper()
    bare = re.sub(r"\([^()]*\)", " ", text)
    bare = re.sub(r"\s+", " ", bare).strip(" ,.:;")
    if (name := clean_name(bare)) is not None:
        return Person(name, party)
    words = bare.split()
    for k in range(1, len(words) - 1):  # 'Vice riksbankschef Per Holm': the name after a title
        titled = not words[k - 1][:1].isupper() or blocks.whole("role.", words[k - 1]) is not None
        if titled and (name := clean_name(" ".join(words[k:]))) is not None:
            return Person(name, party)
    role = blocks.whole("role.", bare) or blocks.whole("role.", bare[:-1])  # 'Ordföranden'
    if role is not None and role.data.get("role") in {r.value for r in Role}:
        holders = [p for p in participants if p.role.value == role.data["role"]]
        if len(holders) == 1:
            return Person(holders[0].name, holders[0].party, bare)
        return Person(bare, party, bare)
    return None


def same_person(name: str, mention: str) -> bool:
    """'Bianca Zandén' and 'Bianca Zandén', 'Zandén' or 'Olle Eks' (a genitive)."""
    a, b = name.casefold(), re.sub(r"\([^()]*\)", "", mention).strip().casefold()
    for form in (b, b[:-1] if b.endswith("s") else b, b.rstrip(":s'’")):
        if form and (a == form or a.split()[-1] == form or (len(form.split()) == 1 and a.endswith(" " + form))):
            return True
    return False
