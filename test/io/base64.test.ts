/**
 * Base64 of the received files' gzip bytes in a full backup: the same text as Node's encoder (RFC 4648 §4,
 * padded), exact bytes back, text of a coordinator's size without overflowing the stack, and text that is
 * not canonical base64 refused rather than read leniently.
 */
import { describe, expect, it } from 'vitest';
import { fromBase64, toBase64 } from '../../src/io/base64';

describe('base64', () => {
  it('writes what Node writes and reads every length back exactly', () => {
    for (let n = 0; n < 70; n++) {
      const bytes = Uint8Array.from({ length: n }, (_, i) => (i * 151 + n) & 255);
      const text = toBase64(bytes);
      expect(text).toBe(Buffer.from(bytes).toString('base64'));
      expect(fromBase64(text)).toEqual(bytes);
    }
  });

  it('handles 16 MB, a thousand partner files of inputs, in both directions', () => {
    const bytes = Uint8Array.from({ length: 16_000_000 }, (_, i) => (i * 7919) >>> 3);
    const text = toBase64(bytes);
    expect(text).toBe(Buffer.from(bytes).toString('base64'));
    expect(Buffer.from(fromBase64(text) as Uint8Array).equals(Buffer.from(bytes))).toBe(true);
  });

  it('refuses text that is not padded base64', () => {
    for (const bad of ['abc', 'ab=c', 'a===', 'H4sI***', 'AA AA==', 'AA==\n', '-_8=', 'AAA'])
      expect(fromBase64(bad), bad).toBeUndefined();
  });
});
