#!/usr/bin/env python3
"""Generator for assocset9: ten invented Swedish / Finland-Swedish association
meeting documents (PDF) with gold annotations built from the same data.

Run:  /work/main/.venv/bin/python make.py

Every name, association, place and organisation number below is invented.
"""
import json
import random
import re
import subprocess
import sys
import tempfile
from datetime import datetime, timezone
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFilter

OUT = Path(__file__).resolve().parent
FD = "/usr/share/fonts/truetype/dejavu/"
PT = 0.3528  # mm per point

# --------------------------------------------------------------------------
# small layout engine on top of fpdf2 (own line breaking, own page breaks)
# --------------------------------------------------------------------------

FONT_FILES = {
    "dvs": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
    "dvsc": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
             "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
    "dvserif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
    "dvmono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf",
               "DejaVuSansMono-BoldOblique.ttf"),
}


class PDF(FPDF):
    jitter = None  # random.Random for typewriter-style per-character rendering

    def __init__(self, orientation="P", fmt="A4", creator=None):
        super().__init__(orientation=orientation, unit="mm", format=fmt)
        self.set_auto_page_break(False)
        self.set_margins(0, 0, 0)
        self.c_margin = 0
        for fam, files in FONT_FILES.items():
            for style, fn in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, FD + fn)
        if creator:
            self.set_creator(creator)
        self.set_creation_date(datetime(2024, 6, 1, 12, 0, tzinfo=timezone.utc))

    def use(self, spec):
        fam, style, size = spec
        self.set_font(fam, style.replace("U", ""), size)

    def sw(self, s, spec):
        self.use(spec)
        return self.get_string_width(s)


def F(fam, style="", size=10):
    return (fam, style, size)


def tokens(runs):
    """runs: list of (text, spec) -> list of ('w', [(frag, spec)]) / ('sp', spec) / ('nl',)"""
    out, cur = [], None
    for text, spec in runs:
        for tok in re.split(r"(\n| +)", text):
            if tok == "":
                continue
            if tok == "\n":
                out.append(("nl",))
                cur = None
            elif tok.startswith(" "):
                out.append(("sp", spec))
                cur = None
            else:
                if cur is None:
                    cur = ["w", []]
                    out.append(cur)
                cur[1].append((tok, spec))
    return out


def wrap(pdf, runs, width, first_width=None):
    lines = [[]]
    x = 0.0
    wmax = first_width if first_width is not None else width
    sp = None
    for tok in tokens(runs):
        if tok[0] == "nl":
            lines.append([])
            x, sp, wmax = 0.0, None, width
            continue
        if tok[0] == "sp":
            sp = tok[1]
            continue
        ww = sum(pdf.sw(f, s) for f, s in tok[1])
        spw = pdf.sw(" ", sp) if (sp and lines[-1]) else 0.0
        if lines[-1] and x + spw + ww > wmax + 0.01:
            lines.append([])
            x, spw, wmax = 0.0, 0.0, width
        lines[-1].append((spw > 0, tok[1]))
        x += spw + ww
        sp = None
    return lines


def line_segments(line):
    """merge words of equal spec into segments [text, spec]"""
    segs = []
    for has_sp, frags in line:
        for i, (f, s) in enumerate(frags):
            if segs and segs[-1][1] == s and (i > 0 or has_sp):
                segs[-1][0] += (" " if (i == 0 and has_sp) else "") + f
            elif segs and i == 0 and has_sp:
                segs.append([" " + f, s])
            elif segs and segs[-1][1] == s:
                segs[-1][0] += f
            else:
                segs.append([f, s])
    return segs


def draw_text(pdf, x, y, s, spec, color=(0, 0, 0)):
    """draw string s with baseline y; typewriter jitter if pdf.jitter set; returns width"""
    pdf.use(spec)
    w = pdf.get_string_width(s)
    if pdf.jitter is None:
        pdf.set_text_color(*color)
        pdf.text(x, y, s)
    else:
        rng = pdf.jitter
        cx = x
        for ch in s:
            cw = pdf.get_string_width(ch)
            if ch != " ":
                g = rng.choice((10, 25, 35, 45, 55, 70)) if rng.random() < 0.9 else 110
                pdf.set_text_color(g, g, g)
                pdf.text(cx + rng.uniform(-0.05, 0.05), y + rng.uniform(-0.12, 0.12), ch)
            cx += cw
        pdf.set_text_color(0, 0, 0)
    if "U" in spec[1]:
        pdf.set_line_width(0.25 if pdf.jitter is None else 0.3)
        pdf.set_draw_color(*((0, 0, 0) if pdf.jitter is None else (40, 40, 40)))
        uy = y + spec[2] * PT * 0.16
        pdf.line(x, uy, x + w, uy)
    return w


def draw_line(pdf, x, y, line, align="L", width=None):
    segs = line_segments(line)
    if align != "L":
        tot = sum(pdf.sw(t, s) for t, s in segs)
        if align == "R":
            x = x + width - tot
        elif align == "C":
            x = x + (width - tot) / 2
    for t, s in segs:
        if t.startswith(" "):
            x += pdf.sw(" ", s)
            t = t[1:]
        x += draw_text(pdf, x, y, t, s)


def text_at(pdf, x, y, s, spec, align="L"):
    w = pdf.sw(s, spec)
    if align == "R":
        x -= w
    elif align == "C":
        x -= w / 2
    draw_text(pdf, x, y, s, spec)


class Flow:
    """flows paragraphs through slots (one per physical page, or two for 2-up)"""

    def __init__(self, pdf, slots, top, bottom, on_page=None, on_slot=None, top_first=None):
        self.pdf, self.slots, self.top, self.bottom = pdf, slots, top, bottom
        self.on_page, self.on_slot = on_page, on_slot
        self.top_first = top_first
        self.slot = -1
        self.page_no = 0
        self.logical = 0
        self.new_slot()

    def new_slot(self):
        self.slot += 1
        if self.page_no == 0 or self.slot >= len(self.slots):
            self.pdf.add_page()
            self.page_no += 1
            self.slot = 0
            if self.on_page:
                self.on_page(self)
        self.logical += 1
        self.x0, self.w = self.slots[self.slot]
        self.y = self.top_first if (self.logical == 1 and self.top_first is not None) else self.top
        if self.on_slot:
            self.on_slot(self)

    def need(self, h):
        if self.y + h > self.bottom:
            self.new_slot()

    def raw(self, text, spec, lead=1.2, after=0.0, indent=0.0):
        """one unwrapped line, spaces preserved (monospace tables)"""
        lh = spec[2] * PT * lead
        if self.y + lh > self.bottom:
            self.new_slot()
        draw_text(self.pdf, self.x0 + indent, self.y + lh * 0.75, text, spec)
        self.y += lh + after

    def para(self, runs, indent=0.0, width=None, lead=1.3, before=0.0, after=1.8, keep=0.0,
             label=None, align="L", first_indent=0.0):
        """label = (text, spec, x_offset) drawn on the first line at x0 + x_offset"""
        pdf = self.pdf
        if isinstance(runs, tuple):
            runs = [runs]
        size = max(s[2] for _, s in runs) if runs else 10
        lh = size * PT * lead
        w = (width if width is not None else self.w - indent)
        lines = wrap(pdf, runs, w, w - first_indent)
        self.y += before
        if self.y + lh * min(len(lines), 2) + keep > self.bottom:
            self.new_slot()
        for i, line in enumerate(lines):
            if self.y + lh > self.bottom:
                self.new_slot()
            base = self.y + lh * 0.75
            if i == 0 and label:
                text_at(pdf, self.x0 + label[2], base, label[0], label[1])
            xi = self.x0 + indent + (first_indent if i == 0 else 0)
            draw_line(pdf, xi, base, line, align, w)
            self.y += lh
        self.y += after
        return len(lines)


def R(text, spec):
    return (text, spec)


# --------------------------------------------------------------------------
# document data helpers
# --------------------------------------------------------------------------

def It(n, pn, title, *blocks, pres=(), att=(), time=None, sub=False):
    """blocks: str (discussion) | ('P', label, text) | ('D', text[, label]) | ('PD', pre, dec)"""
    return dict(number=n, printed_number=pn, title=title, blocks=list(blocks),
                presenters=list(pres), attachments=list(att), scheduled_time=time, sub=sub)


def item_proposal(it):
    ps = [b[2] for b in it["blocks"] if isinstance(b, tuple) and b[0] == "P"]
    return "\n".join(ps) if ps else None


def item_decision(it):
    ds = []
    for b in it["blocks"]:
        if isinstance(b, tuple) and b[0] == "D":
            ds.append(b[1])
        elif isinstance(b, tuple) and b[0] == "PD":
            ds.append(b[2])
    return "\n".join(ds) if ds else None


def P_(name, role, org=None, party=None):
    return {"name": name, "party": party, "organization": org, "role": role}


# ==========================================================================
# 1. Brf Lindkulla 4 -- ordinarie föreningsstämma 2024 (Word-like, Times)
# ==========================================================================

D1_ITEMS = [
    It(1, "§ 1", "Stämmans öppnande",
       "Styrelsens ordförande Karin Edsjö hälsade de närvarande välkomna och förklarade stämman öppnad kl. 19.04."),
    It(2, "§ 2", "Val av stämmoordförande",
       ("D", "Stämman beslutar att välja Leif Brandqvist till stämmoordförande.")),
    It(3, "§ 3", "Anmälan av stämmoordförandens val av protokollförare",
       ("PD", "Stämmoordföranden anmälde att han utsett Maja Lindroth att föra protokollet vid stämman.",
        "Stämman godkände anmälan.")),
    It(4, "§ 4", "Godkännande av röstlängd",
       "Röstlängden har upprättats genom avprickning mot medlemsförteckningen och omfattar 31 "
       "röstberättigade medlemmar, varav 4 företrädda genom fullmakt.",
       ("D", "Stämman beslutar att godkänna röstlängden enligt bilaga 1."), att=["bilaga 1"]),
    It(5, "§ 5", "Fastställande av dagordning",
       ("D", "Stämman beslutar att fastställa den i kallelsen upptagna dagordningen.")),
    It(6, "§ 6", "Val av två personer att jämte stämmoordföranden justera protokollet",
       ("D", "Stämman beslutar att välja Gunnel Åhs och Tarik Demir att justera protokollet och tillika "
             "vara rösträknare.")),
    It(7, "§ 7", "Fråga om stämman blivit i stadgeenlig ordning utlyst",
       "Kallelsen sattes upp i trapphusen och delades ut i samtliga lägenheter den 2 maj 2024, i enlighet "
       "med stadgarnas 18 §.",
       ("D", "Stämman beslutar att stämman är i stadgeenlig ordning utlyst.")),
    It(8, "§ 8", "Genomgång av styrelsens årsredovisning",
       ("PD", "Kassören Johan Pettersén föredrog förvaltningsberättelse, resultaträkning och balansräkning "
              "för räkenskapsåret 2023 (bilaga 2, Årsredovisning 2023). Årets resultat uppgår till "
              "-182 455 kr, främst till följd av höjda räntekostnader och reparationen av tvättstugan.",
        "Årsredovisningen lades till handlingarna."),
       pres=["Johan Pettersén"], att=["bilaga 2, Årsredovisning 2023"]),
    It(9, "§ 9", "Genomgång av revisorns berättelse",
       "Föreningens revisor Anneli Grahn, Grahn & Sköld Revision AB, föredrog revisionsberättelsen "
       "(bilaga 3). Revisorn tillstyrker att stämman fastställer resultat- och balansräkningen och "
       "beviljar styrelsens ledamöter ansvarsfrihet.",
       ("D", "Revisionsberättelsen lades till handlingarna."),
       pres=["Anneli Grahn"], att=["bilaga 3"]),
    It(10, "§ 10", "Beslut om fastställande av resultaträkning och balansräkning",
       ("D", "Stämman beslutar att fastställa resultaträkningen och balansräkningen för räkenskapsåret 2023.")),
    It(11, "§ 11", "Beslut i anledning av föreningens resultat enligt den fastställda balansräkningen",
       ("P", "Styrelsens förslag:", "Styrelsen föreslår att årets resultat, -182 455 kr, balanseras i ny räkning."),
       ("D", "Stämman beslutar i enlighet med styrelsens förslag.")),
    It(12, "§ 12", "Beslut om ansvarsfrihet för styrelseledamöterna",
       "Det antecknades att styrelsens ledamöter inte deltog i beslutet.",
       ("D", "Stämman beslutar att bevilja styrelsens ledamöter ansvarsfrihet för förvaltningen under "
             "räkenskapsåret 2023.")),
    It(13, "§ 13", "Beslut om arvoden åt styrelseledamöter och revisor för nästkommande verksamhetsår",
       ("P", "Valberedningens förslag:", "Arvode till styrelsen om sammanlagt 42 000 kronor att fördelas "
                                         "inom styrelsen. Revisorn arvoderas enligt godkänd räkning."),
       ("D", "Stämman beslutar enligt valberedningens förslag.")),
    It(14, "§ 14", "Val av styrelseledamöter och suppleanter",
       "Valberedningens sammankallande Berit Holmlund redogjorde för valberedningens förslag. "
       "Kvarstående ledamöter till ordinarie stämma 2025 är Per-Olof Nyman och Lina Hedberg.",
       ("D", "Stämman beslutar att till ordinarie ledamöter för två år välja Karin Edsjö (omval), Johan "
             "Pettersén (omval) och Sara Vikström (nyval) samt till suppleant för ett år välja Mehmet "
             "Aksoy (nyval)."),
       pres=["Berit Holmlund"]),
    It(15, "§ 15", "Val av revisor och revisorssuppleant",
       ("D", "Stämman beslutar att välja Grahn & Sköld Revision AB, med Anneli Grahn som huvudansvarig "
             "revisor, samt Ulf Renström som revisorssuppleant, båda för tiden intill nästa ordinarie stämma.")),
    It(16, "§ 16", "Val av valberedning",
       ("D", "Stämman beslutar att välja Berit Holmlund (sammankallande) och Ove Strand till valberedning "
             "för tiden intill nästa ordinarie stämma.")),
    It(17, "§ 17", "Av styrelsen till stämman hänskjutna frågor samt av medlem anmälda ärenden",
       "Två motioner hade inkommit inom stadgeenlig tid. Motionerna med styrelsens yttranden finns i bilaga 4.",
       att=["bilaga 4"]),
    It(17, "17 a)", "Motion om laddplatser för elbil",
       "Motionären Tarik Demir föredrog motionen, som yrkar att föreningen låter installera sex laddplatser "
       "för elbil på den norra parkeringen.",
       ("P", "Styrelsens förslag:", "Styrelsen föreslår att motionen avslås och att styrelsen får i uppdrag "
                                    "att utreda kostnaden, i dag beräknad till 386 000 kr, till nästa "
                                    "ordinarie stämma."),
       "Tarik Demir yrkade bifall till motionen. Stämmoordföranden ställde proposition på styrelsens förslag "
       "mot motionen och fann styrelsens förslag bifallet. Votering begärdes och genomfördes genom "
       "handuppräckning. För styrelsens förslag röstade 14 och för motionen 9; 8 röstberättigade avstod.",
       ("D", "Stämman beslutar med 14 röster mot 9 att avslå motionen och att uppdra åt styrelsen att utreda "
             "frågan till nästa ordinarie stämma."),
       pres=["Tarik Demir"], sub=True),
    It(17, "17 b)", "Motion om odlingslådor på innergården",
       "Motionären Hillevi Sand föreslår att föreningen köper in fyra odlingslådor som medlemmarna kan boka "
       "säsongsvis.",
       ("P", "Styrelsens förslag:", "Styrelsen föreslår att motionen bifalls inom en kostnadsram om 8 000 kr."),
       ("D", "Stämman beslutar att bifalla motionen i enlighet med styrelsens förslag."), sub=True),
    It(18, "§ 18", "Övriga frågor",
       "Per-Olof Nyman informerade om fönsterbytet, som enligt avtal med Fönsterteknik i Hallbyås AB genomförs "
       "under september 2024. Flera medlemmar framförde önskemål om bättre belysning vid cykelförrådet, "
       "vilket styrelsen tar med sig.", pres=["Per-Olof Nyman"]),
    It(19, "§ 19", "Stämmans avslutande",
       "Stämmoordföranden tackade de närvarande och förklarade stämman avslutad kl. 21.12."),
]

