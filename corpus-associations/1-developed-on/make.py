#!/usr/bin/env python3
"""Generate 10 invented Swedish association meeting documents (PDF) with hand-made gold files.

Run: /work/main/.venv/bin/python /work/assocset/make.py
Every name, association and place is invented.
The gold for each document is built from the very strings that are put on the page.
"""
import io
import json
import os
import random

from fpdf import FPDF
from fpdf.enums import XPos, YPos
from fpdf.fonts import FontFace

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"
NL = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# ----------------------------------------------------------------------------- helpers
class Doc(FPDF):
    def __init__(self, header_text=None, footer_fmt=None, hfont=("DejaVu", "", 8), **kw):
        super().__init__(format="A4", unit="mm", **kw)
        self.header_text = header_text
        self.footer_fmt = footer_fmt
        self.hfont = hfont
        for fam, files in {
            "DejaVu": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf"),
            "DejaVuSerif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf"),
            "DejaVuCond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf",
                           "DejaVuSansCondensed-Oblique.ttf"),
            "DejaVuMono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf"),
        }.items():
            self.add_font(fam, "", FD + files[0])
            self.add_font(fam, "B", FD + files[1])
            self.add_font(fam, "I", FD + files[2])
        self.alias_nb_pages()

    def header(self):
        if self.header_text:
            self.set_font(*self.hfont)
            self.set_text_color(80, 80, 80)
            self.cell(0, 5, self.header_text, align="L")
            self.ln(4)
            self.set_draw_color(150, 150, 150)
            self.line(self.l_margin, self.get_y(), self.w - self.r_margin, self.get_y())
            self.ln(6)
            self.set_text_color(0, 0, 0)

    def footer(self):
        if self.footer_fmt:
            self.set_y(-14)
            self.set_font(*self.hfont)
            self.set_text_color(80, 80, 80)
            self.cell(0, 6, self.footer_fmt.format(p=self.page_no(), nb="{nb}"), align="C")
            self.set_text_color(0, 0, 0)


def para(pdf, text, h=5.5, style="", size=None, family=None, indent=0, after=1.5, align="L"):
    if family or size or style is not None:
        pdf.set_font(family or pdf.font_family, style, size or pdf.font_size_pt)
    if indent:
        pdf.set_x(pdf.l_margin + indent)
    pdf.multi_cell(pdf.w - pdf.r_margin - pdf.get_x(), h, text, align=align, **NL)
    pdf.ln(after)


def mkitem(number, printed, title, paras, presenters=(), sched=None):
    """paras: list of (kind, text[, label]); kind in text|dec|beslut|prop."""
    dec = [p[1] for p in paras if p[0] in ("dec", "beslut")]
    prop = [p[1] for p in paras if p[0] == "prop"]
    return {
        "number": number, "printed_number": printed, "title": title, "section": None,
        "presenters": list(presenters), "scheduled_time": sched,
        "proposal": " ".join(prop) if prop else None,
        "decision": " ".join(dec) if dec else None,
        "attachments": [],
        "_paras": paras,
    }


def P(name, role, org=None):
    return {"name": name, "party": None, "organization": org, "role": role}


def write(name, pdf_bytes, gold, page_count):
    with open(os.path.join(OUT, name + ".pdf"), "wb") as f:
        f.write(pdf_bytes)
    items = [{k: v for k, v in it.items() if not k.startswith("_")} for it in gold.pop("items_raw")]
    g = {"file": name + ".pdf"}
    g.update({k: gold[k] for k in ("kind", "organ", "meeting_date")})
    g["page_count"] = page_count
    g["scanned"] = gold.get("scanned", False)
    g["meeting"] = gold["meeting"]
    g["items"] = items
    if gold.get("participants") is not None:
        g["participants"] = gold["participants"]
    g["notes"] = gold["notes"]
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def finish(pdf):
    return bytes(pdf.output()), pdf.pages_count


def signatures(pdf, blocks, family, size=10, gap=14):
    """blocks: list of (label, name, subtitle) laid out two per row."""
    pdf.ln(6)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    colw = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    for i in range(0, len(blocks), 2):
        row = blocks[i:i + 2]
        y0 = pdf.get_y()
        for j, (label, name, sub) in enumerate(row):
            x = pdf.l_margin + j * colw
            pdf.set_xy(x, y0)
            pdf.set_font(family, "I" if label else "", size)
            pdf.cell(colw - 10, 5, label or "")
            pdf.set_xy(x, y0 + gap)
            pdf.set_font(family, "", size)
            pdf.cell(colw - 10, 5, "_" * 30)
            pdf.set_xy(x, y0 + gap + 5)
            pdf.cell(colw - 10, 5, name)
            if sub:
                pdf.set_xy(x, y0 + gap + 10)
                pdf.set_font(family, "I", size - 1)
                pdf.cell(colw - 10, 5, sub)
        pdf.set_y(y0 + gap + 18)


