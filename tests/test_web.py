"""`paragraf serve`: every page answers in HTML and JSON from a warehouse of
the sample corpus, search filters and marks its hits, an item shows its PDF
page with its boxes, and nobody gets in where they don't belong: loopback by
default, a token for any other host, read-only, files only for document ids
whose file still has that sha256, every document text escaped and passed
through `web.present.shown`; and every page answers while an ingest loads,
from the snapshot it publishes, its caches renewed with each snapshot."""

from __future__ import annotations

import http.client
import os
import re
import shutil
import subprocess
import sys
import time
import warnings
from hashlib import sha256
from pathlib import Path

import duckdb
import httpx
import psutil
import pytest

with warnings.catch_warnings():  # starlette asks for httpx2 in its test client; httpx is what the lock has
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from tests.conftest import CORPUS, corpus_pdfs, free_port
from tests.webwarehouse import HOSTILE_DECISION, HOSTILE_TITLE, build, hostile_pdf, serving
from warehouse.load import Warehouse
from web import present
from web.app import TokenMissing, create_app, settings

PARAGRAF = Path(sys.executable).with_name("paragraf")
LOCAL = "http://127.0.0.1"


@pytest.fixture(scope="module")
def db(tmp_path_factory) -> Path:
    """The sample corpus, minutes whose title holds a script, and a file that is no PDF."""
    folder = tmp_path_factory.mktemp("web")
    broken = folder / "broken.pdf"
    broken.write_bytes(b"this is not a PDF")
    return build(folder / "w.duckdb", [*corpus_pdfs(), hostile_pdf(folder / "hostile.pdf"), broken])


@pytest.fixture(scope="module")
def client(db) -> TestClient:
    return TestClient(create_app(db), base_url=LOCAL)


def item_id(db: Path, title: str) -> str:
    with duckdb.connect(str(db), read_only=True) as con:
        return con.execute("SELECT item_id FROM items WHERE title = ? ORDER BY item_id LIMIT 1", [title]).fetchone()[0]


# ---------------------------------------------------------------- pages


@pytest.mark.parametrize("url", ["/", "/search?q=avtal", "/search?q=avtal&kind=kallelse&year=2022",
                                 "/meeting/sociala-vard-och-omsorgsgruppen/2025-03-07", "/agreement/LOSUS",
                                 "/agreement/losus", "/ingest"])
def test_every_page_answers_in_html_and_json(client, url):
    page = client.get(url)
    assert page.status_code == 200 and page.headers["content-type"].startswith("text/html")
    assert "<h1>" in page.text
    answer = client.get(url + ("&" if "?" in url else "?") + "format=json")
    assert answer.status_code == 200 and answer.headers["content-type"] == "application/json"
    assert isinstance(answer.json(), dict)


def test_unknown_ids_are_404_in_html_and_json(client):
    for url in ("/meeting/nobody/2020-01-01", "/item/0000000000000000", "/agreement/xyzzy-none", "/matter/KS 1900/1",
                "/nothing-here"):
        assert client.get(url).status_code == 404, url
        assert client.get(url, params={"format": "json"}).json()["status"] == 404, url


def test_search_filters_by_kind_year_and_body_and_marks_the_stemmed_words(client):
    everything = client.get("/search", params={"q": "avtal", "format": "json"}).json()["hits"]
    assert {h["kind"] for h in everything} >= {"kallelse", "protokoll"}
    kallelser = client.get("/search", params={"q": "avtal", "kind": "kallelse", "format": "json"}).json()["hits"]
    assert kallelser and {h["kind"] for h in kallelser} == {"kallelse"}
    of_2025 = client.get("/search", params={"q": "avtal", "year": "2025", "format": "json"}).json()["hits"]
    assert of_2025 and all(h["meeting_date"].startswith("2025") for h in of_2025)
    body = client.get("/search", params={"q": "beslutar", "organ": "Socialnämnden", "format": "json"}).json()["hits"]
    assert body and {h["organ"] for h in body} == {"Socialnämnden"}
    # 'avtalet', 'Avtal', 'samverkansavtal' are marked; nothing else is
    marked = [text for h in everything for text, hit in h["excerpt_runs"] if hit]
    assert marked and all("avtal" in text.lower() for text in marked)
    assert any(text.lower() != "avtal" for text in marked)  # an inflected form, found through the stem
    assert "<mark>" in client.get("/search", params={"q": "avtal"}).text


