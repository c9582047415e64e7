/**
 * A partner's climate commitment (issue 12): declared once, read from exchange files (in the organization)
 * and from backups (on the partner's row). Optional on both, so files and rows written before it read
 * unchanged.
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../core/categories';
import type {
  BaseYearFigures,
  BaseYearRecalculation,
  BaseYearRecord,
  ClimateAction,
  Commitment,
  Target,
} from '../core/commitment';
import { GWP_SET_IDS } from '../core/gwp';
import { CategorySchema } from './entry';
import { amount, filled, id, limitedNumber, text, time, year } from './fields';
import { FactorSetRefSchema, MetricsSchema } from './inventory';
import type { Assert, Same } from './same';

/** A calendar day, "YYYY-MM-DD". */
export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const day = () => v.pipe(v.string(), v.maxLength(10), v.regex(DAY_PATTERN));

export const TARGET_PRESETS = ['sbti-sme', 'sme-climate-hub', 'chamber-2035', 'own'] as const;
export const TARGET_METRICS = ['fte', 'revenue-meur', 'floor-area-m2', 'production'] as const;
export const ACTION_THEMES = [
  'energy',
  'transport',
  'procurement',
  'waste',
  'refrigerants',
  'buildings',
  'other',
] as const;
export const ACTION_STATUSES = ['not-started', 'planned', 'in-progress', 'done', 'dropped'] as const;
export const RECALCULATION_REASONS = ['structural', 'method', 'factor-set', 'error', 'other'] as const;

/** A record keyed by a closed list, every key optional: an object the published JSON Schema can describe. */
function keyedBy<K extends string, S extends v.GenericSchema>(keys: readonly K[], value: () => S) {
  return v.object(
    Object.fromEntries(keys.map((k) => [k, v.optional(value())])) as {
      [P in K]: v.OptionalSchema<S, undefined>;
    },
  );
}

const percent = () => v.pipe(v.number(), v.minValue(0), v.maxValue(100));

export const TargetSchema = v.object({
  id: id(),
  preset: v.picklist(TARGET_PRESETS),
  name: v.optional(text(300)),
  scope1: v.boolean(),
  scope2: v.optional(v.picklist(['location', 'market'])),
  scope3Categories: v.array(CategorySchema),
  kind: v.picklist(['absolute', 'intensity']),
  metric: v.optional(v.picklist(TARGET_METRICS)),
  baseYear: year(),
  targetYear: year(),
  reductionPct: percent(),
  maxOffsetPct: v.optional(percent()),
  createdAt: time(),
});

export const ClimateActionSchema = v.object({
  id: id(),
  title: filled(300),
  theme: v.picklist(ACTION_THEMES),
  categories: v.array(CategorySchema),
  status: v.picklist(ACTION_STATUSES),
  statusDates: keyedBy(ACTION_STATUSES, day),
  expected: v.optional(v.object({ kgPerYear: amount(), basis: text(2000) })),
  note: v.optional(text(2000)),
  createdAt: time(),
  updatedAt: time(),
});

const DualSchema = v.object({ location: limitedNumber(), market: limitedNumber() });

export const BaseYearFiguresSchema = v.object({
  scope1: limitedNumber(),
  scope2: DualSchema,
  scope3ByCategory: keyedBy(CATEGORY_IDS, limitedNumber),
  metrics: MetricsSchema,
  factorSet: FactorSetRefSchema,
  gwp: v.picklist(GWP_SET_IDS),
});

export const BaseYearRecordSchema = v.object({
  year: year(),
  figures: BaseYearFiguresSchema,
  recordedAt: time(),
});

export const BaseYearRecalculationSchema = v.object({
  id: id(),
  year: year(),
  at: time(),
  reason: v.picklist(RECALCULATION_REASONS),
  note: text(2000),
  before: BaseYearFiguresSchema,
  after: BaseYearFiguresSchema,
});

export const CommitmentSchema = v.object({
  joinedOn: v.optional(day()),
  text: v.optional(text(5000)),
  targets: v.optional(v.array(TargetSchema), () => []),
  actions: v.optional(v.array(ClimateActionSchema), () => []),
  recalculationThresholdPct: v.optional(percent(), () => 5),
  baseYears: v.optional(v.array(BaseYearRecordSchema), () => []),
  recalculations: v.optional(v.array(BaseYearRecalculationSchema), () => []),
});

export type TargetIsCore = Assert<Same<v.InferOutput<typeof TargetSchema>, Target>>;
export type ActionIsCore = Assert<Same<v.InferOutput<typeof ClimateActionSchema>, ClimateAction>>;
export type FiguresIsCore = Assert<Same<v.InferOutput<typeof BaseYearFiguresSchema>, BaseYearFigures>>;
export type RecordIsCore = Assert<Same<v.InferOutput<typeof BaseYearRecordSchema>, BaseYearRecord>>;
export type RecalculationIsCore = Assert<
  Same<v.InferOutput<typeof BaseYearRecalculationSchema>, BaseYearRecalculation>
>;
export type CommitmentIsCore = Assert<Same<v.InferOutput<typeof CommitmentSchema>, Commitment>>;
