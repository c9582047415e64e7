/**
 * The JSON Schema of the exchange format, generated from the record schemas (tools/gen-exchange-schema.ts,
 * src/schema), against the reader that defines the format (readExchange): the example files pass both, broken
 * files are refused by both at the same JSON Pointer, and the published docs/exchange-format-v1.schema.json is
 * exactly what the generator makes.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import Ajv2020, { type ErrorObject } from 'ajv/dist/2020';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import { INVENTORY_GWP_SETS } from '../../src/core/gwp';
import type { IssueCode } from '../../src/core/issues';
import { UNITS } from '../../src/core/units';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, readExchange, writeExchange } from '../../src/io/exchange';
import { exchangeJsonSchema, SCHEMA_FILE } from '../../tools/gen-exchange-schema';

const DOCS = fileURLToPath(new URL('../../docs/', import.meta.url));
const EXAMPLES = join(DOCS, 'examples');

const readJson = (path: string): unknown => JSON.parse(readFileSync(path, 'utf8'));
const schema = exchangeJsonSchema() as {
  $id: string;
  $defs: Record<string, { enum?: unknown[] }>;
  properties: Record<string, { const?: unknown }>;
};
const ajv = new Ajv2020({ allErrors: true });
const validate = ajv.compile(schema);

const exampleFiles = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.json'))
  .sort();
const example = (name: string): unknown => readJson(join(EXAMPLES, name));

/** The JSON Pointer an ajv error is about: for a missing property, the property itself. */
function errorPointer(e: ErrorObject): string {
  const missing = (e.params as { missingProperty?: string }).missingProperty;
  return (e.keyword === 'required' || e.keyword === 'dependentRequired') && missing !== undefined
    ? `${e.instancePath}/${missing}`
    : e.instancePath;
}

function schemaErrors(doc: unknown): string[] {
  return validate(doc) ? [] : (validate.errors ?? []).map(errorPointer);
}

const REMOVE = Symbol('remove');

/** Sets (or with REMOVE deletes) the value at a JSON Pointer of a cloned document. */
function edited(doc: unknown, pointer: string, value: unknown): unknown {
  const copy = structuredClone(doc);
  const tokens = pointer.split('/').slice(1);
  const last = tokens.pop() as string;
  let node = copy as Record<string, unknown>;
  for (const t of tokens) node = node[t] as Record<string, unknown>;
  expect(node, `parent of ${pointer} exists`).toBeTypeOf('object');
  if (value === REMOVE) {
    expect(Object.hasOwn(node, last), `${pointer} exists before removal`).toBe(true);
    delete node[last];
  } else node[last] = value;
  return copy;
}

describe('exchange format schema', () => {
  it('is published as generated: docs/exchange-format-v1.schema.json is what `npm run gen:schema` writes', () => {
    expect(readJson(SCHEMA_FILE)).toEqual(JSON.parse(JSON.stringify(schema)));
  });

  it('is a draft 2020-12 schema with the published $id and the reader’s format and version', () => {
    expect(schema.$id).toBe('https://paastolaskuri.invalid/schemas/exchange-format-v1.schema.json');
    expect(schema.properties.format?.const).toBe(EXCHANGE_FORMAT);
    expect(schema.properties.version?.const).toBe(EXCHANGE_VERSION);
  });

  it('lists exactly the categories, units and GWP sets of the code', () => {
    expect(schema.$defs.categoryId?.enum).toEqual([...CATEGORY_IDS]);
    expect(schema.$defs.unit?.enum).toEqual(Object.keys(UNITS));
    const gwp = (schema.$defs.inventory as { properties: Record<string, { enum?: unknown[] }> }).properties
      .gwp;
    expect(gwp?.enum).toEqual([...INVENTORY_GWP_SETS]);
  });

  it('has the four example files', () => {
    expect(exampleFiles).toEqual([
      'bakery-own-factors.json',
      'manufacturer.json',
      'shop-guarantees-of-origin.json',
      'small-office.json',
    ]);
  });

  it.each(exampleFiles)('%s is valid against the schema and read without issues', (name) => {
    const doc = example(name);
    expect(schemaErrors(doc)).toEqual([]);
    const { file, issues } = readExchange(doc);
    expect(issues).toEqual([]);
    expect(file?.format).toBe(EXCHANGE_FORMAT);
    expect(file?.inventories.length).toBeGreaterThan(0);
  });

  it('accepts what writeExchange writes, results included', () => {
    const { file } = readExchange(example('small-office.json'));
    if (!file) throw new Error('example not read');
    const written = writeExchange(
      file.organization,
      file.inventories,
      { appVersion: '0.1.0', exportedAt: '2025-03-01T12:00:00.000Z' },
      file.inventories.map(() => ({ anything: 'computed' }) as never),
    );
    const json = JSON.parse(JSON.stringify(written));
    expect(schemaErrors(json)).toEqual([]);
    const back = readExchange(json);
    expect(back.issues).toEqual([]);
    expect(back.file?.app).toEqual({ name: 'Päästölaskuri', version: '0.1.0' });
    expect(back.file?.inventories[0]).not.toHaveProperty('results');
  });

  it('allows unknown keys, which the reader ignores with a warning', () => {
    const doc = edited(example('small-office.json'), '/inventories/0/entries/0/colour', 'green');
    expect(schemaErrors(doc)).toEqual([]);
    const { file, issues } = readExchange(doc);
    expect(issues).toEqual([
      {
        severity: 'warning',
        path: '/inventories/0/entries/0/colour',
        code: 'unknown-key',
        params: { key: 'colour' },
      },
    ]);
    expect(file?.inventories[0]?.entries[0]).not.toHaveProperty('colour');
  });

  it('cannot check the business ID check digit; the reader does', () => {
    const doc = edited(example('small-office.json'), '/organization/businessId', '1234567-2');
    expect(schemaErrors(doc)).toEqual([]);
    const { file, issues } = readExchange(doc);
    expect(file).toBeUndefined();
    expect(issues).toContainEqual(
      expect.objectContaining({ path: '/organization/businessId', code: 'business-id' }),
    );
  });
});

