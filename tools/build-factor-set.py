"""Builds src/factors/sets/fi-2025.1.json from the research files in docs/factor-research/.

Kept in the repository so anyone can see how each default factor was chosen from what was read at its source.
A published set never changes: this script is for building the NEXT release, never for rewriting one.
Run: python3 tools/build-factor-set.py > src/factors/sets/fi-2025.1.json
Swedish names (added to the published file in 2026, issue 15) come from tools/release_2026/names-sv.tsv.
"""
import json, os, sys

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
from release_2026 import names_sv  # noqa: E402
R = lambda name: json.load(open(os.path.join(HERE, '..', 'docs', 'factor-research', name)))
fuels, desnz, energy, energy2, spend = R('fuels.json'), R('desnz.json'), R('energy.json'), R('energy2.json'), R('spend.json')

sources = {}
factors = []
activities = []
fuel_props = []
missing = []

def use_sources(research, prefix):
  for k, v in research['sources'].items():
    s = {kk: v[kk] for kk in ('publisher', 'document', 'year', 'url', 'via', 'note') if v.get(kk) not in (None, '')}
    sources[prefix + k] = s

for research, prefix in ((fuels, 'fuels:'), (desnz, 'desnz:'), (energy, 'energy:'), (energy2, 'energy2:'), (spend, 'spend:')):
  use_sources(research, prefix)

# Values read second-hand in code copies: the publisher is the original one; the copy is named in `via`.
def republish(key, publisher, document, url):
  src = sources[key]
  src['via'] = f"{src['publisher']}: {src['document']}" + (f" ({src['via']})" if src.get('via') else '')
  src.update({'publisher': publisher, 'document': document, 'url': url})
  src['note'] = 'Read second-hand in a copy that quotes the publisher; check at the publisher before relying on it.'

republish('energy:code_rm_2024', 'Energiavirasto (Energy Authority, Finland)',
  'Residual mix of Finland 2024 (jäännösjakauma 2024, published June 2025)', 'https://energiavirasto.fi/')
republish('energy:code_fingrid_2024', 'Tilastokeskus (Statistics Finland), as published by Fingrid',
  'CO2 emission coefficient of electricity generation in Finland, 2024', 'https://www.fingrid.fi/sahkomarkkinainformaatio/co2/')

def rec(research, rid):
  for r in research['records']:
    if r['id'] == rid:
      return r
  raise KeyError(rid)

def clean_value(v, prefix, keep=('gases', 'co2eParts', 'co2e', 'co2eGwp', 'biogenicCO2')):
  out = {'year': v['year']}
  for k in keep:
    if v.get(k) is not None:
      out[k] = v[k]
  # A source that gives per-gas parts and a total: the parts are used, the total is kept only for checking.
  if 'co2eParts' in out:
    out.pop('co2e', None)
    out.setdefault('co2eGwp', 'AR5')
  out['source'] = prefix + v['source']
  if v.get('ref'): out['ref'] = v['ref']
  out['status'] = v['status']
  if v.get('derivation'): out['derivation'] = v['derivation']
  return out

def add_factor(fid, names, unit, values, note=None):
  f = {'id': fid, 'names': names, 'unit': unit, 'values': values}
  if note: f['note'] = note
  factors.append(f)
  return fid

def from_research(research, prefix, rid, fid=None, years=None, names=None, note_extra=None):
  r = rec(research, rid)
  vals = [clean_value(v, prefix) for v in r['values'] if (years is None or v['year'] in years)]
  # one value per year: the first listed wins (the research lists the best source first)
  seen, uniq = set(), []
  for v in vals:
    if v['year'] in seen: continue
    seen.add(v['year']); uniq.append(v)
  note = r.get('note')
  if note_extra: note = (note + ' ' if note else '') + note_extra
  return add_factor(fid or rid, names or r['names'], r['unit'], uniq, note)

def activity(aid, fi, en, categories, unit, factor=None, method='activity', **kw):
  a = {'id': aid, 'names': {'fi': fi, 'en': en}, 'categories': categories, 'unit': unit, 'method': method}
  if factor: a['factor'] = factor
  a.update(kw)
  activities.append(a)

ENERGY_USE = ['s3.08', 's3.10', 's3.11', 's3.13', 's3.14']

# ---- Scope 1: stationary combustion (IPCC 2006 defaults per TJ, converted through Finnish fuel properties)
def fuel(pid, fi, en, ncv=None, density=None, ncv_per_l=None, src=None, ref=None, status='second-hand'):
  p = {}
  if ncv is not None: p['ncvMJPerKg'] = ncv
  if density is not None: p['densityKgPerL'] = density
  if ncv_per_l is not None: p['ncvMJPerL'] = ncv_per_l
  fuel_props.append({'id': pid, 'names': {'fi': fi, 'en': en}, 'properties': p, 'source': src, 'ref': ref, 'status': status})
  return pid

lfo = fuel('light-fuel-oil', 'Kevyt polttoöljy', 'Light fuel oil', ncv=42.5, density=0.845, src='fuels:hake_vtt',
  ref=rec(fuels, 'prop.light-fuel-oil')['values'][0]['ref'])
dsl = fuel('diesel', 'Dieselöljy', 'Diesel oil', ncv=41.5, density=0.845, src='fuels:hake_vtt',
  ref='table row dieselöljy: GJ/t 41,5; density 0,845 t/m3')
