"""Thin Prefect task wrappers: each calls one library function."""

from __future__ import annotations

from prefect import task

from extractors.document import extract_document
from schemas.document import DocumentRecord


@task(name="extract", task_run_name="extract {path}")
def extract(path: str, document_id: str, backend: str = "pdfplumber") -> DocumentRecord:
    """A file path in, a validated record out (ok or failed, never an exception
    for a bad file)."""
    return extract_document(path, backend=backend, document_id=document_id)
