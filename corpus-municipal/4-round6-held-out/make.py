#!/usr/bin/env python3
"""make.py - generator for muniset10: ten invented Swedish / Finland-Swedish meeting
documents (PDF) with gold annotations (.gold.json) built from the same Python data.

Run:  /work/main/.venv/bin/python make.py

Every name, kommun, company, case number and amount in here is invented.
Gold files follow /work/shared/GOLD.md (no "amounts", no "agreements" key).
After rendering, check() verifies that every printed_number, title, decision text and
participant surname occurs in the rendered text layer (for scanned documents: in the
pre-scan text PDF under prescan/).
"""
import io
import json
import os
import re
import sys

import numpy as np
from fpdf import FPDF
from fpdf.enums import XPos, YPos
from PIL import Image, ImageDraw, ImageFilter
import pypdfium2 as pdfium

OUT = os.path.dirname(os.path.abspath(__file__))
PRESCAN = os.path.join(OUT, "prescan")
FD = "/usr/share/fonts/truetype/dejavu/"

NX = dict(new_x=XPos.LMARGIN, new_y=YPos.NEXT)
RIGHT = dict(new_x=XPos.RIGHT, new_y=YPos.TOP)


class Base(FPDF):
    """FPDF with the DejaVu families registered and a few helpers."""

    def __init__(self, *a, **k):
        super().__init__(*a, **k)
        for fam, stem in [("DVSans", "DejaVuSans"), ("DVSansC", "DejaVuSansCondensed"),
                          ("DVSerif", "DejaVuSerif"), ("DVSerifC", "DejaVuSerifCondensed")]:
            self.add_font(fam, "", FD + stem + ".ttf")
            self.add_font(fam, "B", FD + stem + "-Bold.ttf")
            it = "-Oblique" if "Sans" in stem else "-Italic"
            self.add_font(fam, "I", FD + stem + it + ".ttf")
        self.add_font("DVMono", "", FD + "DejaVuSansMono.ttf")
        self.add_font("DVMono", "B", FD + "DejaVuSansMono-Bold.ttf")
        self.set_creator("muniset10/make.py")

    def room(self, mm):
        """Start a new page unless mm millimetres are left above the bottom margin."""
        if self.get_y() + mm > self.h - self.b_margin:
            self.add_page()

    def para(self, text, h=5, w=0, align="L"):
        self.multi_cell(w, h, text, align=align, **NX)


# ----------------------------------------------------------------------------------
# data helpers
# ----------------------------------------------------------------------------------

def item(n, pn, title, **kw):
    """One agenda item / paragraph. Gold fields + rendering extras."""
    d = dict(number=n, printed_number=pn, title=title, presenters=[], scheduled_time=None,
             proposal=None, decision=None, attachments=[])
    d.update(kw)
    return d


def person(first, last, party, role, org=None, **kw):
    d = dict(first=first, last=last, party=party, role=role, org=org)
    d.update(kw)
    return d


def gold_items(items):
    out = []
    for it in items:
        out.append({"number": it["number"], "printed_number": it["printed_number"],
                    "title": it["title"], "section": None,
                    "presenters": list(it["presenters"]),
                    "scheduled_time": it["scheduled_time"], "proposal": it["proposal"],
                    "decision": it["decision"], "attachments": list(it["attachments"])})
    return out


def gold_participants(people):
    out = []
    for p in people:
        if p.get("gold") is False:      # printed but not a participant (e.g. absent)
            continue
        out.append({"name": p["first"] + " " + p["last"], "party": p["party"],
                    "organization": p["org"], "role": p["role"]})
    names = [o["name"] for o in out]
    assert len(names) == len(set(names)), "one entry per person: %r" % names
    return out


def write_gold(doc, pdf_path, scanned):
    n_pages = len(pdfium.PdfDocument(pdf_path))
    g = {"file": os.path.basename(pdf_path), "kind": doc["kind"], "organ": doc["organ"],
         "meeting_date": doc["date"], "page_count": n_pages, "scanned": scanned,
         "meeting": {"start_time": doc["start"], "end_time": doc["end"],
                     "location": doc["location"]},
         "items": gold_items(doc["items"])}
    if doc.get("people") is not None:
        g["participants"] = gold_participants(doc["people"])
    g["notes"] = doc["notes"]
    path = pdf_path[:-4] + ".gold.json"
    with open(path, "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")
    json.load(open(path, encoding="utf-8"))
    return g


# ----------------------------------------------------------------------------------
# check: every printed_number, title, decision and surname occurs in the text layer
# ----------------------------------------------------------------------------------

BULLETS = "•▪–-"


def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "- ").replace("\x02", "- ")
    toks = s.split()
    toks = [t for t in toks if t not in BULLETS]
    return " ".join(toks)


def page_texts(pdf_path):
    doc = pdfium.PdfDocument(pdf_path)
    out = []
    for page in doc:
        tp = page.get_textpage()
        out.append(tp.get_text_range())
    return out


def check(doc, text_pdf, strip_lines=()):
    pats = [re.compile(p) for p in strip_lines]
    pages = []
    for t in page_texts(text_pdf):
        keep = []
        for line in re.split(r"\r\n|\n|\r", t):
            if any(p.search(line) for p in pats):
                continue
            keep.append(line)
        pages.append("\n".join(keep))
    full = norm("\n".join(pages))
    problems = []
    for it in doc["items"]:
        for key in ("printed_number", "title", "decision", "proposal"):
            v = it.get(key)
            if v and norm(v) not in full:
                problems.append("%s %s not found: %r" % (it["printed_number"], key, v[:90]))
        for pr in it["presenters"]:
            if pr.split()[-1] not in full:
                problems.append("presenter %s not found" % pr)
    for p in doc.get("people") or []:
        if p.get("gold") is False:
            continue
        if p["last"] not in full:
            problems.append("surname %s not found" % p["last"])
    if problems:
        print("CHECK FAILED for", os.path.basename(text_pdf))
        for pr in problems:
            print("   ", pr)
        raise SystemExit(1)
    return full


# ----------------------------------------------------------------------------------
# scanning: rasterise the pre-scan PDF and degrade it; image-only output
# ----------------------------------------------------------------------------------

