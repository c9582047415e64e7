/**
 * The coordinator's partner table (issue 13), one row a partner for a chosen year: its sector and size band,
 * the year's totals (both Scope 2 methods), how many categories it has gone through, where its targets stand
 * and when it last reported. Raw values; the dashboard's table and the named publication format them.
 */

import { footprintOf, standing } from './networkFigures';
import type { NetworkPartner } from './networkPartners';
import { type SizeBand, sectionOf, sizeBandOf } from './networkPartners';
import type { DualTotal } from './results';

/** Where a partner's targets stand: behind when one is, on track when every known one is. */
export type PartnerStanding = 'on-track' | 'behind' | 'unknown' | 'none';

export interface PartnerRow {
  key: string;
  name: string;
  /** The sector code as the partner gave it, and its TOL section letter ('unknown' without one). */
  sector?: string;
  section: string;
  /** By the year's FTE ('unknown' without the year or its FTE). */
  sizeBand: SizeBand;
  /** The year's totals, kg CO2e; absent when the partner has no calculated footprint of the year. */
  total?: DualTotal;
  /** Categories gone through (with entries or not relevant) of all, in the year. */
  completeness?: { done: number; all: number };
  standing: PartnerStanding;
  /** When it last reported: its newest file's export time, else when that file was received. */
  lastReport: string;
  /** Whether a received file holds the year (its report can then be opened). */
  hasYear: boolean;
}

/** As the network's counts judge it (networkFigures.ts), and 'none' without a target. */
export function standingOf(p: NetworkPartner): PartnerStanding {
  return p.latest.targets.length === 0 ? 'none' : standing(p);
}

export function partnerRows(partners: readonly NetworkPartner[], year: number): PartnerRow[] {
  return partners.map((p) => {
    const won = p.years.get(year)?.year;
    const footprint = footprintOf(p, year);
    const c = won?.completeness;
    const done = c ? c.entries + c.notRelevant : 0;
    return {
      key: p.key,
      name: p.latest.partner.name,
      ...(p.latest.partner.sector ? { sector: p.latest.partner.sector } : {}),
      section: sectionOf(p),
      sizeBand: sizeBandOf(won?.metrics.fte),
      ...(footprint ? { total: { ...footprint.total } } : {}),
      ...(c ? { completeness: { done, all: done + c.todo } } : {}),
      standing: standingOf(p),
      lastReport: p.latest.exportedAt ?? p.latest.receivedAt,
      hasYear: won !== undefined,
    };
  });
}
