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


# Spellings of one organisation's kind word that name the same organisation
# ('Brf Solgläntan' and 'Bostadsrättsföreningen Solgläntan', 'Stenby
# samfällighet' and 'Stenby samfällighetsförening'): folded in its key.
_ORGANISATION_FORMS = (
    (re.compile(r"(^|-)(?:brf|bostadsrattsforening(?:en)?)(?=-|$)"), r"\1brf"),
    (re.compile(r"samfallighet(?:en|sforening(?:en)?)?(?=-|$)"), "samfallighet"),
    (re.compile(r"foreningen(?=-|$)"), "forening"),
)


def organisation_key(organisation: str) -> str:
    """What identifies an organisation in ids: its name as a slug, the forms
    of one kind word folded ('HÖGSBY KOMMUN' and 'Högsby kommun' →
    'hogsby-kommun'; 'Brf Solgläntan' and 'Bostadsrättsföreningen
    Solgläntan' → 'brf-solglantan')."""
    key = slug(organisation)
    for pattern, replacement in _ORGANISATION_FORMS:
        key = pattern.sub(replacement, key)
    return key


def meeting_group(organ: str, meeting_date: dt.date) -> str:
    """'<organ slug>/<YYYY-MM-DD>': the id every meeting had before
    organisations were read, and still the id of a meeting of no known
    organisation. The meetings of one body and day, of any organisation,
    share it (warehouse/meetings.py decides which of them a document
    without organisation belongs to)."""
    return f"{slug(organ)}/{meeting_date.isoformat()}"


def meeting_id(organ: str, meeting_date: dt.date, organisation: str | None = None) -> str:
    """Readable and deterministic: '<organisation key>/<organ slug>/<YYYY-MM-DD>'
    ('hogsby-kommun/kommunstyrelsen/2007-01-08'), or '<organ slug>/<YYYY-MM-DD>'
    when the organisation is not known. Two kommuners' Kommunstyrelsen on one
    day are two meetings; two spellings of the same body or organisation that
    differ only in case or diacritics share one id."""
    group = meeting_group(organ, meeting_date)
    return f"{organisation_key(organisation)}/{group}" if organisation and organisation_key(organisation) else group


def group_of(meeting_id: str) -> str:
    """The `meeting_group` of a meeting id: its last two parts."""
    return "/".join(meeting_id.split("/")[-2:])


def item_id(document_id: str, source: str, label: str | None, number: int) -> str:
    """An item's id: its document, source and printed label, so that '§ 3 a' and
    '§ 3 b' of one protokoll differ; an item without a label is keyed by its number."""
    return stable_hash(document_id, source, label if label else number)
