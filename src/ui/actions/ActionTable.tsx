/**
 * The actions as a table on a wide screen and as cards on a phone (the same rows, laid out by actions.css):
 * each with its theme, status and day, categories, the expected reduction and the observed change in columns
 * of their own, and its editor opened under it.
 */
import '../../i18n/uiActions';
import { type ActionObserved, actionObserved } from '../../core/actionObserved';
import { categoryInfo } from '../../core/categories';
import type { ClimateAction } from '../../core/commitment';
import { formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { formatDay } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { ActionEditor } from './ActionEditor';
import { statusName, themeName } from './actionWords';
import { ObservedChange } from './ObservedChange';
import type { YearResults } from './useYearResults';

/** Categories named in a cell before the rest are counted. */
const NAMED = 3;

/** The categories by name, the first few, and how many more. */
function categoryList(a: ClimateAction, lang: Lang): string {
  const named = a.categories
    .slice(0, NAMED)
    .map((c) => categoryInfo(c).names[lang])
    .join(', ');
  return a.categories.length > NAMED ? `${named} +${a.categories.length - NAMED}` : named;
}

export function ActionTable({
  lang,
  orgId,
  actions,
  years,
  editing,
  onEdit,
  onRemove,
}: {
  lang: Lang;
  orgId: string;
  actions: readonly ClimateAction[];
  years: YearResults | undefined;
  editing: string | null;
  onEdit: (id: string | null) => void;
  onRemove: (a: ClimateAction) => void;
}) {
  const col = (key: Parameters<typeof tr>[1]) => tr(lang, key);
  return (
    <table class="act-table">
      <caption class="visually-hidden">{tr(lang, 'actListCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{col('actColTitle')}</th>
          <th scope="col">{col('actColStatus')}</th>
          <th scope="col" class="num">
            {col('actColExpected')}
          </th>
          <th scope="col">{col('actColObserved')}</th>
          <th scope="col">
            <span class="visually-hidden">{col('actColButtons')}</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {actions.map((a) => {
          const observed: ActionObserved | undefined = years ? actionObserved(a, years.results) : undefined;
          const day = a.statusDates[a.status];
          const open = editing === a.id;
          return [
            <tr
              key={a.id}
              class={open ? 'act-row is-open' : 'act-row'}
              data-action={a.id}
              data-status={a.status}
            >
              <th scope="row" class="act-title">
                {a.title}
                <span class="row-meta act-about">
                  <span class="visually-hidden">{col('actColTheme')}: </span>
                  {themeName(a.theme, lang)}
                  {a.categories.length > 0 && (
                    <>
                      {' · '}
                      <span class="visually-hidden">{col('actColCategories')}: </span>
                      {categoryList(a, lang)}
                    </>
                  )}
                </span>
                {a.note && <span class="row-meta">{a.note}</span>}
              </th>
              <td data-label={col('actColStatus')} class="act-status">
                {day
                  ? tr(lang, 'actStatusOn', { status: statusName(a.status, lang), day: formatDay(day, lang) })
                  : statusName(a.status, lang)}
              </td>
              <td data-label={col('actColExpected')} class="num act-expected" data-kg={a.expected?.kgPerYear}>
                {a.expected ? formatTonnes(a.expected.kgPerYear, lang) : '–'}
                {a.expected && (
                  <span class="row-meta">{tr(lang, 'actExpectedBasis', { basis: a.expected.basis })}</span>
                )}
              </td>
              <td data-label={col('actColObserved')} class="act-observed">
                {years && (
                  <ObservedChange lang={lang} observed={observed} hasCategories={a.categories.length > 0} />
                )}
              </td>
              <td class="act-buttons">
                <button
                  type="button"
                  id={`act-edit-${a.id}`}
                  class="secondary"
                  aria-expanded={open ? 'true' : 'false'}
                  onClick={() => onEdit(open ? null : a.id)}
                >
                  {tr(lang, 'actEdit')}
                  <span class="visually-hidden"> {a.title}</span>
                </button>
                <button type="button" class="secondary" onClick={() => onRemove(a)}>
                  {tr(lang, 'actRemove')}
                  <span class="visually-hidden"> {a.title}</span>
                </button>
              </td>
            </tr>,
            open && (
              <tr key={`${a.id}-edit`} class="act-edit">
                <td colSpan={5}>
                  <ActionEditor
                    lang={lang}
                    orgId={orgId}
                    action={a}
                    onDone={() => {
                      onEdit(null);
                      // Back to the button the editor was opened with, not to the top of the page.
                      setTimeout(() => document.getElementById(`act-edit-${a.id}`)?.focus());
                    }}
                  />
                </td>
              </tr>
            ),
          ];
        })}
      </tbody>
    </table>
  );
}
