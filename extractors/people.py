"""Persons: participants of a meeting and presenters of an item.

Names are 'First Last' (two to four capitalised words); party, organisation,
role and '§§' notes are read off from around them. Role words, party
abbreviations and presenter verbs are rules in `rules/sv/structure.json`;
spaCy's Swedish tokenizer and a `Matcher` over the presenter verbs find who
presents in running text ('Anna Frisk och Jan Persson föredrar ärendet').
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from extractors import blocks
from extractors.blocks import Placed
from schemas.meeting import Participant, Role

_SEPARATORS = re.compile(r"\s*(?:,|;|&|\bsamt\b|\boch\b|/)\s*")


# ---------------------------------------------------------------- names


def clean_name(text: str) -> str | None:
    """'Lise Hjemgaard-Svensson' stays; 'Region Jämtland Härjedalen', 'SVOM',
    or a single word is not a person's name (None)."""
    text = re.sub(r"\s+", " ", text).strip(" .,:;-–")
    text = blocks.rule("name.title_word").pattern.sub("", text, count=1)
    if not blocks.rule("name.person").pattern.fullmatch(text):
        return None
    if blocks.rule("name.not_person").pattern.search(text):
        return None
    return text


def split_names(text: str, participants: Sequence[Participant] = ()) -> list[str]:
    """A presenter cell or phrase → names: 'Elin Ring, Jessica Isaksson,
    Mikael Lec-Alsén m.fl.' → three names; '(PwC)', '(S)' and 'm.fl.' go; a
    role word ('Ordförande') becomes the participant who holds that role."""
    text = blocks.rule("presenter.noise").pattern.sub(" ", text)
    names: list[str] = []
    for chunk in _SEPARATORS.split(text):
        chunk = chunk.strip()
        if not chunk:
            continue
        name = clean_name(chunk) or _by_role(chunk, participants)
        if name and name not in names:
            names.append(name)
    return names


def _by_role(word: str, participants: Sequence[Participant]) -> str | None:
    found = blocks.whole("role.", word) or blocks.whole("role.", word[:-1])  # 'Ordföranden'
    if found is None or found.data.get("role") == "signatures":
        return None
    holders = [p.name for p in participants if p.role.value == found.data["role"]]
    return holders[0] if len(holders) == 1 else None


# ---------------------------------------------------------------- presenters in running text


@cache
def _nlp():
    import spacy
    from spacy.matcher import Matcher

    nlp = spacy.blank("sv")
    verb_rule = blocks.rule("presenter.verb")
    matcher = Matcher(nlp.vocab)
    matcher.add("ACTIVE", [[{"LOWER": {"IN": verb_rule.data["verbs"]}}]])
    matcher.add("PASSIVE", [[{"LOWER": {"IN": verb_rule.data["passive"]}}, {"LOWER": "av"}]])
    return nlp, matcher


_NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖ'’-]*$")
_JOINERS = {",", "och", "&", "samt"}


def presenters_in_text(text: str, participants: Sequence[Participant] = ()) -> tuple[list[str], bool]:
    """Names that a presenter verb names, and whether any such verb occurs
    (so a caller can fall back on the attendance list's 'föredragande' notes)."""
    nlp, matcher = _nlp()
    doc = nlp(text)
    names: list[str] = []
    found_verb = False
    for match_id, start, end in matcher(doc):
        found_verb = True
        if nlp.vocab.strings[match_id] == "ACTIVE":
            i = start - 1
            while i >= 0 and (_NAME_TOKEN.match(doc[i].text) or doc[i].lower_ in _JOINERS):
                i -= 1
            span = doc[i + 1 : start].text
        else:
            j = end
            while j < len(doc) and (_NAME_TOKEN.match(doc[j].text) or doc[j].lower_ in _JOINERS):
                j += 1
            span = doc[end:j].text
        for name in split_names(span, participants):
            if name not in names:
                names.append(name)
    return names, found_verb


# ---------------------------------------------------------------- participants


# Whatever follows the last parenthesis and is no word: a note such as '§§1-9'.
_TRAILING_NOTE = re.compile(r"(?<=\))\s*(?P<note>[^\w(]*\d[^A-Za-zÅÄÖåäö(]*)$")


