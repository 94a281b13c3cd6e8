#!/usr/bin/env python3
"""Deterministic generator for the muniset11 held-out test set.

Ten invented Swedish / Finland-Swedish public-body meeting documents, each rendered
to PDF with fpdf2 from the same Python data that its gold JSON is built from.
Two of them are 'scanned' (rasterised, noisy, rotated, blurred, JPEG, no text layer).

Run:  /work/main/.venv/bin/python /work/muniset11/make.py
"""
import datetime
import io
import json
import os
import re
import sys

import numpy as np
import pypdfium2 as pdfium
from fpdf import FPDF
from fpdf.fonts import FontFace
from PIL import Image, ImageFilter

OUT = os.path.dirname(os.path.abspath(__file__))
PRE = os.path.join(OUT, "prescan")
DJ = "/usr/share/fonts/truetype/dejavu/"

FIXED_DATE = datetime.datetime(2025, 6, 1, 12, 0, 0, tzinfo=datetime.timezone.utc)
DOCS = []  # filled by the doc_* functions below


# ----------------------------------------------------------------------------
# helpers: data
# ----------------------------------------------------------------------------
def P(name, party=None, role="ledamot", org=None):
    return {"name": name, "party": party, "organization": org, "role": role}


def joined(x):
    """proposal/decision data may be a list of printed lines; gold joins with one space."""
    if x is None:
        return None
    if isinstance(x, (list, tuple)):
        return " ".join(x)
    return x


def lines(x):
    if x is None:
        return []
    if isinstance(x, (list, tuple)):
        return list(x)
    return [x]


def item_gold(it):
    return {
        "number": it["n"],
        "printed_number": it["pn"],
        "title": it["title"],
        "section": None,
        "presenters": list(it.get("pres", [])),
        "scheduled_time": it.get("time"),
        "proposal": joined(it.get("prop")),
        "decision": joined(it.get("dec")),
        "attachments": list(it.get("att", [])),
    }


# ----------------------------------------------------------------------------
# helpers: PDF
# ----------------------------------------------------------------------------
class Pdf(FPDF):
    def __init__(self, hdr=None, ftr=None, margins=(20, 20, 20), bottom=20):
        super().__init__("P", "mm", "A4")
        self.core_fonts_encoding = "windows-1252"
        self.set_creation_date(FIXED_DATE)
        self.hdr = hdr
        self.ftr = ftr
        self.set_margins(*margins)
        self.set_auto_page_break(True, bottom)
        fonts = {
            "DejaVu": ("DejaVuSans", "DejaVuSans-Bold", "DejaVuSans-Oblique", "DejaVuSans-BoldOblique"),
            "DejaVuCond": ("DejaVuSansCondensed", "DejaVuSansCondensed-Bold",
                           "DejaVuSansCondensed-Oblique", "DejaVuSansCondensed-BoldOblique"),
            "DejaVuSerif": ("DejaVuSerif", "DejaVuSerif-Bold", "DejaVuSerif-Italic", "DejaVuSerif-BoldItalic"),
            "Mono": ("DejaVuSansMono", "DejaVuSansMono-Bold", "DejaVuSansMono-Oblique",
                     "DejaVuSansMono-BoldOblique"),
        }
        for fam, files in fonts.items():
            for style, fn in zip(("", "B", "I", "BI"), files):
                self.add_font(fam, style, DJ + fn + ".ttf")

    def header(self):
        if self.hdr:
            self.hdr(self)

    def footer(self):
        if self.ftr:
            self.ftr(self)

    # a paragraph at x with width w
    def para(self, text, x=None, w=None, h=5, align="L", gap=0):
        if x is None:
            x = self.l_margin
        if w is None:
            w = self.w - self.r_margin - x
        self.set_x(x)
        self.multi_cell(w, h, text, align=align, new_x="LMARGIN", new_y="NEXT")
        if gap:
            self.ln(gap)

    def need(self, mm):
        """page break if less than mm left"""
        if self.get_y() + mm > self.page_break_trigger:
            self.add_page()


