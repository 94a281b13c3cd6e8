"""Generator for held-out set assocset3: 10 Swedish association meeting documents + gold."""
import json, os, random
from fpdf import FPDF

OUT = os.path.dirname(os.path.abspath(__file__))
DV = '/usr/share/fonts/truetype/dejavu/'
CORE = {'Helvetica', 'Times', 'Courier'}


def san(t):
    for a, b in [('–', '-'), ('—', '-'), ('’', "'"), ('“', '"'), ('”', '"'), ('…', '...')]:
        t = t.replace(a, b)
    return t


class Doc(FPDF):
    def __init__(s, font, size, hdr=None, ftr=None, lm=22, tm=20, lh=None):
        super().__init__(format='A4')
        s.fn, s.base, s.hdr, s.ftr = font, size, hdr, ftr
        s.lh = lh or size * 0.48
        if font == 'DejaVuSans':
            for st, f in [('', 'DejaVuSans'), ('B', 'DejaVuSans-Bold'), ('I', 'DejaVuSans-Oblique'), ('BI', 'DejaVuSans-BoldOblique')]:
                s.add_font('DejaVuSans', st, DV + f + '.ttf')
        if font == 'DejaVuSerif':
            for st, f in [('', 'DejaVuSerif'), ('B', 'DejaVuSerif-Bold'), ('I', 'DejaVuSerif-Italic'), ('BI', 'DejaVuSerif-BoldItalic')]:
                s.add_font('DejaVuSerif', st, DV + f + '.ttf')
        if font == 'DejaVuSansCondensed':
            for st, f in [('', 'DejaVuSansCondensed'), ('B', 'DejaVuSansCondensed-Bold'), ('I', 'DejaVuSansCondensed-Oblique'), ('BI', 'DejaVuSansCondensed-BoldOblique')]:
                s.add_font('DejaVuSansCondensed', st, DV + f + '.ttf')
        s.set_margins(lm, tm, lm)
        s.set_auto_page_break(True, 22)
        s.alias_nb_pages()
        s.add_page()

    def T(s, t):
        return san(t) if s.fn in CORE else t

    def header(s):
        if s.hdr:
            s.hdr(s)

    def footer(s):
        if s.ftr:
            s.ftr(s)

    def f(s, style='', size=None):
        s.set_font(s.fn, style, size or s.base)

    def para(s, text, style='', size=None, indent=0, after=1.5, align='L', md=False):
        s.f(style, size)
        s.set_x(s.l_margin + indent)
        s.multi_cell(s.epw - indent, s.lh, s.T(text), align=align, new_x='LMARGIN', new_y='NEXT', markdown=md)
        s.ln(after)

    def need(s, mm):
        if s.get_y() > s.h - 22 - mm:
            s.add_page()

    def labels(s, rows, w=22, style_l='B'):
        for k, v in rows:
            s.f(style_l); s.cell(w, s.lh + 0.6, s.T(k))
            s.f(); s.multi_cell(s.epw - w, s.lh + 0.6, s.T(v), new_x='LMARGIN', new_y='NEXT')

    def sig(s, cols, top=14, colw=80):
        s.need(40)
        s.ln(4)
        for row in [cols[i:i + 2] for i in range(0, len(cols), 2)]:
            y = s.get_y()
            for j, (lab, name) in enumerate(row):
                if not lab and not name:
                    continue
                x = s.l_margin + j * colw
                s.set_xy(x, y)
                s.f('I' if lab else '')
                if lab:
                    s.cell(colw - 8, s.lh, s.T(lab))
                s.line(x, y + top, x + colw - 12, y + top)
                s.set_xy(x, y + top + 1)
                s.f()
                s.cell(colw - 8, s.lh, s.T(name))
            s.set_xy(s.l_margin, y + top + 10)


def seg_text(lab, txt):
    return f'**{lab}** {txt}' if lab else txt


def render_items(d, items, style, ind=0, numw=18, label_own_line=False):
    for it in items:
        pn, num, title, segs = it['pn'], it['num'], it['title'], it['segs']
        if style == 'inline':
            d.need(18)
            d.para(f'{pn}  {title}' if not it.get('sep') else f'{pn}{it["sep"]}{title}', 'B', after=0.8)
            bi = ind
        elif style == 'below':
            d.need(22)
            d.para(pn, 'B', after=0.2)
            d.para(title, 'B', after=0.8)
            bi = ind
        elif style == 'table':
            d.need(18)
            y = d.get_y()
            d.f('B'); d.set_xy(d.l_margin, y); d.cell(numw, d.lh, d.T(pn))
            d.set_xy(d.l_margin, y)
            d.para(title, 'B', indent=numw, after=0.8)
            bi = numw
        elif style == 'courier':
            d.need(20)
            d.para(f'{pn} {title}', '', after=0)
            d.para('-' * len(f'{pn} {title}'), '', after=0.8)
            bi = 0
        for sg in segs:
            if sg[0] == 't':
                d.para(sg[1], indent=bi)
            else:
                lab, txt = sg[1], sg[2]
                if lab and label_own_line:
                    d.para(lab, 'B', indent=bi, after=0.2)
                    d.para(txt, indent=bi + 6)
                elif lab:
                    d.para(seg_text(lab, txt), indent=bi, md=True)
                else:
                    d.para(txt, indent=bi)
        d.ln(it.get('gap', 2.5))


def gold_items(items, core):
    out = []
    c = san if core else (lambda x: x)
    for it in items:
        props = [c(sg[2]) for sg in it['segs'] if sg[0] == 'p']
        decs = [c(sg[2]) for sg in it['segs'] if sg[0] == 'd']
        out.append({'number': it['num'], 'printed_number': it['pn'], 'title': c(it['title']), 'section': None,
                    'presenters': it.get('pres', []), 'scheduled_time': it.get('time'),
                    'proposal': '\n'.join(props) if props else None,
                    'decision': '\n'.join(decs) if decs else None, 'attachments': []})
    return out


def P(name, role, org=None):
    return {'name': name, 'party': None, 'organization': org, 'role': role}


def I(pn, num, title, *segs, pres=None, **kw):
    d = {'pn': pn, 'num': num, 'title': title, 'segs': list(segs), 'pres': pres or []}
    d.update(kw)
    return d


def T(x):
    return ('t', x)


def D(x, lab=None):
    return ('d', lab, x)


def Pr(x, lab):
    return ('p', lab, x)


DOCS = []


def save(d, fname, gold):
    path = os.path.join(OUT, fname)
    d.output(path)
    gold = dict(gold)
    gold['file'] = fname
    gold['page_count'] = d.pages_count
    gold.setdefault('scanned', False)
    order = ['file', 'kind', 'organ', 'meeting_date', 'page_count', 'scanned', 'meeting', 'items', 'participants', 'notes']
    g = {k: gold[k] for k in order if k in gold}
    with open(path[:-4] + '.gold.json', 'w', encoding='utf-8') as fh:
        json.dump(g, fh, ensure_ascii=False, indent=1)
    DOCS.append((fname, gold['readme']))