@pytest.mark.parametrize("text", ["avtal", "hemsjukvård LOSUS", "Beslutar", "samverkansavtalet om hälso- och sjukvård"])
def test_the_page_ranks_exactly_as_paragraf_search(db, text):
    from warehouse import browse, search

    with browse.connect(db) as wh:
        page = browse.search_hits(wh, text, limit=20)
    with Warehouse(db, read_only=True) as wh:
        command = search.search(wh, text, limit=20)
    assert page and [(h["hit"], h["document_id"], h["page_no"], h["excerpt"]) for h in page] == \
        [(h["hit"], h["document_id"], h["page_no"], h["excerpt"]) for h in command]
    assert [h["score"] for h in page] == pytest.approx([h["score"] for h in command], abs=1e-3)


def test_without_a_query_the_front_page_lists_the_meetings_under_the_filters(client):
    meetings = client.get("/", params={"format": "json"}).json()["meetings"]
    assert {m["meeting_date"] for m in meetings} >= {"2022-02-25", "2023-05-26", "2025-03-07"}
    of_2023 = client.get("/", params={"year": "2023", "format": "json"}).json()["meetings"]
    assert [m["meeting_date"] for m in of_2023] == ["2023-05-26"]


def test_a_meeting_lists_its_documents_items_and_participants(client):
    meeting = client.get("/meeting/sociala-vard-och-omsorgsgruppen/2025-03-07", params={"format": "json"}).json()
    (protokoll,) = [d for d in meeting["documents"] if d["kind"] == "protokoll"]
    assert [i["number"] for i in protokoll["items"]] == list(range(1, 15))
    assert protokoll["participants"][0]["role"] == "ordförande"
    html = client.get("/meeting/sociala-vard-och-omsorgsgruppen/2025-03-07").text
    assert f'/item/{protokoll["items"][11]["item_id"]}' in html


def test_an_item_shows_its_fields_agreements_and_the_pdf_page_with_its_title_boxed(client, db):
    item = client.get(f"/item/{item_id(db, 'Avtal LOSUS')}", params={"format": "json"}).json()
    assert item["decision"].startswith("SVOM rekommenderar") and item["number"] == 12
    assert [g["agreement_id"] for g in item["agreements"]] == ["losus"]
    page = item["page"]
    assert page["file"] == "ok" and page["no"] == 8 and page["pdf"].endswith("#page=8")
    title = [b for b in page["boxes"] if b["what"] in ("heading", "title")]
    assert title and 300 < title[0]["top"] < title[0]["bottom"] < 400  # 'Avtal LOSUS' heads the § at about 354 pt
    image = client.get(page["image"])
    assert image.status_code == 200 and image.content.startswith(b"\x89PNG")
    assert image.headers["content-type"] == "image/png"
    html = client.get(f"/item/{item_id(db, 'Avtal LOSUS')}").text
    assert f'src="{page["image"]}"' in html and '<rect class="box' in html and 'href="/agreement/losus"' in html
    other = client.get(f"/item/{item_id(db, 'Avtal LOSUS')}", params={"page": "9", "format": "json"}).json()
    assert other["page"]["no"] == 8  # a page outside the item is not shown in its place


def test_the_agreement_timeline_runs_across_meetings_oldest_first_with_amounts(client):
    timeline = client.get("/agreement/LOSUS", params={"format": "json"}).json()
    steps = timeline["steps"]
    assert [a["agreement_id"] for a in timeline["agreements"]] == ["losus"]
    assert len({s["meeting_id"] for s in steps}) >= 2 and timeline["total"] == len(steps)
    assert [s["meeting_date"] for s in steps] == sorted(s["meeting_date"] for s in steps)
    assert all(isinstance(s["amounts"], list) for s in steps)
    html = client.get("/agreement/LOSUS").text
    assert all(f'/item/{s["item_id"]}' in html for s in steps)


