/**
 * The data checklist PDF read back with pdftotext (issue 10): the bakery's documents in plain words with a
 * blank line for each figure, what is not relevant left out of the list, in Finnish and English.
 */
import { describe, expect, it } from 'vitest';
import { applyInterview } from '../../../src/core/interview';
import { suggestForSector } from '../../../src/core/sectorSuggestions';
import { interviewWord } from '../../../src/i18n/uiInterview';
import { renderChecklistPdf } from '../../../src/io/report/pdf/renderChecklist';
import { pdfPages, pdfWords, plain } from './pdfTools';

const answers = { ...suggestForSector('10.71')?.answers, fuels: 'gas', travel: 'yes', capital: 'no' };
const excluded = applyInterview({ excluded: [], entries: [] }, answers).exclude.map((x) => ({
  category: x.category,
  reason: interviewWord('fi', `ivR_${x.reason}`),
}));
const bakery = { name: 'Leipomo Pulla Oy', year: 2025, excluded, interview: { answers } };
/** pdftotext -layout breaks lines and pages: the text as one line of single spaces. */
const text = (bytes: Uint8Array) => plain(pdfPages(bytes).join(' ')).replace(/\s+/g, ' ');

describe('the data checklist PDF', () => {
  it("lists the bakery's documents in Finnish, each category with a blank line for its figure", () => {
    const bytes = renderChecklistPdf(bakery, 'fi');
    const t = text(bytes);
    expect(t).toContain('Tietolista: Leipomo Pulla Oy, vuosi 2025');
    expect(t).toContain('Sähköyhtiön verkkopalvelu tai vuoden sähkölaskut');
    expect(t).toContain('Kaukolämpöyhtiön julkaisema päästökerroin');
    expect(t).toContain('Kaasuyhtiön laskut');
    expect(t).toContain('Polttoainekorttien raportit');
    expect(t).toContain('Kylmälaitteiden huoltokirja');
    expect(t).toContain('F-kaasuasetus 2024/573, 7 artikla');
    expect(t).toContain('Matkatoimiston raportti');
    expect(t).toContain('Jäteyhtiön vuosiyhteenveto');
    expect(t).toContain('Kirjanpidon ostotilit');
    // One blank line per category listed: electricity, heat, category 3, van, gas, refrigerant, travel,
    // commuting, freight in, purchases, waste, end of life.
    expect(t.match(/Luku ja yksikkö: _{10,}/g)).toHaveLength(12);
    // Not relevant: not asked for, named once at the end.
    expect(t).not.toContain('Franchising-yrittäjien energian');
    expect(t).toMatch(/Näitä ei tarvita \(ei olennaisia\): .*Franchising/);
    expect(pdfWords(bytes).info.Title).toBe('Tietolista: Leipomo Pulla Oy, vuosi 2025');
  });

  it('says in English what to gather, and that a year without answers lists every category', () => {
    const t = text(renderChecklistPdf({ name: 'Office Ltd', year: 2025, excluded: [] }, 'en'));
    expect(t).toContain('Data checklist: Office Ltd, year 2025');
    expect(t).toContain('The opening questions have not been answered');
    expect(t).toContain("The accounting ledger's purchase accounts");
    expect(t.match(/Figure and unit: _{10,}/g)).toHaveLength(23);
    expect(t).toMatch(/page 1\/\d/);
  });
});
