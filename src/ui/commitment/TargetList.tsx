/**
 * The partner's targets: each with its rule in words, edit and delete (undone from the notice that follows),
 * and the form to add one. A target can only start from a calculated year, so without one the page says what
 * to do first instead of offering a form whose every choice would be refused.
 */
import '../../i18n/uiCommitment';
import { useEffect, useRef, useState } from 'preact/hooks';
import { baseYearFigures } from '../../core/baseYear';
import type { Target } from '../../core/commitment';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { targetProblemWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';
import {
  lastCommitmentDeletion,
  newTarget,
  removeTarget,
  saveTarget,
  type TargetRefusal,
  undoCommitmentRemoval,
} from '../../state/commitment';
import type { PartnerYears } from '../../state/partnerYears';
import { useSignal } from '../../state/signal';
import { TargetForm } from './TargetForm';
import { DRAFT_FIELD, type DraftField, type TargetFields } from './targetDraft';
import { targetName, targetRule } from './targetText';

const FIELD_OF: Record<string, DraftField> = {
  '/targetYear': 'targetYear',
  '/baseYear': 'baseYear',
  '/metric': 'metric',
  '/scope1': 'scopes',
  '/scope2': 'scopes',
  '/scope3Categories': 'scopes',
  '/reductionPct': 'reduction',
};

/** What the store refused, each message on its field (one with no field of the form goes to the base year). */
function byField(out: TargetRefusal, target: Target, lang: Lang): Partial<Record<DraftField, string>> {
  const said: Partial<Record<DraftField, string>> = {};
  const add = (field: DraftField, text: string) => {
    said[field] = said[field] ? `${said[field]} ${text}` : text;
  };
  for (const i of out.issues) add(FIELD_OF[i.path] ?? 'baseYear', issueMessage(i, lang));
  for (const p of out.problems) add(DRAFT_FIELD[p.field], targetProblemWord(lang, p.problem, target));
  return said;
}

export function TargetList(p: {
  lang: Lang;
  orgId: string;
  targets: readonly Target[];
  years: PartnerYears;
}) {
  const { lang, orgId } = p;
  const [editing, setEditing] = useState<string | null>(null);
  // Where the keyboard goes when the form opens (its first field) or closes (the button that opened it), or a
  // target is deleted with its buttons (the undo beside the message); kept until that element is drawn.
  const moved = useRef<string | null>(null);
  useEffect(() => {
    const el = moved.current && document.querySelector<HTMLElement>(moved.current);
    if (el) {
      el.focus();
      moved.current = null;
    }
  });
  const edit = (id: string) => {
    moved.current = 'form.target-form input:not([type="hidden"]), form.target-form select';
    setEditing(id);
  };
  const close = () => {
    moved.current =
      editing === 'new' || editing === null ? '#target-add' : `#${CSS.escape(`target-edit-${editing}`)}`;
    setEditing(null);
  };
  const deletion = useSignal(lastCommitmentDeletion);
  const options = p.years.calculated.map((y) => ({
    year: y.year,
    metrics: y.metrics,
    figures: baseYearFigures(y.result, { metrics: y.metrics }),
  }));
  const deleted = deletion?.orgId === orgId && deletion.kind === 'target' ? deletion : null;
  const save = async (fields: TargetFields[], target?: Target) => {
    for (const f of fields) {
      const next = target ? withoutOptional(target, f) : newTarget(f);
      const refused = await saveTarget(orgId, next);
      if (refused.issues.length > 0 || refused.problems.length > 0) return byField(refused, next, lang);
    }
    return null;
  };
  return (
    <section class="card" aria-labelledby="targets-title">
      <h2 id="targets-title">{tr(lang, 'cmTargets')}</h2>
      {deleted && (
        <p class="note row" role="status">
          {tr(lang, 'cmTargetDeleted', { name: targetName(deleted.item, lang) })}{' '}
          <button
            id="target-undo"
            type="button"
            class="secondary"
            onClick={() => void undoCommitmentRemoval()}
          >
            {tr(lang, 'cmUndo')}
          </button>
        </p>
      )}
      {p.targets.length === 0 ? (
        <p>{tr(lang, 'cmTargetsNone')}</p>
      ) : (
        <ul class="plain target-list">
          {p.targets.map((t) =>
            editing === t.id ? (
              <li key={t.id}>
                <TargetForm
                  lang={lang}
                  editing={t}
                  years={options}
                  onSave={(f) => save(f, t)}
                  onClose={close}
                />
              </li>
            ) : (
              <li key={t.id} class="target-item" data-target={t.id}>
                <div>
                  <strong>{targetName(t, lang)}</strong>
                  <p class="muted">{targetRule(t, lang)}</p>
                </div>
                <div class="actions">
                  <button
                    id={`target-edit-${t.id}`}
                    type="button"
                    class="secondary"
                    aria-label={tr(lang, 'cmEditTargetOf', { name: targetName(t, lang) })}
                    onClick={() => edit(t.id)}
                  >
                    {tr(lang, 'cmEditTarget')}
                  </button>
                  <button
                    type="button"
                    class="secondary"
                    aria-label={tr(lang, 'cmDeleteTargetOf', { name: targetName(t, lang) })}
                    onClick={() => {
                      moved.current = '#target-undo';
                      void removeTarget(orgId, t.id);
                    }}
                  >
                    {tr(lang, 'cmDeleteTarget')}
                  </button>
                </div>
              </li>
            ),
          )}
        </ul>
      )}
      {p.years.loading ? (
        <p>{tr(lang, 'prLoading')}</p>
      ) : options.length === 0 ? (
        <p class="note">{tr(lang, 'cmNoCalculatedYears')}</p>
      ) : editing === 'new' ? (
        <TargetForm lang={lang} years={options} onSave={(f) => save(f)} onClose={close} />
      ) : (
        <button id="target-add" type="button" onClick={() => edit('new')}>
          {tr(lang, 'cmAddTarget')}
        </button>
      )}
    </section>
  );
}

/** The edited fields over the stored target: a field the form left empty (a name, Scope 2) is removed. */
function withoutOptional(target: Target, f: TargetFields): Target {
  const next: Target = { ...target, ...f };
  for (const k of ['name', 'scope2', 'metric', 'maxOffsetPct'] as const) if (!(k in f)) delete next[k];
  return next;
}
