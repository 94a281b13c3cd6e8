#!/usr/bin/env python3
"""Generator for nine invented Swedish / Finland-Swedish association meeting documents.

Run:  /work/main/.venv/bin/python make.py
Writes NAME.pdf and NAME.gold.json beside this file. Every fact in a gold file is taken from the
same Python data the renderer prints, so page and gold cannot drift. All names, associations,
places and numbers are invented.

Makers used: fpdf2 (five documents, one of them rendered to images and degraded into an
image-only "scan"), headless Chromium printing HTML/CSS (four documents).
"""
import io
import json
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
FONTS = "/usr/share/fonts/truetype/dejavu/"
CHROMIUM = "/usr/bin/chromium"


# ----------------------------------------------------------------------------------------------
# data helpers
# ----------------------------------------------------------------------------------------------
def item(n, pn, title, body=None, presenters=None, sched=None, proposal=None, decision=None,
         after=None, proposal_label=None, extra=None):
    """One agenda item / paragraph. body: paragraphs printed before proposal/decision;
    after: paragraphs printed after the decision. Renderers print these strings verbatim."""
    return dict(n=n, pn=pn, title=title, body=body or [], presenters=presenters or [],
                sched=sched, proposal=proposal, decision=decision, after=after or [],
                proposal_label=proposal_label, extra=extra or {})


def person(first, last, role="ledamot", org=None, printed_role=None):
    return dict(first=first, last=last, role=role, org=org, printed_role=printed_role)


def full(p):
    return f"{p['first']} {p['last']}"


def gold_of(doc, page_count, scanned):
    g = {
        "file": doc["file"] + ".pdf",
        "kind": doc["kind"],
        "organ": doc["organ"],
        "meeting_date": doc["date"],
        "page_count": page_count,
        "scanned": scanned,
        "meeting": {"start_time": doc["start"], "end_time": doc["end"],
                    "location": doc["location"]},
        "items": [],
    }
    for it in doc["items"]:
        g["items"].append({
            "number": it["n"], "printed_number": it["pn"], "title": it["title"],
            "section": None, "presenters": it["presenters"], "scheduled_time": it["sched"],
            "proposal": it["proposal"], "decision": it["decision"], "attachments": []})
    if doc.get("participants") is not None:
        g["participants"] = [{"name": full(p), "party": None, "organization": p["org"],
                              "role": p["role"]} for p in doc["participants"]]
    g["notes"] = doc["notes"]
    return g


# ----------------------------------------------------------------------------------------------
# fpdf2 helpers
# ----------------------------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, header_fn=None, footer_fn=None, **kw):
        super().__init__(**kw)
        self.header_fn = header_fn
        self.footer_fn = footer_fn
        for fam, files in {
            "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
            "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
            "SerifC": ("DejaVuSerifCondensed.ttf", "DejaVuSerifCondensed-Bold.ttf",
                       "DejaVuSerifCondensed-Italic.ttf"),
            "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
            "SansC": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                      "DejaVuSansCondensed-Oblique.ttf"),
        }.items():
            self.add_font(fam, "", FONTS + files[0])
            self.add_font(fam, "B", FONTS + files[1])
            self.add_font(fam, "I", FONTS + files[2])

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)


def ensure_space(pdf, mm):
    if pdf.get_y() + mm > pdf.h - pdf.b_margin:
        pdf.add_page()


# ----------------------------------------------------------------------------------------------
# Chromium helper
# ----------------------------------------------------------------------------------------------
def chromium_pdf(html, out_pdf):
    tmp = tempfile.mkdtemp(prefix="a16chr")
    src = os.path.join(tmp, "doc.html")
    with open(src, "w", encoding="utf-8") as f:
        f.write(html)
    prof = os.path.join(tmp, "profile")
    os.makedirs(prof)
    cmd = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", f"--user-data-dir={prof}", "--no-pdf-header-footer",
           f"--print-to-pdf={out_pdf}", "file://" + src]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=180)
    shutil.rmtree(tmp, ignore_errors=True)


