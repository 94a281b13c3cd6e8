#!/usr/bin/env python3
"""muniset9 -- ten invented Swedish and Finland-Swedish meeting documents with gold files.

Run:  /work/main/.venv/bin/python make.py

Every document is described once, as Python data (meeting, participants, items with their
blocks).  The same data is (1) rendered into a PDF by a layout function written for that
document only, and (2) turned into the gold JSON.  At the end every printed_number, title,
proposal, decision, attachment line and participant surname of each gold is looked up in the
text layer of the rendered PDF (for the two scanned documents: in the text PDF rendered before
scanning, kept in prescan/).

Everything is invented: names, kommuner, case numbers, amounts.
"""
import io
import json
import os
import random
import re
import sys

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
PRESCAN = os.path.join(OUT, "prescan")
FD = "/usr/share/fonts/truetype/dejavu/"

# --------------------------------------------------------------------------------------
# common rendering helpers
# --------------------------------------------------------------------------------------

CORE = {"times", "helvetica", "courier"}


class Doc(FPDF):
    """A4 document with DejaVu families registered and pluggable header/footer."""

    def __init__(self, hdr=None, ftr=None, bottom=22, orientation="P"):
        super().__init__(orientation=orientation, unit="mm", format="A4")
        self.hdr = hdr
        self.ftr = ftr
        fams = [
            ("dvsans", "DejaVuSans", "Oblique"),
            ("dvserif", "DejaVuSerif", "Italic"),
            ("dvcond", "DejaVuSansCondensed", "Oblique"),
            ("dvscond", "DejaVuSerifCondensed", "Italic"),
            ("dvmono", "DejaVuSansMono", "Oblique"),
        ]
        for fam, base, it in fams:
            self.add_font(fam, "", FD + base + ".ttf")
            self.add_font(fam, "B", FD + base + "-Bold.ttf")
            self.add_font(fam, "I", FD + base + "-" + it + ".ttf")
            self.add_font(fam, "BI", FD + base + "-Bold" + it + ".ttf")
        self.alias_nb_pages()
        self.set_auto_page_break(True, bottom)
        self.set_margins(20, 20, 20)

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    # ---- small text primitives -------------------------------------------------------
    def font(self, fam, size, style=""):
        self.set_font(fam, style, size)

    def para(self, text, lh=5.0, indent=0.0, align="L", w=0, after=1.5):
        """Paragraphs separated by \n; lines starting with '- ' become bullets."""
        bullet = "-" if self.font_family in CORE else "\u2022"
        for line in text.split("\n"):
            x0 = self.l_margin + indent
            if line.startswith("- "):
                self.set_x(x0)
                self.cell(5, lh, bullet)
                self.multi_cell(w - indent - 5 if w else 0, lh, line[2:], align=align,
                                new_x="LMARGIN", new_y="NEXT")
            else:
                self.set_x(x0)
                self.multi_cell(w - indent if w else 0, lh, line, align=align,
                                new_x="LMARGIN", new_y="NEXT")
        if after:
            self.ln(after)

    def need(self, mm):
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()

    def labrow(self, lab, val, x, labw, valw, lh, labfont, valfont, gap=2.0):
        """A label/value row; the next row starts below the taller of the two cells."""
        y = self.get_y()
        self.set_font(*labfont)
        self.set_xy(x, y)
        self.multi_cell(labw, lh, lab, align="L", new_x="LMARGIN", new_y="NEXT")
        y1 = self.get_y()
        self.set_font(*valfont)
        self.set_xy(x + labw, y)
        self.multi_cell(valw, lh, val, align="L", new_x="LMARGIN", new_y="NEXT")
        self.set_y(max(y1, self.get_y()) + gap)


def hline(pdf, y=None, x0=None, x1=None, lw=0.2):
    y = pdf.get_y() if y is None else y
    pdf.set_line_width(lw)
    pdf.line(pdf.l_margin if x0 is None else x0, y, pdf.w - pdf.r_margin if x1 is None else x1, y)


def table_row(pdf, x, widths, texts, lh, border=1, styles=None, pad=1.2):
    """One table row of wrapped cells; the row is as tall as its tallest cell."""
    y = pdf.get_y()
    heights = []
    for i, (w, t) in enumerate(zip(widths, texts)):
        if styles:
            pdf.set_font(*styles[i])
        n = len(pdf.multi_cell(w - 2 * pad, lh, t, dry_run=True, output="LINES")) if t else 1
        heights.append(n * lh + 2 * pad)
    h = max(heights)
    if y + h > pdf.h - pdf.b_margin:
        pdf.add_page()
        y = pdf.get_y()
    xx = x
    for i, (w, t) in enumerate(zip(widths, texts)):
        if styles:
            pdf.set_font(*styles[i])
        if border:
            pdf.rect(xx, y, w, h)
        pdf.set_xy(xx + pad, y + pad)
        pdf.multi_cell(w - 2 * pad, lh, t, align="L", new_x="LMARGIN", new_y="NEXT")
        xx += w
    pdf.set_y(y + h)


# --------------------------------------------------------------------------------------
# gold helpers
# --------------------------------------------------------------------------------------

HIGH = ("ordförande", "vice ordförande")


def P(name, party=None, role="ledamot", org=None, **kw):
    """A participant.  name/party/org/role are the gold values; kw carries print-only
    fields: pparty (party as printed), prole (role as printed), repl (replaces whom),
    just (elected justerare), sekr (secretary of the meeting)."""
    d = dict(name=name, party=party, role=role, org=org)
    d.update(kw)
    return d


def gold_participants(plist):
    out = []
    for p in plist:
        role = p["role"]
        if p.get("just") and role not in HIGH:
            role = "justerare"
        if p.get("sekr") and role not in HIGH:
            role = "sekreterare"
        out.append({"name": p["name"], "party": p["party"], "organization": p["org"],
                    "role": role})
    names = [p["name"] for p in out]
    assert len(names) == len(set(names)), names
    return out


def blk(item, kind):
    for b in item.get("blocks", []):
        if b[0] == kind:
            return b[2]
    return None


def gold_item(it):
    return {
        "number": it["n"],
        "printed_number": it["pn"],
        "title": it["title"],
        "section": None,
        "presenters": it.get("presenters", []),
        "scheduled_time": it.get("time"),
        "proposal": it.get("proposal_text", blk(it, "proposal")),
        "decision": it.get("decision_text", blk(it, "decision")),
        "attachments": list(blk(it, "underlag") or it.get("attachments", [])),
    }


def make_gold(file, kind, organ, date, meeting, items, participants, notes):
    g = {
        "file": file,
        "kind": kind,
        "organ": organ,
        "meeting_date": date,
        "page_count": None,
        "scanned": False,
        "meeting": meeting,
        "items": [gold_item(i) for i in items],
    }
    if participants is not None:
        g["participants"] = gold_participants(participants)
    g["notes"] = notes
    return g


# --------------------------------------------------------------------------------------
# scanning: text PDF -> noisy, slightly rotated image-only PDF
# --------------------------------------------------------------------------------------

def scan_pdf(src, dst, seed, dpi=200, yellow=False, heavy=False):
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src)
    out = FPDF(unit="mm", format="A4")
    out.set_auto_page_break(False)
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        ang = float(rng.uniform(0.5, 1.4)) * (1 if rng.random() < 0.5 else -1)
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        # small shift (feeder)
        dx, dy = int(rng.integers(-18, 18)), int(rng.integers(-14, 20))
        img = img.transform(img.size, Image.AFFINE, (1, 0, dx, 0, 1, dy), fillcolor=255)
        a = np.asarray(img).astype(np.float32)
        if heavy:  # uneven typewriter ink: lighten strokes a bit, thicken by blur
            a = 255 - (255 - a) * 0.85
        paper = 238 if yellow else 246
        a = a * (paper / 255.0)
        # slow shading across the page
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        a = a - 10 * (xx / w) - 6 * (yy / h)
        a = a + rng.normal(0, 11 if heavy else 8, a.shape)
        # specks
        for _ in range(int(rng.integers(120, 260))):
            y, x = int(rng.integers(0, h)), int(rng.integers(0, w))
            r = int(rng.integers(1, 3))
            a[max(0, y - r):y + r, max(0, x - r):x + r] -= float(rng.uniform(60, 170))
        # dark edge from the scanner lid on one side
        a[:, : int(rng.integers(4, 14))] -= 90
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.75 if heavy else 0.55))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=58)
        buf.seek(0)
        out.add_page()
        out.image(buf, x=0, y=0, w=210, h=297)
    out.output(dst)


# --------------------------------------------------------------------------------------
# checking
# --------------------------------------------------------------------------------------

def pdf_text(path):
    doc = pdfium.PdfDocument(path)
    parts = []
    for i in range(len(doc)):
        parts.append(doc[i].get_textpage().get_text_range())
    return "\n".join(parts), len(doc)


def norm(s):
    s = s.replace("\u2022", "-").replace("\ufffe", "").replace("\u00ad", "")
    return " ".join(s.split())


def check(gold, textpdf):
    text, _ = pdf_text(textpdf)
    t = norm(text)
    errs = []

    def need(what, s):
        if s is None:
            return
        if norm(s) not in t:
            errs.append(f"{what} not in text: {s[:90]!r}")

    for it in gold["items"]:
        need("printed_number", it["printed_number"])
        need("title", it["title"])
        need("decision", it["decision"])
        need("proposal", it["proposal"])
        for a in it["attachments"]:
            need("attachment", a)
        for p in it["presenters"]:
            need("presenter", p.split()[-1])
    for p in gold.get("participants", []):
        need("participant surname", p["name"].split()[-1])
        if p["organization"]:
            need("organization", p["organization"])
    if gold["meeting"]["location"]:
        need("location", gold["meeting"]["location"])
    return errs


DOCS = []  # (builder function)


def register(fn):
    DOCS.append(fn)
    return fn


# ======================================================================================
# 1. Hällviks kommun, Kommunfullmäktige 2023-11-27 -- Ciceron-like, serif, label table,
#    närvaro- och omröstningslista, "§ 141" in a left margin column, title in the right
#    column, Dnr at the right edge of the title line, 33 paragraphs.
# ======================================================================================

def _kf_members():
    S, M, SD, C, V, KD, L, MP = "S", "M", "SD", "C", "V", "KD", "L", "MP"
    # (name, party, printed role, gold role, present, substitute, vote on § 146)
    rows = [
        ("Karin Holmqvist", S, "ordförande", "ordförande", True, None, "Ja"),
        ("Bengt Sjöberg", M, "1:e vice ordförande", "vice ordförande", True, None, "Nej"),
        ("Åsa Rydén", SD, "2:e vice ordförande", "vice ordförande", True, None, "Nej"),
        ("Tomas Wennberg", S, "", "ledamot", True, None, "Ja"),
        ("Linnea Forsgren", S, "", "ledamot", True, None, "Ja"),
        ("Roger Hedlund", S, "", "ledamot", True, None, "Ja"),
        ("Maja Östling", S, "", "ledamot", False, ("Anders Lövgren", S), "Ja"),
        ("Patrik Eklöf", S, "", "ledamot", True, None, "Ja"),
        ("Helena Sundqvist", S, "", "ledamot", True, None, "Ja"),
        ("Göran Ahlberg", S, "", "ledamot", True, None, "Ja"),
        ("Elin Rask", S, "", "ledamot", True, None, "Ja"),
        ("Mustafa Karimi", S, "", "ledamot", True, None, "Ja"),
        ("Ingrid Dahlén", S, "", "ledamot", True, None, "Ja"),
        ("Fredrik Lind", M, "", "ledamot", True, None, "Nej"),
        ("Camilla Norén", M, "", "ledamot", True, None, "Nej"),
        ("Jan-Olof Berggren", M, "", "ledamot", False, ("Sara Holm", M), "Nej"),
        ("Susanne Ek", M, "", "ledamot", True, None, "Nej"),
        ("Oskar Malmberg", M, "", "ledamot", True, None, "Nej"),
        ("Britt-Marie Wallin", M, "", "ledamot", True, None, "Nej"),
        ("Daniel Strömberg", SD, "", "ledamot", True, None, "Nej"),
        ("Lars-Göran Nyström", SD, "", "ledamot", True, None, "Nej"),
        ("Emma Lundholm", SD, "", "ledamot", True, None, "Nej"),
        ("Kjell Björkman", SD, "", "ledamot", True, None, "Nej"),
        ("Kristian Ek", C, "", "ledamot", True, None, "Ja"),
        ("Hanna Viklund", C, "", "ledamot", False, ("Per-Anders Olofsson", C), "Ja"),
        ("Nils Gunnarsson", C, "", "ledamot", True, None, "Ja"),
        ("Rebecka Almqvist", V, "", "ledamot", True, None, "Ja"),
        ("Johan Fransson", V, "", "ledamot", True, None, "Ja"),
        ("Ulla Persson", KD, "", "ledamot", True, None, "Nej"),
        ("Mikael Sandin", L, "", "ledamot", True, None, "Ja"),
        ("Josefin Borg", MP, "", "ledamot", True, None, "Ja"),
    ]
    return rows


