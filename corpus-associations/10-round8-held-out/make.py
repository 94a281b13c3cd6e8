#!/usr/bin/env python3
"""Generate assocset14: eight invented Swedish association meeting documents + gold.

Run with /work/main/.venv/bin/python make.py  (needs fpdf2, pypdfium2, Pillow, numpy).
Every text that goes into the gold (titles, decisions, proposals, names) is taken from the
same data structures the renderers print, so gold and PDF cannot drift apart.
"""
import json, os, random, re, tempfile

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
F = "/usr/share/fonts/truetype/"


def It(n, pn, title, body=None, dec=None, prop=None, pres=(), att=(), post=None):
    """One agenda item. body: text before the decision; post: text printed after the
    decision (yrkanden etc. are put in body); prop: proposal text printed under a label."""
    return dict(n=n, pn=pn, title=title, body=body, dec=dec, prop=prop, pres=list(pres),
                att=list(att), post=post)


def P(name, role, org=None):
    return dict(name=name, party=None, organization=org, role=role)


class Doc(FPDF):
    hdr = None
    ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def newpdf(fmt="A4", margins=(25, 20, 25)):
    pdf = Doc(format=fmt)
    pdf.set_margins(margins[0], margins[1], margins[2])
    pdf.set_auto_page_break(True, 22)
    return pdf


def addttf(pdf, fam, reg, bold=None, ital=None, bi=None):
    pdf.add_font(fam, "", F + reg)
    if bold:
        pdf.add_font(fam, "B", F + bold)
    if ital:
        pdf.add_font(fam, "I", F + ital)
    if bi:
        pdf.add_font(fam, "BI", F + bi)


def para(pdf, text, h=5, x=None, w=0, align="L"):
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")


def gold_items(items):
    out = []
    for i in items:
        out.append({"number": i["n"], "printed_number": i["pn"], "title": i["title"],
                    "section": None, "presenters": i["pres"], "scheduled_time": None,
                    "proposal": i["prop"], "decision": i["dec"], "attachments": i["att"]})
    return out


# ---------------------------------------------------------------------------------------
# 1. 1958 byalag, byastämma protokoll, typewritten, scanned (image-only)
# ---------------------------------------------------------------------------------------
D1 = dict(
    file="1958-04-12_ostra-vrams-byalag_protokoll.pdf", kind="protokoll", organ="Byastämma",
    date="1958-04-12", start="19:30", end="21:15", location="Byaskolan, Östra Vram",
    items=[
        It(1, "§ 1.", "Stämmans öppnande",
           "Byalagets ordförande Nils Svensson hälsade de närvarande välkomna och öppnade stämman kl. 19.30."),
        It(2, "§ 2.", "Stämmans behöriga utlysande",
           dec="Stämman förklarades behörigen utlyst genom anslag å byns anslagstavla söndagen den 30 mars."),
        It(3, "§ 3.", "Val av ordförande och sekreterare",
           dec="Till ordförande för stämman valdes Nils Svensson och till sekreterare Erik Mårtensson."),
        It(4, "§ 4.", "Val av justeringsmän",
           dec="Att jämte ordföranden justera dagens protokoll valdes Anders Persson och Johan Olsson."),
        It(5, "§ 5.", "Redovisning för år 1957",
           "Kassören Per Nilsson föredrog räkenskaperna för år 1957. Inkomsterna hade utgjort 412 kronor och utgifterna 388 kronor 50 öre.",
           dec="Redovisningen godkändes och lades till handlingarna.", pres=["Per Nilsson"]),
        It(6, "§ 6.", "Ansvarsfrihet",
           dec="Stämman beviljade styrelsen full och tacksam ansvarsfrihet för det gångna året."),
        It(7, "§ 7.", "Byavägen till mossen",
           "Frågan om upprustning av byavägen till mossen förevar. Efter en stunds överläggning",
           dec="beslöts att vägen skall grusas före midsommar och att varje delägare skall ställa upp med ett dagsverke eller erlägga 15 kronor till byalagets kassa."),
        It(8, "§ 8.", "Gemensam tjur",
           "Anders Persson framförde önskemål om att byalaget åter skulle hålla gemensam tjur.",
           dec="Frågan bordlades till höststämman."),
        It(9, "§ 9.", "Stämmans avslutande",
           "Ordföranden tackade för visat intresse och förklarade stämman avslutad kl. 21.15."),
    ],
    participants=[P("Nils Svensson", "ordförande"), P("Erik Mårtensson", "sekreterare"),
                  P("Per Nilsson", "ledamot"), P("Anders Persson", "justerare"),
                  P("Johan Olsson", "justerare"), P("Hilma Persson", "ledamot"),
                  P("Oskar Lund", "ledamot"), P("Gustav Ek", "ledamot"), P("Hanna Ek", "ledamot")],
    notes=("Invented minutes of a byastämma of Östra Vrams byalag, 12 April 1958, typewritten (Courier) "
           "and delivered as a scan: both pages are JPEG images at 200 dpi with slight rotation, noise and "
           "uneven ink, NO text layer. Organ 'Byastämma' (the meeting's own word), association name Östra "
           "Vrams byalag. Items § 1.-§ 9. with the number followed by an underlined title; titles given "
           "without the trailing period. Decisions are the prose sentences recording what was decided "
           "('valdes', 'förklarades', 'godkändes', 'beslöts', 'bordlades'); in § 7 the decision is the "
           "clause 'beslöts att ...' after 'Efter en stunds överläggning' (the lead-in words are body text). "
           "§ 1 and § 9 record no decision. Presenter: § 5 'Kassören Per Nilsson föredrog' "
           "(he is ledamot in participants). Participants from the 'Närvarande:' prose line; justerare "
           "from § 4. Location from the heading sentence ('i Byaskolan, Östra Vram'); times from § 1 and § 9."),
)


