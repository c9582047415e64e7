/**
 * The factor-set file (docs/factor-set-format.md): the set, its sources, fuels, factors with their yearly
 * values, and the activities people pick. Declared once, read by src/factors/readFactorSet.ts, which adds the
 * rules across records (sources and factors referred to, units that convert, duplicate ids).
 */
import * as v from 'valibot';
import type { Activity, EmissionFactor, FactorSet, FactorValue, FuelRecord } from '../core/factorSet';
import { GWP_SET_IDS } from '../core/gwp';
import type { Localized, Source } from '../core/source';
import { CategorySchema, UnitSchema } from './entry';
import { amount, nonBlank, positive, text } from './fields';
import type { Assert, Same } from './same';

export const FACTOR_SET_FORMAT = 'paastolaskuri-factor-set';
export const FACTOR_SET_VERSION = 1;
export const SOURCE_STATUSES = ['verified', 'second-hand', 'derived'] as const;

/** Ids inside a set: longer than record ids, and "(" ")" allowed ("flight.long-haul(economy)"). */
export const SET_ITEM_ID = /^[A-Za-z0-9][A-Za-z0-9._:()-]{0,119}$/;
const itemId = () => v.pipe(v.string(), v.regex(SET_ITEM_ID));
/** Text that must be there, of any length the Checker allows. */
const given = () => v.pipe(v.string(), v.nonEmpty());
const sourceYear = () => v.pipe(v.number(), v.integer(), v.minValue(1900), v.maxValue(2100));

export const LocalizedSchema = v.object({
  fi: nonBlank(2000),
  en: nonBlank(2000),
  sv: v.optional(nonBlank(2000)),
});

/**
 * The numbers of a factor value, kg per unit: a factor-set value's (with its year and source below) and a
 * custom factor's. The rules between them (at least one of gases, co2eParts, co2e; co2eGwp with co2eParts;
 * not both a split and a total) are readValue's.
 */
export const FactorValueSchema = v.object({
  gases: v.optional(v.record(v.string(), amount())),
  co2eParts: v.optional(v.record(v.string(), amount())),
  co2e: v.optional(amount()),
  co2eGwp: v.optional(v.picklist(GWP_SET_IDS)),
  biogenicCO2: v.optional(amount()),
});

export const SourceSchema = v.object({
  publisher: given(),
  document: given(),
  year: sourceYear(),
  url: given(),
  via: v.optional(v.string()),
  note: v.optional(v.string()),
  titles: v.optional(LocalizedSchema),
});

export const FuelSchema = v.object({
  id: itemId(),
  names: LocalizedSchema,
  // A density or calorific value of zero would turn any quantity into nothing: positive, and within limits.
  properties: v.object({
    densityKgPerL: v.optional(positive()),
    ncvMJPerKg: v.optional(positive()),
    ncvMJPerL: v.optional(positive()),
  }),
  /** Key of the set's sources. */
  source: given(),
  status: v.picklist(SOURCE_STATUSES),
  ref: v.optional(v.string()),
});

export const SetValueSchema = v.object({
  year: sourceYear(),
  ...FactorValueSchema.entries,
  source: given(),
  /** Where in the source: table, sheet, row. */
  ref: v.optional(v.string()),
  status: v.picklist(SOURCE_STATUSES),
  derivation: v.optional(v.string()),
});

export const EmissionFactorSchema = v.object({
  id: itemId(),
  names: LocalizedSchema,
  unit: UnitSchema,
  values: v.array(SetValueSchema),
  note: v.optional(v.string()),
});

export const ActivitySchema = v.object({
  id: itemId(),
  names: LocalizedSchema,
  categories: v.array(CategorySchema),
  unit: UnitSchema,
  factor: v.optional(itemId()),
  factorWithRF: v.optional(itemId()),
  marketFactor: v.optional(itemId()),
  fuel: v.optional(itemId()),
  gas: v.optional(text(40)),
  method: v.picklist(['activity', 'spend']),
  keywords: v.optional(v.array(v.string())),
});

export const FactorSetSchema = v.object({
  format: v.literal(FACTOR_SET_FORMAT),
  version: v.literal(FACTOR_SET_VERSION),
  id: v.pipe(v.string(), v.regex(/^[a-z0-9-]{1,40}$/)),
  release: v.pipe(v.string(), v.regex(/^[0-9A-Za-z.-]{1,40}$/)),
  names: LocalizedSchema,
  publisher: given(),
  published: v.pipe(v.string(), v.regex(/^\d{4}-\d{2}-\d{2}$/)),
  description: v.optional(LocalizedSchema),
  sources: v.record(v.string(), SourceSchema),
  fuels: v.array(FuelSchema),
  factors: v.array(EmissionFactorSchema),
  activities: v.array(ActivitySchema),
  /** Known gaps: what the set does not cover and why. */
  missing: v.optional(v.array(v.object({ what: v.string(), why: v.string() }))),
});

export type LocalizedIsCore = Assert<Same<v.InferOutput<typeof LocalizedSchema>, Localized>>;
export type SourceIsCore = Assert<Same<v.InferOutput<typeof SourceSchema>, Source>>;
export type FuelIsCore = Assert<Same<v.InferOutput<typeof FuelSchema>, FuelRecord>>;
export type SetValueIsCore = Assert<Same<v.InferOutput<typeof SetValueSchema>, FactorValue>>;
export type EmissionFactorIsCore = Assert<Same<v.InferOutput<typeof EmissionFactorSchema>, EmissionFactor>>;
export type ActivityIsCore = Assert<Same<v.InferOutput<typeof ActivitySchema>, Activity>>;
export type FactorSetIsCore = Assert<Same<v.InferOutput<typeof FactorSetSchema>, FactorSet>>;
