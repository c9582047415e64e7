/**
 * The city's factor-set release made from the coordinator's draft: it reads back with the factor-set reader,
 * carries each value with its own source, changes a partner's result exactly as computed by hand, and a value
 * without its source is refused by the editor's checks and by the reader alike.
 */
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import type { FactorSet } from '../../src/core/factorSet';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { buildRelease, draftProblems, supplierIds, supplierRef } from '../../src/factors/cityRelease';
import { readFactorSet } from '../../src/factors/readFactorSet';
import { makeReleaseFile } from '../../src/io/factorSetFile';
import { factorSetFingerprint, groupedFingerprint } from '../../src/io/factorSetFingerprint';
import type { FactorSetDraft } from '../../src/schema/factorDraft';
import { entry, inventory } from '../helpers';
import { testDraft, testValue } from './cityDraft';

const base = () => loadBuiltinSet({ id: 'fi', release: '2026.1' });

async function released(draft: FactorSetDraft = testDraft()) {
  const file = await makeReleaseFile(draft, await base());
  if (!file.ok) throw new Error(JSON.stringify(file));
  const json = JSON.parse(file.text) as unknown;
  const { set, issues } = readFactorSet(json);
  if (!set) throw new Error(JSON.stringify(issues));
  return { file, json, set, issues };
}

const factor = (set: FactorSet, id: string) => set.factors.find((f) => f.id === id);

