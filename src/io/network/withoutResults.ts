/**
 * A partner file's bytes without the results of its years (issue 13). The file "Send to the city" writes
 * carries each year's results with every entry's trace: 95 % of a five-year file's 6 MB, which the reader
 * ignores (results are computed again, never trusted). Cutting them out of the bytes before decoding and
 * parsing spares both the work on those megabytes; what is parsed is the file's text less exactly the
 * `results` member of each inventory, so the reader sees what it sees in the whole file.
 *
 * The scan follows JSON's structure (strings with their escapes, brackets matched by kind); it does not check
 * the cut value's numbers and literals, which nothing reads. Anything not in the expected shape (no root
 * object, no inventories list, a bracket out of place, a file cut short) gives undefined and the caller parses
 * the whole file as it is, so such a file is refused or read exactly as the command line refuses or reads it.
 */

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN_OBJECT = 0x7b;
const CLOSE_OBJECT = 0x7d;
const OPEN_ARRAY = 0x5b;
const CLOSE_ARRAY = 0x5d;

function skipSpace(b: Uint8Array, i: number): number {
  for (;;) {
    const c = b[i];
    if (c !== 0x20 && c !== 0x0a && c !== 0x0d && c !== 0x09) return i;
    i++;
  }
}

/** From the opening quote at `i` to just after the closing one; -1 if the string is not closed. */
function skipString(b: Uint8Array, i: number): number {
  let from = i + 1;
  for (;;) {
    const q = b.indexOf(QUOTE, from);
    if (q < 0) return -1;
    let slashes = 0;
    while (b[q - 1 - slashes] === BACKSLASH) slashes++;
    if (slashes % 2 === 0) return q + 1;
    from = q + 1;
  }
}

/** From the first byte of a value at `i` to just after it; -1 if it is not a whole value. */
function skipValue(b: Uint8Array, i: number): number {
  const first = b[i];
  if (first === QUOTE) return skipString(b, i);
  if (first !== OPEN_OBJECT && first !== OPEN_ARRAY) {
    // A number or a literal: up to the byte that ends it.
    let j = i;
    for (;;) {
      const c = b[j];
      if (c === undefined) return -1;
      if (c === COMMA || c === CLOSE_OBJECT || c === CLOSE_ARRAY || c <= 0x20) return j > i ? j : -1;
      j++;
    }
  }
  const closers: number[] = [];
  let j = i;
  for (;;) {
    const c = b[j];
    if (c === undefined) return -1;
    if (c === QUOTE) {
      j = skipString(b, j);
      if (j < 0) return -1;
      continue;
    }
    if (c === OPEN_OBJECT) closers.push(CLOSE_OBJECT);
    else if (c === OPEN_ARRAY) closers.push(CLOSE_ARRAY);
    else if (c === CLOSE_OBJECT || c === CLOSE_ARRAY) {
      if (closers.pop() !== c) return -1;
      if (closers.length === 0) return j + 1;
    }
    j++;
  }
}

/** Reads a key at `i` (at its quote): the key's text when it is short, and where its value starts. */
function readKey(b: Uint8Array, i: number): { key: string; value: number } | undefined {
  if (b[i] !== QUOTE) return undefined;
  const end = skipString(b, i);
  if (end < 0) return undefined;
  let key = '';
  // Only keys of a few ASCII letters are compared; others are kept as '' (never "inventories" or "results").
  if (end - i - 2 <= 16) for (let k = i + 1; k < end - 1; k++) key += String.fromCharCode(b[k] as number);
  const colon = skipSpace(b, end);
  if (b[colon] !== COLON) return undefined;
  return { key, value: skipSpace(b, colon + 1) };
}

/**
 * Walks an object's members from its opening brace at `i`, calling `member` for each (which returns the end of
 * the value, or -1); returns the index after the closing brace, or -1.
 */
function walkObject(
  b: Uint8Array,
  i: number,
  member: (key: string, keyAt: number, valueAt: number) => number,
): number {
  if (b[i] !== OPEN_OBJECT) return -1;
  let j = skipSpace(b, i + 1);
  if (b[j] === CLOSE_OBJECT) return j + 1;
  for (;;) {
    const k = readKey(b, j);
    if (!k) return -1;
    const end = member(k.key, j, k.value);
    if (end < 0) return -1;
    j = skipSpace(b, end);
    if (b[j] === COMMA) j = skipSpace(b, j + 1);
    else if (b[j] === CLOSE_OBJECT) return j + 1;
    else return -1;
  }
}

/** The byte ranges [from, to) to leave out: each inventory's results member with the comma that joins it. */
function resultSpans(b: Uint8Array): [number, number][] | undefined {
  const spans: [number, number][] = [];
  const root = skipSpace(b, b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0);
  let sawInventories = false;
  const end = walkObject(b, root, (key, _at, value) => {
    if (key !== 'inventories') return skipValue(b, value);
    sawInventories = true;
    if (b[value] !== OPEN_ARRAY) return skipValue(b, value);
    let j = skipSpace(b, value + 1);
    if (b[j] === CLOSE_ARRAY) return j + 1;
    for (;;) {
      // Where the previous member's value ended: a results member after it is cut from there.
      let previousEnd = -1;
      const after = walkObject(b, j, (k, keyAt, v) => {
        const e = skipValue(b, v);
        if (e < 0) return -1;
        if (k === 'results') {
          if (previousEnd >= 0) spans.push([previousEnd, e]);
          else {
            // The first member: cut up to the next member's key, with the comma between.
            const next = skipSpace(b, e);
            spans.push([keyAt, b[next] === COMMA ? skipSpace(b, next + 1) : e]);
          }
        }
        previousEnd = e;
        return e;
      });
      if (after < 0) return -1;
      j = skipSpace(b, after);
      if (b[j] === COMMA) j = skipSpace(b, j + 1);
      else if (b[j] === CLOSE_ARRAY) return j + 1;
      else return -1;
    }
  });
  if (end < 0 || !sawInventories || skipSpace(b, end) !== b.length) return undefined;
  return spans;
}

/** The bytes without the inventories' results; undefined when the file is not in a shape to cut (see above). */
export function withoutResults(bytes: Uint8Array): Uint8Array | undefined {
  const spans = resultSpans(bytes);
  if (!spans) return undefined;
  if (spans.length === 0) return bytes;
  // A results member given twice in one inventory may make two spans meet: joined into one.
  const merged: [number, number][] = [];
  for (const span of spans.sort((x, y) => x[0] - y[0])) {
    const last = merged[merged.length - 1];
    if (last && span[0] <= last[1]) last[1] = Math.max(last[1], span[1]);
    else merged.push([span[0], span[1]]);
  }
  let size = bytes.length;
  for (const [from, to] of merged) size -= to - from;
  const out = new Uint8Array(size);
  let at = 0;
  let from = 0;
  for (const [a, z] of merged) {
    out.set(bytes.subarray(from, a), at);
    at += a - from;
    from = z;
  }
  out.set(bytes.subarray(from), at);
  return out;
}
