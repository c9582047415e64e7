/**
 * Where a text stops being JSON. V8's messages give a position for some syntax errors and only a snippet
 * for others ("Unexpected token '}', ... is not valid JSON"), in English; this scanner follows the JSON
 * grammar (RFC 8259, as JSON.parse accepts it) to find the first offending character, so the command line can
 * say where a file broke in the user's language. It runs only after JSON.parse has failed, and keeps its own
 * stack of open brackets, so a file nested a million levels deep cannot overflow the call stack.
 */

export interface JsonBreak {
  /** Offset (UTF-16 code units) of the first character that cannot be there, or the text's length. */
  offset: number;
  /** The text ended while a value was still open. */
  atEnd: boolean;
}

const isWs = (c: number) => c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
const isDigit = (c: number) => c >= 0x30 && c <= 0x39;
const isHex = (c: number) => isDigit(c) || (c >= 0x41 && c <= 0x46) || (c >= 0x61 && c <= 0x66);
const ESCAPES = new Set('"\\/bfnrtu'.split('').map((c) => c.charCodeAt(0)));

/** Undefined when the text is JSON. */
export function jsonBreak(text: string): JsonBreak | undefined {
  const n = text.length;
  const at = (offset: number): JsonBreak => ({ offset, atEnd: offset >= n });
  const code = (i: number) => (i < n ? text.charCodeAt(i) : -1);
  let i = 0;
  const skipWs = () => {
    while (i < n && isWs(text.charCodeAt(i))) i++;
  };

  /** From an opening quote to after the closing one; the offset of the problem, if any. */
  const string = (): number | undefined => {
    i++;
    for (;;) {
      const c = code(i);
      if (c === -1 || c < 0x20) return i;
      if (c === 0x22) {
        i++;
        return undefined;
      }
      if (c === 0x5c) {
        const e = code(i + 1);
        if (!ESCAPES.has(e)) return i + 1;
        if (e === 0x75) {
          for (let k = 2; k < 6; k++) if (!isHex(code(i + k))) return i + k;
          i += 6;
        } else i += 2;
      } else i++;
    }
  };

  const digits = (): number | undefined => {
    if (!isDigit(code(i))) return i;
    while (isDigit(code(i))) i++;
    return undefined;
  };

  const number = (): number | undefined => {
    if (code(i) === 0x2d) i++;
    if (code(i) === 0x30) i++;
    else {
      const bad = digits();
      if (bad !== undefined) return bad;
    }
    if (code(i) === 0x2e) {
      i++;
      const bad = digits();
      if (bad !== undefined) return bad;
    }
    if (code(i) === 0x65 || code(i) === 0x45) {
      i++;
      if (code(i) === 0x2b || code(i) === 0x2d) i++;
      return digits();
    }
    return undefined;
  };

  const literal = (word: string): number | undefined => {
    for (let k = 0; k < word.length; k++) if (code(i + k) !== word.charCodeAt(k)) return i + k;
    i += word.length;
    return undefined;
  };

  /** A member's name and colon, after "{" or ",". */
  const key = (): number | undefined => {
    skipWs();
    if (code(i) !== 0x22) return i;
    const bad = string();
    if (bad !== undefined) return bad;
    skipWs();
    if (code(i) !== 0x3a) return i;
    i++;
    return undefined;
  };

  const open: number[] = [];
  let wantValue = true;
  for (;;) {
    skipWs();
    const c = code(i);
    if (wantValue) {
      let bad: number | undefined;
      if (c === 0x7b || c === 0x5b) {
        i++;
        skipWs();
        if (code(i) === c + 2) {
          i++;
          wantValue = false;
          continue;
        }
        open.push(c);
        if (c === 0x7b) bad = key();
      } else {
        if (c === 0x22) bad = string();
        else if (c === 0x2d || isDigit(c)) bad = number();
        else if (c === 0x74) bad = literal('true');
        else if (c === 0x66) bad = literal('false');
        else if (c === 0x6e) bad = literal('null');
        else bad = i;
        wantValue = false;
      }
      if (bad !== undefined) return at(bad);
      continue;
    }
    const top = open[open.length - 1];
    if (top === undefined) return i < n ? at(i) : undefined;
    if (c === 0x2c) {
      i++;
      wantValue = true;
      if (top === 0x7b) {
        const bad = key();
        if (bad !== undefined) return at(bad);
      }
    } else if (c === top + 2) {
      i++;
      open.pop();
    } else return at(i);
  }
}

/** 1-based line and column of an offset, as editors count them. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let start = 0;
  for (let k = text.indexOf('\n'); k !== -1 && k < offset; k = text.indexOf('\n', k + 1)) {
    line++;
    start = k + 1;
  }
  return { line, column: offset - start + 1 };
}