DOC1 = dict(
    file="brf-lindkulla4-foreningsstamma-2024.pdf", kind="protokoll", organ="Föreningsstämma",
    meeting_date="2024-05-22", scanned=False,
    meeting={"start_time": "19:04", "end_time": "21:12",
             "location": "föreningslokalen, Lindkullavägen 12 B, Hallbyås"},
    items=D1_ITEMS,
    participants=[P_("Leif Brandqvist", "ordförande"), P_("Maja Lindroth", "sekreterare"),
                  P_("Gunnel Åhs", "justerare"), P_("Tarik Demir", "justerare")],
    notes=("Invented Bostadsrättsföreningen Lindkulla 4 (org.nr 769634-1187, printed in the opening sentence and "
           "in the footer of every page). Word-style Times layout, § number in a hanging column, bold titles. "
           "start_time is the opening in § 1 (kl. 19.04), not a scheduled time. The roll is only 'enligt "
           "förteckning i bilaga 1' (not included), so participants are only the officers named in §§ 2, 3 and 6 "
           "(stämmoordförande, protokollförare, two justerare); other people acting in the minutes (Karin Edsjö, "
           "Johan Pettersén, Anneli Grahn, Berit Holmlund, Per-Olof Nyman) are deliberately not listed. "
           "Sub-items 17 a) and 17 b) carry their own heading and decision and are separate items with number 17 "
           "(the parent § 17 'Motioner…' is also an item, without decision). Item 17 a) has a votering "
           "(14 mot 9). Presenters only where the text says föredrog/redogjorde/informerade. 'bilaga N' "
           "citations are kept as printed (without parentheses) in attachments. The Tarik Demir yrkande and "
           "votering paragraph is discussion, not decision. Decisions of §§ 3 and 8 are the last sentence of a "
           "paragraph. Text layer note: poppler's pdftotext drops the space in the short label '§ 1' (prints '§1') "
           "for one-digit numbers; the page and pdfium text show '§ 1'."),
)


def render_doc1(doc, total):
    pdf = PDF(creator="Microsoft® Word för Microsoft 365")
    T = lambda st="", sz=11: F("Times", st, sz)

    def on_page(fl):
        p = fl.pdf
        p.set_draw_color(0, 0, 0)
        p.set_line_width(0.2)
        p.line(25, 280, 185, 280)
        text_at(p, 105, 284.5, "Brf Lindkulla 4  |  Org.nr 769634-1187  |  Lindkullavägen 12, 734 91 Hallbyås",
                T("", 8), "C")
        text_at(p, 185, 289, f"Sida {fl.page_no} av {total}", T("", 8), "R")

    fl = Flow(pdf, [(25, 160)], 22, 272, on_page=on_page)
    fl.para(R("PROTOKOLL", T("B", 17)), after=1)
    fl.para([R("fört vid ordinarie föreningsstämma i Bostadsrättsföreningen Lindkulla 4, org.nr 769634-1187, "
               "onsdagen den 22 maj 2024 i föreningslokalen, Lindkullavägen 12 B, Hallbyås.", T("", 11))],
            after=3)
    fl.para([R("Närvarande: ", T("B")), R("31 röstberättigade medlemmar, varav 4 genom fullmakt, enligt "
                                          "förteckning i bilaga 1.", T())], after=5)
    for it in doc["items"]:
        if it["sub"]:
            ind, lab = 29, (it["printed_number"], T("B"), 15)
        else:
            ind, lab = 15, (it["printed_number"], T("B"), 0)
        fl.para(R(it["title"], T("B")), indent=ind, label=lab, before=1.5, after=1.2, keep=13)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, T()), indent=ind)
            elif b[0] == "P":
                fl.para([R(b[1] + " ", T("I")), R(b[2], T())], indent=ind)
            elif b[0] == "D":
                fl.para(R(b[1], T()), indent=ind)
            elif b[0] == "PD":
                fl.para(R(b[1] + " " + b[2], T()), indent=ind)
    fl.y += 8
    fl.need(40)
    y = fl.y
    for x, lab, name in ((25, "Vid protokollet", "Maja Lindroth"), (110, "Stämmoordförande", "Leif Brandqvist")):
        text_at(pdf, x, y + 4, lab, T("I"))
        pdf.line(x, y + 17, x + 60, y + 17)
        text_at(pdf, x, y + 21, name, T())
    y += 28
    for x, lab, name in ((25, "Justeras", "Gunnel Åhs"), (110, "Justeras", "Tarik Demir")):
        text_at(pdf, x, y + 4, lab, T("I"))
        pdf.line(x, y + 17, x + 60, y + 17)
        text_at(pdf, x, y + 21, name, T())
    return pdf, fl.page_no



# ==========================================================================
# 2. Brf Sjöbogen -- styrelsemöte, no numbers, bold headings (Google Docs-like)
# ==========================================================================

D2_SECTIONS = [
    It(0, "", "Mötets öppnande",
       "Ordföranden Ingrid Sjöholm öppnade mötet och hälsade förvaltaren välkommen."),
    It(0, "", "Val av justerare",
       ("D", "Styrelsen beslutade att utse Emelie Backman att jämte ordföranden justera protokollet.")),
    It(0, "", "Godkännande av dagordning",
       ("D", "Dagordningen godkändes med tillägg av punkten Julglögg under Övriga frågor.")),
    It(0, "", "Föregående protokoll",
       ("PD", "Protokollet från mötet 2023-10-10 gicks igenom.", "Protokollet lades till handlingarna.")),
    It(0, "", "Ekonomi",
       "Ahmed Farouk redogjorde för det ekonomiska läget. Likvida medel uppgick per den 31 oktober till "
       "1 214 380 SEK. Föreningens lån om 4 200 000 SEK hos Sjöbo Sparbank har villkorsändringsdag 2024-02-28.",
       ("D", "Styrelsen uppdrar åt Ahmed Farouk att inhämta offerter på ny bindningstid från minst två banker "
             "till nästa möte.", "Beslut:"), pres=["Ahmed Farouk"]),
    It(0, "", "Förvaltarens rapport",
       "Camilla Rask informerade om att tre andrahandsupplåtelser löper ut vid årsskiftet samt att obetalda "
       "avgifter per 2023-11-01 uppgår till 6 412 SEK.", pres=["Camilla Rask"]),
    It(0, "", "Serviceavtal hissar",
       "Två offerter på serviceavtal för föreningens tre hissar har inkommit (bilaga 1). Mälarlyft Hisservice AB "
       "erbjuder fullservice för 38 400 SEK per år exkl. moms, Hallbyås Hiss & Port AB för 44 900 SEK per år.",
       ("D", "Styrelsen beslutade att teckna serviceavtal med Mälarlyft Hisservice AB för perioden 2024-01-01 "
             "t.o.m. 2026-12-31 enligt offert daterad 2023-11-02.", "Beslut:"), att=["bilaga 1"]),
    It(0, "", "Störningsärende hus B",
       "Styrelsen diskuterade fortsatta klagomål på buller från en lägenhet i hus B. Inget beslut fattades; "
       "ordföranden kontaktar berörd medlem före nästa möte."),
    It(0, "", "Övriga frågor",
       "Julglögg på gården lördag 9 december kl. 15. Hanna Lilja ansvarar för inköp inom en budget om 2 000 kr."),
    It(0, "", "Nästa möte",
       "Tisdag 2023-12-12 kl. 18.30 i styrelserummet."),
    It(0, "", "Mötets avslutande",
       "Ordföranden tackade för visat intresse och avslutade mötet kl. 20.15."),
]

DOC2 = dict(
    file="brf-sjobogen-styrelsemote-2023-11-14.pdf", kind="protokoll", organ="Styrelsen",
    meeting_date="2023-11-14", scanned=False,
    meeting={"start_time": "18:30", "end_time": "20:15", "location": "Styrelserummet, Sjöbogatan 3"},
    items=[],  # unnumbered document -> items [] (GOLD.md rule); D2_SECTIONS only drive rendering
    sections=D2_SECTIONS,
    participants=[P_("Ingrid Sjöholm", "ordförande"), P_("Mats Öberg", "vice ordförande"),
                  P_("Hanna Lilja", "sekreterare"), P_("Ahmed Farouk", "ledamot"),
                  P_("Emelie Backman", "justerare"), P_("Jonas Ek", "ersättare"),
                  P_("Camilla Rask", "övrig", org="Fastighetsbyrån Norra Kajen AB")],
    notes=("Invented Brf Sjöbogen; the name appears only in the logo-like letter-spaced line at the top and in the "
           "page footer (address, no org.nr). Google-Docs-like Helvetica layout. The minutes have 11 bold headings "
           "but NO numbers at all, so items is [] under the GOLD.md rule for unnumbered documents (a tool that "
           "emits the 11 headings as items is over-segmenting by that rule; headings for reference: Mötets "
           "öppnande, Val av justerare, Godkännande av dagordning, Föregående protokoll, Ekonomi, Förvaltarens "
           "rapport, Serviceavtal hissar, Störningsärende hus B, Övriga frågor, Nästa möte, Mötets avslutande). "
           "Times: header 'Tid: 18.30' (start) and 'avslutade mötet kl. 20.15' (end). Roll printed one per "
           "line as 'Name, role': kassör Ahmed Farouk -> ledamot; suppleant Jonas Ek -> ersättare; Emelie Backman "
           "(ledamot) chosen justerare -> justerare; adjungerad förvaltare Camilla Rask -> övrig with her firm as "
           "organization. Rolf Tidemark is listed under 'Frånvarande' and is not a participant. The serviceavtal "
           "with Mälarlyft Hisservice AB is named in a decision."),
)


def render_doc2(doc, total):
    pdf = PDF(creator="Google Docs Renderer")
    H = lambda st="", sz=10.5: F("Helvetica", st, sz)

    def on_page(fl):
        p = fl.pdf
        text_at(p, 105, 287, "Brf Sjöbogen  ·  Sjöbogatan 3  ·  621 55 Sjöbovik", H("", 8), "C")
        text_at(p, 190, 287, str(fl.page_no), H("", 8), "R")

    fl = Flow(pdf, [(22, 166)], 22, 272, on_page=on_page, top_first=38)
    # logo-like line: a small house drawn + letter-spaced name
    pdf.set_fill_color(31, 78, 121)
    pdf.polygon([(22, 24), (28, 18.5), (34, 24), (34, 31), (22, 31)], style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.rect(26.5, 26, 3, 5, style="F")
    pdf.set_text_color(31, 78, 121)
    pdf.use(H("B", 15))
    x = 38
    for ch in "BRF SJÖBOGEN":
        pdf.text(x, 29, ch)
        x += pdf.get_string_width(ch) + 1.6
    pdf.set_text_color(0, 0, 0)
    pdf.set_draw_color(31, 78, 121)
    pdf.set_line_width(0.6)
    pdf.line(22, 33.5, 188, 33.5)
    fl.para(R("Protokoll styrelsemöte", H("", 20)), after=3)
    for lab, val in (("Datum:", "2023-11-14"), ("Tid:", "18.30"), ("Plats:", "Styrelserummet, Sjöbogatan 3")):
        fl.para([R(lab + " ", H("B")), R(val, H())], after=0.6)
    fl.y += 3
    fl.para(R("Närvarande", H("B", 11)), after=1)
    for line in ("Ingrid Sjöholm, ordförande", "Mats Öberg, vice ordförande", "Hanna Lilja, sekreterare",
                 "Ahmed Farouk, kassör", "Emelie Backman, ledamot", "Jonas Ek, suppleant",
                 "Camilla Rask, förvaltare, Fastighetsbyrån Norra Kajen AB (adjungerad)"):
        fl.para(R(line, H()), indent=4, after=0.3)
    fl.y += 2
    fl.para([R("Frånvarande: ", H("B")), R("Rolf Tidemark, ledamot", H())], after=4)
    for it in doc["sections"]:
        fl.para(R(it["title"], H("B", 12)), before=2.5, after=1.2, keep=12)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, H()))
            elif b[0] == "D":
                if len(b) > 2:
                    fl.para([R(b[2] + " ", H("B")), R(b[1], H())])
                else:
                    fl.para(R(b[1], H()))
            elif b[0] == "PD":
                fl.para(R(b[1] + " " + b[2], H()))
    fl.y += 10
    fl.need(30)
    y = fl.y
    text_at(pdf, 22, y, "Vid protokollet", H("I", 10))
    text_at(pdf, 22, y + 14, "Hanna Lilja", H())
    text_at(pdf, 110, y, "Justeras", H("I", 10))
    text_at(pdf, 110, y + 14, "Ingrid Sjöholm", H())
    text_at(pdf, 150, y + 14, "Emelie Backman", H())
    return pdf, fl.page_no

# ==========================================================================
# 3. Energisektionen (Norrfors Teknologkår) -- sektionsmöte, 2-up A5 on A4 landscape
# ==========================================================================

