/**
 * A yearly inventory with its size metrics, custom factors and exclusions (its entries are in entry.ts):
 * declared once, read from exchange files and from backups.
 */
import * as v from 'valibot';
import { INVENTORY_GWP_SETS } from '../core/gwp';
import type {
  CustomFactor,
  Exclusion,
  InterviewRecord,
  Inventory,
  MissingFigure,
  SessionNote,
  SizeMetrics,
} from '../core/inventory';
import { CategorySchema, EntrySchema, UnitSchema } from './entry';
import { FactorValueSchema } from './factorSet';
import { filled, id, inventoryYear, metric, nonBlank, PERIOD_PATTERN, text, time, year } from './fields';
import type { Assert, Same } from './same';

export const BOUNDARIES = ['operational-control', 'financial-control', 'equity-share'] as const;
export const INVENTORY_STATUSES = ['draft', 'complete'] as const;

export const MetricsSchema = v.object({
  fte: v.optional(metric()),
  revenueEur: v.optional(metric()),
  floorAreaM2: v.optional(metric()),
  production: v.optional(v.object({ amount: metric(), unit: nonBlank(50) })),
});

export const FACTOR_MASS_UNITS = ['g', 'kg', 't'] as const;

export const CustomFactorSchema = v.object({
  id: id(),
  name: filled(300),
  /** The unit the factor is per. */
  unit: UnitSchema,
  /** The mass unit the value is written in (g, kg, t); kg when absent. */
  massUnit: v.optional(v.picklist(FACTOR_MASS_UNITS)),
  value: FactorValueSchema,
  /** Data year of the value. */
  year: year(),
  /** Who published the value, where: a factor without a source is refused. */
  source: filled(1000),
});

/** A figure not known yet: an entry without its quantity, with the document that holds it (issue 10). */
export const MissingFigureSchema = v.object({
  id: id(),
  category: CategorySchema,
  /** Activity id in the factor set; empty when not chosen yet. */
  activity: text(120),
  unit: v.optional(UnitSchema),
  site: v.optional(id()),
  period: v.optional(v.pipe(v.string(), v.maxLength(7), v.regex(PERIOD_PATTERN))),
  document: v.optional(text(1000)),
  owner: v.optional(text(200)),
  note: v.optional(text(2000)),
});

/** The opening interview's answers: question id → answer id (src/core/interview.ts checks the ids). */
export const InterviewSchema = v.object({
  answers: v.record(v.pipe(v.string(), v.maxLength(60)), v.pipe(v.string(), v.maxLength(60))),
  sector: v.optional(text(100)),
  updatedAt: time(),
});

/** A line of the session log. */
export const SessionNoteSchema = v.object({
  id: id(),
  at: time(),
  author: v.optional(text(200)),
  text: filled(5000),
  entries: v.optional(v.array(id())),
  kind: v.optional(v.picklist(['note', 'handover'])),
});

export const ExclusionSchema = v.object({ category: CategorySchema, reason: filled(2000) });

export const FactorSetRefSchema = v.object({ id: text(40), release: text(40) });

const inventoryFields = {
  year: inventoryYear(),
  boundary: v.picklist(BOUNDARIES),
  gwp: v.picklist(INVENTORY_GWP_SETS),
  factorSet: FactorSetRefSchema,
  /** Whether flight factors include radiative forcing. */
  radiativeForcing: v.boolean(),
  metrics: v.optional(MetricsSchema, () => ({})),
};

/** A year in an exchange file. (A written file may add its `results`, which a reader recomputes, never reads.) */
export const InventorySchema = v.object({
  ...inventoryFields,
  entries: v.array(EntrySchema),
  customFactors: v.optional(v.array(CustomFactorSchema), () => []),
  excluded: v.optional(v.array(ExclusionSchema), () => []),
  status: v.optional(v.picklist(INVENTORY_STATUSES)),
  missing: v.optional(v.array(MissingFigureSchema)),
  interview: v.optional(InterviewSchema),
  notes: v.optional(v.array(SessionNoteSchema)),
});

/** A year as stored: its id and partner, its status, and when it was made and last changed. */
export const InventoryRowSchema = v.object({
  id: id(),
  orgId: id(),
  ...inventoryFields,
  /**
   * Only in rows written before schema version 3 (and backups of them): own factors now belong to the partner
   * (OrganizationRowSchema.customFactors), where the upgrade and the backup reader move these.
   */
  customFactors: v.optional(v.array(CustomFactorSchema)),
  excluded: v.array(ExclusionSchema),
  status: v.picklist(INVENTORY_STATUSES),
  // Missing figures are stored as entry rows marked `pending` (src/schema/entry.ts), not here.
  interview: v.optional(InterviewSchema),
  notes: v.optional(v.array(SessionNoteSchema)),
  createdAt: time(),
  updatedAt: time(),
});

export type InventoryRowFields = v.InferOutput<typeof InventoryRowSchema>;

export type MetricsIsCore = Assert<Same<v.InferOutput<typeof MetricsSchema>, SizeMetrics>>;
export type CustomFactorIsCore = Assert<Same<v.InferOutput<typeof CustomFactorSchema>, CustomFactor>>;
export type ExclusionIsCore = Assert<Same<v.InferOutput<typeof ExclusionSchema>, Exclusion>>;
export type MissingFigureIsCore = Assert<Same<v.InferOutput<typeof MissingFigureSchema>, MissingFigure>>;
export type InterviewIsCore = Assert<Same<v.InferOutput<typeof InterviewSchema>, InterviewRecord>>;
export type SessionNoteIsCore = Assert<Same<v.InferOutput<typeof SessionNoteSchema>, SessionNote>>;
export type InventoryIsCore = Assert<Same<v.InferOutput<typeof InventorySchema>, Inventory>>;
