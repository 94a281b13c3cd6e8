#!/usr/bin/env python3
"""Generate muniset15: eight invented Swedish/Finland-Swedish municipal documents + gold.
Run with /work/main/.venv/bin/python make.py (needs fpdf2, Pillow, numpy)."""
import json, os, random, io
from fpdf import FPDF
from PIL import Image, ImageDraw, ImageFont, ImageFilter
import numpy as np
import logging; logging.getLogger("fontTools").setLevel(logging.ERROR)

OUT = os.path.dirname(os.path.abspath(__file__))
F = {
 'carlito': ('/usr/share/fonts/truetype/crosextra/Carlito-Regular.ttf', '/usr/share/fonts/truetype/crosextra/Carlito-Bold.ttf', '/usr/share/fonts/truetype/crosextra/Carlito-Italic.ttf'),
 'libserif': ('/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSerif-Bold.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSerif-Italic.ttf'),
 'opensans': ('/usr/share/fonts/truetype/open-sans/OpenSans-Regular.ttf', '/usr/share/fonts/truetype/open-sans/OpenSans-Bold.ttf', '/usr/share/fonts/truetype/open-sans/OpenSans-Italic.ttf'),
 'libsans': ('/usr/share/fonts/truetype/liberation2/LiberationSans-Regular.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Bold.ttf', '/usr/share/fonts/truetype/liberation2/LiberationSans-Italic.ttf'),
 'freeserif': ('/usr/share/fonts/truetype/freefont/FreeSerif.ttf', '/usr/share/fonts/truetype/freefont/FreeSerifBold.ttf', '/usr/share/fonts/truetype/freefont/FreeSerifItalic.ttf'),
 'libertine': ('/usr/share/fonts/opentype/linux-libertine/LinLibertine_R.otf', '/usr/share/fonts/opentype/linux-libertine/LinLibertine_RB.otf', '/usr/share/fonts/opentype/linux-libertine/LinLibertine_RI.otf'),
 'dejavu': ('/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Bold.ttf', '/usr/share/fonts/truetype/dejavu/DejaVuSansCondensed-Oblique.ttf'),
}


class P(FPDF):
    def __init__(s, fam, hdr=None, ftr=None, margins=(20, 20, 20), bottom=22):
        super().__init__(format='A4', unit='mm')
        for f, (r, b, i) in F.items():
            s.add_font(f, '', r); s.add_font(f, 'B', b); s.add_font(f, 'I', i)
        s.fam, s.hdr, s.ftr = fam, hdr, ftr
        s.set_margins(*margins)
        s.set_auto_page_break(True, bottom)

    def header(s):
        if s.hdr: s.hdr(s)

    def footer(s):
        if s.ftr: s.ftr(s)

    def t(s, text, size=10, style='', x=None, w=0, h=None, align='L', fam=None):
        s.set_font(fam or s.fam, style, size)
        if x is not None: s.set_x(x)
        s.multi_cell(w, h or size * 0.46, text, align=align, new_x='LMARGIN', new_y='NEXT')

    def gap(s, mm=3): s.ln(mm)

    def labelrow(s, label, text, lw=42, size=10, x0=None):
        x0 = s.l_margin if x0 is None else x0
        y = s.get_y()
        if y > s.h - s.b_margin - 12: s.add_page(); y = s.get_y()
        s.set_font(s.fam, 'B', size); s.set_xy(x0, y); s.multi_cell(lw - 2, size * 0.46, label)
        y1 = s.get_y()
        s.set_font(s.fam, '', size); s.set_xy(x0 + lw, y); s.multi_cell(0, size * 0.46, text)
        s.set_y(max(y1, s.get_y())); s.set_x(s.l_margin)


def item(num, pn, title, presenters=(), time=None, proposal=None, decision=None, att=()):
    return {"number": num, "printed_number": pn, "title": title, "section": None,
            "presenters": list(presenters), "scheduled_time": time, "proposal": proposal,
            "decision": decision, "attachments": list(att)}


def person(name, party=None, org=None, role='ledamot'):
    return {"name": name, "party": party, "organization": org, "role": role}


def save(name, pdf_or_pages, kind, organ, date, start, end, loc, items, participants, notes, scanned=False):
    path = os.path.join(OUT, name + '.pdf')
    if scanned:
        pages = pdf_or_pages
        pages[0].save(path, save_all=True, append_images=pages[1:], resolution=250.0)
        n = len(pages)
    else:
        pdf_or_pages.output(path); n = pdf_or_pages.page
    g = {"file": name + '.pdf', "kind": kind, "organ": organ, "meeting_date": date, "page_count": n,
         "scanned": scanned, "meeting": {"start_time": start, "end_time": end, "location": loc},
         "items": items}
    if participants is not None: g["participants"] = participants
    g["notes"] = notes
    with open(os.path.join(OUT, name + '.gold.json'), 'w', encoding='utf-8') as f:
        json.dump(g, f, ensure_ascii=False, indent=1); f.write('\n')
    print('wrote', name, n, 'pages,', len(items), 'items')


def sigboxes(p, labels, y=None):
    """small signature boxes in the footer area"""
    y = p.h - 17 if y is None else y
    p.set_draw_color(0); p.set_line_width(0.2)
    x = p.l_margin
    for lab in labels:
        p.set_font(p.fam, '', 7); p.set_xy(x, y - 3.5); p.cell(40, 3, lab)
        p.rect(x, y, 40, 8); x += 46


