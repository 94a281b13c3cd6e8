"""Thin Prefect task wrappers: each calls one library function."""

from __future__ import annotations

from prefect import task
from prefect.cache_policies import NO_CACHE

from extractors.document import extract_document
from schemas.document import DocumentRecord


# The warehouse, not Prefect's result cache, decides what is already loaded.
@task(name="extract", task_run_name="extract {path}", cache_policy=NO_CACHE)
def extract(path: str, document_id: str, backend: str = "pdfplumber") -> DocumentRecord:
    """A file path in, a validated record out (ok or failed, never an exception
    for a bad file)."""
    return extract_document(path, backend=backend, document_id=document_id)
