/** Completeness states of a year's categories (issue 10): one state each, counts, and what makes a year complete. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../src/core/categories';
import { categoryStates, completenessCounts, isComplete } from '../../src/core/completeness';
import type { Entry, Inventory, MissingFigure } from '../../src/core/inventory';
import { entry, inventory } from '../helpers';

const e = (category: CategoryId): Entry =>
  entry({ category, activity: 'x', quantity: 1, unit: 'kWh' }) as Entry;
const m = (id: string, category: CategoryId, document?: string): MissingFigure => ({
  id,
  category,
  activity: '',
  ...(document ? { document } : {}),
});

describe('categoryStates', () => {
  it('puts an empty year’s every category to do', () => {
    const states = categoryStates(inventory([]));
    expect([...states.keys()]).toEqual(CATEGORIES.map((c) => c.id));
    for (const s of states.values()) expect(s).toEqual({ state: 'todo', entries: 0, missing: 0 });
    expect(completenessCounts(inventory([]))).toEqual({
      entries: 0,
      notRelevant: 0,
      todo: CATEGORY_IDS.length,
      missingFigures: 0,
      open: CATEGORY_IDS.length,
    });
  });

  it('tells entries, not relevant and to do apart, and keeps a category of only missing figures to do', () => {
    const inv: Inventory = inventory([e('s2.electricity'), e('s2.electricity'), e('s1.mobile')], {
      excluded: [{ category: 's1.fugitive', reason: 'Ei kylmälaitteita' }],
      missing: [m('p1', 's2.heat', 'Lämpöyhtiön vuosiraportti'), m('p2', 's2.electricity')],
    });
    const states = categoryStates(inv);
    expect(states.get('s2.electricity')).toEqual({ state: 'entries', entries: 2, missing: 1 });
    expect(states.get('s1.mobile')).toEqual({ state: 'entries', entries: 1, missing: 0 });
    expect(states.get('s1.fugitive')).toEqual({ state: 'not-relevant', entries: 0, missing: 0 });
    expect(states.get('s2.heat')).toEqual({ state: 'todo', entries: 0, missing: 1 });
    const counts = completenessCounts(inv);
    expect(counts.entries).toBe(2);
    expect(counts.notRelevant).toBe(1);
    expect(counts.todo).toBe(CATEGORY_IDS.length - 3);
    expect(counts.missingFigures).toBe(2);
    // s2.heat is open by its missing figure, counted once; s2.electricity's missing figure is open too.
    expect(counts.open).toBe(CATEGORY_IDS.length - 4 + 2);
  });

  it('counts a category both excluded and with entries as having entries', () => {
    const inv = inventory([e('s3.06')], { excluded: [{ category: 's3.06', reason: 'Ei matkoja' }] });
    expect(categoryStates(inv).get('s3.06')?.state).toBe('entries');
    expect(completenessCounts(inv).notRelevant).toBe(0);
  });

  it('does not take an exclusion without a justification as not relevant', () => {
    const inv = inventory([], { excluded: [{ category: 's3.06', reason: '  ' }] });
    expect(categoryStates(inv).get('s3.06')?.state).toBe('todo');
  });
});

describe('isComplete', () => {
  const allDone = (): Inventory =>
    inventory([e('s2.electricity')], {
      excluded: CATEGORY_IDS.filter((c) => c !== 's2.electricity').map((category) => ({
        category,
        reason: 'Ei koske',
      })),
    });

  it('is true when every category has entries or a justification and no figure is missing', () => {
    expect(isComplete(allDone())).toBe(true);
  });

  it('is false with one category to do, or one missing figure even in a category with entries', () => {
    const one = allDone();
    one.excluded.pop();
    expect(isComplete(one)).toBe(false);
    expect(isComplete({ ...allDone(), missing: [m('p', 's2.electricity')] })).toBe(false);
  });
});

describe('property: every category is in exactly one state', () => {
  const cat = fc.constantFrom(...CATEGORY_IDS);
  const invArb = fc
    .record({
      entries: fc.array(cat, { maxLength: 30 }),
      excluded: fc.array(fc.record({ category: cat, reason: fc.constantFrom('', ' ', 'Ei koske') }), {
        maxLength: 30,
      }),
      missing: fc.array(cat, { maxLength: 10 }),
    })
    .map(({ entries, excluded, missing }) =>
      inventory(entries.map(e), { excluded, missing: missing.map((c, i) => m(`p${i}`, c)) }),
    );

  it('holds for any generated year, and the counts add up', () => {
    fc.assert(
      fc.property(invArb, (inv) => {
        const states = categoryStates(inv);
        expect(states.size).toBe(CATEGORY_IDS.length);
        for (const id of CATEGORY_IDS) {
          const s = states.get(id);
          const hasEntries = inv.entries.some((x) => x.category === id);
          const justified = inv.excluded.some((x) => x.category === id && x.reason.trim() !== '');
          const expected = hasEntries ? 'entries' : justified ? 'not-relevant' : 'todo';
          expect(s?.state).toBe(expected);
        }
        const c = completenessCounts(inv);
        expect(c.entries + c.notRelevant + c.todo).toBe(CATEGORY_IDS.length);
        expect(c.missingFigures).toBe(inv.missing?.length ?? 0);
        expect(isComplete(inv)).toBe(c.todo === 0 && c.missingFigures === 0);
      }),
    );
  });
});
