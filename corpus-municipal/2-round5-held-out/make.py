#!/usr/bin/env python3
"""Generator for muniset7: 10 invented Swedish / Finland-Swedish public-sector meeting documents (PDF + gold JSON).
Run: .venv/bin/python make.py"""
import json, os, random, subprocess, tempfile, io, re
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
FD = "/usr/share/fonts/truetype/dejavu/"


class Doc(FPDF):
    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        self.footer_fn = None
        self.header_fn = None
        for fam, base in [("Sans", "DejaVuSans"), ("Serif", "DejaVuSerif"),
                          ("Cond", "DejaVuSansCondensed"), ("Mono", "DejaVuSansMono")]:
            self.add_font(fam, "", FD + base + ".ttf")
            self.add_font(fam, "B", FD + base + "-Bold.ttf")
            it = {"Sans": "-Oblique", "Serif": "-Italic", "Cond": "-Oblique", "Mono": "-Oblique"}[fam]
            self.add_font(fam, "I", FD + base + it + ".ttf")

    def header(self):
        if self.header_fn:
            self.header_fn(self)

    def footer(self):
        if self.footer_fn:
            self.footer_fn(self)

    def p(self, text, size=10, style="", fam=None, h=None, w=0, align="L", space=1.5):
        if fam:
            self.set_font(fam, style, size)
        else:
            self.set_font(style=style, size=size)
        self.multi_cell(w, h or size * 0.48, text, new_x="LMARGIN", new_y="NEXT", align=align)
        if space:
            self.ln(space)

    def lines(self, rows, size=10, style="", indent=0, h=None):
        for r in rows:
            self.set_x(self.l_margin + indent)
            self.set_font(style=style, size=size)
            self.multi_cell(0, h or size * 0.48, r, new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)


def item(number, printed, title, presenters=None, time=None, proposal=None, decision=None,
         attachments=None, section=None):
    return {"number": number, "printed_number": printed, "title": title, "section": section,
            "presenters": presenters or [], "scheduled_time": time, "proposal": proposal,
            "decision": decision, "attachments": attachments or []}


def person(name, party=None, role="ledamot", org=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def scan(pdf_bytes, seed, dpi=110, typewriter=False):
    rnd = random.Random(seed)
    with tempfile.TemporaryDirectory() as td:
        src = os.path.join(td, "in.pdf")
        open(src, "wb").write(pdf_bytes)
        subprocess.run(["pdftoppm", "-r", str(dpi), "-gray", "-png", src, os.path.join(td, "p")], check=True)
        pages = sorted(f for f in os.listdir(td) if f.startswith("p") and f.endswith(".png"))
        out = FPDF(unit="mm", format="A4")
        out.set_auto_page_break(False)
        for i, f in enumerate(pages):
            im = Image.open(os.path.join(td, f)).convert("L")
            ang = rnd.uniform(0.3, 1.0) * rnd.choice([-1, 1])
            im = im.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255)
            im = im.filter(ImageFilter.GaussianBlur(0.7 if typewriter else 0.55))
            a = np.asarray(im).astype(np.float32)
            a = a * 0.86 + 18  # greyish paper, lighter ink
            nrng = np.random.default_rng(seed * 100 + i)
            a += nrng.normal(0, 9, a.shape)
            # darker edge shadow at left
            a[:, :12] -= 40
            a = np.clip(a, 0, 255).astype(np.uint8)
            im = Image.fromarray(a)
            buf = io.BytesIO()
            im.save(buf, "JPEG", quality=62)
            buf.seek(0)
            out.add_page()
            out.image(buf, x=0, y=0, w=210, h=297)
        return bytes(out.output()), len(pages)


def norm(s):
    return re.sub(r"\s+", " ", s).strip()


def finish(name, pdf, gold, scanned=False, seed=1, typewriter=False):
    raw = bytes(pdf.output())
    textpdf = raw
    if scanned:
        raw, n = scan(raw, seed, typewriter=typewriter)
    path = os.path.join(OUT, name + ".pdf")
    open(path, "wb").write(raw)
    gold = dict(gold)
    g = {"file": name + ".pdf", "kind": gold["kind"], "organ": gold["organ"],
         "meeting_date": gold["meeting_date"], "page_count": pdf.pages_count,
         "scanned": scanned, "meeting": gold["meeting"], "items": gold["items"]}
    if gold.get("participants") is not None:
        g["participants"] = gold["participants"]
    g["notes"] = gold["notes"]
    json.dump(g, open(os.path.join(OUT, name + ".gold.json"), "w"), ensure_ascii=False, indent=1)
    # validation against the rendered text (pre-scan text for scans)
    with tempfile.NamedTemporaryFile(suffix=".pdf") as t:
        t.write(textpdf); t.flush()
        txt = subprocess.run(["pdftotext", "-layout", t.name, "-"], capture_output=True, text=True).stdout
        txt += "\n" + subprocess.run(["pdftotext", t.name, "-"], capture_output=True, text=True).stdout
    ntxt = norm(txt) + " || " + norm(re.sub(r"Dnr \S+", " ", txt))
    probs = []
    for it in g["items"]:
        if norm(it["printed_number"]) not in ntxt:
            probs.append("num " + it["printed_number"])
        if norm(it["title"]) not in ntxt:
            probs.append("title " + it["title"])
        for fld in ("decision", "proposal"):
            if it[fld] and norm(it[fld]) not in ntxt:
                probs.append(fld + " " + it["printed_number"] + ": " + it[fld][:60])
    for pp in g.get("participants", []):
        last = pp["name"].split()[-1]
        if last not in ntxt:
            probs.append("person " + pp["name"])
    names = [p["name"] for p in g.get("participants", [])]
    if len(names) != len(set(names)):
        probs.append("duplicate participants")
    print(f"{name}: pages={pdf.pages_count} items={len(g['items'])} parts={len(g.get('participants', []))} scanned={scanned}",
          "OK" if not probs else probs)
    json.load(open(os.path.join(OUT, name + ".gold.json")))

