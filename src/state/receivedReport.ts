/**
 * A received partner file's report, read-only, on the coordinator's device (issue 13): the file that counts
 * for the partner's year (its newest export), its stored inputs decompressed and read as an exchange file,
 * and the year evaluated and reported by the one evaluation (strict), as the partner's own results page
 * makes it. Nothing is written.
 */

import { newerExport } from '../core/receivedYears';
import { receivedInputsOf, receivedOfPartner } from '../db/receivedReads';
import type { ReceivedFileRow } from '../db/rows';
import type { PaastoDb } from '../db/schema';
import { readExchange } from '../io/exchange';
import { gunzipText } from '../io/network/gzip';
import { db } from './database';
import { reportOfInventories, type YearReport } from './reportYear';

export type ReceivedReport =
  | { found: false }
  | {
      found: true;
      /** The received file the report is made from. */
      file: Pick<ReceivedFileRow, 'id' | 'fileName' | 'receivedAt' | 'exportedAt' | 'partner'>;
      report: YearReport;
    };

/**
 * Of a partner's files holding `year`, the one that counts: the newest export, by the rule the network's
 * figures use (src/core/receivedYears.ts).
 */
export function fileOfYear(files: readonly ReceivedFileRow[], year: number): ReceivedFileRow | undefined {
  let best: ReceivedFileRow | undefined;
  for (const f of files) {
    if (f.years.some((y) => y.year === year) && (!best || newerExport(f, best))) best = f;
  }
  return best;
}

export async function receivedReport(
  partnerKey: string,
  year: number,
  meta: { appVersion: string; createdAt: string },
  database: PaastoDb = db,
): Promise<ReceivedReport> {
  const file = fileOfYear(await receivedOfPartner(database, partnerKey), year);
  const gzip = file && (await receivedInputsOf(database, file.id));
  if (!file || !gzip) return { found: false };
  const { id, fileName, receivedAt, exportedAt, partner } = file;
  const about = { id, fileName, receivedAt, partner, ...(exportedAt ? { exportedAt } : {}) };
  const read = readExchange(JSON.parse(await gunzipText(gzip)));
  if (!read.file)
    return { found: true, file: about, report: { ok: false, issues: read.issues, unfinished: 0 } };
  const report = await reportOfInventories(read.file.organization, read.file.inventories, year, meta, {
    database,
  });
  return { found: true, file: about, report };
}
