/**
 * The expected reduction as typed: a figure in tonnes in the UI language's number format and its basis. What
 * is stored is an estimate in kg with its basis, or none; a figure refused, or one without its basis, is
 * stored as nothing at all (the fields say why).
 */
import type { ClimateAction } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { parseNumber } from '../../i18n/parseNumber';
import { MAX_BASIS } from './actionLimits';

type Expected = NonNullable<ClimateAction['expected']>;

export interface ExpectedDraft {
  text: string;
  basis: string;
  /** What to store: an estimate, none (no figure), or 'invalid' (a figure refused, or one without basis). */
  result: Expected | undefined | 'invalid';
  /** A figure was given without saying how it was estimated. */
  basisMissing: boolean;
}

/** The draft of typed `text` and `basis`. */
export function expectedDraft(text: string, basis: string, lang: Lang): ExpectedDraft {
  const n = parseNumber(text, lang);
  const figure = n.ok && n.value >= 0 ? n.value : undefined;
  const basisMissing = figure !== undefined && basis.trim() === '';
  let result: ExpectedDraft['result'];
  if (!n.ok && n.reason === 'empty') result = undefined;
  else if (figure === undefined || basisMissing || basis.length > MAX_BASIS) result = 'invalid';
  // Tonnes to kg without the float's trailing digits (2,675 t is 2 675 kg, not 2 675.0000000000005).
  else result = { kgPerYear: Number((figure * 1000).toPrecision(15)), basis: basis.trim() };
  return { text, basis, result, basisMissing };
}