interface Broken {
  name: string;
  base: string;
  /** The JSON Pointer of the broken field, reported by both the schema and the reader. */
  at: string;
  value: unknown;
  code: IssueCode;
  /** Where the edit is made, when it is not the reported field itself (e.g. a value object). */
  edit?: string;
}

const OFFICE = 'small-office.json';
const SHOP = 'shop-guarantees-of-origin.json';
const E0 = '/inventories/0/entries/0';

const BROKEN: Broken[] = [
  { name: 'wrong format string', base: OFFICE, at: '/format', value: 'paastolaskuri-export', code: 'format' },
  { name: 'version 2', base: OFFICE, at: '/version', value: 2, code: 'newer-version' },
  { name: 'version as a string', base: OFFICE, at: '/version', value: '1', code: 'not-a-number' },
  {
    name: 'missing organization name',
    base: OFFICE,
    at: '/organization/name',
    value: REMOVE,
    code: 'required',
  },
  { name: 'blank organization name', base: OFFICE, at: '/organization/name', value: '   ', code: 'required' },
  {
    name: 'business ID not of the form 1234567-8',
    base: OFFICE,
    at: '/organization/businessId',
    value: '12345671',
    code: 'business-id',
  },
  { name: 'sector not a TOL code', base: OFFICE, at: '/organization/sector', value: 'IT', code: 'enum' },
  { name: 'base year 1800', base: OFFICE, at: '/organization/baseYear', value: 1800, code: 'out-of-range' },
  {
    name: 'site id with a space',
    base: OFFICE,
    at: '/organization/sites/0/id',
    value: 'head office',
    code: 'enum',
  },
  {
    name: 'site name too long',
    base: OFFICE,
    at: '/organization/sites/0/name',
    value: 'x'.repeat(301),
    code: 'too-long',
  },
  { name: 'exportedAt not a date-time', base: OFFICE, at: '/exportedAt', value: 'yesterday', code: 'enum' },
  { name: 'inventories missing', base: OFFICE, at: '/inventories', value: REMOVE, code: 'required' },
  { name: 'inventory year 1800', base: OFFICE, at: '/inventories/0/year', value: 1800, code: 'year-range' },
  { name: 'inventory year 2101', base: OFFICE, at: '/inventories/0/year', value: 2101, code: 'year-range' },
  { name: 'boundary missing', base: OFFICE, at: '/inventories/0/boundary', value: REMOVE, code: 'required' },
  { name: 'unknown boundary', base: OFFICE, at: '/inventories/0/boundary', value: 'ownership', code: 'enum' },
  { name: 'GWP set AR4', base: OFFICE, at: '/inventories/0/gwp', value: 'AR4', code: 'enum' },
  {
    name: 'factor set release missing',
    base: OFFICE,
    at: '/inventories/0/factorSet/release',
    value: REMOVE,
    code: 'required',
  },
  {
    name: 'radiativeForcing "yes"',
    base: OFFICE,
    at: '/inventories/0/radiativeForcing',
    value: 'yes',
    code: 'type',
  },
  { name: 'negative FTE', base: OFFICE, at: '/inventories/0/metrics/fte', value: -1, code: 'out-of-range' },
  { name: 'status "final"', base: OFFICE, at: '/inventories/0/status', value: 'final', code: 'enum' },
  { name: 'entries not an array', base: OFFICE, at: '/inventories/0/entries', value: {}, code: 'type' },
  { name: 'entry id missing', base: OFFICE, at: `${E0}/id`, value: REMOVE, code: 'required' },
  { name: 'unknown category', base: OFFICE, at: `${E0}/category`, value: 's4.01', code: 'enum' },
  { name: 'blank activity', base: OFFICE, at: `${E0}/activity`, value: ' ', code: 'required' },
  { name: 'unknown unit', base: OFFICE, at: `${E0}/unit`, value: 'gallon', code: 'enum' },
  { name: 'non-number quantity', base: OFFICE, at: `${E0}/quantity`, value: '38500', code: 'not-a-number' },
  { name: 'period "2024-13"', base: OFFICE, at: `${E0}/period`, value: '2024-13', code: 'enum' },
  { name: 'period "2024-1"', base: OFFICE, at: `${E0}/period`, value: '2024-1', code: 'enum' },
  { name: 'unknown data quality', base: OFFICE, at: `${E0}/dataQuality`, value: 'guessed', code: 'enum' },
  {
    name: 'source note too long',
    base: OFFICE,
    at: `${E0}/sourceNote`,
    value: 'x'.repeat(1001),
    code: 'too-long',
  },
  {
    name: 'instrument share 1.5',
    base: SHOP,
    at: `${E0}/instruments/0/share`,
    value: 1.5,
    code: 'out-of-range',
  },
  {
    name: 'instrument share −0.1',
    base: SHOP,
    at: `${E0}/instruments/0/share`,
    value: -0.1,
    code: 'out-of-range',
  },
  {
    name: 'unknown instrument kind',
    base: SHOP,
    at: `${E0}/instruments/0/kind`,
    value: 'green',
    code: 'enum',
  },
  {
    name: 'instrument note missing',
    base: SHOP,
    at: `${E0}/instruments/0/note`,
    value: REMOVE,
    code: 'required',
  },
  {
    name: 'custom factor source missing',
    base: SHOP,
    at: '/inventories/0/customFactors/0/source',
    value: REMOVE,
    code: 'custom-factor-source',
  },
  {
    name: 'custom factor source blank',
    base: SHOP,
    at: '/inventories/0/customFactors/0/source',
    value: '  ',
    code: 'custom-factor-source',
  },
  {
    name: 'custom factor without a value',
    base: SHOP,
    at: '/inventories/0/customFactors/0/value',
    value: {},
    code: 'factor-value-empty',
  },
  {
    name: 'custom factor co2eParts without co2eGwp',
    base: SHOP,
    at: '/inventories/0/customFactors/0/value/co2eGwp',
    edit: '/inventories/0/customFactors/0/value',
    value: { co2eParts: { CO2: 0.1 } },
    code: 'required',
  },
  {
    name: 'custom factor negative gas amount',
    base: SHOP,
    at: '/inventories/0/customFactors/0/value/gases/CO2',
    value: -0.1,
    code: 'out-of-range',
  },
  {
    name: 'custom factor year 1980',
    base: SHOP,
    at: '/inventories/0/customFactors/0/year',
    value: 1980,
    code: 'out-of-range',
  },
  {
    name: 'exclusion without a reason',
    base: OFFICE,
    at: '/inventories/0/excluded/0/reason',
    value: REMOVE,
    code: 'required',
  },
];

