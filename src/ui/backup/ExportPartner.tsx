/**
 * "Export one partner": a partner and all or chosen years as an exchange file with results, to hand over to
 * another device or send on. Unfinished entries have no place in that format: the user is told how many were
 * left out and that only a full backup keeps them.
 */
import '../../i18n/uiBackup';
import { useState } from 'preact/hooks';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { exportOnePartner } from '../../state/backup';
import { listYears } from '../../state/partner';
import { listPartners } from '../../state/partners';
import { useLive } from '../../state/useLive';
import { downloadBlob } from '../download';
import { IssueList } from './IssueList';

type Result =
  | { ok: true; fileName: string; unfinished: number; issues: Issue[] }
  | { ok: false; message: string };

export function ExportPartner({ lang, initialPartner }: { lang: Lang; initialPartner?: string }) {
  const partners = useLive(listPartners, []);
  const [chosen, setChosen] = useState(initialPartner ?? '');
  // A partner asked for by the link that is gone (deleted in another tab) falls back to the first one.
  const orgId = partners?.some((p) => p.id === chosen) ? chosen : (partners?.[0]?.id ?? '');
  const years = useLive(() => (orgId ? listYears(orgId) : Promise.resolve([])), [orgId]);
  const [all, setAll] = useState(true);
  const [picked, setPicked] = useState<Set<number>>(new Set());
  const [result, setResult] = useState<Result | null>(null);
  const [busy, setBusy] = useState(false);

  if (partners && partners.length === 0)
    return (
      <section class="card" aria-labelledby="backup-partner-h">
        <h2 id="backup-partner-h">{tr(lang, 'backupPartnerTitle')}</h2>
        <p>{tr(lang, 'noPartners')}</p>
      </section>
    );
  const chosenYears = all ? undefined : (years ?? []).map((y) => y.year).filter((y) => picked.has(y));
  const run = async (e: Event) => {
    e.preventDefault();
    if (!orgId || chosenYears?.length === 0) return;
    setBusy(true);
    setResult(null);
    try {
      const out = await exportOnePartner(orgId, chosenYears, __APP_VERSION__);
      downloadBlob(out.fileName, new Blob([out.text], { type: 'application/json' }));
      setResult({ ok: true, fileName: out.fileName, unfinished: out.unfinishedLeftOut, issues: out.issues });
    } catch (err) {
      setResult({ ok: false, message: err instanceof Error ? err.message : String(err) });
    } finally {
      setBusy(false);
    }
  };
  const toggle = (y: number, on: boolean) => {
    const next = new Set(picked);
    if (on) next.add(y);
    else next.delete(y);
    setPicked(next);
  };

  return (
    <section class="card" aria-labelledby="backup-partner-h">
      <h2 id="backup-partner-h">{tr(lang, 'backupPartnerTitle')}</h2>
      <p>{tr(lang, 'backupPartnerLead')}</p>
      <form onSubmit={run}>
        <div class="grid">
          <div class="field">
            <label for="backup-partner">{tr(lang, 'backupPartnerChoose')}</label>
            <select
              id="backup-partner"
              value={orgId}
              // The chosen name in full where the box shows its start (a long name on a phone).
              title={partners?.find((p) => p.id === orgId)?.name}
              onChange={(e) => {
                setChosen((e.currentTarget as HTMLSelectElement).value);
                setPicked(new Set());
                setResult(null);
              }}
            >
              {(partners ?? []).map((p) => (
                <option key={p.id} value={p.id}>
                  {p.name}
                </option>
              ))}
            </select>
          </div>
          <fieldset class="field">
            <legend>{tr(lang, 'yearsTitle')}</legend>
            <label>
              <input type="radio" name="backup-years" checked={all} onChange={() => setAll(true)} />{' '}
              {tr(lang, 'backupYearsAll')}
            </label>
            <label>
              <input type="radio" name="backup-years" checked={!all} onChange={() => setAll(false)} />{' '}
              {tr(lang, 'backupYearsChosen')}
            </label>
            {!all && (
              <div class="row">
                {(years ?? []).map((y) => (
                  <label key={y.id}>
                    <input
                      type="checkbox"
                      checked={picked.has(y.year)}
                      onChange={(e) => toggle(y.year, (e.currentTarget as HTMLInputElement).checked)}
                    />{' '}
                    {y.year}
                  </label>
                ))}
              </div>
            )}
          </fieldset>
        </div>
        <button type="submit" disabled={busy || !orgId || chosenYears?.length === 0}>
          {tr(lang, 'backupPartnerButton')}
        </button>
      </form>
      <div aria-live="polite">
        {result?.ok && (
          <div class="toast backup-partner-done" role="status">
            <p>{tr(lang, 'backupPartnerDone', { file: result.fileName })}</p>
          </div>
        )}
      </div>
      {result?.ok && result.unfinished > 0 && (
        <p class="problem" role="alert">
          {tr(lang, 'backupPartnerUnfinished', { n: result.unfinished })}
        </p>
      )}
      {result?.ok && result.issues.some((i) => i.severity === 'error') && (
        <div class="note">
          <p>{tr(lang, 'backupPartnerNoResults')}</p>
          <IssueList issues={result.issues.filter((i) => i.severity === 'error')} lang={lang} />
        </div>
      )}
      {result && !result.ok && (
        <div class="problem" role="alert">
          <p>{tr(lang, 'backupPartnerFailed')}</p>
          <p class="muted">{result.message}</p>
        </div>
      )}
    </section>
  );
}
