/**
 * A partner's commitment through the state commands (src/state/commitment.ts) on the database: a target is
 * stored only when it can be computed (its base year calculated, the target year after it, its intensity
 * metric in the base year), and its first save records the base year's figures from the year's strict
 * evaluation; the record stays fixed until a recalculation, which keeps the original and the reason; an
 * action's status is dated when reached; deletions are undone; concurrent edits of different parts all stay.
 */
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import type { Commitment, Target } from '../../src/core/commitment';
import { addEntry, createInventory, updateEntry, updateInventory } from '../../src/db/inventories';
import { createOrganization, removeOrganization } from '../../src/db/organizations';
import { DEFAULT_FACTOR_SET } from '../../src/factors/builtinSets';
import {
  lastCommitmentDeletion,
  newAction,
  newTarget,
  readCommitment,
  recalculateBaseYear,
  removeAction,
  removeTarget,
  saveAction,
  saveCommitmentDetails,
  saveTarget,
  targetDraftProblems,
  undoCommitmentRemoval,
} from '../../src/state/commitment';
import { db } from '../../src/state/database';
import { addPartnerFactor } from '../../src/state/ownFactors';
import { flush, saveState } from '../../src/state/saveStatus';

/** A partner whose 2022 burns 1 000 l of oil at its own factor of 2,5 kg CO2e/l: Scope 1 is 2 500 kg. */
async function partner() {
  const org = await createOrganization(db, { name: `Leipomo ${Math.random()}` });
  const y22 = await createInventory(db, org.id, 2022, { factorSet: DEFAULT_FACTOR_SET });
  const oil = await addPartnerFactor(org.id, {
    name: 'Kevyt polttoöljy',
    unit: 'l',
    value: { co2e: 2.5 },
    year: 2022,
    source: 'Toimittajan tuoteseloste 2022',
  });
  const burner = await addEntry(db, y22.id, {
    category: 's1.stationary',
    activity: 'custom',
    unit: 'l',
    quantity: 1000,
    quantityText: '1 000',
    customFactor: oil.id,
  });
  return { org, y22, burner };
}

const stored = async (orgId: string): Promise<Commitment> => {
  const c = await readCommitment(orgId);
  if (!c) throw new Error('no partner');
  return c;
};

const sbti = (over: Partial<Target> = {}): Target =>
  newTarget({
    preset: 'sbti-sme',
    scope1: true,
    scope2: 'market',
    scope3Categories: [],
    kind: 'absolute',
    baseYear: 2022,
    targetYear: 2030,
    reductionPct: 42,
    ...over,
  });

