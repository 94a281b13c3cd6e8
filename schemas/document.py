"""Records for a document and its pages.

The layout primitives a page holds in thousands (`Char`, `Word`, `Line`) are
plain and cheap, in `schemas.text`. Everything that leaves extraction for the
warehouse is a pydantic model.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.compact import CompactModel
from schemas.matters import BodyAlias, CaseNumber, Reference
from schemas.meeting import AgreementMention, Amount, Item, ItemDate, MeetingHeader, Participant
from schemas.sensitive import SensitiveFinding
from schemas.text import Box, Char, Line, Word  # noqa: F401 - where the readers take them from
from schemas.procedure import Conflict, Dissent, Motion, Vote


# Bumped whenever extraction changes what it yields for the same bytes: an
# ingest re-reads documents that an older extractor loaded.
EXTRACTOR_VERSION = 14


class Kind(str, Enum):
    KALLELSE = "kallelse"
    PROTOKOLL = "protokoll"
    UNDERLAG = "underlag"
    UNKNOWN = "okänd"


class TextSource(str, Enum):
    TEXT = "text"
    OCR = "ocr"
    MIXED = "mixed"
    NONE = "none"


class Status(str, Enum):
    OK = "ok"
    FAILED = "failed"


class ErrorCode(str, Enum):
    NOT_A_PDF = "not_a_pdf"
    ENCRYPTED = "encrypted"
    DAMAGED = "damaged"
    EMPTY = "empty"
    NO_TEXT = "no_text"
    TOO_LARGE = "too_large"
    TIMEOUT = "timeout"
    INTERNAL = "internal"
    MISSING = "missing"  # the file vanished (or became unreadable) between discovery and reading
    CHANGED = "changed"  # its bytes changed while the batch ran, into those of another file of it (or one stored)


class Page(CompactModel):
    """A page after layout cleaning: running headers, footers and page stamps are
    gone from `lines` and `text`; `margin_lines` keeps what was removed, because
    a running header is where a document states its body and date."""

    model_config = ConfigDict(arbitrary_types_allowed=True, frozen=True)

    page_no: int = Field(ge=1)
    width: float
    height: float
    text_source: TextSource
    lines: list[Line] = Field(default_factory=list, repr=False)
    margin_lines: list[Line] = Field(default_factory=list, repr=False)
    text: str = ""
    # lines[start:end] read as one column of the page, and that column's left and right edges
    columns: list[tuple[int, int, float, float]] = Field(default_factory=list, repr=False)


class Problem(CompactModel):
    """Something that went wrong on part of a document without failing all of it."""

    page_no: int | None = None
    message: str


class DocumentRecord(BaseModel):
    """What extraction yields for one file: either an ok document with pages, or a
    failed one carrying an error code and a sentence a person can act on."""

    model_config = ConfigDict(arbitrary_types_allowed=True)

    document_id: str = Field(pattern=r"^[0-9a-f]{64}$")
    source_path: str
    status: Status
    kind: Kind = Kind.UNKNOWN
    page_count: int | None = None
    text_source: TextSource | None = None
    error_code: ErrorCode | None = None
    error: str | None = None
    header: MeetingHeader = Field(default_factory=MeetingHeader)
    pages: list[Page] = Field(default_factory=list, repr=False)
    items: list[Item] = Field(default_factory=list, repr=False)
    participants: list[Participant] = Field(default_factory=list, repr=False)
    amounts: list[Amount] = Field(default_factory=list, repr=False)
    agreement_mentions: list[AgreementMention] = Field(default_factory=list, repr=False)
    item_dates: list[ItemDate] = Field(default_factory=list, repr=False)
    # personal identity numbers and secrecy markings (masked forms only; extractors/entities/sensitive.py)
    sensitive: list[SensitiveFinding] = Field(default_factory=list, repr=False)
    # how each decision was made (schemas.procedure): motions, votes, dissents, conflicts of interest
    motions: list[Motion] = Field(default_factory=list, repr=False)
    votes: list[Vote] = Field(default_factory=list, repr=False)
    dissents: list[Dissent] = Field(default_factory=list, repr=False)
    conflicts: list[Conflict] = Field(default_factory=list, repr=False)
    problems: list[Problem] = Field(default_factory=list)
    # matters (extractors/entities/matters.py): the document's own diarienummer (an
    # underlag's header), references to §§ of other meetings, and the
    # abbreviations it defines for bodies
    case_number: CaseNumber | None = None
    references: list[Reference] = Field(default_factory=list, repr=False)
    body_aliases: list[BodyAlias] = Field(default_factory=list, repr=False)
    # what the document says about its own version, which decides which of the
    # documents of one meeting is the newest (the current_documents view):
    attested_on: dt.date | None = None  # the justering date it states
    revision: int = Field(default=0, ge=0)  # 'Reviderad', 'Version 2': 1, 2 …; 0 when it states none
    pdf_modified_at: dt.datetime | None = None  # the PDF's own modification date (/ModDate, UTC), if it has one
    # a Swedish kommun's or region's protokoll: the printed day its justering was
    # posted (anslag), and the last day for laglighetsprövning that follows from it
    posted_on: dt.date | None = None
    appeal_until: dt.date | None = None
    # where the organisation (header.organisation) was read, and any web address or
    # organisation number printed: 'head p. 1: HÖGSBY KOMMUN …; web hogsby.se'
    organisation_evidence: str | None = None
    extractor_version: int = EXTRACTOR_VERSION
    ingested_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))

    @model_validator(mode="after")
    def _consistent(self) -> "DocumentRecord":
        faults = record_faults(self)
        if faults:
            more = f" (and {len(faults) - 3} more)" if len(faults) > 3 else ""
            raise ValueError("; ".join(faults[:3]) + more)
        return self

    @classmethod
    def failed(cls, document_id: str, source_path: str, code: ErrorCode, error: str) -> "DocumentRecord":
        return cls(
            document_id=document_id,
            source_path=source_path,
            status=Status.FAILED,
            error_code=code,
            error=error,
        )


def record_faults(record: DocumentRecord) -> list[str]:
    """Why the warehouse could not hold `record` as it is, one sentence each
    ([] when it can): every amount, agreement mention and date belongs to an
    item the record holds (by `Item.key`), item keys are unique, and every page
    number lies within 1..page_count. Extraction repairs or drops what breaks
    these (extractors.record.consistent_parts) before it builds a record."""
    faults: list[str] = []
    if record.status is Status.OK:
        if record.error_code is not None:
            faults.append("an ok document has no error_code")
        if not record.pages or record.page_count != len(record.pages):
            faults.append("an ok document has page_count equal to its pages, and at least one")
    else:
        if record.error_code is None or not record.error:
            faults.append("a failed document needs error_code and error")
        if record.pages or record.items or record.participants or record.amounts or record.agreement_mentions or record.item_dates:
            faults.append("a failed document stores no pages, items or participants")
        if record.motions or record.votes or record.dissents or record.conflicts:
            faults.append("a failed document stores no motions, votes, dissents or conflicts")
        if record.references or record.body_aliases or record.case_number:
            faults.append("a failed document stores no case number, references or abbreviations")
    last = record.page_count or 0

    def outside(page_no: int | None) -> bool:
        return page_no is not None and not 1 <= page_no <= last

    page_nos = [p.page_no for p in record.pages]
    if len(page_nos) != len(set(page_nos)) or any(map(outside, page_nos)):
        faults.append(f"page numbers are distinct and within 1..{last}")
    keys = [item.key for item in record.items]
    labels = [item.identity for item in record.items]
    if len(labels) != len(set(labels)):
        twice = sorted({str(k[1]) for k in labels if labels.count(k) > 1})
        faults.append(f"item keys are unique within a document (a label, or the number when unlabelled) ({', '.join(twice)} more than once)")
    for item in record.items:
        if outside(item.page_start) or outside(item.page_end):
            faults.append(f"item {item.key} spans pages {item.page_start}-{item.page_end} of {last}")
        if any(outside(a.page_start) for a in item.attachments):
            faults.append(f"an attachment of item {item.key} begins outside pages 1..{last}")
        if any(not name.strip() for name in item.presenters):
            faults.append(f"item {item.key} has a presenter without a name")
    held = set(keys)
    for what, parts in (("amount", record.amounts), ("agreement mention", record.agreement_mentions)):
        for part in parts:
            if part.item_key is not None and part.item_key not in held:
                faults.append(f"an {what} stands in item {part.item_key}, which the record does not hold")
            if outside(part.page_no):
                faults.append(f"an {what} is on page {part.page_no} of {last}")
    for reference in record.references:
        if reference.item_key is not None and reference.item_key not in held:
            faults.append(f"a reference ({reference.raw}) stands in item {reference.item_key}, which the record does not hold")
        if outside(reference.page_no):
            faults.append(f"a reference is on page {reference.page_no} of {last}")
    if any(outside(alias.page_no) for alias in record.body_aliases):
        faults.append(f"an abbreviation is defined on a page outside 1..{last}")
    for date in record.item_dates:
        if date.item_key not in held:
            faults.append(f"a date ({date.raw}) belongs to item {date.item_key}, which the record does not hold")
    faults += _procedure_faults(record, held, outside)
    # provenance (schemas/provenance.py): every box on a page of the document, presenters' boxes parallel to their names
    boxes = [b for i in record.items for b in (i.box, *i.field_boxes, *i.presenter_boxes)]
    boxes += [part.box for parts in (record.participants, record.amounts, record.agreement_mentions, record.item_dates) for part in parts]
    if any(b is not None and outside(b.page_no) for b in boxes):
        faults.append(f"a box lies on a page outside 1..{last}")
    if any(i.presenter_boxes and len(i.presenter_boxes) != len(i.presenters) for i in record.items):
        faults.append("an item's presenter boxes are not one per presenter")
    for problem in record.problems:
        if outside(problem.page_no):
            faults.append(f"a problem is noted on page {problem.page_no} of {last}")
    return faults


def _procedure_faults(record: DocumentRecord, held: set, outside) -> list[str]:
    """Every motion, vote (and each of its named votes), dissent and conflict
    belongs to an item the record holds, on a page it has; ordinals are unique
    per item and kind, since they make the rows' ids."""
    faults: list[str] = []
    for what, parts in (("motion", record.motions), ("vote", record.votes), ("dissent", record.dissents), ("conflict", record.conflicts)):
        seen: set = set()
        for part in parts:
            if part.item_key not in held:
                faults.append(f"a {what} belongs to item {part.item_key}, which the record does not hold")
            if outside(part.page_no) or any(outside(r.page_no) for r in getattr(part, "records", ())):
                faults.append(f"a {what} of item {part.item_key} is on a page outside the document")
            if (part.item_key, part.ordinal) in seen:
                faults.append(f"two {what}s of item {part.item_key} share ordinal {part.ordinal}")
            seen.add((part.item_key, part.ordinal))
    return faults
