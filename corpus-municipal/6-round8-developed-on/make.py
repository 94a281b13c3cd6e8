#!/usr/bin/env python3
"""muniset13: ten invented Swedish / Finland-Swedish municipal meeting documents with gold.

Run with a Python that has fpdf2, pypdfium2, Pillow and numpy:

    /work/main/.venv/bin/python make.py          # all ten documents
    /work/main/.venv/bin/python make.py 03 07    # only documents 03 and 07

Writes NAME.pdf + NAME.gold.json beside this script.  Everything (kommuner, people, Dnr,
amounts) is invented.  Every printed fact of the gold comes from the same Python data that
draws the page: titles, proposals, decisions and participants are written once, printed, and
copied into the gold field by field (GOLD.md).

Fonts: besides the fpdf2 core fonts and DejaVu, the script uses TTF/OTF fonts from the Debian
packages fonts-liberation2, fonts-crosextra-carlito, fonts-freefont-ttf, fonts-open-sans and
fonts-courier-prime (apt-get install them first; the script stops if one is missing).
"""
import io
import json
import math
import random
import sys
import textwrap
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent

FONTDIR = Path("/usr/share/fonts")
FONTS = {
    "freesans": ("truetype/freefont/FreeSans.ttf", "truetype/freefont/FreeSansBold.ttf",
                 "truetype/freefont/FreeSansOblique.ttf"),
    "freeserif": ("truetype/freefont/FreeSerif.ttf", "truetype/freefont/FreeSerifBold.ttf",
                  "truetype/freefont/FreeSerifItalic.ttf"),
    "libserif": ("truetype/liberation2/LiberationSerif-Regular.ttf",
                 "truetype/liberation2/LiberationSerif-Bold.ttf",
                 "truetype/liberation2/LiberationSerif-Italic.ttf"),
    "libsans": ("truetype/liberation2/LiberationSans-Regular.ttf",
                "truetype/liberation2/LiberationSans-Bold.ttf",
                "truetype/liberation2/LiberationSans-Italic.ttf"),
    "carlito": ("truetype/crosextra/Carlito-Regular.ttf", "truetype/crosextra/Carlito-Bold.ttf",
                "truetype/crosextra/Carlito-Italic.ttf"),
    "opensans": ("truetype/open-sans/OpenSans-Regular.ttf", "truetype/open-sans/OpenSans-Bold.ttf",
                 "truetype/open-sans/OpenSans-Italic.ttf"),
    "dejavucond": ("truetype/dejavu/DejaVuSansCondensed.ttf",
                   "truetype/dejavu/DejaVuSansCondensed-Bold.ttf",
                   "truetype/dejavu/DejaVuSansCondensed-Oblique.ttf"),
    "dejavuserif": ("truetype/dejavu/DejaVuSerif.ttf", "truetype/dejavu/DejaVuSerif-Bold.ttf",
                    "truetype/dejavu/DejaVuSerif-Italic.ttf"),
}
TYPEWRITER = {
    "courierprime": FONTDIR / "opentype/courier-prime/Courier Prime.otf",
    "courierprime_b": FONTDIR / "opentype/courier-prime/Courier Prime Bold.otf",
    "freemono": FONTDIR / "truetype/freefont/FreeMono.ttf",
    "freemono_b": FONTDIR / "truetype/freefont/FreeMonoBold.ttf",
}


def check_fonts():
    missing = [str(FONTDIR / p) for v in FONTS.values() for p in v if not (FONTDIR / p).exists()]
    missing += [str(p) for p in TYPEWRITER.values() if not p.exists()]
    if missing:
        sys.exit("missing fonts (apt-get install fonts-liberation2 fonts-crosextra-carlito "
                 "fonts-freefont-ttf fonts-open-sans fonts-courier-prime):\n" + "\n".join(missing))


# ----------------------------------------------------------------------------------------
# gold helpers
# ----------------------------------------------------------------------------------------

