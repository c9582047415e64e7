/**
 * A yearly inventory with its size metrics, custom factors and exclusions (its entries are in entry.ts):
 * declared once, read from exchange files and from backups.
 */
import * as v from 'valibot';
import { INVENTORY_GWP_SETS } from '../core/gwp';
import type { CustomFactor, Exclusion, Inventory, SizeMetrics } from '../core/inventory';
import { CategorySchema, EntrySchema, UnitSchema } from './entry';
import { FactorValueSchema } from './factorSet';
import { filled, id, inventoryYear, metric, nonBlank, text, time, year } from './fields';
import type { Assert, Same } from './same';

export const BOUNDARIES = ['operational-control', 'financial-control', 'equity-share'] as const;
export const INVENTORY_STATUSES = ['draft', 'complete'] as const;

export const MetricsSchema = v.object({
  fte: v.optional(metric()),
  revenueEur: v.optional(metric()),
  floorAreaM2: v.optional(metric()),
  production: v.optional(v.object({ amount: metric(), unit: nonBlank(50) })),
});

export const CustomFactorSchema = v.object({
  id: id(),
  name: filled(300),
  /** The unit the factor is per. */
  unit: UnitSchema,
  value: FactorValueSchema,
  /** Data year of the value. */
  year: year(),
  /** Who published the value, where: a factor without a source is refused. */
  source: filled(1000),
});

export const ExclusionSchema = v.object({ category: CategorySchema, reason: filled(2000) });

const FactorSetRefSchema = v.object({ id: text(40), release: text(40) });

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
});

/** A year as stored: its id and partner, its status, and when it was made and last changed. */
export const InventoryRowSchema = v.object({
  id: id(),
  orgId: id(),
  ...inventoryFields,
  customFactors: v.array(CustomFactorSchema),
  excluded: v.array(ExclusionSchema),
  status: v.picklist(INVENTORY_STATUSES),
  createdAt: time(),
  updatedAt: time(),
});

export type InventoryRowFields = v.InferOutput<typeof InventoryRowSchema>;

export type MetricsIsCore = Assert<Same<v.InferOutput<typeof MetricsSchema>, SizeMetrics>>;
export type CustomFactorIsCore = Assert<Same<v.InferOutput<typeof CustomFactorSchema>, CustomFactor>>;
export type ExclusionIsCore = Assert<Same<v.InferOutput<typeof ExclusionSchema>, Exclusion>>;
export type InventoryIsCore = Assert<Same<v.InferOutput<typeof InventorySchema>, Inventory>>;
