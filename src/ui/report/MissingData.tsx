/**
 * The results page's missing data (issue 10): the to-do categories and figures not known yet, as the PDF
 * lists them (the 'missing' result table), or a sentence that nothing is missing.
 */
import '../../i18n/uiComplete';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { ReportTable } from '../../io/report/tables/types';
import { ResultTable } from './ResultTable';

export function MissingData({ table, lang }: { table: ReportTable | undefined; lang: Lang }) {
  if (!table) return null;
  if (table.rows.length > 0) return <ResultTable table={table} lang={lang} />;
  return (
    <section class="card" aria-labelledby="t-missing" data-table="missing">
      <h2 id="t-missing">{table.title}</h2>
      <p>{tr(lang, 'missingNone')}</p>
    </section>
  );
}
