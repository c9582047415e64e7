/** A category's completeness state in its header (issue 10): entered, not relevant or to do, and its missing figures. */
import '../../i18n/uiComplete';
import type { CategoryCompleteness } from '../../core/completeness';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import './completeness.css';

const WORD: Record<CategoryCompleteness['state'], UiKey> = {
  entries: 'completeStateEntries',
  'not-relevant': 'completeStateNotRelevant',
  todo: 'completeStateTodo',
};

export function CategoryStateBadge({ state, lang }: { state: CategoryCompleteness | undefined; lang: Lang }) {
  if (!state) return null;
  return (
    <>
      {/* "To do" is the theme group's tag on the same header (ThemeGroup.tsx): not said twice. */}
      {state.state !== 'todo' && (
        <span class={`category-state is-${state.state}`} data-state={state.state}>
          {tr(lang, WORD[state.state])}
        </span>
      )}
      {state.missing > 0 && (
        <span class="category-missing" data-missing={state.missing}>
          {tr(lang, 'completeMissingInCategory', { n: formatNumber(state.missing, lang, 0) })}
        </span>
      )}
    </>
  );
}
