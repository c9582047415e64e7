/**
 * Which received file speaks for each partner's year (issue 13): a partner (by its key) may send a year in more
 * than one file, a correction after the first. The newest export wins; the others' copies of that year are
 * superseded and listed as such. Worked out from the stored summaries whenever they are read, so removing the
 * newer file (or undoing an addition) brings the older one's years back without anything to update.
 */
import type { ReceivedFileSummary, YearSummary } from './network';

/** A partner's year as the network counts it, and the file it comes from. */
export interface CurrentYear {
  file: ReceivedFileSummary;
  year: YearSummary;
}

/** A year of a file that a newer export of the same partner's year replaces. */
export interface SupersededYear {
  file: ReceivedFileSummary;
  year: number;
  by: ReceivedFileSummary;
}

export interface ReceivedYears {
  /** By partner key, then year. */
  partners: Map<string, Map<number, CurrentYear>>;
  /** In the order of the files given, then by year. */
  superseded: SupersededYear[];
}

/**
 * Whether `a` is the newer export of the two: by the file's export time; a file without one (or with one
 * that does not parse) is older than any with one; between equal export times, the one received later; then by id, so the choice never depends on
 * the order the files are read in.
 */
export function newerExport(a: ReceivedFileSummary, b: ReceivedFileSummary): boolean {
  const ea = exportTime(a);
  const eb = exportTime(b);
  if (ea !== eb) return ea > eb;
  if (a.receivedAt !== b.receivedAt) return a.receivedAt > b.receivedAt;
  return a.id > b.id;
}

/**
 * A file's export time in ms; one without it, or with one that is no time (the reader checks its shape only:
 * "2025-13-45T…"), is older than any: NaN would make neither of two files the newer, and the choice depend
 * on the order the files are read in.
 */
function exportTime(f: ReceivedFileSummary): number {
  const t = f.exportedAt === undefined ? Number.NaN : Date.parse(f.exportedAt);
  return Number.isNaN(t) ? Number.NEGATIVE_INFINITY : t;
}

/** Each partner's years from the newest export that holds them, and the years superseded. */
export function receivedYears(files: readonly ReceivedFileSummary[]): ReceivedYears {
  const partners = new Map<string, Map<number, CurrentYear>>();
  for (const file of files) {
    let years = partners.get(file.partnerKey);
    if (!years) {
      years = new Map();
      partners.set(file.partnerKey, years);
    }
    for (const year of file.years) {
      const held = years.get(year.year);
      if (!held || newerExport(file, held.file)) years.set(year.year, { file, year });
    }
  }
  const superseded: SupersededYear[] = [];
  for (const file of files) {
    const years = partners.get(file.partnerKey);
    for (const y of file.years) {
      const by = years?.get(y.year)?.file;
      if (by && by !== file) superseded.push({ file, year: y.year, by });
    }
  }
  return { partners, superseded };
}

/**
 * The newest file of each partner: its name, sector and commitment as last sent. A partner's details and
 * targets are the latest export's even when an older file holds a year the newer one left out.
 */
export function latestFiles(files: readonly ReceivedFileSummary[]): Map<string, ReceivedFileSummary> {
  const out = new Map<string, ReceivedFileSummary>();
  for (const f of files) {
    const held = out.get(f.partnerKey);
    if (!held || newerExport(f, held)) out.set(f.partnerKey, f);
  }
  return out;
}

/** A partner's key: its business ID, else its name in lower case with its spaces collapsed. */
export function partnerKeyOf(org: { name: string; businessId?: string }): string {
  return org.businessId ?? org.name.normalize('NFC').toLowerCase().replace(/\s+/g, ' ').trim();
}
