"""What a document says about its own version (a revision, the date it was
attested) decides between two documents of one meeting stored together."""

from __future__ import annotations

import datetime as dt

from extractors.record import extract_document
from schemas.document import Kind, Status
from warehouse.load import Warehouse

from tests.pdfmaker import meeting_pages, render

BODY = [
    "§ 1 Val av justerare",
    "Beslut",
    "Anna Berg utses att justera protokollet.",
    "§ 2 Budget",
    "Beslut",
    "Nämnden godkänner en reviderad plan för budgeten.",  # body text: about something else
]


def protokoll(tmp_path, name: str, extra_head: list[str]):
    pages = meeting_pages(
        "Sammanträdesprotokoll", "Kommunstyrelsen",
        ["Sammanträdesdatum 2021-11-03", *extra_head], [BODY, BODY],
        running_header="Kommunstyrelsen  Sammanträdesprotokoll",
    )
    return extract_document(render(tmp_path / name, pages))


def test_a_protokoll_states_its_revision_and_attestation_and_body_text_does_not_count(tmp_path):
    plain = protokoll(tmp_path, "plain.pdf", [])
    attested = protokoll(tmp_path, "attested.pdf", ["Justeringens plats och tid: Stadshuset 2021-11-10"])
    revised = protokoll(tmp_path, "revised.pdf", ["Reviderad version 2", "Justeringens plats och tid: Stadshuset 2021-11-10"])
    assert all(r.status is Status.OK and r.kind is Kind.PROTOKOLL and r.items for r in (plain, attested, revised))
    assert (plain.revision, plain.attested_on) == (0, None)
    assert (attested.revision, attested.attested_on) == (0, dt.date(2021, 11, 10))
    assert (revised.revision, revised.attested_on) == (2, dt.date(2021, 11, 10))

    def winner(records) -> str:
        with Warehouse(tmp_path / "w.duckdb") as wh:
            wh.con.execute("DELETE FROM documents; DELETE FROM items")
            wh.load_documents(records)
            (doc_id,) = wh.con.execute("SELECT DISTINCT document_id FROM current_items").fetchone()
        return doc_id

    orders = [[plain, attested, revised], [revised, attested, plain], [attested, revised, plain]]
    assert {winner(order) for order in orders} == {revised.document_id}
    assert {winner(order) for order in ([plain, attested], [attested, plain])} == {attested.document_id}


def test_a_kallelse_states_no_attestation(tmp_path):
    pages = meeting_pages("Kallelse", "Socialnämnden", ["Tid: 2022-02-25 kl. 13.00", "Justerat 2022-03-01"],
                          [["1. Mötet öppnas", "2. Val av justerare"]])
    record = extract_document(render(tmp_path / "k.pdf", pages))
    assert record.kind is Kind.KALLELSE and record.attested_on is None