# ---------------------------------------------------------------- 1 regionfullmäktige protokoll 2024
def doc1():
    name = '01_vastmarken_regionfullmaktige_2024-03-19_protokoll'
    def hdr(p):
        p.set_font('carlito', 'B', 14); p.set_xy(20, 10); p.cell(90, 6, 'REGION VÄSTMARKEN')
        p.set_font('carlito', 'B', 12); p.set_xy(120, 10); p.cell(70, 6, 'PROTOKOLL', align='R')
        p.set_font('carlito', '', 10); p.set_xy(20, 16); p.cell(90, 5, 'Regionfullmäktige')
        p.set_xy(120, 16); p.cell(70, 5, 'Sammanträdesdatum 2024-03-19', align='R')
        p.set_line_width(0.4); p.line(20, 23, 190, 23); p.set_y(28)
    def ftr(p):
        p.set_line_width(0.2); p.line(20, p.h - 24, 190, p.h - 24)
        sigboxes(p, ['Justerandes sign', 'Justerandes sign', 'Utdragsbestyrkande'])
        p.set_font('carlito', '', 9); p.set_xy(150, p.h - 13); p.cell(40, 5, f'Sida {p.page_no()} av {{nb}}', align='R')
    p = P('carlito', hdr, ftr, bottom=28)
    p.add_page()
    p.t('Sammanträde med regionfullmäktige', 16, 'B'); p.gap(4)
    rows = [('Plats och tid', 'Regionens hus, Fullmäktigesalen, Västerby, tisdag 19 mars 2024 kl. 09.30–15.10'),
            ('Ajournering', 'kl. 12.05–13.15'),
            ('Beslutande', 'Se närvaroförteckning, sidorna 2–3'),
            ('Övriga närvarande', 'Henrik Sjöberg, regiondirektör\nMalin Ekdahl, ekonomidirektör'),
            ('Sekreterare', 'Lotta Wiklund'),
            ('Justerare', 'Per Ohlsson (M) och Sara Nyström (S)'),
            ('Justeringens plats och tid', 'Regionens hus, 2024-03-26'),
            ('Paragrafer', '§§ 12–17')]
    for a, b in rows: p.labelrow(a, b, 50, 11); p.gap(2)
    p.gap(6)
    for lab, nm in [('Sekreterare', 'Lotta Wiklund'), ('Ordförande', 'Margareta Lind'), ('Justerare', 'Per Ohlsson                                  Sara Nyström')]:
        p.set_font('carlito', 'B', 11); p.cell(40, 12, lab); p.set_font('carlito', '', 11)
        p.cell(0, 12, '.......................................................................', new_x='LMARGIN', new_y='NEXT')
        p.set_x(60); p.cell(0, 5, nm, new_x='LMARGIN', new_y='NEXT'); p.gap(2)
    p.gap(6); p.set_fill_color(235, 235, 235)
    p.set_font('carlito', 'B', 11); p.cell(0, 7, 'ANSLAG/BEVIS', fill=True, new_x='LMARGIN', new_y='NEXT')
    p.t('Protokollet är justerat. Justeringen har tillkännagivits genom anslag på regionens digitala anslagstavla.', 10)
    for a, b in [('Organ', 'Regionfullmäktige'), ('Sammanträdesdatum', '2024-03-19'), ('Anslaget sätts upp', '2024-03-27'),
                 ('Anslaget tas ned', '2024-04-18'), ('Förvaringsplats', 'Regionkansliet, Regionens hus')]:
        p.labelrow(a, b, 50, 10)
    # roll
    rnd = random.Random(1519)
    fn = ['Anders', 'Birgitta', 'Carl', 'Dagny', 'Emil', 'Frida', 'Göran', 'Hanna', 'Isak', 'Jenny', 'Kjell', 'Linda', 'Magnus',
          'Nina', 'Oskar', 'Petra', 'Rickard', 'Susanne', 'Tobias', 'Ulla', 'Viktor', 'Åsa', 'Mikael', 'Ylva', 'Lennart', 'Therese']
    sn = ['Andersson', 'Berglund', 'Claesson', 'Dahlberg', 'Engström', 'Forsgren', 'Grönlund', 'Hellström', 'Isaksson', 'Jonsson',
          'Karlén', 'Lundqvist', 'Marklund', 'Nordin', 'Olausson', 'Palm', 'Rosén', 'Sundberg', 'Tegnér', 'Ulander', 'Vestin',
          'Wahlberg', 'Åkesson', 'Östlund', 'Hedlund', 'Strömberg', 'Bäckman', 'Ekholm']
    fixed = [('Margareta Lind', 'S', 'Ordförande'), ('Gunilla Sandberg', 'M', '1:e vice ordförande'), ('Tomas Öberg', 'SD', '2:e vice ordförande'),
             ('Karin Åström', 'S', 'Närvarande'), ('Sara Nyström', 'S', 'Närvarande'), ('Per Ohlsson', 'M', 'Närvarande'),
             ('Erik Lundmark', 'M', 'Närvarande'), ('Lars Fridén', 'C', 'Närvarande'), ('Johanna Vik', 'V', 'Närvarande'),
             ('Olof Bergdahl', 'MP', 'Närvarande'), ('Niklas Brand', 'L', 'Frånvarande')]
    quota = {'S': 18, 'M': 13, 'SD': 10, 'C': 5, 'V': 4, 'KD': 3, 'L': 2, 'MP': 2}
    used = {n for n, _, _ in fixed}
    rows = list(fixed)
    for party, q in quota.items():
        have = sum(1 for r in rows if r[1] == party)
        for _ in range(q - have):
            while True:
                nm = rnd.choice(fn) + ' ' + rnd.choice(sn)
                if nm not in used: used.add(nm); break
            rows.append((nm, party, 'Närvarande'))
    order = list(quota)
    head, rest = rows[:3], sorted(rows[3:], key=lambda r: (order.index(r[1]), r[0].split()[-1]))
    rows = head + rest
    # absences and replacements
    cand = [i for i, r in enumerate(rows) if r[2] == 'Närvarande' and r[0] not in {f[0] for f in fixed}]
    abs_idx = [cand[2], cand[20], cand[33]]  # S, M/SD, ...
    repl = []
    for k, i in enumerate(abs_idx):
        nm, party, _ = rows[i]; rows[i] = (nm, party, 'Frånvarande')
        while True:
            e = rnd.choice(fn) + ' ' + rnd.choice(sn)
            if e not in used: used.add(e); break
        repl.append((e, party, f'Tjg ersättare för {nm}'))
    rows += repl
    p.add_page()
    p.t('Närvaroförteckning', 14, 'B'); p.gap(2)
    p.t('Ledamöter och tjänstgörande ersättare vid regionfullmäktiges sammanträde 2024-03-19', 10, 'I'); p.gap(2)
    def th():
        p.set_font('carlito', 'B', 10); p.set_fill_color(210, 220, 235)
        p.cell(75, 6.5, 'Namn', 1, fill=True); p.cell(25, 6.5, 'Parti', 1, fill=True, align='C')
        p.cell(70, 6.5, 'Närvaro', 1, fill=True, new_x='LMARGIN', new_y='NEXT')
    th()
    for nm, party, st in rows:
        if p.get_y() > p.h - 34: p.add_page(); th()
        p.set_font('carlito', '', 10)
        p.cell(75, 5.8, nm, 1); p.cell(25, 5.8, party, 1, align='C'); p.cell(70, 5.8, st, 1, new_x='LMARGIN', new_y='NEXT')
    present = [r for r in rows if r[2] != 'Frånvarande']
    p.gap(3); p.t(f'Antal närvarande ledamöter och tjänstgörande ersättare: {len(present)}', 10, 'I')
    # items
    def sect(num, dnr, title):
        if p.get_y() > p.h - 70: p.add_page()
        else: p.gap(8)
        p.set_font('carlito', 'B', 12); y = p.get_y(); p.cell(60, 6, f'§ {num}')
        if dnr: p.set_font('carlito', '', 10); p.set_xy(120, y); p.cell(70, 6, dnr, align='R')
        p.ln(7); p.t(title, 13, 'B'); p.gap(2)
    def lab(s): p.gap(2); p.t(s, 11, 'B')
    items = []
    p.add_page()
    t = 'Val av justerare och tid för justering'
    d = 'Regionfullmäktige utser Per Ohlsson (M) och Sara Nyström (S) att jämte ordföranden justera dagens protokoll. Justering sker 2024-03-26 på Regionens hus.'
    sect(12, None, t); lab('Beslut'); p.t(d, 11); items.append(item(12, '§ 12', t, decision=d))
    t = 'Anmälan av inkomna motioner'
    sect(13, 'Dnr RF 2024/5', t)
    p.t('Följande motioner har inkommit sedan föregående sammanträde:\n– Motion av Johanna Vik (V) om fler vårdplatser inom psykiatrin\n– Motion av Lars Fridén (C) om tillgänglighet till kollektivtrafik på landsbygden', 11)
    d = 'Motionerna överlämnas till regionstyrelsen för beredning.'
    lab('Beslut'); p.t(d, 11); items.append(item(13, '§ 13', t, decision=d))
    t = 'Regional utvecklingsstrategi för Västmarken 2024–2035'
    sect(14, 'Dnr RS 2022/311', t)
    p.t('Regionstyrelsens ordförande Karin Åström (S) föredrar ärendet. Strategin har tagits fram i dialog med länets kommuner, näringsliv och civilsamhälle och ersätter den regionala utvecklingsstrategin från 2014. Förslaget har varit på remiss under hösten 2023.', 11)
    prop = 'Regionfullmäktige antar Regional utvecklingsstrategi för Västmarken 2024–2035.'
    lab('Regionstyrelsens förslag'); p.t(prop, 11)
    lab('Yrkanden'); p.t('Karin Åström (S), Per Ohlsson (M) och Lars Fridén (C) yrkar bifall till regionstyrelsens förslag.', 11)
    lab('Propositionsordning'); p.t('Ordföranden finner att endast ett förslag föreligger och att regionfullmäktige bifaller detta.', 11)
    lab('Beslut'); p.t(prop, 11)
    att = ['Regionstyrelsens protokoll 2024-02-27 § 31', 'Regional utvecklingsstrategi för Västmarken 2024–2035']
    lab('Beslutsunderlag'); p.t('\n'.join(att), 11)
    items.append(item(14, '§ 14', t, ['Karin Åström'], None, prop, prop, att))
    t = 'Ändring av reglemente för patientnämnden'
    sect(15, 'Dnr RS 2023/502', t)
    p.t('Med anledning av ändrade rutiner för hantering av klagomål föreslås att patientnämndens reglemente revideras i 3 och 7 §§.', 11)
    prop = 'Regionfullmäktige antar reviderat reglemente för patientnämnden att gälla från och med den 1 maj 2024.'
    lab('Regionstyrelsens förslag'); p.t(prop, 11); lab('Beslut'); p.t(prop, 11)
    att = ['Regionstyrelsens protokoll 2024-02-27 § 38', 'Reglemente för patientnämnden, reviderat förslag']
    lab('Beslutsunderlag'); p.t('\n'.join(att), 11)
    items.append(item(15, '§ 15', t, proposal=prop, decision=prop, att=att))
    t = 'Svar på motion om avgiftsfri kollektivtrafik för unga under 20 år'
    sect(16, 'Dnr RS 2023/118', t)
    p.t('Johanna Vik (V) och Olof Bergdahl (MP) har i en motion föreslagit att kollektivtrafiken i regionen ska vara avgiftsfri för unga under 20 år. Regionstyrelsen konstaterar att förslaget skulle minska biljettintäkterna med cirka 64 miljoner kronor per år och föreslår att motionen avslås.', 11)
    prop = 'Regionfullmäktige avslår motionen.'
    lab('Regionstyrelsens förslag'); p.t(prop, 11)
    lab('Yrkanden'); p.t('Johanna Vik (V) yrkar bifall till motionen. Olof Bergdahl (MP) instämmer i Johanna Viks yrkande.\nErik Lundmark (M) yrkar avslag på motionen i enlighet med regionstyrelsens förslag.', 11)
    lab('Propositionsordning'); p.t('Ordföranden ställer proposition på regionstyrelsens förslag mot Johanna Viks (V) yrkande och finner att regionfullmäktige beslutar enligt regionstyrelsens förslag. Votering begärs.\nRegionfullmäktige godkänner följande voteringsproposition: Ja-röst för regionstyrelsens förslag, Nej-röst för bifall till motionen.', 11)
    votes = {}
    for nm, party, st in present:
        v = 'Nej' if party in ('V', 'MP') else ('Avstår' if party == 'C' else 'Ja')
        votes.setdefault(party, {'Ja': 0, 'Nej': 0, 'Avstår': 0})[v] += 1
    lab('Omröstning')
    if p.get_y() > p.h - 90: p.add_page()
    p.set_font('carlito', 'B', 10)
    for h in ('Parti', 'Ja', 'Nej', 'Avstår'): p.cell(30, 6, h, 1, align='C')
    p.ln()
    tot = {'Ja': 0, 'Nej': 0, 'Avstår': 0}
    for party in order:
        if party not in votes: continue
        p.set_font('carlito', '', 10); p.cell(30, 5.5, party, 1, align='C')
        for k in ('Ja', 'Nej', 'Avstår'):
            p.cell(30, 5.5, str(votes[party][k]), 1, align='C'); tot[k] += votes[party][k]
        p.ln()
    p.set_font('carlito', 'B', 10); p.cell(30, 5.5, 'Summa', 1, align='C')
    for k in ('Ja', 'Nej', 'Avstår'): p.cell(30, 5.5, str(tot[k]), 1, align='C')
    p.ln(8)
    p.t(f'Med {tot["Ja"]} ja-röster mot {tot["Nej"]} nej-röster, {tot["Avstår"]} ledamöter avstod, beslutar regionfullmäktige enligt regionstyrelsens förslag.', 11)
    lab('Beslut'); p.t(prop, 11)
    lab('Reservation'); p.t('Johanna Vik (V) och Olof Bergdahl (MP) reserverar sig mot beslutet till förmån för eget yrkande.', 11)
    att = ['Motion från Johanna Vik (V) och Olof Bergdahl (MP), 2023-03-14', 'Regionstyrelsens protokoll 2024-02-27 § 40']
    lab('Beslutsunderlag'); p.t('\n'.join(att), 11)
    items.append(item(16, '§ 16', t, proposal=prop, decision=prop, att=att))
    t = 'Fyllnadsval av ersättare i regionstyrelsen efter Tove Rask (L)'
    sect(17, 'Dnr RF 2024/21', t)
    p.t('Tove Rask (L) har avsagt sig uppdraget som ersättare i regionstyrelsen. Regionfullmäktige beviljade befrielsen 2024-02-13, § 9.', 11)
    prop = 'Regionfullmäktige väljer Niklas Brand (L) till ersättare i regionstyrelsen för tiden till och med 2026-12-31.'
    lab('Valberedningens förslag'); p.t(prop, 11); lab('Beslut'); p.t(prop, 11)
    items.append(item(17, '§ 17', t, proposal=prop, decision=prop))
    parts = []
    role = {'Ordförande': 'ordförande', '1:e vice ordförande': 'vice ordförande', '2:e vice ordförande': 'vice ordförande', 'Närvarande': 'ledamot'}
    for nm, party, st in present:
        r = role.get(st, 'tjänstgörande ersättare')
        if nm in ('Per Ohlsson', 'Sara Nyström'): r = 'justerare'
        parts.append(person(nm, party, None, r))
    parts += [person('Henrik Sjöberg', None, 'regiondirektör', 'övrig'), person('Malin Ekdahl', None, 'ekonomidirektör', 'övrig'),
              person('Lotta Wiklund', None, None, 'sekreterare')]
    notes = ('Invented document (Region Västmarken, regionfullmäktige). Roll is a Namn/Parti/Närvaro table spanning pages 2–3 with a repeated header row; '
             f'{len(present)} present people are gold participants (ordförande, 1:e and 2:e vice ordförande -> "vice ordförande", "Närvarande" -> ledamot, '
             '"Tjg ersättare för X" -> tjänstgörande ersättare); rows marked "Frånvarande" are NOT participants, nor is Niklas Brand (absent, elected in § 17). '
             'Justerare Per Ohlsson and Sara Nyström are ledamöter, given one entry each with role "justerare". '
             'Items § 12–§ 17; "Dnr …" is printed right-aligned on the § line and is not part of the title. '
             'proposal = text under "Regionstyrelsens förslag"/"Valberedningens förslag"; decision = text under "Beslut" only (not Yrkanden, Propositionsordning, '
             'the "Med N ja-röster…" sentence in § 16, or the Reservation). Presenter in § 14: Karin Åström ("föredrar ärendet"). '
             'Attachments = the "Beslutsunderlag" lines. Page 1 also carries ANSLAG/BEVIS dates (2024-03-27, 2024-04-18) that are not the meeting date. '
             'Start 09:30, end 15:10 from "kl. 09.30–15.10"; the ajournering 12.05–13.15 is ignored.')
    save(name, p, 'protokoll', 'Regionfullmäktige', '2024-03-19', '09:30', '15:10', 'Regionens hus, Fullmäktigesalen, Västerby', items, parts, notes)
    return name