# ----------------------------------------------------------------------------- 1 Brf stämma
def doc1():
    name = "brf-larktradet4-stamma-2024"
    items = [
        (1, "Stämmans öppnande", [("text", "Styrelsens ordförande Anders Holmgren öppnade stämman kl. 18.30 och hälsade de närvarande medlemmarna välkomna.")]),
        (2, "Godkännande av dagordningen", [("dec", "Stämman beslutade att godkänna den i kallelsen upptagna dagordningen.")]),
        (3, "Val av stämmoordförande", [("dec", "Stämman beslutade att välja Karin Ek till ordförande för stämman.")]),
        (4, "Anmälan av stämmoordförandens val av protokollförare", [("text", "Stämmoordföranden anmälde att hon utsett Jonas Berglund att föra dagens protokoll.")]),
        (5, "Val av två justerare tillika rösträknare", [("dec", "Stämman beslutade att välja Lena Forsberg och Mats Åkesson att jämte stämmoordföranden justera protokollet samt att vara rösträknare.")]),
        (6, "Fråga om stämman blivit i stadgeenlig ordning utlyst", [
            ("text", "Kallelsen anslogs i trapphusen och delades ut i samtliga lägenheters brevinkast den 23 april 2024, vilket är inom den tid som stadgarna föreskriver."),
            ("dec", "Stämman beslutade att förklara stämman i stadgeenlig ordning utlyst.")]),
        (7, "Fastställande av röstlängd", [
            ("text", "En förteckning över närvarande medlemmar upprättades. 31 medlemmar från 24 lägenheter var närvarande, varav två genom fullmakt. Förteckningen bifogas protokollet som bilaga 1."),
            ("dec", "Stämman beslutade att fastställa röstlängden till 24 röster.")]),
        (8, "Föredragning av styrelsens årsredovisning", [("text", "Styrelsens ordförande Anders Holmgren föredrog förvaltningsberättelsen och resultat- och balansräkningen för räkenskapsåret 2023. Frågor om föreningens lån och om kommande stambyte besvarades av styrelsen.")]),
        (9, "Föredragning av revisorns berättelse", [("text", "Föreningens revisor Eva Lindqvist föredrog revisionsberättelsen, som tillstyrker att resultat- och balansräkningen fastställs och att styrelsen beviljas ansvarsfrihet.")]),
        (10, "Beslut om fastställande av resultat- och balansräkning", [("dec", "Stämman beslutade att fastställa resultat- och balansräkningen för räkenskapsåret 2023.")]),
        (11, "Beslut om resultatdisposition", [
            ("prop", "Till stämmans förfogande står 1 204 560 kr. Styrelsen föreslår att 86 000 kr avsätts till yttre reparationsfond och att resterande belopp balanseras i ny räkning.", "Styrelsens förslag:"),
            ("dec", "Stämman beslutade att disponera resultatet i enlighet med styrelsens förslag.")]),
        (12, "Fråga om ansvarsfrihet för styrelseledamöterna", [
            ("dec", "Stämman beslutade att bevilja styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2023."),
            ("text", "Noterades att styrelsens ledamöter inte deltog i beslutet.")]),
        (13, "Fråga om arvoden åt styrelseledamöter och revisorer", [("dec", "Stämman beslutade att arvodet till styrelsen ska vara ett halvt prisbasbelopp att fördelas inom styrelsen samt att revisorn ska ersättas enligt godkänd räkning.")]),
        (14, "Val av styrelseledamöter och suppleanter", [("dec", "Stämman beslutade att till ordinarie ledamöter för två år välja Anders Holmgren (omval) och Sofia Nyström (nyval) samt till suppleant för ett år välja Erik Dahl (nyval).")]),
        (15, "Val av revisorer och revisorssuppleant", [("dec", "Stämman beslutade att välja Eva Lindqvist, Revisionsbyrån Mälardalen AB, till revisor och Henrik Sjö till revisorssuppleant för tiden intill nästa ordinarie stämma.")]),
        (16, "Val av valberedning", [("dec", "Stämman beslutade att välja Birgitta Sund, sammankallande, och Omar Haddad till valberedning.")]),
        (17, "Av styrelsen till stämman hänskjutna frågor samt av föreningsmedlem anmält ärende", [
            ("text", "Motion från Per Wallin, lägenhet 1104, om installation av laddboxar för elbilar i garaget. Styrelsen har yttrat sig över motionen."),
            ("prop", "Att motionen anses besvarad genom att styrelsen utreder kostnaderna och redovisar ett förslag till nästa ordinarie stämma.", "Styrelsens förslag:"),
            ("text", "Efter diskussion yrkade Per Wallin bifall till motionen. Stämmoordföranden ställde proposition på styrelsens förslag mot motionärens yrkande och fann att stämman bifallit styrelsens förslag."),
            ("dec", "Stämman beslutade att anse motionen besvarad i enlighet med styrelsens förslag.")]),
        (18, "Stämmans avslutande", [("text", "Stämmoordföranden Karin Ek tackade de närvarande för visat intresse och förklarade stämman avslutad kl. 20.15.")]),
    ]
    presenters = {8: ["Anders Holmgren"], 9: ["Eva Lindqvist"]}
    its = [mkitem(n, f"§ {n}", t, p, presenters.get(n, ())) for n, t, p in items]

    pdf = Doc(header_text="Brf Lärkträdet 4  ·  Org.nr 769612-3456", footer_fmt="Sida {p} av {nb}",
              hfont=("DejaVuSerif", "I", 8))
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 15)
    pdf.multi_cell(0, 7, "Protokoll fört vid ordinarie föreningsstämma i Brf Lärkträdet 4", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "", 10.5)
    for lab, val in [("Datum:", "14 maj 2024"), ("Tid:", "Kl. 18.30–20.15"),
                     ("Plats:", "Föreningslokalen, Lärkgatan 12, Västerås"),
                     ("Närvarande:", "31 medlemmar enligt förteckning, bilaga 1. Dessutom närvarade föreningens revisor Eva Lindqvist.")]:
        pdf.set_font("DejaVuSerif", "B", 10.5)
        pdf.cell(28, 6, lab)
        pdf.set_font("DejaVuSerif", "", 10.5)
        pdf.multi_cell(0, 6, val, **NL)
    pdf.ln(4)
    for it in its:
        pdf.set_font("DejaVuSerif", "B", 11)
        pdf.multi_cell(0, 6, f"{it['printed_number']} {it['title']}", **NL)
        pdf.ln(1)
        for p in it["_paras"]:
            if p[0] == "prop":
                pdf.set_font("DejaVuSerif", "I", 10.5)
                pdf.multi_cell(0, 5.5, p[2], **NL)
                para(pdf, p[1], style="", family="DejaVuSerif", size=10.5)
            else:
                para(pdf, p[1], style="", family="DejaVuSerif", size=10.5)
        pdf.ln(2.5)
    signatures(pdf, [("Vid protokollet", "Jonas Berglund", "protokollförare"),
                     ("Justeras", "Karin Ek", "stämmoordförande"),
                     ("Justeras", "Lena Forsberg", None), ("Justeras", "Mats Åkesson", None)],
               "DejaVuSerif")
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Föreningsstämma", meeting_date="2024-05-14",
        meeting={"start_time": "18:30", "end_time": "20:15", "location": "Föreningslokalen, Lärkgatan 12, Västerås"},
        items_raw=its,
        participants=[P("Karin Ek", "ordförande"), P("Jonas Berglund", "sekreterare"),
                      P("Lena Forsberg", "justerare"), P("Mats Åkesson", "justerare"),
                      P("Anders Holmgren", "ledamot"), P("Eva Lindqvist", "övrig")],
        notes="Association: Brf Lärkträdet 4 (bostadsrättsförening, Västerås), invented. Ordinary annual föreningsstämma. "
              "The 31 present members are only in an attachment (bilaga 1) that is not part of the PDF; participants are the people the text places at the meeting: "
              "stämmoordförande Karin Ek (ordförande), protokollförare Jonas Berglund (sekreterare), justerare/rösträknare Lena Forsberg and Mats Åkesson, "
              "the board chair Anders Holmgren who opened the meeting (ledamot = present member) and the auditor Eva Lindqvist (övrig, listed as also present). "
              "People only elected or mentioned (Sofia Nyström, Erik Dahl, Henrik Sjö, Birgitta Sund, Omar Haddad, Per Wallin) are not listed. "
              "Proposals are the text after 'Styrelsens förslag:' (§ 11, § 17). § 12 decision excludes the following 'Noterades' sentence. "
              "The long § 17 heading wraps and is set justified (wide word spaces). Header line 'Brf Lärkträdet 4 · Org.nr ...' and footer 'Sida X av Y' on every page."), n)


