/**
 * An action's status and the day each status was reached (issue 12). Statuses run in order from not started
 * to done; dropped stands apart. Moving an action back (done → in progress, a slip corrected) forgets the day
 * of every later status, which was not reached after all. A status reached, for the first time or again, is
 * dated the day it is reached (the user may correct the day), as the commitment's store dates it.
 */
import type { ActionStatus, ClimateAction } from './commitment';

/** The statuses in the order an action goes through them; dropped can follow any of them. */
export const ACTION_STATUS_ORDER: readonly ActionStatus[] = [
  'not-started',
  'planned',
  'in-progress',
  'done',
  'dropped',
];

/** The status days after the action is moved to `status` on `day` ("YYYY-MM-DD"). */
export function statusDatesAfter(
  dates: ClimateAction['statusDates'],
  status: ActionStatus,
  day: string,
): ClimateAction['statusDates'] {
  const out: ClimateAction['statusDates'] = {};
  const rank = ACTION_STATUS_ORDER.indexOf(status);
  for (const s of ACTION_STATUS_ORDER) {
    const d = dates[s];
    if (d === undefined || s === status) continue;
    // Dropping keeps the way the action went; any other move forgets the statuses after it, dropped included.
    if (status === 'dropped' || ACTION_STATUS_ORDER.indexOf(s) < rank) out[s] = d;
  }
  out[status] = day;
  return out;
}

/** How many actions have each status, in the statuses' order, leaving out those with none. */
export function countByStatus(
  actions: readonly Pick<ClimateAction, 'status'>[],
): { status: ActionStatus; count: number }[] {
  return ACTION_STATUS_ORDER.map((status) => ({
    status,
    count: actions.filter((a) => a.status === status).length,
  })).filter((c) => c.count > 0);
}
