/**
 * The categories an action affects: checkboxes grouped by scope under their plain names, folded under a
 * summary that says how many are chosen (23 boxes would push the rest of the form far down on a phone).
 */
import '../../i18n/uiActions';
import { CATEGORIES, type CategoryId, type Scope } from '../../core/categories';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';

const SCOPES: Scope[] = [1, 2, 3];

export function CategoryPicker({
  id,
  lang,
  chosen,
  onChange,
}: {
  id: string;
  lang: Lang;
  chosen: readonly CategoryId[];
  onChange: (ids: CategoryId[]) => void;
}) {
  const set = new Set(chosen);
  const toggle = (c: CategoryId, on: boolean) =>
    // Kept in the categories' own order, whatever order they were ticked in.
    onChange(CATEGORIES.map((x) => x.id).filter((x) => (x === c ? on : set.has(x))));
  return (
    <details class="category-picker field">
      <summary>
        {tr(lang, 'actFieldCategories')}{' '}
        <span class="muted">({tr(lang, 'actCategoriesChosen', { n: chosen.length })})</span>
      </summary>
      <p class="muted" id={`${id}-hint`}>
        {tr(lang, 'actCategoriesHint')}
      </p>
      {SCOPES.map((scope) => (
        <fieldset key={scope} aria-describedby={`${id}-hint`}>
          <legend>{tr(lang, `scope${scope}`)}</legend>
          {CATEGORIES.filter((c) => c.scope === scope).map((c) => (
            <label key={c.id} class="check">
              <input
                type="checkbox"
                name={`${id}-categories`}
                value={c.id}
                checked={set.has(c.id)}
                onChange={(e) => toggle(c.id, (e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {c.names[lang]}
            </label>
          ))}
        </fieldset>
      ))}
    </details>
  );
}
