/**
 * The report's missing data (issue 10): the categories still to do and the figures not known yet, with the
 * document that holds each and who will find it. Neither is in the totals, so the section says what the
 * totals leave out; a year with rows here can no longer read as complete.
 */
import '../../../i18n/uiComplete';
import { categoryInfo } from '../../../core/categories';
import type { Lang } from '../../../i18n/issueMessages';
import { unitName } from '../../../i18n/unitNames';
import type { ReportData } from '../reportData';
import { item, type T } from './columns';
import type { ReportTable, TableRow } from './types';

export function missingTable(data: ReportData, t: T, lang: Lang): ReportTable {
  const todo: TableRow[] = data.completeness.todo
    // A category to do whose missing figures are listed is named by them.
    .filter((c) => !(data.inventory.missing ?? []).some((m) => m.category === c))
    .map((c) => ({
      id: c,
      cells: {
        item: categoryInfo(c).names[lang],
        what: t('missingCategoryTodo'),
        document: null,
        owner: null,
        note: null,
      },
    }));
  const figures: TableRow[] = (data.inventory.missing ?? []).map((m) => {
    const activity = data.names.activities[m.activity]?.[lang];
    const unit = m.unit ? ` (${unitName(m.unit, lang)})` : '';
    return {
      id: m.id,
      cells: {
        item: categoryInfo(m.category).names[lang],
        what: activity ? `${t('missingFigure')}: ${activity}${unit}` : t('missingFigure'),
        document: m.document ?? null,
        owner: m.owner ?? null,
        note: m.note ?? null,
      },
    };
  });
  const { counts } = data.completeness;
  const notes = [t('missingNote')];
  if (data.status === 'complete' && counts.open > 0)
    notes.unshift(t('markedCompleteButMissing', { n: counts.open }));
  return {
    id: 'missing',
    title: t('missingTitle'),
    notes,
    columns: [
      item(t),
      { id: 'what', title: t('missingColWhat'), kind: 'text' },
      { id: 'document', title: t('missingColDocument'), kind: 'text' },
      { id: 'owner', title: t('missingColOwner'), kind: 'text' },
      { id: 'note', title: t('missingColNote'), kind: 'text' },
    ],
    rows: [...figures, ...todo],
  };
}
