"""`paragraf ingest` end to end: real Prefect flow runs (prefect_test_harness),
real worker processes, a real DuckDB file."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import duckdb
import pikepdf
import pytest

from pipeline import evaluate
from pipeline.cli import main
from pipeline.flows import run_ingest

from tests.conftest import CORPUS, STORED_CONTENT, corpus_pdfs, gold_for

pytestmark = [pytest.mark.flow, pytest.mark.usefixtures("prefect_harness")]


def query(db: Path, sql: str) -> list[tuple]:
    con = duckdb.connect(str(db), read_only=True)
    try:
        return con.execute(sql).fetchall()
    finally:
        con.close()


STORED = ("documents", "pages", "meetings", "items", "presenters", "attachments", "participants")


def counts(db: Path) -> dict[str, int]:
    return {t: query(db, f"SELECT count(*) FROM {t}")[0][0] for t in STORED}


def test_corpus_ingest_matches_gold_and_second_run_skips_everything(corpus_copy, tmp_path):
    db = tmp_path / "w.duckdb"
    first = run_ingest([corpus_copy], db, workers=2)
    assert (first.ok, first.skipped, first.failed, first.exit_status) == (5, 0, 0, 0)
    assert first.pages == sum(gold_for(p)["page_count"] for p in corpus_pdfs())

    rows = query(db, """
        SELECT regexp_extract(d.source_path, '[^/]+$'), d.kind, d.organ, strftime(d.meeting_date, '%Y-%m-%d'),
               d.page_count, m.start_time, m.end_time, m.location, d.status,
               (SELECT count(*) FROM pages p WHERE p.document_id = d.document_id)
        FROM documents d LEFT JOIN meetings m USING (meeting_id)""")
    for name, kind, organ, date, page_count, start, end, location, status, stored_pages in rows:
        gold = gold_for(CORPUS / name)
        assert (kind, organ, date, page_count) == (gold["kind"], gold["organ"], gold["meeting_date"], gold["page_count"])
        assert {"start_time": start, "end_time": end, "location": location} == gold["meeting"]
        assert status == "ok" and stored_pages == page_count

    before = counts(db)
    second = run_ingest([corpus_copy], db, workers=2)
    assert (second.ok, second.skipped, second.failed, second.exit_status) == (0, 5, 0, 0)
    assert counts(db) == before

    # the bars of the structure and entity issues, read back from the warehouse the flow wrote
    totals = evaluate.totals(evaluate.evaluate(CORPUS, db))
    assert {f: totals[f].f1 for f in evaluate.STRUCTURE_FIELDS if totals[f].f1 < 0.95} == {}
    assert totals["amounts"].f1 >= 0.95 and totals["agreements"].f1 >= 0.90
    assert main(["eval", str(CORPUS), "--db", str(db), "--fail-under", "0.95"]) == 0
    assert_questions_answered(db)


def decided(db: Path, agreement: str, capsys) -> list[tuple[str, str, int]]:
    assert main(["decisions", "--agreement", agreement, "--db", str(db), "--format", "json"]) == 0
    return [(r["meeting_date"], r["source"], r["number"]) for r in json.loads(capsys.readouterr().out)]


def assert_questions_answered(db: Path) -> None:
    from warehouse.load import Warehouse
    from warehouse.read import agreements_matching, decisions
    from warehouse.search import search

    with Warehouse(db, read_only=True) as wh:
        def answer(text):
            return [(r["meeting_date"], r["source"], r["number"]) for r in decisions(wh, [a for a, _ in agreements_matching(wh, text)])]

        assert answer("LOSUS") == [("2022-02-25", "kallelse", 9), ("2025-03-07", "protokoll", 12)]
        assert answer("hemsjukvard") == [("2023-05-26", "kallelse", 11), ("2025-03-07", "protokoll", 11)]
        hits = search(wh, "avtalen")  # stemming: finds 'avtal', 'avtalet'
        assert hits and all(h["document_id"] for h in hits)
        assert {(h["item_number"], h["page_no"]) for h in hits if "protokoll" in h["source_path"]} >= {(12, 8)}
        assert search(wh, "hälsa")  # å/ä/ö stay inside words


def test_decisions_and_search_commands(corpus_copy, tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    protokoll = corpus_copy / "svom-2025-03-07-protokoll.pdf"
    assert main(["ingest", str(protokoll), "--db", str(db)]) == 0
    capsys.readouterr()
    assert decided(db, "losus-AVTALET", capsys) == [("2025-03-07", "protokoll", 12)]  # alias, any case
    assert main(["decisions", "--agreement", "LOSSUS", "--db", str(db)]) == 1
    assert "Close names: LOSUS" in capsys.readouterr().err
    assert main(["decisions", "--agreement", "hemsjukvård", "--db", str(db), "--format", "csv"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "meeting_date,organ,source,number,title,proposal,decision,agreement,document_id,page_start"
    assert main(["search", "Barnahus", "--db", str(db), "--json"]) == 0
    hits = json.loads(capsys.readouterr().out)
    assert hits[0]["item_number"] == 6 and hits[0]["source_path"].endswith("svom-2025-03-07-protokoll.pdf")


def test_a_document_read_by_an_older_extractor_is_read_again(corpus_copy, tmp_path):
    db = tmp_path / "w.duckdb"
    protokoll = corpus_copy / "svom-2025-03-07-protokoll.pdf"
    run_ingest([protokoll], db, workers=1)
    con = duckdb.connect(str(db))
    con.execute("UPDATE documents SET extractor_version = extractor_version - 1")
    con.execute("DELETE FROM items")
    con.close()
    again = run_ingest([protokoll], db, workers=1)
    assert (again.ok, again.skipped) == (1, 0)
    assert query(db, "SELECT count(*) FROM items")[0][0] == len(gold_for(CORPUS / protokoll.name)["items"])


def make_bad_files(folder: Path) -> dict[str, str]:
    """The hostile five of the foundation issue, each with the code it must get."""
    source = CORPUS / "svom-2025-03-07-protokoll.pdf"
    (folder / "tom fil.pdf").write_bytes(b"")
    (folder / "anteckningar.pdf").write_text("Det här är ingen PDF, bara text.\n", encoding="utf-8")
    (folder / "portal (inloggning).pdf").write_text(
        "<!DOCTYPE html><html><head><title>Logga in</title></head><body>Session expired</body></html>",
        encoding="utf-8")
    data = source.read_bytes()
    (folder / "halv.pdf").write_bytes(data[: len(data) // 2])
    with pikepdf.open(source) as pdf:
        pdf.save(folder / "lösenord;skyddad.pdf",
                 encryption=pikepdf.Encryption(user="hemligt", owner="ägare", R=6))
    return {"tom fil.pdf": "empty", "anteckningar.pdf": "not_a_pdf", "portal (inloggning).pdf": "not_a_pdf",
            "halv.pdf": "damaged", "lösenord;skyddad.pdf": "encrypted"}


def test_bad_files_fail_one_by_one_and_the_batch_goes_on(corpus_copy, tmp_path, capsys):
    expected = make_bad_files(corpus_copy)
    db = tmp_path / "w.duckdb"
    status = main(["ingest", str(corpus_copy), "--db", str(db), "--workers", "2"])
    assert status == 1
    out, err = capsys.readouterr()
    assert "ingested 5 / skipped 0 / failed 5 files" in out
    assert "Traceback" not in out + err

    rows = query(db, "SELECT source_path, status, error_code, error, page_count, meeting_id FROM documents")
    by_name = {Path(path).name: rest for path, *rest in rows}
    assert len(by_name) == 10
    for name, code in expected.items():
        status_, error_code, error, page_count, meeting_id = by_name[name]
        assert (status_, error_code, page_count, meeting_id) == ("failed", code, None, None)
        assert name in error  # the sentence names the file …
        assert any(verb in error for verb in ("fetch", "replace", "download", "ask", "remove")), error  # … and what to do
    ok = [name for name, (status_, *_r) in by_name.items() if status_ == "ok"]
    assert sorted(ok) == sorted(p.name for p in corpus_pdfs())
    failed_pages = query(db, "SELECT count(*) FROM pages JOIN documents USING (document_id) WHERE status = 'failed'")
    assert failed_pages == [(0,)]
    assert counts(db)["meetings"] == 3


def test_usage_errors_exit_2_and_write_nothing(tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(tmp_path / "finns-inte"), "--db", str(db)]) == 2
    assert "no such file or folder" in capsys.readouterr().err
    assert not db.exists()
    with pytest.raises(SystemExit) as exc:
        main(["ingest"])
    assert exc.value.code == 2


def test_walk_survives_symlink_loops_and_passes_over_fifos(tmp_path):
    import os

    folder = tmp_path / "arkiv"
    (folder / "2022").mkdir(parents=True)
    shutil.copy(CORPUS / "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf", folder / "2022" / "a.pdf")
    os.symlink(folder, folder / "2022" / "loop")
    os.symlink(folder / "borta.pdf", folder / "dangling.pdf")
    os.mkfifo(folder / "rör.pdf")
    summary = run_ingest([folder], tmp_path / "w.duckdb", workers=1)
    assert (summary.ok, summary.failed) == (1, 0)
    assert any("dangling.pdf" in note for note in summary.passed_over)
    assert any("rör.pdf" in note for note in summary.passed_over)


def test_a_corrected_protokoll_replaces_the_earlier_one_in_answers(corpus_copy, tmp_path, capsys):
    """Other bytes for the same meeting are a new document: both are kept, and
    current_items (and so `decisions`) answers from the newest — the file
    saved later, by its own modification date, in whichever order the two
    are loaded."""
    import pikepdf

    from schemas.ids import file_sha256

    first = corpus_copy / "svom-2025-03-07-protokoll.pdf"
    corrected = tmp_path / "svom-2025-03-07-protokoll-rättad.pdf"
    with pikepdf.open(first) as pdf:
        pdf.docinfo["/Title"] = "Rättat protokoll"  # other bytes, same minutes, saved later
        pdf.docinfo["/ModDate"] = "D:20250320120000+01'00'"
        pdf.save(corrected)
    newest = file_sha256(corrected)
    for n, order in enumerate([[first, corrected], [corrected, first]]):
        db = tmp_path / f"w{n}.duckdb"
        for path in order:
            run_ingest([path], db, workers=1)
        assert query(db, "SELECT count(*) FROM documents WHERE kind = 'protokoll'")[0][0] == 2
        assert query(db, "SELECT count(*) FROM items")[0][0] == 28
        assert query(db, "SELECT DISTINCT document_id FROM current_items") == [(newest,)]
        assert main(["decisions", "--agreement", "LOSUS", "--db", str(db), "--format", "json"]) == 0
        rows = json.loads(capsys.readouterr().out)
        assert [(r["number"], r["document_id"]) for r in rows] == [(12, newest)]


def test_extraction_on_a_dask_local_cluster(corpus_copy, tmp_path):
    db = tmp_path / "w.duckdb"
    files = [corpus_copy / "svom-2025-03-07-protokoll.pdf", corpus_copy / "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"]
    summary = run_ingest(files, db, workers=2, dask="local")
    assert (summary.ok, summary.failed) == (2, 0)
    assert query(db, "SELECT count(*) FROM items")[0][0] == 14


def test_the_local_engine_loads_what_the_prefect_flow_loads(corpus_copy, tmp_path):
    """`paragraf ingest` without a Prefect server runs the same ingest without
    Prefect (no temporary API server per call): the same rows, table by table."""
    by_engine = {}
    for engine in ("prefect", "local"):
        db = tmp_path / f"{engine}.duckdb"
        summary = run_ingest([corpus_copy], db, workers=2, engine=engine)
        assert (summary.ok, summary.failed) == (5, 0)
        by_engine[engine] = {table: sorted(map(repr, query(db, sql))) for table, sql in STORED_CONTENT.items()}
    for table in STORED_CONTENT:
        assert by_engine["local"][table] == by_engine["prefect"][table], table
    assert by_engine["local"]["items"]  # not two empty warehouses


def test_the_command_line_runs_without_prefect_when_no_server_is_configured(corpus_copy, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    db = tmp_path / "w.duckdb"
    assert main(["ingest", str(corpus_copy / "svom-2025-03-07-protokoll.pdf"), "--db", str(db), "--json"]) == 0
    summary = json.loads(capsys.readouterr().out)
    assert (summary["line"].startswith("ingested 1 / skipped 0 / failed 0"))
    assert query(db, "SELECT count(*) FROM items")[0][0] == 14
    assert query(db, "SELECT count(*) FROM ingest_runs")[0][0] == 1
