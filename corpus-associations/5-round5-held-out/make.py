#!/usr/bin/env python3
"""Generator for assocset6: invented Swedish association meeting documents (PDF + gold JSON)."""
import json, os, re, subprocess, tempfile, copy, glob, shutil
from fpdf import FPDF
from PIL import Image, ImageFilter
import numpy as np

OUT = os.path.dirname(os.path.abspath(__file__))
DJ = '/usr/share/fonts/truetype/dejavu/'
TTF = {
 'DejaVuSans': ('DejaVuSans.ttf', 'DejaVuSans-Bold.ttf', 'DejaVuSans-Oblique.ttf', 'DejaVuSans-BoldOblique.ttf'),
 'DejaVuSerif': ('DejaVuSerif.ttf', 'DejaVuSerif-Bold.ttf', 'DejaVuSerif-Italic.ttf', 'DejaVuSerif-BoldItalic.ttf'),
 'DejaVuSansCondensed': ('DejaVuSansCondensed.ttf', 'DejaVuSansCondensed-Bold.ttf', 'DejaVuSansCondensed-Oblique.ttf', 'DejaVuSansCondensed-BoldOblique.ttf'),
 'DejaVuSerifCondensed': ('DejaVuSerifCondensed.ttf', 'DejaVuSerifCondensed-Bold.ttf', 'DejaVuSerifCondensed-Italic.ttf', 'DejaVuSerifCondensed-BoldItalic.ttf'),
 'DejaVuSansMono': ('DejaVuSansMono.ttf', 'DejaVuSansMono-Bold.ttf', 'DejaVuSansMono-Oblique.ttf', 'DejaVuSansMono-BoldOblique.ttf'),
}
CORE = ('Helvetica', 'Times', 'Courier')


def latin(o):
    """For core-font documents: make every string latin-1 safe, applied to the data
    BEFORE rendering and gold, so both hold the same characters."""
    if isinstance(o, str):
        return o.replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', "'")
    if isinstance(o, list):
        return [latin(x) for x in o]
    if isinstance(o, tuple):
        return tuple(latin(x) for x in o)
    if isinstance(o, dict):
        return {k: latin(v) for k, v in o.items()}
    return o


class P(FPDF):
    def __init__(self, spec):
        super().__init__(format='A4', unit='mm')
        self.spec = spec
        self.fam = spec['font']
        if self.fam in TTF:
            for st, fn in zip(('', 'B', 'I', 'BI'), TTF[self.fam]):
                self.add_font(self.fam, st, DJ + fn)
        l, t, r, b = spec.get('margins', (20, 20, 20, 20))
        self.set_margins(l, t, r)
        self.set_auto_page_break(True, margin=b)
        self.fs = spec.get('size', 11)
        self.lh = self.fs * 0.45 + 0.4

    def header(self):
        h = self.spec.get('header')
        if h:
            self.set_y(9)
            self.set_font(self.fam, '', 8)
            self.set_text_color(70, 70, 70)
            self.cell(0, 4, h.replace('{p}', str(self.page_no())), align=self.spec.get('header_align', 'R'))
            if self.spec.get('header_rule'):
                self.line(self.l_margin, 14, self.w - self.r_margin, 14)
            self.set_text_color(0, 0, 0)
            self.set_y(self.t_margin)

    def footer(self):
        f = self.spec.get('footer')
        if f:
            self.set_y(-14)
            self.set_font(self.fam, '', 8)
            self.set_text_color(70, 70, 70)
            self.cell(0, 4, f.replace('{p}', str(self.page_no())), align=self.spec.get('footer_align', 'C'))
            self.set_text_color(0, 0, 0)

    # ---- primitives
    def T(self, text, style='', size=None, align='L', indent=0, after=0.8, md=False):
        self.set_font(self.fam, style, size or self.fs)
        lh = (size or self.fs) * 0.45 + 0.4
        self.set_x(self.l_margin + indent)
        self.multi_cell(self.epw - indent, lh, text, align=align, markdown=md,
                        new_x='LMARGIN', new_y='NEXT')
        if after:
            self.ln(after)

    def KV(self, label, value, lw=22, style='B'):
        self.set_font(self.fam, style, self.fs)
        self.cell(lw, self.lh, label)
        self.set_font(self.fam, '', self.fs)
        self.multi_cell(self.epw - lw, self.lh, value, align='L', new_x='LMARGIN', new_y='NEXT')
        self.ln(0.6)

    def labelled(self, d, indent):
        """proposal/decision: {'label':..,'text': str|list}"""
        lab = d.get('label')
        txt = d['text']
        lines = txt if isinstance(txt, list) else [txt]
        for k, ln in enumerate(lines):
            if k == 0 and lab:
                if d.get('label_own_line'):
                    self.T(lab, 'B', indent=indent, after=0.3)
                    self.T(ln, indent=indent + d.get('sub', 0), after=0.3)
                else:
                    self.T('**' + lab + '** ' + ln, indent=indent, md=True, after=0.3)
            else:
                ind = indent + (d.get('sub', 0) if k > 0 or lab else 0)
                self.T(ln, indent=ind, after=0.3)
        self.ln(0.8)

    def item(self, it):
        s = self.spec
        mode = s.get('ih', 'inline')
        hs = s.get('ihs', 'B')
        punct = s.get('ipunct', '')
        hang = s.get('hang', 16)
        if self.will_page_break(self.lh * 3):
            self.add_page()
        self.ln(s.get('item_gap', 1.5))
        title = it['title'] + punct
        if mode == 'inline':
            self.T(it['pn'] + s.get('sep', ' ') + title, hs, after=0.6)
            ind = s.get('body_indent', 0)
        elif mode == 'next':
            self.T(it['pn'], hs, after=0.2)
            self.T(title, hs, after=0.6)
            ind = s.get('body_indent', 0)
        elif mode == 'hang':
            y = self.get_y()
            self.set_font(self.fam, hs, self.fs)
            self.cell(hang, self.lh, it['pn'])
            self.set_xy(self.l_margin + hang, y)
            self.multi_cell(self.epw - hang, self.lh, title, new_x='LMARGIN', new_y='NEXT')
            self.ln(0.6)
            ind = hang
        for p in it.get('body', []):
            self.T(p, indent=ind, md=True)
        if it.get('prop'):
            self.labelled(it['prop'], ind)
        for p in it.get('mid', []):
            self.T(p, indent=ind, md=True)
        if it.get('dec'):
            self.labelled(it['dec'], ind)
        for p in it.get('after', []):
            self.T(p, indent=ind, md=True)

    def sig(self, cols, top=None, gap=14):
        need = gap + 18 + (6 if top else 0)
        if self.will_page_break(need):
            self.add_page()
        self.ln(6)
        if top:
            self.T(top, after=2)
        n = len(cols)
        cw = self.epw / max(n, 2)
        y = self.get_y()
        self.set_font(self.fam, '', self.fs)
        for k, (lab, name) in enumerate(cols):
            x = self.l_margin + k * cw
            if lab:
                self.set_xy(x, y)
                self.set_font(self.fam, 'I' if self.spec.get('sig_italic') else '', self.fs)
                self.cell(cw - 4, self.lh, lab)
            self.line(x, y + gap, x + cw - 8, y + gap)
            self.set_xy(x, y + gap + 1)
            self.set_font(self.fam, '', self.fs)
            self.cell(cw - 4, self.lh, name)
        self.set_y(y + gap + 2 + self.lh * 1.5)


def render(spec, path):
    pdf = P(spec)
    pdf.add_page()
    for b in spec['blocks']:
        k = b[0]
        if k == 't':
            _, text, *rest = b
            opts = rest[0] if rest else {}
            pdf.T(text, **opts)
        elif k == 'g':
            pdf.ln(b[1])
        elif k == 'kv':
            pdf.KV(b[1], b[2], **(b[3] if len(b) > 3 else {}))
        elif k == 'i':
            pdf.item(b[1])
        elif k == 'sig':
            pdf.sig(b[1], **(b[2] if len(b) > 2 else {}))
        elif k == 'hr':
            pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
            pdf.ln(2)
        elif k == 'pb':
            pdf.add_page()
    pdf.output(path)
    return pdf.page_no()


def scanify(src, dst, style):
    tmp = tempfile.mkdtemp()
    subprocess.run(['pdftoppm', '-r', '150', '-gray', '-png', src, tmp + '/p'], check=True)
    pages = sorted(glob.glob(tmp + '/p*.png'))
    rng = np.random.default_rng(style['seed'])
    out = FPDF(format='A4', unit='mm')
    out.set_auto_page_break(False)
    for k, pg in enumerate(pages):
        img = Image.open(pg).convert('L')
        ang = style['angles'][k % len(style['angles'])]
        a = np.asarray(img).astype(np.float32)
        if style.get('photocopy'):
            # uneven typewriter ink: some glyph pixels lighter
            ink = a < 160
            a[ink] = a[ink] + rng.uniform(0, 70, a.shape)[ink]
            a = a * 0.80 + 30          # grey paper
            h, w = a.shape
            gx = np.linspace(-1, 1, w)[None, :]
            a = a - 35 * np.clip(np.abs(gx) - 0.82, 0, None) / 0.18  # dark copy edges
            a = a - 10 * np.linspace(0, 1, h)[:, None]
            sp = rng.random(a.shape) < 0.0008
            a[sp] = rng.uniform(20, 120, sp.sum())
        a = a + rng.normal(0, style.get('noise', 6), a.shape)
        img = Image.fromarray(np.clip(a, 0, 255).astype(np.uint8))
        img = img.rotate(ang, resample=Image.BICUBIC, expand=False,
                         fillcolor=int(style.get('fill', 235)))
        img = img.filter(ImageFilter.GaussianBlur(style.get('blur', 0.6)))
        jp = f'{tmp}/s{k}.jpg'
        img.save(jp, quality=style.get('q', 70))
        out.add_page()
        out.image(jp, x=0, y=0, w=210, h=297)
    out.output(dst)
    shutil.rmtree(tmp)