hfo = fuel('heavy-fuel-oil', 'Raskas polttoöljy', 'Heavy fuel oil', ncv=40.6, density=0.955, src='fuels:hake_vtt',
  ref=rec(fuels, 'prop.heavy-fuel-oil')['values'][0]['ref'] + ' (the normal grade, 40,60 GJ/t, is used)')
lpg = fuel('lpg', 'Nestekaasu', 'LPG', ncv=46.3, density=0.58, src='fuels:hake_vtt', ref='table row nestekaasu: GJ/t 46,3; density 0,58 t/m3')
ng = fuel('natural-gas', 'Maakaasu', 'Natural gas', ncv_per_l=0.036, src='fuels:hake_vtt',
  ref='table row maakaasu (0 °C): 36 GJ per 1000 m3 = 0.036 MJ per litre (normal litre at 0 °C)')
coal = fuel('hard-coal', 'Kivihiili', 'Hard coal', ncv=25.8, src='fuels:gcb_build', ref='IPCC 2006 Vol 2 Table 1.2 other bituminous coal 25.8 TJ/Gg, as quoted')
peat = fuel('peat', 'Turve', 'Peat', ncv=9.76, src='fuels:fgv2026', ref="FGV row 'Turfa' (source_ref 'IPCC 2006') pci_gj_t 9.76")
pellet = fuel('wood-pellets', 'Puupelletit', 'Wood pellets', ncv=16.92, density=0.69, src='fuels:hake_vtt',
  ref=rec(fuels, 'prop.wood-pellets')['values'][0]['ref'])

# IPCC defaults: the publisher is the IPCC; the copies they were read in are named in the source's `via`
# and in each value's derivation (the IPCC PDFs themselves were not readable).
sources['fuels:ipcc2006v2']['via'] = ('Second-hand copies: GHG Protocol Brazil (FGV) calculation tool fuel table (CH4/N2O per sector, CO2 per TJ); '
  'iClimate/ghgpy src/ghgpy/data/efs.py and fuels.py (CO2 defaults, NCV); a data build script quoting Table 1.2/1.3 (NCV, carbon content). '
  'See each value\'s ref and derivation.')
def ipcc(rid, fid):
  f = from_research(fuels, 'fuels:', rid, fid)
  for v in factors[-1]['values']:
    v['ref'] = v.get('ref', '') + f" [read in {v['source']}]"
    v['source'] = 'fuels:ipcc2006v2'
  return f
f_lfo = ipcc('ipcc.stat.gas-diesel-oil', 'ipcc2006.gas-diesel-oil')
f_hfo = ipcc('ipcc.stat.residual-fuel-oil', 'ipcc2006.residual-fuel-oil')
f_lpg = ipcc('ipcc.stat.lpg', 'ipcc2006.lpg')
f_ng = ipcc('ipcc.stat.natural-gas', 'ipcc2006.natural-gas')
f_coal = ipcc('ipcc.stat.other-bituminous-coal', 'ipcc2006.other-bituminous-coal')
f_peat = ipcc('ipcc.stat.peat', 'ipcc2006.peat')
f_wood = ipcc('ipcc.stat.wood', 'ipcc2006.wood')
f_biomass = ipcc('ipcc.stat.other-primary-solid-biomass', 'ipcc2006.other-primary-solid-biomass')

S1 = ['s1.stationary']
activity('fuel.light-fuel-oil', 'Kevyt polttoöljy', 'Light fuel oil', S1 + ENERGY_USE, 'l', f_lfo, fuel=lfo, keywords=['öljy', 'lämmitysöljy', 'heating oil', 'POK'])
activity('fuel.diesel-stationary', 'Diesel (aggregaatit, kiinteät koneet)', 'Diesel (generators, stationary engines)', S1 + ENERGY_USE, 'l', f_lfo, fuel=dsl, keywords=['aggregaatti', 'generator'])
activity('fuel.heavy-fuel-oil', 'Raskas polttoöljy', 'Heavy fuel oil', S1 + ENERGY_USE, 'l', f_hfo, fuel=hfo, keywords=['POR'])
activity('fuel.lpg', 'Nestekaasu (lämmitys, prosessit)', 'LPG (heating, processes)', S1 + ENERGY_USE, 'kg', f_lpg, fuel=lpg, keywords=['propaani', 'propane', 'kaasupullo'])
activity('fuel.natural-gas', 'Maakaasu', 'Natural gas', S1 + ENERGY_USE, 'm3', f_ng, fuel=ng, keywords=['kaasu', 'gas'])
activity('fuel.hard-coal', 'Kivihiili', 'Hard coal', S1 + ENERGY_USE, 't', f_coal, fuel=coal, keywords=['hiili', 'coal'])
activity('fuel.peat', 'Turve', 'Peat', S1 + ENERGY_USE, 'MWh', f_peat, fuel=peat, keywords=['jyrsinturve', 'palaturve'])
activity('fuel.wood-chips', 'Puuhake ja muu puupolttoaine', 'Wood chips and other wood fuel', S1 + ENERGY_USE, 'MWh', f_wood, keywords=['hake', 'klapi', 'polttopuu', 'firewood'])
activity('fuel.wood-pellets', 'Puupelletit', 'Wood pellets', S1 + ENERGY_USE, 't', f_wood, fuel=pellet, keywords=['pelletti', 'pellet'])
activity('fuel.other-solid-biomass', 'Muu kiinteä biomassa', 'Other primary solid biomass', S1 + ENERGY_USE, 'MWh', f_biomass, keywords=['biomassa', 'olki', 'straw'])

