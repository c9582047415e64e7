/**
 * The editor of one partner's year, organised by scope and category in the user's words. Every edit is
 * saved as it happens; totals by scope follow as you type, computed by the core from what is stored.
 * Categories open one at a time into a paged table of their entries, so a year of 20,000 entries draws a few
 * dozen rows (decision 24).
 */
import { useState } from 'preact/hooks';
import type { CategoryId } from '../../core/categories';
import { THEME_IDS, type ThemeId, themeOf } from '../../core/interview';
import { formatTonnes } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { interviewWord } from '../../i18n/uiInterview';
import { type EntryRow, type InventoryRow, useYear } from '../../state/year';
import { changeInventory, saveInventory } from '../../state/yearEdits';
import { Link } from '../components/Link';
import { NumberField } from '../components/NumberField';
import { SelectField } from '../components/SelectField';
import { OwnFactors } from '../factors/OwnFactors';
import { ActivityFinder } from '../inventory/ActivityFinder';
import { CategorySection } from '../inventory/CategorySection';
import { CompletenessLine } from '../inventory/CompletenessLine';
import { ThemeGroup } from '../inventory/ThemeGroup';
import { YearStatusField } from '../inventory/YearStatusField';
import '../inventory/yearPage.css';
import '../interview/interview.css';
import { Help } from '../help/Help';
import { HandoverNotice } from '../notes/HandoverNotice';
import { SessionNotes } from '../notes/SessionNotes';

/** The categories the user opened in each year, kept while the app runs: back from the results, as left. */
const openedCategories = new Map<string, ReadonlySet<CategoryId>>();
/** The theme groups the user folded in each year, kept the same way. */
const closedThemes = new Map<string, ReadonlySet<ThemeId>>();

const NONE: EntryRow[] = [];
const noResult = () => undefined;

