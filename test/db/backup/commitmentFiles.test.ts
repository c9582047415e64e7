/**
 * A partner's commitment in the files (issue 12): it travels in the exchange file (partner export, the city
 * file's organization) and in the backup (the row field) and comes back equal; an exchange file without one
 * reads as before; a backup made before schema version 4 restores; a file's commitment is checked across its
 * records (duplicate ids refuse the file, a base year the file lacks is a warning); a commitment the strict
 * evaluation cannot use leaves the report made without it; importing into a partner this device has keeps or
 * replaces the commitment as the preview says.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Commitment } from '../../../src/core/commitment';
import { applyImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportText } from '../../../src/db/backup/readImport';
import type { ImportSource, PartnerPlan } from '../../../src/db/backup/types';
import { undoImport } from '../../../src/db/backup/undoImport';
import { insertExchangeAsNewPartner } from '../../../src/db/exchangeImport';
import type { PaastoDb } from '../../../src/db/schema';
import { toCoreInventory } from '../../../src/db/toCore';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { evaluateYear } from '../../../src/io/evaluateYear';
import { readExchange } from '../../../src/io/exchange';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { entry, inventory, org } from './data';

const META = { appVersion: '0.1.0', exportedAt: '2026-12-06T10:00:00.000Z' };
const SET = { id: 'fi', release: '2026.1' };
const FIGURES = {
  scope1: 0,
  scope2: { location: 8000, market: 5000 },
  scope3ByCategory: { 's3.06': 1500 },
  metrics: { fte: 4 },
  factorSet: SET,
  gwp: 'AR6' as const,
};

function commitment(over: Partial<Commitment> = {}): Commitment {
  return {
    joinedOn: '2023-05-02',
    text: 'Puolitamme oman toimintamme päästöt vuoteen 2030 mennessä.',
    targets: [
      {
        id: 't-1',
        preset: 'sbti-sme',
        scope1: true,
        scope2: 'market',
        scope3Categories: ['s3.06'],
        kind: 'intensity',
        metric: 'fte',
        baseYear: 2023,
        targetYear: 2030,
        reductionPct: 29.4,
        createdAt: '2026-12-06T09:00:00.000Z',
      },
    ],
    actions: [
      {
        id: 'a-1',
        title: 'Lämpöpumppu toimistoon',
        theme: 'energy',
        categories: ['s2.heat', 's1.stationary'],
        status: 'planned',
        statusDates: { 'not-started': '2026-01-10', planned: '2026-03-01' },
        expected: { kgPerYear: 2000, basis: 'Toimittajan arvio' },
        createdAt: '2026-12-06T09:00:00.000Z',
        updatedAt: '2026-12-06T09:00:00.000Z',
      },
    ],
    recalculationThresholdPct: 5,
    baseYears: [{ year: 2023, figures: FIGURES, recordedAt: '2026-12-06T09:00:00.000Z' }],
    recalculations: [
      {
        id: 'r-1',
        year: 2023,
        at: '2026-12-06T09:30:00.000Z',
        reason: 'error',
        note: 'Sähkölasku luettiin kahdesti.',
        before: { ...FIGURES, scope2: { location: 16000, market: 10000 } },
        after: FIGURES,
      },
    ],
    ...over,
  };
}

/** A partner with two years of electricity, and the commitment given (none when undefined). */
async function partner(c: Commitment | undefined, db: PaastoDb = freshDb().db, id = 'org-1') {
  await db.organizations.add(
    org(id, 'Kivi Oy', { businessId: '1234567-1', ...(c ? { commitment: c } : {}) }),
  );
  for (const year of [2023, 2024]) {
    await db.inventories.add(inventory(`${id}-${year}`, id, year, { factorSet: SET }));
    await db.entries.add(entry(`${id}-${year}-e`, `${id}-${year}`, 1));
  }
  return db;
}

