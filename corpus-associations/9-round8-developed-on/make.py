#!/usr/bin/env python3
"""Generate ten invented Swedish / Finland-Swedish association meeting documents
(PDF) with their gold files (NAME.gold.json), following /work/shared/GOLD.md.

Every name, association, place and organisation number is invented.
The gold of each document is built from the same data structures that are
printed, so titles, decisions, proposals and participants match the page.

Run:  /work/main/.venv/bin/python make.py      (needs fpdf2, pypdfium2, Pillow, numpy)
"""
import io
import json
import math
import re
import random
import textwrap
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageDraw, ImageFilter, ImageFont

OUT = Path(__file__).resolve().parent
FONTS = Path("/usr/share/fonts/truetype")
F_MONO = FONTS / "freefont/FreeMono.ttf"
F_MONO_B = FONTS / "freefont/FreeMonoBold.ttf"
F_DOT = FONTS / "dejavu/DejaVuSansMono.ttf"
F_SERIF = FONTS / "freefont/FreeSerif.ttf"
F_SERIF_B = FONTS / "freefont/FreeSerifBold.ttf"
F_SERIF_I = FONTS / "freefont/FreeSerifItalic.ttf"
F_CARL = FONTS / "crosextra/Carlito-Regular.ttf"
F_CARL_B = FONTS / "crosextra/Carlito-Bold.ttf"
F_CARL_I = FONTS / "crosextra/Carlito-Italic.ttf"
F_DJ = FONTS / "dejavu/DejaVuSans.ttf"
F_DJ_B = FONTS / "dejavu/DejaVuSans-Bold.ttf"
F_DJ_C = FONTS / "dejavu/DejaVuSansCondensed.ttf"
F_DJ_CB = FONTS / "dejavu/DejaVuSansCondensed-Bold.ttf"
F_OS = FONTS / "open-sans/OpenSans-Regular.ttf"
F_OS_B = FONTS / "open-sans/OpenSans-Bold.ttf"
F_OS_SB = FONTS / "open-sans/OpenSans-Semibold.ttf"
F_OS_I = FONTS / "open-sans/OpenSans-Italic.ttf"


# ---------------------------------------------------------------------------
# Shared data model: an item is a list of paragraphs, a paragraph a list of
# segments (kind, text).  kind: 't' text (discussion, report), 'd' decision,
# 'p' proposal, 'l' a printed label that is not part of the gold text.
# The gold decision/proposal is collected from the 'd'/'p' segments; segments
# of one paragraph are joined with a space, paragraphs with a newline.
# ---------------------------------------------------------------------------
def T(x):
    return [("t", x)]


def D(x):
    return [("d", x)]


def TD(t, d):
    return [("t", t), ("d", d)]


def DT(d, t):
    return [("d", d), ("t", t)]


def TDT(t, d, t2):
    return [("t", t), ("d", d), ("t", t2)]


def LD(label, d):
    return [("l", label), ("d", d)]


def LP(label, p):
    return [("l", label), ("p", p)]


def LT(label, t):
    return [("l", label), ("t", t)]


def TLP(t, label, p):
    return [("t", t), ("l", label), ("p", p)]


class Item:
    def __init__(self, number, printed, title, paras=(), presenters=(), sched=None):
        self.number = number
        self.printed = printed
        self.title = title
        self.paras = [p if isinstance(p, list) else T(p) for p in paras]
        self.presenters = list(presenters)
        self.sched = sched

    def _collect(self, kind):
        out = []
        for para in self.paras:
            segs = [s for k, s in para if k == kind]
            if segs:
                out.append(" ".join(segs))
        return "\n".join(out) if out else None

    def gold(self):
        return {
            "number": self.number,
            "printed_number": self.printed,
            "title": self.title,
            "section": None,
            "presenters": self.presenters,
            "scheduled_time": self.sched,
            "proposal": self._collect("p"),
            "decision": self._collect("d"),
            "attachments": [],
        }


def nb(text):
    """Printed form: a thousands space in amounts is non-breaking (as in Word)."""
    return re.sub(r"(?<=\d) (?=\d{3}\b)", "\u00a0", text)


def ptext(para):
    """Printed text of a paragraph (labels included)."""
    return nb(" ".join(s for _, s in para))


def ptail(para):
    """Printed text of a labelled paragraph without its leading label."""
    return nb(" ".join(s for _, s in para[1:]))


