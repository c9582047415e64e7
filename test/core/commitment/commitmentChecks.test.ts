/**
 * A file's commitment checked across its records (src/core/commitmentChecks.ts): every id used twice and every
 * base year recorded twice is an error at the second one; a target that cannot be computed against the
 * file's own base-year records is an error on its field; a base year the file holds no year of is only a
 * warning; a sound commitment has no problem.
 */
import { describe, expect, it } from 'vitest';
import { type Commitment, emptyCommitment, type Target } from '../../../src/core/commitment';
import { validateCommitment } from '../../../src/core/commitmentChecks';

const figures = {
  scope1: 1000,
  scope2: { location: 500, market: 300 },
  scope3ByCategory: {},
  metrics: { fte: 10 },
  factorSet: { id: 'fi', release: '2026.1' },
  gwp: 'AR6' as const,
};
const record = (year: number) => ({ year, figures, recordedAt: '2026-12-06T09:00:00.000Z' });
const target = (id: string, over: Partial<Target> = {}): Target => ({
  id,
  preset: 'own',
  scope1: true,
  scope3Categories: [],
  kind: 'absolute',
  baseYear: 2022,
  targetYear: 2030,
  reductionPct: 42,
  createdAt: '2026-12-06T09:00:00.000Z',
  ...over,
});
const recalculation = (id: string) => ({
  id,
  year: 2022,
  at: '2026-12-06T09:00:00.000Z',
  reason: 'structural' as const,
  note: 'Toimipaikka myytiin',
  before: figures,
  after: figures,
});
const of = (over: Partial<Commitment>): Commitment => ({ ...emptyCommitment(), ...over });
const B = '/organization/commitment';

describe('a file’s commitment', () => {
  it('sound: no problem, with or without the file’s years', () => {
    const c = of({
      targets: [target('a'), target('b', { kind: 'intensity', metric: 'fte' })],
      baseYears: [record(2022)],
    });
    expect(validateCommitment(c, B)).toEqual([]);
    expect(validateCommitment(c, B, new Set([2022, 2024]))).toEqual([]);
  });

  it('ids twice and a base year recorded twice are errors at the second', () => {
    const c = of({
      targets: [target('a'), target('a')],
      baseYears: [record(2022), record(2022)],
      recalculations: [recalculation('r'), recalculation('r')],
    });
    expect(validateCommitment(c, B).map((i) => [i.severity, i.path, i.code])).toEqual([
      ['error', `${B}/targets/1/id`, 'duplicate-id'],
      ['error', `${B}/recalculations/1/id`, 'duplicate-id'],
      ['error', `${B}/baseYears/1/year`, 'duplicate-id'],
    ]);
  });

  it('a target without its base year’s record, or its metric, is an error on the field', () => {
    const c = of({
      targets: [target('a', { baseYear: 2021 }), target('b', { kind: 'intensity', metric: 'floor-area-m2' })],
      baseYears: [record(2022)],
    });
    expect(validateCommitment(c, B).map((i) => [i.path, i.params.problem, i.record?.id])).toEqual([
      [`${B}/targets/0/baseYear`, 'base-year-not-calculated', 'a'],
      [`${B}/targets/1/metric`, 'base-year-metric-missing', 'b'],
    ]);
  });

  it('a base year the file holds no year of is a warning, the record still measuring the target', () => {
    const c = of({ targets: [target('a')], baseYears: [record(2022)] });
    expect(validateCommitment(c, B, new Set([2025])).map((i) => [i.severity, i.path, i.code])).toEqual([
      ['warning', `${B}/targets/0/baseYear`, 'target-base-not-in-file'],
    ]);
  });
});