# ----------------------------------------------------------------------------- 2 årsmöte, Helvetica
def doc2():
    name = "norrliden-hembygd-arsmote-2023"
    items = [
        (1, "Mötets öppnande", [("text", "Föreningens ordförande Lars-Erik Brandt hälsade alla välkomna och förklarade mötet öppnat kl. 14.00.")], ()),
        (2, "Val av ordförande för mötet", [("dec", "Mötet valde Gunnel Strand till ordförande för mötet.")], ()),
        (3, "Val av sekreterare för mötet", [("dec", "Mötet valde Ingrid Palm till sekreterare för mötet.")], ()),
        (4, "Val av två justerare, tillika rösträknare", [("dec", "Mötet valde Rune Hägg och Solveig Mattsson att jämte ordföranden justera dagens protokoll.")], ()),
        (5, "Fråga om mötet utlysts enligt stadgarna", [("text", "Kallelse har anslagits på bygdegården och i Affären samt publicerats i Norrlidsbladet tre veckor före mötet."), ("dec", "Årsmötet beslöt att mötet utlysts enligt stadgarna.")], ()),
        (6, "Fastställande av dagordning", [("dec", "Årsmötet beslöt att fastställa dagordningen med tillägg av en punkt om hembygdsgårdens tak under övriga frågor.")], ()),
        (7, "Verksamhetsberättelse för 2022", [("text", "Ingrid Palm läste upp verksamhetsberättelsen. Föreningen har under året haft 212 medlemmar och genomfört bland annat midsommarfirande, slåtterdag och julmarknad."), ("dec", "Årsmötet beslöt att godkänna verksamhetsberättelsen och lägga den till handlingarna.")], ("Ingrid Palm",)),
        (8, "Ekonomisk berättelse för 2022", [("text", "Kassören Bengt Olsson redogjorde för resultat- och balansräkningen. Året visar ett överskott på 18 450 kronor."), ("dec", "Årsmötet beslöt att godkänna den ekonomiska berättelsen.")], ("Bengt Olsson",)),
        (9, "Revisorernas berättelse", [("text", "Revisorernas berättelse lästes upp av Alf Nordin. Revisorerna föreslår att styrelsen beviljas ansvarsfrihet."), ("dec", "Årsmötet beslöt att lägga revisionsberättelsen till handlingarna.")], ("Alf Nordin",)),
        (10, "Fråga om ansvarsfrihet för styrelsen", [("dec", "Årsmötet beslöt att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2022.")], ()),
        (11, "Fastställande av medlemsavgift för 2024", [("prop", "Oförändrad avgift, 150 kronor per person och 250 kronor per hushåll.", "Styrelsens förslag:"), ("dec", "Årsmötet beslöt enligt styrelsens förslag.")], ()),
        (12, "Val av ordförande för ett år", [("dec", "Årsmötet beslöt att välja Lars-Erik Brandt till ordförande för ett år (omval).")], ()),
        (13, "Val av övriga styrelseledamöter och suppleanter", [("dec", "Årsmötet beslöt att välja Bengt Olsson och Maria Fjällström till ledamöter för två år samt Kjell Ås till suppleant för ett år.")], ()),
        (14, "Val av revisorer och valberedning", [("dec", "Årsmötet beslöt att välja Alf Nordin och Gun Lindberg till revisorer med Tore Hed som ersättare, samt Solveig Mattsson och Rune Hägg till valberedning.")], ()),
        (15, "Övriga frågor", [("text", "a) Hembygdsgårdens tak. Lars-Erik Brandt informerade om att taket på ladan behöver läggas om. En offert på 96 000 kronor har inkommit. Styrelsen söker bidrag från Länsstyrelsen och återkommer."), ("text", "b) Midsommarfirandet 2023 hålls på hembygdsgården som vanligt. Frivilliga anmäler sig till Maria Fjällström.")], ("Lars-Erik Brandt",)),
        (16, "Mötets avslutande", [("text", "Mötesordföranden tackade för förtroendet och förklarade årsmötet avslutat kl. 15.40. Därefter serverades kaffe och semlor.")], ()),
    ]
    its = [mkitem(n, f"{n}.", t, p, pr) for n, t, p, pr in items]
    pdf = Doc(footer_fmt="{p}", hfont=("Helvetica", "", 9))
    pdf.set_margins(22, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Hembygdsföreningen Norrliden Årsmötesprotokoll 2023", **NL)
    pdf.ln(2)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Datum: 2023-03-18\nPlats: Bygdegården, Norrliden\nNärvarande: 27 medlemmar enligt närvarolista", **NL)
    pdf.ln(5)
    for it in its:
        pdf.set_font("Helvetica", "B", 10.5)
        pdf.cell(8, 6, it["printed_number"])
        pdf.multi_cell(0, 6, it["title"], **NL)
        for p in it["_paras"]:
            txt = (p[2] + " " + p[1]) if p[0] == "prop" else p[1]
            para(pdf, txt, h=5.2, family="Helvetica", style="", size=10, indent=8, after=0.8)
        pdf.ln(2)
    pdf.ln(4)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Norrliden den 25 mars 2023", **NL)
    signatures(pdf, [("Sekreterare", "Ingrid Palm", None), ("Mötesordförande", "Gunnel Strand", None),
                     ("Justerare", "Rune Hägg", None), ("Justerare", "Solveig Mattsson", None)], "Helvetica", gap=12)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Årsmöte", meeting_date="2023-03-18",
        meeting={"start_time": "14:00", "end_time": "15:40", "location": "Bygdegården, Norrliden"},
        items_raw=its,
        participants=[P("Gunnel Strand", "ordförande"), P("Ingrid Palm", "sekreterare"),
                      P("Rune Hägg", "justerare"), P("Solveig Mattsson", "justerare"),
                      P("Lars-Erik Brandt", "ledamot"), P("Bengt Olsson", "ledamot"), P("Alf Nordin", "ledamot")],
        notes="Association: Hembygdsföreningen Norrliden (invented). Title line 'Hembygdsföreningen Norrliden Årsmötesprotokoll 2023'; organ 'Årsmöte'. "
              "Items '1.'-'16.' with the title on the same line; core Helvetica font, page number only in the footer. "
              "The 27 members present are in a närvarolista not included; participants are the meeting officers (mötesordförande Gunnel Strand, sekreterare Ingrid Palm, justerare Rune Hägg and Solveig Mattsson) "
              "and the members who act in the minutes (Lars-Erik Brandt opened the meeting, Bengt Olsson and Alf Nordin reported) as 'ledamot'. "
              "Decisions for items 2-4 are printed as 'Mötet valde NN ...'. Item 15 'Övriga frågor' has lettered sub-points a) b) without own decisions: not separate items; no decision. "
              "Presenters: 7 Ingrid Palm (läste upp), 8 Bengt Olsson (redogjorde), 9 Alf Nordin (lästes upp av), 15 Lars-Erik Brandt (informerade). Item 11 proposal after 'Styrelsens förslag:'."), n)


