"""Corpora the measuring tools render: long meeting-like PDFs of any number
of pages (`render_pages`) and a scale corpus of N documents made from the
sample PDFs, their dates and bodies varied (`scale_corpus`)."""

from __future__ import annotations

import re
from pathlib import Path


def render_pages(path: Path, pages: int, body: str = "Socialnämnden", first: int = 0, date: str | None = None) -> Path:
    """A meeting-like PDF of `pages` dense pages (dated `date`, else a day in March 2024 from `first`)."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.set_auto_page_break(False)
    pdf.core_fonts_encoding = "windows-1252"
    for n in range(pages):
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 14)
        pdf.text(60, 60, f"Kallelse {body}" if n == 0 else f"{body} {date or f'2024-03-{1 + first % 28:02d}'}")
        pdf.set_font("Helvetica", "", 10)
        for k in range(40):
            pdf.text(60, 100 + 17 * k, f"{k + 1}. Ärende {first + n}-{k}: nämnden föreslås besluta om 12 000 kronor "
                                       "enligt samverkansavtalet.")
    pdf.output(str(path))
    return path


_ISO_DATE = re.compile(r"\b(19|20)(\d\d)-(\d\d)-(\d\d)\b")


def _page_segments(pdf: Path) -> list[tuple[float, float, list[tuple[float, float, float, bool, str]]]]:
    """Each page of a PDF as (width, height, segments): x, baseline, size, bold, text."""
    from extractors.reading import layout
    from extractors.reading.backends import get_backend

    out = []
    for raw in get_backend().pages(pdf):
        segments = []
        for line in layout.chars_to_lines(raw.chars):
            for seg in line.segments:
                size = max(w.size for w in seg)
                baseline = max(w.bottom for w in seg) - 0.21 * size
                segments.append((seg[0].x0, baseline, size, sum(w.bold for w in seg) * 2 > len(seg),
                                 " ".join(w.text for w in seg)))
        out.append((raw.width, raw.height, segments))
    return out


def scale_corpus(sample: list[Path], folder: Path, documents: int) -> list[Path]:
    """`documents` PDFs re-rendered from the sample PDFs' words at their
    places, sizes and weights (fpdf2, Helvetica), document k from sample
    k mod n, its ISO dates moved back k mod 20 years and its body numbered, so
    every file is distinct and dated differently. A folder that already holds
    them (same count) is reused."""
    from fpdf import FPDF

    folder.mkdir(parents=True, exist_ok=True)
    wanted = [folder / f"{k:05d}-{sample[k % len(sample)].stem}.pdf" for k in range(documents)]
    if all(p.exists() for p in wanted):
        return wanted
    pages = {pdf: _page_segments(pdf) for pdf in sample}
    for k, path in enumerate(wanted):
        if path.exists():
            continue
        years = k % 20

        def vary(text: str) -> str:
            moved = _ISO_DATE.sub(lambda m: f"{int(m.group(1) + m.group(2)) - years}-{m.group(3)}-{m.group(4)}", text)
            return moved.encode("cp1252", "replace").decode("cp1252")

        pdf = FPDF(unit="pt")
        pdf.set_auto_page_break(False)
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_title(f"paragraf scale corpus, document {k}")
        for width, height, segments in pages[sample[k % len(sample)]]:
            pdf.add_page(format=(width, height))
            for x, baseline, size, bold, text in segments:
                pdf.set_font("Helvetica", "B" if bold else "", max(size, 1.0))
                pdf.text(x, baseline, vary(text))
        partial = path.with_suffix(".part")
        pdf.output(str(partial))
        partial.replace(path)
    return wanted
