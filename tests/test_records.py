"""A record is checked before it reaches the writer, the writer isolates the
documents it cannot hold, and documents loaded with problems are counted and
listed."""

from __future__ import annotations

import datetime as dt
import json
import random
import shutil
from decimal import Decimal
from pathlib import Path

import duckdb
import pytest
from pydantic import ValidationError

from extractors.record import consistent_parts, extract_document
from pipeline.cli import main
from pipeline.summary import FileOutcome, IngestSummary
from schemas.document import DocumentRecord, Kind, Page, Problem, Status, TextSource, record_faults
from schemas.meeting import AgreementMention, Amount, Attachment, Item, ItemDate, MeetingHeader, Precision, Source
from warehouse.load import Warehouse

from tests.conftest import CORPUS

VARIED = Path(__file__).resolve().parent.parent / "corpus-varied"
WORD_EXPORTED_AGENDAS = ("svom-2022-02-25-kallelse--wordexport.pdf", "svom-2023-05-26-kallelse--wordexport.pdf")


def item(number: int, start: int = 1, end: int = 1, **more) -> Item:
    return Item(source=Source.KALLELSE, number=number, title=f"Ärende {number}", page_start=start, page_end=end, **more)


def amount(item_number: int | None, page_no: int = 1) -> Amount:
    return Amount(item_number=item_number, page_no=page_no, value_sek=Decimal("1000.00"), raw="1 tkr", context="1 tkr.")


def mention(item_number: int | None, page_no: int = 1) -> AgreementMention:
    return AgreementMention(agreement_id="new:x", name="X-avtalet", item_number=item_number, page_no=page_no,
                            surface="X-avtalet", in_decision=False)


def when(item_number: int) -> ItemDate:
    return ItemDate(item_number=item_number, date=dt.date(2022, 9, 1), raw="hösten 2022", context="…",
                    precision=Precision.PERIOD)


def agenda(pages: int = 3, **parts) -> DocumentRecord:
    return DocumentRecord(
        document_id="a" * 64, source_path="in/kallelse.pdf", status=Status.OK, kind=Kind.KALLELSE,
        page_count=pages, text_source=TextSource.TEXT,
        header=MeetingHeader(organ="Socialnämnden", meeting_date=dt.date(2024, 5, 6)),
        pages=[Page(page_no=n, width=595, height=842, text_source=TextSource.TEXT, text="") for n in range(1, pages + 1)],
        **parts,
    )


@pytest.mark.parametrize(("parts", "fault"), [
    ({"items": [item(1)], "item_dates": [when(11)]}, "item 11, which the record does not hold"),
    ({"items": [item(1)], "amounts": [amount(7)]}, "item 7, which the record does not hold"),
    ({"items": [item(1)], "agreement_mentions": [mention(2)]}, "item 2, which the record does not hold"),
    ({"items": [item(1), item(1, 2, 2)]}, "item keys are unique"),
    ({"items": [item(1, 2, 5)]}, "spans pages 2-5 of 3"),
    ({"items": [item(1, attachments=[Attachment(title="Bilaga", page_start=9)])]}, "attachment of item 1"),
    ({"items": [item(1, presenters=["  "])]}, "presenter without a name"),
    ({"amounts": [amount(None, page_no=4)]}, "page 4 of 3"),
    ({"problems": [Problem(page_no=8, message="x")]}, "page 8 of 3"),
])
def test_a_record_the_warehouse_could_not_hold_is_refused_with_the_reason(parts, fault):
    with pytest.raises(ValidationError, match=fault):
        agenda(**parts)


def test_a_consistent_record_is_accepted_with_parts_outside_any_item():
    record = agenda(items=[item(1), item(2, 2, 3)], amounts=[amount(None), amount(2, 3)],
                    agreement_mentions=[mention(None, 2)], item_dates=[when(1)])
    assert record_faults(record) == []