def esc(s):
    return (s.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;"))


# ----------------------------------------------------------------------------------------------
# scanner simulation
# ----------------------------------------------------------------------------------------------
def make_scan(pdf_in, pdf_out, dpi=200, seed=1, skew=(-0.9, 0.9)):
    rnd = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(pdf_in)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        a = np.asarray(img).astype(np.float32)
        h, w = a.shape
        ink = 255.0 - a
        # uneven ink: low-frequency multiplicative field + ribbon streaks along lines
        small = rnd.uniform(0.62, 1.12, size=(9, 7)).astype(np.float32)
        field = np.asarray(Image.fromarray(small).resize((w, h), Image.BICUBIC))
        rows = rnd.uniform(0.8, 1.1, size=(h // 6 + 1, 1)).astype(np.float32)
        rows = np.repeat(rows, 6, axis=0)[:h]
        ink = ink * field * rows
        # typewriter: slight heavier strike on random letters
        speck = rnd.random((h, w)) < 0.0004
        ink = np.clip(ink, 0, 255)
        paper = 238 + 8 * np.asarray(Image.fromarray(
            rnd.uniform(-1, 1, size=(5, 4)).astype(np.float32)).resize((w, h), Image.BICUBIC))
        a = paper - ink * (paper / 255.0)
        a += rnd.normal(0, 9, size=(h, w))
        a[speck] = rnd.uniform(40, 120, size=speck.sum())
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a).filter(ImageFilter.GaussianBlur(0.7))
        ang = float(rnd.uniform(*skew))
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=228)
        # darker scanner edge on the left
        e = np.asarray(im).astype(np.float32)
        e[:, :int(w * 0.012)] *= 0.55
        im = Image.fromarray(np.clip(e, 0, 255).astype(np.uint8))
        pages.append(im)
    buf = pages[0]
    buf.save(pdf_out, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ==============================================================================================
# DOCUMENT 1 — 1969 ski club årsmöte, typewritten, roman numerals, scanned
# ==============================================================================================
ROMAN = ["", "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII",
         "XIV", "XV", "XVI"]

D1_OFF = [person("Erik", "Lindvall", "ordförande"), person("Gunnar", "Öberg", "sekreterare"),
          person("Karl-Erik", "Sundin", "justerare"), person("Anna-Lisa", "Holm", "justerare")]


def d1_items():
    its = [
        ("Mötets öppnande",
         ["Klubbens ordförande Erik Lindvall hälsade de närvarande välkomna och förklarade "
          "mötet öppnat kl. 15.00."], [], None),
        ("Val av ordförande för mötet", [], [],
         "Till ordförande för mötet valdes Erik Lindvall."),
        ("Val av sekreterare för mötet", [], [],
         "Till sekreterare för mötet valdes Gunnar Öberg."),
        ("Val av två justeringsmän",
         [], [], "Att jämte ordföranden justera dagens protokoll valdes Karl-Erik Sundin "
                 "och Anna-Lisa Holm."),
        ("Fråga om mötets behöriga utlysande",
         ["Kallelse hade anslagits i Folkets hus och vid Konsum samt varit införd i "
          "ortstidningen den 1 mars."], [], "Mötet förklarades behörigen utlyst."),
        ("Styrelsens verksamhetsberättelse",
         ["Sekreteraren Gunnar Öberg föredrog verksamhetsberättelsen för år 1968. "
          "Klubben hade under året 84 medlemmar, varav 31 juniorer. Klubbmästerskapen "
          "avgjordes den 9 februari i god ordning."], ["Gunnar Öberg"],
         "Berättelsen godkändes och lades till handlingarna."),
        ("Kassaberättelse och revisorernas berättelse",
         ["Kassören Sven Nordh redogjorde för klubbens ekonomi. Behållningen vid årets "
          "slut utgjorde 1.842:35 kr. Revisor Olle Berg uppläste revisorernas berättelse, "
          "vari tillstyrktes full ansvarsfrihet."], ["Sven Nordh", "Olle Berg"],
         "Berättelserna lades till handlingarna."),
        ("Fråga om ansvarsfrihet för styrelsen", [], [],
         "Beslöts enhälligt att bevilja styrelsen full ansvarsfrihet för det gångna "
         "verksamhetsåret."),
        ("Val av ordförande för år 1969", [], [],
         "Till ordförande för år 1969 omvaldes Erik Lindvall."),
        ("Val av övriga styrelseledamöter",
         ["I tur att avgå voro Sven Nordh och Astrid Wiklund, den senare hade avböjt omval."],
         [], "Till styrelseledamöter för två år valdes Sven Nordh (omval) och Birgitta Ek "
             "(nyval). Till suppleanter valdes Tage Lund och Rut Sandberg."),
        ("Val av revisorer och revisorssuppleant", [], [],
         "Till revisorer omvaldes Olle Berg och Harald Strand med Nils Wiklund som "
         "suppleant."),
        ("Fastställande av årsavgift", [], [],
         "Beslöts att årsavgiften för år 1969 skall utgöra 10 kr för seniorer och 3 kr "
         "för juniorer."),
        ("Släplift i backen vid Kullberget",
         ["Birgitta Ek redogjorde för de kontakter som tagits med markägaren. En släplift "
          "beräknas kosta omkring 12.000 kr. Frågan diskuterades livligt."], ["Birgitta Ek"],
         "Beslöts att uppdraga åt styrelsen att undersöka kostnaderna närmare och framlägga "
         "förslag vid ett extra möte under hösten."),
        ("Övriga frågor",
         ["Karl-Erik Sundin framförde medlemmarnas tack till de funktionärer som skött "
          "spåren under vintern. Tage Lund påminde om vallningskursen den 23 mars."], [], None),
        ("Mötets avslutande",
         ["Ordföranden tackade de närvarande och förklarade mötet avslutat kl. 16.40."],
         [], None),
    ]
    out = []
    for i, (t, body, pres, dec) in enumerate(its, 1):
        out.append(item(i, ROMAN[i], t, body=body, presenters=pres, decision=dec))
    return out


def d1():
    doc = dict(
        file="1969-03-16_bodarnas-skidklubb_protokoll", kind="protokoll", organ="Årsmöte",
        date="1969-03-16", start="15:00", end="16:40", location="Folkets hus, Bodarnäs",
        items=d1_items(), participants=D1_OFF,
        notes=("Bodarnäs Skidklubb, årsmöte 1969, typewritten and scanned: every page is an "
               "image with no text layer (scanned: true). Items are numbered with roman "
               "numerals I–XV in a margin column; number holds the arabic value, "
               "printed_number the numeral. The header is a prose sentence ('Protokoll fört vid "
               "... å Folkets hus, Bodarnäs, söndagen den 16 mars 1969'); start and end come from "
               "'förklarade mötet öppnat kl. 15.00' (§ I) and 'avslutat kl. 16.40' (§ XV). "
               "There is no list of names of those present (only 'Närvarande: 27 medlemmar'), so "
               "participants are the officers named in the first items: Erik Lindvall "
               "(ordförande), Gunnar Öberg (sekreterare), Karl-Erik Sundin and Anna-Lisa Holm "
               "(justerare). Elections written as 'Till ... valdes X' and 'Beslöts att ...' are "
               "recorded as decisions; 'Berättelsen godkändes ...' likewise. Presenters are the "
               "people the text says föredrog / redogjorde / uppläste."),
    )
    return doc


def scribble(pdf, x, y, w, seed):
    """a pen signature: a wobbly polyline above a typed name"""
    r = random.Random(seed)
    pdf.set_line_width(0.35)
    pts, cx = [], x
    while cx < x + w:
        pts.append((cx, y + r.uniform(-2.6, 2.2)))
        cx += r.uniform(1.2, 3.4)
    pdf.polyline(pts)
    pdf.set_line_width(0.2)


def render_d1(doc, path):
    def head(p):
        if p.page_no() > 1:
            p.set_font("Mono", "", 10.5)
            p.set_xy(0, 12)
            p.cell(210, 5, f"- {p.page_no()} -", align="C")
            p.set_y(22)

    pdf = Doc(header_fn=head, format="A4", unit="mm")
    pdf.set_margins(24, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    f = "Mono"
    pdf.set_font(f, "", 11)
    pdf.set_x(24)
    pdf.cell(0, 6, "BODARNÄS SKIDKLUBB", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font(f, "B", 12)
    pdf.cell(0, 6, "P R O T O K O L L", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(f, "", 10.5)
    pdf.multi_cell(0, 5.2, "fört vid Bodarnäs Skidklubbs ordinarie årsmöte å Folkets hus, "
                   "Bodarnäs, söndagen den 16 mars 1969.", align="L", new_x="LMARGIN",
                   new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5.2, "Närvarande: 27 medlemmar.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for it in doc["items"]:
        pdf.set_font(f, "", 10.5)
        nlines = 1 + sum(len(pdf.multi_cell(w=pdf.w - 40 - 22, h=5.2, text=t, dry_run=True,
                                            output="LINES"))
                         for t in it["body"] + ([it["decision"]] if it["decision"] else []))
        ensure_space(pdf, nlines * 5.2 + 3)
        y = pdf.get_y()
        pdf.set_xy(24, y)
        pdf.cell(14, 5.2, it["pn"] + ".")
        pdf.set_xy(40, y)
        pdf.set_font(f, "U", 10.5)
        pdf.cell(0, 5.2, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(f, "", 10.5)
        for para in it["body"] + ([it["decision"]] if it["decision"] else []):
            pdf.set_x(40)
            pdf.multi_cell(0, 5.2, para, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.2)
    ensure_space(pdf, 55)
    pdf.ln(4)
    pdf.set_x(40)
    pdf.cell(0, 5.2, "Vid protokollet:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    scribble(pdf, 41, pdf.get_y() - 2, 34, 11)
    pdf.set_x(40)
    pdf.cell(0, 5.2, "Gunnar Öberg", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_x(40)
    pdf.cell(0, 5.2, "Justeras:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    y = pdf.get_y()
    for x, nm in ((40, "Erik Lindvall, ordf."), (96, "Karl-Erik Sundin"), (146, "Anna-Lisa Holm")):
        scribble(pdf, x + 1, y - 2, 32, x)
        pdf.set_xy(x, y)
        pdf.cell(48, 5.2, nm)
    pdf.output(path)


# ==============================================================================================
# DOCUMENT 2 — 1994 Finland-Swedish frivillig brandkår (FBK) årsmöte, word processor, serif
# ==============================================================================================
D2_PRESENT = [  # (surname, first) printed "Surname First" in two columns
    ("Backman", "Tor"), ("Granqvist", "Ulla"), ("Hellund", "Sixten"), ("Kronlöf", "Birgitta"),
    ("Lassfolk", "Jan-Erik"), ("Nyman", "Kaj"), ("Nylund", "Rolf"), ("Rönnqvist", "Stig"),
    ("Sjöholm", "Bengt"), ("Storbacka", "Mikaela"), ("Sundqvist", "Anders"),
    ("Vikström", "Gun"), ("Wikblad", "Peter"), ("Åkerlund", "Leif"),
]
D2_ROLES = {"Bengt Sjöholm": "ordförande", "Ulla Granqvist": "sekreterare",
            "Kaj Nyman": "justerare", "Mikaela Storbacka": "justerare"}


def d2():
    its = [
        ("Mötets öppnande",
         ["Brandkårens ordförande Tor Backman öppnade mötet kl. 14.05 och hälsade de "
          "närvarande välkomna. En tyst minut hölls till minne av hedersmedlemmen Evert "
          "Nylund som avlidit under året."], [], None, None),
        ("Val av mötesfunktionärer", [], [], None,
         "Till ordförande för mötet valdes Bengt Sjöholm och till sekreterare Ulla Granqvist. "
         "Till protokolljusterare tillika rösträknare valdes Kaj Nyman och Mikaela Storbacka."),
        ("Mötets laglighet och beslutförhet",
         ["Kallelse till mötet hade publicerats i Sundholms Tidning den 10.2.1994."], [], None,
         "Mötet konstaterades lagenligt sammankallat och beslutfört."),
        ("Föredragningslistan", [], [], None,
         "Föredragningslistan godkändes som arbetsordning för mötet."),
        ("Verksamhetsberättelsen för år 1993",
         ["Sekreteraren Ulla Granqvist föredrog verksamhetsberättelsen. Kåren hade under året "
          "47 utryckningar, varav 11 bränder i byggnad. Ungdomsavdelningen hade 16 "
          "medlemmar."], ["Ulla Granqvist"], None, "Verksamhetsberättelsen godkändes."),
        ("Bokslutet och revisorernas utlåtande",
         ["Kassören Jan-Erik Lassfolk föredrog bokslutet för år 1993. Räkenskapsperiodens "
          "överskott var 4 312,60 mk. Revisorernas utlåtande lästes upp av Anders Sundqvist."],
         ["Jan-Erik Lassfolk", "Anders Sundqvist"], None, None),
        ("Fastställande av bokslutet och beviljande av ansvarsfrihet", [], [], None,
         "Mötet fastställde bokslutet och beviljade styrelsen och övriga redovisningsskyldiga "
         "ansvarsfrihet för år 1993."),
        ("Verksamhetsplan och budget för år 1994",
         ["Ordföranden Tor Backman presenterade verksamhetsplanen. Budgeten balanserar på "
          "86 400 mk. Kommunens avtalsersättning beräknas till 52 000 mk."], ["Tor Backman"],
         None, "Verksamhetsplanen och budgeten godkändes enligt styrelsens förslag."),
        ("Medlemsavgiften för år 1994", [], [],
         "Medlemsavgiften hålls oförändrad, 50 mk för aktiva och 80 mk för understödande "
         "medlemmar.", "Mötet beslöt enligt styrelsens förslag."),
        ("Val av ordförande för år 1994", [], [], None,
         "Tor Backman återvaldes till ordförande för år 1994."),
        ("Val av styrelsemedlemmar i stället för dem som är i tur att avgå",
         ["I tur att avgå var Rolf Nylund, Gun Vikström och Peter Wikblad."], [], None,
         "Till styrelsemedlemmar för åren 1994–1995 valdes Rolf Nylund, Gun Vikström och "
         "Leif Åkerlund."),
        ("Val av två revisorer och två revisorssuppleanter", [], [], None,
         "Till revisorer valdes Anders Sundqvist och Sixten Hellund, till suppleanter "
         "Birgitta Kronlöf och Folke Mård."),
        ("Val av ombud till brandkårsförbundets möten", [], [], None,
         "Till ombud valdes Tor Backman och Stig Rönnqvist."),
        ("Övriga ärenden",
         ["Brandmästare Stig Rönnqvist informerade om att kommunen i sin budget reserverat "
          "medel för en ny släckningsbil som beräknas levereras hösten 1995. Leif Åkerlund "
          "påminde om talkot vid brandstationen den 12.3."], ["Stig Rönnqvist"], None, None),
        ("Mötets avslutande",
         ["Ordföranden tackade för ett gott möte och avslutade mötet kl. 15.50."], [], None,
         None),
    ]
    items = [item(i, f"§ {i}", t, body=b, presenters=p, proposal=pr, decision=d,
                  proposal_label="Styrelsens förslag:" if pr else None)
             for i, (t, b, p, pr, d) in enumerate(its, 1)]
    parts = []
    for sn, fn in D2_PRESENT:
        nm = f"{fn} {sn}"
        parts.append(person(fn, sn, D2_ROLES.get(nm, "ledamot")))
    order = ["ordförande", "sekreterare", "justerare", "ledamot"]
    parts.sort(key=lambda p: order.index(p["role"]))
    return dict(
        file="1994-02-20_vasterby-fbk_protokoll", kind="protokoll", organ="Årsmöte",
        date="1994-02-20", start="14:05", end="15:50", location="Brandstationen i Västerby",
        items=items, participants=parts,
        notes=("Västerby frivilliga brandkår r.f. (Finland-Swedish FBK), ordinarie årsmöte, "
               "word-processor print in a serif face, text layer intact. Header fields are "
               "label lines (Tid / Plats / Närvarande) with the date in Finnish form "
               "'20.2.1994'; the Tid line says 'kl. 14.00' but § 1 says the chairman opened the "
               "meeting 'kl. 14.05' — start_time follows the opening in the minutes (14:05). "
               "Närvarande is printed 'Efternamn Förnamn' in two columns; names turned round. "
               "The board chairman Tor Backman opened the meeting, but Bengt Sjöholm was elected "
               "mötesordförande (§ 2), so Sjöholm has role ordförande and Backman ledamot. "
               "Kaj Nyman and Mikaela Storbacka: justerare (tillika rösträknare). Folke Mård "
               "(elected revisorssuppleant) is not in the list of present and is not a "
               "participant. § 9 has 'Styrelsens förslag:' (proposal) and 'Mötet beslöt enligt "
               "styrelsens förslag.' (decision). Elections ('valdes', 'återvaldes') are "
               "decisions; § 6 records no decision (only presentation)."),
    )


def render_d2(doc, path):
    def head(p):
        p.set_font("Serif", "B", 10)
        p.set_xy(20, 12)
        p.cell(100, 5, "VÄSTERBY FRIVILLIGA BRANDKÅR r.f.")
        p.set_font("Serif", "", 10)
        p.set_xy(120, 12)
        p.cell(70, 5, f"PROTOKOLL 1/1994        {p.page_no()} ({{nb}})", align="R")
        p.set_xy(20, 17)
        p.cell(100, 5, "Årsmöte 20.2.1994")
        p.line(20, 23, 190, 23)
        p.set_y(30)

    def foot(p):
        p.set_y(-16)
        p.set_font("Serif", "", 7.5)
        p.cell(0, 4, "Västerby frivilliga brandkår r.f.  ·  Brandstationsvägen 4, 68870 Västerby"
               "  ·  FO-nummer 0691744-2", align="C")

    pdf = Doc(header_fn=head, footer_fn=foot, format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(20, 30, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Serif", "B", 13)
    pdf.cell(0, 7, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(0, 6, "fört vid Västerby frivilliga brandkår r.f:s ordinarie årsmöte",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in (("Tid", "Söndagen 20.2.1994 kl. 14.00"),
                     ("Plats", "Brandstationen i Västerby")):
        pdf.set_font("Serif", "B", 10.5)
        pdf.cell(32, 6, lab)
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "B", 10.5)
    pdf.cell(32, 6, "Närvarande")
    pdf.set_font("Serif", "", 10.5)
    half = (len(D2_PRESENT) + 1) // 2
    y0 = pdf.get_y()
    for i, (sn, fn) in enumerate(D2_PRESENT):
        col, row = divmod(i, half)
        pdf.set_xy(52 + col * 55, y0 + row * 5.4)
        pdf.cell(55, 5.4, f"{sn} {fn}")
    pdf.set_y(y0 + half * 5.4 + 1)
    pdf.set_x(52)
    pdf.cell(0, 5.4, "(14 medlemmar)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for it in doc["items"]:
        ensure_space(pdf, 20)
        y = pdf.get_y()
        pdf.set_font("Serif", "B", 10.5)
        pdf.set_xy(20, y)
        pdf.cell(15, 6, it["pn"])
        pdf.set_xy(38, y)
        pdf.multi_cell(0, 6, it["title"].upper() if False else it["title"],
                       new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10.5)
        for para in it["body"]:
            pdf.set_x(38)
            pdf.multi_cell(0, 5.6, para, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if it["proposal"]:
            pdf.set_x(38)
            pdf.set_font("Serif", "I", 10.5)
            pdf.multi_cell(0, 5.6, it["proposal_label"] + " " + it["proposal"],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10.5)
            pdf.ln(1)
        if it["decision"]:
            pdf.set_x(38)
            pdf.multi_cell(0, 5.6, it["decision"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    ensure_space(pdf, 50)
    pdf.ln(4)
    pdf.set_font("Serif", "", 10.5)
    pdf.cell(0, 6, "Västerby den 20 februari 1994", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    y = pdf.get_y()
    for x, nm, r in ((20, "Bengt Sjöholm", "ordförande"), (110, "Ulla Granqvist", "sekreterare")):
        pdf.line(x, y, x + 62, y)
        pdf.set_xy(x, y + 1)
        pdf.cell(62, 5, f"{nm}, {r}")
    pdf.ln(14)
    pdf.cell(0, 6, "Protokollet justerat:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    y = pdf.get_y()
    for x, nm in ((20, "Kaj Nyman"), (110, "Mikaela Storbacka")):
        pdf.line(x, y, x + 62, y)
        pdf.set_xy(x, y + 1)
        pdf.cell(62, 5, nm)
    pdf.output(path)


# ==============================================================================================
# DOCUMENTS 3+4 — student section: kallelse with dagordning table, then the minutes
# ==============================================================================================
SEK = "Bioteknologsektionen"
SEK_FULL = "Bioteknologsektionen inom Teknologkåren vid Stensunds tekniska högskola"

D4_ROWS = [  # (pn, n, title, typ, bilaga)
    ("§1", 1, "Mötets öppnande", "B", ""),
    ("§2", 2, "Val av mötesordförande", "B", ""),
    ("§3", 3, "Val av mötessekreterare", "B", ""),
    ("§4", 4, "Val av två justerare tillika rösträknare", "B", ""),
    ("§5", 5, "Mötets behöriga utlysande", "B", ""),
    ("§6", 6, "Godkännande av dagordningen", "B", ""),
    ("§7", 7, "Föregående mötesprotokoll", "B", "A"),
    ("§8", 8, "Meddelanden", "I", ""),
    ("§9", 9, "Ekonomisk rapport", "I", "B"),
    ("§10", 10, "Propositioner", "", ""),
    ("§10.1", 10, "Proposition: Revidering av nollningsreglementet", "B", "C"),
    ("§10.2", 10, "Proposition: Inköp av ny kaffebryggare", "B", "D"),
    ("§11", 11, "Motioner", "", ""),
    ("§11.1", 11, "Motion om sektionströjor", "B", "E"),
    ("§12", 12, "Val", "", ""),
    ("§12.1", 12, "Val av valberedning", "B", ""),
    ("§13", 13, "Övriga frågor", "D", ""),
    ("§14", 14, "Mötets avslutande", "B", ""),
]


def d4():
    items = [item(n, pn, t) for pn, n, t, typ, bil in D4_ROWS]
    return dict(
        file="2019-04-24_bioteknologsektionen_kallelse", kind="kallelse", organ="Sektionsmöte",
        date="2019-04-24", start="17:15", end=None, location="Sal K2, Kemihuset",
        items=items, participants=None,
        notes=("Kallelse with dagordning of Bioteknologsektionen (student section of "
               "Teknologkåren vid Stensunds tekniska högskola), Chromium-printed HTML. The "
               "dagordning is a table with columns § / Ärende / Typ / Bilaga; typ letters "
               "(B/D/I) and bilaga letters are not part of the titles. Decimal rows "
               "(§10.1, §10.2, §11.1, §12.1) are kept as items with the integer part as number "
               "and printed_number as printed, because each has its own row and title and is "
               "a decision point (the same rows carry decisions in the minutes of the same "
               "meeting); the parent rows §10 Propositioner, §11 Motioner, §12 Val are items "
               "too. 'Fika från 17:00' is not the meeting start: start_time is 17:15 from the "
               "Tid line. No list of people is called (all members), so participants is "
               "omitted; the signature 'För styrelsen, Elias Wendt' is not a participant "
               "list. Attachments are not annotated ([])."),
    )


def render_d4(doc, path):
    rows = "\n".join(
        f"<tr class=\"{'sub' if '.' in pn else ('grp' if not typ else '')}\"><td class=\"n\">{pn}</td>"
        f"<td>{esc(t)}</td><td class=\"c\">{typ}</td><td class=\"c\">{bil}</td></tr>"
        for pn, n, t, typ, bil in D4_ROWS)
    html = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8">
<style>
@page {{ size: A4; margin: 22mm 20mm 20mm 20mm; }}
body {{ font-family: 'DejaVu Sans', sans-serif; font-size: 10.5pt; color:#1b1b1b; }}
.top {{ display:flex; justify-content:space-between; align-items:flex-start;
        border-bottom: 3px solid #2e7d4f; padding-bottom:6px; }}
.logo {{ width:60px; height:60px; border-radius:50%; background:#2e7d4f; color:white;
        font-weight:bold; font-size:17pt; display:flex; align-items:center; justify-content:center; }}
.org {{ text-align:right; font-size:9pt; color:#444; line-height:1.35; }}
h1 {{ font-size:19pt; margin:18px 0 4px 0; color:#2e7d4f; }}
.meta {{ display:grid; grid-template-columns: 70px auto; row-gap:3px; margin:10px 0 14px 0; }}
.meta b {{ color:#2e7d4f; }}
table {{ border-collapse:collapse; width:100%; }}
th {{ background:#2e7d4f; color:white; text-align:left; padding:5px 7px; font-size:9.5pt; }}
td {{ padding:4px 7px; border-bottom:1px solid #cfe3d6; vertical-align:top; }}
td.n {{ width:52px; font-weight:bold; }}
td.c {{ width:46px; text-align:center; }}
tr.sub td:nth-child(2) {{ padding-left:22px; }}
tr.grp td {{ background:#eef6f0; font-weight:bold; }}
.legend {{ font-size:8.5pt; color:#555; margin-top:6px; }}
p {{ margin:7px 0; line-height:1.4; }}
.sign {{ margin-top:22px; }}
</style></head><body>
<div class="top"><div class="logo">BioS</div>
<div class="org">{SEK}<br>Teknologkåren vid Stensunds tekniska högskola<br>Kemihuset, Labbgränd 3<br>
styrelsen@bios.stth.invalid</div></div>
<h1>Kallelse till sektionsmöte VT2 2019</h1>
<p>Härmed kallas alla medlemmar i {SEK} till terminens andra ordinarie sektionsmöte.</p>
<div class="meta"><b>Tid</b><span>Onsdag 24 april 2019, kl. 17:15</span>
<b>Plats</b><span>Sal K2, Kemihuset</span>
<b>Fika</b><span>Serveras utanför salen från 17:00</span></div>
<h2 style="font-size:12.5pt;margin:12px 0 6px 0">Föreslagen dagordning</h2>
<table><thead><tr><th>§</th><th>Ärende</th><th>Typ</th><th>Bilaga</th></tr></thead>
<tbody>{rows}</tbody></table>
<div class="legend">B = beslutsärende, D = diskussionsärende, I = informationsärende.
Bilagor A–E finns på sektionens hemsida och i sektionsrummet senast en vecka före mötet.</div>
<p>Motioner till mötet skulle vara styrelsen till handa senast 14 april. En motion har
inkommit (bilaga E) och styrelsen har lämnat två propositioner (bilaga C och D).</p>
<p>Varmt välkomna!</p>
<div class="sign">För styrelsen<br><br>Elias Wendt<br>Sekreterare, {SEK}<br>Stensund 2019-04-10</div>
</body></html>"""
    chromium_pdf(html, path)


D3_PRESENT = [
    "Ida Forsmark", "Elias Wendt", "Sara Lindqvist", "Oskar Hedin", "Alva Ruuth", "Hanna Björk",
    "Jonas Kallin", "Moa Sandell", "Viktor Ekholm", "Lisa Aho", "Amir Nasseri", "Klara Öhman",
    "Filip Strömgren", "Tove Jansson Lidén", "Nils Bergkvist", "Ebba Kvist", "Hugo Månsson",
    "Wilma Hagström", "Linnea Fors", "Gustav Thelin", "Maja Ivarsson", "Axel Roos",
    "Julia Hammar", "Emil Sjögren", "Saga Nordin", "Leo Falk", "Ella Brandt",
]
D3_ROLES = {"Ida Forsmark": "ordförande", "Elias Wendt": "sekreterare",
            "Sara Lindqvist": "justerare", "Oskar Hedin": "justerare"}


def d3():
    I = []
    I.append(item(1, "§1", "Mötets öppnande",
                  body=["Sektionsordförande Ida Forsmark förklarar mötet öppnat 17:16."]))
    I.append(item(2, "§2", "Val av mötesordförande",
                  decision="Mötet beslutar att välja Ida Forsmark till mötesordförande."))
    I.append(item(3, "§3", "Val av mötessekreterare",
                  decision="Mötet beslutar att välja Elias Wendt till mötessekreterare."))
    I.append(item(4, "§4", "Val av två justerare tillika rösträknare",
                  decision="Mötet beslutar att välja Sara Lindqvist och Oskar Hedin till "
                           "justerare tillika rösträknare."))
    I.append(item(5, "§5", "Mötets behöriga utlysande",
                  body=["Kallelsen anslogs på sektionens anslagstavla och skickades ut via "
                        "e-post den 10 april, vilket är i enlighet med stadgan."],
                  decision="Mötet beslutar att anse mötet behörigt utlyst."))
    I.append(item(6, "§6", "Godkännande av dagordningen",
                  body=["Oskar Hedin yrkar på att en punkt om städning av sektionsrummet läggs "
                        "till under §13 Övriga frågor."],
                  decision="Mötet beslutar att godkänna dagordningen med detta tillägg."))
    I.append(item(7, "§7", "Föregående mötesprotokoll",
                  decision="Mötet beslutar att lägga protokollet från sektionsmöte VT1 2019 "
                           "till handlingarna."))
    I.append(item(8, "§8", "Meddelanden",
                  body=["Styrelsen: Ida Forsmark informerar om att sektionen fått nya nycklar "
                        "till sektionsrummet och att inpasseringen ändras efter påsk.",
                        "Studienämnden: Hanna Björk informerar om att kursutvärderingarna för "
                        "läsperiod 3 har en svarsfrekvens på 41 procent och uppmanar alla att "
                        "svara."],
                  presenters=["Ida Forsmark", "Hanna Björk"]))
    I.append(item(9, "§9", "Ekonomisk rapport",
                  body=["Kassör Alva Ruuth redogör för sektionens ekonomi. Resultatet hittills "
                        "under verksamhetsåret är +12 430 kr, främst tack vare sittningen i "
                        "mars."], presenters=["Alva Ruuth"],
                  decision="Mötet beslutar att lägga den ekonomiska rapporten till "
                           "handlingarna."))
    I.append(item(10, "§10", "Propositioner",
                  body=["Styrelsen har lämnat två propositioner till mötet."]))
    I.append(item(10, "§10.1", "Proposition: Revidering av nollningsreglementet",
                  body=["Ida Forsmark föredrar propositionen. Revideringen förtydligar "
                        "alkoholpolicyn och ansvarsfördelningen under nollningen.",
                        "Jonas Kallin yrkar att andra stycket i reglementets 4 § stryks."],
                  presenters=["Ida Forsmark"],
                  proposal="att anta revideringen av nollningsreglementet enligt bilaga C.",
                  proposal_label="Styrelsens förslag:",
                  decision="Mötet beslutar att avslå Jonas Kallins yrkande. Mötet beslutar att "
                           "anta revideringen av nollningsreglementet i sin helhet."))
    I.append(item(10, "§10.2", "Proposition: Inköp av ny kaffebryggare",
                  proposal="att köpa in en ny kaffebryggare till sektionsrummet för högst "
                           "6 000 kr.", proposal_label="Styrelsens förslag:",
                  decision="Mötet beslutar att bifalla propositionen."))
    I.append(item(11, "§11", "Motioner", body=["En motion har inkommit."]))
    I.append(item(11, "§11.1", "Motion om sektionströjor",
                  body=["Motionärens yrkande: att sektionen tar fram nya sektionströjor och "
                        "subventionerar dem med 100 kr per tröja."],
                  extra={"vote": "Votering begärs. Ja (styrelsens förslag) 23 röster, nej 11 "
                                 "röster."},
                  proposal="att bifalla motionen med ändringen att subventionen blir 50 kr per "
                           "tröja.", proposal_label="Styrelsens förslag:",
                  decision="Mötet beslutar att bifalla motionen med ändringen att subventionen "
                           "blir 50 kr per tröja."))
    I.append(item(12, "§12", "Val"))
    I.append(item(12, "§12.1", "Val av valberedning",
                  decision="Mötet beslutar att välja Moa Sandell (sammankallande), Viktor "
                           "Ekholm och Lisa Aho till valberedning för verksamhetsåret "
                           "2019/2020."))
    I.append(item(13, "§13", "Övriga frågor",
                  body=["Städning av sektionsrummet: Oskar Hedin påpekar att diskhon ofta är "
                        "full. Styrelsen tar fram ett städschema."]))
    I.append(item(14, "§14", "Mötets avslutande",
                  body=["Mötesordförande Ida Forsmark förklarar mötet avslutat 19:48."]))
    parts = []
    for nm in D3_PRESENT:
        fn, ln = nm.split(" ", 1)
        parts.append(person(fn, ln, D3_ROLES.get(nm, "ledamot")))
    return dict(
        file="2019-04-24_bioteknologsektionen_protokoll", kind="protokoll",
        organ="Sektionsmöte", date="2019-04-24", start="17:16", end="19:48",
        location="Sal K2, Kemihuset", items=I, participants=parts,
        notes=("Minutes of Bioteknologsektionen's sektionsmöte VT2 2019 (the kallelse of the same "
               "meeting is 2019-04-24_bioteknologsektionen_kallelse.pdf), Chromium-printed HTML "
               "with the § numbers in a left margin column and a running header/footer (page "
               "x av y) made with CSS @page margin boxes. The header table says 'Tid 17:15' but "
               "§1 says the meeting was opened 17:16 — start_time follows the opening (17:16); "
               "end 19:48 from §14. Decimal sub-items §10.1, §10.2, §11.1, §12.1 have their own "
               "heading and decision and are separate items (number = integer part); the group "
               "headings §10, §11, §12 are items too, without decision. §10.1: the proposal is "
               "the text after 'Styrelsens förslag:' and the decision is both 'Mötet beslutar' "
               "sentences (rejecting an amendment, then adopting). §11.1: 'Motionärens yrkande' "
               "is left in the body; proposal = 'Styrelsens förslag'. The 'Närvarande' list "
               "(27 names in three columns, no roles) gives the participants; mötesordförande "
               "-> ordförande, mötessekreterare -> sekreterare, justerare tillika rösträknare -> "
               "justerare, all others ledamot. §8's run-in labels 'Styrelsen:' / "
               "'Studienämnden:' are not sub-items."),
    )


def render_d3(doc, path):
    blocks = []
    for it in doc["items"]:
        sub = "." in it["pn"]
        inner = [f"<h3>{esc(it['title'])}</h3>"]
        for b in it["body"]:
            inner.append(f"<p>{esc(b)}</p>")
        if it["proposal"]:
            inner.append(f"<p class='prop'><b>{it['proposal_label']}</b> {esc(it['proposal'])}</p>")
        if it["extra"].get("vote"):
            inner.append(f"<p>{esc(it['extra']['vote'])}</p>")
        if it["decision"]:
            inner.append(f"<p class='dec'>{esc(it['decision'])}</p>")
        blocks.append(f"<div class='it{' sub' if sub else ''}'><div class='num'>{it['pn']}</div>"
                      f"<div class='txt'>{''.join(inner)}</div></div>")
    third = (len(D3_PRESENT) + 2) // 3
    cols = "".join("<ul>" + "".join(f"<li>{esc(n)}</li>" for n in D3_PRESENT[i:i + third])
                   + "</ul>" for i in range(0, len(D3_PRESENT), third))
    html = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 24mm 18mm 22mm 18mm;
  @top-left {{ content: "{SEK} – Sektionsmöte VT2 2019"; font: 8pt 'DejaVu Sans'; color:#555; }}
  @top-right {{ content: "Protokoll"; font: 8pt 'DejaVu Sans'; color:#555; }}
  @bottom-center {{ content: "Sida " counter(page) " av " counter(pages); font: 8pt 'DejaVu Sans'; color:#555; }} }}
body {{ font-family: 'DejaVu Serif', serif; font-size: 10.5pt; line-height:1.4; }}
h1 {{ font-family:'DejaVu Sans'; font-size:17pt; margin:0 0 8px 0; }}
table.head td {{ padding:2px 12px 2px 0; vertical-align:top; }}
table.head td:first-child {{ font-family:'DejaVu Sans'; font-weight:bold; font-size:9pt; width:110px; }}
.pres ul {{ list-style:none; padding:0; margin:0; }}
.pres {{ display:flex; gap:28px; font-size:9.5pt; }}
.it {{ display:grid; grid-template-columns: 58px 1fr; margin:0 0 8px 0; break-inside:avoid; }}
.it .num {{ font-family:'DejaVu Sans'; font-weight:bold; font-size:10pt; padding-top:1px; }}
.it.sub .num {{ padding-left:10px; font-weight:normal; }}
.it h3 {{ font-family:'DejaVu Sans'; font-size:10.5pt; margin:0 0 2px 0; }}
.it p {{ margin:0 0 3px 0; }}
.dec {{ font-style:italic; }}
hr {{ border:0; border-top:1px solid #999; margin:10px 0; }}
.sig {{ display:grid; grid-template-columns:1fr 1fr; column-gap:40px; row-gap:34px; margin-top:34px; break-inside:avoid; }}
.sig div {{ border-top:1px solid #000; padding-top:3px; font-size:9.5pt; }}
</style></head><body>
<h1>Protokoll fört vid sektionsmöte VT2 2019</h1>
<table class="head">
<tr><td>Förening</td><td>{SEK_FULL}</td></tr>
<tr><td>Datum</td><td>2019-04-24</td></tr>
<tr><td>Tid</td><td>17:15</td></tr>
<tr><td>Plats</td><td>Sal K2, Kemihuset</td></tr>
<tr><td>Närvarande</td><td><div class="pres">{cols}</div></td></tr>
</table><hr>
{''.join(blocks)}
<div class="sig"><div>Ida Forsmark<br>Mötesordförande</div><div>Elias Wendt<br>Mötessekreterare</div>
<div>Sara Lindqvist<br>Justerare</div><div>Oskar Hedin<br>Justerare</div></div>
</body></html>"""
    chromium_pdf(html, path)


# ==============================================================================================
# DOCUMENT 5 — 2008 brf ordinarie föreningsstämma, fpdf2 sans, label-box header, motions 18 a/b
# ==============================================================================================
BRF = "Bostadsrättsföreningen Kastanjegården i Ålbacka"
BRF_NR = "769612-4471"


def d5():
    its = [
        ("1.", 1, "Stämmans öppnande",
         ["Styrelsens ordförande Margareta Hjort hälsade välkommen och öppnade stämman "
          "kl. 19.03."], [], None, None, None),
        ("2.", 2, "Godkännande av dagordningen", [], [], None, None,
         "Stämman beslöt att godkänna dagordningen."),
        ("3.", 3, "Val av stämmoordförande", [], [], None, None,
         "Stämman beslöt att välja Per-Olof Strand till ordförande för stämman."),
        ("4.", 4, "Anmälan av stämmoordförandens val av protokollförare",
         ["Ordföranden anmälde att han utsett Lena Ask till protokollförare."], [], None, None,
         None),
        ("5.", 5, "Val av två justeringsmän tillika rösträknare", [], [], None, None,
         "Stämman beslöt att välja Ahmed Karimi och Birgitta Sjödin att jämte ordföranden "
         "justera protokollet och att vara rösträknare."),
        ("6.", 6, "Fråga om kallelse behörigen skett",
         ["Kallelse anslogs i samtliga trapphus den 6 maj 2008 och delades ut i brevlådorna."],
         [], None, None, "Stämman beslöt att kallelse skett i behörig ordning."),
        ("7.", 7, "Fastställande av röstlängd",
         ["Närvarande var 31 röstberättigade medlemmar, varav 3 genom fullmakt, representerande "
          "24 lägenheter."], [], None, None, "Stämman beslöt att fastställa röstlängden."),
        ("8.", 8, "Föredragning av styrelsens årsredovisning",
         ["Margareta Hjort föredrog årsredovisningen för 2007. Under året har tvättstugan "
          "renoverats och avtalet om fastighetsskötsel upphandlats på nytt."],
         ["Margareta Hjort"], None, None, None),
        ("9.", 9, "Föredragning av revisorns berättelse",
         ["Revisor Gunnel Ohlin läste upp revisionsberättelsen och tillstyrkte ansvarsfrihet."],
         ["Gunnel Ohlin"], None, None, None),
        ("10.", 10, "Beslut om fastställande av resultaträkning och balansräkning", [], [],
         None, None, "Stämman beslöt att fastställa resultat- och balansräkningen för 2007."),
        ("11.", 11, "Beslut om resultatdisposition", [], [],
         "att årets resultat, -84 312 kr, balanseras i ny räkning.", "Styrelsens förslag:",
         "Stämman beslöt i enlighet med styrelsens förslag."),
        ("12.", 12, "Fråga om ansvarsfrihet för styrelseledamöterna", [], [], None, None,
         "Stämman beslöt att bevilja styrelsens ledamöter ansvarsfrihet för "
         "verksamhetsåret 2007."),
        ("13.", 13, "Fråga om arvoden åt styrelseledamöter och revisorer", [], [], None, None,
         "Stämman beslöt att arvodet till styrelsen ska vara oförändrat, ett halvt "
         "prisbasbelopp att fördela inom styrelsen, och att revisorn arvoderas enligt "
         "räkning."),
        ("14.", 14, "Val av styrelseledamöter och suppleanter", [], [],
         "omval av Margareta Hjort och Jonas Widell samt nyval av Fatima Rahimi till "
         "ordinarie ledamöter för två år, nyval av Kjell Ådahl till suppleant för ett år.",
         "Valberedningens förslag:",
         "Stämman beslöt att välja styrelseledamöter och suppleant i enlighet med "
         "valberedningens förslag."),
        ("15.", 15, "Val av revisor och revisorssuppleant", [], [], None, None,
         "Stämman beslöt att välja Gunnel Ohlin till revisor med Sten Ivarsson som suppleant."),
        ("16.", 16, "Val av valberedning", [], [], None, None,
         "Stämman beslöt att välja Birgitta Sjödin (sammankallande) och Omar Haddad till "
         "valberedning."),
        ("17.", 17, "Av styrelsen till stämman hänskjutna frågor",
         ["Inga frågor hade hänskjutits till stämman."], [], None, None, None),
        ("18.", 18, "Av föreningsmedlem anmält ärende",
         ["Två motioner hade inkommit i laga tid."], [], None, None, None),
        ("18 a)", 18, "Motion om inglasning av balkonger",
         ["Motionären Torbjörn Lax, lgh 1104, yrkade att stämman uppdrar åt styrelsen att "
          "utreda gemensam inglasning av balkongerna mot gården.",
          "Styrelsen anförde att bygglov sannolikt krävs och att kostnaden bör bäras av de "
          "medlemmar som vill ha inglasning."],
         [], "att motionen avslås.", "Styrelsens förslag:",
         "Stämman beslöt att avslå motionen."),
        ("18 b)", 18, "Motion om ytterligare cykelrum",
         ["Motionären Eva Lindroth, lgh 1302, yrkade att det tidigare soprummet i port 14 "
          "inreds till cykelrum."],
         [], "att motionen bifalls.", "Styrelsens förslag:",
         "Stämman beslöt att bifalla motionen."),
        ("19.", 19, "Stämmans avslutande",
         ["Stämmoordföranden tackade de närvarande och förklarade stämman avslutad kl. 20.55."],
         [], None, None, None),
    ]
    items = [item(n, pn, t, body=b, presenters=p, proposal=pr, proposal_label=pl, decision=d)
             for pn, n, t, b, p, pr, pl, d in its]
    items[18]["extra"]["vote"] = ("Votering begärdes. Rösträknarna redovisade 14 röster för "
                                  "bifall till motionen och 17 röster för styrelsens förslag.")
    parts = [person("Per-Olof", "Strand", "ordförande"), person("Lena", "Ask", "sekreterare"),
             person("Ahmed", "Karimi", "justerare"), person("Birgitta", "Sjödin", "justerare")]
    return dict(
        file="2008-05-27_brf-kastanjegarden_protokoll", kind="protokoll",
        organ="Föreningsstämma", date="2008-05-27", start="19:03", end="20:55",
        location="Föreningslokalen, Kastanjegatan 12 (källarplan)", items=items, participants=parts,
        notes=("Bostadsrättsföreningen Kastanjegården i Ålbacka (org.nr 769612-4471), ordinarie "
               "föreningsstämma 2008, fpdf2 with a boxed label header (Datum / Tid / Plats / "
               "Närvarande) and a footer with name, org.nr and address. Tid in the header is "
               "'19.00'; § 1 records the opening at 19.03, which is taken as start_time. "
               "Närvarande gives only a count ('31 röstberättigade ... enligt röstlängd'), so "
               "participants are the officers: stämmoordförande Per-Olof Strand (ordförande), "
               "protokollförare Lena Ask (sekreterare), justeringsmän Ahmed Karimi and Birgitta "
               "Sjödin. The board chairman Margareta Hjort, who opened the stämma, is not in a "
               "list and is not a participant. Motions are lettered '18 a)' and '18 b)' under "
               "item 18; each has its own heading, proposal and decision, so both are separate "
               "items with number 18 (decided for the whole document). Item 14's proposal is "
               "the text after 'Valberedningens förslag:'. The motionärs' yrkanden and the "
               "vote counts stay in the body, not in proposal/decision."),
    )


def render_d5(doc, path):
    def foot(p):
        p.set_y(-17)
        p.set_draw_color(120)
        p.line(20, p.get_y(), 190, p.get_y())
        p.set_font("SansC", "", 7.5)
        p.set_text_color(80)
        p.cell(130, 5, f"{BRF}  ·  Org.nr {BRF_NR}  ·  Kastanjegatan 10–14, 433 91 Ålbacka")
        p.cell(40, 5, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_text_color(0)

    pdf = Doc(footer_fn=foot, format="A4", unit="mm")
    pdf.alias_nb_pages("{nb}")
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("Sans", "B", 15)
    pdf.cell(0, 8, BRF, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 11)
    pdf.cell(0, 6, "PROTOKOLL – ORDINARIE FÖRENINGSSTÄMMA", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_draw_color(0)
    rows = [("Datum", "2008-05-27"), ("Tid", "19.00"),
            ("Plats", "Föreningslokalen, Kastanjegatan 12 (källarplan)"),
            ("Närvarande", "31 röstberättigade medlemmar enligt röstlängd (bilaga 1)")]
    pdf.set_font("Sans", "", 9.5)
    for lab, val in rows:
        pdf.set_font("Sans", "B", 9.5)
        pdf.cell(32, 7, " " + lab, border=1)
        pdf.set_font("Sans", "", 9.5)
        pdf.cell(138, 7, " " + val, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for it in doc["items"]:
        ensure_space(pdf, 18)
        sub = ")" in it["pn"]
        x0 = 26 if sub else 20
        pdf.set_x(x0)
        pdf.set_font("Sans", "B", 10)
        pdf.multi_cell(0, 5.6, f"{it['pn']}  {it['title']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9.8)
        for b in it["body"]:
            pdf.set_x(x0)
            pdf.multi_cell(0, 5.2, b, new_x="LMARGIN", new_y="NEXT")
        if it["proposal"]:
            pdf.set_x(x0)
            pdf.multi_cell(0, 5.2, f"{it['proposal_label']} {it['proposal']}",
                           new_x="LMARGIN", new_y="NEXT")
        if it["extra"].get("vote"):
            pdf.set_x(x0)
            pdf.multi_cell(0, 5.2, it["extra"]["vote"], new_x="LMARGIN", new_y="NEXT")
        if it["decision"]:
            pdf.set_x(x0)
            pdf.multi_cell(0, 5.2, it["decision"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.8)
    ensure_space(pdf, 48)
    pdf.ln(6)
    pdf.set_font("Sans", "", 9.8)
    pdf.cell(0, 5, "Vid protokollet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(0, 5, "Lena Ask", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    y = pdf.get_y()
    for x, nm in ((20, "Per-Olof Strand, ordförande"), (80, "Ahmed Karimi"),
                  (135, "Birgitta Sjödin")):
        pdf.line(x, y, x + 50, y)
        pdf.set_xy(x, y + 1)
        pdf.cell(50, 5, nm)
    pdf.output(path)


# ==============================================================================================
# DOCUMENT 6 — 2014 koloniträdgårdsförening styrelsemöte, Chromium table rows, Beslut/Ansvarig
# ==============================================================================================
KOL = "Koloniträdgårdsföreningen Rosenlunden"


def d6():
    its = [
        ("Mötets öppnande", ["Ordföranden Kerstin Lundh öppnade mötet kl. 18:34."], [], None, ""),
        ("Val av justerare", [], [],
         "Att jämte ordföranden justera protokollet utsågs Bo Hägg.", ""),
        ("Godkännande av dagordning", [], [],
         "Dagordningen godkändes med tillägg av punkten Vattenavstängning under § 10.", ""),
        ("Föregående protokoll", ["Protokoll nr 6/2014 gicks igenom."], [],
         "Protokollet lades till handlingarna.", ""),
        ("Ekonomi",
         ["Kassören Rune Alm redogjorde för ekonomin. Saldo på bankkontot 2014-08-31: "
          "148 220 kr. Samtliga arrendeavgifter utom två är inbetalda."], ["Rune Alm"],
         "Rapporten godkändes. Kassören skickar påminnelse till de två lotter som inte "
         "betalat.", "Rune"),
        ("Lottbesiktning",
         ["Sekreteraren Anneli Vik informerade om höstens besiktning. Tre lotter har fått "
          "muntlig anmärkning under sommaren."], ["Anneli Vik"],
         "Besiktningen genomförs lördag den 27 september. Lotter med misskött odling får "
         "skriftlig anmärkning.", "Anneli, Kerstin"),
        ("Kölista och överlåtelser",
         ["Lott 12 och lott 58 har sagts upp till den 31 oktober."], [],
         "Lotterna erbjuds de två första på kölistan.", "Ingemar"),
        ("Höststädning", [], [],
         "Gemensam höststädning hålls söndag den 12 oktober kl. 10–14. Föreningen bjuder på "
         "soppa.", "Alla"),
        ("Trädgårdsrådgivning",
         ["Maj Forsgren informerade om sorkangrepp i östra delen och om föreningens "
          "kompostrutiner."], ["Maj Forsgren"], None, ""),
        ("Övriga frågor",
         ["Vattenavstängning: Vattnet i lotternas ledningar stängs av den 20 oktober."], [],
         "Information om avstängningen sätts upp på anslagstavlan.", "Ingemar"),
        ("Nästa möte", [], [],
         "Nästa styrelsemöte hålls tisdag den 14 oktober kl. 18:30 i föreningsstugan.", ""),
        ("Mötets avslutande", ["Ordföranden tackade och avslutade mötet kl. 20:15."], [],
         None, ""),
    ]
    items = []
    for i, (t, b, p, d, ans) in enumerate(its, 1):
        it = item(i, f"§ {i}", t, body=b, presenters=p, decision=d)
        it["extra"]["ansvarig"] = ans
        items.append(it)
    parts = [person("Kerstin", "Lundh", "ordförande", printed_role="ordförande"),
             person("Rune", "Alm", "ledamot", printed_role="kassör"),
             person("Anneli", "Vik", "sekreterare", printed_role="sekreterare"),
             person("Bo", "Hägg", "justerare", printed_role="ledamot"),
             person("Ingemar", "Borg", "ledamot", printed_role="ledamot"),
             person("Sofia", "Aronsson", "ersättare", printed_role="suppleant"),
             person("Maj", "Forsgren", "övrig", printed_role="trädgårdsrådgivare, §§ 1–9")]
    return dict(
        file="2014-09-09_rosenlunden-koloni_protokoll", kind="protokoll", organ="Styrelsen",
        date="2014-09-09", start="18:34", end="20:15",
        location="Föreningsstugan, Rosenlundsvägen 2", items=items, participants=parts,
        absent=[("Göran Stenlund", "ledamot")],
        notes=("Board minutes (styrelsemöte nr 7/2014) of Koloniträdgårdsföreningen Rosenlunden "
               "(org.nr 802467-3318), Chromium-printed HTML. The whole body is one table with "
               "columns § / Ärende / Ansvarig: the heading sits bold in the Ärende cell with "
               "text and a 'Beslut:' line below; the Ansvarig column (first names) is not part "
               "of the decision. Header is a label table with 'Tid 18:30–20:15'; § 1 says the "
               "meeting was opened 18:34, which is taken as start_time (end 20:15 agrees). "
               "'Närvarande ledamöter' lists name + board role: ordförande -> ordförande, "
               "sekreterare Anneli Vik -> sekreterare (she keeps the minutes), kassör Rune Alm "
               "-> ledamot, suppleant Sofia Aronsson -> ersättare, Bo Hägg (ledamot, appointed "
               "justerare in § 2) -> justerare; the 'Adjungerad' Maj Forsgren -> övrig. The "
               "'Frånvarande' Göran Stenlund is not a participant. The decision is the text "
               "after 'Beslut:' (may be two sentences)."),
    )


def render_d6(doc, path):
    rows = []
    for it in doc["items"]:
        cell = [f"<div class='t'>{esc(it['title'])}</div>"]
        for b in it["body"]:
            cell.append(f"<p>{esc(b)}</p>")
        if it["decision"]:
            cell.append(f"<p><b>Beslut:</b> {esc(it['decision'])}</p>")
        rows.append(f"<tr><td class='n'>{it['pn']}</td><td>{''.join(cell)}</td>"
                    f"<td class='a'>{esc(it['extra']['ansvarig'])}</td></tr>")
    pres = "".join(f"<tr><td>{full(p)}</td><td>{p['printed_role']}</td></tr>"
                   for p in doc["participants"] if p["printed_role"] and p["role"] != "övrig")
    adj = [p for p in doc["participants"] if p["role"] == "övrig"][0]
    html = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 26mm 16mm 20mm 16mm;
  @top-left {{ content: "{KOL}"; font: bold 9pt 'DejaVu Sans'; }}
  @top-right {{ content: "Org.nr 802467-3318"; font: 8pt 'DejaVu Sans'; color:#444; }}
  @bottom-right {{ content: counter(page) " (" counter(pages) ")"; font: 8pt 'DejaVu Sans'; }}
  @bottom-left {{ content: "Protokoll styrelsemöte nr 7/2014"; font: 8pt 'DejaVu Sans'; color:#444; }} }}
body {{ font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif; font-size:10pt; }}
h1 {{ font-size:15pt; margin:0 0 10px 0; font-weight:normal; letter-spacing:1px; }}
table {{ border-collapse:collapse; width:100%; }}
.head td {{ border:1px solid #888; padding:4px 6px; vertical-align:top; }}
.head td.l {{ background:#e9efe4; width:120px; font-weight:bold; font-size:9pt; }}
.head table.inner {{ width:auto; }}
.head table.inner td {{ border:0; padding:0 18px 1px 0; }}
.main {{ margin-top:14px; }}
.main th {{ background:#55703f; color:#fff; text-align:left; padding:4px 6px; font-size:9pt; }}
.main td {{ border-bottom:1px solid #b8c7ad; padding:5px 6px; vertical-align:top; }}
.main td.n {{ width:42px; font-weight:bold; white-space:nowrap; }}
.main td.a {{ width:90px; color:#333; font-size:9pt; }}
.main .t {{ font-weight:bold; margin-bottom:2px; }}
.main p {{ margin:2px 0; }}
.main tr {{ break-inside:avoid; }}
.sig {{ margin-top:30px; display:flex; gap:40px; break-inside:avoid; }}
.sig div {{ flex:1; }}
.sig span {{ display:block; border-top:1px dotted #000; margin-top:34px; padding-top:2px; }}
</style></head><body>
<h1>PROTOKOLL – STYRELSEMÖTE</h1>
<table class="head">
<tr><td class="l">Datum</td><td>2014-09-09</td><td class="l">Mötesnummer</td><td>7/2014</td></tr>
<tr><td class="l">Tid</td><td>18:30–20:15</td><td class="l">Plats</td><td>Föreningsstugan, Rosenlundsvägen 2</td></tr>
<tr><td class="l">Närvarande ledamöter</td><td colspan="3"><table class="inner">{pres}</table></td></tr>
<tr><td class="l">Frånvarande</td><td colspan="3">Göran Stenlund, ledamot</td></tr>
<tr><td class="l">Adjungerad</td><td colspan="3">{full(adj)}, {adj['printed_role']}</td></tr>
</table>
<table class="main"><thead><tr><th>§</th><th>Ärende</th><th>Ansvarig</th></tr></thead>
<tbody>{''.join(rows)}</tbody></table>
<div class="sig"><div>Vid protokollet<span>Anneli Vik, sekreterare</span></div>
<div>Justeras<span>Kerstin Lundh, ordförande</span></div><div>&nbsp;<span>Bo Hägg</span></div></div>
</body></html>"""
    chromium_pdf(html, path)


# ==============================================================================================
# DOCUMENT 7 — 2022 konstituerande styrelsemöte, one page, prose header, "1)" numbering
# ==============================================================================================
def d7():
    its = [
        ("Mötets öppnande",
         ["Hans Ekdahl, av årsmötet vald ordförande, hälsade styrelsen välkommen och öppnade "
          "mötet kl. 16.10."], None),
        ("Val av sekreterare och justerare för mötet", [],
         "Mötet väljer Marianne Rosén till sekreterare och Tomas Sjöberg till justerare."),
        ("Konstituering", ["Årsmötet har valt Hans Ekdahl till ordförande."],
         "Mötet väljer Tomas Sjöberg till vice ordförande, Elin Dahlgren till kassör och "
         "Marianne Rosén till sekreterare för verksamhetsåret 2022."),
        ("Firmateckning", [],
         "Styrelsen beslutar att föreningens firma tecknas, förutom av styrelsen, av "
         "ordföranden och kassören var för sig."),
        ("Rätt att disponera bankkonto och bankgiro", [],
         "Styrelsen beslutar att ordföranden Hans Ekdahl och kassören Elin Dahlgren var för "
         "sig ges rätt att disponera föreningens bankkonto och bankgiro."),
        ("Attesträtt", [],
         "Styrelsen beslutar att utbetalningar upp till 5 000 kronor attesteras av kassören "
         "och högre belopp av kassören och ordföranden gemensamt."),
        ("Ansvarsområden",
         ["Elin Dahlgren ansvarar för medlemsregistret, Tomas Sjöberg för bryggan och "
          "badflotten och Yusuf Demir för hemsidan och föreningens Facebookgrupp."], None),
        ("Nästa möte", [],
         "Styrelsen beslutar att nästa möte hålls torsdagen den 7 april 2022 kl. 19.00 hos "
         "Elin Dahlgren."),
        ("Mötets avslutande", ["Ordföranden avslutade mötet kl. 16.35."], None),
    ]
    items = [item(i, f"{i})", t, body=b, decision=d) for i, (t, b, d) in enumerate(its, 1)]
    parts = [person("Hans", "Ekdahl", "ordförande"), person("Tomas", "Sjöberg", "vice ordförande"),
             person("Marianne", "Rosén", "sekreterare"), person("Elin", "Dahlgren", "ledamot"),
             person("Yusuf", "Demir", "ersättare")]
    return dict(
        file="2022-03-19_lillsjobadets-vanner_protokoll", kind="protokoll", organ="Styrelsen",
        date="2022-03-19", start="16:10", end="16:35", location="Bygdegården i Lillsjö",
        items=items, participants=parts,
        notes=("Konstituerande styrelsemöte of Föreningen Lillsjöbadets vänner (ideell förening), "
               "held directly after the årsmöte; one page, fpdf2 condensed serif. Header is a "
               "prose sentence ('Protokoll fört vid konstituerande styrelsemöte ... lördagen den "
               "19 mars 2022 i Bygdegården i Lillsjö, direkt efter årsmötet'); location is "
               "'Bygdegården i Lillsjö'. Numbering '1)' ... '9)'. organ 'Styrelsen' (a board "
               "meeting, though konstituerande). Närvarande is a line of names with a "
               "parenthesised '(suppleant)' for Yusuf Demir -> ersättare. Roles follow the "
               "decisions in the minutes: Hans Ekdahl ordförande; Tomas Sjöberg is both elected "
               "vice ordförande (item 3) and justerare (item 2) — he keeps the higher role "
               "'vice ordförande'; Marianne Rosén sekreterare; Elin Dahlgren (kassör) ledamot. "
               "Decisions are the 'Mötet väljer ...' and 'Styrelsen beslutar att ...' sentences; "
               "item 7 (Ansvarsområden) is a plain statement and has no decision."),
    )


def render_d7(doc, path):
    pdf = Doc(format="A4", unit="mm")
    pdf.set_margins(28, 22, 28)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("SerifC", "", 9)
    pdf.set_text_color(90)
    pdf.cell(0, 4, "FÖRENINGEN LILLSJÖBADETS VÄNNER  ·  Org.nr 802511-0937  ·  Lillsjövägen 19, "
             "732 97 Lillsjö", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.ln(8)
    pdf.set_font("SerifC", "B", 16)
    pdf.cell(0, 8, "Protokoll", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("SerifC", "", 11)
    pdf.multi_cell(0, 5.6, "fört vid konstituerande styrelsemöte i Föreningen Lillsjöbadets "
                   "vänner lördagen den 19 mars 2022 i Bygdegården i Lillsjö, direkt efter "
                   "årsmötet.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("SerifC", "I", 11)
    pdf.multi_cell(0, 5.6, "Närvarande: Hans Ekdahl, Marianne Rosén, Tomas Sjöberg, Elin Dahlgren "
                   "och Yusuf Demir (suppleant).", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for it in doc["items"]:
        pdf.set_font("SerifC", "B", 11)
        pdf.cell(9, 6, it["pn"])
        pdf.cell(0, 6, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("SerifC", "", 11)
        for p in it["body"] + ([it["decision"]] if it["decision"] else []):
            pdf.set_x(37)
            pdf.multi_cell(0, 5.4, p, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
    pdf.ln(8)
    y = pdf.get_y()
    for x, nm, r in ((28, "Hans Ekdahl", "Ordförande"), (85, "Marianne Rosén", "Sekreterare"),
                     (142, "Tomas Sjöberg", "Justerare")):
        pdf.line(x, y, x + 44, y)
        pdf.set_xy(x, y + 1)
        pdf.set_font("SerifC", "", 10)
        pdf.cell(44, 5, nm)
        pdf.set_xy(x, y + 6)
        pdf.set_font("SerifC", "I", 9)
        pdf.cell(44, 4, r)
    pdf.output(path)


# ==============================================================================================
# DOCUMENT 8 — 1983 vägförening föreningsstämma, typewriter text layer, run-in underlined §§
# ==============================================================================================
D8_PRESENT = [("Arvid Persson", "Bäcklunda 2:4"), ("Margit Holmqvist", "Bäcklunda 1:7"),
              ("Gösta Wallin", "Ramsjö 3:2"), ("Henning Dahl", "Bäckgården 1:1"),
              ("Sture Lind", "Ramsjö 3:9"), ("Ivar Sund", "Norrgården 1:3"),
              ("Elsa Nyberg", "Bäcklunda 2:11"), ("Ragnar Ek", "Ramsjö 4:1"),
              ("Karl Dahl", "Bäckgården 1:4"), ("Signe Sjöstedt", "Kvarnbäcken 1:2"),
              ("Olof Bergman", "Ramsjö 3:5"), ("Inga Malm", "Bäcklunda 2:6")]
D8_ROLES = {"Arvid Persson": "ordförande", "Margit Holmqvist": "sekreterare",
            "Henning Dahl": "justerare", "Sture Lind": "justerare"}


def d8():
    its = [
        ("Stämmans öppnande",
         ["Styrelsens ordf. Arvid Persson hälsade de närvarande delägarna välkomna och "
          "förklarade stämman öppnad."], [], None, None),
        ("Val av ordförande och sekreterare för stämman", [], [], None,
         "Till ordf. för stämman valdes Arvid Persson och till sekr. Margit Holmqvist."),
        ("Val av två justeringsmän", [], [], None,
         "Valdes Henning Dahl och Sture Lind att jämte ordf. justera protokollet."),
        ("Fråga om stämmans behöriga utlysande",
         ["Kallelse har skett genom annons i Norra Tidningen den 9 april samt genom anslag på "
          "anslagstavlorna vid Ramsjö och Bäcklunda."], [], None,
         "Stämman förklarades behörigen utlyst."),
        ("Förvaltningsberättelse",
         ["Kassören Gösta Wallin uppläste förvaltningsberättelse och resultaträkning för år "
          "1982. Statsbidrag har erhållits med 14.620 kr och kommunbidrag med 3.210 kr."],
         ["Gösta Wallin"], None, "Berättelsen godkändes."),
        ("Revisorernas berättelse",
         ["Revisorernas berättelse upplästes av Ivar Sund. Revisorerna tillstyrkte "
          "ansvarsfrihet."], ["Ivar Sund"], None, None),
        ("Ansvarsfrihet", [], [], None,
         "Stämman beviljade styrelsen ansvarsfrihet för år 1982."),
        ("Underhållsarbeten år 1983", [], [],
         "Att grusa vägen sträckan Backen - Norrgården, ca 900 m, samt att byta trumman vid "
         "Kvarnbäcken.", "Stämman beslöt enligt styrelsens förslag."),
        ("Utgifts- och inkomststat samt debiteringslängd", [], [], None,
         "Stämman beslöt att uttaxera 6.800 kr enligt gällande andelstal att betalas senast "
         "den 30 september 1983. Debiteringslängden fastställdes."),
        ("Val av styrelse", [], [], None,
         "Till ordinarie ledamöter för 2 år omvaldes Arvid Persson och Gösta Wallin. Till "
         "suppleant omvaldes Ragnar Ek."),
        ("Val av revisorer", [], [], None,
         "Till revisorer omvaldes Ivar Sund och Elsa Nyberg med Karl Dahl som suppleant."),
        ("Arvoden", [], [], None,
         "Beslöts att arvodet till kassören skall vara 600 kr för år 1983."),
        ("Snöröjningen",
         ["Henning Dahl framförde klagomål på snöröjningen vid Bäckgården."], [], None,
         "Efter diskussion beslöts att styrelsen skall ta upp frågan med entreprenören."),
        ("Protokollets tillhandahållande",
         ["Protokollet hålles tillgängligt hos ordf. från den 10 maj 1983."], [], None, None),
        ("Stämmans avslutande",
         ["Ordf. tackade för visat intresse och förklarade stämman avslutad kl. 20.25."], [],
         None, None),
    ]
    items = [item(i, f"§ {i}.", t, body=b, presenters=p, proposal=pr, decision=d,
                  proposal_label="Styrelsens förslag:" if pr else None)
             for i, (t, b, p, pr, d) in enumerate(its, 1)]
    parts = []
    for nm, _f in D8_PRESENT:
        fn, ln = nm.split(" ", 1)
        parts.append(person(fn, ln, D8_ROLES.get(nm, "ledamot")))
    return dict(
        file="1983-04-26_backlunda-vagforening_protokoll", kind="protokoll",
        organ="Föreningsstämma", date="1983-04-26", start="19:00", end="20:25",
        location="Bygdegården i Ramsjö", items=items, participants=parts,
        notes=("Bäcklunda vägförening, ordinarie föreningsstämma 1983, typewriter-style "
               "monospace with a text layer (not scanned). Header is a prose sentence ('fört vid "
               "... tisdagen den 26 april 1983 kl. 19.00 i Bygdegården i Ramsjö'); start_time 19:00 "
               "comes from it (§ 1 gives no time), end 20:25 from § 15. Paragraphs are run-in: "
               "'§ 5. Förvaltningsberättelse. Kassören ...' with the title underlined and "
               "followed by a period on the same line as the text; title is the underlined part "
               "without the period. The närvarolista gives name and fastighet (fastighet not "
               "recorded). Abbreviations 'ordf.' / 'sekr.' are kept as printed inside decision "
               "texts. Elections and 'Beslöts att' / 'Stämman beslöt' sentences are decisions; § 8 "
               "has the proposal after 'Styrelsens förslag:'. Presenters: Gösta Wallin "
               "(uppläste förvaltningsberättelsen), Ivar Sund (revisorernas berättelse "
               "upplästes av)."),
    )


def render_d8(doc, path):
    def foot(p):
        p.set_y(-15)
        p.set_font("Mono", "", 9)
        p.cell(0, 5, f"- {p.page_no()} -", align="C")

    pdf = Doc(footer_fn=foot, format="A4", unit="mm")
    pdf.set_margins(27, 20, 24)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = "Mono"
    lh = 5.0
    pdf.set_font(F, "", 10)
    pdf.cell(0, lh, "BÄCKLUNDA VÄGFÖRENING", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, lh, "Org.nr 716421-3310", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh)
    pdf.set_font(F, "B", 10)
    pdf.write(lh, "PROTOKOLL")
    pdf.set_font(F, "", 10)
    pdf.write(lh, " fört vid ordinarie föreningsstämma med Bäcklunda vägförening tisdagen den "
                  "26 april 1983 kl. 19.00 i Bygdegården i Ramsjö.")
    pdf.ln(lh * 2)
    pdf.write(lh, "Närvarande delägare:")
    pdf.ln(lh)
    for nm, fast in D8_PRESENT:
        pdf.set_x(37)
        pdf.cell(60, lh, nm)
        pdf.cell(0, lh, fast, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(lh)
    for it in doc["items"]:
        ensure_space(pdf, 16)
        pdf.set_font(F, "", 10)
        pdf.write(lh, it["pn"] + " ")
        pdf.set_font(F, "U", 10)
        pdf.write(lh, it["title"])
        pdf.set_font(F, "", 10)
        pdf.write(lh, ".")
        texts = list(it["body"])
        if it["proposal"]:
            texts.append(f"{it['proposal_label']} {it['proposal']}")
        if it["decision"]:
            texts.append(it["decision"])
        pdf.write(lh, " " + " ".join(texts))
        pdf.ln(lh * 2)
    ensure_space(pdf, 50)
    pdf.ln(lh)
    pdf.write(lh, "Vid protokollet:")
    pdf.ln(lh * 3)
    pdf.write(lh, "Margit Holmqvist")
    pdf.ln(lh * 2)
    pdf.write(lh, "Justeras:")
    pdf.ln(lh * 3)
    y = pdf.get_y()
    for x, nm in ((27, "Arvid Persson"), (85, "Henning Dahl"), (140, "Sture Lind")):
        pdf.set_xy(x, y)
        pdf.cell(50, lh, nm)
    pdf.output(path)


# ==============================================================================================
# DOCUMENT 9 — 2024 one-page dagordning for an ideell förening's höstmöte, Chromium 2 columns
# ==============================================================================================
def d9():
    rows = [
        ("Mötets öppnande", "13.00", None, []),
        ("Val av mötesordförande och mötessekreterare", None, None, []),
        ("Val av två justerare tillika rösträknare", None, None, []),
        ("Fråga om mötet blivit stadgeenligt utlyst", None, None, []),
        ("Fastställande av dagordning", None, None, []),
        ("Verksamhetsplan och budget för 2025", "13.20", None, []),
        ("Medlemsavgift för 2025", None,
         "att medlemsavgiften för 2025 fastställs till oförändrat 250 kr, familjemedlem 100 kr.",
         []),
        ("Val av valberedning inför vårmötet 2025", None, None, []),
        ("Restaureringsgruppen: läget för ånglok nr 7 ”Greta”", "13.50", None,
         ["Leif Mattsson"]),
        ("Övriga frågor", None, None, []),
        ("Mötets avslutande", "14.30", None, []),
    ]
    items = []
    for i, (t, s, pr, p) in enumerate(rows, 1):
        items.append(item(i, f"{i}.", t, sched=s.replace(".", ":") if s else None,
                          proposal=pr, proposal_label="Förslag till beslut:" if pr else None,
                          presenters=p, extra={"printed_time": s}))
    return dict(
        file="2024-11-16_gamla-lokstallet_kallelse", kind="kallelse", organ="Höstmöte",
        date="2024-11-16", start="13:00", end=None, location="Lokstallet, Banvägen 3, Fjällåsa",
        items=items, participants=None,
        notes=("One-page dagordning / kallelse to the höstmöte of Föreningen Gamla Lokstallet "
               "(ideell förening, org.nr 802498-5526), Chromium-printed HTML in two columns: a "
               "shaded left sidebar with När / Var / Program, the numbered agenda on the right "
               "with times in a separate right-hand column for four items ('13.00', 'ca 13.20', "
               "'ca 13.50', 'ca 14.30') -> scheduled_time. start_time 13:00 from the När box "
               "(kaffe 12.30 is not the meeting start). Item 7 prints 'Förslag till beslut:' "
               "(proposal). Item 9 says 'Leif Mattsson redogör' -> presenter. The sidebar's "
               "program lines (kaffe, visning av verkstaden after the meeting) are not items. "
               "Nobody is called by name; the contact person in the footer is not a participant "
               "list, so participants is omitted. The quotation marks around Greta are "
               "typographic (”Greta”), kept as printed."),
    )


def render_d9(doc, path):
    lis = []
    for it in doc["items"]:
        s = it["extra"]["printed_time"]
        tm = "" if not s else (s if it["n"] == 1 else "ca " + s)
        extra = ""
        if it["proposal"]:
            extra += f"<div class='prop'><i>{it['proposal_label']}</i> {esc(it['proposal'])}</div>"
        if it["presenters"]:
            extra += (f"<div class='prop'>{esc(it['presenters'][0])} redogör för arbetet med "
                      f"pannan och boggierna under året.</div>")
        lis.append(f"<tr><td class='n'>{it['pn']}</td><td>{esc(it['title'])}{extra}</td>"
                   f"<td class='tm'>{tm}</td></tr>")
    html = f"""<!doctype html><html lang="sv"><head><meta charset="utf-8"><style>
@page {{ size: A4; margin: 0; }}
body {{ margin:0; font-family:'DejaVu Sans',sans-serif; font-size:10.5pt; color:#222; }}
.wrap {{ display:flex; min-height:297mm; }}
.side {{ width:62mm; background:#3b3b3b; color:#f3f0e8; padding:18mm 8mm 10mm 12mm; box-sizing:border-box; }}
.side h2 {{ font-size:10pt; letter-spacing:2px; color:#e6b85c; margin:16px 0 4px 0; }}
.side p {{ margin:0 0 4px 0; line-height:1.35; font-size:9.5pt; }}
.main {{ flex:1; padding:18mm 16mm 10mm 12mm; }}
.kicker {{ font-size:9pt; letter-spacing:3px; color:#8a6a2a; }}
h1 {{ font-family:'DejaVu Serif'; font-size:24pt; margin:4px 0 2px 0; }}
.sub {{ font-family:'DejaVu Serif'; font-style:italic; margin-bottom:16px; }}
table {{ border-collapse:collapse; width:100%; }}
td {{ padding:6px 4px; border-bottom:1px solid #d8d0c0; vertical-align:top; }}
td.n {{ width:26px; font-weight:bold; color:#8a6a2a; }}
td.tm {{ width:62px; text-align:right; color:#555; font-size:9.5pt; white-space:nowrap; }}
.prop {{ font-size:9.3pt; color:#444; margin-top:2px; }}
.foot {{ margin-top:18px; font-size:8.5pt; color:#555; border-top:2px solid #8a6a2a; padding-top:6px; }}
</style></head><body><div class="wrap">
<div class="side">
<div style="font-family:'DejaVu Serif';font-size:15pt;line-height:1.2">Föreningen<br>Gamla<br>Lokstallet</div>
<h2>NÄR</h2><p>Lördag 16 november 2024<br>kl. 13.00</p>
<h2>VAR</h2><p>Lokstallet, Banvägen 3, Fjällåsa</p>
<h2>PROGRAM</h2><p>12.30 Kaffe och bulle i verkstaden</p><p>13.00 Höstmötet börjar</p>
<p>Efter mötet: visning av pannan till lok nr 7</p>
<h2>HANDLINGAR</h2><p>Verksamhetsplan och budget skickas med e-post och finns vid entrén.</p>
</div>
<div class="main">
<div class="kicker">KALLELSE</div>
<h1>Höstmöte 2024</h1>
<div class="sub">Medlemmarna kallas härmed till föreningens ordinarie höstmöte.</div>
<table>{''.join(lis)}</table>
<div class="foot">Föreningen Gamla Lokstallet · Org.nr 802498-5526 · Banvägen 3, 796 91 Fjällåsa ·
Frågor: sekreteraren Britt Olander, 070-000 12 34 · Styrelsen</div>
</div></div></body></html>"""
    chromium_pdf(html, path)


# ==============================================================================================
# build + check
# ==============================================================================================
def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\u2010", "-")
    return re.sub(r"\s+", " ", s).strip()


def pdf_text(path):
    d = pdfium.PdfDocument(path)
    txt = []
    for i in range(len(d)):
        tp = d[i].get_textpage()
        txt.append(tp.get_text_range())
    return len(d), "\n".join(txt)


def check(doc, text_pdf):
    n, txt = pdf_text(text_pdf)
    t = norm(txt)
    # pdfium text may hyphen-join or not: compare without spaces as a fallback
    t2 = t.replace(" ", "")
    miss = []
    def has(s):
        s = norm(s)
        return s in t or s.replace(" ", "") in t2
    for it in doc["items"]:
        for s in [it["title"], it["pn"], it["proposal"], it["decision"]] + it["presenters"]:
            if s and not has(s):
                miss.append(s)
    for p in doc.get("participants") or []:
        if not (has(full(p)) or has(f"{p['last']} {p['first']}")):
            miss.append(full(p))
    if doc["location"] and not has(doc["location"]):
        miss.append("LOCATION " + doc["location"])
    return miss


def main():
    os.makedirs(OUT, exist_ok=True)
    pre = tempfile.mkdtemp(prefix="a16pre")
    jobs = [(d1, render_d1, True), (d2, render_d2, False), (d4, render_d4, False),
            (d3, render_d3, False), (d5, render_d5, False), (d6, render_d6, False),
            (d7, render_d7, False), (d8, render_d8, False), (d9, render_d9, False)]
    bad = False
    for mk, render, scanned in jobs:
        doc = mk()
        final = os.path.join(OUT, doc["file"] + ".pdf")
        if scanned:
            textpdf = os.path.join(pre, doc["file"] + ".pdf")
            render(doc, textpdf)
            make_scan(textpdf, final, dpi=200, seed=1969)
        else:
            textpdf = final
            render(doc, final)
        miss = check(doc, textpdf)
        n, txt = pdf_text(final)
        if scanned and txt.strip():
            print("!! scanned PDF has text", doc["file"])
            bad = True
        g = gold_of(doc, n, scanned)
        with open(os.path.join(OUT, doc["file"] + ".gold.json"), "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(f"{doc['file']}: {n} p, {len(g['items'])} items, "
              f"{len(g.get('participants', []))} participants"
              + (f"  MISSING: {miss}" if miss else ""))
        bad |= bool(miss)
    shutil.rmtree(pre, ignore_errors=True)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