# ---------------------------------------------------------------- 1 Brf föreningsstämma
def doc1():
    def hdr(s):
        s.set_font('DejaVuSerif', '', 8.5)
        s.set_y(9)
        s.cell(0, 4, 'Bostadsrättsföreningen Lönnlunden', align='L')
        s.set_x(s.l_margin)
        s.cell(0, 4, f'{s.page_no()} ({{nb}})', align='R')
        s.set_xy(s.l_margin, 13)
        s.cell(0, 4, 'Protokoll ordinarie föreningsstämma', align='L')
        s.line(s.l_margin, 18, s.w - s.r_margin, 18)
        s.set_y(24)

    def ftr(s):
        s.set_y(-14)
        s.set_font('DejaVuSerif', '', 7.5)
        s.cell(0, 4, 'Brf Lönnlunden  ·  Org.nr 769621-4408  ·  Lönnvägen 14, 722 19 Västerås  ·  styrelsen@brflonnlunden.se', align='C')

    d = Doc('DejaVuSerif', 10.5, hdr, ftr, lm=24, tm=24)
    d.para('PROTOKOLL', 'B', 15, after=1)
    d.para('Protokoll fört vid ordinarie föreningsstämma i Bostadsrättsföreningen Lönnlunden, '
           'org.nr 769621-4408, den 22 maj 2024 i föreningslokalen, Lönnvägen 14, Västerås.', after=2)
    d.para('Närvarande: se bilaga 1 (röstlängd)', after=5)
    items = [
        I('§ 1', 1, 'Stämmans öppnande', T('Styrelsens ordförande Mats Lindqvist öppnade stämman kl. 19.00 och hälsade de närvarande välkomna.')),
        I('§ 2', 2, 'Val av stämmoordförande', D('Till ordförande för stämman valdes Birgitta Sandelin.')),
        I('§ 3', 3, 'Anmälan av stämmoordförandens val av protokollförare', T('Stämmoordföranden anmälde att hon utsett Jonas Ekholm att föra protokollet vid stämman.')),
        I('§ 4', 4, 'Godkännande av röstlängd', T('En förteckning över närvarande medlemmar upprättades, bilaga 1. Närvarande var 31 röstberättigade medlemmar, varav 4 genom fullmakt.'), D('Röstlängden godkändes.')),
        I('§ 5', 5, 'Fråga om närvarorätt vid föreningsstämman', D('Stämman beslutade att föreningens förvaltare Lena Ståhl, Mälardalens Fastighetsförvaltning AB, fick närvara vid stämman.')),
        I('§ 6', 6, 'Godkännande av dagordningen', D('Dagordningen godkändes.')),
        I('§ 7', 7, 'Val av två personer att jämte stämmoordföranden justera protokollet', D('Till justerare, tillika rösträknare, valdes Ahmed Karimi och Susanne Nordell.')),
        I('§ 8', 8, 'Fråga om stämman blivit i stadgeenlig ordning utlyst', T('Kallelse anslogs i trapphusen och delades ut i samtliga brevlådor den 2 maj 2024.'), D('Stämman förklarades vara i stadgeenlig ordning utlyst.')),
        I('§ 9', 9, 'Genomgång av styrelsens årsredovisning', T('Ordföranden Mats Lindqvist föredrog förvaltningsberättelsen och kassören Eva Brandt redogjorde för resultat- och balansräkningen. Frågor ställdes om den ökade räntekostnaden och om utfallet av fjärrvärmeavtalet, vilka besvarades.'), D('Årsredovisningen lades till handlingarna.'), pres=['Mats Lindqvist', 'Eva Brandt']),
        I('§ 10', 10, 'Genomgång av revisorns berättelse', T('Revisorn Per-Olof Wik, BoRevision i Sverige AB, föredrog revisionsberättelsen. Revisorn tillstyrker att stämman fastställer resultat- och balansräkningen och beviljar styrelsen ansvarsfrihet.'), D('Revisionsberättelsen lades till handlingarna.'), pres=['Per-Olof Wik']),
        I('§ 11', 11, 'Beslut om fastställande av resultat- och balansräkning', D('Stämman beslutade att fastställa resultat- och balansräkningen för räkenskapsåret 2023.')),
        I('§ 12', 12, 'Beslut om resultatdisposition', Pr('Att till stämmans förfogande stående medel, 412 380 kronor, balanseras i ny räkning.', 'Styrelsens förslag:'), D('Stämman beslutade i enlighet med styrelsens förslag.')),
        I('§ 13', 13, 'Fråga om ansvarsfrihet för styrelseledamöterna', T('Det noterades att styrelsens ledamöter inte deltog i beslutet.'), D('Stämman beslutade att bevilja styrelsens ledamöter ansvarsfrihet för räkenskapsåret 2023.')),
        I('§ 14', 14, 'Beslut om arvoden åt styrelseledamöter och revisorer för nästkommande verksamhetsår', Pr('Arvodet till styrelsen är oförändrat 1,5 prisbasbelopp att fördelas inom styrelsen. Revisorn arvoderas enligt godkänd räkning.', 'Styrelsens förslag:'), D('Stämman beslutade enligt förslaget.')),
        I('§ 15', 15, 'Val av styrelseledamöter och suppleanter', T('Valberedningens sammankallande Karin Åberg presenterade valberedningens förslag.'), D('Till ordinarie ledamöter för två år omvaldes Eva Brandt och Mats Lindqvist samt nyvaldes Hanna Oskarsson. Till suppleant för ett år valdes Filip Ström.'), pres=['Karin Åberg']),
        I('§ 16', 16, 'Val av revisorer och revisorssuppleant', D('Till revisor för ett år valdes BoRevision i Sverige AB med Per-Olof Wik som huvudansvarig revisor.')),
        I('§ 17', 17, 'Val av valberedning', D('Till valberedning för ett år valdes Karin Åberg (sammankallande) och Tobias Granqvist.')),
        I('§ 18', 18, 'Av styrelsen till stämman hänskjutna frågor', T('Inga frågor hade hänskjutits till stämman.')),
        I('§ 19', 19, 'Av föreningsmedlem anmält ärende', T('Motion från Ahmed Karimi om installation av laddboxar för elbilar på föreningens parkering, bilaga 2. Motionären föredrog motionen.'),
          Pr('Styrelsen föreslår att motionen avslås, då frågan utreds inom ramen för den nya underhållsplanen.', 'Styrelsens förslag:'),
          T('Efter diskussion begärdes votering. Votering genomfördes med handuppräckning; 19 röster för styrelsens förslag och 12 röster för bifall till motionen.'),
          D('Stämman beslutade att avslå motionen.'), pres=['Ahmed Karimi']),
        I('§ 20', 20, 'Stämmans avslutande', T('Stämmoordföranden tackade de närvarande och förklarade stämman avslutad kl 20.45.')),
    ]
    render_items(d, items, 'inline', ind=12)
    d.sig([('Vid protokollet', 'Jonas Ekholm'), ('Stämmoordförande', 'Birgitta Sandelin'),
           ('Justeras', 'Ahmed Karimi'), ('Justeras', 'Susanne Nordell')])
    save(d, 'brf-lonnlunden-stamma-2024-05-22.pdf', dict(
        kind='protokoll', organ='Föreningsstämma', meeting_date='2024-05-22',
        meeting={'start_time': '19:00', 'end_time': '20:45', 'location': 'föreningslokalen, Lönnvägen 14, Västerås'},
        items=gold_items(items, False),
        participants=[P('Birgitta Sandelin', 'ordförande'), P('Jonas Ekholm', 'sekreterare'), P('Ahmed Karimi', 'justerare'), P('Susanne Nordell', 'justerare')],
        notes='Bostadsrättsföreningen Lönnlunden (Västerås), ordinarie föreningsstämma. Prose opening "Protokoll fört vid ... den 22 maj 2024 i ..."; running header with association name and "N (M)" page numbers, org.nr footer. Attendance is "se bilaga 1 (röstlängd)" (bilaga not included), so participants are the officers elected at the meeting: stämmoordförande (ordförande), protokollförare (sekreterare, appointed by the chair in § 3), two justerare. Styrelsens ordförande Mats Lindqvist opened the meeting but is not a listed participant. § 3 is an anmälan, recorded with no decision. Passive forms ("valdes", "godkändes", "lades till handlingarna", "förklarades ... utlyst") are gold decisions; in § 13 the preceding remark about board members not voting is not part of the decision; in § 19 the vote count is discussion, decision is the final sentence. Proposals only where printed after "Styrelsens förslag:". Presenters where text says föredrog/redogjorde/presenterade.',
        readme='Brf ordinarie föreningsstämma, 20 §, prose header, running header "N (M)" + org.nr footer, DejaVu Serif 10.5, "Närvarande: se bilaga" (elected officers only), "Styrelsens förslag:", votering, 4-field signature block.'))


