/**
 * The network's targets and actions (issue 12 as the coordinator receives it): counts by target preset and
 * standing, and by action theme and status, with the modelled (expected) cuts kept apart from the observed
 * change. Read from each partner's newest file: the commitments as they are now, not as of a chosen year.
 */

import { ACTION_STATUS_ORDER } from './actionStatus';
import type { ActionStatus, ActionTheme, TargetPreset } from './commitment';
import type { NetworkPartner } from './networkPartners';

/** Themes in the order the network's tables list them (the schema's picklist, which the core cannot import). */
export const ACTION_THEMES: readonly ActionTheme[] = [
  'energy',
  'transport',
  'procurement',
  'waste',
  'refrigerants',
  'buildings',
  'other',
];
export const TARGET_PRESETS: readonly TargetPreset[] = ['sbti-sme', 'sme-climate-hub', 'chamber-2035', 'own'];

export interface TargetCounts {
  targets: number;
  onTrack: number;
  behind: number;
  unknown: number;
}

export interface ActionCell {
  actions: number;
  /** Modelled reductions the partners expect, kg CO2e a year: never emissions. */
  expected: { actions: number; kgPerYear: number };
  /** The activity effect observed in the actions' categories, kg CO2e (negative: a cut). */
  observed: { actions: number; kg: number };
}

export interface TargetFigures {
  byPreset: Record<TargetPreset, TargetCounts>;
  total: TargetCounts;
}

export interface ActionFigures {
  /** Partners whose newest file has an action. */
  partners: number;
  byTheme: Record<ActionTheme, Record<ActionStatus, ActionCell>>;
  total: ActionCell;
}

const emptyCell = (): ActionCell => ({
  actions: 0,
  expected: { actions: 0, kgPerYear: 0 },
  observed: { actions: 0, kg: 0 },
});

export function actionFigures(partners: readonly NetworkPartner[]): ActionFigures {
  const byTheme = Object.fromEntries(
    ACTION_THEMES.map((t) => [t, Object.fromEntries(ACTION_STATUS_ORDER.map((s) => [s, emptyCell()]))]),
  ) as Record<ActionTheme, Record<ActionStatus, ActionCell>>;
  const total = emptyCell();
  let withActions = 0;
  for (const p of partners) {
    if (p.latest.actions.length > 0) withActions++;
    for (const a of p.latest.actions) {
      for (const cell of [byTheme[a.theme][a.status], total]) {
        cell.actions++;
        if (a.expectedKgPerYear !== undefined) {
          cell.expected.actions++;
          cell.expected.kgPerYear += a.expectedKgPerYear;
        }
        if (a.observed) {
          cell.observed.actions++;
          cell.observed.kg += a.observed.activityKg;
        }
      }
    }
  }
  return { partners: withActions, byTheme, total };
}

export function targetFigures(partners: readonly NetworkPartner[]): TargetFigures {
  const zero = (): TargetCounts => ({ targets: 0, onTrack: 0, behind: 0, unknown: 0 });
  const byPreset = Object.fromEntries(TARGET_PRESETS.map((p) => [p, zero()])) as Record<
    TargetPreset,
    TargetCounts
  >;
  const total = zero();
  for (const p of partners) {
    for (const t of p.latest.targets) {
      for (const c of [byPreset[t.preset], total]) {
        c.targets++;
        if (t.latest?.status === 'on-track') c.onTrack++;
        else if (t.latest?.status === 'behind') c.behind++;
        else c.unknown++;
      }
    }
  }
  return { byPreset, total };
}
