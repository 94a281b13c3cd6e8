"""The rough edges a new user hit (issue 21): watches and their Atom feed,
the appeal window on the pages and in `decisions`, failed files listed,
dated documents without a body kept in `meetings`, a progress estimate that
moves, `--version`, one-line errors for ports and an empty --agreement,
exit status 1 for "nothing found" everywhere, counted nouns, one group of
items in no matter."""

from __future__ import annotations

import datetime as dt
import json
import socket
import subprocess
import sys
import warnings
from pathlib import Path

import duckdb
import feedparser
import pytest

from extractors.record import extract_document
from pipeline import cli
from pipeline.progress import Estimate
from pipeline.summary import FileOutcome, IngestSummary
from schemas.document import EXTRACTOR_VERSION, DocumentRecord, ErrorCode
from tests.conftest import CORPUS, free_port
from tests.pdfmaker import Text, render
from tests.webwarehouse import build
from warehouse.load import Warehouse
from warehouse.search import rebuild_index
from warehouse.watches import add_watch, news, record_new_hits
from web.app import create_app

with warnings.catch_warnings():
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

PARAGRAF = Path(sys.executable).with_name("paragraf")
LOCAL = "http://127.0.0.1"


def minutes(path: Path, organ: str | None = "Kommunstyrelsen", posted: str | None = "2025-03-14",
            title: str = "Avtal LOSUS", kind: str = "Sammanträdesprotokoll") -> Path:
    """A kommun's protokoll of 2025-03-07 whose § 2 decides on LOSUS, with its posting printed."""
    lines = ["Exempelby kommun", kind, *([organ] if organ else []), "Sammanträdesdatum 2025-03-07",
             "Justeringens plats och tid: Kommunhuset 2025-03-12"]
    if posted:
        lines += ["Datum för anslags uppsättande  " + posted]
    lines += ["", "§ 1 Val av justerare", "Beslut", "Eva Ek utses att justera protokollet.",
              f"§ 2 {title}", "Förslag till beslut", "Kommunstyrelsen godkänner avtalet LOSUS.",
              "Beslut", "Kommunstyrelsen godkänner avtalet LOSUS."]
    return render(path, [[Text(60, 60 + 15 * n, line, 10) for n, line in enumerate(lines) if line]])


def run(capsys, *argv: str) -> tuple[int, str, str]:
    status = cli.main(list(argv))
    out, err = capsys.readouterr()
    return status, out, err


@pytest.fixture(scope="module")
def wh_path(tmp_path_factory) -> Path:
    folder = tmp_path_factory.mktemp("daily")
    return build(folder / "w.duckdb", [CORPUS / "svom-2025-03-07-protokoll.pdf", minutes(folder / "ks.pdf")])


# ---------------------------------------------------------------- watches


def test_a_watch_records_each_new_hit_once_and_its_feed_links_the_item(tmp_path):
    db = tmp_path / "w.duckdb"
    build(db, [minutes(tmp_path / "old.pdf", title="Avtal LOSUS 2024")])
    with Warehouse(db) as wh:
        watch = add_watch(wh, "LOSUS", "agreement")
        search_watch = add_watch(wh, "godkänner", "search")
        assert record_new_hits(wh) == {}  # what was there before the watch is no news
    with Warehouse(db) as wh:  # a later ingest loads a new protokoll
        wh.load_document(extract_document(minutes(tmp_path / "new.pdf", posted="2025-03-17")))
        rebuild_index(wh)
        assert record_new_hits(wh) == {watch["watch_id"]: 1, search_watch["watch_id"]: 1}
        assert record_new_hits(wh) == {}  # asked again: nothing new
        (hit,) = news(wh, watch["watch_id"])
        item = wh.con.execute("SELECT item_id, title FROM items WHERE item_id = ?", [hit["item_id"]]).fetchone()
    assert item[1] == "Avtal LOSUS"
    client = TestClient(create_app(db), base_url=LOCAL)
    answer = client.get(f"/watch/{watch['watch_id']}.atom")
    assert answer.status_code == 200 and answer.headers["content-type"].startswith("application/atom+xml")
    feed = feedparser.parse(answer.content)
    assert not feed.bozo and feed.version == "atom10"
    (entry,) = feed.entries
    assert entry.link == f"{LOCAL}/item/{item[0]}" and "Avtal LOSUS" in entry.title and entry.id.startswith("urn:uuid:")
    assert client.get(entry.link).status_code == 200  # the link opens the item's page
    assert client.get("/watch/99.atom").status_code == 404


