"""One file, extracted in a child process with a time limit and a memory cap.

A hostile PDF — a decompression bomb, a page tree that loops, a parser that
never returns — costs that child, never the worker or the batch: past the
time limit it is killed and the file fails with `timeout`; past the memory cap
its allocations fail and the file fails with `too_large`. The child is forked
from the worker (so it starts with every library imported, in about 15 ms),
sends its record back through a pipe and leaves with `os._exit`, running no
inherited cleanup.

Defaults (environment): PARAGRAF_TIMEOUT_SECONDS=600 (OCR of a long scan takes
about 2.5 s a page), PARAGRAF_MEMORY_MB=2048 (address space the child may add to what it was
forked with).
"""

from __future__ import annotations

import faulthandler
import gc
import os
import pickle
import resource
import select
import signal
import time
from pathlib import Path

from extractors.document import extract_document, warm_up
from extractors.pdf import DEFAULT_BACKEND, REFERENCE_BACKEND
from schemas.document import DocumentRecord, ErrorCode, Problem, Status

TIMEOUT_SECONDS = float(os.environ.get("PARAGRAF_TIMEOUT_SECONDS", "600"))
MEMORY_MB = int(os.environ.get("PARAGRAF_MEMORY_MB", "2048"))
_MEMORY_EXCEEDED = b"memory"
_warm = False


def _address_space() -> int:
    """Bytes of address space this process has mapped (VmSize)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _child(write_fd: int, path: str, backend: str, document_id: str, memory_mb: int) -> None:
    faulthandler.disable()  # a crash here is reported by the parent, not dumped on the user's terminal
    # The cap is on what this child adds to the address space it was forked
    # with: a writer process that has run DuckDB and Arrow already maps a few
    # GB it never touches, and a cap below that would make every allocation
    # fail first and fall back (four times slower) rather than stop a bomb.
    limit = _address_space() + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        record = extract_document(path, backend=backend, document_id=document_id)
        # word positions served extraction; the writer needs page text only
        record.pages = [p.model_copy(update={"lines": [], "margin_lines": []}) for p in record.pages]
        payload = pickle.dumps(record)
    except MemoryError:
        payload = _MEMORY_EXCEEDED
    with os.fdopen(write_fd, "wb") as pipe:
        pipe.write(payload)


def warm_up_worker() -> None:
    """Once per process: what the per-file children should inherit, not reload."""
    global _warm
    if not _warm:
        warm_up()
        _warm = True


def extract_files(files: list[tuple[str, str]], backend: str = DEFAULT_BACKEND) -> list[DocumentRecord]:
    """(path, document_id) pairs in, one record each out (ok or failed, never
    an exception for a bad file), each file read in its own guarded child."""
    return [extract_guarded(path, document_id, backend=backend) for path, document_id in files]


def extract_guarded(
    path: str | Path,
    document_id: str,
    backend: str = DEFAULT_BACKEND,
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> DocumentRecord:
    record, crashed = _in_child(path, document_id, backend, timeout, memory_mb)
    if crashed and backend != REFERENCE_BACKEND:
        # PDFium (C++) ends the process when an allocation fails under the
        # memory cap, or on a bug; the pure-Python reference backend raises
        # instead, so it tells a decompression bomb (too_large) from a file
        # it can read, and then reads it.
        again, _ = _in_child(path, document_id, REFERENCE_BACKEND, timeout, memory_mb)
        if again.status is Status.OK:
            again.problems.insert(0, Problem(message=f"read by {REFERENCE_BACKEND}: the {backend} reader crashed on it"))
        return again
    return record


def _in_child(path, document_id: str, backend: str, timeout: float | None, memory_mb: int | None) -> tuple[DocumentRecord, bool]:
    """The record, and whether the child died without giving one."""
    warm_up_worker()
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    memory_mb = MEMORY_MB if memory_mb is None else memory_mb
    read_fd, write_fd = os.pipe()
    # Objects the worker holds now (Prefect's event-loop state among them) stay
    # out of the child's garbage collection: collecting them there would run
    # finalizers for threads that do not exist in the child.
    gc.freeze()
    pid = os.fork()
    if pid != 0:
        gc.unfreeze()
    if pid == 0:  # the child
        try:
            os.close(read_fd)
            _child(write_fd, str(path), backend, document_id, memory_mb)
        finally:
            os._exit(0)
    os.close(write_fd)
    chunks: list[bytes] = []
    deadline = time.monotonic() + timeout
    timed_out = False
    try:
        while True:
            remaining = deadline - time.monotonic()
            if remaining <= 0 or not select.select([read_fd], [], [], remaining)[0]:
                timed_out = True
                break
            chunk = os.read(read_fd, 1 << 20)
            if not chunk:
                break
            chunks.append(chunk)
    finally:
        os.close(read_fd)
        if timed_out:
            os.kill(pid, signal.SIGKILL)
        _, status = os.waitpid(pid, 0)
    payload = b"".join(chunks)
    crashed = not timed_out and (not payload or os.WIFSIGNALED(status))
    return _outcome(payload, timed_out, status, path, document_id, timeout, memory_mb), crashed


def _outcome(payload: bytes, timed_out: bool, status: int, path, document_id: str, timeout: float, memory_mb: int) -> DocumentRecord:
    if timed_out:
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.TIMEOUT,
            f"{path} was still being read after {timeout:.0f} s and was given up; if it is a long scan, "
            "raise PARAGRAF_TIMEOUT_SECONDS, otherwise the file is probably malformed (repair it with qpdf).",
        )
    if payload == _MEMORY_EXCEEDED:
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.TOO_LARGE,
            f"{path} needs more than {memory_mb} MB of memory to read (a decompression bomb, or "
            "huge images); raise PARAGRAF_MEMORY_MB if the file is genuine.",
        )
    try:
        return pickle.loads(payload)
    except Exception:  # noqa: BLE001 - the child died without a whole answer
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.INTERNAL,
            f"{path} made the PDF reader crash (status {status}); repair it (qpdf in.pdf out.pdf) "
            "and ingest the repaired copy, or report the file.",
        )