def render_blocks(pdf, blocks, st, item=None):
    """Render a list of blocks with a style dict.
    blocks: ('h', text) heading; ('p', text); ('ul', [..]); ('ol', [..]);
            ('prop', label) proposal of item; ('dec', label) decision of item;
            ('att', label) attachment list of item; ('sp', mm); ('tab', cols, rows, widths)
            ('inl', label, text) inline 'Label: text'
    """
    x = st.get("x", pdf.l_margin)
    w = st.get("w", pdf.w - pdf.r_margin - x)
    lh = st.get("lh", 5)
    font = st["font"]
    size = st["size"]
    hstyle = st.get("hstyle", "B")
    hsize = st.get("hsize", size)
    bullet = st.get("bullet", "\u2022")
    align = st.get("align", "L")
    para_gap = st.get("gap", 2)
    for b in blocks:
        kind = b[0]
        if kind == "h":
            pdf.need(lh * 3)
            pdf.set_font(font, hstyle, hsize)
            pdf.para(b[1], x, w, lh)
            pdf.ln(st.get("hgap", 0.5))
        elif kind == "p":
            pdf.set_font(font, "", size)
            pdf.para(b[1], x, w, lh, align=align, gap=para_gap)
        elif kind in ("ul", "ol", "att"):
            if kind == "att":
                if b[1]:
                    pdf.need(lh * 3)
                    pdf.set_font(font, hstyle, hsize)
                    pdf.para(b[1], x, w, lh)
                    pdf.ln(st.get("hgap", 0.5))
                entries = item["att"]
            else:
                entries = b[1]
            pdf.set_font(font, "", size)
            for i, e in enumerate(entries, 1):
                mark = bullet if kind != "ol" else f"{i}."
                if kind == "att" and st.get("att_mark") is not None:
                    mark = st["att_mark"]
                pdf.set_x(x)
                if mark:
                    pdf.cell(6, lh, mark)
                    pdf.multi_cell(w - 6, lh, e, align="L", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.multi_cell(w, lh, e, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(para_gap)
        elif kind in ("prop", "dec"):
            label = b[1]
            ls = lines(item["prop"] if kind == "prop" else item["dec"])
            if label:
                pdf.need(lh * 3)
                pdf.set_font(font, hstyle, hsize)
                pdf.para(label, x, w, lh)
                pdf.ln(st.get("hgap", 0.5))
            pdf.set_font(font, st.get("decstyle", "") if kind == "dec" else "", size)
            for ln_ in ls:
                m = re.match(r"^(\d+\.|[a-z]\)|-)\s+(.*)$", ln_)
                if st.get("att_hang") and ln_.startswith("att "):
                    pdf.set_x(x)
                    pdf.cell(10, lh, "att")
                    pdf.multi_cell(w - 10, lh, ln_[4:], align="L", new_x="LMARGIN", new_y="NEXT")
                    pdf.ln(st.get("att_gap", 0))
                elif m and st.get("hang", True):
                    pdf.set_x(x)
                    pdf.cell(7, lh, m.group(1))
                    pdf.multi_cell(w - 7, lh, m.group(2), align="L", new_x="LMARGIN", new_y="NEXT")
                else:
                    pdf.para(ln_, x, w, lh, align=align)
            pdf.ln(para_gap)
        elif kind in ("decinl", "propinl"):
            pdf.need(lh * 2)
            pdf.set_x(x)
            pdf.set_font(font, hstyle, size)
            lw = pdf.get_string_width(b[1] + " ") + 0.5
            pdf.cell(lw, lh, b[1] + " ")
            pdf.set_font(font, "", size)
            pdf.multi_cell(w - lw, lh, joined(item["dec"] if kind == "decinl" else item["prop"]),
                           align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(para_gap)
        elif kind == "inl":
            pdf.set_x(x)
            pdf.set_font(font, hstyle, size)
            lw = pdf.get_string_width(b[1] + " ") + 0.5
            pdf.cell(lw, lh, b[1] + " ")
            pdf.set_font(font, "", size)
            pdf.multi_cell(w - lw, lh, b[2], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(para_gap)
        elif kind == "sp":
            pdf.ln(b[1])
        elif kind == "tab":
            cols, rows, widths = b[1], b[2], b[3]
            pdf.need(lh * (len(rows) + 2))
            pdf.set_font(font, "B", size - 0.5)
            pdf.set_x(x)
            for c, cw in zip(cols, widths):
                pdf.cell(cw, lh + 1, c, border=1)
            pdf.ln(lh + 1)
            pdf.set_font(font, "", size - 0.5)
            for r in rows:
                pdf.set_x(x)
                for c, cw in zip(r, widths):
                    pdf.cell(cw, lh + 1, c, border=1)
                pdf.ln(lh + 1)
            pdf.ln(para_gap + 1)
        else:
            raise ValueError(kind)


# ----------------------------------------------------------------------------
# scanning
# ----------------------------------------------------------------------------
def make_scan(src, dst, seed, dpi=150, angle_range=1.2, quality=58):
    rng = np.random.default_rng(seed)
    doc = pdfium.PdfDocument(src)
    out = FPDF("P", "mm", "A4")
    out.set_creation_date(FIXED_DATE)
    out.set_auto_page_break(False)
    for i in range(len(doc)):
        page = doc[i]
        img = page.render(scale=dpi / 72).to_pil().convert("L")
        W, H = img.size
        # small translation + rotation (pages fed slightly askew)
        ang = float(rng.uniform(-angle_range, angle_range))
        dx, dy = int(rng.integers(-12, 13)), int(rng.integers(-10, 11))
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False, fillcolor=255,
                         translate=(dx, dy))
        img = img.filter(ImageFilter.GaussianBlur(0.75))
        a = np.asarray(img).astype(np.float32)
        # toner: ink not fully black, paper slightly grey, uneven illumination
        a = 28 + a * (226 / 255.0)
        yy = np.linspace(0, 1, H)[:, None]
        xx = np.linspace(0, 1, W)[None, :]
        a -= 14 * (xx - 0.5) ** 2 + 10 * yy * float(rng.uniform(0.3, 1.0))
        a += rng.normal(0, 8.5, a.shape)
        # speckles and a few dust blobs
        n = int(a.size * 0.0005)
        ys, xs = rng.integers(0, H, n), rng.integers(0, W, n)
        a[ys, xs] = rng.uniform(20, 140, n)
        for _ in range(6):
            cy, cx, r = int(rng.integers(0, H)), int(rng.integers(0, W)), int(rng.integers(1, 4))
            a[max(0, cy - r):cy + r, max(0, cx - r):cx + r] -= 90
        # dark copier edge on the left
        edge = int(rng.integers(4, 14))
        a[:, :edge] -= 110
        a = np.clip(a, 0, 255).astype(np.uint8)
        im = Image.fromarray(a, "L").filter(ImageFilter.GaussianBlur(0.35))
        buf = io.BytesIO()
        im.save(buf, "JPEG", quality=quality)
        buf.seek(0)
        out.add_page()
        out.image(buf, 0, 0, 210, 297)
    out.output(dst)


# ----------------------------------------------------------------------------
# text checks
# ----------------------------------------------------------------------------
def norm(s):
    s = s.replace("\u00ad", "").replace("\ufffe", "").replace("\x02", "")
    return re.sub(r"\s+", " ", s).strip()


def page_texts(path):
    doc = pdfium.PdfDocument(path)
    res = []
    for i in range(len(doc)):
        res.append(doc[i].get_textpage().get_text_range())
    return res


def checked_text(path, hdr_re=None, ftr_re=None):
    parts = []
    for t in page_texts(path):
        t = norm(t)
        # running headers / footers: strip known fragments (any order) from page start / end
        changed = True
        while hdr_re and changed:
            changed = False
            for frag in hdr_re:
                t2 = re.sub(r"^(?:" + frag + r")(?: |$)", "", t, count=1)
                if t2 != t:
                    t, changed = t2.strip(), True
        changed = True
        while ftr_re and changed:
            changed = False
            for frag in ftr_re:
                t2 = re.sub(r"(?:^| )(?:" + frag + r")$", "", t, count=1)
                if t2 != t:
                    t, changed = t2.strip(), True
        parts.append(t)
    return " ".join(parts)


def check_doc(d, gold, pdf_for_text):
    txt = checked_text(pdf_for_text, d.get("hdr_re"), d.get("ftr_re"))
    problems = []

    def need(s, what):
        if s is None:
            return
        if norm(s) not in txt:
            problems.append(f"{what}: {s!r}")

    for it in gold["items"]:
        need(it["printed_number"], "printed_number")
        need(it["title"], "title")
        need(it["proposal"], f"proposal {it['printed_number']}")
        need(it["decision"], f"decision {it['printed_number']}")
        for p in it["presenters"]:
            need(p, "presenter")
        for a in it["attachments"]:
            need(a, "attachment")
        if it["scheduled_time"]:
            hh, mm = it["scheduled_time"].split(":")
            if not any(f in txt for f in (f"{hh}:{mm}", f"{hh}.{mm}")):
                problems.append(f"time {it['scheduled_time']}")
    for p in gold.get("participants", []):
        nm = p["name"]
        parts = nm.split(" ")
        rev = " ".join(parts[1:] + parts[:1]) if len(parts) > 1 else nm
        rev2 = parts[-1] + " " + " ".join(parts[:-1])
        if nm not in txt and rev not in txt and rev2 not in txt:
            problems.append(f"participant {nm}")
    m = gold["meeting"]
    need(m["location"], "location")
    for k in ("start_time", "end_time"):
        if m[k]:
            hh, mm = m[k].split(":")
            if not any(f in txt for f in (f"{hh}:{mm}", f"{hh}.{mm}")):
                problems.append(f"{k} {m[k]}")
    # items must occur in order (printed numbers then titles)
    pos = 0
    for it in gold["items"]:
        k = txt.find(norm(it["title"]), pos)
        if k < 0:
            # title may also occur earlier in a table of contents; search anywhere after agenda
            problems.append(f"order {it['printed_number']} {it['title']!r}")
        else:
            pos = k
    return problems


# ----------------------------------------------------------------------------
# build
# ----------------------------------------------------------------------------
def build(d):
    base = d["file"][:-4]
    scanned = d.get("scanned", False)
    target = os.path.join(OUT, d["file"])
    pre = os.path.join(PRE, base + ".prescan.pdf")
    pdf = d["render"](d)
    if scanned:
        pdf.output(pre)
        make_scan(pre, target, seed=d["seed"])
        text_src = pre
    else:
        pdf.output(target)
        text_src = target
    n_pages = len(pdfium.PdfDocument(target))
    gold = {
        "file": d["file"],
        "kind": d["kind"],
        "organ": d["organ"],
        "meeting_date": d["date"],
        "page_count": n_pages,
        "scanned": scanned,
        "meeting": {"start_time": d.get("start"), "end_time": d.get("end"),
                    "location": d.get("location")},
        "items": [item_gold(it) for it in d["items"]],
    }
    if d.get("participants") is not None:
        gold["participants"] = d["participants"]
    gold["notes"] = d["notes"]
    probs = check_doc(d, gold, text_src)
    if scanned:
        sdoc = pdfium.PdfDocument(target)
        for i in range(len(sdoc)):
            if sdoc[i].get_textpage().count_chars() != 0:
                probs.append(f"scan page {i + 1} has a text layer")
    # participants: one entry per person
    names = [p["name"] for p in gold.get("participants", [])]
    if len(names) != len(set(names)):
        probs.append("duplicate participant")
    for p in gold.get("participants", []):
        assert p["role"] in ("ordförande", "vice ordförande", "ledamot", "ersättare",
                             "tjänstgörande ersättare", "ej tjänstgörande ersättare", "övrig",
                             "sekreterare", "justerare"), p
    with open(os.path.join(OUT, base + ".gold.json"), "w", encoding="utf-8") as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
        f.write("\n")
    return gold, probs


# ============================================================================
# DOCUMENTS
# ============================================================================
DOC_FUNCS = []

# ---------------------------------------------------------------------------
# 01  Norrviks kommun, Kommunstyrelsen 2008-11-04, protokoll (Ciceron-like)
# ---------------------------------------------------------------------------
def doc_01():
    FN = "01_norrvik_ks_2008-11-04_protokoll.pdf"
    participants = [
        P("Birgitta Sjöö", "S", "ordförande"),
        P("Ulf Dahl", "M", "vice ordförande"),
        P("Anita Rask", "C", "vice ordförande"),
        P("Jonas Hedlund", "S"),
        P("Sofia Landgren", "S"),
        P("Lars Öhman", "S", "tjänstgörande ersättare"),
        P("Mikael Strand", "M"),
        P("Tomas Nyqvist", "C"),
        P("Eva Lindqvist", "V"),
        P("Karin Fjäll", "FP"),
        P("Roger Bäck", "KD"),
        P("Anneli Kask", "S", "ersättare"),
        P("Tomas Wiik", "M", "ersättare"),
        P("Leif Ström", "C", "ersättare"),
        P("Maria Grahn", None, "övrig"),
        P("Per-Olof Sund", None, "övrig"),
        P("Helena Mårtensson", None, "sekreterare"),
    ]
    beslutande = [
        "Birgitta Sjöö (S), ordförande",
        "Ulf Dahl (M), 1:e vice ordförande",
        "Anita Rask (C), 2:e vice ordförande",
        "Jonas Hedlund (S)",
        "Sofia Landgren (S)",
        "Lars Öhman (S), tjänstgörande ersättare för Kent Bergström (S)",
        "Mikael Strand (M)",
        "Tomas Nyqvist (C), §§ 112-115, 117-119",
        "Eva Lindqvist (V)",
        "Karin Fjäll (FP)",
        "Roger Bäck (KD)",
    ]
    items = [
        dict(n=112, pn="KS § 112", title="Godkännande av dagordning", dnr=None,
             dec="Kommunstyrelsen godkänner dagordningen med tillägg av ärendet "
                 "Yttrande över remiss - Regional transportplan 2010-2021.",
             blocks=[("p", "Ordföranden föreslår att ärendet Yttrande över remiss - Regional "
                           "transportplan 2010-2021 tas upp som ett extra ärende under dagens sammanträde."),
                     ("dec", "Beslut")]),
        dict(n=113, pn="KS § 113", title="Ekonomisk uppföljning per september 2008",
             dnr="Dnr KS 2008/0412", pres=["Per-Olof Sund"],
             att=["Tjänsteskrivelse från ekonomikontoret 2008-10-21",
                  "Ekonomisk uppföljning per september 2008"],
             dec="Kommunstyrelsen beslutar att lägga informationen till handlingarna.",
             blocks=[("h", "Ärendebeskrivning"),
                     ("p", "Ekonomichef Per-Olof Sund redovisar den ekonomiska uppföljningen per den "
                           "30 september 2008. Prognosen för helåret visar ett underskott för "
                           "nämnderna om 6,4 miljoner kronor, varav socialnämnden svarar för "
                           "4,9 miljoner kronor. Finansförvaltningen beräknas lämna ett överskott om "
                           "2,1 miljoner kronor till följd av lägre pensionskostnader än budgeterat."),
                     ("p", "Kommunens samlade resultat för året beräknas till 3,8 miljoner kronor, "
                           "vilket understiger det finansiella målet om två procent av skatteintäkter "
                           "och generella statsbidrag."),
                     ("att", "Beslutsunderlag"),
                     ("dec", "Beslut")]),
        dict(n=114, pn="KS § 114", title="Budget 2009 och ekonomisk plan 2010-2011",
             dnr="Dnr KS 2008/0287",
             att=["Arbetsutskottets protokoll 2008-10-21, § 201",
                  "Förslag till budget 2009 och ekonomisk plan 2010-2011",
                  "Moderaternas, Folkpartiets och Kristdemokraternas budgetförslag 2009"],
             prop=["Kommunstyrelsen föreslår kommunfullmäktige besluta att",
                   "1. fastställa budget 2009 och ekonomisk plan 2010-2011 enligt upprättat förslag,",
                   "2. fastställa skattesatsen för 2009 till 21,84 kronor per skattekrona,",
                   "3. ge kommunstyrelsen rätt att under 2009 nyupplåna, det vill säga öka kommunens "
                   "skulder, med högst 25 miljoner kronor."],
             dec=["Kommunstyrelsen föreslår kommunfullmäktige besluta att",
                  "1. fastställa budget 2009 och ekonomisk plan 2010-2011 enligt upprättat förslag,",
                  "2. fastställa skattesatsen för 2009 till 21,84 kronor per skattekrona,",
                  "3. ge kommunstyrelsen rätt att under 2009 nyupplåna, det vill säga öka kommunens "
                  "skulder, med högst 25 miljoner kronor."],
             blocks=[("h", "Ärendebeskrivning"),
                     ("p", "Budgetberedningen har under hösten arbetat fram ett förslag till budget "
                           "för 2009 och ekonomisk plan för 2010-2011. Förslaget innebär oförändrad "
                           "skattesats och ett budgeterat resultat om 9,2 miljoner kronor. "
                           "Nämndernas ramar har räknats upp med 2,5 procent."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Arbetsutskottets förslag"),
                     ("h", "Yrkanden"),
                     ("p", "Birgitta Sjöö (S), Anita Rask (C) och Eva Lindqvist (V) yrkar bifall till "
                           "arbetsutskottets förslag."),
                     ("p", "Ulf Dahl (M), Karin Fjäll (FP) och Roger Bäck (KD) yrkar bifall till "
                           "Moderaternas, Folkpartiets och Kristdemokraternas budgetförslag med en "
                           "skattesats om 21,59 kronor."),
                     ("h", "Propositionsordning"),
                     ("p", "Ordföranden ställer proposition på arbetsutskottets förslag och Ulf Dahls "
                           "yrkande och finner att kommunstyrelsen beslutar enligt arbetsutskottets förslag."),
                     ("h", "Omröstning"),
                     ("p", "Omröstning begärs och ska verkställas. Kommunstyrelsen godkänner följande "
                           "propositionsordning: Ja-röst för arbetsutskottets förslag, Nej-röst för "
                           "Ulf Dahls yrkande."),
                     ("tab", ["Ledamot", "Ja", "Nej", "Avstår"],
                      [["Birgitta Sjöö (S)", "X", "", ""], ["Ulf Dahl (M)", "", "X", ""],
                       ["Anita Rask (C)", "X", "", ""], ["Jonas Hedlund (S)", "X", "", ""],
                       ["Sofia Landgren (S)", "X", "", ""], ["Lars Öhman (S)", "X", "", ""],
                       ["Mikael Strand (M)", "", "X", ""], ["Tomas Nyqvist (C)", "X", "", ""],
                       ["Eva Lindqvist (V)", "X", "", ""], ["Karin Fjäll (FP)", "", "X", ""],
                       ["Roger Bäck (KD)", "", "X", ""], ["Summa", "7", "4", "0"]],
                      [70, 20, 20, 20]),
                     ("p", "Med 7 ja-röster mot 4 nej-röster beslutar kommunstyrelsen enligt "
                           "arbetsutskottets förslag."),
                     ("dec", "Beslut"),
                     ("h", "Reservation"),
                     ("p", "Ulf Dahl (M), Mikael Strand (M), Karin Fjäll (FP) och Roger Bäck (KD) "
                           "reserverar sig mot beslutet till förmån för eget yrkande.")]),
        dict(n=115, pn="KS § 115", title="Revidering av reglemente för kommunstyrelsen",
             dnr="Dnr KS 2008/0198",
             att=["Tjänsteskrivelse från kommunsekreteraren 2008-09-30",
                  "Förslag till reviderat reglemente för kommunstyrelsen"],
             prop="Kommunstyrelsen föreslår kommunfullmäktige att anta reviderat reglemente "
                  "för kommunstyrelsen att gälla från och med den 1 januari 2009.",
             dec="Kommunstyrelsen föreslår kommunfullmäktige att anta reviderat reglemente "
                 "för kommunstyrelsen att gälla från och med den 1 januari 2009.",
             blocks=[("h", "Ärendebeskrivning"),
                     ("p", "Reglementet har setts över med anledning av den nya nämndorganisationen "
                           "som träder i kraft vid årsskiftet. Ändringarna avser främst kommunstyrelsens "
                           "ansvar för personalfrågor och för kommunens räddningstjänst."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut")]),
        dict(n=116, pn="KS § 116", title="Medborgarförslag om utegym vid Strandparken",
             dnr="Dnr KS 2008/0150",
             att=["Medborgarförslag inkommet 2008-04-02",
                  "Yttrande från tekniska förvaltningen 2008-09-12"],
             dec="Kommunstyrelsen beslutar att medborgarförslaget ska anses besvarat med "
                 "hänvisning till tekniska förvaltningens yttrande.",
             blocks=[("h", "Jäv"),
                     ("p", "Tomas Nyqvist (C) anmäler jäv och deltar inte i handläggningen av ärendet."),
                     ("h", "Ärendebeskrivning"),
                     ("p", "I ett medborgarförslag föreslås att kommunen anlägger ett utegym vid "
                           "Strandparken. Kommunfullmäktige har överlämnat till kommunstyrelsen att "
                           "besluta i ärendet. Tekniska förvaltningen anger i sitt yttrande att ett "
                           "utegym ingår i den upprustning av Strandparken som planeras till 2010."),
                     ("att", "Beslutsunderlag"),
                     ("dec", "Beslut"),
                     ("h", "Expedieras"),
                     ("p", "Förslagsställaren, Tekniska förvaltningen")]),
        dict(n=117, pn="KS § 117", title="Yttrande över remiss - Regional transportplan 2010-2021",
             dnr="Dnr KS 2008/0466",
             att=["Remiss från Regionförbundet Västerdal 2008-09-15",
                  "Förslag till yttrande 2008-10-30"],
             dec="Kommunstyrelsen beslutar att anta förslaget till yttrande som sitt eget och "
                 "översända det till Regionförbundet Västerdal.",
             blocks=[("h", "Ärendebeskrivning"),
                     ("p", "Regionförbundet Västerdal har remitterat förslag till regional "
                           "transportplan för perioden 2010-2021. Förslaget till yttrande framhåller "
                           "behovet av mötesspår på Norrvikbanan och en ny planskild korsning vid "
                           "Södra infarten."),
                     ("att", "Beslutsunderlag"),
                     ("dec", "Beslut"),
                     ("h", "Protokollsanteckning"),
                     ("p", "Eva Lindqvist (V) lämnar en protokollsanteckning: Vänsterpartiet anser att "
                           "yttrandet borde ha lyft fram kollektivtrafiken till Östra Norrvik tydligare."),
                     ("h", "Expedieras"),
                     ("p", "Regionförbundet Västerdal, Samhällsbyggnadskontoret")]),
        dict(n=118, pn="KS § 118", title="Redovisning av delegationsbeslut",
             dnr="Dnr KS 2008/0020",
             dec="Kommunstyrelsen godkänner redovisningen av delegationsbeslut.",
             blocks=[("p", "Följande delegationsbeslut redovisas:"),
                     ("ul", ["Kommundirektörens beslut om anställningar, oktober 2008",
                             "Ordförandebeslut om yttrande till Länsstyrelsen, 2008-10-08",
                             "Ekonomichefens beslut om upplåning, 2008-10-15"]),
                     ("dec", "Beslut")]),
        dict(n=119, pn="KS § 119", title="Meddelanden",
             dec="Meddelandena läggs till handlingarna.",
             blocks=[("ul", ["Länsstyrelsen: Beslut om tillstånd för kameraövervakning vid "
                             "resecentrum, 2008-10-02",
                             "Sveriges Kommuner och Landsting: Cirkulär 08:71 om budgetförutsättningar "
                             "2009-2012",
                             "Revisorerna: Granskning av kommunens internkontroll 2008"]),
                     ("dec", "Beslut")]),
    ]

    HDR = ["NORRVIKS KOMMUN", "SAMMANTRÄDESPROTOKOLL", "Sammanträdesdatum", "2008-11-04"]

    def hdr(p):
        p.set_xy(20, 10)
        p.set_font("DejaVu", "B", 13)
        p.cell(90, 7, "NORRVIKS KOMMUN")
        p.set_font("DejaVu", "B", 10)
        p.set_xy(110, 10)
        p.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_font("DejaVu", "", 9)
        p.set_xy(170, 10)
        p.cell(20, 5, f"Sida {p.page_no()}({{nb}})", align="R")
        p.set_font("DejaVu", "", 7)
        p.set_xy(110, 15)
        p.cell(40, 4, "Sammanträdesdatum")
        p.set_font("DejaVu", "", 10)
        p.set_xy(110, 19)
        p.cell(40, 5, "2008-11-04")
        p.set_font("DejaVu", "", 10)
        p.set_xy(20, 19)
        p.cell(80, 5, "Kommunstyrelsen")
        p.line(20, 26, 190, 26)
        p.set_y(31)

    def ftr(p):
        p.set_y(-22)
        p.set_font("DejaVu", "", 7)
        p.rect(20, 275, 60, 12)
        p.rect(130, 275, 60, 12)
        p.set_xy(21, 275.5)
        p.cell(40, 3, "Justerandes sign")
        p.set_xy(131, 275.5)
        p.cell(40, 3, "Utdragsbestyrkande")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 31, 20), bottom=26)
        pdf.add_page()
        rows = [
            ("Plats och tid", ["Kommunhuset, sammanträdesrum Älgen, kl. 08.30-12.10",
                               "Ajournering kl. 10.00-10.20"]),
            ("Beslutande", beslutande),
            ("Ersättare", ["Anneli Kask (S)", "Tomas Wiik (M)", "Leif Ström (C)"]),
            ("Övriga deltagare", ["Maria Grahn, kommundirektör",
                                  "Per-Olof Sund, ekonomichef, § 113",
                                  "Helena Mårtensson, kommunsekreterare"]),
            ("Utses att justera", ["Ulf Dahl (M)"]),
            ("Justeringens plats och tid", ["Kommunkansliet 2008-11-07"]),
        ]
        for lab, vals in rows:
            y0 = pdf.get_y()
            pdf.set_font("DejaVu", "B", 9)
            pdf.set_xy(20, y0)
            pdf.multi_cell(45, 5, lab, align="L")
            y1 = pdf.get_y()
            pdf.set_font("DejaVu", "", 10)
            pdf.set_xy(68, y0)
            for v in vals:
                pdf.set_x(68)
                pdf.multi_cell(122, 5, v, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()) + 3)
        pdf.ln(2)
        # signatures
        pdf.set_font("DejaVu", "B", 9)
        y0 = pdf.get_y()
        pdf.set_xy(20, y0)
        pdf.cell(45, 5, "Underskrifter")
        sigs = [("Sekreterare", "Helena Mårtensson", "Paragrafer 112-119"),
                ("Ordförande", "Birgitta Sjöö", ""), ("Justerande", "Ulf Dahl", "")]
        for lab, nm, extra in sigs:
            pdf.set_font("DejaVu", "", 8)
            pdf.set_xy(68, pdf.get_y())
            pdf.cell(30, 5, lab)
            pdf.line(100, pdf.get_y() + 8, 165, pdf.get_y() + 8)
            if extra:
                pdf.set_xy(168, pdf.get_y())
                pdf.cell(25, 5, extra)
            pdf.set_font("DejaVu", "", 9)
            pdf.set_xy(100, pdf.get_y() + 9)
            pdf.cell(60, 5, nm)
            pdf.ln(9)
        # ANSLAG/BEVIS
        pdf.ln(4)
        y = pdf.get_y()
        pdf.set_line_width(0.4)
        pdf.rect(20, y, 170, 50)
        pdf.set_line_width(0.2)
        pdf.set_xy(22, y + 2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 5, "ANSLAG/BEVIS")
        pdf.set_xy(22, y + 7)
        pdf.set_font("DejaVu", "", 8)
        pdf.cell(0, 4, "Protokollet är justerat. Justeringen har tillkännagivits genom anslag.")
        rr = [("Organ", "Kommunstyrelsen"), ("Sammanträdesdatum", "2008-11-04"),
              ("Datum för anslags uppsättande", "2008-11-10"),
              ("Datum för anslags nedtagande", "2008-12-02"),
              ("Förvaringsplats för protokollet", "Kommunkansliet, kommunhuset"),
              ("Underskrift", "")]
        yy = y + 13
        for lab, v in rr:
            pdf.set_xy(22, yy)
            pdf.set_font("DejaVu", "", 7.5)
            pdf.cell(50, 5, lab)
            pdf.set_font("DejaVu", "", 9)
            pdf.cell(100, 5, v)
            pdf.line(72, yy + 5, 186, yy + 5)
            yy += 6
        # list of paragraphs
        pdf.add_page()
        pdf.set_font("DejaVu", "B", 11)
        pdf.cell(0, 7, "Ärendeförteckning", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        for it in items:
            pdf.set_font("DejaVu", "", 10)
            pdf.cell(25, 6, it["pn"])
            pdf.cell(0, 6, it["title"], new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        st = dict(font="DejaVu", size=10, lh=5, x=40, w=150, hsize=10, gap=2.5)
        for it in items:
            pdf.need(55)
            pdf.set_font("DejaVu", "B", 10)
            y = pdf.get_y()
            pdf.cell(60, 6, it["pn"])
            if it.get("dnr"):
                pdf.set_font("DejaVu", "", 9)
                pdf.set_xy(130, y)
                pdf.cell(60, 6, it["dnr"], align="R")
            pdf.set_xy(20, y + 7)
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.para(it["title"], 40, 150, 6)
            pdf.ln(3)
            render_blocks(pdf, it["blocks"], st, it)
            pdf.ln(5)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Kommunstyrelsen", date="2008-11-04",
                start="08:30", end="12:10", location="Kommunhuset, sammanträdesrum Älgen",
                participants=participants, items=items, render=render,
                hdr_re=["NORRVIKS KOMMUN", "SAMMANTRÄDESPROTOKOLL", r"Sida \d+\(\d+\)", "Sammanträdesdatum",
                        "2008-11-04", "Kommunstyrelsen"],
                ftr_re=["Justerandes sign", "Utdragsbestyrkande"],
                notes="Invented Ciceron-style kommunstyrelse protocol (DejaVu Sans, running header with "
                      "'Sida n(N)', label table on page 1, ANSLAG/BEVIS box, an 'Ärendeförteckning' "
                      "listing the same paragraphs on page 2 - the table of contents is not a second "
                      "set of items). Numbering 'KS § 112'-'KS § 119', number = integer 112-119; Dnr "
                      "printed right-aligned on the paragraph line. Participants: 'Beslutande' are "
                      "ledamöter; '1:e/2:e vice ordförande' both map to role 'vice ordförande'; Ulf Dahl "
                      "is also the justerare but keeps the higher role vice ordförande; Lars Öhman is "
                      "'tjänstgörande ersättare för Kent Bergström (S)' (Kent Bergström absent, not "
                      "listed); people under the plain label 'Ersättare' get role 'ersättare' (they do "
                      "not serve, but the page does not say 'ej tjänstgörande'); the kommunsekreterare "
                      "signs as Sekreterare -> role 'sekreterare'. Proposal = text under "
                      "'Arbetsutskottets förslag' or 'Förslag till beslut'; decision = text under "
                      "'Beslut'; numbered decision points are joined into one string with single "
                      "spaces. § 114 has Yrkanden, Propositionsordning, an Omröstning table (7-4) and a "
                      "Reservation; § 116 has Jäv; § 117 a Protokollsanteckning. Attachments = the "
                      "documents listed under 'Beslutsunderlag' for the paragraph, as printed. "
                      "Presenter in § 113: 'Ekonomichef Per-Olof Sund redovisar'. Ajournering "
                      "10.00-10.20 is not start/end time.")


DOC_FUNCS.append(doc_01)


# ---------------------------------------------------------------------------
# 02  Storåsa kommun, Kommunfullmäktige 1987-10-14, protokoll, typewriter, SCANNED
# ---------------------------------------------------------------------------
def doc_02():
    FN = "02_storasa_kf_1987-10-14_protokoll_scan.pdf"
    present = [
        ("Gunnar Ek", "S", "ordf"), ("Margit Holm", "C", "1:e v ordf"),
        ("Sture Lindahl", "M", "2:e v ordf"),
        ("Arne Persson", "S", ""), ("Britt Sundqvist", "S", ""), ("Rolf Nordin", "S", ""),
        ("Karin Åkerlund", "S", ""), ("Lennart Berglund", "S", ""), ("Inga-Lill Forsberg", "S", ""),
        ("Bertil Hägglund", "S", ""), ("Kjell Sandberg", "S", ""), ("Elsa Norberg", "S", ""),
        ("Bo Wennström", "S", ""), ("Stig Wall", "S", ""), ("Gun Lidén", "S", ""),
        ("Anna-Lisa Eklöf", "S", ""), ("Åke Lind", "VPK", ""), ("Maj-Britt Öst", "VPK", ""),
        ("Ingrid Berg", "C", ""), ("Evert Gustafsson", "C", ""), ("Sigvard Olofsson", "C", ""),
        ("Ulla Strömberg", "C", ""), ("Ture Nyström", "C", ""), ("Nils-Erik Holmberg", "M", ""),
        ("Gerd Axelsson", "M", ""), ("Ragnar Fors", "M", ""), ("Lars-Göran Hed", "FP", ""),
        ("Solveig Byström", "FP", ""), ("Harry Sjöberg", "KDS", ""),
    ]
    assert len(present) == 29
    subs = [("Olle Björk", "S", "Sven Ahl"), ("Ivar Grön", "M", "Märta Kvist")]
    justerare = {"Stig Wall", "Ingrid Berg"}
    participants = []
    for nm, pa, r in present:
        role = {"ordf": "ordförande", "1:e v ordf": "vice ordförande",
                "2:e v ordf": "vice ordförande"}.get(r, "ledamot")
        if nm in justerare and role == "ledamot":
            role = "justerare"
        participants.append(P(nm, pa, role))
    for nm, pa, _ in subs:
        participants.append(P(nm, pa, "tjänstgörande ersättare"))
    participants.append(P("Gösta Falk", None, "övrig"))
    participants.append(P("Bengt Rosén", None, "sekreterare"))

    items = [
        dict(n=78, pn="§ 78", title="Justering av protokollet",
             dec="Att jämte ordföranden justera dagens protokoll utses Stig Wall och Ingrid Berg.",
             blocks=[("dec", None)]),
        dict(n=79, pn="§ 79", title="Sammanträdets utlysande",
             dec="Fullmäktige förklarar sammanträdet behörigen utlyst.",
             blocks=[("p", "Kungörelse om sammanträdet har varit anslagen på kommunens anslagstavla "
                           "den 2 oktober 1987 och varit införd i Storåsa-Posten och Västerdals "
                           "Tidning den 3 oktober 1987."),
                     ("dec", None)]),
        dict(n=80, pn="§ 80", title="Delårsrapport per den 31 augusti 1987",
             prop="Kommunfullmäktige godkänner delårsrapporten per den 31 augusti 1987.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Kommunstyrelsen har den 22 september 1987, § 211, överlämnat "
                           "delårsrapport per den 31 augusti 1987. Rapporten visar ett beräknat "
                           "överskott för året på 1,6 milj kr, främst beroende på högre "
                           "skatteinkomster än beräknat."),
                     ("propinl", "Kommunstyrelsens förslag:"),
                     ("decinl", "Beslut:")]),
        dict(n=81, pn="§ 81", title="Försäljning av fastigheten Storåsa 4:112 (Gamla mejeriet)",
             prop=["Kommunfullmäktige beslutar",
                   "att försälja fastigheten Storåsa 4:112 till AB Mejerigården för en köpeskilling "
                   "av 850 000 kronor enligt upprättat köpekontrakt,",
                   "att uppdra åt kommunstyrelsen att underteckna köpehandlingarna."],
             dec=["Kommunfullmäktige beslutar",
                  "att försälja fastigheten Storåsa 4:112 till AB Mejerigården för en köpeskilling "
                  "av 850 000 kronor enligt upprättat köpekontrakt,",
                  "att uppdra åt kommunstyrelsen att underteckna köpehandlingarna."],
             blocks=[("p", "Kommunstyrelsen har den 22 september 1987, § 214, föreslagit att "
                           "fastigheten Storåsa 4:112, det s k Gamla mejeriet, försäljs till "
                           "AB Mejerigården som avser att inreda lokaler för hantverk och småindustri."),
                     ("h", "KOMMUNSTYRELSENS FÖRSLAG"),
                     ("prop", None),
                     ("h", "YRKANDEN"),
                     ("p", "Arne Persson (S) och Sture Lindahl (M) yrkar bifall till kommunstyrelsens "
                           "förslag. Åke Lind (VPK) yrkar avslag på kommunstyrelsens förslag."),
                     ("h", "VOTERING"),
                     ("p", "Ordföranden ställer proposition på kommunstyrelsens förslag och på "
                           "avslagsyrkandet och finner kommunstyrelsens förslag bifallet. Votering "
                           "begärs. Följande voteringsproposition godkänns: Den som bifaller "
                           "kommunstyrelsens förslag röstar ja. Den det ej vill röstar nej. Vinner "
                           "nej har fullmäktige avslagit kommunstyrelsens förslag."),
                     ("p", "Vid voteringen avges 27 ja-röster och 4 nej-röster. Fullmäktige har "
                           "således bifallit kommunstyrelsens förslag."),
                     ("h", "BESLUT"),
                     ("dec", None),
                     ("h", "RESERVATION"),
                     ("p", "Åke Lind och Maj-Britt Öst (VPK) reserverar sig mot beslutet.")]),
        dict(n=82, pn="§ 82", title="Taxa för barnomsorg fr o m den 1 januari 1988",
             prop=["Kommunfullmäktige beslutar",
                   "att anta socialnämndens förslag till taxa för barnomsorg att gälla fr o m "
                   "den 1 januari 1988."],
             dec=["Kommunfullmäktige beslutar",
                  "att anta socialnämndens förslag till taxa för barnomsorg att gälla fr o m "
                  "den 1 januari 1988."],
             blocks=[("p", "Socialnämnden har föreslagit en ny taxa för barnomsorg. Avgiften för "
                           "heltidsplats på daghem höjs från 780 kr till 840 kr per månad. "
                           "Kommunstyrelsen har tillstyrkt förslaget."),
                     ("h", "KOMMUNSTYRELSENS FÖRSLAG"),
                     ("prop", None),
                     ("h", "BESLUT"),
                     ("dec", None)]),
        dict(n=83, pn="§ 83",
             title="Motion av Åke Lind (VPK) om fritidsgårdar i ytterområdena",
             dec="Kommunfullmäktige beslutar att remittera motionen till kommunstyrelsen för beredning.",
             blocks=[("p", "Åke Lind (VPK) har i en motion föreslagit att kommunen inrättar "
                           "fritidsgårdar i Västbyn och Norrheden."),
                     ("dec", None)]),
        dict(n=84, pn="§ 84", title="Val av ersättare i socialnämnden efter Berit Holm (C)",
             dec="Till ny ersättare i socialnämnden för tiden intill utgången av år 1988 väljs "
                 "Anna Sundell (C).",
             blocks=[("p", "Berit Holm (C) har avsagt sig uppdraget som ersättare i socialnämnden. "
                           "Fullmäktige beviljade avsägelsen den 9 september 1987, § 71."),
                     ("dec", None)]),
        dict(n=85, pn="§ 85", title="Anmälan av inkomna skrivelser",
             dec="Skrivelserna läggs till handlingarna.",
             blocks=[("p", "Anmäls följande skrivelser:"),
                     ("ul", ["Länsstyrelsens beslut 1987-09-18 angående bidrag till "
                             "kommunala beredskapsarbeten.",
                             "Kommunförbundets cirkulär 1987:112 om kommunalskatten 1988."]),
                     ("dec", None)]),
    ]

    def hdr(p):
        p.set_font("Courier", "B", 11)
        p.set_xy(20, 12)
        p.cell(90, 5, "STORÅSA KOMMUN")
        p.set_font("Courier", "", 10)
        p.set_xy(115, 12)
        p.cell(60, 5, "SAMMANTRÄDESPROTOKOLL")
        p.set_xy(175, 12)
        p.cell(20, 5, f"Blad {p.page_no()}")
        p.set_xy(20, 17)
        p.cell(90, 5, "Kommunfullmäktige")
        p.set_xy(115, 17)
        p.cell(60, 5, "1987-10-14")
        p.line(20, 24, 192, 24)
        p.set_y(30)

    def ftr(p):
        p.line(20, 278, 192, 278)
        p.set_font("Courier", "", 8)
        p.set_xy(20, 279)
        p.cell(60, 4, "Justerandes signatur")
        p.set_xy(150, 279)
        p.cell(40, 4, "Utdragsbestyrkande")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 30, 18), bottom=25)
        pdf.add_page()
        pdf.set_font("Courier", "", 10.5)
        pdf.para("Protokoll fört vid sammanträde med kommunfullmäktige i Storåsa kommun onsdagen "
                 "den 14 oktober 1987 kl 19.00-21.40 i Folkets hus, stora salen, Storåsa.", 20, 172, 5)
        pdf.ln(4)

        def block(label, entries, cols=2):
            pdf.set_font("Courier", "B", 10.5)
            pdf.para(label, 20, 172, 5)
            pdf.set_font("Courier", "", 10)
            colw = 172 / cols
            for i in range(0, len(entries), cols):
                y = pdf.get_y()
                for j, e in enumerate(entries[i:i + cols]):
                    pdf.set_xy(20 + j * colw, y)
                    pdf.cell(colw, 4.6, e)
                pdf.set_y(y + 4.6)
            pdf.ln(3)

        ents = []
        for nm, pa, r in present:
            ents.append(f"{nm}, {pa}" + (f", {r}" if r else ""))
        block("Närvarande ledamöter:", ents)
        block("Tjänstgörande ersättare:", [f"{nm}, {pa}, för {f}" for nm, pa, f in subs], cols=1)
        block("Frånvarande ledamöter:", ["Sven Ahl, S", "Märta Kvist, M"])
        block("Övriga närvarande:", ["Kommunchef Gösta Falk", "Kommunsekreterare Bengt Rosén"])
        pdf.set_font("Courier", "", 10)
        pdf.para("Sekreterare: Bengt Rosén", 20, 172, 5)
        pdf.para("Justerare: Stig Wall och Ingrid Berg (se § 78)", 20, 172, 5)
        pdf.para("Protokollet omfattar §§ 78-85.", 20, 172, 5)
        pdf.ln(4)
        st = dict(font="Courier", size=10, lh=4.8, x=48, w=142, hsize=10, gap=2.5, hstyle="B",
                  att_hang=True, att_gap=1.5, bullet="-")
        for it in items:
            pdf.need(30)
            y = pdf.get_y()
            pdf.set_font("Courier", "B", 10.5)
            pdf.set_xy(20, y)
            pdf.cell(25, 5, it["pn"])
            pdf.set_font("Courier", "U", 10.5)
            pdf.set_xy(48, y)
            pdf.multi_cell(142, 5, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
            render_blocks(pdf, it["blocks"], st, it)
            pdf.ln(3)
        pdf.need(60)
        pdf.ln(6)
        pdf.set_font("Courier", "", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(80, 5, "Vid protokollet")
        pdf.set_xy(20, y + 16)
        pdf.cell(80, 5, "Bengt Rosén")
        pdf.set_xy(110, y)
        pdf.cell(80, 5, "Justeras")
        pdf.set_xy(110, y + 16)
        pdf.cell(80, 5, "Gunnar Ek")
        pdf.set_xy(20, y + 32)
        pdf.cell(80, 5, "Stig Wall")
        pdf.set_xy(110, y + 32)
        pdf.cell(80, 5, "Ingrid Berg")
        pdf.set_y(y + 44)
        pdf.set_font("Courier", "B", 10)
        pdf.para("ANSLAGSBEVIS", 20, 172, 5)
        pdf.set_font("Courier", "", 10)
        pdf.para("Justeringen av detta protokoll har tillkännagivits genom anslag på kommunens "
                 "anslagstavla den 21 oktober 1987. Protokollet förvaras på kommunkansliet.",
                 20, 172, 5)
        pdf.ln(3)
        pdf.para("Intygar: Bengt Rosén", 20, 172, 5)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Kommunfullmäktige", date="1987-10-14",
                start="19:00", end="21:40", location="Folkets hus, stora salen, Storåsa",
                participants=participants, items=items, render=render, scanned=True, seed=1987,
                hdr_re=["STORÅSA KOMMUN", "SAMMANTRÄDESPROTOKOLL", r"Blad \d+", "Kommunfullmäktige",
                        "1987-10-14"],
                ftr_re=["Justerandes signatur", "Utdragsbestyrkande"],
                notes="SCANNED: every page is a JPEG image (typewriter-style Courier original, "
                      "rasterised at 150 dpi, slight rotation, blur, noise, copier edge); no text "
                      "layer. Invented kommunfullmäktige protocol of 1987 with a prose opening "
                      "('Protokoll fört vid sammanträde med kommunfullmäktige i Storåsa kommun "
                      "onsdagen den 14 oktober 1987 kl 19.00-21.40 i Folkets hus, stora salen, "
                      "Storåsa.'): location is the place phrase without 'i'. Paragraph numbers '§ 78'-"
                      "'§ 85' stand in a left margin column with the underlined title on the same "
                      "line. Participants printed 'Namn, PARTI[, ordf]'; '1:e v ordf' and '2:e v ordf' "
                      "-> 'vice ordförande'; the two justerare elected in § 78 (Stig Wall, Ingrid Berg) "
                      "are plain ledamöter and therefore get role 'justerare'; 'Tjänstgörande ersättare' "
                      "Olle Björk and Ivar Grön; the Frånvarande (Sven Ahl, Märta Kvist) are not "
                      "participants; Kommunchef Gösta Falk 'övrig'; kommunsekreterare Bengt Rosén "
                      "'sekreterare'. Party abbreviations as printed (VPK, FP, KDS). Proposal = text "
                      "under 'Kommunstyrelsens förslag'; in § 80 the decision is the inline "
                      "'Beslut: Förslaget godkändes.' -> 'Förslaget godkändes.'; 'att'-clause "
                      "decisions are joined with single spaces. No item has an attachment list.")


DOC_FUNCS.append(doc_02)


# ---------------------------------------------------------------------------
# 03  Sävstrands kommun, Miljö- och byggnadsnämnden 2021-06-16, protokollsutdrag (2 §)
# ---------------------------------------------------------------------------
def doc_03():
    FN = "03_savstrand_mbn_2021-06-16_protokollsutdrag.pdf"
    items = [
        dict(n=78, pn="§78", title="Strandskyddsdispens för nybyggnad av fritidshus, Lillön 1:34",
             dnr="MBN 2021-000217",
             att=["Ansökan om strandskyddsdispens, inkom 2021-03-29",
                  "Situationsplan, inkom 2021-04-12",
                  "Tjänsteskrivelse, 2021-05-31"],
             prop=["Miljö- och byggnadsnämnden beslutar att",
                   "1. bevilja dispens från strandskyddsbestämmelserna för nybyggnad av fritidshus "
                   "på fastigheten Lillön 1:34 med stöd av 7 kap. 18 b § miljöbalken,",
                   "2. tomtplatsen avgränsas i enlighet med situationsplan inkommen 2021-04-12,",
                   "3. avgiften för prövningen fastställs till 9 840 kronor enligt gällande taxa."],
             dec=["Miljö- och byggnadsnämnden beslutar att",
                  "1. bevilja dispens från strandskyddsbestämmelserna för nybyggnad av fritidshus "
                  "på fastigheten Lillön 1:34 med stöd av 7 kap. 18 b § miljöbalken,",
                  "2. tomtplatsen avgränsas i enlighet med situationsplan inkommen 2021-04-12,",
                  "3. avgiften för prövningen fastställs till 9 840 kronor enligt gällande taxa."],
             blocks=[("h", "Jäv"),
                     ("p", "Göran Rydh (C) anmäler jäv och deltar inte i handläggningen av ärendet. "
                           "Ersättaren Lisa Kronqvist (C) tjänstgör i hans ställe."),
                     ("h", "Ärendebeskrivning"),
                     ("p", "Sökanden ansöker om dispens från strandskyddet för att uppföra ett "
                           "fritidshus om 85 kvadratmeter på fastigheten Lillön 1:34. Platsen ligger "
                           "cirka 60 meter från strandlinjen och är sedan tidigare ianspråktagen av "
                           "en äldre byggnad som revs 2019. Som särskilt skäl anges att området "
                           "redan har tagits i anspråk på ett sätt som gör att det saknar betydelse "
                           "för strandskyddets syften."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förvaltningens förslag till beslut"),
                     ("dec", "Beslut"),
                     ("h", "Upplysningar"),
                     ("p", "Beslutet om dispens upphör att gälla om åtgärden inte har påbörjats inom "
                           "två år eller avslutats inom fem år från den dag då beslutet vann laga "
                           "kraft. Länsstyrelsen kan inom tre veckor från det att den fått del av "
                           "beslutet överpröva det."),
                     ("h", "Expedieras"),
                     ("p", "Sökanden (med delgivningskvitto och besvärshänvisning)"),
                     ("p", "Länsstyrelsen i Västerdals län")]),
        dict(n=79, pn="§79",
             title="Föreläggande om åtgärder för enskild avloppsanläggning, Berga 2:7",
             dnr="MBN 2020-000934",
             att=["Inspektionsrapport, 2020-10-14",
                  "Kommunicering med fastighetsägaren, 2021-04-20",
                  "Tjänsteskrivelse, 2021-06-01"],
             prop=["Miljö- och byggnadsnämnden förelägger fastighetsägaren till Berga 2:7 att senast "
                   "2022-06-30 åtgärda avloppsanläggningen så att den uppfyller kraven i 9 kap. 7 § "
                   "miljöbalken. Föreläggandet förenas med ett vite om 20 000 kronor."],
             dec=["Miljö- och byggnadsnämnden förelägger fastighetsägaren till Berga 2:7 att senast "
                  "2022-06-30 åtgärda avloppsanläggningen så att den uppfyller kraven i 9 kap. 7 § "
                  "miljöbalken. Föreläggandet förenas inte med vite."],
             blocks=[("h", "Ärendebeskrivning"),
                     ("p", "Vid inspektion den 14 oktober 2020 konstaterades att avloppsanläggningen "
                           "på fastigheten består av en slamavskiljare med direktutsläpp till dike. "
                           "Anläggningen saknar tillstånd och uppfyller inte dagens krav på rening."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förvaltningens förslag till beslut"),
                     ("h", "Yrkanden"),
                     ("p", "Anders Bäckman (S) yrkar bifall till förvaltningens förslag."),
                     ("p", "Josefin Ulander (M) yrkar att föreläggandet inte ska förenas med vite."),
                     ("h", "Propositionsordning"),
                     ("p", "Ordföranden ställer först proposition på förvaltningens förslag utom "
                           "frågan om vite och finner att nämnden bifaller detta. Därefter ställer "
                           "ordföranden proposition på Anders Bäckmans yrkande och Josefin Ulanders "
                           "yrkande i frågan om vite och finner att nämnden bifaller Josefin "
                           "Ulanders yrkande."),
                     ("dec", "Beslut"),
                     ("h", "Reservation"),
                     ("p", "Anders Bäckman (S) och Kerstin Fahlén (V) reserverar sig mot beslutet "
                           "i frågan om vite."),
                     ("h", "Expedieras"),
                     ("p", "Fastighetsägaren (med delgivningskvitto och besvärshänvisning)")]),
    ]

    def hdr(p):
        p.set_font("Times", "B", 14)
        p.set_xy(20, 12)
        p.cell(80, 6, "SÄVSTRANDS KOMMUN")
        p.set_font("Times", "B", 11)
        p.set_xy(120, 12)
        p.cell(70, 6, "PROTOKOLLSUTDRAG", align="R")
        p.set_font("Times", "", 9)
        p.set_xy(120, 18)
        p.cell(70, 4, "Sammanträdesdatum", align="R")
        p.set_font("Times", "", 11)
        p.set_xy(120, 22)
        p.cell(70, 5, "2021-06-16", align="R")
        p.set_xy(20, 22)
        p.cell(80, 5, "Miljö- och byggnadsnämnden")
        p.set_draw_color(60, 60, 60)
        p.line(20, 29, 190, 29)
        p.set_y(35)

    def ftr(p):
        p.set_y(-24)
        p.set_font("Times", "", 8)
        p.set_draw_color(0, 0, 0)
        p.rect(20, 273, 45, 13)
        p.rect(70, 273, 45, 13)
        p.rect(120, 273, 70, 13)
        p.set_xy(21, 273.5)
        p.cell(40, 3.5, "Ordförandes sign")
        p.set_xy(71, 273.5)
        p.cell(40, 3.5, "Justerandes sign")
        p.set_xy(121, 273.5)
        p.cell(40, 3.5, "Utdragsbestyrkande")
        p.set_xy(121, 280)
        p.set_font("Times", "I", 9)
        p.cell(68, 4, "Rätt utdraget intygar: Maria Lind, nämndsekreterare")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 35, 20), bottom=28)
        pdf.add_page()
        st = dict(font="Times", size=11.5, lh=5.4, x=20, w=170, hsize=11.5, gap=2.5, hstyle="B",
                  bullet="-")
        for k, it in enumerate(items):
            if k:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("Times", "B", 13)
            pdf.set_xy(20, y)
            pdf.multi_cell(170, 6.5, f"{it['pn']} {it['title']}", align="L",
                           new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Times", "", 10)
            pdf.para(f"Dnr {it['dnr']}", 20, 170, 5)
            pdf.ln(4)
            render_blocks(pdf, it["blocks"], st, it)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Miljö- och byggnadsnämnden", date="2021-06-16",
                start=None, end=None, location=None, participants=None, items=items, render=render,
                hdr_re=["SÄVSTRANDS KOMMUN", "PROTOKOLLSUTDRAG", "Sammanträdesdatum", "2021-06-16",
                        "Miljö- och byggnadsnämnden"],
                ftr_re=["Ordförandes sign", "Justerandes sign", "Utdragsbestyrkande",
                        "Rätt utdraget intygar: Maria Lind, nämndsekreterare"],
                notes="Protokollsutdrag (extract) of two paragraphs, §78 and §79, from an invented "
                      "miljö- och byggnadsnämnd protocol; kind 'protokoll' because it records decisions "
                      "of a meeting held. Number and title are on the same line ('§78 Strandskydds"
                      "dispens ...', no space after §); Dnr on the next line. The extract prints no "
                      "place, no times and no list of present people, so location/start/end are null "
                      "and the key 'participants' is omitted (names in Jäv, Yrkanden and the "
                      "'Rätt utdraget intygar' footer are not a participant list). Proposal = text "
                      "under 'Förvaltningens förslag till beslut'; decision = text under 'Beslut' "
                      "(numbered points joined with single spaces). In §79 the decision differs from "
                      "the proposal (no vite) after Yrkanden/Propositionsordning; Reservation follows. "
                      "Attachments = 'Beslutsunderlag' entries as printed. Times Roman core font.")


DOC_FUNCS.append(doc_03)


# ---------------------------------------------------------------------------
# 04  Region Västerdal, Regionala utvecklingsnämnden 2022-09-28, protokoll (Meetings Plus-like)
# ---------------------------------------------------------------------------
def doc_04():
    FN = "04_vasterdal_run_2022-09-28_protokoll.pdf"
    tjg = [
        ("Camilla Strand", "S", "Ordförande", "ordförande"),
        ("Johan Beckman", "M", "1:e vice ordförande", "vice ordförande"),
        ("Ida Holmqvist", "C", "2:e vice ordförande", "vice ordförande"),
        ("Peter Nilsson", "S", "Ledamot", "ledamot"),
        ("Sara Öberg", "S", "Ledamot", "ledamot"),
        ("Ahmed Karimi", "S", "Ledamot", "ledamot"),
        ("Jenny Wiklund", "M", "Ledamot", "justerare"),
        ("Lennart Sved", "SD", "Ledamot", "ledamot"),
        ("Marie Ljung", "KD", "Ledamot", "ledamot"),
        ("Bengt Hallberg", "V", "Tjänstgörande ersättare för Kajsa Ring (V)", "tjänstgörande ersättare"),
        ("Oskar Fält", "L", "Ledamot", "ledamot"),
    ]
    ejtjg = [("Eva Sahlin", "S"), ("Mats Ahlgren", "M"), ("Rut Berglöf", "C"), ("Niklas Öst", "SD")]
    ovriga = [("Henrik Alm", "Regional utvecklingsdirektör", "övrig"),
              ("Linda Nord", "Ekonomichef, § 104", "övrig"),
              ("Jonas Vik", "Projektledare, § 106", "övrig"),
              ("Therese Lund", "Nämndsekreterare", "sekreterare")]
    participants = [P(n, pa, r) for n, pa, _, r in tjg]
    participants += [P(n, pa, "ej tjänstgörande ersättare") for n, pa in ejtjg]
    participants += [P(n, None, r) for n, _, r in ovriga]

    items = [
        dict(n=101, pn="§ 101", title="Fastställande av föredragningslista", dnr=None,
             dec="Föredragningslistan fastställs.",
             blocks=[("dec", "Beslut")]),
        dict(n=102, pn="§ 102", title="Val av justerare", dnr=None,
             dec="Regionala utvecklingsnämnden utser Jenny Wiklund (M) att jämte ordföranden "
                 "justera protokollet.",
             blocks=[("dec", "Beslut")]),
        dict(n=103, pn="§ 103", title="Information från regional utvecklingsdirektör",
             dnr="RUN/2022/002", pres=["Henrik Alm"],
             dec="Informationen noteras.",
             blocks=[("h", "Sammanfattning"),
                     ("p", "Regional utvecklingsdirektör Henrik Alm informerar om arbetet med den "
                           "regionala utvecklingsstrategin, läget i förhandlingarna om "
                           "stråkutredningen Västerby-Norrvik och bemanningen inom förvaltningen."),
                     ("dec", "Beslut")]),
        dict(n=104, pn="§ 104", title="Delårsrapport januari-augusti 2022",
             dnr="RUN/2022/295", pres=["Linda Nord"],
             att=["Tjänsteskrivelse 2022-09-12", "Delårsrapport januari-augusti 2022, "
                                                  "regionala utvecklingsnämnden"],
             prop=["Regionala utvecklingsnämnden beslutar",
                   "1. Delårsrapport januari-augusti 2022 för regionala utvecklingsnämnden godkänns.",
                   "2. Delårsrapporten överlämnas till regionstyrelsen."],
             dec=["Regionala utvecklingsnämnden beslutar",
                  "1. Delårsrapport januari-augusti 2022 för regionala utvecklingsnämnden godkänns.",
                  "2. Delårsrapporten överlämnas till regionstyrelsen."],
             blocks=[("h", "Sammanfattning"),
                     ("p", "Ekonomichef Linda Nord föredrar ärendet. Nämnden prognostiserar ett "
                           "överskott om 4,2 miljoner kronor för helåret, främst till följd av "
                           "vakanser och lägre kostnader för kollektivtrafikens regionala stråk."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut"),
                     ("h", "Beslutet skickas till"),
                     ("p", "Regionstyrelsen"),
                     ("p", "Regional ekonomistab")]),
        dict(n=105, pn="§ 105", title="Regionalt serviceprogram 2022-2025",
             dnr="RUN/2021/611",
             att=["Tjänsteskrivelse 2022-09-05", "Regionalt serviceprogram 2022-2025, remissversion",
                  "Sammanställning av remissvar"],
             prop=["Regionala utvecklingsnämnden beslutar",
                   "1. Regionalt serviceprogram 2022-2025 antas.",
                   "2. Regional utvecklingsdirektör får i uppdrag att årligen redovisa programmets "
                   "genomförande till nämnden."],
             dec=["Regionala utvecklingsnämnden beslutar",
                  "1. Regionalt serviceprogram 2022-2025 antas.",
                  "2. Regional utvecklingsdirektör får i uppdrag att årligen redovisa programmets "
                  "genomförande till nämnden."],
             blocks=[("h", "Sammanfattning"),
                     ("p", "Programmet anger hur regionen ska verka för god tillgång till "
                           "kommersiell och offentlig service i gles- och landsbygder. Särskilt stöd "
                           "ska riktas till dagligvarubutiker som är den sista i sitt område."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förslag till beslut"),
                     ("h", "Yrkanden"),
                     ("p", "Camilla Strand (S) yrkar bifall till förslaget."),
                     ("p", "Lennart Sved (SD) yrkar att ärendet återremitteras för att komplettera "
                           "programmet med en analys av drivmedelsförsörjningen."),
                     ("h", "Propositionsordning"),
                     ("p", "Ordföranden frågar först om ärendet ska avgöras i dag och finner att så "
                           "ska ske. Därefter frågar ordföranden om nämnden bifaller förslaget och "
                           "finner att så är fallet."),
                     ("dec", "Beslut"),
                     ("h", "Reservation"),
                     ("p", "Lennart Sved (SD) reserverar sig mot beslutet till förmån för eget yrkande."),
                     ("h", "Beslutet skickas till"),
                     ("p", "Kommunerna i Västerdals län"),
                     ("p", "Tillväxtverket")]),
        dict(n=106, pn="§ 106", title="Medfinansiering av projektet Smart industri Västerdal",
             dnr="RUN/2022/318", pres=["Jonas Vik"],
             att=["Tjänsteskrivelse 2022-09-08", "Projektansökan Smart industri Västerdal"],
             prop=["Regionala utvecklingsnämnden beslutar",
                   "1. Projektet Smart industri Västerdal beviljas medfinansiering med högst "
                   "1 800 000 kronor för perioden 2022-10-01--2025-09-30.",
                   "2. Medfinansieringen belastar anslaget för regionala utvecklingsmedel (1:1)."],
             dec=["Regionala utvecklingsnämnden beslutar",
                  "1. Projektet Smart industri Västerdal beviljas medfinansiering med högst "
                  "1 800 000 kronor för perioden 2022-10-01--2025-09-30.",
                  "2. Medfinansieringen belastar anslaget för regionala utvecklingsmedel (1:1)."],
             blocks=[("h", "Jäv"),
                     ("p", "Ida Holmqvist (C) anmäler jäv och lämnar lokalen under ärendets behandling."),
                     ("h", "Sammanfattning"),
                     ("p", "Projektledare Jonas Vik presenterar projektet, som ska stödja små och "
                           "medelstora industriföretag i länet att digitalisera sin produktion. "
                           "Projektet drivs av Västerdals tekniska högskola med total budget om "
                           "9,6 miljoner kronor."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut"),
                     ("h", "Beslutet skickas till"),
                     ("p", "Västerdals tekniska högskola")]),
        dict(n=107, pn="§ 107",
             title="Yttrande över Trafikverkets förslag till nationell plan för transportinfrastrukturen "
                   "2022-2033",
             dnr="RUN/2022/201",
             att=["Tjänsteskrivelse 2022-09-01", "Förslag till yttrande"],
             prop="Regionala utvecklingsnämnden antar förslaget till yttrande och överlämnar det "
                  "till Infrastrukturdepartementet.",
             dec="Nämnden beslutar enligt förslaget.",
             blocks=[("h", "Sammanfattning"),
                     ("p", "Förslaget till yttrande betonar behovet av dubbelspår på delen Västerby-"
                           "Holmsund och att underhållet av det finmaskiga vägnätet prioriteras."),
                     ("att", "Beslutsunderlag"),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut"),
                     ("h", "Protokollsanteckning"),
                     ("p", "Oskar Fält (L) och Marie Ljung (KD) lämnar följande protokollsanteckning: "
                           "Vi vill understryka vikten av att flygplatsen i Västerby får fortsatt "
                           "statligt driftstöd.")]),
        dict(n=108, pn="§ 108", title="Anmälan av delegationsbeslut",
             dnr="RUN/2022/003",
             dec="Anmälan av delegationsbeslut noteras till protokollet.",
             blocks=[("p", "Delegationsbeslut fattade under perioden 2022-08-01--2022-09-15 anmäls "
                           "enligt bilagd förteckning."),
                     ("dec", "Beslut")]),
    ]

    def hdr(p):
        p.set_font("Helvetica", "B", 11)
        p.set_xy(18, 10)
        p.cell(70, 5, "REGION VÄSTERDAL")
        p.set_font("Helvetica", "", 9)
        p.set_xy(120, 10)
        p.cell(72, 5, "PROTOKOLL", align="R")
        p.set_xy(18, 15)
        p.cell(70, 4.5, "Regionala utvecklingsnämnden")
        p.set_xy(120, 15)
        p.cell(72, 4.5, "2022-09-28", align="R")
        p.set_draw_color(0, 102, 153)
        p.set_line_width(0.6)
        p.line(18, 21.5, 192, 21.5)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_y(28)

    def ftr(p):
        p.set_font("Helvetica", "", 8)
        p.set_xy(18, 284)
        p.cell(80, 4, "Justerare signatur: ........................")
        p.set_xy(120, 284)
        p.cell(72, 4, f"{p.page_no()} ({{nb}})", align="R")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(18, 28, 18), bottom=20)
        pdf.add_page()
        pdf.set_font("Helvetica", "B", 20)
        pdf.cell(0, 10, "Protokoll", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

        def lab(label, text):
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 9.5)
            pdf.set_xy(18, y)
            pdf.multi_cell(40, 5, label, align="L")
            y1 = pdf.get_y()
            pdf.set_font("Helvetica", "", 9.5)
            pdf.set_xy(60, y)
            pdf.multi_cell(132, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()) + 1.5)

        lab("Plats och tid", "Regionens hus, sal Kronan, Västerby, 2022-09-28 kl. 09:00-15:30")
        lab("", "Ajournering kl. 12:00-13:00")
        lab("Paragrafer", "§§ 101-108")
        pdf.ln(2)

        def table(title, cols, rows, widths):
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(0, 6, title, new_x="LMARGIN", new_y="NEXT")
            pdf.set_fill_color(222, 235, 242)
            pdf.set_font("Helvetica", "B", 8.5)
            for c, w in zip(cols, widths):
                pdf.cell(w, 5.5, c, border="B", fill=True)
            pdf.ln(5.5)
            pdf.set_font("Helvetica", "", 9)
            for r in rows:
                for c, w in zip(r, widths):
                    pdf.cell(w, 5, c, border="B")
                pdf.ln(5)
            pdf.ln(3)

        table("Beslutande ledamöter", ["Namn", "Parti", "Funktion"],
              [[n, pa, f] for n, pa, f, _ in tjg], [55, 18, 101])
        table("Ej tjänstgörande ersättare", ["Namn", "Parti", ""],
              [[n, pa, ""] for n, pa in ejtjg], [55, 18, 101])
        table("Övriga närvarande", ["Namn", "Funktion", ""],
              [[n, f, ""] for n, f, _ in ovriga], [55, 80, 39])
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, "Frånvarande", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9)
        pdf.cell(0, 5, "Kajsa Ring (V)", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        lab("Justerare", "Jenny Wiklund (M)")
        lab("Justeringens plats och tid", "Regionens hus, 2022-10-03")
        pdf.add_page()
        st = dict(font="Helvetica", size=10, lh=5, x=58, w=134, hsize=10, gap=2.5, hstyle="B")
        for k, it in enumerate(items):
            pdf.need(40)
            if k:
                pdf.set_draw_color(150, 150, 150)
                pdf.line(18, pdf.get_y(), 192, pdf.get_y())
                pdf.set_draw_color(0, 0, 0)
                pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("Helvetica", "B", 12)
            pdf.set_xy(18, y)
            pdf.cell(38, 6, it["pn"])
            if it.get("dnr"):
                pdf.set_font("Helvetica", "", 8)
                pdf.set_xy(18, y + 6.5)
                pdf.cell(38, 4, it["dnr"])
            pdf.set_font("Helvetica", "B", 12)
            pdf.set_xy(58, y)
            pdf.multi_cell(134, 6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(pdf.get_y(), y + 11) + 2)
            render_blocks(pdf, it["blocks"], st, it)
            pdf.ln(3)
        # signatures
        pdf.need(70)
        pdf.ln(6)
        pdf.set_font("Helvetica", "B", 10)
        pdf.cell(0, 6, "Underskrifter", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        for role, nm in [("Sekreterare", "Therese Lund"), ("Ordförande", "Camilla Strand"),
                         ("Justerare", "Jenny Wiklund")]:
            y = pdf.get_y()
            pdf.line(58, y, 130, y)
            pdf.set_font("Helvetica", "", 8)
            pdf.set_xy(18, y - 4)
            pdf.cell(38, 4, role)
            pdf.set_font("Helvetica", "", 9.5)
            pdf.set_xy(58, y + 0.5)
            pdf.cell(70, 5, nm)
            pdf.set_y(y + 17)
        pdf.set_font("Helvetica", "", 8.5)
        pdf.para("Protokollet är justerat och anslaget på Region Västerdals digitala anslagstavla "
                 "2022-10-04. Överklagandetiden löper ut 2022-10-25. Förvaringsplats: Regionkansliet.",
                 18, 174, 4.5)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Regionala utvecklingsnämnden", date="2022-09-28",
                start="09:00", end="15:30", location="Regionens hus, sal Kronan, Västerby",
                participants=participants, items=items, render=render,
                hdr_re=["REGION VÄSTERDAL", "PROTOKOLL", "Regionala utvecklingsnämnden", "2022-09-28"],
                ftr_re=[r"Justerare signatur: \.+", r"\d+ \(\d+\)"],
                notes="Invented regional nämnd protocol in a Meetings Plus-like layout (Helvetica): "
                      "participants in tables with party and function columns on page 1; paragraph "
                      "number '§ 101'..'§ 108' in a left margin column with the Dnr under it and the "
                      "bold title in the right column on the same line. 'Beslutande ledamöter' are "
                      "ledamöter unless a function is printed ('1:e/2:e vice ordförande' -> 'vice "
                      "ordförande'); Jenny Wiklund, a ledamot elected as justerare (§ 102), has role "
                      "'justerare'; Bengt Hallberg 'tjänstgörande ersättare för Kajsa Ring (V)'; the "
                      "table 'Ej tjänstgörande ersättare' -> that role; nämndsekreterare Therese Lund "
                      "-> 'sekreterare'; Kajsa Ring (Frånvarande) is not a participant. Presenters: "
                      "§ 103 'Henrik Alm informerar', § 104 'Linda Nord föredrar', § 106 'Jonas Vik "
                      "presenterar'. Proposal = 'Förslag till beslut', decision = 'Beslut' (numbered "
                      "points joined with single spaces). Attachments = 'Beslutsunderlag' entries "
                      "(§ 108 mentions 'bilagd förteckning' in running text only: no attachment). "
                      "Ajournering 12:00-13:00 is not start/end.")


DOC_FUNCS.append(doc_04)


# ---------------------------------------------------------------------------
# 05  Älvby Bostäder AB, styrelseprotokoll 2024-03-21 (Word template, bare margin numbers)
# ---------------------------------------------------------------------------
def doc_05():
    FN = "05_alvby_bostader_2024-03-21_styrelseprotokoll.pdf"
    participants = [
        P("Kjell Åberg", None, "ordförande"),
        P("Mona Sjödin", None, "vice ordförande"),
        P("Per Holmgren", None, "justerare"),
        P("Fatima Yilmaz", None, "ledamot"),
        P("Rickard Lööf", None, "ledamot"),
        P("Susanne Falk", None, "ersättare"),
        P("Johan Ekman", None, "övrig"),
        P("Camilla Berg", None, "övrig"),
        P("Tor Jansson", None, "övrig"),
        P("Lena Nyström", None, "sekreterare"),
    ]
    items = [
        dict(n=1, pn="1", title="Sammanträdets öppnande",
             blocks=[("p", "Ordföranden Kjell Åberg hälsade de närvarande välkomna och förklarade "
                           "sammanträdet öppnat.")]),
        dict(n=2, pn="2", title="Val av justerare",
             dec="Styrelsen beslutade att utse Per Holmgren att jämte ordföranden justera dagens "
                 "protokoll.",
             blocks=[("dec", None)]),
        dict(n=3, pn="3", title="Godkännande av dagordning",
             dec="Styrelsen beslutade att godkänna dagordningen.",
             blocks=[("dec", None)]),
        dict(n=4, pn="4", title="Föregående protokoll",
             dec="Styrelsen beslutade att lägga protokollet från sammanträdet den 8 februari 2024 "
                 "till handlingarna.",
             blocks=[("dec", None)]),
        dict(n=5, pn="5", title="VD-rapport", pres=["Johan Ekman"],
             dec="Styrelsen beslutade att lägga rapporten till handlingarna.",
             blocks=[("p", "VD Johan Ekman informerade om uthyrningsläget, som är fortsatt gott med en "
                           "vakansgrad om 0,8 procent, om läget i nyproduktionen på kvarteret Linden "
                           "samt om en vattenskada i Centrumhuset som hanteras som försäkringsärende."),
                     ("dec", None)]),
        dict(n=6, pn="6", title="Årsredovisning 2023", pres=["Camilla Berg"],
             att=["Bilaga 1 Årsredovisning 2023 för Älvby Bostäder AB"],
             prop=["Styrelsen föreslås besluta att",
                   "1. godkänna årsredovisningen för 2023 och överlämna den till bolagets revisor,",
                   "2. föreslå årsstämman att till förfogande stående vinstmedel, 14 216 408 kronor, "
                   "balanseras i ny räkning."],
             dec=["Styrelsen beslutade att",
                  "1. godkänna årsredovisningen för 2023 och överlämna den till bolagets revisor,",
                  "2. föreslå årsstämman att till förfogande stående vinstmedel, 14 216 408 kronor, "
                  "balanseras i ny räkning."],
             blocks=[("p", "Ekonomichef Camilla Berg redogjorde för förslaget till årsredovisning. "
                           "Bolagets resultat efter finansiella poster uppgår till 9,3 miljoner "
                           "kronor. Räntekostnaderna har ökat med 4,1 miljoner kronor jämfört med "
                           "föregående år."),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut"),
                     ("att", None)]),
        dict(n=7, pn="7", title="Investeringsbeslut stambyte kv. Granen", pres=["Tor Jansson"],
             att=["Bilaga 2 PM Stambyte kv. Granen, 2024-03-12"],
             prop="Styrelsen föreslås besluta att genomföra stambyte i kv. Granen inom en "
                  "investeringsram om 38,5 miljoner kronor.",
             dec="Styrelsen beslutade att genomföra stambyte i kv. Granen inom en investeringsram om "
                 "38,5 miljoner kronor samt att uppdra åt VD att återrapportera projektets "
                 "ekonomi vid varje styrelsemöte.",
             blocks=[("p", "Teknisk chef Tor Jansson föredrog ärendet. Stammarna i kv. Granen, 96 "
                           "lägenheter byggda 1966, är uttjänta. Evakueringslägenheter kommer att "
                           "erbjudas under byggtiden."),
                     ("p", "Rickard Lööf föreslog att VD ska återrapportera projektets ekonomi vid "
                           "varje styrelsemöte, vilket styrelsen ställde sig bakom."),
                     ("prop", "Förslag till beslut"),
                     ("dec", "Beslut"),
                     ("att", None)]),
        dict(n=8, pn="8", title="Hyresförhandling 2024 - information",
             dec="Styrelsen beslutade att notera informationen.",
             blocks=[("p", "VD informerade om att förhandlingen med Hyresgästföreningen avslutats "
                           "med en överenskommelse om en genomsnittlig hyreshöjning om 5,1 procent "
                           "från och med den 1 april 2024."),
                     ("dec", None)]),
        dict(n=9, pn="9", title="Övriga frågor",
             blocks=[("p", "Fatima Yilmaz tog upp frågan om laddplatser för elbil vid bolagets "
                           "parkeringar. VD återkommer med en redovisning vid nästa sammanträde.")]),
        dict(n=10, pn="10", title="Sammanträdets avslutande",
             blocks=[("p", "Ordföranden tackade de närvarande och förklarade sammanträdet avslutat "
                           "kl. 17.20.")]),
    ]

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_font("DejaVuSerif", "I", 8)
        p.set_xy(20, 10)
        p.cell(120, 4, "Älvby Bostäder AB - Protokoll styrelsemöte 2024-03-21")
        p.set_xy(150, 10)
        p.cell(40, 4, f"Sida {p.page_no()} av {{nb}}", align="R")
        p.set_y(22)

    def ftr(p):
        p.set_font("DejaVuSerif", "", 7)
        p.set_text_color(90, 90, 90)
        p.set_xy(20, 284)
        p.cell(170, 3.5, "Älvby Bostäder AB | Storgatan 14, 843 31 Älvby | Org.nr 556812-4470 | "
                         "www.alvbybostader.se", align="C")
        p.set_text_color(0, 0, 0)

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 22, 20), bottom=22)
        pdf.add_page()
        pdf.set_y(16)
        pdf.set_font("DejaVuSerif", "B", 16)
        pdf.cell(0, 8, "ÄLVBY BOSTÄDER AB", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(6)
        pdf.set_font("DejaVuSerif", "B", 12)
        pdf.multi_cell(170, 6, "Protokoll fört vid styrelsesammanträde i Älvby Bostäder AB "
                                "(org.nr 556812-4470)", align="L", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)

        def row(lab, txt):
            y = pdf.get_y()
            pdf.set_font("DejaVuSerif", "B", 10)
            pdf.set_xy(20, y)
            pdf.cell(42, 5.2, lab)
            pdf.set_font("DejaVuSerif", "", 10)
            pdf.set_xy(62, y)
            pdf.multi_cell(128, 5.2, txt, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1.5)

        row("Datum:", "Torsdagen den 21 mars 2024, kl. 15.00-17.20")
        row("Plats:", "Bolagets kontor, Storgatan 14, Älvby")
        row("Närvarande:", "Kjell Åberg, ordförande\nMona Sjödin, vice ordförande\nPer Holmgren\n"
                           "Fatima Yilmaz\nRickard Lööf")
        row("Suppleant:", "Susanne Falk")
        row("Övriga:", "Johan Ekman, VD\nCamilla Berg, ekonomichef, § 6\nTor Jansson, teknisk chef, § 7\n"
                       "Lena Nyström, protokollförare")
        row("Anmält förhinder:", "Arvid Strömqvist, ledamot; Hanna Lindblad, suppleant")
        pdf.ln(4)
        st = dict(font="DejaVuSerif", size=10, lh=5.2, x=32, w=158, hsize=10, gap=2.5, hstyle="I",
                  att_mark="")
        for it in items:
            pdf.need(25)
            y = pdf.get_y()
            pdf.set_font("DejaVuSerif", "B", 11)
            pdf.set_xy(20, y)
            pdf.cell(10, 6, it["pn"])
            pdf.set_xy(32, y)
            pdf.multi_cell(158, 6, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            render_blocks(pdf, it["blocks"], st, it)
            pdf.ln(2)
        pdf.need(55)
        pdf.ln(8)
        pdf.set_font("DejaVuSerif", "", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(80, 5, "Vid protokollet:")
        pdf.set_xy(110, y)
        pdf.cell(80, 5, "Justeras:")
        for (x, yy, nm) in [(20, y + 20, "Lena Nyström"), (110, y + 20, "Kjell Åberg, ordförande"),
                            (110, y + 40, "Per Holmgren")]:
            pdf.line(x, yy - 1, x + 70, yy - 1)
            pdf.set_xy(x, yy)
            pdf.cell(70, 5, nm)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Styrelsen", date="2024-03-21",
                start="15:00", end="17:20", location="Bolagets kontor, Storgatan 14, Älvby",
                participants=participants, items=items, render=render,
                hdr_re=[r"Älvby Bostäder AB - Protokoll styrelsemöte 2024-03-21", r"Sida \d+ av \d+"],
                ftr_re=[r"Älvby Bostäder AB \| Storgatan 14, 843 31 Älvby \| Org.nr 556812-4470 \| "
                        r"www.alvbybostader.se"],
                notes="Board minutes of an invented municipal housing company, Älvby Bostäder AB "
                      "(org.nr 556812-4470), in a Word-template layout (DejaVu Serif). organ "
                      "'Styrelsen' following the GOLD convention for a board meeting; the company name "
                      "is only here. Items are bare numbers '1'..'10' in the left margin with the bold "
                      "title beside them (printed_number '1' etc.). No party affiliations printed -> "
                      "party null. 'Närvarande' board members are ledamöter; Per Holmgren, elected "
                      "justerare in item 2, has role 'justerare'; the 'Suppleant' Susanne Falk -> "
                      "'ersättare' (a board suppleant does not 'tjänstgöra' for anyone here); VD, "
                      "ekonomichef and teknisk chef -> 'övrig'; protokollförare Lena Nyström -> "
                      "'sekreterare'; 'Anmält förhinder' people are absent and not listed. "
                      "Decisions are the 'Styrelsen beslutade att ...' sentences (items 1, 9, 10 record "
                      "no decision -> null); proposal only where 'Förslag till beslut' is printed "
                      "(items 6, 7; in 7 the decision adds a clause). Presenters: item 5 'VD Johan "
                      "Ekman informerade', item 6 'Camilla Berg redogjorde', item 7 'Tor Jansson "
                      "föredrog'; item 8 says only 'VD informerade' without a name -> no presenter. "
                      "Attachments: 'Bilaga 1 ...', 'Bilaga 2 ...' lines under items 6 and 7, as printed.")


DOC_FUNCS.append(doc_05)


# ---------------------------------------------------------------------------
# 06  Granviks stad (Finland), Stadsstyrelsen 12.9.2023, protokoll ('45 §', euro)
# ---------------------------------------------------------------------------
def doc_06():
    FN = "06_granvik_stadsstyrelsen_2023-09-12_protokoll.pdf"
    members = [
        ("Holmström Anders", "ordförande", "ordförande"),
        ("Lindroos Camilla", "I vice ordförande", "vice ordförande"),
        ("Virtanen Mikko", "II vice ordförande", "vice ordförande"),
        ("Backman Henrik", "medlem", "ledamot"),
        ("Korhonen Tiina", "medlem", "ledamot"),
        ("Nyqvist Eva", "medlem", "ledamot"),
        ("Tuominen Sanna", "medlem", "justerare"),
        ("Åkerman Rolf", "medlem", "justerare"),
        ("Sundström Jan-Erik", "ersättare för Grönroos Mia", "tjänstgörande ersättare"),
    ]
    others = [
        ("Sjöberg Kaj", "stadsfullmäktiges ordförande", "övrig"),
        ("Nyholm Petra", "stadsdirektör, föredragande", "övrig"),
        ("Lindfors Jari", "ekonomidirektör, 47 §", "övrig"),
        ("Ekström Linnea", "förvaltningsdirektör, protokollförare", "sekreterare"),
    ]

    def fl(n):  # 'Efternamn Förnamn' -> 'Förnamn Efternamn'
        a, b = n.split(" ", 1)
        return f"{b} {a}"

    participants = [P(fl(n), None, r) for n, _, r in members] + [P(fl(n), None, r) for n, _, r in others]
    FD = "Föredragande: stadsdirektör Petra Nyholm"
    items = [
        dict(n=45, pn="45 §", title="LAGLIGHET OCH BESLUTFÖRHET", pres=["Petra Nyholm"],
             prop="Sammanträdet konstateras vara lagligen sammankallat och beslutfört.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 45"), ("p", FD),
                     ("p", "Kallelsen till sammanträdet har sänts till medlemmarna den 6.9.2023. "
                           "Stadsstyrelsen är beslutför när mer än hälften av medlemmarna är närvarande."),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:")]),
        dict(n=46, pn="46 §", title="VAL AV PROTOKOLLJUSTERARE", pres=["Petra Nyholm"],
             prop="Till protokolljusterare väljs Sanna Tuominen och Rolf Åkerman.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 46"), ("p", FD),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:")]),
        dict(n=47, pn="47 §", title="Delårsrapport 1.1-30.6.2023", pres=["Petra Nyholm"],
             dnr="Dnr 318/02.02.02/2023",
             att=["Bilaga 1 Delårsrapport 1.1-30.6.2023"],
             prop="Stadsstyrelsen godkänner delårsrapporten för perioden 1.1-30.6.2023 och "
                  "delger den stadsfullmäktige för kännedom.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 47"),
                     ("p", "Beredare: ekonomidirektör Jari Lindfors, tfn 040 518 2230"),
                     ("p", FD),
                     ("p", "Stadens resultat för perioden uppgår till 2,4 miljoner euro. Prognosen "
                           "för hela året visar ett underskott på 1,1 miljoner euro, främst på grund "
                           "av stigande energi- och räntekostnader. Investeringarna har förverkligats "
                           "till 38 procent av budgeten. Ekonomidirektör Jari Lindfors var närvarande "
                           "under behandlingen av ärendet."),
                     ("att", "Bilagor"),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:"),
                     ("inl", "Delges:", "Stadsfullmäktige, sektorerna")]),
        dict(n=48, pn="48 §", title="Ändring av detaljplan för kvarteret Kajen (Hamnen), godkännande",
             pres=["Petra Nyholm"], dnr="Dnr 201/10.02.03/2022",
             att=["Bilaga 2 Detaljplanekarta och bestämmelser, kvarteret Kajen",
                  "Bilaga 3 Planbeskrivning och bemötanden av åsikter"],
             prop="Stadsstyrelsen föreslår för stadsfullmäktige att ändringen av detaljplanen för "
                  "kvarteret Kajen (Hamnen) godkänns enligt bilagorna 2 och 3.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Tekniska nämnden 22.8.2023 § 61"),
                     ("p", "Detaljplaneändringen möjliggör bostadsbyggande i fyra till sex våningar "
                           "på den tidigare hamnmagasinstomten. Planförslaget har varit framlagt "
                           "27.3-28.4.2023 och två anmärkningar har lämnats in."),
                     ("inl", "Förslag:", "Tekniska nämnden föreslår för stadsstyrelsen att "
                                         "detaljplaneändringen godkänns."),
                     ("inl", "Beslut:", "Förslaget godkändes."),
                     ("sp", 2),
                     ("p", "Stst 12.9.2023 § 48"), ("p", FD),
                     ("att", "Bilagor"),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:")]),
        dict(n=49, pn="49 §", title="Tilläggsanslag för renovering av Strandskolan",
             pres=["Petra Nyholm"], dnr="Dnr 277/02.02.01/2023",
             prop="Stadsstyrelsen föreslår för stadsfullmäktige att ett tilläggsanslag om "
                  "1 250 000 euro beviljas för renovering av Strandskolan under investeringsprojekt "
                  "7120.",
             dec="Stadsstyrelsen beslöt efter omröstning att föreslå för stadsfullmäktige att ett "
                 "tilläggsanslag om 1 250 000 euro beviljas för renovering av Strandskolan under "
                 "investeringsprojekt 7120.",
             blocks=[("p", "Stst 12.9.2023 § 49"), ("p", FD),
                     ("p", "Vid konditionsgranskningen av Strandskolan har fukt- och mikrobskador "
                           "konstaterats i mellanbottnet. Kostnadskalkylen för renoveringen har "
                           "stigit från 3,2 miljoner euro till 4,45 miljoner euro (moms 0 %). "
                           "I budgeten för 2023 har 3 200 000 € reserverats."),
                     ("propinl", "Förslag:"),
                     ("p", "Under diskussionen föreslog Henrik Backman, understödd av Eva Nyqvist, "
                           "att tilläggsanslaget sänks till 1 000 000 euro. Ordföranden konstaterade "
                           "att ett understött motförslag framställts och att omröstning ska "
                           "förrättas. Stadsstyrelsen godkände ordförandens förslag till "
                           "omröstningsproposition: de som understöder stadsdirektörens förslag "
                           "röstar ja, de som understöder Backmans förslag röstar nej."),
                     ("tab", ["Omröstning", "Ja", "Nej"],
                      [["Holmström Anders", "x", ""], ["Lindroos Camilla", "x", ""],
                       ["Virtanen Mikko", "x", ""], ["Backman Henrik", "", "x"],
                       ["Korhonen Tiina", "x", ""], ["Nyqvist Eva", "", "x"],
                       ["Tuominen Sanna", "x", ""], ["Åkerman Rolf", "", "x"],
                       ["Sundström Jan-Erik", "x", ""], ["Totalt", "6", "3"]],
                      [60, 20, 20]),
                     ("p", "Ordföranden konstaterade att stadsdirektörens förslag vunnit med "
                           "rösterna 6-3."),
                     ("decinl", "Beslut:"),
                     ("p", "Henrik Backman, Eva Nyqvist och Rolf Åkerman anmälde avvikande mening.")]),
        dict(n=50, pn="50 §",
             title="Utlåtande om Kustens välfärdsområdes servicenätverksplan 2024-2027",
             pres=["Petra Nyholm"], dnr="Dnr 305/00.04.01/2023",
             att=["Bilaga 4 Utlåtande till Kustens välfärdsområde"],
             prop="Stadsstyrelsen ger Kustens välfärdsområde ett utlåtande enligt bilaga 4.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 50"), ("p", FD),
                     ("inl", "Jäv:", "Tiina Korhonen anmälde jäv (anställningsförhållande) och "
                                     "avlägsnade sig under behandlingen av ärendet."),
                     ("p", "Välfärdsområdet planerar att slå samman hälsostationerna i Granvik och "
                           "Lilla Kroken till en enhet i centrum. Staden framhåller i sitt utlåtande "
                           "behovet av en fortsatt mottagning i de östra stadsdelarna."),
                     ("att", "Bilagor"),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:"),
                     ("inl", "Delges:", "Kustens välfärdsområde")]),
        dict(n=51, pn="51 §", title="Anmälningsärenden", pres=["Petra Nyholm"],
             prop="Stadsstyrelsen antecknar anmälningsärendena för kännedom.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 51"), ("p", FD),
                     ("ul", ["Protokoll: Bildningsnämnden 22.8.2023, tekniska nämnden 22.8.2023",
                             "Finansministeriet: Kommunernas statsandelar 2024, preliminär kalkyl",
                             "Tjänsteinnehavarbeslut: stadsdirektören 1-9/2023"]),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:")]),
        dict(n=52, pn="52 §", title="Stadsstyrelsens representanter i nämnderna hösten 2023",
             pres=["Petra Nyholm"],
             prop="Stadsstyrelsen utser sina representanter i nämnderna hösten 2023 enligt följande: "
                  "bildningsnämnden Camilla Lindroos, tekniska nämnden Mikko Virtanen, "
                  "kultur- och fritidsnämnden Sanna Tuominen.",
             dec="Förslaget godkändes.",
             blocks=[("p", "Stst 12.9.2023 § 52"), ("p", FD),
                     ("propinl", "Förslag:"), ("decinl", "Beslut:")]),
    ]

    def hdr(p):
        p.set_font("DejaVuCond", "B", 11)
        p.set_xy(18, 10)
        p.cell(60, 5, "GRANVIKS STAD")
        p.set_font("DejaVuCond", "B", 10)
        p.set_xy(100, 10)
        p.cell(40, 5, "PROTOKOLL")
        p.set_font("DejaVuCond", "", 10)
        p.set_xy(150, 10)
        p.cell(42, 5, f"Sida {p.page_no()} ({{nb}})", align="R")
        p.set_xy(18, 15)
        p.cell(60, 5, "Stadsstyrelsen")
        p.set_xy(100, 15)
        p.cell(40, 5, "12.9.2023")
        p.set_xy(150, 15)
        p.cell(42, 5, "Nr 14/2023", align="R")
        p.line(18, 22, 192, 22)
        p.set_y(27)

    def ftr(p):
        p.set_font("DejaVuCond", "", 7.5)
        p.line(18, 281, 192, 281)
        p.set_xy(18, 282)
        p.cell(80, 4, "Protokolljusterarnas signaturer")
        p.set_xy(130, 282)
        p.cell(62, 4, "Utdragets riktighet bestyrks", align="R")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(18, 27, 18), bottom=22)
        pdf.add_page()

        def row(label, lines_, bold=False):
            y = pdf.get_y()
            pdf.set_font("DejaVuCond", "B", 9.5)
            pdf.set_xy(18, y)
            pdf.multi_cell(38, 5, label, align="L")
            y1 = pdf.get_y()
            pdf.set_xy(58, y)
            for a, b in lines_:
                pdf.set_x(58)
                pdf.set_font("DejaVuCond", "", 9.5)
                pdf.cell(55, 5, a)
                pdf.multi_cell(79, 5, b, align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y1, pdf.get_y()) + 1)
            pdf.line(18, pdf.get_y(), 192, pdf.get_y())
            pdf.ln(2)

        row("Tid", [("tisdagen 12.9.2023 kl. 17.00-19.45", "")])
        row("Plats", [("Stadshuset, stadsstyrelsens sessionssal", "")])
        row("Närvarande", [(n, r) for n, r, _ in members])
        row("Övriga närvarande", [(n, r) for n, r, _ in others])
        row("Frånvarande", [("Grönroos Mia", "medlem")])
        row("Behandlade ärenden", [("45-52 §", "")])
        row("Underskrifter", [("Anders Holmström", "Linnea Ekström"),
                              ("ordförande", "protokollförare")])
        row("Protokolljusterare", [("Granvik 14.9.2023", ""), ("Sanna Tuominen", "Rolf Åkerman")])
        row("Protokollet framlagt", [("Stadshuset och stadens webbplats 15.9.2023", "")])
        pdf.set_font("DejaVuCond", "", 9)
        pdf.para("Intygar: Linnea Ekström, förvaltningsdirektör", 58, 134, 5)
        pdf.add_page()
        st = dict(font="DejaVuCond", size=10, lh=5, x=45, w=147, hsize=10, gap=2.2, hstyle="B",
                  att_mark="")
        for it in items:
            pdf.need(45)
            y = pdf.get_y()
            pdf.set_font("DejaVuCond", "B", 11)
            pdf.set_xy(18, y)
            pdf.cell(25, 6, it["pn"])
            pdf.set_xy(45, y)
            pdf.multi_cell(147, 6, it["title"],
                           align="L", new_x="LMARGIN", new_y="NEXT")
            if it.get("dnr"):
                pdf.set_font("DejaVuCond", "", 8.5)
                pdf.set_x(45)
                pdf.cell(80, 4.5, it["dnr"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
            render_blocks(pdf, it["blocks"], st, it)
            pdf.ln(5)
        pdf.add_page()
        pdf.set_font("DejaVuCond", "B", 11)
        pdf.cell(0, 6, "ANVISNING OM BEGÄRAN OM OMPRÖVNING", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVuCond", "", 9.5)
        pdf.para("Omprövningsförbud: Enligt 136 § kommunallagen får begäran om omprövning eller "
                 "kommunalbesvär inte framställas över beslut som gäller endast beredning eller "
                 "verkställighet. Paragrafer: 45, 46, 48, 49, 51", 18, 174, 5, gap=3)
        pdf.para("Anvisning om begäran om omprövning: Den som är missnöjd med beslutet kan framställa "
                 "skriftlig begäran om omprövning. Omprövning får begäras av den som beslutet avser "
                 "eller vars rätt, skyldighet eller fördel direkt påverkas av beslutet (part) samt av "
                 "kommunmedlemmarna. Paragrafer: 47, 50, 52", 18, 174, 5, gap=3)
        pdf.para("Tid för begäran om omprövning: Begäran om omprövning ska framställas inom 14 dagar "
                 "från delfåendet av beslutet. En kommunmedlem anses ha fått del av beslutet sju dagar "
                 "efter det att protokollet har publicerats i det allmänna datanätet.", 18, 174, 5, gap=3)
        pdf.para("Myndighet hos vilken omprövning begärs: Granviks stadsstyrelse, Stadshuset, "
                 "Torggatan 1, 10600 Granvik, registratur@granvik.fi", 18, 174, 5)
        return pdf

    return dict(file=FN, kind="protokoll", organ="Stadsstyrelsen", date="2023-09-12",
                start="17:00", end="19:45", location="Stadshuset, stadsstyrelsens sessionssal",
                participants=participants, items=items, render=render,
                hdr_re=["GRANVIKS STAD", "PROTOKOLL", r"Sida \d+ \(\d+\)", "Stadsstyrelsen",
                        r"12\.9\.2023", "Nr 14/2023"],
                ftr_re=["Protokolljusterarnas signaturer", "Utdragets riktighet bestyrks"],
                notes="Invented Finland-Swedish stadsstyrelse protocol (Granviks stad) in the Finnish "
                      "municipal style: dates 12.9.2023, paragraph numbers printed '45 §'..'52 §' in "
                      "a left column with the title beside them (45 and 46 in capitals, copied as "
                      "printed), each paragraph opening with a handling line 'Stst 12.9.2023 § 47' "
                      "and 'Föredragande: stadsdirektör Petra Nyholm' -> presenter Petra Nyholm for "
                      "every item ('Beredare' Jari Lindfors is not a presenter). Participant lists "
                      "print 'Efternamn Förnamn' -> turned around in the gold; no parties printed -> "
                      "null; 'I/II vice ordförande' -> 'vice ordförande'; the two protokolljusterare "
                      "chosen in 46 § (members) -> 'justerare'; 'ersättare för Grönroos Mia' -> "
                      "'tjänstgörande ersättare'; the protokollförare -> 'sekreterare'; "
                      "stadsfullmäktiges ordförande, stadsdirektör and ekonomidirektör -> 'övrig'. "
                      "Proposal = inline 'Förslag:' text of the stadsstyrelse handling; decision = "
                      "inline 'Beslut:' text, mostly 'Förslaget godkändes.'. In 48 § the earlier "
                      "handling 'Tekniska nämnden 22.8.2023 § 61' (with its own Förslag/Beslut) is "
                      "history, not an item, and its texts are not the proposal/decision. 49 § has "
                      "an omröstning table (6-3) and 'avvikande mening'. 50 § has Jäv. Attachments = "
                      "lines under 'Bilagor'. The last page is the appeal instruction "
                      "(omprövning), not an item. Amounts in euro ('1 250 000 euro', '3 200 000 €').")


DOC_FUNCS.append(doc_06)


# ---------------------------------------------------------------------------
# 07  Hammarslätts kommun, Kommunstyrelsens arbetsutskott 2024-04-09, kallelse with
#     agenda table and bundled tjänsteskrivelser (Platina-like)
# ---------------------------------------------------------------------------
def doc_07():
    FN = "07_hammarslatt_ksau_2024-04-09_kallelse.pdf"
    participants = [
        P("Per Vikström", "S", "ordförande"),
        P("Louise Hägg", "M", "vice ordförande"),
        P("Ali Demir", "S", "ledamot"),
        P("Britt-Marie Kull", "C", "ledamot"),
        P("Hampus Ek", "SD", "ledamot"),
        P("Kristina Lilja", "S", "ersättare"),
        P("Gustav Brink", "KD", "ersättare"),
        P("Anders Tidholm", None, "övrig"),
        P("Malin Roos", None, "sekreterare"),
    ]
    ts4 = dict(date="2024-03-25", dnr="KS 2024/0031", handl="Tobias Kron", titel="Ekonomichef",
               forv="Ekonomiavdelningen",
               body=[("h", "Sammanfattning"),
                     ("p", "Ekonomiavdelningen har sammanställt en månadsrapport för perioden januari-"
                           "mars 2024. Kommunens prognos för helåret är ett överskott om 12,7 "
                           "miljoner kronor, vilket är 3,1 miljoner kronor lägre än budgeterat. "
                           "Socialnämnden prognostiserar ett underskott om 8,4 miljoner kronor inom "
                           "försörjningsstöd och placeringar av barn och unga."),
                     ("h", "Ärendet"),
                     ("p", "Skatteintäkterna beräknas enligt Sveriges Kommuner och Regioners "
                           "prognos från februari. Pensionskostnaderna beräknas bli 2,0 miljoner "
                           "kronor högre än budgeterat till följd av det nya pensionsavtalet."),
                     ("p", "Ekonomiavdelningen bedömer att socialnämnden bör återkomma med en "
                           "åtgärdsplan för att nå en budget i balans.")])
    ts5 = dict(date="2024-03-20", dnr="KS 2024/0088", handl="Elin Stål",
               titel="Mark- och exploateringsingenjör", forv="Samhällsbyggnadsförvaltningen",
               body=[("h", "Sammanfattning"),
                     ("p", "Hammarslätt Logistik AB har ansökt om att få förvärva cirka 12 400 "
                           "kvadratmeter av fastigheten Hammarslätt 3:45 i Södra industriområdet för "
                           "att uppföra en lagerbyggnad. Marken är planlagd för industri och ingår i "
                           "kommunens markreserv."),
                     ("h", "Ärendet"),
                     ("p", "Priset har satts till 185 kronor per kvadratmeter i enlighet med "
                           "kommunens riktlinjer för markpriser, totalt 2 294 000 kronor. Köparen "
                           "svarar för lantmäterikostnader och anslutningsavgifter. Tillträde sker "
                           "när fastighetsbildningen vunnit laga kraft.")])
    ts6 = dict(date="2024-03-14", dnr="KS 2023/0412", handl="Anders Tidholm", titel="Kommundirektör",
               forv="Kommunledningsförvaltningen",
               body=[("h", "Sammanfattning"),
                     ("p", "I en motion föreslår Britt-Marie Kull (C) att kommunen ska installera "
                           "solceller på samtliga kommunala byggnader där det är tekniskt möjligt "
                           "senast 2027. Förvaltningen har tillsammans med Hammarslätts Fastighets "
                           "AB inventerat taken på 41 byggnader och bedömer att 23 är lämpliga."),
                     ("h", "Ärendet"),
                     ("p", "En installation på de 23 byggnaderna beräknas kosta 14,5 miljoner kronor "
                           "med en återbetalningstid om cirka 11 år. Förvaltningen föreslår att "
                           "installationerna genomförs etappvis i samband med takrenoveringar.")])
    items = [
        dict(n=1, pn="1", title="Val av justerare", time="08:30"),
        dict(n=2, pn="2", title="Godkännande av dagordning"),
        dict(n=3, pn="3", title="Information om näringslivsläget", pres=["Sanna Björk"],
             fd="Sanna Björk, näringslivschef", time="08:40", dnr="KS 2024/0005"),
        dict(n=4, pn="4", title="Ekonomisk månadsrapport mars 2024", pres=["Tobias Kron"],
             fd="Tobias Kron, ekonomichef", time="09:10", dnr="KS 2024/0031", ts=ts4,
             att=["Tjänsteskrivelse 2024-03-25", "Månadsrapport mars 2024"],
             prop=["Arbetsutskottet föreslår kommunstyrelsen besluta att",
                   "1. godkänna månadsrapporten för mars 2024,",
                   "2. uppdra åt socialnämnden att senast 2024-05-31 redovisa en åtgärdsplan för "
                   "en ekonomi i balans."]),
        dict(n=5, pn="5", title="Försäljning av del av fastigheten Hammarslätt 3:45",
             pres=["Elin Stål"], fd="Elin Stål, mark- och exploateringsingenjör", time="09:40",
             dnr="KS 2024/0088", ts=ts5,
             att=["Tjänsteskrivelse 2024-03-20", "Förslag till köpeavtal", "Karta, bilaga 1"],
             prop=["Arbetsutskottet föreslår kommunstyrelsen besluta att",
                   "1. sälja cirka 12 400 kvadratmeter av fastigheten Hammarslätt 3:45 till "
                   "Hammarslätt Logistik AB för 2 294 000 kronor enligt förslag till köpeavtal,",
                   "2. uppdra åt samhällsbyggnadschefen att underteckna köpeavtalet."]),
        dict(n=6, pn="6", title="Svar på motion om solceller på kommunala byggnader",
             pres=["Anders Tidholm"], fd="Anders Tidholm, kommundirektör", time="10:10",
             dnr="KS 2023/0412", ts=ts6,
             att=["Tjänsteskrivelse 2024-03-14", "Motion från Britt-Marie Kull (C), 2023-10-02",
                  "Inventering av takytor, Hammarslätts Fastighets AB"],
             prop=["Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige "
                   "besluta att motionen ska anses besvarad."]),
        dict(n=7, pn="7", title="Remiss: Förslag till regional avfallsplan 2025-2030",
             pres=["Anders Tidholm"], fd="Anders Tidholm", time="10:30", dnr="KS 2024/0102"),
        dict(n=8, pn="8", title="Övriga frågor"),
    ]

    state = {"mode": "k"}

    def hdr(p):
        p.set_font("Helvetica", "B", 12)
        p.set_xy(20, 10)
        p.cell(80, 6, "HAMMARSLÄTTS KOMMUN")
        p.set_font("Helvetica", "B", 10)
        p.set_xy(120, 10)
        p.cell(50, 6, "KALLELSE" if state["mode"] == "k" else "TJÄNSTESKRIVELSE")
        p.set_font("Helvetica", "", 8)
        p.set_xy(170, 10)
        p.cell(20, 6, f"{p.page_no()}({{nb}})", align="R")
        p.set_y(25)

    def ftr(p):
        p.set_font("Helvetica", "", 7)
        p.set_text_color(100, 100, 100)
        p.set_xy(20, 285)
        p.cell(170, 3, "Postadress: Box 40, 573 21 Hammarslätt   Besöksadress: Stora torget 1   "
                       "Telefon: 0491-76 10 00   www.hammarslatt.se", align="C")
        p.set_text_color(0, 0, 0)

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 25, 20), bottom=20)
        pdf.add_page()
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(120, 17)
        pdf.cell(50, 4, "Datum 2024-03-28")
        pdf.set_y(28)
        pdf.set_font("Helvetica", "B", 15)
        pdf.cell(0, 8, "Kommunstyrelsens arbetsutskott", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("Helvetica", "", 10)
        for lab, v in [("Tid", "Tisdagen den 9 april 2024, kl. 08:30"),
                       ("Plats", "Kommunhuset, sammanträdesrum Hammaren")]:
            pdf.set_font("Helvetica", "B", 10)
            pdf.cell(20, 5.5, lab)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 5.5, v, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        y = pdf.get_y()
        pdf.set_draw_color(120, 120, 120)
        pdf.rect(20, y, 170, 44)
        pdf.set_xy(23, y + 2)
        pdf.set_font("Helvetica", "B", 9)
        pdf.cell(80, 5, "Ledamöter")
        pdf.set_xy(108, y + 2)
        pdf.cell(80, 5, "Ersättare")
        pdf.set_font("Helvetica", "", 9)
        led = ["Per Vikström (S), ordförande", "Louise Hägg (M), vice ordförande", "Ali Demir (S)",
               "Britt-Marie Kull (C)", "Hampus Ek (SD)"]
        ers = ["Kristina Lilja (S)", "Gustav Brink (KD)"]
        for i, t in enumerate(led):
            pdf.set_xy(23, y + 7.5 + i * 4.6)
            pdf.cell(80, 4.6, t)
        for i, t in enumerate(ers):
            pdf.set_xy(108, y + 7.5 + i * 4.6)
            pdf.cell(80, 4.6, t)
        pdf.set_font("Helvetica", "B", 9)
        pdf.set_xy(108, y + 19)
        pdf.cell(80, 5, "Övriga")
        pdf.set_font("Helvetica", "", 9)
        pdf.set_xy(108, y + 24)
        pdf.cell(80, 4.6, "Anders Tidholm, kommundirektör")
        pdf.set_xy(108, y + 28.6)
        pdf.cell(80, 4.6, "Malin Roos, sekreterare")
        pdf.set_y(y + 48)
        pdf.set_font("Helvetica", "I", 9)
        pdf.para("Ersättare tjänstgör endast vid förhinder för ordinarie ledamot. Förhinder anmäls "
                 "till sekreteraren Malin Roos, tfn 0491-76 12 04, malin.roos@hammarslatt.se.",
                 20, 170, 4.6)
        pdf.ln(4)
        pdf.set_font("Helvetica", "B", 11)
        pdf.cell(0, 7, "Ärenden", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("Helvetica", "", 9.5)
        pdf.set_draw_color(170, 170, 170)
        with pdf.table(col_widths=(9, 76, 27, 45, 13), line_height=5,
                       text_align=("LEFT", "LEFT", "LEFT", "LEFT", "LEFT"),
                       headings_style=FontFace(emphasis="BOLD", fill_color=(235, 235, 235)),
                       first_row_as_headings=True,
                       borders_layout="HORIZONTAL_LINES") as t:
            r = t.row()
            for c in ("Nr", "Ärende", "Dnr", "Föredragande", "Tid"):
                r.cell(c)
            for it in items:
                r = t.row()
                r.cell(it["pn"])
                r.cell(it["title"])
                r.cell(it.get("dnr", ""))
                r.cell(it.get("fd", ""))
                r.cell(it["time"].replace(":", ".") if it.get("time") else "")
        pdf.ln(10)
        pdf.set_font("Helvetica", "", 10)
        y = pdf.get_y()
        pdf.set_xy(20, y)
        pdf.cell(70, 5, "Per Vikström")
        pdf.set_xy(110, y)
        pdf.cell(70, 5, "Malin Roos")
        pdf.set_font("Helvetica", "", 8.5)
        pdf.set_xy(20, y + 5)
        pdf.cell(70, 4, "Ordförande")
        pdf.set_xy(110, y + 5)
        pdf.cell(70, 4, "Sekreterare")
        # bundled tjänsteskrivelser
        for it in items:
            ts = it.get("ts")
            if not ts:
                continue
            state["mode"] = "t"
            pdf.add_page()
            pdf.set_font("Helvetica", "", 9)
            y = pdf.get_y()
            pdf.set_xy(20, y)
            pdf.multi_cell(90, 4.6, f"{ts['forv']}\n{ts['handl']}\n{ts['titel']}", align="L")
            pdf.set_xy(120, y)
            pdf.multi_cell(70, 4.6, f"Datum {ts['date']}\nDiarienummer {ts['dnr']}", align="L")
            pdf.set_y(y + 18)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 5, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            pdf.set_font("Helvetica", "B", 14)
            pdf.multi_cell(170, 7, it["title"], align="L", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
            st = dict(font="Helvetica", size=10.5, lh=5.3, x=20, w=170, hsize=11, gap=2.5, hstyle="B")
            render_blocks(pdf, [("prop", "Förslag till beslut")], st, it)
            render_blocks(pdf, ts["body"], st, it)
            render_blocks(pdf, [("att", "Beslutsunderlag")], st, it)
            pdf.ln(8)
            pdf.set_font("Helvetica", "", 10)
            pdf.cell(0, 5, ts["handl"], new_x="LMARGIN", new_y="NEXT")
            pdf.cell(0, 5, ts["titel"], new_x="LMARGIN", new_y="NEXT")
            pdf.ln(4)
            pdf.set_font("Helvetica", "B", 9)
            pdf.cell(0, 5, "Beslutet skickas till", new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("Helvetica", "", 9)
            pdf.cell(0, 5, "Kommunstyrelsen", new_x="LMARGIN", new_y="NEXT")
        return pdf

    return dict(file=FN, kind="kallelse", organ="Kommunstyrelsens arbetsutskott", date="2024-04-09",
                start="08:30", end=None, location="Kommunhuset, sammanträdesrum Hammaren",
                participants=participants, items=items, render=render,
                hdr_re=["HAMMARSLÄTTS KOMMUN", "KALLELSE", "TJÄNSTESKRIVELSE", r"\d+\(\d+\)"],
                ftr_re=[r"Postadress: Box 40, 573 21 Hammarslätt Besöksadress: Stora torget 1 "
                        r"Telefon: 0491-76 10 00 www\.hammarslatt\.se"],
                notes="Invented kallelse for a kommunstyrelsens arbetsutskott (Platina-like, "
                      "Helvetica): page 1 has the called members in a box and the agenda as a table "
                      "with columns Nr / Ärende / Dnr / Föredragande / Tid (item numbers are bare "
                      "'1'..'8' in table cells, titles in cells, times printed '08.40'). Behind the "
                      "agenda three tjänsteskrivelser are bundled (for items 4, 5, 6); they are "
                      "underlag to those items, not items of their own. Judgement calls: the proposal "
                      "of items 4-6 is the 'Förslag till beslut' text of the bundled tjänsteskrivelse "
                      "(the agenda table prints none); attachments of items 4-6 are the "
                      "'Beslutsunderlag' lists of those tjänsteskrivelser; presenters are the names "
                      "in the Föredragande column without their titles; scheduled_time from the Tid "
                      "column (item 1 carries the meeting start 08.30). No decisions (it is a "
                      "kallelse). Participants are the called: 'Ledamöter' (ordförande/vice "
                      "ordförande as printed), 'Ersättare' -> 'ersättare', kommundirektör -> "
                      "'övrig', 'Malin Roos, sekreterare' -> 'sekreterare'. Handläggare who only "
                      "sign tjänsteskrivelser (Tobias Kron, Elin Stål) are not in the called list. "
                      "End time not printed.")


DOC_FUNCS.append(doc_07)


# ---------------------------------------------------------------------------
# 08  Räddningstjänsten Ådalsbygd (kommunalförbund), Direktionen 2025-02-20,
#     kallelse och föredragningslista ('Ärende 5', times, presenters)
# ---------------------------------------------------------------------------
def doc_08():
    FN = "08_adalsbygd_direktionen_2025-02-20_kallelse.pdf"
    led = [("Anna-Karin Holm", "S", "ordförande", "Lövsjö kommun"),
           ("Magnus Dahlberg", "M", "vice ordförande", "Bergheda kommun"),
           ("Sven-Åke Nord", "C", "ledamot", "Tallmo kommun"),
           ("Linnea Ström", "S", "ledamot", "Bergheda kommun"),
           ("Pia Eriksson", "SD", "ledamot", "Lövsjö kommun"),
           ("Oskar Lindgren", "S", "ledamot", "Tallmo kommun")]
    ers = [("Rolf Bengtsson", "S", "Lövsjö kommun"), ("Karin Oja", "M", "Tallmo kommun"),
           ("Jan Höglund", "C", "Bergheda kommun")]
    ovr = [("Mats Engström", "förbundsdirektör/räddningschef", "övrig"),
           ("Jonas Berg", "stf räddningschef", "övrig"),
           ("Eva Sandberg", "ekonom", "övrig"),
           ("Sara Lindh", "sekreterare", "sekreterare")]
    participants = [P(n, pa, r, o) for n, pa, r, o in led]
    participants += [P(n, pa, "ersättare", o) for n, pa, o in ers]
    participants += [P(n, None, r) for n, _, r in ovr]
    items = [
        dict(n=1, pn="Ärende 1", title="Mötets öppnande", time="13:00", pres=["Anna-Karin Holm"]),
        dict(n=2, pn="Ärende 2", title="Val av justerare", pres=["Anna-Karin Holm"],
             prop="Magnus Dahlberg (M) utses att jämte ordföranden justera protokollet."),
        dict(n=3, pn="Ärende 3", title="Godkännande av föredragningslista", pres=["Anna-Karin Holm"],
             prop="Föredragningslistan godkänns."),
        dict(n=4, pn="Ärende 4", title="Förbundsdirektören informerar", time="13:10",
             pres=["Mats Engström"],
             body=[("p", "Mats Engström informerar om läget i förbundet, bland annat om "
                         "rekryteringen av deltidsbrandmän i Tallmo, utbyggnaden av "
                         "övningsfältet vid Lövsjö brandstation och samarbetet i "
                         "ledningssystemet Räddsam Mitt.")],
             prop="Informationen noteras."),
        dict(n=5, pn="Ärende 5", title="Årsredovisning 2024", time="13:30",
             pres=["Eva Sandberg"], dnr="Dnr 2025/014",
             body=[("p", "Förbundet redovisar för 2024 ett resultat om 1 870 tkr mot budgeterade "
                         "500 tkr. Överskottet förklaras främst av vakanta tjänster och lägre "
                         "kostnader för larmcentral. Samtliga verksamhetsmål utom ett har "
                         "uppnåtts; målet om insatstid i Tallmo tätort har inte nåtts.")],
             att=["Tjänsteskrivelse Årsredovisning 2024, 2025-02-06",
                  "Årsredovisning 2024 Räddningstjänsten Ådalsbygd"],
             prop=["Direktionen beslutar att",
                   "1. godkänna årsredovisning 2024,",
                   "2. överlämna årsredovisningen till förbundets revisorer och medlemskommunernas "
                   "fullmäktige,",
                   "3. överföra 870 tkr av årets överskott till förbundets utvecklingsfond."]),
        dict(n=6, pn="Ärende 6",
             title="Handlingsprogram enligt lagen om skydd mot olyckor 2025-2027",
             time="14:15", pres=["Mats Engström", "Jonas Berg"], dnr="Dnr 2024/088",
             body=[("p", "Enligt lagen (2003:778) om skydd mot olyckor ska det för varje "
                         "mandatperiod finnas ett handlingsprogram för förebyggande verksamhet och "
                         "räddningstjänst. Förslaget har varit på samråd med medlemskommunerna, "
                         "länsstyrelsen och angränsande räddningstjänster under hösten 2024.")],
             att=["Tjänsteskrivelse Handlingsprogram 2025-2027, 2025-01-30",
                  "Handlingsprogram 2025-2027, slutversion",
                  "Samrådsredogörelse"],
             prop=["Direktionen beslutar att",
                   "1. anta handlingsprogram för förebyggande verksamhet och räddningstjänst "
                   "2025-2027,",
                   "2. överlämna handlingsprogrammet till medlemskommunerna för kännedom."]),
        dict(n=7, pn="Ärende 7", title="Taxa för tillsyn och tillstånd 2025", time="15:00",
             pres=["Eva Sandberg"], dnr="Dnr 2024/102",
             body=[("p", "Taxan föreslås räknas upp med 3,8 procent. Timavgiften för tillsyn "
                         "enligt lagen om skydd mot olyckor och lagen om brandfarliga och "
                         "explosiva varor blir därmed 1 290 kronor.")],
             att=["Tjänsteskrivelse Taxa 2025, 2025-02-03", "Förslag till taxa 2025"],
             prop="Direktionen föreslår medlemskommunernas fullmäktige att anta taxa för tillsyn "
                  "och tillstånd att gälla från och med 2025-05-01."),
        dict(n=8, pn="Ärende 8", title="Internkontrollplan 2025", time="15:20",
             pres=["Sara Lindh"], dnr="Dnr 2025/009",
             att=["Internkontrollplan 2025"],
             prop="Direktionen antar internkontrollplan 2025."),
        dict(n=9, pn="Ärende 9", title="Anmälan av delegationsbeslut", time="15:35",
             att=["Delegationsbeslut 2024-11-01--2025-01-31"],
             prop="Redovisningen av delegationsbeslut läggs till handlingarna."),
        dict(n=10, pn="Ärende 10", title="Övriga frågor", time="15:45"),
    ]

    def hdr(p):
        if p.page_no() == 1:
            return
        p.set_font("DejaVu", "", 8)
        p.set_text_color(80, 80, 80)
        p.set_xy(20, 10)
        p.cell(120, 4, "Räddningstjänsten Ådalsbygd | Kallelse Direktionen 2025-02-20")
        p.set_xy(150, 10)
        p.cell(40, 4, f"{p.page_no()}/{{nb}}", align="R")
        p.set_text_color(0, 0, 0)
        p.set_y(20)

    def ftr(p):
        p.set_draw_color(200, 40, 40)
        p.set_line_width(0.8)
        p.line(20, 283, 190, 283)
        p.set_line_width(0.2)
        p.set_draw_color(0, 0, 0)
        p.set_font("DejaVu", "", 7)
        p.set_xy(20, 285)
        p.cell(170, 3.5, "Räddningstjänsten Ådalsbygd - kommunalförbund för Bergheda, Lövsjö och "
                         "Tallmo kommuner", align="C")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(20, 20, 20), bottom=20)
        pdf.add_page()
        pdf.set_fill_color(200, 40, 40)
        pdf.rect(20, 14, 8, 8, style="F")
        pdf.set_xy(31, 14)
        pdf.set_font("DejaVu", "B", 12)
        pdf.cell(100, 8, "Räddningstjänsten Ådalsbygd")
        pdf.set_y(30)
        pdf.set_font("DejaVu", "B", 16)
        pdf.cell(0, 8, "Kallelse och föredragningslista", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 12)
        pdf.cell(0, 7, "Direktionen", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        pdf.set_font("DejaVu", "", 10)
        for lab, v in [("Datum och tid:", "Torsdag 20 februari 2025, kl. 13.00-16.00"),
                       ("Plats:", "Brandstationen Lövsjö, konferensrum Stegen"),
                       ("Kaffe serveras kl. 14.45-15.00.", "")]:
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(32 if v else 0, 5.5, lab)
            pdf.set_font("DejaVu", "", 10)
            if v:
                pdf.cell(0, 5.5, v)
            pdf.ln(5.5)
        pdf.ln(3)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, "Kallade ledamöter", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for n, pa, r, o in led:
            rtxt = {"ordförande": ", ordförande", "vice ordförande": ", vice ordförande"}.get(r, "")
            pdf.cell(80, 5, f"{n} ({pa}){rtxt}")
            pdf.cell(0, 5, o, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, "Ersättare (för kännedom, tjänstgör vid förhinder)", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for n, pa, o in ers:
            pdf.cell(80, 5, f"{n} ({pa})")
            pdf.cell(0, 5, o, new_x="LMARGIN", new_y="NEXT")
        pdf.ln(2)
        pdf.set_font("DejaVu", "B", 10)
        pdf.cell(0, 6, "Övriga kallade", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "", 9.5)
        for n, t, _ in ovr:
            pdf.cell(0, 5, f"{n}, {t}", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(4)
        pdf.set_font("DejaVu", "I", 9)
        pdf.para("Förhinder anmäls snarast till Sara Lindh, sara.lindh@adalsbygd-rtj.se, "
                 "som kallar ersättare.", 20, 170, 4.6)
        pdf.ln(4)
        pdf.set_font("DejaVu", "", 10)
        pdf.para("Anna-Karin Holm\nOrdförande", 20, 170, 5)
        pdf.add_page()
        st = dict(font="DejaVu", size=9.5, lh=4.8, x=20, w=170, hsize=9.5, gap=2, hstyle="B")
        for it in items:
            pdf.need(35)
            pdf.set_fill_color(238, 238, 238)
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(0, 6, it["pn"], fill=True, new_x="LMARGIN", new_y="NEXT")
            pdf.set_font("DejaVu", "B", 11.5)
            pdf.para(it["title"], 20, 170, 6)
            pdf.set_font("DejaVu", "", 9)
            meta = []
            if it.get("dnr"):
                meta.append(it["dnr"])
            if it.get("pres"):
                meta.append("Föredragande: " + " och ".join(it["pres"]))
            if it.get("time"):
                meta.append("Tid: " + it["time"].replace(":", "."))
            if meta:
                pdf.para("    ".join(meta), 20, 170, 4.8)
            pdf.ln(2)
            render_blocks(pdf, it.get("body", []), st, it)
            if it.get("prop"):
                render_blocks(pdf, [("prop", "Förslag till beslut")], st, it)
            if it.get("att"):
                render_blocks(pdf, [("att", "Beslutsunderlag")], st, it)
            pdf.ln(4)
            if it["n"] == 6:
                pdf.set_font("DejaVu", "I", 9.5)
                pdf.cell(0, 6, "Kaffe kl. 14.45-15.00", align="C", new_x="LMARGIN", new_y="NEXT")
                pdf.ln(3)
        return pdf

    return dict(file=FN, kind="kallelse", organ="Direktionen", date="2025-02-20",
                start="13:00", end="16:00", location="Brandstationen Lövsjö, konferensrum Stegen",
                participants=participants, items=items, render=render,
                hdr_re=[r"Räddningstjänsten Ådalsbygd \| Kallelse Direktionen 2025-02-20", r"\d+/\d+"],
                ftr_re=[r"Räddningstjänsten Ådalsbygd - kommunalförbund för Bergheda, Lövsjö och "
                        r"Tallmo kommuner"],
                notes="Invented kallelse och föredragningslista for the direktion of a kommunalförbund "
                      "(Räddningstjänsten Ådalsbygd, owned by Bergheda, Lövsjö and Tallmo "
                      "kommuner); organ 'Direktionen' as printed. Items are numbered 'Ärende 1'.."
                      "'Ärende 10' on a shaded bar with the title on the next line (number = the "
                      "integer). Each item has a meta line 'Dnr ... Föredragande: ... Tid: 13.30' -> "
                      "presenters and scheduled_time; items 1-3 name the ordförande as "
                      "Föredragande. 'Förslag till beslut' -> proposal; no decisions (kallelse). "
                      "Attachments = 'Beslutsunderlag' entries. The coffee break line is not an "
                      "item. Participants are the called: 'Kallade ledamöter' with the member "
                      "municipality printed beside each name -> organization; 'Ersättare (för "
                      "kännedom, tjänstgör vid förhinder)' -> 'ersättare'; 'Övriga kallade' -> "
                      "'övrig', except the sekreterare. Meeting time 'kl. 13.00-16.00' gives "
                      "start and end.")


DOC_FUNCS.append(doc_08)


# ---------------------------------------------------------------------------
# 09  Västra Ringby kommun, Byggnadsnämnden 1974-05-08, kallelse, typewriter, SCANNED
# ---------------------------------------------------------------------------
def doc_09():
    FN = "09_vastra_ringby_byggnadsnamnden_1974-05-08_kallelse_scan.pdf"
    led = [("Erik Svahn", "ordf", "ordförande"), ("Anna Lund", "v ordf", "vice ordförande"),
           ("Oskar Backlund", "", "ledamot"), ("Birger Ohlsson", "", "ledamot"),
           ("Signe Hallén", "", "ledamot")]
    sup = ["Tage Nyberg", "Greta Sand", "Alvar Kling"]
    participants = [P(n, None, r) for n, _, r in led] + [P(n, None, "ersättare") for n in sup]
    participants.append(P("Karl-Axel Berg", None, "övrig"))
    items = [
        dict(n=1, pn="1.", title="Val av justeringsman"),
        dict(n=2, pn="2.", title="Föregående protokoll"),
        dict(n=3, pn="3.",
             title="Ansökan om byggnadslov för uppförande av ladugård på fastigheten Ekeberg 1:8, "
                   "sökande Helge Strand",
             prop="Byggnadslov beviljas."),
        dict(n=4, pn="4.",
             title="Ansökan om byggnadslov för tillbyggnad av fritidshus på fastigheten Sjöhagen 2:14, "
                   "sökande Gunnel och Rune Ahlin",
             prop="Byggnadslov beviljas med villkor att avloppsfrågan löses i samråd med "
                  "hälsovårdsnämnden."),
        dict(n=5, pn="5.", title="Förslag till byggnadsplan för del av Lillsjön (fritidsbebyggelse), samråd"),
        dict(n=6, pn="6.", title="Anmälan om rivning av uthus på fastigheten Ringby 12:3"),
        dict(n=7, pn="7.", title="Byggnadsnämndens budget för år 1975", pres=["Karl-Axel Berg"]),
        dict(n=8, pn="8.", title="Meddelanden"),
        dict(n=9, pn="9.", title="Övriga frågor"),
    ]

    def render(d):
        pdf = Pdf(None, None, margins=(25, 20, 20), bottom=20)
        pdf.add_page()
        pdf.set_font("Courier", "B", 12)
        pdf.cell(100, 6, "VÄSTRA RINGBY KOMMUN")
        pdf.set_font("Courier", "", 11)
        pdf.cell(0, 6, "KALLELSE", align="R", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(100, 5.5, "Byggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(10)
        pdf.set_font("Courier", "", 10.5)
        pdf.para("Ledamöterna och suppleanterna i byggnadsnämnden kallas härmed till sammanträde "
                 "onsdagen den 8 maj 1974 kl 18.30 i kommunalhuset, sammanträdesrummet 2 tr, Ringby.",
                 25, 160, 5.2)
        pdf.ln(6)
        pdf.set_font("Courier", "U", 10.5)
        pdf.cell(0, 5.5, "Ärenden", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(3)
        for it in items:
            pdf.set_font("Courier", "", 10.5)
            y = pdf.get_y()
            pdf.set_xy(25, y)
            pdf.cell(10, 5.2, it["pn"])
            pdf.set_xy(35, y)
            t = it["title"]
            if it.get("pres"):
                t = t + " (föredragande: byggnadsinspektör " + it["pres"][0] + ")"
            pdf.multi_cell(150, 5.2, t, align="L", new_x="LMARGIN", new_y="NEXT")
            if it.get("prop"):
                pdf.set_x(35)
                pdf.multi_cell(150, 5.2, "Byggnadsinspektörens förslag: " + it["prop"], align="L",
                               new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2.5)
        pdf.ln(4)
        pdf.para("Handlingarna finns tillgängliga på byggnadskontoret från och med den 3 maj.",
                 25, 160, 5.2)
        pdf.para("Förhinder anmäles snarast till byggnadskontoret, tel 0523/101 20, varvid "
                 "suppleant kallas.", 25, 160, 5.2)
        pdf.ln(8)
        pdf.para("Ringby den 29 april 1974", 25, 160, 5.2)
        pdf.ln(10)
        pdf.para("Erik Svahn", 25, 160, 5.2)
        pdf.para("ordförande", 25, 160, 5.2)
        pdf.ln(10)
        pdf.set_font("Courier", "", 9.5)
        pdf.para("Sändlista:", 25, 160, 4.8)
        pdf.para("Ledamöter: " + ", ".join(n + (f", {r}" if r else "") for n, r, _ in led), 25, 160, 4.8)
        pdf.para("Suppleanter: " + ", ".join(sup), 25, 160, 4.8)
        pdf.para("Dessutom kallas: Byggnadsinspektör Karl-Axel Berg", 25, 160, 4.8)
        pdf.para("För kännedom: Kommunstyrelsen, hälsovårdsnämnden", 25, 160, 4.8)
        return pdf

    return dict(file=FN, kind="kallelse", organ="Byggnadsnämnden", date="1974-05-08",
                start="18:30", end=None, location="kommunalhuset, sammanträdesrummet 2 tr, Ringby",
                participants=participants, items=items, render=render, scanned=True, seed=1974,
                notes="SCANNED: one page, JPEG image only (typewriter Courier original at 150 dpi with "
                      "rotation, blur, noise); no text layer. Invented byggnadsnämnd kallelse from "
                      "1974. Items numbered '1.'..'9.' in a plain list under 'Ärenden'; titles copied "
                      "as printed; the parenthesis "
                      "'(föredragande: byggnadsinspektör Karl-Axel Berg)' after item 7 is not part "
                      "of the title but gives the presenter; 'Byggnadsinspektörens förslag:' under "
                      "items 3 and 4 -> proposal. Location is printed in lower case "
                      "('i kommunalhuset, sammanträdesrummet 2 tr, Ringby') and copied as printed "
                      "without 'i'. Participants from the Sändlista: 'Ledamöter' (ordf -> "
                      "ordförande, v ordf -> vice ordförande), 'Suppleanter' -> 'ersättare', "
                      "'Dessutom kallas: Byggnadsinspektör Karl-Axel Berg' -> 'övrig'; no parties "
                      "printed. 'För kännedom' bodies are not people. No end time.")


DOC_FUNCS.append(doc_09)


# ---------------------------------------------------------------------------
# 10  Holmeså kommun, tjänsteskrivelse 2025-01-15 (underlag, alone)
# ---------------------------------------------------------------------------
def doc_10():
    FN = "10_holmesa_tjansteskrivelse_2025-01-15_avfallstaxa.pdf"

    def hdr(p):
        p.set_font("Times", "B", 13)
        p.set_xy(22, 12)
        p.cell(80, 6, "Holmeså kommun")
        p.set_font("Times", "", 9)
        p.set_xy(22, 18)
        p.cell(80, 4.5, "Samhällsbyggnadsförvaltningen")
        p.set_font("Times", "B", 11)
        p.set_xy(120, 12)
        p.cell(50, 6, "TJÄNSTESKRIVELSE")
        p.set_font("Times", "", 9)
        p.set_xy(170, 12)
        p.cell(18, 6, f"{p.page_no()} ({{nb}})", align="R")
        p.set_xy(120, 18)
        p.cell(68, 4.5, "2025-01-15")
        p.set_xy(120, 22.5)
        p.cell(68, 4.5, "Dnr SBN 2024/0391")
        p.set_y(36)

    def ftr(p):
        p.set_font("Times", "", 7.5)
        p.set_xy(22, 284)
        p.cell(166, 3.5, "Holmeså kommun, 774 80 Holmeså | Besök: Rådhusgatan 3 | Tel 0226-45 00 00 | "
                         "kommun@holmesa.se", align="C")

    def render(d):
        pdf = Pdf(hdr, ftr, margins=(22, 36, 22), bottom=20)
        pdf.add_page()
        pdf.set_font("Times", "", 10)
        pdf.para("Handläggare\nJenny Åkesson, avfallsstrateg\njenny.akesson@holmesa.se", 22, 80, 4.6)
        pdf.ln(3)
        pdf.set_xy(120, pdf.get_y())
        pdf.set_font("Times", "", 11)
        pdf.cell(60, 5, "Samhällsbyggnadsnämnden", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(8)
        pdf.set_font("Times", "B", 15)
        pdf.para("Revidering av avfallstaxa för 2025", 22, 166, 7)
        pdf.ln(3)
        st = dict(font="Times", size=11.5, lh=5.4, x=22, w=166, hsize=12, gap=2.8, hstyle="B")
        it = dict(prop=["Samhällsbyggnadsnämnden föreslår kommunfullmäktige besluta att",
                        "1. anta reviderad avfallstaxa enligt bilaga 1,",
                        "2. taxan ska gälla från och med 2025-04-01."], att=[])
        render_blocks(pdf, [
            ("prop", "Förslag till beslut"),
            ("h", "Sammanfattning"),
            ("p", "Avfallsverksamheten är avgiftsfinansierad och ska bära sina egna kostnader. "
                  "Kostnaderna för insamling och behandling har ökat kraftigt sedan det nya "
                  "insamlingsavtalet trädde i kraft den 1 oktober 2024. Förvaltningen föreslår att "
                  "grundavgiften höjs med 9 procent och att den rörliga avgiften för matavfall "
                  "lämnas oförändrad för att behålla styrningen mot sortering."),
            ("h", "Bakgrund"),
            ("p", "Kommunfullmäktige fastställde gällande avfallstaxa den 13 december 2023, § 142. "
                  "Avfallskollektivet redovisade 2024 ett underskott om 3,2 miljoner kronor och det "
                  "ackumulerade överuttaget från tidigare år är därmed förbrukat."),
            ("tab", ["Avgift (kr per år)", "2024", "Förslag 2025", "Förändring"],
             [["Grundavgift, villa", "1 560", "1 700", "+9,0 %"],
              ["Grundavgift, fritidshus", "980", "1 068", "+9,0 %"],
              ["Kärl 140 l restavfall, 14-dagars", "1 320", "1 420", "+7,6 %"],
              ["Matavfall, kärl 140 l", "0", "0", "0 %"]],
             [66, 30, 34, 30]),
            ("h", "Ekonomiska konsekvenser"),
            ("p", "Förslaget beräknas öka intäkterna med cirka 4,1 miljoner kronor per år, vilket "
                  "bedöms ge en budget i balans för avfallskollektivet 2025."),
            ("h", "Beslutsunderlag"),
            ("ul", ["Tjänsteskrivelse 2025-01-15",
                    "Bilaga 1 Förslag till avfallstaxa 2025",
                    "Bilaga 2 Ekonomisk kalkyl avfallskollektivet 2025-2027"]),
            ("h", "Beslutet ska skickas till"),
            ("p", "Kommunfullmäktige, Holmeså Vatten och Avfall AB, Ekonomiavdelningen"),
        ], st, it)
        pdf.ln(10)
        pdf.set_font("Times", "", 11)
        y = pdf.get_y()
        pdf.set_xy(22, y)
        pdf.cell(70, 5, "Magnus Treff")
        pdf.set_xy(110, y)
        pdf.cell(70, 5, "Jenny Åkesson")
        pdf.set_xy(22, y + 5)
        pdf.cell(70, 5, "Förvaltningschef")
        pdf.set_xy(110, y + 5)
        pdf.cell(70, 5, "Avfallsstrateg")
        return pdf

    return dict(file=FN, kind="underlag", organ="Samhällsbyggnadsnämnden", date=None,
                start=None, end=None, location=None, participants=None, items=[], render=render,
                hdr_re=["Holmeså kommun", "Samhällsbyggnadsförvaltningen", "TJÄNSTESKRIVELSE",
                        r"\d+ \(\d+\)", "2025-01-15", "Dnr SBN 2024/0391"],
                ftr_re=[r"Holmeså kommun, 774 80 Holmeså \| Besök: Rådhusgatan 3 \| Tel 0226-45 00 00 "
                        r"\| kommun@holmesa\.se"],
                notes="A tjänsteskrivelse on its own (kind 'underlag'): Samhällsbyggnadsförvaltningen "
                      "in the invented Holmeså kommun to Samhällsbyggnadsnämnden about a revised "
                      "avfallstaxa, Word-template layout (Times). organ = the addressed body "
                      "'Samhällsbyggnadsnämnden' (the document is written for its meeting; GOLD asks "
                      "for the body that meets). No meeting date, place or time is printed "
                      "(2025-01-15 is the document date) -> meeting_date null and meeting fields "
                      "null. Not numbered into items -> items []; its 'Förslag till beslut' has no "
                      "item to attach to. No list of present or called people (only handläggare and "
                      "signatories) -> key 'participants' omitted.")


DOC_FUNCS.append(doc_10)


# @@DOCS@@


def main():
    for f in DOC_FUNCS:
        DOCS.append(f())
    os.makedirs(PRE, exist_ok=True)
    allok = True
    summary = []
    for d in DOCS:
        gold, probs = build(d)
        summary.append((d["file"], gold["kind"], gold["organ"], gold["page_count"], len(gold["items"])))
        if probs:
            allok = False
            print("PROBLEMS in", d["file"])
            for p in probs:
                print("   ", p)
    for s in summary:
        print("%-62s %-9s %-40s p=%d items=%d" % s)
    if not allok:
        sys.exit(1)
    print("all checks passed")


if __name__ == "__main__":
    main()
