/**
 * A year's completeness in one line (issue 10): how many categories have entries, are not relevant or are
 * still to do, and how many figures are not known yet, with a bar of the three states for the eye. The same
 * counts on the year page, the partner page and the results, all from the year's evaluation.
 */
import '../../i18n/uiComplete';
import type { CompletenessCounts } from '../../core/completeness';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import './completeness.css';

const PARTS: [keyof CompletenessCounts, UiKey][] = [
  ['entries', 'completeEntries'],
  ['notRelevant', 'completeNotRelevant'],
  ['todo', 'completeTodo'],
  ['missingFigures', 'completeMissingFigures'],
];

export function CompletenessLine({
  counts,
  lang,
  compact = false,
}: {
  counts: CompletenessCounts;
  lang: Lang;
  /** Without the heading word and the bar: a table cell. */
  compact?: boolean;
}) {
  const all = counts.entries + counts.notRelevant + counts.todo;
  const text = PARTS.map(([k, word]) => (
    <span key={k} class={`completeness-part is-${k}`} data-part={k} data-n={counts[k]}>
      {tr(lang, word)} {formatNumber(counts[k], lang, 0)}
    </span>
  ));
  const joined = text.flatMap((x, i) => (i === 0 ? [x] : [' · ', x]));
  if (compact) return <span class="completeness-line compact">{joined}</span>;
  return (
    <div class="completeness-line" data-open={counts.open}>
      <p>
        <strong>{tr(lang, 'completeCounts')}:</strong> {joined}
      </p>
      {all > 0 && (
        <div class="completeness-bar" aria-hidden="true">
          <span class="is-entries" style={{ flexGrow: counts.entries }} />
          <span class="is-notRelevant" style={{ flexGrow: counts.notRelevant }} />
          <span class="is-todo" style={{ flexGrow: counts.todo }} />
        </div>
      )}
      {counts.open === 0 && <p class="note">{tr(lang, 'completeAllDone')}</p>}
    </div>
  );
}