def scan(src_pdf, out_pdf, dpi=200, angles=(0.6,), seed=7, paper=246, typewriter=False,
         blur=0.6, noise=7.0, specks=250):
    rng = np.random.default_rng(seed)
    src = pdfium.PdfDocument(src_pdf)
    pages = []
    for i, page in enumerate(src):
        w_pt, h_pt = page.get_size()
        img = page.render(scale=dpi / 72.0).to_pil().convert("L")
        a = np.asarray(img).astype(np.float32)
        ink = 255.0 - a
        if typewriter:
            # uneven ribbon: low-frequency multiplicative ink variation + ink bleed
            gh, gw = a.shape[0] // 30 + 2, a.shape[1] // 30 + 2
            lf = rng.normal(1.0, 0.22, (gh, gw)).astype(np.float32)
            lf = np.asarray(Image.fromarray(lf).resize((a.shape[1], a.shape[0]),
                                                      Image.BILINEAR))
            ink = ink * np.clip(lf, 0.45, 1.25)
            im2 = Image.fromarray(np.clip(ink, 0, 255).astype(np.uint8))
            im2 = im2.filter(ImageFilter.MaxFilter(3)).filter(ImageFilter.GaussianBlur(0.8))
            ink = 0.55 * ink + 0.45 * np.asarray(im2).astype(np.float32)
        # paper: uneven tone
        gh, gw = a.shape[0] // 200 + 2, a.shape[1] // 200 + 2
        tone = rng.normal(0, 3.0, (gh, gw)).astype(np.float32)
        tone = np.asarray(Image.fromarray(tone).resize((a.shape[1], a.shape[0]),
                                                      Image.BICUBIC))
        a = (paper + tone) - ink * (paper / 255.0)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        img = img.filter(ImageFilter.GaussianBlur(blur))
        ang = angles[i % len(angles)]
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=int(paper - 8))
        # shift a few pixels (feeder misalignment)
        dx, dy = int(rng.integers(-12, 13)), int(rng.integers(-10, 11))
        img = img.transform(img.size, Image.AFFINE, (1, 0, dx, 0, 1, dy),
                            fillcolor=int(paper - 10))
        d = ImageDraw.Draw(img)
        W, H = img.size
        for _ in range(specks):
            x, y = rng.integers(0, W), rng.integers(0, H)
            r = float(rng.uniform(0.6, 2.4))
            c = int(rng.integers(20, 120))
            d.ellipse([x - r, y - r, x + r, y + r], fill=c)
        # scanner edge shadow on the left, punch holes for the binder
        a = np.asarray(img).astype(np.float32)
        edge = np.linspace(70, 0, 28)
        a[:, :28] -= edge[None, :]
        a += rng.normal(0, noise, a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        d2 = ImageDraw.Draw(img)
        for hy in (0.30, 0.70):
            cy = int(H * hy)
            d2.ellipse([int(0.025 * W), cy - 22, int(0.025 * W) + 44, cy + 22], fill=40)
        buf = io.BytesIO()
        img.save(buf, "JPEG", quality=68)
        buf.seek(0)
        pages.append((buf, w_pt, h_pt))
    pdf = FPDF(unit="pt", format=(pages[0][1], pages[0][2]))
    pdf.set_auto_page_break(False)
    pdf.set_creator("Scanner")
    for buf, w_pt, h_pt in pages:
        pdf.add_page(format=(w_pt, h_pt))
        pdf.image(buf, 0, 0, w_pt, h_pt)
    pdf.output(out_pdf)
    # no text layer
    assert all(not t.strip() for t in page_texts(out_pdf)), "scan has text"


def signature_line(pdf, x, y, w, label, name, font):
    pdf.set_draw_color(0)
    pdf.line(x, y, x + w, y)
    pdf.set_xy(x, y + 0.5)
    pdf.set_font(font, "", 8)
    pdf.cell(w, 4, label, **NX)
    pdf.set_x(x)
    pdf.set_font(font, "", 10)
    pdf.cell(w, 5, name, **NX)


# ==================================================================================
# 1. Vintersjö kommun, Kommunfullmäktige 2024-03-25 - protokoll, 27 paragraphs,
#    table of contents on page 1, närvarolista page, "KF § 31" + title on one line,
#    serif, running header "Sammanträdesprotokoll | date | Sida n (N)".
# ==================================================================================

def kf_people():
    P = person
    rows = [  # first, last, party, printed status, gold role
        ("Gunilla", "Sävström", "S", "ordförande", "ordförande"),
        ("Roger", "Lindh", "M", "1:e vice ordförande", "vice ordförande"),
        ("Annika", "Berglöf", "C", "2:e vice ordförande", "vice ordförande"),
        ("Mikael", "Forsgren", "S", "", "ledamot"),
        ("Ulrika", "Hedman", "S", "", "ledamot"),
        ("Stig", "Nordén", "S", "absent", None),
        ("Pernilla", "Åkesson", "S", "", "ledamot"),
        ("Jan-Olof", "Brännström", "S", "", "ledamot"),
        ("Sanna", "Lidberg", "S", "", "ledamot"),
        ("Ahmed", "Yusuf", "S", "", "ledamot"),
        ("Birgitta", "Wallin", "S", "", "ledamot"),
        ("Kent", "Öhrn", "S", "", "ledamot"),
        ("Lennart", "Oskarsson", "M", "", "justerare"),
        ("Camilla", "Frisk", "M", "", "ledamot"),
        ("Peter", "Stenmark", "M", "absent", None),
        ("Josefin", "Ahlqvist", "M", "", "ledamot"),
        ("Håkan", "Edlund", "M", "", "ledamot"),
        ("Eva", "Strand", "C", "", "ledamot"),
        ("Olle", "Bergkvist", "C", "", "ledamot"),
        ("Nils", "Hjalmarsson", "C", "", "ledamot"),
        ("Anders", "Björk", "SD", "", "ledamot"),
        ("Linda", "Hammar", "SD", "", "ledamot"),
        ("Mats", "Sköld", "SD", "", "ledamot"),
        ("Rebecka", "Nyrén", "SD", "absent", None),
        ("Thomas", "Vedin", "SD", "", "ledamot"),
        ("Maria", "Juhlin", "V", "", "justerare"),
        ("Daniel", "Kock", "V", "", "ledamot"),
        ("Sven-Erik", "Holm", "KD", "", "ledamot"),
        ("Agneta", "Lund", "KD", "", "ledamot"),
        ("Fredrik", "Sahlén", "L", "", "ledamot"),
        ("Ingela", "Rydberg", "MP", "", "ledamot"),
    ]
    subst = {"Nordén": ("Lisa", "Morén", "S"), "Stenmark": ("Kjell", "Rosén", "M")}
    members = []
    for f, l, pa, st, role in rows:
        m = P(f, l, pa, role or "ledamot", printed=st)
        if st == "absent":
            m["gold"] = False
            m["subst"] = subst.get(l)
        members.append(m)
    extra = [
        P("Lisa", "Morén", "S", "tjänstgörande ersättare", subst_for="Stig Nordén"),
        P("Kjell", "Rosén", "M", "tjänstgörande ersättare", subst_for="Peter Stenmark"),
        P("Marita", "Kling", "S", "ej tjänstgörande ersättare"),
        P("Jonny", "Pettersson", "C", "ej tjänstgörande ersättare"),
        P("Ewa", "Lönnqvist", None, "övrig", org="kommundirektör"),
        P("Sofia", "Marklund", None, "övrig", org="ekonomichef, § 35"),
        P("Tomas", "Hägglund", None, "övrig", org="verkställande direktör Vintersjö Energi AB, § 34"),
        P("Bo", "Ferm", None, "övrig", org="revisorernas ordförande, § 36"),
        P("Karl-Johan", "Ahlgren", None, "sekreterare", org="kommunsekreterare"),
    ]
    return members, extra


def kf_items():
    I = item
    send_ks = ["Kommunstyrelsen"]
    its = [
        I(31, "KF § 31", "Val av justerare",
          body=["Ordföranden föreslår att Lennart Oskarsson (M) och Maria Juhlin (V) utses att "
                "justera dagens protokoll."],
          decision="Kommunfullmäktige beslutar att utse Lennart Oskarsson (M) och Maria Juhlin (V) "
                   "att jämte ordföranden justera dagens protokoll. Justeringen sker i kommunhuset "
                   "den 2 april 2024 kl. 15.00."),
        I(32, "KF § 32", "Godkännande av dagordning",
          body=["Ordföranden meddelar att ärendet Val av ny ledamot i kultur- och fritidsnämnden "
                "har tillkommit efter att kungörelsen utfärdades."],
          decision="Kommunfullmäktige beslutar att godkänna dagordningen med det tillkommande "
                   "ärendet."),
        I(33, "KF § 33", "Allmänhetens frågestund",
          body=["Inga frågor har anmälts till dagens frågestund. Ordföranden påminner om att "
                "frågor kan lämnas till kommunkansliet senast tio dagar före sammanträdet."]),
        I(34, "KF § 34", "Information från Vintersjö Energi AB", dnr="KS 2024/41",
          presenters=["Tomas Hägglund"],
          body=["Verkställande direktör Tomas Hägglund informerar om bolagets verksamhet under "
                "2023, investeringarna i fjärrvärmenätet i Norrmoran och planerna på en solcellspark "
                "vid Kvarnberget. Bolagets resultat efter finansiella poster blev 11,3 mnkr."],
          decision="Kommunfullmäktige beslutar att tacka för informationen och lägga den till "
                   "handlingarna."),
        I(35, "KF § 35", "Årsredovisning 2023 för Vintersjö kommun", dnr="KS 2024/57",
          presenters=["Sofia Marklund"],
          body=["Ekonomichef Sofia Marklund föredrar ärendet. Kommunens resultat för 2023 uppgår "
                "till 18,4 mnkr, vilket är 6,1 mnkr bättre än budget. Balanskravsresultatet är "
                "15,2 mnkr och nettoinvesteringarna uppgick till 96,7 mnkr. Samtliga nämnder utom "
                "socialnämnden redovisar ett resultat i balans."],
          attachments=["Kommunstyrelsens protokoll 2024-03-05, § 48", "Årsredovisning 2023",
                       "Tjänsteskrivelse från ekonomiavdelningen 2024-02-19"],
          proposal="Kommunfullmäktige beslutar att godkänna årsredovisningen för 2023.",
          yrk=["Mikael Forsgren (S) och Roger Lindh (M) yrkar bifall till kommunstyrelsens "
               "förslag."],
          decision="Kommunfullmäktige beslutar att godkänna årsredovisningen för 2023.",
          send=["Revisionen", "Ekonomiavdelningen"]),
        I(36, "KF § 36", "Revisionsberättelse 2023 och ansvarsfrihet för kommunstyrelsen och nämnderna",
          dnr="KS 2024/63", presenters=["Bo Ferm"],
          jav="Ledamöter som under 2023 varit ledamöter eller ersättare i kommunstyrelsen eller i en "
              "nämnd deltar inte i beslutet om ansvarsfrihet för det organ där de själva haft uppdrag. "
              "Fullmäktige prövar därför ansvarsfriheten organ för organ.",
          body=["De förtroendevalda revisorerna tillstyrker i revisionsberättelsen att "
                "kommunfullmäktige beviljar kommunstyrelsen, nämnderna och de enskilda "
                "förtroendevalda i dessa organ ansvarsfrihet för verksamhetsåret 2023. "
                "Revisorernas ordförande Bo Ferm redogör för revisionsberättelsen."],
          attachments=["Revisionsberättelse för år 2023", "Revisorernas redogörelse för 2023"],
          decision="Kommunfullmäktige beslutar\n"
                   "1. att bevilja kommunstyrelsen ansvarsfrihet för verksamhetsåret 2023,\n"
                   "2. att bevilja barn- och utbildningsnämnden, socialnämnden, tekniska nämnden, "
                   "kultur- och fritidsnämnden, miljö- och byggnadsnämnden samt valnämnden "
                   "ansvarsfrihet för verksamhetsåret 2023,\n"
                   "3. att bevilja de enskilda förtroendevalda i dessa organ ansvarsfrihet för "
                   "verksamhetsåret 2023.",
          send=["Revisionen"]),
        I(37, "KF § 37", "Ombudgetering av investeringsmedel från 2023 till 2024", dnr="KS 2024/38",
          body=["Av de investeringsprojekt som inte slutförts under 2023 föreslås 14,6 mnkr föras "
                "över till 2024 års investeringsbudget. Den största posten avser ombyggnaden av "
                "Backaskolans kök, 5,2 mnkr, följd av gång- och cykelvägen längs Sjövägen, 3,8 mnkr."],
          attachments=["Kommunstyrelsens protokoll 2024-03-05, § 51",
                       "Sammanställning av ombudgeteringar"],
          proposal="Kommunfullmäktige beslutar att föra över 14,6 mnkr av ej förbrukade "
                   "investeringsmedel från 2023 till 2024 års investeringsbudget enligt bilaga.",
          yrk=["Roger Lindh (M) yrkar bifall till kommunstyrelsens förslag."],
          decision="Kommunfullmäktige beslutar att föra över 14,6 mnkr av ej förbrukade "
                   "investeringsmedel från 2023 till 2024 års investeringsbudget enligt bilaga.",
          send=["Ekonomiavdelningen", "Samtliga nämnder"]),
        I(38, "KF § 38", "Taxa för offentlig kontroll inom livsmedelsområdet", dnr="KS 2023/402",
          body=["Miljö- och byggnadsnämnden föreslår att timavgiften för offentlig kontroll inom "
                "livsmedelsområdet höjs från 1 250 kronor till 1 350 kronor från och med den 1 maj "
                "2024. Höjningen motsvarar ökade kostnader för personal och resor."],
          attachments=["Miljö- och byggnadsnämndens protokoll 2024-01-24, § 7", "Förslag till taxa"],
          proposal="Kommunfullmäktige beslutar att anta taxa för offentlig kontroll inom "
                   "livsmedelsområdet med en timavgift om 1 350 kronor, att gälla från och med den "
                   "1 maj 2024.",
          decision="Kommunfullmäktige beslutar att anta taxa för offentlig kontroll inom "
                   "livsmedelsområdet med en timavgift om 1 350 kronor, att gälla från och med den "
                   "1 maj 2024.",
          send=["Miljö- och byggnadsnämnden"]),
        I(39, "KF § 39", "Revidering av reglemente för kommunstyrelsen", dnr="KS 2024/15",
          body=["Reglementet har setts över med anledning av att kommunstyrelsen från och med "
                "april tar över ansvaret för kommunens säkerhetsskydd och krisberedskap."],
          attachments=["Förslag till reviderat reglemente"],
          proposal="Kommunfullmäktige beslutar att anta reviderat reglemente för kommunstyrelsen "
                   "att gälla från och med den 1 april 2024.",
          decision="Kommunfullmäktige beslutar att anta reviderat reglemente för kommunstyrelsen "
                   "att gälla från och med den 1 april 2024.",
          send=send_ks),
        I(40, "KF § 40", "Samverkansavtal om gemensam överförmyndarnämnd med Älvby kommun",
          dnr="KS 2023/377",
          body=["Vintersjö och Älvby kommuner har utrett förutsättningarna för en gemensam "
                "överförmyndarnämnd med Älvby kommun som värdkommun. Vintersjö kommuns kostnad "
                "beräknas till 1,9 mnkr per år. Handläggarna följer med till Älvby kommun enligt "
                "reglerna om verksamhetsövergång."],
          attachments=["Förslag till samverkansavtal", "Tjänsteskrivelse 2024-02-12"],
          proposal="Kommunfullmäktige beslutar\n"
                   "1. att godkänna samverkansavtal om gemensam överförmyndarnämnd med Älvby kommun,\n"
                   "2. att den gemensamma nämnden inrättas från och med den 1 januari 2025,\n"
                   "3. att Vintersjö kommuns överförmyndarnämnd upphör vid utgången av 2024.",
          yrk=["Ulrika Hedman (S) och Annika Berglöf (C) yrkar bifall till kommunstyrelsens "
               "förslag."],
          decision="Kommunfullmäktige beslutar\n"
                   "1. att godkänna samverkansavtal om gemensam överförmyndarnämnd med Älvby kommun,\n"
                   "2. att den gemensamma nämnden inrättas från och med den 1 januari 2025,\n"
                   "3. att Vintersjö kommuns överförmyndarnämnd upphör vid utgången av 2024.",
          send=["Älvby kommun", "Överförmyndarnämnden"]),
        I(41, "KF § 41", "Hyresavtal för ny förskola i Norrmoran", dnr="KS 2024/22",
          body=["Vintersjö Bostäder AB uppför en förskola med sex avdelningar i Norrmoran. "
                "Hyresavtalet löper på 25 år med en årshyra om 4,2 mnkr, som indexregleras årligen."],
          attachments=["Förslag till hyresavtal", "Barn- och utbildningsnämndens protokoll "
                       "2024-02-07, § 12"],
          proposal="Kommunfullmäktige beslutar att godkänna hyresavtal med Vintersjö Bostäder AB "
                   "för förskolan i Norrmoran med en löptid om 25 år och en årlig hyra om 4,2 mnkr.",
          decision="Kommunfullmäktige beslutar att godkänna hyresavtal med Vintersjö Bostäder AB "
                   "för förskolan i Norrmoran med en löptid om 25 år och en årlig hyra om 4,2 mnkr.",
          anteck="Sverigedemokraternas grupp lämnar följande protokollsanteckning: Vi ser behovet "
                 "av förskoleplatser men vill att alternativet med egen byggnation utreds inför "
                 "nästa projekt.",
          send=["Barn- och utbildningsnämnden", "Vintersjö Bostäder AB"]),
        I(42, "KF § 42", "Antagande av detaljplan för Sjöängen etapp 2", dnr="KS 2022/188",
          body=["Detaljplanen möjliggör cirka 60 nya bostäder i form av radhus och flerbostadshus "
                "söder om Sjövägen. Planen har varit utställd för granskning under hösten 2023."],
          attachments=["Plankarta med bestämmelser", "Planbeskrivning", "Granskningsutlåtande"],
          proposal="Kommunfullmäktige beslutar att anta detaljplan för Sjöängen etapp 2.",
          yrk=["Ingela Rydberg (MP) yrkar avslag till förslaget. Camilla Frisk (M) yrkar bifall "
               "till kommunstyrelsens förslag."],
          prop="Ordföranden ställer proposition på kommunstyrelsens förslag mot Ingela Rydbergs "
               "avslagsyrkande och finner att kommunfullmäktige bifaller kommunstyrelsens förslag.",
          decision="Kommunfullmäktige beslutar att anta detaljplan för Sjöängen etapp 2.",
          res="Ingela Rydberg (MP) reserverar sig mot beslutet.",
          send=["Miljö- och byggnadsnämnden", "Lantmäterimyndigheten"]),
        I(43, "KF § 43", "Förvärv av fastigheten Vintersjö Lärkan 4", dnr="KS 2024/29",
          jav="Håkan Edlund (M) anmäler jäv och deltar inte i handläggningen av ärendet.",
          body=["Fastigheten Vintersjö Lärkan 4 gränsar till Backaskolan och behövs för skolans "
                "planerade utbyggnad. Säljaren har accepterat ett bud om 2 450 000 kronor, vilket "
                "ligger i nivå med den oberoende värderingen."],
          attachments=["Köpekontrakt", "Värderingsutlåtande 2024-01-30"],
          proposal="Kommunfullmäktige beslutar att förvärva fastigheten Vintersjö Lärkan 4 för en "
                   "köpeskilling om 2 450 000 kronor och att finansiering sker inom kommunstyrelsens "
                   "investeringsram för markförvärv.",
          decision="Kommunfullmäktige beslutar att förvärva fastigheten Vintersjö Lärkan 4 för en "
                   "köpeskilling om 2 450 000 kronor och att finansiering sker inom kommunstyrelsens "
                   "investeringsram för markförvärv.",
          send=["Mark- och exploateringsenheten"]),
        I(44, "KF § 44", "Motion om kameraövervakning vid resecentrum", dnr="KS 2023/298",
          body=["Anders Björk (SD) föreslår i en motion att kommunen ska ansöka om tillstånd för "
                "kameraövervakning vid Vintersjö resecentrum. Kommunstyrelsen konstaterar att "
                "polisen och det brottsförebyggande rådet inte ser behov av kameraövervakning på "
                "platsen i nuläget."],
          attachments=["Motion 2023-09-18", "Kommunstyrelsens protokoll 2024-03-05, § 55"],
          proposal="Kommunfullmäktige beslutar att avslå motionen.",
          yrk=["Anders Björk (SD) och Sven-Erik Holm (KD) yrkar bifall till motionen. "
               "Mikael Forsgren (S) yrkar bifall till kommunstyrelsens förslag."],
          prop="Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till "
               "motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag. "
               "Votering begärs.",
          vote=True,
          decision="Kommunfullmäktige beslutar att avslå motionen.",
          res="Sverigedemokraternas och Kristdemokraternas ledamöter reserverar sig mot beslutet "
              "till förmån för bifall till motionen.",
          send=["Motionären"]),
        I(45, "KF § 45", "Motion om fler publika laddstolpar", dnr="KS 2023/311",
          body=["Eva Strand (C) föreslår i en motion att kommunen bygger ut antalet publika "
                "laddstolpar. Tekniska nämnden har beslutat om en laddplan med 24 nya laddpunkter "
                "fram till 2026."],
          attachments=["Motion 2023-10-02", "Tekniska nämndens yttrande 2024-01-18"],
          proposal="Kommunfullmäktige beslutar att anse motionen besvarad.",
          decision="Kommunfullmäktige beslutar att anse motionen besvarad.",
          send=["Motionären", "Tekniska nämnden"]),
        I(46, "KF § 46", "Medborgarförslag om utegym i Backa", dnr="KS 2023/350",
          body=["I ett medborgarförslag föreslås att ett utegym anläggs vid elljusspåret i Backa. "
                "Kultur- och fritidsnämnden bedömer att utegymmet kan anläggas inom befintlig budget."],
          proposal="Kommunfullmäktige beslutar att bifalla medborgarförslaget och uppdra åt kultur- "
                   "och fritidsnämnden att anlägga ett utegym i Backa inom befintlig budget.",
          decision="Kommunfullmäktige beslutar att bifalla medborgarförslaget och uppdra åt kultur- "
                   "och fritidsnämnden att anlägga ett utegym i Backa inom befintlig budget.",
          send=["Förslagsställaren", "Kultur- och fritidsnämnden"]),
        I(47, "KF § 47", "Svar på interpellation om skolskjutsar i Norrmoran", dnr="KS 2024/30",
          body=["Daniel Kock (V) har ställt en interpellation till barn- och utbildningsnämndens "
                "ordförande Pernilla Åkesson (S) om de förlängda restiderna för skolskjutsarna i "
                "Norrmoran. Pernilla Åkesson besvarar interpellationen. I debatten deltar Daniel "
                "Kock (V) och Pernilla Åkesson (S)."],
          decision="Kommunfullmäktige beslutar att interpellationen är besvarad."),
        I(48, "KF § 48", "Fyllnadsval av ersättare i barn- och utbildningsnämnden", dnr="KS 2024/8",
          body=["Jessica Holmlund (S) har avsagt sig uppdraget som ersättare i barn- och "
                "utbildningsnämnden. Valberedningen föreslår Lisa Morén (S)."],
          decision="Kommunfullmäktige beslutar att välja Lisa Morén (S) till ny ersättare i barn- "
                   "och utbildningsnämnden för tiden till och med 2026-12-31.",
          send=["Den valda", "Barn- och utbildningsnämnden", "Löneenheten"]),
        I(49, "KF § 49", "Entledigande av ledamot i kultur- och fritidsnämnden", dnr="KS 2024/44",
          body=["Hanna Ek (L) har i skrivelse den 1 mars 2024 begärt att bli entledigad från "
                "uppdraget som ledamot i kultur- och fritidsnämnden."],
          decision="Kommunfullmäktige beslutar att bevilja Hanna Ek (L) entledigande från uppdraget "
                   "som ledamot i kultur- och fritidsnämnden.",
          send=["Hanna Ek", "Kultur- och fritidsnämnden", "Löneenheten"]),
        I(50, "KF § 50", "Val av ny ledamot i kultur- och fritidsnämnden", dnr="KS 2024/44",
          body=["Valberedningen föreslår Fredrik Sahlén (L) som ny ledamot efter Hanna Ek (L)."],
          decision="Kommunfullmäktige beslutar att välja Fredrik Sahlén (L) till ny ledamot i kultur- "
                   "och fritidsnämnden för tiden till och med 2026-12-31.",
          send=["Den valda", "Kultur- och fritidsnämnden", "Löneenheten"]),
        I(51, "KF § 51", "Entledigande av ersättare i kommunfullmäktige", dnr="KS 2024/47",
          body=["Tove Rask (SD) har den 4 mars 2024 begärt entledigande från uppdraget som "
                "ersättare i kommunfullmäktige."],
          decision="Kommunfullmäktige beslutar\n"
                   "1. att bevilja Tove Rask (SD) entledigande från uppdraget som ersättare i "
                   "kommunfullmäktige,\n"
                   "2. att begära ny sammanräkning hos Länsstyrelsen.",
          send=["Tove Rask", "Länsstyrelsen"]),
        I(52, "KF § 52", "Utökad borgensram för Vintersjö Bostäder AB", dnr="KS 2024/19",
          body=["Bolaget behöver finansiera förskolan i Norrmoran och stambyten i beståndet på "
                "Tallbacken. Borgensramen föreslås utökas från 120 mnkr till 145 mnkr. "
                "Borgensavgiften är 0,35 procent av utnyttjat belopp."],
          attachments=["Skrivelse från Vintersjö Bostäder AB 2024-01-22",
                       "Kommunstyrelsens protokoll 2024-03-05, § 58"],
          proposal="Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Vintersjö "
                   "Bostäder AB:s låneförpliktelser upp till ett totalt belopp om 145 mnkr, jämte "
                   "därpå löpande ränta och kostnader.",
          decision="Kommunfullmäktige beslutar att såsom för egen skuld ingå borgen för Vintersjö "
                   "Bostäder AB:s låneförpliktelser upp till ett totalt belopp om 145 mnkr, jämte "
                   "därpå löpande ränta och kostnader.",
          send=["Vintersjö Bostäder AB", "Ekonomiavdelningen"]),
        I(53, "KF § 53", "Ägardirektiv för Vintersjö Energi AB", dnr="KS 2024/21",
          body=["Ägardirektiven har reviderats med ett tydligare uppdrag om förnybar "
                "energiproduktion och ett avkastningskrav om 4 procent på justerat eget kapital."],
          attachments=["Förslag till ägardirektiv"],
          proposal="Kommunfullmäktige beslutar att fastställa ägardirektiv för Vintersjö Energi AB "
                   "enligt bilaga och att uppmana kommunens ombud vid bolagsstämman att rösta för att "
                   "ägardirektiven antas.",
          decision="Kommunfullmäktige beslutar att fastställa ägardirektiv för Vintersjö Energi AB "
                   "enligt bilaga och att uppmana kommunens ombud vid bolagsstämman att rösta för att "
                   "ägardirektiven antas.",
          send=["Vintersjö Energi AB", "Kommunens stämmoombud"]),
        I(54, "KF § 54", "Rapport om ej verkställda beslut enligt SoL och LSS, kvartal 4 2023",
          dnr="KS 2024/35",
          body=["Socialnämnden rapporterar sju beslut enligt socialtjänstlagen och två beslut "
                "enligt LSS som inte verkställts inom tre månader."],
          decision="Kommunfullmäktige beslutar att lägga rapporten till handlingarna."),
        I(55, "KF § 55", "Anmälan av nya motioner",
          body=["Följande motioner har lämnats in:",
                "- Motion från Ingela Rydberg (MP) om solceller på kommunens fastigheter",
                "- Motion från Linda Hammar (SD) om avgiftsfri simskola"],
          decision="Kommunfullmäktige beslutar att överlämna motionerna till kommunstyrelsen för "
                   "beredning.", send=send_ks),
        I(56, "KF § 56", "Anmälan av nya medborgarförslag",
          body=["Ett medborgarförslag om belysning vid badplatsen i Sjöängen har kommit in."],
          decision="Kommunfullmäktige beslutar att överlämna medborgarförslaget till "
                   "kommunstyrelsen för beredning.", send=send_ks),
        I(57, "KF § 57", "Meddelanden",
          body=["- Länsstyrelsens beslut om ny ledamot och ersättare efter sammanräkning",
                "- Revisionsrapport om kommunens arbete med intern kontroll",
                "- Protokoll från Vintersjö Bostäder AB:s styrelse 2024-02-20"],
          decision="Kommunfullmäktige beslutar att lägga meddelandena till handlingarna."),
    ]
    return its


class KFPdf(Base):
    def header(self):
        if self.page_no() == 1:
            return
        self.set_font("DVSerif", "", 8.5)
        self.set_xy(22, 11)
        self.cell(80, 4, "Vintersjö kommun · Kommunfullmäktige")
        self.set_xy(100, 11)
        self.cell(88, 4, "Sammanträdesprotokoll  |  2024-03-25  |  Sida %d (%s)" %
                  (self.page_no(), "{nb}"), align="R")
        self.set_draw_color(90)
        self.line(22, 16.5, 188, 16.5)
        self.set_y(22)

    def footer(self):
        self.set_y(-17)
        self.set_draw_color(120)
        self.set_font("DVSerif", "", 7)
        y = self.get_y()
        for x, lab in ((22, "Justerandes sign"), (75, ""), (128, "Utdragsbestyrkande")):
            self.rect(x, y, 50, 9)
            self.set_xy(x + 1, y + 0.5)
            self.cell(40, 3, lab)


def render_kf(people, items, toc_pages):
    members, extra = people
    pdf = KFPdf(format="A4")
    pdf.set_margins(22, 22, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DVSerif", "B", 13)
    pdf.set_xy(22, 16)
    pdf.cell(90, 7, "V I N T E R S J Ö   K O M M U N")
    pdf.set_font("DVSerif", "", 9)
    pdf.set_xy(120, 15)
    pdf.multi_cell(68, 4.3, "SAMMANTRÄDESPROTOKOLL\nSammanträdesdatum 2024-03-25\nSida 1 ({nb})",
                   align="R", **NX)
    pdf.line(22, 31, 188, 31)
    pdf.set_y(36)
    pdf.set_font("DVSerif", "B", 16)
    pdf.cell(0, 9, "Kommunfullmäktige", **NX)
    pdf.ln(2)
    pdf.set_font("DVSerif", "", 10)
    pdf.para("Tid och plats: Måndagen den 25 mars 2024 kl. 18.30–21.47 i Folkets hus, Stora salen, "
             "Vintersjö. Ajournering kl. 19.55–20.10.")
    pdf.para("Närvarande ledamöter, ersättare och övriga framgår av sidan 2.")
    pdf.ln(5)
    pdf.set_font("DVSerif", "B", 11)
    pdf.cell(0, 6, "Innehållsförteckning", **NX)
    pdf.ln(1)
    pdf.set_font("DVSerif", "B", 8.5)
    pdf.cell(18, 5, "Paragraf")
    pdf.cell(132, 5, "Ärende")
    pdf.cell(16, 5, "Sida", align="R", **NX)
    pdf.set_font("DVSerif", "", 8.5)
    for it in items:
        pdf.cell(18, 4.4, it["printed_number"].replace("KF ", ""))
        t = it["title"]
        w = pdf.get_string_width(t)
        dots = ""
        while pdf.get_string_width(t + " " + dots + ".") < 128:
            dots += "."
        pdf.cell(132, 4.4, t + " " + dots)
        pdf.cell(16, 4.4, str(toc_pages.get(it["number"], 0)), align="R", **NX)

    # ---- page 2: närvaro
    pdf.add_page()
    pdf.set_font("DVSerif", "B", 11)
    pdf.cell(0, 6, "Närvarande ledamöter och ersättare", **NX)
    pdf.ln(1)
    pdf.set_font("DVSerif", "B", 8.5)
    pdf.set_fill_color(225)
    pdf.cell(58, 5, "Ledamot", border="B", fill=True)
    pdf.cell(14, 5, "Parti", border="B", fill=True)
    pdf.cell(22, 5, "Närvarande", border="B", fill=True)
    pdf.cell(72, 5, "Tjänstgörande ersättare / anmärkning", border="B", fill=True, **NX)
    pdf.set_font("DVSerif", "", 8.5)
    for m in members:
        name = m["first"] + " " + m["last"]
        if m["printed"] in ("ordförande", "1:e vice ordförande", "2:e vice ordförande"):
            name += ", " + m["printed"]
        pdf.cell(58, 3.9, name)
        pdf.cell(14, 3.9, m["party"])
        if m["printed"] == "absent":
            pdf.cell(22, 3.9, "–")
            s = m.get("subst")
            pdf.cell(72, 3.9, ("%s %s (%s)" % s) if s else "Ej ersatt", **NX)
        else:
            pdf.cell(22, 3.9, "X")
            pdf.cell(72, 3.9, "", **NX)
    pdf.ln(3)
    pdf.set_font("DVSerif", "", 9.5)
    lab = 48
    def row(label, text):
        y = pdf.get_y()
        pdf.set_font("DVSerif", "B", 9.5)
        pdf.multi_cell(lab, 4.6, label, align="L", **NX)
        y2 = pdf.get_y()
        pdf.set_xy(22 + lab, y)
        pdf.set_font("DVSerif", "", 9.5)
        pdf.multi_cell(166 - lab, 4.6, text, align="L", **NX)
        pdf.set_y(max(y2, pdf.get_y()) + 1.5)
    ejt = [p for p in extra if p["role"] == "ej tjänstgörande ersättare"]
    row("Ej tjänstgörande ersättare", ", ".join("%s %s (%s)" % (p["first"], p["last"], p["party"])
                                                 for p in ejt))
    ovr = [p for p in extra if p["role"] == "övrig"]
    row("Övriga närvarande", "\n".join("%s %s, %s" % (p["first"], p["last"], p["org"]) for p in ovr))
    row("Sekreterare", "Karl-Johan Ahlgren, kommunsekreterare")
    row("Justerare", "Lennart Oskarsson (M) och Maria Juhlin (V)")
    row("Justeringens plats och tid", "Kommunhuset, Vintersjö, 2024-04-02 kl. 15.00")
    row("Paragrafer", "31–57")
    pdf.ln(3)
    y = pdf.get_y()
    signature_line(pdf, 22, y, 75, "Sekreterare", "Karl-Johan Ahlgren", "DVSerif")
    signature_line(pdf, 110, y, 75, "Ordförande", "Gunilla Sävström", "DVSerif")
    y += 16
    signature_line(pdf, 22, y, 75, "Justerare", "Lennart Oskarsson", "DVSerif")
    signature_line(pdf, 110, y, 75, "Justerare", "Maria Juhlin", "DVSerif")
    pdf.set_y(y + 14)
    pdf.set_font("DVSerif", "", 8.5)
    pdf.multi_cell(0, 4, "Protokollet är justerat. Justeringen har tillkännagivits på kommunens "
                   "anslagstavla 2024-04-03. Anslaget tas ned 2024-04-25. Protokollet förvaras "
                   "på kommunkansliet.", border=1, padding=2, **NX)

    # ---- paragraphs
    pages = {}
    pdf.add_page()

    def sub(label):
        pdf.room(14)
        pdf.ln(1.5)
        pdf.set_font("DVSerif", "B", 10)
        pdf.cell(0, 5.2, label, **NX)
        pdf.set_font("DVSerif", "", 10)

    def text(t):
        pdf.set_font("DVSerif", "", 10)
        for line in t.split("\n"):
            pdf.para(line, h=5)

    for it in items:
        pdf.room(40)
        pdf.ln(4)
        pages[it["number"]] = pdf.page_no()
        y = pdf.get_y()
        pdf.set_font("DVSerif", "B", 11)
        pdf.cell(24, 6, it["printed_number"])
        pdf.set_xy(46, y)
        pdf.multi_cell(112, 6, it["title"], align="L", **NX)
        y2 = pdf.get_y()
        if it.get("dnr"):
            pdf.set_xy(158, y + 0.4)
            pdf.set_font("DVSerif", "", 8.5)
            pdf.cell(30, 5, "Dnr " + it["dnr"], align="R")
        pdf.set_y(y2 + 1)
        if it.get("jav"):
            sub("Jäv")
            text(it["jav"])
        if it.get("body"):
            sub("Ärendebeskrivning")
            for b in it["body"]:
                text(b)
        if it["attachments"]:
            sub("Beslutsunderlag")
            for a in it["attachments"]:
                pdf.cell(6, 5, "•")
                pdf.multi_cell(0, 5, a, **NX)
        if it["proposal"]:
            sub("Kommunstyrelsens förslag")
            text(it["proposal"])
        if it.get("yrk"):
            sub("Yrkanden")
            for b in it["yrk"]:
                text(b)
        if it.get("prop"):
            sub("Propositionsordning")
            text(it["prop"])
        if it.get("vote"):
            render_kf_vote(pdf, members, extra, sub, text)
        if it["decision"]:
            sub("Beslut")
            text(it["decision"])
        if it.get("res"):
            sub("Reservation")
            text(it["res"])
        if it.get("anteck"):
            sub("Protokollsanteckning")
            text(it["anteck"])
        if it.get("send"):
            sub("Beslutet skickas till")
            pdf.set_font("DVSerif", "", 9.5)
            for s in it["send"]:
                pdf.cell(0, 4.6, s, **NX)
    pdf.ln(6)
    pdf.set_font("DVSerif", "I", 10)
    pdf.para("Ordföranden förklarar sammanträdet avslutat kl. 21.47.")
    return pdf, pages


def render_kf_vote(pdf, members, extra, sub, text):
    sub("Omröstning")
    text("Följande voteringsproposition godkänns: Ja-röst för kommunstyrelsens förslag, "
         "Nej-röst för bifall till motionen.")
    pdf.ln(1)
    yes_parties, no_parties = {"S", "M", "C", "V", "MP"}, {"SD", "KD"}
    voters = []
    for m in members:
        if m["printed"] == "absent":
            s = m.get("subst")
            if s:
                voters.append(("%s %s (ers. för %s %s)" % (s[0], s[1], m["first"], m["last"]), s[2]))
        else:
            voters.append((m["first"] + " " + m["last"], m["party"]))
    pdf.set_font("DVSerif", "B", 8)
    pdf.cell(70, 4.5, "Ledamot", border="B")
    pdf.cell(12, 4.5, "Parti", border="B")
    for h in ("Ja", "Nej", "Avstår"):
        pdf.cell(14, 4.5, h, border="B", align="C")
    pdf.ln()
    pdf.set_font("DVSerif", "", 8)
    cnt = [0, 0, 0]
    for name, party in voters:
        pdf.room(5)
        k = 0 if party in yes_parties else 1 if party in no_parties else 2
        cnt[k] += 1
        pdf.cell(70, 3.9, name)
        pdf.cell(12, 3.9, party)
        for j in range(3):
            pdf.cell(14, 3.9, "X" if j == k else "", align="C")
        pdf.ln()
    pdf.set_font("DVSerif", "B", 8)
    pdf.cell(82, 4.5, "Summa", border="T")
    for c in cnt:
        pdf.cell(14, 4.5, str(c), border="T", align="C")
    pdf.ln(6)
    assert cnt == [23, 6, 1], cnt
    text("Med 23 ja-röster mot 6 nej-röster beslutar kommunfullmäktige enligt kommunstyrelsens "
         "förslag. 1 ledamot avstår från att rösta.")


def make_kf():
    members, extra = kf_people()
    items = kf_items()
    assert len(items) == 27
    _, pages = render_kf((members, extra), items, {})
    pdf, pages2 = render_kf((members, extra), items, pages)
    assert pages == pages2
    path = os.path.join(OUT, "vintersjo-kf-2024-03-25-protokoll.pdf")
    pdf.output(path)
    doc = dict(kind="protokoll", organ="Kommunfullmäktige", date="2024-03-25", start="18:30",
               end="21:47", location="Folkets hus, Stora salen, Vintersjö", items=items,
               people=members + extra)
    doc["notes"] = (
        "Invented document (Vintersjö kommun, Kommunfullmäktige). Text PDF, serif (DejaVu Serif "
        "10 pt). Page 1 carries the prose header 'Tid och plats' and a table of contents "
        "(Innehållsförteckning) repeating all 27 titles with page numbers; these TOC rows are not "
        "extra items. Page 2 is the närvarolista (table Ledamot | Parti | Närvarande | Tjänstgörande "
        "ersättare), with justering and signatures. Items are KF § 31-57, heading 'KF § NN' with the "
        "title on the same line and 'Dnr KS …' at the right margin; printed_number keeps the 'KF' "
        "prefix. Proposal = text under 'Kommunstyrelsens förslag'; decision = text under 'Beslut' "
        "('Kommunfullmäktige beslutar att …'), lines joined with newlines; 'Beslutet skickas till' "
        "is not part of the decision. § 33 has no decision (null). § 36 has no proposal block (the "
        "revisors' recommendation is prose). Attachments = bullet lines under 'Beslutsunderlag'. "
        "Presenters: § 34 Tomas Hägglund ('informerar'), § 35 Sofia Marklund ('föredrar'), § 36 Bo "
        "Ferm ('redogör'); § 47's interpellation answer ('besvarar') is not counted as presenting. "
        "Participants: absent ledamöter Stig Nordén, Peter Stenmark and Rebecka Nyrén (shown with "
        "'–' in Närvarande) are excluded; their substitutes Lisa Morén and Kjell Rosén are "
        "'tjänstgörande ersättare'; '1:e/2:e vice ordförande' -> 'vice ordförande'; justerare "
        "Lennart Oskarsson and Maria Juhlin are plain ledamöter, so per GOLD.md (one entry per person) "
        "they carry role 'justerare' only; Karl-Johan Ahlgren (kommunsekreterare) is 'sekreterare' "
        "with organization 'kommunsekreterare'; tjänstepersoner with § restrictions keep the printed "
        "affiliation incl. '§ 34' etc. as organization. People named only in § texts (Jessica "
        "Holmlund, Hanna Ek, Tove Rask) are not participants. § 44 contains a roll-call vote table "
        "(names repeated there). Time 18:30-21:47 from 'Tid och plats' (end repeated in the closing "
        "line).")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^Vintersjö kommun · Kommunfullmäktige", r"Sammanträdesprotokoll  \|",
                                  r"^Justerandes sign", r"^Utdragsbestyrkande"])
    return path


