/**
 * The named network summary's list of partners (never in the anonymous one): each partner's own figures of
 * the year, as the dashboard's partner table shows them (src/core/partnerRows.ts).
 */
import '../../../i18n/uiNetworkPartners';
import '../../../i18n/uiNetworkPublication';
import '../../../i18n/uiReport';
import type { NetworkPartner } from '../../../core/networkPartners';
import { partnerRows } from '../../../core/partnerRows';
import type { Lang } from '../../../i18n/issueMessages';
import { sectionLabel, sizeBandLabel, standingLabel } from '../../../i18n/networkLabels';
import { tr } from '../../../i18n/ui';
import type { SummaryTable } from './groupTable';

export function partnerListTable(
  partners: readonly NetworkPartner[],
  year: number,
  lang: Lang,
): SummaryTable {
  const t = (key: Parameters<typeof tr>[1]) => tr(lang, key);
  return {
    id: 'partnerList',
    title: t('pubTablePartnerList'),
    notes: [],
    columns: [
      { id: 'item', title: t('ptabColName'), kind: 'text' },
      { id: 'sector', title: t('ptabColSector'), kind: 'text' },
      { id: 'size', title: t('ptabColSize'), kind: 'text' },
      { id: 'location', title: t('reportColLocation'), kind: 'kgco2e', method: 'location' },
      { id: 'market', title: t('reportColMarket'), kind: 'kgco2e', method: 'market' },
      { id: 'completeness', title: t('pubColCompleteness'), kind: 'text' },
      { id: 'target', title: t('pubColTarget'), kind: 'text' },
    ],
    rows: partnerRows(partners, year).map((r) => ({
      id: r.key,
      cells: {
        item: r.name,
        sector: sectionLabel(r.section, lang),
        size: sizeBandLabel(r.sizeBand, lang),
        location: r.total?.location ?? null,
        market: r.total?.market ?? null,
        completeness: r.completeness ? tr(lang, 'ptabCompletenessValue', r.completeness) : null,
        target: standingLabel(r.standing, lang),
      },
    })),
  };
}
