/**
 * Swedish names of the built-in factor sets (issue 15): every name has its Swedish, translated (not the English
 * left in), with the same numbers as the Finnish; a spend activity says "(i euro)" once, at its end.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Localized } from '../../src/core/source';
import { PUBLISHED_SETS } from '../../src/factors/builtinSets';
import { readFactorSet } from '../../src/factors/readFactorSet';

type Named = { where: string; names: Localized; spend: boolean };
type Item = { id: string; names: Localized; method?: string; unit?: string };
type RawSet = {
  names: Localized;
  description?: Localized;
  sources: Record<string, { titles?: Localized }>;
  fuels: Item[];
  factors: Item[];
  activities: Item[];
};

const FILES = Object.values(PUBLISHED_SETS).map((p) => p.file);
const TABLE = 'tools/release_2026/names-sv.tsv';

function namesOf(file: string): Named[] {
  const set = JSON.parse(readFileSync(file, 'utf8')) as RawSet;
  const out: Named[] = [{ where: 'names', names: set.names, spend: false }];
  if (set.description) out.push({ where: 'description', names: set.description, spend: false });
  for (const [key, s] of Object.entries(set.sources))
    if (s.titles) out.push({ where: `source ${key}`, names: s.titles, spend: false });
  for (const kind of ['fuels', 'factors', 'activities'] as const)
    for (const item of set[kind])
      out.push({
        where: `${kind} ${item.id}`,
        names: item.names,
        spend: item.method === 'spend',
      });
  return out;
}

/** English names whose Swedish is the same word (NAICS 311213 malt, 327310 cement). */
const SAME_AS_ENGLISH = new Set(['Malt', 'Cement']);
/** The check of test/i18n/wordsScan.test.ts: a parenthesis said twice, "(i euro) (i euro)". */
const DOUBLED = /(\([^()]+\)) ?\1/u;
const numbers = (text: string) => (text.match(/\d+(?:[.,]\d+)?/g) ?? []).sort();

describe.each(FILES)('Swedish names of %s', (file) => {
  const named = namesOf(file);

  it('reads without an issue, with its Swedish names', () => {
    const { set, issues } = readFactorSet(JSON.parse(readFileSync(file, 'utf8')));
    expect(issues).toEqual([]);
    expect(set?.activities.every((a) => a.names.sv === undefined || a.names.sv.length > 0)).toBe(true);
  });

  it('gives every name of the set, its sources, fuels, factors and activities a Swedish one', () => {
    const without = named.filter((n) => !n.names.sv?.trim()).map((n) => n.where);
    expect(without).toEqual([]);
    expect(named.length).toBeGreaterThan(500);
  });

  it('translates: no Swedish is the English or the Finnish left in, and none says a parenthesis twice', () => {
    for (const { where, names } of named) {
      if (!names.sv) continue;
      if (!SAME_AS_ENGLISH.has(names.en)) expect(names.sv, where).not.toBe(names.en);
      expect(names.sv, where).not.toBe(names.fi);
      expect(names.sv, where).not.toMatch(DOUBLED);
      expect(names.sv, where).not.toMatch(/euroina|by spend/);
      expect(names.sv.trim(), where).toBe(names.sv);
    }
  });

  it('keeps the numbers of the Finnish name (codes, sizes, years), none added or dropped', () => {
    for (const { where, names } of named) {
      if (names.sv) expect(numbers(names.sv), `${where}: ${names.sv}`).toEqual(numbers(names.fi));
    }
  });

  it('says "(i euro)" exactly once, at the end, in a spend activity and nowhere else', () => {
    for (const { where, names, spend } of named) {
      if (!names.sv) continue;
      const count = names.sv.split('(i euro)').length - 1;
      if (spend) {
        expect(count, where).toBe(1);
        expect(names.sv.endsWith(' (i euro)'), where).toBe(true);
      } else if (!names.fi.endsWith('(euroina)')) {
        expect(count, where).toBe(0);
      }
    }
  });
});

describe('the Swedish names table', () => {
  const rows = readFileSync(TABLE, 'utf8')
    .split('\n')
    .filter((l) => l && !l.startsWith('#'))
    .map((l) => l.split('\t'));

  it('has a Finnish text and its Swedish on every row, each Finnish text once', () => {
    for (const row of rows) expect(row.length, row.join(' | ')).toBe(2);
    const fi = rows.map((r) => r[0]);
    expect(new Set(fi).size).toBe(fi.length);
  });

  it('has no row that no built-in set uses (a renamed item leaves no stale translation)', () => {
    const used = new Set<string>();
    for (const file of FILES)
      for (const { names } of namesOf(file)) if (names.sv) used.add(names.fi.replace(/( \(euroina\))+$/, ''));
    const unused = rows.map((r) => r[0] ?? '').filter((fi) => !used.has(fi));
    expect(unused).toEqual([]);
  });
});
