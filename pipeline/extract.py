"""What an extraction worker runs: a batch of files, each read in the guarded
child of `extractors.reading.guard` by the whole of extraction,
`extractors.record`. Both engines (the local process pool and Prefect's
tasks) and the measuring tools hand files here."""

from __future__ import annotations

from extractors import record
from extractors.reading import guard
from extractors.reading.backends import DEFAULT_BACKEND
from schemas.document import DocumentRecord


def extract_batch(files: list[tuple[str, str]], backend: str = DEFAULT_BACKEND) -> list[DocumentRecord]:
    """(path, document_id) pairs in, one record each out (ok or failed, never
    an exception for a bad file)."""
    return guard.extract_files(record, files, backend)


def warm_up() -> None:
    """Load the readers and rule matchers once in this process, before the
    per-file children are forked from it."""
    guard.warm_up_worker(record)
