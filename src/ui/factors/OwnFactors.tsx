/**
 * "Omat päästökertoimet": the partner's own factors, usable in any year, on the partner page and (folded)
 * on the year page. Listed with their value as the source writes it, data year, source and use; a new one is
 * added with a form that names what is missing; a deletion asks first and can be undone.
 */
import '../../i18n/uiFactors';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { CustomFactor } from '../../core/inventory';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  addPartnerFactor,
  factorUseCounts,
  lastFactorDeletion,
  undoFactorDeletion,
} from '../../state/ownFactors';
import { attempt } from '../../state/saveStatus';
import { useSignal } from '../../state/signal';
import { useLive } from '../../state/useLive';
import { FactorFields } from './FactorFields';
import { draftErrors, emptyDraft, factorOfDraft, figuresOfDraft } from './factorDraft';
import { OwnFactorItem } from './OwnFactorItem';
import { useFactorWarnings } from './useFactorWarnings';

export interface OwnFactorsProps {
  lang: Lang;
  orgId: string;
  factors: readonly CustomFactor[];
  /** The data year a new factor starts with. */
  year: number;
  /** Folded (the year page) or open (the partner page). */
  folded?: boolean;
}

export function OwnFactors(p: OwnFactorsProps) {
  const [open, setOpen] = useState(false);
  if (p.folded)
    // The body reads every entry of the partner's years live (use counts, warnings): drawn only while open,
    // so a year of 20,000 entries does not read them all again at each keystroke (the big-year bench).
    return (
      <details
        class="card own-factors-card"
        onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}
      >
        <summary>
          {tr(p.lang, 'customFactors')} ({p.factors.length})
        </summary>
        {open && <OwnFactorsBody {...p} />}
      </details>
    );
  return (
    <section class="card own-factors-card" aria-labelledby={`of-title-${p.orgId}`}>
      <h2 id={`of-title-${p.orgId}`}>{tr(p.lang, 'customFactors')}</h2>
      <OwnFactorsBody {...p} />
    </section>
  );
}

function OwnFactorsBody(p: OwnFactorsProps) {
  const counts = useLive(() => factorUseCounts(p.orgId), [p.orgId]);
  const warningsOf = useFactorWarnings(p.orgId, p.lang);
  const deletion = useSignal(lastFactorDeletion);
  const [deleted, setDeleted] = useState<{ name: string; switched: number } | null>(null);
  // The deleted factor's row went with the focus on its dialog: the undo beside the message takes it.
  const undo = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (deleted) undo.current?.focus();
  }, [deleted]);
  const [draft, setDraft] = useState(() => emptyDraft(p.year));
  const [tried, setTried] = useState(false);
  const errors = draftErrors(draft, p.lang);
  const candidate = factorOfDraft(draft, p.lang, 'new');
  const figures = figuresOfDraft(draft, p.lang);
  const add = async (e: Event) => {
    e.preventDefault();
    setTried(true);
    if (!candidate) return;
    const { id: _id, ...factor } = candidate;
    if (await attempt(addPartnerFactor(p.orgId, factor))) {
      setDraft(emptyDraft(p.year));
      setTried(false);
    }
  };
  return (
    <>
      <p class="muted">{tr(p.lang, 'ofLead')}</p>
      {deleted && deletion && deletion.orgId === p.orgId && (
        <p class="note row" role="status">
          {tr(p.lang, 'ofDeleted', { name: deleted.name, count: deleted.switched })}{' '}
          <button
            ref={undo}
            type="button"
            class="secondary"
            onClick={() => void undoFactorDeletion().then(() => setDeleted(null))}
          >
            {tr(p.lang, 'ofUndo')}
          </button>
        </p>
      )}
      {p.factors.length === 0 ? (
        <p>{tr(p.lang, 'ofNone')}</p>
      ) : (
        <ul class="plain own-factors">
          {p.factors.map((f) => (
            <OwnFactorItem
              key={f.id}
              lang={p.lang}
              orgId={p.orgId}
              factor={f}
              useCount={counts?.get(f.id) ?? 0}
              warningsOf={warningsOf}
              onDeleted={(factor, switched) => setDeleted({ name: factor.name, switched })}
            />
          ))}
        </ul>
      )}
      <form onSubmit={(e) => void add(e)} class="own-factor-new" noValidate>
        <h3>{tr(p.lang, 'ofAdd')}</h3>
        <FactorFields
          lang={p.lang}
          idPrefix={`of-new-${p.orgId}`}
          draft={draft}
          onDraft={setDraft}
          errors={
            tried ? Object.fromEntries(Object.entries(errors).map(([k, key]) => [k, tr(p.lang, key)])) : {}
          }
          warnings={figures ? warningsOf(figures) : []}
        />
        <button type="submit">{tr(p.lang, 'ofAdd')}</button>
      </form>
    </>
  );
}
