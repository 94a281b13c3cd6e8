"""One file, extracted in a child process with a time limit and a memory cap.

A hostile PDF — a decompression bomb, a page tree that loops, a parser that
never returns — costs that child, never the worker or the batch: past the
time limit it is killed and the file fails with `timeout`; past the memory cap
its allocations fail and the file fails with `too_large`. The child is forked
from the worker, so it starts with the libraries already imported.

Defaults (environment): PARAGRAF_TIMEOUT_SECONDS=600 (OCR of a long scan takes
about 2.5 s a page), PARAGRAF_MEMORY_MB=2048 (address space of the child).
"""

from __future__ import annotations

import multiprocessing
import os
import resource
from pathlib import Path

from extractors.document import extract_document
from schemas.document import DocumentRecord, ErrorCode

TIMEOUT_SECONDS = float(os.environ.get("PARAGRAF_TIMEOUT_SECONDS", "600"))
MEMORY_MB = int(os.environ.get("PARAGRAF_MEMORY_MB", "2048"))


def _child(conn, path: str, backend: str, document_id: str, memory_mb: int) -> None:
    limit = memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        record = extract_document(path, backend=backend, document_id=document_id)
    except MemoryError:
        record = None
    try:
        conn.send(record)
    except MemoryError:
        conn.send(None)
    finally:
        conn.close()


def extract_guarded(
    path: str | Path,
    document_id: str,
    backend: str = "pdfplumber",
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> DocumentRecord:
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    memory_mb = MEMORY_MB if memory_mb is None else memory_mb
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    child = context.Process(target=_child, args=(send, str(path), backend, document_id, memory_mb), daemon=True)
    child.start()
    send.close()
    try:
        if receive.poll(timeout):
            try:
                record = receive.recv()
            except EOFError:  # the child died without a word (killed, crashed in C)
                record = DocumentRecord.failed(
                    document_id, str(path), ErrorCode.INTERNAL,
                    f"{path} made the PDF reader crash (exit code {child.exitcode}); "
                    "repair it (qpdf in.pdf out.pdf) and ingest the repaired copy, or report the file.",
                )
            if record is None:
                return DocumentRecord.failed(
                    document_id, str(path), ErrorCode.TOO_LARGE,
                    f"{path} needs more than {memory_mb} MB of memory to read (a decompression bomb, or "
                    "huge images); raise PARAGRAF_MEMORY_MB if the file is genuine.",
                )
            return record
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.TIMEOUT,
            f"{path} was still being read after {timeout:.0f} s and was given up; if it is a long scan, "
            "raise PARAGRAF_TIMEOUT_SECONDS, otherwise the file is probably malformed (repair it with qpdf).",
        )
    finally:
        receive.close()
        if child.is_alive():
            child.kill()
        child.join(5)
