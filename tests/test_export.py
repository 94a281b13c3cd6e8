"""`paragraf export`: every table of the warehouse — whatever migrations made
it — as Parquet that DuckDB, pandas and Polars read back with the warehouse's
row counts, and as CSV; and an OParl 1.1 view whose every object carries the
properties the specification requires, with its type URI."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import duckdb
import jsonschema
import pandas
import polars
import pytest

from extractors.record import extract_document
from extractors.entities.agreements import catalogue
from extractors.entities.sensitive import SECRET_TEXT
from pipeline.cli import main
from tests.conftest import CORPUS
from tests.test_sensitive import PERSONAL, planted_protokoll
from warehouse import synthetic
from warehouse.export import DERIVED_TABLES
from warehouse.load import Warehouse
from warehouse.search import rebuild_index

SCHEMA = "https://schema.oparl.org/1.1/"

# The properties an OParl 1.1 object of each type must carry (ZWINGEND).
# Transcribed from the specification: the "required" arrays of OParl/spec
# schema/<Type>.json at 1.1 (as the OParl 1.1 validator, konstin/
# oparl-validator-rs, generates them into src/schema.rs `get_required`), and
# from the 1.1 change note, OParl/spec src/1-09-änderungen-in-oparl-1-1.md:
# "Konkret sind `created` und `modified` in OParl 1.1 für alle Objekte zwingend".
ALWAYS = ("id", "type", "created", "modified")
REQUIRED = {
    "System": (*ALWAYS, "oparlVersion", "body"),
    "Body": (*ALWAYS, "name", "organization", "person", "meeting", "paper", "legislativeTerm"),
    "Organization": ALWAYS,
    "Person": ALWAYS,
    "Membership": ALWAYS,
    "Meeting": ALWAYS,
    "AgendaItem": ALWAYS,
    "Paper": ALWAYS,
    "Consultation": ALWAYS,
    "File": (*ALWAYS, "accessUrl"),
    "LegislativeTerm": ALWAYS,
    "Location": ALWAYS,
}


@pytest.fixture(scope="module")
def warehouse(tmp_path_factory) -> Path:
    """A protokoll and a kallelse of the sample corpus, the planted protokoll,
    300 synthetic items, and a table another part of paragraf might add."""
    folder = tmp_path_factory.mktemp("export")
    db = folder / "w.duckdb"
    with Warehouse(db) as wh:
        agreements = [(a.agreement_id, a.name, list(a.aliases)) for a in catalogue()]
        wh.sync_agreements(agreements)
        for pdf in (CORPUS / "svom-2025-03-07-protokoll.pdf", CORPUS / "svom-2023-05-26-kallelse.pdf",
                    planted_protokoll(folder / "planted.pdf")):
            wh.load_document(extract_document(pdf))
        synthetic.fill(wh, 300, agreements)
        wh.con.execute("CREATE TABLE extra_notes (item_id VARCHAR, note VARCHAR, tags VARCHAR[], weight DOUBLE)")
        wh.con.execute(
            """INSERT INTO extra_notes
               SELECT item_id, 'anteckning om ' || ? , [?, 'fri text'], 1.5 FROM items WHERE source = 'protokoll'""",
            [PERSONAL, PERSONAL])
        rebuild_index(wh)
    return db


def counts(db: Path) -> dict[str, int]:
    con = duckdb.connect(str(db), read_only=True)
    tables = [r[0] for r in con.execute("SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main'").fetchall()]
    found = {t: con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in tables if t not in DERIVED_TABLES}
    con.close()
    return found


def export(capsys, db: Path, fmt: str, folder: Path, *extra: str) -> str:
    assert main(["export", "--format", fmt, str(folder), "--db", str(db), *extra]) == 0
    return capsys.readouterr().out


def test_parquet_reads_back_in_duckdb_pandas_and_polars_with_every_row(warehouse, capsys, tmp_path):
    out = export(capsys, warehouse, "parquet", tmp_path)
    expected = counts(warehouse)
    assert {"documents", "pages", "items", "sensitive", "extra_notes"} <= set(expected)
    assert min(expected[t] for t in ("documents", "pages", "items", "participants", "sensitive")) > 0
    assert sorted(p.stem for p in tmp_path.glob("*.parquet")) == sorted(expected)
    con = duckdb.connect()
    for table, rows in expected.items():
        path = tmp_path / f"{table}.parquet"
        assert con.execute(f"SELECT count(*) FROM '{path}'").fetchone()[0] == rows, table
        assert len(pandas.read_parquet(path)) == rows, table
        assert polars.read_parquet(path).height == rows, table
    assert f"{len(expected)} tables, {sum(expected.values())} rows" in out


def test_csv_reads_back_with_every_row_and_column(warehouse, capsys, tmp_path):
    export(capsys, warehouse, "csv", tmp_path)
    con = duckdb.connect()
    stored = duckdb.connect(str(warehouse), read_only=True)
    for table, rows in counts(warehouse).items():
        path = tmp_path / f"{table}.csv"
        frame = pandas.read_csv(path)
        assert len(frame) == rows, table
        columns = [r[0] for r in stored.execute(f'DESCRIBE "{table}"').fetchall()]
        assert list(frame.columns) == columns, table
        assert con.execute(f"SELECT count(*) FROM read_csv('{path}', header = true)").fetchone()[0] == rows


def test_a_table_nobody_listed_is_exported_and_guarded_like_the_rest(warehouse, capsys, tmp_path):
    export(capsys, warehouse, "parquet", tmp_path)
    notes = duckdb.connect().execute(
        f"""SELECT n.note, n.tags, n.weight, i.title FROM '{tmp_path / "extra_notes.parquet"}' n
            JOIN '{tmp_path / "items.parquet"}' i USING (item_id)"""
    ).fetchall()
    secret = [row for row in notes if row[3] == "Placering av barn"]
    plain = [row for row in notes if row[3] != "Placering av barn"]
    assert secret and all(note == SECRET_TEXT for note, *_ in secret)
    assert plain and all(note == "anteckning om 19121212-****" and tags == ["19121212-****", "fri text"] and weight == 1.5
                         for note, tags, weight, _ in plain)


# ---------------------------------------------------------------- OParl


def oparl_objects(folder: Path) -> list[dict]:
    """Every object of every file of an OParl export, embedded ones included."""
    found = []

    def walk(value):
        if isinstance(value, dict):
            if str(value.get("type", "")).startswith(SCHEMA):
                found.append(value)
            for inner in value.values():
                walk(inner)
        elif isinstance(value, list):
            for inner in value:
                walk(inner)

    for path in sorted(folder.rglob("*.json")):
        walk(json.loads(path.read_text(encoding="utf-8")))
    return found


def test_every_oparl_object_carries_what_oparl_1_1_requires(warehouse, capsys, tmp_path):
    export(capsys, warehouse, "oparl", tmp_path)
    objects = oparl_objects(tmp_path / "oparl")
    kinds = {obj["type"].removeprefix(SCHEMA) for obj in objects}
    assert {"System", "Body", "Organization", "Person", "Membership", "Meeting", "AgendaItem", "Paper",
            "Consultation", "File"} <= kinds
    for obj in objects:
        kind = obj["type"].removeprefix(SCHEMA)
        assert kind in REQUIRED, obj["type"]
        missing = [name for name in REQUIRED[kind] if obj.get(name) in (None, "")]
        assert not missing, f"{kind} {obj.get('id')} lacks {missing}"
        assert obj["id"].startswith("http://127.0.0.1:8000/oparl/"), obj["id"]
        for stamp in ("created", "modified"):
            assert dt.datetime.fromisoformat(obj[stamp]).tzinfo is not None


def test_oparl_links_point_at_objects_of_the_export(warehouse, capsys, tmp_path):
    export(capsys, warehouse, "oparl", tmp_path, "--base-url", "https://example.org/ris/oparl/")
    root = tmp_path / "oparl"
    system = json.loads((root / "system.json").read_text())
    assert system["oparlVersion"] == SCHEMA and system["id"] == "https://example.org/ris/oparl/system"
    lists = {p.stem: json.loads(p.read_text())["data"] for p in (root / "body" / "paragraf").glob("*.json")}
    ids = {name: {obj["id"] for obj in objects} for name, objects in lists.items()}
    assert all(len(ids[name]) == len(objects) for name, objects in lists.items())  # no id twice in a list
    for meeting in lists["meetings"]:
        assert set(meeting["organization"]) <= ids["organizations"]
        assert {a["id"] for a in meeting["agendaItem"]} <= ids["agenda-items"]
        assert set(meeting.get("participant", [])) <= ids["people"]
    for item in lists["agenda-items"]:
        assert item["meeting"] in ids["meetings"]
    for membership in lists["memberships"]:
        assert membership["person"] in ids["people"] and membership["organization"] in ids["organizations"]
    for consultation in lists["consultations"]:
        assert consultation["paper"] in ids["papers"] and consultation["agendaItem"] in ids["agenda-items"]
    for file in lists["files"]:
        assert file["accessUrl"] == "https://example.org/ris/pdf/" + file["id"].rsplit("/", 1)[-1]
    assert all(obj["id"].startswith("https://example.org/ris/oparl/") for obj in oparl_objects(root))
    secret = [a for a in lists["agenda-items"] if a["name"] == "Placering av barn"]
    assert secret and all(a["public"] is False and a["resolutionText"] == SECRET_TEXT for a in secret)


def test_each_organisation_is_an_oparl_body_of_its_own(tmp_path, capsys):
    """Two kommuners' Kommunstyrelsen on one day and a meeting of no known
    organisation: three Bodies, each listing its own meetings, organizations,
    people, papers and files, every link pointing into its own Body."""
    from schemas.document import DocumentRecord, Kind, Page, Status, TextSource
    from schemas.meeting import Item, MeetingHeader, Participant, Role, Source

    def record(doc: str, organisation: str | None, organ: str = "Kommunstyrelsen") -> DocumentRecord:
        return DocumentRecord(
            document_id=doc * 64, source_path=f"in/{doc}.pdf", status=Status.OK, kind=Kind.PROTOKOLL, page_count=1,
            text_source=TextSource.TEXT,
            header=MeetingHeader(organ=organ, meeting_date=dt.date(2024, 5, 6), organisation=organisation),
            pages=[Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, text="sida")],
            items=[Item(source=Source.PROTOKOLL, number=1, title="Budget", case_number="2024/7", decision="Bifall.",
                        page_start=1, page_end=1)],
            participants=[Participant(name="Anna Berg", party="S", role=Role.CHAIR)],
        )

    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_documents([record("a", "Västeråsa kommun"), record("b", "Söderås kommun"),
                           record("c", None, organ="Sociala samrådet")])
    export(capsys, db, "oparl", tmp_path)
    root = tmp_path / "oparl"
    bodies = json.loads((root / "bodies.json").read_text())["data"]
    assert {b["id"].rsplit("/", 1)[-1]: b["name"] for b in bodies} == {
        "paragraf": "paragraf", "soderas-kommun": "Söderås kommun", "vasterasa-kommun": "Västeråsa kommun"}
    organizations = set()
    for body in bodies:
        key = body["id"].rsplit("/", 1)[-1]
        lists = {p.stem: json.loads(p.read_text())["data"] for p in (root / "body" / key).glob("*.json")}
        ids = {name: {obj["id"] for obj in objects} for name, objects in lists.items()}
        assert len(lists["meetings"]) == 1 and len(lists["files"]) == 1 and len(lists["papers"]) == 1
        assert body["meeting"].endswith(f"/body/{key}/meetings")
        for meeting in lists["meetings"]:
            assert set(meeting["organization"]) <= ids["organizations"] and set(meeting["participant"]) <= ids["people"]
        for membership in lists["memberships"]:
            assert membership["person"] in ids["people"] and membership["organization"] in ids["organizations"]
        for consultation in lists["consultations"]:
            assert consultation["paper"] in ids["papers"] and consultation["agendaItem"] in ids["agenda-items"]
        assert all(obj.get("body") == body["id"] for name in ("organizations", "people", "papers") for obj in lists[name])
        organizations |= ids["organizations"]
        for obj in oparl_objects(root / "body" / key):
            kind = obj["type"].removeprefix(SCHEMA)
            assert not [name for name in REQUIRED[kind] if obj.get(name) in (None, "")], obj["id"]
    assert len(organizations) == 3  # the two Kommunstyrelsen are two organizations
    assert "http://127.0.0.1:8000/oparl/organization/sociala-samradet" in organizations  # ids of 'paragraf' as before
    if OPARL_SCHEMAS.is_dir():  # the specification's own schema files, where this machine has them
        for obj in oparl_objects(root):
            schema = _oparl_schema(obj["type"].removeprefix(SCHEMA))
            assert not list(jsonschema.Draft4Validator(schema).iter_errors(obj)), obj["id"]


OPARL_SCHEMAS = Path("/work/shared/oparl-1.1-schema")


def _oparl_schema(name: str) -> dict:
    """<name>.json without the keys beyond JSON Schema Draft 4 (its README says to drop them)."""
    def plain(value):
        if isinstance(value, dict):
            return {k: plain(v) for k, v in value.items() if k not in ("references", "backreference", "schema")}
        if isinstance(value, list):
            return [plain(v) for v in value]
        return value

    return plain(json.loads((OPARL_SCHEMAS / f"{name}.json").read_text(encoding="utf-8")))
