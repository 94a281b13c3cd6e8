#!/usr/bin/env python3
"""Generator for the held-out association test set (assocset2).

Each make_* function lays out one invented Swedish association document with
fpdf2 and returns its gold dict. The gold strings are the very strings printed
on the page (titles, decision sentences, proposals); check() afterwards verifies
against the PDF text layer that every title/decision/proposal is really there.

Run:  nice /work/main/.venv/bin/python /work/assocset2/make.py
"""
import io
import json
import os
import random
import re
import subprocess

from fpdf import FPDF
from fpdf.enums import XPos, YPos

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = "/usr/share/fonts/truetype/dejavu/"


def add_dejavu(pdf):
    pdf.add_font("DejaVu", "", DJ + "DejaVuSans.ttf")
    pdf.add_font("DejaVu", "B", DJ + "DejaVuSans-Bold.ttf")
    pdf.add_font("DejaVu", "I", DJ + "DejaVuSans-Oblique.ttf")
    pdf.add_font("DejaVuSerif", "", DJ + "DejaVuSerif.ttf")
    pdf.add_font("DejaVuSerif", "B", DJ + "DejaVuSerif-Bold.ttf")
    pdf.add_font("DejaVuSerif", "I", DJ + "DejaVuSerif-Italic.ttf")
    pdf.add_font("DejaVuCond", "", DJ + "DejaVuSansCondensed.ttf")
    pdf.add_font("DejaVuCond", "B", DJ + "DejaVuSansCondensed-Bold.ttf")
    pdf.add_font("DejaVuCond", "I", DJ + "DejaVuSansCondensed-Oblique.ttf")


class Doc(FPDF):
    hdr = None
    ftr = None

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)


def new_doc(**kw):
    pdf = Doc(format="A4", unit="mm")
    add_dejavu(pdf)
    pdf.set_auto_page_break(True, margin=kw.get("bottom", 20))
    pdf.set_margins(kw.get("left", 25), kw.get("top", 20), kw.get("right", 25))
    return pdf


def it(n, pn, title, decision=None, presenters=(), proposal=None, time=None):
    return {"number": n, "printed_number": pn, "title": title, "section": None,
            "presenters": list(presenters), "scheduled_time": time,
            "proposal": proposal, "decision": decision, "attachments": []}


