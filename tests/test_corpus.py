"""Every sample PDF, extracted without Prefect or DuckDB, against its gold file
and against the promise that stored text is clean."""

from __future__ import annotations

import re
from functools import cache

import pytest

from extractors.record import extract_document
from schemas.document import DocumentRecord, Status

from tests.conftest import corpus_pdfs, gold_for

STAMPS = re.compile(
    r"\b(page|sida)\s*\d+\s*(of|av|/)\s*\d+\b|\b(page|sida)\s*\d+\s*\(\d+\)|^\s*\d+\s*\(\d+\)\s*$|\b\d+\(\d+\)\s*$",
    re.IGNORECASE | re.MULTILINE,
)
LETTERSPACED = re.compile(r"(?<!\S)(?:\w ){3,}\w(?!\S)")


@cache
def extracted(name: str) -> DocumentRecord:
    return extract_document(next(p for p in corpus_pdfs() if p.name == name))


NAMES = [p.name for p in corpus_pdfs()]


def test_corpus_is_present():
    assert len(NAMES) == 5


@pytest.mark.parametrize("name", NAMES)
def test_header_matches_gold(name):
    record, gold = extracted(name), gold_for(next(p for p in corpus_pdfs() if p.name == name))
    assert record.status is Status.OK
    got = {
        "kind": record.kind.value,
        "organ": record.header.organ,
        "meeting_date": record.header.meeting_date.isoformat() if record.header.meeting_date else None,
        "page_count": record.page_count,
        **{k: getattr(record.header, k) for k in ("start_time", "end_time", "location")},
    }
    want = {k: gold[k] for k in ("kind", "organ", "meeting_date", "page_count")} | gold["meeting"]
    assert got == want


@pytest.mark.parametrize("name", NAMES)
def test_page_text_has_no_stamps_or_letterspacing(name):
    for page in extracted(name).pages:
        assert not STAMPS.search(page.text), (page.page_no, STAMPS.search(page.text).group(0))
        spaced = [m.group(0) for m in LETTERSPACED.finditer(page.text) if sum(c.isalpha() for c in m.group(0)) >= 3]
        assert not spaced, (page.page_no, spaced)


@pytest.mark.parametrize("name", NAMES)
def test_no_line_repeats_at_the_edges_of_pages(name):
    """A running header or footer would open or close most pages with the same
    words (digits aside)."""
    pages = [p.text.splitlines() for p in extracted(name).pages if p.text.strip()]
    if len(pages) < 3:
        return
    for edge in (0, -1):
        counts: dict[str, int] = {}
        for lines in pages:
            key = re.sub(r"\d+", "#", lines[edge])
            counts[key] = counts.get(key, 0) + 1
        worst = max(counts, key=counts.get)
        assert counts[worst] < max(3, len(pages) // 2), (edge, worst, counts[worst])


def test_running_header_removed_from_text_but_kept_as_margin():
    record = extracted("svom-2025-03-07-protokoll.pdf")
    for page in record.pages:
        assert "Mötesdatum" not in page.text
        assert "Utdragsbestyrkande" not in page.text
        assert "Mötesdatum" in [ln.text for ln in page.margin_lines]


def test_words_keep_their_positions():
    page = extracted("svom-2022-02-25-kallelse.pdf").pages[2]
    row = next(ln for ln in page.lines if ln.text.startswith("1. Mötet öppnas"))
    assert row.segment_texts == ("1. Mötet öppnas", "Tom Silverklo", "13:00")
    title, presenter, time = row.segments
    assert title[-1].x1 < presenter[0].x0 < time[0].x0
    assert title[0].bold and not presenter[0].bold


def test_manifest_lists_every_sample_file_with_its_sha256():
    import hashlib

    from tests.conftest import CORPUS

    listed = {}
    for line in (CORPUS / "MANIFEST").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            digest, name, _source = line.split("  ")
            listed[name] = digest
    for path in CORPUS.iterdir():
        if path.name != "MANIFEST":
            assert listed.get(path.name) == hashlib.sha256(path.read_bytes()).hexdigest(), path.name
