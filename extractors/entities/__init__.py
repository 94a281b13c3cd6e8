"""Entities: clean lines of a document and its items → the entities its text names:
amounts of money (`money`), agreement mentions (`agreements`) and the dates
each item speaks of (`dates`), all read from the same sentences (`sentence`);
and, read where the stages meet, the matters and references between bodies
(`matters`) and personal data and secrecy markings (`sensitive`).

In: the placed lines, which item owns each line, the items. Out: rows that
each know their page, their item and the sentence they stand in."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Sequence

from extractors.entities.agreements import agreement_mentions
from extractors.entities.dates import item_dates
from extractors.entities.money import amounts
from extractors.entities.sentence import Sentence, sentences
from extractors.reading.placed import Placed
from extractors.structure import fields
from schemas.meeting import AgreementMention, Amount, Item, ItemDate


@dataclass
class Entities:
    amounts: list[Amount]
    agreement_mentions: list[AgreementMention]
    item_dates: list[ItemDate]
    sentences: list[Sentence] = field(default_factory=list)  # what they were read from (matters read them too)


def read_entities(placed: Sequence[Placed], owners: dict[int, int], items: Sequence[Item]) -> Entities:
    found = sentences(placed, owners)
    outside = ""
    if not items:  # an underlag: its own 'Förslag till beslut' is where it proposes
        text = fields.split_fields(placed).text
        outside = " ".join(t for t in (text["proposal"], text["decision"]) if t)
    return Entities(amounts(found), agreement_mentions(found, items, outside), item_dates(found), found)
