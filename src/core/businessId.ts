/**
 * Finnish business ID (Y-tunnus): seven digits, a hyphen and a check digit. The check digit is
 * 11 − (Σ digit × weight mod 11) with weights 7, 9, 10, 5, 8, 4, 2; remainder 0 gives 0, remainder 1 is
 * never issued (Finnish Tax Administration / PRH, "Y-tunnuksen tarkistusmerkki").
 */
const WEIGHTS = [7, 9, 10, 5, 8, 4, 2];

export function businessIdCheckDigit(first7: string): number | null {
  if (!/^\d{7}$/.test(first7)) return null;
  let sum = 0;
  for (let i = 0; i < 7; i++) sum += Number(first7[i]) * (WEIGHTS[i] as number);
  const r = sum % 11;
  if (r === 0) return 0;
  if (r === 1) return null;
  return 11 - r;
}

/**
 * Accepts exactly "1234567-8" (older six-digit IDs are written with a leading zero, "0123456-7"). Spaces are
 * not accepted: what is stored must be the ID itself; the form trims what the user types.
 */
export function isValidBusinessId(id: string): boolean {
  const m = /^(\d{7})-(\d)$/.exec(id);
  if (!m) return false;
  const check = businessIdCheckDigit(m[1] as string);
  return check !== null && check === Number(m[2]);
}
