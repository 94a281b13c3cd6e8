"""Meetings keyed by organisation, organ and date (warehouse/meetings.py):
two kommuners' Kommunstyrelsen on one day are two meetings; a kallelse that
prints no organisation stays in one meeting with its protokoll that does,
whatever the order they arrive in; a meeting id that stops being used is
kept as an alias that every lookup resolves; series-less diarienummer join
only within one organisation; a warehouse of schema 11 migrates without
splitting or merging a meeting, and its old ids keep working."""

from __future__ import annotations

import datetime as dt
import itertools
import json
import warnings

import duckdb

from schemas.document import DocumentRecord, Kind, Page, Status, TextSource
from schemas.meeting import Item, MeetingHeader, Source
from warehouse import browse
from warehouse.export import export_oparl
from warehouse.load import Warehouse, _migrations

with warnings.catch_warnings():  # starlette asks for httpx2 in its test client; httpx is what the lock has
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

DAY = dt.date(2024, 5, 6)
KS = "kommunstyrelsen/2024-05-06"  # the id of the day's Kommunstyrelsen of no known organisation


def record(doc: str, organisation: str | None, kind: Kind = Kind.PROTOKOLL, organ: str = "Kommunstyrelsen",
           day: dt.date = DAY, case_number: str | None = None) -> DocumentRecord:
    return DocumentRecord(
        document_id=doc * 64,
        source_path=f"in/{doc}.pdf",
        status=Status.OK,
        kind=kind,
        page_count=1,
        text_source=TextSource.TEXT,
        header=MeetingHeader(organ=organ, meeting_date=day, organisation=organisation, start_time="09:00"),
        pages=[Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, text="sida")],
        items=[Item(source=Source(kind.value), number=1, title=f"Ärende ur {doc}", page_start=1, page_end=1,
                    case_number=case_number)],
        participants=[],
    )


def placed(wh: Warehouse) -> dict[str, str]:
    """document (its first letter) → meeting id, from documents, items and participants alike."""
    rows = wh.con.execute("SELECT left(document_id, 1), meeting_id FROM documents ORDER BY 1").fetchall()
    items = wh.con.execute("SELECT left(document_id, 1), meeting_id FROM items ORDER BY 1").fetchall()
    assert rows == items
    return dict(rows)


def meetings(wh: Warehouse) -> dict[str, str | None]:
    return dict(wh.con.execute("SELECT meeting_id, organisation FROM meetings ORDER BY 1").fetchall())


