/**
 * Plain-language help where a term appears (issue 10): a "?" button that opens a short explanation under it
 * and closes it again (the disclosure pattern: a real button with aria-expanded, never hover-only), named for
 * screen readers by the term it explains. The words are in src/i18n/uiGuide.ts; their sources in
 * docs/guided-year.md.
 */
import '../../i18n/uiGuide';
import { useState } from 'preact/hooks';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import './help.css';

export type HelpTerm = 'scope' | 'methods' | 'go' | 'residual' | 'pkm' | 'notRelevant' | 'quality';

const TERMS: Record<HelpTerm, { name: UiKey; text: UiKey }> = {
  scope: { name: 'helpTermScope', text: 'helpScope' },
  methods: { name: 'helpTermMethods', text: 'helpMethods' },
  go: { name: 'helpTermGo', text: 'helpGo' },
  residual: { name: 'helpTermResidual', text: 'helpResidual' },
  pkm: { name: 'helpTermPkm', text: 'helpPkm' },
  notRelevant: { name: 'helpTermNotRelevant', text: 'helpNotRelevant' },
  quality: { name: 'helpTermQuality', text: 'helpQuality' },
};

let drawn = 0;

/** A term whose words a feature keeps in its own catalogue (loaded by the feature's page). */
export interface FeatureTerm {
  id: string;
  name: UiKey;
  text: UiKey;
}

export function Help({
  term,
  lang,
  visible,
}: {
  term: HelpTerm | FeatureTerm;
  lang: Lang;
  /** Say the question on the button too, where no field or heading beside it names the term. */
  visible?: boolean;
}) {
  const [open, setOpen] = useState(false);
  const key = typeof term === 'string' ? term : term.id;
  const [id] = useState(() => `help-${key}-${++drawn}`);
  const t = typeof term === 'string' ? TERMS[term] : term;
  return (
    <span class="help" data-help={key}>
      <button
        type="button"
        class={visible ? 'help-button with-text' : 'help-button'}
        aria-expanded={open ? 'true' : 'false'}
        aria-controls={id}
        onClick={() => setOpen(!open)}
        // Escape closes an open explanation (the focus stays on its button), as it closes the app's dialogs.
        onKeyDown={(e) => {
          if (e.key !== 'Escape' || !open) return;
          e.stopPropagation();
          setOpen(false);
        }}
      >
        <span aria-hidden="true">?</span>
        <span class={visible ? 'help-question' : 'visually-hidden'}>
          {tr(lang, 'helpWhat', { term: tr(lang, t.name) })}
        </span>
      </button>
      <span id={id} class="help-text" hidden={!open}>
        {tr(lang, t.text)}
      </span>
    </span>
  );
}