export function InventoryPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const { org, inv, entries, sites, set, setRefs, view, perCategory, problemCounts } = useYear(orgId, year);
  const entryResult = view?.entryResult ?? noResult;
  const [opened, setOpened] = useState<ReadonlySet<CategoryId>>(
    () => openedCategories.get(`${orgId}|${year}`) ?? new Set(),
  );
  const [closed, setClosed] = useState<ReadonlySet<ThemeId>>(
    () => closedThemes.get(`${orgId}|${year}`) ?? new Set(),
  );
  const toggleTheme = (id: ThemeId) => {
    const next = new Set(closed);
    if (!next.delete(id)) next.add(id);
    closedThemes.set(`${orgId}|${year}`, next);
    setClosed(next);
  };
  const [added, setAdded] = useState<{ category: CategoryId; id: string } | null>(null);
  const toggleCategory = (id: CategoryId) => {
    const next = new Set(opened);
    if (!next.delete(id)) next.add(id);
    openedCategories.set(`${orgId}|${year}`, next);
    setOpened(next);
  };
  if (org === null || inv === null) return <h1>{tr(lang, 'notFound')}</h1>;
  // The editor is drawn once everything it shows has arrived: one render of many fields instead of several.
  if (org === undefined || inv === undefined || !entries || !sites || set === undefined || !view) {
    return <p>{tr(lang, 'loading')}</p>;
  }
  const r = view.result;
  const save = (patch: Partial<InventoryRow>) => saveInventory(inv.id, patch);
  const change = (fn: (row: InventoryRow) => Partial<InventoryRow>, key?: string) =>
    changeInventory(inv.id, fn, key);
  const general = view.problems.get('') ?? [];
  const excluded = new Set(inv.excluded.map((x) => x.category));
  const base = `/partners/${orgId}/years/${year}`;

  return (
    <>
      <p class="crumb">
        <Link href={`/partners/${orgId}`}>← {org.name}</Link>
      </p>
      <h1>{tr(lang, 'inventoryTitle', { name: org.name, year })}</h1>
      <p class="guide-links">
        <Link href={`${base}/start`}>
          {interviewWord(lang, inv.interview ? 'ivEditAnswers' : 'ivStartInterview')}
        </Link>
        <Link href={`${base}/checklist`}>{interviewWord(lang, 'ivChecklistLink')}</Link>
        <Link href={`${base}/results`}>{tr(lang, 'reportOpenResults')} →</Link>
      </p>
      <HandoverNotice lang={lang} inv={inv} href={`${base}/handover`} />
      <section class="totals card" aria-labelledby="totals-h">
        <h2 id="totals-h">{tr(lang, 'totalsTitle')}</h2>
        <p class="help-row">
          <Help term="scope" lang={lang} visible />
          <Help term="methods" lang={lang} visible />
        </p>
        <table>
          <tbody>
            {(
              [
                ['scope1', r?.scope1],
                ['s2Location', r?.scope2.location],
                ['s2Market', r?.scope2.market],
                ['scope3', r?.scope3],
                ['totalLocation', r?.total.location],
                ['totalMarket', r?.total.market],
                ['biogenic', r?.biogenicCO2],
              ] as const
            ).map(([key, kg]) => (
              <tr key={key} data-total={key}>
                <th scope="row">{tr(lang, key)}</th>
                <td class="num" data-kg={kg}>
                  {kg === undefined
                    ? '–'
                    : `${formatTonnes(kg, lang)} ${tr(lang, key === 'biogenic' ? 'tonnesCO2' : 'tonnes')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        <CompletenessLine counts={view.completeness.counts} lang={lang} />
        {view.incomplete > 0 && <p class="note">{tr(lang, 'incomplete', { n: view.incomplete })}</p>}
        {view.invalid > 0 && <p class="field-error">{tr(lang, 'invalidEntries', { n: view.invalid })}</p>}
        {general.map((i) => (
          <p key={i.path + i.code} class={i.severity === 'error' ? 'field-error' : 'note'}>
            {issueMessage(i, lang)}
          </p>
        ))}
      </section>

      <details class="card">
        <summary>{tr(lang, 'settingsOfYear')}</summary>
        <div class="grid">
          <YearStatusField
            lang={lang}
            status={inv.status}
            open={view.completeness.counts.open}
            onSave={(status) => save({ status })}
          />
          <SelectField
            id="inv-boundary"
            label={tr(lang, 'boundary')}
            value={inv.boundary}
            options={[
              ['operational-control', tr(lang, 'boundaryOperational')],
              ['financial-control', tr(lang, 'boundaryFinancial')],
              ['equity-share', tr(lang, 'boundaryEquity')],
            ]}
            onChange={(boundary) => save({ boundary })}
          />
          <SelectField
            id="inv-gwp"
            label={tr(lang, 'gwpSet')}
            value={inv.gwp}
            options={[
              ['AR6', 'IPCC AR6'],
              ['AR5', 'IPCC AR5'],
            ]}
            onChange={(gwp) => save({ gwp })}
          />
          <div class="field">
            <label for="inv-factors">{tr(lang, 'factorSet')}</label>
            <select
              id="inv-factors"
              value={`${inv.factorSet.id}-${inv.factorSet.release}`}
              onChange={(e) => {
                const ref = setRefs?.find((r) => r.key === (e.currentTarget as HTMLSelectElement).value);
                if (ref) save({ factorSet: { id: ref.id, release: ref.release } });
              }}
            >
              {(setRefs ?? []).map((r) => (
                <option key={r.key} value={r.key}>
                  {r.builtin && r.id === 'fi' ? tr(lang, 'factorSetBuiltin', { release: r.release }) : r.key}
                </option>
              ))}
            </select>
          </div>
          <label class="check">
            <input
              type="checkbox"
              checked={inv.radiativeForcing}
              onChange={(e) => save({ radiativeForcing: (e.currentTarget as HTMLInputElement).checked })}
            />{' '}
            {tr(lang, 'radiativeForcing')}
          </label>
        </div>
        <h3>{tr(lang, 'metrics')}</h3>
        <div class="grid">
          {(
            [
              ['fte', 'fte'],
              ['revenueEur', 'revenue'],
              ['floorAreaM2', 'floorArea'],
            ] as const
          ).map(([field, label]) => (
            <NumberField
              key={field}
              id={`metric-${field}`}
              label={tr(lang, label)}
              lang={lang}
              value={inv.metrics[field] ?? null}
              saveKey={`inventory:${inv.id}:metrics.${field}`}
              onChange={(_t, v) =>
                change((row) => {
                  const metrics = { ...row.metrics };
                  if (v === null) delete metrics[field];
                  else metrics[field] = v;
                  return { metrics };
                }, `inventory:${inv.id}:metrics.${field}`)
              }
            />
          ))}
        </div>
      </details>

      <OwnFactors lang={lang} orgId={inv.orgId} factors={inv.customFactors} year={inv.year} folded />

      {set && (
        <ActivityFinder
          lang={lang}
          inv={inv}
          set={set}
          onAdded={(category, id) => {
            if (closed.has(themeOf(category))) toggleTheme(themeOf(category));
            if (!opened.has(category)) toggleCategory(category);
            setAdded({ category, id });
          }}
        />
      )}
      <p class="muted">{tr(lang, 'yearHint')}</p>
      {THEME_IDS.map((theme) => (
        <ThemeGroup
          key={theme}
          lang={lang}
          theme={theme}
          states={view.completeness.categories}
          excluded={excluded}
          open={!closed.has(theme)}
          onToggle={() => toggleTheme(theme)}
          category={(c, tags) => (
            <CategorySection
              key={c.id}
              lang={lang}
              category={c}
              inv={inv}
              entries={perCategory.get(c.id) ?? NONE}
              sites={sites}
              set={set ?? undefined}
              result={r}
              entryResult={entryResult}
              problems={view.problems}
              problemCount={problemCounts.get(c.id) ?? 0}
              state={view.completeness.categories.get(c.id)}
              open={opened.has(c.id)}
              onToggle={() => toggleCategory(c.id)}
              added={added?.category === c.id ? added.id : undefined}
              onUpdateInventory={change}
              tags={tags}
            />
          )}
        />
      ))}
      <SessionNotes
        lang={lang}
        inv={inv}
        entries={entries}
        set={set ?? undefined}
        handoverHref={`${base}/handover`}
      />
    </>
  );
}
