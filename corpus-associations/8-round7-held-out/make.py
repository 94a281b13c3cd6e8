#!/usr/bin/env python3
"""Deterministic generator for the assocset10 held-out test set.

Ten invented Swedish / Finland-Swedish association meeting documents (PDF) with
gold JSON built from the same Python data that the pages are rendered from.
Run:  /work/main/.venv/bin/python /work/assocset10/make.py
"""
import io
import json
import math
import os
import re
import sys
import textwrap
import warnings

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

warnings.filterwarnings("ignore")

OUT = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"
PRESCAN = "/tmp/assocset10_prescan"  # pre-scan text PDFs (checked, not shipped)

# ----------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------


def norm(s):
    return " ".join(s.split())


class Doc(FPDF):
    """FPDF with pluggable header/footer callbacks."""

    def __init__(self, fmt="A4", hdr=None, ftr=None, **kw):
        super().__init__(unit="mm", format=fmt, **kw)
        self.core_fonts_encoding = "windows-1252"
        self.hdr = hdr
        self.ftr = ftr
        for fam, files in {
            "DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
            "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
            "DejaVuMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
            "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
            "DejaVuSerifCond": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf", "DejaVuSerifCondensed-Italic.ttf", "DejaVuSerifCondensed-BoldItalic.ttf"),
        }.items():
            for style, f in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, os.path.join(FONTDIR, f))

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def mc(pdf, text, h=5.0, w=0, align="L", **kw):
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT", **kw)


def item(num, pn, title, body=(), decision=None, dec_label=None, proposal=None, prop_label=None,
         presenters=(), att=(), time=None, mid=(), after=(), att_lines=None):
    """One agenda item / paragraph.  decision/proposal hold the gold text exactly as printed
    (without a label); dec_label/prop_label are printed in front of it.  att_lines: for
    'Fullmäktige beslutade / att ... / att ...' layouts a (lead, [lines]) tuple; the gold
    decision is then lead + ' ' + ' '.join(lines)."""
    if att_lines:
        decision = att_lines[0] + " " + " ".join(att_lines[1])
    return dict(number=num, printed_number=pn, title=title, body=list(body), decision=decision,
                dec_label=dec_label, proposal=proposal, prop_label=prop_label,
                presenters=list(presenters), attachments=list(att), scheduled_time=time,
                mid=list(mid), after=list(after), att_lines=att_lines)


def person(first, last, role="ledamot", party=None, org=None):
    return dict(first=first, last=last, name=f"{first} {last}", role=role, party=party, organization=org)


def gold_of(file, kind, organ, date, meeting, items, participants, notes, page_count=None, scanned=False):
    g = {
        "file": file,
        "kind": kind,
        "organ": organ,
        "meeting_date": date,
        "page_count": page_count,
        "scanned": scanned,
        "meeting": meeting,
        "items": [
            {
                "number": it["number"],
                "printed_number": it["printed_number"],
                "title": it["title"],
                "section": None,
                "presenters": it["presenters"],
                "scheduled_time": it["scheduled_time"],
                "proposal": it["proposal"],
                "decision": it["decision"],
                "attachments": it["attachments"],
            }
            for it in items
        ],
    }
    if participants is not None:
        g["participants"] = [
            {"name": p["name"], "party": p["party"], "organization": p["organization"], "role": p["role"]}
            for p in participants
        ]
    g["notes"] = notes
    return g


def pdf_text(path):
    doc = pdfium.PdfDocument(path)
    parts = []
    for page in doc:
        tp = page.get_textpage()
        parts.append(tp.get_text_range())
    n = len(doc)
    doc.close()
    return norm(" ".join(parts)), n


def time_forms(t):
    hh, mm = t.split(":")
    forms = {f"{hh}:{mm}", f"{hh}.{mm}", f"{int(hh)}.{mm}", f"{int(hh)}:{mm}"}
    return forms


def check(path, gold, extra_person_forms=None):
    text, n = pdf_text(path)
    errs = []

    def need(s, what):
        if s is None:
            return
        if norm(s) not in text:
            errs.append(f"{what}: {s!r}")

    for it in gold["items"]:
        need(it["printed_number"], "printed_number")
        need(it["title"], "title")
        need(it["proposal"], "proposal")
        need(it["decision"], "decision")
        for p in it["presenters"]:
            need(p, "presenter")
        for a in it["attachments"]:
            need(a, "attachment")
        if it["scheduled_time"] and not any(f in text for f in time_forms(it["scheduled_time"])):
            errs.append(f"scheduled_time {it['scheduled_time']}")
    for p in gold.get("participants", []):
        first, last = p["name"].split(" ", 1) if " " in p["name"] else (p["name"], "")
        forms = [p["name"], f"{last} {first}", f"{last}, {first}"]
        if not any(f in text for f in forms):
            errs.append(f"participant {p['name']}")
        if p["organization"]:
            need(p["organization"], "organization")
    m = gold["meeting"]
    need(m["location"], "location")
    for k in ("start_time", "end_time"):
        if m[k] and not any(f in text for f in time_forms(m[k])):
            errs.append(f"{k} {m[k]}")
    if errs:
        raise SystemExit(f"CHECK FAILED for {path}:\n  " + "\n  ".join(errs))
    return n


# ----------------------------------------------------------------------------
# scanning (image-only PDFs)
# ----------------------------------------------------------------------------


