"""A generated document (generated_content.Document) as a PDF with fpdf2, in
the layout its factors name: numbering, heading placement, header form, field
labels, roll, font, size, weight and columns. Text is real text (core fonts in
WinAnsi, DejaVuSans as an embedded TrueType font).

A small flow places blocks (paragraphs and table rows) down one or two columns
and onto new pages; a block that does not fit goes to the next column, and a
paragraph taller than a column is split between its lines.
"""

from __future__ import annotations

import dataclasses
import random
from dataclasses import dataclass
from pathlib import Path

from fpdf import FPDF
from fpdf.enums import MethodReturnValue

from pipeline.bench.generated_content import Document, Group, Item, Person, long_date, ttf_font

LEFT, RIGHT, TOP, BOTTOM = 20.0, 190.0, 18.0, 280.0
GUTTER = 8.0


class _Pdf(FPDF):
    running: str | None = None
    issuer: str = ""
    page_style: str = ""
    small: tuple[str, float] = ("Helvetica", 8)

    def header(self) -> None:
        if self.running:
            self.set_font(self.small[0], "", self.small[1])
            self.set_xy(LEFT, 8)
            self.cell(RIGHT - LEFT, 4, self.running)
            self.line(LEFT, 13, RIGHT, 13)

    def footer(self) -> None:
        if self.issuer:
            self.set_font(self.small[0], "", self.small[1])
            self.set_xy(LEFT, 287)
            self.cell(RIGHT - LEFT, 4, self.issuer)
        if self.page_style:
            self.set_font(self.small[0], "", self.small[1])
            self.set_xy(LEFT, 287)
            self.cell(RIGHT - LEFT, 4, self.page_style.replace("{n}", str(self.page_no())), align="R")


@dataclass
class Style:
    family: str
    size: float
    bold_headings: bool

    @property
    def line(self) -> float:
        return self.size * 0.46


