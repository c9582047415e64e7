/**
 * One of the partner's own factors: its value as written (45 g CO2e/kWh), data year, source and how many
 * entries use it; opened, its fields, each edit saved as soon as the factor is valid (an invalid field is
 * named and nothing is stored). A change of its value or unit says how many entries were recalculated.
 */
import '../../i18n/uiFactors';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomFactor } from '../../core/inventory';
import { formatNumber } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { formatInput } from '../../i18n/parseNumber';
import { tr } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { type FactorUse, savePartnerFactor, usesOfFactor } from '../../state/ownFactors';
import { DeleteFactorDialog } from './DeleteFactorDialog';
import { FactorFields } from './FactorFields';
import {
  changesFigures,
  draftErrors,
  draftOf,
  factorOfDraft,
  figuresOfDraft,
  plainValue,
} from './factorDraft';

export interface OwnFactorItemProps {
  lang: Lang;
  orgId: string;
  factor: CustomFactor;
  /** Entries of all years that use it. */
  useCount: number;
  /** Plausibility warnings of a factor as its uses see it. */
  warningsOf: (cf: CustomFactor) => string[];
  onDeleted: (factor: CustomFactor, switched: number) => void;
}

/** "45 g CO2e/kWh", or the gases of a factor read from a file. */
export function factorValueText(cf: CustomFactor, lang: Lang): string {
  const mass = unitName(cf.massUnit ?? 'kg', lang);
  const per = unitName(cf.unit, lang);
  const v = plainValue(cf);
  if (v !== undefined) return `${formatNumber(v, lang, 6)} ${mass} CO2e/${per}`;
  const gases = Object.entries(cf.value.gases ?? cf.value.co2eParts ?? {})
    .map(([g, n]) => `${g} ${formatNumber(n, lang, 6)}`)
    .join(', ');
  return `${gases} ${mass}/${per}`;
}

export function OwnFactorItem(p: OwnFactorItemProps) {
  const f = p.factor;
  const [open, setOpen] = useState(false);
  const [draft, setDraft] = useState(() => draftOf(f, (n) => formatInput(n, p.lang)));
  const [recalculated, setRecalculated] = useState<number | null>(null);
  const [asking, setAsking] = useState<FactorUse[] | null>(null);
  const deleteButton = useRef<HTMLButtonElement>(null);
  // Cancelled, the focus goes back to the button that asked, once the dialog (which makes the rest inert) is gone.
  const refocus = useRef(false);
  useEffect(() => {
    if (asking === null && refocus.current) {
      refocus.current = false;
      deleteButton.current?.focus();
    }
  }, [asking]);
  // Closed, the form follows the stored factor (an edit in another tab, an undo).
  useEffect(() => {
    if (!open) setDraft(draftOf(f, (n) => formatInput(n, p.lang)));
  }, [f, open, p.lang]);
  const editable = plainValue(f) !== undefined;
  const errors = draftErrors(draft, p.lang, editable);
  const figures = figuresOfDraft(draft, p.lang, f);
  const change = (d: typeof draft) => {
    setDraft(d);
    const next = factorOfDraft(d, p.lang, f.id, f);
    if (!next) return;
    savePartnerFactor(p.orgId, next);
    if (changesFigures(f, next) && p.useCount > 0) setRecalculated(p.useCount);
  };
  const summaryId = `of-${f.id}-summary`;
  return (
    <li class="own-factor" data-factor={f.id}>
      <div class="row own-factor-head">
        <span id={summaryId}>
          <strong>{f.name}</strong>: {factorValueText(f, p.lang)} · {tr(p.lang, 'ofDataYear').toLowerCase()}{' '}
          {f.year} ·{' '}
          {p.useCount > 0 ? tr(p.lang, 'ofInUse', { count: p.useCount }) : tr(p.lang, 'ofNotInUse')}
          <br />
          <span class="muted">{f.source}</span>
        </span>
        <span class="row">
          <button
            type="button"
            class="secondary"
            aria-expanded={open ? 'true' : 'false'}
            aria-describedby={summaryId}
            onClick={() => {
              setOpen(!open);
              setRecalculated(null);
            }}
          >
            {tr(p.lang, open ? 'ofDone' : 'ofEdit')}
          </button>
          <button
            ref={deleteButton}
            type="button"
            class="secondary"
            aria-describedby={summaryId}
            onClick={() => void usesOfFactor(p.orgId, f.id).then(setAsking)}
          >
            {tr(p.lang, 'ofDelete')}
          </button>
        </span>
      </div>
      {open && (
        <div class="own-factor-edit">
          <FactorFields
            lang={p.lang}
            idPrefix={`of-${f.id}`}
            draft={draft}
            onDraft={change}
            errors={Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, tr(p.lang, key)]))}
            warnings={figures ? p.warningsOf(figures) : []}
            valueEditable={editable}
            valueSummary={factorValueText(f, p.lang)}
          />
          {Object.keys(errors).length > 0 && <p class="field-error">{tr(p.lang, 'ofNotSaved')}</p>}
          {recalculated !== null && (
            <p class="note" role="status">
              {tr(p.lang, 'ofRecalculated', { count: recalculated })}
            </p>
          )}
        </div>
      )}
      {asking && (
        <DeleteFactorDialog
          lang={p.lang}
          orgId={p.orgId}
          factor={f}
          uses={asking}
          onUses={setAsking}
          onClose={(done) => {
            // Deleted, the list's undo takes the focus; cancelled, the button that asked.
            refocus.current = !done;
            setAsking(null);
            if (done) p.onDeleted(f, done.switched);
          }}
        />
      )}
    </li>
  );
}
