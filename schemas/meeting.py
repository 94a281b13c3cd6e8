"""The meeting a document belongs to, as its header states it."""

from __future__ import annotations

import datetime as dt

from pydantic import BaseModel, Field

from schemas.ids import meeting_id

HHMM = r"^([01]\d|2[0-3]):[0-5]\d$"


class MeetingHeader(BaseModel):
    """Body, date, times and place read from a document's header. A field the
    document does not state is None: never guessed from a file name or body text."""

    organ: str | None = None
    meeting_date: dt.date | None = None
    start_time: str | None = Field(default=None, pattern=HHMM)
    end_time: str | None = Field(default=None, pattern=HHMM)
    location: str | None = None

    @property
    def meeting_id(self) -> str | None:
        if self.organ is None or self.meeting_date is None:
            return None
        return meeting_id(self.organ, self.meeting_date)