def norm(s):
    return re.sub(r'\s+', ' ', s).strip()


def build(spec):
    if spec['font'] in CORE:
        spec = latin(spec)
    name = spec['name']
    pdfp = f'{OUT}/{name}.pdf'
    if spec.get('scan'):
        tmpd = tempfile.mkdtemp()
        textpdf = f'{tmpd}/{name}.text.pdf'
        n = render(spec, textpdf)
        scanify(textpdf, pdfp, spec['scan'])
    else:
        textpdf = pdfp
        n = render(spec, pdfp)
    items = []
    for b in spec['blocks']:
        if b[0] != 'i':
            continue
        it = b[1]
        def flat(d):
            if not d:
                return None
            t = d['text']
            return ' '.join(t) if isinstance(t, list) else t
        items.append({
            'number': it['n'], 'printed_number': it['pn'], 'title': it['title'],
            'section': None, 'presenters': it.get('pres', []),
            'scheduled_time': it.get('time'), 'proposal': flat(it.get('prop')),
            'decision': flat(it.get('dec')), 'attachments': []})
    gold = {'file': name + '.pdf', 'kind': spec['kind'], 'organ': spec['organ'],
            'meeting_date': spec['date'], 'page_count': n, 'scanned': bool(spec.get('scan')),
            'meeting': {'start_time': spec['start'], 'end_time': spec['end'], 'location': spec['loc']},
            'items': items}
    if spec.get('parts') is not None:
        gold['participants'] = [{'name': p[0], 'party': None,
                                 'organization': p[2] if len(p) > 2 else None, 'role': p[1]}
                                for p in spec['parts']]
    gold['notes'] = spec['notes']
    with open(f'{OUT}/{name}.gold.json', 'w', encoding='utf-8') as f:
        json.dump(gold, f, ensure_ascii=False, indent=1)
    # ---- validation against the rendered text (pre-scan text PDF for scanned docs)
    txt = re.sub(r'\s+', '', subprocess.run(['pdftotext', textpdf, '-'], capture_output=True, text=True).stdout)
    norm = lambda s: re.sub(r'\s+', '', s)
    probs = []
    for it in items:
        for fld in ('printed_number', 'title', 'decision', 'proposal'):
            v = it[fld]
            if v and norm(v) not in txt:
                if fld in ('decision', 'proposal') and norm(v)[:40] in txt:
                    probs.append(f"(soft, page/column break?) {fld}: {it['printed_number']}")
                    continue
                probs.append(f"{fld} not found: {it['printed_number']} {v[:60]!r}")
    for p in gold.get('participants', []):
        last = p['name'].split()[-1]
        if last not in txt:
            probs.append('participant not found ' + p['name'])
    for v in (gold['meeting']['location'],):
        if v and norm(v) not in txt:
            probs.append('location not found ' + v)
    json.loads(open(f'{OUT}/{name}.gold.json', encoding='utf-8').read())
    if spec.get('scan'):
        chk = subprocess.run(['pdffonts', pdfp], capture_output=True, text=True).stdout
        if len(chk.strip().splitlines()) > 2:
            probs.append('scanned PDF has fonts!')
        shutil.rmtree(tmpd)
    print(f'{name}: {n} pages, {len(items)} items, scanned={bool(spec.get("scan"))}',
          'OK' if not probs else '')
    for p in probs:
        print('   PROBLEM', p)


def I(n, pn, title, body=None, prop=None, mid=None, dec=None, after=None, pres=None, time=None):
    d = {'n': n, 'pn': pn, 'title': title}
    if body: d['body'] = body
    if prop: d['prop'] = prop
    if mid: d['mid'] = mid
    if dec: d['dec'] = dec
    if after: d['after'] = after
    if pres: d['pres'] = pres
    if time: d['time'] = time
    return ('i', d)


def D(text, label=None, **kw):
    d = {'text': text, 'label': label}
    d.update(kw)
    return d

DOCS = []

# ---------------------------------------------------------------- 1 brf föreningsstämma
DOCS.append(dict(
 name='brf_kastanjen4_foreningsstamma_2024', kind='protokoll', organ='Föreningsstämma',
 date='2024-05-22', start='19:00', end='21:10',
 loc='Föreningslokalen, Lindvägen 12, källarplan',
 font='DejaVuSerif', size=10.5, margins=(24, 22, 22, 22),
 header='Bostadsrättsföreningen Kastanjen 4 · Org.nr 769612-4471', header_rule=True,
 footer='Sida {p} av {nb}', ih='inline', ihs='B',
 parts=[('Bertil Ahlqvist', 'ordförande'), ('Maria Lindgren', 'sekreterare'),
        ('Olof Svedberg', 'justerare'), ('Karin Ek', 'justerare')],
 notes=('Bostadsrättsföreningen Kastanjen 4 (org.nr 769612-4471), ordinarie föreningsstämma. '
        'Närvaro only as "31 röstberättigade medlemmar ... se bifogad röstlängd" (the röstlängd is not part of the PDF), '
        'so participants are the meeting officers named in the text: stämmoordförande (ordförande), protokollförare (sekreterare) '
        'and the two justerare; the board chair Helena Forsberg, kassör and revisor are named but not as present-list members and are not included. '
        'Start/end from "Tid: 19:00–21:10", consistent with "avslutad kl. 21.10" in § 20. '
        'Decisions are the sentences printed as decisions (no label); in § 14 the election sentence plus the listed names on separate lines are joined with spaces. '
        'Motions are separate § items (§ 17, § 18); "Styrelsens yttrande" is body text, "Styrelsens förslag:" is the proposal. '
        'In § 13 the reservation sentence after the decision is not part of the decision; in § 12 the sentence on board members not taking part is not part of the decision. '
        'No attachments are referenced by items.'),
 blocks=[
  ('t', 'Protokoll fört vid ordinarie föreningsstämma i Bostadsrättsföreningen Kastanjen 4', {'style': 'B', 'size': 13, 'after': 3}),
  ('kv', 'Datum:', 'Onsdagen den 22 maj 2024', {'lw': 26}),
  ('kv', 'Tid:', '19:00–21:10', {'lw': 26}),
  ('kv', 'Plats:', 'Föreningslokalen, Lindvägen 12, källarplan', {'lw': 26}),
  ('kv', 'Närvarande:', '31 röstberättigade medlemmar, varav 3 genom fullmakt, se bifogad röstlängd', {'lw': 26}),
  ('g', 3),
  I(1, '§ 1', 'Stämmans öppnande',
    body=['Styrelsens ordförande Helena Forsberg hälsade de närvarande välkomna och förklarade stämman öppnad.']),
  I(2, '§ 2', 'Val av stämmoordförande',
    dec=D('Stämman valde Bertil Ahlqvist till ordförande för stämman.')),
  I(3, '§ 3', 'Anmälan av stämmoordförandens val av protokollförare',
    body=['Stämmoordföranden anmälde att han utsett Maria Lindgren till protokollförare.'],
    dec=D('Stämman godkände anmälan.')),
  I(4, '§ 4', 'Godkännande av röstlängd',
    body=['Upprättad förteckning över närvarande medlemmar omfattade 31 röstberättigade, varav 3 genom fullmakt.'],
    dec=D('Stämman godkände röstlängden.')),
  I(5, '§ 5', 'Fastställande av dagordning',
    dec=D('Stämman fastställde den i kallelsen upptagna dagordningen.')),
  I(6, '§ 6', 'Val av två justerare tillika rösträknare',
    dec=D('Till att jämte stämmoordföranden justera protokollet samt att vara rösträknare valdes Olof Svedberg och Karin Ek.')),
  I(7, '§ 7', 'Frågan om stämman blivit i stadgeenlig ordning utlyst',
    body=['Kallelse anslogs i trapphusen och delades ut i medlemmarnas brevlådor den 2 maj 2024, vilket är i enlighet med stadgarna.'],
    dec=D('Stämman förklarade sig stadgeenligt utlyst.')),
  I(8, '§ 8', 'Genomgång av styrelsens årsredovisning',
    body=['Kassören Johan Pettersson föredrog årsredovisningen för räkenskapsåret 2023. Årets resultat uppgår till −184 312 kr, '
          'främst till följd av ökade räntekostnader och taxehöjningar för värme och vatten. Föreningens likviditet bedöms som god.'],
    dec=D('Årsredovisningen lades till handlingarna.'), pres=['Johan Pettersson']),
  I(9, '§ 9', 'Genomgång av revisorns berättelse',
    body=['Revisor Sofia Ringdahl föredrog revisionsberättelsen, som tillstyrker att resultat- och balansräkningen fastställs och att styrelsen beviljas ansvarsfrihet.'],
    dec=D('Revisionsberättelsen lades till handlingarna.'), pres=['Sofia Ringdahl']),
  I(10, '§ 10', 'Beslut om fastställande av resultat- och balansräkning',
    dec=D('Stämman beslutade att fastställa resultat- och balansräkningen för räkenskapsåret 2023.')),
  I(11, '§ 11', 'Beslut om resultatdisposition',
    prop=D('Att årets resultat, −184 312 kr, balanseras i ny räkning.', 'Styrelsens förslag:'),
    dec=D('Stämman beslutade i enlighet med styrelsens förslag.')),
  I(12, '§ 12', 'Fråga om ansvarsfrihet för styrelseledamöterna',
    dec=D('Stämman beviljade styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2023.'),
    after=['Det noterades att styrelsens ledamöter inte deltog i beslutet.']),
  I(13, '§ 13', 'Beslut om arvoden åt styrelseledamöter och revisorer för nästkommande verksamhetsår',
    prop=D('Oförändrat styrelsearvode om totalt ett prisbasbelopp att fördelas inom styrelsen, samt arvode till revisorn enligt godkänd räkning.',
           'Valberedningens förslag:'),
    mid=['**Yrkande:** Gunnar Malm yrkade att styrelsearvodet sänks till ett halvt prisbasbelopp.',
         'Votering begärdes. 14 röster för valberedningens förslag, 9 för Gunnar Malms yrkande. 8 avstod.'],
    dec=D('Stämman beslutade enligt valberedningens förslag.'),
    after=['Gunnar Malm reserverade sig mot beslutet.']),
  I(14, '§ 14', 'Val av styrelseledamöter och suppleanter',
    dec=D(['Stämman valde i enlighet med valberedningens förslag:',
           'Ledamöter för två år: Helena Forsberg (omval) och Ahmed Yousef (nyval)',
           'Ledamot för ett år, fyllnadsval: Lina Wästberg (nyval)',
           'Suppleanter för ett år: Tomas Ek (omval) och Agnes Holm (nyval)'], sub=6)),
  I(15, '§ 15', 'Val av revisor och revisorssuppleant',
    dec=D('Stämman valde Sofia Ringdahl, Ringdahl & Borg Revision AB, till revisor och Per Arvidsson till revisorssuppleant för tiden intill nästa ordinarie stämma.')),
  I(16, '§ 16', 'Val av valberedning',
    dec=D('Stämman valde Karin Ek (sammankallande) och Rune Östlund till valberedning.')),
  I(17, '§ 17', 'Motion 1 från Gunnar Malm om laddplatser för elbil',
    body=['Motionären föreslår att föreningen installerar sex laddplatser för elbil på parkeringen mot Lindvägen.',
          '**Styrelsens yttrande:** Styrelsen delar motionärens uppfattning om behovet men anser att kostnader, effektbehov och möjliga bidrag först bör utredas.'],
    prop=D('Att motionen anses besvarad.', 'Styrelsens förslag:'),
    dec=D('Stämman beslutade att anse motionen besvarad.')),
  I(18, '§ 18', 'Motion 2 från Eva och Lars Brink om hönshållning på gården',
    body=['**Styrelsens yttrande:** Styrelsen avstyrker motionen med hänvisning till föreningens ordningsregler och risken för skadedjur.'],
    prop=D('Att motionen avslås.', 'Styrelsens förslag:'),
    dec=D('Stämman beslutade att avslå motionen.')),
  I(19, '§ 19', 'Övriga frågor',
    body=['Frågan om rensning av övergivna cyklar i cykelrummet togs upp. Styrelsen återkommer med datum genom anslag.']),
  I(20, '§ 20', 'Stämmans avslutande',
    body=['Stämmoordföranden tackade för visat intresse och förklarade stämman avslutad kl. 21.10.']),
  ('sig', [('Vid protokollet', 'Maria Lindgren'), ('Stämmoordförande', 'Bertil Ahlqvist')]),
  ('sig', [('Justeras', 'Olof Svedberg'), ('Justeras', 'Karin Ek')]),
 ]))