def test_two_kommuners_kommunstyrelsen_on_one_day_are_two_meetings(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([record("a", "Västeråsa kommun"), record("b", "Söderås kommun")])
        assert meetings(wh) == {"soderas-kommun/kommunstyrelsen/2024-05-06": "Söderås kommun",
                                "vasterasa-kommun/kommunstyrelsen/2024-05-06": "Västeråsa kommun"}
        assert placed(wh) == {"a": "vasterasa-kommun/kommunstyrelsen/2024-05-06",
                              "b": "soderas-kommun/kommunstyrelsen/2024-05-06"}


def test_a_kallelse_without_organisation_joins_its_protokoll_in_any_order(tmp_path):
    kallelse, protokoll = record("c", None, Kind.KALLELSE), record("e", "Västeråsa kommun")
    answers = set()
    for n, (order, together) in enumerate(itertools.product([[kallelse, protokoll], [protokoll, kallelse]], [True, False])):
        with Warehouse(tmp_path / f"w{n}.duckdb") as wh:
            for group in ([order] if together else [[r] for r in order]):
                wh.load_documents(group)
            answers.add((tuple(sorted(placed(wh).items())), tuple(sorted(meetings(wh).items()))))
            assert browse.resolve_meeting(wh, KS) == ["vasterasa-kommun/kommunstyrelsen/2024-05-06"]
            assert wh.con.execute("SELECT start_time FROM meetings").fetchall() == [("09:00",)]
    assert answers == {((("c", "vasterasa-kommun/kommunstyrelsen/2024-05-06"),
                         ("e", "vasterasa-kommun/kommunstyrelsen/2024-05-06")),
                        (("vasterasa-kommun/kommunstyrelsen/2024-05-06", "Västeråsa kommun"),))}


def test_with_two_organisations_on_the_day_a_document_without_one_stays_apart_and_its_id_lives_again(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([record("c", None, Kind.KALLELSE), record("e", "Västeråsa kommun")])
        assert placed(wh)["c"] == "vasterasa-kommun/kommunstyrelsen/2024-05-06"
        wh.load_document(record("b", "Söderås kommun"))  # which of the two kommuner called? the kallelse does not say
        assert placed(wh) == {"c": KS, "e": "vasterasa-kommun/kommunstyrelsen/2024-05-06",
                              "b": "soderas-kommun/kommunstyrelsen/2024-05-06"}
        assert browse.resolve_meeting(wh, KS) == [KS]  # a meeting again, no longer an alias
        assert wh.con.execute("SELECT count(*) FROM meeting_aliases WHERE old_id = ?", [KS]).fetchone()[0] == 0


def test_a_document_read_again_with_its_organisation_moves_and_its_old_meeting_id_is_an_alias(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_document(record("e", None))
        assert placed(wh) == {"e": KS}
        wh.load_document(record("e", "Västeråsa kommun"))
        new = "vasterasa-kommun/kommunstyrelsen/2024-05-06"
        assert placed(wh) == {"e": new} and list(meetings(wh)) == [new]
        assert wh.con.execute("SELECT old_id, meeting_id FROM meeting_aliases").fetchall() == [(KS, new)]
        assert browse.resolve_meeting(wh, KS) == [new]
        assert wh.con.execute("SELECT first_id FROM meetings").fetchone()[0] == KS  # its OParl id stays
        assert browse.resolve_meeting(wh, "kommunstyrelsen/1999-01-01") == []


def test_series_less_diarienummer_join_within_one_organisation_only(tmp_path):
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([
            record("c", "Västeråsa kommun", Kind.KALLELSE, case_number="2024/7"),
            record("e", "Västeråsa kommun", case_number="2024/7"),
            record("b", "Söderås kommun", case_number="2024/7"),
            record("d", "Söderås kommun", organ="Kommunfullmäktige", day=DAY + dt.timedelta(days=20), case_number="KS 2024/7"),
        ])
        groups = wh.con.execute(
            "SELECT matter_key, list(left(document_id, 1) ORDER BY document_id) FROM matters GROUP BY 1 ORDER BY 1").fetchall()
    assert groups == [("2024/7 (Kommunstyrelsen, Söderås kommun)", ["b"]),
                      ("2024/7 (Kommunstyrelsen, Västeråsa kommun)", ["c", "e"]),
                      ("KS 2024/7", ["d"])]


def test_a_reference_to_a_body_and_day_finds_the_meeting_of_the_citing_document_s_own_organisation(tmp_path):
    from schemas.matters import Reference

    def citing(doc: str, organisation: str) -> DocumentRecord:
        r = record(doc, organisation, organ="Kommunfullmäktige", day=DAY + dt.timedelta(days=20))
        return r.model_copy(update={"references": [Reference(
            item_number=1, page_no=1, body="Kommunstyrelsen", meeting_date=DAY, paragraph=1,
            raw="Kommunstyrelsen 2024-05-06 § 1", context="Kommunstyrelsen beslutade 2024-05-06 § 1 att föreslå")]})

    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([record("a", "Västeråsa kommun"), record("b", "Söderås kommun"),
                           citing("c", "Söderås kommun"), citing("d", "Västeråsa kommun")])
        targets = dict(wh.con.execute("""
            SELECT left(r.document_id, 1), left(i.document_id, 1) FROM matter_references r
            JOIN items i ON i.item_id = r.target_item_id""").fetchall())
    assert targets == {"c": "b", "d": "a"}


# ---------------------------------------------------------------- migrating a warehouse written before 013


def schema_11(path) -> None:
    """A warehouse as paragraf wrote it at schema 11: migrations up to 011, and
    the rows its writer stored for three documents — a kallelse and a
    protokoll of one Kommunstyrelsen meeting (whose PDFs we pretend are gone,
    or at hand again), and a Socialnämnden protokoll."""
    con = duckdb.connect(str(path))
    con.execute("CREATE TABLE schema_version (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMP)")
    for version, name, sql in _migrations():
        if version <= 11:
            con.execute(sql)
            con.execute("INSERT INTO schema_version VALUES (?, ?, now())", [version, name])
    con.execute("""INSERT INTO meetings VALUES
        ('kommunstyrelsen/2024-05-06', 'Kommunstyrelsen', DATE '2024-05-06', '09:00', NULL, 'Kommunhuset'),
        ('socialnamnden/2024-05-07', 'Socialnämnden', DATE '2024-05-07', NULL, NULL, NULL)""")
    for doc, kind, organ, day, meeting in (("c", "kallelse", "Kommunstyrelsen", "2024-05-06", KS),
                                           ("e", "protokoll", "Kommunstyrelsen", "2024-05-06", KS),
                                           ("d", "protokoll", "Socialnämnden", "2024-05-07", "socialnamnden/2024-05-07")):
        con.execute("""INSERT INTO documents (document_id, source_path, kind, organ, meeting_date, meeting_id, page_count,
                                              text_source, status, ingested_at, extractor_version, loaded_at)
                       VALUES (?, ?, ?, ?, ?, ?, 1, 'text', 'ok', TIMESTAMP '2025-01-01', 6, TIMESTAMP '2025-01-01')""",
                    [doc * 64, f"in/{doc}.pdf", kind, organ, day, meeting])
        con.execute("INSERT INTO pages VALUES (?, 1, 'sida', 'text')", [doc * 64])
        con.execute("""INSERT INTO items (item_id, document_id, meeting_id, source, number, title, page_start, page_end, label, attested)
                       VALUES (?, ?, ?, ?, 1, ?, 1, 1, NULL, false)""", [doc * 16, doc * 64, meeting, kind, f"Ärende ur {doc}"])
    con.close()


def test_a_schema_11_warehouse_keeps_its_meetings_and_their_ids(tmp_path):
    path = tmp_path / "old.duckdb"
    schema_11(path)
    with Warehouse(path) as wh:
        assert wh.schema_version() >= 13
        assert wh.con.execute("SELECT meeting_id, first_id, organisation FROM meetings ORDER BY 1").fetchall() == [
            (KS, KS, None), ("socialnamnden/2024-05-07", "socialnamnden/2024-05-07", None)]
        assert placed(wh) == {"c": KS, "e": KS, "d": "socialnamnden/2024-05-07"}
        assert wh.con.execute("SELECT count(*) FROM meeting_aliases").fetchone()[0] == 0
        assert wh.statuses(["e" * 64])["e" * 64] == ("ok", 6)  # an older extractor's: ingest reads it again


def test_a_migrated_warehouse_reading_one_pdf_again_moves_the_whole_meeting_and_old_links_still_work(tmp_path):
    """The protokoll's PDF is at hand and read again: it prints its kommun.
    The kallelse's PDF is gone: it stays with its protokoll (one meeting, not
    split), the old id resolves to the new one (web page, OParl id), and the
    other meeting is untouched."""
    path = tmp_path / "old.duckdb"
    schema_11(path)
    new = "vasterasa-kommun/kommunstyrelsen/2024-05-06"
    with Warehouse(path) as wh:
        wh.load_document(record("e", "Västeråsa kommun"))
        assert placed(wh) == {"c": new, "e": new, "d": "socialnamnden/2024-05-07"}
        assert wh.con.execute("SELECT meeting_id, first_id, organisation, start_time, location FROM meetings ORDER BY 1"
                              ).fetchall() == [("socialnamnden/2024-05-07", "socialnamnden/2024-05-07", None, None, None),
                                               (new, KS, "Västeråsa kommun", "09:00", "Kommunhuset")]
        assert wh.con.execute("SELECT old_id, meeting_id FROM meeting_aliases").fetchall() == [(KS, new)]
        assert wh.con.execute("SELECT left(document_id, 1), organisation FROM documents ORDER BY 1").fetchall() == [
            ("c", None), ("d", None), ("e", "Västeråsa kommun")]
    from web.app import create_app

    client = TestClient(create_app(path), base_url="http://127.0.0.1")
    moved = client.get(f"/meeting/{KS}?format=json", follow_redirects=False)
    assert moved.status_code == 301 and moved.headers["location"] == f"/meeting/{new}?format=json"
    page = client.get(f"/meeting/{KS}?format=json").json()
    assert page["meeting_id"] == new and page["organisation"] == "Västeråsa kommun"
    assert {d["source_path"] for d in page["documents"]} == {"in/c.pdf", "in/e.pdf"}
    assert client.get("/meeting/kommunstyrelsen/1999-01-01").status_code == 404
    con = duckdb.connect(str(path), read_only=True)
    export_oparl(con, tmp_path / "x")
    con.close()
    meetings_ = {m["name"]: m["id"] for body in (tmp_path / "x" / "oparl" / "body").glob("*/meetings.json")
                 for m in json.loads(body.read_text())["data"]}
    assert meetings_["Kommunstyrelsen 2024-05-06"].endswith("/meeting/kommunstyrelsen%2F2024-05-06")  # as before


def test_a_meeting_split_by_reading_its_pdfs_again_leaves_a_list_behind_its_old_id(tmp_path):
    """An old meeting held two kommuners' protokoll (one id then); read again,
    they are two meetings, and the old id lists both."""
    path = tmp_path / "old.duckdb"
    schema_11(path)
    with Warehouse(path) as wh:
        wh.load_documents([record("c", "Söderås kommun", Kind.KALLELSE), record("e", "Västeråsa kommun")])
        assert sorted(browse.resolve_meeting(wh, KS)) == ["soderas-kommun/kommunstyrelsen/2024-05-06",
                                                          "vasterasa-kommun/kommunstyrelsen/2024-05-06"]
    from web.app import create_app

    answer = TestClient(create_app(path), base_url="http://127.0.0.1").get(f"/meeting/{KS}?format=json")
    assert answer.status_code == 300 and len(answer.json()["meetings"]) == 2


def test_the_meetings_command_lists_each_meeting_with_its_organisation(tmp_path, capsys):
    from pipeline.cli import main

    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_documents([record("a", "Västeråsa kommun"), record("b", "Söderås kommun"),
                           record("c", None, organ="Sociala samrådet")])
    assert main(["meetings", "--db", str(db)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert "organisation" in lines[0]
    assert len(lines) == 4  # the two Kommunstyrelsen of the day are two meetings
    for organisation, organ in (("Söderås kommun", "Kommunstyrelsen"), ("Västeråsa kommun", "Kommunstyrelsen"),
                                ("–", "Sociala samrådet")):
        assert [ln for ln in lines if f" {organisation} " in ln and ln.endswith(organ)], (organisation, lines)
