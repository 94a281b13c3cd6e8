#!/usr/bin/env python
"""Generator for assocset4: 10 invented Swedish association meeting documents (PDF + gold JSON).

Every document is described by one data dict (meta, participants, items with paragraphs).
The page is rendered from that dict and the gold is derived from the same dict, so the two
cannot drift apart.  All names, associations, places and numbers are invented.
Run:  .venv/bin/python make.py
"""
import json
import os
import random
import subprocess
import tempfile

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# ----------------------------------------------------------------------------- pdf basics
class Doc(FPDF):
    def __init__(self, font, size, margins=(20, 18, 20), core=False):
        super().__init__(format="A4")
        self.core = core
        self.base = font
        self.bsize = size
        self.footer_fn = None
        self.header_fn = None
        for fam, stem in [("DejaVu", "DejaVuSans"), ("DejaVuSerif", "DejaVuSerif"),
                          ("DejaVuMono", "DejaVuSansMono"), ("DejaVuCond", "DejaVuSansCondensed")]:
            self.add_font(fam, "", DJ + stem + ".ttf")
            self.add_font(fam, "B", DJ + stem + "-Bold.ttf")
            it = {"DejaVuSerif": "-Italic", "DejaVuCond": "-Oblique"}.get(fam, "-Oblique")
            self.add_font(fam, "I", DJ + stem + it + ".ttf")
        self.set_margins(margins[0], margins[1], margins[2])
        self.set_auto_page_break(True, 22)
        self.add_page()
        self.set_font(font, "", size)

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    def f(self, style="", size=None, family=None):
        self.set_font(family or self.base, style, size or self.bsize)

    def para(self, text, style="", size=None, indent=0, align="L", gap=1.6, lh=None, family=None):
        self.f(style, size, family)
        if self.core:
            text.encode("latin-1")
        lh = lh or (size or self.bsize) * 0.5
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, text, align=align, **NL)
        if gap:
            self.ln(gap)

    def keep(self, mm=28):
        if self.get_y() > self.h - self.b_margin - mm:
            self.add_page()


def render_paras(pdf, paras, indent=0, size=None):
    """Render the body of one item. kinds: p, prop, dec, list, desc."""
    for par in paras:
        kind = par[0]
        if kind == "p":
            pdf.para(par[1], indent=indent, size=size)
        elif kind == "prop":
            label = par[2]
            pdf.para((label + " " if label else "") + par[1], indent=indent, size=size)
        elif kind == "dec":
            label = par[2] if len(par) > 2 else None
            style = par[3] if len(par) > 3 else ""
            pdf.para((label + " " if label else "") + par[1], indent=indent, size=size, style=style)
        elif kind == "list":
            for line in par[1]:
                pdf.para(line, indent=indent + 6, size=size, gap=0.3)
            pdf.ln(1.4)
        elif kind == "desc":
            pdf.para(par[1], indent=indent, size=(size or pdf.bsize) - 1, style="I", gap=1.2)


# ----------------------------------------------------------------------------- gold
def gold_of(doc, page_count, scanned):
    items = []
    for it in doc["items"]:
        props = [p[1] for p in it["paras"] if p[0] == "prop"]
        decs = [p[1] for p in it["paras"] if p[0] == "dec"]
        items.append({
            "number": it["n"],
            "printed_number": it["pn"],
            "title": it["t"],
            "section": None,
            "presenters": it.get("presenters", []),
            "scheduled_time": it.get("sched"),
            "proposal": " ".join(props) if props else None,
            "decision": " ".join(decs) if decs else None,
            "attachments": it.get("att", []),
        })
    g = {
        "file": doc["name"] + ".pdf",
        "kind": doc["kind"],
        "organ": doc["organ"],
        "meeting_date": doc["date"],
        "page_count": page_count,
        "scanned": scanned,
        "meeting": {"start_time": doc["start"], "end_time": doc["end"], "location": doc["loc"]},
        "items": items,
    }
    if doc.get("participants") is not None:
        g["participants"] = [
            {"name": p[0], "party": p[3] if len(p) > 3 else None,
             "organization": p[2] if len(p) > 2 else None, "role": p[1]}
            for p in doc["participants"]]
    g["notes"] = doc["notes"]
    return g


def scan(pdf_path, seed):
    """Rasterise, degrade, and rebuild the PDF from images only (no text layer)."""
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", pdf_path, td + "/p"], check=True)
        pages = sorted(x for x in os.listdir(td) if x.endswith(".png"))
        out = FPDF(format="A4")
        out.set_auto_page_break(False)
        for i, name in enumerate(pages):
            im = Image.open(os.path.join(td, name)).convert("L")
            ang = rnd.choice([-1, 1]) * rnd.uniform(0.3, 1.0)
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.7))
            a = np.asarray(im).astype(np.float32)
            h, w = a.shape
            grad = np.linspace(0, 1, w)[None, :] * rnd.uniform(6, 14)
            a = a * 0.86 + 18 - grad          # grey paper, uneven light
            nrng = np.random.default_rng(seed * 10 + i)
            a += nrng.normal(0, 7, a.shape)
            specks = nrng.random(a.shape) < 0.0008
            a[specks] = nrng.uniform(40, 120, specks.sum())
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a, "L")
            jp = os.path.join(td, "s%02d.jpg" % i)
            im.save(jp, quality=72)
            out.add_page()
            out.image(jp, x=0, y=0, w=210, h=297)
        out.output(pdf_path)