def test_extraction_repairs_what_a_record_cannot_hold_and_says_so():
    parts = consistent_parts(
        3,
        [item(1), item(2, 2, 9, attachments=[Attachment(title="Bilaga", page_start=7)]), item(2, 3, 3)],
        [amount(1), amount(11, 2), amount(11, 3), amount(None, 5)],
        [mention(11, 2), mention(None, 1)],
        [when(1), when(11), when(12)],
        [Problem(page_no=6, message="a problem noted beyond the end")],
    )
    record = agenda(**parts)  # loads: nothing left the writer could trip on
    assert [(i.number, i.page_start, i.page_end) for i in record.items] == [(1, 1, 1), (2, 2, 3)]
    assert record.items[1].attachments[0].page_start is None
    assert [a.item_number for a in record.amounts] == [1, None, None]  # kept, outside any item; page 5 dropped
    assert [m.item_number for m in record.agreement_mentions] == [None, None]
    assert [d.item_number for d in record.item_dates] == [1]
    said = " | ".join(p.message for p in record.problems)
    for words in ("2 amounts, 1 agreement mention and 1 date were read under item 11",
                  "1 date was read under item 12", "item 2 ('Ärende 2') was read a second time",
                  "spanning pages 2-9 of a 3-page document", "attachment of item 2", "pages 5",
                  "noted on page 6 of 3"):
        assert words in said
    with Warehouse(":memory:") as wh:
        assert wh.load_document(record).status is Status.OK


def test_whatever_extraction_hands_over_the_repair_yields_a_record_the_writer_loads(tmp_path):
    """Random parts, most of them inconsistent: every repaired record validates
    and loads. They are loaded as an ingest's writer loads what arrives
    together, in groups (of a random size, the first document alone): a
    document the writer could not hold comes back failed from its group."""
    rng = random.Random(11)
    records = []
    for n in range(150):
        pages = rng.randint(1, 6)
        numbers = [rng.randint(0, 8) for _ in range(rng.randint(0, 6))]
        items = []
        for number in numbers:
            start = rng.randint(1, pages + 3)
            items.append(item(number, start, start + rng.randint(0, 3), presenters=rng.choice([[], ["Ann Berg"], [" "]]),
                              attachments=[Attachment(title="B", page_start=rng.choice([None, 1, pages + 2]))]))
        key = lambda: rng.choice([None, *range(0, 10)])  # noqa: E731
        page = lambda: rng.randint(1, pages + 2)  # noqa: E731
        parts = consistent_parts(
            pages, items,
            [amount(key(), page()) for _ in range(rng.randint(0, 5))],
            [mention(key(), page()) for _ in range(rng.randint(0, 5))],
            [when(rng.randint(0, 9)) for _ in range(rng.randint(0, 5))],
            [Problem(page_no=rng.choice([None, page()]), message="p")],
        )
        records.append(agenda(pages, **parts).model_copy(update={"document_id": f"{n:064x}"}))
    groups, start = [records[:1]], 1  # the first alone, the rest in groups of 1 to 20
    while start < len(records):
        size = rng.randint(1, 20)
        groups.append(records[start:start + size])
        start += size
    with Warehouse(tmp_path / "w.duckdb") as wh:
        for group in groups:
            for record in wh.load_documents(group):
                assert record.status is Status.OK, (record.error, record_faults(record))
        stored = wh.con.execute("SELECT count(*), count(*) FILTER (WHERE status = 'ok') FROM documents").fetchone()
    assert stored == (150, 150)


def test_the_word_exported_agendas_load_with_all_their_items(tmp_path):
    """The two agendas that used to stop the writer (a date under an item not among the items)."""
    with Warehouse(tmp_path / "w.duckdb") as wh:
        for name in WORD_EXPORTED_AGENDAS:
            record = extract_document(VARIED / name)
            assert record.status is Status.OK and record.items, record.error
            assert record_faults(record) == []
            assert wh.load_document(record).status is Status.OK
            gold = json.loads((VARIED / name.replace(".pdf", ".gold.json")).read_text(encoding="utf-8"))
            numbers = wh.con.execute(
                "SELECT list(number ORDER BY number) FROM items WHERE document_id = ?", [record.document_id]).fetchone()[0]
            assert numbers == sorted(i["number"] for i in gold["items"])
        stored = wh.con.execute("SELECT count(*), count(DISTINCT status) FROM documents").fetchone()
    assert stored == (2, 1)


def test_a_bug_in_reading_amounts_keeps_the_items(monkeypatch):
    from extractors import entities

    def broken(*_args, **_kwargs):
        raise RuntimeError("a bug")

    monkeypatch.setattr(entities, "read_entities", broken)
    record = extract_document(CORPUS / "svom-2025-03-07-protokoll.pdf")
    assert record.status is Status.OK and len(record.items) == 14 and record.amounts == []
    assert any("amounts, agreements and dates could not be read" in p.message for p in record.problems)


# ---------------------------------------------------------------- the writer isolates documents


