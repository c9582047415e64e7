/**
 * A deleted own factor never drops an entry from the totals silently (issue 11): the entry keeps counting
 * without it in the editor, carries an error that names what happened, and blocks the report.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import type { Entry, Inventory } from '../../src/core/inventory';
import type { Organization } from '../../src/core/organization';
import { issueMessage } from '../../src/i18n/issueMessages';
import { evaluateYear } from '../../src/io/evaluateYear';
import { entry, fiSet, inventory } from '../helpers';

let set: FactorSet;
beforeAll(async () => {
  set = await fiSet();
});

const organization: Organization = { name: 'Leipomo Oy', sites: [] };

const power = (over: Partial<Entry> = {}): Entry =>
  entry({
    id: 'power',
    category: 's2.electricity',
    activity: 'electricity.fi',
    quantity: 84_000,
    unit: 'kWh',
    ...over,
  });
const diesel = (over: Partial<Entry> = {}): Entry =>
  entry({
    id: 'van',
    category: 's1.mobile',
    activity: 'vehicle-fuel.diesel',
    quantity: 1000,
    unit: 'l',
    ...over,
  });

const lenient = (inv: Inventory) =>
  evaluateYear({ inventories: [inv] }, inv.year, () => set, { mode: 'lenient' });

describe('an instrument or entry pointing at a deleted own factor', () => {
  it('keeps the location-based part, counts the share at the residual mix, and says so at the field', () => {
    const dangling = inventory([
      power({ instruments: [{ kind: 'supplier', factor: 'deleted-id', note: 'Sopimus' }] }),
      diesel(),
    ]);
    const without = inventory([power(), diesel()]);
    const ev = lenient(dangling);
    const ref = lenient(without);
    expect(ev.result).not.toBeNull();
    expect(ev.leftOut.has('power')).toBe(false);
    // Counted as an entry without the instrument would be: never zero, never left out.
    expect(ev.result?.scope2.location).toBeGreaterThan(0);
    expect(ev.result?.scope2).toEqual(ref.result?.scope2);
    expect(ev.result?.total).toEqual(ref.result?.total);
    const problem = ev.issues.find((i) => i.code === 'factor-deleted');
    expect(problem).toMatchObject({
      severity: 'error',
      path: '/entries/0/instruments/0/factor',
      record: { kind: 'entry', id: 'power' },
    });
    const fi = issueMessage(problem as NonNullable<typeof problem>, 'fi');
    expect(fi).toMatch(/^Oma päästökerroin on poistettu/);
    expect(fi).toContain('jäännösjakaumalla');
    expect(fi).not.toContain('deleted-id');
  });

  it('counts a district heat contract’s deleted factor at the location-based factor, and says so', () => {
    const heat = (over: Partial<Entry> = {}) =>
      entry({
        id: 'heat',
        category: 's2.heat',
        activity: 'district-heat.fi',
        quantity: 250,
        unit: 'MWh',
        ...over,
      });
    const ev = lenient(
      inventory([heat({ instruments: [{ kind: 'supplier', factor: 'gone', note: 'Lämpösopimus' }] })]),
    );
    expect(ev.result?.scope2.location).toBeGreaterThan(0);
    // Heat has no residual mix: the market-based figure without the contract is the location-based one.
    expect(ev.result?.scope2.market).toBeCloseTo(ev.result?.scope2.location ?? Number.NaN, 9);
    const problem = ev.issues.find((i) => i.code === 'factor-deleted');
    const fi = issueMessage(problem as NonNullable<typeof problem>, 'fi');
    const en = issueMessage(problem as NonNullable<typeof problem>, 'en');
    expect(fi).toContain('sijaintiperusteisella kertoimella');
    expect(en).toContain('at the location-based factor');
  });

  it('counts an entry whose own factor is gone at the activity’s default factor, with the error', () => {
    const ev = lenient(inventory([diesel({ customFactor: 'gone' })]));
    const ref = lenient(inventory([diesel()]));
    expect(ev.leftOut.size).toBe(0);
    expect(ev.result?.total.location).toBeGreaterThan(0);
    expect(ev.result?.total).toEqual(ref.result?.total);
    expect(ev.issues.map((i) => [i.severity, i.path, i.code])).toEqual([
      ['error', '/entries/0/customFactor', 'factor-deleted'],
    ]);
  });

  it('leaves out an own activity, which has nothing to fall back on, and names it', () => {
    const ev = lenient(
      inventory([
        entry({
          id: 'own',
          category: 's1.process',
          activity: 'custom',
          customFactor: 'gone',
          quantity: 5,
          unit: 'kg',
        }),
        diesel(),
      ]),
    );
    expect([...ev.leftOut]).toEqual(['own']);
    expect(ev.issues.find((i) => i.code === 'factor-deleted')?.record?.id).toBe('own');
    expect(ev.result?.total.location).toBeGreaterThan(0);
  });

  it('blocks the report until mended', () => {
    const inv = inventory([
      power({ instruments: [{ kind: 'supplier', factor: 'deleted-id', note: 'Sopimus' }] }),
    ]);
    const ev = evaluateYear({ organization, inventories: [inv] }, inv.year, () => set, { mode: 'strict' });
    expect(ev.result).toBeNull();
    expect(ev.issues.map((i) => i.code)).toContain('factor-deleted');
  });
});
