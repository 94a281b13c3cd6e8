"""One temporary folder per ingest process, swept by the next run.

Readers write temporary files while they work: qpdf's repaired copies
(`extractors.reading.backends`), OCR page images (`extractors.reading.ocr`), Tesseract's own files.
Each is removed when its `with` block ends — unless the process is killed
first (`kill -9`, a time limit, the out-of-memory killer), and then it stays in
/tmp for good. So an ingest points `TMPDIR` (and `tempfile.tempdir`) at a
folder of its own, `paragraf-run-<pid>` under the system's temporary folder,
before it starts any worker: every reader child, and every program they run,
inherits it. The folder is removed when the run ends, and a run that starts
removes the folders of runs whose process is gone (the pid is not running,
or is a different process than the one that made the folder).
"""

from __future__ import annotations

import multiprocessing.process
import multiprocessing.util
import os
import shutil
import tempfile
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

PREFIX = "paragraf-run-"
_active: list[Path] = []  # the root of the run this process is in, while it runs


def _started(pid: int) -> str | None:
    """When process `pid` started (clock ticks since boot), or None when it is not running."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as stat:
            return stat.read().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        pass
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return None
    except PermissionError:
        pass
    return "?"  # running, start time unknown (no /proc)


def _owner_gone(folder: Path) -> bool:
    try:
        pid = int(folder.name[len(PREFIX):])
    except ValueError:
        return False
    started = _started(pid)
    if started is None:
        return True
    try:
        recorded = (folder / ".owner").read_text(encoding="ascii").strip()
    except OSError:
        return False  # being made right now, or not ours to judge
    return started != "?" and recorded != started


def sweep(base: str | os.PathLike[str]) -> list[Path]:
    """Remove the run folders under `base` whose process is gone; returns them."""
    removed = []
    try:
        candidates = sorted(Path(base).glob(PREFIX + "*"))
    except OSError:
        return removed
    for folder in candidates:
        if folder.is_dir() and not folder.is_symlink() and _owner_gone(folder):
            shutil.rmtree(folder, ignore_errors=True)
            if not folder.exists():
                removed.append(folder)
    return removed


# an AF_UNIX socket's path holds at most 107 bytes, and multiprocessing adds
# 'pymp-XXXXXXXX/listener-XXXXXXXX' (31) to the temporary folder's
SOCKET_BASE_LIMIT = 107 - 32


def _socket_folder(base: Path) -> str:
    """multiprocessing's folder for the fork server's socket: under `base`, or
    under /tmp when `base` is too long a path for a socket (a long TMPDIR
    otherwise stops every ingest with 'AF_UNIX path too long')."""
    process = multiprocessing.process.current_process()
    if process._config.get("tempdir") is None and len(os.fsencode(base)) > SOCKET_BASE_LIMIT:
        folder = tempfile.mkdtemp(prefix="pymp-", dir="/tmp")
        multiprocessing.util.Finalize(None, shutil.rmtree, args=[folder, True], exitpriority=-100)
        process._config["tempdir"] = folder
    return multiprocessing.util.get_temp_dir()


@contextmanager
def run_scratch() -> Iterator[Path]:
    """This process's run folder as TMPDIR while the block runs (re-entrant).
    The folder's name depends on the pid only, so a fork server started by an
    earlier run in this process finds it again."""
    if _active:
        yield _active[-1]
        return
    base = Path(tempfile.gettempdir())
    sweep(base)
    # multiprocessing keeps the fork server's socket in a folder of its own,
    # made once per process and removed at exit: made now, it stays outside
    _socket_folder(base)
    root = base / f"{PREFIX}{os.getpid()}"
    root.mkdir(mode=0o700, exist_ok=True)
    (root / ".owner").write_text(_started(os.getpid()) or "?", encoding="ascii")
    saved_env, saved_dir = os.environ.get("TMPDIR"), tempfile.tempdir
    os.environ["TMPDIR"], tempfile.tempdir = str(root), str(root)
    _active.append(root)
    try:
        yield root
    finally:
        _active.pop()
        tempfile.tempdir = saved_dir
        if saved_env is None:
            os.environ.pop("TMPDIR", None)
        else:
            os.environ["TMPDIR"] = saved_env
        shutil.rmtree(root, ignore_errors=True)