def finish(doc, pdf, scanned=False, seed=1):
    path = os.path.join(OUT, doc["name"] + ".pdf")
    pdf.output(path)
    n = pdf.page_no()
    if scanned:
        scan(path, seed)
    g = gold_of(doc, n, scanned)
    with open(os.path.join(OUT, doc["name"] + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    return g


def P(t):
    return ("p", t)


def D(t, label=None, style=""):
    return ("dec", t, label, style)


def PR(t, label):
    return ("prop", t, label)


def L(lines):
    return ("list", lines)


def item(n, pn, t, paras=(), **kw):
    d = {"n": n, "pn": pn, "t": t, "paras": list(paras)}
    d.update(kw)
    return d


# ============================================================================ 1 Brf stämma
def doc_brf():
    doc = dict(
        name="brf-solrosen-2024-05-22-foreningsstamma", kind="protokoll", organ="Föreningsstämma",
        date="2024-05-22", start="18:34", end="20:17",
        loc="Föreningslokalen, Solrosvägen 6 (källarplan)",
        participants=[
            ("Per-Olof Sandemar", "ordförande"), ("Elin Vrååk", "sekreterare"),
            ("Hassan Dalqvist", "justerare"), ("Birgitta Öhman", "justerare"),
            ("Maria Lindqvist-Berg", "ledamot"), ("Tomas Ekwall", "ledamot"),
            ("Gunilla Åhrén", "övrig"), ("Ingrid Falkmer", "ledamot"),
            ("Annika Strömgren", "ledamot"), ("Lars Vidén", "ledamot"),
        ],
        notes=("Ordinarie föreningsstämma i Bostadsrättsföreningen Solrosen i Västerby (invented). "
               "Roll is only a number (31 röstberättigade medlemmar); participants are the people the "
               "minutes show acting at the meeting: stämmoordförande (role ordförande), protokollförare "
               "(sekreterare), the two justerare tillika rösträknare, board chair who opened the meeting, "
               "the kassör, the valberedning's convener and the two members who spoke on the motion "
               "(all 'ledamot'), and the revisor as 'övrig'. The header prints kl. 18:30 but § 1 says the "
               "stämma was opened kl. 18.34; start_time follows § 1. end_time from § 20. Footer carries "
               "org.nr/address on every page (not item text). Item titles are on the number line "
               "('§ 1 – Stämmans öppnande'); printed_number is '§ N'. Decisions are the 'Stämman "
               "beslöt/valde/...' sentences; in § 18 the vote count and reservation are not part of the "
               "decision text. No attachments referenced."),
    )
    it = [
        item(1, "§ 1", "Stämmans öppnande", [
            P("Styrelsens ordförande Maria Lindqvist-Berg hälsade de närvarande välkomna och förklarade "
              "stämman öppnad kl. 18.34.")]),
        item(2, "§ 2", "Val av stämmoordförande", [
            D("Stämman valde Per-Olof Sandemar till stämmoordförande.")]),
        item(3, "§ 3", "Anmälan av stämmoordförandens val av protokollförare", [
            P("Stämmoordföranden anmälde att han utsett Elin Vrååk att föra dagens protokoll."),
            D("Stämman godkände anmälan.")]),
        item(4, "§ 4", "Godkännande av röstlängd", [
            P("Närvarande: 31 röstberättigade medlemmar, varav 4 genom fullmakt, enligt upprättad "
              "förteckning."),
            D("Stämman beslöt att godkänna röstlängden.")]),
        item(5, "§ 5", "Fråga om närvarorätt vid föreningsstämman", [
            D("Stämman beslöt att föreningens revisor samt en representant för den ekonomiska "
              "förvaltaren har rätt att närvara.")]),
        item(6, "§ 6", "Godkännande av dagordningen", [D("Godkändes.")]),
        item(7, "§ 7", "Val av två personer att jämte stämmoordföranden justera protokollet", [
            D("Till justerare tillika rösträknare valdes Hassan Dalqvist och Birgitta Öhman.")]),
        item(8, "§ 8", "Fråga om stämman blivit i stadgeenlig ordning utlyst", [
            P("Kallelsen sattes upp i föreningens tre trapphus och delades ut i brevlådorna den "
              "2 maj 2024."),
            D("Stämman förklarade sig stadgeenligt utlyst.")]),
        item(9, "§ 9", "Genomgång av styrelsens årsredovisning", [
            P("Kassören Tomas Ekwall redogjorde för årsredovisningen för räkenskapsåret 2023. "
              "Räntekostnaderna har ökat kraftigt sedan föregående år, medan avgiftshöjningen den "
              "1 januari 2023 täckt en del av ökningen."),
            D("Årsredovisningen lades till handlingarna.")], presenters=["Tomas Ekwall"]),
        item(10, "§ 10", "Genomgång av revisorns berättelse", [
            P("Revisor Gunilla Åhrén föredrog revisionsberättelsen, som tillstyrker att stämman "
              "fastställer resultat- och balansräkningen och beviljar styrelsen ansvarsfrihet."),
            D("Revisionsberättelsen lades till handlingarna.")], presenters=["Gunilla Åhrén"]),
        item(11, "§ 11", "Beslut om fastställande av resultat- och balansräkning", [
            D("Stämman beslöt att fastställa resultat- och balansräkningen per den 31 december 2023.")]),
        item(12, "§ 12", "Beslut om resultatdisposition", [
            PR("att årets underskott om 212 418 kr balanseras i ny räkning.", "Styrelsens förslag:"),
            D("Stämman beslöt i enlighet med styrelsens förslag.")]),
        item(13, "§ 13", "Fråga om ansvarsfrihet för styrelseledamöterna", [
            D("Stämman beslöt att bevilja styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2023."),
            P("Det antecknades att styrelsens ledamöter inte deltog i beslutet.")]),
        item(14, "§ 14", "Fråga om arvoden åt styrelseledamöter och revisorer", [
            PR("att arvodet till styrelsen oförändrat ska vara ett halvt prisbasbelopp att fördelas "
               "inom styrelsen, och att revisorn ersätts enligt godkänd räkning.", "Styrelsens förslag:"),
            D("Stämman beslöt i enlighet med förslaget.")]),
        item(15, "§ 15", "Val av styrelseledamöter och suppleanter", [
            P("Valberedningens sammankallande Ingrid Falkmer redogjorde för valberedningens förslag."),
            D("Stämman valde Maria Lindqvist-Berg och Tomas Ekwall till ordinarie ledamöter för två år "
              "(omval) samt Yusuf Haddad till suppleant för ett år (nyval).")], presenters=["Ingrid Falkmer"]),
        item(16, "§ 16", "Val av revisor och revisorssuppleant", [
            D("Stämman valde Gunilla Åhrén till revisor och Stig Norrvall till revisorssuppleant, "
              "båda för ett år.")]),
        item(17, "§ 17", "Val av valberedning", [
            D("Stämman valde Ingrid Falkmer (sammankallande) och Kenneth Alm till valberedning.")]),
        item(18, "§ 18", "Motion från Annika Strömgren om laddplatser för elbil", [
            P("Annika Strömgren har i motion föreslagit att föreningen installerar sex laddplatser på "
              "den gemensamma parkeringen. Styrelsen anser att frågan bör utredas tillsammans med "
              "den kommande renoveringen av elcentralen."),
            PR("att motionen avslås.", "Styrelsens förslag:"),
            P("Annika Strömgren yrkade bifall till motionen. Lars Vidén instämde i yrkandet. "
              "Votering begärdes, 18 ja för styrelsens förslag, 11 nej."),
            D("Stämman beslöt att avslå motionen."),
            P("Annika Strömgren och Lars Vidén reserverade sig mot beslutet.")]),
        item(19, "§ 19", "Övriga frågor", [
            P("Frågor ställdes om tidplanen för fönsterbytet på gårdssidan och om tvättstugans "
              "bokningssystem. Styrelsen besvarade frågorna och lovade information på anslagstavlan.")]),
        item(20, "§ 20", "Stämmans avslutande", [
            P("Stämmoordföranden tackade de närvarande och förklarade stämman avslutad kl. 20.17.")]),
    ]
    doc["items"] = it
    pdf = Doc("DejaVu", 10, margins=(22, 16, 22))

    def head(p):
        if p.page_no() == 1:
            p.set_draw_color(200, 150, 0)
            p.set_fill_color(250, 205, 40)
            p.ellipse(22, 13, 14, 14, style="FD")
            p.set_xy(40, 13)
            p.f("B", 17)
            p.cell(0, 8, "BRF SOLROSEN", **NL)
            p.set_x(40)
            p.f("", 8.5)
            p.cell(0, 5, "Bostadsrättsföreningen Solrosen i Västerby", **NL)
            p.set_draw_color(0, 0, 0)
            p.line(22, 31, 188, 31)
            p.set_y(36)

    def foot(p):
        p.set_y(-16)
        p.set_draw_color(150, 150, 150)
        p.line(22, p.get_y() - 1, 188, p.get_y() - 1)
        p.f("", 7.5)
        p.set_text_color(90, 90, 90)
        p.cell(0, 4, "Brf Solrosen i Västerby  ·  Org.nr 769612-4481  ·  Solrosvägen 4, 734 92 Västerby", align="C", **NL)
        p.cell(0, 4, str(p.page_no()), align="C")
        p.set_text_color(0, 0, 0)

    pdf.header_fn, pdf.footer_fn = head, foot
    # first page was added before hooks: redraw header
    head(pdf)
    pdf.para("PROTOKOLL – ORDINARIE FÖRENINGSSTÄMMA", "B", 14, gap=1)
    pdf.para("onsdag 22 maj 2024, kl. 18:30", size=10.5, gap=0.5)
    pdf.para("Föreningslokalen, Solrosvägen 6 (källarplan)", size=10.5, gap=5)
    for x in it:
        pdf.keep(26)
        pdf.para(f"{x['pn']} – {x['t']}", "B", 10.5, gap=1.2)
        render_paras(pdf, x["paras"])
        pdf.ln(1.5)
    pdf.keep(60)
    pdf.ln(4)
    pdf.para("Vid protokollet", "I", gap=12)
    pdf.para("Elin Vrååk", gap=8)
    pdf.para("Justeras", "I", gap=12)
    y = pdf.get_y()
    for i, nm in enumerate(["Per-Olof Sandemar, stämmoordförande", "Hassan Dalqvist", "Birgitta Öhman"]):
        x = 22 + i * 57
        pdf.line(x, y, x + 50, y)
        pdf.set_xy(x, y + 1)
        pdf.f("", 8.5)
        pdf.multi_cell(52, 4, nm, align="L")
    return finish(doc, pdf)


# ============================================================================ 2 Hyresgäst kallelse
def doc_hgf():
    doc = dict(
        name="hgf-bjorkangen-2025-03-13-kallelse", kind="kallelse", organ="Årsmöte",
        date="2025-03-13", start="18:30", end=None,
        loc="fritidslokalen, Lärkstigen 12 (ingång från gården)",
        participants=None,
        notes=("Kallelse till årsmöte för Hyresgästföreningen Björkängen (invented local tenants' "
               "association). Agenda is a three-column table (Nr | Ärende | Kommentar); printed_number is "
               "the bare integer in the Nr column. Kaffe from kl. 18.00 is not the meeting start; "
               "start_time is the meeting time 18.30. The Kommentar column is not part of the title. "
               "Item 13 'Styrelsens förslag: ...' in the Kommentar column is taken as proposal. Attachments: "
               "the item's Kommentar cell names 'Bilaga 1: Verksamhetsberättelse' and 'Bilaga 2: Ekonomisk "
               "redovisning 2024'; the attachment is recorded by its printed name without the 'Bilaga N:' "
               "label. Page 2 is Bilaga 1 itself (an attached report, not agenda items). No list of "
               "people, so no participants key. Core Helvetica font (latin-1). Text-layer note: where a "
               "table cell wraps (item 13 title, Kommentar cells) pdftotext interleaves the columns; the "
               "title is the full Ärende cell as printed on the page."),
    )
    rows = [
        ("Mötets öppnande", ""),
        ("Val av mötesordförande", ""),
        ("Val av mötessekreterare", ""),
        ("Val av två justerare tillika rösträknare", ""),
        ("Fråga om mötet har utlysts i rätt tid", "Kallelsen har satts upp i samtliga portar."),
        ("Godkännande av dagordningen", ""),
        ("Fastställande av röstlängd", ""),
        ("Verksamhetsberättelse för 2024", "Bilaga 1: Verksamhetsberättelse"),
        ("Ekonomisk berättelse", "Bilaga 2: Ekonomisk redovisning 2024"),
        ("Revisorernas berättelse", ""),
        ("Fråga om ansvarsfrihet för styrelsen", ""),
        ("Verksamhetsplan och budget för 2025", "Styrelsen presenterar planen muntligt på mötet."),
        ("Motion från Sanna Melker om fler cykelställ vid Lärkstigen 8-12",
         "Styrelsens förslag: att bifalla motionen."),
        ("Val av ordförande, ledamöter och ersättare", "Valberedningens förslag delas ut på mötet."),
        ("Val av revisorer och valberedning", ""),
        ("Övriga frågor", ""),
        ("Mötets avslutande", ""),
    ]
    its = []
    for i, (t, c) in enumerate(rows, 1):
        paras = []
        att = []
        if c.startswith("Styrelsens förslag: "):
            paras.append(PR(c[len("Styrelsens förslag: "):], "Styrelsens förslag:"))
        if c.startswith("Bilaga"):
            att.append(c.split(": ", 1)[1])
        its.append(item(i, str(i), t, paras, att=att, comment=c))
    doc["items"] = its
    pdf = Doc("helvetica", 11, margins=(25, 20, 25), core=True)
    pdf.para("Hyresgästföreningen Björkängen", "B", 12, gap=0.5)
    pdf.para("Lokal hyresgästförening för Lärkstigen, Finkstigen och Trastvägen", "", 9, gap=10)
    pdf.set_font("helvetica", "BU", 16)
    pdf.cell(0, 9, "Kallelse till årsmöte 2025", **NL)
    pdf.ln(4)
    pdf.para("Alla medlemmar i Hyresgästföreningen Björkängen kallas härmed till årsmöte torsdagen den "
             "13 mars 2025 klockan 18.30 i fritidslokalen, Lärkstigen 12 (ingång från gården). "
             "Vi bjuder på kaffe och smörgås från kl. 18.00.", gap=3)
    pdf.para("Motioner skulle vara styrelsen tillhanda senast den 20 februari. En motion har kommit in.", gap=6)
    pdf.para("Förslag till dagordning", "B", 12, gap=3)
    pdf.set_font("helvetica", "", 10)
    with pdf.table(col_widths=(12, 88, 60), text_align=("CENTER", "LEFT", "LEFT"),
                   line_height=5.5, first_row_as_headings=True) as tb:
        r = tb.row()
        for h in ("Nr", "Ärende", "Kommentar"):
            r.cell(h)
        for x in its:
            r = tb.row()
            r.cell(x["pn"])
            r.cell(x["t"])
            r.cell(x["comment"])
    pdf.ln(8)
    pdf.para("Välkomna!", "B", 12, gap=1)
    pdf.para("Styrelsen", gap=1)
    pdf.add_page()
    pdf.para("Bilaga 1", "B", 10, gap=1)
    pdf.para("Verksamhetsberättelse för Hyresgästföreningen Björkängen 2024", "B", 13, gap=5)
    for t in [
        "Styrelsen har under året bestått av Kerstin Ylvén (ordförande), Daniel Forsmark, Leyla "
        "Johansson-Aziz, Rolf Sundin och Marianne Ek. Styrelsen har haft tio protokollförda möten.",
        "Föreningen har deltagit i förhandlingarna om hyrorna för 2025 tillsammans med regionen. "
        "Överenskommelsen innebar en höjning med 4,8 procent från den 1 januari.",
        "Boendeinflytande: Vi har haft fyra samråd med hyresvärden om bland annat trapphusbelysning, "
        "sophantering och den planerade stambytesrenoveringen av Finkstigen 3-7. Styrelsen har krävt "
        "att alla berörda hyresgäster får erbjudande om ersättningslägenhet under arbetet.",
        "Aktiviteter: Vårstädning av gården i maj, sommarfest med grillning i augusti, "
        "läxhjälp på onsdagar i fritidslokalen under terminerna samt julpyssel för barn i december.",
        "Medlemsantalet var vid årets slut 212 hushåll, en ökning med 14 jämfört med föregående år.",
        "Styrelsen tackar alla medlemmar som bidragit under året.",
    ]:
        pdf.para(t, size=10.5, gap=3)
    pdf.ln(4)
    pdf.para("Björkängen i februari 2025", "I", 10.5, gap=2)
    pdf.para("Styrelsen", size=10.5)
    return finish(doc, pdf)


# ============================================================================ 3 1978 fackklubb (scanned)
def doc_fack():
    doc = dict(
        name="fackklubben-bruksvik-1978-03-14-styrelse", kind="protokoll", organ="Styrelsen",
        date="1978-03-14", start="17:00", end="19:20",
        loc="klubbexpeditionen, Verkstadsgatan 9",
        participants=[
            ("Rune Axelsson", "ordförande"), ("Ivar Sjögren", "vice ordförande"),
            ("Gösta Lind", "ledamot"), ("Sture Hägg", "sekreterare"),
            ("Bertil Nyström", "ledamot"), ("Karl-Erik Bohm", "justerare"),
        ],
        notes=("SCANNED: both pages are images only (slightly rotated, blurred, grey background), no text "
               "layer. Typewriter-style (Courier) board minutes of Fackklubben vid AB Bruksviks Mekaniska "
               "Verkstad (invented), 1978. Titles printed in capitals and kept in capitals; printed_number "
               "is '§ N.' with the period as printed; titles without the trailing period. Roll: "
               "'Närvarande:' one per line with role after the name: 'ordf.' -> ordförande, 'v. ordf.' -> "
               "vice ordförande, 'sekr.' -> sekreterare, 'kassör' and 'skyddsombud' -> ledamot. Karl-Erik "
               "Bohm was elected justeringsman in § 2 -> justerare. Elsa Wiklund 'Anmält förhinder' is "
               "not a participant. Start time from the heading 'kl. 17.00', end from § 12. Decisions are "
               "'Beslutades att ...' sentences and short forms like 'Godkändes.'/'Lades till handlingarna.'"),
    )
    its = [
        item(1, "§ 1.", "MÖTETS ÖPPNANDE", [P("Ordf. Rune Axelsson hälsade välkommen och förklarade mötet öppnat.")]),
        item(2, "§ 2.", "VAL AV JUSTERINGSMAN", [D("Till justeringsman valdes Karl-Erik Bohm.")]),
        item(3, "§ 3.", "DAGORDNINGEN", [D("Den utsända dagordningen godkändes.")]),
        item(4, "§ 4.", "FÖREGÅENDE PROTOKOLL", [
            P("Protokoll nr 2/1978 från den 21 februari lästes upp."),
            D("Lades till handlingarna.")]),
        item(5, "§ 5.", "EKONOMI", [
            P("Kassören Gösta Lind redogjorde för klubbens ekonomi. Behållningen på postgirot var den "
              "28/2 kr 4 318:60 och i kassan kr 212:35. Medlemsavgifterna för januari och februari har "
              "redovisats till avdelningen."),
            D("Beslutades att godkänna kassarapporten.")], presenters=["Gösta Lind"]),
        item(6, "§ 6.", "LÖNEFÖRHANDLINGARNA", [
            P("Ordf. informerade om läget i de lokala förhandlingarna. Företaget har erbjudit ett "
              "generellt påslag på ackordspriserna om 4 procent. Klubben har krävt 6 procent samt "
              "särskilda tillägg för skiftarbetet i härdverkstaden."),
            P("Efter diskussion enades styrelsen om att stå fast vid kraven.")], presenters=["Rune Axelsson"]),
        item(7, "§ 7.", "SKYDDSFRÅGOR", [
            P("Huvudskyddsombudet Bertil Nyström redogjorde för bullermätningen i svetshallen, som visat "
              "värden över gränsvärdet vid tre arbetsplatser."),
            D("Beslutades att begära en extra skyddsrond i svetshallen snarast och att kräva att "
              "hörselskydd tillhandahålls utan kostnad.")], presenters=["Bertil Nyström"]),
        item(8, "§ 8.", "STUDIEVERKSAMHET", [
            D("Beslutades att anordna en studiecirkel i medbestämmandelagen under april och maj med "
              "Ivar Sjögren som cirkelledare."),
            P("Anmälan sker till sekreteraren.")]),
        item(9, "§ 9.", "INKOMNA SKRIVELSER", [
            P("Skrivelse från avdelningen om representantskapsmötet den 8 april. Klubben har rätt till "
              "två ombud."),
            D("Beslutades att utse Rune Axelsson och Gösta Lind till ombud.")]),
        item(10, "§ 10.", "KLUBBMÖTE I APRIL", [
            D("Beslutades att hålla ordinarie klubbmöte torsdagen den 13 april kl. 16.30 i matsalen."),
            P("Sekr. ombesörjer anslag på verkstadens anslagstavlor.")]),
        item(11, "§ 11.", "ÖVRIGA FRÅGOR", [
            P("Ivar Sjögren tog upp frågan om omklädningsrummens skick. Styrelsen tar upp frågan vid "
              "nästa sammanträde med företagsledningen.")]),
        item(12, "§ 12.", "MÖTETS AVSLUTANDE", [
            P("Ordf. tackade för visat intresse och avslutade mötet kl. 19.20.")]),
    ]
    doc["items"] = its
    pdf = Doc("courier", 11, margins=(24, 20, 20), core=True)
    pdf.para("FACKKLUBBEN VID AB BRUKSVIKS MEKANISKA VERKSTAD", "B", 11, gap=0.5)
    pdf.para("Styrelsen", gap=8)
    pdf.para("STYRELSEPROTOKOLL NR 3/1978", "BU", 12, gap=3)
    pdf.para("Sammanträde tisdagen den 14 mars 1978 kl. 17.00 i klubbexpeditionen, Verkstadsgatan 9.", gap=4)
    pdf.para("Närvarande:", gap=0.5)
    for nm, r in [("Rune Axelsson", "ordf."), ("Ivar Sjögren", "v. ordf."), ("Gösta Lind", "kassör"),
                  ("Sture Hägg", "sekr."), ("Bertil Nyström", "skyddsombud"), ("Karl-Erik Bohm", "")]:
        pdf.para(f"{nm:<20}{r}", indent=10, gap=0)
    pdf.ln(3)
    pdf.para("Anmält förhinder:  Elsa Wiklund", gap=6)
    for x in its:
        pdf.keep(24)
        pdf.para(f"{x['pn']:<6}{x['t']}.", gap=1)
        render_paras(pdf, x["paras"], indent=12)
        pdf.ln(2)
    pdf.keep(55)
    pdf.ln(6)
    pdf.para("Vid protokollet:", gap=10)
    pdf.para("Sture Hägg", gap=10)
    pdf.para("Justeras:", gap=12)
    pdf.para("........................    ........................", gap=1)
    pdf.para("Rune Axelsson                Karl-Erik Bohm", gap=1)
    return finish(doc, pdf, scanned=True, seed=78)


# ============================================================================ 4 Studentsektion
def doc_sektion():
    doc = dict(
        name="kemisektionen-2024-04-17-sektionsmote", kind="protokoll", organ="Sektionsmöte",
        date="2024-04-17", start="18:15", end="20:40", loc="Sal K1, Kemihuset",
        participants=[
            ("Johanna Vikström", "ordförande"), ("Melker Ståhl", "sekreterare"),
            ("Amira Hallgren", "justerare"), ("Viktor Nordén", "justerare"),
            ("Erik Lindholm", "ledamot"), ("Saga Bergkvist", "ledamot"),
            ("Noah Achterberg", "ledamot"), ("Tilda Ringqvist", "ledamot"),
            ("Jonatan Ek", "ledamot"), ("Paulina Wróbel", "ledamot"),
            ("Hugo Sandström", "ledamot"),
        ],
        notes=("Sektionsmöte 2 (VT 2024) of Kemisektionen inom Studentkåren i Härnevik (invented). Header "
               "is a centered block; start and end times come from the header range '18.15–20.40'. Items "
               "are numbered with a bare integer before the title ('1 Mötets öppnande'); sub-items '7.1', "
               "'7.2', '7.3', '9.1', '9.2' each have their own heading and decision and are therefore "
               "separate items with number 7 or 9 and printed_number '7.1' etc.; the parent headings "
               "'7 Val' and '9 Propositioner' carry no decision and are kept as items. Roll 'Deltagare' is "
               "one per line with the sektion role after a comma: the meeting chair (mötesordförande) -> "
               "ordförande, mötessekreterare -> sekreterare, justerare -> justerare, all others (including "
               "board posts like kassör) -> ledamot. Decisions are the 'Mötet beslutade att …' sentences."),
    )
    its = [
        item(1, "1", "Mötets öppnande", [P("Sektionsordförande Johanna Vikström förklarade mötet öppnat.")]),
        item(2, "2", "Val av mötesfunktionärer", [
            D("Till mötesordförande valdes Johanna Vikström, till mötessekreterare Melker Ståhl och till "
              "justerare tillika rösträknare Amira Hallgren och Viktor Nordén.")]),
        item(3, "3", "Mötets behöriga utlysande", [
            P("Kallelsen anslogs i sektionslokalen och skickades ut via sektionens e-postlista tio dagar "
              "före mötet."),
            D("Mötet beslutade att förklara mötet behörigen utlyst.")]),
        item(4, "4", "Fastställande av föredragningslistan", [
            D("Mötet beslutade att fastställa föredragningslistan med tillägget av punkten Nästa "
              "sektionsmöte.")]),
        item(5, "5", "Föregående mötesprotokoll", [
            D("Mötet beslutade att lägga protokollet från sektionsmöte 1 till handlingarna.")]),
        item(6, "6", "Meddelanden", [
            P("Kassören Erik Lindholm informerade om att bokslutet för 2023 är klart och har överlämnats "
              "till revisorerna. Studienämnden meddelade att kursutvärderingarna för läsperiod 3 har "
              "sammanställts.")], presenters=["Erik Lindholm"]),
        item(7, "7", "Val"),
        item(7, "7.1", "Val av sexmästare för resterande del av verksamhetsåret", [
            P("Saga Bergkvist har kandiderat och presenterade sig."),
            D("Mötet beslutade att välja Saga Bergkvist till sexmästare för tiden fram till och med "
              "den 30 juni 2024.")]),
        item(7, "7.2", "Val av ordförande i studienämnden", [
            P("Två kandidater: Noah Achterberg och Tilda Ringqvist. Sluten omröstning begärdes. "
              "Noah Achterberg fick 14 röster och Tilda Ringqvist 9 röster; 2 blankröster."),
            D("Mötet beslutade att välja Noah Achterberg till ordförande i studienämnden.")]),
        item(7, "7.3", "Fyllnadsval av lekmannarevisor", [
            D("Mötet beslutade att välja Jonatan Ek till lekmannarevisor.")]),
        item(8, "8", "Motion om alkoholfria alternativ vid sittningar", [
            P("Motion från Paulina Wróbel: att sexmästeriet vid varje sittning ska erbjuda ett "
              "alkoholfritt dryckespaket till samma pris som det billigaste alkoholhaltiga."),
            PR("att motionen bifalls med ändringen att priset får vara högst 20 kronor lägre.",
               "Styrelsens förslag:"),
            P("Yrkande: Paulina Wróbel yrkade bifall till motionen i dess ursprungliga lydelse. "
              "Efter handuppräckning fann mötesordföranden att styrelsens förslag hade fått flest röster."),
            D("Mötet beslutade att bifalla motionen enligt styrelsens förslag.")]),
        item(9, "9", "Propositioner"),
        item(9, "9.1", "Revidering av budget för verksamhetsåret 2023/2024", [
            P("Kassören Erik Lindholm föredrog propositionen. Intäkterna från arbetsmarknadsdagen blev "
              "28 000 kronor högre än budgeterat."),
            PR("att 15 000 kronor förs över till posten Studiesocialt och 13 000 kronor till "
               "posten Inköp av inventarier.", "Styrelsens förslag:"),
            D("Mötet beslutade i enlighet med styrelsens förslag.")], presenters=["Erik Lindholm"]),
        item(9, "9.2", "Ändring av sektionens reglemente, kapitel 4 (andra läsningen)", [
            D("Mötet beslutade att fastställa ändringen i reglementet kapitel 4 i andra läsningen.")]),
        item(10, "10", "Rapport från kårfullmäktige", [
            P("Hugo Sandström redogjorde för kårfullmäktiges senaste sammanträde, där bland annat "
              "kårens nya studiemiljöpolicy antogs.")], presenters=["Hugo Sandström"]),
        item(11, "11", "Övriga frågor", [
            P("Frågan om öppettider i sektionslokalen under tentaperioden diskuterades. Styrelsen "
              "återkommer med ett förslag.")]),
        item(12, "12", "Nästa sektionsmöte", [
            D("Mötet beslutade att nästa sektionsmöte hålls onsdagen den 15 maj 2024.")]),
        item(13, "13", "Mötets avslutande", [P("Mötesordföranden förklarade mötet avslutat.")]),
    ]
    doc["items"] = its
    pdf = Doc("DejaVuSerif", 10.5, margins=(24, 20, 24))
    for t, st, sz in [("PROTOKOLL", "B", 15), ("Sektionsmöte 2 (VT 2024)", "B", 12),
                      ("Kemisektionen inom Studentkåren i Härnevik", "", 10.5),
                      ("2024-04-17, 18.15–20.40", "", 10.5), ("Sal K1, Kemihuset", "", 10.5)]:
        pdf.para(t, st, sz, align="C", gap=1)
    pdf.ln(6)
    pdf.para("Deltagare", "B", 11, gap=1)
    roll = [("Johanna Vikström", "sektionsordförande, mötesordförande"), ("Melker Ståhl", "mötessekreterare"),
            ("Erik Lindholm", "kassör"), ("Amira Hallgren", "justerare"), ("Viktor Nordén", "justerare"),
            ("Saga Bergkvist", ""), ("Noah Achterberg", ""), ("Tilda Ringqvist", ""), ("Jonatan Ek", ""),
            ("Paulina Wróbel", ""), ("Hugo Sandström", "kårfullmäktigeledamot")]
    for nm, r in roll:
        pdf.para(nm + (", " + r if r else ""), gap=0.2)
    pdf.para("samt ytterligare 14 sektionsmedlemmar", "I", gap=5)
    for x in its:
        pdf.keep(24)
        sub = "." in x["pn"]
        pdf.para(f"{x['pn']}  {x['t']}", "B", 10.5 if sub else 11.5, indent=6 if sub else 0, gap=1.2)
        render_paras(pdf, x["paras"], indent=6 if sub else 0)
        pdf.ln(1.5)
    pdf.keep(50)
    pdf.ln(6)
    y = pdf.get_y() + 12
    for i, (nm, r) in enumerate([("Johanna Vikström", "Mötesordförande"), ("Melker Ståhl", "Mötessekreterare"),
                                 ("Amira Hallgren", "Justerare"), ("Viktor Nordén", "Justerare")]):
        x = 24 + (i % 2) * 85
        yy = y + (i // 2) * 24
        pdf.line(x, yy, x + 70, yy)
        pdf.set_xy(x, yy + 1)
        pdf.f("", 9.5)
        pdf.cell(70, 5, f"{r} {nm}")
    return finish(doc, pdf)


# ============================================================================ 5 Kyrkoråd
def doc_kyrko():
    doc = dict(
        name="ekeby-lunda-kyrkorad-2024-09-17-protokoll", kind="protokoll", organ="Kyrkorådet",
        date="2024-09-17", start="18:30", end="20:45",
        loc="Församlingshemmet, Lundagatan 3",
        participants=[
            ("Agneta Frisk", "ordförande"), ("Lennart Ohlin", "vice ordförande"),
            ("Susanne Malm", "ledamot"), ("Ingvar Åkesson", "justerare"),
            ("Gun Tidblom", "ledamot"), ("Samuel Berggren", "ledamot"), ("Ewa Marklund", "ledamot"),
            ("Maj-Britt Sandell", "tjänstgörande ersättare"), ("Dragan Kovac", "ej tjänstgörande ersättare"),
            ("Henrik Lööf", "övrig", "församlingsekonom"), ("Lisa Kronvall", "sekreterare"),
        ],
        notes=("Kyrkorådet i Ekeby-Lunda församling (invented). Header is a small boxed table on page 1. "
               "Items are numbered '1 §' with the title on the same line; printed_number '1 §'. Roll: "
               "'Närvarande:' with roles in parentheses; kyrkoherde (no parenthesis role, member by "
               "office) -> ledamot; 'ersättare, ej tjänstgörande' printed for Dragan Kovac -> role "
               "'ej tjänstgörande ersättare'; 'Övriga' Henrik "
               "Lööf -> övrig with organization 'församlingsekonom' (his title as printed); Lisa Kronvall "
               "'sekreterare' -> sekreterare. Ingvar Åkesson is chosen justerare in 2 § -> justerare. "
               "'Anmält förhinder' Oskar Rehn is not a participant. Times from 'kl. 18.30-20.45'. "
               "Decisions are the 'Kyrkorådet beslutar ...' sentences; in 7 § the yrkanden, the vote "
               "and the reservation are not part of the decision. Core Times font; hyphens instead of "
               "dashes (latin-1)."),
    )
    its = [
        item(1, "1 §", "Sammanträdets öppnande", [P("Ordföranden Agneta Frisk förklarar sammanträdet öppnat och inleder med en stunds andakt.")]),
        item(2, "2 §", "Val av justerare", [
            D("Kyrkorådet beslutar att utse Ingvar Åkesson att jämte ordföranden justera dagens protokoll."),
            P("Justering sker på kyrkokansliet måndagen den 23 september kl. 10.00.")]),
        item(3, "3 §", "Godkännande av dagordning", [D("Kyrkorådet beslutar att godkänna dagordningen.")]),
        item(4, "4 §", "Kyrkoherdens information", [
            P("Kyrkoherde Susanne Malm informerar om konfirmandverksamheten, där 38 ungdomar anmält sig, "
              "samt om personalläget inför hösten."),
            D("Kyrkorådet beslutar att lägga informationen till handlingarna.")], presenters=["Susanne Malm"]),
        item(5, "5 §", "Ekonomisk rapport januari-augusti 2024", [
            P("Församlingsekonom Henrik Lööf redogör för utfallet. Resultatet efter augusti är 412 000 kronor "
              "bättre än budget, främst beroende på vakanta tjänster."),
            D("Kyrkorådet beslutar att godkänna den ekonomiska rapporten.")], presenters=["Henrik Lööf"]),
        item(6, "6 §", "Budget 2025 och verksamhetsplan 2025-2027", [
            PR("Kyrkorådet föreslår kyrkofullmäktige att fastställa budget för 2025 och verksamhetsplan för "
               "2025-2027 enligt arbetsutskottets förslag, med en oförändrad kyrkoavgift.",
               "Förslag till beslut:"),
            D("Kyrkorådet beslutar att föreslå kyrkofullmäktige att fastställa budget för 2025 och "
              "verksamhetsplan för 2025-2027 i enlighet med förslaget.")]),
        item(7, "7 §", "Renovering av orgeln i Lunda kyrka", [
            P("Arbetsutskottet har inhämtat två anbud på renovering av orgeln. Det lägre anbudet uppgår till "
              "1 150 000 kronor."),
            P("Lennart Ohlin yrkar bifall till arbetsutskottets förslag att anta det lägre anbudet. Ingvar "
              "Åkesson yrkar att ärendet återremitteras för att utreda möjligheten till bidrag från stiftet."),
            P("Ordföranden ställer proposition på yrkandena och finner att kyrkorådet bifaller Lennart "
              "Ohlins yrkande. Votering begärs och genomförs. 6 ja för bifall, 3 nej för återremiss."),
            D("Kyrkorådet beslutar att anta anbudet från Orgelverkstaden i Nyhammar och att finansiera "
              "renoveringen ur fonden för kyrkobyggnader."),
            P("Ingvar Åkesson reserverar sig mot beslutet till förmån för eget yrkande.")]),
        item(8, "8 §", "Delegationsbeslut", [
            P("Förteckning över delegationsbeslut fattade under perioden 1 juni-31 augusti 2024 redovisas."),
            D("Kyrkorådet beslutar att lägga redovisningen till handlingarna.")]),
        item(9, "9 §", "Kollektändamål oktober-december 2024", [
            D("Kyrkorådet beslutar att fastställa kollektplanen för oktober-december 2024 enligt förslag.")]),
        item(10, "10 §", "Skrivelse från Lunda hembygdsförening", [
            P("Hembygdsföreningen önskar låna sockenstugan för en utställning om socknens historia i maj 2025."),
            D("Kyrkorådet beslutar att upplåta sockenstugan utan kostnad under utställningsperioden.")]),
        item(11, "11 §", "Övriga frågor", [
            P("Gun Tidblom tar upp behovet av bättre belysning på gångvägen till Ekeby kyrka. Frågan tas upp "
              "av fastighetsgruppen.")]),
        item(12, "12 §", "Sammanträdets avslutande", [P("Ordföranden tackar för ett gott arbete och avslutar sammanträdet.")]),
    ]
    doc["items"] = its
    pdf = Doc("times", 12, margins=(25, 18, 22), core=True)
    pdf.set_line_width(0.3)
    pdf.set_font("times", "B", 12)
    x0, y0 = 25, 16
    pdf.rect(x0, y0, 163, 20)
    pdf.line(x0 + 95, y0, x0 + 95, y0 + 20)
    pdf.line(x0, y0 + 10, x0 + 163, y0 + 10)
    pdf.set_xy(x0 + 2, y0 + 2); pdf.cell(90, 6, "EKEBY-LUNDA FÖRSAMLING")
    pdf.set_xy(x0 + 97, y0 + 2); pdf.cell(64, 6, "SAMMANTRÄDESPROTOKOLL")
    pdf.set_font("times", "", 12)
    pdf.set_xy(x0 + 2, y0 + 12); pdf.cell(90, 6, "Kyrkorådet")
    pdf.set_xy(x0 + 97, y0 + 12); pdf.cell(64, 6, "2024-09-17")
    pdf.set_y(y0 + 26)
    pdf.para("Plats och tid: Församlingshemmet, Lundagatan 3, kl. 18.30-20.45", gap=4)
    pdf.para("Närvarande:", "B", gap=0.5)
    for t in ["Agneta Frisk (ordförande)", "Lennart Ohlin (vice ordförande)", "Kyrkoherde Susanne Malm",
              "Ingvar Åkesson (ledamot)", "Gun Tidblom (ledamot)", "Samuel Berggren (ledamot)",
              "Ewa Marklund (ledamot)", "Maj-Britt Sandell (tjänstgörande ersättare)",
              "Dragan Kovac (ersättare, ej tjänstgörande)"]:
        pdf.para(t, indent=8, gap=0)
    pdf.ln(2)
    pdf.para("Övriga:", "B", gap=0.5)
    pdf.para("Henrik Lööf (församlingsekonom)", indent=8, gap=0)
    pdf.para("Lisa Kronvall (sekreterare)", indent=8, gap=2)
    pdf.para("Anmält förhinder:", "B", gap=0.5)
    pdf.para("Oskar Rehn (ledamot)", indent=8, gap=6)
    for x in its:
        pdf.keep(24)
        pdf.para(f"{x['pn']}  {x['t']}", "B", gap=1.2)
        render_paras(pdf, x["paras"])
        pdf.ln(1.5)
    pdf.keep(60)
    pdf.ln(4)
    pdf.para("Underskrifter", "B", gap=10)
    for r, nm in [("Sekreterare", "Lisa Kronvall"), ("Ordförande", "Agneta Frisk"), ("Justerare", "Ingvar Åkesson")]:
        y = pdf.get_y()
        pdf.set_font("times", "", 11)
        pdf.cell(30, 6, r)
        pdf.line(60, y + 5, 140, y + 5)
        pdf.set_xy(60, y + 6)
        pdf.cell(80, 5, nm, **NL)
        pdf.ln(7)
    # the roll prints 'Dragan Kovac' (latin-1 core font) - keep gold as printed
    doc["participants"][8] = ("Dragan Kovac", "ej tjänstgörande ersättare")
    return finish(doc, pdf)


# ============================================================================ 6 IK kallelse (scanned)
def doc_ik():
    doc = dict(
        name="ik-granstjarnan-2025-02-20-kallelse", kind="kallelse", organ="Årsmöte",
        date="2025-02-20", start="19:00", end=None, loc="klubbstugan vid Granbacka IP",
        participants=None,
        notes=("SCANNED: both pages are images only, no text layer. Kallelse till ordinarie årsmöte of "
               "Idrottsklubben Granstjärnan (invented). Items numbered with roman numerals 'I.'–'XVIII.'; "
               "number is the arabic value, printed_number as printed with the period. The italic line "
               "under some items is a description, not part of the title. Item IX carries "
               "'Styrelsens förslag: ...' which is taken as proposal; item XII's 'Motion från …' text is "
               "description only. Verksamhetsberättelse/årsbokslut are mentioned as available in the "
               "clubhouse, not as attachments of the document. No participants list."),
    )
    rows = [
        ("Mötets öppnande", None), ("Fastställande av röstlängd för mötet", None),
        ("Val av ordförande och sekreterare för mötet", None),
        ("Val av protokolljusterare och rösträknare", "Två personer som jämte mötesordföranden justerar protokollet."),
        ("Fråga om mötet har utlysts på rätt sätt", None),
        ("Fastställande av föredragningslista", None),
        ("Styrelsens verksamhetsberättelse för det senaste verksamhetsåret",
         "Verksamhetsberättelsen omfattar fotboll, orientering och skidsektionen."),
        ("Revisorernas berättelse över styrelsens förvaltning", None),
        ("Fastställande av resultat- och balansräkning",
         ("Styrelsens förslag: att överskottet om 38 540 kr förs till ny räkning.", "prop")),
        ("Fråga om ansvarsfrihet för styrelsen", None),
        ("Fastställande av medlemsavgifter för 2026", "Styrelsen föreslår oförändrade avgifter."),
        ("Behandling av motioner",
         "Motion från skidsektionen om konstsnöspår på Granbacka; styrelsens yttrande delas ut på mötet."),
        ("Fastställande av verksamhetsplan och budget för 2025", None),
        ("Val av ordförande för en tid av ett år", None),
        ("Val av halva antalet övriga ledamöter för en tid av två år", None),
        ("Val av revisorer och revisorssuppleanter", None),
        ("Val av valberedning", "Tre ledamöter, varav en sammankallande."),
        ("Mötets avslutande", None),
    ]
    roman = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV",
             "XV", "XVI", "XVII", "XVIII"]
    its = []
    for i, (t, d) in enumerate(rows):
        paras = []
        if isinstance(d, tuple):
            paras.append(PR(d[0][len("Styrelsens förslag: "):], "Styrelsens förslag:"))
        elif d:
            paras.append(("desc", d))
        its.append(item(i + 1, roman[i] + ".", t, paras))
    doc["items"] = its
    pdf = Doc("DejaVuCond", 11, margins=(26, 22, 26))
    pdf.para("IDROTTSKLUBBEN GRANSTJÄRNAN", "B", 15, align="C", gap=0.5)
    pdf.para("Fotboll · Orientering · Skidor", "", 9.5, align="C", gap=10)
    pdf.para("Kallelse till årsmöte", "B", 16, gap=4)
    pdf.para("Härmed kallas alla medlemmar i IK Granstjärnan till ordinarie årsmöte torsdag 20 februari 2025 "
             "kl. 19:00 i klubbstugan vid Granbacka IP.", gap=2.5)
    pdf.para("Rösträtt har medlem som har betalat medlemsavgiften för 2024 och som under 2025 fyller "
             "lägst 15 år. Verksamhetsberättelse och årsbokslut finns att hämta i klubbstugan från den "
             "6 februari.", gap=7)
    pdf.para("Dagordning", "B", 13, gap=3)
    for x in its:
        pdf.keep(18)
        pdf.f("", 11)
        pdf.cell(14, 5.6, x["pn"])
        pdf.multi_cell(pdf.epw - 14, 5.6, x["t"], **NL)
        for par in x["paras"]:
            pdf.set_x(pdf.l_margin + 14)
            pdf.f("I", 9.5)
            txt = par[1] if par[0] == "desc" else par[2] + " " + par[1]
            pdf.multi_cell(pdf.epw - 14, 4.8, txt, **NL)
        pdf.ln(1.6)
    pdf.ln(8)
    pdf.para("Efter årsmötet bjuder klubben på kaffe och semlor.", gap=5)
    pdf.para("Välkomna!", "B", 12, gap=1)
    pdf.para("Styrelsen", gap=1)
    return finish(doc, pdf, scanned=True, seed=25)


# ============================================================================ 7 Arbetarekommun
def doc_ak():
    doc = dict(
        name="backeby-arbetarekommun-2024-11-05-medlemsmote", kind="protokoll", organ="Medlemsmöte",
        date="2024-11-05", start="19:05", end="21:10", loc="Folkets hus, lilla salen",
        participants=[
            ("Leif Granqvist", "ordförande"), ("Sonja Ekdahl", "sekreterare"),
            ("Ahmed Karimi", "ledamot"), ("Rebecka Thörn", "ledamot"),
            ("Maja Lindroos", "justerare"), ("Olle Frände", "justerare"),
            ("Eva Hallonqvist", "ledamot"),
        ],
        notes=("Medlemsmöte of Bäckeby arbetarekommun (invented local party organisation). Roll: "
               "'Närvarande: 17 medlemmar' plus a prose list of board members with roles in parentheses; "
               "participants are the named people: Leif Granqvist (ordförande, also elected "
               "mötesordförande), Sonja Ekdahl (sekreterare), kassör and ordinary board member -> ledamot, "
               "Maja Lindroos and Olle Frände elected justerare in Ärende 2 -> justerare, and Eva "
               "Hallonqvist, who reported in Ärende 5 (present) -> ledamot. Party field left null: the "
               "persons are not printed with a party abbreviation. Items are 'Ärende N' with the title "
               "on the next line; printed_number 'Ärende N'. Start 'Mötet öppnades 19.05' and end "
               "'Mötet avslutades kl 21.10'. Decisions: 'Beslutades att …', 'Godkändes.', "
               "'Lades till handlingarna.', 'Mötet valde …' sentences."),
    )
    its = [
        item(1, "Ärende 1", "Mötets öppnande", [P("Mötet öppnades 19.05 av ordföranden Leif Granqvist, som hälsade alla välkomna, särskilt två nya medlemmar.")]),
        item(2, "Ärende 2", "Val av mötesfunktionärer", [
            D("Mötet valde Leif Granqvist till mötesordförande, Sonja Ekdahl till sekreterare samt Maja "
              "Lindroos och Olle Frände till justerare.")]),
        item(3, "Ärende 3", "Godkännande av dagordning", [D("Godkändes.")]),
        item(4, "Ärende 4", "Föregående mötes protokoll", [D("Lades till handlingarna.")]),
        item(5, "Ärende 5", "Rapport från fullmäktigegruppen", [
            P("Gruppledare Eva Hallonqvist informerade om budgetarbetet inför 2025, särskilt om "
              "förslaget att stänga biblioteksfilialen i Norra Bäckeby och om skolskjutsarna."),
            P("Mötet diskuterade frågan och gav gruppen stöd för att driva att filialen ska vara kvar.")],
            presenters=["Eva Hallonqvist"]),
        item(6, "Ärende 6", "Nominering till distriktsstyrelsen", [
            D("Beslutades att nominera Rebecka Thörn till ledamot i distriktsstyrelsen.")]),
        item(7, "Ärende 7", "Motion från Olle Frände om kollektivtrafik på landsbygden", [
            P("Motionen föreslår att partidistriktet verkar för anropsstyrd kollektivtrafik i hela länet "
              "och för att seniorer ska kunna resa avgiftsfritt utanför rusningstid."),
            PR("att motionen bifalls och sänds till distriktskongressen som arbetarekommunens egen.",
               "Styrelsens förslag:"),
            P("Yrkande: Maja Lindroos yrkade tillägg att även ungdomar under 20 år ska omfattas av "
              "avgiftsfriheten. Efter handuppräckning bifölls tilläggsyrkandet med klar majoritet."),
            D("Beslutades att bifalla motionen med Maja Lindroos tillägg och sända den till "
              "distriktskongressen som arbetarekommunens egen.")]),
        item(8, "Ärende 8", "Valberedningen informerar", [
            P("Valberedningen påminde om att nomineringar till styrelsen inför årsmötet ska vara inne "
              "senast den 15 januari.")]),
        item(9, "Ärende 9", "Studieverksamhet", [
            P("En studiecirkel om kommunens ekonomi startar i januari tillsammans med studieförbundet."),
            D("Beslutades att arbetarekommunen betalar kursmaterialet för deltagarna.")]),
        item(10, "Ärende 10", "Planering inför valrörelsen 2026", [
            P("Rebecka Thörn redogjorde för styrelsens förslag till tidplan med dörrknackning från "
              "mars 2026 och en valstuga på torget."),
            D("Beslutades att tillsätta en valgrupp med Rebecka Thörn som sammankallande.")],
            presenters=["Rebecka Thörn"]),
        item(11, "Ärende 11", "Ekonomi", [
            P("Kassören Ahmed Karimi redogjorde för ekonomin. Behållningen är 48 200 kronor."),
            D("Lades till handlingarna.")], presenters=["Ahmed Karimi"]),
        item(12, "Ärende 12", "Övriga frågor", [P("Inga övriga frågor.")]),
        item(13, "Ärende 13", "Mötets avslutande", [P("Mötet avslutades kl 21.10.")]),
    ]
    doc["items"] = its
    pdf = Doc("DejaVu", 10.5, margins=(20, 18, 20))
    pdf.f("B", 13)
    pdf.cell(100, 7, "Bäckeby arbetarekommun")
    pdf.f("B", 13)
    pdf.cell(0, 7, "PROTOKOLL", align="R", **NL)
    pdf.set_draw_color(180, 0, 0)
    pdf.set_line_width(0.8)
    pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
    pdf.set_line_width(0.2)
    pdf.set_draw_color(0, 0, 0)
    pdf.ln(5)
    pdf.para("Medlemsmöte tisdag 5 november 2024", "B", 12, gap=1)
    pdf.para("Folkets hus, lilla salen", gap=4)
    pdf.para("Närvarande: 17 medlemmar. Från styrelsen: Leif Granqvist (ordförande), Sonja Ekdahl "
             "(sekreterare), Ahmed Karimi (kassör) och Rebecka Thörn.", gap=6)
    for x in its:
        pdf.keep(26)
        pdf.para(x["pn"], "", 9.5, gap=0.3)
        pdf.para(x["t"], "B", 11, gap=1.2)
        render_paras(pdf, x["paras"])
        pdf.ln(2)
    pdf.keep(50)
    pdf.ln(5)
    pdf.para("Vid protokollet", gap=10)
    pdf.para("Sonja Ekdahl, sekreterare", gap=8)
    pdf.para("Justeras", gap=10)
    pdf.para("Leif Granqvist, ordförande          Maja Lindroos          Olle Frände", gap=1)
    return finish(doc, pdf)


# ============================================================================ 8 Ek. för. extra stämma
def doc_ekfor():
    doc = dict(
        name="mjolkbygden-ek-for-2024-03-03-extra-stamma", kind="protokoll", organ="Extra föreningsstämma",
        date="2024-03-03", start="13:00", end="14:25", loc="Bygdegården i Norrås",
        participants=[
            ("Anders Bäckman", "ordförande"), ("Karin Ölvestad", "sekreterare"),
            ("Lars-Göran Wik", "justerare"), ("Helena Strand", "justerare"),
            ("Tove Jernberg", "ledamot"),
        ],
        notes=("Extra föreningsstämma of Lantbrukskooperativet Mjölkbygden ekonomisk förening (invented). "
               "Date printed as '3/3-24'. Items '§ N' with the title on the next line in bold. Roll is only "
               "a number (42 röstberättigade medlemmar enligt röstlängd); participants are the officers "
               "elected in §§ 2–4 plus Tove Jernberg, who presented § 8 (board member, present) -> ledamot. "
               "Anders Bäckman is both board chair and elected stämmoordförande -> ordförande. Decisions "
               "include the short forms 'Godkändes.' and 'Föreslogs och beslutades att …'; in § 8 the vote "
               "count sentence is not part of the decision. Footer with org.nr/address on each page. "
               "Core Helvetica. Text-layer note: pdftotext (non-layout) may join '§' and the digit "
               "('§1') because of narrow glyph spacing, although the page shows '§ 1'; gold keeps '§ 1'."),
    )
    its = [
        item(1, "§ 1", "Stämmans öppnande", [P("Styrelsens ordförande Anders Bäckman öppnade stämman kl 13.00.")]),
        item(2, "§ 2", "Val av ordförande för stämman", [D("Föreslogs och beslutades att välja Anders Bäckman till ordförande för stämman.")]),
        item(3, "§ 3", "Val av sekreterare för stämman", [D("Föreslogs och beslutades att välja Karin Ölvestad till sekreterare.")]),
        item(4, "§ 4", "Val av två justerare tillika rösträknare", [D("Föreslogs och beslutades att välja Lars-Göran Wik och Helena Strand.")]),
        item(5, "§ 5", "Godkännande av röstlängd", [P("Röstlängden upptar 42 röstberättigade medlemmar."), D("Godkändes.")]),
        item(6, "§ 6", "Fråga om stämman blivit behörigen sammankallad", [
            P("Kallelse skickades med brev till samtliga medlemmar den 9 februari 2024."),
            D("Stämman förklarades behörigen sammankallad.")]),
        item(7, "§ 7", "Godkännande av dagordning", [D("Godkändes.")]),
        item(8, "§ 8", "Ändring av stadgarna § 7 om insatsens storlek (andra beslutet)", [
            P("Tove Jernberg föredrog ärendet. Ordinarie föreningsstämma den 14 november 2023 fattade "
              "ett första beslut om ändringen med erforderlig majoritet."),
            PR("att insatsen ska vara 300 kronor per levererat ton mjölk, beräknat på genomsnittet av "
               "de tre senaste åren.", "Styrelsens förslag:"),
            P("Omröstning genom handuppräckning: 35 ja, 5 nej, 2 avstod. Beslutet fattades därmed med "
              "två tredjedels majoritet."),
            D("Stämman beslöt att anta styrelsens förslag till ändrad lydelse av stadgarna § 7.")],
            presenters=["Tove Jernberg"]),
        item(9, "§ 9", "Investering i gemensam mjölkkylanläggning", [
            PR("att föreningen investerar högst 2,4 miljoner kronor i en gemensam kylanläggning vid "
               "Norrås mejeristation, finansierad med lån och egna medel.", "Styrelsens förslag:"),
            D("Föreslogs och beslutades att bifalla styrelsens förslag.")]),
        item(10, "§ 10", "Stämmans avslutande", [P("Ordföranden förklarade stämman avslutad kl 14.25.")]),
    ]
    doc["items"] = its
    pdf = Doc("helvetica", 10, margins=(22, 18, 22), core=True)

    def foot(p):
        p.set_y(-15)
        p.set_font("helvetica", "", 7.5)
        p.cell(0, 4, "Lantbrukskooperativet Mjölkbygden ek. för.   |   Org.nr 769634-2210   |   "
                     "Mejerivägen 2, 686 93 Norrås", align="C")

    pdf.footer_fn = foot
    pdf.set_font("helvetica", "B", 20)
    pdf.set_text_color(30, 90, 40)
    pdf.cell(0, 9, "MJÖLKBYGDEN", **NL)
    pdf.set_font("helvetica", "", 9)
    pdf.cell(0, 5, "Lantbrukskooperativet Mjölkbygden ekonomisk förening", **NL)
    pdf.set_text_color(0, 0, 0)
    pdf.ln(8)
    pdf.para("PROTOKOLL, EXTRA FÖRENINGSSTÄMMA 3/3-24", "B", 12, gap=2)
    pdf.para("Plats: Bygdegården i Norrås", gap=1)
    pdf.para("Närvarande: 42 röstberättigade medlemmar enligt röstlängd", gap=6)
    for x in its:
        pdf.keep(24)
        pdf.para(x["pn"], "B", 10.5, gap=0)
        pdf.para(x["t"], "B", 10.5, gap=1)
        render_paras(pdf, x["paras"], size=10)
        pdf.ln(1.5)
    pdf.keep(45)
    pdf.ln(4)
    pdf.para("Vid protokollet", gap=9)
    pdf.para("Karin Ölvestad", gap=6)
    pdf.para("Justeras", gap=9)
    pdf.para("Anders Bäckman, ordförande        Lars-Göran Wik        Helena Strand")
    return finish(doc, pdf)


# ============================================================================ 9 Idéburen förening
def doc_ide():
    doc = dict(
        name="grannskapsmat-2024-03-12-konstituerande-styrelsemote", kind="protokoll", organ="Styrelsen",
        date="2024-03-12", start="18:30", end="20:05", loc="föreningens lokal, Åbyvägen 17",
        participants=[
            ("Lena Sjödahl", "ordförande"), ("Mohammed Ali Warsame", "vice ordförande"),
            ("Therese Borg", "sekreterare"), ("Jakob Fält", "justerare"),
            ("Nora Ekwurzel", "ledamot"),
        ],
        notes=("Konstituerande styrelsemöte of Föreningen Grannskapsmat Södra Åby (invented idéburen "
               "förening); organ 'Styrelsen'. Items numbered '1)'; printed_number '1)'. Lettered "
               "sub-items '7a)', '7b)', '7c)' have headings but no decisions of their own, so they are NOT "
               "separate items (decided once for the document); their text belongs to item 7. Roll: "
               "'Närvarande:' one per line; Mohammed Ali Warsame is constituted vice ordförande at this "
               "meeting and is given that role; Therese Borg elected sekreterare, Jakob Fält justerare; "
               "Nora Ekwurzel (kassör) -> ledamot. 'Frånvarande:' Alva Persson not a participant. "
               "Start 'kl. 18:30' from the header, end from item 11 'kl. 20:05'. Decisions 'Styrelsen "
               "beslutar att …'. Font DejaVu Sans Mono."),
    )
    its = [
        item(1, "1)", "Mötets öppnande", [P("Ordförande Lena Sjödahl öppnade mötet och hälsade den nya styrelsen välkommen.")]),
        item(2, "2)", "Val av sekreterare och justerare för mötet", [
            D("Styrelsen beslutar att utse Therese Borg till sekreterare och Jakob Fält till justerare.")]),
        item(3, "3)", "Godkännande av dagordning", [D("Styrelsen beslutar att godkänna dagordningen.")]),
        item(4, "4)", "Konstituering", [
            D("Styrelsen beslutar att konstituera sig enligt följande: vice ordförande Mohammed Ali "
              "Warsame, kassör Nora Ekwurzel, sekreterare Therese Borg.")]),
        item(5, "5)", "Firmateckning", [
            D("Styrelsen beslutar att föreningens firma tecknas av ordföranden Lena Sjödahl och kassören "
              "Nora Ekwurzel, två i förening.")]),
        item(6, "6)", "Attesträtt och bankärenden", [
            D("Styrelsen beslutar att kassören har attesträtt upp till 10 000 kronor och att belopp "
              "därutöver attesteras av kassör och ordförande gemensamt.")]),
        item(7, "7)", "Ansvarsområden 2024", [
            P("7a) Matutdelning: Mohammed Ali Warsame samordnar volontärschemat för tisdagar och lördagar."),
            P("7b) Kommunikation: Therese Borg ansvarar för hemsida, nyhetsbrev och sociala medier."),
            P("7c) Bidragsansökningar: Lena Sjödahl och Nora Ekwurzel tar fram ansökan till kommunens "
              "föreningsbidrag och till en stiftelse senast den 15 april.")]),
        item(8, "8)", "Samverkan med livsmedelsbutikerna", [
            P("Jakob Fält informerade om att ytterligare en butik i Södra Åby vill skänka överskottsmat."),
            D("Styrelsen beslutar att Jakob Fält tecknar en överenskommelse med butiken.")],
            presenters=["Jakob Fält"]),
        item(9, "9)", "Mötesplan", [
            D("Styrelsen beslutar att sammanträda andra tisdagen varje månad kl. 18:30, uppehåll i juli.")]),
        item(10, "10)", "Övriga frågor", [P("Inga.")]),
        item(11, "11)", "Mötets avslutande", [P("Ordföranden avslutade mötet kl. 20:05.")]),
    ]
    doc["items"] = its
    pdf = Doc("DejaVuMono", 9.5, margins=(24, 20, 24))
    pdf.para("Föreningen Grannskapsmat Södra Åby", "B", 11, gap=1)
    pdf.para("Protokoll från konstituerande styrelsemöte", "B", 11, gap=1)
    pdf.para("den 12 mars 2024, kl. 18:30, föreningens lokal, Åbyvägen 17", gap=5)
    pdf.para("Närvarande:", gap=0.5)
    for t in ["Lena Sjödahl, ordförande", "Mohammed Ali Warsame", "Therese Borg", "Jakob Fält", "Nora Ekwurzel"]:
        pdf.para(t, indent=4, gap=0)
    pdf.ln(2)
    pdf.para("Frånvarande: Alva Persson", gap=6)
    for x in its:
        pdf.keep(22)
        pdf.para(f"{x['pn']} {x['t']}", "B", gap=1)
        render_paras(pdf, x["paras"], indent=4)
        pdf.ln(1.5)
    pdf.ln(5)
    pdf.keep(40)
    pdf.para("Vid protokollet:        Justeras:", gap=12)
    pdf.para("____________________    ____________________    ____________________", gap=1)
    pdf.para("Therese Borg            Lena Sjödahl            Jakob Fält", gap=1)
    return finish(doc, pdf)


# ============================================================================ 10 Båtklubb höstmöte kallelse
def doc_bat():
    doc = dict(
        name="skarvikens-batklubb-2024-11-16-hostmote-kallelse", kind="kallelse", organ="Höstmöte",
        date="2024-11-16", start="14:00", end=None, loc="klubbhuset på Skärviksudden",
        participants=None,
        notes=("Kallelse till höstmöte of Skärvikens Båtklubb (invented). Items 'Punkt N:' with the title "
               "on the same line; printed_number 'Punkt N:' kept with its colon (the title itself has no "
               "trailing colon). Indented lines under some items are short descriptions, not titles. "
               "'Styrelsens förslag: …' under Punkt 7 and Punkt 8 are proposals. Anmälan to Ove Strand is "
               "a contact, not a participants list; no participants key. Core Times font."),
    )
    rows = [
        ("Mötets öppnande", []), ("Val av ordförande och sekreterare för mötet", []),
        ("Val av två justerare", []), ("Godkännande av kallelse och dagordning", []),
        ("Rapport från styrelsen", [P("Ordföranden redogör för säsongen 2024, bland annat bryggreparationerna och sjösättningen.")]),
        ("Ekonomisk rapport per 31 oktober", []),
        ("Budget och avgifter för 2025", [
            PR("oförändrad medlemsavgift 450 kr, bryggplatsavgift höjs från 1 900 kr till 2 100 kr.",
               "Styrelsens förslag:")]),
        ("Ny ordning för fördelning av bryggplatser", [
            P("Kön ersätts av ett poängsystem där arbetsinsatser räknas."),
            PR("att den nya ordningen börjar gälla säsongen 2025.", "Styrelsens förslag:")]),
        ("Val av valberedning inför årsmötet", []),
        ("Höstupptagning och vinterförvaring", [P("Genomgång av schemat för kranbilen och vaktlistan för vintern.")]),
        ("Arbetsdagar våren 2025", []),
        ("Övriga frågor", []),
        ("Mötets avslutande", []),
    ]
    its = [item(i, f"Punkt {i}:", t, ps) for i, (t, ps) in enumerate(rows, 1)]
    doc["items"] = its
    pdf = Doc("times", 12, margins=(28, 22, 28), core=True)
    pdf.para("SKÄRVIKENS BÅTKLUBB", "B", 14, align="R", gap=0)
    pdf.para("Skärviksudden, 153 97 Skärvik", "", 9, align="R", gap=12)
    pdf.set_font("times", "BU", 17)
    pdf.cell(0, 9, "Kallelse till höstmöte", **NL)
    pdf.ln(5)
    pdf.para("Styrelsen kallar härmed medlemmarna till höstmöte lördagen den 16 november 2024 kl. 14.00 i "
             "klubbhuset på Skärviksudden.", gap=3)
    pdf.para("Anmäl gärna deltagande till Ove Strand senast den 10 november, så att vi vet hur mycket "
             "ärtsoppa som behövs.", gap=7)
    pdf.para("Förslag till dagordning", "B", 13, gap=3)
    for x in its:
        pdf.keep(20)
        pdf.set_font("times", "B", 12)
        pdf.cell(22, 6, x["pn"])
        pdf.set_font("times", "", 12)
        pdf.multi_cell(pdf.epw - 22, 6, x["t"], **NL)
        if x["paras"]:
            render_paras(pdf, x["paras"], indent=22, size=11)
        pdf.ln(1.2)
    pdf.ln(7)
    pdf.para("Efter mötet bjuder klubben på ärtsoppa och pannkakor.", gap=5)
    pdf.para("Välkomna!", "B", gap=1)
    pdf.para("Styrelsen", "I")
    return finish(doc, pdf)


if __name__ == "__main__":
    for fn in [doc_brf, doc_hgf, doc_fack, doc_sektion, doc_kyrko, doc_ik, doc_ak, doc_ekfor, doc_ide, doc_bat]:
        g = fn()
        print(f"{g['file']:<58} {g['kind']:<10} pages={g['page_count']} items={len(g['items'])} "
              f"scanned={g['scanned']}")
