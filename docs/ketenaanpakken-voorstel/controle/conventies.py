"""Conventies van de ketenaanpak-catalogi: verplichte velden, woordenlijsten, unieke ids (ook tegen main),
afhankelijkheden, sleutels gedocumenteerd in format.md, stappen in het voorbeeld op de juiste plek."""
import yaml, glob, re, datetime
R = '/work/scratch/issue3/rules/'
files = sorted(glob.glob(R + 'ketenaanpakken/*/criteria.yaml'))
main = sorted(glob.glob('/work/main/rules/bouwstenen/*/criteria.yaml'))
KA = {'kansrijke-start', 'valpreventie', 'overgewicht-kinderen', 'gli', 'welzijn-op-recept'}
SCOPE = {'regio', 'gemeente', 'ketenaanpak', 'ketenaanpak-gemeente'}
PARTIJ = {'gemeenten', 'zorgverzekeraar', 'ggd', 'samen', 'landelijk'}
ERNST = {'verplicht', 'advies', 'signaal'}
REQ = ['id', 'titel', 'scope', 'partij', 'ernst', 'bron', 'brontekst', 'bewijs', 'herstel']
fmt = open('/work/scratch/issue3/format.md', encoding='utf-8').read()
ex = yaml.safe_load(re.findall(r'```yaml\n(.*?)```', fmt, re.S)[0])  # het voorbeeld in format.md
errs = []; ids = {}; counts = {}; allc = {}
for f in main:
    for c in yaml.safe_load(open(f))['criteria']: ids[c['id']] = f
for f in files:
    d = yaml.safe_load(open(f, encoding='utf-8'))
    for h in ['groep', 'naam', 'bron', 'volgorde']:
        if h not in d: errs.append(f'{f}: kop {h} ontbreekt')
    counts[f.split('ketenaanpakken/')[1]] = (d['groep'], d['volgorde'], len(d['criteria']))
    for c in d['criteria']:
        w = f"{f.split('ketenaanpakken/')[1]} {c.get('id')}"
        for k in REQ:
            if not c.get(k): errs.append(f'{w}: {k} ontbreekt')
        if c['id'] in ids: errs.append(f'{w}: id dubbel (ook in {ids[c["id"]]})')
        ids[c['id']] = f; allc[c['id']] = c
        if c['scope'] not in SCOPE: errs.append(f'{w}: scope {c["scope"]}')
        if c['partij'] not in PARTIJ: errs.append(f'{w}: partij {c["partij"]}')
        if c['ernst'] not in ERNST: errs.append(f'{w}: ernst {c["ernst"]}')
        if 'tijdpad' in c and not isinstance(c['tijdpad'], datetime.date): errs.append(f'{w}: tijdpad geen datum')
        if 'jaren' in c and not all(isinstance(j, int) for j in c['jaren']): errs.append(f'{w}: jaren')
        if 'randvoorwaarden' not in f:
            if c.get('ketenaanpak') not in KA: errs.append(f'{w}: ketenaanpak {c.get("ketenaanpak")}')
        if 'stappen' in f:
            if c.get('niveau') not in ('gemeente', 'regio'): errs.append(f'{w}: niveau')
            r = c.get('referentie') or {}
            if not isinstance(r.get('percentage'), int) or 'omschrijving' not in r: errs.append(f'{w}: referentie')
            if (c['niveau'] == 'regio') != (c['scope'] == 'ketenaanpak'): errs.append(f'{w}: niveau/scope')
            if c['ernst'] != 'advies': errs.append(f'{w}: stap niet advies')
        if c['partij'] == 'landelijk' and not c['bewijs'].startswith('rules/landelijk.yaml'): errs.append(f'{w}: landelijk zonder landelijk.yaml')
        # bewijs keys documented in format.md
        for m in ([] if c['bewijs'].startswith('rules/landelijk.yaml') else re.findall(r'(?:gemeenten\[\]\.)?ketenaanpakken\.[<>\w-]+\.([a-z_]+)', c['bewijs'])):
            if f'`{m}`' not in fmt and f'.{m}`' not in fmt: errs.append(f'{w}: sleutel {m} niet in format.md')
for i, c in allc.items():
    for a in c.get('afhankelijk_van', []):
        if a not in allc or allc[a]['partij'] != 'landelijk': errs.append(f'{i}: afhankelijk_van {a} is geen landelijk criterium')
    z = c.get('zelfde_feit_als')
    if z and z not in allc: errs.append(f'{i}: zelfde_feit_als {z} onbekend')
    if c.get('van_toepassing') and 'spuk_onderdelen' not in c['van_toepassing']: errs.append(f'{i}: van_toepassing')
# landelijk.yaml
L = yaml.safe_load(open(R + 'landelijk.yaml', encoding='utf-8'))
java = {'kansrijke-start': ['kansrijke-start'], 'valpreventie': ['valpreventie'], 'overgewicht-kinderen': ['overgewicht-kinderen', 'kind-naar-gezonder-gewicht'], 'gli': ['gli', 'overgewicht-volwassenen'], 'welzijn-op-recept': ['welzijn-op-recept', 'sociaal-verwijzen']}
if set(L['ketenaanpakken']) != KA: errs.append('landelijk: ketenaanpakken')
for ka, v in L['ketenaanpakken'].items():
    if v['namen'] != java[ka]: errs.append(f'landelijk {ka}: namen wijken af van Ketenaanpak.java')
    for k, path in L['randvoorwaarden'].items():
        o = v
        for p in path.split('.'): o = o.get(p, {}) if isinstance(o, dict) else {}
        if o.get('status') not in ('aanwezig', 'geen', 'onbekend'): errs.append(f'landelijk {ka} {path}: status {o.get("status")}')
        if k not in allc: errs.append(f'landelijk: {k} niet in catalogus')
        elif path.split('.')[-1] not in allc[k]['bewijs']: errs.append(f'landelijk: {k} bewijs noemt {path} niet')
# example: step keys valid and at the right level
steps = {}
for c in yaml.safe_load(open(R + 'ketenaanpakken/stappen/criteria.yaml'))['criteria']:
    steps[(c['ketenaanpak'], c['niveau'], c['bewijs'].split(':')[0].split('.')[-1].split(' ')[0])] = c['id']
steps_keys = {(k[0], k[1], k[2]) for k in steps}
alias = {'afspraken-zv': 'regio', 'czv-aangesteld': 'gemeente'}
for g in ex['gemeenten']:
    for ka, blk in (g.get('ketenaanpakken') or {}).items():
        for s in (blk.get('stappen') or {}):
            if (ka, 'gemeente', s) not in steps_keys: errs.append(f'voorbeeld {g["code"]} {ka}: stap {s} onbekend op gemeenteniveau')
for ka, blk in ex['ketenaanpakken'].items():
    for s in (blk.get('stappen') or {}):
        if (ka, 'regio', s) not in steps_keys: errs.append(f'voorbeeld regio {ka}: stap {s} onbekend op regioniveau')
# count criteria key usage in example
print('aantallen:', counts)
print('totaal criteria:', sum(v[2] for v in counts.values()))
print(len(errs), 'problemen'); print('\n'.join(errs))