describe('broken documents are refused by both the schema and readExchange', () => {
  it('has enough cases', () => {
    expect(BROKEN.length).toBeGreaterThanOrEqual(10);
  });

  it.each(BROKEN)('$name → $at', ({ base, at, edit, value, code }) => {
    const doc = edited(example(base), edit ?? at, value);
    expect(schemaErrors(doc)).toContain(at);

    const { file, issues } = readExchange(doc);
    expect(file).toBeUndefined();
    expect(issues).toContainEqual(expect.objectContaining({ severity: 'error', path: at, code }));
  });

  it('refuses a document that is not an object at the root', () => {
    expect(schemaErrors([])).toContain('');
    const { file, issues } = readExchange([]);
    expect(file).toBeUndefined();
    expect(issues).toEqual([
      { severity: 'error', path: '', code: 'type', params: { expected: 'object', got: 'array' } },
    ]);
  });

  it('reports every structural problem at once', () => {
    let doc = edited(example(OFFICE), `${E0}/unit`, 'gallon');
    doc = edited(doc, '/inventories/1/entries/2/quantity', 'lots');
    doc = edited(doc, '/organization/name', REMOVE);
    const { file, issues } = readExchange(doc);
    expect(file).toBeUndefined();
    expect(issues.map((i) => i.path).sort()).toEqual(
      ['/inventories/0/entries/0/unit', '/inventories/1/entries/2/quantity', '/organization/name'].sort(),
    );
    expect(schemaErrors(doc)).toEqual(expect.arrayContaining(issues.map((i) => i.path)));
  });
});
