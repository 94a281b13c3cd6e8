"""One file, extracted in a child process with a time limit and a memory cap.

A hostile PDF — a decompression bomb, a page tree that loops, a parser that
never returns — costs that child, never the worker or the batch: past the
time limit it is killed and the file fails with `timeout`; past the memory cap
its allocations fail and the file fails with `too_large`. The child is forked
from the worker (so it starts with every library imported), sends its record
back through a pipe and leaves with `os._exit`, running no inherited cleanup.
Both go through `Reader`: `extract_guarded` starts one for a single file;
`extract_files`, which ingest uses, keeps one per worker and hands it file
after file.

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
import threading
import time
from pathlib import Path
from typing import BinaryIO, Protocol

from extractors.reading import lifetime
from extractors.reading.backends import DEFAULT_BACKEND, REFERENCE_BACKEND
from schemas.document import DocumentRecord, ErrorCode, Problem, Status
from schemas.faults import crash_point

TIMEOUT_SECONDS = float(os.environ.get("PARAGRAF_TIMEOUT_SECONDS", "600"))
MEMORY_MB = int(os.environ.get("PARAGRAF_MEMORY_MB", "2048"))
_warm = False


class Extraction(Protocol):
    """What the guarded child runs: one file into a record, and the imports
    and rule matchers to load once before children are forked. The reading
    room does not know what extraction is; `extractors.record` (the module
    itself) is the one the pipeline hands in."""

    def extract_document(self, path, backend: str = ..., document_id: str | None = ...) -> DocumentRecord: ...

    def warm_up(self) -> None: ...


def _address_space() -> int:
    """Bytes of address space this process has mapped (VmSize)."""
    with open("/proc/self/statm") as statm:
        return int(statm.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")


def _cap_memory(memory_mb: int) -> int:
    """Cap this (child) process's address space; returns where it starts.
    The cap is on what the child adds to the address space it was forked
    with: a writer process that has run DuckDB and Arrow already maps a few GB
    it never touches, and a cap below that would make every allocation fail
    first and fall back (four times slower) rather than stop a bomb."""
    faulthandler.disable()  # a crash here is reported by the parent, not dumped on the user's terminal
    start = _address_space()
    limit = start + memory_mb * 2**20
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    return start


def _quiet_stderr() -> None:
    """The parsers' own complaints about a broken file (qpdf writes "Pages
    tree includes non-dictionary object; ignoring" straight to stderr) stay
    out of the user's terminal: what matters about a file reaches its record
    as an error code or a problem row, and a child that dies is reported by
    its parent."""
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 2)
    os.close(devnull)


BATCH = 512  # parts of a record's long list pickled at once


def _answer(extraction: Extraction, path: str, backend: str, document_id: str, answers: BinaryIO) -> bool:
    """Read the file and write its record to `answers` as it is pickled, in
    frames (see `_Stream`): a long document's record is never held pickled
    whole, here or in the worker. A list of more than BATCH parts (a long
    document's amounts, pages, items) is left out of the record's pickle and
    follows it in pickles of BATCH parts each: a pickler remembers every
    object it has written until it is done, which for a whole record of
    thousands of parts costs about as much as the parts themselves. False
    when memory ran out (what was written is then no whole record)."""
    try:
        record = extraction.extract_document(path, backend=backend, document_id=document_id)
        # word positions served extraction; the writer needs page text only
        record.pages = [p.model_copy(update={"lines": [], "margin_lines": [], "columns": []}) for p in record.pages]
        fields = record.__dict__  # as pickle sees them: which fields were given stays as it is
        long = {name: value for name, value in fields.items() if type(value) is list and len(value) > BATCH}
        fields.update(dict.fromkeys(long, ()))
        out = _Frames(answers)
        pickle.dump((record, [(name, len(parts)) for name, parts in long.items()]), out)
        for parts in long.values():
            for start in range(0, len(parts), BATCH):
                pickle.dump(parts[start : start + BATCH], out)
        return True
    except MemoryError:
        return False


def _record(answer: "_Stream") -> DocumentRecord:
    """The record as `_answer` wrote it: its pickle, then its long lists batch by batch."""
    record, long = pickle.load(answer)
    for name, count in long:
        parts: list = []
        while len(parts) < count:
            parts += pickle.load(answer)
        record.__dict__[name] = parts
    return record


class _Frames:
    """A file pickle writes to: each write goes out with its length before it."""

    def __init__(self, out: BinaryIO) -> None:
        self.out = out

    def write(self, data) -> int:
        if size := len(data):
            self.out.write(size.to_bytes(4, "big"))
            self.out.write(data)
        return size


class _TimedOut(Exception):
    pass


class _Ended(Exception):
    pass


class _Stream:
    """The child's answer as pickle reads it: frames of the pickled record, each
    after its length, then a length of 0 and a flag: b"K" (the child reads on),
    b"R" (it leaves) or b"M" (it ran out of memory and leaves). Each read waits
    for the child until the deadline (`_TimedOut`), or finds it ended (`_Ended`)."""

    def __init__(self, fd: int, deadline: float) -> None:
        self.fd, self.deadline = fd, deadline
        self.left = 0  # bytes of the current frame not read yet
        self.flag: bytes | None = None

    def _exactly(self, size: int) -> bytes:
        data = bytearray()
        while len(data) < size:
            remaining = self.deadline - time.monotonic()
            if remaining <= 0 or not select.select([self.fd], [], [], remaining)[0]:
                raise _TimedOut
            chunk = os.read(self.fd, min(size - len(data), 1 << 20))
            if not chunk:
                raise _Ended
            data += chunk
        return bytes(data)

    def _frame(self) -> bool:
        """Into the next frame; False at the end of the answer."""
        while self.left == 0 and self.flag is None:
            size = int.from_bytes(self._exactly(4), "big")
            if size == 0:
                self.flag = self._exactly(1)
            self.left = size
        return self.left > 0

    def read(self, size: int = -1) -> bytes:
        out = bytearray()
        while (size < 0 or len(out) < size) and self._frame():
            take = self.left if size < 0 else min(self.left, size - len(out))
            out += self._exactly(take)
            self.left -= take
        return bytes(out)

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self) -> bytes:
        out = bytearray()
        while not out.endswith(b"\n") and (byte := self.read(1)):
            out += byte
        return bytes(out)

    def end(self) -> bytes:
        """The flag, after whatever of the record pickle did not read."""
        while self._frame():
            self.read(self.left)
        return self.flag


def _fork(body) -> int:
    """Fork a child that runs `body()` and leaves with os._exit; returns its pid."""
    # Objects the parent holds now (Prefect's event-loop state among them) stay
    # out of the child's garbage collection: collecting them there would run
    # finalizers for threads that do not exist in the child.
    gc.freeze()
    pid = os.fork()
    if pid != 0:
        gc.unfreeze()
        return pid
    try:
        body()
    finally:
        os._exit(0)


class Reader:
    """A guarded child that reads file after file: forking a child per file
    costs a worker about a fifth of its time (the fork, and the copies of
    every memory page the child writes to), so a worker keeps one child and
    sends it paths. The guarantees stay per file: past the time limit the
    child is killed (the next file gets a new one); past the memory cap its
    allocation fails, it answers `too_large` and leaves. It is also replaced
    once it has grown by a quarter of the cap (memory Python keeps after a
    large file), so every file has at least three quarters of the cap."""

    def __init__(self, extraction: Extraction, timeout: float, memory_mb: int) -> None:
        self.extraction, self.timeout, self.memory_mb = extraction, timeout, memory_mb
        self.pid: int | None = None

    def _start(self) -> None:
        warm_up_worker(self.extraction)
        from_parent, to_child = os.pipe()
        from_child, to_parent = os.pipe()
        alive, life = os.pipe()  # the child watches `alive`: end of file when this process is gone
        parent, main_thread = os.getpid(), threading.current_thread() is threading.main_thread()

        def serve() -> None:
            os.close(to_child)
            os.close(from_child)
            os.close(life)
            lifetime.die_with_parent(parent, alive, forked_by_main_thread=main_thread)
            start = _cap_memory(self.memory_mb)
            _quiet_stderr()
            with os.fdopen(from_parent, "rb") as requests, os.fdopen(to_parent, "wb") as answers:
                while header := requests.read(4):
                    path, backend, document_id = pickle.loads(requests.read(int.from_bytes(header, "big")))
                    sent = _answer(self.extraction, path, backend, document_id, answers)
                    grown = _address_space() - start > self.memory_mb * 2**20 // 4
                    answers.write(bytes(4) + (b"M" if not sent else b"R" if grown else b"K"))
                    answers.flush()
                    if not sent or grown:
                        return

        self.pid = _fork(serve)
        os.close(from_parent)
        os.close(to_parent)
        os.close(alive)
        self._requests, self._answers, self._life = to_child, from_child, life

    def read(self, path: str, document_id: str, backend: str) -> tuple[DocumentRecord, bool]:
        """The record, and whether the child died without giving one."""
        if self.pid is None:
            self._start()
        request = pickle.dumps((str(path), backend, document_id))
        try:
            os.write(self._requests, len(request).to_bytes(4, "big") + request)
        except BrokenPipeError:
            self._stop(kill=True)
            self._start()
            os.write(self._requests, len(request).to_bytes(4, "big") + request)
        crash_point("worker-mid-document")  # the child is reading it
        answer = _Stream(self._answers, time.monotonic() + self.timeout)
        try:
            try:
                record = _record(answer)
            except (_TimedOut, _Ended):
                raise
            except Exception:  # noqa: BLE001 - no whole record: see the flag
                record = None
            flag = answer.end()
        except (_TimedOut, _Ended) as stopped:  # stuck or dead: this child is done
            timed_out = isinstance(stopped, _TimedOut)
            status = self._stop(kill=True)
            return _outcome(None, timed_out, False, status, path, document_id, self.timeout, self.memory_mb), not timed_out
        if flag != b"K":
            self._stop(kill=False)
        return _outcome(record, False, flag == b"M", 0, path, document_id, self.timeout, self.memory_mb), False

    def _stop(self, kill: bool) -> int:
        for fd in (self._requests, self._answers, self._life):
            try:
                os.close(fd)
            except OSError:
                pass
        pid, self.pid = self.pid, None
        if pid is None:
            return 0
        if kill:
            try:
                os.kill(pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
        return os.waitpid(pid, 0)[1]


_readers: dict[tuple[object, float, int], Reader] = {}
_readers_lock = threading.Lock()


def warm_up_worker(extraction: Extraction) -> None:
    """Once per process: what the per-file children should inherit, not reload."""
    global _warm
    if not _warm:
        extraction.warm_up()
        _warm = True


def close_readers() -> None:
    """End this process's reader children (each leaves when its pipe closes)."""
    with _readers_lock:
        for reader in _readers.values():
            if reader.pid is not None:
                reader._stop(kill=False)
        _readers.clear()


def extract_files(extraction: Extraction, files: list[tuple[str, str]], backend: str = DEFAULT_BACKEND) -> list[DocumentRecord]:
    """(path, document_id) pairs in, one record each out (ok or failed, never
    an exception for a bad file), read by this process's guarded `Reader`."""
    with _readers_lock:  # one reader per process; a thread pool takes turns
        key = (extraction, TIMEOUT_SECONDS, MEMORY_MB)
        reader = _readers.get(key) or _readers.setdefault(key, Reader(extraction, TIMEOUT_SECONDS, MEMORY_MB))
        out = []
        for path, document_id in files:
            record, crashed = reader.read(path, document_id, backend)
            if crashed and backend != REFERENCE_BACKEND:
                record = _after_crash(extraction, path, document_id, backend, TIMEOUT_SECONDS, MEMORY_MB)
            out.append(record)
        return out


def _after_crash(extraction: Extraction, path, document_id: str, backend: str, timeout: float, memory_mb: int) -> DocumentRecord:
    """PDFium (C++) ends the process when an allocation fails under the memory
    cap, or on a bug; the pure-Python reference backend raises instead, so it
    tells a decompression bomb (too_large) from a file it can read, and then
    reads it."""
    record, _ = _in_child(extraction, path, document_id, REFERENCE_BACKEND, timeout, memory_mb)
    if record.status is Status.OK:
        record.problems.insert(0, Problem(message=f"read by {REFERENCE_BACKEND}: the {backend} reader crashed on it"))
    return record


def extract_guarded(
    extraction: Extraction,
    path: str | Path,
    document_id: str,
    backend: str = DEFAULT_BACKEND,
    timeout: float | None = None,
    memory_mb: int | None = None,
) -> DocumentRecord:
    timeout = TIMEOUT_SECONDS if timeout is None else timeout
    memory_mb = MEMORY_MB if memory_mb is None else memory_mb
    record, crashed = _in_child(extraction, path, document_id, backend, timeout, memory_mb)
    if crashed and backend != REFERENCE_BACKEND:
        return _after_crash(extraction, path, document_id, backend, timeout, memory_mb)
    return record


def _in_child(extraction: Extraction, path, document_id: str, backend: str, timeout: float, memory_mb: int) -> tuple[DocumentRecord, bool]:
    """One file in a child of its own: the record, and whether the child died
    without giving one."""
    reader = Reader(extraction, timeout, memory_mb)
    try:
        return reader.read(str(path), document_id, backend)
    finally:
        if reader.pid is not None:
            reader._stop(kill=False)


def _outcome(record: DocumentRecord | None, timed_out: bool, too_large: bool, status: int, path, document_id: str,
             timeout: float, memory_mb: int) -> DocumentRecord:
    if timed_out:
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.TIMEOUT,
            f"{path} was still being read after {timeout:.0f} s and was given up; if it is a long scan, "
            "raise PARAGRAF_TIMEOUT_SECONDS, otherwise the file is probably malformed (repair it with qpdf).",
        )
    if too_large:
        return DocumentRecord.failed(
            document_id, str(path), ErrorCode.TOO_LARGE,
            f"{path} needs more than {memory_mb} MB of memory to read (a decompression bomb, or "
            "huge images); raise PARAGRAF_MEMORY_MB if the file is genuine.",
        )
    if isinstance(record, DocumentRecord):
        return record
    return DocumentRecord.failed(  # the child died without a whole answer
        document_id, str(path), ErrorCode.INTERNAL,
        f"{path} made the PDF reader crash (status {status}); repair it (qpdf in.pdf out.pdf) "
        "and ingest the repaired copy, or report the file.",
    )