def P(name, role, org=None, party=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def write_gold(fname, kind, organ, date, start, end, loc, items, participants, notes, scanned):
    pdf_path = OUT / fname
    doc = pdfium.PdfDocument(str(pdf_path))
    n = len(doc)
    doc.close()
    g = {
        "file": fname,
        "kind": kind,
        "organ": organ,
        "meeting_date": date,
        "page_count": n,
        "scanned": scanned,
        "meeting": {"start_time": start, "end_time": end, "location": loc},
        "items": [it.gold() for it in items],
    }
    if participants is not None:
        g["participants"] = participants
    g["notes"] = notes
    gpath = OUT / (fname[:-4] + ".gold.json")
    gpath.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(f"{fname}: {n} pages, {len(items)} items, "
          f"{len(participants) if participants is not None else '-'} participants")


def wrap(text, width):
    out = []
    for part in text.split("\n"):
        w = textwrap.wrap(part, width, break_on_hyphens=False, break_long_words=False)
        out.extend(w if w else [""])
    return out


# ---------------------------------------------------------------------------
# Raster "scans": a character grid rendered like a typewriter or a 9-pin
# dot-matrix printer, then rotated, blurred, speckled, saved as JPEG pages.
# ---------------------------------------------------------------------------
class Grid:
    """Pages of (row, col, text, style) in a fixed-pitch character grid."""

    def __init__(self, rows, header=None):
        self.rows = rows
        self.pages = []
        self.header = header  # callable(grid, pageno) writing the page head
        self.new_page()

    def new_page(self):
        self.pages.append([])
        self.row = 0
        if self.header:
            self.header(self, len(self.pages))

    def put(self, col, text, style=""):
        self.pages[-1].append((self.row, col, text, style))

    def nl(self, n=1):
        self.row += n
        if self.row >= self.rows:
            self.new_page()

    def need(self, n):
        if self.row + n > self.rows:
            self.new_page()

    def para(self, col, width, text, style="", first_col=None):
        lines = wrap(text, width)
        for i, line in enumerate(lines):
            c = first_col if (i == 0 and first_col is not None) else col
            self.put(c, line, style)
            self.nl()


def typewriter_pages(grid, dpi=200, seed=1, left_in=1.0, top_in=0.9, pitch=10, lpi=6,
                     angle=(0.4, -0.8)):
    rnd = random.Random(seed)
    W, H = int(8.27 * dpi), int(11.69 * dpi)
    cw = dpi / pitch
    lh = dpi / lpi
    fsize = int(round(cw / 0.6))
    font = ImageFont.truetype(str(F_MONO), fsize)
    fontb = ImageFont.truetype(str(F_MONO_B), fsize)
    images = []
    for pi, page in enumerate(grid.pages):
        ink = Image.new("L", (W, H), 0)  # ink coverage
        d = ImageDraw.Draw(ink)
        x0, y0 = left_in * dpi, top_in * dpi
        line_shift = {}
        for row, col, text, style in page:
            if row not in line_shift:
                line_shift[row] = rnd.uniform(-1.2, 1.2)
            for i, ch in enumerate(text):
                if "u" in style and 0 < i < len(text) - 1 and ch == " ":
                    d.text((x0 + (col + i) * cw, y0 + row * lh + line_shift[row] + 2), "_",
                           font=font, fill=int(rnd.uniform(150, 230)))
                if ch == " ":
                    continue
                x = x0 + (col + i) * cw + rnd.uniform(-0.9, 0.9)
                y = y0 + row * lh + line_shift[row] + rnd.uniform(-1.1, 1.1)
                strength = int(rnd.uniform(150, 255))
                if ch in "ilj.,:;'":
                    strength = min(255, strength + 30)
                d.text((x, y), ch, font=fontb if "b" in style else font, fill=strength)
                if "u" in style:
                    d.text((x, y + 2), "_", font=font, fill=int(rnd.uniform(150, 230)))
        # uneven ink: multiply by a low-frequency field
        ink = ink.filter(ImageFilter.MaxFilter(3))
        field = np.array(Image.effect_noise((W // 40, H // 40), 40).resize((W, H), Image.BILINEAR),
                         dtype=np.float32)
        field = 0.75 + 0.25 * (field - field.min()) / max(1.0, (field.max() - field.min()))
        a = np.array(ink, dtype=np.float32) / 255.0 * field
        a = np.clip(a * 1.15, 0, 1)
        paper = 238 + np.random.default_rng(seed + pi).normal(0, 4, (H, W))
        img = paper * (1 - a) + 35 * a
        im = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "L")
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        im = add_specks(im, rnd, 110)
        im = im.rotate(angle[pi % len(angle)], resample=Image.BICUBIC, fillcolor=236)
        images.append(im)
    return images


def dotmatrix_pages(grid, dpi=240, seed=2, left_px=72, top_px=56, angle=(-0.5, 0.9)):
    """Render at 84 'dots' per inch with a 1-bit monospace font, then draw
    every set pixel as a round ribbon dot at the scan resolution."""
    rnd = random.Random(seed)
    base = 84
    Wb, Hb = int(8.27 * base), int(11.69 * base)
    font = ImageFont.truetype(str(F_DOT), 14)
    cw = base / 10  # 10 cpi
    lh = base / 6  # 6 lpi
    scale = dpi / base
    W, H = int(Wb * scale), int(Hb * scale)
    images = []
    for pi, page in enumerate(grid.pages):
        bm = Image.new("1", (Wb, Hb), 0)
        d = ImageDraw.Draw(bm)
        d.fontmode = "1"
        for row, col, text, style in page:
            for i, ch in enumerate(text):
                if ch == " ":
                    continue
                x = left_px + (col + i) * cw
                y = round(top_px + row * lh)
                d.text((round(x), y), ch, font=font, fill=1)
                if "b" in style:  # emphasized: second pass shifted one dot
                    d.text((round(x) + 1, y), ch, font=font, fill=1)
                if "u" in style:
                    d.line([(round(x), y + 14), (round(x + cw), y + 14)], fill=1)
        pts = np.argwhere(np.array(bm))
        im = Image.new("L", (W, H), 0)
        dd = ImageDraw.Draw(im)
        r = scale * 0.42
        # ribbon wear: ink weaker towards the lower part of the page, stripes
        for (yy, xx) in pts:
            cx = xx * scale + scale / 2 + rnd.uniform(-0.35, 0.35)
            cy = yy * scale + scale / 2 + rnd.uniform(-0.35, 0.35)
            wear = 1.0 - 0.22 * (yy / Hb) - 0.12 * (0.5 + 0.5 * math.sin(yy / 9.0))
            v = int(255 * wear * rnd.uniform(0.75, 1.0))
            dd.ellipse([cx - r, cy - r, cx + r, cy + r], fill=v)
        a = np.array(im, dtype=np.float32) / 255.0
        paper = 242 + np.random.default_rng(seed + pi).normal(0, 3.5, (H, W))
        # faint greenbar-free listing paper: light vertical shading
        img = paper * (1 - a) + 45 * a
        out = Image.fromarray(np.clip(img, 0, 255).astype(np.uint8), "L")
        out = out.filter(ImageFilter.GaussianBlur(0.55))
        out = add_specks(out, rnd, 70)
        out = out.rotate(angle[pi % len(angle)], resample=Image.BICUBIC, fillcolor=240)
        images.append(out)
    return images


def add_specks(im, rnd, n):
    d = ImageDraw.Draw(im)
    W, H = im.size
    for _ in range(n):
        x, y = rnd.uniform(0, W), rnd.uniform(0, H)
        r = rnd.uniform(0.4, 1.4)
        d.ellipse([x - r, y - r, x + r, y + r], fill=int(rnd.uniform(110, 190)))
    # a punched-hole shadow and an edge shadow, as on photocopied pages
    for yy in (H * 0.3, H * 0.7):
        d.ellipse([W * 0.025, yy - 14, W * 0.025 + 28, yy + 14], fill=205)
    return im


def images_to_pdf(images, path, dpi):
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_auto_page_break(False)
    pdf.set_creator("Scanner")
    for im in images:
        pdf.add_page()
        buf = io.BytesIO()
        im.save(buf, format="JPEG", quality=72, dpi=(dpi, dpi))
        buf.seek(0)
        pdf.image(buf, x=0, y=0, w=210, h=297)
    pdf.output(str(path))


def core_pdf(fmt="A4", **kw):
    pdf = FPDF(unit="mm", format=fmt, **kw)
    pdf.core_fonts_encoding = "windows-1252"
    return pdf


# ===========================================================================
# 1. 1967 – Raggåsens viltvårdsområdesförening, ordinarie årsstämma, protokoll.
#    Typewriter, scanned (image only), § numbers in a left margin column,
#    underlined typed headings.  Participants only as the elected officers.
# ===========================================================================
def doc1():
    fname = "1967-04-09_raggasens-vvo_protokoll.pdf"
    items = [
        Item(1, "§ 1.", "Stämmans öppnande", [
            "Föreningens ordförande Erik Lindqvist hälsade de närvarande välkomna och "
            "förklarade stämman öppnad kl. 13.00."]),
        Item(2, "§ 2.", "Val av ordförande och sekreterare för stämman", [
            D("Till ordförande för stämman valdes Erik Lindqvist och till sekreterare "
              "Gustav Holmgren.")]),
        Item(3, "§ 3.", "Val av justeringsmän", [
            D("Att jämte ordföranden justera dagens protokoll valdes Olof Persson och "
              "Sven Ålund.")]),
        Item(4, "§ 4.", "Fråga om stämmans behöriga utlysande", [
            TD("Kallelse har skett genom anslag vid handelsboden och skolan samt genom "
               "annons i ortstidningen den 22 mars.",
               "Stämman förklarades behörigen utlyst.")]),
        Item(5, "§ 5.", "Röstlängd", [
            D("Röstlängden fastställdes i enlighet med den upprättade "
              "närvaroförteckningen, upptagande 23 röstberättigade.")]),
        Item(6, "§ 6.", "Styrelsens verksamhetsberättelse", [
            TD("Sekreteraren Gustav Holmgren föredrog styrelsens berättelse över "
               "verksamheten under jaktåret 1966/67.",
               "Berättelsen godkändes och lades till handlingarna.")],
            presenters=["Gustav Holmgren"]),
        Item(7, "§ 7.", "Kassaberättelse och revisorernas berättelse", [
            T("Kassören Nils Backman redogjorde för föreningens räkenskaper. "
              "Kassabehållningen uppgick vid årets slut till 1.846:52 kronor."),
            D("Revisorernas berättelse upplästes och lades till handlingarna.")],
            presenters=["Nils Backman"]),
        Item(8, "§ 8.", "Fråga om ansvarsfrihet", [
            D("På revisorernas förslag beviljade stämman styrelsen full ansvarsfrihet "
              "för det gångna verksamhetsåret.")]),
        Item(9, "§ 9.", "Älgjakten 1967", [
            T("Länsstyrelsen har för området medgivit licens för fällande av 6 älgar, "
              "varav högst 3 vuxna djur."),
            D("Efter diskussion om jaktens uppläggning och om antalet gästande skyttar "
              "beslöts att jakten skall bedrivas gemensamt av ett jaktlag om högst 20 "
              "skyttar och att jakten skall börja andra lördagen i september.")]),
        Item(10, "§ 10.", "Jaktkortsavgift", [
            D("Stämman beslöt att avgiften för jaktkort skall vara oförändrad, 25 kronor "
              "för medlem och 60 kronor för gäst.")]),
        Item(11, "§ 11.", "Arvoden", [
            D("Beslöts att kassören för året skall erhålla ett arvode om 150 kronor och "
              "att övriga funktionärer liksom hittills skall arbeta utan ersättning.")]),
        Item(12, "§ 12.", "Val av styrelse", [
            TD("I tur att avgå voro Erik Lindqvist och Nils Backman.",
               "Båda omvaldes för en tid av två år. Till suppleant för ett år valdes "
               "Olle Hed.")]),
        Item(13, "§ 13.", "Val av revisorer", [
            D("Till revisorer för ett år valdes Anders Ek och Helge Strand med "
              "Johan Nordin som suppleant.")]),
        Item(14, "§ 14.", "Val av jaktledare", [
            D("Till jaktledare för älgjakten valdes Karl Engström med Sven Ålund som "
              "ersättare.")]),
        Item(15, "§ 15.", "Övriga frågor", [
            TD("Johan Nordin väckte frågan om utläggning av saltstenar för rådjuren.",
               "Styrelsen fick i uppdrag att utreda saken till nästa stämma."),
            T("Det antecknades att skogsbolaget lovat att bekosta virke till tre nya "
              "jakttorn.")]),
        Item(16, "§ 16.", "Stämmans avslutande", [
            "Ordföranden tackade de närvarande för visat intresse och förklarade "
            "stämman avslutad kl. 15.20."]),
    ]

    MC, TC, TW = 0, 8, 54  # margin column, text column, text width (chars)

    def header(g, pageno):
        if pageno > 1:
            g.put(30, f"- {pageno} -")
            g.nl(3)

    g = Grid(rows=58, header=header)
    g.put(14, "RAGGÅSENS VILTVÅRDSOMRÅDESFÖRENING")
    g.nl(2)
    g.put(20, "P R O T O K O L L", "u")
    g.nl(2)
    for line in wrap("fört vid ordinarie årsstämma med Raggåsens viltvårdsområdesförening "
                     "i Raggåsens skola söndagen den 9 april 1967.", TW + TC):
        g.put(MC, line)
        g.nl()
    g.nl()
    g.para(MC, TW + TC, "Närvarande: 23 röstberättigade medlemmar enligt förteckning, som "
           "bilagts protokollet.")
    g.nl()
    for it in items:
        need = 2 + sum(len(wrap(ptext(p), TW)) for p in it.paras)
        g.need(min(need, 6))
        g.put(MC, it.printed)
        g.put(TC, it.title, "u")
        g.nl()
        for p in it.paras:
            g.para(TC, TW, ptext(p))
        g.nl()
    g.need(9)
    g.nl()
    g.put(TC, "Vid protokollet:")
    g.nl(3)
    g.put(TC, "Gustav Holmgren")
    g.nl(3)
    g.put(TC, "Justeras:")
    g.nl(3)
    g.put(TC, "Olof Persson")
    g.put(TC + 28, "Sven Ålund")
    g.nl()
    images = typewriter_pages(g, dpi=200, seed=67, left_in=1.15, top_in=0.9,
                              angle=(0.6, -0.9, 0.4))
    images_to_pdf(images, OUT / fname, 200)

    participants = [
        P("Erik Lindqvist", "ordförande"),
        P("Gustav Holmgren", "sekreterare"),
        P("Olof Persson", "justerare"),
        P("Sven Ålund", "justerare"),
    ]
    notes = (
        "Invented document. Protokoll of the ordinary annual meeting (årsstämma) of Raggåsens "
        "viltvårdsområdesförening, 9 April 1967, typed on a typewriter; every page is an image "
        "(200 dpi JPEG, slight rotation, uneven ink, specks) with NO text layer. Header is prose "
        "('fört vid ordinarie årsstämma med ... i Raggåsens skola söndagen den 9 april 1967'); "
        "organ 'Årsstämma' (the meeting's own word), location 'Raggåsens skola'. Start 13:00 "
        "from § 1 ('förklarade stämman öppnad kl. 13.00'), end 15:20 from § 16. Items §§ 1-16 "
        "printed '§ 1.' in a left margin column with an underlined typed heading on the same "
        "line. Participants: the document names no one as present (only '23 röstberättigade "
        "medlemmar enligt förteckning, som bilagts protokollet'), so participants are only the "
        "officers elected in §§ 2-3: Erik Lindqvist (mötesordförande and föreningens "
        "ordförande), Gustav Holmgren (sekreterare), Olof Persson and Sven Ålund (justerare); "
        "other names in the text (Nils Backman, Olle Hed, Anders Ek, Helge Strand, Johan "
        "Nordin, Karl Engström) are elected or mentioned but not listed as present, so not "
        "participants. Decisions: election sentences ('valdes', 'omvaldes'), 'förklarades "
        "behörigen utlyst', 'fastställdes', 'lades till handlingarna', 'Beslöts att' and "
        "'Styrelsen fick i uppdrag' are decisions; the chair's opening/closing (§§ 1, 16) are "
        "not. § 9: the decision is the whole sentence 'Efter diskussion om ... beslöts att ...' "
        "(GOLD.md asks for whole decision sentences; the licence sentence before it is "
        "background). § 15: 'Det antecknades att ...' is a note, not "
        "part of the decision. Presenters: § 6 Gustav Holmgren (föredrog), § 7 Nils Backman "
        "(redogjorde)."
    )
    write_gold(fname, "protokoll", "Årsstämma", "1967-04-09", "13:00", "15:20",
               "Raggåsens skola", items, participants, notes, True)


# ===========================================================================
# 2. 1974 – Bostadsrättsföreningen Tallkotten nr 3, kallelse till extra
#    föreningsstämma.  A5, Times, items "1)", Styrelsens förslag; a bilaga
#    with stadge-§§ that are not items.
# ===========================================================================
def doc2():
    fname = "1974-11-20_brf-tallkotten_kallelse.pdf"
    items = [
        Item(1, "1)", "Stämmans öppnande"),
        Item(2, "2)", "Val av ordförande vid stämman"),
        Item(3, "3)", "Anmälan av ordförandens val av protokollförare"),
        Item(4, "4)", "Godkännande av röstlängd"),
        Item(5, "5)", "Val av två justeringsmän tillika rösträknare"),
        Item(6, "6)", "Fråga om kallelse till stämman behörigen skett"),
        Item(7, "7)", "Fastställande av dagordning"),
        Item(8, "8)", "Styrelsens förslag till ändrade stadgar", [
            LP("Styrelsens förslag:",
               "Att § 5, § 12 och § 23 i föreningens stadgar erhåller den lydelse som "
               "framgår av bilagan till denna kallelse."),
            T("För giltigt beslut fordras att beslutet fattas på två på varandra följande "
              "stämmor och att minst två tredjedelar av de röstande på den senare stämman "
              "förenar sig om beslutet.")]),
        Item(9, "9)", "Uppförande av förråd för cyklar och barnvagnar", [
            LP("Styrelsens förslag:",
               "Att föreningen på gården mellan hus B och hus C låter uppföra ett förråd "
               "av trä till en kostnad av högst 18.500 kronor, att bestridas ur "
               "föreningens fond för yttre underhåll.")]),
        Item(10, "10)", "Stämmans avslutande"),
    ]
    bilaga = [
        ("§ 5  Insats och årsavgift",
         "Insats och årsavgift fastställes av styrelsen. Årsavgiften skall betalas "
         "månadsvis i förskott senast sista vardagen före varje kalendermånads början."),
        ("§ 12  Upplåtelse i andra hand",
         "Bostadsrättshavare får upplåta sin lägenhet i andra hand endast med styrelsens "
         "skriftliga samtycke. Samtycke lämnas för högst ett år i sänder."),
        ("§ 23  Fonder",
         "Inom föreningen skall bildas en fond för yttre underhåll. Till fonden avsättes "
         "årligen ett belopp motsvarande minst 0,3 procent av fastighetens taxeringsvärde."),
    ]
    pdf = core_pdf("A5")
    pdf.set_margins(15, 14, 15)
    pdf.set_auto_page_break(True, 16)
    pdf.set_creator("")
    W = 148 - 30
    pdf.add_page()
    pdf.set_font("Times", "", 9)
    pdf.cell(W, 4, "BOSTADSRÄTTSFÖRENINGEN TALLKOTTEN NR 3", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.3)
    pdf.line(15, pdf.get_y() + 1, 133, pdf.get_y() + 1)
    pdf.line(15, pdf.get_y() + 1.8, 133, pdf.get_y() + 1.8)
    pdf.ln(5)
    pdf.set_font("Times", "B", 16)
    pdf.cell(W, 7, "K A L L E L S E", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 11)
    pdf.cell(W, 6, "till extra föreningsstämma", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 10)
    pdf.multi_cell(W, 4.6,
                   "Medlemmarna i Bostadsrättsföreningen Tallkotten nr 3 kallas härmed till "
                   "extra föreningsstämma onsdagen den 20 november 1974 kl. 19.00 i "
                   "föreningens samlingslokal, Granvägen 14 B (källarplanet).",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(W, 4.6,
                   "Stämman har utlysts på begäran av styrelsen för att behandla förslag till "
                   "ändrade stadgar med anledning av att föreningen från och med 1975 övergår "
                   "till egen förvaltning, samt frågan om ett förråd på gården.",
                   align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Times", "B", 10.5)
    pdf.cell(W, 5, "Förslag till dagordning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    for it in items:
        pdf.set_font("Times", "", 10)
        pdf.set_x(19)
        pdf.cell(8, 4.5, it.printed)
        pdf.multi_cell(W - 12, 4.5, it.title, align="L", new_x="LMARGIN", new_y="NEXT")
        for para in it.paras:
            pdf.set_x(27)
            if para[0][0] == "l":
                pdf.set_font("Times", "I", 9.5)
                pdf.multi_cell(W - 12, 4.4, para[0][1], align="L", new_x="LMARGIN",
                               new_y="NEXT")
                pdf.set_x(27)
                pdf.set_font("Times", "", 9.5)
                pdf.multi_cell(W - 12, 4.4, ptail(para), align="J",
                               new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Times", "", 9.5)
                pdf.multi_cell(W - 12, 4.4, ptext(para), align="J", new_x="LMARGIN",
                               new_y="NEXT")
            pdf.ln(0.6)
        pdf.ln(0.3)
    pdf.ln(2)
    pdf.set_font("Times", "", 10)
    pdf.multi_cell(W, 4.4, "Medlem får företrädas av ombud med skriftlig, dagtecknad "
                   "fullmakt.", align="J", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    pdf.cell(W / 2, 5, "Solbacka den 30 oktober 1974")
    pdf.set_font("Times", "B", 10)
    pdf.cell(W / 2, 5, "STYRELSEN", align="R", new_x="LMARGIN", new_y="NEXT")
    # bilaga page
    pdf.add_page()
    pdf.set_font("Times", "", 9)
    pdf.cell(W, 4, "BOSTADSRÄTTSFÖRENINGEN TALLKOTTEN NR 3", align="C",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", "B", 11)
    pdf.cell(W, 5, "Bilaga till kallelse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(W, 5, "Styrelsens förslag till ny lydelse av stadgarnas §§ 5, 12 och 23",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for head, body in bilaga:
        pdf.set_font("Times", "B", 10)
        pdf.cell(W, 5, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 10)
        pdf.multi_cell(W, 4.6, body, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(2)
    pdf.set_font("Times", "I", 9.5)
    pdf.multi_cell(W, 4.4, "Nuvarande lydelse kan tagas del av hos styrelsens ordförande, "
                   "Granvägen 12 A, 1 tr.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / fname))

    notes = (
        "Invented document. Kallelse (notice with 'Förslag till dagordning') to an extra "
        "föreningsstämma of Bostadsrättsföreningen Tallkotten nr 3, printed on A5 in Times; "
        "text layer present. organ 'Extra föreningsstämma' (the meeting as named in the "
        "kallelse; judgement call: 'Föreningsstämma' would also be defensible). Meeting date "
        "1974-11-20 and 'kl. 19.00' from the prose notice; the print date 'Solbacka den 30 "
        "oktober 1974' is not the meeting date. Location as printed after the time: "
        "'föreningens samlingslokal, Granvägen 14 B (källarplanet)'. Items 1)-10), numbered "
        "'1)'. Items 8) and 9) carry 'Styrelsens förslag:' (italic label on its own line); the "
        "proposal is the text under it (item 8's following paragraph about the majority "
        "needed is explanation, not proposal). Page 2 is a bilaga with stadge paragraphs "
        "'§ 5', '§ 12', '§ 23': these are sections of an attachment, not agenda items. No list "
        "of people (signed 'STYRELSEN'), so no participants key."
    )
    write_gold(fname, "kallelse", "Extra föreningsstämma", "1974-11-20", "19:00", None,
               "föreningens samlingslokal, Granvägen 14 B (källarplanet)", items, None,
               notes, False)


# ===========================================================================
# 3. 1979 – Lillby Frysboxförening u.p.a., ordinarie föreningsstämma, protokoll.
#    Courier, prose header, "§ 1" + underlined title on the same line,
#    members listed "Efternamn, Förnamn" in three columns, a vote.
# ===========================================================================
def doc3():
    fname = "1979-05-02_lillby-frysboxforening_protokoll.pdf"
    members = [  # (first, last)
        ("Algot", "Fransson"), ("Berta", "Fransson"), ("Ingvar", "Sjödin"),
        ("Märta", "Sjödin"), ("Harald", "Wester"), ("Elsa", "Lund"), ("Tore", "Lund"),
        ("Ragnar", "Olsson"), ("Greta", "Berg"), ("Sigurd", "Nyström"), ("Maja", "Nyström"),
        ("Evert", "Holm"), ("Vera", "Karlsson"), ("Hilding", "Karlsson"), ("Agda", "Persson"),
        ("Bengt", "Sandberg"), ("Rut", "Sandberg"),
    ]
    items = [
        Item(1, "§ 1", "Stämmans öppnande", [
            "Föreningens ordförande Ingvar Sjödin öppnade stämman kl. 19.30 och hälsade de "
            "närvarande välkomna."]),
        Item(2, "§ 2", "Val av ordförande och sekreterare vid stämman", [
            D("Stämman valde Ingvar Sjödin till ordförande och Greta Berg till sekreterare "
              "vid stämman.")]),
        Item(3, "§ 3", "Val av två justeringsmän", [
            D("Till justeringsmän att jämte ordföranden justera protokollet valdes Harald "
              "Wester och Vera Karlsson.")]),
        Item(4, "§ 4", "Fråga om stämman blivit i stadgeenlig ordning utlyst", [
            TD("Kallelse har skett genom brev till samtliga medlemmar den 12 april.",
               "Stämman förklarades stadgeenligt utlyst.")]),
        Item(5, "§ 5", "Fastställande av röstlängd", [
            D("Röstlängden fastställdes till 17 röstberättigade medlemmar enligt ovan.")]),
        Item(6, "§ 6", "Fastställande av dagordning", [
            D("Den i kallelsen upptagna dagordningen fastställdes.")]),
        Item(7, "§ 7", "Styrelsens förvaltningsberättelse", [
            T("Ordföranden Ingvar Sjödin redogjorde för styrelsens förvaltningsberättelse "
              "för år 1978. Under året har kompressorn till frysrummet bytts ut och två nya "
              "boxar om 250 liter vardera ställts i ordning. Samtliga 46 boxar är uthyrda."),
            D("Förvaltningsberättelsen lades till handlingarna.")],
            presenters=["Ingvar Sjödin"]),
        Item(8, "§ 8", "Revisorernas berättelse", [
            D("Revisorernas berättelse, undertecknad av Evert Holm och Sigurd Nyström, "
              "upplästes och lades till handlingarna.")]),
        Item(9, "§ 9", "Fastställande av resultat- och balansräkning", [
            D("Stämman fastställde den framlagda resultat- och balansräkningen för år "
              "1978.")]),
        Item(10, "§ 10", "Ansvarsfrihet för styrelsen", [
            D("Stämman beviljade enhälligt styrelsen ansvarsfrihet för 1978 års "
              "förvaltning.")]),
        Item(11, "§ 11", "Behandling av årets överskott", [
            D("Stämman beslöt att årets överskott, 1.214:60 kr, skall överföras i ny "
              "räkning.")]),
        Item(12, "§ 12", "Arvoden", [
            D("Beslöts att arvodet till kassören skall utgå med 300 kr för år 1979 och att "
              "övriga förtroendevalda inte skall uppbära arvode.")]),
        Item(13, "§ 13", "Boxhyra för 1979/80", [
            LP("Styrelsens förslag:",
               "att hyran höjs från 40 kr till 55 kr per box och år på grund av ökade "
               "elkostnader."),
            T("Algot Fransson yrkade att hyran skulle höjas till 50 kr. Ordföranden ställde "
              "de båda förslagen mot varandra. Votering begärdes och verkställdes genom "
              "handuppräckning. För styrelsens förslag röstade 11 och för Algot Franssons "
              "förslag 6 medlemmar."),
            D("Stämman beslöt således att boxhyran för 1979/80 skall vara 55 kr per box."),
            T("Algot Fransson anmälde reservation mot beslutet.")]),
        Item(14, "§ 14", "Val av styrelse", [
            TD("I tur att avgå var ordföranden Ingvar Sjödin och ledamoten Bengt Sandberg.",
               "Stämman omvalde Ingvar Sjödin till ordförande för ett år och valde Tore Lund "
               "till styrelseledamot för två år efter Bengt Sandberg, som avböjt omval.")]),
        Item(15, "§ 15", "Val av revisorer", [
            D("Till revisorer omvaldes Evert Holm och Sigurd Nyström med Rut Sandberg som "
              "suppleant.")]),
        Item(16, "§ 16", "Val av valberedning", [
            D("Till valberedning valdes Elsa Lund, sammankallande, och Hilding Karlsson.")]),
        Item(17, "§ 17", "Övriga frågor", [
            T("Maja Nyström framförde att dörren till frysrummet går trögt. Det antecknades "
              "att styrelsen skall se över dörren före sommaren.")]),
        Item(18, "§ 18", "Stämmans avslutande", [
            "Ordföranden tackade för visat intresse och förklarade stämman avslutad "
            "kl. 21.05."]),
    ]

    class Doc(FPDF):
        def header(self):
            if self.page_no() > 1:
                self.set_font("FM", "", 10)
                self.cell(0, 5, f"- {self.page_no()} -", align="C", new_x="LMARGIN",
                          new_y="NEXT")
                self.ln(6)

    pdf = Doc(unit="mm", format="A4")
    pdf.add_font("FM", "", str(F_MONO))
    pdf.set_margins(28, 20, 22)
    pdf.set_auto_page_break(True, 22)
    W = 210 - 50
    lh = 4.9
    pdf.add_page()
    pdf.set_font("FM", "", 11)
    pdf.cell(W, lh, "LILLBY FRYSBOXFÖRENING u.p.a.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2)
    pdf.set_font("FM", "U", 11)
    pdf.cell(W, lh, "PROTOKOLL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh)
    pdf.set_font("FM", "", 11)
    pdf.multi_cell(W, lh, "Protokoll fört vid ordinarie föreningsstämma med Lillby "
                   "Frysboxförening u.p.a. den 2 maj 1979 i Lillby bygdegård.", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh)
    pdf.cell(W, lh, "Närvarande:", new_x="LMARGIN", new_y="NEXT")
    colw = W / 3
    for i in range(0, len(members), 3):
        for f, l in members[i:i + 3]:
            pdf.cell(colw, lh, f"{l}, {f}")
        pdf.ln(lh)
    pdf.ln(lh)
    for it in items:
        if pdf.get_y() > 297 - 22 - lh * 5:
            pdf.add_page()
        pdf.set_font("FM", "", 11)
        pdf.cell(16, lh, it.printed)
        pdf.set_font("FM", "U", 11)
        pdf.multi_cell(W - 16, lh, it.title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("FM", "", 11)
        for para in it.paras:
            pdf.set_x(28 + 16)
            if para[0][0] == "l":
                pdf.multi_cell(W - 16, lh, ptext(para), align="L", new_x="LMARGIN",
                               new_y="NEXT")
            else:
                pdf.multi_cell(W - 16, lh, ptext(para), align="L", new_x="LMARGIN",
                               new_y="NEXT")
        pdf.ln(lh)
    if pdf.get_y() > 297 - 22 - lh * 12:
        pdf.add_page()
    pdf.ln(lh)
    pdf.cell(W, lh, "Vid protokollet:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2.5)
    pdf.cell(W, lh, "Greta Berg", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2)
    pdf.cell(W / 2, lh, "Ordförande:")
    pdf.cell(W / 2, lh, "Justeras:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2.5)
    pdf.cell(W / 2, lh, "Ingvar Sjödin")
    pdf.cell(W / 2, lh, "Harald Wester", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2.5)
    pdf.cell(W / 2, lh, "")
    pdf.cell(W / 2, lh, "Vera Karlsson", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / fname))

    roles = {"Ingvar Sjödin": "ordförande", "Greta Berg": "sekreterare",
             "Harald Wester": "justerare", "Vera Karlsson": "justerare"}
    participants = [P(f"{f} {l}", roles.get(f"{f} {l}", "ledamot")) for f, l in members]
    notes = (
        "Invented document. Protokoll of the ordinary föreningsstämma of Lillby Frysboxförening "
        "u.p.a. (a community freezer-house cooperative), 2 May 1979, set in Courier like a "
        "typewritten original; text layer present. Prose header 'Protokoll fört vid ordinarie "
        "föreningsstämma med ... den 2 maj 1979 i Lillby bygdegård' -> organ 'Föreningsstämma', "
        "location 'Lillby bygdegård'. Start 19:30 (§ 1), end 21:05 (§ 18). Items §§ 1-18, "
        "printed '§ 1' with the title underlined on the same line. Participants: the "
        "'Närvarande:' list of 17 names printed 'Efternamn, Förnamn' in three columns, turned "
        "around; all 'ledamot' (members present) except Ingvar Sjödin (föreningens ordförande, "
        "elected stämmoordförande, ordförande), Greta Berg (sekreterare, § 2), Harald Wester and "
        "Vera Karlsson (justerare, § 3). Evert Holm and Sigurd Nyström are revisorer but listed "
        "as present members, so 'ledamot'. § 13: proposal is the text after 'Styrelsens "
        "förslag:'; the yrkande, votering (11-6) and reservation are not part of the decision; "
        "decision is 'Stämman beslöt således ...'. § 17 records only 'Det antecknades att ...' "
        "(a note), so decision null. Chair's opening/closing (§§ 1, 18) are not decisions. "
        "Presenter: § 7 Ingvar Sjödin (redogjorde)."
    )
    write_gold(fname, "protokoll", "Föreningsstämma", "1979-05-02", "19:30", "21:05",
               "Lillby bygdegård", items, participants, notes, False)


# ===========================================================================
# 4. 1986 – Lokala hyresgästföreningen Kvarnbacken, styrelsemöte, protokoll.
#    Dot-matrix printout, scanned (image only).  Label header, "p. 1".
# ===========================================================================
def doc4():
    fname = "1986-09-15_hgf-kvarnbacken_protokoll.pdf"
    items = [
        Item(1, "p. 1", "Mötets öppnande", [
            "Ordföranden Birgitta Öhman hälsade välkommen och öppnade mötet."]),
        Item(2, "p. 2", "Val av justerare", [
            D("Beslöts att Leif Dahl jämte ordföranden skulle justera protokollet.")]),
        Item(3, "p. 3", "Dagordningen", [
            D("Dagordningen godkändes med tillägg av julfesten under övriga frågor.")]),
        Item(4, "p. 4", "Föregående protokoll", [
            D("Protokoll nr 6/86 från 1986-08-18 lästes upp och lades till handlingarna.")]),
        Item(5, "p. 5", "Rapport från hyresförhandlingarna", [
            T("Ulla Granath informerade om läget i förhandlingarna med AB Kvarnbackshem. "
              "Bolaget har yrkat en höjning med 4,2 procent från den 1 oktober."),
            T("Det antecknades att förhandlingsdelegationen återkommer med ett nytt bud "
              "till nästa möte.")],
            presenters=["Ulla Granath"]),
        Item(6, "p. 6", "Tvättstugan i hus 14", [
            TD("Flera klagomål har inkommit om trasiga maskiner och långa väntetider.",
               "Beslöts att ordföranden skriver till bostadsbolaget och begär åtgärd senast "
               "den 1 november.")]),
        Item(7, "p. 7", "Ekonomi", [
            TD("Kassören Aino Virtanen redogjorde för kassaläget. Behållningen är 3.412 kr.",
               "Rapporten godkändes.")],
            presenters=["Aino Virtanen"]),
        Item(8, "p. 8", "Studiecirkel om boinflytande", [
            D("Beslöts att föreningen i samarbete med studieförbundet anordnar en "
              "studiecirkel om boinflytande under hösten och att Margareta Sund är "
              "kontaktperson.")]),
        Item(9, "p. 9", "Övriga frågor", [
            D("a) Beslöts att julfesten hålls lördagen den 13 december i föreningslokalen."),
            T("b) Det antecknades att Leif Dahl besöker nyinflyttade hushåll under "
              "oktober.")]),
        Item(10, "p. 10", "Nästa möte", [
            D("Nästa styrelsemöte fastställdes till måndagen den 20 oktober kl. 18.30.")]),
        Item(11, "p. 11", "Mötets avslutande", [
            "Ordföranden tackade och avslutade mötet."]),
    ]
    present = [("Birgitta Öhman", "ordf", "ordförande"),
               ("Kjell Ramström", "sekr", "sekreterare"),
               ("Aino Virtanen", "kassör", "ledamot"),
               ("Leif Dahl", None, "justerare"),
               ("Margareta Sund", None, "ledamot")]

    TW = 60

    def header(g, pageno):
        if pageno > 1:
            g.put(0, "LOKALA HYRESGÄSTFÖRENINGEN KVARNBACKEN")
            g.put(48, "PROTOKOLL 7/86")
            g.nl(3)

    g = Grid(rows=62, header=header)
    g.put(0, "LOKALA HYRESGÄSTFÖRENINGEN KVARNBACKEN", "b")
    g.nl()
    g.put(0, "Styrelsen")
    g.nl(2)
    g.put(0, "PROTOKOLL NR 7/86", "b")
    g.nl(2)
    g.put(0, "Datum:")
    g.put(24, "1986-09-15")
    g.nl()
    g.put(0, "Tid:")
    g.put(24, "18.30 - 20.45")
    g.nl()
    g.put(0, "Plats:")
    g.put(24, "Föreningslokalen, Kvarnvägen 22")
    g.nl(2)
    g.put(0, "Närvarande ledamöter:")
    for i, (n, r, _) in enumerate(present):
        g.put(24, n + (f" ({r})" if r else ""))
        g.nl()
    g.nl()
    g.put(0, "Frånvarande:")
    g.put(24, "Hans-Erik Blom, Yvonne Carlsson (suppl)")
    g.nl(2)
    g.put(0, "Dessutom närvarande:")
    g.put(24, "Ulla Granath (Hyresgästföreningen")
    g.nl()
    g.put(24, "Sydvästra distriktet), p. 5")
    g.nl()
    g.put(0, "-" * 66)
    g.nl(2)
    for it in items:
        g.need(4)
        g.put(0, it.printed, "b")
        g.put(7, it.title, "b")
        g.nl()
        for p in it.paras:
            g.para(7, TW - 4, ptext(p))
        g.nl()
    g.need(9)
    g.nl()
    g.put(7, "Vid protokollet")
    g.put(38, "Justeras")
    g.nl(3)
    g.put(7, "Kjell Ramström")
    g.put(38, "Birgitta Öhman")
    g.nl(3)
    g.put(38, "Leif Dahl")
    g.nl()
    images = dotmatrix_pages(g, dpi=240, seed=86, angle=(-0.45, 0.8))
    images_to_pdf(images, OUT / fname, 240)

    participants = [P(n, role) for n, _, role in present]
    participants.append(P("Ulla Granath", "övrig", "Hyresgästföreningen Sydvästra distriktet"))
    notes = (
        "Invented document. Protokoll nr 7/86 of the board (Styrelsen) of Lokala "
        "hyresgästföreningen Kvarnbacken, 15 September 1986, printed on a 9-pin dot-matrix "
        "printer; every page is an image (240 dpi JPEG, dots, ribbon wear, slight rotation) "
        "with NO text layer. Label header 'Datum/Tid/Plats'; 'Tid: 18.30 - 20.45' gives start "
        "18:30 and end 20:45; location 'Föreningslokalen, Kvarnvägen 22'. Items 'p. 1'-'p. 11' "
        "(bold title on the same line). Participants: 'Närvarande ledamöter' with role "
        "abbreviations: (ordf) -> ordförande, (sekr) -> sekreterare (the board secretary who "
        "keeps the minutes, signs 'Vid protokollet'), (kassör) -> ledamot; Leif Dahl, a plain "
        "ledamot chosen in p. 2 to justera -> justerare; X -> övrig with that organization "
        "(line-wrapped on the page). 'Frånvarande' (Hans-Erik Blom, Yvonne Carlsson) excluded. "
        "Decisions: 'Beslöts att ...', '... godkändes', '... lades till handlingarna', "
        "'... fastställdes'. p. 5 records only 'Det antecknades att ...' (note) -> decision "
        "null. p. 9 has two lettered points a)/b) without headings: they are not separate "
        "items; a) is a decision (kept with its label 'a)'), b) is a note. Presenters: p. 5 "
        "Ulla Granath (informerade), p. 7 Aino Virtanen (redogjorde). The time 'kl. 18.30' in "
        "p. 10 is the next meeting's, not this one's."
    )
    write_gold(fname, "protokoll", "Styrelsen", "1986-09-15", "18:30", "20:45",
               "Föreningslokalen, Kvarnvägen 22", items, participants, notes, True)


# ===========================================================================
# 5. 1996 – Bykulla Marthaförening r.f. (Finland), årsmöte, protokoll.
#    Times, WordPerfect-like; "1 §" in a left margin column, bold title on
#    the same row; header label block; "Sida 1(3)".
# ===========================================================================
def doc5():
    fname = "1996-03-12_bykulla-marthaforening_protokoll.pdf"
    items = [
        Item(1, "1 §", "Mötets öppnande", [
            "Föreningens ordförande Gunvor Sandvik öppnade mötet kl. 19.00 och hälsade "
            "medlemmarna välkomna. Mötet inleddes med allsång."]),
        Item(2, "2 §", "Val av mötesfunktionärer", [
            D("Till ordförande för mötet valdes Gunvor Sandvik och till sekreterare "
              "Ann-Christin Björkqvist. Till protokolljusterare tillika rösträknare valdes "
              "Ingrid Kronqvist och Hjördis Lillqvist.")]),
        Item(3, "3 §", "Mötets laglighet och beslutförhet", [
            TD("Kallelsen har publicerats i Bygdebladet 28.2.1996 och anslagits på "
               "föreningens anslagstavla.",
               "Mötet konstaterades vara lagenligt sammankallat och beslutfört.")]),
        Item(4, "4 §", "Godkännande av föredragningslistan", [
            D("Föredragningslistan godkändes som arbetsordning för mötet.")]),
        Item(5, "5 §", "Verksamhetsberättelsen för år 1995", [
            TD("Sekreteraren Ann-Christin Björkqvist föredrog verksamhetsberättelsen. "
               "Föreningen har under året haft 58 medlemmar och hållit 9 "
               "medlemsmöten. Kurserna i brödbakning och i vävning samlade många deltagare.",
               "Verksamhetsberättelsen godkändes.")],
            presenters=["Ann-Christin Björkqvist"]),
        Item(6, "6 §", "Bokslutet och revisorernas berättelse", [
            T("Kassören Solveig Nyman presenterade bokslutet för år 1995, som uppvisar ett "
              "överskott om 1 240,50 mk. Revisorernas berättelse upplästes. Revisorerna "
              "föreslår att bokslutet fastställs och att ansvarsfrihet beviljas.")],
            presenters=["Solveig Nyman"]),
        Item(7, "7 §", "Fastställande av bokslutet och beviljande av ansvarsfrihet", [
            D("Årsmötet fastställde bokslutet för år 1995 och beviljade styrelsen och övriga "
              "redovisningsskyldiga ansvarsfrihet.")]),
        Item(8, "8 §", "Verksamhetsplan och budget för år 1996", [
            TD("Verksamhetsplanen gicks igenom punkt för punkt. Bland annat planeras en kurs "
               "i svampkännedom i september och en julbasar i december.",
               "Årsmötet godkände verksamhetsplanen och budgeten för år 1996.")]),
        Item(9, "9 §", "Medlemsavgiften för år 1997", [
            D("Mötet beslöt att medlemsavgiften för år 1997 hålls oförändrad, 60 mk.")]),
        Item(10, "10 §", "Val av ordförande", [
            D("Till föreningens ordförande för år 1996 återvaldes Gunvor Sandvik.")]),
        Item(11, "11 §", "Val av styrelsemedlemmar", [
            TD("I tur att avgå var Maj-Len Holm och Birgitta Sjöberg.",
               "Maj-Len Holm återvaldes och till ny styrelsemedlem valdes Hjördis Lillqvist, "
               "båda för en period om två år.")]),
        Item(12, "12 §", "Val av revisorer", [
            D("Till revisorer valdes Karin Österlund och Bo-Erik Ahlskog med Marianne Fors och "
              "Linnea Back som suppleanter.")]),
        Item(13, "13 §", "Val av representanter till distriktets vårmöte", [
            D("Till representanter valdes Gunvor Sandvik och Ingrid Kronqvist.")]),
        Item(14, "14 §", "Övriga ärenden", [
            T("Solveig Nyman framförde att föreningens kaffeservis behöver kompletteras. Det "
              "antecknades att styrelsen undersöker saken.")]),
        Item(15, "15 §", "Mötets avslutande", [
            "Ordföranden tackade för ett aktivt verksamhetsår och avslutade mötet kl. 21.10."]),
    ]
    board = [("Gunvor Sandvik", "ordf.", "ordförande"),
             ("Solveig Nyman", "kassör", "ledamot"),
             ("Ann-Christin Björkqvist", "sekr.", "sekreterare"),
             ("Maj-Len Holm", None, "ledamot"),
             ("Birgitta Sjöberg", None, "ledamot"),
             ("Ingrid Kronqvist", None, "justerare")]

    class Doc(FPDF):
        def header(self):
            self.set_font("Times", "B", 11)
            self.set_xy(20, 12)
            self.cell(95, 5, "BYKULLA MARTHAFÖRENING r.f.")
            self.set_font("Times", "", 11)
            self.cell(45, 5, "PROTOKOLL 1/1996")
            self.cell(30, 5, f"Sida {self.page_no()}({{nb}})", align="R")
            self.set_xy(20, 17)
            self.set_font("Times", "", 10)
            self.cell(95, 5, "")
            self.cell(45, 5, "Årsmöte")
            self.line(20, 23, 190, 23)
            self.set_y(30)

    pdf = Doc(unit="mm", format="A4")
    pdf.core_fonts_encoding = "windows-1252"
    pdf.alias_nb_pages()
    pdf.set_margins(20, 30, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    lh = 5.6
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "PROTOKOLL FÖRT VID BYKULLA MARTHAFÖRENINGS ÅRSMÖTE",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 12)
    labels = [("Tid", "12.3.1996 kl. 19.00"), ("Plats", "Marthagården, Bykulla")]
    for lab, val in labels:
        pdf.set_font("Times", "B", 12)
        pdf.cell(35, lh, lab)
        pdf.set_font("Times", "", 12)
        pdf.multi_cell(135, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "B", 12)
    pdf.cell(35, lh, "Närvarande")
    pdf.set_font("Times", "", 12)
    txt = ("Av styrelsen: " + ", ".join(n + (f" ({r})" if r else "") for n, r, _ in board)
           + "; därtill 13 medlemmar enligt närvarolista (bilaga 1).")
    pdf.multi_cell(135, lh, txt, align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for it in items:
        if pdf.get_y() > 297 - 20 - lh * 4:
            pdf.add_page()
        pdf.set_font("Times", "B", 12)
        pdf.cell(18, lh, it.printed)
        pdf.multi_cell(152, lh, it.title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 12)
        for para in it.paras:
            pdf.set_x(38)
            pdf.multi_cell(152, lh, ptext(para), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    if pdf.get_y() > 297 - 20 - 50:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("Times", "", 12)
    pdf.set_x(38)
    pdf.cell(76, lh, "In fidem:")
    pdf.ln(lh * 3)
    pdf.set_x(38)
    pdf.cell(76, lh, "Gunvor Sandvik, ordförande")
    pdf.cell(76, lh, "Ann-Christin Björkqvist, sekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 2)
    pdf.set_x(38)
    pdf.cell(0, lh, "Protokollet justerat 19.3.1996:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh * 3)
    pdf.set_x(38)
    pdf.cell(76, lh, "Ingrid Kronqvist")
    pdf.cell(76, lh, "Hjördis Lillqvist", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / fname))

    participants = [P(n, role) for n, _, role in board]
    participants.append(P("Hjördis Lillqvist", "justerare"))
    notes = (
        "Invented document. Protokoll 1/1996 of the årsmöte of Bykulla Marthaförening r.f. "
        "(Finland-Swedish), 12.3.1996, Times, WordPerfect-like; text layer present. Running "
        "header 'BYKULLA MARTHAFÖRENING r.f. / PROTOKOLL 1/1996 / Sida N(M) / Årsmöte'. "
        "Label block 'Tid 12.3.1996 kl. 19.00', 'Plats Marthagården, Bykulla'. Start 19:00 "
        "(header and 1 §), end 21:10 (15 §). Items '1 §'-'15 §' (number before the sign) in a "
        "left margin column, bold title on the same row. Participants: the 'Närvarande' "
        "block names the board ('Av styrelsen: ...') plus '13 medlemmar enligt närvarolista' "
        "without names. Roles: Gunvor Sandvik ordförande (also mötesordförande), "
        "Ann-Christin Björkqvist sekreterare, Solveig Nyman (kassör) ledamot, Ingrid "
        "Kronqvist (board member) justerare (2 §); Hjördis Lillqvist is not in the printed "
        "list but was chosen justerare in 2 § and signs, so she is a participant as "
        "justerare. People only elected/mentioned (Karin Österlund, Bo-Erik Ahlskog, "
        "Marianne Fors, Linnea Back) are not participants. Decisions: 2 § is one decision "
        "paragraph of two election sentences; 3 § 'Mötet konstaterades vara lagenligt "
        "sammankallat och beslutfört.'; 6 § records no decision (the decision is in 7 §); "
        "14 § 'Det antecknades att ...' is a note -> null; 1 §/15 § chair's acts -> null. "
        "Presenters: 5 § Ann-Christin Björkqvist (föredrog), 6 § Solveig Nyman "
        "(presenterade). 'In fidem' is the secretary's attestation."
    )
    write_gold(fname, "protokoll", "Årsmöte", "1996-03-12", "19:00", "21:10",
               "Marthagården, Bykulla", items, participants, notes, False)


# ===========================================================================
# 6. 1998 – Tiveds nation, föredragningslista för ordinarie landskapsmöte.
#    Helvetica, two columns, sub-items 9.1-9.5, "Kuratelets förslag".
# ===========================================================================
def doc6():
    fname = "1998-11-26_tiveds-nation_kallelse.pdf"
    items = [
        Item(1, "1", "Mötets öppnande"),
        Item(2, "2", "Val av mötesordförande"),
        Item(3, "3", "Val av mötessekreterare"),
        Item(4, "4", "Val av två justerare tillika rösträknare"),
        Item(5, "5", "Fråga om mötets behöriga utlysande"),
        Item(6, "6", "Fastställande av föredragningslistan"),
        Item(7, "7", "Meddelanden"),
        Item(8, "8", "Protokoll från landskapsmötet den 23 april 1998"),
        Item(9, "9", "Val av ämbetsmän för VT 1999"),
        Item(9, "9.1", "Förste kurator"),
        Item(9, "9.2", "Andre kurator"),
        Item(9, "9.3", "Klubbmästare"),
        Item(9, "9.4", "Bibliotekarie"),
        Item(9, "9.5", "Två ledamöter i valberedningen"),
        Item(10, "10", "Budget för VT 1999", [
            LP("Kuratelets förslag:",
               "att landskapsmötet fastställer budgeten för VT 1999 enligt det utsända "
               "förslaget.")]),
        Item(11, "11", "Terminsavgift för VT 1999", [
            LP("Kuratelets förslag:", "att terminsavgiften fastställs till 190 kr.")]),
        Item(12, "12", "Motion om återinförande av söndagsmiddagar", [
            T("Motionär: Henrik Alm."),
            LP("Kuratelets förslag:",
               "att motionen bifalls i den del som avser en försöksperiod under VT 1999, "
               "och att motionen i övrigt avslås.")]),
        Item(13, "13", "Ändring av reglementet för stipendiefonden, första läsningen", [
            LP("Kuratelets förslag:", "att ändringen antas i första läsningen.")]),
        Item(14, "14", "Rapport från husstyrelsen", [
            T("Husföreståndaren Per Lindgren informerar om renoveringen av köket och om "
              "det nya bokningssystemet för festsalen.")],
            presenters=["Per Lindgren"]),
        Item(15, "15", "Övriga frågor"),
        Item(16, "16", "Mötets avslutande"),
    ]
    pdf = core_pdf("A4")
    pdf.set_margins(18, 15, 18)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    # masthead
    pdf.set_fill_color(30, 30, 30)
    pdf.rect(18, 15, 174, 18, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.set_font("Helvetica", "B", 20)
    pdf.set_xy(22, 18)
    pdf.cell(100, 8, "TIVEDS NATION")
    pdf.set_font("Helvetica", "", 9)
    pdf.set_xy(122, 18)
    pdf.cell(66, 4, "Kuratelet", align="R")
    pdf.set_xy(122, 23)
    pdf.cell(66, 4, "Anslagen 12 november 1998", align="R")
    pdf.set_text_color(0, 0, 0)
    pdf.set_xy(18, 38)
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(174, 7, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(174, 5.5, "Ordinarie landskapsmöte HT 1998", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 9.5)
    for lab, val in [("Tid:", "torsdagen den 26 november 1998 kl. 19.15 (kaffe från 18.45)"),
                     ("Plats:", "Stora salen, nationshuset")]:
        pdf.set_font("Helvetica", "B", 9.5)
        pdf.cell(14, 4.6, lab)
        pdf.set_font("Helvetica", "", 9.5)
        pdf.cell(160, 4.6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_draw_color(0)
    pdf.set_line_width(0.4)
    pdf.line(18, pdf.get_y(), 192, pdf.get_y())
    top = pdf.get_y() + 4
    colw, gutter = 82, 10
    cols = [18, 18 + colw + gutter]
    bottom = 270
    ci, y = 0, top
    numw = 9
    blocks = []
    for it in items:
        sub = "." in it.printed
        blocks.append((it, sub))

    def height(it, sub):
        pdf.set_font("Helvetica", "B" if not sub else "", 9.5)
        h = pdf.multi_cell(colw - numw - (5 if sub else 0), 4.5, it.title, dry_run=True,
                           output="HEIGHT")
        pdf.set_font("Helvetica", "", 9)
        for para in it.paras:
            h += pdf.multi_cell(colw - numw, 4.2, ptext(para), dry_run=True,
                                output="HEIGHT") + 0.8
        return h + 2.6

    total = sum(height(it, sub) for it, sub in blocks)
    half = top + total / 2
    ymax = top
    for it, sub in blocks:
        h = height(it, sub)
        if ci == 0 and (y + h > bottom or y + h / 2 > half):
            ci += 1
            ymax = max(ymax, y)
            y = top
        x = cols[ci]
        ind = 5 if sub else 0
        pdf.set_xy(x + ind, y)
        pdf.set_font("Helvetica", "B" if not sub else "", 9.5)
        pdf.cell(numw, 4.5, it.printed)
        pdf.multi_cell(colw - numw - ind, 4.5, it.title, align="L")
        y = pdf.get_y() + 0.6
        for para in it.paras:
            pdf.set_xy(x + numw, y)
            if para[0][0] == "l":
                pdf.set_font("Helvetica", "I", 9)
                pdf.multi_cell(colw - numw, 4.2, ptext(para), align="L")
            else:
                pdf.set_font("Helvetica", "", 9)
                pdf.multi_cell(colw - numw, 4.2, ptext(para), align="L")
            y = pdf.get_y() + 0.8
        y += 2.0
    # closing text in the second column
    ymax = max(ymax, y + 30)
    pdf.line(18 + colw + gutter / 2, top, 18 + colw + gutter / 2, ymax)
    pdf.set_xy(cols[1], y + 4)
    pdf.set_font("Helvetica", "", 9)
    pdf.multi_cell(colw, 4.2, "Mötets handlingar finns i expeditionen från den 19 november "
                   "och kan även hämtas hos förste kurator. Endast nationens medlemmar har "
                   "närvaro- och rösträtt.", align="L")
    pdf.set_x(cols[1])
    pdf.ln(3)
    pdf.set_x(cols[1])
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.cell(colw, 4.5, "Välkomna!  Kuratelet")
    pdf.set_font("Helvetica", "", 7.5)
    pdf.set_xy(18, 282)
    pdf.cell(174, 4, "Tiveds nation  ·  Kuratelet  ·  Föredragningslista LM HT 1998",
             align="C")
    pdf.output(str(OUT / fname))

    notes = (
        "Invented document. Föredragningslista (agenda/notice) for the ordinary "
        "landskapsmöte of Tiveds nation (a student nation), HT 1998, one page, Helvetica in "
        "two columns under a black masthead; text layer present. organ 'Landskapsmöte'. "
        "Meeting date and time from 'Tid: torsdagen den 26 november 1998 kl. 19.15 (kaffe "
        "från 18.45)' -> 19:15 (the coffee time is not the meeting's start); 'Anslagen 12 "
        "november 1998' is the posting date. Location 'Stora salen, nationshuset'. Items 1-16 "
        "printed as bare numbers; item 9 'Val av ämbetsmän för VT 1999' has sub-items "
        "9.1-9.5, each on its own numbered line: they are separate items with number 9 and "
        "printed_number '9.1' etc. (and item 9 itself is kept as an item). Proposals: the "
        "text after 'Kuratelets förslag:' in items 10-13; 'Motionär: Henrik Alm.' is not a "
        "proposal. Presenter: item 14 Per Lindgren ('informerar'). No list of people "
        "(signed 'Kuratelet'), so no participants key."
    )
    write_gold(fname, "kallelse", "Landskapsmöte", "1998-11-26", "19:15", None,
               "Stora salen, nationshuset", items, None, notes, False)


# ===========================================================================
# 7. 2004 – Pensionärsföreningen Höstglöden, medlemsmöte, protokoll.
#    FreeSerif (Word 2000 look), logo-like block in the header,
#    "Punkt 1" on its own line with the title on the next line.
# ===========================================================================
def doc7():
    fname = "2004-10-14_pf-hostgloden_protokoll.pdf"
    items = [
        Item(1, "Punkt 1", "Mötets öppnande", [
            "Ordföranden Margit Holmström hälsade alla välkomna, särskilt de fyra nya "
            "medlemmarna, och öppnade mötet."]),
        Item(2, "Punkt 2", "Val av mötesfunktionärer", [
            D("Mötet valde Margit Holmström till ordförande och Inga-Britt Nord till "
              "sekreterare för mötet.")]),
        Item(3, "Punkt 3", "Val av två justerare", [
            D("Till justerare valdes Elvy Sandén och Rolf Hagberg.")]),
        Item(4, "Punkt 4", "Godkännande av dagordningen", [
            D("Dagordningen godkändes.")]),
        Item(5, "Punkt 5", "Parentation", [
            "Mötet hedrade med en tyst minut minnet av Edvin Lund och Anna-Lisa Ström, som "
            "avlidit sedan förra mötet."]),
        Item(6, "Punkt 6", "Kassarapport", [
            TD("Kassören Lennart Fagerlund redogjorde för ekonomin. Behållningen den 30 "
               "september var 24 380 kronor.",
               "Rapporten lades till handlingarna.")],
            presenters=["Lennart Fagerlund"]),
        Item(7, "Punkt 7", "Höstens och vinterns program", [
            T("Studieorganisatören Gösta Wahlberg presenterade programmet med bland annat "
              "föreläsning om bedrägerier mot äldre, boule i Åkerstahallen och två nya "
              "studiecirklar i släktforskning."),
            D("Mötet beslutade att julbordet ska hållas på Åkersta Gästgivargård den 9 "
              "december och att egenavgiften blir 150 kronor per person.")],
            presenters=["Gösta Wahlberg"]),
        Item(8, "Punkt 8", "Resa till Gotland i maj 2005", [
            T("Sture Alvén informerade om ett förslag till bussresa med tre övernattningar. "
              "Kostnaden beräknas till 3 450 kronor per person i dubbelrum."),
            LD("Beslut:", "Mötet gav Sture Alvén i uppdrag att boka resan under förutsättning "
               "att minst 30 anmälningar kommit in före den 15 januari.")],
            presenters=["Sture Alvén"]),
        Item(9, "Punkt 9", "Motion om stavgångsgrupp", [
            TLP("Karl-Erik Sjölin föreslår i en motion att föreningen startar en "
                "stavgångsgrupp med träffar varje tisdag förmiddag.",
                "Styrelsens förslag:", "att motionen bifalls."),
            D("Mötet biföll motionen.")]),
        Item(10, "Punkt 10", "Val av ombud till distriktets höststämma", [
            D("Till ombud valdes Sture Alvén och Elvy Sandén.")]),
        Item(11, "Punkt 11", "Övriga frågor", [
            T("Rolf Hagberg tog upp frågan om hörslinga i lilla salen. Det antecknades att "
              "styrelsen tar kontakt med Folkets hus.")]),
        Item(12, "Punkt 12", "Mötets avslutande", [
            "Ordföranden tackade för visat intresse och avslutade mötet, varefter kaffe "
            "serverades."]),
    ]
    board = [("Margit Holmström", "ordförande", "ordförande"),
             ("Sture Alvén", "vice ordförande", "vice ordförande"),
             ("Lennart Fagerlund", "kassör", "ledamot"),
             ("Inga-Britt Nord", "sekreterare", "sekreterare"),
             ("Gösta Wahlberg", "studieorganisatör", "ledamot")]

    class Doc(FPDF):
        def header(self):
            # logo-like block: a sun drawn with lines + boxed name
            cx, cy = 27, 21
            self.set_draw_color(150, 90, 20)
            self.set_line_width(0.5)
            for k in range(12):
                a = k * math.pi / 6
                self.line(cx + 5.2 * math.cos(a), cy + 5.2 * math.sin(a),
                          cx + 8 * math.cos(a), cy + 8 * math.sin(a))
            self.set_fill_color(230, 160, 60)
            self.ellipse(cx - 4.5, cy - 4.5, 9, 9, style="F")
            self.set_text_color(120, 70, 10)
            self.set_font("FS", "B", 13)
            self.set_xy(38, 13)
            self.cell(90, 6, "PENSIONÄRSFÖRENINGEN")
            self.set_font("FS", "B", 17)
            self.set_xy(38, 19)
            self.cell(90, 7, "HÖSTGLÖDEN")
            self.set_font("FS", "I", 9)
            self.set_xy(38, 26)
            self.cell(90, 4, "Gemenskap · Aktivitet · Omtanke   —   Åkersta sedan 1971")
            self.set_text_color(0, 0, 0)
            self.set_font("FS", "", 9)
            self.set_xy(140, 14)
            self.cell(50, 4, "Protokoll medlemsmöte", align="R")
            self.set_xy(140, 18.5)
            self.cell(50, 4, "2004-10-14", align="R")
            self.set_xy(140, 23)
            self.cell(50, 4, f"{self.page_no()} ({{nb}})", align="R")
            self.set_draw_color(150, 90, 20)
            self.set_line_width(0.8)
            self.line(20, 33, 190, 33)
            self.set_draw_color(0)
            self.set_line_width(0.2)
            self.set_y(40)

    pdf = Doc(unit="mm", format="A4")
    pdf.add_font("FS", "", str(F_SERIF))
    pdf.add_font("FS", "B", str(F_SERIF_B))
    pdf.add_font("FS", "I", str(F_SERIF_I))
    pdf.alias_nb_pages()
    pdf.set_margins(25, 40, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 160
    lh = 5.5
    pdf.set_font("FS", "B", 14)
    pdf.cell(W, 7, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("FS", "", 12)
    pdf.cell(W, 6, "fört vid medlemsmöte med Pensionärsföreningen Höstglöden",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [("Datum:", "14 oktober 2004"), ("Tid:", "kl. 14.00–16.15"),
            ("Plats:", "Åkersta Folkets hus, lilla salen"),
            ("Närvarande:", "46 medlemmar, därav från styrelsen "
             + ", ".join(f"{n} ({r})" for n, r, _ in board[:-1])
             + f" och {board[-1][0]} ({board[-1][1]})")]
    for lab, val in rows:
        pdf.set_font("FS", "B", 12)
        pdf.cell(30, lh, lab)
        pdf.set_font("FS", "", 12)
        pdf.multi_cell(W - 30, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(5)
    for it in items:
        if pdf.get_y() > 297 - 22 - lh * 5:
            pdf.add_page()
        pdf.set_font("FS", "B", 12)
        pdf.cell(W, lh, it.printed, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(W, lh, it.title, new_x="LMARGIN", new_y="NEXT")
        for para in it.paras:
            if para[0][0] == "l" and para[0][1] == "Beslut:":
                pdf.set_font("FS", "B", 12)
                pdf.write(lh, "Beslut: ")
                pdf.set_font("FS", "", 12)
                pdf.write(lh, ptail(para))
                pdf.ln(lh)
            elif any(k == "l" for k, _ in para):
                pdf.set_font("FS", "", 12)
                for k, s in para:
                    if k == "l":
                        pdf.set_font("FS", "I", 12)
                        pdf.write(lh, " " + s + " ")
                        pdf.set_font("FS", "", 12)
                    else:
                        pdf.write(lh, nb(s))
                pdf.ln(lh)
            else:
                pdf.set_font("FS", "", 12)
                pdf.multi_cell(W, lh, ptext(para), align="L", new_x="LMARGIN",
                               new_y="NEXT")
        pdf.ln(3)
    if pdf.get_y() > 297 - 22 - 55:
        pdf.add_page()
    pdf.ln(8)
    pdf.set_font("FS", "", 12)
    pdf.cell(80, lh, "Vid protokollet")
    pdf.cell(80, lh, "Ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(80, lh, "Inga-Britt Nord")
    pdf.cell(80, lh, "Margit Holmström", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(80, lh, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(80, lh, "Elvy Sandén")
    pdf.cell(80, lh, "Rolf Hagberg", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / fname))

    participants = [P(n, role) for n, _, role in board]
    participants += [P("Elvy Sandén", "justerare"), P("Rolf Hagberg", "justerare")]
    notes = (
        "Invented document. Protokoll of a medlemsmöte of Pensionärsföreningen Höstglöden "
        "(Åkersta), 14 October 2004, FreeSerif (Word 2000 / Times New Roman look) with a "
        "logo-like header block (drawn sun, 'PENSIONÄRSFÖRENINGEN HÖSTGLÖDEN', slogan line) "
        "on every page; text layer present. organ 'Medlemsmöte'. Label block Datum/Tid/Plats/"
        "Närvarande; 'Tid: kl. 14.00–16.15' gives start 14:00, end 16:15; location 'Åkersta "
        "Folkets hus, lilla salen'. Items 'Punkt 1'-'Punkt 12': the number on its own bold "
        "line, the title on the next bold line. Participants: only the five named board "
        "members of 'Närvarande: 46 medlemmar, därav från styrelsen ...' plus the justerare "
        "chosen in Punkt 3 (Elvy Sandén, Rolf Hagberg); roles ordförande (also elected "
        "mötesordförande), vice ordförande, sekreterare (also elected mötessekreterare), "
        "kassör and studieorganisatör -> ledamot. People only mentioned (Karl-Erik Sjölin, "
        "the deceased in Punkt 5) are not participants. Decisions: Punkt 8 under the label "
        "'Beslut:' (label dropped); Punkt 9 proposal after 'Styrelsens förslag:' and decision "
        "'Mötet biföll motionen.'; Punkt 11 'Det antecknades att ...' is a note -> null; "
        "Punkt 5 (tyst minut) and the chair's opening/closing -> null. Presenters: Punkt 6 "
        "Lennart Fagerlund (redogjorde), Punkt 7 Gösta Wahlberg (presenterade), Punkt 8 Sture "
        "Alvén (informerade)."
    )
    write_gold(fname, "protokoll", "Medlemsmöte", "2004-10-14", "14:00", "16:15",
               "Åkersta Folkets hus, lilla salen", items, participants, notes, False)


# ===========================================================================
# 8. 2012 – Storåsens Fiber ekonomisk förening, ordinarie föreningsstämma,
#    justerat protokoll with a signature page.  Carlito (Calibri look),
#    running header/footer with org.nr and "Sida 2 (4)", "§1" bold same line,
#    lettered §10a-§10c with own headings and decisions, motion with vote.
# ===========================================================================
def doc8():
    fname = "2012-04-24_storasens-fiber_protokoll.pdf"
    items = [
        Item(1, "§1", "Stämmans öppnande", [
            "Styrelsens ordförande Anders Rönnqvist öppnade stämman kl. 18.34 och hälsade "
            "alla välkomna."]),
        Item(2, "§2", "Val av ordförande för stämman", [
            D("Stämman valde Berit Lindahl till ordförande för stämman.")]),
        Item(3, "§3", "Val av sekreterare för stämman", [
            D("Till sekreterare för stämman valdes Jenny Eriksson.")]),
        Item(4, "§4", "Val av två justerare tillika rösträknare", [
            D("Till justerare tillika rösträknare valdes Per-Olof Grahn och Sara "
              "Lindkvist.")]),
        Item(5, "§5", "Fastställande av röstlängd", [
            D("Röstlängden fastställdes till 41 närvarande röstberättigade medlemmar, varav "
              "3 genom ombud, enligt bilaga 1.")]),
        Item(6, "§6", "Fråga om stämman blivit i behörig ordning utlyst", [
            TD("Kallelse har skickats med e-post och brev den 2 april samt publicerats på "
               "föreningens webbplats.",
               "Stämman förklarades behörigen utlyst.")]),
        Item(7, "§7", "Godkännande av dagordning", [
            D("Stämman godkände dagordningen.")]),
        Item(8, "§8", "Styrelsens årsredovisning", [
            T("Anders Rönnqvist redogjorde för verksamhetsberättelsen. Under 2011 har 212 "
              "fastigheter anslutits och stamnätet till Västra Storåsen färdigställts. Lena "
              "Hägglund föredrog resultat- och balansräkningen."),
            D("Årsredovisningen lades till handlingarna.")],
            presenters=["Anders Rönnqvist", "Lena Hägglund"]),
        Item(9, "§9", "Revisorns berättelse", [
            T("Revisorns berättelse för räkenskapsåret 2011 lästes upp. Revisorn tillstyrker "
              "att resultat- och balansräkningen fastställs och att styrelsen beviljas "
              "ansvarsfrihet.")]),
        Item(10, "§10a", "Fastställande av resultat- och balansräkning", [
            D("Stämman beslutade att fastställa resultat- och balansräkningen för 2011.")]),
        Item(10, "§10b", "Disposition av föreningens resultat", [
            D("Stämman beslutade i enlighet med styrelsens förslag att årets resultat, "
              "−84 312 kr, balanseras i ny räkning.")]),
        Item(10, "§10c", "Ansvarsfrihet för styrelsen", [
            D("Stämman beviljade styrelsens ledamöter ansvarsfrihet för räkenskapsåret "
              "2011."),
            T("Det antecknades att styrelsens ledamöter inte deltog i beslutet.")]),
        Item(11, "§11", "Ersättning till styrelse och revisor", [
            D("Stämman beslutade att styrelsearvodet oförändrat ska vara totalt 12 000 kr "
              "för år 2012 att fördelas inom styrelsen och att revisorn arvoderas enligt "
              "godkänd räkning.")]),
        Item(12, "§12", "Insats och nätavgift", [
            LP("Styrelsens förslag:",
               "att insatsen för nya medlemmar är oförändrad 500 kr och att nätavgiften är "
               "oförändrad 125 kr per månad och anslutning."),
            D("Stämman beslutade enligt styrelsens förslag.")]),
        Item(13, "§13", "Val av styrelseledamöter", [
            T("Valberedningens förslag presenterades av Gunnel Hedlund."),
            D("Stämman valde Tomas Wiklund och Mikael Strömberg (omval) samt Hanna Sjöberg "
              "(nyval) till ordinarie ledamöter för två år.")],
            presenters=["Gunnel Hedlund"]),
        Item(14, "§14", "Val av ordförande", [
            D("Stämman omvalde Anders Rönnqvist till ordförande för ett år.")]),
        Item(15, "§15", "Val av suppleanter", [
            D("Till suppleanter för ett år valdes Johan Nyström och Karin Boström.")]),
        Item(16, "§16", "Val av revisor och revisorssuppleant", [
            D("Till revisor valdes Karl Åström, Åström Revision AB, med Eva Lindström som "
              "suppleant.")]),
        Item(17, "§17", "Val av valberedning", [
            D("Till valberedning valdes Gunnel Hedlund (sammankallande) och Olof "
              "Berglund.")]),
        Item(18, "§18", "Motion om utbyggnad till Lillstrand", [
            T("Sven-Erik Nyberg föreslår i en motion att föreningen bygger ut nätet till de "
              "nio fritidshusen vid Lillstrand under 2012."),
            LP("Styrelsens förslag:",
               "att motionen avslås med hänvisning till att kostnaden per anslutning "
               "beräknas till över 60 000 kr."),
            LT("Yrkanden:", "Sven-Erik Nyberg yrkade bifall till motionen. Per-Olof Grahn "
               "yrkade bifall till styrelsens förslag."),
            LT("Beslutsgång:", "Ordföranden ställde proposition på bifall respektive avslag "
               "och fann att stämman avslagit motionen. Votering begärdes. Voteringen utföll "
               "med 27 röster för avslag och 12 röster för bifall; 2 ledamöter avstod."),
            LD("Beslut:", "Stämman beslutade att avslå motionen."),
            LT("Reservation:", "Sven-Erik Nyberg och Ove Bergqvist reserverade sig mot "
               "beslutet.")]),
        Item(19, "§19", "Övriga frågor", [
            T("Frågor ställdes om tidplanen för anslutning av Östra Storåsen. Tomas Wiklund "
              "informerade om att grävningen planeras till augusti–september."),
            T("Det antecknades att styrelsen skickar ut en tidplan till berörda "
              "medlemmar.")],
            presenters=["Tomas Wiklund"]),
        Item(20, "§20", "Stämmans avslutande", [
            "Stämmans ordförande tackade för förtroendet och förklarade stämman avslutad "
            "kl. 20:05."]),
    ]
    board = [("Anders Rönnqvist", "ordförande", "ordförande"),
             ("Lena Hägglund", "kassör", "ledamot"),
             ("Tomas Wiklund", None, "ledamot"),
             ("Jenny Eriksson", None, "sekreterare"),
             ("Mikael Strömberg", None, "ledamot")]

    class Doc(FPDF):
        def header(self):
            self.set_font("C", "B", 9.5)
            self.set_text_color(40, 90, 140)
            self.set_xy(20, 10)
            self.cell(90, 4.5, "Storåsens Fiber ekonomisk förening")
            self.set_font("C", "", 9.5)
            self.set_text_color(90, 90, 90)
            self.cell(80, 4.5, "Protokoll ordinarie föreningsstämma 2012-04-24", align="R")
            self.set_draw_color(40, 90, 140)
            self.set_line_width(0.4)
            self.line(20, 16, 190, 16)
            self.set_text_color(0, 0, 0)
            self.set_y(24)

        def footer(self):
            self.set_y(-16)
            self.set_draw_color(180, 180, 180)
            self.set_line_width(0.2)
            self.line(20, self.get_y(), 190, self.get_y())
            self.set_font("C", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_x(20)
            self.cell(120, 5, "Org.nr 769624-3381  ·  Storåsens bygdegård, 915 97 Storåsen  ·  "
                      "styrelsen@storasensfiber.se")
            self.cell(50, 5, f"Sida {self.page_no()} ({{nb}})", align="R")
            self.set_text_color(0, 0, 0)

    pdf = Doc(unit="mm", format="A4")
    pdf.add_font("C", "", str(F_CARL))
    pdf.add_font("C", "B", str(F_CARL_B))
    pdf.add_font("C", "I", str(F_CARL_I))
    pdf.alias_nb_pages()
    pdf.set_margins(20, 24, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    W = 170
    lh = 5.4
    pdf.set_font("C", "B", 18)
    pdf.cell(W, 9, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("C", "", 12)
    pdf.cell(W, 6, "Ordinarie föreningsstämma", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("C", "", 10.5)
    pres = ("Från styrelsen: " + ", ".join(n + (f" ({r})" if r else "") for n, r, _ in board)
            + ".\nDessutom: Karl Åström (Åström Revision AB), revisor.\n"
              "Därutöver 41 röstberättigade medlemmar enligt röstlängd, bilaga 1.")
    pdf.set_draw_color(150, 150, 150)
    with pdf.table(col_widths=(30, 140), text_align="LEFT", line_height=lh + 0.4,
                   first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
                   padding=1.6) as table:
        for lab, val in [("Datum", "2012-04-24"), ("Tid", "18.30"),
                         ("Plats", "Storåsens bygdegård, stora salen"),
                         ("Närvarande", pres)]:
            row = table.row()
            row.cell(lab, style=FontFace(emphasis="BOLD"))
            row.cell(val)
    pdf.ln(6)
    for it in items:
        if pdf.get_y() > 297 - 22 - lh * 4:
            pdf.add_page()
        pdf.set_font("C", "B", 11.5)
        pdf.multi_cell(W, lh + 0.5, f"{it.printed} {it.title}", align="L",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("C", "", 11)
        for para in it.paras:
            if para[0][0] == "l":
                pdf.set_font("C", "B", 11)
                pdf.write(lh, para[0][1] + " ")
                pdf.set_font("C", "", 11)
                pdf.write(lh, ptail(para))
                pdf.ln(lh)
            else:
                pdf.multi_cell(W, lh, ptext(para), align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(0.8)
        pdf.ln(3.2)
    # signature page
    pdf.add_page()
    pdf.set_font("C", "B", 12)
    pdf.cell(W, 7, "Justering", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("C", "", 10.5)
    pdf.multi_cell(W, lh, "Protokollet har justerats 2012-05-02 och hålls tillgängligt för "
                   "medlemmarna hos styrelsen och på föreningens webbplats.", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    sigs = [("Vid protokollet", "Jenny Eriksson, sekreterare"),
            ("Ordförande för stämman", "Berit Lindahl"),
            ("Justerare", "Per-Olof Grahn"),
            ("Justerare", "Sara Lindkvist")]
    for i in range(0, 4, 2):
        y = pdf.get_y()
        for j, (lab, name) in enumerate(sigs[i:i + 2]):
            x = 20 + j * 88
            pdf.set_xy(x, y)
            pdf.set_font("C", "I", 9.5)
            pdf.cell(75, 4.5, lab)
            pdf.line(x, y + 20, x + 72, y + 20)
            pdf.set_xy(x, y + 21)
            pdf.set_font("C", "", 10.5)
            pdf.cell(75, 5, name)
        pdf.set_y(y + 40)
    pdf.output(str(OUT / fname))

    participants = [P(n, role) for n, _, role in board]
    participants.insert(1, P("Berit Lindahl", "ordförande"))
    participants += [P("Karl Åström", "övrig", "Åström Revision AB"),
                     P("Per-Olof Grahn", "justerare"), P("Sara Lindkvist", "justerare")]
    notes = (
        "Invented document. Justerat protokoll of the ordinary föreningsstämma of Storåsens "
        "Fiber ekonomisk förening (fibre broadband), 24 April 2012, Carlito (Calibri look); "
        "text layer present. Running header (association name, 'Protokoll ordinarie "
        "föreningsstämma 2012-04-24') and footer ('Org.nr 769624-3381 ...', 'Sida N (M)'). "
        "Label table Datum/Tid/Plats/Närvarande; location 'Storåsens bygdegård, stora salen'. "
        "Start time: the table prints 'Tid 18.30' (called time) but §1 says the chair "
        "'öppnade stämman kl. 18.34'; per GOLD.md the opening time is the start_time -> "
        "18:34. End 20:05 (§20 'kl. 20:05'). Items §1-§20 printed '§1' (no space) with a bold "
        "title on the same line; §10 is split into §10a, §10b, §10c, each with its own "
        "heading and decision, so they are three items with number 10 (printed_number "
        "'§10a' etc.); there is no plain §10. The last page is the signature page "
        "('Justering'), no items. Participants: board members named under 'Från styrelsen' "
        "(Anders Rönnqvist printed 'ordförande' -> ordförande; Lena Hägglund 'kassör' -> "
        "ledamot; Jenny Eriksson, board member elected sekreterare in §3 -> sekreterare); "
        "Berit Lindahl, elected ordförande för stämman in §2 -> ordförande (so two persons "
        "carry the role ordförande: the board chair as printed in the list and the meeting "
        "chair; judgement call); 'Dessutom: Karl Åström (Åström Revision AB), revisor' -> "
        "övrig with that organization; justerare Per-Olof Grahn and Sara Lindkvist (§4). The "
        "41 members are not named; people only mentioned (Sven-Erik Nyberg, Ove Bergqvist, "
        "Gunnel Hedlund, elected persons) are not participants. §18: proposal after "
        "'Styrelsens förslag:'; 'Yrkanden', 'Beslutsgång' (votering 27-12) and "
        "'Reservation' are not part of the decision, which is the text after 'Beslut:'. "
        "§10c and §19 'Det antecknades att ...' are notes, not decisions (§19 decision null). "
        "§9 records no decision. Presenters: §8 Anders Rönnqvist (redogjorde) and Lena "
        "Hägglund (föredrog), §13 Gunnel Hedlund (förslaget presenterades av), §19 Tomas "
        "Wiklund (informerade). 'bilaga 1' in §5 is an inline reference, not an attachment "
        "line. The amount in §10b is printed with a true minus sign (U+2212)."
    )
    write_gold(fname, "protokoll", "Föreningsstämma", "2012-04-24", "18:34", "20:05",
               "Storåsens bygdegård, stora salen", items, participants, notes, False)


# ===========================================================================
# 9. 2017 – Föräldrakooperativet Myrstacken ek. för., konstituerande
#    styrelsemöte, protokoll.  DejaVu Sans Condensed, items in a table
#    (Nr | Ärende | Diskussion och beslut | Ansvarig), rows "7 a", "7 b".
# ===========================================================================
def doc9():
    fname = "2017-05-16_myrstacken-forskola_protokoll.pdf"
    items = [
        Item(1, "1", "Mötets öppnande", [
            "Ordföranden Linnea Berg hälsade välkommen till det första mötet med den nya "
            "styrelsen och öppnade mötet."]),
        Item(2, "2", "Val av justerare", [
            LD("Beslut:", "Att jämte ordföranden justera protokollet utsågs Mattias Holm.")]),
        Item(3, "3", "Godkännande av dagordning", [
            LD("Beslut:", "Dagordningen godkändes.")]),
        Item(4, "4", "Konstituering av styrelsen", [
            T("Föreningsstämman den 9 maj valde Linnea Berg till ordförande. I övrigt "
              "fördelas uppdragen inom styrelsen."),
            LD("Beslut:", "Styrelsen konstituerade sig enligt följande:\n"
               "Vice ordförande: Mattias Holm\nKassör: Elin Sundqvist\n"
               "Sekreterare: Ahmed Karimi\nPersonalansvarig: Josefin Lund\n"
               "Fastighetsansvarig: Fredrik Ahl")]),
        Item(5, "5", "Firmateckning", [
            LD("Beslut:", "Styrelsen beslutar att föreningens firma tecknas av ordföranden "
               "och kassören, två i förening.")]),
        Item(6, "6", "Attesträtt och bankfullmakt", [
            LD("Beslut:", "Styrelsen beslutar att kassören har attesträtt för utgifter upp "
               "till 10 000 kr och att förskolechefen har attesträtt för löpande inköp upp "
               "till 3 000 kr. Kassören ges fullmakt att företräda föreningen gentemot "
               "banken.")]),
        Item(7, "7", "Föräldrajour och städning", [
            T("Josefin Lund presenterade ett förslag till nytt jourschema där varje familj "
              "har jour två veckor per termin.")],
            presenters=["Josefin Lund"]),
        Item(7, "7 a", "Städschema hösten 2017", [
            LD("Beslut:", "Styrelsen beslutar att anta jourschemat för hösten 2017 och att "
               "det skickas ut till alla familjer före midsommar.")]),
        Item(7, "7 b", "Gemensam städdag", [
            LD("Beslut:", "Gemensam städdag hålls lördagen den 26 augusti kl. 10–14.")]),
        Item(8, "8", "Information från förskolechefen", [
            T("Sanna Mäkelä informerade om att fyra nya barn skolas in i augusti och att en "
              "vikarie är anställd under sommaren."),
            LD("Beslut:", "Informationen läggs till handlingarna.")],
            presenters=["Sanna Mäkelä"]),
        Item(9, "9", "Nästa möte", [
            LD("Beslut:", "Nästa styrelsemöte hålls tisdagen den 13 juni kl. 19.00.")]),
        Item(10, "10", "Mötets avslutande", [
            "Ordföranden tackade för ett bra möte och avslutade mötet."]),
    ]
    resp = {"4": "Ahmed", "5": "Elin", "6": "Elin", "7 a": "Josefin", "7 b": "Fredrik",
            "9": "Alla"}
    people = [("Linnea Berg", "ordförande", "ordförande", None),
              ("Mattias Holm", "vice ordförande", "vice ordförande", None),
              ("Elin Sundqvist", "kassör", "ledamot", None),
              ("Ahmed Karimi", "sekreterare", "sekreterare", None),
              ("Josefin Lund", "ledamot", "ledamot", None),
              ("Nora Lindgren", "suppleant", "ersättare", None),
              ("Sanna Mäkelä", "förskolechef, adjungerad", "övrig",
               "förskolechef, adjungerad")]

    class Doc(FPDF):
        def header(self):
            self.set_fill_color(238, 242, 230)
            self.rect(0, 0, 210, 24, style="F")
            self.set_font("DJ", "B", 12)
            self.set_text_color(60, 100, 40)
            self.set_xy(18, 8)
            self.cell(120, 5, "Föräldrakooperativet Myrstacken ek. för.")
            self.set_font("DJ", "", 8.5)
            self.set_text_color(80, 80, 80)
            self.set_xy(18, 14)
            self.cell(120, 4, "Org.nr 769631-0572  ·  Myrvägen 3, 443 71 Ekbacka")
            self.set_xy(130, 8)
            self.cell(62, 4, "PROTOKOLL", align="R")
            self.set_xy(130, 13)
            self.cell(62, 4, f"{self.page_no()} ({{nb}})", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(32)

    pdf = Doc(unit="mm", format="A4")
    pdf.add_font("DJ", "", str(F_DJ_C))
    pdf.add_font("DJ", "B", str(F_DJ_CB))
    pdf.alias_nb_pages()
    pdf.set_margins(18, 32, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DJ", "B", 13)
    pdf.cell(174, 7, "Konstituerande styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DJ", "", 9.5)
    pdf.set_draw_color(170, 170, 170)
    present_txt = "\n".join(f"{n}, {r}" for n, r, _, _ in people)
    with pdf.table(col_widths=(28, 146), text_align="LEFT", line_height=4.8,
                   first_row_as_headings=False, padding=1.5) as t:
        for lab, val in [("Tid", "2017-05-16, kl. 19.00–20.10"),
                         ("Plats", "Förskolan Myrstacken, personalrummet"),
                         ("Närvarande", present_txt),
                         ("Frånvarande", "Fredrik Ahl, ledamot")]:
            r = t.row()
            r.cell(lab, style=FontFace(emphasis="BOLD"))
            r.cell(val)
    pdf.ln(6)
    pdf.set_font("DJ", "", 9.5)
    with pdf.table(col_widths=(11, 38, 100, 25), text_align="LEFT", line_height=4.6,
                   markdown=True, padding=1.5, first_row_as_headings=False) as t:
        h = t.row()
        for s in ("Nr", "Ärende", "Diskussion och beslut", "Ansvarig"):
            h.cell(f"**{s}**")
        for it in items:
            r = t.row()
            r.cell(it.printed)
            r.cell(it.title)
            parts = []
            for para in it.paras:
                if para[0][0] == "l":
                    parts.append(f"**{para[0][1]}** " + ptail(para))
                else:
                    parts.append(ptext(para))
            r.cell("\n".join(parts))
            r.cell(resp.get(it.printed, ""))
    pdf.ln(10)
    pdf.set_font("DJ", "", 9.5)
    y = pdf.get_y()
    for j, (lab, name) in enumerate([("Sekreterare", "Ahmed Karimi"),
                                     ("Ordförande", "Linnea Berg"),
                                     ("Justerare", "Mattias Holm")]):
        x = 18 + j * 60
        pdf.set_xy(x, y)
        pdf.cell(55, 4.5, lab)
        pdf.line(x, y + 14, x + 52, y + 14)
        pdf.set_xy(x, y + 15)
        pdf.cell(55, 4.5, name)
    pdf.set_xy(18, y + 25)
    pdf.set_font("DJ", "", 8)
    pdf.cell(174, 4, "Protokollet justerat digitalt 2017-05-21.")
    pdf.output(str(OUT / fname))

    participants = [P(n, role, org) for n, _, role, org in people]
    notes = (
        "Invented document. Protokoll of the konstituerande styrelsemöte of "
        "Föräldrakooperativet Myrstacken ek. för. (a parents' cooperative running a "
        "pre-school), 16 May 2017, DejaVu Sans Condensed; text layer present. organ "
        "'Styrelsen' (a board meeting; 'Konstituerande styrelsemöte' is its title). Label "
        "table Tid/Plats/Närvarande/Frånvarande: 'Tid 2017-05-16, kl. 19.00–20.10' -> start "
        "19:00, end 20:10; location 'Förskolan Myrstacken, personalrummet'. Items are rows "
        "of a table 'Nr | Ärende | Diskussion och beslut | Ansvarig'; the 'Ansvarig' column "
        "(first names) is not part of the decision. Rows '7 a' and '7 b' each have their own "
        "heading and decision, so they are separate items with number 7 (as is row 7 "
        "itself, which has no decision). Decisions are the text after the bold 'Beslut:' "
        "label (row 4 keeps its list lines, joined with newlines). Participants: the "
        "'Närvarande' cell 'Namn, roll': ordförande; Mattias Holm 'vice ordförande' (also "
        "chosen justerare in row 2: the higher role vice ordförande is kept); kassör -> "
        "ledamot; Ahmed Karimi sekreterare; 'suppleant' -> ersättare; Sanna Mäkelä "
        "'förskolechef, adjungerad' -> övrig with that text as organization. 'Frånvarande: "
        "Fredrik Ahl' excluded. Presenters: row 7 Josefin Lund (presenterade), row 8 Sanna "
        "Mäkelä (informerade)."
    )
    write_gold(fname, "protokoll", "Styrelsen", "2017-05-16", "19:00", "20:10",
               "Förskolan Myrstacken, personalrummet", items, participants, notes, False)


# ===========================================================================
# 10. 2023 – Sörbo IK, kallelse till årsmöte.  Open Sans, modern Word look,
#     "1." items, election item with lettered a)-e) sub-points (not items).
# ===========================================================================
def doc10():
    fname = "2023-03-02_sorbo-ik_kallelse.pdf"
    val_sub = ["a) föreningens ordförande, ett år",
               "b) tre ledamöter i styrelsen, två år",
               "c) två suppleanter, ett år",
               "d) en revisor och en revisorssuppleant, ett år",
               "e) tre ledamöter i valberedningen, varav en sammankallande, ett år"]
    items = [
        Item(1, "1.", "Mötets öppnande"),
        Item(2, "2.", "Fastställande av röstlängd"),
        Item(3, "3.", "Val av ordförande och sekreterare för mötet"),
        Item(4, "4.", "Val av två justerare, tillika rösträknare"),
        Item(5, "5.", "Har mötet utlysts i rätt tid och på rätt sätt?"),
        Item(6, "6.", "Godkännande av dagordningen"),
        Item(7, "7.", "Verksamhetsberättelse för 2022"),
        Item(8, "8.", "Ekonomisk redovisning för 2022 (resultat- och balansräkning)"),
        Item(9, "9.", "Revisorernas berättelse"),
        Item(10, "10.", "Fråga om ansvarsfrihet för styrelsen"),
        Item(11, "11.", "Medlemsavgifter för 2024", [
            LP("Styrelsens förslag:",
               "oförändrade avgifter – 300 kr för vuxna, 150 kr för ungdomar upp till 20 år "
               "och 600 kr för familj.")]),
        Item(12, "12.", "Verksamhetsplan och budget för 2023"),
        Item(13, "13.", "Inkomna motioner", [
            T("En motion har kommit in från Maria Hedén om att klubben ska ansöka om "
              "kommunalt bidrag till en konstgräsyta vid Sörbovallen. Motionen och "
              "styrelsens yttrande finns bland handlingarna.")]),
        Item(14, "14.", "Val av styrelse, revisor och valberedning", [
            T("\n".join(val_sub))]),
        Item(15, "15.", "Övriga frågor"),
        Item(16, "16.", "Mötets avslutande"),
    ]

    class Doc(FPDF):
        def header(self):
            # club badge: shield-like shape with initials
            self.set_fill_color(0, 84, 147)
            self.rect(20, 12, 14, 16, style="F", round_corners=True, corner_radius=3)
            self.set_text_color(255, 214, 0)
            self.set_font("OS", "B", 11)
            self.set_xy(20, 16.5)
            self.cell(14, 6, "SIK", align="C")
            self.set_text_color(0, 84, 147)
            self.set_font("OS", "B", 13)
            self.set_xy(38, 13)
            self.cell(100, 6, "SÖRBO IDROTTSKLUBB")
            self.set_font("OS", "", 8.5)
            self.set_text_color(90, 90, 90)
            self.set_xy(38, 19.5)
            self.cell(100, 4, "Fotboll · Skidor · Friidrott   |   Org.nr 802012-4477")
            self.set_xy(140, 13)
            self.cell(50, 4, "sorboik.se", align="R")
            self.set_text_color(0, 0, 0)
            self.set_y(38)

        def footer(self):
            self.set_y(-14)
            self.set_font("OS", "", 8)
            self.set_text_color(120, 120, 120)
            self.cell(0, 4, f"Kallelse årsmöte 2023  ·  sida {self.page_no()} av {{nb}}",
                      align="C")

    pdf = Doc(unit="mm", format="A4")
    pdf.add_font("OS", "", str(F_OS))
    pdf.add_font("OS", "B", str(F_OS_B))
    pdf.add_font("OS", "I", str(F_OS_I))
    pdf.alias_nb_pages()
    pdf.set_margins(20, 38, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    W = 170
    lh = 5.2
    pdf.set_font("OS", "B", 17)
    pdf.set_text_color(0, 84, 147)
    pdf.cell(W, 9, "Kallelse till årsmöte 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(2)
    pdf.set_font("OS", "", 10.5)
    pdf.multi_cell(W, lh, "Medlemmarna i Sörbo IK kallas härmed till ordinarie årsmöte. "
                   "Alla medlemmar som har fyllt 15 år och betalat medlemsavgiften för 2022 "
                   "har rösträtt. Det går även att följa mötet digitalt – anmäl dig till "
                   "kansliet så skickas en länk.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in [("Tid:", "torsdag 2 mars 2023 kl. 18.30 (fika från kl. 18.00)"),
                     ("Plats:", "Klubbstugan, Sörbovallen")]:
        pdf.set_font("OS", "B", 10.5)
        pdf.cell(16, lh + 0.6, lab)
        pdf.set_font("OS", "", 10.5)
        pdf.cell(W - 16, lh + 0.6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("OS", "B", 12)
    pdf.cell(W, 6.5, "Förslag till dagordning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for it in items:
        pdf.set_font("OS", "", 10.5)
        pdf.set_x(22)
        pdf.cell(9, lh, it.printed, align="R")
        pdf.set_x(33)
        pdf.multi_cell(W - 13, lh, it.title, align="L", new_x="LMARGIN", new_y="NEXT")
        for para in it.paras:
            pdf.set_x(33)
            if para[0][0] == "l":
                pdf.set_font("OS", "I", 9.5)
                pdf.multi_cell(W - 13, 4.7, ptext(para), align="L", new_x="LMARGIN",
                               new_y="NEXT")
            else:
                pdf.set_font("OS", "", 9.5)
                for line in ptext(para).split("\n"):
                    pdf.set_x(37 if line[:2] in ("a)", "b)", "c)", "d)", "e)") else 33)
                    pdf.multi_cell(W - 17, 4.7, line, align="L", new_x="LMARGIN",
                                   new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    pdf.set_font("OS", "", 10.5)
    pdf.multi_cell(W, lh, "Verksamhetsberättelse, ekonomisk redovisning, revisionsberättelse, "
                   "verksamhetsplan, budget, inkomna motioner med styrelsens yttranden samt "
                   "valberedningens förslag finns på klubbens webbplats och i klubbstugan "
                   "senast en vecka före mötet.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("OS", "B", 10.5)
    pdf.cell(W, lh, "Varmt välkomna!", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("OS", "", 10.5)
    pdf.cell(W, lh, "Styrelsen för Sörbo IK", new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(OUT / fname))

    notes = (
        "Invented document. Kallelse with 'Förslag till dagordning' for the ordinary årsmöte "
        "of Sörbo IK (Sörbo Idrottsklubb, a sports club), 2 March 2023, Open Sans, modern "
        "Word look with a club badge ('SIK') and org.nr in the page header; text layer "
        "present. organ 'Årsmöte'. 'Tid: torsdag 2 mars 2023 kl. 18.30 (fika från kl. "
        "18.00)' -> start 18:30 (fika time is not the start); 'Plats: Klubbstugan, "
        "Sörbovallen'. Items '1.'-'16.'. Item 14 'Val av styrelse, revisor och valberedning' "
        "lists lettered points a)-e) without headings or decisions: they are NOT separate "
        "items (decided once for this document). Item 11 carries 'Styrelsens förslag:' -> "
        "proposal. Item 13 mentions a motion by Maria Hedén; no proposal label. The "
        "possibility to follow the meeting digitally does not change the location. No list of "
        "people (signed 'Styrelsen för Sörbo IK'), so no participants key."
    )
    write_gold(fname, "kallelse", "Årsmöte", "2023-03-02", "18:30", None,
               "Klubbstugan, Sörbovallen", items, None, notes, False)


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10):
        f()