D3_PRESENT = ["Alva Nordin", "Kevin Lund", "Sofia Berglöf", "Oskar Heikkilä", "Nora Sandell", "Elias Wretman",
              "Ida Fransson", "Tilde Åkerman", "Viktor Hedin", "Jamal Osman", "Klara Nyberg", "Filip Sahlström",
              "Rasmus Eld", "Hanna Vesterlund", "Ludvig Orre", "Maja Tengvall", "Simon Kallio", "Agnes Dufva",
              "Teodor Björck", "Wilhelmina Rask", "Erik Zetterlund", "Linn Aho"]

D3_ITEMS = [
    It(1, "§1.", "Mötets öppnande",
       "Sektionsordförande Alva Nordin förklarade mötet öppnat kl. 17.21."),
    It(2, "§2.", "Val av mötesordförande",
       ("D", "Mötet valde Kevin Lund till mötesordförande.")),
    It(3, "§3.", "Val av mötessekreterare",
       ("D", "Mötet valde Sofia Berglöf till mötessekreterare.")),
    It(4, "§4.", "Val av två justerare tillika rösträknare",
       ("D", "Mötet valde Oskar Heikkilä och Nora Sandell till justerare tillika rösträknare.")),
    It(5, "§5.", "Adjungeringar",
       ("D", "Mötet beslutade att adjungera Petra Lindgren, kårens verksamhetsstrateg, med närvaro- och "
             "yttranderätt.")),
    It(6, "§6.", "Mötets behöriga utlysande",
       "Kallelse och handlingar anslogs på sektionens anslagstavla och hemsida den 29 februari 2024, "
       "vilket uppfyller stadgans krav på två veckor.",
       ("D", "Mötet beslutade att anse mötet behörigt utlyst.")),
    It(7, "§7.", "Fastställande av dagordning",
       ("D", "Mötet beslutade att fastställa dagordningen i befintligt skick.")),
    It(8, "§8.", "Beslutsuppföljning",
       "Sofia Berglöf gick igenom besluten från SM2: den nya hemsidan är beställd och beslutet om inköp av "
       "pubinventarier är verkställt.",
       ("D", "Mötet lade beslutsuppföljningen till handlingarna."), pres=["Sofia Berglöf"]),
    It(9, "§9.", "Rapporter",
       "Alva Nordin rapporterade från styrelsen om arbetet med sektionens nya arbetsordning. Kassör Elias "
       "Wretman redogjorde för det ekonomiska läget; sektionen har 148 312 kr på banken och sittningarna "
       "har gått med ett underskott på 6 840 kr hittills under verksamhetsåret.",
       ("D", "Mötet lade rapporterna till handlingarna."), pres=["Alva Nordin", "Elias Wretman"]),
    It(10, "§10.", "Propositioner"),
    It(10, "§10.1", "Proposition om revidering av budget 2024",
       "Elias Wretman föredrog propositionen (bilaga B). Budgeterat överskott för sittningar sänks från "
       "12 000 kr till 4 000 kr och posten för studiebesök höjs med 8 000 kr.",
       ("P", "Styrelsens förslag till beslut:", "att revidera budgeten för 2024 enligt bilaga B"),
       ("D", "att revidera budgeten för 2024 enligt bilaga B,\natt ge kassören i uppdrag att redovisa "
             "utfallet vid SM4.", "Beslut:"),
       pres=["Elias Wretman"], att=["bilaga B"]),
    It(10, "§10.2", "Proposition om ändring av stadgans §4:2, andra läsningen",
       "Propositionen (bilaga C) antogs i första läsningen vid SM2. Ändringen kräver två tredjedelars majoritet av de "
       "röstande. Votering begärdes. Ja: 17, Nej: 3, Avstår: 2.",
       ("D", "Mötet beslutade med 17 röster mot 3 att anta stadgeändringen i andra läsningen."),
       "Nora Sandell reserverade sig mot beslutet.", att=["bilaga C"]),
    It(11, "§11.", "Motioner"),
    It(11, "§11.1", "Motion om vegetariskt alternativ som standard på sittningar",
       "Nora Sandell föredrog sin motion, som har två att-satser: att vegetarisk mat blir standard på "
       "sektionens sittningar, och att kött endast serveras vid föranmälan.",
       ("P", "Styrelsens förslag till beslut:", "att bifalla den första att-satsen,\natt avslå den andra att-satsen"),
       "Oskar Heikkilä yrkade bifall till motionen i sin helhet. Mötesordföranden ställde styrelsens förslag "
       "mot motionärens yrkande och fann att mötet bifallit styrelsens förslag.",
       ("D", "att bifalla den första att-satsen,\natt avslå den andra att-satsen.", "Beslut:"),
       pres=["Nora Sandell"]),
    It(11, "§11.2", "Motion om ny färg på sektionsoverallen",
       "Motionären Jamal Osman föreslår att overallen byter färg från grå till petrol. Diskussion om kostnader "
       "för befintliga lager.",
       ("D", "Mötet beslutade att bordlägga motionen till SM4.")),
    It(12, "§12.", "Övriga frågor",
       "Inga övriga frågor anmäldes."),
    It(13, "§13.", "Mötets avslutande",
       "Mötet avslutades 20:47."),
]

DOC3 = dict(
    file="energisektionen-sektionsmote-3-vt24.pdf", kind="protokoll", organ="Sektionsmöte",
    meeting_date="2024-03-14", scanned=False,
    meeting={"start_time": "17:21", "end_time": "20:47", "location": "Kårhuset, sal B"},
    items=D3_ITEMS,
    participants=None,  # filled below
    notes=("Invented Energisektionen inom Norrfors Teknologkår; organisation in title and in the running header "
           "of each A5 page. Printed '2 pages per sheet': each PDF page is an A4 landscape sheet with two A5 "
           "pages side by side (own header and 'Sida n av N' footer per half); page_count counts PDF pages "
           "(sheets), not the A5 pages. Numbering '§1.' without space; sub-items '§10.1', '§10.2', '§11.1', "
           "'§11.2' have their own heading and decision and are items with number 10/11; the parents "
           "'§10. Propositioner' and '§11. Motioner' are items without text. Decisions of §10.1 and §11.1 are "
           "'att' lines under a 'Beslut:' label (joined with newline, label dropped); the 'Styrelsens förslag till "
           "beslut' lines are the proposal. §10.2: votering (17 mot 3) and a reservation printed after the "
           "decision sentence (not part of decision). Roll is a comma list of 22 names after 'Närvarande:'; "
           "mötesordförande Kevin Lund -> ordförande, mötessekreterare -> sekreterare, the two justerare -> "
           "justerare, everyone else ledamot (incl. sektionsordförande Alva Nordin, who is not the meeting chair); "
           "adjungerad Petra Lindgren -> övrig with organization 'Norrfors Teknologkår' as printed. "
           "'Mötet avslutades 20:47' is the end time."),
)
_roles3 = {"Kevin Lund": "ordförande", "Sofia Berglöf": "sekreterare", "Oskar Heikkilä": "justerare",
           "Nora Sandell": "justerare"}
DOC3["participants"] = [P_(n, _roles3.get(n, "ledamot")) for n in D3_PRESENT] + \
    [P_("Petra Lindgren", "övrig", org="Norrfors Teknologkår")]


