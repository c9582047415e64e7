/** The year's emissions by site, in the organization's order of sites. */
import '../../../i18n/uiReport';
import { NO_SITE } from '../../../core/results';
import { type ReportData, share } from '../reportData';
import { item, loc, mkt, shareLocation, type T } from './columns';
import type { ReportTable, TableRow } from './types';

export function sitesTable(data: ReportData, t: T): ReportTable {
  const r = data.result;
  const names = new Map(data.organization.sites.map((s) => [s.id, s.name]));
  // The organization's order of sites; entries without a site last.
  const order = new Map(data.organization.sites.map((x, i) => [x.id, i]));
  const rank = (id: string) => (id === NO_SITE ? Number.MAX_SAFE_INTEGER : (order.get(id) ?? order.size));
  const sites = Object.entries(r.bySite).sort(([a], [b]) => rank(a) - rank(b) || (a < b ? -1 : 1));
  const rows: TableRow[] = sites.map(([id, v]) => ({
    id: id === NO_SITE ? 'none' : id,
    cells: {
      item: id === NO_SITE ? t('reportNoSite') : (names.get(id) ?? id),
      location: v.location,
      market: v.market,
      shareLocation: share(v.location, r.total.location),
    },
  }));
  rows.push({
    id: 'total',
    total: true,
    cells: {
      item: t('total'),
      location: r.total.location,
      market: r.total.market,
      shareLocation: share(r.total.location, r.total.location),
    },
  });
  return {
    id: 'sites',
    title: t('reportTableSites'),
    notes: [],
    columns: [item(t), loc(t), mkt(t), shareLocation(t)],
    rows,
  };
}