# ---------------------------------------------------------------- 2 socialnämnd protokoll 2016
def doc2():
    name = '02_norrbacka_socialnamnden_2016-05-24_protokoll'
    def hdr(p):
        p.set_font('libserif', 'B', 12); p.set_xy(15, 10); p.cell(80, 5, 'NORRBACKA KOMMUN')
        p.set_font('libserif', 'B', 11); p.set_xy(110, 10); p.cell(60, 5, 'SAMMANTRÄDESPROTOKOLL')
        p.set_font('libserif', '', 10); p.set_xy(170, 10); p.cell(25, 5, f'{p.page_no()}({{nb}})', align='R')
        p.set_xy(15, 16); p.cell(80, 5, 'Socialnämnden')
        p.set_font('libserif', '', 8); p.set_xy(110, 15); p.cell(60, 4, 'Sammanträdesdatum')
        p.set_font('libserif', '', 10); p.set_xy(110, 19); p.cell(60, 5, '2016-05-24')
        p.set_line_width(0.3); p.line(15, 25, 195, 25); p.set_y(30)
    def ftr(p):
        y = p.h - 20; p.set_line_width(0.2)
        p.set_font('libserif', '', 7)
        p.set_xy(15, y - 4); p.cell(50, 3, 'Justerandes sign'); p.rect(15, y, 50, 9)
        p.set_xy(140, y - 4); p.cell(55, 3, 'Utdragsbestyrkande'); p.rect(140, y, 55, 9)
    p = P('libserif', hdr, ftr, margins=(50, 20, 15), bottom=30)
    p.add_page()
    p.set_left_margin(15)
    def lr(a, b):
        p.labelrow(a, b, 45, 11); p.gap(3)
    lr('Plats och tid', 'Socialkontoret, sammanträdesrum Linnéan, kl. 13.00–16.25')
    beslut = [('Anna Berg', 'S', 'ordförande'), ('Bo Lindahl', 'M', 'vice ordförande'), ('Kent Holm', 'C', None), ('Eva Strand', 'S', None),
              ('Gunnar Persson', 'S', None), ('Sofia Nilsson', 'M', None), ('Ali Hassan', 'S', None), ('Jens Björk', 'V', None)]
    txt = '\n'.join(f'{n} ({pa}){", " + r if r else ""}' for n, pa, r in beslut) + '\nMaria Åberg (KD), tjänstgörande ersättare för Lars Ek (KD)'
    lr('Beslutande', txt)
    lr('Ersättare', 'Karin Lund (S)\nPeter Ahl (L)')
    lr('Övriga närvarande', 'Helena Vik, socialchef\nLina Dahl, ekonom, § 46\nTove Sund, nämndsekreterare')
    p.gap(4)
    p.t('Paragrafer i detta protokoll: SN §§ 45–51. Justering, se sista sidan.', 10, 'I')
    p.set_left_margin(50)
    items = []
    def sec(num, title, dnr=None):
        if p.get_y() > p.h - 80 or p.page == 1: p.add_page()
        else: p.gap(9)
        y = p.get_y(); p.set_font('libserif', 'B', 12); p.set_xy(15, y); p.cell(33, 6, f'SN § {num}')
        p.set_xy(50, y); p.multi_cell(0, 6, title, new_x='LMARGIN', new_y='NEXT')
        if dnr: p.t(dnr, 9)
        p.gap(2)
    def lab(s): p.gap(2); p.t(s, 11, 'B')
    def body(s): p.t(s, 11)
    def add(num, title, dnr, text, pres=(), prop=None, dec=None, att=(), exp=None):
        sec(num, title, dnr)
        if text: body(text)
        if att: lab('Beslutsunderlag'); body('\n'.join('– ' + a for a in att))
        if prop: lab('Förslag till beslut'); body(prop)
        lab('Beslut'); body(dec)
        if exp: p.gap(3); p.t('Expedieras till: ' + exp, 10, 'I')
        items.append(item(num, f'SN § {num}', title, pres, None, prop, dec, att))
    add(45, 'Godkännande av dagordning', None, None, dec='Dagordningen godkänns.')
    add(46, 'Ekonomisk uppföljning per april 2016', 'Dnr SN 2016/12',
        'Ekonom Lina Dahl redogör för utfallet per april 2016. Nämnden redovisar ett underskott om 2,4 miljoner kronor, främst inom försörjningsstöd och placeringar av barn och unga.',
        ['Lina Dahl'], None,
        'Socialnämnden beslutar\n1. att godkänna den ekonomiska uppföljningen per april 2016\n2. att uppdra åt socialchefen att redovisa en åtgärdsplan för försörjningsstödet vid nämndens sammanträde i juni 2016.',
        ['Tjänsteskrivelse 2016-05-10', 'Ekonomisk uppföljning april 2016'], 'Ekonomienheten, Kommunstyrelsen')
    add(47, 'Riktlinjer för ekonomiskt bistånd 2016', 'Dnr SN 2016/27',
        'Socialchef Helena Vik föredrar ärendet. Riktlinjerna har uppdaterats med anledning av ny rättspraxis och Socialstyrelsens allmänna råd. Gällande riktlinjer antogs 2012-03-20, SN § 31.',
        ['Helena Vik'], 'Socialnämnden antar Riktlinjer för ekonomiskt bistånd 2016.',
        'Socialnämnden beslutar\n1. att anta Riktlinjer för ekonomiskt bistånd 2016\n2. att riktlinjerna gäller från och med 2016-07-01\n3. att riktlinjer antagna 2012-03-20, SN § 31, upphör att gälla samma dag.',
        ['Tjänsteskrivelse 2016-05-04', 'Förslag till Riktlinjer för ekonomiskt bistånd 2016'], 'Individ- och familjeomsorgen')
    add(48, 'Föreningsbidrag inom socialnämndens område 2016', 'Dnr SN 2016/8',
        'Tre ansökningar om föreningsbidrag har inkommit. Budgeterat utrymme för 2016 är 165 000 kronor.', (), None,
        'Socialnämnden beslutar\n1. att bevilja Brottsofferjouren Norrbacka 45 000 kronor\n2. att bevilja Norrbacka kvinnojour 120 000 kronor\n3. att avslå ansökan från Föreningen Gemenskap.',
        ['Tjänsteskrivelse 2016-04-28', 'Ansökningar från föreningarna'], 'Sökande föreningar, Ekonomienheten')
    add(49, 'Yttrande över motion om trygghetsboende i Norrbacka', 'Dnr SN 2015/88',
        'Kommunfullmäktige har remitterat en motion från Centerpartiet om att inrätta trygghetsboende i centrala Norrbacka till socialnämnden för yttrande.', (),
        'Socialnämnden överlämnar förvaltningens tjänsteskrivelse som sitt yttrande till kommunstyrelsen.',
        'Socialnämnden beslutar\n1. att överlämna förvaltningens tjänsteskrivelse som sitt yttrande över motionen till kommunstyrelsen.',
        ['Motion från Centerpartiet 2015-11-02', 'Tjänsteskrivelse 2016-05-09'], 'Kommunstyrelsen')
    add(50, 'Redovisning av delegationsbeslut', None,
        'Delegationsbeslut fattade under perioden 2016-04-01–2016-04-30 redovisas enligt förteckning.', (), None,
        'Socialnämnden beslutar\n1. att lägga redovisningen till handlingarna.', ['Förteckning över delegationsbeslut april 2016'])
    add(51, 'Meddelanden', None, 'Inkomna skrivelser och domar redovisas enligt förteckning.', (), None,
        'Socialnämnden beslutar\n1. att lägga meddelandena till handlingarna.')
    # justering last page
    p.add_page(); p.set_left_margin(15); p.set_x(15)
    p.t('Justering', 13, 'B'); p.gap(3)
    lr('Utses att justera', 'Kent Holm (C)')
    lr('Justeringens plats och tid', 'Socialkontoret 2016-05-31')
    p.gap(4)
    for lab_, nm, extra in [('Underskrifter   Sekreterare', 'Tove Sund', 'Paragrafer SN §§ 45–51'), ('Ordförande', 'Anna Berg', ''), ('Justerande', 'Kent Holm', '')]:
        p.set_font('libserif', 'B', 11); p.cell(45, 12, lab_); p.set_font('libserif', '', 11)
        p.cell(80, 12, '..................................................'); p.cell(0, 12, extra, new_x='LMARGIN', new_y='NEXT')
        p.set_x(60); p.cell(0, 5, nm, new_x='LMARGIN', new_y='NEXT'); p.gap(3)
    p.gap(8); p.t('ANSLAG/BEVIS', 11, 'B')
    p.t('Protokollet är justerat. Justeringen har tillkännagivits genom anslag. Anslaget sätts upp 2016-06-01 och tas ned 2016-06-23.', 10)
    parts = [person(n, pa, None, r or 'ledamot') for n, pa, r in beslut]
    parts[2]['role'] = 'justerare'
    parts += [person('Maria Åberg', 'KD', None, 'tjänstgörande ersättare'), person('Karin Lund', 'S', None, 'ej tjänstgörande ersättare'),
              person('Peter Ahl', 'L', None, 'ej tjänstgörande ersättare'), person('Helena Vik', None, 'socialchef', 'övrig'),
              person('Lina Dahl', None, 'ekonom', 'övrig'), person('Tove Sund', None, None, 'sekreterare')]
    notes = ('Invented document (Norrbacka kommun, socialnämnden). Paragraph numbers are printed "SN § 45" in a left margin column with the title beside it; '
             'printed_number keeps the "SN" prefix, number is the integer. Roll on page 1 in label columns (Beslutande / Ersättare / Övriga närvarande); '
             '"Ersättare" listed without "tjänstgörande" -> "ej tjänstgörande ersättare"; Lars Ek (KD) is only named as replaced and is not a participant. '
             'Justering is on the last page: "Utses att justera Kent Holm (C)" -> his single entry gets role "justerare"; Tove Sund (nämndsekreterare, signs as Sekreterare) -> "sekreterare". '
             'Decision = the whole text under "Beslut" including the lead line "Socialnämnden beslutar" and the numbered att-points, joined with newlines; '
             '"Expedieras till" is not part of the decision. proposal only where a "Förslag till beslut" label is printed (SN § 47, § 49). '
             'Attachments = the "Beslutsunderlag" list (without the dashes). "SN § 31" inside SN § 47 refers to an earlier meeting and is not an item. '
             'Presenters: Lina Dahl ("redogör", § 46), Helena Vik ("föredrar", § 47).')
    save(name, p, 'protokoll', 'Socialnämnden', '2016-05-24', '13:00', '16:25', 'Socialkontoret, sammanträdesrum Linnéan', items, parts, notes)
    return name