def test_a_republished_protokoll_replaces_the_earlier_one_in_the_timeline(tmp_path):
    from warehouse.read import decisions

    protokoll = CORPUS / "svom-2025-03-07-protokoll.pdf"
    republished = tmp_path / "protokoll-reviderat.pdf"
    republished.write_bytes(protokoll.read_bytes() + b"\n%% republished\n")  # the same minutes, other bytes
    db = build(tmp_path / "w.duckdb", [CORPUS / "svom-2022-02-25-kallelse.pdf", protokoll])
    build(db, [republished])  # loaded later: current_items now holds its items
    client = TestClient(create_app(db), base_url=LOCAL)
    steps = client.get("/agreement/LOSUS", params={"format": "json"}).json()["steps"]
    with Warehouse(db, read_only=True) as wh:
        expected = [(r["document_id"], r["number"]) for r in decisions(wh, ["losus"])]
    assert [(s["document_id"], s["number"]) for s in steps] == expected
    assert len({s["meeting_id"] for s in steps}) == 2
    assert sha256(republished.read_bytes()).hexdigest() in {s["document_id"] for s in steps}
    assert sha256(protokoll.read_bytes()).hexdigest() not in {s["document_id"] for s in steps}


def test_the_ingest_overview_shows_failed_files_with_their_sentence(client):
    overview = client.get("/ingest", params={"format": "json"}).json()
    (failed,) = overview["failed"]
    assert failed["source_path"].endswith("broken.pdf") and failed["error_code"] == "not_a_pdf"
    assert failed["error"] and failed["error"] in client.get("/ingest").text
    assert overview["documents_total"] == len(corpus_pdfs()) + 1


# ---------------------------------------------------------------- boxes and tables of later migrations


def _add_columns(con, table: str, columns: str) -> None:
    have = {r[0] for r in con.execute("SELECT column_name FROM duckdb_columns() WHERE table_name = ?", [table]).fetchall()}
    for column in columns.split():
        if column not in have:
            con.execute(f"ALTER TABLE {table} ADD COLUMN {column} {'INTEGER' if column == 'page_no' else 'DOUBLE'}")


BOXED = ("items", "presenters", "amounts", "agreement_mentions", "item_dates")