# ----------------------------------------------------------------------------- 3 sektionsmöte / vårmöte
def doc3():
    name = "lantmatarsektionen-varmote-2024-protokoll"
    items = [
        (1, "Mötets öppnande", True, [("text", "Sektionsordförande Hugo Bergqvist öppnar mötet 17:12.")], ()),
        (2, "Val av mötesordförande", False, [("dec", "Mötet beslutar att välja Elsa Lindgren till mötesordförande.")], ()),
        (3, "Val av mötessekreterare", False, [("dec", "Mötet beslutar att välja Maja Sjöberg till mötessekreterare.")], ()),
        (4, "Val av justerare tillika rösträknare", True, [("dec", "Mötet beslutar att välja Ali Rahimi och Tove Engström till justerare tillika rösträknare.")], ()),
        (5, "Mötets behöriga utlysande", False, [("text", "Kallelse med föredragningslista skickades ut till sektionens medlemmar via e-post och anslogs i sektionslokalen 2024-04-04."), ("beslut", "Mötet anses behörigt utlyst.")], ()),
        (6, "Adjungeringar", False, [("beslut", "Mötet adjungerar kårens ombudsman Per Nilsson med närvaro- och yttranderätt.")], ()),
        (7, "Fastställande av föredragningslistan", True, [("dec", "Mötet beslutar att fastställa föredragningslistan.")], ()),
        (8, "Meddelanden", False, [("text", "Hugo Bergqvist informerar om att sektionslokalen renoveras under sommaren och att nya nycklar delas ut i augusti. Per Nilsson informerar om kårvalet i maj.")], ("Hugo Bergqvist", "Per Nilsson")),
        (9, "Verksamhetsberättelse 2023", False, [("text", "Föregående styrelses ordförande Linnea Krantz föredrar verksamhetsberättelsen."), ("beslut", "Mötet beslutar att lägga verksamhetsberättelsen 2023 till handlingarna.")], ("Linnea Krantz",)),
        (10, "Revisionsberättelse och ansvarsfrihet för styrelsen 2023", True, [("text", "Revisor Nils Åberg föredrar revisionsberättelsen och tillstyrker ansvarsfrihet."), ("dec", "Mötet beslutar att bevilja styrelsen 2023 ansvarsfrihet för verksamhetsåret 2023.")], ("Nils Åberg",)),
        (11, "Motion om ny kaffemaskin till sektionslokalen", False, [
            ("text", "Jakob Ström föredrar sin motion om att köpa in en ny kaffemaskin för högst 25 000 kr."),
            ("prop", "Att bifalla motionen i sin helhet.", "Styrelsens förslag till beslut:"),
            ("text", "Yrkande: Lina Holm yrkar att beloppet begränsas till högst 15 000 kr."),
            ("text", "Votering begärs om Lina Holms ändringsyrkande. Ja: 8, Nej: 4, Avstår: 2. Ändringsyrkandet bifalls."),
            ("beslut", "Mötet beslutar att bifalla motionen med ändringen att beloppet begränsas till högst 15 000 kr.")], ("Jakob Ström",)),
        (12, "Fyllnadsval till valberedningen", True, [("dec", "Mötet beslutar att välja Oskar Lund till ledamot i valberedningen för resten av verksamhetsåret.")], ()),
        (13, "Övriga frågor", False, [("text", "Inga övriga frågor.")], ()),
        (14, "Mötets avslutande", True, [("text", "Elsa Lindgren förklarar mötet avslutat 19:40.")], ()),
    ]
    its = [mkitem(n, f"§{n}", t, p, pr) for n, t, inline, p, pr in items]
    inl = {n: inline for n, t, inline, p, pr in items}
    pdf = Doc(footer_fmt="Lantmätarsektionen – Vårmöte 2024 – {p}/{nb}", hfont=("DejaVu", "", 7.5))
    pdf.set_margins(20, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 17)
    pdf.cell(0, 9, "Protokoll Vårmöte 2024 – Lantmätarsektionen", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Lantmätarsektionen inom Teknologkåren vid Västra Tekniska Högskolan", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Datum: 18/4 2024\nPlats: Sal V21, Vägbyggnadshuset", **NL)
    pdf.ln(3)
    present = [("Elsa Lindgren", "mötesordförande"), ("Maja Sjöberg", "mötessekreterare"), ("Hugo Bergqvist", "sektionsordförande"),
               ("Ali Rahimi", None), ("Tove Engström", None), ("Linnea Krantz", None), ("Nils Åberg", "revisor"),
               ("Jakob Ström", None), ("Lina Holm", None), ("Oskar Lund", None), ("Fredrik Wiik", None),
               ("Amanda Torstensson", None), ("Emil Bäck", None), ("Sanna Olofsson", None),
               ("Per Nilsson", "ombudsman, adjungerad")]
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 6, "Närvarande:", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    for nm, r in present:
        pdf.set_x(pdf.l_margin + 6)
        pdf.cell(0, 4.8, nm + (f" ({r})" if r else ""), **NL)
    pdf.ln(5)
    for it in its:
        pdf.set_font("DejaVu", "B", 11)
        if inl[it["number"]]:
            pdf.multi_cell(0, 6, f"{it['printed_number']} {it['title']}", **NL)
        else:
            pdf.cell(0, 6, it["printed_number"], **NL)
            pdf.multi_cell(0, 6, it["title"], **NL)
        for p in it["_paras"]:
            if p[0] == "beslut":
                pdf.set_font("DejaVu", "B", 10)
                pdf.cell(pdf.get_string_width("Beslut: ") + 0.5, 5.3, "Beslut: ")
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.3, p[1], **NL)
                pdf.ln(1)
            elif p[0] == "prop":
                para(pdf, p[2] + " " + p[1], h=5.3, family="DejaVu", style="I", size=10)
            else:
                para(pdf, p[1], h=5.3, family="DejaVu", style="", size=10)
        pdf.ln(3)
    signatures(pdf, [("Mötesordförande", "Elsa Lindgren", None), ("Mötessekreterare", "Maja Sjöberg", None),
                     ("Justerare", "Ali Rahimi", None), ("Justerare", "Tove Engström", None)], "DejaVu", size=9.5)
    parts = [P("Elsa Lindgren", "ordförande"), P("Maja Sjöberg", "sekreterare"), P("Hugo Bergqvist", "ledamot"),
             P("Ali Rahimi", "justerare"), P("Tove Engström", "justerare"), P("Linnea Krantz", "ledamot"),
             P("Nils Åberg", "ledamot"), P("Jakob Ström", "ledamot"), P("Lina Holm", "ledamot"),
             P("Oskar Lund", "ledamot"), P("Fredrik Wiik", "ledamot"), P("Amanda Torstensson", "ledamot"),
             P("Emil Bäck", "ledamot"), P("Sanna Olofsson", "ledamot"), P("Per Nilsson", "övrig")]
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Vårmöte", meeting_date="2024-04-18",
        meeting={"start_time": "17:12", "end_time": "19:40", "location": "Sal V21, Vägbyggnadshuset"},
        items_raw=its, participants=parts,
        notes="Association: Lantmätarsektionen inom Teknologkåren vid Västra Tekniska Högskolan (invented student union section). "
              "The meeting is the section's spring sektionsmöte, printed as 'Vårmöte'; organ 'Vårmöte'. Date printed '18/4 2024'. "
              "Items '§1'-'§14': for §1, §4, §7, §10, §12, §14 the title is on the same line as the number, for the others the number stands alone on one line and the title on the next. "
              "Decisions are either 'Mötet beslutar att ...' paragraphs or the text after a bold 'Beslut:' label (label not included). "
              "§11 has a motion, a 'Styrelsens förslag till beslut:' (proposal), an ändringsyrkande and a vote count (Ja 8, Nej 4, Avstår 2); only the final 'Beslut:' sentence is the decision. "
              "Participants from the 'Närvarande:' roll: mötesordförande = ordförande, mötessekreterare = sekreterare, justerare, ombudsman Per Nilsson (adjungerad) = övrig, everybody else 'ledamot' "
              "(sektionsordförande Hugo Bergqvist and revisor Nils Åberg included as ledamot). Footer 'Lantmätarsektionen – Vårmöte 2024 – X/Y'."), n)


# ----------------------------------------------------------------------------- 4 board meeting sports club (Times)
def board_doc(pdf, family, title_lines, meta_lines, present_line, absent_line, its, numfmt, sigs, bodysize=11):
    pdf.add_page()
    pdf.set_font(family, "B", 14)
    for t in title_lines:
        pdf.cell(0, 7, t, **NL)
    pdf.ln(2)
    pdf.set_font(family, "", bodysize)
    for m in meta_lines:
        pdf.multi_cell(0, 5.5, m, **NL)
    pdf.ln(1)
    for lab, val in (present_line, absent_line):
        if lab:
            pdf.set_font(family, "B", bodysize)
            pdf.cell(pdf.get_string_width(lab + " ") + 1, 5.5, lab + " ")
            pdf.set_font(family, "", bodysize)
            pdf.multi_cell(0, 5.5, val, **NL)
    pdf.ln(4)
    for it in its:
        pdf.set_font(family, "B", bodysize)
        pdf.multi_cell(0, 6, numfmt(it), **NL)
        for p in it["_paras"]:
            txt = (p[2] + " " + p[1]) if p[0] == "prop" else p[1]
            para(pdf, txt, h=5.3, family=family, style="", size=bodysize, after=0.8)
        pdf.ln(2)
    signatures(pdf, sigs, family, size=bodysize - 1, gap=12)


