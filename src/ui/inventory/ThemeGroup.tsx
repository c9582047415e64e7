/**
 * One theme of the year page (energy, vehicles and fuels, …) in the interview's order: a collapsible group
 * whose header counts its categories by state, the categories that concern the partner first and those marked
 * not relevant folded at its end, where their justification stays editable.
 */
import '../../i18n/uiInterview';
import type { ComponentChildren } from 'preact';
import { type CategoryId, type CategoryInfo, categoryInfo } from '../../core/categories';
import type { CategoryCompleteness } from '../../core/completeness';
import { THEME_CATEGORIES, type ThemeId } from '../../core/interview';
import type { Lang } from '../../i18n/issueMessages';
import { interviewWord } from '../../i18n/uiInterview';

export interface ThemeGroupProps {
  lang: Lang;
  theme: ThemeId;
  states: ReadonlyMap<CategoryId, CategoryCompleteness>;
  excluded: ReadonlySet<CategoryId>;
  open: boolean;
  onToggle: () => void;
  /** Draws one category with the tags for its header. */
  category: (c: CategoryInfo, tags: ComponentChildren) => ComponentChildren;
}

export function ThemeGroup(p: ThemeGroupProps) {
  const { lang, theme } = p;
  const categories = THEME_CATEGORIES[theme].map(categoryInfo);
  // A category excluded but with entries counts as having them (completeness.ts): it stays among the relevant.
  const folded = (c: CategoryInfo) => p.excluded.has(c.id) && p.states.get(c.id)?.state !== 'entries';
  const relevant = categories.filter((c) => !folded(c));
  const notRelevant = categories.filter(folded);
  const count = { entries: 0, todo: 0, notRelevant: 0 };
  for (const c of categories) {
    const s = p.states.get(c.id)?.state ?? 'todo';
    if (s === 'entries') count.entries++;
    else if (s === 'not-relevant') count.notRelevant++;
    else count.todo++;
  }
  const tags = (c: CategoryInfo) => (
    <>
      <span class="tag" data-scope={c.scope}>
        {interviewWord(lang, 'ivScope', { n: c.scope })}
      </span>
      {(p.states.get(c.id)?.state ?? 'todo') === 'todo' && (
        <span class="tag todo" data-state="todo">
          {interviewWord(lang, 'ivStateTodo')}
        </span>
      )}
    </>
  );
  const headingId = `theme-${theme}`;
  const bodyId = `theme-body-${theme}`;
  return (
    <section class="theme-group" aria-labelledby={headingId} data-theme={theme}>
      <h2 id={headingId}>
        <button
          type="button"
          class="theme-toggle"
          aria-expanded={p.open}
          aria-controls={p.open ? bodyId : undefined}
          onClick={p.onToggle}
        >
          <span>{interviewWord(lang, `ivTheme_${theme}`)}</span>
          <span class="theme-counts" data-entries={count.entries} data-todo={count.todo}>
            {interviewWord(lang, 'ivGroupCounts', count)}
          </span>
        </button>
      </h2>
      {p.open && (
        <div id={bodyId}>
          {relevant.map((c) => p.category(c, tags(c)))}
          {notRelevant.length > 0 && (
            <>
              <p class="theme-sub">{interviewWord(lang, 'ivNotRelevantHeading')}</p>
              {notRelevant.map((c) => p.category(c, tags(c)))}
            </>
          )}
        </div>
      )}
    </section>
  );
}
