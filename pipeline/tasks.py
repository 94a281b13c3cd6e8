"""Thin Prefect task wrappers: each calls one library function."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.guard import extract_guarded
from schemas.document import DocumentRecord


# The warehouse, not Prefect's result cache, decides what is already loaded.
@task(name="extract", task_run_name="extract {path}", cache_policy=NO_CACHE)
def extract(path: str, document_id: str, backend: str = "pdfplumber") -> DocumentRecord:
    """A file path in, a validated record out (ok or failed, never an exception
    for a bad file), read in a child process with a time limit and a memory cap."""
    return extract_guarded(path, document_id, backend=backend)
