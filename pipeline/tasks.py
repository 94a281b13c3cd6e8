"""Thin Prefect task wrappers: each calls one library function."""

from __future__ import annotations

import multiprocessing
import os

from prefect import task
from prefect.cache_policies import NO_CACHE

from pipeline.extract import extract_batch
from extractors.reading.backends import DEFAULT_BACKEND
from schemas.document import DocumentRecord


# The warehouse, not Prefect's result cache, decides what is already loaded.
@task(name="extract", task_run_name="extract {files[0][0]} (+{extra} more)", cache_policy=NO_CACHE)
def extract(files: list[tuple[str, str]], backend: str = DEFAULT_BACKEND, extra: int = 0) -> list[DocumentRecord]:
    """(path, document_id) pairs in, one validated record each out (ok or
    failed, never an exception for a bad file), each file read in a child
    process with a time limit and a memory cap. Files come in small batches
    because every task run costs Prefect bookkeeping (about half a second
    against a local API), far more than a short PDF takes to read."""
    if multiprocessing.parent_process() is not None:  # a pool process: it dies with the ingest that started it
        from extractors.reading import lifetime

        lifetime.die_with_parent(os.getppid(), forked_by_main_thread=False)
    return extract_batch(files, backend)