def test_watch_commands(tmp_path, capsys):
    db = str(build(tmp_path / "w.duckdb", [minutes(tmp_path / "a.pdf")]))
    assert run(capsys, "watch", "add", "LOSUS", "--agreement", "--db", db)[1].startswith("watch 1: agreement 'LOSUS'")
    status, _, err = run(capsys, "watch", "add", "LOSUS", "--agreement", "--db", db)
    assert status == 2 and "already watches" in err
    status, out, _ = run(capsys, "watch", "list", "--db", db)
    assert status == 0 and "agreement  LOSUS  (0 hits)" in out
    assert run(capsys, "watch", "news", "--db", db)[0] == 1  # nothing found: 1, as search and decisions
    status, out, _ = run(capsys, "watch", "remove", "1", "--db", db)
    assert status == 0 and run(capsys, "watch", "list", "--db", db)[1].startswith("no watches")
    assert run(capsys, "watch", "remove", "1", "--db", db)[0] == 2


# ---------------------------------------------------------------- the appeal window, shown


def test_appeal_window_in_decisions_and_on_the_pages(wh_path, capsys):
    status, out, _ = run(capsys, "decisions", "--agreement", "LOSUS", "--db", str(wh_path))
    ours = [line for line in out.splitlines() if "Kommunstyrelsen" in line]
    assert status == 0 and ours and ours[0].endswith("överklagbar t.o.m. 2025-04-04")
    status, out, _ = run(capsys, "decisions", "--agreement", "LOSUS", "--db", str(wh_path), "--format", "json")

    rows = {r["organ"]: r for r in json.loads(out)}
    assert (rows["Kommunstyrelsen"]["posted_on"], rows["Kommunstyrelsen"]["appeal_until"]) == ("2025-03-14", "2025-04-04")
    assert rows["Sociala vård och omsorgsgruppen"]["appeal_until"] is None  # its bevis prints no date
    client = TestClient(create_app(wh_path), base_url=LOCAL)
    with duckdb.connect(str(wh_path), read_only=True) as con:
        item_id, meeting_id = con.execute(
            "SELECT i.item_id, i.meeting_id FROM items i JOIN documents d USING (document_id) "
            "WHERE d.organ = 'Kommunstyrelsen' AND i.number = 2").fetchone()
    for url in (f"/item/{item_id}", f"/meeting/{meeting_id}"):
        assert "överklagbar t.o.m. 2025-04-04" in client.get(url).text


def test_item_page_is_swedish_and_shows_no_empty_table(wh_path):
    client = TestClient(create_app(wh_path), base_url=LOCAL)
    with duckdb.connect(str(wh_path), read_only=True) as con:
        ids = [r[0] for r in con.execute("SELECT item_id FROM items").fetchall()]
    for item_id in ids:
        html = client.get(f"/item/{item_id}").text
        for english in (">motions<", ">votes<", ">vote_records<", ">dissents<", ">conflicts<", ">matters<",
                        ">matter_key<", ">linked_by<", ">none<", "the path of"):
            assert english not in html, (item_id, english)


# ---------------------------------------------------------------- what failed, what has no body


