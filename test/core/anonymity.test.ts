/**
 * The anonymous publication's rule (src/core/anonymity.ts): every published figure is made of at least three
 * partners, and no combination of published figures gives the figure of a group withheld, or of one or two
 * partners. Checked over generated tables by linear algebra: a figure can be recovered from published ones
 * exactly when its indicator vector is in the span of theirs.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type GroupFigure,
  MIN_PARTNERS,
  nestedPublishable,
  type PublishedGroups,
  publishGroups,
  revealsSmallGroup,
} from '../../src/core/anonymity';

/** The rank of integer vectors (Gaussian elimination over rationals, in floats: entries are 0 and 1). */
function rank(vectors: readonly number[][]): number {
  const m = vectors.map((v) => [...v]);
  let r = 0;
  const cols = m[0]?.length ?? 0;
  for (let c = 0; c < cols && r < m.length; c++) {
    const pivot = m.findIndex((row, i) => i >= r && Math.abs(row[c] as number) > 1e-9);
    if (pivot < 0) continue;
    [m[r], m[pivot]] = [m[pivot] as number[], m[r] as number[]];
    const p = m[r] as number[];
    for (const [i, row] of m.entries()) {
      if (i === r) continue;
      const f = (row[c] as number) / (p[c] as number);
      if (f !== 0) for (let k = c; k < cols; k++) row[k] = (row[k] as number) - f * (p[k] as number);
    }
    r++;
  }
  return r;
}

function inSpan(published: readonly number[][], v: number[]): boolean {
  return rank([...published, v]) === rank(published);
}

const POOL = ['p0', 'p1', 'p2', 'p3', 'p4', 'p5', 'p6', 'p7', 'p8'];

/** A partition of some partners into groups (a partner is in one sector, one size band). */
const partitionArb = fc
  .array(fc.tuple(fc.constantFrom(...POOL), fc.integer({ min: 0, max: 5 })), { maxLength: 9 })
  .chain((pairs) => {
    const groupOf = new Map<string, number>();
    for (const [p, g] of pairs) if (!groupOf.has(p)) groupOf.set(p, g);
    return fc.constant(groupOf);
  });

function groupsOfPartition(groupOf: ReadonlyMap<string, number>, value: (p: string) => number) {
  const groups = new Map<number, string[]>();
  for (const [p, g] of groupOf) groups.set(g, [...(groups.get(g) ?? []), p]);
  return [...groups.entries()]
    .sort(([a], [b]) => a - b)
    .map(([g, partners]): GroupFigure => {
      const v = partners.reduce((s, p) => s + value(p), 0);
      return { key: `g${g}`, partners, values: [v, 2 * v] };
    });
}

/** The partners a published figure is made of, from the groups it sums. */
function partnersOf(groups: readonly GroupFigure[], keys: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const g of groups) if (keys.includes(g.key)) for (const p of g.partners) out.add(p);
  return out;
}

/** Each published figure as the set of group keys it adds up. */
function publishedKeys(out: PublishedGroups, groups: readonly GroupFigure[]): string[][] {
  const present = groups.filter((g) => g.partners.length > 0).map((g) => g.key);
  return [
    ...out.shown.map((s) => [s.key]),
    ...(out.others ? [out.others.keys] : []),
    ...(out.total ? [present] : []),
  ];
}