# ==================================================================================
# 2. Norrbacka kommun, Kommunstyrelsens arbetsutskott 2023-11-07 - protokollsutdrag of
#    two paragraphs. Helvetica. Page 1 = classic label grid (Plats och tid, Beslutande,
#    Ersättare, Övriga deltagare, Utses att justera, Justeringens plats och tid,
#    Underskrifter, Paragrafer) + anslag box. Paragraph pages: labels and "KSAU § 145" in
#    a left margin column, text in a narrow right column.
# ==================================================================================

def ksau_data():
    P = person
    people = [
        P("Kristina", "Holm", "S", "ordförande", line="Kristina Holm (S), ordförande", grp="B"),
        P("Jörgen", "Ask", "C", "vice ordförande", line="Jörgen Ask (C), vice ordförande", grp="B"),
        P("Lars-Erik", "Nyqvist", "M", "justerare", line="Lars-Erik Nyqvist (M)", grp="B"),
        P("Olof", "Brandt", "SD", "ledamot", line="Olof Brandt (SD)", grp="B"),
        P("Amira", "Haddad", "S", "tjänstgörande ersättare",
          line="Amira Haddad (S), tjänstgörande ersättare för Bengt Rask (S)", grp="B"),
        P("Petra", "Sund", "KD", "ej tjänstgörande ersättare", line="Petra Sund (KD)", grp="E"),
        P("Malin", "Forss", None, "övrig", org="kommundirektör",
          line="Malin Forss, kommundirektör", grp="O"),
        P("Jonas", "Wiklund", None, "övrig", org="ekonomichef, § 145",
          line="Jonas Wiklund, ekonomichef, § 145", grp="O"),
        P("Therese", "Lund", None, "sekreterare", org="kommunsekreterare",
          line="Therese Lund, kommunsekreterare", grp="O"),
    ]
    items = [
        item(145, "KSAU § 145", "Medfinansiering av projektet Digital landsbygd 2024-2026",
             dnr="KS 2023/0412", presenters=["Jonas Wiklund"],
             body=["Föreningen Norrbacka Bygdenät ekonomisk förening har ansökt om kommunal "
                   "medfinansiering av projektet Digital landsbygd 2024-2026, som ska ge hushåll och "
                   "företag i kommunens västra delar tillgång till fiber.",
                   "Projektets totala budget är 9,6 mnkr, varav Tillväxtverket har beviljat 6,2 mnkr. "
                   "Kommunens andel uppgår till 600 tkr per år, totalt 1,8 mnkr. Resterande del "
                   "finansieras av föreningens medlemmar.",
                   "Ekonomichef Jonas Wiklund redogör för ärendet och för hur medfinansieringen "
                   "ryms inom kommunstyrelsens anslag för landsbygdsutveckling."],
             attachments=["Tjänsteskrivelse från kommunledningsförvaltningen 2023-10-24",
                          "Ansökan från Norrbacka Bygdenät ekonomisk förening 2023-09-30",
                          "Beslut från Tillväxtverket 2023-09-12"],
             proposal="Arbetsutskottet föreslår kommunstyrelsen besluta att\n"
                      "1. medfinansiera projektet Digital landsbygd 2024-2026 med 600 tkr per år, "
                      "totalt 1,8 mnkr,\n"
                      "2. finansiering sker ur kommunstyrelsens anslag för landsbygdsutveckling.",
             yrk="Kristina Holm (S) yrkar bifall till förslaget.\n"
                 "Lars-Erik Nyqvist (M) yrkar avslag till förslaget.",
             prop="Ordföranden ställer förslaget mot avslagsyrkandet och finner att "
                  "arbetsutskottet bifaller förslaget.",
             decision="Arbetsutskottet föreslår kommunstyrelsen besluta att\n"
                      "1. medfinansiera projektet Digital landsbygd 2024-2026 med 600 tkr per år, "
                      "totalt 1,8 mnkr,\n"
                      "2. finansiering sker ur kommunstyrelsens anslag för landsbygdsutveckling.",
             res="Lars-Erik Nyqvist (M) reserverar sig mot beslutet.",
             send=["Kommunstyrelsen", "Ekonomiavdelningen"]),
        item(146, "KSAU § 146", "Hyresavtal för biblioteksfilialen i Storvik", dnr="KS 2023/0398",
             jav="Jörgen Ask (C) anmäler jäv och deltar inte i handläggningen av ärendet. "
                 "Kristina Holm (S) leder arbetsutskottet även under detta ärende.",
             body=["Nuvarande hyresavtal för biblioteksfilialen i Storvik löper ut den 31 mars 2024. "
                   "Fastighets AB Norrbackahus har erbjudit nya lokaler om 310 kvadratmeter i Storviks "
                   "centrum.",
                   "Årshyran är 412 000 kronor inklusive värme och el, och avtalstiden är fem år. "
                   "Kultur- och fritidsförvaltningen bedömer att lokalerna ger bättre tillgänglighet "
                   "och möjlighet till meröppet bibliotek."],
             attachments=["Tjänsteskrivelse från kultur- och fritidsförvaltningen 2023-10-17",
                          "Förslag till hyresavtal"],
             proposal="Arbetsutskottet beslutar att godkänna hyresavtal med Fastighets AB "
                      "Norrbackahus för biblioteksfilial i Storvik för perioden 2024-04-01 till "
                      "2029-03-31 med en årshyra om 412 000 kronor.",
             decision="Arbetsutskottet beslutar enligt förslaget.",
             anteck="Olof Brandt (SD) antecknar att han förutsätter att tillgängligheten i de nya "
                    "lokalerna säkerställs innan avtalet undertecknas.",
             send=["Kultur- och fritidsförvaltningen", "Fastighets AB Norrbackahus"]),
    ]
    return people, items


class KSAUPdf(Base):
    def header(self):
        self.set_font("Helvetica", "B", 13)
        self.set_xy(20, 12)
        self.cell(90, 6, "NORRBACKA KOMMUN")
        self.set_xy(118, 12)
        self.set_font("Helvetica", "B", 10)
        self.cell(72, 5, "PROTOKOLLSUTDRAG", **NX)
        self.set_x(118)
        self.set_font("Helvetica", "", 8)
        self.cell(45, 4, "Sammanträdesdatum")
        self.cell(27, 4, "Sida", **NX)
        self.set_x(118)
        self.set_font("Helvetica", "", 10)
        self.cell(45, 5, "2023-11-07")
        self.cell(27, 5, "%d(%s)" % (self.page_no(), "{nb}"), **NX)
        self.set_xy(20, 19)
        self.set_font("Helvetica", "", 10)
        self.cell(90, 5, "Kommunstyrelsens arbetsutskott")
        self.set_draw_color(0)
        self.set_line_width(0.3)
        self.line(20, 28, 190, 28)
        self.set_y(33)

    def footer(self):
        self.set_line_width(0.2)
        y = self.h - 22
        self.rect(20, y, 70, 12)
        self.rect(120, y, 70, 12)
        self.set_font("Helvetica", "", 7)
        self.set_xy(21, y + 0.5)
        self.cell(60, 3, "Justerandes sign")
        self.set_xy(121, y + 0.5)
        self.cell(60, 3, "Utdragsbestyrkande")


def render_ksau(people, items):
    pdf = KSAUPdf(format="A4")
    pdf.set_margins(20, 33, 20)
    pdf.set_auto_page_break(True, 28)
    pdf.alias_nb_pages()
    pdf.add_page()
    LW, X2, W2 = 48, 68, 122

    def grid(label, value, h=5, minh=0):
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(21, y + 1)
        pdf.multi_cell(LW - 2, 4.2, label, align="L", **NX)
        yl = pdf.get_y()
        pdf.set_xy(X2, y + 1)
        pdf.set_font("Helvetica", "", 10)
        pdf.multi_cell(W2, h, value, align="L", **NX)
        y2 = max(yl, pdf.get_y(), y + minh) + 1
        pdf.line(20, y2, 190, y2)
        pdf.line(X2 - 2, y, X2 - 2, y2)
        pdf.set_y(y2)

    pdf.set_line_width(0.2)
    top = pdf.get_y()
    pdf.line(20, top, 190, top)
    grid("Plats och tid", "Kommunhuset, sammanträdesrum Tallen, tisdagen den 7 november 2023 "
         "kl. 08.30-11.50")
    grid("Beslutande", "\n".join(p["line"] for p in people if p["grp"] == "B"))
    grid("Ersättare", "\n".join(p["line"] for p in people if p["grp"] == "E"))
    grid("Övriga deltagare", "\n".join(p["line"] for p in people if p["grp"] == "O"))
    grid("Utses att justera", "Lars-Erik Nyqvist")
    grid("Justeringens plats och tid", "Kommunkansliet, 2023-11-09")
    # Underskrifter with signature lines
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 9)
    pdf.set_xy(21, y + 1)
    pdf.cell(LW - 2, 4.2, "Underskrifter")
    rows = [("Sekreterare", "Therese Lund"), ("Ordförande", "Kristina Holm"),
            ("Justerande", "Lars-Erik Nyqvist")]
    yy = y + 3
    for lab, name in rows:
        pdf.set_font("Helvetica", "", 8)
        pdf.set_xy(X2, yy)
        pdf.cell(25, 4, lab)
        pdf.line(X2 + 25, yy + 7, X2 + 95, yy + 7)
        pdf.set_xy(X2 + 25, yy + 7.5)
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(70, 5, name)
        if lab == "Sekreterare":
            pdf.set_xy(X2 + 98, yy)
            pdf.set_font("Helvetica", "", 8)
            pdf.cell(24, 4, "Paragrafer")
            pdf.set_xy(X2 + 98, yy + 4)
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(24, 5, "138-152")
        yy += 15
    y2 = yy + 1
    pdf.line(20, y2, 190, y2)
    pdf.line(X2 - 2, y, X2 - 2, y2)
    pdf.set_y(y2 + 3)
    pdf.set_font("Helvetica", "", 9)
    pdf.cell(0, 5, "Detta utdrag omfattar §§ 145-146.", **NX)
    pdf.ln(4)
    # anslag / bevis
    y = pdf.get_y()
    pdf.set_font("Helvetica", "B", 10)
    pdf.cell(0, 6, "ANSLAG/BEVIS", align="C", **NX)
    pdf.set_font("Helvetica", "", 8.5)
    pdf.cell(0, 4.5, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.",
             align="C", **NX)
    rows = [("Organ", "Kommunstyrelsens arbetsutskott"), ("Sammanträdesdatum", "2023-11-07"),
            ("Datum då anslaget sätts upp", "2023-11-10"),
            ("Datum då anslaget tas ned", "2023-12-02"),
            ("Förvaringsplats för protokollet", "Kommunkansliet, Norrbacka"),
            ("Underskrift", "")]
    for lab, val in rows:
        pdf.set_x(24)
        pdf.set_font("Helvetica", "", 8)
        pdf.cell(55, 6, lab, border="B")
        pdf.set_font("Helvetica", "", 10)
        pdf.cell(107, 6, val, border="B", **NX)
    pdf.rect(20, y - 1, 170, pdf.get_y() - y + 3)

    # ---- paragraphs
    def label(lab):
        pdf.room(16)
        pdf.ln(2.5)
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(20, y + 0.3)
        pdf.multi_cell(LW - 4, 4.3, lab, align="L", **NX)
        pdf.set_xy(X2, y)

    def body(t, size=10, style=""):
        pdf.set_left_margin(X2)
        pdf.set_x(X2)
        pdf.set_font("Helvetica", style, size)
        for ln in t.split("\n"):
            pdf.multi_cell(110, 5, ln, align="L", **NX)
        pdf.set_left_margin(20)

    for it in items:
        pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Helvetica", "B", 11)
        pdf.set_xy(20, y)
        pdf.cell(LW - 4, 6, it["printed_number"])
        pdf.set_xy(20, y + 6)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.cell(LW - 4, 4, "Dnr " + it["dnr"])
        pdf.set_xy(X2, y)
        pdf.set_font("Helvetica", "B", 12)
        pdf.set_left_margin(X2)
        pdf.multi_cell(110, 6, it["title"], align="L", **NX)
        pdf.set_left_margin(20)
        pdf.set_y(max(pdf.get_y(), y + 11))
        if it.get("jav"):
            label("Jäv")
            body(it["jav"])
        label("Ärendebeskrivning")
        for b in it["body"]:
            body(b)
            pdf.ln(1.5)
        label("Beslutsunderlag")
        body("\n".join("- " + a for a in it["attachments"]))
        label("Förvaltningens\nförslag")
        body(it["proposal"])
        if it.get("yrk"):
            label("Yrkanden")
            body(it["yrk"])
        if it.get("prop"):
            label("Propositions-\nordning")
            body(it["prop"])
        label("Beslut")
        body(it["decision"], style="B")
        if it.get("res"):
            label("Reservation")
            body(it["res"])
        if it.get("anteck"):
            label("Protokolls-\nanteckning")
            body(it["anteck"])
        label("Expedieras")
        body("\n".join(it["send"]), size=9)
    return pdf


def make_ksau():
    people, items = ksau_data()
    pdf = render_ksau(people, items)
    path = os.path.join(OUT, "norrbacka-ksau-2023-11-07-protokollsutdrag.pdf")
    pdf.output(path)
    doc = dict(kind="protokoll", organ="Kommunstyrelsens arbetsutskott", date="2023-11-07",
               start="08:30", end="11:50", location="Kommunhuset, sammanträdesrum Tallen",
               items=items, people=people)
    doc["notes"] = (
        "Invented protokollsutdrag (Norrbacka kommun). Text PDF, Helvetica (core font). Page 1 is a "
        "classic bordered label grid (Plats och tid / Beslutande / Ersättare / Övriga deltagare / "
        "Utses att justera / Justeringens plats och tid / Underskrifter with 'Paragrafer 138-152') "
        "plus an ANSLAG/BEVIS box. The grid's 'Paragrafer 138-152' is the range of the whole "
        "meeting; this extract only contains KSAU § 145 and § 146 ('Detta utdrag omfattar §§ "
        "145-146'), so items = those two. Paragraph pages put 'KSAU § 145', 'Dnr …' and the section "
        "labels (Ärendebeskrivning, Beslutsunderlag, 'Förvaltningens förslag', Yrkanden, "
        "'Propositions-ordning', Beslut, Reservation, 'Protokolls-anteckning', Expedieras; the "
        "long labels are broken over two lines) in a left margin column; title and text are in a "
        "narrow right column. Hyphens in '2024-2026' are plain ASCII hyphens (core font, no en "
        "dash). § 145: proposal (text under 'Förvaltningens förslag') and decision are the same "
        "printed text (the AU proposes to KS; numbered points). "
        "§ 146: decision printed only as 'Arbetsutskottet beslutar enligt förslaget.' (kept "
        "literally; the proposal holds the substance). Presenter § 145 Jonas Wiklund ('redogör'). "
        "Attachments = the '- ' lines under Beslutsunderlag. Participants: Jörgen Ask is vice "
        "ordförande (higher role kept); Lars-Erik Nyqvist, the only justerare, is a plain ledamot -> "
        "role 'justerare' (one entry per person, GOLD.md); Bengt Rask (replaced, absent) is not a "
        "participant; Petra Sund under 'Ersättare' without 'tjänstgörande' -> ej tjänstgörande "
        "ersättare; Therese Lund signs as Sekreterare -> 'sekreterare' with organization "
        "'kommunsekreterare'; Jonas Wiklund keeps '§ 145' in organization as printed.")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^NORRBACKA KOMMUN", r"^PROTOKOLLSUTDRAG", r"^Sammanträdesdatum",
                                  r"^2023-11-07 \d", r"^Kommunstyrelsens arbetsutskott$",
                                  r"^Justerandes sign", r"^Utdragsbestyrkande"])
    return path


# ==================================================================================
# 3. Region Västerfjäll, Kollektivtrafiknämnden 2022-06-14 - protokoll. DejaVu Sans
#    Condensed 9.5 pt. Prose header + participant tables with full party names. "§ 58" on its
#    own line, title on the next line, "Diarienummer:" below; the decision comes FIRST under
#    "Kollektivtrafiknämndens beslut", then Sammanfattning, Beslutsunderlag (numbered),
#    Förslag till beslut, Yrkanden, Omröstning, Reservation, Jäv, Beslutet skickas till.
#    Sub-items "§ 62 a" / "§ 62 b" with their own heading and decision.
# ==================================================================================

PARTY_FULL = {"S": "Socialdemokraterna", "M": "Moderaterna", "C": "Centerpartiet",
              "SD": "Sverigedemokraterna", "V": "Vänsterpartiet", "L": "Liberalerna",
              "KD": "Kristdemokraterna", "MP": "Miljöpartiet"}


