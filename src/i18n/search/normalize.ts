/**
 * Text to search words: lower case, å ä ö kept (they are letters of their own in Finnish and Swedish: "sähkö"
 * is not "sahko"), other languages' diacritics folded ("Gás" → "gas", "Müller" → "muller"), and words split
 * at anything that is not a letter or a digit. A hyphenated word ("raaka-aine", "R-404A") is also kept
 * whole without its hyphens, so "raaka-aine" and "r404a" find it as they are often typed.
 */

const KEPT = new Set(['å', 'ä', 'ö']);
const LIGATURES: Record<string, string> = { æ: 'ä', ø: 'ö', ß: 'ss', œ: 'oe', ł: 'l', đ: 'd', þ: 'th' };

/** Text that needs nothing but lower case: printable ASCII, å, ä and ö (nearly every name and keyword). */
const PLAIN = /^[ -~åäöÅÄÖ]*$/;

/** Lower case with diacritics folded except å, ä and ö. */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  if (PLAIN.test(lower)) return lower;
  let out = '';
  for (const ch of lower) {
    if (KEPT.has(ch)) out += ch;
    else out += LIGATURES[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '');
  }
  return out;
}

const WORD = /[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu;

/** The words of a text, normalized; a hyphenated word gives its parts and its parts joined. */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const m of normalize(text).matchAll(WORD)) {
    const parts = m[0].split('-');
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

/**
 * The words of what someone typed: a hyphenated word stays one word, joined ("raaka-aine" → "raakaaine"),
 * so that every typed word must be found.
 */
export function queryWords(text: string): string[] {
  return [...normalize(text).matchAll(WORD)].map((m) => m[0].split('-').join(''));
}

const KEPT_LETTER = /[åäö]/;
const ASCII: Record<string, string> = { å: 'a', ä: 'a', ö: 'o' };

/** Whether a normalized word has å, ä or ö. */
export function hasKeptLetter(word: string): boolean {
  return KEPT_LETTER.test(word);
}

/**
 * A normalized word with å, ä and ö written as a, a and o: how it is typed on a keyboard without them
 * ("fjarrvarme", "sahko"). Only a word typed so is compared with the words so written, and below the letters'
 * own matches (search.ts), so å, ä and ö stay letters of their own in the order of the results.
 */
export function ascii(word: string): string {
  return word.replace(/[åäö]/g, (ch) => ASCII[ch] as string);
}
