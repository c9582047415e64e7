/**
 * "Etsi toiminto": one search over every category of the year's factor set (src/i18n/search), for a person
 * who knows what was bought or done but not in which GHG Protocol category it belongs. The best results are
 * a list of buttons, each naming the category and the activity; choosing one adds an entry of that activity
 * in that category, and the page opens it with the quantity field focused. Arrow keys move between the
 * field and the results.
 */
import { useMemo, useState } from 'preact/hooks';
import { type CategoryId, categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import { localName } from '../../core/source';
import type { Lang } from '../../i18n/issueMessages';
import { searchActivities } from '../../i18n/search/search';
import { searchIndex } from '../../i18n/search/searchIndex';
import { tr } from '../../i18n/ui';
import '../../i18n/uiSearch';
import type { InventoryRow } from '../../state/year';
import { addYearEntry } from '../../state/yearEdits';
import './activityFinder.css';

/** Results shown: enough for a family of close choices (flights by class), few enough to read. */
const SHOWN = 8;
const FIELD = 'find-activity';

export interface ActivityFinderProps {
  lang: Lang;
  inv: InventoryRow;
  set: FactorSet;
  /** An entry was added from the search: open its category and its editor. */
  onAdded: (category: CategoryId, entryId: string) => void;
}

export function ActivityFinder({ lang, inv, set, onAdded }: ActivityFinderProps) {
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  // The set's index takes a moment to make (a few hundred ms for 1 200 activities): made when the user comes
  // to the field, not at the first keystroke, and not while the page opens (one long task there blocked the
  // opening page's input: Lighthouse's total blocking time).
  const prepare = () => searchIndex(set);
  const hits = useMemo(() => searchActivities(set, text, { lang }), [set, text, lang]);
  const shown = hits.slice(0, SHOWN);
  const searching = text.trim() !== '';

  const choose = (activityId: string, category: CategoryId) => {
    const a = set.activities.find((x) => x.id === activityId);
    if (!a) return;
    const name = categoryInfo(category).names[lang];
    if (inv.excluded.some((x) => x.category === category)) {
      setStatus(tr(lang, 'findExcluded', { category: name }));
      return;
    }
    addYearEntry(inv.id, { category, activity: a.id, unit: a.unit })
      .then((row) => {
        setText('');
        setStatus(tr(lang, 'findAdded', { activity: `${name} · ${localName(a.names, lang)}` }));
        onAdded(category, row.id);
      })
      .catch(() => setStatus(tr(lang, 'findFailed')));
  };

  /** Arrow keys: down from the field into the results, up and down among them, up from the first back. */
  const move = (ev: KeyboardEvent, from: number) => {
    if (ev.key !== 'ArrowDown' && ev.key !== 'ArrowUp') return;
    const to = from + (ev.key === 'ArrowDown' ? 1 : -1);
    const target =
      to < 0
        ? document.getElementById(FIELD)
        : document.querySelectorAll<HTMLElement>('.finder-results button')[to];
    if (!target) return;
    ev.preventDefault();
    target.focus();
  };

  const message = !searching
    ? status
    : hits.length === 0
      ? tr(lang, 'findNone', { text: text.trim() })
      : tr(lang, 'findCount', { n: hits.length });
  return (
    <section class="card finder" aria-labelledby="find-h">
      <h2 id="find-h">
        <label for={FIELD}>{tr(lang, 'findTitle')}</label>
      </h2>
      <p id="find-hint" class="muted">
        {tr(lang, 'findHint')}
      </p>
      <input
        id={FIELD}
        type="search"
        autocomplete="off"
        aria-describedby="find-hint find-status"
        aria-controls={searching && shown.length > 0 ? 'find-results' : undefined}
        value={text}
        onFocus={prepare}
        onPointerEnter={prepare}
        onInput={(ev) => {
          setText((ev.currentTarget as HTMLInputElement).value);
          setStatus('');
        }}
        onKeyDown={(ev) => move(ev, -1)}
      />
      <p id="find-status" class="finder-status" role="status">
        {message}
      </p>
      {searching && shown.length > 0 && (
        <ul id="find-results" class="finder-results" aria-label={tr(lang, 'findResults')}>
          {shown.map((h, i) => (
            <li key={`${h.activity.id}|${h.category}`}>
              <button
                type="button"
                class="secondary"
                data-activity={h.activity.id}
                data-category={h.category}
                onClick={() => choose(h.activity.id, h.category)}
                onKeyDown={(ev) => move(ev, i)}
              >
                <span class="finder-category">{categoryInfo(h.category).names[lang]} · </span>
                <span class="finder-activity">{localName(h.activity.names, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