# ---------------------------------------------------------------- 2 brf styrelsemöte
DOCS.append(dict(
 name='brf_solrosen_styrelsemote_2024-04', kind='protokoll', organ='Styrelsen',
 date='2024-04-09', start='18:30', end='20:15', loc='Styrelserummet, Solrosvägen 3',
 font='Helvetica', size=10, margins=(25, 20, 20, 22),
 footer='Brf Solrosen i Västerby, org.nr 716420-3398          {p}({nb})', footer_align='L',
 ih='hang', ihs='B', hang=14,
 parts=[('Ingrid Sjöberg', 'ordförande'), ('Mats Hedlund', 'vice ordförande'), ('Fatima Karimi', 'sekreterare'),
        ('Erik Lönn', 'ledamot'), ('Sara Öberg', 'justerare'), ('Niklas Brandt', 'ersättare'),
        ('Anders Wiik', 'övrig', 'Västerby Fastighetsförvaltning AB')],
 notes=('Brf Solrosen i Västerby (org.nr 716420-3398), styrelsemöte. Core Helvetica, so dashes are printed as hyphens. '
        'Roll printed one per line with roles: "ordf" -> ordförande, "vice ordf" -> vice ordförande, "sekr" -> sekreterare, '
        '"kassör" -> ledamot (kassör is not an allowed role), "suppleant" -> ersättare, adjungerad förvaltare -> övrig with his company as organization. '
        'Sara Öberg (ledamot) was chosen justerare in 2 § and has role justerare. Frånvarande Lena Holmgren is not a participant. '
        'Times from "Tid: ... kl 18.30-20.15" and "avslutade mötet kl 20.15". Numbering "1 §" in a hanging left column; '
        'in 8 § the reservation after the decision is not part of the decision. Page footer "1(2)" style. The decision of 10 § wraps across the page break (footer between the two parts).'),
 blocks=[
  ('t', 'PROTOKOLL fört vid styrelsesammanträde i Brf Solrosen i Västerby', {'style': 'B', 'size': 12.5, 'after': 3}),
  ('kv', 'Tid:', 'Tisdagen den 9 april 2024 kl 18.30-20.15', {'lw': 26}),
  ('kv', 'Plats:', 'Styrelserummet, Solrosvägen 3', {'lw': 26}),
  ('g', 1),
  ('t', 'Närvarande:', {'style': 'B', 'after': 0.3}),
  ('t', 'Ingrid Sjöberg, ordf\nMats Hedlund, vice ordf\nFatima Karimi, sekr\nErik Lönn, kassör\nSara Öberg, ledamot\n'
        'Niklas Brandt, suppleant\nAnders Wiik, Västerby Fastighetsförvaltning AB (adjungerad)', {'indent': 14, 'after': 1.5}),
  ('kv', 'Frånvarande:', 'Lena Holmgren, ledamot', {'lw': 26}),
  ('hr',),
  I(1, '1 §', 'Mötets öppnande', body=['Ordföranden öppnade mötet och hälsade alla välkomna.']),
  I(2, '2 §', 'Val av justerare',
    dec=D('Styrelsen beslutade att jämte ordföranden utse Sara Öberg att justera dagens protokoll.')),
  I(3, '3 §', 'Godkännande av dagordning', dec=D('Dagordningen godkändes.')),
  I(4, '4 §', 'Föregående protokoll',
    body=['Protokollet från sammanträdet den 12 mars 2024 gicks igenom.'],
    dec=D('Protokollet lades till handlingarna.')),
  I(5, '5 §', 'Ekonomisk rapport',
    body=['Kassören Erik Lönn redogjorde för det ekonomiska läget per den 31 mars. Likviditeten uppgår till 1 312 000 kr. '
          'Två medlemmar har avgifter som är mer än 30 dagar försenade; påminnelse har skickats.'],
    dec=D('Styrelsen beslutade att lägga rapporten till handlingarna.'), pres=['Erik Lönn']),
  I(6, '6 §', 'Förvaltarens rapport',
    body=['Anders Wiik informerade om pågående felanmälningar, den årliga OVK-besiktningen som genomförs vecka 17 samt att '
          'hissavtalet löper ut den 31 december 2024.'], pres=['Anders Wiik']),
  I(7, '7 §', 'Stambyte etapp 2',
    body=['Tre anbud har inkommit. Rörbolaget Nord AB har lämnat det mest fördelaktiga anbudet.'],
    dec=D('Styrelsen beslutade att ge ordföranden och kassören i uppdrag att teckna avtal med Rörbolaget Nord AB för etapp 2 till ett pris om högst 4 850 000 kr exkl. moms.')),
  I(8, '8 §', 'Höjning av årsavgiften',
    prop=D('Att höja årsavgiften med 8 procent från och med den 1 juli 2024.', 'Förslag till beslut:'),
    dec=D('Styrelsen beslutade enligt förslaget.', 'Beslut:'),
    after=['Mats Hedlund reserverade sig till förmån för en höjning med 5 procent.']),
  I(9, '9 §', 'Andrahandsuthyrning lgh 1203',
    body=['Ansökan från medlem om att hyra ut lägenheten i andra hand på grund av arbete på annan ort.'],
    dec=D('Styrelsen beslutade att bevilja andrahandsuthyrning under perioden 1 maj 2024 - 30 april 2025.')),
  I(10, '10 §', 'Medlemsärenden',
    dec=D('Styrelsen beslutade att anta Johanna Vik och Oskar Nyman som medlemmar i föreningen (lgh 1302).')),
  I(11, '11 §', 'Trädgårdsdag',
    body=['Vårens trädgårdsdag hålls lördagen den 11 maj kl 10.00. Sara Öberg ansvarar för inköp av växter.'],
    dec=D('Styrelsen beslutade att avsätta 6 000 kr till växter och fika.')),
  I(12, '12 §', 'Inkomna skrivelser',
    body=['Skrivelse från boende i trapphus B om störande ljud från tvättstugan efter kl 22. Förvaltaren kontaktar berörda.']),
  I(13, '13 §', 'Övriga frågor', body=['Inga övriga frågor.']),
  I(14, '14 §', 'Nästa möte', body=['Nästa styrelsemöte hålls tisdagen den 14 maj 2024 kl 18.30.']),
  I(15, '15 §', 'Mötets avslutande', body=['Ordföranden tackade de närvarande och avslutade mötet kl 20.15.']),
  ('sig', [('Sekreterare', 'Fatima Karimi')]),
  ('sig', [('Justeras', 'Ingrid Sjöberg, ordförande'), ('Justeras', 'Sara Öberg')]),
 ]))

