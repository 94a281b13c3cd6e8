"""make.py — writes 9 invented Swedish/Finland-Swedish municipal and regional meeting documents
(PDF) with a gold file each (format: /work/shared/GOLD.md). Run: /work/main/.venv/bin/python make.py
Every gold field is taken from the same data the renderers print."""
import json, os, subprocess, tempfile, random, html as _html

import pypdfium2 as pdfium

OUT = os.path.dirname(os.path.abspath(__file__))
FONTDIR = "/usr/share/fonts/truetype/dejavu"


def esc(s):
    return _html.escape(s, quote=True)


def page_count(path):
    d = pdfium.PdfDocument(path)
    n = len(d)
    d.close()
    return n


def item(number, printed, title, presenters=(), scheduled_time=None, proposal=None,
         decision=None, **extra):
    d = {"number": number, "printed_number": printed, "title": title, "section": None,
         "presenters": list(presenters), "scheduled_time": scheduled_time,
         "proposal": proposal, "decision": decision, "attachments": []}
    d.update(extra)   # renderer-only data (body text etc.), stripped from gold
    return d


GOLD_ITEM_KEYS = ["number", "printed_number", "title", "section", "presenters",
                  "scheduled_time", "proposal", "decision", "attachments"]


def person(name, party=None, organization=None, role="ledamot", **extra):
    d = {"name": name, "party": party, "organization": organization, "role": role}
    d.update(extra)
    return d


def write_gold(pdfname, kind, organ, meeting_date, scanned, start, end, location,
               items, participants, notes):
    path = os.path.join(OUT, pdfname)
    g = {"file": pdfname, "kind": kind, "organ": organ, "meeting_date": meeting_date,
         "page_count": page_count(path), "scanned": scanned,
         "meeting": {"start_time": start, "end_time": end, "location": location},
         "items": [{k: it[k] for k in GOLD_ITEM_KEYS} for it in items]}
    if participants is not None:
        g["participants"] = [{k: p[k] for k in ("name", "party", "organization", "role")}
                             for p in participants]
    g["notes"] = notes
    with open(os.path.join(OUT, pdfname[:-4] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def chromium(html_text, pdfname):
    work = tempfile.mkdtemp(prefix="muni17_")
    hp = os.path.join(work, "doc.html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    out = os.path.join(OUT, pdfname)
    prof = tempfile.mkdtemp(prefix="muni17prof_")
    cmd = ["/usr/bin/chromium", "--headless", "--no-sandbox", "--disable-gpu",
           "--disable-background-networking", "--disable-component-update", "--disable-sync",
           "--no-first-run", f"--user-data-dir={prof}", "--no-pdf-header-footer",
           f"--print-to-pdf={out}", "file://" + hp]
    subprocess.run(cmd, check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                   timeout=120)
    return out


def fpdf_new(fmt="A4", family="Sans"):
    from fpdf import FPDF
    pdf = FPDF(format=fmt, unit="mm")
    fams = {
        "Sans": ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf", "DejaVuSans-Oblique.ttf", "DejaVuSans-BoldOblique.ttf"),
        "Serif": ("DejaVuSerif.ttf", "DejaVuSerif-Bold.ttf", "DejaVuSerif-Italic.ttf", "DejaVuSerif-BoldItalic.ttf"),
        "Cond": ("DejaVuSansCondensed.ttf", "DejaVuSansCondensed-Bold.ttf", "DejaVuSansCondensed-Oblique.ttf", "DejaVuSansCondensed-BoldOblique.ttf"),
        "Mono": ("DejaVuSansMono.ttf", "DejaVuSansMono-Bold.ttf", "DejaVuSansMono-Oblique.ttf", "DejaVuSansMono-BoldOblique.ttf"),
    }
    for fam, files in fams.items():
        for style, fn in zip(("", "B", "I", "BI"), files):
            pdf.add_font(fam, style, os.path.join(FONTDIR, fn))
    return pdf


def scan_pdf(src_pdf, dst_pdf, dpi=200, seed=1):
    """Render each page to a greyscale image, degrade it like a photocopy scan and
    save an image-only PDF (no text layer)."""
    import numpy as np
    from PIL import Image, ImageFilter
    rng = random.Random(seed)
    nrng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        w, h = img.size
        a = np.asarray(img).astype(np.float32) / 255.0
        ink = 1.0 - a
        # uneven ink: a slow field across the page plus ribbon banding per line band
        yy, xx = np.mgrid[0:h, 0:w]
        field = 0.78 + 0.22 * np.sin(xx / w * 3.1 + rng.random() * 6) * np.cos(yy / h * 2.3 + rng.random() * 6)
        band = 0.85 + 0.15 * np.sin(yy / 23.0 + rng.random() * 6)
        speck = nrng.random((h, w)) < 0.35
        ink = ink * field * band * np.where(speck, 0.8, 1.0)
        ink = np.clip(ink * 1.15, 0, 1)
        a = 1.0 - ink
        # paper tone, noise, dust
        a = a * 0.93 + 0.04
        a += nrng.normal(0, 0.035, size=a.shape)
        dust = nrng.random((h, w)) < 0.0006
        a[dust] = 0.15
        a = np.clip(a, 0, 1)
        im = Image.fromarray((a * 255).astype(np.uint8), "L")
        im = im.filter(ImageFilter.GaussianBlur(0.7))
        angle = rng.uniform(-1.4, 1.4)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False, fillcolor=232)
        # darker scanner edge at the left
        arr = np.asarray(im).astype(np.float32)
        edge = np.linspace(0.55, 1.0, 60)
        arr[:, :60] *= edge[None, :]
        im = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8), "L")
        pages.append(im)
    doc.close()
    pages[0].save(dst_pdf, "PDF", resolution=dpi, save_all=True, append_images=pages[1:])


# ---------------------------------------------------------------------------
# 1. Kommunstyrelsen, Hallsjö kommun — protokoll (Chromium, § in a margin column)
# ---------------------------------------------------------------------------
def doc_ks_hallsjo():
    pdfname = "2024-03-12_kommunstyrelsen-hallsjo_protokoll.pdf"
    date, start, end = "2024-03-12", "13:00", "16:30"
    place = "Kommunhuset, sammanträdesrum Ljusnan"
    ledamoter = [
        person("Margareta Lindahl", "S", role="ordförande", tag="ordförande"),
        person("Fredrik Almgren", "M", role="vice ordförande", tag="1:e vice ordförande"),
        person("Åsa Grönlund", "C", role="vice ordförande", tag="2:e vice ordförande"),
        person("Jonas Ekholm", "S"),
        person("Linnea Sjöberg", "S"),
        person("Håkan Westerlund", "S"),
        person("Petra Ramsten", "M"),
        person("Per Kvist", "SD"),
        person("Ulrika Hedlund", "SD"),
        person("Anna Tell", "C", role="justerare"),
        person("Mats Palm", "V"),
    ]
    tjg = [
        person("Rickard Boman", "KD", role="tjänstgörande ersättare", tag="för Sara Nordin (KD)"),
        person("Elin Hallin", "L", role="tjänstgörande ersättare", tag="för Leif Moberg (L)"),
    ]
    ej_tjg = [
        person("Oskar Lidén", "S", role="ej tjänstgörande ersättare"),
        person("Karin Skog", "M", role="ej tjänstgörande ersättare"),
        person("Henrik Vall", "SD", role="ej tjänstgörande ersättare"),
    ]
    ovriga = [
        person("Kristina Öhman", role="övrig", title="kommundirektör"),
        person("Patrik Sundqvist", role="övrig", title="ekonomichef", paras="§ 41"),
        person("Jessica Frisk", role="övrig", title="mark- och exploateringsingenjör", paras="§ 43"),
        person("Niklas Granlund", role="sekreterare", title="kommunsekreterare"),
    ]
    J = "Anna Tell (C)"
    items = [
        item(38, "§ 38", "Val av justerare", dnr=None,
             body=["Ordföranden föreslår att Anna Tell (C) utses att jämte ordföranden justera dagens protokoll."],
             decision="Kommunstyrelsen utser Anna Tell (C) att jämte ordföranden justera protokollet. Justering sker på kommunkansliet fredagen den 15 mars 2024 kl. 10.00."),
        item(39, "§ 39", "Godkännande av dagordning", dnr=None,
             body=["Kommundirektören anmäler att ärendet Köp av fastigheten Hallsjö Kyrkby 4:12 utgår då köpeavtalet inte är klart för beslut."],
             decision="Dagordningen godkänns med den ändringen att ärendet Köp av fastigheten Hallsjö Kyrkby 4:12 utgår."),
        item(40, "§ 40", "Kommundirektören informerar", presenters=["Kristina Öhman"], dnr="KS 2024/11",
             body=["Kommundirektör Kristina Öhman informerar om arbetet med den nya översiktsplanen, rekryteringen av ny socialchef samt läget i förhandlingarna om ett gemensamt lönekontor med grannkommunerna."],
             decision="Kommunstyrelsen tackar för informationen."),
        item(41, "§ 41", "Årsredovisning 2023 för Hallsjö kommun", presenters=["Patrik Sundqvist"], dnr="KS 2024/38",
             body=["Ekonomiavdelningen har upprättat årsredovisning för 2023. Årets resultat uppgår till 18,4 miljoner kronor, vilket är 6,1 miljoner kronor bättre än budget. Balanskravsresultatet är 15,9 miljoner kronor.",
                   "Ekonomichef Patrik Sundqvist redogör för årsredovisningen och nämndernas avvikelser."],
             underlag=["Arbetsutskottets protokoll 2024-02-27, § 22", "Årsredovisning 2023, daterad 2024-02-20"],
             proposal="Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna årsredovisning 2023 för Hallsjö kommun.",
             decision="Kommunstyrelsen föreslår kommunfullmäktige besluta att godkänna årsredovisning 2023 för Hallsjö kommun."),
        item(42, "§ 42", "Avtal om skolskjutstrafik 2024–2028 med Bergslagsbuss AB", dnr="KS 2023/412",
             body=["Upphandlingen av skolskjutstrafik har genomförts tillsammans med Lövberga kommun. Bergslagsbuss AB har lämnat det ekonomiskt mest fördelaktiga anbudet. Avtalet löper från den 1 augusti 2024 till den 31 juli 2028 med möjlighet till förlängning i två år. Den årliga kostnaden för Hallsjö kommun beräknas till 11 240 000 kronor."],
             underlag=["Tjänsteskrivelse 2024-02-12", "Tilldelningsbeslut 2024-02-08", "Avtalsutkast"],
             proposal="Kommunstyrelsen beslutar att godkänna avtal om skolskjutstrafik 2024–2028 med Bergslagsbuss AB, samt att uppdra åt kommundirektören att underteckna avtalet.",
             decision="Kommunstyrelsen beslutar att godkänna avtal om skolskjutstrafik 2024–2028 med Bergslagsbuss AB, samt att uppdra åt kommundirektören att underteckna avtalet."),
        item(43, "§ 43", "Markanvisningsavtal för kvarteret Smedjan", presenters=["Jessica Frisk"], dnr="KS 2023/377",
             body=["Fastighets AB Norrbacka har inkommit med förfrågan om markanvisning för cirka 40 hyreslägenheter i kvarteret Smedjan. Markanvisningen gäller i två år. Köpeskillingen för marken uppgår till 4 600 000 kronor.",
                   "Mark- och exploateringsingenjör Jessica Frisk föredrar ärendet."],
             proposal="Kommunstyrelsen beslutar att teckna markanvisningsavtal med Fastighets AB Norrbacka för kvarteret Smedjan enligt bilaga.",
             decision="Kommunstyrelsen beslutar att teckna markanvisningsavtal med Fastighets AB Norrbacka för kvarteret Smedjan enligt bilaga."),
        item(44, "§ 44", "Ansökan om medel ur utvecklingsfonden – Hallsjö byalag", dnr="KS 2024/52",
             body=["Hallsjö byalag ansöker om 85 000 kronor för upprustning av badplatsen vid Norrsjön. Fonden har i dag ett outnyttjat belopp om 312 000 kronor."],
             proposal="Kommunstyrelsen beviljar Hallsjö byalag 85 000 kronor ur utvecklingsfonden.",
             decision="Kommunstyrelsen beviljar Hallsjö byalag 85 000 kronor ur utvecklingsfonden."),
        item(45, "§ 45", "Revidering av kommunstyrelsens delegationsordning", dnr="KS 2024/19",
             body=["Delegationsordningen har setts över med anledning av den nya organisationen inom samhällsbyggnadsförvaltningen."],
             proposal="Kommunstyrelsen antar reviderad delegationsordning att gälla från och med den 1 april 2024.",
             decision="Kommunstyrelsen antar reviderad delegationsordning att gälla från och med den 1 april 2024.",
             after="Sammanträdet ajourneras kl. 14.50–15.05."),
        item(46, "§ 46", "Svar på motion om laddstolpar vid kommunens förskolor", dnr="KS 2023/298",
             body=["Per Kvist (SD) och Ulrika Hedlund (SD) har i en motion föreslagit att laddstolpar för personalens bilar ska installeras vid samtliga förskolor. Samhällsbyggnadsförvaltningen bedömer kostnaden till cirka 1 900 000 kronor.",
                   "Yrkanden",
                   "Per Kvist (SD) yrkar bifall till motionen.",
                   "Margareta Lindahl (S) yrkar bifall till arbetsutskottets förslag.",
                   "Propositionsordning",
                   "Ordföranden ställer proposition på arbetsutskottets förslag och Per Kvists yrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag.",
                   "Reservation",
                   "Per Kvist (SD) och Ulrika Hedlund (SD) reserverar sig mot beslutet till förmån för eget yrkande."],
             proposal="Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen.",
             decision="Kommunstyrelsen föreslår kommunfullmäktige att avslå motionen."),
        item(47, "§ 47", "Yttrande över remiss – Länsplan för regional transportinfrastruktur 2026–2037", dnr="KS 2024/61",
             body=["Regionen har remitterat förslag till länsplan. Förvaltningen har tagit fram ett förslag till yttrande där kommunen särskilt lyfter behovet av gång- och cykelväg längs väg 612."],
             proposal="Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget.",
             decision="Kommunstyrelsen antar förvaltningens förslag till yttrande som sitt eget."),
        item(48, "§ 48", "Redovisning av delegationsbeslut", dnr=None,
             body=["Delegationsbeslut fattade under perioden 2024-01-25–2024-02-29 redovisas enligt förteckning."],
             decision="Redovisningen läggs till handlingarna."),
        item(49, "§ 49", "Meddelanden", dnr=None,
             body=["Protokoll från Samordningsförbundet Mellanälven 2024-02-16.", "Cirkulär 24:03 från Sveriges Kommuner och Regioner."],
             decision="Meddelandena läggs till handlingarna."),
    ]

    css = """
    @page { size: A4; margin: 14mm 16mm 16mm 20mm; }
    body { font-family: 'DejaVu Serif', serif; font-size: 10.5pt; color:#111; }
    table.page { width:100%; border-collapse:collapse; }
    thead td { padding-bottom:6mm; }
    .rh { display:flex; justify-content:space-between; border-bottom:1.2pt solid #2b4a6f; padding-bottom:2mm; font-family:'DejaVu Sans',sans-serif; font-size:8.5pt; }
    .rh .k { font-weight:bold; letter-spacing:1.5pt; color:#2b4a6f; font-size:10pt; }
    tfoot td { padding-top:4mm; }
    .rf { border-top:0.6pt solid #777; font-family:'DejaVu Sans',sans-serif; font-size:7.5pt; color:#444; display:flex; justify-content:space-between; padding-top:1.5mm; }
    .rf span.box { display:inline-block; width:28mm; border-bottom:0.5pt solid #999; height:5mm; margin-left:2mm; }
    h1 { font-family:'DejaVu Sans',sans-serif; font-size:19pt; margin:0 0 1mm 0; color:#2b4a6f; }
    .sub { font-family:'DejaVu Sans',sans-serif; font-size:11pt; margin-bottom:6mm; }
    .meta { margin-bottom:5mm; }
    .meta b { display:inline-block; width:22mm; font-family:'DejaVu Sans',sans-serif; font-size:9pt; }
    .cols { display:flex; gap:8mm; margin-bottom:4mm; }
    .cols > div { flex:1; }
    h3 { font-family:'DejaVu Sans',sans-serif; font-size:9.5pt; text-transform:uppercase; letter-spacing:0.8pt; border-bottom:0.5pt solid #aaa; margin:3mm 0 1.5mm 0; }
    ul.roll { list-style:none; padding:0; margin:0; }
    ul.roll li { margin:0.6mm 0; }
    ul.roll small { color:#444; }
    table.toc { border-collapse:collapse; width:100%; font-size:9.5pt; }
    table.toc td { padding:0.8mm 2mm; border-bottom:0.3pt dotted #999; }
    table.par { width:100%; border-collapse:collapse; margin-top:6mm; page-break-inside:auto; }
    table.par td.num { width:24mm; vertical-align:top; font-family:'DejaVu Sans',sans-serif; font-weight:bold; font-size:11pt; padding-top:0.5mm; }
    table.par td.num small { display:block; font-weight:normal; font-size:7.5pt; color:#444; margin-top:1mm; }
    table.par td.txt { vertical-align:top; }
    .ph { font-family:'DejaVu Sans',sans-serif; font-weight:bold; font-size:11.5pt; margin:0 0 2mm 0; }
    .lbl { font-family:'DejaVu Sans',sans-serif; font-weight:bold; font-size:9.5pt; margin:3mm 0 0.8mm 0; }
    p { margin:0 0 2mm 0; }
    .aj { margin:5mm 0 0 24mm; font-style:italic; }
    .sig { display:flex; gap:10mm; margin-top:14mm; }
    .sig div { flex:1; border-top:0.6pt solid #000; padding-top:1mm; font-size:9pt; }
    .anslag { border:1pt solid #000; padding:3mm; margin-top:10mm; font-family:'DejaVu Sans',sans-serif; font-size:8.5pt; page-break-inside:avoid; }
    .anslag table td { padding:1mm 3mm 1mm 0; vertical-align:top; }
    """
    def li(p, extra=""):
        s = f"{esc(p['name'])} ({p['party']})" if p["party"] else esc(p["name"])
        if p.get("tag"):
            s += f", <small>{esc(p['tag'])}</small>"
        return f"<li>{s}{extra}</li>"
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<table class='page'><thead><tr><td><div class='rh'><span class='k'>HALLSJÖ KOMMUN</span>"
             "<span>Kommunstyrelsen</span><span>SAMMANTRÄDESPROTOKOLL</span><span>2024-03-12</span></div></td></tr></thead>")
    h.append("<tfoot><tr><td><div class='rf'><span>Hallsjö kommun · Kommunstyrelsen</span>"
             "<span>Justerandes sign<span class='box'></span></span><span>Utdragsbestyrkande<span class='box'></span></span></div></td></tr></tfoot><tbody><tr><td>")
    h.append("<h1>Kommunstyrelsen</h1><div class='sub'>Protokoll från sammanträde tisdagen den 12 mars 2024</div>")
    h.append(f"<div class='meta'><div><b>Tid</b>kl. 13.00–16.30, ajournering kl. 14.50–15.05</div>"
             f"<div><b>Plats</b>{esc(place)}</div><div><b>Paragrafer</b>§§ 38–49</div></div>")
    h.append("<div class='cols'><div><h3>Närvarande ledamöter</h3><ul class='roll'>")
    h += [li(p) for p in ledamoter]
    h.append("</ul><h3>Tjänstgörande ersättare</h3><ul class='roll'>")
    h += [li(p) for p in tjg]
    h.append("</ul></div><div><h3>Ej tjänstgörande ersättare</h3><ul class='roll'>")
    h += [li(p) for p in ej_tjg]
    h.append("</ul><h3>Övriga närvarande</h3><ul class='roll'>")
    for p in ovriga:
        extra = f", <small>{esc(p['title'])}</small>" + (f" <small>{esc(p['paras'])}</small>" if p.get("paras") else "")
        h.append(f"<li>{esc(p['name'])}{extra}</li>")
    h.append("</ul><h3>Justering</h3><ul class='roll'><li>Justerare: " + esc(J) + "</li>"
             "<li>Kommunkansliet 2024-03-15 kl. 10.00</li></ul></div></div>")
    h.append("<h3>Ärenden</h3><table class='toc'>")
    for it in items:
        h.append(f"<tr><td style='width:16mm'>{it['printed_number']}</td><td>{esc(it['title'])}</td></tr>")
    h.append("</table>")
    for i, it in enumerate(items):
        brk = " style='page-break-before:always'" if i == 0 else ""
        h.append(f"<table class='par'{brk}><tr><td class='num'>{it['printed_number']}"
                 + (f"<small>Dnr {it['dnr']}</small>" if it.get("dnr") else "") + "</td><td class='txt'>")
        h.append(f"<div class='ph'>{esc(it['title'])}</div>")
        for para in it["body"]:
            if para in ("Yrkanden", "Propositionsordning", "Reservation"):
                h.append(f"<div class='lbl'>{para}</div>")
            else:
                h.append(f"<p>{esc(para)}</p>")
        if it.get("underlag"):
            h.append("<div class='lbl'>Beslutsunderlag</div>" + "".join(f"<p>{esc(u)}</p>" for u in it["underlag"]))
        if it["proposal"]:
            h.append(f"<div class='lbl'>Arbetsutskottets förslag</div><p>{esc(it['proposal'])}</p>")
        h.append(f"<div class='lbl'>Kommunstyrelsens beslut</div><p>{esc(it['decision'])}</p>")
        h.append("</td></tr></table>")
        if it.get("after"):
            h.append(f"<div class='aj'>{esc(it['after'])}</div>")
    h.append("<div class='sig'><div>Sekreterare<br>Niklas Granlund</div><div>Ordförande<br>Margareta Lindahl</div><div>Justerare<br>Anna Tell</div></div>")
    h.append("<div class='anslag'><b>ANSLAG/BEVIS</b><br>Protokollet är justerat. Justeringen har tillkännagivits genom anslag på kommunens digitala anslagstavla."
             "<table><tr><td>Organ</td><td>Kommunstyrelsen</td></tr><tr><td>Sammanträdesdatum</td><td>2024-03-12</td></tr>"
             "<tr><td>Datum då anslaget sätts upp</td><td>2024-03-18</td></tr><tr><td>Datum då anslaget tas ned</td><td>2024-04-09</td></tr>"
             "<tr><td>Förvaringsplats för protokollet</td><td>Kommunkansliet, Hallsjö kommun</td></tr>"
             "<tr><td>Underskrift</td><td>......................................... Niklas Granlund</td></tr></table></div>")
    h.append("</td></tr></tbody></table></body></html>")
    chromium("".join(h), pdfname)
    parts = ledamoter + tjg + ej_tjg + ovriga
    write_gold(pdfname, "protokoll", "Kommunstyrelsen", date, False, start, end, place, items, parts,
               "Chromium-rendered with a repeating thead/tfoot running header and footer; the letter-spaced 'HALLSJÖ KOMMUN' in the header comes out of the text layer as 'H ALL S J Ö KOMMU N'. § numbers sit in a left margin column of a per-paragraph table with the Dnr under the number, the heading on the same row to the right. "
               "Roll on page 1 in two columns (Närvarande ledamöter / Tjänstgörande ersättare | Ej tjänstgörande ersättare / Övriga närvarande); the two vice chairs (1:e, 2:e) are both 'vice ordförande'. "
               "The ledamöter replaced by tjänstgörande ersättare (Sara Nordin, Leif Moberg, named after 'för') are absent and not listed as participants. Anna Tell is the elected justerare (role justerare). "
               "Niklas Granlund, kommunsekreterare under Övriga närvarande, signs as Sekreterare (role sekreterare). Ajournment 14.50–15.05 printed in the header and between § 45 and § 46 does not change start/end. "
               "Proposal = text under 'Arbetsutskottets förslag'; decision = text under 'Kommunstyrelsens beslut'. Presenters only where the text says 'informerar'/'redogör'/'föredrar' (§ 40, § 41, § 43). "
               "The table of contents on page 1 repeats the titles and is not a separate list of items. ANSLAG/BEVIS is on the last page.")