# ---------------------------------------------------------------- 2 Brf styrelsemöte
def doc2():
    d = Doc('DejaVuSans', 10, lm=25, tm=22)
    d.para('Brf Ekbacken i Umeå', 'B', 13, after=0.5)
    d.para('Protokoll fört vid styrelsemöte nr 4/2024', '', 11, after=4)
    d.labels([('Datum:', '2024-03-12'), ('Tid:', '18.30–20.10'), ('Plats:', 'Styrelserummet, Ekbacksgatan 3')], w=20)
    d.ln(3)
    d.para('Närvarande ledamöter:', 'B', after=0.5)
    for n in ['Sofia Bergman, ordförande', 'Daniel Lund, kassör', 'Maria Öhman, sekreterare', 'Peter Nilsson', 'Emma Karlsson, suppleant']:
        d.para(n, indent=6, after=0)
    d.ln(2)
    d.para('Ej närvarande:', 'B', after=0.5)
    d.para('Rolf Strand', indent=6, after=5)
    items = [
        I('1.', 1, 'Mötets öppnande', T('Ordföranden öppnade mötet och hälsade alla välkomna.')),
        I('2.', 2, 'Val av justerare', D('Peter Nilsson valdes att jämte ordföranden justera protokollet.')),
        I('3.', 3, 'Godkännande av dagordning', D('Dagordningen godkändes.')),
        I('4.', 4, 'Föregående protokoll', D('Protokoll nr 3/2024 gicks igenom och lades till handlingarna.')),
        I('5.', 5, 'Ekonomi', T('Daniel Lund redogjorde för det ekonomiska läget. Likviditeten är god och samtliga avgifter för februari är inbetalda. Elkostnaden ligger något över budget.'), pres=['Daniel Lund']),
        I('6.', 6, 'Stambyte – besiktning hus B', T('Två offerter har inkommit, från Norrlands Rörteknik AB och VVS-Gruppen i Umeå AB.'),
          D('Styrelsen beslutar att anlita Norrlands Rörteknik AB för besiktning av stammarna i hus B enligt offert daterad 2024-02-28.', 'Beslut:')),
        I('7.', 7, 'Ansökan om andrahandsuthyrning, lgh 1104', T('Medlemmen har ansökt om att få hyra ut lägenheten i andra hand på grund av arbete på annan ort.'),
          D('Ansökan beviljas för perioden 2024-04-01 – 2025-03-31.', 'Beslut:')),
        I('8.', 8, 'Övriga frågor', T('Cykelrensning planeras till maj. Maria Öhman sätter upp lappar i trapphusen.')),
        I('9.', 9, 'Nästa möte', T('Nästa möte hålls 2024-04-16 kl. 18.30.')),
        I('10.', 10, 'Mötets avslutande', T('Ordföranden tackade och avslutade mötet.')),
    ]
    render_items(d, items, 'inline', ind=8)
    d.sig([('Vid protokollet', 'Maria Öhman'), ('', ''), ('Justeras', 'Sofia Bergman, ordförande'), ('Justeras', 'Peter Nilsson')])
    save(d, 'brf-ekbacken-styrelse-2024-03-12.pdf', dict(
        kind='protokoll', organ='Styrelsen', meeting_date='2024-03-12',
        meeting={'start_time': '18:30', 'end_time': '20:10', 'location': 'Styrelserummet, Ekbacksgatan 3'},
        items=gold_items(items, False),
        participants=[P('Sofia Bergman', 'ordförande'), P('Daniel Lund', 'ledamot'), P('Maria Öhman', 'sekreterare'), P('Peter Nilsson', 'justerare'), P('Emma Karlsson', 'ersättare')],
        notes='Brf Ekbacken i Umeå, styrelsemöte nr 4/2024. Start and end from the "Tid: 18.30–20.10" label (the minutes print no times of their own). Roll "Närvarande ledamöter:" one per line; Rolf Strand under "Ej närvarande:" is excluded. Kassör Daniel Lund has no allowed role of his own -> ledamot; suppleant Emma Karlsson -> ersättare; Peter Nilsson elected justerare in item 2. The blank signature cell beside "Vid protokollet" is intentional. Decisions: passive sentences in items 2-4 and text after "Beslut:" in 6-7.',
        readme='Brf styrelsemöte, short, label table Datum/Tid/Plats with "18.30–20.10", "Närvarande ledamöter:" one per line + "Ej närvarande:", items "1." title on number line, "Beslut:" labels, DejaVu Sans 10.'))


# ---------------------------------------------------------------- 3 Idrottsförening årsmöte
def doc3():
    def ftr(s):
        s.set_y(-15); s.set_font('Times', 'I', 9)
        s.cell(0, 4, f'Sida {s.page_no()}', align='C')
    d = Doc('Times', 11.5, ftr=ftr, lm=25, tm=20)
    d.para('Norrbyns Idrottsförening', 'B', 16, align='C', after=1)
    d.para('Protokoll fört vid årsmöte söndagen den 10 mars 2024 i klubbstugan, Norrbyvallen', 'I', 12, align='C', after=5)
    names = ['Lars Öberg', 'Kerstin Öberg', 'Johan Mattsson', 'Gunilla Vesterlund', 'Annika Holm', 'Mikael Sjöberg', 'Bo Hedlund',
             'Sara Lindahl', 'Erik Nyström', 'Fatima Yousef', 'Henrik Brodin', 'Malin Brodin', 'Tord Rask', 'Jessica Wahlberg']
    d.para('Närvarande: ' + ', '.join(names) + '.', after=4)
    d.para('Dagordning', 'B', 13, after=2)
    items = [
        I('1.', 1, 'Mötets öppnande', T('Föreningens ordförande Lars Öberg hälsade alla välkomna och förklarade mötet öppnat kl. 15.00.')),
        I('2.', 2, 'Fastställande av röstlängd för mötet', D('Röstlängden fastställdes till 14 närvarande röstberättigade medlemmar.')),
        I('3.', 3, 'Val av ordförande och sekreterare för mötet', D('Till mötesordförande valdes Gunilla Vesterlund och till sekreterare Johan Mattsson.')),
        I('4.', 4, 'Val av protokolljusterare och rösträknare', D('Till protokolljusterare tillika rösträknare valdes Annika Holm och Mikael Sjöberg.')),
        I('5.', 5, 'Fråga om mötet har utlysts på rätt sätt', T('Kallelse har skett via föreningens hemsida och genom anslag i klubbstugan tre veckor före mötet.'), D('Mötet förklarades vara behörigt utlyst.')),
        I('6.', 6, 'Fastställande av dagordning', D('Årsmötet beslöt att fastställa dagordningen.')),
        I('7.', 7, 'Styrelsens verksamhetsberättelse för det senaste verksamhetsåret', T('Lars Öberg redogjorde för verksamhetsberättelsen. Särskilt nämndes att damlaget gått upp i division 3 och att ungdomssektionen vuxit till 120 aktiva barn och ungdomar.'), D('Verksamhetsberättelsen godkändes och lades till handlingarna.'), pres=['Lars Öberg']),
        I('8.', 8, 'Styrelsens förvaltningsberättelse för det senaste räkenskapsåret', T('Kassör Kerstin Öberg föredrog resultat- och balansräkningen. Årets resultat blev ett underskott på 18 400 kr, främst beroende på höjda hallhyror.'), D('Förvaltningsberättelsen lades till handlingarna.'), pres=['Kerstin Öberg']),
        I('9.', 9, 'Revisorernas berättelse över styrelsens förvaltning', T('Revisor Bo Hedlund läste upp revisionsberättelsen, som tillstyrker ansvarsfrihet för styrelsen.'), D('Revisionsberättelsen lades till handlingarna.'), pres=['Bo Hedlund']),
        I('10.', 10, 'Fråga om ansvarsfrihet för styrelsen', D('Årsmötet beslöt att bevilja styrelsen ansvarsfrihet för det gångna verksamhetsåret.')),
        I('11.', 11, 'Fastställande av medlemsavgifter', Pr('Oförändrade avgifter: 300 kr för seniorer, 200 kr för juniorer och 600 kr för familj.', 'Styrelsens förslag:'), D('Årsmötet beslöt enligt styrelsens förslag.')),
        I('12.', 12, 'Fastställande av verksamhetsplan och behandling av budget för det kommande verksamhetsåret', T('Lars Öberg presenterade verksamhetsplanen och budgeten för 2024. Budgeten är lagd med ett mindre överskott.'), D('Årsmötet beslöt att fastställa verksamhetsplanen och budgeten.'), pres=['Lars Öberg']),
        I('13.', 13, 'Val av föreningens ordförande för en tid av ett år', D('Lars Öberg omvaldes till ordförande för en tid av ett år.')),
        I('14.', 14, 'Val av övriga styrelseledamöter och suppleanter', D('Till ledamöter för två år valdes Kerstin Öberg (omval) och Sara Lindahl (nyval). Till suppleant för ett år valdes Erik Nyström.')),
        I('15.', 15, 'Val av revisorer och revisorssuppleant', D('Till revisorer för ett år valdes Bo Hedlund och Ingrid Falk, med Tord Rask som suppleant.')),
        I('16.', 16, 'Val av valberedning', D('Till valberedning valdes Annika Holm (sammankallande) och Mikael Sjöberg.')),
        I('17.', 17, 'Övriga frågor', T('Henrik Brodin tog upp frågan om konstgräs på B-planen. Flera medlemmar framförde att frågan är angelägen för ungdomsverksamheten.'), D('Årsmötet beslöt att uppdra åt styrelsen att ta fram ett underlag i frågan till hösten.')),
        I('18.', 18, 'Mötets avslutande', T('Mötesordföranden tackade för förtroendet och förklarade mötet avslutat kl. 16.40.')),
    ]
    render_items(d, items, 'inline', ind=0)
    d.sig([('Mötesordförande', 'Gunilla Vesterlund'), ('Sekreterare', 'Johan Mattsson'), ('Justerare', 'Annika Holm'), ('Justerare', 'Mikael Sjöberg')])
    roles = {'Gunilla Vesterlund': 'ordförande', 'Johan Mattsson': 'sekreterare', 'Annika Holm': 'justerare', 'Mikael Sjöberg': 'justerare'}
    save(d, 'norrbyns-if-arsmote-2024-03-10.pdf', dict(
        kind='protokoll', organ='Årsmöte', meeting_date='2024-03-10',
        meeting={'start_time': '15:00', 'end_time': '16:40', 'location': 'klubbstugan, Norrbyvallen'},
        items=gold_items(items, True),
        participants=[P(n, roles.get(n, 'ledamot')) for n in names],
        notes='Norrbyns Idrottsförening, årsmöte. Core Times font. Roll is a comma list wrapping over two lines; everyone listed is a participant. Gunilla Vesterlund chaired the meeting (ordförande); föreningens ordförande Lars Öberg opened it and was re-elected but did not chair the meeting, so he is "ledamot" (judgement call). Items are under the heading "Dagordning" and numbered "1." with text below each title; 18 items. Passive/"Årsmötet beslöt" sentences are decisions; proposal only in item 11 under "Styrelsens förslag:". Location "klubbstugan, Norrbyvallen" taken from the title line.',
        readme='Idrottsförening årsmöte, centered Times title with prose date "söndagen den 10 mars 2024", comma-list roll wrapping over lines, "Dagordning" with "1." items and text under each, "Sida N" footer.'))


