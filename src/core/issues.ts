/**
 * A problem found in input: where (a JSON Pointer into the file or inventory), what (a stable code) and the
 * details a message needs. Messages in Finnish and English are made from these in src/i18n.
 */
export type IssueCode =
  | 'format'
  | 'newer-version'
  | 'older-version'
  | 'required'
  | 'type'
  | 'enum'
  | 'not-a-number'
  | 'year-range'
  | 'negative-quantity'
  | 'out-of-range'
  | 'unknown-unit'
  | 'wrong-dimension'
  | 'no-conversion'
  | 'unknown-activity'
  | 'activity-category'
  | 'unknown-category'
  | 'unknown-factor'
  | 'unknown-gas'
  | 'custom-factor-source'
  | 'custom-activity-needs-factor'
  | 'unknown-site'
  | 'period-format'
  | 'period-year'
  | 'duplicate-id'
  | 'instrument-scope2-only'
  | 'instrument-share'
  | 'instrument-supplier-twice'
  | 'business-id'
  | 'factor-set-unknown'
  | 'factor-value-empty'
  | 'factor-value-ambiguous'
  | 'instrument-needs-factor'
  | 'unknown-key'
  | 'double-count'
  | 'excluded-with-entries'
  | 'stale-factor'
  | 'custom-factor-market'
  | 'negative-net'
  | 'too-long'
  | 'json-syntax'
  | 'file-too-large'
  | 'checksum'
  | 'count-mismatch'
  | 'unknown-parent'
  | 'received-inputs'
  | 'number-convention'
  | 'date-format'
  | 'period-span'
  | 'activity-unmapped'
  | 'too-deep'
  | 'number-limit'
  | 'result-limit'
  | 'total-limit'
  | 'own-factor-negative'
  | 'own-factor-zero'
  | 'own-factor-range'
  | 'own-factor-ratio'
  | 'own-factor-unit'
  | 'factor-deleted'
  | 'target-problem'
  | 'target-base-not-in-file';

/**
 * The record a problem concerns, by its id: an entry, a custom factor, a site, an exclusion (by its
 * category, which is unique in a year), or a commitment's target or action. Set where the problem is found,
 * so a page names the record without turning the path back into a position; a problem of the year or the
 * document as a whole has none.
 */
export interface IssueRecord {
  kind: 'entry' | 'customFactor' | 'site' | 'exclusion' | 'target' | 'action';
  id: string;
}

export interface Issue {
  severity: 'error' | 'warning';
  /** JSON Pointer (RFC 6901), e.g. "/inventories/0/entries/3/quantity"; "" is the whole document. */
  path: string;
  code: IssueCode;
  params: Record<string, string | number>;
  record?: IssueRecord;
}

/** Escapes one JSON Pointer reference token (RFC 6901: "~" → "~0", "/" → "~1"). */
export function escapePointer(token: string): string {
  // The common case, checked without regular expressions: readers build a pointer for every field they read.
  if (!token.includes('~') && !token.includes('/')) return token;
  return token.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function pointer(...parts: (string | number)[]): string {
  return parts.map((p) => `/${escapePointer(String(p))}`).join('');
}

export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Thrown by the calculation when it meets input that validation should have stopped: never computed silently. */
export class CalculationError extends Error {
  constructor(readonly issue: Issue) {
    super(`${issue.code} at ${issue.path || '/'} ${JSON.stringify(issue.params)}`);
    this.name = 'CalculationError';
  }
}
