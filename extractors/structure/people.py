"""Persons: names, and the presenters of an item.

Names are 'First Last' (two to four capitalised words). Role words and
presenter verbs are rules in `rules/sv/structure.json`; the verbs are
matched over tokens cut as spaCy's Swedish tokenizer cuts them (`tokens`)
to find who presents in running text ('Anna Frisk och Jan Persson föredrar
ärendet'). The participants of a meeting are read from its roll by
`extractors.structure.roll`.
"""

from __future__ import annotations

import re
from functools import cache
from typing import Sequence

from extractors.structure import blocks
from extractors.structure.tokens import tokenize
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
def _verbs() -> tuple[frozenset[str], frozenset[str]]:
    """(active verbs, passive verbs) of the rule 'presenter.verb', lower case."""
    verb_rule = blocks.rule("presenter.verb")
    return frozenset(verb_rule.data["verbs"]), frozenset(verb_rule.data["passive"])


_NAME_TOKEN = re.compile(r"^[A-ZÅÄÖÉÜ][\wåäöéüÅÄÖ'’-]*$")
_JOINERS = {",", "och", "&", "samt"}


def presenters_in_text(text: str, participants: Sequence[Participant] = ()) -> tuple[list[str], bool]:
    """Names that a presenter verb names, and whether any such verb occurs
    (so a caller can fall back on the attendance list's 'föredragande' notes).

    A verb is a token ('Anna Frisk och Jan Persson föredrar ärendet'), a passive
    one a token followed by 'av' ('Ärendet föredras av Maria Höög'); the names
    are the run of name-like tokens and joiners before the verb, or after 'av'.
    Tokens are cut as spaCy's Swedish tokenizer cuts them (`tokens`), so the
    runs end where they did when spaCy's `Matcher` found the verbs."""
    active, passive = _verbs()
    lowered = text.lower()
    if not any(verb in lowered for verb in active | passive):  # no verb, no token that is one
        return [], False
    tokens = tokenize(text)
    lower = [t.text.lower() for t in tokens]

    def names_like(k: int) -> bool:
        return bool(_NAME_TOKEN.match(tokens[k].text)) or lower[k] in _JOINERS

    names: list[str] = []
    found_verb = False
    for k, word in enumerate(lower):  # matches in the order they end, as the Matcher gave them
        if word in active:
            first = k
            while first > 0 and names_like(first - 1):
                first -= 1
            run = range(first, k)
        elif word == "av" and k > 0 and lower[k - 1] in passive:
            last = k + 1
            while last < len(tokens) and names_like(last):
                last += 1
            run = range(k + 1, last)
        else:
            continue
        found_verb = True
        span = text[tokens[run[0]].start : tokens[run[-1]].end] if run else ""
        for name in split_names(span, participants):
            if name not in names:
                names.append(name)
    return names, found_verb