describe("the city's factor-set release", () => {
  it('reads back without a problem, under its own id and release, with every value sourced', async () => {
    const { set, issues, file } = await released();
    expect(issues).toEqual([]);
    expect(file.key).toBe('joensuu-2026.1-test');
    expect(file.fileName).toBe('joensuu-2026.1-test.json');
    expect([set.id, set.release, set.publisher]).toEqual([
      'joensuu',
      '2026.1-test',
      'Joensuun kaupunki (testi)',
    ]);
    const v = factor(set, 'fi.electricity.location')?.values.find((x) => x.year === 2025);
    // 77.7 g/kWh is 0.0777 kg/kWh, the factor's own unit.
    expect(v?.gases).toEqual({ CO2: 0.0777 });
    expect(set.sources[v?.source ?? '']).toEqual({
      publisher: 'Testijulkaisija (fictitious)',
      document: 'Testiasiakirja, ei oikea lähde',
      year: 2026,
      url: 'https://example.org/test-factors',
    });
    // The three values share one source, written once.
    const keys = ['fi.electricity.location', 'fi.electricity.residual-mix'].map(
      (id) => factor(set, id)?.values.find((x) => x.year === 2025)?.source,
    );
    expect(new Set(keys).size).toBe(1);
  });

  it('adds a district heat supplier as an activity of its own, per its unit, next to the national average', async () => {
    const { set } = await released();
    const ids = supplierIds(testDraft().suppliers[0] as FactorSetDraft['suppliers'][number]);
    expect(ids.activity).toBe('district-heat.city.kaukolampo-testilampo-oy-joensuu');
    const a = set.activities.find((x) => x.id === ids.activity);
    expect(a?.names.fi).toBe('Kaukolämpö, Testilämpö Oy, Joensuu');
    expect(a?.categories).toContain('s2.heat');
    expect(a?.factor).toBe(ids.factor);
    // 123.4 g/kWh is 123.4 kg/MWh: the supplier's factor is per MWh.
    expect(factor(set, ids.factor)?.values).toMatchObject([{ year: 2025, gases: { CO2: 123.4 } }]);
    expect(set.activities.some((x) => x.id === 'district-heat.fi')).toBe(true);
  });

  it("puts a value of a year the base already has in place of the base's, keeps the others, and leaves the base as it was", async () => {
    const draft = testDraft();
    draft.values.push(testValue('v4', 'fi.electricity.location', 2024, 40));
    const { set } = await released(draft);
    const years = factor(set, 'fi.electricity.location')?.values.map((v) => [v.year, v.gases?.CO2]);
    expect(years).toEqual([
      [2014, 0.209],
      [2024, 0.04],
      [2025, 0.0777],
    ]);
    const b = await base();
    expect(factor(b, 'fi.electricity.location')?.values.map((v) => v.year)).toEqual([2014, 2024]);
    expect(b.activities.some((x) => x.id.startsWith('district-heat.city.'))).toBe(false);
  });

  it('changes a partner’s result exactly as computed by hand', async () => {
    const { set } = await released();
    const heat = supplierIds(testDraft().suppliers[0] as FactorSetDraft['suppliers'][number]).activity;
    const inv = inventory(
      [
        entry({ category: 's2.heat', activity: heat, quantity: 10_000, unit: 'kWh' }),
        entry({ category: 's2.electricity', activity: 'electricity.fi', quantity: 20_000, unit: 'kWh' }),
      ],
      { year: 2025, factorSet: { id: 'joensuu', release: '2026.1-test' } },
    );
    const r = calculateInventory(inv, { factorSet: set });
    expect(r.factorSet).toEqual({ id: 'joensuu', release: '2026.1-test' });
    // 10 000 kWh × 0.1234 kg/kWh = 1 234 kg; 20 000 kWh × 0.0777 = 1 554 kg (CO2, GWP 1).
    expect(r.byCategory['s2.heat']?.location).toBeCloseTo(1234, 9);
    expect(r.scope2.location).toBeCloseTo(1234 + 1554, 9);
    // Market-based: electricity at the residual mix, 20 000 × 0.333 = 6 660 kg; heat as location-based.
    expect(r.scope2.market).toBeCloseTo(1234 + 6660, 9);
  });

  it('types values in the source’s unit: kg CO2e per GJ becomes CO2e per the factor’s kWh', async () => {
    const draft = testDraft();
    draft.values[0] = testValue('v1', 'fi.electricity.location', 2025, 36, {
      kind: 'CO2e',
      massUnit: 'kg',
      perUnit: 'GJ',
    });
    const { set } = await released(draft);
    const v = factor(set, 'fi.electricity.location')?.values.find((x) => x.year === 2025);
    // 36 kg per GJ; 1 GJ = 277.78 kWh, so 36 / 277.777… = 0.1296 kg/kWh.
    expect(v?.co2e).toBe(0.1296);
    expect(v?.gases).toBeUndefined();
    expect(v?.derivation).toBe('36 kg CO2e/GJ as given by the source');
  });

  it('shows as fingerprint the SHA-256 of the file as written, the same for a reformatted copy', async () => {
    const { file, json } = await released();
    expect(file.sha256).toBe(createHash('sha256').update(file.text, 'utf8').digest('hex'));
    expect(await factorSetFingerprint(json)).toBe(file.sha256);
    const reformatted = JSON.parse(JSON.stringify(json, null, 2)) as unknown;
    expect(await factorSetFingerprint(reformatted)).toBe(file.sha256);
    const grouped = groupedFingerprint(file.sha256);
    expect(grouped.split(' ')).toHaveLength(16);
    expect(grouped.replaceAll(' ', '')).toBe(file.sha256);
  });
});