def region_data():
    P = person
    people = [
        P("Britt-Marie", "Sandström", "S", "ordförande", fn="ordförande", grp="L"),
        P("Henrik", "Alm", "M", "vice ordförande", fn="1:e vice ordförande", grp="L"),
        P("Olle", "Grahn", "C", "vice ordförande", fn="2:e vice ordförande", grp="L"),
        P("Karin", "Nordmark", "S", "ledamot", fn="ledamot", grp="L"),
        P("Jens", "Ullberg", "S", "ledamot", fn="ledamot", grp="L"),
        P("Leif", "Bäckman", "S", "tjänstgörande ersättare",
          fn="tjänstgörande ersättare för Karl Berg (Socialdemokraterna)", grp="L"),
        P("Mona", "Eklund", "M", "ledamot", fn="ledamot", grp="L"),
        P("Patrik", "Sjölander", "SD", "ledamot", fn="ledamot", grp="L"),
        P("Anna", "Lövgren", "V", "ledamot", fn="ledamot", grp="L"),
        P("Siv", "Hallin", "L", "ledamot", fn="ledamot", grp="L"),
        P("Erik", "Wahlund", "KD", "ledamot", fn="ledamot", grp="L"),
        P("Ingrid", "Sjöqvist", "C", "ej tjänstgörande ersättare", fn="tjänstgörande § 62 b",
          grp="E"),
        P("Maja", "Fors", "S", "ej tjänstgörande ersättare", fn="", grp="E"),
        P("Ola", "Svedberg", "M", "ej tjänstgörande ersättare", fn="", grp="E"),
        P("Ylva", "Sjödin", None, "övrig", org="trafikdirektör", grp="O"),
        P("Peter", "Nyman", None, "övrig", org="ekonomichef", grp="O"),
        P("Amanda", "Krantz", None, "övrig", org="upphandlare, § 62 a–62 b", grp="O"),
        P("Lovisa", "Thörn", None, "sekreterare", org="nämndsekreterare", grp="O"),
    ]
    I = item
    items = [
        I(55, "§ 55", "Val av protokollsjusterare",
          decision="Kollektivtrafiknämnden utser Henrik Alm (M) att jämte ordföranden justera dagens "
                   "protokoll."),
        I(56, "§ 56", "Fastställande av föredragningslista",
          decision="Föredragningslistan fastställs.",
          body=["Ordföranden meddelar att § 62 delas upp i två ärenden, § 62 a och § 62 b, ett "
                "för varje trafikområde."]),
        I(57, "§ 57", "Trafikdirektörens information", presenters=["Ylva Sjödin"],
          decision="Informationen noteras till protokollet.",
          body=["Trafikdirektör Ylva Sjödin informerar om resandeutvecklingen, som för perioden "
                "januari–maj ligger 11 procent över samma period 2021, om förarbristen inom "
                "busstrafiken samt om arbetet med nytt biljettsystem."]),
        I(58, "§ 58", "Ekonomisk rapport per april 2022", dnr="RVF 2022/00871",
          presenters=["Peter Nyman"],
          decision="Nämnden beslutar enligt förslaget.",
          body=["Ekonomichef Peter Nyman föredrar ärendet. Prognosen för helåret visar ett "
                "underskott om 14,2 miljoner kronor, främst till följd av kraftigt ökade "
                "drivmedelskostnader. Intäkterna från biljettförsäljning följer budget."],
          attachments=["Tjänsteskrivelse 2022-05-30", "Ekonomisk rapport per april 2022"],
          proposal="Kollektivtrafiknämnden föreslås besluta att godkänna ekonomisk rapport per "
                   "april 2022.",
          send=["Regionstyrelsen", "Regionens ekonomiavdelning"]),
        I(59, "§ 59", "Regionalt trafikförsörjningsprogram 2023–2026, remiss", dnr="RVF 2021/02210",
          decision="Kollektivtrafiknämnden beslutar\n"
                   "1. Förslag till regionalt trafikförsörjningsprogram 2023–2026 skickas på remiss "
                   "till länets kommuner, Trafikverket och angränsande regioner.\n"
                   "2. Remisstiden ska vara till och med den 30 september 2022.",
          body=["Trafikförsörjningsprogrammet anger de långsiktiga målen för kollektivtrafiken i "
                "länet. Förslaget innehåller bland annat mål om att kollektivtrafikens "
                "marknadsandel ska öka till 25 procent år 2030."],
          attachments=["Tjänsteskrivelse 2022-05-24",
                       "Förslag till regionalt trafikförsörjningsprogram 2023–2026"],
          proposal="Kollektivtrafiknämnden föreslås besluta\n"
                   "1. Förslag till regionalt trafikförsörjningsprogram 2023–2026 skickas på remiss "
                   "till länets kommuner, Trafikverket och angränsande regioner.\n"
                   "2. Remisstiden ska vara till och med den 30 september 2022.",
          send=["Länets kommuner", "Trafikverket"]),
        I(60, "§ 60", "Ändrade biljettpriser från och med den 1 januari 2023", dnr="RVF 2022/00912",
          decision="Kollektivtrafiknämnden beslutar att priset för en enkelbiljett i zon 1 höjs från "
                   "28 kronor till 32 kronor och priset för ett 30-dagarskort från 695 kronor till "
                   "760 kronor från och med den 1 januari 2023.",
          body=["Förvaltningen föreslår en höjning av biljettpriserna med i genomsnitt 9 procent för "
                "att delvis täcka de ökade drivmedels- och personalkostnaderna. Skolkort och "
                "seniorkort berörs inte."],
          attachments=["Tjänsteskrivelse 2022-05-27", "Konsekvensanalys av prisförändringar"],
          proposal="Kollektivtrafiknämnden föreslås besluta att priset för en enkelbiljett i zon 1 "
                   "höjs från 28 kronor till 32 kronor och priset för ett 30-dagarskort från 695 "
                   "kronor till 760 kronor från och med den 1 januari 2023.",
          yrk=["Britt-Marie Sandström (S) och Henrik Alm (M) yrkar bifall till förvaltningens "
               "förslag.",
               "Anna Lövgren (V) yrkar att biljettpriserna ska lämnas oförändrade 2023."],
          prop="Ordföranden ställer förvaltningens förslag mot Anna Lövgrens yrkande och finner att "
               "nämnden bifaller förvaltningens förslag. Votering begärs och verkställs. Ja-röst för "
               "förvaltningens förslag, nej-röst för Anna Lövgrens yrkande.",
          vote={"Ja": ["Britt-Marie Sandström", "Henrik Alm", "Olle Grahn", "Karin Nordmark",
                       "Jens Ullberg", "Leif Bäckman", "Mona Eklund", "Erik Wahlund"],
                "Nej": ["Patrik Sjölander", "Anna Lövgren", "Siv Hallin"]},
          res="Anna Lövgren (V) reserverar sig mot beslutet till förmån för eget yrkande.",
          send=["Regionstyrelsen", "Kundcenter"]),
        I(61, "§ 61", "Samverkansavtal om skolskjuts med Lillstads kommun", dnr="RVF 2022/00455",
          decision="Kollektivtrafiknämnden beslutar att godkänna samverkansavtal om samordnad "
                   "skolskjuts- och linjetrafik med Lillstads kommun för perioden 2022-08-15 – "
                   "2026-06-30.",
          body=["Lillstads kommun och regionen samordnar sedan 2016 skolskjutsar med den allmänna "
                "linjetrafiken. Det nya avtalet innebär att kommunen ersätter regionen med 4,8 "
                "miljoner kronor per läsår."],
          attachments=["Tjänsteskrivelse 2022-05-19", "Förslag till samverkansavtal"],
          proposal="Kollektivtrafiknämnden föreslås besluta att godkänna samverkansavtal om "
                   "samordnad skolskjuts- och linjetrafik med Lillstads kommun för perioden "
                   "2022-08-15 – 2026-06-30.",
          send=["Lillstads kommun"]),
        I(62, "§ 62 a", "Upphandling av serviceresor, norra trafikområdet", dnr="RVF 2022/00118",
          decision="Kollektivtrafiknämnden beslutar att tilldela Norrtaxi Västerfjäll AB avtal om "
                   "serviceresor i norra trafikområdet med ett uppskattat årligt värde om 18,5 "
                   "miljoner kronor.",
          body=["Fyra anbud har inkommit för norra trafikområdet. Norrtaxi Västerfjäll AB har lämnat "
                "det ekonomiskt mest fördelaktiga anbudet. Avtalet gäller från den 1 december 2022 "
                "med möjlighet till förlängning i två år."],
          attachments=["Tjänsteskrivelse 2022-06-01", "Tilldelningsrapport norra trafikområdet"],
          proposal="Kollektivtrafiknämnden föreslås besluta att tilldela Norrtaxi Västerfjäll AB "
                   "avtal om serviceresor i norra trafikområdet med ett uppskattat årligt värde om "
                   "18,5 miljoner kronor.",
          send=["Upphandlingsenheten"]),
        I(62, "§ 62 b", "Upphandling av serviceresor, södra trafikområdet", dnr="RVF 2022/00119",
          jav="Olle Grahn (C) anmäler jäv och deltar inte i handläggningen. Ingrid Sjöqvist (C) "
              "tjänstgör i hans ställe.",
          decision="Kollektivtrafiknämnden beslutar att avbryta upphandlingen av serviceresor i "
                   "södra trafikområdet och att uppdra åt förvaltningen att genomföra en ny "
                   "upphandling.",
          body=["Endast ett anbud har inkommit för södra trafikområdet och det överstiger budgeten "
                "med 31 procent. Förvaltningen bedömer att en ny upphandling med ändrade krav ger "
                "bättre konkurrens."],
          attachments=["Tjänsteskrivelse 2022-06-01"],
          proposal="Kollektivtrafiknämnden föreslås besluta att avbryta upphandlingen av "
                   "serviceresor i södra trafikområdet och att uppdra åt förvaltningen att genomföra "
                   "en ny upphandling.",
          send=["Upphandlingsenheten"]),
        I(63, "§ 63", "Yttrande över medborgarförslag om nattbuss mellan Lillstad och Åsbro",
          dnr="RVF 2022/00601",
          decision="Kollektivtrafiknämnden beslutar att anta förvaltningens yttrande som sitt eget "
                   "och överlämna det till regionstyrelsen.",
          body=["Förslagsställaren vill att en nattbuss ska trafikera sträckan Lillstad–Åsbro fredag "
                "och lördag. Förvaltningen bedömer att resandeunderlaget är för litet men föreslår "
                "en försöksverksamhet under sommaren 2023."],
          attachments=["Medborgarförslag 2022-03-02", "Förvaltningens yttrande 2022-05-20"],
          send=["Regionstyrelsen"]),
        I(64, "§ 64", "Redovisning av delegationsbeslut",
          decision="Redovisningen av delegationsbeslut läggs till handlingarna.",
          attachments=["Delegationsbeslut 2022-04-20 – 2022-06-03"]),
        I(65, "§ 65", "Anmälningsärenden",
          decision="Anmälningsärendena läggs till handlingarna."),
        I(66, "§ 66", "Övriga frågor",
          body=["Anna Lövgren (V) frågar om tidplanen för upprustningen av hållplatserna längs "
                "väg 512. Trafikdirektören svarar att arbetet påbörjas i september."]),
    ]
    return people, items


class RegionPdf(Base):
    def header(self):
        self.set_text_color(20, 80, 90)
        self.set_font("DVSansC", "B", 11 if self.page_no() == 1 else 8.5)
        self.set_xy(18, 10)
        self.cell(60, 5, "Region Västerfjäll")
        self.set_text_color(100)
        self.set_font("DVSansC", "", 8)
        if self.page_no() > 1:
            self.set_xy(60, 10)
            self.cell(90, 5, "Protokoll · Kollektivtrafiknämnden · 2022-06-14", align="C")
        self.set_xy(150, 10)
        self.cell(42, 5, "Sida %d av %s" % (self.page_no(), "{nb}"), align="R")
        self.set_draw_color(20, 80, 90)
        self.set_line_width(0.6)
        self.line(18, 16, 192, 16)
        self.set_line_width(0.2)
        self.set_text_color(0)
        self.set_draw_color(0)
        self.set_y(22)

    def footer(self):
        self.set_y(-14)
        self.set_font("DVSansC", "", 7.5)
        self.set_text_color(110)
        self.cell(0, 4, "Ordförandes signatur ............    Justerares signatur ............",
                  align="R")
        self.set_text_color(0)


def render_region(people, items):
    pdf = RegionPdf(format="A4")
    pdf.set_margins(18, 22, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("DVSansC", "B", 20)
    pdf.cell(0, 10, "Protokoll", **NX)
    pdf.set_font("DVSansC", "B", 13)
    pdf.cell(0, 7, "Kollektivtrafiknämnden", **NX)
    pdf.ln(2)
    pdf.set_font("DVSansC", "", 9.5)
    pdf.para("Kollektivtrafiknämndens sammanträde tisdagen den 14 juni 2022 kl. 09.00–15.20 i "
             "Regionens hus, sammanträdesrum Fjället, Lillstad. Sammanträdet ajournerades för "
             "lunch kl. 12.00–13.00.", h=4.8)
    pdf.ln(2)

    def table(title, cols, rows, widths):
        pdf.set_font("DVSansC", "B", 10)
        pdf.cell(0, 6, title, **NX)
        pdf.set_font("DVSansC", "B", 8.5)
        pdf.set_fill_color(222, 236, 238)
        for c, w in zip(cols, widths):
            pdf.cell(w, 5, c, fill=True)
        pdf.ln()
        pdf.set_font("DVSansC", "", 9)
        for r in rows:
            for c, w in zip(r, widths):
                pdf.cell(w, 4.6, c, border="B")
            pdf.ln()
        pdf.ln(2.5)

    W = [48, 36, 90]
    table("Beslutande ledamöter", ["Namn", "Parti", "Funktion"],
          [(p["first"] + " " + p["last"], PARTY_FULL[p["party"]], p["fn"]) for p in people
           if p["grp"] == "L"], W)
    table("Ej tjänstgörande ersättare", ["Namn", "Parti", "Anmärkning"],
          [(p["first"] + " " + p["last"], PARTY_FULL[p["party"]], p["fn"]) for p in people
           if p["grp"] == "E"], W)
    table("Övriga närvarande", ["Namn", "Befattning", ""],
          [(p["first"] + " " + p["last"], p["org"], "") for p in people if p["grp"] == "O"],
          [52, 80, 42])
    pdf.set_font("DVSansC", "", 9.5)
    for lab, val in [("Justerare", "Henrik Alm"), ("Justeringsdatum", "2022-06-21"),
                     ("Paragrafer", "§§ 55–66")]:
        pdf.set_font("DVSansC", "B", 9.5)
        pdf.cell(35, 5, lab)
        pdf.set_font("DVSansC", "", 9.5)
        pdf.cell(0, 5, val, **NX)
    pdf.ln(8)
    y = pdf.get_y()
    signature_line(pdf, 18, y, 52, "Ordförande", "Britt-Marie Sandström", "DVSansC")
    signature_line(pdf, 78, y, 52, "Justerare", "Henrik Alm", "DVSansC")
    signature_line(pdf, 138, y, 52, "Sekreterare", "Lovisa Thörn", "DVSansC")

    def h(label):
        pdf.room(14)
        pdf.ln(1.8)
        pdf.set_font("DVSansC", "B", 9.5)
        pdf.cell(0, 5, label, **NX)
        pdf.set_font("DVSansC", "", 9.5)

    def t(text, style=""):
        pdf.set_font("DVSansC", style, 9.5)
        for line in text.split("\n"):
            pdf.para(line, h=4.7)

    pdf.add_page()
    first = True
    for it in items:
        if not first:
            pdf.room(45)
            pdf.ln(5)
            pdf.set_draw_color(190)
            pdf.line(18, pdf.get_y(), 192, pdf.get_y())
            pdf.ln(3)
        first = False
        pdf.set_font("DVSansC", "B", 10.5)
        pdf.cell(0, 5.5, it["printed_number"], **NX)
        pdf.set_font("DVSansC", "B", 12)
        pdf.multi_cell(0, 6, it["title"], align="L", **NX)
        if it.get("dnr"):
            pdf.set_font("DVSansC", "", 8.5)
            pdf.cell(0, 4.5, "Diarienummer: " + it["dnr"], **NX)
        if it.get("jav"):
            h("Jäv")
            t(it["jav"])
        if it["decision"]:
            h("Kollektivtrafiknämndens beslut")
            t(it["decision"])
        if it.get("body"):
            h("Sammanfattning")
            for b in it["body"]:
                t(b)
        if it["attachments"]:
            h("Beslutsunderlag")
            for i, a in enumerate(it["attachments"], 1):
                pdf.cell(6, 4.7, "%d." % i)
                pdf.multi_cell(0, 4.7, a, align="L", **NX)
        if it["proposal"]:
            h("Förslag till beslut")
            t(it["proposal"])
        if it.get("yrk"):
            h("Yrkanden")
            for y_ in it["yrk"]:
                t(y_)
        if it.get("prop"):
            h("Propositionsordning")
            t(it["prop"])
        if it.get("vote"):
            h("Omröstning")
            v = it["vote"]
            allv = [(n, "Ja") for n in v["Ja"]] + [(n, "Nej") for n in v["Nej"]]
            pdf.set_font("DVSansC", "B", 8.5)
            pdf.cell(55, 4.6, "Ledamot", border=1)
            pdf.cell(18, 4.6, "Ja", border=1, align="C")
            pdf.cell(18, 4.6, "Nej", border=1, align="C")
            pdf.cell(18, 4.6, "Avstår", border=1, align="C", **NX)
            pdf.set_font("DVSansC", "", 8.5)
            for n, r in allv:
                pdf.cell(55, 4.3, n, border=1)
                pdf.cell(18, 4.3, "X" if r == "Ja" else "", border=1, align="C")
                pdf.cell(18, 4.3, "X" if r == "Nej" else "", border=1, align="C")
                pdf.cell(18, 4.3, "", border=1, align="C", **NX)
            pdf.set_font("DVSansC", "B", 8.5)
            pdf.cell(55, 4.6, "Summa", border=1)
            pdf.cell(18, 4.6, str(len(v["Ja"])), border=1, align="C")
            pdf.cell(18, 4.6, str(len(v["Nej"])), border=1, align="C")
            pdf.cell(18, 4.6, "0", border=1, align="C", **NX)
            pdf.ln(1)
            t("Med %d ja-röster mot %d nej-röster har nämnden beslutat enligt förvaltningens "
              "förslag." % (len(v["Ja"]), len(v["Nej"])))
        if it.get("res"):
            h("Reservation")
            t(it["res"])
        if it.get("send"):
            h("Beslutet skickas till")
            t(", ".join(it["send"]))
    pdf.ln(6)
    pdf.set_font("DVSansC", "I", 9)
    pdf.para("Vid protokollet: Lovisa Thörn")
    return pdf


def make_region():
    people, items = region_data()
    pdf = render_region(people, items)
    path = os.path.join(OUT, "vasterfjall-ktn-2022-06-14-protokoll.pdf")
    pdf.output(path)
    doc = dict(kind="protokoll", organ="Kollektivtrafiknämnden", date="2022-06-14",
               start="09:00", end="15:20",
               location="Regionens hus, sammanträdesrum Fjället, Lillstad",
               items=items, people=people)
    doc["notes"] = (
        "Invented document (Region Västerfjäll). Text PDF, DejaVu Sans Condensed 9.5 pt. Prose "
        "header ('Kollektivtrafiknämndens sammanträde tisdagen den 14 juni 2022 kl. 09.00–15.20 i "
        "…'; lunch break not an end time). Each paragraph prints '§ 58' on its own line, the title "
        "on the next line and 'Diarienummer: RVF …' below; the decision block ('Kollektivtrafiknämndens "
        "beslut') comes BEFORE Sammanfattning/Beslutsunderlag/Förslag till beslut. Sub-items: § 62 is "
        "printed as '§ 62 a' and '§ 62 b', each with its own heading and decision, so both are items "
        "with number 62 (13 items for §§ 55-66). § 58's decision is printed only as 'Nämnden beslutar "
        "enligt förslaget.' (kept literally). § 63 has no 'Förslag till beslut' block (proposal null). "
        "§ 66 records no decision (null). Attachments = numbered Beslutsunderlag lines (numbers "
        "dropped). Presenters: § 57 Ylva Sjödin ('informerar'), § 58 Peter Nyman ('föredrar'). "
        "Participants: printed with full party names ('Socialdemokraterna'); gold party holds the "
        "standard abbreviation (S, M, C, SD, V, L, KD). '1:e/2:e vice ordförande' -> vice ordförande "
        "(Henrik Alm is also justerare; higher role kept). Leif Bäckman 'tjänstgörande ersättare för "
        "Karl Berg' -> tjänstgörande ersättare; Karl Berg (absent) excluded. Ingrid Sjöqvist is "
        "listed under 'Ej tjänstgörande ersättare' with the remark 'tjänstgörande § 62 b' (she "
        "replaced Olle Grahn for one § because of jäv): judged 'ej tjänstgörande ersättare' from the "
        "list heading (alternative: tjänstgörande ersättare). Lovisa Thörn (nämndsekreterare) -> "
        "sekreterare. § 60 has a vote table (names repeated).")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^Region Västerfjäll", r"^Protokoll · Kollektivtrafiknämnden",
                                  r"^Sida \d+ av", r"^Ordförandes signatur"])
    return path


# ==================================================================================
# 4. Räddningstjänsten Sjöbotten (kommunalförbund), Direktionen 2019-10-17 - protokoll.
#    DejaVu Sans 9 pt. Boxed three-cell page header; participants in prose with ", s"
#    party form and member kommun; every paragraph opens with a shaded table row
#    "§42 | title | Dnr 2019/071"; decisions "Direktionen beslutar" + att-lines; "Delges:".
# ==================================================================================

def rtj_data():
    P = person
    people = [
        P("Kerstin", "Ahl", "S", "ordförande", org="Sjöbotten", pr="s", extra="ordförande", grp="L"),
        P("Ronny", "Bergqvist", "M", "vice ordförande", org="Åby", pr="m", extra="vice ordförande",
          grp="L"),
        P("Stina", "Hellström", "C", "justerare", org="Granträsk", pr="c", grp="L"),
        P("Göran", "Pålsson", "S", "ledamot", org="Åby", pr="s", grp="L"),
        P("Ann-Louise", "Tegnér", "KD", "ledamot", org="Sjöbotten", pr="kd", grp="L"),
        P("Bertil", "Sundqvist", "S", "tjänstgörande ersättare", org="Granträsk", pr="s",
          extra="tjänstgörande ersättare för Majvor Lindgren, s", grp="L"),
        P("Helena", "Strid", "M", "ej tjänstgörande ersättare", org="Sjöbotten", pr="m", grp="E"),
        P("Ove", "Danielsson", "C", "ej tjänstgörande ersättare", org="Åby", pr="c", grp="E"),
        P("Stefan", "Ohlin", None, "övrig", org="räddningschef", grp="O"),
        P("Niklas", "Fahlén", None, "övrig", org="stf räddningschef, §§ 41–45", grp="O"),
        P("Maria", "Kjellberg", None, "sekreterare", org="administrativ chef", grp="O",
          line="Maria Kjellberg, administrativ chef, sekreterare"),
    ]
    I = item
    items = [
        I(38, "§38", "Mötets öppnande",
          body=["Ordföranden hälsar välkomna och förklarar mötet öppnat kl. 13.00."]),
        I(39, "§39", "Val av justerare",
          decision="Direktionen beslutar att utse Stina Hellström att jämte ordföranden justera "
                   "protokollet."),
        I(40, "§40", "Godkännande av dagordning",
          decision="Direktionen beslutar att godkänna dagordningen."),
        I(41, "§41", "Delårsrapport januari–augusti 2019", dnr="2019/058",
          presenters=["Maria Kjellberg"],
          body=["Administrativ chef Maria Kjellberg redovisar delårsrapporten. Förbundet prognostiserar "
                "ett överskott om 420 tkr för helåret, främst beroende på lägre kostnader för "
                "deltidsbrandmän under sommaren. Investeringarna uppgår till 2 310 tkr av budgeterade "
                "5 900 tkr."],
          attachments=["Tjänsteskrivelse 2019-09-30", "Delårsrapport januari–augusti 2019"],
          proposal="Direktionen beslutar\n"
                   "att godkänna delårsrapporten för perioden januari–augusti 2019\n"
                   "att överlämna delårsrapporten till medlemskommunerna och förbundets revisorer",
          decision="Direktionen beslutar\n"
                   "att godkänna delårsrapporten för perioden januari–augusti 2019\n"
                   "att överlämna delårsrapporten till medlemskommunerna och förbundets revisorer",
          send="Medlemskommunerna, förbundets revisorer"),
        I(42, "§42", "Budget 2020 och verksamhetsplan 2020–2022", dnr="2019/071",
          presenters=["Stefan Ohlin"],
          body=["Räddningschef Stefan Ohlin föredrar ärendet. Förslaget innebär ett totalt "
                "medlemsbidrag om 48 650 tkr för 2020, en ökning med 2,9 procent. Medlemsbidraget "
                "fördelas enligt förbundsordningen: Sjöbotten 52 procent, Åby 31 procent och "
                "Granträsk 17 procent."],
          attachments=["Tjänsteskrivelse 2019-10-02", "Förslag till budget 2020 och "
                       "verksamhetsplan 2020–2022"],
          proposal="Direktionen beslutar\n"
                   "att fastställa budget 2020 med ett totalt medlemsbidrag om 48 650 tkr\n"
                   "att fastställa verksamhetsplan för 2020–2022\n"
                   "att fördela medlemsbidraget enligt förbundsordningens fördelningsnyckel",
          yrk=["Göran Pålsson, s, yrkar att medlemsbidraget för 2020 fastställs till 48 100 tkr.",
               "Kerstin Ahl, s, och Ronny Bergqvist, m, yrkar bifall till förslaget."],
          prop="Ordföranden ställer förslaget mot Göran Pålssons yrkande och finner att direktionen "
               "bifaller förslaget.",
          decision="Direktionen beslutar\n"
                   "att fastställa budget 2020 med ett totalt medlemsbidrag om 48 650 tkr\n"
                   "att fastställa verksamhetsplan för 2020–2022\n"
                   "att fördela medlemsbidraget enligt förbundsordningens fördelningsnyckel",
          res="Göran Pålsson, s, reserverar sig mot beslutet till förmån för eget yrkande.",
          send="Medlemskommunerna"),
        I(43, "§43", "Avtal om IVPA med Region Västerfjäll", dnr="2019/064",
          presenters=["Niklas Fahlén"],
          body=["Stf räddningschef Niklas Fahlén föredrar ärendet. Räddningstjänsten larmas i dag "
                "till cirka 140 IVPA-uppdrag per år i Åby och Granträsk. Regionen har erbjudit ett "
                "nytt avtal med höjd ersättning per larm."],
          attachments=["Tjänsteskrivelse 2019-09-25", "Förslag till avtal"],
          proposal="Direktionen beslutar att godkänna avtal med Region Västerfjäll om IVPA-larm (i "
                   "väntan på ambulans) för perioden 2020-01-01–2021-12-31 med en ersättning om "
                   "1 800 kronor per larm.",
          decision="Direktionen beslutar att godkänna avtal med Region Västerfjäll om IVPA-larm (i "
                   "väntan på ambulans) för perioden 2020-01-01–2021-12-31 med en ersättning om "
                   "1 800 kronor per larm.",
          send="Region Västerfjäll"),
        I(44, "§44", "Taxa för tillsyn och tillstånd enligt LSO och LBE 2020", dnr="2019/069",
          body=["Taxan har räknats upp med hänsyn till löneökningar. Timavgiften föreslås höjas "
                "från 1 040 kronor till 1 080 kronor."],
          attachments=["Tjänsteskrivelse 2019-09-27", "Förslag till taxa"],
          proposal="Direktionen beslutar att föreslå medlemskommunernas fullmäktige att anta taxa "
                   "för tillsyn och tillstånd enligt LSO och LBE med en timavgift om 1 080 kronor "
                   "från och med den 1 januari 2020.",
          decision="Direktionen beslutar att föreslå medlemskommunernas fullmäktige att anta taxa "
                   "för tillsyn och tillstånd enligt LSO och LBE med en timavgift om 1 080 kronor "
                   "från och med den 1 januari 2020.",
          send="Medlemskommunernas fullmäktige"),
        I(45, "§45", "Upphandling av höjdfordon", dnr="2019/044",
          jav="Ronny Bergqvist, m, anmäler jäv och lämnar lokalen under ärendets behandling. "
              "Kerstin Ahl leder förhandlingarna.",
          body=["Tre anbud har inkommit. Brandfordon Nord AB har lämnat det ekonomiskt mest "
                "fördelaktiga anbudet. Leverans beräknas till hösten 2020."],
          attachments=["Tjänsteskrivelse 2019-10-01", "Anbudsöppningsprotokoll 2019-09-16"],
          proposal="Direktionen beslutar att tilldela Brandfordon Nord AB kontrakt avseende ett "
                   "höjdfordon till ett pris om 6 800 000 kronor.",
          decision="Direktionen beslutar att tilldela Brandfordon Nord AB kontrakt avseende ett "
                   "höjdfordon till ett pris om 6 800 000 kronor.",
          send="Brandfordon Nord AB, övriga anbudsgivare"),
        I(46, "§46", "Handlingsprogram enligt LSO 2020–2023, samråd", dnr="2019/030",
          body=["Förslaget till nytt handlingsprogram för förebyggande verksamhet och "
                "räddningstjänst har tagits fram i samverkan med medlemskommunerna."],
          attachments=["Förslag till handlingsprogram 2020–2023"],
          decision="Direktionen beslutar att skicka förslaget till handlingsprogram 2020–2023 på "
                   "samråd till medlemskommunerna, Länsstyrelsen och angränsande räddningstjänster.",
          send="Medlemskommunerna, Länsstyrelsen"),
        I(47, "§47", "Delegationsbeslut och meddelanden",
          body=["Delegationsbeslut 2019-06-01 – 2019-09-30 redovisas. Meddelanden: protokoll från "
                "förbundets revisorer 2019-09-12 och Länsstyrelsens tillsynsrapport 2019-08-28."],
          decision="Direktionen beslutar att lägga redovisningen till handlingarna."),
        I(48, "§48", "Mötets avslutande",
          body=["Ordföranden tackar för visat intresse och förklarar mötet avslutat kl. 16.15."]),
    ]
    return people, items