def test_recorded_boxes_are_drawn_and_item_tables_shown_when_they_exist(tmp_path):
    db = build(tmp_path / "w.duckdb", [hostile_pdf(tmp_path / "h.pdf")])
    client = TestClient(create_app(db), base_url=LOCAL)
    item = item_id(db, HOSTILE_TITLE)
    with duckdb.connect(str(db)) as con:  # the box columns of migration 009, empty: a warehouse from before it
        for table in BOXED:
            _add_columns(con, table, "page_no x0 top x1 bottom")
            con.execute(f"UPDATE {table} SET x0 = NULL WHERE item_id = ?", [item])
        con.execute("CREATE TABLE IF NOT EXISTS field_boxes (item_id VARCHAR, field VARCHAR, page_no INTEGER, "
                    "x0 DOUBLE, top DOUBLE, x1 DOUBLE, bottom DOUBLE, document_id VARCHAR)")
        con.execute("DELETE FROM field_boxes WHERE item_id = ?", [item])
    before = client.get(f"/item/{item}", params={"format": "json"}).json()
    assert [b["what"] for b in before["page"]["boxes"]] == ["title"] and before["page"]["boxes"][0]["derived"]
    with duckdb.connect(str(db)) as con:
        con.execute("UPDATE items SET page_no = 1, x0 = 60, top = 150.5, x1 = 400, bottom = 165, "
                    "case_number = 'SN 2024/12' WHERE item_id = ?", [item])
        con.execute("INSERT INTO field_boxes (item_id, field, page_no, x0, top, x1, bottom, document_id) "
                    "VALUES (?, 'decision', 1, 60, 190, 420, 202, ?)", [item, before["document_id"]])
        tables = {r[0] for r in con.execute("SELECT table_name FROM duckdb_tables()").fetchall()}
        absent = [t for t in ("conflicts", "dissents", "motions", "votes", "matters") if t not in tables]
        if absent:  # a table of a later migration, made here as its helper would
            con.execute(f"CREATE TABLE {absent[0]} (item_id VARCHAR, who VARCHAR, what VARCHAR)")
            con.execute(f"INSERT INTO {absent[0]} VALUES (?, 'Eva Nord (V)', 'reserverar sig')", [item])
    after = client.get(f"/item/{item}", params={"format": "json"}).json()
    boxes = {b["what"]: b for b in after["page"]["boxes"]}
    assert set(boxes) == {"heading", "decision"} and not any(b["derived"] for b in boxes.values())
    assert (boxes["heading"]["x0"], boxes["heading"]["top"], boxes["heading"]["bottom"]) == (60, 150.5, 165)
    html = client.get(f"/item/{item}").text
    assert re.search(r'<rect class="box box-heading" x="60(\.0)?" y="150\.5" width="340(\.0)?" height="14\.5"', html)
    assert 'class="box box-decision"' in html
    matter = client.get("/matter/SN 2024/12", params={"format": "json"}).json()  # a case number holds a slash
    assert [s["item_id"] for s in matter["steps"]] == [item] and matter["total"] == 1
    assert 'href="/matter/SN%202024/12"' in html and client.get("/matter/SN%202024%2F12").status_code == 200
    if absent:
        assert after["tables"][absent[0]] == [{"who": "Eva Nord (V)", "what": "reserverar sig"}]
        assert f'class="table-{absent[0]}"' in html and "reserverar sig" in html
        assert absent[0] not in before["tables"]


# ---------------------------------------------------------------- files: moved, changed, never from the URL


def test_a_moved_or_changed_file_is_said_so_and_never_shown(tmp_path):
    pdf = hostile_pdf(tmp_path / "h.pdf")
    db = build(tmp_path / "w.duckdb", [pdf])
    client = TestClient(create_app(db), base_url=LOCAL)
    item = client.get(f"/item/{item_id(db, HOSTILE_TITLE)}", params={"format": "json"}).json()
    image, document = item["page"]["image"], f"/pdf/{item['document_id']}"
    assert client.get(image).status_code == 200 and client.get(document).content == pdf.read_bytes()
    original = pdf.read_bytes()

    pdf.rename(tmp_path / "elsewhere.pdf")
    moved = client.get(f"/item/{item['item_id']}", params={"format": "json"}).json()["page"]
    assert moved["file"] == "moved" and "no longer where it was read" in moved["message"]
    assert client.get(image).status_code == 404 and client.get(document).status_code == 404
    assert "<img" not in client.get(f"/item/{item['item_id']}").text

    shutil.copy(corpus_pdfs()[0], pdf)  # another PDF where this one was
    changed = client.get(f"/item/{item['item_id']}", params={"format": "json"}).json()["page"]
    assert changed["file"] == "changed" and "has changed" in changed["message"]
    assert client.get(image).status_code == 404 and client.get(document).status_code == 404

    pdf.write_bytes(original)
    assert client.get(image).status_code == 200


TRAVERSALS = [
    "/pdf/../../etc/passwd", "/pdf/..%2f..%2fetc%2fpasswd", "/pdf/%2e%2e/%2e%2e/etc/passwd",
    "/pdf/%2e%2e%2f%2e%2e%2fetc%2fpasswd", "/pdf/%2fetc%2fpasswd", "/pdf//etc/passwd", "/pdf/%252e%252e%252fetc%252fpasswd",
    "/page/../../etc/passwd/1.png", "/page/%2e%2e%2f%2e%2e%2fetc%2fpasswd/1.png", "/page/..%2f..%2fetc%2fpasswd/1.png",
    "/static/../app.py", "/static/%2e%2e/app.py", "/static/..%2fapp.py", "/static/%2e%2e%2f%2e%2e%2fpyproject.toml",
    "/pdf/" + "0" * 64, "/page/" + "0" * 64 + "/1.png", "/pdf/" + "A" * 64,
]