async function read(text: string): Promise<ImportSource> {
  const r = await readImportText(text);
  if (!r.ok) throw new Error(r.issues.map((i) => formatIssue(i, 'en')).join('\n'));
  return r.source;
}

describe('the exchange file', () => {
  it('carries the commitment out and into a new partner unchanged', async () => {
    const db = await partner(commitment());
    const out = await exportPartner(db, 'org-1', undefined, META);
    expect(out.issues.filter((i) => i.severity === 'error')).toEqual([]);
    const { file, issues } = readExchange(JSON.parse(out.text));
    expect(issues).toEqual([]);
    expect(file?.organization.commitment).toEqual(commitment());
    if (!file) throw new Error('unread');
    const { db: other } = freshDb();
    const row = await insertExchangeAsNewPartner(other, file);
    expect((await other.organizations.get(row.id))?.commitment).toEqual(commitment());
  });

  it('without the base year is read, with a warning on the target', async () => {
    const db = await partner(commitment());
    const out = await exportPartner(db, 'org-1', [2024], META);
    const { file, issues } = readExchange(JSON.parse(out.text));
    expect(file?.organization.commitment).toEqual(commitment());
    expect(issues).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: '/organization/commitment/targets/0/baseYear',
        code: 'target-base-not-in-file',
      }),
    ]);
    expect(formatIssue(issues[0] as (typeof issues)[0], 'fi')).toContain('2023');
  });

  it('with an id twice, or a target that cannot be computed, is refused with the paths', async () => {
    const db = await partner(commitment());
    const out = JSON.parse((await exportPartner(db, 'org-1', undefined, META)).text);
    const c = out.organization.commitment;
    c.actions.push({ ...c.actions[0] });
    c.targets.push({ ...c.targets[0], id: 't-2', baseYear: 2024, targetYear: 2024 });
    const { file, issues } = readExchange(out);
    expect(file).toBeUndefined();
    expect(
      issues.filter((i) => i.severity === 'error').map((i) => [i.path, i.code, i.params.problem]),
    ).toEqual([
      ['/organization/commitment/actions/1/id', 'duplicate-id', undefined],
      ['/organization/commitment/targets/1/targetYear', 'target-problem', 'target-before-base'],
      ['/organization/commitment/targets/1/baseYear', 'target-problem', 'base-year-not-calculated'],
    ]);
    for (const i of issues) expect(formatIssue(i, 'fi')).not.toMatch(/target-problem|undefined/);
  });

  it('without a commitment (every file before it) reads as before', () => {
    const example = JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8'));
    const { file, issues } = readExchange(example);
    expect(issues.filter((i) => i.severity === 'error')).toEqual([]);
    expect(file && 'commitment' in file.organization).toBe(false);
    const { sites: _s, ...details } = example.organization;
    expect(file?.organization).toMatchObject(details);
  });

  it('a commitment the strict evaluation cannot use is left out of the report, said as a warning', async () => {
    const db = await partner(commitment());
    const rows = await db.entries.toArray();
    const inv = toCoreInventory(
      inventory('x', 'org-1', 2024, { factorSet: SET }),
      rows.slice(0, 1).map((e) => ({ ...e, inventoryId: 'x' })),
      [],
    ).inventory;
    const set = await loadBuiltinSet(SET);
    const bad = commitment({ baseYears: [] });
    const ev = evaluateYear(
      { organization: { name: 'Kivi Oy', sites: [], commitment: bad }, inventories: [inv] },
      2024,
      () => set,
      { mode: 'strict' },
    );
    expect(ev.result).not.toBeNull();
    expect(ev.report?.organization.commitment).toBeUndefined();
    expect(ev.issues.map((i) => [i.severity, i.code])).toEqual([['warning', 'target-problem']]);
  });
});

