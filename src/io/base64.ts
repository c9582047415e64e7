/**
 * Bytes as base64 text and back: a full backup is JSON, which cannot hold the received files' gzip bytes.
 * Written in chunks, so a large file never builds one huge argument list.
 */

const CHUNK = 0x8000;
/** A character base64 does not use; searched for, not matched whole (a whole-text pattern overflows the stack). */
const OUTSIDE = /[^A-Za-z0-9+/]/;

export function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK)
    binary += String.fromCharCode(...bytes.subarray(i, Math.min(i + CHUNK, bytes.length)));
  return btoa(binary);
}

/** The bytes of canonical base64 text (padding required, no spaces), or undefined when it is not that. */
export function fromBase64(text: string): Uint8Array | undefined {
  const pad = text.endsWith('==') ? 2 : text.endsWith('=') ? 1 : 0;
  if (text.length % 4 !== 0 || OUTSIDE.test(pad > 0 ? text.slice(0, -pad) : text)) return undefined;
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}
