import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, firstNonUtf8 } from '../../src/cli/decodeText';

const isUtf8 = (b: Uint8Array) => {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(b);
    return true;
  } catch {
    return false;
  }
};

describe('file bytes to text', { timeout: 30_000 }, () => {
  it('finds no bad byte in any UTF-8 text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (s) => {
        const b = new TextEncoder().encode(s);
        expect(firstNonUtf8(b)).toBe(b.length);
      }),
    );
  });

  it('finds a bad byte exactly when a strict decoder refuses, and decodes what comes before it', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 40 }), (b) => {
        const at = firstNonUtf8(b);
        expect(at === b.length).toBe(isUtf8(b));
        expect(isUtf8(b.subarray(0, at))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });

  it('drops a byte-order mark and refuses Windows-1252 and UTF-16 with the line, in both languages', () => {
    const utf8 = new TextEncoder().encode('\uFEFF{"a": "Päästö"}');
    expect(decodeText(utf8, 'fi')).toEqual({ ok: true, text: '{"a": "Päästö"}' });
    const cp1252 = Uint8Array.from([0x7b, 0x0a, 0x0a, 0x22, 0x50, 0xe4, 0x22, 0x7d]);
    expect(decodeText(cp1252, 'fi')).toEqual({
      ok: false,
      message: expect.stringContaining('rivillä 3 on tavu 0xE4'),
    });
    expect(decodeText(cp1252, 'en')).toEqual({
      ok: false,
      message: expect.stringContaining('line 3 has a byte 0xE4'),
    });
    const utf16 = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(decodeText(utf16, 'en')).toEqual({
      ok: false,
      message: 'The file is in UTF-16. Save it as UTF-8.',
    });
  });
});
