/**
 * The text of JSON.stringify(value, null, 2) in pieces. V8 caps a string at about 512 MB, which a year of
 * some 130,000 entries with traces reaches; in pieces, output of any size can be written, a piece at a time as
 * the reader takes it. Arrays and objects are opened down to `depth` levels (a file's entries), and each value
 * below is stringified whole and indented to its place.
 */

const omitted = (v: unknown) => v === undefined || typeof v === 'function' || typeof v === 'symbol';

export function* jsonChunks(value: unknown, depth = 5, indent = ''): Generator<string> {
  const open =
    depth > 0 &&
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { toJSON?: unknown }).toJSON !== 'function';
  if (!open) {
    const text = JSON.stringify(value, null, 2);
    yield indent ? text.replaceAll('\n', `\n${indent}`) : text;
    return;
  }
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) {
      yield '[]';
      return;
    }
    yield '[';
    for (const [i, v] of value.entries()) {
      yield `${i > 0 ? ',' : ''}\n${inner}`;
      if (omitted(v)) yield 'null';
      else yield* jsonChunks(v, depth - 1, inner);
    }
    yield `\n${indent}]`;
    return;
  }
  const fields = Object.entries(value).filter(([, v]) => !omitted(v));
  if (fields.length === 0) {
    yield '{}';
    return;
  }
  yield '{';
  for (const [i, [k, v]] of fields.entries()) {
    yield `${i > 0 ? ',' : ''}\n${inner}${JSON.stringify(k)}: `;
    yield* jsonChunks(v, depth - 1, inner);
  }
  yield `\n${indent}}`;
}
