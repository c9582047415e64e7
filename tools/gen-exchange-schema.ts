/**
 * Writes docs/exchange-format-v1.schema.json from the record schemas (src/schema) with valibot's JSON Schema
 * converter, so the published schema cannot part from what the readers check. Run: `npm run gen:schema`;
 * test/io/schema.test.ts fails when the committed file is not what this makes.
 *
 * What the converter cannot take from the schemas is added here, each with its reason: the Checker's marks
 * (numbers within the limits, the smallest size metric), the trimmed emptiness of required text, the form of a
 * business ID, and the rules between a factor value's fields, which readValue checks. The words of the
 * published file (its descriptions) are here as well, out of the app's bundle.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { type JsonSchema, toJsonSchema } from '@valibot/to-json-schema';
import { MAX_INPUT } from '../src/core/limits';
import { CategorySchema, EntrySchema, InstrumentSchema, UnitSchema } from '../src/schema/entry';
import { ExchangeFileSchema } from '../src/schema/exchangeFile';
import { FactorValueSchema } from '../src/schema/factorSet';
import type { Marks } from '../src/schema/fields';
import { CustomFactorSchema, ExclusionSchema, InventorySchema, MetricsSchema } from '../src/schema/inventory';
import { OrganizationSchema, SiteSchema } from '../src/schema/organization';
import { PathwayPointSchema, ProgressYearSchema, TargetProgressSchema } from '../src/schema/progress';

export const SCHEMA_FILE = fileURLToPath(new URL('../docs/exchange-format-v1.schema.json', import.meta.url));

const DEFINITIONS = {
  unit: UnitSchema,
  categoryId: CategorySchema,
  organization: OrganizationSchema,
  site: SiteSchema,
  inventory: InventorySchema,
  metrics: MetricsSchema,
  entry: EntrySchema,
  instrument: InstrumentSchema,
  customFactor: CustomFactorSchema,
  factorValue: FactorValueSchema,
  exclusion: ExclusionSchema,
  targetProgress: TargetProgressSchema,
  pathwayPoint: PathwayPointSchema,
  progressYear: ProgressYearSchema,
};

/** Descriptions by definition and property ('' for the definition itself). */
const WORDS: Record<string, Record<string, string>> = {
  unit: { '': 'A unit id of the app (src/core/units.ts).' },
  categoryId: {
    '': 'GHG Protocol category: Scope 1 and 2 groups, and the 15 Scope 3 categories (s3.01–s3.15).',
  },
  organization: {
    '': 'The reporting partner and its sites.',
    name: 'Legal or trading name; not blank.',
    businessId:
      'Finnish business ID (Y-tunnus) "1234567-8"; the check digit is verified by the reader ("business-id").',
    sector:
      'Industry, Statistics Finland TOL 2008: a section letter A–U or a 2–5 digit code, e.g. "62010" or "62.010".',
    municipality: 'Home municipality.',
    baseYear: 'The year later inventories are compared against.',
    sites: 'Facilities; entries refer to them by id (checked by the reader: "unknown-site").',
  },
  site: { name: 'Not blank.', address: 'Street address.', municipality: 'Municipality of the site.' },
  inventory: {
    '': 'One reporting year. A written file may add "results" (computed totals), which a reader ignores and recomputes.',
    year: 'Reporting year ("year-range").',
    boundary: 'Organizational boundary approach of the GHG Protocol.',
    gwp: 'GWP set the CO2e totals are weighted with.',
    factorSet: 'The emission-factor set and release the year is calculated with.',
    radiativeForcing: 'Whether flight factors include radiative forcing.',
    metrics: 'Size figures for intensities.',
    status: 'Whether the partner has marked the year complete.',
  },
  metrics: {
    '': 'Size figures; each 0 or at least 10^-6 (they divide totals), and at most 10^15.',
    production: 'An amount of product in a unit the partner names.',
  },
  entry: {
    '': 'One activity figure.',
    activity: 'Activity id of the factor set, or "custom" with a custom factor; not blank.',
    quantity: 'The amount in `unit`; at most 10^15 in magnitude ("number-limit").',
    site: "Id of one of the organization's sites.",
    period: 'A month "YYYY-MM"; absent for the whole year.',
    dataQuality: 'Where the figure comes from: measured, invoice or estimated.',
    sourceNote: 'The invoice, the meter, the service log.',
    customFactor: "Id of a custom factor of the year that replaces the activity's default factor.",
    instruments: 'Contractual instruments for the market-based Scope 2 method.',
  },
  instrument: {
    kind: "certificate: an energy attribute certificate (guarantee of origin); supplier: the contract's factor.",
    share: 'Share of the quantity covered, 0–1.',
    factor: 'Custom factor id; a certificate without one is renewable, 0 g CO2e/kWh.',
    note: 'What the instrument is (certificate numbers, contract); not blank.',
  },
  customFactor: {
    name: 'Not blank.',
    unit: 'The unit the factor is per.',
    year: 'Data year of the value.',
    source: 'Who published the value and where; required and not blank ("custom-factor-source").',
  },
  factorValue: {
    '': 'kg per unit. At least one of gases, co2eParts, co2e; co2eGwp with co2eParts; a split and a total never together.',
    gases: 'kg of each gas per unit, by gas id (e.g. "CO2", "CH4", "HFC-134a"); CO2 is fossil CO2.',
    co2eParts: "The source's own per-gas split in kg CO2e, made with co2eGwp.",
    co2e: 'kg CO2e per unit, when the source gives only a total.',
    co2eGwp: 'The GWP set the source used for co2eParts or co2e.',
    biogenicCO2: 'kg biogenic CO2 per unit, reported outside the scopes.',
  },
  exclusion: { '': 'A category left out of the inventory, with the reason.', reason: 'Not blank.' },
  targetProgress: {
    '': "Computed, written by the app for the city: one target's progress over the file's years (docs/commitments.md). A reader ignores it and recomputes it from organization.commitment and the inventories.",
    targetId: 'The id of a target of organization.commitment.',
    unit: '"kgCO2e", or an intensity target\'s kg CO2e per the metric (and the base year\'s production unit).',
    base: "The base year at its recorded figures, within the target's boundary. Absent when a problem stops the computation.",
    target: 'The target year and the level it must reach.',
    pathway: 'Every year from the base year to the target year: the most the target allows (linear).',
    years: 'The calculated years from the base year on, oldest first.',
    latest: 'The latest calculated year after the base year: its status and gap.',
    requiredYearly:
      'The cut needed each year from the latest calculated year to the target year: amount in the unit, and % of the latest year.',
    problems: 'Why the progress cannot be computed; empty when it is.',
  },
  progressYear: {
    gap: 'actual − pathway: above zero the year is behind.',
    status: '"on-track" when actual ≤ pathway, else "behind".',
  },
};