# ---------------------------------------------------------------- 3 kårfullmäktige
KF_LED = ['Alva Nordin', 'Kasper Lund', 'Tilda Karlsson', 'Ella Mäkinen', 'Omar Haddad', 'Linnea Åberg', 'Viktor Sandell',
          'Maja Grön', 'Isak Hellström', 'Nora Bäckström', 'Felix Wallin', 'Amanda Rask', 'Hanna Lundell', 'Simon Åkerlund',
          'Julia Persson Tang', 'Edvin Norén', 'Klara Sjölund', 'Rasmus Ek', 'Sofie Dahlgren', 'Yusuf Demir', 'Matilda Frost']
KF_SUP = ['Oliver Jansson', 'Wilma Hedin']
DOCS.append(dict(
 name='studentkaren_nordvik_kf3_2024', kind='protokoll', organ='Kårfullmäktige',
 date='2024-11-14', start='17:18', end='21:40', loc='Kårhuset Nova, sal Gråsparven',
 font='DejaVuSansCondensed', size=9.5, margins=(20, 22, 20, 20),
 header='Studentkåren i Nordvik · Kårfullmäktige 2024/2025 · Protokoll KF 3', header_rule=True, header_align='L',
 footer='Sida {p} av {nb}', footer_align='R', ih='inline', ihs='B', sep=' ', item_gap=2,
 parts=[('Hugo Lindqvist', 'ordförande'), ('Elin Bergkvist', 'sekreterare')]
       + [(n, 'justerare' if n in ('Alva Nordin', 'Kasper Lund') else 'ledamot') for n in KF_LED]
       + [(n, 'tjänstgörande ersättare') for n in KF_SUP]
       + [('Vilma Strand', 'övrig'), ('Leo Hammar', 'övrig')],
 notes=('Studentkåren i Nordvik, Kårfullmäktige (KF), möte 3 verksamhetsåret 2024/2025. '
        'Header "Tid: 17:15–21:40" but § 1 says the meeting was declared open kl. 17.18; per GOLD.md the opening time in the minutes is used as start_time (17:18); end 21:40 in both. '
        'Sub-items 8.1–8.3 each carry their own heading and decision and are kept as separate items with number 8 (printed_number "8.1" etc.); the parent "§8. Fyllnadsval" is also an item (heading without decision). '
        'Participants: 21 ordinarie ledamöter (ledamot; the two justerare chosen in § 2 have role justerare), two tjänstgörande suppleanter (tjänstgörande ersättare), '
        'presidium mötesordförande (ordförande) and mötessekreterare (sekreterare); kårordförande and kassör listed as "Övriga närvarande" are övrig. '
        'Ajournering is recorded in the body of § 9 and is not an item. In § 9 the Yrkande, votering and reservation are not part of the decision. '
        'In § 11 the decision consists of two att-lines printed on separate lines, joined with a space. Interpellation in § 13 has no decision.'),
 blocks=[
  ('t', 'Protokoll, Kårfullmäktige möte 3 2024/2025', {'style': 'B', 'size': 14, 'after': 2}),
  ('kv', 'Datum:', '2024-11-14', {'lw': 18}),
  ('kv', 'Tid:', '17:15–21:40', {'lw': 18}),
  ('kv', 'Plats:', 'Kårhuset Nova, sal Gråsparven', {'lw': 18}),
  ('g', 1.5),
  ('t', '**Närvarande ordinarie ledamöter:** ' + ', '.join(KF_LED) + '.', {'md': True}),
  ('t', '**Tjänstgörande suppleanter:** ' + ', '.join(KF_SUP) + '.', {'md': True}),
  ('t', '**Presidium:** Hugo Lindqvist (mötesordförande), Elin Bergkvist (mötessekreterare).', {'md': True}),
  ('t', '**Övriga närvarande:** Vilma Strand (kårordförande, adjungerad), Leo Hammar (kassör, adjungerad).', {'md': True}),
  ('g', 2),
  I(1, '§1.', 'Mötets öppnande',
    body=['Mötesordförande Hugo Lindqvist förklarade mötet öppnat kl. 17.18.']),
  I(2, '§2.', 'Val av justerare tillika rösträknare',
    dec=D('Mötet valde Alva Nordin och Kasper Lund till justerare tillika rösträknare.')),
  I(3, '§3.', 'Mötets behöriga utlysande',
    body=['Kallelse och handlingar skickades ut till ledamöterna 2024-11-04, i enlighet med kårens reglemente.'],
    dec=D('Mötet förklarades behörigt utlyst.')),
  I(4, '§4.', 'Adjungeringar',
    dec=D('Mötet beslutade att adjungera Vilma Strand och Leo Hammar med närvaro- och yttranderätt.')),
  I(5, '§5.', 'Fastställande av föredragningslista',
    dec=D('Mötet beslutade att fastställa föredragningslistan.')),
  I(6, '§6.', 'Föregående mötesprotokoll',
    body=['Protokollet från KF 2 har justerats och publicerats.'],
    dec=D('Protokollet lades till handlingarna.')),
  I(7, '§7.', 'Meddelanden',
    body=['Kårordförande Vilma Strand informerade om att universitetet beslutat om nya öppettider i biblioteket under tentaperioden '
          'samt att kårens 60-årsjubileum firas i mars 2025.'], pres=['Vilma Strand']),
  I(8, '§8.', 'Fyllnadsval',
    body=['Valberedningens ordförande Amanda Rask presenterade valberedningens nomineringar.'], pres=['Amanda Rask']),
  I(8, '8.1', 'Val av vice kårordförande',
    dec=D('Mötet valde Jonatan Ekholm till vice kårordförande för tiden 2024-11-15 – 2025-06-30.')),
  I(8, '8.2', 'Val av ledamot i kårstyrelsen',
    dec=D('Mötet valde Saga Eklöf till ledamot i kårstyrelsen för resterande del av verksamhetsåret.')),
  I(8, '8.3', 'Val av revisorssuppleant',
    dec=D('Mötet valde Adam Sund till revisorssuppleant.')),
  I(9, '§9.', 'Budget för verksamhetsåret 2025',
    body=['Kassör Leo Hammar föredrog styrelsens budgetförslag. Intäkterna minskar på grund av lägre medlemsantal och '
          'ett minskat bidrag från universitetet.'],
    prop=D('att fastställa budget för verksamhetsåret 2025 med ett underskott om 85 000 kr.', 'Förslag till beslut:'),
    mid=['**Yrkande:** Ella Mäkinen yrkade att posten för sittningsbidrag till sektionerna höjs med 20 000 kr.',
         'Mötet ajournerades kl. 19.02–19.20 för överläggning.',
         'Votering begärdes. 14 röster för styrelsens förslag, 9 för Ella Mäkinens yrkande.'],
    dec=D('Mötet beslutade att fastställa budgeten enligt styrelsens förslag.'),
    after=['Ella Mäkinen och Omar Haddad reserverade sig mot beslutet.'], pres=['Leo Hammar']),
  I(10, '§10.', 'Proposition om ändrat reglemente för sektionsstöd',
    body=['Kårstyrelsen föreslår att stödet till sektionerna fördelas efter antal aktiva medlemmar i stället för antal registrerade studenter.'],
    prop=D('att anta reglementet för sektionsstöd i dess föreslagna lydelse.', 'Förslag till beslut:'),
    dec=D('Mötet beslutade att anta propositionen.')),
  I(11, '§11.', 'Motion om veganskt alternativ på alla sittningar',
    body=['Motion från Tilda Karlsson med två att-satser: att kåren verkar för att ett veganskt alternativ erbjuds på alla sittningar, '
          'samt att kåren subventionerar det veganska alternativet.',
          '**Styrelsens yttrande:** Styrelsen föreslår att första att-satsen bifalls och att den andra avslås.'],
    dec=D(['Mötet beslutade', 'att bifalla motionens första att-sats,', 'att avslå motionens andra att-sats.'], sub=6)),
  I(12, '§12.', 'Motion om studentpris på gymkort',
    body=['Motion från Viktor Sandell. Styrelsen avstyrker motionen då avtalet med gymmet löper till 2026.'],
    dec=D('Mötet beslutade att avslå motionen.')),
  I(13, '§13.', 'Interpellation om studiemiljön i Vallhallen',
    body=['Interpellation från Nora Bäckström. Vilma Strand redogjorde för styrelsens svar: frågan om fler grupprum har lyfts med fakulteten.'],
    pres=['Vilma Strand']),
  I(14, '§14.', 'Rapport från kårstyrelsen',
    body=['Kårstyrelsens rapport föredrogs av Vilma Strand.'],
    dec=D('Rapporten lades till handlingarna.'), pres=['Vilma Strand']),
  I(15, '§15.', 'Rapport från sektionerna',
    body=['Sektionerna för kemi och för data rapporterade om nollningens utvärdering.']),
  I(16, '§16.', 'Rapport från valberedningen',
    body=['Valberedningen söker fortfarande kandidater till valnämnden.']),
  I(17, '§17.', 'Övriga frågor',
    body=['Simon Åkerlund efterfrågade tydligare rutiner för lån av kårens släpvagn.']),
  I(18, '§18.', 'Nästa möte',
    body=['Nästa möte hålls 2024-12-12 kl. 17.15 i sal Gråsparven.']),
  I(19, '§19.', 'Mötets avslutande',
    body=['Mötesordförande Hugo Lindqvist förklarade mötet avslutat kl. 21.40.']),
  ('sig', [('Mötesordförande', 'Hugo Lindqvist'), ('Mötessekreterare', 'Elin Bergkvist')]),
  ('sig', [('Justerare', 'Alva Nordin'), ('Justerare', 'Kasper Lund')]),
 ]))

