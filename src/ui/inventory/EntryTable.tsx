/**
 * The entries of one category as a compact table: one row each (activity, quantity as typed, emissions, a
 * problem marker), rows from a spreadsheet by period folded into a group row with their count and sum, a page
 * of rows at a time. A row opens the entry's editor below it; only open rows draw an editor, which is what
 * lets a year of 20,000 entries open at once.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CategoryInfo } from '../../core/categories';
import { entryCo2e } from '../../core/entryResult';
import type { Activity, FactorSet } from '../../core/factorSet';
import type { Issue } from '../../core/issues';
import type { EntryResult } from '../../core/results';
import { formatNumber, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { type EntryRow, hasProblem, isUnfinished, type SiteRow, type YearRow } from '../../state/year';
import { EntryEditor } from './EntryEditor';
import { type EntryFigures, type ListItem, listItems, PAGE_SIZE, pageStartOf, sumFigures } from './entryList';
import { Pager } from './Pager';
import { PendingCells } from './PendingFigure';

export interface EntryTableProps {
  lang: Lang;
  category: CategoryInfo;
  inv: YearRow;
  entries: EntryRow[];
  sites: SiteRow[];
  set: FactorSet | undefined;
  result: (id: string) => EntryResult | undefined;
  problems: ReadonlyMap<string, Issue[]>;
  /** An entry just added: opened, shown on its page, and focused. */
  added: string | null;
}

const names = new WeakMap<FactorSet, Map<string, Activity>>();
function activityById(set: FactorSet | undefined, id: string): Activity | undefined {
  if (!set) return undefined;
  let m = names.get(set);
  if (!m) {
    m = new Map(set.activities.map((a) => [a.id, a]));
    names.set(set, m);
  }
  return m.get(id);
}

export function EntryTable(p: EntryTableProps) {
  const { lang, category: c } = p;
  const [open, setOpen] = useState<ReadonlySet<string>>(new Set());
  const [openGroups, setOpenGroups] = useState<ReadonlySet<string>>(new Set());
  // Entries opened as rows of their own stay so while the page is open: a period chosen in the editor does
  // not move the row into a group under the user's hands.
  const [single, setSingle] = useState<ReadonlySet<string>>(new Set());
  const [start, setStart] = useState(0);
  const [focus, setFocus] = useState<{ id: string; into: boolean } | null>(null);
  const items = useMemo(() => listItems(p.entries, single), [p.entries, single]);

  const figures = (id: string): EntryFigures => {
    const r = p.result(id);
    return r ? entryCo2e(r) : undefined;
  };
  const toggle = (id: string, inGroup: boolean) => {
    const next = new Set(open);
    if (next.has(id)) next.delete(id);
    else {
      next.add(id);
      if (!inGroup && !single.has(id)) setSingle(new Set(single).add(id));
    }
    setOpen(next);
  };
  const toggleGroup = (key: string) => {
    const next = new Set(openGroups);
    if (!next.delete(key)) next.add(key);
    setOpenGroups(next);
  };

  // A new entry: open, on the page that holds it, with focus in its editor.
  const lastAdded = useRef<string | null>(null);
  useEffect(() => {
    if (!p.added || p.added === lastAdded.current) return;
    const at = items.findIndex((x) => x.kind === 'entry' && x.entry.id === p.added);
    if (at < 0) return;
    lastAdded.current = p.added;
    setSingle(new Set(single).add(p.added));
    setOpen(new Set(open).add(p.added));
    setStart(pageStartOf(at));
    setFocus({ id: p.added, into: true });
  }, [p.added, items]);
  useEffect(() => {
    if (!focus) return;
    // Typing starts at the quantity when the activity is chosen (added from the year's search), else at the
    // activity search.
    const withActivity = p.entries.some((e) => e.id === focus.id && e.activity !== '');
    const el = focus.into
      ? ((withActivity ? document.getElementById(`e-${focus.id}-quantity`) : null) ??
        document.querySelector<HTMLElement>(`#edit-${focus.id} input, #edit-${focus.id} select`))
      : document.getElementById(`row-${focus.id}`);
    if (el) {
      el.focus();
      setFocus(null);
    }
  });

  // A page past the end (entries removed elsewhere) falls back to the last one.
  const first = start < items.length ? start : pageStartOf(Math.max(0, items.length - 1));
  const shown = items.slice(first, first + PAGE_SIZE);
  const row = {
    lang,
    p,
    open,
    toggle,
    figures,
    close: (id: string) => {
      toggle(id, false);
      setFocus({ id, into: false });
    },
  };
  return (
    <>
      <div class="entry-table-wrap">
        <table class="entry-table">
          <caption class="visually-hidden">{tr(lang, 'yearEntriesOf', { category: c.names[lang] })}</caption>
          <thead>
            <tr>
              <th scope="col">{tr(lang, 'yearColActivity')}</th>
              <th scope="col" class="num">
                {tr(lang, 'yearColQuantity')}
              </th>
              <th scope="col" class="num">
                {tr(lang, c.scope === 2 ? 'yearColTonnesS2' : 'yearColTonnes')}
              </th>
            </tr>
          </thead>
          {shown.map((item) =>
            item.kind === 'entry' ? (
              <tbody key={item.entry.id}>
                <EntryLine {...row} e={item.entry} inGroup={false} />
              </tbody>
            ) : (
              <GroupRows
                key={item.key}
                {...row}
                item={item}
                isOpen={openGroups.has(item.key)}
                onToggle={() => toggleGroup(item.key)}
              />
            ),
          )}
        </table>
      </div>
      <Pager
        lang={lang}
        label={tr(lang, 'yearPages', { category: c.names[lang] })}
        start={first}
        total={items.length}
        onPage={setStart}
      />
    </>
  );
}