# ---------------------------------------------------------------- 3 KSAU kallelse 2023
def doc3():
    name = '03_ekmarksvik_kommunstyrelsens-arbetsutskott_2023-10-11_kallelse'
    def hdr(p):
        p.set_fill_color(28, 86, 120); p.rect(0, 0, 210, 5, 'F')
        p.set_font('opensans', 'B', 10); p.set_text_color(28, 86, 120); p.set_xy(18, 9); p.cell(80, 5, 'Ekmarksviks kommun')
        p.set_text_color(0); p.set_font('opensans', '', 9); p.set_xy(120, 9); p.cell(72, 5, 'KALLELSE  2023-10-11', align='R')
        p.set_y(22)
    def ftr(p):
        p.set_font('opensans', '', 7.5); p.set_text_color(90)
        p.set_xy(18, p.h - 13); p.cell(140, 4, 'Ekmarksviks kommun · Kommunstyrelsens arbetsutskott · Kallelse 2023-10-11')
        p.set_xy(160, p.h - 13); p.cell(32, 4, f'{p.page_no()} ({{nb}})', align='R'); p.set_text_color(0)
    p = P('opensans', hdr, ftr, margins=(18, 20, 18), bottom=20)
    p.add_page()
    p.t('Kommunstyrelsens arbetsutskott', 18, 'B'); p.gap(3)
    p.labelrow('Tid', 'Onsdagen den 11 oktober 2023 kl. 08.30', 25, 10)
    p.labelrow('Plats', 'Kommunhuset, sammanträdesrum Ladan', 25, 10); p.gap(4)
    called = [('Ordförande', 'Johan Ek', 'M', 'ordförande'), ('Vice ordförande', 'Sanna Lund', 'S', 'vice ordförande'),
              ('Ledamot', 'Petter Holm', 'C', 'ledamot'), ('Ledamot', 'Amira Said', 'S', 'ledamot'), ('Ledamot', 'Björn Wall', 'KD', 'ledamot'),
              ('Ersättare', 'Lena Grahn', 'M', 'ersättare'), ('Ersättare', 'Hugo Nord', 'S', 'ersättare')]
    p.t('Kallade', 11, 'B')
    for lab_, n, pa, r in called: p.t(f'{lab_} {n} ({pa})', 10)
    p.t('Sekreterare Karin Tell', 10); p.gap(3)
    p.t('Förhinder anmäls till sekreteraren senast dagen före sammanträdet. Ersättare tjänstgör i den ordning som kommunfullmäktige beslutat.', 9, 'I')
    p.gap(5)
    items = []
    def block(n, dnr, title, pres, org, time, desc, prop, att=()):
        if p.get_y() > p.h - 70: p.add_page()
        p.set_draw_color(28, 86, 120); p.set_line_width(0.5); p.line(18, p.get_y(), 192, p.get_y()); p.gap(2)
        y = p.get_y(); p.set_font('opensans', 'B', 10); p.set_text_color(28, 86, 120)
        p.cell(120, 5, f'Ärende {n}' + (f' | Dnr {dnr}' if dnr else '')); p.set_text_color(0)
        p.set_font('opensans', '', 9); p.set_xy(150, y); p.cell(42, 5, f'ca kl. {time}', align='R'); p.ln(6)
        p.t(title, 12, 'B'); p.gap(1)
        if pres: p.t(f'Föredragande: {pres}, {org}', 9, 'I')
        if desc: p.gap(1); p.t('Ärendebeskrivning', 9.5, 'B'); p.t(desc, 9.5)
        if att: p.gap(1); p.t('Beslutsunderlag', 9.5, 'B'); p.t('\n'.join('• ' + a for a in att), 9.5)
        if prop: p.gap(1); p.t('Förslag till beslut', 9.5, 'B'); p.t(prop, 9.5)
        p.gap(5)
        items.append(item(n, f'Ärende {n}', title, [pres] if pres else [], time.replace('.', ':'), prop, None, att))
    block(1, None, 'Val av justerare', None, None, '08.30', None, 'Arbetsutskottet utser Sanna Lund (S) att jämte ordföranden justera protokollet.')
    block(2, None, 'Godkännande av dagordning', None, None, '08.35', None, 'Dagordningen godkänns.')
    block(3, 'KS 2023/112', 'Delårsrapport januari–augusti 2023', 'Maria Holm', 'ekonomichef', '08.40',
          'Kommunen redovisar ett resultat per augusti om 38,2 miljoner kronor. Prognosen för helåret är ett överskott om 12,5 miljoner kronor, vilket är 4,1 miljoner kronor lägre än budget.',
          'Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige att godkänna delårsrapporten för januari–augusti 2023.',
          ['Tjänsteskrivelse 2023-09-27', 'Delårsrapport januari–augusti 2023'])
    block(4, 'KS 2023/140', 'Taxor och avgifter för räddningstjänsten 2024', 'Nils Berglund', 'räddningschef', '09.20',
          'Taxorna för tillsyn och tillstånd enligt lagen om brandfarliga och explosiva varor föreslås räknas upp med 4,5 procent.',
          'Arbetsutskottet föreslår kommunstyrelsen att föreslå kommunfullmäktige att anta Taxor och avgifter för räddningstjänsten 2024.',
          ['Tjänsteskrivelse 2023-09-18', 'Förslag till taxor och avgifter 2024'])
    block(5, 'KS 2023/97', 'Svar på medborgarförslag om utegym i Strandparken', 'Ella Björn', 'parkchef', '09.40',
          'Ett medborgarförslag har inkommit om att anlägga ett utegym i Strandparken. Förvaltningen bedömer att ett utegym kan rymmas inom parkens investeringsbudget för 2024.',
          'Arbetsutskottet föreslår kommunstyrelsen att bifalla medborgarförslaget.', ['Medborgarförslag 2023-04-03', 'Tjänsteskrivelse 2023-09-21'])
    block(6, 'KS 2023/151', 'Remiss – Regional transportplan för Västmarken 2024–2035', 'Oskar Lind', 'trafikplanerare', '10.00',
          'Region Västmarken har skickat förslag till regional transportplan på remiss. Svar ska lämnas senast den 15 november 2023.',
          'Arbetsutskottet föreslår kommunstyrelsen att anta förvaltningens yttrande som sitt eget och överlämna det till Region Västmarken.',
          ['Remiss från Region Västmarken 2023-09-01', 'Förslag till yttrande 2023-10-02'])
    block(7, 'KS 2023/8', 'Information från kommundirektören', 'Cecilia Norén', 'kommundirektör', '10.30',
          'Aktuella frågor inom kommunens verksamheter.', 'Informationen noteras.')
    block(8, None, 'Övriga frågor', None, None, '10.50', None, None)
    p.gap(4); p.t('Johan Ek\nOrdförande', 10); p.gap(2); p.t('Karin Tell\nSekreterare', 10)
    parts = [person(n, pa, None, r) for _, n, pa, r in called] + [person('Karin Tell', None, None, 'sekreterare')]
    notes = ('Invented document (Ekmarksviks kommun). A kallelse: items are blocks headed "Ärende N | Dnr KS yyyy/nnn" with "ca kl. HH.MM" right-aligned on the same line; '
             'printed_number is "Ärende N" (the Dnr is not part of it), scheduled_time from the "ca kl." value. Presenters = names on the "Föredragande:" line (title after the comma dropped). '
             'proposal = text under "Förslag till beslut"; no decisions (meeting not yet held); Ärende 8 has no proposal. Attachments = "Beslutsunderlag" bullets. '
             'Participants = the called list ("Ordförande Johan Ek (M)" style lines; "Ersättare" -> role "ersättare" since a kallelse cannot say whether they serve) plus '
             'sekreterare Karin Tell. Sanna Lund is named in the proposal of Ärende 1 as justerare but is kept as vice ordförande (not yet chosen). End time not printed.')
    save(name, p, 'kallelse', 'Kommunstyrelsens arbetsutskott', '2023-10-11', '08:30', None, 'Kommunhuset, sammanträdesrum Ladan', items, parts, notes)
    return name


