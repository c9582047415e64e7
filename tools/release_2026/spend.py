"""Spend-based commodities for release 2026.1 (issue 11, item 3): every row of US EPA Supply Chain GHG Emission
Factors v1.3 (NAICS-6), converted to euros exactly as release 2025.1 converted its 41, with Finnish names.

Inputs, both in docs/factor-research/:
  - SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv: the EPA file, vendored unchanged (its SHA-256
    is checked below, so the build cannot quietly run on an edited copy);
  - spend-names-fi.json: Finnish names and search words by NAICS code, and Finnish names of the NAICS
    subsectors for the rows without a name of their own.

The 41 factors and activities of 2025.1 keep their ids, values and categories; the build recomputes each from
the CSV and stops if one would differ. Category rule (docs/factor-sources.md, "Spend-based factors"): see
categories() below.
"""
import csv, hashlib, json, os, re

HERE = os.path.dirname(os.path.abspath(__file__))
RESEARCH = os.path.join(HERE, '..', '..', 'docs', 'factor-research')
CSV_FILE = 'SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv'
CSV_SHA256 = 'c7f508646ee091cb2218be65dec0e2bdb6143ba8511773d486c9e87f6df84177'
NAMES_FILE = 'spend-names-fi.json'

# The rate and rounding of release 2025.1 (tools/build-factor-set.py, source spend:conversion).
USD_PER_EUR = 1.0530
SOURCE = 'spend:epa-sef-v1.3'
KEYWORDS = ['euro', 'hankinta', 'spend']
NOTE_TAIL = 'US supply chains and prices: a screening estimate; prefer activity data where you have it.'
TRADE_NOTE = (' A trade sector: the wholesaler\'s or shop\'s own supply chain per euro of its margin, not the goods'
  ' it sells; for goods bought, use the goods\' own item (its value already includes the trade margins).')
ZERO_NOTE = ' EPA prints 0 with margins for this row (its value rounds to zero at three decimals).'
# Typing slips in the EPA titles, mended in the names people read; refs quote the file as it is.
TITLE_FIXES = {'excpet': 'except', 'Activites': 'Activities'}
# Words kept capitalised when a NAICS title is written in sentence case.
KEEP_CAPS = {'Great', 'Lakes', 'Internet', 'HMO', 'RV', 'ATV', 'In-Vitro'}

ROW_REF = re.compile(r"row '2017 NAICS Code'=(\d{6})")


def read_csv():
  path = os.path.join(RESEARCH, CSV_FILE)
  raw = open(path, 'rb').read()
  digest = hashlib.sha256(raw).hexdigest()
  if digest != CSV_SHA256:
    raise SystemExit(f'{CSV_FILE}: SHA-256 {digest}, expected {CSV_SHA256} (the vendored EPA file was changed)')
  rows = list(csv.DictReader(raw.decode('utf-8').splitlines()))
  for r in rows:
    assert r['GHG'] == 'All GHGs' and r['Unit'] == 'kg CO2e/2022 USD, purchaser price', r
  return rows


def sentence_case(title):
  for wrong, right in TITLE_FIXES.items():
    title = title.replace(wrong, right)
  words = title.split(' ')
  out = [words[0]]
  for w in words[1:]:
    bare = w.strip('(),')
    out.append(w if bare in KEEP_CAPS or (bare.isupper() and len(bare) > 1) else w.lower())
  return ' '.join(out)


def english_name(title):
  """The NAICS title in sentence case; "X Manufacturing" names the product X. A closing "(except …)" becomes
  ", except …" so that the "(by spend)" after it does not stand next to another parenthesis."""
  name = sentence_case(title)
  if name.endswith(' manufacturing') and ' manufacturing ' not in name:
    name = name[: -len(' manufacturing')]
  return re.sub(r' \(([^()]+)\)$', r', \1', name)