@pytest.fixture
def two_files(tmp_path) -> Path:
    folder = tmp_path / "in"
    folder.mkdir()
    for name in ("svom-2025-03-07-protokoll.pdf", "tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"):
        shutil.copy(CORPUS / name, folder / name)
    return folder


def test_a_document_the_writer_cannot_load_fails_alone_and_the_ingest_says_so(two_files, tmp_path, monkeypatch, capsys):
    monkeypatch.delenv("PREFECT_API_URL", raising=False)
    original = Warehouse._stage_entities

    def staging_that_breaks_on_the_protokoll(self, record, item_ids):
        if record.status is Status.OK and record.source_path.endswith("protokoll.pdf"):
            raise KeyError(99)  # as an entity under an item the record lacks once did
        return original(self, record, item_ids)

    monkeypatch.setattr(Warehouse, "_stage_entities", staging_that_breaks_on_the_protokoll)
    db = tmp_path / "w.duckdb"
    status = main(["ingest", str(two_files), "--db", str(db), "--workers", "1", "--engine", "local"])
    out, err = capsys.readouterr()
    assert status == 1
    assert "Traceback" not in out + err
    assert "ingested 1 / skipped 0 / failed 1 files" in out
    assert "failed [internal]:" in err and "svom-2025-03-07-protokoll.pdf" in err
    con = duckdb.connect(str(db), read_only=True)
    rows = {Path(p).name: rest for p, *rest in con.execute(
        "SELECT source_path, status, error_code, error, (SELECT count(*) FROM pages p WHERE p.document_id = d.document_id)"
        " FROM documents d").fetchall()}
    items = con.execute("SELECT count(*) FROM items").fetchone()[0]
    con.close()
    status_, code, error, pages = rows["svom-2025-03-07-protokoll.pdf"]
    assert (status_, code, pages) == ("failed", "internal", 0)
    assert "svom-2025-03-07-protokoll.pdf" in error and "KeyError" in error
    assert rows["tjansteskrivelse-samarbetsavtal-minimaria-2023.pdf"][:2] == ["ok", None]
    assert items == 0  # the protokoll's items were not half-stored (the tjänsteskrivelse has none)

    monkeypatch.setattr(Warehouse, "_stage_entities", original)  # fixed: the next run reads it again
    assert main(["ingest", str(two_files), "--db", str(db), "--workers", "1", "--engine", "local"]) == 0
    assert "ingested 1 / skipped 1 / failed 0 files" in capsys.readouterr().out


# ---------------------------------------------------------------- partial loads are visible


def test_the_summary_counts_documents_loaded_with_problems():
    summary = IngestSummary()
    summary.add(FileOutcome.from_record(agenda(problems=[Problem(page_no=2, message="no rows on this page")])))
    summary.add(FileOutcome.from_record(agenda()))
    summary.add(FileOutcome(path="x.pdf", document_id="b" * 64, outcome="skipped"))
    assert summary.line().startswith("ingested 2 (1 with problems) / skipped 1 / failed 0 files")
    dumped = json.loads(summary.model_dump_json())
    assert (dumped["ok"], dumped["with_problems"], dumped["skipped"], dumped["failed"]) == (2, 1, 1, 0)
    assert [f["problems"] for f in dumped["files"]] == [1, 0, 0]


def test_paragraf_problems_lists_file_page_and_sentence(tmp_path, capsys):
    db = tmp_path / "w.duckdb"
    with Warehouse(db) as wh:
        wh.load_document(agenda(problems=[Problem(page_no=2, message="no numbered agenda rows recognised on this page"),
                                          Problem(message="read from a repaired copy")]))
        wh.load_document(agenda().model_copy(update={"document_id": "b" * 64, "source_path": "in/clean.pdf"}))
    assert main(["problems", "--db", str(db)]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0].startswith("in/kallelse.pdf (kallelse, 2024-05-06, Socialnämnden): 2 problems")
    assert out[1].split() == ["–", "read", "from", "a", "repaired", "copy"]
    assert out[2].split()[:3] == ["p.", "2", "no"]
    assert out[-1] == "1 document loaded with problems, 2 problems"
    assert main(["problems", "--db", str(db), "--json"]) == 0
    listed = json.loads(capsys.readouterr().out)
    assert [(p["source_path"], p["page_no"], p["message"][:8]) for p in listed] == [
        ("in/kallelse.pdf", None, "read fro"), ("in/kallelse.pdf", 2, "no numbe")]
    assert main(["problems", "--db", str(tmp_path / "none.duckdb")]) == 2