# ---------------------------------------------------------------- 4 scout kallelse
DOCS.append(dict(
 name='scoutkaren_tranberget_kallelse_arsmote_2025', kind='kallelse', organ='Årsmöte',
 date='2025-02-16', start='14:00', end='15:30', loc='Scoutstugan, Tranbergsvägen 40',
 font='Helvetica', size=11, margins=(25, 25, 25, 20), ih='inline', ihs='B', item_gap=0.8,
 parts=None,
 notes=('Scoutkåren Tranberget, kallelse with förslag till dagordning for the årsmöte. Core Helvetica; dashes printed as hyphens. '
        'No person is named anywhere (signed only "Styrelsen"), so the participants key is omitted. '
        'Time from the prose "kl. 14.00-15.30" (planned end). Short notes under items are body text; in item 11 "Styrelsens förslag:" is the proposal. '
        'No decisions (notice).'),
 blocks=[
  ('t', 'Välkommen till årsmöte i Scoutkåren Tranberget!', {'style': 'B', 'size': 16, 'after': 4}),
  ('t', 'Alla medlemmar, föräldrar och ledare kallas härmed till kårens årsmöte söndagen den 16 februari 2025 '
        'kl. 14.00-15.30 i Scoutstugan, Tranbergsvägen 40. Medlemmar som fyllt 12 år har rösträtt. '
        'Efter mötet bjuder vi på fika och delar ut årsstjärnor.', {'after': 4}),
  ('t', 'Förslag till dagordning', {'style': 'B', 'size': 12.5, 'after': 1}),
  I(1, '1.', 'Mötets öppnande'),
  I(2, '2.', 'Val av mötesordförande'),
  I(3, '3.', 'Val av mötessekreterare'),
  I(4, '4.', 'Val av två justerare tillika rösträknare'),
  I(5, '5.', 'Fråga om mötet utlysts i behörig ordning'),
  I(6, '6.', 'Fastställande av dagordning'),
  I(7, '7.', 'Styrelsens verksamhetsberättelse för 2024', body=['Finns på hemsidan och anslagen i scoutstugan.']),
  I(8, '8.', 'Ekonomisk redovisning för 2024'),
  I(9, '9.', 'Revisorernas berättelse'),
  I(10, '10.', 'Fråga om ansvarsfrihet för styrelsen'),
  I(11, '11.', 'Verksamhetsplan, budget och medlemsavgift för 2025',
    prop=D('oförändrad medlemsavgift, 450 kr per år och medlem.', 'Styrelsens förslag:')),
  I(12, '12.', 'Val av ordförande, kassör och övriga styrelseledamöter'),
  I(13, '13.', 'Val av revisorer'),
  I(14, '14.', 'Val av valberedning'),
  I(15, '15.', 'Inkomna motioner', body=['Motioner ska vara styrelsen tillhanda senast den 2 februari.']),
  I(16, '16.', 'Mötets avslutande'),
  ('g', 5),
  ('t', 'Handlingar finns på hemsidan från den 9 februari.'),
  ('t', 'Varmt välkomna!', {'after': 0.5}),
  ('t', 'Styrelsen', {'style': 'I'}),
 ]))

# ---------------------------------------------------------------- 5 vägsamfällighet 1978 (scanned, typewriter)
DOCS.append(dict(
 name='ravsta_vagsamfallighet_arsstamma_1978', kind='protokoll', organ='Årsstämma',
 date='1978-03-18', start='14:00', end='16:05', loc='Rävsta bygdegård',
 font='Courier', size=10.5, margins=(28, 24, 22, 22), ih='inline', ihs='', item_gap=2.5,
 scan={'seed': 1978, 'angles': [0.8, -0.55], 'photocopy': True, 'noise': 9, 'blur': 0.75, 'fill': 205, 'q': 55},
 parts=[('Stig Westerberg', 'ordförande'), ('Birgit Holmén', 'sekreterare'), ('Evert Sjödin', 'justerare'),
        ('Nils Kvarnström', 'justerare'), ('Gösta Lind', 'ledamot'), ('Allan Frisk', 'ledamot'),
        ('Gunnel Ås', 'ledamot'), ('Lennart Blom', 'ledamot'), ('Harald Öhrn', 'ledamot')],
 notes=('Rävsta vägsamfällighetsförening (samfällighetsförening for a private road), ordinarie årsstämma 1978. SCANNED: both pages are '
        'photocopy-like images (grey, rotated, typewriter font, all-caps headings), no text layer. organ written as "Årsstämma" '
        '(printed in caps "ORDINARIE ÅRSSTÄMMA"); titles kept in caps as printed. Roll printed as "Närvarande delägare" with '
        'property designations in parentheses; the designations are not organizations and are dropped, members are ledamot; '
        'Stig Westerberg chaired (ordförande), Birgit Holmén sekreterare, the two justeringsmän justerare. '
        'Start from "kl. 14.00" in the heading, end from "avslutad kl. 16.05" in § 14. '
        'Decisions: sentences beginning "Beslöts att" / "Stämman beslöt" / "Till ... valdes"; in § 10 two election sentences are joined. '
        'Votering line in § 12 is not part of the decision. Revisor reading the report ("upplästes av") counted as presenter.'),
 blocks=[
  ('t', 'RÄVSTA VÄGSAMFÄLLIGHETSFÖRENING', {'align': 'C', 'after': 4}),
  ('t', 'PROTOKOLL FÖRT VID ORDINARIE ÅRSSTÄMMA', {'align': 'C', 'after': 0.5}),
  ('t', 'lördagen den 18 mars 1978 kl. 14.00 i Rävsta bygdegård', {'align': 'C', 'after': 5}),
  ('t', 'Närvarande delägare:', {'after': 0.5}),
  ('t', 'Stig Westerberg (Rävsta 1:2)\nBirgit Holmén (Rävsta 1:9)\nEvert Sjödin (Rävsta 2:3)\n'
        'Nils Kvarnström (Kvarnbacken 1:1)\nGösta Lind (Rävsta 1:7)\nAllan Frisk (Rävsta 1:12)\n'
        'Gunnel Ås (Rävsta 2:1)\nLennart Blom (Kvarnbacken 1:4)\nHarald Öhrn (Rävsta 1:15)', {'indent': 10, 'after': 3}),
  I(1, '§ 1.', 'STÄMMANS ÖPPNANDE',
    body=['Föreningens ordförande Stig Westerberg hälsade de närvarande välkomna och förklarade stämman öppnad.']),
  I(2, '§ 2.', 'VAL AV ORDFÖRANDE OCH SEKRETERARE FÖR STÄMMAN',
    dec=D('Till ordförande för stämman valdes Stig Westerberg och till sekreterare Birgit Holmén.')),
  I(3, '§ 3.', 'VAL AV JUSTERINGSMÄN',
    dec=D('Att jämte ordföranden justera dagens protokoll valdes Evert Sjödin och Nils Kvarnström.')),
  I(4, '§ 4.', 'FRÅGA OM STÄMMANS BEHÖRIGA UTLYSANDE',
    body=['Kallelse har anslagits på anslagstavlan vid Rävsta vägskäl samt införts i Nya Länsbladet den 1 mars.'],
    dec=D('Stämman förklarades behörigen utlyst.')),
  I(5, '§ 5.', 'STYRELSENS BERÄTTELSE',
    body=['Sekreteraren Birgit Holmén föredrog styrelsens förvaltningsberättelse för år 1977.'],
    dec=D('Berättelsen godkändes och lades till handlingarna.'), pres=['Birgit Holmén']),
  I(6, '§ 6.', 'REVISORERNAS BERÄTTELSE',
    body=['Revisorernas berättelse upplästes av Allan Frisk. Revisorerna tillstyrkte ansvarsfrihet.'],
    dec=D('Berättelsen lades till handlingarna.'), pres=['Allan Frisk']),
  I(7, '§ 7.', 'FRÅGA OM ANSVARSFRIHET',
    dec=D('Beslöts att bevilja styrelsen full ansvarsfrihet för 1977 års förvaltning.')),
  I(8, '§ 8.', 'ERSÄTTNING TILL STYRELSE OCH REVISORER',
    dec=D('Beslöts att ersättningen skall vara oförändrad, 300 kronor till ordföranden och kassören samt 50 kronor till vardera revisorn.')),
  I(9, '§ 9.', 'STYRELSENS FÖRSLAG TILL UTGIFTS- OCH INTÄKTSSTAT',
    body=['Styrelsen föreslog en uttaxering av 2 kronor per andelstal för vägens underhåll och snöröjning. Efter diskussion:'],
    dec=D('Beslöts att fastställa utgifts- och intäktsstaten i enlighet med styrelsens förslag.')),
  I(10, '§ 10.', 'VAL AV STYRELSE',
    dec=D('Till ordinarie ledamöter för två år omvaldes Stig Westerberg och Evert Sjödin. Till suppleant för ett år nyvaldes Lennart Blom.')),
  I(11, '§ 11.', 'VAL AV REVISORER',
    dec=D('Till revisorer valdes Allan Frisk och Gunnel Ås med Harald Öhrn som suppleant.')),
  I(12, '§ 12.', 'GRUSNING AV BYVÄGEN',
    body=['Nils Kvarnström hade i en skrivelse begärt att byvägen mellan vägskälet och Kvarnbacken grusas. '
          'Gösta Lind yrkade att frågan bordläggs till nästa år.', 'Votering begärdes. 6 röster för, 3 emot.'],
    dec=D('Stämman beslöt att uppdra åt styrelsen att låta grusa byvägen mellan Rävsta vägskäl och Kvarnbacken under sommaren 1978.')),
  I(13, '§ 13.', 'ÖVRIGA FRÅGOR',
    body=['Frågan om belysning vid busshållplatsen diskuterades. Styrelsen skall undersöka kostnaden till nästa stämma.']),
  I(14, '§ 14.', 'STÄMMANS AVSLUTANDE',
    body=['Ordföranden tackade de närvarande och förklarade stämman avslutad kl. 16.05.']),
  ('sig', [('Vid protokollet:', 'Birgit Holmén')], {'gap': 12}),
  ('sig', [('Justeras:', 'Stig Westerberg'), ('', 'Evert Sjödin'), ('', 'Nils Kvarnström')], {'gap': 12}),
 ]))

