"""Records of matters (ärenden) across bodies: a diary number as printed and
normalised, a reference from an item's text to a § of another meeting, and an
abbreviation a document defines for a body."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from schemas.compact import CompactModel
from schemas.meeting import ItemKey


class CaseNumber(BaseModel):
    """A diarienummer: `normal` is the form every spelling of it shares
    ('KS 2024/512' for 'Dnr KS 2024/512', 'KS/2024/0512', 'KS-2024-512');
    `raw` is as printed."""

    raw: str = Field(min_length=1)
    normal: str = Field(min_length=1)
    series: str | None = None  # 'KS', 'KS/KU'; None when the number has none
    year: int | None = None
    serial: int | None = None


class Reference(CompactModel):
    """'SVOM beslutade den 6 oktober 2023, § 49' in the text of an item (or of
    an underlag, `item_number` None): the body as written, the date and § it
    names. It is resolved to an item of the warehouse when queried
    (warehouse.matters), never at extraction."""

    item_number: int | None
    page_no: int = Field(ge=1)
    body: str = Field(min_length=1)  # as written: 'Sociala vård- och omsorgsgruppen', 'SVOM', 'KS'
    short: str | None = None  # the abbreviation written beside the name: 'SVOM' of '… (SVOM)'
    meeting_date: dt.date | None = None  # None when the reference states none ('KU § 317')
    paragraph: int = Field(ge=0)  # the § number
    raw: str = Field(min_length=1)  # the reference as written
    context: str  # the sentence it stands in

    @property
    def item_key(self) -> ItemKey | None:
        return self.item_number


class BodyAlias(CompactModel):
    """An abbreviation a document defines: 'Sociala vård- och omsorgsgruppen (SVOM)'."""

    short: str = Field(min_length=2)
    name: str = Field(min_length=2)
    page_no: int = Field(ge=1)