def categories(code):
  """GHG Protocol Scope 3 categories a commodity is offered in: 3.1 unless it is one of the kinds below.

  Capital goods (buildings and construction, machinery, computers and instruments, electrical equipment,
  vehicles, furniture, prefabricated buildings, boilers and tanks) are offered in both 3.1 and 3.2: the
  partner's accounts decide (the GHG Protocol follows capitalisation in the financial accounts). Transport of
  goods and warehousing go to 3.4 and 3.9, passenger transport, hotels and travel agencies to 3.6, waste and
  sewage services to 3.5, and the upstream of fuels (extraction, refining, gas distribution) to 3.3 only: its
  combustion is Scope 1, entered by quantity.
  """
  c3, c4 = code[:3], code[:4]
  if code in ('211120', '211130', '212111', '212112', '212113', '221210', '324110'):
    return ['s3.03']
  if c3 == '562' or code == '221320':
    return ['s3.05']
  if code in ('481111', '481211', '483112', '483114', '483212') or c3 in ('485', '721') or c4 == '5615' and code != '561591':
    return ['s3.06', 's3.07'] if code == '485410' else ['s3.06']
  if c3 == '722' and code not in ('722310', '722320'):
    return ['s3.01', 's3.06']
  if code == '484210':
    return ['s3.01', 's3.04']
  if c3 in ('481', '482', '483', '484', '492', '493') or (c3 == '488' and code != '488410'):
    return ['s3.04', 's3.09']
  if c3 == '486':
    return ['s3.04']
  capital = (c3 in ('236', '237', '238', '333', '337')
    or c4 in ('3341', '3342', '3343', '3345', '3351', '3352', '3353', '3361', '3362', '3364', '3365', '3366', '3369')
    or code in ('321991', '321992', '332311', '332410', '332420'))
  return ['s3.01', 's3.02'] if capital else ['s3.01']


def usd_value(r):
  return float(r['Supply Chain Emission Factors with Margins'])


def factor_value(r):
  """The value of one EPA row in euros, written as release 2025.1 wrote its 41 (tools/build-factor-set.py)."""
  code, usd = r['2017 NAICS Code'], usd_value(r)
  eur = round(usd * USD_PER_EUR, 6)
  ref = (f"{CSV_FILE}, row '2017 NAICS Code'={code}, column 'Supply Chain Emission Factors with Margins' "
    f"(SEF {r['Supply Chain Emission Factors without Margins']}, MEF {r['Margins of Supply Chain Emission Factors']}) (NAICS {code})")
  return {'year': 2022, 'co2e': eur, 'co2eGwp': 'AR5', 'source': SOURCE, 'ref': ref, 'status': 'derived',
    'derivation': f"{usd} kg CO2e per 2022 USD (with margins, purchaser price) × {USD_PER_EUR} USD/EUR = {eur} kg CO2e per 2022 EUR (see source spend:conversion)"}


def finnish_name(code, names, groups, en):
  """A Finnish name from the names file, or the subsector's Finnish name before the English title."""
  own = names.get(code)
  if own:
    return own['fi']
  return f"{groups[code[:3]]}: {en}"


def spend_acts_all(activities, new_activities):
  return [a for a in activities if a['method'] == 'spend'] + new_activities


