"""Where the warehouse is, without importing DuckDB (the command line's
start-up, and the extraction workers' fork server, which imports the
command's module, stay free of it)."""

from __future__ import annotations

import os
from pathlib import Path

DEFAULT_DB = Path("warehouse") / "paragraf.duckdb"


def default_db_path(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--db, else $PARAGRAF_DB, else warehouse/paragraf.duckdb in the working directory."""
    return Path(explicit or os.environ.get("PARAGRAF_DB") or DEFAULT_DB)
