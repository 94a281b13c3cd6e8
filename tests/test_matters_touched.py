"""Matters settled for what a load touched (warehouse/matters.py,
`_settle_touched`) are the matters a settle of everything gives: random
warehouses of bodies that cite each other's §§ (by name, by an abbreviation
some document defines, by initials, with and without a date), diarienummer
shared across bodies and organisations, underlag, revisions that supersede an
earlier protokoll, documents read again with other content and documents that
move to another organisation's meeting are loaded in batches, each batch's
matters settled from what it touched and compared, row for row, with every
matter derived again from every stored row; and the current documents the
writer keeps (018) with the ranking the view made before."""

from __future__ import annotations

import datetime as dt
import random

import pytest

from schemas.document import DocumentRecord, Kind, Page, Status, TextSource
from schemas.matters import BodyAlias, CaseNumber, Reference
from schemas.meeting import Item, MeetingHeader, Source
from warehouse import load
from warehouse.load import Warehouse
from warehouse.matters import settle_matters

BODIES = [("Kommunstyrelsen", "KS"), ("Tekniska nämnden", "TN"), ("Socialnämnden", "SN"), ("Barn- och utbildningsnämnden", "BUN")]
DAYS = [dt.date(2024, 1, 8) + dt.timedelta(days=9 * k) for k in range(3)]
CASES = ["KS 2024/1", "KS 2024/2", "TN 2024/7", "2024/12", "2024/13", None, None, None]
ORGANISATIONS = [None, None, "Exempelby kommun", "Andraby kommun"]


def _references(rng: random.Random, items: list[int]) -> list[Reference]:
    found = []
    for _ in range(rng.choice([0, 1, 2, 3, 4])):
        name, short = rng.choice(BODIES)
        body = rng.choice([name, short, short, "Ärendet " + name])
        date = rng.choice(DAYS + [None])
        paragraph = rng.randint(1, 4)
        found.append(Reference(item_number=rng.choice(items + [None]) if items else None, page_no=1, body=body,
                               short=short if body == name and rng.random() < 0.3 else None, meeting_date=date,
                               paragraph=paragraph, raw=f"{body} {date} § {paragraph}", context="enligt beslut"))
    return found


def random_record(rng: random.Random, doc: str, stamp: int) -> DocumentRecord:
    """One document: a protokoll, a kallelse or an underlag of a random body, day and organisation."""
    organ, short = rng.choice(BODIES)
    kind = rng.choice([Kind.PROTOKOLL, Kind.PROTOKOLL, Kind.PROTOKOLL, Kind.KALLELSE, Kind.UNDERLAG])
    day = rng.choice(DAYS)
    numbers = [] if kind is Kind.UNDERLAG else sorted(rng.sample(range(1, 5), rng.randint(1, 4)))
    items = [Item(source=Source(kind.value), number=n, title=f"Ärende {n} ur {doc}", page_start=1, page_end=1,
                  case_number=rng.choice(CASES), decision=f"Beslut {n} ({doc}, {stamp})" if kind is Kind.PROTOKOLL else None,
                  proposal=f"Förslag {n}")
             for n in numbers]
    case = rng.choice(CASES) if kind is Kind.UNDERLAG else None
    return DocumentRecord(
        document_id=doc * 64,
        source_path=f"in/{doc}-{stamp}.pdf",
        status=Status.OK,
        kind=kind,
        page_count=1,
        text_source=TextSource.TEXT,
        ingested_at=dt.datetime(2026, 1, 1) + dt.timedelta(minutes=stamp),
        header=MeetingHeader(organ=organ, meeting_date=day, organisation=rng.choice(ORGANISATIONS)),
        pages=[Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, text="sida")],
        items=items,
        participants=[],
        case_number=CaseNumber(raw=case, normal=case) if case else None,
        references=_references(rng, numbers),
        body_aliases=[BodyAlias(short=short, name=organ, page_no=1)] if rng.random() < 0.2 else [],
        revision=rng.choice([0, 0, 0, 1, 2]),
        attested_on=rng.choice([None, day + dt.timedelta(days=3)]),
    )