describe('targets', () => {
  it('are refused, with the field and nothing stored, when they cannot be computed', async () => {
    const { org } = await partner();
    const said = async (t: Target) => {
      const out = await saveTarget(org.id, t);
      return [...out.issues.map((i) => [i.path, i.code]), ...out.problems.map((p) => [p.field, p.problem])];
    };
    expect(await said(sbti({ baseYear: 2019 }))).toEqual([['baseYear', 'base-year-not-calculated']]);
    expect(await said(sbti({ targetYear: 2021 }))).toEqual([['targetYear', 'target-before-base']]);
    expect(await said(sbti({ reductionPct: 120 }))).toEqual([
      ['/reductionPct', 'out-of-range'],
      ['reductionPct', 'reduction-out-of-range'],
    ]);
    const { scope2: _s2, ...scope1Only } = sbti();
    expect(await said({ ...scope1Only, scope1: false })).toEqual([['boundary', 'boundary-empty']]);
    expect(await said(sbti({ kind: 'intensity', metric: 'fte' }))).toEqual([
      ['metric', 'base-year-metric-missing'],
    ]);
    expect(await said(sbti({ name: 'x'.repeat(301) }))).toEqual([['/name', 'too-long']]);
    await flush();
    expect(await stored(org.id)).toMatchObject({ targets: [], baseYears: [] });
  });

  it('record the base year from its strict evaluation once, and keep it while the year changes', async () => {
    const { org, y22, burner } = await partner();
    await updateInventory(db, y22.id, { metrics: { fte: 8 } });
    const first = sbti();
    expect(await saveTarget(org.id, first)).toEqual({ issues: [], problems: [] });
    await flush();
    const c = await stored(org.id);
    expect(c.targets).toEqual([first]);
    expect(c.baseYears).toHaveLength(1);
    expect(c.baseYears[0]?.figures).toMatchObject({
      scope1: 2500,
      scope2: { location: 0, market: 0 },
      scope3ByCategory: {},
      metrics: { fte: 8 },
      factorSet: { id: DEFAULT_FACTOR_SET.id, release: DEFAULT_FACTOR_SET.release },
      gwp: y22.gwp,
    });
    // The year changes; a second target on it is measured against the same record.
    await updateEntry(db, burner.id, { quantity: 2000, quantityText: '2 000' });
    const second = sbti({ kind: 'intensity', metric: 'fte', reductionPct: 30 });
    expect(await saveTarget(org.id, second)).toEqual({ issues: [], problems: [] });
    await flush();
    const after = await stored(org.id);
    expect(after.targets.map((t) => t.id)).toEqual([first.id, second.id]);
    expect(after.baseYears).toEqual(c.baseYears);
    // An edit replaces the target in place.
    expect(await saveTarget(org.id, { ...first, reductionPct: 50 })).toEqual({ issues: [], problems: [] });
    await flush();
    expect((await stored(org.id)).targets.map((t) => t.reductionPct)).toEqual([50, 30]);
  });

  it('a year with an error in it is no base year', async () => {
    const { org, y22 } = await partner();
    await addEntry(db, y22.id, {
      category: 's1.stationary',
      activity: 'custom',
      unit: 'l',
      quantity: 5,
      quantityText: '5',
      customFactor: 'no-such-factor',
    });
    const out = await saveTarget(org.id, sbti());
    expect(out).toEqual({
      issues: [],
      problems: [{ field: 'baseYear', problem: 'base-year-not-calculated' }],
    });
  });

  it('the form hears of every problem but an unrecorded base year before the year is evaluated', async () => {
    const c = await stored((await partner()).org.id);
    expect(targetDraftProblems(sbti(), c)).toEqual({ issues: [], problems: [] });
    expect(targetDraftProblems(sbti({ targetYear: 2022 }), c).problems).toEqual([
      { field: 'targetYear', problem: 'target-before-base' },
    ]);
  });

  it('deleting one drops its unused base year; undo puts both back', async () => {
    const { org } = await partner();
    const a = sbti();
    const b = sbti({ reductionPct: 50 });
    await saveTarget(org.id, a);
    await saveTarget(org.id, b);
    await flush();
    const before = await stored(org.id);
    await removeTarget(org.id, a.id);
    expect((await stored(org.id)).baseYears).toEqual(before.baseYears);
    const d = await removeTarget(org.id, b.id);
    expect(d).toMatchObject({ kind: 'target', index: 0, baseYear: before.baseYears[0] });
    expect(await stored(org.id)).toMatchObject({ targets: [], baseYears: [] });
    expect(lastCommitmentDeletion.get()).toEqual(d);
    await undoCommitmentRemoval();
    expect(await stored(org.id)).toMatchObject({ targets: [b], baseYears: before.baseYears });
    expect(lastCommitmentDeletion.get()).toBeNull();
  });
});

describe('recalculation', () => {
  it('replaces the recorded figures and keeps the original with the reason', async () => {
    const { org, burner } = await partner();
    await saveTarget(org.id, sbti());
    await flush();
    const recorded = (await stored(org.id)).baseYears[0];
    await updateEntry(db, burner.id, { quantity: 1200, quantityText: '1 200' });
    const out = await recalculateBaseYear(org.id, 2022, 'error', 'Öljyn määrä luettiin väärin laskusta.');
    expect(out.ok).toBe(true);
    const c = await stored(org.id);
    expect(c.baseYears[0]?.figures.scope1).toBe(3000);
    expect(c.recalculations).toHaveLength(1);
    expect(c.recalculations[0]).toMatchObject({
      year: 2022,
      reason: 'error',
      note: 'Öljyn määrä luettiin väärin laskusta.',
      before: recorded?.figures,
      after: { scope1: 3000 },
    });
  });

  it('is refused for a year no target is measured against', async () => {
    const { org } = await partner();
    const out = await recalculateBaseYear(org.id, 2022, 'structural', 'Toimipaikka myytiin.');
    expect(out).toMatchObject({
      ok: false,
      issues: [{ code: 'target-problem', params: { problem: 'base-year-not-calculated' } }],
    });
    expect((await stored(org.id)).recalculations).toEqual([]);
  });
});