def render_d1(d, path):
    pdf = newpdf(margins=(28, 22, 22))
    addttf(pdf, "TW", "freefont/FreeMono.ttf", "freefont/FreeMonoBold.ttf")
    pdf.add_page()
    pdf.set_font("TW", "", 11)
    pdf.set_font("TW", "BU", 13)
    pdf.cell(0, 7, "PROTOKOLL", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("TW", "", 11)
    para(pdf, "fört vid ordinarie byastämma med Östra Vrams byalag i Byaskolan, Östra Vram, "
              "lördagen den 12 april 1958.", 5.5, align="C")
    pdf.ln(4)
    names = [p["name"] for p in d["participants"]]
    para(pdf, "Närvarande: " + ", ".join(names[:-1]) + " och " + names[-1] + ".", 5.5)
    pdf.ln(3)
    for i in d["items"]:
        pdf.set_font("TW", "", 11)
        pdf.cell(pdf.get_string_width(i["pn"] + " "), 5.5, i["pn"] + " ")
        pdf.set_font("TW", "U", 11)
        pdf.cell(0, 5.5, i["title"] + ".", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("TW", "", 11)
        txt = " ".join(t for t in (i["body"], i["dec"]) if t)
        para(pdf, txt, 5.5, x=38)
        pdf.ln(3)
    pdf.ln(6)
    pdf.cell(80, 5.5, "Vid protokollet:")
    pdf.cell(0, 5.5, "Justeras:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(80, 5.5, "Erik Mårtensson")
    pdf.cell(0, 5.5, "Anders Persson", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(80, 5.5, "")
    pdf.cell(0, 5.5, "Johan Olsson", new_x="LMARGIN", new_y="NEXT")
    tmp = tempfile.NamedTemporaryFile(suffix=".pdf", delete=False).name
    pdf.output(tmp)
    scan(tmp, path, seed=58)
    os.unlink(tmp)


def scan(src, dst, seed=0, dpi=200):
    rng = np.random.default_rng(seed)
    random.seed(seed)
    doc = pdfium.PdfDocument(src)
    pages = []
    for k in range(len(doc)):
        im = doc[k].render(scale=dpi / 72).to_pil().convert("L")
        a = np.asarray(im).astype(np.float32)
        h, w = a.shape
        # uneven ink: smooth random field that lightens the dark strokes
        field = rng.random((h // 60 + 2, w // 60 + 2)).astype(np.float32)
        field = np.asarray(Image.fromarray((field * 255).astype(np.uint8)).resize((w, h), Image.BICUBIC),
                           dtype=np.float32) / 255
        ink = 255 - a
        ink *= 0.7 + 0.3 * field
        a = 255 - ink
        # paper tone + noise
        a = a * 0.93 + 10 + rng.normal(0, 9, a.shape)
        # specks
        for _ in range(120):
            y, x = rng.integers(0, h - 3), rng.integers(0, w - 3)
            a[y:y + rng.integers(1, 4), x:x + rng.integers(1, 4)] = rng.integers(40, 140)
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        im = im.rotate(random.uniform(-1.2, 1.2), resample=Image.BICUBIC, expand=False, fillcolor=236)
        pages.append(im)
    doc.close()
    pages[0].save(dst, "PDF", resolution=dpi, save_all=True, append_images=pages[1:], quality=80)


# ---------------------------------------------------------------------------------------
# 2. 1964 bygdegårdsförening u.p.a., kallelse in letter form, a) b) ...
# ---------------------------------------------------------------------------------------
_d2t = ["Stämmans öppnande", "Val av ordförande och sekreterare för stämman",
        "Val av två justeringsmän tillika rösträknare", "Fråga om stämmans behöriga utlysande",
        "Fastställande av röstlängd", "Styrelsens årsredovisning för år 1963",
        "Revisorernas berättelse", "Fastställande av balansräkningen",
        "Fråga om ansvarsfrihet för styrelsen", "Fråga om användning av årets överskott",
        "Val av styrelseledamöter och suppleanter", "Val av revisorer och revisorssuppleanter",
        "Fråga om höjning av hyran för stora salen", "Övriga frågor", "Stämmans avslutande"]
D2 = dict(
    file="1964-03-07_sorby-bygdegardsforening_kallelse.pdf", kind="kallelse", organ="Föreningsstämma",
    date="1964-03-07", start="19:00", end=None, location="Sörby bygdegård, stora salen",
    items=[It(k + 1, "abcdefghijklmno"[k] + ")", t) for k, t in enumerate(_d2t)],
    participants=None,
    notes=("Invented letter (Times) from Sörby Bygdegårdsförening u.p.a. (an ekonomisk förening) calling "
           "the members to the ordinarie föreningsstämma on 7 March 1964; one page. kind 'kallelse', organ "
           "'Föreningsstämma'. Time and place are given in one sentence ('lördagen den 7 mars 1964 kl. 19.00 "
           "i Sörby bygdegård, stora salen'); location keeps the room. The agenda is lettered a)-o): these are "
           "the top-level items of the meeting, so number = position in the alphabet (a=1 ... o=15) and "
           "printed_number keeps the letter with its parenthesis. Item m) has an indented line 'Styrelsens "
           "förslag: att ...' — taken as its proposal (label dropped). No decisions (notice). No list of "
           "people called: the signatory (Gunnar Andersson, ordf.) and the kassör named for the documents "
           "are not participants, so the participants key is omitted. The letter date 'Sörby i februari 1964' "
           "is not the meeting date."),
)
D2["items"][12]["prop"] = "att hyran för stora salen höjes från 30 till 40 kronor per kväll."


def render_d2(d, path):
    pdf = newpdf(margins=(30, 25, 28))
    pdf.add_page()
    pdf.set_font("Times", "B", 15)
    pdf.cell(0, 7, "SÖRBY BYGDEGÅRDSFÖRENING u.p.a.", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 10)
    pdf.cell(0, 5, "Sörby, Vittsjö  -  Postgiro 41 22 07", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.line(30, pdf.get_y() + 2, 180, pdf.get_y() + 2)
    pdf.ln(8)
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "Sörby i februari 1964", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 6, "Till medlemmarna i Sörby Bygdegårdsförening u.p.a.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Times", "B", 13)
    pdf.cell(0, 7, "Kallelse till ordinarie föreningsstämma", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Times", "", 12)
    para(pdf, "Medlemmarna i Sörby Bygdegårdsförening u.p.a. kallas härmed till ordinarie föreningsstämma, "
              "som hålles lördagen den 7 mars 1964 kl. 19.00 i Sörby bygdegård, stora salen.", 6, align="J")
    pdf.ln(3)
    para(pdf, "Vid stämman förekomma följande ärenden:", 6)
    pdf.ln(1)
    for i in d["items"]:
        pdf.set_x(38)
        pdf.cell(9, 6, i["pn"])
        pdf.multi_cell(0, 6, i["title"] + ".", new_x="LMARGIN", new_y="NEXT")
        if i["prop"]:
            pdf.set_font("Times", "I", 12)
            para(pdf, "Styrelsens förslag: " + i["prop"], 6, x=47)
            pdf.set_font("Times", "", 12)
    pdf.ln(4)
    para(pdf, "Årsredovisning och revisionsberättelse finnas tillgängliga hos kassören Elof Håkansson, "
              "Sörby 12, från och med den 25 februari.", 6, align="J")
    pdf.ln(2)
    para(pdf, "Efter stämmans slut serveras kaffe.", 6)
    pdf.ln(8)
    pdf.cell(0, 6, "Välkomna!", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, "STYRELSEN", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(0, 6, "genom Gunnar Andersson, ordf.", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 3. 1978 hembygdsförening medlemsmöte, "Punkt 1" on its own line, title below, "Beslut: ..."
# ---------------------------------------------------------------------------------------
D3 = dict(
    file="1978-10-19_hembygdsforeningen-gamla-ljunga_protokoll.pdf", kind="protokoll",
    organ="Medlemsmöte", date="1978-10-19", start="19:00", end="21:10", location="Hembygdsgården, Ljunga",
    items=[
        It(1, "Punkt 1", "Mötets öppnande",
           "Ordföranden Sven Håkansson öppnade mötet kl. 19.00 och hälsade alla välkomna, särskilt de nya medlemmarna."),
        It(2, "Punkt 2", "Val av justeringsmän",
           dec="Att jämte ordföranden justera protokollet valdes Elsa Nyström och Ragnar Bengtsson."),
        It(3, "Punkt 3", "Godkännande av dagordningen", dec="Dagordningen godkändes."),
        It(4, "Punkt 4", "Föregående mötes protokoll",
           "Sekreteraren Margit Olsson läste upp protokollet från medlemsmötet den 20 april.",
           dec="Protokollet godkändes och lades till handlingarna.", pres=["Margit Olsson"]),
        It(5, "Punkt 5", "Ekonomisk rapport",
           "Kassören Gunnel Ahl redogjorde för föreningens ekonomi. Behållningen per den 30 september var 6 412 kronor.",
           dec="Rapporten godkändes.", pres=["Gunnel Ahl"]),
        It(6, "Punkt 6", "Restaurering av skvaltkvarnen",
           "Ragnar Bengtsson informerade om arbetet med skvaltkvarnen vid Ljungaån. Länsstyrelsen har lovat ett bidrag om 3 000 kronor.",
           dec="Mötet beslöt att arbetet skall fortsätta under våren 1979 och att styrelsen får i uppdrag att ordna en arbetsdag i maj.",
           pres=["Ragnar Bengtsson"]),
        It(7, "Punkt 7", "Julmarknad",
           dec="Julmarknad hålles på hembygdsgården söndagen den 10 december. Elsa Nyström utsågs att leda arbetet."),
        It(8, "Punkt 8", "Övriga frågor",
           "Frågan om nya fönsterluckor till ryggåsstugan väcktes.",
           dec="Styrelsen får i uppdrag att undersöka kostnaden."),
        It(9, "Punkt 9", "Mötets avslutande",
           "Ordföranden tackade för visat intresse och för kaffet. Mötet avslutades 21.10."),
    ],
    participants=[P("Sven Håkansson", "ordförande"), P("Margit Olsson", "sekreterare"),
                  P("Gunnel Ahl", "ledamot"), P("Elsa Nyström", "justerare"),
                  P("Ragnar Bengtsson", "justerare")],
    notes=("Invented minutes (serif TTF) of a medlemsmöte of Hembygdsföreningen Gamla Ljunga, 19 October 1978; "
           "organ 'Medlemsmöte'. Each item is 'Punkt N' in bold on its own line with the title in italics on "
           "the next line; printed_number 'Punkt N'. Decisions are the text after the label 'Beslut:' (label "
           "dropped). Punkt 1 and 9 have no Beslut line (decision null). Participants: the prose line "
           "'Närvarande: ordföranden Sven Håkansson, sekreteraren Margit Olsson, kassören Gunnel Ahl samt 38 "
           "medlemmar' (kassör -> ledamot; the 38 unnamed members are not entries) plus the two justeringsmän "
           "chosen in Punkt 2 (role justerare; Ragnar Bengtsson also presents Punkt 6). Presenters: Punkt 4 "
           "(läste upp — treated as presenting), Punkt 5 (redogjorde), Punkt 6 (informerade). Start from Punkt 1 "
           "'öppnade mötet kl. 19.00', end from 'Mötet avslutades 21.10'. Footer '- N -' page numbers."),
)


def render_d3(d, path):
    pdf = newpdf(margins=(28, 22, 25))
    addttf(pdf, "S", "liberation2/LiberationSerif-Regular.ttf", "liberation2/LiberationSerif-Bold.ttf",
           "liberation2/LiberationSerif-Italic.ttf")
    pdf.ftr = lambda p: (p.set_y(-15), p.set_font("S", "", 10),
                         p.cell(0, 5, f"- {p.page_no()} -", align="C"))
    pdf.add_page()
    pdf.set_font("S", "B", 16)
    pdf.cell(0, 8, "Hembygdsföreningen Gamla Ljunga", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("S", "", 12)
    pdf.cell(0, 6, "Protokoll fört vid medlemsmöte torsdagen den 19 oktober 1978 å Hembygdsgården, Ljunga.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Närvarande: ordföranden Sven Håkansson, sekreteraren Margit Olsson, kassören Gunnel Ahl "
              "samt 38 medlemmar.", 6)
    pdf.ln(4)
    for i in d["items"]:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("S", "B", 12)
        pdf.cell(0, 6, i["pn"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "I", 12)
        pdf.cell(0, 6, i["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("S", "", 12)
        if i["body"]:
            para(pdf, i["body"], 6)
        if i["dec"]:
            para(pdf, "Beslut: " + i["dec"], 6)
        pdf.ln(4)
    pdf.ln(6)
    pdf.cell(80, 6, "Vid protokollet")
    pdf.cell(0, 6, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(80, 6, "Margit Olsson")
    pdf.cell(0, 6, "Sven Håkansson", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(80, 6, "Elsa Nyström")
    pdf.cell(0, 6, "Ragnar Bengtsson", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 4. 1987 idrottsförening, kallelse/dagordning årsmöte, 20 points, styrelsens förslag section
# ---------------------------------------------------------------------------------------
_d4t = ["Årsmötets öppnande", "Fastställande av röstlängd för mötet", "Val av ordförande för mötet",
        "Val av sekreterare för mötet", "Val av två protokolljusterare, tillika rösträknare",
        "Fråga om mötet har utlysts på rätt sätt", "Fastställande av föredragningslista",
        "Styrelsens verksamhetsberättelse för 1986",
        "Förvaltningsberättelse (resultat- och balansräkning) för 1986", "Revisorernas berättelse",
        "Fråga om ansvarsfrihet för styrelsen", "Fastställande av medlemsavgifter för 1988",
        "Fastställande av verksamhetsplan och budget för 1987",
        "Behandling av styrelsens förslag och inkomna motioner",
        "Val av föreningens ordförande för en tid av ett år",
        "Val av halva antalet styrelseledamöter för en tid av två år",
        "Val av två revisorer jämte suppleanter", "Val av valberedning",
        "Övriga frågor (ej beslutsärenden)", "Årsmötets avslutande"]
D4 = dict(
    file="1987-02-22_norrviks-if_kallelse.pdf", kind="kallelse", organ="Årsmöte",
    date="1987-02-22", start="15:00", end=None, location="Klubbstugan, Norrvallen",
    items=[It(k + 1, f"{k + 1}.", t) for k, t in enumerate(_d4t)],
    participants=None,
    notes=("Invented kallelse (Courier, 2 pages) of Norrviks Idrottsförening to its ordinarie årsmöte on "
           "Sunday 22 February 1987; organ 'Årsmöte'. Tid/Plats lines: 'kl. 15.00', 'Klubbstugan, Norrvallen'. "
           "Dagordning 1.-20. (printed '1.' etc). The section 'STYRELSENS FÖRSLAG' on page 2 gives proposals "
           "'Till punkt 12:' and 'Till punkt 14:'; each is assigned as the proposal of that item (the "
           "'Till punkt N:' lead-in dropped, the sentence 'Styrelsen föreslår att ...' kept whole). No "
           "decisions. No people are listed as called (signed only 'Styrelsen'), so the participants key "
           "is omitted. The motion deadline (8 februari) and 'Handlingar finns tillgängliga ...' are not items."),
)
D4["items"][11]["prop"] = ("Styrelsen föreslår att medlemsavgiften för 1988 fastställs till 150 kr för seniorer, "
                           "75 kr för juniorer och 300 kr för familj.")
D4["items"][13]["prop"] = ("Styrelsen föreslår att föreningen bildar en orienteringssektion från och med den "
                           "1 april 1987 och att sektionen får disponera 5 000 kr ur föreningens fond.")


def render_d4(d, path):
    pdf = newpdf(margins=(25, 20, 25))
    addttf(pdf, "TW", "liberation2/LiberationMono-Regular.ttf", "liberation2/LiberationMono-Bold.ttf")
    pdf.ftr = lambda p: (p.set_y(-15), p.set_font("TW", "", 9),
                         p.cell(0, 5, f"Norrviks IF - Kallelse årsmöte 1987 - sid {p.page_no()}", align="R"))
    pdf.add_page()
    pdf.set_font("TW", "B", 14)
    pdf.cell(0, 7, "NORRVIKS IDROTTSFÖRENING", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("TW", "", 10)
    pdf.cell(0, 5, "Box 41, 915 30 Norrvik", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("TW", "B", 13)
    pdf.cell(0, 7, "KALLELSE TILL ÅRSMÖTE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("TW", "", 11)
    para(pdf, "Medlemmarna i Norrviks Idrottsförening kallas härmed till ordinarie årsmöte.", 5.5)
    pdf.ln(2)
    pdf.cell(20, 5.5, "Tid:")
    pdf.cell(0, 5.5, "Söndagen den 22 februari 1987 kl. 15.00", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(20, 5.5, "Plats:")
    pdf.cell(0, 5.5, "Klubbstugan, Norrvallen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("TW", "BU", 11)
    pdf.cell(0, 5.5, "DAGORDNING", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("TW", "", 11)
    for i in d["items"]:
        pdf.set_x(28)
        pdf.cell(10, 5.5, i["pn"].rjust(3))
        pdf.multi_cell(0, 5.5, i["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    para(pdf, "Motioner skall vara styrelsen tillhanda senast den 8 februari 1987. Handlingar finns "
              "tillgängliga i klubbstugan från den 15 februari.", 5.5)
    pdf.add_page()
    pdf.set_font("TW", "BU", 11)
    pdf.cell(0, 5.5, "STYRELSENS FÖRSLAG", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for i in d["items"]:
        if i["prop"]:
            pdf.set_font("TW", "B", 11)
            pdf.cell(0, 5.5, f"Till punkt {i['n']}: {i['title']}", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("TW", "", 11)
            para(pdf, i["prop"], 5.5)
            pdf.ln(4)
    pdf.ln(6)
    pdf.cell(0, 5.5, "Efter mötet bjuder föreningen på kaffe och smörgås.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 5.5, "Välkomna!", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5.5, "Styrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 5. 1994 samfällighetsförening årsstämma, § 1 CAPITAL TITLES same line, Stämman beslöt att
# ---------------------------------------------------------------------------------------
D5 = dict(
    file="1994-05-18_bjorkhagens-samfallighetsforening_protokoll.pdf", kind="protokoll",
    organ="Årsstämma", date="1994-05-18", start="19:00", end="20:45",
    location="Björkhagens skola, matsalen",
    items=[
        It(1, "§ 1", "STÄMMANS ÖPPNANDE",
           "Föreningens ordförande Lars Ekström öppnade stämman kl. 19.00 och hälsade de närvarande välkomna."),
        It(2, "§ 2", "VAL AV ORDFÖRANDE FÖR STÄMMAN",
           dec="Stämman beslöt att välja Lars Ekström till ordförande för stämman."),
        It(3, "§ 3", "VAL AV SEKRETERARE FÖR STÄMMAN",
           dec="Stämman beslöt att välja Annika Fors till sekreterare för stämman."),
        It(4, "§ 4", "VAL AV TVÅ JUSTERARE TILLIKA RÖSTRÄKNARE",
           dec="Stämman beslöt att välja Bengt Holmgren och Ulla Sjöberg att jämte ordföranden justera protokollet samt att vara rösträknare."),
        It(5, "§ 5", "GODKÄNNANDE AV RÖSTLÄNGD",
           "27 fastigheter var representerade, varav 3 genom fullmakt.",
           dec="Stämman beslöt att godkänna röstlängden.", att=["Röstlängd"]),
        It(6, "§ 6", "FRÅGA OM KALLELSE BEHÖRIGEN SKETT",
           dec="Stämman beslöt att förklara stämman behörigen kallad."),
        It(7, "§ 7", "STYRELSENS OCH REVISORERNAS BERÄTTELSER",
           "Kassören Roger Lind redogjorde för förvaltningsberättelsen för 1993 och läste upp revisionsberättelsen.",
           dec="Stämman beslöt att lägga berättelserna till handlingarna.", pres=["Roger Lind"],
           att=["Förvaltningsberättelse 1993", "Revisionsberättelse 1993"]),
        It(8, "§ 8", "ANSVARSFRIHET FÖR STYRELSEN",
           dec="Stämman beslöt att bevilja styrelsen ansvarsfrihet för verksamhetsåret 1993."),
        It(9, "§ 9", "FRAMSTÄLLNINGAR FRÅN STYRELSEN OCH MOTIONER FRÅN MEDLEMMARNA",
           "En motion om farthinder på Björkvägen hade inkommit från Eva Strand. Styrelsen föreslog avslag med hänvisning till att vägen sköts av kommunen.",
           dec="Stämman beslöt att avslå motionen."),
        It(10, "§ 10", "ERSÄTTNING TILL STYRELSE OCH REVISORER",
           dec="Stämman beslöt att arvode till styrelsen skall utgå med 4 000 kr att fördelas inom styrelsen och att revisorerna skall arbeta utan arvode."),
        It(11, "§ 11", "UTGIFTS- OCH INKOMSTSTAT SAMT DEBITERINGSLÄNGD",
           prop="Utgifts- och inkomststat för 1994/95 om 86 400 kr samt debiteringslängd om 1 200 kr per andel.",
           dec="Stämman beslöt att fastställa styrelsens förslag till utgifts- och inkomststat samt att fastställa debiteringslängden till totalt 86 400 kr, motsvarande 1 200 kr per andel för 72 andelar, att betalas senast den 30 september 1994.",
           att=["Debiteringslängd 1994/95"]),
        It(12, "§ 12", "VAL AV STYRELSELEDAMÖTER OCH SUPPLEANTER",
           dec="Stämman beslöt att för en tid av två år omvälja Lars Ekström och Roger Lind till ordinarie ledamöter samt att för en tid av ett år nyvälja Kjell Berg till suppleant."),
        It(13, "§ 13", "VAL AV REVISORER OCH SUPPLEANTER",
           dec="Stämman beslöt att välja Gun Åström till revisor och Tore Nyman till revisorssuppleant."),
        It(14, "§ 14", "ÖVRIGA FRÅGOR",
           "Frågan om en gemensam städdag i juni togs upp. Styrelsen återkommer till medlemmarna med datum."),
        It(15, "§ 15", "STÄMMANS AVSLUTANDE",
           "Ordföranden tackade de närvarande och förklarade stämman avslutad kl. 20.45. Protokollet hålles tillgängligt hos ordföranden från den 1 juni 1994."),
    ],
    participants=[P("Lars Ekström", "ordförande"), P("Annika Fors", "sekreterare"),
                  P("Bengt Holmgren", "justerare"), P("Ulla Sjöberg", "justerare")],
    notes=("Invented minutes (Times, 2 pages) of the ordinarie årsstämma of Björkhagens "
           "samfällighetsförening, 18 May 1994; organ 'Årsstämma' (as printed in the title). Running header "
           "with org.nr, footer 'Sida N av M'. Items '§ 1'-'§ 15', number and title on one bold line; titles "
           "are printed in CAPITALS and kept in capitals. Decisions are the 'Stämman beslöt att ...' sentences. "
           "§ 11 has a line 'Styrelsens förslag:' -> proposal; § 9's 'Styrelsen föreslog avslag ...' is "
           "discussion, not under a label, so proposal null. Attachments from the 'Bilaga:' lines (§ 5, § 7, "
           "§ 11), label dropped. § 1, § 14 (no decision recorded) and § 15 have decision null. Participants "
           "are only the named functionaries: ordförande and sekreterare of the stämma (§§ 2-3) and the two "
           "justerare (§ 4); 'Närvarande: 27 fastigheter ... enligt bilagd röstlängd' names nobody. Roger "
           "Lind (presenter § 7), Eva Strand (motionär) and the persons elected in §§ 12-13 are not listed as "
           "present and are not participants. Debiteringslängd amount 86 400 kr (1 200 kr per andel) in § 11."),
)


def render_d5(d, path):
    pdf = newpdf(margins=(25, 18, 25))

    def hdr(p):
        p.set_font("Times", "I", 9)
        p.cell(0, 4, "Björkhagens samfällighetsförening   org.nr 716417-2290", new_x="LMARGIN", new_y="NEXT")
        p.line(25, p.get_y() + 1, 185, p.get_y() + 1)
        p.ln(8)

    pdf.hdr = hdr
    pdf.ftr = lambda p: (p.set_y(-15), p.set_font("Times", "", 9),
                         p.cell(0, 5, f"Sida {p.page_no()} av {{nb}}", align="C"))
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 9, "PROTOKOLL", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "fört vid ordinarie årsstämma med Björkhagens samfällighetsförening",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for k, v in [("Datum:", "1994-05-18"), ("Plats:", "Björkhagens skola, matsalen"),
                 ("Närvarande:", "27 fastigheter representerade enligt bilagd röstlängd (bilaga 1)")]:
        pdf.set_font("Times", "B", 12)
        pdf.cell(28, 6, k)
        pdf.set_font("Times", "", 12)
        pdf.cell(0, 6, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for i in d["items"]:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Times", "B", 12)
        pdf.multi_cell(0, 6, f"{i['pn']}  {i['title']}", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Times", "", 12)
        if i["body"]:
            para(pdf, i["body"], 5.5, align="J")
        if i["prop"]:
            para(pdf, "Styrelsens förslag: " + i["prop"], 5.5)
        if i["dec"]:
            para(pdf, i["dec"], 5.5, align="J")
        for a in i["att"]:
            pdf.set_font("Times", "I", 11)
            para(pdf, "Bilaga: " + a, 5.5)
        pdf.ln(3.5)
    pdf.ln(8)
    pdf.set_font("Times", "", 12)
    pdf.cell(85, 6, "Vid protokollet")
    pdf.cell(0, 6, "Ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(85, 6, "Annika Fors")
    pdf.cell(0, 6, "Lars Ekström", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 6, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(85, 6, "Bengt Holmgren")
    pdf.cell(0, 6, "Ulla Sjöberg", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 6. 2007 bostadsrättsförening styrelsemöte, two-column table, Närvarande table
# ---------------------------------------------------------------------------------------
D6 = dict(
    file="2007-09-11_brf-lindblomman-3_protokoll.pdf", kind="protokoll", organ="Styrelsen",
    date="2007-09-11", start="18:30", end="20:40", location="Föreningslokalen, Lindvägen 14 B",
    items=[
        It(1, "1", "Mötets öppnande", "Ordföranden öppnade mötet och hälsade förvaltaren välkommen."),
        It(2, "2", "Val av justerare",
           dec="Styrelsen beslutade att utse Sofia Berglund att jämte ordföranden justera protokollet."),
        It(3, "3", "Godkännande av dagordning", dec="Dagordningen godkändes."),
        It(4, "4", "Föregående protokoll",
           dec="Protokoll 2007:5 från den 14 augusti gicks igenom och lades till handlingarna."),
        It(5, "5", "Ekonomisk rapport",
           "Per-Olof Granath redogjorde för resultatet per den 31 augusti. Likviditeten är god och avgiftsinbetalningarna följer budget.",
           dec="Styrelsen beslutade att lägga rapporten till handlingarna.", pres=["Per-Olof Granath"]),
        It(6, "6", "Förvaltarens rapport",
           "Karin Ahlgren informerade om pågående felanmälningar och om att OVK-besiktningen är beställd till vecka 42.",
           pres=["Karin Ahlgren"]),
        It(7, "7", "Stambyte - offerter",
           "Tre offerter har inkommit. Offerten från Rörbolaget i Mälardalen AB är lägst, 4 850 000 kr exkl. moms.",
           dec="Styrelsen beslutade att gå vidare med Rörbolaget i Mälardalen AB och att kalla till extra föreningsstämma den 23 oktober 2007 för beslut om stambyte.",
           att=["Offertsammanställning stambyte"]),
        It(8, "8", "Andrahandsuthyrning lgh 1104",
           "Ansökan om andrahandsuthyrning under ett år p.g.a. arbete utomlands har inkommit.",
           dec="Styrelsen beslutade att bevilja ansökan för tiden 1 oktober 2007 till 30 september 2008."),
        It(9, "9", "Övriga frågor",
           "Tomas Rehn informerade om klagomål på bokningssystemet i tvättstugan.", pres=["Tomas Rehn"]),
        It(10, "10", "Nästa möte och mötets avslutande",
           "Nästa möte hålls tisdagen den 9 oktober 2007 kl. 18.30. Ordföranden avslutade mötet."),
    ],
    participants=[P("Maria Sandberg", "ordförande"), P("Jonas Wikström", "vice ordförande"),
                  P("Leila Haddad", "sekreterare"), P("Per-Olof Granath", "ledamot"),
                  P("Sofia Berglund", "justerare"), P("Tomas Rehn", "ersättare"),
                  P("Karin Ahlgren", "övrig", "Fastighetsbyrån Norr AB")],
    notes=("Invented styrelseprotokoll 2007:6 (Helvetica) of Brf Lindblomman 3, 11 September 2007; organ "
           "'Styrelsen'. Header with org.nr and protocol number, footer 'Sida N av M'. Time 'kl. 18.30-20.40' "
           "in the head block gives start and end. Items are rows of a two-column table 'Punkt | Ärende och "
           "beslut'; the first line of each cell (bold) is the title; printed_number is the bare number. "
           "Decisions: the sentence(s) recording what was decided ('Styrelsen beslutade att ...', 'Dagordningen "
           "godkändes.', '... lades till handlingarna.'); no 'Beslut' label is used. Items 1, 6, 9 and 10 "
           "record no decision. Attachment from the 'Bilaga:' line of item 7. Participants from the "
           "'Närvarande' table (Namn | Roll): Kassör -> ledamot, Suppleant -> ersättare, the förvaltare -> "
           "övrig with her company as organization. Sofia Berglund (Ledamot) is justerare per item 2: one "
           "entry, role 'justerare' (ledamot is not a higher role). Ahmed Yusuf is listed under 'Frånvarande' "
           "and is excluded. Presenters: items 5 (redogjorde), 6 and 9 (informerade)."),
)


def render_d6(d, path):
    pdf = newpdf(margins=(22, 18, 22))

    def hdr(p):
        p.set_font("Helvetica", "B", 9)
        p.cell(100, 4, "Brf Lindblomman 3")
        p.set_font("Helvetica", "", 9)
        p.cell(0, 4, "Styrelseprotokoll 2007:6", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, "Org.nr 769608-4412", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)

    pdf.hdr = hdr
    pdf.ftr = lambda p: (p.set_y(-14), p.set_font("Helvetica", "", 8),
                         p.cell(0, 4, f"Sida {p.page_no()} av {{nb}}", align="R"))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 15)
    pdf.cell(0, 8, "Protokoll fört vid styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5, "Datum: 2007-09-11, kl. 18.30-20.40", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Plats: Föreningslokalen, Lindvägen 14 B", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    rolemap = {"ordförande": "Ordförande", "vice ordförande": "Vice ordförande",
               "sekreterare": "Sekreterare"}
    shown = {"Per-Olof Granath": "Kassör", "Sofia Berglund": "Ledamot", "Tomas Rehn": "Suppleant",
             "Karin Ahlgren": "Förvaltare, Fastighetsbyrån Norr AB"}
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(60, 106), text_align="LEFT", line_height=6,
                   first_row_as_headings=True) as t:
        r = t.row(); r.cell("Namn"); r.cell("Roll")
        for p in d["participants"]:
            r = t.row(); r.cell(p["name"]); r.cell(shown.get(p["name"]) or rolemap[p["role"]])
    pdf.ln(2)
    pdf.cell(0, 5, "Frånvarande: Ahmed Yusuf (ledamot)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 10)
    with pdf.table(col_widths=(18, 148), text_align="LEFT", line_height=5.2,
                   first_row_as_headings=True, markdown=True, v_align="TOP") as t:
        r = t.row(); r.cell("Punkt"); r.cell("Ärende och beslut")
        for i in d["items"]:
            r = t.row()
            r.cell(i["pn"])
            parts = [f"**{i['title']}**"]
            if i["body"]:
                parts.append(i["body"])
            if i["dec"]:
                parts.append(i["dec"])
            for a in i["att"]:
                parts.append("Bilaga: " + a)
            r.cell("\n".join(parts))
    pdf.ln(10)
    pdf.cell(85, 5, "Vid protokollet")
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(85, 5, "Leila Haddad, sekreterare")
    pdf.cell(0, 5, "Maria Sandberg, ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(85, 5, "")
    pdf.cell(0, 5, "Sofia Berglund", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 7. 2019 Finland-Swedish ungdomsförening r.f. årsmöte, "1 §" in a margin column
# ---------------------------------------------------------------------------------------
D7 = dict(
    file="2019-03-14_sjobacka-ungdomsforening_protokoll.pdf", kind="protokoll", organ="Årsmöte",
    date="2019-03-14", start="18:30", end="20:05", location="Ungdomslokalen Furuborg, Sjöbacka",
    items=[
        It(1, "1 §", "Mötets öppnande",
           "Föreningens ordförande Jonna Sundqvist öppnade mötet kl. 18.30 och hälsade de närvarande välkomna."),
        It(2, "2 §", "Val av mötesfunktionärer",
           dec="Till ordförande för mötet valdes Kaj Björkman och till sekreterare Emma Nordling. Till protokolljusterare tillika rösträknare valdes Linus Back och Sara Granholm."),
        It(3, "3 §", "Mötets laglighet och beslutförhet",
           "Kallelsen har publicerats i Vasabladet 28.2.2019 och på föreningens webbsida i enlighet med stadgarna.",
           dec="Mötet förklarades lagligen sammankallat och beslutfört."),
        It(4, "4 §", "Godkännande av föredragningslistan",
           dec="Föredragningslistan godkändes med tillägget att frågan om hyrespriser behandlas som 12 §."),
        It(5, "5 §", "Verksamhetsberättelse för år 2018",
           "Sekreteraren Emma Nordling föredrog verksamhetsberättelsen.",
           dec="Verksamhetsberättelsen godkändes.", pres=["Emma Nordling"], att=["Verksamhetsberättelse 2018"]),
        It(6, "6 §", "Bokslut och verksamhetsgranskarens berättelse",
           "Kassören Mikael Holm presenterade bokslutet för år 2018, som visar ett överskott på 2 315,40 euro. Verksamhetsgranskaren Birgitta Lassila redogjorde för sin berättelse.",
           dec="Bokslutet fastställdes.", pres=["Mikael Holm", "Birgitta Lassila"],
           att=["Bokslut 2018", "Verksamhetsgranskarens berättelse"]),
        It(7, "7 §", "Ansvarsfrihet",
           dec="Styrelsen och övriga redovisningsskyldiga beviljades ansvarsfrihet för räkenskapsåret 2018."),
        It(8, "8 §", "Verksamhetsplan och budget för år 2019",
           dec="Verksamhetsplanen och budgeten för år 2019 godkändes enligt styrelsens förslag."),
        It(9, "9 §", "Medlemsavgift för år 2020",
           prop="15 euro för vuxna och 8 euro för barn under 18 år.",
           dec="Medlemsavgiften för år 2020 fastställdes till 15 euro för vuxna och 8 euro för barn under 18 år."),
        It(10, "10 §", "Val av ordförande och styrelsemedlemmar",
           dec="Till ordförande för år 2020 återvaldes Jonna Sundqvist. Till styrelsemedlemmar för åren 2020–2021 valdes Mikael Holm, Tove Ek och Patrik Strandvall."),
        It(11, "11 §", "Val av verksamhetsgranskare",
           dec="Till verksamhetsgranskare valdes Birgitta Lassila och till ersättare Henrik Lindvik."),
        It(12, "12 §", "Hyrespriser för ungdomslokalen",
           "Frågan om hyrespriser för ungdomslokalen diskuterades. Flera medlemmar framförde att priserna för privata fester är låga jämfört med grannföreningarnas.",
           dec="Mötet beslöt att styrelsen fastställer nya hyrespriser före 1.6.2019."),
        It(13, "13 §", "Mötets avslutande",
           "Mötesordföranden tackade för ett aktivt möte och avslutade mötet kl. 20.05."),
    ],
    participants=[P("Kaj Björkman", "ordförande"), P("Emma Nordling", "sekreterare"),
                  P("Linus Back", "justerare"), P("Sara Granholm", "justerare")],
    notes=("Invented Finland-Swedish minutes (Liberation Sans) of the årsmöte of Sjöbacka ungdomsförening r.f., "
           "14.3.2019; organ 'Årsmöte'. Header with FO-nummer, footer 'Sida N / M'. Items '1 §'-'13 §' "
           "(number before the sign) printed in a left margin column, the bold title beside it. Decisions are "
           "the recorded outcome sentences (valdes, förklarades, godkändes, fastställdes, beviljades, beslöt). "
           "In 2 § the decision holds both sentences (chair/secretary and justerare). 9 § has a "
           "'Styrelsens förslag:' line -> proposal (label dropped); 8 §'s 'enligt styrelsens förslag' is part "
           "of the decision, proposal null. Attachments from 'Bilaga:' lines (5 §, 6 §). 1 § and 13 § have no "
           "decision. Participants: only the elected functionaries of 2 § (mötesordförande -> ordförande, "
           "sekreterare, two justerare); 'Närvarande: 23 medlemmar enligt närvarolista' names nobody; the "
           "association's own chair Jonna Sundqvist (who opened the meeting) is not listed as present and is "
           "not a participant (alternative: include her as ledamot). Presenters: 5 § (föredrog), 6 § "
           "(presenterade, redogjorde). Meeting time 'kl. 18.30' and '20.05' from 1 § and 13 §."),
)


def render_d7(d, path):
    pdf = newpdf(margins=(20, 18, 20))
    addttf(pdf, "LS", "liberation2/LiberationSans-Regular.ttf", "liberation2/LiberationSans-Bold.ttf")

    def hdr(p):
        p.set_font("LS", "B", 10)
        p.cell(110, 5, "Sjöbacka ungdomsförening r.f.")
        p.set_font("LS", "", 10)
        p.cell(0, 5, "PROTOKOLL 1/2019", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font("LS", "", 8)
        p.cell(110, 4, "FO-nummer 0876543-2")
        p.cell(0, 4, "14.3.2019", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(8)

    pdf.hdr = hdr
    pdf.ftr = lambda p: (p.set_y(-14), p.set_font("LS", "", 8),
                         p.cell(0, 4, f"Sida {p.page_no()} / {{nb}}", align="C"))
    pdf.add_page()
    pdf.set_font("LS", "B", 14)
    pdf.cell(0, 7, "ÅRSMÖTE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("LS", "", 10.5)
    for k, v in [("Tid", "torsdag 14.3.2019 kl. 18.30"), ("Plats", "Ungdomslokalen Furuborg, Sjöbacka"),
                 ("Närvarande", "23 medlemmar enligt närvarolista (bilaga 1)")]:
        pdf.cell(30, 5.5, k)
        pdf.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for i in d["items"]:
        if pdf.get_y() > 245:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("LS", "B", 10.5)
        pdf.cell(22, 5.5, i["pn"])
        pdf.multi_cell(0, 5.5, i["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("LS", "", 10.5)
        if i["body"]:
            para(pdf, i["body"], 5.3, x=42)
            pdf.ln(1)
        if i["prop"]:
            para(pdf, "Styrelsens förslag: " + i["prop"], 5.3, x=42)
            pdf.ln(1)
        if i["dec"]:
            para(pdf, i["dec"], 5.3, x=42)
        for a in i["att"]:
            para(pdf, "Bilaga: " + a, 5.3, x=42)
        pdf.ln(4)
    pdf.ln(6)
    pdf.cell(85, 5, "Kaj Björkman")
    pdf.cell(0, 5, "Emma Nordling", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(85, 5, "ordförande")
    pdf.cell(0, 5, "sekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(0, 5, "Protokollet justerat 18.3.2019", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(85, 5, "Linus Back")
    pdf.cell(0, 5, "Sara Granholm", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------------------------------
# 8. 2023 student union section, sektionsmöte, §1 ... §7.1, yrkanden, votering
# ---------------------------------------------------------------------------------------
D8 = dict(
    file="2023-11-22_d-sektionen_protokoll.pdf", kind="protokoll", organ="Sektionsmöte",
    date="2023-11-22", start="17:15", end="19:42", location="Kårhuset, sal K1",
    items=[
        It(1, "§1", "Mötets öppnande", "Mötet öppnades 17:15 av sektionsordförande Oscar Dahl."),
        It(2, "§2", "Val av mötesordförande",
           dec="Mötet beslutar att välja Hugo Lindahl till mötesordförande."),
        It(3, "§3", "Val av mötessekreterare",
           dec="Mötet beslutar att välja Alva Nyberg till mötessekreterare."),
        It(4, "§4", "Val av justerare tillika rösträknare",
           dec="Mötet beslutar att välja Filip Wahlström och Nora Ek till justerare tillika rösträknare."),
        It(5, "§5", "Mötets behöriga utlysande",
           "Kallelsen skickades ut 2023-11-08 via e-post och anslogs i sektionslokalen.",
           dec="Mötet beslutar att anse mötet behörigen utlyst."),
        It(6, "§6", "Fastställande av föredragningslista",
           dec="Mötet beslutar att fastställa föredragningslistan."),
        It(7, "§7", "Motioner", "Två motioner har inkommit till mötet."),
        It(7, "§7.1", "Motion om nya sektionsoveraller",
           "Maja Björk föredrar motionen, som föreslår att sektionen tar fram nya overaller i sektionens färg och att sektionen står för halva kostnaden.\n"
           "Elias Sund yrkar avslag på motionen.\nMaja Björk yrkar bifall till motionen.\n"
           "Votering begärs. Röstsiffror: 31 för bifall, 9 för avslag, 4 nedlagda.",
           prop="att bifalla motionen.", dec="Mötet beslutar att bifalla motionen.", pres=["Maja Björk"]),
        It(7, "§7.2", "Motion om veganska alternativ vid sittningar",
           "Liam Forsberg föredrar motionen.\nWilma Hägg yrkar bifall till styrelsens förslag.",
           prop="att bifalla motionen med ändringen att kravet gäller alla sittningar från och med vårterminen 2024.",
           dec="Mötet beslutar att bifalla motionen med styrelsens ändring.", pres=["Liam Forsberg"]),
        It(8, "§8", "Ekonomisk rapport",
           "Kassör Ebba Lund föredrar den ekonomiska rapporten för perioden juli–oktober.",
           dec="Mötet beslutar att lägga rapporten till handlingarna.", pres=["Ebba Lund"],
           att=["Ekonomisk rapport Q1 2023/24"]),
        It(9, "§9", "Val av valberedning",
           dec="Mötet beslutar att välja Wilma Hägg och Elias Sund till valberedning för verksamhetsåret 2024."),
        It(10, "§10", "Övriga frågor", "Inga övriga frågor."),
        It(11, "§11", "Mötets avslutande", "Mötesordförande Hugo Lindahl förklarar mötet avslutat 19:42."),
    ],
    participants=[P("Hugo Lindahl", "ordförande"), P("Alva Nyberg", "sekreterare"),
                  P("Filip Wahlström", "justerare"), P("Nora Ek", "justerare"),
                  P("Oscar Dahl", "ledamot"), P("Ebba Lund", "ledamot"), P("Maja Björk", "ledamot"),
                  P("Elias Sund", "ledamot"), P("Liam Forsberg", "ledamot"), P("Wilma Hägg", "ledamot"),
                  P("Ida Sjögren", "ledamot"), P("Axel Moberg", "ledamot")],
    notes=("Invented minutes (DejaVu Sans, header and 'Sida N av M' footer) of Sektionsmöte 2 2023/24 of "
           "D-sektionen inom Östra teknologkåren, 22 November 2023; organ 'Sektionsmöte'. Items §1-§11 with "
           "number and bold title on one line; §7 'Motioner' has two sub-points §7.1 and §7.2, each with its "
           "own heading AND decision, so they are separate items with number 7 (printed '§7.1', '§7.2'); §7 "
           "itself is also an item (decision null). In §7.1/§7.2 the 'Styrelsens förslag:' line is the proposal "
           "(label dropped); yrkanden, votering and röstsiffror are not part of the decision, which is the "
           "'Mötet beslutar att ...' sentence. Presenters: motionärer who 'föredrar' (§7.1 Maja Björk, §7.2 "
           "Liam Forsberg) and §8 Ebba Lund. Participants from the 'Närvarande' list: mötesordförande -> "
           "ordförande, mötessekreterare -> sekreterare, the two justerare tillika rösträknare -> justerare, "
           "everyone else (including the sektionsordförande and kassör, printed without role) -> ledamot. "
           "Start 17:15 from §1, end 19:42 from §11."),
)


def render_d8(d, path):
    pdf = newpdf(margins=(22, 20, 22))
    addttf(pdf, "DV", "dejavu/DejaVuSans.ttf", "dejavu/DejaVuSans-Bold.ttf", "dejavu/DejaVuSans-Oblique.ttf")

    def hdr(p):
        p.set_font("DV", "", 8)
        p.set_text_color(110)
        p.cell(0, 4, "D-sektionen inom Östra teknologkåren  |  Protokoll Sektionsmöte 2 2023/24  |  2023-11-22",
               new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0)
        p.ln(6)

    pdf.hdr = hdr
    pdf.ftr = lambda p: (p.set_y(-14), p.set_font("DV", "", 8),
                         p.cell(0, 4, f"Sida {p.page_no()} av {{nb}}", align="R"))
    pdf.add_page()
    pdf.set_font("DV", "B", 16)
    pdf.cell(0, 9, "Protokoll – Sektionsmöte 2 2023/24", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "Datum: 2023-11-22", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Plats: Kårhuset, sal K1", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 5, f"Närvarande ({len(d['participants'])} st)", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9.5)
    lab = {"ordförande": ", mötesordförande", "sekreterare": ", mötessekreterare",
           "justerare": ", justerare tillika rösträknare", "ledamot": ""}
    for p in d["participants"]:
        pdf.cell(0, 4.8, "• " + p["name"] + lab[p["role"]], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for i in d["items"]:
        if pdf.get_y() > 240:
            pdf.add_page()
        sub = "." in i["pn"]
        x = 30 if sub else 22
        pdf.set_x(x)
        pdf.set_font("DV", "B", 11 if not sub else 10)
        pdf.multi_cell(0, 6, f"{i['pn']} {i['title']}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        if i["body"]:
            para(pdf, i["body"], 5, x=x)
        if i["prop"]:
            para(pdf, "Styrelsens förslag: " + i["prop"], 5, x=x)
        if i["dec"]:
            pdf.set_font("DV", "B", 10)
            para(pdf, i["dec"], 5, x=x)
            pdf.set_font("DV", "", 10)
        for a in i["att"]:
            para(pdf, "Bilaga: " + a, 5, x=x)
        pdf.ln(3)
    pdf.ln(6)
    for a, b in [("Hugo Lindahl", "Alva Nyberg"), ("Mötesordförande", "Mötessekreterare"),
                 ("", ""), ("Filip Wahlström", "Nora Ek"), ("Justerare", "Justerare")]:
        pdf.cell(85, 5, a)
        pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


DOCS = [(D1, render_d1, True), (D2, render_d2, False), (D3, render_d3, False), (D4, render_d4, False),
        (D5, render_d5, False), (D6, render_d6, False), (D7, render_d7, False), (D8, render_d8, False)]


def main():
    for d, fn, scanned in DOCS:
        path = os.path.join(OUT, d["file"])
        fn(d, path)
        pc = len(pdfium.PdfDocument(path))
        g = {"file": d["file"], "kind": d["kind"], "organ": d["organ"], "meeting_date": d["date"],
             "page_count": pc, "scanned": scanned,
             "meeting": {"start_time": d["start"], "end_time": d["end"], "location": d["location"]},
             "items": gold_items(d["items"])}
        if d["participants"] is not None:
            g["participants"] = d["participants"]
        g["notes"] = d["notes"]
        with open(path[:-4] + ".gold.json", "w", encoding="utf-8") as f:
            json.dump(g, f, ensure_ascii=False, indent=1)
            f.write("\n")
        print(d["file"], pc, "pages", len(g["items"]), "items")


if __name__ == "__main__":
    main()
