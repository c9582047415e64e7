import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { withoutResults } from '../../../src/io/network/withoutResults';
import { goodFile } from '../../generators/partnerFiles';

const enc = (s: string) => new TextEncoder().encode(s);
const dec = (b: Uint8Array) => new TextDecoder().decode(b);

/** The file parsed whole, its inventories' results left out: what the cut must parse to. */
function expected(text: string): unknown {
  const json = JSON.parse(text) as { inventories?: unknown };
  if (Array.isArray(json.inventories))
    for (const inv of json.inventories)
      if (inv && typeof inv === 'object' && !Array.isArray(inv))
        delete (inv as Record<string, unknown>).results;
  return json;
}

describe('withoutResults', () => {
  it("cuts a generated partner file's results and leaves the rest as parsed whole", async () => {
    const f = await goodFile(71, 2, { years: 3 });
    const text = f.text as string;
    const cut = withoutResults(enc(text));
    if (!cut) throw new Error('not cut');
    expect(cut.length).toBeLessThan(text.length / 5);
    expect(JSON.parse(dec(cut))).toEqual(expected(text));
  });

  it('parses to the whole file less its results, whatever the layout and values (property)', () => {
    const member = fc.tuple(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 3 }));
    const inventory = fc.record({
      before: fc.array(member, { maxLength: 3 }),
      results: fc.option(fc.jsonValue({ maxDepth: 4 }), { nil: undefined }),
      after: fc.array(member, { maxLength: 3 }),
      twice: fc.boolean(),
    });
    fc.assert(
      fc.property(
        fc.array(inventory, { maxLength: 4 }),
        fc.constantFrom(undefined, 1, 2, '\t'),
        fc.boolean(),
        (invs, indent, bom) => {
          const objects = invs.map((i) => {
            const entries: [string, unknown][] = [...i.before];
            if (i.results !== undefined) entries.push(['results', i.results]);
            entries.push(...i.after);
            if (i.twice && i.results !== undefined) entries.push(['results', { again: i.results }]);
            return entries;
          });
          // Written by hand, so keys may repeat as a hand-edited file may have them.
          const obj = (e: [string, unknown][]) =>
            `{${e.map(([k, v]) => `${JSON.stringify(k)}:${JSON.stringify(v, null, indent)}`).join(',\n ')}}`;
          const text = `${bom ? '\uFEFF' : ''}{"format": "x", "inventories": [${objects.map(obj).join(', ')}], "z": [1]}`;
          const cut = withoutResults(enc(text));
          if (!cut) throw new Error(`not cut: ${text}`);
          expect(JSON.parse(dec(cut))).toEqual(expected(text.replace(/^\uFEFF/, '')));
        },
      ),
    );
  });

  it('gives up on what is not in the expected shape, for the whole file to be parsed as it is', () => {
    for (const text of [
      '',
      '[]',
      '{"inventories": [{"results": {"a": [1, 2}}]}',
      '{"inventories": [{"results": "open}]}',
      '{"inventories": [{"year": 2024}]',
      '{"format": 1}',
      '{"inventories": [{"results": {}}]} trailing',
    ])
      expect(withoutResults(enc(text)), text).toBeUndefined();
  });
});
