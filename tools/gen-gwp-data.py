"""One-off generator kept for transparency: turns the reviewed research file (gwp.json) into src/core/gwpData.ts.
Run: python3 tools/gen-gwp-data.py RESEARCH_JSON > src/core/gwpData.ts (then npm run format)."""
import json, sys
d = json.load(open(sys.argv[1]))
GROUP = lambda gid: ('CO2' if gid in ('CO2',) else 'CH4' if gid.startswith('CH4') else 'N2O' if gid=='N2O'
  else 'SF6' if gid=='SF6' else 'NF3' if gid=='NF3' else 'PFCs' if gid.startswith('PFC') else 'HFCs' if gid.startswith(('HFC','HFO')) else 'other')
SKIP = {'R-600a', 'R-1270', 'R-717', 'R-744'}  # no GWP in any set (R-744 is the same gas as CO2)
# Swedish names (issue 15): the research file has Finnish and English; chemical names as Swedish writes them
# (fluor-, -metan, -propen). A gas without one stops the run, so a new gas cannot reach the app unnamed.
SV_NAMES = {
  'CO2': 'Koldioxid', 'CH4': 'Metan', 'CH4-fossil': 'Metan, fossil', 'CH4-non-fossil': 'Metan, icke-fossil',
  'N2O': 'Dikväveoxid', 'SF6': 'Svavelhexafluorid', 'NF3': 'Kvävetrifluorid',
  'HFC-23': 'HFC-23 (trifluormetan)', 'HFC-32': 'HFC-32 (difluormetan)', 'HFC-125': 'HFC-125 (pentafluoretan)',
  'HFC-134a': 'HFC-134a (1,1,1,2-tetrafluoretan)', 'HFC-143a': 'HFC-143a (1,1,1-trifluoretan)',
  'HFC-152a': 'HFC-152a (1,1-difluoretan)', 'HFC-227ea': 'HFC-227ea (heptafluorpropan)',
  'HFC-236fa': 'HFC-236fa (hexafluorpropan)', 'HFC-245fa': 'HFC-245fa (pentafluorpropan)',
  'HFC-365mfc': 'HFC-365mfc (pentafluorbutan)', 'HFO-1234yf': 'HFO-1234yf (2,3,3,3-tetrafluorpropen)',
  'HFO-1234ze(E)': 'HFO-1234ze(E) (trans-1,3,3,3-tetrafluorpropen)',
  'HFO-1336mzz(Z)': 'HFO-1336mzz(Z) (cis-1,1,1,4,4,4-hexafluor-2-buten)',
  'HCFC-22': 'HCFC-22 (klordifluormetan)', 'R-290': 'Propan (R-290)', 'PFC-14': 'PFC-14 (tetrafluormetan)',
  'PFC-116': 'PFC-116 (hexafluoretan)', 'FK-5-1-12': 'FK-5-1-12 (Novec 1230, perfluor-2-metyl-3-pentanon)',
}
out = []
out.append('/**\n * GWP values (100-year) and refrigerant blend compositions, with where each was read.\n * Generated from the reviewed research file by tools/gen-gwp-data.py; see docs/factor-sources.md.\n */')
out.append("import type { BlendInfo, GasInfo, GwpSetId } from './gwp';\nimport type { Source } from './source';\n")
out.append('export const GWP_SOURCES: Record<GwpSetId, Source> = ' + json.dumps({
 'AR4': {'publisher': 'IPCC', 'document': 'Fourth Assessment Report (AR4), WG1, Chapter 2, Table 2.14 (100-year GWP), as tabulated by the GHG Protocol (Global Warming Potential Values, 2016)', 'year': 2007, 'url': 'https://www.ipcc.ch/report/ar4/wg1/', 'via': d['sources']['ocd-gwp']['via'], 'titles': {'fi': "IPCC:n neljäs arviointiraportti, GWP-kertoimet", 'en': 'IPCC Fourth Assessment Report, GWP values', 'sv': 'IPCC:s fjärde utvärderingsrapport, GWP-värden'}},
 'AR5': {'publisher': 'IPCC', 'document': 'Fifth Assessment Report (AR5), WG1, Chapter 8, Table 8.A.1 (100-year GWP without climate-carbon feedback), as tabulated by the GHG Protocol (Global Warming Potential Values, 2016)', 'year': 2013, 'url': 'https://www.ipcc.ch/report/ar5/wg1/', 'via': d['sources']['ocd-gwp']['via'] + '; fossil CH4 and HFO values: ' + d['sources']['usepa-lciafmt-ipcc']['via'], 'titles': {'fi': "IPCC:n viides arviointiraportti, GWP-kertoimet", 'en': 'IPCC Fifth Assessment Report, GWP values', 'sv': 'IPCC:s femte utvärderingsrapport, GWP-värden'}},
 'AR6': {'publisher': 'IPCC', 'document': 'Sixth Assessment Report (AR6), WG1, Chapter 7, Supplementary Material Table 7.SM.7 (GWP-100); CH4 fossil and non-fossil from Table 7.15', 'year': 2021, 'url': 'https://www.ipcc.ch/report/ar6/wg1/chapter/chapter-7/', 'via': d['sources']['ar6-7sm7-chrisroadmap']['via'] + '; Table 7.15 CH4 values quoted in two independent code files (second-hand)', 'titles': {'fi': "IPCC:n kuudes arviointiraportti, GWP-kertoimet", 'en': 'IPCC Sixth Assessment Report, GWP values', 'sv': 'IPCC:s sjätte utvärderingsrapport, GWP-värden'}},
}, ensure_ascii=False, indent=2) + ';\n')
gases = []
for g in d['gases']:
  if g['id'] in SKIP: continue
  gwp = {k: g[k] for k in ('AR4','AR5','AR6') if g.get(k) is not None}
  notes = []
  gid = g['id']
  if gid in ('HFO-1234yf', 'HFO-1234ze(E)'):
    gwp['AR5'] = 1
    notes.append("AR5 prints '<1'; its upper bound 1 is used, as in US EPA's LCIA formatter (IPCC_GWP_values.csv)")
  if gid in ('CH4-fossil', 'CH4-non-fossil'):
    gwp['AR4'] = 25
    notes.append('AR4 gives a single value for methane (25)')
  rec = {'id': gid, 'names': {**g['names'], 'sv': SV_NAMES[gid]}, 'group': GROUP(gid), 'gwp': gwp}
  if g.get('ashrae') and gid not in ('CO2',): rec['refrigerant'] = g['ashrae']
  if gid == 'CO2': rec['refrigerant'] = 'R-744'
  if gid == 'HCFC-22': rec['montreal'] = True
  if gid == 'R-290': rec['group'] = 'other'
  if notes: rec['note'] = '; '.join(notes)
  gases.append(rec)
