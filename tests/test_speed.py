"""The machinery made cheaper for speed keeps its behaviour, and the new
measuring tools (`bench ocr`, `bench grow`, `bench writer`, `bench stages`)
produce their figures. No timing is asserted."""

from __future__ import annotations

import json
import threading
import time

import pytest

from extractors.entities import agreements
from extractors.reading import pages
from extractors.reading.backends import RawPage
from pipeline.bench import ocr as ocr_bench
from pipeline.cli import main
from schemas.document import Char, Problem, TextSource
from warehouse import load
from warehouse.load import Warehouse

from tests.conftest import CORPUS


# ---------------------------------------------------------------- OCR pages on threads, lines in page order


def test_scanned_pages_read_on_threads_come_back_in_page_order_with_their_problems(monkeypatch):
    """Later pages may finish first; lines and problems still follow the pages."""
    monkeypatch.setattr(pages, "OCR_THREADS", 3)
    monkeypatch.setattr(pages.ocr, "needs_ocr", lambda chars: not len(chars))
    monkeypatch.setattr(pages, "_render", lambda path, raw, dpi=300: raw.page_no)
    running = set()
    overlapped = threading.Event()

    def read(image, raw, problems):
        running.add(raw.page_no)
        if len(running) > 1:
            overlapped.set()
        time.sleep(0.05 * (6 - raw.page_no))  # the first page is the slowest
        running.discard(raw.page_no)
        problems.append(Problem(page_no=raw.page_no, message=f"read page {raw.page_no}"))
        word = Char(f"sida{raw.page_no}", 50, 90, 100, 110, 10)
        return RawPage(raw.page_no, raw.width, raw.height, [word], TextSource.OCR)

    monkeypatch.setattr(pages, "_ocr_image", read)
    text_page = [Char("text", 50, 70, 100, 110, 10)]
    raw = [RawPage(n, 595, 842, text_page if n == 3 else [], TextSource.TEXT) for n in range(1, 6)]
    problems: list[Problem] = []
    read_pages = list(pages._read_lines(None, iter(raw), problems))
    assert [p.page_no for p, _ in read_pages] == [1, 2, 3, 4, 5]
    assert [lines[0].text for _, lines in read_pages] == ["sida1", "sida2", "text", "sida4", "sida5"]
    assert [p.source for p, _ in read_pages] == [TextSource.OCR] * 2 + [TextSource.TEXT] + [TextSource.OCR] * 2
    assert [p.page_no for p in problems] == [1, 2, 4, 5]
    assert overlapped.is_set()  # more than one page was being read at once


def test_ink_goes_to_tesseract_as_a_one_bit_pbm():
    import numpy as np

    ink = np.zeros((2, 10), bool)
    ink[0, 0] = ink[1, 9] = True
    assert ocr_bench  # the module that measures engines imports
    from extractors.reading import ocr

    assert ocr._pbm(ink) == b"P4\n10 2\n" + bytes([0b10000000, 0]) + bytes([0, 0b01000000])


# ---------------------------------------------------------------- agreements matched without spaCy


def test_catalogue_patterns_match_in_order_of_start_longest_first_then_catalogue_order():
    patterns = agreements._Patterns.of([
        {"id": "b", "patterns": [["vård*"], ["vård", "i", "hemmet"]]},
        {"id": "a", "patterns": [["vård*"], ["hemmet"]]},
    ])
    words = "avtal om vård i hemmet och vårdplan".split()
    assert patterns.spans(words) == [("b", 2, 5), ("b", 2, 3), ("a", 2, 3), ("a", 4, 5), ("b", 6, 7), ("a", 6, 7)]
    assert patterns.spans("inget här".split()) == []


def test_an_agreement_is_named_only_beside_an_agreement_word():
    assert [a for a, _ in agreements.match_agreements("Avtal om samverkan vid in- och utskrivning (LOSUS) förlängs")]
    assert agreements.match_agreements("LOSUS nämndes i förbigående") == []


# ---------------------------------------------------------------- matters settled once per ingest


def test_matters_are_settled_only_when_the_documents_changed(tmp_path, monkeypatch):
    from extractors.record import extract_document

    settled = []
    original = load.settle_matters
    monkeypatch.setattr(load, "settle_matters", lambda con, *touched, **kw: settled.append(1) or original(con, *touched, **kw))
    read = extract_document(CORPUS / "svom-2025-03-07-protokoll.pdf")
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([read], {read.document_id}, settle=False)
        assert settled == []
        wh.settle_matters(if_stale=True)
        wh.settle_matters(if_stale=True)  # nothing loaded since: not again
        assert settled == [1]
        wh.load_documents([read.model_copy(update={"ingested_at": read.ingested_at.replace(year=2030)})])
        assert settled == [1, 1]  # a load that settles itself
        wh.settle_matters(if_stale=True)
        assert settled == [1, 1]


