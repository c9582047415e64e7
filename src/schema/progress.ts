/**
 * A target's computed progress as the city file carries it (issue 12): written by the app beside the
 * organization's commitment, like each year's results, for the city to read without recalculating; a reader
 * ignores it and recomputes it from the commitment and the years (docs/exchange-format.md). Declared here so
 * the published JSON Schema describes it; computed figures are not input, so they carry no input limits.
 */
import * as v from 'valibot';
import type { PathwayPoint, ProgressYear, TargetProgress } from '../core/progress';
import { PROGRESS_PROBLEMS } from '../core/progress';
import { TARGET_METRICS } from './commitment';
import { id, year } from './fields';
import type { Assert, Same } from './same';

export const PathwayPointSchema = v.object({ year: year(), value: v.number() });

export const ProgressYearSchema = v.object({
  year: year(),
  actual: v.number(),
  pathway: v.number(),
  gap: v.number(),
  status: v.picklist(['on-track', 'behind']),
});

export const TargetProgressSchema = v.object({
  targetId: id(),
  unit: v.union([
    v.literal('kgCO2e'),
    v.object({ per: v.picklist(TARGET_METRICS), productionUnit: v.optional(v.string()) }),
  ]),
  base: v.optional(PathwayPointSchema),
  target: v.optional(PathwayPointSchema),
  pathway: v.array(PathwayPointSchema),
  years: v.array(ProgressYearSchema),
  latest: v.optional(ProgressYearSchema),
  requiredYearly: v.optional(v.object({ fromYear: year(), amount: v.number(), pctOfLatest: v.number() })),
  problems: v.array(v.picklist(PROGRESS_PROBLEMS)),
});

export type PathwayPointIsCore = Assert<Same<v.InferOutput<typeof PathwayPointSchema>, PathwayPoint>>;
export type ProgressYearIsCore = Assert<Same<v.InferOutput<typeof ProgressYearSchema>, ProgressYear>>;
export type TargetProgressIsCore = Assert<Same<v.InferOutput<typeof TargetProgressSchema>, TargetProgress>>;
