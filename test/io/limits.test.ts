/**
 * Issue 16, defects 3 and 4 at the readers: an exchange file with 1e308, a spreadsheet cell of 300 digits,
 * a backup holding a number beyond the limits. Files are refused with the field's path; a spreadsheet row
 * is a row problem; a backup restores rows as stored, with a warning, and the year leaves the number uncounted.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import { MAX_INPUT } from '../../src/core/limits';
import { exportBackup } from '../../src/db/backup/exportBackup';
import { readImportText } from '../../src/db/backup/readImport';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { formatIssue } from '../../src/i18n/issueMessages';
import { type BulkChoices, buildDrafts, readTable, suggestMapping } from '../../src/io/bulk';
import { readExchange } from '../../src/io/exchange';
import { entry, fillSample } from '../db/backup/data';
import { freshDb } from '../db/helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
});

function exchange(quantity: number, over: Record<string, unknown> = {}) {
  return {
    format: 'paastolaskuri-exchange',
    version: 1,
    organization: { name: 'Oy', sites: [] },
    inventories: [
      {
        year: 2024,
        boundary: 'operational-control',
        gwp: 'AR6',
        factorSet: DEFAULT_FACTOR_SET,
        radiativeForcing: true,
        entries: [
          { id: 'e1', category: 's2.electricity', activity: 'electricity.fi', quantity, unit: 'GWh' },
        ],
        ...over,
      },
    ],
  };
}
const errors = (input: unknown) =>
  readExchange(input)
    .issues.filter((i) => i.severity === 'error')
    .map((i) => [i.path, i.code]);

describe('exchange files', () => {
  it('a quantity of 1e308 GWh is refused at its path, in Finnish and English', () => {
    const { file, issues } = readExchange(exchange(1e308));
    expect(file).toBeUndefined();
    expect(issues.map((i) => [i.path, i.code])).toEqual([
      ['/inventories/0/entries/0/quantity', 'number-limit'],
    ]);
    expect(formatIssue(issues[0] as never, 'fi')).toMatch(
      /^virhe \/inventories\/0\/entries\/0\/quantity: .*liian suuri/,
    );
    expect(formatIssue(issues[0] as never, 'en')).toMatch(/too large/);
  });

  it('a custom factor of 1e300, metrics out of range, a quantity of 1e21: each refused with its path', () => {
    const input = exchange(1e21, {
      metrics: { fte: 1e-9, revenueEur: 1e300, production: { amount: 2e15, unit: 't' } },
      customFactors: [
        {
          id: 'cf',
          name: 'Oma',
          unit: 'kWh',
          value: { co2e: 1e300 },
          year: 2024,
          source: 'X',
        },
      ],
    });
    expect(errors(input)).toEqual([
      ['/inventories/0/customFactors/0/value/co2e', 'number-limit'],
      ['/inventories/0/entries/0/quantity', 'number-limit'],
      ['/inventories/0/metrics/fte', 'number-limit'],
      ['/inventories/0/metrics/revenueEur', 'number-limit'],
      ['/inventories/0/metrics/production/amount', 'number-limit'],
    ]);
  });

  it('the largest quantity is read', () => {
    expect(errors(exchange(MAX_INPUT))).toEqual([]);
  });

  it('the published JSON Schema states the same bound: 1e308 is refused there at the same path', () => {
    const schema = JSON.parse(readFileSync('docs/exchange-format-v1.schema.json', 'utf8')) as object;
    const validate = new Ajv2020({ allErrors: true }).compile(schema);
    const at = (doc: unknown) => (validate(doc) ? [] : (validate.errors ?? []).map((e) => e.instancePath));
    expect(at(exchange(1e308))).toEqual(['/inventories/0/entries/0/quantity']);
    expect(at(exchange(-1e308))).toEqual(['/inventories/0/entries/0/quantity']);
    expect(at(exchange(MAX_INPUT))).toEqual([]);
    const factor = exchange(1, {
      customFactors: [
        { id: 'cf', name: 'Oma', unit: 'kWh', value: { co2e: 1e300 }, year: 2024, source: 'X' },
      ],
    });
    expect(at(factor)).toEqual(['/inventories/0/customFactors/0/value/co2e']);
  });
});

function choices(): BulkChoices {
  return {
    lang: 'fi',
    year: 2024,
    category: 's2.electricity',
    set,
    activity: 'electricity.fi',
    activityByValue: {},
    unit: 'kWh',
    convention: 'auto',
    siteByValue: {},
    sourceNote: 'test.csv',
  };
}

describe('spreadsheet rows', () => {
  it('a 300-digit quantity and a 400-digit one are row problems, too large; the other rows are read', () => {
    const text = [
      'Kuukausi;Kulutus',
      '1/2024;1 200,5',
      `2/2024;${'9'.repeat(300)}`,
      `3/2024;${'9'.repeat(400)}`,
    ].join('\n');
    const table = readTable(text);
    const result = buildDrafts(table, suggestMapping(table), choices());
    const bad = result.rows.filter((r) => !r.draft);
    expect(bad.map((r) => [r.line, r.issues.map((i) => [i.code, i.params.bound])])).toEqual([
      [3, [['number-limit', 'max']]],
      [4, [['number-limit', 'max']]],
    ]);
    expect(result.rows.find((r) => r.line === 2)?.draft?.quantity).toBe(1200.5);
    expect(formatIssue(bad[0]?.issues[0] as never, 'en')).toContain('too large');
  });

  it('a quantity that would be read as zero is a row problem; a tiny one is read as itself', () => {
    const text = ['Kuukausi;Kulutus', `1/2024;0,${'0'.repeat(400)}1`, '2/2024;0,0000000000000000000001'].join(
      '\n',
    );
    const table = readTable(text);
    const result = buildDrafts(table, suggestMapping(table), choices());
    expect(result.rows.map((r) => r.draft?.quantity ?? r.issues.map((i) => i.params.bound))).toEqual([
      ['zero'],
      1e-22,
    ]);
  });
});

describe('backups', () => {
  it('a stored quantity beyond the limits is restored as stored, with a warning at its path', async () => {
    const { db } = freshDb();
    await fillSample(db);
    await db.entries.put(entry('huge', 'inv-a24', 9, { quantity: 1e21, quantityText: '1e21' }));
    const { text } = await exportBackup(db, { appVersion: 'test' });
    const read = await readImportText(text);
    if (!read.ok) throw new Error(read.issues.map((i) => formatIssue(i, 'en')).join('\n'));
    const limit = read.source.warnings.filter((w) => w.code === 'number-limit');
    expect(limit.map((w) => [w.severity, w.path.endsWith('/quantity')])).toEqual([['warning', true]]);
    expect(JSON.stringify(read.source.data)).toContain('1e+21');
  });
});