def render_doc3(doc, total):
    pdf = PDF(orientation="L", creator="Writer")
    S = lambda st="", sz=8.6: F("dvs", st, sz)
    half = 148.5

    def on_slot(fl):
        p = fl.pdf
        ox = fl.slot * half
        p.set_draw_color(150, 150, 150)
        p.set_line_width(0.15)
        p.rect(ox + 4, 4, half - 8, 202)
        text_at(p, ox + 14, 14, "Energisektionen · Norrfors Teknologkår", S("", 6.8))
        text_at(p, ox + half - 14, 14, "Protokoll SM3 VT24", S("", 6.8), "R")
        p.set_draw_color(0, 0, 0)
        p.line(ox + 14, 15.6, ox + half - 14, 15.6)
        text_at(p, ox + half / 2, 199, f"Sida {fl.logical} av {total}", S("", 6.8), "C")

    fl = Flow(pdf, [(14, 120.5), (half + 14, 120.5)], 21, 190, on_slot=on_slot)
    fl.para(R("Protokoll fört vid sektionsmöte 3 VT24", S("B", 12.5)), after=1)
    fl.para(R("Energisektionen inom Norrfors Teknologkår", S("", 9.5)), after=2.5)
    fl.para([R("Datum: ", S("B")), R("2024-03-14", S())], after=0.5)
    fl.para([R("Plats: ", S("B")), R("Kårhuset, sal B", S())], after=2)
    fl.para([R("Närvarande: ", S("B")), R(", ".join(D3_PRESENT) + ".", S())], after=1)
    fl.para([R("Adjungerade: ", S("B")), R("Petra Lindgren (Norrfors Teknologkår), från §5.", S())], after=3)
    for it in doc["items"]:
        fl.para([R(it["printed_number"] + " " + it["title"], S("B", 9.4))], before=2, after=1, keep=9)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, S()))
            elif b[0] == "P":
                fl.para(R(b[1], S("I")), after=0.4)
                fl.para(R(b[2], S()), indent=6)
            elif b[0] == "D":
                if len(b) > 2:
                    fl.para(R(b[2], S("B")), after=0.4)
                    fl.para(R(b[1], S()), indent=6)
                else:
                    fl.para(R(b[1], S()))
            elif b[0] == "PD":
                fl.para(R(b[1] + " " + b[2], S()))
    fl.y += 6
    fl.need(42)
    y = fl.y
    x0 = fl.x0
    for i, (lab, name) in enumerate((("Mötesordförande", "Kevin Lund"), ("Mötessekreterare", "Sofia Berglöf"),
                                     ("Justerare", "Oskar Heikkilä"), ("Justerare", "Nora Sandell"))):
        x = x0 + (i % 2) * 62
        yy = y + (i // 2) * 19
        pdf.set_draw_color(0, 0, 0)
        pdf.line(x, yy + 9, x + 52, yy + 9)
        text_at(pdf, x, yy + 12.5, name, S())
        text_at(pdf, x, yy + 16, lab, S("I", 7.5))
    return pdf, fl.logical

# ==========================================================================
# 4. Studentkåren i Ljungså -- kårfullmäktige, everything in tables
# ==========================================================================

D4_ITEMS = [
    It(1, "1", "Mötets öppnande",
       "Talman Josefin Ahlqvist förklarade mötet öppnat kl. 18.07."),
    It(2, "2", "Val av justerare tillika rösträknare",
       ("D", "KF valde Amir Haddad och Lovisa Brink till justerare tillika rösträknare.")),
    It(3, "3", "Mötets behöriga utlysande",
       "Kallelse och handlingar skickades ut 2023-10-05 enligt stadgans 6 kap. 3 §.",
       ("D", "KF beslutade att förklara mötet behörigt utlyst.")),
    It(4, "4", "Fastställande av föredragningslista",
       "Talmannen föreslog att ärendet Fyllnadsval till valberedningen läggs till som ärende 10 a.",
       ("D", "KF beslutade att fastställa föredragningslistan med tillägget Fyllnadsval till valberedningen "
             "som ärende 10 a.")),
    It(5, "5", "Anmälan av beslut fattade per capsulam",
       "Kårstyrelsen anmälde beslut per capsulam 2023-09-28 om att teckna avtal om kassasystem med "
       "Kassadirekt Norr AB för kårhusets café.",
       ("D", "Anmälan lades till handlingarna.")),
    It(6, "6", "Verksamhetsberättelse och bokslut 2022/23",
       "Kårordförande Wilma Strömgren föredrog verksamhetsberättelsen (bilaga 1) och ekonomiansvarig Daniel "
       "Kask bokslutet (bilaga 2). Årets resultat är ett överskott om 211 540 kr.",
       ("D", "KF beslutade att godkänna verksamhetsberättelsen och att fastställa resultat- och "
             "balansräkningen för verksamhetsåret 2022/23."),
       pres=["Wilma Strömgren", "Daniel Kask"], att=["bilaga 1", "bilaga 2"]),
    It(7, "7", "Revisionsberättelse och ansvarsfrihet",
       "Revisorernas berättelse (bilaga 3) tillstyrker ansvarsfrihet. De ledamöter av KF som ingick i "
       "kårstyrelsen 2022/23 deltog inte i beslutet.",
       ("D", "KF beslutade att bevilja kårstyrelsen 2022/23 ansvarsfrihet för verksamhetsåret."),
       att=["bilaga 3"]),
    It(8, "8", "Budget 2024",
       "Daniel Kask föredrog kårstyrelsens förslag till budget (bilaga 4) med totala intäkter om 4 862 000 kr.",
       ("P", "Kårstyrelsens förslag:", "att fastställa budget 2024 enligt bilaga 4."),
       "Lovisa Brink yrkade att anslaget till idrottsutskottet höjs från 45 000 kr till 60 000 kr. Talmannen "
       "ställde förslagen mot varandra. Votering begärdes och genomfördes med sluten omröstning: kårstyrelsens "
       "förslag 13 röster, Lovisa Brinks yrkande 8 röster, 2 blanka.",
       "Lovisa Brink och Amir Haddad reserverade sig mot beslutet.",
       ("D", "KF beslutade med 13 röster mot 8 att fastställa budget 2024 enligt kårstyrelsens förslag."),
       pres=["Daniel Kask"], att=["bilaga 4"]),
    It(9, "9", "Val av inspektor 2024–2025",
       "Valberedningen föreslår professor Gunilla Rydén.",
       ("D", "KF valde Gunilla Rydén till kårens inspektor för perioden 2024-01-01 – 2025-12-31.")),
    It(10, "10", "Fyllnadsval av vice kårordförande",
       "Elsa Mårtensson föredrog valberedningens förslag: Hugo Lindell.",
       ("D", "KF valde Hugo Lindell till vice kårordförande för resterande del av mandatperioden."),
       pres=["Elsa Mårtensson"]),
    It(10, "10 a", "Fyllnadsval till valberedningen",
       ("D", "KF valde Maryam Sadeghi till ledamot av valberedningen t.o.m. 2024-06-30.")),
    It(11, "11", "Motion om sänkt medlemsavgift för deltidsstudenter",
       "Motionär: Isak Forsell (bilaga 5). Kårstyrelsen yttrar sig negativt med hänvisning till budgetläget.",
       ("P", "Kårstyrelsens förslag:", "att avslå motionen."),
       "Isak Forsell yrkade bifall till motionen.",
       ("D", "KF beslutade att avslå motionen."), att=["bilaga 5"]),
    It(12, "12", "Information",
       "Wilma Strömgren informerade om det nya samarbetsavtalet med Ljungså högskola för 2024–2026, som "
       "undertecknas i november.", pres=["Wilma Strömgren"]),
    It(13, "13", "Övriga frågor", "Inga övriga frågor."),
    It(14, "14", "Mötets avslutande",
       "Talmannen tackade för visat intresse och avslutade mötet kl. 21.38."),
]

D4_ROLL = [  # (name, printed uppdrag, printed remark, gold role, gold organization)
    ("Josefin Ahlqvist", "Talman", "", "ordförande", None),
    ("Peder Gran", "Vice talman", "", "vice ordförande", None),
    ("Alice Wennberg", "Sekreterare", "", "sekreterare", None),
    ("Amir Haddad", "Ledamot", "justerare", "justerare", None),
    ("Lovisa Brink", "Ledamot", "justerare", "justerare", None),
] + [(n, "Ledamot", "", "ledamot", None) for n in (
    "Isak Forsell", "Nellie Strand", "Oliver Kjellin", "Saga Lundkvist", "Mattias Öhman", "Fatima Nour",
    "Gustav Rehn", "Ellen Thorsell", "Hampus Vik", "Tova Sjögren", "Noah Ferm", "Alma Lindblad",
    "Leo Carlqvist", "Stina Hallberg", "Ali Rostami", "Moa Sundin", "Julia Ekdahl", "Anton Brask")] + [
    ("Rebecka Holm", "Ersättare", "tjänstgör för Klara Ulfsson", "tjänstgörande ersättare", None),
    ("Samuel Ek", "Ersättare", "tjänstgör för Mohammed Jalal", "tjänstgörande ersättare", None),
    ("Vera Lind", "Ersättare", "tjänstgör för Nils Berg", "tjänstgörande ersättare", None),
    ("#", "Kårstyrelsen (närvaro- och yttranderätt)", "", None, None),
    ("Wilma Strömgren", "Kårordförande", "", "övrig", "Kårstyrelsen"),
    ("Daniel Kask", "Ekonomiansvarig", "", "övrig", "Kårstyrelsen"),
    ("#", "Valberedningen", "", None, None),
    ("Elsa Mårtensson", "Sammankallande", "§ 9–10 a", "övrig", "Valberedningen"),
]

DOC4 = dict(
    file="studentkaren-ljungsa-karfullmaktige-2023-10-19.pdf", kind="protokoll", organ="Kårfullmäktige",
    meeting_date="2023-10-19", scanned=False,
    meeting={"start_time": "18:07", "end_time": "21:38", "location": "Kårhuset Rotundan, Aulan"},
    items=D4_ITEMS,
    participants=[P_(n, r, org=o) for n, _, _, r, o in D4_ROLL if n != "#"],
    notes=("Invented Studentkåren i Ljungså; organisation name in the running header of every page. Both roll "
           "and items are tables: items table has columns '§' | 'Ärende' | 'Beslut'; the item number is only in "
           "the first column (printed_number = the bare number, '10 a' for the added item). Decision = text of "
           "the 'Beslut' column ('–' = null); title = bold first line of the 'Ärende' cell; proposal = text after "
           "the bold 'Kårstyrelsens förslag:' label. Header 'kl. 18.00' is the call time; start_time 18:07 is the "
           "opening in ärende 1; end 21:38 from ärende 14. Roll: talman -> ordförande, vice talman -> vice "
           "ordförande, KF-sekreterare -> sekreterare, ledamöter with remark 'justerare' -> justerare, ersättare "
           "marked 'tjänstgör för …' -> tjänstgörande ersättare; kårstyrelsen and valberedningen members (sub-"
           "header rows in the table) -> övrig with that body as organization. Three absent members are only in "
           "the 'Frånvarande' line and the ersättare remarks; they are not participants. Ärende 8 has a votering "
           "(13 mot 8, 2 blanka), a yrkande and a reservation (the reservation stays in the Ärende column, not in "
           "the decision). Ärende 12 (information) and 13 have no decision."),
)


def cell_layout(pdf, paras, width, lead=1.25, gap=1.2):
    """paras: list of runs -> list of (line, lh, gap_after)"""
    out = []
    for runs in paras:
        size = max(s[2] for _, s in runs)
        lines = wrap(pdf, runs, width)
        for i, ln in enumerate(lines):
            out.append((ln, size * PT * lead, gap if i == len(lines) - 1 else 0))
    return out


def draw_table(fl, colw, rows, header=None, pad=1.6, repeat_header=True, line_col=(0, 0, 0)):
    """rows: list of list-of-paras (one per column) or ('span', runs) rows"""
    pdf = fl.pdf

    def row_height(row):
        if row[0] == "span":
            return sum(lh + g for _, lh, g in cell_layout(pdf, [row[1]], sum(colw) - 2 * pad)) + 2 * pad - 1.2
        hs = []
        for paras, w in zip(row, colw):
            ls = cell_layout(pdf, paras, w - 2 * pad)
            hs.append(sum(lh + g for _, lh, g in ls) - (ls[-1][2] if ls else 0) + 2 * pad)
        return max(hs)

    def draw_row(row, fill=None):
        h = row_height(row)
        x = fl.x0
        y = fl.y
        pdf.set_draw_color(*line_col)
        pdf.set_line_width(0.2)
        if fill:
            pdf.set_fill_color(*fill)
            pdf.rect(x, y, sum(colw), h, style="F")
        if row[0] == "span":
            cells = [([row[1]], sum(colw))]
        else:
            cells = list(zip(row, colw))
        for paras, w in cells:
            pdf.rect(x, y, w, h)
            yy = y + pad
            for ln, lh, g in cell_layout(pdf, paras, w - 2 * pad):
                draw_line(pdf, x + pad, yy + lh * 0.75, ln)
                yy += lh + g
            x += w
        fl.y += h

    if header:
        draw_row(header, fill=(225, 225, 225))
    for row in rows:
        h = row_height(row)
        if fl.y + h > fl.bottom:
            fl.new_slot()
            if header and repeat_header:
                draw_row(header, fill=(225, 225, 225))
        draw_row(row)


def render_doc4(doc, total):
    pdf = PDF(creator="Microsoft® Word 2019")
    C = lambda st="", sz=9: F("dvsc", st, sz)

    def on_page(fl):
        p = fl.pdf
        text_at(p, 20, 13, "STUDENTKÅREN I LJUNGSÅ", C("B", 8.5))
        text_at(p, 20 + p.sw("STUDENTKÅREN I LJUNGSÅ", C("B", 8.5)) + 3, 13,
                "Kårfullmäktige – protokoll 2023/24:3", C("", 8.5))
        text_at(p, 190, 13, f"2023-10-19  |  sida {fl.page_no} ({total})", C("", 8.5), "R")
        p.set_draw_color(120, 20, 40)
        p.set_line_width(0.5)
        p.line(20, 15, 190, 15)

    fl = Flow(pdf, [(20, 170)], 22, 282, on_page=on_page, top_first=24)
    fl.para(R("Protokoll från Kårfullmäktiges sammanträde 3, 2023/24", C("B", 14)), after=2.5)
    fl.para([R("Tid: ", C("B", 10)), R("torsdag 19 oktober 2023, kl. 18.00", C("", 10))], after=0.5)
    fl.para([R("Plats: ", C("B", 10)), R("Kårhuset Rotundan, Aulan", C("", 10))], after=4)
    fl.para(R("Närvarande", C("B", 11)), after=1.5)
    rows = []
    for n, up, rem, _, _ in D4_ROLL:
        if n == "#":
            rows.append(("span", [R(up, C("I"))]))
        else:
            rows.append([[[R(n, C())]], [[R(up, C())]], [[R(rem, C())]] if rem else [[R(" ", C())]]])
    draw_table(fl, [62, 55, 53], rows, header=[[[R("Namn", C("B"))]], [[R("Uppdrag", C("B"))]],
                                                [[R("Anmärkning", C("B"))]]], pad=1.1)
    fl.y += 2
    fl.para([R("Frånvarande: ", C("B")), R("Klara Ulfsson, Mohammed Jalal, Nils Berg.", C())], after=5)
    fl.para(R("Ärenden", C("B", 11)), after=1.5, keep=30)
    rows = []
    for it in doc["items"]:
        left = [[R(it["title"], C("B"))]]
        dec = []
        for b in it["blocks"]:
            if isinstance(b, str):
                left.append([R(b, C())])
            elif b[0] == "P":
                left.append([R(b[1] + " ", C("B")), R(b[2], C())])
            elif b[0] == "D":
                dec.append([R(b[1], C())])
        if not dec:
            dec = [[R("–", C())]]
        rows.append([[[R(it["printed_number"], C("B"))]], left, dec])
    draw_table(fl, [13, 95, 62], rows, header=[[[R("§", C("B"))]], [[R("Ärende", C("B"))]],
                                               [[R("Beslut", C("B"))]]])
    fl.y += 8
    fl.need(36)
    y = fl.y
    for i, (lab, name) in enumerate((("Talman", "Josefin Ahlqvist"), ("Sekreterare", "Alice Wennberg"),
                                     ("Justerare", "Amir Haddad"), ("Justerare", "Lovisa Brink"))):
        x = 20 + (i % 2) * 88
        yy = y + (i // 2) * 17
        pdf.set_draw_color(0, 0, 0)
        pdf.set_line_width(0.2)
        pdf.line(x, yy + 8, x + 70, yy + 8)
        text_at(pdf, x, yy + 11.5, f"{name}, {lab.lower()}", C("", 9))
    return pdf, fl.page_no

# ==========================================================================
# 5. Skogsbrynets IK -- årsmöte 1987, typewriter, scanned
# ==========================================================================

D5_ITEMS = [
    It(1, "1.", "Mötets öppnande",
       "Klubbens ordförande Bertil Sundqvist hälsade de närvarande välkomna och förklarade mötet öppnat."),
    It(2, "2.", "Val av ordförande för mötet",
       ("D", "Till ordförande för mötet valdes Gösta Lindahl.")),
    It(3, "3.", "Val av sekreterare för mötet",
       ("D", "Till sekreterare för mötet valdes Margareta Holm.")),
    It(4, "4.", "Val av två justeringsmän tillika rösträknare",
       ("D", "Beslöts att välja Rune Eklöf och Kerstin Wall att jämte ordföranden justera dagens protokoll.")),
    It(5, "5.", "Fråga om mötet utlysts i behörig ordning",
       ("PD", "Kallelse har varit införd i Västbygdens Tidning den 24 februari samt anslagen i klubbstugan.",
        "Mötet förklarades behörigen utlyst.")),
    It(6, "6.", "Fastställande av dagordning",
       ("D", "Mötet godkände den föreslagna dagordningen.")),
    It(7, "7.", "Styrelsens verksamhetsberättelse",
       ("PD", "Sekreteraren Margareta Holm läste upp verksamhetsberättelsen för 1986. Särskilt nämndes "
              "damlagets seger i division IV och den nya belysningen på elljusspåret.",
        "Verksamhetsberättelsen lades till handlingarna."), pres=["Margareta Holm"]),
    It(8, "8.", "Kassaberättelse",
       ("PD", "Kassören Lennart Bohm redogjorde för klubbens ekonomi. Intäkterna uppgick till 148 312 kronor "
              "och kostnaderna till 139 870 kronor. Behållningen vid årets slut var 31 406 kronor.",
        "Kassaberättelsen lades till handlingarna."), pres=["Lennart Bohm"]),
    It(9, "9.", "Revisorernas berättelse",
       ("PD", "Revisorernas berättelse lästes upp av Sven-Erik Grön. Revisorerna tillstyrkte ansvarsfrihet.",
        "Revisionsberättelsen lades till handlingarna."), pres=["Sven-Erik Grön"]),
    It(10, "10.", "Fråga om ansvarsfrihet för styrelsen",
       ("D", "Årsmötet beviljade styrelsen ansvarsfrihet för det gångna verksamhetsåret.")),
    It(11, "11.", "Fastställande av medlemsavgifter för 1988",
       ("D", "Beslöts att medlemsavgiften för 1988 skall vara 75 kronor för seniorer, 40 kronor för juniorer "
             "och 150 kronor för familj.")),
    It(12, "12.", "Val av ordförande för ett år",
       ("D", "Bertil Sundqvist omvaldes till ordförande för en tid av ett år.")),
    It(13, "13.", "Val av övriga styrelseledamöter",
       "Kvarstår ett år gör Margareta Holm, Arne Lövgren och Hans Petrén.",
       ("D", "Till styrelseledamöter för två år valdes Lennart Bohm (omval) och Ulla Forsberg (nyval).")),
    It(14, "14.", "Val av revisorer och revisorssuppleant",
       ("D", "Till revisorer valdes Sven-Erik Grön och Ingvar Mattsson, med Berit Lund som suppleant.")),
    It(15, "15.", "Val av valberedning",
       ("D", "Beslöts att välja Gösta Lindahl (sammankallande) och Maj-Britt Ekman till valberedning.")),
    It(16, "16.", "Inkomna motioner",
       "En motion hade inkommit från Arne Lövgren om att klubben skall starta en orienteringssektion. Efter en "
       "livlig diskussion yrkade Hans Petrén avslag på motionen.",
       ("D", "Beslöts att uppdra åt styrelsen att utreda frågan och återkomma till höstmötet.")),
    It(17, "17.", "Övriga frågor",
       "Bertil Sundqvist informerade om att kommunen beviljat ett bidrag på 12 000 kronor till nytt tak på "
       "förrådet. Frågan om nya klubbdräkter diskuterades, men något beslut fattades inte.",
       pres=["Bertil Sundqvist"]),
    It(18, "18.", "Mötets avslutande",
       "Ordföranden tackade för visat intresse och förklarade mötet avslutat kl. 21.05."),
]

DOC5 = dict(
    file="skogsbrynets-ik-arsmote-1987.pdf", kind="protokoll", organ="Årsmöte",
    meeting_date="1987-03-12", scanned=True,
    meeting={"start_time": "19:00", "end_time": "21:05", "location": "klubbstugan vid Tallmovallen"},
    items=D5_ITEMS,
    participants=[P_("Gösta Lindahl", "ordförande"), P_("Margareta Holm", "sekreterare"),
                  P_("Rune Eklöf", "justerare"), P_("Kerstin Wall", "justerare")],
    notes=("Invented Skogsbrynets IK (idrottsklubb). Typewritten 1987 minutes, all pages are scanned images with NO "
           "text layer (noise, specks, slight rotation, uneven typewriter ink); transcription = the generator's "
           "source text. Headings are underlined (typewriter underline), numbers '1.' etc. not underlined. "
           "start_time 19:00 is from the opening sentence ('torsdagen den 12 mars 1987 kl. 19.00'); item 1 gives "
           "no time; end 21:05 from item 18. The roll is only '23 medlemmar enligt närvarolista' (no names), so "
           "participants are the meeting officers elected in items 2-4 only. Decisions of items 5 and 7-9 are the "
           "last sentence of their paragraph; item 13 decision excludes the 'Kvarstår' sentence; item 16 decision "
           "excludes the yrkande. Item 17 is discussion/information only. Page numbers typed as '- 2 -' at the top "
           "of later pages."),
)


def render_doc5(doc, total, rng=None):
    pdf = PDF()
    pdf.jitter = rng or random.Random(1987)
    M = lambda st="", sz=11: F("Courier", st, sz)

    def on_page(fl):
        if fl.page_no > 1:
            text_at(fl.pdf, 105, 16, f"- {fl.page_no} -", M(), "C")

    fl = Flow(pdf, [(27, 158)], 26, 279, on_page=on_page, top_first=30)
    fl.para(R("PROTOKOLL", M("U", 12.5)), align="C", after=4, lead=1.2)
    fl.para(R("fört vid Skogsbrynets IK:s årsmöte torsdagen den 12 mars 1987 kl. 19.00 i klubbstugan vid "
              "Tallmovallen.", M()), after=3, lead=1.2)
    fl.para(R("Närvarande: 23 medlemmar enligt närvarolista.", M()), after=6, lead=1.2)
    for it in doc["items"]:
        pn = it["printed_number"]
        fl.para([R(pn + " ", M()), R(it["title"], M("U"))], before=0, after=1.5, keep=10, lead=1.2)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, M()), after=1.5, lead=1.2)
            elif b[0] == "D":
                fl.para(R(b[1], M()), after=1.5, lead=1.2)
            elif b[0] == "PD":
                fl.para(R(b[1] + " " + b[2], M()), after=1.5, lead=1.2)
        fl.y += 3.5
    fl.y += 5
    fl.need(38)
    y = fl.y
    text_at(pdf, 27, y, "Vid protokollet:", M())
    text_at(pdf, 27, y + 15, "Margareta Holm", M())
    text_at(pdf, 110, y, "Justeras:", M())
    text_at(pdf, 110, y + 15, "Rune Eklöf", M())
    text_at(pdf, 110, y + 30, "Kerstin Wall", M())
    text_at(pdf, 27, y + 30, "Gösta Lindahl, ordf.", M())
    # ink signatures (simple scribbles)
    pdf.jitter = None
    r2 = random.Random(5)
    pdf.set_draw_color(30, 30, 90)
    pdf.set_line_width(0.35)
    for sx, sy in ((27, y + 10), (110, y + 10), (110, y + 25), (27, y + 25)):
        pts = [(sx + i * 2.2, sy + r2.uniform(-2.2, 2.2)) for i in range(16)]
        for a, b in zip(pts, pts[1:]):
            pdf.line(a[0], a[1], b[0], b[1])
    return pdf, fl.page_no