def test_files_only_for_stored_document_ids_never_a_path_from_the_url(db):
    with serving(create_app(db)) as base:
        host, port = base.removeprefix("http://").split(":")
        for path in TRAVERSALS:  # sent byte for byte, as a hostile client would
            connection = http.client.HTTPConnection(host, int(port), timeout=10)
            connection.request("GET", path)
            answer = connection.getresponse()
            body = answer.read()
            connection.close()
            assert answer.status == 404, path
            assert b"root:" not in body and b"[project]" not in body and b"import" not in body, path


def test_only_get_and_head_are_answered(client):
    assert client.head("/").status_code == 200
    for method in ("POST", "PUT", "PATCH", "DELETE", "OPTIONS"):
        for url in ("/", "/search?q=avtal", "/ingest", "/agreement/LOSUS"):
            answer = client.request(method, url)
            assert answer.status_code == 405 and answer.headers["allow"] == "GET, HEAD", (method, url)


def test_a_request_addressed_to_another_host_name_is_refused_on_loopback(db):
    other = TestClient(create_app(db), base_url="http://attacker.example")
    assert other.get("/").status_code == 421
    assert TestClient(create_app(db), base_url="http://localhost:8000").get("/").status_code == 200


# ---------------------------------------------------------------- the token


def test_any_host_but_loopback_needs_a_token_of_some_length():
    assert settings("127.0.0.1", {}) == (None, True)
    assert settings("::1", {}) == (None, True)
    for host in ("0.0.0.0", "::", "192.168.1.10"):
        with pytest.raises(TokenMissing):
            settings(host, {})
    with pytest.raises(TokenMissing):
        settings("0.0.0.0", {"PARAGRAF_TOKEN": "short"})
    assert settings("0.0.0.0", {"PARAGRAF_TOKEN": "x" * 16}) == ("x" * 16, False)


def test_with_a_token_every_request_carries_it(db):
    token = "correct-horse-battery-staple"
    client = TestClient(create_app(db, token, local_only=False), base_url="http://192.168.1.10:8000")
    document = client.get("/ingest", params={"format": "json"}, headers={"Authorization": f"Bearer {token}"})
    assert document.status_code == 200
    some = document.json()["documents"][0]["document_id"]
    for url in ("/", "/search?q=avtal", "/ingest", f"/pdf/{some}", f"/page/{some}/1.png", "/static/style.css"):
        assert client.get(url).status_code == 401, url
        assert client.get(url, headers={"Authorization": "Bearer wrong-token-of-length"}).status_code == 401, url
        assert client.get(url, headers={"Authorization": f"Bearer {token}"}).status_code == 200, url
    assert client.post("/", headers={"Authorization": f"Bearer {token}"}).status_code == 405
    # ?token= once: a cookie, and the same address without the token
    first = client.get("/search", params={"q": "avtal", "token": token}, follow_redirects=False)
    assert first.status_code == 303 and first.headers["location"] == "/search?q=avtal"
    assert "httponly" in first.headers["set-cookie"].lower() and "samesite=strict" in first.headers["set-cookie"].lower()
    assert client.get("/search?q=avtal").status_code == 200  # the client kept the cookie


@pytest.mark.parametrize("path", ["//evil.com/x", "///evil.com/x", "/\\evil.com/x", "/%2F%2Fevil.com/x"])
def test_the_token_redirect_never_leaves_the_site(db, path):
    token = "correct-horse-battery-staple"
    client = TestClient(create_app(db, token, local_only=False), base_url="http://192.168.1.10:8000")
    # the path as a browser sends it, not read by the client as another host ('//evil.com' is one to httpx)
    url = httpx.URL("http://192.168.1.10:8000/").copy_with(raw_path=f"{path}?token={token}".encode())
    answer = client.get(url, follow_redirects=False)
    location = answer.headers["location"]
    assert answer.status_code == 303
    assert location.startswith("/") and not location.startswith(("//", "/\\")), location
    assert httpx.URL("http://192.168.1.10:8000").join(location).host == "192.168.1.10"


