"""The meeting a document belongs to: its header, items, presenters and participants."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from enum import Enum

from pydantic import BaseModel, Field, model_validator

from schemas import ids
from schemas.compact import CompactModel
from schemas.ids import meeting_id
from schemas.provenance import FieldRegion, Region

HHMM = r"^([01]\d|2[0-3]):[0-5]\d$"

# How the other parts of a record (amounts, agreement mentions, dates) name the
# item they stand in, and what must be unique among a document's items: today
# the item's number. Items that share a number ('§ 3 a', '§ 3 b') would key by
# their printed label instead; only `Item.key` and the parts' `item_key` change.
ItemKey = int


class MeetingHeader(BaseModel):
    """Body, date, times and place read from a document's header. A field the
    document does not state is None: never guessed from a file name or body text."""

    organ: str | None = None
    # the kommun, region, authority or association that issued the document, as
    # printed ('Högsby kommun', 'Brf Solgläntan'); extractors/structure/organisation.py
    organisation: str | None = None
    meeting_date: dt.date | None = None
    start_time: str | None = Field(default=None, pattern=HHMM)
    end_time: str | None = Field(default=None, pattern=HHMM)
    location: str | None = None

    @property
    def meeting_id(self) -> str | None:
        if self.organ is None or self.meeting_date is None:
            return None
        return meeting_id(self.organ, self.meeting_date, self.organisation)


class Section(str, Enum):
    """The agenda heading an item stands under."""

    INFORMATION = "information"  # Informationsärenden
    DECISION = "beslut"  # Beslutsärenden


class Source(str, Enum):
    KALLELSE = "kallelse"
    PROTOKOLL = "protokoll"


class Role(str, Enum):
    CHAIR = "ordförande"
    VICE_CHAIR = "vice ordförande"
    MEMBER = "ledamot"
    SUBSTITUTE = "ersättare"
    SERVING_SUBSTITUTE = "tjänstgörande ersättare"
    NON_SERVING_SUBSTITUTE = "ej tjänstgörande ersättare"
    OTHER = "övrig"
    SECRETARY = "sekreterare"
    ATTESTER = "justerare"  # justerare


class Attachment(CompactModel):
    """A Beslutsunderlag line; `page_start` is where it begins when it is bundled
    in the same PDF."""

    title: str = Field(min_length=1)
    page_start: int | None = Field(default=None, ge=1)


class Item(CompactModel):
    """An agenda item of a kallelse or a § of a protokoll."""

    source: Source
    number: int = Field(ge=0)
    label: str | None = None  # as printed: 'KS § 3 a', '39 §', '§ 5'; None when only a number
    # a sub-item ('2.1', '2 a' under '2.'): the printed label of the item it
    # belongs to, whose integer `number` it shares; None for a top-level item
    parent_label: str | None = None
    title: str = Field(min_length=1)
    section: Section | None = None
    scheduled_time: str | None = Field(default=None, pattern=HHMM)
    case_number: str | None = None  # diarienummer, normalised ('KS 2024/512'; extractors/entities/matters.py)
    case_number_raw: str | None = None  # the diarienummer as printed ('Dnr KS/2024/0512')
    summary: str | None = None  # Sammanfattning / Ärendebeskrivning
    proposal: str | None = None  # Förslag till beslut
    decision: str | None = None  # Beslut (protokoll)
    motions: str | None = None  # Yrkanden
    procedure: str | None = None  # Propositionsordning, omröstning
    dissent: str | None = None  # Reservation, protokollsanteckning
    distribution: str | None = None  # Protokollsutdrag / Expedieras till
    attested: bool = False  # "Paragrafen är justerad" / "Omedelbart justerad"
    presenters: list[str] = Field(default_factory=list)
    attachments: list[Attachment] = Field(default_factory=list)
    page_start: int = Field(ge=1)
    page_end: int = Field(ge=1)
    # provenance (schemas/provenance.py): the heading (label and title) on its
    # first page; each field's lines per page; each presenter's name as
    # printed, parallel to `presenters` (None: not printed in the document)
    box: Region | None = None
    field_boxes: list[FieldRegion] = Field(default_factory=list)
    presenter_boxes: list[Region | None] = Field(default_factory=list)

    @model_validator(mode="after")
    def _span(self) -> "Item":
        if self.page_end < self.page_start:
            raise ValueError(f"item {self.number}: page_end {self.page_end} before page_start {self.page_start}")
        return self

    @property
    def key(self) -> ItemKey:
        """What the record's amounts, mentions and dates name this item by."""
        return self.number

    @property
    def identity(self) -> tuple[str, str | int]:
        """What makes an item unique within its document: its source and printed
        label, or its number when it has none ('§ 3 a' and '§ 3 b' are two items;
        their amounts and dates name the first of them, by `key`); a sub-item's
        label with its parent's ('a)' under '5' and 'a)' under '7' are two)."""
        return (self.source.value, self.id_label or self.number)

    @property
    def id_label(self) -> str | None:
        """The label an item's id is made from: its own, after its parent's for a sub-item ('5 / a)')."""
        return f"{self.parent_label} / {self.label}" if self.parent_label and self.label else self.label

    def item_id(self, document_id: str) -> str:
        """From the document and the printed label ('§ 3 a' and '§ 3 b' share a number)."""
        return ids.item_id(document_id, self.source.value, self.id_label, self.number)


class Participant(CompactModel):
    """One person in one role: called (kallelse) or present (protokoll)."""

    name: str = Field(min_length=3)
    party: str | None = None
    organization: str | None = None
    role: Role
    sections: str | None = None  # '§§1-9' as printed beside the name
    box: Region | None = None  # the name as printed


class Amount(CompactModel):
    """A sum of money as printed, normalised to kronor."""

    item_number: int | None  # the item it stands in; None outside any item
    page_no: int = Field(ge=1)
    value_sek: Decimal = Field(max_digits=18, decimal_places=2)
    raw: str = Field(min_length=1)
    context: str  # the sentence or table row
    box: Region | None = None  # `raw` on the page

    @property
    def item_key(self) -> ItemKey | None:
        return self.item_number


class AgreementMention(CompactModel):
    """An agreement named in the text: from the catalogue, or a new one named by its surface."""

    agreement_id: str
    name: str  # canonical name
    item_number: int | None
    page_no: int = Field(ge=1)
    surface: str  # the words as written
    in_decision: bool  # inside the item's proposal or decision
    box: Region | None = None  # `surface` on the page

    @property
    def item_key(self) -> ItemKey | None:
        return self.item_number


class Precision(str, Enum):
    DAY = "day"
    MONTH = "month"
    YEAR = "year"
    PERIOD = "period"


class ItemDate(CompactModel):
    """A date an item states ('till och med 2022-10-31', 'hösten 2022')."""

    item_number: int
    date: dt.date
    raw: str
    context: str
    precision: Precision
    box: Region | None = None  # `raw` on the page (page_no: the page it stands on)

    @property
    def item_key(self) -> ItemKey:
        return self.item_number