# ---- Scope 1: mobile combustion (DESNZ per litre)
f_vdiesel = from_research(fuels, 'fuels:', 'desnz.diesel-mineral.l', 'desnz.fuel.diesel-mineral.l')
f_vpetrol = from_research(fuels, 'fuels:', 'desnz.petrol-mineral.l', 'desnz.fuel.petrol-mineral.l')
f_vlpg = from_research(fuels, 'fuels:', 'desnz.lpg.l', 'desnz.fuel.lpg.l')
M1 = ['s1.mobile']
activity('vehicle-fuel.diesel', 'Diesel (ajoneuvot ja työkoneet)', 'Diesel (vehicles and machinery)', M1 + ['s3.10', 's3.11'], 'l', f_vdiesel, keywords=['diesel', 'polttoainekortti', 'fuel card', 'työkone'])
activity('vehicle-fuel.petrol', 'Bensiini (ajoneuvot)', 'Petrol (vehicles)', M1 + ['s3.10', 's3.11'], 'l', f_vpetrol, keywords=['bensa', 'gasoline', 'E10', '95', '98'])
activity('vehicle-fuel.lpg', 'Nestekaasu (ajoneuvot, trukit)', 'LPG (vehicles, forklifts)', M1, 'l', f_vlpg, keywords=['trukki', 'forklift'])

# ---- Vehicles by distance (DESNZ 2025): own fleet (Scope 1), business travel and commuting (Scope 3)
CAR_CATS = ['s1.mobile', 's3.06', 's3.07']
TRAVEL_ONLY = ['s3.06', 's3.07']
names_size = {'small': ('pieni', 'small'), 'medium': ('keskikokoinen', 'medium'), 'large': ('suuri', 'large'), 'avg': ('keskimääräinen', 'average')}
names_fuel = {'diesel': ('diesel', 'diesel'), 'petrol': ('bensiini', 'petrol'), 'hybrid': ('hybridi', 'hybrid'), 'phev': ('ladattava hybridi', 'plug-in hybrid'),
  'bev': ('täyssähkö', 'battery electric'), 'unknown': ('käyttövoima ei tiedossa', 'unknown fuel'), 'cng': ('biokaasu/maakaasu (CNG)', 'CNG'), 'lpg': ('nestekaasu', 'LPG')}
for size in ('avg', 'small', 'medium', 'large'):
  for fuelname in ('diesel', 'petrol', 'hybrid', 'phev', 'bev', 'unknown', 'cng', 'lpg'):
    rid = f'car.{size}.{fuelname}'
    try: rec(desnz, rid)
    except KeyError: continue
    fid = from_research(desnz, 'desnz:', rid, 'desnz.' + rid)
    sf, se = names_size[size]; ff, fe = names_fuel[fuelname]
    # Electric and plug-in cars: DESNZ includes UK-grid charging, which for an owned car is Scope 2, not Scope 1.
    cats = TRAVEL_ONLY if fuelname in ('bev', 'phev') else CAR_CATS
    activity(rid, f'Henkilöauto, {sf}, {ff}', f'Car, {se}, {fe}', cats, 'km', fid, keywords=['auto', 'car', 'km'])
for vf in ('diesel', 'petrol', 'unknown', 'phev', 'bev'):
  fid = from_research(desnz, 'desnz:', f'van.{vf}.km', f'desnz.van.{vf}.km')
  ff, fe = names_fuel[vf]
  cats = TRAVEL_ONLY if vf in ('bev', 'phev') else CAR_CATS
  activity(f'van.{vf}', f'Pakettiauto, {ff}', f'Van, {fe}', cats + ['s3.04', 's3.09'], 'km', fid, keywords=['paku', 'van'])
for mb, (fi, en) in {'avg': ('keskimääräinen', 'average'), 'small': ('pieni', 'small'), 'medium': ('keskikokoinen', 'medium'), 'large': ('suuri', 'large')}.items():
  fid = from_research(desnz, 'desnz:', f'motorbike.{mb}', f'desnz.motorbike.{mb}')
  activity(f'motorbike.{mb}', f'Moottoripyörä, {fi}', f'Motorbike, {en}', CAR_CATS, 'km', fid)

# ---- Scope 1: fugitive and process gases (mass of gas × GWP; see src/core/gwpData.ts)
GASCATS = ['s1.fugitive', 's1.process']
REFRIGERANTS = ['R-134a', 'R-32', 'R-125', 'R-143a', 'R-152a', 'R-23', 'R-227ea', 'R-236fa', 'R-245fa', 'R-1234yf', 'R-1234ze(E)',
  'R-404A', 'R-407A', 'R-407C', 'R-407F', 'R-410A', 'R-427A', 'R-448A', 'R-449A', 'R-450A', 'R-452A', 'R-454B', 'R-454C',
  'R-455A', 'R-507A', 'R-513A', 'R-515B', 'R-744', 'R-290']
for r in REFRIGERANTS:
  activity(f'refrigerant.{r}', f'Kylmäaine {r}', f'Refrigerant {r}', ['s1.fugitive'], 'kg', gas=r, keywords=['kylmäaine', 'refrigerant', 'huolto', 'vuoto', 'leak', r.replace('R-', 'R')])