class RtjPdf(Base):
    def header(self):
        self.set_draw_color(0)
        self.set_line_width(0.25)
        x, y, h = 20, 10, 16
        ws = [70, 50, 50]
        txt = ["Räddningstjänsten Sjöbotten\nKommunalförbund", "PROTOKOLL\nDirektionen",
               "Sammanträdesdatum 2019-10-17\nSid %d (%s)" % (self.page_no(), "{nb}")]
        for w, t_ in zip(ws, txt):
            self.rect(x, y, w, h)
            self.set_xy(x + 2, y + 2)
            self.set_font("DVSans", "B" if w == 70 else "", 9)
            self.multi_cell(w - 4, 4.3, t_, align="L")
            x += w
        self.set_y(y + h + 5)

    def footer(self):
        self.set_y(-13)
        self.set_font("DVSans", "", 7)
        self.cell(0, 4, "Justerandes signaturer: ______  ______", align="L")


def render_rtj(people, items):
    pdf = RtjPdf(format="A4")
    pdf.set_margins(20, 30, 20)
    pdf.set_auto_page_break(True, 18)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = "DVSans"

    def lab_line(label, text, h=4.6):
        pdf.set_font(F, "B", 9)
        w = pdf.get_string_width(label + " ") + 1
        y = pdf.get_y()
        pdf.cell(w, h, label)
        pdf.set_font(F, "", 9)
        pdf.set_left_margin(20 + w)
        pdf.multi_cell(170 - w, h, text, align="L", **NX)
        pdf.set_left_margin(20)
        pdf.ln(1.2)

    lab_line("Tid:", "Torsdagen den 17 oktober 2019 kl. 13.00–16.15")
    lab_line("Plats:", "Brandstationen i Åby, lektionssalen")
    pdf.ln(2)

    def fmt(p):
        s = "%s %s, %s, %s" % (p["first"], p["last"], p["pr"], p["org"])
        if p.get("extra"):
            s += ", " + p["extra"]
        return s
    lab_line("Ledamöter:", "; ".join(fmt(p) for p in people if p["grp"] == "L") + ".")
    lab_line("Ersättare:", "; ".join(fmt(p) for p in people if p["grp"] == "E") + ".")
    lab_line("Övriga:", "; ".join(p.get("line") or "%s %s, %s" % (p["first"], p["last"], p["org"])
                                  for p in people if p["grp"] == "O") + ".")
    lab_line("Justerare:", "Stina Hellström")
    lab_line("Justering:", "Brandstationen i Åby 2019-10-24")
    lab_line("Paragrafer:", "§§ 38–48")
    pdf.ln(6)
    y = pdf.get_y()
    signature_line(pdf, 20, y, 50, "Ordförande", "Kerstin Ahl", F)
    signature_line(pdf, 80, y, 50, "Justerare", "Stina Hellström", F)
    signature_line(pdf, 140, y, 50, "Sekreterare", "Maria Kjellberg", F)
    pdf.set_y(y + 18)
    pdf.set_font(F, "", 8)
    pdf.multi_cell(0, 4, "Justeringen har tillkännagivits på förbundets och medlemskommunernas "
                   "anslagstavlor 2019-10-25. Protokollet förvaras på räddningstjänstens kansli, "
                   "Sjöbotten.", align="L", **NX)
    pdf.ln(6)

    def section(label, text, bold=False):
        pdf.room(12)
        pdf.set_font(F, "B", 9)
        pdf.cell(0, 5, label, **NX)
        pdf.set_font(F, "B" if bold else "", 9)
        for ln in text.split("\n"):
            pdf.multi_cell(0, 4.5, ln, align="L", **NX)
        pdf.ln(1.5)

    for it in items:
        pdf.room(30)
        pdf.ln(2)
        pdf.set_fill_color(215)
        pdf.set_font(F, "B", 9.5)
        y = pdf.get_y()
        pdf.cell(16, 7, it["printed_number"], border=1, fill=True)
        pdf.cell(118, 7, it["title"], border=1, fill=True)
        pdf.set_font(F, "", 8)
        pdf.cell(36, 7, ("Dnr " + it["dnr"]) if it.get("dnr") else "", border=1, fill=True,
                 align="R", **NX)
        pdf.ln(2)
        if it.get("jav"):
            section("Jäv", it["jav"])
        if it.get("body"):
            if it["decision"] is None:
                pdf.set_font(F, "", 9)
                pdf.multi_cell(0, 4.5, "\n".join(it["body"]), align="L", **NX)
                pdf.ln(1)
            else:
                section("Ärendebeskrivning", "\n".join(it["body"]))
        if it["attachments"]:
            section("Beslutsunderlag", "\n".join(it["attachments"]))
        if it["proposal"]:
            section("Förslag till beslut", it["proposal"])
        if it.get("yrk"):
            section("Yrkanden", "\n".join(it["yrk"]))
        if it.get("prop"):
            section("Propositionsordning", it["prop"])
        if it["decision"]:
            section("Beslut", it["decision"], bold=False)
        if it.get("res"):
            section("Reservation", it["res"])
        if it.get("send"):
            pdf.set_font(F, "I", 8.5)
            pdf.cell(0, 4.5, "Delges: " + it["send"], **NX)
    return pdf


def make_rtj():
    people, items = rtj_data()
    pdf = render_rtj(people, items)
    path = os.path.join(OUT, "sjobotten-rtj-direktion-2019-10-17-protokoll.pdf")
    pdf.output(path)
    doc = dict(kind="protokoll", organ="Direktionen", date="2019-10-17", start="13:00",
               end="16:15", location="Brandstationen i Åby, lektionssalen", items=items,
               people=people)
    doc["notes"] = (
        "Invented document: Räddningstjänsten Sjöbotten, a kommunalförbund (members Sjöbotten, Åby, "
        "Granträsk); organ = 'Direktionen' (the förbund's name goes here in notes, like an "
        "association's board). Text PDF, DejaVu Sans 9 pt. Boxed three-cell header on every page "
        "('Sid n (N)'). Each paragraph opens with a shaded table row: '§42' (no space) | title | "
        "'Dnr 2019/071'. Decisions are 'Direktionen beslutar' followed by att-lines without "
        "bullets (kept line by line). '§38 Mötets öppnande' and '§48 Mötets avslutande' record no "
        "decision (null) - their sentences give start 13:00 and end 16:15, consistent with 'Tid:'. "
        "§46 and §47 have no Förslag block (proposal null). 'Delges:' lines are not part of the "
        "decision. Presenters: §41 Maria Kjellberg ('redovisar'), §42 Stefan Ohlin and §43 "
        "Niklas Fahlén ('föredrar'). Participants are printed in prose, party in lower case after a "
        "comma ('Kerstin Ahl, s, Sjöbotten, ordförande'); gold party is upper-cased (S, M, C, KD) "
        "and organization holds the member kommun as printed ('Sjöbotten'). Stina Hellström "
        "(ledamot, justerare) -> 'justerare' (one entry per person). Bertil Sundqvist "
        "'tjänstgörande ersättare för Majvor Lindgren, s' -> tjänstgörande ersättare; Majvor "
        "Lindgren excluded. Ersättare line (Helena Strid, Ove Danielsson) = ej tjänstgörande "
        "ersättare. Maria Kjellberg 'administrativ chef, sekreterare' -> sekreterare with "
        "organization 'administrativ chef'.")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^Räddningstjänsten Sjöbotten", r"^Kommunalförbund",
                                  r"^PROTOKOLL", r"^Direktionen$", r"^Sammanträdesdatum 2019",
                                  r"^Sid \d", r"^Justerandes signaturer"])
    return path


# ==================================================================================
# 5. Sundholms kommun (Finland), Kommunstyrelsen 12.9.2023 - protokoll. DejaVu Serif
#    Condensed 10 pt. Finnish cover (Sammanträdestid, Närvarande ledamöter as "Efternamn
#    Förnamn", Frånvarande, Övriga närvarande, Protokolljusterare, framlagt till påseende),
#    paragraphs "45 § Title", handling blocks labelled in a margin column ("TN 22.8.2023 52 §",
#    "KST 12.9.2023 44 §"), run-in labels "Beredning:", "Förslag:", "Beslut:", euro amounts,
#    final page Besvärsanvisning.
# ==================================================================================

def fin_data():
    P = person
    people = [
        P("Ann-Christin", "Sjöblom", None, "ordförande", pr="ordförande", grp="L"),
        P("Mikael", "Granholm", None, "vice ordförande", pr="viceordförande", grp="L"),
        P("Mia", "Lassfolk", None, "justerare", grp="L"),
        P("Jari", "Nyman", None, "ledamot", grp="L"),
        P("Tor", "Åkerlund", None, "justerare", grp="L"),
        P("Elin", "Kronqvist", None, "ledamot", grp="L"),
        P("Kaj", "Forsman", None, "tjänstgörande ersättare", pr="ersättare för Westerholm Anna",
          grp="L"),
        P("Anna", "Westerholm", None, "ledamot", grp="F", gold=False),
        P("Henrik", "Ek", None, "övrig", org="fullmäktiges ordförande", grp="O"),
        P("Rasmus", "Lindqvist", None, "övrig", org="kommundirektör, föredragande", grp="O"),
        P("Johanna", "Holm", None, "sekreterare", org="förvaltningschef",
          pr="förvaltningschef, protokollförare", grp="O"),
        P("Sara", "Höglund", None, "övrig", org="ekonomichef, 43 §", grp="O"),
    ]
    KD = "Beredning: kommundirektör Rasmus Lindqvist, tfn 040 731 2204, rasmus.lindqvist@sundholm.fi"
    I = item
    items = [
        I(41, "41 §", "Sammanträdets laglighet och beslutförhet",
          blocks=[("KST 12.9.2023\n41 §", None,
                   ["Kommunstyrelsens sammanträden sammankallas av ordföranden. Kallelsen ska "
                    "sändas minst fyra dagar före sammanträdet. Kommunstyrelsen är beslutför när "
                    "mer än hälften av ledamöterna är närvarande."],
                   "Sammanträdet konstateras vara lagligen sammankallat och beslutfört.", "Förslag:",
                   "Förslaget godkändes.")]),
        I(42, "42 §", "Val av protokolljusterare",
          blocks=[("KST 12.9.2023\n42 §", None, [],
                   "Kommunstyrelsen väljer två protokolljusterare. Protokollet justeras 14.9.2023.",
                   "Förslag:", "Till protokolljusterare valdes Mia Lassfolk och Tor Åkerlund.")]),
        I(43, "43 §", "Delårsrapport 1.1–30.6.2023", dnr="198/02.02.02/2023",
          presenters=["Sara Höglund"], attachments=["Delårsrapport 1.1–30.6.2023"],
          blocks=[("KST 12.9.2023\n43 §",
                   "Beredning: ekonomichef Sara Höglund, tfn 040 731 2210",
                   ["Verksamhetsbidraget för perioden uppgick till -8,4 miljoner euro, vilket är 0,3 "
                    "miljoner euro bättre än budgeterat. Skatteinkomsterna ökade med 4,1 procent "
                    "jämfört med motsvarande period 2022. Bildningsnämndens personalkostnader "
                    "överskrider budgeten med 112 000 euro.",
                    "Ekonomichef Sara Höglund redogjorde för delårsrapporten vid sammanträdet."],
                   "Kommunstyrelsen godkänner delårsrapporten för perioden 1.1–30.6.2023 och "
                   "delger den kommunfullmäktige för kännedom.", "Förslag:",
                   "Förslaget godkändes.")],
          send="Kommunfullmäktige, revisionsnämnden"),
        I(44, "44 §", "Detaljplaneändring för Hamnbacken", dnr="142/10.02.03/2023",
          attachments=["Planbeskrivning Hamnbacken 15.8.2023", "Plankarta Hamnbacken 15.8.2023"],
          blocks=[("TN 22.8.2023\n52 §",
                   "Beredning: byggnadsinspektör Kim Sandvik, tfn 040 731 2251",
                   ["Detaljplaneändringen gäller kvarteren 12–14 vid Hamnbacken och möjliggör "
                    "radhus och parhus i två våningar. Planförslaget har varit framlagt 3.5–2.6.2023. "
                    "Två anmärkningar har lämnats in; bemötandena framgår av planbeskrivningen."],
                   "Tekniska nämnden godkänner planförslaget och föreslår för kommunstyrelsen att "
                   "detaljplaneändringen för Hamnbacken godkänns.", "Förslag:",
                   "Förslaget godkändes."),
                  ("KST 12.9.2023\n44 §", KD, [],
                   "Kommunstyrelsen föreslår för kommunfullmäktige att detaljplaneändringen för "
                   "Hamnbacken godkänns.", "Förslag:", "Förslaget godkändes.")],
          send="Kommunfullmäktige"),
        I(45, "45 §", "Samarbetsavtal om gemensam miljöhälsovård med Kvarnby stad",
          dnr="231/00.04.01/2023",
          attachments=["Samarbetsavtal om miljöhälsovård, utkast 28.8.2023"],
          blocks=[("KST 12.9.2023\n45 §", KD,
                   ["Sundholms kommun och Kvarnby stad har förhandlat om en gemensam enhet för "
                    "miljöhälsovården med Kvarnby stad som värdkommun. Enheten sköter "
                    "livsmedelstillsyn, hälsoskydd och veterinärvård för båda kommunerna.",
                    "Sundholms andel av kostnaderna beräknas till 186 000 euro per år. Avtalet kan "
                    "sägas upp med tolv månaders uppsägningstid."],
                   "Kommunstyrelsen föreslår för kommunfullmäktige att samarbetsavtalet om "
                   "gemensam miljöhälsovård med Kvarnby stad godkänns för tiden "
                   "1.1.2024–31.12.2027.", "Kommundirektörens förslag:",
                   "Kommunstyrelsen beslöt med rösterna 5–2 att godkänna kommundirektörens "
                   "förslag.")],
          vote_text=["Jari Nyman föreslog, understödd av Elin Kronqvist, att ärendet återremitteras "
                     "för ytterligare beredning av kostnadsfördelningen.",
                     "Ordföranden konstaterade att två förslag föreligger och att omröstning ska "
                     "förrättas. Omröstningsproposition: de som omfattar kommundirektörens förslag "
                     "röstar ja, de som omfattar Jari Nymans förslag röstar nej."],
          vote={"Ja": ["Ann-Christin Sjöblom", "Mikael Granholm", "Mia Lassfolk", "Tor Åkerlund",
                       "Kaj Forsman"], "Nej": ["Jari Nyman", "Elin Kronqvist"]},
          res="Jari Nyman och Elin Kronqvist reserverade sig mot beslutet.",
          send="Kommunfullmäktige, Kvarnby stad"),
        I(46, "46 §", "Tilläggsanslag för skolskjutsar 2023", dnr="207/02.02.01/2023",
          jav="Elin Kronqvist anmälde jäv (förvaltningslagen 28 § 1 mom. 2 punkten) och deltog inte "
              "i behandlingen av ärendet.",
          blocks=[("KST 12.9.2023\n46 §", KD,
                   ["Bildningsnämnden har anhållit om tilläggsanslag för skolskjutsar. Det nya "
                    "skjutsavtalet som trädde i kraft 1.8.2023 är dyrare än beräknat och "
                    "elevantalet i Norrby skola har ökat."],
                   "Kommunstyrelsen föreslår för fullmäktige ett tilläggsanslag om 48 000 euro för "
                   "skolskjutsar inom bildningsnämndens resultatområde.", "Förslag:",
                   "Förslaget godkändes.")],
          send="Kommunfullmäktige, bildningsnämnden"),
        I(47, "47 §", "Hyresavtal för daghemmet Solstrålen", dnr="219/02.07.01/2023",
          blocks=[("KST 12.9.2023\n47 §", KD,
                   ["Daghemmet Solstrålen flyttar till de renoverade lokalerna på Skolvägen 4 som "
                    "ägs av kommunens bostadsbolag."],
                   "Kommunstyrelsen godkänner hyresavtalet med Fastighets Ab Sundholms "
                   "Hyresbostäder för daghemmet Solstrålen. Hyran är 3 250 euro per månad och "
                   "avtalet gäller tills vidare från 1.10.2023.", "Förslag:",
                   "Kommunstyrelsen godkände hyresavtalet med Fastighets Ab Sundholms "
                   "Hyresbostäder för daghemmet Solstrålen. Hyran är 3 250 euro per månad och "
                   "avtalet gäller tills vidare från 1.10.2023.")],
          send="Bildningsnämnden, Fastighets Ab Sundholms Hyresbostäder"),
        I(48, "48 §", "Delegeringsbeslut",
          blocks=[("KST 12.9.2023\n48 §", KD,
                   ["Kommundirektörens beslut 1–14/2023 och ekonomichefens beslut 9–12/2023."],
                   "Kommunstyrelsen antecknar delegeringsbesluten för kännedom.", "Förslag:",
                   "Förslaget godkändes.")]),
        I(49, "49 §", "Anmälningsärenden",
          blocks=[("KST 12.9.2023\n49 §", KD,
                   ["- Regionförvaltningsverkets beslut 22.8.2023 om tillstånd för skolskjutsar",
                    "- Protokoll från välfärdsområdets kommundelegation 30.8.2023"],
                   "Kommunstyrelsen antecknar anmälningsärendena för kännedom.", "Förslag:",
                   "Antecknades för kännedom.")]),
    ]
    for it in items:
        cur = it["blocks"][-1]
        it["proposal"] = cur[3]
        it["decision"] = cur[5]
    return people, items


class FinPdf(Base):
    def header(self):
        self.set_font("DVSerifC", "B", 10)
        self.set_xy(18, 11)
        self.cell(60, 5, "SUNDHOLMS KOMMUN")
        self.set_font("DVSerifC", "", 10)
        self.set_xy(95, 11)
        self.cell(40, 5, "PROTOKOLL")
        self.set_xy(150, 11)
        self.cell(42, 5, "Sida %d" % self.page_no(), align="R")
        if self.page_no() > 1:
            self.set_xy(18, 16)
            self.cell(60, 5, "Kommunstyrelsen")
            self.set_xy(95, 16)
            self.cell(40, 5, "12.9.2023")
            self.set_xy(150, 16)
            self.cell(42, 5, "Nr 11/2023", align="R")
        self.set_draw_color(60)
        self.line(18, 22.5, 192, 22.5)
        self.set_y(28)

    def footer(self):
        self.set_y(-14)
        self.set_font("DVSerifC", "", 7.5)
        self.cell(0, 4, "Ordförandens signatur          Protokolljusterarnas signaturer          "
                  "Utdragets riktighet bestyrkes", align="C")