out.append('export const GASES: readonly (GasInfo & { note?: string })[] = ' + json.dumps(gases, ensure_ascii=False, indent=2) + ';\n')
known = {g['id'] for g in gases} | {g.get('refrigerant') for g in gases}
blends = []; srcs = {}
for b in d['blends']:
  if not all(c['gas'] in known for c in b['composition']): continue
  blends.append({'id': b['id'], 'composition': b['composition'], 'source': 'ashrae-34'})
  srcs.setdefault('ashrae-34', {'publisher': 'ASHRAE', 'document': 'ANSI/ASHRAE Standard 34, Designation and Safety Classification of Refrigerants; ASHRAE Refrigerant Designations factsheet (November 2022)', 'year': 2022, 'url': 'https://www.ashrae.org/file%20library/technical%20resources/bookstore/factsheet_ashrae_english_november2022.pdf', 'via': [], 'note': 'Second-hand: the standard is paywalled; nominal compositions were read in public copies that quote it, cross-checked between two or three where possible.'})
  v = d['sources'][b['source']]['via']
  if v not in srcs['ashrae-34']['via']: srcs['ashrae-34']['via'].append(v)
out.append('/** Blend compositions (mass %) per ASHRAE Standard 34, as read in the copies named in BLEND_SOURCES. */')
out.append('export const BLENDS: readonly BlendInfo[] = ' + json.dumps(blends, ensure_ascii=False, indent=2) + ';\n')
for v in srcs.values(): v['via'] = '; '.join(v['via'])
out.append('export const BLEND_SOURCES: Record<string, Source> = ' + json.dumps(srcs, ensure_ascii=False, indent=2) + ';\n')
print('\n'.join(out))
