/** The partner: who reports, and its facilities. */
import type { Commitment } from './commitment';

export interface Site {
  id: string;
  name: string;
  address?: string;
  municipality?: string;
}

export interface Organization {
  name: string;
  /** Finnish business ID (Y-tunnus), check digit validated. */
  businessId?: string;
  /** Industry by Statistics Finland's TOL 2008 (e.g. "62010" or "J"). */
  sector?: string;
  municipality?: string;
  /** The year later years are compared against. */
  baseYear?: number;
  sites: Site[];
  /** Its climate commitment, targets and actions (issue 12); absent until it writes one. */
  commitment?: Commitment;
}