describe('the backup', () => {
  it('keeps the commitment on the row, and a backup of a device before version 4 restores', async () => {
    const db = await partner(commitment());
    const { text } = await exportBackup(db, { appVersion: '0.1.0', createdAt: META.exportedAt });
    const { db: restored } = freshDb();
    const source = await read(text);
    const plan = await planImport(restored, source, { lang: 'fi' });
    expect(plan.partners[0]?.commitment).toEqual({ incoming: { targets: 1, actions: 1 } });
    expect((await applyImport(restored, plan, defaultChoices(plan))).ok).toBe(true);
    expect(await restored.organizations.get('org-1')).toEqual(await db.organizations.get('org-1'));

    // Version 3 rows have no commitment; its backups say schemaVersion 3 (the checksum is over the data).
    const old = await partner(undefined);
    const file = JSON.parse(
      (await exportBackup(old, { appVersion: '0.0.9', createdAt: META.exportedAt })).text,
    );
    file.schemaVersion = 3;
    const { db: fresh } = freshDb();
    const oldPlan = await planImport(fresh, await read(JSON.stringify(file)), { lang: 'fi' });
    expect(oldPlan.partners[0]?.commitment).toBeUndefined();
    expect((await applyImport(fresh, oldPlan, defaultChoices(oldPlan))).ok).toBe(true);
    expect(await fresh.organizations.toArray()).toEqual(await old.organizations.toArray());
  });
});

describe('importing into a partner this device has', () => {
  /** Mine with `mine`, the file's partner (same id) with `theirs` and a year 2025 to take. */
  async function setUp(mine: Commitment | undefined, theirs: Commitment | undefined) {
    const file = await partner(theirs);
    await file.inventories.add(inventory('org-1-2025', 'org-1', 2025, { factorSet: SET }));
    const out = await exportPartner(file, 'org-1', undefined, META);
    const db = await partner(mine);
    const plan = await planImport(db, await read(out.text), { lang: 'fi' });
    return { db, plan, p: plan.partners[0] as PartnerPlan };
  }
  const choose = (plan: Awaited<ReturnType<typeof setUp>>['plan'], partner: 'keep-mine' | 'take-theirs') => {
    const choices = defaultChoices(plan);
    const key = plan.partners[0]?.key ?? '';
    choices.partners.set(key, { partner, years: new Map() });
    return choices;
  };
  const mineC = () => commitment({ text: 'Oma sitoumus', actions: [] });
  const stored = async (db: PaastoDb) => (await db.organizations.toArray())[0]?.commitment;

  it('adds the file’s commitment where mine has none, keeping my details', async () => {
    const { db, plan, p } = await setUp(undefined, commitment());
    expect(p.commitment).toEqual({ incoming: { targets: 1, actions: 1 } });
    expect((await applyImport(db, plan, choose(plan, 'keep-mine'))).ok).toBe(true);
    expect(await stored(db)).toEqual(commitment());
  });

  it('keeps mine with keep-mine, replaces it with take-theirs, and undo brings mine back', async () => {
    const kept = await setUp(mineC(), commitment());
    expect(kept.p.commitment).toEqual({
      incoming: { targets: 1, actions: 1 },
      mine: { targets: 1, actions: 0 },
    });
    await applyImport(kept.db, kept.plan, choose(kept.plan, 'keep-mine'));
    expect(await stored(kept.db)).toEqual(mineC());

    const taken = await setUp(mineC(), commitment());
    const r = await applyImport(taken.db, taken.plan, choose(taken.plan, 'take-theirs'));
    expect(await stored(taken.db)).toEqual(commitment());
    if (!r.ok) throw new Error('changed');
    await undoImport(taken.db, r.importId);
    expect(await stored(taken.db)).toEqual(mineC());
  });

  it('a file without a commitment never removes mine, even with take-theirs', async () => {
    const { db, plan, p } = await setUp(mineC(), undefined);
    expect(p.commitment).toBeUndefined();
    await applyImport(db, plan, choose(plan, 'take-theirs'));
    expect(await stored(db)).toEqual(mineC());
  });
});
