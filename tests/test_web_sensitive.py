"""The personal data guard on the researcher's page: a protokoll with a valid
personnummer in a § decision (on page 2, where the `sensitive` table records
its box) and an item marked secret (§ 3, on page 3) is served, and the number
never appears in any page's HTML or JSON, the secret item's text is withheld,
the number's box is painted over on the page image, the secret page's image
is withheld and the PDF is refused — and all of it is shown by a server
started with --include-sensitive. A number whose Luhn check fails is shown
as it is."""

from __future__ import annotations

import io
import warnings
from pathlib import Path

import duckdb
import pytest
from PIL import Image, ImageStat

with warnings.catch_warnings():  # starlette asks for httpx2 in its test client; httpx is what the lock has
    warnings.simplefilter("ignore")
    from starlette.testclient import TestClient

from extractors.entities.sensitive import SECRET_TEXT
from tests.pdfmaker import Sheet
from tests.test_sensitive import COORDINATION, NOT_LUHN, PERSONAL
from tests.webwarehouse import build
from web.app import create_app
from web.pdfpages import SCALE

LOCAL = "http://127.0.0.1"


def protokoll(path: Path) -> Path:
    """Minutes whose § 2 decides on an applicant named by personnummer (and
    cites a reference whose check digit is wrong), and whose § 3, on a page
    of its own, is marked secret and names a child by samordningsnummer;
    §§ 2 and 3 concern LOSUS."""
    sheet = Sheet()
    sheet.line((60, "Protokoll"), size=16, bold=True, gap=22)
    sheet.line((60, "Socialnämnden"), size=12, gap=20)
    sheet.line((60, "Sammanträdesdatum", True), (200, "2024-03-12"))
    sheet.line((60, "Plats och tid", True), (200, "Kommunhuset kl. 09:00-12:00"))
    sheet.line((60, "Beslutande ledamöter", True), (200, "Eva Nord (V) (ordförande)"))
    sheet.line((60, "Sekreterare", True), (200, "Kim Dahl"))
    sheet.new_page()

    def paragraph(number: int, title: str, parts: list[tuple[str, list[str]]]) -> None:
        sheet.space(12).line((60, f"§ {number}", True), (140, f"Dnr SN 2024/{number}", False), size=11, gap=18)
        sheet.line((60, title), size=11, bold=True)
        for label, lines in parts:
            sheet.space(4).line((60, label), bold=True)
            for line in lines:
                sheet.line((60, line))

    paragraph(1, "Val av justerare", [("Beslut", ["Per Ek (S) utses att justera protokollet."])])
    paragraph(2, "Ansökan om bistånd", [
        ("Sammanfattning", ["En ansökan om bistånd har kommit in."]),
        ("Beslut", [f"Nämnden beviljar bistånd enligt LOSUS-avtalet till sökande {PERSONAL}.",
                    f"Referensnummer {NOT_LUHN} avser en tidigare ansökan."]),
    ])
    sheet.new_page()
    paragraph(3, "Placering av barn", [
        ("Sammanfattning", ["Sekretess enligt OSL 26 kap. 1 §",
                            f"Ärendet gäller ett enskilt barn med samordningsnummer {COORDINATION}."]),
        ("Beslut", ["Nämnden beslutar om placering enligt LOSUS-avtalet för det enskilda barnet."]),
    ])
    return sheet.render(path)


@pytest.fixture(scope="module")
def served(tmp_path_factory) -> dict:
    folder = tmp_path_factory.mktemp("web-sensitive")
    db = build(folder / "w.duckdb", [protokoll(folder / "planted.pdf")])
    with duckdb.connect(str(db), read_only=True) as con:
        items = dict(con.execute("SELECT number, item_id FROM items WHERE source = 'protokoll'").fetchall())
        (meeting,) = con.execute("SELECT DISTINCT meeting_id FROM items WHERE meeting_id IS NOT NULL").fetchall()
        number = con.execute("""SELECT document_id, page_no, x0, top, x1, bottom FROM sensitive
                                WHERE kind = 'personnummer'""").fetchone()
        secret_page = con.execute("SELECT page_start FROM items WHERE item_id = ?", [items[3]]).fetchone()[0]
    return {"db": db, "items": items, "meeting": meeting[0], "number": number, "secret_page": secret_page,
            "guarded": TestClient(create_app(db), base_url=LOCAL),
            "open": TestClient(create_app(db, include_sensitive=True), base_url=LOCAL)}


