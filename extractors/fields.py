"""An item's body lines → its fields: summary, proposal, decision, attachments,
motions, procedure, dissent, distribution, attested, presenters named by label.

Labels ('Förslag till beslut', 'Beslut', 'Beslutsunderlag', …) are rules in
`rules/sv/structure.json`; a label may stand on its own line, in a label column
beside its text, or before a colon. Text before any label is the summary.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extractors import blocks
from extractors.blocks import Placed
from schemas.document import Line

TEXT_FIELDS = ("summary", "proposal", "decision", "motions", "procedure", "dissent", "distribution")


@dataclass
class Fields:
    text: dict[str, str | None] = field(default_factory=dict)
    attachments: list[str] = field(default_factory=list)
    presenter_text: list[str] = field(default_factory=list)  # after a 'Föredragande:' label
    attested: bool = False


def _rest_line(placed: Placed, words) -> Placed:
    return Placed(placed.page_no, Line((tuple(words),)), placed.left, placed.right, placed.ocr)


def split_fields(lines: Sequence[Placed]) -> Fields:
    buckets: dict[str, list[Placed]] = {}
    current = "summary"
    attested = False
    for placed in lines:
        if blocks.whole("field.attested", placed.text):
            attested = True
            continue
        found = blocks.leading_label("field.", placed.line)
        if found is None:
            buckets.setdefault(current, []).append(placed)
            continue
        rule, rest = found
        name = rule.data["field"]
        if name == "attested":  # 'Paragrafen är justerad' with more words after: keep them
            attested = True
            name = current
        elif name == current and buckets.get(current) and not rest:
            # a sub-heading inside the same field ('Bakgrund' under 'Ärendebeskrivning')
            buckets[current].append(placed)
            continue
        current = name
        if rest:
            buckets.setdefault(current, []).append(_rest_line(placed, rest))
    out = Fields(attested=attested)
    for name in TEXT_FIELDS:
        out.text[name] = blocks.paragraphs(buckets.get(name, ()))
    attachment_text = blocks.paragraphs(buckets.get("attachments", ()))
    if attachment_text:
        out.attachments = [_strip_marker(t) for t in attachment_text.split("\n") if _strip_marker(t)]
    presenter_text = blocks.paragraphs(buckets.get("presenter", ()))
    if presenter_text:
        out.presenter_text = presenter_text.split("\n")
    return out


def _strip_marker(text: str) -> str:
    marker = blocks.list_marker(text)
    if marker and not marker[0].isalnum():
        text = text[len(marker):]
    return text.strip()
