"""The researcher's page in a real browser: headless Debian Chromium (the one
scripts/install installs; never a downloaded browser) driven by Playwright
against `paragraf serve`'s application on 127.0.0.1. Search 'avtal', open a
hit, see the PDF page with the item's title boxed where pdfplumber finds its
words, follow the LOSUS timeline across meetings.

Screenshots of each page go to a temporary folder; with
PARAGRAF_SCREENSHOTS=docs/screenshots they are written there, for the README.
"""

from __future__ import annotations

import os
from pathlib import Path

import pdfplumber
import pytest
from PIL import Image

from tests.conftest import CORPUS, REPO
from tests.webwarehouse import HOSTILE_TITLE, build, hostile_pdf, serving
from web.app import create_app

CHROMIUM = Path("/usr/bin/chromium")
if not CHROMIUM.exists():
    pytest.skip(f"{CHROMIUM} is missing: scripts/install installs Debian's chromium when run as root "
                "(apt-get install chromium); without it the browser tests cannot run", allow_module_level=True)
sync_api = pytest.importorskip("playwright.sync_api", reason="playwright is installed by scripts/install (test extra)")

FLAGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
         "--disable-component-update", "--disable-sync"]
PROTOKOLL = CORPUS / "svom-2025-03-07-protokoll.pdf"


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    folder = tmp_path_factory.mktemp("browser")
    broken = folder / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 cut off in the middle")
    db = build(folder / "w.duckdb", [*sorted(CORPUS.glob("*.pdf")), hostile_pdf(folder / "hostile.pdf"), broken])
    with serving(create_app(db)) as url:
        yield url


@pytest.fixture(scope="module")
def page(base, tmp_path_factory):
    with sync_api.sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=FLAGS)
        try:
            yield browser.new_page(viewport={"width": 1280, "height": 860}, base_url=base)
        finally:
            browser.close()


@pytest.fixture(scope="module")
def shots(tmp_path_factory):
    folder = tmp_path_factory.mktemp("screenshots")
    yield folder
    wanted = os.environ.get("PARAGRAF_SCREENSHOTS")
    if wanted:
        target = (REPO / wanted).resolve()
        target.mkdir(parents=True, exist_ok=True)
        for shot in folder.glob("*.png"):  # 128 colours: a fifth of the bytes, for the repository
            Image.open(shot).convert("RGB").quantize(colors=128).save(target / shot.name, optimize=True)


def words_of(pdf: Path, page_no: int, phrase: str) -> list[tuple[float, float, float, float]]:
    """Each place `phrase` stands on a page, as pdfplumber reads its words: (x0, top, x1, bottom) in points."""
    wanted = phrase.split()
    with pdfplumber.open(pdf) as document:
        words = document.pages[page_no - 1].extract_words()
    found = []
    for i in range(len(words) - len(wanted) + 1):
        run = words[i:i + len(wanted)]
        if [w["text"] for w in run] == wanted:
            found.append((min(w["x0"] for w in run), min(w["top"] for w in run),
                          max(w["x1"] for w in run), max(w["bottom"] for w in run)))
    return found


def encloses(box, words, slack: float = 2.0) -> bool:
    """`box` holds the words (within `slack` points: glyph boxes and font boxes
    differ, and the outline is drawn around the box) and is no bigger than a
    heading around them could be (a § label on a line of its own above the
    title may be inside it)."""
    holds = (box[0] <= words[0] + slack and box[1] <= words[1] + slack
             and box[2] >= words[2] - slack and box[3] >= words[3] - slack)
    height, width = words[3] - words[1], words[2] - words[0]
    return holds and box[3] - box[1] <= 4 * height and box[2] - box[0] <= 1.5 * width + 20


def page_width(pdf: Path, page_no: int) -> float:
    with pdfplumber.open(pdf) as document:
        return float(document.pages[page_no - 1].width)


def test_search_open_a_hit_see_its_box_on_the_pdf_page_and_follow_the_agreement(page, shots):
    page.goto("/")
    page.screenshot(path=shots / "meetings.png")
    page.fill("form.filters input[name=q]", "avtal")
    page.click("form.filters button[type=submit]")
    page.wait_for_url("**/search?q=avtal*")
    assert page.locator("li.hit").count() >= 5 and page.locator("li.hit mark").count() >= 5
    page.screenshot(path=shots / "search.png")

    page.locator("a.hit-title", has_text="Avtal LOSUS").first.click()
    page.wait_for_url("**/item/**")
    assert "Avtal LOSUS" in page.locator("h1").inner_text()
    image = page.locator("figure.page img")
    page.wait_for_function("() => { const i = document.querySelector('figure.page img'); return i.complete && i.naturalWidth > 0; }")
    page_no = int(page.locator("p.pages strong").inner_text())
    assert page.locator("a.open-pdf").get_attribute("href").endswith(f"#page={page_no}")

    # the box drawn over the image, in PDF points, against where pdfplumber reads the title's words
    # the title's own box when the warehouse recorded one (field_boxes), else the heading's, else the one found
    titled = page.locator("rect.box-title")
    drawn_box = titled.first if titled.count() else page.locator("rect.box-heading").first
    shown, box = image.bounding_box(), drawn_box.bounding_box()
    scale = shown["width"] / page_width(PROTOKOLL, page_no)
    drawn = ((box["x"] - shown["x"]) / scale, (box["y"] - shown["y"]) / scale,
             (box["x"] + box["width"] - shown["x"]) / scale, (box["y"] + box["height"] - shown["y"]) / scale)
    places = words_of(PROTOKOLL, page_no, "Avtal LOSUS")
    assert places, "the title is on the page shown"
    assert any(encloses(drawn, p) for p in places), (drawn, places)
    page.screenshot(path=shots / "item.png")

    pdf = page.request.get(page.locator("a.open-pdf").get_attribute("href").split("#")[0])
    assert pdf.status == 200 and pdf.headers["content-type"] == "application/pdf"
    assert pdf.body() == PROTOKOLL.read_bytes()

    page.locator("a[href='/agreement/losus']").click()
    page.wait_for_url("**/agreement/losus")
    steps = page.locator("ol.timeline li.step")
    assert steps.count() >= 2
    dates = [steps.nth(i).locator(".when").inner_text().split()[0] for i in range(steps.count())]
    assert len(set(dates)) >= 2 and dates == sorted(dates)
    page.screenshot(path=shots / "agreement.png")

    steps.first.locator("a.step-title").click()  # the oldest decision, another meeting
    page.wait_for_url("**/item/**")
    assert "LOSUS" in page.locator("h1").inner_text() and dates[0] in page.locator("p.meta").first.inner_text()
    page.wait_for_function("() => { const i = document.querySelector('figure.page img'); return i.complete && i.naturalWidth > 0; }")

    page.locator("p.meta a").first.click()
    page.wait_for_url("**/meeting/**")
    assert page.locator("ol.agenda li").count() > 5
    page.screenshot(path=shots / "meeting.png")

    page.goto("/ingest")
    assert page.locator("table.failed tr").count() == 2  # its header, and the broken file with its sentence
    page.screenshot(path=shots / "ingest.png")


def test_a_script_in_a_title_is_text_in_the_browser(page, base):
    page.goto("/search?q=budget")
    page.locator("a.hit-title").first.click()
    page.wait_for_url("**/item/**")
    assert HOSTILE_TITLE in page.locator("h1").inner_text()
    assert page.title() == f"{HOSTILE_TITLE} · paragraf"  # the script never ran (it would have set "owned")
    assert page.locator("script").count() == 0 and page.locator("h1 b").count() == 0
    assert page.locator("img[src=x]").count() == 0
