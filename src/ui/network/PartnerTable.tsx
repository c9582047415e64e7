/**
 * The network dashboard's partner table (issue 13): every partner of the received files with its sector, size
 * band, the chosen year's totals, completeness, target standing and last report; sortable by any column (a
 * button in its header, aria-sort on it) and filtered by name, sector and standing. A partner's name opens
 * its report of the year, read-only.
 */
import '../../i18n/uiNetworkPartners';
import { useMemo, useState } from 'preact/hooks';
import type { NetworkPartner } from '../../core/networkPartners';
import { type PartnerRow, type PartnerStanding, partnerRows } from '../../core/partnerRows';
import { formatDateTime, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { sectionLabel, sizeBandLabel, standingLabel } from '../../i18n/networkLabels';
import { tr, type UiKey } from '../../i18n/ui';
import { Link } from '../components/Link';
import './partnerTable.css';

type ColumnId = 'name' | 'sector' | 'size' | 'location' | 'market' | 'completeness' | 'target' | 'lastReport';

const COLUMNS: [ColumnId, UiKey, 'text' | 'num'][] = [
  ['name', 'ptabColName', 'text'],
  ['sector', 'ptabColSector', 'text'],
  ['size', 'ptabColSize', 'text'],
  ['location', 'ptabColLocation', 'num'],
  ['market', 'ptabColMarket', 'num'],
  ['completeness', 'ptabColCompleteness', 'num'],
  ['target', 'ptabColTarget', 'text'],
  ['lastReport', 'ptabColLastReport', 'num'],
];

const SIZE_ORDER = ['micro', 'small', 'medium', 'large', 'unknown'];
const STANDINGS: PartnerStanding[] = ['on-track', 'behind', 'unknown', 'none'];

/** The value a column sorts by; a partner without the figure sorts after every one with it. */
function sortKey(r: PartnerRow, c: ColumnId, lang: Lang): string | number | undefined {
  switch (c) {
    case 'name':
      return r.name;
    case 'sector':
      return r.section === 'unknown' ? undefined : r.section;
    case 'size':
      return r.sizeBand === 'unknown' ? undefined : SIZE_ORDER.indexOf(r.sizeBand);
    case 'location':
      return r.total?.location;
    case 'market':
      return r.total?.market;
    case 'completeness':
      return r.completeness && r.completeness.all > 0 ? r.completeness.done / r.completeness.all : undefined;
    case 'target':
      return standingLabel(r.standing, lang);
    case 'lastReport':
      return r.lastReport;
  }
}

function compare(a: string | number | undefined, b: string | number | undefined, lang: Lang): number {
  if (a === undefined || b === undefined) return a === b ? 0 : a === undefined ? 1 : -1;
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  return String(a).localeCompare(String(b), lang);
}

export function PartnerTable({
  partners,
  year,
  lang,
}: {
  partners: readonly NetworkPartner[];
  year: number;
  lang: Lang;
}) {
  const rows = useMemo(() => partnerRows(partners, year), [partners, year]);
  const [query, setQuery] = useState('');
  const [section, setSection] = useState('');
  const [standing, setStanding] = useState('');
  const [sort, setSort] = useState<{ column: ColumnId; descending: boolean }>({
    column: 'name',
    descending: false,
  });
  const sections = useMemo(() => [...new Set(rows.map((r) => r.section))].sort(), [rows]);
  const shown = useMemo(() => {
    const q = query.trim().toLocaleLowerCase(lang);
    const list = rows.filter(
      (r) =>
        (q === '' || r.name.toLocaleLowerCase(lang).includes(q)) &&
        (section === '' || r.section === section) &&
        (standing === '' || r.standing === standing),
    );
    const sign = sort.descending ? -1 : 1;
    return list.sort((a, b) => {
      const ka = sortKey(a, sort.column, lang);
      const kb = sortKey(b, sort.column, lang);
      // Partners without the figure stay last in either direction.
      if (ka === undefined || kb === undefined) return compare(ka, kb, lang);
      return sign * compare(ka, kb, lang) || a.name.localeCompare(b.name, lang);
    });
  }, [rows, query, section, standing, sort, lang]);
  const sortBy = (column: ColumnId) =>
    setSort((s) => ({ column, descending: s.column === column ? !s.descending : false }));
  const dash = '–';
  return (
    <section class="card partner-table" aria-labelledby="ptab-h">
      <h2 id="ptab-h">{tr(lang, 'ptabPartnersTitle')}</h2>
      <p class="note">{tr(lang, 'ptabPartnersLead', { year })}</p>
      <div class="ptab-filters">
        <label>
          {tr(lang, 'ptabPartnersFilter')}
          <input type="search" value={query} onInput={(e) => setQuery(e.currentTarget.value)} />
        </label>
        <label>
          {tr(lang, 'ptabPartnersSector')}
          <select value={section} onChange={(e) => setSection(e.currentTarget.value)}>
            <option value="">{tr(lang, 'ptabPartnersAll')}</option>
            {sections.map((s) => (
              <option key={s} value={s}>
                {sectionLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {tr(lang, 'ptabPartnersStatus')}
          <select value={standing} onChange={(e) => setStanding(e.currentTarget.value)}>
            <option value="">{tr(lang, 'ptabPartnersAll')}</option>
            {STANDINGS.map((s) => (
              <option key={s} value={s}>
                {standingLabel(s, lang)}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p class="note" role="status">
        {shown.length === 0
          ? tr(lang, 'ptabPartnersNone')
          : tr(lang, 'ptabPartnersShown', { shown: shown.length, total: rows.length })}
      </p>
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1) */}
      <section class="table-scroll" tabIndex={0} aria-labelledby="ptab-h">
        <table aria-labelledby="ptab-h" data-partner-table>
          <thead>
            <tr>
              {COLUMNS.map(([id, key, kind]) => {
                const active = sort.column === id;
                return (
                  <th
                    key={id}
                    scope="col"
                    class={kind === 'num' ? 'num' : undefined}
                    aria-sort={active ? (sort.descending ? 'descending' : 'ascending') : undefined}
                  >
                    <button
                      type="button"
                      class="sort"
                      data-sort={id}
                      aria-label={tr(lang, 'ptabSortBy', { column: tr(lang, key) })}
                      onClick={() => sortBy(id)}
                    >
                      {tr(lang, key)}
                      <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
                    </button>
                  </th>
                );
              })}
            </tr>
          </thead>
          <tbody>
            {shown.map((r) => (
              <tr key={r.key} data-partner={r.key}>
                <th scope="row">
                  {r.hasYear ? (
                    <Link href={`/network/partners/${encodeURIComponent(r.key)}/${year}`}>{r.name}</Link>
                  ) : (
                    <>
                      {r.name} <span class="note">({tr(lang, 'ptabNoYear', { year })})</span>
                    </>
                  )}
                </th>
                <td>{sectionLabel(r.section, lang)}</td>
                <td>{sizeBandLabel(r.sizeBand, lang)}</td>
                <td class="num">{r.total ? formatTonnes(r.total.location, lang) : dash}</td>
                <td class="num">{r.total ? formatTonnes(r.total.market, lang) : dash}</td>
                <td class="num">
                  {r.completeness ? tr(lang, 'ptabCompletenessValue', r.completeness) : dash}
                </td>
                <td>{standingLabel(r.standing, lang)}</td>
                <td class="num">{formatDateTime(r.lastReport, lang)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </section>
  );
}
