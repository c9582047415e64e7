/**
 * The spreadsheet import at its limits (docs/bulk-entry.md, "Limits"): the largest import it takes (20,000
 * fuel-card rows read, columns suggested, drafts built), the largest file it reads (4 MiB, refused for its
 * rows after parsing) and a 4 MiB file of two encodings scanned line by line. Node, median of seven runs after
 * one warm-up. The times depend on the machine; what is judged is their ratio to a baseline measured in the
 * same run: decoding the same bytes and parsing them with papaparse alone (no separator or header detection,
 * no trimming, no checks), the floor of what the import builds on.
 */
import { performance } from 'node:perf_hooks';
import Papa from 'papaparse';
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../src/factors/builtinSets';
import { buildDrafts, decodeText, readTable, refuseTable, suggestMapping } from '../src/io/bulk';
import { MAX_FILE_BYTES, MAX_ROWS } from '../src/io/bulk/limits';
import { type Figure, info, median, relative } from './report';

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
  for (let i = 0; i < 7; i++) {
    const t = performance.now();
    fn();
    runs.push(performance.now() - t);
  }
  return median(runs);
}

/** The baseline: the bytes to text and the text to cells by the CSV parser alone, with nothing checked. */
const parseOnly = (bytes: Uint8Array) => () => {
  const text = new TextDecoder().decode(bytes);
  if (Papa.parse<string[]>(text, { delimiter: ';' }).data.length === 0) throw new Error('no rows');
};

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
  const largestParse = timed(parseOnly(new TextEncoder().encode(largest)));
  const fullParse = timed(parseOnly(full));
  const n = MAX_ROWS.toLocaleString('en-US');
  return [
    info(`bulk import: read, suggest, build ${n} rows`, drafts, 'ms'),
    info(`baseline: papaparse alone on the same ${n} rows`, largestParse, 'ms'),
    relative(`bulk import: ${n} rows to drafts ÷ papaparse alone`, drafts, largestParse, 15),
    info('bulk import: read and refuse a 4 MiB file', refused, 'ms'),
    info('baseline: papaparse alone on the same 4 MiB', fullParse, 'ms'),
    relative('bulk import: 4 MiB read and refused ÷ papaparse alone', refused, fullParse, 5),
    info('bulk import: find the lines of a 4 MiB mixed file', scanned, 'ms'),
    relative('bulk import: 4 MiB mixed file scanned ÷ papaparse alone', scanned, fullParse, 2.5),
  ];
}
