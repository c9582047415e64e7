/**
 * The editor of one partner's year, organised by scope and category in the user's words. Every edit is
 * saved as it happens; totals by scope follow as you type, computed by the core from what is stored.
 */
import { useMemo } from 'preact/hooks';
import { CATEGORIES, type Scope } from '../../core/categories';
import { listFactorSets } from '../../db/factorSets';
import { getInventoryOfYear, listEntries, updateInventory, updateInventoryWith } from '../../db/inventories';
import { getOrganization, listSites } from '../../db/organizations';
import type { InventoryRow } from '../../db/rows';
import { formatTonnes } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { db } from '../../state/database';
import { computeYear, useFactorSet } from '../../state/results';
import { attempt } from '../../state/saveStatus';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { NumberField } from '../components/NumberField';
import { SelectField } from '../components/SelectField';
import { CategorySection } from '../inventory/CategorySection';
import { CustomFactors } from '../inventory/CustomFactors';

export function InventoryPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const org = useLive(() => getOrganization(db, orgId).then((o) => o ?? null), [orgId]);
  const inv = useLive(() => getInventoryOfYear(db, orgId, year).then((i) => i ?? null), [orgId, year]);
  const entries = useLive(() => (inv ? listEntries(db, inv.id) : Promise.resolve([])), [inv?.id]);
  const sites = useLive(() => listSites(db, orgId), [orgId]);
  const set = useFactorSet(inv?.factorSet);
  const setRefs = useLive(() => listFactorSets(db), []);
  // Computed once per change of the stored data, not at every render.
  const view = useMemo(
    () =>
      inv && entries && sites
        ? computeYear(
            inv,
            entries,
            sites.map((s) => s.id),
            set,
          )
        : null,
    [inv, entries, sites, set],
  );
  const entryResults = useMemo(
    () => new Map((view?.result?.entries ?? []).map((x) => [x.entryId, x])),
    [view],
  );
  if (org === null || inv === null) return <h1>{tr(lang, 'notFound')}</h1>;
  // The editor is drawn once everything it shows has arrived: one render of many fields instead of several.
  if (org === undefined || inv === undefined || !entries || !sites || set === undefined || !view) {
    return <p>{tr(lang, 'loading')}</p>;
  }
  const r = view.result;
  const save = (patch: Partial<InventoryRow>) =>
    void attempt(
      updateInventory(db, inv.id, patch),
      `inventory:${inv.id}:${Object.keys(patch).sort().join(',')}`,
    );
  const change = (fn: (row: InventoryRow) => Partial<InventoryRow>) =>
    void attempt(updateInventoryWith(db, inv.id, fn), `inventory:${inv.id}:lists`);
  const general = view.problems.get('') ?? [];

  return (
    <>
      <p>
        <Link href={`/partners/${orgId}`}>← {org.name}</Link>
      </p>
      <h1>{tr(lang, 'inventoryTitle', { name: org.name, year })}</h1>
      <p>
        <Link href={`/partners/${orgId}/years/${year}/results`}>{tr(lang, 'reportOpenResults')} →</Link>
      </p>
      <section class="totals card" aria-labelledby="totals-h">
        <h2 id="totals-h">{tr(lang, 'totalsTitle')}</h2>
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
                  {kg === undefined ? '–' : `${formatTonnes(kg, lang)} ${tr(lang, 'tonnes')}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {view.incomplete.length > 0 && (
          <p class="note">{tr(lang, 'incomplete', { n: view.incomplete.length })}</p>
        )}
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
          <SelectField
            id="inv-status"
            label={tr(lang, 'status')}
            value={inv.status}
            options={[
              ['draft', tr(lang, 'statusDraft')],
              ['complete', tr(lang, 'statusComplete')],
            ]}
            onChange={(status) => save({ status })}
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
                  {r.key}
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
              onChange={(_t, v) =>
                change((row) => {
                  const metrics = { ...row.metrics };
                  if (v === null) delete metrics[field];
                  else metrics[field] = v;
                  return { metrics };
                })
              }
            />
          ))}
        </div>
      </details>

      <CustomFactors lang={lang} inv={inv} onUpdate={change} />

      {([1, 2, 3] as Scope[]).map((scope) => (
        <section key={scope} aria-labelledby={`scope-${scope}`}>
          <h2 id={`scope-${scope}`}>
            {tr(lang, scope === 1 ? 'scope1' : scope === 2 ? 'scope2' : 'scope3')}
          </h2>
          {CATEGORIES.filter((c) => c.scope === scope).map((c) => (
            <CategorySection
              key={c.id}
              lang={lang}
              category={c}
              inv={inv}
              entries={entries.filter((e) => e.category === c.id)}
              sites={sites}
              set={set ?? undefined}
              result={r}
              entryResults={entryResults}
              problems={view.problems}
              onUpdateInventory={change}
            />
          ))}
        </section>
      ))}
    </>
  );
}
