"""Finnish road fuels, fossil CH4 and Finnish names for release 2026.1 (issue 11, items 4 and 5).

Every number here is either read from a source named in SOURCES (with where in it) or derived from such numbers
by the arithmetic written in the value's `derivation`. Method and assumptions: docs/methodology.md, "Road fuels
as sold in Finland"; the research record: docs/factor-research/fi-road-fuels.json.
"""

# Bio share of road fuels' energy content by year, from the distribution obligation (jakeluvelvoite) of the act
# 446/2007 (laki uusiutuvien polttoaineiden käytön edistämisestä liikenteessä) as amended. Only years whose figure
# was read in a source are here, and only years without double counting (counted twice toward the obligation
# until 2020, so the obligation of 2011-2020 is not the physical share). 2021 and 2025- were not read: left out.
OBLIGATION = {
  2022: (0.12, 'fuels:fi-obligation-tem',
         "TEM press release 25.5.2022: 'The distribution obligation would therefore be 12 per cent in 2022'; enacted: "
         "TEM 2022 'Lower distribution obligation for transport fuels to continue in 2023': 'The distribution "
         "obligation for 2022 was lowered by 7.5 percentage [points] in July'"),
  2023: (0.135, 'fuels:fi-obligation-ev',
         "Energiavirasto, Jakeluvelvoite: 'Vuosina 2023 ja 2024 jakeluvelvoite on 13,5 %'"),
  2024: (0.135, 'fuels:fi-obligation-ev',
         "Energiavirasto, Jakeluvelvoite: 'Vuosina 2023 ja 2024 jakeluvelvoite on 13,5 %'"),
}

# Energy content of a litre of the mineral fuels (MJ/l), Statistics Norway's table (no Finnish per-litre value
# for petrol was readable; the same table is used for diesel so both fuels rest on one source).
MINERAL_MJ_PER_L = {'diesel': 36.2, 'petrol': 32.5}
MINERAL_REF = {
  'diesel': "row 'Diesel-, gass- og lett fyringsolje': 43,1 GJ/tonn = 36,2 GJ/m3",
  'petrol': "row 'Bensin': 43,9 GJ/tonn = 32,5 GJ/m3",
}

# The bio component assumed for each fuel and its biogenic CO2 (DESNZ 2025, outside of scopes), per litre and
# per GJ as published; their ratio is the component's energy per litre.
BIO = {
  'diesel': {'name': 'Biodiesel HVO', 'per_l': 2.43, 'per_gj': 70.83,
             'ids': '99_103_1036_8_2 (litres) 2.43, 99_103_1036_2_2 (GJ) 70.83'},
  'petrol': {'name': 'Bioethanol', 'per_l': 1.52, 'per_gj': 71.37,
             'ids': '99_103_1031_8_2 (litres) 1.52, 99_103_1031_2_2 (GJ) 71.37'},
}

# The 100 % mineral per-litre factors already in the set (DESNZ 2024), scaled to the fossil part.
MINERAL_FACTOR = {'diesel': 'desnz.fuel.diesel-mineral.l', 'petrol': 'desnz.fuel.petrol-mineral.l'}
# Only diesel is derived. Giving petrol the whole obligation's energy share (13.5 %) would put 19 % ethanol by volume
# in it, above the 10 % that E10 allows (EN 228): the share cannot be the petrol's own, and no source for the real
# split between petrol and diesel was read, so a Finnish petrol factor would rest on an invented number (review of
# 2026-12-06). Diesel may carry more than its share, so its derived fossil part errs on the high side; said in its note.
DERIVED_FUELS = ('diesel',)

