#!/usr/bin/env python3
"""Generator for assocset8: ten invented Swedish / Finland-Swedish association,
cooperative and student-union meeting documents, each as a PDF plus a gold JSON.

Run:  /work/main/.venv/bin/python make.py

Every gold is built from the same Python data the page is rendered from.  After
rendering, each printed_number, title, proposal, decision and participant
surname is looked up in the rendered text (pdftotext -raw, whitespace
collapsed); for the two scanned documents the lookup is done against the
pre-scan text PDF, which is then thrown away.
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass, field

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"


# --------------------------------------------------------------------------
# data model
# --------------------------------------------------------------------------
@dataclass
class It:
    pn: str                      # printed number, exactly as on the page
    title: str                   # heading as printed (no number, no trailing period)
    body: list = field(default_factory=list)      # discussion before proposal/decision
    proposal: str = None         # text printed after a proposal label
    plabel: str = None           # the proposal label as printed
    decision: str = None         # decision text as printed (label excluded)
    dlabel: str = None           # decision label printed before it (not part of decision)
    after: list = field(default_factory=list)     # paragraphs after the decision
    presenters: list = field(default_factory=list)
    time: str = None             # scheduled time (kallelse)
    att: list = field(default_factory=list)       # attachments as printed after 'Bilaga'
    number: int = None

    def num(self):
        if self.number is not None:
            return self.number
        return int(re.search(r"\d+", self.pn).group(0))


@dataclass
class Pers:
    name: str
    role: str
    org: str = None


def gold_items(items):
    out = []
    for it in items:
        out.append({
            "number": it.num(),
            "printed_number": it.pn,
            "title": it.title,
            "section": None,
            "presenters": list(it.presenters),
            "scheduled_time": it.time,
            "proposal": it.proposal,
            "decision": it.decision,
            "attachments": list(it.att),
        })
    return out


def gold_people(people):
    return [{"name": p.name, "party": None, "organization": p.org, "role": p.role}
            for p in people]


# --------------------------------------------------------------------------
# pdf helpers
# --------------------------------------------------------------------------
class Doc(FPDF):
    def __init__(self, **kw):
        super().__init__(orientation="P", unit="mm", format="A4")
        self.hdr = None
        self.ftr = None
        for fam, base in [("sans", "DejaVuSans"), ("serif", "DejaVuSerif"),
                          ("mono", "DejaVuSansMono"), ("cond", "DejaVuSansCondensed"),
                          ("cserif", "DejaVuSerifCondensed")]:
            self.add_font(fam, "", FD + base + ".ttf")
            self.add_font(fam, "B", FD + base + "-Bold.ttf")
            it = {"sans": "-Oblique", "serif": "-Italic", "mono": "-Oblique",
                  "cond": "-Oblique", "cserif": "-Italic"}[fam]
            bi = {"sans": "-BoldOblique", "serif": "-BoldItalic", "mono": "-BoldOblique",
                  "cond": "-BoldOblique", "cserif": "-BoldItalic"}[fam]
            self.add_font(fam, "I", FD + base + it + ".ttf")
            self.add_font(fam, "BI", FD + base + bi + ".ttf")
        self.set_creator("Microsoft Word" if kw.get("word", True) else "Google Docs")

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def mc(pdf, txt, h=5.0, x=None, w=0, align="L"):
    """multi_cell from x (absolute mm) to the right margin."""
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, h, txt, align=align, new_x=XPos.LMARGIN, new_y=YPos.NEXT)


def need(pdf, mm):
    """start a new page if less than mm is left."""
    if pdf.get_y() + mm > pdf.h - pdf.b_margin:
        pdf.add_page()


def sigline(pdf, x, y, name, sub=None, font=("sans", "", 10), w=70):
    pdf.set_draw_color(0)
    pdf.set_line_width(0.2)
    pdf.line(x, y, x + w, y)
    pdf.set_font(*font)
    pdf.set_xy(x, y + 1)
    pdf.cell(w, 5, name)
    if sub:
        pdf.set_xy(x, y + 5.5)
        pdf.cell(w, 5, sub)


# --------------------------------------------------------------------------
# scanning
# --------------------------------------------------------------------------
def scan(src, dst, seed, angles, dpi=170):
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src)
    pages = []
    for i in range(len(doc)):
        pil = doc[i].render(scale=dpi / 72, grayscale=True).to_pil().convert("L")
        pil = pil.filter(ImageFilter.GaussianBlur(0.7))
        a = np.asarray(pil).astype(np.float32)
        h, w = a.shape
        a = a * 0.86 + 22.0                                  # grey paper, grey ink
        yy, xx = np.mgrid[0:h, 0:w]
        a -= 18.0 * np.exp(-xx / (w * 0.04))                 # shadow at binding edge
        a -= 6.0 * (yy / h)                                  # uneven lighting
        a += rng.normal(0, 8.0, a.shape)                     # sensor noise
        n = int(a.size * 0.00025)
        a[rng.integers(0, h, n), rng.integers(0, w, n)] = rng.uniform(30, 130, n)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
        img = img.rotate(angles[i % len(angles)], resample=Image.BICUBIC,
                         expand=False, fillcolor=205)
        dx, dy = int(rng.integers(-12, 12)), int(rng.integers(-10, 14))
        canvas = Image.new("L", img.size, 205)
        canvas.paste(img, (dx, dy))
        pages.append(canvas)
    doc.close()
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True,
                  append_images=pages[1:], quality=72)


# --------------------------------------------------------------------------
# checks
# --------------------------------------------------------------------------
def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def pdftext(path):
    return subprocess.run(["pdftotext", "-raw", "-enc", "UTF-8", path, "-"],
                          capture_output=True, text=True, check=True).stdout


def check(name, textpdf, gold, items, people):
    txt = norm(pdftext(textpdf))
    bad = []

    def need_in(label, s):
        if s and norm(s) not in txt:
            bad.append(f"{label}: {s!r}")
    for it in items:
        need_in("printed_number", it.pn)
        need_in("title", it.title)
        need_in("decision", it.decision)
        need_in("proposal", it.proposal)
        for p in it.presenters:
            need_in("presenter", p)
        for a in it.att:
            need_in("attachment", a)
    for p in people:
        need_in("surname", p.name.split()[-1])
        if p.org:
            need_in("organization", p.org)
    loc = gold["meeting"]["location"]
    need_in("location", loc)
    if bad:
        print(f"CHECK FAILED {name}:")
        for b in bad:
            print("   ", b)
        return False
    return True


def has_text_layer(path):
    return bool(pdftext(path).strip())


# --------------------------------------------------------------------------
# assembly
# --------------------------------------------------------------------------
DOCS = []


def doc(fn):
    DOCS.append(fn)
    return fn


def finish(name, pdf, meta, items, people, notes, scanned=None, with_people=True):
    """write pdf (+ scan), gold, run checks. scanned = (seed, angles) or None."""
    ok = True
    tmpdir = tempfile.mkdtemp()
    textpdf = os.path.join(tmpdir, name + ".pdf")
    pdf.output(textpdf)
    final = os.path.join(OUT, name + ".pdf")
    if scanned:
        scan(textpdf, final, *scanned)
        if has_text_layer(final):
            print("ERROR: scanned file has text layer", name)
            ok = False
    else:
        shutil.copy(textpdf, final)
    d = pdfium.PdfDocument(final)
    npages = len(d)
    d.close()
    gold = {
        "file": name + ".pdf",
        "kind": meta["kind"],
        "organ": meta["organ"],
        "meeting_date": meta["date"],
        "page_count": npages,
        "scanned": bool(scanned),
        "meeting": {"start_time": meta.get("start"), "end_time": meta.get("end"),
                    "location": meta.get("location")},
        "items": gold_items(items),
    }
    if with_people:
        gold["participants"] = gold_people(people)
    gold["notes"] = notes
    ok &= check(name, textpdf, gold, items, people)
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    shutil.rmtree(tmpdir)
    print(f"{name}: {npages} p, {len(items)} items, "
          f"{len(people) if with_people else '-'} participants, scanned={bool(scanned)}")
    return ok


# ==========================================================================
# 1. IF Tallbacka – årsmöte 2023 (protokoll).  "§1" bold, title line with org,
#    comma roll, a) sub-points, votering 12–7, reservation.
# ==========================================================================
@doc
def d01():
    name = "if-tallbacka-arsmote-2023"
    roll = ["Lena Hjort", "Mikael Strand", "Sofia Åberg", "Jonas Pettersson", "Anneli Krook",
            "Peter Lindvall", "Karin Sundqvist", "Omar Haddad", "Britt-Marie Ek",
            "Tobias Ramsell", "Elin Nordh", "Hugo Wennberg", "Sara Molin", "Patrik Öhman",
            "Ida Lagerkvist", "Niklas Berglöf", "Maria Fjällström", "Kent Olsson",
            "Amira Saleh", "Gunnel Ahlqvist"]
    roles = {"Kent Olsson": "ordförande", "Sofia Åberg": "sekreterare",
             "Karin Sundqvist": "justerare", "Omar Haddad": "justerare"}
    people = [Pers(n, roles.get(n, "ledamot")) for n in roll]
    items = [
        It("§1", "Mötets öppnande",
           body=["Föreningens ordförande Lena Hjort öppnar mötet 19:02 och hälsar alla "
                 "välkomna, särskilt de nya medlemmarna från innebandysektionen."]),
        It("§2", "Fastställande av röstlängd för mötet",
           body=["Närvarolistan har skickats runt och 20 röstberättigade medlemmar har skrivit upp sig."],
           decision="Årsmötet beslöt att fastställa röstlängden till 20 röstberättigade medlemmar."),
        It("§3", "Val av ordförande och sekreterare för mötet",
           decision="Mötet väljer Kent Olsson till mötesordförande och Sofia Åberg till mötessekreterare."),
        It("§4", "Val av protokolljusterare och rösträknare",
           decision="Mötet väljer Karin Sundqvist och Omar Haddad att jämte mötesordföranden "
                    "justera protokollet samt att vara rösträknare."),
        It("§5", "Fråga om mötet har utlysts på rätt sätt",
           body=["Kallelsen sattes upp i klubbstugan och lades ut på hemsidan och i "
                 "föreningens Facebookgrupp den 28 februari 2023."],
           decision="Årsmötet beslöt att mötet har utlysts på rätt sätt."),
        It("§6", "Fastställande av dagordning",
           decision="Årsmötet beslöt att fastställa dagordningen."),
        It("§7", "Styrelsens verksamhetsberättelse för 2022",
           body=["Lena Hjort redogör för verksamhetsberättelsen. Föreningen hade vid årsskiftet "
                 "212 medlemmar, varav 148 ungdomar. Damlaget vann division 4 och spelar i "
                 "division 3 från i år. Loppisen i september gav 23 400 kr till ungdomsverksamheten."],
           att=["Verksamhetsberättelse 2022"],
           decision="Verksamhetsberättelsen lades till handlingarna.",
           presenters=["Lena Hjort"]),
        It("§8", "Styrelsens förvaltningsberättelse (resultat- och balansräkning) för 2022",
           body=["Kassör Mikael Strand föredrar resultat- och balansräkningen. Året gav ett "
                 "överskott på 48 312 kr och föreningens egna kapital uppgick den 31 december "
                 "2022 till 264 780 kr. Kostnaderna för el i klubbstugan har nästan fördubblats."],
           att=["Resultat- och balansräkning 2022"],
           decision="Förvaltningsberättelsen lades till handlingarna.",
           presenters=["Mikael Strand"]),
        It("§9", "Revisorernas berättelse över styrelsens förvaltning under 2022",
           body=["Revisor Gunnel Ahlqvist redogör för revisionsberättelsen. Revisorerna har inget "
                 "att anmärka och tillstyrker att styrelsen beviljas ansvarsfrihet."],
           decision="Revisionsberättelsen lades till handlingarna.",
           presenters=["Gunnel Ahlqvist"]),
        It("§10", "Fråga om ansvarsfrihet för styrelsen",
           decision="Årsmötet beslöt att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2022.",
           after=["Styrelsens ledamöter deltog inte i beslutet."]),
        It("§11", "Fastställande av medlemsavgifter för 2024",
           plabel="Styrelsens förslag:",
           proposal="oförändrade avgifter, dvs. 350 kr för vuxna, 200 kr för ungdomar under "
                    "20 år och 700 kr för familj.",
           decision="Årsmötet beslöt enligt styrelsens förslag."),
        It("§12", "Fastställande av verksamhetsplan och behandling av budget för 2023",
           body=["Lena Hjort presenterar verksamhetsplanen och Mikael Strand budgeten, som "
                 "omsluter 612 000 kr med ett planerat underskott på 15 000 kr. Underskottet "
                 "täcks av det egna kapitalet."],
           decision="Årsmötet beslöt att fastställa verksamhetsplanen och budgeten för 2023.",
           presenters=["Lena Hjort", "Mikael Strand"]),
        It("§13", "Behandling av motion om belysning av elljusspåret",
           body=["Tobias Ramsell har lämnat en motion om att föreningen ska söka kommunalt "
                 "anläggningsbidrag för ny LED-belysning längs elljusspåret och själv gå in "
                 "med 40 000 kr. Styrelsen anser att satsningen är bra men att ekonomin inte "
                 "tillåter den i år."],
           plabel="Styrelsens förslag:",
           proposal="att motionen avslås.",
           after=[],
           decision=None),
        It("§14", "Val av styrelse, revisorer och valberedning",
           decision="a) Mötet väljer Lena Hjort till föreningens ordförande för ett år (omval).\n"
                    "b) Mötet väljer Mikael Strand (omval) och Amira Saleh (nyval) till "
                    "styrelseledamöter för två år.\n"
                    "c) Mötet väljer Hugo Wennberg och Ida Lagerkvist till suppleanter för ett år.\n"
                    "d) Mötet väljer Gunnel Ahlqvist (omval) och Patrik Öhman (nyval) till "
                    "revisorer för ett år.\n"
                    "e) Mötet väljer Britt-Marie Ek (sammankallande) och Niklas Berglöf till "
                    "valberedning för ett år."),
        It("§15", "Övriga frågor",
           body=["Sara Molin tar upp att det behövs fler ledare till knattefotbollen, "
                 "särskilt för födda 2017. Styrelsen tar med sig frågan. Anneli Krook "
                 "påminner om städdagen vid vallen den 22 april."]),
        It("§16", "Mötets avslutande",
           body=["Mötesordföranden Kent Olsson tackade för visat intresse, delade ut "
                 "blommor till avgående ledamoten Jonas Pettersson och förklarade mötet "
                 "avslutat kl. 20.40."]),
    ]
    # §13 – yrkande, votering, decision, reservation
    it13 = items[12]
    it13.after = ["Tobias Ramsell yrkar bifall till motionen. Elin Nordh instämmer.",
                  "Ordföranden ställer proposition på styrelsens förslag mot bifall till "
                  "motionen. Votering begärs och genomförs med handuppräckning. Voteringen "
                  "utföll 12–7 för styrelsens förslag; en ledamot avstod."]
    it13.decision = "Årsmötet beslöt att avslå motionen."
    it13.post = ["Tobias Ramsell och Elin Nordh reserverade sig mot beslutet."]

    pdf = Doc()
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)

    def ftr(p):
        p.set_y(-15)
        p.set_font("sans", "", 8)
        p.set_text_color(110)
        p.cell(0, 5, f"{p.page_no()}", align="C")
        p.set_text_color(0)
    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_font("sans", "B", 17)
    mc(pdf, "IF Tallbacka Årsmötesprotokoll 2023", h=9)
    pdf.ln(3)
    pdf.set_font("sans", "", 10.5)
    mc(pdf, "Datum: tisdagen den 21 mars 2023", h=5.5)
    mc(pdf, "Plats: Klubbstugan", h=5.5)
    pdf.ln(2)
    pdf.set_font("sans", "B", 10.5)
    pdf.cell(pdf.get_string_width("Närvarande: "), 5.5, "Närvarande: ")
    pdf.set_font("sans", "", 10.5)
    pdf.multi_cell(0, 5.5, ", ".join(roll) + ".", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    for it in items:
        need(pdf, 22)
        pdf.set_font("sans", "B", 11)
        pdf.cell(13, 6, it.pn)
        pdf.multi_cell(0, 6, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("sans", "", 10.5)
        for b in it.body:
            mc(pdf, b, h=5.3)
        if it.proposal:
            mc(pdf, f"{it.plabel} {it.proposal}", h=5.3)
        if it.pn == "§13":
            for b in it.after:
                mc(pdf, b, h=5.3)
            mc(pdf, it.decision, h=5.3)
            for b in it.post:
                mc(pdf, b, h=5.3)
        else:
            if it.decision:
                if it.pn == "§14":
                    for line in it.decision.split("\n"):
                        pdf.set_x(pdf.l_margin + 4)
                        pdf.cell(6, 5.3, line[:2])
                        pdf.multi_cell(0, 5.3, line[3:], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    mc(pdf, it.decision, h=5.3)
            for b in it.after:
                mc(pdf, b, h=5.3)
        if it.att:
            pdf.set_font("sans", "I", 10)
            for a in it.att:
                mc(pdf, f"Bilaga: {a}", h=5.3)
        pdf.ln(3.5)
    need(pdf, 60)
    pdf.ln(6)
    pdf.set_font("sans", "", 10.5)
    mc(pdf, "Vid protokollet", h=5.5)
    y = pdf.get_y() + 12
    sigline(pdf, 25, y, "Sofia Åberg", "mötessekreterare")
    y += 22
    mc(pdf, "", h=1)
    pdf.set_xy(25, y - 10)
    pdf.set_font("sans", "", 10.5)
    pdf.cell(0, 5.5, "Justeras")
    sigline(pdf, 25, y + 8, "Kent Olsson", "mötesordförande", w=45)
    sigline(pdf, 77, y + 8, "Karin Sundqvist", "justerare", w=45)
    sigline(pdf, 129, y + 8, "Omar Haddad", "justerare", w=45)

    meta = dict(kind="protokoll", organ="Årsmöte", date="2023-03-21", start="19:02",
                end="20:40", location="Klubbstugan")
    notes = ("Organisation: IF Tallbacka (idrottsförening), named only in the title line "
             "'IF Tallbacka Årsmötesprotokoll 2023'. Born-digital, clean text layer. "
             "Items §1-§16 printed '§1' with no space, number and title in bold on one line. "
             "Start 19:02 from 'Lena Hjort öppnar mötet 19:02' (§1), end 20:40 from "
             "'förklarade mötet avslutat kl. 20.40' (§16). Participants = the comma list after "
             "'Närvarande:' (20 names) in printed order; meeting chair Kent Olsson = ordförande, "
             "mötessekreterare Sofia Åberg = sekreterare, Karin Sundqvist and Omar Haddad = "
             "justerare (elected in §4). Lena Hjort is the association's chair (opens the "
             "meeting) but does not chair this meeting, so she is ledamot (alternative: "
             "ordförande). §14 has sub-points a)-e) that are only election sentences without "
             "own headings, so they are NOT separate items; the decision of §14 is all five "
             "lines including their a)-e) labels, joined by newlines. §11: proposal is the text "
             "after 'Styrelsens förslag:'. §13: proposal 'att motionen avslås.', the yrkande and "
             "the votering 12–7 are discussion, decision only 'Årsmötet beslöt att avslå "
             "motionen.'; the reservation sentence after it is not part of the decision. §10: "
             "'Styrelsens ledamöter deltog inte i beslutet.' is not counted as decision text. "
             "Attachments = the italic 'Bilaga: ...' lines (§7, §8), text after the label. "
             "Presenters from 'redogör för' / 'föredrar' / 'presenterar' (§7, §8, §9, §12). "
             "Amounts in kr (not annotated).")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 2. Brf Kvarnstenen 3 – ordinarie föreningsstämma 2024 (protokoll).
#    "PROTOKOLL fört vid …", "§ 1." plain weight, sub-items 19.1–19.3, board
#    listed one per line with role, footer with org.nr, valberedningens förslag.
# ==========================================================================
@doc
def d02():
    name = "brf-kvarnstenen3-foreningsstamma-2024"
    board = [("Göran Wik", "ordförande"), ("Helena Sjöqvist", "kassör"),
             ("Ahmed Rashid", "ledamot"), ("Ulla-Britt Karlsson", "ledamot"),
             ("Jesper Nyman", "suppleant")]
    people = [Pers("Göran Wik", "ledamot"), Pers("Helena Sjöqvist", "ledamot"),
              Pers("Ahmed Rashid", "ledamot"), Pers("Ulla-Britt Karlsson", "ordförande"),
              Pers("Jesper Nyman", "sekreterare"),
              Pers("Linnea Dahl", "övrig", "Fastighetsbyrån Lodjuret AB"),
              Pers("Marta Grönlund", "justerare"), Pers("Fredrik Ohlin", "justerare")]
    items = [
        It("§ 1.", "Stämmans öppnande",
           body=["Föreningens ordförande Göran Wik öppnade stämman kl. 18.34 och hälsade de "
                 "närvarande välkomna."]),
        It("§ 2.", "Val av stämmoordförande",
           decision="Stämman beslutade att välja Ulla-Britt Karlsson till stämmoordförande."),
        It("§ 3.", "Anmälan av stämmoordförandens val av protokollförare",
           body=["Stämmoordföranden anmälde att hon utsett Jesper Nyman att föra dagens protokoll."],
           decision="Antecknades."),
        It("§ 4.", "Godkännande av röstlängd",
           body=["Röstlängden upprättades genom avprickning mot medlemsförteckningen och omfattade "
                 "27 röstberättigade medlemmar, varav två företrädda genom ombud med skriftlig "
                 "fullmakt."],
           att=["Röstlängd"],
           decision="Stämman beslutade att godkänna röstlängden."),
        It("§ 5.", "Fråga om närvarorätt vid föreningsstämman",
           decision="Stämman beslutade att föreningens förvaltare Linnea Dahl har rätt att "
                    "närvara vid stämman och att yttra sig."),
        It("§ 6.", "Godkännande av dagordningen",
           decision="Stämman beslutade att godkänna dagordningen."),
        It("§ 7.", "Val av två personer att jämte stämmoordföranden justera protokollet",
           decision="Stämman beslutade att välja Marta Grönlund och Fredrik Ohlin att jämte "
                    "stämmoordföranden justera protokollet."),
        It("§ 8.", "Val av minst två rösträknare",
           decision="Stämman beslutade att protokolljusterarna även ska vara rösträknare."),
        It("§ 9.", "Fråga om stämman blivit i stadgeenlig ordning utlyst",
           body=["Kallelsen anslogs i samtliga trapphus och delades ut i brevlådorna den 22 april "
                 "2024, dvs. tidigast sex och senast två veckor före stämman."],
           decision="Stämman beslutade att stämman blivit i stadgeenlig ordning utlyst."),
        It("§ 10.", "Genomgång av styrelsens årsredovisning",
           body=["Kassören Helena Sjöqvist föredrog årsredovisningen för räkenskapsåret 2023. "
                 "Årets resultat uppgick till −184 220 kr, främst till följd av höjda "
                 "räntekostnader. Avsättningen till fonden för yttre underhåll var 120 000 kr. "
                 "Årsavgifterna höjdes med 8 procent från den 1 januari 2024."],
           decision="Årsredovisningen lades till handlingarna.",
           presenters=["Helena Sjöqvist"]),
        It("§ 11.", "Genomgång av revisorns berättelse",
           body=["Revisionsberättelsen från Revisionsbyrån Ekvall & Söner AB lästes upp av "
                 "stämmoordföranden."],
           decision="Revisionsberättelsen lades till handlingarna."),
        It("§ 12.", "Beslut om fastställande av resultaträkningen och balansräkningen",
           decision="Stämman beslutade att fastställa resultaträkningen och balansräkningen "
                    "för räkenskapsåret 2023."),
        It("§ 13.", "Beslut om resultatdisposition",
           plabel="Styrelsens förslag:",
           proposal="att årets resultat, −184 220 kr, balanseras i ny räkning.",
           decision="Stämman beslutade i enlighet med styrelsens förslag."),
        It("§ 14.", "Fråga om ansvarsfrihet för styrelseledamöterna",
           decision="Stämman beslutade att bevilja styrelsens ledamöter ansvarsfrihet för "
                    "räkenskapsåret 2023."),
        It("§ 15.", "Beslut om arvoden åt styrelseledamöter och revisorer för nästkommande verksamhetsår",
           plabel="Valberedningens förslag:",
           proposal="oförändrat arvode till styrelsen om sammanlagt 1,5 prisbasbelopp att "
                    "fördelas inom styrelsen, samt arvode till revisorn enligt godkänd räkning.",
           decision="Stämman beslutade enligt valberedningens förslag."),
        It("§ 16.", "Val av styrelseledamöter och suppleanter",
           body=["Kerstin Almgren föredrog valberedningens förslag."],
           plabel="Valberedningens förslag:",
           proposal="omval av Göran Wik och Helena Sjöqvist som ledamöter för två år, nyval av "
                    "Fredrik Ohlin som ledamot för två år samt omval av Jesper Nyman som "
                    "suppleant för ett år.",
           decision="Stämman beslutade att välja styrelse i enlighet med valberedningens förslag.",
           presenters=["Kerstin Almgren"]),
        It("§ 17.", "Val av revisor och revisorssuppleant",
           decision="Stämman beslutade att välja Revisionsbyrån Ekvall & Söner AB med Anders "
                    "Ekvall som huvudansvarig revisor för tiden intill nästa ordinarie stämma."),
        It("§ 18.", "Val av valberedning",
           decision="Stämman beslutade att välja Kerstin Almgren (sammankallande) och Bo Lindahl "
                    "till valberedning."),
        It("§ 19.", "Av styrelsen till stämman hänskjutna frågor samt av föreningsmedlem anmälda "
                    "ärenden (motioner)",
           body=["Tre motioner hade kommit in inom stadgeenlig tid. Motionerna och styrelsens "
                 "yttranden fanns med i kallelsen."]),
        It("19.1", "Motion om laddplatser för elbil i garaget",
           body=["Motionären Fredrik Ohlin föreslår att föreningen installerar laddplatser i "
                 "garaget. Styrelsen ställer sig positiv och har begärt in offerter."],
           plabel="Styrelsens förslag:",
           proposal="att motionen bifalls och att styrelsen ges i uppdrag att teckna avtal med "
                    "lämplig leverantör om installation av sex laddplatser inom en kostnadsram "
                    "om 240 000 kr inklusive moms.",
           decision="Stämman beslutade att bifalla motionen i enlighet med styrelsens förslag."),
        It("19.2", "Motion om hönshus på innergården",
           body=["Motionären Maja Ström föreslår att föreningen tillåter ett mindre hönshus med "
                 "högst fyra hönor på innergården. Styrelsen avstyrker med hänvisning till "
                 "risken för råttor och till kommunens regler."],
           plabel="Styrelsens förslag:",
           proposal="att motionen avslås.",
           after=["Maja Ström yrkade bifall till motionen. Efter att ordföranden ställt "
                  "proposition begärdes votering. Voteringen utföll med 9 röster för bifall "
                  "och 18 röster för avslag."],
           decision="Stämman beslutade att avslå motionen."),
        It("19.3", "Motion om nytt bokningssystem för tvättstugan",
           body=["Styrelsen har i sitt yttrande redovisat att ett digitalt bokningssystem redan "
                 "är beställt och installeras under hösten."],
           decision="Stämman beslutade att motionen är besvarad med styrelsens yttrande."),
        It("§ 20.", "Övriga frågor",
           body=["Linnea Dahl informerade om att obligatorisk ventilationskontroll (OVK) "
                 "genomförs i september och att samtliga lägenheter måste vara tillgängliga. "
                 "Frågan om grovsoprum togs upp och hänvisades till styrelsen."],
           presenters=["Linnea Dahl"]),
        It("§ 21.", "Stämmans avslutande",
           body=["Stämmoordföranden tackade de närvarande och förklarade stämman avslutad "
                 "kl. 20.12."]),
    ]
    # 19.2 decision comes after the votering text
    pdf = Doc()
    pdf.set_margins(24, 20, 22)
    pdf.set_auto_page_break(True, 24)

    def ftr(p):
        p.set_y(-17)
        p.set_draw_color(150)
        p.line(24, p.get_y(), 188, p.get_y())
        p.set_font("serif", "", 7.5)
        p.set_text_color(90)
        p.cell(0, 5, "Bostadsrättsföreningen Kvarnstenen 3  •  Org.nr 769634-1182  •  "
               "Storgatan 4, 731 40 Åsbyholm", align="L")
        p.cell(0, 5, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_text_color(0)
    pdf.ftr = ftr
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("serif", "B", 12.5)
    mc(pdf, "PROTOKOLL fört vid ordinarie föreningsstämma i Bostadsrättsföreningen "
            "Kvarnstenen 3, org.nr 769634-1182, tisdagen den 14 maj 2024 i föreningslokalen, "
            "Storgatan 4.", h=6.5)
    pdf.ln(4)
    pdf.set_font("serif", "", 10.5)
    mc(pdf, "Närvarande från styrelsen:", h=5.3)
    for n, r in board:
        pdf.set_x(34)
        pdf.cell(60, 5.3, f"{n}, {r}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(1.5)
    mc(pdf, "Övriga: Linnea Dahl, förvaltare, Fastighetsbyrån Lodjuret AB", h=5.3)
    pdf.ln(1.5)
    mc(pdf, "Därutöver var 22 röstberättigade medlemmar närvarande, enligt röstlängd "
            "(bilaga 1).", h=5.3)
    pdf.ln(5)
    sub = re.compile(r"^\d+\.\d+$")
    for it in items:
        need(pdf, 24)
        pdf.set_font("serif", "", 10.5)
        if sub.match(it.pn):
            pdf.set_x(34)
            pdf.set_font("serif", "I", 10.5)
            pdf.cell(11, 5.5, it.pn)
            pdf.multi_cell(0, 5.5, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            ind = 45
        else:
            pdf.cell(14, 5.5, it.pn)
            pdf.multi_cell(0, 5.5, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            ind = 38
        pdf.ln(0.8)
        pdf.set_font("serif", "", 10.5)
        for b in it.body:
            mc(pdf, b, h=5.2, x=ind, align="J")
            pdf.ln(0.8)
        if it.proposal:
            mc(pdf, f"{it.plabel} {it.proposal}", h=5.2, x=ind, align="J")
            pdf.ln(0.8)
        for b in it.after:
            mc(pdf, b, h=5.2, x=ind, align="J")
            pdf.ln(0.8)
        if it.att:
            for a in it.att:
                mc(pdf, f"Bilaga 1: {a}", h=5.2, x=ind)
                pdf.ln(0.8)
        if it.decision:
            mc(pdf, it.decision, h=5.2, x=ind, align="J")
        pdf.ln(3.5)
    need(pdf, 70)
    pdf.ln(8)
    pdf.set_font("serif", "", 10.5)
    mc(pdf, "Åsbyholm den 21 maj 2024")
    y = pdf.get_y() + 16
    pdf.set_font("serif", "", 10)
    pdf.set_xy(24, y - 8); pdf.cell(70, 5, "Vid protokollet")
    pdf.set_xy(110, y - 8); pdf.cell(70, 5, "Stämmoordförande")
    sigline(pdf, 24, y + 6, "Jesper Nyman", font=("serif", "", 10))
    sigline(pdf, 110, y + 6, "Ulla-Britt Karlsson", font=("serif", "", 10))
    pdf.set_xy(24, y + 18); pdf.cell(70, 5, "Justeras")
    sigline(pdf, 24, y + 32, "Marta Grönlund", font=("serif", "", 10))
    sigline(pdf, 110, y + 32, "Fredrik Ohlin", font=("serif", "", 10))

    meta = dict(kind="protokoll", organ="Föreningsstämma", date="2024-05-14", start="18:34",
                end="20:12", location="föreningslokalen, Storgatan 4")
    notes = ("Organisation: Bostadsrättsföreningen Kvarnstenen 3 (org.nr 769634-1182), named in "
             "the opening sentence 'PROTOKOLL fört vid ordinarie föreningsstämma i ...' and in "
             "the footer. Born-digital, clean text layer. Organ 'Föreningsstämma' (ordinarie). "
             "Date and place only inside the title sentence ('tisdagen den 14 maj 2024 i "
             "föreningslokalen, Storgatan 4'); location kept lower-case as printed. Start 18:34 "
             "(§ 1 'öppnade stämman kl. 18.34'), end 20:12 (§ 21). Items printed '§ 1.' to "
             "'§ 21.' in plain weight; § 19 (motioner, no decision) has three sub-items 19.1-19.3, "
             "each with its own heading and decision, so they are separate items with number 19 "
             "(four items carry number 19). Participants: the board list 'Närvarande från "
             "styrelsen' is printed with the board roles (Göran Wik ordförande, Helena Sjöqvist "
             "kassör, Jesper Nyman suppleant); roles in gold are the meeting roles: stämmoordförande "
             "Ulla-Britt Karlsson = ordförande, protokollförare Jesper Nyman = sekreterare, "
             "Göran Wik and Helena Sjöqvist = ledamot (alternative: Göran Wik ordförande). "
             "Linnea Dahl (förvaltare) = övrig with her company as organization. Justerare Marta "
             "Grönlund and Fredrik Ohlin (§ 7) are added although not in the printed lists. The "
             "22 other members are only counted, not named. Kerstin Almgren (valberedningen, "
             "presenter § 16) is not listed as present and is not a participant. § 3 decision "
             "'Antecknades.'. § 4 attachment from 'Bilaga 1: Röstlängd'. Proposals = text after "
             "'Styrelsens förslag:' / 'Valberedningens förslag:'. 19.2: yrkande and votering "
             "(9 for, 18 against) are discussion; decision 'Stämman beslutade att avslå motionen.'. "
             "§ 11: the revision report is read out by the chair, not presented by a named person "
             "(presenters []). 19.1 decision authorises an avtal (laddplatser, 240 000 kr).")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 3. Brf Fyrklövern i Norrvik – extra föreningsstämma 1998 (protokoll, SCANNED).
#    Typewriter look, "1)" ALL CAPS titles, running header with org name,
#    "Beslut:" labels, no names roll, yrkande + votering, avtal, SEK.
# ==========================================================================
@doc
def d03():
    name = "brf-fyrklovern-extra-stamma-1998"
    people = [Pers("Sven-Olof Bergkvist", "ordförande"), Pers("Gunilla Norén", "sekreterare"),
              Pers("Rolf Axelsson", "justerare"), Pers("Inga-Lill Persson", "justerare")]
    items = [
        It("1)", "STÄMMANS ÖPPNANDE",
           body=["Styrelsens ordförande Sven-Olof Bergkvist hälsade de närvarande välkomna "
                 "och förklarade stämman öppnad."]),
        It("2)", "VAL AV ORDFÖRANDE FÖR STÄMMAN",
           decision="Till ordförande för stämman valdes Sven-Olof Bergkvist."),
        It("3)", "VAL AV SEKRETERARE",
           decision="Till sekreterare valdes Gunilla Norén."),
        It("4)", "VAL AV TVÅ JUSTERINGSMÄN TILLIKA RÖSTRÄKNARE",
           decision="Till justeringsmän tillika rösträknare valdes Rolf Axelsson och "
                    "Inga-Lill Persson."),
        It("5)", "GODKÄNNANDE AV RÖSTLÄNGD",
           body=["31 röstberättigade medlemmar var närvarande, varav 3 genom fullmakt."],
           decision="Röstlängden godkändes."),
        It("6)", "FRÅGA OM KALLELSE SKETT I BEHÖRIG ORDNING",
           body=["Kallelse har anslagits i portarna och delats ut till samtliga medlemmar "
                 "den 12 oktober 1998."],
           decision="Stämman förklarades behörigen kallad."),
        It("7)", "GODKÄNNANDE AV DAGORDNING",
           decision="Dagordningen godkändes."),
        It("8)", "STAMBYTE OCH RENOVERING AV BADRUM",
           body=["Ordföranden redogjorde för ärendet. Styrelsen har låtit utföra en "
                 "besiktning av avloppsstammarna som visar att dessa är i dåligt skick. "
                 "Tre anbud har infordrats. Lägsta anbud har lämnats av Norrviks Rör & Bygg AB "
                 "och uppgår till 1 870 000 SEK exkl. moms. Arbetet beräknas ta 14 veckor och "
                 "påbörjas i mars 1999.",
                 "Styrelsens förslag framgick av kallelsen:"],
           plabel="",
           proposal="att stämman godkänner att föreningen tecknar avtal med Norrviks Rör & Bygg AB "
                    "om stambyte och badrumsrenovering enligt anbud daterat 1998-09-14, till ett "
                    "fast pris om 1 870 000 SEK exkl. moms, samt att arbetet finansieras genom "
                    "nytt lån om högst 2 000 000 kronor.",
           after=["Yrkande: Bengt Hallin yrkade att ärendet skulle bordläggas till ordinarie "
                  "stämma våren 1999 i avvaktan på ytterligare anbud.",
                  "Ordföranden ställde proposition på styrelsens förslag mot Bengt Hallins "
                  "yrkande och fann styrelsens förslag antaget. Votering begärdes och "
                  "genomfördes genom handuppräckning. 24 röster avgavs för styrelsens förslag "
                  "och 7 röster för bordläggning."],
           decision="Stämman beslöt i enlighet med styrelsens förslag.",
           att=["Anbud från Norrviks Rör & Bygg AB, 1998-09-14"]),
        It("9)", "ÄNDRING AV STADGARNAS § 7 (ÅRSAVGIFT), ANDRA BESLUTET",
           body=["Ordinarie stämma den 5 maj 1998 beslöt att ändra stadgarnas § 7 så att "
                 "årsavgiften får fördelas efter lägenheternas andelstal. För att ändringen "
                 "ska gälla krävs likalydande beslut vid två på varandra följande stämmor."],
           decision="Stämman beslöt enhälligt att anta ny lydelse av stadgarnas § 7 enligt "
                    "bilaga 2.",
           att=["Förslag till ny lydelse av § 7"]),
        It("10)", "STÄMMANS AVSLUTANDE",
           body=["Ordföranden tackade för visat intresse och förklarade stämman avslutad "
                 "kl 20.25."]),
    ]
    pdf = Doc()
    pdf.set_margins(28, 30, 24)
    pdf.set_auto_page_break(True, 26)

    def hdr(p):
        p.set_font("mono", "", 9.5)
        p.set_xy(28, 12)
        p.cell(80, 5, "BRF FYRKLÖVERN I NORRVIK")
        p.cell(0, 5, f"Extra stämma 1998-10-27   Sid {p.page_no()} ({{nb}})", align="R")
        p.set_draw_color(0)
        p.line(28, 18, 186, 18)
        p.set_y(30)
    pdf.hdr = hdr
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("mono", "B", 12)
    mc(pdf, "PROTOKOLL FRÅN EXTRA FÖRENINGSSTÄMMA", h=6)
    pdf.ln(4)
    pdf.set_font("mono", "", 10)
    for a, b in [("Tid:", "Tisdagen den 27 oktober 1998, kl 19.00"),
                 ("Plats:", "Samlingslokalen, Klöverstigen 12 (källarplanet)"),
                 ("Närvarande:", "31 röstberättigade medlemmar enligt röstlängd")]:
        pdf.cell(30, 5.2, a)
        pdf.multi_cell(0, 5.2, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    for it in items:
        need(pdf, 22)
        pdf.set_font("mono", "", 10)
        pdf.cell(10, 5.2, it.pn)
        pdf.multi_cell(0, 5.2, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        for b in it.body:
            mc(pdf, b, h=5.2, x=38)
            pdf.ln(1)
        if it.proposal:
            mc(pdf, it.proposal, h=5.2, x=44)
            pdf.ln(1)
        for b in it.after:
            mc(pdf, b, h=5.2, x=38)
            pdf.ln(1)
        if it.decision:
            pdf.set_x(38)
            pdf.cell(18, 5.2, "Beslut:")
            pdf.multi_cell(0, 5.2, it.decision, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for k, a in enumerate(it.att):
            pdf.ln(1)
            lab = "Bilaga 1:" if it.pn == "8)" else "Bilaga 2:"
            mc(pdf, f"{lab} {a}", h=5.2, x=38)
        pdf.ln(4)
    need(pdf, 60)
    pdf.ln(6)
    pdf.set_font("mono", "", 10)
    mc(pdf, "Vid protokollet:", x=28)
    sigline(pdf, 28, pdf.get_y() + 12, "Gunilla Norén", "sekreterare", font=("mono", "", 10))
    y = pdf.get_y() + 30
    pdf.set_xy(28, y); pdf.cell(60, 5, "Ordförande:")
    pdf.set_xy(108, y); pdf.cell(60, 5, "Justeras:")
    sigline(pdf, 28, y + 14, "Sven-Olof Bergkvist", font=("mono", "", 10), w=66)
    sigline(pdf, 108, y + 14, "Rolf Axelsson", font=("mono", "", 10), w=66)
    sigline(pdf, 108, y + 30, "Inga-Lill Persson", font=("mono", "", 10), w=66)

    meta = dict(kind="protokoll", organ="Föreningsstämma", date="1998-10-27", start="19:00",
                end="20:25", location="Samlingslokalen, Klöverstigen 12 (källarplanet)")
    notes = ("Organisation: Brf Fyrklövern i Norrvik (bostadsrättsförening), named only in the "
             "running header 'BRF FYRKLÖVERN I NORRVIK' on every page. SCANNED: all pages are "
             "noisy, slightly rotated greyscale images with no text layer (typewriter-style "
             "monospace). Organ: the heading says 'PROTOKOLL FRÅN EXTRA FÖRENINGSSTÄMMA'; gold "
             "organ 'Föreningsstämma' (the body) rather than 'Extra föreningsstämma' (judgement "
             "call). Start 19:00 is the printed 'Tid: ... kl 19.00' (no separate opening time); "
             "end 20:25 from item 10. Location includes the printed '(källarplanet)'. Items "
             "'1)'-'10)' with ALL-CAPS titles, kept in capitals; item 9's title itself contains "
             "'§ 7' (a statute paragraph, not an item number). Decisions are the text after the "
             "label 'Beslut:'. Item 8: the board's proposal is printed indented after 'Styrelsens "
             "förslag framgick av kallelsen:' and is taken as the proposal; the 'Yrkande:' "
             "paragraph and the votering 24-7 are discussion. No named roll ('Närvarande: 31 "
             "röstberättigade medlemmar enligt röstlängd'); participants are the four people "
             "elected to meeting functions in items 2-4 (ordförande, sekreterare, two "
             "justeringsmän = justerare); alternative reading would omit participants. Bengt "
             "Hallin (yrkande) is not listed and not a participant. Attachments: 'Bilaga 1: "
             "Anbud ...' (item 8) and 'Bilaga 2: Förslag till ny lydelse av § 7' (item 9), text "
             "after the label.")
    return finish(name, pdf, meta, items, people, notes, scanned=(3, [0.55, -0.35]))


# ==========================================================================
# 4. SS Vindrosen – Styrelseprotokoll nr 4/2024 (protokoll, Styrelsen).
#    Logo-like org name, roll as a table, numbering in a table's first
#    column continuing the year's count (34–45), "Att godkänna dagordningen".
# ==========================================================================
@doc
def d04():
    name = "ss-vindrosen-styrelseprotokoll-4-2024"
    roll = [("Cecilia Brandt", "Ordförande", "Närvarande"),
            ("Håkan Lidén", "Vice ordförande", "Närvarande"),
            ("Maria Sandell", "Sekreterare", "Närvarande"),
            ("Jonas Kvarnström", "Kassör", "Närvarande"),
            ("Eva Lindroos", "Ledamot, hamnansvarig", "Frånvarande"),
            ("Petter Granlund", "Ledamot, juniorverksamhet", "Närvarande"),
            ("Siri Holm", "Suppleant", "Närvarande"),
            ("Leif Askenbom", "Adjungerad, varvschef", "§ 37–38")]
    people = [Pers("Cecilia Brandt", "ordförande"), Pers("Håkan Lidén", "vice ordförande"),
              Pers("Maria Sandell", "sekreterare"), Pers("Jonas Kvarnström", "ledamot"),
              Pers("Petter Granlund", "ledamot"), Pers("Siri Holm", "ersättare"),
              Pers("Leif Askenbom", "övrig", "varvschef")]
    items = [
        It("34", "Mötets öppnande", body=["Ordföranden hälsade välkommen och öppnade mötet."]),
        It("35", "Godkännande av dagordning",
           body=["Punkten Klubbhusets tak lades till under § 42."],
           decision="Att godkänna dagordningen."),
        It("36", "Föregående protokoll",
           body=["Protokoll nr 3/2024 från 2024-03-12 gicks igenom. Inga kvarstående frågor."],
           decision="Lades till handlingarna."),
        It("37", "Varvet och sjösättning",
           body=["Leif Askenbom informerade om sjösättningen 27–28 april. Kranbil är bokad hos "
                 "Hamnlyft i Norrvik AB. Tre båtägare saknar fortfarande godkänd "
                 "vaggbesiktning."],
           decision="Styrelsen beslöt att godkänna kostnaden för kranbil, 18 500 kr exkl. moms.",
           presenters=["Leif Askenbom"]),
        It("38", "Arrendeavtal brygga C",
           body=["Nuvarande arrendeavtal med Norrviks kommun för brygga C löper ut 2024-12-31. "
                 "Kommunens förslag till nytt avtal gäller i tio år med ett arrende om 42 000 kr "
                 "per år, indexuppräknat."],
           decision="Styrelsen beslöt att teckna nytt arrendeavtal för brygga C med Norrviks "
                    "kommun enligt förslaget och uppdrog åt ordföranden att underteckna avtalet.",
           att=["Förslag till arrendeavtal brygga C"]),
        It("39", "Ekonomisk rapport",
           body=["Jonas Kvarnström redogjorde för ekonomin per 31 mars. Saldo på föreningens "
                 "konton 311 402 kr. 14 medlemmar har ännu inte betalat båtplatsavgiften; "
                 "påminnelse skickas."],
           decision="Antecknades.",
           presenters=["Jonas Kvarnström"]),
        It("40", "Juniorverksamheten",
           body=["Petter Granlund informerade om seglarskolan: 22 anmälda och två nya "
                 "instruktörer. En ny följebåt behövs. Offert från Marinhuset på ny båt "
                 "96 000 kr. Petter Granlund yrkade på köp enligt offerten."],
           decision="Styrelsen beslöt att köpa en begagnad följebåt för högst 60 000 kr.",
           after=["Petter Granlund reserverade sig mot beslutet."],
           presenters=["Petter Granlund"]),
        It("41", "Medlemsärenden",
           body=["Fyra ansökningar om medlemskap har kommit in."],
           decision="Styrelsen beslöt att anta Nils och Hanna Ekholm, Lovisa Tran och Arvid "
                    "Borg som medlemmar."),
        It("42", "Klubbhusets tak",
           body=["Taket läcker vid skorstenen. Håkan Lidén tar in offerter till nästa möte."]),
        It("43", "Övriga frågor", body=["Siri Holm påminde om städdagen lördag 20 april kl. 10."]),
        It("44", "Nästa möte", decision="Nästa möte hålls 2024-05-14 kl. 18.30 i klubbhuset."),
        It("45", "Mötets avslutande", body=["Ordföranden tackade och avslutade mötet."]),
    ]
    pdf = Doc()
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)

    def ftr(p):
        p.set_y(-14)
        p.set_font("cond", "", 7.5)
        p.set_text_color(100)
        p.cell(0, 4, "Seglarsällskapet Vindrosen  |  Org.nr 817602-4431  |  Hamnvägen 2, 741 90 Norrvik"
                     f"  |  {p.page_no()}/{{nb}}", align="C")
        p.set_text_color(0)
    pdf.ftr = ftr
    pdf.alias_nb_pages()
    pdf.add_page()
    # logo: a little compass rose + big name
    cx, cy = 27, 26
    pdf.set_draw_color(20, 50, 110)
    pdf.set_fill_color(20, 50, 110)
    pdf.set_line_width(0.5)
    pdf.circle(cx, cy, 8, style="D")
    pdf.polygon([(cx, cy - 10), (cx + 2, cy), (cx, cy + 10), (cx - 2, cy)], style="F")
    pdf.polygon([(cx - 10, cy), (cx, cy - 2), (cx + 10, cy), (cx, cy + 2)], style="F")
    pdf.set_text_color(20, 50, 110)
    pdf.set_font("serif", "B", 26)
    pdf.set_xy(40, 16)
    pdf.cell(0, 12, "SS VINDROSEN")
    pdf.set_font("serif", "I", 9)
    pdf.set_xy(41, 29)
    pdf.cell(0, 5, "Seglarsällskapet Vindrosen · grundat 1931")
    pdf.set_text_color(0)
    pdf.set_draw_color(0)
    pdf.set_fill_color(255, 255, 255)
    pdf.set_line_width(0.2)
    pdf.set_y(42)
    pdf.set_font("sans", "B", 14)
    mc(pdf, "Styrelseprotokoll nr 4/2024", h=8)
    pdf.set_font("sans", "", 9.5)
    mc(pdf, "Datum: 2024-04-09     Tid: 18.30–20.15     Plats: Klubbhuset, Hamnvägen 2", h=5.5)
    pdf.ln(3)
    pdf.set_font("sans", "", 9)
    with pdf.table(col_widths=(55, 70, 45), line_height=5.2, first_row_as_headings=True,
                   text_align="LEFT", borders_layout="HORIZONTAL_LINES",
                   headings_style=FontFace(emphasis="BOLD")) as t:
        r = t.row()
        for h in ("Namn", "Funktion", "Närvaro"):
            r.cell(h)
        for row in roll:
            r = t.row()
            for c in row:
                r.cell(c)
    pdf.ln(6)
    pdf.set_font("sans", "", 9)
    with pdf.table(col_widths=(12, 100, 62), line_height=4.8, markdown=True,
                   text_align=("CENTER", "LEFT", "LEFT"), first_row_as_headings=False,
                   borders_layout="ALL", padding=1.6) as t:
        r = t.row()
        for h in ("§", "Ärende", "Beslut"):
            r.cell(f"**{h}**")
        for it in items:
            r = t.row()
            r.cell(it.pn)
            txt = f"**{it.title}**"
            if it.body:
                txt += "\n" + "\n".join(it.body)
            if it.att:
                txt += "\n" + "\n".join(f"Bilaga: {a}" for a in it.att)
            r.cell(txt)
            dec = it.decision or "–"
            if it.after:
                dec += "\n" + "\n".join(it.after)
            r.cell(dec)
    need(pdf, 45)
    pdf.ln(10)
    pdf.set_font("sans", "", 9.5)
    y = pdf.get_y()
    pdf.set_xy(18, y); pdf.cell(70, 5, "Vid protokollet")
    pdf.set_xy(110, y); pdf.cell(70, 5, "Justeras")
    sigline(pdf, 18, y + 16, "Maria Sandell", "sekreterare", font=("sans", "", 9.5))
    sigline(pdf, 110, y + 16, "Cecilia Brandt", "ordförande", font=("sans", "", 9.5))
    sigline(pdf, 110, y + 34, "Håkan Lidén", font=("sans", "", 9.5))

    meta = dict(kind="protokoll", organ="Styrelsen", date="2024-04-09", start="18:30",
                end="20:15", location="Klubbhuset, Hamnvägen 2")
    notes = ("Organisation: Seglarsällskapet Vindrosen ('SS VINDROSEN' as a logo-like heading, "
             "full name under it and in the footer with org.nr). Born-digital, clean text layer. "
             "Title 'Styrelseprotokoll nr 4/2024'. Time from 'Tid: 18.30–20.15' (no opening/closing "
             "sentences with times). Items are rows of a three-column table (§ | Ärende | Beslut); "
             "the § column prints bare numbers 34-45 (the year's running count), so printed_number "
             "is '34' etc. and number 34-45. Title = bold first line of the Ärende cell; decision = "
             "the Beslut cell; a '–' in the Beslut cell means no decision (null: §§ 34, 42, 43, 45). "
             "§ 40: the Beslut cell also holds 'Petter Granlund reserverade sig mot beslutet.' - a "
             "reservation, excluded from the decision. § 44 'Nästa möte hålls ...' stands in the "
             "Beslut column and is taken as decision. Participants from the roll table: Eva "
             "Lindroos is marked 'Frånvarande' and excluded; Siri Holm (Suppleant) = ersättare "
             "(nothing says she served in place of Lindroos); Jonas Kvarnström (Kassör) and Petter "
             "Granlund = ledamot; Leif Askenbom 'Adjungerad, varvschef' (present § 37–38) = övrig "
             "with organization 'varvschef'. No justerare election item; Håkan Lidén signs as "
             "justerare but keeps his higher role vice ordförande. Presenters from 'informerade "
             "om' / 'redogjorde för' (§§ 37, 39, 40). Attachment § 38 from 'Bilaga: ...' in the "
             "Ärende cell. § 38 decision concerns an avtal (arrendeavtal, 42 000 kr per år).")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 5. Koloniföreningen Kålgården – konstituerande styrelsemöte 2009
#    (protokoll, Styrelsen).  "Mötesanteckningar", "Punkt 1" with the title on
#    the line below, roll one per line without roles, organisation only in the
#    signature line, the word 'protokoll' only in the signature lines.
# ==========================================================================
@doc
def d05():
    name = "kalgarden-konstituerande-styrelsemote-2009"
    roll = ["Birgitta Ljung", "Arne Sjöberg", "Yvonne Kihlström", "Rasmus Falk",
            "Gun Enqvist (suppleant)"]
    people = [Pers("Birgitta Ljung", "ordförande"), Pers("Arne Sjöberg", "vice ordförande"),
              Pers("Yvonne Kihlström", "sekreterare"), Pers("Rasmus Falk", "justerare"),
              Pers("Gun Enqvist", "ersättare")]
    items = [
        It("Punkt 1", "Mötets öppnande",
           body=["Birgitta Ljung, som valdes till ordförande vid årsmötet den 1 mars, "
                 "öppnade mötet kl. 19.05 och bjöd på kaffe."]),
        It("Punkt 2", "Val av justerare",
           decision="Mötet väljer Rasmus Falk att jämte ordföranden justera dagens anteckningar."),
        It("Punkt 3", "Styrelsens konstituering",
           body=["Enligt stadgarna utser styrelsen inom sig vice ordförande, sekreterare och "
                 "kassör."],
           decision="Styrelsen beslöt att konstituera sig enligt följande:\n"
                    "vice ordförande Arne Sjöberg\n"
                    "sekreterare Yvonne Kihlström\n"
                    "kassör Rasmus Falk"),
        It("Punkt 4", "Firmateckning",
           decision="Styrelsen beslöt att föreningens firma tecknas av ordföranden Birgitta "
                    "Ljung och kassören Rasmus Falk, var för sig."),
        It("Punkt 5", "Bank och attesträtt",
           decision="Styrelsen beslöt att kassören Rasmus Falk har rätt att disponera "
                    "föreningens konton i Norrviks Sparbank samt att attestera utgifter upp "
                    "till 5 000 kronor. Större utgifter attesteras även av ordföranden."),
        It("Punkt 6", "Lottavgift 2009",
           body=["Kommunen höjer arrendet för hela området från 38 400 kr till 41 200 kr per år. "
                 "Med nuvarande avgift på 620 kr per lott och 64 lotter går det ihop om "
                 "vattenavgiften hålls nere. Arne tycker att vi borde höja redan i år men "
                 "de övriga vill vänta till nästa årsmöte."],
           decision="Styrelsen beslöt att behålla lottavgiften på 620 kr per lott för 2009."),
        It("Punkt 7", "Övrigt",
           body=["Vårstädning lördag 25 april kl. 9. Yvonne skickar ut lapp till alla lotter. "
                 "Gun kollar med Gröna Fingrar om container."]),
        It("Punkt 8", "Mötets avslutande",
           body=["Ordföranden tackade och avslutade mötet kl. 20.10."]),
    ]
    pdf = Doc()
    pdf.set_margins(30, 25, 30)
    pdf.set_auto_page_break(True, 25)
    pdf.add_page()
    pdf.set_font("serif", "B", 15)
    mc(pdf, "Mötesanteckningar", h=8)
    pdf.set_font("serif", "", 12)
    mc(pdf, "Konstituerande styrelsemöte", h=6.5)
    pdf.ln(4)
    pdf.set_font("serif", "", 11)
    mc(pdf, "Datum: 18 mars 2009, kl. 19.00", h=5.6)
    mc(pdf, "Plats: hos Birgitta Ljung, Rosenstigen 7", h=5.6)
    pdf.ln(3)
    mc(pdf, "Närvarande:", h=5.6)
    for n in roll:
        mc(pdf, n, h=5.6, x=40)
    pdf.ln(5)
    for it in items:
        need(pdf, 26)
        pdf.set_font("serif", "B", 11)
        mc(pdf, it.pn, h=5.8)
        pdf.set_font("serif", "", 11)
        pdf.set_font("serif", "U", 11)
        mc(pdf, it.title, h=5.8)
        pdf.set_font("serif", "", 11)
        for b in it.body:
            mc(pdf, b, h=5.6)
        if it.decision:
            lines = it.decision.split("\n")
            mc(pdf, lines[0], h=5.6)
            for l in lines[1:]:
                mc(pdf, l, h=5.6, x=42)
        pdf.ln(4)
    need(pdf, 55)
    pdf.ln(8)
    pdf.set_font("serif", "", 11)
    mc(pdf, "Vid protokollet:", h=5.6)
    y = pdf.get_y() + 14
    sigline(pdf, 30, y, "Yvonne Kihlström, sekreterare, Koloniföreningen Kålgården",
            font=("serif", "", 10.5), w=100)
    pdf.set_xy(30, y + 12)
    pdf.cell(0, 5.6, "Protokollet justeras:")
    sigline(pdf, 30, y + 28, "Birgitta Ljung, ordförande", font=("serif", "", 10.5), w=65)
    sigline(pdf, 110, y + 28, "Rasmus Falk", font=("serif", "", 10.5), w=65)

    meta = dict(kind="protokoll", organ="Styrelsen", date="2009-03-18", start="19:05",
                end="20:10", location="hos Birgitta Ljung, Rosenstigen 7")
    notes = ("Organisation: Koloniföreningen Kålgården, printed only in the secretary's "
             "signature line at the end. Born-digital (Word 2003 style), clean text layer. Title "
             "'Mötesanteckningar' with sub-heading 'Konstituerande styrelsemöte'; the word "
             "'protokoll' occurs only in the signature lines ('Vid protokollet:', 'Protokollet "
             "justeras:'), yet these are minutes of a meeting held, so kind protokoll; organ "
             "'Styrelsen' (konstituerande styrelsemöte). The header 'kl. 19.00' is the called "
             "time; start_time 19:05 from Punkt 1 'öppnade mötet kl. 19.05', end 20:10 (Punkt 8). "
             "Location printed 'hos Birgitta Ljung, Rosenstigen 7' (kept with 'hos'). Items "
             "'Punkt 1'-'Punkt 8', number on its own bold line and the underlined title on the "
             "line below. Roles are constituted in Punkt 3 (roll has no roles, only "
             "'(suppleant)'): Birgitta Ljung ordförande (chair elected by the årsmöte), Arne "
             "Sjöberg vice ordförande, Yvonne Kihlström sekreterare, Rasmus Falk kassör and "
             "justerare (Punkt 2) -> justerare, Gun Enqvist suppleant -> ersättare. Punkt 3 "
             "decision includes the three indented lines of the list. Punkt 7 has no decision.")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 6. Geosektionen inom Norrbo studentkår – Sektionsmöte 2 HT24 (protokoll).
#    Google-Docs look, running header, two-column roll, "§ 1" bold, lettered
#    "§ 8a"/"§ 8b" propositions, yrkande + votering, "att"-sats decisions.
# ==========================================================================
@doc
def d06():
    name = "geosektionen-sektionsmote-2-ht24"
    left = ["Elsa Wikström, sektionsordförande", "Moa Lindgren, kassör",
            "Viktor Ahlström, sekreterare", "Jonna Li", "Alva Persson", "Kasper Nilsson",
            "Ebba Sandberg"]
    right = ["Noah Eriksson", "Leo Hägg", "Tilde Magnusson", "Wilma Berntsson",
             "Hamid Qasemi", "Julia Stål", "Oskar Frid"]
    roles = {"Jonna Li": "ordförande", "Viktor Ahlström": "sekreterare",
             "Alva Persson": "justerare", "Kasper Nilsson": "justerare"}
    people = []
    for e in left + right:
        n = e.split(",")[0]
        people.append(Pers(n, roles.get(n, "ledamot")))
    people.append(Pers("Farid Karimi", "övrig", "kårordförande, Norrbo studentkår"))
    items = [
        It("§ 1", "Mötets öppnande",
           body=["Sektionsordförande Elsa Wikström öppnar mötet 17:18."]),
        It("§ 2", "Val av mötesordförande",
           decision="Mötet beslutar att välja Jonna Li till mötesordförande."),
        It("§ 3", "Val av mötessekreterare",
           decision="Mötet beslutar att välja Viktor Ahlström till mötessekreterare."),
        It("§ 4", "Val av justerare tillika rösträknare",
           decision="Mötet beslutar att välja Alva Persson och Kasper Nilsson till justerare "
                    "tillika rösträknare."),
        It("§ 5", "Mötets behöriga utlysande",
           body=["Kallelsen skickades ut 2024-11-06 via sektionens mejllista och Discord, dvs. "
                 "14 dagar före mötet i enlighet med stadgan."],
           decision="Mötet beslutar att anse mötet behörigt utlyst."),
        It("§ 6", "Adjungeringar",
           decision="Mötet beslutar att adjungera Farid Karimi med närvaro- och yttranderätt."),
        It("§ 7", "Fastställande av föredragningslistan",
           decision="Mötet beslutar att fastställa föredragningslistan i sin helhet."),
        It("§ 8a", "Proposition: Budget för verksamhetsåret 2025",
           body=["Kassör Moa Lindgren föredrar propositionen. Budgeten har intäkter på "
                 "184 500 kr och kostnader på 191 000 kr. Underskottet på 6 500 kr täcks av "
                 "sektionens buffert, som efter det är 41 200 kr.",
                 "Kasper Nilsson yrkar att posten Sittningar höjs med 3 000 kr och att posten "
                 "Profilkläder sänks lika mycket. Styrelsen yrkar avslag på yrkandet.",
                 "Votering begärs. Med 8 röster för, 5 emot och 1 nedlagd röst bifalls yrkandet."],
           plabel="Styrelsens förslag till beslut:",
           proposal="att fastställa budgeten för verksamhetsåret 2025 enligt bilaga.",
           decision="Mötet beslutar\n"
                    "att bifalla Kasper Nilssons yrkande\n"
                    "att fastställa budgeten för verksamhetsåret 2025 med ovanstående ändring",
           att=["Budget 2025, Geosektionen"],
           presenters=["Moa Lindgren"]),
        It("§ 8b", "Proposition: Ändring i reglementet angående Sexmästeriet",
           body=["Elsa Wikström föredrar propositionen, som gör Sexmästeriets kassör till "
                 "egen post i reglementet."],
           plabel="Styrelsens förslag till beslut:",
           proposal="att anta ändringen i reglementet enligt propositionen.",
           decision="Mötet beslutar att bifalla propositionen i sin helhet.",
           presenters=["Elsa Wikström"]),
        It("§ 9", "Motion: Vegetarisk norm på sektionens sittningar",
           body=["Alva Persson föredrar sin motion med två att-satser: att vegetarisk mat ska "
                 "vara norm på sittningar, och att kött endast ska serveras vid sittningar med "
                 "fler än 80 anmälda.",
                 "Styrelsens svar: styrelsen föreslår mötet att bifalla motionens första att-sats "
                 "och avslå den andra.",
                 "Alva Persson yrkar bifall till motionen i sin helhet."],
           decision="Mötet beslutar\n"
                    "att bifalla motionens första att-sats\n"
                    "att avslå motionens andra att-sats",
           after=["Alva Persson reserverar sig mot beslutet i den andra att-satsen."],
           presenters=["Alva Persson"]),
        It("§ 10", "Fyllnadsval",
           body=["Valberedningen har nominerat Ebba Sandberg till kassör i Sexmästeriet och "
                 "Noah Eriksson till ledamot i studienämnden."],
           decision="Mötet beslutar att välja Ebba Sandberg till kassör i Sexmästeriet för "
                    "resten av verksamhetsåret.\n"
                    "Mötet beslutar att välja Noah Eriksson till ledamot i studienämnden för "
                    "resten av verksamhetsåret."),
        It("§ 11", "Rapporter",
           body=["Elsa Wikström rapporterar från styrelsen: nya soffor i sektionslokalen, "
                 "julsittningen är fullbokad. Farid Karimi informerar om kårvalet i mars."],
           decision="Mötet beslutar att lägga rapporterna till handlingarna.",
           presenters=["Elsa Wikström", "Farid Karimi"]),
        It("§ 12", "Övriga frågor", body=["Inga övriga frågor."]),
        It("§ 13", "Mötets avslutande",
           body=["Mötesordförande Jonna Li förklarar mötet avslutat 19:04."]),
    ]
    pdf = Doc(word=False)
    pdf.set_margins(25.4, 25.4, 25.4)
    pdf.set_auto_page_break(True, 25.4)

    def hdr(p):
        p.set_font("sans", "", 8)
        p.set_text_color(120)
        p.set_xy(25.4, 12)
        p.cell(100, 4, "Geosektionen inom Norrbo studentkår")
        p.cell(0, 4, "SM2 HT24", align="R")
        p.set_text_color(0)
        p.set_y(25.4)

    def ftr(p):
        p.set_y(-15)
        p.set_font("sans", "", 8)
        p.set_text_color(120)
        p.cell(0, 4, f"{p.page_no()}", align="R")
        p.set_text_color(0)
    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("sans", "B", 18)
    mc(pdf, "Protokoll Sektionsmöte 2, HT 2024", h=9)
    pdf.ln(2)
    pdf.set_font("sans", "", 10)
    mc(pdf, "Datum: 2024-11-20", h=5.2)
    mc(pdf, "Tid: 17:15", h=5.2)
    mc(pdf, "Plats: Sal G-213, Geohuset", h=5.2)
    pdf.ln(3)
    pdf.set_font("sans", "B", 10)
    mc(pdf, "Närvarande röstberättigade", h=5.4)
    pdf.set_font("sans", "", 10)
    for a, b in zip(left, right):
        pdf.cell(80, 5, a)
        pdf.cell(0, 5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("sans", "B", 10)
    mc(pdf, "Adjungerad", h=5.4)
    pdf.set_font("sans", "", 10)
    mc(pdf, "Farid Karimi (kårordförande, Norrbo studentkår), från § 6", h=5)
    pdf.ln(5)
    for it in items:
        need(pdf, 22)
        pdf.set_font("sans", "B", 11.5)
        pdf.cell(16, 6, it.pn)
        pdf.multi_cell(0, 6, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.6)
        pdf.set_font("sans", "", 10)
        for b in it.body:
            mc(pdf, b, h=5)
            pdf.ln(1)
        if it.proposal:
            pdf.set_font("sans", "I", 10)
            mc(pdf, it.plabel, h=5)
            pdf.set_font("sans", "", 10)
            mc(pdf, it.proposal, h=5, x=35)
            pdf.ln(1)
        if it.decision:
            for l in it.decision.split("\n"):
                if l.startswith("att "):
                    pdf.set_x(30)
                    pdf.set_font("sans", "B", 10)
                    pdf.cell(9, 5, "att")
                    pdf.set_font("sans", "", 10)
                    pdf.multi_cell(0, 5, l[4:], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
                else:
                    mc(pdf, l, h=5)
            pdf.ln(1)
        for b in it.after:
            mc(pdf, b, h=5)
        for a in it.att:
            pdf.set_font("sans", "I", 9)
            mc(pdf, f"Bilaga: {a}", h=5)
        pdf.ln(4)
    need(pdf, 50)
    pdf.ln(6)
    pdf.set_font("sans", "", 10)
    y = pdf.get_y()
    for i, (n, r) in enumerate([("Jonna Li", "Mötesordförande"),
                                ("Viktor Ahlström", "Mötessekreterare"),
                                ("Alva Persson", "Justerare"), ("Kasper Nilsson", "Justerare")]):
        x = 25.4 + (i % 2) * 85
        yy = y + 14 + (i // 2) * 24
        sigline(pdf, x, yy, n, r, font=("sans", "", 10), w=70)

    meta = dict(kind="protokoll", organ="Sektionsmöte", date="2024-11-20", start="17:18",
                end="19:04", location="Sal G-213, Geohuset")
    notes = ("Organisation: Geosektionen inom Norrbo studentkår (student section), printed only "
             "in the small grey running header; title 'Protokoll Sektionsmöte 2, HT 2024'. "
             "Born-digital (Google Docs style), clean text layer. Called time 'Tid: 17:15'; "
             "start_time 17:18 from § 1 'öppnar mötet 17:18', end 19:04 (§ 13). Items '§ 1'-'§ 13' "
             "plus lettered '§ 8a' and '§ 8b' (two propositions, each with own heading and "
             "decision; both number 8). Decisions in 'att'-sats form keep the lead line "
             "'Mötet beslutar' and the bold 'att' lines, joined by newlines (§§ 8a, 9); § 10's "
             "two election sentences joined by a newline. Proposals = text after 'Styrelsens "
             "förslag till beslut:' (§§ 8a, 8b); in § 9 'Styrelsens svar: ...' is a running-text "
             "answer to the motion, not a proposal label, so proposal null (judgement call). "
             "§ 8a yrkande and votering 8-5-1 are discussion; § 9 reservation excluded from the "
             "decision. Participants: roll printed in two columns, gold order = left "
             "column top-down, then right column (14 names); Jonna Li ordförande (mötesordförande), Viktor Ahlström "
             "sekreterare, Alva Persson and Kasper Nilsson justerare; Elsa Wikström "
             "(sektionsordförande) and Moa Lindgren (kassör) ledamot; adjungerade Farid Karimi "
             "övrig with organization as printed in parentheses. Presenters: 'föredrar' "
             "(§§ 8a, 8b, 9), 'rapporterar'/'informerar' (§ 11). Attachment § 8a from 'Bilaga:'.")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 7. Norrbo studentkår – Kallelse Kårfullmäktige KF6 2023/24 (kallelse).
#    Letterhead, agenda with föredragande and time columns, "1."/"7.1"
#    numbering, 'Förslag till beslut' blocks, list of called members,
#    a budget attachment page.
# ==========================================================================
@doc
def d07():
    name = "norrbo-studentkar-kf6-kallelse-2023"
    led = ["Amanda Sjödin", "Erik Lundkvist", "Hanna Öberg", "Ali Reza Mohammadi",
           "Tove Hedman", "Simon Larsson Kask", "Ronja Fältskog", "Isak Bergman",
           "Lina Wahlström", "Mattias Rönnqvist", "Paulina Nowak"]
    ers = ["Felicia Grahn", "Adam Boström", "Klara Ingvarsson", "Jamal Osman"]
    people = ([Pers("Johan Berglund", "ordförande"), Pers("Matilda Öst", "sekreterare")] +
              [Pers(n, "ledamot") for n in led] + [Pers(n, "ersättare") for n in ers] +
              [Pers("Farid Karimi", "övrig", "kårordförande"),
               Pers("Sanna Ruuth", "övrig", "vice kårordförande")])
    items = [
        It("1.", "Mötets öppnande", presenters=["Johan Berglund"], time="17:15"),
        It("2.", "Val av justerare tillika rösträknare", presenters=["Johan Berglund"]),
        It("3.", "Mötets behöriga utlysande", presenters=["Johan Berglund"],
           plabel="Förslag till beslut:", proposal="att förklara mötet behörigt utlyst."),
        It("4.", "Fastställande av föredragningslistan", presenters=["Johan Berglund"],
           plabel="Förslag till beslut:", proposal="att fastställa föredragningslistan."),
        It("5.", "Föregående protokoll", presenters=["Matilda Öst"],
           plabel="Förslag till beslut:",
           proposal="att lägga protokollet från KF5 (2023-11-09) till handlingarna."),
        It("6.", "Rapporter från kårstyrelsen", presenters=["Farid Karimi"], time="17:30",
           body=["Skriftlig rapport bifogas; kårstyrelsen svarar på frågor."],
           att=["Kårstyrelsens rapport november 2023"]),
        It("7.", "Beslutsärenden"),
        It("7.1", "Reviderad budget 2023/24", presenters=["Sanna Ruuth"], time="17:50",
           body=["Intäkterna från medlemsavgifter blev 96 000 kr lägre än budgeterat och "
                 "energikostnaderna för Kårhuset Nova ökar."],
           plabel="Förslag till beslut:",
           proposal="att fastställa reviderad budget för verksamhetsåret 2023/24 enligt "
                    "bilaga 7.1, med ett prognostiserat underskott om 212 000 kr.",
           att=["Reviderad budget 2023/24"]),
        It("7.2", "Hyresavtal för Kårhuset Nova", presenters=["Farid Karimi"], time="18:20",
           body=["Nuvarande avtal löper ut 2024-06-30. Hyresvärden har lämnat förslag till nytt "
                 "avtal på fem år."],
           plabel="Förslag till beslut:",
           proposal="att godkänna hyresavtal med Campusporten Fastigheter AB för perioden "
                    "2024-07-01–2029-06-30 med en årshyra om 1 140 000 kr enligt bilaga 7.2, "
                    "samt att uppdra åt kårordföranden att underteckna avtalet.",
           att=["Förslag till hyresavtal, Campusporten Fastigheter AB"]),
        It("7.3", "Stadgeändring § 4:3, Fullmäktiges sammansättning (första läsningen)",
           presenters=["Johan Berglund"], time="18:50",
           plabel="Förslag till beslut:",
           proposal="att i första läsningen anta ändring av stadgans § 4:3 enligt bilaga 7.3.",
           att=["Stadgeändring § 4:3"]),
        It("8.", "Fyllnadsval till valberedningen", presenters=["Oskar Lindh"], time="19:10",
           plabel="Valberedningens förslag:",
           proposal="att välja Hedvig Lund till ledamot i valberedningen för tiden till och "
                    "med 2024-06-30."),
        It("9.", "Övriga frågor"),
        It("10.", "Mötets avslutande", time="19:30"),
    ]
    pdf = Doc()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    BLUE = (150, 20, 40)

    def hdr(p):
        p.set_fill_color(*BLUE)
        p.rect(0, 0, 210, 6, style="F")
        p.set_font("cond", "B", 17)
        p.set_text_color(*BLUE)
        p.set_xy(20, 11)
        p.cell(90, 8, "NORRBO STUDENTKÅR")
        p.set_font("cond", "", 8.5)
        p.set_text_color(70)
        p.set_xy(120, 11)
        p.multi_cell(70, 4, "Kårfullmäktige\nKallelse och föredragningslista\nKF6 2023/24",
                     align="R")
        p.set_text_color(0)
        p.set_draw_color(*BLUE)
        p.line(20, 25, 190, 25)
        p.set_draw_color(0)
        p.set_y(31)

    def ftr(p):
        p.set_y(-13)
        p.set_font("cond", "", 7.5)
        p.set_text_color(100)
        p.cell(0, 4, "Norrbo studentkår · Universitetsvägen 14, 931 77 Norrbo · "
                     f"kf@norrbokaren.example · sida {p.page_no()}", align="C")
        p.set_text_color(0)
    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("cond", "", 10)
    mc(pdf, "Till ledamöter och ersättare i Kårfullmäktige", h=5)
    pdf.ln(3)
    pdf.set_font("cond", "B", 16)
    mc(pdf, "Kallelse till Kårfullmäktiges sammanträde 6", h=8)
    pdf.ln(1)
    pdf.set_font("cond", "", 10)
    mc(pdf, "Härmed kallas ni till Kårfullmäktiges sjätte ordinarie sammanträde för "
            "verksamhetsåret 2023/24. Handlingar finns i bilagorna och på kårens hemsida. "
            "Anmäl förhinder till sekreteraren Matilda Öst senast måndag 4 december så att "
            "ersättare kan kallas in.", h=5)
    pdf.ln(2)
    for a, b in [("Datum:", "torsdag 7 december 2023"), ("Tid:", "17:15"),
                 ("Plats:", "Aulan, Kårhuset Nova")]:
        pdf.set_font("cond", "B", 10)
        pdf.cell(16, 5.2, a)
        pdf.set_font("cond", "", 10)
        pdf.cell(0, 5.2, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    pdf.set_font("cond", "B", 12)
    mc(pdf, "Föredragningslista", h=6)
    pdf.ln(1)
    pdf.set_font("cond", "B", 8.5)
    pdf.set_text_color(90)
    pdf.cell(10, 5, "Nr")
    pdf.cell(110, 5, "Ärende")
    pdf.cell(36, 5, "Föredragande")
    pdf.cell(0, 5, "Tid", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(1.5)
    for it in items:
        need(pdf, 16)
        sub = "." in it.pn[:-1]
        y0 = pdf.get_y()
        pdf.set_font("cond", "B", 10)
        x0 = 20 if not sub else 24
        pdf.set_x(x0)
        pdf.cell(10, 5.2, it.pn)
        pdf.multi_cell(110 - (x0 - 20), 5.2, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        y1 = pdf.get_y()
        pdf.set_font("cond", "", 10)
        pdf.set_xy(140, y0)
        pdf.cell(36, 5.2, ", ".join(it.presenters))
        pdf.cell(0, 5.2, it.time or "")
        pdf.set_y(y1)
        for b in it.body:
            mc(pdf, b, h=4.8, x=30, w=110)
        if it.proposal:
            pdf.set_font("cond", "I", 10)
            mc(pdf, it.plabel, h=4.8, x=30, w=110)
            pdf.set_font("cond", "", 10)
            mc(pdf, it.proposal, h=4.8, x=34, w=106)
        for a in it.att:
            pdf.set_font("cond", "", 9)
            lab = {"6.": "Bilaga 6", "7.1": "Bilaga 7.1", "7.2": "Bilaga 7.2",
                   "7.3": "Bilaga 7.3"}[it.pn]
            mc(pdf, f"{lab}: {a}", h=4.6, x=30, w=110)
        pdf.ln(2.2)
    # page 2: called
    need(pdf, 90)
    pdf.ln(4)
    pdf.set_font("cond", "B", 11)
    mc(pdf, "Kallade", h=6)
    pdf.set_font("cond", "", 10)
    mc(pdf, "Fullmäktiges ordförande: Johan Berglund", h=5)
    mc(pdf, "Sekreterare: Matilda Öst", h=5)
    pdf.ln(2)
    pdf.set_font("cond", "B", 10)
    mc(pdf, "Ordinarie ledamöter", h=5)
    pdf.set_font("cond", "", 10)
    for i in range(0, len(led), 3):
        for n in led[i:i + 3]:
            pdf.cell(56, 5, n)
        pdf.ln(5)
    pdf.ln(2)
    pdf.set_font("cond", "B", 10)
    mc(pdf, "Ersättare (för kännedom)", h=5)
    pdf.set_font("cond", "", 10)
    mc(pdf, ", ".join(ers), h=5)
    pdf.ln(2)
    pdf.set_font("cond", "B", 10)
    mc(pdf, "Med närvaro- och yttranderätt", h=5)
    pdf.set_font("cond", "", 10)
    mc(pdf, "Farid Karimi, kårordförande", h=5)
    mc(pdf, "Sanna Ruuth, vice kårordförande", h=5)
    pdf.ln(6)
    mc(pdf, "Välkomna! Det bjuds på smörgås från 16:45.", h=5)
    pdf.ln(4)
    mc(pdf, "Johan Berglund", h=5)
    mc(pdf, "Ordförande, Kårfullmäktige", h=5)
    # attachment page: budget
    pdf.add_page()
    pdf.set_font("cond", "B", 13)
    mc(pdf, "Bilaga 7.1 – Reviderad budget 2023/24", h=7)
    pdf.set_font("cond", "", 9.5)
    mc(pdf, "Belopp i kronor. Ursprunglig budget fastställd av KF2 2023-05-11.", h=5)
    pdf.ln(3)
    rows = [("Medlemsavgifter", "1 480 000", "1 384 000"),
            ("Statliga och universitetsbidrag", "1 950 000", "1 950 000"),
            ("Lokaluthyrning", "410 000", "436 000"),
            ("Summa intäkter", "3 840 000", "3 770 000"),
            ("Personal", "−2 260 000", "−2 260 000"),
            ("Lokalkostnader Kårhuset Nova", "−1 090 000", "−1 214 000"),
            ("Verksamhet och utskott", "−390 000", "−372 000"),
            ("Administration och IT", "−120 000", "−136 000"),
            ("Summa kostnader", "−3 860 000", "−3 982 000"),
            ("Resultat", "−20 000", "−212 000")]
    with pdf.table(col_widths=(90, 40, 40), text_align=("LEFT", "RIGHT", "RIGHT"),
                   line_height=5.5, borders_layout="SINGLE_TOP_LINE") as t:
        r = t.row()
        for h in ("Post", "Budget 2023/24", "Reviderad"):
            r.cell(h)
        for row in rows:
            r = t.row()
            for c in row:
                r.cell(c)

    meta = dict(kind="kallelse", organ="Kårfullmäktige", date="2023-12-07", start="17:15",
                end=None, location="Aulan, Kårhuset Nova")
    notes = ("Organisation: Norrbo studentkår (letterhead 'NORRBO STUDENTKÅR' on every page, "
             "footer with address). Born-digital, clean text layer. A notice with "
             "föredragningslista for Kårfullmäktige sammanträde 6 (KF6 2023/24): kind kallelse, "
             "organ 'Kårfullmäktige'. Only a start time (17:15) is printed; 'Mötets avslutande' "
             "has scheduled_time 19:30 but no end time is given for the meeting, so end_time null. "
             "Items '1.'-'10.' with sub-items '7.1'-'7.3' (number 7) under the heading-only item "
             "'7. Beslutsärenden' (kept as its own item). Presenters from the 'Föredragande' "
             "column; scheduled_time from the 'Tid' column (only where printed). Proposals = text "
             "under 'Förslag till beslut:' / 'Valberedningens förslag:'; decisions all null. "
             "Attachments from the 'Bilaga N:' lines, text after the label. Item 7.3's title "
             "contains '§ 4:3' (statute reference). Page 3 is Bilaga 7.1 (budget table, kr), not "
             "items. Participants = the 'Kallade' block on page 2: KF chair = ordförande, "
             "sekreterare, 11 ordinarie ledamöter = ledamot, 4 ersättare (för kännedom) = "
             "ersättare, kårordförande and vice kårordförande (närvaro- och yttranderätt) = "
             "övrig with their printed titles as organization. Oskar Lindh (valberedningen, "
             "föredragande item 8) is not in the called list and not a participant.")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 8. Ungdomsföreningen Strandbacka r.f. – vårmöte 12.4.2023 (protokoll,
#    Finland-Swedish).  "1 §" numbering in a left column, Finnish dates,
#    euro, verksamhetsgranskare, FO-nummer footer, 'Mötet godkände …'.
# ==========================================================================
@doc
def d08():
    name = "uf-strandbacka-varmote-2023"
    roll = ["Mikaela Sjöholm", "Ulf Nyqvist", "Jessica Backman", "Tom Granqvist", "Sara Ehrs",
            "Dan Forsman", "Birgitta Kronqvist", "Kaj Storbacka", "Lisen Nyman",
            "Anders Holmlund", "Frida Strömfors", "Jan-Erik Björkqvist"]
    roles = {"Ulf Nyqvist": "ordförande", "Jessica Backman": "sekreterare",
             "Tom Granqvist": "justerare", "Sara Ehrs": "justerare"}
    people = [Pers(n, roles.get(n, "ledamot")) for n in roll]
    items = [
        It("1 §", "Mötets öppnande",
           body=["Föreningens ordförande Mikaela Sjöholm öppnade mötet kl. 19.03 och hälsade "
                 "de närvarande välkomna."]),
        It("2 §", "Val av mötesfunktionärer",
           decision="Till ordförande för mötet valdes Ulf Nyqvist, till sekreterare Jessica "
                    "Backman och till protokolljusterare tillika rösträknare Tom Granqvist och "
                    "Sara Ehrs."),
        It("3 §", "Konstaterande av mötets laglighet och beslutförhet",
           body=["Kallelse till mötet har publicerats i Kustbladet 29.3.2023 och på föreningens "
                 "anslagstavla, i enlighet med stadgarnas 9 §."],
           decision="Mötet konstaterades vara lagligen sammankallat och beslutfört."),
        It("4 §", "Godkännande av föredragningslistan",
           decision="Föredragningslistan godkändes."),
        It("5 §", "Bokslut, verksamhetsberättelse och verksamhetsgranskarens utlåtande för år 2022",
           body=["Mikaela Sjöholm redogjorde för verksamhetsberättelsen. Kassör Dan Forsman "
                 "presenterade bokslutet, som visar ett överskott på 3 418,62 euro. "
                 "Verksamhetsgranskare Birgitta Kronqvist läste upp sitt utlåtande."],
           decision="Bokslutet, verksamhetsberättelsen och verksamhetsgranskarens utlåtande "
                    "antecknades för kännedom.",
           presenters=["Mikaela Sjöholm", "Dan Forsman"]),
        It("6 §", "Fastställande av bokslutet och beviljande av ansvarsfrihet",
           decision="Mötet fastställde bokslutet för år 2022 och beviljade styrelsen och övriga "
                    "redovisningsskyldiga ansvarsfrihet."),
        It("7 §", "Renovering av dansbanan",
           body=["Dansbanans golv och tak behöver förnyas. Kostnaden beräknas till 31 500 euro."],
           plabel="Styrelsens förslag:",
           proposal="Föreningen ansöker om 12 000 euro i understöd från Stiftelsen Kustbygdens "
                    "kultur och tar vid behov ett lån på högst 20 000 euro för resten av kostnaden. "
                    "Arbetet utförs som talko hösten 2023.",
           decision="Mötet godkände styrelsens förslag."),
        It("8 §", "Hyresavtal för caféutrymmet",
           body=["Kaffestugan Ab har erbjudit sig att driva caféet under sommarsäsongen."],
           decision="Mötet godkände avtalet med Kaffestugan Ab om hyra av caféutrymmet för tiden "
                    "1.6–31.8.2023 till en hyra om 450 euro per månad, enligt bilaga 2.",
           att=["Hyresavtal Kaffestugan Ab"]),
        It("9 §", "Övriga ärenden",
           body=["Midsommarfesten ordnas 23.6.2023. Talkolistan skickas runt. Lisen Nyman "
                 "efterlyste fler funktionärer till dansen."]),
        It("10 §", "Mötets avslutande",
           body=["Mötesordföranden tackade de närvarande och avslutade mötet kl. 20.17."]),
    ]
    pdf = Doc()
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 24)

    def hdr(p):
        p.set_font("sans", "B", 10)
        p.set_xy(20, 12)
        p.cell(110, 5, "UNGDOMSFÖRENINGEN STRANDBACKA r.f.")
        p.set_font("sans", "", 9)
        p.cell(0, 5, f"PROTOKOLL {p.page_no()}({{nb}})", align="R")
        p.set_xy(20, 17)
        p.cell(110, 5, "")
        p.cell(0, 5, "Vårmöte 12.4.2023", align="R")
        p.set_y(28)

    def ftr(p):
        p.set_y(-16)
        p.set_draw_color(0)
        p.line(20, p.get_y(), 190, p.get_y())
        p.set_font("sans", "", 7.5)
        p.cell(0, 5, "Ungdomsföreningen Strandbacka r.f.   FO-nummer 0213456-7   "
                     "Framlidvägen 3, Strandbacka", align="L")
    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("sans", "", 9.5)
    for a, b in [("Tid", "12.4.2023 kl. 19.00"), ("Plats", "Föreningshuset Framlid"),
                 ("Närvarande", ", ".join(roll) + " (12 medlemmar)")]:
        pdf.set_font("sans", "B", 9.5)
        pdf.cell(30, 5.2, a)
        pdf.set_font("sans", "", 9.5)
        pdf.multi_cell(0, 5.2, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
    pdf.ln(3)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.ln(4)
    for it in items:
        need(pdf, 24)
        y0 = pdf.get_y()
        pdf.set_font("sans", "B", 10)
        pdf.cell(20, 5.4, it.pn)
        pdf.multi_cell(0, 5.4, it.title, align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(1)
        pdf.set_font("sans", "", 9.5)
        for b in it.body:
            mc(pdf, b, h=5, x=40)
            pdf.ln(1)
        if it.proposal:
            pdf.set_font("sans", "I", 9.5)
            mc(pdf, it.plabel, h=5, x=40)
            pdf.set_font("sans", "", 9.5)
            mc(pdf, it.proposal, h=5, x=40)
            pdf.ln(1)
        if it.decision:
            pdf.set_font("sans", "B", 9.5)
            mc(pdf, "Beslut", h=5, x=40)
            pdf.set_font("sans", "", 9.5)
            mc(pdf, it.decision, h=5, x=40)
        for a in it.att:
            pdf.ln(1)
            mc(pdf, f"Bilaga 2: {a}", h=5, x=40)
        pdf.ln(4)
    need(pdf, 60)
    pdf.ln(4)
    pdf.set_font("sans", "", 9.5)
    mc(pdf, "Strandbacka 12.4.2023", h=5)
    y = pdf.get_y() + 16
    sigline(pdf, 20, y, "Ulf Nyqvist", "ordförande", font=("sans", "", 9.5))
    sigline(pdf, 110, y, "Jessica Backman", "sekreterare", font=("sans", "", 9.5))
    pdf.set_xy(20, y + 16)
    pdf.cell(0, 5, "Protokollet justerat och befunnet överensstämmande med mötets förlopp:")
    sigline(pdf, 20, y + 34, "Tom Granqvist", font=("sans", "", 9.5))
    sigline(pdf, 110, y + 34, "Sara Ehrs", font=("sans", "", 9.5))

    meta = dict(kind="protokoll", organ="Vårmöte", date="2023-04-12", start="19:03",
                end="20:17", location="Föreningshuset Framlid")
    notes = ("Organisation: Ungdomsföreningen Strandbacka r.f. (Finland-Swedish registered "
             "association), in the running header and the footer with FO-nummer. Born-digital, "
             "clean text layer. Organ 'Vårmöte' (header 'PROTOKOLL' / 'Vårmöte 12.4.2023'). Date "
             "printed 12.4.2023 (day.month.year). Called time 'kl. 19.00'; start_time 19:03 from "
             "1 § 'öppnade mötet kl. 19.03', end 20:17 (10 §). Items printed number-first '1 §' "
             "to '10 §' (Finnish style) in bold with the title; 3 §'s text mentions 'stadgarnas "
             "9 §' (statute reference, not an item). Decisions = text under the bold 'Beslut' "
             "label (2 § to 8 §); 1 §, 9 §, 10 § have none. Proposal 7 § = text under 'Styrelsens "
             "förslag:'. Participants = 'Närvarande' comma list (12 names): mötesordförande Ulf "
             "Nyqvist ordförande, Jessica Backman sekreterare, Tom Granqvist and Sara Ehrs "
             "justerare (2 §); Mikaela Sjöholm is the association's chair but not the meeting "
             "chair -> ledamot (alternative: ordförande); kassör Dan Forsman and "
             "verksamhetsgranskare Birgitta Kronqvist ledamot. Presenters 5 §: Sjöholm "
             "('redogjorde för'), Forsman ('presenterade'); Kronqvist only 'läste upp' (not "
             "counted). 8 § decision approves an avtal (hyra 450 euro per månad); attachment "
             "from 'Bilaga 2: ...'. All amounts are in euro.")
    return finish(name, pdf, meta, items, people, notes)


# ==========================================================================
# 9. Hamnviks byalag – höstmöte 2022 (protokoll, SCANNED).  Title
#    "Hamnviks byalags höstmöte 2022 – Protokoll (2022-11-14)", "1." plain,
#    no roll (counted only), jäv, items without decision.
# ==========================================================================
@doc
def d09():
    name = "hamnviks-byalag-hostmote-2022"
    people = [Pers("Kjell Örn", "ordförande"), Pers("Annika Fors", "sekreterare"),
              Pers("Lars-Göran Tapper", "justerare"), Pers("Mona Wiklund", "justerare")]
    items = [
        It("1.", "Mötets öppnande",
           body=["Byalagets ordförande Kjell Örn hälsade alla välkomna och öppnade mötet."]),
        It("2.", "Val av ordförande och sekreterare för mötet",
           decision="Mötet valde Kjell Örn till ordförande och Annika Fors till sekreterare "
                    "för mötet."),
        It("3.", "Val av två justerare",
           decision="Till justerare valdes Lars-Göran Tapper och Mona Wiklund."),
        It("4.", "Godkännande av dagordningen",
           decision="Dagordningen godkändes."),
        It("5.", "Vägen och snöröjningen",
           body=["Hamnviks Maskin & Schakt har sagt upp avtalet om snöröjning på byvägen och "
                 "vägen ut till Udden. Ett nytt anbud har kommit från Tapper Entreprenad: "
                 "750 kr/timme plus en fast avgift på 9 000 kr per säsong. Vägen sandas vid "
                 "behov till samma timpris.",
                 "Lars-Göran Tapper anmälde jäv och deltog inte i diskussionen eller beslutet."],
           decision="Mötet beslutade att teckna avtal om snöröjning med Tapper Entreprenad för "
                    "säsongen 2022/23 enligt anbudet."),
        It("6.", "Budget och byavgift för 2023",
           body=["Kassören Roger Sundin presenterade förslaget till budget. Elpriset för "
                 "gatubelysningen och snöröjningen gör att avgiften behöver höjas från 300 kr "
                 "till 400 kr per hushåll."],
           decision="Mötet beslutade att fastställa budgeten och att byavgiften för 2023 blir "
                    "400 kr per hushåll.",
           presenters=["Roger Sundin"]),
        It("7.", "Sommarfesten 2023",
           body=["Diskuterades om festen ska flyttas till bryggan. Festkommittén återkommer med "
                 "förslag på vårmötet."]),
        It("8.", "Information från fiberföreningen",
           body=["Mona Wiklund informerade om att de sista 12 fastigheterna på Udden nu kan "
                 "anslutas. Anmälan senast 31 januari."],
           decision="Informationen antecknades.",
           presenters=["Mona Wiklund"]),
        It("9.", "Övrigt",
           body=["Frågan om en hjärtstartare i bystugan togs upp. Styrelsen undersöker kostnad "
                 "och bidrag. Julgransplundring blir söndag 8 januari."]),
        It("10.", "Mötets avslutande",
           body=["Ordföranden tackade för visat intresse och avslutade mötet kl. 20.55."]),
    ]
    pdf = Doc()
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("sans", "B", 14)
    mc(pdf, "Hamnviks byalags höstmöte 2022 – Protokoll (2022-11-14)", h=7.5)
    pdf.ln(3)
    pdf.set_font("sans", "", 11)
    mc(pdf, "Måndag 14/11 kl 19 i Bystugan. 21 bybor närvarande.", h=5.8)
    pdf.ln(4)
    for it in items:
        need(pdf, 22)
        pdf.set_font("sans", "", 11)
        pdf.cell(9, 5.8, it.pn)
        pdf.set_font("sans", "U", 11)
        pdf.multi_cell(0, 5.8, it.title, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("sans", "", 11)
        for b in it.body:
            mc(pdf, b, h=5.6, x=34)
        if it.decision:
            mc(pdf, it.decision, h=5.6, x=34)
        pdf.ln(3)
    need(pdf, 50)
    pdf.ln(6)
    mc(pdf, "Vid protokollet", h=5.6)
    y = pdf.get_y() + 14
    sigline(pdf, 25, y, "Annika Fors", font=("sans", "", 10.5))
    pdf.set_xy(25, y + 10)
    pdf.cell(0, 5.6, "Justeras")
    sigline(pdf, 25, y + 26, "Lars-Göran Tapper", font=("sans", "", 10.5))
    sigline(pdf, 110, y + 26, "Mona Wiklund", font=("sans", "", 10.5))

    meta = dict(kind="protokoll", organ="Höstmöte", date="2022-11-14", start="19:00",
                end="20:55", location="Bystugan")
    notes = ("Organisation: Hamnviks byalag, only in the title line 'Hamnviks byalags "
             "höstmöte 2022 – Protokoll (2022-11-14)'. SCANNED: image-only pages (noise, slight "
             "rotation), no text layer. Organ 'Höstmöte'. Date from the title (the line below "
             "has only 'Måndag 14/11'). Start 19:00 from 'kl 19' (no opening time in item 1), "
             "end 20:55 (item 10); location 'Bystugan' from 'i Bystugan'. Items '1.'-'10.' plain "
             "number, underlined title. No roll: '21 bybor närvarande' only counts people; "
             "participants are the four people elected in items 2-3 (Kjell Örn ordförande, "
             "Annika Fors sekreterare, Lars-Göran Tapper and Mona Wiklund justerare); kassör "
             "Roger Sundin (presenter item 6) is not listed and not a participant (alternative: "
             "omit participants). Item 5: the jäv sentence is not part of the decision; the "
             "decision concerns an avtal (snöröjning, 750 kr/timme, 9 000 kr per säsong). "
             "Items 1, 7, 9, 10 have no decision; item 8 'Informationen antecknades.' counted "
             "as decision. Presenters from 'presenterade' (6) and 'informerade' (8).")
    return finish(name, pdf, meta, items, people, notes, scanned=(9, [-0.7, 0.45]))


# ==========================================================================
# 10. Seniorföreningen Eken – bare one-page "Dagordning" for a styrelsemöte
#     2016 (kallelse).  Organisation only in the footer, no people.
# ==========================================================================
@doc
def d10():
    name = "seniorforeningen-eken-dagordning-2016-02"
    items = [It(f"{i}.", t) for i, t in enumerate([
        "Mötets öppnande",
        "Val av justerare",
        "Godkännande av dagordningen",
        "Föregående mötesprotokoll",
        "Ekonomin – kassarapport",
        "Vårens program",
        "Bussresan till Kvarnnäs glasbruk 19 maj",
        "Medlemsfrågor",
        "Övriga frågor",
        "Nästa möte",
        "Mötets avslutande"], start=1)]
    pdf = Doc()
    pdf.set_margins(30, 30, 30)
    pdf.set_auto_page_break(True, 25)

    def ftr(p):
        p.set_y(-20)
        p.set_font("sans", "I", 8.5)
        p.set_text_color(90)
        p.cell(0, 5, "Seniorföreningen Eken i Åsbyholm  –  Björkvägen 10  –  bg 5512-0937",
               align="C")
        p.set_text_color(0)
    pdf.ftr = ftr
    pdf.add_page()
    pdf.set_font("sans", "B", 26)
    mc(pdf, "Dagordning", h=13)
    pdf.set_font("sans", "", 12)
    mc(pdf, "Styrelsemöte tisdag 9 februari 2016 kl. 14.00", h=6.5)
    mc(pdf, "Lokalen, Björkvägen 10", h=6.5)
    pdf.ln(10)
    pdf.set_font("sans", "", 13)
    for it in items:
        pdf.set_x(38)
        pdf.cell(10, 9.5, it.pn)
        pdf.cell(0, 9.5, it.title, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(14)
    pdf.set_font("sans", "", 11)
    mc(pdf, "Välkomna!  /Margit", h=6)

    meta = dict(kind="kallelse", organ="Styrelsen", date="2016-02-09", start="14:00",
                end=None, location="Lokalen, Björkvägen 10")
    notes = ("Organisation: Seniorföreningen Eken i Åsbyholm, printed only in the italic footer. "
             "Born-digital, clean text layer, one page. A bare 'Dagordning' list for a board "
             "meeting ('Styrelsemöte tisdag 9 februari 2016 kl. 14.00'): kind kallelse, organ "
             "'Styrelsen'. Location line 'Lokalen, Björkvägen 10' kept as printed. Items '1.'-'11.' "
             "titles only; no presenters, times, proposals or decisions. Item 7's title contains "
             "a date ('19 maj'). No people are listed (signed only 'Margit'), so the key "
             "participants is omitted.")
    return finish(name, pdf, meta, items, [], notes, with_people=False)


# ==========================================================================
def main():
    ok = True
    for fn in DOCS:
        ok &= bool(fn())
    names = sorted(f for f in os.listdir(OUT) if f.endswith(".pdf"))
    print(len(names), "pdfs")
    if not ok:
        print("SOME CHECKS FAILED")
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