# ---------------------------------------------------------------- 4 Finland-Swedish föredragningslista 2015
def doc4():
    name = '04_kvarnvik_stadsfullmaktige_2015-11-09_kallelse'
    cur = {'sec': ''}
    def hdr(p):
        p.set_font('dejavu', 'B', 11); p.set_xy(18, 10); p.cell(60, 5, 'KVARNVIK STAD')
        p.set_font('dejavu', '', 9); p.set_xy(18, 15); p.cell(60, 5, 'Föredragningslista')
        p.set_xy(18, 19.5); p.cell(60, 5, 'Stadsfullmäktige')
        p.set_xy(85, 15); p.cell(30, 5, cur['sec']); p.set_xy(120, 15); p.cell(30, 5, '9.11.2015')
        p.set_xy(160, 15); p.cell(32, 5, 'Sida', align='R'); p.set_xy(160, 19.5); p.cell(32, 5, f'{p.page_no()}', align='R')
        p.set_line_width(0.25); p.line(18, 25, 192, 25); p.set_y(31)
    p = P('dejavu', hdr, None, margins=(18, 20, 18), bottom=18)
    p.add_page()
    p.t('KALLELSE OCH FÖREDRAGNINGSLISTA', 13, 'B'); p.gap(3)
    p.labelrow('Sammanträdestid', 'Måndag 9.11.2015 kl. 18.00', 45, 10)
    p.labelrow('Sammanträdesplats', 'Stadshuset, fullmäktigesalen, Kyrkoesplanaden 4', 45, 10); p.gap(4)
    p.t('Kallade ledamöter', 10.5, 'B'); p.gap(1)
    mem = [('Sundqvist', 'Mats', 'SFP', 'ordförande'), ('Heikkilä', 'Anne', 'SDP', 'I vice ordförande'), ('Lindroos', 'Pekka', 'Saml', 'II vice ordförande'),
           ('Backman', 'Tom', 'SFP', ''), ('Björkqvist', 'Ulrika', 'SFP', ''), ('Ehrström', 'Johan', 'SFP', ''), ('Granholm', 'Lisen', 'SFP', ''),
           ('Häggblom', 'Kurt', 'SFP', ''), ('Kronqvist', 'Anna-Maria', 'SFP', ''), ('Mattjus', 'Roger', 'SFP', ''), ('Nyholm', 'Gun', 'SFP', ''),
           ('Sandvik', 'Henrik', 'SFP', ''), ('Vikström', 'Carina', 'SFP', ''), ('Östman', 'Leif', 'SFP', ''), ('Aho', 'Jari', 'SDP', ''),
           ('Korpela', 'Minna', 'SDP', ''), ('Westerlund', 'Stig', 'SDP', ''), ('Laine', 'Kristiina', 'Saml', ''), ('Rönnqvist', 'Peter', 'Saml', '')]
    p.set_font('dejavu', 'B', 9); p.cell(70, 5.5, 'Namn', 'B'); p.cell(25, 5.5, 'Grupp', 'B'); p.cell(60, 5.5, 'Uppdrag', 'B', new_x='LMARGIN', new_y='NEXT')
    for ln, fn, g, u in mem:
        p.set_font('dejavu', '', 9); p.cell(70, 5, f'{ln} {fn}'); p.cell(25, 5, g); p.cell(60, 5, u or 'ledamot', new_x='LMARGIN', new_y='NEXT')
    p.gap(3); p.t('Övriga kallade', 10.5, 'B')
    others = [('Holmström', 'Birgitta', 'stadsstyrelsens ordförande'), ('Forsman', 'Mikael', 'stadsdirektör'), ('Nyby', 'Camilla', 'förvaltningsdirektör, protokollförare')]
    for ln, fn, u in others: p.t(f'{ln} {fn}, {u}', 9)
    p.gap(3); p.t('Ärendeförteckning', 10.5, 'B')
    titles = [(45, 'Sammanträdets laglighet och beslutförhet'), (46, 'Val av protokolljusterare'), (47, 'Godkännande av föredragningslistan'),
              (48, 'Budget 2016 och ekonomiplan 2016–2018'), (49, 'Inkomstskattesats för år 2016'), (50, 'Fastighetsskattesatser för år 2016'),
              (51, 'Motion om gång- och cykelväg längs Kyrkvägen'), (52, 'Anmälningsärenden')]
    for k, (n, t) in enumerate(titles):
        p.set_font('dejavu', '', 9); p.cell(15, 4.8, f'{n} §'); p.cell(140, 4.8, t); p.cell(0, 4.8, str(k + 2), align='R', new_x='LMARGIN', new_y='NEXT')
    p.gap(4); p.t('Kvarnvik 30.10.2015', 9); p.gap(5); p.t('Mats Sundqvist\nordförande', 9)
    data = {
        45: (None, None, 'Enligt 9 § i förvaltningsstadgan ska kallelsen sändas minst sju dagar före sammanträdet. Fullmäktige är beslutfört när minst två tredjedelar av ledamöterna är närvarande.',
             'Ordförandens förslag', 'Sammanträdet konstateras vara lagligen sammankallat och beslutfört.', []),
        46: (None, None, None, 'Ordförandens förslag', 'Till protokolljusterare väljs Anne Heikkilä och Tom Backman. Protokollet justeras 12.11.2015 på stadskansliet.', []),
        47: (None, None, None, 'Ordförandens förslag', 'Föredragningslistan godkänns som arbetsordning för sammanträdet.', []),
        48: ('SST 26.10.2015 § 231', 'Beredning: ekonomichef Jan-Erik Sjöblom, tfn 06-785 6231',
             'Budgetförslaget för 2016 balanserar med ett resultat om 0,4 miljoner euro. Investeringsramen uppgår till 6,8 miljoner euro. Stadsstyrelsen har behandlat förslaget 26.10.2015.',
             'Stadsstyrelsens förslag', 'Stadsfullmäktige godkänner budgeten för 2016 och ekonomiplanen för 2016–2018 enligt bilaga.', ['Budget 2016 och ekonomiplan 2016–2018']),
        49: ('SST 26.10.2015 § 232', 'Beredning: ekonomichef Jan-Erik Sjöblom, tfn 06-785 6231',
             'Inkomstskattesatsen för år 2015 är 20,75 %. Budgeten för 2016 bygger på oförändrad skattesats.',
             'Stadsstyrelsens förslag', 'Stadsfullmäktige fastställer inkomstskattesatsen för år 2016 till 20,75 %.', []),
        50: ('SST 26.10.2015 § 233', 'Beredning: ekonomichef Jan-Erik Sjöblom, tfn 06-785 6231',
             'Fastighetsskattesatserna ska fastställas inom de gränser som anges i fastighetsskattelagen.',
             'Stadsstyrelsens förslag', 'Stadsfullmäktige fastställer fastighetsskattesatserna för år 2016 enligt följande: allmän fastighetsskatt 1,05 %, stadigvarande bostad 0,45 %, annan bostadsbyggnad 1,10 % och obebyggd byggplats 2,00 %.', []),
        51: ('SFM 15.12.2014 § 88\nSST 12.10.2015 § 214', 'Beredning: stadsingenjör Niklas Wikström',
             'Ledamoten Kristiina Laine med flera har i en motion föreslagit att en gång- och cykelväg byggs längs Kyrkvägen. Projektet har tagits med i investeringsbudgeten för 2016.',
             'Stadsstyrelsens förslag', 'Stadsfullmäktige konstaterar att motionen är slutbehandlad.', ['Motion 15.12.2014']),
        52: (None, 'Beredning: förvaltningsdirektör Camilla Nyby',
             'Följande beslut och skrivelser delges fullmäktige för kännedom:\n– Revisionsnämndens protokoll 14.10.2015\n– Regionförvaltningsverkets beslut 2.10.2015',
             'Stadsstyrelsens förslag', 'Anmälningsärendena antecknas för kännedom.', []),
    }
    items = []
    for n, t in titles:
        ref, ber, body, plab, prop, att = data[n]
        cur['sec'] = f'{n} §'; p.add_page()
        if ref: p.t(ref, 8.5)
        p.gap(1); p.t(f'{n} §', 10); p.t(t, 11, 'B'); p.gap(2)
        if ber: p.t(ber, 9, 'I', x=50); p.gap(2)
        if body: p.t(body, 10, x=50); p.gap(3)
        if att: p.t('Bilaga: ' + '; '.join(att), 10, x=50); p.gap(3)
        p.t(plab + ':', 10, 'B'); p.t(prop, 10, x=50); p.gap(6)
        p.t('Stadsfullmäktiges beslut:', 10, 'B')
        items.append(item(n, f'{n} §', t, [], None, prop, None, att))
    roles = {'ordförande': 'ordförande', 'I vice ordförande': 'vice ordförande', 'II vice ordförande': 'vice ordförande', '': 'ledamot'}
    parts = [person(f'{fn} {ln}', g, None, roles[u]) for ln, fn, g, u in mem]
    parts += [person('Birgitta Holmström', None, 'stadsstyrelsens ordförande', 'övrig'), person('Mikael Forsman', None, 'stadsdirektör', 'övrig'),
              person('Camilla Nyby', None, 'förvaltningsdirektör', 'sekreterare')]
    notes = ('Invented Finland-Swedish document (Kvarnvik stad). Föredragningslista -> kind "kallelse"; dates printed d.m.yyyy (9.11.2015). '
             'Items printed "45 §" (number before the sign) on every item page; the ärendeförteckning on page 1 repeats the numbers with page numbers and is not a second set of items. '
             'Lines such as "SST 26.10.2015 § 231" / "SFM 15.12.2014 § 88" are earlier handlings, not items. '
             'proposal = text under "Stadsstyrelsens förslag:" or, for 45–47 §, "Ordförandens förslag:"; decision null everywhere ("Stadsfullmäktiges beslut:" is blank). '
             '"Beredning:" names the preparer and is NOT treated as presenting, so presenters are empty. Attachments = "Bilaga:" lines. '
             'Roll printed "Efternamn Förnamn" in a Namn/Grupp/Uppdrag table -> turned around; I/II vice ordförande -> "vice ordförande". Övriga kallade: '
             'stadsstyrelsens ordförande and stadsdirektör -> övrig with the title as organization; förvaltningsdirektör Camilla Nyby is protokollförare -> "sekreterare". '
             'Names in the proposal of 46 § (justerare candidates) keep their member roles. End time not printed.')
    save(name, p, 'kallelse', 'Stadsfullmäktige', '2015-11-09', '18:00', None, 'Stadshuset, fullmäktigesalen, Kyrkoesplanaden 4', items, parts, notes)
    return name


