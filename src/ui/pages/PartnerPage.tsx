/** One partner: its details (saved as typed), its sites, and its years with status and totals. */
import '../../i18n/uiComplete';
import { useEffect, useState } from 'preact/hooks';
import { isValidBusinessId } from '../../core/businessId';
import { formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  addPartnerSite,
  getPartner,
  removePartnerSite,
  renameSite,
  startYear,
  updatePartner,
} from '../../state/partner';
import { usePartnerYears } from '../../state/partnerYears';
import { attempt, saveEdit, succeeded } from '../../state/saveStatus';
import { useLive } from '../../state/useLive';
import { ActionsSummary } from '../actions/ActionsSummary';
import { PartnerCommitment } from '../commitment/PartnerCommitment';
import { Link } from '../components/Link';
import { NumberField } from '../components/NumberField';
import { ScrollRegion } from '../components/ScrollRegion';
import { SectorField } from '../components/SectorField';
import { TextField } from '../components/TextField';
import { OwnFactors } from '../factors/OwnFactors';
import { CompletenessLine } from '../inventory/CompletenessLine';
import { navigate } from '../router';

export function PartnerPage({ lang, orgId }: { lang: Lang; orgId: string }) {
  const org = useLive(() => getPartner(orgId).then((o) => o ?? null), [orgId]);
  const partnerYears = usePartnerYears(orgId, org);
  const { sites, years, views } = partnerYears;
  const [bid, setBid] = useState<string | null>(null);

  const loaded = org !== undefined && org !== null;
  // A link to a field of the details (the results page's "Fix: industry") opens the page with it in focus.
  useEffect(() => {
    if (loaded && location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.focus();
  }, [loaded]);

  if (org === undefined) return <p>{tr(lang, 'loading')}</p>;
  if (org === null) return <h1>{tr(lang, 'notFound')}</h1>;
  const keyOf = (fields: string[]) => `org:${orgId}:${[...fields].sort().join(',')}`;
  const save = (patch: Parameters<typeof updatePartner>[1]) =>
    void saveEdit(keyOf(Object.keys(patch)), () => updatePartner(orgId, patch));
  const bidText = bid ?? org.businessId ?? '';
  const bidOk = bidText.trim() === '' || isValidBusinessId(bidText.trim());

  return (
    <>
      <p>
        <Link href="/">← {tr(lang, 'navPartners')}</Link>
      </p>
      <h1>
        {org.name} {org.demo && <span class="badge">{tr(lang, 'demoBadge')}</span>}
      </h1>
      {org.demo && <p class="note">{tr(lang, 'demoNote')}</p>}
      <p>
        <Link href={`/backup?partner=${encodeURIComponent(orgId)}`}>{tr(lang, 'backupPartnerLink')}</Link>
      </p>

      <section class="card">
        <h2>{tr(lang, 'details')}</h2>
        <div class="grid">
          <div class="field">
            <label for="org-name">{tr(lang, 'partnerName')}</label>
            <TextField
              id="org-name"
              value={org.name}
              saveKey={keyOf(['name'])}
              onInput={(v) => {
                if (v.trim() !== '') save({ name: v });
              }}
            />
          </div>
          <div class="field">
            <label for="org-bid">{tr(lang, 'businessId')}</label>
            <TextField
              id="org-bid"
              value={bidText}
              saveKey={keyOf(['businessId'])}
              invalid={!bidOk}
              describedBy={bidOk ? undefined : 'org-bid-error'}
              onInput={(v) => {
                setBid(v);
                // Only a valid ID (or none) is stored; what was typed stays in the field to be corrected.
                if (v.trim() === '') save({ businessId: undefined });
                else if (isValidBusinessId(v.trim())) save({ businessId: v.trim() });
              }}
            />
            {!bidOk && (
              <p id="org-bid-error" class="field-error">
                {tr(lang, 'businessIdInvalid')}
              </p>
            )}
          </div>
          <div class="field">
            <label for="org-sector">{tr(lang, 'sector')}</label>
            <SectorField
              id="org-sector"
              lang={lang}
              value={org.sector}
              saveKey={keyOf(['sector'])}
              onSave={(code) => save({ sector: code })}
            />
          </div>
          <div class="field">
            <label for="org-municipality">{tr(lang, 'municipality')}</label>
            <TextField
              id="org-municipality"
              value={org.municipality ?? ''}
              saveKey={keyOf(['municipality'])}
              onInput={(v) => save({ municipality: v.trim() === '' ? undefined : v.trim() })}
            />
          </div>
          <NumberField
            id="org-base-year"
            label={tr(lang, 'baseYear')}
            hint={tr(lang, 'baseYearHint')}
            grouping={false}
            min={1990}
            max={2100}
            lang={lang}
            value={org.baseYear ?? null}
            saveKey={keyOf(['baseYear'])}
            onChange={(_t, v) => {
              if (v === null) save({ baseYear: undefined });
              else if (Number.isInteger(v) && v >= 1990 && v <= 2100) save({ baseYear: v });
            }}
          />
        </div>
      </section>

      <section class="card">
        <h2>{tr(lang, 'sites')}</h2>
        <ul class="plain">
          {(sites ?? []).map((s) => (
            <li key={s.id} class="row">
              <label class="visually-hidden" for={`site-${s.id}`}>
                {tr(lang, 'siteName')}
              </label>
              <TextField
                id={`site-${s.id}`}
                value={s.name}
                saveKey={`site:${s.id}:name`}
                onInput={(v) => {
                  if (v.trim() !== '') void saveEdit(`site:${s.id}:name`, () => renameSite(s.id, v));
                }}
              />
              <button
                type="button"
                class="secondary"
                onClick={() => {
                  if (window.confirm(tr(lang, 'confirmRemoveSite', { name: s.name })))
                    void attempt(removePartnerSite(s.id));
                }}
              >
                {tr(lang, 'remove')}
              </button>
            </li>
          ))}
        </ul>
        <AddSite lang={lang} orgId={orgId} />
      </section>

      <ActionsSummary lang={lang} orgId={orgId} actions={org.commitment?.actions ?? []} />

      <OwnFactors
        lang={lang}
        orgId={orgId}
        factors={org.customFactors ?? []}
        year={new Date().getFullYear() - 1}
      />

      <section class="card" aria-labelledby="years-title">
        <h2 id="years-title">{tr(lang, 'yearsTitle')}</h2>
        {years && years.length === 0 && <p>{tr(lang, 'noYears')}</p>}
        {years && years.length > 0 && (
          // Totals of a big year are wide on a phone: the table scrolls in its box.
          <ScrollRegion labelledBy="years-title">
            <table>
              <thead>
                <tr>
                  <th scope="col">{tr(lang, 'year')}</th>
                  <th scope="col">{tr(lang, 'status')}</th>
                  <th scope="col">{tr(lang, 'partnerColCompleteness')}</th>
                  <th scope="col" class="num">
                    {tr(lang, 'totalLocation')} ({tr(lang, 'tonnes')})
                  </th>
                  <th scope="col" class="num">
                    {tr(lang, 'totalMarket')} ({tr(lang, 'tonnes')})
                  </th>
                  <th scope="col">
                    <span class="visually-hidden">{tr(lang, 'reportOpenResults')}</span>
                  </th>
                </tr>
              </thead>
              <tbody>
                {years.map((y) => {
                  const view = views.get(y.id);
                  return (
                    <tr key={y.id}>
                      <th scope="row">
                        <Link href={`/partners/${orgId}/years/${y.year}`}>{y.year}</Link>
                      </th>
                      <td>{tr(lang, y.status === 'complete' ? 'statusComplete' : 'statusDraft')}</td>
                      <td data-completeness>
                        {view && <CompletenessLine counts={view.completeness.counts} lang={lang} compact />}
                      </td>
                      <td class="num" data-kg={view?.result?.total.location}>
                        {view?.result ? formatTonnes(view.result.total.location, lang) : '–'}
                      </td>
                      <td class="num" data-kg={view?.result?.total.market}>
                        {view?.result ? formatTonnes(view.result.total.market, lang) : '–'}
                      </td>
                      <td>
                        <Link href={`/partners/${orgId}/years/${y.year}/results`}>
                          {tr(lang, 'reportOpenResults')}
                          <span class="visually-hidden"> {y.year}</span>
                        </Link>
                      </td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </ScrollRegion>
        )}
        {years && (
          // Keyed by the years there are, so its defaults (next year, copy of the latest) follow them.
          <StartYear
            key={years.map((y) => y.year).join(',')}
            lang={lang}
            orgId={orgId}
            existing={years.map((y) => ({ id: y.id, year: y.year }))}
          />
        )}
      </section>

      <PartnerCommitment
        lang={lang}
        orgId={orgId}
        commitment={org.commitment}
        factors={org.customFactors}
        years={partnerYears}
      />
    </>
  );
}

function AddSite({ lang, orgId }: { lang: Lang; orgId: string }) {
  const [name, setName] = useState('');
  return (
    <form
      class="row"
      onSubmit={async (e) => {
        e.preventDefault();
        if (name.trim() === '') return;
        if (await succeeded(addPartnerSite(orgId, name.trim()))) setName('');
      }}
    >
      <label for="new-site">{tr(lang, 'siteName')}</label>
      <input
        id="new-site"
        value={name}
        onInput={(e) => setName((e.currentTarget as HTMLInputElement).value)}
      />
      <button type="submit">{tr(lang, 'addSite')}</button>
    </form>
  );
}

function StartYear({
  lang,
  orgId,
  existing,
}: {
  lang: Lang;
  orgId: string;
  existing: { id: string; year: number }[];
}) {
  const latest = existing.reduce<{ id: string; year: number } | undefined>(
    (a, b) => (!a || b.year > a.year ? b : a),
    undefined,
  );
  const [year, setYear] = useState<number | null>(latest ? latest.year + 1 : new Date().getFullYear() - 1);
  const [source, setSource] = useState<string>(latest ? latest.id : '');
  const [keep, setKeep] = useState(false);
  const [error, setError] = useState('');
  const start = async (e: Event) => {
    e.preventDefault();
    if (year === null || !Number.isInteger(year) || year < 1990 || year > 2100) return;
    if (existing.some((y) => y.year === year)) {
      setError(tr(lang, 'yearExists', { year }));
      return;
    }
    const created = await attempt(
      startYear(orgId, year, source ? { from: source, keepQuantities: keep } : undefined),
    );
    // A new year starts with its opening questions (issue 10); they can be skipped.
    if (created) navigate(`/partners/${orgId}/years/${year}/start`);
  };
  return (
    <form class="start-year" onSubmit={start}>
      <h3>{tr(lang, 'startYear')}</h3>
      <div class="grid">
        <NumberField
          id="start-year"
          grouping={false}
          min={1990}
          max={2100}
          label={tr(lang, 'year')}
          lang={lang}
          value={year}
          onChange={(_t, v) => {
            setYear(v);
            setError('');
          }}
          error={error || undefined}
        />
        <div class="field">
          <label for="start-from">{tr(lang, 'copyFrom', { year: '…' })}</label>
          <select
            id="start-from"
            value={source}
            onChange={(e) => setSource((e.currentTarget as HTMLSelectElement).value)}
          >
            <option value="">{tr(lang, 'startEmpty')}</option>
            {existing.map((y) => (
              <option key={y.id} value={y.id}>
                {tr(lang, 'copyFrom', { year: y.year })}
              </option>
            ))}
          </select>
        </div>
        {source && (
          <fieldset class="field">
            <legend class="visually-hidden">{tr(lang, 'quantity')}</legend>
            <label>
              <input type="radio" name="keep" checked={!keep} onChange={() => setKeep(false)} />{' '}
              {tr(lang, 'clearQuantities')}
            </label>
            <label>
              <input type="radio" name="keep" checked={keep} onChange={() => setKeep(true)} />{' '}
              {tr(lang, 'keepQuantities')}
            </label>
          </fieldset>
        )}
      </div>
      <button type="submit">{tr(lang, 'startYear')}</button>
    </form>
  );
}