def doc4():
    name = "ik-granen-styrelsemote-2024-02-06"
    items = [
        (1, "Mötets öppnande", [("text", "Ordförande Henrik Sandberg öppnade mötet kl. 19.00.")], ()),
        (2, "Val av justerare", [("text", "Sara Lind valdes att jämte ordföranden justera protokollet.")], ()),
        (3, "Godkännande av dagordning", [("text", "Dagordningen godkändes.")], ()),
        (4, "Föregående protokoll", [("text", "Protokollet från 2024-01-09 gicks igenom."), ("dec", "Beslutades att lägga protokollet till handlingarna.")], ()),
        (5, "Ekonomi", [("text", "Kassör Malin Öhman redogjorde för det ekonomiska läget. Föreningens likvida medel uppgår till 212 300 kr. Medlemsavgifterna för 2024 är till 80 % inbetalda."), ("dec", "Styrelsen beslutar att skicka en påminnelse till de medlemmar som inte betalat senast den 1 mars.")], ("Malin Öhman",)),
        (6, "Ungdomsverksamheten", [("text", "Ahmed Yusuf informerade om att P11-laget behöver ytterligare en ledare. Två föräldrar har visat intresse."), ("dec", "Styrelsen beslutar att bekosta grundutbildning för nya ledare via SISU Idrottsutbildarna.")], ("Ahmed Yusuf",)),
        (7, "Vårcupen 2024", [("text", "Cupen spelas 13-14 april på Granvallen. 24 lag är anmälda."), ("dec", "Beslutades att Sara Lind ansvarar för kiosken och att Johan Nyberg bokar domare.")], ()),
        (8, "Övriga frågor", [("text", "Frågan om nya träningsoveraller bordlades till nästa möte.")], ()),
        (9, "Nästa möte", [("text", "Tisdag 5 mars kl. 19.00 i klubbstugan.")], ()),
        (10, "Mötets avslutande", [("text", "Ordföranden avslutade mötet kl. 20.30.")], ()),
    ]
    its = [mkitem(n, f"{n})", t, p, pr) for n, t, p, pr in items]
    pdf = Doc()
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, 18)
    board_doc(pdf, "Times", ["IK Granen", "Protokoll styrelsemöte"],
              ["Datum: 2024-02-06", "Plats: Klubbstugan, Granvallen"],
              ("Närvarande:", "Henrik Sandberg (ordf.), Malin Öhman (kassör), Johan Nyberg (sekr.), Sara Lind, Ahmed Yusuf"),
              ("Frånvarande:", "Petra Karlsson"), its, lambda it: f"{it['printed_number']} {it['title']}",
              [("Sekreterare", "Johan Nyberg", None), ("Ordförande", "Henrik Sandberg", None), ("Justerare", "Sara Lind", None)])
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Styrelsen", meeting_date="2024-02-06",
        meeting={"start_time": "19:00", "end_time": "20:30", "location": "Klubbstugan, Granvallen"},
        items_raw=its,
        participants=[P("Henrik Sandberg", "ordförande"), P("Malin Öhman", "ledamot"), P("Johan Nyberg", "sekreterare"),
                      P("Sara Lind", "justerare"), P("Ahmed Yusuf", "ledamot")],
        notes="Association: IK Granen (invented sports club), board meeting (styrelsemöte), organ 'Styrelsen'. One page, core Times font, no header/footer. "
              "Items numbered '1)'-'10)'. Decisions only where printed as 'Beslutades att ...' or 'Styrelsen beslutar att ...'; "
              "items 2 and 3 record passive outcomes ('valdes', 'godkändes') without a decision formula and are given decision null — a scorer may accept either. "
              "Participants from 'Närvarande:' (ordf. = ordförande, sekr. = sekreterare, kassör = ledamot, justerare Sara Lind = justerare); 'Frånvarande: Petra Karlsson' is NOT a participant. "
              "Item 9 'Nästa möte' mentions a future date/time (5 mars kl. 19.00) which is not this meeting's."), n)


# ----------------------------------------------------------------------------- 5 dagordning föreningsstämma
def doc5():
    name = "brf-kvarnstenen-dagordning-2024"
    titles = ["Stämmans öppnande", "Godkännande av dagordningen", "Val av stämmoordförande",
              "Anmälan av stämmoordförandens val av protokollförare", "Val av två justerare tillika rösträknare",
              "Fråga om stämman blivit i stadgeenlig ordning utlyst", "Fastställande av röstlängd",
              "Föredragning av styrelsens årsredovisning", "Föredragning av revisorns berättelse",
              "Beslut om fastställande av resultat- och balansräkning", "Beslut om resultatdisposition",
              "Fråga om ansvarsfrihet för styrelseledamöterna", "Fråga om arvoden åt styrelseledamöter och revisorer för nästkommande verksamhetsår",
              "Val av styrelseledamöter och suppleanter", "Val av revisorer och valberedning",
              "Av styrelsen till stämman hänskjutna frågor samt av föreningsmedlem anmält ärende (motion om cykelförråd)",
              "Stämmans avslutande"]
    its = [mkitem(i, f"{i}.", t, []) for i, t in enumerate(titles, 1)]
    pdf = Doc()
    pdf.set_margins(28, 22, 28)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVuCond", "", 9)
    pdf.cell(0, 5, "BOSTADSRÄTTSFÖRENINGEN KVARNSTENEN I LUND", align="R", **NL)
    pdf.ln(10)
    pdf.set_font("DejaVuCond", "B", 22)
    pdf.cell(0, 11, "DAGORDNING", align="C", **NL)
    pdf.set_font("DejaVuCond", "", 12)
    pdf.cell(0, 7, "vid ordinarie föreningsstämma i Brf Kvarnstenen", align="C", **NL)
    pdf.ln(5)
    pdf.set_font("DejaVuCond", "", 11)
    for lab, val in [("Datum", "onsdagen den 22 maj 2024"), ("Tid", "kl. 19.00"), ("Plats", "Gemensamhetslokalen, Kvarnvägen 3, Lund")]:
        pdf.set_x(50)
        pdf.set_font("DejaVuCond", "B", 11)
        pdf.cell(20, 6, lab)
        pdf.set_font("DejaVuCond", "", 11)
        pdf.cell(0, 6, val, **NL)
    pdf.ln(8)
    pdf.set_font("DejaVuCond", "", 11)
    for it in its:
        pdf.cell(10, 6.5, it["printed_number"], align="R")
        pdf.set_x(pdf.l_margin + 13)
        pdf.multi_cell(0, 6.5, it["title"] + ".", **NL)
    pdf.ln(10)
    pdf.set_font("DejaVuCond", "I", 10)
    pdf.multi_cell(0, 5.5, "Årsredovisning, revisionsberättelse och motion med styrelsens yttrande finns att hämta i tvättstugan och på föreningens hemsida. Fullmakt ska vara skriftlig och daterad. Välkomna!", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVuCond", "", 10)
    pdf.cell(0, 5, "Styrelsen", **NL)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="kallelse", organ="Föreningsstämma", meeting_date="2024-05-22",
        meeting={"start_time": "19:00", "end_time": None, "location": "Gemensamhetslokalen, Kvarnvägen 3, Lund"},
        items_raw=its, participants=None,
        notes="Association: Brf Kvarnstenen i Lund (invented housing cooperative). One-page 'DAGORDNING vid ordinarie föreningsstämma'; kind kallelse, organ 'Föreningsstämma'. "
              "17 rows '1.'-'17.' each ending with a period (dropped in the titles); row 13 and 16 wrap onto a second line. "
              "No people are listed (signed 'Styrelsen'), so no participants key. Date printed 'onsdagen den 22 maj 2024', time 'kl. 19.00'."), n)