type Json = Record<string, unknown>;

const MARK_KEYS: readonly (keyof Marks)[] = ['limited', 'smallest', 'range', 'draft'];

/** The converter's output for one action, with what the Checker does that valibot's actions do not say. */
function overrideAction(ctx: {
  valibotAction: { type: string; metadata?: unknown };
  jsonSchema: JsonSchema;
}) {
  const s = ctx.jsonSchema as Json;
  const action = ctx.valibotAction;
  if (action.type === 'non_empty') {
    // The readers trim: a name of spaces is blank ("required").
    const { minLength: _, ...rest } = s;
    return { ...rest, pattern: '\\S' } as JsonSchema;
  }
  if (action.type === 'metadata') {
    const m = action.metadata as Marks;
    const out: Json = { ...s };
    if (m.limited) {
      out.minimum = Math.max(typeof s.minimum === 'number' ? s.minimum : -MAX_INPUT, -MAX_INPUT);
      out.maximum = MAX_INPUT;
    }
    if (m.smallest !== undefined) out.not = { exclusiveMinimum: 0, exclusiveMaximum: m.smallest };
    // The marks themselves are the Checker's, not JSON Schema keywords.
    for (const k of MARK_KEYS) delete out[k];
    return out as JsonSchema;
  }
  return undefined;
}

/** Unknown keys are allowed (the reader drops each with an "unknown-key" warning); defaults are the reader's. */
function loosen(node: unknown): void {
  if (Array.isArray(node)) for (const x of node) loosen(x);
  else if (node && typeof node === 'object') {
    const o = node as Json;
    if (o.additionalProperties === false) delete o.additionalProperties;
    delete o.default;
    for (const x of Object.values(o)) loosen(x);
  }
}

export function exchangeJsonSchema(): Json {
  const generated = toJsonSchema(ExchangeFileSchema, {
    target: 'draft-2020-12',
    definitions: DEFINITIONS,
    overrideAction,
  }) as Json;
  loosen(generated);
  const defs = generated.$defs as Record<string, Json>;
  const props = (name: string) => defs[name]?.properties as Record<string, Json>;
  // The form only; the check digit is the reader's ("business-id").
  Object.assign(props('organization').businessId ?? {}, { pattern: '^\\d{7}-\\d$' });
  // readValue's rules between the fields of a value.
  Object.assign(defs.factorValue ?? {}, {
    anyOf: [{ required: ['gases'] }, { required: ['co2eParts'] }, { required: ['co2e'] }],
    dependentRequired: { co2eParts: ['co2eGwp'] },
    not: {
      anyOf: [
        { required: ['gases', 'co2eParts'] },
        { required: ['co2e', 'gases'] },
        { required: ['co2e', 'co2eParts'] },
      ],
    },
  });
  for (const [name, words] of Object.entries(WORDS)) {
    const def = defs[name];
    if (!def) throw new Error(`no definition ${name}`);
    for (const [key, text] of Object.entries(words)) {
      const at = key === '' ? def : props(name)?.[key];
      if (!at) throw new Error(`no property ${name}.${key}`);
      at.description = text;
    }
  }
  const { $schema, ...rest } = generated;
  return {
    $schema,
    $id: 'https://paastolaskuri.invalid/schemas/exchange-format-v1.schema.json',
    title: 'Päästölaskuri exchange format, version 1',
    description:
      'One organization and its yearly GHG inventories (GHG Protocol), as written by writeExchange and read by ' +
      'readExchange (src/io/exchange.ts). Generated from the record schemas (src/schema) by ' +
      'tools/gen-exchange-schema.ts: do not edit. It covers the structure; the rules it cannot express ' +
      '(business ID check digit, activities and units against the factor set, sites, duplicate ids and years, ' +
      'instrument shares, …) are listed in docs/exchange-format.md. Unknown keys are allowed here but ignored by ' +
      'the reader, which reports each with an "unknown-key" warning.',
    ...rest,
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  writeFileSync(SCHEMA_FILE, `${JSON.stringify(exchangeJsonSchema(), null, 2)}\n`);
  console.log(`wrote ${SCHEMA_FILE}`);
}