def _matters(con) -> list[tuple]:
    return sorted(con.execute("SELECT * EXCLUDE (node) FROM matters").fetchall(), key=repr)


def _resolved(con) -> list[tuple]:
    return sorted(con.execute("SELECT document_id, position, target_organ, target_item_id FROM matter_references").fetchall(),
                  key=repr)


def _ranked_as_before(con) -> list[tuple]:
    """current_documents as the view of 017 ranked it, over every item."""
    return sorted(con.execute("""
        SELECT meeting_id, source, document_id FROM (
            SELECT DISTINCT i.meeting_id, i.source, d.document_id, d.revision, d.attested_on, d.posted_on, d.pdf_modified_at
            FROM items i JOIN documents d USING (document_id)
            WHERE d.status = 'ok' AND i.meeting_id IS NOT NULL)
        QUALIFY dense_rank() OVER (PARTITION BY meeting_id, source ORDER BY coalesce(revision, 0) DESC,
            attested_on DESC NULLS LAST, posted_on DESC NULLS LAST, pdf_modified_at DESC NULLS LAST, document_id) = 1
    """).fetchall())


@pytest.mark.parametrize("seed", [1, 2, 3, 4, 5, 6])
def test_matters_settled_from_what_each_load_touched_are_those_of_a_settle_of_everything(tmp_path, monkeypatch, seed):
    rng = random.Random(seed)
    ways = []
    original = load.settle_matters
    monkeypatch.setattr(load, "settle_matters", lambda con, touched=None, **kw: ways.append(touched is not None)
                        or original(con, touched, **kw))
    names = [f"{k:x}" for k in range(14)]
    with Warehouse(tmp_path / "w.duckdb") as wh:
        stamp = 0
        for batch in range(7):
            records = []
            for doc in rng.sample(names, rng.randint(1, 4)):  # new documents, and documents read again
                stamp += 1
                records.append(random_record(rng, doc, stamp))
            wh.load_documents(records, settle=False)
            wh.settle_matters(if_stale=True)
            assert wh.matter_fault is None
            assert sorted(wh.con.execute("SELECT * FROM current_documents").fetchall()) == _ranked_as_before(wh.con)
            touched = (_matters(wh.con), _resolved(wh.con))
            wh.con.execute("BEGIN TRANSACTION")
            settle_matters(wh.con)  # every matter derived again from every stored row
            everything = (_matters(wh.con), _resolved(wh.con))
            wh.con.execute("ROLLBACK")
            assert touched == everything, (f"batch {batch}: only settled from what was touched "
                                           f"{sorted(set(touched[0]) - set(everything[0]), key=repr)[:3]}, "
                                           f"{sorted(set(touched[1]) - set(everything[1]), key=repr)[:3]}; only whole "
                                           f"{sorted(set(everything[0]) - set(touched[0]), key=repr)[:3]}, "
                                           f"{sorted(set(everything[1]) - set(touched[1]), key=repr)[:3]}")
        assert ways[0] is False and all(ways[1:])  # the first settle derives everything, the rest what was touched
        assert wh.con.execute("SELECT count(*) FROM matters").fetchone()[0] > 0
        assert wh.con.execute("SELECT count(*) FROM matter_references WHERE target_item_id IS NOT NULL").fetchone()[0] > 0


def test_documents_written_without_a_load_are_settled_whole(tmp_path, monkeypatch):
    """A document row the loads did not note (written by other means) makes
    the fingerprint disagree with what they noted: everything is settled."""
    rng = random.Random(9)
    ways = []
    original = load.settle_matters
    monkeypatch.setattr(load, "settle_matters", lambda con, touched=None, **kw: ways.append(touched is not None)
                        or original(con, touched, **kw))
    with Warehouse(tmp_path / "w.duckdb") as wh:
        wh.load_documents([random_record(rng, "a", 1), random_record(rng, "b", 2)])
        wh.load_documents([random_record(rng, "c", 3)])
        wh.con.execute("DELETE FROM documents WHERE document_id = ?", ["b" * 64])
        wh.load_documents([random_record(rng, "d", 4)])
        assert ways == [False, True, False]


