/**
 * The base-year recalculation notice (issue 12, point 4): shown on the partner page and the commitment page
 * when the base year as it calculates now differs from its record by more than the partner's threshold, with
 * the change of each target's boundary in t CO2e and %, and a form to recalculate it with a reason and a
 * note. The original figures and the reason stay in the record's history.
 */
import '../../i18n/uiCommitment';
import { useState } from 'preact/hooks';
import type { RecalculationReason, Target } from '../../core/commitment';
import { formatPercent, formatTonnes } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import type { BaseYearNow } from '../../state/baseYearCheck';

export const REASON_WORD: Record<RecalculationReason, UiKey> = {
  structural: 'rcReasonStructural',
  method: 'rcReasonMethod',
  'factor-set': 'rcReasonFactorSet',
  error: 'rcReasonError',
  other: 'rcReasonOther',
};

const tonnes = (kg: number, lang: Lang) => `${formatTonnes(kg, lang)} ${tr(lang, 'tonnes')}`;

function signedTonnes(kg: number, lang: Lang): string {
  const text = tonnes(Math.abs(kg), lang);
  return kg > 0 ? `+${text}` : kg < 0 ? `−${text}` : text;
}

export function RecalculationNotice(p: {
  lang: Lang;
  now: BaseYearNow;
  targets: readonly Target[];
  nameOf: (t: Target) => string;
  onRecalculate: (reason: RecalculationReason, note: string) => Promise<boolean>;
}) {
  const { lang, now } = p;
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState<RecalculationReason>(now.methodOf ? 'factor-set' : 'structural');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  if (!now.drift.significant) return null;
  const id = `recalc-${now.year}`;
  const noteMissing = reason === 'other' && note.trim() === '';
  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (noteMissing || busy) return;
    setBusy(true);
    const done = await p.onRecalculate(reason, note.trim());
    setBusy(false);
    if (done) setOpen(false);
  };
  return (
    <section class="notice recalc-notice" aria-labelledby={`${id}-title`} data-base-year={now.year}>
      <h2 id={`${id}-title`}>{tr(lang, 'rcTitle')}</h2>
      <p>
        {tr(lang, 'rcLead', {
          year: now.year,
          threshold: formatPercent(now.drift.thresholdPct / 100, lang, 1, 0),
        })}
      </p>
      <ul>
        {now.drift.targets
          .filter((d) => d.significant)
          .map((d) => {
            const target = p.targets.find((t) => t.id === d.targetId);
            return (
              <li key={d.targetId} data-target={d.targetId} data-change-pct={d.changePct ?? ''}>
                {tr(lang, 'rcTarget', {
                  name: target ? p.nameOf(target) : d.targetId,
                  recorded: tonnes(d.recorded, lang),
                  now: tonnes(d.current, lang),
                  change: signedTonnes(d.current - d.recorded, lang),
                  pct:
                    d.changePct === null
                      ? '–'
                      : `${d.changePct > 0 ? '+' : ''}${formatPercent(d.changePct / 100, lang, 1)}`,
                })}
              </li>
            );
          })}
      </ul>
      {now.methodOf !== undefined && <p>{tr(lang, 'rcMethod', { latest: now.methodOf })}</p>}
      {now.ownMethod && <p>{tr(lang, 'rcNotComputable', { year: now.year })}</p>}
      <p class="muted">{tr(lang, 'rcWhy')}</p>
      {!open ? (
        <button type="button" onClick={() => setOpen(true)}>
          {tr(lang, 'rcOpen')}
        </button>
      ) : (
        <form id={`${id}-form`} class="recalc-form" onSubmit={submit}>
          <div class="grid">
            <div class="field">
              <label for={`${id}-reason`}>{tr(lang, 'rcReason')}</label>
              <select
                id={`${id}-reason`}
                value={reason}
                onChange={(e) =>
                  setReason((e.currentTarget as HTMLSelectElement).value as RecalculationReason)
                }
              >
                {(Object.keys(REASON_WORD) as RecalculationReason[]).map((r) => (
                  <option key={r} value={r}>
                    {tr(lang, REASON_WORD[r])}
                  </option>
                ))}
              </select>
            </div>
            <div class="field wide">
              <label for={`${id}-note`}>{tr(lang, 'rcNote')}</label>
              <textarea
                id={`${id}-note`}
                value={note}
                maxLength={2000}
                aria-invalid={tried && noteMissing ? 'true' : 'false'}
                aria-describedby={tried && noteMissing ? `${id}-note-error` : undefined}
                onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
              />
              {tried && noteMissing && (
                <p id={`${id}-note-error`} class="field-error">
                  {tr(lang, 'rcNoteNeeded')}
                </p>
              )}
            </div>
          </div>
          <div class="actions">
            <button type="submit" disabled={busy}>
              {tr(lang, 'rcConfirm')}
            </button>
            <button type="button" class="secondary" onClick={() => setOpen(false)}>
              {tr(lang, 'cmCancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
