"""Stable identifiers: the same input always gets the same id, so re-runs are
idempotent. Ids hash canonical JSON, never pickles or reprs."""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import re
import unicodedata
from pathlib import Path

_CHUNK = 1 << 20


def file_sha256(path: str | Path) -> str:
    """The document id: sha256 hex of the file's bytes."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        while chunk := handle.read(_CHUNK):
            digest.update(chunk)
    return digest.hexdigest()


def path_id(path: str | Path) -> str:
    """The id of a file that could not be read (gone before it was hashed):
    sha256 hex of its path, so the row it gets is the same on every run."""
    return hashlib.sha256(f"unread file:{path}".encode("utf-8")).hexdigest()


def stable_hash(*parts: object, length: int = 16) -> str:
    payload = json.dumps(parts, ensure_ascii=False, separators=(",", ":"), sort_keys=True, default=str)
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()[:length]


def slug(text: str) -> str:
    """'Sociala vård och omsorgsgruppen' -> 'sociala-vard-och-omsorgsgruppen'."""
    folded = unicodedata.normalize("NFKD", text.casefold())
    ascii_only = "".join(c for c in folded if not unicodedata.combining(c))
    return re.sub(r"[^a-z0-9]+", "-", ascii_only).strip("-")


def meeting_id(organ: str, meeting_date: dt.date) -> str:
    """Readable and deterministic: '<organ slug>/<YYYY-MM-DD>'. Two spellings of
    the same body that differ only in case or diacritics share one id."""
    return f"{slug(organ)}/{meeting_date.isoformat()}"


def item_id(document_id: str, source: str, label: str | None, number: int) -> str:
    """An item's id: its document, source and printed label, so that '§ 3 a' and
    '§ 3 b' of one protokoll differ; an item without a label is keyed by its number."""
    return stable_hash(document_id, source, label if label else number)
