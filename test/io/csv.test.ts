import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM, csvConventions, csvNumber, csvText, toCsv } from '../../src/io/csv';

const fi = csvConventions('fi');
const en = csvConventions('en');

describe('CSV writer', () => {
  it('Finnish: semicolons and a decimal comma; English: commas and a decimal point', () => {
    expect(fi).toEqual({ separator: ';', decimal: ',' });
    expect(en).toEqual({ separator: ',', decimal: '.' });
    expect(toCsv([['a', 1.5, null, 'b']], fi)).toBe(`${BOM}a;1,5;;b\r\n`);
    expect(toCsv([['a', 1.5, null, 'b']], en)).toBe(`${BOM}a,1.5,,b\r\n`);
  });

  it('starts with a UTF-8 byte order mark and ends every record with CRLF', () => {
    const text = toCsv([['x'], ['y']], en);
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1)).toBe('x\r\ny\r\n');
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes fields with the separator, a quote, CR or LF, doubling quotes (RFC 4180)', () => {
    expect(csvText('a;b', ';')).toBe('"a;b"');
    expect(csvText('a,b', ';')).toBe('a,b');
    expect(csvText('a,b', ',')).toBe('"a,b"');
    expect(csvText('say "hi"', ',')).toBe('"say ""hi"""');
    expect(csvText('two\nlines', ',')).toBe('"two\nlines"');
    expect(csvText('cr\rhere', ',')).toBe('"cr\rhere"');
    expect(csvText('Öljy & Åbo', ',')).toBe('Öljy & Åbo');
  });

  it.each([
    ['=', '=HYPERLINK("http://x","y")'],
    ['+', '+1+2'],
    ['-', '-2+3'],
    ['@', '@SUM(A1)'],
    ['tab', '\t=1'],
    ['CR', '\r=1'],
    ['NUL', '\0=1'],
  ])('neutralizes a text field beginning with %s by a leading apostrophe', (_name, value) => {
    for (const sep of [';', ','] as const) {
      const out = csvText(value, sep);
      const unquoted = out.startsWith('"') ? out.slice(1, -1).replaceAll('""', '"') : out;
      expect(unquoted).toBe(`'${value}`);
    }
  });

  it('leaves text that merely contains those characters as it is', () => {
    expect(csvText('a=b', ',')).toBe('a=b');
    expect(csvText('Oy-Ab', ',')).toBe('Oy-Ab');
    expect(csvText('x@y.fi', ',')).toBe('x@y.fi');
  });

  it('writes numbers plainly, negative ones with their minus sign, never with an exponent', () => {
    expect(csvNumber(-1234.5, ',')).toBe('-1234,5');
    expect(csvNumber(1e21, '.')).toBe('1000000000000000000000');
    expect(csvNumber(1.5e-7, ',')).toBe('0,00000015');
    expect(csvNumber(-2.5e-10, '.')).toBe('-0.00000000025');
    expect(csvNumber(1.234e22, '.')).toBe('12340000000000000000000');
    expect(csvNumber(0, ',')).toBe('0');
    expect(csvNumber(Number.NaN, ',')).toBe('');
    expect(csvNumber(Number.POSITIVE_INFINITY, '.')).toBe('');
  });

  it('any number reads back as the same number, in both conventions', () => {
    fc.assert(
      fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (n) => {
        expect(Number(csvNumber(n, '.'))).toBe(n === 0 ? 0 : n);
        expect(Number(csvNumber(n, ',').replace(',', '.'))).toBe(n === 0 ? 0 : n);
        expect(csvNumber(n, '.')).toMatch(/^-?\d+(\.\d+)?$/);
      }),
      { numRuns: 2000 },
    );
  });

  it('any text survives a round trip through papaparse, neutralized ones with their apostrophe', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 4 }), { minLength: 1 }),
        (rows) => {
          for (const conv of [fi, en]) {
            const text = toCsv(rows, conv).slice(1);
            const parsed = Papa.parse<string[]>(text, { delimiter: conv.separator, newline: '\r\n' }).data;
            const back = parsed.slice(0, rows.length);
            expect(back).toEqual(rows.map((r) => r.map((f) => (/^[=+\-@\t\r\0]/.test(f) ? `'${f}` : f))));
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
