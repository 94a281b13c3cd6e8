"""current_items answers the same whatever order, and in however many runs,
the documents of one meeting were loaded: the newest is read from the
documents (a revision or correction, then the justering date, then the PDF's
own modification date, then the document id), never from load order or time."""

from __future__ import annotations

import datetime as dt
import itertools

from schemas.document import DocumentRecord, Kind, Page, Status, TextSource
from schemas.meeting import Item, MeetingHeader, Source
from warehouse.load import Warehouse

MEETING = dt.date(2024, 5, 6)


def minutes(doc_id: str, revision: int = 0, attested_on: dt.date | None = None,
            kind: Kind = Kind.PROTOKOLL, date: dt.date = MEETING, modified: dt.datetime | None = None) -> DocumentRecord:
    return DocumentRecord(
        document_id=doc_id * 64,
        source_path=f"in/{doc_id}.pdf",
        status=Status.OK,
        kind=kind,
        page_count=1,
        text_source=TextSource.TEXT,
        header=MeetingHeader(organ="Socialnämnden", meeting_date=date),
        pages=[Page(page_no=1, width=595, height=842, text_source=TextSource.TEXT, text="sida")],
        items=[Item(source=Source(kind.value), number=1, title=f"Ärende ur {doc_id}", page_start=1, page_end=1)],
        revision=revision,
        attested_on=attested_on,
        pdf_modified_at=modified,
    )


def current(wh: Warehouse) -> list[tuple]:
    return wh.con.execute(
        "SELECT meeting_id, source, left(document_id, 1) FROM current_items ORDER BY ALL").fetchall()


def load_in_groups(path, records: list[DocumentRecord], group: int) -> list[tuple]:
    """Load in this order, `group` documents per transaction, each record made
    just before (as extraction finishing in this order would make them)."""
    with Warehouse(path) as wh:
        for start in range(0, len(records), group):
            now = dt.datetime.now()
            wh.load_documents([r.model_copy(update={"ingested_at": now}) for r in records[start:start + group]])
        return current(wh)


def the_set() -> list[DocumentRecord]:
    """Three renderings of one protokoll, two of one kallelse, two of another meeting."""
    other = dt.date(2024, 6, 1)
    return [minutes("a"), minutes("b"), minutes("c"), minutes("d", kind=Kind.KALLELSE),
            minutes("e", kind=Kind.KALLELSE), minutes("f", date=other), minutes("9", date=other)]


def test_the_same_documents_loaded_in_other_orders_and_groups_give_the_same_answers(tmp_path):
    answers = set()
    records = the_set()
    for n, (order, group) in enumerate(itertools.product(
            [records, records[::-1], records[3:] + records[:3], records[1::2] + records[::2]], [1, 3, 16])):
        answers.add(tuple(load_in_groups(tmp_path / f"w{n}.duckdb", order, group)))
    assert len(answers) == 1
    (answer,) = answers
    # one document per meeting and source; with nothing else to tell them apart, the smallest id
    assert answer == (("socialnamnden/2024-05-06", "kallelse", "d"), ("socialnamnden/2024-05-06", "protokoll", "a"),
                      ("socialnamnden/2024-06-01", "protokoll", "9"))


def test_among_documents_stored_together_a_revision_then_a_later_attestation_wins(tmp_path):
    for n, order in enumerate(itertools.permutations([
            minutes("a"), minutes("b", attested_on=dt.date(2024, 5, 8)), minutes("c", attested_on=dt.date(2024, 5, 20))])):
        assert load_in_groups(tmp_path / f"j{n}.duckdb", list(order), 1)[0][2] == "c"
    for n, order in enumerate(itertools.permutations([
            minutes("a", revision=2), minutes("b", revision=1, attested_on=dt.date(2024, 6, 1)), minutes("c")])):
        assert load_in_groups(tmp_path / f"r{n}.duckdb", list(order), 2)[0][2] == "a"


def test_a_later_load_is_not_newer_and_a_later_modification_date_is(tmp_path):
    path = tmp_path / "w.duckdb"
    with Warehouse(path) as wh:
        wh.load_document(minutes("b", revision=3))
    with Warehouse(path) as wh:  # a later ingest of a plain protokoll: the revision stays current
        wh.load_document(minutes("c"))
        assert current(wh)[0][2] == "b"
    early, late = dt.datetime(2024, 5, 9, 8), dt.datetime(2024, 5, 10, 8)
    records = [minutes("a", modified=early), minutes("e", modified=late), minutes("9")]
    for n, order in enumerate([records, records[::-1], records[1:] + records[:1]]):
        # one run per document, in every order: the later modification date wins, then a date over none
        path = tmp_path / f"mod{n}.duckdb"
        for record in order:
            with Warehouse(path) as wh:
                wh.load_document(record)
        with Warehouse(path) as wh:
            assert current(wh)[0][2] == "e"


def test_a_correction_is_current_in_every_load_order(tmp_path):
    records = [minutes("a", attested_on=dt.date(2024, 5, 20), modified=dt.datetime(2024, 6, 1)),
               minutes("b", revision=1, attested_on=dt.date(2024, 5, 10)), minutes("c")]
    for n, (order, group) in enumerate([(records, 1), (records[::-1], 1), (records[1:] + records[:1], 3)]):
        assert load_in_groups(tmp_path / f"c{n}.duckdb", list(order), group)[0][2] == "b"


def test_a_meetings_times_and_place_are_the_same_whatever_order_its_documents_arrived_in(tmp_path):
    def stating(doc_id: str, kind: Kind, start: str | None, location: str | None) -> DocumentRecord:
        record = minutes(doc_id, kind=kind)
        return record.model_copy(update={"header": MeetingHeader(
            organ="Socialnämnden", meeting_date=MEETING, start_time=start, location=location)})

    records = [stating("c", Kind.KALLELSE, "13:00", "Sal A"), stating("a", Kind.PROTOKOLL, "13:15", None),
               stating("b", Kind.PROTOKOLL, None, "Sal B")]
    rows = set()
    for n, order in enumerate(itertools.permutations(records)):
        for group in (1, 3):
            with Warehouse(tmp_path / f"m{n}-{group}.duckdb") as wh:
                for start in range(0, 3, group):
                    wh.load_documents(list(order[start:start + group]))
                rows.add(wh.con.execute("SELECT start_time, end_time, location FROM meetings").fetchone())
    # per field, a protokoll stored with a kallelse speaks first; among protokoll, the smallest id
    assert rows == {("13:15", None, "Sal B")}
    path = tmp_path / "later.duckdb"
    with Warehouse(path) as wh:
        wh.load_document(records[0])
    with Warehouse(path) as wh:  # stored by a later ingest: the same as stored together
        wh.load_documents(records[1:])
        assert wh.con.execute("SELECT start_time, end_time, location FROM meetings").fetchone() == ("13:15", None, "Sal B")