def apply(factor_set):
  rows = read_csv()
  by_code = {r['2017 NAICS Code']: r for r in rows}
  assert len(by_code) == len(rows), 'a NAICS code appears twice in the EPA file'
  doc = json.load(open(os.path.join(RESEARCH, NAMES_FILE), encoding='utf-8'))
  names, groups = doc['names'], doc['groups']
  unknown = set(names) - set(by_code)
  assert not unknown, f'{NAMES_FILE} names codes not in the EPA file: {sorted(unknown)}'

  # Copies: the published 2025.1 data this release starts from is never changed in place.
  factors = list(factor_set['factors'])
  activities = [dict(a) for a in factor_set['activities']]
  existing = {}  # NAICS code -> factor id of release 2025.1
  for f in factors:
    if f['unit'] != 'EUR' or f['values'][0]['source'] != SOURCE:
      continue
    code = ROW_REF.search(f['values'][0]['ref']).group(1)
    again = factor_value(by_code[code])
    if f['values'] != [again]:
      raise SystemExit(f"{f['id']}: recomputed from the CSV it would change: {f['values']} != {[again]}")
    existing[code] = f['id']

  spend_acts = [a for a in activities if a['method'] == 'spend']
  for a in spend_acts:
    code = next(c for c, fid in existing.items() if fid == a['factor'])
    # Release 2025.1 appended "(euroina)" to two names that had it already.
    # Release 2025.1 appended "(euroina)" to two names that had it already, and wrote three as
    # "Tietoliikenne (kiinteä) (euroina)": a qualifier before the suffix is written after a comma.
    a['names'] = {k: re.sub(r' \(([^()]+)\)( \((?:euroina|by spend)\))$', r', \1\2', re.sub(r'(\s*\([^()]+\))\1+$', r'\1', v))
      for k, v in a['names'].items()}
    own = names.get(code, {})
    a['keywords'] = KEYWORDS + own.get('keywords', []) + [code]

  new_factors, new_activities = [], []
  for code, r in sorted(by_code.items()):
    if code in existing:
      continue
    title = r['2017 NAICS Title']
    en = names.get(code, {}).get('en') or english_name(title)
    fi = finnish_name(code, names, groups, en)
    note = f"US EPA Supply Chain GHG Emission Factors v1.3, NAICS {code} {title}. {NOTE_TAIL}"
    if code[:2] in ('42', '44', '45'):
      note += TRADE_NOTE
    if usd_value(r) == 0:
      note += ZERO_NOTE
    fid = f'epa-sef.naics.{code}'
    new_factors.append({'id': fid, 'names': {'fi': fi, 'en': en}, 'unit': 'EUR', 'values': [factor_value(r)], 'note': note})
    new_activities.append({'id': f'spend.naics.{code}', 'names': {'fi': f'{fi} (euroina)', 'en': f'{en} (by spend)'},
      'categories': categories(code), 'unit': 'EUR', 'method': 'spend', 'factor': fid,
      'keywords': KEYWORDS + names.get(code, {}).get('keywords', []) + [code]})

  # After the last spend factor and activity of 2025.1, in NAICS order.
  last_f = max(i for i, f in enumerate(factors) if f['id'] in existing.values())
  last_a = max(i for i, a in enumerate(activities) if a['method'] == 'spend')
  for a in spend_acts_all(activities, new_activities):
    for lang, name in a['names'].items():
      assert not re.search(r'\)\s*\(', name), f"{a['id']}: two parentheses in a row in the {lang} name: {name}"
  out = dict(factor_set)
  n = len(existing) + len(new_factors)
  n_fi = f'{n:,}'.replace(',', '\u00a0')  # Finnish digit groups: "1 016"
  out['description'] = {
    'fi': factor_set['description']['fi'] + f' Muutokset 2025.1:een: kaikki US EPA v1.3:n {n_fi} hyödykettä euroina (ennen 41), suomenkieliset nimet ja hakusanat.',
    'en': factor_set['description']['en'] + f' Changes from 2025.1: all {n:,} commodities of US EPA v1.3 in euros (41 before), Finnish names and search words.',
  }
  out['missing'] = [m for m in factor_set['missing'] if not m['what'].startswith('European or Finnish spend-based')] + [
    {'what': 'European or Finnish spend-based factors (SYKE ENVIMAT, EXIOBASE)',
      'why': f'No readable table with a clear licence; all {n:,} commodities of US EPA v1.3 (US supply chains and prices), converted to euros, are used.'},
    {'what': 'Price deflators to bring spend of other years to 2022 prices',
      'why': 'Not read at a source; the spend-based factors are per euro at 2022 prices and the spend is used as entered.'},
  ]
  out['factors'] = factors[: last_f + 1] + new_factors + factors[last_f + 1 :]
  out['activities'] = activities[: last_a + 1] + new_activities + activities[last_a + 1 :]
  return out