# ---------------------------------------------------------------- 5 kungörelse 1986, typed and scanned
def doc5():
    name = '05_ullfors_kommunfullmaktige_1986-10-23_kallelse'
    dpi = 250; W, H = int(8.27 * dpi), int(11.69 * dpi)
    font = ImageFont.truetype('/usr/share/fonts/opentype/courier-prime/Courier Prime.otf', int(11.5 / 72 * dpi))
    fontb = ImageFont.truetype('/usr/share/fonts/opentype/courier-prime/Courier Prime Bold.otf', int(13 / 72 * dpi))
    titles = ['Val av justerare', 'Anmälan av motioner',
              'Kommunstyrelsens förslag till budget för år 1987 samt flerårsplan för åren 1988-1989',
              'Utdebitering av kommunalskatt för år 1987', 'Fastställande av va-taxa för år 1987',
              'Förvärv av fastigheten Ullfors 4:17 (f.d. Ängens skola)', 'Ansökan om kommunal borgen för Ullfors Folkets Husförening u.p.a.',
              'Ändring av renhållningsordning för Ullfors kommun', 'Byggnadsplan för Sörviken, fritidshusområde',
              'Svar på motion av Ingvar Holm (c) om belysning längs Skolvägen',
              'Svar på interpellation av Britt Sjöö (fp) angående kön till barnomsorgen',
              'Val av ledamot i socialnämnden efter Karl-Erik Dahl (s), som avsagt sig uppdraget',
              'Val av nämndemän för tiden 1987-1989', 'Anmälan av avsägelser', 'Meddelanden']
    import textwrap
    cw = font.getbbox('M')[2]; cols = int((W - 2 * 0.9 * dpi) / cw)
    lh = int(font.size * 1.55)
    def page():
        im = Image.new('L', (W, H), 246); return im, ImageDraw.Draw(im)
    def typed(d, x, y, s, f=font):
        # slightly uneven typewriter strikes
        cx = x
        for ch in s:
            d.text((cx + rnd.randint(-1, 1), y + rnd.randint(-1, 1)), ch, fill=rnd.randint(15, 60), font=f); cx += f.getbbox('M')[2]
    rnd = random.Random(86)
    lm = int(1.0 * dpi); pages = []
    im, d = page(); y = int(0.9 * dpi)
    typed(d, lm, y, 'ULLFORS KOMMUN'); typed(d, W - lm - cw * 22, y, 'Anslagen 1986-10-09'); y += lh * 2
    typed(d, int(W / 2 - 5.5 * fontb.getbbox('M')[2]), y, 'KUNGÖRELSE', fontb); y += lh
    d.line((W / 2 - 5.5 * fontb.getbbox('M')[2], y - 8, W / 2 + 5.5 * fontb.getbbox('M')[2], y - 8), fill=40, width=3); y += lh
    opening = ('Kommunfullmäktige i Ullfors kommun sammanträder torsdagen den 23 oktober 1986 kl. 19.00 i Folkets hus, stora salen, Ullfors. '
               'Därvid förekommer följande ärenden:')
    for l in textwrap.wrap(opening, cols - 4): typed(d, lm, y, l); y += lh
    y += lh // 2
    for i, t in enumerate(titles, 1):
        if i == 11:
            pages.append(im); im, d = page(); y = int(0.9 * dpi)
            typed(d, lm, y, 'ULLFORS KOMMUN'); typed(d, W - lm - cw * 4, y, '- 2 -'); y += lh * 2
        wl = textwrap.wrap(t, cols - 10)
        typed(d, lm, y, f'{i:>2}.')
        for l in wl: typed(d, lm + cw * 5, y, l); y += lh
        y += lh // 3
    y += lh
    for l in textwrap.wrap('Handlingarna i ärendena finns tillgängliga på kommunkansliet, kommunhuset, under kontorstid från och med den 16 oktober 1986. '
                           'Sammanträdet är offentligt.', cols - 4): typed(d, lm, y, l); y += lh
    y += lh * 2
    typed(d, lm, y, 'Ullfors den 8 oktober 1986'); y += lh * 2
    typed(d, lm, y, 'KOMMUNFULLMÄKTIGE'); y += lh * 3
    typed(d, lm, y, 'Gösta Lindqvist'); y += lh; typed(d, lm, y, 'ordförande')
    # signature scrawl
    d.line((lm, y - lh * 2, lm + 300, y - lh * 2 - 40), fill=50, width=4); d.arc((lm + 250, y - lh * 2 - 90, lm + 420, y - lh * 2 + 10), 30, 300, fill=50, width=4)
    pages.append(im)
    out = []
    npr = np.random.default_rng(86)
    for k, im in enumerate(pages):
        im = im.rotate([0.7, -0.45][k], resample=Image.BICUBIC, fillcolor=250, expand=False)
        im = im.filter(ImageFilter.GaussianBlur(0.8))
        a = np.asarray(im).astype(np.float32) + npr.normal(0, 9, (H, W))
        sp = npr.random((H, W)) < 0.0004; a[sp] = 30
        im = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        b = io.BytesIO(); im.save(b, 'JPEG', quality=55); b.seek(0)
        out.append(Image.open(b).convert('L'))
    items = [item(i, f'{i}.', t) for i, t in enumerate(titles, 1)]
    notes = ('Invented typewritten kungörelse (Ullfors kommun, 1986), rendered as images only (250 dpi JPEG, rotation +0.7° / -0.45°, blur, noise, specks); '
             'no text layer, so all text must come from OCR. kind "kallelse" (a public notice of a meeting to be held). Time and place are only in the opening sentence: '
             '"… torsdagen den 23 oktober 1986 kl. 19.00 i Folkets hus, stora salen, Ullfors." Items "1."–"15." span both pages (11–15 on page 2). '
             'Titles copied as typed (hyphens, not dashes, in "1988-1989" and "1987-1989"; lower-case party letters (c), (fp), (s) belong to the titles). '
             'No proposals or decisions. The notice lists no people (Gösta Lindqvist signs as ordförande), so "participants" is omitted. '
             '"Anslagen 1986-10-09" and "Ullfors den 8 oktober 1986" are not the meeting date.')
    save(name, out, 'kallelse', 'Kommunfullmäktige', '1986-10-23', '19:00', None, 'Folkets hus, stora salen, Ullfors', items, None, notes, scanned=True)
    return name


