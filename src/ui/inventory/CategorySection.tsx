/**
 * One category of the year, folded to a header line that says what the user needs at a glance (how many
 * entries, their sum, whether something needs fixing, or that the category is not relevant); opened, what
 * belongs here, its entries as a table, adding entries, or why it is not relevant.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import type { CategoryInfo } from '../../core/categories';
import type { CategoryCompleteness } from '../../core/completeness';
import type { FactorSet } from '../../core/factorSet';
import type { Issue } from '../../core/issues';
import type { EntryResult } from '../../core/results';
import { formatNumber, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import type { EntryRow, InventoryRow, SiteRow, YearRow, YearTotals } from '../../state/year';
import { addYearEntry } from '../../state/yearEdits';
import { TextField } from '../components/TextField';
import { Help } from '../help/Help';
import { BulkImportButton } from './BulkImportButton';
import { CategoryStateBadge } from './CategoryStateBadge';
import { EntryTable } from './EntryTable';

export interface CategorySectionProps {
  lang: Lang;
  category: CategoryInfo;
  inv: YearRow;
  entries: EntryRow[];
  sites: SiteRow[];
  set: FactorSet | undefined;
  result: YearTotals | null;
  entryResult: (id: string) => EntryResult | undefined;
  problems: ReadonlyMap<string, Issue[]>;
  /** Entries of the category that are unfinished or have an error. */
  problemCount: number;
  /** The category's completeness state, from the year's evaluation. */
  state?: CategoryCompleteness | undefined;
  open: boolean;
  onToggle: () => void;
  onUpdateInventory: (change: (row: InventoryRow) => Partial<InventoryRow>) => void;
  /** Labels shown first among the header's facts (the scope, the category's state). */
  tags?: ComponentChildren;
  /** An entry added from the year's search: opened and focused as one added here. */
  added?: string | undefined;
}

export function CategorySection(p: CategorySectionProps) {
  const { lang, category: c, inv } = p;
  const [added, setAdded] = useState<string | null>(null);
  // An entry added earlier is not opened and focused again when the category is opened again.
  useEffect(() => {
    if (!p.open) setAdded(null);
  }, [p.open]);
  useEffect(() => {
    if (p.added) setAdded(p.added);
  }, [p.added]);
  const excluded = inv.excluded.find((x) => x.category === c.id);
  const total = p.result?.byCategory[c.id];
  const setExcluded = (on: boolean, reason = excluded?.reason ?? '') => {
    // Built from the stored row inside the write, so quick edits of two categories cannot undo each other.
    p.onUpdateInventory((row) => {
      const rest = row.excluded.filter((x) => x.category !== c.id);
      return { excluded: on ? [...rest, { category: c.id, reason }] : rest };
    });
  };
  const add = () => {
    const first = p.set?.activities.find((a) => a.categories.includes(c.id));
    void addYearEntry(inv.id, { category: c.id, unit: first?.unit ?? 'kWh' })
      .then((row) => setAdded(row.id))
      .catch(() => undefined);
  };
  const headingId = `cat-${c.id}`;
  const bodyId = `cat-body-${c.id}`;
  const n = p.entries.length;
  const problems = p.problemCount + (excluded && excluded.reason.trim() === '' ? 1 : 0);
  return (
    <section
      class={`card category${p.open ? ' is-open' : ''}`}
      aria-labelledby={headingId}
      data-category={c.id}
    >
      <h3 id={headingId} class="category-head">
        <button
          type="button"
          class="category-toggle"
          aria-expanded={p.open}
          aria-controls={p.open ? bodyId : undefined}
          onClick={p.onToggle}
        >
          <span class="category-name">{c.names[lang]}</span>
          <span class="category-facts">
            {p.tags}
            <CategoryStateBadge state={p.state} lang={lang} />
            {/* An empty category's state says it all ("Tehtävänä", "Ei olennainen"): its count is for screen readers. */}
            <span class={`category-count${n === 0 && p.state ? ' visually-hidden' : ''}`} data-count={n}>
              {n === 0
                ? tr(lang, excluded ? 'yearCategoryExcluded' : 'yearNoEntries')
                : n === 1
                  ? tr(lang, 'yearEntry')
                  : tr(lang, 'yearEntries', { n: formatNumber(n, lang, 0) })}
            </span>
            {problems > 0 && (
              <span class="category-problems" data-problems={problems}>
                ⚠ {tr(lang, 'yearProblems', { n: formatNumber(problems, lang, 0) })}
              </span>
            )}
            {total && (
              <span class="category-total" data-kg={total.location}>
                {c.scope === 2
                  ? `${formatTonnes(total.location, lang)} ${tr(lang, 'tonnes')} (${tr(lang, 'yearLocation')}) · ${formatTonnes(total.market, lang)} ${tr(lang, 'tonnes')} (${tr(lang, 'yearMarket')})`
                  : `${formatTonnes(total.location, lang)} ${tr(lang, 'tonnes')}`}
              </span>
            )}
          </span>
        </button>
      </h3>
      {p.open && (
        <div id={bodyId} class="category-body">
          <p class="muted">{c.help[lang]}</p>
          {n > 0 && (
            <EntryTable
              lang={lang}
              category={c}
              inv={inv}
              entries={p.entries}
              sites={p.sites}
              set={p.set}
              result={p.entryResult}
              problems={p.problems}
              added={added}
            />
          )}
          {!excluded && (
            <div class="row">
              <button type="button" class="secondary" onClick={add}>
                + {tr(lang, 'addEntry')}
              </button>
              <BulkImportButton lang={lang} category={c.id} inv={inv} sites={p.sites} set={p.set} />
            </div>
          )}
          <div class="excluded">
            <label class="check">
              <input
                type="checkbox"
                checked={excluded !== undefined}
                onChange={(e) => setExcluded((e.currentTarget as HTMLInputElement).checked)}
              />{' '}
              {tr(lang, 'notRelevant')}
            </label>
            <Help term="notRelevant" lang={lang} />
            {excluded && (
              <div class="field">
                <label for={`why-${c.id}`}>{tr(lang, 'justification')}</label>
                <TextField
                  multiline
                  id={`why-${c.id}`}
                  value={excluded.reason}
                  invalid={excluded.reason.trim() === ''}
                  describedBy={excluded.reason.trim() === '' ? `why-${c.id}-err` : undefined}
                  onInput={(v) => setExcluded(true, v)}
                />
                {excluded.reason.trim() === '' && (
                  <p id={`why-${c.id}-err`} class="field-error">
                    {tr(lang, 'justificationNeeded')}
                  </p>
                )}
              </div>
            )}
          </div>
        </div>
      )}
    </section>
  );
}
