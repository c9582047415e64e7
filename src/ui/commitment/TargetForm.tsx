/**
 * Adding or editing a target: a preset fills its published rule (shown with its source and assumption, and
 * for the SBTi SME route the eligibility checklist), an own target is typed field by field. Saved only when
 * every field is good; each bad input's message is beside its field and nothing is stored.
 */
import '../../i18n/uiCommitment';
import { useRef, useState } from 'preact/hooks';
import type { Target } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { PresetPicker, PresetRules } from './PresetPicker';
import { TargetFields } from './TargetFields';
import {
  type BaseYearOption,
  checkDraft,
  choosePreset,
  type DraftField,
  draftOf,
  emptyDraft,
  type TargetFields as Fields,
  presetDrafts,
  type TargetDraft,
  withKnownEligibility,
} from './targetDraft';
import { targetRule } from './targetText';

export function TargetForm(p: {
  lang: Lang;
  /** The target edited, or none for a new one. */
  editing?: Target;
  years: readonly BaseYearOption[];
  /** Saves the targets (a preset may make two); the messages of what the store refused, by field. */
  onSave: (targets: Fields[]) => Promise<Partial<Record<DraftField, string>> | null>;
  onClose: () => void;
}) {
  const { lang } = p;
  const latest = p.years[p.years.length - 1]?.year ?? null;
  const [draft, setDraft] = useState<TargetDraft>(() =>
    p.editing ? draftOf(p.editing, lang) : emptyDraft(latest),
  );
  const [tried, setTried] = useState(false);
  const [refused, setRefused] = useState<Partial<Record<DraftField, string>>>({});
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLParagraphElement>(null);
  const id = p.editing ? `target-${p.editing.id}` : 'target-new';
  const fromPreset = draft.preset !== 'own';
  const drafts = presetDrafts(draft, lang, p.editing);
  const checks = drafts.map((d) => checkDraft(d, p.years, lang));
  const found: Partial<Record<DraftField, string>> = {
    ...Object.assign({}, ...checks.map((c) => c.errors)),
    ...refused,
  };
  // A preset fixes every field but the base year and the name: what it makes wrong is said at the base year.
  const errors = fromPreset ? atBaseYear(found) : found;
  const shown = tried ? errors : {};
  const change = (patch: Partial<TargetDraft>) => {
    setRefused({});
    setDraft((d) => {
      const next = { ...d, ...patch };
      // Another base year: what the checklist can read from it is read again.
      return patch.baseYear !== undefined && next.preset !== 'own'
        ? withKnownEligibility(next, p.years)
        : next;
    });
  };
  const submit = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    const fields = checks.map((c) => c.fields);
    if (busy || fields.some((f) => !f)) {
      summary.current?.focus();
      return;
    }
    setBusy(true);
    const problems = await p.onSave(fields as Fields[]);
    setBusy(false);
    if (problems) {
      setRefused(problems);
      summary.current?.focus();
    } else p.onClose();
  };
  const hasErrors = Object.keys(shown).length > 0;
  return (
    <form class="target-form card" onSubmit={submit} aria-labelledby={`${id}-title`} noValidate>
      <h3 id={`${id}-title`}>{tr(lang, p.editing ? 'cmEditingTarget' : 'cmNewTarget')}</h3>
      {!p.editing && (
        <PresetPicker
          lang={lang}
          idBase={id}
          draft={draft}
          onPreset={(preset) => change(choosePreset(draft, preset, p.years))}
        />
      )}
      <TargetFields
        lang={lang}
        idBase={id}
        draft={draft}
        years={p.years}
        errors={shown}
        ruleFixed={fromPreset}
        onChange={change}
      />
      <PresetRules lang={lang} idBase={id} draft={draft} onChange={change} />
      {fromPreset && <p class="preset-result-title">{tr(lang, 'cmPresetResult')}</p>}
      {fromPreset && (
        <ul class="preset-result" aria-live="polite">
          {checks.map((c, i) =>
            c.fields ? <li key={i}>{targetRule({ ...c.fields, id: '', createdAt: '' }, lang)}</li> : null,
          )}
        </ul>
      )}
      <p ref={summary} tabIndex={-1} class={hasErrors ? 'field-error' : 'visually-hidden'} role="status">
        {hasErrors ? tr(lang, 'cmErrSummary') : ''}
      </p>
      <div class="actions">
        <button type="submit" disabled={busy}>
          {tr(lang, 'cmSaveTarget')}
        </button>
        <button type="button" class="secondary" onClick={p.onClose}>
          {tr(lang, 'cmCancel')}
        </button>
      </div>
    </form>
  );
}

function atBaseYear(errors: Partial<Record<DraftField, string>>): Partial<Record<DraftField, string>> {
  const texts = [...new Set(Object.values(errors))];
  return texts.length > 0 ? { baseYear: texts.join(' ') } : {};
}
