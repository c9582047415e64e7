/** Previous and next page of a long list, with where the user is ("Rows 51–100 of 20,000"). */
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { PAGE_SIZE } from './entryList';

export function Pager(p: {
  lang: Lang;
  label: string;
  start: number;
  total: number;
  onPage: (start: number) => void;
}) {
  const { lang, start, total } = p;
  if (total <= PAGE_SIZE) return null;
  const n = (x: number) => formatNumber(x, lang, 0);
  return (
    <fieldset class="pager">
      <legend class="visually-hidden">{p.label}</legend>
      <button
        type="button"
        class="secondary"
        disabled={start === 0}
        onClick={() => p.onPage(Math.max(0, start - PAGE_SIZE))}
      >
        ← {tr(lang, 'yearPrevPage')}
      </button>
      <span aria-live="polite">
        {tr(lang, 'yearPageOf', {
          from: n(start + 1),
          to: n(Math.min(total, start + PAGE_SIZE)),
          total: n(total),
        })}
      </span>
      <button
        type="button"
        class="secondary"
        disabled={start + PAGE_SIZE >= total}
        onClick={() => p.onPage(start + PAGE_SIZE)}
      >
        {tr(lang, 'yearNextPage')} →
      </button>
    </fieldset>
  );
}
