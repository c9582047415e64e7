/**
 * A partner's climate commitment on the app's database (issue 12): read live, and the commands the commitment
 * and actions pages call. Edits are saved as typed (each its write, kept until stored, decision 21); input
 * that cannot be stored is refused with its problems, which the page shows beside the field, and nothing is
 * written. A target on a base year not recorded yet records the year's figures from the year's strict
 * evaluation. Deleting a target or an action can be undone until the next deletion.
 */
import type {
  BaseYearRecord,
  ClimateAction,
  Commitment,
  RecalculationReason,
  Target,
} from '../core/commitment';
import type { Issue } from '../core/issues';
import type { TargetProblem } from '../core/targetChecks';
import {
  applyRecalculation,
  type CommitmentDeletion,
  type CommitmentDetails,
  checkAction,
  checkCommitmentDetails,
  checkTarget,
  deleteAction,
  deleteTarget,
  getCommitment,
  putAction,
  putTarget,
  type RecalculationOutcome,
  setCommitmentDetails,
  today,
  undoCommitmentDeletion,
} from '../db/commitment';
import { newId, now } from '../db/ids';
import { type BaseYearEvaluation, evaluateBaseYear, type YearMethod } from './baseYearEvaluation';
import { db } from './database';
import { saveEdit, track } from './saveStatus';
import { signal } from './signal';
import { useLive } from './useLive';

export type { BaseYearEvaluation, CommitmentDeletion, CommitmentDetails, RecalculationOutcome };
export { evaluateBaseYear };

/** The partner's commitment, kept current; an empty one when it has none; undefined while read or gone. */
export function useCommitment(orgId: string): Commitment | undefined {
  return useLive(() => getCommitment(db, orgId), [orgId]);
}

/** The commitment once, outside a component (a file, a check before a write). */
export const readCommitment = (orgId: string): Promise<Commitment | undefined> => getCommitment(db, orgId);

/** The save key of a commitment's field or record, for the field to show its save state (useEditState). */
export const commitmentSaveKey = (orgId: string, part: string): string => `org:${orgId}:commitment:${part}`;

/**
 * An edit of the commitment's details (joined on, text, recalculation threshold). Returns the problems of
 * invalid input, written nowhere; else the edit is saved under its fields' key and [] is returned.
 */
export function saveCommitmentDetails(orgId: string, details: CommitmentDetails): Issue[] {
  const issues = checkCommitmentDetails(details);
  if (issues.length > 0) return issues;
  const key = commitmentSaveKey(orgId, Object.keys(details).sort().join(','));
  void saveEdit(key, () => setCommitmentDetails(db, orgId, details));
  return [];
}

/** A new target's fields; its id and creation time are given by newTarget. */
export type TargetDraft = Omit<Target, 'id' | 'createdAt'>;

export const newTarget = (draft: TargetDraft): Target => ({ ...draft, id: newId(), createdAt: now() });

/** What keeps a target from being stored: the shape's issues and the meaning's problems, both empty when stored. */
export interface TargetRefusal {
  issues: Issue[];
  problems: TargetProblem[];
}

/**
 * A target's problems against the commitment as it is, before its base year is evaluated: what the form says
 * at once. A base year not recorded yet is not a problem here; saveTarget evaluates the year.
 */
export function targetDraftProblems(target: Target, commitment: Commitment): TargetRefusal {
  const recorded = commitment.baseYears.some((r) => r.year === target.baseYear);
  const { issues, problems } = checkTarget(target, commitment);
  return {
    issues,
    problems: recorded ? problems : problems.filter((p) => p.problem !== 'base-year-not-calculated'),
  };
}

/**
 * Adds or changes a target. When its base year is not recorded yet, the year is evaluated (strictly) and its
 * figures recorded with the target in the same write. Resolves to what kept it from being stored (both lists
 * empty when it was stored, or kept to be written again after a storage failure, which the save status shows).
 */
export async function saveTarget(orgId: string, target: Target): Promise<TargetRefusal> {
  const none: TargetRefusal = { issues: [], problems: [] };
  const commitment = await getCommitment(db, orgId);
  if (!commitment) return none;
  const early = targetDraftProblems(target, commitment);
  if (early.issues.length > 0 || early.problems.length > 0) return early;
  let record: BaseYearRecord | undefined;
  if (!commitment.baseYears.some((r) => r.year === target.baseYear)) {
    const base = await evaluateBaseYear(orgId, target.baseYear);
    if (!base.ok) return { issues: [], problems: base.problems };
    record = base.record;
  }
  let refused = none;
  await saveEdit(commitmentSaveKey(orgId, `target:${target.id}`), async () => {
    const out = await putTarget(db, orgId, target, record);
    refused = out.ok ? none : { issues: out.issues, problems: out.problems };
  });
  return refused;
}

/** A new action's fields: its id, status dates and times are given by newAction. */
export type ActionDraft = Omit<ClimateAction, 'id' | 'createdAt' | 'updatedAt' | 'statusDates'> &
  Partial<Pick<ClimateAction, 'statusDates'>>;

export function newAction(draft: ActionDraft): ClimateAction {
  const t = now();
  return { ...draft, statusDates: draft.statusDates ?? {}, id: newId(), createdAt: t, updatedAt: t };
}

/**
 * Adds or changes an action (the whole action as it now is). A status it reaches is dated today unless the
 * action gives that status a date. Returns the problems of invalid input, written nowhere; else [] and the
 * edit is saved under the action's key.
 */
export function saveAction(orgId: string, action: ClimateAction): Issue[] {
  const issues = checkAction(action);
  if (issues.length > 0) return issues;
  const day = today();
  void saveEdit(commitmentSaveKey(orgId, `action:${action.id}`), () => putAction(db, orgId, action, day));
  return [];
}

/** The last deletion of a target or an action, while it can be undone. */
export const lastCommitmentDeletion = signal<CommitmentDeletion | null>(null);

async function remove(p: Promise<CommitmentDeletion | undefined>): Promise<CommitmentDeletion | undefined> {
  const d = await track(p);
  if (d) lastCommitmentDeletion.set(d);
  return d;
}

export const removeTarget = (orgId: string, targetId: string): Promise<CommitmentDeletion | undefined> =>
  remove(deleteTarget(db, orgId, targetId));

export const removeAction = (orgId: string, actionId: string): Promise<CommitmentDeletion | undefined> =>
  remove(deleteAction(db, orgId, actionId));

export async function undoCommitmentRemoval(): Promise<void> {
  const d = lastCommitmentDeletion.get();
  if (!d) return;
  await track(undoCommitmentDeletion(db, d));
  lastCommitmentDeletion.set(null);
}

export const forgetCommitmentRemoval = (): void => lastCommitmentDeletion.set(null);

/**
 * Recalculates a recorded base year with the current method: the year is evaluated again (strictly) and its
 * figures replace the recorded ones, the original kept in the recalculation with the reason. `method` is the
 * latest year's factor set and GWP set when they differ from the base year's (the drift was found with them).
 */
export async function recalculateBaseYear(
  orgId: string,
  year: number,
  reason: RecalculationReason,
  note: string,
  method?: YearMethod,
): Promise<RecalculationOutcome> {
  const base = await evaluateBaseYear(orgId, year, db, method);
  if (!base.ok)
    return {
      ok: false,
      issues: [
        {
          severity: 'error',
          path: '/year',
          code: 'target-problem',
          params: { problem: 'base-year-not-calculated', year },
        },
      ],
    };
  return track(applyRecalculation(db, orgId, { year, reason, note, after: base.record.figures }));
}