# ==========================================================================
# 6. Norrby-Backa samfällighetsförening -- stämma 1996, dot-matrix, scanned
# ==========================================================================

D6_ROLL = [("Norrby 2:14", "Åke Viklund", 8), ("Norrby 2:15", "Gun Sjödin", 8), ("Norrby 2:17", "Tord Hammar", 8),
           ("Norrby 2:18", "Elvy Nyqvist", 8), ("Norrby 2:21", "Bo Rapp", 8), ("Norrby 2:22", "Lars Höök", 8),
           ("Norrby 3:2", "Stig Åström", 12), ("Backa 1:9", "Irma Dahlén", 6), ("Backa 1:11", "Sune Frisk", 6),
           ("Backa 1:12", "Märta Envall (fullmakt)", 6), ("Backa 1:14", "Nils Öhrn", 6),
           ("Backa 1:16", "Kjell Lindmark", 6)]

D6_ITEMS = [
    It(1, "1:", "STÄMMANS ÖPPNANDE",
       "Föreningens ordförande Åke Viklund hälsade välkommen och öppnade stämman kl 10.05."),
    It(2, "2:", "VAL AV ORDFÖRANDE OCH SEKRETERARE FÖR STÄMMAN",
       ("D", "Stämman valde Åke Viklund till ordförande och Gun Sjödin till sekreterare för stämman.")),
    It(3, "3:", "VAL AV TVÅ JUSTERINGSMÄN",
       ("D", "Till justeringsmän valdes Tord Hammar och Elvy Nyqvist.")),
    It(4, "4:", "FRÅGA OM KALLELSE SKETT I BEHÖRIG ORDNING",
       "Kallelsen delades ut till samtliga delägare den 1 april 1996.",
       ("D", "Stämman ansåg kallelsen behörigen utfärdad.")),
    It(5, "5:", "STYRELSENS OCH REVISORERNAS BERÄTTELSER",
       "Kassören Elvy Nyqvist föredrog förvaltningsberättelsen för 1995 (bilaga 1). Revisor Bo Rapp läste "
       "revisionsberättelsen.",
       ("D", "Berättelserna lades till handlingarna."), pres=["Elvy Nyqvist", "Bo Rapp"], att=["bilaga 1"]),
    It(6, "6:", "ANSVARSFRIHET FÖR STYRELSEN",
       ("D", "Stämman beviljade styrelsen ansvarsfrihet för 1995.")),
    It(7, "7:", "FRAMSTÄLLNINGAR FRÅN STYRELSEN OCH MOTIONER FRÅN MEDLEMMARNA",
       "Tord Hammar föredrog styrelsens framställan om asfaltering av Backavägen (bilaga 2). Kostnaden "
       "beräknas till 212 000 kr.",
       ("P", "Styrelsens förslag:", "Att Backavägen asfalteras sommaren 1996 enligt anbud från Norrby Väg & "
                                    "Mark AB."),
       "Stig Åström yrkade att frågan skulle bordläggas till 1997. Votering begärdes. Röstning skedde efter "
       "andelstal. För styrelsens förslag 61 andelar, för bordläggning 23 andelar, 6 andelar avstod.",
       ("D", "Stämman beslutade med 61 andelar mot 23 att bifalla styrelsens framställan och att uppdra åt "
             "styrelsen att teckna avtal med Norrby Väg & Mark AB."),
       pres=["Tord Hammar"], att=["bilaga 2"]),
    It(8, "8:", "ERSÄTTNING TILL STYRELSE OCH REVISORER",
       ("D", "Stämman beslutade att ersättningen skall vara oförändrad, 4 500 kr till styrelsen att fördela "
             "inom sig samt 600 kr till revisorerna.")),
    It(9, "9:", "UTGIFTS- OCH INKOMSTSTAT SAMT DEBITERINGSLÄNGD",
       "Styrelsens förslag till utgifts- och inkomststat för 1996 (bilaga 3) omsluter 286 400 kronor "
       "inklusive asfalteringen, vilket ger en uttaxering av 3 400 kr per andel.",
       ("D", "Stämman godkände utgifts- och inkomststat samt debiteringslängd enligt bilaga 3, med förfallodag "
             "1996-06-30."), att=["bilaga 3"]),
    It(10, "10:", "VAL AV STYRELSE OCH SUPPLEANTER",
       ("D", "Stämman valde Åke Viklund till ordförande för ett år samt Gun Sjödin och Lars Höök till ledamöter "
             "för två år. Till suppleant valdes Irma Dahlén.")),
    It(11, "11:", "VAL AV REVISORER",
       ("D", "Till revisorer valdes Bo Rapp och Märta Envall, med Nils Öhrn som suppleant.")),
    It(12, "12:", "VAL AV VALBEREDNING",
       ("D", "Stämman valde Tord Hammar och Sune Frisk till valberedning.")),
    It(13, "13:", "ÖVRIGA FRÅGOR",
       "Snöröjningen på vändplanen diskuterades. Styrelsen tar upp frågan med entreprenören."),
    It(14, "14:", "MEDDELANDE OM PLATS DÄR PROTOKOLLET HÅLLS TILLGÄNGLIGT",
       "Protokollet hålls tillgängligt hos ordföranden från och med 1996-05-04."),
    It(15, "15:", "STÄMMANS AVSLUTANDE",
       "Ordföranden tackade de närvarande och avslutade stämman kl 12.20."),
]

_roles6 = {"Åke Viklund": "ordförande", "Gun Sjödin": "sekreterare", "Tord Hammar": "justerare",
           "Elvy Nyqvist": "justerare"}
DOC6 = dict(
    file="norrby-backa-samfallighet-stamma-1996.pdf", kind="protokoll", organ="Föreningsstämma",
    meeting_date="1996-04-20", scanned=True,
    meeting={"start_time": "10:05", "end_time": "12:20", "location": "Backagårdens samlingslokal"},
    items=D6_ITEMS,
    participants=[P_(n.replace(" (fullmakt)", ""), _roles6.get(n, "ledamot")) for _, n, _ in D6_ROLL],
    notes=("Invented Norrby-Backa samfällighetsförening. Dot-matrix printout (1996) on fanfold paper, scanned: "
           "image-only pages, NO text layer (dotted glyphs, tractor-feed holes, ribbon fading, noise, slight "
           "rotation). The association name is printed ONLY in the signature block at the end; the title says "
           "'PROTOKOLL FÖRT VID ORDINARIE FÖRENINGSSTÄMMA'. The date at top right (1996-04-22) is the print date; "
           "the meeting date is 'Datum: 20 april 1996'. Item titles are ALL CAPS as printed, numbered '1:'. Roll is "
           "a monospaced table of properties (Fastighet | Företrädd av | Andelar): representatives are "
           "participants; 'Märta Envall (fullmakt)' -> name 'Märta Envall'; property designations are not "
           "organizations (null). Mötesordförande Åke Viklund -> ordförande, Gun Sjödin -> sekreterare, "
           "justeringsmän -> justerare. Item 7: yrkande + votering by andelstal (61 mot 23); the decision names the "
           "avtal with Norrby Väg & Mark AB. Items 13-14 have no decision. 'kl 10.05'/'kl 12.20' are start/end."),
)


def render_doc6(doc, total):
    pdf = PDF()
    M = lambda st="", sz=10: F("dvmono", st, sz)
    cw = pdf.sw("M", M())

    def on_page(fl):
        text_at(fl.pdf, 105, 280, f"SIDA {fl.page_no}", M(), "C")

    fl = Flow(pdf, [(24, 162)], 24, 268, on_page=on_page, top_first=24)
    text_at(pdf, 186, 27, "1996-04-22", M(), "R")
    fl.y = 34
    fl.para(R("PROTOKOLL FÖRT VID ORDINARIE FÖRENINGSSTÄMMA", M()), after=0, lead=1.2)
    fl.para(R("=" * 44, M()), after=2, lead=1.2)
    fl.para(R("Datum:  20 april 1996", M()), after=0, lead=1.2)
    fl.para(R("Plats:  Backagårdens samlingslokal", M()), after=4, lead=1.2)
    fl.para(R("NÄRVARANDE DELÄGARE", M()), after=1, lead=1.2)
    fl.raw(f"{'Fastighet':<15}  {'Företrädd av':<32}  Andelar", M())
    fl.raw(f"{'-' * 15}  {'-' * 32}  -------", M())
    for fast, name, andel in D6_ROLL:
        fl.raw(f"{fast:<15}  {name:<32}  {andel:>7}", M())
    fl.raw(f"{'':<15}  {'Summa andelar':>32}  {sum(a for _, _, a in D6_ROLL):>7}", M(), after=5)
    ind = cw * 5
    for it in doc["items"]:
        fl.para([R(f"{it['printed_number']:<4} " + it["title"], M())], after=1, keep=9, lead=1.2)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, M()), indent=ind, after=1, lead=1.2)
            elif b[0] == "P":
                fl.para(R(b[1].upper(), M()), indent=ind, after=0, lead=1.2)
                fl.para(R(b[2], M()), indent=ind, after=1, lead=1.2)
            elif b[0] == "D":
                fl.para(R(b[1], M()), indent=ind, after=1, lead=1.2)
        fl.y += 3
    fl.y += 6
    fl.need(48)
    y = fl.y
    text_at(pdf, 24, y, "NORRBY-BACKA SAMFÄLLIGHETSFÖRENING", M())
    text_at(pdf, 24, y + 10, "Ordförande", M())
    text_at(pdf, 100, y + 10, "Sekreterare", M())
    text_at(pdf, 24, y + 22, "Åke Viklund", M())
    text_at(pdf, 100, y + 22, "Gun Sjödin", M())
    text_at(pdf, 24, y + 32, "Justeras:", M())
    text_at(pdf, 24, y + 44, "Tord Hammar", M())
    text_at(pdf, 100, y + 44, "Elvy Nyqvist", M())
    r2 = random.Random(96)
    pdf.set_draw_color(20, 20, 120)
    pdf.set_line_width(0.4)
    for sx, sy in ((24, y + 17), (100, y + 17), (24, y + 39), (100, y + 39)):
        pts = [(sx + i * 2.4, sy + r2.uniform(-2.5, 2.0)) for i in range(14)]
        for a, b in zip(pts, pts[1:]):
            pdf.line(a[0], a[1], b[0], b[1])
    return pdf, fl.page_no

# ==========================================================================
# 7. Ungdomsföreningen Kvarnbacka r.f. -- vårmöte 3.4.2024 (Finland-Swedish)
# ==========================================================================

D7_ROLL = [("Birgitta Nyholm", "mötesordförande", "ordförande"),
           ("Jonas Söderback", "sekreterare", "sekreterare"),
           ("Linnéa Backlund", "protokolljusterare", "justerare"),
           ("Kaj Östman", "protokolljusterare", "justerare"),
           ("Anders Granqvist", "styrelsens ordförande", "ledamot"),
           ("Mikaela Rönnqvist", "kassör", "ledamot"),
           ("Lars-Erik Sjöberg", "styrelsemedlem", "ledamot"),
           ("Ann-Sofi Holm", "styrelsemedlem", "ledamot"),
           ("Stig Lillqvist", "verksamhetsgranskare", "övrig")]

