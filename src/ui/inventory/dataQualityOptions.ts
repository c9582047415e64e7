/** The data-quality choices of an entry, also offered for all rows of a spreadsheet import: one list, in one order. */
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';

export const dataQualityOptions = (lang: Lang) =>
  [
    ['', tr(lang, 'dqNone')],
    ['measured', tr(lang, 'dqMeasured')],
    ['invoice', tr(lang, 'dqInvoice')],
    ['estimated', tr(lang, 'dqEstimated')],
  ] as const;
