"""An item's lines → sentences, each with its page and the heading it stands
under: wrapped lines rejoined into paragraphs (hyphenation undone), a new
paragraph at each heading — the item fields of `rules/sv/structure.json` and
the headings of `rules/sv/procedure.json` ('Yrkanden', 'Beslutsgång',
'Reservationer', 'Jäv') — and, under a motions heading, at each line that opens
with a person and a party ('Rune Dahl (M): …')."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Sequence

from extractors.structure import blocks
from extractors.reading import layout
from extractors.reading.placed import Placed
from extractors.procedure.persons import read_people, rule, whole

# a sentence ends at . ! ? before a capital, but not after an initial ('Lars E. O. Berg')
_SENTENCE_END = re.compile(r"(?<=[.!?])(?<![\s.][A-ZÅÄÖ]\.)\s+(?=[A-ZÅÄÖ0-9\"”(•-])")
# a person with a party in brackets opening a paragraph: 'Rune Dahl (M): Inte godkänna …'
_PERSON_LEAD = re.compile(r"^(?P<who>[^():]{3,60}?\([^()]{1,8}\))\s*:?\s+(?P<text>\S.*)$", re.S)



@dataclass
class Sentence:
    text: str
    page_no: int
    section: str  # the heading it stands under: motions, procedure, dissent, summary, decision, …
    paragraph: int  # index of its paragraph within the item
    first: bool  # the paragraph's first sentence
    heading: str = ""  # the kind of dissent its heading names ('reservation', 'protokollsanteckning'), if any
    block: int = 0  # which heading it stands under (counted through the item)


def passages(lines: Sequence[Placed]) -> list[Sentence]:
    """The lines as sentences, each with its page and the heading it stands under."""
    out: list[Sentence] = []
    paragraphs: list[tuple[str, int, str, str, int]] = []  # text, page, section, heading kind, block
    section, kind, block = "summary", "", 0
    prev: Placed | None = None
    for p in lines:
        text = re.sub(r"\s+", " ", p.text).strip()
        if not text:
            continue
        heading = _heading(p)
        if heading is not None:
            section, rest, kind = heading
            block += 1
            prev = None
            if rule("vote.roll_call").search(text):  # 'Direktionen beslutade efter omröstning' as a label
                paragraphs.append((text, p.page_no, section, kind, block))
            elif rest:
                paragraphs.append((rest, p.page_no, section, kind, block))
            continue
        new = (
            prev is None
            or not blocks.wraps_into(prev, p)
            or blocks.list_marker(text) is not None
            or (section == "motions" and _PERSON_LEAD.match(text) is not None and person_lead(text) is not None)
        )
        if new or not paragraphs:
            paragraphs.append((text, p.page_no, section, kind, block))
        else:
            t, *place = paragraphs[-1]
            paragraphs[-1] = (layout.join_wrapped(t, text), *place)
        prev = p
    for n, (text, page, section, kind, block) in enumerate(paragraphs):
        for k, part in enumerate(_SENTENCE_END.split(text)):
            if part.strip():
                out.append(Sentence(part.strip(), page, section, n, k == 0, kind, block))
    return out


def _heading(p: Placed) -> tuple[str, str, str] | None:
    """(section, words after the label, the kind of dissent it names) when
    the line opens with a heading."""
    text = p.text
    if (r := whole("heading.", text)) is not None:
        return r.data["section"], "", r.data.get("dissent_kind", "")
    if ":" in text:
        label, _, rest = text.partition(":")
        if len(label.split()) <= 5 and (r := whole("heading.", label)) is not None:
            return r.data["section"], rest.strip(), r.data.get("dissent_kind", "")
    if (found := blocks.leading_label("field.", p.line)) is not None:
        found_rule, rest = found
        if found_rule.data.get("set_off") and not blocks.is_bold(p.line) and ":" not in text:
            return None
        return found_rule.data["field"], blocks.words_text(rest), ""
    return None


def person_lead(text: str) -> tuple[str, str] | None:
    if (m := _PERSON_LEAD.match(text)) is None:
        return None
    if read_people(m.group("who")) is None or len(read_people(m.group("who")) or []) != 1:
        return None
    return m.group("who"), m.group("text")