SOURCES = {
  'fuels:fi-obligation-ev': {
    'publisher': 'Energiavirasto (Energy Authority, Finland)',
    'document': 'Jakeluvelvoite (web page on the distribution obligation of act 446/2007, laki uusiutuvien '
                'polttoaineiden käytön edistämisestä liikenteessä)',
    'year': 2024,
    'url': 'https://energiavirasto.fi/jakeluvelvoite',
    'via': 'stored copy of https://energiavirasto.fi/jakeluvelvoite (search corpus "pages")',
    'note': 'States the obligation for 2023 and 2024 (13,5 %). The act itself: '
            'https://finlex.fi/fi/lainsaadanto/2007/446 (its 5 § table was not readable in the stored copy).',
  },
  'fuels:fi-obligation-tem': {
    'publisher': 'Työ- ja elinkeinoministeriö (Ministry of Economic Affairs and Employment, Finland)',
    'document': "Government's proposal to reduce the obligation to distribute biofuels this year submitted to "
                'Parliament (press release 25.5.2022); Lower distribution obligation for transport fuels to '
                'continue in 2023 (press release 2022)',
    'year': 2022,
    'url': 'https://tem.fi/en/-/government-s-proposal-to-reduce-the-obligation-to-distribute-biofuels-this-year-'
           'submitted-to-parliament',
    'via': 'stored copies of the two press releases (search corpus "pages"); the second: '
           'https://tem.fi/en/-/lower-distribution-obligation-for-transport-fuels-to-continue-in-2023',
    'note': 'Amendment of act 446/2007 for 2022 (12 %); the second release confirms it was lowered in July 2022.',
  },
  'fuels:ssb-energy': {
    'publisher': 'Statistisk sentralbyrå (Statistics Norway)',
    'document': 'Energiinnhold, tetthet og virkningsgrad (average energy content and density by energy carrier)',
    'year': 2005,
    'url': 'https://www.ssb.no/a/magasinet/miljo/tabell.html',
    'via': 'stored copy of the page (search corpus "pages")',
    'note': 'Net energy content per m3 of petrol and diesel. Not Finnish; publication year not stated on the page '
            '(its natural gas row is for 2004), 2005 is an estimate. Used only to turn energy shares into litres.',
  },
}

# Short titles of the new sources in the user's language (the format's optional `titles`).
TITLES = {
  'fuels:fi-obligation-ev': {'fi': 'Jakeluvelvoite', 'en': 'Distribution obligation'},
  'fuels:fi-obligation-tem': {'fi': 'Jakeluvelvoitteen alentaminen 2022',
                              'en': 'Lowered distribution obligation 2022'},
  'fuels:ssb-energy': {'fi': 'Polttoaineiden energiasisältö ja tiheys',
                       'en': 'Energy content and density of fuels'},
}

FUEL_NAMES = {
  'diesel': {'fi': 'Diesel, Suomessa myyty (bio-osuus jakeluvelvoitteen mukaan)',
             'en': 'Diesel as sold in Finland (bio share of the distribution obligation)'},
  'petrol': {'fi': 'Bensiini, Suomessa myyty (bio-osuus jakeluvelvoitteen mukaan)',
             'en': 'Petrol as sold in Finland (bio share of the distribution obligation)'},
}

ACTIVITY_NAMES = {
  'diesel': {'fi': 'Diesel, Suomessa myyty (ajoneuvot ja työkoneet)',
             'en': 'Diesel as sold in Finland (vehicles and machinery)'},
  'petrol': {'fi': 'Bensiini, Suomessa myyty (ajoneuvot)', 'en': 'Petrol as sold in Finland (vehicles)'},
}

# The UK 100 % mineral activities stay; their names say what they are, so the Finnish ones are not mistaken for them.
MINERAL_ACTIVITY_NAMES = {
  'vehicle-fuel.diesel': {'fi': 'Diesel, 100 % fossiilinen (ajoneuvot ja työkoneet)',
                          'en': 'Diesel, 100 % mineral (vehicles and machinery)'},
  'vehicle-fuel.petrol': {'fi': 'Bensiini, 100 % fossiilinen (ajoneuvot)', 'en': 'Petrol, 100 % mineral (vehicles)'},
}

# names.fi that were English (issue 11, item 5).
FACTOR_NAMES_FI = {
  'desnz.wtt.diesel-mineral.l': 'Diesel (100 % mineraalinen) – tuotantoketju (WTT)',
  'desnz.wtt.fuel-oil.l': 'Raskas polttoöljy – tuotantoketju (WTT)',
  'desnz.wtt.burning-oil.l': 'Kerosiini (lämmitysöljy) – tuotantoketju (WTT)',
  'desnz.wtt.natural-gas.m3': 'Maakaasu – tuotantoketju (WTT)',
  'desnz.wtt.lpg.l': 'Nestekaasu – tuotantoketju (WTT)',
  'desnz.air.longhaul.premium.norf': 'Lento: pitkä lento (UK), parannettu turistiluokka, ilman RF',
  'desnz.air.longhaul.premium.rf': 'Lento: pitkä lento (UK), parannettu turistiluokka, RF mukana',
  'desnz.air.intl.premium.norf': 'Lento: kansainvälinen lento (ei UK), parannettu turistiluokka, ilman RF',
  'desnz.air.intl.premium.rf': 'Lento: kansainvälinen lento (ei UK), parannettu turistiluokka, RF mukana',
}
# DESNZ's English distance bands in Finnish flight names: the band is already said in Finnish ("lyhyt reitti").
FLIGHT_NAME_FI = [('DESNZ short-haul, ', 'DESNZ, '), ('DESNZ long-haul, ', 'DESNZ, '), ('), business', '), business-luokka')]

