/**
 * The network tables (issue 13) hold the network figures as they are: each table's figures are the core's,
 * a like-for-like table without partners in both years has no rows but says so, and the actions table keeps
 * the modelled cut apart from the observed change. Both languages have every table with the same rows.
 */
import { describe, expect, it } from 'vitest';
import { networkFigures } from '../../../src/core/networkFigures';
import { networkTables } from '../../../src/io/network/networkTables';
import { summary, yearSummary } from '../../core/networkArb';

const files = [
  summary('a', [yearSummary(2024, { 's1.mobile': 100 }, 5), yearSummary(2025, { 's2.heat': 300 }, 5)], {
    partner: { sector: '10.71', joinedOn: '2024-01-01' },
    actions: [
      { id: '1', title: 'x', theme: 'transport', status: 'done', categories: [], expectedKgPerYear: 40 },
      { id: '2', title: 'y', theme: 'transport', status: 'dropped', categories: [], expectedKgPerYear: 70 },
    ],
  }),
  summary('b', [yearSummary(2025, { 's3.01': 1000 })]),
];

describe('network tables', () => {
  const f = networkFigures(files, { year: 2025, baseYear: 2023 });
  const byId = new Map(networkTables(f, 'fi').map((t) => [t.id, t]));

  it('the scopes table is the network totals of the year', () => {
    const scopes = byId.get('netScopes');
    const total = scopes?.rows.find((r) => r.id === 'total');
    expect(total?.cells.location).toBe(1300);
    expect(total?.cells.market).toBe(1150);
    expect(scopes?.notes[0]).toContain('kumppaneita 2');
  });

  it('a like-for-like change without partners in both years has no rows and says so', () => {
    const base = byId.get('netChangeBase');
    expect(base?.rows).toEqual([]);
    expect(base?.notes[0]).toBe(
      'Yhdelläkään kumppanilla ei ole laskettua hiilijalanjälkeä sekä vuodelta 2023 että vuodelta 2025.',
    );
    const previous = byId.get('netChangePrevious');
    expect(previous?.rows.find((r) => r.id === 'totalLocation')?.cells).toMatchObject({
      earlier: 100,
      later: 300,
      change: 200,
    });
    expect(previous?.rows.find((r) => r.id === 'totalLocation')?.cells.relative).toBeCloseTo(2, 12);
  });

  it('industry by TOL section, with the section name', () => {
    expect(byId.get('netSectors')?.rows.map((r) => [r.cells.item, r.cells.partners])).toEqual([
      ['C Teollisuus', 1],
      ['Ei tiedossa', 1],
    ]);
  });

  it('actions: counts by status, the expected cut without dropped actions, observed changes counted', () => {
    const transport = byId.get('netActions')?.rows.find((r) => r.id === 'transport');
    expect(transport?.cells).toMatchObject({
      done: 1,
      dropped: 1,
      all: 2,
      expected: 40,
      observed: 0,
      decreased: 0,
    });
  });

  it('English has the same tables and rows', () => {
    const en = networkTables(f, 'en');
    expect(en.map((t) => [t.id, t.rows.map((r) => r.id)])).toEqual(
      [...byId.values()].map((t) => [t.id, t.rows.map((r) => r.id)]),
    );
  });
});
