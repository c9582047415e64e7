import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/categories';
import { valueForYear } from '../../src/core/factorSet';
import { builtinSetKeys, loadBuiltinSet, PUBLISHED_SETS } from '../../src/factors/builtinSets';
import { readFactorSet } from '../../src/factors/readFactorSet';
import { fiSet } from '../helpers';

const raw = () =>
  JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as Record<string, unknown>;

describe('built-in factor set fi-2025.1', () => {
  it('is unchanged since publication (a correction must be a new release)', () => {
    for (const key of builtinSetKeys()) {
      const pub = PUBLISHED_SETS[key];
      expect(pub, key).toBeDefined();
      const text = readFileSync(pub?.file ?? '', 'utf8');
      // Swedish names were added to the published files later (decision 45): every other byte is as published.
      const published = text.replace(/,\n *"sv": "(?:[^"\\]|\\.)*"(?=\n *\})/g, '');
      expect(text.length - published.length, `${key} has its Swedish names`).toBeGreaterThan(0);
      const hash = createHash('sha256').update(published, 'utf8').digest('hex');
      expect(hash, `${key} was edited after publication`).toBe(pub?.sha256);
    }
  });

  it('reads without any error or warning', () => {
    const { set, issues } = readFactorSet(raw());
    expect(issues).toEqual([]);
    expect(set?.factors.length).toBeGreaterThan(100);
  });

  it('gives every value a source with publisher, document, year and URL', async () => {
    const set = await fiSet();
    for (const f of set.factors) {
      for (const v of f.values) {
        const s = set.sources[v.source];
        expect(s, `${f.id} ${v.year}`).toBeDefined();
        expect(s?.publisher.length, f.id).toBeGreaterThan(2);
        expect(s?.document.length, f.id).toBeGreaterThan(5);
        expect(s?.year, f.id).toBeGreaterThan(1990);
        expect(s?.url, f.id).toMatch(/^https?:\/\//);
        if (v.status === 'derived')
          expect(v.derivation, `${f.id} is derived without a derivation`).toBeTruthy();
      }
    }
    for (const fuel of set.fuels) expect(set.sources[fuel.source], fuel.id).toBeDefined();
  });

  it('covers every GHG Protocol category in which a default factor can exist', async () => {
    const set = await fiSet();
    const covered = new Set(set.activities.flatMap((a) => a.categories));
    // Process emissions, steam, processing of sold products' own factors and investments are partner-specific:
    // they are entered with custom factors (docs/factor-sources.md).
    const customOnly = new Set(['s1.process', 's2.steam', 's3.15']);
    for (const c of CATEGORIES) if (!customOnly.has(c.id)) expect(covered.has(c.id), c.id).toBe(true);
  });

  it('has the values read at their sources (spot checks against docs/factor-research)', async () => {
    const set = await fiSet();
    const value = (id: string, year: number) => {
      const f = set.factors.find((x) => x.id === id);
      if (!f) throw new Error(id);
      return valueForYear(f, year).value;
    };
    const research = JSON.parse(readFileSync('docs/factor-research/energy.json', 'utf8')) as {
      records: { id: string; values: { year: number; gases?: { CO2: number } }[] }[];
    };
    const rm = research.records.find((r) => r.id === 'fi.electricity.residualmix.energyauthority');
    for (const v of rm?.values ?? [])
      expect(value('fi.electricity.residual-mix', v.year).gases?.CO2).toBe(v.gases?.CO2);
    expect(value('desnz.rail.national', 2025).co2eParts).toEqual({ CO2: 0.0351, CH4: 0.00008, N2O: 0.00028 });
  });

  it('loads lazily and caches', async () => {
    const a = await loadBuiltinSet({ id: 'fi', release: '2025.1' });
    const b = await loadBuiltinSet({ id: 'fi', release: '2025.1' });
    expect(a).toBe(b);
    await expect(loadBuiltinSet({ id: 'fi', release: '0.0' })).rejects.toThrow(/No built-in factor set/);
  });
});

type Mutable = Record<string, unknown>;
const first = <T>(xs: T[] | undefined): T => {
  const x = xs?.[0];
  if (x === undefined) throw new Error('empty');
  return x;
};
const firstFactor = (d: Mutable) => first(d.factors as { values: Mutable[] }[]);
const firstValue = (d: Mutable) => first(firstFactor(d).values);
const firstActivity = (d: Mutable) => first(d.activities as Mutable[]);

describe('readFactorSet refuses broken files, naming the problem', () => {
  const broken = (mutate: (d: Record<string, unknown>) => void) => {
    const d = raw();
    mutate(d);
    return readFactorSet(d);
  };
  it.each<[string, (d: Record<string, unknown>) => void, string, string]>([
    ['another format', (d) => (d.format = 'something-else'), '/format', 'format'],
    ['a newer version', (d) => (d.version = 2), '/version', 'newer-version'],
    [
      'a value without a known source',
      (d) => (firstValue(d).source = 'nowhere'),
      '/factors/0/values/0/source',
      'unknown-factor',
    ],
    [
      'a factor without values',
      (d) => (firstFactor(d).values = []),
      '/factors/0/values',
      'factor-value-empty',
    ],
    [
      'an unknown gas',
      (d) => (firstValue(d).gases = { XYZ: 1 }),
      '/factors/0/values/0/gases/XYZ',
      'unknown-gas',
    ],
    [
      'an activity pointing at no factor',
      (d) => (firstActivity(d).factor = 'missing'),
      '/activities/0/factor',
      'unknown-factor',
    ],
    [
      'an unknown category',
      (d) => (firstActivity(d).categories = ['s9']),
      '/activities/0/categories/0',
      'unknown-category',
    ],
    [
      'a negative value',
      (d) => (firstValue(d).gases = { CO2: -1 }),
      '/factors/0/values/0/gases/CO2',
      'out-of-range',
    ],
  ])('%s', (_name, mutate, path, code) => {
    const { set, issues } = broken(mutate);
    expect(set).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', path, code }));
  });
  it('refuses something that is not an object', () => {
    expect(readFactorSet('text').issues[0]).toMatchObject({ path: '', code: 'type' });
  });
});
