/**
 * Asks before an own factor is deleted, naming every entry of every year that uses it (year, category,
 * activity, quantity as typed), and offers to switch them to the default factor and delete, or to cancel.
 * A native modal <dialog>: the browser keeps focus inside it and Esc cancels.
 */
import '../../i18n/uiFactors';
import { useEffect, useRef, useState } from 'preact/hooks';
import { categoryInfo } from '../../core/categories';
import { factorSetKey } from '../../core/factorSet';
import type { CustomFactor } from '../../core/inventory';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { deletePartnerFactor, type FactorUse } from '../../state/ownFactors';
import { useFactorSets } from '../../state/results';

export interface DeleteFactorDialogProps {
  lang: Lang;
  orgId: string;
  factor: CustomFactor;
  uses: readonly FactorUse[];
  /** Called when the dialog closes: `deleted` after the factor was deleted. */
  onClose: (deleted: { switched: number } | null) => void;
  /** Called when the uses changed meanwhile, with the current ones (the dialog shows them and asks again). */
  onUses: (uses: FactorUse[]) => void;
}

export function DeleteFactorDialog(p: DeleteFactorDialogProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const [problem, setProblem] = useState<'no-default' | 'changed' | null>(null);
  const [busy, setBusy] = useState(false);
  const sets = useFactorSets(p.uses.map((u) => u.factorSet));
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
  }, []);
  const confirm = async () => {
    setBusy(true);
    const out = await deletePartnerFactor(p.orgId, p.factor.id, p.uses).catch(() => undefined);
    setBusy(false);
    if (out === undefined) return;
    if (out.ok) {
      dialog.current?.close();
      p.onClose({ switched: out.deletion.switched.length });
      return;
    }
    setProblem(out.reason);
    p.onUses(out.uses);
  };
  const activityName = (u: FactorUse) => {
    if (u.entry.activity === 'custom') return tr(p.lang, 'customFactor');
    const set = sets.get(factorSetKey(u.factorSet));
    return set?.activities.find((a) => a.id === u.entry.activity)?.names[p.lang] ?? u.entry.activity;
  };
  const titleId = `del-${p.factor.id}-title`;
  return (
    <dialog
      ref={dialog}
      class="own-factor-delete"
      aria-labelledby={titleId}
      onClose={() => p.onClose(null)}
      onCancel={() => p.onClose(null)}
    >
      <h2 id={titleId}>{tr(p.lang, 'ofDeleteTitle', { name: p.factor.name })}</h2>
      {problem === 'changed' && <p class="field-error">{tr(p.lang, 'ofDeleteChanged')}</p>}
      {problem === 'no-default' && <p class="field-error">{tr(p.lang, 'ofDeleteNoDefault')}</p>}
      {problem !== 'no-default' && <p>{tr(p.lang, p.uses.length > 0 ? 'ofDeleteUses' : 'ofDeleteNoUses')}</p>}
      {p.uses.length > 0 && (
        <ul class="own-factor-uses">
          {p.uses.map((u) => (
            <li key={u.entry.id} data-entry={u.entry.id}>
              {u.year} · {categoryInfo(u.entry.category).names[p.lang]} · {activityName(u)} ·{' '}
              {u.entry.quantityText || '–'} {unitName(u.entry.unit, p.lang)}
              {u.as === 'instrument' && ` (${tr(p.lang, 'ofAsInstrument')})`}
            </li>
          ))}
        </ul>
      )}
      <div class="row">
        {problem !== 'no-default' && (
          <button type="button" disabled={busy} onClick={() => void confirm()}>
            {tr(p.lang, p.uses.length > 0 ? 'ofDeleteSwitch' : 'ofDeleteConfirm')}
          </button>
        )}
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          {tr(p.lang, 'ofCancel')}
        </button>
      </div>
    </dialog>
  );
}
