"""The reader child sends a record's long lists after it, batch by batch
(extractors/reading/guard.py): the worker puts together the record the child
made, every part in its place and the same fields given."""

from __future__ import annotations

import hashlib
from pathlib import Path

from extractors import record as extraction
from extractors.reading import guard

PDF = Path(__file__).resolve().parent.parent / "corpus" / "svom-2023-05-26-kallelse.pdf"


def test_a_record_sent_in_batches_is_the_record_read_in_this_process(monkeypatch):
    monkeypatch.setattr(guard, "BATCH", 3)  # the child is forked after this: pages, items, amounts … go in batches
    document_id = hashlib.sha256(PDF.read_bytes()).hexdigest()
    here = extraction.extract_document(PDF, document_id=document_id)
    here.pages = [p.model_copy(update={"lines": [], "margin_lines": [], "columns": []}) for p in here.pages]
    sent = guard.extract_guarded(extraction, PDF, document_id)
    assert len(sent.pages) > 3 and len(sent.items) > 3 and len(sent.amounts) > 3
    assert sent.model_dump_json(exclude={"ingested_at"}) == here.model_dump_json(exclude={"ingested_at"})
    assert sent.model_fields_set == here.model_fields_set
    assert all(type(getattr(sent, name)) is list for name in ("pages", "items", "amounts", "problems"))
