/**
 * The data file a partner sends to the city with its report: the exchange format (docs/exchange-format.md)
 * with the computed results and traces of each year the report draws on, and the names of the files.
 */
import { hasErrors, type Issue } from '../../core/issues';
import type { EntryResult, InventoryResult } from '../../core/results';
import { type ExchangeFile, readExchange, writeExchange } from '../exchange';
import { fingerprint, type ReportData, type ReportYears } from './reportData';

/**
 * The exchange file of the report: the organization and the inventories of the years the report covers
 * (the fingerprint's years), each with its results. Results are written as plain JSON (entries with their
 * traces), so the object can be serialized, structured-cloned or compared as it is. Reading the file back
 * (readExchange) ignores the results and recomputes them; the fingerprint of its inputs equals the report's.
 * With a commitment, the file also carries each target's progress over these years (`targetProgress`,
 * computed like the results and ignored on reading the same way).
 */
export function cityFile(
  data: ReportData,
  file: ReportYears,
  results: readonly InventoryResult[],
  meta: { appVersion: string; exportedAt: string },
): ExchangeFile {
  const years = new Set(data.fingerprint.years);
  const pairs = file.inventories
    .map((inv, i) => ({ inv, result: results[i] }))
    .filter((p) => years.has(p.inv.year))
    .sort((a, b) => a.inv.year - b.inv.year);
  const inventories = pairs.map(({ inv: { results: _r, ...inv } }) => inv);
  const plain = pairs.map(({ result }) => {
    if (!result) throw new Error('A year of the report has no result');
    return plainResult(result);
  });
  const written = writeExchange(data.organization, inventories, meta, plain);
  // The targets' progress as the report computed it, for the city to count without recalculating.
  const progress = data.commitment?.targets.map((t) => t.progress) ?? [];
  return progress.length > 0 ? { ...written, targetProgress: progress } : written;
}

/** A city file that does not read back as the report it was made with: its problems (none: another fingerprint). */
export class CityFileError extends Error {
  constructor(readonly issues: readonly Issue[]) {
    super(`The city file does not read back as the report (${issues.length} problems)`);
    this.name = 'CityFileError';
  }
}

/**
 * The city file as the text handed over, read back first: it must read without errors and its inputs must
 * have the report's fingerprint, or CityFileError is thrown. The one place the app writes an exchange file
 * and reads it back: the results page evaluates the stored rows without a file (evaluateYear).
 */
export async function cityFileText(
  data: ReportData,
  file: ReportYears,
  results: readonly InventoryResult[],
  meta: { appVersion: string; exportedAt: string },
): Promise<string> {
  const text = JSON.stringify(cityFile(data, file, results, meta), null, 1);
  const back = readExchange(JSON.parse(text));
  if (!back.file || hasErrors(back.issues)) {
    throw new CityFileError(back.issues.filter((i) => i.severity === 'error'));
  }
  if ((await fingerprint(back.file, data.fingerprint.years)) !== data.fingerprint.hex)
    throw new CityFileError([]);
  return text;
}

/**
 * The result with its entries as plain objects (the core makes them lazily, with getters that JSON and
 * structured cloning would not see the same way): made once here rather than by a JSON round trip.
 */
function plainResult(result: InventoryResult): InventoryResult {
  const entries = result.entries.map((e) => {
    const lazy = e as EntryResult & { toJSON?: () => EntryResult };
    return typeof lazy.toJSON === 'function' ? lazy.toJSON() : e;
  });
  return { ...result, entries };
}

/** The longest slug of a partner's name in a file name; with the year and suffix the name stays short. */
const MAX_SLUG = 60;

/**
 * A partner's name as part of a file name that every common system accepts: letters (ä, ö, å and other
 * letters of any script) and digits kept, spaces and runs of other characters made one '-', characters
 * Windows, macOS or Linux refuse (< > : " / \ | ? * and control characters) dropped, no leading or
 * trailing dot or dash, at most 60 characters. An empty result becomes "kumppani".
 */
export function fileSlug(name: string): string {
  const cleaned = name
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}<>:"/\\|?*]/gu, '')
    .replace(/[^\p{L}\p{N}.]+/gu, '-')
    .replace(/\.{2,}/g, '.');
  // By code points, so a letter outside the Basic Multilingual Plane is never cut in half.
  const slug = Array.from(cleaned)
    .slice(0, MAX_SLUG)
    .join('')
    .replace(/^[-.]+|[-.]+$/g, '');
  return slug === '' ? 'kumppani' : slug;
}

/**
 * `<partner>-<year>-ilmastoraportti.<ext>`, in both languages: the issue fixes the Finnish word, and the city
 * receives the same name whichever language the partner uses.
 */
export function reportFileName(partner: string, year: number, ext: 'pdf' | 'json' | 'csv'): string {
  return `${fileSlug(partner)}-${year}-ilmastoraportti.${ext}`;
}
