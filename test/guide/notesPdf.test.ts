/**
 * Session notes in the report (issue 10, item 4): read from a file, carried into the report data, and listed in
 * the PDF's method section (read back with pdftotext) with who wrote them and how many entries they concern.
 */
import { describe, expect, it } from 'vitest';
import type { CustomFactor, Entry, Inventory } from '../../src/core/inventory';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { writeExchange } from '../../src/io/exchange';
import { renderReportPdf } from '../../src/io/report/pdf/renderReport';
import { buildReportData } from '../../src/io/report/reportData';
import { inventory } from '../helpers';
import { pdfPages, plain } from '../io/report/pdfTools';

const heat: CustomFactor = {
  id: 'heat',
  name: 'Kaukolämpö, paikallinen',
  unit: 'kWh',
  value: { co2e: 0.2 },
  year: 2024,
  source: 'test supplier',
};
const entry = {
  id: 'e1',
  category: 's2.heat',
  activity: 'custom',
  customFactor: 'heat',
  quantity: 10_000,
  unit: 'kWh',
} as Entry;

async function pdfText(inv: Inventory): Promise<string> {
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const file = writeExchange({ name: 'Leipomo Oy', sites: [] }, [inv], {
    appVersion: 't',
    exportedAt: '2025-01-01T00:00:00Z',
  });
  const ev = await evaluateExchange(JSON.parse(JSON.stringify(file)), async () => set);
  if (!ev.ok) throw new Error(JSON.stringify(ev.issues.slice(0, 3)));
  const data = await buildReportData(ev, 2024, [set], { appVersion: 't', createdAt: '2025-01-02T00:00:00Z' });
  expect(data.inventory.notes).toEqual(inv.notes);
  return plain(pdfPages(renderReportPdf(data, 'fi')).join('\n')).replace(/\s+/g, ' ');
}

describe('session notes in the PDF', () => {
  it('are listed in the method section with the author and the entries they concern', async () => {
    const inv = inventory([entry], {
      customFactors: [heat],
      notes: [
        {
          id: 'n1',
          at: '2024-12-01T09:00:00.000Z',
          author: 'Opiskelija Olli',
          text: 'Kaukolämpö arvioitu edellisen vuoden laskusta',
          entries: ['e1'],
        },
      ],
    });
    const text = await pdfText(inv);
    expect(text).toContain('Istunnon muistiinpanot ja oletukset');
    expect(text).toContain('Opiskelija Olli, koskee 1 kirjausta');
    expect(text).toContain('Kaukolämpö arvioitu edellisen vuoden laskusta');
  });

  it('are not mentioned when the year has none', async () => {
    const text = await pdfText(inventory([entry], { customFactors: [heat] }));
    expect(text).not.toContain('Istunnon muistiinpanot');
  });
});