def test_failed_files_are_listed_and_named_in_the_summary(tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    failed = DocumentRecord.failed("a" * 64, "/in/empty.pdf", ErrorCode.EMPTY,
                                   "/in/empty.pdf is empty (0 bytes); fetch the file again.")
    with Warehouse(db) as wh:
        wh.load_document(failed)
    status, out, _ = run(capsys, "problems", "--failed", "--db", str(db))
    assert status == 0 and "/in/empty.pdf  [empty]" in out and "fetch the file again" in out and "1 file failed" in out
    summary = IngestSummary(files=[FileOutcome(path="/in/empty.pdf", document_id="a" * 64, outcome="failed",
                                               error_code="empty", error="…")])
    assert "failed: empty.pdf" in summary.line()


def test_a_dated_document_without_a_body_is_listed_and_says_why(tmp_path, capsys):
    pdf = minutes(tmp_path / "nobody.pdf", organ=None, posted=None)
    record = extract_document(pdf)
    assert record.header.meeting_date == dt.date(2025, 3, 7) and record.header.organ is None
    assert any("(body not read)" in p.message for p in record.problems)
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_document(record)
    status, out, _ = run(capsys, "meetings", "--db", str(db))
    assert status == 0 and any(line.startswith("2025-03-07") and line.endswith("(body not read)") for line in out.splitlines())


# ---------------------------------------------------------------- the progress estimate


def test_progress_estimate_moves_before_the_first_file_is_read():
    now = [0.0]
    estimate = Estimate(clock=lambda: now[0])
    estimate.plan({"small.pdf": 100_000, "scan.pdf": 6_000_000, "mid.pdf": 900_000}, workers=2)
    assert estimate.current() == ["scan.pdf", "mid.pdf"]  # largest first, one per worker
    first = estimate.seconds_left()
    now[0] = 30.0
    assert first is not None and estimate.seconds_left() < first  # it counts down with nothing read yet
    now[0] = 40.0
    estimate.advance("mid.pdf")
    assert estimate.current() == ["scan.pdf", "small.pdf"]
    now[0] = 50.0
    estimate.advance("scan.pdf")
    estimate.advance("small.pdf")
    assert estimate.seconds_left() == 0.0


# ---------------------------------------------------------------- one-line errors and agreeing exit codes


def test_version(capsys):
    with pytest.raises(SystemExit) as stop:
        cli.main(["--version"])
    assert stop.value.code == 0 and f"extractor version {EXTRACTOR_VERSION}" in capsys.readouterr().out


def test_ports_are_one_line_errors(wh_path):
    done = subprocess.run([str(PARAGRAF), "serve", "--db", str(wh_path), "--port", "99999"],
                          capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "not a port" in done.stderr and len(done.stderr.splitlines()) == 1
    with socket.socket() as busy:
        busy.bind(("127.0.0.1", free_port()))
        busy.listen()
        port = busy.getsockname()[1]
        done = subprocess.run([str(PARAGRAF), "serve", "--db", str(wh_path), "--port", str(port)],
                              capture_output=True, text=True, timeout=60)
    assert done.returncode == 2 and "in use" in done.stderr and "Traceback" not in done.stderr
    assert len(done.stderr.splitlines()) == 1 and "serving" not in done.stdout


def test_nothing_found_exits_1_everywhere(wh_path, capsys):
    db = str(wh_path)
    assert run(capsys, "search", "qwxzyv", "--db", db)[0] == 1
    assert run(capsys, "search", "qwxzyv", "--db", db, "--json")[0] == 1
    assert run(capsys, "decisions", "--agreement", "qwxzyv", "--db", db)[0] == 1
    assert run(capsys, "matter", "qwxzyv 2099/1", "--db", db)[0] == 1
    assert run(capsys, "search", "LOSUS", "--db", db)[0] == 0
    status, _, err = run(capsys, "decisions", "--agreement", "  ", "--db", db)
    assert status == 2 and "needs a name" in err and len(err.splitlines()) == 1


def test_counted_nouns_and_one_group_in_no_matter(monkeypatch, wh_path, capsys):
    assert [cli._counted(1, "step"), cli._counted(2, "step"), cli._counted(1, "body", "bodies"),
            cli._counted(3, "body", "bodies")] == ["1 step", "2 steps", "1 body", "3 bodies"]
    from warehouse import matters

    monkeypatch.setattr(matters, "_paths", lambda *a, **k: {})  # no item belongs to a matter
    status, out, _ = run(capsys, "decisions", "--agreement", "LOSUS", "--timeline", "--db", str(wh_path))
    assert status == 0 and out.count("in no matter:") == 1 and "1 items" not in out