# ---------------------------------------------------------------- 6 Röda Korset krets höstmöte (scanned modern)
DOCS.append(dict(
 name='rodakorset_tallmorakrets_hostmote_2024', kind='protokoll', organ='Höstmöte',
 date='2024-11-07', start='18:00', end='19:45', loc='Tallmora medborgarhus, lokal Linden',
 font='DejaVuSerif', size=10.5, margins=(25, 25, 22, 22), ih='inline', ihs='BU', sep='  ',
 scan={'seed': 2024, 'angles': [-0.4, 0.35], 'noise': 5, 'blur': 0.55, 'fill': 240, 'q': 72},
 parts=[('Margareta Lundin', 'ordförande'), ('Peter Olausson', 'sekreterare'), ('Ronja Falk', 'justerare')],
 notes=('Röda Korsets Tallmorakrets (local branch), höstmöte. SCANNED: both pages are slightly rotated greyscale images with no text layer. '
        'Attendance only as a count ("17 medlemmar"), so participants are the meeting officers named: Mötesordförande (ordförande), '
        'Sekreterare (sekreterare) and the one justerare. Item numbering "1)". Times from "kl 18.00–19.45". '
        'Decisions are sentences such as "Mötet valde ...", "Mötet godkände ...", "Mötet beslutade att ...". '
        'Presenters: Hassan Ali (föredrog, item 5) and Ulla Bäck (informerade, item 9).'),
 blocks=[
  ('t', 'Röda Korsets Tallmorakrets', {'style': 'B', 'size': 12, 'after': 1}),
  ('t', 'Protokoll från höstmöte', {'style': 'B', 'size': 15, 'after': 4}),
  ('kv', 'Tid:', 'Torsdagen den 7 november 2024, kl 18.00–19.45', {'lw': 40, 'style': ''}),
  ('kv', 'Plats:', 'Tallmora medborgarhus, lokal Linden', {'lw': 40, 'style': ''}),
  ('kv', 'Närvarande:', '17 medlemmar', {'lw': 40, 'style': ''}),
  ('kv', 'Mötesordförande:', 'Margareta Lundin', {'lw': 40, 'style': ''}),
  ('kv', 'Sekreterare:', 'Peter Olausson', {'lw': 40, 'style': ''}),
  ('kv', 'Justerare:', 'Ronja Falk', {'lw': 40, 'style': ''}),
  ('g', 3),
  I(1, '1)', 'Mötet öppnas', body=['Kretsordförande Margareta Lundin hälsade välkommen och öppnade mötet.']),
  I(2, '2)', 'Val av mötesordförande och sekreterare',
    dec=D('Mötet valde Margareta Lundin till ordförande och Peter Olausson till sekreterare för mötet.')),
  I(3, '3)', 'Val av justerare',
    dec=D('Att jämte ordföranden justera protokollet valdes Ronja Falk.')),
  I(4, '4)', 'Godkännande av kallelse och dagordning',
    dec=D('Mötet godkände kallelse och dagordning.')),
  I(5, '5)', 'Verksamhetsplan 2025',
    body=['Hassan Ali föredrog kretsstyrelsens förslag till verksamhetsplan med fokus på besöksverksamhet, läxhjälp och krisberedskap.'],
    dec=D('Mötet godkände verksamhetsplanen.'), pres=['Hassan Ali']),
  I(6, '6)', 'Budget 2025',
    prop=D('Att fastställa budget för 2025 med intäkter om 212 000 kr och kostnader om 208 500 kr.', 'Förslag till beslut:'),
    dec=D('Mötet beslutade att fastställa budgeten enligt förslaget.')),
  I(7, '7)', 'Val av kretsordförande för 2025',
    dec=D('Mötet valde Margareta Lundin till kretsordförande för 2025.')),
  I(8, '8)', 'Val av valberedning',
    dec=D('Mötet valde Ulla Bäck (sammankallande) och Jesper Sand till valberedning.')),
  I(9, '9)', 'Information om second hand-butiken',
    body=['Butiksansvarig Ulla Bäck informerade om att butiken har 24 aktiva volontärer och att försäljningen ökat med 11 procent jämfört med 2023.'],
    pres=['Ulla Bäck']),
  I(10, '10)', 'Julinsamling',
    dec=D('Mötet beslutade att genomföra julinsamling i Tallmora centrum lördagarna i december.')),
  I(11, '11)', 'Övriga frågor', body=['Inga övriga frågor anmäldes.']),
  I(12, '12)', 'Mötet avslutas',
    body=['Ordföranden tackade för ett engagerat möte och avslutade mötet kl 19.45.']),
  ('sig', [('Sekreterare', 'Peter Olausson'), ('Mötesordförande', 'Margareta Lundin')]),
  ('sig', [('Justerare', 'Ronja Falk')]),
 ]))

# ---------------------------------------------------------------- 7 hembygdsförening kallelse styrelsemöte
DOCS.append(dict(
 name='sorby_hembygdsforening_kallelse_styrelsemote_2025-03', kind='kallelse', organ='Styrelsen',
 date='2025-03-03', start='18:30', end=None, loc='Hembygdsgården (Gamla skolan), Sörby',
 font='Courier', size=10, margins=(25, 22, 20, 22), ih='next', ihs='B', item_gap=1.8,
 footer='Sörby hembygdsförening - Bildad 1927 - Org.nr 802433-1190', footer_align='C',
 parts=[('Ingvar Sahlin', 'ordförande'), ('Karin Stålhammar', 'vice ordförande'), ('Britt-Marie Nord', 'ledamot'),
        ('Ove Lindahl', 'sekreterare'), ('Elof Grahn', 'ledamot'), ('Märta Åkesson', 'ledamot'),
        ('Jan-Erik Bodin', 'ersättare'), ('Gustav Ekman', 'övrig', 'Länsbygg')],
 notes=('Sörby hembygdsförening, kallelse och dagordning till styrelsemöte. Core Courier; dashes printed as hyphens. '
        'Item number ("Ärende 1") on its own line, title on the next line. Participants are the "Kallade" list: kassör -> ledamot, '
        'suppleant -> ersättare; Gustav Ekman is invited for ärende 10 only (adjungerad) -> övrig with organization "Länsbygg". '
        'Start 18:30 from prose (coffee from 18.00 is not the meeting start); no end time. Ärende 10 has "Ca kl. 19.30" -> scheduled_time 19:30. '
        'Presenters where the note says redovisar/informerar/redogör. "Förslag till beslut:" lines are proposals; in ärende 8 the proposal '
        'contains a line break inside one att-clause which is joined with a space.'),
 blocks=[
  ('t', 'SÖRBY HEMBYGDSFÖRENING', {'style': 'B', 'after': 6}),
  ('t', 'KALLELSE TILL STYRELSEMÖTE', {'style': 'BU', 'size': 12, 'after': 3}),
  ('t', 'Styrelsen kallas till sammanträde måndagen den 3 mars 2025 kl. 18.30 i Hembygdsgården (Gamla skolan), Sörby. '
        'Kaffe serveras från kl. 18.00.', {'after': 3}),
  ('t', 'Kallade:', {'style': 'B', 'after': 0.5}),
  ('t', 'Ingvar Sahlin, ordförande\nKarin Stålhammar, vice ordförande\nBritt-Marie Nord, kassör\nOve Lindahl, sekreterare\n'
        'Elof Grahn, ledamot\nMärta Åkesson, ledamot\nJan-Erik Bodin, suppleant', {'indent': 8, 'after': 1.5}),
  ('t', 'Adjungerad under ärende 10: Gustav Ekman, byggnadsvårdare, Länsbygg', {'after': 1.5}),
  ('t', 'Förhinder anmäls till Ove Lindahl.', {'after': 4}),
  ('t', 'DAGORDNING', {'style': 'B', 'after': 1}),
  I(1, 'Ärende 1', 'Mötets öppnande'),
  I(2, 'Ärende 2', 'Val av justerare'),
  I(3, 'Ärende 3', 'Godkännande av dagordning'),
  I(4, 'Ärende 4', 'Föregående protokoll', body=['Protokoll från mötet den 3 februari 2025.']),
  I(5, 'Ärende 5', 'Ekonomisk rapport',
    body=['Britt-Marie Nord redovisar utfallet för januari-februari.'], pres=['Britt-Marie Nord']),
  I(6, 'Ärende 6', 'Bokslut och årsredovisning 2024',
    prop=D('att godkänna bokslutet och överlämna det till revisorerna.', 'Förslag till beslut:')),
  I(7, 'Ärende 7', 'Förberedelser inför årsmötet den 23 mars',
    body=['Kallelse, verksamhetsberättelse och valberedningens förslag. Fördelning av uppgifter.']),
  I(8, 'Ärende 8', 'Digitalisering av fotoarkivet',
    body=['Elof Grahn informerar om offert från Arkivbild AB.'],
    prop=D(['att anta offerten om 38 500 kr, under förutsättning', 'att bidrag från kulturnämnden beviljas.'],
           'Förslag till beslut:', sub=0), pres=['Elof Grahn']),
  I(9, 'Ärende 9', 'Valborgsmässoafton på hembygdsgården', body=['Ansvarsfördelning för brasa, kör och servering.']),
  I(10, 'Ärende 10', 'Hembygdsgårdens tak',
    body=['Ca kl. 19.30. Byggnadsvårdare Gustav Ekman redogör för besiktningen av spåntaket.'],
    pres=['Gustav Ekman'], time='19:30'),
  I(11, 'Ärende 11', 'Övriga frågor'),
  I(12, 'Ärende 12', 'Nästa möte'),
  I(13, 'Ärende 13', 'Mötets avslutande'),
  ('g', 6),
  ('t', 'Sörby den 20 februari 2025', {'after': 8}),
  ('t', 'Ove Lindahl\nsekreterare'),
 ]))

