/**
 * A received partner file's summary as the coordinator's device stores it (issue 13; src/core/network.ts):
 * declared here so a full backup reads the `received` table back checked, like every other table. The
 * figures are computed, not typed, so they carry no input limits; text is kept as the device stored it
 * (lengths checked, no patterns beyond the ids and the hash), as a backup must not refuse what the app wrote.
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../core/categories';
import type { ActionSummary, ReceivedFileSummary, TargetSummary, YearSummary } from '../core/network';
import { ACTION_STATUSES, ACTION_THEMES, TARGET_PRESETS } from './commitment';
import { CategorySchema } from './entry';
import { id, text, time, year } from './fields';
import { FactorSetRefSchema, MetricsSchema } from './inventory';
import type { Assert, Same } from './same';

export const SHA256_PATTERN = /^[0-9a-f]{64}$/;

const count = () => v.pipe(v.number(), v.integer(), v.minValue(0));
const DualSchema = v.object({ location: v.number(), market: v.number() });

const byCategory = v.object(
  Object.fromEntries(CATEGORY_IDS.map((k) => [k, v.optional(DualSchema)])) as {
    [P in (typeof CATEGORY_IDS)[number]]: v.OptionalSchema<typeof DualSchema, undefined>;
  },
);

export const YearSummarySchema = v.object({
  year: year(),
  scope1: v.number(),
  scope2: DualSchema,
  scope3: v.number(),
  total: DualSchema,
  biogenicCO2: v.number(),
  byCategory,
  metrics: MetricsSchema,
  status: v.optional(v.picklist(['draft', 'complete'])),
  completeness: v.object({ entries: count(), notRelevant: count(), todo: count() }),
  factorSet: FactorSetRefSchema,
  entries: count(),
});

export const TargetSummarySchema = v.object({
  id: id(),
  preset: v.picklist(TARGET_PRESETS),
  kind: v.picklist(['absolute', 'intensity']),
  baseYear: year(),
  targetYear: year(),
  reductionPct: v.number(),
  latest: v.optional(
    v.object({ year: year(), status: v.picklist(['on-track', 'behind']), gapKg: v.number() }),
  ),
});

export const ActionSummarySchema = v.object({
  id: id(),
  title: text(300),
  theme: v.picklist(ACTION_THEMES),
  status: v.picklist(ACTION_STATUSES),
  categories: v.array(CategorySchema),
  expectedKgPerYear: v.optional(v.number()),
  observed: v.optional(v.object({ fromYear: year(), toYear: year(), activityKg: v.number() })),
});

export const ReceivedFileSummarySchema = v.object({
  id: id(),
  fileName: text(1000),
  receivedAt: time(),
  exportedAt: v.optional(text(100)),
  partnerKey: text(400),
  partner: v.object({
    name: text(300),
    businessId: v.optional(text(100)),
    sector: v.optional(text(100)),
    municipality: v.optional(text(300)),
    joinedOn: v.optional(text(10)),
  }),
  years: v.array(YearSummarySchema),
  targets: v.array(TargetSummarySchema),
  actions: v.array(ActionSummarySchema),
  bytes: count(),
  sha256: v.pipe(v.string(), v.regex(SHA256_PATTERN)),
});

export type YearSummaryIsCore = Assert<Same<v.InferOutput<typeof YearSummarySchema>, YearSummary>>;
export type TargetSummaryIsCore = Assert<Same<v.InferOutput<typeof TargetSummarySchema>, TargetSummary>>;
export type ActionSummaryIsCore = Assert<Same<v.InferOutput<typeof ActionSummarySchema>, ActionSummary>>;
export type ReceivedFileIsCore = Assert<
  Same<v.InferOutput<typeof ReceivedFileSummarySchema>, ReceivedFileSummary>
>;