def render_fin(people, items):
    pdf = FinPdf(format="A4")
    pdf.set_margins(18, 28, 18)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    F = "DVSerifC"
    LW = 45

    def row(label, text, style=""):
        pdf.room(12)
        y = pdf.get_y()
        pdf.set_font(F, "B", 9.5)
        pdf.set_xy(18, y)
        pdf.multi_cell(LW - 3, 4.8, label, align="L", **NX)
        yl = pdf.get_y()
        pdf.set_xy(18 + LW, y)
        pdf.set_font(F, style, 10)
        pdf.set_left_margin(18 + LW)
        pdf.multi_cell(0, 4.8, text, align="L", **NX)
        pdf.set_left_margin(18)
        pdf.set_y(max(yl, pdf.get_y()) + 3)

    pdf.set_font(F, "B", 14)
    pdf.cell(0, 8, "Kommunstyrelsen", **NX)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5, "Nr 11/2023", **NX)
    pdf.ln(4)
    row("Sammanträdestid", "12.9.2023 kl. 18.00–20.35")
    row("Sammanträdesplats", "Kommungården, sessionssalen")
    def fmt(p):
        s = p["last"] + " " + p["first"]
        return s + (", " + p["pr"] if p.get("pr") else "")
    row("Närvarande ledamöter", "\n".join(fmt(p) for p in people if p["grp"] == "L"))
    row("Frånvarande", "\n".join(fmt(p) for p in people if p["grp"] == "F"))
    row("Övriga närvarande", "\n".join("%s %s, %s" % (p["last"], p["first"], p.get("pr") or p["org"])
                                        for p in people if p["grp"] == "O"))
    row("Paragrafer", "41–49 §")
    pdf.ln(2)
    y = pdf.get_y()
    pdf.set_font(F, "B", 9.5)
    pdf.cell(LW, 5, "Underskrifter")
    signature_line(pdf, 18 + LW, y + 10, 55, "Ordförande", "Ann-Christin Sjöblom", F)
    signature_line(pdf, 18 + LW + 65, y + 10, 55, "Protokollförare", "Johanna Holm", F)
    pdf.set_y(y + 26)
    row("Protokolljusterare", "Sundholm 14.9.2023")
    y = pdf.get_y() + 6
    signature_line(pdf, 18 + LW, y, 55, "", "Mia Lassfolk", F)
    signature_line(pdf, 18 + LW + 65, y, 55, "", "Tor Åkerlund", F)
    pdf.set_y(y + 16)
    row("Protokollet framlagt till påseende", "Kommungården 15.9.2023\nIntygar: Lena Vik, kanslist")

    pdf.add_page()
    for it in items:
        pdf.room(40)
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_font(F, "B", 11)
        pdf.cell(LW, 6, it["printed_number"])
        pdf.set_left_margin(18 + LW)
        pdf.multi_cell(0, 6, it["title"], align="L", **NX)
        pdf.set_left_margin(18)
        if it.get("dnr"):
            pdf.set_font(F, "", 8.5)
            pdf.set_xy(18, y + 6)
            pdf.cell(LW, 4, "Dnr " + it["dnr"])
            pdf.set_y(max(pdf.get_y() + 4, y + 12))
        pdf.ln(2)
        for bi, (mlabel, bered, paras, prop, plabel, dec) in enumerate(it["blocks"]):
            pdf.room(25)
            y = pdf.get_y()
            pdf.set_font(F, "", 9)
            pdf.set_xy(18, y)
            pdf.multi_cell(LW - 4, 4.4, mlabel, align="L", **NX)
            yl = pdf.get_y()
            pdf.set_xy(18 + LW, y)
            pdf.set_left_margin(18 + LW)
            pdf.set_font(F, "", 10)
            if bered:
                pdf.set_font(F, "I", 9.5)
                pdf.multi_cell(0, 4.8, bered, align="L", **NX)
                pdf.ln(2)
            if it.get("jav") and bi == len(it["blocks"]) - 1:
                pdf.set_font(F, "", 10)
                pdf.multi_cell(0, 4.8, "**Jäv:** " + it["jav"], markdown=True, align="L", **NX)
                pdf.ln(2)
            pdf.set_font(F, "", 10)
            for ptxt in paras:
                pdf.multi_cell(0, 4.8, ptxt, align="L", **NX)
                pdf.ln(1.5)
            if bi == len(it["blocks"]) - 1 and it["attachments"]:
                pdf.multi_cell(0, 4.8, "\n".join("Bilaga: " + a for a in it["attachments"]),
                               align="L", **NX)
                pdf.ln(1.5)
            pdf.multi_cell(0, 4.8, "**%s** %s" % (plabel, prop), markdown=True, align="L", **NX)
            pdf.ln(1.5)
            if it.get("vote") and bi == len(it["blocks"]) - 1:
                for v in it["vote_text"]:
                    pdf.multi_cell(0, 4.8, v, align="L", **NX)
                    pdf.ln(1)
                pdf.set_font(F, "B", 9)
                pdf.cell(55, 4.6, "Ledamot", border="B")
                pdf.cell(15, 4.6, "Ja", border="B", align="C")
                pdf.cell(15, 4.6, "Nej", border="B", align="C", **NX)
                pdf.set_font(F, "", 9)
                for n in it["vote"]["Ja"] + it["vote"]["Nej"]:
                    pdf.cell(55, 4.3, n)
                    pdf.cell(15, 4.3, "x" if n in it["vote"]["Ja"] else "", align="C")
                    pdf.cell(15, 4.3, "x" if n in it["vote"]["Nej"] else "", align="C", **NX)
                pdf.set_font(F, "", 10)
                pdf.multi_cell(0, 4.8, "Omröstningsresultat: %d ja-röster och %d nej-röster." %
                               (len(it["vote"]["Ja"]), len(it["vote"]["Nej"])), align="L", **NX)
                pdf.ln(1.5)
            pdf.multi_cell(0, 4.8, "**Beslut:** " + dec, markdown=True, align="L", **NX)
            pdf.ln(1.5)
            if bi == len(it["blocks"]) - 1:
                if it.get("res"):
                    pdf.multi_cell(0, 4.8, "**Reservation:** " + it["res"], markdown=True,
                                   align="L", **NX)
                    pdf.ln(1.5)
                if it.get("send"):
                    pdf.set_font(F, "", 9)
                    pdf.multi_cell(0, 4.6, "Delges: " + it["send"], align="L", **NX)
            pdf.set_left_margin(18)
            pdf.set_y(max(yl, pdf.get_y()) + 3)
        pdf.set_draw_color(170)
        pdf.line(18, pdf.get_y(), 192, pdf.get_y())

    # Besvärsanvisning
    pdf.add_page()
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "BESVÄRSANVISNING", **NX)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(0, 4.6, "Anvisning för begäran om omprövning och besvär", align="L", **NX)
    pdf.ln(2)
    for lab, txt in [
        ("Besvärsförbud", "Paragrafer: 41, 42, 48, 49. Enligt 136 § kommunallagen får "
         "omprövning inte begäras och kommunalbesvär inte anföras över beslut som gäller endast "
         "beredning eller verkställighet."),
        ("Anvisning för begäran om omprövning", "Paragrafer: 43, 46, 47. Den som är missnöjd med "
         "beslutet kan framställa ett skriftligt omprövningsyrkande. Omprövning begärs hos "
         "kommunstyrelsen, Kommungården, Strandvägen 2, 68999 Sundholm. Omprövning ska begäras "
         "inom 14 dagar från delfåendet av beslutet."),
        ("Besvärsanvisning", "Paragrafer: 44, 45. Ändring i beslutet får sökas genom "
         "kommunalbesvär hos Vasa förvaltningsdomstol inom 30 dagar från delfåendet av beslutet. "
         "Besvär får anföras av den som beslutet avser eller vars rätt, skyldighet eller fördel "
         "direkt påverkas av beslutet samt av kommunmedlemmarna."),
    ]:
        pdf.set_font(F, "B", 10)
        pdf.multi_cell(0, 5, lab, align="L", **NX)
        pdf.set_font(F, "", 9.5)
        pdf.multi_cell(0, 4.6, txt, align="L", **NX)
        pdf.ln(3)
    return pdf


def make_fin():
    people, items = fin_data()
    pdf = render_fin(people, items)
    path = os.path.join(OUT, "sundholm-kst-2023-09-12-protokoll.pdf")
    pdf.output(path)
    doc = dict(kind="protokoll", organ="Kommunstyrelsen", date="2023-09-12", start="18:00",
               end="20:35", location="Kommungården, sessionssalen", items=items, people=people)
    doc["notes"] = (
        "Invented Finland-Swedish document (Sundholms kommun, Kommunstyrelsen, protokoll nr 11/2023). "
        "Text PDF, DejaVu Serif Condensed 10 pt. Dates in Finnish form ('12.9.2023'); paragraphs "
        "are printed '45 §' (number before the sign) with the title on the same line and 'Dnr …' "
        "under the number; each handling sits right of a margin label ('KST 12.9.2023 / 44 §', "
        "'TN 22.8.2023 / 52 §'). Run-in labels 'Beredning:', 'Förslag:' / 'Kommundirektörens "
        "förslag:', 'Beslut:'; decision = text after 'Beslut:' of the CURRENT handling (KST), e.g. "
        "'Förslaget godkändes.'. 44 § reprints the earlier Tekniska nämnden handling 22.8.2023 "
        "52 § with its own Förslag/Beslut; those are not used (proposal/decision from the KST "
        "block) and 52 § is not an item. 'Delges:', 'Reservation:' and the vote table (45 §) are not "
        "part of the decision. Attachments = 'Bilaga:' lines. Presenters: 43 § Sara Höglund "
        "('redogjorde för'); 'Beredning:' names and Rasmus Lindqvist's 'föredragande' role are not "
        "counted as presenting. Participants: names printed 'Efternamn Förnamn' on the cover, turned "
        "around; no parties printed (null). 'viceordförande' -> vice ordförande; protokolljusterare "
        "Mia Lassfolk and Tor Åkerlund (plain ledamöter) -> justerare; Kaj Forsman 'ersättare för "
        "Westerholm Anna' -> tjänstgörande ersättare; Anna Westerholm (Frånvarande) excluded; Johanna "
        "Holm 'förvaltningschef, protokollförare' -> sekreterare with organization "
        "'förvaltningschef'; 'Intygar: Lena Vik, kanslist' certifies the public display and is not a "
        "participant. The last page (Besvärsanvisning) lists paragraph numbers but holds no items. "
        "Amounts are in euro.")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^SUNDHOLMS KOMMUN", r"^Kommunstyrelsen 12\.9\.2023 Nr",
                                  r"^Ordförandens signatur"])
    return path


# ==================================================================================
# 6. Ljungsjö kommun, Kommunstyrelsen 1986-04-15 - typewritten protokoll, SCANNED.
#    Pre-scan PDF: Courier 12 pt (10 pitch) set character by character with baseline
#    jitter and uneven ink; then rasterised, rotated, blurred, specked (image only).
#    Items "KS § 87" in a left margin, title on the same line.
# ==================================================================================

import textwrap


def ty_data():
    P = person
    people = [
        P("Gustav", "Lind", "C", "ordförande", line="Gustav Lind (c), ordf"),
        P("Ingvar", "Ström", "S", "vice ordförande", line="Ingvar Ström (s), v ordf"),
        P("Arne", "Persson", "M", "justerare", line="Arne Persson (m)"),
        P("Gerd", "Holmqvist", "S", "ledamot", line="Gerd Holmqvist (s)"),
        P("Sture", "Berg", "FP", "ledamot", line="Sture Berg (fp)"),
        P("Elsa", "Jonsson", "S", "ledamot", line="Elsa Jonsson (s)"),
        P("Karl-Axel", "Nord", "C", "tjänstgörande ersättare",
          line="Karl-Axel Nord (c), tjg ersättare för Valter Lundh (c)"),
        P("Bertil", "Holm", None, "övrig", org="kommunchef", line="Bertil Holm, kommunchef"),
        P("Ulla", "Frid", None, "sekreterare", org=None, line="Ulla Frid, sekreterare"),
    ]
    I = item
    items = [
        I(87, "KS § 87", "Fördelning av bidrag till studieförbunden 1986", dnr="86.114-805",
          body=["Kultur- och fritidsnämnden har i skrivelse 1986-03-20 föreslagit hur årets "
                "anslag om 186 000 kr till studieförbundens verksamhet ska fördelas. Fördelningen "
                "grundar sig på antalet redovisade studietimmar under 1985."],
          proposal="Kommunstyrelsen fördelar 186 000 kr till studieförbunden enligt kultur- och "
                   "fritidsnämndens förslag.",
          decision="Kommunstyrelsen beslutar\n"
                   "att fördela 186 000 kr till studieförbunden enligt kultur- och "
                   "fritidsnämndens förslag.",
          send=["Kultur- och fritidsnämnden", "Studieförbunden"]),
        I(88, "KS § 88", "Yttrande över arbetsplan för väg 611", dnr="86.071-311",
          body=["Vägverket har översänt arbetsplan för ombyggnad av väg 611 delen "
                "Ljungsjö - Norrtorp för yttrande. Byggnadsnämnden har i skrivelse 1986-03-27 "
                "tillstyrkt planen."],
          decision="Kommunstyrelsen beslutar\n"
                   "att som sitt yttrande överlämna byggnadsnämndens skrivelse 1986-03-27\n"
                   "att därutöver framhålla behovet av en gång- och cykelväg förbi Ljungsjö skola.",
          send=["Vägverket, region Mitt", "Byggnadsnämnden"]),
        I(89, "KS § 89", "Försäljning av tomt, Ljungsjö 3:41", dnr="86.098-256",
          jav="Ingvar Ström anmäler jäv och deltar ej i handläggningen.",
          body=["Lars och Birgit Sandén har anmält intresse av att köpa tomten Ljungsjö 3:41 om "
                "1 120 kvm i Södra Backen. Priset har beräknats enligt kommunens taxa för "
                "villatomter."],
          proposal="Kommunstyrelsen säljer tomten Ljungsjö 3:41 till Lars och Birgit Sandén "
                   "för 48 500 kr.",
          decision="Kommunstyrelsen beslutar\n"
                   "att sälja tomten Ljungsjö 3:41 om 1 120 kvm till Lars och Birgit Sandén för "
                   "48 500 kr.",
          send=["Köparna", "Fastighetskontoret"]),
    ]
    return people, items


def ty_lines(people, items):
    """Return a list of pages, each a list of typed lines (monospace grid, 66 columns)."""
    W = 66
    pages = []
    L = []

    def head(blad):
        L.append("LJUNGSJÖ KOMMUN".ljust(36) + "SAMMANTRÄDESPROTOKOLL")
        L.append(" " * 36 + "Sammanträdesdatum".ljust(22) + "Blad")
        L.append("Kommunstyrelsen".ljust(36) + "1986-04-15".ljust(22) + str(blad))
        L.append("-" * W)
        L.append("")

    def labeled(label, lines_):
        first = True
        for ln in lines_:
            L.append((label if first else "").ljust(18) + ln)
            first = False
        L.append("")

    head(1)
    labeled("Plats och tid", ["Kommunalhuset, Ljungsjö, kl 14.00-16.30"])
    labeled("Beslutande", [p["line"] for p in people if p["role"] not in ("övrig", "sekreterare")])
    labeled("Övriga deltagande", [p["line"] for p in people if p["role"] in ("övrig", "sekreterare")])
    labeled("Utses att justera", ["Arne Persson"])
    L.append("Justeringens")
    labeled("plats och tid", ["Kommunkansliet 1986-04-18"])
    L.append("")
    L.append("Underskrifter     Sekreterare ...........................  Paragrafer")
    L.append("                              Ulla Frid                    87-89")
    L.append("")
    L.append("")
    L.append("                  Ordförande  ...........................")
    L.append("                              Gustav Lind")
    L.append("")
    L.append("")
    L.append("                  Justerande  ...........................")
    L.append("                              Arne Persson")
    L.append("")
    L.append("-" * W)
    L.append("ANSLAG/BEVIS")
    L.append("Protokollet är justerat. Justeringen har tillkännagivits genom")
    L.append("anslag 1986-04-21.")
    L.append("Förvaringsplats för protokollet: Kommunkansliet")
    pages.append(L)

    L = []
    head(2)
    for it in items:
        tw = textwrap.TextWrapper(width=W - 10)
        L.append(("KS § %d" % it["number"]).ljust(10) + it["title"])
        L.append(" " * 10 + "Dnr " + it["dnr"])
        L.append("")
        if it.get("jav"):
            for ln in tw.wrap(it["jav"]):
                L.append(" " * 10 + ln)
            L.append("")
        for b in it["body"]:
            for ln in tw.wrap(b):
                L.append(" " * 10 + ln)
            L.append("")
        if it["proposal"]:
            L.append(" " * 10 + "Arbetsutskottets förslag")
            for ln in tw.wrap(it["proposal"]):
                L.append(" " * 10 + ln)
            L.append("")
        L.append(" " * 10 + "Beslut")
        L.append(" " * 10 + "\x01")   # marker: underline previous word
        for part in it["decision"].split("\n"):
            wrapped = textwrap.wrap(part, width=W - 14)
            for k, ln in enumerate(wrapped):
                L.append(" " * 10 + ("" if k == 0 else "    ") + ln)
        L.append("")
        L.append(" " * 10 + "Exp: " + it["send"][0])
        for s in it["send"][1:]:
            L.append(" " * 15 + s)
        L.append("")
        L.append("")
    L.append(" " * 10 + "Justerandes sign:        Utdragsbestyrkande:")
    pages.append(L)
    return pages


def render_ty(pages, seed=1986):
    rng = np.random.default_rng(seed)
    pdf = Base(format="A4")
    pdf.set_auto_page_break(False)
    CW = 72.0 / 10 / 72 * 25.4     # 10 pitch
    LH = 25.4 / 6                   # 6 lines per inch
    for lines in pages:
        pdf.add_page()
        pdf.set_font("Courier", "", 12)
        x0 = 24 + rng.uniform(-1, 1)
        y = 22
        line_skew = 0.0
        for ln in lines:
            if ln.strip() == "\x01":
                # underline the word "Beslut" typed on the previous line
                pdf.set_draw_color(40)
                pdf.set_line_width(0.25)
                xs = x0 + 10 * CW
                pdf.line(xs, y - LH + 0.9, xs + 6 * CW, y - LH + 0.9)
                continue
            line_skew = rng.normal(0, 0.08)
            for i, ch in enumerate(ln):
                if ch == " ":
                    continue
                g = int(np.clip(rng.normal(35, 18), 0, 110))
                pdf.set_text_color(g, g, g)
                dy = rng.normal(0, 0.12) + line_skew
                dx = rng.normal(0, 0.06)
                pdf.text(x0 + i * CW + dx, y + dy, ch)
            y += LH
    return pdf


def make_ty():
    people, items = ty_data()
    pages = ty_lines(people, items)
    pdf = render_ty(pages)
    pre = os.path.join(PRESCAN, "ljungsjo-ks-1986-04-15-protokoll.prescan.pdf")
    pdf.output(pre)
    path = os.path.join(OUT, "ljungsjo-ks-1986-04-15-protokoll.pdf")
    doc = dict(kind="protokoll", organ="Kommunstyrelsen", date="1986-04-15", start="14:00",
               end="16:30", location="Kommunalhuset, Ljungsjö", items=items, people=people)
    doc["notes"] = (
        "Invented 1980s typewritten protokoll (Ljungsjö kommun, Kommunstyrelsen). SCANNED: both "
        "pages are JPEG images without a text layer (typewriter Courier 10 pitch with uneven ink "
        "and jittered baselines, 200 dpi, rotated about 0.9° and -1.1°, blur, noise, specks, "
        "punch holes, scanner edge shadow); the text was set from the same data in "
        "prescan/ljungsjo-ks-1986-04-15-protokoll.prescan.pdf. Page 1 is the front sheet "
        "(Plats och tid, Beslutande, Övriga deltagande, Utses att justera, Justeringens plats och "
        "tid, Underskrifter with 'Paragrafer 87-89', ANSLAG/BEVIS); page 2 holds KS § 87-89, "
        "number in a left margin and title on the same line, 'Dnr 86.114-805' below. Decision = "
        "text under the underlined 'Beslut' ('Kommunstyrelsen beslutar' + att-lines; typed "
        "continuation lines indented and re-joined in the gold); 'Exp:' lines are not part of the "
        "decision. Proposal = text under 'Arbetsutskottets förslag' (KS § 87 and § 89; § 88 has "
        "none, null). No presenters. Participants: 1980s party abbreviations in "
        "lower case '(c)', '(s)', '(m)', '(fp)' -> upper-cased in gold (C, S, M, FP); 'ordf' -> "
        "ordförande, 'v ordf' -> vice ordförande (Ingvar Ström); Arne Persson, the justerare, is a "
        "plain ledamot -> 'justerare'; Karl-Axel Nord 'tjg ersättare för Valter Lundh (c)' -> "
        "tjänstgörande ersättare, Valter Lundh excluded; Ulla Frid 'sekreterare' -> sekreterare. "
        "Lars and Birgit Sandén (§ 89 buyers) are not participants.")
    check(doc, pre, strip_lines=[r"^LJUNGSJÖ KOMMUN", r"^\s*Sammanträdesdatum", r"^Kommunstyrelsen\s+1986",
                                 r"^-{20,}"])
    scan(pre, path, dpi=200, angles=(0.9, -1.1), seed=86, paper=238, typewriter=True, blur=0.7,
         noise=9.0, specks=420)
    write_gold(doc, path, True)
    return path


# ==================================================================================
# 7. Ekeråsa kommun, Kultur- och fritidsnämnden 2025-02-18 - kallelse. DejaVu Sans 10.
#    Letter ("Kallelse till sammanträde", Tid:, Plats:) and a bordered agenda table with
#    columns Nr | Ärende | Föredragande | Tid, numbers printed "1)", "Dnr" inside the
#    Ärende cell, an unnumbered "Paus" row. Called members in a table with bare party
#    letters ("S").
# ==================================================================================

