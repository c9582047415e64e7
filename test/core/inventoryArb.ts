/** Generated inventories for property tests: any activity of a factor set, in a unit it can be reached from. */
import fc from 'fast-check';
import type { CategoryId } from '../../src/core/categories';
import type { FactorSet } from '../../src/core/factorSet';
import type { Entry } from '../../src/core/inventory';
import type { UnitId } from '../../src/core/units';
import { validateInventory } from '../../src/core/validate';
import { inventory, reachableUnits } from '../helpers';

/** Activities whose unit conversions need no fuel properties, paired with a category they allow. */
function entryArb(set: FactorSet): fc.Arbitrary<Omit<Entry, 'id'>> {
  return fc
    .record({
      i: fc.nat(),
      q: fc.double({ min: 0, max: 1e6, noNaN: true }),
      site: fc.constantFrom(undefined, 'a', 'b'),
      dq: fc.constantFrom(undefined, 'measured' as const, 'invoice' as const, 'estimated' as const),
      cert: fc.option(fc.double({ min: 0, max: 1, noNaN: true }), { nil: undefined }),
    })
    .map(({ i, q, site, dq, cert }) => {
      const a = set.activities[i % set.activities.length];
      if (!a) throw new Error('no activities');
      const category = a.categories[i % a.categories.length] as CategoryId;
      const units = reachableUnits(set, a);
      const unit = units[i % units.length] as UnitId;
      const e: Omit<Entry, 'id'> = {
        category,
        activity: a.id,
        quantity: q,
        unit,
        ...(site ? { site } : {}),
        ...(dq ? { dataQuality: dq } : {}),
      };
      if (cert !== undefined && category.startsWith('s2.'))
        e.instruments = [{ kind: 'certificate', share: cert, note: 'GO' }];
      return e;
    });
}

/** Valid inventories (sites "a" and "b") of up to 40 entries, AR5 or AR6, with or without radiative forcing. */
export const invArb = (set: FactorSet) =>
  fc
    .record({
      entries: fc.array(entryArb(set), { maxLength: 40 }),
      year: fc.integer({ min: 2015, max: 2026 }),
      gwp: fc.constantFrom('AR5' as const, 'AR6' as const),
      rf: fc.boolean(),
    })
    .map(({ entries, year, gwp, rf }) =>
      inventory(
        entries.map((e, i) => ({ ...e, id: `e${i}` })),
        { year, gwp, radiativeForcing: rf },
      ),
    )
    .filter((inv) => validateInventory(inv, set, new Set(['a', 'b'])).every((x) => x.severity !== 'error'));