ACTIVITY_NAMES_FI = {
  'wtt.fuel-oil': 'Raskaan polttoöljyn tuotantoketju (WTT)',
  'wtt.burning-oil': 'Kerosiinin (lämmitysöljyn) tuotantoketju (WTT)',
  'flight.longhaul.premium': 'Lento, pitkä reitti (DESNZ, Britanniaan/-sta), parannettu turistiluokka',
  'flight.intl.premium': 'Lento, ulkomaat (DESNZ: kansainvälinen, ei Britannia), parannettu turistiluokka',
}

# Fossil fuels whose values give gas masses: their CH4 is fossil methane (AR6 Table 7.15: 29.8, not 27.9).
FOSSIL_GAS_FACTORS = [
  'ipcc2006.gas-diesel-oil', 'ipcc2006.residual-fuel-oil', 'ipcc2006.lpg', 'ipcc2006.natural-gas',
  'ipcc2006.other-bituminous-coal', 'ipcc2006.peat',
]


def blend(fuel, share):
  """Per litre of blend: (fossil scale of the mineral per-litre factor, biogenic kg CO2, blend MJ per litre)."""
  e_min = MINERAL_MJ_PER_L[fuel]
  bio = BIO[fuel]
  e_bio = bio['per_l'] / bio['per_gj'] * 1000
  # A litre of blend holds (1 - share) of its energy as mineral fuel and share as the bio component: its
  # energy is the harmonic mix of the two liquids' energy per litre (volumes add, energies add).
  e_blend = 1 / ((1 - share) / e_min + share / e_bio)
  fossil_scale = (1 - share) * e_blend / e_min
  biogenic = share * e_blend / 1000 * bio['per_gj']
  return fossil_scale, biogenic, e_blend


def r(x, digits=6):
  return float(f'{x:.{digits}g}')


def road_fuel_factor(fuel, mineral):
  base = mineral['values'][0]
  bio = BIO[fuel]
  values = []
  for year, (share, source, ref) in sorted(OBLIGATION.items()):
    scale, biogenic, e_blend = blend(fuel, share)
    v = {'year': year}
    # CH4 and N2O of burning the bio component are Scope 1 too (GHG Protocol: only biogenic CO2 is outside the
    # scopes). Where the gases are split (diesel) they are the whole litre's, assumed at the mineral fuel's
    # values per MJ (the bio component's own were not read); where not (petrol), the total is scaled as fossil.
    energy_scale = e_blend / MINERAL_MJ_PER_L[fuel]
    if 'co2eParts' in base:
      v['co2eParts'] = {g: r(x * (scale if g == 'CO2' else energy_scale)) for g, x in base['co2eParts'].items()}
      v['co2eGwp'] = base['co2eGwp']
      fossil_text = (f"CO2 of the co2eParts of {mineral['id']} ({base['year']}: "
                     + ', '.join(f'{g} {x}' for g, x in base['co2eParts'].items()) + ')')
    else:
      v['co2e'] = r(base['co2e'] * scale)
      fossil_text = f"co2e of {mineral['id']} ({base['year']}: {base['co2e']})"
    v['biogenicCO2'] = r(biogenic)
    v['source'] = source
    v['ref'] = f'bio share {share * 100:g} % of energy content; {ref}'
    v['status'] = 'derived'
    v['derivation'] = (
      f"s = {share} (share of energy). Energy per litre: mineral {fuel} {MINERAL_MJ_PER_L[fuel]} MJ "
      f"[fuels:ssb-energy, {MINERAL_REF[fuel]}]; {bio['name']} {bio['per_l']} kg/l / {bio['per_gj']} kg/GJ = "
      f"{bio['per_l'] / bio['per_gj'] * 1000:.3f} MJ [fuels:desnz2025_jules, outside of scopes, {bio['ids']}]. "
      f"Litre of blend: 1 / ((1 - s) / E_mineral + s / E_bio) = {e_blend:.3f} MJ. Fossil part: "
      f"{fossil_text} x (1 - s) x E_blend / E_mineral = x {scale:.6f}"
      + (f"; CH4 and N2O (Scope 1 for the bio part too) for the whole litre at the mineral fuel's values per MJ: "
         f"x E_blend / E_mineral = x {energy_scale:.6f} (assumed; the bio component's own not read)" if 'co2eParts' in base else '')
      + f". Biogenic CO2: s x E_blend x "
      f"{bio['per_gj']} kg/GJ = {biogenic:.6f} kg (reported apart, outside the scopes)."
    )
    values.append(v)
  return {
    'id': f'fi.road-{fuel}.l',
    'names': FUEL_NAMES[fuel],
    'unit': 'l',
    'values': values,
    'note': (
      'Scope 1 combustion, kg per litre of road fuel as sold in Finland. The distribution obligation of act '
      '446/2007 fixes the bio share of the energy of ALL road fuels a distributor supplies together; applying '
      f"that total share to {fuel} alone is an assumption (a distributor may put a larger share in one fuel than "
      'in the other), and biogas (counted since 2022) and electrofuels (since 2023) count toward it too, so the '
      'liquid bio share may be somewhat lower. The bio component is assumed to be '
      f"{bio['name']}. Years without a value use the nearest year's value (the obligation of 2021 and of 2025 "
      'on was not read; until 2020 double counting made the obligation differ from the physical share). A '
      "supplier's own fuel declaration is better: enter it as a custom factor."
    ),
  }


