"""Check every brontekst fragment of a catalogue against the seed lines cited in `bron`."""
import re, sys, yaml, glob
SEEDS = {'003': '/work/shared/seeds/003_058e7d6eb6b0f5e1.txt', '002': '/work/shared/seeds/002_1f36167b6ea80318.txt',
         '004': '/work/shared/seeds/004_8975404159dfe085.txt', '001': '/work/shared/seeds/001_787f97591592ecc5.txt'}
LINES = {k: open(v, encoding='utf-8').read().split('\n') for k, v in SEEDS.items()}

def norm(s):
    s = s.replace('’', "'").replace('‘', "'").replace('“', '"').replace('”', '"').replace('\u00a0', ' ')
    s = re.sub('[⁰¹²³⁴⁵⁶⁷⁸⁹]+', '', s)
    return re.sub(r'\s+', ' ', s).strip()

def seed_of(part):
    if 'RIVM' in part: return '002'
    if 'Kamerbrief' in part: return '004'
    if 'Handreiking' in part and 'GLI' in part: return '001'
    return '003'

def ranges(bron):
    out = []
    for part in bron.split(';'):
        s = seed_of(part)
        i = part.find('r. ')
        if i < 0: continue
        for a, b in re.findall(r'(\d{2,4})(?:\s*[–-]\s*(\d{2,4}))?', part[i:]):
            a = int(a); b = int(b) if b else a
            out.append((s, a, b))
    return out

def text(s, a, b, slack=1):
    ls = LINES[s][max(0, a - 1 - slack): b + slack]
    joined = ''
    for l in ls:
        l = l.rstrip()
        if joined.endswith('-') and l[:1].islower():
            joined = joined[:-1] + l.lstrip()
        else:
            joined += ' ' + l
    return norm(joined), norm(' '.join(ls))

def check(item, where):
    bron = item.get('bron', ''); bt = item.get('brontekst', '')
    rs = ranges(bron)
    if not rs:
        return [f'{where}: geen regelnummers in bron {bron!r}']
    hay = [t for (s, a, b) in rs for t in text(s, a, b)]
    errs = []
    quotes = re.findall(r'"([^"]+)"', bt)
    if not quotes: errs.append(f'{where}: geen citaat in brontekst')
    for q in quotes:
        for frag in re.split(r'\[…\]|…', q):
            f = norm(frag).strip(' .,;:')
            if len(f) < 4: continue
            if not any(f in h for h in hay):
                errs.append(f'{where}: NIET GEVONDEN in {bron}: {f[:110]!r}')
    return errs

errs = []; n = 0
for path in sys.argv[1:]:
    d = yaml.safe_load(open(path, encoding='utf-8'))
    items = list(d.get('criteria', []))
    for it in items:
        n += 1
        errs += check(it, f"{path.split('rules/')[-1]} {it['id']}")
    # landelijk.yaml: nested facts with bron/brontekst
    def walk(o, p):
        global n
        if isinstance(o, dict):
            if 'bron' in o and 'brontekst' in o and 'id' not in o:
                n += 1; errs.extend(check(o, f'{path.split("issue3/")[-1]} {p}'))
            for k, v in o.items(): walk(v, f'{p}.{k}')
        elif isinstance(o, list):
            for i, v in enumerate(o): walk(v, f'{p}[{i}]')
    if 'criteria' not in d: walk(d, '')
    if 'gestart' in d: walk(d['gestart'], 'gestart')
print(f'{n} items gecontroleerd, {len(errs)} problemen')
print('\n'.join(errs))