# ---------------------------------------------------------------- 8 ryttarförening konstituerande
DOCS.append(dict(
 name='kvarnbackens_ryttarforening_konstituerande_2024', kind='protokoll', organ='Styrelsen',
 date='2024-03-10', start='17:30', end='18:45', loc='Ridhusets cafeteria, Kvarnbäcken',
 font='DejaVuSerifCondensed', size=11, margins=(22, 20, 22, 20), ih='next', ihs='B', item_gap=2,
 header='Kvarnbäckens Ryttarförening', header_align='L',
 footer='{p}', footer_align='C',
 parts=[('Maja Engström', 'ordförande'), ('Rebecka Holm', 'vice ordförande'), ('Jonas Thörn', 'sekreterare'),
        ('Ida Franzén', 'justerare'), ('Moa Lindkvist', 'ledamot'), ('Camilla Strömberg', 'ersättare')],
 notes=('Kvarnbäckens Ryttarförening, konstituerande styrelsemöte after the årsmöte; organ "Styrelsen". "Punkt N" on its own line with title on next line. '
        'Participants from the comma-separated Närvarande line: Maja Engström ordförande (elected by årsmötet and chairing), '
        'Rebecka Holm elected vice ordförande in punkt 3 -> vice ordförande, Jonas Thörn elected sekreterare and writes the minutes -> sekreterare, '
        'Ida Franzén (kassör, justerare in punkt 2) -> justerare, ungdomsrepresentant -> ledamot, suppleant -> ersättare. '
        'Decisions printed as "Beslut: Att ..." with further att-clauses on separate lines; gold joins the lines with a space and drops the label. '
        'Times from "Tid: 17.30–18.45".'),
 blocks=[
  ('t', 'Protokoll från konstituerande sammanträde', {'style': 'B', 'size': 14, 'after': 1}),
  ('t', 'Styrelsen för Kvarnbäckens Ryttarförening', {'size': 12, 'after': 3}),
  ('kv', 'Datum:', '2024-03-10', {'lw': 28}),
  ('kv', 'Tid:', '17.30–18.45', {'lw': 28}),
  ('kv', 'Plats:', 'Ridhusets cafeteria, Kvarnbäcken', {'lw': 28}),
  ('kv', 'Närvarande:', 'Maja Engström, Rebecka Holm, Jonas Thörn, Ida Franzén, Moa Lindkvist (ungdomsrepresentant), Camilla Strömberg (suppleant)', {'lw': 28}),
  ('g', 2),
  I(1, 'Punkt 1', 'Öppnande',
    body=['Maja Engström, vald till ordförande av årsmötet den 25 februari 2024, hälsade välkommen och öppnade mötet.']),
  I(2, 'Punkt 2', 'Val av justerare',
    dec=D('Att utse Ida Franzén att jämte ordföranden justera protokollet.', 'Beslut:')),
  I(3, 'Punkt 3', 'Konstituering',
    body=['Årsmötet valde ordförande. Övriga poster fördelas inom styrelsen.'],
    dec=D(['Att välja Rebecka Holm till vice ordförande,', 'att välja Ida Franzén till kassör,',
           'att välja Jonas Thörn till sekreterare.'], 'Beslut:', sub=14)),
  I(4, 'Punkt 4', 'Firmatecknare',
    dec=D('Att föreningens firma tecknas av ordförande Maja Engström och kassör Ida Franzén, var för sig.', 'Beslut:')),
  I(5, 'Punkt 5', 'Attesträtt och bankbehörighet',
    dec=D(['Att ordförande och kassör var för sig har attesträtt upp till 25 000 kr,',
           'att belopp därutöver attesteras av två i förening,',
           'att kassören ges behörighet till föreningens bankkonton och Swish.'], 'Beslut:', sub=14)),
  I(6, 'Punkt 6', 'Ansvarsområden',
    body=['Anläggning och ridhus: Jonas Thörn\nTävling: Rebecka Holm\nUngdomsverksamhet: Moa Lindkvist\nMedlemsregister och hemsida: Camilla Strömberg'],
    dec=D('Att fastställa ansvarsfördelningen enligt ovan.', 'Beslut:')),
  I(7, 'Punkt 7', 'Mötesplan för 2024',
    dec=D('Att styrelsen sammanträder första måndagen varje månad utom juli, kl. 18.00.', 'Beslut:')),
  I(8, 'Punkt 8', 'Ungdomssektionen',
    body=['Moa Lindkvist informerade om ungdomssektionens planer på en lokal hopptävling i maj.'], pres=['Moa Lindkvist']),
  I(9, 'Punkt 9', 'Övriga frågor',
    body=['Hovslagarens nya prislista diskuterades. Frågan tas upp på nästa möte.']),
  I(10, 'Punkt 10', 'Nästa möte', body=['Måndagen den 1 april 2024 kl. 18.00 i ridhusets cafeteria.']),
  I(11, 'Punkt 11', 'Avslutning', body=['Ordföranden tackade och avslutade mötet kl. 18.45.']),
  ('sig', [('Sekreterare', 'Jonas Thörn'), ('Ordförande', 'Maja Engström')]),
  ('sig', [('Justerare', 'Ida Franzén')]),
 ]))

# ---------------------------------------------------------------- 9 Finland-Swedish choir vårmöte
SJ = [('Gunilla Backman', 'ordf.'), ('Henrik Sjöholm', 'sekr.'), ('Tove Lindroos', None), ('Mikael Granqvist', 'kassör'),
      ('Eva-Stina Holmberg', None), ('Pia Wikström', None), ('Johan Nyberg', None), ('Frida Mattsson', None),
      ('Anders Björklund', None), ('Helena Forsman', None), ('Kim Sundqvist', None), ('Lotta Ekroos', None)]
