/** Stored rows in the shape of the exchange format (docs/exchange-format.md). */
import type { Organization } from '../core/organization';
import type { OrganizationRow, SiteRow } from './rows';

/** A stored partner and its sites as the exchange format's organization. */
export function toExchangeOrganization(o: OrganizationRow, sites: readonly SiteRow[]): Organization {
  return {
    name: o.name,
    sites: sites.map((s) => ({
      id: s.id,
      name: s.name,
      ...(s.address ? { address: s.address } : {}),
      ...(s.municipality ? { municipality: s.municipality } : {}),
    })),
    ...(o.businessId ? { businessId: o.businessId } : {}),
    ...(o.sector ? { sector: o.sector } : {}),
    ...(o.municipality ? { municipality: o.municipality } : {}),
    ...(o.baseYear !== undefined ? { baseYear: o.baseYear } : {}),
    ...(o.commitment ? { commitment: o.commitment } : {}),
  };
}