# ---------------------------------------------------------------- 4 Kår styrelsemöte
def doc4():
    def hdr(s):
        s.set_font('DejaVuSansCondensed', '', 8)
        s.set_text_color(90, 90, 90)
        s.set_y(8)
        s.cell(0, 4, 'Bergslagskåren  |  Kårstyrelsen  |  Protokoll 2023/24:9', align='L')
        s.set_x(s.l_margin)
        s.cell(0, 4, f'Sida {s.page_no()} av {{nb}}', align='R')
        s.set_text_color(0, 0, 0)
        s.set_y(18)

    d = Doc('DejaVuSansCondensed', 9.5, hdr, lm=20, tm=18)
    d.para('Protokoll – Kårstyrelsens möte 2023/24:9', 'B', 14, after=3)
    d.labels([('Datum:', '06.05.2024'), ('Tid:', '17:15'), ('Plats:', 'Kårhuset, rum K204 samt via Zoom')], w=18)
    d.ln(3)
    d.para('Närvarande', 'B', 11, after=1)
    roll = [('Ordförande', 'Elin Sandberg'), ('Vice ordförande', 'Oskar Lindgren'), ('Kassör', 'Linnea Berg'), ('Sekreterare', 'Julia Ek'),
            ('Ledamot', 'Amira Haddad'), ('Ledamot', 'Viktor Pettersson'), ('Ledamot', 'Noah Forsberg')]
    d.set_font('DejaVuSansCondensed', '', 9.5)
    for post, n in roll:
        d.cell(40, 5.2, post, border='B'); d.cell(60, 5.2, n, border='B', new_x='LMARGIN', new_y='NEXT')
    d.ln(2)
    d.labels([('Adjungerade:', 'Maja Eriksson (verksamhetsledare), Sebastian Holm (valberedningen)'), ('Frånvarande:', 'Hugo Dahl (ledamot)')], w=24)
    d.ln(4)
    items = [
        I('§ 112', 112, 'Mötets öppnande', T('Ordförande Elin Sandberg förklarade mötet öppnat kl. 17:18.')),
        I('§ 113', 113, 'Val av mötesordförande', D('att välja Elin Sandberg till mötesordförande', 'Beslut:')),
        I('§ 114', 114, 'Val av mötessekreterare', D('att välja Julia Ek till mötessekreterare', 'Beslut:')),
        I('§ 115', 115, 'Val av justerare', D('att välja Viktor Pettersson till justerare', 'Beslut:')),
        I('§ 116', 116, 'Adjungeringar', D('att adjungera Maja Eriksson och Sebastian Holm med närvaro- och yttranderätt', 'Beslut:')),
        I('§ 117', 117, 'Godkännande av dagordningen', D('att godkänna dagordningen', 'Beslut:')),
        I('§ 118', 118, 'Föregående protokoll', T('Protokoll 2023/24:8 är justerat och publicerat.'), D('att lägga protokoll 2023/24:8 till handlingarna', 'Beslut:')),
        I('§ 119', 119, 'Meddelanden', T('Maja Eriksson informerade om att renoveringen av kårhusets kök försenas till vecka 34. Sebastian Holm informerade om att valberedningen öppnar nomineringen till nästa års styrelse den 13 maj.'), pres=['Maja Eriksson', 'Sebastian Holm']),
        I('§ 120', 120, 'Budgetrevidering för utskottet för studiebevakning', T('Oskar Lindgren föredrog ärendet. Utskottet behöver ytterligare medel för utbildning av studentrepresentanter inför hösten.'),
          Pr('att omfördela 15 000 kr från posten Representation till posten Utbildning studiebevakning', 'Förslag till beslut:'),
          D('att bifalla förslaget', 'Beslut:'), pres=['Oskar Lindgren']),
        I('§ 121', 121, 'Policy för alkoholfria arrangemang', T('Amira Haddad presenterade utkastet till policy, bilaga 3. Diskussion följde om när policyn bör träda i kraft och hur sektionerna ska informeras.'),
          Pr('att anta Policy för alkoholfria arrangemang enligt bilaga 3\natt policyn gäller från och med den 1 juli 2024', 'Förslag till beslut:'),
          D('att anta Policy för alkoholfria arrangemang enligt bilaga 3 med ändringen att den gäller från och med höstterminens start 2024\natt uppdra åt presidiet att informera sektionerna om policyn', 'Beslut:'), pres=['Amira Haddad']),
        I('§ 122', 122, 'Nominering av studentrepresentant till högskolestyrelsen', T('En nominering har inkommit.'),
          D('att nominera Noah Forsberg till studentrepresentant i högskolestyrelsen för perioden 2024-07-01–2025-06-30', 'Beslut:')),
        I('§ 123', 123, 'Övriga frågor', T('Inga övriga frågor anmäldes.')),
        I('§ 124', 124, 'Mötets avslutande', T('Ordförande förklarade mötet avslutat kl. 19:02.')),
    ]
    render_items(d, items, 'table', numw=20, label_own_line=True)
    d.sig([('', 'Elin Sandberg, mötesordförande'), ('', 'Julia Ek, mötessekreterare'), ('', 'Viktor Pettersson, justerare')], top=12)
    save(d, 'bergslagskaren-styrelse-2024-05-06.pdf', dict(
        kind='protokoll', organ='Kårstyrelsen', meeting_date='2024-05-06',
        meeting={'start_time': '17:18', 'end_time': '19:02', 'location': 'Kårhuset, rum K204 samt via Zoom'},
        items=gold_items(items, False),
        participants=[P('Elin Sandberg', 'ordförande'), P('Oskar Lindgren', 'vice ordförande'), P('Linnea Berg', 'ledamot'), P('Julia Ek', 'sekreterare'),
                      P('Amira Haddad', 'ledamot'), P('Viktor Pettersson', 'justerare'), P('Noah Forsberg', 'ledamot'),
                      P('Maja Eriksson', 'övrig'), P('Sebastian Holm', 'övrig')],
        notes='Bergslagskåren (student union), board meeting 2023/24:9. The board calls itself "Kårstyrelsen" in title and header; organ kept as printed "Kårstyrelsen" (a scorer normalising to "Styrelsen" should accept either). Date printed "06.05.2024" (dd.mm.yyyy). Paragraphs are numbered continuously over the year (§ 112–§ 124); number = printed integer. Header says "Tid: 17:15" but § 112 says the meeting opened 17:18 -> start_time 17:18 per GOLD rule. Roll is a two-column post/name table; Kassör Linnea Berg -> ledamot; Adjungerade -> övrig; Hugo Dahl under "Frånvarande" excluded. Decisions are the "att ..." clauses printed on separate lines under "Beslut:" (multiple clauses joined with newline); proposals under "Förslag till beslut:". Signatures have names under lines with no labels above.',
        readme='Student union (kår) styrelsemöte, running header "Sida N av M", date "06.05.2024", two-column roll table + "Adjungerade:"/"Frånvarande:", § numbers in left column continuing from earlier meetings (§ 112–124), labels "Förslag till beslut:"/"Beslut:" on own line with att-clauses, DejaVu Sans Condensed 9.5.'))