activity('gas.SF6', 'Rikkiheksafluoridi SF6 (sähkökojeistot)', 'Sulphur hexafluoride SF6 (switchgear)', GASCATS, 'kg', gas='SF6', keywords=['SF6', 'kojeisto'])
activity('gas.HFC-227ea', 'Sammutuskaasu HFC-227ea (FM-200)', 'Fire suppression HFC-227ea (FM-200)', GASCATS, 'kg', gas='HFC-227ea', keywords=['sammutus', 'fire', 'FM-200'])
activity('gas.FK-5-1-12', 'Sammutuskaasu FK-5-1-12 (Novec 1230)', 'Fire suppression FK-5-1-12 (Novec 1230)', GASCATS, 'kg', gas='FK-5-1-12', keywords=['sammutus', 'fire', 'Novec'])
activity('gas.CO2', 'Hiilidioksidi (sammuttimet, hiilihappo, hitsaus, prosessi)', 'Carbon dioxide (extinguishers, carbonation, welding, process)', GASCATS, 'kg', gas='CO2', keywords=['CO2', 'hiilihappo', 'kuivajää', 'dry ice'])
activity('gas.N2O', 'Dityppioksidi N2O (ilokaasu)', 'Nitrous oxide N2O', GASCATS, 'kg', gas='N2O', keywords=['ilokaasu', 'laughing gas'])
activity('gas.CH4-fossil', 'Metaanivuoto (maakaasu)', 'Methane leak (natural gas)', GASCATS, 'kg', gas='CH4-fossil', keywords=['metaani', 'methane'])

# ---- Scope 2
f_el_loc = add_factor('fi.electricity.location', {'fi': 'Sähkö, Suomen sähköntuotannon keskimääräinen CO2-päästökerroin', 'en': 'Electricity, average CO2 emission factor of electricity generation in Finland'}, 'kWh',
  [clean_value(rec(energy, 'fi.electricity.location.motiva')['values'][0], 'energy:'),
   clean_value(rec(energy, 'fi.electricity.location.statfin_production')['values'][0], 'energy:')],
  'Location-based. Direct CO2 of electricity generated in Finland (production basis). 2014: Motiva five-year moving average (verified). 2024: Statistics Finland coefficient as published by Fingrid (read second-hand). Years between have no readable official value in this release: an inventory of 2015–2023 uses the 2014 value and its trace and warnings say so.')
f_el_rm = from_research(energy, 'energy:', 'fi.electricity.residualmix.energyauthority', 'fi.electricity.residual-mix')
activity('electricity.fi', 'Sähkö (Suomen sähköverkko)', 'Electricity (Finnish grid)', ['s2.electricity'] + ENERGY_USE, 'kWh', f_el_loc, marketFactor=f_el_rm, keywords=['sähkö', 'electricity', 'kWh', 'sähkölasku'])
f_heat = add_factor('fi.district-heat.national', {'fi': 'Kaukolämpö, Suomen keskiarvo (yhteistuotantoalueet, hyödynjakomenetelmä)', 'en': 'District heat, Finnish average (CHP areas, benefit-sharing method)'}, 'MWh',
  [clean_value(rec(energy, 'fi.districtheat.national.motiva_chp')['values'][0], 'energy:')], rec(energy, 'fi.districtheat.national.motiva_chp').get('note'))
activity('district-heat.fi', 'Kaukolämpö (kansallinen keskiarvo tai oman toimittajan kerroin)', 'District heat (national average or your supplier\'s factor)', ['s2.heat'] + ENERGY_USE, 'MWh', f_heat, keywords=['kaukolämpö', 'district heating', 'lämpö', 'heat'])
f_cool = from_research(energy, 'energy:', 'fi.districtcooling.helen', 'fi.district-cooling.helen')
activity('district-cooling.helen', 'Kaukojäähdytys, Helen (Helsinki)', 'District cooling, Helen (Helsinki)', ['s2.cooling', 's3.08', 's3.13'], 'kWh', f_cool, keywords=['kaukokylmä', 'jäähdytys', 'cooling'])

# ---- Scope 3.1 / 3.2: materials (DESNZ material use, per tonne) and water
MATERIALS = {
  'paper_and_board_paper': ('Paperi', 'Paper'), 'paper_and_board_board': ('Kartonki', 'Board'), 'paper_and_board_mixed': ('Paperi ja kartonki, seka', 'Paper and board, mixed'),
  'plastics_average_plastics': ('Muovit, keskiarvo', 'Plastics, average'), 'plastics_average_plastic_film': ('Muovikalvo', 'Plastic film'), 'plastics_average_plastic_rigid': ('Jäykkä muovi', 'Rigid plastic'),
  'glass': ('Lasi', 'Glass'), 'metals': ('Metallit', 'Metals'), 'metal_steel_cans': ('Teräs (tölkit)', 'Steel cans'), 'metal_aluminium_cans_and_foil_excl_forming': ('Alumiini (tölkit ja folio)', 'Aluminium cans and foil'),
  'metal_scrap_metal': ('Romumetalli', 'Scrap metal'), 'wood': ('Puu', 'Wood'), 'concrete': ('Betoni', 'Concrete'), 'bricks': ('Tiilet', 'Bricks'), 'aggregates': ('Kiviaines', 'Aggregates'),
  'asphalt': ('Asfaltti', 'Asphalt'), 'insulation': ('Eristeet', 'Insulation'), 'plasterboard': ('Kipsilevy', 'Plasterboard'), 'average_construction': ('Rakennusmateriaalit, keskiarvo', 'Construction materials, average'),
  'clothing': ('Vaatteet ja tekstiilit', 'Clothing and textiles'), 'food_and_drink': ('Ruoka ja juoma', 'Food and drink'), 'electrical_items_it': ('Sähkölaitteet, IT', 'Electrical items, IT'),
  'electrical_items_large': ('Sähkölaitteet, suuret', 'Electrical items, large'), 'electrical_items_small': ('Sähkölaitteet, pienet', 'Electrical items, small'), 'batteries_li_ion': ('Litiumioniakut', 'Lithium-ion batteries'), 'tyres': ('Renkaat', 'Tyres'),
}
for m, (fi, en) in MATERIALS.items():
  fid = from_research(desnz, 'desnz:', f'material.{m}.primary', f'desnz.material.{m}.primary')
  activity(f'material.{m}', f'{fi} (neitseellinen materiaali)', f'{en} (primary material)', ['s3.01', 's3.02'], 't', fid, keywords=['materiaali', 'material', 'hankinta'])
