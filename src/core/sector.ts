/**
 * The partner's industry as a Statistics Finland TOL 2008 code: its form, and whether its division exists.
 * The names of the codes are words (src/i18n/tol2008.ts); the core knows only the codes' shape.
 */

/** A section letter or a 2–5 digit code, with or without its dot ("62010", "62.01", "10.71", "C"). */
export const TOL_PATTERN = /^([A-U]|\d{2}(\.?\d{1,3})?)$/;

/**
 * TOL 2008's 88 divisions (NACE Rev. 2's): 01–99 without the numbers the classification leaves unused.
 * Source: Statistics Finland, Toimialaluokitus TOL 2008 (see src/i18n/tol2008.ts).
 */
const UNUSED_DIVISIONS = new Set([4, 34, 40, 44, 48, 54, 57, 67, 76, 83, 89]);

export function isTolDivision(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= 99 && !UNUSED_DIVISIONS.has(n);
}

/** TOL 2008 sections by their first and last two-digit division (Statistics Finland, as above). */
const SECTION_RANGES: readonly (readonly [section: string, first: number, last: number])[] = [
  ['A', 1, 3],
  ['B', 5, 9],
  ['C', 10, 33],
  ['D', 35, 35],
  ['E', 36, 39],
  ['F', 41, 43],
  ['G', 45, 47],
  ['H', 49, 53],
  ['I', 55, 56],
  ['J', 58, 63],
  ['K', 64, 66],
  ['L', 68, 68],
  ['M', 69, 75],
  ['N', 77, 82],
  ['O', 84, 84],
  ['P', 85, 85],
  ['Q', 86, 88],
  ['R', 90, 93],
  ['S', 94, 96],
  ['T', 97, 98],
  ['U', 99, 99],
];

/** The section letter of a two-digit division (10 → "C"), or undefined outside TOL 2008's ranges. */
export function tolSectionOf(division: number): string | undefined {
  return SECTION_RANGES.find(([, first, last]) => division >= first && division <= last)?.[0];
}

/**
 * The TOL 2008 section letter of a partner's sector code ("62010" → "J", "C" → "C"), or undefined when the
 * code is absent or not in TOL's form: the network figures group partners by it.
 */
export function tolSectionOfCode(code: string | undefined): string | undefined {
  if (code === undefined || sectorCodeProblem(code) !== undefined) return undefined;
  return /^[A-U]$/.test(code) ? code : tolSectionOf(Number(code.slice(0, 2)));
}

/**
 * What is wrong with a sector code as the partner typed it: `form` (not a letter or digits in TOL's form),
 * `division` (digits whose division TOL 2008 does not have), or nothing.
 */
export function sectorCodeProblem(code: string): 'form' | 'division' | undefined {
  if (!TOL_PATTERN.test(code)) return 'form';
  if (/^\d/.test(code) && !isTolDivision(Number(code.slice(0, 2)))) return 'division';
  return undefined;
}

/**
 * Fields of the partner's details that no figure of a report depends on: a problem in one of them is a warning
 * beside the field, never a reason to refuse the results (issue 10). The report leaves such a field out.
 */
export const OPTIONAL_ORGANIZATION_FIELDS = ['businessId', 'sector', 'municipality'] as const;