# ---------------------------------------------------------------- 5 Sektion vårmöte
def doc5():
    def ftr(s):
        s.set_y(-16); s.set_font('Helvetica', '', 8)
        s.line(s.l_margin, s.get_y() - 1, s.w - s.r_margin, s.get_y() - 1)
        s.cell(0, 4, 'Maskinsektionen inom Teknologkåren i Norrhamn', align='L')
        s.set_x(s.l_margin)
        s.cell(0, 4, f'{s.page_no()}/{{nb}}', align='R')
    d = Doc('Helvetica', 10, ftr=ftr, lm=22, tm=18)
    d.para('Maskinsektionen', 'B', 12, after=0)
    d.para('Teknologkåren i Norrhamn', '', 9, after=6)
    d.para('Protokoll Vårmöte 2024', 'B', 16, after=3)
    d.labels([('Datum:', '2024-04-18'), ('Plats:', 'Sal M1, Maskinhuset'), ('Närvarande:', 'se bilaga 1 (närvarolista)')], w=24)
    d.ln(5)
    items = [
        I('§1', 1, 'Mötets öppnande', T('Sektionsordförande Alva Nordqvist förklarade mötet öppnat kl. 17.32.')),
        I('§2', 2, 'Val av mötesordförande', D('Mötet väljer Alva Nordqvist till mötesordförande.', 'Beslut:')),
        I('§3', 3, 'Val av mötessekreterare', D('Mötet väljer Isak Berglund till mötessekreterare.', 'Beslut:')),
        I('§4', 4, 'Val av två justerare tillika rösträknare', D('Mötet väljer Tilde Åström och Hampus Larsson till justerare tillika rösträknare.', 'Beslut:')),
        I('§5', 5, 'Mötets behöriga utlysande', T('Kallelsen skickades ut 2024-04-04 via sektionens e-postlista och anslogs i sektionslokalen.'), D('Mötet anses behörigt utlyst.', 'Beslut:')),
        I('§6', 6, 'Fastställande av föredragningslista', D('Mötet fastställer föredragningslistan.', 'Beslut:')),
        I('§7', 7, 'Adjungeringar', T('Inga adjungeringar.')),
        I('§8', 8, 'Verksamhetsberättelse för verksamhetsåret 2023', T('Föregående års ordförande Linus Hedberg presenterade verksamhetsberättelsen.'), D('Mötet lägger verksamhetsberättelsen till handlingarna.', 'Beslut:'), pres=['Linus Hedberg']),
        I('§9', 9, 'Ekonomisk berättelse och revisionsberättelse för 2023', T('Kassör Wilma Stenberg redogjorde för den ekonomiska berättelsen och revisor Olle Jakobsson för revisionsberättelsen. Revisorerna tillstyrker ansvarsfrihet.'),
          D('Mötet lägger den ekonomiska berättelsen och revisionsberättelsen till handlingarna.', 'Beslut:'), pres=['Wilma Stenberg', 'Olle Jakobsson']),
        I('§10', 10, 'Ansvarsfrihet för styrelsen 2023', D('Mötet beviljar styrelsen 2023 ansvarsfrihet för verksamhetsåret.', 'Beslut:')),
        I('§11', 11, 'Motion angående inköp av ny kaffemaskin till sektionslokalen', T('Motionär: Ebba Lund. Motionen föreslår att sektionen köper in en ny kaffemaskin till sektionslokalen, då den nuvarande är trasig. Styrelsen ställer sig positiv till motionen i sitt motionssvar.'),
          Pr('Ebba Lund yrkade bifall till motionen.', 'Yrkande:'), D('Mötet beslutar att bifalla motionen', 'Beslut:')),
        I('§12', 12, 'Motion angående införande av en hållbarhetsansvarig i styrelsen', T('Motionär: Nils Engström. Styrelsen yrkar i sitt motionssvar avslag med hänvisning till att en ny styrelsepost kräver stadgeändring på två på varandra följande sektionsmöten. Diskussion följde.'),
          Pr('Nils Engström yrkade att motionen bifalls.', 'Yrkande:'), T('Mötet gick till votering. Med 14 röster mot 22 föll yrkandet.'),
          D('Mötet beslutar att avslå motionen.', 'Beslut:')),
        I('§13', 13, 'Val av styrelse för verksamhetsåret 2024/2025', T('Valberedningen, genom Frida Sjödin, presenterade sitt förslag.'),
          D('Mötet väljer Tilde Åström till ordförande, Hampus Larsson till vice ordförande, Moa Lindqvist till kassör och Axel Ivarsson till sekreterare för verksamhetsåret 2024/2025.', 'Beslut:'), pres=['Frida Sjödin']),
        I('§14', 14, 'Val av revisorer för verksamhetsåret 2024/2025', D('Mötet väljer Olle Jakobsson och Selma Fors till revisorer.', 'Beslut:')),
        I('§15', 15, 'Övriga frågor', T('Ebba Lund påminde om vårsittningen den 27 april.')),
        I('§16', 16, 'Mötets avslutande', T('Mötesordförande förklarade mötet avslutat kl. 19.48.')),
    ]
    for it in items:
        it['sep'] = '   '
    render_items(d, items, 'inline', ind=10)
    d.ln(2)
    d.sig([('Mötesordförande', 'Alva Nordqvist'), ('Mötessekreterare', 'Isak Berglund'), ('Justerare', 'Tilde Åström'), ('Justerare', 'Hampus Larsson')])
    save(d, 'maskinsektionen-varmote-2024-04-18.pdf', dict(
        kind='protokoll', organ='Vårmöte', meeting_date='2024-04-18',
        meeting={'start_time': '17:32', 'end_time': '19:48', 'location': 'Sal M1, Maskinhuset'},
        items=gold_items(items, True),
        participants=[P('Alva Nordqvist', 'ordförande'), P('Isak Berglund', 'sekreterare'), P('Tilde Åström', 'justerare'), P('Hampus Larsson', 'justerare')],
        notes='Maskinsektionen inom Teknologkåren i Norrhamn, vårmöte (a section meeting). Core Helvetica. Items printed "§1" with no space. "Närvarande: se bilaga 1" with no names -> participants are the elected mötesordförande, mötessekreterare and two justerare (the board elected in §13 are not attendees by list). Motion items: proposal = the text after "Yrkande:"; the motionssvar of the board is in running prose and is not a proposal. §11 decision has no trailing period as printed. §12 vote count is discussion. §13 board election is one decision sentence. Footer carries section name and "N/M".',
        readme='Student section vårmöte, Helvetica, label block incl. "Närvarande: se bilaga 1", items "§1" (no space), motions with "Yrkande:" + "Beslut: Mötet beslutar att bifalla motionen", votering, footer "N/M".'))