# ---------------------------------------------------------------- 6 byggnadsnämnd protokollsutdrag 2007
def doc6():
    name = '06_lillasa_byggnadsnamnden_2007-09-12_protokoll'
    def hdr(p):
        p.set_font('freeserif', 'B', 13); p.set_xy(20, 12); p.cell(80, 6, 'LILLÅSA KOMMUN')
        p.set_font('freeserif', 'B', 12); p.set_xy(110, 12); p.cell(80, 6, 'PROTOKOLLSUTDRAG')
        p.set_font('freeserif', '', 10); p.set_xy(20, 18); p.cell(80, 5, 'Byggnadsnämnden')
        p.set_xy(110, 18); p.cell(50, 5, 'Sammanträdesdatum'); p.set_xy(160, 18); p.cell(30, 5, f'Sida {p.page_no()}', align='R')
        p.set_xy(110, 23); p.cell(50, 5, '2007-09-12'); p.set_line_width(0.5); p.line(20, 30, 190, 30); p.set_y(36)
    def ftr(p):
        y = p.h - 22; p.set_line_width(0.2); p.set_font('freeserif', '', 8)
        for x, w, lab in [(20, 55, 'Justerandes sign'), (125, 65, 'Utdragsbestyrkande')]:
            p.rect(x, y, w, 12); p.set_xy(x + 1, y + 0.5); p.cell(w, 3.5, lab)
    p = P('freeserif', hdr, ftr, bottom=30)
    p.add_page()
    lr = lambda a, b: (p.labelrow(a, b, 48, 11), p.gap(3))
    lr('Plats och tid', 'Kommunhuset, Lillåsa, sessionssalen, kl 18.30-21.15')
    lr('Beslutande', 'Rolf Engström (S), ordförande\nIngrid Ahlqvist (M), vice ordförande\nStig Bäck (C)\nYvonne Lund (S)\nPer-Olof Krantz (FP)\nAnn-Sofie Moberg (S), tjänstgörande ersättare')
    lr('Övriga deltagande', 'Mikael Strand, stadsarkitekt\nErik Sand, bygglovhandläggare\nBirgitta Holm, sekreterare')
    lr('Utses att justera', 'Stig Bäck')
    lr('Justeringens plats och tid', 'Miljö- och byggkontoret 2007-09-17')
    p.gap(4)
    for lab_, nm, extra in [('Underskrifter Sekreterare', 'Birgitta Holm', 'Paragrafer 79–94'), ('Ordförande', 'Rolf Engström', ''), ('Justerande', 'Stig Bäck', '')]:
        p.set_font('freeserif', 'B', 11); p.cell(48, 12, lab_); p.set_font('freeserif', '', 11)
        p.cell(75, 12, '............................................'); p.cell(0, 12, extra, new_x='LMARGIN', new_y='NEXT')
        p.set_x(68); p.cell(0, 5, nm, new_x='LMARGIN', new_y='NEXT'); p.gap(2)
    p.gap(6); p.set_line_width(0.3); p.rect(20, p.get_y(), 170, 34); p.gap(2)
    p.t('ANSLAG/BEVIS', 11, 'B', x=23); p.t('Protokollet är justerat. Justeringen har tillkännagivits genom anslag.', 10, x=23)
    p.t('Datum för anslags uppsättande 2007-09-18        Datum för anslags nedtagande 2007-10-10', 10, x=23)
    p.t('Förvaringsplats för protokollet: Miljö- och byggkontoret', 10, x=23)
    p.add_page()
    y = p.get_y(); p.set_font('freeserif', 'B', 12); p.cell(30, 6, '§ 87'); p.set_font('freeserif', '', 10); p.set_xy(130, y); p.cell(60, 6, 'Dnr BN 2007.0312', align='R'); p.ln(8)
    title = 'Nybyggnad av enbostadshus och garage, Björkudden 2:14'
    p.t(title, 13, 'B'); p.gap(3)
    p.t('Sökande: Jonas och Malin Ek, Björkuddsvägen 7, 731 95 Lillåsa', 10.5); p.gap(2)
    p.t('Ärendet', 11, 'B')
    p.t('Ansökan avser nybyggnad av ett enbostadshus i ett och ett halvt plan om 168 m² bruttoarea samt ett fristående garage om 42 m² på fastigheten Björkudden 2:14. '
        'Fastigheten ligger utanför detaljplanelagt område och omfattas av områdesbestämmelser för Björkudden. Berörda grannar har underrättats; en erinran har inkommit från ägaren till Björkudden 2:13 avseende garagets placering. '
        'Bygglovhandläggare Erik Sand föredrar ärendet.', 10.5); p.gap(2)
    att = ['Ansökan inkommen 2007-06-18', 'Situationsplan och fasadritningar, reviderade 2007-08-02', 'Yttrande från ägaren till Björkudden 2:13, 2007-08-20', 'Tjänsteutlåtande 2007-08-29']
    p.t('Beslutsunderlag', 11, 'B'); p.t('\n'.join(att), 10.5); p.gap(2)
    p.t('Bedömning', 11, 'B')
    p.t('Åtgärden bedöms vara förenlig med områdesbestämmelserna och uppfylla kraven i 3 kap. 1 § plan- och bygglagen. Den inkomna erinran bedöms inte utgöra en betydande olägenhet.', 10.5); p.gap(2)
    dec = ('Byggnadsnämnden beviljar bygglov för nybyggnad av enbostadshus och garage på fastigheten Björkudden 2:14 med följande villkor:\n'
           '1. Fasader ska utföras med liggande träpanel i kulör enligt inlämnat färgprov.\n'
           '2. Garaget ska placeras minst 4,5 meter från gräns mot Björkudden 2:13.\n'
           '3. Dagvatten ska omhändertas inom den egna fastigheten.')
    p.t('Byggnadsnämndens beslut', 11, 'B'); p.t(dec, 10.5); p.gap(2)
    p.t('Upplysningar', 11, 'B')
    p.t('Avgiften för bygglovet är 14 850 kronor enligt taxa fastställd av kommunfullmäktige. Bygglovet upphör att gälla om åtgärden inte påbörjats inom två år från dagen för beslutet. '
        'Byggnadsarbetena får inte påbörjas förrän byggsamråd hållits och kontrollplan fastställts. Beslutet kan överklagas, se bilagd besvärshänvisning.', 10.5); p.gap(3)
    p.t('Utdrag till: Sökanden; Ägaren till Björkudden 2:13 (mottagningsbevis)', 10, 'I'); p.gap(6)
    p.t('Utdragsbestyrkande', 10, 'B'); p.t('Rätt utdraget intygar:\n\n..........................................\nBirgitta Holm, sekreterare', 10)
    items = [item(87, '§ 87', title, ['Erik Sand'], None, None, dec, att)]
    parts = [person('Rolf Engström', 'S', None, 'ordförande'), person('Ingrid Ahlqvist', 'M', None, 'vice ordförande'), person('Stig Bäck', 'C', None, 'justerare'),
             person('Yvonne Lund', 'S'), person('Per-Olof Krantz', 'FP'), person('Ann-Sofie Moberg', 'S', None, 'tjänstgörande ersättare'),
             person('Mikael Strand', None, 'stadsarkitekt', 'övrig'), person('Erik Sand', None, 'bygglovhandläggare', 'övrig'), person('Birgitta Holm', None, None, 'sekreterare')]
    notes = ('Invented protokollsutdrag (Lillåsa kommun, byggnadsnämnden, 2007) -> kind "protokoll". Page 1 is the full front page (Beslutande / Övriga deltagande / '
             'Utses att justera / signatures / ANSLAG-BEVIS); "Paragrafer 79–94" refers to the whole meeting, but only § 87 is in this document, so items has one entry. '
             '"Dnr BN 2007.0312" is right of the § line, not part of the title. Decision = the text under "Byggnadsnämndens beslut" including the three numbered villkor, '
             'joined with newlines; "Upplysningar" (fee 14 850 kronor, validity) is not part of the decision. No "Förslag till beslut" printed -> proposal null. '
             'Presenter Erik Sand ("föredrar ärendet"). Attachments = the Beslutsunderlag lines. Stig Bäck is ledamot and justerare -> one entry "justerare". '
             'Sökande Jonas and Malin Ek are not participants. Times printed "kl 18.30-21.15".')
    save(name, p, 'protokoll', 'Byggnadsnämnden', '2007-09-12', '18:30', '21:15', 'Kommunhuset, Lillåsa, sessionssalen', items, parts, notes)
    return name


