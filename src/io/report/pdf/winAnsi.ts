/**
 * Text for the PDF's standard fonts (Helvetica, WinAnsiEncoding). Finnish letters, €, dashes, ² and ³ are in
 * the encoding; the few characters the app's own formatting produces outside it are mapped to what they
 * look like, and anything else a user typed is reduced to its base letters (Č → C, đ → d) or shown as "?".
 * Why not an embedded font: docs/report-pdf.md.
 */

/** The characters of Windows-1252 above Latin-1's control range (0x80–0x9F), which the standard fonts encode. */
const CP1252_EXTRA = '€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ';

const MAPPED: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (grouping in some locales) → no-break space
  '\u2009': ' ', // thin space
  '\u2007': '\u00a0', // figure space
  '\u2212': '-', // minus sign (fi-FI negative numbers) → hyphen-minus
  '\u2010': '-',
  '\u2011': '-',
  '\u2192': '->',
  '\u2264': '<=',
  '\u2265': '>=',
};

/**
 * Letters with a stroke or of their own shape, which have no decomposition: their base letter, so a Sámi or
 * Polish name stays recognisable (Giđđa → Gidda) instead of turning into question marks.
 */
const BASE_LETTER: Record<string, string> = {
  đ: 'd',
  Đ: 'D',
  ŋ: 'n',
  Ŋ: 'N',
  ŧ: 't',
  Ŧ: 'T',
  ʒ: 'z',
  Ʒ: 'Z',
  ǥ: 'g',
  Ǥ: 'G',
  ł: 'l',
  Ł: 'L',
  ħ: 'h',
  Ħ: 'H',
  ı: 'i',
  ƀ: 'b',
  ɨ: 'i',
};

function encodable(c: string): boolean {
  const code = c.codePointAt(0) ?? 0;
  if (code === 0x09 || code === 0x0a) return true;
  if (code >= 0x20 && code <= 0x7e) return true;
  if (code >= 0xa0 && code <= 0xff) return true;
  return CP1252_EXTRA.includes(c);
}

const cache = new Map<string, string>();

function mapChar(c: string): string {
  const hit = cache.get(c);
  if (hit !== undefined) return hit;
  let out = MAPPED[c];
  if (out === undefined) {
    // Compatibility decomposition: ₂ → 2, ﬁ → fi, Č → C + combining caron (the mark is dropped); a letter
    // left without one in the font by its base letter (ǯ → ʒ + caron → z).
    const parts = [...c.normalize('NFKD')].map((p) => (encodable(p) ? p : (BASE_LETTER[p] ?? ''))).join('');
    out = parts.length > 0 ? parts : '?';
  }
  cache.set(c, out);
  return out;
}

/** The text as the standard fonts can show it. Characters already in WinAnsi are kept as they are. */
export function pdfText(s: string): string {
  let out = '';
  for (const c of s) out += encodable(c) ? c : mapChar(c);
  return out;
}