describe('a value without its source is refused', () => {
  it.each([
    ['publisher', { publisher: '  ' }],
    ['document', { document: '' }],
    ['sourceYear', { sourceYearText: '', sourceYear: null }],
    ['url', { url: '' }],
  ] as const)('by the editor: no %s, no file, and the problem names that field', async (field, patch) => {
    const draft = testDraft();
    draft.values[1] = { ...(draft.values[1] as FactorSetDraft['values'][number]), ...patch };
    const file = await makeReleaseFile(draft, await base());
    expect(file.ok).toBe(false);
    expect(!file.ok && file.problems).toEqual([{ at: 'value:v2', field, code: 'required' }]);
  });

  it('by the editor: an address that is not a web address', async () => {
    const draft = testDraft();
    draft.values[0] = testValue('v1', 'fi.electricity.location', 2025, 77.7, { url: 'Tilastokeskus' });
    expect(draftProblems(draft, await base())).toEqual([{ at: 'value:v1', field: 'url', code: 'url' }]);
  });

  it('by the reader: a value naming no source, an unknown source, or a source without its address', async () => {
    const { json } = await released();
    type Raw = {
      factors: { id: string; values: { year: number; source?: string }[] }[];
      sources: Record<string, { url?: string }>;
    };
    const cases: [string, (raw: Raw) => string][] = [
      [
        'no source',
        (raw) => {
          const i = raw.factors.findIndex((f) => f.id === 'fi.electricity.location');
          const j = raw.factors[i]?.values.findIndex((v) => v.year === 2025) ?? -1;
          delete raw.factors[i]?.values[j]?.source;
          return `/factors/${i}/values/${j}/source`;
        },
      ],
      [
        'unknown source',
        (raw) => {
          const i = raw.factors.findIndex((f) => f.id === 'fi.electricity.location');
          const j = raw.factors[i]?.values.findIndex((v) => v.year === 2025) ?? -1;
          const v = raw.factors[i]?.values[j];
          if (v) v.source = 'joensuu:99';
          return `/factors/${i}/values/${j}/source`;
        },
      ],
      [
        'no address',
        (raw) => {
          const key = Object.keys(raw.sources).find((k) => k.startsWith('joensuu:')) as string;
          raw.sources[key] = { ...raw.sources[key], url: ' ' };
          return `/sources/${key}/url`;
        },
      ],
    ];
    for (const [what, spoil] of cases) {
      const raw = structuredClone(json) as Raw;
      const path = spoil(raw);
      const { set, issues } = readFactorSet(raw);
      expect(set, what).toBeUndefined();
      expect(
        issues.filter((i) => i.severity === 'error').map((i) => i.path),
        what,
      ).toEqual([path]);
    }
  });
});

describe('the draft’s other problems', () => {
  it.each([
    [
      'the app’s own series',
      { id: 'fi', release: '2026.2' },
      { at: 'release', field: 'id', code: 'set-id-app' },
    ],
    ['an id with capitals', { id: 'Joensuu' }, { at: 'release', field: 'id', code: 'set-id' }],
    [
      'a release built into the app',
      { id: 'fi', release: '2026.1' },
      { at: 'release', field: 'id', code: 'set-id-app' },
    ],
    ['an impossible date', { published: '2026-02-30' }, { at: 'release', field: 'published', code: 'date' }],
    ['no Finnish name', { nameFi: ' ' }, { at: 'release', field: 'nameFi', code: 'required' }],
  ] as const)('%s', async (_what, patch, problem) => {
    expect(draftProblems({ ...testDraft(), ...patch }, await base())).toEqual([problem]);
  });

  it('two values of one factor and year, a supplier without a value, a supplier named twice, a number not typed', async () => {
    const draft = testDraft();
    draft.values.push(testValue('v4', 'fi.electricity.location', 2025, 80));
    draft.values.push(
      testValue('v5', 'fi.district-heat.national', 2025, 0, { valueText: '12,x', value: null }),
    );
    draft.suppliers.push({ ...(draft.suppliers[0] as FactorSetDraft['suppliers'][number]), id: 's2' });
    expect(draftProblems(draft, await base())).toEqual([
      { at: 'supplier:s2', field: 'nameFi', code: 'supplier-twice' },
      { at: 'supplier:s2', field: 'values', code: 'supplier-no-value' },
      { at: 'value:v4', field: 'year', code: 'year-twice' },
      { at: 'value:v5', field: 'value', code: 'number' },
    ]);
    expect(buildRelease(draft, await base()).set).toBeUndefined();
  });

  it('a value per a unit of another kind, or for a supplier that was removed', async () => {
    const draft = testDraft();
    draft.values[0] = testValue('v1', 'fi.electricity.location', 2025, 1, { perUnit: 'l' });
    draft.values[2] = testValue('v3', supplierRef('gone'), 2025, 1);
    expect(draftProblems(draft, await base())).toEqual([
      { at: 'supplier:s1', field: 'values', code: 'supplier-no-value' },
      { at: 'value:v1', field: 'perUnit', code: 'unit' },
      { at: 'value:v3', field: 'factor', code: 'factor-unknown' },
    ]);
  });
});
