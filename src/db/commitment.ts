/**
 * A partner's climate commitment (issue 12), kept on its row (OrganizationRow.commitment, schema version 4):
 * its details, targets, actions, base-year records and recalculations. Every change reads the stored row and
 * writes it back in one transaction, so quick edits of different parts cannot undo each other. A target or an
 * action is checked before it is written (its shape by the schema, a target's meaning by the core): one that
 * cannot be computed is refused with its problems and nothing is written. Deleting a target or an action
 * keeps what it removed, so the deletion can be undone.
 */

import { statusDatesAfter } from '../core/actionStatus';
import { recalculateBaseYear, withBaseYearRecord } from '../core/baseYear';
import { Checker, type JsonObject } from '../core/check';
import type {
  BaseYearFigures,
  BaseYearRecalculation,
  BaseYearRecord,
  ClimateAction,
  Commitment,
  RecalculationReason,
  Target,
} from '../core/commitment';
import { emptyCommitment } from '../core/commitment';
import type { Issue } from '../core/issues';
import { type TargetProblem, targetProblems } from '../core/targetChecks';
import {
  BaseYearRecalculationSchema,
  ClimateActionSchema,
  CommitmentSchema,
  TargetSchema,
} from '../schema/commitment';
import { readRecord } from '../schema/read';
import { newId, now } from './ids';
import type { OrganizationRow } from './rows';
import type { PaastoDb } from './schema';
import { RecordGoneError, write } from './storageErrors';

/** Written, or refused with the problems of the record (paths within it: "/statusDates/done"), nothing written. */
export type CommitmentOutcome = { ok: true } | { ok: false; issues: Issue[] };

/**
 * A target written, or refused with what keeps it from being stored: `issues` of its shape (a name too long, a
 * year out of range; paths within it) and `problems` of its meaning, each on its form field (targetChecks.ts).
 */
export type TargetOutcome = { ok: true } | { ok: false; issues: Issue[]; problems: TargetProblem[] };

/** The details a partner writes once: when it joined, its commitment's text, its recalculation threshold. */
export interface CommitmentDetails {
  /** "YYYY-MM-DD"; null clears it. */
  joinedOn?: string | null;
  /** null or "" clears it. */
  text?: string | null;
  recalculationThresholdPct?: number;
}

/** What a deletion removed, kept so it can be undone: the record, its place, and a base year left unused. */
export type CommitmentDeletion =
  | { orgId: string; kind: 'target'; item: Target; index: number; baseYear?: BaseYearRecord }
  | { orgId: string; kind: 'action'; item: ClimateAction; index: number };

/** The commitment as stored; an empty one when the partner has none yet; undefined when there is no partner. */
export async function getCommitment(db: PaastoDb, orgId: string): Promise<Commitment | undefined> {
  const org = await db.organizations.get(orgId);
  return org ? (org.commitment ?? emptyCommitment()) : undefined;
}

/** A record's problems as the schema describes it (a file of it would be read the same way), under `at`. */
function shapeIssues(schema: Parameters<typeof readRecord>[1], record: object, at = ''): Issue[] {
  const c = new Checker();
  readRecord(c, schema, record as JsonObject, at, 'finished');
  return c.issues.filter((i) => i.severity === 'error');
}

/** The details checked on their own, for a field to say its problem before anything is written. */
export function checkCommitmentDetails(details: CommitmentDetails): Issue[] {
  const probe: Record<string, unknown> = {};
  if (typeof details.joinedOn === 'string') probe.joinedOn = details.joinedOn;
  if (typeof details.text === 'string') probe.text = details.text;
  if (details.recalculationThresholdPct !== undefined)
    probe.recalculationThresholdPct = details.recalculationThresholdPct;
  return shapeIssues(CommitmentSchema, probe);
}

/**
 * A target checked against the commitment it would join: its shape, and whether it can be computed against
 * its base year's record (the commitment's, else `baseYear` when it would be recorded with it).
 */
export function checkTarget(
  target: Target,
  commitment: Commitment,
  baseYear?: BaseYearRecord,
): { issues: Issue[]; problems: TargetProblem[] } {
  const issues = shapeIssues(TargetSchema, target);
  const record =
    commitment.baseYears.find((r) => r.year === target.baseYear) ??
    (baseYear?.year === target.baseYear ? baseYear : undefined);
  return { issues, problems: targetProblems(target, [], record) };
}

export function checkAction(action: ClimateAction): Issue[] {
  return shapeIssues(ClimateActionSchema, action);
}