# ---------------------------------------------------------------- 6 Hembygdsförening kallelse
def doc6():
    d = Doc('Times', 12, lm=28, tm=25, lh=6)
    d.para('Västra Hörne hembygdsförening', 'I', 13, align='C', after=6)
    d.para('KALLELSE TILL ÅRSMÖTE', 'B', 17, align='C', after=6)
    d.para('Medlemmarna i Västra Hörne hembygdsförening kallas härmed till årsmöte söndagen den 17 mars 2024 '
           'kl. 14.00 i Hörne bygdegård. Efter förhandlingarna bjuder föreningen på kaffe med dopp, och Sture Wallin '
           'visar bilder från gamla Hörne.', after=5)
    d.para('Dagordning', 'B', 13, after=2)
    titles = ['Mötets öppnande', 'Val av ordförande och sekreterare för mötet', 'Val av två justerare tillika rösträknare',
              'Fråga om mötet blivit behörigen utlyst', 'Fastställande av dagordning', 'Styrelsens verksamhetsberättelse för 2023',
              'Kassörens rapport och revisorernas berättelse', 'Fråga om ansvarsfrihet för styrelsen', 'Fastställande av medlemsavgift för 2025',
              'Styrelsens förslag om renovering av smedjans tak', 'Behandling av inkomna motioner', 'Val av ordförande för ett år',
              'Val av övriga styrelseledamöter och suppleanter', 'Val av revisorer och revisorssuppleant', 'Val av valberedning',
              'Övriga frågor', 'Mötets avslutande']
    items = []
    d.f()
    for i, t in enumerate(titles, 1):
        d.set_x(d.l_margin + 6); d.cell(10, 6.2, f'{i}.', align='R'); d.set_x(d.l_margin + 19)
        d.cell(0, 6.2, t, new_x='LMARGIN', new_y='NEXT')
        items.append(I(f'{i}.', i, t))
    d.ln(5)
    d.para('Motioner ska vara styrelsen tillhanda senast den 1 mars. Verksamhetsberättelse och bokslut finns '
           'att läsa hos kassören Gun-Britt Axelsson, tel. 0530-123 45, från den 3 mars.', after=8)
    d.para('Hjärtligt välkomna!', 'I', after=2)
    d.para('Styrelsen', after=1)
    d.para('Hörne i februari 2024', '', 10)
    save(d, 'vastra-horne-hembygd-kallelse-2024-03-17.pdf', dict(
        kind='kallelse', organ='Årsmöte', meeting_date='2024-03-17',
        meeting={'start_time': '14:00', 'end_time': None, 'location': 'Hörne bygdegård'},
        items=gold_items(items, True),
        notes='Västra Hörne hembygdsförening, kallelse to the årsmöte with a 17-item dagordning (titles only, nothing under them). Single page, Times 12. No list of people is called, so "participants" is omitted (Sture Wallin, who shows pictures, and the kassör named for contact are not participants). Print date "i februari 2024" is not the meeting date. Item 10 title contains "Styrelsens förslag om ..." but is a title, not a proposal.',
        readme='Hembygdsförening årsmöte kallelse, 1 page, centered Times title, prose date "söndagen den 17 mars 2024 kl. 14.00", 17-item dagordning without text, signed "Styrelsen".'))


# ---------------------------------------------------------------- 7 Samfällighetsförening extra stämma
def doc7():
    def ftr(s):
        s.set_y(-15); s.set_font('DejaVuSans', '', 8)
        s.cell(0, 4, 'Östra Lundby samfällighetsförening · org.nr 717900-2311', align='L')
        s.set_x(s.l_margin); s.cell(0, 4, f'Sida {s.page_no()}', align='R')
    d = Doc('DejaVuSans', 11, ftr=ftr, lm=24, tm=22, lh=5.4)
    d.para('Östra Lundby samfällighetsförening', '', 10, after=2)
    d.para('PROTOKOLL', 'B', 16, after=0)
    d.para('Extra föreningsstämma', 'B', 13, after=4)
    d.labels([('Datum:', '2024-09-19'), ('Tid:', '19.00–20.15'), ('Plats:', 'Lundby byastuga')], w=20)
    d.ln(3)
    d.para('Närvarande delägare', 'B', after=1)
    roll = [('Lundby 2:4', 'Göran Ljung'), ('Lundby 2:7', 'Helena Sund'), ('Lundby 2:8', 'Rune Persson'), ('Lundby 2:11', 'Linda Åkesson'),
            ('Lundby 2:12', 'Anders Wikström'), ('Lundby 3:1', 'Birgit Holmér och Sven Holmér'), ('Lundby 3:5 och 3:6 (fullmakt)', 'Kjell Dahlberg'),
            ('Lundby 4:2', 'Mona Friberg')]
    d.set_font('DejaVuSans', 'B', 9.5)
    d.cell(62, 6, 'Fastighet', border=1); d.cell(70, 6, 'Företrädd av', border=1, new_x='LMARGIN', new_y='NEXT')
    d.set_font('DejaVuSans', '', 9.5)
    for a, b in roll:
        d.cell(62, 5.6, a, border=1); d.cell(70, 5.6, b, border=1, new_x='LMARGIN', new_y='NEXT')
    d.ln(6)
    items = [
        I('§ 1', 1, 'Stämmans öppnande', T('Styrelsens ordförande Göran Ljung öppnade stämman och hälsade de närvarande välkomna.')),
        I('§ 2', 2, 'Val av ordförande för stämman', D('Göran Ljung valdes till ordförande för stämman.')),
        I('§ 3', 3, 'Val av sekreterare för stämman', D('Till sekreterare valdes Helena Sund.')),
        I('§ 4', 4, 'Val av två justerare', D('Till justerare valdes Rune Persson och Linda Åkesson.')),
        I('§ 5', 5, 'Fråga om kallelse skett i behörig ordning', T('Kallelse har skickats per brev till samtliga delägare den 29 augusti 2024, i enlighet med stadgarna.'), D('Stämman ansåg kallelsen behörig.')),
        I('§ 6', 6, 'Godkännande av dagordning', D('Dagordningen godkändes.')),
        I('§ 7', 7, 'Styrelsens förslag om beläggning av Lundbyvägen', T('Göran Ljung redogjorde för bakgrunden. Vägens bärighet har försämrats och underhållskostnaderna för grusvägen har ökat de senaste åren.'),
          Pr('Att Lundbyvägen, sträckan från väg 613 till vändplanen, beläggs med asfalt under våren 2025 till en kostnad av högst 1 240 000 kr, att finansieras genom ett extra uttag från delägarna fördelat efter andelstal.', 'Styrelsens förslag:'),
          T('Efter diskussion begärdes omröstning. Röstning skedde efter andelstal enligt 49 § lagen om förvaltning av samfälligheter. 31 andelar röstade för förslaget och 12 andelar emot.'),
          D('Stämman beslutade att bifalla styrelsens förslag.'), pres=['Göran Ljung']),
        I('§ 8', 8, 'Debiteringslängd', T('Kassören Anders Wikström presenterade förslag till debiteringslängd för det extra uttaget, bilaga 2.'),
          D('Stämman beslutade att fastställa debiteringslängden enligt bilaga 2 med förfallodag 2025-03-31.'), pres=['Anders Wikström']),
        I('§ 9', 9, 'Övriga frågor', T('Frågan om snöröjning kommande vinter togs upp. Styrelsen återkommer med information i november.')),
        I('§ 10', 10, 'Protokollets tillgänglighet', D('Stämman beslutade att protokollet ska hållas tillgängligt hos ordföranden och anslås på föreningens anslagstavla senast den 3 oktober 2024.')),
        I('§ 11', 11, 'Stämmans avslutande', T('Ordföranden tackade för visat intresse och förklarade stämman avslutad kl. 20.15.')),
    ]
    render_items(d, items, 'below', ind=0)
    d.sig([('Vid protokollet', 'Helena Sund'), ('Ordförande', 'Göran Ljung'), ('Justeras', 'Rune Persson'), ('Justeras', 'Linda Åkesson')])
    roles = {'Göran Ljung': 'ordförande', 'Helena Sund': 'sekreterare', 'Rune Persson': 'justerare', 'Linda Åkesson': 'justerare'}
    names = ['Göran Ljung', 'Helena Sund', 'Rune Persson', 'Linda Åkesson', 'Anders Wikström', 'Birgit Holmér', 'Sven Holmér', 'Kjell Dahlberg', 'Mona Friberg']
    save(d, 'ostra-lundby-samf-extrastamma-2024-09-19.pdf', dict(
        kind='protokoll', organ='Extra föreningsstämma', meeting_date='2024-09-19',
        meeting={'start_time': '19:00', 'end_time': '20:15', 'location': 'Lundby byastuga'},
        items=gold_items(items, False),
        participants=[P(n, roles.get(n, 'ledamot')) for n in names],
        notes='Östra Lundby samfällighetsförening, extra föreningsstämma. organ kept as printed heading "Extra föreningsstämma" (judgement call; "Föreningsstämma" is the body). Each § has its number on its own line and the title on the line below. Roll is a bordered two-column table Fastighet | Företrädd av; the row "Birgit Holmér och Sven Holmér" gives two participants; Kjell Dahlberg represents two properties (one by fullmakt) but is one person. Fastighet designations are not organisations (organization null). Kassör Anders Wikström -> ledamot. § 7: proposal under "Styrelsens förslag:"; vote by andelstal is discussion. Start/end from "Tid: 19.00–20.15", consistent with § 11.',
        readme='Samfällighetsförening extra stämma protokoll, DejaVu Sans 11, label table, bordered roll table Fastighet/Företrädd av, "§ 1" on own line with title below, omröstning, org.nr footer.'))


