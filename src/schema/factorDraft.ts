/**
 * The coordinator's draft of the city's factor-set release (docs/factor-set-format.md, "The city's factor
 * file"), as the editor keeps it on the device while it is typed: every field as typed, beside the number it
 * was read as (null while it is not one), so a half-typed draft is kept whole and nothing typed is lost.
 * It becomes a factor-set file only when every value has its number and its source
 * (src/factors/cityRelease.ts).
 */
import * as v from 'valibot';
import { UnitSchema } from './entry';
import { SOURCE_STATUSES } from './factorSet';

/** What the typed number is: fossil CO2 alone (as national electricity and heat factors are given), or CO2e. */
export const DRAFT_VALUE_KINDS = ['CO2', 'CO2e'] as const;
export const DRAFT_MASS_UNITS = ['g', 'kg', 't'] as const;
/** A district heat supplier's factor is per kWh or per MWh, as suppliers publish it. */
export const SUPPLIER_UNITS = ['kWh', 'MWh'] as const;

/** A value given for one factor and data year, with its source. */
export const DraftValueSchema = v.object({
  /** The draft's own id of the value (a form's key), not written to the file. */
  id: v.string(),
  /** A factor id of the base set, or "supplier:<id>" for a supplier of the draft. */
  factor: v.string(),
  yearText: v.string(),
  year: v.nullable(v.number()),
  valueText: v.string(),
  value: v.nullable(v.number()),
  kind: v.picklist(DRAFT_VALUE_KINDS),
  massUnit: v.picklist(DRAFT_MASS_UNITS),
  /** The unit the source gives the value per; converted to the factor's own unit in the file. */
  perUnit: UnitSchema,
  publisher: v.string(),
  document: v.string(),
  sourceYearText: v.string(),
  sourceYear: v.nullable(v.number()),
  url: v.string(),
  /** Where in the source (table, page, sentence); optional. */
  ref: v.string(),
  status: v.picklist(SOURCE_STATUSES),
});

/** A district heat supplier: a new activity and factor of the release ("Kaukolämpö, Savon Voima, Joensuu"). */
export const DraftSupplierSchema = v.object({
  id: v.string(),
  nameFi: v.string(),
  nameEn: v.string(),
  unit: v.picklist(SUPPLIER_UNITS),
});

export const FactorSetDraftSchema = v.object({
  /** The built-in set the release starts from. */
  base: v.object({ id: v.string(), release: v.string() }),
  id: v.string(),
  release: v.string(),
  nameFi: v.string(),
  nameEn: v.string(),
  publisher: v.string(),
  /** YYYY-MM-DD. */
  published: v.string(),
  suppliers: v.array(DraftSupplierSchema),
  values: v.array(DraftValueSchema),
});

export type DraftValue = v.InferOutput<typeof DraftValueSchema>;
export type DraftSupplier = v.InferOutput<typeof DraftSupplierSchema>;
export type FactorSetDraft = v.InferOutput<typeof FactorSetDraftSchema>;
export type DraftValueKind = (typeof DRAFT_VALUE_KINDS)[number];
export type DraftMassUnit = (typeof DRAFT_MASS_UNITS)[number];
export type SupplierUnit = (typeof SUPPLIER_UNITS)[number];

/** A stored draft as the editor uses it, or undefined when the stored value is not one (then it starts afresh). */
export function readFactorSetDraft(value: unknown): FactorSetDraft | undefined {
  const r = v.safeParse(FactorSetDraftSchema, value);
  return r.success ? r.output : undefined;
}
