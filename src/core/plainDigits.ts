/**
 * Every digit of a number, without an exponent: "1e-22" → "0.0000000000000000000001", "1e+21" → "1" and 21
 * zeros. The digits are JavaScript's shortest form of the number, so reading them back gives the same number.
 * In the core because the written-out calculation (formula.ts) needs it as much as the input fields do, and
 * no reader of either is expected to read 1e-6 (issue 11: no exponent notation in any language).
 */
export function plainDigits(n: number): string {
  const t = String(n);
  const m = /^(-?)(\d+)(?:\.(\d+))?e([+-]\d+)$/.exec(t);
  if (!m) return t;
  const sign = m[1] ?? '';
  const int = m[2] ?? '';
  const digits = int + (m[3] ?? '');
  const point = int.length + Number(m[4]);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
}