def every_page(served: dict, client: TestClient) -> str:
    """Every page of the warehouse, in HTML and JSON, as one text."""
    urls = ["/", "/search?q=beviljar", "/search?q=barn", "/search?q=referensnummer", "/search?q=placering",
            f"/meeting/{served['meeting']}", "/agreement/LOSUS", "/ingest",
            *(f"/item/{item}" for item in served["items"].values())]
    texts = []
    for url in urls:
        for answer in (client.get(url), client.get(url, params={"format": "json"})):
            assert answer.status_code == 200, url
            texts.append(answer.text)
    return "\n".join(texts)


def test_no_page_shows_the_numbers_or_the_secret_text_unless_the_server_includes_them(served):
    assert served["number"] is not None and served["number"][2] is not None, "the planted number has a box"
    guarded = every_page(served, served["guarded"])
    assert PERSONAL not in guarded and COORDINATION not in guarded
    assert "19121212-****" in guarded and NOT_LUHN in guarded  # masked; a number failing Luhn as it is
    assert "Placering av barn" in guarded and "beslutar om placering" not in guarded and SECRET_TEXT in guarded
    shown = every_page(served, served["open"])
    assert PERSONAL in shown and COORDINATION in shown and "beslutar om placering" in shown
    assert "19121212-****" not in shown and SECRET_TEXT not in shown


def test_the_secret_item_keeps_its_title_and_withholds_its_text_and_page(served):
    item = served["guarded"].get(f"/item/{served['items'][3]}", params={"format": "json"}).json()
    assert item["title"] == "Placering av barn" and item["decision"] == SECRET_TEXT and item["secret"]
    assert item["page"]["file"] == "withheld" and "--include-sensitive" in item["page"]["message"]
    html = served["guarded"].get(f"/item/{served['items'][3]}").text
    assert "sekretessmarkerad" in html and "<img" not in html
    shown = served["open"].get(f"/item/{served['items'][3]}", params={"format": "json"}).json()
    assert "placering" in shown["decision"] and shown["page"]["file"] == "ok" and "secret" not in shown
    hits = served["guarded"].get("/search", params={"q": "barn", "format": "json"}).json()["hits"]
    assert hits and all(h["excerpt"] == SECRET_TEXT for h in hits)


def darkness(png: bytes, box: tuple[float, float, float, float]) -> float:
    """How dark the image is inside a box in PDF points (0 white, 255 black)."""
    image = Image.open(io.BytesIO(png)).convert("L")
    x0, top, x1, bottom = (round(v * SCALE) for v in box)
    return 255 - ImageStat.Stat(image.crop((x0, top, x1, bottom))).mean[0]


def test_the_page_image_has_the_number_painted_over(served):
    document_id, page_no, *box = served["number"]
    url = f"/page/{document_id}/{page_no}.png"
    guarded, shown = served["guarded"].get(url), served["open"].get(url)
    assert guarded.status_code == shown.status_code == 200
    assert darkness(guarded.content, box) > 250  # opaque
    assert darkness(shown.content, box) < 200  # the number's glyphs on white paper
    assert darkness(guarded.content, box) - darkness(shown.content, box) > 60
    # the rest of the page is the same: the heading of § 1 above the box
    heading = (60, 20, 300, box[1] - 40)
    assert darkness(guarded.content, heading) == pytest.approx(darkness(shown.content, heading))


def test_the_secret_page_image_and_the_pdf_are_refused_with_a_sentence(served):
    document_id = served["number"][0]
    page = f"/page/{document_id}/{served['secret_page']}.png"
    refused = served["guarded"].get(page)
    assert refused.status_code == 403 and "--include-sensitive" in refused.json()["error"]
    assert served["open"].get(page).status_code == 200
    pdf = served["guarded"].get(f"/pdf/{document_id}")
    assert pdf.status_code == 403 and "start paragraf serve with --include-sensitive" in pdf.json()["error"]
    served_pdf = served["open"].get(f"/pdf/{document_id}")
    assert served_pdf.status_code == 200 and served_pdf.content.startswith(b"%PDF")
    item = served["guarded"].get(f"/item/{served['items'][2]}")
    assert "--include-sensitive" in item.text and item.status_code == 200
