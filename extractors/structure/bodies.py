"""A title line → the body that meets, in its own word, and the rest of the line.

Associations, housing cooperatives, companies and student unions name the
meeting in their titles: 'Protokoll fört vid ordinarie föreningsstämma med
Brf Exempel', 'Exempelföreningen Årsmötesprotokoll 2024', 'Protokoll
styrelsemöte nr 7', 'Kallelse till årsstämma'. The organ is the body's word
('Föreningsstämma', 'Årsmöte', 'Styrelsen', 'Årsstämma'); what stands beside
it — the association's name, the title word, a date — is the rest, which
`BodyMention.before` and `.after` hand on whole, for whoever reads the
organisation from it. The words are data: `meeting_bodies` in
`rules/sv/header.json`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from extractors import rules


@dataclass(frozen=True)
class BodyMention:
    organ: str  # the body's word, as the vocabulary names it: 'Föreningsstämma'
    printed: str  # the words as printed: 'ordinarie föreningsstämma', 'Årsmötesprotokoll'
    before: str  # the text before them, as printed
    after: str  # the text after them, as printed

    @property
    def rest(self) -> str:
        """The line without the body's words: where the association's name stands."""
        return re.sub(r"\s+", " ", f"{self.before} {self.after}").strip()


@cache
def _vocabulary() -> tuple[re.Pattern[str], dict[str, str]]:
    data = rules.load("header")["meeting_bodies"]
    organ_of = {form.casefold(): body["organ"] for body in data["bodies"] for form in body["forms"]}

    def alternation(words) -> str:
        return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True))

    pattern = re.compile(
        rf"(?<![\wåäöÅÄÖ/-])(?:(?:{alternation(data['qualifiers'])})\s+)?"
        rf"(?P<form>{alternation(organ_of)})(?:{alternation(data['compound_heads'])})?(?![\wåäöÅÄÖ/-])",
        re.IGNORECASE,
    )
    return pattern, organ_of


@cache
def _any_meeting() -> tuple[re.Pattern[str], dict[str, str], frozenset[str]]:
    data = rules.load("header")["meeting_bodies"]
    other = data["any_meeting"]
    heads = "|".join(sorted(map(re.escape, other["heads"]), key=len, reverse=True))
    after = "|".join(sorted(map(re.escape, data["compound_heads"]), key=len, reverse=True))
    pattern = re.compile(
        rf"(?<![\wåäöÅÄÖ/-])(?P<first>[a-zåäöA-ZÅÄÖ]{{{int(other['min_first'])},}}?)(?P<head>{heads})(?:{after})?(?![\wåäöÅÄÖ/-])",
        re.IGNORECASE)
    return pattern, {k.casefold(): v for k, v in other["heads"].items()}, frozenset(w.casefold() for w in other["not_first"])


def find_body(text: str) -> BodyMention | None:
    """The first meeting body `text` names: 'Protokoll för Stenby samfällighets
    årsstämma 2026' → Årsstämma, before 'Protokoll för Stenby samfällighets',
    after '2026'; 'Kommunstyrelsen' → None (a compound with another head is a
    body's own name, read as it is). Where no listed body is named, a
    meeting in a compound word of its own ('från månadsmöte' → Månadsmöte)."""
    pattern, organ_of = _vocabulary()
    m = pattern.search(text)
    if m is not None:
        form = re.sub(r"\s+", " ", m.group("form")).casefold()
        return BodyMention(organ_of[form], m.group(0), text[: m.start()].strip(), text[m.end():].strip())
    pattern, base_of, not_first = _any_meeting()
    for m in pattern.finditer(text):
        first = m.group("first").casefold()
        if first in not_first:
            continue
        organ = first[:1].upper() + first[1:] + base_of[m.group("head").casefold()]
        return BodyMention(organ, m.group(0), text[: m.start()].strip(), text[m.end():].strip())
    return None