def _kf_items():
    KS = "Kommunstyrelsen föreslår kommunfullmäktige besluta"
    it = []

    def add(n, title, dnr, blocks, presenters=()):
        it.append(dict(n=n, pn=f"§ {n}", title=title, dnr=dnr, blocks=blocks,
                       presenters=list(presenters)))

    add(141, "Val av protokolljusterare", None, [
        ("decision", "Beslut", "Kommunfullmäktige beslutar att utse Linnea Forsgren (S) och Fredrik "
         "Lind (M) att jämte ordföranden justera dagens protokoll. Justering sker i kommunhuset "
         "fredagen den 1 december 2023 kl. 13.00."),
    ])
    add(142, "Fastställande av föredragningslista", None, [
        ("p", "Ärendebeskrivning", "Ordföranden meddelar att ärendet Val av ledamot i kultur- och "
         "fritidsnämnden har tillkommit efter att kungörelsen skickades ut."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att fastställa föredragningslistan med "
         "det tillkommande ärendet."),
    ])
    add(143, "Allmänhetens frågestund", None, [
        ("p", None, "Inga frågor har anmälts till dagens frågestund."),
    ])
    add(144, "Information från revisorerna", "KS 2023/012", [
        ("p", "Ärendebeskrivning", "Revisorernas ordförande Gunnar Löfdahl informerar om "
         "granskningen av kommunens delårsrapport och om den pågående granskningen av den "
         "interna kontrollen i socialnämnden."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att lägga informationen till handlingarna."),
    ], presenters=["Gunnar Löfdahl"])
    add(145, "Delårsrapport per 31 augusti 2023 för Hällviks kommun", "KS 2023/301", [
        ("p", "Ärendebeskrivning", "Kommunens resultat per den 31 augusti 2023 uppgår till 42,6 mnkr. "
         "Helårsprognosen visar ett resultat på 18,4 mnkr, vilket är 6,1 mnkr bättre än budget. "
         "Socialnämnden prognostiserar ett underskott om 9,8 mnkr, främst inom hemtjänsten.\n"
         "Ekonomichef Lena Åberg föredrar ärendet."),
        ("underlag", "Beslutsunderlag", ["Kommunstyrelsens protokoll 2023-10-24, § 188",
                                          "Delårsrapport januari–augusti 2023",
                                          "Revisorernas utlåtande 2023-10-12"]),
        ("proposal", "Förslag till beslut", KS + " att godkänna delårsrapporten per den 31 augusti 2023."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att godkänna delårsrapporten per den "
         "31 augusti 2023."),
        ("list", "Beslutet skickas till", ["Ekonomiavdelningen", "Revisorerna"]),
    ], presenters=["Lena Åberg"])
    budget = ("att fastställa budget 2024 och verksamhetsplan 2025–2026 enligt kommunstyrelsens förslag,\n"
              "att fastställa nämndernas driftramar för 2024 till totalt 1 284,6 mnkr,\n"
              "att bemyndiga kommunstyrelsen att under 2024 uppta nya lån om högst 45 mnkr.")
    add(146, "Budget 2024 och verksamhetsplan 2025–2026", "KS 2023/145", [
        ("p", "Ärendebeskrivning", "Kommunstyrelsen har upprättat förslag till budget för 2024 och "
         "verksamhetsplan för 2025–2026. Förslaget bygger på oförändrad skattesats, 22,14 kronor, och "
         "ett budgeterat resultat om 14,2 mnkr för 2024. Nettoinvesteringarna uppgår till 96,5 mnkr, "
         "varav 38,5 mnkr avser ny förskola i Tallbacken.\n"
         "Ekonomichef Lena Åberg redogör för förslaget."),
        ("underlag", "Beslutsunderlag", [
            "Kommunstyrelsens protokoll 2023-10-24, § 190",
            "Budget 2024 och verksamhetsplan 2025–2026, förslag 2023-10-10",
            "Moderaternas, Sverigedemokraternas och Kristdemokraternas budgetförslag 2023-10-17"]),
        ("proposal", "Förslag till beslut", KS + "\n" + budget),
        ("p", "Yrkanden", "Tomas Wennberg (S), Kristian Ek (C), Rebecka Almqvist (V), Mikael Sandin (L) "
         "och Josefin Borg (MP) yrkar bifall till kommunstyrelsens förslag.\n"
         "Bengt Sjöberg (M), Daniel Strömberg (SD) och Ulla Persson (KD) yrkar bifall till "
         "Moderaternas, Sverigedemokraternas och Kristdemokraternas gemensamma budgetförslag."),
        ("p", "Propositionsordning", "Ordföranden ställer proposition på kommunstyrelsens förslag mot "
         "Bengt Sjöbergs (M) m.fl. yrkande och finner att kommunfullmäktige beslutar enligt "
         "kommunstyrelsens förslag. Omröstning begärs.\n"
         "Följande voteringsproposition godkänns: Ja-röst för kommunstyrelsens förslag. Nej-röst för "
         "Bengt Sjöbergs (M) m.fl. yrkande."),
        ("vote", "Omröstning", dict(
            head=["", "Ja", "Nej", "Avstår"], rows=[["Antal röster", "18", "13", "0"]],
            text="Med 18 ja-röster mot 13 nej-röster beslutar kommunfullmäktige enligt "
                 "kommunstyrelsens förslag. Hur var och en har röstat framgår av närvaro- och "
                 "omröstningslistan på sida 2.")),
        ("decision", "Beslut", "Kommunfullmäktige beslutar\n" + budget),
        ("p", "Reservation", "Moderaternas, Sverigedemokraternas och Kristdemokraternas ledamöter "
         "reserverar sig mot beslutet till förmån för eget yrkande."),
        ("list", "Beslutet skickas till", ["Samtliga nämnder", "Ekonomiavdelningen"]),
    ], presenters=["Lena Åberg"])
    add(147, "Skattesats för år 2024", "KS 2023/146", [
        ("p", "Ärendebeskrivning", "Kommunstyrelsen föreslår att skattesatsen för 2024 ska vara "
         "oförändrad, 22,14 kronor per skattekrona."),
        ("proposal", "Förslag till beslut", KS + " att fastställa skattesatsen för år 2024 till 22,14 kronor."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att fastställa skattesatsen för år 2024 "
         "till 22,14 kronor."),
        ("list", "Beslutet skickas till", ["Skatteverket", "Ekonomiavdelningen"]),
    ])
    add(148, "Taxa för vatten och avlopp 2024", "KS 2023/233", [
        ("p", "Ärendebeskrivning", "Hällviks Vatten AB föreslår att brukningsavgiften höjs med 9 procent "
         "från den 1 januari 2024. För en normalvilla (typhus A) innebär höjningen en ökning med "
         "742 kronor per år."),
        ("underlag", "Beslutsunderlag", ["Kommunstyrelsens protokoll 2023-10-24, § 195",
                                          "Förslag till VA-taxa 2024, Hällviks Vatten AB"]),
        ("proposal", "Förslag till beslut", KS + " att anta taxa för vatten och avlopp 2024 att gälla "
         "från och med den 1 januari 2024."),
        ("p", "Yrkanden", "Johan Fransson (V) yrkar att höjningen begränsas till 6 procent.\n"
         "Tomas Wennberg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", "Ordföranden ställer proposition på kommunstyrelsens förslag mot "
         "Johan Franssons (V) yrkande och finner att kommunfullmäktige beslutar enligt "
         "kommunstyrelsens förslag."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att anta taxa för vatten och avlopp 2024 "
         "att gälla från och med den 1 januari 2024."),
        ("p", "Reservation", "Rebecka Almqvist (V) och Johan Fransson (V) reserverar sig mot beslutet."),
        ("list", "Beslutet skickas till", ["Hällviks Vatten AB"]),
    ])
    add(149, "Renhållningstaxa 2024", "KS 2023/234", [
        ("p", "Ärendebeskrivning", "Renhållningstaxan föreslås höjas med i genomsnitt 4,5 procent. "
         "Grundavgiften för ett en- och tvåbostadshus blir 1 986 kronor per år."),
        ("proposal", "Förslag till beslut", KS + " att anta renhållningstaxa 2024."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att anta renhållningstaxa 2024 att gälla "
         "från och med den 1 januari 2024."),
    ])
    add(150, "Avgifter inom äldreomsorgen 2024", "KS 2023/251", [
        ("p", "Ärendebeskrivning", "Socialnämnden föreslår att avgiften för trygghetslarm höjs från "
         "250 kronor till 295 kronor per månad och att matdistributionen avgiftsbeläggs med 65 kronor "
         "per portion."),
        ("proposal", "Förslag till beslut", KS + " att fastställa avgifter inom äldreomsorgen 2024 "
         "enligt socialnämndens förslag."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att fastställa avgifter inom äldreomsorgen "
         "2024 enligt socialnämndens förslag."),
        ("list", "Beslutet skickas till", ["Socialnämnden"]),
    ])
    borgen = ("att såsom för egen skuld ingå borgen för Hällviks Bostads AB:s låneförpliktelser upp till "
              "ett totalt högsta lånebelopp om 680 mnkr jämte därpå löpande ränta och kostnader.")
    add(151, "Borgensram för Hällviks Bostads AB 2024", "KS 2023/262", [
        ("p", "Ärendebeskrivning", "Hällviks Bostads AB har ansökt om utökad borgensram från 610 mnkr "
         "till 680 mnkr med anledning av nyproduktion av 48 lägenheter i kvarteret Seglet. "
         "Borgensavgiften är 0,35 procent."),
        ("proposal", "Förslag till beslut", KS + " " + borgen),
        ("decision", "Beslut", "Kommunfullmäktige beslutar " + borgen),
        ("list", "Beslutet skickas till", ["Hällviks Bostads AB", "Ekonomiavdelningen"]),
    ])
    add(152, "Samverkansavtal om gemensam överförmyndarnämnd med Ålsta kommun", "KS 2023/198", [
        ("p", "Ärendebeskrivning", "Hällviks och Ålsta kommuner har sedan 2019 en gemensam "
         "överförmyndarnämnd med Ålsta som värdkommun. Ett reviderat samverkansavtal har tagits fram "
         "som gäller 2024–2027. Hällviks kommuns kostnad beräknas till 1,9 mnkr per år."),
        ("underlag", "Beslutsunderlag", ["Kommunstyrelsens protokoll 2023-10-24, § 198",
                                          "Samverkansavtal gemensam överförmyndarnämnd 2024–2027"]),
        ("proposal", "Förslag till beslut", KS + " att godkänna samverkansavtal om gemensam "
         "överförmyndarnämnd med Ålsta kommun för perioden 2024–2027."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att godkänna samverkansavtal om gemensam "
         "överförmyndarnämnd med Ålsta kommun för perioden 2024–2027."),
        ("list", "Beslutet skickas till", ["Ålsta kommun", "Överförmyndarnämnden"]),
    ])
    add(153, "Revidering av reglemente för kommunstyrelsen", "KS 2023/207", [
        ("p", "Ärendebeskrivning", "Reglementet har setts över med anledning av att kommunstyrelsen "
         "från och med 2024 även ska vara personalnämnd och krisledningsnämnd."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att anta reviderat reglemente för "
         "kommunstyrelsen att gälla från och med den 1 januari 2024."),
    ])
    add(154, "Ändring i arvodesbestämmelser för förtroendevalda", "KS 2023/219", [
        ("p", "Ärendebeskrivning", "Förslaget innebär att grundarvodet räknas upp med 3,8 procent och "
         "att ersättning för förlorad arbetsinkomst höjs till högst 3 100 kronor per dag."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att anta ändrade arvodesbestämmelser för "
         "förtroendevalda att gälla från och med den 1 januari 2024."),
    ])
    add(155, "Detaljplan för Norra hamnen, etapp 2 – antagande", "KS 2023/077", [
        ("p", "Ärendebeskrivning", "Detaljplanen möjliggör cirka 120 bostäder och en ny gång- och "
         "cykelbro. Planen har varit utställd för granskning under tiden 2023-08-14 – 2023-09-08.\n"
         "Plan- och exploateringschef Malin Sjödin redogör för inkomna synpunkter."),
        ("proposal", "Förslag till beslut", KS + " att anta detaljplan för Norra hamnen, etapp 2."),
        ("p", "Yrkanden", "Kjell Björkman (SD) yrkar att ärendet återremitteras för att utreda "
         "trafiksituationen på Hamngatan.\nTomas Wennberg (S) yrkar att ärendet ska avgöras i dag."),
        ("p", "Propositionsordning", "Ordföranden frågar först om ärendet ska avgöras i dag och finner "
         "att så ska ske. Därefter ställer ordföranden proposition på kommunstyrelsens förslag och "
         "finner det bifallet."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att anta detaljplan för Norra hamnen, etapp 2."),
        ("p", "Reservation", "Sverigedemokraternas ledamöter reserverar sig mot beslutet."),
        ("list", "Beslutet skickas till", ["Miljö- och byggnadsnämnden", "Lantmäterimyndigheten"]),
    ], presenters=["Malin Sjödin"])
    kop = ("att godkänna köpeavtal avseende fastigheten Hällvik 4:112 till Gunnarssons Bygg i "
           "Hällvik AB för 2 450 000 kronor.")
    add(156, "Försäljning av fastigheten Hällvik 4:112", "KS 2023/240", [
        ("p", "Jäv", "Nils Gunnarsson (C) anmäler jäv och lämnar lokalen under ärendets behandling."),
        ("p", "Ärendebeskrivning", "Gunnarssons Bygg i Hällvik AB har erbjudit 2 450 000 kronor för "
         "fastigheten Hällvik 4:112 om 3 860 kvadratmeter. Köpet villkoras av att bygglov beviljas "
         "för verksamhetslokaler."),
        ("underlag", "Beslutsunderlag", ["Kommunstyrelsens protokoll 2023-10-24, § 201",
                                          "Köpeavtal, undertecknat av köparen 2023-10-02",
                                          "Värderingsutlåtande 2023-06-19"]),
        ("proposal", "Förslag till beslut", KS + " " + kop),
        ("decision", "Beslut", "Kommunfullmäktige beslutar " + kop),
        ("list", "Beslutet skickas till", ["Gunnarssons Bygg i Hällvik AB", "Mark och exploatering"]),
    ])
    fsk = ("att godkänna investering i ny förskola i Tallbacken om 38,5 mnkr,\n"
           "att barn- och utbildningsnämnden kompenseras för ökade lokalkostnader från och med 2025.")
    add(157, "Investering i ny förskola i Tallbacken", "KS 2023/112", [
        ("p", "Ärendebeskrivning", "Förskolan planeras för 120 barn i sex avdelningar. Total "
         "investeringsutgift beräknas till 38,5 mnkr. Årlig kapitaltjänstkostnad beräknas till "
         "2,3 mnkr och hyran till barn- och utbildningsnämnden till 2 870 tkr per år."),
        ("proposal", "Förslag till beslut", KS + "\n" + fsk),
        ("decision", "Beslut", "Kommunfullmäktige beslutar\n" + fsk),
        ("list", "Beslutet skickas till", ["Barn- och utbildningsnämnden", "Fastighetsavdelningen"]),
    ])
    add(158, "Svar på motion om fria resor i kollektivtrafiken för personer över 75 år", "KS 2022/310", [
        ("p", "Ärendebeskrivning", "Britt-Marie Wallin (M) föreslår i en motion att personer som fyllt "
         "75 år ska få åka avgiftsfritt med länstrafiken inom kommunen. Kostnaden har beräknats till "
         "640 tkr per år."),
        ("proposal", "Förslag till beslut", KS + " att avslå motionen."),
        ("p", "Yrkanden", "Britt-Marie Wallin (M) och Ulla Persson (KD) yrkar bifall till motionen.\n"
         "Göran Ahlberg (S) yrkar bifall till kommunstyrelsens förslag."),
        ("p", "Propositionsordning", "Ordföranden ställer proposition på kommunstyrelsens förslag mot "
         "bifall till motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att avslå motionen."),
        ("p", "Reservation", "Moderaternas och Kristdemokraternas ledamöter reserverar sig mot beslutet."),
    ])
    add(159, "Svar på motion om solceller på kommunens fastigheter", "KS 2023/021", [
        ("p", "Ärendebeskrivning", "Josefin Borg (MP) föreslår att solceller installeras på samtliga "
         "kommunala fastigheter där det är tekniskt möjligt. Kommunstyrelsen konstaterar att en "
         "solcellsplan redan har beslutats och att 4,2 mnkr är avsatta för ändamålet 2024–2026."),
        ("proposal", "Förslag till beslut", KS + " att motionen anses besvarad."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att motionen anses besvarad."),
    ])
    add(160, "Svar på motion om laddstolpar vid kommunhuset", "KS 2023/044", [
        ("p", "Ärendebeskrivning", "Kristian Ek (C) föreslår att publika laddstolpar sätts upp vid "
         "kommunhuset. Kostnaden för sex laddpunkter beräknas till 380 000 kronor."),
        ("proposal", "Förslag till beslut", KS + " att bifalla motionen."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att bifalla motionen."),
        ("list", "Beslutet skickas till", ["Fastighetsavdelningen"]),
    ])
    add(161, "Svar på medborgarförslag om hundrastgård i Västerby", "KS 2023/089", [
        ("p", "Ärendebeskrivning", "I ett medborgarförslag föreslås att en inhägnad hundrastgård "
         "anläggs i Västerby. Tekniska avdelningen planerar att anlägga en hundrastgård vid "
         "Västerby idrottsplats under 2024."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att medborgarförslaget anses besvarat."),
    ])
    add(162, "Svar på interpellation om skolskjutsar i Norrbyn", "KS 2023/281", [
        ("p", "Ärendebeskrivning", "Emma Lundholm (SD) har ställt en interpellation till barn- och "
         "utbildningsnämndens ordförande Patrik Eklöf (S) om skolskjutsarnas restider. Patrik Eklöf "
         "(S) besvarar interpellationen. I debatten deltar Emma Lundholm (SD) och Patrik Eklöf (S)."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att förklara interpellationen besvarad."),
    ])
    add(163, "Ej verkställda beslut enligt SoL och LSS, kvartal 2 2023", "KS 2023/265", [
        ("p", "Ärendebeskrivning", "Socialnämnden rapporterar fyra beslut enligt socialtjänstlagen och "
         "två beslut enligt LSS som inte verkställts inom tre månader."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att lägga rapporten till handlingarna."),
    ])
    add(164, "Redovisning av obesvarade motioner och medborgarförslag", "KS 2023/020", [
        ("p", "Ärendebeskrivning", "Enligt kommunfullmäktiges arbetsordning ska obesvarade motioner "
         "redovisas två gånger per år. Det finns sju obesvarade motioner och tre obesvarade "
         "medborgarförslag."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att lägga redovisningen till handlingarna."),
    ])
    add(165, "Avsägelse från uppdrag som ersättare i socialnämnden", "KS 2023/290", [
        ("p", "Ärendebeskrivning", "Ida Nordin (S) har den 2 november 2023 avsagt sig uppdraget som "
         "ersättare i socialnämnden."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att bevilja avsägelsen."),
    ])
    add(166, "Val av ersättare i socialnämnden", "KS 2023/290", [
        ("p", "Ärendebeskrivning", "Valberedningens ordförande Roger Hedlund (S) föreslår Hassan Ali (S)."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att välja Hassan Ali (S) till ersättare i "
         "socialnämnden för tiden till och med den 31 december 2026."),
        ("list", "Beslutet skickas till", ["Den valde", "Socialnämnden", "Löneenheten"]),
    ])
    add(167, "Val av nämndeman vid Nordmarks tingsrätt", "KS 2023/277", [
        ("decision", "Beslut", "Kommunfullmäktige beslutar att välja Gun Lejon (KD) till nämndeman vid "
         "Nordmarks tingsrätt för resterande del av mandatperioden 2024–2027."),
        ("list", "Beslutet skickas till", ["Den valda", "Nordmarks tingsrätt"]),
    ])
    add(168, "Avsägelse från uppdrag som ledamot i kultur- och fritidsnämnden", "KS 2023/295", [
        ("p", "Ärendebeskrivning", "Oskar Malmberg (M) har avsagt sig uppdraget som ledamot i kultur- "
         "och fritidsnämnden."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att bevilja avsägelsen."),
    ])
    add(169, "Val av ledamot i kultur- och fritidsnämnden", "KS 2023/295", [
        ("decision", "Beslut", "Kommunfullmäktige beslutar att välja Sara Holm (M) till ledamot i "
         "kultur- och fritidsnämnden efter Oskar Malmberg (M) för tiden till och med den "
         "31 december 2026."),
    ])
    add(170, "Sammanträdesplan för kommunfullmäktige 2024", "KS 2023/270", [
        ("decision", "Beslut", "Kommunfullmäktige beslutar att fastställa sammanträdesplan för 2024 med "
         "sammanträden den 26 februari, 22 april, 17 juni, 23 september, 28 oktober och 25 november."),
    ])
    add(171, "Anmälan av nya motioner", None, [
        ("p", "Ärendebeskrivning", "Följande motioner anmäls:\n"
         "- Motion från Daniel Strömberg (SD) om kameraövervakning vid Hällviks resecentrum, KS 2023/298\n"
         "- Motion från Rebecka Almqvist (V) om avgiftsfri sommarsimskola, KS 2023/299"),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att remittera motionerna till "
         "kommunstyrelsen för beredning."),
    ])
    add(172, "Anmälan av nya medborgarförslag", None, [
        ("p", "Ärendebeskrivning", "Ett medborgarförslag om belysning längs motionsspåret i Tallbacken "
         "har inkommit, KS 2023/300."),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att överlämna medborgarförslaget till kultur- "
         "och fritidsnämnden för beslut."),
    ])
    add(173, "Meddelanden", "KS 2023/003", [
        ("p", "Ärendebeskrivning", "Följande meddelanden anmäls:\n"
         "- Länsstyrelsens beslut 2023-10-30 om tillstånd för naturvårdsbränning i Storskogen\n"
         "- Revisionsrapport: Granskning av intern kontroll i socialnämnden"),
        ("decision", "Beslut", "Kommunfullmäktige beslutar att lägga meddelandena till handlingarna."),
    ])
    return it


@register
def doc_hallvik():
    name = "hallvik-kf-2023-11-27-protokoll"
    items = _kf_items()
    members = _kf_members()
    ppl = []
    for nm, pa, prole, grole, present, sub, _ in members:
        if present:
            ppl.append(P(nm, pa, grole, just=nm in ("Linnea Forsgren", "Fredrik Lind")))
        else:
            ppl.append(P(sub[0], sub[1], "tjänstgörande ersättare"))
    ej = [P("Ida Nordin", "S", "ej tjänstgörande ersättare"),
          P("Stefan Kask", "M", "ej tjänstgörande ersättare")]
    ovr = [("Per Aronsson", "kommundirektör"), ("Lena Åberg", "ekonomichef, §§ 145–147"),
           ("Malin Sjödin", "plan- och exploateringschef, § 155"),
           ("Gunnar Löfdahl", "revisorernas ordförande, § 144"),
           ("Sofia Mårtensson", "kommunsekreterare")]
    ppl += ej + [P(n, None, "övrig", o, sekr=(n == "Sofia Mårtensson")) for n, o in ovr]

    SER = "dvserif"
    L, R = 20, 190

    def hdr(pdf):
        pdf.set_xy(L, 10)
        pdf.font(SER, 11, "B")
        pdf.cell(60, 5, "HÄLLVIKS KOMMUN")
        pdf.font(SER, 11, "B")
        pdf.cell(60, 5, "SAMMANTRÄDESPROTOKOLL", align="C")
        pdf.font(SER, 9)
        pdf.cell(50, 5, f"Sida {pdf.page_no()}({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(L)
        pdf.cell(60, 4.5, "Kommunfullmäktige")
        pdf.cell(60, 4.5, "Sammanträdesdatum", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(L + 60)
        pdf.cell(60, 4.5, "2023-11-27", align="C")
        hline(pdf, 25, L, R, 0.4)
        pdf.set_y(30)

    def ftr(pdf):
        y = 297 - 19
        pdf.set_line_width(0.2)
        pdf.font(SER, 7)
        for x, w, t in [(L, 40, "Justerandes sign"), (L + 42, 40, ""), (R - 60, 60, "Utdragsbestyrkande")]:
            pdf.rect(x, y, w, 11)
            pdf.set_xy(x + 1, y + 0.5)
            pdf.cell(w - 2, 3, t)

    pdf = Doc(hdr, ftr, bottom=24)
    pdf.set_margins(L, 30, 20)
    pdf.add_page()
    # ---- page 1: label table --------------------------------------------------------
    pdf.font(SER, 10)
    lab_w = 48

    def row(label, text, h=5.2, bold=False):
        pdf.labrow(label, text, L, lab_w, R - L - lab_w, h, (SER, "B", 10), (SER, "", 10), gap=3)

    row("Plats och tid", "Kommunhuset, Fullmäktigesalen, Hällvik, kl. 18.00–21.35\n"
        "Ajournering kl. 19.40–19.55")
    row("Beslutande", "Se bifogad närvaro- och omröstningslista, sida 2")
    row("Övriga närvarande", "\n".join(f"{n}, {o}" for n, o in ovr))
    row("Ej tjänstgörande ersättare", "Ida Nordin (S)\nStefan Kask (M)")
    row("Utses att justera", "Linnea Forsgren (S) och Fredrik Lind (M)")
    row("Justeringens plats och tid", "Kommunhuset, Hällvik, 2023-12-01 kl. 13.00")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.font(SER, 10, "B")
    pdf.set_xy(L, y)
    pdf.cell(lab_w, 6, "Underskrifter")
    pdf.font(SER, 9)
    for i, (role, who) in enumerate([("Sekreterare", "Sofia Mårtensson"),
                                     ("Ordförande", "Karin Holmqvist"),
                                     ("Justerare", "Linnea Forsgren                       Fredrik Lind")]):
        yy = y + i * 17
        pdf.set_xy(L + lab_w, yy)
        pdf.cell(24, 6, role)
        pdf.line(L + lab_w + 26, yy + 8, R - 30, yy + 8)
        if i == 0:
            pdf.set_xy(R - 28, yy + 3)
            pdf.cell(28, 5, "Paragrafer 141–173", align="R")
        pdf.set_xy(L + lab_w + 26, yy + 9)
        pdf.cell(100, 4, who)
    pdf.set_y(y + 56)
    # anslag box
    y = pdf.get_y()
    pdf.set_fill_color(235, 235, 235)
    pdf.rect(L, y, R - L, 50, style="DF")
    pdf.set_xy(L + 3, y + 2)
    pdf.font(SER, 10, "B")
    pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(L + 3)
    pdf.font(SER, 9)
    pdf.multi_cell(R - L - 6, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
                   new_x="LMARGIN", new_y="NEXT")
    for lab, val in [("Organ", "Kommunfullmäktige"), ("Sammanträdesdatum", "2023-11-27"),
                     ("Datum då anslaget sätts upp", "2023-12-04"),
                     ("Datum då anslaget tas ned", "2023-12-26"),
                     ("Förvaringsplats för protokollet", "Kommunkansliet, kommunhuset Hällvik"),
                     ("Underskrift", "........................................  Sofia Mårtensson")]:
        pdf.set_x(L + 3)
        pdf.cell(55, 5.5, lab)
        pdf.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    # ---- page 2: närvaro- och omröstningslista -------------------------------------
    pdf.add_page()
    pdf.font(SER, 11, "B")
    pdf.cell(0, 6, "Närvaro- och omröstningslista", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    pdf.font(SER, 8.5)
    cw = [58, 11, 10, 50, 13, 13, 13]
    heads = ["Ledamöter", "Parti", "Närv.", "Tjänstgörande ersättare", "§ 146 Ja", "Nej", "Avstår"]
    pdf.font(SER, 8.5, "B")
    for w, h in zip(cw, heads):
        pdf.cell(w, 5.5, h, border=1, align="C" if w < 20 else "L")
    pdf.ln()
    pdf.font(SER, 8.5)
    ja = nej = 0
    for nm, pa, prole, grole, present, sub, vote in members:
        label = nm + (", " + prole if prole else "")
        cells = [label, pa, "X" if present else "", f"{sub[0]} ({sub[1]})" if sub else "",
                 "X" if vote == "Ja" else "", "X" if vote == "Nej" else "", ""]
        ja += vote == "Ja"
        nej += vote == "Nej"
        for w, c in zip(cw, cells):
            pdf.cell(w, 4.9, c, border=1, align="C" if w < 20 else "L")
        pdf.ln()
    pdf.font(SER, 8.5, "B")
    for w, c in zip(cw, ["Summa", "", "28", "3", str(ja), str(nej), "0"]):
        pdf.cell(w, 5, c, border=1, align="C" if w < 20 else "L")
    pdf.ln()
    assert (ja, nej) == (18, 13)
    # ---- paragraphs -------------------------------------------------------------------
    pdf.add_page()
    ML = 24  # margin column
    BX = L + ML
    for it in items:
        pdf.need(30)
        pdf.set_left_margin(L)
        y = pdf.get_y() + 2
        pdf.set_xy(L, y)
        pdf.font(SER, 11, "B")
        pdf.cell(ML, 6, it["pn"])
        pdf.set_xy(BX, y)
        pdf.multi_cell(R - BX - 34, 6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        if it["dnr"]:
            pdf.font(SER, 9)
            pdf.set_xy(R - 32, y)
            pdf.cell(32, 6, it["dnr"], align="R")
        pdf.set_y(y2 + 1.5)
        pdf.set_left_margin(BX)
        for kind, label, content in it["blocks"]:
            if label:
                pdf.need(14)
                pdf.font(SER, 10, "B")
                pdf.set_x(BX)
                pdf.cell(0, 5.2, label, new_x="LMARGIN", new_y="NEXT")
            pdf.font(SER, 10)
            if kind in ("underlag", "list"):
                pdf.para("\n".join(content), lh=5, after=1.5)
            elif kind == "vote":
                pdf.font(SER, 9)
                for r in [content["head"]] + content["rows"]:
                    for j, c in enumerate(r):
                        pdf.cell(40 if j == 0 else 18, 5, c, border=1, align="L" if j == 0 else "C")
                    pdf.ln()
                pdf.ln(1.5)
                pdf.font(SER, 10)
                pdf.para(content["text"], lh=5)
            else:
                pdf.para(content, lh=5)
        pdf.set_left_margin(L)
        pdf.ln(2)
        hline(pdf, x0=BX, x1=R, lw=0.1)
        pdf.ln(1)
    # final signature
    pdf.need(30)
    pdf.ln(6)
    pdf.font(SER, 10)
    pdf.cell(0, 5, "Vid protokollet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Sofia Mårtensson, kommunsekreterare", new_x="LMARGIN", new_y="NEXT")

    meeting = {"start_time": "18:00", "end_time": "21:35",
               "location": "Kommunhuset, Fullmäktigesalen, Hällvik"}
    notes = ("Invented document (muniset9). Ciceron-like minutes of Kommunfullmäktige, Hällviks kommun, "
             "33 paragraphs §§ 141–173 over pages 3–end; page 1 is the label table (Plats och tid, "
             "Beslutande, Övriga närvarande, Utses att justera, Justeringens plats och tid, Underskrifter, "
             "ANSLAG/BEVIS), page 2 the närvaro- och omröstningslista (vote of § 146). The § number sits in "
             "a left margin column, the title in the right column, the Dnr (e.g. 'KS 2023/145') at the "
             "right edge of the title line; §§ 141–143 and 171–172 have no Dnr. Location: 'Kommunhuset, "
             "Fullmäktigesalen, Hällvik' (ajournering 19.40–19.55 ignored). Participants: the 28 ledamöter "
             "marked present, the three 'Tjänstgörande ersättare' of the list (for Maja Östling, "
             "Jan-Olof Berggren, Hanna Viklund, who are absent and therefore not listed), two ej "
             "tjänstgörande ersättare from page 1, and Övriga närvarande as övrig with the printed "
             "qualifier as organization; '1:e/2:e vice ordförande' -> vice ordförande; justerare "
             "Forsgren and Lind (ledamöter) get role justerare, secretary Sofia Mårtensson role "
             "sekreterare (one entry per person, GOLD.md). Decisions are the text under the label "
             "'Beslut' (att-clauses kept on separate lines, lead-in 'Kommunfullmäktige beslutar' "
             "included); Yrkanden, Propositionsordning, Omröstning, Reservation, Jäv and 'Beslutet "
             "skickas till' are not part of decision. Proposals are the text under 'Förslag till beslut'. "
             "Attachments are the lines under 'Beslutsunderlag'. Presenters: persons the § text says "
             "informerar/föredrar/redogör (§ 144 Löfdahl, §§ 145–146 Åberg, § 155 Sjödin); Patrik Eklöf "
             "answering an interpellation (§ 162) is not a presenter. § 143 has no decision.")
    g = make_gold(name + ".pdf", "protokoll", "Kommunfullmäktige", "2023-11-27", meeting, items, ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 2. Norrvalla kommun, Socialnämnden 2024-05-22 -- protokollsutdrag of one paragraph.
#    Word template, serif condensed 11 pt, header table with logo box, "§87" without space
#    on its own line and the title on the next line, "Dnr 2024/118", "Beslut" label followed
#    by att-clauses, jäv, Beslutet skickas till, utdragsbestyrkande.
# ======================================================================================

@register
def doc_norrvalla():
    name = "norrvalla-socialnamnden-2024-05-22-protokollsutdrag"
    F = "dvscond"
    ppl = [
        P("Anna-Karin Berg", "S", "ordförande", prole="ordförande"),
        P("Thomas Öberg", "M", "vice ordförande", prole="vice ordförande"),
        P("Erik Sandberg", "KD"),
        P("Lisa Hammar", "S"),
        P("Ola Persson", "C", just=True),
        P("Yvonne Strand", "SD"),
        P("Mattias Hjort", "V", "tjänstgörande ersättare", repl="Niklas Vall (V)"),
        P("Camilla Frid", None, "övrig", "socialchef"),
        P("Sara Lindblom", None, "övrig", "verksamhetschef äldreomsorg"),
        P("Jenny Holm", None, "övrig", "nämndsekreterare", sekr=True),
    ]
    att = ("att godkänna samverkansavtal med Region Nordmark om mobilt närvårdsteam för perioden "
           "2024-09-01 -- 2026-12-31,\n"
           "att finansiera kommunens andel, 1 240 tkr per år, inom socialnämndens budgetram,\n"
           "att uppdra åt socialchefen att återrapportera verksamhetens resultat till nämnden i "
           "december 2025.").replace(" -- ", "–")
    item = dict(n=87, pn="§87", title="Samverkansavtal med Region Nordmark om mobilt närvårdsteam",
                dnr="Dnr 2024/118", presenters=["Sara Lindblom"], blocks=[
        ("p", "Jäv", "Erik Sandberg (KD) anmäler jäv, då han är anställd inom Region Nordmarks "
         "primärvård, och deltar inte i handläggningen av ärendet."),
        ("p", "Ärendebeskrivning",
         "Region Nordmark och kommunerna i länet har sedan 2022 bedrivit ett försök med mobila "
         "närvårdsteam som ger läkar- och sjuksköterskeinsatser i hemmet för multisjuka äldre. "
         "Försöket har utvärderats med gott resultat: antalet akuta sjukhusinläggningar för "
         "målgruppen har minskat med 23 procent.\n"
         "Det nya samverkansavtalet reglerar ansvarsfördelning, bemanning och kostnadsfördelning. "
         "Teamets totala kostnad beräknas till 4 960 000 kronor per år, varav regionen bär 75 procent "
         "och kommunen 25 procent, det vill säga 1 240 000 kronor per år.\n"
         "Verksamhetschef Sara Lindblom föredrar ärendet."),
        ("underlag", "Beslutsunderlag", ["Tjänsteskrivelse 2024-05-06",
                                          "Samverkansavtal mobilt närvårdsteam, Region Nordmark och Norrvalla kommun",
                                          "Utvärdering av försöksverksamheten 2022–2023"]),
        ("proposal", "Förslag till beslut", "Socialnämnden beslutar\n" + att),
        ("decision", "Beslut", "Socialnämnden beslutar\n" + att),
        ("list", "Beslutet skickas till", ["Region Nordmark", "Kommunstyrelsen", "Ekonomienheten"]),
    ])

    def hdr(pdf):
        pdf.set_draw_color(0)
        pdf.set_line_width(0.3)
        pdf.rect(20, 12, 14, 14)
        pdf.set_font(F, "B", 6)
        pdf.set_xy(20, 17)
        pdf.cell(14, 4, "LOGO", align="C")
        pdf.set_xy(37, 12)
        pdf.set_font(F, "B", 13)
        pdf.cell(70, 6, "NORRVALLA KOMMUN")
        pdf.set_font(F, "B", 12)
        pdf.cell(0, 6, "PROTOKOLLSUTDRAG", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(37)
        pdf.set_font(F, "", 10)
        pdf.cell(70, 5, "Socialnämnden")
        pdf.cell(40, 5, "Sammanträdesdatum")
        pdf.cell(0, 5, "Sida", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(107)
        pdf.cell(40, 5, "2024-05-22")
        pdf.cell(0, 5, f"{pdf.page_no()} ({{nb}})")
        hline(pdf, 30, 20, 190, 0.6)
        pdf.set_y(36)

    def ftr(pdf):
        y = 297 - 20
        pdf.set_font(F, "", 8)
        pdf.set_line_width(0.2)
        pdf.rect(20, y, 55, 10)
        pdf.rect(135, y, 55, 10)
        pdf.set_xy(21, y + 0.5)
        pdf.cell(50, 3.5, "Justerandes signatur")
        pdf.set_xy(136, y + 0.5)
        pdf.cell(50, 3.5, "Utdragsbestyrkande")

    pdf = Doc(hdr, ftr, bottom=26)
    pdf.add_page()
    pdf.set_font(F, "", 11)
    rows = [
        ("Plats och tid", "Socialkontoret, sammanträdesrum Rönnen, kl. 13.00–16.20"),
        ("Beslutande", "\n".join(
            f"{p['name']} ({p['party']})" + (f", {p['prole']}" if p.get("prole") else "")
            + (f", tjänstgörande ersättare för {p['repl']}" if p.get("repl") else "")
            for p in ppl if p["party"])),
        ("Övriga närvarande", "\n".join(f"{p['name']}, {p['org']}" for p in ppl if not p["party"])),
        ("Justerare", "Ola Persson (C)"),
        ("Justeringens plats och tid", "Socialkontoret 2024-05-27"),
        ("Paragraf", "87"),
    ]
    for lab, val in rows:
        pdf.labrow(lab, val, 20, 47, 123, 5.4, (F, "B", 11), (F, "", 11), gap=2.2)
    hline(pdf, lw=0.2)
    pdf.ln(5)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 7, item["pn"], new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "B", 13)
    pdf.multi_cell(0, 6.5, item["title"], align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5, item["dnr"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for kind, label, content in item["blocks"]:
        pdf.need(16)
        pdf.set_font(F, "B", 11)
        pdf.cell(0, 6, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 11)
        if isinstance(content, list):
            pdf.para("\n".join("- " + c for c in content), lh=5.4)
        elif kind in ("proposal", "decision"):
            first, *rest = content.split("\n")
            pdf.para(first, lh=5.4, after=0.5)
            for r in rest:
                pdf.para(r, lh=5.4, indent=8, after=0.8)
            pdf.ln(1.5)
        else:
            pdf.para(content, lh=5.4, align="J", after=2)
    pdf.ln(4)
    pdf.need(40)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5, "Rätt utdraget betygar", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.line(20, pdf.get_y(), 80, pdf.get_y())
    pdf.ln(1)
    pdf.cell(0, 5, "Jenny Holm, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")

    meeting = {"start_time": "13:00", "end_time": "16:20",
               "location": "Socialkontoret, sammanträdesrum Rönnen"}
    notes = ("Invented document (muniset9). Protokollsutdrag of a single paragraph '§87' (printed without a "
             "space, title on the next line, 'Dnr 2024/118' below) from Socialnämnden, Norrvalla kommun. "
             "Participants from the header: Beslutande with party in parentheses, Mattias Hjort as "
             "'tjänstgörande ersättare för Niklas Vall (V)' (Vall absent, not listed); Erik Sandberg "
             "reports jäv in § 87 but is listed as beslutande and kept as ledamot; justerare Ola Persson "
             "-> role justerare; Jenny Holm (nämndsekreterare, signs the utdragsbestyrkande) -> "
             "sekreterare with organization 'nämndsekreterare'. Proposal and decision are printed "
             "identically (lead-in 'Socialnämnden beslutar' plus three att-clauses). The en dash in the "
             "first att-clause is printed as such. Presenter: Sara Lindblom ('föredrar ärendet').")
    g = make_gold(name + ".pdf", "protokoll", "Socialnämnden", "2024-05-22", meeting, [item], ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 3. Bräntorps kommun, Kommunstyrelsen 2024-02-06 -- Netpublicator-like, DejaVu Sans
#    Condensed 9.5 pt, running header with body and date on every page, närvarolista as a
#    grid with full party names, "KS § 16 Title" on one line and "KS 2023/412" below,
#    omröstning with a name-by-name vote table.
# ======================================================================================

PARTY_FULL = {"S": "Socialdemokraterna", "M": "Moderaterna", "SD": "Sverigedemokraterna",
              "C": "Centerpartiet", "V": "Vänsterpartiet", "KD": "Kristdemokraterna",
              "L": "Liberalerna", "MP": "Miljöpartiet"}


@register
def doc_brantorp():
    name = "brantorp-kommunstyrelsen-2024-02-06-protokoll"
    F = "dvcond"
    ppl = [
        P("Marie Gustavsson", "M", "ordförande", prole="Ordförande"),
        P("Lennart Boström", "S", "vice ordförande", prole="1:e vice ordförande", just=True),
        P("Eva Lindh", "KD", "vice ordförande", prole="2:e vice ordförande"),
        P("Peter Nordström", "M", prole="Ledamot"),
        P("Annika Sjölund", "SD", prole="Ledamot"),
        P("Roland Ekman", "SD", prole="Ledamot"),
        P("Kerstin Holmgren", "C", prole="Ledamot"),
        P("Hans Åström", "L", prole="Ledamot"),
        P("Birgitta Wiklund", "S", prole="Ledamot"),
        P("Ali Hamid", "S", prole="Ledamot"),
        P("Mona Edlund", "S", "tjänstgörande ersättare", prole="Tjänstgörande ersättare för Tove Sandberg (S)"),
        P("Gunilla Marklund", "V", prole="Ledamot"),
        P("Jonas Lundqvist", "C", "tjänstgörande ersättare", prole="Tjänstgörande ersättare för Mats Eklund (C)"),
        P("Sven Olsson", "M", "ej tjänstgörande ersättare", prole="Ersättare"),
        P("Linda Berg", "S", "ej tjänstgörande ersättare", prole="Ersättare"),
        P("Karl Hedström", None, "övrig", "kommundirektör"),
        P("Anneli Vik", None, "övrig", "ekonomichef, KS §§ 14–15"),
        P("Erik Lundberg", None, "övrig", "samhällsbyggnadschef, KS § 17"),
        P("Johanna Dahl", None, "övrig", "nämndsekreterare", sekr=True),
    ]
    voters = [p for p in ppl if p["role"] in ("ordförande", "vice ordförande", "ledamot",
                                                "tjänstgörande ersättare")]
    assert len(voters) == 13
    nej_names = {"Lennart Boström", "Birgitta Wiklund", "Ali Hamid", "Mona Edlund", "Gunilla Marklund"}
    items = []

    def add(n, title, dnr, blocks, presenters=()):
        items.append(dict(n=n, pn=f"KS § {n}", title=title, dnr=dnr, blocks=blocks,
                          presenters=list(presenters)))

    add(12, "Val av justerare", None, [
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att utse Lennart Boström (S) "
         "att jämte ordföranden justera protokollet."),
    ])
    add(13, "Godkännande av dagordning", None, [
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att godkänna dagordningen med "
         "tillägg av ärendet Yttrande över remiss om regional transportplan 2026–2037."),
    ])
    add(14, "Bokslutsprognos 2023", "KS 2024/008", [
        ("p", "Sammanfattning", "Ekonomichef Anneli Vik informerar om det preliminära bokslutet för "
         "2023. Kommunen redovisar ett preliminärt resultat om 11,7 mnkr, vilket är 3,2 mnkr lägre än "
         "budgeterat. Barn- och utbildningsnämnden redovisar ett underskott om 6 450 tkr."),
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att notera informationen."),
    ], presenters=["Anneli Vik"])
    omb = ("Kommunstyrelsen föreslår kommunfullmäktige besluta att ombudgetera 21,9 mnkr av ej "
           "förbrukade investeringsmedel från 2023 till 2024 enligt bilaga.")
    add(15, "Ombudgetering av investeringsmedel från 2023 till 2024", "KS 2024/011", [
        ("p", "Sammanfattning", "Ej förbrukade investeringsmedel 2023 uppgår till 27,4 mnkr. "
         "Förvaltningen föreslår att 21,9 mnkr ombudgeteras till 2024, huvudsakligen för "
         "ombyggnaden av Bräntorpsskolans kök och för gång- och cykelvägen längs Ljungvägen."),
        ("underlag", "Beslutsunderlag", ["Tjänsteskrivelse 2024-01-22", "Bilaga: Ombudgetering per projekt"]),
        ("proposal", "Förslag till beslut", omb),
        ("decision", "Kommunstyrelsens beslut", omb),
        ("list", "Beslutet skickas till", ["Kommunfullmäktige"]),
    ], presenters=[])
    avt = ("Kommunstyrelsen beslutar att godkänna avtal om gemensam lönehantering med Ormsjö kommun "
           "från och med den 1 maj 2024.")
    add(16, "Avtal om gemensam lönehantering med Ormsjö kommun", "KS 2023/412", [
        ("p", "Sammanfattning", "Bräntorps kommun föreslås köpa lönehantering av Ormsjö kommun från och "
         "med den 1 maj 2024. Avtalet innebär en årlig kostnad om 3 450 tkr, vilket är 610 tkr lägre än "
         "nuvarande kostnad. Tre medarbetare erbjuds övergång till Ormsjö kommun."),
        ("underlag", "Beslutsunderlag", ["Tjänsteskrivelse 2024-01-15",
                                          "Avtal om gemensam lönehantering, förslag 2024-01-10",
                                          "Riskanalys, HR-avdelningen"]),
        ("proposal", "Förslag till beslut", avt),
        ("p", "Yrkanden", "Marie Gustavsson (M) yrkar bifall till förvaltningens förslag.\n"
         "Gunilla Marklund (V) yrkar avslag på förvaltningens förslag."),
        ("p", "Propositionsordning", "Ordföranden ställer förvaltningens förslag mot avslag och finner "
         "att kommunstyrelsen bifaller förvaltningens förslag. Omröstning begärs och verkställs. "
         "Ja-röst för bifall till förvaltningens förslag, nej-röst för avslag."),
        ("vote", "Omröstningsresultat", dict(
            rows=[(p["name"], p["party"], "Nej" if p["name"] in nej_names else "Ja") for p in voters],
            text="Med 8 ja-röster mot 5 nej-röster beslutar kommunstyrelsen enligt förvaltningens förslag.")),
        ("decision", "Kommunstyrelsens beslut", avt),
        ("p", "Reservation", "Gunilla Marklund (V) reserverar sig mot beslutet till förmån för eget "
         "yrkande. Socialdemokraternas ledamöter reserverar sig mot beslutet."),
        ("list", "Beslutet skickas till", ["Ormsjö kommun", "HR-avdelningen"]),
    ])
    mark = ("Kommunstyrelsen beslutar\n"
            "att godkänna markanvisningsavtal med Bostadsbolaget Ljung AB för kvarteret Lärkan,\n"
            "att markpriset ska vara 1 650 kronor per kvadratmeter ljus BTA.")
    add(17, "Markanvisning för bostäder i kvarteret Lärkan", "KS 2023/389", [
        ("p", "Jäv", "Hans Åström (L) anmäler jäv och deltar inte i handläggningen av ärendet."),
        ("p", "Sammanfattning", "Bostadsbolaget Ljung AB har ansökt om markanvisning för cirka 40 "
         "hyresrätter i kvarteret Lärkan. Samhällsbyggnadschef Erik Lundberg föredrar ärendet."),
        ("proposal", "Förslag till beslut", mark),
        ("decision", "Kommunstyrelsens beslut", mark),
        ("list", "Beslutet skickas till", ["Bostadsbolaget Ljung AB", "Samhällsbyggnadsförvaltningen"]),
    ], presenters=["Erik Lundberg"])
    fer = "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen anses besvarad."
    add(18, "Motion om fler feriejobb för ungdomar", "KS 2023/201", [
        ("p", "Sammanfattning", "Ali Hamid (S) föreslår i en motion att antalet feriejobb utökas från "
         "120 till 200 platser. Kostnaden beräknas till 1,1 mnkr. Förvaltningen konstaterar att 150 "
         "platser ryms inom befintlig budget 2024."),
        ("proposal", "Förslag till beslut", fer),
        ("p", "Yrkanden", "Ali Hamid (S) yrkar bifall till motionen."),
        ("p", "Propositionsordning", "Ordföranden ställer proposition på förvaltningens förslag mot Ali "
         "Hamids (S) yrkande och finner att kommunstyrelsen beslutar enligt förvaltningens förslag."),
        ("decision", "Kommunstyrelsens beslut", fer),
        ("p", "Reservation", "Ali Hamid (S), Lennart Boström (S), Birgitta Wiklund (S) och Mona Edlund "
         "(S) reserverar sig mot beslutet till förmån för Ali Hamids yrkande."),
    ])
    add(19, "Riktlinjer för representation och gåvor", "KS 2023/377", [
        ("p", "Sammanfattning", "Riktlinjerna har uppdaterats. Gränsen för gåvor till anställda höjs "
         "till 500 kronor och alkohol får inte bekostas vid intern representation."),
        ("proposal", "Förslag till beslut", "Kommunstyrelsen beslutar att anta riktlinjer för "
         "representation och gåvor att gälla från och med 2024-03-01."),
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar enligt förslaget."),
    ])
    add(20, "Bidrag till Bräntorps hembygdsförening för renovering av Kvarnstugan", "KS 2024/019", [
        ("p", "Sammanfattning", "Föreningen ansöker om 185 000 kronor för att byta tak och fönster på "
         "Kvarnstugan. Förvaltningen föreslår ett bidrag om 150 000 kronor."),
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att bevilja Bräntorps "
         "hembygdsförening ett bidrag om 150 000 kronor ur kommunstyrelsens förfogandeanslag 2024."),
        ("list", "Beslutet skickas till", ["Bräntorps hembygdsförening", "Ekonomiavdelningen"]),
    ])
    add(21, "Yttrande över remiss om regional transportplan 2026–2037", "KS 2024/003", [
        ("p", "Sammanfattning", "Region Nordmark har remitterat förslag till regional transportplan. "
         "Förvaltningen föreslår att kommunen särskilt lyfter behovet av mötesspår på Ljungbanan."),
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att anta förvaltningens förslag "
         "till yttrande som sitt eget och överlämna det till Region Nordmark."),
        ("list", "Beslutet skickas till", ["Region Nordmark"]),
    ])
    add(22, "Redovisning av delegationsbeslut", "KS 2024/001", [
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att lägga redovisningen av "
         "delegationsbeslut till handlingarna."),
    ])
    add(23, "Meddelanden", "KS 2024/002", [
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att lägga meddelandena till "
         "handlingarna."),
    ])
    add(24, "Kommundirektörens information", None, [
        ("p", "Sammanfattning", "Kommundirektör Karl Hedström informerar om rekryteringen av ny "
         "socialchef och om arbetet med ny översiktsplan."),
        ("decision", "Kommunstyrelsens beslut", "Kommunstyrelsen beslutar att notera informationen."),
    ], presenters=["Karl Hedström"])

    def hdr(pdf):
        pdf.set_fill_color(33, 74, 120)
        pdf.rect(0, 0, 210, 4, style="F")
        pdf.set_xy(18, 8)
        pdf.set_font(F, "B", 10)
        pdf.set_text_color(33, 74, 120)
        pdf.cell(60, 5, "Bräntorps kommun")
        pdf.set_text_color(0)
        pdf.set_font(F, "", 9)
        pdf.cell(60, 5, "PROTOKOLL", align="C")
        pdf.cell(56, 5, f"Sida {pdf.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(18)
        pdf.cell(60, 4.5, "Kommunstyrelsen")
        pdf.cell(60, 4.5, "")
        pdf.cell(56, 4.5, "Sammanträdesdatum 2024-02-06", align="R")
        pdf.set_draw_color(33, 74, 120)
        hline(pdf, 19, 18, 194, 0.3)
        pdf.set_draw_color(0)
        pdf.set_y(25)

    def ftr(pdf):
        pdf.set_font(F, "", 7.5)
        y = 297 - 14
        hline(pdf, y - 1, 18, 194, 0.1)
        for x, t in [(18, "Ordförandes sign"), (78, "Justerandes sign"), (138, "Utdragsbestyrkande")]:
            pdf.set_xy(x, y)
            pdf.cell(55, 4, t)
            pdf.line(x, y + 9, x + 48, y + 9)

    pdf = Doc(hdr, ftr, bottom=22)
    pdf.set_margins(18, 25, 16)
    pdf.add_page()
    pdf.set_font(F, "B", 20)
    pdf.cell(0, 10, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 12)
    pdf.cell(0, 6, "Sammanträdesprotokoll 2024-02-06", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(F, "", 9.5)
    pdf.labrow("Tid och plats", "Tisdagen den 6 februari 2024 kl. 08.30–15.10, Sammanträdesrummet "
               "Bräntan, Kommunhuset", 18, 38, 138, 4.8, (F, "B", 9.5), (F, "", 9.5))
    pdf.ln(1)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "Närvarolista", new_x="LMARGIN", new_y="NEXT")
    cw = [52, 44, 80]
    pdf.set_fill_color(220, 228, 238)
    pdf.set_font(F, "B", 9)
    for w, h in zip(cw, ["Namn", "Parti", "Funktion"]):
        pdf.cell(w, 5.5, h, border="B", fill=True)
    pdf.ln()
    pdf.set_font(F, "", 9)
    for i, p in enumerate([p for p in ppl if p["party"]]):
        fill = i % 2 == 1
        pdf.set_fill_color(244, 246, 249)
        for w, c in zip(cw, [p["name"], PARTY_FULL[p["party"]], p["prole"]]):
            pdf.cell(w, 5, c, fill=fill)
        pdf.ln()
    pdf.ln(3)
    pdf.set_font(F, "", 9.5)
    pdf.labrow("Övriga närvarande", "\n".join(f"{p['name']}, {p['org']}" for p in ppl if not p["party"]),
               18, 38, 138, 4.8, (F, "B", 9.5), (F, "", 9.5))
    pdf.labrow("Justerare", "Lennart Boström", 18, 38, 138, 4.8, (F, "B", 9.5), (F, "", 9.5))
    pdf.labrow("Justeringens tid och plats", "Kommunkansliet 2024-02-09", 18, 38, 138, 4.8,
               (F, "B", 9.5), (F, "", 9.5))
    pdf.labrow("Paragrafer", "KS §§ 12–24", 18, 38, 138, 4.8, (F, "B", 9.5), (F, "", 9.5))
    pdf.ln(2)
    for role, who in [("Sekreterare", "Johanna Dahl"), ("Ordförande", "Marie Gustavsson"),
                      ("Justerare", "Lennart Boström")]:
        pdf.set_font(F, "B", 9.5)
        pdf.cell(38, 10, role)
        y = pdf.get_y()
        pdf.line(56, y + 8, 130, y + 8)
        pdf.set_xy(56, y + 8.5)
        pdf.set_font(F, "", 9)
        pdf.cell(0, 4.5, who, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
    pdf.add_page()
    for it in items:
        pdf.need(28)
        pdf.ln(2)
        pdf.set_font(F, "B", 12)
        pdf.set_text_color(33, 74, 120)
        pdf.multi_cell(0, 6.2, f"{it['pn']} {it['title']}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0)
        if it["dnr"]:
            pdf.set_font(F, "", 8.5)
            pdf.cell(0, 4.5, it["dnr"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        for kind, label, content in it["blocks"]:
            pdf.need(12)
            pdf.set_font(F, "B", 9.5)
            pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 9.5)
            if kind in ("underlag", "list"):
                pdf.para("\n".join("- " + c for c in content), lh=4.6)
            elif kind == "vote":
                pdf.set_font(F, "B", 8.5)
                cws = [50, 14, 14, 14]
                for w, h in zip(cws, ["Ledamot", "Ja", "Nej", "Avstår"]):
                    pdf.cell(w, 4.6, h, border=1, align="L" if w == 50 else "C")
                pdf.ln()
                pdf.set_font(F, "", 8.5)
                for nm, pa, v in content["rows"]:
                    for w, c in zip(cws, [f"{nm} ({pa})", "X" if v == "Ja" else "",
                                          "X" if v == "Nej" else "", ""]):
                        pdf.cell(w, 4.4, c, border=1, align="L" if w == 50 else "C")
                    pdf.ln()
                pdf.set_font(F, "B", 8.5)
                for w, c in zip(cws, ["Summa", "8", "5", "0"]):
                    pdf.cell(w, 4.6, c, border=1, align="L" if w == 50 else "C")
                pdf.ln(6)
                pdf.set_font(F, "", 9.5)
                pdf.para(content["text"], lh=4.6)
            else:
                pdf.para(content, lh=4.6)
        pdf.ln(1)
        pdf.set_draw_color(180)
        hline(pdf, lw=0.2)
        pdf.set_draw_color(0)
    assert sum(1 for _, _, v in items[4]["blocks"][5][2]["rows"] if v == "Ja") == 8

    meeting = {"start_time": "08:30", "end_time": "15:10",
               "location": "Sammanträdesrummet Bräntan, Kommunhuset"}
    notes = ("Invented document (muniset9). Minutes of Kommunstyrelsen, Bräntorps kommun, KS §§ 12–24 "
             "(printed 'KS § 16 Avtal om ...' on one line, Dnr 'KS 2023/412' on the line below; §§ 12, 13 "
             "and 24 have no Dnr). Running header 'Bräntorps kommun / PROTOKOLL / Kommunstyrelsen / "
             "Sammanträdesdatum 2024-02-06 / Sida N av M' on every page. Närvarolista prints full party "
             "names ('Socialdemokraterna'); gold gives the usual abbreviations (S, M, SD, C, V, KD, L). "
             "'1:e/2:e vice ordförande' -> vice ordförande; the two 'Tjänstgörande ersättare för ...' are "
             "tjänstgörande ersättare (the absent Tove Sandberg and Mats Eklund are not participants); "
             "'Ersättare' rows -> ej tjänstgörande ersättare. Justerare Lennart Boström keeps his higher "
             "role vice ordförande (one entry per person). Johanna Dahl (nämndsekreterare, signs as "
             "Sekreterare) -> sekreterare. Location without the weekday/date/time: 'Sammanträdesrummet "
             "Bräntan, Kommunhuset'. Decisions: text under 'Kommunstyrelsens beslut'; in KS §§ 15 and 18 "
             "the decision is a proposal to fullmäktige ('Kommunstyrelsen föreslår kommunfullmäktige "
             "besluta ...') and is kept as printed. Omröstningsresultat table (KS § 16) is not part of "
             "the decision. KS § 19's decision is printed only as 'Kommunstyrelsen beslutar enligt förslaget.' and is kept so (the proposal holds the content). Hans Åström reports jäv in KS § 17 and stays a participant (ledamot). "
             "Presenters: Anneli Vik (KS § 14, 'informerar'), Erik Lundberg (KS § 17, 'föredrar'), Karl "
             "Hedström (KS § 24, 'informerar').")
    g = make_gold(name + ".pdf", "protokoll", "Kommunstyrelsen", "2024-02-06", meeting, items, ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 4. Sydmarkens räddningstjänstförbund (kommunalförbund), direktionen 1987-10-14 --
#    typewritten (Courier 11, line-by-line jitter, uneven ink), prose header "Protokoll fört
#    vid sammanträde med direktionen ...", parties in lower case ("s", "fp"), "§ 26" with an
#    UPPER-CASE underlined title, "Direktionen beslöt att ...", "Expedieras:". Scanned.
# ======================================================================================

@register
def doc_sydmark():
    name = "sydmark-raddningstjanstforbund-direktionen-1987-10-14-protokoll"
    ppl = [
        P("Gösta Lindberg", "S", "ordförande", pparty="s", prole="ordförande"),
        P("Karl-Erik Andersson", "C", "vice ordförande", pparty="c", prole="vice ordförande"),
        P("Margit Johansson", "S", pparty="s"),
        P("Sven-Åke Nilsson", "M", pparty="m", just=True),
        P("Bertil Håkansson", "FP", pparty="fp"),
        P("Ingvar Persson", "S", "tjänstgörande ersättare", pparty="s",
          prole="tjänstgörande ersättare för Rune Olsson, s"),
        P("Elsa Pettersson", "C", "ej tjänstgörande ersättare", pparty="c"),
        P("Harry Svensson", None, "övrig", "brandchef"),
        P("Gun Ek", None, "övrig", "kamrer"),
        P("Nils Forsberg", None, "övrig", "förbundssekreterare", sekr=True),
    ]
    items = []

    def add(n, title, blocks, presenters=()):
        items.append(dict(n=n, pn=f"§ {n}", title=title, blocks=blocks, presenters=list(presenters)))

    add(24, "VAL AV JUSTERARE", [
        ("decision", None, "Direktionen beslöt att utse Sven-Åke Nilsson att jämte ordföranden "
         "justera dagens protokoll."),
    ])
    add(25, "FÖREGÅENDE PROTOKOLL", [
        ("decision", None, "Direktionen beslöt att godkänna protokollet från sammanträdet den "
         "2 september 1987."),
    ])
    add(26, "DELÅRSBOKSLUT PER DEN 31 AUGUSTI 1987", [
        ("p", None, "Kamrer Gun Ek redogjorde för delårsbokslutet. Förbundets kostnader uppgår till "
         "4 812 000 kr, vilket motsvarar 64 procent av årsbudgeten."),
        ("decision", None, "Direktionen beslöt att godkänna delårsbokslutet."),
        ("list", "Expedieras:", ["Kommunstyrelserna i Vallby och Östmark"]),
    ], presenters=["Gun Ek"])
    add(27, "BUDGET FÖR ÅR 1988", [
        ("p", None, "Förslag till budget för år 1988 har upprättats av brandchefen. Budgeten omsluter "
         "7 960 000 kr. Medlemskommunernas bidrag fördelas efter invånarantal, Vallby kommun 58 procent "
         "och Östmarks kommun 42 procent."),
        ("p", None, "Bertil Håkansson yrkade att anslaget för utbildning skulle minskas med 40 000 kr."),
        ("p", None, "Ordföranden ställde proposition på brandchefens förslag mot Bertil Håkanssons "
         "yrkande och fann brandchefens förslag antaget."),
        ("decision", None, "Direktionen beslöt att fastställa budgeten för år 1988 i enlighet med "
         "brandchefens förslag samt att hos medlemskommunerna begära bidrag om sammanlagt 7 960 000 kr."),
        ("p", None, "Bertil Håkansson reserverade sig mot beslutet."),
        ("list", "Expedieras:", ["Kommunstyrelserna i Vallby och Östmark", "Kamreraren"]),
    ])
    add(28, "ANSKAFFNING AV NY HÄVARE", [
        ("p", None, "Sven-Åke Nilsson anmälde jäv och deltog inte i handläggningen av ärendet."),
        ("p", None, "Brandchef Harry Svensson föredrog ärendet. Anbud har inkommit från tre "
         "leverantörer. Lägsta anbud, 1 375 000 kr, har lämnats av AB Vallby Brandteknik."),
        ("decision", None, "Direktionen beslöt att anta anbudet från AB Vallby Brandteknik om "
         "1 375 000 kr."),
        ("list", "Expedieras:", ["Brandchefen", "Kamreraren"]),
    ], presenters=["Harry Svensson"])
    add(29, "AVTAL OM ÖVNINGSFÄLT MED ÖSTMARKS KOMMUN", [
        ("p", None, "Förslag till avtal om nyttjande av övningsfältet vid Kvarnbacken har upprättats. "
         "Förbundet betalar en årlig avgift om 18 500 kr."),
        ("decision", None, "Direktionen beslöt att godkänna avtalet med Östmarks kommun om nyttjande av "
         "övningsfältet vid Kvarnbacken för tiden 1 januari 1988 - 31 december 1992."),
        ("list", "Expedieras:", ["Östmarks kommun"]),
    ])
    add(30, "ANSTÄLLNING AV DELTIDSBRANDMÄN I ÖSTMARK", [
        ("decision", None, "Direktionen beslöt att anställa Lars Åkesson och Per-Olof Berg som "
         "deltidsbrandmän vid Östmarks brandstation från och med den 1 november 1987."),
    ])
    add(31, "SKRIVELSE FRÅN LÄNSSTYRELSEN", [
        ("p", None, "Länsstyrelsens skrivelse den 21 september 1987 angående tillsyn enligt brandlagen "
         "delgavs direktionen."),
        ("decision", None, "Direktionen beslöt att lägga skrivelsen till handlingarna."),
    ])
    add(32, "SAMMANTRÄDESDAGAR 1988", [
        ("decision", None, "Direktionen beslöt att sammanträden under år 1988 skall hållas den "
         "10 februari, 20 april, 7 september och 16 november."),
    ])
    add(33, "SAMMANTRÄDETS AVSLUTANDE", [
        ("p", None, "Ordföranden tackade de närvarande och förklarade sammanträdet avslutat kl 16.45."),
    ])

    rnd = random.Random(1987)

    def hdr(pdf):
        if pdf.page_no() > 1:
            pdf.set_font("courier", "", 11)
            pdf.set_text_color(40)
            pdf.text(22, 18, "Sydmarkens räddningstjänstförbund")
            pdf.text(22, 23, "Direktionen 1987-10-14")
            pdf.text(170, 18, f"Sid {pdf.page_no()}")
            pdf.set_text_color(0)

    pdf = Doc(hdr, None, bottom=20)
    pdf.set_margins(22, 30, 20)
    pdf.set_auto_page_break(False)
    pdf.add_page()
    pdf.set_font("courier", "", 11)
    LH = 5.1
    state = {"y": 24.0}

    def newpage():
        pdf.add_page()
        state["y"] = 34.0

    def typed(text, x=22, w=166, gap_after=LH, underline=False, bold=False):
        pdf.set_font("courier", "B" if bold else "", 11)
        lines = pdf.multi_cell(w, LH, text, dry_run=True, output="LINES")
        for ln in lines:
            if state["y"] > 270:
                newpage()
            jx = rnd.uniform(-0.35, 0.35)
            jy = rnd.uniform(-0.25, 0.25)
            ink = rnd.randint(0, 55)
            pdf.set_text_color(ink, ink, ink)
            pdf.text(x + jx, state["y"] + jy, ln)
            if underline:
                pdf.set_draw_color(ink)
                pdf.set_line_width(0.25)
                pdf.line(x, state["y"] + 1.0, x + pdf.get_string_width(ln), state["y"] + 1.0)
            state["y"] += LH
        state["y"] += gap_after - LH
        pdf.set_text_color(0)

    typed("SYDMARKENS RÄDDNINGSTJÄNSTFÖRBUND", x=22, gap_after=LH, bold=True)
    typed("Direktionen", gap_after=2 * LH)
    typed("PROTOKOLL", x=22, bold=True, underline=True, gap_after=LH * 1.5)
    typed("Protokoll fört vid sammanträde med direktionen för Sydmarkens räddningstjänstförbund "
          "onsdagen den 14 oktober 1987 kl 14.00 på Brandstationen, Storgatan 18, Vallby.",
          gap_after=LH * 2)
    typed("Närvarande:", gap_after=LH)
    for p in ppl:
        if p["party"]:
            line = f"{p['name']}, {p['pparty']}" + (f", {p['prole']}" if p.get("prole") else "")
            if p["role"] == "ej tjänstgörande ersättare":
                continue
            typed(line, x=44, w=144, gap_after=LH)
    state["y"] += LH * 0.5
    typed("Ersättare:", gap_after=LH)
    typed("Elsa Pettersson, c (ej tjänstgörande)", x=44, w=144, gap_after=LH * 1.5)
    typed("Dessutom:", gap_after=LH)
    for p in ppl:
        if not p["party"]:
            typed(f"{p['org']} {p['name']}", x=44, w=144, gap_after=LH)
    state["y"] += LH
    typed("Justerare: Sven-Åke Nilsson", gap_after=LH * 2)
    for it in items:
        if state["y"] > 235:
            newpage()
        pdf.set_font("courier", "", 11)
        typed(it["pn"], x=22, w=20, gap_after=0)
        typed(it["title"], x=44, w=144, gap_after=LH * 1.5, underline=True)
        for kind, label, content in it["blocks"]:
            if kind == "list":
                typed(label + " " + ", ".join(content), x=44, w=144, gap_after=LH * 1.5)
            else:
                typed(content, x=44, w=144, gap_after=LH * 1.5)
        state["y"] += LH * 0.5
    if state["y"] > 225:
        newpage()
    state["y"] += LH
    typed("Vid protokollet", gap_after=LH * 3)
    typed("Nils Forsberg", gap_after=LH * 2)
    typed("Justeras", gap_after=LH * 3)
    typed("Gösta Lindberg                    Sven-Åke Nilsson", gap_after=LH)

    meeting = {"start_time": "14:00", "end_time": "16:45",
               "location": "Brandstationen, Storgatan 18, Vallby"}
    notes = ("Invented document (muniset9). Typewritten minutes (1987) of the direktion of Sydmarkens "
             "räddningstjänstförbund, a kommunalförbund; all pages are image-only scans (noise, specks, "
             "slight rotation); the text PDF before scanning is prescan/" + name + ".text.pdf. Prose "
             "header 'Protokoll fört vid sammanträde med direktionen ... onsdagen den 14 oktober 1987 kl "
             "14.00 på Brandstationen, Storgatan 18, Vallby'; end time from § 33 'förklarade sammanträdet "
             "avslutat kl 16.45'. Organ 'Direktionen' (the meeting body), association name in this note. "
             "Items §§ 24–33 with UPPER-CASE underlined titles, kept upper case as printed. Parties are "
             "typed in lower case ('s', 'c', 'm', 'fp'); gold gives them upper case (S, C, M, FP) - "
             "judgement call. Ingvar Persson is 'tjänstgörande ersättare för Rune Olsson, s' (Olsson "
             "absent, not listed); Elsa Pettersson (ej tjänstgörande) -> ej tjänstgörande ersättare; "
             "'Dessutom:' persons are övrig with their title as organization; justerare Sven-Åke Nilsson "
             "(§ 24) -> justerare; Nils Forsberg signs 'Vid protokollet' -> sekreterare. Decisions are "
             "the 'Direktionen beslöt att ...' sentences (no Beslut label); yrkande, proposition, "
             "reservation, jäv and 'Expedieras:' lines are not part of decision; no proposals are "
             "printed (proposal null). § 33 has no decision. Presenters: Gun Ek (§ 26 'redogjorde'), "
             "Harry Svensson (§ 28 'föredrog').")
    g = make_gold(name + ".pdf", "protokoll", "Direktionen", "1987-10-14", meeting, items, ppl, notes)
    return name, pdf, g, dict(seed=1987, heavy=True, yellow=True)


# ======================================================================================
# 5. Kallbäcks stad (Finland), Stadsstyrelsen 3.10.2023 -- Finland-Swedish vendor layout:
#    DejaVu Sans 9.5, cover with Närvarande table (ordförande, I/II vice ordförande, medlem),
#    ärendelista, "114 §" heading with title, Beredning, Bilaga, "Stadsdirektörens förslag:",
#    "Beslut: Förslaget godkändes.", omröstning, jäv, euro, Besvärsanvisning at the end.
# ======================================================================================

@register
def doc_kallback():
    name = "kallback-stadsstyrelsen-2023-10-03-protokoll"
    F = "dvsans"
    ppl = [
        P("Christer Lindqvist", None, "ordförande", prole="ordförande"),
        P("Maria Ahlskog", None, "vice ordförande", prole="I vice ordförande"),
        P("Kenneth Nyman", None, "vice ordförande", prole="II vice ordförande"),
        P("Anders Backlund", None, prole="medlem"),
        P("Helena Storbacka", None, prole="medlem", just=True),
        P("Peter Sjöholm", None, prole="medlem", just=True),
        P("Annika Rönnqvist", None, prole="medlem"),
        P("Jonas Häggblom", None, prole="medlem"),
        P("Mikael Granlund", None, "tjänstgörande ersättare", prole="ersättare för Sofia Enlund"),
        P("Rolf Söderberg", None, "övrig", "stadsfullmäktiges ordförande"),
        P("Jessica Finnholm", None, "övrig", "stadsfullmäktiges I vice ordförande"),
        P("Tom Westerlund", None, "övrig", "stadsdirektör, föredragande"),
        P("Mia Grankvist", None, "övrig", "ekonomidirektör, 114–115 §"),
        P("Sanna Björkqvist", None, "övrig", "förvaltningsdirektör, protokollförare", sekr=True),
    ]
    items = []

    def add(n, title, dnr, blocks, presenters=()):
        items.append(dict(n=n, pn=f"{n} §", title=title, dnr=dnr, blocks=blocks,
                          presenters=list(presenters)))

    G = "Förslaget godkändes."
    add(112, "Laglighet och beslutförhet", None, [
        ("proposal", "Stadsdirektörens förslag:", "Sammanträdet konstateras vara lagligen sammankallat och "
         "beslutfört."),
        ("decision", "Beslut:", "Sammanträdet konstaterades vara lagligen sammankallat och beslutfört."),
    ])
    add(113, "Val av protokolljusterare", None, [
        ("proposal", "Stadsdirektörens förslag:", "Till protokolljusterare väljs Helena Storbacka och "
         "Peter Sjöholm. Protokollet justeras 5.10.2023."),
        ("decision", "Beslut:", G),
    ])
    add(114, "Delårsrapport för perioden 1.1–31.8.2023", "KBS/345/02.02.00/2023", [
        ("p", "Beredning:", "ekonomidirektör Mia Grankvist"),
        ("p", None, "Stadens resultat för perioden visar ett överskott på 2,4 miljoner euro. Prognosen "
         "för hela året är ett underskott på 650 000 euro, vilket är 410 000 euro sämre än budget. "
         "Avvikelsen beror främst på högre energikostnader och lägre skatteintäkter.\n"
         "Ekonomidirektör Mia Grankvist presenterade delårsrapporten på mötet."),
        ("underlag", "Bilaga:", ["Bilaga 1 Delårsrapport 1.1–31.8.2023"]),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen godkänner delårsrapporten för perioden "
         "1.1–31.8.2023 och delger den stadsfullmäktige för kännedom."),
        ("decision", "Beslut:", G),
    ], presenters=["Mia Grankvist"])
    add(115, "Budgetramar för år 2024", "KBS/298/02.02.00/2023", [
        ("p", "Beredning:", "ekonomidirektör Mia Grankvist"),
        ("p", None, "Budgetramarna för 2024 bygger på en oförändrad inkomstskattesats och en "
         "nettoinvesteringsnivå om 6,8 miljoner euro. Bildningssektorns ram är 21 350 000 euro."),
        ("underlag", "Bilaga:", ["Bilaga 2 Budgetramar 2024 per sektor"]),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen fastställer budgetramarna för 2024 "
         "enligt bilaga 2 och uppmanar sektorerna att anpassa sina budgetförslag till ramarna senast "
         "20.10.2023."),
        ("p", "Behandling:", "Anders Backlund föreslog, understödd av Jonas Häggblom, att ramen för "
         "bildningssektorn höjs med 300 000 euro. Eftersom ett understött motförslag hade framställts "
         "förrättades omröstning. Ordföranden föreslog öppen omröstning där de som understöder "
         "stadsdirektörens förslag röstar ja och de som understöder Anders Backlunds förslag röstar nej. "
         "Omröstningsproceduren godkändes."),
        ("vote", "Omröstningsresultat:", dict(
            ja=["Lindqvist", "Ahlskog", "Nyman", "Storbacka", "Sjöholm", "Granlund"],
            nej=["Backlund", "Häggblom", "Rönnqvist"])),
        ("decision", "Beslut:", "Stadsstyrelsen beslöt med rösterna 6–3 att godkänna stadsdirektörens "
         "förslag."),
        ("p", "Avvikande mening:", "Anders Backlund, Jonas Häggblom och Annika Rönnqvist anmälde "
         "avvikande mening."),
    ])
    add(116, "Försäljning av tomt i Strandängens industriområde", "KBS/402/10.00.02/2023", [
        ("p", "Jäv:", "Medlem Anders Backlund anmälde jäv (förvaltningslagen 28 § 1 mom. 5 punkten) och "
         "avlägsnade sig från mötet under behandlingen av ärendet."),
        ("p", "Beredning:", "markanvändningschef Oskar Nylund"),
        ("p", None, "Backlunds Maskin Ab har anhållit om att få köpa tomt 7 i kvarter 12 i Strandängens "
         "industriområde. Tomten är 5 400 m² och priset enligt gällande tomtprislista 9 euro/m²."),
        ("underlag", "Bilaga:", ["Bilaga 3 Köpebrevsutkast"]),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen beslutar sälja tomt 7 i kvarter 12 i "
         "Strandängens industriområde till Backlunds Maskin Ab för 48 600 euro enligt bifogat "
         "köpebrevsutkast."),
        ("decision", "Beslut:", G),
    ])
    add(117, "Samarbetsavtal om gemensam miljöhälsovård med Sjöby kommun", "KBS/377/00.04.01/2023", [
        ("p", "Beredning:", "förvaltningsdirektör Sanna Björkqvist"),
        ("p", None, "Kallbäck och Sjöby har sedan 2019 en gemensam miljöhälsovårdsenhet med Kallbäck som "
         "värdkommun. Det nya samarbetsavtalet gäller från 1.1.2024 och Sjöbys andel av kostnaderna "
         "beräknas till 312 000 euro per år."),
        ("underlag", "Bilaga:", ["Bilaga 4 Samarbetsavtal om miljöhälsovård"]),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen föreslår för stadsfullmäktige att "
         "samarbetsavtalet om gemensam miljöhälsovård med Sjöby kommun godkänns att gälla från "
         "1.1.2024."),
        ("decision", "Beslut:", G),
    ])
    add(118, "Utlåtande om Kustlandets välfärdsområdes servicestrategi", "KBS/390/00.01.02/2023", [
        ("p", "Beredning:", "stadsdirektör Tom Westerlund"),
        ("p", None, "Kustlandets välfärdsområde har begärt utlåtande om förslaget till servicestrategi "
         "2024–2027. Enligt förslaget ska hälsostationerna i regionen koncentreras till fem orter."),
        ("underlag", "Bilaga:", ["Bilaga 5 Förslag till utlåtande"]),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen ger ett utlåtande enligt bilaga 5."),
        ("decision", "Beslut:", "Förslaget godkändes med tillägget att staden förutsätter att "
         "hälsostationen i Kallbäck bevaras."),
    ])
    add(119, "Anställning av bildningsdirektör", "KBS/301/01.01.01/2023", [
        ("p", "Beredning:", "stadsdirektör Tom Westerlund"),
        ("p", None, "Tjänsten som bildningsdirektör har varit lediganslagen 1.8–31.8.2023. Sju sökande "
         "anmälde sig. Fyra sökande intervjuades."),
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen anställer filosofie magister Linda "
         "Sandvik som bildningsdirektör från 1.1.2024. Prövotiden är sex månader."),
        ("decision", "Beslut:", G),
    ])
    add(120, "Delegeringsbeslut", None, [
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen antecknar delegeringsbesluten för "
         "kännedom och konstaterar att den inte tar något av ärendena till behandling."),
        ("decision", "Beslut:", G),
    ])
    add(121, "Anmälningsärenden", None, [
        ("proposal", "Stadsdirektörens förslag:", "Stadsstyrelsen antecknar anmälningsärendena för kännedom."),
        ("decision", "Beslut:", G),
    ])

    def hdr(pdf):
        pdf.set_font(F, "B", 10)
        pdf.set_xy(20, 10)
        pdf.cell(60, 5, "KALLBÄCKS STAD")
        pdf.set_font(F, "B", 10)
        pdf.cell(50, 5, "PROTOKOLL")
        pdf.set_font(F, "", 9)
        pdf.cell(30, 5, "Nr 14/2023")
        pdf.cell(0, 5, f"Sida {pdf.page_no()}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(20)
        pdf.cell(60, 4.5, "Stadsstyrelsen")
        pdf.cell(50, 4.5, "3.10.2023")
        hline(pdf, 21, 20, 190, 0.25)
        pdf.set_y(27)

    def ftr(pdf):
        pdf.set_font(F, "", 7)
        pdf.set_xy(20, 287)
        pdf.cell(85, 3.5, "Justerarnas signaturer")
        pdf.cell(85, 3.5, "Utdragets riktighet bestyrks", align="R")

    pdf = Doc(hdr, ftr, bottom=18)
    pdf.add_page()
    pdf.set_font(F, "B", 9.5)
    LBW = 38

    def lab(lbl, val, bold=False):
        pdf.labrow(lbl, val, 20, LBW, 132, 4.8, (F, "B", 9.5), (F, "B" if bold else "", 9.5), gap=2.5)

    lab("Organ", "Stadsstyrelsen", bold=True)
    lab("Tid", "3.10.2023 kl. 17.00–19.25")
    lab("Plats", "Stadshuset, styrelserummet")
    pdf.set_font(F, "B", 9.5)
    pdf.cell(LBW, 5, "Närvarande")
    pdf.set_font(F, "", 9.5)
    y0 = pdf.get_y()
    for p in ppl[:9]:
        pdf.set_x(20 + LBW)
        pdf.cell(60, 4.8, p["name"])
        pdf.cell(0, 4.8, p["prole"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2.5)
    lab("Övriga närvarande", "\n".join(f"{p['name']}, {p['org']}" for p in ppl[9:]))
    lab("Frånvarande", "Sofia Enlund, medlem")
    lab("Paragrafer", "112–121 §")
    pdf.ln(3)
    hline(pdf, lw=0.15)
    pdf.ln(3)
    lab("Underskrifter", "")
    for role, who in [("Ordförande", "Christer Lindqvist"), ("Protokollförare", "Sanna Björkqvist")]:
        y = pdf.get_y()
        pdf.set_font(F, "", 9)
        pdf.set_xy(20 + LBW, y)
        pdf.cell(40, 5, role)
        pdf.line(20 + LBW + 40, y + 5, 185, y + 5)
        pdf.set_xy(20 + LBW + 40, y + 5.5)
        pdf.cell(0, 4.5, who, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    lab("Protokolljusterare", "Helena Storbacka                                  Peter Sjöholm")
    lab("Protokollet justerat", "Kallbäck 5.10.2023")
    lab("Protokollet framlagt till påseende", "9.10.2023 på stadens webbplats")
    # ärendelista
    pdf.add_page()
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 7, "Ärendelista", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9.5)
    for k, it in enumerate(items):
        pdf.cell(16, 5.5, it["pn"])
        pdf.cell(140, 5.5, it["title"])
        pdf.cell(0, 5.5, str(3 + k), align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(16, 5.5, "")
    pdf.cell(140, 5.5, "Anvisning för begäran om omprövning och besvärsanvisning")
    pdf.cell(0, 5.5, str(3 + len(items)), align="R", new_x="LMARGIN", new_y="NEXT")
    IND = 45
    for it in items:
        pdf.add_page()
        pdf.set_font(F, "B", 10.5)
        y = pdf.get_y()
        pdf.cell(IND - 20, 6, it["pn"])
        pdf.set_xy(IND, y)
        pdf.multi_cell(0, 6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        if it["dnr"]:
            pdf.set_font(F, "", 8.5)
            pdf.set_x(IND)
            pdf.cell(0, 4.5, it["dnr"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for kind, label, content in it["blocks"]:
            pdf.need(12)
            pdf.set_left_margin(IND)
            if kind == "vote":
                pdf.set_font(F, "B", 9.5)
                pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(F, "", 9)
                for lbl, who in [("Ja", content["ja"]), ("Nej", content["nej"])]:
                    pdf.cell(16, 4.8, lbl, border=1)
                    pdf.cell(12, 4.8, str(len(who)), border=1, align="C")
                    pdf.cell(110, 4.8, ", ".join(who), border=1, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            elif kind == "p" and label == "Beredning:":
                pdf.set_font(F, "", 8.5)
                pdf.cell(0, 4.5, f"{label} {content}", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(1.5)
            elif kind == "underlag":
                pdf.set_font(F, "", 9.5)
                for c in content:
                    pdf.cell(20, 4.8, label)
                    pdf.cell(0, 4.8, c, new_x="LMARGIN", new_y="NEXT")
                pdf.ln(2)
            else:
                if label:
                    pdf.set_font(F, "B", 9.5)
                    pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
                pdf.set_font(F, "", 9.5)
                pdf.para(content, lh=4.8, align="J", after=2.5)
            pdf.set_left_margin(20)
    # besvärsanvisning
    pdf.add_page()
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "ANVISNING FÖR BEGÄRAN OM OMPRÖVNING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    pdf.para("Den som är missnöjd med beslutet kan framställa skriftlig begäran om omprövning. Beslutet "
             "får inte överklagas genom besvär hos domstol. Begäran om omprövning ska framställas inom "
             "14 dagar från delfåendet av beslutet.\n"
             "Paragrafer: 116 §, 119 §\n"
             "Myndighet: Kallbäcks stad, Stadsstyrelsen, PB 12, 66999 Kallbäck, "
             "registratur@kallback.invalid", lh=4.5, after=4)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "BESVÄRSANVISNING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 9)
    pdf.para("Förbud att söka ändring: Enligt 136 § i kommunallagen får omprövning inte begäras eller "
             "kommunalbesvär anföras över beslut som gäller beredning eller verkställighet.\n"
             "Paragrafer: 112 §, 113 §, 114 §, 115 §, 117 §, 118 §, 120 §, 121 §\n"
             "Besvärstiden är 30 dagar från delfåendet av beslutet. En medlem av kommunen anses ha fått "
             "del av beslutet sju dagar efter det att protokollet har lagts fram på stadens webbplats. "
             "Besvärsskriften ska tillställas förvaltningsdomstolen inom besvärstiden.", lh=4.5)

    meeting = {"start_time": "17:00", "end_time": "19:25", "location": "Stadshuset, styrelserummet"}
    notes = ("Invented document (muniset9). Finland-Swedish minutes of Stadsstyrelsen, Kallbäcks stad "
             "(Protokoll 14/2023), date printed '3.10.2023'. Items '112 §'–'121 §' (number before the "
             "sign), each on its own page; the ärendelista on page 2 repeats the titles and is not a "
             "second set of items; the closing 'Anvisning för begäran om omprövning' / "
             "'Besvärsanvisning' page is not an item. Participants: the Närvarande list ('ordförande', "
             "'I/II vice ordförande' -> vice ordförande, 'medlem' -> ledamot, 'ersättare för Sofia "
             "Enlund' -> tjänstgörande ersättare; Enlund is listed as Frånvarande and excluded); no "
             "parties are printed (party null). Övriga närvarande are övrig with their printed title as "
             "organization; Sanna Björkqvist (protokollförare) -> sekreterare; protokolljusterare "
             "Storbacka and Sjöholm -> justerare. Proposal = text under 'Stadsdirektörens förslag:'; "
             "decision = text under 'Beslut:' (mostly 'Förslaget godkändes.'; 118 § adds a tillägg; "
             "115 § 'Stadsstyrelsen beslöt med rösterna 6–3 ...'). 'Behandling:', the "
             "Omröstningsresultat table, 'Avvikande mening:' and 'Jäv:' are not part of decision. "
             "Attachments = the 'Bilaga:' lines. Presenter: Mia Grankvist (114 § 'presenterade'); "
             "'Beredning:' names are not presenters. Amounts are in euro.")
    g = make_gold(name + ".pdf", "protokoll", "Stadsstyrelsen", "2023-10-03", meeting, items, ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 6. Tornebo Energi AB (kommunalt bolag), styrelsen 2024-03-14 -- title line, prose
#    header, body set in TWO COLUMNS (Times 10, justified), "Punkt 4 Årsredovisning 2023",
#    inline "Beslut: ..." and plain "Styrelsen beslutade att ..." sentences.
# ======================================================================================

@register
def doc_tornebo():
    name = "tornebo-energi-styrelsen-2024-03-14-protokoll"
    ppl = [
        P("Lars Holm", "S", "ordförande"),
        P("Eva Bergqvist", "M", "vice ordförande"),
        P("Kent Ålund", "C", just=True),
        P("Sofia Hedin", "S"),
        P("Martin Krantz", "SD"),
        P("Rasmus Falk", "V", "ej tjänstgörande ersättare"),
        P("Tina Öhman", None, "övrig", "arbetstagarrepresentant (Kommunal)"),
        P("Jonas Berglund", None, "övrig", "VD"),
        P("Maria Ekström", None, "övrig", "ekonomichef", sekr=True),
        P("Henrik Sahlin", None, "övrig", "auktoriserad revisor, Revisionsbyrån Norrsken AB"),
    ]
    items = []

    def add(n, title, blocks, presenters=()):
        items.append(dict(n=n, pn=f"Punkt {n}", title=title, blocks=blocks, presenters=list(presenters)))

    add(1, "Mötets öppnande", [
        ("p", None, "Ordföranden Lars Holm öppnade mötet och hälsade de närvarande välkomna."),
    ])
    add(2, "Val av justerare", [
        ("decision", None, "Styrelsen beslutade att utse Kent Ålund att jämte ordföranden justera "
         "protokollet."),
    ])
    add(3, "Godkännande av dagordning", [
        ("decision", None, "Styrelsen beslutade att godkänna dagordningen."),
    ])
    add(4, "Årsredovisning 2023", [
        ("p", None, "VD Jonas Berglund presenterade årsredovisningen för 2023. Omsättningen uppgick till "
         "186,4 mnkr och resultatet efter finansiella poster till 12,9 mnkr. Revisor Henrik Sahlin "
         "redogjorde för revisionen och meddelade att revisionsberättelsen kommer att vara utan "
         "anmärkning."),
        ("underlag", "Underlag:", ["Årsredovisning 2023, utkast 2024-03-01"]),
        ("decision", "Beslut:", "Styrelsen beslutar att godkänna och underteckna årsredovisningen för "
         "2023 samt överlämna den till revisorn."),
    ], presenters=["Jonas Berglund", "Henrik Sahlin"])
    add(5, "Förslag till vinstdisposition", [
        ("p", None, "Till årsstämmans förfogande står 48 211 tkr."),
        ("proposal", "VD:s förslag:", "Styrelsen föreslår årsstämman att 5 000 tkr delas ut till "
         "aktieägaren Tornebo kommun och att resterande 43 211 tkr balanseras i ny räkning."),
        ("decision", "Beslut:", "Styrelsen beslutar att föreslå årsstämman att 5 000 tkr delas ut till "
         "aktieägaren Tornebo kommun och att resterande 43 211 tkr balanseras i ny räkning."),
    ])
    add(6, "Investering i fjärrvärmeledning till Norra Tornebo", [
        ("p", None, "Den nya ledningen ansluter cirka 220 villor och två skolor. Investeringen beräknas "
         "till 14,8 mnkr och återbetalningstiden till 17 år. Martin Krantz föreslog att ärendet skulle "
         "bordläggas till nästa möte. Styrelsen beslutade att avgöra ärendet vid dagens möte."),
        ("decision", "Beslut:", "Styrelsen beslutar att genomföra investeringen i fjärrvärmeledning till "
         "Norra Tornebo inom en ram om 14,8 mnkr."),
        ("p", None, "Martin Krantz (SD) reserverade sig mot beslutet."),
    ])
    add(7, "Avtal om inköp av el med Nordkraft Energi AB 2025-2027", [
        ("p", None, "Sofia Hedin anmälde jäv och deltog inte i behandlingen av ärendet. Upphandlingen har "
         "genomförts som förnyad konkurrensutsättning. Avtalets värde uppskattas till 32 mnkr för "
         "hela perioden."),
        ("decision", "Beslut:", "Styrelsen beslutar att godkänna avtal om inköp av el med Nordkraft "
         "Energi AB för perioden 2025-2027 och uppdrar åt VD att underteckna avtalet."),
    ])
    add(8, "Ägardirektiv 2024 från Tornebo kommun", [
        ("p", None, "Kommunfullmäktige i Tornebo kommun har den 26 februari 2024 fastställt nya "
         "ägardirektiv för bolaget. Direktivet innebär bland annat ett avkastningskrav om 4 procent på "
         "justerat eget kapital."),
        ("decision", "Beslut:", "Styrelsen beslutar att notera ägardirektiven och uppdra åt VD att till "
         "nästa möte redovisa hur direktiven ska uppfyllas."),
    ])
    add(9, "Internkontrollplan 2024", [
        ("p", None, "Ekonomichef Maria Ekström föredrog förslaget till internkontrollplan, som omfattar "
         "sju kontrollmoment, bland annat attestrutiner och leverantörsbyten."),
        ("decision", "Beslut:", "Styrelsen beslutar att fastställa internkontrollplan för 2024."),
    ], presenters=["Maria Ekström"])
    add(10, "VD-rapport", [
        ("p", None, "VD Jonas Berglund informerade om driftläget, personalsituationen och det pågående "
         "arbetet med solcellsparken i Gäddvik."),
        ("decision", "Beslut:", "Styrelsen beslutar att lägga rapporten till handlingarna."),
    ], presenters=["Jonas Berglund"])
    add(11, "Övriga frågor", [("p", None, "Inga övriga frågor anmäldes.")])
    add(12, "Mötets avslutande", [
        ("p", None, "Ordföranden tackade för visat intresse och avslutade mötet kl. 15.40."),
    ])

    def ftr(pdf):
        pdf.set_font("times", "I", 8)
        pdf.set_xy(18, 286)
        pdf.cell(0, 4, "Tornebo Energi AB  |  Styrelseprotokoll nr 2/2024", align="L")
        pdf.set_xy(18, 286)
        pdf.cell(174, 4, f"{pdf.page_no()}/{{nb}}", align="R")

    pdf = Doc(None, ftr, bottom=18)
    pdf.set_margins(18, 16, 18)
    pdf.add_page()
    pdf.set_font("times", "B", 22)
    pdf.cell(0, 10, "Styrelseprotokoll nr 2/2024", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("times", "", 12)
    pdf.cell(0, 6, "TORNEBO ENERGI AB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_line_width(0.8)
    pdf.line(18, pdf.get_y() + 1.5, 192, pdf.get_y() + 1.5)
    pdf.ln(5)
    pdf.set_font("times", "", 10.5)
    pdf.multi_cell(0, 5, "Protokoll fört vid styrelsemöte i Tornebo Energi AB, org.nr 556712-4409, "
                   "torsdagen den 14 mars 2024 kl. 13.00-15.40 i bolagets kontor, Verkstadsgatan 4, "
                   "Tornebo.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [
        ("Närvarande ledamöter", "; ".join(
            f"{p['name']} ({p['party']})" + (f", {p['role']}" if p["role"] != "ledamot" else "")
            for p in ppl[:5])),
        ("Närvarande suppleant", "Rasmus Falk (V)"),
        ("Arbetstagarrepresentant", "Tina Öhman, arbetstagarrepresentant (Kommunal)"),
        ("Övriga närvarande", "Jonas Berglund, VD; Maria Ekström, ekonomichef, sekreterare; Henrik "
         "Sahlin, auktoriserad revisor, Revisionsbyrån Norrsken AB, punkt 4"),
    ]
    for lab, val in rows:
        pdf.labrow(lab, val, 18, 44, 130, 4.8, ("times", "B", 10), ("times", "", 10), gap=1.2)
    pdf.ln(2)
    pdf.set_line_width(0.2)
    hline(pdf)
    pdf.ln(3)
    with pdf.text_columns(ncols=2, gutter=7, text_align="J", line_height=1.2) as cols:
        for it in items:
            pdf.set_font("times", "B", 11)
            cols.write(f"{it['pn']} {it['title']}\n")
            for kind, label, content in it["blocks"]:
                if kind == "underlag":
                    pdf.set_font("times", "I", 10)
                    cols.write(label + " " + "; ".join(content) + "\n")
                    continue
                if label:
                    pdf.set_font("times", "B", 10.5)
                    cols.write(label + " ")
                pdf.set_font("times", "", 10.5)
                cols.write(content + "\n")
            pdf.set_font("times", "", 7)
            cols.write("\n")
        pdf.set_font("times", "", 10)
        cols.write("\nVid protokollet\n\n\nMaria Ekström\n\nJusteras\n\n\nLars Holm, ordförande\n\n\n"
                   "Kent Ålund\n")

    meeting = {"start_time": "13:00", "end_time": "15:40",
               "location": "bolagets kontor, Verkstadsgatan 4, Tornebo"}
    notes = ("Invented document (muniset9). Board minutes ('Styrelseprotokoll nr 2/2024') of Tornebo "
             "Energi AB, a company owned by Tornebo kommun; organ 'Styrelsen' (company name here). The "
             "body is set in two columns (justified Times); reading order is left column then right "
             "column. Items 'Punkt 1'–'Punkt 12', number and title on one bold line. Location as "
             "printed in the prose header ('i bolagets kontor, Verkstadsgatan 4, Tornebo'), time "
             "'kl. 13.00-15.40'. Participants: ledamöter with party in parentheses; 'Närvarande "
             "suppleant' Rasmus Falk -> ej tjänstgörande ersättare (present, no ordinary member absent); "
             "Tina Öhman is printed 'arbetstagarrepresentant (Kommunal)' - Kommunal is her union, not a "
             "party (party null, övrig); Maria Ekström 'ekonomichef, sekreterare' -> sekreterare with "
             "organization 'ekonomichef'; justerare Kent Ålund (punkt 2) -> justerare. Decisions: the "
             "text after the inline label 'Beslut:' or, in punkt 2-3, the sentence 'Styrelsen beslutade "
             "att ...'; punkt 6's procedural 'Styrelsen beslutade att avgöra ärendet vid dagens möte' "
             "is not taken as the decision (the Beslut: line is). Proposal only in punkt 5 ('VD:s "
             "förslag:'). Attachment only punkt 4 ('Underlag:'). Punkter 1, 11, 12 record no decision. "
             "Presenters: Berglund and Sahlin (punkt 4 'presenterade', 'redogjorde'), Ekström (punkt 9 "
             "'föredrog'), Berglund (punkt 10 'informerade').")
    g = make_gold(name + ".pdf", "protokoll", "Styrelsen", "2024-03-14", meeting, items, ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 7. Region Nordmark, Regionfullmäktige 2024-04-23 -- kallelse with föredragningslista:
#    Helvetica 10, running header (body, document type, date) and "Sida N av M" footer,
#    "Ärende 7" on its own line with the title on the next line, "Diarienummer RS 2024/0087",
#    "Förslag till beslut" per item, sub-items "12.1" under "Ärende 12", times "(ca kl. 10.15)".
# ======================================================================================

@register
def doc_nordmark():
    name = "nordmark-regionfullmaktige-2024-04-23-kallelse"
    items = []

    def add(n, title, blocks=(), pn=None, dnr=None, time=None, presenters=(), level=0):
        items.append(dict(n=n, pn=pn or f"Ärende {n}", title=title, dnr=dnr, time=time,
                          blocks=list(blocks), presenters=list(presenters), level=level))

    RS = "Regionstyrelsen föreslår regionfullmäktige besluta"
    add(1, "Sammanträdets öppnande", time="09:30")
    add(2, "Upprop")
    add(3, "Val av justerare", [
        ("proposal", "Förslag till beslut", "Regionfullmäktige utser två ledamöter att jämte ordföranden "
         "justera protokollet samt två ersättare för dessa. Justering sker den 30 april 2024."),
    ])
    add(4, "Godkännande av föredragningslista", [
        ("proposal", "Förslag till beslut", "Föredragningslistan godkänns."),
    ])
    add(5, "Allmänhetens frågestund", [
        ("p", None, "Frågor ska ha anmälts till regionkansliet senast den 16 april 2024."),
    ], time="09:45")
    add(6, "Information från regionstyrelsens ordförande", [
        ("p", None, "Regionstyrelsens ordförande Jörgen Lidholm (S) informerar om det ekonomiska läget "
         "och om förhandlingarna om nationell högspecialiserad vård."),
    ], presenters=["Jörgen Lidholm"])
    add(7, "Årsredovisning 2023 för Region Nordmark", [
        ("p", "Sammanfattning", "Region Nordmark redovisar för 2023 ett resultat om 214,7 mnkr. "
         "Balanskravsresultatet uppgår till 96,3 mnkr. Nettokostnaderna ökade med 6,8 procent. "
         "Regiondirektör Annelie Roos föredrar ärendet."),
        ("underlag", "Beslutsunderlag", ["Regionstyrelsens protokoll 2024-03-26, § 61",
                                          "Årsredovisning 2023 Region Nordmark"]),
        ("proposal", "Förslag till beslut", RS + "\n1. Årsredovisning 2023 för Region Nordmark godkänns.\n"
         "2. Årets resultat om 214,7 mnkr balanseras i eget kapital."),
    ], dnr="RS 2024/0087", time="10:15", presenters=["Annelie Roos"])
    add(8, "Ansvarsfrihet för år 2023", [
        ("p", "Sammanfattning", "Revisorerna tillstyrker att ansvarsfrihet beviljas för regionstyrelsen, "
         "nämnderna och fullmäktigeberedningarna samt de enskilda ledamöterna i dessa organ. Ledamot som "
         "omfattas av ansvarsprövningen deltar inte i beslutet om ansvarsfrihet för det egna organet."),
        ("underlag", "Beslutsunderlag", ["Revisionsberättelse för år 2023"]),
        ("proposal", "Förslag till beslut", "Regionfullmäktige beviljar regionstyrelsen, nämnderna och "
         "fullmäktigeberedningarna samt de enskilda ledamöterna i dessa organ ansvarsfrihet för år 2023."),
    ], dnr="RF 2024/0031")
    add(9, "Samverkansavtal om ambulanssjukvård med Region Fjällmark", [
        ("p", "Sammanfattning", "Avtalet innebär att ambulanser från respektive region kan larmas över "
         "regiongränsen. Region Nordmarks nettokostnad beräknas till 6,4 mnkr per år."),
        ("underlag", "Beslutsunderlag", ["Regionstyrelsens protokoll 2024-03-26, § 64",
                                          "Samverkansavtal om ambulanssjukvård, Region Nordmark och Region Fjällmark"]),
        ("proposal", "Förslag till beslut", RS + "\n1. Samverkansavtal om ambulanssjukvård med Region "
         "Fjällmark godkänns.\n2. Avtalet gäller från och med den 1 juli 2024 till och med den 30 juni "
         "2028.\n3. Kostnaden om 6,4 mnkr per år finansieras inom hälso- och sjukvårdsnämndens ram."),
    ], dnr="RS 2023/0518")
    add(10, "Investering i ny akutmottagning vid Ljungsunds sjukhus", [
        ("p", "Sammanfattning", "Den nuvarande akutmottagningen är byggd för 28 000 besök per år men tar "
         "emot 41 000. En ny akutmottagning föreslås byggas i anslutning till röntgenkliniken. Den "
         "totala investeringsutgiften beräknas till 412 mnkr."),
        ("proposal", "Förslag till beslut", RS + "\n1. Investeringsutgift om 412 mnkr för ny akutmottagning "
         "vid Ljungsunds sjukhus godkänns.\n2. Regionstyrelsen får i uppdrag att genomföra upphandling av "
         "totalentreprenad."),
    ], dnr="RS 2023/0412", time="13:00")
    add(11, "Revidering av regionfullmäktiges arbetsordning", [
        ("proposal", "Förslag till beslut", "Regionfullmäktige antar reviderad arbetsordning för "
         "regionfullmäktige att gälla från och med den 1 maj 2024."),
    ], dnr="RS 2024/0102")
    add(12, "Svar på motioner")
    add(12, "Motion om fler vårdplatser inom psykiatrisk slutenvård", [
        ("proposal", "Förslag till beslut", "Motionen avslås."),
    ], pn="12.1", dnr="RS 2023/0298", level=1)
    add(12, "Motion om avgiftsfri kollektivtrafik för gymnasieelever under sommaren", [
        ("proposal", "Förslag till beslut", "Motionen anses besvarad."),
    ], pn="12.2", dnr="RS 2023/0331", level=1)
    add(12, "Motion om tolktjänst på teckenspråk i primärvården", [
        ("proposal", "Förslag till beslut", "Motionen bifalls."),
    ], pn="12.3", dnr="RS 2023/0356", level=1)
    add(13, "Val")
    add(13, "Fyllnadsval av ledamot i patientnämnden efter Lisa Åkerlund (MP)", [
        ("proposal", "Förslag till beslut", "Valberedningens förslag redovisas vid sammanträdet."),
    ], pn="13.1", dnr="RF 2024/0040", level=1)
    add(13, "Fyllnadsval av ersättare i regionstyrelsen efter Omar Said (S)", [
        ("proposal", "Förslag till beslut", "Valberedningens förslag redovisas vid sammanträdet."),
    ], pn="13.2", dnr="RF 2024/0041", level=1)
    add(14, "Anmälan av nya motioner")
    add(15, "Interpellationer och frågor", time="14:30")
    add(16, "Sammanträdets avslutande")

    def hdr(pdf):
        pdf.set_font("helvetica", "", 8.5)
        pdf.set_text_color(70)
        pdf.set_xy(20, 9)
        pdf.cell(57, 4, "Regionfullmäktige")
        pdf.cell(57, 4, "Kallelse med föredragningslista", align="C")
        pdf.cell(56, 4, "2024-04-23", align="R")
        pdf.set_draw_color(160)
        hline(pdf, 14, 20, 190, 0.2)
        pdf.set_draw_color(0)
        pdf.set_text_color(0)
        pdf.set_y(22)

    def ftr(pdf):
        pdf.set_font("helvetica", "", 8)
        pdf.set_xy(20, 285)
        pdf.cell(85, 4, "REGION NORDMARK")
        pdf.cell(85, 4, f"Sida {pdf.page_no()} av {{nb}}", align="R")

    pdf = Doc(hdr, ftr, bottom=20)
    pdf.add_page()
    pdf.set_font("helvetica", "B", 24)
    pdf.cell(0, 12, "KALLELSE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("helvetica", "", 11)
    pdf.multi_cell(0, 5.5, "Regionfullmäktige kallas till sammanträde.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in [("Tid", "Tisdagen den 23 april 2024 kl. 09.30"),
                     ("Plats", "Regionhuset, plenisalen, Ljungsund"),
                     ("Lunch", "kl. 12.00-13.00")]:
        pdf.labrow(lab, val, 20, 25, 145, 5.5, ("helvetica", "B", 10.5), ("helvetica", "", 10.5), gap=0.5)
    pdf.ln(3)
    pdf.set_font("helvetica", "", 10)
    pdf.multi_cell(0, 5, "Sammanträdet är öppet för allmänheten och direktsänds på regionens webbplats. "
                   "Ledamot som är förhindrad att delta ska snarast anmäla detta till regionkansliet, "
                   "som kallar ersättare.", align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(80, 5, "Ingela Westman (M)")
    pdf.cell(0, 5, "Peter Nyqvist", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Ordförande")
    pdf.cell(0, 5, "Regionsekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("helvetica", "B", 14)
    pdf.cell(0, 8, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    hline(pdf, lw=0.5)
    pdf.ln(3)
    for it in items:
        pdf.need(26)
        ind = 12 if it["level"] else 0
        pdf.set_x(20 + ind)
        pdf.set_font("helvetica", "B", 10 if it["level"] else 10.5)
        label = it["pn"]
        if it["time"]:
            label += f"    (ca kl. {it['time'].replace(':', '.')})"
        pdf.cell(0, 5.5, label, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(20 + ind)
        pdf.set_font("helvetica", "B", 11)
        pdf.multi_cell(170 - ind, 5.6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        if it["dnr"]:
            pdf.set_x(20 + ind)
            pdf.set_font("helvetica", "", 8.5)
            pdf.cell(0, 4.5, f"Diarienummer {it['dnr']}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_left_margin(20 + ind)
        for kind, label, content in it["blocks"]:
            if label:
                pdf.set_font("helvetica", "B", 9.5)
                pdf.cell(0, 5, label, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("helvetica", "", 10)
            if kind == "underlag":
                pdf.para("\n".join("- " + c for c in content), lh=4.8)
            else:
                pdf.para(content, lh=4.8)
        pdf.set_left_margin(20)
        pdf.ln(2.5)

    meeting = {"start_time": "09:30", "end_time": None, "location": "Regionhuset, plenisalen, Ljungsund"}
    notes = ("Invented document (muniset9). Kallelse with föredragningslista for Regionfullmäktige, Region "
             "Nordmark. Running header 'Regionfullmäktige / Kallelse med föredragningslista / 2024-04-23' "
             "and footer 'REGION NORDMARK / Sida N av M' on every page. Items are printed 'Ärende 7' on "
             "their own line with the title on the next line and 'Diarienummer RS 2024/0087' below; "
             "printed_number keeps 'Ärende 7'. 'Ärende 12 Svar på motioner' and 'Ärende 13 Val' are "
             "group headings with sub-items '12.1'-'12.3' and '13.1'-'13.2'; each sub-item has its own "
             "heading, Dnr and Förslag till beslut, so the sub-items are separate items with number 12 "
             "or 13, and the group headings are items too (decided once for the document). "
             "scheduled_time from '(ca kl. 10.15)' next to the item number; the meeting start 09:30 is "
             "also ärende 1's time; lunch 12.00-13.00 is not an item and no end time is printed. "
             "Proposals: text under 'Förslag till beslut' (with the lead-in 'Regionstyrelsen föreslår "
             "regionfullmäktige besluta' and numbered points on separate lines); no decisions in a "
             "kallelse. Attachments = 'Beslutsunderlag' lines. Presenters: Jörgen Lidholm (ärende 6, "
             "'informerar'), Annelie Roos (ärende 7, 'föredrar'). No list of called persons is printed "
             "(only the signatures of ordförande Ingela Westman and regionsekreterare Peter Nyqvist), so "
             "the participants key is omitted.")
    g = make_gold(name + ".pdf", "kallelse", "Regionfullmäktige", "2024-04-23", meeting, items, None, notes)
    return name, pdf, g, None


# ======================================================================================
# 8. Ekeryds kommun, Kommunstyrelsens arbetsutskott 2024-09-10 -- kallelse from a Word
#    template (Times 12), agenda as a bordered table Nr | Ärende | Dnr | Föredragande with
#    "4." numbers, followed by four bundled tjänsteskrivelser, each with its own header,
#    Datum, Dnr, heading, Förslag till beslut, Beslutsunderlag and signature.
# ======================================================================================

@register
def doc_ekeryd():
    name = "ekeryd-ksau-2024-09-10-kallelse"
    T = "times"
    ppl = [
        P("Peter Falk", "C", "ordförande"),
        P("Karin Sundberg", "S", "vice ordförande"),
        P("Leif Olsson", "M"),
        P("Amra Kovac", "S"),
        P("Göran Tell", "KD"),
        P("Bodil Ek", "C", "ersättare"),
        P("Stefan Rönn", "S", "ersättare"),
        P("Annika Lövkvist", None, "övrig", "kommunchef"),
        P("Elin Bäck", None, "övrig", "kommunsekreterare", sekr=True),
    ]
    ts = {
        4: dict(date="2024-08-22", dnr="KS 2024/0217", author="Jon Ekholm", atitle="IT- och servicechef",
                prop="Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta\n"
                     "att godkänna avtal om gemensam växel och kontaktcenter med Boviks kommun från och "
                     "med den 1 januari 2025,\n"
                     "att uppdra åt kommunchefen att underteckna avtalet.",
                summ="Ekeryds och Boviks kommuner föreslås inrätta ett gemensamt kontaktcenter med Bovik "
                     "som värdkommun. Ekeryds kommuns kostnad blir 1 180 000 kronor per år, en minskning "
                     "med 240 000 kronor jämfört med i dag.",
                desc="Kommunens växel bemannas i dag av tre personer och har öppet 08.00-16.00. Genom "
                     "samverkan kan öppettiden utökas till 07.30-17.00 och tillgängligheten i telefon "
                     "förbättras. Personalen erbjuds anställning i Boviks kommun enligt 6 b § LAS.",
                eco="Kostnaden ryms inom kommunstyrelsens budget. Engångskostnaden för teknisk "
                    "omställning beräknas till 150 tkr och belastar IT-enhetens investeringsbudget 2024.",
                und=["Tjänsteskrivelse 2024-08-22", "Avtal om gemensam växel och kontaktcenter, förslag",
                     "Riskbedömning 2024-06-12"],
                send=["Boviks kommun", "IT-enheten", "HR-enheten"]),
        5: dict(date="2024-08-19", dnr="KS 2024/0189", author="Maria Stenberg",
                atitle="Kultur- och fritidschef",
                prop="Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta att anta reviderade "
                     "riktlinjer för föreningsbidrag att gälla från och med den 1 januari 2025.",
                summ="Riktlinjerna för föreningsbidrag har reviderats. Aktivitetsstödet höjs från 12 till "
                     "15 kronor per deltagartillfälle och ett nytt stöd för integrationsinsatser införs.",
                desc="Revideringen har tagits fram i dialog med föreningsrådet. Det nya "
                     "integrationsstödet kan sökas med högst 25 000 kronor per förening och år.",
                eco="Den årliga kostnadsökningen beräknas till 210 tkr och finansieras inom kultur- och "
                    "fritidsenhetens ram.",
                und=["Tjänsteskrivelse 2024-08-19", "Riktlinjer för föreningsbidrag, reviderade 2024-08-15"],
                send=["Kultur- och fritidsenheten", "Föreningsrådet"]),
        6: dict(date="2024-08-27", dnr="KS 2024/0233", author="Olle Wik",
                atitle="Mark- och exploateringsingenjör",
                prop="Kommunstyrelsens arbetsutskott föreslår kommunstyrelsen besluta\n"
                     "att förvärva fastigheten Ekeryd Prästgården 1:14 för 3 900 000 kronor,\n"
                     "att finansiera förvärvet inom investeringsbudgeten för strategiska markköp 2024.",
                summ="Fastigheten Ekeryd Prästgården 1:14 om 6,2 hektar gränsar till det planerade "
                     "bostadsområdet Prästängen och erbjuds kommunen för 3 900 000 kronor.",
                desc="Markinnehavet är en förutsättning för att kunna planlägga omkring 60 nya bostäder "
                     "enligt översiktsplanen. En oberoende värdering anger ett marknadsvärde om "
                     "3,7-4,1 mnkr.",
                eco="Investeringsbudgeten för strategiska markköp 2024 uppgår till 5 mnkr, varav 0,6 mnkr "
                    "har förbrukats.",
                und=["Tjänsteskrivelse 2024-08-27", "Köpekontrakt, förslag", "Värderingsutlåtande 2024-07-30"],
                send=["Samhällsbyggnadsförvaltningen", "Ekonomienheten"]),
        7: dict(date="2024-08-14", dnr="KS 2024/0098", author="Maria Stenberg",
                atitle="Kultur- och fritidschef",
                prop="Kommunstyrelsens arbetsutskott föreslår kommunfullmäktige besluta att "
                     "medborgarförslaget anses besvarat.",
                summ="I ett medborgarförslag föreslås att ett utegym byggs vid Ekerydsskolan. Ett utegym "
                     "vid idrottsplatsen, 400 meter från skolan, invigs i oktober 2024.",
                desc="Förvaltningen bedömer att det nya utegymmet vid idrottsplatsen tillgodoser behovet. "
                     "Kostnaden för ett ytterligare utegym har beräknats till 450 000 kronor.",
                eco="Förslaget medför inga kostnader.",
                und=["Tjänsteskrivelse 2024-08-14", "Medborgarförslag 2024-03-02"],
                send=["Förslagsställaren"]),
    }
    agenda = [
        (1, "Val av justerare", None, None),
        (2, "Godkännande av föredragningslista", None, None),
        (3, "Information om delårsbokslut per den 31 juli 2024", None, "Frida Lund, ekonomichef"),
        (4, "Avtal om gemensam växel och kontaktcenter med Boviks kommun", "KS 2024/0217",
         "Jon Ekholm, IT- och servicechef"),
        (5, "Revidering av riktlinjer för föreningsbidrag", "KS 2024/0189",
         "Maria Stenberg, kultur- och fritidschef"),
        (6, "Köp av fastigheten Ekeryd Prästgården 1:14", "KS 2024/0233",
         "Olle Wik, mark- och exploateringsingenjör"),
        (7, "Svar på medborgarförslag om utegym vid Ekerydsskolan", "KS 2024/0098",
         "Maria Stenberg, kultur- och fritidschef"),
        (8, "Redovisning av delegationsbeslut", "KS 2024/0004", None),
        (9, "Övriga frågor", None, None),
    ]
    items = []
    for n, title, dnr, pres in agenda:
        t = ts.get(n)
        items.append(dict(n=n, pn=f"{n}.", title=title, dnr=dnr,
                          presenters=[pres.split(",")[0]] if pres else [],
                          proposal_text=t["prop"] if t else None,
                          attachments=t["und"] if t else []))

    state = {"mode": "kallelse"}

    def hdr(pdf):
        if state["mode"] == "kallelse":
            pdf.set_font(T, "B", 12)
            pdf.set_xy(20, 12)
            pdf.cell(90, 6, "EKERYDS KOMMUN")
            pdf.set_font(T, "B", 12)
            pdf.cell(0, 6, "KALLELSE", align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(T, "", 10)
            pdf.set_x(20)
            pdf.cell(90, 5, "Kommunstyrelsens arbetsutskott")
            pdf.cell(0, 5, f"{pdf.page_no()} ({{nb}})", align="R")
            pdf.set_y(30)
        else:
            t = state["ts"]
            pdf.set_font(T, "B", 12)
            pdf.set_xy(20, 12)
            pdf.cell(100, 6, "EKERYDS KOMMUN")
            pdf.cell(0, 6, "TJÄNSTESKRIVELSE", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(T, "", 10)
            pdf.set_x(20)
            pdf.cell(100, 5, "Kommunledningsförvaltningen")
            pdf.cell(0, 5, f"Datum {t['date']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(20)
            low = t["atitle"] if t["atitle"][1].isupper() else t["atitle"][0].lower() + t["atitle"][1:]
            pdf.cell(100, 5, f"{t['author']}, {low}")
            pdf.cell(0, 5, f"Dnr {t['dnr']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(120)
            pdf.cell(0, 5, f"Sida {pdf.page_no()} ({{nb}})")
            pdf.set_y(38)

    def ftr(pdf):
        pdf.set_font(T, "", 8)
        hline(pdf, 282, 20, 190, 0.2)
        pdf.set_xy(20, 283)
        pdf.cell(0, 4, "Ekeryds kommun  |  Storgatan 1, 573 91 Ekeryd  |  0381-40 000  |  "
                 "kommun@ekeryd.invalid", align="C")

    pdf = Doc(hdr, ftr, bottom=20)
    pdf.add_page()
    pdf.set_font(T, "B", 16)
    pdf.cell(0, 9, "Kallelse till sammanträde", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    rows = [("Tid", "Tisdagen den 10 september 2024, kl. 08.30"),
            ("Plats", "Kommunhuset, sammanträdesrum Linnéan"),
            ("Ledamöter", "\n".join(f"{p['name']} ({p['party']})" +
                                    (f", {p['role']}" if p["role"] != "ledamot" else "")
                                    for p in ppl[:5])),
            ("Ersättare", "\n".join(f"{p['name']} ({p['party']})" for p in ppl[5:7])),
            ("Övriga", "Annika Lövkvist, kommunchef"),
            ("Sekreterare", "Elin Bäck, kommunsekreterare")]
    for lab, val in rows:
        pdf.labrow(lab, val, 20, 32, 138, 5.6, (T, "B", 12), (T, "", 12), gap=1.8)
    pdf.ln(2)
    pdf.set_font(T, "I", 11)
    pdf.multi_cell(0, 5.2, "Ledamot som har förhinder ska snarast meddela sekreteraren, som kallar "
                   "ersättare. Ersättare tjänstgör i den ordning som kommunfullmäktige har bestämt.",
                   align="L", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(T, "", 12)
    pdf.cell(0, 6, "Peter Falk", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "Ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font(T, "B", 13)
    pdf.cell(0, 7, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    widths = [12, 82, 30, 46]
    pdf.set_fill_color(225)
    table_row(pdf, 20, widths, ["Nr", "Ärende", "Dnr", "Föredragande"], 5.4,
              styles=[(T, "B", 11)] * 4)
    for n, title, dnr, pres in agenda:
        table_row(pdf, 20, widths, [f"{n}.", title, dnr or "", pres or ""], 5.4,
                  styles=[(T, "", 11.5), (T, "", 11.5), (T, "", 10.5), (T, "", 10.5)])
    # bundled tjänsteskrivelser
    for n in (4, 5, 6, 7):
        t = ts[n]
        title = next(a[1] for a in agenda if a[0] == n)
        state["mode"] = "ts"
        state["ts"] = t
        pdf.add_page()
        pdf.set_font(T, "", 11)
        pdf.cell(0, 5.5, "Kommunstyrelsens arbetsutskott", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font(T, "B", 16)
        pdf.multi_cell(0, 7.5, title, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for lab, txt in [("Förslag till beslut", t["prop"]), ("Sammanfattning", t["summ"]),
                         ("Beskrivning av ärendet", t["desc"]), ("Ekonomiska konsekvenser", t["eco"]),
                         ("Beslutsunderlag", t["und"]), ("Beslutet skickas till", t["send"])]:
            pdf.need(16)
            pdf.set_font(T, "B", 12.5)
            pdf.cell(0, 6.5, lab, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(T, "", 12)
            if isinstance(txt, list):
                pdf.para("\n".join(txt), lh=5.6, after=3)
            else:
                pdf.para(txt, lh=5.6, after=3)
        pdf.ln(6)
        pdf.need(20)
        pdf.cell(0, 6, t["author"], new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 6, t["atitle"], new_x="LMARGIN", new_y="NEXT")

    meeting = {"start_time": "08:30", "end_time": None, "location": "Kommunhuset, sammanträdesrum Linnéan"}
    notes = ("Invented document (muniset9). Kallelse of Kommunstyrelsens arbetsutskott, Ekeryds kommun: "
             "page 1 has the kallelse and the föredragningslista as a bordered table 'Nr | Ärende | Dnr | "
             "Föredragande' with numbers printed '4.'; behind it four bundled tjänsteskrivelser (items "
             "4-7), each starting on a new page with its own header (TJÄNSTESKRIVELSE, Datum, Dnr, "
             "author) and heading equal to the agenda title. Items are the nine agenda rows only. "
             "Proposal of items 4-7 = the tjänsteskrivelse's 'Förslag till beslut' (lead-in line plus "
             "att-clauses on separate lines); attachments = its 'Beslutsunderlag' lines; items 1-3, 8-9 "
             "have no proposal. Presenters from the Föredragande column, name only (title dropped). "
             "Participants: the called Ledamöter (ordförande, vice ordförande, ledamot) and Ersättare "
             "(role ersättare - called, not known whether they will serve), Övriga Annika Lövkvist "
             "(övrig, kommunchef), Sekreterare Elin Bäck (sekreterare, organization "
             "'kommunsekreterare'). The tjänsteskrivelse authors are not participants. No end time.")
    g = make_gold(name + ".pdf", "kallelse", "Kommunstyrelsens arbetsutskott", "2024-09-10", meeting,
                  items, ppl, notes)
    return name, pdf, g, None


# ======================================================================================
# 9. Kvarnby kommun (Finland), Kommunfullmäktige 23.10.2023 -- möteskallelse and
#    föredragningslista, DejaVu Serif 10.5, list of called members with group (SFP, SDP,
#    Saml., Gröna), agenda table "§ | Ärende | Sida" with bare numbers, item pages that
#    reprint the earlier Kommunstyrelsen handling ("Kommunstyrelsen 9.10.2023 § 178").
#    Scanned.
# ======================================================================================

@register
def doc_kvarnby():
    name = "kvarnby-kommunfullmaktige-2023-10-23-kallelse"
    F = "dvserif"
    members = [
        ("Bo-Erik Sundqvist", "SFP", "ordförande", "ordförande"),
        ("Gunilla Kronholm", "SDP", "I vice ordförande", "vice ordförande"),
        ("Mats Björkas", "C", "II vice ordförande", "vice ordförande"),
        ("Ann-Sofi Smeds", "SFP", "ledamot", "ledamot"),
        ("Kurt Grönlund", "SFP", "ledamot", "ledamot"),
        ("Linnea Ehrs", "SFP", "ledamot", "ledamot"),
        ("Tobias Holmberg", "SFP", "ledamot", "ledamot"),
        ("Pia Lassfolk", "SFP", "ledamot", "ledamot"),
        ("Roger Kull", "SFP", "ledamot", "ledamot"),
        ("Eva-Lena Sandvik", "SDP", "ledamot", "ledamot"),
        ("Johan Strand", "SDP", "ledamot", "ledamot"),
        ("Marita Lindén", "KD", "ledamot", "ledamot"),
        ("Henrik Söderlund", "Saml.", "ledamot", "ledamot"),
        ("Sara Westerholm", "Gröna", "ledamot", "ledamot"),
        ("Peter Granö", "C", "ledamot", "ledamot"),
    ]
    ppl = [P(n, pa, gr, prole=pr) for n, pa, pr, gr in members]
    ppl += [P("Jan-Erik Nygård", None, "övrig", "kommunstyrelsens ordförande"),
            P("Katarina Lillas", None, "övrig", "kommundirektör, föredragande"),
            P("Hanna Kronqvist", None, "övrig", "förvaltningssekreterare, protokollförare", sekr=True)]
    items = []

    def add(n, title, prop, dnr=None, ks=None, text=None, bil=(), label="Kommunstyrelsens förslag:"):
        items.append(dict(n=n, pn=str(n), title=title, dnr=dnr, ks=ks, text=text, label=label,
                          proposal_text=prop, attachments=list(bil)))

    add(54, "Mötets öppnande, laglighet och beslutförhet",
        "Ordföranden öppnar mötet och konstaterar att sammanträdet är lagligen sammankallat och "
        "beslutfört.", label="Förslag:",
        text="Kallelsen till sammanträdet har sänts till ledamöterna den 13 oktober 2023 och "
             "kungjorts på kommunens anslagstavla och webbplats samma dag.")
    add(55, "Val av protokolljusterare",
        "Till protokolljusterare väljs Ann-Sofi Smeds och Kurt Grönlund. Protokollet justeras "
        "27.10.2023 i kommungården.", label="Förslag:")
    add(56, "Tilläggsanslag för sanering av Kvarnby skolas ventilation",
        "Kommunfullmäktige beviljar ett tilläggsanslag om 185 000 euro för sanering av ventilationen i "
        "Kvarnby skola.", dnr="Dnr 212/02.02.02/2023",
        ks=("Kommunstyrelsen 9.10.2023 § 178",
            "Vid konditionsgranskningen av Kvarnby skola konstaterades att ventilationsaggregaten i "
            "skolans äldre del måste förnyas. Kostnaden beräknas till 185 000 euro. Arbetet utförs under "
            "jullovet och sportlovet.",
            "Kommundirektörens förslag: Kommunstyrelsen föreslår för fullmäktige att ett tilläggsanslag om "
            "185 000 euro beviljas.",
            "Beslut: Förslaget godkändes."),
        bil=["Bilaga 1 Konditionsgranskning, sammandrag"])
    add(57, "Ändring av förvaltningsstadgan",
        "Kommunfullmäktige godkänner ändringarna i förvaltningsstadgan enligt bilaga 2 att gälla från "
        "1.1.2024.", dnr="Dnr 188/00.00.01/2023",
        ks=("Kommunstyrelsen 9.10.2023 § 181",
            "Förvaltningsstadgan har setts över. Ändringarna gäller främst delegering av beslutanderätt i "
            "personalärenden och bildningsnämndens sammansättning.",
            "Kommundirektörens förslag: Kommunstyrelsen föreslår för fullmäktige att ändringarna godkänns.",
            "Beslut: Förslaget godkändes."),
        bil=["Bilaga 2 Förvaltningsstadga, ändringar"])
    add(58, "Skattesatser för år 2024",
        "Kommunfullmäktige fastställer inkomstskattesatsen för år 2024 till 7,85 procent och "
        "fastighetsskattesatserna enligt bilaga 3.", dnr="Dnr 231/02.03.01/2023",
        text="Inkomstskattesatsen sänktes vid ingången av år 2023 i samband med att social- och "
             "hälsovården överfördes till välfärdsområdet. En oförändrad skattesats beräknas ge "
             "skatteintäkter om 11,2 miljoner euro.",
        bil=["Bilaga 3 Fastighetsskattesatser 2024"])
    add(59, "Samarbetsavtal om gemensam byggnadstillsyn med Sjöby kommun",
        "Kommunfullmäktige godkänner samarbetsavtalet om gemensam byggnadstillsyn med Sjöby kommun för "
        "perioden 1.1.2024–31.12.2026.", dnr="Dnr 167/00.04.01/2023",
        ks=("Kommunstyrelsen 9.10.2023 § 185",
            "Kvarnby och Sjöby föreslås inrätta en gemensam byggnadstillsyn med Sjöby som värdkommun. "
            "Kvarnbys andel av kostnaderna beräknas till 96 000 euro per år.",
            "Kommundirektörens förslag: Kommunstyrelsen föreslår för fullmäktige att samarbetsavtalet "
            "godkänns.",
            "Beslut: Förslaget godkändes."),
        bil=["Bilaga 4 Samarbetsavtal om byggnadstillsyn"])
    add(60, "Svar på motion om belysning vid badstranden i Norrvik",
        "Kommunfullmäktige antecknar svaret för kännedom och konstaterar att motionen är slutbehandlad.",
        dnr="Dnr 97/10.03.02/2023",
        text="Sara Westerholm m.fl. föreslog i en motion 13.3.2023 att belysning ska installeras vid "
             "badstranden i Norrvik. Tekniska nämnden har i sitt utlåtande konstaterat att belysning "
             "installeras hösten 2024 till en kostnad om 22 000 euro.")
    add(61, "Val av ersättare i revisionsnämnden",
        "Kommunfullmäktige väljer en ersättare i revisionsnämnden efter Roger Kull för återstoden av "
        "mandatperioden.", dnr="Dnr 240/00.00.02/2023",
        text="Roger Kull har valts till ledamot i revisionsnämnden och hans plats som ersättare är "
             "därmed vakant.")
    add(62, "Anmälningsärenden", "Kommunfullmäktige antecknar anmälningsärendena för kännedom.")

    def hdr(pdf):
        pdf.set_font(F, "B", 10)
        pdf.set_xy(20, 11)
        pdf.cell(70, 5, "KVARNBY KOMMUN")
        pdf.set_font(F, "", 9.5)
        pdf.cell(60, 5, "MÖTESKALLELSE")
        pdf.cell(0, 5, f"{pdf.page_no()} ({{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(20)
        pdf.cell(70, 4.5, "Kommunfullmäktige")
        pdf.cell(60, 4.5, "23.10.2023")
        hline(pdf, 22, 20, 190, 0.3)
        pdf.set_y(28)

    pdf = Doc(hdr, None, bottom=18)
    pdf.add_page()
    pdf.set_font(F, "", 10.5)
    for lab, val in [("Tid", "måndag 23.10.2023 kl. 19.00"), ("Plats", "Kommungården, fullmäktigesalen")]:
        pdf.labrow(lab, val, 20, 28, 142, 5.2, (F, "B", 10.5), (F, "", 10.5), gap=1)
    pdf.ln(2)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "Kallade ledamöter", new_x="LMARGIN", new_y="NEXT")
    for n, pa, pr, _ in members:
        pdf.set_font(F, "", 9.5)
        pdf.cell(60, 4.6, n)
        pdf.cell(22, 4.6, pa)
        pdf.cell(0, 4.6, pr if pr != "ledamot" else "", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(0, 4.6, "Ersättarna kallas vid behov av fullmäktigegruppernas ordförande.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1.5)
    pdf.labrow("Övriga kallade", "\n".join(f"{p['name']}, {p['org']}" for p in ppl[15:]),
               20, 32, 138, 4.8, (F, "B", 10), (F, "", 9.5))
    pdf.ln(1)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "Ärenden", new_x="LMARGIN", new_y="NEXT")
    widths = [14, 140, 16]
    table_row(pdf, 20, widths, ["§", "Ärende", "Sida"], 4.8, styles=[(F, "B", 9.5)] * 3, pad=0.9)
    for k, it in enumerate(items):
        table_row(pdf, 20, widths, [it["pn"], it["title"], str(2 + k // 3)], 4.8,
                  styles=[(F, "", 9.5)] * 3, pad=0.9)
    pdf.ln(5)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5, "Kvarnby 13.10.2023", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Bo-Erik Sundqvist", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "fullmäktiges ordförande", new_x="LMARGIN", new_y="NEXT")
    IND = 38
    for k, it in enumerate(items):
        if k % 3 == 0:
            pdf.add_page()
        else:
            pdf.ln(4)
            hline(pdf, lw=0.15)
            pdf.ln(3)
        y = pdf.get_y()
        pdf.set_font(F, "B", 11)
        pdf.cell(IND - 20, 6, it["pn"])
        pdf.set_xy(IND, y)
        pdf.multi_cell(0, 6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_left_margin(IND)
        pdf.set_font(F, "", 8.5)
        if it["dnr"]:
            pdf.cell(0, 4.2, it["dnr"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        if it["ks"]:
            head, txt, kprop, kdec = it["ks"]
            pdf.set_font(F, "B", 9.5)
            pdf.cell(0, 5, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 9.5)
            pdf.para(txt, lh=4.6, align="J")
            pdf.para(kprop, lh=4.6)
            pdf.para(kdec, lh=4.6, after=3)
            pdf.set_font(F, "B", 9.5)
            pdf.cell(0, 5, "Kommunfullmäktige 23.10.2023", new_x="LMARGIN", new_y="NEXT")
        elif it["text"]:
            pdf.set_font(F, "", 9.5)
            pdf.para(it["text"], lh=4.6, align="J")
        pdf.set_font(F, "", 9.5)
        for b in it["attachments"]:
            pdf.para(b, lh=4.6, after=0.5)
        pdf.ln(1)
        pdf.set_font(F, "B", 9.5)
        pdf.cell(0, 5, it["label"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 9.5)
        pdf.para(it["proposal_text"], lh=4.6, align="J")
        pdf.set_left_margin(20)

    meeting = {"start_time": "19:00", "end_time": None, "location": "Kommungården, fullmäktigesalen"}
    notes = ("Invented document (muniset9). Finland-Swedish möteskallelse with föredragningslista for "
             "Kommunfullmäktige, Kvarnby kommun, meeting 23.10.2023 kl. 19.00; all pages are image-only "
             "scans (noise, specks, slight rotation), the text PDF before scanning is prescan/" + name +
             ".text.pdf. Items 54-62 are printed as bare numbers (agenda table column '§', and in the "
             "left margin of the item pages), printed_number '54' etc. Items 56, 57 and 59 reprint the "
             "earlier handling 'Kommunstyrelsen 9.10.2023 § 178/181/185' with its own "
             "'Kommundirektörens förslag' and 'Beslut: Förslaget godkändes.'; those are not items and "
             "not this item's proposal or decision: proposal = the text under 'Kommunstyrelsens "
             "förslag:' that follows the heading 'Kommunfullmäktige 23.10.2023' (or under 'Förslag:' for "
             "54-55); decision null (kallelse). Attachments = the 'Bilaga N ...' lines. Participants: "
             "the 15 'Kallade ledamöter' (ordförande; 'I/II vice ordförande' -> vice ordförande; others "
             "ledamot) with the printed group as party, kept as printed ('SFP', 'SDP', 'C', 'KD', "
             "'Saml.', 'Gröna'); 'Övriga kallade' as övrig with the printed title; Hanna Kronqvist "
             "(protokollförare) -> sekreterare. Ersättare are not named. No presenters are named per "
             "item (Katarina Lillas is 'föredragande' in general only), so presenters are empty.")
    g = make_gold(name + ".pdf", "kallelse", "Kommunfullmäktige", "2023-10-23", meeting, items, ppl, notes)
    return name, pdf, g, dict(seed=2310, heavy=False, yellow=False)


# ======================================================================================
# 10. Lövmo kommun, tjänsteskrivelse to Miljö- och byggnadsnämnden (underlag on its own):
#     DejaVu Sans 10, metadata box at top right ("Diarienr: MBN 2024/0088"), shaded
#     "Förslag till beslut" box, unnumbered headings, cost table in tkr, bilagor.
# ======================================================================================

@register
def doc_lovmo():
    name = "lovmo-tjansteskrivelse-livsmedelskontroll-2024"
    F = "dvsans"

    def ftr(pdf):
        pdf.set_font(F, "", 7.5)
        pdf.set_text_color(90)
        hline(pdf, 281, 20, 190, 0.2)
        pdf.set_xy(20, 282.5)
        pdf.cell(120, 3.5, "Lövmo kommun, Miljö- och byggnadsförvaltningen, Torggatan 3, 794 90 Lövmo")
        pdf.cell(50, 3.5, f"{pdf.page_no()} ({{nb}})", align="R")
        pdf.set_text_color(0)

    pdf = Doc(None, ftr, bottom=22)
    pdf.add_page()
    # logo + sender
    pdf.set_fill_color(46, 125, 80)
    pdf.ellipse(20, 14, 12, 12, style="F")
    pdf.set_xy(35, 15)
    pdf.set_font(F, "B", 13)
    pdf.cell(60, 6, "Lövmo kommun", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(35)
    pdf.set_font(F, "", 8.5)
    pdf.cell(60, 4.5, "Miljö- och byggnadsförvaltningen")
    # metadata box
    pdf.set_draw_color(120)
    pdf.rect(116, 12, 74, 34)
    meta = [("TJÄNSTESKRIVELSE", ""), ("Datum:", "2024-03-04"), ("Diarienr:", "MBN 2024/0088"),
            ("Handläggare:", "Johanna Ring"), ("", "miljöchef"), ("Till:", "Miljö- och byggnadsnämnden")]
    y = 14
    for k, v in meta:
        pdf.set_xy(119, y)
        pdf.set_font(F, "B" if k == "TJÄNSTESKRIVELSE" else "", 8.5 if k != "TJÄNSTESKRIVELSE" else 10)
        pdf.cell(22, 4.8, k)
        pdf.set_font(F, "", 8.5)
        pdf.cell(0, 4.8, v)
        y += 5.2
    pdf.set_draw_color(0)
    pdf.set_y(56)
    pdf.set_font(F, "B", 15)
    pdf.multi_cell(0, 7.5, "Samverkansavtal om gemensam livsmedelskontroll med Tjärby kommun", align="L",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    # proposal box
    prop = ("Miljö- och byggnadsnämnden föreslår kommunfullmäktige besluta\n"
            "1. att godkänna samverkansavtal om gemensam livsmedelskontroll med Tjärby kommun för tiden "
            "2024-07-01–2027-06-30,\n"
            "2. att Lövmo kommun ska vara värdkommun för den gemensamma kontrollen.")
    y0 = pdf.get_y()
    pdf.set_fill_color(236, 242, 238)
    pdf.set_font(F, "", 10)
    lines = sum(len(pdf.multi_cell(162, 5, l, dry_run=True, output="LINES")) for l in prop.split("\n"))
    pdf.rect(20, y0, 170, lines * 5 + 13, style="F")
    pdf.set_xy(24, y0 + 3)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
    pdf.set_left_margin(24)
    pdf.set_font(F, "", 10)
    pdf.para(prop, lh=5, w=162, after=0)
    pdf.set_left_margin(20)
    pdf.set_y(y0 + lines * 5 + 19)
    secs = [
        ("Sammanfattning",
         "Lövmo och Tjärby kommuner föreslås samverka om den offentliga livsmedelskontrollen genom ett "
         "avtal enligt 9 kap. 37 § kommunallagen. Lövmo kommun blir värdkommun och utför kontrollen i "
         "Tjärby mot ersättning. Samverkan minskar sårbarheten och gör det möjligt att uppfylla "
         "Livsmedelsverkets krav på kompetens och kontrollfrekvens."),
        ("Bakgrund",
         "Tjärby kommun har i dag en livsmedelsinspektör på halvtid. Vid Livsmedelsverkets revision "
         "2023 konstaterades att Tjärby inte har genomfört planerad kontroll av 41 av 118 "
         "livsmedelsanläggningar. Tjärby kommun har därför begärt att få köpa kontrollen av Lövmo "
         "kommun, som har fyra inspektörer."),
        ("Ärendet",
         "Förslaget till samverkansavtal innebär i huvudsak följande:\n"
         "- Lövmo kommuns miljö- och byggnadsnämnd utför kontrollen i båda kommunerna.\n"
         "- Tjärby kommun betalar 1 020 000 kronor per år, som räknas upp med arbetskostnadsindex.\n"
         "- Avgifterna för kontroll beslutas av respektive kommuns fullmäktige och tillfaller den "
         "kommun där anläggningen finns.\n"
         "- Avtalet kan sägas upp med tolv månaders uppsägningstid.\n"
         "Förvaltningen föreslår att en inspektör anställs för att klara de utökade uppgifterna."),
    ]
    for h, t in secs:
        pdf.need(18)
        pdf.set_font(F, "B", 11)
        pdf.cell(0, 6.5, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 10)
        pdf.para(t, lh=5, after=3)
    pdf.need(60)
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 6.5, "Ekonomiska konsekvenser", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.para("Kostnader och intäkter för Lövmo kommun första hela avtalsåret (tkr):", lh=5, after=1.5)
    tab = [("", "tkr"), ("Ny inspektör, lön och personalomkostnader", "-760"),
           ("Resor, utrustning och utbildning", "-145"), ("Administration och lokaler", "-90"),
           ("Ersättning från Tjärby kommun", "1 020"), ("Netto", "25")]
    for k, (a, b) in enumerate(tab):
        pdf.set_font(F, "B" if k in (0, len(tab) - 1) else "", 9.5)
        pdf.cell(110, 5.2, a, border="B" if k in (0, len(tab) - 2) else 0)
        pdf.cell(30, 5.2, b, align="R", border="B" if k in (0, len(tab) - 2) else 0,
                 new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(F, "", 10)
    pdf.para("Avtalet bedöms därmed vara kostnadsneutralt för Lövmo kommun.", lh=5, after=3)
    for h, t in [
        ("Bedömning", "Förvaltningen bedömer att samverkan stärker livsmedelskontrollen i båda kommunerna "
                      "och att avtalet är förenligt med kommunallagens regler om avtalssamverkan."),
        ("Bilagor", "1. Förslag till samverkansavtal om gemensam livsmedelskontroll\n"
                    "2. Livsmedelsverkets revisionsrapport för Tjärby kommun 2023"),
        ("Beslutet ska skickas till", "Kommunstyrelsen\nTjärby kommun")]:
        pdf.need(18)
        pdf.set_font(F, "B", 11)
        pdf.cell(0, 6.5, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 10)
        pdf.para(t, lh=5, after=3)
    pdf.ln(6)
    pdf.need(25)
    pdf.cell(85, 5, "Johanna Ring")
    pdf.cell(0, 5, "Anders Mattsson", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(85, 5, "Miljöchef")
    pdf.cell(0, 5, "Förvaltningschef", new_x="LMARGIN", new_y="NEXT")

    meeting = {"start_time": None, "end_time": None, "location": None}
    notes = ("Invented document (muniset9). A tjänsteskrivelse of Miljö- och byggnadsförvaltningen, Lövmo "
             "kommun (Diarienr: MBN 2024/0088, dated 2024-03-04), addressed 'Till: Miljö- och "
             "byggnadsnämnden', on its own. kind underlag; it names no meeting date, so organ, "
             "meeting_date and meeting are null (as for the tjänsteskrivelser in corpus-varied; the "
             "addressee nämnd could be argued as organ). Its headings (Förslag till beslut, "
             "Sammanfattning, Bakgrund, Ärendet, Ekonomiska konsekvenser, Bedömning, Bilagor) are not "
             "numbered and are not items; the numbered att-points '1.'/'2.' of the proposal and the "
             "numbered Bilagor are list entries, not items, so items = []. The signatures (Johanna "
             "Ring, Anders Mattsson) are not a participant list: participants key omitted. Named "
             "agreement: samverkansavtal om gemensam livsmedelskontroll (annotation of agreements not "
             "requested). Amounts in kronor and in a tkr table.")
    g = make_gold(name + ".pdf", "underlag", None, None, meeting, [], None, notes)
    return name, pdf, g, None


# ======================================================================================
# main
# ======================================================================================

def main(argv):
    only = argv[1] if len(argv) > 1 else None
    os.makedirs(PRESCAN, exist_ok=True)
    failed = False
    for fn in DOCS:
        name, pdf, g, scan = fn()
        if only and only not in name:
            continue
        pdfpath = os.path.join(OUT, name + ".pdf")
        if scan:
            textpdf = os.path.join(PRESCAN, name + ".text.pdf")
            pdf.output(textpdf)
            scan_pdf(textpdf, pdfpath, **scan)
            g["scanned"] = True
            txt, _ = pdf_text(pdfpath)
            assert not txt.strip(), "scanned PDF has a text layer"
        else:
            pdf.output(pdfpath)
            textpdf = pdfpath
        _, n = pdf_text(pdfpath)
        g["page_count"] = n
        errs = check(g, textpdf)
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{name}: {g['kind']}, {n} pages, {len(g['items'])} items, "
              f"{len(g.get('participants', []))} participants" + (" [scanned]" if scan else ""))
        for e in errs:
            print("   CHECK FAILED:", e)
            failed = True
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv)
