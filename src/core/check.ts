/**
 * Small structural checks for untrusted JSON (imported files, factor-set files). Each reader builds a new
 * object from the fields it knows, so unknown keys (`__proto__` included) never reach the app's data.
 */
import { escapePointer, type Issue, type IssueCode, type IssueRecord } from './issues';
import { MAX_INPUT, withinInput } from './limits';

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
export type JsonObject = { [key: string]: Json };

export const MAX_STRING = 10_000;

export class Checker {
  readonly issues: Issue[] = [];

  /**
   * What a number outside the limits (src/core/limits.ts) becomes: refused (an error), or kept as it is with
   * a warning, for backups, which restore rows exactly; the year's validation then leaves it uncounted.
   */
  constructor(readonly outOfLimits: 'refuse' | 'keep' = 'refuse') {}

  /**
   * Whether problems carry the record being read (set with `about`): on for records the app holds (their ids
   * are the app's own), off for files, where a problem's path is the address.
   */
  marksRecords = false;
  private current: IssueRecord | undefined;

  /** The record whose fields are read next, or undefined after it. */
  about(record: IssueRecord | undefined): void {
    if (this.marksRecords) this.current = record;
  }

  error(path: string, code: IssueCode, params: Issue['params'] = {}): void {
    this.issues.push(
      this.current
        ? { severity: 'error', path, code, params, record: this.current }
        : { severity: 'error', path, code, params },
    );
  }

  warn(path: string, code: IssueCode, params: Issue['params'] = {}): void {
    this.issues.push(
      this.current
        ? { severity: 'warning', path, code, params, record: this.current }
        : { severity: 'warning', path, code, params },
    );
  }

  isObject(v: unknown): v is JsonObject {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
  }

  object(v: unknown, path: string): JsonObject | undefined {
    if (this.isObject(v)) return v;
    // A missing member is said as missing, not as a value of the type "undefined".
    if (v === undefined) this.error(path, 'required', { key: path.slice(path.lastIndexOf('/') + 1) });
    else this.error(path, 'type', { expected: 'object', got: typeOf(v) });
    return undefined;
  }

  /** Reports keys that the format does not define; they are dropped by the reader. */
  known(o: JsonObject, keys: readonly string[], path: string): void {
    for (const k of Object.keys(o))
      if (!keys.includes(k)) this.warn(`${path}/${escapePointer(k)}`, 'unknown-key', { key: k });
  }

  string(
    o: JsonObject,
    key: string,
    path: string,
    opts: {
      required?: boolean;
      max?: number;
      pattern?: RegExp;
      /** What the pattern is, for the message (`id`, `period`, `time`, `sector`): never the pattern itself. */
      shape?: string;
      nonEmpty?: boolean;
    } = {},
  ): string | undefined {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    // The common case first, without making a pointer: readers call this for every field of every row.
    if (
      typeof v === 'string' &&
      v.length <= (opts.max ?? MAX_STRING) &&
      (!opts.nonEmpty || v.trim() !== '') &&
      (!opts.pattern || opts.pattern.test(v))
    )
      return v;
    const at = `${path}/${escapePointer(key)}`;
    if (v === undefined || v === null) {
      if (opts.required) this.error(at, 'required', { key });
      return undefined;
    }
    if (typeof v !== 'string') {
      this.error(at, 'type', { expected: 'string', got: typeOf(v) });
      return undefined;
    }
    const max = opts.max ?? MAX_STRING;
    if (v.length > max) {
      this.error(at, 'too-long', { max, length: v.length });
      return undefined;
    }
    if (opts.nonEmpty && v.trim() === '') {
      this.error(at, 'required', { key });
      return undefined;
    }
    if (opts.pattern && !opts.pattern.test(v)) {
      this.error(at, 'enum', { value: v.slice(0, 80), shape: opts.shape ?? 'pattern' });
      return undefined;
    }
    return v;
  }

