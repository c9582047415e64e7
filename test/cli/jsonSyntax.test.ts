import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { jsonBreak, lineAndColumn } from '../../src/cli/jsonSyntax';

const parses = (text: string) => {
  try {
    JSON.parse(text);
    return true;
  } catch {
    return false;
  }
};

describe('where a text stops being JSON', { timeout: 30_000 }, () => {
  it('finds nothing in any JSON, however it is spaced', () => {
    fc.assert(
      fc.property(fc.jsonValue(), fc.constantFrom(undefined, 1, '\t'), (v, space) => {
        expect(jsonBreak(JSON.stringify(v, null, space))).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('finds a break exactly when JSON.parse refuses, after any one character is changed', () => {
    const alphabet = fc.constantFrom(...'{}[]:,"\\ \n0123456789-+.eEtrufalsn\u0001x'.split(''));
    fc.assert(
      fc.property(
        fc.jsonValue().map((v) => JSON.stringify(v)),
        fc.nat(),
        fc.constantFrom('insert', 'delete', 'replace', 'cut'),
        alphabet,
        (text, pos, how, ch) => {
          const p = pos % (text.length + 1);
          const changed =
            how === 'insert'
              ? text.slice(0, p) + ch + text.slice(p)
              : how === 'delete'
                ? text.slice(0, p) + text.slice(p + 1)
                : how === 'replace'
                  ? text.slice(0, p) + ch + text.slice(p + 1)
                  : text.slice(0, p);
          const found = jsonBreak(changed);
          expect(found === undefined, changed).toBe(parses(changed));
          if (found) expect(found.offset).toBeLessThanOrEqual(changed.length);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it.each([
    ['{"a": }', 6, false],
    ['[1,]', 3, false],
    ['{"a":1,}', 7, false],
    ['{"a" 1}', 5, false],
    ['{"format": ', 11, true],
    ['"abc', 4, true],
    ['{"a":1} x', 8, false],
    ['{"a":"\\q"}', 7, false],
    ['{"a":"\\u12G4"}', 10, false],
    ['01', 1, false],
    ['-', 1, true],
    ['1.e5', 2, false],
    ['tru', 3, true],
    ['nul!', 3, false],
    ['', 0, true],
  ])('%j breaks at %i', (text, offset, atEnd) => {
    expect(parses(text)).toBe(false);
    expect(jsonBreak(text)).toEqual({ offset, atEnd });
  });

  it('a file nested a million levels deep is scanned without overflowing the stack', () => {
    const deep = `${'['.repeat(1_000_000)}1${']'.repeat(999_999)}`;
    expect(jsonBreak(deep)).toEqual({ offset: deep.length, atEnd: true });
  });

  it('counts lines and columns from 1, as editors do', () => {
    const text = '{\n  "a": 1,\n  "b": }';
    const found = jsonBreak(text);
    expect(found && lineAndColumn(text, found.offset)).toEqual({ line: 3, column: 8 });
    expect(lineAndColumn('abc', 0)).toEqual({ line: 1, column: 1 });
    expect(lineAndColumn('a\n', 2)).toEqual({ line: 2, column: 1 });
  });
});
