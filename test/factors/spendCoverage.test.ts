/**
 * Release fi-2026.1, spend-based part (issue 11, item 3): every commodity of the vendored US EPA v1.3 file, in
 * euros at the rate the set's conversion source states, with the 41 factors of 2025.1 unchanged, and names a
 * Finnish user can read. The EPA file is the reference: values are recomputed from it, not copied from the set.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type Activity, type EmissionFactor, type FactorSet, factorSetKey } from '../../src/core/factorSet';
import { DEFAULT_SETTINGS } from '../../src/db/settings';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { readFactorSet } from '../../src/factors/readFactorSet';

const CSV = 'docs/factor-research/SupplyChainGHGEmissionFactors_v1.3.0_NAICS_CO2e_USD2022.csv';
/** The file as read in sungkomp/mcp-csv-agent at commit 2f5575dc (docs/factor-sources.md). */
const CSV_SHA256 = 'c7f508646ee091cb2218be65dec0e2bdb6143ba8511773d486c9e87f6df84177';
const SOURCE = 'spend:epa-sef-v1.3';

interface EpaRow {
  code: string;
  title: string;
  withoutMargins: number;
  margins: number;
  withMargins: number;
}

/** RFC 4180 fields: commas inside double quotes belong to the field. */
function fields(line: string): string[] {
  const out: string[] = [];
  let cur = '';
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (ch === ',' && !quoted) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

function epaRows(): EpaRow[] {
  const [header, ...lines] = readFileSync(CSV, 'utf8').trim().split(/\r?\n/);
  expect(fields(header ?? '')).toEqual([
    '2017 NAICS Code',
    '2017 NAICS Title',
    'GHG',
    'Unit',
    'Supply Chain Emission Factors without Margins',
    'Margins of Supply Chain Emission Factors',
    'Supply Chain Emission Factors with Margins',
    'Reference USEEIO Code',
  ]);
  return lines.map((l) => {
    const [code = '', title = '', ghg, unit, without = '', margins = '', withMargins = ''] = fields(l);
    expect([ghg, unit]).toEqual(['All GHGs', 'kg CO2e/2022 USD, purchaser price']);
    return {
      code,
      title,
      withoutMargins: Number(without),
      margins: Number(margins),
      withMargins: Number(withMargins),
    };
  });
}

const file = (release: string) => readFileSync(`src/factors/sets/fi-${release}.json`, 'utf8');
const load = (release: string) => loadBuiltinSet({ id: 'fi', release });
const spendFactors = (set: FactorSet) => set.factors.filter((f) => f.values.some((v) => v.source === SOURCE));
const naicsOf = (f: EmissionFactor) => /row '2017 NAICS Code'=(\d{6})/.exec(f.values[0]?.ref ?? '')?.[1];
const bare = (a: Activity) => ({
  fi: a.names.fi.replace(/ \(euroina\)$/, ''),
  en: a.names.en.replace(/ \(by spend\)$/, ''),
});

describe('fi-2026.1: spend-based factors for every US EPA v1.3 commodity', () => {
  it('uses the EPA file as vendored, unchanged', () => {
    expect(createHash('sha256').update(readFileSync(CSV)).digest('hex')).toBe(CSV_SHA256);
    expect(epaRows().length).toBeGreaterThan(1000);
  });

  it('reads without any error or warning; the settings name the default set', () => {
    expect(DEFAULT_SETTINGS.defaultFactorSet).toBe(factorSetKey(DEFAULT_FACTOR_SET));
    const { set, issues } = readFactorSet(JSON.parse(file('2026.1')));
    expect(issues).toEqual([]);
    expect(set?.release).toBe('2026.1');
  });

  it('stays within the service worker precache limit, so the app still works offline for new years', () => {
    // Workbox leaves out of the precache, with only a build warning, any file over 2 MiB
    // (maximumFileSizeToCacheInBytes, not set in vite.config.ts); the set's chunk is its JSON minified.
    for (const release of ['2025.1', '2026.1'])
      expect(Buffer.byteLength(file(release)), release).toBeLessThan(2 * 1024 * 1024);
  });

  it('has one factor per NAICS row (at least 900), each in euros at the documented rate', async () => {
    const set = await load('2026.1');
    const rows = new Map(epaRows().map((r) => [r.code, r]));
    const spend = spendFactors(set);
    expect(spend.length).toBeGreaterThanOrEqual(900);
    expect(spend.length).toBe(rows.size);
    expect(new Set(spend.map(naicsOf)).size).toBe(rows.size);

    // The rate is the one the conversion source states, not a number copied into this test.
    const rate = Number(/(\d+\.\d+) USD\/EUR/.exec(set.sources['spend:conversion']?.document ?? '')?.[1]);
    expect(rate).toBeGreaterThan(0.5);
    for (const f of spend) {
      const row = rows.get(naicsOf(f) ?? '');
      expect(row, f.id).toBeDefined();
      if (!row) continue;
      expect(f.unit, f.id).toBe('EUR');
      expect(f.values, f.id).toHaveLength(1);
      const v = f.values[0];
      expect(v?.year, f.id).toBe(2022);
      expect(v?.co2eGwp, f.id).toBe('AR5');
      expect(v?.status, f.id).toBe('derived');
      // Rounded to six decimals, as the derivation writes it.
      expect(Math.abs((v?.co2e ?? -1) - row.withMargins * rate), f.id).toBeLessThanOrEqual(5e-7 + 1e-12);
      expect(v?.derivation, f.id).toContain(`${row.withMargins} kg CO2e per 2022 USD`);
      expect(v?.derivation, f.id).toContain(`= ${v?.co2e} kg CO2e per 2022 EUR`);
      expect(v?.ref, f.id).toContain(`(SEF ${row.withoutMargins}, MEF ${row.margins})`);
      expect(f.note, f.id).toContain(`NAICS ${row.code} ${row.title}`);
      expect(set.sources[v?.source ?? '']?.url, f.id).toMatch(/^https:\/\//);
    }
  });

  it('keeps the 41 factors and activities of 2025.1 with their ids, values, units and categories', async () => {
    const [old, now] = await Promise.all([load('2025.1'), load('2026.1')]);
    const oldSpend = spendFactors(old);
    expect(oldSpend).toHaveLength(41);
    for (const f of oldSpend) expect(now.factors.find((x) => x.id === f.id)?.values, f.id).toEqual(f.values);
    const oldActs = old.activities.filter((a) => a.method === 'spend');
    expect(oldActs).toHaveLength(41);
    for (const a of oldActs) {
      const b = now.activities.find((x) => x.id === a.id);
      expect(b && [b.factor, b.unit, b.categories], a.id).toEqual([a.factor, a.unit, a.categories]);
    }
  });

  it('has no duplicate factor or activity ids, and one spend activity per factor', async () => {
    const set = await load('2026.1');
    expect(new Set(set.factors.map((f) => f.id)).size).toBe(set.factors.length);
    expect(new Set(set.activities.map((a) => a.id)).size).toBe(set.activities.length);
    const acts = set.activities.filter((a) => a.method === 'spend');
    expect(new Set(acts.map((a) => a.factor)).size).toBe(spendFactors(set).length);
    for (const a of acts) expect(a.unit, a.id).toBe('EUR');
  });

  it('names at least 150 commodities in Finnish, and shows no Finnish user an English-only name', async () => {
    const set = await load('2026.1');
    const rows = epaRows();
    const acts = set.activities.filter((a) => a.method === 'spend');
    const finnish = acts.filter((a) => {
      const { fi, en } = bare(a);
      return fi !== en && !fi.endsWith(`: ${en}`);
    });
    expect(finnish.length).toBeGreaterThanOrEqual(150);
    for (const a of acts) {
      const { fi, en } = bare(a);
      expect(a.names.fi, a.id).toMatch(/ \(euroina\)$/);
      expect(a.names.en, a.id).toMatch(/ \(by spend\)$/);
      // A name without a translation carries the subsector's Finnish name before the English title.
      expect(fi, a.id).not.toBe(en);
      if (fi.endsWith(`: ${en}`)) expect(fi, a.id).toMatch(/^[A-ZÅÄÖ][^:]+: /);
      for (const name of [a.names.fi, a.names.en]) expect(name, a.id).not.toMatch(/\)\s*\(/);
    }
    expect(rows.length).toBe(acts.length);
  });

  it('offers a bakery flour, dairy and packaging by spend in purchased goods (3.1)', async () => {
    const set = await load('2026.1');
    const found = (word: string) =>
      set.activities.filter(
        (a) =>
          a.method === 'spend' &&
          a.categories.includes('s3.01') &&
          [a.names.fi, ...(a.keywords ?? [])].some((w) => w.toLowerCase().includes(word)),
      );
    for (const word of ['jauho', 'maito', 'pakkaus', 'sokeri', 'voi', 'kahvi'])
      expect(found(word).length, word).toBeGreaterThan(0);
    expect(found('jauho').map((a) => a.factor)).toContain('epa-sef.naics.311211');
  });

  it('files capital goods also under 3.2 and the upstream of fuels under 3.3 only', async () => {
    const set = await load('2026.1');
    const cats = (code: string) =>
      set.activities.find((a) => a.factor === `epa-sef.naics.${code}`)?.categories ?? [];
    // Food machinery, cars, computers' storage, furniture, buildings: the partner's accounts decide.
    for (const code of ['333241', '336111', '334112', '337127', '236210'])
      expect(cats(code), code).toEqual(['s3.01', 's3.02']);
    // Flour, cheese, cans: purchased goods only.
    for (const code of ['311211', '311513', '332431']) expect(cats(code), code).toEqual(['s3.01']);
    // Refined petroleum and gas distribution: their combustion is Scope 1, entered by quantity.
    for (const code of ['324110', '221210']) expect(cats(code), code).toEqual(['s3.03']);
    expect(cats('562111')).toEqual(['s3.05']);
    expect(cats('484121')).toEqual(['s3.04', 's3.09']);
    expect(cats('721191')).toEqual(['s3.06']);
  });
});