DOCS.append(dict(
 name='blandade_koren_sjovinden_varmote_2024', kind='protokoll', organ='Vårmöte',
 date='2024-03-15', start='18:07', end='19:52', loc='Församlingshemmet i Åsnäs, Strandvägen 7',
 font='Times', size=11.5, margins=(25, 22, 25, 22), ih='inline', ihs='B', item_gap=2,
 header='Blandade kören Sjövinden r.f.          FO-nummer 1843920-7', header_align='R',
 footer='{p}/{nb}', footer_align='R',
 parts=[('Gunilla Backman', 'ordförande'), ('Henrik Sjöholm', 'sekreterare'), ('Tove Lindroos', 'justerare'),
        ('Mikael Granqvist', 'ledamot'), ('Eva-Stina Holmberg', 'ledamot'), ('Pia Wikström', 'ledamot'),
        ('Johan Nyberg', 'justerare'), ('Frida Mattsson', 'ledamot'), ('Anders Björklund', 'ledamot'),
        ('Helena Forsman', 'ledamot'), ('Kim Sundqvist', 'ledamot'), ('Lotta Ekroos', 'ledamot'),
        ('Sanna Rosenlund', 'övrig')],
 notes=('Blandade kören Sjövinden r.f. (Finland-Swedish registered association), vårmöte. Core Times; dashes printed as hyphens. '
        'Date printed "15.3.2024". "Tid: 15.3.2024 kl. 18.00" is the called time, but item 1 says "Mötet öppnades kl. 18.07", which is used as start_time; '
        'end 19:52 from "Mötet avslutades kl. 19.52". Participants: all members in the Närvarande list (ledamot), with ordf. -> ordförande, '
        'sekr. -> sekreterare (also elected in item 3), kassör -> ledamot, the two protokolljusterare -> justerare; körledare (adjungerad) -> övrig. '
        'Item 3 elects several officers; both sentences are the decision. Item 8: the votering and the "avvikande åsikt" note are not part of the decision. '
        'Item 9 has a decision with two att-clauses in one sentence.'),
 blocks=[
  ('t', 'VÅRMÖTE FÖR BLANDADE KÖREN SJÖVINDEN R.F.', {'style': 'B', 'size': 13, 'align': 'C', 'after': 1}),
  ('t', 'Protokoll', {'style': 'I', 'size': 12, 'align': 'C', 'after': 5}),
  ('kv', 'Tid:', '15.3.2024 kl. 18.00', {'lw': 24}),
  ('kv', 'Plats:', 'Församlingshemmet i Åsnäs, Strandvägen 7', {'lw': 24}),
  ('kv', 'Närvarande:', ', '.join(n + (f' ({r})' if r else '') for n, r in SJ) + '; körledare Sanna Rosenlund (adjungerad)', {'lw': 24}),
  ('g', 3),
  I(1, '1.', 'Mötets öppnande', body=['Mötet öppnades kl. 18.07 av ordförande Gunilla Backman.']),
  I(2, '2.', 'Mötets laglighet och beslutförhet',
    body=['Kallelsen har skickats per e-post och publicerats i Åsnäs Tidning 1.3.2024 i enlighet med stadgarna.'],
    dec=D('Mötet konstaterades lagligen sammankallat och beslutfört.')),
  I(3, '3.', 'Val av mötesfunktionärer',
    dec=D('Till ordförande för mötet valdes Gunilla Backman och till sekreterare Henrik Sjöholm. '
          'Till protokolljusterare tillika rösträknare valdes Tove Lindroos och Johan Nyberg.')),
  I(4, '4.', 'Godkännande av föredragningslistan', dec=D('Föredragningslistan godkändes.')),
  I(5, '5.', 'Verksamhetsberättelse för år 2023',
    body=['Henrik Sjöholm föredrog verksamhetsberättelsen.'],
    dec=D('Mötet godkände verksamhetsberättelsen.'), pres=['Henrik Sjöholm']),
  I(6, '6.', 'Bokslut och verksamhetsgranskarens utlåtande',
    body=['Kassör Mikael Granqvist presenterade bokslutet, som visar ett överskott på 1 284,50 euro. '
          'Verksamhetsgranskaren Barbro Lindells utlåtande lästes upp.'], pres=['Mikael Granqvist']),
  I(7, '7.', 'Fastställande av bokslutet och beviljande av ansvarsfrihet',
    dec=D('Mötet fastställde bokslutet och beviljade styrelsen och övriga redovisningsskyldiga ansvarsfrihet för år 2023.')),
  I(8, '8.', 'Körresa till Tallinn i september',
    prop=D('att körresan genomförs 20-22.9.2024 med en egenavgift om 180 euro per person.', 'Styrelsens förslag:'),
    mid=['Lotta Ekroos föreslog att resan skjuts upp till våren 2025. Votering begärdes. 9 röster för styrelsens förslag, 3 emot.'],
    dec=D('Mötet beslutade enligt styrelsens förslag.'),
    after=['Lotta Ekroos anmälde avvikande åsikt.']),
  I(9, '9.', 'Jubileumskonsert 40 år',
    body=['Körledare Sanna Rosenlund informerade om repertoaren för jubileumskonserten 24.11.2024.'],
    dec=D('Mötet beslutade att konserten hålls i Åsnäs kyrka och att inträdet är 15 euro.'), pres=['Sanna Rosenlund']),
  I(10, '10.', 'Medlemsavgift för hösten 2024',
    dec=D('Beslöts att medlemsavgiften hålls oförändrad, 60 euro per termin.')),
  I(11, '11.', 'Ansökan om verksamhetsunderstöd',
    dec=D('Beslöts att styrelsen ansöker om verksamhetsunderstöd av Åsnäs kommun för år 2025.')),
  I(12, '12.', 'Övriga ärenden',
    body=['Frida Mattsson påminde om städtalkot i församlingshemmet 6.4.2024.']),
  I(13, '13.', 'Mötets avslutande',
    body=['Ordföranden tackade de närvarande. Mötet avslutades kl. 19.52.']),
  ('g', 3),
  ('t', 'Åsnäs 15.3.2024'),
  ('sig', [('', 'Gunilla Backman, ordförande'), ('', 'Henrik Sjöholm, sekreterare')], {'gap': 10}),
  ('sig', [('Protokollet justerat 18.3.2024', 'Tove Lindroos'), ('', 'Johan Nyberg')], {'gap': 12}),
 ]))

# ---------------------------------------------------------------- 10 föräldrakooperativ kallelse extra föreningsstämma
DOCS.append(dict(
 name='humlebo_foraldrakooperativ_kallelse_extra_stamma_2025', kind='kallelse', organ='Extra föreningsstämma',
 date='2025-01-28', start='19:00', end='20:30', loc='Förskolans matsal, Humlegårdsvägen 9 (ingång från gården)',
 font='DejaVuSans', size=10, margins=(22, 24, 22, 20), ih='inline', ihs='B', item_gap=1.6,
 header='Föräldrakooperativet Humlebo ek. för. · Org.nr 769630-5512', header_align='C',
 parts=None,
 notes=('Föräldrakooperativet Humlebo ek. för. (economic association running a parent-cooperative preschool), kallelse with '
        '"Dagordning för extra föreningsstämma". organ taken as printed "Extra föreningsstämma". No list of called persons '
        '(all members are called); the only names are proposed officers/presenters, so the participants key is omitted. '
        'Under item 8 the lettered sub-points a) and b) are headings without decisions and are NOT separate items. '
        '"Styrelsens förslag:" / "Förslag till beslut:" texts are proposals; in item 8 the two att-lines are joined with a space. '
        'Times from "Tid: 19.00–20.30".'),
 blocks=[
  ('t', 'Kallelse till extra föreningsstämma', {'style': 'B', 'size': 15, 'after': 3}),
  ('t', 'Medlemmarna i Föräldrakooperativet Humlebo ek. för. kallas härmed till extra föreningsstämma.', {'after': 2}),
  ('kv', 'Datum:', 'tisdagen den 28 januari 2025', {'lw': 24}),
  ('kv', 'Tid:', '19.00–20.30', {'lw': 24}),
  ('kv', 'Plats:', 'Förskolans matsal, Humlegårdsvägen 9 (ingång från gården)', {'lw': 24}),
  ('kv', 'Anledning:', 'Styrelsen föreslår att förskolan utökas med en fjärde avdelning samt att stadgarna ändras.', {'lw': 24}),
  ('g', 3),
  ('t', 'Dagordning för extra föreningsstämma', {'style': 'BU', 'size': 12, 'after': 1.5}),
  I(1, '1.', 'Stämmans öppnande'),
  I(2, '2.', 'Val av ordförande för stämman', prop=D('Kerstin Dahl.', 'Styrelsens förslag:')),
  I(3, '3.', 'Val av protokollförare'),
  I(4, '4.', 'Val av två justerare tillika rösträknare'),
  I(5, '5.', 'Fastställande av röstlängd'),
  I(6, '6.', 'Fråga om stämman blivit behörigen sammankallad'),
  I(7, '7.', 'Godkännande av dagordning'),
  I(8, '8.', 'Utökning med en fjärde avdelning',
    body=['Verksamhetschef Lovisa Berg och kassör Axel Nordqvist redogör för underlaget.',
          'a) Lokal och hyresavtal', 'b) Personal och ekonomi'],
    prop=D(['att förskolan utökas med en avdelning för barn 1–3 år från och med den 1 augusti 2025,',
            'att styrelsen ges i uppdrag att teckna hyresavtal för lokalen på Humlegårdsvägen 11.'],
           'Förslag till beslut:', label_own_line=True, sub=6), pres=['Lovisa Berg', 'Axel Nordqvist']),
  I(9, '9.', 'Ändring av stadgarna § 6 och § 11 (första beslutet)',
    body=['Ändringen kräver likalydande beslut vid två på varandra följande stämmor, varav en ordinarie.'],
    prop=D('att anta styrelsens förslag till nya lydelser av § 6 och § 11.', 'Förslag till beslut:')),
  I(10, '10.', 'Stämmans avslutande'),
  ('g', 5),
  ('t', 'Handlingar finns på förskolans hemsida och i hallen från den 14 januari.'),
  ('t', 'Medlem får företrädas av ombud med skriftlig, daterad fullmakt. Varje medlemsfamilj har en röst.', {'after': 4}),
  ('t', 'Välkomna!', {'style': 'B'}),
  ('t', 'Humlebo den 10 januari 2025\nStyrelsen'),
 ]))


if __name__ == '__main__':
    import sys
    only = sys.argv[1:]
    for s in DOCS:
        if not only or s['name'] in only:
            build(copy.deepcopy(s))