describe('actions', () => {
  const draft = {
    title: 'Lämpöpumppu toimistoon',
    theme: 'energy' as const,
    categories: ['s1.stationary' as const],
    status: 'planned' as const,
    expected: { kgPerYear: 900, basis: 'Toimittajan arvio: öljyä 360 l vähemmän vuodessa' },
  };

  it('date the status reached, keep a date given, forget a later day when moved back, keep their creation', async () => {
    const { org } = await partner();
    const a = newAction(draft);
    expect(saveAction(org.id, a)).toEqual([]);
    await flush();
    const [first] = (await stored(org.id)).actions;
    const today = first?.statusDates.planned;
    expect(today).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(
      saveAction(org.id, {
        ...(first as typeof a),
        status: 'done',
        statusDates: { ...first?.statusDates, done: '2026-11-30' },
      }),
    ).toEqual([]);
    await flush();
    const [second] = (await stored(org.id)).actions;
    expect(second?.statusDates).toEqual({ planned: today, done: '2026-11-30' });
    expect(second?.createdAt).toBe(first?.createdAt);
    expect(saveAction(org.id, { ...(second as typeof a), status: 'in-progress' })).toEqual([]);
    await flush();
    // Moved back: done was not reached after all, and its day is forgotten.
    expect((await stored(org.id)).actions[0]?.statusDates).toEqual({ planned: today, 'in-progress': today });
  });

  it('moved back with a day typed for the status reached, forget the later status all the same', async () => {
    const { org } = await partner();
    const a = newAction({
      ...draft,
      status: 'done',
      statusDates: { planned: '2025-01-10', 'in-progress': '2025-03-01', done: '2025-06-01' },
    });
    expect(saveAction(org.id, a)).toEqual([]);
    await flush();
    const [done] = (await stored(org.id)).actions;
    // The form sends the dates it holds, done's among them, with the day the user typed for in progress.
    const back = {
      ...(done as typeof a),
      status: 'in-progress' as const,
      statusDates: { ...done?.statusDates, 'in-progress': '2025-07-01' },
    };
    expect(saveAction(org.id, back)).toEqual([]);
    await flush();
    expect((await stored(org.id)).actions[0]?.statusDates).toEqual({
      planned: '2025-01-10',
      'in-progress': '2025-07-01',
    });
  });

  it('without a title, or with a day that is no day, are refused', async () => {
    const { org } = await partner();
    expect(saveAction(org.id, newAction({ ...draft, title: '' })).map((i) => i.code)).toEqual(['required']);
    const wrongDay = newAction({ ...draft, statusDates: { planned: '2026-13-01' } });
    expect(saveAction(org.id, wrongDay).map((i) => i.path)).toEqual(['/statusDates/planned']);
    await flush();
    expect((await stored(org.id)).actions).toEqual([]);
  });

  it('deleted one is put back in its place by undo', async () => {
    const { org } = await partner();
    const list = [newAction(draft), newAction({ ...draft, title: 'Sähköauto' }), newAction(draft)];
    for (const a of list) saveAction(org.id, a);
    await flush();
    await removeAction(org.id, list[1]?.id ?? '');
    expect((await stored(org.id)).actions.map((a) => a.id)).toEqual([list[0]?.id, list[2]?.id]);
    await undoCommitmentRemoval();
    expect((await stored(org.id)).actions.map((a) => a.id)).toEqual(list.map((a) => a.id));
  });
});

describe('details and concurrent edits', () => {
  it('invalid details are refused; quick edits of different parts all stay', async () => {
    const { org } = await partner();
    expect(saveCommitmentDetails(org.id, { joinedOn: '2024-02-30x' }).map((i) => i.path)).toEqual([
      '/joinedOn',
    ]);
    expect(saveCommitmentDetails(org.id, { recalculationThresholdPct: 150 }).map((i) => i.code)).toEqual([
      'out-of-range',
    ]);
    saveCommitmentDetails(org.id, { text: 'Puolitamme päästömme vuoteen 2030 mennessä.' });
    saveCommitmentDetails(org.id, { joinedOn: '2023-05-02' });
    saveCommitmentDetails(org.id, { recalculationThresholdPct: 10 });
    saveAction(
      org.id,
      newAction({ title: 'Kuljetukset', theme: 'transport', categories: [], status: 'not-started' }),
    );
    const t = sbti();
    const targetSaved = saveTarget(org.id, t);
    await targetSaved;
    await flush();
    expect(await stored(org.id)).toMatchObject({
      text: 'Puolitamme päästömme vuoteen 2030 mennessä.',
      joinedOn: '2023-05-02',
      recalculationThresholdPct: 10,
      targets: [t],
    });
    expect((await stored(org.id)).actions).toHaveLength(1);
    saveCommitmentDetails(org.id, { text: '', joinedOn: null });
    await flush();
    const cleared = await stored(org.id);
    expect('text' in cleared || 'joinedOn' in cleared).toBe(false);
  });

  it('a partner removed meanwhile takes its edits with it: nothing is kept unsaved', async () => {
    const { org } = await partner();
    await removeOrganization(db, org.id);
    saveCommitmentDetails(org.id, { text: 'Myöhässä' });
    await expect(flush()).resolves.toBeUndefined();
    expect(saveState.get()).toMatchObject({ unsaved: 0, failure: null });
  });
});