def P(name, role, party=None, org=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def gold(file, kind, organ, date, pages, meeting, items, participants, notes, scanned=False):
    g = {"file": file, "kind": kind, "organ": organ, "meeting_date": date,
         "page_count": pages, "scanned": scanned, "meeting": meeting, "items": items}
    if participants is not None:
        g["participants"] = participants
    g["notes"] = notes
    return g


def mtg(start, end, loc):
    return {"start_time": start, "end_time": end, "location": loc}


# ---------------------------------------------------------------- 1
def make_01():
    """Hyresgästförening, årsmöte, Word style, Times."""
    f = "hgf-lovasen-arsmote-2023-03-22"
    pdf = new_doc(left=25, right=25, top=22)
    pdf.ftr = lambda p: (p.set_y(-15), p.set_font("Times", "", 9),
                         p.cell(0, 5, str(p.page_no()), align="C"))
    pdf.add_page()
    pdf.set_font("Times", "B", 18)
    pdf.cell(0, 9, "PROTOKOLL", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 12)
    pdf.multi_cell(0, 6, "fört vid årsmöte i Hyresgästföreningen Lövåsen, lokal Gillestugan, 2023-03-22",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("Times", "I", 11)
    pdf.multi_cell(0, 5.5, "Närvarande: 27 medlemmar enligt närvarolista (bilaga 1)", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    items = [
        (it(1, "§ 1.", "Mötets öppnande"),
         ["Mötet öppnades kl. 19.00 av föreningens ordförande Birgitta Holm, som hälsade de närvarande välkomna."]),
        (it(2, "§ 2.", "Val av mötesordförande",
            "Årsmötet beslutade att välja Lars-Åke Nilsson till ordförande för mötet."),
         ["Årsmötet beslutade att välja Lars-Åke Nilsson till ordförande för mötet."]),
        (it(3, "§ 3.", "Val av mötessekreterare",
            "Årsmötet beslutade att välja Samira Haddad till sekreterare för mötet."),
         ["Årsmötet beslutade att välja Samira Haddad till sekreterare för mötet."]),
        (it(4, "§ 4.", "Val av två justerare tillika rösträknare",
            "Årsmötet beslutade att välja Gunnel Ek och Mattias Öhrn att jämte mötesordföranden justera protokollet samt att vara rösträknare."),
         ["Årsmötet beslutade att välja Gunnel Ek och Mattias Öhrn att jämte mötesordföranden justera protokollet samt att vara rösträknare."]),
        (it(5, "§ 5.", "Mötets behöriga utlysande",
            "Mötet godkände kallelseförfarandet och förklarade mötet behörigt utlyst."),
         ["Kallelsen har satts upp i samtliga trappuppgångar den 1 mars 2023 och delats ut i brevlådorna. "
          "Mötet godkände kallelseförfarandet och förklarade mötet behörigt utlyst."]),
        (it(6, "§ 6.", "Fastställande av dagordning",
            "Mötet godkände dagordningen med tillägg av en fråga om tvättstugan under övriga frågor."),
         ["Mötet godkände dagordningen med tillägg av en fråga om tvättstugan under övriga frågor."]),
        (it(7, "§ 7.", "Verksamhetsberättelse för 2022",
            "Mötet godkände verksamhetsberättelsen och lade den till handlingarna.", ["Birgitta Holm"]),
         ["Birgitta Holm föredrog verksamhetsberättelsen. Bland annat nämndes höstens trivselkväll, "
          "julgransplanteringen på gården och arbetet med tvättstugans nya bokningssystem. Flera "
          "medlemmar tackade styrelsen för ett aktivt år. "
          "Mötet godkände verksamhetsberättelsen och lade den till handlingarna."]),
        (it(8, "§ 8.", "Ekonomisk berättelse",
            "Årsmötet beslutade att lägga den ekonomiska berättelsen till handlingarna.", ["Per Forsberg"]),
         ["Kassören Per Forsberg redogjorde för föreningens ekonomi. Föreningen hade vid årets slut "
          "14 320 kronor på kontot, varav 5 000 kronor är avsatta för sommarfesten. "
          "Årsmötet beslutade att lägga den ekonomiska berättelsen till handlingarna."]),
        (it(9, "§ 9.", "Revisorernas berättelse",
            "Mötet lade revisionsberättelsen till handlingarna.", ["Anneli Strand"]),
         ["Revisorn Anneli Strand föredrog revisionsberättelsen, som tillstyrker att styrelsen beviljas "
          "ansvarsfrihet. Mötet lade revisionsberättelsen till handlingarna."]),
        (it(10, "§ 10.", "Fråga om ansvarsfrihet för styrelsen",
             "Årsmötet beslutade att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2022."),
         ["Årsmötet beslutade att bevilja styrelsen ansvarsfrihet för verksamhetsåret 2022."]),
        (it(11, "§ 11.", "Val av ordförande",
             "Årsmötet beslutade att välja Birgitta Holm till ordförande för en tid av ett år."),
         ["Valberedningen föreslog omval av Birgitta Holm. Inga andra namn föreslogs. "
          "Årsmötet beslutade att välja Birgitta Holm till ordförande för en tid av ett år."]),
        (it(12, "§ 12.", "Val av övriga styrelseledamöter och ersättare",
             "Årsmötet beslutade att välja Per Forsberg och Kerstin Wall till ledamöter för två år samt Johan Lindqvist till ersättare för ett år."),
         ["Årsmötet beslutade att välja Per Forsberg och Kerstin Wall till ledamöter för två år samt "
          "Johan Lindqvist till ersättare för ett år. Ledamöterna Ingrid Sahlin och Yusuf Demir har ett år kvar "
          "av sin mandatperiod."]),
        (it(13, "§ 13.", "Val av revisorer",
             "Årsmötet beslutade att välja Anneli Strand till revisor och Bo Gustafsson till revisorsersättare."),
         ["Årsmötet beslutade att välja Anneli Strand till revisor och Bo Gustafsson till revisorsersättare."]),
        (it(14, "§ 14.", "Val av valberedning",
             "Mötet beslutade att valberedningen ska bestå av Gunnel Ek (sammankallande) och Ali Rahimi."),
         ["Mötet beslutade att valberedningen ska bestå av Gunnel Ek (sammankallande) och Ali Rahimi."]),
        (it(15, "§ 15.", "Motioner",
             "Årsmötet beslutade att bifalla motionen."),
         ["En motion hade kommit in från Mattias Öhrn om att föreningen ska verka för fler cykelställ "
          "vid portarna 4-8. Styrelsen tillstyrkte motionen i sitt yttrande. "
          "Årsmötet beslutade att bifalla motionen."]),
        (it(16, "§ 16.", "Övriga frågor"),
         ["Tvättstugan: Flera medlemmar påtalade att torktumlaren i tvättstuga 2 ofta är trasig. "
          "Styrelsen tar upp frågan med hyresvärden vid nästa samråd."]),
        (it(17, "§ 17.", "Mötets avslutande"),
         ["Mötesordföranden tackade de närvarande för visat intresse och förklarade mötet avslutat kl. 20.35."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Times", "", 12)
        pdf.cell(15, 6, g["printed_number"])
        pdf.set_font("Times", "B", 12)
        pdf.multi_cell(0, 6, g["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Times", "", 12)
        for t in paras:
            pdf.set_x(40)
            pdf.multi_cell(0, 6, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    # signature block
    if pdf.get_y() > 215:
        pdf.add_page()
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font("Times", "", 12)
    pdf.set_xy(25, y)
    pdf.cell(70, 6, "Vid protokollet")
    pdf.set_xy(110, y)
    pdf.cell(70, 6, "Justeras")
    yy = y + 20
    pdf.line(25, yy, 90, yy)
    pdf.set_xy(25, yy + 1)
    pdf.cell(70, 6, "Samira Haddad")
    for k, name in enumerate(["Lars-Åke Nilsson", "Gunnel Ek", "Mattias Öhrn"]):
        ly = yy + k * 18
        pdf.line(110, ly, 175, ly)
        pdf.set_xy(110, ly + 1)
        pdf.cell(70, 6, name)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Årsmöte", "2023-03-22", pdf.pages_count,
                mtg("19:00", "20:35", "Gillestugan"), [g for g, _ in items],
                [P("Lars-Åke Nilsson", "ordförande"), P("Samira Haddad", "sekreterare"),
                 P("Gunnel Ek", "justerare"), P("Mattias Öhrn", "justerare")],
                "Hyresgästföreningen Lövåsen. No name roll (\"27 medlemmar enligt närvarolista\"), so participants "
                "are the officers elected at the meeting: mötesordförande (role ordförande), mötessekreterare, two "
                "justerare. Birgitta Holm (the association's chair, opened the meeting, presented § 7) is not an "
                "elected meeting officer and is not listed. Location printed as \"lokal Gillestugan\"; stored "
                "without the word \"lokal\". Decisions are the printed resolution sentences (\"Årsmötet beslutade att\", "
                "\"Mötet godkände\", \"Mötet lade ... till handlingarna\"); \"förklarade mötet öppnat/avslutat\" and "
                "the committee's undertaking in § 16 are not decisions. § 11: \"Valberedningen föreslog\" is not "
                "under a proposal label, so proposal is null. Presenters: § 7 föredrog, § 8 redogjorde, § 9 föredrog.")


# ---------------------------------------------------------------- 2
def make_02():
    """Brf extra föreningsstämma, short, numbers without dots, DejaVu Sans."""
    f = "brf-kvarnstenen-extra-stamma-2023-11-14"
    pdf = new_doc(left=22, right=22, top=20)
    pdf.add_page()
    pdf.set_font("DejaVu", "", 8)
    pdf.cell(0, 4, "Bostadsrättsföreningen Kvarnstenen 3  ·  Org.nr 769612-4455", align="R",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, "Protokoll fört vid extra föreningsstämma i Bostadsrättsföreningen Kvarnstenen 3",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVu", "", 10)
    for a, b in [("Datum:", "14 november 2023"), ("Plats:", "Föreningslokalen, Kvarnstensgatan 7 B"),
                 ("Närvarande:", "15 medlemmar samt 2 genom fullmakt, enligt röstlängd")]:
        pdf.cell(28, 5.5, a)
        pdf.cell(0, 5.5, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    prop5 = ("Att föreningen installerar tio laddboxar för elbil i garaget och att kostnaden, högst "
             "450 000 kronor, finansieras genom ett nytt lån.")
    items = [
        (it(1, "1", "Öppnande"),
         ["Styrelsens ordförande Helena Sjöberg hälsade välkommen och öppnade stämman kl. 18.30."]),
        (it(2, "2", "Val av stämmoordförande, protokollförare och justerare",
            "Stämman valde Helena Sjöberg till ordförande, Oskar Blom till protokollförare samt Maria Ljung och Tomas Wikström till justerare tillika rösträknare."),
         ["Beslut: Stämman valde Helena Sjöberg till ordförande, Oskar Blom till protokollförare samt "
          "Maria Ljung och Tomas Wikström till justerare tillika rösträknare."]),
        (it(3, "3", "Godkännande av dagordning och kallelse",
            "Dagordningen godkändes och stämman förklarades behörigen sammankallad."),
         ["Kallelsen delades ut till samtliga medlemmar den 30 oktober 2023.",
          "Beslut: Dagordningen godkändes och stämman förklarades behörigen sammankallad."]),
        (it(4, "4", "Fastställande av röstlängd",
            "Röstlängden fastställdes till 17 röster."),
         ["15 röstberättigade medlemmar var närvarande och 2 företräddes genom fullmakt.",
          "Beslut: Röstlängden fastställdes till 17 röster."]),
        (it(5, "5", "Installation av laddboxar i garaget",
            "Stämman beslutade i enlighet med styrelsens förslag.", proposal=prop5),
         ["Styrelsens förslag: " + prop5,
          "Flera medlemmar utan bil ifrågasatte att kostnaden ska bäras av alla. Oskar Blom förklarade att "
          "laddplatserna hyrs ut och att hyran ska täcka räntor och amortering. Votering begärdes.",
          "Stämman röstade: 14 ja, 3 nej.",
          "Beslut: Stämman beslutade i enlighet med styrelsens förslag."]),
        (it(6, "6", "Avslutning"),
         ["Ordföranden tackade för visat intresse och avslutade stämman kl. 19.15."]),
    ]
    for g, paras in items:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(8, 6, g["printed_number"])
        pdf.multi_cell(0, 6, g["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for t in paras:
            pdf.set_x(30)
            pdf.set_font("DejaVu", "", 10)
            if t.startswith("Beslut: ") or t.startswith("Styrelsens förslag: "):
                lab, rest = t.split(": ", 1)
                pdf.multi_cell(0, 5.3, f"**{lab}:** {rest}", markdown=True, align="L",
                               new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_font("DejaVu", "", 10)
                pdf.multi_cell(0, 5.3, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.set_font("DejaVu", "", 10)
            pdf.ln(1)
        pdf.ln(3)
    pdf.ln(4)
    if pdf.get_y() > 233:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    sig = [("Protokollförare", "Oskar Blom"), ("Ordförande", "Helena Sjöberg"),
           ("Justerare", "Maria Ljung"), ("Justerare", "Tomas Wikström")]
    for k, (lab, n) in enumerate(sig):
        x = 22 + (k % 2) * 85
        yy = y + (k // 2) * 22
        pdf.set_xy(x, yy)
        pdf.cell(70, 5, lab)
        pdf.line(x, yy + 14, x + 65, yy + 14)
        pdf.set_xy(x, yy + 15)
        pdf.cell(70, 5, n)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Extra föreningsstämma", "2023-11-14", pdf.pages_count,
                mtg("18:30", "19:15", "Föreningslokalen, Kvarnstensgatan 7 B"), [g for g, _ in items],
                [P("Helena Sjöberg", "ordförande"), P("Oskar Blom", "sekreterare"),
                 P("Maria Ljung", "justerare"), P("Tomas Wikström", "justerare")],
                "Bostadsrättsföreningen Kvarnstenen 3 (org.nr 769612-4455). Organ kept as printed \"extra "
                "föreningsstämma\" -> \"Extra föreningsstämma\" (a scorer accepting \"Föreningsstämma\" would be "
                "lenient). Item numbers printed without dots (\"1 Öppnande\"), title bold on the same line. No name "
                "roll (15 + 2 by proxy), so participants are the officers elected in item 2; the protokollförare "
                "is role sekreterare. Decisions are the text after \"Beslut:\"; item 5 proposal is the text after "
                "\"Styrelsens förslag:\"; the vote line \"Stämman röstade: 14 ja, 3 nej.\" is not part of the decision. "
                "No presenters (Oskar Blom only answers questions in item 5).")


# ---------------------------------------------------------------- 3
def make_03():
    """Studentkår fullmäktigemöte, § 7 a sub-items, Yrkande/Beslut, roll table, Helvetica."""
    f = "studentkaren-gnistan-fum-2023-12-05"
    pdf = new_doc(left=20, right=20, top=18)
    pdf.hdr = lambda p: (p.set_font("Helvetica", "", 8), p.set_text_color(90),
                         p.cell(0, 4, "Studentkåren Gnistan  |  Protokoll FuM 4 2023/24", align="L"),
                         p.set_x(20), p.cell(0, 4, f"{p.page_no()}/{{nb}}", align="R"),
                         p.set_text_color(0), p.ln(10))
    pdf.add_page()
    pdf.set_font("Helvetica", "B", 16)
    pdf.cell(0, 8, "Protokoll - Fullmäktigemöte 4 2023/24", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.cell(0, 5.5, "Studentkåren Gnistan", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5.5, "Datum: 2023-12-05", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5.5, "Plats: Sal K2, Kårhuset", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    pdf.set_font("Helvetica", "B", 11)
    pdf.cell(0, 6, "Närvarande ledamöter", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    roll = [("Ida Rask", "Maskinsektionen"), ("Nora Berglund", "Kemisektionen"),
            ("Ahmed Karimi", "Datasektionen"), ("Wilma Forsell", "Datasektionen"),
            ("Jakob Engqvist", "Elektrosektionen"), ("Sofia Lindahl", "Samhällsbyggnad"),
            ("Felix Ström", "Maskinsektionen"), ("Ebba Wester", "Industriell ekonomi"),
            ("Daniel Kovacs", "Fysiksektionen"), ("Tove Hallberg", "Kemisektionen")]
    pdf.set_font("Helvetica", "B", 9.5)
    pdf.set_fill_color(225)
    pdf.cell(60, 6, "Namn", border=1, fill=True)
    pdf.cell(60, 6, "Sektion", border=1, fill=True, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 9.5)
    for n, s in roll:
        pdf.cell(60, 5.5, n, border=1)
        pdf.cell(60, 5.5, s, border=1, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 5.5, "Övriga närvarande", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Helvetica", "", 10)
    pdf.multi_cell(0, 5.5, "Elin Sandberg (kårordförande), Hugo Lind (vice kårordförande, ekonomi), "
                   "Viktor Alm (kårsekreterare)", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    y7a = "att fastställa reviderad budget för verksamhetsåret 2023/24 enligt styrelsens förslag"
    y7b = "att anta Policy för alkoholfria alternativ vid kårens arrangemang"
    y8 = ("att ge styrelsen i uppdrag att utreda förlängda öppettider i kårhuset och återkomma till "
          "fullmäktigemötet i mars")
    items = [
        (it(1, "§ 1", "Mötets öppnande"),
         ["Fullmäktiges ordförande Ida Rask förklarar mötet öppnat.", "Mötet öppnas 18:04."]),
        (it(2, "§ 2", "Val av mötessekreterare", "att välja Viktor Alm till mötessekreterare"),
         ["Beslut: att välja Viktor Alm till mötessekreterare"]),
        (it(3, "§ 3", "Val av justerare tillika rösträknare",
            "att välja Nora Berglund och Ahmed Karimi till justerare tillika rösträknare"),
         ["Beslut: att välja Nora Berglund och Ahmed Karimi till justerare tillika rösträknare"]),
        (it(4, "§ 4", "Mötets behöriga utlysande", "att förklara mötet behörigt utlyst"),
         ["Kallelse och handlingar skickades ut den 21 november.",
          "Beslut: att förklara mötet behörigt utlyst"]),
        (it(5, "§ 5", "Fastställande av föredragningslista",
            "att fastställa föredragningslistan med tillägget § 7 c"),
         ["Beslut: att fastställa föredragningslistan med tillägget § 7 c"]),
        (it(6, "§ 6", "Meddelanden", "att lägga meddelandena till handlingarna", ["Elin Sandberg"]),
         ["Kårordförande Elin Sandberg informerar om att kåren fått förnyat förtroende som "
          "studentrepresentant i högskolans ledningsråd och att lokalfrågan för pubverksamheten är löst.",
          "Beslut: att lägga meddelandena till handlingarna"]),
        (it(7, "§ 7", "Propositioner"), []),
        (it(7, "§ 7 a", "Revidering av budget 2023/24", y7a, ["Hugo Lind"], y7a),
         ["Föredragande: Hugo Lind",
          "Intäkterna från terminsavgifter blev lägre än budgeterat, vilket delvis vägs upp av ett högre "
          "bidrag från högskolan. Wilma Forsell frågar om sektionsbidragen påverkas, vilket de inte gör.",
          "Yrkande: " + y7a, "Beslut: " + y7a]),
        (it(7, "§ 7 b", "Policy för alkoholfria alternativ",
            "att anta Policy för alkoholfria alternativ vid kårens arrangemang med Nora Berglunds tillägg",
            ["Elin Sandberg"], y7b),
         ["Föredragande: Elin Sandberg",
          "Yrkande: " + y7b,
          "Nora Berglund yrkar på ett tillägg om att det alkoholfria alternativet alltid ska vara billigare "
          "än det alkoholhaltiga. Tilläggsyrkandet bifalls.",
          "Beslut: att anta Policy för alkoholfria alternativ vid kårens arrangemang med Nora Berglunds tillägg"]),
        (it(7, "§ 7 c", "Fyllnadsval till valberedningen",
            "att välja Felix Ström till ledamot i valberedningen för resterande mandatperiod"),
         ["Valberedningen har en vakant plats efter att Karl Nyman avgått.",
          "Beslut: att välja Felix Ström till ledamot i valberedningen för resterande mandatperiod"]),
        (it(8, "§ 8", "Motion om längre öppettider i kårhuset", y8, ["Ahmed Karimi"], y8),
         ["Föredragande: Ahmed Karimi",
          "Motionären vill att kårhuset ska hållas öppet till kl. 22 på vardagar. Styrelsen pekar i sitt "
          "yttrande på ökade kostnader för väktare. Efter diskussion jämkas motionens att-sats.",
          "Yrkande: " + y8, "Beslut: " + y8]),
        (it(9, "§ 9", "Övriga frågor"), ["Inga övriga frågor anmäldes."]),
        (it(10, "§ 10", "Mötets avslutande"), ["Mötet avslutas 21:47."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("Helvetica", "B", 11)
        pdf.multi_cell(0, 6, f"{g['printed_number']}  {g['title']}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(0.5)
        for t in paras:
            m = re.match(r"(Yrkande|Beslut|Föredragande): (.*)", t)
            pdf.set_x(30)
            if m:
                pdf.set_font("Helvetica", "B", 10)
                pdf.cell(30, 5.2, m.group(1) + ":")
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5.2, m.group(2), align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_font("Helvetica", "", 10)
                pdf.multi_cell(0, 5.2, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        pdf.ln(3)
    pdf.ln(10)
    pdf.set_font("Helvetica", "", 9.5)
    y = pdf.get_y()
    if y > 245:
        pdf.add_page()
        y = pdf.get_y()
    for k, (lab, n) in enumerate([("Mötesordförande", "Ida Rask"), ("Mötessekreterare", "Viktor Alm"),
                                  ("Justerare", "Nora Berglund"), ("Justerare", "Ahmed Karimi")]):
        x = 20 + (k % 2) * 90
        yy = y + (k // 2) * 24
        pdf.line(x, yy + 12, x + 70, yy + 12)
        pdf.set_xy(x, yy + 13)
        pdf.cell(70, 5, f"{n}, {lab.lower()}")
    pdf.output(f"{OUT}/{f}.pdf")
    parts = [P("Ida Rask", "ordförande"), P("Nora Berglund", "justerare"), P("Ahmed Karimi", "justerare")]
    parts += [P(n, "ledamot") for n, _ in roll if n not in ("Ida Rask", "Nora Berglund", "Ahmed Karimi")]
    parts += [P("Elin Sandberg", "övrig"), P("Hugo Lind", "övrig"), P("Viktor Alm", "sekreterare")]
    return gold(f + ".pdf", "protokoll", "Fullmäktige", "2023-12-05", pdf.pages_count,
                mtg("18:04", "21:47", "Sal K2, Kårhuset"), [g for g, _ in items], parts,
                "Studentkåren Gnistan, fullmäktigemöte 4 2023/24. Organ: the body is fullmäktige (title "
                "\"Fullmäktigemöte\"); stored as \"Fullmäktige\". § 7 is a bare heading \"Propositioner\" with lettered "
                "sub-items § 7 a-c that each carry their own heading and Beslut, so they are separate items with "
                "number 7 (decided for the whole document); § 7 itself is kept as an item without decision. "
                "\"Yrkande:\" is treated as the proposal label (the main yrkande; the tilläggsyrkande in § 7 b is "
                "running text). Decisions are the text after \"Beslut:\" (att-sats form, no final period). "
                "Presenters from \"Föredragande:\" and \"informerar\" (§ 6). Participants: the printed roll "
                "\"Närvarande ledamöter\" (ledamot) plus \"Övriga närvarande\" (övrig); Ida Rask is fullmäktiges "
                "ordförande and chairs the meeting (ordförande); Viktor Alm elected mötessekreterare "
                "(sekreterare); justerare Nora Berglund and Ahmed Karimi. Sektion is not stored as organization.")


# ---------------------------------------------------------------- 4
def make_04():
    """Viltvårdsområde styrelsemöte, Punkt N., header table, Beslöts att, DejaVu Serif."""
    f = "storbergets-vvo-styrelse-2023-08-17"
    pdf = new_doc(left=24, right=24, top=20)
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 13)
    pdf.cell(0, 7, "Storbergets Viltvårdsområdesförening", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVuSerif", "", 11)
    pdf.cell(0, 6, "Protokoll fört vid styrelsemöte", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    w = [40, 40, 82]
    pdf.set_font("DejaVuSerif", "B", 10)
    pdf.set_fill_color(235, 240, 230)
    for k, h in enumerate(["Datum", "Tid", "Plats"]):
        pdf.cell(w[k], 6.5, h, border=1, fill=True)
    pdf.ln()
    pdf.set_font("DejaVuSerif", "", 10)
    for k, h in enumerate(["2023-08-17", "19.00–21.10", "Jaktstugan, Storberget"]):
        pdf.cell(w[k], 6.5, h, border=1)
    pdf.ln(10)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.multi_cell(0, 5.5, "Närvarande: Sven-Erik Lundgren (ordf.), Anders Myhr, Karin Öberg (sekr.), "
                   "Nils Persson (kassör), Jonas Bäck", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5.5, "Frånvarande: Erik Holmgren", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    d5 = ("Beslöts att jaktledare för älgjakten blir Anders Myhr med Jonas Bäck som ersättare. "
          "Beslöts vidare att samling sker vid jaktstugan kl. 06.30 första jaktdagen.")
    items = [
        (it(1, "Punkt 1.", "Mötets öppnande"), ["Ordföranden hälsade välkommen och öppnade mötet."]),
        (it(2, "Punkt 2.", "Val av justerare",
            "Beslöts att utse Nils Persson att jämte ordföranden justera dagens protokoll."),
         ["Beslöts att utse Nils Persson att jämte ordföranden justera dagens protokoll."]),
        (it(3, "Punkt 3.", "Godkännande av dagordning", "Beslöts att godkänna dagordningen."),
         ["Beslöts att godkänna dagordningen."]),
        (it(4, "Punkt 4.", "Föregående protokoll", "Beslöts att lägga protokollet till handlingarna."),
         ["Protokollet från 2023-05-11 gicks igenom. Beslöts att lägga protokollet till handlingarna."]),
        (it(5, "Punkt 5.", "Älgjakten 2023", d5, ["Sven-Erik Lundgren"]),
         ["Sven-Erik Lundgren informerade om att länsstyrelsen har tilldelat området 6 vuxna djur och "
          "8 kalvar. Jakten startar måndagen den 9 oktober. " + d5]),
        (it(6, "Punkt 6.", "Skjutbanan",
            "Beslöts att köpa in ett nytt älgmål till en kostnad av högst 8 500 kr.", ["Karin Öberg"]),
         ["Karin Öberg redogjorde för besiktningen av skjutbanan. Älgmålet är i dåligt skick och "
          "behöver bytas före skjutprovet. Beslöts att köpa in ett nytt älgmål till en kostnad av högst "
          "8 500 kr."]),
        (it(7, "Punkt 7.", "Ekonomi", "Rapporten lades till handlingarna.", ["Nils Persson"]),
         ["Kassören Nils Persson redovisade kassabehållningen, som per den 31 juli uppgick till 61 240 kr. "
          "Samtliga jaktkortsavgifter är inbetalda. Rapporten lades till handlingarna."]),
        (it(8, "Punkt 8.", "Jaktstugan",
            "Beslöts att en arbetsdag hålls lördagen den 23 september kl. 09.00."),
         ["Taket på vedboden läcker och en ny dörr behövs till slakteriet. "
          "Beslöts att en arbetsdag hålls lördagen den 23 september kl. 09.00."]),
        (it(9, "Punkt 9.", "Övrigt"),
         ["Jonas Bäck tog upp frågan om eftersök av trafikskadat vilt och kontakten med polisen. "
          "Frågan diskuterades men ingen åtgärd bestämdes."]),
        (it(10, "Punkt 10.", "Nästa möte",
             "Beslöts att nästa styrelsemöte hålls torsdagen den 28 september kl. 19.00 i jaktstugan."),
         ["Beslöts att nästa styrelsemöte hålls torsdagen den 28 september kl. 19.00 i jaktstugan."]),
        (it(11, "Punkt 11.", "Mötets avslutande"), ["Ordföranden tackade för visat intresse och avslutade mötet."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("DejaVuSerif", "B", 10.5)
        pdf.cell(24, 6, g["printed_number"])
        pdf.multi_cell(0, 6, g["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVuSerif", "", 10)
        for t in paras:
            pdf.set_x(48)
            pdf.multi_cell(0, 5.3, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)
    pdf.ln(10)
    if pdf.get_y() > 240:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVuSerif", "I", 9.5)
    for k, (lab, n) in enumerate([("Sekreterare", "Karin Öberg"), ("Ordförande", "Sven-Erik Lundgren"),
                                  ("Justerare", "Nils Persson")]):
        x = 24 + k * 55
        pdf.line(x, y + 12, x + 48, y + 12)
        pdf.set_xy(x, y + 13)
        pdf.cell(48, 5, lab, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.cell(48, 5, n)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Styrelsen", "2023-08-17", pdf.pages_count,
                mtg("19:00", "21:10", "Jaktstugan, Storberget"), [g for g, _ in items],
                [P("Sven-Erik Lundgren", "ordförande"), P("Anders Myhr", "ledamot"),
                 P("Karin Öberg", "sekreterare"), P("Nils Persson", "justerare"), P("Jonas Bäck", "ledamot")],
                "Storbergets Viltvårdsområdesförening, styrelsemöte. Date/time/place in a header table "
                "(Datum | Tid | Plats), time printed as a range \"19.00–21.10\" giving start and end. Items \"Punkt N.\". "
                "Decisions are the \"Beslöts att ...\" sentences (both sentences in Punkt 5) and the passive "
                "\"Rapporten lades till handlingarna.\" (Punkt 7). Punkt 9 records no decision. Participants from the "
                "Närvarande line; Erik Holmgren is frånvarande and not listed; Nils Persson (kassör) is the "
                "justerare chosen in Punkt 2, so role justerare.")


# ---------------------------------------------------------------- 5
def make_05():
    """Byalag kallelse + dagordning, one page, Helvetica."""
    f = "lerbackens-byalag-kallelse-arsmote-2023"
    pdf = new_doc(left=28, right=28, top=28)
    pdf.add_page()
    pdf.set_font("Helvetica", "", 11)
    pdf.cell(0, 6, "Lerbäckens Byalag", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(8)
    pdf.set_font("Helvetica", "B", 20)
    pdf.cell(0, 10, "KALLELSE TILL ÅRSMÖTE", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 12)
    pdf.multi_cell(0, 6, "Medlemmarna i Lerbäckens Byalag kallas härmed till ordinarie årsmöte.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    for a, b in [("Dag:", "Söndag 16 april 2023"), ("Tid:", "14.00"), ("Plats:", "Bygdegården")]:
        pdf.set_x(45)
        pdf.set_font("Helvetica", "B", 12)
        pdf.cell(20, 7, a)
        pdf.set_font("Helvetica", "", 12)
        pdf.cell(0, 7, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "B", 12)
    pdf.cell(0, 7, "Förslag till dagordning", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    titles = ["Val av ordförande för mötet", "Val av sekreterare för mötet",
              "Val av två justerare tillika rösträknare", "Fråga om mötet utlysts i behörig ordning",
              "Fastställande av dagordning", "Styrelsens verksamhetsberättelse för 2022",
              "Kassarapport och revisorernas berättelse", "Fråga om ansvarsfrihet för styrelsen",
              "Fastställande av medlemsavgift för 2024", "Val av ordförande för ett år",
              "Val av styrelseledamöter och suppleanter", "Val av revisorer och revisorssuppleant",
              "Val av valberedning", "Behandling av motioner och styrelsens förslag",
              "Övriga frågor", "Mötets avslutande"]
    items = []
    pdf.set_font("Helvetica", "", 11)
    for k, t in enumerate(titles, 1):
        pdf.set_x(34)
        pdf.cell(9, 5.8, f"{k})")
        pdf.cell(0, 5.8, t, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        items.append(it(k, f"{k})", t))
    pdf.ln(6)
    pdf.set_font("Helvetica", "", 11)
    pdf.multi_cell(0, 5.8, "Motioner ska vara styrelsen tillhanda senast söndag 2 april. Verksamhetsberättelse "
                   "och kassarapport finns att läsa på anslagstavlan vid affären från 1 april.",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.multi_cell(0, 5.8, "Efter mötet bjuder byalaget på kaffe och smörgåstårta.", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.set_font("Helvetica", "I", 12)
    pdf.cell(0, 6, "Välkomna!", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "Styrelsen", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "kallelse", "Årsmöte", "2023-04-16", pdf.pages_count,
                mtg("14:00", None, "Bygdegården"), items, None,
                "Lerbäckens Byalag, kallelse with \"Förslag till dagordning\" on one page; items numbered \"1)\". "
                "Date printed \"Söndag 16 april 2023\" (no year ambiguity). The other dates (2 april, 1 april) are "
                "deadlines, not the meeting. No person is named, so the participants key is omitted. No decisions "
                "or proposals (kallelse).")


# ---------------------------------------------------------------- 6
def make_06():
    """Körförening styrelseprotokoll, headings on own line, Courier."""
    f = "sangsallskapet-larkan-styrelse-2023-10-12"
    pdf = new_doc(left=25, right=25, top=22)
    pdf.add_page()
    pdf.set_font("Courier", "B", 13)
    pdf.cell(0, 7, "SÅNGSÄLLSKAPET LÄRKAN", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Courier", "", 11)
    pdf.cell(0, 6, "Styrelseprotokoll", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.multi_cell(0, 5.5, "Tid: 12/10 2023 kl. 18.30\nPlats: Körlokalen, Västra kyrkans församlingshem",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(0, 5.5, "Närvarande: Ulla Berg (ordf.), Göran Frid, Anna-Karin Sjödin (kassör), "
                   "Lisa Månsson (sekr.)", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5.5, "Anmält förhinder: Bengt Roos", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    items = [
        (it(1, "1.", "Mötets öppnande"), ["Ulla Berg hälsade välkommen och öppnade mötet."]),
        (it(2, "2.", "Val av justerare", "Göran Frid valdes att jämte ordföranden justera protokollet."),
         ["Göran Frid valdes att jämte ordföranden justera protokollet."]),
        (it(3, "3.", "Föregående protokoll",
            "Protokollet från 7/9 2023 gicks igenom och lades till handlingarna."),
         ["Protokollet från 7/9 2023 gicks igenom och lades till handlingarna."]),
        (it(4, "4.", "Ekonomi", "Rapporten godkändes.", ["Anna-Karin Sjödin"]),
         ["Kassören Anna-Karin Sjödin redovisade kassaläget: 23 412 kr på kontot per 30/9. "
          "Medlemsavgifterna har kommit in från alla utom tre medlemmar. Rapporten godkändes."]),
        (it(5, "5.", "Julkonserten",
            "Styrelsen beslöt att entrén blir 150 kr och att barn under 12 år går in gratis."),
         ["Konserten hålls i Västra kyrkan söndag 10/12 2023 kl. 16.00. Programmet är klart och "
          "dirigenten önskar en extra genomgång lördagen innan. "
          "Styrelsen beslöt att entrén blir 150 kr och att barn under 12 år går in gratis.",
          "Göran kontaktar kyrkan om tider för generalrepetition."]),
        (it(6, "6.", "Dirigentens arvode",
            "Styrelsen beslöt att höja dirigentens arvode med 5 % från 1/1 2024 i enlighet med avtalet."),
         ["Styrelsen beslöt att höja dirigentens arvode med 5 % från 1/1 2024 i enlighet med avtalet."]),
        (it(7, "7.", "Medlemsfrågor"),
         ["Två nya sopraner har provsjungit och välkomnas i kören. En bas har begärt ledighet under våren."]),
        (it(8, "8.", "Övriga frågor"),
         ["Lisa påminde om att hemsidan behöver uppdateras med vårens repetitionsschema."]),
        (it(9, "9.", "Nästa möte", "Nästa möte bestämdes till 16/11 2023 kl. 18.30 i körlokalen."),
         ["Nästa möte bestämdes till 16/11 2023 kl. 18.30 i körlokalen."]),
        (it(10, "10.", "Mötets avslutande"), ["Ordföranden tackade och avslutade mötet kl. 20.05."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 250:
            pdf.add_page()
        pdf.set_font("Courier", "B", 11)
        pdf.cell(0, 6, f"{g['printed_number']} {g['title']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Courier", "", 10.5)
        for t in paras:
            pdf.multi_cell(0, 5.2, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(4)
    pdf.ln(8)
    pdf.set_font("Courier", "", 10.5)
    pdf.cell(0, 5.5, "Vid protokollet:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(0, 5.5, "Lisa Månsson", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(6)
    pdf.cell(0, 5.5, "Justeras:", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.cell(80, 5.5, "Ulla Berg")
    pdf.cell(0, 5.5, "Göran Frid", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Styrelsen", "2023-10-12", pdf.pages_count,
                mtg("18:30", "20:05", "Körlokalen, Västra kyrkans församlingshem"), [g for g, _ in items],
                [P("Ulla Berg", "ordförande"), P("Göran Frid", "justerare"),
                 P("Anna-Karin Sjödin", "ledamot"), P("Lisa Månsson", "sekreterare")],
                "Sångsällskapet Lärkan, styrelsemöte. Date printed \"12/10 2023\" = 12 October 2023 (day/month); "
                "start time from the \"Tid:\" line (kl. 18.30), end from § 10. Item headings \"1. Mötets öppnande\" on "
                "their own line, text below. Decisions include passive forms (\"valdes\", \"gicks igenom och lades "
                "till handlingarna\", \"Rapporten godkändes\", \"bestämdes\") and \"Styrelsen beslöt att ...\"; in item 5 "
                "only the beslöt sentence is the decision (the following \"Göran kontaktar kyrkan\" is an action "
                "note). Bengt Roos (anmält förhinder) is absent and not a participant. Anna-Karin Sjödin (kassör) "
                "is role ledamot.")


# ---------------------------------------------------------------- 7
def make_07():
    """Samfällighetsförening ordinarie årsstämma, 3 pages, running header/footer, DejaVu Serif."""
    f = "ekbackens-sff-arsstamma-2023-04-22"
    pdf = new_doc(left=22, right=22, top=28, bottom=24)

    def hdr(p):
        p.set_y(12)
        p.set_font("DejaVuSerif", "B", 9)
        p.cell(0, 5, "Ekbackens samfällighetsförening", align="L")
        p.set_x(22)
        p.set_font("DejaVuSerif", "", 9)
        p.cell(0, 5, f"Sida {p.page_no()} ({{nb}})", align="R")
        p.set_xy(22, 17)
        p.cell(0, 5, "Protokoll ordinarie årsstämma 2023", align="L")
        p.line(22, 23, 188, 23)
        p.set_y(28)

    def ftr(p):
        p.set_y(-16)
        p.line(22, p.get_y(), 188, p.get_y())
        p.set_font("DejaVuSerif", "", 7.5)
        p.cell(0, 5, "Ekbackens samfällighetsförening  ·  Org.nr 717900-2158  ·  c/o Ström, Ekbacksvägen 9, "
               "645 93 Strängnäs", align="C")
    pdf.hdr, pdf.ftr = hdr, ftr
    pdf.add_page()
    pdf.set_font("DejaVuSerif", "B", 14)
    pdf.multi_cell(0, 7, "Protokoll fört vid ordinarie årsstämma med Ekbackens samfällighetsförening",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_font("DejaVuSerif", "", 10)
    pdf.multi_cell(0, 5.3, "Tid: lördagen den 22 april 2023 kl. 10.00\nPlats: Föreningsstugan vid badplatsen, "
                   "Ekbacken\nNärvarande: 24 fastigheter representerade enligt röstlängd, bilaga 1",
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(5)
    prop10 = ("Styrelsen föreslår att stämman beslutar att anlägga två avsmalningar med "
              "blomlådor på Ekbacksvägen, i höjd med busshållplatsen och vid infarten till Ekstigen, samt "
              "att kostnaden tas ur underhållsfonden.")
    prop12 = ("Styrelsen föreslår att utgifts- och inkomststaten fastställs med en årsavgift om 2 400 kronor "
              "per andel, att avsättningen till underhållsfonden blir 60 000 kronor samt att debiteringslängden "
              "fastställs enligt bilaga 4.")
    items = [
        (it(1, "§ 1", "Stämmans öppnande"),
         ["Styrelsens ordförande Christer Ström hälsade de närvarande välkomna och öppnade stämman kl. 10.00."]),
        (it(2, "§ 2", "Val av ordförande för stämman", "Stämman valde Eva Magnusson till ordförande för stämman."),
         ["Stämman valde Eva Magnusson till ordförande för stämman."]),
        (it(3, "§ 3", "Val av sekreterare för stämman", "Stämman valde Ronja Pettersson till sekreterare för stämman."),
         ["Stämman valde Ronja Pettersson till sekreterare för stämman."]),
        (it(4, "§ 4", "Val av två justeringsmän tillika rösträknare",
            "Stämman valde Kjell Andersson och Fatima Nordin att jämte ordföranden justera dagens protokoll samt att vara rösträknare."),
         ["Stämman valde Kjell Andersson och Fatima Nordin att jämte ordföranden justera dagens protokoll "
          "samt att vara rösträknare."]),
        (it(5, "§ 5", "Godkännande av kallelse och dagordning",
            "Stämman godkände kallelsen och fastställde dagordningen."),
         ["Kallelsen har skickats med post och e-post till samtliga delägare den 3 april 2023, vilket är "
          "inom den tid som stadgarna föreskriver. Stämman godkände kallelsen och fastställde dagordningen."]),
        (it(6, "§ 6", "Upprättande av röstlängd",
            "Stämman fastställde röstlängden enligt bilaga 1, som omfattar 24 fastigheter varav 3 genom ombud."),
         ["Röstlängd upprättades genom att närvarande delägare prickades av mot medlemsförteckningen. "
          "Stämman fastställde röstlängden enligt bilaga 1, som omfattar 24 fastigheter varav 3 genom ombud."]),
        (it(7, "§ 7", "Styrelsens förvaltningsberättelse",
            "Förvaltningsberättelsen godkändes och lades till handlingarna.", ["Christer Ström"]),
         ["Christer Ström föredrog förvaltningsberättelsen för verksamhetsåret 2022. Under året har "
          "vägen grusats om på hela sträckan mellan Ekstigen och vändplanen, dikena längs Ekbacksvägen har "
          "rensats och två nya vägtrummor har lagts vid infarten. Bryggan vid badplatsen har fått nya "
          "bräder. Vintervägshållningen sköttes som tidigare år av Lindqvists Maskin AB. Snöröjningen "
          "krävde fler insatser än normalt under december, vilket märks i resultatet. "
          "Några delägare framförde att sandningen i backen upp mot Ekstigen borde ske tidigare på dagen; "
          "styrelsen tar med sig synpunkten till entreprenören.",
          "Förvaltningsberättelsen godkändes och lades till handlingarna."]),
        (it(8, "§ 8", "Revisorernas berättelse", "Revisionsberättelsen lades till handlingarna.",
            ["Maj-Britt Olsson"]),
         ["Revisor Maj-Britt Olsson föredrog revisionsberättelsen. Revisorerna har granskat räkenskaperna "
          "och styrelsens förvaltning och funnit dem i god ordning. Revisorerna tillstyrker att styrelsen "
          "beviljas ansvarsfrihet. Revisionsberättelsen lades till handlingarna."]),
        (it(9, "§ 9", "Fråga om ansvarsfrihet för styrelsen",
            "Stämman beviljade styrelsen ansvarsfrihet för verksamhetsåret 2022."),
         ["Stämman beviljade styrelsen ansvarsfrihet för verksamhetsåret 2022. Styrelsens ledamöter "
          "deltog inte i beslutet."]),
        (it(10, "§ 10", "Framställningar från styrelsen och motioner från medlemmar",
             "Stämman beslutade i enlighet med styrelsens förslag.", proposal=prop10),
         ["Två motioner har inkommit om trafiksäkerheten på Ekbacksvägen. Motionärerna, familjen "
          "Sandström på Ekbacksvägen 14 och Ahmad Rezai på Ekstigen 3, menar att hastigheterna är för "
          "höga, särskilt sommartid när många barn rör sig till badplatsen. Den ena motionen föreslår "
          "farthinder i form av vägbulor, den andra skyltning med rekommenderad hastighet 20 km/h.",
          "Styrelsen har i sitt yttrande konstaterat att vägbulor försvårar snöröjningen och att "
          "entreprenören avråder från dem. Styrelsen har i stället inhämtat prisuppgifter på avsmalningar "
          "med blomlådor, som kan tas bort under vintern.",
          "Styrelsens förslag: " + prop10,
          "Under diskussionen framfördes att blomlådorna måste skötas av någon, och flera delägare anmälde "
          "sig villiga att ansvara för planteringen. Motionärerna förklarade sig nöjda med styrelsens förslag.",
          "Stämman beslutade i enlighet med styrelsens förslag."]),
        (it(11, "§ 11", "Ersättning till styrelse och revisorer",
             "Stämman beslutade att arvodena ska vara oförändrade: 6 000 kronor till ordföranden, 4 000 kronor till kassören och 800 kronor till var och en av revisorerna."),
         ["Stämman beslutade att arvodena ska vara oförändrade: 6 000 kronor till ordföranden, "
          "4 000 kronor till kassören och 800 kronor till var och en av revisorerna."]),
        (it(12, "§ 12", "Styrelsens förslag till utgifts- och inkomststat samt debiteringslängd",
             "Stämman beslutade att fastställa utgifts- och inkomststaten samt debiteringslängden enligt styrelsens förslag.",
             ["Lennart Holm"], prop12),
         ["Kassören Lennart Holm redogjorde för förslaget. Ökningen av årsavgiften beror främst på högre "
          "kostnader för snöröjning och grus.",
          "Styrelsens förslag: " + prop12,
          "Stämman beslutade att fastställa utgifts- och inkomststaten samt debiteringslängden enligt "
          "styrelsens förslag."]),
        (it(13, "§ 13", "Val av styrelse och styrelseordförande",
             "Stämman valde Christer Ström till ordförande för ett år samt Lennart Holm och Annika Berggren till ledamöter för två år."),
         ["Valberedningens förslag presenterades av Gösta Lind. "
          "Stämman valde Christer Ström till ordförande för ett år samt Lennart Holm och Annika Berggren till "
          "ledamöter för två år. Ledamoten Peter Wahlund har ett år kvar av sin mandattid."]),
        (it(14, "§ 14", "Val av styrelsesuppleanter",
             "Stämman valde Sara Öst och Mikael Ring till suppleanter för ett år."),
         ["Stämman valde Sara Öst och Mikael Ring till suppleanter för ett år."]),
        (it(15, "§ 15", "Val av revisorer och revisorssuppleant",
             "Stämman valde Maj-Britt Olsson och Hans Engdahl till revisorer samt Linda Kron till revisorssuppleant, samtliga för ett år."),
         ["Stämman valde Maj-Britt Olsson och Hans Engdahl till revisorer samt Linda Kron till "
          "revisorssuppleant, samtliga för ett år."]),
        (it(16, "§ 16", "Val av valberedning",
             "Stämman valde Gösta Lind (sammankallande) och Fatima Nordin till valberedning."),
         ["Stämman valde Gösta Lind (sammankallande) och Fatima Nordin till valberedning."]),
        (it(17, "§ 17", "Övriga frågor"),
         ["Vårstädning av badplatsen genomförs söndagen den 14 maj kl. 10.00. Föreningen bjuder på "
          "korv. Frågan om en gemensam container för trädgårdsavfall togs upp; styrelsen undersöker "
          "kostnaden till nästa år.",
          "Bryggan behöver en ny badstege före sommaren. Mikael Ring åtog sig att köpa in och montera den."]),
        (it(18, "§ 18", "Meddelande om plats för protokollets tillgänglighet"),
         ["Protokollet hålls tillgängligt på föreningens hemsida och på anslagstavlan vid postlådorna från "
          "och med den 6 maj 2023."]),
        (it(19, "§ 19", "Stämmans avslutande"),
         ["Stämmoordföranden tackade för visat intresse och förklarade stämman avslutad kl. 11.55."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 262:
            pdf.add_page()
        pdf.set_font("DejaVuSerif", "B", 10.5)
        pdf.cell(18, 6, g["printed_number"])
        pdf.multi_cell(0, 6, g["title"], align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        for t in paras:
            pdf.set_x(40)
            if t.startswith("Styrelsens förslag: "):
                pdf.set_font("DejaVuSerif", "I", 10)
                pdf.multi_cell(0, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_font("DejaVuSerif", "", 10)
                pdf.multi_cell(0, 5.2, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1.2)
        pdf.ln(2.5)
    pdf.ln(6)
    if pdf.get_y() > 225:
        pdf.add_page()
    y = pdf.get_y()
    pdf.set_font("DejaVuSerif", "", 9.5)
    sig = [("Vid protokollet", "Ronja Pettersson"), ("Ordförande", "Eva Magnusson"),
           ("Justeras", "Kjell Andersson"), ("Justeras", "Fatima Nordin")]
    for k, (lab, n) in enumerate(sig):
        x = 22 + (k % 2) * 85
        yy = y + (k // 2) * 25
        pdf.set_xy(x, yy)
        pdf.cell(70, 5, lab)
        pdf.line(x, yy + 15, x + 70, yy + 15)
        pdf.set_xy(x, yy + 16)
        pdf.cell(70, 5, n)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Årsstämma", "2023-04-22", pdf.pages_count,
                mtg("10:00", "11:55", "Föreningsstugan vid badplatsen, Ekbacken"), [g for g, _ in items],
                [P("Eva Magnusson", "ordförande"), P("Ronja Pettersson", "sekreterare"),
                 P("Kjell Andersson", "justerare"), P("Fatima Nordin", "justerare")],
                "Ekbackens samfällighetsförening (org.nr 717900-2158 in the footer). Title \"ordinarie årsstämma\"; "
                "organ stored as \"Årsstämma\" (\"ordinarie\" dropped as the default qualifier). Running header "
                "(association name, \"Protokoll ordinarie årsstämma 2023\", \"Sida N (3)\") and footer on every page "
                "must not become items or text. Several §§ run across page breaks. No name roll (24 fastigheter "
                "enligt röstlängd), so participants are the elected stämma officers; Christer Ström (association "
                "chair, opened, presented § 7) is not listed. Proposals from \"Styrelsens förslag:\" (§ 10, § 12, "
                "text after the label). Decisions: the printed resolution sentences; in § 9 the following sentence "
                "about ledamöter not taking part is not included. § 13: \"presenterades av Gösta Lind\" refers to "
                "the valberedning's proposal; Gösta Lind is not counted as presenter (judgement call). § 17 "
                "records no formal decision.")


# ---------------------------------------------------------------- 8
def make_08():
    """Studentförening styrelsemöte 'Mötesanteckningar', a) b) running points, DejaVu Sans 9.5."""
    f = "sektionen-kvasten-styrelse-2024-02-13"
    pdf = new_doc(left=18, right=18, top=16)
    pdf.add_page()
    pdf.set_fill_color(40, 70, 120)
    pdf.rect(0, 0, 210, 8, "F")
    pdf.set_font("DejaVu", "B", 15)
    pdf.set_text_color(40, 70, 120)
    pdf.cell(0, 8, "Mötesanteckningar", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_text_color(0)
    pdf.set_font("DejaVu", "", 9.5)
    pdf.cell(0, 5, "Styrelsemöte #9 – Studentföreningen Kvasten", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 5, "Tisdag 13 februari 2024, 17:15–18:40, Grupprum Alfa, Studenthuset",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "**Närvarande:** Alva Nyström (ordförande), Leo Hedlund (vice ordförande), "
                   "Maja Ekström (sekreterare), Omar Said (kassör), Tilda Roos, Elias Vik", markdown=True,
                   align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5, "**Frånvarande:** Freja Lund", markdown=True, align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 5, "**Justerare:** Tilda Roos", markdown=True, align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    d5 = ("Styrelsen beslutar att fastställa budgeten för vårbalen enligt kassörens förslag och att "
          "biljettpriset sätts till 450 kr.")
    d6 = ("Styrelsen beslutar att gå vidare med alternativ a och ger Elias Vik i uppdrag att ta fram en "
          "tidsplan till nästa möte.")
    items = [
        (it(1, "1.", "Mötets öppnande"), [("", "Ordföranden Alva Nyström öppnar mötet 17:15.")]),
        (it(2, "2.", "Val av justerare", "Styrelsen beslutar att välja Tilda Roos till justerare."),
         [("", "Styrelsen beslutar att välja Tilda Roos till justerare.")]),
        (it(3, "3.", "Godkännande av dagordning", "Styrelsen beslutar att godkänna dagordningen."),
         [("", "Styrelsen beslutar att godkänna dagordningen.")]),
        (it(4, "4.", "Rapporter", None, ["Alva Nyström", "Omar Said"]),
         [("a)", "Ordförande: Alva Nyström rapporterar från mötet med programledningen om omtentaschemat."),
          ("b)", "Kassör: Omar Said redovisar att sittningen i januari gick med ett litet överskott."),
          ("c)", "Sociala utskottet: planeringen av vårbalen pågår, lokalen är bokad.")]),
        (it(5, "5.", "Budget för vårbalen", d5, ["Omar Said"]),
         [("", "Omar Said presenterar budgetförslaget för vårbalen."),
          ("a)", "Beräknad kostnad 62 000 kr, varav mat 41 000 kr."),
          ("b)", "Diskussion om biljettpris, 400 eller 450 kr. Majoriteten föredrar 450 kr med rabatt för "
                 "funktionärer."),
          ("", d5)]),
        (it(6, "6.", "Ny hemsida", d6, ["Elias Vik"]),
         [("", "Elias Vik informerar om två alternativ:"),
          ("a)", "egen WordPress-sida på föreningens webbhotell,"),
          ("b)", "färdig plattform med månadsavgift."),
          ("", d6)]),
        (it(7, "7.", "Övriga frågor"),
         [("a)", "Leo Hedlund påminner om städningen av sektionsrummet på fredag."),
          ("b)", "Maja Ekström tar fram en ny nyckellista.")]),
        (it(8, "8.", "Nästa möte", "Styrelsen beslutar att nästa möte hålls tisdag 27 februari kl. 17:15."),
         [("", "Styrelsen beslutar att nästa möte hålls tisdag 27 februari kl. 17:15.")]),
        (it(9, "9.", "Mötets avslutande"), [("", "Ordföranden avslutar mötet 18:40.")]),
    ]
    for g, paras in items:
        pdf.set_font("DejaVu", "B", 10.5)
        pdf.cell(0, 6, f"{g['printed_number']} {g['title']}", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVu", "", 9.5)
        for lab, t in paras:
            if lab:
                pdf.set_x(26)
                pdf.cell(7, 5, lab)
                pdf.multi_cell(0, 5, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            else:
                pdf.set_x(24)
                pdf.multi_cell(0, 5, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(8)
    pdf.set_font("DejaVu", "", 9.5)
    y = pdf.get_y()
    for k, (lab, n) in enumerate([("Sekreterare", "Maja Ekström"), ("Justerare", "Tilda Roos")]):
        x = 18 + k * 90
        pdf.line(x, y + 10, x + 70, y + 10)
        pdf.set_xy(x, y + 11)
        pdf.cell(70, 5, f"{lab}: {n}")
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Styrelsen", "2024-02-13", pdf.pages_count,
                mtg("17:15", "18:40", "Grupprum Alfa, Studenthuset"), [g for g, _ in items],
                [P("Alva Nyström", "ordförande"), P("Leo Hedlund", "vice ordförande"),
                 P("Maja Ekström", "sekreterare"), P("Omar Said", "ledamot"), P("Tilda Roos", "justerare"),
                 P("Elias Vik", "ledamot")],
                "Studentföreningen Kvasten, styrelsemöte #9, titled \"Mötesanteckningar\" but it is minutes of a held "
                "meeting (kind protokoll). Lettered points a) b) c) inside items are running-text points, NOT items "
                "(none has its own heading and decision) - decided for the whole document. Time printed as a range "
                "17:15–18:40 on the header line (also in items 1 and 9). Decisions are the \"Styrelsen beslutar att ...\" "
                "sentences. Presenters: item 4 rapporterar/redovisar, item 5 presenterar, item 6 informerar. "
                "Freja Lund is frånvarande. Omar Said (kassör) is role ledamot.")


# ---------------------------------------------------------------- 9
def make_09():
    """Scanned Brf styrelseprotokoll with year-running § numbers, Times 12, image-only."""
    f = "brf-granhyddan-styrelse-2023-09-06-scan"
    pdf = new_doc(left=25, right=22, top=22)
    pdf.add_page()
    pdf.set_font("Times", "B", 14)
    pdf.cell(0, 7, "Brf Granhyddan", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("Times", "", 12)
    pdf.cell(0, 6, "Protokoll styrelsemöte", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(3)
    for a, b in [("Datum:", "6/9-23"), ("Tid:", "18.00"), ("Plats:", "Föreningslokalen, Granvägen 3")]:
        pdf.cell(22, 6, a)
        pdf.cell(0, 6, b, new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.multi_cell(0, 6, "Närvarande ledamöter: Rolf Engström (ordf), Emma Lindh, Tobias Hägg, "
                   "Nadia Farah (sekr)", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 6, "Övriga: Jenny Karlsson, förvaltare, Fastighetsbyrån Norr", align="L",
                   new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.multi_cell(0, 6, "Ej närvarande: Stig Wallin", align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(4)
    items = [
        (it(41, "§ 41", "Mötets öppnande"), ["Ordförande Rolf Engström öppnade mötet."]),
        (it(42, "§ 42", "Val av justerare", "Till justerare valdes Emma Lindh."), ["Till justerare valdes Emma Lindh."]),
        (it(43, "§ 43", "Godkännande av dagordning", "Dagordningen godkändes."), ["Dagordningen godkändes."]),
        (it(44, "§ 44", "Föregående protokoll",
            "Protokollet från 2023-08-16 gicks igenom och lades till handlingarna."),
         ["Protokollet från 2023-08-16 gicks igenom och lades till handlingarna."]),
        (it(45, "§ 45", "Ekonomisk rapport", "Rapporten godkändes.", ["Jenny Karlsson"]),
         ["Förvaltaren Jenny Karlsson redogjorde för resultatrapporten t.o.m. juli. Föreningen följer "
          "budget, med undantag för uppvärmningen som ligger ca 40 000 kr över budget. Rapporten godkändes."]),
        (it(46, "§ 46", "Årsavgifter 2024",
            "att höja årsavgifterna med 8 % från och med den 1 januari 2024."),
         ["Styrelsen diskuterade behovet av en avgiftshöjning med anledning av ökade räntekostnader "
          "och högre taxor för fjärrvärme.",
          "Beslut: att höja årsavgifterna med 8 % från och med den 1 januari 2024."]),
        (it(47, "§ 47", "Relining av stammar, hus B",
            "att uppdra åt förvaltaren att begära in ytterligare en offert innan beslut fattas."),
         ["Offerter har inkommit från två entreprenörer.",
          "Beslut: att uppdra åt förvaltaren att begära in ytterligare en offert innan beslut fattas."]),
        (it(48, "§ 48", "Andrahandsuthyrning",
            "att bevilja ansökan för perioden 2023-10-01 till 2024-09-30."),
         ["Ansökan från lägenhet 1104 om andrahandsuthyrning under ett år på grund av arbete på annan ort.",
          "Beslut: att bevilja ansökan för perioden 2023-10-01 till 2024-09-30."]),
        (it(49, "§ 49", "Medlemsärenden",
            "att godkänna Kevin Aho och Sara Aho som medlemmar i föreningen."),
         ["En överlåtelse har skett sedan förra mötet (lgh 1201).",
          "Beslut: att godkänna Kevin Aho och Sara Aho som medlemmar i föreningen."]),
        (it(50, "§ 50", "Övriga frågor"),
         ["Emma Lindh tog upp att cykelrummet är överfullt. Frågan tas upp igen på nästa möte."]),
        (it(51, "§ 51", "Nästa möte", "Nästa möte hålls 11/10-23 kl. 18.00 i föreningslokalen."),
         ["Beslut: Nästa möte hålls 11/10-23 kl. 18.00 i föreningslokalen."]),
        (it(52, "§ 52", "Mötets avslutande"), ["Ordföranden avslutade mötet kl. 19.50."]),
    ]
    for g, paras in items:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font("Times", "B", 12)
        pdf.cell(18, 6, g["printed_number"])
        pdf.cell(0, 6, g["title"], new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("Times", "", 12)
        for t in paras:
            pdf.set_x(43)
            pdf.multi_cell(0, 5.8, t, align="L", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(10)
    if pdf.get_y() > 245:
        pdf.add_page()
    y = pdf.get_y()
    for k, (lab, n) in enumerate([("Sekreterare", "Nadia Farah"), ("Ordförande", "Rolf Engström"),
                                  ("Justerare", "Emma Lindh")]):
        x = 25 + k * 58
        pdf.line(x, y + 12, x + 50, y + 12)
        pdf.set_xy(x, y + 13)
        pdf.cell(50, 5, n, new_x=XPos.LEFT, new_y=YPos.NEXT)
        pdf.cell(50, 5, lab)
    raw = bytes(pdf.output())
    npages = pdf.pages_count
    scan_pdf(raw, f"{OUT}/{f}.pdf", seed=9)
    return gold(f + ".pdf", "protokoll", "Styrelsen", "2023-09-06", npages,
                mtg("18:00", "19:50", "Föreningslokalen, Granvägen 3"), [g for g, _ in items],
                [P("Rolf Engström", "ordförande"), P("Emma Lindh", "justerare"), P("Tobias Hägg", "ledamot"),
                 P("Nadia Farah", "sekreterare"),
                 P("Jenny Karlsson", "övrig", org="Fastighetsbyrån Norr")],
                "Brf Granhyddan, styrelsemöte. SCANNED: every page is a rasterised image (about 220 dpi, slightly "
                "rotated, noise/blur), no text layer; gold holds what the page shows. Date printed \"6/9-23\" = "
                "2023-09-06 (day/month-year). § numbers run through the year (§ 41-§ 52), so item numbers start at 41. "
                "Decisions: the text after \"Beslut:\" and the passive sentences (\"Till justerare valdes ...\", "
                "\"Dagordningen godkändes.\", \"... lades till handlingarna.\", \"Rapporten godkändes.\"); § 50 has none. "
                "Participants: Närvarande ledamöter + Övriga (förvaltare Jenny Karlsson, role övrig, organization "
                "Fastighetsbyrån Norr); Stig Wallin is absent.", scanned=True)


def scan_pdf(raw, path, seed=0, dpi=220):
    import pypdfium2
    from PIL import Image, ImageFilter
    rnd = random.Random(seed)
    doc = pypdfium2.PdfDocument(raw)
    imgs = []
    for i in range(len(doc)):
        im = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        ang = rnd.choice([-1, 1]) * rnd.uniform(0.5, 1.0)
        im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
        noise = Image.effect_noise(im.size, 28)
        im = Image.blend(im, noise, 0.10)
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        im = im.point(lambda v: min(255, int(v * 0.96 + 6)))  # slightly grey paper
        imgs.append(im)
    doc.close()
    imgs[0].save(path, "PDF", resolution=dpi, save_all=True, append_images=imgs[1:])


# ---------------------------------------------------------------- 10
class TwoCol(Doc):
    col = 0
    col_top = 20
    colw = 81
    gap = 8

    def set_col(self, c):
        self.col = c
        x = 20 + c * (self.colw + self.gap)
        self.set_left_margin(x)
        self.set_right_margin(210 - x - self.colw)
        self.set_x(x)

    @property
    def accept_page_break(self):
        if self.col == 0:
            self.set_col(1)
            self.set_y(self.col_top)
            return False
        self.set_col(0)
        self.col_top = 22
        return True


def make_10():
    """Idrottsförening årsmöte, two-column body under a full-width title block, §1 without space."""
    f = "skogslyckans-if-arsmote-2024-02-25"
    pdf = TwoCol(format="A4", unit="mm")
    add_dejavu(pdf)
    pdf.set_auto_page_break(True, margin=18)
    pdf.set_margins(20, 22, 20)
    pdf.ftr = lambda p: (p.set_y(-12), p.set_x(20), p.set_font("DejaVuCond", "", 8),
                         p.cell(170, 4, f"Skogslyckans IF – årsmötesprotokoll 2024 – sid {p.page_no()}",
                                align="C"))
    pdf.add_page()
    pdf.set_font("DejaVuCond", "B", 15)
    pdf.cell(0, 8, "PROTOKOLL FÖRT VID SKOGSLYCKANS IF:S ÅRSMÖTE", align="C",
             new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.set_font("DejaVuCond", "", 10.5)
    pdf.cell(0, 6, "Söndagen den 25 februari 2024 kl. 15.00", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.cell(0, 6, "Plats: Klubbstugan, Skogslyckans IP", align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(2)
    pdf.set_line_width(0.5)
    pdf.line(20, pdf.get_y(), 190, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(5)
    pdf.col_top = pdf.get_y()
    pdf.set_col(0)
    items = [
        (it(1, "§1", "Årsmötets öppnande"),
         "Klubbens ordförande Patrik Sundin hälsade alla välkomna och förklarade mötet öppnat kl. 15.00."),
        (it(2, "§2", "Fastställande av röstlängd",
            "Årsmötet beslöt att fastställa röstlängden till 31 röstberättigade medlemmar enligt närvarolistan."),
         "Årsmötet beslöt att fastställa röstlängden till 31 röstberättigade medlemmar enligt närvarolistan."),
        (it(3, "§3", "Val av ordförande för mötet",
            "Årsmötet beslöt att välja Agneta Fors till ordförande för mötet."),
         "Årsmötet beslöt att välja Agneta Fors till ordförande för mötet."),
        (it(4, "§4", "Val av sekreterare för mötet",
            "Årsmötet beslöt att välja Jimmy Karlberg till sekreterare för mötet."),
         "Årsmötet beslöt att välja Jimmy Karlberg till sekreterare för mötet."),
        (it(5, "§5", "Val av protokolljusterare och rösträknare",
            "Årsmötet beslöt att välja Hanna Ödman och Kristoffer Lund att jämte ordföranden justera protokollet samt att vara rösträknare."),
         "Årsmötet beslöt att välja Hanna Ödman och Kristoffer Lund att jämte ordföranden justera "
         "protokollet samt att vara rösträknare."),
        (it(6, "§6", "Fråga om mötet har utlysts på rätt sätt",
            "Årsmötet beslöt att mötet har utlysts på rätt sätt."),
         "Kallelsen publicerades på hemsidan och sattes upp i klubbstugan den 28 januari. "
         "Årsmötet beslöt att mötet har utlysts på rätt sätt."),
        (it(7, "§7", "Fastställande av föredragningslista",
            "Årsmötet beslöt att fastställa föredragningslistan."),
         "Årsmötet beslöt att fastställa föredragningslistan."),
        (it(8, "§8", "Styrelsens verksamhetsberättelse",
            "Årsmötet beslöt att lägga verksamhetsberättelsen till handlingarna.", ["Patrik Sundin"]),
         "Patrik Sundin föredrog verksamhetsberättelsen för 2023. Herrlaget slutade tvåa i division 4 "
         "och ungdomssektionen har vuxit till 140 aktiva barn. Konstgräsplanens belysning har bytts till "
         "LED med bidrag från kommunen. Årsmötet beslöt att lägga verksamhetsberättelsen till handlingarna."),
        (it(9, "§9", "Resultat- och balansräkning",
            "Årsmötet beslöt att fastställa resultat- och balansräkningen samt att föra över årets underskott i ny räkning.",
            ["Linnea Bergkvist"]),
         "Kassör Linnea Bergkvist redogjorde för resultat- och balansräkningen. Året gav ett underskott "
         "på 12 400 kr, främst på grund av höjda domararvoden. Årsmötet beslöt att fastställa resultat- "
         "och balansräkningen samt att föra över årets underskott i ny räkning."),
        (it(10, "§10", "Revisorernas berättelse",
             "Årsmötet beslöt att lägga revisionsberättelsen till handlingarna.", ["Ove Hammar"]),
         "Revisor Ove Hammar föredrog revisionsberättelsen. Årsmötet beslöt att lägga "
         "revisionsberättelsen till handlingarna."),
        (it(11, "§11", "Fråga om ansvarsfrihet för styrelsen",
             "Årsmötet beslöt att bevilja styrelsen ansvarsfrihet för den tid revisionen avser."),
         "Årsmötet beslöt att bevilja styrelsen ansvarsfrihet för den tid revisionen avser."),
        (it(12, "§12", "Fastställande av medlemsavgifter",
             "Årsmötet beslöt att medlemsavgiften för 2025 ska vara oförändrad, 300 kr för seniorer och 200 kr för juniorer."),
         "Årsmötet beslöt att medlemsavgiften för 2025 ska vara oförändrad, 300 kr för seniorer och "
         "200 kr för juniorer."),
        (it(13, "§13", "Verksamhetsplan och budget för 2024",
             "Årsmötet beslöt att fastställa verksamhetsplan och budget för 2024 enligt styrelsens förslag."),
         "Årsmötet beslöt att fastställa verksamhetsplan och budget för 2024 enligt styrelsens förslag."),
        (it(14, "§14", "Behandling av motioner", "Årsmötet beslöt att bifalla motionen."),
         "En motion om att starta ett damlag i division 5 hade inkommit från Hanna Ödman. Styrelsen "
         "föreslog bifall. Årsmötet beslöt att bifalla motionen."),
        (it(15, "§15", "Val av ordförande",
             "Årsmötet beslöt att välja Patrik Sundin till ordförande för en tid av ett år."),
         "Årsmötet beslöt att välja Patrik Sundin till ordförande för en tid av ett år."),
        (it(16, "§16", "Val av övriga ledamöter och suppleant",
             "Årsmötet beslöt att välja Linnea Bergkvist (omval) och Sebastian Ek (nyval) till ledamöter för två år samt Malin Dahl till suppleant för ett år."),
         "Årsmötet beslöt att välja Linnea Bergkvist (omval) och Sebastian Ek (nyval) till ledamöter för "
         "två år samt Malin Dahl till suppleant för ett år."),
        (it(17, "§17", "Val av revisorer",
             "Årsmötet beslöt att välja Ove Hammar och Birgit Sand till revisorer för ett år."),
         "Årsmötet beslöt att välja Ove Hammar och Birgit Sand till revisorer för ett år."),
        (it(18, "§18", "Val av valberedning",
             "Årsmötet beslöt att välja Kristoffer Lund (sammankallande) och Agneta Fors till valberedning."),
         "Årsmötet beslöt att välja Kristoffer Lund (sammankallande) och Agneta Fors till valberedning."),
        (it(19, "§19", "Mötets avslutande"),
         "Mötesordföranden tackade för förtroendet och förklarade årsmötet avslutat kl. 16.40. Avgående "
         "ledamoten Rasmus Öberg avtackades med blommor."),
    ]
    for g, t in items:
        pdf.set_font("DejaVuCond", "B", 10)
        pdf.multi_cell(0, 5.2, f"{g['printed_number']} {g['title']}", align="L",
                       new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_font("DejaVuCond", "", 9.5)
        pdf.multi_cell(0, 4.7, t, align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(2.5)
    pdf.ln(6)
    pdf.set_font("DejaVuCond", "", 9)
    sig = [("Vid protokollet", "Jimmy Karlberg"), ("Mötesordförande", "Agneta Fors"),
           ("Justerare", "Hanna Ödman"), ("Justerare", "Kristoffer Lund")]
    for r in range(2):
        y = pdf.get_y()
        for c in range(2):
            lab, n = sig[r * 2 + c]
            x = pdf.l_margin + c * 42
            pdf.set_xy(x, y)
            pdf.cell(38, 4.5, lab)
            pdf.line(x, y + 12, x + 37, y + 12)
            pdf.set_xy(x, y + 12.5)
            pdf.cell(38, 4.5, n)
        pdf.set_xy(pdf.l_margin, y + 20)
    pdf.output(f"{OUT}/{f}.pdf")
    return gold(f + ".pdf", "protokoll", "Årsmöte", "2024-02-25", pdf.pages_count,
                mtg("15:00", "16:40", "Klubbstugan, Skogslyckans IP"), [g for g, _ in items],
                [P("Agneta Fors", "ordförande"), P("Jimmy Karlberg", "sekreterare"),
                 P("Hanna Ödman", "justerare"), P("Kristoffer Lund", "justerare")],
                "Skogslyckans IF, årsmöte. Full-width centred title block, then the body set in two columns "
                "(reading order: left column top to bottom, then right column). Item numbers printed \"§1\" without a "
                "space. Decisions are the \"Årsmötet beslöt ...\" sentences; § 14 \"Styrelsen föreslog bifall\" is "
                "not under a proposal label, so proposal null. No name roll (31 röstberättigade enligt "
                "närvarolistan), so participants are the elected meeting officers; Patrik Sundin (club chair, "
                "opened, presented § 8) is not listed. Presenters: § 8 föredrog, § 9 redogjorde, § 10 föredrog.")


MAKERS = [make_01, make_02, make_03, make_04, make_05, make_06, make_07, make_08, make_09, make_10]


def norm(s):
    return re.sub(r"\s+", " ", s.replace("\u00ad", "")).strip()


def check(g):
    path = f"{OUT}/{g['file']}"
    if g["scanned"]:
        txt = subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout
        assert not txt.strip(), "scanned file has a text layer"
        return []
    txt = norm(subprocess.run(["pdftotext", path, "-"], capture_output=True, text=True).stdout)
    # pdftotext may break a string across a page header/footer or column: check with the
    # header/footer lines stripped, and fall back to a whitespace-free comparison
    flat = re.sub(r"\s+", "", txt)
    # second opinion: content-stream order via pdfium (pdftotext reorders widely spaced
    # justified words); running header/footer lines are dropped before comparing
    import pypdfium2
    doc = pypdfium2.PdfDocument(path)
    lines = []
    for pg in doc:
        lines += pg.get_textpage().get_text_range().splitlines()
    doc.close()
    lines = [l for l in lines if not re.search(r"Org\.nr 7179|Sida \d|^Ekbackens samfällighetsförening$|"
                                               r"^Protokoll ordinarie årsstämma 2023$|årsmötesprotokoll 2024", l.strip())]
    flat2 = re.sub(r"\s+", "", "".join(lines))
    bad = []
    for i in g["items"]:
        for k in ("title", "decision", "proposal"):
            v = i[k]
            if v and norm(v) not in txt and re.sub(r"\s+", "", v) not in flat \
                    and re.sub(r"\s+", "", v) not in flat2:
                bad.append((i["printed_number"], k, v[:60]))
    return bad


def main():
    rows = []
    for m in MAKERS:
        g = m()
        with open(f"{OUT}/{g['file'][:-4]}.gold.json", "w", encoding="utf-8") as fh:
            json.dump(g, fh, ensure_ascii=False, indent=1)
            fh.write("\n")
        bad = check(g)
        print(g["file"], g["page_count"], "pages", len(g["items"]), "items", "BAD:" if bad else "ok", bad or "")
        rows.append(g)


if __name__ == "__main__":
    main()