def scan(src, dst, seed, style):
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src)
    out = FPDF(unit="pt")
    out.set_auto_page_break(False)
    dpi = 200
    for pno, page in enumerate(doc):
        wpt, hpt = page.get_size()
        img = page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        a = np.asarray(img).astype(np.float32) / 255.0
        H, W = a.shape
        ink = 1.0 - a
        yy, xx = np.mgrid[0:H, 0:W]
        if style == "dotmatrix":
            dots = (((xx % 3) < 2) & ((yy % 3) < 2)).astype(np.float32)
            ink = ink * dots
            band = 0.85 + 0.15 * ((yy // 9) % 2)  # ribbon banding
            ink = ink * band
        # low-frequency ink/toner variation
        lf = rng.random((H // 60 + 2, W // 60 + 2)).astype(np.float32)
        lf = np.asarray(Image.fromarray((lf * 255).astype(np.uint8)).resize((W, H), Image.BICUBIC)).astype(np.float32) / 255
        if style == "typewriter":
            # uneven strikes: per-pixel noise before blur gives broken letter edges
            ink = ink * (0.65 + 0.45 * lf) * (0.75 + 0.5 * rng.random((H, W)).astype(np.float32))
        else:
            ink = ink * (0.8 + 0.3 * lf)
        ink = np.clip(ink, 0, 1)
        im = Image.fromarray((255 * (1 - ink)).astype(np.uint8))
        im = im.filter(ImageFilter.GaussianBlur(0.55 if style == "dotmatrix" else 0.7))
        a = np.asarray(im).astype(np.float32) / 255
        # paper tone, mottling and grain
        paper = 0.90 + 0.06 * lf
        a = a * paper
        a = a + rng.normal(0, 0.035, (H, W)).astype(np.float32)
        # photocopy speckles
        nspk = int(rng.integers(120, 260))
        for _ in range(nspk):
            y0, x0 = int(rng.integers(0, H)), int(rng.integers(0, W))
            r = int(rng.integers(1, 3))
            a[max(0, y0 - r):y0 + r, max(0, x0 - r):x0 + r] *= 0.35
        # dark copier edge on one side + top
        edge = int(rng.integers(10, 30))
        a[:, :edge] *= np.linspace(0.25, 1, edge)[None, :]
        a[:edge // 2, :] *= 0.55
        a = np.clip(a, 0, 1)
        im = Image.fromarray((a * 255).astype(np.uint8))
        angle = float(rng.uniform(0.6, 1.4)) * (1 if (seed + pno) % 2 else -1)
        im = im.rotate(angle, resample=Image.BICUBIC, fillcolor=int(255 * 0.55), expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=int(rng.integers(38, 55)))
        buf.seek(0)
        out.add_page(format=(wpt, hpt))
        out.image(buf, x=0, y=0, w=wpt, h=hpt)
    doc.close()
    out.set_creation_date(__import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc))
    out.output(dst)
    # must have no text layer
    d = pdfium.PdfDocument(dst)
    for page in d:
        if page.get_textpage().get_text_range().strip():
            raise SystemExit(f"scan {dst} has a text layer")
    n = len(d)
    d.close()
    return n


FIXED_DATE = __import__("datetime").datetime(2026, 1, 1, tzinfo=__import__("datetime").timezone.utc)


def finish(pdf, path):
    pdf.set_creation_date(FIXED_DATE)
    pdf.output(path)


# ----------------------------------------------------------------------------
# typewriter / fixed-pitch line writer
# ----------------------------------------------------------------------------


class Typer:
    def __init__(self, pdf, rng, font=("Courier", 11), lh=5.4, cols=66, left=24.0, jitter=0.35):
        self.pdf, self.rng, self.font, self.lh, self.cols, self.left, self.j = pdf, rng, font, lh, cols, left, jitter

    def _set(self, style=""):
        self.pdf.set_font(self.font[0], style, self.font[1])

    def line(self, s, col=0, style="", ul=None):
        """Type one line starting at character column col. ul=(start,end) underlines chars."""
        pdf = self.pdf
        self._set(style)
        if pdf.get_y() + self.lh > pdf.h - pdf.b_margin:
            pdf.add_page()
        cw = pdf.get_string_width("M")
        y = pdf.get_y()
        x = self.left + col * cw + float(self.rng.uniform(-self.j, self.j))
        dy = float(self.rng.uniform(-0.18, 0.18))
        pdf.set_xy(x, y + dy)
        pdf.cell(0, self.lh, s)
        if ul:
            a, b = ul
            pdf.set_line_width(0.25)
            pdf.line(x + a * cw, y + dy + self.lh * 0.78, x + b * cw, y + dy + self.lh * 0.78)
        pdf.set_xy(self.left, y + self.lh)

    def para(self, s, col=0, first_col=None, style=""):
        fc = col if first_col is None else first_col
        width = self.cols - col
        lines = textwrap.wrap(s, width=width, initial_indent=" " * (fc - col), break_on_hyphens=False)
        for i, ln in enumerate(lines):
            if i == 0:
                self.line(ln.lstrip(), col=fc, style=style)
            else:
                self.line(ln, col=col, style=style)

    def blank(self, n=1):
        self.pdf.set_y(self.pdf.get_y() + self.lh * n)


# ----------------------------------------------------------------------------
# 1. 1974 Brf Granbacken – ordinarie föreningsstämma, protokoll, typewriter scan
# ----------------------------------------------------------------------------


def doc1():
    name = "1974-04-25_brf_granbacken_foreningsstamma_protokoll"
    rng = np.random.default_rng(1974)
    P = {
        "holm": person("Sven", "Holmgren", "ledamot"),
        "lind": person("Erik", "Lindqvist", "ordförande", org="Riksbyggen"),
        "nord": person("Birgitta", "Nordin", "sekreterare"),
        "sand": person("Karl-Erik", "Sandberg", "justerare"),
        "ostl": person("Margit", "Östlund", "justerare"),
    }
    loc = "föreningens samlingslokal, Granbacksvägen 14, Sundsvall"
    I = [
        item(1, "§ 1.", "Stämmans öppnande",
             body=["Föreningens ordförande Sven Holmgren hälsade de närvarande välkomna och förklarade stämman öppnad kl. 19.30."]),
        item(2, "§ 2.", "Val av ordförande vid stämman",
             decision="Till ordförande vid stämman valdes Erik Lindqvist, Riksbyggen."),
        item(3, "§ 3.", "Anmälan av ordförandens val av protokollförare",
             body=["Ordföranden anmälde att han till protokollförare kallat Birgitta Nordin."]),
        item(4, "§ 4.", "Godkännande av röstlängd",
             decision="Upprättad röstlängd, bilaga 1, godkändes.", att=["bilaga 1"]),
        item(5, "§ 5.", "Fråga om kallelse till stämman behörigen skett",
             body=["Kallelse har skett genom anslag i trapphusen den 4 april 1974 samt genom utdelning i brevinkasten."],
             decision="Stämman förklarade att kallelse behörigen skett."),
        item(6, "§ 6.", "Val av två justeringsmän tillika rösträknare",
             decision="Till justeringsmän tillika rösträknare valdes Karl-Erik Sandberg och Margit Östlund."),
        item(7, "§ 7.", "Fastställande av dagordning",
             decision="Den i kallelsen upptagna dagordningen fastställdes."),
        item(8, "§ 8.", "Styrelsens årsredovisning",
             body=["Sven Holmgren föredrog styrelsens förvaltningsberättelse för år 1973. Han nämnde särskilt att fönsterrenoveringen i hus A och B blivit färdig i oktober och att kostnaden stannat under den beräknade."],
             decision="Årsredovisningen lades till handlingarna.", presenters=["Sven Holmgren"]),
        item(9, "§ 9.", "Revisorernas berättelse",
             body=["Revisionsberättelsen upplästes. Revisorerna tillstyrkte att ansvarsfrihet beviljas styrelsen."],
             decision="Revisionsberättelsen lades till handlingarna."),
        item(10, "§ 10.", "Fastställande av balansräkningen och resultaträkningen",
             decision="Stämman beslöt att fastställa den av styrelsen framlagda balans- och resultaträkningen."),
        item(11, "§ 11.", "Beslut i anledning av föreningens vinst eller förlust enligt den fastställda balansräkningen",
             decision="Stämman beslöt att årets överskott, kr 4.318:-, balanseras i ny räkning."),
        item(12, "§ 12.", "Fråga om ansvarsfrihet för styrelseledamöterna",
             decision="Stämman beviljade styrelsens ledamöter ansvarsfrihet för förvaltningen under år 1973."),
        item(13, "§ 13.", "Fråga om arvoden",
             decision="Stämman beslöt att arvodet till styrelsen skall utgå med oförändrat belopp, kr 2.400:-, att fördelas inom styrelsen."),
        item(14, "§ 14.", "Val av styrelseledamöter och suppleanter",
             decision="Till ordinarie styrelseledamöter för två år omvaldes Sven Holmgren och Ingrid Berg. Till suppleant för ett år nyvaldes Rune Ahlström."),
        item(15, "§ 15.", "Val av revisorer och suppleanter",
             decision="Till revisor för ett år omvaldes Gösta Wiklund med Anna-Lisa Ek som suppleant."),
        item(16, "§ 16.", "Val av valberedning",
             decision="Till valberedning valdes Karl-Erik Sandberg, sammankallande, och Elsa Frid."),
        item(17, "§ 17.", "Motion angående tvättstugan i hus B",
             body=["Från medlemmen Olof Grahn förelåg en motion om inköp av ytterligare en tvättmaskin till tvättstugan i hus B. Styrelsen hade i sitt yttrande avstyrkt motionen med hänvisning till föreningens ekonomi. Efter diskussion begärdes votering."],
             decision="Efter votering genom handuppräckning, i vilken 21 röster avgavs för styrelsens förslag och 11 röster för motionen, beslöt stämman att avslå motionen."),
        item(18, "§ 18.", "Stämmans avslutande",
             body=["Ordföranden tackade de närvarande för visat intresse och förklarade stämman avslutad kl. 21.10."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(24, 20, 20)
    pdf.add_page()
    T = Typer(pdf, rng)
    T.line("BOSTADSRÄTTSFÖRENINGEN GRANBACKEN I SUNDSVALL", col=0, ul=(0, 45))
    T.line("Reg.nr 716418-2209", col=0)
    T.blank(2)
    T.line("P R O T O K O L L", col=24)
    T.blank()
    T.para("fört vid ordinarie föreningsstämma torsdagen den 25 april 1974 i " + loc + ".", col=0)
    T.blank()
    T.line("Närvarande: 34 röstberättigade medlemmar enligt röstlängd,", col=0)
    T.line("bilaga 1, varav 3 genom fullmakt.", col=12)
    T.blank()
    for it in I:
        head = f"{it['printed_number']} {it['title']}."
        pn_len = len(it["printed_number"]) + 1
        lines = textwrap.wrap(head, width=T.cols)
        for k, ln in enumerate(lines):
            if k == 0:
                T.line(ln, col=0, ul=(pn_len, len(ln)))
            else:
                T.line(ln, col=pn_len, ul=(0, len(ln)))
        for b in it["body"]:
            T.para(b, col=6)
        if it["decision"]:
            T.para(it["decision"], col=6)
        T.blank()
    T.blank()
    T.line("Vid protokollet:", col=0)
    T.blank(2)
    T.line("...........................", col=0)
    T.line("Birgitta Nordin", col=0)
    T.blank(2)
    T.line("Justeras:", col=0)
    T.blank(2)
    T.line("...........................    ...........................", col=0)
    T.line("Erik Lindqvist, ordf.          Karl-Erik Sandberg", col=0)
    T.blank(2)
    T.line("...........................", col=0)
    T.line("Margit Östlund", col=0)
    # typed page numbers
    for pno in range(1, pdf.pages_count + 1):
        pdf.page = pno
        pdf.set_font("Courier", "", 11)
        pdf.set_xy(0, 10)
        if pno > 1:
            pdf.cell(pdf.w, 5, f"- {pno} -", align="C")
    pdf.page = pdf.pages_count
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Bostadsrättsföreningen Granbacken i Sundsvall (Reg.nr 716418-2209), ordinarie föreningsstämma 25 april 1974. "
             "Typewritten minutes, all pages are scans (image-only, no text layer); numbering '§ 1.' with the underlined title on the same line. "
             "Presence is given only as a count (34 members, röstlängd bilaga 1 not included), so participants are the people the minutes show acting at the meeting: "
             "stämmoordförande Erik Lindqvist (organization Riksbyggen as printed) = ordförande, protokollförare Birgitta Nordin = sekreterare, the two justeringsmän = justerare; "
             "Sven Holmgren is the association's chairman who opened the meeting and presented the annual report but did not chair it, so role 'ledamot'. "
             "People only elected or mentioned (Ingrid Berg, Rune Ahlström, Gösta Wiklund, Anna-Lisa Ek, Elsa Frid, Olof Grahn) are not listed as participants since their presence is not stated. "
             "Organ 'Föreningsstämma' (printed 'ordinarie föreningsstämma'). § 3 is an announcement by the chair, not a decision: decision null. "
             "In § 17 the decision is the single sentence carrying the vote counts. Attachments are the bilaga references printed in the item ('bilaga 1').")
    gold = gold_of(name + ".pdf", "protokoll", "Föreningsstämma", "1974-04-25",
                   {"start_time": "19:30", "end_time": "21:10", "location": loc}, I, list(P.values()), notes, scanned=True)
    return name, pre, gold, dict(style="typewriter", seed=1974,
                                 forms="scan (typewriter, Courier), 'Protokoll fört vid' prose header, '§ 1.' + underlined title same line, count-only presence, sentence decisions, vote in one sentence")



# ----------------------------------------------------------------------------
# 2. 1983 Norra Sundby vägförening – kallelse till årsstämma, dot-matrix scan
# ----------------------------------------------------------------------------


def doc2():
    name = "1983-03-20_norra_sundby_vagforening_kallelse_arsstamma"
    rng = np.random.default_rng(1983)
    loc = "Sundby bygdegård"
    I = [
        item(1, "1)", "Stämmans öppnande"),
        item(2, "2)", "Val av ordförande för stämman"),
        item(3, "3)", "Val av sekreterare för stämman"),
        item(4, "4)", "Val av två justeringsmän att jämte ordföranden justera protokollet"),
        item(5, "5)", "Fråga om stämman blivit i laga ordning utlyst"),
        item(6, "6)", "Styrelsens förvaltningsberättelse och revisorernas berättelse"),
        item(7, "7)", "Fråga om ansvarsfrihet för styrelsen"),
        item(8, "8)", "Framställningar från styrelsen och motioner från medlemmarna",
             prop_label="Styrelsens förslag:",
             proposal="Att vägen mellan Sundby kvarn och Östra grinden förses med nytt bärlager under sommaren 1983 till en beräknad kostnad av 38.000 kr, att finansieras ur underhållsfonden."),
        item(9, "9)", "Ersättning till styrelse och revisorer"),
        item(10, "10)", "Styrelsens förslag till utgifts- och inkomststat samt debiteringslängd för 1983",
             prop_label="Styrelsens förslag:",
             proposal="Oförändrad uttaxering, 1:20 kr per andelstal, samt oförändrad avsättning till underhållsfonden med 6.000 kr."),
        item(11, "11)", "Val av styrelse och styrelsesuppleanter"),
        item(12, "12)", "Val av revisorer och revisorssuppleanter"),
        item(13, "13)", "Val av valberedning"),
        item(14, "14)", "Övriga frågor"),
        item(15, "15)", "Meddelande om plats där stämmoprotokollet hålls tillgängligt"),
        item(16, "16)", "Stämmans avslutande"),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 18)
    pdf.set_margins(22, 16, 18)
    pdf.add_page()
    T = Typer(pdf, rng, font=("DejaVuMono", 10), lh=4.6, cols=78, left=22, jitter=0.05)
    T.line("NORRA SUNDBY VÄGFÖRENING", style="B")
    T.line("c/o Lars Gustafsson, Sundby 4:12")
    T.line("740 30 BJÖRKLINGE                                    Sundby i februari 1983")
    T.blank(2)
    T.line("Till delägarna i Norra Sundby vägförening")
    T.blank(2)
    T.line("KALLELSE TILL ÅRSSTÄMMA", style="B")
    T.line("=======================")
    T.blank()
    T.para("Delägarna i Norra Sundby vägförening kallas härmed till ordinarie årsstämma "
           "söndagen den 20 mars 1983 kl. 14.00 i " + loc + ".")
    T.blank()
    T.line("Vid stämman skall följande ärenden förekomma:")
    T.blank()
    for it in I:
        pn = it["printed_number"].rjust(4)
        lines = textwrap.wrap(it["title"], width=T.cols - 6)
        T.line(pn + " " + lines[0])
        for ln in lines[1:]:
            T.line(ln, col=5)
        if it["proposal"]:
            T.para(it["prop_label"] + " " + it["proposal"], col=9)
    T.blank()
    T.para("Styrelsens förvaltningsberättelse, räkenskaper och förslag till debiteringslängd finns "
           "tillgängliga hos kassören Gun Lindberg, Sundby 2:7, från den 6 mars. Motioner skall vara "
           "styrelsen tillhanda senast den 1 mars.")
    T.blank()
    T.line("Efter stämman bjuder föreningen på kaffe.")
    T.blank()
    T.line("Välkomna!")
    T.blank()
    T.line("STYRELSEN")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Norra Sundby vägförening, kallelse (letter) to the ordinary årsstämma 20 March 1983; printed on a dot-matrix printer and photocopied: "
             "the page is a scan with no text layer. Numbered agenda '1)'..'16)' inside the letter; organ 'Årsstämma' as printed ('ordinarie årsstämma'). "
             "start_time is the announced time 'kl. 14.00'. The two 'Styrelsens förslag:' paragraphs under items 8 and 10 are the proposals. "
             "The letter names only a contact person (Lars Gustafsson, c/o address) and the treasurer (Gun Lindberg) — no list of called or present people, so the key 'participants' is omitted. "
             "The date 'Sundby i februari 1983' is the letter date, not the meeting date.")
    gold = gold_of(name + ".pdf", "kallelse", "Årsstämma", "1983-03-20",
                   {"start_time": "14:00", "end_time": None, "location": loc}, I, None, notes, scanned=True)
    return name, pre, gold, dict(style="dotmatrix", seed=1983,
                                 forms="scan (dot-matrix, photocopy), kallelse letter with agenda '1)'..'16)', 'Styrelsens förslag:' under two items, no participant list")


# ----------------------------------------------------------------------------
# 3. 1991 Älvby hembygdsförening – årsmöte, protokoll, word processor (Times)
# ----------------------------------------------------------------------------


def doc3():
    name = "1991-03-17_alvby_hembygdsforening_arsmote_protokoll"
    loc = "Hembygdsgården Gammelgården, Älvby"
    present = [
        person("Karin", "Lundgren", "ordförande"), person("Olle", "Persson"), person("Maj-Britt", "Olsson", "sekreterare"),
        person("Nils", "Ekberg", "justerare"), person("Gudrun", "Sjöberg", "justerare"), person("Bengt", "Hägg"),
        person("Astrid", "Forsberg"), person("Arne", "Vikström"), person("Sonja", "Hed"), person("Elof", "Björk"),
        person("Gunnel", "Wiklund"), person("Ingvar", "Ström"), person("Rut", "Nyberg"), person("Torsten", "Ek"),
    ]
    I = [
        item(1, "1 §", "Årsmötets öppnande",
             body=["Föreningens ordförande Karin Lundgren hälsade alla välkomna och förklarade årsmötet öppnat."]),
        item(2, "2 §", "Val av ordförande för mötet",
             decision="Årsmötet valde Karin Lundgren till ordförande för mötet."),
        item(3, "3 §", "Val av sekreterare för mötet",
             decision="Årsmötet valde Maj-Britt Olsson till sekreterare för mötet."),
        item(4, "4 §", "Val av två justerare tillika rösträknare",
             decision="Till justerare tillika rösträknare valdes Nils Ekberg och Gudrun Sjöberg."),
        item(5, "5 §", "Fråga om årsmötet blivit behörigt utlyst",
             body=["Kallelse har varit införd i Älvby-Posten den 28 februari och anslagen i affären och på hembygdsgården."],
             decision="Årsmötet förklarades behörigt utlyst."),
        item(6, "6 §", "Godkännande av dagordning", decision="Dagordningen godkändes."),
        item(7, "7 §", "Verksamhetsberättelse för 1990",
             body=["Sekreteraren Maj-Britt Olsson föredrog verksamhetsberättelsen. Föreningen har under året haft 212 medlemmar. Hembygdsdagen i augusti samlade omkring 400 besökare."],
             decision="Verksamhetsberättelsen godkändes och lades till handlingarna.", presenters=["Maj-Britt Olsson"]),
        item(8, "8 §", "Kassarapport och revisionsberättelse",
             body=["Kassören Olle Persson redogjorde för föreningens ekonomi. Behållningen vid årets slut uppgick till 23 412,50 kr. Revisor Bengt Hägg läste upp revisionsberättelsen."],
             decision="Kassarapporten och revisionsberättelsen lades till handlingarna.", presenters=["Olle Persson"]),
        item(9, "9 §", "Ansvarsfrihet för styrelsen",
             decision="Årsmötet beviljade styrelsen ansvarsfrihet för 1990 års förvaltning."),
        item(10, "10 §", "Medlemsavgift för 1992",
             decision="Årsmötet beslöt att medlemsavgiften för 1992 ska vara oförändrad, 50 kr per person och 80 kr per familj."),
        item(11, "11 §", "Val av ordförande för 1991",
             decision="Karin Lundgren omvaldes till ordförande för ett år."),
        item(12, "12 §", "Val av styrelseledamöter och suppleanter",
             decision="Till styrelseledamöter för två år omvaldes Olle Persson och Maj-Britt Olsson. Som nya ledamöter för två år valdes Arne Vikström och Sonja Hed. Till suppleanter för ett år valdes Elof Björk och Gunnel Wiklund."),
        item(13, "13 §", "Val av revisorer och revisorssuppleant",
             decision="Till revisorer valdes Bengt Hägg och Ingvar Ström med Rut Nyberg som suppleant."),
        item(14, "14 §", "Val av valberedning",
             decision="Till valberedning valdes Nils Ekberg, sammankallande, och Astrid Forsberg."),
        item(15, "15 §", "Arbetsplan för 1991",
             body=["Ordföranden Karin Lundgren informerade om planerna för året: slåtter vid Gammelgården i juli, midsommarfirande, hembygdsdag den 18 augusti och fortsatt arbete med att förteckna de gamla fotografierna."],
             decision="Årsmötet godkände arbetsplanen.", presenters=["Karin Lundgren"]),
        item(16, "16 §", "Övriga frågor",
             body=["Gudrun Sjöberg tog upp frågan om ny takbeläggning på bagarstugan. Torsten Ek erbjöd sig att ta in en offert."],
             decision="Årsmötet beslöt att hänskjuta frågan till styrelsen."),
        item(17, "17 §", "Årsmötets avslutande",
             body=["Ordföranden tackade för visat intresse och förklarade årsmötet avslutat kl. 16.40. Därefter serverades kaffe med dopp i sockenstugan."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(25, 18, 22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("Times", "I", 9)
        p.cell(0, 5, f"Älvby hembygdsförening, årsmöte 1991                                                                    sid {p.page_no()}", align="L")

    pdf.ftr = ftr
    pdf.add_page()
    # logo: little house drawn with shapes
    pdf.set_line_width(0.5)
    x0, y0 = 25, 16
    pdf.polygon([(x0, y0 + 8), (x0 + 8, y0), (x0 + 16, y0 + 8)], style="D")
    pdf.rect(x0 + 2, y0 + 8, 12, 9)
    pdf.rect(x0 + 6.5, y0 + 12, 3, 5)
    pdf.set_xy(45, 17)
    pdf.set_font("Times", "B", 16)
    pdf.cell(0, 7, "ÄLVBY HEMBYGDSFÖRENING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(45)
    pdf.set_font("Times", "", 11)
    pdf.cell(0, 5, "Bildad 1934", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(40)
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 8, "PROTOKOLL FRÅN ÅRSMÖTE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Times", "", 12)
    for lab, val in (("Datum:", "Söndagen den 17 mars 1991"), ("Tid:", "Kl. 15.00"), ("Plats:", loc)):
        pdf.cell(30, 6, lab)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(30, 6, "Närvarande:")
    pdf.set_left_margin(55)
    mc(pdf, ", ".join(p["name"] for p in present) + ".", h=6)
    pdf.set_left_margin(25)
    pdf.ln(5)
    for it in I:
        pdf.set_font("Times", "B", 12)
        pdf.cell(18, 6, it["printed_number"])
        pdf.cell(0, 6, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 12)
        pdf.set_left_margin(43)
        for b in it["body"]:
            mc(pdf, b, h=6, align="J")
        if it["decision"]:
            mc(pdf, it["decision"], h=6, align="J")
        pdf.set_left_margin(25)
        pdf.ln(3)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    pdf.set_font("Times", "", 12)
    y = pdf.get_y()
    pdf.cell(80, 6, "Vid protokollet")
    pdf.cell(0, 6, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    y = pdf.get_y()
    pdf.line(25, y, 85, y)
    pdf.line(105, y, 165, y)
    pdf.cell(80, 6, "Maj-Britt Olsson")
    pdf.cell(0, 6, "Karin Lundgren, ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    y = pdf.get_y()
    pdf.line(25, y, 85, y)
    pdf.line(105, y, 165, y)
    pdf.cell(80, 6, "Nils Ekberg")
    pdf.cell(0, 6, "Gudrun Sjöberg", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Älvby hembygdsförening, årsmöte 17 March 1991; word-processor look (Times), label header 'Datum:/Tid:/Plats:/Närvarande:' with a comma list of 14 names. "
             "Numbering in the old form '1 §'. start_time from 'Tid: Kl. 15.00' (the opening sentence gives no time); end_time from § 17 'kl. 16.40'. "
             "Roles: Karin Lundgren chaired the meeting (ordförande), Maj-Britt Olsson sekreterare, Nils Ekberg and Gudrun Sjöberg justerare; all others in the list are 'ledamot' (including the cashier and the auditor). "
             "Elections are decisions ('Årsmötet valde ...', 'Till ... valdes ...', '... omvaldes ...'). Presenters only where the text says föredrog/redogjorde/informerade (§ 7, § 8, § 15); "
             "'läste upp' (auditor in § 8) is not counted as presenting the item.")
    gold = gold_of(name + ".pdf", "protokoll", "Årsmöte", "1991-03-17",
                   {"start_time": "15:00", "end_time": "16:40", "location": loc}, I, present, notes)
    return name, pre, gold, dict(forms="Times, house logo drawn, label header Datum:/Tid:/Plats:, comma presence list, '1 §' numbering, justified body, signature lines")


# ----------------------------------------------------------------------------
# 4. 1998 Hällsjö IF – styrelsemöte, protokoll (Word 97 look, Arial/Helvetica)
# ----------------------------------------------------------------------------


def doc4():
    name = "1998-05-12_hallsjo_if_styrelsemote_protokoll"
    loc = "Klubbstugan, Hällsjövallen"
    present = [
        (person("Tomas", "Berglund", "ordförande"), "ordförande"),
        (person("Anneli", "Strand", "sekreterare"), "sekreterare"),
        (person("Lena", "Fors"), "kassör"),
        (person("Peter", "Åkesson", "justerare"), "ledamot"),
        (person("Jonny", "Mattsson"), "ledamot, fotbollssektionen"),
        (person("Maria", "Holm", "ersättare"), "suppleant"),
        (person("Göran", "Lind", "övrig"), "ungdomsansvarig, adjungerad"),
    ]
    I = [
        item(41, "§ 41", "Mötets öppnande",
             body=["Ordförande Tomas Berglund öppnade mötet kl. 18.35 och hälsade alla välkomna."]),
        item(42, "§ 42", "Godkännande av dagordning", dec_label="Beslut:",
             decision="Dagordningen godkändes med tillägg av en punkt under övriga frågor (städdag)."),
        item(43, "§ 43", "Val av justerare", dec_label="Beslut:",
             decision="Peter Åkesson utsågs att jämte ordföranden justera dagens protokoll."),
        item(44, "§ 44", "Föregående protokoll", body=["Protokoll nr 4/1998 gicks igenom."], dec_label="Beslut:",
             decision="Protokollet lades till handlingarna."),
        item(45, "§ 45", "Ekonomi",
             body=["Kassören Lena Fors redogjorde för det ekonomiska läget. Saldo på postgirot 1998-05-10: 48 215 kr. "
                   "Medlemsavgifterna för 1998 har hittills betalats av 187 medlemmar. Kommunens aktivitetsstöd för andra halvåret 1997, 11 340 kr, har kommit in."],
             dec_label="Beslut:", decision="Rapporten godkändes.", presenters=["Lena Fors"]),
        item(46, "§ 46", "Rapporter från sektionerna",
             body=["a) Fotboll: Jonny Mattsson informerade om att A-laget ligger trea i division 6 efter fyra omgångar. Damlaget har fått ny tränare, Kicki Sundqvist.",
                   "b) Skidor: Ingen verksamhet under sommarhalvåret. Rullskidträningen startar i augusti.",
                   "c) Ungdom: Göran Lind rapporterade att 64 barn hittills anmält sig till fotbollsskolan."],
             dec_label="Beslut:", decision="Rapporterna lades till handlingarna.", presenters=["Jonny Mattsson", "Göran Lind"]),
        item(47, "§ 47", "Fotbollsskolan 1998",
             body=["Göran Lind föredrog förslag till upplägg av årets fotbollsskola. Ledare blir spelare ur A-laget och juniorlaget."],
             prop_label="Förslag till beslut:", proposal="att fotbollsskolan genomförs 15-19 juni med en deltagaravgift om 250 kr inklusive t-shirt och boll.",
             dec_label="Beslut:", decision="Styrelsen beslutade enligt förslaget.", presenters=["Göran Lind"]),
        item(48, "§ 48", "Ny gräsklippare",
             body=["Den gamla gräsklipparen gick sönder i april. Två offerter har kommit in, från Hällsjö Maskin & Motor (32 900 kr) och från Ljusdals Lantman (35 400 kr)."],
             dec_label="Beslut:", decision="Styrelsen beslutade att köpa en åkgräsklippare från Hällsjö Maskin & Motor för 32 900 kr. Lena Fors ansöker om kommunalt anläggningsbidrag för halva kostnaden."),
        item(49, "§ 49", "Övriga frågor",
             body=["Städdag: Anneli Strand skickar ut kallelse till alla medlemmar."],
             dec_label="Beslut:", decision="Städdag hålls lördagen den 23 maj kl. 10.00 vid Hällsjövallen."),
        item(50, "§ 50", "Nästa möte",
             body=["Tisdagen den 9 juni kl. 18.30 i klubbstugan."]),
        item(51, "§ 51", "Mötets avslutande",
             body=["Ordföranden tackade för visat intresse och förklarade mötet avslutat 20:40."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(20, 15, 20)

    def hdr(p):
        # shield logo drawn with shapes
        p.set_line_width(0.6)
        p.set_draw_color(20, 60, 140)
        p.set_fill_color(20, 60, 140)
        x, y = 20, 10
        p.polygon([(x, y), (x + 14, y), (x + 14, y + 9), (x + 7, y + 16), (x, y + 9)], style="DF")
        p.set_text_color(255, 255, 255)
        p.set_font("Helvetica", "B", 8)
        p.set_xy(x, y + 3)
        p.cell(14, 5, "HIF", align="C")
        p.set_text_color(0, 0, 0)
        p.set_draw_color(0, 0, 0)
        p.set_xy(38, 11)
        p.set_font("Helvetica", "B", 13)
        p.cell(0, 6, "Hällsjö Idrottsförening")
        p.set_xy(38, 17)
        p.set_font("Helvetica", "", 9)
        p.cell(0, 5, "Styrelsen")
        p.set_y(30)

    def ftr(p):
        p.set_y(-16)
        p.set_line_width(0.2)
        p.line(20, p.get_y(), 190, p.get_y())
        p.set_font("Helvetica", "", 8)
        p.cell(120, 5, "Hällsjö IF  ·  Box 14, 820 62 Hällsjö  ·  Org.nr 886400-2731  ·  Pg 45 67 89-1")
        p.cell(0, 5, f"Sida {p.page_no()}", align="R")

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(35, 135), text_align="LEFT", first_row_as_headings=False, line_height=5.5,
                   width=170, align="LEFT") as t:
        for a, b in (("Möte", "Styrelsemöte nr 5/1998"), ("Datum", "1998-05-12"), ("Plats", loc),
                     ("Närvarande", "\n".join(f"{p['name']}, {f}" for p, f in present)),
                     ("Frånvarande", "Stefan Nord"), ("Paragrafer", "§§ 41-51")):
            r = t.row()
            r.cell(a)
            r.cell(b)
    pdf.ln(6)
    for it in I:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(16, 6, it["printed_number"])
        pdf.cell(0, 6, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 10)
        pdf.set_left_margin(36)
        for b in it["body"]:
            mc(pdf, b)
        if it["proposal"]:
            pdf.set_font("Helvetica", "I", 10)
            mc(pdf, it["prop_label"] + " " + it["proposal"])
            pdf.set_font("Helvetica", "", 10)
        if it["decision"]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(pdf.get_string_width(it["dec_label"] + " "), 5, it["dec_label"] + " ")
            pdf.set_font("Helvetica", "", 10)
            mc(pdf, it["decision"], w=0)
        pdf.set_left_margin(20)
        pdf.set_x(20)
        pdf.ln(3)
    pdf.ln(8)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(85, 5, "Vid protokollet")
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.line(20, y, 80, y)
    pdf.line(105, y, 165, y)
    pdf.cell(85, 5, "Anneli Strand, sekreterare")
    pdf.cell(0, 5, "Tomas Berglund, ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.line(105, y, 165, y)
    pdf.set_x(105)
    pdf.cell(0, 5, "Peter Åkesson", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Hällsjö Idrottsförening (Hällsjö IF, org.nr 886400-2731), styrelsemöte nr 5/1998 on 1998-05-12; organ 'Styrelsen'. "
             "Paragraphs are numbered continuously over the year, § 41-§ 51, so 'number' is 41..51. Header is a two-column table (Möte/Datum/Plats/Närvarande/Frånvarande); "
             "presence is one person per line with function. Role mapping: kassör and plain ledamöter = 'ledamot', 'suppleant' = 'ersättare' (not stated as tjänstgörande), "
             "the co-opted youth leader Göran Lind = 'övrig', Peter Åkesson elected justerare in § 43 = 'justerare'. Stefan Nord is listed as absent (Frånvarande) and is not a participant. "
             "§ 46 has lettered sub-reports a)-c) without own decisions: they are NOT separate items; presenters of § 46 are those who informerade/rapporterade. "
             "Decisions are the text after the bold label 'Beslut:' (label not included); § 47 has 'Förslag till beslut:' = proposal. "
             "§ 50 'Nästa möte' records no decision. Times: opened 'kl. 18.35' (§ 41), closed '20:40' (§ 51); no time in the header. No attachments.")
    gold = gold_of(name + ".pdf", "protokoll", "Styrelsen", "1998-05-12",
                   {"start_time": "18:35", "end_time": "20:40", "location": loc}, I, [p for p, f in present], notes)
    return name, pre, gold, dict(forms="Helvetica, drawn shield logo, running header+footer with org.nr, table header, one-per-line presence with function, '§ 41' yearly numbering, a)-c) sub-reports, 'Beslut:' labels")


# ----------------------------------------------------------------------------
# 5. 2004 Kören Cantilena – dagordning årsmöte, one A5 page
# ----------------------------------------------------------------------------


def doc5():
    name = "2004-02-25_koren_cantilena_dagordning_arsmote"
    loc = "Solbackens församlingshem, lilla salen"
    titles = ["Mötets öppnande", "Val av mötesordförande", "Val av mötessekreterare",
              "Val av två justerare tillika rösträknare", "Fråga om mötet är behörigen utlyst",
              "Godkännande av dagordningen", "Verksamhetsberättelse 2003", "Ekonomisk berättelse 2003",
              "Revisorernas berättelse", "Ansvarsfrihet för styrelsen", "Verksamhetsplan och budget 2004",
              "Fastställande av terminsavgift", "Val av styrelse", "Val av revisorer och revisorssuppleant",
              "Val av valberedning", "Övriga frågor", "Mötets avslutande"]
    I = []
    for k, t in enumerate(titles, 1):
        kw = {}
        if t == "Fastställande av terminsavgift":
            kw = dict(prop_label="Styrelsens förslag:",
                      proposal="att terminsavgiften höjs från 400 kr till 450 kr från och med höstterminen 2004.")
        I.append(item(k, f"§{k}", t, **kw))
    pdf = Doc("A5")
    pdf.set_auto_page_break(False)
    pdf.set_margins(14, 12, 14)
    pdf.add_page()
    # logo: two beamed eighth notes drawn with shapes
    pdf.set_fill_color(90, 20, 60)
    pdf.set_draw_color(90, 20, 60)
    x, y = 14, 12
    pdf.ellipse(x, y + 10, 5, 3.6, style="F")
    pdf.ellipse(x + 9, y + 8, 5, 3.6, style="F")
    pdf.set_line_width(0.7)
    pdf.line(x + 4.7, y + 11.5, x + 4.7, y + 1.5)
    pdf.line(x + 13.7, y + 9.5, x + 13.7, y - 0.5)
    pdf.set_line_width(1.6)
    pdf.line(x + 4.7, y + 1.7, x + 13.7, y - 0.3)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(34, 12)
    pdf.set_font("DejaVuCond", "B", 15)
    pdf.set_text_color(90, 20, 60)
    pdf.cell(0, 7, "Kören Cantilena", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.set_x(34)
    pdf.set_font("DejaVuCond", "", 8)
    pdf.cell(0, 4, "Blandad kör i Solbacken sedan 1979", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(30)
    pdf.set_font("DejaVuCond", "B", 13)
    pdf.cell(0, 7, "Dagordning för årsmöte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuCond", "", 9.5)
    mc(pdf, "Onsdagen den 25 februari 2004 kl. 19.00 i " + loc + " (efter ordinarie repetition)", h=4.6)
    pdf.ln(3)
    for it in I:
        pdf.set_font("DejaVuCond", "", 10)
        pdf.cell(10, 5.4, it["printed_number"])
        pdf.cell(0, 5.4, it["title"], new_x="LMARGIN", new_y="NEXT")
        if it["proposal"]:
            pdf.set_left_margin(24)
            pdf.set_font("DejaVuCond", "I", 8.5)
            mc(pdf, it["prop_label"] + " " + it["proposal"], h=4.2)
            pdf.set_left_margin(14)
    pdf.ln(4)
    pdf.set_font("DejaVuCond", "", 9)
    mc(pdf, "Verksamhetsberättelse, bokslut och valberedningens förslag delas ut vid repetitionen den 18 februari. "
            "Efter mötet bjuder styrelsen på smörgåstårta.", h=4.4)
    pdf.ln(3)
    mc(pdf, "Välkomna!\nStyrelsen", h=4.4)
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Kören Cantilena (a mixed choir), one-page A5 dagordning for the årsmöte on 25 February 2004; kind 'kallelse'. "
             "Items numbered '§1'..'§17' without a space. Only § 12 carries a proposal ('Styrelsens förslag:'). "
             "start_time is the announced 'kl. 19.00'. No people are named at all, so 'participants' is omitted.")
    gold = gold_of(name + ".pdf", "kallelse", "Årsmöte", "2004-02-25",
                   {"start_time": "19:00", "end_time": None, "location": loc}, I, None, notes)
    return name, pre, gold, dict(forms="A5, condensed sans, drawn music-note logo, one-page dagordning '§1' (no space), one proposal line, no names")


# ----------------------------------------------------------------------------
# 6. 2009 Teknologkåren – kårfullmäktige, protokoll (LibreOffice look, margin numbers)
# ----------------------------------------------------------------------------


def doc6():
    name = "2009-11-19_teknologkaren_karfullmaktige_protokoll"
    loc = "Kårhuset Ugglan, Stora salen"
    led = [person("Johan", "Ek", "ordförande"), person("Sara", "Lindblad", "vice ordförande"),
           person("Emma", "Sandström", "justerare"), person("Oskar", "Nyqvist", "justerare"),
           person("Fredrik", "Ahl"), person("Linnea", "Borg"), person("Ahmed", "Karimi"),
           person("Jenny", "Wahlberg"), person("Henrik", "Lund")]
    led_fn = ["ordförande", "vice ordförande", "", "", "", "", "", "", ""]
    ers = [person("Petra", "Granlund", "tjänstgörande ersättare")]
    sek = [person("Mikael", "Hedlund", "sekreterare")]
    ovr = [(person("Lisa", "Falk", "övrig"), "kårordförande"), (person("Anton", "Berg", "övrig"), "vice kårordförande"),
           (person("Karin", "Mörk", "övrig", org="Kårtidningen Gnistan"), "Kårtidningen Gnistan")]
    F = "Fullmäktige beslutade"
    I = [
        item(1, "§ 1", "Mötets öppnande",
             body=["Fullmäktiges ordförande Johan Ek förklarade mötet öppnat kl. 17:15."]),
        item(2, "§ 2", "Val av justerare tillika rösträknare",
             att_lines=(F, ["att välja Emma Sandström och Oskar Nyqvist till justerare tillika rösträknare."])),
        item(3, "§ 3", "Mötets behöriga utlysande",
             body=["Kallelse och handlingar skickades ut den 5 november 2009 i enlighet med stadgarna."],
             att_lines=(F, ["att förklara mötet behörigen utlyst."])),
        item(4, "§ 4", "Adjungeringar",
             att_lines=(F, ["att adjungera Karin Mörk, Kårtidningen Gnistan, med närvaro- och yttranderätt."])),
        item(5, "§ 5", "Fastställande av föredragningslista",
             body=["Ahmed Karimi begärde att hans motion om läsesalens öppettider skulle tas upp som en egen punkt."],
             att_lines=(F, ["att fastställa föredragningslistan med tillägg av § 9 b."])),
        item(6, "§ 6", "Föregående protokoll",
             att_lines=(F, ["att lägga protokollet från KF-möte 3 till handlingarna."])),
        item(7, "§ 7", "Meddelanden",
             body=["Kårordförande Lisa Falk informerade om att rektor har beslutat att biblioteket ska ha öppet till kl. 22 under tentaperioden i januari, "
                   "och om att kårstyrelsen har inlett förhandlingar med Akademiska Hus om hyran för kårhuset."],
             presenters=["Lisa Falk"]),
        item(8, "§ 8", "Ekonomisk rapport Q1",
             body=["Vice kårordförande Anton Berg föredrog den ekonomiska rapporten för verksamhetsårets första kvartal, bilaga 2. "
                   "Resultatet är 41 300 kr bättre än budgeterat, främst tack vare högre intäkter från nollningen."],
             att=["bilaga 2"], presenters=["Anton Berg"],
             att_lines=(F, ["att lägga rapporten till handlingarna."])),
        item(9, "§ 9", "Motioner"),
        item(9, "§ 9 a", "Motion om Fairtrade-märkt kaffe i kårhuset",
             body=["Jenny Wahlberg föredrog sin motion, bilaga 3."],
             prop_label="Kårstyrelsens förslag till beslut:", proposal="att bifalla motionen",
             att=["bilaga 3"], presenters=["Jenny Wahlberg"],
             att_lines=("Fullmäktige beslutade med 8 röster för, 1 emot och 1 nedlagd röst", ["att bifalla motionen."])),
        item(9, "§ 9 b", "Motion om utökade öppettider i läsesalen",
             body=["Ahmed Karimi föredrog sin motion, bilaga 4. Kårstyrelsen hade i sitt yttrande pekat på kostnaden för väktare."],
             prop_label="Kårstyrelsens förslag till beslut:", proposal="att avslå motionen",
             mid=["Ahmed Karimi yrkade bifall till motionen. Votering begärdes. Voteringen utföll med 4 röster för bifall och 6 röster för avslag."],
             att=["bilaga 4"], presenters=["Ahmed Karimi"],
             att_lines=(F, ["att avslå motionen."])),
        item(10, "§ 10", "Fyllnadsval av ledamot i valberedningen",
             att_lines=(F, ["att välja Linnea Borg till ledamot av valberedningen för resterande del av mandatperioden."])),
        item(11, "§ 11", "Revidering av verksamhetsplan 2009/2010",
             body=["Anton Berg föredrog kårstyrelsens förslag till reviderad verksamhetsplan, bilaga 5."],
             prop_label="Kårstyrelsens förslag till beslut:", proposal="att anta den reviderade verksamhetsplanen enligt bilaga 5",
             mid=["Henrik Lund yrkade att punkt 4.2 om kårens deltagande i arbetsmarknadsdagarna stryks."],
             att=["bilaga 5"], presenters=["Anton Berg"],
             att_lines=(F, ["att anta den reviderade verksamhetsplanen enligt bilaga 5,",
                            "att punkt 4.2 stryks i enlighet med Henrik Lunds yrkande."])),
        item(12, "§ 12", "Övriga frågor", body=["Inga övriga frågor anmäldes."]),
        item(13, "§ 13", "Nästa möte", body=["Nästa möte hålls torsdagen den 10 december 2009 kl. 17:15 i Stora salen."]),
        item(14, "§ 14", "Mötets avslutande", body=["Ordföranden förklarade mötet avslutat kl. 21:04."]),
    ]
    pdf = Doc("A4")
    pdf.alias_nb_pages()
    pdf.set_auto_page_break(True, 25)
    pdf.set_margins(22, 28, 20)

    def hdr(p):
        p.set_font("DejaVu", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.set_xy(22, 10)
        p.cell(110, 4, "TEKNOLOGKÅREN VID NORRVIKS TEKNISKA HÖGSKOLA")
        p.cell(0, 4, "Kårfullmäktige 2009/10:4 – Protokoll", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_x(22)
        p.cell(110, 4, "Org.nr 845002-1178")
        p.cell(0, 4, "2009-11-19", align="R")
        p.set_draw_color(150, 150, 150)
        p.line(22, 19, 190, 19)
        p.set_draw_color(0, 0, 0)
        p.set_text_color(0, 0, 0)
        p.set_y(28)

    def ftr(p):
        p.set_y(-18)
        p.set_font("DejaVu", "", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(120, 4, "Justerare: ______________   ______________")
        p.cell(0, 4, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_text_color(0, 0, 0)

    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, "Protokoll", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10.5)
    pdf.cell(0, 6, "Kårfullmäktige, möte 4 verksamhetsåret 2009/2010", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "", 9.5)
    for a, b in (("Datum", "torsdagen den 19 november 2009"), ("Plats", loc)):
        pdf.set_font("DejaVu", "B", 9)
        pdf.cell(38, 5, a)
        pdf.set_font("DejaVuSerif", "", 9.5)
        pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 9)
    pdf.cell(0, 5, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 9)
    with pdf.table(col_widths=(38, 62, 68), text_align="LEFT", line_height=4.6, width=168, align="LEFT",
                   borders_layout="HORIZONTAL_LINES") as t:
        r = t.row()
        for h in ("Kategori", "Namn", "Anmärkning"):
            r.cell(h)
        for k, (pp, fn) in enumerate(zip(led, led_fn)):
            r = t.row()
            r.cell("Ledamöter" if k == 0 else "")
            r.cell(pp["name"])
            r.cell(fn)
        r = t.row(); r.cell("Tjänstgörande suppleant"); r.cell(ers[0]["name"]); r.cell("ersätter Maja Holst")
        r = t.row(); r.cell("Mötessekreterare"); r.cell(sek[0]["name"]); r.cell("")
        for k, (pp, fn) in enumerate(ovr):
            r = t.row()
            r.cell("Övriga närvarande" if k == 0 else "")
            r.cell(pp["name"])
            r.cell(fn)
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "I", 8.5)
    mc(pdf, "Frånvarande: Maja Holst (ledamot). Mötet ajournerades kl. 18:32-18:50 för middag (under § 9).", h=4.4)
    pdf.ln(5)
    LM, TX = 22, 46
    for it in I:
        if pdf.get_y() > pdf.h - 50:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.set_x(LM)
        pdf.cell(TX - LM, 5.5, it["printed_number"])
        pdf.set_left_margin(TX)
        pdf.set_xy(TX, y)
        mc(pdf, it["title"], h=5.5)
        pdf.set_font("DejaVuSerif", "", 9.5)
        for b in it["body"]:
            mc(pdf, b, h=4.8)
            pdf.ln(1)
        if it["proposal"]:
            pdf.set_font("DejaVuSerif", "I", 9.5)
            mc(pdf, it["prop_label"], h=4.8)
            pdf.set_font("DejaVuSerif", "", 9.5)
            mc(pdf, it["proposal"], h=4.8)
            pdf.ln(1)
        for b in it["mid"]:
            mc(pdf, b, h=4.8)
            pdf.ln(1)
        if it["att_lines"]:
            lead, lines = it["att_lines"]
            pdf.set_font("DejaVuSerif", "B", 9.5)
            mc(pdf, lead, h=4.8)
            for ln in lines:
                pdf.set_left_margin(TX + 8)
                mc(pdf, ln, h=4.8)
            pdf.set_left_margin(TX)
            pdf.set_font("DejaVuSerif", "", 9.5)
        pdf.set_left_margin(LM)
        pdf.set_x(LM)
        pdf.ln(4)
        if it["printed_number"] == "§ 9":
            pdf.ln(-2)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("DejaVuSerif", "", 9.5)
    pdf.cell(85, 5, "Vid protokollet")
    pdf.cell(0, 5, "Ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(85, 5, "Mikael Hedlund, mötessekreterare")
    pdf.cell(0, 5, "Johan Ek", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(85, 5, "Emma Sandström")
    pdf.cell(0, 5, "Oskar Nyqvist", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    participants = led + ers + sek + [pp for pp, fn in ovr]
    notes = ("Teknologkåren vid Norrviks tekniska högskola (org.nr 845002-1178), Kårfullmäktige möte 4 2009/10, 2009-11-19; organ 'Kårfullmäktige'. "
             "Paragraph numbers stand in the left margin, titles bold to the right. § 9 'Motioner' is a heading with two lettered sub-items § 9 a and § 9 b; "
             "because each has its own heading AND decision they are separate items (number 9, printed '§ 9 a'/'§ 9 b'), and § 9 itself is kept as an item with no decision. "
             "Decisions are written 'Fullmäktige beslutade' followed by indented att-lines; the gold decision is the lead plus all att-lines joined with single spaces. "
             "The 'Kårstyrelsens förslag till beslut:' text (label excluded) is the proposal. Votes: § 9 a count is in the decision sentence; in § 9 b the vote is a separate sentence before the decision and counted as discussion. "
             "Attachments are the 'bilaga N' references in the item text. Presence table: ledamöter = ledamot except KF chair Johan Ek (ordförande) and Sara Lindblad (vice ordförande); "
             "justerare Emma Sandström and Oskar Nyqvist = justerare; Petra Granlund = tjänstgörande ersättare; mötessekreterare = sekreterare; övriga närvarande = övrig "
             "(Karin Mörk's organization 'Kårtidningen Gnistan' as printed; 'kårordförande' is a function, not an organization, so null). Maja Holst is absent. "
             "start 17:15, end 21:04; the ajournering 18:32-18:50 is neither.")
    gold = gold_of(name + ".pdf", "protokoll", "Kårfullmäktige", "2009-11-19",
                   {"start_time": "17:15", "end_time": "21:04", "location": loc}, I, participants, notes)
    return name, pre, gold, dict(forms="serif body/sans headings, running header with org.nr, 'Sida x av y', presence table with categories, numbers in left margin, '§ 9 a/§ 9 b' sub-items, att-line decisions, votes, bilagor")


# ----------------------------------------------------------------------------
# 7. 2013 Storsunds byaförening r.f. (Finland) – höstmöte, protokoll
# ----------------------------------------------------------------------------


def doc7():
    name = "2013-11-19_storsunds_byaforening_rf_hostmote_protokoll"
    loc = "Storsunds byagård, Byvägen 12"
    P = [person("Annika", "Holmström", "ordförande"), person("Johan", "Lindroos", "sekreterare"),
         person("Maria", "Fagerström", "justerare"), person("Henrik", "Sundqvist", "justerare"),
         person("Pia", "Nyman")]
    I = [
        item(1, "1.", "Mötets öppnande",
             body=["Föreningens ordförande Annika Holmström öppnade mötet kl. 19.04 och hälsade de närvarande välkomna."]),
        item(2, "2.", "Val av mötesfunktionärer",
             dec_label="Beslut:",
             decision="Till ordförande för mötet valdes Annika Holmström och till sekreterare Johan Lindroos. Till protokolljusterare tillika rösträknare valdes Maria Fagerström och Henrik Sundqvist."),
        item(3, "3.", "Konstaterande av mötets laglighet och beslutförhet",
             body=["Kallelsen har publicerats i Åbolands Tidning 7.11.2013 och på föreningens anslagstavla vid busshållplatsen, i enlighet med 9 § i stadgarna."],
             dec_label="Beslut:", decision="Mötet konstaterades vara lagligen sammankallat och beslutfört."),
        item(4, "4.", "Godkännande av föredragningslistan",
             dec_label="Beslut:", decision="Föredragningslistan godkändes som mötets arbetsordning."),
        item(5, "5.", "Verksamhetsplan för år 2014",
             body=["Sekreteraren Johan Lindroos presenterade styrelsens förslag till verksamhetsplan för år 2014 (bilaga 2). "
                   "Tyngdpunkten ligger på renoveringen av byagårdens kök och på sommarens byadag."],
             prop_label="Styrelsens förslag:", proposal="Mötet godkänner verksamhetsplanen för år 2014.",
             dec_label="Beslut:", decision="Mötet godkände verksamhetsplanen utan ändringar.",
             att=["bilaga 2"], presenters=["Johan Lindroos"]),
        item(6, "6.", "Budget och medlemsavgift för år 2014",
             body=["Kassören Pia Nyman redogjorde för budgetförslaget (bilaga 3). Budgeten balanserar på 8 450 euro. "
                   "Köksrenoveringen finansieras delvis med ett understöd från Leader-gruppen, 3 200 euro."],
             prop_label="Styrelsens förslag:",
             proposal="Medlemsavgiften höjs till 15 euro för vuxna och hålls oförändrad, 5 euro, för medlemmar under 18 år.",
             dec_label="Beslut:", decision="Mötet fastställde budgeten för år 2014 samt medlemsavgiften enligt styrelsens förslag.",
             att=["bilaga 3"], presenters=["Pia Nyman"]),
        item(7, "7.", "Val av förtroendevalda för år 2014"),
        item(7, "7.1", "Val av styrelsens ordförande",
             dec_label="Beslut:", decision="Annika Holmström återvaldes till ordförande för år 2014."),
        item(7, "7.2", "Fastställande av antalet styrelsemedlemmar",
             dec_label="Beslut:", decision="Styrelsen består av ordföranden och sex medlemmar."),
        item(7, "7.3", "Val av styrelsemedlemmar",
             body=["I tur att avgå var Pia Nyman, Göran Sjöblom och Camilla Westerlund. Camilla Westerlund hade meddelat att hon inte står till förfogande."],
             dec_label="Beslut:", decision="Till styrelsemedlemmar för åren 2014-2015 valdes Pia Nyman, Göran Sjöblom och Tove Grönroos."),
        item(7, "7.4", "Val av verksamhetsgranskare och ersättare",
             dec_label="Beslut:", decision="Till verksamhetsgranskare valdes Bo Lindqvist och till ersättare Kaj Mattsson."),
        item(8, "8.", "Övriga ärenden",
             body=["Henrik Sundqvist informerade om stadens planer på att dra ner på busstrafiken till Storsund från och med sommaren 2014."],
             dec_label="Beslut:", decision="Mötet uppdrog åt styrelsen att lämna in ett utlåtande till staden före 15.12.2013.",
             presenters=["Henrik Sundqvist"]),
        item(9, "9.", "Mötets avslutande",
             body=["Ordföranden tackade de närvarande och avslutade mötet kl. 20.12."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 24)
    pdf.set_margins(25, 20, 25)

    def ftr(p):
        p.set_y(-17)
        p.set_font("DejaVu", "", 7.5)
        p.set_text_color(110, 110, 110)
        p.cell(0, 4, "Storsunds byaförening r.f.  |  FO-nummer 2456871-3  |  Byvägen 12, 21660 Storsund  |  www.storsund.fi", align="C",
               new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"{p.page_no()}", align="C")
        p.set_text_color(0, 0, 0)

    pdf.ftr = ftr
    pdf.add_page()
    # logo: waves in a circle
    pdf.set_draw_color(30, 90, 130)
    pdf.set_line_width(0.8)
    pdf.ellipse(25, 18, 16, 16)
    for k in range(3):
        yy = 23 + k * 3
        pdf.bezier([(28, yy), (31, yy - 2), (34, yy + 2), (38, yy)])
    pdf.set_draw_color(0, 0, 0)
    pdf.set_xy(45, 19)
    pdf.set_font("DejaVu", "B", 13)
    pdf.cell(100, 6, "Storsunds byaförening r.f.")
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 6, "PROTOKOLL 2/2013", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_x(45)
    pdf.set_font("DejaVu", "", 9)
    pdf.cell(0, 5, "Storsundin kyläyhdistys ry", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(42)
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "HÖSTMÖTE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVu", "", 10)
    for a, b in (("Tid:", "tisdagen 19.11.2013 kl. 19.00"), ("Plats:", loc),
                 ("Närvarande:", "21 medlemmar enligt bifogad närvarolista (bilaga 1)")):
        pdf.cell(28, 5.5, a)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for it in I:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        sub = "." in it["printed_number"].rstrip(".")
        ind = 10 if sub else 0
        pdf.set_x(25 + ind)
        pdf.set_font("DejaVu", "B", 10.5 if not sub else 10)
        pdf.cell(10, 5.5, it["printed_number"])
        pdf.cell(0, 5.5, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 10)
        pdf.set_left_margin(35 + ind)
        for b in it["body"]:
            mc(pdf, b, h=5)
            pdf.ln(1.5)
        if it["proposal"]:
            mc(pdf, it["prop_label"] + " " + it["proposal"], h=5)
            pdf.ln(1.5)
        if it["decision"]:
            mc(pdf, it["dec_label"] + " " + it["decision"], h=5)
        pdf.set_left_margin(25)
        pdf.set_x(25)
        pdf.ln(4)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 75:
        pdf.add_page()
    pdf.set_font("DejaVu", "", 10)
    pdf.cell(0, 5, "Storsund 19.11.2013", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(80, 5, "Annika Holmström")
    pdf.cell(0, 5, "Johan Lindroos", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "ordförande")
    pdf.cell(0, 5, "sekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(0, 5, "Protokollet justerat 26.11.2013", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    pdf.cell(80, 5, "Maria Fagerström")
    pdf.cell(0, 5, "Henrik Sundqvist", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "protokolljusterare")
    pdf.cell(0, 5, "protokolljusterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DejaVu", "I", 8.5)
    pdf.cell(0, 5, "Bilagor: 1 närvarolista, 2 verksamhetsplan 2014, 3 budget 2014", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Storsunds byaförening r.f. (Finland, FO-nummer 2456871-3), höstmöte 19.11.2013; Finland-Swedish vocabulary (höstmöte, verksamhetsgranskare, protokolljusterare, euro) and d.m.yyyy dates. "
             "Organ 'Höstmöte' as printed. start_time is the actual opening 'kl. 19.04' in item 1, not the announced 'kl. 19.00' in the header; end 20.12. "
             "Presence is only '21 medlemmar enligt bifogad närvarolista (bilaga 1)' (list not included), so participants are the people shown acting at the meeting: chair, secretary, two protokolljusterare, and the cashier Pia Nyman who presented the budget (ledamot). "
             "Item 7 is a heading with decimal sub-items 7.1-7.4, each with heading and decision: all are items with number 7 (printed '7.1' etc.), 7 itself has no decision. "
             "Decisions are the text after 'Beslut:', proposals after 'Styrelsens förslag:' (labels excluded). Attachments are the printed '(bilaga N)' references inside the items; "
             "the närvarolista bilaga 1 is in the header, not an item.")
    gold = gold_of(name + ".pdf", "protokoll", "Höstmöte", "2013-11-19",
                   {"start_time": "19:04", "end_time": "20:12", "location": loc}, I, P, notes)
    return name, pre, gold, dict(forms="Finland-Swedish r.f., d.m.yyyy dates, euro, bilingual name, drawn wave logo, 'Tid:/Plats:/Närvarande:' labels, count presence, '1.' + '7.1' sub-items, 'Beslut:'/'Styrelsens förslag:' labels, centered footer with FO-nummer")


# ----------------------------------------------------------------------------
# 8. 2018 Björkuddens samfällighetsförening – extra föreningsstämma, protokoll
# ----------------------------------------------------------------------------


def doc8():
    name = "2018-06-06_bjorkuddens_samfallighetsforening_extra_stamma_protokoll"
    loc = "Björkuddens båtklubbs klubbhus"
    rl = [  # (fastighet, person, anmärkning)
        ("Björkudden 1:3", person("Lars", "Åberg", "ordförande"), ""),
        ("Björkudden 1:4", person("Helena", "Rask", "sekreterare"), ""),
        ("Björkudden 1:6", person("Peter", "Söder", "justerare"), ""),
        ("Björkudden 1:7", person("Anna-Karin", "Vik", "justerare"), ""),
        ("Björkudden 1:9", person("Mats", "Dahl"), ""),
        ("Björkudden 1:9", person("Eva", "Dahl"), "samma fastighet, en röst"),
        ("Björkudden 1:11", person("Kerstin", "Palm"), "ombud för Ulf Palm enligt fullmakt"),
        ("Björkudden 1:12", person("Jan-Olof", "Berg"), ""),
        ("Björkudden 1:14", person("Susanne", "Lindh"), ""),
        ("Björkudden 1:15", person("Rickard", "Holm"), "ombud för dödsboet efter Greta Holm"),
        ("Björkudden 1:17", person("Yvonne", "Åström"), ""),
        ("Björkudden 1:18", person("Kent", "Nilsson"), ""),
        ("Björkudden 1:21", person("Camilla", "Ek"), ""),
    ]
    I = [
        item(1, "Punkt 1.", "Stämmans öppnande",
             body=["Föreningens ordförande Lars Åberg hälsade de närvarande välkomna och öppnade stämman kl. 19.05."]),
        item(2, "Punkt 2.", "Val av ordförande för stämman",
             decision="Stämman valde Lars Åberg till ordförande för stämman."),
        item(3, "Punkt 3.", "Val av sekreterare för stämman",
             decision="Stämman valde Helena Rask till sekreterare för stämman."),
        item(4, "Punkt 4.", "Val av två justerare tillika rösträknare",
             decision="Stämman valde Peter Söder och Anna-Karin Vik att jämte ordföranden justera protokollet samt att vara rösträknare."),
        item(5, "Punkt 5.", "Godkännande av röstlängd",
             body=["Röstlängd upprättades genom upprop. 12 av föreningens 19 delägarfastigheter var företrädda, varav två genom ombud."],
             decision="Stämman godkände röstlängden."),
        item(6, "Punkt 6.", "Fråga om kallelse skett i behörig ordning",
             body=["Kallelse har delats ut i brevlådorna och skickats med e-post den 18 maj 2018, dvs. tidigare än två veckor före stämman, i enlighet med stadgarna."],
             decision="Stämman beslutade att kallelse skett i behörig ordning."),
        item(7, "Punkt 7.", "Styrelsens förslag om ny belysning längs Björkuddsvägen",
             body=["Kassören Peter Söder redogjorde för förslaget och för de tre offerter som styrelsen tagit in. "
                   "Flera av de nuvarande gatlamporna är från 1970-talet och reservdelar finns inte längre att få."],
             prop_label="Styrelsens förslag:",
             proposal="Att föreningen byter de 14 befintliga gatlamporna längs Björkuddsvägen mot LED-armaturer samt sätter upp 4 nya stolpar vid vändplanen, "
                      "till en kostnad om högst 186 000 kronor, och att kostnaden finansieras genom uttag ur underhållsfonden med 120 000 kronor och en extra uttaxering om 3 500 kronor per fastighet.",
             mid=["Mats Dahl yrkade att endast armaturerna byts i år och att frågan om nya stolpar skjuts till ordinarie stämma 2019. "
                  "Ordföranden ställde förslagen mot varandra och fann att stämman bifallit styrelsens förslag. Votering begärdes."],
             dec_label="Beslut:",
             decision="Efter votering (9 röster för styrelsens förslag, 3 röster för Mats Dahls yrkande) beslutade stämman i enlighet med styrelsens förslag.",
             presenters=["Peter Söder"]),
        item(8, "Punkt 8.", "Debiteringslängd för extra uttaxering",
             body=["Förslag till debiteringslängd, 19 fastigheter à 3 500 kronor, fanns tillgängligt vid stämman."],
             dec_label="Beslut:",
             decision="Stämman fastställde debiteringslängden. Uttaxeringen ska vara betald senast den 31 augusti 2018 till föreningens bankgiro 5512-0934."),
        item(9, "Punkt 9.", "Meddelande om plats där stämmoprotokollet hålls tillgängligt",
             body=["Protokollet hålls tillgängligt hos ordföranden, Björkuddsvägen 7, och på föreningens hemsida från den 20 juni 2018."]),
        item(10, "Punkt 10.", "Stämmans avslutande",
             body=["Ordföranden tackade de närvarande och förklarade stämman avslutad kl. 20.22."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(24, 18, 22)
    F = "DejaVuSerifCond"

    def ftr(p):
        p.set_y(-15)
        p.set_font(F, "", 8)
        p.set_text_color(80, 80, 80)
        p.cell(0, 4, "Björkuddens samfällighetsförening  ·  org.nr 717912-4408  ·  Extra föreningsstämma 2018-06-06", align="L")
        p.cell(0, 4, f"{p.page_no()}({{nb}})", align="R")
        p.set_text_color(0, 0, 0)

    pdf.alias_nb_pages()
    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_font(F, "B", 15)
    mc(pdf, "Protokoll fört vid extra föreningsstämma i Björkuddens samfällighetsförening", h=7)
    pdf.ln(3)
    pdf.set_font(F, "", 11)
    for a, b in (("Tid:", "Onsdagen den 6 juni 2018, kl. 19.00"), ("Plats:", loc),
                 ("Närvarande:", "Se röstlängd nedan (punkt 5)")):
        pdf.set_font(F, "B", 11)
        pdf.cell(30, 6, a)
        pdf.set_font(F, "", 11)
        pdf.cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)

    def render_item(it):
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font(F, "B", 11.5)
        mc(pdf, it["printed_number"] + " " + it["title"], h=6)
        pdf.set_font(F, "", 11)
        for b in it["body"]:
            mc(pdf, b, h=5.4)
            pdf.ln(1)
        if it["proposal"]:
            pdf.set_left_margin(32)
            mc(pdf, it["prop_label"] + " " + it["proposal"], h=5.4)
            pdf.set_left_margin(24)
            pdf.ln(1)
        for b in it["mid"]:
            mc(pdf, b, h=5.4)
            pdf.ln(1)
        if it["decision"]:
            if it["dec_label"]:
                pdf.set_font(F, "B", 11)
                mc(pdf, it["dec_label"] + " " + it["decision"], h=5.4)
                pdf.set_font(F, "", 11)
            else:
                mc(pdf, it["decision"], h=5.4)
        if it["number"] == 5:
            pdf.ln(2)
            pdf.set_font(F, "", 9.5)
            with pdf.table(col_widths=(32, 45, 80), text_align="LEFT", line_height=5, width=157, align="LEFT") as t:
                r = t.row()
                for h in ("Fastighet", "Namn", "Anmärkning"):
                    r.cell(h)
                for fast, pp, anm in rl:
                    r = t.row()
                    r.cell(fast)
                    r.cell(pp["last"] + ", " + pp["first"])
                    r.cell(anm)
            pdf.set_font(F, "", 11)
        pdf.ln(4)

    for it in I:
        render_item(it)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 65:
        pdf.add_page()
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, "Vid protokollet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 6, "Helena Rask", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 6, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(55, 6, "Lars Åberg, ordf.")
    pdf.cell(55, 6, "Peter Söder")
    pdf.cell(0, 6, "Anna-Karin Vik", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Björkuddens samfällighetsförening (org.nr 717912-4408), extra föreningsstämma 2018-06-06; organ 'Extra föreningsstämma' as printed. "
             "Header is 'Protokoll fört vid ...' plus Tid:/Plats:/Närvarande: labels; presence is a röstlängd table inside Punkt 5 with names printed 'Efternamn, Förnamn' "
             "(turned around in the gold). All 13 people in the röstlängd are participants (Eva and Mats Dahl share one property and one vote but are two people); "
             "the represented owners Ulf Palm and Greta Holm are not present; the fastighet and ombud remarks are not organizations (organization null). "
             "Roles: Lars Åberg chaired (ordförande), Helena Rask sekreterare, Peter Söder and Anna-Karin Vik justerare, others ledamot. "
             "Numbering 'Punkt 1.'..'Punkt 10.' with the title on the same line. Punkt 7: 'Styrelsens förslag:' is the proposal; Mats Dahl's yrkande and the chair's proposition order are discussion; "
             "the decision is the 'Beslut:' sentence with the vote counts. Punkt 9 is information only (decision null). start 19.05 (actual opening; header says kl. 19.00), end 20.22.")
    gold = gold_of(name + ".pdf", "protokoll", "Extra föreningsstämma", "2018-06-06",
                   {"start_time": "19:05", "end_time": "20:22", "location": loc}, I, [pp for f, pp, a in rl], notes)
    return name, pre, gold, dict(forms="condensed serif, 'Protokoll fört vid' title + labels, röstlängd table 'Efternamn, Förnamn' inside an item, 'Punkt 1.' numbering, yrkande + vote, footer 'n(N)' with org.nr")


# ----------------------------------------------------------------------------
# 9. 2021 Björnbäckens scoutkår – styrelsemöte, unnumbered bold headings (Google Docs look)
# ----------------------------------------------------------------------------


def doc9():
    name = "2021-09-14_bjornbackens_scoutkar_styrelsemote_protokoll"
    loc = "Digitalt via Zoom"
    P = [(person("Sofia", "Karlsson", "ordförande"), " (ordf.)"), (person("Elias", "Nilsson", "justerare"), ""),
         (person("Maja", "Öberg", "sekreterare"), " (sekr.)"), (person("David", "Lindgren"), ""),
         (person("Hanna", "Berglöf"), ""), (person("Theo", "Strand"), " (från punkten Ekonomi)")]
    guest = person("Nora", "Åkerlund", "övrig", org="Scouterna")
    sections = [
        ("Mötets öppnande", ["Ordföranden Sofia Karlsson öppnade mötet kl. 19.02."]),
        ("Val av justerare", ["Elias Nilsson valdes att justera protokollet."]),
        ("Föregående protokoll", ["Protokollet från 17 augusti gicks igenom och lades till handlingarna."]),
        ("Ekonomi", ["David Lindgren redovisade läget: 31 480 kr på kontot. Terminsavgifterna för hösten har börjat komma in, ca 60 % har betalat.",
                     "Beslut: Påminnelse om terminsavgiften skickas ut den 1 oktober."]),
        ("Hajk och terminsstart", ["Spårarna och upptäckarna har kommit igång bra, 14 nya barn sedan i våras. Äventyrarnas höstläger blir 8-10 oktober på Ekholmen.",
                                   "Beslut: Styrelsen godkänner lägerbudgeten på 9 200 kr. Hanna samordnar anmälan."]),
        ("Besök från Scouterna", ["Nora Åkerlund berättade om regionens ledarutbildningar i vinter och om bidraget för nya ledare."]),
        ("Materialförrådet", ["Två av patrulltälten har mögelskador och måste kasseras. Theo har kollat priser.",
                              "Beslut: Vi köper två nya patrulltält, högst 7 000 kr totalt."]),
        ("Övrigt", ["Förslag om gemensam julavslutning med Ekbackens scoutkår. Sofia tar kontakt med deras ordförande."]),
        ("Nästa möte", ["Tisdag 12 oktober kl. 19.00, i scoutstugan."]),
        ("Mötets avslutande", ["Mötet avslutades 20:15."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 20)
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.add_page()
    # trefoil-ish logo: three circles
    pdf.set_fill_color(0, 95, 60)
    for dx, dy in ((0, 3), (4, 0), (8, 3)):
        pdf.ellipse(160 + dx, 20 + dy, 6, 6, style="F")
    pdf.rect(166, 27, 2, 6, style="F")
    pdf.set_font("Helvetica", "", 26)
    pdf.cell(0, 12, "Styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 13)
    pdf.set_text_color(100, 100, 100)
    pdf.cell(0, 7, "Björnbäckens scoutkår  -  14 september 2021", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0, 0, 0)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 11)
    mc(pdf, "Plats: " + loc, h=6)
    mc(pdf, "Närvarande: " + ", ".join(pp["name"] + suf for pp, suf in P), h=6)
    mc(pdf, "Gäst: Nora Åkerlund (Scouterna), under punkten Besök från Scouterna", h=6)
    mc(pdf, "Frånvarande: Ida Persson", h=6)
    pdf.ln(3)
    for head, paras in sections:
        pdf.set_font("Helvetica", "B", 12)
        pdf.ln(2)
        mc(pdf, head, h=7)
        pdf.set_font("Helvetica", "", 11)
        for ptxt in paras:
            if ptxt.startswith("Beslut:"):
                pdf.set_font("Helvetica", "B", 11)
                pdf.cell(pdf.get_string_width("Beslut: "), 6, "Beslut: ")
                pdf.set_font("Helvetica", "", 11)
                mc(pdf, ptxt[len("Beslut: "):], h=6)
            else:
                mc(pdf, ptxt, h=6)
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(80, 6, "Vid tangenterna")
    pdf.cell(0, 6, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Helvetica", "I", 11)
    pdf.cell(80, 6, "Maja Öberg")
    pdf.cell(0, 6, "Elias Nilsson", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Björnbäckens scoutkår, styrelsemöte 14 September 2021, held on Zoom; organ 'Styrelsen'. Google-Docs look: big title, grey subtitle, bold unnumbered headings. "
             "Per GOLD.md an unnumbered document has items [] - the ten bold headings ('Mötets öppnande' ... 'Mötets avslutande') carry no numbers, so no items are recorded even though some sections contain 'Beslut:' lines. "
             "Participants: the 'Närvarande:' comma list (Sofia Karlsson '(ordf.)' = ordförande, Maja Öberg '(sekr.)' = sekreterare, Elias Nilsson chosen justerare, the others ledamot; "
             "Theo Strand joined during the meeting and is still a participant) plus the guest Nora Åkerlund (övrig, organization 'Scouterna' as printed). Ida Persson was absent. "
             "Times: opened 'kl. 19.02', closed '20:15'. The date is only in the subtitle ('14 september 2021').")
    gold = gold_of(name + ".pdf", "protokoll", "Styrelsen", "2021-09-14",
                   {"start_time": "19:02", "end_time": "20:15", "location": loc}, [], [pp for pp, suf in P] + [guest], notes)
    return name, pre, gold, dict(forms="Google Docs look (Arial-like, large title), drawn trefoil logo, unnumbered bold headings (items []), comma presence with '(ordf.)'/'(sekr.)', guest with organization, 'Beslut:' lines, digital meeting")


# ----------------------------------------------------------------------------
# 10. 2025 Föreningen Kvarnbackens odlarlotter – konstituerande möte, protokoll
# ----------------------------------------------------------------------------


def doc10():
    name = "2025-04-03_kvarnbackens_odlarlotter_konstituerande_mote_protokoll"
    loc = "Kvarnbackens bibliotek, studierummet"
    P = [person("Jonas", "Wikström", "ordförande"), person("Amira", "Hassan", "sekreterare"),
         person("Elin", "Strand", "justerare"), person("Patrik", "Olofsson", "justerare"),
         person("Noah", "Björk"), person("Saga", "Lind"), person("Karin", "Alm"),
         person("Leila", "Ahmadi"), person("Gustav", "Ek")]
    M = "Mötet beslutar"
    I = [
        item(1, "§ 1", "Mötets öppnande",
             body=["Jonas Wikström hälsade alla välkomna och öppnade mötet kl. 18:07."]),
        item(2, "§ 2", "Val av mötesordförande", decision="Mötet beslutar att välja Jonas Wikström till mötesordförande."),
        item(3, "§ 3", "Val av mötessekreterare", decision="Mötet beslutar att välja Amira Hassan till mötessekreterare."),
        item(4, "§ 4", "Val av två justerare",
             decision="Mötet beslutar att välja Elin Strand och Patrik Olofsson att jämte mötesordföranden justera protokollet."),
        item(5, "§ 5", "Godkännande av dagordning", decision="Mötet godkände dagordningen."),
        item(6, "§ 6", "Beslut om att bilda föreningen",
             body=["Jonas Wikström redogjorde för bakgrunden. Sedan hösten 2024 har ett tjugotal hushåll odlat på den gamla handelsträdgårdens mark "
                   "efter en överenskommelse med stadsdelsförvaltningen. För att kunna teckna arrendeavtal och söka bidrag behövs en förening."],
             decision="Mötet beslutar att bilda Föreningen Kvarnbackens odlarlotter.", presenters=["Jonas Wikström"]),
        item(7, "§ 7", "Antagande av stadgar",
             body=["Förslag till stadgar hade skickats ut i förväg, bilaga 2. Elin Strand föreslog att räkenskapsåret ska vara kalenderår i stället för 1 juli-30 juni."],
             decision="Mötet beslutar att anta stadgarna enligt bilaga 2 med ändringen att räkenskapsåret ska vara kalenderår.",
             att=["bilaga 2"]),
        item(8, "§ 8", "Medlemsavgift för 2025",
             prop_label="Förslag till beslut:", proposal="150 kronor per hushåll och år, odlingslott 300 kronor per säsong.",
             decision="Mötet beslutar enligt förslaget."),
        item(9, "§ 9", "Val av styrelse",
             decision="Mötet beslutar att välja Jonas Wikström (ordförande), Amira Hassan, Elin Strand, Noah Björk och Saga Lind till styrelse fram till första ordinarie årsmöte."),
        item(10, "§ 10", "Val av revisor och valberedning",
             decision="Mötet beslutar att välja Patrik Olofsson till revisor och Karin Alm till valberedning."),
        item(11, "§ 11", "Firmateckning",
             decision="Mötet beslutar att föreningens firma tecknas av två styrelseledamöter i förening."),
        item(12, "§ 12", "Övriga frågor",
             body=["Saga Lind informerade om att stadsdelsförvaltningen kan låna ut en container för trädgårdsavfall under vårstädningen den 26 april."],
             presenters=["Saga Lind"]),
        item(13, "§ 13", "Mötets avslutande",
             body=["Mötesordföranden tackade för ett bra möte och förklarade mötet avslutat 19:31."]),
    ]
    pdf = Doc("A4")
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(22, 20, 22)

    def ftr(p):
        p.set_y(-14)
        p.set_font("DejaVuSerif", "", 8)
        p.cell(0, 4, f"Föreningen Kvarnbackens odlarlotter - konstituerande möte 2025-04-03 - sida {p.page_no()}", align="C")

    pdf.ftr = ftr
    pdf.add_page()
    # logo: leaf drawn with bezier + stem
    pdf.set_draw_color(60, 120, 40)
    pdf.set_fill_color(120, 180, 80)
    pdf.set_line_width(0.6)
    pdf.bezier([(175, 34), (170, 22), (180, 16), (188, 14)], style="DF")
    pdf.bezier([(175, 34), (188, 30), (190, 20), (188, 14)], style="DF")
    pdf.line(175, 34, 173, 38)
    pdf.set_draw_color(0, 0, 0)
    pdf.set_font("DejaVuSerif", "B", 16)
    pdf.cell(0, 8, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "", 11)
    mc(pdf, "Konstituerande möte för Föreningen Kvarnbackens odlarlotter", h=6)
    pdf.ln(4)
    for a, b in (("Datum", "2025-04-03"), ("Tid", "18.00"), ("Plats", loc)):
        pdf.set_font("DejaVuSerif", "B", 10)
        pdf.cell(32, 5.5, a)
        pdf.set_font("DejaVuSerif", "", 10)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.cell(32, 5.5, "Närvarande")
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.set_left_margin(54)
    mc(pdf, "9 personer: " + ", ".join(pp["name"] for pp in P), h=5.5)
    pdf.set_left_margin(22)
    pdf.ln(6)
    for it in I:
        if pdf.get_y() > pdf.h - 45:
            pdf.add_page()
        pdf.set_font("DejaVuSerif", "B", 10.5)
        mc(pdf, it["printed_number"], h=5.5)
        mc(pdf, it["title"], h=5.5)
        pdf.set_font("DejaVuSerif", "", 10)
        for b in it["body"]:
            mc(pdf, b, h=5.2)
            pdf.ln(1)
        if it["proposal"]:
            mc(pdf, it["prop_label"] + " " + it["proposal"], h=5.2)
            pdf.ln(1)
        if it["decision"]:
            mc(pdf, it["decision"], h=5.2)
        pdf.ln(4)
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 60:
        pdf.add_page()
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(85, 5, "Mötesordförande")
    pdf.cell(0, 5, "Mötessekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(85, 5, "Jonas Wikström")
    pdf.cell(0, 5, "Amira Hassan", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(85, 5, "Justerare")
    pdf.cell(0, 5, "Justerare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(85, 5, "Elin Strand")
    pdf.cell(0, 5, "Patrik Olofsson", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(PRESCAN, name + ".pdf")
    finish(pdf, pre)
    notes = ("Föreningen Kvarnbackens odlarlotter (newly founded, no org.nr yet), konstituerande möte 2025-04-03; organ 'Konstituerande möte' (the founding meeting of the members, not a board meeting). "
             "Each paragraph number '§ 1' stands on its own line with the bold title on the next line. Presence: '9 personer:' followed by a comma list. "
             "Roles: Jonas Wikström mötesordförande = ordförande, Amira Hassan mötessekreterare = sekreterare, Elin Strand and Patrik Olofsson justerare, others ledamot. "
             "start_time is the opening 'kl. 18:07' in § 1, not 'Tid 18.00' in the header; end 19:31. Decisions are the 'Mötet beslutar ...'/'Mötet godkände ...' sentences; "
             "§ 8 has 'Förslag till beslut:' (proposal) and the decision 'Mötet beslutar enligt förslaget.'. 'bilaga 2' in § 7 is the attachment. § 12 records no decision.")
    gold = gold_of(name + ".pdf", "protokoll", "Konstituerande möte", "2025-04-03",
                   {"start_time": "18:07", "end_time": "19:31", "location": loc}, I, P, notes)
    return name, pre, gold, dict(forms="LibreOffice look (serif), drawn leaf logo, label header Datum/Tid/Plats, count + comma presence, '§ 1' alone on a line with title on the next, 'Mötet beslutar att' sentences")


# ----------------------------------------------------------------------------
# README
# ----------------------------------------------------------------------------

JUDGEMENT = """\
## Judgement calls where GOLD.md leaves a choice

These are applied identically in all ten golds (and repeated per file in `notes`).

1. **attachments** - GOLD.md only shows `"attachments": []`. Here an item's `attachments` lists the
   attachment references printed *inside that item* exactly as printed (`"bilaga 2"`), in order; items
   that mention no bilaga have `[]`. A bilaga mentioned only in the header (närvarolista, röstlängd) is
   not attached to any item. Attachments are never printed documents in these PDFs (none is included).
2. **section** - always `null` (no document here groups items under section headings).
3. **decision** - if the decision follows a label ("Beslut:"), the label is dropped; if it is a sentence
   ("Stämman beslöt att ...", "Årsmötet valde ...", "... lades till handlingarna", "Mötet godkände ..."),
   the whole sentence(s) are kept including the subject. Elections are decisions. For
   "Fullmäktige beslutade / att ... / att ..." the lead and all att-lines are joined with single spaces.
   Votes: when the counts are in the decision sentence or in the "Beslut:" text they are part of the decision;
   a separate voting sentence before the decision ("Voteringen utföll med 4 ... och 6 ...") is discussion.
   Information-only items (openings, "Nästa möte", "Övriga frågor" without a resolution, an announcement by the chair) have `null`.
4. **proposal** - only text under a label ("Styrelsens förslag:", "Förslag till beslut:",
   "Kårstyrelsens förslag till beslut:"), label dropped. A yrkande from the floor is not a proposal.
5. **presenters** - people the text says föredrog / redogjorde / informerade / presenterade / rapporterade
   (report) / redovisade for that item; "läste upp" and "berättade" are NOT counted (doc 3 auditor; doc 9 has no items).
   Motion authors who föredrog their motion are presenters.
6. **sub-items** - decimal sub-items ('7.1') and lettered sub-items with their own heading and decision
   ('§ 9 a') are separate items carrying the parent's integer; the parent heading ('7.', '§ 9') is kept as an
   item with decision null. Lettered sub-reports without own decision ('a) Fotboll: ...') are not items.
   Printed_number is the number exactly as printed without the title (trailing '.' kept where printed:
   '§ 1.', '1.', 'Punkt 1.'; '1)'; '§1'; '1 §').
7. **start_time / end_time** - the actual opening/closing times in the minutes win over the announced time in
   the header (doc 7: header 19.00, opened 19.04; doc 8: 19.00 vs 19.05; doc 10: 18.00 vs 18:07). If the
   minutes give no opening time, the header time is used (doc 3). For a kallelse, start_time is the announced time.
   An ajournering (doc 6) is neither.
8. **participants when presence is a count or a missing bilaga** (docs 1, 7) - the people the minutes show acting
   at the meeting (chair, secretary, justerare, people who opened or presented) are listed; people merely elected
   or mentioned are not, since their presence is not stated. Absentees ("Frånvarande") are never participants.
9. **roles** - roles describe the function at this meeting: the elected meeting chair is "ordförande"; the
   association's chairman who only opened the meeting and did not chair it is "ledamot" (doc 1). Kassör,
   revisor, plain board members and members = "ledamot"; "suppleant" without "tjänstgörande" = "ersättare";
   a tjänstgörande suppleant = "tjänstgörande ersättare"; adjungerade, guests and kårstyrelse = "övrig";
   elected justerare = "justerare" unless ordförande/sekreterare.
10. **organization** - only a printed organisation next to a person (Riksbyggen, Kårtidningen Gnistan,
    Scouterna); functions ("kårordförande"), property designations and ombud remarks are not organisations.
11. **organ** - the meeting body's own word, capitalised, without association name: "Föreningsstämma",
    "Årsstämma", "Årsmöte", "Styrelsen", "Kårfullmäktige", "Höstmöte", "Extra föreningsstämma",
    "Konstituerande möte" (the founding members' meeting, doc 10).
12. **unnumbered document** (doc 9) - items `[]` as GOLD.md says, although the bold headings are clear and some
    sections contain "Beslut:" lines.
13. **location** - exactly as printed, case kept (doc 1's prose gives "föreningens samlingslokal, ..." in lower case).
14. **scanned** docs (1, 2) are image-only: the page render is the truth; make.py verifies the gold strings against
    the pre-scan PDF (kept outside the folder in /tmp/assocset10_prescan) and asserts the final PDF has no text layer.
"""


def write_readme(rows):
    L = ["# assocset10 - ten invented Swedish association meeting documents (held-out test set)", "",
         "Everything here is invented (associations, people, places, org numbers, amounts). Each `X.pdf` has a gold",
         "`X.gold.json` written by `make.py` from the same Python data the page is rendered from; make.py checks that",
         "every printed_number, title, proposal, decision, presenter, attachment, participant name (or its",
         "'Efternamn, Förnamn' form), organization, location and time of the gold occurs in the PDF text layer",
         "(pypdfium2, whitespace-normalised; for scans: in the pre-scan PDF, and the scan itself has no text layer).",
         "", "Regenerate: `/work/main/.venv/bin/python /work/assocset10/make.py` (deterministic seeds).", "",
         "| # | file | kind | organ (body) | date | pages | scanned | items | participants | forms used |",
         "|---|------|------|--------------|------|-------|---------|-------|--------------|------------|"]
    for k, (name, g, meta) in enumerate(rows, 1):
        part = len(g["participants"]) if "participants" in g else "(omitted)"
        L.append(f"| {k} | `{name}.pdf` | {g['kind']} | {g['organ']} | {g['meeting_date']} | {g['page_count']} | "
                 f"{'yes' if g['scanned'] else 'no'} | {len(g['items'])} | {part} | {meta['forms']} |")
    L += ["", "Associations: 1 bostadsrättsförening (1974), 2 vägförening (1983), 3 hembygdsförening (1991),",
          "4 idrottsförening (1998), 5 kör (2004), 6 teknologkår / kårfullmäktige (2009), 7 Finland-Swedish byaförening r.f. (2013),",
          "8 samfällighetsförening, extra stämma (2018), 9 scoutkår (2021), 10 new förening, konstituerande möte (2025).", "",
          JUDGEMENT]
    with open(os.path.join(OUT, "README.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")

# ----------------------------------------------------------------------------
# main
# ----------------------------------------------------------------------------

BUILDERS = [doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10]


def main():
    os.makedirs(PRESCAN, exist_ok=True)
    only = sys.argv[1:]
    rows = []
    for f in BUILDERS:
        name, pre, gold, meta = f()
        if only and not any(o in name for o in only):
            continue
        final = os.path.join(OUT, name + ".pdf")
        n = check(pre, gold)
        if meta.get("style"):
            n2 = scan(pre, final, meta["seed"], meta["style"])
            assert n2 == n
        else:
            if pre != final:
                os.replace(pre, final)
            n = check(final, gold)
        gold["page_count"] = n
        with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as fh:
            json.dump(gold, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        rows.append((name, gold, meta))
        print(f"ok {name}: {n} p, {len(gold['items'])} items, {len(gold.get('participants', []))} participants")
    if not only and 'write_readme' in globals():
        write_readme(rows)


if __name__ == "__main__":
    main()