interface RowContext {
  lang: Lang;
  p: EntryTableProps;
  open: ReadonlySet<string>;
  toggle: (id: string, inGroup: boolean) => void;
  close: (id: string) => void;
  figures: (id: string) => EntryFigures;
}

/** A valid quantity in the user's number format (as the editor shows it); else the text as typed. */
function quantityOf(e: EntryRow, lang: Lang): string {
  if (e.quantity !== null && Number.isFinite(e.quantity))
    return `${formatNumber(e.quantity, lang, 6)} ${unitName(e.unit, lang)}`;
  return e.quantityText.trim() === '' ? '–' : `${e.quantityText} ${unitName(e.unit, lang)}`;
}

function tonnes(lang: Lang, scope: number, f: EntryFigures) {
  if (f === undefined) return '–';
  return scope === 2
    ? `${formatTonnes(f.location, lang)} / ${formatTonnes(f.market, lang)}`
    : formatTonnes(f.location, lang);
}

function EntryLine(x: RowContext & { e: EntryRow; inGroup: boolean }) {
  const { lang, p, e } = x;
  const isOpen = x.open.has(e.id);
  const activity = activityById(p.set, e.activity);
  const custom = e.customFactor ? p.inv.customFactors.find((f) => f.id === e.customFactor) : undefined;
  const name = activity?.names[lang] ?? custom?.name ?? tr(lang, 'chooseActivity');
  const site = e.site ? p.sites.find((s) => s.id === e.site)?.name : undefined;
  const when = e.period ? `${Number(e.period.slice(5))}/${e.period.slice(0, 4)}` : undefined;
  const f = x.figures(e.id);
  const problems = p.problems.get(e.id) ?? [];
  const status = problems.some((i) => i.severity === 'error')
    ? 'yearError'
    : isUnfinished(e)
      ? 'yearUnfinished'
      : undefined;
  const editorId = `edit-${e.id}`;
  const meta = [x.inGroup ? undefined : when, site].filter(Boolean).join(' · ');
  return (
    <>
      <tr class={`entry-row${x.inGroup ? ' in-group' : ''}${isOpen ? ' is-open' : ''}`} data-entry-row={e.id}>
        <th scope="row">
          <button
            type="button"
            class="row-toggle"
            id={`row-${e.id}`}
            aria-expanded={isOpen}
            aria-controls={isOpen ? editorId : undefined}
            onClick={() => x.toggle(e.id, x.inGroup)}
          >
            {/* In a group every row has the same activity: its month tells them apart. */}
            {x.inGroup && when ? (
              <>
                <span class="visually-hidden">{name} </span>
                {when}
              </>
            ) : (
              name
            )}
          </button>
          {meta && <span class="row-meta">{meta}</span>}
          {status && (
            <span class={`row-problem ${status === 'yearError' ? 'field-error' : 'note'}`}>
              ⚠ {tr(lang, status)}
            </span>
          )}
        </th>
        <PendingCells e={e} lang={lang}>
          <td class="num">{quantityOf(e, lang)}</td>
          <td class="num" data-kg={f?.location}>
            {tonnes(lang, p.category.scope, f)}
          </td>
        </PendingCells>
      </tr>
      {isOpen && (
        <tr class="entry-edit">
          <td colSpan={3} id={editorId}>
            <EntryEditor
              lang={lang}
              entry={e}
              inv={p.inv}
              sites={p.sites}
              set={p.set}
              result={p.result(e.id)}
              problems={problems}
            />
            <button type="button" class="secondary close-entry" onClick={() => x.close(e.id)}>
              {tr(lang, 'yearCloseEntry')}
            </button>
          </td>
        </tr>
      )}
    </>
  );
}