@pytest.mark.parametrize("url", [
    "/agreement/LOSUS?offset=99999999999999999999999", "/agreement/LOSUS?offset=-1",
    "/search?q=avtal&year=99999999999999999999", "/?year=-5",
    "/page/{document}/99999999999999999999.png", "/page/{document}/0.png",
    "/item/{item}?page=99999999999999999999",
])
def test_a_number_out_of_range_is_a_bad_request_not_a_server_error(client, db, url):
    with duckdb.connect(str(db), read_only=True) as con:
        document, item = con.execute("SELECT document_id, item_id FROM items ORDER BY item_id LIMIT 1").fetchone()
    for fmt in ("", "&format=json" if "?" in url else "?format=json"):
        answer = client.get(url.format(document=document, item=item) + fmt)
        assert answer.status_code == 400, (url, answer.status_code)
        assert "out of range" in answer.text


def test_serve_binds_loopback_by_default_and_refuses_another_host_without_a_token(db):
    environment = {k: v for k, v in os.environ.items() if k != "PARAGRAF_TOKEN"}
    refused = subprocess.run([str(PARAGRAF), "serve", "--db", str(db), "--host", "0.0.0.0"], env=environment,
                             capture_output=True, text=True, timeout=60)
    assert refused.returncode == 2 and "PARAGRAF_TOKEN" in refused.stderr and "Traceback" not in refused.stderr
    port = free_port()
    server = subprocess.Popen([str(PARAGRAF), "serve", "--db", str(db), "--port", str(port)], env=environment,
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                if httpx.get(f"http://127.0.0.1:{port}/ingest", timeout=2).status_code == 200:
                    break
            except httpx.HTTPError:
                pass
            assert server.poll() is None and time.monotonic() < deadline, server.stderr.read() if server.poll() else ""
            time.sleep(0.2)
        listening = [c.laddr for c in psutil.Process(server.pid).net_connections(kind="inet") if c.status == "LISTEN"]
        assert listening and all(address.ip == "127.0.0.1" for address in listening)
    finally:
        server.terminate()
        server.wait(timeout=20)


# ---------------------------------------------------------------- document text: escaped, and shown through one function


def test_a_title_holding_a_script_is_shown_as_text(client, db):
    item = item_id(db, HOSTILE_TITLE)
    for url in (f"/item/{item}", "/search?q=budget", "/meeting/socialnamnden/2024-03-12"):
        html = client.get(url).text
        assert "&lt;script&gt;document.title=" in html, url
        assert "<script" not in html and "<b>2024" not in html and "<img src=x" not in html, url
    assert "&lt;img src=x onerror=" in client.get(f"/item/{item}").text
    assert client.get(f"/item/{item}", params={"format": "json"}).json()["decision"] == HOSTILE_DECISION
    csp = client.get(f"/item/{item}").headers["content-security-policy"]
    assert "default-src 'none'" in csp and "script-src" not in csp  # no script at all may run


def test_every_document_text_passes_through_shown(client, db, monkeypatch):
    monkeypatch.setattr(present, "shown", lambda text, include_sensitive=False: text if text is None
                        else text.replace("Helena", "█"))
    pages = ["/search?q=avtal", f"/item/{item_id(db, 'Avtal LOSUS')}", f"/item/{item_id(db, 'Samverkansavtal HSL')}",
             "/meeting/sociala-vard-och-omsorgsgruppen/2025-03-07", "/agreement/LOSUS", "/agreement/hemsjukvard"]
    for url in pages:
        for answer in (client.get(url), client.get(url, params={"format": "json"})):
            assert answer.status_code == 200
            assert "Helena" not in answer.text, url
    assert "█" in client.get(f"/item/{item_id(db, 'Avtal LOSUS')}").text


def test_while_another_process_writes_the_warehouse_a_page_says_so(tmp_path):
    db = build(tmp_path / "w.duckdb", [hostile_pdf(tmp_path / "h.pdf")])
    client = TestClient(create_app(db), base_url=LOCAL)
    assert client.get("/ingest").status_code == 200
    writer = subprocess.Popen(
        [sys.executable, "-c", "import sys, time; from warehouse.load import Warehouse; w = Warehouse(sys.argv[1]); "
                               "print('holding', flush=True); time.sleep(60)", str(db)],
        stdout=subprocess.PIPE, text=True)
    try:
        assert writer.stdout.readline().strip() == "holding"
        for url in ("/", "/ingest", "/search?q=budget"):  # no snapshot published: open_reader's line
            answer = client.get(url)
            assert answer.status_code == 503 and "is being written by" in answer.text, url
            assert "has no read snapshot yet" in answer.text, url
        assert client.get("/ingest", params={"format": "json"}).json()["status"] == 503
    finally:
        writer.kill()
        writer.wait()
    assert client.get("/ingest").status_code == 200


def test_bench_pages_asks_every_page_and_reports_each(capsys):
    from pipeline.cli import main
    from pipeline.bench.pages import pages

    assert main(["bench", "pages", "--items", "1000", "--runs", "1"]) == 0  # a page that is not 200 stops it
    out = capsys.readouterr().out
    names = ["page image (first render)", *(name for name, _ in pages({k: "x" for k in (
        "item", "document", "page", "pages", "synthetic_item", "meeting")}))]
    for name in names:
        assert re.search(rf"^{re.escape(name)}\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\s+\d+\.\d\s+\d+$", out, re.M), name
    assert "1 000 items" in out and "ms CPU; load average" in out


# ---------------------------------------------------------------- reading while loading


LOAD_FILES = 200


def test_what_a_page_caches_is_read_again_from_a_newly_published_snapshot(tmp_path):
    from extractors.record import extract_document
    from warehouse import browse, snapshot

    db = build(tmp_path / "w.duckdb", [hostile_pdf(tmp_path / "h.pdf")])
    with Warehouse(db) as wh:
        snapshot.publish(wh)
    with browse.connect(db) as wh:
        assert wh.published is not None  # the current snapshot, the main file left alone
        before, facets = browse.read_state(wh), browse.facets(wh)
    assert facets["kinds"] == ["protokoll"]
    with Warehouse(db) as wh:
        wh.load_document(extract_document(next(p for p in corpus_pdfs() if "kallelse" in p.name)))
        snapshot.publish(wh)
    with browse.connect(db) as wh:
        assert wh.published is not None and browse.read_state(wh) != before
        assert browse.facets(wh)["kinds"] == ["kallelse", "protokoll"]


def _round(client: TestClient, db: Path) -> tuple[bool, dict[str, int], dict[str, int]]:
    """Every kind of page asked once: (whether a snapshot existed before the
    round, the status of each page, what each counts of the documents)."""
    from warehouse.snapshot import snapshot_path

    published = snapshot_path(db).exists()
    status: dict[str, int] = {}
    counts: dict[str, int] = {}

    def get(name: str, url: str, **params) -> dict | None:
        answer = client.get(url, params=params)
        status[name] = answer.status_code
        if answer.status_code != 200 or not answer.headers["content-type"].startswith("application/json"):
            return None
        return answer.json()

    ingest = get("ingest", "/ingest", format="json")
    front = get("meetings", "/", format="json")
    found = get("search", "/search", q="LOSUS", format="json")
    timeline = get("agreement", "/agreement/losus", format="json")
    if ingest is not None:
        counts["documents"] = ingest["documents_total"]
        if ingest["documents"]:
            document_id = ingest["documents"][0]["document_id"]
            status["page image"] = client.get(f"/page/{document_id}/1.png").status_code
            status["pdf"] = client.get(f"/pdf/{document_id}").status_code
    if front is not None:
        counts["meetings"] = len(front["meetings"])
        if front["meetings"]:
            get("meeting", f"/meeting/{front['meetings'][0]['meeting_id']}", format="json")
    if found is not None:
        counts["search"] = len(found["hits"])
    if timeline is not None:
        counts["decisions"] = timeline["total"]
        if timeline["steps"]:
            get("item", f"/item/{timeline['steps'][-1]['item_id']}", format="json")
    return published, status, counts


def test_every_page_answers_throughout_an_ingest_of_200_files(tmp_path):
    """A real `paragraf ingest` of 200 one-page protokolls in a process of
    its own while this process asks every kind of page over and over: once
    the first snapshot is published no page fails (before it, a page may
    only say in one line that nothing can be read yet), and no count of
    documents, meetings, hits or decisions ever goes down."""
    from tests.test_snapshot import environment, make_protokolls
    from warehouse.snapshot import snapshot_path

    archive = make_protokolls(tmp_path / "pdf", LOAD_FILES)
    db = tmp_path / "w.duckdb"
    client = TestClient(create_app(db), base_url=LOCAL)
    # one extraction process: the load lasts long enough for many rounds of pages
    writer = subprocess.Popen([str(PARAGRAF), "ingest", str(archive), "--db", str(db), "--workers", "1"],
                              env=environment(), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                              start_new_session=True)
    rounds = []
    try:
        while writer.poll() is None:
            rounds.append(_round(client, db))
            if not snapshot_path(db).exists():
                time.sleep(0.1)
    finally:
        if writer.poll() is None:
            writer.kill()
        out, err = writer.communicate()
    assert writer.returncode == 0, err
    rounds.append(_round(client, db))
    during = [(status, counts) for published, status, counts in rounds[:-1] if published]
    assert during, "no round read the snapshot while the ingest was loading"
    for published, status, _ in rounds:
        kinds = {"ingest", "meetings", "search", "agreement"} | (
            {"page image", "pdf", "meeting", "item"} if published else set())
        assert kinds <= set(status), status
        if published:
            assert all(code == 200 for code in status.values()), status
        else:
            assert all(code in (200, 503) for code in status.values()), status
    for name in ("documents", "meetings", "search", "decisions"):
        series = [counts[name] for _, _, counts in rounds if name in counts]
        assert series == sorted(series), f"{name} went down during the load: {series}"
    final = rounds[-1][2]
    assert final["documents"] == final["decisions"] == LOAD_FILES
    assert rounds[-1][1] and all(code == 200 for code in rounds[-1][1].values())


def test_an_item_shows_its_motions_dissents_and_the_path_of_its_matter_across_bodies(tmp_path):
    """SVOM's minutes (a motion against the proposal, a proposition, a reservation) and the
    regional council's minutes that decide on SVOM's recommendation: the item page shows who
    moved and who reserved themselves, and links to the matter's path through both bodies."""
    varied = Path(__file__).resolve().parents[1] / "corpus-varied"
    db = build(tmp_path / "w.duckdb", [varied / "svom-2023-10-06-protokoll.pdf", varied / "rsr-2023-12-08-protokoll.pdf"])
    client = TestClient(create_app(db), base_url=LOCAL)
    with duckdb.connect(str(db), read_only=True) as con:
        reserved = con.execute("SELECT item_id, name FROM dissents WHERE kind = 'reservation' LIMIT 1").fetchone()
        movers = [r[0] for r in con.execute("SELECT mover FROM motions WHERE item_id = ?", [reserved[0]]).fetchall()]
        keys = con.execute("""SELECT matter_key FROM matters GROUP BY 1 HAVING count(DISTINCT organ) > 1""").fetchall()
    assert reserved and movers and keys
    page = client.get(f"/item/{reserved[0]}", params={"format": "json"}).json()
    assert [m["mover"] for m in page["tables"]["motions"]] == movers
    assert [d["name"] for d in page["tables"]["dissents"]] == [reserved[1]]
    assert any(v["kind"] == "proposition" for v in page["tables"]["votes"])
    html = client.get(f"/item/{reserved[0]}").text
    assert reserved[1] in html and all(m in html for m in movers)
    path = client.get(f"/matter/{keys[0][0]}", params={"format": "json"}).json()
    assert len({s["organ"] for s in path["steps"]}) == 2
    dates = [s["meeting_date"] for s in path["steps"]]
    assert dates == sorted(dates)