f_water = from_research(desnz, 'desnz:', 'water.supply', 'desnz.water.supply')
activity('water.supply', 'Vesi (vesijohtovesi)', 'Water supply', ['s3.01'], 'm3', f_water, keywords=['vesi', 'water'])
f_wwt = from_research(desnz, 'desnz:', 'water.treatment', 'desnz.water.treatment')
activity('water.treatment', 'Jätevesi (käsittely)', 'Waste water treatment', ['s3.05'], 'm3', f_wwt, keywords=['jätevesi', 'viemäri', 'waste water'])

# ---- Scope 3.1 / 3.2 / 3.4 / 3.6: spend-based (US EPA v1.3, per 2022 USD → per 2022 EUR at the ECB 2022 average)
USD_PER_EUR = 1.0530
sources['spend:conversion'] = {'publisher': 'Päästölaskuri (derived)', 'document': 'US EPA Supply Chain GHG Emission Factors v1.3 converted from kg CO2e per 2022 USD to kg CO2e per 2022 EUR with the ECB 2022 annual average reference rate 1.0530 USD/EUR (read second-hand). No inflation adjustment: the factors are for 2022 prices.', 'year': 2026, 'url': 'https://data.ecb.europa.eu/data/datasets/EXR/EXR.A.USD.EUR.SP00.A'}
SPEND = {
  'spend.paper.stationery': ('Toimistopaperi ja paperituotteet', 'Stationery and paper products', ['s3.01']),
  'spend.office.supplies': ('Toimistotarvikkeet', 'Office supplies', ['s3.01']),
  'spend.it.computers': ('Tietokoneet', 'Computers', ['s3.01', 's3.02']),
  'spend.it.peripherals': ('Tietokoneiden oheislaitteet', 'Computer peripherals', ['s3.01', 's3.02']),
  'spend.it.phones': ('Puhelimet ja viestintälaitteet', 'Phones and communication equipment', ['s3.01', 's3.02']),
  'spend.furniture.office': ('Toimistokalusteet', 'Office furniture', ['s3.01', 's3.02']),
  'spend.printing': ('Painotuotteet', 'Printing', ['s3.01']),
  'spend.food.restaurant': ('Ravintolapalvelut', 'Restaurant services', ['s3.01', 's3.06']),
  'spend.food.catering': ('Catering ja henkilöstöruokailu', 'Catering and staff meals', ['s3.01']),
  'spend.food.coffee': ('Kahvi ja tee', 'Coffee and tea', ['s3.01']),
  'spend.accommodation': ('Majoituspalvelut', 'Accommodation', ['s3.06']),
  'spend.services.legal': ('Lakipalvelut', 'Legal services', ['s3.01']),
  'spend.services.accounting': ('Kirjanpito ja tilintarkastus', 'Accounting and auditing', ['s3.01']),
  'spend.services.consulting': ('Konsultointi', 'Consulting', ['s3.01']),
  'spend.services.advertising': ('Mainonta ja markkinointi', 'Advertising and marketing', ['s3.01']),
  'spend.it.software': ('Ohjelmistot', 'Software', ['s3.01']),
  'spend.it.services': ('IT-palvelut', 'IT services', ['s3.01']),
  'spend.it.hosting': ('Pilvi- ja palvelinpalvelut', 'Hosting and cloud services', ['s3.01']),
  'spend.telecom.wired': ('Tietoliikenne (kiinteä)', 'Telecommunications (wired)', ['s3.01']),
  'spend.telecom.mobile': ('Matkapuhelinliittymät', 'Mobile telecommunications', ['s3.01']),
  'spend.services.cleaning': ('Siivouspalvelut', 'Cleaning services', ['s3.01']),
  'spend.construction.repair': ('Rakennusten korjaus ja huolto', 'Building repair and maintenance', ['s3.01']),
  'spend.construction.commercial': ('Rakentaminen (liikerakennukset)', 'Construction (commercial buildings)', ['s3.02']),
  'spend.vehicle.repair': ('Ajoneuvojen huolto ja korjaus', 'Vehicle repair and maintenance', ['s3.01']),
  'spend.clothing.workwear': ('Työvaatteet', 'Workwear', ['s3.01']),
  'spend.plastics.products': ('Muovituotteet', 'Plastic products', ['s3.01']),
  'spend.plastics.packaging': ('Muovipakkaukset', 'Plastic packaging', ['s3.01']),
  'spend.metal.fabricated': ('Metallituotteet', 'Fabricated metal products', ['s3.01', 's3.02']),
  'spend.packaging.cardboard': ('Pahvipakkaukset', 'Cardboard packaging', ['s3.01']),
  'spend.chemicals.cleaning': ('Puhdistusaineet', 'Cleaning chemicals', ['s3.01']),
  'spend.finance.insurance': ('Vakuutukset', 'Insurance', ['s3.01']),
  'spend.finance.banking': ('Pankkipalvelut', 'Banking services', ['s3.01']),
  'spend.post.postal': ('Postipalvelut', 'Postal services', ['s3.01', 's3.04']),
  'spend.post.courier': ('Kuriiri- ja pakettipalvelut', 'Courier and parcel services', ['s3.04', 's3.09']),
  'spend.transport.freight.truck': ('Tiekuljetukset (rahti)', 'Road freight services', ['s3.04', 's3.09']),
  'spend.travel.air': ('Lentomatkat (euroina)', 'Air travel (by spend)', ['s3.06']),
  'spend.travel.taxi': ('Taksimatkat (euroina)', 'Taxi (by spend)', ['s3.06']),
  'spend.travel.carrental': ('Autonvuokraus', 'Car rental', ['s3.06']),
  'spend.services.training': ('Koulutuspalvelut', 'Training services', ['s3.01']),
  'spend.services.engineering': ('Suunnittelu- ja insinööripalvelut', 'Engineering services', ['s3.01']),
  'spend.services.staffing': ('Henkilöstöpalvelut', 'Staffing services', ['s3.01']),
}
for sid, (fi, en, cats) in SPEND.items():
  r = rec(spend, sid)
  v = r['values'][0]
  eur = round(v['co2e'] * USD_PER_EUR, 6)
  value = {'year': v['year'], 'co2e': eur, 'co2eGwp': 'AR5', 'source': 'spend:epa-sef-v1.3', 'ref': (v.get('ref') or '') + f" (NAICS {r.get('naics', '')})",
    'status': 'derived', 'derivation': f"{v['co2e']} kg CO2e per 2022 USD (with margins, purchaser price) × {USD_PER_EUR} USD/EUR = {eur} kg CO2e per 2022 EUR (see source spend:conversion)"}
  fid = add_factor('epa-sef.' + sid[len('spend.'):], {'fi': fi, 'en': en}, 'EUR', [value], f"US EPA Supply Chain GHG Emission Factors v1.3, NAICS {r.get('naics', '')} {r.get('naicsTitle', '')}. US supply chains and prices: a screening estimate; prefer activity data where you have it.")
  activity(sid, f'{fi} (euroina)', f'{en} (by spend)', cats, 'EUR', fid, method='spend', keywords=['euro', 'hankinta', 'spend'])

