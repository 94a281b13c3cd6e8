"""Where the warehouse is, without importing DuckDB (the command line's
start-up, and the extraction workers' fork server, which imports the
command's module, stay free of it).

Every command finds the default warehouse the same way: `--db`, else
`$PARAGRAF_DB`, else `warehouse/paragraf.duckdb` under the directory the user
is in, `~` expanded and made absolute once, so that a message names the file
a user can find. `check_readable` and `check_writable` turn what the operating
system would say half-way into a run (a folder given as the file, a read-only
file or folder) into one sentence before anything starts. A file or folder
whose permission bits let nobody write it (`chmod a-w`) counts as read-only
even for root, who could write it anyway: an archive marked read-only stays so.
"""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("warehouse") / "paragraf.duckdb"


class WarehousePathError(ValueError):
    """The warehouse path cannot be used as asked: one sentence for the user."""


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $PARAGRAF_DB, else warehouse/paragraf.duckdb in the working directory."""
    return Path(explicit or os.environ.get("PARAGRAF_DB") or DEFAULT_DB)


def resolve_db(explicit: str | os.PathLike[str] | None = None) -> Path:
    """`default_db_path`, with `~` expanded and made absolute against the working directory."""
    return Path(os.path.abspath(default_db_path(explicit).expanduser()))


def is_writable(path: Path) -> bool:
    """Whether this user may write `path` (a folder: create files in it), and
    its permission bits let someone write it."""
    try:
        marked = path.stat().st_mode & 0o222
    except OSError:
        return False
    wanted = os.W_OK | (os.X_OK if path.is_dir() else 0)
    return bool(marked) and os.access(path, wanted)


def _hint(path: Path) -> str:
    return f" (--db, else $PARAGRAF_DB, else {DEFAULT_DB} in the current folder)"


def check_readable(path: Path) -> None:
    """Raise WarehousePathError unless `path` is an existing warehouse file this user may read."""
    if path.is_dir():
        raise WarehousePathError(f"{path} is a folder, not a warehouse file; give the file, e.g. --db {path / 'paragraf.duckdb'}.")
    if not path.exists():
        raise WarehousePathError(f"no warehouse at {path}{_hint(path)}; run 'paragraf ingest PATH' first.")
    if not os.access(path, os.R_OK):
        raise WarehousePathError(f"{path} cannot be read by this user; check its permissions.")


def check_writable(path: Path) -> None:
    """Raise WarehousePathError unless an ingest can create or write `path`
    and the write-ahead log beside it."""
    if path.is_dir():
        raise WarehousePathError(f"{path} is a folder, not a warehouse file; give the file, e.g. --db {path / 'paragraf.duckdb'}.")
    if path.exists() and not is_writable(path):
        raise WarehousePathError(f"{path} is read-only; make it writable (chmod u+w) or give another --db.")
    folder = path.parent
    while not folder.exists():  # the first folder that exists is where the missing ones are made
        folder = folder.parent
    if not folder.is_dir():
        raise WarehousePathError(f"{folder} is a file, so {path} cannot be made; give another --db.")
    if not is_writable(folder):
        raise WarehousePathError(
            f"the folder {folder} is read-only, and the warehouse needs to write {path.name} and its log there; "
            "make it writable or give another --db."
        )