# ----------------------------------------------------------------------------- 6 föredragningslista sektionsmöte
def doc6():
    name = "kemisektionen-sm3-foredragningslista-2024"
    rows = [
        ("Mötet öppnas", None, None), ("Val av mötesordförande", None, None), ("Val av mötessekreterare", None, None),
        ("Val av två justerare tillika rösträknare", None, None), ("Mötets stadgeenliga utlysande", None, None),
        ("Adjungeringar", None, None), ("Fastställande av föredragningslistan", None, None),
        ("Föregående mötesprotokoll", None, "Bilaga 1"), ("Meddelanden", "Klara Westin", None),
        ("Ekonomisk rapport Q3", "Viktor Hallin", "Bilaga 2"),
        ("Proposition: Revidering av sektionens reglemente", "Klara Westin", "Bilaga 3"),
        ("Motion om sektionsgemensam sittning med Fysiksektionen", None, "Bilaga 4"),
        ("Val till sektionens förtroendeposter 2025", None, "Bilaga 5"),
        ("Övriga frågor", None, None), ("Nästa möte", None, None), ("Mötet avslutas", None, None),
    ]
    its = [mkitem(i, f"§{i}", t, [], [pr] if pr else []) for i, (t, pr, bil) in enumerate(rows, 1)]
    pdf = Doc(header_text="Kemisektionen inom Kårföreningen vid Älvstads universitet", footer_fmt="SM3 HT24",
              hfont=("DejaVu", "", 8))
    pdf.set_margins(22, 15, 22)
    pdf.set_auto_page_break(True, 15)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 16)
    pdf.cell(0, 8, "Kallelse och föredragningslista", **NL)
    pdf.set_font("DejaVu", "", 12)
    pdf.cell(0, 7, "Sektionsmöte 3 (SM3), höstterminen 2024", **NL)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.5, "Tid: 2024-11-20, 17:15\nPlats: Hörsal K1, Kemihuset\nHandlingar: se bilagor på kemisektionen.se/sm", **NL)
    pdf.ln(5)
    for (t, pr, bil), it in zip(rows, its):
        y = pdf.get_y()
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(14, 6, it["printed_number"])
        pdf.set_font("DejaVu", "", 10.5)
        pdf.cell(115, 6, t)
        pdf.set_font("DejaVu", "I", 9)
        pdf.cell(0, 6, bil or "", align="R", **NL)
        if pr:
            pdf.set_x(pdf.l_margin + 14)
            pdf.set_font("DejaVu", "I", 9)
            pdf.cell(0, 4.5, f"Föredragande: {pr}", **NL)
        if it["number"] == 13:
            for sub in ["a) Vice ordförande", "b) Kassör", "c) Studienämndens ordförande", "d) Två revisorer"]:
                pdf.set_x(pdf.l_margin + 20)
                pdf.set_font("DejaVu", "", 9.5)
                pdf.cell(0, 4.8, sub, **NL)
        pdf.ln(1)
    pdf.ln(6)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.multi_cell(0, 5, "Alla sektionsmedlemmar är välkomna och har rösträtt. Motioner till nästa möte lämnas till styrelsen senast tre veckor i förväg.\n\nKlara Westin, ordförande\nViktor Hallin, kassör", **NL)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="kallelse", organ="Sektionsmöte", meeting_date="2024-11-20",
        meeting={"start_time": "17:15", "end_time": None, "location": "Hörsal K1, Kemihuset"},
        items_raw=its, participants=[P("Klara Westin", "ordförande"), P("Viktor Hallin", "övrig")],
        notes="Association: Kemisektionen inom Kårföreningen vid Älvstads universitet (invented). Kallelse och föredragningslista for 'Sektionsmöte 3 (SM3)'; organ 'Sektionsmöte'. "
              "16 items '§1'-'§16' with a right-aligned 'Bilaga N' column (bilaga references are not items and not part of the titles). "
              "§13 has lettered sub-points a)-d) (posts to elect) without own decisions: NOT separate items. 'Föredragande: NN' lines give presenters for §9, §10, §11. "
              "Participants: the two signatories of the notice (Klara Westin, ordförande; Viktor Hallin, kassör -> övrig); the notice calls all members but lists nobody else. "
              "Header with the association name, footer 'SM3 HT24'."), n)


# ----------------------------------------------------------------------------- 7 kallelse årsmöte letter
def doc7():
    name = "koloniforeningen-rosendal-kallelse-arsmote-2024"
    titles = ["Mötets öppnande", "Val av mötesordförande och mötessekreterare", "Val av två justerare",
              "Fråga om mötet blivit behörigt kallat", "Godkännande av dagordningen",
              "Styrelsens verksamhetsberättelse för 2023", "Kassarapport och revisorernas berättelse",
              "Ansvarsfrihet för styrelsen", "Styrelsens förslag till arrende- och medlemsavgifter för 2025",
              "Budget för 2024", "Inkomna motioner", "Val av styrelse", "Val av revisorer och revisorssuppleant",
              "Val av valberedning", "Övriga frågor", "Mötets avslutande"]
    its = [mkitem(i, f"{i}.", t, []) for i, t in enumerate(titles, 1)]
    pdf = Doc()
    pdf.set_margins(24, 20, 24)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 12)
    pdf.cell(0, 6, "Koloniföreningen Rosendal", **NL)
    pdf.set_font("DejaVuSerif", "", 9)
    pdf.multi_cell(0, 4.5, "Rosendalsvägen 40\n703 55 Örebro", **NL)
    pdf.ln(3)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.cell(0, 5, "Örebro 2024-02-19", align="R", **NL)
    pdf.ln(6)
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(0, 7, "Kallelse till årsmöte", **NL)
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "", 10.5)
    for t in ["Hej alla odlare!",
              "Välkommen till årsmöte i Koloniföreningen Rosendal tisdagen den 12 mars 2024 kl 18.00 i Föreningsstugan, Rosendalsvägen 40. "
              "Vi bjuder på kaffe och smörgås från kl 17.30.",
              "På mötet går vi igenom året som gått, väljer ny styrelse och bestämmer avgifterna för nästa säsong. "
              "Verksamhetsberättelse, kassarapport och styrelsens förslag finns i anslagstavlan vid stugan från den 27 februari. "
              "Motioner ska ha kommit in till styrelsen senast den 26 februari.",
              "Om du inte kan komma kan du ge en annan medlem fullmakt att rösta för dig. Varje lott har en röst."]:
        para(pdf, t, h=5.6, family="DejaVuSerif", style="", size=10.5, after=2.5)
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "B", 11)
    pdf.cell(0, 6, "Förslag till dagordning", **NL)
    pdf.ln(1)
    pdf.set_font("DejaVuSerif", "", 10.5)
    for it in its:
        pdf.set_x(pdf.l_margin + 4)
        pdf.cell(9, 5.6, it["printed_number"])
        pdf.multi_cell(0, 5.6, it["title"], **NL)
    pdf.ln(6)
    para(pdf, "Varmt välkomna!", family="DejaVuSerif", style="", size=10.5)
    para(pdf, "Styrelsen genom\nMarianne Holm, ordförande\ntel. 070-123 45 67", family="DejaVuSerif", style="I", size=10)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="kallelse", organ="Årsmöte", meeting_date="2024-03-12",
        meeting={"start_time": "18:00", "end_time": None, "location": "Föreningsstugan, Rosendalsvägen 40"},
        items_raw=its, participants=[P("Marianne Holm", "ordförande")],
        notes="Association: Koloniföreningen Rosendal, Örebro (invented allotment association). Letter-style kallelse dated 2024-02-19 (print date, not the meeting date); "
              "the meeting date/time/place are only in the prose: 'tisdagen den 12 mars 2024 kl 18.00 i Föreningsstugan, Rosendalsvägen 40'. "
              "Coffee from kl 17.30 is not the start time. Items: the 16 rows under 'Förslag till dagordning'. "
              "Participants: only the signatory Marianne Holm (ordförande); the letter addresses all members without naming them."), n)