# ---- Scope 3.3: well-to-tank of fuels (DESNZ 2025)
for rid, aid, fi, en, unit in (('desnz.wtt.diesel-mineral.l', 'wtt.diesel', 'Dieselin tuotantoketju (WTT)', 'Diesel, well-to-tank', 'l'),
    ('desnz.wtt.fuel-oil.l', 'wtt.fuel-oil', 'Raskaan polttoöljyn tuotantoketju (WTT, fuel oil)', 'Fuel oil, well-to-tank', 'l'),
    ('desnz.wtt.burning-oil.l', 'wtt.burning-oil', 'Kerosiinin tuotantoketju (WTT, burning oil)', 'Burning oil (kerosene), well-to-tank', 'l'),
    ('desnz.wtt.lpg.l', 'wtt.lpg', 'Nestekaasun tuotantoketju (WTT)', 'LPG, well-to-tank', 'l'),
    ('desnz.wtt.natural-gas.m3', 'wtt.natural-gas', 'Maakaasun tuotantoketju (WTT)', 'Natural gas, well-to-tank', 'm3')):
  fid = from_research(fuels, 'fuels:', rid, rid)
  activity(aid, fi, en, ['s3.03'], unit, fid, keywords=['WTT', 'tuotantoketju', 'upstream'])

# ---- Scope 3.4 / 3.9: freight (DESNZ 2025 per tonne-km)
FREIGHT = {
  'freight.hgv.all.avg': ('Kuorma-auto, keskimäärin (diesel, keskim. kuorma)', 'Lorry, all HGVs average (diesel, average laden)'),
  'freight.hgv.rigid.avg': ('Kuorma-auto, jäykkärunkoinen', 'Lorry, rigid'),
  'freight.hgv.artic.avg': ('Kuorma-auto, puoliperävaunu', 'Lorry, articulated'),
  'freight.van.diesel.tkm': ('Pakettiauto, diesel (tonnikilometri)', 'Van, diesel (tonne-km)'),
  'freight.van.bev.tkm': ('Pakettiauto, sähkö (tonnikilometri)', 'Van, battery electric (tonne-km)'),
  'freight.rail': ('Rautatierahti', 'Rail freight'),
  'freight.sea.container.avg': ('Merirahti, konttialus', 'Sea freight, container ship'),
  'freight.sea.generalcargo.avg': ('Merirahti, kappaletavara-alus', 'Sea freight, general cargo'),
  'freight.sea.bulk.avg': ('Merirahti, bulkkialus', 'Sea freight, bulk carrier'),
  'freight.sea.roro.avg': ('Merirahti, ro-ro-alus', 'Sea freight, ro-ro ferry'),
}
for rid, (fi, en) in FREIGHT.items():
  fid = from_research(desnz, 'desnz:', rid, 'desnz.' + rid)
  activity(rid.replace('.tkm', ''), fi, en, ['s3.04', 's3.09'], 'tkm', fid, keywords=['rahti', 'kuljetus', 'freight', 'tkm'])
