/** One category of the year: what belongs here, its entries, a total, or why it is not relevant. */
import type { CategoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { Issue } from '../../core/issues';
import type { EntryResult, InventoryResult } from '../../core/results';
import { addEntry } from '../../db/inventories';
import type { EntryRow, InventoryRow, SiteRow } from '../../db/rows';
import { formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { db } from '../../state/database';
import { track } from '../../state/saveStatus';
import { TextField } from '../components/TextField';
import { BulkImportButton } from './BulkImportButton';
import { DeferredEntry } from './DeferredEntry';

export interface CategorySectionProps {
  lang: Lang;
  category: CategoryInfo;
  inv: InventoryRow;
  entries: EntryRow[];
  sites: SiteRow[];
  set: FactorSet | undefined;
  result: InventoryResult | null;
  entryResults: Map<string, EntryResult>;
  problems: Map<string, Issue[]>;
  onUpdateInventory: (change: (row: InventoryRow) => Partial<InventoryRow>) => void;
}

export function CategorySection(p: CategorySectionProps) {
  const { lang, category: c, inv } = p;
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
    void track(addEntry(db, inv.id, { category: c.id, unit: first?.unit ?? 'kWh' })).catch(() => undefined);
  };
  const headingId = `cat-${c.id}`;
  return (
    <section class="card category" aria-labelledby={headingId} data-category={c.id}>
      <div class="category-head">
        <h3 id={headingId}>{c.names[lang]}</h3>
        {total && (
          <span class="category-total" data-kg={total.location}>
            {formatTonnes(total.location, lang)} {tr(lang, 'tonnes')}
            {c.scope === 2 && ` / ${formatTonnes(total.market, lang)} ${tr(lang, 'tonnes')}`}
          </span>
        )}
      </div>
      <p class="muted">{c.help[lang]}</p>
      {p.entries.map((e) => (
        <DeferredEntry
          key={e.id}
          lang={lang}
          entry={e}
          inv={inv}
          sites={p.sites}
          set={p.set}
          result={p.entryResults.get(e.id)}
          problems={p.problems.get(e.id) ?? []}
        />
      ))}
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
    </section>
  );
}
