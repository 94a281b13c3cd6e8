"""What one ingest did, file by file, and the one-line summary of it."""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, computed_field

from schemas.document import DocumentRecord, Status

Outcome = Literal["ok", "skipped", "failed"]
FAILED_NAMED = 3  # the summary line names this many failed files (paragraf problems --failed lists them all)


class FileOutcome(BaseModel):
    path: str
    document_id: str
    outcome: Outcome
    pages: int = 0
    error_code: str | None = None
    error: str | None = None
    problems: int = 0  # problem rows of a document that loaded: parts it could not read

    @classmethod
    def from_record(cls, record: DocumentRecord) -> "FileOutcome":
        ok = record.status is Status.OK
        return cls(
            path=record.source_path,
            document_id=record.document_id,
            outcome="ok" if ok else "failed",
            pages=record.page_count or 0,
            error_code=None if ok else record.error_code.value,
            error=record.error,
            problems=len(record.problems) if ok else 0,
        )


class IngestSummary(BaseModel):
    files: list[FileOutcome] = Field(default_factory=list)
    passed_over: list[str] = Field(default_factory=list)
    warnings: list[str] = Field(default_factory=list)  # the batch loaded, but something around it did not
    seconds: float = 0.0
    watch_news: dict[int, int] = Field(default_factory=dict)  # watch_id → new hits this run recorded (paragraf watch news)

    def add(self, outcome: FileOutcome) -> None:
        self.files.append(outcome)

    def _count(self, outcome: Outcome) -> int:
        return sum(f.outcome == outcome for f in self.files)

    # the counts are part of `--json` too
    @computed_field
    @property
    def ok(self) -> int:
        return self._count("ok")

    @computed_field
    @property
    def with_problems(self) -> int:
        """Documents loaded with problems (`paragraf problems` lists them)."""
        return sum(f.outcome == "ok" and f.problems > 0 for f in self.files)

    @computed_field
    @property
    def skipped(self) -> int:
        return self._count("skipped")

    @computed_field
    @property
    def failed(self) -> int:
        return self._count("failed")

    @computed_field
    @property
    def pages(self) -> int:
        return sum(f.pages for f in self.files)

    @property
    def exit_status(self) -> int:
        """0 when every file is ok or skipped, 1 when any failed (the contract)."""
        return 1 if self.failed else 0

    def line(self) -> str:
        rate = f", {self.pages / self.seconds:.1f} pages/s" if self.seconds and self.pages else ""
        partial = f" ({self.with_problems} with problems)" if self.with_problems else ""
        news = sum(self.watch_news.values())
        watched = (f"; {news} new {'hit' if news == 1 else 'hits'} for "
                   f"{'watch' if len(self.watch_news) == 1 else 'watches'} {', '.join(map(str, sorted(self.watch_news)))}"
                   if news else "")
        failed = [f.path.rsplit("/", 1)[-1] for f in self.files if f.outcome == "failed"]
        named = (f"; failed: {', '.join(failed[:FAILED_NAMED])}{f' and {len(failed) - FAILED_NAMED} more' if len(failed) > FAILED_NAMED else ''}"
                 " (paragraf problems --failed)") if failed else ""
        return (
            f"ingested {self.ok}{partial} / skipped {self.skipped} / failed {self.failed} files, "
            f"{self.pages} pages, {self.seconds:.1f} s{rate}{watched}{named}"
        )
