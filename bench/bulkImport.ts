/**
 * The spreadsheet import at its limits (docs/bulk-entry.md, "Limits"): the largest import it takes (20,000
 * fuel-card rows read, columns suggested, drafts built), the largest file it reads (4 MiB, refused for its
 * rows after parsing) and a 4 MiB file of two encodings scanned line by line. Node, median of three runs after
 * one warm-up.
 */
import { performance } from 'node:perf_hooks';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';
import { buildDrafts, decodeText, readTable, refuseTable, suggestMapping } from '../src/io/bulk';
import { MAX_FILE_BYTES, MAX_ROWS } from '../src/io/bulk/limits';
import { type Figure, median } from './report';

const HEADER = 'Päivämäärä;Rekisterinumero;Polttoaine;Litrat;Hinta (€)';
const row = (i: number) =>
  `${(i % 28) + 1}.${(i % 12) + 1}.2024;ABC-${i % 1000};Diesel;${(i % 900) + 10},25;${i % 2000},71`;

function fuelCard(rows: number): string {
  return [HEADER, ...Array.from({ length: rows }, (_, i) => row(i))].join('\r\n');
}

/** Rows until the file is as large as the limit allows. */
function fullFile(): Uint8Array {
  const lines = [HEADER];
  let size = HEADER.length;
  for (let i = 0; size + 80 < MAX_FILE_BYTES; i++) {
    const l = row(i);
    lines.push(l);
    size += l.length + 2;
  }
  return new TextEncoder().encode(lines.join('\r\n'));
}

function timed(fn: () => void): number {
  fn();
  const runs: number[] = [];
  for (let i = 0; i < 3; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

export async function bulkImportFigures(): Promise<Figure[]> {
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const largest = fuelCard(MAX_ROWS);
  const drafts = timed(() => {
    const table = readTable(largest);
    if (refuseTable(table)) throw new Error('the largest import was refused');
    const mapping = suggestMapping(table);
    buildDrafts(table, mapping, {
      lang: 'fi',
      year: 2024,
      category: 's1.mobile',
      set,
      activity: '',
      activityByValue: { Diesel: 'vehicle-fuel.diesel' },
      unit: 'auto',
      convention: 'auto',
      siteByValue: {},
      sourceNote: 'bench.csv',
    });
  });
  const full = fullFile();
  const refused = timed(() => {
    if (!refuseTable(readTable(decodeText(full).text))) throw new Error('a 4 MiB file was not refused');
  });
  const mixed = new Uint8Array(full);
  // One Windows-1252 "ä" at the start of a line in the middle: the rest is UTF-8 ("Päivämäärä", "€").
  mixed[mixed.indexOf(0x0a, mixed.length >> 1) + 1] = 0xe4;
  const scanned = timed(() => {
    if (decodeText(mixed).encoding !== 'mixed') throw new Error('a file of two encodings was not found out');
  });
  return [
    {
      name: `bulk import: read, suggest, build ${MAX_ROWS} rows`,
      value: drafts,
      unit: 'ms',
      budget: 1500,
      kind: 'max',
    },
    {
      name: 'bulk import: read and refuse a 4 MiB file',
      value: refused,
      unit: 'ms',
      budget: 1500,
      kind: 'max',
    },
    {
      name: 'bulk import: find the lines of a 4 MiB mixed file',
      value: scanned,
      unit: 'ms',
      budget: 1000,
      kind: 'max',
    },
  ];
}
