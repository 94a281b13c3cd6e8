"""Where documents come from: paths on disk, walked safely."""

from __future__ import annotations

import os
import stat
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterable


class UsageError(ValueError):
    """A path the user named does not exist: nothing is ingested."""


@dataclass
class Discovery:
    files: list[Path] = field(default_factory=list)
    passed_over: list[str] = field(default_factory=list)  # one sentence each


def check_paths(paths: Iterable[str | os.PathLike[str]]) -> None:
    """Raise UsageError for the first path that does not exist (as a link or otherwise)."""
    for given in paths:
        if not os.path.lexists(given):
            raise UsageError(f"no such file or folder: {Path(given)}")


def discover(paths: Iterable[str | os.PathLike[str]]) -> Discovery:
    """PDF files under the given paths, in a stable order, each once.

    Folders are walked recursively; only regular files ending in .pdf (any
    case) are taken from them, while a file named directly is taken whatever
    its name. Symbolic links are followed, but a folder already visited is not
    entered again, so link loops end. Dangling links, FIFOs, sockets and
    devices are passed over with a note, never opened."""
    paths = list(paths)
    check_paths(paths)
    found = Discovery()
    seen_files: set[tuple[int, int]] = set()
    seen_dirs: set[tuple[int, int]] = set()
    for given in paths:
        path = Path(given)
        st = _stat(path, found)
        if st is None:
            continue
        if stat.S_ISDIR(st.st_mode):
            _walk(path, found, seen_files, seen_dirs)
        else:
            _take(path, st, found, seen_files)
    return found


def _stat(path: Path, found: Discovery) -> os.stat_result | None:
    try:
        return path.stat()
    except FileNotFoundError:
        found.passed_over.append(f"{path}: a link to something that no longer exists")
    except OSError as exc:
        found.passed_over.append(f"{path}: cannot be read ({exc.strerror})")
    return None


def _take(path: Path, st: os.stat_result, found: Discovery, seen_files: set[tuple[int, int]]) -> None:
    if not stat.S_ISREG(st.st_mode):
        found.passed_over.append(f"{path}: not a regular file (a pipe, socket or device)")
        return
    key = (st.st_dev, st.st_ino)
    if key in seen_files:
        return
    seen_files.add(key)
    found.files.append(path)


def _walk(root: Path, found: Discovery, seen_files: set[tuple[int, int]], seen_dirs: set[tuple[int, int]]) -> None:
    st = root.stat()
    key = (st.st_dev, st.st_ino)
    if key in seen_dirs:
        return
    seen_dirs.add(key)
    try:
        entries = sorted(os.scandir(root), key=lambda e: e.name)
    except OSError as exc:
        found.passed_over.append(f"{root}: folder cannot be read ({exc.strerror})")
        return
    for entry in entries:
        path = Path(entry.path)
        st_entry = _stat(path, found)
        if st_entry is None:
            continue
        if stat.S_ISDIR(st_entry.st_mode):
            _walk(path, found, seen_files, seen_dirs)
        elif entry.name.lower().endswith(".pdf"):
            _take(path, st_entry, found, seen_files)


BATCH_FILES = 25  # files per extraction task at most…
BATCH_BYTES = 64 * 2**20  # …and bytes


def batches(files: list[tuple[str, str]], sizes: dict[str, int], workers: int) -> list[list[tuple[str, str]]]:
    """(path, document_id) pairs grouped for extraction tasks: small enough to
    spread over the workers (at least two batches each when there are files
    enough) and to bound one task's work, large enough that Prefect's per-task
    cost is paid rarely. Order is kept."""
    if not files:
        return []
    per_batch = max(1, min(BATCH_FILES, -(-len(files) // (2 * workers))))
    out: list[list[tuple[str, str]]] = [[]]
    used = 0
    for pair in files:
        size = sizes.get(pair[0], 0)
        if out[-1] and (len(out[-1]) >= per_batch or used + size > BATCH_BYTES):
            out.append([])
            used = 0
        out[-1].append(pair)
        used += size
    return out
