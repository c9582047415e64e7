/**
 * Choosing the entries a session note concerns: a search over the year's entries by their words, a page of
 * check boxes (a year can hold thousands of entries), and the count chosen.
 */
import '../../i18n/uiGuide';
import { useMemo, useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { EntryLabels } from './entryLabels';

const SHOWN = 30;
/** Up to this many entries are listed before anything is typed; a bigger year is searched. */
const LISTED_UNSEARCHED = 200;

export function EntryPicker({
  id,
  lang,
  labels,
  chosen,
  onChange,
}: {
  id: string;
  lang: Lang;
  /** Every entry of the year by id, in words. */
  labels: EntryLabels;
  chosen: readonly string[];
  onChange: (ids: string[]) => void;
}) {
  const [filter, setFilter] = useState('');
  const words = filter.toLocaleLowerCase(lang).split(/\s+/).filter(Boolean);
  const searched = words.length > 0 || labels.size <= LISTED_UNSEARCHED;
  const found = useMemo(
    () =>
      searched
        ? [...labels.all()].filter(([, l]) => words.every((w) => l.toLocaleLowerCase(lang).includes(w)))
        : [],
    [labels, filter, lang, searched],
  );
  // The chosen ones first, so they can be taken off whatever the search shows.
  const picked = new Set(chosen);
  const list: [string, string][] = [
    ...chosen.flatMap((k): [string, string][] => {
      const l = labels.get(k);
      return l === undefined ? [] : [[k, l]];
    }),
    ...found.filter(([k]) => !picked.has(k)).slice(0, SHOWN),
  ];
  const toggle = (k: string, on: boolean) => onChange(on ? [...chosen, k] : chosen.filter((c) => c !== k));
  return (
    <fieldset class="entry-picker">
      <legend>
        {tr(lang, 'noteEntries')}{' '}
        <span class="muted">({tr(lang, 'noteEntriesChosen', { n: chosen.length })})</span>
      </legend>
      <label for={`${id}-filter`}>{tr(lang, 'noteEntriesFilter')}</label>
      <input
        id={`${id}-filter`}
        type="search"
        value={filter}
        onInput={(e) => setFilter((e.currentTarget as HTMLInputElement).value)}
      />
      <ul class="plain">
        {list.map(([k, l]) => (
          <li key={k}>
            <label class="check">
              <input
                type="checkbox"
                checked={picked.has(k)}
                onChange={(e) => toggle(k, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {l}
            </label>
          </li>
        ))}
      </ul>
      {!searched && <p class="note">{tr(lang, 'noteEntriesSearch', { n: labels.size })}</p>}
      {found.length > SHOWN && (
        <p class="note">{tr(lang, 'noteEntriesMore', { shown: SHOWN, n: found.length })}</p>
      )}
    </fieldset>
  );
}