def kfn_data():
    P = person
    people = [
        P("Marie", "Ljung", "S", "ordförande", pr="ordförande", grp="L"),
        P("Hugo", "Lindell", "M", "vice ordförande", pr="vice ordförande", grp="L"),
        P("Emelie", "Sjöstrand", "S", "ledamot", grp="L"),
        P("Nadia", "Karimi", "S", "ledamot", grp="L"),
        P("Kurt", "Åman", "SD", "ledamot", grp="L"),
        P("Bo", "Gren", "C", "ledamot", grp="L"),
        P("Lisa", "Fröberg", "L", "ledamot", grp="L"),
        P("Tove", "Backlund", "S", "ersättare", grp="E"),
        P("Göran", "Wist", "M", "ersättare", grp="E"),
        P("Elvira", "Ström", "SD", "ersättare", grp="E"),
        P("Jan", "Holst", "C", "ersättare", grp="E"),
        P("Sofia", "Hedlund", None, "sekreterare", org="nämndsekreterare", grp="S"),
    ]
    I = item
    rows = [
        I(1, "1)", "Upprop och val av justerare", pres=["Marie Ljung, ordförande"], t="13.15"),
        I(2, "2)", "Godkännande av dagordning"),
        I(3, "3)", "Information från förvaltningen",
          pres=["Lina Åberg, kultur- och fritidschef"], t="13.20"),
        I(4, "4)", "Verksamhetsberättelse 2024", dnr="KFN 2025/8", pres=["Lina Åberg"], t="13.40"),
        I(5, "5)", "Bokslut 2024 och ekonomisk uppföljning", dnr="KFN 2025/9",
          pres=["Johan Pettersson, controller"], t="14.00"),
        I(6, "6)", "Fördelning av verksamhetsbidrag till föreningar 2025", dnr="KFN 2025/3",
          pres=["Cecilia Borg, föreningskonsulent"], t="14.20"),
        I(7, "7)", "Hyresavtal för ridanläggningen i Västerby", dnr="KFN 2024/188",
          pres=["Anders Grip, fritidschef", "Cecilia Borg"], t="14.40"),
        "PAUS",
        I(8, "8)", "Revidering av riktlinjer för kulturstipendium", dnr="KFN 2025/11",
          pres=["Maja Lindkvist, kulturstrateg"], t="15.10"),
        I(9, "9)", "Medborgarförslag om konstgräsplan i Hällby", dnr="KFN 2024/201",
          pres=["Anders Grip"], t="15.30"),
        I(10, "10)", "Redovisning av delegationsbeslut", t="15.45"),
        I(11, "11)", "Meddelanden"),
        I(12, "12)", "Övriga frågor"),
    ]
    for r in rows:
        if r == "PAUS":
            continue
        r["presenters"] = [p.split(",")[0] for p in r.get("pres", [])]
        r["scheduled_time"] = r["t"].replace(".", ":") if r.get("t") else None
    return people, rows


class KfnPdf(Base):
    def header(self):
        self.set_font("DVSans", "B", 12)
        self.set_xy(20, 12)
        self.cell(80, 6, "EKERÅSA KOMMUN")
        self.set_font("DVSans", "", 8.5)
        self.set_xy(20, 18)
        self.cell(80, 4, "Kultur- och fritidsnämnden")
        self.set_xy(130, 12)
        self.set_font("DVSans", "B", 9)
        self.cell(60, 5, "KALLELSE", align="R", **NX)
        self.set_font("DVSans", "", 8.5)
        self.set_x(130)
        self.cell(60, 4, "2025-02-07", align="R", **NX)
        self.set_x(130)
        self.cell(60, 4, "Sida %d (%s)" % (self.page_no(), "{nb}"), align="R", **NX)
        self.set_y(32)

    def footer(self):
        self.set_y(-16)
        self.set_font("DVSans", "", 7)
        self.set_text_color(90)
        self.cell(0, 3.5, "Ekeråsa kommun · Kultur- och fritidsförvaltningen · Torggatan 3, 641 80 "
                  "Ekeråsa · 0543-140 00 · kfn@ekerasa.se", align="C")
        self.set_text_color(0)


def render_kfn(people, rows):
    pdf = KfnPdf(format="A4")
    pdf.set_margins(20, 32, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = "DVSans"
    pdf.set_font(F, "", 10)
    pdf.set_xy(110, 34)
    pdf.multi_cell(80, 5, "Till ledamöter och ersättare i\nkultur- och fritidsnämnden", align="L",
                   **NX)
    pdf.set_y(52)
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, "Kallelse till sammanträde", **NX)
    pdf.ln(2)
    for lab, val in (("Tid:", "Tisdagen den 18 februari 2025 kl. 13.15"),
                     ("Plats:", "Kulturhuset Gnistan, konferensrum Scenen")):
        pdf.set_font(F, "B", 10)
        pdf.cell(18, 5.5, lab)
        pdf.set_font(F, "", 10)
        pdf.cell(0, 5.5, val, **NX)
    pdf.ln(3)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(0, 4.8, "Ledamot som är förhindrad att delta ombeds snarast anmäla detta till "
                   "nämndsekreteraren, så att ersättare kan kallas. Ersättare tjänstgör i den "
                   "ordning som fullmäktige har bestämt. Handlingarna publiceras i nämndportalen "
                   "senast 2025-02-11.", align="L", **NX)
    pdf.ln(4)
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 6, "Föredragningslista", **NX)
    pdf.ln(1)
    W = [13, 82, 58, 17]
    heads = ["Nr", "Ärende", "Föredragande", "Tid"]
    pdf.set_fill_color(60, 60, 60)
    pdf.set_text_color(255)
    pdf.set_font(F, "B", 9)
    for w, h_ in zip(W, heads):
        pdf.cell(w, 6.5, h_, border=1, fill=True)
    pdf.ln()
    pdf.set_text_color(0)
    pdf.set_draw_color(120)
    for r in rows:
        x0, y0 = 20, pdf.get_y()
        if r == "PAUS":
            pdf.set_fill_color(235)
            pdf.set_font(F, "I", 9)
            pdf.cell(W[0], 6, "", border=1, fill=True)
            pdf.cell(W[1] + W[2], 6, "Paus med fika", border=1, fill=True)
            pdf.cell(W[3], 6, "14.55", border=1, fill=True, **NX)
            continue
        # measure heights
        pdf.set_font(F, "B", 9.5)
        lines_t = pdf.multi_cell(W[1] - 3, 4.6, r["title"], dry_run=True, output="LINES")
        h_t = len(lines_t) * 4.6 + (4.2 if r.get("dnr") else 0)
        pdf.set_font(F, "", 9)
        pres = "\n".join(r.get("pres", []))
        lines_p = pdf.multi_cell(W[2] - 3, 4.4, pres or " ", dry_run=True, output="LINES")
        h = max(h_t, len(lines_p) * 4.4) + 3.2
        if y0 + h > pdf.h - pdf.b_margin:
            pdf.add_page()
            y0 = pdf.get_y()
        x = x0
        for w in W:
            pdf.rect(x, y0, w, h)
            x += w
        pdf.set_xy(x0 + 1.5, y0 + 1.6)
        pdf.set_font(F, "", 9.5)
        pdf.cell(W[0] - 3, 4.6, r["printed_number"])
        pdf.set_xy(x0 + W[0] + 1.5, y0 + 1.6)
        pdf.set_font(F, "B", 9.5)
        pdf.multi_cell(W[1] - 3, 4.6, r["title"], align="L", **NX)
        if r.get("dnr"):
            pdf.set_x(x0 + W[0] + 1.5)
            pdf.set_font(F, "", 7.5)
            pdf.cell(W[1] - 3, 4.2, "Dnr " + r["dnr"])
        pdf.set_xy(x0 + W[0] + W[1] + 1.5, y0 + 1.6)
        pdf.set_font(F, "", 9)
        pdf.multi_cell(W[2] - 3, 4.4, pres, align="L", **NX)
        pdf.set_xy(x0 + W[0] + W[1] + W[2] + 1.5, y0 + 1.6)
        pdf.cell(W[3] - 3, 4.4, r.get("t") or "")
        pdf.set_y(y0 + h)
    pdf.ln(6)
    pdf.room(34)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5, "Välkomna!", **NX)
    pdf.ln(8)
    y = pdf.get_y()
    pdf.set_font(F, "", 10)
    pdf.set_xy(20, y)
    pdf.multi_cell(70, 5, "Marie Ljung\nOrdförande", align="L", **NX)
    pdf.set_xy(110, y)
    pdf.multi_cell(80, 5, "Sofia Hedlund\nNämndsekreterare\n0543-140 22", align="L", **NX)

    pdf.add_page()
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 6, "Kallade", **NX)
    pdf.ln(1)

    def plist(title, grp):
        pdf.set_font(F, "B", 9.5)
        pdf.cell(0, 6, title, **NX)
        pdf.set_font(F, "", 9.5)
        for p in people:
            if p["grp"] != grp:
                continue
            pdf.cell(60, 5, p["first"] + " " + p["last"], border="B")
            pdf.cell(15, 5, p["party"] or "", border="B", align="C")
            pdf.cell(50, 5, p.get("pr") or "", border="B", **NX)
        pdf.ln(3)
    plist("Ledamöter", "L")
    plist("Ersättare", "E")
    pdf.set_font(F, "B", 9.5)
    pdf.cell(0, 6, "Sekreterare", **NX)
    pdf.set_font(F, "", 9.5)
    pdf.cell(0, 5, "Sofia Hedlund, nämndsekreterare", **NX)
    pdf.ln(3)
    pdf.set_font(F, "B", 9.5)
    pdf.cell(0, 6, "För kännedom", **NX)
    pdf.set_font(F, "", 9.5)
    pdf.multi_cell(0, 5, "Kommunstyrelsens ordförande\nKommunens revisorer\nKultur- och "
                   "fritidsförvaltningens ledningsgrupp", align="L", **NX)
    return pdf


def make_kfn():
    people, rows = kfn_data()
    pdf = render_kfn(people, rows)
    items = [r for r in rows if r != "PAUS"]
    path = os.path.join(OUT, "ekerasa-kfn-2025-02-18-kallelse.pdf")
    pdf.output(path)
    doc = dict(kind="kallelse", organ="Kultur- och fritidsnämnden", date="2025-02-18",
               start="13:15", end=None, location="Kulturhuset Gnistan, konferensrum Scenen",
               items=items, people=people)
    doc["notes"] = (
        "Invented kallelse (Ekeråsa kommun). Text PDF, DejaVu Sans. The print date 2025-02-07 in "
        "the header is not the meeting date (2025-02-18, from 'Tid:'). No end time printed (null). "
        "Agenda = bordered table Nr | Ärende | Föredragande | Tid with numbers printed '1)' … '12)'; "
        "'Dnr KFN …' is printed under the title inside the Ärende cell and is not part of the title; "
        "the shaded unnumbered row 'Paus med fika 14.55' is not an item. scheduled_time from the Tid "
        "column (null where the cell is empty). Presenters = the names in the Föredragande column "
        "with titles dropped (item 1: the chair Marie Ljung; item 7 lists two people). No proposals "
        "are printed (all null); decisions null (kallelse). Participants = the 'Kallade' page: "
        "Ledamöter (ordförande, vice ordförande, ledamot) and Ersättare (role 'ersättare'), party as "
        "bare letters in their own column; Sofia Hedlund printed under 'Sekreterare' (and as signer) "
        "-> sekreterare. The tjänstepersoner named only as föredragande (Lina Åberg, Johan "
        "Pettersson, Cecilia Borg, Anders Grip, Maja Lindkvist) are not in any list of called people "
        "and are not participants. 'För kännedom' names no persons.")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^EKERÅSA KOMMUN", r"^Kultur- och fritidsnämnden$", r"^KALLELSE",
                                  r"^2025-02-07", r"^Sida \d", r"^Ekeråsa kommun ·"])
    return path


# ==================================================================================
# 8. Håltorps kommun, Tekniska nämnden 2021-05-20 - kallelse och föredragningslista with
#    three bundled tjänsteskrivelser. Times (core font) 11 pt. Items "Ärende 4" in bold with
#    the title on the same line, Dnr / Föredragande / Förslag till beslut / Beslutsunderlag
#    below. Bundled tjänsteskrivelser have their own header, numbered section headings and
#    their own page numbering.
# ==================================================================================

def tn_data():
    P = person
    people = [
        P("Erik", "Dahl", "S", "ordförande", pr="ordförande", grp="L"),
        P("Gun", "Lövgren", "M", "vice ordförande", pr="vice ordförande", grp="L"),
        P("Arvid", "Sten", "S", "ledamot", grp="L"),
        P("Malin", "Ros", "C", "ledamot", grp="L"),
        P("Hassan", "Omar", "S", "ledamot", grp="L"),
        P("Rolf", "Kvist", "SD", "ledamot", grp="L"),
        P("Ebba", "Lind", "L", "ledamot", grp="L"),
        P("Tina", "Kron", "S", "ersättare", grp="E"),
        P("Leo", "Berg", "M", "ersättare", grp="E"),
        P("Siri", "Alm", "C", "ersättare", grp="E"),
        P("Sten", "Wallin", None, "övrig", org="förvaltningschef", grp="O"),
        P("Linnea", "Bark", None, "övrig", org="ekonom", grp="O"),
        P("Annika", "Rönn", None, "sekreterare", org="nämndsekreterare", grp="S"),
    ]
    I = item
    items = [
        I(1, "Ärende 1", "Val av justerare och tid för justering"),
        I(2, "Ärende 2", "Godkännande av föredragningslista"),
        I(3, "Ärende 3", "Ekonomisk uppföljning april 2021", dnr="TN 2021/5",
          presenters=["Linnea Bark"], pres_print="Linnea Bark, ekonom",
          proposal="Tekniska nämnden beslutar att godkänna den ekonomiska uppföljningen per april "
                   "2021."),
        I(4, "Ärende 4", "Tilläggsanslag för upprustning av Strandvägen", dnr="TN 2021/88",
          attachments=["Tjänsteskrivelse 2021-05-04"],
          proposal="Tekniska nämnden föreslår kommunfullmäktige besluta att bevilja tekniska "
                   "nämnden ett tilläggsanslag för investeringar om 3,4 mnkr för upprustning av "
                   "Strandvägen 2021."),
        I(5, "Ärende 5", "Avtal om vinterväghållning 2021-2025", dnr="TN 2021/61",
          attachments=["Tjänsteskrivelse 2021-05-06", "Tilldelningsrapport 2021-05-03"],
          proposal="Tekniska nämnden beslutar att tilldela Håltorps Entreprenad AB avtal om "
                   "vinterväghållning för perioden 2021-10-01 till 2025-04-30."),
        I(6, "Ärende 6", "Revidering av VA-taxa 2022", dnr="TN 2021/70",
          attachments=["Tjänsteskrivelse 2021-05-03", "Förslag till VA-taxa 2022"],
          proposal="Tekniska nämnden föreslår kommunfullmäktige att anta reviderad VA-taxa att "
                   "gälla från och med den 1 januari 2022."),
        I(7, "Ärende 7", "Svar på medborgarförslag om hundrastgård i Lövnäs", dnr="TN 2020/245",
          attachments=["Tjänsteskrivelse 2021-04-27", "Medborgarförslag 2020-11-09"],
          proposal="Tekniska nämnden beslutar att bifalla medborgarförslaget."),
        I(8, "Ärende 8", "Förvaltningschefens information", presenters=["Sten Wallin"],
          pres_print="Sten Wallin, förvaltningschef"),
        I(9, "Ärende 9", "Redovisning av delegationsbeslut",
          proposal="Tekniska nämnden beslutar att lägga redovisningen till handlingarna."),
        I(10, "Ärende 10", "Meddelanden"),
    ]
    ts = [
        dict(item=4, date="2021-05-04", handl="Olof Sand, gatuchef",
             secs=[("1. Sammanfattning",
                    ["Strandvägen mellan hamnen och Lövnäsvägen har stora skador på beläggning och "
                     "kantsten. Förvaltningen föreslår att upprustningen tidigareläggs till hösten "
                     "2021 och finansieras med ett tilläggsanslag om 3,4 mnkr."]),
                   ("2. Bakgrund",
                    ["Vid inventeringen 2020 bedömdes Strandvägen vara i sämsta skick av kommunens "
                     "huvudgator. Vattenläckan i februari 2021 har ytterligare försämrat vägkroppen.",
                     "I samband med upprustningen byggs en separat gång- och cykelbana längs "
                     "vägens södra sida."]),
                   ("3. Ekonomiska konsekvenser",
                    ["Den totala kostnaden beräknas till 3 400 tkr. Kapitaltjänstkostnaden blir cirka "
                     "190 tkr per år från 2022."])],
             send=["Kommunfullmäktige", "Ekonomiavdelningen"]),
        dict(item=5, date="2021-05-06", handl="Petra Hall, upphandlare",
             secs=[("1. Sammanfattning",
                    ["Upphandling av vinterväghållning för perioden 2021-10-01 till 2025-04-30 har "
                     "genomförts som öppet förfarande. Tre anbud har inkommit."]),
                   ("2. Utvärdering",
                    ["Håltorps Entreprenad AB har lämnat det ekonomiskt mest fördelaktiga anbudet "
                     "med ett pris om 2 850 tkr per säsong vid normalvinter. Anbudet uppfyller "
                     "samtliga ska-krav."]),
                   ("3. Ekonomiska konsekvenser",
                    ["Kostnaden ryms inom driftbudgeten för gator och vägar, 3 100 tkr per år."])],
             send=["Håltorps Entreprenad AB", "Övriga anbudsgivare"]),
        dict(item=6, date="2021-05-03", handl="Johan Ek, VA-chef",
             secs=[("1. Sammanfattning",
                    ["VA-verksamheten ska vara självfinansierad. För att täcka ökade kostnader för "
                     "reningsverket i Lövnäs föreslås brukningsavgiften höjas med 6 procent från "
                     "den 1 januari 2022."]),
                   ("2. Förändringar i taxan",
                    ["Den fasta avgiften för en normalvilla höjs från 4 380 kronor till 4 640 kronor "
                     "per år och kubikmeterpriset från 24,50 kronor till 25,95 kronor.",
                     "Anläggningsavgiften lämnas oförändrad."]),
                   ("3. Ekonomiska konsekvenser",
                    ["Höjningen beräknas ge ökade intäkter om 1,9 mnkr per år."])],
             send=["Kommunfullmäktige"]),
    ]
    return people, items, ts


class TnPdf(Base):
    mode = "kallelse"
    next_mode = "kallelse"
    ts_date = ts_dnr = ""
    ts_page = ts_total = 0

    def header(self):
        self.mode = self.next_mode
        if self.mode == "kallelse":
            self.set_font("Times", "B", 14)
            self.set_xy(20, 12)
            self.cell(80, 6, "HÅLTORPS KOMMUN")
            self.set_font("Times", "", 9)
            self.set_xy(20, 18)
            self.cell(80, 4, "Tekniska nämnden")
            self.set_xy(120, 12)
            self.set_font("Times", "B", 10)
            self.cell(70, 5, "KALLELSE/FÖREDRAGNINGSLISTA", align="R", **NX)
            self.set_font("Times", "", 9)
            self.set_x(120)
            self.cell(70, 4, "2021-05-12", align="R", **NX)
            self.set_draw_color(0)
            self.line(20, 25, 190, 25)
            self.set_y(30)
        else:
            self.ts_page += 1
            self.set_font("Times", "B", 12)
            self.set_xy(20, 12)
            self.cell(80, 6, "HÅLTORPS KOMMUN")
            self.set_font("Times", "", 9)
            self.set_xy(20, 18)
            self.cell(80, 4, "Samhällsbyggnadsförvaltningen")
            self.set_xy(120, 12)
            self.set_font("Times", "B", 10)
            self.cell(70, 5, "TJÄNSTESKRIVELSE", align="R", **NX)
            self.set_font("Times", "", 9)
            self.set_x(120)
            self.cell(70, 4, "Datum %s   Dnr %s" % (self.ts_date, self.ts_dnr), align="R", **NX)
            self.set_x(120)
            self.cell(70, 4, "Sida %d" % self.ts_page, align="R", **NX)
            self.set_draw_color(0)
            self.line(20, 30, 190, 30)
            self.set_y(35)

    def footer(self):
        if self.mode == "kallelse":
            self.set_y(-15)
            self.set_font("Times", "I", 8)
            self.cell(0, 4, "Tekniska nämndens sammanträde 2021-05-20", align="C")


def render_tn(people, items, ts):
    pdf = TnPdf(format="A4")
    pdf.set_margins(20, 30, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = "Times"
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 9, "Kallelse till sammanträde med tekniska nämnden", **NX)
    pdf.ln(1)
    pdf.set_font(F, "", 11)
    pdf.multi_cell(0, 5.2, "Ledamöter och ersättare kallas härmed till sammanträde med tekniska "
                   "nämnden. Ersättare som inte ska tjänstgöra kallas för kännedom.", align="L", **NX)
    pdf.ln(2)
    for lab, val in (("Tid:", "Torsdagen den 20 maj 2021, kl. 08.30"),
                     ("Plats:", "Stadshuset, sal Vindö, samt digitalt via Teams"),
                     ("Gruppmöten:", "kl. 07.45 (S, C) rum Ön; (M, SD, L) rum Holmen")):
        pdf.set_font(F, "B", 11)
        pdf.cell(28, 5.4, lab)
        pdf.set_font(F, "", 11)
        pdf.cell(0, 5.4, val, **NX)
    pdf.ln(2)

    def plist(label, grp):
        ps = [p for p in people if p["grp"] == grp]
        txt = "; ".join("%s %s (%s)%s" % (p["first"], p["last"], p["party"],
                                          (", " + p["pr"]) if p.get("pr") else "") for p in ps)
        pdf.set_font(F, "B", 11)
        pdf.cell(0, 5.4, label, **NX)
        pdf.set_font(F, "", 11)
        pdf.multi_cell(0, 5.2, txt, align="L", **NX)
        pdf.ln(1)
    plist("Kallade ledamöter", "L")
    plist("Ersättare", "E")
    pdf.set_font(F, "B", 11)
    pdf.cell(0, 5.4, "Tjänstepersoner", **NX)
    pdf.set_font(F, "", 11)
    pdf.multi_cell(0, 5.2, "; ".join("%s %s, %s" % (p["first"], p["last"], p["org"]) for p in people
                                      if p["grp"] == "O"), align="L", **NX)
    pdf.ln(3)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 7, "Föredragningslista", **NX)
    pdf.ln(1)
    for it in items:
        pdf.room(22)
        pdf.ln(2)
        pdf.set_font(F, "B", 11)
        pdf.cell(24, 5.6, it["printed_number"])
        pdf.set_left_margin(44)
        pdf.multi_cell(0, 5.6, it["title"], align="L", **NX)
        pdf.set_font(F, "", 10)
        if it.get("dnr"):
            pdf.cell(0, 4.8, "Dnr " + it["dnr"], **NX)
        if it.get("pres_print"):
            pdf.cell(0, 4.8, "Föredragande: " + it["pres_print"], **NX)
        if it["proposal"]:
            pdf.set_font(F, "I", 10.5)
            pdf.cell(0, 5, "Förslag till beslut", **NX)
            pdf.set_font(F, "", 10.5)
            pdf.multi_cell(0, 5, it["proposal"], align="L", **NX)
        if it["attachments"]:
            pdf.set_font(F, "I", 10.5)
            pdf.cell(0, 5, "Beslutsunderlag", **NX)
            pdf.set_font(F, "", 10.5)
            for a in it["attachments"]:
                pdf.cell(0, 5, a, **NX)
        pdf.set_left_margin(20)
    pdf.ln(8)
    pdf.room(20)
    pdf.set_font(F, "", 11)
    pdf.cell(80, 5.4, "Erik Dahl")
    pdf.cell(0, 5.4, "Annika Rönn", **NX)
    pdf.cell(80, 5.4, "Ordförande")
    pdf.cell(0, 5.4, "Nämndsekreterare", **NX)

    # bundled tjänsteskrivelser
    by_n = {it["number"]: it for it in items}
    for t in ts:
        it = by_n[t["item"]]
        pdf.next_mode = "ts"
        pdf.ts_page = 0
        pdf.ts_date, pdf.ts_dnr = t["date"], it["dnr"]
        pdf.set_margins(20, 35, 20)
        pdf.add_page()
        pdf.set_font(F, "", 10)
        pdf.cell(0, 5, "Handläggare: " + t["handl"], **NX)
        pdf.cell(0, 5, "Till: Tekniska nämnden", **NX)
        pdf.ln(5)
        pdf.set_font(F, "B", 15)
        pdf.multi_cell(0, 7, it["title"], align="L", **NX)
        pdf.ln(3)
        pdf.set_font(F, "B", 11.5)
        pdf.cell(0, 6, "Förslag till beslut", **NX)
        pdf.set_font(F, "", 11)
        pdf.multi_cell(0, 5.3, it["proposal"], align="L", **NX)
        pdf.ln(3)
        for head, paras in t["secs"]:
            pdf.room(18)
            pdf.set_font(F, "B", 11.5)
            pdf.cell(0, 6, head, **NX)
            pdf.set_font(F, "", 11)
            for p_ in paras:
                pdf.multi_cell(0, 5.3, p_, align="L", **NX)
                pdf.ln(1.5)
            pdf.ln(1.5)
        pdf.room(40)
        pdf.set_font(F, "B", 11)
        pdf.cell(0, 6, "Beslutet ska skickas till", **NX)
        pdf.set_font(F, "", 11)
        for s in t["send"]:
            pdf.cell(0, 5.3, s, **NX)
        pdf.ln(10)
        pdf.cell(80, 5.3, "Sten Wallin")
        pdf.cell(0, 5.3, t["handl"].split(",")[0], **NX)
        pdf.cell(80, 5.3, "Förvaltningschef")
        pdf.cell(0, 5.3, t["handl"].split(", ")[1].capitalize(), **NX)
    return pdf


