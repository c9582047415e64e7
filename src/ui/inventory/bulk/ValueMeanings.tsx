/** The activity of each value of the activity column, and the site of each value of the site column. */
import '../../../i18n/uiBulk';
import { localName } from '../../../core/source';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { type BulkState, chooseActivityFor, chooseSiteFor } from '../../../io/bulk/session';
import type { BulkView } from '../../../io/bulk/sessionView';
import { columnName } from './bulkTexts';
import { ValueTable } from './ValueTable';

export interface ValueMeaningsProps {
  lang: Lang;
  sites: readonly { id: string; name: string }[];
  view: BulkView;
  update: (step: (s: BulkState) => BulkState) => void;
}

export function ValueMeanings({ lang, sites, view, update }: ValueMeaningsProps) {
  const { table, mapping } = view;
  return (
    <>
      {view.fromColumn && mapping.activity !== null && view.activityValues.length > 0 && (
        <ValueTable
          lang={lang}
          idPrefix="bulk-av"
          caption={tr(lang, 'bulkValuesActivity', { column: columnName(lang, table, mapping.activity) })}
          values={view.activityValues}
          chosen={view.activityByValue}
          target={tr(lang, 'activity')}
          options={view.categoryActivities.map((a) => [a.id, localName(a.names, lang)] as const)}
          onChange={(v, id) => update((s) => chooseActivityFor(s, v, id))}
        />
      )}
      {mapping.site !== null && view.siteValues.length > 0 && (
        <ValueTable
          lang={lang}
          idPrefix="bulk-sv"
          caption={tr(lang, 'bulkValuesSite', { column: columnName(lang, table, mapping.site) })}
          values={view.siteValues}
          chosen={view.siteByValue}
          target={tr(lang, 'site')}
          options={sites.map((s) => [s.id, s.name] as const)}
          onChange={(v, id) => update((s) => chooseSiteFor(s, v, id))}
        />
      )}
    </>
  );
}