describe('publishGroups', () => {
  it('every published figure of a partition is made of at least three partners, and they add up', () => {
    fc.assert(
      fc.property(partitionArb, fc.integer({ min: 1, max: 1000 }), (groupOf, seed) => {
        const groups = groupsOfPartition(groupOf, (p) => seed + p.charCodeAt(1));
        const out = publishGroups(groups);
        for (const keys of publishedKeys(out, groups)) {
          expect(partnersOf(groups, keys).size).toBeGreaterThanOrEqual(MIN_PARTNERS);
        }
        for (const s of out.shown) expect(s.partners).toBe(partnersOf(groups, [s.key]).size);
        if (out.total) {
          const shownSum = out.shown.reduce((a, s) => a + (s.values[0] as number), 0);
          expect(shownSum + (out.others?.values[0] ?? 0)).toBe(out.total.values[0]);
          expect(out.total.partners).toBe(groupOf.size);
        } else {
          expect(groupOf.size).toBeLessThan(MIN_PARTNERS);
          expect(out.shown).toEqual([]);
        }
        // Every group is shown or withheld, never both.
        const shownKeys = out.shown.map((s) => s.key);
        expect([...shownKeys, ...out.withheld].sort()).toEqual(groups.map((g) => g.key).sort());
      }),
      { numRuns: 400 },
    );
  });

  it('no combination of published figures gives one or two partners’ figure, or a withheld group’s', () => {
    fc.assert(
      fc.property(partitionArb, (groupOf) => {
        const groups = groupsOfPartition(groupOf, () => 1);
        const out = publishGroups(groups);
        const partners = [...groupOf.keys()];
        // Each published figure as a vector over partners: which partners' figures it adds.
        const published = publishedKeys(out, groups).map((keys) => {
          const set = partnersOf(groups, keys);
          return partners.map((p) => (set.has(p) ? 1 : 0));
        });
        if (published.length === 0) return;
        for (const [i, a] of partners.entries()) {
          expect(
            inSpan(
              published,
              partners.map((_, k) => (k === i ? 1 : 0)),
            ),
          ).toBe(false);
          for (let j = i + 1; j < partners.length; j++) {
            const b = partners[j] as string;
            const pair = partners.map((p) => (p === a || p === b ? 1 : 0));
            expect(inSpan(published, pair)).toBe(false);
          }
        }
        for (const key of out.withheld) {
          const set = partnersOf(groups, [key]);
          if (set.size >= MIN_PARTNERS) continue; // a large group merged as a complement may be ≥ 3 itself
          expect(
            inSpan(
              published,
              partners.map((p) => (set.has(p) ? 1 : 0)),
            ),
          ).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('overlapping groups (categories): each figure has three partners, no small group is recoverable', () => {
    const groupsArb = fc.array(
      fc.record({ partners: fc.subarray(POOL, { maxLength: 6 }), v: fc.integer({ min: 1, max: 99 }) }),
      { maxLength: 7 },
    );
    fc.assert(
      fc.property(groupsArb, (raw) => {
        const groups: GroupFigure[] = raw.map((g, i) => ({
          key: `c${i}`,
          partners: g.partners,
          values: [g.v],
        }));
        const out = publishGroups(groups);
        const published = publishedKeys(out, groups);
        for (const keys of published) {
          expect(partnersOf(groups, keys).size).toBeGreaterThanOrEqual(MIN_PARTNERS);
        }
        // Vectors over the groups: a withheld group with fewer than three partners is not in their span.
        const keys = groups.map((g) => g.key);
        const vectors = published.map((ks) => keys.map((k) => (ks.includes(k) ? 1 : 0)));
        if (vectors.length === 0) return;
        for (const g of groups) {
          if (!out.withheld.includes(g.key) || new Set(g.partners).size >= MIN_PARTNERS) continue;
          expect(
            inSpan(
              vectors,
              keys.map((k) => (k === g.key ? 1 : 0)),
            ),
          ).toBe(false);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('merges a two-partner sector with the smallest other one when it is the only small group', () => {
    const out = publishGroups([
      { key: 'C', partners: ['a', 'b', 'c', 'd', 'e'], values: [500] },
      { key: 'F', partners: ['f', 'g'], values: [70] },
      { key: 'G', partners: ['h', 'i', 'j'], values: [30] },
    ]);
    expect(out.shown.map((s) => s.key)).toEqual(['C']);
    expect(out.others).toEqual({ keys: ['F', 'G'], partners: 5, values: [100] });
    expect(out.total).toEqual({ partners: 10, values: [600] });
  });

  it('shows every group when each has three partners, and nothing with fewer than three in all', () => {
    const big = publishGroups([
      { key: 'A', partners: ['a', 'b', 'c'], values: [1, 2] },
      { key: 'B', partners: ['d', 'e', 'f'], values: [3, 4] },
    ]);
    expect(big.others).toBeUndefined();
    expect(big.total).toEqual({ partners: 6, values: [4, 6] });
    const small = publishGroups([{ key: 'A', partners: ['a', 'b'], values: [1] }]);
    expect(small).toEqual({ shown: [], withheld: ['A'] });
  });
});

describe('nestedPublishable', () => {
  it('allows a like-for-like set only when it and what it leaves out are both empty or three partners', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(nestedPublishable(all, all)).toBe(true);
    expect(nestedPublishable(all, ['a', 'b', 'c'])).toBe(true);
    expect(nestedPublishable(all, ['a', 'b', 'c', 'd'])).toBe(false);
    expect(nestedPublishable(all, ['a', 'b', 'c', 'd', 'e'])).toBe(false);
    expect(nestedPublishable(all, ['a', 'b'])).toBe(false);
  });
});

describe('revealsSmallGroup', () => {
  it('finds two partners whose difference the figures give (the one knowing its own learns the other)', () => {
    // Sector C (a, b, f) and the micro band (a, b, d): C − micro = f − d.
    const all = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(revealsSmallGroup([all, ['a', 'b', 'f'], ['a', 'b', 'd']])).toBe(true);
    // {a, x}, {a, y} and {x, y, b} give 2a − b.
    expect(
      revealsSmallGroup([
        ['a', 'x'],
        ['a', 'y'],
        ['x', 'y', 'b'],
        ['x', 'y', 'z', 'w', 'v'],
      ]),
    ).toBe(true);
  });

  it('finds a difference of nested figures and of two crossing tables', () => {
    const all = ['a', 'b', 'c', 'd', 'e', 'f'];
    expect(revealsSmallGroup([all, ['a', 'b', 'c', 'd', 'e']])).toBe(true);
    expect(revealsSmallGroup([all, ['a', 'b', 'c']])).toBe(false);
    // Sector C (a, b, c) lies inside the micro band (a, b, c, d): micro − C is partner d.
    const sectors = [
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ];
    expect(revealsSmallGroup([all, ...sectors])).toBe(false);
    expect(revealsSmallGroup([all, ...sectors, ['a', 'b', 'c', 'd'], ['e', 'f']])).toBe(true);
  });

  it('agrees with the span of the figures over random sets of partners', () => {
    const setsArb = fc.array(fc.subarray(POOL.slice(0, 7), { minLength: 1 }), { minLength: 1, maxLength: 6 });
    fc.assert(
      fc.property(setsArb, (sets) => {
        const partners = [...new Set(sets.flat())];
        const vectors = sets.map((s) => partners.map((p) => (s.includes(p) ? 1 : 0)));
        let brute = false;
        for (const [i, a] of partners.entries()) {
          if (
            inSpan(
              vectors,
              partners.map((p) => (p === a ? 1 : 0)),
            )
          )
            brute = true;
          // Any combination of two partners (a sum, a difference, 2a − b …): the span meets theirs.
          for (const b of partners.slice(i + 1)) {
            const unitOf = (x: string) => partners.map((p) => (p === x ? 1 : 0));
            if (rank([...vectors, unitOf(a), unitOf(b)]) < rank(vectors) + 2) brute = true;
          }
        }
        expect(revealsSmallGroup(sets)).toBe(brute);
      }),
      { numRuns: 500 },
    );
  });
});