def _parse_person(text: str, role: Role) -> Participant | None:
    """'Katarina Nyberg Finn (S) (ordförande) (Region JH)', 'Lise Hjemgaard-
    Svensson (M), 1:a vice ordförande', 'Lisbet Gibson, RJH - Regionstaben',
    'Anda Embretzen (Härjedalens kommun) §§1-10' → one participant."""
    text = re.sub(r"\s+", " ", text).strip()
    sections = None
    if m := blocks.rule("participant.sections").pattern.search(text):
        sections = re.sub(r"\s+", "", m.group("sections"))
        text = text[: m.start()].rstrip()
    elif m := _TRAILING_NOTE.search(text):
        sections = m.group("note")  # '§§1-10' as OCR may read it ('881-10'): kept as printed
        text = text[: m.start()].rstrip()
    if m := blocks.rule("role.inline").pattern.search(text):
        inline = blocks.whole("role.", m.group("role"))
        if inline is not None and inline.data["role"] != "signatures":
            role = Role(inline.data["role"])
        text = (text[: m.start()] + " " + text[m.end():]).strip(" ,")
    party = None
    if m := blocks.rule("participant.party").pattern.search(text):
        party = m.group("party")
        text = (text[: m.start()] + " " + text[m.end():]).strip()
    organization = None
    bracketed = re.findall(r"\(([^)]*)\)", text)
    if bracketed:
        organization = bracketed[-1].strip() or None
        text = re.sub(r"\([^)]*\)", " ", text)
    elif "," in text:
        text, _, rest = text.partition(",")
        organization = rest.strip() or None
    name = clean_name(text)
    if name is None:
        return None
    return Participant(name=name, party=party, organization=organization, role=role, sections=sections)


def participants(lines: Sequence[Placed], size: float) -> list[Participant]:
    """The participant lists among `lines` (the part of a document before its
    first item): a role heading or label, then one person per line, until a
    label that is not a role. In a signature block ('Justerat av') each line
    names its own role ('Justerande Margareta Winberg')."""
    value_x = _value_column(lines)
    out: list[Participant] = []
    role: Role | None = None
    signatures = False
    for placed in lines:
        line = placed.line
        found = blocks.leading_label("role.", line) or blocks.label_run_into("role.", line, value_x)
        rest_text = placed.text
        cells = [list(seg) for seg in line.segments]
        if found is not None:
            rule, rest = found
            role = None if rule.data["role"] == "signatures" else Role(rule.data["role"])
            signatures = signatures or role is None
            if not rest:
                continue
            rest_text = blocks.words_text(rest)
            kept = {id(w) for w in rest}
            cells = [[w for w in seg if id(w) in kept] for seg in line.segments]
        elif _is_other_label(placed, value_x, size):
            role, signatures = None, False
            continue
        if signatures and role is None:
            if (lead := _signature_role(rest_text)) is not None:
                _add(out, _parse_person(lead[1], lead[0]))
            continue
        if role is not None:
            for person in _one_per_person(rest_text, [blocks.words_text(c) for c in cells if c], role):
                _add(out, person)
        if signatures:
            role = None  # in a signature block each line names its own role
    return out


# 'Anna Berg (S), ordförande, Per Ek (M), Eva Nord (V)': a new person starts
# after a comma where a name and a parenthesis follow.
_NEXT_PERSON = re.compile(r"\s*[,;]\s*(?=[A-ZÅÄÖ][\w'’-]+(?:\s+[A-ZÅÄÖ][\w'’-]+){1,3}\s*\()")


def _one_per_person(text: str, cells: list[str], role: Role) -> list[Participant | None]:
    """A line listing several people — in columns ('Anna Berg (S)   Per Ek (M)')
    or after commas — one participant each; a line with one person as it is."""
    if len(cells) > 1:
        in_cells = [_parse_person(cell, role) for cell in cells]
        if all(in_cells):
            return in_cells
    return [_parse_person(part, role) for part in _NEXT_PERSON.split(text) if part.strip()]


def _signature_role(text: str) -> tuple[Role, str] | None:
    words = text.split()
    for n in range(min(3, len(words) - 1), 0, -1):
        found = blocks.whole("role.", " ".join(words[:n]))
        if found is not None and found.data["role"] != "signatures":
            return Role(found.data["role"]), " ".join(words[n:])
    return None


def _add(out: list[Participant], person: Participant | None) -> None:
    if person is None:
        return
    for known in out:
        if known.name == person.name and known.role == person.role:
            return
    out.append(person)


def _value_column(lines: Sequence[Placed]) -> float | None:
    """Where the values of a label column start: the most used left edge of
    second cells ('Beslutande ledamöter | Katarina …')."""
    xs = [ln.line.segments[1][0].x0 for ln in lines if len(ln.line.segments) > 1]
    starts = blocks.column_starts(xs, min_count=2)
    if not starts:
        return None
    return max(starts, key=lambda s: sum(1 for x in xs if abs(x - s) <= blocks.COLUMN_TOLERANCE))


def _is_other_label(placed: Placed, value_x: float | None, size: float) -> bool:
    """A label that is not a role ('Justeringens plats och tid', 'Organ'):
    it ends the list above it."""
    line = placed.line
    if value_x is not None and line.x0 < value_x - blocks.COLUMN_TOLERANCE:
        return True
    return blocks.is_heading(line, size) and clean_name(placed.text) is None
