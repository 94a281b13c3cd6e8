"""Lines → what a document says about its own version: a revision it states
('Reviderad föredragningslista', 'Version 2') and the date a protokoll was
attested ('Justeringens plats och tid … 2023-10-12'). Two documents of one
meeting stored by the same ingest are told apart by these (see the
current_items view); a document that states neither has revision 0 and no date.
Vocabulary: rules/sv/version.json."""

from __future__ import annotations

import datetime as dt
from typing import Sequence

from extractors.structure import header
from extractors import rules
from schemas.document import Kind, Line


MARKER_WORDS = 6  # a revision marker stands in a segment of at most this many words


def _rule(rule_id: str) -> rules.Rule:
    return next(r for r in rules.rules("version") if r.id == rule_id)


def read_revision(head: Sequence[Line], margins: Sequence[Line]) -> int:
    """The revision stated in the top of page 1 or a running header or
    footer: its number ('Version 2' → 2), 1 for a plain 'Reviderad', 0 for none.
    Only short segments count, the way a title or a stamp is set: a sentence
    ('Nämnden godkänner en reviderad plan …') is about something else."""
    found = 0
    rule = _rule("version.revised")
    for line in [*head, *margins]:
        for segment in line.segment_texts:
            if len(segment.split()) > MARKER_WORDS:
                continue
            for m in rule.pattern.finditer(segment):
                found = max(found, int(m.group("n")) if m.group("n") else 1)
    return found


def read_attested_on(kind: Kind, first_pages: Sequence[Line], margins: Sequence[Line],
                     meeting_date: dt.date | None) -> dt.date | None:
    """The date a protokoll states it was attested (justerat), on its first
    pages or in its running header or footer; never before the meeting."""
    if kind is not Kind.PROTOKOLL:
        return None
    rule = _rule("version.attested_on")
    for line in [*first_pages, *margins]:
        if (m := rule.search(line.text)) and (date := header.find_date(m.group("rest"))) is not None:
            if meeting_date is None or date >= meeting_date:
                return date
    return None