def apply(factor_set):
  fs = dict(factor_set)
  fs['sources'] = dict(fs['sources'])
  for key, src in SOURCES.items():
    fs['sources'][key] = {**src, 'titles': TITLES[key]}

  factors = []
  for f in fs['factors']:
    f = dict(f)
    if f['id'] in FACTOR_NAMES_FI:
      f['names'] = {**f['names'], 'fi': FACTOR_NAMES_FI[f['id']]}
    if f['id'] in FOSSIL_GAS_FACTORS:
      f['values'] = [tag_fossil_ch4(v) for v in f['values']]
      f['note'] = f['note'] + ' CH4 is fossil methane (AR6: 29.8).'
    factors.append(f)
  by_id = {f['id']: f for f in factors}
  road = [road_fuel_factor(fuel, by_id[MINERAL_FACTOR[fuel]]) for fuel in DERIVED_FUELS]
  fs['factors'] = factors + road

  activities = []
  for a in fs['activities']:
    a = dict(a)
    if a['id'] in ACTIVITY_NAMES_FI:
      a['names'] = {**a['names'], 'fi': ACTIVITY_NAMES_FI[a['id']]}
    if a['id'].startswith('flight.'):
      fi = a['names']['fi']
      for old_text, new_text in FLIGHT_NAME_FI:
        fi = fi.replace(old_text, new_text)
      a['names'] = {**a['names'], 'fi': fi}
    if a['id'] in MINERAL_ACTIVITY_NAMES:
      a['names'] = MINERAL_ACTIVITY_NAMES[a['id']]
    activities.append(a)
    if a['id'] in tuple(f'vehicle-fuel.{fuel}' for fuel in DERIVED_FUELS):
      fuel = a['id'].split('.')[1]
      activities.append({
        **{k: v for k, v in a.items() if k not in ('id', 'names', 'factor', 'keywords')},
        'id': f'vehicle-fuel.{fuel}-fi',
        'names': ACTIVITY_NAMES[fuel],
        'factor': f'fi.road-{fuel}.l',
        'keywords': list(a.get('keywords', [])) + ['jakeluvelvoite', 'biopolttoaine', 'biofuel', 'Suomi', 'Finland'],
      })
  fs['activities'] = activities

  gone = 'Finnish fuel blends with bio-components (diesel, petrol, HVO), biogas, biodiesel'
  fs['missing'] = [m for m in fs.get('missing', []) if m['what'] != gone] + [
    {'what': 'Petrol as sold in Finland (with its bio-ethanol)',
     'why': 'The distribution obligation is a share of all road fuels together; given to petrol whole it would exceed '
            'the 10 % ethanol by volume that E10 petrol may hold, and the real split between petrol and diesel was '
            'not read in any source. Use the 100 % mineral petrol (an upper bound) or the supplier\'s declaration as '
            'an own factor.'},
    {'what': 'Bio share of Finnish road fuels for 2021 and from 2025 on; pure HVO, biogas and biodiesel as fuels',
     'why': 'The obligation of those years (act 446/2007 as amended, 5 §) was not read in any stored copy; '
            'until 2020 double counting made the obligation differ from the physical share. Diesel and petrol '
            'as sold in Finland is derived for 2022-2024 only; other years use the nearest of those.'},
  ]
  return fs


def tag_fossil_ch4(value):
  if 'gases' not in value or 'CH4' not in value['gases']:
    return value
  gases = {('CH4-fossil' if g == 'CH4' else g): x for g, x in value['gases'].items()}
  return {**value, 'gases': gases}