/** The records with `record` added, unless its year has one: a base year is fixed once, then recalculated. */
function withRecord(records: readonly BaseYearRecord[], record?: BaseYearRecord): BaseYearRecord[] {
  if (!record || records.some((r) => r.year === record.year)) return [...records];
  return [...records, record].sort((a, b) => a.year - b.year);
}

/** Base-year records no target uses are not kept: a new target on that year records the year as it is then. */
function usedRecords(targets: readonly Target[], records: readonly BaseYearRecord[]): BaseYearRecord[] {
  return records.filter((r) => targets.some((t) => t.baseYear === r.year));
}

/**
 * Runs `change` on the stored commitment in one transaction and writes its result; `change` returns
 * undefined to write nothing. Rejects with RecordGoneError when the partner is gone (removed in another tab):
 * no retry could store the change.
 */
async function changeCommitment<T>(
  db: PaastoDb,
  orgId: string,
  change: (c: Commitment, org: OrganizationRow) => { next?: Commitment; value: T },
): Promise<T> {
  return write(db, () =>
    db.transaction('rw', db.organizations, async () => {
      const org = await db.organizations.get(orgId);
      if (!org) throw new RecordGoneError(`partner ${orgId}`);
      const { next, value } = change(org.commitment ?? emptyCommitment(), org);
      if (next) await db.organizations.put({ ...org, commitment: next, updatedAt: now() });
      return value;
    }),
  );
}

/** Writes the details given (a field absent is left as it is); refused as a whole when one is invalid. */
export function setCommitmentDetails(
  db: PaastoDb,
  orgId: string,
  details: CommitmentDetails,
): Promise<CommitmentOutcome> {
  const issues = checkCommitmentDetails(details);
  if (issues.length > 0) return Promise.resolve({ ok: false, issues });
  return changeCommitment<CommitmentOutcome>(db, orgId, (c) => {
    const next: Commitment = { ...c };
    if (details.joinedOn === null) delete next.joinedOn;
    else if (details.joinedOn !== undefined) next.joinedOn = details.joinedOn;
    if (details.text === null || details.text === '') delete next.text;
    else if (details.text !== undefined) next.text = details.text;
    if (details.recalculationThresholdPct !== undefined)
      next.recalculationThresholdPct = details.recalculationThresholdPct;
    return { next, value: { ok: true } };
  });
}

/**
 * Adds a target, or replaces the one with its id (the same call twice stores it once). `baseYear` is the base
 * year's figures to record when the commitment has none for that year yet (the state layer evaluates the
 * year); a year already recorded keeps its record. A target that cannot be computed is refused.
 */
export function putTarget(
  db: PaastoDb,
  orgId: string,
  target: Target,
  baseYear?: BaseYearRecord,
): Promise<TargetOutcome> {
  return changeCommitment<TargetOutcome>(db, orgId, (c) => {
    const { issues, problems } = checkTarget(target, c, baseYear);
    if (issues.length > 0 || problems.length > 0) return { value: { ok: false, issues, problems } };
    const at = c.targets.findIndex((t) => t.id === target.id);
    const targets = at < 0 ? [...c.targets, target] : c.targets.map((t, i) => (i === at ? target : t));
    const recorded =
      baseYear?.year === target.baseYear
        ? withBaseYearRecord(c, baseYear.year, baseYear.figures, baseYear.recordedAt)
        : c;
    return {
      next: { ...c, targets, baseYears: usedRecords(targets, recorded.baseYears) },
      value: { ok: true },
    };
  });
}

export function deleteTarget(
  db: PaastoDb,
  orgId: string,
  targetId: string,
): Promise<CommitmentDeletion | undefined> {
  return changeCommitment(db, orgId, (c) => {
    const index = c.targets.findIndex((t) => t.id === targetId);
    const item = c.targets[index];
    if (!item) return { value: undefined };
    const targets = c.targets.filter((t) => t.id !== targetId);
    const baseYears = usedRecords(targets, c.baseYears);
    const dropped = c.baseYears.find((r) => r.year === item.baseYear && !baseYears.includes(r));
    const deletion: CommitmentDeletion = {
      orgId,
      kind: 'target',
      item,
      index,
      ...(dropped ? { baseYear: dropped } : {}),
    };
    return { next: { ...c, targets, baseYears }, value: deletion };
  });
}

/** Today's date where the app runs, "YYYY-MM-DD": the day a status was reached. */
export function today(at = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}