# ----------------------------------------------------------------------------- 8 two-column vägförening årsstämma
def doc8():
    name = "bjurbacken-vagsamfallighet-arsstamma-2024"
    items = [
        (1, "Stämmans öppnande", [("text", "Föreningens ordförande Göran Lund hälsade de närvarande välkomna och öppnade stämman kl. 10.00.")], ()),
        (2, "Val av ordförande för stämman", [("dec", "Stämman beslöt att välja Göran Lund till ordförande för stämman.")], ()),
        (3, "Val av sekreterare för stämman", [("dec", "Stämman beslöt att välja Annika Wester till sekreterare för stämman.")], ()),
        (4, "Val av två justeringsmän tillika rösträknare", [("dec", "Stämman beslöt att välja Bo Granlund och Elin Persson att justera protokollet.")], ()),
        (5, "Godkännande av kallelse", [("text", "Kallelse har skett genom brev till samtliga delägare samt anslag vid brevlådorna i Bjurbäcken den 5 april."), ("dec", "Stämman beslöt att godkänna kallelsen.")], ()),
        (6, "Godkännande av dagordning", [("dec", "Stämman beslöt att godkänna dagordningen.")], ()),
        (7, "Styrelsens och revisorernas berättelser", [("text", "Göran Lund redogjorde för verksamhetsberättelsen. Under året har 420 ton bärlager lagts ut på Bjurbäcksvägen och två trummor bytts. Revisor Stig Holm läste revisionsberättelsen."), ("dec", "Stämman beslöt att lägga berättelserna till handlingarna.")], ("Göran Lund", "Stig Holm")),
        (8, "Ansvarsfrihet för styrelsen", [("dec", "Stämman beslöt att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2023.")], ()),
        (9, "Motioner från medlemmar", [("text", "En motion om farthinder vid busshållplatsen har inkommit från Kent Ryd."), ("prop", "Att avslå motionen eftersom farthinder försvårar snöröjningen.", "Styrelsens yttrande:"), ("dec", "Stämman beslöt att avslå motionen och att i stället sätta upp skyltar om 30 km/h.")], ()),
        (10, "Ersättning till styrelse och revisorer", [("dec", "Stämman beslöt att ersättningen ska vara oförändrad, 6 000 kr till styrelsen att fördela inom sig och 500 kr per revisor.")], ()),
        (11, "Styrelsens förslag till utgifts- och inkomststat samt debiteringslängd", [("text", "Kassör Annika Wester presenterade förslaget. Utgifterna beräknas till 148 000 kr, varav 60 000 kr för underhåll och 52 000 kr för vinterväghållning."), ("dec", "Stämman beslöt att fastställa utgifts- och inkomststaten samt debiteringslängden enligt styrelsens förslag, med uttaxering 44 kr per andel, att betalas senast den 30 juni 2024.")], ("Annika Wester",)),
        (12, "Val av styrelse och ordförande", [("dec", "Stämman beslöt att välja Göran Lund till ordförande för ett år samt Annika Wester och Mikael Ryd till ledamöter för två år. Suppleant för ett år: Lisa Kvist.")], ()),
        (13, "Val av revisorer", [("dec", "Stämman beslöt att välja Stig Holm och Eva Granlund till revisorer.")], ()),
        (14, "Val av valberedning", [("dec", "Stämman beslöt att valberedningen ska bestå av Bo Granlund (sammankallande) och Elin Persson.")], ()),
        (15, "Övriga frågor", [("text", "Frågan om snöröjningen vid vändplanen diskuterades. Styrelsen tar kontakt med entreprenören.")], ()),
        (16, "Protokollets tillgänglighet", [("dec", "Stämman beslöt att protokollet ska finnas tillgängligt hos ordföranden och på föreningens webbplats från den 11 maj 2024.")], ()),
        (17, "Stämmans avslutande", [("text", "Ordföranden tackade de närvarande och förklarade stämman avslutad kl. 11.45.")], ()),
    ]
    its = [mkitem(n, f"§ {n}", t, p, pr) for n, t, p, pr in items]
    pdf = Doc(header_text="Bjurbäckens vägsamfällighetsförening", footer_fmt="Sida {p} av {nb}", hfont=("DejaVu", "", 7.5))
    pdf.set_margins(16, 16, 16)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 6.5, "Protokoll fört vid årsstämma med Bjurbäckens vägsamfällighetsförening", align="C", **NL)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(1)
    pdf.multi_cell(0, 5, "Datum: Lördagen den 27 april 2024\nPlats: Bjurbäckens bygdegård\n"
                         "Närvarande: 19 delägare, representerande 23 fastigheter, enligt närvarolista", align="C", **NL)
    pdf.ln(4)
    with pdf.text_columns(ncols=2, gutter=8, text_align="LEFT", line_height=1.15) as cols:
        for it in its:
            pdf.set_font("DejaVu", "B", 9.5)
            cols.write(f"{it['printed_number']} {it['title']}\n")
            pdf.set_font("DejaVu", "", 9)
            for p in it["_paras"]:
                txt = (p[2] + " " + p[1]) if p[0] == "prop" else p[1]
                cols.write(txt + "\n")
            cols.write("\n")
    pdf.ln(4)
    signatures(pdf, [("Vid protokollet", "Annika Wester", "sekreterare"), ("Ordförande", "Göran Lund", None),
                     ("Justeras", "Bo Granlund", None), ("Justeras", "Elin Persson", None)], "DejaVu", size=9)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Årsstämma", meeting_date="2024-04-27",
        meeting={"start_time": "10:00", "end_time": "11:45", "location": "Bjurbäckens bygdegård"},
        items_raw=its,
        participants=[P("Göran Lund", "ordförande"), P("Annika Wester", "sekreterare"), P("Bo Granlund", "justerare"),
                      P("Elin Persson", "justerare"), P("Stig Holm", "ledamot")],
        notes="Association: Bjurbäckens vägsamfällighetsförening (invented road association). Minutes of the annual 'årsstämma'; organ 'Årsstämma'. "
              "Body set in TWO COLUMNS (items flow from the left column into the right column and over pages), title block centred across the page. "
              "Items '§ 1'-'§ 17', bold heading inline with the number; decisions 'Stämman beslöt ...'. § 12 decision includes the following sentence 'Suppleant för ett år: Lisa Kvist.' "
              "§ 9 'Styrelsens yttrande:' treated as the proposal. Participants: meeting officers + revisor Stig Holm, who reported (ledamot); the 19 delägare are in a närvarolista not included. "
              "Presenters: § 7 Göran Lund and Stig Holm, § 11 Annika Wester."), n)


# ----------------------------------------------------------------------------- 9 scanned board meeting (continuous § numbering)
def doc9():
    name = "ramsele-fvf-styrelsemote-2024-05-14-skannad"
    items = [
        (23, "Mötets öppnande", [("text", "Ordföranden Torbjörn Edlund öppnade mötet kl 18.30.")], ()),
        (24, "Val av justerare", [("dec", "Styrelsen beslutade att utse Stina Markström att jämte ordföranden justera protokollet.")], ()),
        (25, "Godkännande av dagordningen", [("dec", "Dagordningen godkändes med tillägg av punkten Fiskekort via app.")], ()),
        (26, "Föregående mötesprotokoll", [("dec", "Protokollet från den 9 april lades till handlingarna.")], ()),
        (27, "Ekonomisk rapport", [("text", "Kassören Ulf Sandström redovisade att föreningen har 84 620 kr på bankkontot. Intäkterna från fiskekort för vintersäsongen blev 31 900 kr."), ("dec", "Rapporten godkändes.")], ("Ulf Sandström",)),
        (28, "Utsättning av öring", [("text", "Länsstyrelsen har beviljat tillstånd för utsättning av 2 000 öringar i Långtjärn."), ("dec", "Styrelsen beslutade att beställa sättfisk från Ångermanlands fiskodling för högst 28 000 kr och att utsättningen sker vecka 24.")], ()),
        (29, "Fiskekort via app", [("text", "Karin Ågren redogjorde för erbjudandet från iFiske."), ("dec", "Styrelsen beslutade att från och med 1 juni sälja fiskekort även via appen, som komplement till försäljningen i Ramsele Lanthandel.")], ("Karin Ågren",)),
        (30, "Fiskevårdsdag", [("dec", "Beslutades att fiskevårdsdagen hålls lördagen den 8 juni med samling vid Långtjärns rastplats kl 9.00.")], ()),
        (31, "Övriga frågor", [("text", "Inga övriga frågor.")], ()),
        (32, "Mötets avslutande", [("text", "Ordföranden tackade och avslutade mötet kl 20.05.")], ()),
    ]
    its = [mkitem(n, f"§ {n}", t, p, pr) for n, t, p, pr in items]
    pdf = Doc()
    pdf.set_margins(25, 22, 22)
    pdf.set_auto_page_break(True, 20)
    board_doc(pdf, "Courier", ["Ramsele fiskevårdsförening", "Protokoll fört vid styrelsemöte"],
              ["Datum: 14/5 2024", "Plats: Hos Torbjörn Edlund, Storgatan 8, Ramsele"],
              ("Närvarande:", "Torbjörn Edlund, ordförande; Ulf Sandström, kassör; Karin Ågren, sekreterare; Stina Markström, ledamot; Jan-Olof Brännström, suppleant"),
              ("Frånvarande:", "Per Hellqvist, ledamot"), its, lambda it: f"{it['printed_number']}  {it['title']}",
              [("Vid protokollet", "Karin Ågren", None), ("Justeras", "Torbjörn Edlund", None), ("Justeras", "Stina Markström", None)], bodysize=10.5)
    pdf_bytes, n = finish(pdf)
    # --- "scan": rasterize, rotate slightly, add noise, save image-only PDF
    import pypdfium2
    from PIL import Image, ImageFilter
    rnd = random.Random(9)
    doc = pypdfium2.PdfDocument(pdf_bytes)
    pages = []
    for i in range(len(doc)):
        im = doc[i].render(scale=200 / 72).to_pil().convert("L")
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        angle = rnd.choice([-1, 1]) * rnd.uniform(0.3, 0.8)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=250)
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 250):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = rnd.choice([rnd.randint(0, 120), rnd.randint(200, 255)])
        im = im.point(lambda v: min(255, int(v * 0.93 + 10)))
        pages.append(im)
    buf = io.BytesIO()
    pages[0].save(buf, "PDF", resolution=200.0, save_all=True, append_images=pages[1:])
    write(name, buf.getvalue(), dict(
        kind="protokoll", organ="Styrelsen", meeting_date="2024-05-14", scanned=True,
        meeting={"start_time": "18:30", "end_time": "20:05", "location": "Hos Torbjörn Edlund, Storgatan 8, Ramsele"},
        items_raw=its,
        participants=[P("Torbjörn Edlund", "ordförande"), P("Ulf Sandström", "ledamot"), P("Karin Ågren", "sekreterare"),
                      P("Stina Markström", "justerare"), P("Jan-Olof Brännström", "ersättare")],
        notes="Association: Ramsele fiskevårdsförening (invented fishing association), board meeting; organ 'Styrelsen'. "
              "SCANNED: every page is an image (rendered at 200 dpi, rotated 0.3-0.8 degrees, blurred, speckle noise), no text layer. "
              "Date printed '14/5 2024'. Paragraphs numbered continuously over the year: '§ 23'-'§ 32' (number = 23..32). "
              "Decisions include passive forms ('Dagordningen godkändes ...', 'Protokollet ... lades till handlingarna.', 'Rapporten godkändes.') which I count as decisions here, "
              "and 'Styrelsen beslutade att ...', 'Beslutades att ...'. Participants from 'Närvarande:' (kassör = ledamot, suppleant = ersättare, Stina Markström elected justerare in § 24 = justerare); 'Frånvarande: Per Hellqvist' is not a participant."), n)


