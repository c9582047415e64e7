/**
 * A narrow PDF column header breaks before its unit, never inside it (found in a Swedish report, issue 15:
 * "Platsbaserat (t" over "CO2e)"). The header cells of a CO2e column join the unit's parts with a no-break
 * space, and the writer's wrapping keeps such a unit on one line.
 */
import { describe, expect, it } from 'vitest';
import { toPdfTable } from '../../../src/io/report/pdf/cells';
import { PdfWriter } from '../../../src/io/report/pdf/writer';
import type { TableColumn } from '../../../src/io/report/tables/types';

const columns: TableColumn[] = [
  { id: 'item', title: 'Objekt', kind: 'text' },
  { id: 'location', title: 'Platsbaserat (kg CO2e)', kind: 'kgco2e' },
  { id: 'market', title: 'Marknadsbaserat (kg CO2e)', kind: 'kgco2e' },
  { id: 'mass', title: 'Massa, platsbaserat (kg)', kind: 'kg' },
];

describe('a CO2e column header in the PDF', () => {
  const table = toPdfTable({ columns, rows: [], notes: [] } as never, 'sv');
  const headers = table.columns.map((c) => c.header);

  it('names tonnes with the unit joined by a no-break space', () => {
    expect(headers).toContain('Platsbaserat (t\u00a0CO2e)');
    expect(headers).toContain('Marknadsbaserat (t\u00a0CO2e)');
    expect(headers).toContain('Massa, platsbaserat (kg)');
  });

  it('wraps before the unit at a width where the label and "(t" would fit', () => {
    const w = new PdfWriter({
      title: 'T',
      subject: 'S',
      author: 'Päästölaskuri',
      creator: 'test',
      lang: 'sv',
    });
    const header = 'Platsbaserat (t\u00a0CO2e)';
    // Room for "Platsbaserat (t" but not for the whole title: the old header broke inside the unit here.
    const width = (w.textWidth('Platsbaserat (t') + w.textWidth(header)) / 2;
    const lines = w.wrap(header, width).map((l) => l.trim());
    expect(lines).toEqual(['Platsbaserat', '(t\u00a0CO2e)']);
  });
});
