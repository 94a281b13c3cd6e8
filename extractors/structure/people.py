"""Persons: names, and the presenters of an item.

Names are 'First Last' (two to four capitalised words). Role words and
presenter verbs are rules in `rules/sv/structure.json`; spaCy's Swedish
tokenizer and a `Matcher` over the presenter verbs find who presents in
running text ('Anna Frisk och Jan Persson föredrar ärendet'). The
participants of a meeting are read from its roll by `extractors.structure.roll`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from extractors.structure import blocks
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


_BROKEN_DOUBLE_NAME = re.compile(r"\b([A-ZÅÄÖ][a-zåäöé]+)-\s+(?=[A-ZÅÄÖ][a-zåäöé])")


def split_names(text: str, participants: Sequence[Participant] = ()) -> list[str]:
    """A presenter cell or phrase → names: 'Elin Ring, Jessica Isaksson,
    Mikael Lec-Alsén m.fl.' → three names; '(PwC)', '(S)' and 'm.fl.' go; a
    role word ('Ordförande') becomes the participant who holds that role."""
    text = blocks.rule("presenter.noise").pattern.sub(" ", text)
    text = _BROKEN_DOUBLE_NAME.sub(r"\1-", text)  # 'Karl- Axel Berg': a double name broken at its hyphen
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
    if found is None or found.data.get("role") not in {r.value for r in Role}:
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
