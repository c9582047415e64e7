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
  /**
   * Actions with an observed change (the activity effect of their categories, actionObserved.ts), and of them
   * those whose categories' emissions fell. Counted, never summed: actions of a partner may share categories,
   * and a category's change is not divided between them (decision 36).
   */
  observed: { actions: number; decreased: number };
}

export interface TargetFigures {
  byPreset: Record<TargetPreset, TargetCounts>;
  total: TargetCounts;
}

/** A theme's cuts, dropped actions left out: a dropped action is expected to cut nothing and cut nothing. */
export interface ThemeCuts {
  expected: ActionCell['expected'];
  observed: ActionCell['observed'];
}

export interface ActionFigures {
  /** Partners whose newest file has an action. */
  partners: number;
  byTheme: Record<ActionTheme, Record<ActionStatus, ActionCell>>;
  total: ActionCell;
  cuts: Record<ActionTheme, ThemeCuts>;
  totalCuts: ThemeCuts;
}

const emptyCell = (): ActionCell => ({
  actions: 0,
  expected: { actions: 0, kgPerYear: 0 },
  observed: { actions: 0, decreased: 0 },
});

export function actionFigures(partners: readonly NetworkPartner[]): ActionFigures {
  const byTheme = Object.fromEntries(
    ACTION_THEMES.map((t) => [t, Object.fromEntries(ACTION_STATUS_ORDER.map((s) => [s, emptyCell()]))]),
  ) as Record<ActionTheme, Record<ActionStatus, ActionCell>>;
  const total = emptyCell();
  const cuts = Object.fromEntries(ACTION_THEMES.map((t) => [t, emptyCell()])) as Record<
    ActionTheme,
    ActionCell
  >;
  const totalCuts = emptyCell();
  let withActions = 0;
  for (const p of partners) {
    if (p.latest.actions.length > 0) withActions++;
    for (const a of p.latest.actions) {
      const cells = [byTheme[a.theme][a.status], total];
      if (a.status !== 'dropped') cells.push(cuts[a.theme], totalCuts);
      for (const cell of cells) {
        cell.actions++;
        if (a.expectedKgPerYear !== undefined) {
          cell.expected.actions++;
          cell.expected.kgPerYear += a.expectedKgPerYear;
        }
        if (a.observed) {
          cell.observed.actions++;
          if (a.observed.activityKg < 0) cell.observed.decreased++;
        }
      }
    }
  }
  const cutsOf = ({ expected, observed }: ActionCell): ThemeCuts => ({ expected, observed });
  return {
    partners: withActions,
    byTheme,
    total,
    cuts: Object.fromEntries(ACTION_THEMES.map((t) => [t, cutsOf(cuts[t])])) as Record<
      ActionTheme,
      ThemeCuts
    >,
    totalCuts: cutsOf(totalCuts),
  };
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
