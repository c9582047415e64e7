/**
 * Shares in the CSV are fractions (unit "fraction"), never per cent: their measure names no "%" so that a
 * change of -0.152 cannot be read as -0.152 %, while the PDF and the screen write the same value as -15,2 %.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { BOM } from '../../../src/io/csv';
import { type CSV_HEADER, reportCsv } from '../../../src/io/report/csv';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { partnerYears } from './partnerYears';

type Line = Record<(typeof CSV_HEADER)[number], string>;

describe.each(['fi', 'sv', 'en'] as const)('shares in the report CSV (%s)', (lang) => {
  it('are fractions whose measure does not say per cent', async () => {
    const { data } = await partnerYears();
    const text = reportCsv(data, lang);
    const lines = Papa.parse<Line>(text.slice(BOM.length), {
      header: true,
      delimiter: lang === 'en' ? ',' : ';',
      skipEmptyLines: true,
    }).data;
    const shares = lines.filter((l) => l.unit === 'fraction');
    // The comparison's relative change is among them; its title on screen and in the PDF is "Change (%)".
    expect(shares.some((l) => l.column === 'relative')).toBe(true);
    const titled = reportTables(data, lang).flatMap((t) => t.columns.filter((c) => c.id === 'relative'));
    expect(titled.some((c) => c.title.includes('%'))).toBe(true);
    for (const l of shares) {
      expect(l.measure, `${l.table}/${l.row}/${l.column}`).not.toContain('%');
      expect(l.measure.trim()).not.toBe('');
      const v = Number(lang === 'en' ? l.value : l.value.replace(',', '.'));
      // A fraction, not a per cent: a share of a total is at most 1 (a change may exceed it, within reason).
      if (l.column !== 'relative') expect(Math.abs(v)).toBeLessThanOrEqual(1);
    }
  });
});
