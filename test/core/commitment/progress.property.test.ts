/** Properties of the pathway and the status (issue 12), over any base, reduction and years. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { targetProgress, targetValueOf } from '../../../src/core/targetProgress';
import { recordOf, resultOf, targetOf } from './fixtures';

const kg = fc.double({ min: 0, max: 1e12, noNaN: true });
const case_ = fc.record({
  base: kg,
  reductionPct: fc.double({ min: 0, max: 100, noNaN: true }),
  baseYear: fc.integer({ min: 1990, max: 2060 }),
  span: fc.integer({ min: 1, max: 40 }),
  actuals: fc.array(fc.record({ after: fc.integer({ min: 1, max: 45 }), kg }), { maxLength: 8 }),
});

describe('pathway properties', () => {
  it('starts at the base, ends at the target value exactly, and never rises', () => {
    fc.assert(
      fc.property(case_, ({ base, reductionPct, baseYear, span }) => {
        const t = targetOf({ baseYear, targetYear: baseYear + span, reductionPct });
        const p = targetProgress(t, recordOf(baseYear, { scope1: base }), []);
        expect(p.problems).toEqual([]);
        const values = p.pathway.map((x) => x.value);
        expect(values).toHaveLength(span + 1);
        expect(values[0]).toBe(base);
        expect(values[span]).toBe(targetValueOf(base, reductionPct));
        for (let i = 1; i < values.length; i++)
          expect(values[i]).toBeLessThanOrEqual(values[i - 1] as number);
      }),
    );
  });

  it('calls a year on track exactly when its gap is zero or below, and the gap is actual − pathway', () => {
    fc.assert(
      fc.property(case_, ({ base, reductionPct, baseYear, span, actuals }) => {
        const t = targetOf({ baseYear, targetYear: baseYear + span, reductionPct });
        const years = actuals.map((a) => ({
          result: resultOf(baseYear + a.after, { scope1: a.kg }),
          metrics: {},
        }));
        const p = targetProgress(t, recordOf(baseYear, { scope1: base }), years);
        for (const y of p.years) {
          expect(y.gap).toBe(y.actual - y.pathway);
          expect(y.status === 'on-track').toBe(y.gap <= 0);
          expect(y.status === 'on-track').toBe(y.actual <= y.pathway);
        }
        const last = p.years[p.years.length - 1];
        if (last && last.year > baseYear) expect(p.latest).toEqual(last);
      }),
    );
  });

  it('never asks for a negative yearly cut', () => {
    fc.assert(
      fc.property(case_, ({ base, reductionPct, baseYear, span, actuals }) => {
        const t = targetOf({ baseYear, targetYear: baseYear + span, reductionPct });
        const years = actuals.map((a) => ({
          result: resultOf(baseYear + a.after, { scope1: a.kg }),
          metrics: {},
        }));
        const r = targetProgress(t, recordOf(baseYear, { scope1: base }), years).requiredYearly;
        if (r) {
          expect(r.amount).toBeGreaterThanOrEqual(0);
          expect(r.pctOfLatest).toBeGreaterThanOrEqual(0);
        }
      }),
    );
  });
});