function GroupRows(
  x: RowContext & { item: Extract<ListItem, { kind: 'group' }>; isOpen: boolean; onToggle: () => void },
) {
  const { lang, p, item } = x;
  const [start, setStart] = useState(0);
  const first = item.entries[0] as EntryRow;
  const activity = activityById(p.set, first.activity);
  const custom = first.customFactor
    ? p.inv.customFactors.find((f) => f.id === first.customFactor)
    : undefined;
  const name = activity?.names[lang] ?? custom?.name ?? first.activity;
  const site = first.site ? p.sites.find((s) => s.id === first.site)?.name : undefined;
  // Once per change of the rows or their results, not at every render (the save indicator re-renders too).
  const { sum, bad } = useMemo(
    () => ({
      sum: sumFigures(item.entries, x.figures),
      bad: item.entries.reduce((n, e) => n + (hasProblem(e, p.problems) ? 1 : 0), 0),
    }),
    [item.entries, p.result, p.problems],
  );
  const id = `group-${p.category.id}-${item.key}`.replace(/[^\w-]/g, '_');
  const from = Math.min(start, pageStartOf(Math.max(0, item.entries.length - 1)));
  return (
    <>
      <tbody>
        <tr class={`group-row${x.isOpen ? ' is-open' : ''}`} data-group={item.key}>
          <th scope="row">
            <button
              type="button"
              class="row-toggle"
              aria-expanded={x.isOpen}
              aria-controls={x.isOpen ? id : undefined}
              onClick={x.onToggle}
            >
              {name}
            </button>
            <span class="row-meta">
              {[tr(lang, 'yearGroupRows', { n: formatNumber(item.entries.length, lang, 0) }), site]
                .filter(Boolean)
                .join(' · ')}
            </span>
            {bad > 0 && (
              <span class="row-problem field-error">
                ⚠ {tr(lang, 'yearGroupProblems', { n: formatNumber(bad, lang, 0) })}
              </span>
            )}
          </th>
          <td class="num">{`${formatNumber(sum.quantity, lang)} ${unitName(first.unit, lang)}`}</td>
          <td class="num" data-kg={sum.location}>
            {tonnes(lang, p.category.scope, sum)}
          </td>
        </tr>
      </tbody>
      {x.isOpen && (
        <tbody id={id} class="group-members">
          {item.entries.slice(from, from + PAGE_SIZE).map((e) => (
            <EntryLine key={e.id} {...x} e={e} inGroup={true} />
          ))}
          {item.entries.length > PAGE_SIZE && (
            <tr>
              <td colSpan={3}>
                <Pager lang={lang} label={name} start={from} total={item.entries.length} onPage={setStart} />
              </td>
            </tr>
          )}
        </tbody>
      )}
    </>
  );
}
