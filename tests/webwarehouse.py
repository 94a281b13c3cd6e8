"""Warehouses and a live server for the tests of `paragraf serve`: PDFs read
in this process (no worker processes) and loaded, the search index built, and
the application run by uvicorn on a free port of 127.0.0.1 in a thread."""

from __future__ import annotations

from pathlib import Path

from extractors.record import extract_document
from extractors.entities.agreements import catalogue
from tests.pdfmaker import Sheet
from warehouse.load import Warehouse
from warehouse.search import rebuild_index
from pipeline.bench.pages import running

HOSTILE_TITLE = '<script>document.title="owned"</script> Budget <b>2024</b>'
HOSTILE_DECISION = 'Nämnden beslutar <img src=x onerror="document.title=1"> enligt förslaget.'


def build(db: Path, pdfs: list[Path]) -> Path:
    """A warehouse holding `pdfs`, with its search index."""
    with Warehouse(db) as wh:
        wh.sync_agreements((a.agreement_id, a.name, list(a.aliases)) for a in catalogue())
        for pdf in pdfs:
            wh.load_document(extract_document(pdf))
        rebuild_index(wh)
    return db


def hostile_pdf(path: Path) -> Path:
    """Minutes whose § title and decision hold markup and a script."""
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "2024-03-12"))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.space(12)
    sheet.line((60, "§ 1"), size=12, bold=True, gap=20)
    sheet.line((60, HOSTILE_TITLE), size=12, bold=True, gap=17)
    sheet.space(4).line((60, "Beslut"), bold=True)
    sheet.line((60, HOSTILE_DECISION))
    sheet.line((60, "Paragrafen är justerad"))
    return sheet.render(path)


serving = running  # the page's server in a thread, as `paragraf bench pages` runs it
