#!/usr/bin/env python3
"""Generator for assocset18: nine invented Swedish association / cooperative / student-union
meeting documents as PDFs, each with a gold file following /work/shared/GOLD.md.

Every fact in a gold file is taken from the same Python data the renderer prints.
Run:  /work/main/.venv/bin/python make.py
"""
import json
import os
import random
import shutil
import subprocess
import tempfile
import html as H

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
TMP = os.path.join(OUT, "tmp")
os.makedirs(TMP, exist_ok=True)
FONTDIR = "/usr/share/fonts/truetype/dejavu"
CHROMIUM = "/usr/bin/chromium"


# ----------------------------------------------------------------------------------------------
# helpers
# ----------------------------------------------------------------------------------------------
def item(n, pn, title, body=None, decision=None, proposal=None, presenters=None, sched=None,
         after=None):
    """body: list of paragraphs printed before the decision; after: paragraphs after it."""
    return dict(number=n, printed_number=pn, title=title, body=body or [], decision=decision,
                proposal=proposal, presenters=presenters or [], scheduled_time=sched,
                after=after or [])


def person(name, role, party=None, org=None, printed=None):
    return dict(name=name, role=role, party=party, organization=org, printed=printed or name)


def write_gold(doc, pdfname, scanned=False):
    pdfpath = os.path.join(OUT, pdfname)
    pc = len(pdfium.PdfDocument(pdfpath))
    g = {
        "file": pdfname,
        "kind": doc["kind"],
        "organ": doc["organ"],
        "meeting_date": doc["date"],
        "page_count": pc,
        "scanned": scanned,
        "meeting": {"start_time": doc["start"], "end_time": doc["end"],
                    "location": doc["location"]},
        "items": [
            {"number": it["number"], "printed_number": it["printed_number"],
             "title": it["title"], "section": None, "presenters": it["presenters"],
             "scheduled_time": it["scheduled_time"], "proposal": it["proposal"],
             "decision": it["decision"], "attachments": []}
            for it in doc["items"]],
    }
    if doc.get("participants") is not None:
        g["participants"] = [
            {"name": p["name"], "party": p["party"], "organization": p["organization"],
             "role": p["role"]} for p in doc["participants"]]
    g["notes"] = doc["notes"]
    with open(os.path.join(OUT, pdfname[:-4] + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(g, f, ensure_ascii=False, indent=1)
        f.write("\n")


def chromium_pdf(html_text, pdfname):
    hp = os.path.join(TMP, pdfname[:-4] + ".html")
    with open(hp, "w", encoding="utf-8") as f:
        f.write(html_text)
    ud = tempfile.mkdtemp(prefix="chr-")
    out = os.path.join(OUT, pdfname)
    subprocess.run([CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                    "--disable-background-networking", "--disable-component-update",
                    "--disable-sync", "--no-first-run", f"--user-data-dir={ud}",
                    "--no-pdf-header-footer", f"--print-to-pdf={out}", "file://" + hp],
                   check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    shutil.rmtree(ud, ignore_errors=True)


def scan_pdf(src_pdf, out_pdf, dpi, seed, style):
    """Render a text PDF to images, degrade them like a scan, save an image-only PDF."""
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src_pdf)
    pages = []
    for i in range(len(doc)):
        img = doc[i].render(scale=dpi / 72).to_pil().convert("L")
        a = np.asarray(img).astype(np.float32) / 255.0
        h, w = a.shape
        ink = 1.0 - a
        # low-frequency unevenness of ink (stencil / worn ribbon / toner)
        gh, gw = max(2, h // 120), max(2, w // 120)
        field = rng.normal(1.0, 0.22 if style == "stencil" else 0.12, (gh, gw)).astype(np.float32)
        field = np.asarray(Image.fromarray(field).resize((w, h), Image.BICUBIC))
        ink = ink * np.clip(field, 0.45, 1.3)
        # character-level dropouts
        drop = rng.random((h, w)) < (0.05 if style == "stencil" else 0.02)
        ink[drop] *= 0.35
        ink = np.clip(ink, 0, 1)
        a = 1.0 - ink
        im = Image.fromarray((a * 255).astype(np.uint8))
        im = im.filter(ImageFilter.GaussianBlur(0.9 if style == "stencil" else 0.6))
        a = np.asarray(im).astype(np.float32)
        # paper tone and noise
        if style == "stencil":
            paper = 232 + rng.normal(0, 6, (h, w))
        else:
            paper = 244 + rng.normal(0, 4, (h, w))
        a = np.minimum(a, paper)
        a = a + rng.normal(0, 7, (h, w))
        # specks
        n_specks = int(h * w / (4000 if style == "copy" else 9000))
        ys = rng.integers(0, h, n_specks)
        xs = rng.integers(0, w, n_specks)
        a[ys, xs] = rng.integers(40, 140, n_specks)
        if style == "copy":
            # darker photocopy border on the left edge and a grey band at the top
            ramp = np.linspace(0, 1, w // 25)
            a[:, : w // 25] *= (0.55 + 0.45 * ramp)[None, :]
            a[: h // 80, :] *= 0.7
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a)
        angle = float(rng.uniform(0.4, 1.1)) * (1 if (i + seed) % 2 else -1)
        im = im.rotate(angle, resample=Image.BICUBIC, expand=False,
                       fillcolor=200 if style == "copy" else 225)
        if style == "stencil":
            # mimeograph ink has a faint violet-blue cast
            rgb = np.stack([np.asarray(im)] * 3, axis=-1).astype(np.float32)
            dark = 1 - rgb[..., 0] / 255.0
            rgb[..., 0] = rgb[..., 0] + dark * 40
            rgb[..., 1] = rgb[..., 1] + dark * 10
            rgb[..., 2] = rgb[..., 2] + dark * 75
            paper_tint = np.array([4, 2, -10], dtype=np.float32)
            rgb = rgb + paper_tint * (1 - dark[..., None])
            im = Image.fromarray(np.clip(rgb, 0, 255).astype(np.uint8), "RGB")
        pages.append(im)
    pages[0].save(out_pdf, save_all=True, append_images=pages[1:], resolution=dpi)


def set_meta(pdf, title, author, creator):
    pdf.set_title(title)
    pdf.set_author(author)
    pdf.set_creator(creator)
    pdf.set_producer(creator)


def add_dejavu(pdf):
    pdf.add_font("DV", "", f"{FONTDIR}/DejaVuSans.ttf")
    pdf.add_font("DV", "B", f"{FONTDIR}/DejaVuSans-Bold.ttf")
    pdf.add_font("DV", "I", f"{FONTDIR}/DejaVuSans-Oblique.ttf")
    pdf.add_font("DVS", "", f"{FONTDIR}/DejaVuSerif.ttf")
    pdf.add_font("DVS", "B", f"{FONTDIR}/DejaVuSerif-Bold.ttf")
    pdf.add_font("DVS", "I", f"{FONTDIR}/DejaVuSerif-Italic.ttf")
    pdf.add_font("DVC", "", f"{FONTDIR}/DejaVuSansCondensed.ttf")
    pdf.add_font("DVC", "B", f"{FONTDIR}/DejaVuSansCondensed-Bold.ttf")
    pdf.add_font("DVC", "I", f"{FONTDIR}/DejaVuSansCondensed-Oblique.ttf")


def esc(s):
    return H.escape(s)


# ----------------------------------------------------------------------------------------------
# 1. 1977 hyresgästförening, årsmöte, stencilled typescript, scanned
# ----------------------------------------------------------------------------------------------
def doc_1977_hyresgast():
    name = "1977-04-19_hgf-lokalavd-412-ekhojden_protokoll.pdf"
    d = dict(kind="protokoll", organ="Årsmöte", date="1977-04-19", start="19:00", end="21:40",
             location="fritidslokalen, Ekhöjdsvägen 22")
    d["items"] = [
        item(1, "§ 1.", "Mötets öppnande",
             ["Avdelningens ordförande Karin Lövgren hälsade de närvarande välkomna och "
              "förklarade årsmötet öppnat."]),
        item(2, "§ 2.", "Val av ordförande för mötet",
             decision="Till ordförande för mötet valdes ombudsman Gösta Ringdahl."),
        item(3, "§ 3.", "Val av sekreterare för mötet",
             decision="Till sekreterare för mötet valdes Birgitta Öhman."),
        item(4, "§ 4.", "Val av två justeringsmän tillika rösträknare",
             decision="Till att jämte ordföranden justera dagens protokoll samt att vara "
                      "rösträknare valdes Arne Blomdahl och Sonja Kvist."),
        item(5, "§ 5.", "Mötets behöriga utlysande",
             ["Kallelse har anslagits i samtliga trappuppgångar den 29 mars samt delats ut "
              "i brevlådorna."],
             decision="Årsmötet förklarades behörigen utlyst."),
        item(6, "§ 6.", "Fastställande av dagordning",
             decision="Dagordningen fastställdes med tillägg av frågan om tvättstugorna under "
                      "övriga frågor."),
        item(7, "§ 7.", "Verksamhetsberättelse för 1976",
             ["Karin Lövgren föredrog styrelsens verksamhetsberättelse. Styrelsen har under "
              "året haft 11 sammanträden och 4 överläggningar med AB Ekhöjdshem. Avdelningen "
              "har 412 medlemmar, en ökning med 37. Barnkolonin på Svartö genomfördes i juli "
              "med 22 barn."],
             decision="Verksamhetsberättelsen godkändes och lades till handlingarna.",
             presenters=["Karin Lövgren"]),
        item(8, "§ 8.", "Kassaberättelse",
             ["Kassören Helge Sandqvist redogjorde för kassaberättelsen. Behållningen per den "
              "31/12 1976 uppgick till 1.843:27 kr."],
             decision="Kassaberättelsen lades till handlingarna.",
             presenters=["Helge Sandqvist"]),
        item(9, "§ 9.", "Revisorernas berättelse",
             ["Revisorernas berättelse upplästes av Ingvar Dahl. Revisorerna tillstyrkte "
              "ansvarsfrihet för styrelsen."]),
        item(10, "§ 10.", "Fråga om ansvarsfrihet",
             decision="Årsmötet beviljade styrelsen full ansvarsfrihet för 1976 års förvaltning."),
        item(11, "§ 11.", "Val av ordförande",
             decision="Karin Lövgren omvaldes till avdelningens ordförande för en tid av ett år."),
        item(12, "§ 12.", "Val av styrelseledamöter och suppleanter",
             decision="Till ledamöter för två år valdes Helge Sandqvist (omval) och Lars-Göran "
                      "Berg (nyval). Till suppleanter för ett år valdes Anita Holm och "
                      "Yngve Strand."),
        item(13, "§ 13.", "Val av revisorer",
             decision="Till revisorer valdes Ingvar Dahl och Ruth Engström med Bertil Ek som "
                      "suppleant."),
        item(14, "§ 14.", "Val av ombud till regionens stämma",
             decision="Till ombud valdes Karin Lövgren och Sonja Kvist."),
        item(15, "§ 15.", "Hyresförhandlingarna 1977",
             ["Ombudsman Gösta Ringdahl informerade om läget i förhandlingarna med AB "
              "Ekhöjdshem. Bolaget har yrkat en höjning med 9,5 procent från den 1 juli. "
              "Flera medlemmar tog upp fuktskadorna i hus 18 och 20."],
             decision="Årsmötet beslöt att uppdra åt styrelsen att kräva att bolaget åtgärdar "
                      "fuktskadorna i hus 18 och 20 innan någon överenskommelse träffas.",
             presenters=["Gösta Ringdahl"]),
        item(16, "§ 16.", "Övriga frågor",
             ["a) Tvättstugorna. Maskinerna i tvättstuga 2 har varit trasiga i tre veckor. "
              "Styrelsen tar upp saken med fastighetsskötaren.",
              "b) Julfesten. Anita Holm efterlyste fler frivilliga till årets julfest."]),
        item(17, "§ 17.", "Mötets avslutande",
             decision=None,
             body=["Mötesordföranden tackade de närvarande för visat intresse och förklarade "
                   "mötet avslutat kl. 21.40."]),
    ]
    d["participants"] = [
        person("Gösta Ringdahl", "ordförande", org="Hyresgästföreningen Mälardalen"),
        person("Birgitta Öhman", "sekreterare"),
        person("Arne Blomdahl", "justerare"),
        person("Sonja Kvist", "justerare"),
    ]
    d["notes"] = (
        "Hyresgästföreningen, lokalavdelning 412 Ekhöjden: ordinary annual meeting 1977, a "
        "stencilled typescript scanned to an image-only PDF (2 pages, no text layer; violet "
        "mimeograph cast, skew, uneven ink). Header is prose ('Protokoll fört vid ... årsmöte "
        "tisdagen den 19 april 1977 kl. 19.00 i fritidslokalen, Ekhöjdsvägen 22'); start_time "
        "is that printed hour (the minutes give no separate opening time), end from § 17 "
        "'förklarade mötet avslutat kl. 21.40'. Organ 'Årsmöte'. Headings are underlined on the "
        "same line as '§ N.'. Election sentences ('Till ... valdes ...') are taken as the "
        "decision. § 9 records no decision (report read only); § 16's a) and b) have no own "
        "decision and are not items. Participants: the Närvarande line names only the "
        "ombudsman (34 members 'enligt närvarolista' are unnamed); the meeting chair, secretary "
        "and justeringsmän elected in §§ 2-4 are added with their roles. Karin Lövgren, Helge "
        "Sandqvist etc. speak but are not listed as present and are not included. The "
        "ombudsman's title 'ombudsman' is part of the decision sentence in § 2 as printed.")
    return name, d


def render_1977(name, d):
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(22, 20, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.add_page()
    f = "Courier"
    pdf.set_font(f, "", 11)
    pdf.cell(100, 5, "HYRESGÄSTFÖRENINGEN")
    pdf.cell(0, 5, "Protokoll nr 3/1977", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Lokalavdelning 412 Ekhöjden", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(9)
    pdf.set_font(f, "B", 11)
    pdf.multi_cell(0, 5, "PROTOKOLL fört vid lokalavdelningens ordinarie årsmöte tisdagen den "
                         "19 april 1977 kl. 19.00 i fritidslokalen, Ekhöjdsvägen 22.", align="L")
    pdf.ln(4)
    pdf.set_font(f, "", 11)
    pdf.multi_cell(0, 5, "Närvarande: 34 medlemmar enligt närvarolista, samt ombudsman Gösta "
                         "Ringdahl, Hyresgästföreningen Mälardalen.", align="L")
    pdf.ln(5)
    for it in d["items"]:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font(f, "", 11)
        pdf.set_x(22)
        pdf.cell(16, 5, it["printed_number"])
        pdf.set_font(f, "U", 11)
        pdf.cell(0, 5, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(f, "", 11)
        paras = list(it["body"]) + ([it["decision"]] if it["decision"] else [])
        for p in paras:
            pdf.set_x(38)
            pdf.multi_cell(150, 5, p, align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    pdf.ln(6)
    if pdf.get_y() > 235:
        pdf.add_page()
    pdf.cell(0, 5, "Vid protokollet:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.cell(0, 5, "Birgitta Öhman", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.cell(60, 5, "Justeras:")
    pdf.ln(14)
    pdf.cell(58, 5, "Gösta Ringdahl")
    pdf.cell(52, 5, "Arne Blomdahl")
    pdf.cell(0, 5, "Sonja Kvist", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(58, 5, "mötesordförande")
    pre = os.path.join(TMP, "prescan_" + name)
    pdf.output(pre)
    scan_pdf(pre, os.path.join(OUT, name), dpi=200, seed=1977, style="stencil")


# ----------------------------------------------------------------------------------------------
# 2. 1988 PRO pensioners' association, årsmöte, typed, photocopied and scanned
# ----------------------------------------------------------------------------------------------
def doc_1988_pro():
    name = "1988-02-25_pro-lingbacka_protokoll.pdf"
    d = dict(kind="protokoll", organ="Årsmöte", date="1988-02-25", start="14:00", end="16:10",
             location="Folkets Hus, Lingbacka, stora salen")
    d["items"] = [
        item(1, "1.", "Årsmötets öppnande",
             ["Ordföranden Märta Gunnarsson hälsade välkommen, särskilt hedersmedlemmen Ture "
              "Westin, och öppnade årsmötet. En tyst minut hölls för de nio medlemmar som "
              "avlidit under året."]),
        item(2, "2.", "Fråga om mötets stadgeenliga utlysande",
             ["Kallelse har varit införd i Lingbacka-Posten den 4 februari och anslagen i "
              "Folkets Hus."],
             decision="Årsmötet förklarades stadgeenligt utlyst."),
        item(3, "3.", "Fastställande av dagordning", decision="Dagordningen fastställdes."),
        item(4, "4.", "Val av ordförande och sekreterare för mötet",
             decision="Till ordförande för mötet valdes Sven-Olof Hedin och till sekreterare "
                      "Elly Nordqvist."),
        item(5, "5.", "Val av två justerare, tillika rösträknare",
             decision="Valdes Gunnar Asp och Inga-Lill Brodin."),
        item(6, "6.", "Verksamhetsberättelse 1987",
             ["Sekreteraren Elly Nordqvist föredrog verksamhetsberättelsen. Föreningen hade vid "
              "årets slut 286 medlemmar. Sju studiecirklar har genomförts, bl.a. i engelska "
              "och i bygdens historia. Resan till Gränna i juni samlade 48 deltagare."],
             decision="Verksamhetsberättelsen godkändes och lades till handlingarna.",
             presenters=["Elly Nordqvist"]),
        item(7, "7.", "Kassarapport och revisionsberättelse",
             ["Kassören Harry Lind redogjorde för ekonomin. Föreningens tillgångar vid årets "
              "slut var 14 862 kronor. Revisor Axel Borg läste revisionsberättelsen."],
             decision="Rapporterna lades till handlingarna.",
             presenters=["Harry Lind"]),
        item(8, "8.", "Ansvarsfrihet för styrelsen",
             decision="Styrelsen beviljades ansvarsfrihet för verksamhetsåret 1987."),
        item(9, "9.", "Årsavgift för 1989",
             proposal="Oförändrad årsavgift, 40 kronor, varav 15 kronor till föreningen.",
             decision="Årsmötet beslöt enligt styrelsens förslag."),
        item(10, "10.", "Val av ordförande",
             decision="Märta Gunnarsson omvaldes till ordförande för ett år."),
        item(11, "11.", "Val av styrelseledamöter",
             decision="Till ledamöter för två år valdes Harry Lind (omval), Anna-Greta "
                      "Sundberg (omval) och Bror Widell (nyval)."),
        item(12, "12.", "Val av revisorer",
             decision="Axel Borg och Signe Holm omvaldes till revisorer med Olle Rask som "
                      "ersättare."),
        item(13, "13.", "Val av valberedning",
             decision="Valberedningen blir Ture Westin (sammankallande), Ebba Lund och Nils "
                      "Fagerström."),
        item(14, "14.", "Val av ombud till distriktets årsmöte",
             decision="Märta Gunnarsson och Bror Widell valdes till ombud."),
        item(15, "15.", "Motioner",
             ["En motion hade inkommit från Ture Westin om att föreningen ska ordna en "
              "höstresa med övernattning. Styrelsen tillstyrkte motionen. Efter handuppräckning "
              "räknade rösträknarna 51 röster för och 7 emot."],
             decision="Årsmötet beslöt att bifalla motionen."),
        item(16, "16.", "Övriga frågor",
             ["Ebba Lund framförde önskemål om bättre belysning vid busshållplatsen vid Folkets "
              "Hus. Styrelsen lovade att skriva till kommunen."]),
        item(17, "17.", "Avslutning",
             ["Mötesordföranden tackade för förtroendet och lämnade ordet till Märta "
              "Gunnarsson, som tackade alla för ett gott år och avslutade årsmötet. Därefter "
              "serverades kaffe och smörgåstårta."]),
    ]
    d["participants"] = [
        person("Sven-Olof Hedin", "ordförande"),
        person("Elly Nordqvist", "sekreterare"),
        person("Gunnar Asp", "justerare"),
        person("Inga-Lill Brodin", "justerare"),
    ]
    d["notes"] = (
        "PRO Lingbacka (pensioners' association), annual meeting 1988; a typed page "
        "photocopied and scanned: image-only PDF, no text layer, skew and toner specks, dark "
        "left edge. Header is a label block (Datum / Tid / Plats / Närvarande); 'Tid: kl 14.00 - "
        "16.10' gives start and end (no separate opening time in the text). Organ 'Årsmöte'. "
        "Items '1.'..'17.' with bold headings on the number's line and the text flush below. "
        "Item 9 has 'Styrelsens förslag:' (proposal) and the decision 'Årsmötet beslöt enligt "
        "styrelsens förslag.'. Election sentences are taken as decisions. Items 1, 16 and 17 "
        "record no decision. Participants: only '63 medlemmar' are present (unnamed); the "
        "mötesordförande, secretary and two justerare elected in items 4-5 are included. The "
        "association's own chair Märta Gunnarsson opens the meeting but is not listed as "
        "present and is left out, as are people merely elected to offices.")
    return name, d


def render_1988(name, d):
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 18, 22)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    f = "Times"
    pdf.set_font(f, "B", 14)
    pdf.cell(110, 6, "PRO LINGBACKA")
    pdf.set_font(f, "", 10)
    pdf.cell(0, 6, "Org nr 886400-1175", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(f, "", 10)
    pdf.cell(0, 5, "Pensionärernas Riksorganisation, avd. 214", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_font(f, "B", 13)
    pdf.cell(0, 6, "PROTOKOLL ÅRSMÖTE", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font(f, "", 12)
    for lab, val in [("Datum:", "torsdagen den 25 februari 1988"),
                     ("Tid:", "kl 14.00 - 16.10"),
                     ("Plats:", "Folkets Hus, Lingbacka, stora salen"),
                     ("Närvarande:", "63 medlemmar")]:
        pdf.cell(30, 6, lab)
        pdf.cell(0, 6, val, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    for it in d["items"]:
        if pdf.get_y() > 255:
            pdf.add_page()
        pdf.set_font(f, "B", 12)
        pdf.cell(0, 6, f'{it["printed_number"]} {it["title"]}', new_x="LMARGIN", new_y="NEXT")
        pdf.set_font(f, "", 12)
        for p in it["body"]:
            pdf.multi_cell(0, 5.6, p, align="L", new_x="LMARGIN", new_y="NEXT")
        if it["proposal"]:
            pdf.multi_cell(0, 5.6, "Styrelsens förslag: " + it["proposal"], align="L",
                           new_x="LMARGIN", new_y="NEXT")
        if it["decision"]:
            pdf.multi_cell(0, 5.6, it["decision"], align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3.5)
    if pdf.get_y() > 240:
        pdf.add_page()
    pdf.ln(6)
    pdf.cell(80, 6, "Vid protokollet")
    pdf.cell(0, 6, "Mötesordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(12)
    pdf.cell(80, 6, "Elly Nordqvist")
    pdf.cell(0, 6, "Sven-Olof Hedin", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.cell(80, 6, "Justeras")
    pdf.ln(14)
    pdf.cell(80, 6, "Gunnar Asp")
    pdf.cell(0, 6, "Inga-Lill Brodin", new_x="LMARGIN", new_y="NEXT")
    pre = os.path.join(TMP, "prescan_" + name)
    pdf.output(pre)
    scan_pdf(pre, os.path.join(OUT, name), dpi=170, seed=1988, style="copy")


# ----------------------------------------------------------------------------------------------
# 3. 1999 student nation, landskapsmöte, § numbers in a margin column
# ----------------------------------------------------------------------------------------------
def doc_1999_nation():
    name = "1999-11-23_nordmarks-nation_protokoll.pdf"
    d = dict(kind="protokoll", organ="Landskapsmöte", date="1999-11-23", start="19:14",
             end="22:47", location="nationens gillesal")
    d["items"] = [
        item(1, "§ 1", "Mötets öppnande", ["Talman Maja Lindqvist öppnade mötet kl. 19.14."]),
        item(2, "§ 2", "Val av justeringspersoner tillika rösträknare",
             decision="Landskapsmötet beslutade att utse Karin Vester och Johan Ekelund att "
                      "jämte talman justera protokollet samt att tillika vara rösträknare."),
        item(3, "§ 3", "Mötets behöriga utlysande",
             ["Kallelse med föredragningslista anslogs på nationens anslagstavla den 9 "
              "november och sändes till landsmännen med nationsbladet."],
             decision="Landskapsmötet beslutade att förklara mötet behörigen utlyst."),
        item(4, "§ 4", "Fastställande av föredragningslistan",
             decision="Landskapsmötet beslutade att fastställa föredragningslistan."),
        item(5, "§ 5", "Föregående landskapsmötes protokoll",
             ["Protokollet från LM 2/1999 den 5 oktober har justerats och anslagits."],
             decision="Landskapsmötet beslutade att lägga protokollet till handlingarna."),
        item(6, "§ 6", "Meddelanden",
             ["Inspektor Rune Alsén informerade om universitetets nya regler för "
              "nationstvånget och tackade kuratelet för ett gott samarbete.",
              "Förste kurator Emelie Sandström informerade om höstterminens verksamhet: "
              "Martinigåsgasquen var fullsatt och nationens körverksamhet har startat på nytt."],
             presenters=["Rune Alsén", "Emelie Sandström"]),
        item(7, "§ 7", "Ekonomisk rapport",
             ["Tredje kurator Anders Paulsson föredrog den ekonomiska rapporten per den 31 "
              "oktober. Restaurangverksamheten visar ett underskott om 48 200 kronor mot "
              "budget, medan bostadsstiftelsens hyresintäkter följer budget."],
             decision="Landskapsmötet beslutade att lägga rapporten till handlingarna.",
             presenters=["Anders Paulsson"]),
        item(8, "§ 8", "Budget för vårterminen 2000",
             ["Anders Paulsson föredrog kuratelets förslag till budget.",
              "Linnea Hamrén yrkade att anslaget till biblioteket höjs med 5 000 kronor. "
              "Anders Paulsson yrkade bifall till kuratelets förslag. Talman ställde "
              "proposition på yrkandena och fann Linnea Hamréns ändringsyrkande bifallet."],
             proposal="Kuratelet föreslår landskapsmötet att fastställa budgeten för "
                      "vårterminen 2000 med ett överskott om 12 000 kronor.",
             decision="Landskapsmötet beslutade att fastställa budgeten för vårterminen 2000 "
                      "enligt kuratelets förslag med ändringen att anslaget till biblioteket "
                      "höjs med 5 000 kronor.",
             presenters=["Anders Paulsson"]),
        item(9, "§ 9", "Val av förste kurator för år 2000",
             ["Valberedningen har nominerat Emelie Sandström till omval. Därtill har Petter "
              "Moberg ställt upp. Sluten omröstning begärdes. Vid rösträkningen erhöll Emelie "
              "Sandström 41 röster och Petter Moberg 19 röster; 2 röstsedlar var blanka."],
             decision="Landskapsmötet valde Emelie Sandström till förste kurator för tiden "
                      "1 januari–31 december 2000."),
        item(10, "§ 10", "Val av klubbmästare",
             decision="Landskapsmötet valde Oskar Frid och Linnea Hamrén till klubbmästare "
                      "för vårterminen 2000."),
        item(11, "§ 11", "Ändring av ordningsstadgan, andra läsningen",
             ["Ändringen av ordningsstadgans 4 § (gäster i gillesalen efter kl. 01.00) antogs i "
              "första läsningen vid LM 2/1999."],
             decision="Landskapsmötet beslutade att i andra läsningen anta ändringen av "
                      "ordningsstadgans 4 §."),
        item(12, "§ 12", "Övriga frågor",
             ["Husförman Oskar Frid tog upp gillesalens golv, som behöver slipas. Frågan "
              "hänvisades till kuratelet."]),
        item(13, "§ 13", "Mötets avslutande",
             ["Talman tackade för visat intresse och förklarade mötet avslutat kl. 22.47."]),
    ]
    P = []
    roll = [
        ("Maja", "Lindqvist", "talman", "ordförande"),
        ("Tobias", "Hjort", "sekreterare", "sekreterare"),
        ("Rune", "Alsén", "inspektor", "ledamot"),
        ("Emelie", "Sandström", "förste kurator", "ledamot"),
        ("Gustaf", "Nyrén", "andre kurator", "ledamot"),
        ("Anders", "Paulsson", "tredje kurator", "ledamot"),
        ("Karin", "Vester", None, "justerare"),
        ("Johan", "Ekelund", None, "justerare"),
        ("Linnea", "Hamrén", None, "ledamot"),
        ("Oskar", "Frid", "husförman", "ledamot"),
        ("Petter", "Moberg", None, "ledamot"),
        ("Sara", "Dahlgren", None, "ledamot"),
        ("Mikael", "Törn", None, "ledamot"),
        ("Hedvig", "Ljungqvist", None, "ledamot"),
        ("Erik", "Bohman", None, "ledamot"),
        ("Jenny", "Aspelin", None, "ledamot"),
    ]
    roll.sort(key=lambda r: r[1])
    for fn, ln, fun, role in roll:
        printed = f"{ln}, {fn}" + (f" ({fun})" if fun else "")
        P.append(person(f"{fn} {ln}", role, printed=printed))
    d["participants"] = P
    d["notes"] = (
        "Nordmarks nation (student nation), ordinary autumn landskapsmöte 1999. Organ "
        "'Landskapsmöte'. The header is prose ('Protokoll fört vid Nordmarks nations ordinarie "
        "landskapsmöte tisdagen den 23 november 1999 i nationens gillesal'); no time in the "
        "header, start from § 1 'öppnade mötet kl. 19.14', end from § 13 'kl. 22.47'. Location "
        "as printed: 'nationens gillesal'. The § numbers stand in a left margin column with the "
        "bold heading on the same baseline to the right. The närvarolista prints names as "
        "'Efternamn, Förnamn (funktion)' in two columns, turned around in the gold; talman -> "
        "ordförande, the elected justeringspersoner -> justerare; inspektor, kuratorer and "
        "husförman are members present -> ledamot ('11 landsmän' more are unnamed). § 8 has a "
        "'Förslag till beslut:' (proposal) and a yrkande that changed the decision. § 9's "
        "decision is the election sentence after the count. §§ 1, 6, 12, 13 record no decision.")
    return name, d


def render_1999(name, d):
    class P(FPDF):
        def footer(self):
            self.set_y(-14)
            self.set_font("DVS", "I", 8)
            self.cell(0, 5, f"Nordmarks nation  ·  LM 3/1999  ·  sid. {self.page_no()}",
                      align="C")
    pdf = P(format="A4", unit="mm")
    add_dejavu(pdf)
    set_meta(pdf, "Protokoll LM 3/1999", "Nordmarks nation", "Microsoft Word 97")
    pdf.set_margins(18, 18, 20)
    pdf.set_auto_page_break(True, 20)
    pdf.add_page()
    pdf.set_font("DVS", "B", 15)
    pdf.cell(0, 8, "NORDMARKS NATION", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 10)
    pdf.cell(0, 5, "LM 3/1999", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.set_font("DVS", "", 11)
    pdf.multi_cell(0, 5.5, "Protokoll fört vid Nordmarks nations ordinarie landskapsmöte "
                           "tisdagen den 23 november 1999 i nationens gillesal.", align="C",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DVS", "B", 10)
    pdf.cell(0, 5, "Närvarande:", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DVS", "", 10)
    P_ = d["participants"]
    half = (len(P_) + 1) // 2
    y0 = pdf.get_y()
    for i, p in enumerate(P_):
        col = 0 if i < half else 1
        row = i if i < half else i - half
        pdf.set_xy(40 + col * 80, y0 + row * 5)
        pdf.cell(80, 5, p["printed"])
    pdf.set_xy(40, y0 + half * 5 + 1)
    pdf.cell(0, 5, "samt ytterligare 11 landsmän enligt närvarolista.",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for it in d["items"]:
        if pdf.get_y() > 250:
            pdf.add_page()
        y = pdf.get_y()
        pdf.set_font("DVS", "B", 11)
        pdf.set_xy(18, y)
        pdf.cell(20, 6, it["printed_number"])
        pdf.set_xy(40, y)
        pdf.multi_cell(150, 6, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DVS", "", 10.5)
        for p in it["body"]:
            pdf.set_x(40)
            pdf.multi_cell(150, 5.2, p, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        if it["proposal"]:
            pdf.set_x(40)
            pdf.set_font("DVS", "I", 10.5)
            pdf.multi_cell(150, 5.2, "Förslag till beslut: " + it["proposal"],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DVS", "", 10.5)
            pdf.ln(1)
        if it["decision"]:
            pdf.set_x(40)
            pdf.multi_cell(150, 5.2, it["decision"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    if pdf.get_y() > 225:
        pdf.add_page()
    pdf.ln(6)
    pdf.set_font("DVS", "", 10.5)
    pdf.set_x(40)
    pdf.cell(0, 5, "Vid protokollet", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_x(40)
    pdf.cell(0, 5, "Tobias Hjort, sekreterare", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(8)
    pdf.set_x(40)
    pdf.cell(0, 5, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_x(40)
    pdf.cell(52, 5, "Maja Lindqvist, talman")
    pdf.cell(48, 5, "Karin Vester")
    pdf.cell(0, 5, "Johan Ekelund")
    pdf.output(os.path.join(OUT, name))


# ----------------------------------------------------------------------------------------------
# 4. 2006 brf board, § numbered through the year, Närvarande list, Justeras
# ----------------------------------------------------------------------------------------------
def doc_2006_brf_styrelse():
    name = "2006-09-12_brf-kastanjen-4_protokoll.pdf"
    d = dict(kind="protokoll", organ="Styrelsen", date="2006-09-12", start="18:30",
             end="20:45", location="Föreningslokalen, Kastanjegatan 4 B")
    d["items"] = [
        item(61, "§ 61", "Mötets öppnande", ["Ordföranden öppnade mötet."]),
        item(62, "§ 62", "Val av justerare",
             decision="Per Åström valdes att jämte ordföranden justera protokollet."),
        item(63, "§ 63", "Godkännande av dagordning", decision="Dagordningen godkändes."),
        item(64, "§ 64", "Föregående protokoll",
             decision="Protokollet från 2006-08-15 gicks igenom och lades till handlingarna."),
        item(65, "§ 65", "Ekonomi",
             ["Maria Lindh redogjorde för föreningens ekonomi per 2006-08-31. Likvida medel "
              "uppgår till 412 000 kr. Två medlemmar har avgifter som är mer än 30 dagar "
              "försenade."],
             decision="Styrelsen beslutade att förvaltaren skickar en andra påminnelse till "
                      "berörda medlemmar.",
             presenters=["Maria Lindh"]),
        item(66, "§ 66", "Fasadrenovering gårdshuset",
             ["Offerter har inkommit från Mälarfasad AB, Puts & Fog i Väst AB och Bygg-Ek "
              "Entreprenad. Gunilla Tapper och Per Åström har jämfört offerterna."],
             decision="Styrelsen beslutade att anta offerten från Mälarfasad AB om 1 240 000 kr "
                      "exkl. moms, under förutsättning att bygglov beviljas."),
        item(67, "§ 67", "Överlåtelser och medlemskap",
             ["Lägenhet 1104 har överlåtits från Bengt Wallin till Hanna och Erik Sjögren."],
             decision="Styrelsen beslutade att bevilja Hanna och Erik Sjögren medlemskap i "
                      "föreningen."),
        item(68, "§ 68", "Andrahandsuthyrning lgh 1302",
             ["Medlemmen har ansökt om att hyra ut lägenheten i andra hand under ett års "
              "utlandsarbete."],
             decision="Styrelsen beslutade att bevilja andrahandsuthyrning under perioden "
                      "2006-10-01 – 2007-09-30."),
        item(69, "§ 69", "Tvättstugan",
             ["Jonas Mäkinen informerade om att den nya bokningstavlan är beställd och "
              "monteras i oktober."],
             presenters=["Jonas Mäkinen"]),
        item(70, "§ 70", "Höststädning",
             ["Höststädningen äger rum lördagen den 21 oktober kl 10.00."],
             decision="Styrelsen beslutade att beställa en container för grovsopor till "
                      "städdagen."),
        item(71, "§ 71", "Övriga frågor", ["Inga övriga frågor."]),
        item(72, "§ 72", "Nästa möte och mötets avslutande",
             ["Nästa styrelsemöte hålls tisdagen den 17 oktober kl 18.30. Ordföranden "
              "avslutade mötet kl 20.45."]),
    ]
    d["roll"] = [("Lena Höök", "ordförande"), ("Per Åström", "vice ordförande"),
                 ("Gunilla Tapper", "kassör"), ("Jonas Mäkinen", "sekreterare"),
                 ("Sara Nyman", "ledamot"), ("Ali Karimi", "suppleant")]
    d["participants"] = [
        person("Lena Höök", "ordförande"),
        person("Per Åström", "vice ordförande"),
        person("Gunilla Tapper", "ledamot"),
        person("Jonas Mäkinen", "sekreterare"),
        person("Sara Nyman", "ledamot"),
        person("Ali Karimi", "ersättare"),
        person("Maria Lindh", "övrig", org="Stadsgårdens Förvaltning AB"),
    ]
    d["notes"] = (
        "Brf Kastanjen 4, board meeting. Organ 'Styrelsen'. The board numbers its §§ through "
        "the year: this meeting is §§ 61-72, so item numbers are 61..72 (not 1..12). Header is a "
        "bordered label table (Datum / Tid '18:30–20:45' / Plats); § 72 also says 'avslutade "
        "mötet kl 20.45'. Running header (association, org.nr, 'Sida n (2)') and footer "
        "(address) on each page. Närvarande: printed as 'Name, funktion' lines; kassör -> "
        "ledamot, suppleant -> ersättare; Per Åström is both vice ordförande and the elected "
        "justerare (§ 62) and keeps the higher role; 'Övriga: Maria Lindh, förvaltare, "
        "Stadsgårdens Förvaltning AB' -> övrig with that organization. The absent suppleant "
        "Kjell Rosén is not a participant. Decisions are the paragraphs beginning 'Styrelsen "
        "beslutade att' or the passive record sentences; §§ 61, 69, 71, 72 record none. § 65 "
        "'redogjorde' and § 69 'informerade' give presenters.")
    return name, d


def render_2006(name, d):
    class P(FPDF):
        def header(self):
            self.set_font("DV", "B", 9)
            self.cell(95, 5, "Bostadsrättsföreningen Kastanjen 4")
            self.set_font("DV", "", 9)
            self.cell(0, 5, "STYRELSEPROTOKOLL", align="R", new_x="LMARGIN", new_y="NEXT")
            self.cell(95, 5, "Org.nr 769612-3481")
            self.cell(0, 5, f"Sida {self.page_no()} ({{nb}})", align="R",
                      new_x="LMARGIN", new_y="NEXT")
            self.line(20, self.get_y() + 1, 190, self.get_y() + 1)
            self.ln(6)

        def footer(self):
            self.set_y(-15)
            self.set_font("DV", "", 7.5)
            self.set_text_color(90)
            self.cell(0, 4, "Brf Kastanjen 4  |  Kastanjegatan 4, 416 72 Göteborg  |  "
                            "Org.nr 769612-3481", align="C")
            self.set_text_color(0)
    pdf = P(format="A4", unit="mm")
    add_dejavu(pdf)
    set_meta(pdf, "Styrelseprotokoll 2006-09-12", "Jonas Mäkinen", "OpenOffice.org 2.0")
    pdf.set_margins(20, 15, 20)
    pdf.set_auto_page_break(True, 22)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Protokoll fört vid styrelsemöte", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "", 10)
    rows = [("Datum:", "2006-09-12"), ("Tid:", "18:30–20:45"),
            ("Plats:", "Föreningslokalen, Kastanjegatan 4 B")]
    for lab, val in rows:
        pdf.set_font("DV", "B", 10)
        pdf.cell(30, 7, lab, border=1)
        pdf.set_font("DV", "", 10)
        pdf.cell(0, 7, val, border=1, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DV", "B", 10)
    pdf.cell(30, 5.5, "Närvarande:")
    pdf.set_font("DV", "", 10)
    for i, (n, fn) in enumerate(d["roll"]):
        pdf.set_x(50)
        pdf.cell(0, 5.5, f"{n}, {fn}", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.set_font("DV", "B", 10)
    pdf.cell(30, 5.5, "Övriga:")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5.5, "Maria Lindh, förvaltare, Stadsgårdens Förvaltning AB",
             new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 10)
    pdf.cell(30, 5.5, "Frånvarande:")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5.5, "Kjell Rosén, suppleant", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for it in d["items"]:
        if pdf.get_y() > 245:
            pdf.add_page()
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(0, 6, f'{it["printed_number"]}  {it["title"]}', new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        for p in it["body"]:
            pdf.multi_cell(0, 5, p, new_x="LMARGIN", new_y="NEXT")
        if it["decision"]:
            if it["body"]:
                pdf.ln(1.5)
            pdf.multi_cell(0, 5, it["decision"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
    if pdf.get_y() > 230:
        pdf.add_page()
    pdf.ln(8)
    pdf.set_font("DV", "", 10)
    pdf.cell(85, 5, "Vid protokollet:")
    pdf.cell(0, 5, "Justeras:", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.line(20, y, 75, y)
    pdf.line(105, y, 160, y)
    pdf.ln(1)
    pdf.cell(85, 5, "Jonas Mäkinen, sekreterare")
    pdf.cell(0, 5, "Lena Höök, ordförande", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(14)
    y = pdf.get_y()
    pdf.line(105, y, 160, y)
    pdf.ln(1)
    pdf.set_x(105)
    pdf.cell(0, 5, "Per Åström, justerare")
    pdf.output(os.path.join(OUT, name))


# ----------------------------------------------------------------------------------------------
# 5. 2014 brf extra föreningsstämma, one matter, show of hands; Chromium
# ----------------------------------------------------------------------------------------------
def doc_2014_brf_extra():
    name = "2014-11-27_brf-sjoutsikten-hammarvik_protokoll.pdf"
    d = dict(kind="protokoll", organ="Extra föreningsstämma", date="2014-11-27",
             start="19:04", end="20:52",
             location="Föreningslokalen, Strandvägen 7 (källarplan)")
    prop = ("Styrelsen föreslår att stämman beslutar att upplåta de fyra vindsutrymmena i hus "
            "B och C med bostadsrätt efter ombyggnad till bostäder, att styrelsen ges i "
            "uppdrag att sälja upplåtelserna till högstbjudande samt att intäkterna i första "
            "hand används till amortering av föreningens lån.")
    d["items"] = [
        item(1, "§ 1", "Stämmans öppnande",
             ["Styrelsens ordförande Ingrid Falk öppnade stämman kl. 19.04 och hälsade de "
              "närvarande välkomna."]),
        item(2, "§ 2", "Val av stämmoordförande",
             decision="Stämman valde advokat Torbjörn Wall, Wall & Partners Advokatbyrå, till "
                      "ordförande för stämman."),
        item(3, "§ 3", "Anmälan av stämmoordförandens val av protokollförare",
             ["Ordföranden anmälde att han utsett Camilla Berg att föra protokollet."]),
        item(4, "§ 4", "Godkännande av röstlängd",
             ["Röstlängd upprättades. 56 röstberättigade medlemmar var närvarande, varav 5 "
              "genom ombud, vilket motsvarar 49 av föreningens 88 lägenheter."],
             decision="Stämman beslutade att godkänna röstlängden."),
        item(5, "§ 5", "Fastställande av dagordning", decision="Stämman godkände dagordningen."),
        item(6, "§ 6", "Val av två justerare tillika rösträknare",
             decision="Stämman valde Fredrik Olausson och Mirja Kallio att jämte ordföranden "
                      "justera protokollet samt att vara rösträknare."),
        item(7, "§ 7", "Fråga om stämman blivit i stadgeenlig ordning kallad",
             ["Kallelsen delades ut till samtliga medlemmar och anslogs i trapphusen den 6 "
              "november 2014, dvs. tidigast sex och senast två veckor före stämman."],
             decision="Stämman förklarade sig stadgeenligt kallad."),
        item(8, "§ 8",
             "Beslut om upplåtelse av vindsutrymmen med bostadsrätt efter ombyggnad",
             ["Styrelseledamoten Anders Bergkvist föredrog ärendet och visade ritningar för de "
              "fyra planerade lägenheterna. Byggnadsnämnden har lämnat bygglov. Frågor ställdes "
              "om buller under byggtiden, om förråd som försvinner och om hur försäljningen "
              "ska gå till. Leif Holmström svarade att ersättningsförråd ordnas i källaren "
              "i hus A.",
              "Beslutet kräver enligt bostadsrättslagen att minst två tredjedelar av de "
              "röstande röstar för förslaget. Votering genomfördes genom handuppräckning. "
              "Rösträknarna redovisade följande resultat:"],
             proposal=prop,
             decision="Stämman beslutade, med mer än två tredjedelar av de avgivna rösterna, "
                      "att bifalla styrelsens förslag.",
             presenters=["Anders Bergkvist"],
             after=["Gudrun Ehn och Sven-Erik Pihl anmälde reservation mot beslutet."]),
        item(9, "§ 9", "Stämmans avslutande",
             ["Stämmoordföranden tackade de närvarande och förklarade stämman avslutad "
              "kl. 20.52."]),
    ]
    d["board"] = [("Ingrid Falk", "ordförande"), ("Anders Bergkvist", "ledamot"),
                  ("Camilla Berg", "sekreterare"), ("Leif Holmström", "ledamot")]
    d["participants"] = [
        person("Torbjörn Wall", "ordförande", org="Wall & Partners Advokatbyrå"),
        person("Ingrid Falk", "ledamot"),
        person("Anders Bergkvist", "ledamot"),
        person("Camilla Berg", "sekreterare"),
        person("Leif Holmström", "ledamot"),
        person("Fredrik Olausson", "justerare"),
        person("Mirja Kallio", "justerare"),
    ]
    d["notes"] = (
        "Brf Sjöutsikten i Hammarvik, extra föreningsstämma on one matter (§ 8, letting four "
        "attics with bostadsrätt), vote by show of hands with a counted result table (Ja 41, "
        "Nej 12, Avstår 3). Printed by Chromium from HTML: CSS running header and footer "
        "(org.nr, address, 'Sida n av N'). Organ 'Extra föreningsstämma' (the meeting's own "
        "word as printed in the title). The info table says 'Tid 19.00' (the called hour) but § 1 "
        "says 'öppnade stämman kl. 19.04', which is taken as start_time per GOLD; end 20.52 "
        "from § 9. § 8's 'Styrelsens förslag' box is the proposal; its decision is the "
        "'Stämman beslutade ...' sentence after the vote table; the reservation after it is not "
        "part of the decision. Participants: the 'Närvarande från styrelsen' row of the info "
        "table (Ingrid Falk chairs the board but not the meeting -> ledamot; Camilla Berg is "
        "the minute-taker -> sekreterare) plus the stämmoordförande (an outside lawyer, "
        "organization as printed) and the two justerare; the 56 voting members are unnamed. "
        "§ 3 has no decision (an announcement).")
    return name, d


def render_2014(name, d):
    css = """
    @page { size: A4; margin: 24mm 20mm 22mm 22mm;
      @top-left { content: "Brf Sjöutsikten i Hammarvik"; font: 600 8.5pt 'DejaVu Sans'; color:#2c4a6b; }
      @top-right { content: "Protokoll extra föreningsstämma 2014-11-27"; font: 8.5pt 'DejaVu Sans'; color:#555; }
      @bottom-left { content: "Org.nr 716418-2207 · Strandvägen 3–11, 471 92 Hammarvik"; font: 7.5pt 'DejaVu Sans'; color:#777; }
      @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 7.5pt 'DejaVu Sans'; color:#777; }
    }
    body { font-family: 'DejaVu Sans'; font-size: 10pt; line-height: 1.42; color:#111; }
    h1 { font-size: 16pt; color:#2c4a6b; margin: 0 0 10pt 0; font-weight: 600; }
    table.info { border-collapse: collapse; width: 100%; margin-bottom: 14pt; }
    table.info td { border: 0.6pt solid #9fb3c8; padding: 4pt 7pt; vertical-align: top; }
    table.info td.l { width: 33%; background: #e8eef5; font-weight: 600; }
    h2 { font-size: 11pt; margin: 14pt 0 3pt 0; color:#2c4a6b; page-break-after: avoid; }
    p { margin: 0 0 5pt 0; }
    .prop { border-left: 3pt solid #2c4a6b; background:#f3f6fa; padding: 5pt 8pt; margin: 6pt 0; }
    table.vote { border-collapse: collapse; margin: 6pt 0 8pt 12pt; }
    table.vote td, table.vote th { border: 0.6pt solid #888; padding: 3pt 14pt; text-align: left; }
    table.vote th { background:#eee; }
    .sign { display: flex; justify-content: space-between; margin-top: 34pt; page-break-inside: avoid; }
    .sign div { width: 30%; border-top: 0.6pt solid #000; padding-top: 3pt; font-size: 9pt; }
    .sign div.e { border-top: none; }
    """
    b = []
    b.append("<h1>Protokoll fört vid extra föreningsstämma</h1>")
    board = ", ".join(f"{n} ({r})" for n, r in d["board"])
    b.append('<table class="info">')
    for l, v in [("Förening", "Bostadsrättsföreningen Sjöutsikten i Hammarvik"),
                 ("Datum", "Torsdagen den 27 november 2014"), ("Tid", "19.00"),
                 ("Plats", d["location"]), ("Närvarande från styrelsen", board),
                 ("Närvarande medlemmar", "Enligt röstlängd, se § 4")]:
        b.append(f'<tr><td class="l">{esc(l)}</td><td>{esc(v)}</td></tr>')
    b.append("</table>")
    for it in d["items"]:
        b.append(f'<h2>{esc(it["printed_number"])} {esc(it["title"])}</h2>')
        if it["proposal"]:
            b.append(f'<div class="prop"><b>Styrelsens förslag:</b> {esc(it["proposal"])}</div>')
        for p in it["body"]:
            b.append(f"<p>{esc(p)}</p>")
        if it["number"] == 8:
            b.append('<table class="vote"><tr><th>Röst</th><th>Antal</th></tr>'
                     '<tr><td>Ja</td><td>41</td></tr><tr><td>Nej</td><td>12</td></tr>'
                     '<tr><td>Avstår</td><td>3</td></tr></table>')
        if it["decision"]:
            b.append(f"<p>{esc(it['decision'])}</p>")
        for p in it["after"]:
            b.append(f"<p>{esc(p)}</p>")
    b.append('<p style="margin-top:20pt">Hammarvik som ovan</p>')
    b.append('<div class="sign"><div>Camilla Berg<br>protokollförare</div>'
             '<div>Torbjörn Wall<br>stämmoordförande</div><div class="e">&nbsp;</div></div>')
    b.append('<div class="sign"><div>Fredrik Olausson<br>justerare</div>'
             '<div>Mirja Kallio<br>justerare</div><div class="e">&nbsp;</div></div>')
    html = (f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Protokoll extra '
            f'föreningsstämma</title><style>{css}</style></head><body>{"".join(b)}</body></html>')
    chromium_pdf(html, name)


# ----------------------------------------------------------------------------------------------
# 6. 2011 fiskevårdsområdesförening, kallelse with Förslag till dagordning + bilagor
# ----------------------------------------------------------------------------------------------
def doc_2011_fvof_kallelse():
    name = "2011-03-20_storans-nedre-fvof_kallelse.pdf"
    d = dict(kind="kallelse", organ="Föreningsstämma", date="2011-03-20", start="14:00",
             end=None, location="Gällsta bygdegård")
    titles = [
        "Stämmans öppnande", "Val av ordförande för stämman", "Val av sekreterare för stämman",
        "Val av två justerare tillika rösträknare", "Fråga om stämman blivit behörigen utlyst",
        "Fastställande av röstlängd", "Godkännande av dagordning",
        "Styrelsens verksamhetsberättelse för 2010", "Resultat- och balansräkning för 2010",
        "Revisorernas berättelse", "Fråga om ansvarsfrihet för styrelsen",
        "Ersättning till styrelse och revisorer",
        "Styrelsens förslag till budget och avgifter för 2011",
        "Fiskeplan 2011–2015",
        "Val av styrelseledamöter och suppleanter",
        "Val av revisorer och revisorssuppleant", "Val av valberedning",
        "Övriga frågor", "Stämmans avslutande"]
    bil = {8: "Bilaga 1", 9: "Bilaga 2", 13: "Bilaga 3"}
    props = {
        13: "Fiskekortspriserna höjs till 60 kr för dygnskort och 400 kr för årskort. Någon "
            "avgift tas inte ut av fiskerättsägarna. Utgifterna budgeteras till 48 500 kr.",
        14: "Stämman antar den reviderade fiskeplanen för 2011–2015, som finns tillgänglig hos "
            "ordföranden.",
    }
    d["items"] = [item(i + 1, f"{i + 1}.", t, proposal=props.get(i + 1))
                  for i, t in enumerate(titles)]
    d["bil"] = bil
    d["notes"] = (
        "Storåns Nedre Fiskevårdsområdesförening: letter-form kallelse to the ordinary "
        "föreningsstämma (3 pages): page 1 the notice with 'Förslag till dagordning' 1.-19. and a "
        "list of bilagor; page 2 Bilaga 1 Verksamhetsberättelse 2010 (unnumbered bold "
        "headings, not items); page 3 Bilaga 2 and 3 (result/balance and budget tables). Kind "
        "'kallelse'; organ 'Föreningsstämma'; meeting_date is the stämma date in the prose "
        "(20 March 2011), not the letter date 2011-02-21. Start 14.00 from 'kl. 14.00' ('Kaffe "
        "från kl. 13.30' is not the start). The agenda prints 'Bilaga 1/2/3' at the right end of "
        "items 8, 9 and 13 after a dot leader: not part of the title; attachments left [] as "
        "in the rest of the corpus. Items 13 and 14 have an indented 'Styrelsens förslag:' "
        "-> proposal. No list of people: 'participants' omitted. Items have no decisions "
        "(a notice).")
    return name, d


def render_2011(name, d):
    pdf = FPDF(format="A4", unit="mm")
    add_dejavu(pdf)
    set_meta(pdf, "Kallelse stämma 2011", "Bengt Hällström", "Microsoft Office Word 2007")
    pdf.set_margins(24, 20, 22)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    pdf.set_font("DV", "B", 11)
    pdf.cell(100, 5, "Storåns Nedre Fiskevårdsområdesförening")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "2011-02-21", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 9)
    for l in ["Org.nr 717904-2281", "c/o Bengt Hällström", "Forsvägen 12, 828 91 Gällsta"]:
        pdf.cell(0, 4.5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(10)
    pdf.set_font("DV", "B", 15)
    pdf.cell(0, 8, "KALLELSE", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11.5)
    pdf.cell(0, 6, "till ordinarie föreningsstämma", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.set_font("DV", "", 10)
    pdf.multi_cell(0, 5, "Fiskevårdsområdesföreningens medlemmar, dvs. ägare av fastighet med "
                         "fiskerätt inom fiskevårdsområdet, kallas härmed till ordinarie "
                         "föreningsstämma söndagen den 20 mars 2011 kl. 14.00 i Gällsta "
                         "bygdegård. Kaffe serveras från kl. 13.30.",
                   new_x="LMARGIN", new_y="NEXT")
    pdf.ln(2)
    pdf.multi_cell(0, 5, "Medlem som inte kan närvara får företrädas av ombud med skriftlig "
                         "fullmakt.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font("DV", "B", 11)
    pdf.cell(0, 6, "Förslag till dagordning", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)
    for it in d["items"]:
        pdf.set_font("DV", "", 10)
        y = pdf.get_y()
        pdf.set_x(26)
        pdf.cell(9, 5.4, it["printed_number"], align="R")
        pdf.set_x(37)
        tw = pdf.get_string_width(it["title"])
        pdf.cell(tw + 1, 5.4, it["title"])
        b = d["bil"].get(it["number"])
        if b:
            x = pdf.get_x() + 1
            bw = pdf.get_string_width(b)
            dots_w = 186 - bw - x - 2
            dot = pdf.get_string_width(". ")
            pdf.set_text_color(110)
            pdf.cell(dots_w, 5.4, ". " * int(dots_w / dot))
            pdf.set_text_color(0)
            pdf.set_x(186 - bw)
            pdf.cell(bw, 5.4, b)
        pdf.ln(5.4)
        if it["proposal"]:
            pdf.set_font("DV", "I", 9.2)
            pdf.set_x(42)
            pdf.multi_cell(140, 4.6, "Styrelsens förslag: " + it["proposal"],
                           new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(4)
    pdf.set_font("DV", "B", 10)
    pdf.cell(0, 5, "Bilagor", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    for l in ["Bilaga 1  Verksamhetsberättelse 2010",
              "Bilaga 2  Resultat- och balansräkning 2010",
              "Bilaga 3  Budget 2011"]:
        pdf.cell(0, 5, l, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.cell(0, 5, "Välkomna!", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 5, "Styrelsen", new_x="LMARGIN", new_y="NEXT")

    # Bilaga 1
    pdf.add_page()
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Bilaga 1", align="R", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, "Verksamhetsberättelse 2010", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "", 10)
    pdf.cell(0, 5, "Storåns Nedre Fiskevårdsområdesförening", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    secs = [
        ("Styrelsen", "Styrelsen har under året bestått av Bengt Hällström (ordförande), "
         "Kerstin Ågren (kassör), Tomas Wikström (sekreterare), Lars Nordh och Åsa Persson. "
         "Styrelsen har haft fem protokollförda sammanträden."),
        ("Fisket", "Försäljningen av fiskekort har ökat något: 412 dygnskort och 38 årskort "
         "såldes, mot 377 respektive 35 året innan. Fångstrapporterna visar fortsatt goda "
         "fångster av harr i forssträckorna nedanför Kvarnfallet, medan öringfångsterna "
         "minskat."),
        ("Utsättningar och biotopvård", "I juni sattes 1 500 ensomriga öringar ut i Storån "
         "och Lillbäcken. Tillsammans med länsstyrelsen har lekbottnar återställts på en "
         "sträcka av 300 meter vid Sågforsen."),
        ("Tillsyn", "Föreningens två fisketillsyningsmän har genomfört 14 kontroller. Inga "
         "överträdelser har rapporterats."),
        ("Ekonomi", "Årets resultat blev ett överskott om 6 214 kr. Se resultat- och "
         "balansräkning i bilaga 2."),
    ]
    for h, t in secs:
        pdf.set_font("DV", "B", 10.5)
        pdf.cell(0, 6, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DV", "", 10)
        pdf.multi_cell(0, 5, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
    pdf.ln(4)
    pdf.cell(0, 5, "Gällsta i februari 2011", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    pdf.cell(0, 5, "Bengt Hällström    Kerstin Ågren    Tomas Wikström    Lars Nordh    "
                   "Åsa Persson", new_x="LMARGIN", new_y="NEXT")

    # Bilaga 2 + 3
    pdf.add_page()
    pdf.set_font("DV", "", 9)
    pdf.cell(0, 5, "Bilaga 2 och 3", align="R", new_x="LMARGIN", new_y="NEXT")

    def table(title, rows, cols):
        pdf.set_font("DV", "B", 12)
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(1)
        pdf.set_font("DV", "B", 9.5)
        pdf.set_fill_color(225, 232, 225)
        pdf.cell(90, 6, cols[0], border=1, fill=True)
        cols = [c for c in cols if c]
        for c in cols[1:]:
            pdf.cell(37, 6, c, border=1, align="R", fill=True)
        pdf.ln(6)
        for r in rows:
            bold = r[0].startswith("Summa") or r[0].startswith("Årets")
            pdf.set_font("DV", "B" if bold else "", 9.5)
            pdf.cell(90, 5.6, r[0], border=1)
            for c in r[1:len(cols)]:
                pdf.cell(37, 5.6, c, border=1, align="R")
            pdf.ln(5.6)
        pdf.ln(6)
    table("Resultaträkning 2010", [
        ("Fiskekort", "35 870", "33 100"),
        ("Bidrag från länsstyrelsen", "12 000", "12 000"),
        ("Summa intäkter", "47 870", "45 100"),
        ("Fiskeutsättningar", "-22 500", "-24 000"),
        ("Tillsyn och resor", "-6 830", "-7 000"),
        ("Försäkringar och avgifter", "-4 118", "-4 100"),
        ("Biotopvård", "-6 900", "-8 000"),
        ("Administration", "-1 308", "-2 000"),
        ("Summa kostnader", "-41 656", "-45 100"),
        ("Årets resultat", "6 214", "0")], ["Post", "Utfall 2010", "Budget 2010"])
    table("Balansräkning 2010-12-31", [
        ("Bank", "58 412", "52 198"),
        ("Summa tillgångar", "58 412", "52 198"),
        ("Eget kapital", "58 412", "52 198")], ["Post", "2010-12-31", "2009-12-31"])
    table("Budget 2011 (Bilaga 3)", [
        ("Fiskekort", "38 500", ""),
        ("Bidrag från länsstyrelsen", "10 000", ""),
        ("Summa intäkter", "48 500", ""),
        ("Fiskeutsättningar", "-25 000", ""),
        ("Tillsyn och resor", "-7 000", ""),
        ("Försäkringar och avgifter", "-4 200", ""),
        ("Biotopvård", "-10 000", ""),
        ("Administration", "-2 300", ""),
        ("Summa kostnader", "-48 500", ""),
        ("Årets resultat", "0", "")], ["Post", "Budget 2011", ""])
    pdf.output(os.path.join(OUT, name))


# ----------------------------------------------------------------------------------------------
# 7. 2021 kårfullmäktige with yrkanden and voteringar; Chromium, § in table column
# ----------------------------------------------------------------------------------------------
def doc_2021_kf():
    name = "2021-04-22_vasterlunda-studentkar-kf_protokoll.pdf"
    d = dict(kind="protokoll", organ="Kårfullmäktige", date="2021-04-22", start="17:19",
             end="21:03", location="Kårhuset, Stora salen samt via Zoom")
    roll = [
        # name, list, printed function, gold role, org
        ("Amira Haddad", None, "Talperson", "ordförande", None),
        ("Jonatan Ek", None, "Vice talperson", "vice ordförande", None),
        ("Jesper Strand", None, "Mötessekreterare", "sekreterare", None),
        ("Nora Eklund", "TL", "Ledamot", "justerare", None),
        ("Viktor Sjöberg", "OS", "Ledamot", "justerare", None),
        ("Samir Aziz", "STL", "Ledamot", "ledamot", None),
        ("Wilma Holm", "GL", "Ledamot", "ledamot", None),
        ("Ida Sundell", "OS", "Ledamot", "ledamot", None),
        ("Filip Rask", "TL", "Ledamot", "ledamot", None),
        ("Elvira Lund", "TL", "Ledamot", "ledamot", None),
        ("Hampus Berglöf", "TL", "Ledamot", "ledamot", None),
        ("Matilda Öst", "OS", "Ledamot", "ledamot", None),
        ("Kevin Larsson", "OS", "Ledamot", "ledamot", None),
        ("Aisha Noor", "STL", "Ledamot", "ledamot", None),
        ("Oliver Grahn", "STL", "Ledamot", "ledamot", None),
        ("Tuva Melin", "GL", "Ledamot", "ledamot", None),
        ("Linus Fält", "TL", "Ledamot", "ledamot", None),
        ("Klara Bengtsson", "OS", "Ledamot", "ledamot", None),
        ("Jakob Sund", "OS", "Ledamot", "ledamot", None),
        ("Adam Rydén", "TL", "Tjänstgörande ersättare", "tjänstgörande ersättare", None),
        ("Fatima Said", "STL", "Tjänstgörande ersättare", "tjänstgörande ersättare", None),
        ("Noah Wiklund", "GL", "Tjänstgörande ersättare", "tjänstgörande ersättare", None),
        ("Ella Hagström", "OS", "Ersättare", "ej tjänstgörande ersättare", None),
        ("Hugo Lindfors", None, "Kårordförande", "övrig", "Kårstyrelsen"),
        ("Elin Rask", None, "Vice kårordförande", "övrig", "Kårstyrelsen"),
        ("Lotta Wahlberg", None, "Verksamhetschef", "övrig", "Kansliet"),
    ]
    d["roll"] = roll
    d["participants"] = [person(n, r, party=l, org=o) for n, l, f, r, o in roll]
    votes = {8: ("Ja = bifall till kårstyrelsens förslag; Nej = bifall till Samir Aziz "
                 "ändringsyrkande", 11, 7, 1),
             101: ("Ja = bifall till motionen i sin helhet; Nej = bifall till kårstyrelsens "
                   "förslag", 8, 10, 1)}
    d["votes"] = votes
    d["items"] = [
        item(1, "§ 1", "Mötets öppnande",
             ["Talperson Amira Haddad öppnade mötet kl. 17:19."]),
        item(2, "§ 2", "Val av justerare tillika rösträknare",
             decision="Fullmäktige beslutar att välja Nora Eklund (TL) och Viktor Sjöberg (OS) "
                      "till justerare tillika rösträknare."),
        item(3, "§ 3", "Mötets behöriga utlysande",
             ["Kallelse och handlingar skickades ut den 8 april 2021."],
             decision="Fullmäktige beslutar att förklara mötet behörigen utlyst."),
        item(4, "§ 4", "Fastställande av föredragningslista",
             ["Hugo Lindfors yrkade att en punkt om fyllnadsval till valberedningen läggs "
              "till som § 11."],
             decision="Fullmäktige beslutar att fastställa föredragningslistan med det "
                      "yrkade tillägget."),
        item(5, "§ 5", "Adjungeringar",
             decision="Fullmäktige beslutar att adjungera kårstyrelsen och verksamhetschef "
                      "Lotta Wahlberg med närvaro- och yttranderätt."),
        item(6, "§ 6", "Föregående protokoll",
             decision="Fullmäktige beslutar att lägga protokollet från KF-möte 5 2020/21 till "
                      "handlingarna."),
        item(7, "§ 7", "Meddelanden från kårstyrelsen",
             ["Kårordförande Hugo Lindfors informerade om förhandlingarna med högskolan om "
              "lokalerna i Kårhuset och om att studentombudsrollen återbesätts i augusti.",
              "Verksamhetschef Lotta Wahlberg informerade om det ekonomiska utfallet för "
              "kvartal 3."],
             decision="Fullmäktige beslutar att lägga meddelandena till handlingarna.",
             presenters=["Hugo Lindfors", "Lotta Wahlberg"]),
        item(8, "§ 8", "Revidering av budget 2020/21",
             ["Vice kårordförande Elin Rask föredrog ärendet. Intäkterna från pubverksamheten "
              "har uteblivit under pandemin.",
              "Yrkanden: Nora Eklund (TL) yrkade bifall till kårstyrelsens förslag. Samir Aziz "
              "(STL) yrkade att posten Kårpub sänks med 40 000 kr och att underskottet minskas "
              "i motsvarande mån.",
              "Talpersonen ställde proposition på yrkandena och fann kårstyrelsens förslag "
              "bifallet. Votering begärdes och verkställdes:"],
             proposal="att fastställa reviderad budget för verksamhetsåret 2020/21 med ett "
                      "budgeterat underskott om 212 000 kr",
             decision="Fullmäktige beslutar att fastställa reviderad budget för "
                      "verksamhetsåret 2020/21 med ett budgeterat underskott om 212 000 kr.",
             presenters=["Elin Rask"],
             after=["Samir Aziz (STL) och Aisha Noor (STL) reserverade sig mot beslutet."]),
        item(9, "§ 9", "Verksamhetsplan 2021/22, första läsning",
             ["Kårordförande Hugo Lindfors föredrog förslaget till verksamhetsplan."],
             proposal="att godkänna verksamhetsplanen 2021/22 i första läsning",
             decision="Fullmäktige beslutar att godkänna verksamhetsplanen 2021/22 i första "
                      "läsning.",
             presenters=["Hugo Lindfors"]),
        item(10, "§ 10", "Motioner", ["Två motioner har inkommit till detta möte."]),
        item(10, "§ 10.1", "Motion om vegetariskt alternativ vid kårens sittningar",
             ["Motionär: Wilma Holm (GL). Motionen yrkar att kåren serverar vegetariskt "
              "som standard vid alla sittningar (att-sats 1) och att köttalternativ endast "
              "erbjuds mot förbeställning (att-sats 2).",
              "Yrkanden: Wilma Holm (GL) yrkade bifall till motionen i sin helhet. Filip Rask "
              "(TL) yrkade bifall till kårstyrelsens förslag.",
              "Votering begärdes och verkställdes:"],
             proposal="att bifalla motionens första att-sats och att avslå motionens andra "
                      "att-sats",
             decision="Fullmäktige beslutar att bifalla motionens första att-sats och att avslå "
                      "motionens andra att-sats."),
        item(10, "§ 10.2", "Motion om utökade öppettider i läsesalen",
             ["Motionär: Kevin Larsson (OS). Kårstyrelsen har yttrat sig positivt."],
             decision="Fullmäktige beslutar att bifalla motionen."),
        item(11, "§ 11", "Fyllnadsval till valberedningen",
             decision="Fullmäktige beslutar att välja Ida Sundell (OS) till ledamot i "
                      "valberedningen för resten av mandatperioden."),
        item(12, "§ 12", "Övriga frågor",
             ["Tuva Melin (GL) frågade om nästa möte kan hållas helt fysiskt. Presidiet "
              "återkommer."]),
        item(13, "§ 13", "Mötets avslutande",
             ["Talperson Amira Haddad förklarade mötet avslutat kl. 21:03."]),
    ]
    for it in d["items"]:
        if it["printed_number"] == "§ 8":
            it["vote_key"] = 8
        if it["printed_number"] == "§ 10.1":
            it["vote_key"] = 101
    d["notes"] = (
        "Västerlunda studentkår, kårfullmäktige (KF-möte 6 2020/21). Printed by Chromium from "
        "HTML: running CSS header/footer with org.nr and 'Sida n av N'; the minutes are one "
        "table with the § in a narrow left column, the heading bold in the right column. The "
        "info block says 'Tid 17:15–21:03' (called time), § 1 says 'öppnade mötet kl. 17:19': "
        "start_time 17:19 per GOLD, end 21:03. Organ 'Kårfullmäktige'. Sub-items '§ 10.1' "
        "and '§ 10.2' carry their own heading and decision: both are items with number 10 "
        "beside the parent '§ 10 Motioner' (heading only, no decision). Proposals are the "
        "'Förslag till beslut' / 'Kårstyrelsens förslag' at-clauses as printed (lower-case "
        "'att ...', no final period); decisions the 'Beslut:' sentences. Two voteringar are "
        "printed as small tables (11-7-1 and 8-10-1); the yrkanden and reservations are not "
        "part of decisions. Participants from the närvarolista table (Namn / Lista / "
        "Funktion): the list abbreviation (TL, OS, STL, GL) is put in 'party' - a student "
        "union's election lists, the nearest thing to a party. Talperson -> ordförande, vice "
        "talperson -> vice ordförande, mötessekreterare -> sekreterare, the two justerare "
        "(ledamöter elected in § 2) -> justerare; 'Ersättare' not serving -> ej tjänstgörande "
        "ersättare; kårstyrelsen and the verksamhetschef (adjungerade) -> övrig with the "
        "group heading as organization. Presenters only where the text says föredrog / "
        "informerade.")
    return name, d


def render_2021(name, d):
    css = """
    @page { size: A4; margin: 26mm 18mm 20mm 18mm;
      @top-left { content: "VÄSTERLUNDA STUDENTKÅR"; font: 700 9pt 'DejaVu Sans Condensed'; letter-spacing: 1pt; color:#7a1f3d; }
      @top-right { content: "Protokoll KF-möte 6 2020/21 · 2021-04-22"; font: 8.5pt 'DejaVu Sans Condensed'; color:#444; }
      @bottom-left { content: "Västerlunda studentkår · Org.nr 843002-5561 · Kårhuset, Universitetsvägen 4"; font: 7.5pt 'DejaVu Sans Condensed'; color:#666; }
      @bottom-right { content: "Sida " counter(page) " av " counter(pages); font: 7.5pt 'DejaVu Sans Condensed'; color:#666; }
    }
    body { font-family: 'DejaVu Sans Condensed'; font-size: 9.8pt; line-height: 1.38; }
    h1 { font-size: 17pt; margin: 0 0 2pt 0; color:#7a1f3d; }
    .sub { margin: 0 0 10pt 0; color:#444; }
    table.meta { border-collapse: collapse; margin-bottom: 10pt; }
    table.meta td { padding: 2pt 10pt 2pt 0; vertical-align: top; }
    table.meta td:first-child { font-weight: 700; width: 28mm; }
    h3 { font-size: 10.5pt; margin: 10pt 0 4pt 0; }
    table.roll { border-collapse: collapse; width: 100%; font-size: 9pt; margin-bottom: 8pt; }
    table.roll th { background:#7a1f3d; color:#fff; text-align:left; padding: 2.5pt 6pt; }
    table.roll td { border-bottom: 0.5pt solid #ccc; padding: 2pt 6pt; }
    table.roll tr.grp td { background:#f2e6ea; font-weight:700; }
    table.min { border-collapse: collapse; width: 100%; margin-top: 6pt; }
    table.min td { vertical-align: top; padding: 5pt 4pt 7pt 0; border-top: 0.5pt solid #bbb; }
    table.min td.n { width: 16mm; font-weight: 700; }
    table.min tr { page-break-inside: avoid; }
    .h { font-weight: 700; margin-bottom: 2pt; }
    p { margin: 0 0 4pt 0; }
    .beslut { margin-top: 3pt; }
    table.v { border-collapse: collapse; margin: 3pt 0 5pt 0; font-size: 9pt; }
    table.v td, table.v th { border: 0.5pt solid #999; padding: 1.5pt 9pt; }
    .cap { font-size: 8.5pt; color:#333; }
    .pb { page-break-before: always; }
    table.sig { width: 100%; margin-top: 30pt; }
    table.sig td { width: 33%; padding-top: 30pt; font-size: 9pt; }
    table.sig span { display:block; border-top: 0.5pt solid #000; padding-top: 2pt; width: 85%; }
    """
    b = ["<h1>Protokoll</h1>",
         '<div class="sub">Kårfullmäktige, möte 6 verksamhetsåret 2020/21</div>',
         '<table class="meta">',
         "<tr><td>Datum</td><td>2021-04-22</td></tr>",
         "<tr><td>Tid</td><td>17:15–21:03</td></tr>",
         f"<tr><td>Plats</td><td>{esc(d['location'])}</td></tr>",
         "</table>",
         "<h3>Närvarolista</h3>",
         '<table class="roll"><tr><th>Namn</th><th>Lista</th><th>Funktion</th></tr>']
    groups = [("Presidium", lambda r: r[2] in ("Talperson", "Vice talperson",
                                                 "Mötessekreterare")),
              ("Ledamöter och ersättare", lambda r: r[4] is None and r[1] is not None),
              ("Adjungerade", lambda r: r[4] is not None)]
    for g, f in groups:
        b.append(f'<tr class="grp"><td colspan="3">{g}</td></tr>')
        for r in d["roll"]:
            if f(r):
                org = f" ({r[4]})" if r[4] else ""
                b.append(f"<tr><td>{esc(r[0])}</td><td>{esc(r[1] or '–')}</td>"
                         f"<td>{esc(r[2] + org)}</td></tr>")
    b.append("</table>")
    b.append('<p class="cap">Röstberättigade vid mötets början: 19 av 31 mandat. Listor: TL = '
             'Teknologlistan, OS = Oberoende studenter, STL = Studentlistan, GL = Gröna listan.'
             '</p>')
    b.append('<table class="min">')
    for it in d["items"]:
        cell = [f'<div class="h">{esc(it["title"])}</div>']
        for k, p in enumerate(it["body"]):
            cell.append(f"<p>{esc(p)}</p>")
            if k == 0 and it["proposal"]:
                lab = ("Kårstyrelsens förslag" if it["printed_number"] == "§ 10.1"
                       else "Förslag till beslut")
                cell.append(f"<p><i>{lab}:</i> {esc(it['proposal'])}</p>")
        vk = it.get("vote_key")
        if vk:
            cap, ja, nej, avst = d["votes"][vk]
            cell.append(f'<table class="v"><tr><th>Ja</th><th>Nej</th><th>Avstår</th></tr>'
                        f"<tr><td>{ja}</td><td>{nej}</td><td>{avst}</td></tr></table>"
                        f'<div class="cap">{esc(cap)}</div>')
        if it["decision"]:
            cell.append(f'<p class="beslut"><b>Beslut:</b> {esc(it["decision"])}</p>')
        for p in it["after"]:
            cell.append(f"<p>{esc(p)}</p>")
        b.append(f'<tr><td class="n">{esc(it["printed_number"])}</td><td>{"".join(cell)}</td></tr>')
    b.append("</table>")
    b.append('<table class="sig"><tr><td><span>Jesper Strand<br>Mötessekreterare</span></td>'
             '<td><span>Amira Haddad<br>Talperson</span></td><td></td></tr>'
             '<tr><td><span>Nora Eklund<br>Justerare</span></td>'
             '<td><span>Viktor Sjöberg<br>Justerare</span></td><td></td></tr></table>')
    html = (f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>KF-protokoll '
            f'2021-04-22</title><style>{css}</style></head><body>{"".join(b)}</body></html>')
    chromium_pdf(html, name)


# ----------------------------------------------------------------------------------------------
# 8. 2023 tennis club board: running prose, bold headings, no numbers
# ----------------------------------------------------------------------------------------------
def doc_2023_tennis():
    name = "2023-03-14_ekbackens-tk-styrelse_protokoll.pdf"
    d = dict(kind="protokoll", organ="Styrelsen", date="2023-03-14", start="19:02",
             end="20:35", location="Klubbhuset, Ekbackens tennishall")
    d["items"] = []
    d["sections"] = [
        ("Öppnande", "Malin öppnar mötet 19.02 och hälsar alla välkomna, särskilt Ola som "
         "deltar för första gången som klubbchef. Hanna skriver protokollet och Jakob "
         "justerar det tillsammans med Malin."),
        ("Förra protokollet", "Protokollet från 7 februari gås igenom. Punkten om nya "
         "nät till bana 3 är klar, näten är uppsatta. Protokollet läggs till handlingarna."),
        ("Ekonomi", "Therese går igenom utfallet för januari–februari. Banhyrorna ligger "
         "ungefär 8 procent över budget, medan elkostnaden för hallen fortfarande är hög. "
         "Styrelsen beslutar att Therese och Ola tar in offert på ett nytt elavtal till nästa "
         "möte."),
        ("Hallen och belysningen", "Två armaturer över bana 2 har gått sönder. Mikael har "
         "pratat med Ekbacka El, som kan byta till LED för alla fyra banor för 186 000 kr. "
         "Vi söker bidrag från kommunens anläggningsstöd först. Beslut tas när vi vet om vi "
         "får bidraget."),
        ("Juniorverksamheten", "Ola berättar att vårterminen har 112 juniorer i 19 grupper "
         "och att det finns kö till tisdagsgrupperna. Styrelsen beslutar att anställa ytterligare "
         "en assisterande tränare på timme från april."),
        ("Seriespel", "Herrlaget ligger tvåa i division 3 inför sista omgången. Damlaget har "
         "svårt att få ihop spelare till bortamatcherna; Hanna hör med damerna i "
         "motionsgruppen."),
        ("Klubbmästerskapen", "KM spelas helgen 13–14 maj. Jakob håller i lottningen och "
         "anmälan öppnar 1 april."),
        ("Övrigt", "Kaffemaskinen i klubbhuset läcker. Mikael tittar på den."),
        ("Nästa möte", "Tisdag 18 april kl. 19 i klubbhuset. Mötet avslutas 20.35."),
    ]
    d["participants"] = [
        person("Malin Forsberg", "ordförande"),
        person("Jakob Ahlin", "justerare"),
        person("Therese Nguyen", "ledamot"),
        person("Mikael Strömberg", "ledamot"),
        person("Hanna Lind", "sekreterare"),
        person("Ola Pettersson", "övrig"),
    ]
    d["notes"] = (
        "Ekbackens Tennisklubb, board minutes written as running prose in the present tense, "
        "with bold headings and no numbers: 'items' is [] (GOLD: an unnumbered document has no "
        "items), so its decisions ('Styrelsen beslutar att ...') are not annotated. Organ "
        "'Styrelsen'. Header: title line 'Styrelsemöte 14 mars 2023' and a place line; no "
        "times in the header: start from 'Malin öppnar mötet 19.02', end from 'Mötet avslutas "
        "20.35' under 'Nästa möte'. 'Tisdag 18 april kl. 19' is the next meeting. "
        "Participants from the prose 'Närvarande:' sentence: '(ordf)' -> ordförande; Hanna "
        "Lind writes the minutes -> sekreterare; Jakob Ahlin justerar -> justerare; Ola "
        "Pettersson, klubbchef 'från kansliet', -> övrig (organization left null: 'kansliet' "
        "is not a body's name). Footer with org.nr and address on each page.")
    return name, d


def render_2023(name, d):
    class P(FPDF):
        def footer(self):
            self.set_y(-13)
            self.set_font("DVC", "", 7.5)
            self.set_text_color(110)
            self.cell(0, 4, "Ekbackens Tennisklubb  •  org.nr 802011-3340  •  Bollvägen 2, "
                            "745 63 Ekbacka", align="L")
            self.cell(0, 4, f"{self.page_no()}/{{nb}}", align="R")
            self.set_text_color(0)
    pdf = P(format="A4", unit="mm")
    add_dejavu(pdf)
    set_meta(pdf, "Styrelsemöte 14 mars", "Hanna Lind", "Google Docs Renderer")
    pdf.set_margins(25, 22, 25)
    pdf.set_auto_page_break(True, 20)
    pdf.alias_nb_pages("{nb}")
    pdf.add_page()
    pdf.set_font("DVC", "B", 18)
    pdf.set_text_color(22, 110, 60)
    pdf.cell(0, 9, "Styrelsemöte 14 mars 2023", new_x="LMARGIN", new_y="NEXT")
    pdf.set_text_color(0)
    pdf.set_font("DVC", "", 11)
    pdf.cell(0, 6, "Ekbackens Tennisklubb – Klubbhuset, Ekbackens tennishall",
             new_x="LMARGIN", new_y="NEXT")
    pdf.ln(5)
    pdf.set_font("DVC", "", 10.5)
    pdf.multi_cell(0, 5.4, "Närvarande: Malin Forsberg (ordf), Jakob Ahlin, Therese Nguyen, "
                           "Mikael Strömberg och Hanna Lind. Från kansliet deltog Ola Pettersson "
                           "(klubbchef). Förhindrad: Erik Ståhl.", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(3)
    for h, t in d["sections"]:
        pdf.set_font("DVC", "B", 11)
        pdf.cell(0, 6.5, h, new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DVC", "", 10.5)
        pdf.multi_cell(0, 5.4, t, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2.5)
    pdf.ln(8)
    pdf.set_font("DVC", "", 10.5)
    pdf.cell(80, 5.4, "Vid tangentbordet")
    pdf.cell(0, 5.4, "Justeras", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(11)
    pdf.set_font("DVC", "I", 10.5)
    pdf.cell(80, 5.4, "Hanna Lind")
    pdf.cell(0, 5.4, "Malin Forsberg          Jakob Ahlin", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(OUT, name))


# ----------------------------------------------------------------------------------------------
# 9. 2004 ekonomisk förening, föreningsstämma as a § | Ärende | Beslut table; röstlängd bilaga
# ----------------------------------------------------------------------------------------------
def doc_2004_ekfor():
    name = "2004-04-28_lillharads-byahandel-ek-for_protokoll.pdf"
    d = dict(kind="protokoll", organ="Föreningsstämma", date="2004-04-28", start="18:05",
             end=None, location="Lillhärads skola, matsalen")
    d["items"] = [
        item(1, "1", "Stämmans öppnande",
             ["Styrelsens ordförande Gert Lundberg hälsade medlemmarna välkomna och öppnade "
              "stämman kl 18.05."]),
        item(2, "2", "Val av ordförande vid stämman",
             decision="Stämman valde Ann-Marie Törnqvist till ordförande."),
        item(3, "3", "Val av sekreterare vid stämman",
             decision="Stämman valde Peter Holgersson till sekreterare."),
        item(4, "4", "Godkännande av röstlängd",
             ["Röstlängd upprättades, se bilaga. 27 medlemmar var företrädda, varav 3 genom "
              "fullmakt."],
             decision="Röstlängden godkändes."),
        item(5, "5", "Val av två justerare tillika rösträknare",
             decision="Stämman valde Rut Åkesson och Leif Nordin."),
        item(6, "6", "Fråga om stämman blivit i behörig ordning utlyst",
             ["Kallelse sattes upp i butiken och skickades med byabladet den 7 april."],
             decision="Stämman ansågs behörigen utlyst."),
        item(7, "7", "Godkännande av dagordning", decision="Dagordningen godkändes."),
        item(8, "8", "Styrelsens årsredovisning och revisorernas berättelse",
             ["Föreståndaren Kerstin Ahlqvist redogjorde för butikens år: omsättningen blev "
              "3,1 Mkr (2,8 Mkr), och ombudsverksamheten för post och apotek har gett fler "
              "kunder. Revisor Henry Sjö läste revisionsberättelsen."],
             decision="Årsredovisningen och revisionsberättelsen lades till handlingarna.",
             presenters=["Kerstin Ahlqvist"]),
        item(9, "9 a", "Fastställande av resultaträkning och balansräkning",
             decision="Stämman fastställde resultat- och balansräkningen för 2003."),
        item(9, "9 b", "Disposition av föreningens överskott",
             proposal="Årets överskott, 41 312 kr, balanseras i ny räkning. Ingen återbäring "
                      "utbetalas för 2003.",
             decision="Stämman beslutade enligt styrelsens förslag."),
        item(9, "9 c", "Ansvarsfrihet för styrelsens ledamöter",
             decision="Stämman beviljade styrelsen ansvarsfrihet för räkenskapsåret 2003."),
        item(10, "10", "Arvoden",
             proposal="Kassören erhåller 3 000 kr för år 2004; i övrigt utgår inga arvoden.",
             decision="Stämman beslutade enligt styrelsens förslag."),
        item(11, "11", "Val av styrelseledamöter och suppleanter",
             ["I tur att avgå: Gert Lundberg och Maj-Britt Ohlsson."],
             decision="Stämman valde Gert Lundberg (omval) och Jon Falk (nyval) till ledamöter "
                      "för två år, och Siv Wester till suppleant för ett år."),
        item(12, "12", "Val av revisorer och revisorssuppleant",
             decision="Stämman valde Henry Sjö och Britt Lagerqvist till revisorer och Nils "
                      "Ohlsson till suppleant."),
        item(13, "13", "Val av valberedning",
             decision="Stämman valde Maj-Britt Ohlsson (sammankallande) och Ove Rönn."),
        item(14, "14", "Höjd insats för nya medlemmar",
             ["Efter diskussion begärdes votering. Vid handuppräckning röstade 19 för och 8 "
              "emot förslaget."],
             proposal="Insatsen höjs från 500 kr till 1 000 kr för nya medlemmar från och med "
                      "den 1 juli 2004. Ändringen av stadgarnas 5 § ska beslutas av två på "
                      "varandra följande stämmor.",
             decision="Stämman beslutade att bifalla förslaget. Beslutet ska bekräftas av "
                      "nästa ordinarie stämma."),
        item(15, "15", "Övriga frågor",
             ["Leif Nordin tog upp frågan om hemleverans av varor till äldre i byn. "
              "Styrelsen utreder frågan till hösten."]),
        item(16, "16", "Stämmans avslutande",
             ["Ordföranden tackade för visat intresse och förklarade stämman avslutad."]),
    ]
    # röstlängd: (name, medlemsnr, fullmakt-holder or None)
    rl = [("Gert Lundberg", 3), ("Ann-Marie Törnqvist", 7), ("Peter Holgersson", 12),
          ("Rut Åkesson", 15), ("Leif Nordin", 18), ("Henry Sjö", 21),
          ("Maj-Britt Ohlsson", 22), ("Nils Ohlsson", 23), ("Britt Lagerqvist", 27),
          ("Jon Falk", 31), ("Siv Wester", 34), ("Ove Rönn", 36), ("Agneta Bloom", 40),
          ("Stig Hultgren", 41), ("Karl-Erik Mård", 44), ("Elsa Mård", 45),
          ("Inger Sandell", 52), ("Tore Bäck", 55), ("Lisa Engdahl", 58),
          ("Mats Wigren", 61), ("Helena Ros", 63), ("Bo Strandh", 66), ("Yvonne Kask", 70),
          ("Anton Lilja", 74)]
    proxies = [("Gustav Ek", 9, "Rut Åkesson"), ("Berit Sandell", 53, "Inger Sandell"),
               ("Roland Ahl", 77, "Bo Strandh")]
    d["rostlangd"] = rl
    d["proxies"] = proxies
    roles = {"Ann-Marie Törnqvist": "ordförande", "Peter Holgersson": "sekreterare",
             "Rut Åkesson": "justerare", "Leif Nordin": "justerare"}
    d["participants"] = [person(n, roles.get(n, "ledamot")) for n, _ in rl]
    d["notes"] = (
        "Lillhärads Byahandel ekonomisk förening (village shop cooperative), ordinary "
        "föreningsstämma 2004. Printed by Chromium from HTML: the minutes are a three-column "
        "table 'Punkt | Ärende | Beslut' (heading bold in the Ärende cell, decision in its own "
        "column; '–' in the Beslut column = no decision). Header is a one-row table (Datum / Tid "
        "/ Plats) with 'kl 18.00'; item 1 says 'öppnade stämman kl 18.05' -> start_time 18:05. "
        "No end time printed ('förklarade stämman avslutad' without a time). Organ "
        "'Föreningsstämma'. Rows '9 a', '9 b', '9 c' each carry their own heading AND decision, "
        "so they are three items with number 9 (there is no separate row 9). 'Styrelsens "
        "förslag:' in the Ärende cell of 9 b, 10 and 14 -> proposal. Page 2 ends with the "
        "signatures; page 3 is 'Bilaga: Röstlängd' in two columns (24 members present in "
        "person, 3 by fullmakt), its rows numbered '1.'..'27.' - these are not agenda items. Participants: "
        "the 24 present in person (ledamot), with the stämma's ordförande, sekreterare and "
        "justerare given those roles; the three members represented by fullmakt are not "
        "present and are left out (their proxies are already listed). Gert Lundberg, board "
        "chair who opened the meeting, is ledamot. Kerstin Ahlqvist (föreståndare) presents "
        "item 8 but is not in the röstlängd and is not a participant.")
    return name, d


def render_2004(name, d):
    css = """
    @page { size: A4; margin: 18mm 16mm 18mm 18mm;
      @bottom-center { content: "Lillhärads Byahandel ek. för. · org.nr 769608-4412 · Byvägen 1, 615 91 Lillhärad    " counter(page) "(" counter(pages) ")"; font: 7.5pt 'DejaVu Serif'; color:#555; }
    }
    body { font-family: 'DejaVu Serif'; font-size: 9.6pt; line-height: 1.33; }
    .top { display: flex; justify-content: space-between; align-items: flex-end;
           border-bottom: 1.5pt solid #000; padding-bottom: 4pt; margin-bottom: 10pt; }
    .top .nm { font-size: 14pt; font-weight: 700; }
    .top .dt { font-size: 9pt; text-align: right; }
    h1 { font-size: 12.5pt; margin: 0 0 8pt 0; }
    table.hd { border-collapse: collapse; width: 100%; margin-bottom: 12pt; }
    table.hd td { border: 0.8pt solid #000; padding: 3pt 6pt; }
    table.hd .lab { font-size: 7.5pt; text-transform: uppercase; color:#333; display:block; }
    table.p { border-collapse: collapse; width: 100%; }
    table.p th { border: 0.8pt solid #000; background: #ddd; padding: 3pt 5pt; text-align: left; font-size: 9pt; }
    table.p td { border: 0.8pt solid #000; padding: 4pt 5pt; vertical-align: top; }
    table.p td.n { width: 12mm; text-align: center; }
    table.p td.b { width: 58mm; }
    table.p tr { page-break-inside: avoid; }
    .h { font-weight: 700; }
    p { margin: 2pt 0 0 0; }
    .sig { display: grid; grid-template-columns: 1fr 1fr; column-gap: 20mm; row-gap: 22pt; margin-top: 26pt; }
    .sig div { border-top: 0.6pt dotted #000; padding-top: 2pt; }
    .bil { page-break-before: always; }
    .cols { column-count: 2; column-gap: 10mm; font-size: 9.4pt; }
    .cols div { break-inside: avoid; padding: 1.5pt 0; border-bottom: 0.4pt solid #ccc; }
    """
    b = ['<div class="top"><div class="nm">Lillhärads Byahandel<br><span style="font-size:9pt;'
         'font-weight:400">ekonomisk förening</span></div><div class="dt">PROTOKOLL<br>'
         'Org.nr 769608-4412</div></div>',
         "<h1>Protokoll fört vid ordinarie föreningsstämma</h1>",
         '<table class="hd"><tr>'
         '<td><span class="lab">Datum</span>2004-04-28</td>'
         '<td><span class="lab">Tid</span>kl 18.00</td>'
         f'<td><span class="lab">Plats</span>{esc(d["location"])}</td></tr></table>',
         '<table class="p"><tr><th>Punkt</th><th>Ärende</th><th>Beslut</th></tr>']
    for it in d["items"]:
        c = [f'<div class="h">{esc(it["title"])}</div>']
        if it["proposal"]:
            c.append(f"<p><i>Styrelsens förslag:</i> {esc(it['proposal'])}</p>")
        for p in it["body"]:
            c.append(f"<p>{esc(p)}</p>")
        dec = esc(it["decision"]) if it["decision"] else "–"
        b.append(f'<tr><td class="n">{esc(it["printed_number"])}</td><td>{"".join(c)}</td>'
                 f'<td class="b">{dec}</td></tr>')
    b.append("</table>")
    b.append('<div class="sig"><div>Peter Holgersson, sekreterare</div>'
             '<div>Ann-Marie Törnqvist, ordförande</div>'
             '<div>Rut Åkesson, justerare</div><div>Leif Nordin, justerare</div></div>')
    b.append('<div class="bil"><h1>Bilaga: Röstlängd vid föreningsstämma 2004-04-28</h1>'
             '<div class="cols">')
    for i, (n, nr) in enumerate(d["rostlangd"], 1):
        b.append(f"<div>{i}. {esc(n)} &nbsp; <small>(nr {nr})</small></div>")
    b.append("</div><p style='margin-top:10pt'><b>Genom fullmakt:</b></p><div class='cols'>")
    for i, (n, nr, holder) in enumerate(d["proxies"], len(d["rostlangd"]) + 1):
        b.append(f"<div>{i}. {esc(n)} &nbsp; <small>(nr {nr})</small>, fullmakt till "
                 f"{esc(holder)}</div>")
    b.append("</div><p style='margin-top:10pt'>Summa röster: 27</p></div>")
    html = (f'<!doctype html><html lang="sv"><head><meta charset="utf-8"><title>Stämmoprotokoll '
            f'2004</title><style>{css}</style></head><body>{"".join(b)}</body></html>')
    chromium_pdf(html, name)


# ----------------------------------------------------------------------------------------------
def main():
    jobs = [
        (doc_1977_hyresgast, render_1977, True),
        (doc_1988_pro, render_1988, True),
        (doc_1999_nation, render_1999, False),
        (doc_2004_ekfor, render_2004, False),
        (doc_2006_brf_styrelse, render_2006, False),
        (doc_2011_fvof_kallelse, render_2011, False),
        (doc_2014_brf_extra, render_2014, False),
        (doc_2021_kf, render_2021, False),
        (doc_2023_tennis, render_2023, False),
    ]
    for mk, render, scanned in jobs:
        name, d = mk()
        render(name, d)
        write_gold(d, name, scanned=scanned)
        print("wrote", name)


if __name__ == "__main__":
    main()