  number(
    o: JsonObject,
    key: string,
    path: string,
    opts: {
      required?: boolean;
      min?: number;
      max?: number;
      integer?: boolean;
      /** Within ±MAX_INPUT (quantities, factor values, metrics). */
      limited?: boolean;
      /** The smallest non-zero value accepted (size metrics, which divide totals). */
      smallest?: number;
    } = {},
  ): number | undefined {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (
      typeof v === 'number' &&
      Number.isFinite(v) &&
      (!opts.integer || Number.isInteger(v)) &&
      (opts.min === undefined || v >= opts.min) &&
      (opts.max === undefined || v <= opts.max) &&
      (!opts.limited || withinInput(v)) &&
      (opts.smallest === undefined || v === 0 || Math.abs(v) >= opts.smallest)
    )
      return v;
    const at = `${path}/${escapePointer(key)}`;
    if (v === undefined || v === null) {
      if (opts.required) this.error(at, 'required', { key });
      return undefined;
    }
    if (typeof v !== 'number' || !Number.isFinite(v)) {
      // An object or array is shown as its JSON, not as "[object Object]".
      this.error(at, 'not-a-number', {
        value: (typeof v === 'object' ? JSON.stringify(v) : String(v)).slice(0, 80),
      });
      return undefined;
    }
    if (opts.integer && !Number.isInteger(v)) {
      this.error(at, 'type', { expected: 'integer', got: String(v) });
      return undefined;
    }
    if ((opts.min !== undefined && v < opts.min) || (opts.max !== undefined && v > opts.max)) {
      this.error(at, 'out-of-range', { value: v, min: opts.min ?? '-∞', max: opts.max ?? '∞' });
      return undefined;
    }
    const params =
      opts.limited && !withinInput(v)
        ? { value: String(v), bound: 'max', limit: MAX_INPUT }
        : { value: String(v), bound: 'min', limit: opts.smallest ?? 0 };
    if (this.outOfLimits === 'keep') {
      this.warn(at, 'number-limit', params);
      return v;
    }
    this.error(at, 'number-limit', params);
    return undefined;
  }

  boolean(o: JsonObject, key: string, path: string, required = false): boolean | undefined {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (v === undefined || v === null) {
      if (required) this.error(`${path}/${escapePointer(key)}`, 'required', { key });
      return undefined;
    }
    if (typeof v !== 'boolean') {
      this.error(`${path}/${escapePointer(key)}`, 'type', { expected: 'boolean', got: typeOf(v) });
      return undefined;
    }
    return v;
  }

  oneOf<T extends string>(
    o: JsonObject,
    key: string,
    path: string,
    allowed: readonly T[],
    required = false,
  ): T | undefined {
    const v = this.string(o, key, path, { required, max: 200 });
    if (v === undefined) return undefined;
    if (!(allowed as readonly string[]).includes(v)) {
      this.error(`${path}/${escapePointer(key)}`, 'enum', { value: v, allowed: allowed.join(', ') });
      return undefined;
    }
    return v as T;
  }

  array(o: JsonObject, key: string, path: string, required = false): Json[] | undefined {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (v === undefined || v === null) {
      if (required) this.error(`${path}/${escapePointer(key)}`, 'required', { key });
      return undefined;
    }
    if (!Array.isArray(v)) {
      this.error(`${path}/${escapePointer(key)}`, 'type', { expected: 'array', got: typeOf(v) });
      return undefined;
    }
    return v;
  }

  /** A map of gas id → non-negative number within the limits. */
  amounts(o: JsonObject, key: string, path: string): Record<string, number> | undefined {
    const v = Object.hasOwn(o, key) ? o[key] : undefined;
    if (v === undefined || v === null) return undefined;
    const at = `${path}/${escapePointer(key)}`;
    const obj = this.object(v, at);
    if (!obj) return undefined;
    const out: Record<string, number> = {};
    for (const g of Object.keys(obj)) {
      const n = this.number(obj, g, at, { required: true, min: 0, limited: true });
      if (n !== undefined)
        Object.defineProperty(out, g, { value: n, enumerable: true, writable: true, configurable: true });
    }
    return out;
  }
}

export function typeOf(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
}