# ---------------------------------------------------------------- 8 PRO månadsmöte
def doc8():
    d = Doc('Helvetica', 11, lm=25, tm=22, lh=5.6)
    d.para('PRO SOLBACKEN', 'B', 14, after=0)
    d.para('Pensionärernas Riksorganisation', '', 9, after=6)
    d.para('Protokoll från månadsmöte onsdagen 14/2 2024 kl. 14.00, Folkets hus, lilla salen', 'B', 11.5, after=2)
    d.para('Närvarande: 41 medlemmar', after=5)
    items = [
        I('Punkt 1', 1, 'Mötets öppnande', T('Ordförande Gunnel Råberg hälsade alla välkomna, särskilt två nya medlemmar, och öppnade mötet.')),
        I('Punkt 2', 2, 'Parentation', T('Vi hedrade minnet av Arne Lövgren, som avlidit sedan förra mötet, med en tyst minut.')),
        I('Punkt 3', 3, 'Val av justerare', D('Att jämte ordföranden justera dagens protokoll valdes Ulla-Britt Sjögren och Tage Nyqvist.')),
        I('Punkt 4', 4, 'Godkännande av dagordningen', D('Dagordningen godkändes.')),
        I('Punkt 5', 5, 'Föregående protokoll', D('Protokollet från januarimötet lästes upp och lades till handlingarna.')),
        I('Punkt 6', 6, 'Ekonomi', T('Kassör Bengt Ekdahl redogjorde för ekonomin. Kassan uppgick vid månadsskiftet till 48 312 kr.'), pres=['Bengt Ekdahl']),
        I('Punkt 7', 7, 'Rapporter från kommittéerna', T('Resekommittén: Ingrid Palm informerade om vårresan till Gotland den 14-16 maj. Anmälan senast 15 mars.'),
          T('Studiekommittén: Cirkeln i mobiltelefon och surfplatta startar den 6 mars i ABF:s lokaler.'), pres=['Ingrid Palm']),
        I('Punkt 8', 8, 'Skrivelse om busslinje 12', Pr('Att PRO Solbacken skickar en skrivelse till tekniska förvaltningen med krav på att busslinje 12 åter ska trafikera Solbacken på helger.', 'Styrelsens förslag:'),
          D('Mötet beslutade enligt styrelsens förslag.')),
        I('Punkt 9', 9, 'Övriga frågor', T('Ett förslag väcktes om att starta en boulegrupp under våren. Styrelsen tar med sig frågan.')),
        I('Punkt 10', 10, 'Nästa möte', T('Nästa månadsmöte hålls den 13/3 kl. 14.00. Kjell Frost underhåller med dragspel.')),
        I('Punkt 11', 11, 'Mötets avslutande', T('Ordföranden tackade för visat intresse och avslutade mötet kl 15.35. Därefter serverades kaffe och semlor.')),
    ]
    for it in items:
        it['sep'] = '  -  '
    render_items(d, items, 'inline', ind=0, )
    d.ln(4)
    d.f()
    d.para('Vid protokollet', 'I', after=10)
    d.para('Margit Holm, sekreterare', after=8)
    d.sig([('Justeras', 'Gunnel Råberg, ordförande'), ('', ''), ('Justeras', 'Ulla-Britt Sjögren'), ('Justeras', 'Tage Nyqvist')])
    save(d, 'pro-solbacken-manadsmote-2024-02-14.pdf', dict(
        kind='protokoll', organ='Månadsmöte', meeting_date='2024-02-14',
        meeting={'start_time': '14:00', 'end_time': '15:35', 'location': 'Folkets hus, lilla salen'},
        items=gold_items(items, True),
        participants=[P('Gunnel Råberg', 'ordförande'), P('Margit Holm', 'sekreterare'), P('Ulla-Britt Sjögren', 'justerare'), P('Tage Nyqvist', 'justerare')],
        notes='PRO Solbacken (pensioner association), månadsmöte. Date printed "14/2 2024"; start time 14:00 from the title line ("kl. 14.00"), end 15:35 from Punkt 11. Items printed "Punkt N  -  Titel" (hyphen separator, not part of title). "Närvarande: 41 medlemmar" has no names, so participants are the officers: ordförande Gunnel Råberg (chairs and opens), sekreterare Margit Holm (signs "Vid protokollet"), justerare elected in Punkt 3. Arne Lövgren (deceased), Kjell Frost and committee members are not participants. Punkt 7 presenter Ingrid Palm ("informerade"). Core Helvetica (14-16 printed with hyphen).',
        readme='PRO månadsmöte protokoll, Helvetica 11, title line with "14/2 2024 kl. 14.00", "Närvarande: 41 medlemmar" (no names), items "Punkt 1 - Titel", parentation, "Vid protokollet".'))


# ---------------------------------------------------------------- 9 Fiskevårdsförening 1994 Courier
def doc9():
    d = Doc('Courier', 11, lm=25, tm=20, lh=5.2)
    d.para('HÄLLSJÖNS FISKEVÅRDSFÖRENING', '', after=0)
    d.para('Hällsjö, 790 26 Enviken', '', after=8)
    d.para('PROTOKOLL FÖRT VID ÅRSMÖTE MED HÄLLSJÖNS FISKEVÅRDSFÖRENING SÖNDAGEN DEN 17 APRIL 1994 I HÄLLSJÖ SKOLA.', '', after=3)
    d.para('Närvarande: 23 medlemmar enl. närvarolista.', after=6)
    items = [
        I('§ 1.', 1, 'MÖTETS ÖPPNANDE', T('Ordf. Sven-Erik Mård hälsade de närvarande välkomna och förklarade mötet öppnat kl 10.00.')),
        I('§ 2.', 2, 'VAL AV ORDFÖRANDE FÖR MÖTET', D('Till ordf. för mötet valdes Sven-Erik Mård.')),
        I('§ 3.', 3, 'VAL AV SEKRETERARE FÖR MÖTET', D('Till sekr. för mötet valdes Rolf Hägg.')),
        I('§ 4.', 4, 'VAL AV JUSTERARE', D('Att jämte ordf. justera dagens protokoll valdes Nils Brandén och Stig Alm.')),
        I('§ 5.', 5, 'Frågan om mötets behöriga utlysande', D('Mötet ansågs behörigen utlyst.')),
        I('§ 6.', 6, 'Verksamhetsberättelse', T('Rolf Hägg läste upp verksamhetsberättelsen för 1993.'), D('Berättelsen godkändes.'), pres=['Rolf Hägg']),
        I('§ 7.', 7, 'KASSARAPPORT OCH REVISIONSBERÄTTELSE', T('Kassören Einar Kullgren redovisade årets resultat. Revisor Gösta Ek läste revisionsberättelsen.'), D('Rapporterna lades till handlingarna.'), pres=['Einar Kullgren', 'Gösta Ek']),
        I('§ 8.', 8, 'ANSVARSFRIHET', D('Mötet beviljade styrelsen full ansvarsfrihet för 1993 års förvaltning.')),
        I('§ 9.', 9, 'Fiskeutsättning 1994', T('Diskuterades utsättning av regnbåge kontra öring. Flera medlemmar ansåg att öringen bör prioriteras.'), D('Beslöts att sätta ut 400 kg regnbåge och 2000 st öringsmolt i Hällsjön.')),
        I('§ 10.', 10, 'FISKEKORTSPRISER', D('Beslöts att priset för årskort höjs till 250:- och för dagkort till 40:-. Pensionärer och ungdomar under 16 år betalar halva priset.')),
        I('§ 11.', 11, 'VAL AV STYRELSE', D('Till ordf. för 1 år omvaldes Sven-Erik Mård. Till ledamöter för 2 år omvaldes Einar Kullgren och nyvaldes Bertil Sund. Till suppleanter för 1 år valdes Åke Nyman och Lars Hägg.')),
        I('§ 12.', 12, 'VAL AV REVISORER', D('Till revisorer omvaldes Gösta Ek och Harald Vik, med Per Jonsson som suppleant.')),
        I('§ 13.', 13, 'VAL AV VALBEREDNING', D('Nils Brandén (sammank.) och Stig Alm omvaldes.')),
        I('§ 14.', 14, 'Övriga frågor', T('Bertil Sund tog upp frågan om tillsyn av nätfisket vid Norrviken.'), D('Mötet uppdrog åt styrelsen att utreda frågan till nästa möte.')),
        I('§ 15.', 15, 'MÖTETS AVSLUTANDE', T('Ordf. tackade för visat intresse och förklarade mötet avslutat kl 12.10.')),
    ]
    render_items(d, items, 'courier')
    d.ln(6); d.need(50)
    d.para('Vid protokollet', after=12)
    d.para('Rolf Hägg', after=8)
    d.para('Justeras:', after=12)
    d.para('Nils Brandén                  Stig Alm', after=0)
    save(d, 'hallsjons-fvf-arsmote-1994-04-17.pdf', dict(
        kind='protokoll', organ='Årsmöte', meeting_date='1994-04-17',
        meeting={'start_time': '10:00', 'end_time': '12:10', 'location': 'HÄLLSJÖ SKOLA'},
        items=gold_items(items, True),
        participants=[P('Sven-Erik Mård', 'ordförande'), P('Rolf Hägg', 'sekreterare'), P('Nils Brandén', 'justerare'), P('Stig Alm', 'justerare')],
        notes='Hällsjöns fiskevårdsförening, årsmöte 1994, typewriter style in Courier 11 with dashed underlines under each § heading. Most titles printed in capitals ("§ 4. VAL AV JUSTERARE"), some in mixed case; titles kept as printed (capitals). printed_number includes the period ("§ 4."). The whole header sentence is in capitals, so location is "HÄLLSJÖ SKOLA" as printed (scorer may case-fold). "Närvarande: 23 medlemmar enl. närvarolista" has no names -> participants are the elected mötesordförande, sekreterare and justerare. "Beslöts att ..." sentences and passive "valdes/godkändes/lades till handlingarna" are decisions; in § 11 and § 10 the full multi-sentence decision is kept.',
        readme='Fiskevårdsförening årsmöte 1994, Courier 11 typewriter style, all-caps prose header, titles in capitals "§ 4. VAL AV JUSTERARE" with dashed underline, "Beslöts att", elected officers only.'))