# ---------------------------------------------------------------- 7 kommunalförbund direktion 2013
def doc7():
    name = '07_skogsbygden_direktionen_2013-11-28_protokoll'
    def hdr(p):
        if p.page_no() == 1: p.set_y(18); return
        p.set_font('libertine', 'I', 9.5); p.set_xy(22, 11); p.cell(100, 5, 'Skogsbygdens Räddningstjänstförbund · Direktionen · 2013-11-28')
        p.set_line_width(0.15); p.line(22, 17, 188, 17); p.set_y(23)
    def ftr(p):
        p.set_font('libertine', '', 9); p.set_xy(22, p.h - 15); p.cell(80, 4, 'Justerare: ____________  ____________')
        p.set_xy(22, p.h - 15); p.cell(166, 4, f'– {p.page_no()} –', align='R')
    p = P('libertine', hdr, ftr, margins=(22, 20, 22), bottom=22)
    p.add_page()
    p.t('SKOGSBYGDENS RÄDDNINGSTJÄNSTFÖRBUND', 15, 'B', align='C'); p.gap(1)
    p.t('Protokoll fört vid direktionens sammanträde', 12, 'I', align='C'); p.gap(5)
    p.labelrow('Datum', '2013-11-28', 28, 11.5); p.labelrow('Tid', '13.00–15.30', 28, 11.5)
    p.labelrow('Plats', 'Brandstationen i Hallsjö, konferensrum Lågan', 28, 11.5); p.gap(4)
    roll = [('Ordförande', 'Anders Wiklund', 'S', 'Torviks kommun', 'ordförande'), ('Vice ordförande', 'Eva Hedin', 'M', 'Hallsjö kommun', 'vice ordförande'),
            ('Ledamot', 'Stefan Öhman', 'C', 'Brännbergs kommun', 'ledamot'), ('Ledamot', 'Maria Olausson', 'S', 'Hallsjö kommun', 'ledamot'),
            ('Ledamot', 'Kjell Rudberg', 'M', 'Torviks kommun', 'ledamot'), ('Tjänstgörande ersättare', 'Helén Ström', 'S', 'Brännbergs kommun', 'tjänstgörande ersättare')]
    p.t('Närvarande ledamöter', 11.5, 'B')
    for a, n, pa, o, _ in roll: p.t(f'{a} {n} ({pa}), {o}', 11)
    p.gap(2); p.t('Närvarande ersättare', 11.5, 'B'); p.t('Ersättare Bengt Nyqvist (KD), Torviks kommun', 11)
    p.gap(2); p.t('Övriga närvarande', 11.5, 'B'); p.t('Förbundsdirektör Jonas Åkerlund\nEkonom Sara Lindh, punkt 4–6\nSekreterare Ulrika Frost', 11)
    p.gap(4)
    items = []
    def pt(n, title, body, dec, pres=(), prop=None, att=()):
        if p.get_y() > p.h - 60: p.add_page()
        else: p.gap(6)
        p.set_font('libertine', 'B', 12.5); p.cell(24, 6, f'Punkt {n}'); p.multi_cell(0, 6, title, new_x='LMARGIN', new_y='NEXT'); p.gap(1.5)
        if body: p.t(body, 11, x=46)
        if att: p.gap(1.5); p.t('Bilaga: ' + '; '.join(att), 11, 'I', x=46)
        if prop: p.gap(1.5); p.t('Förslag till beslut: ' + prop, 11, x=46)
        if dec: p.gap(1.5); p.t(dec, 11, 'B', x=46)
        items.append(item(n, f'Punkt {n}', title, pres, None, prop, dec, att))
    pt(1, 'Mötets öppnande', 'Ordföranden Anders Wiklund hälsar välkommen och förklarar mötet öppnat kl 13.00.', None)
    pt(2, 'Val av justerare', None, 'Direktionen beslutar att utse Stefan Öhman att jämte ordföranden justera protokollet.')
    pt(3, 'Godkännande av dagordning', 'En tilläggspunkt om rekrytering av deltidsbrandmän tas upp under punkt 8.', 'Direktionen beslutar att godkänna dagordningen.')
    pt(4, 'Ekonomisk rapport per oktober 2013', 'Ekonom Sara Lindh redogör för det ekonomiska utfallet per oktober. Prognosen för helåret visar ett överskott om 310 000 kronor.',
       'Direktionen beslutar att godkänna den ekonomiska rapporten och lägga den till handlingarna.', ['Sara Lindh'])
    pt(5, 'Avtal om gemensam ledningscentral',
       'Förbundsdirektör Jonas Åkerlund föredrar ärendet. Förbundet har sedan 2011 samverkat med Räddningstjänsten Norra Älvdalen i en försöksverksamhet med gemensam ledning. '
       'Ett avtal för åren 2014–2017 har nu förhandlats fram. Förbundets andel av kostnaderna uppgår till 1 240 000 kronor per år.',
       'Direktionen beslutar att godkänna Samverkansavtal om gemensam ledningscentral 2014–2017 med Räddningstjänsten Norra Älvdalen, med en årlig kostnad för förbundet om 1 240 000 kronor, samt att uppdra åt förbundsdirektören att underteckna avtalet.',
       ['Jonas Åkerlund'], 'Direktionen godkänner Samverkansavtal om gemensam ledningscentral 2014–2017 med Räddningstjänsten Norra Älvdalen.',
       ['Samverkansavtal om gemensam ledningscentral 2014–2017'])
    pt(6, 'Budget 2014 och verksamhetsplan 2014–2016', 'Ekonom Sara Lindh redogör för förslaget. Medlemsavgifterna föreslås höjas med 2,1 procent.',
       'Direktionen beslutar att fastställa budget 2014 med en total medlemsavgift om 38 600 000 kronor, fördelad enligt förbundsordningen, samt att fastställa verksamhetsplan 2014–2016.',
       ['Sara Lindh'], None, ['Budget 2014 och verksamhetsplan 2014–2016'])
    pt(7, 'Handlingsprogram enligt lagen om skydd mot olyckor', 'Ett förslag till nytt handlingsprogram för förebyggande verksamhet och räddningstjänst har tagits fram.',
       'Direktionen beslutar att sända förslaget till handlingsprogram på remiss till medlemskommunerna med svar senast 2014-02-28.')
    pt(8, 'Förbundsdirektörens information', 'Förbundsdirektören Jonas Åkerlund informerar om rekryteringen av deltidsbrandmän i Brännberg, där tre nya brandmän anställts under hösten.',
       'Direktionen beslutar att lägga informationen till handlingarna.', ['Jonas Åkerlund'])
    pt(9, 'Mötets avslutande', 'Ordföranden tackar för visat intresse och förklarar mötet avslutat kl 15.30.', None)
    if p.get_y() > p.h - 75: p.add_page()
    p.gap(10)
    for lab_, nm in [('Vid protokollet', 'Ulrika Frost'), ('Justeras', 'Anders Wiklund, ordförande'), ('', 'Stefan Öhman')]:
        p.set_font('libertine', 'I', 11); p.cell(40, 12, lab_); p.cell(0, 12, '.................................................', new_x='LMARGIN', new_y='NEXT')
        p.set_x(62); p.set_font('libertine', '', 11); p.cell(0, 5, nm, new_x='LMARGIN', new_y='NEXT')
    parts = []
    for a, n, pa, o, r in roll:
        parts.append(person(n, pa, o, 'justerare' if n == 'Stefan Öhman' else r))
    parts += [person('Bengt Nyqvist', 'KD', 'Torviks kommun', 'ej tjänstgörande ersättare'), person('Jonas Åkerlund', None, 'förbundsdirektör', 'övrig'),
              person('Sara Lindh', None, 'ekonom', 'övrig'), person('Ulrika Frost', None, None, 'sekreterare')]
    notes = ('Invented kommunalförbund (Skogsbygdens Räddningstjänstförbund, members Torvik, Hallsjö, Brännberg); organ "Direktionen", association-style: förbund name only here. '
             'Items printed "Punkt N" followed by the title on the same line. Decision = the bold "Direktionen beslutar att …" sentence; Punkt 1 and 9 have no decision. '
             'Punkt 5 approves the agreement "Samverkansavtal om gemensam ledningscentral 2014–2017" (1 240 000 kronor per year) and has a "Förslag till beslut:" -> proposal; '
             'no other punkt prints a proposal. Presenters: Sara Lindh ("redogör", punkt 4 and 6), Jonas Åkerlund ("föredrar" punkt 5, "informerar" punkt 8). '
             'Attachments = "Bilaga:" lines. Start/end from "Tid 13.00–15.30" (also "öppnat kl 13.00"/"avslutat kl 15.30"). '
             'Roll is a list "Ordförande Anders Wiklund (S), Torviks kommun"; the member municipality is kept as organization; staff get their title as organization. '
             '"Närvarande ersättare" Bengt Nyqvist -> "ej tjänstgörande ersättare". Stefan Öhman (ledamot, chosen justerare in punkt 2) -> one entry "justerare".')
    save(name, p, 'protokoll', 'Direktionen', '2013-11-28', '13:00', '15:30', 'Brandstationen i Hallsjö, konferensrum Lågan', items, parts, notes)
    return name


# ---------------------------------------------------------------- 8 tjänsteskrivelse 2022
def doc8():
    name = '08_sjovalla_samhallsbyggnadsforvaltningen_2022-02-03_underlag'
    def hdr(p):
        p.set_font('libsans', 'B', 12); p.set_xy(20, 12); p.cell(80, 6, 'SJÖVALLA KOMMUN')
        p.set_font('libsans', '', 8.5); p.set_xy(20, 18); p.cell(80, 4, 'Samhällsbyggnadsförvaltningen')
        p.set_font('libsans', 'B', 10); p.set_xy(125, 12); p.cell(65, 5, 'TJÄNSTESKRIVELSE')
        p.set_font('libsans', '', 9); p.set_xy(125, 17); p.cell(65, 4, 'Datum 2022-02-03'); p.set_xy(125, 21); p.cell(65, 4, 'Dnr KS 2022/214')
        p.set_xy(170, 12); p.cell(20, 5, f'{p.page_no()}/{{nb}}', align='R'); p.set_y(32)
    def ftr(p):
        p.set_line_width(0.1); p.line(20, p.h - 18, 190, p.h - 18); p.set_font('libsans', '', 7)
        p.set_xy(20, p.h - 16); p.cell(170, 3.5, 'Sjövalla kommun · 462 80 Sjövalla · Besök: Storgatan 12 · Tfn 0521-33 40 00 · kommun@sjovalla.se · www.sjovalla.se')
    p = P('libsans', hdr, ftr, bottom=24)
    p.add_page()
    p.t('Handläggare\nElin Forsberg, planarkitekt\n0521-33 45 12', 9); p.gap(2)
    p.t('Kommunstyrelsens planeringsutskott', 10, 'B', x=110); p.gap(6)
    p.t('Planuppdrag för detaljplan för del av Sjövalla 3:45, Norra hamnen', 15, 'B'); p.gap(4)
    sec = lambda h, b: (p.t(h, 11, 'B'), p.t(b, 10.5), p.gap(3))
    sec('Förslag till beslut', 'Kommunstyrelsens planeringsutskott ger samhällsbyggnadsförvaltningen i uppdrag att upprätta förslag till detaljplan för del av Sjövalla 3:45, Norra hamnen.')
    sec('Sammanfattning', 'Norra hamnen AB har ansökt om planbesked för att pröva bostäder och verksamheter på den före detta hamnplanen. Förvaltningen bedömer att åtgärden är lämplig och förenlig med översiktsplanen.')
    sec('Bakgrund', 'Området har sedan 1990-talet använts för upplag och småbåtsuppställning. I Översiktsplan 2030, antagen av kommunfullmäktige 2019-06-17, § 64, pekas Norra hamnen ut som utvecklingsområde för blandad stadsbebyggelse. '
        'Sökanden avser att uppföra cirka 180 bostäder samt lokaler för handel i bottenplan.')
    sec('Ekonomiska konsekvenser', 'Planarbetet bekostas av sökanden genom planavtal. Förvaltningens kostnad för planarbetet beräknas till 450 000 kronor. Kommunens kostnader för utbyggnad av allmän plats beräknas till 6,2 miljoner kronor och ska regleras i ett exploateringsavtal.')
    sec('Tidplan', 'Samråd planeras till hösten 2022 och antagande till andra kvartalet 2023.')
    p.t('Beslutsunderlag', 11, 'B')
    p.t('– Tjänsteskrivelse 2022-02-03\n– Ansökan om planbesked, inkommen 2021-11-08\n– Karta över planområdet', 10.5); p.gap(3)
    p.t('Beslutet skickas till', 11, 'B'); p.t('Norra hamnen AB\nPlanenheten', 10.5); p.gap(8)
    p.t('Anders Kvist\nSamhällsbyggnadschef', 10.5); p.gap(4); p.t('Elin Forsberg\nPlanarkitekt', 10.5)
    notes = ('Invented tjänsteskrivelse (Sjövalla kommun, samhällsbyggnadsförvaltningen, 2022-02-03, Dnr KS 2022/214) -> kind "underlag": not a meeting document. '
             'organ and meeting_date null: it is addressed to "Kommunstyrelsens planeringsutskott" but names no meeting date; 2022-02-03 is the document date '
             '(used only in the file name). No numbered items -> items []. Handläggare Elin Forsberg and signatory Anders Kvist are authors, not a list of people '
             'present or called, so "participants" is omitted. The "Förslag till beslut" and "Beslutsunderlag" exist but belong to no item. '
             'Amounts in text: 450 000 kronor, 6,2 miljoner kronor (not annotated). "2019-06-17, § 64" is a reference to an old decision.')
    save(name, p, 'underlag', None, None, None, None, None, [], None, notes)
    return name


if __name__ == '__main__':
    for fnc in (doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8):
        fnc()