class Flow:
    """Blocks down the page: full width, or in columns once `columns()` is called."""

    def __init__(self, pdf: _Pdf, style: Style, ncols: int):
        self.pdf, self.style, self.ncols = pdf, style, ncols
        self.in_columns, self.col = False, 0
        self.page_top = TOP + (6 if pdf.running else 0)
        pdf.add_page()
        self.y = self.col_top = self.page_top

    @property
    def width(self) -> float:
        full = RIGHT - LEFT
        return (full - GUTTER * (self.ncols - 1)) / self.ncols if self.in_columns else full

    @property
    def x(self) -> float:
        return LEFT + (self.col * (self.width + GUTTER) if self.in_columns else 0)

    def columns(self) -> None:
        self.in_columns, self.col, self.col_top = self.ncols > 1, 0, self.y

    def _next(self) -> None:
        if self.in_columns and self.col < self.ncols - 1:
            self.col += 1
            self.y = self.col_top
        else:
            self.pdf.add_page()
            self.col = 0
            self.y = self.col_top = self.page_top

    def _font(self, bold: bool, size: float | None = None) -> None:
        self.pdf.set_font(self.style.family, "B" if bold else "", size or self.style.size)

    def keep(self, lines: int) -> None:
        """Start the next column unless `lines` body lines fit (a heading is not left at a page's foot)."""
        if self.y + lines * self.style.line + 3 > BOTTOM and self.y > self.col_top:
            self._next()

    def gap(self, mm: float) -> None:
        if self.y > self.col_top:
            self.y += mm

    def para(self, text: str, bold: bool = False, size: float | None = None, indent: float = 0.0,
             gap: float = 1.0, markdown: bool = False, align: str = "L") -> None:
        if not text:
            return
        self.gap(gap)
        self._font(bold, size)
        line = (size or self.style.size) * 0.46
        width = self.width - indent
        lines = self.pdf.multi_cell(width, line, text, dry_run=True, output=MethodReturnValue.LINES, markdown=markdown)
        if not self.pdf.is_ttf_font:  # the lines come back in the core font's encoding
            lines = [ln.encode("latin-1").decode("cp1252") for ln in lines]
        if markdown and self.y + len(lines) * line > BOTTOM:
            self._next()
        while lines:
            fit = max(0, int((BOTTOM - self.y) // line))
            if fit == 0 or (markdown and fit < len(lines)):
                self._next()
                continue
            chunk, lines = lines[:fit], lines[fit:]
            self.pdf.set_xy(self.x + indent, self.y)
            self.pdf.multi_cell(width, line, text if markdown else "\n".join(chunk), markdown=markdown, align=align)
            self.y += len(chunk) * line
            if lines:
                self._next()

    def fitting(self, fractions: list[float], rows: list[list[tuple[str, bool]]], border: bool,
                labels: int = 1) -> tuple[list[float], float]:
        """Column fractions, and a font size, that hold every row's cells: the
        first `labels` cells ('§ 10') whole, the others' longest word. A narrow
        column (a table in one of two columns) takes what it lacks from the one
        with most to spare, which wraps between words; when that is not enough
        the table is set smaller, down to 7 pt, as documents set their tables.
        No document breaks a word inside, unhyphenated, at a cell's edge
        ('Nordströ' over 'm'), and the gold would not say so."""
        pad = 1.2 if border else 0.0
        size = self.style.size
        while True:
            need = [0.0] * len(fractions)
            for cells in rows:
                for i, (text, bold) in enumerate(cells[: len(fractions)]):
                    self._font(bold, size)
                    words = [text or ""] if i < labels else (text or "").split()
                    longest = max((self.pdf.get_string_width(w) for w in words), default=0.0)
                    need[i] = max(need[i], longest + 2 * pad + 2 * self.pdf.c_margin + 0.5)
            if sum(need) <= self.width or size <= 7.0:
                break
            size -= 0.5
        widths = [f * self.width for f in fractions]
        for i in range(len(widths)):
            lack = need[i] - widths[i]
            donor = max(range(len(widths)), key=lambda j: widths[j] - need[j])
            if lack > 0 and donor != i and widths[donor] - need[donor] >= lack:
                widths[donor] -= lack
                widths[i] = need[i]
        return [w / self.width for w in widths], size

    def row(self, cells: list[tuple[str, bool]], fractions: list[float], border: bool = False, gap: float = 0.0,
            size: float | None = None) -> None:
        """A table row (or a margin column): cells side by side, kept together."""
        self.gap(gap)
        pad = 1.2 if border else 0.0
        widths = [f * self.width for f in fractions]
        line = (size or self.style.size) * 0.46
        heights = []
        for (text, bold), w in zip(cells, widths):
            self._font(bold, size)
            n = len(self.pdf.multi_cell(w - 2 * pad, line, text or " ", dry_run=True, output=MethodReturnValue.LINES))
            heights.append(n * line + 2 * pad)
        height = max(heights)
        if self.y + height > BOTTOM:
            self._next()
        x = self.x
        for (text, bold), w in zip(cells, widths):
            self._font(bold, size)
            if text:
                self.pdf.set_xy(x + pad, self.y + pad)
                self.pdf.multi_cell(w - 2 * pad, line, text, align="L")
            if border:
                self.pdf.rect(x, self.y, w, height)
            x += w
        self.y += height


# ---------------------------------------------------------------- how things are printed


def person_line(person: Person) -> str:
    text = person.name + (f" ({person.party})" if person.party else "")
    text += f", {person.organization}" if person.organization else ""
    return text + (f", {person.mark}" if person.mark else "")


def person_inline(person: Person) -> str:
    text = person.name + (f" ({person.party})" if person.party else "")
    text += f" ({person.mark})" if person.mark else ""
    return text + (f" ({person.organization})" if person.organization else "")


def roll_text(group: Group, form: str) -> str:
    if form == "inline":
        return ", ".join(person_inline(p) for p in group.people)
    return "\n".join(person_line(p) for p in group.people)


def clock_text(time: str, separator: str) -> str:
    return time.replace(":", separator)


def presenter_names(people: list[Person]) -> str:
    names = [p.name for p in people]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " och " + names[-1]


class Renderer:
    def __init__(self, doc: Document):
        self.doc, self.f = doc, doc.factors
        self.rng = random.Random("render:" + doc.file)
        self.clock = self.rng.choice((".", ":", "."))  # '18.00' or '18:00', the same throughout a document
        pdf = _Pdf(unit="mm", format="A4")
        pdf.set_auto_page_break(False)
        pdf.core_fonts_encoding = "windows-1252"
        pdf.set_creator("paragraf generated bench")
        family = self.f["font"]
        if family == "DejaVuSans":
            regular = ttf_font()
            bold = regular.with_name("DejaVuSans-Bold.ttf")
            pdf.add_font("DejaVuSans", "", str(regular))
            pdf.add_font("DejaVuSans", "B", str(bold if bold.is_file() else regular))
        size = float(self.f["size"])
        pdf.small = (family, max(7.0, size - 2))
        pdf.page_style = self.rng.choice(("Sida {n} av {nb}", "{n} ({nb})", "{n}/{nb}", ""))
        self.pdf = pdf
        self.style = Style(family, size, self.f["heading_weight"] == "bold")
        self.date_iso = doc.date.isoformat() if doc.date else ""

    @property
    def hb(self) -> bool:
        return self.style.bold_headings

    def render(self, path: Path) -> int:
        if self.f["header"] == "running_header":
            self.pdf.running = f"{self.doc.organ or self.doc.organisation}    {self.doc.title}    {self.date_iso}"
        flow = Flow(self.pdf, self.style, 2 if self.f["columns"] == "two" else 1)
        if self.doc.kind == "underlag":
            self.underlag(flow)
        else:
            self.header(flow)
            flow.columns()
            if self.f["header"] != "label_table":
                self.roll(flow)
            self.items(flow)
            self.signatures(flow)
        self.pdf.output(str(path))
        return self.pdf.page_no()

    # ------------------------------------------------------------ header

    def when(self) -> str:
        """The meeting's date and times as printed in a header line."""
        doc = self.doc
        time = "" if doc.times_in_text else f" kl. {clock_text(doc.start, self.clock)}" + (
            f"–{clock_text(doc.end, self.clock)}" if doc.end else "")
        date = self.rng.choice((self.date_iso, long_date(doc.date), long_date(doc.date, weekday=True)))
        return date + time

    def header(self, flow: Flow) -> None:
        doc, form = self.doc, self.f["header"]
        big = self.style.size + 3
        if form == "label_table":
            flow.para(doc.organisation, bold=True)
            flow.para(doc.title.upper() if self.rng.random() < 0.5 else doc.title, bold=True, size=big, gap=2)
            flow.para(doc.organ, bold=True, gap=1)
            if doc.kind == "protokoll":
                flow.para(f"Sammanträdesdatum {self.date_iso}", gap=1)
            flow.gap(3)
            rows, border = self.header_rows(), self.rng.random() < 0.7
            for label, value in rows:
                flow.row([(label, True), (value, False)], [0.3, 0.7], border=border)
        elif form == "running_header":
            flow.para(doc.organisation, bold=True)
            flow.para(doc.title, bold=True, size=big, gap=2)
            self.time_place_lines(flow, with_date=False)
        elif form == "title_line":
            if doc.factors["body"] == "association":
                flow.para(doc.organisation, bold=True)
                if doc.title.endswith("protokoll") and self.rng.random() < 0.5:  # 'Årsmötesprotokoll 2024'
                    flow.para(f"{doc.title} {doc.date.year}", bold=True, size=big, gap=2)
                    self.time_place_lines(flow, with_date=True)
                    return
                flow.para(f"{doc.title} {self.date_iso}", bold=True, size=big, gap=2)
            else:
                flow.para(f"{doc.title} {doc.organ} {self.date_iso}", bold=True, size=big)
                if random.Random(doc.file).random() < 0.5:  # the issuer in the footer (own draw: the rest of the document stays as it was)
                    self.pdf.issuer = doc.organisation
                else:  # or in a logo image only: nowhere in the text
                    doc.organisation_printed = False
            self.time_place_lines(flow, with_date=False)
        else:
            flow.para(doc.organisation, bold=True)
            flow.para(self.prose_header(), gap=3)
        flow.gap(3)

    def time_place_lines(self, flow: Flow, with_date: bool) -> None:
        doc = self.doc
        if with_date:
            flow.para(f"Datum: {self.rng.choice((self.date_iso, long_date(doc.date)))}", gap=2)
        if not doc.times_in_text:
            span = clock_text(doc.start, self.clock) + (f"–{clock_text(doc.end, self.clock)}" if doc.end else "")
            flow.para(f"Tid: kl. {span}" if self.rng.random() < 0.5 else f"Tid: {span}", gap=2)
        flow.para(f"Plats: {doc.location}", gap=1)

    def prose_header(self) -> str:
        doc, rng = self.doc, self.rng
        time = "" if doc.times_in_text else f" kl. {clock_text(doc.start, self.clock)}" + (f"–{clock_text(doc.end, self.clock)}" if doc.end else "")
        date = long_date(doc.date, weekday=True) if rng.random() < 0.5 else f"den {long_date(doc.date)}"
        if doc.factors["body"] != "association":
            organ_lower = doc.organ[0].lower() + doc.organ[1:] if doc.factors["body"] == "municipal" else doc.organ
            if doc.kind == "kallelse":
                return f"{doc.organ} kallas till sammanträde {date}{time} i {doc.location}."
            return f"Protokoll fört vid sammanträde med {organ_lower} {date}{time} i {doc.location}."
        if doc.kind == "kallelse":
            what = doc.title.removeprefix("Kallelse till ") if doc.title.startswith("Kallelse") else "möte"
            who = "Styrelsens ledamöter" if doc.organ == "Styrelsen" else "Medlemmarna"
            return f"{who} i {doc.organisation} kallas härmed till {what} {date}{time} i {doc.location}."
        title = doc.title if doc.title.startswith(("Protokoll", "Utdrag")) else "Protokoll fört vid årsmöte"
        return f"{title} i {doc.organisation} {date}{time} i {doc.location}."

    def header_rows(self) -> list[tuple[str, str]]:
        doc = self.doc
        when = self.when()
        rows = [("Plats och tid", f"{doc.location}, {when}")] if self.rng.random() < 0.6 else [
            ("Tid", when), ("Plats", doc.location)]
        form = self.f["roll"]
        rows += [(g.heading, roll_text(g, form)) for g in doc.groups]
        if doc.kind == "protokoll":
            if doc.justerare:
                rows.append(("Utses att justera", presenter_names(doc.justerare)))
            rows.append(("Justeringens plats och tid", f"{doc.location.split(',')[0]}, {long_date(doc.date)}"))
            if doc.signatures:
                rows.append(("Underskrifter", "\n".join(f"{h}  {p.name}" for h, p in doc.signatures)))
            numbers = [i.label for i in doc.items if not i.parent_label]
            if numbers:  # a protokoll drawn with no item states no range
                rows.append(("Paragrafer", f"{numbers[0]}–{numbers[-1]}" if len(numbers) > 1 else numbers[0]))
        return rows

    def roll(self, flow: Flow) -> None:
        form = self.f["roll"]
        for group in self.doc.groups:
            if form == "inline":
                flow.para(f"{group.heading}: {roll_text(group, form)}", gap=1.5)
            else:
                flow.para(group.heading, bold=self.hb, gap=2)
                flow.para(roll_text(group, form), gap=0.5)
        if self.doc.groups:
            flow.gap(3)

    def signatures(self, flow: Flow) -> None:
        if not self.doc.signatures or self.f["header"] == "label_table":
            return
        flow.gap(6)
        for heading, person in self.doc.signatures:
            flow.para(heading, bold=self.hb, gap=3)
            flow.para("......................................", gap=3)
            flow.para(person.name, gap=0.5)

    # ------------------------------------------------------------ items

    def items(self, flow: Flow) -> None:
        doc = self.doc
        heading = self.f["heading"]
        if doc.kind == "kallelse" and self.rng.random() < 0.6:
            flow.para(self.rng.choice(("Ärenden", "Föredragningslista", "Dagordning")), bold=True, size=self.style.size + 1, gap=2)
        self.fractions: list[float] = []
        self.cell_size: float | None = None
        if heading == "table_row":
            head = [("Nr", True), ("Ärende", True), ("Föredragande", True), ("Tid", True)][: len(self.table_widths())]
            self.fractions, self.cell_size = flow.fitting(
                self.table_widths(), [head] + [self.table_cells(i) for i in doc.items], border=True)
            flow.row(head, self.fractions, border=True, gap=2, size=self.cell_size)
        elif heading == "margin":
            self.fractions, self.cell_size = flow.fitting(
                [0.16, 0.84], [[(i.label, self.hb), (i.title, self.hb)] for i in doc.items], border=False)
        for item in doc.items:
            self.item(flow, item)

    def table_cells(self, item: Item) -> list[tuple[str, bool]]:
        time = clock_text(item.time, self.clock) if item.time else ""
        cells = [(item.label, False), (item.title, self.hb),
                 (presenter_names(item.presenters) if item.presenters and not item.presenter_in_text else "", False), (time, False)]
        return cells[: len(self.table_widths())]

    def table_widths(self) -> list[float]:
        """Nr | Ärende | Föredragande | Tid; the time column only where an item has a time."""
        wide = max(len(i.label) for i in self.doc.items) > 6
        if any(i.time for i in self.doc.items):
            return [0.22, 0.42, 0.22, 0.14] if wide else [0.14, 0.48, 0.24, 0.14]
        return [0.22, 0.50, 0.28] if wide else [0.14, 0.56, 0.30]

    def item(self, flow: Flow, item: Item) -> None:
        heading, rng = self.f["heading"], self.rng
        body = self.body(item)
        indent = 0.0
        gap = 2.0 if not item.parent_label else 1.2
        flow.keep(4 if heading in ("next_line", "table_row") else 3)
        if heading == "table_row":
            flow.row(self.table_cells(item), self.fractions, border=True, size=self.cell_size)
        elif heading == "margin":
            flow.row([(item.label, self.hb), (item.title, self.hb)], self.fractions, gap=gap + 1, size=self.cell_size)
            indent = self.fractions[0] * flow.width
        elif heading == "next_line":
            flow.para(item.label, bold=self.hb, gap=gap + 1)
            flow.para(item.title, bold=self.hb, gap=0.5)
        elif heading == "run_in" and body and body[0][1] is False and not any(m in body[0][0] + item.title for m in ("**", "__", "--", "~~")):
            first, _ = body.pop(0)
            sep = rng.choice((". ", ": ")) if not item.title.endswith((".", "?")) else " "
            if self.hb:
                flow.para(f"**{item.label} {item.title}{sep.strip()}** {first}", markdown=True, gap=gap + 1)
            else:
                flow.para(f"{item.label} {item.title}{sep}{first}", gap=gap + 1)
        else:  # same_line, or a run-in heading with nothing to run into
            flow.para(f"{item.label} {item.title}", bold=self.hb, gap=gap + 1)
        for text, bold in body:
            flow.para(text, bold=bold, indent=indent, gap=1.5 if bold else 0.6)

    def body(self, item: Item) -> list[tuple[str, bool]]:
        """The item's text as (paragraph, is-a-label) in the document's label style."""
        level, rng, doc = self.f["labels"], self.rng, self.doc
        out: list[tuple[str, bool]] = []
        table = self.f["heading"] == "table_row"
        if item.time and not table:
            out.append((f"kl. {clock_text(item.time, self.clock)}", False))
        presenters = presenter_names(item.presenters) if item.presenters and not item.presenter_in_text and not table else ""
        gen = doc.genitive
        proposer = rng.choice(("Förvaltningens", gen)) if doc.factors["body"] != "association" else "Styrelsens"
        labels = {
            "block": (rng.choice(("Ärendebeskrivning", "Sammanfattning av ärendet")), "Förslag till beslut", "Beslut", "Föredragande"),
            "organ": (rng.choice(("Sammanfattning", "Bakgrund")), f"{proposer} förslag", f"{gen} beslut", "Föredras av"),
            "inline": ("Bakgrund", "Förslag", "Beslut", "Föredragande"),
        }
        if level == "prose":
            if presenters:
                out.append((f"{presenters} {rng.choice(('föredrar ärendet.', 'informerar i ärendet.', 'redogör för ärendet.'))}", False))
            if item.description:
                out.append((item.description, False))
            if item.decision:
                out.append((item.decision, False))
            return out
        desc_l, prop_l, dec_l, pres_l = labels[level]
        if item.statement:  # 'Ordföranden … öppnar mötet kl. 19.02' stands as it is
            out.append((item.description, False))
            item = dataclasses.replace(item, description=None)
        if presenters:
            if level == "organ":
                out.append((f"Föredras av {presenters}", False))
            elif level == "inline":
                out.append((f"{pres_l}: {presenters}", False))
            else:
                out += [(pres_l, True), (presenters, False)]
        for label, text in ((desc_l, item.description), (prop_l, item.proposal), (dec_l, item.decision)):
            if not text:
                continue
            if level == "inline":
                out.append((f"{label}: {text}", False))
            elif label == desc_l and rng.random() < 0.4:
                out.append((text, False))  # a description often stands without its label
            else:
                out += [(label, True), (text, False)]
        return out

    # ------------------------------------------------------------ underlag

    def underlag(self, flow: Flow) -> None:
        doc, form = self.doc, self.f["header"]
        big = self.style.size + 4
        flow.para(doc.organisation, bold=True)
        if form == "label_table":
            flow.para(doc.title, bold=True, size=big, gap=3)
            flow.gap(2)
            rows = [("Datum", self.date_iso)] + ([("Diarienummer", doc.case_number)] if doc.case_number else [])
            rows.append(("Handläggare", doc.secretary.name))
            for label, value in rows:
                flow.row([(label, True), (value, False)], [0.3, 0.7], border=True)
        elif form == "title_line":
            flow.para(f"{doc.title} {self.date_iso}", bold=True, size=big, gap=3)
            if doc.case_number:
                flow.para(doc.case_number, gap=1)
        elif form == "prose":
            flow.para(doc.title, bold=True, size=big, gap=3)
            flow.para(f"Denna handling har upprättats av {doc.secretary.name} den {long_date(doc.date)}.", gap=2)
        else:
            flow.para(doc.title, bold=True, size=big, gap=3)
        flow.gap(4)
        flow.columns()
        for subheading, text in doc.paragraphs:
            if subheading:
                flow.para(subheading, bold=self.hb, gap=3)
            flow.para(text, gap=1.5)


def render(doc: Document, path: Path) -> int:
    """Write the document's PDF; return its page count."""
    return Renderer(doc).render(path)
