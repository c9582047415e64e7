/**
 * The accessibility statement tells what the PDF does with characters (issue 15): which show as they are and
 * which are simplified, with examples. Each example it names must be what the report's text mapping does, in
 * every language, so the statement cannot drift from src/io/report/pdf/winAnsi.ts.
 */
import { describe, expect, it } from 'vitest';
import { STATEMENT_UI } from '../../src/i18n/uiStatement';
import { pdfText } from '../../src/io/report/pdf/winAnsi';

const LANGS = ['fi', 'en', 'sv'] as const;
// What the statement says is kept as typed: the Finnish and Swedish letters, €, ² and ³.
const KEPT = 'åäöÅÄÖšžŠŽ€²³';
// What it says is simplified, and to what.
const SIMPLIFIED: [string, string][] = [
  ['₂', '2'],
  ['Č', 'C'],
  ['đ', 'd'],
  ['Ω', '?'],
];

describe('the statement on the PDF’s characters', () => {
  it('keeps the characters it says are shown correctly', () => {
    expect(pdfText(KEPT)).toBe(KEPT);
  });

  it.each(SIMPLIFIED)('simplifies %s to %s as the statement says', (from, to) => {
    expect(pdfText(from)).toBe(to);
  });

  it.each(LANGS)('names the character set and each example in %s', (lang) => {
    const text = STATEMENT_UI[lang].stGapPdf;
    expect(text).toContain('Windows-1252');
    for (const c of ['€', '²', '³']) expect(text).toContain(c);
    for (const [from, to] of SIMPLIFIED) {
      expect(text).toContain(from);
      // The result is named too: the digit or letter itself, or a question mark in words.
      if (to !== '?') expect(text).toMatch(new RegExp(`${from}[^.]*\\b${to}\\b`));
    }
    // No vague claim that special characters may show wrongly.
    expect(text).not.toMatch(/erikoismerkit|special characters|specialtecken/i);
  });
});
