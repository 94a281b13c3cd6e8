"""`paragraf bench`: every figure is produced, on the same files for every
reader, and written as JSON. Figures are not asserted (timing belongs in the
benchmark, not in the tests); that they are there and consistent is."""

from __future__ import annotations

import json
import shutil

from extractors.record import extract_document
from pipeline.bench.corpus import scale_corpus
from pipeline.cli import main
from schemas.ids import file_sha256

from tests.conftest import CORPUS


def test_bench_measures_every_reader_on_the_same_pages_and_writes_json(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    corpus = tmp_path / "sample"
    corpus.mkdir()
    for name in ("svom-2025-03-07-protokoll.pdf", "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"):
        shutil.copy(CORPUS / name, corpus / name)
    out = tmp_path / "bench.json"
    assert main(["bench", str(corpus), "--rounds", "2", "--items", "2000", "--pages", "3", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))

    pages = result["reference_pdfplumber"]["pages"]
    assert pages == result["raw_pypdfium2"]["pages"] == result["paragraf"]["pages"] > 2
    for reader in ("reference_pdfplumber", "raw_pypdfium2", "paragraf"):
        rates = result[reader]["pages_per_second"]
        assert len(result[reader]["seconds"]) == 2 and rates["min"] <= rates["median"] <= rates["max"]
    assert result["ratio_paragraf_to_pdfplumber"] > 0
    assert (result["rerun"]["files"], result["rerun"]["skipped"]) == (2, 2)
    for memory in result["memory"].values():
        assert memory["tree_mb"] >= memory["largest_process_mb"] > 0
    assert (result["long_pdf"]["status"], result["long_pdf"]["pages_read"]) == ("ok", 3)
    assert result["cli_fixed_cost"]["engine"] == "local" and result["cli_fixed_cost"]["median_s"] > 0
    queries = result["queries"]
    assert queries["items"] == 2000 and queries["decisions_found"] > 0 and queries["search_hits"] > 0
    assert "paragraf / raw pdfplumber" in printed and "decisions --agreement" in printed


def test_a_scale_corpus_is_distinct_files_re_rendered_from_the_sample(tmp_path):
    sample = [CORPUS / "svom-2025-03-07-protokoll.pdf"]
    files = scale_corpus(sample, tmp_path / "scale", 3)
    assert len(files) == 3 and len({file_sha256(f) for f in files}) == 3
    records = [extract_document(f) for f in files]
    assert [r.page_count for r in records] == [9, 9, 9]
    # dates moved back a year per document, so the copies are distinct meetings
    assert [str(r.header.meeting_date) for r in records] == ["2025-03-07", "2024-03-07", "2023-03-07"]
    assert all(len(r.items) == 14 for r in records)
    # asked again, the folder is reused as it is
    assert scale_corpus(sample, tmp_path / "scale", 3) == files and file_sha256(files[0]) == file_sha256(files[0])


def test_bench_fuzz_reports_a_row_per_mutant_and_names_the_slowest(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    out = tmp_path / "fuzz.json"
    assert main(["bench", "fuzz", "--mutants", "4", "--seed", "5", "--workers", "1", "--json", str(out)]) == 0
    printed = capsys.readouterr().out
    result = json.loads(out.read_text(encoding="utf-8"))
    assert result["rows"] == 4 and result["dead_workers"] == result["tracebacks"] == 0
    assert sum(result["outcomes"].values()) == 4 and result["exit_status"] in (0, 1)
    assert result["slowest"]["file"].endswith(".pdf") and result["slowest"]["seconds"] > 0
    assert "documents rows: 4 for 4 mutants" in printed and "slowest file" in printed


def test_bench_fuzz_and_crash_refuse_nonsense_with_exit_2(tmp_path, capsys):
    assert main(["bench", "fuzz", "--mutants", "0"]) == 2
    assert main(["bench", "fuzz", "--corpus", str(tmp_path / "none")]) == 2
    assert main(["bench", "crash", "--kills", "0"]) == 2
    assert capsys.readouterr().err.count("paragraf: ") == 3


def test_bench_crash_kills_ingests_and_compares_each_re_run_with_an_uninterrupted_one(tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    monkeypatch.setenv("PREFECT_HOME", str(tmp_path / "prefect"))
    out = tmp_path / "crash.json"
    status = main(["bench", "crash", "--files", "6", "--kills", "2", "--seed", "1", "--workers", "1", "--no-points",
                   "--json", str(out)])
    result = json.loads(out.read_text(encoding="utf-8"))
    assert status == (1 if result["mismatched_trials"] or result["unreadable_trials"] or result["orphans"] else 0)
    assert result["documents"] == 6 and len(result["trials"]) == 2
    assert result["killed"] == sum(t["killed"] for t in result["trials"]) and result["killed"] <= 2
    for trial in result["trials"]:
        assert 0 <= trial["at_seconds"] <= result["uninterrupted_seconds"]
        assert trial["rerun_exit"] == 0 and not trial["traceback"]
    printed = capsys.readouterr().out
    assert "random moments:" in printed and "unreadable after a kill" in printed and "orphans" in printed