D7_ITEMS = [
    It(1, "1 §", "Mötets öppnande",
       "Föreningens ordförande Anders Granqvist öppnade mötet kl. 18.34 och hälsade de närvarande välkomna."),
    It(2, "2 §", "Val av mötesfunktionärer",
       ("D", "Till ordförande för mötet valdes Birgitta Nyholm, till sekreterare Jonas Söderback och till "
             "protokolljusterare tillika rösträknare Linnéa Backlund och Kaj Östman.")),
    It(3, "3 §", "Mötets laglighet och beslutförhet",
       "Kallelse till mötet har publicerats i Österbygdens Tidning 20.3.2024 och på föreningens webbsida i "
       "enlighet med stadgarnas 9 §.",
       ("D", "Mötet konstaterades lagenligt sammankallat och beslutfört.")),
    It(4, "4 §", "Godkännande av föredragningslistan",
       ("D", "Föredragningslistan godkändes som arbetsordning för mötet.")),
    It(5, "5 §", "Verksamhetsberättelse och bokslut för år 2023",
       "Ordförande Anders Granqvist presenterade verksamhetsberättelsen och kassör Mikaela Rönnqvist "
       "bokslutet. Räkenskapsperiodens överskott var 3 412,60 euro.",
       ("D", "Verksamhetsberättelsen och bokslutet antecknades för kännedom."),
       pres=["Anders Granqvist", "Mikaela Rönnqvist"]),
    It(6, "6 §", "Verksamhetsgranskarens utlåtande",
       "Verksamhetsgranskare Stig Lillqvist läste upp sitt utlåtande (bilaga 2).",
       ("D", "Utlåtandet antecknades för kännedom."), pres=["Stig Lillqvist"], att=["bilaga 2"]),
    It(7, "7 §", "Fastställande av bokslutet och beviljande av ansvarsfrihet",
       ("D", "Mötet fastställde bokslutet för år 2023 och beviljade styrelsen och övriga redovisningsskyldiga "
             "ansvarsfrihet.")),
    It(8, "8 §", "Arrendeavtal för dansbaneområdet",
       "Styrelsen har förhandlat med Storvikby delägarlag om förnyat arrende för dansbaneområdet "
       "(avtalsutkast, bilaga 3).",
       ("P", "Styrelsens förslag:", "Mötet godkänner arrendeavtalet med Storvikby delägarlag för perioden "
                                    "1.5.2024–30.4.2034 med ett årsarrende om 450 euro."),
       "Lars-Erik Sjöberg föreslog att avtalsperioden skulle vara fem år. Förslaget understöddes inte och förföll.",
       ("D", "Mötet beslöt enligt styrelsens förslag att godkänna arrendeavtalet med Storvikby delägarlag och "
             "befullmäktigade ordföranden och kassören att underteckna avtalet."), att=["bilaga 3"]),
    It(9, "9 §", "Renovering av köket",
       "Styrelsen har ansökt om projektstöd på 18 500 € från Aktionsgruppen Kustbygd för renovering av köket. "
       "Totalkostnaden uppskattas till 31 000 €. Ann-Sofi Holm föreslog att mötet inte ger någon lånefullmakt "
       "förrän stödbeslutet har kommit. Omröstning verkställdes; styrelsens förslag fick 13 röster och Ann-Sofi "
       "Holms förslag 3 röster.",
       ("D", "Mötet beslöt med rösterna 13–3 att ge styrelsen fullmakt att ta upp ett lån på högst 12 500 euro "
             "för självfinansieringsandelen, om stödet beviljas.")),
    It(10, "10 §", "Övriga ärenden",
       "Kaj Östman presenterade sommarens dansprogram. Första dansen ordnas 15.6.2024.", pres=["Kaj Östman"]),
    It(11, "11 §", "Mötets avslutande",
       "Mötesordföranden avslutade mötet kl. 20.02."),
]

DOC7 = dict(
    file="uf-kvarnbacka-rf-varmote-2024.pdf", kind="protokoll", organ="Vårmöte",
    meeting_date="2024-04-03", scanned=False,
    meeting={"start_time": "18:34", "end_time": "20:02", "location": "Föreningshuset Kvarnbo, Storvikbyvägen 41"},
    items=D7_ITEMS,
    participants=[P_(n, r) for n, _, r in D7_ROLL],
    notes=("Invented Finland-Swedish association Ungdomsföreningen Kvarnbacka r.f. (name in running header, title "
           "area and footer with FO-nummer). Dates in Finnish style (3.4.2024). Layout: the number '1 §' stands on "
           "its own line and the title is on the line UNDER it; body text indented. organ = 'Vårmöte' (the "
           "meeting's own word). Header 'kl. 18.30' is the call time; start_time 18:34 from 1 §. Roll: name + "
           "printed function one per line. 'styrelsens ordförande' Anders Granqvist is NOT the meeting chair "
           "(Birgitta Nyholm is) -> role ledamot; kassör and styrelsemedlem -> ledamot; verksamhetsgranskare -> "
           "övrig; the 8 further members are only counted ('enligt närvarolista, bilaga 1'). Amounts in euro/€. "
           "8 §: arrendeavtal named in the decision; the unsupported counter-proposal is discussion. 9 §: "
           "omröstning 13–3 (the counter-proposal and vote count sentence are discussion). Decisions in "
           "Finland-Swedish passive ('antecknades för kännedom', 'konstaterades lagenligt sammankallat och "
           "beslutfört'). Text layer note: poppler's pdftotext prints the short line '1 §' as '1§'; the page and "
           "pdfium text show '1 §'."),
)


def render_doc7(doc, total):
    pdf = PDF(creator="LibreOffice 7.4")
    S = lambda st="", sz=10: F("dvserif", st, sz)

    def on_page(fl):
        p = fl.pdf
        text_at(p, 20, 14, "UNGDOMSFÖRENINGEN KVARNBACKA R.F.", S("B", 9))
        text_at(p, 20, 18.5, "Protokoll 1/2024", S("", 8.5))
        text_at(p, 190, 14, "Vårmöte 3.4.2024", S("", 8.5), "R")
        text_at(p, 190, 18.5, f"{fl.page_no} ({total})", S("", 8.5), "R")
        p.set_draw_color(0, 0, 0)
        p.set_line_width(0.3)
        p.line(20, 21, 190, 21)
        p.set_line_width(0.2)
        p.line(20, 282, 190, 282)
        text_at(p, 105, 286, "Ungdomsföreningen Kvarnbacka r.f.  ·  FO-nummer 2871643-5  ·  Kvarnbovägen 2, "
                             "66580 Storvikby", S("", 7.5), "C")

    fl = Flow(pdf, [(20, 170)], 28, 276, on_page=on_page, top_first=30)
    fl.para(R("PROTOKOLL", S("B", 15)), after=0.5)
    fl.para(R("Vårmöte", S("", 12)), after=5)
    lab = lambda t: (t, S("B"), 0)
    fl.para(R("onsdag 3.4.2024 kl. 18.30", S()), indent=30, label=lab("Tid"), after=1)
    fl.para(R("Föreningshuset Kvarnbo, Storvikbyvägen 41", S()), indent=30, label=lab("Plats"), after=1)
    first = True
    for n, f, _ in D7_ROLL:
        fl.para(R(n, S()), indent=30, label=lab("Närvarande") if first else None, after=0)
        text_at(pdf, 110, fl.y - 10 * PT * 1.3 * 0.25, f, S("I"))
        first = False
    fl.para(R("Dessutom 8 medlemmar enligt närvarolista, bilaga 1.", S()), indent=30, before=1.5, after=6)
    for it in doc["items"]:
        fl.para(R(it["printed_number"], S("B")), before=2, after=0.2, keep=16)
        fl.para(R(it["title"], S("B")), after=1.5)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, S()), indent=30)
            elif b[0] == "P":
                fl.para(R(b[1], S("I")), indent=30, after=0.4)
                fl.para(R(b[2], S()), indent=30)
            elif b[0] == "D":
                fl.para(R(b[1], S()), indent=30)
    fl.y += 8
    fl.need(50)
    y = fl.y
    pdf.set_draw_color(0, 0, 0)
    for x, name, f in ((20, "Birgitta Nyholm", "mötesordförande"), (110, "Jonas Söderback", "sekreterare")):
        pdf.line(x, y + 10, x + 65, y + 10)
        text_at(pdf, x, y + 14, name, S())
        text_at(pdf, x, y + 18, f, S("I", 9))
    text_at(pdf, 20, y + 28, "Protokollet justerat i Storvikby 8.4.2024", S())
    for x, name in ((20, "Linnéa Backlund"), (110, "Kaj Östman")):
        pdf.line(x, y + 40, x + 65, y + 40)
        text_at(pdf, x, y + 44, name, S())
    return pdf, fl.page_no

# ==========================================================================
# 8. PRO Tallåsen -- kallelse till årsmöte ("Punkt 1")
# ==========================================================================

D8_ITEMS = [
    It(1, "Punkt 1", "Mötets öppnande"),
    It(2, "Punkt 2", "Parentation"),
    It(3, "Punkt 3", "Fråga om mötet är stadgeenligt utlyst"),
    It(4, "Punkt 4", "Fastställande av dagordning"),
    It(5, "Punkt 5", "Val av mötesfunktionärer",
       "a) ordförande för mötet\nb) sekreterare för mötet\nc) två protokolljusterare, tillika rösträknare"),
    It(6, "Punkt 6", "Verksamhetsberättelse för 2023"),
    It(7, "Punkt 7", "Ekonomisk berättelse för 2023"),
    It(8, "Punkt 8", "Revisorernas berättelse"),
    It(9, "Punkt 9", "Fråga om ansvarsfrihet för styrelsen"),
    It(10, "Punkt 10", "Behandling av motioner",
       "En motion om ökad digital medlemsinformation har inkommit (bilaga 1).",
       ("P", "Styrelsens förslag:", "Motionen anses besvarad."), att=["bilaga 1"]),
    It(11, "Punkt 11", "Verksamhetsplan och budget för 2024",
       ("P", "Styrelsens förslag:", "Årsmötet fastställer verksamhetsplan och budget för 2024 enligt bilaga 2."),
       att=["bilaga 2"]),
    It(12, "Punkt 12", "Årsavgift för 2025",
       ("P", "Styrelsens förslag:", "Oförändrad årsavgift, 250 kronor per medlem, varav 150 kronor till "
                                    "föreningen.")),
    It(13, "Punkt 13", "Arvoden och reseersättningar",
       ("P", "Valberedningens förslag:", "Oförändrade arvoden, totalt 9 500 kronor, samt reseersättning enligt "
                                         "PRO:s riktlinjer.")),
    It(14, "Punkt 14", "Antal styrelseledamöter",
       ("P", "Valberedningens förslag:", "Sju ledamöter och två ersättare.")),
    It(15, "Punkt 15", "Val av ordförande för ett år"),
    It(16, "Punkt 16", "Val av övriga styrelseledamöter och ersättare"),
    It(17, "Punkt 17", "Val av revisorer och revisorsersättare"),
    It(18, "Punkt 18", "Val av valberedning"),
    It(19, "Punkt 19", "Val av ombud till distriktets årsmöte"),
    It(20, "Punkt 20", "Övriga frågor"),
    It(21, "Punkt 21", "Mötets avslutande"),
]

DOC8 = dict(
    file="pro-tallasen-kallelse-arsmote-2024.pdf", kind="kallelse", organ="Årsmöte",
    meeting_date="2024-02-13", scanned=False,
    meeting={"start_time": "14:00", "end_time": None, "location": "Tallåsens Folkets hus, stora salen"},
    items=D8_ITEMS,
    participants=None,
    notes=("Invented local branch PRO Tallåsen (a local förening of the national pensioners' organisation); name in "
           "a logo-like roundel + wordmark at the top and in the text. Kallelse with 'Förslag till dagordning' "
           "numbered 'Punkt 1' … 'Punkt 21' in a left column. The lettered lines a)–c) under Punkt 5 have no heading "
           "of their own and are not items. Proposals are the italic-labelled 'Styrelsens förslag:' / "
           "'Valberedningens förslag:' lines. Addressed to all members, no list of called people -> no "
           "participants key (Rolf Engström only signs, Ulla-Britt Sandberg only takes registrations). "
           "'kl. 14.00' start; no end time. The 6 February date in the text is the deadline for registration, not "
           "the meeting."),
)


def render_doc8(doc, total):
    pdf = PDF(creator="Microsoft® Word 2016")
    S = lambda st="", sz=10.5: F("dvs", st, sz)
    fl = Flow(pdf, [(22, 166)], 22, 278, top_first=46)
    # logo-like roundel + wordmark
    pdf.set_fill_color(0, 92, 169)
    pdf.ellipse(22, 16, 22, 22, style="F")
    pdf.set_text_color(255, 255, 255)
    pdf.use(S("B", 13))
    pdf.text(33 - pdf.get_string_width("PRO") / 2, 29.3, "PRO")
    pdf.set_text_color(0, 92, 169)
    pdf.use(S("B", 20))
    pdf.text(48, 27, "PRO Tallåsen")
    pdf.use(S("", 9))
    pdf.text(48, 33, "Pensionärernas riksorganisation – lokal förening")
    pdf.set_text_color(0, 0, 0)
    fl.para(R("KALLELSE TILL ÅRSMÖTE", S("B", 19)), after=3)
    fl.para(R("Medlemmarna i PRO Tallåsen kallas härmed till årsmöte", S("", 11)), after=2)
    fl.para(R("Tisdagen den 13 februari 2024 kl. 14.00", S("B", 12)), after=0.5)
    fl.para(R("Tallåsens Folkets hus, stora salen", S("B", 12)), after=3)
    fl.para(R("Verksamhetsberättelse, ekonomisk berättelse och revisionsberättelse finns att hämta på "
              "medlemsträffen den 30 januari eller hos kassören.", S()), after=5)
    fl.para(R("Förslag till dagordning", S("B", 12.5)), after=2)
    for it in doc["items"]:
        fl.para(R(it["title"], S("B")), indent=24, label=(it["printed_number"], S(), 0), after=0.8, keep=5)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, S("", 10)), indent=29, after=0.8)
            elif b[0] == "P":
                fl.para([R(b[1] + " ", S("I", 10)), R(b[2], S("I", 10))], indent=29, after=0.8)
    fl.y += 4
    fl.para(R("Efter årsmötet bjuder föreningen på kaffe och smörgåstårta. Underhållning av dragspelsduon "
              "Tallåsens Toner.", S()), after=2)
    fl.para(R("Anmälan senast den 6 februari till Ulla-Britt Sandberg, tel. 0654-120 34.", S()), after=5)
    fl.para(R("Varmt välkomna!", S("B", 11)), after=3)
    fl.para(R("Styrelsen för PRO Tallåsen", S()), after=0.5)
    fl.para(R("genom Rolf Engström, ordförande", S()), after=0.5)
    return pdf, fl.page_no


