"""Records for a document and its pages.

Layout primitives are plain and cheap: a page holds thousands of them, they
are built by our own code, never parsed from outside, and validating each one
would cost more than reading the PDF. `Char` and `Word` are named tuples (a page
has 1 000–2 500 glyphs, and a frozen dataclass costs four times as much to
build), `Line` a frozen slotted dataclass.
Everything that leaves extraction for the warehouse is a pydantic model.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import NamedTuple
from enum import Enum

from pydantic import BaseModel, ConfigDict, Field, model_validator

from schemas.meeting import AgreementMention, Amount, Item, ItemDate, MeetingHeader, Participant


# Bumped whenever extraction changes what it yields for the same bytes: an
# ingest re-reads documents that an older extractor loaded.
EXTRACTOR_VERSION = 4


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


class Box(NamedTuple):
    """Text in a box on the page (PDF points, origin top-left)."""

    text: str
    x0: float
    x1: float
    top: float
    bottom: float
    size: float
    bold: bool = False


class Char(Box):
    """One glyph as the PDF backend reports it."""

    __slots__ = ()


class Word(Box):
    """Glyphs joined into a word by `extractors.layout`."""

    __slots__ = ()


@dataclass(frozen=True, slots=True)
class Line:
    """Words on one baseline, split into segments at wide gaps (table cells,
    a label column beside its values). `text` joins the segments with one space;
    it is computed once, because the rules read it many times."""

    segments: tuple[tuple[Word, ...], ...]
    text: str = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", " ".join(w.text for seg in self.segments for w in seg))

    @property
    def words(self) -> tuple[Word, ...]:
        return tuple(w for seg in self.segments for w in seg)

    @property
    def segment_texts(self) -> tuple[str, ...]:
        return tuple(" ".join(w.text for w in seg) for seg in self.segments)

    @property
    def x0(self) -> float:
        return self.segments[0][0].x0

    @property
    def x1(self) -> float:
        return self.segments[-1][-1].x1

    @property
    def top(self) -> float:
        return min(w.top for w in self.words)

    @property
    def bottom(self) -> float:
        return max(w.bottom for w in self.words)

    @property
    def size(self) -> float:
        return max(w.size for w in self.words)


class Page(BaseModel):
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


class Problem(BaseModel):
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
    problems: list[Problem] = Field(default_factory=list)
    extractor_version: int = EXTRACTOR_VERSION
    ingested_at: dt.datetime = Field(default_factory=lambda: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None))

    @model_validator(mode="after")
    def _consistent(self) -> "DocumentRecord":
        if self.status is Status.OK:
            if self.error_code is not None:
                raise ValueError("an ok document has no error_code")
            if not self.pages or self.page_count != len(self.pages):
                raise ValueError("an ok document has page_count equal to its pages, and at least one")
        else:
            if self.error_code is None or not self.error:
                raise ValueError("a failed document needs error_code and error")
            if self.pages or self.items or self.participants or self.amounts or self.agreement_mentions:
                raise ValueError("a failed document stores no pages, items or participants")
        numbers = [(i.source, i.number) for i in self.items]
        if len(numbers) != len(set(numbers)):
            raise ValueError("item numbers are unique within a document")
        for item in self.items:
            if self.page_count is not None and item.page_end > self.page_count:
                raise ValueError(f"item {item.number} ends on page {item.page_end} of {self.page_count}")
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
