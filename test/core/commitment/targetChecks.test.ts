/** The target form's bad input (issue 12): each problem on its field, none for a target that computes. */
import { describe, expect, it } from 'vitest';
import { targetProblems } from '../../../src/core/targetChecks';
import { recordOf, targetOf } from './fixtures';

const YEARS = [
  { year: 2022, metrics: { fte: 10 } },
  { year: 2023, metrics: {} },
];

describe('targetProblems', () => {
  it('finds nothing wrong with a target on a calculated base year', () => {
    expect(targetProblems(targetOf(), YEARS)).toEqual([]);
    expect(targetProblems(targetOf({ kind: 'intensity', metric: 'fte' }), YEARS)).toEqual([]);
  });

  it('puts each problem on the field to change', () => {
    expect(targetProblems(targetOf({ targetYear: 2022 }), YEARS)).toEqual([
      { field: 'targetYear', problem: 'target-before-base' },
    ]);
    expect(targetProblems(targetOf({ reductionPct: 101 }), YEARS)).toEqual([
      { field: 'reductionPct', problem: 'reduction-out-of-range' },
    ]);
    expect(targetProblems(targetOf({ reductionPct: -0.1 }), YEARS)).toEqual([
      { field: 'reductionPct', problem: 'reduction-out-of-range' },
    ]);
    expect(targetProblems(targetOf({ baseYear: 2021 }), YEARS)).toEqual([
      { field: 'baseYear', problem: 'base-year-not-calculated' },
    ]);
    expect(targetProblems(targetOf({ kind: 'intensity' }), YEARS)).toEqual([
      { field: 'metric', problem: 'metric-not-chosen' },
    ]);
    expect(targetProblems(targetOf({ scope1: false, scope2: undefined }), YEARS)).toEqual([
      { field: 'boundary', problem: 'boundary-empty' },
    ]);
  });

  it('wants an intensity target’s metric in the base year, not in a later one', () => {
    const t = targetOf({ kind: 'intensity', metric: 'floor-area-m2' });
    expect(targetProblems(t, [...YEARS, { year: 2024, metrics: { floorAreaM2: 500 } }])).toEqual([
      { field: 'metric', problem: 'base-year-metric-missing' },
    ]);
    const fromLater = targetOf({ kind: 'intensity', metric: 'fte', baseYear: 2023 });
    expect(targetProblems(fromLater, YEARS)).toEqual([
      { field: 'metric', problem: 'base-year-metric-missing' },
    ]);
  });

  it('reads a recorded base year’s metrics over the year as edited since', () => {
    const t = targetOf({ kind: 'intensity', metric: 'fte', baseYear: 2023 });
    expect(targetProblems(t, YEARS, recordOf(2023, { scope1: 1 }, { fte: 4 }))).toEqual([]);
    // A record of another year says nothing about this target's base.
    expect(targetProblems(t, [], recordOf(2022, { scope1: 1 }, { fte: 4 }))).toEqual([
      { field: 'baseYear', problem: 'base-year-not-calculated' },
    ]);
  });

  it('refuses a target whose recorded base is below zero: targetProgress could not compute it', () => {
    // Recovered refrigerant credited in Scope 1 outweighs the rest of the base year.
    const record = recordOf(2022, { scope1: -500, scope2: { location: 200, market: 100 } });
    expect(targetProblems(targetOf(), [], record)).toEqual([
      { field: 'baseYear', problem: 'base-year-negative' },
    ]);
    // Scope 2 alone is above zero and computes.
    expect(targetProblems(targetOf({ scope1: false }), [], record)).toEqual([]);
  });

  it('counts only Scope 3 categories in the Scope 3 part of a boundary', () => {
    // A Scope 1 category among a target's Scope 3 categories adds nothing: the boundary is empty.
    const t = targetOf({ scope1: false, scope2: undefined, scope3Categories: ['s1.stationary'] });
    expect(targetProblems(t, YEARS)).toEqual([{ field: 'boundary', problem: 'boundary-empty' }]);
  });
});
