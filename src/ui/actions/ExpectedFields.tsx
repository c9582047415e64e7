/**
 * The expected (modelled) yearly reduction, typed in tonnes in the UI language's number format, and how it
 * was estimated. A figure is never kept without its basis: until both are there, nothing of them is handed
 * on to be stored, and the basis field says why. An emptied figure removes the estimate.
 */
import '../../i18n/uiActions';
import { useState } from 'preact/hooks';
import type { ClimateAction } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { formatInput, parseNumber } from '../../i18n/parseNumber';
import { tr } from '../../i18n/ui';
import { NumberField } from '../components/NumberField';
import { MAX_BASIS } from './actionLimits';
import { type ExpectedDraft, expectedDraft } from './expectedDraft';

/** The typed figure and basis, from the stored estimate; `set` returns the draft it makes. */
export function useExpectedDraft(stored: ClimateAction['expected'], lang: Lang) {
  const [typed, setTyped] = useState(() => ({
    text: stored ? formatInput(stored.kgPerYear / 1000, lang) : '',
    basis: stored?.basis ?? '',
  }));
  return {
    draft: expectedDraft(typed.text, typed.basis, lang),
    set(text: string, basis: string): ExpectedDraft {
      setTyped({ text, basis });
      return expectedDraft(text, basis, lang);
    },
  };
}

export function ExpectedFields({
  id,
  lang,
  draft,
  showMissing,
  onText,
  onBasis,
}: {
  id: string;
  lang: Lang;
  draft: ExpectedDraft;
  /** Say that the basis is missing (at once in an editor; in a new form after the first try to add). */
  showMissing: boolean;
  onText: (text: string) => void;
  onBasis: (basis: string) => void;
}) {
  const n = parseNumber(draft.text, lang);
  const missing = showMissing && draft.basisMissing;
  return (
    <>
      <NumberField
        id={`${id}-expected`}
        label={tr(lang, 'actFieldExpected')}
        lang={lang}
        value={n.ok ? n.value : null}
        text={draft.text}
        onChange={(t) => onText(t)}
      />
      <div class="field wide">
        <label for={`${id}-basis`}>{tr(lang, 'actFieldBasis')}</label>
        <textarea
          id={`${id}-basis`}
          value={draft.basis}
          maxLength={MAX_BASIS}
          aria-invalid={missing ? 'true' : 'false'}
          aria-describedby={missing ? `${id}-basis-error` : `${id}-basis-hint`}
          onInput={(e) => onBasis((e.currentTarget as HTMLTextAreaElement).value)}
        />
        {missing ? (
          <p id={`${id}-basis-error`} class="field-error">
            {tr(lang, 'actBasisRequired')}
          </p>
        ) : (
          <p id={`${id}-basis-hint`} class="muted field-hint">
            {tr(lang, 'actBasisHint')}
          </p>
        )}
      </div>
    </>
  );
}