def P(name, party=None, role="ledamot", org=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def item(number, printed, title, presenters=(), time=None, proposal=None, decision=None):
    return {"number": number, "printed_number": printed, "title": title, "section": None,
            "presenters": list(presenters), "scheduled_time": time, "proposal": proposal,
            "decision": decision, "attachments": []}


def joinp(paras):
    """Paragraph list -> gold text (paragraphs separated by newlines)."""
    if paras is None:
        return None
    if isinstance(paras, str):
        return paras
    return "\n".join(paras)


def page_count(path):
    pdf = pdfium.PdfDocument(str(path))
    n = len(pdf)
    pdf.close()
    return n


def write_gold(stem, kind, organ, date, scanned, meeting, items, participants, notes):
    pdf_path = OUT / f"{stem}.pdf"
    gold = {
        "file": pdf_path.name,
        "kind": kind,
        "organ": organ,
        "meeting_date": date,
        "page_count": page_count(pdf_path),
        "scanned": scanned,
        "meeting": {"start_time": meeting[0], "end_time": meeting[1], "location": meeting[2]},
        "items": items,
    }
    if participants is not None:
        gold["participants"] = participants
    gold["notes"] = notes
    (OUT / f"{stem}.gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1) + "\n",
                                           encoding="utf-8")
    print(f"{pdf_path.name}: {gold['page_count']} pages, {len(items)} items, "
          f"{len(participants) if participants is not None else '-'} participants")


# ----------------------------------------------------------------------------------------
# fpdf2 helpers
# ----------------------------------------------------------------------------------------

class Doc(FPDF):
    """FPDF with pluggable header/footer callbacks and a few text helpers."""

    def __init__(self, family=None, header_fn=None, footer_fn=None, **kw):
        super().__init__(orientation="P", unit="mm", format="A4", **kw)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        self.body_top = 20
        if family:
            self.use_ttf(family)
        self.fam = family or "Helvetica"
        self.set_creator("")
        self.set_producer("")

    def use_ttf(self, family):
        reg, bold, ital = FONTS[family]
        self.add_font(family, "", str(FONTDIR / reg))
        self.add_font(family, "B", str(FONTDIR / bold))
        self.add_font(family, "I", str(FONTDIR / ital))

    def header(self):
        if self.header_fn:
            lm = self.l_margin
            self.header_fn(self)
            self.set_left_margin(lm)
            self.set_xy(lm, self.body_top)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    # text helpers -------------------------------------------------------------------
    def f(self, size, style="", family=None):
        self.set_font(family or self.fam, style, size)

    def txt(self, x, y, text, size=10, style="", w=0, align="L", family=None):
        self.f(size, style, family)
        self.set_xy(x, y)
        self.cell(w, size * 0.45, text, align=align)

    def para(self, text, size=10, style="", lh=None, x=None, w=None, align="L", space=1.5,
             family=None):
        """Paragraph at the current left margin (or x) that wraps and breaks pages."""
        self.f(size, style, family)
        lh = lh or size * 0.46
        if x is not None:
            self.set_x(x)
        else:
            self.set_x(self.l_margin)
        self.multi_cell(w or 0, lh, text, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        self.ln(space)

    def need(self, mm):
        """Start a new page unless `mm` millimetres are left above the page-break line."""
        if self.get_y() + mm > self.page_break_trigger:
            self.add_page()


def register_pdf(pdf, stem):
    path = OUT / f"{stem}.pdf"
    pdf.output(str(path))
    return path


# ----------------------------------------------------------------------------------------
# typewriter / scan helpers (Pillow)
# ----------------------------------------------------------------------------------------

class TypedPage:
    """A page of typewritten lines: (col, text, bold, underline) on a fixed character grid."""

    def __init__(self):
        self.lines = []  # list of (row, col, text, bold, underline)


class Typewriter:
    """Lays out monospaced text in rows/columns and renders pages as scanned images."""

    def __init__(self, cols=66, rows=58, left_col=0):
        self.cols = cols
        self.rows = rows
        self.pages = []
        self.row = 0
        self.page = None
        self.page_header = None  # callable(tw, pageno) -> adds header lines
        self.page_footer = None  # callable(tw, pageno) -> adds footer lines (rows >= rows)
        self.new_page()

    def new_page(self):
        self.page = TypedPage()
        self.pages.append(self.page)
        self.row = 0
        if self.page_header:
            self.page_header(self, len(self.pages))

    def put(self, col, text, bold=False, underline=False, row=None):
        r = self.row if row is None else row
        self.page.lines.append((r, col, text, bold, underline))

    def nl(self, n=1):
        self.row += n
        if self.row >= self.rows:
            self.new_page()

    def need(self, n):
        if self.row + n > self.rows:
            self.new_page()

    def line(self, text, col=0, bold=False, underline=False):
        self.put(col, text, bold, underline)
        self.nl()

    def wrap(self, text, col=0, width=None, hang=0, bold=False):
        width = width or (self.cols - col)
        lines = textwrap.wrap(text, width=width, subsequent_indent=" " * hang,
                              break_long_words=False, break_on_hyphens=False)
        for ln in lines:
            self.line(ln, col, bold)

    def finish(self):
        if self.page_footer:
            for i, _ in enumerate(self.pages):
                self.page = self.pages[i]
                self.page_footer(self, i + 1)


def render_scan(tw, path, font_path, bold_path, dpi=200, pt=12, seed=1, margin_in=(1.1, 0.9),
                line_pitch=None, ink=40, rotation=(-0.6, 0.6), paper=(246, 243, 232),
                jpeg_q=72):
    """Render Typewriter pages to images that look like scanned typescript; save an image-only
    PDF (no text layer)."""
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    px = int(pt / 72 * dpi)
    font = ImageFont.truetype(str(font_path), px)
    fbold = ImageFont.truetype(str(bold_path), px)
    cw = font.getlength("M")
    pitch = line_pitch or int(px * 1.18)
    images = []
    for page in tw.pages:
        img = Image.new("L", (W, H), 255)
        d = ImageDraw.Draw(img)
        x0 = int(margin_in[0] * dpi) + rnd.randint(-8, 8)
        y0 = int(margin_in[1] * dpi) + rnd.randint(-8, 8)
        for (row, col, text, bold, underline) in page.lines:
            y = y0 + row * pitch
            base_jit = rnd.uniform(-0.6, 0.6)
            for k, ch in enumerate(text):
                if ch == " ":
                    continue
                x = x0 + (col + k) * cw + rnd.uniform(-0.7, 0.7)
                yy = y + base_jit + rnd.uniform(-0.8, 0.8)
                shade = max(0, min(140, ink + rnd.randint(-25, 35)))
                d.text((x, yy), ch, font=fbold if bold else font, fill=shade)
                if bold:  # typewriter double strike
                    d.text((x + 0.8, yy), ch, font=fbold, fill=shade)
            if underline:
                uy = y + px * 1.02
                d.line([(x0 + col * cw, uy), (x0 + (col + len(text)) * cw, uy)],
                       fill=ink + 20, width=max(1, dpi // 110))
        img = img.filter(ImageFilter.GaussianBlur(0.55 * dpi / 200))
        arr = np.asarray(img).astype(np.float32)
        nrs = np.random.RandomState(seed + len(images))
        arr = arr + nrs.normal(0, 9, arr.shape)
        # paper tint and specks
        specks = nrs.random_sample(arr.shape) < 0.00035
        arr[specks] = nrs.randint(40, 140, specks.sum())
        arr = np.clip(arr, 0, 255).astype(np.uint8)
        gray = Image.fromarray(arr)
        rgb = Image.merge("RGB", [gray.point(lambda v, c=c: v * c // 255) for c in paper])
        ang = rnd.uniform(*rotation)
        rgb = rgb.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=paper)
        # darker scanner edge on one side
        e = Image.new("RGB", (int(0.06 * dpi), H), (120, 118, 110))
        rgb.paste(e, (W - e.width + rnd.randint(0, 8), 0))
        buf = io.BytesIO()
        rgb.save(buf, "JPEG", quality=jpeg_q, dpi=(dpi, dpi))
        buf.seek(0)
        images.append(Image.open(buf))
    images[0].save(str(path), "PDF", save_all=True, append_images=images[1:], resolution=dpi)
    return path


# ========================================================================================
# 01  Kvarnby kommun, Kommunfullmäktige 2023-06-19, protokoll with votes (2020s, FreeSans)
# ========================================================================================

def doc01():
    stem = "01_kvarnby_kommunfullmaktige_2023-06-19_protokoll"
    organ = "Kommunfullmäktige"
    # --- participants -------------------------------------------------------------
    # (name, party, printed function, gold role)
    beslutande = [
        ("Margareta Ekdahl", "S", "Ordförande", "ordförande"),
        ("Jonas Hedlund", "M", "1:e vice ordförande", "vice ordförande"),
        ("Birgitta Nyrén", "SD", "2:e vice ordförande", "vice ordförande"),
        ("Lars-Göran Fransson", "S", "Ledamot", "ledamot"),
        ("Annika Sjöström", "S", "Ledamot", "ledamot"),
        ("Peter Wallin", "S", "Ledamot", "ledamot"),
        ("Amina Hassan", "S", "Ledamot", "ledamot"),
        ("Kent Larsson", "S", "Ledamot", "ledamot"),
        ("Ulrika Bergqvist", "S", "Ledamot", "ledamot"),
        ("Tomas Engström", "S", "Ledamot", "ledamot"),
        ("Helena Rask", "S", "Ledamot", "ledamot"),
        ("Sven-Erik Palm", "S", "Tjänstgörande ersättare för Lena Hård (S)", "tjänstgörande ersättare"),
        ("Cecilia Ahlgren", "M", "Ledamot", "justerare"),
        ("Fredrik Norén", "M", "Ledamot", "ledamot"),
        ("Malin Strand", "M", "Ledamot", "ledamot"),
        ("Erik Lindgren", "M", "Ledamot", "ledamot"),
        ("Gustav Borg", "M", "Tjänstgörande ersättare för Maria Kvist (M)", "tjänstgörande ersättare"),
        ("Roger Sandberg", "SD", "Ledamot", "ledamot"),
        ("Patrik Holm", "SD", "Ledamot", "ledamot"),
        ("Jenny Axelsson", "SD", "Ledamot", "ledamot"),
        ("Mikael Öhman", "SD", "Ledamot", "ledamot"),
        ("Stefan Lund", "SD", "Ledamot", "ledamot"),
        ("Karin Dahlberg", "C", "Ledamot", "ledamot"),
        ("Anders Nilsson", "C", "Ledamot", "ledamot"),
        ("Elin Forsberg", "C", "Ledamot", "ledamot"),
        ("Olof Mattsson", "C", "Ledamot", "ledamot"),
        ("Sara Lindqvist", "V", "Ledamot", "justerare"),
        ("Johan Ek", "V", "Ledamot", "ledamot"),
        ("Ingrid Sjögren", "KD", "Ledamot", "ledamot"),
        ("Bengt Holmér", "L", "Ledamot", "ledamot"),
        ("Nora Vikström", "MP", "Ledamot", "ledamot"),
    ]
    assert len(beslutande) == 31
    ej_tjg = [("Ove Sundin", "S"), ("Emma Backlund", "M"), ("Linnea Hjort", "C")]
    ovriga = [("Mats Grönvall", "Kommundirektör"),
              ("Therese Lindh", "Kommunsekreterare, sekreterare"),
              ("Annelie Persson", "Ekonomichef, § 91"),
              ("Gunnar Westberg", "Revisorernas ordförande, § 90")]

    # votes: § 91 huvudvotering and § 94
    def vote91(party):
        return {"S": "Ja", "C": "Ja", "V": "Ja", "MP": "Ja", "M": "Nej", "KD": "Nej",
                "L": "Nej", "SD": "Avstår"}[party]

    def vote94(party):
        return {"S": "Ja", "C": "Ja", "V": "Ja", "MP": "Ja", "M": "Nej", "KD": "Nej",
                "L": "Nej", "SD": "Nej"}[party]

    def tally(fn):
        t = {"Ja": 0, "Nej": 0, "Avstår": 0}
        for _, p, _, _ in beslutande:
            t[fn(p)] += 1
        return t
    t91, t94 = tally(vote91), tally(vote94)
    assert (t91["Ja"], t91["Nej"], t91["Avstår"]) == (17, 8, 6)
    assert (t94["Ja"], t94["Nej"], t94["Avstår"]) == (17, 14, 0)

    # --- §§ --------------------------------------------------------------------------
    budget_att = [
        "Kommunfullmäktige beslutar",
        "att fastställa mål och budget 2024 med plan för 2025–2026 enligt kommunstyrelsens förslag,",
        "att skattesatsen för 2024 fastställs till 22,14 kronor per skattekrona,",
        "att kommunstyrelsen under 2024 får nyupplåna, det vill säga öka kommunens skulder, med "
        "högst 40 000 000 kronor.",
    ]
    lon_att = [
        "Kommunfullmäktige beslutar",
        "att godkänna Samverkansavtal om gemensam lönenämnd för Kvarnby och Holmträsk kommuner,",
        "att anta reglemente för den gemensamma lönenämnden att gälla från och med den 1 januari 2024.",
    ]
    val_att = [
        "Kommunfullmäktige beslutar",
        "att bevilja Emma Kjellin (L) entledigande från uppdraget som ersättare i barn- och "
        "utbildningsnämnden,",
        "att till ny ersättare i barn- och utbildningsnämnden för tiden till och med den 31 december "
        "2026 välja Jacob Lindahl (L).",
    ]
    S = []  # list of dicts: n, dnr, title, blocks [(heading, paras, role)]
    S.append(dict(n=87, dnr=None, title="Val av justerare och tid för justering", presenters=[], blocks=[
        ("Beslut", ["Kommunfullmäktige beslutar att utse Cecilia Ahlgren (M) och Sara Lindqvist (V) att "
                    "jämte ordföranden justera dagens protokoll.",
                    "Justering sker i kommunhuset tisdagen den 27 juni 2023 kl. 13.00."], "decision"),
    ]))
    S.append(dict(n=88, dnr=None, title="Godkännande av dagordning", presenters=[], blocks=[
        ("Ärendebeskrivning", ["Ordföranden meddelar att ärende 13 på den utsända föredragningslistan, "
                               "Val av ledamot i valnämnden, utgår eftersom nominering inte har inkommit."], None),
        ("Beslut", ["Kommunfullmäktige godkänner dagordningen med den ändring som ordföranden meddelat."],
         "decision"),
    ]))
    S.append(dict(n=89, dnr=None, title="Allmänhetens frågestund", presenters=[], blocks=[
        (None, ["Ordföranden konstaterar att inga frågor har anmälts till dagens frågestund."], None),
    ]))
    S.append(dict(n=90, dnr="KS 2023/0102", title="Information från revisorerna – granskning av ärendeberedningen",
                  presenters=["Gunnar Westberg"], blocks=[
        ("Ärendebeskrivning", [
            "Revisorernas ordförande Gunnar Westberg informerar om revisorernas granskning av "
            "ärendeberedningen i kommunstyrelsen och nämnderna. Granskningen visar att underlagen i "
            "huvudsak är tillräckliga, men att konsekvenser för barn och för ekonomin sällan redovisas.",
            "Revisorerna rekommenderar kommunstyrelsen att ta fram en gemensam mall för tjänsteskrivelser."], None),
        ("Beslutsunderlag", ["- Revisionsrapport Granskning av ärendeberedning, maj 2023"], None),
        ("Beslut", ["Kommunfullmäktige beslutar att notera informationen till protokollet."], "decision"),
    ]))
    S.append(dict(n=91, dnr="KS 2023/0187", title="Mål och budget 2024 med plan för 2025–2026",
                  presenters=["Annelie Persson"], blocks=[
        ("Ärendebeskrivning", [
            "Kommunstyrelsen har upprättat förslag till mål och budget för 2024 med plan för 2025–2026. "
            "Förslaget bygger på en oförändrad skattesats om 22,14 kronor per skattekrona och ett resultat "
            "om 18,5 miljoner kronor för 2024, vilket motsvarar 1,6 procent av skatteintäkter och generella "
            "statsbidrag. Investeringsramen för 2024 uppgår till 96,0 miljoner kronor.",
            "Ekonomichef Annelie Persson föredrar ärendet och redogör för förutsättningarna i "
            "budgetförslaget."], None),
        ("Beslutsunderlag", ["- Kommunstyrelsens protokoll 2023-06-05, § 112",
                             "- Förslag till mål och budget 2024 med plan för 2025–2026",
                             "- Tjänsteskrivelse från ekonomiavdelningen 2023-05-22"], None),
        ("Kommunstyrelsens förslag till kommunfullmäktige", budget_att, "proposal"),
        ("Yrkanden", [
            "Lars-Göran Fransson (S), Karin Dahlberg (C), Nora Vikström (MP) och Sara Lindqvist (V) "
            "yrkar bifall till kommunstyrelsens förslag.",
            "Jonas Hedlund (M) yrkar, med instämmande av Ingrid Sjögren (KD) och Bengt Holmér (L), bifall "
            "till Moderaternas, Kristdemokraternas och Liberalernas gemensamma budgetförslag.",
            "Roger Sandberg (SD) yrkar bifall till Sverigedemokraternas budgetförslag."], None),
        ("Propositionsordning", [
            "Ordföranden konstaterar att det finns tre förslag till beslut: kommunstyrelsens förslag, "
            "Jonas Hedlunds förslag och Roger Sandbergs förslag.",
            "Kommunfullmäktige godkänner följande propositionsordning: kommunstyrelsens förslag är "
            "huvudförslag. Motförslag utses i kontrapropositionsvotering mellan Jonas Hedlunds och Roger "
            "Sandbergs förslag.",
            "Ordföranden ställer Jonas Hedlunds förslag mot Roger Sandbergs förslag och finner att "
            "kommunfullmäktige utser Jonas Hedlunds förslag till motförslag.",
            "Ordföranden ställer därefter kommunstyrelsens förslag mot motförslaget och finner att "
            "kommunfullmäktige beslutar enligt kommunstyrelsens förslag. Votering begärs."], None),
        ("Omröstning", [
            "Följande voteringsproposition godkänns: Den som vill att kommunfullmäktige beslutar enligt "
            "kommunstyrelsens förslag röstar ja. Den som vill att kommunfullmäktige beslutar enligt Jonas "
            "Hedlunds förslag röstar nej.",
            f"Omröstningsresultat: Med {t91['Ja']} ja-röster mot {t91['Nej']} nej-röster beslutar "
            f"kommunfullmäktige enligt kommunstyrelsens förslag. {t91['Avstår']} ledamöter avstår från att "
            "rösta. Hur var och en har röstat framgår av bilaga 1, omröstningslista."], None),
        ("Beslut", budget_att, "decision"),
        ("Reservation", [
            "Ledamöterna för Moderaterna, Kristdemokraterna och Liberalerna reserverar sig mot beslutet "
            "till förmån för eget förslag. Ledamöterna för Sverigedemokraterna reserverar sig mot "
            "beslutet till förmån för Roger Sandbergs förslag."], None),
        ("Expedieras", ["- Samtliga nämnder och kommunala bolag", "- Ekonomiavdelningen"], None),
    ]))
    S.append(dict(n=92, dnr="KS 2023/0150", title="Taxa för prövning och tillsyn enligt miljöbalken 2024",
                  presenters=[], blocks=[
        ("Ärendebeskrivning", [
            "Miljö- och byggnämnden föreslår att timavgiften för prövning och tillsyn enligt miljöbalken "
            "höjs från 1 150 kronor till 1 210 kronor från och med den 1 januari 2024. Höjningen motsvarar "
            "kostnadsutvecklingen enligt prisindex för kommunal verksamhet."], None),
        ("Beslutsunderlag", ["- Miljö- och byggnämndens protokoll 2023-04-26, § 41",
                             "- Kommunstyrelsens protokoll 2023-06-05, § 115"], None),
        ("Kommunstyrelsens förslag till kommunfullmäktige", [
            "Kommunfullmäktige beslutar att anta taxa för prövning och tillsyn enligt miljöbalken med en "
            "timavgift om 1 210 kronor, att gälla från och med den 1 januari 2024."], "proposal"),
        ("Beslut", ["Kommunfullmäktige beslutar enligt kommunstyrelsens förslag."], "decision"),
        ("Expedieras", ["- Miljö- och byggnämnden", "- Författningssamlingen"], None),
    ]))
    S.append(dict(n=93, dnr="KS 2023/0121", title="Avtal om gemensam lönenämnd med Holmträsk kommun",
                  presenters=[], blocks=[
        ("Ärendebeskrivning", [
            "Kvarnby kommun och Holmträsk kommun har sedan 2019 samverkat om lönehantering genom ett "
            "samarbetsavtal. Kommunerna föreslås nu inrätta en gemensam lönenämnd med Kvarnby kommun som "
            "värdkommun. Förslaget innebär att ett nytt avtal, Samverkansavtal om gemensam lönenämnd för "
            "Kvarnby och Holmträsk kommuner, tecknas och att ett reglemente för den gemensamma nämnden antas.",
            "Holmträsk kommun ersätter Kvarnby kommun med 1 250 000 kronor per år för sin andel av "
            "kostnaderna. Avtalet gäller till och med den 31 december 2027."], None),
        ("Beslutsunderlag", ["- Samverkansavtal om gemensam lönenämnd, förslag 2023-05-10",
                             "- Reglemente för gemensam lönenämnd",
                             "- Kommunstyrelsens protokoll 2023-06-05, § 118"], None),
        ("Kommunstyrelsens förslag till kommunfullmäktige", lon_att, "proposal"),
        ("Beslut", lon_att, "decision"),
        ("Expedieras", ["- Holmträsk kommun", "- HR-avdelningen"], None),
    ]))
    S.append(dict(n=94, dnr="KS 2022/0344",
                  title="Motion om avgiftsfri kollektivtrafik för personer över 75 år", presenters=[], blocks=[
        ("Ärendebeskrivning", [
            "Fredrik Norén (M) föreslår i en motion att kommunen inför avgiftsfria resor i kollektivtrafiken "
            "för personer som har fyllt 75 år. Samhällsbyggnadsförvaltningen har beräknat kostnaden till "
            "cirka 2 400 000 kronor per år, som inte ryms inom befintlig budget."], None),
        ("Beslutsunderlag", ["- Motion från Fredrik Norén (M), 2022-11-14",
                             "- Kommunstyrelsens protokoll 2023-06-05, § 121"], None),
        ("Kommunstyrelsens förslag till kommunfullmäktige", ["Kommunfullmäktige beslutar att avslå motionen."],
         "proposal"),
        ("Yrkanden", [
            "Fredrik Norén (M) yrkar, med instämmande av Roger Sandberg (SD), bifall till motionen.",
            "Annika Sjöström (S) yrkar bifall till kommunstyrelsens förslag."], None),
        ("Propositionsordning", [
            "Ordföranden ställer proposition på kommunstyrelsens förslag mot Fredrik Noréns yrkande och "
            "finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag."], None),
        ("Omröstning", [
            "Votering begärs. Följande voteringsproposition godkänns: Ja-röst för kommunstyrelsens förslag, "
            "nej-röst för Fredrik Noréns yrkande.",
            f"Med {t94['Ja']} ja-röster mot {t94['Nej']} nej-röster beslutar kommunfullmäktige enligt "
            "kommunstyrelsens förslag. Omröstningslista, se bilaga 1."], None),
        ("Beslut", ["Kommunfullmäktige beslutar att avslå motionen."], "decision"),
        ("Reservation", [
            "Ledamöterna för Moderaterna, Sverigedemokraterna, Kristdemokraterna och Liberalerna reserverar "
            "sig mot beslutet till förmån för Fredrik Noréns yrkande."], None),
        ("Expedieras", ["- Fredrik Norén (M)", "- Samhällsbyggnadsförvaltningen"], None),
    ]))
    S.append(dict(n=95, dnr="KS 2023/0199",
                  title="Svar på interpellation från Patrik Holm (SD) om trygghetsvärdar", presenters=[], blocks=[
        ("Ärendebeskrivning", [
            "Patrik Holm (SD) har ställt en interpellation till kommunstyrelsens ordförande om kommunens "
            "planer på att anställa trygghetsvärdar i centrala Kvarnby.",
            "Kommunstyrelsens ordförande Lars-Göran Fransson (S) besvarar interpellationen. I den "
            "efterföljande debatten yttrar sig Patrik Holm (SD), Lars-Göran Fransson (S) och Mikael "
            "Öhman (SD)."], None),
        ("Beslut", ["Kommunfullmäktige förklarar interpellationen besvarad."], "decision"),
    ]))
    S.append(dict(n=96, dnr="KS 2023/0020",
                  title="Entledigande och fyllnadsval av ersättare i barn- och utbildningsnämnden",
                  presenters=[], blocks=[
        ("Ärendebeskrivning", [
            "Emma Kjellin (L) har i en skrivelse den 2 juni 2023 begärt att bli entledigad från sitt uppdrag "
            "som ersättare i barn- och utbildningsnämnden. Liberalerna nominerar Jacob Lindahl (L)."], None),
        ("Beslut", val_att, "decision"),
        ("Expedieras", ["- Emma Kjellin", "- Jacob Lindahl", "- Barn- och utbildningsnämnden",
                        "- Lönekontoret"], None),
    ]))
    S.append(dict(n=97, dnr=None, title="Anmälan av motioner", presenters=[], blocks=[
        (None, ["Följande motioner anmäls vid dagens sammanträde:",
                "- Motion från Sara Lindqvist (V) om fler feriejobb för ungdomar, Dnr KS 2023/0230",
                "- Motion från Mikael Öhman (SD) om kameraövervakning vid Kvarnby resecentrum, "
                "Dnr KS 2023/0232"], None),
        ("Beslut", ["Kommunfullmäktige beslutar att remittera motionerna till kommunstyrelsen för beredning."],
         "decision"),
    ]))
    S.append(dict(n=98, dnr=None, title="Meddelanden", presenters=[], blocks=[
        (None, ["- Länsstyrelsens beslut 2023-05-30 om fördelning av mandat i Kvarnby kommun",
                "- Kvarnby Bostäder AB, protokoll från årsstämma 2023-04-24",
                "- Revisionsberättelse för Vattenförbundet Kvarnån 2022"], None),
        ("Beslut", ["Meddelandena läggs till handlingarna."], "decision"),
    ]))

    # --- drawing -----------------------------------------------------------------------
    def head(p):
        # emblem: a small shield
        p.set_draw_color(30, 60, 110)
        p.set_fill_color(30, 60, 110)
        p.polygon([(18, 10), (26, 10), (26, 16), (22, 20), (18, 16)], style="F")
        p.set_text_color(30, 60, 110)
        p.txt(29, 10.5, "KVARNBY KOMMUN", 12, "B")
        p.set_text_color(0, 0, 0)
        p.txt(29, 16.5, "Kommunfullmäktige", 9.5)
        p.txt(100, 10.5, "SAMMANTRÄDESPROTOKOLL", 10, "B")
        p.txt(100, 16, "Sammanträdesdatum", 7.5)
        p.txt(100, 19.5, "2023-06-19", 9.5)
        p.txt(160, 10.5, f"Sida {p.page_no()} av {{nb}}", 9.5, w=35, align="R")
        p.set_draw_color(0, 0, 0)
        p.set_line_width(0.3)
        p.line(18, 27, 195, 27)

    def foot(p):
        y = 297 - 20
        p.set_line_width(0.2)
        p.f(7)
        p.set_xy(18, y - 3.5)
        p.cell(40, 3, "Justerandes signatur")
        for i in range(3):
            p.rect(18 + i * 17, y, 15, 9)
        p.set_xy(150, y - 3.5)
        p.cell(40, 3, "Utdragsbestyrkande")
        p.rect(150, y, 45, 9)

    p = Doc("freesans", head, foot)
    p.body_top = 33
    p.set_margins(18, 33, 15)
    p.set_auto_page_break(True, 28)
    p.alias_nb_pages()

    # cover page ------------------------------------------------------------------------
    p.add_page()
    LX, VX = 18, 65

    def row(label, value_lines, gap=4):
        y = p.get_y()
        p.txt(LX, y, label, 9.5, "B")
        p.set_xy(VX, y)
        p.f(10)
        p.set_left_margin(VX)
        for v in value_lines:
            p.multi_cell(130, 5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_left_margin(18)
        p.ln(gap)

    p.ln(4)
    row("Tid och plats", ["Måndagen den 19 juni 2023 kl. 18.30–21.40, ajournering kl. 19.55–20.10",
                          "Kvarnby Folkets hus, stora salen"])
    row("Beslutande", ["Se närvarolista, sidan 2"])
    row("Övriga närvarande", ["Se närvarolista, sidan 2"])
    row("Utses att justera", ["Cecilia Ahlgren (M) och Sara Lindqvist (V)"])
    row("Justeringens plats och tid", ["Kommunhuset, Kvarnby, tisdagen den 27 juni 2023 kl. 13.00"])
    row("Paragrafer", ["§§ 87–98"], gap=8)
    p.txt(LX, p.get_y(), "Underskrifter", 9.5, "B")
    for role_lbl, name in (("Sekreterare", "Therese Lindh"), ("Ordförande", "Margareta Ekdahl")):
        y = p.get_y() + 2
        p.txt(VX, y + 6, role_lbl, 8)
        p.line(VX + 25, y + 9, VX + 110, y + 9)
        p.txt(VX + 25, y + 10.5, name, 9.5)
        p.set_y(y + 17)
    y = p.get_y() + 2
    p.txt(VX, y + 6, "Justerare", 8)
    p.line(VX + 25, y + 9, VX + 70, y + 9)
    p.line(VX + 80, y + 9, VX + 125, y + 9)
    p.txt(VX + 25, y + 10.5, "Cecilia Ahlgren", 9.5)
    p.txt(VX + 80, y + 10.5, "Sara Lindqvist", 9.5)
    # ANSLAG / BEVIS box
    y = y + 24
    p.set_line_width(0.4)
    p.rect(18, y, 177, 62)
    p.txt(18, y + 3, "ANSLAG/BEVIS", 11, "B", w=177, align="C")
    p.txt(18, y + 9, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens "
          "digitala anslagstavla.", 8.5, w=177, align="C")
    ay = y + 17
    for lbl, val in (("Organ", "Kommunfullmäktige"), ("Sammanträdesdatum", "2023-06-19"),
                     ("Datum då anslaget sätts upp", "2023-06-28"),
                     ("Datum då anslaget tas ned", "2023-07-20"),
                     ("Förvaringsplats för protokollet", "Kommunkansliet, Kvarnby"),
                     ("Underskrift", "............................................  Therese Lindh")):
        p.txt(22, ay, lbl, 8.5)
        p.txt(80, ay, val, 9.5)
        ay += 7

    # närvarolista -------------------------------------------------------------------------
    p.add_page()
    p.para("Närvarolista", 13, "B", space=2)
    p.para("Ledamöter och tjänstgörande ersättare", 10.5, "B", space=1)

    def table(rows, widths, header):
        p.set_fill_color(225, 230, 238)
        p.f(9, "B")
        for h, w in zip(header, widths):
            p.cell(w, 6, h, border=1, fill=True)
        p.ln(6)
        p.f(9)
        for r in rows:
            for v, w in zip(r, widths):
                p.cell(w, 4.7, v, border=1)
            p.ln(4.7)
        p.ln(4)

    table([(n, pa, fu) for n, pa, fu, _ in beslutande], (62, 18, 97), ("Namn", "Parti", "Funktion"))
    p.para("Ej tjänstgörande ersättare", 10.5, "B", space=1)
    table([(n, pa, "Ersättare") for n, pa in ej_tjg], (62, 18, 97), ("Namn", "Parti", "Funktion"))
    p.para("Övriga närvarande", 10.5, "B", space=1)
    table([(n, "", fu) for n, fu in ovriga], (62, 18, 97), ("Namn", "", "Funktion"))

    # paragraphs ------------------------------------------------------------------------
    BX = 47

    def paragraph(s):
        p.need(40)
        y = p.get_y() + 3
        p.txt(18, y + 0.3, f"§ {s['n']}", 12, "B")
        p.set_y(y)
        p.set_left_margin(BX)
        p.para(s["title"], 12, "B", space=0.5, w=148)
        if s["dnr"]:
            p.para(f"Dnr {s['dnr']}", 8.5, space=2)
        p.ln(1.5)
        for heading, paras, role in s["blocks"]:
            if heading:
                p.need(14)
                p.para(heading, 10, "B", space=0.8)
            for t in paras:
                if t.startswith("- "):
                    p.para("–  " + t[2:], 10, space=0.5)
                else:
                    p.para(t, 10, space=1.8)
            p.ln(1.5)
        p.set_left_margin(18)
        p.set_draw_color(150, 150, 150)
        p.line(BX, p.get_y() + 1, 195, p.get_y() + 1)
        p.set_draw_color(0, 0, 0)
        p.ln(4)

    p.add_page()
    for s in S:
        paragraph(s)

    # Bilaga 1 omröstningslista ------------------------------------------------------------
    p.add_page()
    p.para("Bilaga 1 till kommunfullmäktiges protokoll 2023-06-19", 9, "I", space=1)
    p.para("Omröstningslista", 13, "B", space=3)
    widths = (55, 14, 12, 12, 15, 12, 12, 15)
    p.f(8.5, "B")
    p.set_fill_color(225, 230, 238)
    p.cell(69, 6, "", border=1)
    p.cell(39, 6, "§ 91 huvudvotering", border=1, align="C", fill=True)
    p.cell(39, 6, "§ 94", border=1, align="C", fill=True)
    p.ln(6)
    for h, w in zip(("Namn", "Parti", "Ja", "Nej", "Avstår", "Ja", "Nej", "Avstår"), widths):
        p.cell(w, 5.5, h, border=1, align="C" if w < 20 else "L", fill=True)
    p.ln(5.5)
    p.f(8.5)
    for n, pa, _, _ in beslutande:
        v1, v2 = vote91(pa), vote94(pa)
        cells = (n, pa, "X" if v1 == "Ja" else "", "X" if v1 == "Nej" else "",
                 "X" if v1 == "Avstår" else "", "X" if v2 == "Ja" else "", "X" if v2 == "Nej" else "",
                 "X" if v2 == "Avstår" else "")
        for v, w in zip(cells, widths):
            p.cell(w, 5, v, border=1, align="C" if w < 20 else "L")
        p.ln(5)
    p.f(8.5, "B")
    for v, w in zip(("Summa", "", str(t91["Ja"]), str(t91["Nej"]), str(t91["Avstår"]), str(t94["Ja"]),
                     str(t94["Nej"]), str(t94["Avstår"])), widths):
        p.cell(w, 5.5, v, border=1, align="C" if w < 20 else "L")
    p.ln(5.5)
    register_pdf(p, stem)

    # --- gold --------------------------------------------------------------------------
    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"§ {s['n']}", s["title"], s["presenters"], None, prop, dec))
    parts = [P(n, pa, role) for n, pa, _, role in beslutande]
    parts += [P(n, pa, "ej tjänstgörande ersättare") for n, pa in ej_tjg]
    parts += [P("Mats Grönvall", None, "övrig"), P("Therese Lindh", None, "sekreterare"),
              P("Annelie Persson", None, "övrig"), P("Gunnar Westberg", None, "övrig")]
    notes = (
        "Invented kommunfullmäktige minutes (Kvarnby kommun), 2020s generated layout: running header "
        "with kommun, organ, 'SAMMANTRÄDESPROTOKOLL', date and 'Sida N av M'; footer boxes 'Justerandes "
        "signatur' / 'Utdragsbestyrkande'; cover page label table with ANSLAG/BEVIS; the roll is a "
        "Namn/Parti/Funktion table on page 2; §§ 87–98 with the § number in a left margin column and "
        "the Dnr in small print under the title. Time from 'kl. 18.30–21.40' (the ajournering 19.55–20.10 is ignored). "
        "Proposal = text under 'Kommunstyrelsens förslag till kommunfullmäktige'; decision = text under "
        "'Beslut' only (Yrkanden, Propositionsordning, Omröstning and Reservation are not part of it). "
        "§ 92's decision is printed only as 'Kommunfullmäktige beslutar enligt kommunstyrelsens förslag.' "
        "and kept literally. § 89 (frågestund) records no decision (null). Att-clause decisions keep one "
        "line per clause. Presenters: § 90 Gunnar Westberg 'informerar', § 91 Annelie Persson "
        "'föredrar'; in § 95 Lars-Göran Fransson 'besvarar' the interpellation, which is not "
        "presenting, so no presenter. Participants: one entry per person; 1:e and 2:e vice ordförande "
        "are 'vice ordförande'; the justerare Cecilia Ahlgren and Sara Lindqvist (ledamöter) have role "
        "justerare; Therese Lindh ('Kommunsekreterare, sekreterare', signs as sekreterare) is "
        "sekreterare; officials are 'övrig' with organization null (their printed titles are functions, "
        "not organisations). The absent members Lena Hård and Maria Kvist are named only as the people "
        "replaced and are not participants. Bilaga 1 (omröstningslista, last page) repeats the 31 "
        "beslutande with their votes; it adds no people. 'amounts' not annotated (GOLD.md); "
        "'attachments' left [] as in GOLD.md although Beslutsunderlag lists are printed."
    )
    write_gold(stem, "protokoll", organ, "2023-06-19", False, ("18:30", "21:40",
               "Kvarnby Folkets hus, stora salen"), items, parts, notes)


# ========================================================================================
# 02  Ödeby kommun, Miljö- och byggnadsnämnden 1986-03-04, protokoll, typewritten SCAN
# ========================================================================================

def doc02():
    stem = "02_odeby_miljo-och-byggnadsnamnden_1986-03-04_protokoll"
    organ = "Miljö- och byggnadsnämnden"
    # § data: n, dnr, title, paragraphs [(label, text-list, role)]
    S = [
        dict(n=31, dnr=None, title="Val av justerare", presenters=[], blocks=[
            (None, ["Nämnden utser Sven Öberg (m) att jämte ordföranden justera dagens protokoll."],
             "decision")]),
        dict(n=32, dnr=None, title="Redovisning av delegationsbeslut", presenters=[], blocks=[
            (None, ["Förteckning över beslut som fattats med stöd av delegation under tiden "
                    "1986-01-28--1986-02-28 redovisas, bilaga 1."], None),
            ("BESLUT", ["Nämnden godkänner redovisningen."], "decision")]),
        dict(n=33, dnr="B 86/0007",
             title="Bygglov för nybyggnad av enbostadshus på fastigheten Norrgården 2:14",
             presenters=["Lennart Frisk"], blocks=[
            (None, ["Sökande: Anders och Kerstin Malm, Norrgården, 570 92 Ödeby.",
                    "Ansökan avser nybyggnad av enbostadshus i ett och ett halvt plan med en byggnadsyta "
                    "om 132 m2 samt garage om 36 m2. Fastigheten ligger utanför område med byggnadsplan. "
                    "Positivt förhandsbesked lämnades 1985-09-17.",
                    "Byggnadsinspektör Lennart Frisk föredrar ärendet."], None),
            ("FÖRSLAG TILL BESLUT", ["Byggnadskontoret föreslår att nämnden beviljar bygglov enligt "
                                     "ansökan."], "proposal"),
            ("BESLUT", ["Nämnden beviljar bygglov enligt ansökan med villkor att byggnaden placeras minst "
                        "6 meter från tomtgräns mot allmän väg.",
                        "Avgift för bygglovet fastställs till 2 140 kronor."], "decision")]),
        dict(n=34, dnr="B 86/0011",
             title="Dispens från strandskyddsbestämmelserna för bastu på fastigheten Sjövik 1:33",
             presenters=["Lennart Frisk"], blocks=[
            (None, ["Sökande: Gösta Hellman, Sjövik 1:33, 570 92 Ödeby.",
                    "Bastun avses uppföras 8 meter från strandlinjen vid Stora Ödesjön. Stranden är "
                    "allemansrättsligt tillgänglig och av värde för det rörliga friluftslivet. "
                    "Byggnadsinspektör Lennart Frisk redogör för platsbesöket den 20 februari."], None),
            ("FÖRSLAG TILL BESLUT", ["Byggnadskontoret föreslår att ansökan avslås."], "proposal"),
            ("YRKANDEN", ["Karl-Erik Jansson (c) yrkar bifall till ansökan.",
                          "Ordföranden ställer proposition på byggnadskontorets förslag och Karl-Erik "
                          "Janssons yrkande och finner att nämnden beslutat enligt byggnadskontorets "
                          "förslag."], None),
            ("BESLUT", ["Nämnden avslår ansökan om dispens från strandskyddsbestämmelserna."], "decision"),
            ("RESERVATION", ["Karl-Erik Jansson (c) reserverar sig mot beslutet."], None),
            (None, ["Besvärshänvisning bifogas sökanden."], None)]),
        dict(n=35, dnr="M 86/0004",
             title="Föreläggande enligt miljöskyddslagen, Ödeby Mekaniska Verkstad AB",
             presenters=["Eva Dahlin"], blocks=[
            (None, ["Miljö- och hälsoskyddsinspektör Eva Dahlin redogör för inspektionen vid företaget "
                    "den 12 februari 1986. Vid inspektionen konstaterades att ventilationen från "
                    "lackeringsboxen saknar filter och att lösningsmedel förvaras utomhus utan "
                    "invallning."], None),
            ("BESLUT", ["Nämnden förelägger Ödeby Mekaniska Verkstad AB att senast den 30 juni 1986 "
                        "inkomma med förslag till åtgärder för att begränsa utsläppen av lösningsmedel från "
                        "lackeringsboxen och att omedelbart förvara lösningsmedel inom invallat utrymme."],
             "decision"),
            (None, ["Expedieras: Ödeby Mekaniska Verkstad AB, länsstyrelsen"], None)]),
        dict(n=36, dnr="M 86/0009", title="Avtal om slamtömning 1986-1988", presenters=["Eva Dahlin"], blocks=[
            (None, ["Efter anbudsinfordran har tre anbud inkommit på slamtömning av enskilda avlopp "
                    "inom kommunen. Lägsta anbud har lämnats av Renhållnings AB Sydväst med 214 000 "
                    "kronor per år. Miljö- och hälsoskyddsinspektör Eva Dahlin föredrar ärendet."], None),
            ("FÖRSLAG TILL BESLUT", ["att anta anbudet från Renhållnings AB Sydväst,",
                                     "att godkänna avtal om slamtömning för tiden 1986-04-01--1988-03-31."],
             "proposal"),
            ("BESLUT", ["Nämnden beslutar",
                        "att anta anbudet från Renhållnings AB Sydväst,",
                        "att godkänna avtal om slamtömning för tiden 1986-04-01--1988-03-31,",
                        "att uppdra åt ordföranden att underteckna avtalet."], "decision")]),
        dict(n=37, dnr="B 86/0002", title="Yttrande över förslag till områdesplan för Ödeby tätort",
             presenters=[], blocks=[
            (None, ["Kommunstyrelsen har remitterat förslag till områdesplan för Ödeby tätort till "
                    "nämnden för yttrande senast den 31 mars 1986. Byggnadskontoret har upprättat "
                    "förslag till yttrande, bilaga 2."], None),
            ("BESLUT", ["Nämnden avger yttrande till kommunstyrelsen enligt byggnadskontorets förslag."],
             "decision")]),
        dict(n=38, dnr="B 85/0141",
             title="Förhandsbesked för nybyggnad av fritidshus på fastigheten Lillåsen 3:2",
             presenters=[], blocks=[
            (None, ["Sökande: Maj-Britt Ström, Göteborg."], None),
            ("BESLUT", ["Ärendet bordläggs till nästa sammanträde för besök på platsen."], "decision")]),
        dict(n=39, dnr=None, title="Budgetuppföljning per den 28 februari 1986",
             presenters=["Birgit Sundqvist"], blocks=[
            (None, ["Förvaltningssekreterare Birgit Sundqvist redovisar utfallet för årets två första "
                    "månader. Förbrukningen uppgår till 412 300 kronor, vilket motsvarar 15 procent av "
                    "årsbudgeten."], None),
            ("BESLUT", ["Redovisningen läggs till handlingarna."], "decision")]),
        dict(n=40, dnr=None, title="Meddelanden", presenters=[], blocks=[
            (None, ["a) Länsstyrelsens beslut 1986-02-11 angående tillstånd enligt miljöskyddslagen för "
                    "Ödeby avloppsreningsverk.",
                    "b) Statens planverks allmänna råd 1986:1 om bygglovsprövning.",
                    "c) Kommunfullmäktiges beslut 1986-02-24 § 14 om nämndernas budgetramar för 1987."],
             None),
            ("BESLUT", ["Meddelandena läggs till handlingarna."], "decision")]),
    ]

    tw = Typewriter(cols=64, rows=52)

    def head(t, n):
        t.put(0, "ÖDEBY KOMMUN", bold=True, row=0)
        t.put(34, "SAMMANTRÄDESPROTOKOLL", row=0)
        t.put(58, f"Blad {n}", row=0)
        t.put(0, "Miljö- och byggnadsnämnden", row=1)
        t.put(34, "Sammanträdesdag", row=1)
        t.put(34, "1986-03-04", row=2)
        t.put(0, "_" * 64, row=3)
        t.row = 5

    def foot(t, n):
        t.put(0, "Justerandes sign", row=53)
        t.put(0, "............", row=55)
        t.put(42, "Utdragsbestyrkande", row=53)

    tw.page_header = head
    tw.page = None
    tw.pages = []
    tw.new_page()
    tw.page_footer = foot

    intro = ("Protokoll fört vid sammanträde med miljö- och byggnadsnämnden i Ödeby kommun tisdagen "
             "den 4 mars 1986 kl 14.00-16.30 i kommunhuset, sammanträdesrummet Ljungen.")
    present = ("Närvarande: Gunnar Ek (c), ordförande, Rune Holm (s), vice ordförande, Inga-Lill Berg "
               "(s), Sven Öberg (m), Karl-Erik Jansson (c), Märta Lind (fp) samt Bo Sjödin (s), "
               "tjänstgörande ersättare för Alf Wikström (s).")
    also = ("Dessutom närvarande: ej tjänstgörande ersättaren Gun Hedberg (vpk), byggnadsinspektör "
            "Lennart Frisk, miljö- och hälsoskyddsinspektör Eva Dahlin, §§ 35-36, och "
            "förvaltningssekreterare Birgit Sundqvist, sekreterare.")
    tw.wrap(intro)
    tw.nl()
    tw.wrap(present)
    tw.nl()
    tw.wrap(also)
    tw.nl()
    tw.line("Frånvarande: Alf Wikström (s).")
    tw.nl()
    tw.line("Paragrafer: 31-40")
    tw.nl(2)

    for s in S:
        tw.need(8)
        tw.line(f"§ {s['n']}" + (" " * (64 - len(f"§ {s['n']}") - len(f"Dnr {s['dnr']}")) +
                                   f"Dnr {s['dnr']}" if s["dnr"] else ""))
        lines = textwrap.wrap(s["title"], 58, break_on_hyphens=False)
        for ln in lines:
            tw.line(ln, col=0, underline=True)
        tw.nl()
        for label, paras, role in s["blocks"]:
            if label:
                tw.need(3)
                tw.line(label, col=6)
            for t in paras:
                if t.startswith("att "):
                    tw.wrap(t, col=6, width=58, hang=4)
                else:
                    tw.wrap(t, col=6, width=58)
            tw.nl()
        tw.nl()

    tw.need(12)
    tw.line("Vid protokollet")
    tw.nl(2)
    tw.line("Birgit Sundqvist")
    tw.nl(2)
    tw.line("Justeras")
    tw.nl(2)
    tw.line("Gunnar Ek" + " " * 23 + "Sven Öberg")
    tw.nl()
    tw.line("Protokollet justerat 1986-03-10. Tillkännagivet genom anslag")
    tw.line("1986-03-11.")
    tw.finish()
    render_scan(tw, OUT / f"{stem}.pdf", TYPEWRITER["courierprime"], TYPEWRITER["courierprime_b"],
                dpi=300, pt=11.5, seed=1986, line_pitch=int(300 / 6 * 1.02), margin_in=(1.0, 0.75))

    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"§ {s['n']}", s["title"], s["presenters"], None, prop, dec))
    parts = [P("Gunnar Ek", "c", "ordförande"), P("Rune Holm", "s", "vice ordförande"),
             P("Inga-Lill Berg", "s"), P("Sven Öberg", "m", "justerare"), P("Karl-Erik Jansson", "c"),
             P("Märta Lind", "fp"), P("Bo Sjödin", "s", "tjänstgörande ersättare"),
             P("Gun Hedberg", "vpk", "ej tjänstgörande ersättare"),
             P("Lennart Frisk", None, "övrig"), P("Eva Dahlin", None, "övrig"),
             P("Birgit Sundqvist", None, "sekreterare")]
    notes = (
        "SCANNED: all pages are images (300 dpi JPEG, typewriter face, slight rotation, noise), no text "
        "layer. Invented 1980s typewritten minutes of Ödeby kommun's miljö- och byggnadsnämnd. Header "
        "is prose ('Protokoll fört vid sammanträde med ... tisdagen den 4 mars 1986 kl 14.00-16.30 i "
        "kommunhuset, sammanträdesrummet Ljungen.'): location 'Kommunhuset, sammanträdesrummet "
        "Ljungen' (printed lower-case 'kommunhuset' inside the sentence; capitalised as a place name "
        "here - compare case-insensitively). Participants are given in two prose sentences "
        "('Närvarande:' and 'Dessutom närvarande:'); parties are printed in lower case '(c)', '(s)', "
        "'(m)', '(fp)', '(vpk)' and kept so. Alf Wikström is frånvarande (replaced by Bo Sjödin) and is "
        "not a participant. Sven Öberg, ledamot chosen in § 31 as justerare, has role justerare; Birgit "
        "Sundqvist ('förvaltningssekreterare ..., sekreterare', signs 'Vid protokollet') is sekreterare. "
        "§ numbers 31-40 ('§ 31' on its own line, Dnr at the right where printed, title typed and "
        "underlined on the next line). § 31 has no 'BESLUT' label: its single sentence is the decision. "
        "Proposals are the text under 'FÖRSLAG TILL BESLUT' (§§ 33, 34, 36); in § 36 the proposal is "
        "two bare att-clauses. § 34's YRKANDEN (including the ordförande's proposition) and RESERVATION "
        "are not part of the decision. § 40's lettered a)-c) lines are meddelanden, not sub-items. "
        "Presenters: 'föredrar' (§§ 33, 36), 'redogör för' (§§ 34, 35), 'redovisar' (§ 39). The "
        "closing 'Vid protokollet / Justeras' block and the justering date 1986-03-10 are not meeting "
        "times. Amounts not annotated (GOLD.md); attachments [] (GOLD.md)."
    )
    write_gold(stem, "protokoll", organ, "1986-03-04", True,
               ("14:00", "16:30", "Kommunhuset, sammanträdesrummet Ljungen"), items, parts, notes)


# ========================================================================================
# 03  Region Norrmark, Regionstyrelsens arbetsutskott 2019-02-12, protokoll (2010s, label table)
# ========================================================================================

def doc03():
    stem = "03_region-norrmark_regionstyrelsens-arbetsutskott_2019-02-12_protokoll"
    organ = "Regionstyrelsens arbetsutskott"
    rs_infra = [
        "Arbetsutskottet föreslår regionstyrelsen besluta",
        "att föra över 21 300 000 kronor av ej utnyttjade investeringsmedel från 2018 till "
        "investeringsbudgeten 2019 enligt bilaga till tjänsteskrivelsen.",
    ]
    kollektiv = [
        "Arbetsutskottet föreslår regionstyrelsen besluta",
        "att godkänna Samverkansavtal om regional kollektivtrafik i Norrmarks län 2019–2022,",
        "att uppdra åt regiondirektören att underteckna avtalet.",
    ]
    rus = [
        "Arbetsutskottet föreslår regionstyrelsen besluta",
        "att sända förslaget till regional utvecklingsstrategi 2020–2030 på remiss till länets "
        "kommuner, myndigheter och organisationer under perioden 1 mars–31 maj 2019.",
    ]
    motion = [
        "Arbetsutskottet föreslår regionstyrelsen föreslå regionfullmäktige besluta",
        "att motionen ska anses besvarad.",
    ]
    digital = [
        "Arbetsutskottet beslutar",
        "att bevilja projektet Digital vård i glesbygd medfinansiering med högst 1 200 000 kronor för "
        "perioden 2019–2021,",
        "att medlen belastar anslaget för regional utveckling.",
    ]
    S = [
        dict(n=14, dnr=None, title="Val av justerare", presenters=[], blocks=[
            ("Arbetsutskottets beslut", ["Arbetsutskottet utser Anders Kihlberg (M) att jämte ordföranden "
                                         "justera dagens protokoll."], "decision")], to=None),
        dict(n=15, dnr=None, title="Fastställande av föredragningslista", presenters=[], blocks=[
            ("Arbetsutskottets beslut", ["Föredragningslistan fastställs med tillägg av ärendet Tillfälliga "
                                         "lokaler för vårdcentralen i Bjurby, som behandlas som § 23."],
             "decision")], to=None),
        dict(n=16, dnr="RS 2019/00031", title="Ekonomisk uppföljning januari 2019",
             presenters=["Jan-Erik Nordin"], blocks=[
            ("Ärendebeskrivning", [
                "Ekonomidirektör Jan-Erik Nordin informerar om det ekonomiska utfallet för januari 2019. "
                "Regionen redovisar ett överskott om 12,4 miljoner kronor för perioden, men hälso- och "
                "sjukvården visar ett underskott om 8,1 miljoner kronor, främst beroende på kostnader för "
                "inhyrd personal."], None),
            ("Arbetsutskottets beslut", ["Arbetsutskottet tackar för informationen."], "decision")], to=None),
        dict(n=17, dnr="RS 2019/00112", title="Ombudgetering av investeringsmedel från 2018 till 2019",
             presenters=["Jan-Erik Nordin"], blocks=[
            ("Ärendebeskrivning", [
                "Av 2018 års investeringsbudget återstår 34,6 miljoner kronor som inte har utnyttjats, "
                "främst på grund av förseningar i ombyggnaden av akutmottagningen i Norrby. Av dessa "
                "föreslås 21,3 miljoner kronor föras över till 2019 för projekt som har påbörjats.",
                "Ekonomidirektör Jan-Erik Nordin föredrar ärendet."], None),
            ("Beslutsunderlag", ["Tjänsteskrivelse 2019-01-28", "Bilaga Förteckning över projekt"], None),
            ("Förslag till beslut", rs_infra, "proposal"),
            ("Arbetsutskottets beslut", rs_infra, "decision")], to="Regionstyrelsen"),
        dict(n=18, dnr="RS 2018/00987", title="Samverkansavtal om regional kollektivtrafik 2019–2022",
             presenters=["Jan-Erik Nordin"], blocks=[
            ("Ärendebeskrivning", [
                "Region Norrmark är regional kollektivtrafikmyndighet. Regionen och länets sju kommuner "
                "har tagit fram ett nytt avtal, Samverkansavtal om regional kollektivtrafik i Norrmarks län "
                "2019–2022, som reglerar ansvar och kostnadsfördelning för linjelagd trafik, skolskjuts "
                "och färdtjänst.",
                "Regionens kostnad beräknas till 148 000 000 kronor per år. Ekonomidirektör Jan-Erik "
                "Nordin redogör för avtalets ekonomiska konsekvenser."], None),
            ("Beslutsunderlag", ["Tjänsteskrivelse 2019-01-30",
                                 "Samverkansavtal om regional kollektivtrafik i Norrmarks län 2019–2022"], None),
            ("Förslag till beslut", kollektiv, "proposal"),
            ("Yrkanden", ["Anders Kihlberg (M) yrkar att avtalstiden begränsas till 2019–2020."], None),
            ("Propositionsordning", [
                "Ordföranden ställer proposition på förslaget till beslut mot Anders Kihlbergs "
                "ändringsyrkande och finner att arbetsutskottet bifaller förslaget till beslut."], None),
            ("Arbetsutskottets beslut", kollektiv, "decision"),
            ("Reservation", ["Anders Kihlberg (M) reserverar sig mot beslutet till förmån för eget "
                             "yrkande."], None)], to="Regionstyrelsen"),
        dict(n=19, dnr="RS 2018/00654", title="Regional utvecklingsstrategi 2020–2030 – remissversion",
             presenters=["Mattias Öst"], blocks=[
            ("Ärendebeskrivning", [
                "Regionen ansvarar för att ta fram en regional utvecklingsstrategi för länet. Ett förslag "
                "har arbetats fram i dialog med kommunerna, näringslivet och civilsamhället under 2018.",
                "Utvecklingsdirektör Mattias Öst föredrar förslaget till remissversion."], None),
            ("Förslag till beslut", rus, "proposal"),
            ("Arbetsutskottets beslut", rus, "decision")], to="Regionstyrelsen"),
        dict(n=20, dnr="RS 2018/00811", title="Yttrande över motion om fler ambulanser i glesbygd",
             presenters=[], blocks=[
            ("Ärendebeskrivning", [
                "Ann Holmqvist (V) har i en motion föreslagit att regionen placerar ytterligare en "
                "ambulans i Bjurby. Hälso- och sjukvårdsförvaltningen konstaterar att en översyn av "
                "ambulansorganisationen redan pågår och ska redovisas under hösten 2019."], None),
            ("Förslag till beslut", motion, "proposal"),
            ("Arbetsutskottets beslut", motion, "decision")], to="Regionstyrelsen"),
        dict(n=21, dnr="RS 2019/00054", title="Medfinansiering av projektet Digital vård i glesbygd",
             presenters=[], blocks=[
            ("Ärendebeskrivning", [
                "Norrmarks Hälsoteknikcentrum ansöker om regional medfinansiering för projektet Digital "
                "vård i glesbygd. Projektets totala budget är 4 800 000 kronor, varav 2 400 000 kronor "
                "söks från Europeiska regionala utvecklingsfonden."], None),
            ("Förslag till beslut", digital, "proposal"),
            ("Arbetsutskottets beslut", digital, "decision")], to="Norrmarks Hälsoteknikcentrum"),
        dict(n=22, dnr="RS 2019/00078", title="Uppdrag att utreda gemensam växel med länets kommuner",
             presenters=[], blocks=[
            ("Arbetsutskottets beslut", [
                "Arbetsutskottet uppdrar åt regiondirektören att utreda förutsättningarna för en gemensam "
                "telefonväxel med länets kommuner och återrapportera till arbetsutskottet senast den 30 "
                "juni 2019."], "decision")], to="Regiondirektören"),
        dict(n=23, dnr="RS 2019/00121", title="Tillfälliga lokaler för vårdcentralen i Bjurby",
             presenters=["Kristina Wedin"], blocks=[
            ("Ärendebeskrivning", [
                "Regiondirektör Kristina Wedin informerar om att vårdcentralen i Bjurby har drabbats av en "
                "vattenskada. Verksamheten behöver flytta till tillfälliga moduler under reparationen. "
                "Hyran för modulerna beräknas till 85 000 kronor per månad."], None),
            ("Arbetsutskottets beslut", [
                "Arbetsutskottet godkänner att regiondirektören tecknar hyresavtal för tillfälliga moduler "
                "för vårdcentralen i Bjurby för tiden 1 mars–31 december 2019."], "decision")],
             to="Fastighetsavdelningen"),
        dict(n=24, dnr=None, title="Anmälan av delegationsbeslut", presenters=[], blocks=[
            ("Ärendebeskrivning", ["Delegationsbeslut fattade under perioden 2018-12-01–2019-01-31 anmäls, "
                                   "enligt förteckning."], None),
            ("Arbetsutskottets beslut", ["Anmälan av delegationsbeslut godkänns."], "decision")], to=None),
    ]

    def head(p):
        p.set_fill_color(0, 90, 60)
        p.polygon([(20, 20), (25, 12), (30, 20)], style="F")
        p.polygon([(26, 20), (31, 14.5), (36, 20)], style="F")
        p.txt(39, 12, "REGION NORRMARK", 12, "B", family="libsans")
        p.txt(39, 17.5, "Regionstyrelsens arbetsutskott", 9, family="libsans")
        p.txt(112, 12, "PROTOKOLL", 11, "B", family="libsans")
        p.txt(112, 17.5, "Sammanträdesdatum", 7.5, family="libsans")
        p.txt(112, 21, "2019-02-12", 10, family="libsans")
        p.txt(170, 12, f"{p.page_no()}({{nb}})", 10, family="libsans", w=22, align="R")

    def foot(p):
        y = 297 - 24
        p.set_line_width(0.25)
        p.rect(20, y, 28, 13)
        p.rect(48, y, 28, 13)
        p.rect(150, y, 42, 13)
        p.txt(21, y + 1, "Justerandes sign", 7, family="libsans")
        p.txt(151, y + 1, "Utdragsbestyrkande", 7, family="libsans")

    p = Doc("libserif", head, foot)
    p.use_ttf("libsans")
    p.body_top = 32
    p.set_margins(20, 32, 18)
    p.set_auto_page_break(True, 30)
    p.alias_nb_pages()
    p.add_page()

    LW, VX = 44, 66

    def lrow(label, lines, gap=5, size=11):
        y = p.get_y()
        p.set_xy(20, y)
        p.f(8.5, "", "libsans")
        p.multi_cell(LW, 4, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_xy(VX, y)
        p.set_left_margin(VX)
        p.f(size)
        for ln in lines:
            p.multi_cell(126, 5, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_left_margin(20)
        p.set_y(max(p.get_y(), y + 9) + gap)

    lrow("Plats och tid", ["Regionens hus, sammanträdesrum Älgen, Norrmarksgatan 4, Norrby, tisdagen den "
                           "12 februari 2019 kl. 09.00–12.05"])
    lrow("Beslutande", ["Maria Åkesson (S), ordförande", "Per-Olof Strand (C), vice ordförande",
                        "Anders Kihlberg (M)", "Lena Forsmark (S)",
                        "Håkan Ljung (KD), tjänstgörande ersättare för Ewa Björklund (M)"])
    lrow("Ej tjänstgörande\nersättare", ["Ann Holmqvist (V)"])
    lrow("Övriga deltagande", ["Kristina Wedin, regiondirektör", "Jan-Erik Nordin, ekonomidirektör, §§ 16–18",
                               "Mattias Öst, utvecklingsdirektör, § 19", "Sofie Brännström, sekreterare"])
    lrow("Utses att justera", ["Anders Kihlberg (M)"])
    lrow("Justeringens\nplats och tid", ["Regionens hus, torsdagen den 14 februari 2019"], gap=6)
    y = p.get_y()
    p.txt(20, y + 4, "Underskrifter", 8.5, family="libsans")
    for k, (lbl, nm) in enumerate((("Sekreterare", "Sofie Brännström"), ("Ordförande", "Maria Åkesson"),
                                   ("Justerande", "Anders Kihlberg"))):
        yy = y + k * 17
        p.txt(44, yy + 4, lbl, 8.5, family="libsans")
        p.set_line_width(0.2)
        p.set_dash_pattern(0.6, 0.8)
        p.line(VX, yy + 7, 150, yy + 7)
        p.set_dash_pattern()
        p.txt(VX, yy + 9, nm, 11)
    p.txt(158, y + 4, "Paragrafer", 8.5, family="libsans")
    p.txt(158, y + 9, "14–24", 11)
    y += 56
    p.set_line_width(0.5)
    p.line(20, y, 192, y)
    p.txt(20, y + 3, "ANSLAG/BEVIS", 11, "B", family="libsans", w=172, align="C")
    p.txt(20, y + 9, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag", 9,
          w=172, align="C")
    yy = y + 16
    for lbl, val in (("Organ", "Regionstyrelsens arbetsutskott"), ("Sammanträdesdatum", "2019-02-12"),
                     ("Datum för anslags uppsättande", "2019-02-15     Datum för anslags nedtagande  2019-03-11"),
                     ("Förvaringsplats för protokollet", "Regionkansliet, Regionens hus"),
                     ("Underskrift", "..........................................................")):
        p.txt(20, yy, lbl, 8, family="libsans")
        p.txt(VX, yy, val, 10)
        yy += 6.5
    p.txt(VX, yy - 2, "Sofie Brännström", 10)

    # §§
    BX = 58

    def paragraph(s):
        p.need(45)
        y = p.get_y() + 2
        p.txt(20, y + 0.4, f"RSAU § {s['n']}", 11, "B", family="libsans")
        if s["dnr"]:
            p.txt(20, y + 6, f"Dnr {s['dnr']}", 8, family="libsans")
        p.set_y(y)
        p.set_left_margin(BX)
        p.para(s["title"], 12, "B", family="libsans", space=4, w=134)
        for heading, paras, role in s["blocks"]:
            if heading:
                p.need(16)
                p.para(heading, 10.5, "B", family="libsans", space=1)
            for t in paras:
                p.para(t, 11, space=1.6, lh=5)
            p.ln(1.5)
        if s["to"]:
            p.need(12)
            p.para("Beslutet skickas till", 9, "I", space=0.5)
            p.para(s["to"], 10, space=2)
        p.set_left_margin(20)
        p.ln(6)

    p.add_page()
    for s in S:
        paragraph(s)
    register_pdf(p, stem)

    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"RSAU § {s['n']}", s["title"], s["presenters"], None, prop, dec))
    parts = [P("Maria Åkesson", "S", "ordförande"), P("Per-Olof Strand", "C", "vice ordförande"),
             P("Anders Kihlberg", "M", "justerare"), P("Lena Forsmark", "S"),
             P("Håkan Ljung", "KD", "tjänstgörande ersättare"),
             P("Ann Holmqvist", "V", "ej tjänstgörande ersättare"),
             P("Kristina Wedin", None, "övrig"), P("Jan-Erik Nordin", None, "övrig"),
             P("Mattias Öst", None, "övrig"), P("Sofie Brännström", None, "sekreterare")]
    notes = (
        "Invented minutes of a region's arbetsutskott (Region Norrmark, regionstyrelsens arbetsutskott), "
        "2010s office template: running header with logo, 'PROTOKOLL', Sammanträdesdatum and 'N(M)'; "
        "cover page label table (Plats och tid / Beslutande / Ej tjänstgörande ersättare / Övriga "
        "deltagande / Utses att justera / Justeringens plats och tid / Underskrifter / Paragrafer) with "
        "an ANSLAG/BEVIS block; footer boxes 'Justerandes sign' / 'Utdragsbestyrkande'. §§ are printed "
        "'RSAU § 14' .. 'RSAU § 24' in a left margin column with the Dnr under the number; "
        "printed_number keeps 'RSAU § N', number is N. Location 'Regionens hus, sammanträdesrum Älgen, "
        "Norrmarksgatan 4, Norrby' as printed before the weekday. Proposal = text under 'Förslag till "
        "beslut'; decision = text under 'Arbetsutskottets beslut' (for items going on to the "
        "regionstyrelse the decision is the AU's own 'Arbetsutskottet föreslår regionstyrelsen besluta / "
        "att ...' text, which is what the AU decided). § 18's Yrkanden, Propositionsordning and "
        "Reservation are not part of the decision. Presenters: Jan-Erik Nordin 'informerar' (§ 16), "
        "'föredrar' (§ 17), 'redogör för' (§ 18); Mattias Öst 'föredrar' (§ 19); Kristina Wedin "
        "'informerar' (§ 23). Ewa Björklund (M) is only named as the member replaced by Håkan Ljung and "
        "is not a participant. Anders Kihlberg (ledamot, utses att justera) has role justerare; Sofie "
        "Brännström ('sekreterare' under Övriga deltagande) is sekreterare; officials 'övrig' with "
        "organization null (titles are functions). Amounts not annotated; attachments [] (GOLD.md)."
    )
    write_gold(stem, "protokoll", organ, "2019-02-12", False,
               ("09:00", "12:05", "Regionens hus, sammanträdesrum Älgen, Norrmarksgatan 4, Norrby"),
               items, parts, notes)


# ========================================================================================
# 04  Stenbacka kommun, Kommunstyrelsen 2003-11-24, protokollsutdrag (2000s Word, core fonts)
# ========================================================================================

def doc04():
    stem = "04_stenbacka_kommunstyrelsen_2003-11-24_protokollsutdrag"
    organ = "Kommunstyrelsen"
    borgen = [
        "Kommunstyrelsen föreslår kommunfullmäktige besluta",
        "att såsom för egen skuld ingå borgen för Stenbacka Energi AB:s låneförpliktelser upp till ett "
        "totalt högsta lånebelopp om 165 000 000 kronor jämte därpå löpande ränta och kostnader.",
    ]
    rtj_prop = ["Kommunstyrelsen beslutar att godkänna avtal om gemensam räddningstjänst med Ekeryds "
                "kommun för perioden 2004-01-01 - 2007-12-31."]
    rtj_dec = [
        "Kommunstyrelsen beslutar",
        "att godkänna Avtal om gemensam räddningstjänst Stenbacka - Ekeryd 2004-2007,",
        "att uppdra åt kommunstyrelsens ordförande och kommunchefen att underteckna avtalet.",
    ]
    S = [
        dict(n=212, dnr="2003.341.045", title="Borgensåtagande för Stenbacka Energi AB",
             presenters=["Karin Moberg"], blocks=[
            (None, ["Stenbacka Energi AB planerar att bygga ut fjärrvärmenätet i Västra Stenbacka under "
                    "2004-2005. Investeringen beräknas till 62 000 000 kronor och ska delvis finansieras "
                    "genom nya lån. Bolaget har hemställt om att kommunens borgensåtagande höjs från "
                    "120 000 000 kronor till 165 000 000 kronor.",
                    "Ekonomichef Karin Moberg redogör för ärendet och för bolagets ekonomiska ställning."],
             None),
            ("Beslutsunderlag", ["Skrivelse från Stenbacka Energi AB 2003-10-02",
                                 "Tjänsteskrivelse från ekonomikontoret 2003-11-05"], None),
            ("Arbetsutskottets förslag", borgen, "proposal"),
            ("Yrkanden", ["Ylva Strömberg (V) yrkar avslag till förslaget.",
                          "Bertil Sahlin (S) och Gunilla Thorén (M) yrkar bifall till förslaget."], None),
            ("Propositionsordning", ["Ordföranden ställer bifall mot avslag och finner att kommunstyrelsen "
                                     "bifaller förslaget."], None),
            ("Beslut", borgen, "decision"),
            ("Reservation", ["Ylva Strömberg (V) reserverar sig mot beslutet."], None),
            ("Expedieras", ["Kommunfullmäktige, Stenbacka Energi AB, Ekonomikontoret"], None),
        ]),
        dict(n=213, dnr="2003.298.169", title="Avtal om gemensam räddningstjänst med Ekeryds kommun",
             presenters=["Ulf Bäck"], blocks=[
            (None, ["Stenbacka och Ekeryds kommuner har sedan 1999 ett avtal om samverkan vid "
                    "räddningsinsatser. Räddningschef Ulf Bäck föredrar ett förslag till nytt avtal, Avtal "
                    "om gemensam räddningstjänst Stenbacka - Ekeryd 2004-2007. Förslaget innebär att "
                    "Stenbacka kommun tar över ansvaret för ledning, tillsyn och förebyggande arbete i "
                    "Ekeryds kommun mot en årlig ersättning om 3 420 000 kronor.",
                    "Avtalet har godkänts av kommunstyrelsen i Ekeryds kommun 2003-11-10."], None),
            ("Beslutsunderlag", ["Förslag till avtal 2003-10-20", "Tjänsteskrivelse från räddningschefen "
                                 "2003-10-28"], None),
            ("Förslag till beslut", rtj_prop, "proposal"),
            ("Beslut", rtj_dec, "decision"),
            ("Expedieras", ["Ekeryds kommun, Räddningstjänsten, Ekonomikontoret"], None),
        ]),
    ]

    def head(p):
        p.set_line_width(0.3)
        y = 12
        p.rect(20, y, 70, 16)
        p.rect(90, y, 70, 16)
        p.rect(160, y, 30, 16)
        p.txt(22, y + 2, "STENBACKA KOMMUN", 12, "B", family="Helvetica")
        p.txt(22, y + 9, "Kommunstyrelsen", 10, family="Helvetica")
        p.txt(92, y + 2, "PROTOKOLLSUTDRAG", 11, "B", family="Helvetica")
        p.txt(92, y + 7.5, "Sammanträdesdatum", 7, family="Helvetica")
        p.txt(92, y + 11, "2003-11-24", 10, family="Helvetica")
        p.txt(162, y + 2, "Sida", 7, family="Helvetica")
        p.txt(162, y + 7, f"{p.page_no()}({{nb}})", 10, family="Helvetica")

    def foot(p):
        y = 297 - 25
        p.set_line_width(0.3)
        p.rect(20, y, 60, 14)
        p.rect(80, y, 60, 14)
        p.txt(21, y + 1, "Justerandes signatur", 7, family="Helvetica")
        p.txt(81, y + 1, "Utdragsbestyrkande", 7, family="Helvetica")

    p = Doc(None, head, foot)
    p.fam = "Times"
    p.body_top = 36
    p.set_margins(20, 36, 20)
    p.set_auto_page_break(True, 30)
    p.alias_nb_pages()
    p.add_page()

    # cover: bordered label table
    def brow(label, lines, h=None):
        y = p.get_y()
        p.set_xy(22, y + 1.5)
        p.f(9, "B", "Helvetica")
        p.multi_cell(42, 4.2, label, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_xy(66, y + 1.5)
        p.set_left_margin(66)
        p.f(11, "", "Times")
        for ln in lines:
            p.multi_cell(122, 5, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_left_margin(20)
        bottom = max(p.get_y() + 1.5, y + (h or 9))
        p.set_line_width(0.2)
        p.rect(20, y, 44, bottom - y)
        p.rect(64, y, 126, bottom - y)
        p.set_y(bottom)

    brow("Plats och tid", ["Kommunhuset, sammanträdesrummet Vågen, kl 13.15-16.40"])
    brow("Beslutande", ["Bertil Sahlin (S), ordförande", "Gunilla Thorén (M), vice ordförande",
                        "Rolf Ekman (S)", "Marie Lundberg (S)", "Åke Nordqvist (S) tjänstgörande ersättare "
                        "för Anita Holm (S)", "Ahmed Karimi (S)", "Lars Wiklund (C)", "Ylva Strömberg (V)",
                        "Jan Hagberg (M)", "Kristina Berglöf (FP)", "Göran Svedin (KD)"])
    brow("Övriga deltagande", ["Ej tjänstgörande ersättare: Mona Falk (S), Per Ågren (M)",
                               "Leif Strandberg, kommunchef",
                               "Karin Moberg, ekonomichef, § 212",
                               "Ulf Bäck, räddningschef, § 213",
                               "Eva Lindblom, kommunsekreterare"])
    brow("Utses att justera", ["Lars Wiklund och Jan Hagberg"])
    brow("Justeringens\nplats och tid", ["Kommunhuset, torsdagen den 27 november 2003 kl 15.00"], h=11)
    y = p.get_y()
    brow("Underskrifter", [
        "Sekreterare  .................................................   Paragrafer 205-226",
        "                    Eva Lindblom", "",
        "Ordförande   .................................................",
        "                    Bertil Sahlin", "",
        "Justerande   .................................................     ..................................",
        "                    Lars Wiklund                                        Jan Hagberg"])
    p.ln(6)
    p.set_line_width(0.6)
    p.rect(20, p.get_y(), 170, 44)
    yb = p.get_y()
    p.txt(20, yb + 2, "ANSLAG/BEVIS", 11, "B", family="Helvetica", w=170, align="C")
    p.txt(24, yb + 9, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.", 10)
    for k, (lbl, val) in enumerate((("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2003-11-24"),
                                    ("Anslaget uppsatt", "2003-11-28          Anslaget nedtas  2003-12-20"),
                                    ("Förvaringsplats", "Kommunkansliet, Stenbacka"))):
        p.txt(24, yb + 16 + k * 6, lbl, 9, family="Helvetica")
        p.txt(66, yb + 16 + k * 6, val, 10.5)

    BX = 50

    def paragraph(s):
        p.add_page()
        y = p.get_y()
        p.txt(20, y, f"KS § {s['n']}", 11, "B", family="Helvetica")
        p.txt(120, y, f"Dnr {s['dnr']}", 10, family="Helvetica", w=70, align="R")
        p.set_y(y + 8)
        p.set_left_margin(BX)
        p.f(12, "B", "Times")
        p.set_x(BX)
        p.multi_cell(140, 6, s["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y2 = p.get_y()
        p.line(BX, y2, BX + p.get_string_width(s["title"]), y2)
        p.ln(4)
        for heading, paras, role in s["blocks"]:
            if heading:
                p.need(14)
                p.para(heading, 10.5, "B", family="Helvetica", space=1)
            for t in paras:
                p.para(t, 10.5, space=1.2, lh=4.8)
            p.ln(1.2)
        p.set_left_margin(20)
        p.ln(2)
        p.need(16)
        p.para("Rätt utdraget intygar:", 10, "I", space=5)
        p.para(".................................................", 10, space=0)
        p.para("Eva Lindblom, kommunsekreterare", 10, space=0)

    for s in S:
        paragraph(s)
    register_pdf(p, stem)

    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"KS § {s['n']}", s["title"], s["presenters"], None, prop, dec))
    parts = [P("Bertil Sahlin", "S", "ordförande"), P("Gunilla Thorén", "M", "vice ordförande"),
             P("Rolf Ekman", "S"), P("Marie Lundberg", "S"),
             P("Åke Nordqvist", "S", "tjänstgörande ersättare"), P("Ahmed Karimi", "S"),
             P("Lars Wiklund", "C", "justerare"), P("Ylva Strömberg", "V"), P("Jan Hagberg", "M", "justerare"),
             P("Kristina Berglöf", "FP"), P("Göran Svedin", "KD"),
             P("Mona Falk", "S", "ej tjänstgörande ersättare"), P("Per Ågren", "M", "ej tjänstgörande ersättare"),
             P("Leif Strandberg", None, "övrig"), P("Karin Moberg", None, "övrig"), P("Ulf Bäck", None, "övrig"),
             P("Eva Lindblom", None, "sekreterare")]
    notes = (
        "Invented protokollsutdrag (2000s Word template, core Helvetica/Times) of Stenbacka kommun's "
        "kommunstyrelse: page 1 is the protocol's cover (bordered label table Plats och tid / Beslutande / "
        "Övriga deltagande / Utses att justera / Justeringens plats och tid / Underskrifter, ANSLAG/BEVIS "
        "box), then one page per extracted §: 'KS § 212' and 'KS § 213' with 'Dnr 2003.341.045' style "
        "diary numbers and an underlined title, each page closing with 'Rätt utdraget intygar'. The "
        "cover prints 'Paragrafer 205-226' for the whole meeting, but only §§ 212-213 are in this "
        "document, so items are those two. The cover prints no meeting date in 'Plats och tid'; the date "
        "comes from 'Sammanträdesdatum 2003-11-24' in the header. Location 'Kommunhuset, "
        "sammanträdesrummet Vågen'. Proposal = 'Arbetsutskottets förslag' (§ 212) or 'Förslag till "
        "beslut' (§ 213), decision = 'Beslut' (Yrkanden/Propositionsordning/Reservation excluded). In § 213 the proposal and the decision "
        "differ (the decision has two att-clauses); both as printed. Presenters: Karin Moberg 'redogör "
        "för' (§ 212), Ulf Bäck 'föredrar' (§ 213). Justerare Lars Wiklund and Jan Hagberg are printed "
        "without party in 'Utses att justera'; their party comes from the Beslutande list. Ej "
        "tjänstgörande ersättare are printed inside 'Övriga deltagande'; Anita Holm (replaced) is not a "
        "participant; Eva Lindblom (kommunsekreterare, signs as Sekreterare) is sekreterare. Amounts not "
        "annotated; attachments [] (GOLD.md)."
    )
    write_gold(stem, "protokoll", organ, "2003-11-24", False,
               ("13:15", "16:40", "Kommunhuset, sammanträdesrummet Vågen"), items, parts, notes)


# ========================================================================================
# 05  Strandholms kommun (Finland), Bildningsnämnden 27.10.2022, sammanträdesprotokoll
# ========================================================================================

def doc05():
    stem = "05_strandholm_bildningsnamnden_2022-10-27_protokoll"
    organ = "Bildningsnämnden"
    S = [
        dict(n=58, dnr=None, title="Sammanträdets laglighet och beslutförhet", presenters=[], earlier=None,
             blocks=[
            (None, ["Ordföranden konstaterar sammanträdets laglighet och beslutförhet. Kallelsen har "
                    "sänts till medlemmarna 20.10.2022."], None),
            ("Förslag:", ["Sammanträdet konstateras vara lagligen sammankallat och beslutfört."], "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision")]),
        dict(n=59, dnr=None, title="Val av protokolljusterare", presenters=[], earlier=None, blocks=[
            ("Förslag:", ["Två protokolljusterare väljs. Protokollet justeras elektroniskt senast "
                          "1.11.2022."], "proposal"),
            ("Beslut:", ["Anette Sjöblom och Jonas Hannus valdes till protokolljusterare."], "decision")]),
        dict(n=60, dnr=None, title="Godkännande av föredragningslistan", presenters=[], earlier=None, blocks=[
            ("Förslag:", ["Föredragningslistan godkänns."], "proposal"),
            ("Beslut:", ["Föredragningslistan godkändes."], "decision")]),
        dict(n=61, dnr="198/12.01.00/2022", title="Läsårsplaner 2022–2023 för grundskolorna",
             presenters=["Åsa Ahlskog"], earlier=None, blocks=[
            ("Beredning:", ["bildningsdirektör Mikaela Kronqvist"], None),
            (None, ["Enligt lagen om grundläggande utbildning ska utbildningsanordnaren årligen godkänna "
                    "en läsårsplan för varje skola. Läsårsplanerna för Norrby skola, Strandholms skola och "
                    "Västerby skola har behandlats i respektive lärarkollegium.",
                    "Rektor Åsa Ahlskog presenterade Norrby skolas läsårsplan och skolans fokusområden "
                    "läsåret 2022–2023."], None),
            ("Bildningsdirektörens förslag:", ["Bildningsnämnden godkänner läsårsplanerna för läsåret "
                                               "2022–2023 enligt bilaga 1."], "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision"),
            ("Delges:", ["rektorerna"], None)]),
        dict(n=62, dnr="154/12.02.01/2022", title="Revidering av skolskjutsreglementet", presenters=[],
             earlier=dict(head="Bildningsnämnden 22.9.2022 52 §", blocks=[
                 (None, ["Skolskjutsreglementet har senast reviderats 2017. Förvaltningen har gjort en "
                         "översyn av avståndsgränser och väntetider."], None),
                 ("Bildningsdirektörens förslag:", ["Bildningsnämnden godkänner det reviderade "
                                                    "skolskjutsreglementet att gälla från 1.1.2023."], None),
                 ("Bildningsnämndens beslut:", ["Ärendet bordlades för fortsatt beredning."], None)]),
             blocks=[
            ("Beredning:", ["bildningsdirektör Mikaela Kronqvist"], None),
            (None, ["Ärendet har beretts vidare. Avståndsgränsen för elever i årskurs 1–2 föreslås vara 3 "
                    "km i stället för 5 km. Kostnadsökningen beräknas till 18 500 euro per år."], None),
            ("Bildningsdirektörens förslag:", ["Bildningsnämnden godkänner det reviderade "
                                               "skolskjutsreglementet, bilaga 2, att gälla från 1.1.2023."],
             "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision"),
            ("Delges:", ["skolskjutsansvarig, rektorerna"], None)]),
        dict(n=63, dnr="45/02.02.02/2022", title="Budgetuppföljning 30.9.2022", presenters=["Mikaela Kronqvist"],
             earlier=None, blocks=[
            (None, ["Bildningsdirektör Mikaela Kronqvist redogjorde för budgetutfallet per 30.9.2022. "
                    "Bildningsväsendets nettokostnader uppgår till 71,2 % av årsbudgeten. Kostnaderna för "
                    "uppvärmning och skolmåltider överskrider budgeten."], None),
            ("Bildningsdirektörens förslag:", ["Bildningsnämnden antecknar budgetuppföljningen för "
                                               "kännedom."], "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision")]),
        dict(n=64, dnr="160/02.02.00/2022", title="Budgetförslag 2023 och ekonomiplan 2024–2025",
             presenters=[], earlier=None, blocks=[
            ("Beredning:", ["bildningsdirektör Mikaela Kronqvist"], None),
            (None, ["Kommunstyrelsen har gett en budgetram om 9 460 000 euro för bildningsväsendet 2023. "
                    "Förslaget ryms inom ramen."], None),
            ("Bildningsdirektörens förslag:", [
                "Bildningsnämnden godkänner budgetförslaget för 2023 och ekonomiplanen för 2024–2025 för "
                "bildningsväsendet enligt bilaga 3 och överlämnar det till kommunstyrelsen."], "proposal"),
            ("Behandling:", [
                "Under diskussionen föreslog Patrik Lillkung, understödd av Maria Björkqvist, att anslaget "
                "för skolskjutsar höjs med 40 000 euro.",
                "Ordföranden konstaterade att ett understött motförslag framställts och att omröstning ska "
                "förrättas. Omröstningen förrättades med namnupprop. De som omfattar bildningsdirektörens "
                "förslag röstar ja, de som omfattar Patrik Lillkungs förslag röstar nej.",
                "Omröstningsresultat: 5 ja-röster (Nyman, Granholm, Sjöblom, Hannus, Wikström) och 2 "
                "nej-röster (Lillkung, Björkqvist)."], None),
            ("Beslut:", ["Bildningsnämnden godkände bildningsdirektörens förslag med rösterna 5–2."],
             "decision"),
            (None, ["Patrik Lillkung och Maria Björkqvist anmälde avvikande mening."], None),
            ("Delges:", ["kommunstyrelsen"], None)]),
        dict(n=65, dnr="201/12.03.00/2022", title="Avtal om köptjänster för gymnasieutbildning med Kustby stad",
             presenters=[], earlier=None, blocks=[
            ("Beredning:", ["bildningsdirektör Mikaela Kronqvist"], None),
            (None, ["Strandholms kommun köper gymnasieutbildning av Kustby stad. Det nuvarande avtalet "
                    "upphör 31.12.2022. Ett nytt avtal, Avtal om köp av gymnasieutbildning 2023–2025, har "
                    "förhandlats fram. Priset är 8 900 euro per studerande och läsår."], None),
            ("Bildningsdirektörens förslag:", [
                "Bildningsnämnden godkänner avtalet om köp av gymnasieutbildning med Kustby stad för "
                "perioden 1.1.2023–31.12.2025 och befullmäktigar bildningsdirektören att underteckna "
                "avtalet."], "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision"),
            ("Delges:", ["Kustby stad, ekonomikansliet"], None)]),
        dict(n=66, dnr=None, title="Anmälningsärenden", presenters=[], earlier=None, blocks=[
            (None, ["- Tjänsteinnehavarbeslut, bildningsdirektören 22.9–20.10.2022",
                    "- Regionförvaltningsverkets beslut 4.10.2022 om statsunderstöd för klubbverksamhet",
                    "- Protokoll från elevrådet vid Strandholms skola 29.9.2022"], None),
            ("Förslag:", ["Anmälningsärendena antecknas för kännedom."], "proposal"),
            ("Beslut:", ["Enligt förslag."], "decision")]),
        dict(n=67, dnr=None, title="Övriga ärenden", presenters=[], earlier=None, blocks=[
            (None, ["Ordföranden informerade om att nämndens nästa sammanträde hålls 24.11.2022."], None),
            ("Beslut:", ["Antecknades."], "decision")]),
    ]

    def head(p):
        p.txt(18, 11, "STRANDHOLMS KOMMUN", 10.5, "B")
        p.txt(18, 16, "Bildningsnämnden", 8.5)
        p.txt(84, 11, "SAMMANTRÄDESPROTOKOLL", 9, "B")
        p.txt(84, 16, "Nr 7/2022", 8.5)
        p.txt(138, 11, "Sammanträdesdatum", 7.5)
        p.txt(138, 15.5, "27.10.2022", 8.5)
        p.txt(176, 11, "Sida", 7.5, w=16, align="R")
        p.txt(176, 15.5, str(p.page_no()), 8.5, w=16, align="R")
        p.set_line_width(0.2)
        p.line(18, 22, 192, 22)

    p = Doc("opensans", head, None)
    p.body_top = 28
    p.set_margins(18, 28, 18)
    p.set_auto_page_break(True, 18)
    p.add_page()

    LX, VX = 18, 58

    def lab(label, y=None):
        p.txt(LX, p.get_y() if y is None else y, label, 9, "B")

    def val(lines, size=9.5, gap=3):
        y = p.get_y()
        p.set_left_margin(VX)
        p.set_xy(VX, y)
        p.f(size)
        for ln in lines:
            p.multi_cell(134, 4.8, ln, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.set_left_margin(LX)
        p.ln(gap)

    lab("Tid")
    val(["27.10.2022 kl. 18.00–20.15"])
    lab("Plats")
    val(["Kommungården, sammanträdesrummet Fyren"], gap=5)
    lab("Närvarande")
    y0 = p.get_y()
    p.txt(VX, y0, "Ordinarie medlemmar", 8.5, "I")
    p.txt(VX + 70, y0, "Ersättare", 8.5, "I")
    mem = ["Nyman Ulla, ordförande", "Granholm Kaj, vice ordförande", "Sjöblom Anette", "Lillkung Patrik",
           "Björkqvist Maria", "Hannus Jonas"]
    ers = ["Wikström Linda (för Back Sebastian)"]
    for k, m in enumerate(mem):
        p.txt(VX, y0 + 5 + k * 4.8, m, 9.5)
    for k, m in enumerate(ers):
        p.txt(VX + 70, y0 + 5 + k * 4.8, m, 9.5)
    p.set_y(y0 + 5 + len(mem) * 4.8 + 4)
    lab("Övriga närvarande")
    val(["Kronqvist Mikaela, bildningsdirektör, föredragande",
         "Strömsholm Peter, kommunstyrelsens representant",
         "Ahlskog Åsa, rektor, Norrby skola, 61 §",
         "Sundqvist Tove, förvaltningssekreterare, protokollförare"], gap=5)
    lab("Frånvarande")
    val(["Back Sebastian"], gap=5)
    lab("Paragrafer")
    val(["58–67 §"], gap=8)
    p.set_line_width(0.2)
    p.line(18, p.get_y(), 192, p.get_y())
    p.ln(4)
    lab("Underskrifter")
    p.ln(12)
    y = p.get_y()
    p.line(VX, y, VX + 55, y)
    p.line(VX + 70, y, VX + 125, y)
    p.txt(VX, y + 1.5, "Ulla Nyman", 9.5)
    p.txt(VX, y + 6, "ordförande", 8.5)
    p.txt(VX + 70, y + 1.5, "Tove Sundqvist", 9.5)
    p.txt(VX + 70, y + 6, "protokollförare", 8.5)
    p.set_y(y + 16)
    lab("Protokolljustering")
    p.ln(12)
    y = p.get_y()
    p.line(VX, y, VX + 55, y)
    p.line(VX + 70, y, VX + 125, y)
    p.txt(VX, y + 1.5, "Anette Sjöblom", 9.5)
    p.txt(VX + 70, y + 1.5, "Jonas Hannus", 9.5)
    p.set_y(y + 9)
    p.txt(VX, p.get_y(), "Protokollet har justerats elektroniskt 1.11.2022.", 8.5, "I")
    p.ln(12)
    p.line(18, p.get_y(), 192, p.get_y())
    p.ln(4)
    lab("Framläggande")
    val(["Protokollet hålls allmänt tillgängligt på kommunens webbplats www.strandholm.fi från 3.11.2022."])
    p.txt(VX, p.get_y() + 2, "Intygar: Tove Sundqvist, förvaltningssekreterare", 8.5)

    # §§
    BX = 44

    def block_list(blocks):
        for heading, paras, role in blocks:
            if heading:
                p.need(12)
                p.set_left_margin(18)
                p.para(heading, 9.5, "B", space=0.8)
            p.set_left_margin(BX)
            for t in paras:
                p.para(t, 9.5, space=1.4, lh=4.7)
            p.ln(1)

    def paragraph(s):
        if s["earlier"] or s["n"] == 58:
            p.add_page()
        else:
            p.need(75)
            p.ln(6)
        if s["earlier"]:
            e = s["earlier"]
            p.para(e["head"], 9, "B", space=1)
            p.para(s["title"], 10.5, "B", space=1)
            p.para(f"Dnr {s['dnr']}", 8, space=3)
            block_list(e["blocks"])
            p.set_left_margin(18)
            p.para("_" * 20, 9, space=4)
            p.para(f"Bildningsnämnden 27.10.2022 {s['n']} §", 9, "B", space=1)
        y = p.get_y()
        p.txt(18, y, f"{s['n']} §", 10.5, "B")
        if s["dnr"] and not s["earlier"]:
            p.txt(150, y, f"Dnr {s['dnr']}", 8, w=42, align="R")
        p.set_left_margin(BX - 10)
        p.set_y(y)
        p.para(s["title"], 10.5, "B", space=0.5, x=BX - 10, w=112)
        p.set_left_margin(18)
        p.ln(3)
        block_list(s["blocks"])
        p.set_left_margin(18)
        p.para("_" * 20, 9, space=2)

    for s in S:
        paragraph(s)
    # besvärsanvisning
    p.add_page()
    p.set_left_margin(18)
    p.para("ANVISNING OM RÄTTELSEYRKANDE", 11, "B", space=3)
    p.para("Ändring i beslut som gäller 61–62 § och 64–65 § får sökas genom rättelseyrkande. "
           "Rättelseyrkande framställs skriftligen hos bildningsnämnden inom 14 dagar efter delfåendet "
           "av beslutet. En medlem av kommunen anses ha fått del av beslutet sju dagar efter att "
           "protokollet har publicerats i det allmänna datanätet.", 9.5, space=3)
    p.para("Följande beslut kan enligt 136 § kommunallagen inte överklagas eftersom de gäller enbart "
           "beredning eller verkställighet: 58–60 §, 63 § och 66–67 §.", 9.5, space=3)
    p.para("Myndighet och kontaktuppgifter: Bildningsnämnden i Strandholms kommun, Kommungården, "
           "Strandvägen 2, 66900 Strandholm, registratur@strandholm.fi", 9.5, space=3)
    register_pdf(p, stem)

    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"{s['n']} §", s["title"], s["presenters"], None, prop, dec))
    parts = [P("Ulla Nyman", None, "ordförande"), P("Kaj Granholm", None, "vice ordförande"),
             P("Anette Sjöblom", None, "justerare"), P("Patrik Lillkung"), P("Maria Björkqvist"),
             P("Jonas Hannus", None, "justerare"), P("Linda Wikström", None, "tjänstgörande ersättare"),
             P("Mikaela Kronqvist", None, "övrig"), P("Peter Strömsholm", None, "övrig"),
             P("Åsa Ahlskog", None, "övrig", org="Norrby skola"),
             P("Tove Sundqvist", None, "sekreterare")]
    notes = (
        "Invented Finland-Swedish sammanträdesprotokoll (Strandholms kommun, bildningsnämnden, protokoll "
        "nr 7/2022), dates printed Finnish style '27.10.2022'. Cover page: Tid / Plats / Närvarande "
        "(two columns 'Ordinarie medlemmar' and 'Ersättare') / Övriga närvarande / Frånvarande / "
        "Paragrafer / Underskrifter / Protokolljustering / Framläggande; §§ printed '58 §' .. '67 §' "
        "with the Dnr (archive-code style '198/12.01.00/2022') at the right of the heading line; 62 § "
        "starts a new page. Names are "
        "printed surname first ('Nyman Ulla') and turned around; no parties are printed (party null). "
        "'Wikström Linda (för Back Sebastian)' is listed under Ersättare and serves for the absent "
        "Sebastian Back, so role tjänstgörande ersättare (she also votes in 64 §); Sebastian Back is "
        "frånvarande and not a participant. Tove Sundqvist (protokollförare) = sekreterare; Anette "
        "Sjöblom and Jonas Hannus (chosen in 59 §) = justerare. Åsa Ahlskog's 'Norrby skola' is kept as "
        "organization; Peter Strömsholm's 'kommunstyrelsens representant' is a function (organization "
        "null). Proposal = text under 'Förslag:' or 'Bildningsdirektörens förslag:'; decision = text "
        "under 'Beslut:' taken literally, often only 'Enligt förslag.' (58, 61-63, 65, 66 §). 62 § "
        "reprints the earlier handling 'Bildningsnämnden 22.9.2022 52 §' (its förslag and 'Ärendet "
        "bordlades' decision) above the current one; proposal and decision are from the current "
        "27.10.2022 handling only. 64 §: the 'Behandling:' text (motförslag, omröstning 5-2) and the "
        "avvikande mening are not part of the decision. Presenters: 61 § Åsa Ahlskog 'presenterade', "
        "63 § Mikaela Kronqvist 'redogjorde för'; 'Beredning: bildningsdirektör ...' is preparation, not "
        "presenting. Text layer: each § heading line also carries the Dnr at the right, so a line-by-line "
        "extraction of 65 § reads 'Avtal om köptjänster för gymnasieutbildning med Kustby Dnr "
        "201/12.03.00/2022' and then 'stad'; the title as the page shows it is 'Avtal om köptjänster för "
        "gymnasieutbildning med Kustby stad'. The last page (ANVISNING OM RÄTTELSEYRKANDE) mentions § numbers but is not an item. "
        "Amounts (in euro) not annotated; attachments [] (GOLD.md)."
    )
    write_gold(stem, "protokoll", organ, "2022-10-27", False,
               ("18:00", "20:15", "Kommungården, sammanträdesrummet Fyren"), items, parts, notes)


# ========================================================================================
# 06  Lundholms kommun, Tekniska nämnden 2014-10-21, protokoll with many §§ and Dnr
# ========================================================================================

def doc06():
    stem = "06_lundholm_tekniska-namnden_2014-10-21_protokoll"
    organ = "Tekniska nämnden"

    def d(n, dnr, title, pres, blocks, to=None):
        return dict(n=n, dnr=dnr, title=title, presenters=pres, blocks=blocks, to=to)
    B = "Tekniska nämndens beslut"
    S = [
        d(101, None, "Val av justerare", [], [
            (B, ["Tekniska nämnden utser Kjell Åström (M) att tillsammans med ordföranden justera "
                 "protokollet."], "decision")]),
        d(102, None, "Godkännande av dagordning", [], [
            (B, ["Dagordningen godkänns."], "decision")]),
        d(103, "TN 2014/0012", "Verksamhetsrapport från tekniska förvaltningen", ["Roger Blom"], [
            (None, ["Teknisk chef Roger Blom informerar om höstens beläggningsarbeten, om rekryteringen av "
                    "en ny gatuchef och om arbetsmiljöläget inom driftenheten."], None),
            (B, ["Tekniska nämnden noterar informationen."], "decision")]),
        d(104, "TN 2014/0288", "Delårsrapport augusti 2014", ["Sandra Hellström"], [
            (None, ["Controller Sandra Hellström redovisar delårsrapporten. Nämnden prognostiserar ett "
                    "underskott om 1,8 miljoner kronor för helåret, främst inom vinterväghållningen."], None),
            ("Beslutsunderlag", ["Delårsrapport per augusti 2014, tekniska nämnden"], None),
            ("Förslag till beslut", ["Tekniska nämnden godkänner delårsrapporten per augusti 2014 och "
                                     "överlämnar den till kommunstyrelsen."], "proposal"),
            (B, ["Tekniska nämnden godkänner delårsrapporten per augusti 2014 och överlämnar den till "
                 "kommunstyrelsen."], "decision")], to="Kommunstyrelsen, ekonomiavdelningen"),
        d(105, "TN 2014/0301", "Detaljbudget 2015 för tekniska nämnden", ["Sandra Hellström"], [
            (None, ["Kommunfullmäktige har beslutat om en ram för tekniska nämnden 2015 om 84,6 miljoner "
                    "kronor. Controller Sandra Hellström föredrar förslaget till detaljbudget."], None),
            ("Förslag till beslut", ["Tekniska nämnden fastställer detaljbudget för 2015 enligt "
                                     "förvaltningens förslag."], "proposal"),
            (B, ["Tekniska nämnden fastställer detaljbudget för 2015 enligt förvaltningens förslag."],
             "decision")], to="Ekonomiavdelningen"),
        d(106, "TN 2014/0245", "Taxa för vatten och avlopp 2015", ["Mikael Strid"], [
            (None, ["VA-chef Mikael Strid föredrar ärendet. För att täcka kostnaderna för förnyelse av "
                    "ledningsnätet föreslås att brukningsavgiften höjs med 4 procent till 31,20 kronor per "
                    "kubikmeter och att den fasta avgiften höjs till 2 940 kronor per år."], None),
            ("Beslutsunderlag", ["Tjänsteskrivelse 2014-09-30", "Förslag till VA-taxa 2015"], None),
            ("Förslag till beslut", ["Tekniska nämnden föreslår kommunfullmäktige att anta taxa för "
                                     "kommunens allmänna vatten- och avloppsanläggning att gälla från och "
                                     "med den 1 januari 2015."], "proposal"),
            (B, ["Tekniska nämnden föreslår kommunfullmäktige att anta taxa för kommunens allmänna vatten- "
                 "och avloppsanläggning att gälla från och med den 1 januari 2015."], "decision")],
          to="Kommunfullmäktige"),
        d(107, "TN 2014/0199", "Tilldelning av avtal om vinterväghållning 2014–2017, område Norr", [], [
            (None, ["Förvaltningen har genomfört en upphandling av vinterväghållning för område Norr. Fyra "
                    "anbud har kommit in. Lundholms Åkeri AB har lämnat det ekonomiskt mest fördelaktiga "
                    "anbudet, 2 850 000 kronor per säsong."], None),
            ("Beslutsunderlag", ["Tilldelningsrapport 2014-10-06", "Avtal om vinterväghållning, område "
                                 "Norr, utkast"], None),
            ("Förslag till beslut", ["Tekniska nämnden beslutar att tilldela Lundholms Åkeri AB avtal om "
                                     "vinterväghållning, område Norr, för perioden 2014-11-01–2017-04-30."],
             "proposal"),
            ("Yrkanden", ["Sune Hallberg (SD) yrkar att ärendet återremitteras för kompletterande "
                          "redovisning av anbudsprövningen."], None),
            ("Propositionsordning", ["Ordföranden ställer först proposition på om ärendet ska avgöras i dag "
                                     "eller återremitteras och finner att ärendet ska avgöras i dag. "
                                     "Därefter ställer ordföranden proposition på förvaltningens förslag och "
                                     "finner att nämnden bifaller detta."], None),
            (B, ["Tekniska nämnden beslutar att tilldela Lundholms Åkeri AB avtal om vinterväghållning, "
                 "område Norr, för perioden 2014-11-01–2017-04-30."], "decision")],
          to="Lundholms Åkeri AB, övriga anbudsgivare, upphandlingsenheten"),
        d(108, "TN 2014/0233", "Investering i LED-armaturer för gatubelysning", [], [
            (None, ["Kommunen har cirka 4 600 gatubelysningsarmaturer, varav en tredjedel har "
                    "kvicksilverlampor som inte längre får säljas. Ett utbyte till LED beräknas kosta 4,2 "
                    "miljoner kronor och minska elförbrukningen med 60 procent."], None),
            ("Förslag till beslut", ["Tekniska nämnden hemställer hos kommunstyrelsen om ett "
                                     "investeringsanslag om 4 200 000 kronor för utbyte till LED-armaturer "
                                     "2015."], "proposal"),
            (B, ["Tekniska nämnden hemställer hos kommunstyrelsen om ett investeringsanslag om 4 200 000 "
                 "kronor för utbyte till LED-armaturer 2015."], "decision")], to="Kommunstyrelsen"),
        d(109, "TN 2014/0178", "Trafiksäkerhetsprogram 2015–2018", ["Petra Lind"], [
            (None, ["Trafikingenjör Petra Lind presenterar förslaget till trafiksäkerhetsprogram, som har "
                    "varit på remiss hos skolor, polisen och trafikföreningar."], None),
            (B, ["Tekniska nämnden antar trafiksäkerhetsprogram 2015–2018."], "decision")],
          to="Polisen, barn- och utbildningsförvaltningen"),
        d(110, "TN 2014/0156", "Medborgarförslag om farthinder på Skolgatan", [], [
            (None, ["I ett medborgarförslag föreslås att farthinder anläggs på Skolgatan mellan Kyrkvägen "
                    "och Parkgatan. Hastighetsmätningar visar en medelhastighet om 31 km/h. Förvaltningen "
                    "bedömer att farthinder inte är motiverade."], None),
            ("Förslag till beslut", ["Tekniska nämnden avslår medborgarförslaget."], "proposal"),
            ("Yrkanden", ["Lennart Björk (S) yrkar bifall till medborgarförslaget.",
                          "Henrik Sundberg (M) yrkar bifall till förvaltningens förslag."], None),
            ("Propositionsordning", ["Ordföranden ställer förslagen mot varandra och finner att nämnden "
                                     "beslutar enligt Henrik Sundbergs yrkande."], None),
            ("Omröstning", ["Votering begärs och verkställs. Ja-röst för Henrik Sundbergs yrkande, nej-röst "
                            "för Lennart Björks yrkande. Med 5 ja-röster (Henrik Sundberg, Carina Öst, "
                            "Jessica Mård, Kjell Åström, Marita Gran) mot 4 nej-röster (Agneta Lööf, "
                            "Lennart Björk, Bo Ljungqvist, Sune Hallberg) beslutar nämnden enligt Henrik "
                            "Sundbergs yrkande."], None),
            (B, ["Tekniska nämnden avslår medborgarförslaget."], "decision"),
            ("Reservation", ["Agneta Lööf (S), Lennart Björk (S) och Bo Ljungqvist (S) reserverar sig mot "
                             "beslutet."], None)], to="Förslagsställaren"),
        d(111, "TN 2014/0210", "Namnsättning av gator inom detaljplan för Norra Ängen", [], [
            (None, ["Förvaltningen föreslår namn med anknytning till ängsväxter för de tre nya gatorna."],
             None),
            (B, ["Tekniska nämnden beslutar att gatorna inom detaljplanen för Norra Ängen ska heta "
                 "Klövervägen, Timotejvägen och Vicketvägen."], "decision")],
          to="Lantmäteriet, räddningstjänsten"),
        d(112, "TN 2014/0190", "Remiss – förslag till renhållningsordning", [], [
            (None, ["Kommunstyrelsen har remitterat förslag till ny renhållningsordning för Lundholms "
                    "kommun. Förvaltningen har upprättat förslag till yttrande."], None),
            (B, ["Tekniska nämnden lämnar yttrande enligt förvaltningens förslag."], "decision")],
          to="Kommunstyrelsen"),
        d(113, "TN 2014/0305", "Internkontrollplan 2015", [], [
            (B, ["Tekniska nämnden antar internkontrollplan för 2015."], "decision")]),
        d(114, "TN 2014/0004", "Redovisning av delegationsbeslut", [], [
            (None, ["Delegationsbeslut fattade under perioden 2014-09-10–2014-10-10 redovisas."], None),
            (B, ["Redovisningen godkänns."], "decision")]),
        d(115, "TN 2014/0003", "Meddelanden", [], [
            (None, ["Länsstyrelsens beslut 2014-09-22 om tillstånd för Lundholms reningsverk.",
                    "Kommunfullmäktiges protokoll 2014-09-29, § 87 Budget 2015."], None),
            (B, ["Meddelandena läggs till handlingarna."], "decision")]),
        d(116, None, "Övriga frågor", [], [
            (None, ["Carina Öst (C) frågar om tidplanen för ombyggnaden av busstorget. Roger Blom svarar att "
                    "arbetet beräknas starta i mars 2015."], None)]),
    ]

    def head(p):
        p.txt(20, 11, "Lundholms kommun", 13, "B")
        p.txt(20, 17, "Tekniska nämnden", 10, "I")
        p.txt(120, 11, "SAMMANTRÄDESPROTOKOLL", 10, "B", w=70, align="R")
        p.txt(120, 17, "2014-10-21", 10, w=70, align="R")
        p.set_line_width(0.6)
        p.line(20, 23, 190, 23)
        p.set_line_width(0.2)
        p.line(20, 24, 190, 24)

    def foot(p):
        y = 297 - 16
        p.set_line_width(0.2)
        p.line(20, y - 2, 190, y - 2)
        p.txt(20, y, "Justerandes signatur", 8, "I")
        p.line(52, y + 3.5, 100, y + 3.5)
        p.txt(130, y, f"Sida {p.page_no()} av {{nb}}", 9, w=60, align="R")

    p = Doc("freeserif", head, foot)
    p.body_top = 30
    p.set_margins(20, 30, 20)
    p.set_auto_page_break(True, 24)
    p.alias_nb_pages()
    p.add_page()

    def rollrow(label, name):
        p.set_x(25)
        p.f(10.5)
        p.cell(42, 5.2, label)
        p.cell(0, 5.2, name, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    p.para("Tid", 10.5, "B", space=0)
    p.para("Tisdagen den 21 oktober 2014 kl. 13.00–16.10", 10.5, x=25, space=2)
    p.para("Plats", 10.5, "B", space=0)
    p.para("Stadshuset, sammanträdesrum Tallen", 10.5, x=25, space=3)
    p.para("Ledamöter", 10.5, "B", space=0.5)
    for lbl, n in (("Ordförande", "Henrik Sundberg (M)"), ("Vice ordförande", "Agneta Lööf (S)"),
                   ("Ledamot", "Carina Öst (C)"), ("Ledamot", "Lennart Björk (S)"),
                   ("Ledamot", "Jessica Mård (FP)"), ("Ledamot", "Sune Hallberg (SD)"),
                   ("Ledamot", "Kjell Åström (M)")):
        rollrow(lbl, n)
    p.ln(2)
    p.para("Tjänstgörande ersättare", 10.5, "B", space=0.5)
    rollrow("Ersättare", "Bo Ljungqvist (S) för Eva Nygren (S)")
    rollrow("Ersättare", "Marita Gran (KD) för Ove Berglund (M)")
    p.ln(2)
    p.para("Ej tjänstgörande ersättare", 10.5, "B", space=0.5)
    rollrow("Ersättare", "Peder Olsson (C)")
    rollrow("Ersättare", "Anna-Karin Rudin (V)")
    p.ln(2)
    p.para("Frånvarande", 10.5, "B", space=0.5)
    rollrow("Ledamot", "Eva Nygren (S)")
    rollrow("Ledamot", "Ove Berglund (M)")
    p.ln(2)
    p.para("Tjänstemän", 10.5, "B", space=0.5)
    for lbl, n in (("Teknisk chef", "Roger Blom"), ("Controller", "Sandra Hellström, §§ 104–105"),
                   ("VA-chef", "Mikael Strid, § 106"), ("Trafikingenjör", "Petra Lind, §§ 109–111"),
                   ("Nämndsekreterare", "Linnea Öhrn")):
        rollrow(lbl, n)
    p.ln(3)
    for lbl, v in (("Justerare", "Kjell Åström (M)"), ("Justeringens tid och plats", "Stadshuset 2014-10-27"),
                   ("Paragrafer", "§§ 101–116")):
        p.f(10.5, "B")
        p.cell(50, 5.5, lbl)
        p.f(10.5)
        p.cell(0, 5.5, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(8)
    y = p.get_y()
    for k, (lbl, n) in enumerate((("Sekreterare", "Linnea Öhrn"), ("Ordförande", "Henrik Sundberg"),
                                  ("Justerare", "Kjell Åström"))):
        x = 20 + k * 58
        p.line(x, y + 8, x + 50, y + 8)
        p.txt(x, y + 9, f"{lbl}: {n}", 9)

    def paragraph(s):
        p.need(34)
        p.ln(4)
        y = p.get_y()
        p.set_draw_color(120, 120, 120)
        p.line(20, y - 2, 190, y - 2)
        p.set_draw_color(0, 0, 0)
        p.txt(20, y, f"§ {s['n']}", 12, "B")
        p.set_y(y)
        p.set_left_margin(40)
        p.para(s["title"], 12, "B", x=40, w=150, space=0.5)
        if s["dnr"]:
            p.txt(120, p.get_y(), f"Dnr {s['dnr']}", 9, "I", w=70, align="R")
            p.ln(5)
        p.set_left_margin(20)
        p.ln(2)
        for heading, paras, role in s["blocks"]:
            if heading:
                p.need(14)
                p.para(heading, 10.5, "I" if heading == "Beslutsunderlag" else "B", space=0.5,
                       family="freeserif")
            for t in paras:
                p.para(t, 10.5, space=1.3, lh=4.9)
            p.ln(1)
        if s["to"]:
            p.f(9.5, "I")
            p.multi_cell(0, 4.6, f"Skickas till: {s['to']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.ln(2)

    p.add_page()
    for s in S:
        paragraph(s)
    register_pdf(p, stem)

    items = []
    for s in S:
        prop = next((joinp(x[1]) for x in s["blocks"] if x[2] == "proposal"), None)
        dec = next((joinp(x[1]) for x in s["blocks"] if x[2] == "decision"), None)
        items.append(item(s["n"], f"§ {s['n']}", s["title"], s["presenters"], None, prop, dec))
    parts = [P("Henrik Sundberg", "M", "ordförande"), P("Agneta Lööf", "S", "vice ordförande"),
             P("Carina Öst", "C"), P("Lennart Björk", "S"), P("Jessica Mård", "FP"), P("Sune Hallberg", "SD"),
             P("Kjell Åström", "M", "justerare"),
             P("Bo Ljungqvist", "S", "tjänstgörande ersättare"), P("Marita Gran", "KD", "tjänstgörande ersättare"),
             P("Peder Olsson", "C", "ej tjänstgörande ersättare"),
             P("Anna-Karin Rudin", "V", "ej tjänstgörande ersättare"),
             P("Roger Blom", None, "övrig"), P("Sandra Hellström", None, "övrig"),
             P("Mikael Strid", None, "övrig"), P("Petra Lind", None, "övrig"),
             P("Linnea Öhrn", None, "sekreterare")]
    notes = (
        "Invented 2010s minutes of Lundholms kommun's tekniska nämnd (FreeSerif): running header "
        "'Lundholms kommun / Tekniska nämnden' and 'SAMMANTRÄDESPROTOKOLL 2014-10-21', footer "
        "'Justerandes signatur ____  Sida N av M'. Page 1 lists people by group with a function column "
        "('Ordförande Henrik Sundberg (M)', 'Ledamot ...', 'Ersättare Bo Ljungqvist (S) för Eva Nygren "
        "(S)', 'Tjänstemän: Teknisk chef Roger Blom', ...). Frånvarande Eva Nygren and Ove Berglund are "
        "not participants (absent). Kjell Åström (ledamot, Justerare) has role justerare; Linnea Öhrn "
        "(Nämndsekreterare, signs as Sekreterare) is sekreterare; tjänstemän are 'övrig' with "
        "organization null. 16 §§ (§ 101-§ 116), each '§ N' + bold title with the Dnr ('TN 2014/0245') "
        "right-aligned in italics below; §§ 101, 102 and 116 have no Dnr. Proposal = 'Förslag till "
        "beslut' (only where printed), decision = text under 'Tekniska nämndens beslut'; Yrkanden, "
        "Propositionsordning (§ 107: återremiss question), Omröstning (§ 110, 5-4) and Reservation are "
        "not part of the decision. § 116 (Övriga frågor) records no decision (null). Presenters: Roger "
        "Blom 'informerar' (§ 103), Sandra Hellström 'redovisar' (§ 104) and 'föredrar' (§ 105), Mikael "
        "Strid 'föredrar' (§ 106), Petra Lind 'presenterar' (§ 109); Roger Blom only 'svarar' in § 116 "
        "(not a presenter). Agreement named in § 107 (Avtal om vinterväghållning, område Norr). Amounts "
        "not annotated; attachments [] (GOLD.md)."
    )
    write_gold(stem, "protokoll", organ, "2014-10-21", False,
               ("13:00", "16:10", "Stadshuset, sammanträdesrum Tallen"), items, parts, notes)


# ========================================================================================
# 07  Forsmora kommun, Kommunfullmäktige 1974-11-28, kungörelse (plain list), typewritten SCAN
# ========================================================================================

def doc07():
    stem = "07_forsmora_kommunfullmaktige_1974-11-28_kallelse"
    organ = "Kommunfullmäktige"
    titles = [
        "Val av två justeringsmän",
        "Fyllnadsval av ledamot i socialnämnden efter Nils Hägg (fp)",
        "Budget för år 1975 samt fastställande av utdebitering",
        "Anslag till upprustning av Forsmora folkbibliotek",
        "Försäljning av tomtmark inom kvarteret Smedjan",
        "Förvärv av fastigheten Forsmora 12:4 (Lindgården)",
        "Taxa för renhållning fr o m 1975-01-01",
        "Bildande av kommunalt bostadsföretag",
        "Motion av Stig Ahlberg (m) om gatubelysning i Nybyn",
        "Interpellation av Karin Sjödin (c) angående skolskjutsarna",
        "Avsägelser och val",
        "Meddelanden",
    ]
    # (surname, given, party, note)
    members = [
        ("Ahlberg", "Stig", "m", ""), ("Andersson", "Rut", "s", ""), ("Berg", "Sixten", "s", ""),
        ("Berggren", "Hjalmar", "c", ""), ("Björk", "Nils-Olof", "c", ""), ("Dahl", "Signe", "c", ""),
        ("Falk", "Ingegerd", "m", ""), ("Forsberg", "Martin", "s", ""), ("Hedin", "Ulla", "m", ""),
        ("Hellström", "Tage", "s", ""), ("Holm", "Bengt", "s", ""), ("Holmberg", "Margit", "fp", ""),
        ("Lindh", "Ragnar", "c", ""), ("Lindqvist", "Kurt", "s", ""), ("Ljung", "Sven", "fp", ""),
        ("Lund", "Elsa", "s", ""), ("Lundmark", "Erik", "s", "ordf"), ("Mattsson", "Einar", "c", ""),
        ("Nordin", "Greta", "s", ""), ("Nyberg", "Gösta", "s", ""), ("Persson", "Arne", "s", ""),
        ("Sjöberg", "Ingvar", "s", ""), ("Sjödin", "Karin", "c", "v ordf"), ("Strand", "Alvar", "c", ""),
        ("Svensson", "Olle", "s", ""), ("Vik", "Gunnel", "s", ""), ("Wahlström", "Birger", "m", ""),
        ("Wallin", "Folke", "c", ""), ("Ek", "Harald", "s", ""), ("Östlund", "Anna-Lisa", "s", ""),
        ("Öhman", "Rune", "vpk", ""),
    ]
    members.sort(key=lambda m: m[0].replace("Ö", "ö").replace("Ä", "ä").replace("Å", "å")
                 .translate(str.maketrans("åäö", "{|}")).lower())
    assert len(members) == 31

    tw = Typewriter(cols=62, rows=54)
    tw.pages = []
    tw.page_header = None
    tw.new_page()
    tw.nl(1)
    tw.line("FORSMORA KOMMUN", col=23, bold=True)
    tw.line("Kommunfullmäktige", col=22)
    tw.nl(2)
    tw.line("K U N G Ö R E L S E", col=21, bold=True)
    tw.nl(2)
    tw.wrap("Kommunfullmäktige sammanträder torsdagen den 28 november 1974 kl 19.00 i Medborgarhuset, "
            "stora salen, Forsmora.")
    tw.nl()
    tw.line("Därvid skall följande ärenden förekomma:")
    tw.nl()
    for k, t in enumerate(titles, 1):
        num = f"{k:>2}."
        lines = textwrap.wrap(t, 54, break_on_hyphens=False)
        tw.line(f"{num}  {lines[0]}", col=1)
        for ln in lines[1:]:
            tw.line(ln, col=6)
    tw.nl()
    tw.wrap("Handlingarna i ärendena finns tillgängliga på kommunkansliet från och med den 21 november "
            "1974.")
    tw.nl()
    tw.wrap("Ledamot som är förhindrad att närvara ombedes snarast anmäla detta till kommunkansliet, "
            "tel 0651-120 40, varvid ersättare kallas.")
    tw.nl(2)
    tw.line("Forsmora den 14 november 1974")
    tw.nl(3)
    tw.line("Erik Lundmark", col=34)
    tw.line("ordförande", col=34)
    tw.nl(2)
    tw.line("/Gun-Britt Malm", col=0)
    tw.line(" kommunsekreterare", col=0)

    tw.new_page()
    tw.nl(1)
    tw.line("FORSMORA KOMMUN", bold=True)
    tw.line("Kommunfullmäktige")
    tw.nl(2)
    tw.line("SÄNDLISTA", underline=True)
    tw.nl()
    tw.wrap("Kungörelse till kommunfullmäktiges sammanträde den 28 november 1974 tillställes "
            "ledamöterna:")
    tw.nl()
    half = (len(members) + 1) // 2
    left, right = members[:half], members[half:]

    def fmt(m):
        s, g, pa, note = m
        return f"{s}, {g} ({pa})" + (f" {note}" if note else "")
    for k in range(half):
        tw.put(2, fmt(left[k]))
        if k < len(right):
            tw.put(33, fmt(right[k]))
        tw.nl()
    tw.nl()
    tw.wrap("Ersättarna erhåller kungörelsen för kännedom. Kungörelsen har anslagits på kommunens "
            "anslagstavla den 15 november 1974 samt införts i ortstidningarna.")
    render_scan(tw, OUT / f"{stem}.pdf", TYPEWRITER["freemono"], TYPEWRITER["freemono_b"],
                dpi=200, pt=12, seed=1974, line_pitch=int(200 / 6), margin_in=(1.15, 0.85),
                ink=55, rotation=(-1.1, 1.1), paper=(240, 236, 222), jpeg_q=65)

    items = [item(k, f"{k}.", t) for k, t in enumerate(titles, 1)]
    role = {"ordf": "ordförande", "v ordf": "vice ordförande", "": "ledamot"}
    parts = [P(f"{g} {s}", pa, role[note]) for s, g, pa, note in members]
    notes = (
        "SCANNED: both pages are images (200 dpi JPEG, typewriter face, rotation, noise), no text layer. "
        "Invented 1970s 'KUNGÖRELSE' of Forsmora kommunfullmäktige: page 1 is a plain numbered list of "
        "12 ärenden ('1.' .. '12.', 'Därvid skall följande ärenden förekomma:'), with time and place in "
        "one sentence ('torsdagen den 28 november 1974 kl 19.00 i Medborgarhuset, stora salen, "
        "Forsmora'; no end time); kind kallelse, so proposal/decision/presenters/times are null/empty. "
        "The kungörelse is dated 'Forsmora den 14 november 1974' (print date, not the meeting). Page 2 "
        "is a 'SÄNDLISTA': the 31 ledamöter to whom the notice is sent, in two typed columns, printed "
        "surname first with a comma ('Lundmark, Erik (s) ordf') and turned around here; parties are "
        "printed lower case ('s', 'c', 'm', 'fp', 'vpk') and kept so; 'ordf' = ordförande, 'v ordf' = "
        "vice ordförande, the rest ledamot. Erik Lundmark signs as ordförande; Gun-Britt Malm "
        "(kommunsekreterare) signs the notice but is not on the list of called people, so she is not a "
        "participant. Names inside item titles (Nils Hägg, Stig Ahlberg, Karin Sjödin) are titles as "
        "printed. Attachments [] (GOLD.md)."
    )
    write_gold(stem, "kallelse", organ, "1974-11-28", True,
               ("19:00", None, "Medborgarhuset, stora salen, Forsmora"), items, parts, notes)


# ========================================================================================
# 08  Sjöviks kommun, Barn- och utbildningsnämnden 2025-03-18, kallelse (2025 generated)
# ========================================================================================

def doc08():
    stem = "08_sjovik_barn-och-utbildningsnamnden_2025-03-18_kallelse"
    organ = "Barn- och utbildningsnämnden"
    skjuts = ["Barn- och utbildningsnämnden beslutar",
              "1. att tilldela Sjövik Buss AB avtal om skolskjutstrafik för perioden 2025-08-01–2029-07-31,",
              "2. att uppdra åt förvaltningschefen att underteckna avtalet."]
    # number, printed label in list, title, dnr, time string, presenter (name, title), desc, proposal, underlag
    A = [
        dict(n=1, lab="1", title="Sammanträdets öppnande", dnr=None, tid="13:00", pres=None, desc=None,
             prop=None, und=[]),
        dict(n=2, lab="2", title="Val av justerare och tid för justering", dnr=None, tid=None, pres=None,
             desc=None, prop=["Barn- och utbildningsnämnden utser Daniel Frick (M) att jämte ordföranden "
                              "justera protokollet. Justering sker den 25 mars 2025."], und=[]),
        dict(n=3, lab="3", title="Godkännande av dagordning", dnr=None, tid=None, pres=None, desc=None,
             prop=["Dagordningen godkänns."], und=[]),
        dict(n=4, lab="4", title="Ekonomisk månadsrapport februari 2025", dnr="BUN 2025/0043",
             tid="13:10–13:30", pres=("Per Nylund", "controller"),
             desc=["Nämnden prognostiserar ett underskott om 3,4 miljoner kronor för 2025, främst på grund "
                   "av ökade kostnader för tilläggsbelopp och skolskjuts. Förvaltningen redovisar åtgärder "
                   "för att nå en budget i balans, bland annat en översyn av ledningsorganisationen."],
             prop=["Barn- och utbildningsnämnden godkänner den ekonomiska månadsrapporten för februari "
                   "2025."], und=["Tjänsteskrivelse 2025-03-04", "Månadsrapport februari 2025"]),
        dict(n=5, lab="5", title="Avtal om skolskjuts 2025–2029", dnr="BUN 2024/0310", tid="13:30–13:50",
             pres=("Anders Kullberg", "transportsamordnare"),
             desc=["Kommunen har upphandlat skolskjutstrafik för perioden 2025–2029. Tre anbud har "
                   "inkommit. Sjövik Buss AB har lämnat det mest fördelaktiga anbudet. Avtalet, Avtal om "
                   "skolskjutstrafik 2025–2029, har ett beräknat värde om 11 200 000 kronor per år och "
                   "kan förlängas med två år."],
             prop=skjuts, und=["Tjänsteskrivelse 2025-02-26", "Tilldelningsbeslut, utkast",
                               "Avtal om skolskjutstrafik 2025–2029, utkast"]),
        dict(n=6, lab="6", title="Revidering av riktlinjer för fritidshem", dnr="BUN 2025/0021",
             tid="13:50–14:10", pres=("Elsa Grip", "förvaltningschef"),
             desc=["Riktlinjerna för fritidshem har reviderats med anledning av ändringar i skollagen och "
                   "läroplanen. Förändringarna gäller främst barngruppernas storlek och rutiner för "
                   "inskolning."],
             prop=["Barn- och utbildningsnämnden antar reviderade riktlinjer för fritidshem att gälla från "
                   "och med den 1 juli 2025."], und=["Tjänsteskrivelse 2025-02-20",
                                                     "Riktlinjer för fritidshem, reviderade 2025"]),
        dict(n=7, lab="7", title="Informationsärenden", dnr="BUN 2025/0002", tid="14:25–15:30", pres=None,
             desc=["Under punkten lämnas följande information."],
             prop=["Barn- och utbildningsnämnden noterar informationen."], und=[]),
        dict(n=7, lab="7.1", title="Elevhälsans lägesbild", dnr=None, tid="14:25",
             pres=("Karin Sund", "verksamhetschef elevhälsan"), desc=None, prop=None, und=[], sub=True),
        dict(n=7, lab="7.2", title="Lokalförsörjning Norrskolan", dnr=None, tid="14:50",
             pres=("Elsa Grip", "förvaltningschef"), desc=None, prop=None, und=[], sub=True),
        dict(n=7, lab="7.3", title="Skolinspektionens beslut efter tillsyn av Åsens skola", dnr=None,
             tid="15:10", pres=("Elsa Grip", "förvaltningschef"), desc=None, prop=None, und=[], sub=True),
        dict(n=8, lab="8", title="Redovisning av delegationsbeslut", dnr="BUN 2025/0003", tid="15:30",
             pres=None, desc=None, prop=["Redovisningen godkänns."], und=["Delegationslista 2025-02-01–2025-02-28"]),
        dict(n=9, lab="9", title="Meddelanden", dnr="BUN 2025/0004", tid="15:35", pres=None, desc=None,
             prop=["Meddelandena läggs till handlingarna."], und=[]),
        dict(n=10, lab="10", title="Övriga frågor", dnr=None, tid="15:40", pres=None, desc=None, prop=None,
             und=[]),
    ]
    led = [("Louise Hammar", "S", "ordförande"), ("Daniel Frick", "M", "1:e vice ordförande"),
           ("Sanna Åberg", "SD", "2:e vice ordförande"), ("Oskar Hedin", "S", ""), ("Maja Lindström", "C", ""),
           ("Tobias Roos", "M", ""), ("Ewa Sandell", "V", ""), ("Rebecka Nord", "KD", ""),
           ("Håkan Viklund", "S", "")]
    ers = [("Elin Strömberg", "S"), ("Arvid Ek", "M"), ("Patrik Sjöholm", "SD"), ("Lisa Almqvist", "C"),
           ("Mohammed Rahimi", "S")]
    TEAL = (0, 102, 110)

    def head(p):
        p.set_fill_color(*TEAL)
        p.rect(0, 0, 210, 14, style="F")
        p.set_text_color(255, 255, 255)
        p.txt(15, 4.5, "Sjöviks kommun", 13, "B")
        p.txt(120, 4.5, "KALLELSE  |  2025-03-11", 9.5, w=75, align="R")
        p.set_text_color(0, 0, 0)

    def foot(p):
        p.set_text_color(90, 90, 90)
        p.txt(15, 284, "Sjöviks kommun | Barn- och utbildningsnämnden | Kallelse 2025-03-18", 8.5)
        p.txt(150, 284, f"Sida {p.page_no()} av {{nb}}", 8.5, w=45, align="R")
        p.set_text_color(0, 0, 0)

    p = Doc("carlito", head, foot)
    p.body_top = 22
    p.set_margins(15, 22, 15)
    p.set_auto_page_break(True, 20)
    p.alias_nb_pages()
    p.add_page()
    p.set_text_color(*TEAL)
    p.para("Barn- och utbildningsnämnden – kallelse till sammanträde", 18, "B", space=4)
    p.set_text_color(0, 0, 0)
    for lbl, v in (("Tid", "Tisdag 18 mars 2025, kl. 13:00–16:30"), ("Plats", "Kommunhuset, Sjövikssalen"),
                   ("Ordförande", "Louise Hammar (S)"), ("Sekreterare", "Jonna Lilja")):
        p.f(11, "B")
        p.cell(28, 6, lbl)
        p.f(11)
        p.cell(0, 6, v, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(3)
    p.para("Ledamöter kallas. Ersättare för kännedom. Vid förhinder ska du själv kalla din ersättare och "
           "meddela nämndsekreteraren.", 10.5, "I", space=4)
    # two-column roll
    y0 = p.get_y()
    p.set_fill_color(225, 240, 240)
    p.rect(15, y0, 180, 7, style="F")
    p.txt(17, y0 + 1.5, "Ledamöter", 11, "B")
    p.txt(112, y0 + 1.5, "Ersättare", 11, "B")
    for k, (n, pa, r) in enumerate(led):
        p.txt(17, y0 + 9 + k * 5.3, f"{n} ({pa})" + (f", {r}" if r else ""), 10.5)
    for k, (n, pa) in enumerate(ers):
        p.txt(112, y0 + 9 + k * 5.3, f"{n} ({pa})", 10.5)
    p.set_y(y0 + 9 + len(led) * 5.3 + 3)
    p.f(10.5, "B")
    p.cell(28, 6, "Övriga")
    p.f(10.5)
    p.cell(0, 6, "Elsa Grip, förvaltningschef; Jonna Lilja, nämndsekreterare", new_x=XPos.LMARGIN,
           new_y=YPos.NEXT)
    p.ln(5)
    # ärendelista table
    p.set_text_color(*TEAL)
    p.para("Ärendelista", 14, "B", space=2)
    p.set_text_color(0, 0, 0)
    p.set_fill_color(*TEAL)
    p.set_text_color(255, 255, 255)
    p.f(10, "B")
    p.cell(16, 6.5, "Ärende", fill=True)
    p.cell(112, 6.5, "Rubrik", fill=True)
    p.cell(30, 6.5, "Dnr", fill=True)
    p.cell(22, 6.5, "Tid", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.set_text_color(0, 0, 0)
    rows = list(A)
    rows.insert(6, dict(lab="", title="Paus", dnr=None, tid="14:10–14:25", sub=False, pause=True))
    for k, a in enumerate(rows):
        p.set_fill_color(242, 247, 247) if k % 2 else p.set_fill_color(255, 255, 255)
        p.f(10, "I" if a.get("pause") else "")
        p.cell(16, 6, a["lab"], fill=True)
        p.cell(112, 6, ("      " if a.get("sub") else "") + a["title"], fill=True)
        p.cell(30, 6, a["dnr"] or "", fill=True)
        p.cell(22, 6, a["tid"] or "", fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)

    # detailed items
    def section(lbl, paras, size=10.5):
        p.need(14)
        p.para(lbl, 10.5, "B", space=0.5)
        for t in paras:
            p.para(t, size, space=1.2, lh=5)
        p.ln(1.5)

    p.add_page()
    for a in A:
        if a.get("sub"):
            p.need(22)
            p.f(11.5, "B")
            p.cell(0, 6, f"{a['lab']}  {a['title']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            p.need(40)
            p.ln(2)
            y = p.get_y()
            p.set_fill_color(*TEAL)
            p.rect(15, y, 2.2, 12, style="F")
            p.set_text_color(*TEAL)
            p.txt(20, y, f"Ärende {a['lab']}", 10, "B")
            if a["dnr"]:
                p.txt(140, y, f"Dnr {a['dnr']}", 10, w=55, align="R")
            p.set_text_color(0, 0, 0)
            p.set_xy(20, y + 5)
            p.f(14, "B")
            p.multi_cell(175, 7, a["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        meta = []
        if a["tid"]:
            meta.append(f"Tid: {a['tid']}")
        if a["pres"]:
            meta.append(f"Föredragande: {a['pres'][0]}, {a['pres'][1]}")
        if meta:
            p.set_text_color(80, 80, 80)
            p.para("    ".join(meta), 10, "I", space=2)
            p.set_text_color(0, 0, 0)
        else:
            p.ln(1.5)
        if a["desc"]:
            section("Ärendebeskrivning", a["desc"])
        if a["prop"]:
            section("Förslag till beslut", a["prop"])
        if a["und"]:
            section("Beslutsunderlag", ["• " + u for u in a["und"]])
        p.ln(2)
    register_pdf(p, stem)

    items = []
    for a in A:
        lab = a["lab"] if a.get("sub") else f"Ärende {a['lab']}"
        t = a["tid"].split("–")[0] if a["tid"] else None
        items.append(item(a["n"], lab, a["title"], [a["pres"][0]] if a["pres"] else [], t,
                          joinp(a["prop"]), None))
    role = {"ordförande": "ordförande", "1:e vice ordförande": "vice ordförande",
            "2:e vice ordförande": "vice ordförande", "": "ledamot"}
    parts = [P(n, pa, role[r]) for n, pa, r in led] + [P(n, pa, "ersättare") for n, pa in ers]
    parts += [P("Elsa Grip", None, "övrig"), P("Jonna Lilja", None, "sekreterare")]
    notes = (
        "Invented 2025 generated kallelse (Carlito, coloured bands) of Sjöviks kommun's barn- och "
        "utbildningsnämnd: title line 'Barn- och utbildningsnämnden – kallelse till sammanträde', Tid / "
        "Plats / Ordförande / Sekreterare, a two-column roll (Ledamöter | Ersättare), an 'Ärendelista' "
        "table (Ärende | Rubrik | Dnr | Tid) and then one block per item headed 'Ärende N' with Dnr, "
        "'Tid: 13:10–13:30    Föredragande: Name, title', Ärendebeskrivning, Förslag till beslut and "
        "Beslutsunderlag. The header's '2025-03-11' is the print date; the meeting is 18 March 2025, "
        "13:00–16:30 (called time range). printed_number is the detailed heading 'Ärende N' (the "
        "ärendelista prints the bare 'N'); sub-items '7.1'-'7.3' (each with its own heading, time and "
        "föredragande, listed as rows of the ärendelista) are kept as separate items with number 7, "
        "printed '7.1'..'7.3', besides the parent 'Ärende 7 Informationsärenden' (decided once for this "
        "document). The 'Paus 14:10–14:25' row is not an item. scheduled_time = start of the printed "
        "'Tid' (items 2 and 3 print no time: null). Presenters = the 'Föredragande' names; these "
        "presenters (except Elsa Grip) are not on the roll and are not participants. Proposal = text "
        "under 'Förslag till beslut'; item 5's proposal contains numbered att-lines '1. att ...', "
        "'2. att ...' kept as printed (they are not items). decision null throughout (kallelse). "
        "Participants: 9 ledamöter (1:e and 2:e vice ordförande -> vice ordförande), 5 ersättare (role "
        "ersättare: called 'för kännedom', not serving), Övriga Elsa Grip (övrig) and Jonna Lilja "
        "(nämndsekreterare -> sekreterare). Attachments [] (GOLD.md)."
    )
    write_gold(stem, "kallelse", organ, "2025-03-18", False, ("13:00", "16:30", "Kommunhuset, Sjövikssalen"),
               items, parts, notes)


# ========================================================================================
# 09  Räddningstjänstförbundet Västra Sjöbygden, Direktionen 2011-05-26, kallelse + bundled
#     tjänsteskrivelse (kommunalförbund, agenda as table rows, "6 a"/"6 b")
# ========================================================================================

def doc09():
    stem = "09_rtj-vastra-sjobygden_direktionen_2011-05-26_kallelse"
    organ = "Direktionen"
    avtal_prop = ("Direktionen godkänner Avtal om larmöverföring och utryckning vid automatiskt brandlarm "
                  "med Sjöby Bostäder AB för perioden 2011-07-01–2014-06-30.")
    R = [  # punkt, n, title, dnr, presenter, proposal
        ("1", 1, "Mötets öppnande", None, "Ingvar Pettersson", None),
        ("2", 2, "Val av justerare", None, None, "Direktionen utser en ledamot att jämte ordföranden justera "
                                                 "protokollet."),
        ("3", 3, "Godkännande av dagordning", None, None, None),
        ("4", 4, "Föregående mötesprotokoll 2011-03-24", None, None, "Protokollet läggs till handlingarna."),
        ("5", 5, "Ekonomisk rapport per den 30 april 2011", "RVS 2011/31", "Tommy Hellberg",
         "Direktionen godkänner den ekonomiska rapporten."),
        ("6 a", 6, "Fastställande av årsredovisning 2010", "RVS 2011/08", "Tommy Hellberg",
         "Direktionen fastställer årsredovisningen för 2010 och överlämnar den till medlemskommunerna."),
        ("6 b", 6, "Revisionsberättelse 2010", "RVS 2011/08", "Gunilla Fors",
         "Direktionen lägger revisionsberättelsen till handlingarna."),
        ("7", 7, "Avtal om automatiska brandlarm med Sjöby Bostäder AB", "RVS 2011/27", "Annika Borg",
         avtal_prop),
        ("8", 8, "Handlingsprogram enligt lagen om skydd mot olyckor 2012–2015, remissversion", "RVS 2010/44",
         "Annika Borg", "Direktionen sänder handlingsprogrammet på remiss till medlemskommunerna med svar "
                        "senast den 30 september 2011."),
        ("9", 9, "Förbundschefen informerar", None, "Tommy Hellberg", None),
        ("10", 10, "Övriga frågor", None, None, None),
        ("11", 11, "Nästa sammanträde", None, None, "Nästa sammanträde hålls torsdagen den 15 september 2011."),
        ("12", 12, "Mötets avslutande", None, None, None),
    ]
    led = [("Ingvar Pettersson", "S", "Sjöby kommun", "ordförande"),
           ("Marianne Dahl", "M", "Tallnäs kommun", "vice ordförande"),
           ("Roland Berg", "C", "Ekeby kommun", ""), ("Sofia Lind", "S", "Tallnäs kommun", ""),
           ("Kenneth Åkerlund", "S", "Ekeby kommun", ""), ("Britt-Marie Holm", "FP", "Sjöby kommun", "")]
    ers = [("Jörgen Nyström", "S", "Sjöby kommun"), ("Helena Vik", "M", "Ekeby kommun"),
           ("Lars Öberg", "C", "Tallnäs kommun")]
    RED = (170, 20, 30)

    def head(p):
        if p.page_no() >= 4:  # bundled tjänsteskrivelse has its own letterhead
            return
        p.set_fill_color(*RED)
        p.ellipse(18, 10, 11, 11, style="F")
        p.set_text_color(255, 255, 255)
        p.txt(18, 13.2, "RVS", 8, "B", w=11, align="C")
        p.set_text_color(*RED)
        p.txt(32, 10.5, "RÄDDNINGSTJÄNSTFÖRBUNDET", 11, "B")
        p.txt(32, 16, "VÄSTRA SJÖBYGDEN", 11, "B")
        p.set_text_color(0, 0, 0)
        p.txt(140, 10.5, "KALLELSE", 11, "B", w=52, align="R")
        p.txt(140, 16, "2011-05-12", 9.5, w=52, align="R")

    def foot(p):
        if p.page_no() >= 4:
            p.txt(20, 284, "Räddningstjänstförbundet Västra Sjöbygden, Brandstationen, Hamnvägen 3, 456 30 Sjöby",
                  7.5, family="libserif")
            p.txt(160, 284, f"Sida {p.page_no() - 3}", 8.5, w=30, align="R", family="libserif")
            return
        p.set_draw_color(*RED)
        p.line(18, 282, 192, 282)
        p.set_draw_color(0, 0, 0)
        p.txt(18, 284, "Postadress: Box 104, 456 21 Sjöby   Telefon 0520-40 100   www.rvs.se", 7.5)
        p.txt(160, 284, f"{p.page_no()}", 8.5, w=32, align="R")

    p = Doc("dejavucond", head, foot)
    p.use_ttf("libserif")
    p.body_top = 30
    p.set_margins(18, 30, 18)
    p.set_auto_page_break(True, 20)
    p.add_page()
    p.para("Till ledamöter och ersättare i direktionen", 10, space=5)
    p.para("Kallelse till sammanträde med direktionen", 15, "B", space=3)
    p.para("Direktionen kallas till sammanträde torsdagen den 26 maj 2011 kl. 09.30 på brandstationen i "
           "Sjöby, konferensrummet Stegen.", 10.5, space=3)
    p.para("Ersättare tjänstgör enligt den ordning som gäller för respektive medlemskommun. Anmäl förhinder "
           "till Lisa Ström, tel. 0520-40 112.", 10, space=5)
    p.para("Ledamöter", 11, "B", space=1)
    for n, pa, org, r in led:
        p.f(10)
        p.cell(58, 5.3, f"{n} ({pa})")
        p.cell(42, 5.3, org)
        p.cell(0, 5.3, r, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(3)
    p.para("Ersättare", 11, "B", space=1)
    for n, pa, org in ers:
        p.f(10)
        p.cell(58, 5.3, f"{n} ({pa})")
        p.cell(42, 5.3, org, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(3)
    p.para("Övriga", 11, "B", space=1)
    for n, t in (("Tommy Hellberg", "förbundschef"), ("Lisa Ström", "administratör, sekreterare")):
        p.f(10)
        p.cell(58, 5.3, n)
        p.cell(0, 5.3, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(10)
    p.para("Välkomna!", 10.5, space=8)
    p.para("Ingvar Pettersson", 10.5, space=0)
    p.para("Ordförande", 9.5, space=4)

    p.add_page()
    p.para("Föredragningslista", 14, "B", space=3)
    W = (14, 120, 40)
    p.set_fill_color(235, 235, 235)
    p.f(9.5, "B")
    for h, w in zip(("Punkt", "Ärende", "Föredragande"), W):
        p.cell(w, 7, h, border=1, fill=True)
    p.ln(7)
    for punkt, n, title, dnr, pres, prop in R:
        y = p.get_y()
        p.set_xy(18 + W[0] + 1.5, y + 1.5)
        p.f(10, "B")
        p.multi_cell(W[1] - 3, 4.8, title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        yy = p.get_y()
        if dnr:
            p.set_xy(18 + W[0] + 1.5, yy)
            p.f(8.5)
            p.cell(W[1] - 3, 4.2, f"Dnr {dnr}")
            yy += 4.4
        if prop:
            p.set_xy(18 + W[0] + 1.5, yy)
            p.f(9.5, "I")
            p.multi_cell(W[1] - 3, 4.5, f"Förslag: {prop}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            yy = p.get_y()
        if punkt == "7":
            p.set_xy(18 + W[0] + 1.5, yy)
            p.f(8.5)
            p.cell(W[1] - 3, 4.2, "Bilaga: Tjänsteskrivelse 2011-05-04")
            yy += 4.4
        h = max(yy - y + 1.5, 8)
        p.set_xy(18, y + 1.5)
        p.f(10, "B")
        p.cell(W[0], 4.8, punkt, align="C")
        p.set_xy(18 + W[0] + W[1] + 1.5, y + 1.5)
        p.f(9.5)
        p.multi_cell(W[2] - 3, 4.6, pres or "", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        p.rect(18, y, W[0], h)
        p.rect(18 + W[0], y, W[1], h)
        p.rect(18 + W[0] + W[1], y, W[2], h)
        p.set_y(y + h)

    # divider
    p.add_page()
    p.set_y(120)
    p.para("BILAGA", 26, "B", align="C", space=4)
    p.para("Punkt 7", 18, align="C", space=2)
    p.para("Avtal om automatiska brandlarm med Sjöby Bostäder AB", 12, "I", align="C")

    # bundled tjänsteskrivelse
    p.add_page()
    p.set_y(14)
    p.txt(20, 14, "RÄDDNINGSTJÄNSTFÖRBUNDET VÄSTRA SJÖBYGDEN", 10, "B", family="libserif")
    p.txt(20, 19, "Förebyggande avdelningen", 10, family="libserif")
    p.txt(125, 14, "TJÄNSTESKRIVELSE", 10, "B", family="libserif")
    p.txt(125, 19, "2011-05-04", 10, family="libserif")
    p.txt(165, 19, "Dnr RVS 2011/27", 10, family="libserif")
    p.txt(20, 27, "Handläggare: Annika Borg, brandingenjör", 9.5, family="libserif")
    p.txt(125, 27, "Till direktionen", 10, family="libserif")
    p.set_y(40)
    p.set_left_margin(20)
    p.para("Avtal om automatiska brandlarm med Sjöby Bostäder AB", 14, "B", family="libserif", space=4)
    secs = [
        ("1. Sammanfattning", ["Sjöby Bostäder AB har 14 fastigheter med automatiskt brandlarm som är "
                               "kopplade till räddningstjänsten. Det nuvarande avtalet löper ut den 30 juni "
                               "2011. Förbundet föreslår ett nytt treårigt avtal med oförändrad "
                               "ansvarsfördelning men nya avgifter."]),
        ("2. Bakgrund", ["Avtal om larmöverföring tecknades 2008 och har sedan förlängts. Antalet onödiga "
                         "larm från bolagets fastigheter har minskat från 38 under 2009 till 21 under 2010, "
                         "bland annat genom bättre rutiner för heta arbeten."]),
        ("3. Avtalets innehåll", ["Avtalet reglerar larmöverföring, utryckning, nyckelhantering och "
                                  "kontroll av anläggningarna. Följande avgifter föreslås:"]),
    ]
    for h, paras in secs:
        p.para(h, 11.5, "B", family="libserif", space=1)
        for t in paras:
            p.para(t, 11, family="libserif", space=2, lh=5)
    for lbl, v in (("Årsavgift per larmobjekt", "1 850 kr"), ("Avgift för onödigt larm", "4 900 kr"),
                   ("Nyckelhantering per objekt och år", "450 kr")):
        p.f(10.5, "", "libserif")
        p.cell(10, 5.5, "")
        p.cell(80, 5.5, lbl, border="B")
        p.cell(30, 5.5, v, border="B", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    p.ln(4)
    p.para("4. Ekonomiska konsekvenser", 11.5, "B", family="libserif", space=1)
    p.para("Avtalet beräknas ge förbundet intäkter om cirka 240 000 kronor per år, vilket motsvarar "
           "kostnaden för larmmottagning och utryckning till objekten.", 11, family="libserif", space=2, lh=5)
    p.para("5. Bedömning", 11.5, "B", family="libserif", space=1)
    for t in ("Förbundet bedömer att avgifterna är skäliga och i nivå med vad grannförbunden tar ut. "
              "Avgiften för onödigt larm höjs för att stimulera fastighetsägaren till förebyggande "
              "åtgärder. Avgiften tas inte ut om larmet orsakats av fel i förbundets egen utrustning.",
              "Sjöby Bostäder AB har tagit del av förslaget och har inget att invända. Avtalet har stämts "
              "av med förbundets jurist. Motsvarande avtal kommer under hösten att erbjudas övriga "
              "fastighetsägare med automatiska brandlarm i medlemskommunerna.",
              "Avtalet innehåller en skyldighet för fastighetsägaren att utse en anläggningsskötare och "
              "att årligen redovisa genomförda kontroller. Om fastighetsägaren inte fullgör sina "
              "skyldigheter får förbundet säga upp avtalet med tre månaders varsel."):
        p.para(t, 11, family="libserif", space=2, lh=5)
    p.para("6. Förslag till beslut", 11.5, "B", family="libserif", space=1)
    p.para(avtal_prop, 11, family="libserif", space=10, lh=5)
    y = p.get_y()
    p.txt(20, y, "Annika Borg", 11, family="libserif")
    p.txt(20, y + 5, "Brandingenjör", 10, family="libserif")
    p.txt(100, y, "Tommy Hellberg", 11, family="libserif")
    p.txt(100, y + 5, "Förbundschef", 10, family="libserif")
    p.set_y(y + 16)
    p.para("Bilaga: Förslag till avtal (delges vid sammanträdet)", 9.5, "I", family="libserif")
    register_pdf(p, stem)

    items = [item(n, punkt, title, [pres] if pres else [], None, prop, None)
             for punkt, n, title, dnr, pres, prop in R]
    role = {"ordförande": "ordförande", "vice ordförande": "vice ordförande", "": "ledamot"}
    parts = [P(n, pa, role[r], org) for n, pa, org, r in led]
    parts += [P(n, pa, "ersättare", org) for n, pa, org in ers]
    parts += [P("Tommy Hellberg", None, "övrig"), P("Lisa Ström", None, "sekreterare")]
    notes = (
        "Invented kallelse of a kommunalförbund's direktion (Räddningstjänstförbundet Västra Sjöbygden, "
        "2011, DejaVu Sans Condensed): page 1 letter 'Kallelse till sammanträde med direktionen' with the "
        "roll (ledamöter and ersättare with party and member kommun - kept as organization - and "
        "Övriga), page 2 'Föredragningslista' as a bordered table Punkt | Ärende | Föredragande with the "
        "Dnr and an italic 'Förslag: ...' inside the Ärende cell; page 3 a divider 'BILAGA / Punkt 7'; "
        "page 4 a bundled tjänsteskrivelse for item 7 (own letterhead, Liberation Serif, own page number "
        "'Sida 1', its own date 2011-05-04 and Dnr). The header date 2011-05-12 is the print date. "
        "Meeting 26 May 2011 "
        "kl. 09.30, no end time; location 'Brandstationen i Sjöby, konferensrummet Stegen' (printed "
        "'på brandstationen i Sjöby, ...' in a sentence). Items: the 13 table rows; '6 a' and '6 b' "
        "have their own title, Dnr, föredragande and Förslag, so they are separate items (number 6, "
        "printed '6 a'/'6 b'), decided once for this document. The tjänsteskrivelse's numbered "
        "headings '1. Sammanfattning' .. '6. Förslag till beslut' belong to the bundled document and are "
        "not items; its 'Förslag till beslut' is word for word item 7's agenda proposal. Proposal = the "
        "text after 'Förslag:' (without the label); decision null (kallelse). Presenters = names in the "
        "Föredragande column (Gunilla Fors, revisor, and Annika Borg are not on the roll, so not "
        "participants). Ingvar Pettersson signs the letter as Ordförande. Lisa Ström ('administratör, "
        "sekreterare') is sekreterare; ersättare have role ersättare (called, not known to serve). "
        "Attachments [] (GOLD.md)."
    )
    write_gold(stem, "kallelse", organ, "2011-05-26", False,
               ("09:30", None, "Brandstationen i Sjöby, konferensrummet Stegen"), items, parts, notes)


# ========================================================================================
# 10  Älvmora kommun, Fritidsförvaltningen 1996, tjänsteskrivelse + avtalsutkast (underlag)
# ========================================================================================

def doc10():
    stem = "10_alvmora_fritidsforvaltningen_1996-09-02_tjansteskrivelse"

    def head(p):
        p.body_top = 50 if p.page_no() == 1 else 26
        if p.page_no() == 1:
            p.txt(20, 14, "ÄLVMORA KOMMUN", 14, "B")
            p.txt(20, 20.5, "Fritidsförvaltningen", 11)
            p.txt(118, 14, "TJÄNSTESKRIVELSE", 11, "B")
            p.txt(118, 20.5, "1996-09-02", 11)
            p.txt(160, 20.5, "FN 96/118", 11)
            p.txt(118, 25.5, "Datum", 7)
            p.txt(160, 25.5, "Diarienr", 7)
            p.txt(20, 31, "Handläggare", 7)
            p.txt(20, 35, "Lars-Erik Sandin", 11)
            p.txt(118, 35, "Fritidsnämnden", 11)
        else:
            p.txt(20, 14, "ÄLVMORA KOMMUN", 10, "B")
            p.txt(160, 14, f"{p.page_no()} ({{nb}})", 10, w=30, align="R")

    def foot(p):
        p.set_line_width(0.2)
        p.line(20, 281, 190, 281)
        p.txt(20, 283, "Postadress: 820 70 Älvmora   Besöksadress: Storgatan 12   Telefon 0652-150 00   "
              "Telefax 0652-150 90", 7)

    p = Doc(None, head, foot)
    p.fam = "Times"
    p.body_top = 50
    p.set_margins(20, 50, 20)
    p.set_auto_page_break(True, 22)
    p.alias_nb_pages()
    p.add_page()
    p.set_y(50)
    p.para("Avtal om drift av Älvmorahallen 1997-2001", 14, "B", space=5)
    secs = [
        ("Sammanfattning", [
            "Avtalet med Älvmora Hockeyklubb om driften av Älvmorahallen upphör den 31 december 1996. "
            "Förvaltningen har förhandlat fram ett nytt avtal för perioden 1997-2001. Klubben åtar sig "
            "även i fortsättningen driften av ishallen mot ett årligt driftbidrag från kommunen."]),
        ("Bakgrund", [
            "Älvmorahallen byggdes 1979 och har sedan 1988 drivits av Älvmora Hockeyklubb enligt avtal med "
            "kommunen. Klubben svarar för skötsel, isläggning och uthyrning, medan kommunen som ägare svarar "
            "för det yttre underhållet och för större reparationer av kylanläggningen.",
            "Under 1995 genomfördes en ombyggnad av kylanläggningen för att ersätta freon med ammoniak. "
            "Energiförbrukningen har därefter minskat med cirka 20 procent."]),
        ("Förslaget", [
            "Det nya avtalet bygger på det gamla men med tydligare krav på öppethållande för allmänheten och "
            "skolorna. Klubben ska hålla hallen öppen för allmän åkning minst sex timmar per vecka under "
            "säsongen och ge skolorna förtur till istider vardagar mellan kl 8.00 och 15.00."]),
        ("Ekonomi", [
            "Driftbidraget föreslås bli 1 650 000 kronor för 1997, att räknas upp med konsumentprisindex "
            "för de följande åren. Det är 80 000 kronor lägre än 1996 års bidrag, vilket förklaras av de "
            "lägre energikostnaderna. Klubben får behålla intäkterna från uthyrning. Timpriset för "
            "föreningar utanför kommunen får högst uppgå till 450 kronor."]),
    ]
    for h, paras in secs:
        p.need(20)
        p.para(h, 12, "B", space=1)
        for t in paras:
            p.para(t, 12, space=3, lh=5.6)
    p.need(30)
    p.para("Förslag till beslut", 12, "B", space=1)
    p.para("Fritidsnämnden föreslår kommunstyrelsen att godkänna avtal om drift av Älvmorahallen mellan "
           "Älvmora kommun och Älvmora Hockeyklubb för tiden 1997-01-01--2001-12-31.", 12, space=10, lh=5.6)
    p.para("FRITIDSFÖRVALTNINGEN", 11, space=10)
    p.para("Lars-Erik Sandin", 12, space=0)
    p.para("Fritidschef", 12, space=6)
    p.para("Bilaga: Förslag till avtal", 11, "I", space=0)

    # avtalsutkast
    p.add_page()
    p.para("Bilaga", 11, "I", space=6, align="R")
    p.para("AVTAL OM DRIFT AV ÄLVMORAHALLEN", 14, "B", align="C", space=2)
    p.para("(Förslag 1996-08-28)", 11, align="C", space=8)
    clauses = [
        ("§ 1 Parter", "Mellan Älvmora kommun, nedan kallad kommunen, och Älvmora Hockeyklubb, nedan kallad "
                       "klubben, träffas följande avtal om drift av Älvmorahallen på fastigheten Älvmora 3:41."),
        ("§ 2 Avtalstid", "Avtalet gäller från och med 1997-01-01 till och med 2001-12-31. Avtalet förlängs "
                          "därefter med ett år i taget om det inte sägs upp senast sex månader före "
                          "avtalstidens utgång."),
        ("§ 3 Klubbens åtaganden", "Klubben svarar för den dagliga driften, isläggning, städning, "
                                   "uthyrning och skötsel av kylanläggningen enligt kommunens anvisningar."),
        ("§ 4 Kommunens åtaganden", "Kommunen svarar för yttre underhåll, tak, fasad och större "
                                    "reparationer av kylanläggningen."),
        ("§ 5 Öppethållande", "Hallen ska hållas öppen för allmän åkning minst sex timmar per vecka under "
                              "perioden oktober-mars. Skolorna har förtur till istider vardagar kl 8.00-15.00."),
        ("§ 6 Ersättning", "Kommunen betalar ett driftbidrag om 1 650 000 kronor för 1997. Bidraget räknas "
                           "upp årligen med konsumentprisindex. Bidraget betalas kvartalsvis i förskott."),
        ("§ 7 Avgifter", "Klubben får ta ut avgifter för uthyrning. Timpriset för föreningar utanför "
                         "kommunen får uppgå till högst 450 kronor."),
        ("§ 8 Redovisning", "Klubben ska årligen före den 1 mars lämna verksamhetsberättelse och "
                            "ekonomisk redovisning till fritidsnämnden."),
        ("§ 9 Tvist", "Tvist om tolkning av detta avtal ska i första hand lösas genom förhandling mellan "
                      "parterna och i andra hand avgöras av allmän domstol."),
    ]
    for h, t in clauses:
        p.need(18)
        p.para(h, 11, "B", space=0.3)
        p.para(t, 11, space=2, lh=5)
    p.ln(2)
    p.need(46)
    p.para("Detta avtal har upprättats i två likalydande exemplar, av vilka parterna tagit var sitt.", 12,
           space=10)
    y = p.get_y()
    p.txt(20, y, "Älvmora den", 12)
    p.txt(110, y, "Älvmora den", 12)
    p.txt(20, y + 8, "För Älvmora kommun", 12)
    p.txt(110, y + 8, "För Älvmora Hockeyklubb", 12)
    p.txt(20, y + 22, "..................................................", 12)
    p.txt(110, y + 22, "..................................................", 12)
    register_pdf(p, stem)

    notes = (
        "Invented 1990s underlag (Word-era tjänsteskrivelse in Times): Älvmora kommun's fritidsförvaltning "
        "proposes a driftavtal for the ice rink. Letterhead with Datum 1996-09-02, Diarienr FN 96/118, "
        "Handläggare and the addressee 'Fritidsnämnden'; page 2 is the bundled 'AVTAL OM DRIFT AV "
        "ÄLVMORAHALLEN (Förslag 1996-08-28)' with clauses '§ 1 Parter' .. '§ 9 Tvist'. Kind underlag: no "
        "meeting is held or called, so organ and meeting_date are null and meeting times/location null "
        "(the addressee Fritidsnämnden and the document date 1996-09-02 are not a meeting; same "
        "convention as the corpus-varied tjänsteskrivelse gold). items [] - the avtal's '§ N' clauses are "
        "contract clauses, not § paragraphs of a meeting, and the tjänsteskrivelse's 'Förslag till "
        "beslut' belongs to no agenda item. The document names people (handläggare, signatures) but has "
        "no list of participants, so the key 'participants' is omitted. Agreement: Avtal om drift av "
        "Älvmorahallen (Älvmora kommun - Älvmora Hockeyklubb). Amounts not annotated (GOLD.md)."
    )
    write_gold(stem, "underlag", None, None, False, (None, None, None), [], None, notes)


DOCS = [doc01, doc02, doc03, doc04, doc05, doc06, doc07, doc08, doc09, doc10]

if __name__ == "__main__":
    check_fonts()
    only = sys.argv[1:]
    for fn in DOCS:
        if not only or any(fn.__name__.endswith(o) for o in only):
            fn()