# ---------------------------------------------------------------------------
# 2. Kultur- och fritidsnämnden, Ringmo kommun — kallelse + föredragningslista
#    with three tjänsteskrivelser bundled behind it (fpdf2, sans)
# ---------------------------------------------------------------------------
def doc_kfn_ringmo():
    pdfname = "2024-05-21_kultur-och-fritidsnamnden-ringmo_kallelse.pdf"
    date, start, place = "2024-05-21", "08:30", "Folkets hus, lokal Kvarnen"
    led = [
        person("Camilla Rydberg", "S", role="ordförande", tag="ordförande"),
        person("Bengt Malmberg", "M", role="vice ordförande", tag="vice ordförande"),
        person("Therese Nyström", "S"), person("Ola Sandström", "S"),
        person("Gunilla Karlberg", "C"), person("Stefan Wiik", "SD"), person("Vera Ohlsson", "V"),
    ]
    ers = [person(n, p, role="ersättare") for n, p in [
        ("Daniel Hägg", "S"), ("Sofia Unell", "S"), ("Ulf Edlund", "M"), ("Jenny Kronberg", "C"),
        ("Roger Selin", "SD"), ("Hanna Lund", "MP")]]
    ovr = [person("Magnus Törnqvist", role="övrig", title="förvaltningschef")]
    sekr = "Ingrid Falk"  # nämndsekreterare, signs the notice; not listed among the called

    TS = {}  # tjänsteskrivelser keyed by item number
    items = [
        item(1, "1.", "Val av justerare och tid för justering", scheduled_time="08:30"),
        item(2, "2.", "Godkännande av föredragningslista"),
        item(3, "3.", "Förvaltningschefen informerar", presenters=["Magnus Törnqvist"], scheduled_time="08:35",
             meta="Föredragande: Magnus Törnqvist, förvaltningschef"),
        item(4, "4.", "Ekonomisk uppföljning per april 2024", presenters=["Lena Blom"], scheduled_time="09:00",
             meta="Dnr KFN 2024/12 · Föredragande: Lena Blom, controller",
             proposal="Kultur- och fritidsnämnden godkänner den ekonomiska uppföljningen per april 2024."),
        item(5, "5.", "Fördelning av aktivitetsstöd till föreningar 2024", presenters=["Joakim Strand"], scheduled_time="09:20",
             meta="Dnr KFN 2024/31 · Föredragande: Joakim Strand, fritidskonsulent",
             proposal="Kultur- och fritidsnämnden fördelar aktivitetsstöd för 2024 om totalt 1 150 000 kronor enligt förvaltningens förslag i bilaga 1."),
        item(6, "6.", "Avtal om drift av Ringmo sporthall med IK Ringmo", presenters=["Joakim Strand"], scheduled_time="09:40",
             meta="Dnr KFN 2024/27 · Föredragande: Joakim Strand, fritidskonsulent",
             proposal="Kultur- och fritidsnämnden godkänner driftsavtal för Ringmo sporthall med IK Ringmo för perioden 2024-07-01–2027-06-30 med en årlig ersättning om 640 000 kronor."),
        item(7, "7.", "Kulturpris och ungdomsstipendium 2024", scheduled_time="10:10",
             meta="Dnr KFN 2024/8 · Nominerade presenteras vid sammanträdet"),
        item(8, "8.", "Revidering av taxor för Ringmo simhall 2025", presenters=["Maja Hermansson"], scheduled_time="10:30",
             meta="Dnr KFN 2024/40 · Föredragande: Maja Hermansson, badchef",
             proposal="Kultur- och fritidsnämnden föreslår kommunfullmäktige att anta reviderade taxor för Ringmo simhall att gälla från den 1 januari 2025."),
        item(9, "9.", "Redovisning av delegationsbeslut", meta="Dnr KFN 2024/2"),
        item(10, "10.", "Meddelanden", meta="Dnr KFN 2024/3"),
        item(11, "11.", "Övriga frågor"),
    ]
    TS[5] = dict(dnr="KFN 2024/31", datum="2024-04-29", handl="Joakim Strand, fritidskonsulent",
                 sign=("Magnus Törnqvist", "Förvaltningschef"),
                 rubrik="Fördelning av aktivitetsstöd till föreningar 2024",
                 sections=[("Sammanfattning", "Nämnden har i budget 2024 avsatt 1 150 000 kronor till aktivitetsstöd. 34 föreningar har ansökt. Förvaltningen föreslår fördelning efter antal redovisade deltagartillfällen för barn och unga 7–20 år."),
                           ("Ärendet", "Ansökningarna har granskats mot nämndens riktlinjer för föreningsstöd. Tre föreningar har inte lämnat in verksamhetsberättelse och föreslås få stöd först när komplettering har kommit in. Fördelningen per förening framgår av bilaga 1."),
                           ("Ekonomiska konsekvenser", "Fördelningen ryms inom anslaget 1 150 000 kronor. Ingen reserv finns kvar för sena ansökningar.")])
    TS[6] = dict(dnr="KFN 2024/27", datum="2024-05-02", handl="Joakim Strand, fritidskonsulent",
                 sign=("Magnus Törnqvist", "Förvaltningschef"),
                 rubrik="Avtal om drift av Ringmo sporthall med IK Ringmo",
                 sections=[("Sammanfattning", "Nuvarande driftsavtal med IK Ringmo löper ut den 30 juni 2024. Förvaltningen har förhandlat fram ett nytt avtal på tre år."),
                           ("Ärendet", "Föreningen ansvarar enligt avtalet för bokning, städning och tillsyn av sporthallen samt för skötsel av utemiljön. Kommunen ansvarar för fastighetens yttre och inre underhåll. Den årliga ersättningen höjs från 590 000 kronor till 640 000 kronor, vilket motsvarar ökade städkostnader."),
                           ("Ekonomiska konsekvenser", "Merkostnaden om 50 000 kronor per år ryms inom fritidsavdelningens ram för 2024 och ska beaktas i budget 2025.")])
    TS[8] = dict(dnr="KFN 2024/40", datum="2024-05-06", handl="Maja Hermansson, badchef",
                 sign=("Magnus Törnqvist", "Förvaltningschef"),
                 rubrik="Revidering av taxor för Ringmo simhall 2025",
                 sections=[("Sammanfattning", "Taxorna för simhallen har inte räknats upp sedan 2021. Förvaltningen föreslår en höjning av entréavgiften för vuxna från 60 till 70 kronor och av årskortet från 1 900 till 2 200 kronor. Barn under 7 år badar fortsatt gratis."),
                           ("Ärendet", "Jämförelse med grannkommunerna visar att Ringmo ligger lägst i regionen. Höjningen beräknas ge ökade intäkter om cirka 210 000 kronor per år."),
                           ("Barnperspektiv", "Barnentrén lämnas oförändrad för att inte minska barns möjlighet att lära sig simma.")])
    for n, t in TS.items():
        it = [i for i in items if i["number"] == n][0]
        t["forslag"] = it["proposal"]  # same text printed in list and in the tjänsteskrivelse

    pdf = fpdf_new()
    pdf.set_auto_page_break(True, 22)
    pdf.set_margins(22, 18, 20)

    def footer_fn():
        pdf.set_y(-14)
        pdf.set_font("Sans", "", 7.5)
        pdf.set_text_color(90)
        pdf.cell(0, 4, f"Ringmo kommun   |   Kultur- och fritidsnämnden   |   sida {pdf.page_no()}", align="C")
        pdf.set_text_color(0)
    pdf.footer = footer_fn

    pdf.add_page()
    pdf.set_font("Sans", "B", 15); pdf.cell(100, 7, "Ringmo kommun")
    pdf.set_font("Sans", "B", 11); pdf.cell(0, 7, "KALLELSE", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 10); pdf.cell(100, 5, "Kultur- och fritidsnämnden")
    pdf.cell(0, 5, "Datum 2024-05-08", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "", 10.5)
    pdf.multi_cell(0, 5.5, "Ledamöter och ersättare i kultur- och fritidsnämnden kallas till sammanträde.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in [("Tid", "Tisdagen den 21 maj 2024 kl. 08.30"), ("Plats", place),
                     ("Studiebesök", "Efter sammanträdet, ca kl. 11.00, besöker nämnden den nya skateparken vid Åvallen.")]:
        pdf.set_font("Sans", "B", 10); pdf.cell(30, 5.5, lab)
        pdf.set_font("Sans", "", 10); pdf.multi_cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 9.5)
    pdf.multi_cell(0, 5, "Ersättare tjänstgör endast vid förhinder för ordinarie ledamot. Förhinder anmäls snarast till nämndsekreteraren Ingrid Falk, tfn 0690-123 40, som kallar ersättare.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    y0 = pdf.get_y()
    pdf.set_font("Sans", "B", 9.5); pdf.cell(80, 5.5, "Ledamöter", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    for p in led:
        s = f"{p['name']} ({p['party']})" + (f", {p['tag']}" if p.get("tag") else "")
        pdf.cell(80, 5, s, new_x="LMARGIN", new_y="NEXT")
    y1 = pdf.get_y()
    pdf.set_xy(110, y0)
    pdf.set_font("Sans", "B", 9.5); pdf.cell(80, 5.5, "Ersättare", new_x="LEFT", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5)
    for p in ers:
        pdf.set_x(110); pdf.cell(80, 5, f"{p['name']} ({p['party']})", new_x="LEFT", new_y="NEXT")
    pdf.set_y(max(y1, pdf.get_y()) + 3)
    pdf.set_font("Sans", "B", 9.5); pdf.cell(30, 5, "Övriga")
    pdf.set_font("Sans", "", 9.5); pdf.cell(0, 5, f"{ovr[0]['name']}, {ovr[0]['title']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font("Sans", "", 10)
    pdf.cell(0, 5, "Camilla Rydberg", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 9); pdf.cell(0, 4.5, "Ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("Sans", "", 10); pdf.cell(0, 5, sekr, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "I", 9); pdf.cell(0, 4.5, "Nämndsekreterare", new_x="LMARGIN", new_y="NEXT")

    # föredragningslista
    pdf.add_page()
    pdf.set_font("Sans", "B", 13); pdf.cell(0, 7, "Föredragningslista", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "", 9.5); pdf.cell(0, 5, "Kultur- och fritidsnämnden 2024-05-21", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_draw_color(150)
    for it in items:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.line(22, y, 190, y)
        pdf.ln(1.5)
        pdf.set_font("Sans", "B", 10.5)
        pdf.cell(10, 6, it["printed_number"])
        pdf.cell(135, 6, it["title"])
        pdf.set_font("Sans", "", 9)
        if it["scheduled_time"]:
            pdf.cell(0, 6, "kl. " + it["scheduled_time"].replace(":", "."), align="R")
        pdf.ln(6)
        if it.get("meta"):
            pdf.set_x(32); pdf.set_font("Sans", "", 8.5); pdf.set_text_color(70)
            pdf.multi_cell(140, 4.5, it["meta"], new_x="LMARGIN", new_y="NEXT"); pdf.set_text_color(0)
        if it["proposal"]:
            pdf.set_x(32); pdf.set_font("Sans", "B", 9); pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(32); pdf.set_font("Sans", "", 9.5)
            pdf.multi_cell(140, 4.8, it["proposal"], new_x="LMARGIN", new_y="NEXT")
        if it["number"] in TS:
            pdf.set_x(32); pdf.set_font("Sans", "I", 8.5)
            pdf.cell(0, 5, "Handling: tjänsteskrivelse bifogas", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)

    # bundled tjänsteskrivelser
    for n, t in TS.items():
        pdf.add_page()
        pdf.set_font("Serif", "B", 12); pdf.cell(100, 6, "Ringmo kommun")
        pdf.set_font("Sans", "B", 10); pdf.cell(0, 6, "TJÄNSTESKRIVELSE", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Sans", "", 9); pdf.cell(100, 5, "Kultur- och fritidsförvaltningen")
        pdf.cell(0, 5, f"Datum {t['datum']}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(100, 5, f"Handläggare: {t['handl']}")
        pdf.cell(0, 5, f"Dnr {t['dnr']}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.cell(0, 5, "Till: Kultur- och fritidsnämnden", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("Sans", "B", 13); pdf.multi_cell(0, 6.5, t["rubrik"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Sans", "B", 10); pdf.cell(0, 6, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10.5); pdf.multi_cell(0, 5.5, t["forslag"], new_x="LMARGIN", new_y="NEXT")
        for head, txt in t["sections"]:
            pdf.ln(3)
            pdf.set_font("Sans", "B", 10); pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10.5); pdf.multi_cell(0, 5.5, txt, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(12)
        pdf.set_font("Serif", "", 10.5)
        pdf.cell(85, 5, t["sign"][0]); pdf.cell(0, 5, t["handl"].split(",")[0], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "I", 9.5)
        pdf.cell(85, 5, t["sign"][1]); pdf.cell(0, 5, t["handl"].split(", ")[1].capitalize(), new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, pdfname))
    write_gold(pdfname, "kallelse", "Kultur- och fritidsnämnden", date, False, start, None, place,
               items, led + ers + ovr,
               "Notice (page 1) + föredragningslista (page 2) + three tjänsteskrivelser bundled behind it (one page each, items 5, 6, 8). "
               "Items are those of the föredragningslista, numbered '1.'–'11.'; the scheduled time is the 'kl. hh.mm' at the right of the title row (item 1's 08.30 is the start). "
               "Presenters are the people after 'Föredragande:' in the grey meta line. Proposal = text under 'Förslag till beslut' in the list; the bundled tjänsteskrivelser repeat exactly the same text under their own 'Förslag till beslut' heading. "
               "Item 7 has no proposal (nominees presented at the meeting). Participants = those called: ledamöter (with ordförande/vice ordförande), ersättare (role ersättare) and förvaltningschef Magnus Törnqvist under 'Övriga' (role övrig). "
               "Presenters Lena Blom, Joakim Strand and Maja Hermansson are not in the called list, so they are not participants; the nämndsekreterare Ingrid Falk only signs the notice and is named in the förhinder sentence, so she is not listed either. "
               "No end time. The 'Studiebesök' after the meeting is not an item.")


# ---------------------------------------------------------------------------
# 3. Region Västmarken — Regionstyrelsens arbetsutskott, protokoll
#    (Chromium, fixed running header, 'RSAU § 112' + title on one line, roll by surname)
# ---------------------------------------------------------------------------
def doc_rsau_vastmarken():
    pdfname = "2024-09-10_regionstyrelsens-arbetsutskott-vastmarken_protokoll.pdf"
    date, start, end = "2024-09-10", "09:00", "12:15"
    place = "Regionens hus, sammanträdesrum Tjädern, Falkby"
    # (surname, first) so the renderer prints 'Efternamn, Förnamn'
    led = [
        person("Maria Lindqvist", "S", role="ordförande", sur="Lindqvist", fn="Maria", tag="ordförande"),
        person("Tomas Åberg", "M", role="vice ordförande", sur="Åberg", fn="Tomas", tag="vice ordförande"),
        person("Eva Nordqvist", "S", sur="Nordqvist", fn="Eva"),
        person("Kent Bergkvist", "C", role="justerare", sur="Bergkvist", fn="Kent", tag="justerare"),
        person("Malin Dahlström", "SD", sur="Dahlström", fn="Malin"),
    ]
    tjg = [person("Stefan Lundkvist", "KD", role="tjänstgörande ersättare", sur="Lundkvist", fn="Stefan",
                  tag="tjänstgörande ersättare för Nina Ekström (KD)")]
    ovr = [
        person("Henrik Isaksson", role="övrig", sur="Isaksson", fn="Henrik", tag="regiondirektör"),
        person("Helena Wallin", role="övrig", sur="Wallin", fn="Helena", tag="ekonomidirektör"),
        person("Viktor Jonsson", role="övrig", sur="Jonsson", fn="Viktor", tag="fastighetschef, § 114"),
        person("Karin Mårtensson", role="övrig", sur="Mårtensson", fn="Karin", tag="hälso- och sjukvårdsdirektör, §§ 116–117"),
        person("Sara Östlund", role="sekreterare", sur="Östlund", fn="Sara", tag="nämndsekreterare"),
    ]
    def au(txt):  # decision as the AU words it
        return "Arbetsutskottet föreslår regionstyrelsen besluta att " + txt
    items = [
        item(112, "RSAU § 112", "Val av justerare", dnr=None,
             text=[], decision="Arbetsutskottet utser Kent Bergkvist (C) att jämte ordföranden justera dagens protokoll."),
        item(113, "RSAU § 113", "Fastställande av dagordning", dnr=None, text=[],
             decision="Dagordningen fastställs."),
        item(114, "RSAU § 114", "Hyresavtal för vårdcentral i Strandbacken", presenters=["Viktor Jonsson"],
             dnr="RV 2024/0456", pres="föredragande Viktor Jonsson, fastighetschef",
             text=["Regionen hyr i dag lokaler för Strandbackens vårdcentral som inte uppfyller kraven på arbetsmiljö och tillgänglighet. AB Strandbackens Fastigheter erbjuder nybyggda lokaler om 2 150 kvadratmeter i kvarteret Fyren. Avtalstiden är 15 år och årshyran 4 380 000 kronor, indexuppräknad."],
             proposal="Regionstyrelsen beslutar att godkänna hyresavtal med AB Strandbackens Fastigheter avseende lokaler för Strandbackens vårdcentral.",
             decision=au("godkänna hyresavtal med AB Strandbackens Fastigheter avseende lokaler för Strandbackens vårdcentral.")),
        item(115, "RSAU § 115", "Månadsrapport juli 2024", presenters=["Helena Wallin"], dnr="RV 2024/0012",
             pres="föredragande Helena Wallin, ekonomidirektör",
             text=["Prognosen för helåret visar ett underskott om 212 miljoner kronor, främst beroende på kostnader för inhyrd personal och läkemedel."],
             proposal="Regionstyrelsen beslutar att godkänna månadsrapporten för juli 2024.",
             decision=au("godkänna månadsrapporten för juli 2024.")),
        item(116, "RSAU § 116", "Avtal om samverkan kring ambulanssjukvård med Region Norrmarken",
             presenters=["Karin Mårtensson"], dnr="RV 2024/0388", pres="föredragande Karin Mårtensson, hälso- och sjukvårdsdirektör",
             text=["Avtalet reglerar gränsöverskridande ambulansuppdrag i de norra kommunerna. Ersättning utgår med 11 900 kronor per uppdrag. Avtalet gäller 2025-01-01–2027-12-31."],
             proposal="Regionstyrelsen beslutar att godkänna avtal om samverkan kring ambulanssjukvård med Region Norrmarken.",
             decision=au("godkänna avtal om samverkan kring ambulanssjukvård med Region Norrmarken.")),
        item(117, "RSAU § 117", "Investering i ny datortomograf vid Falkby lasarett", presenters=["Karin Mårtensson"],
             dnr="RV 2024/0402", pres="föredragande Karin Mårtensson, hälso- och sjukvårdsdirektör",
             text=["Befintlig datortomograf är från 2012 och har passerat sin tekniska livslängd. Investeringen beräknas till 14 500 000 kronor och ryms inom investeringsramen för medicinteknisk utrustning 2024."],
             proposal="Regionstyrelsen beslutar att godkänna investering i ny datortomograf vid Falkby lasarett om högst 14 500 000 kronor.",
             decision=au("godkänna investering i ny datortomograf vid Falkby lasarett om högst 14 500 000 kronor."),
             after="Sammanträdet ajourneras kl. 10.25–10.40."),
        item(118, "RSAU § 118", "Svar på motion om avgiftsfri kollektivtrafik för ungdomar under 20 år", dnr="RV 2024/0107",
             text=["Motionären föreslår att ungdomar under 20 år ska resa avgiftsfritt i regionens kollektivtrafik. Kostnaden i form av uteblivna biljettintäkter har beräknats till 38 miljoner kronor per år.",
                   "§Yrkanden", "Malin Dahlström (SD) yrkar bifall till motionen.",
                   "Maria Lindqvist (S) yrkar bifall till förslaget till beslut.",
                   "§Propositionsordning", "Ordföranden ställer förslaget till beslut mot Malin Dahlströms yrkande och finner att arbetsutskottet beslutar enligt förslaget till beslut.",
                   "§Reservation", "Malin Dahlström (SD) reserverar sig mot beslutet."],
             proposal="Regionfullmäktige beslutar att avslå motionen.",
             decision="Arbetsutskottet föreslår regionstyrelsen föreslå regionfullmäktige besluta att avslå motionen."),
        item(119, "RSAU § 119", "Remissvar – Förslag till nationell handlingsplan för kompetensförsörjning i vården",
             dnr="RV 2024/0415",
             text=["Remissen ska besvaras senast den 20 september 2024, före regionstyrelsens nästa sammanträde. Ärendet är därför brådskande."],
             proposal="Arbetsutskottet beslutar för regionstyrelsens räkning att lämna yttrande enligt bilaga.",
             decision="Arbetsutskottet beslutar för regionstyrelsens räkning att lämna yttrande enligt bilaga."),
        item(120, "RSAU § 120", "Sammanträdesplan 2025 för regionstyrelsen och dess arbetsutskott", dnr="RV 2024/0421",
             text=[], proposal="Regionstyrelsen beslutar att fastställa sammanträdesplan för 2025 enligt bilaga.",
             decision=au("fastställa sammanträdesplan för 2025 enligt bilaga.")),
        item(121, "RSAU § 121", "Regiondirektören informerar", presenters=["Henrik Isaksson"], dnr=None,
             text=["Regiondirektör Henrik Isaksson informerar om läget i förhandlingarna med Vårdförbundet och om sommarens bemanning på akutmottagningarna."],
             decision="Informationen noteras."),
    ]
    css = """
    @page { size: A4; margin: 30mm 18mm 22mm 24mm;
      @top-left { content: "Region Västmarken\A Regionstyrelsens arbetsutskott"; white-space: pre; font-family:'DejaVu Serif',serif; font-size:10pt; color:#7a1d2e; vertical-align: bottom; padding-bottom:3mm; border-bottom:0.8pt solid #000; }
      @top-right { content: "PROTOKOLL\A Sammanträdesdatum 2024-09-10"; white-space: pre; text-align:right; font-family:'DejaVu Sans',sans-serif; font-size:8.5pt; vertical-align: bottom; padding-bottom:3mm; border-bottom:0.8pt solid #000; }
      @bottom-left { content: "Justerandes signatur ..............   Utdragsbestyrkande .............."; font-family:'DejaVu Sans',sans-serif; font-size:7.5pt; color:#555; }
      @bottom-right { content: "Sida " counter(page) " (" counter(pages) ")"; font-family:'DejaVu Sans',sans-serif; font-size:7.5pt; }
    }
    body { font-family:'DejaVu Sans Condensed','DejaVu Sans',sans-serif; font-size:10pt; margin:0; }
    .rh { position:fixed; top:-22mm; left:0; right:0; height:14mm; border-bottom:0.8pt solid #000; font-size:8.5pt; }
    .rh .l { position:absolute; left:0; top:0; }
    .rh .l b { font-size:12pt; color:#7a1d2e; font-family:'DejaVu Serif',serif; }
    .rh .r { position:absolute; right:0; top:0; text-align:right; }
    .rf { position:fixed; bottom:-14mm; left:0; right:0; font-size:7.5pt; color:#555; border-top:0.4pt solid #999; padding-top:1mm; }
    h1 { font-size:16pt; margin:0 0 4mm 0; font-weight:normal; }
    table.hd { border-collapse:collapse; width:100%; margin-bottom:5mm; }
    table.hd td { border:0.5pt solid #666; padding:1.5mm 2mm; vertical-align:top; }
    table.hd td.l { width:36mm; background:#eee; font-weight:bold; font-size:9pt; }
    .two { column-count:2; column-gap:8mm; }
    .two div { break-inside:avoid; }
    .grp { font-weight:bold; margin-top:2mm; }
    .para { margin-top:7mm; }
    .ptitle { display:flex; justify-content:space-between; border-bottom:0.5pt solid #7a1d2e; font-weight:bold; font-size:11pt; }
    .ptitle span.d { font-weight:normal; font-size:8.5pt; white-space:nowrap; padding-left:4mm; }
    .pres { font-style:italic; color:#333; margin:1mm 0 2mm 0; }
    .lab { font-weight:bold; margin-top:2.5mm; }
    p { margin:1mm 0; }
    .aj { margin-top:5mm; padding:1.5mm; background:#f2f2f2; }
    """
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<h1>Protokoll</h1><table class='hd'>")
    h.append(f"<tr><td class='l'>Plats och tid</td><td>{esc(place)}<br>Tid 09:00-12.15 (ajournering 10.25–10.40)</td></tr>")
    def nm(p):
        s = f"{esc(p['sur'])}, {esc(p['fn'])}" + (f" ({p['party']})" if p["party"] else "")
        if p.get("tag"): s += ", " + esc(p["tag"])
        return f"<div>{s}</div>"
    h.append("<tr><td class='l'>Närvarande</td><td><div class='two'><div class='grp'>Ledamöter</div>"
             + "".join(nm(p) for p in led) + "<div class='grp'>Ersättare</div>" + "".join(nm(p) for p in tjg)
             + "<div class='grp'>Övriga deltagare</div>" + "".join(nm(p) for p in ovr) + "</div></td></tr>")
    h.append("<tr><td class='l'>Justering</td><td>Regionens hus 2024-09-12</td></tr>")
    h.append("<tr><td class='l'>Paragrafer</td><td>RSAU §§ 112–121</td></tr>")
    h.append("<tr><td class='l'>Underskrifter</td><td>Sekreterare ..................................... Sara Östlund<br><br>"
             "Ordförande ..................................... Maria Lindqvist<br><br>Justerare ..................................... Kent Bergkvist</td></tr></table>")
    h.append("<div style='font-size:8.5pt;border:0.5pt dashed #666;padding:2mm'><b>Bevis om anslag.</b> Protokollet har justerats 2024-09-12 och tillkännagivits på regionens digitala anslagstavla 2024-09-13. Överklagandetiden löper ut 2024-10-04.</div>")
    for it in items:
        h.append("<div class='para'><div class='ptitle'><span>" + it["printed_number"] + " &nbsp; " + esc(it["title"]) + "</span>"
                 + (f"<span class='d'>Dnr {it['dnr']}</span>" if it.get("dnr") else "") + "</div>")
        if it.get("pres"):
            h.append(f"<div class='pres'>({esc(it['pres'])})</div>")
        for t in it["text"]:
            if t.startswith("§"):
                h.append(f"<div class='lab'>{esc(t[1:])}</div>")
            else:
                h.append(f"<p>{esc(t)}</p>")
        if it["proposal"]:
            h.append(f"<div class='lab'>Förslag till beslut</div><p>{esc(it['proposal'])}</p>")
        h.append(f"<div class='lab'>Arbetsutskottets beslut</div><p>{esc(it['decision'])}</p>")
        h.append("</div>")
        if it.get("after"):
            h.append(f"<div class='aj'>{esc(it['after'])}</div>")
    h.append("</body></html>")
    chromium("".join(h), pdfname)
    write_gold(pdfname, "protokoll", "Regionstyrelsens arbetsutskott", date, False, start, end, place, items,
               led + tjg + ovr,
               "Chromium-rendered; the running header (Region Västmarken / Regionstyrelsens arbetsutskott / PROTOKOLL / Sammanträdesdatum 2024-09-10) and the footer 'Sida N (3)' come from CSS @page margin boxes on every page. "
               "Header is a label table; time printed in mixed form 'Tid 09:00-12.15' (ajournering 10.25–10.40 also printed before § 118, not affecting start/end). "
               "Roll is printed 'Efternamn, Förnamn (parti), funktion' in two CSS columns; names turned around in the gold. The absent ledamot Nina Ekström (after 'tjänstgörande ersättare för') is not a participant. "
               "Kent Bergkvist is marked justerare in the roll (role justerare); Sara Östlund, nämndsekreterare, signs as Sekreterare (role sekreterare). "
               "Items are 'RSAU § 112'–'RSAU § 121' with the title on the same line and Dnr right-aligned. Presenters from '(föredragande X, title)' and, for § 121, 'Regiondirektör Henrik Isaksson informerar'. "
               "Proposal = text under 'Förslag till beslut', decision = text under 'Arbetsutskottets beslut' (usually 'Arbetsutskottet föreslår regionstyrelsen besluta att …', kept whole). "
               "The region is invented; 'Region Norrmarken' in § 116 is an invented counterpart.")


# ---------------------------------------------------------------------------
# 4. Barn- och utbildningsnämnden, Storåkra kommun — protokollsutdrag (one §, '§7')
#    (fpdf2, serif, signature boxes, 'att'-list decision with an added att-sats)
# ---------------------------------------------------------------------------
def doc_bun_storakra_utdrag():
    pdfname = "2024-02-14_barn-och-utbildningsnamnden-storakra_protokollsutdrag.pdf"
    date = "2024-02-14"
    prop_lines = ["att godkänna hyresavtal med Modulbygg i Mellansverige AB för paviljong vid Åsens skola för perioden 2024-08-01–2029-07-31 med en årshyra om 1 340 000 kronor, samt",
                  "att finansiering sker inom nämndens budgetram för lokaler."]
    dec_lines = ["att godkänna hyresavtal med Modulbygg i Mellansverige AB för paviljong vid Åsens skola för perioden 2024-08-01–2029-07-31 med en årshyra om 1 340 000 kronor,",
                 "att finansiering sker inom nämndens budgetram för lokaler, samt",
                 "att förvaltningen återrapporterar elevprognosen för Åsens skolområde till nämnden i oktober 2024."]
    lead = "Barn- och utbildningsnämnden beslutar"
    it = item(7, "§7", "Hyresavtal för paviljong vid Åsens skola", presenters=["Ebba Norberg"],
              proposal=" ".join([lead] + prop_lines), decision=" ".join([lead] + dec_lines))
    parts = [person("Kent Ålund", "M", role="ordförande"), person("Maja Holm", "S", role="justerare"),
             person("Sofia Rask", None, role="sekreterare")]

    pdf = fpdf_new()
    pdf.set_margins(25, 15, 20)
    pdf.set_auto_page_break(True, 38)

    def header():
        pdf.set_font("Serif", "B", 13); pdf.set_xy(25, 14); pdf.cell(80, 6, "STORÅKRA KOMMUN")
        pdf.set_font("Sans", "B", 9.5); pdf.set_xy(120, 14); pdf.cell(70, 5, "PROTOKOLLSUTDRAG", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(70, 4.5, "Sammanträdesdatum", new_x="LEFT", new_y="NEXT")
        pdf.set_font("Sans", "", 10); pdf.cell(70, 5, "2024-02-14", new_x="LEFT", new_y="NEXT")
        pdf.set_xy(25, 20.5); pdf.set_font("Serif", "", 9.5); pdf.cell(80, 5, "Barn- och utbildningsnämnden")
        pdf.set_xy(170, 14); pdf.set_font("Sans", "", 8.5); pdf.cell(20, 5, f"{pdf.page_no()} ({{nb}})", align="R")
        pdf.line(25, 32, 190, 32)
        pdf.set_y(40)
    def footer():
        y = 270
        pdf.set_draw_color(0); pdf.line(25, y, 190, y)
        pdf.set_font("Sans", "", 7)
        pdf.set_xy(25, y + 1); pdf.cell(60, 3.5, "Justerandes sign")
        pdf.set_xy(95, y + 1); pdf.cell(60, 3.5, "Utdragsbestyrkande")
        for x in (25, 45, 65):
            pdf.rect(x, y + 5, 17, 9)
        pdf.rect(95, y + 5, 50, 9)
    pdf.header = header
    pdf.footer = footer
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Sans", "B", 11); pdf.cell(20, 6, it["printed_number"])
    pdf.set_font("Sans", "", 9); pdf.cell(0, 6, "Dnr BUN 2024/19   611", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Sans", "B", 12.5); pdf.cell(0, 8, it["title"], new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    def sec(head, paras, ind=0):
        pdf.set_font("Sans", "B", 10); pdf.cell(0, 6, head, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 10.5)
        for p in paras:
            if p.startswith("att "):
                pdf.set_x(25); pdf.cell(9, 5.4, "att")
                pdf.multi_cell(0, 5.4, p[4:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.multi_cell(0, 5.4, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        pdf.ln(2)
    sec("Ärendebeskrivning", [
        "Elevantalet vid Åsens skola har ökat från 212 elever läsåret 2021/22 till 268 elever innevarande läsår. Skolan saknar i dag tre klassrum för att kunna ta emot de elever som enligt befolkningsprognosen ska börja i förskoleklass hösten 2024.",
        "Förvaltningen har i samråd med kommunens fastighetsavdelning tagit in offerter på en tillfällig paviljong med fyra klassrum och grupprum. Modulbygg i Mellansverige AB har lämnat det lägsta priset. Avtalstiden är fem år och årshyran 1 340 000 kronor inklusive etablering och avetablering.",
        "Lokalstrateg Ebba Norberg föredrar ärendet."])
    sec("Beslutsunderlag", ["Tjänsteskrivelse från barn- och utbildningsförvaltningen 2024-01-30", "Utkast till hyresavtal, bilaga 1", "Ritning paviljong, bilaga 2"])
    sec("Förvaltningens förslag till beslut", [lead] + prop_lines)
    sec("Yrkanden", ["Kent Ålund (M) yrkar bifall till förvaltningens förslag.",
                     "Maja Holm (S) yrkar bifall till förvaltningens förslag med tillägget att förvaltningen återrapporterar elevprognosen för Åsens skolområde till nämnden i oktober 2024."])
    sec("Propositionsordning", ["Ordföranden ställer först proposition på förvaltningens förslag och finner att nämnden bifaller detta. Därefter ställer ordföranden proposition på Maja Holms tilläggsyrkande och finner att nämnden bifaller även detta."])
    sec("Barn- och utbildningsnämndens beslut", [lead] + dec_lines)
    sec("Beslutet skickas till", ["Fastighetsavdelningen", "Rektor Åsens skola", "Ekonomienheten"])
    pdf.ln(4)
    pdf.set_font("Sans", "", 9)
    pdf.multi_cell(0, 5, "Justerat 2024-02-19\nOrdförande: Kent Ålund        Justerare: Maja Holm", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.multi_cell(0, 5, "Utdragsbestyrkande\nRätt utdraget intygar: Sofia Rask, nämndsekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, pdfname))
    write_gold(pdfname, "protokoll", "Barn- och utbildningsnämnden", date, False, None, None, None, [it], parts,
               "Protokollsutdrag of a single paragraph, printed '§7' (no space) on its own line with the Dnr to the right and the title on the next line. "
               "No time or place is printed, so start/end/location are null. The extract has no roll; the only people named as taking part are those who signed: Kent Ålund (ordförande), Maja Holm (justerare) and Sofia Rask, nämndsekreterare, who certifies the extract (role sekreterare) — listed as participants as a judgement call. "
               "Proposal = text under 'Förvaltningens förslag till beslut' (lead line plus two att-satser joined with spaces); decision = text under 'Barn- och utbildningsnämndens beslut', which has a third att-sats added by Maja Holm's tilläggsyrkande, so proposal and decision differ. "
               "Presenter: 'Lokalstrateg Ebba Norberg föredrar ärendet.' Footer signature boxes on every page.")


# ---------------------------------------------------------------------------
# 5. Kommunfullmäktige, Tallbacka kommun — protokoll with yrkanden, propositionsordning,
#    votering (name list as bilaga) and reservationer (fpdf2, prose header, roll by surname)
# ---------------------------------------------------------------------------
KF_FIRST = ["Annika", "Birgitta", "Camilla", "Elin", "Frida", "Gunilla", "Helena", "Ingrid", "Jenny",
            "Lena", "Linnea", "Marie", "Nina", "Sara", "Therese", "Ulrika", "Åsa", "Eva", "Malin",
            "Hanna", "Anders", "Bengt", "Christer", "Daniel", "Erik", "Gustav", "Jonas", "Lars", "Mats",
            "Ola", "Per", "Roger", "Tomas", "Ulf", "Åke", "Leif", "Patrik", "Johan", "Mikael", "Agneta"]
KF_SUR = ["Abrahamsson", "Backman", "Bäckström", "Carlén", "Dahlgren", "Eklöf", "Fagerlund", "Gustavsson",
          "Hammarberg", "Höglund", "Ivarsson", "Jäderberg", "Kjellberg", "Lindblad", "Lönnqvist", "Modig",
          "Nilsson", "Norrman", "Olofsson", "Pettersson", "Renström", "Sahlin", "Stenberg", "Svedin",
          "Thorén", "Ulander", "Vesterberg", "Wahlgren", "Zetterlund", "Åkesson", "Ågren", "Ödman",
          "Berglöf", "Ekman", "Fors", "Grip", "Hultin", "Lindell", "Melin", "Nord", "Rosén", "Sköld"]


def kf_people(seed=17):
    rng = random.Random(seed)
    firsts, surs = KF_FIRST[:], KF_SUR[:]
    rng.shuffle(firsts); rng.shuffle(surs)
    used = set()
    def mk():
        while True:
            n = (rng.choice(firsts), rng.choice(surs))
            if n[1] not in used:
                used.add(n[1]); return n
    seats = [("S", 11), ("M", 7), ("SD", 6), ("C", 3), ("V", 2), ("KD", 1), ("L", 1)]
    members = []
    for party, k in seats:
        for _ in range(k):
            f, s = mk(); members.append(dict(fn=f, sur=s, party=party))
    return members, mk


def doc_kf_tallbacka():
    pdfname = "2024-11-25_kommunfullmaktige-tallbacka_protokoll.pdf"
    date, start, end = "2024-11-25", "18:00", "21:40"
    place = "Medborgarhuset, Stora salen"
    members, mk = kf_people()
    # functions
    members[0]["role"] = "ordförande"; members[0]["tag"] = "ordförande"
    members[11]["role"] = "vice ordförande"; members[11]["tag"] = "1:e vice ordförande"
    members[18]["role"] = "vice ordförande"; members[18]["tag"] = "2:e vice ordförande"
    absent_idx = [5, 14, 25]          # S, M, C members absent, replaced
    tjg = []
    for i in absent_idx:
        f, s = mk()
        tjg.append(dict(fn=f, sur=s, party=members[i]["party"], role="tjänstgörande ersättare",
                        for_=members[i]))
    ej = []
    for party in ("S", "SD"):
        f, s = mk(); ej.append(dict(fn=f, sur=s, party=party, role="ej tjänstgörande ersättare"))
    present = [m for i, m in enumerate(members) if i not in absent_idx]
    for m in present:
        m.setdefault("role", "ledamot")
    ks_ordf = members[1]           # S, KS ordförande
    m_leader = members[12]         # M group leader
    v_leader = members[27]         # V
    sd_member = members[19]
    c_member = members[25]
    just = [members[13], members[3]]  # M and S justerare
    for j in just:
        j["role"] = "justerare"
    N = lambda m: f"{m['fn']} {m['sur']}"
    NP = lambda m: f"{m['fn']} {m['sur']} ({m['party']})"
    ovr = [dict(fn="Kristoffer", sur="Lagerlöf", party=None, role="övrig", tag="kommundirektör"),
           dict(fn="Pia", sur="Wennberg", party=None, role="övrig", tag="ekonomichef, §§ 93–94"),
           dict(fn="Louise", sur="Hagström", party=None, role="sekreterare", tag="kommunsekreterare")]

    voters = present + tjg
    def vote(m):
        p = m["party"]
        return {"S": "Ja", "C": "Ja", "V": "Avstår"}.get(p, "Nej")
    ja = sum(vote(m) == "Ja" for m in voters); nej = sum(vote(m) == "Nej" for m in voters)
    avst = sum(vote(m) == "Avstår" for m in voters)
    assert ja + nej + avst == 31

    ks_prop93 = ("Kommunfullmäktige beslutar att fastställa budget 2025 och flerårsplan 2026–2027 enligt kommunstyrelsens förslag, "
                 "att kommunens nettoinvesteringar 2025 får uppgå till 96 400 000 kronor, samt att kommunstyrelsen får uppta nya lån om högst 40 000 000 kronor under 2025.")
    dec93 = ("Kommunfullmäktige beslutar att fastställa budget 2025 och flerårsplan 2026–2027 enligt Moderaternas, Sverigedemokraternas, Kristdemokraternas och Liberalernas gemensamma förslag, "
             "att kommunens nettoinvesteringar 2025 får uppgå till 88 100 000 kronor, samt att kommunstyrelsen får uppta nya lån om högst 40 000 000 kronor under 2025.")
    items = [
        item(88, "KF § 88", "Upprop", dnr=None,
             text=[f"Upprop förrättas. {len(present)} ledamöter och {len(tjg)} tjänstgörande ersättare är närvarande."]),
        item(89, "KF § 89", "Val av justerare och tid för justering", dnr=None, text=[],
             decision=f"Kommunfullmäktige utser {NP(just[0])} och {NP(just[1])} att jämte ordföranden justera dagens protokoll. Justering sker i kommunhuset torsdagen den 28 november 2024 kl. 15.00."),
        item(90, "KF § 90", "Fråga om kungörelse", dnr=None,
             text=["Kungörelse har varit anslagen på kommunens anslagstavla från och med den 14 november 2024 och införd i Tallbacka Tidning den 15 november 2024."],
             decision="Kommunfullmäktige finner att sammanträdet har kungjorts i laga ordning."),
        item(91, "KF § 91", "Allmänhetens frågestund", dnr=None,
             text=["Två frågor ställs från allmänheten, om vinterväghållningen i Östra Backarna och om öppettiderna på biblioteket i Nyby. Kommunstyrelsens ordförande och kultur- och fritidsnämndens ordförande besvarar frågorna."]),
        item(92, "KF § 92", f"Interpellation från {NP(v_leader)} om väntetider till hemtjänst", dnr="KS 2024/402",
             text=[f"{NP(v_leader)} har ställt en interpellation till socialnämndens ordförande. Interpellationen besvaras av socialnämndens ordförande {NP(members[2])}.",
                   f"I debatten deltar {NP(v_leader)}, {NP(members[2])} och {NP(sd_member)}."],
             decision="Interpellationen anses besvarad."),
        item(93, "KF § 93", "Budget 2025 och flerårsplan 2026–2027", dnr="KS 2024/255",
             text=["Kommunstyrelsen har upprättat förslag till budget 2025 och flerårsplan 2026–2027. Förslaget innebär ett resultat om 14 200 000 kronor för 2025.",
                   "Ekonomichef Pia Wennberg redogör för budgetförutsättningarna."],
             presenters=["Pia Wennberg"],
             proposal=ks_prop93, decision=dec93),
        item(94, "KF § 94", "Skattesats för 2025", dnr="KS 2024/256", text=[],
             proposal="Kommunfullmäktige fastställer skattesatsen för 2025 till 22,14 kronor per skattekrona.",
             decision="Kommunfullmäktige fastställer skattesatsen för 2025 till 22,14 kronor per skattekrona."),
        item(95, "KF § 95", "Avtal om gemensam överförmyndarnämnd med Östanå kommun", dnr="KS 2024/318",
             text=["Tallbacka och Östanå kommuner föreslås inrätta en gemensam överförmyndarnämnd från och med den 1 januari 2025 med Östanå som värdkommun. Tallbackas andel av kostnaderna beräknas till 2 350 000 kronor per år."],
             proposal="Kommunfullmäktige godkänner samverkansavtal om gemensam överförmyndarnämnd med Östanå kommun och antar reglemente för den gemensamma nämnden.",
             decision="Kommunfullmäktige godkänner samverkansavtal om gemensam överförmyndarnämnd med Östanå kommun och antar reglemente för den gemensamma nämnden."),
        item(96, "KF § 96", "Svar på motion om medborgarbudget", dnr="KS 2023/510",
             text=[f"{NP(v_leader)} föreslår i en motion att 1 000 000 kronor per år avsätts till en medborgarbudget där invånarna röstar om förslag.",
                   "#Yrkanden",
                   f"{NP(v_leader)} yrkar bifall till motionen.",
                   f"{NP(ks_ordf)} yrkar bifall till kommunstyrelsens förslag.",
                   "#Propositionsordning",
                   "Ordföranden ställer proposition på kommunstyrelsens förslag mot bifall till motionen och finner att kommunfullmäktige beslutar enligt kommunstyrelsens förslag.",
                   "#Reservation",
                   f"{v_leader['fn']} {v_leader['sur']} och {members[28]['fn']} {members[28]['sur']} (båda V) reserverar sig mot beslutet."],
             proposal="Kommunfullmäktige avslår motionen.", decision="Kommunfullmäktige avslår motionen."),
        item(97, "KF § 97", "Fyllnadsval av ersättare i socialnämnden", dnr="KS 2024/420",
             text=["Åsa Kvarnström (C) har avsagt sig uppdraget som ersättare i socialnämnden."],
             decision="Kommunfullmäktige väljer Oskar Fridén (C) till ersättare i socialnämnden för tiden till och med den 31 december 2026."),
        item(98, "KF § 98", "Anmälan av motioner", dnr=None,
             text=[f"Motion från {NP(sd_member)} om kameraövervakning vid resecentrum anmäls."],
             decision="Motionen remitteras till kommunstyrelsen för beredning."),
        item(99, "KF § 99", "Meddelanden", dnr=None,
             text=["Revisionsrapport om kommunens intern kontroll 2024.", "Länsstyrelsens beslut om ny ledamot efter Karl Jäderström (SD)."],
             decision="Meddelandena läggs till handlingarna."),
    ]
    vote_text = [
        "#Yrkanden",
        f"{NP(ks_ordf)} yrkar bifall till kommunstyrelsens förslag.",
        f"{NP(m_leader)} yrkar bifall till Moderaternas, Sverigedemokraternas, Kristdemokraternas och Liberalernas gemensamma förslag till budget 2025 med investeringar om 88 100 000 kronor.",
        f"{NP(v_leader)} yrkar bifall till Vänsterpartiets budgetförslag.",
        "Sammanträdet ajourneras kl. 19.45–20.05.",
        "#Propositionsordning",
        "Ordföranden ställer först Vänsterpartiets förslag mot M, SD, KD och L:s förslag och finner att det senare utses till motförslag. Därefter ställer ordföranden proposition på kommunstyrelsens förslag mot motförslaget och finner att kommunfullmäktige bifaller kommunstyrelsens förslag. Votering begärs.",
        "#Votering",
        "Följande voteringsproposition godkänns: Den som bifaller kommunstyrelsens förslag röstar Ja. Den som bifaller M, SD, KD och L:s förslag röstar Nej.",
        f"Omröstningsresultat: {ja} ja-röster, {nej} nej-röster och {avst} avstår. Kommunfullmäktige har således beslutat enligt M, SD, KD och L:s förslag. Voteringslista, se bilaga 1 till detta protokoll.",
        "#Reservation",
        "Ledamöterna för Socialdemokraterna och Centerpartiet reserverar sig till förmån för kommunstyrelsens förslag.",
        "#Protokollsanteckning",
        "Vänsterpartiets ledamöter lämnar en protokollsanteckning enligt bilaga 2.",
    ]
    items[5]["text"] += vote_text

    pdf = fpdf_new()
    pdf.set_margins(24, 18, 22)
    pdf.set_auto_page_break(True, 24)
    def header():
        if pdf.page_no() == 1:
            return
        pdf.set_font("Serif", "I", 8.5); pdf.set_text_color(60)
        pdf.cell(0, 4, "TALLBACKA KOMMUN · Kommunfullmäktige · 2024-11-25", new_x="LMARGIN", new_y="NEXT")
        pdf.set_text_color(0); pdf.ln(5)
    def footer():
        pdf.set_y(-15); pdf.set_font("Serif", "", 8)
        pdf.cell(60, 4, "Justerandes signaturer")
        pdf.cell(0, 4, f"– {pdf.page_no()} –", align="R")
    pdf.header = header; pdf.footer = footer
    pdf.add_page()
    pdf.set_font("Serif", "B", 16); pdf.cell(0, 8, "TALLBACKA KOMMUN", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 11); pdf.cell(0, 6, "Kommunfullmäktige", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("Serif", "", 10.5)
    pdf.multi_cell(0, 5.6, "Protokoll fört vid sammanträde med kommunfullmäktige i Tallbacka kommun måndagen den 25 november 2024 "
                   "i Medborgarhuset, Stora salen, kl. 18.00–21.40. Sammanträdet ajournerades kl. 19.45–20.05.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    def sur(m): return f"{m['sur']} {m['fn']}"
    def roll(title, people, fmt):
        pdf.set_font("Serif", "B", 10.5); pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "", 9.5)
        half = (len(people) + 1) // 2
        colw = 83
        y0 = pdf.get_y()
        for k, m in enumerate(people):
            col, row = divmod(k, half)
            pdf.set_xy(24 + col * colw, y0 + row * 4.6)
            pdf.cell(colw, 4.6, fmt(m))
        pdf.set_y(y0 + half * 4.6 + 2)
    srt = sorted(present, key=lambda m: (m["sur"], m["fn"]))
    roll("Närvarande ledamöter", srt, lambda m: f"{sur(m)} ({m['party']})" + (f", {m['tag']}" if m.get("tag") else ""))
    roll("Tjänstgörande ersättare", tjg, lambda m: f"{sur(m)} ({m['party']}) för {sur(m['for_'])}")
    roll("Ej tjänstgörande ersättare", ej, lambda m: f"{sur(m)} ({m['party']})")
    roll("Övriga närvarande", ovr, lambda m: f"{sur(m)}, {m['tag']}")
    pdf.ln(2)
    pdf.set_font("Serif", "", 10)
    for lab, val in [("Justerare", f"{sur(just[0])} ({just[0]['party']}) och {sur(just[1])} ({just[1]['party']})"),
                     ("Justeringens plats och tid", "Kommunhuset 2024-11-28 kl. 15.00"), ("Paragrafer", "KF §§ 88–99")]:
        pdf.set_font("Serif", "B", 10); pdf.cell(56, 5.5, lab)
        pdf.set_font("Serif", "", 10); pdf.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    y = pdf.get_y()
    for k, (lab, nm) in enumerate([("Sekreterare", N(ovr[2])), ("Ordförande", N(members[0])),
                                   ("Justerare", N(just[0])), ("Justerare", N(just[1]))]):
        x = 24 + (k % 2) * 84; yy = y + (k // 2) * 17
        pdf.line(x, yy + 8, x + 70, yy + 8)
        pdf.set_xy(x, yy + 8.5); pdf.set_font("Serif", "I", 8); pdf.cell(70, 3.5, lab)
        pdf.set_xy(x, yy + 12); pdf.set_font("Serif", "", 9.5); pdf.cell(70, 4, nm)
    # paragraphs
    for it in items:
        if pdf.get_y() > 235 or it["number"] == 88:
            pdf.add_page()
        else:
            pdf.ln(6)
        pdf.set_font("Sans", "B", 10); pdf.cell(40, 5.5, it["printed_number"])
        pdf.set_font("Sans", "", 8.5)
        pdf.cell(0, 5.5, f"Dnr {it['dnr']}" if it.get("dnr") else "", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Serif", "B", 12); pdf.multi_cell(0, 6.5, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        prop_done = False
        def put_prop():
            pdf.ln(1); pdf.set_font("Serif", "BI", 10); pdf.cell(0, 5.5, "Kommunstyrelsens förslag", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10.5); pdf.multi_cell(0, 5.4, it["proposal"], new_x="LMARGIN", new_y="NEXT")
        for t in it["text"]:
            if t.startswith("#"):
                if it["proposal"] and not prop_done:
                    put_prop(); prop_done = True
                pdf.ln(1); pdf.set_font("Serif", "BI", 10); pdf.cell(0, 5.5, t[1:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Serif", "", 10.5); pdf.multi_cell(0, 5.4, t, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
        if it["proposal"] and not prop_done:
            put_prop()
        if it["decision"]:
            pdf.ln(1); pdf.set_font("Serif", "B", 10.5); pdf.cell(0, 5.5, "Beslut", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Serif", "", 10.5); pdf.multi_cell(0, 5.4, it["decision"], new_x="LMARGIN", new_y="NEXT")
    # bilaga: voteringslista
    pdf.add_page()
    pdf.set_font("Serif", "B", 12); pdf.cell(0, 7, "Bilaga 1 till KF § 93 – Voteringslista", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Serif", "", 9.5); pdf.cell(0, 5, "Votering: kommunstyrelsens förslag (Ja) mot M, SD, KD och L:s förslag (Nej)", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    ws = [62, 14, 48, 14, 14, 14]
    pdf.set_font("Sans", "B", 8)
    for w, t in zip(ws, ["Ledamot", "Parti", "Tjänstgörande ersättare", "Ja", "Nej", "Avstår"]):
        pdf.cell(w, 5, t, border=1, align="C" if w == 14 else "L")
    pdf.ln(5)
    pdf.set_font("Sans", "", 8)
    tjg_for = {id(t["for_"]): t for t in tjg}
    for m in members:
        t = tjg_for.get(id(m))
        voter = t if t else m
        v = vote(voter)
        cells = [sur(m), m["party"], sur(t) if t else "", "X" if v == "Ja" else "", "X" if v == "Nej" else "", "X" if v == "Avstår" else ""]
        for w, c in zip(ws, cells):
            pdf.cell(w, 4.4, c, border=1, align="C" if w == 14 else "L")
        pdf.ln(4.4)
    pdf.set_font("Sans", "B", 8)
    for w, c in zip(ws, ["Summa", "", "", str(ja), str(nej), str(avst)]):
        pdf.cell(w, 5, c, border=1, align="C" if w == 14 else "L")
    pdf.output(os.path.join(OUT, pdfname))

    def P(m):
        return person(N(m), m["party"], role=m["role"])
    parts = [P(m) for m in srt] + [P(m) for m in tjg] + [P(m) for m in ej] + [P(m) for m in ovr]
    write_gold(pdfname, "protokoll", "Kommunfullmäktige", date, False, start, end, place, items, parts,
               "Prose header 'Protokoll fört vid sammanträde med kommunfullmäktige i Tallbacka kommun måndagen den 25 november 2024 i Medborgarhuset, Stora salen, kl. 18.00–21.40'; the ajournment 19.45–20.05 does not change start/end. "
               "Roll printed 'Efternamn Förnamn (parti)' in two columns (column-wise order); names turned around in the gold. 1:e and 2:e vice ordförande both 'vice ordförande'. The three ledamöter after 'för' in 'Tjänstgörande ersättare' are absent and not participants. "
               "The two justerare are ledamöter chosen in KF § 89 (role justerare). Kommunsekreterare Louise Hagström signs as Sekreterare (role sekreterare). "
               "Items 'KF § 88'–'KF § 99', label on its own line with Dnr right, title on the next line. Proposal = text under 'Kommunstyrelsens förslag'; decision = text under 'Beslut'. "
               "In KF § 93 the vote goes against kommunstyrelsens förslag (14 ja, 15 nej, 2 avstår), so decision differs from proposal; the yrkanden, propositionsordning, votering, reservation and protokollsanteckning are discussion, not decision. "
               "KF § 88 (Upprop) and § 91 (Allmänhetens frågestund) record no decision (null). Interpellation in § 92 'anses besvarad' is taken as its decision. "
               "Presenter only in § 93 ('Ekonomichef Pia Wennberg redogör'); the interpellation answer in § 92 is not a presentation. The voteringslista on the last page (Bilaga 1) repeats ledamöter and is not a separate roll or item.")


# ---------------------------------------------------------------------------
# 6. Skärlunda kommun (Finland) — Kommunstyrelsen, protokoll 14/2024
#    (Chromium; '205 §'; Beslutsförslag/Beslut in a hanging label column; an earlier
#    handling 'Kst 23.09.2024 § 188' inside one item; omprövningsanvisning at the end)
# ---------------------------------------------------------------------------
def doc_kst_skarlunda():
    pdfname = "2024-10-21_kommunstyrelsen-skarlunda_protokoll.pdf"
    date, start, end = "2024-10-21", "17:00", "19:35"
    place = "Kommungården, styrelserummet"
    narv = [
        person("Christer Holmström", role="ordförande", upp="ordförande"),
        person("Ann-Sofi Björkqvist", role="vice ordförande", upp="I vice ordförande"),
        person("Göran Åkerlund", role="vice ordförande", upp="II vice ordförande"),
        person("Mikaela Nyholm", role="justerare", upp="medlem"),
        person("Bo-Erik Storbacka", role="justerare", upp="medlem"),
        person("Stina Westerholm", upp="medlem"),
        person("Jan-Erik Backlund", upp="medlem"),
        person("Pia Granholm", upp="medlem"),
        person("Dan Sjöholm", role="tjänstgörande ersättare", upp="ersättare för Kaj Forsblom"),
    ]
    frånv = [("Kaj Forsblom", "medlem")]
    ovr = [
        person("Fredrik Östman", role="övrig", upp="fullmäktiges ordförande"),
        person("Tage Mattsson", role="övrig", upp="kommundirektör, föredragande"),
        person("Kim Backström", role="övrig", upp="tekniska chefen, 206 §"),
        person("Carina Byggmästar", role="sekreterare", upp="förvaltningssekreterare, protokollförare"),
    ]
    F = "Tage Mattsson"
    E = "Enligt beslutsförslaget."
    items = [
        item(201, "201 §", "Sammanträdets laglighet och beslutförhet",
             body=["Kommunstyrelsen är beslutför när mer än hälften av ledamöterna är närvarande. Kallelsen har sänts till ledamöterna den 15.10.2024."],
             proposal="Sammanträdet konstateras vara lagenligt sammankallat och beslutfört.", decision=E),
        item(202, "202 §", "Val av protokolljusterare",
             body=["Protokollet justeras av två ledamöter i alfabetisk turordning."],
             proposal="Till protokolljusterare väljs Mikaela Nyholm och Bo-Erik Storbacka.",
             decision="Till protokolljusterare valdes Mikaela Nyholm och Bo-Erik Storbacka."),
        item(203, "203 §", "Godkännande av föredragningslistan", body=[],
             proposal="Föredragningslistan godkänns som arbetsordning för sammanträdet.",
             decision="Föredragningslistan godkändes med tillägg av ett extra ärende, 212 § Anhållan om förlängda öppettider vid Skärlunda hälsostation under jul och nyår."),
        item(204, "204 §", "Delårsrapport januari–augusti 2024", presenters=[F], dnr="SKÄ/188/2024",
             body=["Verksamhetsbidraget för perioden uppgår till -14,2 miljoner euro. Skatteinkomsterna har utfallit 1,8 procent bättre än budgeterat. Prognosen för hela året visar ett överskott om 410 000 euro."],
             proposal="Kommunstyrelsen godkänner delårsrapporten för januari–augusti 2024 och sänder den till fullmäktige för kännedom.",
             decision=E),
        item(205, "205 §", "Avtal om samarbete inom byggnadstillsynen med Österlunda stad", presenters=[F], dnr="SKÄ/151/2024",
             history=[("Kst 23.09.2024 § 188", ["Ett utkast till samarbetsavtal har förhandlats fram med Österlunda stad. Enligt avtalet sköter Österlunda stad byggnadstillsynen i Skärlunda från 1.1.2025. Skärlundas kostnad beräknas till 96 000 euro per år."],
                       "Kommunstyrelsen godkänner samarbetsavtalet med Österlunda stad och föreslår för fullmäktige att avtalet godkänns.",
                       "Ärendet bordlades.")],
             body=["Till sammanträdet har ett kompletterat avtalsutkast tagits fram där uppsägningstiden förlängts till tolv månader och tjänsternas tillgänglighet i Skärlunda preciserats (minst två mottagningsdagar per månad).",
                   "Under diskussionen föreslog Jan-Erik Backlund, understödd av Pia Granholm, att ärendet återremitteras för utredning av en egen byggnadsinspektör på deltid.",
                   "Eftersom ett understött motförslag framställts verkställdes omröstning genom namnupprop. De som omfattade beslutsförslaget röstade JA och de som omfattade Backlunds förslag röstade NEJ. Omröstningen utföll med 7 JA-röster mot 2 NEJ-röster."],
             proposal="Kommunstyrelsen godkänner det kompletterade samarbetsavtalet med Österlunda stad och föreslår för fullmäktige att avtalet godkänns.",
             decision="Kommunstyrelsen beslöt efter omröstning (7–2) enligt beslutsförslaget.",
             avv="Jan-Erik Backlund och Pia Granholm anmälde avvikande mening."),
        item(206, "206 §", "Försäljning av industritomt i Kvarnbackens industriområde", presenters=[F, "Kim Backström"], dnr="SKÄ/203/2024",
             body=["Snickeri Ab Granvik har anhållit om att få köpa tomt 4 i kvarter 12 (1,2 ha) i Kvarnbackens industriområde. Enligt gällande prisnivå är köpesumman 48 600 euro.",
                   "Tekniska chefen Kim Backström redogjorde för ärendet."],
             proposal="Kommunstyrelsen säljer tomt 4 i kvarter 12 i Kvarnbackens industriområde till Snickeri Ab Granvik för 48 600 euro och befullmäktigar kommundirektören att underteckna köpebrevet.",
             decision=E),
        item(207, "207 §", "Utlåtande om förslag till regional avfallsplan 2025–2030", presenters=[F], dnr="SKÄ/176/2024",
             body=["Avfallsnämnden för Kustregionen har begärt utlåtande senast 31.10.2024."],
             proposal="Kommunstyrelsen ger utlåtande enligt bilaga 3.", decision=E),
        item(208, "208 §", "Anställning av ekonomichef", presenters=[F], dnr="SKÄ/160/2024",
             body=["Tjänsten som ekonomichef har varit lediganslagen 2.9–27.9.2024. Sju ansökningar inkom. Fyra sökande intervjuades."],
             proposal="Kommunstyrelsen anställer ekonomie magister Linda Fagerström som ekonomichef. Prövotiden är sex månader.",
             decision=E),
        item(209, "209 §", "Bidrag till Skärlunda Ungdomsförening r.f. för renovering av föreningshuset", presenters=[F], dnr="SKÄ/199/2024",
             body=["Stina Westerholm anmälde jäv och avlägsnade sig under behandlingen av ärendet.",
                   "Föreningen ansöker om 5 000 euro för byte av fönster i föreningshuset Strandgården. Totalkostnaden är 21 400 euro."],
             proposal="Kommunstyrelsen beviljar Skärlunda Ungdomsförening r.f. ett bidrag om 5 000 euro ur anslaget för föreningsbidrag.",
             decision=E),
        item(210, "210 §", "Anmälningsärenden",
             body=["Bildningsnämndens protokoll 8.10.2024.", "Tekniska nämndens protokoll 10.10.2024.", "Regionförvaltningsverkets beslut 3.10.2024 om tillstånd för skoltaxi."],
             proposal="Kommunstyrelsen antecknar anmälningsärendena för kännedom.", decision=E),
        item(211, "211 §", "Övriga ärenden", body=["Inga övriga ärenden."]),
        item(212, "212 §", "Anhållan om förlängda öppettider vid Skärlunda hälsostation under jul och nyår", presenters=[F], dnr="SKÄ/214/2024",
             body=["Extra ärende. Välfärdsområdet har frågat om kommunen kan ställa personal från hemvården till förfogande 23.12.2024–6.1.2025. Kostnaden beräknas till 3 800 euro."],
             proposal="Kommunstyrelsen meddelar välfärdsområdet att kommunen inte kan ställa personal till förfogande men bistår med lokaler utan kostnad.",
             decision=E),
    ]
    css = """
    @page { size: A4; margin: 12mm 15mm 14mm 18mm; }
    body { font-family:'DejaVu Sans',sans-serif; font-size:9.8pt; }
    table.pg { width:100%; border-collapse:collapse; }
    table.hdr { width:100%; border-collapse:collapse; font-size:8.5pt; margin-bottom:5mm; }
    table.hdr td { padding:0.6mm 1mm; }
    table.hdr tr.b td { border-bottom:0.7pt solid #000; }
    .kn { font-weight:bold; font-size:11pt; letter-spacing:0.5pt; }
    table.first { width:100%; border-collapse:collapse; margin-bottom:4mm; }
    table.first td { border:0.5pt solid #000; padding:1.5mm 2mm; vertical-align:top; }
    table.first td.l { width:34mm; font-weight:bold; font-size:8.5pt; }
    table.inner td { border:none; padding:0.3mm 4mm 0.3mm 0; }
    .item { margin-top:6mm; }
    .it { font-weight:bold; font-size:10.5pt; margin-bottom:1mm; }
    .it .n { display:inline-block; width:18mm; }
    .dnr { font-size:8pt; color:#333; margin-left:18mm; }
    .g { display:grid; grid-template-columns:32mm 1fr; column-gap:3mm; margin-top:1.5mm; }
    .g .lab { font-weight:bold; font-size:9pt; }
    .hist { margin:2mm 0 2mm 18mm; font-size:9pt; border-left:2pt solid #bbb; padding-left:3mm; }
    .hist .hh { font-weight:bold; text-decoration:underline; margin:1mm 0; }
    .cur { margin-left:18mm; font-weight:bold; text-decoration:underline; margin-top:2mm; }
    p { margin:0 0 1.5mm 0; }
    .txt { margin-left:18mm; }
    .omp { page-break-before:always; font-size:8.8pt; }
    .omp h2 { font-size:11pt; }
    .omp table { border-collapse:collapse; width:100%; }
    .omp td { border:0.5pt solid #000; padding:1.5mm; vertical-align:top; }
    """
    def hdr():
        return ("<table class='hdr'><tr><td class='kn'>SKÄRLUNDA KOMMUN</td><td>PROTOKOLL</td><td>Nr 14/2024</td></tr>"
                "<tr class='b'><td>Kommunstyrelsen</td><td>Sammanträdesdatum 21.10.2024</td><td></td></tr></table>")
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<table class='pg'><thead><tr><td>" + hdr() + "</td></tr></thead><tbody><tr><td>")
    h.append("<table class='first'>")
    h.append("<tr><td class='l'>Sammanträdestid</td><td>Måndag 21.10.2024 kl. 17.00–19.35</td></tr>")
    h.append(f"<tr><td class='l'>Sammanträdesplats</td><td>{esc(place)}</td></tr>")
    rows = "".join(f"<tr><td>{esc(p['name'])}</td><td>{esc(p['upp'])}</td></tr>" for p in narv)
    h.append(f"<tr><td class='l'>Närvarande</td><td><table class='inner'>{rows}</table></td></tr>")
    rows = "".join(f"<tr><td>{esc(n)}</td><td>{esc(u)}</td></tr>" for n, u in frånv)
    h.append(f"<tr><td class='l'>Frånvarande</td><td><table class='inner'>{rows}</table></td></tr>")
    rows = "".join(f"<tr><td>{esc(p['name'])}</td><td>{esc(p['upp'])}</td></tr>" for p in ovr)
    h.append(f"<tr><td class='l'>Övriga närvarande</td><td><table class='inner'>{rows}</table></td></tr>")
    h.append("<tr><td class='l'>Paragrafer</td><td>201–212 §</td></tr>")
    h.append("<tr><td class='l'>Underskrifter</td><td><br>Christer Holmström &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Carina Byggmästar<br>ordförande &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; protokollförare</td></tr>")
    h.append("<tr><td class='l'>Protokolljustering</td><td>Skärlunda 23.10.2024<br><br>Mikaela Nyholm &nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; Bo-Erik Storbacka</td></tr>")
    h.append("<tr><td class='l'>Protokollet framlagt till påseende</td><td>Allmänna datanätet 25.10.2024<br>Intygar: Carina Byggmästar, förvaltningssekreterare</td></tr>")
    h.append("</table>")
    def grid(lab, txt):
        return f"<div class='g'><div class='lab'>{lab}</div><div>{esc(txt)}</div></div>"
    for k, it in enumerate(items):
        brk = " style='page-break-before:always'" if k == 0 else ""
        h.append(f"<div class='item'{brk}><div class='it'><span class='n'>{it['printed_number']}</span>{esc(it['title'])}</div>")
        if it.get("dnr"):
            h.append(f"<div class='dnr'>{it['dnr']}</div>")
        for (hd, paras, prop, dec) in it.get("history", []):
            h.append(f"<div class='hist'><div class='hh'>{hd}</div>" + "".join(f"<p>{esc(p)}</p>" for p in paras)
                     + grid("Beslutsförslag:", prop) + grid("Beslut:", dec) + "</div>")
            h.append("<div class='cur'>Kst 21.10.2024 § 205</div>")
        if it["number"] in (204, 205, 206, 207, 208, 209, 212):
            h.append("<div class='txt'><p><i>Föredragande: kommundirektör Tage Mattsson</i></p></div>")
        h.append("<div class='txt'>" + "".join(f"<p>{esc(p)}</p>" for p in it["body"]) + "</div>")
        if it["proposal"]:
            h.append(grid("Beslutsförslag:", it["proposal"]))
        if it["decision"]:
            h.append(grid("Beslut:", it["decision"]))
        if it.get("avv"):
            h.append(grid("Avvikande mening:", it["avv"]))
        h.append("</div>")
    h.append("<div class='omp'><h2>ANVISNING OM BEGÄRAN OM OMPRÖVNING</h2><table>"
             "<tr><td>Paragrafer</td><td>201–204 §, 207 §, 210–211 §</td><td>Över beslut som endast gäller beredning eller verkställighet får begäran om omprövning inte framställas.</td></tr>"
             "<tr><td>Paragrafer</td><td>205–206 §, 208–209 §, 212 §</td><td>Den som är missnöjd med beslutet får framställa begäran om omprövning hos kommunstyrelsen inom 14 dagar från delfåendet.</td></tr>"
             "<tr><td colspan='3'>Omprövningsmyndighet: Skärlunda kommunstyrelse, Kommungården, Strandvägen 2, 66880 Skärlunda. E-post: registratur@skarlunda.invalid</td></tr></table></div>")
    h.append("</td></tr></tbody></table></body></html>")
    chromium("".join(h), pdfname)
    write_gold(pdfname, "protokoll", "Kommunstyrelsen", date, False, start, end, place, items, narv + ovr,
               "Finland-Swedish protocol (dates dd.mm.yyyy, amounts in euro), Chromium-rendered with a repeating table header (SKÄRLUNDA KOMMUN / PROTOKOLL / Nr 14/2024 / Kommunstyrelsen / Sammanträdesdatum 21.10.2024). "
               "Items are '201 §'–'212 §' (running numbering through the year), title on the same line; 212 § is an extra ärende added under 203 §. "
               "Proposal = text after 'Beslutsförslag:', decision = text after 'Beslut:' in the hanging label column — mostly literally 'Enligt beslutsförslaget.' which is kept as printed. "
               "205 § contains an earlier handling 'Kst 23.09.2024 § 188' (indented, with its own Beslutsförslag and Beslut 'Ärendet bordlades.'); that is NOT this meeting's proposal/decision — the gold takes the ones after 'Kst 21.10.2024 § 205'. The vote discussion and 'Avvikande mening' are not part of the decision. "
               "Presenters: 'Föredragande: kommundirektör Tage Mattsson' printed in 204–209 and 212 §, plus 'Tekniska chefen Kim Backström redogjorde' in 206 §. 211 § records no decision. "
               "Roll has no parties (null). Frånvarande Kaj Forsblom is not a participant; Dan Sjöholm 'ersättare för Kaj Forsblom' is tjänstgörande ersättare; I and II vice ordförande both 'vice ordförande'. "
               "Protokolljusterare Nyholm and Storbacka (chosen in 202 §) have role justerare; protokollförare Carina Byggmästar has role sekreterare; fullmäktiges ordförande and the officials are 'övrig'. "
               "The omprövningsanvisning on the last page is not an item.")


# ---------------------------------------------------------------------------
# 7. Hälsovårdsnämnden i Ängsjö kommun, 1979 — typed protokoll, scanned (image only)
#    (fpdf2 monospace 'typewriter' → 200 dpi greyscale image, skew, noise, uneven ink)
# ---------------------------------------------------------------------------
def doc_hvn_angsjo_1979():
    pdfname = "1979-03-14_halsovardsnamnden-angsjo_protokoll.pdf"
    date, start, end = "1979-03-14", "19:00", "21:15"
    place = "kommunalhuset, sammanträdesrummet 2 tr"
    narv = [
        person("Gösta Lundgren", role="ordförande", t="ordförande"),
        person("Inga-Britt Sahlström", role="vice ordförande", t="vice ordförande"),
        person("Sture Backlund", role="justerare", t=""),
        person("Karl-Axel Bohlin", t=""),
        person("Gun Edvinsson", t=""),
        person("Rune Hellström", role="tjänstgörande ersättare", t="tjänstgörande ersättare"),
    ]
    dess = [person("Olle Ringqvist", role="övrig", t="hälsovårdsinspektör"),
            person("Maj-Lis Tornberg", role="sekreterare", t="sekreterare")]
    items = [
        item(12, "§ 12", "Protokollsjustering",
             body=[], decision="Att jämte ordföranden justera dagens protokoll utsågs Sture Backlund."),
        item(13, "§ 13", "Föregående protokoll",
             body=[], decision="Föregående protokoll upplästes och lades till handlingarna."),
        item(14, "§ 14", "Ansökan om tillstånd till avloppsanordning på fastigheten Ekeby 3:7",
             presenters=["Olle Ringqvist"],
             body=["Lantbrukaren Evert Sandin, Ekeby, har ansökt om tillstånd att anlägga slamavskiljare med infiltrationsbädd för bostadshuset på fastigheten Ekeby 3:7. Hälsovårdsinspektör Ringqvist föredrog ärendet och meddelade att platsen besiktigats den 2 mars 1979."],
             decision="Nämnden beslöt att bevilja tillstånd på villkor att infiltrationsbädden placeras minst 50 meter från närmaste brunn."),
        item(15, "§ 15", "Tillsyn över livsmedelslokaler under år 1978", presenters=["Olle Ringqvist"],
             body=["Hälsovårdsinspektör Olle Ringqvist lämnade redogörelse för tillsynen. 41 lokaler har inspekterats, varav 6 har fått anmärkning."],
             decision="Nämnden beslöt att lägga redogörelsen till handlingarna."),
        item(16, "§ 16", "Avgifter för prövning av ansökningar",
             body=["Enligt förslag från förvaltningen bör avgiften för prövning av ansökan om avloppsanordning höjas från 100 kronor till 150 kronor och avgiften för tillstånd att hålla djur inom detaljplanerat område från 50 kronor till 75 kronor."],
             decision="Nämnden beslöt hemställa att kommunfullmäktige fastställer avgifterna enligt förslaget att gälla fr o m 1 juli 1979."),
        item(17, "§ 17", "Avtal med Ängsjö Renhållnings AB om slamtömning",
             body=["Förelåg förslag till avtal om tömning av slamavskiljare och slutna tankar för tiden 1979-04-01 -- 1981-03-31. Ersättningen utgår med 84 kronor per tömning."],
             decision="Nämnden beslöt att godkänna avtalet samt uppdra åt ordföranden att underteckna detsamma."),
        item(18, "§ 18", "Skrivelse angående buller från bageriet vid Storgatan",
             body=["Boende i fastigheten Storgatan 14 klagar i skrivelse den 20 februari 1979 över buller från bageriets fläktar nattetid."],
             decision="Nämnden beslöt uppdra åt hälsovårdsinspektören att mäta bullret och återkomma till nämndens nästa sammanträde."),
        item(19, "§ 19", "Meddelanden",
             body=["Socialstyrelsens cirkulär nr 4/79 angående badvattenkontroll.", "Länsstyrelsens beslut 1979-02-21 i ärende om täktverksamhet vid Granåsen."],
             decision="Nämnden beslöt lägga meddelandena till handlingarna."),
    ]
    pdf = fpdf_new()
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 30)
    LH = 4.7
    def typeline(txt, x=None, bold=False):
        if x is not None:
            pdf.set_x(x)
        pdf.set_font("Mono", "B" if bold else "", 10.5)
        pdf.cell(0, LH, txt, new_x="LMARGIN", new_y="NEXT")
    import textwrap
    def para(txt, x=50, width=54):
        for ln in textwrap.wrap(txt, width):
            typeline(ln, x)
    def head():
        pdf.set_font("Mono", "", 10.5)
        pdf.set_xy(22, 16); pdf.cell(90, LH, "ÄNGSJÖ KOMMUN"); pdf.cell(0, LH, "SAMMANTRÄDESPROTOKOLL", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(22); pdf.cell(90, LH, "Hälsovårdsnämnden"); pdf.cell(50, LH, "1979-03-14"); pdf.cell(0, LH, f"Blad {pdf.page_no()}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
    def foot():
        pdf.set_y(-24); pdf.set_font("Mono", "", 9)
        pdf.cell(0, 4, "Justerandes signaturer:  ..........   ..........")
    pdf.header = head; pdf.footer = foot
    pdf.add_page()
    hdr = ("PROTOKOLL fört vid sammanträde med hälsovårdsnämnden i Ängsjö kommun onsdagen den 14 mars 1979 "
           "kl 19.00 - 21.15 i kommunalhuset, sammanträdesrummet 2 tr.")
    for ln in textwrap.wrap(hdr, 72):
        typeline(ln, 22)
    pdf.ln(LH)
    typeline("Närvarande:", 22)
    for p in narv:
        typeline(p["name"] + (", " + p["t"] if p["t"] else ""), 50)
    pdf.ln(2)
    typeline("Dessutom", 22)
    typeline("närvarande:", 22)
    pdf.set_y(pdf.get_y() - 2 * LH)
    for p in dess:
        typeline(p["name"] + ", " + p["t"], 50)
    pdf.ln(LH)
    for it in items:
        if pdf.get_y() > 230:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("Mono", "", 10.5); pdf.set_x(22); pdf.cell(20, LH, it["printed_number"])
        # underlined heading (typed underline: a rule just under the baseline)
        tl = textwrap.wrap(it["title"], 54)
        for ln in tl:
            yy = pdf.get_y()
            pdf.set_x(50); pdf.cell(0, LH, ln, new_x="LMARGIN", new_y="NEXT")
            pdf.set_line_width(0.25)
            pdf.line(50, yy + LH - 0.4, 50 + pdf.get_string_width(ln), yy + LH - 0.4)
            pdf.ln(0.6)
        pdf.ln(2.2)
        for b in it["body"]:
            para(b); pdf.ln(1.5)
        para(it["decision"]); pdf.ln(LH * 1.2)
    pdf.ln(LH)
    typeline("Vid protokollet", 22)
    pdf.ln(LH * 1.6)
    typeline("Maj-Lis Tornberg", 22)
    pdf.ln(LH)
    typeline("Justeras:", 22)
    pdf.ln(LH * 1.6)
    typeline("Gösta Lundgren                Sture Backlund", 22)
    pdf.ln(LH)
    typeline("Justeringen tillkännagiven genom anslag 1979-03-19.", 22)
    pre = os.path.join(tempfile.mkdtemp(prefix="muni17pre_"), "pre.pdf")
    pdf.output(pre)
    scan_pdf(pre, os.path.join(OUT, pdfname), dpi=200, seed=1979)
    write_gold(pdfname, "protokoll", "Hälsovårdsnämnden", date, True, start, end, place, items, narv + dess,
               "Typewritten 1979 minutes, scanned: every page is a greyscale image (200 dpi, skewed up to ±1.4°, noise, uneven ribbon ink), no text layer. "
               "Prose header 'PROTOKOLL fört vid sammanträde med hälsovårdsnämnden i Ängsjö kommun onsdagen den 14 mars 1979 kl 19.00 - 21.15 i kommunalhuset, sammanträdesrummet 2 tr.' — location taken as 'kommunalhuset, sammanträdesrummet 2 tr' (without the final period). "
               "Items '§ 12'–'§ 19' typed in the left margin, headings underlined with typed underscores to the right. No 'Beslut' label: the decision is the sentence 'Nämnden beslöt …' (or the passive 'utsågs'/'lades till handlingarna' in § 12–13) that closes each paragraph. "
               "Presenter in § 14 is printed only as 'Hälsovårdsinspektör Ringqvist föredrog ärendet'; the roll names the hälsovårdsinspektör Olle Ringqvist, so the full name is used. § 15: 'Olle Ringqvist lämnade redogörelse'. "
               "Roll: 'Närvarande' (ordförande, vice ordförande, ledamöter, one tjänstgörande ersättare) and 'Dessutom närvarande' (hälsovårdsinspektör = övrig, sekreterare). Sture Backlund is chosen justerare in § 12 (role justerare). Evert Sandin in § 14 is an applicant, not a participant.")


# ---------------------------------------------------------------------------
# 8. Vretby kommun — tjänsteskrivelse alone (underlag), Chromium, floated side column
# ---------------------------------------------------------------------------
def doc_ts_vretby():
    pdfname = "2024-10-28_samhallsbyggnadsnamnden-vretby_tjansteskrivelse.pdf"
    forslag = ["Samhällsbyggnadsnämnden beslutar",
               "att tilldela Norrskog Entreprenad AB avtal om vinterväghållning för område Norr och område Väst för perioden 2025-05-01–2029-04-30,",
               "att tilldela Vretby Maskin & Transport HB avtal om vinterväghållning för område Centrum för samma period, samt",
               "att uppdra åt samhällsbyggnadschefen att underteckna avtalen."]
    css = """
    @page { size: A4; margin: 18mm 18mm 20mm 18mm;
      @bottom-center { content: "Vretby kommun · Samhällsbyggnadsförvaltningen · " counter(page) "/" counter(pages); font-family:'DejaVu Sans',sans-serif; font-size:7.5pt; color:#555; } }
    body { font-family:'DejaVu Serif',serif; font-size:10.5pt; line-height:1.38; }
    .logo { font-family:'DejaVu Sans',sans-serif; font-weight:bold; font-size:17pt; color:#1f5e3b; }
    .logo small { display:block; font-size:9pt; color:#333; font-weight:normal; }
    .side { float:right; width:52mm; margin:0 0 6mm 8mm; font-family:'DejaVu Sans',sans-serif; font-size:8.5pt; border-left:2pt solid #1f5e3b; padding-left:3mm; }
    .side div { margin-bottom:2.5mm; }
    .side b { display:block; font-size:7.5pt; text-transform:uppercase; color:#555; }
    .doctype { font-family:'DejaVu Sans',sans-serif; letter-spacing:2pt; font-size:9pt; margin-top:8mm; color:#1f5e3b; }
    h1 { font-family:'DejaVu Sans',sans-serif; font-size:15pt; margin:1mm 0 5mm 0; }
    h2 { font-family:'DejaVu Sans',sans-serif; font-size:10.5pt; margin:5mm 0 1mm 0; }
    p { margin:0 0 2.2mm 0; text-align:justify; }
    table.t { border-collapse:collapse; margin:2mm 0 3mm 0; font-family:'DejaVu Sans',sans-serif; font-size:8.8pt; width:100%; }
    table.t th, table.t td { border-bottom:0.5pt solid #999; padding:1mm 2mm; text-align:left; }
    table.t td.n { text-align:right; }
    .att { display:grid; grid-template-columns:9mm 1fr; }
    .sig { margin-top:12mm; display:flex; gap:20mm; font-size:10pt; }
    """
    rows = [("Norr", "Norrskog Entreprenad AB", "1 962 000", "2 110 000"),
            ("Väst", "Norrskog Entreprenad AB", "1 405 000", "1 530 000"),
            ("Centrum", "Vretby Maskin & Transport HB", "2 240 000", "2 395 000")]
    h = [f"<html><head><meta charset='utf-8'><style>{css}</style></head><body>"]
    h.append("<div class='logo'>VRETBY KOMMUN<small>Samhällsbyggnadsförvaltningen</small></div>")
    h.append("<div class='side'><div><b>Datum</b>2024-10-28</div><div><b>Diarienummer</b>SBN 2024/311</div>"
             "<div><b>Handläggare</b>Tobias Renberg<br>Gatuingenjör<br>tobias.renberg@vretby.invalid</div>"
             "<div><b>Mottagare</b>Samhällsbyggnadsnämnden</div></div>")
    h.append("<div class='doctype'>TJÄNSTESKRIVELSE</div><h1>Tilldelning av avtal om vinterväghållning 2025–2029</h1>")
    h.append("<h2>Förslag till beslut</h2><p>" + esc(forslag[0]) + "</p>")
    for a in forslag[1:]:
        h.append(f"<div class='att'><span>att</span><span>{esc(a[4:])}</span></div>")
    h.append("<h2>Sammanfattning</h2><p>Kommunens nuvarande avtal om vinterväghållning på det kommunala vägnätet löper ut den 30 april 2025. "
             "En upphandling i tre geografiska områden har genomförts som öppet förfarande. Sju anbud har kommit in. Förvaltningen föreslår "
             "att avtal tecknas med de anbudsgivare som har lämnat lägst utvärderat pris i respektive område.</p>")
    h.append("<h2>Bakgrund</h2><p>Vinterväghållningen omfattar plogning, sandning och halkbekämpning på cirka 118 kilometer kommunal gata och "
             "gång- och cykelväg samt snöbortforsling i centrala Vretby. Under säsongen 2023/24 uppgick kostnaden till 5 360 000 kronor, "
             "vilket var 410 000 kronor över budget på grund av den snörika januarimånaden.</p>")
    h.append("<h2>Ärendet</h2><p>Upphandlingen annonserades den 2 september 2024 med sista anbudsdag den 7 oktober 2024. Anbuden har utvärderats "
             "utifrån pris för en normalvinter beräknad som genomsnittet av de fem senaste säsongerna. Utvärderade priser per säsong:</p>")
    h.append("<table class='t'><tr><th>Område</th><th>Föreslagen leverantör</th><th>Utvärderat pris, kr</th><th>Näst lägsta anbud, kr</th></tr>"
             + "".join(f"<tr><td>{a}</td><td>{esc(b)}</td><td class='n'>{c}</td><td class='n'>{d}</td></tr>" for a, b, c, d in rows) + "</table>")
    h.append("<p>Båda föreslagna leverantörer uppfyller kraven på ekonomisk stabilitet, fordon med lägst miljöklass Euro 6 och jourberedskap "
             "inom 60 minuter. Avtalen löper i fyra säsonger med möjlighet till förlängning i ett plus ett år.</p>")
    h.append("<h2>Ekonomiska konsekvenser</h2><p>Den sammanlagda kostnaden för en normalvinter beräknas till 5 607 000 kronor per år, "
             "vilket är 487 000 kronor mer än dagens kostnad vid normalvinter om 5 120 000 kronor. Ökningen föreslås hanteras inom samhällsbyggnadsnämndens ram "
             "för 2025 genom minskad beläggningsunderhållsbudget.</p>")
    h.append("<h2>Barnperspektiv</h2><p>Avtalen prioriterar gång- och cykelvägar till skolor och förskolor, som ska vara plogade senast kl. 07.00.</p>")
    h.append("<h2>Beslutsunderlag</h2><p>Tjänsteskrivelse 2024-10-28<br>Upphandlingsrapport 2024-10-21<br>Utkast till avtal, område Norr, Väst och Centrum</p>")
    h.append("<h2>Beslutet ska skickas till</h2><p>Anbudsgivarna<br>Upphandlingsenheten<br>Gatuavdelningen</p>")
    h.append("<div class='sig'><div>Annelie Strömqvist<br><i>Samhällsbyggnadschef</i></div><div>Tobias Renberg<br><i>Gatuingenjör</i></div></div>")
    h.append("</body></html>")
    chromium("".join(h), pdfname)
    write_gold(pdfname, "underlag", "Samhällsbyggnadsnämnden", None, False, None, None, None, [], None,
               "A tjänsteskrivelse on its own (no notice, no minutes), Chromium-rendered with a floated side column (Datum, Diarienummer, Handläggare, Mottagare) and a page-number footer from a CSS @page margin box. "
               "kind 'underlag'. organ is the recipient body printed under 'Mottagare' (Samhällsbyggnadsnämnden), since the document is written for its meeting; no meeting date, time or place is printed, so meeting_date and meeting fields are null "
               "(2024-10-28 is the document's own date, not a meeting date). Its unnumbered section headings (Förslag till beslut, Sammanfattning, Bakgrund, Ärendet …) are not agenda items: items []. "
               "The author and the signing chef are not a list of participants, so the key 'participants' is omitted. The 'Förslag till beslut' with three att-satser is not annotated anywhere because there are no items.")


# ---------------------------------------------------------------------------
# 9. Avfallsförbundet Mellansjön (kommunalförbund) — direktionens protokoll
#    (fpdf2 condensed, 'Ärende 7' in a shaded table row, '7.1'–'7.3' sub-items, roll table with kommun)
# ---------------------------------------------------------------------------
def doc_direktion_mellansjon():
    pdfname = "2024-06-13_direktionen-avfallsforbundet-mellansjon_protokoll.pdf"
    date, start, end = "2024-06-13", "09:00", "11:45"
    place = "Gråberga återvinningscentral, konferensrum Kompassen"
    LI, GR, OS = "Lindmo kommun", "Gråberga kommun", "Ösjövik kommun"
    roll = [
        person("Hans-Olof Wikman", "S", LI, "ordförande", f="Ordförande"),
        person("Elisabet Norén", "M", OS, "justerare", f="Vice ordförande"),
        person("Birgitta Sjölander", "C", LI, "ledamot", f="Ledamot"),
        person("Jörgen Alm", "S", GR, "ledamot", f="Ledamot"),
        person("Kenneth Hörnqvist", "SD", GR, "tjänstgörande ersättare", f="Tjänstgörande ersättare"),
        person("Lisa Enqvist", "S", OS, "ledamot", f="Ledamot"),
        person("Anton Berglund", "KD", LI, "ej tjänstgörande ersättare", f="Ersättare"),
        person("Marita Ceder", "S", GR, "ej tjänstgörande ersättare", f="Ersättare"),
    ]
    # Elisabet Norén is vice ordförande AND justerare: the higher role is kept
    roll[1]["role"] = "vice ordförande"
    ovr = [
        person("Roland Fjäll", role="övrig", t="förbundsdirektör"),
        person("Emma Lindeborg", role="övrig", t="ekonom, ärende 4"),
        person("Mikael Sand", role="övrig", t="projektledare, ärende 7.1"),
        person("Tove Ahlqvist", role="sekreterare", t="direktionssekreterare"),
    ]
    taxa = ("Direktionen beslutar att föreslå fullmäktige i Lindmo, Gråberga och Ösjövik kommuner att anta renhållningstaxa 2025 enligt bilaga, "
            "vilket innebär att grundavgiften för villahushåll höjs från 1 480 kronor till 1 560 kronor per år.")
    avt = ("Direktionen beslutar att teckna avtal om insamling av förpackningar och returpapper med Kretsloppsbolaget Mitt AB för perioden "
           "2025-01-01–2028-12-31 till en årlig ersättning om 3 900 000 kronor, samt att uppdra åt förbundsdirektören att underteckna avtalet.")
    items = [
        item(1, "Ärende 1", "Mötets öppnande", body=["Ordföranden hälsar välkommen och förklarar sammanträdet öppnat."]),
        item(2, "Ärende 2", "Val av justerare", body=[],
             decision="Direktionen utser Elisabet Norén (M), Ösjövik kommun, att jämte ordföranden justera protokollet."),
        item(3, "Ärende 3", "Godkännande av dagordning", body=[], decision="Dagordningen godkänns."),
        item(4, "Ärende 4", "Delårsrapport per april 2024", presenters=["Emma Lindeborg"], dnr="AMS 2024/18",
             body=["Ekonom Emma Lindeborg redogör för delårsrapporten. Resultatet per april är 1 240 000 kronor och prognosen för helåret 2 100 000 kronor, i nivå med budget."],
             proposal="Direktionen godkänner delårsrapporten per april 2024.",
             decision="Direktionen godkänner delårsrapporten per april 2024."),
        item(5, "Ärende 5", "Renhållningstaxa 2025", presenters=["Roland Fjäll"], dnr="AMS 2024/22",
             body=["Förbundsdirektör Roland Fjäll föredrar ärendet. Kostnaderna för behandling av restavfall har ökat med 9 procent sedan förra taxerevisionen.",
                   "#Yrkande", "Kenneth Hörnqvist (SD) yrkar att höjningen av grundavgiften begränsas till 3 procent.",
                   "#Propositionsordning", "Ordföranden ställer proposition på förslaget till beslut mot Kenneth Hörnqvists yrkande och finner att direktionen bifaller förslaget till beslut.",
                   "#Reservation", "Kenneth Hörnqvist (SD) reserverar sig mot beslutet."],
             proposal=taxa, decision=taxa),
        item(6, "Ärende 6", "Avtal om insamling av förpackningar och returpapper", dnr="AMS 2024/9",
             body=["Upphandlingen har genomförts tillsammans med två andra kommunalförbund. Fyra anbud har kommit in. Kretsloppsbolaget Mitt AB har lämnat det lägsta priset."],
             proposal=avt, decision=avt),
        item(7, "Ärende 7", "Informationsärenden", body=[], decision="Direktionen tackar för informationen."),
        item(7, "7.1", "Ny återvinningscentral i Ösjövik", presenters=["Mikael Sand"],
             body=["Projektledare Mikael Sand informerar om att bygglov har beviljats och att byggstart planeras till september 2024. Investeringen är beräknad till 18 500 000 kronor."]),
        item(7, "7.2", "Arbetsmiljö och sjukfrånvaro", presenters=["Roland Fjäll"],
             body=["Förbundsdirektören redogör för sjukfrånvaron, som har minskat från 7,9 till 6,1 procent."]),
        item(7, "7.3", "Förbundsdirektören informerar", presenters=["Roland Fjäll"],
             body=["Roland Fjäll informerar om den nya förordningen om producentansvar och om sommarens öppettider."]),
        item(8, "Ärende 8", "Övriga frågor", body=["Inga övriga frågor anmäls."]),
        item(9, "Ärende 9", "Mötets avslutande", body=["Ordföranden tackar för visat intresse och avslutar sammanträdet kl. 11.45."]),
    ]
    pdf = fpdf_new()
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    def head():
        pdf.set_font("Cond", "B", 9); pdf.set_text_color(20, 70, 110)
        pdf.cell(85, 5, "AVFALLSFÖRBUNDET MELLANSJÖN")
        pdf.set_font("Cond", "", 8.5); pdf.set_text_color(0)
        pdf.cell(0, 5, f"Direktionen · Protokoll 2024-06-13 · Sida {pdf.page_no()} av {{nb}}", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.set_draw_color(20, 70, 110); pdf.set_line_width(0.6); pdf.line(20, pdf.get_y() + 1, 190, pdf.get_y() + 1)
        pdf.set_line_width(0.2); pdf.set_draw_color(0); pdf.ln(6)
    def foot():
        pdf.set_y(-15); pdf.set_font("Cond", "I", 7.5); pdf.set_text_color(100)
        pdf.cell(0, 4, "Medlemskommuner: Lindmo, Gråberga och Ösjövik · Org.nr 222000-0000", align="C")
        pdf.set_text_color(0)
    pdf.header = head; pdf.footer = foot
    pdf.alias_nb_pages()
    pdf.add_page()
    pdf.set_font("Cond", "B", 17); pdf.cell(0, 9, "Protokoll från direktionens sammanträde", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Cond", "", 10.5)
    pdf.cell(0, 6, "Torsdagen den 13 juni 2024, kl. 09.00–11.45, Gråberga återvinningscentral, konferensrum Kompassen",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("Cond", "B", 10.5); pdf.cell(0, 6, "Närvarande", new_x="LMARGIN", new_y="NEXT")
    ws = [48, 14, 40, 68]
    pdf.set_fill_color(220, 230, 240); pdf.set_font("Cond", "B", 9)
    for w, t in zip(ws, ["Namn", "Parti", "Medlemskommun", "Funktion"]):
        pdf.cell(w, 6, t, border="B", fill=True)
    pdf.ln(6); pdf.set_font("Cond", "", 9.5)
    for p in roll:
        for w, t in zip(ws, [p["name"], p["party"], p["organization"], p["f"]]):
            pdf.cell(w, 5.4, t, border="B")
        pdf.ln(5.4)
    pdf.ln(3)
    pdf.set_font("Cond", "B", 10.5); pdf.cell(0, 6, "Övriga närvarande", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("Cond", "", 9.5)
    for p in ovr:
        pdf.cell(0, 5, f"{p['name']}, {p['t']}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("Cond", "", 9.5)
    pdf.multi_cell(0, 5, "Frånvarande: Peter Ljungdahl (M), Gråberga kommun, ledamot. Kenneth Hörnqvist (SD) tjänstgör i hans ställe.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for lab, val in [("Justerare", "Elisabet Norén"), ("Justering", "Förbundskontoret, Gråberga, 2024-06-18"), ("Ärenden", "1–9")]:
        pdf.set_font("Cond", "B", 9.5); pdf.cell(30, 5.5, lab)
        pdf.set_font("Cond", "", 9.5); pdf.cell(0, 5.5, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    y = pdf.get_y()
    for k, (lab, nm) in enumerate([("Sekreterare", "Tove Ahlqvist"), ("Ordförande", "Hans-Olof Wikman"), ("Justerare", "Elisabet Norén")]):
        x = 20 + k * 58
        pdf.line(x, y + 8, x + 50, y + 8)
        pdf.set_xy(x, y + 9); pdf.set_font("Cond", "", 9); pdf.cell(50, 4, f"{lab}: {nm}")
    pdf.set_y(y + 20)
    def put_prop(p, x):
        if pdf.get_y() > 258:
            pdf.add_page()
        pdf.set_x(x); pdf.set_font("Cond", "B", 9.5); pdf.cell(0, 5, "Förslag till beslut", new_x="LMARGIN", new_y="NEXT")
        pdf.set_x(x); pdf.set_font("Cond", "", 10); pdf.multi_cell(190 - x, 5, p, new_x="LMARGIN", new_y="NEXT")
    for it in items:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.ln(3)
        sub = "." in it["printed_number"]
        if not sub:
            pdf.set_fill_color(228, 234, 240); pdf.set_font("Cond", "B", 11)
            pdf.cell(24, 7, it["printed_number"], fill=True)
            pdf.cell(112, 7, it["title"], fill=True)
            pdf.set_font("Cond", "", 8.5)
            pdf.cell(0, 7, f"Dnr {it['dnr']}" if it.get("dnr") else "", fill=True, align="R", new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_x(28); pdf.set_font("Cond", "B", 10.5)
            pdf.cell(0, 6, f"{it['printed_number']}  {it['title']}", new_x="LMARGIN", new_y="NEXT")
        x0 = 28 if sub else 24
        pdf.ln(1)
        prop_done = False
        for b in it["body"]:
            if b.startswith("#") and it["proposal"] and not prop_done:
                put_prop(it["proposal"], x0); prop_done = True
            pdf.set_x(x0)
            if b.startswith("#"):
                pdf.set_font("Cond", "B", 9.5); pdf.cell(0, 5, b[1:], new_x="LMARGIN", new_y="NEXT")
            else:
                pdf.set_font("Cond", "", 10); pdf.multi_cell(190 - x0, 5, b, new_x="LMARGIN", new_y="NEXT"); pdf.ln(0.8)
        if it["proposal"] and not prop_done:
            put_prop(it["proposal"], x0)
        def put_dec(d, x):
            if pdf.get_y() > 258:
                pdf.add_page()
            pdf.set_x(x); pdf.set_font("Cond", "B", 9.5); pdf.cell(0, 5, "Direktionens beslut", new_x="LMARGIN", new_y="NEXT")
            pdf.set_x(x); pdf.set_font("Cond", "", 10); pdf.multi_cell(190 - x, 5, d, new_x="LMARGIN", new_y="NEXT")
        if it["printed_number"] == "Ärende 7":
            pending = it["decision"]      # printed after the sub-items 7.1–7.3
        elif it["decision"]:
            put_dec(it["decision"], x0)
        if it["printed_number"] == "7.3":
            pdf.ln(2); put_dec(pending, 24)
    pdf.output(os.path.join(OUT, pdfname))
    write_gold(pdfname, "protokoll", "Direktionen", date, False, start, end, place, items, roll + ovr,
               "Kommunalförbund (Avfallsförbundet Mellansjön) direktion minutes, fpdf2. Header is a title line plus one prose line with weekday, date, time and place. "
               "organ 'Direktionen' (the förbund's name goes here in notes: Avfallsförbundet Mellansjön). Roll is a table Namn | Parti | Medlemskommun | Funktion; the member kommun is kept as organization. "
               "Elisabet Norén is vice ordförande and the chosen justerare: the higher role (vice ordförande) is kept. The absent Peter Ljungdahl (Frånvarande) is not a participant. Ersättare marked plain 'Ersättare' next to a 'Tjänstgörande ersättare' are 'ej tjänstgörande ersättare'. "
               "Items 'Ärende 1'–'Ärende 9' with the title in the same shaded table row; 'Informationsärenden' (Ärende 7) carries numbered sub-items 7.1–7.3, each with its own heading and presenter but no decision; they are recorded as separate items with number 7 and printed_number '7.1' etc., and Ärende 7 itself is kept as its own item whose decision is the 'Direktionens beslut' printed after 7.3 at the item's indent ('Direktionen tackar för informationen.'). "
               "Proposal = 'Förslag till beslut', decision = 'Direktionens beslut'. In 7.2 the presenter is printed only as 'Förbundsdirektören redogör'; the roll names the förbundsdirektör Roland Fjäll, so he is the presenter. Ärende 1, 8, 9 record no decision. In Ärende 5 the yrkande/propositionsordning/reservation are discussion. "
               "'Ordföranden … avslutar sammanträdet kl. 11.45' agrees with the header's end time.")



DOCS = [doc_ks_hallsjo, doc_kfn_ringmo, doc_rsau_vastmarken, doc_bun_storakra_utdrag, doc_kf_tallbacka,
        doc_kst_skarlunda, doc_hvn_angsjo_1979, doc_ts_vretby, doc_direktion_mellansjon]

if __name__ == "__main__":
    import sys
    only = sys.argv[1:]
    for fn in DOCS:
        if not only or fn.__name__ in only:
            fn()
            print("made", fn.__name__)
