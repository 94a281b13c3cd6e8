# -*- coding: utf-8 -*-
"""Generator for muniset5: invented Swedish / Finland-Swedish public-sector meeting documents.
All persons, case numbers and most place names are invented."""
import json, os, subprocess, tempfile, random
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter
import numpy as np

OUT = os.environ.get("M5_OUT", os.path.dirname(os.path.abspath(__file__)))
FD = "/usr/share/fonts/truetype/dejavu/"


def new_pdf(header=None, footer=None, margins=(20, 20, 20), bottom=20):
    class P(FPDF):
        def header(self):
            if header:
                header(self)

        def footer(self):
            if footer:
                footer(self)

        def multi_cell(self, *a, **k):
            k.setdefault("align", "L")
            return super().multi_cell(*a, **k)
    pdf = P(format="A4")
    pdf.set_margins(*margins)
    pdf.set_auto_page_break(True, bottom)
    for fam, base in (("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif"), ("Cond", "DejaVuSansCondensed")):
        pdf.add_font(fam, "", FD + base + ".ttf")
        pdf.add_font(fam, "B", FD + base + "-Bold.ttf")
        it = "-Oblique" if fam != "Serif" else "-Italic"
        pdf.add_font(fam, "I", FD + base + it + ".ttf")
    return pdf


def dec_text(d):
    if d is None:
        return None
    if isinstance(d, (list, tuple)):
        return " ".join(d)
    return d


def gold_item(x):
    return {"number": x["n"], "printed_number": x["pn"], "title": x["t"], "section": None,
            "presenters": list(x.get("pres", [])), "scheduled_time": x.get("time"),
            "proposal": dec_text(x.get("prop")), "decision": dec_text(x.get("dec")),
            "attachments": []}


def P_(name, party, role, org=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def write(name, pdf, gold, scanned=False, seed=1):
    path = os.path.join(OUT, name + ".pdf")
    if scanned and not os.environ.get("M5_NOSCAN"):
        tmpd = tempfile.mkdtemp()
        src = os.path.join(tmpd, "src.pdf")
        pdf.output(src)
        subprocess.run(["pdftoppm", "-r", "150", "-gray", "-png", src, os.path.join(tmpd, "p")], check=True)
        pages = sorted(f for f in os.listdir(tmpd) if f.startswith("p") and f.endswith(".png"))
        rnd = random.Random(seed)
        out = FPDF(format="A4", unit="mm")
        out.set_auto_page_break(False)
        for i, f in enumerate(pages):
            im = Image.open(os.path.join(tmpd, f)).convert("L")
            ang = rnd.choice([-1, 1]) * rnd.uniform(0.3, 1.0)
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=250)
            im = im.filter(ImageFilter.GaussianBlur(0.7))
            a = np.asarray(im).astype(np.float32)
            a = a * 0.88 + 18  # greyish paper, lighter black
            rs = np.random.RandomState(seed * 100 + i)
            a += rs.normal(0, 9, a.shape)
            # faint vertical streak + dark specks
            x0 = rs.randint(100, a.shape[1] - 100)
            a[:, x0:x0 + 2] -= 25
            sp = rs.rand(*a.shape) < 0.0004
            a[sp] = 60
            im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8), "L")
            jp = os.path.join(tmpd, "s%02d.jpg" % i)
            im.save(jp, quality=72)
            out.add_page()
            out.image(jp, x=0, y=0, w=210, h=297)
        out.output(path)
        gold["page_count"] = len(pages)
    else:
        pdf.output(path)
        gold["page_count"] = pdf.pages_count
    gold["file"] = name + ".pdf"
    gold["scanned"] = scanned
    order = ["file", "kind", "organ", "meeting_date", "page_count", "scanned", "meeting", "items",
             "participants", "notes"]
    g = {k: gold[k] for k in order if k in gold}
    with open(os.path.join(OUT, name + ".gold.json"), "w", encoding="utf-8") as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
    print(name, g["page_count"], "pages", len(g["items"]), "items")


def ensure_space(pdf, h):
    if pdf.get_y() + h > pdf.h - pdf.b_margin:
        pdf.add_page()


def para(pdf, text, font="Sans", style="", size=10, h=5, x=None, w=0, align="L", after=1.5):
    pdf.set_font(font, style, size)
    if x is not None:
        pdf.set_x(x)
    pdf.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(after)