/**
 * Adds an action, or replaces the one with its id. A status it reaches (a new action's, or a changed one) is
 * dated `day` unless the caller gave that status a date of its own, and a move back forgets the days of the
 * statuses after it (actionStatus.ts); the action keeps when it was created.
 */
export function putAction(
  db: PaastoDb,
  orgId: string,
  action: ClimateAction,
  day = today(),
): Promise<CommitmentOutcome> {
  return changeCommitment<CommitmentOutcome>(db, orgId, (c) => {
    const at = c.actions.findIndex((a) => a.id === action.id);
    const before = c.actions[at];
    const given = action.statusDates[action.status];
    const dated = given !== undefined && given !== before?.statusDates[action.status];
    const reached = !before || before.status !== action.status;
    const t = now();
    // A status reached is dated the day given for it, else `day`; either way a move back forgets the later
    // statuses (a day typed for 'in progress' does not keep 'done' on an action no longer done).
    const next: ClimateAction = {
      ...action,
      statusDates: reached
        ? statusDatesAfter(action.statusDates, action.status, dated ? (given as string) : day)
        : action.statusDates,
      createdAt: before?.createdAt ?? action.createdAt,
      updatedAt: t,
    };
    const issues = checkAction(next);
    if (issues.length > 0) return { value: { ok: false, issues } };
    const actions = at < 0 ? [...c.actions, next] : c.actions.map((a, i) => (i === at ? next : a));
    return { next: { ...c, actions }, value: { ok: true } };
  });
}

export function deleteAction(
  db: PaastoDb,
  orgId: string,
  actionId: string,
): Promise<CommitmentDeletion | undefined> {
  return changeCommitment(db, orgId, (c) => {
    const index = c.actions.findIndex((a) => a.id === actionId);
    const item = c.actions[index];
    if (!item) return { value: undefined };
    const deletion: CommitmentDeletion = { orgId, kind: 'action', item, index };
    return { next: { ...c, actions: c.actions.filter((a) => a.id !== actionId) }, value: deletion };
  });
}

/**
 * Puts a deleted target or action back in its place. A record with its id made since (another tab) is kept
 * and the deleted one is not put back over it; a target's base year comes back with it unless the year has
 * been recorded again since.
 */
export async function undoCommitmentDeletion(db: PaastoDb, d: CommitmentDeletion): Promise<void> {
  await changeCommitment(db, d.orgId, (c) => {
    if (d.kind === 'action') {
      if (c.actions.some((a) => a.id === d.item.id)) return { value: undefined };
      const actions = [...c.actions];
      actions.splice(Math.min(d.index, actions.length), 0, d.item);
      return { next: { ...c, actions }, value: undefined };
    }
    if (c.targets.some((t) => t.id === d.item.id)) return { value: undefined };
    const targets = [...c.targets];
    targets.splice(Math.min(d.index, targets.length), 0, d.item);
    return { next: { ...c, targets, baseYears: withRecord(c.baseYears, d.baseYear) }, value: undefined };
  });
}

/** A recalculation of a year no target is measured against: said on the year, as the target form says it. */
function notRecorded(year: number): Issue {
  return {
    severity: 'error',
    path: '/year',
    code: 'target-problem',
    params: { problem: 'base-year-not-calculated', year },
  };
}

export type RecalculationOutcome =
  | { ok: true; recalculation: BaseYearRecalculation }
  | { ok: false; issues: Issue[] };

export interface RecalculationInput {
  year: number;
  reason: RecalculationReason;
  note: string;
  /** The base year's figures with the current method (the state layer evaluates the year). */
  after: BaseYearFigures;
}

/**
 * Recalculates a recorded base year: its figures become `after`, and the recalculation keeps the figures
 * before it and the reason, so the original stays in the record. Refused when the year is not recorded (no
 * target is measured against it) or the note is too long.
 */
export function applyRecalculation(
  db: PaastoDb,
  orgId: string,
  input: RecalculationInput,
): Promise<RecalculationOutcome> {
  return changeCommitment<RecalculationOutcome>(db, orgId, (c) => {
    if (!c.baseYears.some((r) => r.year === input.year))
      return { value: { ok: false, issues: [notRecorded(input.year)] } };
    const next = recalculateBaseYear(c, input.year, input.after, input.reason, input.note, now(), newId());
    const recalculation = next.recalculations.at(-1) as BaseYearRecalculation;
    const issues = shapeIssues(BaseYearRecalculationSchema, recalculation);
    if (issues.length > 0) return { value: { ok: false, issues } };
    return { next, value: { ok: true, recalculation } };
  });
}