for band, (fi, en) in {'domestic': ('kotimaa', 'domestic'), 'shorthaul': ('lyhyt', 'short-haul'), 'longhaul': ('pitkä', 'long-haul'), 'intl': ('kansainvälinen', 'international')}.items():
  f0 = from_research(desnz, 'desnz:', f'freight.air.{band}.norf', f'desnz.freight.air.{band}.norf')
  f1 = from_research(desnz, 'desnz:', f'freight.air.{band}.rf', f'desnz.freight.air.{band}.rf')
  activity(f'freight.air.{band}', f'Lentorahti, {fi}', f'Air freight, {en}', ['s3.04', 's3.09'], 'tkm', f0, factorWithRF=f1, keywords=['lentorahti', 'air freight'])

# ---- Scope 3.5 / 3.12: waste (DESNZ 2025 per tonne)
WASTE = {
  'commercial_and_industrial_waste': ('Sekajäte (yritys)', 'Mixed commercial and industrial waste'), 'household_residual_waste': ('Sekajäte (yhdyskunta)', 'Residual household-type waste'),
  'organic_food_and_drink_waste': ('Biojäte (ruoka)', 'Food waste'), 'organic_garden_waste': ('Puutarhajäte', 'Garden waste'),
  'paper_and_board_mixed': ('Paperi ja kartonki', 'Paper and board'), 'plastics_average_plastics': ('Muovi', 'Plastics'), 'glass': ('Lasi', 'Glass'),
  'metal_mixed_cans': ('Metalli', 'Metal'), 'weee_mixed': ('Sähkö- ja elektroniikkaromu', 'Electrical and electronic waste'), 'wood': ('Puujäte', 'Wood waste'),
  'clothing': ('Tekstiilijäte', 'Textile waste'), 'average_construction': ('Rakennusjäte', 'Construction waste'), 'concrete': ('Betonijäte', 'Concrete waste'),
}
TREAT = {'landfill': ('kaatopaikka', 'landfill'), 'combustion': ('energiahyödyntäminen (poltto)', 'combustion with energy recovery'), 'recycling_closedloop': ('kierrätys (suljettu kierto)', 'recycling (closed loop)'),
  'recycling_openloop': ('kierrätys (avoin kierto)', 'recycling (open loop)'), 'composting': ('kompostointi', 'composting'), 'anaerobic_digestion': ('biokaasulaitos (mädätys)', 'anaerobic digestion')}
for m, (fi, en) in WASTE.items():
  for t, (tfi, ten) in TREAT.items():
    rid = f'waste.{m}.{t}'
    try: rec(desnz, rid)
    except KeyError: continue
    fid = from_research(desnz, 'desnz:', rid, 'desnz.' + rid)
    activity(rid, f'{fi}, {tfi}', f'{en}, {ten}', ['s3.05', 's3.12'], 't', fid, keywords=['jäte', 'waste', tfi, ten])

# ---- Scope 3.6 / 3.7: passenger transport (DESNZ 2025)
TRAVEL = ['s3.06', 's3.07']
# DESNZ's bands are defined for flights to and from the UK; "international, to/from non-UK" is the band that
# fits a flight from Finland. The names say which DESNZ row is behind each choice.
for band, (fi, en), classes in (('domestic', ('kotimaa (DESNZ: Britannian kotimaan lennot)', 'domestic (DESNZ: UK domestic flights)'), ['avg']),
    ('shorthaul', ('lyhyt reitti (DESNZ short-haul, Britanniaan/-sta)', 'short-haul (DESNZ, to/from UK)'), ['avg', 'economy', 'business']),
    ('longhaul', ('pitkä reitti (DESNZ long-haul, Britanniaan/-sta)', 'long-haul (DESNZ, to/from UK)'), ['avg', 'economy', 'premium', 'business', 'first']),
    ('intl', ('ulkomaat (DESNZ: kansainvälinen, ei Britannia)', 'international (DESNZ: to/from non-UK)'), ['avg', 'economy', 'premium', 'business', 'first'])):
  for cl in classes:
    cfi, cen = {'avg': ('keskiarvo', 'average'), 'economy': ('turistiluokka', 'economy'), 'premium': ('premium economy', 'premium economy'), 'business': ('business', 'business'), 'first': ('ensimmäinen luokka', 'first')}[cl]
    f0 = from_research(desnz, 'desnz:', f'air.{band}.{cl}.norf', f'desnz.air.{band}.{cl}.norf')
    f1 = from_research(desnz, 'desnz:', f'air.{band}.{cl}.rf', f'desnz.air.{band}.{cl}.rf')
    activity(f'flight.{band}.{cl}', f'Lento, {fi}, {cfi}', f'Flight, {en}, {cen}', TRAVEL, 'pkm', f0, factorWithRF=f1, keywords=['lento', 'flight', 'lentokone'])