# ---------------------------------------------------------------- 10 Scanned föräldrakooperativ styrelsemöte
def doc10():
    import pypdfium2, io
    from PIL import Image, ImageFilter
    d = Doc('DejaVuSerif', 11, lm=26, tm=24, lh=5.6)
    d.para('Föräldrakooperativet Ekorren ek. för.', 'B', 12, after=1)
    d.para('Protokoll styrelsemöte', 'B', 15, after=4)
    d.para('Datum: 3 juni 2024, kl. 19.30', after=0.5)
    d.para('Plats: Förskolan Ekorren, personalrummet', after=3)
    d.para('Närvarande: Jenny Olofsson (ordf.), Ali Rahimi, Therese Boman, Fredrik Sjölund, '
           'Camilla Ek (förskolechef, adjungerad)', after=5)
    items = [
        I('1.', 1, 'Mötets öppnande', T('Jenny Olofsson öppnade mötet kl. 19.35.')),
        I('2.', 2, 'Val av sekreterare och justerare', D('Therese Boman valdes till sekreterare och Ali Rahimi till justerare.')),
        I('3.', 3, 'Godkännande av dagordning', D('Dagordningen godkändes.')),
        I('4.', 4, 'Förskolechefen informerar', T('Camilla Ek informerade om barngruppernas sammansättning till hösten. Fyra nya barn börjar i augusti och inskolningsschemat skickas ut vecka 25.'), pres=['Camilla Ek']),
        I('5.', 5, 'Föräldrarnas arbetsinsatser', T('Diskussion om att ersätta städveckorna med en inhyrd städfirma.'), D('Styrelsen beslutar att begära in offerter och ta upp frågan på föreningsstämman i höst.', 'Beslut:')),
        I('6.', 6, 'Ekonomi', T('Fredrik Sjölund redogjorde för halvårsutfallet, som följer budget.'), D('Föräldraavgiften lämnas oförändrad hösten 2024.', 'Beslut:'), pres=['Fredrik Sjölund']),
        I('7.', 7, 'Övrigt', T('Trädgårdsdag hålls lördag 15 juni kl. 10–14. Jenny skickar ut information.')),
        I('8.', 8, 'Mötets avslutande', T('Mötet avslutades kl. 21.05.')),
    ]
    render_items(d, items, 'inline', ind=7)
    d.sig([('Sekreterare', 'Therese Boman'), ('Justeras', 'Ali Rahimi')], top=12)
    tmp = os.path.join(OUT, '_tmp_scan_src.pdf')
    d.output(tmp)
    pdf = pypdfium2.PdfDocument(tmp)
    rnd = random.Random(7)
    imgs = []
    dpi = 200
    for i in range(len(pdf)):
        im = pdf[i].render(scale=dpi / 72).to_pil().convert('L')
        im = im.rotate(0.6, resample=Image.BICUBIC, expand=False, fillcolor=255)
        im = im.filter(ImageFilter.GaussianBlur(0.6))
        px = im.load()
        w, h = im.size
        for _ in range(w * h // 150):
            x, y = rnd.randrange(w), rnd.randrange(h)
            px[x, y] = max(0, min(255, px[x, y] + rnd.randint(-70, 40)))
        im = im.point(lambda v: min(255, int(v * 0.94 + 12)))
        imgs.append(im)
    n = len(imgs)
    pdf.close()
    os.remove(tmp)
    fname = 'ekorren-styrelse-2024-06-03-scan.pdf'
    imgs[0].save(os.path.join(OUT, fname), 'PDF', resolution=dpi, save_all=True, append_images=imgs[1:])
    gold = dict(file=fname, kind='protokoll', organ='Styrelsen', meeting_date='2024-06-03', page_count=n, scanned=True,
                meeting={'start_time': '19:35', 'end_time': '21:05', 'location': 'Förskolan Ekorren, personalrummet'},
                items=gold_items(items, False),
                participants=[P('Jenny Olofsson', 'ordförande'), P('Ali Rahimi', 'justerare'), P('Therese Boman', 'sekreterare'), P('Fredrik Sjölund', 'ledamot'), P('Camilla Ek', 'övrig')],
                notes='Föräldrakooperativet Ekorren ek. för. (parent cooperative preschool), styrelsemöte. Image-only PDF: rendered at 200 dpi, rotated 0.6°, blurred and noised; no text layer. Header says "kl. 19.30" but item 1 says opened 19.35 -> start_time 19:35. Comma-list roll; "(ordf.)" -> ordförande; förskolechef Camilla Ek is adjungerad -> övrig; Therese Boman and Ali Rahimi elected sekreterare/justerare in item 2.')
    with open(os.path.join(OUT, fname[:-4] + '.gold.json'), 'w', encoding='utf-8') as fh:
        json.dump(gold, fh, ensure_ascii=False, indent=1)
    DOCS.append((fname, 'Scanned (image-only, 200 dpi, 0.6° skew, blur+noise) styrelsemöte of a föräldrakooperativ, date "3 juni 2024, kl. 19.30", comma-list roll with "(ordf.)" and adjungerad, "1." items, "Beslut:" labels.'))


if __name__ == '__main__':
    for fn in [doc1, doc2, doc3, doc4, doc5, doc6, doc7, doc8, doc9, doc10]:
        fn()
    with open(os.path.join(OUT, 'README.md'), 'w', encoding='utf-8') as fh:
        fh.write('# assocset3 – held-out Swedish association meeting documents\n\nGenerated by `make.py` (fpdf2); gold files follow /work/shared/GOLD.md.\n\n')
        for f, r in DOCS:
            fh.write(f'- `{f}`: {r}\n')
    print('\n'.join(f for f, _ in DOCS))