def test_a_warehouse_of_schema_17_migrates_to_the_same_current_documents_and_matters(tmp_path, monkeypatch):
    """A warehouse written before 018 and 019 (taken back by pipeline.bench.crash.DOWN) is
    migrated when a writer opens it: the same current documents and items at once, the same
    matters after its first settle (of everything: its matters have no nodes), and the next
    load's settle of what it touched agrees with a settle of everything."""
    from pipeline.bench.crash import older

    rng = random.Random(4)
    db, old = tmp_path / "w.duckdb", tmp_path / "old.duckdb"

    def state(con) -> tuple:
        return (sorted(con.execute("SELECT * FROM current_documents").fetchall()),
                sorted(con.execute("SELECT item_id, document_id FROM current_items").fetchall()),
                _matters(con), _resolved(con))

    with Warehouse(db) as wh:
        stamp = 0
        for _ in range(4):
            records = []
            for doc in rng.sample([f"{k:x}" for k in range(12)], 3):
                stamp += 1
                records.append(random_record(rng, doc, stamp))
            wh.load_documents(records)
        expected = state(wh.con)
    assert older(old, db, back_to=18) == 17
    ways = []
    original = load.settle_matters
    monkeypatch.setattr(load, "settle_matters", lambda con, touched=None, **kw: ways.append(touched is not None)
                        or original(con, touched, **kw))
    with Warehouse(old) as wh:
        assert wh.schema_version() >= 19
        assert state(wh.con)[:2] == expected[:2]
        wh.settle_matters(if_stale=True)
        assert state(wh.con) == expected
        wh.load_documents([random_record(rng, "e", 99), random_record(rng, "f", 100)])
        touched = (_matters(wh.con), _resolved(wh.con))
        wh.con.execute("BEGIN TRANSACTION")
        settle_matters(wh.con)
        everything = (_matters(wh.con), _resolved(wh.con))
        wh.con.execute("ROLLBACK")
    assert touched == everything
    assert ways == [False, True]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_a_read_snapshot_takes_the_rows_each_settle_rewrote_and_equals_the_warehouse(tmp_path, monkeypatch, seed):
    """The settles of what each load touched note their rows by key (020,
    `settled_keys`), not `matters` and `matter_references` whole: each
    publish brings the staging copy up to date from those keys (never a copy
    of the file from the third publish on, when a staging copy of this
    lineage exists) and the snapshot then holds exactly the main file's rows,
    table by table."""
    import duckdb

    from warehouse import snapshot

    monkeypatch.setenv("PARAGRAF_SNAPSHOT_SYNC_MB", "0")  # brought up to date whatever the file's size
    rng = random.Random(seed)
    names = [f"{k:x}" for k in range(14)]
    db = tmp_path / "w.duckdb"
    hows = []
    with Warehouse(db) as wh:
        stamp = 0
        for batch in range(7):
            records = []
            for doc in rng.sample(names, rng.randint(1, 4)):
                stamp += 1
                records.append(random_record(rng, doc, stamp))
            wh.load_documents(records, settle=False)
            wh.settle_matters(if_stale=True)
            published = snapshot.publish(wh, incremental=True)
            hows.append(published.how)
            tables = [t for (t,) in wh.con.execute(
                "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND NOT temporary").fetchall()]
            main = {t: sorted(wh.con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
            with duckdb.connect(str(snapshot.snapshot_path(db)), read_only=True) as con:
                copy = {t: sorted(con.execute(f'SELECT * FROM "{t}"').fetchall(), key=repr) for t in tables}
            assert copy == main, f"batch {batch}: " + ", ".join(t for t in tables if copy[t] != main[t])
        written = dict(wh.con.execute("SELECT name, write_seq FROM write_log").fetchall())
        keys = wh.con.execute("SELECT count(*), count(DISTINCT (name, key)) FROM settled_keys").fetchone()
    assert hows[2:] == ["synced"] * 5
    assert written["matters"] < written["matters_pending"]  # the first settle alone noted matters whole
    assert keys[0] == keys[1] > 0  # one row a key settled since
