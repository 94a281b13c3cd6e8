"""Records of personal data and secrecy markings found in a document.

A finding never carries the raw personal identity number: only its masked
form ('19121212-****'). The raw digits stay where the document has them (the
page and item text of the operator's own warehouse) and nowhere else.
"""

from __future__ import annotations

from enum import Enum

from pydantic import Field

from schemas.compact import CompactModel


class SensitiveKind(str, Enum):
    PERSONAL_NUMBER = "personnummer"
    COORDINATION_NUMBER = "samordningsnummer"  # the day of birth plus 60
    SECRET = "sekretess"  # a secrecy marking ('Sekretess enligt OSL …')


class SensitiveFinding(CompactModel):
    """One personal identity number or secrecy marking: where it stands (page,
    box in PDF points with the origin top-left, when one line holds it; the
    item, when it stands in one) and its masked form."""

    kind: SensitiveKind
    masked: str = Field(min_length=1)  # '19121212-****', or the marking's words (no personal data)
    rule_id: str
    page_no: int | None = Field(default=None, ge=1)
    # the item it stands in, by what makes an item unique (schemas.meeting.Item.identity)
    item_source: str | None = None
    item_label: str | None = None  # Item.id_label: a sub-item's label after its parent's
    item_number: int | None = None
    x0: float | None = None
    top: float | None = None
    x1: float | None = None
    bottom: float | None = None