# ---------------------------------------------------------------------------
# 1. Bergsala kommun, Kommunstyrelsen, protokoll – running header "Sida N (M)",
#    § number in a left margin column, roll table with Närvaro-column.
# ---------------------------------------------------------------------------
def doc1():
    name = "bergsala-ks-protokoll-2024-03-12"
    date_s = "2024-03-12"

    def hdr(p):
        p.set_font("Sans", "B", 11)
        p.set_xy(20, 10)
        p.cell(70, 5, "BERGSALA KOMMUN")
        p.set_font("Sans", "", 9)
        p.set_xy(90, 10)
        p.cell(50, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_xy(150, 10)
        p.cell(40, 5, "Sida %d (%s)" % (p.page_no(), "{nb}"), align="R")
        p.set_xy(20, 15)
        p.set_font("Sans", "", 9)
        p.cell(70, 5, "Kommunstyrelsen")
        p.set_xy(90, 15)
        p.cell(50, 5, "Sammanträdesdatum " + date_s)
        p.set_draw_color(0, 70, 120)
        p.set_line_width(0.6)
        p.line(20, 22, 190, 22)
        p.set_line_width(0.2)
        p.set_draw_color(0)
        p.set_y(28)

    def ftr(p):
        p.set_y(-15)
        p.set_font("Sans", "", 7)
        p.set_text_color(90)
        p.cell(0, 4, "Bergsala kommun · Kommunledningsförvaltningen · Storgatan 14 · 712 30 Bergsala · www.bergsala.se (fiktiv)", align="C")
        p.set_text_color(0)

    pdf = new_pdf(hdr, ftr, margins=(20, 28, 20), bottom=22)
    pdf.alias_nb_pages()
    pdf.add_page()

    members = [
        ("Ingrid Holmqvist", "S", "ordförande", "Ordförande"),
        ("Tobias Lennartsson", "M", "vice ordförande", "1:e vice ordförande"),
        ("Kerstin Åberg", "C", "ledamot", ""),
        ("Mikael Sundin", "S", "ledamot", ""),
        ("Helena Bergkvist", "S", "ledamot", ""),
        ("Johan Eklöf", "SD", "ledamot", ""),
        ("Sara Lind", "L", "ledamot", ""),
        ("Peter Nyström", "KD", "ledamot", ""),
        ("Anneli Forsberg", "V", "ledamot", ""),
        ("Olof Hägglund", "M", "justerare", ""),
        ("Rasmus Wikander", "SD", "ledamot", ""),
    ]
    tj_ers = [("Britt-Marie Dahl", "S", "tjänstgörande ersättare", "ers. för Jonas Falk (S)"),
              ("Linnea Öhman", "MP", "tjänstgörande ersättare", "ers. för Emir Hasić (MP)")]
    ersattare = [("Gunnar Sjödin", "C"), ("Fatima Rahimi", "S"), ("Per-Erik Lundh", "M")]
    ovriga = [("Annika Strömberg", "kommundirektör"), ("Daniel Fors", "ekonomichef"),
              ("Lotta Granberg", "samhällsbyggnadschef")]
    sekr = "Maja Edvinsson"

    para(pdf, "Sammanträde", style="B", size=13, after=1)
    para(pdf, "Tisdagen den 12 mars 2024 kl. 08.30–11.45, ajournering kl. 10.00–10.15", size=10, after=0)
    para(pdf, "Kommunhuset, sal Kvarnen", size=10, after=4)

    para(pdf, "Närvarolista", style="B", size=11, after=1)
    pdf.set_font("Sans", "B", 9)
    pdf.set_fill_color(220, 230, 240)
    cols = [62, 18, 60, 30]
    for c, t in zip(cols, ["Beslutande ledamöter", "Parti", "Anmärkning", "Närvaro §"]):
        pdf.cell(c, 6, t, border=1, fill=True)
    pdf.ln()
    pdf.set_font("Sans", "", 9)
    for nm, pt, role, note in members + tj_ers:
        for c, t in zip(cols, [nm, pt, note, "21–25, 27–34" if nm == "Peter Nyström" else "21–34"]):
            pdf.cell(c, 5.5, t, border=1)
        pdf.ln()
    pdf.ln(3)

    def lab(label, text):
        pdf.set_font("Sans", "B", 9)
        pdf.cell(45, 5, label)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)

    lab("Ersättare (ej tjg)", ", ".join("%s (%s)" % e for e in ersattare))
    lab("Övriga deltagande", "; ".join("%s, %s" % o for o in ovriga))
    lab("Sekreterare", sekr)
    lab("Justerare", "Olof Hägglund (M)")
    lab("Justering", "Kommunkansliet, fredagen den 15 mars 2024 kl. 13.00")
    pdf.ln(2)

    items = [
        dict(t="Val av justerare", dnr=None,
             body=["Olof Hägglund (M) föreslås att jämte ordföranden justera dagens protokoll."],
             dec="Kommunstyrelsen beslutar att utse Olof Hägglund (M) att jämte ordföranden justera protokollet."),
        dict(t="Godkännande av dagordning", dnr=None,
             body=["Ordföranden meddelar att ett extra informationsärende om vattenförsörjningsplanen tillkommer under § 33."],
             dec="Kommunstyrelsen beslutar att godkänna dagordningen med föreslagna ändringar."),
        dict(t="Kommundirektörens information", dnr="KS 2024/012", pres=["Annika Strömberg"],
             body=["Kommundirektör Annika Strömberg informerar om arbetet med den nya organisationen för kommunledningsförvaltningen och om läget i rekryteringen av ny IT-chef."],
             dec="Kommunstyrelsen beslutar att lägga informationen till handlingarna."),
        dict(t="Ekonomisk uppföljning februari 2024", dnr="KS 2024/045", pres=["Daniel Fors"],
             body=["Ekonomichef Daniel Fors redogör för utfallet efter februari. Prognosen för helåret visar ett underskott om 4,8 mnkr, främst inom socialnämndens verksamhetsområde.",
                   "Beslutsunderlag: Tjänsteskrivelse 2024-03-01, Månadsrapport februari 2024."],
             dec="Kommunstyrelsen beslutar att godkänna den ekonomiska uppföljningen för februari 2024."),
        dict(t="Samverkansavtal om gemensam räddningstjänst 2025–2028", dnr="KS 2023/411",
             body=["Bergsala kommun och två grannkommuner har sedan 2019 en gemensam räddningstjänstorganisation. Nuvarande samverkansavtal löper ut 2024-12-31. Ett nytt samverkansavtal har tagits fram där kommunens andel av kostnaden beräknas till 18,4 mnkr per år.",
                   ("Yrkanden", "Ingrid Holmqvist (S), Tobias Lennartsson (M) och Kerstin Åberg (C) yrkar bifall till förvaltningens förslag.")],
             dec=["Kommunstyrelsen föreslår kommunfullmäktige besluta", "att godkänna samverkansavtalet om gemensam räddningstjänst för perioden 2025–2028,",
                  "att ge kommundirektören i uppdrag att underteckna avtalet."]),
        dict(t="Försäljning av fastigheten Bergsala Hammaren 3", dnr="KS 2023/388", jav="Peter Nyström (KD) anmäler jäv och deltar inte i handläggningen av ärendet.",
             body=["Kommunen har fått ett bud om 2 350 000 kronor på fastigheten Hammaren 3 från Hammarens Fastigheter AB. Förvaltningen bedömer att budet motsvarar marknadsvärdet.",
                   ("Yrkanden", "Mikael Sundin (S) yrkar bifall till förslaget. Anneli Forsberg (V) yrkar avslag till förslaget."),
                   ("Proposition", "Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen beslutar bifalla förslaget."),
                   ("Reservation", "Anneli Forsberg (V) reserverar sig mot beslutet till förmån för eget yrkande.")],
             dec="Kommunstyrelsen beslutar att sälja fastigheten Bergsala Hammaren 3 till Hammarens Fastigheter AB för 2 350 000 kronor."),
        dict(t="Revidering av riktlinjer för representation", dnr="KS 2024/031",
             body=["Riktlinjerna för representation antogs 2016 och behöver anpassas till Skatteverkets nuvarande regler om avdragsrätt."],
             dec="Kommunstyrelsen beslutar att anta reviderade riktlinjer för representation att gälla från och med 2024-04-01."),
        dict(t="Medborgarförslag om utegym i Lillsjöparken", dnr="KS 2023/502",
             body=["Ett medborgarförslag har inkommit om att anlägga ett utegym i Lillsjöparken. Kostnaden uppskattas till 350 000 kronor och ryms inom samhällsbyggnadsnämndens investeringsram för 2024."],
             dec="Kommunstyrelsen föreslår kommunfullmäktige besluta att bifalla medborgarförslaget."),
        dict(t="Motion om gratis kollektivtrafik för pensionärer", dnr="KS 2023/297",
             body=["Johan Eklöf (SD) har väckt en motion om att införa avgiftsfri kollektivtrafik för personer över 70 år utanför högtrafik. Kostnaden har beräknats till 1,2 mnkr per år.",
                   ("Yrkanden", "Ingrid Holmqvist (S) yrkar att motionen ska avslås. Johan Eklöf (SD) och Rasmus Wikander (SD) yrkar bifall till motionen."),
                   ("Proposition", "Ordföranden ställer proposition på avslag mot bifall och finner att kommunstyrelsen beslutar enligt avslagsyrkandet. Votering begärs."),
                   ("Omröstning", "Den som vill avslå motionen röstar ja, den som vill bifalla motionen röstar nej. Med 10 ja-röster mot 2 nej-röster och 1 som avstår beslutar kommunstyrelsen att avslå motionen. Omröstningsresultatet framgår av bilaga 1."),
                   ("Reservation", "Johan Eklöf (SD) och Rasmus Wikander (SD) reserverar sig mot beslutet.")],
             dec="Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen."),
        dict(t="Hyresavtal för tillfälliga förskolelokaler i Norrby", dnr="KS 2024/058",
             body=["Barn- och utbildningsnämnden behöver tillfälliga lokaler under ombyggnaden av Norrby förskola. Förvaltningen har förhandlat fram ett hyresavtal om tre år med en årshyra om 780 000 kronor."],
             dec=["Kommunstyrelsen beslutar", "att godkänna hyresavtalet för tillfälliga förskolelokaler i Norrby,",
                  "att kostnaden finansieras inom barn- och utbildningsnämndens ram."]),
        dict(t="Val av ombud till Kommuninvest ekonomisk förenings föreningsstämma", dnr="KS 2024/067",
             body=["Kommunen ska utse ombud och ersättare till föreningsstämman den 18 april 2024."],
             dec="Kommunstyrelsen beslutar att utse Ingrid Holmqvist (S) till ombud och Tobias Lennartsson (M) till ersättare."),
        dict(t="Redovisning av delegationsbeslut", dnr="KS 2024/004",
             body=["Förteckning över delegationsbeslut fattade under perioden 2024-02-01 – 2024-02-29 redovisas."],
             dec="Kommunstyrelsen beslutar att lägga redovisningen av delegationsbeslut till handlingarna."),
        dict(t="Information om vattenförsörjningsplanen", dnr="KS 2023/140", pres=["Lotta Granberg"],
             body=["Samhällsbyggnadschef Lotta Granberg informerar om arbetet med vattenförsörjningsplanen och om dialogen med länsstyrelsen."],
             dec=None),
        dict(t="Meddelanden", dnr=None,
             body=["Protokoll från Bergsala Bostäder AB 2024-02-20 och skrivelse från Länsstyrelsen 2024-02-27 anmäls."],
             dec="Kommunstyrelsen beslutar att lägga meddelandena till handlingarna."),
    ]
    first = 21
    for i, x in enumerate(items):
        x["n"] = first + i
        x["pn"] = "§ %d" % x["n"]
    for x in items:
        ensure_space(pdf, 30)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(22, 6, x["pn"])
        pdf.set_xy(42, y)
        pdf.multi_cell(148, 6, x["t"], new_x="LMARGIN", new_y="NEXT")
        if x.get("dnr"):
            pdf.set_text_color(80)
            para(pdf, x["dnr"], size=8, x=42, w=148, h=4, after=1)
            pdf.set_text_color(0)
        pdf.ln(1)
        if x.get("jav"):
            para(pdf, "Jäv", style="B", size=10, x=42, w=148)
            para(pdf, x["jav"], size=10, x=42, w=148, after=2)
        for b in x["body"]:
            if isinstance(b, tuple):
                para(pdf, b[0], style="B", size=10, x=42, w=148, after=0.5)
                para(pdf, b[1], size=10, x=42, w=148, after=2)
            else:
                para(pdf, b, size=10, x=42, w=148, after=2)
        if x.get("dec"):
            para(pdf, "Beslut", style="B", size=10, x=42, w=148, after=0.5)
            d = x["dec"]
            for ln in (d if isinstance(d, list) else [d]):
                para(pdf, ln, size=10, x=42, w=148, after=1)
        pdf.ln(4)

    ensure_space(pdf, 50)
    pdf.ln(6)
    y = pdf.get_y()
    for i, (lbl, nm) in enumerate([("Ordförande", "Ingrid Holmqvist"), ("Justerare", "Olof Hägglund"), ("Sekreterare", sekr)]):
        x0 = 20 + i * 58
        pdf.set_xy(x0, y)
        pdf.set_font("Sans", "B", 9)
        pdf.cell(55, 5, lbl)
        pdf.line(x0, y + 18, x0 + 52, y + 18)
        pdf.set_xy(x0, y + 19)
        pdf.set_font("Sans", "", 9)
        pdf.cell(55, 5, nm)

    parts = [P_(n, p, r) for n, p, r, _ in members] + [P_(n, p, r) for n, p, r, _ in tj_ers]
    parts += [P_(n, p, "ej tjänstgörande ersättare") for n, p in ersattare]
    parts += [P_(n, None, "övrig") for n, _ in ovriga]
    parts.append(P_(sekr, None, "sekreterare"))
    gold = {"kind": "protokoll", "organ": "Kommunstyrelsen", "meeting_date": "2024-03-12",
            "meeting": {"start_time": "08:30", "end_time": "11:45", "location": "Kommunhuset, sal Kvarnen"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented document (Bergsala kommun is fictitious). Paragraphs § 21–§ 34; number = the § number. "
                     "Running header on every page with body, date and 'Sida N (M)'. Decisions with an 'att'-list are printed on separate lines; "
                     "in gold they are joined with single spaces. Headings 'Yrkanden', 'Proposition', 'Omröstning', 'Reservation', 'Jäv' are discussion, not decisions. "
                     "§ 33 (information) records no decision. Presenters only where the text says 'informerar'/'redogör'. "
                     "Justerare Olof Hägglund is a ledamot, so role 'justerare'. Ersättare listed as '(ej tjg)' are 'ej tjänstgörande ersättare'. "
                     "Absent ledamöter named only in 'ers. för ...' notes (Jonas Falk, Emir Hasić) are not participants. Ajournering 10.00–10.15 ignored for times."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 2. Norrviks kommun, Kommunfullmäktige – centered "Kommunfullmäktiges protokoll"
#    with logo-text letterhead; § centered on own line, title below; 20 paragraphs.
# ---------------------------------------------------------------------------
def doc2():
    name = "norrvik-kf-protokoll-2023-11-27"

    def logo(p):
        # simple drawn emblem + spaced name
        p.set_fill_color(20, 80, 60)
        p.ellipse(96, 10, 18, 18, style="F")
        p.set_fill_color(255)
        p.polygon([(100, 23), (105, 13), (110, 23)], style="F")
        p.set_font("Serif", "B", 13)
        p.set_xy(20, 30)
        p.cell(170, 6, "N O R R V I K S   K O M M U N", align="C")

    def ftr(p):
        p.set_y(-14)
        p.set_font("Serif", "I", 8)
        p.cell(85, 4, "Kommunfullmäktige 2023-11-27")
        p.cell(85, 4, "%d" % p.page_no(), align="R")

    pdf = new_pdf(None, ftr, margins=(22, 18, 22), bottom=20)
    pdf.add_page()
    logo(pdf)
    pdf.set_y(42)
    para(pdf, "Kommunfullmäktiges protokoll", font="Serif", style="B", size=18, align="C", after=1)
    para(pdf, "Sammanträde måndagen den 27 november 2023", font="Serif", size=11, align="C", after=6)

    def lab(a, b):
        pdf.set_font("Serif", "B", 10)
        pdf.cell(44, 5.5, a)
        pdf.set_font("Serif", "", 10)
        pdf.multi_cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")

    lab("Plats", "Folkets hus, Stora salen, Norrvik")
    lab("Tid", "18.00–21.40")
    lab("Ajournering", "19.35–19.55")
    pdf.ln(3)
    ordf = ("Margareta Sandell", "S")
    vordf = ("Henrik Ölander", "M")
    ledam = [("Åsa Nordmark", "S"), ("Bengt Rosendahl", "S"), ("Camilla Strid", "S"), ("Dennis Johansson", "S"),
             ("Elin Ferm", "S"), ("Fredrik Alm", "M"), ("Gunilla Persdotter", "M"), ("Hassan Youssef", "M"),
             ("Ida Westin", "SD"), ("Jörgen Blom", "SD"), ("Kent Ahlström", "SD"), ("Lena Gustavsson", "C"),
             ("Magnus Holm", "C"), ("Nora Bäckström", "V"), ("Oskar Lindfors", "V"), ("Pia Kjellberg", "KD"),
             ("Robin Sjöberg", "L"), ("Stina Eriksson", "MP"), ("Torbjörn Näslund", "S"), ("Ulrika Hedman", "M")]
    tjers = [("Viktor Engström", "S"), ("Yvonne Hammar", "SD"), ("Agnes Lövgren", "C")]
    justerare = [("Lena Gustavsson", "C"), ("Dennis Johansson", "S")]
    sekr = "Karl-Johan Vestin"
    ovr = [("Birgitta Sälg", "kommundirektör"), ("Emma Krantz", "kanslichef")]

    para(pdf, "Beslutande", font="Serif", style="B", size=11, after=1)
    lines = ["%s (%s), ordförande" % ordf, "%s (%s), 1:e vice ordförande" % vordf] + ["%s (%s)" % x for x in ledam]
    lines += ["%s (%s), tjänstgörande ersättare" % x for x in tjers]
    pdf.set_font("Serif", "", 10)
    half = (len(lines) + 1) // 2
    y0 = pdf.get_y()
    for i, l in enumerate(lines):
        col, row = divmod(i, half)
        pdf.set_xy(22 + col * 85, y0 + row * 5)
        pdf.cell(85, 5, l)
    pdf.set_y(y0 + half * 5 + 3)
    lab("Övriga närvarande", "; ".join("%s, %s" % o for o in ovr))
    lab("Sekreterare", sekr)
    lab("Justerare", ", ".join("%s (%s)" % j for j in justerare))
    lab("Justeringsdag", "2023-12-04")
    lab("Paragrafer", "§§ 112–131")
    pdf.ln(4)
    y = pdf.get_y()
    for i, (lbl, nm) in enumerate([("Sekreterare", sekr), ("Ordförande", ordf[0]), ("Justerare", justerare[0][0]), ("Justerare", justerare[1][0])]):
        x0 = 22 + (i % 2) * 85
        yy = y + (i // 2) * 20
        pdf.line(x0, yy + 10, x0 + 70, yy + 10)
        pdf.set_xy(x0, yy + 10.5)
        pdf.set_font("Serif", "", 9)
        pdf.cell(70, 4, "%s  %s" % (lbl, nm))

    D = "Kommunfullmäktige beslutar att "
    items = [
        dict(t="Upprop", body=["Upprop förrättas. Närvarande ledamöter och tjänstgörande ersättare framgår av förteckningen på sidan 1."], dec=None),
        dict(t="Val av justerare och tid för justering",
             body=["Ordföranden föreslår Lena Gustavsson (C) och Dennis Johansson (S) att justera protokollet den 4 december 2023."],
             dec=D + "utse Lena Gustavsson (C) och Dennis Johansson (S) att justera protokollet den 4 december 2023."),
        dict(t="Fastställande av föredragningslista", body=[], dec=D + "fastställa föredragningslistan."),
        dict(t="Allmänhetens frågestund", body=["Inga frågor har anmälts."], dec=None),
        dict(t="Budget 2024 och ekonomisk plan 2025–2026", dnr="Dnr 2023-000412",
             body=["Kommunstyrelsen har lämnat förslag till budget för 2024 med ett resultatmål om 2 procent av skatter och generella statsbidrag. Skattesatsen föreslås oförändrad, 22,45 kronor.",
                   ("Yrkanden", "Margareta Sandell (S) yrkar bifall till kommunstyrelsens förslag. Henrik Ölander (M) yrkar bifall till Moderaternas och Kristdemokraternas budgetförslag. Ida Westin (SD) yrkar bifall till Sverigedemokraternas budgetförslag."),
                   ("Propositionsordning", "Ordföranden ställer först Moderaternas förslag mot Sverigedemokraternas förslag för att utse motförslag, och finner att Moderaternas förslag blir motförslag."),
                   ("Omröstning", "Omröstning begärs. Ja för kommunstyrelsens förslag, nej för Moderaternas och Kristdemokraternas förslag. Omröstningen utfaller med 24 ja-röster, 16 nej-röster och 3 som avstår."),
                   ("Reservation", "Ledamöterna för M och KD reserverar sig skriftligt, bilaga 2.")],
             dec=["Kommunfullmäktige beslutar", "att fastställa budget för 2024 och ekonomisk plan för 2025–2026 enligt kommunstyrelsens förslag,",
                  "att skattesatsen för 2024 ska vara 22,45 kronor per skattekrona."]),
        dict(t="Taxor och avgifter för vatten och avlopp 2024", dnr="Dnr 2023-000398",
             body=["Norrviks Vatten AB föreslår en höjning av brukningsavgiften med 6 procent."], dec=D + "anta VA-taxa för 2024 att gälla från 1 januari 2024."),
        dict(t="Renhållningstaxa 2024", dnr="Dnr 2023-000399", body=[], dec=D + "anta renhållningstaxa 2024."),
        dict(t="Samverkansavtal om överförmyndarverksamhet", dnr="Dnr 2023-000287",
             body=["Avtalet innebär att Norrviks kommun ansluter sig till en gemensam överförmyndarnämnd med värdkommun från 2024. Kommunens kostnad beräknas till 1,9 mnkr per år."],
             dec=D + "godkänna samverkansavtalet om gemensam överförmyndarnämnd."),
        dict(t="Reglemente för krisledningsnämnden", dnr="Dnr 2023-000301", body=[], dec=D + "anta reviderat reglemente för krisledningsnämnden."),
        dict(t="Borgen för Norrviks Bostads AB", dnr="Dnr 2023-000350",
             body=["Bolaget behöver utöka sin låneram inför nyproduktionen i kvarteret Fiskaren. Borgensramen föreslås höjas med 120 mnkr."],
             dec=D + "ingå borgen för Norrviks Bostads AB:s låneförpliktelser upp till ett totalt högsta lånebelopp om 620 mnkr jämte därpå löpande ränta och kostnader."),
        dict(t="Delårsrapport januari–augusti 2023", dnr="Dnr 2023-000330", body=["Kommunen redovisar ett resultat om 31,5 mnkr för perioden."], dec=D + "godkänna delårsrapporten."),
        dict(t="Motion från Nora Bäckström (V) om fria mensskydd i skolan", dnr="Dnr 2023-000118",
             body=[("Yrkanden", "Nora Bäckström (V) och Stina Eriksson (MP) yrkar bifall till motionen. Margareta Sandell (S) yrkar att motionen ska anses besvarad."),
                   ("Proposition", "Ordföranden ställer proposition på yrkandena och finner att fullmäktige beslutar att motionen ska anses besvarad.")],
             dec=D + "motionen anses besvarad."),
        dict(t="Motion från Kent Ahlström (SD) om trygghetskameror vid resecentrum", dnr="Dnr 2023-000176", body=[], dec=D + "avslå motionen."),
        dict(t="Medborgarförslag om hundrastgård i Västra Norrvik", dnr="Dnr 2023-000201", body=[], dec=D + "överlämna medborgarförslaget till samhällsbyggnadsnämnden för beslut."),
        dict(t="Interpellation från Robin Sjöberg (L) till kommunstyrelsens ordförande om skolskjutsar",
             body=["Interpellationen besvaras av Margareta Sandell (S). Debatt förs."], dec=D + "interpellationen är besvarad."),
        dict(t="Enkel fråga från Pia Kjellberg (KD) om väntetider i hemtjänsten", body=["Frågan besvaras av socialnämndens ordförande Camilla Strid (S)."], dec=None),
        dict(t="Avsägelse och fyllnadsval – ledamot i kultur- och fritidsnämnden", dnr="Dnr 2023-000420", body=["Oskar Lindfors (V) har avsagt sig uppdraget."], dec=D + "bevilja avsägelsen och välja Nora Bäckström (V) till ny ledamot för tiden till och med 2026-12-31."),
        dict(t="Val av nämndeman till tingsrätten", dnr="Dnr 2023-000421", body=[], dec=D + "välja Gunilla Persdotter (M) till nämndeman vid tingsrätten."),
        dict(t="Anmälan av nya motioner", body=["Motion från Jörgen Blom (SD) om belysning längs Strandpromenaden anmäls."], dec=D + "överlämna motionen till kommunstyrelsen för beredning."),
        dict(t="Meddelanden", body=[], dec=D + "lägga meddelandena till handlingarna."),
    ]
    for i, x in enumerate(items):
        x["n"] = 112 + i
        x["pn"] = "§ %d" % x["n"]
    pdf.add_page()
    for x in items:
        ensure_space(pdf, 32)
        para(pdf, x["pn"], font="Serif", style="B", size=12, align="C", after=0.5)
        para(pdf, x["t"], font="Serif", style="B", size=11, after=0.5)
        if x.get("dnr"):
            para(pdf, x["dnr"], font="Serif", size=9, align="R", after=1)
        for b in x["body"]:
            if isinstance(b, tuple):
                para(pdf, b[0], font="Serif", style="I", size=10, after=0)
                para(pdf, b[1], font="Serif", size=10, after=1.5)
            else:
                para(pdf, b, font="Serif", size=10, after=1.5)
        if x.get("dec"):
            para(pdf, "Beslut", font="Serif", style="I", size=10, after=0)
            d = x["dec"]
            for ln in (d if isinstance(d, list) else [d]):
                para(pdf, ln, font="Serif", size=10, after=0.8)
        pdf.ln(5)

    parts = [P_(ordf[0], ordf[1], "ordförande"), P_(vordf[0], vordf[1], "vice ordförande")]
    jn = [j[0] for j in justerare]
    parts += [P_(n, p, "justerare" if n in jn else "ledamot") for n, p in ledam]
    parts += [P_(n, p, "tjänstgörande ersättare") for n, p in tjers]
    parts += [P_(n, None, "övrig") for n, _ in ovr]
    parts.append(P_(sekr, None, "sekreterare"))
    gold = {"kind": "protokoll", "organ": "Kommunfullmäktige", "meeting_date": "2023-11-27",
            "meeting": {"start_time": "18:00", "end_time": "21:40", "location": "Folkets hus, Stora salen, Norrvik"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented document (Norrviks kommun is fictitious). Letterhead is a drawn emblem plus spaced text 'N O R R V I K S   K O M M U N'. "
                     "Paragraphs § 112–§ 131 printed centered on their own line with the title on the next line; number = § number. "
                     "Items § 112, § 115 and § 127 record no decision. Multi-'att' decisions (§ 116) are joined with single spaces. "
                     "Participants = the printed Beslutande list (25 names) plus Övriga närvarande and Sekreterare. "
                     "Yrkanden/Propositionsordning/Omröstning/Reservation are discussion, not decisions. Ajournering 19.35–19.55 ignored. "
                     "Names of absent persons mentioned in item texts (e.g. interpellation answerers already listed) add no participants."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 3. Östra Hälsingby kommun, Socialnämnden – kallelse with a "Föredragningslista"
#    table Nr | Ärende | Dnr | Föredragande (15 rows), called-members list.
# ---------------------------------------------------------------------------
def doc3():
    name = "ostra-halsingby-sn-kallelse-2025-02-18"

    def ftr(p):
        p.set_y(-13)
        p.set_font("Cond", "", 8)
        p.cell(0, 4, "Östra Hälsingby kommun, Socialförvaltningen  |  Kallelse Socialnämnden 2025-02-18  |  %d/{nb}" % p.page_no(), align="C")

    pdf = new_pdf(None, ftr, margins=(18, 15, 18), bottom=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_fill_color(120, 30, 60)
    pdf.rect(18, 12, 6, 16, style="F")
    pdf.set_xy(27, 12)
    pdf.set_font("Cond", "B", 15)
    pdf.cell(100, 8, "Östra Hälsingby kommun")
    pdf.set_xy(27, 20)
    pdf.set_font("Cond", "", 11)
    pdf.cell(100, 7, "Socialnämnden")
    pdf.set_xy(130, 12)
    pdf.set_font("Cond", "B", 18)
    pdf.cell(62, 10, "KALLELSE", align="R")
    pdf.set_xy(130, 21)
    pdf.set_font("Cond", "", 9)
    pdf.cell(62, 5, "Utsänd 2025-02-10", align="R")
    pdf.set_y(36)
    pdf.set_font("Cond", "", 10.5)
    for a, b in [("Tid", "Tisdagen den 18 februari 2025 kl. 13.00"),
                 ("Plats", "Socialförvaltningen, sammanträdesrum Ljusnan, Kyrkvägen 5"),
                 ("Gruppmöten", "S, C, L kl. 11.30 i rum Voxnan; M, KD, SD kl. 11.30 i rum Dellen")]:
        pdf.set_font("Cond", "B", 10.5)
        pdf.cell(30, 6, a)
        pdf.set_font("Cond", "", 10.5)
        pdf.cell(0, 6, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Föredragningslista", font="Cond", style="B", size=13, after=2)
    rows = [
        ("Val av justerare", "", ""),
        ("Godkännande av föredragningslista", "", ""),
        ("Socialchefen informerar", "SN.2025.3", "Marianne Eld"),
        ("Ekonomisk uppföljning januari 2025", "SN.2025.9", "Tomas Bergh"),
        ("Verksamhetsplan med internbudget 2025 för socialnämnden", "SN.2024.118", "Tomas Bergh"),
        ("Internkontrollplan 2025", "SN.2024.131", "Helén Rask"),
        ("Samverkansavtal med Region Hälsingmark om barn och unga med psykisk ohälsa", "SN.2024.97", "Marianne Eld"),
        ("Förlängning av hyresavtalet för gruppbostaden Tallbacken", "SN.2025.5", "Pontus Ahl"),
        ("Riktlinjer för ekonomiskt bistånd – revidering", "SN.2024.142", "Lejla Kovač"),
        ("Yttrande över motion om kommunal dagverksamhet för personer med demenssjukdom", "SN.2024.150", "Marianne Eld"),
        ("Rapportering av ej verkställda beslut kvartal 4 2024", "SN.2025.11", "Helén Rask"),
        ("Patientsäkerhetsberättelse 2024", "SN.2025.12", "Annie Törnqvist"),
        ("Redovisning av delegationsbeslut", "SN.2025.1", ""),
        ("Delgivningar", "SN.2025.2", ""),
        ("Övriga frågor", "", ""),
    ]
    items = []
    pdf.set_draw_color(150)
    pdf.set_fill_color(255)
    pdf.set_font("Cond", "", 10)
    with pdf.table(col_widths=(10, 100, 26, 38), text_align=("LEFT", "LEFT", "LEFT", "LEFT"),
                   line_height=5.5, headings_style=FontFace(emphasis="BOLD", fill_color=(235, 225, 230)), first_row_as_headings=True) as t:
        r = t.row()
        for h in ("Nr", "Ärende", "Dnr", "Föredragande"):
            r.cell(h)
        for i, (ti, dnr, fr) in enumerate(rows, 1):
            r = t.row()
            r.cell("%d" % i)
            r.cell(ti)
            r.cell(dnr)
            r.cell(fr)
            items.append(dict(n=i, pn="%d" % i, t=ti, pres=[fr] if fr else []))
    pdf.ln(5)
    pdf.set_font("Cond", "", 10)
    para(pdf, "Ärendena 11 och 12 behandlas med stöd av 6 kap. 25 § kommunallagen inom stängda dörrar endast i den del de avser enskilda. "
              "Förhinder anmäls snarast till nämndsekreteraren på telefon 0270-191 23 eller via e-post, så att ersättare kan kallas in.", font="Cond", size=10, after=6)
    ordf = ("Eva-Lena Borg", "S")
    sekr = "Jonas Wik"
    y = pdf.get_y()
    pdf.set_font("Cond", "", 10)
    pdf.cell(80, 5, "%s (%s)" % ordf)
    pdf.cell(80, 5, sekr, new_x="LMARGIN", new_y="NEXT")
    pdf.cell(80, 5, "Ordförande")
    pdf.cell(80, 5, "Nämndsekreterare", new_x="LMARGIN", new_y="NEXT")

    pdf.add_page()
    para(pdf, "Kallade", font="Cond", style="B", size=13, after=2)
    led = [("Eva-Lena Borg", "S", "ordförande"), ("Arvid Stenmark", "M", "1:e vice ordförande"), ("Sofie Hult", "C", "2:e vice ordförande"),
           ("Kjell Norén", "S", ""), ("Maria Pålsson", "S", ""), ("Ahmed Karimi", "SD", ""), ("Linda Åkerlund", "KD", ""),
           ("Jan-Olov Brink", "SD", ""), ("Therese Lindahl", "L", "")]
    ers = [("Gun Östlund", "S"), ("Mattias Frisk", "M"), ("Anton Berglund", "C"), ("Ronja Wall", "SD"), ("Håkan Lilja", "V")]
    ovr = [("Marianne Eld", "socialchef"), ("Tomas Bergh", "controller"), ("Helén Rask", "kvalitetsstrateg"),
           ("Jonas Wik", "nämndsekreterare")]
    para(pdf, "Ledamöter", font="Cond", style="B", size=10.5, after=1)
    pdf.set_font("Cond", "", 10)
    for n, p, r in led:
        pdf.cell(60, 5, n)
        pdf.cell(15, 5, p)
        pdf.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Ersättare", font="Cond", style="B", size=10.5, after=1)
    pdf.set_font("Cond", "", 10)
    for n, p in ers:
        pdf.cell(60, 5, n)
        pdf.cell(15, 5, p, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    para(pdf, "Övriga", font="Cond", style="B", size=10.5, after=1)
    pdf.set_font("Cond", "", 10)
    for n, r in ovr:
        pdf.cell(60, 5, n)
        pdf.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")

    roles = {"ordförande": "ordförande", "1:e vice ordförande": "vice ordförande", "2:e vice ordförande": "vice ordförande", "": "ledamot"}
    parts = [P_(n, p, roles[r]) for n, p, r in led] + [P_(n, p, "ersättare") for n, p in ers]
    parts += [P_(n, None, "sekreterare" if n == sekr else "övrig") for n, _ in ovr]
    gold = {"kind": "kallelse", "organ": "Socialnämnden", "meeting_date": "2025-02-18",
            "meeting": {"start_time": "13:00", "end_time": None, "location": "Socialförvaltningen, sammanträdesrum Ljusnan, Kyrkvägen 5"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented kallelse (Östra Hälsingby kommun is fictitious). The agenda is a table Nr | Ärende | Dnr | Föredragande; "
                     "the name in the Föredragande column is taken as the item's presenter (empty cell = no presenter). "
                     "Dnr in the form 'SN.2025.3'. No proposals or decisions are printed. Group-meeting times (11.30) are not the meeting start. "
                     "Participants = the 'Kallade' list on page 2 (ledamöter, ersättare as 'ersättare', officials as 'övrig'; "
                     "Jonas Wik, nämndsekreterare, as 'sekreterare'). 2:e vice ordförande mapped to 'vice ordförande'."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 4. Region Norrmark, Regionala utvecklingsnämnden – kallelse where each item has
#    "Ärendebeskrivning", "Beslutsunderlag", "Förslag till beslut" and "Kl. 10.15".
# ---------------------------------------------------------------------------
def doc4():
    name = "region-norrmark-run-kallelse-2024-10-03"

    def hdr(p):
        p.set_fill_color(0, 94, 132)
        p.rect(0, 0, 210, 14, style="F")
        p.set_text_color(255)
        p.set_font("Sans", "B", 11)
        p.set_xy(15, 4)
        p.cell(90, 6, "REGION NORRMARK")
        p.set_font("Sans", "", 8)
        p.set_xy(105, 4)
        p.cell(90, 6, "Kallelse · Regionala utvecklingsnämnden · 2024-10-03", align="R")
        p.set_text_color(0)
        p.set_y(22)

    def ftr(p):
        p.set_y(-12)
        p.set_font("Sans", "", 7.5)
        p.set_text_color(100)
        p.cell(0, 4, "Sida %d av {nb}" % p.page_no(), align="R")
        p.set_text_color(0)

    pdf = new_pdf(hdr, ftr, margins=(15, 22, 15), bottom=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    para(pdf, "Kallelse med föredragningslista", size=17, style="B", after=1)
    para(pdf, "Regionala utvecklingsnämnden", size=12, after=4)
    pdf.set_font("Sans", "", 10)
    for a, b in [("Datum", "Torsdag 3 oktober 2024"), ("Tid", "09.00–15.00"), ("Plats", "Regionens hus, sal Älven, Norrmarksgatan 2"),
                 ("Justerare", "Ewa Hultgren (M), ersättare Samir Haddad (S)")]:
        pdf.set_font("Sans", "B", 10)
        pdf.cell(28, 5.5, a)
        pdf.set_font("Sans", "", 10)
        pdf.cell(0, 5.5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    items = [
        dict(t="Sammanträdets öppnande och val av justerare", time="09.00", pres=[],
             besk="Ordföranden öppnar sammanträdet. Nämnden föreslås utse Ewa Hultgren (M) att justera protokollet.",
             und=[], prop="Regionala utvecklingsnämnden utser Ewa Hultgren (M) att jämte ordföranden justera protokollet."),
        dict(t="Godkännande av dagordning", time="09.05", pres=[], besk="Förslag till dagordning har skickats ut med kallelsen.",
             und=[], prop="Dagordningen godkänns."),
        dict(t="Delårsrapport augusti 2024 för regional utveckling", dnr="RUN 2024-00345", time="09.10", pres=["Kristoffer Nyqvist"],
             besk="Verksamhetsområdet prognostiserar ett överskott om 3,4 mnkr för helåret, främst till följd av lägre kostnader för kollektivtrafiken under våren. Ekonomichef Kristoffer Nyqvist föredrar ärendet.",
             und=["Tjänsteskrivelse 2024-09-12", "Delårsrapport augusti 2024"],
             prop="Regionala utvecklingsnämnden godkänner delårsrapporten per augusti 2024 och överlämnar den till regionstyrelsen."),
        dict(t="Regional transportplan 2026–2037, remissversion", dnr="RUN 2024-00298", time="09.40", pres=["Maria Ölund"],
             besk="Regional utvecklingsdirektör Maria Ölund föredrar förslaget. Planens ekonomiska ram uppgår till 1 140 mnkr för perioden. Förslaget innebär en förskjutning av medel från vägåtgärder till kollektivtrafik och cykel.",
             und=["Tjänsteskrivelse 2024-09-16", "Förslag till regional transportplan 2026–2037", "Miljökonsekvensbeskrivning"],
             prop=["Regionala utvecklingsnämnden beslutar", "att skicka förslaget till regional transportplan 2026–2037 på remiss,",
                   "att remisstiden ska vara till och med 2025-01-31."]),
        dict(t="Samverkansavtal om regional besöksnäringsstrategi", dnr="RUN 2024-00311", time="10.15", pres=["Johanna Sallmén"],
             besk="Regionen och länets sju kommuner föreslås ingå ett samverkansavtal om gemensam finansiering av destinationsutveckling. Regionens andel är 2,5 mnkr per år under 2025–2027. Johanna Sallmén, strateg besöksnäring, föredrar ärendet.",
             und=["Tjänsteskrivelse 2024-09-18", "Förslag till samverkansavtal"],
             prop="Regionala utvecklingsnämnden godkänner samverkansavtalet om regional besöksnäringsstrategi 2025–2027."),
        dict(t="Paus", time="10.45", pres=[], besk=None, und=None, prop=None, pause=True),
        dict(t="Beviljande av projektmedel – Kompetenslyft Norrmark", dnr="RUN 2024-00322", time="11.00", pres=["Peter Hallin"],
             besk="Norrmarks Kompetensråd ansöker om 1 850 000 kronor i regionala projektmedel för ett treårigt kompetensutvecklingsprojekt inom tillverkningsindustrin. Handläggare Peter Hallin föredrar ärendet.",
             und=["Tjänsteskrivelse 2024-09-19", "Ansökan med bilagor", "Bedömningsmall"],
             prop="Regionala utvecklingsnämnden beviljar Norrmarks Kompetensråd projektmedel om högst 1 850 000 kronor för perioden 2025-01-01–2027-12-31."),
        dict(t="Yttrande över remiss: Nationell strategi för hållbar regional utveckling", dnr="RUN 2024-00330", time="11.30", pres=["Maria Ölund"],
             besk="Regeringskansliet har remitterat en uppdatering av den nationella strategin. Förvaltningen har tagit fram ett förslag till yttrande.",
             und=["Tjänsteskrivelse 2024-09-20", "Förslag till yttrande"],
             prop="Regionala utvecklingsnämnden antar förvaltningens förslag till yttrande som sitt eget och överlämnar det till Regeringskansliet."),
        dict(t="Lunch", time="12.00", pres=[], besk=None, und=None, prop=None, pause=True),
        dict(t="Information: Kollektivtrafikens trafikförsörjningsprogram", dnr="RUN 2024-00102", time="13.00", pres=["Anders Vikberg"],
             besk="Trafikdirektör Anders Vikberg informerar om arbetet med trafikförsörjningsprogrammet och om upphandlingen av regionbusstrafik.",
             und=[], prop="Informationen noteras till protokollet."),
        dict(t="Redovisning av delegationsbeslut", dnr="RUN 2024-00005", time="14.00", pres=[],
             besk="Delegationsbeslut fattade under perioden 2024-08-01–2024-09-15 redovisas.",
             und=["Förteckning över delegationsbeslut"], prop="Redovisningen av delegationsbeslut läggs till handlingarna."),
        dict(t="Anmälningsärenden", dnr="RUN 2024-00006", time="14.15", pres=[], besk="Inkomna skrivelser och protokoll anmäls.",
             und=["Förteckning över anmälningsärenden"], prop="Anmälningsärendena läggs till handlingarna."),
        dict(t="Övriga frågor", time="14.30", pres=[], besk=None, und=None, prop=None),
    ]
    n = 0
    for x in items:
        if x.get("pause"):
            ensure_space(pdf, 12)
            pdf.set_font("Sans", "I", 10)
            pdf.set_text_color(90)
            pdf.cell(150, 6, x["t"])
            pdf.cell(30, 6, "Kl. " + x["time"], align="R", new_x="LMARGIN", new_y="NEXT")
            pdf.set_text_color(0)
            pdf.ln(3)
            continue
        n += 1
        x["n"] = n
        x["pn"] = "%d." % n
        ensure_space(pdf, 40)
        y = pdf.get_y()
        pdf.set_draw_color(0, 94, 132)
        pdf.line(15, y, 195, y)
        pdf.set_draw_color(0)
        pdf.set_xy(15, y + 1.5)
        pdf.set_font("Sans", "B", 11.5)
        pdf.multi_cell(150, 6, "%s %s" % (x["pn"], x["t"]), new_x="LMARGIN", new_y="NEXT")
        y2 = pdf.get_y()
        pdf.set_xy(165, y + 1.5)
        pdf.set_font("Sans", "B", 10)
        pdf.cell(30, 6, "Kl. " + x["time"], align="R")
        pdf.set_y(y2)
        if x.get("dnr"):
            para(pdf, "Diarienummer: " + x["dnr"], size=8.5, after=2)
        if x.get("besk"):
            para(pdf, "Ärendebeskrivning", style="B", size=10, after=0.5)
            para(pdf, x["besk"], size=10, after=2)
        if x.get("und"):
            para(pdf, "Beslutsunderlag", style="B", size=10, after=0.5)
            for u in x["und"]:
                para(pdf, "• " + u, size=10, after=0, x=19)
            pdf.ln(2)
        if x.get("prop"):
            para(pdf, "Förslag till beslut", style="B", size=10, after=0.5)
            pr = x["prop"]
            for ln in (pr if isinstance(pr, list) else [pr]):
                para(pdf, ln, size=10, after=0.8)
        pdf.ln(4)
        x["time"] = x["time"].replace(".", ":")
    items = [x for x in items if not x.get("pause")]

    ensure_space(pdf, 70)
    pdf.ln(2)
    para(pdf, "Kallade ledamöter", style="B", size=10.5, after=1)
    led = [("Lars Bjuhr", "S", "ordförande"), ("Ewa Hultgren", "M", "vice ordförande"), ("Samir Haddad", "S", ""),
           ("Annelie Grip", "C", ""), ("Stefan Öberg", "SD", ""), ("Karin Mattsson", "KD", ""), ("Nils Pettersson", "V", "")]
    ers = [("Jessica Rönn", "S"), ("Leif Åström", "M"), ("Emelie Brandt", "MP"), ("Kurt Lindell", "SD")]
    pdf.set_font("Sans", "", 9.5)
    for n_, p, r in led:
        pdf.cell(0, 5, "%s (%s)%s" % (n_, p, ", " + r if r else ""), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    para(pdf, "Kallade ersättare", style="B", size=10.5, after=1)
    pdf.set_font("Sans", "", 9.5)
    for n_, p in ers:
        pdf.cell(0, 5, "%s (%s)" % (n_, p), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    para(pdf, "Lars Bjuhr, ordförande", size=10, after=0)
    para(pdf, "Ulla Stenberg, nämndsekreterare", size=10)

    parts = [P_(a, b, "ordförande" if r == "ordförande" else "vice ordförande" if r else "ledamot") for a, b, r in led]
    parts += [P_(a, b, "ersättare") for a, b in ers]
    parts.append(P_("Ulla Stenberg", None, "sekreterare"))
    gold = {"kind": "kallelse", "organ": "Regionala utvecklingsnämnden", "meeting_date": "2024-10-03",
            "meeting": {"start_time": "09:00", "end_time": "15:00", "location": "Regionens hus, sal Älven, Norrmarksgatan 2"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented kallelse (Region Norrmark is fictitious). Items numbered '1.'–'11.' with an estimated time 'Kl. HH.MM' at the right = scheduled_time. "
                     "Unnumbered 'Paus' (Kl. 10.45) and 'Lunch' (Kl. 12.00) rows are not items. 'Förslag till beslut' = proposal (multi-line 'att' proposals joined with single spaces); no decisions in a kallelse. "
                     "Presenters only where the Ärendebeskrivning says 'föredrar'/'informerar'. Beslutsunderlag lists are not recorded as attachments (attachments kept []). "
                     "Justerare named in the header (Ewa Hultgren, Samir Haddad as his ersättare) are only proposed, so they keep their kallade roles. "
                     "Ulla Stenberg, nämndsekreterare, signs the kallelse: role 'sekreterare'. The proposal of item 4 continues from page 1 to page 2 (running header in between)."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 5. Vallby kommun, Barn- och utbildningsnämnden – protokollsutdrag (one §),
#    "Utdrag ur protokoll", "Rätt utdraget intygar".
# ---------------------------------------------------------------------------
def doc5():
    name = "vallby-bun-protokollsutdrag-2024-05-22"
    pdf = new_pdf(None, None, margins=(25, 20, 25), bottom=20)
    pdf.add_page()
    pdf.set_font("Serif", "B", 12)
    pdf.cell(80, 6, "VALLBY KOMMUN")
    pdf.set_font("Serif", "B", 12)
    pdf.cell(80, 6, "UTDRAG UR PROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 10)
    pdf.cell(80, 5, "Barn- och utbildningsnämnden")
    pdf.cell(80, 5, "Sammanträdesdatum 2024-05-22", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.line(25, pdf.get_y() + 2, 185, pdf.get_y() + 2)
    pdf.ln(10)
    x = dict(n=58, pn="§ 58", t="Förlängning av hyresavtalet för Vallby skola, hus C")
    pdf.set_font("Serif", "B", 13)
    pdf.cell(25, 7, x["pn"])
    pdf.cell(0, 7, "Dnr BUN 2024/0088", align="R", new_x="LMARGIN", new_y="NEXT")
    para(pdf, x["t"], font="Serif", style="B", size=13, after=4)
    for h, t in [("Sammanfattning", "Hyresavtalet med Vallby Fastighets AB för skolbyggnaden hus C vid Vallby skola löper ut den 30 juni 2024. "
                                     "Förvaltningen föreslår att hyresavtalet förlängs med fem år. Den nya årshyran uppgår till 1 420 000 kronor, "
                                     "vilket är en ökning med 96 000 kronor jämfört med nuvarande avtal. Ökningen finansieras inom nämndens lokalbudget."),
                 ("Beslutsunderlag", "Tjänsteskrivelse från förvaltningschef Cecilia Rydén 2024-05-06. Förslag till förlängning av hyresavtal.")]:
        para(pdf, h, font="Serif", style="B", size=10.5, after=0.5)
        para(pdf, t, font="Serif", size=10.5, after=3)
    prop = "Barn- och utbildningsnämnden beslutar att förlänga hyresavtalet för Vallby skola, hus C, för perioden 2024-07-01–2029-06-30 med en årshyra om 1 420 000 kronor."
    para(pdf, "Förvaltningens förslag till beslut", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, prop, font="Serif", size=10.5, after=3)
    para(pdf, "Yrkanden", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, "Ordföranden Anders Rönnqvist (C) yrkar bifall till förvaltningens förslag. Lisa Hammarberg (V) yrkar att ärendet ska återremitteras "
              "för att utreda alternativet att kommunen förvärvar byggnaden.", font="Serif", size=10.5, after=3)
    para(pdf, "Proposition", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, "Ordföranden ställer först proposition på om ärendet ska avgöras i dag och finner att nämnden beslutar att ärendet ska avgöras i dag. "
              "Därefter ställer ordföranden proposition på förvaltningens förslag och finner det bifallet.", font="Serif", size=10.5, after=3)
    dec = "Barn- och utbildningsnämnden beslutar att förlänga hyresavtalet för Vallby skola, hus C, för perioden 2024-07-01–2029-06-30 med en årshyra om 1 420 000 kronor."
    para(pdf, "Beslut", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, dec, font="Serif", size=10.5, after=3)
    para(pdf, "Reservation", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, "Lisa Hammarberg (V) reserverar sig mot beslutet till förmån för eget yrkande.", font="Serif", size=10.5, after=3)
    para(pdf, "Beslutet skickas till", font="Serif", style="B", size=10.5, after=0.5)
    para(pdf, "Vallby Fastighets AB\nEkonomienheten\nRektor Vallby skola", font="Serif", size=10.5, after=8)
    x["prop"] = prop
    x["dec"] = dec

    ensure_space(pdf, 60)
    y = pdf.get_y()
    pdf.set_font("Serif", "", 10)
    for i, (lbl, nm) in enumerate([("Ordförande", "Anders Rönnqvist"), ("Justerare", "Kristina Feldt"), ("Sekreterare", "Sofia Hedlund")]):
        pdf.set_xy(25 + i * 55, y)
        pdf.cell(50, 5, lbl + ":")
        pdf.set_xy(25 + i * 55, y + 5)
        pdf.cell(50, 5, nm)
    pdf.set_y(y + 16)
    para(pdf, "Protokollet justerat 2024-05-27.", font="Serif", size=10, after=8)
    pdf.set_font("Serif", "I", 10.5)
    pdf.cell(0, 6, "Rätt utdraget intygar", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.line(25, pdf.get_y(), 95, pdf.get_y())
    pdf.ln(1)
    pdf.set_font("Serif", "", 10)
    pdf.cell(0, 5, "Sofia Hedlund, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Vallby 2024-05-28", new_x="LMARGIN", new_y="NEXT")

    parts = [P_("Anders Rönnqvist", "C", "ordförande"), P_("Kristina Feldt", None, "justerare"), P_("Sofia Hedlund", None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Barn- och utbildningsnämnden", "meeting_date": "2024-05-22",
            "meeting": {"start_time": None, "end_time": None, "location": None},
            "items": [gold_item(x)], "participants": parts,
            "notes": "Invented protokollsutdrag (Vallby kommun is fictitious): a single extracted paragraph § 58, so items has one entry with number 58. "
                     "The extract prints no time, place or attendance list. Participants are only the people named in the signature block (Ordförande, Justerare, Sekreterare); "
                     "judgement call to include them although there is no roll. Kristina Feldt's party is not printed, so party null; Anders Rönnqvist's party '(C)' is given in the Yrkanden text. "
                     "Lisa Hammarberg (V) appears only in the text and is not added as participant. Proposal = 'Förvaltningens förslag till beslut'. "
                     "'Rätt utdraget intygar' certification date 2024-05-28 is not the meeting date."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 6. Kimitobacka stad (Finland-Swedish), Stadsstyrelsen – protokoll, dates 15.9.2022,
#    "§ 201", Beredning / Stadsdirektörens förslag / Beslut, Besvärsanvisning. SCANNED.
# ---------------------------------------------------------------------------
def doc6():
    name = "kimitobacka-stadsstyrelsen-protokoll-2022-09-15"

    def hdr(p):
        p.set_font("Sans", "B", 10)
        p.set_xy(18, 10)
        p.cell(60, 5, "KIMITOBACKA STAD")
        p.set_font("Sans", "", 9)
        p.cell(60, 5, "PROTOKOLL", align="C")
        p.cell(56, 5, "%d (%s)" % (p.page_no(), "{nb}"), align="R")
        p.set_xy(18, 15)
        p.cell(60, 5, "Stadsstyrelsen")
        p.cell(60, 5, "Nr 15/2022", align="C")
        p.cell(56, 5, "15.9.2022", align="R")
        p.line(18, 21, 194, 21)
        p.set_y(26)

    pdf = new_pdf(hdr, None, margins=(18, 26, 16), bottom=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Sans", "", 9.5)

    def row(label, lines, lw=42):
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 9.5)
        pdf.set_xy(18, y)
        pdf.multi_cell(lw, 5, label)
        pdf.set_font("Sans", "", 9.5)
        pdf.set_xy(18 + lw, y)
        pdf.multi_cell(176 - lw, 5, "\n".join(lines), new_x="LMARGIN", new_y="NEXT")
        pdf.set_y(max(pdf.get_y(), y + 5) + 2)

    row("Tid", ["15.9.2022 kl. 17.00–19.25"])
    row("Plats", ["Stadshuset, styrelsesalen"])
    mem = [("Mikaela Sundqvist", "SFP", "ordförande"), ("Jari Koskinen", "SDP", "I vice ordförande"),
           ("Annika Holmberg", "SFP", ""), ("Bo-Erik Strand", "SFP", ""), ("Heidi Laine", "Saml", ""),
           ("Patrik Öhberg", "SFP", ""), ("Tiina Mäkelä", "Gröna", "")]
    ers = [("Kaj Lindroos", "SFP", "ersättare för Annika Holmberg § 206")]
    ovr = [("Rolf Wikström", "SFP", "fullmäktiges ordförande"), ("Petra Grönroos", None, "stadsdirektör, föredragande"),
           ("Johanna Backman", None, "ekonomidirektör, §§ 201–204")]
    sekr = ("Niklas Forsman", "förvaltningsdirektör, protokollförare")
    row("Närvarande", ["%s (%s)%s" % (n, p, ", " + r if r else "") for n, p, r in mem] +
        ["%s (%s), %s" % e for e in ers])
    row("Övriga närvarande", ["%s%s, %s" % (n, " (%s)" % p if p else "", r) for n, p, r in ovr] + ["%s, %s" % sekr])
    row("Frånvarande", ["Marko Virtanen (VF)"])
    row("Paragrafer", ["§§ 201–211"])
    pdf.ln(2)
    row("Underskrifter", ["", "", "Mikaela Sundqvist                    Niklas Forsman", "ordförande                                 protokollförare"])
    row("Protokolljusterare", ["", "", "Bo-Erik Strand                         Heidi Laine"])
    row("Protokollet justerat", ["Kimitobacka 19.9.2022"])
    row("Protokollet framlagt", ["Protokollet har varit framlagt på stadens webbplats 20.9.2022"])

    items = [
        dict(t="Laglighet och beslutförhet", body=[("Stadsdirektörens förslag:", "Sammanträdet konstateras vara lagligen sammankallat och beslutfört.")],
             dec="Sammanträdet konstaterades vara lagligen sammankallat och beslutfört."),
        dict(t="Val av protokolljusterare", body=[("Stadsdirektörens förslag:", "Till protokolljusterare väljs Bo-Erik Strand och Heidi Laine.")],
             dec="Förslaget godkändes."),
        dict(t="Delårsrapport januari–juni 2022", dnr="KIMDno-2022-412",
             body=[("Beredning:", "ekonomidirektör Johanna Backman, tfn 040 123 4567"),
                   ("", "Stadens resultat för perioden uppgår till 1,6 miljoner euro. Skatteinkomsterna har utvecklats bättre än budgeterat, medan kostnaderna inom äldreomsorgen överskrider budgeten med 0,4 miljoner euro. Ekonomidirektören redogjorde för rapporten."),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen antecknar delårsrapporten för kännedom och sänder den till fullmäktige för kännedom.")],
             dec="Förslaget godkändes.", pres=["Johanna Backman"]),
        dict(t="Budgetramar för 2023", dnr="KIMDno-2022-455",
             body=[("Beredning:", "stadsdirektör Petra Grönroos"),
                   ("", "Förslaget till budgetramar bygger på en oförändrad inkomstskattesats om 20,25 procent. Nämndernas ramar höjs med sammanlagt 2,1 procent."),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen fastställer budgetramarna för 2023 enligt bilaga 2 och uppmanar nämnderna att bereda sina budgetförslag inom ramarna."),
                   ("", "Under diskussionen föreslog Jari Koskinen, understödd av Tiina Mäkelä, att bildningsnämndens ram höjs med 150 000 euro. Ordföranden konstaterade att ett understött motförslag framställts och att omröstning ska förrättas. Stadsdirektörens förslag vann med rösterna 5–2. Omröstningsprotokollet bifogas."),
                   ("", "Jari Koskinen och Tiina Mäkelä anmälde avvikande mening.")],
             dec="Stadsstyrelsen beslöt efter omröstning (5–2) enligt stadsdirektörens förslag."),
        dict(t="Samarbetsavtal om gemensam miljöhälsovård", dnr="KIMDno-2022-301",
             body=[("Beredning:", "förvaltningsdirektör Niklas Forsman"),
                   ("", "Avtalet ersätter det tidigare samarbetsavtalet från 2017. Kimitobackas andel av kostnaderna uppgår till cirka 210 000 euro per år."),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen föreslår att fullmäktige godkänner samarbetsavtalet om gemensam miljöhälsovård från och med 1.1.2023.")],
             dec="Förslaget godkändes."),
        dict(t="Försäljning av tomt 4-12-3 i Strandängens industriområde", dnr="KIMDno-2022-377",
             body=[("Jäv:", "Annika Holmberg anmälde jäv (förvaltningslagen 28 § 1 mom. 2 punkten) och avlägsnade sig från sammanträdet under behandlingen av ärendet. Kaj Lindroos tjänstgjorde som ersättare."),
                   ("Beredning:", "markanvändningschef Erik Sjöholm"),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen säljer tomt 4-12-3 till Backa Verkstad Ab för 48 500 euro.")],
             dec="Förslaget godkändes."),
        dict(t="Detaljplaneändring för Norra hamnen, framläggande", dnr="KIMDno-2021-220",
             body=[("Beredning:", "planläggare Sanna Rautio"),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen beslutar lägga fram förslaget till detaljplaneändring offentligt i 30 dagar.")],
             dec="Förslaget godkändes."),
        dict(t="Utlåtande om välfärdsområdets servicenätverk", dnr="KIMDno-2022-468",
             body=[("Beredning:", "stadsdirektör Petra Grönroos"),
                   ("Stadsdirektörens förslag:", "Stadsstyrelsen ger utlåtande enligt bilaga 4."),
                   ("", "Bo-Erik Strand föreslog att utlåtandet kompletteras med ett krav på att hälsostationen i centrum bibehålls. Förslaget godkändes enhälligt.")],
             dec="Stadsstyrelsen beslöt ge utlåtande enligt bilaga 4 kompletterat enligt Bo-Erik Strands förslag."),
        dict(t="Val av representant till Kimitobacka Vatten Ab:s bolagsstämma", dnr="KIMDno-2022-470",
             body=[("Stadsdirektörens förslag:", "Stadsstyrelsen utser stadsdirektör Petra Grönroos att representera staden vid extra bolagsstämman 29.9.2022.")],
             dec="Förslaget godkändes."),
        dict(t="Anmälningsärenden", body=[("Stadsdirektörens förslag:", "Stadsstyrelsen antecknar anmälningsärendena för kännedom.")], dec="Förslaget godkändes."),
        dict(t="Besvärsanvisning", body=[("", "Bifogas protokollet.")], dec=None),
    ]
    for i, x in enumerate(items):
        x["n"] = 201 + i
        x["pn"] = "§ %d" % x["n"]
        for lab, txt in x["body"]:
            if lab == "Stadsdirektörens förslag:":
                x["prop"] = txt
    pdf.add_page()
    for x in items:
        ensure_space(pdf, 30)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 10.5)
        pdf.set_xy(18, y)
        pdf.multi_cell(130, 5.5, x["t"])
        y2 = pdf.get_y()
        pdf.set_xy(150, y)
        pdf.cell(44, 5.5, x["pn"], align="R")
        pdf.set_y(y2)
        if x.get("dnr"):
            para(pdf, x["dnr"], size=8, after=2)
        else:
            pdf.ln(2)
        for lab, txt in x["body"]:
            if lab:
                ensure_space(pdf, 12)
                y = pdf.get_y()
                pg = pdf.page
                pdf.set_font("Sans", "B", 9.5)
                pdf.set_x(18)
                pdf.multi_cell(46, 5, lab, new_x="LMARGIN", new_y="NEXT")
                yl = pdf.get_y()
                pdf.set_xy(66, y)
                pdf.set_font("Sans", "", 9.5)
                pdf.multi_cell(128, 5, txt, new_x="LMARGIN", new_y="NEXT")
                pdf.set_y(max(yl, pdf.get_y()) if pdf.page == pg else pdf.get_y())
            else:
                para(pdf, txt, size=9.5, x=66, w=128, h=5, after=0)
            pdf.ln(2)
        if x.get("dec"):
            y = pdf.get_y()
            ensure_space(pdf, 10)
            y = pdf.get_y()
            pdf.set_font("Sans", "B", 9.5)
            pdf.set_x(18)
            pdf.cell(48, 5, "Beslut:")
            pdf.set_xy(66, y)
            pdf.set_font("Sans", "", 9.5)
            pdf.multi_cell(128, 5, x["dec"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)

    ensure_space(pdf, 80)
    para(pdf, "BESVÄRSANVISNING", style="B", size=10.5, after=1)
    para(pdf, "Förbud att söka ändring", style="B", size=9.5, after=0.5)
    para(pdf, "Enligt 136 § kommunallagen får omprövning inte begäras och kommunalbesvär inte anföras över beslut som gäller beredning eller verkställighet. "
              "Förbudet gäller paragraferna 201, 202, 203, 205, 207, 208 och 210.", size=9, h=4.5, after=2)
    para(pdf, "Anvisning om begäran om omprövning", style="B", size=9.5, after=0.5)
    para(pdf, "Den som är missnöjd med beslutet kan skriftligen begära omprövning av beslutet. Begäran om omprövning ska framställas inom 14 dagar från delfåendet. "
              "Paragrafer: 204, 206, 209. Omprövningsmyndighet: Stadsstyrelsen i Kimitobacka, Stadshusgatan 1, 25999 Kimitobacka, e-post registratur@kimitobacka.example.", size=9, h=4.5, after=2)
    para(pdf, "Laglighetskontroll", style="B", size=9.5, after=0.5)
    para(pdf, "Protokollet justeras och hålls framlagt för laglighetskontroll på stadens webbplats enligt 140 § kommunallagen. "
              "En kommunmedlem anses ha fått del av beslutet sju dagar efter att protokollet publicerats.", size=9, h=4.5, after=2)

    role = {"ordförande": "ordförande", "I vice ordförande": "vice ordförande", "": "ledamot"}
    just = ["Bo-Erik Strand", "Heidi Laine"]
    parts = [P_(n, p, "justerare" if n in just else role[r]) for n, p, r in mem]
    parts += [P_(n, p, "tjänstgörande ersättare") for n, p, _ in ers]
    parts += [P_(n, p, "övrig") for n, p, _ in ovr]
    parts.append(P_(sekr[0], None, "sekreterare"))
    gold = {"kind": "protokoll", "organ": "Stadsstyrelsen", "meeting_date": "2022-09-15",
            "meeting": {"start_time": "17:00", "end_time": "19:25", "location": "Stadshuset, styrelsesalen"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented Finland-Swedish protokoll (Kimitobacka stad is fictitious). SCANNED: all pages are slightly rotated grey images, no text layer. "
                     "Date printed '15.9.2022'. Paragraphs § 201–§ 211 printed at the right of the title line. 'Stadsdirektörens förslag:' = proposal; "
                     "'Beslut:' = decision, copied literally (often just 'Förslaget godkändes.'). 'Beredning:' names the preparer, not a presenter; "
                     "only § 203 says the ekonomidirektör 'redogjorde', so Johanna Backman is its presenter. § 211 'Besvärsanvisning' is a numbered paragraph with no decision; "
                     "the unnumbered BESVÄRSANVISNING text at the end is not an item. Kaj Lindroos, ersättare serving for Annika Holmberg, is 'tjänstgörande ersättare'. "
                     "Protokolljusterare Bo-Erik Strand and Heidi Laine are members, so role 'justerare'. Protokollförare = 'sekreterare'. "
                     "Frånvarande Marko Virtanen (VF) is not a participant. Finnish party abbreviations (SFP, SDP, Saml, Gröna) kept as printed."}
    write(name, pdf, gold, scanned=True, seed=6)


# ---------------------------------------------------------------------------
# 7. Storsunds kommun (Finland-Swedish), Bildningsnämnden – föredragningslista,
#    "38 §" suffix numbering, dates 12.4.2023, Beredare / Bildningsdirektörens förslag.
# ---------------------------------------------------------------------------
def doc7():
    name = "storsund-bildningsnamnden-foredragningslista-2023-04-12"

    def hdr(p):
        p.set_font("Times", "B", 12)
        p.set_xy(20, 10)
        p.cell(70, 5, "STORSUNDS KOMMUN")
        p.set_font("Times", "", 10)
        p.cell(60, 5, "FÖREDRAGNINGSLISTA")
        p.cell(40, 5, "Sida %d" % p.page_no(), align="R")
        p.set_xy(20, 15)
        p.cell(70, 5, "Bildningsnämnden")
        p.cell(60, 5, "4/2023")
        p.cell(40, 5, "12.4.2023", align="R")
        p.set_y(26)

    pdf = new_pdf(hdr, None, margins=(20, 26, 20), bottom=18)
    pdf.add_page()

    def two(label, text, lw=40, size=11, bold_label=True):
        ensure_space(pdf, 12)
        y = pdf.get_y()
        pg = pdf.page
        pdf.set_font("Times", "B" if bold_label else "", size)
        pdf.set_xy(20, y)
        pdf.multi_cell(lw, 5.2, label, new_x="LMARGIN", new_y="NEXT")
        yl = pdf.get_y()
        pdf.set_font("Times", "", size)
        pdf.set_xy(20 + lw, y)
        pdf.multi_cell(170 - lw, 5.2, text, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.set_y((max(yl, pdf.get_y()) if pdf.page == pg else pdf.get_y()) + 1.5)

    two("Tid", "Onsdag 12.4.2023 kl. 18.00")
    two("Plats", "Kommungården, mötesrummet Bryggan")
    led = [("Kristian Nyholm", "SFP", "ordförande"), ("Eva Lassila", "SDP", "vice ordförande"), ("Tom Ekström", "SFP", "medlem"),
           ("Sabina Holm", "SFP", "medlem"), ("Ville Rantanen", "Saml", "medlem"), ("Marita Sjöblom", "C", "medlem"), ("Jenny Åkerfelt", "SFP", "medlem")]
    ers = [("Hanna Lindberg", "SFP"), ("Antti Heinonen", "SDP"), ("Ragnar Smeds", "SFP")]
    ovr = [("Lars Granholm", "SFP", "kommunstyrelsens representant"), ("Cecilia Wahlström", None, "bildningsdirektör, föredragande"),
           ("Jonna Kallio", None, "byråsekreterare, protokollförare")]
    two("Kallade medlemmar", "\n".join("%s (%s), %s" % x for x in led))
    two("Personliga ersättare", "\n".join("%s (%s)" % x for x in ers))
    two("Övriga kallade", "\n".join("%s%s, %s" % (n, " (%s)" % p if p else "", r) for n, p, r in ovr))
    pdf.ln(3)
    para(pdf, "ÄRENDEN", font="Times", style="B", size=12, after=2)
    items = [
        dict(t="Mötets laglighet och beslutförhet", prop="Mötet konstateras lagligen sammankallat och beslutfört."),
        dict(t="Val av protokolljusterare", prop="Till protokolljusterare väljs Tom Ekström och Marita Sjöblom."),
        dict(t="Godkännande av föredragningslistan", prop="Föredragningslistan godkänns."),
        dict(t="Bokslut och verksamhetsberättelse för bildningsväsendet 2022", dnr="BN 2023/41",
             ber="bildningsdirektör Cecilia Wahlström",
             text="Bildningsväsendets driftsutgifter uppgick till 14,2 miljoner euro, vilket är 0,3 miljoner euro under budget. Verksamhetsberättelsen finns som bilaga 1.",
             prop="Bildningsnämnden godkänner bokslutet och verksamhetsberättelsen för bildningsväsendet 2022 och sänder dem till kommunstyrelsen."),
        dict(t="Skolnätsutredning, utlåtande", dnr="BN 2022/118", ber="bildningsdirektör Cecilia Wahlström",
             text="Kommunstyrelsen har begärt bildningsnämndens utlåtande om skolnätsutredningen. Utredningen föreslår att Västerby skola och Norrby skola sammanslås från hösten 2025.",
             prop="Bildningsnämnden ger utlåtande enligt bilaga 2."),
        dict(t="Läsårsplaner 2023-2024 för de grundläggande utbildningsenheterna", dnr="BN 2023/52", ber="rektor Mats Hagström",
             text="Skolornas läsårsplaner har behandlats i respektive skolas samarbetsgrupp.",
             prop="Bildningsnämnden godkänner läsårsplanerna för läsåret 2023-2024."),
        dict(t="Avgifter inom småbarnspedagogiken från 1.8.2023", dnr="BN 2023/57", ber="dagvårdschef Annette Lindqvist",
             text="Klientavgifterna justeras enligt lagen om klientavgifter inom småbarnspedagogiken. Den högsta månadsavgiften höjs till 311 euro.",
             prop="Bildningsnämnden fastställer avgifterna inom småbarnspedagogiken enligt bilaga 3 att gälla från 1.8.2023."),
        dict(t="Hyresavtal för daghemmet Solrosen", dnr="BN 2023/60", ber="bildningsdirektör Cecilia Wahlström",
             text="Hyresavtalet med Fastighets Ab Storsundsgården förlängs med tre år. Årshyran är 64 800 euro.",
             prop="Bildningsnämnden godkänner hyresavtalet för daghemmet Solrosen för perioden 1.7.2023-30.6.2026."),
        dict(t="Tjänstledighetsansökan, klasslärare", dnr="BN 2023/63", ber="bildningsdirektör Cecilia Wahlström",
             text="Ärendet är sekretessbelagt enligt 24 § 1 mom. 32 punkten offentlighetslagen.",
             prop="Bildningsnämnden beviljar tjänstledighet enligt ansökan."),
        dict(t="Delegeringsbeslut", prop="Bildningsnämnden antecknar delegeringsbesluten för kännedom."),
        dict(t="Anmälningsärenden", prop="Bildningsnämnden antecknar anmälningsärendena för kännedom."),
        dict(t="Övriga ärenden", prop=None),
    ]
    for i, x in enumerate(items):
        x["n"] = 38 + i
        x["pn"] = "%d §" % x["n"]
    for x in items:
        ensure_space(pdf, 35)
        pdf.set_font("Times", "B", 12)
        y = pdf.get_y()
        pdf.cell(18, 6, x["pn"])
        pdf.multi_cell(152, 6, x["t"], new_x="LMARGIN", new_y="NEXT")
        if x.get("dnr"):
            pdf.set_font("Times", "", 10)
            pdf.set_x(38)
            pdf.cell(0, 5, x["dnr"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1.5)
        if x.get("ber"):
            two("Beredare:", x["ber"])
        if x.get("text"):
            two("", x["text"])
        if x.get("prop"):
            two("Bildningsdirektörens förslag:", x["prop"])
        two("Beslut:", "")
        pdf.ln(3)

    roles = {"ordförande": "ordförande", "vice ordförande": "vice ordförande", "medlem": "ledamot"}
    parts = [P_(n, p, roles[r]) for n, p, r in led] + [P_(n, p, "ersättare") for n, p in ers]
    parts += [P_("Lars Granholm", "SFP", "övrig"), P_("Cecilia Wahlström", None, "övrig"), P_("Jonna Kallio", None, "sekreterare")]
    gold = {"kind": "kallelse", "organ": "Bildningsnämnden", "meeting_date": "2023-04-12",
            "meeting": {"start_time": "18:00", "end_time": None, "location": "Kommungården, mötesrummet Bryggan"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented Finland-Swedish föredragningslista (Storsunds kommun is fictitious), core Times font. Paragraph numbers printed with suffix '38 §'–'49 §'; "
                     "number = the integer. 'Bildningsdirektörens förslag:' = proposal; the empty 'Beslut:' label is a placeholder, so decision null. "
                     "'Beredare:' names the preparer, not a presenter, so presenters are empty (the general 'föredragande' role of the bildningsdirektör in the kallade list is not tied to an item). "
                     "Protokolljusterare named in the proposal of 39 § are only proposed, so roles stay 'ledamot'. 'medlem' mapped to 'ledamot', 'Personliga ersättare' to 'ersättare'; "
                     "protokollförare Jonna Kallio as 'sekreterare'; kommunstyrelsens representant and bildningsdirektör as 'övrig'."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 8. Hjortsberga kommun, Tekniska nämnden 1996 – typewriter (Courier) protokoll,
#    centered "§ 54", underlined titles, "Nämnden beslutar". SCANNED.
# ---------------------------------------------------------------------------
def doc8():
    name = "hjortsberga-tekniska-namnden-protokoll-1996-04-16"
    pdf = new_pdf(None, None, margins=(25, 18, 22), bottom=22)
    pdf.add_page()
    C = "Courier"

    def t(text, style="", size=10.5, h=4.8, align="L", after=0):
        pdf.set_font(C, style, size)
        pdf.multi_cell(0, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(after)

    def head(pn):
        pdf.set_font(C, "", 10.5)
        pdf.cell(80, 5, "HJORTSBERGA KOMMUN")
        pdf.cell(0, 5, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(80, 5, "Tekniska nämnden")
        pdf.cell(0, 5, "1996-04-16      Blad " + pn, align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)

    head("1")
    rows = [("Plats och tid", "Tekniska kontoret, sammanträdesrummet, kl 14.00-16.35"),
            ]
    for a, b in rows:
        pdf.set_font(C, "", 10.5)
        pdf.cell(42, 5, a)
        pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    led = [("Sven-Åke Lindgren", "S", "ordf"), ("Gösta Magnusson", "M", "v ordf"), ("Inga-Lill Persson", "S", ""),
           ("Rune Axelsson", "C", ""), ("Barbro Holmström", "S", ""), ("Lennart Ek", "FP", "")]
    tjers = [("Åke Nilsson", "KD", "ersättare för Per Svärd (M)")]
    ers = [("Margit Olsson", "S"), ("Kjell Bengtsson", "C")]
    ovr = [("Hans Jönsson", "teknisk chef"), ("Birgitta Rask", "gatuchef §§ 54-58"), ("Yvonne Malm", "sekreterare")]
    pdf.set_font(C, "", 10.5)
    pdf.cell(42, 5, "Beslutande")
    pdf.multi_cell(0, 5, "\n".join("%s (%s)%s" % (n, p, " " + r if r else "") for n, p, r in led) + "\n" +
                   "\n".join("%s (%s) %s" % x for x in tjers), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(42, 5, "Övriga deltagande")
    pdf.multi_cell(0, 5, "Ersättare: " + ", ".join("%s (%s)" % x for x in ers) + "\n" +
                   "\n".join("%s, %s" % x for x in ovr), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.cell(42, 5, "Utses att justera")
    pdf.multi_cell(0, 5, "Rune Axelsson", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(42, 5, "Justeringens")
    pdf.multi_cell(0, 5, "Tekniska kontoret 1996-04-22", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(42, 5, "plats och tid")
    pdf.ln(8)
    for lbl, nm in [("Sekreterare", "Yvonne Malm"), ("Ordförande", "Sven-Åke Lindgren"), ("Justerande", "Rune Axelsson")]:
        pdf.cell(42, 5, lbl)
        pdf.cell(0, 5, "......................................", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(67)
        pdf.cell(0, 5, nm, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(4)
    pdf.cell(0, 5, "Paragrafer 54-62", new_x="LMARGIN", new_y="NEXT")

    items = [
        dict(t="Gatubelysning längs Storgatan - upphandling", dnr="Dnr 95.214-332",
             body=["Gatuchefen Birgitta Rask redogör för anbudsutvärderingen. Tre anbud har inkommit. Lägsta anbud har lämnats av Elmontage i Hjortsberga AB med 412 000 kronor."],
             dec="Nämnden beslutar att anta anbudet från Elmontage i Hjortsberga AB om 412 000 kronor."),
        dict(t="Asfaltering 1996", dnr="Dnr 96.031-311",
             body=["Förslag till asfalteringsprogram för 1996 föreligger. Budgeten omfattar 1,6 milj kr.",
                   "Lennart Ek (FP) yrkar att Kyrkbacken prioriteras före Industrivägen. Ordföranden yrkar bifall till förslaget. Ordföranden ställer proposition på yrkandena och finner att nämnden bifaller förslaget.",
                   "Lennart Ek (FP) reserverar sig mot beslutet."],
             dec="Nämnden beslutar att fastställa asfalteringsprogrammet för 1996 enligt förslaget."),
        dict(t="Taxa för slamtömning", dnr="Dnr 96.045-453",
             body=["Renhållningsentreprenören har begärt indexuppräkning av ersättningen. Förslag till ny taxa med en höjning om 4 procent har upprättats."],
             dec="Nämnden föreslår kommunfullmäktige att anta ny taxa för slamtömning att gälla från och med 1996-07-01."),
        dict(t="Arrendeavtal för båtplatser vid Norra hamnen", dnr="Dnr 96.050-261",
             body=["Hjortsberga Båtklubb har begärt förlängning av arrendeavtalet. Arrendeavgiften föreslås till 9 500 kronor per år.",
                   "Inga-Lill Persson (S) anmäler jäv och lämnar lokalen under ärendets behandling."],
             dec="Nämnden beslutar att förlänga arrendeavtalet med Hjortsberga Båtklubb till och med 2001-12-31."),
        dict(t="Vinterväghållning - redovisning", dnr="Dnr 95.198-311",
             body=["Teknisk chef Hans Jönsson redovisar kostnaderna för vintern 1995/96. Kostnaderna har överskridit budget med 186 000 kronor på grund av den snörika vintern."],
             dec="Nämnden beslutar att lägga redovisningen till handlingarna."),
        dict(t="Nedläggning av återvinningsstationen i Bäckby", dnr="Dnr 96.012-453",
             body=["Förslag föreligger om att lägga ned återvinningsstationen i Bäckby.",
                   "Rune Axelsson (C) yrkar avslag. Ordföranden yrkar bifall. Votering begärs och verkställs. Ja-röst för bifall, nej-röst för avslag. Omröstningen utfaller med 4 ja-röster mot 3 nej-röster.",
                   "Rune Axelsson (C), Gösta Magnusson (M) och Åke Nilsson (KD) reserverar sig mot beslutet."],
             dec="Nämnden beslutar att återvinningsstationen i Bäckby läggs ned från och med 1996-09-01."),
        dict(t="Delegationsbeslut", dnr=None, body=["Förteckning över beslut fattade med stöd av delegation under tiden 1996-03-01--1996-03-31 redovisas."],
             dec="Nämnden beslutar att godkänna redovisningen."),
        dict(t="Meddelanden", dnr=None, body=["Länsstyrelsens beslut 1996-03-20 angående dispens för transport. Kommunstyrelsens protokoll 1996-03-26, § 41."],
             dec="Nämnden beslutar att lägga meddelandena till handlingarna."),
        dict(t="Övriga frågor", dnr=None, body=["Barbro Holmström (S) frågar om läget för gång- och cykelvägen till Bäckby skola. Teknisk chef Hans Jönsson informerar om att projekteringen pågår."], dec=None),
    ]
    for i, x in enumerate(items):
        x["n"] = 54 + i
        x["pn"] = "§ %d" % x["n"]
    pdf.add_page()
    head("2")
    pgno = [2]
    for x in items:
        if pdf.get_y() > 220:
            pdf.add_page()
            pgno[0] += 1
            head(str(pgno[0]))
        t(x["pn"], align="C", after=2)
        pdf.set_font(C, "U", 10.5)
        pdf.multi_cell(0, 4.8, x["t"], new_x="LMARGIN", new_y="NEXT")
        if x.get("dnr"):
            t(x["dnr"], size=9.5)
        pdf.ln(3)
        for b in x["body"]:
            t(b, after=2.5)
        if x.get("dec"):
            t(x["dec"], after=2.5)
        pdf.ln(5)
    items[4]["pres"] = ["Hans Jönsson"]
    items[0]["pres"] = ["Birgitta Rask"]
    items[8]["pres"] = ["Hans Jönsson"]

    role = {"ordf": "ordförande", "v ordf": "vice ordförande", "": "ledamot"}
    parts = [P_(n, p, "justerare" if n == "Rune Axelsson" else role[r]) for n, p, r in led]
    parts += [P_(n, p, "tjänstgörande ersättare") for n, p, _ in tjers]
    parts += [P_(n, p, "ej tjänstgörande ersättare") for n, p in ers]
    parts += [P_("Hans Jönsson", None, "övrig"), P_("Birgitta Rask", None, "övrig"), P_("Yvonne Malm", None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Tekniska nämnden", "meeting_date": "1996-04-16",
            "meeting": {"start_time": "14:00", "end_time": "16:35", "location": "Tekniska kontoret, sammanträdesrummet"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented 1990s typewriter-style protokoll (Hjortsberga kommun is fictitious), Courier. SCANNED: all pages are slightly rotated, blurred grey images with no text layer. "
                     "Paragraphs § 54–§ 62 are centered on their own line, title underlined below. There is no 'Beslut' label: the decision is the final 'Nämnden beslutar/föreslår ...' sentence of each paragraph. "
                     "§ 62 Övriga frågor records no decision. Presenters: § 54 (Birgitta Rask 'redogör'), § 58 (Hans Jönsson 'redovisar'), § 62 (Hans Jönsson 'informerar'). "
                     "Ersättare under 'Övriga deltagande' are 'ej tjänstgörande ersättare'; Åke Nilsson serving for Per Svärd is 'tjänstgörande ersättare' (Per Svärd absent, not a participant). "
                     "Rune Axelsson 'utses att justera' -> 'justerare'. Party FP (Folkpartiet) kept as printed. Printed 'kl 14.00-16.35' uses a hyphen."}
    write(name, pdf, gold, scanned=True, seed=8)


# ---------------------------------------------------------------------------
# 9. Sörby kommun, Miljö- och byggnadsnämnden 2003 – Times, TWO-COLUMN body.
# ---------------------------------------------------------------------------
def doc9():
    name = "sorby-mbn-protokoll-2003-10-08"
    date_s = "2003-10-08"

    def hdr(p):
        p.set_font("Times", "B", 11)
        p.set_xy(18, 10)
        p.cell(90, 5, "SÖRBY KOMMUN")
        p.set_font("Times", "", 10)
        p.cell(84, 5, "PROTOKOLL  %s  sid %d" % (date_s, p.page_no()), align="R")
        p.set_xy(18, 15)
        p.set_font("Times", "I", 10)
        p.cell(90, 5, "Miljö- och byggnadsnämnden")
        p.line(18, 21, 192, 21)
        p.set_y(25)

    def ftr(p):
        p.set_y(-14)
        p.set_font("Times", "", 8)
        p.cell(0, 4, "Justerandes sign ............        ............", align="L")

    pdf = new_pdf(hdr, ftr, margins=(18, 25, 18), bottom=20)
    pdf.add_page()
    F = "Times"
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 8, "Sammanträdesprotokoll", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, "Onsdagen den 8 oktober 2003, kl. 09.00 - 15.20, Sörbygården, lilla salen", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    led = [("Gunnel Wallin", "S", "ordförande"), ("Roger Fransson", "M", "vice ordförande"), ("Irene Bäck", "S", ""),
           ("Sune Hallberg", "C", ""), ("Elisabeth Nord", "KD", ""), ("Mats Kronberg", "S", "")]
    tjers = [("Ulla Kvist", "FP", "för Bertil Stål (FP)")]
    ers = [("Tommy Lund", "S"), ("Maj Edström", "V")]
    ovr = [("Leif Hedin", "miljö- och byggchef"), ("Karin Sahlén", "byggnadsinspektör"), ("Anna-Lena Frid", "miljöinspektör")]
    sekr = "Berit Wessman"
    y0 = pdf.get_y()
    pdf.set_font(F, "B", 10.5)
    pdf.set_xy(18, y0)
    pdf.cell(85, 5, "Beslutande ledamöter")
    pdf.set_xy(107, y0)
    pdf.cell(85, 5, "Övriga närvarande")
    pdf.set_font(F, "", 10.5)
    L = ["%s (%s)%s" % (n, p, ", " + r if r else "") for n, p, r in led] + ["%s (%s), tjänstgörande ersättare %s" % x for x in tjers]
    R = ["Ersättare: " + ", ".join("%s (%s)" % x for x in ers)] + ["%s, %s" % x for x in ovr] + ["%s, sekreterare" % sekr]
    pdf.set_xy(18, y0 + 5.5)
    pdf.multi_cell(85, 5, "\n".join(L), new_x="LMARGIN", new_y="NEXT")
    ya = pdf.get_y()
    pdf.set_xy(107, y0 + 5.5)
    pdf.multi_cell(85, 5, "\n".join(R), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(max(ya, pdf.get_y()) + 2)
    pdf.set_font(F, "", 10.5)
    pdf.cell(0, 5, "Justerare: Sune Hallberg (C)     Justeringens tid och plats: Miljö- och byggkontoret 2003-10-13     Paragrafer: 112-124", new_x="LMARGIN", new_y="NEXT")
    pdf.line(18, pdf.get_y() + 2, 192, pdf.get_y() + 2)
    pdf.ln(5)

    items = [
        dict(t="Val av justerare", body=[], dec="Sune Hallberg (C) utses att justera dagens protokoll."),
        dict(t="Information från miljö- och byggchefen", pres=["Leif Hedin"], body=["Leif Hedin informerar om personalläget och om arbetet med den nya översiktsplanen."], dec="Informationen noteras."),
        dict(t="Bygglov för nybyggnad av enbostadshus, Sörby 4:12", dnr="Dnr 2003.0412",
             body=["Ansökan avser nybyggnad av enbostadshus om 146 kvm utanför detaljplanelagt område. Grannar har hörts utan erinran."],
             dec="Nämnden beslutar att bevilja bygglov. Avgift 8 430 kronor."),
        dict(t="Bygglov för tillbyggnad av fritidshus, Västanå 1:7", dnr="Dnr 2003.0398",
             body=["Tillbyggnaden ligger inom strandskyddat område. Dispens från strandskyddet har meddelats av länsstyrelsen.",
                   "Elisabeth Nord (KD) anmäler jäv och deltar inte i handläggningen."],
             dec="Nämnden beslutar att bevilja bygglov med villkor enligt förslaget."),
        dict(t="Förhandsbesked för två tomter, Norrbacka 2:3", dnr="Dnr 2003.0377",
             body=["Yrkanden: Roger Fransson (M) yrkar bifall till ansökan. Irene Bäck (S) yrkar avslag med hänvisning till jordbruksintresset.",
                   "Omröstning begärs. Ja-röst för avslag, nej-röst för bifall. Med 4 ja-röster mot 3 nej-röster beslutar nämnden enligt Irene Bäcks yrkande.",
                   "Roger Fransson (M) och Sune Hallberg (C) reserverar sig."],
             dec="Nämnden beslutar att inte lämna positivt förhandsbesked."),
        dict(t="Rivningslov, Industrin 5", dnr="Dnr 2003.0420", body=[], dec="Nämnden beslutar att bevilja rivningslov."),
        dict(t="Föreläggande om åtgärder vid enskild avloppsanläggning, Kärrby 3:9", dnr="Dnr 2003.0211",
             body=["Anna-Lena Frid redogör för ärendet. Anläggningen uppfyller inte kraven i miljöbalken."],
             dec="Nämnden beslutar att förelägga fastighetsägaren att senast 2004-06-30 ha åtgärdat avloppsanläggningen vid vite om 20 000 kronor.", pres=["Anna-Lena Frid"]),
        dict(t="Miljösanktionsavgift, Sörby Mekaniska AB", dnr="Dnr 2003.0305", body=["Företaget har inte lämnat in miljörapport i tid."], dec="Nämnden beslutar att påföra Sörby Mekaniska AB miljösanktionsavgift om 5 000 kronor."),
        dict(t="Taxa för prövning och tillsyn enligt miljöbalken 2004", dnr="Dnr 2003.0350", body=["Timavgiften föreslås höjas från 580 till 610 kronor."],
             dec="Nämnden föreslår kommunfullmäktige att anta taxan att gälla från 2004-01-01."),
        dict(t="Budgetuppföljning per augusti 2003", dnr="Dnr 2003.0012", body=["Prognosen visar ett överskott om 0,3 mkr."], dec="Nämnden godkänner budgetuppföljningen."),
        dict(t="Yttrande över detaljplan för Sörby centrum", dnr="Dnr 2003.0366", body=[], dec="Nämnden beslutar att avge yttrande enligt förvaltningens förslag."),
        dict(t="Delegationsbeslut", body=["Förteckning över delegationsbeslut september 2003 redovisas."], dec="Redovisningen godkänns."),
        dict(t="Meddelanden", body=["Länsstyrelsens beslut i överklagat ärende Dnr 2002.0198 anmäls."], dec="Meddelandena läggs till handlingarna."),
    ]
    for i, x in enumerate(items):
        x["n"] = 112 + i
        x["pn"] = "§ %d" % x["n"]

    # build line list for two-column flow
    colw, gap = 84, 6
    blocks = []
    for x in items:
        blocks.append(("B", 11, x["pn"], 1, True))
        blocks.append(("B", 10.5, x["t"], 0.5, False))
        if x.get("dnr"):
            blocks.append(("I", 9, x["dnr"], 1.5, False))
        for b in x["body"]:
            blocks.append(("", 10.5, b, 1.5, False))
        if x.get("dec"):
            blocks.append(("B", 10.5, "Beslut", 0, False))
            blocks.append(("", 10.5, x["dec"], 1.5, False))
        blocks.append(("", 10.5, "", 3, False))
    lines = []
    for st, sz, txt, after, keep in blocks:
        pdf.set_font(F, st, sz)
        if txt:
            ls = pdf.multi_cell(colw, 4.8, txt, dry_run=True, output="LINES")
        else:
            ls = []
        for k, l in enumerate(ls):
            lines.append((st, sz, l, 4.8, keep and k == 0))
        if after:
            lines.append(("", sz, None, after, False))
    col = 0
    ytop = pdf.get_y()
    y = ytop
    bottom = pdf.h - 20
    i = 0
    while i < len(lines):
        st, sz, l, h, keep = lines[i]
        need = h + (14 if keep else 0)
        if y + need > bottom:
            if col == 0:
                col = 1
                y = ytop
            else:
                pdf.add_page()
                col = 0
                ytop = pdf.get_y()
                y = ytop
            if l is None:
                i += 1
                continue
        if l is not None:
            pdf.set_font(F, st, sz)
            pdf.set_xy(18 + col * (colw + gap), y)
            pdf.cell(colw, h, l)
        y += h
        i += 1
    if y + 40 > bottom:
        if col == 0:
            col, y = 1, ytop
        else:
            pdf.add_page()
            col, y = 0, pdf.get_y()
    y += 6
    for lbl, nm in [("Ordförande", "Gunnel Wallin"), ("Justerare", "Sune Hallberg"), ("Sekreterare", sekr)]:
        pdf.set_xy(18 + col * (colw + gap), y)
        pdf.set_font(F, "", 10)
        pdf.cell(colw, 5, "%s: ..............................." % lbl)
        pdf.set_xy(18 + col * (colw + gap) + 20, y + 5)
        pdf.cell(colw, 5, nm)
        y += 13

    role = {"ordförande": "ordförande", "vice ordförande": "vice ordförande", "": "ledamot"}
    parts = [P_(n, p, "justerare" if n == "Sune Hallberg" else role[r]) for n, p, r in led]
    parts += [P_(n, p, "tjänstgörande ersättare") for n, p, _ in tjers]
    parts += [P_(n, p, "ej tjänstgörande ersättare") for n, p in ers]
    parts += [P_(n, None, "övrig") for n, _ in ovr] + [P_(sekr, None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Miljö- och byggnadsnämnden", "meeting_date": "2003-10-08",
            "meeting": {"start_time": "09:00", "end_time": "15:20", "location": "Sörbygården, lilla salen"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented 2003 protokoll (Sörby kommun is fictitious) in core Times with a TWO-COLUMN body: paragraphs flow down the left column, then the right column, then the next page. "
                     "A paragraph may break across columns/pages. Paragraphs § 112–§ 124, '§ N' on its own line with the title below. Decision = text under 'Beslut'. "
                     "'Yrkanden:'/Omröstning/Reservation/Jäv sentences are discussion. Presenters: § 113 Leif Hedin ('informerar'), § 118 Anna-Lena Frid ('redogör'). "
                     "Ersättare listed under Övriga närvarande are 'ej tjänstgörande ersättare'; Bertil Stål (FP), replaced by Ulla Kvist, is absent and not a participant. "
                     "Justerare Sune Hallberg is a ledamot -> 'justerare'. Time printed '09.00 - 15.20'. The decision of § 115 is split between the bottom of the left column and the top of the right column."}
    write(name, pdf, gold)


# ---------------------------------------------------------------------------
# 10. Hamnstads Energi AB (municipal company), Styrelsen – protokoll with a grey left
#     sidebar holding meeting facts; items "1." … ; "Styrelsen beslutade att".
# ---------------------------------------------------------------------------
def doc10():
    name = "hamnstads-energi-styrelseprotokoll-2024-06-11"
    SB = 58

    def hdr(p):
        p.set_fill_color(236, 238, 240)
        p.rect(0, 0, SB, 297, style="F")
        p.set_fill_color(230, 120, 20)
        p.rect(10, 12, 8, 8, style="F")
        p.set_xy(20, 12)
        p.set_font("Sans", "B", 10)
        p.cell(36, 8, "Hamnstads Energi")
        p.set_xy(SB + 8, 12)
        p.set_font("Sans", "", 8)
        p.set_text_color(110)
        p.cell(210 - SB - 20, 5, "Protokoll nr 4/2024 · Styrelsemöte 2024-06-11", align="R")
        p.set_text_color(0)
        p.set_y(28)

    def ftr(p):
        p.set_y(-12)
        p.set_x(SB + 8)
        p.set_font("Sans", "", 8)
        p.cell(210 - SB - 20, 4, "Sida %d av {nb}" % p.page_no(), align="R")

    pdf = new_pdf(hdr, ftr, margins=(SB + 8, 28, 12), bottom=18)
    pdf.alias_nb_pages()
    pdf.add_page()
    # sidebar facts on page 1
    y = 30
    facts = [("Bolag", "Hamnstads Energi AB\norg.nr 556000-0000"), ("Möte", "Ordinarie styrelsemöte"),
             ("Datum", "11 juni 2024"), ("Tid", "13.00–16.10"), ("Plats", "Bolagets huvudkontor, Kraftverksvägen 3, rum Turbinen"),
             ("Protokoll nr", "4/2024")]
    for a, b in facts:
        pdf.set_xy(10, y)
        pdf.set_font("Sans", "B", 8)
        pdf.set_text_color(90)
        pdf.cell(44, 4.5, a.upper())
        pdf.set_text_color(0)
        pdf.set_xy(10, y + 4.5)
        pdf.set_font("Sans", "", 9)
        pdf.multi_cell(44, 4.5, b)
        y = pdf.get_y() + 4
    pdf.set_xy(SB + 8, 28)
    pdf.set_font("Sans", "B", 17)
    pdf.cell(0, 9, "Protokoll från styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    led = [("Göran Asplund", "S", "ordförande"), ("Lisa Hedberg", "M", "vice ordförande"), ("Ronny Åkesson", "SD", "ledamot"),
           ("Marie Lindh", "C", "ledamot"), ("Patrik Bergman", "S", "ledamot")]
    suppl = [("Anette Kullberg", "S", "suppleant")]
    arb = [("Mikko Salonen", "arbetstagarrepresentant, Seko"), ("Jessica Nord", "arbetstagarrepresentant, Unionen")]
    ovr = [("Håkan Ståhl", "verkställande direktör"), ("Camilla Ek", "ekonomichef, punkt 4–6"), ("Emil Rydberg", "styrelsesekreterare, protokollförare")]

    def block(title, rows):
        para(pdf, title, style="B", size=10, after=0.5)
        pdf.set_font("Sans", "", 9.5)
        for r in rows:
            pdf.cell(0, 5, r, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    block("Närvarande styrelseledamöter", ["%s (%s), %s" % x for x in led])
    block("Närvarande suppleant", ["%s (%s), %s" % x for x in suppl])
    block("Arbetstagarrepresentanter", ["%s, %s" % x for x in arb])
    block("Övriga närvarande", ["%s, %s" % x for x in ovr])
    pdf.ln(2)

    items = [
        dict(t="Mötets öppnande", body=["Ordföranden Göran Asplund hälsade välkommen och förklarade mötet öppnat."], dec=None),
        dict(t="Val av justerare", body=[], dec="Styrelsen beslutade att utse Lisa Hedberg att jämte ordföranden justera protokollet."),
        dict(t="Godkännande av dagordning", body=[], dec="Styrelsen beslutade att godkänna dagordningen."),
        dict(t="VD-rapport", pres=["Håkan Ståhl"], body=["VD Håkan Ståhl redogjorde för driften av kraftvärmeverket, tillgängligheten i fjärrvärmenätet och arbetsmiljöläget. Inga allvarliga tillbud har rapporterats under perioden."],
             dec="Styrelsen beslutade att lägga VD-rapporten till handlingarna."),
        dict(t="Ekonomisk rapport per maj 2024", pres=["Camilla Ek"], body=["Ekonomichef Camilla Ek föredrog rapporten. Rörelseresultatet uppgår till 24,7 mnkr, vilket är 3,1 mnkr bättre än budget."],
             dec="Styrelsen beslutade att godkänna den ekonomiska rapporten."),
        dict(t="Investering i ny ackumulatortank för fjärrvärme", body=["Investeringen beräknas till 38 mnkr och ryms inom ägardirektivets ram för investeringar utan fullmäktiges ställningstagande.",
                                                                        "Ronny Åkesson (SD) yrkade att beslutet skulle skjutas upp till septembermötet. Ordföranden ställde proposition på förslaget mot Ronny Åkessons yrkande och fann att styrelsen beslutat enligt förslaget.",
                                                                        "Ronny Åkesson (SD) reserverade sig mot beslutet."],
             dec="Styrelsen beslutade att godkänna investeringen i en ny ackumulatortank om högst 38 mnkr, att uppdra åt VD att genomföra upphandlingen."),
        dict(t="Nytt elhandelsavtal med Hamnstads kommun", body=["Ramavtalet för kommunens elleveranser löper ut 2024-12-31. Patrik Bergman anmälde jäv då han är ledamot i kommunstyrelsen och deltog inte i ärendet."],
             dec="Styrelsen beslutade att godkänna förslaget till elhandelsavtal med Hamnstads kommun för 2025–2027."),
        dict(t="Samverkansavtal med Hamnstads Vatten AB om gemensam kundtjänst", body=["Avtalet innebär att kundtjänsten samlokaliseras och att kostnaderna fördelas efter antal ärenden. Bolagets årliga kostnad beräknas till 1,2 mnkr."],
             dec="Styrelsen beslutade att godkänna samverkansavtalet med Hamnstads Vatten AB."),
        dict(t="Riskhantering och internkontroll – rapport", body=["Rapporten redovisades. Styrelsen diskuterade särskilt cybersäkerhetsrisker."], dec="Styrelsen beslutade att lägga rapporten till handlingarna."),
        dict(t="Firmateckning", body=[], dec="Styrelsen beslutade att bolagets firma, utöver av styrelsen, tecknas av VD Håkan Ståhl och ekonomichef Camilla Ek två i förening."),
        dict(t="Övriga frågor", body=["Inga övriga frågor."], dec=None),
        dict(t="Nästa möte", body=["Nästa ordinarie styrelsemöte hålls den 17 september 2024 kl. 13.00."], dec=None),
        dict(t="Mötets avslutande", body=["Ordföranden tackade för visat intresse och förklarade mötet avslutat."], dec=None),
    ]
    for i, x in enumerate(items):
        x["n"] = i + 1
        x["pn"] = "%d." % x["n"]
    W = 210 - SB - 8 - 12
    for x in items:
        ensure_space(pdf, 25)
        y = pdf.get_y()
        pdf.set_font("Sans", "B", 11)
        pdf.set_text_color(200, 95, 10)
        pdf.cell(10, 6, x["pn"])
        pdf.set_text_color(0)
        pdf.multi_cell(W - 10, 6, x["t"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.5)
        for b in x["body"]:
            para(pdf, b, size=9.5, x=SB + 18, w=W - 10, h=4.8, after=1.5)
        if x.get("dec"):
            para(pdf, x["dec"], style="I", size=9.5, x=SB + 18, w=W - 10, h=4.8, after=1.5)
        pdf.ln(3)
    ensure_space(pdf, 40)
    pdf.ln(6)
    y = pdf.get_y()
    for i, (lbl, nm) in enumerate([("Vid protokollet", "Emil Rydberg"), ("Ordförande", "Göran Asplund"), ("Justerare", "Lisa Hedberg")]):
        x0 = SB + 8 + i * 46
        pdf.set_xy(x0, y)
        pdf.set_font("Sans", "", 8)
        pdf.cell(44, 4, lbl)
        pdf.line(x0, y + 14, x0 + 40, y + 14)
        pdf.set_xy(x0, y + 15)
        pdf.set_font("Sans", "", 9)
        pdf.cell(44, 4, nm)

    rmap = {"ordförande": "ordförande", "vice ordförande": "vice ordförande", "ledamot": "ledamot"}
    parts = [P_(n, p, rmap[r]) for n, p, r in led] + [P_(n, p, "ersättare") for n, p, _ in suppl]
    parts += [P_("Mikko Salonen", None, "övrig", "Seko"), P_("Jessica Nord", None, "övrig", "Unionen")]
    parts += [P_("Håkan Ståhl", None, "övrig"), P_("Camilla Ek", None, "övrig"), P_("Emil Rydberg", None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Styrelsen", "meeting_date": "2024-06-11",
            "meeting": {"start_time": "13:00", "end_time": "16:10", "location": "Bolagets huvudkontor, Kraftverksvägen 3, rum Turbinen"},
            "items": [gold_item(x) for x in items], "participants": parts,
            "notes": "Invented board minutes of a fictitious municipal energy company, Hamnstads Energi AB (organ 'Styrelsen', company name here). "
                     "Meeting facts (date, time, place) are in a grey left sidebar on page 1. Items numbered '1.'–'13.'; the decision is the italic 'Styrelsen beslutade att ...' sentence. "
                     "Items 1, 11, 12, 13 record no decision. Presenters: item 4 Håkan Ståhl ('redogjorde'), item 5 Camilla Ek ('föredrog'). "
                     "Lisa Hedberg is justerare but keeps the higher role 'vice ordförande'. The suppleant is mapped to 'ersättare' (not stated whether serving). "
                     "Arbetstagarrepresentanter as 'övrig' with their union as organization. Protokollförare Emil Rydberg as 'sekreterare'."}
    write(name, pdf, gold)

if __name__ == "__main__":
    import sys
    which = sys.argv[1:] or [k for k in sorted(globals()) if k.startswith("doc")]
    for k in which:
        globals()[k]()