for rid, fi, en, unit in (('rail.national', 'Juna (kansallinen)', 'Train (national rail)', 'pkm'), ('rail.international', 'Juna (kansainvälinen)', 'Train (international)', 'pkm'),
    ('rail.lightrail', 'Raitiovaunu ja metro', 'Tram and light rail', 'pkm'), ('bus.local.avg', 'Paikallisbussi', 'Local bus', 'pkm'), ('bus.coach', 'Kaukoliikenteen linja-auto', 'Coach', 'pkm'),
    ('taxi.regular.pkm', 'Taksi (henkilökilometri)', 'Taxi (passenger-km)', 'pkm'), ('taxi.regular.km', 'Taksi (ajokilometri)', 'Taxi (vehicle-km)', 'km'),
    ('ferry.avg', 'Laiva, keskimäärin', 'Ferry, average passenger', 'pkm'), ('ferry.foot', 'Laiva, jalkamatkustaja', 'Ferry, foot passenger', 'pkm'), ('ferry.car', 'Laiva, autollinen matkustaja', 'Ferry, car passenger', 'pkm')):
  fid = from_research(desnz, 'desnz:', rid, 'desnz.' + rid)
  activity(rid, fi, en, TRAVEL, unit, fid, keywords=['matka', 'travel'])
HOTELS = {'uk': ('Iso-Britannia', 'United Kingdom'), 'germany': ('Saksa', 'Germany'), 'france': ('Ranska', 'France'), 'spain': ('Espanja', 'Spain'), 'italy': ('Italia', 'Italy'),
  'netherlands': ('Alankomaat', 'Netherlands'), 'belgium': ('Belgia', 'Belgium'), 'switzerland': ('Sveitsi', 'Switzerland'), 'portugal': ('Portugali', 'Portugal'),
  'russian_federation': ('Venäjä', 'Russia'), 'united_states': ('Yhdysvallat', 'United States'), 'canada': ('Kanada', 'Canada'), 'japan': ('Japani', 'Japan'), 'china': ('Kiina', 'China'), 'india': ('Intia', 'India')}
for h, (fi, en) in HOTELS.items():
  fid = from_research(desnz, 'desnz:', f'hotel.{h}', f'desnz.hotel.{h}')
  activity(f'hotel.{h}', f'Hotelliyö, {fi}', f'Hotel night, {en}', ['s3.06'], 'room-night', fid, keywords=['hotelli', 'hotel', 'majoitus'])

missing = [
  {'what': 'Location-based electricity factor for Finland 2015–2023 (Statistics Finland StatFin 14qt, Fingrid)', 'why': 'The table values could not be read in any stored copy; inventories of those years use the 2014 Motiva value and are warned. Ember/OWID life-cycle values exist but include upstream emissions, which belong to Scope 3.3, so they were not used.'},
  {'what': 'Statistics Finland fuel classification (CO2 coefficients, NCVs, densities)', 'why': 'The XLS was not readable; IPCC 2006 defaults and KTM/VTT properties (via hake.fi) are used instead, marked second-hand.'},
  {'what': 'National district heat factor after statistical year 2014; Joensuu supplier factor', 'why': 'Not found; enter the local supplier\'s published factor as a custom factor with its source.'},
  {'what': 'National district cooling and steam factors', 'why': 'Only Helen (Helsinki) publishes a cooling factor; enter your supplier\'s factor as a custom factor.'},
  {'what': 'Finnish fuel blends with bio-components (diesel, petrol, HVO), biogas, biodiesel', 'why': 'No sourced per-gas factor with the biogenic share was readable; the 100 % mineral UK factors are used for vehicle fuels.'},
  {'what': 'Hotel night in Finland and the Nordic countries', 'why': 'DESNZ 2025 leaves Finland blank and does not list Sweden, Norway, Denmark or Estonia.'},
  {'what': 'Refrigerants R-417A, R-422D, R-434A, R-438A, R-437A, R-22, R-600a, R-717, R-1270', 'why': 'Hydrocarbon components without an IPCC GWP, composition not found, or a Montreal Protocol gas outside the Kyoto basket.'},
  {'what': 'Electricity transmission and distribution losses (Scope 3.3) for Finland', 'why': 'No Finnish source read.'},
  {'what': 'European or Finnish spend-based factors (SYKE ENVIMAT, EXIOBASE)', 'why': 'No readable table with a clear licence; US EPA v1.3 converted to euros is used.'},
]

out = {
  'format': 'paastolaskuri-factor-set', 'version': 1, 'id': 'fi', 'release': '2025.1',
  'names': {'fi': 'Suomen oletuspäästökertoimet 2025.1', 'en': 'Finnish default emission factors 2025.1'},
  'publisher': 'Päästölaskuri project for the Joensuu climate-partner network', 'published': '2026-11-28',
  'description': {'fi': 'Päästökertoimet lähteineen: IPCC 2006 (polttoaineet), Energiavirasto (jäännösjakauma), Motiva ja Tilastokeskus (sähkö, kaukolämpö), UK DESNZ 2025 (matkat, kuljetukset, jätteet, materiaalit), US EPA v1.3 (europerusteiset hankinnat).',
    'en': 'Emission factors with sources: IPCC 2006 (fuels), Energy Authority (residual mix), Motiva and Statistics Finland (electricity, district heat), UK DESNZ 2025 (travel, freight, waste, materials), US EPA v1.3 (spend-based purchases).'},
  'sources': {k: v for k, v in sorted(sources.items())},
  'fuels': fuel_props, 'factors': factors, 'activities': activities, 'missing': missing,
}
# keep only sources that are used
used = set(f['source'] for f in fuel_props) | set(v['source'] for f in factors for v in f['values']) | {'spend:conversion'}
out['sources'] = {k: v for k, v in out['sources'].items() if k in used}
out = names_sv.apply(out)
json.dump(out, sys.stdout, ensure_ascii=False, indent=1)
print()