# ---------------------------------------------------------------- doc 1
def doc1():
    """Krokedals kommun, Kommunstyrelsen, protokoll, header table, Dnr line, skickas till, vote."""
    name = "krokedal-ks-protokoll-2024-03-12"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(22, 18, 20)
    pdf.set_auto_page_break(True, 32)

    def hdr(p):
        p.set_font("Sans", "B", 11)
        p.cell(90, 6, "KROKEDALS KOMMUN")
        p.set_font("Sans", "", 9)
        p.cell(0, 6, "SAMMANTRÄDESPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(90, 5, "Kommunstyrelsen")
        p.cell(0, 5, "Sammanträdesdatum 2024-03-12", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(0)
        p.line(22, p.get_y() + 1, 190, p.get_y() + 1)
        p.ln(5)

    def ftr(p):
        p.set_y(-28)
        p.set_font("Sans", "", 7.5)
        y = p.get_y()
        p.rect(22, y, 60, 14)
        p.rect(130, y, 60, 14)
        p.set_xy(23, y + 1)
        p.cell(58, 3.5, "Justerandes signatur")
        p.set_xy(131, y + 1)
        p.cell(58, 3.5, "Utdragsbestyrkande")
        p.set_xy(84, y + 5)
        p.cell(44, 4, f"{p.page_no()}/{{nb}}", align="C")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()

    ledamoter = [("Eva Sandström", "S", "ordförande"), ("Lars Ekholm", "M", "1:e vice ordförande"),
                 ("Karin Dahlberg", "C", "2:e vice ordförande"), ("Johan Nyström", "S", ""),
                 ("Anna-Lena Pettersson", "S", ""), ("Mikael Forsberg", "M", ""),
                 ("Per Almqvist", "SD", ""), ("Malin Öberg", "SD", ""), ("Henrik Wallin", "KD", "")]
    tjg = [("Sofia Berglund", "L", "Oskar Lund (L)"), ("Ahmed Karimi", "S", "Birgitta Holm (S)")]
    ers = [("Gunnel Åkesson", "V"), ("Tobias Hedlund", "M"), ("Linnea Sjögren", "MP")]
    ovr = [("Maria Engström", "kommundirektör"), ("Sara Lindqvist", "ekonomichef, § 47–48"),
           ("Jonas Bäck", "nämndsekreterare"), ("Elin Rask", "samhällsbyggnadschef, § 50")]

    pdf.set_font("Sans", "B", 14)
    pdf.cell(0, 8, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    lab = FontFace(emphasis="BOLD")
    beslutande = "\n".join(f"{n} ({pa}){', ' + r if r else ''}" for n, pa, r in ledamoter)
    tj = "\n".join(f"{n} ({pa}) ersätter {e}" for n, pa, e in tjg)
    er = "\n".join(f"{n} ({pa})" for n, pa in ers)
    ov = "\n".join(f"{n}, {t}" for n, t in ovr)
    rows = [
        ("Plats och tid", "Kommunhuset, sammanträdesrum Kroken, kl. 08.30–12.00\nSammanträdet ajourneras 10.00–10.15"),
        ("Beslutande\nLedamöter", beslutande),
        ("Tjänstgörande ersättare", tj),
        ("Ersättare", er),
        ("Övriga närvarande", ov),
        ("Utses att justera", "Mikael Forsberg (M)"),
        ("Justeringens plats och tid", "Kommunhuset, 2024-03-15 kl. 13.00"),
    ]
    pdf.set_font("Sans", "", 9.5)
    with pdf.table(col_widths=(48, 120), first_row_as_headings=False, borders_layout="HORIZONTAL_LINES",
                   line_height=4.8, text_align="LEFT", padding=1.5) as t:
        for a, b in rows:
            r = t.row()
            r.cell(a, style=lab)
            r.cell(b)
    pdf.ln(5)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    for role, nm, extra in [("Sekreterare", "Jonas Bäck", "Paragrafer 45–58"),
                            ("Ordförande", "Eva Sandström", ""), ("Justerande", "Mikael Forsberg", "")]:
        pdf.ln(3)
        pdf.cell(35, 5, role)
        pdf.cell(75, 5, "......................................................")
        pdf.cell(0, 5, extra, new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(57)
        pdf.cell(0, 5, nm, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Sans", "B", 9.5)
    pdf.cell(0, 6, "ANSLAG/BEVIS", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.\n"
                   "Organ: Kommunstyrelsen   Sammanträdesdatum: 2024-03-12\n"
                   "Datum då anslaget sätts upp: 2024-03-18   Datum då anslaget tas ned: 2024-04-09\n"
                   "Förvaringsplats för protokollet: Kommunledningskontoret", new_x="LMARGIN", new_y="NEXT")

    items = []

    def para(num, dnr, title, body, decision_lead=None, clauses=None, skickas=None, presenters=None,
             proposal=None, proposal_label="Arbetsutskottets förslag till beslut", extra=None, dec_label="Beslut"):
        if pdf.get_y() > 220:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font("Sans", "B", 11)
        pdf.cell(0, 6, f"§ {num}" + (f"   Dnr {dnr}" if dnr else ""), new_x="LMARGIN", new_y="NEXT")
        pdf.p(title, 11, "B", "Sans", space=2)
        for b in body:
            pdf.p(b, 9.5, "", "Sans", h=4.6, space=2)
        if proposal:
            pdf.p(proposal_label, 9.5, "B", "Sans", h=4.6, space=0.5)
            pdf.p(proposal, 9.5, "", "Sans", h=4.6, space=2)
        if extra:
            extra()
        dec = None
        if decision_lead:
            pdf.p(dec_label, 9.5, "B", "Sans", h=4.6, space=0.5)
            pdf.p(decision_lead, 9.5, "", "Sans", h=4.6, space=0.5)
            if clauses:
                for c in clauses:
                    pdf.set_x(28)
                    pdf.multi_cell(0, 4.6, c, new_x="LMARGIN", new_y="NEXT")
                dec = decision_lead + "\n" + "\n".join(clauses)
            else:
                dec = decision_lead
            pdf.ln(2)
        if skickas:
            pdf.p("Beslutet skickas till", 9.5, "B", "Sans", h=4.6, space=0.5)
            pdf.p("\n".join(skickas), 9.5, "", "Sans", h=4.6, space=2)
        items.append(item(num - 44, f"§ {num}", title, presenters, None, proposal, dec))

    para(45, None, "Val av justerare", [],
         "Kommunstyrelsen utser Mikael Forsberg (M) att jämte ordföranden justera dagens protokoll.")
    para(46, None, "Godkännande av dagordning",
         ["Ordföranden meddelar att ärendet Riktlinjer för representation och gåvor tillkommer på dagordningen."],
         "Kommunstyrelsen godkänner dagordningen med den tillkommande punkten.")
    para(47, "KS 2024/41", "Ekonomisk uppföljning februari 2024",
         ["Ekonomichef Sara Lindqvist redovisar utfallet för perioden januari–februari. Prognosen för helåret "
          "visar ett underskott om 4,2 mnkr, främst inom socialnämnden och barn- och utbildningsnämnden. "
          "Finansnettot beräknas bli 1,1 mnkr bättre än budgeterat."],
         "Kommunstyrelsen beslutar att lägga informationen till handlingarna.",
         skickas=["Ekonomiavdelningen"], presenters=["Sara Lindqvist"])

    def vote():
        pdf.p("Yrkanden", 9.5, "B", "Sans", h=4.6, space=0.5)
        pdf.p("Eva Sandström (S), Lars Ekholm (M) och Sofia Berglund (L) yrkar bifall till arbetsutskottets förslag.\n"
              "Per Almqvist (SD) yrkar avslag på arbetsutskottets förslag.", 9.5, "", "Sans", h=4.6, space=2)
        pdf.p("Propositionsordning", 9.5, "B", "Sans", h=4.6, space=0.5)
        pdf.p("Ordföranden ställer proposition på bifall mot avslag och finner att kommunstyrelsen bifaller "
              "arbetsutskottets förslag. Omröstning begärs och verkställs.\n"
              "Den som vill bifalla arbetsutskottets förslag röstar ja, den det ej vill röstar nej.",
              9.5, "", "Sans", h=4.6, space=2)
        pdf.p("Omröstning", 9.5, "B", "Sans", h=4.6, space=0.5)
        votes = [("Johan Nyström (S)", "Ja"), ("Anna-Lena Pettersson (S)", "Ja"), ("Ahmed Karimi (S)", "Ja"),
                 ("Mikael Forsberg (M)", "Ja"), ("Sofia Berglund (L)", "Ja"), ("Karin Dahlberg (C)", "Nej"),
                 ("Per Almqvist (SD)", "Nej"), ("Malin Öberg (SD)", "Nej"), ("Henrik Wallin (KD)", "Nej"),
                 ("Lars Ekholm (M)", "Ja"), ("Eva Sandström (S)", "Ja")]
        pdf.set_font("Sans", "", 9)
        with pdf.table(width=110, col_widths=(70, 20, 20), align="LEFT", line_height=4.4,
                       text_align=("LEFT", "CENTER", "CENTER"), padding=1) as t:
            r = t.row(); r.cell("Ledamot"); r.cell("Ja"); r.cell("Nej")
            for n, v in votes:
                r = t.row(); r.cell(n); r.cell("X" if v == "Ja" else ""); r.cell("X" if v == "Nej" else "")
            r = t.row(); r.cell("Summa", style=lab); r.cell("7"); r.cell("4")
        pdf.ln(2)
        pdf.p("Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt arbetsutskottets förslag.",
              9.5, "", "Sans", h=4.6, space=2)
        pdf.p("Reservation", 9.5, "B", "Sans", h=4.6, space=0.5)
        pdf.p("Per Almqvist (SD) och Malin Öberg (SD) reserverar sig mot beslutet till förmån för eget yrkande.",
              9.5, "", "Sans", h=4.6, space=2)

    para(48, "KS 2024/77", "Tilläggsanslag för ombyggnad av Ängsskolan",
         ["Barn- och utbildningsnämnden har begärt ett tilläggsanslag i investeringsbudgeten för 2024 om "
          "2,5 mnkr för ombyggnad av kök och matsal på Ängsskolan. Kostnaden har ökat på grund av "
          "skärpta krav på ventilation. Ekonomichef Sara Lindqvist föredrar ärendet.",
          "Beslutsunderlag: Tjänsteskrivelse 2024-02-20, barn- och utbildningsnämndens beslut 2024-02-08 § 14."],
         "Kommunstyrelsen beslutar att",
         ["1. bevilja barn- och utbildningsnämnden ett tilläggsanslag om 2,5 mnkr för ombyggnad av Ängsskolan,",
          "2. finansiering sker genom omdisponering från projektet Gång- och cykelväg Norra infarten."],
         skickas=["Barn- och utbildningsnämnden", "Ekonomiavdelningen"], presenters=["Sara Lindqvist"],
         proposal="Kommunstyrelsen beviljar barn- och utbildningsnämnden ett tilläggsanslag om 2,5 mnkr "
                  "för ombyggnad av Ängsskolan, finansierat genom omdisponering inom investeringsbudgeten.",
         extra=vote)
    para(49, "KS 2023/310", "Samverkansavtal om räddningstjänst med Norrviks kommun",
         ["Henrik Wallin (KD) anmäler jäv och deltar inte i handläggningen.",
          "Krokedals kommun och Norrviks kommun har sedan 2019 ett gemensamt ledningssystem för räddningstjänst. "
          "Ett nytt samverkansavtal har tagits fram som reglerar ledning, övningsverksamhet och kostnadsfördelning. "
          "Avtalet gäller från 2024-07-01 till 2027-12-31 med möjlighet till förlängning. Krokedals andel av "
          "kostnaden uppgår till 1 840 000 kronor per år."],
         "Kommunstyrelsen beslutar att godkänna samverkansavtalet om räddningstjänst med Norrviks kommun.",
         skickas=["Norrviks kommun", "Räddningschefen"])
    para(50, "KS 2024/18", "Försäljning av fastigheten Krokedal Sågen 4:12",
         ["Samhällsbyggnadschef Elin Rask informerar om att en intressent har lämnat ett bud om 350 000 kronor "
          "på fastigheten Krokedal Sågen 4:12. Fastigheten saknar strategisk betydelse för kommunen."],
         "Kommunstyrelsen beslutar att",
         ["1. sälja fastigheten Krokedal Sågen 4:12 för 350 000 kronor enligt upprättat köpeavtal,",
          "2. uppdra åt kommundirektören att underteckna köpeavtalet."],
         skickas=["Samhällsbyggnadsförvaltningen", "Köparen"], presenters=["Elin Rask"])
    para(51, "KS 2024/52", "Revidering av delegeringsordning för kommunstyrelsen",
         ["Delegeringsordningen behöver revideras med anledning av den nya förvaltningsorganisationen."],
         "Kommunstyrelsen beslutar att anta reviderad delegeringsordning att gälla från och med 2024-04-01.",
         skickas=["Samtliga förvaltningschefer"])
    para(52, "KS 2023/198", "Motion om laddstolpar vid kommunens förskolor",
         ["Linnea Sjögren (MP) har i en motion föreslagit att kommunen installerar laddstolpar vid samtliga förskolor."],
         "Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.",
         skickas=["Kommunfullmäktige"],
         proposal="Kommunstyrelsen föreslår kommunfullmäktige besluta att motionen ska anses besvarad.")
    para(53, "KS 2023/255", "Medborgarförslag om utegym i Södra parken",
         ["Ett medborgarförslag har inkommit om att anlägga ett utegym i Södra parken. Kostnaden beräknas till "
          "cirka 420 000 kronor."],
         "Kommunstyrelsen beslutar att avslå medborgarförslaget med hänvisning till pågående arbete med "
         "parkplanen för Södra parken.",
         skickas=["Förslagsställaren", "Samhällsbyggnadsförvaltningen"])
    para(54, "KS 2024/66", "Riktlinjer för representation och gåvor",
         ["Kommunledningskontoret har tagit fram förslag till nya riktlinjer för representation och gåvor."],
         "Kommunstyrelsen beslutar att anta riktlinjer för representation och gåvor.",
         skickas=["Samtliga förvaltningar"])
    para(55, "KS 2024/29", "Yttrande över remiss – regional transportplan 2026–2037",
         ["Region Västmark har remitterat förslag till regional transportplan. Kommunen lyfter särskilt "
          "behovet av mötesspår på Krokedalsbanan."],
         "Kommunstyrelsen beslutar att avge yttrande enligt förvaltningens förslag.",
         skickas=["Region Västmark"])
    para(56, "KS 2024/3", "Anmälan av delegationsbeslut",
         ["Förteckning över delegationsbeslut fattade under perioden 2024-02-01–2024-02-29 redovisas."],
         "Kommunstyrelsen beslutar att lägga redovisningen till handlingarna.")
    para(57, "KS 2024/4", "Meddelanden",
         ["Protokoll från Krokedals Bostäder AB 2024-02-22 samt cirkulär från Sveriges Kommuner och Regioner."],
         "Kommunstyrelsen beslutar att lägga meddelandena till handlingarna.")
    para(58, None, "Information från kommundirektören",
         ["Kommundirektör Maria Engström informerar om rekryteringen av ny socialchef och om arbetet med "
          "lokalförsörjningsplanen."],
         "Kommunstyrelsen beslutar att lägga informationen till handlingarna.", presenters=["Maria Engström"])

    parts = []
    for n, pa, r in ledamoter:
        role = "ordförande" if r == "ordförande" else ("vice ordförande" if r else "ledamot")
        if n == "Mikael Forsberg":
            role = "justerare"
        parts.append(person(n, pa, role))
    for n, pa, e in tjg:
        parts.append(person(n, pa, "tjänstgörande ersättare"))
    for n, pa in ers:
        parts.append(person(n, pa, "ersättare"))
    for n, t in ovr:
        parts.append(person(n, None, "sekreterare" if "sekreterare" in t else "övrig"))
    gold = {"kind": "protokoll", "organ": "Kommunstyrelsen", "meeting_date": "2024-03-12",
            "meeting": {"start_time": "08:30", "end_time": "12:00",
                        "location": "Kommunhuset, sammanträdesrum Kroken"},
            "items": items, "participants": parts,
            "notes": "Invented Krokedals kommun. Header table label|value; each § printed '§ N   Dnr KS ...' with the title "
                     "on the next line; Dnr not part of the title. Decisions under 'Beslut' include the lead sentence; "
                     "numbered att-clauses are joined with newlines. Proposal only where an 'Arbetsutskottets förslag "
                     "till beslut' block is printed (§ 48, § 52). Presenters where the text says redovisar/informerar/"
                     "föredrar. The persons under 'Ersättare' (not serving) are role 'ersättare' as printed; "
                     "officials under 'Övriga närvarande' are 'övrig' (their titles are not organizations, so "
                     "organization null), the nämndsekreterare is 'sekreterare'. Mikael Forsberg (M) is a plain "
                     "ledamot chosen as justerare -> 'justerare'. The replaced absent members (Oskar Lund, Birgitta "
                     "Holm) are not participants. Adjournment 10.00–10.15 does not change start/end. Jäv in § 49 "
                     "(Henrik Wallin). Vote in § 48: 7 ja, 4 nej."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 2
def doc2():
    """Östervik kommun, Kommunfullmäktige, cover + TOC with page numbers, '§ 112 Title (KS 2023/341)'."""
    name = "ostervik-kf-protokoll-2023-11-27"
    rnd = random.Random(7)
    first = ["Anders", "Birgitta", "Carl", "Dagmar", "Erik", "Frida", "Gustav", "Hanna", "Ingvar", "Jenny",
             "Kjell", "Lena", "Magnus", "Nina", "Olof", "Petra", "Roger", "Susanne", "Torbjörn", "Ulla",
             "Viktor", "Wilma", "Åsa", "Örjan", "Camilla", "Daniel", "Emelie", "Fredrik", "Gunilla", "Hampus",
             "Ida", "Jörgen", "Karolina", "Leif"]
    last = ["Andersson", "Bergkvist", "Carlén", "Dahl", "Ek", "Fransson", "Granlund", "Hedberg", "Isaksson",
            "Jonsson", "Kvist", "Lindgren", "Molin", "Norén", "Olsson", "Persson", "Rydén", "Strand", "Törnqvist",
            "Ullberg", "Vikström", "Wennerberg", "Åberg", "Öhman", "Blom", "Eklöf", "Hällström", "Sjöberg",
            "Ljungqvist", "Näslund", "Gren", "Fält", "Mårtensson", "Sundell"]
    rnd.shuffle(first); rnd.shuffle(last)
    parties = ["S"] * 10 + ["M"] * 6 + ["SD"] * 6 + ["C"] * 3 + ["V"] * 2 + ["KD"] * 2 + ["L"] * 1 + ["MP"] * 1
    members = [(f"{first[i]} {last[i]}", parties[i]) for i in range(31)]
    # replacements: index -> (name, party)
    subs = {4: ("Sten Bäckman", "S"), 13: ("Agneta Wiklund", "M"), 20: ("Jimmy Lundh", "SD"), 27: ("Maja Ström", "KD")}
    ordf, vice = members[0], members[10]
    just = [members[7], members[16]]
    sekr = "Helena Vallin"

    sections = [
        (108, "Val av justerare", None, ["Kommunfullmäktige utser {j1} ({p1}) och {j2} ({p2}) att jämte ordföranden justera protokollet."], [], None),
        (109, "Upprop och anmälan av ersättare", None, ["Kommunfullmäktige noterar närvaron enligt uppropet."], [], None),
        (110, "Godkännande av kungörelse", None, ["Kommunfullmäktige beslutar att sammanträdet är i laga ordning utlyst."], [], None),
        (111, "Allmänhetens frågestund", None, None, ["Inga frågor har anmälts till frågestunden."], None),
        (112, "Budget 2024 och ekonomisk plan 2025–2026", "KS 2023/341", [
            "Kommunfullmäktige beslutar att",
            "1. fastställa budget för 2024 och ekonomisk plan för 2025–2026 enligt kommunstyrelsens förslag,",
            "2. fastställa skattesatsen för 2024 till 22,14 kronor per skattekrona,",
            "3. ge kommunstyrelsen rätt att under 2024 nyupplåna, det vill säga öka kommunens skulder, med högst 45 mnkr."],
         ["Kommunstyrelsens förslag till budget omfattar en nettokostnadsram om 1 212,4 mnkr. Resultatet beräknas "
          "till 18,6 mnkr, motsvarande 1,5 procent av skatter och generella statsbidrag.",
          "Yrkanden: {o} ({op}) yrkar bifall till kommunstyrelsens förslag. Sverigedemokraternas gruppledare yrkar "
          "bifall till eget budgetförslag. Ordföranden finner att fullmäktige bifaller kommunstyrelsens förslag.",
          "Reservation: Ledamöterna för SD reserverar sig mot beslutet."], None),
        (113, "Taxor och avgifter 2024", "KS 2023/342", ["Kommunfullmäktige beslutar att anta taxor och avgifter för 2024 enligt bilaga."], [], None),
        (114, "Investeringsbudget 2024–2028", "KS 2023/343", ["Kommunfullmäktige beslutar att fastställa investeringsbudget 2024 om 96,3 mnkr och plan för 2025–2028."], [], None),
        (115, "Revidering av reglemente för valnämnden", "KS 2023/288", ["Kommunfullmäktige beslutar att anta reviderat reglemente för valnämnden att gälla från 2024-01-01."], [], None),
        (116, "Ägardirektiv för Österviks Hamn AB", "KS 2023/301", ["Kommunfullmäktige beslutar att fastställa ägardirektiv för Österviks Hamn AB."], [], None),
        (117, "Borgensram för Österviksbostäder AB", "KS 2023/302", ["Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Österviksbostäder AB:s låneförpliktelser upp till ett totalt belopp om 620 mnkr."], [], None),
        (118, "Samverkansavtal om gemensam överförmyndarnämnd", "KS 2023/265", ["Kommunfullmäktige beslutar att godkänna samverkansavtalet om gemensam överförmyndarnämnd med Sandby och Ulvsjö kommuner."], [], None),
        (119, "Detaljplan för Hamnviken etapp 2", "KS 2022/190", ["Kommunfullmäktige beslutar att anta detaljplan för Hamnviken etapp 2."], [], None),
        (120, "Renhållningsordning för Östervik 2024–2030", "KS 2023/120", ["Kommunfullmäktige beslutar att anta renhållningsordning för Östervik 2024–2030."], [], None),
        (121, "Sammanträdesplan för kommunfullmäktige 2024", "KS 2023/330", ["Kommunfullmäktige beslutar att fastställa sammanträdesplan för 2024 enligt förslag."], [], None),
        (122, "Svar på motion om gratis kollektivtrafik för pensionärer", "KS 2023/77", ["Kommunfullmäktige beslutar att avslå motionen."], [], None),
        (123, "Svar på motion om solceller på kommunala tak", "KS 2023/91", ["Kommunfullmäktige beslutar att bifalla motionen."], [], None),
        (124, "Interpellation om väntetider inom hemtjänsten", "KS 2023/351", None,
         ["Interpellationen besvaras av socialnämndens ordförande. Debatt förs."], None),
        (125, "Enkel fråga om belysning vid Björkvägen", "KS 2023/352", None, ["Frågan besvaras av tekniska nämndens ordförande."], None),
        (126, "Avsägelse från uppdrag som ersättare i barn- och utbildningsnämnden", "KS 2023/344", ["Kommunfullmäktige beslutar att bevilja avsägelsen."], [], None),
        (127, "Fyllnadsval av ersättare i barn- och utbildningsnämnden", "KS 2023/345", ["Kommunfullmäktige beslutar att välja Stina Hedlöf (M) till ersättare i barn- och utbildningsnämnden för tiden till och med 2026-12-31."], [], None),
        (128, "Nya motioner", None, None, ["Två motioner har inkommit och överlämnas till kommunstyrelsen för beredning."], None),
        (129, "Redovisning av obesvarade motioner", "KS 2023/10", ["Kommunfullmäktige beslutar att lägga redovisningen till handlingarna."], [], None),
        (130, "Revisionsrapport – granskning av intern kontroll", "KS 2023/320", ["Kommunfullmäktige beslutar att lägga rapporten till handlingarna."], [], None),
        (131, "Meddelanden", None, ["Kommunfullmäktige beslutar att lägga meddelandena till handlingarna."], [], None),
    ]
    fmt = dict(j1=just[0][0], p1=just[0][1], j2=just[1][0], p2=just[1][1], o=ordf[0], op=ordf[1])

    def render(toc_pages):
        pdf = Doc(unit="mm", format="A4")
        pdf.set_margins(25, 20, 25)
        pdf.set_auto_page_break(True, 22)

        def ftr(p):
            if p.page_no() == 1:
                return
            p.set_y(-15)
            p.set_font("Serif", "I", 8)
            p.cell(0, 5, "Östervik kommun  ·  Kommunfullmäktige  ·  27 november 2023", align="L")
            p.set_x(25)
            p.cell(0, 5, f"{p.page_no()}", align="R")
        pdf.footer_fn = ftr
        pdf.add_page()
        pdf.ln(30)
        pdf.set_font("Serif", "", 12)
        pdf.cell(0, 7, "ÖSTERVIK KOMMUN", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(20)
        pdf.set_font("Serif", "B", 26)
        pdf.cell(0, 12, "PROTOKOLL", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 16)
        pdf.cell(0, 9, "Kommunfullmäktige", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 9, "2023-11-27", align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("Serif", "", 10.5)
        pdf.multi_cell(0, 5.5, "Tid: måndag 27 november 2023, kl. 18.00–22.40\nPlats: Stadshuset, Fullmäktigesalen",
                       align="C", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(14)
        pdf.set_font("Serif", "B", 12)
        pdf.cell(0, 7, "Innehållsförteckning", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        for s in sections:
            num, title = s[0], s[1]
            pg = toc_pages.get(num, 0)
            pdf.cell(16, 4.8, f"§ {num}")
            w = pdf.get_string_width(title)
            dots = "." * max(0, int((128 - w - 4) / pdf.get_string_width(".")))
            pdf.cell(130, 4.8, title + " " + dots)
            pdf.cell(0, 4.8, str(pg), align="R", new_x="LMARGIN", new_y="NEXT")

        # participants page
        pdf.add_page()
        pdf.set_font("Serif", "B", 13)
        pdf.cell(0, 8, "Närvarande", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(0, 5, f"Ordförande: {ordf[0]} ({ordf[1]})\n1:e vice ordförande: {vice[0]} ({vice[1]})\n"
                       f"Sekreterare: {sekr}, kommunsekreterare", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        with pdf.table(col_widths=(60, 18, 82), line_height=4.2, text_align="LEFT", padding=0.8,
                       borders_layout="SINGLE_TOP_LINE") as t:
            r = t.row(); r.cell("Ledamot"); r.cell("Parti"); r.cell("Tjänstgörande ersättare")
            for i, (n, pa) in enumerate(members):
                r = t.row(); r.cell(n); r.cell(pa)
                r.cell(f"{subs[i][0]} ({subs[i][1]})" if i in subs else "")
        pdf.ln(3)
        pdf.multi_cell(0, 5, "Ledamot med ifylld kolumn för tjänstgörande ersättare var frånvarande.\n"
                       "Övriga: Rolf Hägg, kommundirektör; Annika Sörensen, ekonomichef",
                       new_x="LMARGIN", new_y="NEXT")
        pdf.ln(5)
        pdf.set_font("Serif", "B", 10)
        pdf.cell(0, 6, "Justering", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        pdf.multi_cell(0, 5, f"Justerare: {just[0][0]} ({just[0][1]}) och {just[1][0]} ({just[1][1]})\n"
                       "Justeringens plats och tid: Stadshuset 2023-12-04\nParagrafer: 108–131", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        for lbl in (f"{sekr}, sekreterare", f"{ordf[0]}, ordförande", f"{just[0][0]}, justerare", f"{just[1][0]}, justerare"):
            pdf.cell(80, 5, "_______________________________", new_x="LMARGIN", new_y="NEXT")
            pdf.cell(80, 5, lbl, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)

        pages = {}
        items = []
        pdf.add_page()
        for num, title, dnr, dec, body, _ in sections:
            if pdf.get_y() > 245:
                pdf.add_page()
            pages[num] = pdf.page_no()
            pdf.ln(2)
            pdf.set_font("Serif", "B", 11)
            pdf.multi_cell(0, 5.5, f"§ {num} {title}" + (f" ({dnr})" if dnr else ""), new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
            for b in body or []:
                pdf.p(b.format(**fmt), 10, "", "Serif", h=4.8, space=1.5)
            decision = None
            if dec:
                dl = [d.format(**fmt) for d in dec]
                pdf.set_font("Serif", "I", 10)
                pdf.cell(0, 5, "Beslut", new_x="LMARGIN", new_y="NEXT")
                pdf.set_font("Serif", "", 10)
                for d in dl:
                    pdf.multi_cell(0, 4.8, d, new_x="LMARGIN", new_y="NEXT")
                decision = "\n".join(dl)
                pdf.ln(2)
            items.append(item(num - 107, f"§ {num}", title, None, None, None, decision))
        return pdf, pages, items

    _, pages, _ = render({})
    pdf, pages2, items = render(pages)
    assert pages == pages2
    parts = [person(ordf[0], ordf[1], "ordförande"), person(vice[0], vice[1], "vice ordförande")]
    for i, (n, pa) in enumerate(members):
        if i in subs or i in (0, 10):
            continue
        parts.append(person(n, pa, "justerare" if (n, pa) in just else "ledamot"))
    for i in sorted(subs):
        parts.append(person(subs[i][0], subs[i][1], "tjänstgörande ersättare"))
    parts.append(person(sekr, None, "sekreterare"))
    parts.append(person("Rolf Hägg", None, "övrig"))
    parts.append(person("Annika Sörensen", None, "övrig"))
    gold = {"kind": "protokoll", "organ": "Kommunfullmäktige", "meeting_date": "2023-11-27",
            "meeting": {"start_time": "18:00", "end_time": "22:40", "location": "Stadshuset, Fullmäktigesalen"},
            "items": items, "participants": parts,
            "notes": "Invented Östervik kommun. Cover page with a table of contents of the §§ (with page numbers, dotted "
                     "leaders) – the TOC entries are not separate items. Each heading printed '§ 112 Title (KS 2023/341)'; "
                     "the parenthesised case number is not part of the title. The roll lists all 31 ledamöter with party; "
                     "four of them are marked absent by a 'Tjänstgörande ersättare' entry in the same row: the absent "
                     "ledamöter are excluded and the four ersättare are 'tjänstgörande ersättare'. Justerare are plain "
                     "ledamöter -> 'justerare'. §§ 111, 124, 125 and 128 record no decision (decision null). § 112 "
                     "decision is the lead plus numbered clauses joined by newlines; the Yrkanden/Reservation text "
                     "before it is not part of the decision."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 3
def doc3():
    """Lindåsa kommun, Kommunstyrelsens arbetsutskott, scanned; boxed header grid, 'Blad', Expedieras."""
    name = "lindasa-ksau-protokoll-2021-05-04-scan"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(24, 15, 22)
    pdf.set_auto_page_break(True, 20)

    def hdr(p):
        p.set_font("Cond", "B", 10)
        y = 12
        p.set_xy(24, y)
        p.cell(70, 7, " LINDÅSA KOMMUN", border=1)
        p.cell(70, 7, " SAMMANTRÄDESPROTOKOLL", border=1)
        p.set_font("Cond", "", 8)
        p.cell(24, 7, " Blad", border=1, new_x="LMARGIN", new_y="NEXT")
        p.set_font("Cond", "", 9.5)
        p.cell(70, 7, " Kommunstyrelsens arbetsutskott", border=1)
        p.cell(70, 7, " Sammanträdesdatum  2021-05-04", border=1)
        p.set_font("Cond", "B", 10)
        p.cell(24, 7, f" {p.page_no()}", border=1, new_x="LMARGIN", new_y="NEXT")
        p.ln(6)

    def ftr(p):
        p.set_y(-16)
        p.set_font("Cond", "", 7.5)
        p.cell(0, 4, "Justerandes sign  ..............     ..............", new_x="LMARGIN", new_y="NEXT")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()
    F = "Cond"

    def lab(label, text):
        y = pdf.get_y()
        pdf.set_font(F, "B", 10)
        pdf.multi_cell(48, 5, label, new_x="RIGHT", new_y="TOP", align="L")
        pdf.set_xy(72, y)
        pdf.set_font(F, "", 10)
        pdf.multi_cell(0, 5, text, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(2.5)

    lab("Plats och tid", "Kommunkontoret, lilla sessionssalen, tisdagen den 4 maj 2021 kl. 13.15–16.05")
    lab("Närvarande ledamöter", "Gunnar Rehn (C), ordförande\nMona Forslund (S), vice ordförande\n"
        "Bertil Kjellin (M)\nAnette Sahlberg (S)\nRasmus Nordkvist (SD)")
    lab("Ej tjänstgörande ersättare", "Yvonne Ekdahl (KD)")
    lab("Övriga deltagande", "Tomas Berglöf, kommunchef\nKatja Mörk, ekonomichef, § 63–64\n"
        "Ulf Stenberg, teknisk chef, § 66")
    lab("Sekreterare", "Ingrid Palm")
    lab("Justerare", "Anette Sahlberg (S)")
    lab("Justeringens tid", "2021-05-07")
    lab("Paragrafer", "61–70")
    pdf.ln(2)
    pdf.set_font(F, "", 9)
    pdf.multi_cell(0, 4.5, "Underskrifter\n\nSekreterare ..................................    Ingrid Palm\n\n"
                   "Ordförande  ..................................    Gunnar Rehn\n\n"
                   "Justerare    ..................................    Anette Sahlberg", new_x="LMARGIN", new_y="NEXT")
    pdf.add_page()

    items = []

    def para(n, title, dnr, body, proposal=None, decision=None, exped=None, presenters=None):
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(F, "B", 11)
        y0 = pdf.get_y()
        pdf.cell(16, 6, f"§ {n}")
        pdf.multi_cell(115, 6, title, new_x="LMARGIN", new_y="NEXT", align="L")
        y1 = pdf.get_y()
        pdf.set_xy(155, y0)
        pdf.set_font(F, "", 8.5)
        pdf.cell(0, 6, dnr or "", align="R")
        pdf.set_y(y1)
        pdf.ln(1)
        for b in body:
            pdf.set_x(40)
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        if proposal:
            pdf.set_x(40); pdf.set_font(F, "B", 10)
            pdf.cell(0, 5, "Förvaltningens förslag till beslut", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(40); pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 4.8, proposal, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        if decision:
            pdf.set_x(40); pdf.set_font(F, "B", 10)
            pdf.cell(0, 5, "Arbetsutskottets beslut", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(40); pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 4.8, decision, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        if exped:
            pdf.set_x(40); pdf.set_font(F, "I", 9)
            pdf.multi_cell(0, 4.5, "Expedieras: " + exped, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.line(24, pdf.get_y() + 2, 188, pdf.get_y() + 2)
        pdf.ln(2)
        items.append(item(n - 60, f"§ {n}", title, presenters, None, proposal, decision))

    para(61, "Dagordning", None, ["Föredragningslistan fastställs med tillägg av ärendet Information om vaccinationsläget."],
         decision="Arbetsutskottet godkänner dagordningen med ovanstående tillägg.")
    para(62, "Information om vaccinationsläget", "Dnr 2021/14",
         ["Kommunchef Tomas Berglöf informerar om vaccinationsläget på kommunens särskilda boenden och om "
          "samverkan med regionens vårdcentraler."],
         decision="Arbetsutskottet tackar för informationen.", presenters=["Tomas Berglöf"])
    para(63, "Delårsrapport per mars 2021", "Dnr 2021/102",
         ["Ekonomichef Katja Mörk redovisar delårsrapporten. Prognosen visar ett överskott på 3,8 mnkr för helåret, "
          "främst beroende på ökade generella statsbidrag."],
         proposal="Kommunstyrelsen godkänner delårsrapporten per mars 2021.",
         decision="Arbetsutskottet föreslår kommunstyrelsen besluta att godkänna delårsrapporten per mars 2021.",
         exped="Kommunstyrelsen, Ekonomienheten", presenters=["Katja Mörk"])
    para(64, "Ramar för budget 2022 och plan 2023–2024", "Dnr 2021/98",
         ["Ekonomichef Katja Mörk föredrar förslag till ramar. Nettokostnadsramen för 2022 föreslås till 612,5 mnkr."],
         proposal="Kommunstyrelsen föreslår kommunfullmäktige att fastställa ramar för budget 2022 och plan 2023–2024 "
                  "enligt förvaltningens förslag.",
         decision="Arbetsutskottet föreslår kommunstyrelsen besluta att föreslå kommunfullmäktige att fastställa "
                  "ramar för budget 2022 och plan 2023–2024 enligt förvaltningens förslag.",
         exped="Kommunstyrelsen", presenters=["Katja Mörk"])
    para(65, "Ändring av taxa för bygglov och tillsyn enligt plan- och bygglagen", "Dnr 2021/77",
         ["Bygg- och miljönämnden har föreslagit en justering av timtaxan från 1 050 kronor till 1 120 kronor."],
         decision="Arbetsutskottet föreslår kommunstyrelsen besluta att föreslå kommunfullmäktige att anta "
                  "ändrad taxa att gälla från 2021-07-01.",
         exped="Kommunstyrelsen, Bygg- och miljönämnden")
    para(66, "Upphandling av vinterväghållning 2021–2025", "Dnr 2021/61",
         ["Teknisk chef Ulf Stenberg redogör för underlaget. Det nuvarande avtalet löper ut 2021-09-30. "
          "Det uppskattade värdet av det nya avtalet är 6,4 mnkr för hela avtalsperioden."],
         decision="Arbetsutskottet beslutar att ge tekniska avdelningen i uppdrag att genomföra upphandlingen.",
         exped="Tekniska avdelningen", presenters=["Ulf Stenberg"])
    para(67, "Bidrag till Lindåsa hembygdsförening för renovering av Kvarnstugan", "Dnr 2021/55",
         ["Föreningen ansöker om bidrag om 75 000 kronor."],
         decision="Arbetsutskottet beslutar att bevilja Lindåsa hembygdsförening 75 000 kronor ur kommunstyrelsens "
                  "förfogandeanslag.", exped="Lindåsa hembygdsförening, Ekonomienheten")
    para(68, "Remiss – förslag till regional avfallsplan", "Dnr 2021/80",
         ["Kommunen har fått möjlighet att yttra sig över förslaget senast 2021-05-31."],
         decision="Arbetsutskottet föreslår kommunstyrelsen besluta att avge yttrande enligt bilaga.",
         exped="Kommunstyrelsen")
    para(69, "Personalfrågor", None, ["Kommunchefen informerar om sjukfrånvaron under första kvartalet."],
         decision="Arbetsutskottet tackar för informationen.", presenters=["Tomas Berglöf"])
    para(70, "Övriga frågor", None, ["Inga övriga frågor anmäls."])

    parts = [person("Gunnar Rehn", "C", "ordförande"), person("Mona Forslund", "S", "vice ordförande"),
             person("Bertil Kjellin", "M", "ledamot"), person("Anette Sahlberg", "S", "justerare"),
             person("Rasmus Nordkvist", "SD", "ledamot"), person("Yvonne Ekdahl", "KD", "ej tjänstgörande ersättare"),
             person("Tomas Berglöf", None, "övrig"), person("Katja Mörk", None, "övrig"),
             person("Ulf Stenberg", None, "övrig"), person("Ingrid Palm", None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Kommunstyrelsens arbetsutskott", "meeting_date": "2021-05-04",
            "meeting": {"start_time": "13:15", "end_time": "16:05", "location": "Kommunkontoret, lilla sessionssalen"},
            "items": items, "participants": parts,
            "notes": "Invented Lindåsa kommun. SCANNED: all pages are greyscale images (slight rotation, blur, noise), "
                     "no text layer. Boxed header grid on every page with 'Blad N'. Each § printed '§ 61' + title on the "
                     "same line, Dnr right-aligned (not part of the title). Decision = text under 'Arbetsutskottets "
                     "beslut' (for recommendations to KS the decision is the 'Arbetsutskottet föreslår kommunstyrelsen "
                     "besluta att ...' sentence); proposal = text under 'Förvaltningens förslag till beslut' (§ 63, § 64). "
                     "§ 70 has no decision. 'Expedieras' lines are not part of the decision. Anette Sahlberg (S), a plain ledamot, is the "
                     "justerare -> role justerare. The ersättare is printed under 'Ej tjänstgörande ersättare'."}
    finish(name, pdf, gold, scanned=True, seed=3)

# ---------------------------------------------------------------- doc 4
def doc4():
    """Sjöhamra kommun, Bygg- och miljönämnden, protokollsutdrag, one §."""
    name = "sjohamra-bmn-protokollsutdrag-2025-02-19"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(28, 20, 24)
    pdf.set_auto_page_break(True, 38)

    def hdr(p):
        p.set_font("Serif", "B", 15)
        p.cell(95, 7, "Sjöhamra kommun")
        p.set_font("Sans", "B", 10)
        p.cell(0, 7, "PROTOKOLLSUTDRAG", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_font("Sans", "", 8.5)
        p.cell(95, 5, "Bygg- och miljönämnden")
        p.cell(0, 5, "Sammanträdesdatum: 2025-02-19", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(8)

    def ftr(p):
        p.set_y(-34)
        p.set_font("Sans", "", 7.5)
        p.set_draw_color(120)
        y = p.get_y()
        p.line(28, y, 186, y)
        p.set_xy(28, y + 2)
        p.cell(50, 4, "Justerandes signatur")
        p.cell(60, 4, "Utdragsbestyrkande")
        p.cell(0, 4, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_xy(78, y + 8)
        p.set_font("Sans", "I", 8)
        p.multi_cell(70, 3.8, "Utdraget överensstämmer med originalet.\nSjöhamra 2025-02-25\nLisa Holm, nämndsekreterare",
                     new_x="LMARGIN", new_y="NEXT", align="L")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()
    pdf.set_font("Sans", "B", 11)
    pdf.cell(0, 6, "§ 23  Dnr BMN 2024/567", new_x="LMARGIN", new_y="NEXT")
    title = "Ansökan om bygglov för nybyggnad av enbostadshus och garage, Sjöhamra Backen 2:14"
    pdf.p(title, 12, "B", "Serif", h=6, space=3)
    S = "Serif"
    pdf.p("Jäv", 10, "B", S, space=0.5)
    pdf.p("Roger Falk (M) anmäler jäv och deltar inte i handläggningen av ärendet.", 10, "", S, h=5, space=3)
    pdf.p("Ärendebeskrivning", 10, "B", S, space=0.5)
    pdf.p("Ansökan avser nybyggnad av ett enbostadshus i en och en halv plan om 164 kvm byggnadsarea samt ett "
          "fristående garage om 42 kvm. Fastigheten ligger utanför detaljplanelagt område men inom sammanhållen "
          "bebyggelse. Berörda grannar har underrättats och getts tillfälle att yttra sig. En granne har inkommit "
          "med synpunkter avseende placeringen av garaget.", 10, "", S, h=5, space=3)
    pdf.p("Bedömning", 10, "B", S, space=0.5)
    pdf.p("Förvaltningen bedömer att åtgärden uppfyller kraven i 9 kap. 31 § plan- och bygglagen. Den föreslagna "
          "placeringen bedöms inte medföra betydande olägenhet för omgivningen.", 10, "", S, h=5, space=3)
    pdf.p("Beslutsunderlag", 10, "B", S, space=0.5)
    pdf.p("Tjänsteskrivelse 2025-02-04\nSituationsplan, fasadritningar och planritning inkomna 2024-12-10\n"
          "Yttrande från granne inkommet 2025-01-15", 10, "", S, h=5, space=3)
    pdf.p("Förslag till beslut", 10, "B", S, space=0.5)
    prop = "Bygg- och miljönämnden beviljar bygglov med stöd av 9 kap. 31 § plan- och bygglagen."
    pdf.p(prop, 10, "", S, h=5, space=3)
    pdf.p("Beslut", 10, "B", S, space=0.5)
    lead = "Bygg- och miljönämnden beslutar att"
    cl = ["1. bevilja bygglov för nybyggnad av enbostadshus och garage med stöd av 9 kap. 31 § plan- och bygglagen (2010:900),",
          "2. godkänna Peter Lindahl som kontrollansvarig,",
          "3. fastställa avgiften för beslutet till 24 350 kronor enligt taxa."]
    pdf.p(lead, 10, "", S, h=5, space=0.5)
    for c in cl:
        pdf.set_x(34)
        pdf.multi_cell(0, 5, c, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.p("Upplysningar", 10, "B", S, space=0.5)
    pdf.p("Åtgärden får inte påbörjas innan byggnadsnämnden har gett ett startbesked. Beslutet upphör att gälla "
          "om åtgärden inte har påbörjats inom två år och avslutats inom fem år från den dag då beslutet vann laga kraft.",
          10, "", S, h=5, space=3)
    pdf.p("Beslutet skickas till", 10, "B", S, space=0.5)
    pdf.p("Sökanden (med delgivningskvitto)\nBerörda grannar\nPost- och Inrikes Tidningar", 10, "", S, h=5, space=5)
    pdf.set_font("Sans", "", 9)
    with pdf.table(col_widths=(40, 60, 58), line_height=5, text_align="LEFT", borders_layout="NONE", padding=1) as t:
        r = t.row(); r.cell("Underskrifter"); r.cell("Ordförande"); r.cell("Justerande")
        r = t.row(); r.cell(""); r.cell("Anders Lövgren"); r.cell("Kristina Bodin")
    pdf.ln(2)
    pdf.p("Protokollet justerat 2025-02-24", 9, "", "Sans")

    items = [item(23, "§ 23", title, None, None, prop, lead + "\n" + "\n".join(cl))]
    parts = [person("Anders Lövgren", None, "ordförande"), person("Kristina Bodin", None, "justerare"),
             person("Lisa Holm", None, "sekreterare")]
    gold = {"kind": "protokoll", "organ": "Bygg- och miljönämnden", "meeting_date": "2025-02-19",
            "meeting": {"start_time": None, "end_time": None, "location": None},
            "items": items, "participants": parts,
            "notes": "Invented Sjöhamra kommun. Protokollsutdrag with a single § (§ 23); the item number is the printed "
                     "§ number 23 (not 1). No time or place printed. The extract has no attendance list; participants are "
                     "the persons named in the signature block (ordförande, justerande) and the nämndsekreterare who "
                     "signs the Utdragsbestyrkande (role sekreterare) – judgement call. Roger Falk (M), who declares jäv, "
                     "is not listed as present and is left out. Proposal = 'Förslag till beslut'; decision = lead + "
                     "numbered clauses joined by newlines."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 5
def doc5():
    """Finland-Swedish: Kvarnby kommun, Kommunstyrelsen, protokoll 15.9.2022, '38 §', Beredning/Förslag/Beslut."""
    name = "kvarnby-kst-protokoll-15-9-2022"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(20, 16, 18)
    pdf.set_auto_page_break(True, 22)

    def hdr(p):
        p.set_font("Sans", "B", 10)
        p.cell(60, 5, "KVARNBY KOMMUN")
        p.set_font("Sans", "", 9)
        p.cell(60, 5, "PROTOKOLL", align="C")
        p.cell(0, 5, "11/2022", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(60, 5, "Kommunstyrelsen")
        p.cell(60, 5, "15.9.2022", align="C")
        p.cell(0, 5, f"{p.page_no()}", align="R", new_x="LMARGIN", new_y="NEXT")
        p.ln(5)

    def ftr(p):
        p.set_y(-14)
        p.set_font("Sans", "", 7)
        p.cell(0, 4, "Protokolljusterarnas signaturer                    Utdragets riktighet bestyrks", align="L")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()
    S = "Sans"
    pdf.set_font(S, "", 9.5)

    def two(a, b, bold=False):
        y = pdf.get_y()
        pdf.set_font(S, "B", 9.5)
        pdf.multi_cell(40, 4.8, a, new_x="LMARGIN", new_y="NEXT", align="L")
        yl = pdf.get_y()
        pdf.set_xy(62, y)
        pdf.set_font(S, "", 9.5)
        pdf.multi_cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_y(max(yl, pdf.get_y()))
        pdf.ln(2)

    two("Tid", "15.9.2022 kl. 18.00–20.35")
    two("Plats", "Kommungården, sammanträdesrummet")
    present = [("Ann-Sofie Björkqvist", "ordförande"), ("Holger Mattsson", "I vice ordförande"),
               ("Pia Nylund", "II vice ordförande"), ("Kenneth Sundqvist", "medlem"), ("Marina Backlund", "medlem"),
               ("Rainer Forsén", "medlem"), ("Jessica Ahlskog", "medlem"), ("Mats Grannas", "ersättare för Leif Strömbäck")]
    y = pdf.get_y()
    pdf.set_font(S, "B", 9.5)
    pdf.cell(42, 4.8, "Närvarande")
    pdf.set_font(S, "", 9.5)
    for n, r in present:
        pdf.set_x(62); pdf.cell(55, 4.8, n); pdf.cell(0, 4.8, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    two("Frånvarande", "Leif Strömbäck")
    others = [("Ulrika Vesterlund", "kommunfullmäktiges ordförande"), ("Stefan Grönroos", "kommundirektör, föredragande"),
              ("Annika Sjöholm", "ekonomichef, 40–41 §"), ("Camilla Wikström", "förvaltningssekreterare, protokollförare")]
    pdf.set_font(S, "B", 9.5)
    pdf.cell(42, 4.8, "Övriga närvarande")
    pdf.set_font(S, "", 9.5)
    for n, r in others:
        pdf.set_x(62); pdf.cell(55, 4.8, n); pdf.cell(0, 4.8, r, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    two("Paragrafer", "36–47 §")
    two("Underskrifter", "Ann-Sofie Björkqvist, ordförande\n\nCamilla Wikström, protokollförare")
    two("Protokolljustering", "Kvarnby 19.9.2022\n\nMarina Backlund                       Rainer Forsén")
    two("Protokollet framlagt till påseende", "Kommungården 21.9.2022")
    pdf.ln(4)

    items = []

    def par(n, title, bered, body, forslag, beslut, presenters=None):
        if pdf.get_y() > 230:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_draw_color(160)
        pdf.line(20, pdf.get_y(), 192, pdf.get_y())
        pdf.ln(2)
        pdf.set_font(S, "B", 10.5)
        pdf.cell(18, 5.5, f"{n} §")
        pdf.multi_cell(0, 5.5, title, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1.5)

        def blk(lbl, txt):
            y = pdf.get_y()
            pdf.set_font(S, "B", 9.5)
            pdf.cell(22, 4.8, lbl)
            pdf.set_xy(44, y)
            pdf.set_font(S, "", 9.5)
            pdf.multi_cell(0, 4.8, txt, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        if bered:
            blk("Beredning:", bered)
        for b in body:
            pdf.set_x(44); pdf.set_font(S, "", 9.5)
            pdf.multi_cell(0, 4.8, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1.5)
        if forslag:
            blk("Förslag:", forslag)
        if beslut:
            blk("Beslut:", beslut)
        items.append(item(n - 35, f"{n} §", title, presenters, None, forslag, beslut))

    par(36, "Mötets laglighet och beslutförhet", None,
        ["Kallelsen till mötet har sänts 9.9.2022. Närvarande är sju ordinarie medlemmar och en ersättare."],
        "Mötet konstateras vara lagligen sammankallat och beslutfört.",
        "Förslaget godkändes.")
    par(37, "Val av protokolljusterare", None, [],
        "Till protokolljusterare väljs Marina Backlund och Rainer Forsén.", "Förslaget godkändes.")
    par(38, "Godkännande av föredragningslistan", None, [],
        "Föredragningslistan godkänns.", "Föredragningslistan godkändes med tillägg av ärende 47 §.")
    par(39, "Anmälningsärenden", "förvaltningssekreterare Camilla Wikström",
        ["Protokoll från tekniska nämnden 30.8.2022 och bildningsnämnden 6.9.2022."],
        "Anmälningsärendena antecknas för kännedom.", "Förslaget godkändes.")
    par(40, "Ekonomisk översikt januari–augusti 2022", "ekonomichef Annika Sjöholm",
        ["Ekonomichef Annika Sjöholm redogör för utfallet. Verksamhetsbidraget har försämrats med 0,9 miljoner euro "
         "jämfört med budget, främst på grund av ökade energikostnader."],
        "Kommunstyrelsen antecknar översikten för kännedom.", "Förslaget godkändes.", presenters=["Annika Sjöholm"])
    par(41, "Budgetram för år 2023 och ekonomiplan 2024–2025", "ekonomichef Annika Sjöholm, kommundirektör Stefan Grönroos",
        ["Skattesatsen föreslås bli oförändrad, 20,50 procent. Nämnderna ska lämna sina budgetförslag senast 14.10.2022."],
        "Kommunstyrelsen fastställer budgetramarna för år 2023 enligt bilaga 1 och ger nämnderna i uppdrag att "
        "bereda sina förslag inom ramarna.",
        "Förslaget godkändes. Rainer Forsén antecknade avvikande åsikt.")
    par(42, "Samarbetsavtal om gemensam miljö- och hälsoskyddsmyndighet", "miljöchef Göran Hellström",
        ["Kvarnby, Norrskog och Sandvik har förhandlat fram ett nytt samarbetsavtal. Kvarnbys andel av kostnaderna "
         "beräknas till 212 000 euro år 2023."],
        "Kommunstyrelsen föreslår för fullmäktige att samarbetsavtalet godkänns.", "Förslaget godkändes.")
    par(43, "Anhållan om befrielse från förtroendeuppdrag", "förvaltningssekreterare Camilla Wikström",
        ["Malin Ehrström har anhållit om befrielse från uppdraget som ledamot i socialnämnden på grund av flytt till annan ort."],
        "Kommunstyrelsen föreslår för fullmäktige att befrielse beviljas och att ett nytt val förrättas.",
        "Förslaget godkändes.")
    par(44, "Försäljning av tomt 4 i kvarteret Lärkan", "byggnadsinspektör Jan Åstrand",
        ["Köpesumman är 18 400 euro enligt fastställt tomtpris."],
        "Kommunstyrelsen säljer tomt 4 i kvarteret Lärkan till Sofia och Erik Lindroos för 18 400 euro.",
        "Förslaget godkändes. Holger Mattsson anmälde jäv och avlägsnade sig under behandlingen av ärendet.")
    par(45, "Utlåtande om förslaget till landskapsplan", "planläggare Nina Stenvall",
        ["Förbundet har begärt utlåtande senast 30.9.2022."],
        "Kommunstyrelsen ger ett utlåtande enligt bilaga 2.", "Förslaget godkändes.")
    par(46, "Delegeringsbeslut", None, ["Tjänsteinnehavarbeslut fattade under perioden 1.8–31.8.2022."],
        "Kommunstyrelsen beslutar att inte ta delegeringsbesluten till behandling.", "Förslaget godkändes.")
    par(47, "Utnämning av representant till Kustregionens arbetsgrupp för energi", None,
        ["Ärendet behandlades som extra ärende."],
        "Kommunstyrelsen utser kommundirektör Stefan Grönroos till representant.", "Förslaget godkändes.")
    pdf.ln(4)
    pdf.set_font(S, "I", 8.5)
    pdf.multi_cell(0, 4.2, "Besvärsanvisning: Ändring i beslut som gäller beredning eller verkställighet får inte sökas "
                   "genom besvär (136 § kommunallagen). Övriga beslut: rättelseyrkande inom 14 dagar från delfåendet.",
                   new_x="LMARGIN", new_y="NEXT", align="L")

    parts = []
    for n, r in present:
        role = {"ordförande": "ordförande", "I vice ordförande": "vice ordförande",
                "II vice ordförande": "vice ordförande", "medlem": "ledamot"}.get(r, "tjänstgörande ersättare")
        if n in ("Marina Backlund", "Rainer Forsén"):
            role = "justerare"
        parts.append(person(n, None, role))
    for n, r in others:
        parts.append(person(n, None, "sekreterare" if "protokollförare" in r else "övrig"))
    gold = {"kind": "protokoll", "organ": "Kommunstyrelsen", "meeting_date": "2022-09-15",
            "meeting": {"start_time": "18:00", "end_time": "20:35", "location": "Kommungården, sammanträdesrummet"},
            "items": items, "participants": parts,
            "notes": "Invented Finland-Swedish Kvarnby kommun; dates printed d.m.yyyy (15.9.2022), paragraphs printed "
                     "'38 §' (number before the sign) – printed_number keeps that order. Each § has 'Beredning:' "
                     "(preparer – NOT taken as presenter), 'Förslag:' (kommundirektörens proposal, taken as proposal; "
                     "the föredragande for all items is the kommundirektör per the header, but no item text says he "
                     "presents, so presenters only where the text says 'redogör' (40 §)), 'Beslut:' (decision, literal, "
                     "e.g. 'Förslaget godkändes.', including any appended note such as avvikande åsikt or jäv). "
                     "Members printed 'medlem' -> ledamot; 'I/II vice ordförande' -> vice ordförande; 'ersättare för "
                     "Leif Strömbäck' -> tjänstgörande ersättare; absent Leif Strömbäck excluded; protokollförare -> "
                     "sekreterare; the two protokolljusterare (plain members) -> justerare. No parties printed."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 6
def doc6():
    """Finland-Swedish föredragningslista: Sjöbacka stad, Bildningsnämnden 24.10.2023."""
    name = "sjobacka-bin-foredragningslista-24-10-2023"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(25, 18, 20)
    pdf.set_auto_page_break(True, 20)
    F = "Serif"

    def hdr(p):
        p.set_font(F, "B", 10)
        p.cell(80, 5, "Sjöbacka stad")
        p.set_font(F, "", 9)
        p.cell(0, 5, "FÖREDRAGNINGSLISTA 6/2023", align="R", new_x="LMARGIN", new_y="NEXT")
        p.cell(80, 5, "Bildningsnämnden")
        p.cell(0, 5, f"24.10.2023   ({p.page_no()}/{{nb}})", align="R", new_x="LMARGIN", new_y="NEXT")
        p.set_draw_color(0)
        p.set_line_width(0.6)
        p.line(25, p.get_y() + 1, 190, p.get_y() + 1)
        p.set_line_width(0.2)
        p.ln(6)

    pdf.header_fn = hdr
    pdf.add_page()
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, "KALLELSE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.multi_cell(0, 5.2, "Bildningsnämnden kallas till möte\n\nTid: tisdag 24.10.2023 kl. 17.00\n"
                   "Plats: Stadshuset, bildningsverkets mötesrum Kajutan\n\n"
                   "Eventuella förhinder meddelas till nämndsekreteraren, som kallar personlig ersättare.",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    members = [("Henrika Sundström", "ordförande", "Tove Lindén"), ("Bo Enroth", "vice ordförande", "Kaj Rönnholm"),
               ("Sanna Kronqvist", "medlem", "Elina Wahlberg"), ("Markus Holmberg", "medlem", "Peter Nybacka"),
               ("Linda Fagerström", "medlem", "Ronja Storbacka"), ("Ville Söderlund", "medlem", "Jan-Erik Ek"),
               ("Maria Granholm", "medlem", "Therese Laxåback")]
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(55, 40, 55), line_height=5, text_align="LEFT", padding=1,
                   borders_layout="HORIZONTAL_LINES") as t:
        r = t.row(); r.cell("Medlem"); r.cell(""); r.cell("Personlig ersättare")
        for n, role, e in members:
            r = t.row(); r.cell(n); r.cell(role); r.cell(e)
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Övriga kallade:\nTorbjörn Kaski, stadsstyrelsens representant\n"
                   "Kristina Lax, bildningsdirektör, föredragande\nEmma Öhrnberg, nämndsekreterare",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Sjöbacka 17.10.2023\n\nHenrika Sundström\nordförande", new_x="LMARGIN", new_y="NEXT", align="L")

    data = [
        (52, "Mötets öppnande", None, None, "Ordföranden öppnar mötet."),
        (53, "Konstaterande av mötets laglighet och beslutförhet", None, None,
         "Mötet konstateras vara lagligen sammankallat och beslutfört."),
        (54, "Val av protokolljusterare", None, None, "Till protokolljusterare väljs Sanna Kronqvist och Markus Holmberg."),
        (55, "Godkännande av föredragningslistan", None, None, "Föredragningslistan godkänns."),
        (56, "Bildningsnämndens budgetförslag för år 2024",
         "bildningsdirektör Kristina Lax, ekonomiplanerare Jonna Riska",
         ["Stadsstyrelsen har gett bildningsnämnden en ram om 31,4 miljoner euro för år 2024. Förslaget innebär att "
          "gruppstorlekarna i förskolan bibehålls men att skolskjutsarna omorganiseras."],
         "Bildningsnämnden godkänner budgetförslaget för år 2024 och ekonomiplanen 2025–2026 och sänder det vidare "
         "till stadsstyrelsen."),
        (57, "Läsårsarbetsplaner för den grundläggande utbildningen 2023–2024", "utbildningschef Daniel Forsblom",
         ["Skolorna har utarbetat läsårsarbetsplaner i enlighet med läroplanen."],
         "Bildningsnämnden godkänner läsårsarbetsplanerna för läsåret 2023–2024."),
        (58, "Avgifter inom småbarnspedagogiken från 1.1.2024", "dagvårdschef Hanna Sjölund",
         ["Avgifterna justeras enligt lagen om klientavgifter inom småbarnspedagogiken. Högsta avgiften blir 311 euro i månaden."],
         "Bildningsnämnden fastställer avgifterna från 1.1.2024 enligt bilaga."),
        (59, "Samarbetsavtal om musikinstitutets verksamhet", "kulturchef Oskar Wiik",
         ["Avtalet med Kustbygdens musikinstitut förnyas för perioden 2024–2026. Stadens andel är 148 000 euro per år."],
         "Bildningsnämnden godkänner samarbetsavtalet och befullmäktigar bildningsdirektören att underteckna avtalet."),
        (60, "Anmälningsärenden", None, ["Tjänsteinnehavarbeslut och inkommande skrivelser enligt förteckning."],
         "Anmälningsärendena antecknas för kännedom."),
        (61, "Mötets avslutande", None, None, "Ordföranden avslutar mötet."),
    ]
    pdf.add_page()
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "Ärendeförteckning", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    for n, t, *_ in data:
        pdf.cell(15, 5.2, f"{n} §"); pdf.cell(0, 5.2, t, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    items = []
    for n, title, bered, body, forslag in data:
        if pdf.get_y() > 235:
            pdf.add_page()
        pdf.ln(3)
        pdf.set_font(F, "B", 11)
        pdf.multi_cell(0, 5.6, f"{n} §  {title}", new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
        pdf.set_font(F, "", 10)
        pres = []
        if bered:
            pdf.set_font(F, "I", 9.5)
            pdf.multi_cell(0, 5, "Beredning: " + bered, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        for b in body or []:
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT", align="J")
            pdf.ln(1)
        if n in (56, 59):
            pdf.set_font(F, "", 10)
            pdf.multi_cell(0, 5, "Föredragande: bildningsdirektör Kristina Lax", new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
            pres = ["Kristina Lax"]
        pdf.set_font(F, "B", 10)
        pdf.cell(0, 5, "Förslag:", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 10)
        pdf.set_x(35)
        pdf.multi_cell(0, 5, forslag, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(1)
        pdf.set_font(F, "B", 10)
        pdf.cell(0, 5, "Beslut:", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        items.append(item(n - 51, f"{n} §", title, pres, None, forslag, None))

    parts = []
    for n, role, e in members:
        parts.append(person(n, None, {"ordförande": "ordförande", "vice ordförande": "vice ordförande"}.get(role, "ledamot")))
    for n, role, e in members:
        parts.append(person(e, None, "ersättare"))
    parts += [person("Torbjörn Kaski", None, "övrig"), person("Kristina Lax", None, "övrig"),
              person("Emma Öhrnberg", None, "sekreterare")]
    gold = {"kind": "kallelse", "organ": "Bildningsnämnden", "meeting_date": "2023-10-24",
            "meeting": {"start_time": "17:00", "end_time": None,
                        "location": "Stadshuset, bildningsverkets mötesrum Kajutan"},
            "items": items, "participants": parts,
            "notes": "Invented Finland-Swedish Sjöbacka stad. Kallelse page + 'Ärendeförteckning' list + the §§ with "
                     "'Beredning:' and 'Förslag:'; each § ends with an empty 'Beslut:' label (to be filled at the meeting), "
                     "so decision is null for all. Proposal = the 'Förslag:' text. Presenters only for 56 § and 59 § where "
                     "'Föredragande: bildningsdirektör Kristina Lax' is printed; 'Beredning:' names are preparers, not "
                     "presenters. No per-item times are printed, so scheduled_time is null throughout. Called members: 'medlem' -> ledamot; 'Personlig ersättare' column -> ersättare; "
                     "övriga kallade -> övrig, nämndsekreterare -> sekreterare. The Ärendeförteckning repeats the items "
                     "and is not counted twice."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 7
def doc7():
    """1987 typewriter (Courier core font), Mörtsjö kommun, Kommunstyrelsen, scanned."""
    name = "mortsjo-ks-protokoll-1987-04-14-scan"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(26, 18, 18)
    pdf.set_auto_page_break(True, 22)
    H = 4.6

    def hdr(p):
        p.set_font("Courier", "", 10.5)
        p.cell(95, H, "MÖRTSJÖ KOMMUN")
        p.cell(0, H, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
        p.cell(95, H, "Kommunstyrelsen")
        p.cell(45, H, "1987-04-14")
        p.cell(0, H, f"Blad {p.page_no()}", new_x="LMARGIN", new_y="NEXT")
        p.cell(0, H, "-" * 68, new_x="LMARGIN", new_y="NEXT")
        p.ln(3)

    def ftr(p):
        p.set_y(-16)
        p.set_font("Courier", "", 9)
        p.cell(0, 4, "Justerandes sign:                          Utdragsbestyrkande:")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()

    def t(s, ind=0):
        pdf.set_font("Courier", "", 10.5)
        pdf.set_x(26 + ind)
        pdf.multi_cell(0, H, s, new_x="LMARGIN", new_y="NEXT", align="L")

    members = [("Karlsson", "Sven", "s", "ordf"), ("Björk", "Gösta", "c", "vice ordf"), ("Nilsson", "Elsa", "s", ""),
               ("Holmqvist", "Rune", "s", ""), ("Andersson", "Ingegerd", "s", ""), ("Lundmark", "Bengt", "m", ""),
               ("Ek", "Arne", "fp", ""), ("Sundin", "Valter", "vpk", "")]
    tj = [("Wahlström", "Kerstin", "c", "Persson, Nils (c)")]
    t("Plats och tid    Kommunalhuset, sammanträdesrummet, kl 09.00 - 15.30")
    t("                 (ajournering för lunch kl 12.00 - 13.00)")
    pdf.ln(3)
    t("Beslutande       " + members[0][0] + ", " + members[0][1] + " (" + members[0][2] + "), ordf")
    for ln_, fn, pa, r in members[1:]:
        t(f"                 {ln_}, {fn} ({pa})" + (f", {r}" if r else ""))
    for ln_, fn, pa, e in tj:
        t(f"                 {ln_}, {fn} ({pa}) tjg ersättare")
        t(f"                 för {e}")
    pdf.ln(3)
    t("Övriga           Olsson, Harald, kommunchef")
    t("deltagande       Frisk, Maj-Britt, kommunsekreterare")
    t("                 Grahn, Lennart, ekonomichef, §§ 69-71")
    pdf.ln(3)
    t("Utses att        Holmqvist, Rune")
    t("justera")
    pdf.ln(2)
    t("Justeringens     Kommunalhuset 1987-04-21")
    t("plats och tid")
    pdf.ln(5)
    t("                                           Paragrafer 67-80")
    pdf.ln(2)
    t("Underskrifter    Sekreterare ................................")
    t("                             Maj-Britt Frisk")
    pdf.ln(3)
    t("                 Ordförande  ................................")
    t("                             Sven Karlsson")
    pdf.ln(3)
    t("                 Justerande  ................................")
    t("                             Rune Holmqvist")
    pdf.ln(4)
    t("-" * 68)
    t("ANSLAG/BEVIS")
    t("Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens anslagstavla "
      "1987-04-22.")

    items = []

    def par(n, title, body, dec):
        if pdf.get_y() > 240:
            pdf.add_page()
        pdf.ln(4)
        t(f"§ {n}")
        pdf.ln(1)
        t(title.upper() if False else title)
        t("-" * len(title))
        pdf.ln(1)
        for b in body:
            t(b, 10)
            pdf.ln(1)
        if dec:
            pdf.ln(1)
            for d in dec:
                t(d, 10)
        items.append(item(n - 66, f"§ {n}", title, None, None, None, "\n".join(dec) if dec else None))

    pdf.add_page()
    par(67, "Val av justerare", [], ["Kommunstyrelsen beslutar att utse Rune Holmqvist att jämte ordföranden "
                                    "justera dagens protokoll."])
    par(68, "Meddelanden", ["Länsstyrelsens beslut 1987-03-30 ang. bidrag till vägbelysning i Östra Mörtsjö.",
                            "Kommunförbundets cirkulär 1987:22 om löneavtal."],
        ["Kommunstyrelsen beslutar att lägga meddelandena till handlingarna."])
    par(69, "Budget 1988 - preliminära ramar",
        ["Ekonomichefen redogör för förslaget till ramar. Skattesatsen föreslås oförändrad, 15:25 kr."],
        ["Kommunstyrelsen beslutar att godkänna ramarna som underlag för nämndernas budgetarbete."])
    par(70, "Bokslut 1986",
        ["Årets resultat uppgår till 1 850 000 kr. Förslag om disposition har upprättats."],
        ["Kommunstyrelsen föreslår kommunfullmäktige besluta", "att godkänna bokslutet för 1986,",
         "att överskottet, 1 850 000 kr, överförs till rörelsekapitalet."])
    par(71, "Lån för utbyggnad av vatten och avlopp i Bysjön",
        ["För utbyggnaden erfordras upplåning med 2 400 000 kr."],
        ["Kommunstyrelsen föreslår kommunfullmäktige besluta att uppta lån om 2 400 000 kr."])
    par(72, "Avtal med Mörtsjö Idrottsförening om skötsel av idrottsplatsen",
        ["Avtalet löper 1987-05-01 - 1990-04-30. Ersättningen är 85 000 kr per år."],
        ["Kommunstyrelsen beslutar att godkänna avtalet."])
    par(73, "Ansökan om bidrag till Folkets Hus-föreningen",
        ["Föreningen söker bidrag med 40 000 kr för ombyggnad av scenen."],
        ["Kommunstyrelsen beslutar att bevilja bidrag med 25 000 kr."])
    par(74, "Försäljning av tomt inom Solbacka industriområde",
        ["Bengt Lundmark (m) anmäler jäv och deltar inte i handläggningen."],
        ["Kommunstyrelsen beslutar att sälja tomten Solbacka 1:18 för 62 000 kr."])
    par(75, "Motion om fritidsgård i Bysjön",
        ["Yrkanden: Ordföranden yrkar bifall till fritidsnämndens yttrande. Valter Sundin (vpk) yrkar bifall till motionen.",
         "Ordföranden ställer proposition och finner att kommunstyrelsen bifaller fritidsnämndens yttrande.",
         "Reservation: Valter Sundin (vpk) reserverar sig mot beslutet."],
        ["Kommunstyrelsen föreslår kommunfullmäktige besluta att avslå motionen."])
    par(76, "Yttrande över länstrafikens förslag till turlista",
        [], ["Kommunstyrelsen beslutar att avge yttrande enligt förslag från kommunkansliet."])
    par(77, "Val av ombud till Kommunförbundets länsavdelning",
        [], ["Kommunstyrelsen beslutar att utse Sven Karlsson (s) till ombud och Gösta Björk (c) till ersättare."])
    par(78, "Delegationsbeslut", ["Förteckning över delegationsbeslut under mars månad."],
        ["Kommunstyrelsen beslutar att lägga redovisningen till handlingarna."])
    par(79, "Information om skolskjutsar", ["Kommunchefen informerar om upphandlingen av skolskjutsar för läsåret 1987/88."], None)
    par(80, "Övriga frågor", ["Inga övriga frågor."], None)

    parts = []
    for ln_, fn, pa, r in members:
        role = {"ordf": "ordförande", "vice ordf": "vice ordförande"}.get(r, "ledamot")
        if ln_ == "Holmqvist":
            role = "justerare"
        parts.append(person(f"{fn} {ln_}", pa, role))
    for ln_, fn, pa, e in tj:
        parts.append(person(f"{fn} {ln_}", pa, "tjänstgörande ersättare"))
    parts += [person("Harald Olsson", None, "övrig"), person("Maj-Britt Frisk", None, "sekreterare"),
              person("Lennart Grahn", None, "övrig")]
    # presenters
    items[2]["presenters"] = ["Lennart Grahn"]
    items[12]["presenters"] = ["Harald Olsson"]
    gold = {"kind": "protokoll", "organ": "Kommunstyrelsen", "meeting_date": "1987-04-14",
            "meeting": {"start_time": "09:00", "end_time": "15:30",
                        "location": "Kommunalhuset, sammanträdesrummet"},
            "items": items, "participants": parts,
            "notes": "Invented Mörtsjö kommun, 1987, typewriter look (Courier). SCANNED: all pages are greyscale images "
                     "with slight rotation/blur/noise, no text layer. Names printed 'Efternamn, Förnamn' are turned "
                     "around. Parties printed in the period's lower-case form '(s)', '(c)', '(fp)', '(vpk)' – kept "
                     "literally in lower case (judgement call; a scorer may want to compare case-insensitively). "
                     "'tjg ersättare för Persson, Nils (c)' -> Kerstin Wahlström tjänstgörande ersättare; the absent "
                     "Nils Persson is excluded. Lunch adjournment 12.00–13.00 ignored for start/end. Title underlined with "
                     "dashes; the title is the line under '§ N'. Decisions are the 'Kommunstyrelsen beslutar/föreslår "
                     "...' sentences, with the att-clauses of § 70 joined by newlines; Yrkanden/Reservation text in § 75 "
                     "is not part of the decision. Presenters: § 69 'Ekonomichefen redogör' = Lennart Grahn (identified "
                     "via the attendance list), § 79 'Kommunchefen informerar' = Harald Olsson – judgement call since "
                     "only the title is printed in the §. §§ 79–80 have no decision."}
    finish(name, pdf, gold, scanned=True, seed=7, typewriter=True)

# ---------------------------------------------------------------- doc 8
def doc8():
    """Region Västmark, Regionstyrelsen, kallelse with table Nr | Ärende | Föredragande | Tid."""
    name = "region-vastmark-rs-kallelse-2025-04-08"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(18, 16, 18)
    pdf.set_auto_page_break(True, 20)
    F = "Sans"

    def hdr(p):
        p.set_fill_color(30, 70, 110)
        p.rect(0, 0, 210, 9, "F")
        p.set_text_color(255)
        p.set_font(F, "B", 9)
        p.set_xy(18, 2)
        p.cell(0, 5, "REGION VÄSTMARK")
        p.set_text_color(0)
        p.set_xy(18, 14)

    def ftr(p):
        p.set_y(-13)
        p.set_font(F, "", 7.5)
        p.set_text_color(90)
        p.cell(0, 4, "Regionstyrelsen – kallelse 2025-04-08", align="L")
        p.set_x(18)
        p.cell(0, 4, f"{p.page_no()} av {{nb}}", align="R")
        p.set_text_color(0)

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()
    pdf.set_font(F, "B", 20)
    pdf.cell(0, 10, "Kallelse", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, "Regionstyrelsen", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(F, "", 9.5)
    for a, b in [("Datum", "tisdag 8 april 2025"), ("Tid", "09.00–15.30"),
                 ("Plats", "Regionens hus, sammanträdesrum Älven, Västerhamn"),
                 ("Anmälan av förhinder", "till regionstyrelsens kansli senast 4 april")]:
        pdf.set_font(F, "B", 9.5); pdf.cell(42, 5, a)
        pdf.set_font(F, "", 9.5); pdf.cell(0, 5, b, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    rows = [
        (1, "Sammanträdets öppnande", "Ordföranden", "09.00"),
        (2, "Val av justerare", "Ordföranden", ""),
        (3, "Godkännande av dagordning", "Ordföranden", ""),
        (4, "Regiondirektörens information", "Cecilia Thorsell", "09.05"),
        (5, "Månadsrapport februari 2025", "Patrik Höglund", "09.30"),
        (6, "Årsredovisning 2024 för Region Västmark", "Patrik Höglund, Annelie Rosvall", "09.50"),
        (7, "Tilläggsbudget för akutmottagningen i Västerhamn", "Annelie Rosvall", "10.20"),
        (8, "Regional utvecklingsstrategi 2025–2035, remissversion", "Jakob Fält", "10.40"),
        (9, "Kollektivtrafikens trafikförsörjningsprogram", "Nora Elfving", "11.10"),
        (10, "Samverkansavtal om ambulanshelikopter med Region Nordmark", "Cecilia Thorsell", "11.30"),
        (11, "Hyresavtal för vårdcentralen Strandbacken", "Mattias Krook", "11.45"),
        (12, "Lunch", "", "12.00"),
        (13, "Medfinansiering av Västmarks innovationspark", "Jakob Fält", "13.00"),
        (14, "Svar på motion om fri entré till regionens museer för barn", "Nora Elfving", "13.20"),
        (15, "Yttrande över betänkandet Framtidens vårdlokaler", "Mattias Krook", "13.40"),
        (16, "Internkontrollplan 2025", "Patrik Höglund", "14.00"),
        (17, "Delegationsbeslut", "", "14.20"),
        (18, "Anmälningsärenden", "", ""),
        (19, "Övriga frågor", "", ""),
    ]
    pdf.set_font(F, "", 9)
    hd = FontFace(emphasis="BOLD", fill_color=(220, 228, 236))
    with pdf.table(col_widths=(10, 95, 55, 14), line_height=4.8, text_align=("CENTER", "LEFT", "LEFT", "CENTER"),
                   padding=1.2, headings_style=hd, borders_layout="HORIZONTAL_LINES") as t:
        r = t.row(); [r.cell(h) for h in ("Nr", "Ärende", "Föredragande", "Tid")]
        for n, a, f, ti in rows:
            r = t.row(); r.cell(str(n)); r.cell(a); r.cell(f); r.cell(ti)
    pdf.ln(5)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(0, 5, "Handlingarna finns tillgängliga i läsplattan från 2025-04-01.\n\n"
                   "Välkomna!\n\nMagdalena Fors (S)\nordförande\n\nPeter Sandell\nregionsekreterare",
                   new_x="LMARGIN", new_y="NEXT", align="L")

    pdf.add_page()
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "Kallade", new_x="LMARGIN", new_y="NEXT")
    led = [("Magdalena Fors", "S", "ordförande"), ("Olle Ringqvist", "M", "1:e vice ordförande"),
           ("Therese Alm", "S", "2:e vice ordförande"), ("Kent Bergmark", "S", ""), ("Sara Nordahl", "C", ""),
           ("Fredrik Holm", "M", ""), ("Gustav Lejon", "SD", ""), ("Camilla Vestin", "SD", ""),
           ("Ibrahim Haddad", "V", ""), ("Linn Hedin", "KD", ""), ("Erik Stjernfelt", "L", ""),
           ("Helena Brodd", "MP", ""), ("Jesper Ullén", "S", "")]
    ers = [("Maja Kronlund", "S"), ("Rolf Edvinsson", "S"), ("Anna Thurfjell", "M"), ("Kristoffer Asp", "SD"),
           ("Yvonne Malm", "C"), ("Tiina Koskinen", "V"), ("Lars-Göran Ölund", "KD")]
    pdf.set_font(F, "", 9)
    with pdf.table(col_widths=(70, 20, 60), line_height=4.6, text_align="LEFT", padding=1, headings_style=hd,
                   borders_layout="HORIZONTAL_LINES", width=150, align="LEFT") as t:
        r = t.row(); r.cell("Ledamöter"); r.cell("Parti"); r.cell("Uppdrag")
        for n, pa, u in led:
            r = t.row(); r.cell(n); r.cell(pa); r.cell(u)
    pdf.ln(4)
    with pdf.table(col_widths=(70, 20, 60), line_height=4.6, text_align="LEFT", padding=1, headings_style=hd,
                   borders_layout="HORIZONTAL_LINES", width=150, align="LEFT") as t:
        r = t.row(); r.cell("Ersättare"); r.cell("Parti"); r.cell("")
        for n, pa in ers:
            r = t.row(); r.cell(n); r.cell(pa); r.cell("")
    pdf.ln(4)
    pdf.set_font(F, "", 9)
    pdf.multi_cell(0, 4.6, "För kännedom: Cecilia Thorsell, regiondirektör; Patrik Höglund, ekonomidirektör; "
                   "Annelie Rosvall, hälso- och sjukvårdsdirektör; Jakob Fält, utvecklingsdirektör; Nora Elfving, "
                   "kollektivtrafikchef; Mattias Krook, fastighetschef", new_x="LMARGIN", new_y="NEXT", align="L")

    props = {
        5: "Regionstyrelsen lägger månadsrapporten för februari 2025 till handlingarna.",
        6: "Regionstyrelsen föreslår regionfullmäktige att godkänna årsredovisningen för 2024.",
        7: "Regionstyrelsen beviljar hälso- och sjukvårdsnämnden en tilläggsbudget om 12,5 mnkr för 2025 för "
           "akutmottagningen i Västerhamn, att finansieras ur regionstyrelsens anslag för oförutsedda behov.",
        8: "Regionstyrelsen godkänner remissversionen av regional utvecklingsstrategi 2025–2035 och skickar den på remiss.",
        9: "Regionstyrelsen föreslår regionfullmäktige att anta trafikförsörjningsprogrammet.",
        10: "Regionstyrelsen godkänner samverkansavtalet om ambulanshelikopter med Region Nordmark.",
        11: "Regionstyrelsen godkänner hyresavtalet för vårdcentralen Strandbacken med en årshyra om 3 420 000 kronor.",
        13: "Regionstyrelsen beslutar att medfinansiera Västmarks innovationspark med 1,5 mnkr per år 2025–2027.",
        14: "Regionstyrelsen föreslår regionfullmäktige att motionen ska anses besvarad.",
        15: "Regionstyrelsen antar yttrandet som sitt eget.",
        16: "Regionstyrelsen fastställer internkontrollplan för 2025.",
        17: "Regionstyrelsen lägger redovisningen av delegationsbeslut till handlingarna.",
        18: "Regionstyrelsen lägger anmälningsärendena till handlingarna.",
    }
    pdf.ln(6)
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "Förslag till beslut i beslutsärendena", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for n in sorted(props):
        if pdf.get_y() > 255:
            pdf.add_page()
        title = rows[n - 1][1]
        pdf.set_font(F, "B", 9.5)
        pdf.multi_cell(0, 5, f"{n}. {title}", new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font(F, "", 9.5)
        pdf.set_x(24)
        pdf.multi_cell(0, 4.8, props[n], new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(2)

    names = {p[0] for p in led} | {"Cecilia Thorsell", "Patrik Höglund", "Annelie Rosvall", "Jakob Fält",
                                   "Nora Elfving", "Mattias Krook"}
    items = []
    for n, a, f, ti in rows:
        pres = [x.strip() for x in f.split(",") if x.strip() in names]
        if f == "Ordföranden":
            pres = ["Magdalena Fors"]
        items.append(item(n, str(n), a, pres, ti.replace(".", ":") if ti else None, props.get(n), None))
    parts = []
    for n, pa, u in led:
        parts.append(person(n, pa, "ordförande" if u == "ordförande" else ("vice ordförande" if u else "ledamot")))
    for n, pa in ers:
        parts.append(person(n, pa, "ersättare"))
    parts.append(person("Peter Sandell", None, "sekreterare"))
    for n in ["Cecilia Thorsell", "Patrik Höglund", "Annelie Rosvall", "Jakob Fält", "Nora Elfving", "Mattias Krook"]:
        parts.append(person(n, None, "övrig"))
    gold = {"kind": "kallelse", "organ": "Regionstyrelsen", "meeting_date": "2025-04-08",
            "meeting": {"start_time": "09:00", "end_time": "15:30",
                        "location": "Regionens hus, sammanträdesrum Älven, Västerhamn"},
            "items": items, "participants": parts,
            "notes": "Invented Region Västmark. Agenda is a table Nr | Ärende | Föredragande | Tid; printed_number is the "
                     "bare number in the Nr column. Item 12 'Lunch' is a numbered agenda row and is kept as an item "
                     "(judgement call). Presenters from the Föredragande column; 'Ordföranden' resolved to the "
                     "ordförande Magdalena Fors (judgement call). Times from the Tid column (HH:MM), null where empty. "
                     "Proposals from the section 'Förslag till beslut i beslutsärendena' on later pages, keyed by the "
                     "same numbers (these are not separate items). No decisions (kallelse). Called list: ledamöter with "
                     "party and uppdrag; 'Ersättare' -> ersättare; regionsekreterare -> sekreterare; officials listed "
                     "'För kännedom' -> övrig."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 9
def doc9():
    """Kommunalförbund: Räddningstjänstförbundet Sjölanda, Förbundsdirektionen, kallelse with 'Ärende N' sections."""
    name = "rtf-sjolanda-direktionen-kallelse-2024-09-26"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(30, 20, 25)
    pdf.set_auto_page_break(True, 22)
    F = "Cond"

    def hdr(p):
        p.set_font(F, "", 8.5)
        p.set_text_color(120, 0, 0)
        p.cell(0, 4, "RÄDDNINGSTJÄNSTFÖRBUNDET SJÖLANDA", new_x="LMARGIN", new_y="NEXT")
        p.set_text_color(0)
        p.cell(0, 4, "Förbundsdirektionen  |  Kallelse 2024-09-26", new_x="LMARGIN", new_y="NEXT")
        p.ln(6)

    def ftr(p):
        p.set_y(-14)
        p.set_font(F, "", 8)
        p.cell(0, 4, f"– {p.page_no()} –", align="C")

    pdf.header_fn = hdr
    pdf.footer_fn = ftr
    pdf.add_page()
    pdf.set_font(F, "B", 17)
    pdf.multi_cell(0, 8, "Kallelse till sammanträde med förbundsdirektionen", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    pdf.set_font(F, "", 10.5)
    pdf.multi_cell(0, 5.4, "Torsdagen den 26 september 2024 kl. 13.30–16.00\n"
                   "Brandstationen i Tallvik, konferensrummet Stegen", new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(3)
    led = [("Birgitta Noord", "S", "Sjölanda kommun", "ordförande"), ("Jan-Olof Stake", "M", "Tallviks kommun", "vice ordförande"),
           ("Eva Rydell", "C", "Bergeby kommun", ""), ("Samir Aziz", "S", "Sjölanda kommun", ""),
           ("Agneta Lilja", "KD", "Tallviks kommun", "")]
    ers = [("Göran Hallin", "S", "Sjölanda kommun"), ("Lotta Brink", "M", "Tallviks kommun"),
           ("Nils-Erik Ståhl", "C", "Bergeby kommun")]
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 5, "Ledamöter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    for n, pa, k, r in led:
        pdf.cell(55, 5, n + (f", {r}" if r else "")); pdf.cell(15, 5, pa); pdf.cell(0, 5, k, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 5, "Ersättare", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    for n, pa, k in ers:
        pdf.cell(55, 5, n); pdf.cell(15, 5, pa); pdf.cell(0, 5, k, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 5, "Övriga", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(F, "", 10)
    pdf.multi_cell(0, 5, "Håkan Widell, förbundsdirektör\nSusanne Carlberg, ekonomichef\nMoa Kjellgren, förbundssekreterare",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 5, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    arenden = [
        (1, "Val av justerare och tid för justering", None, None, [],
         "Direktionen utser Eva Rydell (C) att jämte ordföranden justera protokollet tisdagen den 1 oktober 2024."),
        (2, "Godkännande av dagordning", None, None, [], "Dagordningen godkänns."),
        (3, "Delårsrapport januari–augusti 2024",
         "Förbundet redovisar ett resultat för perioden på 2,1 mnkr. Helårsprognosen är ett överskott på 0,8 mnkr. "
         "Personalkostnaderna för deltidsbrandmän är högre än budgeterat.",
         "Susanne Carlberg, ekonomichef",
         ["Tjänsteskrivelse 2024-09-10", "Delårsrapport januari–augusti 2024"],
         "Förbundsdirektionen godkänner delårsrapporten och överlämnar den till medlemskommunerna."),
        (4, "Budget 2025 och verksamhetsplan 2025–2027",
         "Medlemsbidragen föreslås öka med 3,2 procent till totalt 98,6 mnkr. Fördelningen mellan "
         "medlemskommunerna följer förbundsordningen.",
         "Susanne Carlberg, ekonomichef",
         ["Tjänsteskrivelse 2024-09-12", "Förslag till budget 2025 och verksamhetsplan 2025–2027"],
         "Förbundsdirektionen beslutar att\n1. fastställa budget 2025 och verksamhetsplan 2025–2027,\n"
         "2. fastställa medlemsbidragen för 2025 till 98,6 mnkr."),
        (5, "Handlingsprogram för förebyggande verksamhet och räddningstjänst 2025–2028",
         "Enligt lagen om skydd mot olyckor ska varje kommun ha ett handlingsprogram. Förbundet har tagit fram ett "
         "gemensamt program som har varit på samråd under våren.",
         "Håkan Widell, förbundsdirektör",
         ["Tjänsteskrivelse 2024-09-05", "Handlingsprogram 2025–2028", "Samrådsredogörelse"],
         "Förbundsdirektionen föreslår medlemskommunernas fullmäktige att anta handlingsprogrammet."),
        (6, "Avtal om automatlarm med Bergeby Energi AB",
         "Avtalet ersätter tidigare avtal från 2017. Årsavgiften uppgår till 48 000 kronor per objekt.",
         "Håkan Widell, förbundsdirektör",
         ["Tjänsteskrivelse 2024-08-29", "Avtalsförslag"],
         "Förbundsdirektionen godkänner avtalet om automatlarm med Bergeby Energi AB."),
        (7, "Delegationsbeslut", "Redovisning av delegationsbeslut för perioden maj–augusti 2024.", None,
         ["Delegationslista 2024-09-01"], "Förbundsdirektionen lägger redovisningen till handlingarna."),
        (8, "Förbundsdirektörens information",
         "Information om rekrytering av deltidsbrandmän, skogsbrandsäsongen och övningsfältet i Tallvik.",
         "Håkan Widell, förbundsdirektör", [], "Förbundsdirektionen lägger informationen till handlingarna."),
    ]
    pdf.set_font(F, "", 10)
    for n, t, *_ in arenden:
        pdf.cell(20, 5, f"Ärende {n}"); pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    pdf.multi_cell(0, 5, "Sjölanda 2024-09-16\n\nBirgitta Noord                              Moa Kjellgren\n"
                   "ordförande                                   förbundssekreterare", new_x="LMARGIN", new_y="NEXT", align="L")

    items = []
    for n, title, sam, fored, bu, fb in arenden:
        if n == 1 or pdf.get_y() > 215:
            pdf.add_page()
        else:
            pdf.ln(6)
        pdf.set_font(F, "B", 13)
        pdf.multi_cell(0, 6.5, f"Ärende {n}", new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.multi_cell(0, 6.5, title, new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.ln(2)
        if sam:
            pdf.set_font(F, "B", 10); pdf.cell(0, 5, "Sammanfattning", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 10); pdf.multi_cell(0, 5, sam, new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(2)
        if bu:
            pdf.set_font(F, "B", 10); pdf.cell(0, 5, "Beslutsunderlag", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font(F, "", 10)
            for b in bu:
                pdf.cell(5, 5, "•"); pdf.multi_cell(0, 5, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(2)
        pdf.set_font(F, "B", 10); pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(F, "", 10); pdf.multi_cell(0, 5, fb, new_x="LMARGIN", new_y="NEXT", align="L"); pdf.ln(2)
        pres = []
        if fored:
            pdf.set_font(F, "I", 10); pdf.cell(0, 5, "Föredragande: " + fored, new_x="LMARGIN", new_y="NEXT")
            pres = [fored.split(",")[0]]
        items.append(item(n, f"Ärende {n}", title, pres, None, fb, None, bu))
    parts = []
    for n, pa, k, r in led:
        parts.append(person(n, pa, r if r else "ledamot", k))
    for n, pa, k in ers:
        parts.append(person(n, pa, "ersättare", k))
    parts += [person("Håkan Widell", None, "övrig"), person("Susanne Carlberg", None, "övrig"),
              person("Moa Kjellgren", None, "sekreterare")]
    gold = {"kind": "kallelse", "organ": "Förbundsdirektionen", "meeting_date": "2024-09-26",
            "meeting": {"start_time": "13:30", "end_time": "16:00",
                        "location": "Brandstationen i Tallvik, konferensrummet Stegen"},
            "items": items, "participants": parts,
            "notes": "Invented kommunalförbund Räddningstjänstförbundet Sjölanda (organ = Förbundsdirektionen; the "
                     "förbund name belongs in notes). Cover page with called list and a short föredragningslista, then one "
                     "section per 'Ärende N' (printed_number 'Ärende N', title on the next line) with sub-headings "
                     "Sammanfattning, Beslutsunderlag, Förslag till beslut, 'Föredragande: X, title'. proposal = text "
                     "under 'Förslag till beslut' (numbered clauses of Ärende 4 joined by newlines); presenters from "
                     "'Föredragande:'; attachments = the documents listed under Beslutsunderlag (judgement call, as in "
                     "the shared corpus). Member kommun printed beside each member is used as organization."}
    finish(name, pdf, gold)

# ---------------------------------------------------------------- doc 10
def doc10():
    """Municipal company board minutes: Krokedals Energi AB, styrelsemöte nr 4/2024."""
    name = "krokedals-energi-styrelseprotokoll-2024-06-13"
    pdf = Doc(unit="mm", format="A4")
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 25)
    F = "Sans"

    def ftr(p):
        p.set_y(-18)
        p.set_font(F, "", 7.5)
        p.set_text_color(100)
        p.cell(0, 4, "Krokedals Energi AB  ·  Org.nr 556900-1234  ·  Box 118, 693 21 Krokedal", align="C",
               new_x="LMARGIN", new_y="NEXT")
        p.cell(0, 4, f"Protokoll nr 4/2024 – sid {p.page_no()}", align="C")
        p.set_text_color(0)

    pdf.footer_fn = ftr
    pdf.add_page()
    pdf.set_font(F, "B", 16)
    pdf.set_text_color(0, 100, 60)
    pdf.cell(0, 8, "Krokedals Energi AB", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font(F, "", 10)
    pdf.multi_cell(0, 5, "Protokoll fört vid styrelsemöte nr 4/2024 i Krokedals Energi AB\n"
                   "Datum: 2024-06-13\nPlats: Bolagets kontor, Verkstadsgatan 4, Krokedal",
                   new_x="LMARGIN", new_y="NEXT", align="L")
    pdf.ln(4)
    led = [("Ulf Hammarström", "ordförande"), ("Anna Krantz", "vice ordförande"), ("Bo Lindeberg", ""),
           ("Yasmin Rahimi", ""), ("Peter Skog", "")]
    sup = ["Marie Edlund"]
    ovr = [("Lena Sjödin", "verkställande direktör", None), ("Anders Qvarnström", "ekonomichef, sekreterare", None),
           ("Tord Engvall", "lekmannarevisor", None), ("Camilla Rehnberg", "auktoriserad revisor", "Revisionsbyrå Sten & Partner AB")]
    rows = [("Närvarande styrelseledamöter", "\n".join(n + (f", {r}" if r else "") for n, r in led)),
            ("Närvarande suppleant", "\n".join(sup)),
            ("Övriga närvarande", "\n".join(f"{n}, {t}" + (f", {o} (punkt 4)" if o else "") for n, t, o in ovr)),
            ("Anmält förhinder", "Kjell Borg, ledamot")]
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(55, 105), line_height=4.8, text_align="LEFT", borders_layout="NONE", padding=0.8,
                   first_row_as_headings=False) as t:
        for a, b in rows:
            r = t.row(); r.cell(a, style=FontFace(emphasis="ITALICS")); r.cell(b)
    pdf.ln(4)
    items = []

    def pt(n, title, body, dec=None, presenters=None):
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(2)
        pdf.set_font(F, "B", 10.5)
        pdf.multi_cell(0, 5.4, f"{n}. {title}", new_x="LMARGIN", new_y="NEXT", align="L")
        pdf.set_font(F, "", 9.5)
        for b in body:
            pdf.set_x(31)
            pdf.multi_cell(0, 4.7, b, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        if dec:
            pdf.set_x(31)
            pdf.set_font(F, "B", 9.5)
            pdf.multi_cell(0, 4.7, dec, new_x="LMARGIN", new_y="NEXT", align="L")
            pdf.ln(1)
        items.append(item(n, f"{n}.", title, presenters, None, None, dec))

    pt(1, "Mötets öppnande", ["Ordföranden förklarade mötet öppnat kl. 15.00."])
    pt(2, "Val av justerare", [], "Styrelsen beslutade att utse Yasmin Rahimi att jämte ordföranden justera protokollet.")
    pt(3, "Godkännande av dagordning", [], "Styrelsen beslutade att godkänna dagordningen.")
    pt(4, "Revisorernas iakttagelser från granskningen av årsredovisningen 2023",
       ["Camilla Rehnberg, Revisionsbyrå Sten & Partner AB, redogjorde för granskningen. Inga väsentliga anmärkningar."],
       "Styrelsen beslutade att lägga informationen till handlingarna.", ["Camilla Rehnberg"])
    pt(5, "VD-rapport",
       ["VD Lena Sjödin rapporterade om driften av kraftvärmeverket, leveranssäkerheten i elnätet och "
        "personalläget. Sjukfrånvaron är 3,9 procent."],
       "Styrelsen beslutade att lägga rapporten till handlingarna.", ["Lena Sjödin"])
    pt(6, "Ekonomisk rapport per maj 2024",
       ["Ekonomichef Anders Qvarnström föredrog rapporten. Rörelseresultatet uppgår till 14,2 mnkr, vilket är "
        "2,3 mnkr bättre än budget."],
       "Styrelsen beslutade att godkänna den ekonomiska rapporten.", ["Anders Qvarnström"])
    pt(7, "Investering i ny ackumulatortank för fjärrvärme",
       ["Investeringen beräknas till 18,5 mnkr och ryms inom bolagets investeringsram. Ärendet är av principiell "
        "betydelse och ska underställas kommunfullmäktige för ställningstagande."],
       "Styrelsen beslutade att\n1. genomföra investeringen i en ny ackumulatortank om 18,5 mnkr,\n"
       "2. hemställa om kommunfullmäktiges ställningstagande enligt ägardirektivet.")
    pt(8, "Avtal om leverans av biobränsle 2025–2027",
       ["Efter genomförd upphandling föreslås avtal med Skogsflis i Norrmark AB. Avtalets värde beräknas till "
        "350 000 kronor per månad.", "Peter Skog anmälde jäv och deltog inte i handläggningen av ärendet."],
       "Styrelsen beslutade att godkänna avtalet och uppdra åt VD att underteckna det.")
    pt(9, "Taxor för fjärrvärme från 2024-10-01",
       ["Förslaget innebär en höjning av energipriset med 4,5 procent."],
       "Styrelsen beslutade att fastställa fjärrvärmetaxan enligt förslag att gälla från 2024-10-01.")
    pt(10, "Övriga frågor", ["Bo Lindeberg tog upp frågan om laddinfrastruktur vid bolagets kontor. VD återkommer."])
    pt(11, "Mötets avslutande", ["Ordföranden tackade för visat intresse och förklarade mötet avslutat kl. 17.10."])
    pdf.ln(10)
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.set_font(F, "", 9.5)
    with pdf.table(col_widths=(55, 55, 55), line_height=5, text_align="LEFT", borders_layout="NONE",
                   first_row_as_headings=False) as t:
        r = t.row(); r.cell("Vid protokollet"); r.cell("Justeras"); r.cell("Justeras")
        r = t.row(); r.cell("\n\n..............................."); r.cell("\n\n..............................."); r.cell("\n\n...............................")
        r = t.row(); r.cell("Anders Qvarnström"); r.cell("Ulf Hammarström"); r.cell("Yasmin Rahimi")

    parts = []
    for n, r in led:
        role = r if r else "ledamot"
        if n == "Yasmin Rahimi":
            role = "justerare"
        parts.append(person(n, None, role))
    parts.append(person(sup[0], None, "ersättare"))
    for n, t, o in ovr:
        parts.append(person(n, None, "sekreterare" if "sekreterare" in t else "övrig", o))
    gold = {"kind": "protokoll", "organ": "Styrelsen", "meeting_date": "2024-06-13",
            "meeting": {"start_time": "15:00", "end_time": "17:10",
                        "location": "Bolagets kontor, Verkstadsgatan 4, Krokedal"},
            "items": items, "participants": parts,
            "notes": "Invented municipal company Krokedals Energi AB (owned by the invented Krokedals kommun); organ is "
                     "'Styrelsen' (the company name is kept here, per the association convention). Items printed '1.' "
                     "etc. with bold decision sentences 'Styrelsen beslutade att ...'. Start and end times come from "
                     "items 1 and 11 ('förklarade mötet öppnat kl. 15.00' / 'avslutat kl. 17.10'). Items 1, 10, 11 have no "
                     "decision. Presenters where the text says redogjorde/rapporterade/föredrog. The suppleant present "
                     "-> 'ersättare'; the ekonomichef who keeps the minutes ('Vid protokollet') -> 'sekreterare'; VD, "
                     "lekmannarevisor, auktoriserad revisor -> 'övrig' (organization only where a firm is printed). "
                     "Kjell Borg (anmält förhinder) is absent and excluded. No parties printed. Peter Skog declares jäv "
                     "in item 8 but remains a participant."}
    finish(name, pdf, gold)

if __name__ == "__main__":
    for f in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10):
        f()