# ---------------------------------------------------------------- the measuring tools


def test_character_accuracy_is_one_minus_the_edit_distance_to_the_best_stretch():
    assert ocr_bench.substring_distance("Kommunstyrelsen", "… protokoll Kommunstyrelsen 2024 …") == 0
    assert ocr_bench.substring_distance("Kommunstyrelsen", "protokoll Komunstyrelsen") == 1
    assert ocr_bench.edit_distance("kitten", "sitting") == 3
    assert ocr_bench.accuracy(["Kommunstyrelsen", "Plats"], "Komunstyrelsen, Plats: Rådhuset") == (19, 20)
    gold = {"organ": "Styrelsen", "meeting": {"location": "Rådhuset"},
            "items": [{"title": "Val av  ordförande", "decision": None, "attachments": ["Bilaga 1"]}],
            "participants": [{"name": "Eva Ek"}]}
    assert ocr_bench.gold_strings(gold) == ["Styrelsen", "Rådhuset", "Val av ordförande", "Bilaga 1", "Eva Ek"]


def test_bench_ocr_renders_as_ingest_does_and_its_x_height_engine_changes_no_setting(monkeypatch):
    from PIL import Image

    from extractors.reading import ocr, pages

    asked = []
    monkeypatch.setattr(pages, "_render", lambda source, raw, dpi=None: asked.append((dpi, ocr.LEAST_DPI)) or Image.new("L", (8, 8), 255))
    monkeypatch.setattr(ocr, "read_page", lambda image, width, height: ocr.OcrPage())
    ocr_bench.ENGINES["paragraf"](None, 1, 595.0, 842.0)
    ocr_bench.ENGINES["paragraf"](None, 1, 595.0, 842.0, True)  # under an earlier OCR's text: read again at ocr.DPI
    ocr_bench.ENGINES["paragraf-x-height"](None, 1, 595.0, 842.0)
    assert asked == [(None, ocr.LEAST_DPI), (ocr.DPI, ocr.LEAST_DPI), (None, 200)] and ocr.LEAST_DPI == ocr.DPI


def test_bench_stages_gives_every_stage_a_share(capsys):
    assert main(["bench", "stages", str(CORPUS / "svom-2025-03-07-protokoll.pdf")]) == 0
    printed = capsys.readouterr().out
    assert "1 files, 9 pages" in printed
    for stage in ("reading: glyphs from the PDF", "reading: lines from glyphs", "structure: items, participants",
                  "entities: agreements", "record: hand-over (writer)"):
        assert stage in printed


def test_bench_stages_leaves_the_stages_as_it_found_them(tmp_path):
    """The bench times by wrapping functions and the record class in place; the
    process (a test session) goes on with the originals afterwards."""
    from extractors import record
    from schemas.document import DocumentRecord

    assert main(["bench", "stages", str(CORPUS / "svom-2025-03-07-protokoll.pdf")]) == 0
    assert record.DocumentRecord is DocumentRecord
    text = tmp_path / "broken.pdf"
    text.write_bytes(b"this is not a PDF")
    assert record.extract_document(text).status.value == "failed"


def test_bench_writer_loads_the_sample_records_again_and_again():
    from pipeline.bench import rate

    page_counts = [json.loads(pdf.with_suffix("").with_suffix(".gold.json").read_text())["page_count"]
                   for pdf in sorted(CORPUS.glob("*.pdf"))]
    result = rate.bench_writer(documents=12, group=5)
    assert (result["documents"], result["pages"]) == (12, sum(page_counts[k % len(page_counts)] for k in range(12)))
    assert result["documents_per_second"] > 0 and result["settle_s"] >= 0 and result["index_s"] >= 0


@pytest.mark.flow
def test_bench_grow_adds_documents_to_each_size_and_asks_what_they_published(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    out = tmp_path / "grow.json"
    assert main(["bench", "grow", "--sizes", "2,4", "--files", "2", "--runs", "3", "--workers", "1", "--json", str(out)]) == 0
    result = json.loads(out.read_text(encoding="utf-8"))
    assert [r["documents"] for r in result["results"]] == [2, 4]
    for row in result["results"]:
        assert row["pages"] > 0 and row["search_hits"] > 0 and row["decisions_rows"] > 0
        assert {"matters settled", "search index", "read snapshot", "rows loaded"} <= row["after_rows_s"].keys()
    assert result["ratio_largest_to_smallest"] > 0
    assert "ratio largest/smallest" in capsys.readouterr().out