# ==========================================================================
# 9. Sundsby Studentkår -- kallelse och dagordning, styrelsemöte ("1)", "9:1")
# ==========================================================================

D9_ITEMS = [
    It(1, "1)", "Mötets öppnande"),
    It(2, "2)", "Val av mötesordförande"),
    It(3, "3)", "Val av mötessekreterare"),
    It(4, "4)", "Val av justerare"),
    It(5, "5)", "Adjungeringar"),
    It(6, "6)", "Fastställande av dagordning"),
    It(7, "7)", "Beslutsuppföljning", "Se beslutsloggen (bilaga 1).", att=["bilaga 1"]),
    It(8, "8)", "Rapporter",
       "- Ordförande\n- Ekonomi\n- Utskotten\nSkriftliga rapporter i bilaga 2.", att=["bilaga 2"]),
    It(9, "9)", "Propositioner"),
    It(9, "9:1", "Proposition om reviderad budget för caféet Navet",
       "Föredragande: Jakob Hult",
       ("P", "Förslag till beslut:", "att anta den reviderade budgeten för caféet enligt bilaga 3, med ett "
                                     "budgeterat underskott om 24 000 SEK"),
       pres=["Jakob Hult"], att=["bilaga 3"]),
    It(9, "9:2", "Proposition om samarbetsavtal med Sundsby Studentbostäder AB",
       "Föredragande: Ebba Lindqvist",
       ("P", "Förslag till beslut:", "att godkänna samarbetsavtalet med Sundsby Studentbostäder AB för "
                                     "2025-2026 enligt bilaga 4,\natt ge ordföranden i uppdrag att underteckna "
                                     "avtalet"),
       pres=["Ebba Lindqvist"], att=["bilaga 4"]),
    It(10, "10)", "Motioner"),
    It(10, "10:1", "Motion om fria mensskydd i kårhusets toaletter",
       "Motionär: Tyra Bergman (bilaga 5)",
       ("P", "Styrelsens förslag till beslut:", "att bifalla motionen"), att=["bilaga 5"]),
    It(11, "11)", "Övriga frågor"),
    It(12, "12)", "Nästa möte"),
    It(13, "13)", "Mötets avslutande"),
]

D9_CALLED = [("Ebba Lindqvist", "ordförande", "ordförande"), ("Signe Wall", "vice ordförande", "vice ordförande"),
             ("Hussein Ali", "sekreterare", "sekreterare"), ("Jakob Hult", "kassör", "ledamot"),
             ("Tyra Bergman", "utbildningsansvarig", "ledamot"), ("Melker Åberg", "studiesocialt ansvarig", "ledamot"),
             ("Liv Engdahl", "arbetsmiljöansvarig", "ledamot")]

DOC9 = dict(
    file="sundsby-studentkar-kallelse-styrelsemote-6.pdf", kind="kallelse", organ="Styrelsen",
    meeting_date="2024-12-02", scanned=False,
    meeting={"start_time": "17:15", "end_time": None, "location": "Navet, konferensrum Ugglan / Zoom"},
    items=D9_ITEMS,
    participants=[P_(n, r) for n, _, r in D9_CALLED] + [P_("Hedvig Olsson", "övrig")],
    notes=("Invented Sundsby Studentkår, board meeting 6 of 2024/25 (organisation in the title block). Date printed "
           "'Måndag 2/12 2024'. Agenda numbered '1)' … '13)' with numbered sub-items '9:1', '9:2', '10:1' that carry "
           "their own titles: they are taken as items with number 9/10 (decided once for this document; parents "
           "'9) Propositioner' and '10) Motioner' are items too). The dash lines under '8) Rapporter' are not items. "
           "'Föredragande: X' gives presenters; 'Motionär:' is not a presenter. Proposals = the text under "
           "'Förslag till beslut:' / 'Styrelsens förslag till beslut:' (att-lines joined by newline). Called people "
           "are printed one per line as 'Namn, funktion': kassör and the three ansvariga -> ledamot; the adjungerad "
           "verksamhetschef Hedvig Olsson -> övrig. 'För kännedom: kårens revisorer' names no one. Location printed "
           "with the Zoom alternative kept as printed. No end time."),
)


def render_doc9(doc, total):
    pdf = PDF(creator="Google Docs Renderer")
    H = lambda st="", sz=10.5: F("Helvetica", st, sz)

    def on_page(fl):
        text_at(fl.pdf, 188, 287, f"{fl.page_no}/{total}", H("", 8), "R")

    fl = Flow(pdf, [(24, 162)], 22, 276, on_page=on_page, top_first=20)
    fl.para(R("SUNDSBY STUDENTKÅR", H("B", 11)), after=0.5)
    fl.para(R("Kallelse och dagordning", H("B", 18)), after=0.5)
    fl.para(R("Styrelsemöte 6, verksamhetsåret 2024/25", H("", 12)), after=4)
    for lab, val in (("Datum:", "Måndag 2/12 2024"), ("Tid:", "17:15"),
                     ("Plats:", "Navet, konferensrum Ugglan / Zoom")):
        fl.para([R(lab + " ", H("B")), R(val, H())], after=0.5)
    fl.y += 3
    fl.para(R("Kallade:", H("B")), after=0.5)
    for n, f, _ in D9_CALLED:
        fl.para(R(f"{n}, {f}", H()), indent=6, after=0.2)
    fl.y += 1.5
    fl.para([R("Adjungerad: ", H("B")), R("Hedvig Olsson, verksamhetschef", H())], after=0.5)
    fl.para([R("För kännedom: ", H("B")), R("kårens revisorer", H())], after=5)
    fl.para(R("Dagordning", H("B", 13)), after=2)
    for it in doc["items"]:
        sub = ":" in it["printed_number"]
        ind = 18 if sub else 8
        fl.para(R(it["title"], H("B" if not sub else "")), indent=ind,
                label=(it["printed_number"], H("B" if not sub else ""), ind - (8 if not sub else 9)),
                before=0.6 if not sub else 0, after=0.8, keep=4)
        for b in it["blocks"]:
            if isinstance(b, str):
                fl.para(R(b, H("", 10)), indent=ind, after=0.8)
            elif b[0] == "P":
                fl.para(R(b[1], H("I", 10)), indent=ind, after=0.2)
                fl.para(R(b[2], H("", 10)), indent=ind + 5, after=1.2)
    fl.y += 5
    fl.para(R("Bilagor: 1. Beslutslogg  2. Skriftliga rapporter  3. Reviderad budget Navet  4. Samarbetsavtal "
              "(utkast)  5. Motion om fria mensskydd", H("", 9)), after=4)
    fl.para(R("Välkomna! / Hussein Ali, sekreterare", H("I")), after=1)
    return pdf, fl.page_no


# ==========================================================================
# 10. Lommaråns fiskevårdsområdesförening -- kallelse letter, agenda in prose
# ==========================================================================

D10_PROSE = [
    "Härmed kallas samtliga medlemmar i Lommaråns fiskevårdsområdesförening till ordinarie föreningsstämma "
    "lördagen den 16 mars 2024 kl. 13.00 i Bygdegården i Lommarby.",
    "Stämman inleds med att ordförande och sekreterare för stämman väljs, liksom två justerare som tillsammans med "
    "ordföranden ska justera protokollet. Därefter prövas om stämman har utlysts i behörig ordning, och "
    "dagordningen fastställs.",
    "Styrelsen föredrar sedan förvaltningsberättelsen för 2023 och revisorerna sin berättelse, varefter stämman "
    "tar ställning till frågan om ansvarsfrihet för styrelsen. Därpå behandlas styrelsens förslag till utgifts- "
    "och inkomststat för 2024 samt arvoden till styrelse och revisorer.",
    "Styrelsen föreslår att priset för årskort höjs från 250 kr till 300 kr medan dygnskortet blir oförändrat "
    "60 kr. Vidare föreslår styrelsen att föreningen tecknar ett nytt avtal med Lommarby Camping om försäljning av "
    "fiskekort. Några motioner har inte kommit in.",
    "Stämman avslutas med val av styrelse, revisorer och valberedning samt övriga frågor. Efter stämman berättar "
    "fiskeribiolog Ingemar Tjäder från Norrvattnets fiskeråd om det pågående kalkningsprogrammet i Lommarån.",
    "Förvaltningsberättelse, revisionsberättelse och förslag till utgifts- och inkomststat finns tillgängliga hos "
    "kassören Elisabet Öhman från den 1 mars och skickas på begäran med e-post.",
    "Den som företräder en samägd fastighet eller ett dödsbo ska ha med sig fullmakt.",
]

DOC10 = dict(
    file="lommaran-fvof-kallelse-stamma-2024.pdf", kind="kallelse", organ="Föreningsstämma",
    meeting_date="2024-03-16", scanned=False,
    meeting={"start_time": "13:00", "end_time": None, "location": "Bygdegården i Lommarby"},
    items=[],
    participants=None,
    notes=("Invented Lommaråns fiskevårdsområdesförening (letterhead with org.nr). A one-page kallelse letter whose "
           "agenda is written as running prose (val av ordförande/sekreterare/justerare, utlysning, dagordning, "
           "förvaltnings- och revisionsberättelse, ansvarsfrihet, utgifts- och inkomststat, arvoden, fiskekort, "
           "val, övriga frågor) without any numbers or headings -> items [] under the GOLD.md rule for unnumbered "
           "documents. The proposals in prose (årskort 300 kr, avtal with Lommarby Camping) therefore have no item "
           "to attach to. Letter is dated 'Lommarby i februari 2024' (not the meeting date). Addressed to all "
           "members; nobody is called by name -> no participants key (Gunnar Ljungkvist signs, Elisabet Öhman and "
           "Ingemar Tjäder are only mentioned). organ = 'Föreningsstämma' from 'ordinarie föreningsstämma'."),
)


def render_doc10(doc, total):
    pdf = PDF(creator="Microsoft® Word 2010")
    T = lambda st="", sz=12: F("Times", st, sz)
    fl = Flow(pdf, [(25, 160)], 25, 275, top_first=60)
    # letterhead: small fish + name
    pdf.set_draw_color(20, 60, 90)
    pdf.set_fill_color(20, 60, 90)
    pdf.ellipse(25, 20, 16, 7, style="F")
    pdf.polygon([(40, 23.5), (45, 20), (45, 27)], style="F")
    pdf.set_fill_color(255, 255, 255)
    pdf.ellipse(27.5, 22, 1.6, 1.6, style="F")
    pdf.set_text_color(20, 60, 90)
    text_at(pdf, 50, 24.5, "LOMMARÅNS FISKEVÅRDSOMRÅDESFÖRENING", T("B", 13))
    text_at(pdf, 50, 29.5, "Org.nr 717908-4452  ·  c/o Ljungkvist, Åvägen 7, 826 92 Lommarby", T("", 9))
    pdf.set_text_color(0, 0, 0)
    pdf.set_line_width(0.4)
    pdf.line(25, 33, 185, 33)
    text_at(pdf, 185, 42, "Lommarby i februari 2024", T(), "R")
    text_at(pdf, 25, 50, "Till medlemmarna i Lommaråns fiskevårdsområde", T())
    fl.para(R("Kallelse till ordinarie föreningsstämma", T("B", 15)), after=5)
    for p in D10_PROSE:
        fl.para(R(p, T()), after=3.5, lead=1.35)
    fl.y += 4
    fl.para(R("Välkomna!", T()), after=6)
    fl.para(R("Styrelsen för Lommaråns fiskevårdsområdesförening", T()), after=0.5)
    fl.para(R("genom Gunnar Ljungkvist, ordförande", T()), after=0.5)
    return pdf, fl.page_no

# ==========================================================================
# scanning (image-only PDFs)
# ==========================================================================

def rasterize(pdf_path, dpi):
    doc = pdfium.PdfDocument(str(pdf_path))
    out = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        out.append(img)
    doc.close()
    return out