# ----------------------------------------------------------------------------- 10 konstituerande styrelsemöte as a table
def doc10():
    name = "gaddviken-sfk-konstituerande-2024"
    rows = [
        (1, "Mötets öppnande", "Ordförande Karl Nord öppnade mötet kl. 16.05.", None),
        (2, "Val av justerare", "Maria Sten utsågs att jämte ordföranden justera protokollet.", "Maria Sten utsågs att jämte ordföranden justera protokollet."),
        (3, "Konstituering av styrelsen", None, "Styrelsen konstituerade sig enligt följande: vice ordförande Maria Sten, kassör Tobias Ek, sekreterare Hanna Vik, ledamot Lars Öberg."),
        (4, "Firmateckning", None, "Föreningens firma tecknas av ordförande Karl Nord och kassör Tobias Ek, var för sig."),
        (5, "Attesträtt", None, "Ordföranden och kassören attesterar var för sig utgifter upp till 10 000 kr; större utgifter beslutas av styrelsen."),
        (6, "Bank- och Swishbehörighet", None, "Kassören Tobias Ek ges behörighet till föreningens bankkonto och Swishkonto. Tidigare kassör Ingela Berg fråntas behörigheten."),
        (7, "Ansvarsområden", "Diskuterades fördelning av ansvar för tävlingar, ungdomsverksamhet och hemsida.", "Lars Öberg ansvarar för tävlingar, Hanna Vik för ungdomsverksamheten och Maria Sten för hemsidan."),
        (8, "Mötesplan 2024", None, "Styrelsen sammanträder 8 april, 13 maj, 19 augusti, 14 oktober och 9 december kl. 18.30."),
        (9, "Mötets avslutande", "Ordföranden avslutade mötet kl. 16.40.", None),
    ]
    its = []
    for n_, t, note, dec in rows:
        paras = []
        if note and note != dec:
            paras.append(("text", note))
        if dec:
            paras.append(("dec", dec))
        its.append(mkitem(n_, f"Punkt {n_}", t, paras))
    pdf = Doc(header_text="Sportfiskeklubben Gäddviken  |  Konstituerande styrelsemöte 2024-03-16",
              footer_fmt="Sida {p} av {nb}", hfont=("DejaVu", "", 8))
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 14)
    pdf.cell(0, 8, "Protokoll – konstituerande styrelsemöte", **NL)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.3, "Sportfiskeklubben Gäddviken\n16 mars 2024, direkt efter årsmötet\nLokal: Klubbhuset vid Gäddviksbryggan", **NL)
    pdf.ln(2)
    pdf.set_font("DejaVu", "B", 10)
    pdf.cell(0, 5.3, "Närvarande:", **NL)
    pdf.set_font("DejaVu", "", 10)
    pdf.multi_cell(0, 5.3, "Karl Nord (ordförande), Maria Sten, Tobias Ek, Hanna Vik, Lars Öberg (ledamöter), Johanna Ek (suppleant)", **NL)
    pdf.ln(4)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(22, 45, 107), text_align=("LEFT", "LEFT", "LEFT"), line_height=5.2,
                   headings_style=FontFace(emphasis="BOLD", fill_color=(225, 225, 225)), first_row_as_headings=True) as table:
        r = table.row()
        pdf.set_font("DejaVu", "B", 9.5)
        for h in ("Punkt", "Ärende", "Beslut / anteckning"):
            r.cell(h)
        pdf.set_font("DejaVu", "", 9.5)
        for n_, t, note, dec in rows:
            r = table.row()
            r.cell(f"Punkt {n_}")
            r.cell(t)
            txt = " ".join(x for x in ([note] if note and note != dec else []) + ([dec] if dec else []))
            r.cell(txt)
    pdf.ln(10)
    signatures(pdf, [("Sekreterare", "Hanna Vik", None), ("Ordförande", "Karl Nord", None), ("Justerare", "Maria Sten", None)],
               "DejaVu", size=9.5, gap=12)
    b, n = finish(pdf)
    write(name, b, dict(
        kind="protokoll", organ="Styrelsen", meeting_date="2024-03-16",
        meeting={"start_time": "16:05", "end_time": "16:40", "location": "Klubbhuset vid Gäddviksbryggan"},
        items_raw=its,
        participants=[P("Karl Nord", "ordförande"), P("Maria Sten", "vice ordförande"), P("Tobias Ek", "ledamot"),
                      P("Hanna Vik", "sekreterare"), P("Lars Öberg", "ledamot"), P("Johanna Ek", "ersättare")],
        notes="Association: Sportfiskeklubben Gäddviken (invented). Konstituerande styrelsemöte directly after the årsmöte; organ 'Styrelsen'. "
              "Items are rows of a bordered TABLE with columns 'Punkt' | 'Ärende' | 'Beslut / anteckning'; printed_number 'Punkt N'. "
              "The decision is the text in the third column except for the discussion note in Punkt 7 ('Diskuterades ...', not decision) and the purely procedural Punkt 1 and 9 (decision null). "
              "Punkt 2 records 'Maria Sten utsågs ...' in the Beslut column, taken as decision. "
              "Participants from 'Närvarande:': roles after the konstituering (Maria Sten vice ordförande, Hanna Vik sekreterare; Maria Sten is also justerare but keeps the higher role; "
              "kassör Tobias Ek = ledamot; suppleant Johanna Ek = ersättare). Header with club name and date, footer 'Sida X av Y'."), n)


if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10):
        f()
        print("ok", f.__name__)
