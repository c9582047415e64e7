import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonChunks } from '../../src/cli/jsonChunks';

const joined = (value: unknown, depth?: number) => [...jsonChunks(value, depth)].join('');

describe('JSON in pieces', { timeout: 30_000 }, () => {
  it('joins to exactly what JSON.stringify(value, null, 2) writes, at any depth', () => {
    const values = fc.anything({
      withBoxedValues: false,
      withMap: false,
      withSet: false,
      withObjectString: false,
      withNullPrototype: true,
      withDate: true,
      withSparseArray: true,
      withTypedArray: false,
      withBigInt: false,
      withUnicodeString: true,
    });
    fc.assert(
      fc.property(values, fc.integer({ min: 0, max: 6 }), (v, depth) => {
        const expected = JSON.stringify(v, null, 2);
        if (expected === undefined) return;
        expect(joined(v, depth)).toBe(expected);
      }),
      { numRuns: 1000 },
    );
  });

  it('leaves out what JSON leaves out and writes null for it in arrays', () => {
    const v = {
      a: undefined,
      b: () => 1,
      c: [undefined, Symbol('x'), 1],
      d: new Date(0),
      e: { toJSON: () => 'x' },
    };
    expect(joined(v)).toBe(JSON.stringify(v, null, 2));
  });

  it('writes a big result in many pieces, none of them large', () => {
    const entries = Array.from({ length: 5000 }, (_, i) => ({
      entryId: `e${i}`,
      trace: { note: 'x'.repeat(200) },
    }));
    const pieces = [...jsonChunks({ file: 'f', inventories: [{ year: 2024, entries }] })];
    expect(pieces.length).toBeGreaterThan(5000);
    expect(Math.max(...pieces.map((p) => p.length))).toBeLessThan(1000);
  });
});