def paper(img, rng, tone=238, var=10):
    a = np.asarray(img).astype(np.float32) / 255.0  # 1 = white
    h, w = a.shape
    # low-frequency paper tone
    small = rng.normal(0, 1, (h // 80 + 2, w // 80 + 2)).astype(np.float32)
    lf = np.asarray(Image.fromarray(small).resize((w, h), Image.BICUBIC), dtype=np.float32)
    bg = tone + var * lf / 2
    ink = 25.0
    out = ink + (bg - ink) * a
    return out, h, w


def finish(arr, rng, angle, noise=9, specks=600):
    h, w = arr.shape
    arr = arr + rng.normal(0, noise, arr.shape)
    # dust / specks
    for _ in range(specks):
        y, x = rng.integers(0, h), rng.integers(0, w)
        r = rng.integers(1, 3) if rng.random() < 0.3 else 1
        arr[max(0, y - r):y + r, max(0, x - r):x + r] = rng.uniform(40, 140)
    img = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
    img = img.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=235)
    # scanner shadow at one edge
    a = np.asarray(img).astype(np.float32)
    ramp = np.clip(np.linspace(-1, 1, 60), 0, None)
    a[:, :60] *= (0.55 + 0.45 * (1 - ramp[::-1]))[None, :] ** 0.5
    return Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")


def scan_typewriter(pre_pdf, seed=87):
    rng = np.random.default_rng(seed)
    pages = []
    for k, img in enumerate(rasterize(pre_pdf, 200)):
        img = img.filter(ImageFilter.GaussianBlur(0.7))
        arr, h, w = paper(img, rng, tone=234, var=5)
        pages.append(finish(arr, rng, angle=(0.55 if k % 2 == 0 else -0.4), noise=9, specks=300))
    return pages


def scan_dotmatrix(pre_pdf, seed=96):
    rng = np.random.default_rng(seed)
    pages = []
    dpi = 200
    for k, img in enumerate(rasterize(pre_pdf, dpi)):
        a = np.asarray(img).astype(np.float32)
        glyph = np.asarray(img.filter(ImageFilter.MinFilter(3))) < 150
        h, w = a.shape
        yy, xx = np.mgrid[0:h, 0:w]
        grid = ((yy % 3) == 0) & ((xx % 3) == 0)
        dots = glyph & grid
        dimg = Image.fromarray((dots * 255).astype(np.uint8)).filter(ImageFilter.MaxFilter(3))
        dots = np.asarray(dimg) > 0
        # ribbon: ink darkness varies with a slow wave down the page
        wave = 55 + 28 * np.sin(np.linspace(0, 5.5, h) + k)[:, None]
        ink = np.clip(wave + rng.normal(0, 12, (h, w)), 20, 160)
        base = np.full((h, w), 240.0)
        # faint greenbar bands (rendered grey), every 1/2 inch
        band = ((yy // int(dpi / 2)) % 2 == 1)
        base[band] = 231.0
        out = np.where(dots, ink, base)
        im = Image.fromarray(np.clip(out, 0, 255).astype(np.uint8), "L")
        d = ImageDraw.Draw(im)
        # tractor-feed strips: holes + perforation
        mm = dpi / 25.4
        for xc in (6 * mm, w - 6 * mm):
            for yc in np.arange(6 * mm, h, 12.7 * mm):
                r = 2 * mm
                d.ellipse([xc - r, yc - r, xc + r, yc + r], fill=40)
        for xp in (13 * mm, w - 13 * mm):
            for yp in np.arange(0, h, 2.2 * mm):
                d.line([(xp, yp), (xp, yp + 1.1 * mm)], fill=175, width=1)
        im = im.filter(ImageFilter.GaussianBlur(0.45))
        arr = np.asarray(im).astype(np.float32)
        pages.append(finish(arr, rng, angle=(-0.35 if k % 2 == 0 else 0.5), noise=7, specks=300))
    return pages


def images_to_pdf(pages, out_path, quality=72):
    pdf = FPDF(unit="mm", format="A4")
    pdf.set_creator("Canon iR-ADV C5535 scan")
    pdf.set_creation_date(datetime(2024, 5, 3, 9, 0, tzinfo=timezone.utc))
    with tempfile.TemporaryDirectory() as td:
        for i, im in enumerate(pages):
            p = Path(td) / f"p{i}.jpg"
            im.save(p, quality=quality)
            pdf.add_page()
            pdf.image(str(p), x=0, y=0, w=210, h=297)
        pdf.output(str(out_path))


# ==========================================================================
# build, gold, checks
# ==========================================================================

DOCS = [
    (DOC1, render_doc1, "Brf Lindkulla 4 (bostadsrättsförening), ordinarie föreningsstämma",
     "Word/Times; '§ 1' in hanging column + bold title; sub-items '17 a)'/'17 b)' (motioner); 'Stämman beslutar "
     "att …', 'lades till handlingarna', votering 'med 14 röster mot 9', yrkande; valberedning, revisionsberättelse, "
     "ansvarsfrihet; 'Närvarande: … enligt förteckning i bilaga 1' (no names); org in opening sentence + footer "
     "with org.nr; 'onsdagen den 22 maj 2024'; times in sentences (kl. 19.04 / 21.12); kr/kronor; bilaga cited"),
    (DOC2, render_doc2, "Brf Sjöbogen, styrelsemöte",
     "Google Docs/Arial; NO numbers, bold headings (items []); 'Styrelsen beslutade att …', 'Beslut: …'; avtal "
     "named in decision; SEK; roll one per line 'Name, role' + adjungerad förvaltare + Frånvarande; logo-like "
     "letter-spaced line + house icon; footer address; 'Datum: 2023-11-14', 'Tid: 18.30'"),
    (DOC3, render_doc3, "Energisektionen, Norrfors Teknologkår (student union section), sektionsmöte",
     "LibreOffice/DejaVu Sans; TWO A5 pages side by side on each A4 landscape sheet; '§1.' + '§10.1' sub-items; "
     "Mötets öppnande … Val av mötesordförande, Adjungeringar, Fastställande av dagordning, Beslutsuppföljning, "
     "Rapporter, Propositioner, Motioner, Övriga frågor, Mötets avslutande; 'Mötet valde X till …', 'Mötet "
     "beslutade att …', 'att' lines under 'Beslut:'; votering 17 mot 3, reservation, yrkande; comma-list roll; "
     "'Plats: Kårhuset, sal B'; 'Mötet avslutades 20:47'; running header"),
    (DOC4, render_doc4, "Studentkåren i Ljungså, Kårfullmäktige",
     "Word/DejaVu Condensed; roll AND items in ruled tables, numbers only in the first column ('1' … '10 a'); "
     "'KF beslutade att …', 'KF valde …'; votering 13 mot 8 (sluten), yrkande, reservation; talman/vice talman/"
     "tjänstgörande ersättare; running header with org; 'torsdag 19 oktober 2023'; bilaga 1-5"),
    (DOC5, render_doc5, "Skogsbrynets IK (idrottsklubb), årsmöte 1987",
     "SCANNED typewriter (Courier, per-letter ink/jitter, noise, rotation); '1.' + UNDERLINED headings; 'Beslöts "
     "att …', 'Mötet godkände …', 'lades till handlingarna', 'Årsmötet beviljade styrelsen ansvarsfrihet', "
     "'valdes'; no roll names; '- 2 -' page numbers; kronor"),
    (DOC6, render_doc6, "Norrby-Backa samfällighetsförening, ordinarie föreningsstämma 1996",
     "SCANNED dot-matrix (dotted glyphs, fanfold holes, greenbar, ribbon fade); '1:' + ALL CAPS headings; roll as "
     "monospaced property table with andelar; votering by andelstal 61 mot 23; avtal in decision; 'Stämman "
     "beslutade att …'; org name ONLY in signature block; print date ≠ meeting date; kr/kronor"),
    (DOC7, render_doc7, "Ungdomsföreningen Kvarnbacka r.f. (Finland-Swedish), vårmöte",
     "LibreOffice/DejaVu Serif; '1 §' on its own line, title on the line UNDER it; 'Mötet konstaterades lagenligt "
     "sammankallat och beslutfört'; '3.4.2024' dates; euro/€; arrendeavtal in decision; omröstning 13–3; "
     "'antecknades för kännedom'; roll one per line name + function column; header + footer with FO-nummer"),
    (DOC8, render_doc8, "PRO Tallåsen (local branch of a national organisation), kallelse till årsmöte",
     "Word/DejaVu Sans; roundel logo; agenda 'Punkt 1' … 'Punkt 21' in left column, bold titles; lettered "
     "a)-c) lines (not items); italic 'Styrelsens förslag:'/'Valberedningens förslag:' proposals; "
     "'Tisdagen den 13 februari 2024 kl. 14.00'; kronor"),
    (DOC9, render_doc9, "Sundsby Studentkår, kallelse och dagordning till styrelsemöte",
     "Google Docs/Arial; '1)' … '13)' with '9:1', '9:2', '10:1' sub-items; 'Föredragande:' presenters; "
     "'Förslag till beslut:' att-lines; 'Kallade:' one per line + Adjungerad; 'Måndag 2/12 2024', 'Tid: 17:15'; "
     "location with '/ Zoom'; SEK"),
    (DOC10, render_doc10, "Lommaråns fiskevårdsområdesförening, kallelse till ordinarie föreningsstämma",
     "Word/Times letter with letterhead + org.nr; agenda ONLY as running prose (items []); letter date "
     "'Lommarby i februari 2024' ≠ meeting date 'lördagen den 16 mars 2024 kl. 13.00'; kr"),
]


def gold_of(doc, page_count):
    g = {
        "file": doc["file"], "kind": doc["kind"], "organ": doc["organ"], "meeting_date": doc["meeting_date"],
        "page_count": page_count, "scanned": doc["scanned"], "meeting": doc["meeting"], "items": [],
    }
    for it in doc["items"]:
        g["items"].append({
            "number": it["number"], "printed_number": it["printed_number"], "title": it["title"],
            "section": None, "presenters": it["presenters"], "scheduled_time": it["scheduled_time"],
            "proposal": item_proposal(it), "decision": item_decision(it) if doc["kind"] == "protokoll" else None,
            "attachments": it["attachments"],
        })
    if doc.get("participants"):
        g["participants"] = doc["participants"]
    g["notes"] = doc["notes"]
    return g


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "")
    return re.sub(r"\s+", " ", s).strip()


def pdf_texts(path):
    t1 = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True).stdout
    d = pdfium.PdfDocument(str(path))
    t2 = "\n".join(d[i].get_textpage().get_text_range() for i in range(len(d)))
    d.close()
    return norm(t1), norm(t2)


def check(doc, text_pdf):
    t1, t2 = pdf_texts(text_pdf)
    problems = []

    def has(s, what):
        s = norm(s)
        if s and s not in t1 and s not in t2:
            problems.append(f"{what}: {s[:70]!r}")

    items = doc["items"] or doc.get("sections", [])
    for it in items:
        if it["printed_number"]:
            has(it["printed_number"], "printed_number")
        has(it["title"], "title")
        d = item_decision(it)
        if d:
            has(d, "decision")
        p = item_proposal(it)
        if p:
            has(p, "proposal")
        for pr in it["presenters"]:
            has(pr, "presenter")
        for a in it["attachments"]:
            has(a, "attachment")
    for p in doc.get("participants") or []:
        has(p["name"].split()[-1], "participant surname")
        has(p["name"], "participant name")
    loc = doc["meeting"]["location"]
    if loc:
        has(loc, "location")
    for k in ("start_time", "end_time"):
        v = doc["meeting"][k]
        if v and v not in t1 and v.replace(":", ".") not in t1 and v not in t2:
            problems.append(f"{k} {v} not printed")
    return problems


README_HEAD = """# assocset9 - ten invented association meeting documents with gold

Independent test set for paragraf: Swedish and Finland-Swedish associations, housing cooperatives
(bostadsrättsföreningar), a samfällighetsförening, a fiskevårdsområdesförening, a sports club, a local
PRO branch and student unions. Seven minutes (protokoll), three notices (kallelse). Everything
(names, associations, places, org.nr / FO-nummer, amounts) is invented.

Regenerate with `/work/main/.venv/bin/python make.py` (fpdf2, Pillow, numpy, pypdfium2; DejaVu fonts
plus the PDF core fonts Times/Helvetica/Courier). The generator is deterministic. Each gold is built from
the same Python data the page is rendered from, and make.py checks that every printed_number, title,
proposal, decision, presenter, attachment, participant name/surname, location and time occurs in the
text layer (pdftotext or pdfium, whitespace-normalised); for the two scanned files the check runs on
the pre-scan text PDF (written to a temp dir and discarded), and make.py asserts that the scanned
PDFs have no text layer.

Gold format: /work/shared/GOLD.md (no `amounts`, no `agreements`; `participants` omitted when the
document names no list of people).

| file | kind | body | pages | items | participants | forms used |
|---|---|---|---|---|---|---|
"""

README_TAIL = """
## Judgement calls (also in each gold's `notes`)

* **Unnumbered documents** (brf-sjobogen styrelsemöte with bold headings; lommaran letter with the agenda in
  prose) have `items: []` per GOLD.md. A tool that turns the headings/prose into items over-segments by that rule.
* **Sub-items**: numbered sub-items with their own title ('17 a)', '§10.1', '10 a', '9:1') are separate items
  whose `number` is the integer part; their parent heading ('§ 17 …', '§10. Propositioner', '9) Propositioner')
  is also an item. Lettered lines without a title of their own (PRO 'Punkt 5' a)-c)) and dash lines are not items.
* **Officers vs. roll**: when minutes give no list of names ('enligt förteckning i bilaga 1', '23 medlemmar enligt
  närvarolista'), participants are only the meeting officers elected in the first items (ordförande,
  sekreterare, justerare); people merely acting in the text are not added.
* **Roles**: the person chairing the meeting is 'ordförande'; an association's board chair who does not chair
  the meeting (Alva Nordin, Anders Granqvist) is 'ledamot'; kassör / functionaries -> 'ledamot'; suppleant ->
  'ersättare'; ersättare 'tjänstgör för' -> 'tjänstgörande ersättare'; justerare who are ordinary members ->
  'justerare'; adjungerade, revisors/verksamhetsgranskare, kårstyrelse and valberedning guests -> 'övrig'
  (organization only when printed with them). Absent people (Frånvarande) are excluded.
* **Times**: a minute's 'öppnade … kl. 19.04' beats a header 'Tid: kl. 19.00'; where only the call time is
  printed (typewriter 'kl. 19.00', brf-sjobogen 'Tid: 18.30') that is used.
* **Decisions**: only the decision sentence(s); yrkanden, votering counts, reservations and 'Det antecknades …'
  stay out. 'att' lines under 'Beslut:' are joined with newline, label dropped. In kallelse files `decision`
  is always null.
* **Attachments**: the bilaga citation as printed without parentheses ('bilaga 2, Årsredovisning 2023',
  'bilaga B').
* **Scans**: skogsbrynets (typewriter) and norrby-backa (dot-matrix) are image-only; their gold text is the
  generator's source text, which is what the page shows.
* **Text layer quirk**: poppler's pdftotext drops the space inside very short lines/labels ('§ 1' -> '§1',
  '1 §' -> '1§'); the PDFs contain the space (pdfium shows it) and the gold keeps the printed form.
* **page_count** of the 2-up file counts PDF pages (A4 landscape sheets): 3 A5 pages on 2 sheets.
"""


def write_readme(rows):
    lines = [README_HEAD]
    for doc, pc, ni, npart, body, forms in rows:
        lines.append(f"| {doc['file']} | {doc['kind']} | {body} ({doc['organ']}, {doc['meeting_date']}) | {pc} | "
                     f"{ni} | {npart} | {forms} |\n")
    lines.append(README_TAIL)
    (OUT / "README.md").write_text("".join(lines), encoding="utf-8")


def main():
    all_ok = True
    rows = []
    with tempfile.TemporaryDirectory() as td:
        for doc, render, body, forms in DOCS:
            pdf, n = render(doc, 0)
            pdf, n2 = render(doc, n)
            assert n == n2, doc["file"]
            out = OUT / doc["file"]
            if doc["scanned"]:
                pre = Path(td) / ("pre-" + doc["file"])
                pdf.output(str(pre))
                pages = scan_typewriter(pre) if render is render_doc5 else scan_dotmatrix(pre)
                images_to_pdf(pages, out)
                text_src = pre
                assert norm(subprocess.run(["pdftotext", str(out), "-"], capture_output=True,
                                           text=True).stdout) == "", "scan has text"
            else:
                pdf.output(str(out))
                text_src = out
            d = pdfium.PdfDocument(str(out))
            pc = len(d)
            d.close()
            g = gold_of(doc, pc)
            gp = OUT / doc["file"].replace(".pdf", ".gold.json")
            gp.write_text(json.dumps(g, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
            probs = check(doc, text_src)
            status = "OK" if not probs else "PROBLEMS"
            print(f"{doc['file']}: {pc} pages, {len(g['items'])} items, "
                  f"{len(g.get('participants', []))} participants -> {status}")
            for p in probs:
                print("   ", p)
            all_ok &= not probs
            rows.append((doc, pc, len(g["items"]), len(g.get("participants", [])), body, forms))
    write_readme(rows)
    return 0 if all_ok else 1


if __name__ == "__main__":
    sys.exit(main())