def make_tn():
    people, items, ts = tn_data()
    pdf = render_tn(people, items, ts)
    path = os.path.join(OUT, "haltorp-tn-2021-05-20-kallelse.pdf")
    pdf.output(path)
    doc = dict(kind="kallelse", organ="Tekniska nämnden", date="2021-05-20", start="08:30",
               end=None, location="Stadshuset, sal Vindö, samt digitalt via Teams", items=items,
               people=people)
    doc["notes"] = (
        "Invented kallelse och föredragningslista (Håltorps kommun) with three bundled "
        "tjänsteskrivelser (Ärende 4, 5, 6) after the agenda. Text PDF, Times (core font; ASCII "
        "hyphen in '2021-2025'). Header date 2021-05-12 is the print date. 'Gruppmöten: kl. 07.45' "
        "is not the meeting start (08:30 from 'Tid:'); no end time (null). Items are 'Ärende 1' … "
        "'Ärende 10' (printed_number keeps 'Ärende'), title on the same line in bold. Proposal = "
        "text under 'Förslag till beslut' in the agenda (identical to the bundled tjänsteskrivelse's "
        "proposal); attachments = lines under 'Beslutsunderlag'. Presenters: Ärende 3 Linnea Bark and "
        "Ärende 8 Sten Wallin ('Föredragande:'). The tjänsteskrivelser have their own header "
        "(TJÄNSTESKRIVELSE, Datum, Dnr, 'Sida n' restarting at 1) and numbered headings "
        "'1. Sammanfattning', '2. Bakgrund' etc., which are not items. Participants: 'Kallade "
        "ledamöter' (ordförande, vice ordförande, ledamot), 'Ersättare' (called for kännedom -> "
        "'ersättare'), 'Tjänstepersoner' (övrig, title as organization) and the signing "
        "nämndsekreterare Annika Rönn (sekreterare). Handläggare named only in the bundled "
        "tjänsteskrivelser (Olof Sand, Petra Hall, Johan Ek) are not participants.")
    write_gold(doc, path, False)
    check(doc, path, strip_lines=[r"^HÅLTORPS KOMMUN", r"^Tekniska nämnden$", r"^2021-05-12",
                                  r"^Tekniska nämndens sammanträde 2021-05-20",
                                  r"^Samhällsbyggnadsförvaltningen", r"^Datum 2021", r"^Sida \d"])
    return path


# ==================================================================================
# 9. Fjällby Bostäder AB (kommunalt bostadsbolag), Styrelsen 2009-09-23 - kallelse to a
#    board meeting, SCANNED (printed, scanned; image only). Pre-scan: Helvetica 11, letter
#    head with org.nr, "Kallade" block in two columns, "Dagordning" numbered "1." … "12."
#    with run-in "Föredragande:" and "Förslag till beslut:" lines.
# ==================================================================================

def bolag_data():
    P = person
    people = [
        P("Per", "Ström", None, "ordförande", line="Per Ström, ordförande", col=0),
        P("Lena", "Alm", None, "vice ordförande", line="Lena Alm, vice ordförande", col=0),
        P("Sture", "Ivarsson", None, "ledamot", line="Sture Ivarsson", col=0),
        P("Margit", "Hed", None, "ledamot", line="Margit Hed", col=0),
        P("Jonas", "Blom", None, "ledamot", line="Jonas Blom", col=0),
        P("Tomas", "Wern", None, "ledamot", org="Fastighets",
          line="Tomas Wern, arbetstagarrepresentant (Fastighets)", col=0),
        P("Ingrid", "Wall", None, "ersättare", line="Ingrid Wall, suppleant", col=1),
        P("Mats", "Lindfors", None, "ersättare", line="Mats Lindfors, suppleant", col=1),
        P("Åsa", "Grön", None, "övrig", org="VD", line="Åsa Grön, VD", col=1),
        P("Karl", "Brask", None, "sekreterare", org="ekonomichef",
          line="Karl Brask, ekonomichef, sekreterare", col=1),
    ]
    I = item
    items = [
        I(1, "1.", "Mötets öppnande"),
        I(2, "2.", "Val av justerare"),
        I(3, "3.", "Godkännande av dagordning"),
        I(4, "4.", "Föregående protokoll", extra="Protokoll från styrelsemöte 2009-06-10 bifogas.",
          proposal="Protokollet läggs till handlingarna."),
        I(5, "5.", "VD-rapport", presenters=["Åsa Grön"], pres_print="VD Åsa Grön",
          extra="Uthyrningsläge, vakanser, pågående underhåll och personalfrågor."),
        I(6, "6.", "Ekonomisk rapport per den 31 augusti 2009", presenters=["Karl Brask"],
          pres_print="ekonomichef Karl Brask",
          extra="Resultatet efter finansiella poster uppgår till 6,2 Mkr mot budgeterade 4,9 Mkr.",
          proposal="Styrelsen godkänner den ekonomiska rapporten."),
        I(7, "7.", "Hyresförhandlingar 2010", presenters=["Åsa Grön"], pres_print="VD Åsa Grön",
          proposal="Styrelsen beslutar att uppdra åt VD att yrka en generell hyreshöjning om 3,2 "
                   "procent från den 1 januari 2010 i förhandlingarna med Hyresgästföreningen."),
        I(8, "8.", "Hyresavtal med Fjällby kommun för LSS-boende på Björkvägen 3",
          extra="Kommunens socialnämnd har beslutat att hyra sex lägenheter och en "
                "personallägenhet på Björkvägen 3 för en gruppbostad enligt LSS. Ombyggnaden "
                "beräknas kosta 9,8 Mkr.",
          proposal="Styrelsen beslutar att godkänna hyresavtal med Fjällby kommun avseende "
                   "LSS-boende på Björkvägen 3 med en årshyra om 1 140 000 kronor och en "
                   "avtalstid om 15 år."),
        I(9, "9.", "Investeringsbeslut stambyte Granbacken etapp 1", presenters=["Åsa Grön"],
          pres_print="VD Åsa Grön",
          proposal="Styrelsen beslutar att genomföra stambyte i Granbacken etapp 1 (48 "
                   "lägenheter) inom en budget om 23,5 Mkr."),
        I(10, "10.", "Upplåning 2010",
          extra="Lån om totalt 42 Mkr förfaller till betalning under 2010.",
          proposal="Styrelsen beslutar att uppdra åt VD att inom ramen för kommunens "
                   "borgensåtagande om 310 Mkr omsätta lån om 42 Mkr som förfaller under 2010."),
        I(11, "11.", "Övriga frågor"),
        I(12, "12.", "Mötets avslutande"),
    ]
    return people, items


def render_bolag(people, items):
    pdf = Base(format="A4")
    pdf.set_margins(25, 20, 22)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    F = "Helvetica"
    # letterhead
    pdf.set_fill_color(30)
    pdf.rect(25, 16, 11, 11, style="F")
    pdf.set_text_color(255)
    pdf.set_font(F, "B", 12)
    pdf.set_xy(25, 18.5)
    pdf.cell(11, 6, "FB", align="C")
    pdf.set_text_color(0)
    pdf.set_xy(39, 16)
    pdf.set_font(F, "B", 13)
    pdf.cell(90, 6, "Fjällby Bostäder AB", **NX)
    pdf.set_x(39)
    pdf.set_font(F, "", 8)
    pdf.cell(90, 4, "Org.nr 556912-4471 · Storgatan 14 · 834 31 Fjällby", **NX)
    pdf.set_xy(130, 16)
    pdf.set_font(F, "", 10)
    pdf.cell(58, 5, "2009-09-14", align="R")
    pdf.set_y(40)
    pdf.set_font(F, "B", 16)
    pdf.cell(0, 8, "KALLELSE", **NX)
    pdf.set_font(F, "", 11)
    pdf.cell(0, 6, "Styrelsemöte nr 5/2009", **NX)
    pdf.ln(3)
    for lab, val in (("Datum:", "Onsdagen den 23 september 2009"), ("Tid:", "kl. 17.00"),
                     ("Plats:", "Bolagets kontor, Storgatan 14, Fjällby")):
        pdf.set_font(F, "B", 11)
        pdf.cell(22, 5.5, lab)
        pdf.set_font(F, "", 11)
        pdf.cell(0, 5.5, val, **NX)
    pdf.ln(2)
    pdf.set_font(F, "", 10)
    pdf.multi_cell(0, 5, "Smörgås serveras från kl. 16.30. Meddela förhinder till Karl Brask "
                   "senast måndag 21 september.", align="L", **NX)
    pdf.ln(3)
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 5.5, "Kallade:", **NX)
    y = pdf.get_y()
    pdf.set_font(F, "", 10)
    for col in (0, 1):
        pdf.set_xy(25 + col * 85, y)
        pdf.multi_cell(84, 5, "\n".join(p["line"] for p in people if p["col"] == col),
                       align="L", **NX)
    pdf.set_y(y + 33)
    pdf.set_font(F, "B", 13)
    pdf.cell(0, 7, "Dagordning", **NX)
    pdf.ln(1)
    for it in items:
        pdf.room(16)
        pdf.set_font(F, "B", 11)
        pdf.cell(10, 6, it["printed_number"])
        pdf.set_left_margin(35)
        pdf.multi_cell(0, 6, it["title"], align="L", **NX)
        pdf.set_font(F, "", 10)
        if it.get("pres_print"):
            pdf.multi_cell(0, 4.8, "Föredragande: " + it["pres_print"], align="L", **NX)
        if it.get("extra"):
            pdf.multi_cell(0, 4.8, it["extra"], align="L", **NX)
        if it["proposal"]:
            pdf.multi_cell(0, 4.8, "**Förslag till beslut:** " + it["proposal"], markdown=True,
                           align="L", **NX)
        pdf.set_left_margin(25)
        pdf.ln(2.2)
    pdf.ln(6)
    pdf.room(25)
    pdf.set_font(F, "", 11)
    pdf.cell(0, 5.5, "Välkomna!", **NX)
    pdf.ln(8)
    pdf.cell(0, 5.5, "Per Ström", **NX)
    pdf.cell(0, 5.5, "Ordförande", **NX)
    return pdf


def make_bolag():
    people, items = bolag_data()
    pdf = render_bolag(people, items)
    pre = os.path.join(PRESCAN, "fjallby-bostader-styrelse-2009-09-23-kallelse.prescan.pdf")
    pdf.output(pre)
    path = os.path.join(OUT, "fjallby-bostader-styrelse-2009-09-23-kallelse.pdf")
    doc = dict(kind="kallelse", organ="Styrelsen", date="2009-09-23", start="17:00", end=None,
               location="Bolagets kontor, Storgatan 14, Fjällby", items=items, people=people)
    doc["notes"] = (
        "Invented kallelse to a board meeting of Fjällby Bostäder AB (municipal housing company); "
        "organ = 'Styrelsen', company name here. SCANNED: image-only JPEG pages (200 dpi, rotated "
        "-0.6° / 0.5°, blur, noise, specks, punch holes); text from "
        "prescan/fjallby-bostader-styrelse-2009-09-23-kallelse.prescan.pdf. Letter date 2009-09-14 "
        "is not the meeting date. 'Smörgås serveras från kl. 16.30' is not the start (17:00 from "
        "'Tid:'); no end time. Items '1.' … '12.' under 'Dagordning', title on the number's line. "
        "Proposal = text after the run-in 'Förslag till beslut:'; descriptive lines under a title "
        "are not proposals. Presenters from 'Föredragande: VD Åsa Grön' / 'ekonomichef Karl Brask' "
        "(titles dropped). Participants = 'Kallade:' block: no parties printed (null); "
        "'suppleant' -> 'ersättare'; Tomas Wern 'arbetstagarrepresentant (Fastighets)' judged "
        "'ledamot' (employee representatives are ordinary board members) with organization "
        "'Fastighets' - an alternative reading is 'övrig'; Åsa Grön 'VD' -> övrig; Karl Brask "
        "'ekonomichef, sekreterare' -> sekreterare with organization 'ekonomichef'.")
    check(doc, pre)
    scan(pre, path, dpi=200, angles=(-0.6, 0.5), seed=2009, paper=250, blur=0.55, noise=6.0,
         specks=160)
    write_gold(doc, path, True)
    return path


# ==================================================================================
# 10. Samverkansavtal om gemensam IT-drift (Granträsk, Åby, Sjöbotten) - underlag, an
#     agreement alone. DejaVu Sans Mono 9.5 pt, "§ 1 Parter" … clause headings (not meeting
#     items), a price table in tkr, unsigned signature blocks without names.
# ==================================================================================

AVTAL = [
    ("§ 1 Parter", ["Granträsks kommun, org.nr 212000-0911 (värdkommun)",
                    "Åby kommun, org.nr 212000-0929",
                    "Sjöbottens kommun, org.nr 212000-0937",
                    "nedan gemensamt kallade parterna."]),
    ("§ 2 Bakgrund och syfte", [
        "Parterna har sedan 2019 samarbetat om drift av kommunernas servrar och nätverk genom "
        "ett projekt. Syftet med detta avtal är att permanenta samarbetet i en gemensam "
        "IT-driftenhet, minska sårbarheten och sänka kostnaderna för respektive kommun."]),
    ("§ 3 Avtalets omfattning", [
        "Avtalet omfattar drift, övervakning och support av parternas serverhallar, nätverk, "
        "e-post och gemensamma verksamhetssystem. Verksamhetsspecifika system, såsom "
        "skoladministration och ekonomisystem, omfattas endast i den utsträckning som anges i "
        "bilaga 2."]),
    ("§ 4 Organisation", [
        "Den gemensamma IT-driftenheten organiseras i Granträsks kommun och leds av en "
        "IT-driftchef. En styrgrupp med kommundirektörerna i de tre kommunerna följer "
        "verksamheten och sammanträder minst fyra gånger per år."]),
    ("§ 5 Personal", [
        "Personal som vid avtalets ikraftträdande är anställd i Åby kommun eller Sjöbottens "
        "kommun och huvudsakligen arbetar med uppgifter som omfattas av avtalet erbjuds "
        "anställning i Granträsks kommun enligt 6 b § lagen om anställningsskydd."]),
    ("§ 6 Kostnadsfördelning", [
        "Den gemensamma enhetens nettokostnad fördelas mellan parterna efter antalet "
        "användarkonton den 1 oktober året före budgetåret. För 2025 är den beräknade "
        "nettokostnaden 14 200 tkr, fördelad enligt bilaga 1.",
        "Värdkommunen fakturerar övriga parter kvartalsvis i förskott."]),
    ("§ 7 Investeringar", [
        "Gemensamma investeringar över 500 tkr ska godkännas av styrgruppen. Investeringarna "
        "görs av värdkommunen och belastar parterna genom kapitalkostnader enligt samma "
        "fördelning som i § 6."]),
    ("§ 8 Informationssäkerhet och personuppgifter", [
        "Värdkommunen är personuppgiftsbiträde åt övriga parter. Parterna ska teckna "
        "personuppgiftsbiträdesavtal i enlighet med bilaga 3 innan driften påbörjas."]),
    ("§ 9 Insyn och uppföljning", [
        "Värdkommunen redovisar verksamhet och ekonomi till styrgruppen varje tertial och till "
        "parternas kommunstyrelser i samband med årsbokslutet."]),
    ("§ 10 Tvist", [
        "Tvist om tolkning eller tillämpning av avtalet ska i första hand lösas genom förhandling "
        "mellan parterna. Om parterna inte kan enas ska tvisten avgöras av allmän domstol."]),
    ("§ 11 Avtalstid och uppsägning", [
        "Avtalet gäller från och med den 1 januari 2025 till och med den 31 december 2028. "
        "Avtalet förlängs därefter med fyra år i taget om det inte sägs upp av någon part senast "
        "18 månader före avtalstidens utgång."]),
    ("§ 12 Giltighet", [
        "Avtalet gäller under förutsättning att det godkänns av kommunfullmäktige i samtliga tre "
        "kommuner. Avtalet har upprättats i tre likalydande exemplar, av vilka parterna tagit "
        "var sitt."]),
]


class AvtalPdf(Base):
    def header(self):
        self.set_font("DVMono", "", 8)
        self.set_xy(20, 10)
        self.cell(120, 4, "Samverkansavtal IT-drift · UTKAST 2024-09-02 · Dnr KS 2024/187")
        self.set_xy(140, 10)
        self.cell(50, 4, "Sida %d av %s" % (self.page_no(), "{nb}"), align="R")
        self.line(20, 15, 190, 15)
        self.set_y(22)


def render_avtal():
    pdf = AvtalPdf(format="A4")
    pdf.set_margins(20, 22, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages()
    pdf.add_page()
    F = "DVMono"
    pdf.set_font(F, "B", 12)
    pdf.cell(0, 7, "SAMVERKANSAVTAL", align="C", **NX)
    pdf.set_font(F, "", 10)
    pdf.cell(0, 5.5, "om gemensam IT-drift mellan Granträsks kommun,", align="C", **NX)
    pdf.cell(0, 5.5, "Åby kommun och Sjöbottens kommun", align="C", **NX)
    pdf.ln(6)
    for head, paras in AVTAL:
        pdf.room(20)
        pdf.set_font(F, "B", 10)
        pdf.cell(0, 6, head, **NX)
        pdf.set_font(F, "", 9.5)
        for p_ in paras:
            pdf.multi_cell(0, 4.7, p_, align="L", **NX)
            pdf.ln(1.2)
        pdf.ln(2)
    pdf.room(70)
    pdf.ln(4)
    pdf.set_font(F, "B", 10)
    pdf.cell(0, 6, "Underskrifter", **NX)
    pdf.set_font(F, "", 9.5)
    for k in ("Granträsks kommun", "Åby kommun", "Sjöbottens kommun"):
        pdf.ln(3)
        pdf.cell(0, 5, "För " + k, **NX)
        pdf.cell(0, 5, "Ort och datum ..............................", **NX)
        pdf.ln(4)
        pdf.cell(85, 5, "...............................")
        pdf.cell(0, 5, "...............................", **NX)
        pdf.cell(85, 5, "Kommunstyrelsens ordförande")
        pdf.cell(0, 5, "Kommundirektör", **NX)
    pdf.add_page()
    pdf.set_font(F, "B", 10.5)
    pdf.cell(0, 6, "Bilaga 1 Kostnadsfördelning 2025 (tkr)", **NX)
    pdf.ln(2)
    pdf.set_font(F, "B", 9.5)
    rows = [("Kommun", "Konton 2024-10-01", "Andel", "Kostnad 2025"),
            ("Granträsk", "1 912", "41,5 %", "5 893"),
            ("Åby", "1 604", "34,8 %", "4 942"),
            ("Sjöbotten", "1 092", "23,7 %", "3 365"),
            ("Summa", "4 608", "100,0 %", "14 200")]
    for i, r in enumerate(rows):
        pdf.set_font(F, "B" if i in (0, len(rows) - 1) else "", 9.5)
        for w, c in zip((45, 45, 30, 40), r):
            pdf.cell(w, 6, c, border=1, align="L" if w == 45 and c == r[0] else "R")
        pdf.ln()
    pdf.ln(4)
    pdf.set_font(F, "", 9)
    pdf.multi_cell(0, 4.6, "Kostnaden justeras vid bokslut mot faktiskt utfall. Eventuellt "
                   "överskott eller underskott fördelas enligt samma andelar.", align="L", **NX)
    return pdf


def make_avtal():
    pdf = render_avtal()
    path = os.path.join(OUT, "samverkansavtal-it-drift-2024.pdf")
    pdf.output(path)
    doc = dict(kind="underlag", organ=None, date=None, start=None, end=None, location=None,
               items=[], people=None)
    doc["notes"] = (
        "Invented agreement draft (samverkansavtal om gemensam IT-drift between Granträsks, Åby and "
        "Sjöbottens kommuner, 'UTKAST 2024-09-02', Dnr KS 2024/187) standing alone, as it would be "
        "filed as a bilaga. Text PDF, DejaVu Sans Mono 9.5 pt. kind 'underlag': no meeting, so "
        "organ, meeting_date and meeting fields are null. The clause headings '§ 1 Parter' … '§ 12 "
        "Giltighet' look like paragraph numbers but are contract clauses, not items of a meeting: "
        "items = []. The signature blocks carry no names (only 'Kommunstyrelsens ordförande' / "
        "'Kommundirektör' lines), so there is no list of people and the 'participants' key is "
        "omitted per GOLD.md. Page 2 ends the clauses; page 3 is 'Bilaga 1' with a cost table in "
        "tkr.")
    write_gold(doc, path, False)
    full = check(doc, path)
    for head, _ in AVTAL:
        assert norm(head) in full, head
    return path


# ==================================================================================
# main
# ==================================================================================

def main():
    os.makedirs(PRESCAN, exist_ok=True)
    made = [make_kf(), make_ksau(), make_region(), make_rtj(), make_fin(), make_ty(),
            make_kfn(), make_tn(), make_bolag(), make_avtal()]
    for p in made:
        g = json.load(open(p[:-4] + ".gold.json", encoding="utf-8"))
        print("%-52s %-9s %-32s pages=%-3d items=%-3d participants=%s scanned=%s" % (
            os.path.basename(p), g["kind"], g["organ"], g["page_count"], len(g["items"]),
            len(g.get("participants", [])) if "participants" in g else "-", g["scanned"]))
    print("all checks passed")


if __name__ == "__main__":
    main()
