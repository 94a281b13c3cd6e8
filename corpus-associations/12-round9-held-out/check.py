import json, glob, re, os, pypdfium2 as p
def norm(t): return re.sub(r'\s+',' ',t.replace('\r',' ').replace('\x02','').replace('\ufffe','')).strip()
for g in sorted(glob.glob('*.gold.json')):
    G=json.load(open(g)); f=G['file']
    src = f if not G['scanned'] else 'tmp/prescan_'+f
    d=p.PdfDocument(src)
    assert len(d)==G['page_count'] or G['scanned'], (f, len(d))
    t=norm(' '.join(d[i].get_textpage().get_text_range() for i in range(len(d))))
    miss=[]
    def chk(s,what):
        if s and norm(s) not in t: miss.append((what,s[:90]))
    chk(G['meeting']['location'],'loc')
    for it in G['items']:
        chk(it['printed_number']+' ' if False else it['title'],'title')
        chk(it['decision'],'dec'); chk(it['proposal'],'prop')
        for pr in it['presenters']: chk(pr,'pres')
    for pa in G.get('participants',[]):
        n=pa['name']
        if n not in t:
            fn,ln=n.rsplit(' ',1)
            if f'{ln}, {fn}' not in t: miss.append(('part',n))
    print(f, G['page_count'], len(G['items']), len(G.get('participants',[])), 'MISS' if miss else 'ok', miss)
    json.load(open(g))
