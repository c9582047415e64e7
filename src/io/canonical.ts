/**
 * The canonical serialization a backup's checksum (docs/backup-format.md) and a report's fingerprint
 * (docs/report-data.md) are computed over: JSON with every
 * object's keys in code-unit order, no whitespace, values as JSON.stringify writes them (-0 as 0, a number
 * that is not finite as null, an undefined object member left out). It is itself valid JSON, so the writer
 * puts this very text in the file as its data part: one serialization, not two.
 */
export function canonicalJson(v: unknown): string {
  // JSON.stringify with an array of keys writes, at every depth, exactly those keys in that order: given every
  // key the data has, sorted, it is the canonical form, written by the engine's own serializer (ten times
  // faster than joining strings in script for a 30 MB backup). Each member of the top object (a table) gets
  // its own, shorter list: the serializer looks up every listed key in every object.
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return stringifySorted(v);
  let s = '{';
  for (const k of Object.keys(v).sort()) {
    const x = (v as Record<string, unknown>)[k];
    if (x === undefined || typeof x === 'function' || typeof x === 'symbol') continue;
    s += `${s.length > 1 ? ',' : ''}${JSON.stringify(k)}:${stringifySorted(x)}`;
  }
  return `${s}}`;
}

function stringifySorted(v: unknown): string {
  const keys = new Set<string>();
  collectKeys(v, keys, 0);
  return JSON.stringify(v, [...keys].sort()) ?? 'null';
}

function collectKeys(v: unknown, keys: Set<string>, depth: number): void {
  if (typeof v !== 'object' || v === null) return;
  if (depth > 1000) throw new RangeError('nesting too deep');
  if (Array.isArray(v)) {
    for (const x of v) collectKeys(x, keys, depth + 1);
    return;
  }
  for (const k of Object.keys(v)) {
    keys.add(k);
    collectKeys((v as Record<string, unknown>)[k], keys, depth + 1);
  }
}

/** SHA-256 of the text's UTF-8 bytes, as 64 lower-case hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  let hex = '';
  for (const b of new Uint8Array(digest)) hex += b.toString(16).padStart(2, '0');
  return hex;
}

/** Keys that could reach an object's prototype if copied by assignment: never copied, never stored. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/**
 * A copy of untrusted JSON data built from plain values only: forbidden keys are dropped, nesting deeper
 * than `maxDepth` is refused (undefined). Used for data whose shape the app does not define (setting values)
 * or checks with another reader afterwards (factor-set files).
 */
export function cleanJson(v: unknown, maxDepth = 32): unknown {
  if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isFinite(v) ? v : undefined;
  if (typeof v !== 'object' || maxDepth <= 0) return undefined;
  if (Array.isArray(v)) {
    const out: unknown[] = [];
    for (const x of v) {
      const c = cleanJson(x, maxDepth - 1);
      if (c === undefined) return undefined;
      out.push(c);
    }
    return out;
  }
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(v)) {
    if (FORBIDDEN_KEYS.has(k)) continue;
    const c = cleanJson((v as Record<string, unknown>)[k], maxDepth - 1);
    if (c === undefined) return undefined;
    out[k] = c;
  }
  return out;
}
