/**
 * The coordinator's received files as partners (issue 13): each partner's newest file and its years as
 * receivedYears.ts chooses them, and the groups a partner falls in (TOL section, size band). Pure: the network figures
 * (networkFigures.ts), the partner table and the network summary all start from `networkPartners`.
 */
import type { ReceivedFileSummary } from './network';
import { type CurrentYear, latestFiles, newerExport, receivedYears } from './receivedYears';
import { tolSectionOfCode } from './sector';

export interface NetworkPartner {
  /** The partner's business ID, else its normalized name (ReceivedFileSummary.partnerKey). */
  key: string;
  /**
   * The partner's newest file: its name, sector, joining date, targets and actions are the partner's now.
   * A year it does not hold still comes from an older file (`years`).
   */
  latest: ReceivedFileSummary;
  /** Each year any of its files holds, from the newest export that holds it (receivedYears). */
  years: ReadonlyMap<number, CurrentYear>;
  /** Every file received of the partner, newest first. */
  files: ReceivedFileSummary[];
}

/**
 * The partners of the received files in the order of their names (then keys): for each, its newest file and,
 * for each year its files hold, the year from the newest export that holds it (the rule of receivedYears.ts).
 */
export function networkPartners(files: readonly ReceivedFileSummary[]): NetworkPartner[] {
  const { partners: years } = receivedYears(files);
  const latest = latestFiles(files);
  const byKey = new Map<string, ReceivedFileSummary[]>();
  for (const f of files) {
    const list = byKey.get(f.partnerKey);
    if (list) list.push(f);
    else byKey.set(f.partnerKey, [f]);
  }
  const partners: NetworkPartner[] = [];
  for (const [key, list] of byKey) {
    partners.push({
      key,
      latest: latest.get(key) as ReceivedFileSummary,
      years: years.get(key) ?? new Map(),
      files: [...list].sort((a, b) => (newerExport(a, b) ? -1 : newerExport(b, a) ? 1 : 0)),
    });
  }
  return partners.sort(
    (a, b) => a.latest.partner.name.localeCompare(b.latest.partner.name, 'fi') || (a.key < b.key ? -1 : 1),
  );
}

/** The calendar year of a "YYYY-MM-DD" date or an ISO timestamp as written (UTC for the files the app writes). */
export function calendarYear(date: string | undefined): number | undefined {
  const m = date === undefined ? null : /^(\d{4})-\d{2}-\d{2}/.exec(date);
  return m ? Number(m[1]) : undefined;
}

/** The year the partner joined the network, from its newest file's commitment; undefined when not given. */
export function joinedYear(p: NetworkPartner): number | undefined {
  return calendarYear(p.latest.partner.joinedOn);
}

/** The partner's TOL 2008 section letter, or 'unknown' when its sector is not given or not a TOL code. */
export function sectionOf(p: NetworkPartner): string {
  return tolSectionOfCode(p.latest.partner.sector) ?? 'unknown';
}

/**
 * Size bands by headcount in full-time equivalents, the staff criterion of the EU's SME definition (Commission
 * Recommendation 2003/361/EC, Annex, article 2: micro < 10, small < 50, medium < 250 persons in annual work
 * units; https://eur-lex.europa.eu/eli/reco/2003/361/oj). Turnover and balance sheet, the definition's other
 * criteria, are not used: a partner's file does not always carry them.
 */
export const SIZE_BANDS = ['micro', 'small', 'medium', 'large', 'unknown'] as const;
export type SizeBand = (typeof SIZE_BANDS)[number];

/** The size band of a year's FTE; 'unknown' when the year gives none. */
export function sizeBandOf(fte: number | undefined): SizeBand {
  if (fte === undefined || !Number.isFinite(fte) || fte < 0) return 'unknown';
  if (fte < 10) return 'micro';
  if (fte < 50) return 'small';
  if (fte < 250) return 'medium';
  return 'large';
}
