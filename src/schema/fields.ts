/**
 * The field shapes records share, as valibot schemas. They describe; src/schema/read.ts reads a record with
 * the Checker from the same description (so problems keep their codes, paths and messages), and
 * tools/gen-exchange-schema.ts writes the published JSON Schema from it.
 */
import * as v from 'valibot';
import { MIN_METRIC } from '../core/limits';
import { MAX_YEAR, MIN_YEAR } from '../core/validate';

/** Record ids: the app's UUIDs, and the short ids of fixtures and exchange files. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** A month, "YYYY-MM". */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A moment as the app writes it (toISOString), or with an offset. */
export const TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})$/;

/**
 * Marks the Checker applies beyond valibot's own actions. They are metadata, not validations: a number outside
 * the limits has a code of its own (`number-limit`) and is kept with a warning by backups; a year out of range
 * is said as a year; a stored row may hold some text as typed.
 */
export type Marks = {
  /** Within ±MAX_INPUT (src/core/limits.ts). */
  limited?: true;
  /** The smallest non-zero magnitude accepted (size metrics, which divide totals). */
  smallest?: number;
  /** Out of its range, the number is reported as a year (`year-range`) rather than a value. */
  range?: 'year';
  /** Stored rows (read as drafts) may leave this text empty or not yet in its pattern; finished records may not. */
  draft?: 'lenient';
};

const marks = <T>(m: Marks) => v.metadata<T, Marks>(m);

export const id = () => v.pipe(v.string(), v.regex(ID_PATTERN));

/** Text of at most `max` characters; it may be empty. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * Text a finished record must fill in (a name, a reason, an instrument's note). The app stores records while
 * they are typed, so a stored row may leave it empty: readers of stored rows (backups) read in draft mode,
 * where only this requirement is left out (src/schema/read.ts).
 */
export const filled = (max: number) =>
  v.pipe(v.string(), v.nonEmpty(), v.maxLength(max), marks<string>({ draft: 'lenient' }));

/** Text that must not be blank even in a stored row. */
export const nonBlank = (max: number) => v.pipe(v.string(), v.nonEmpty(), v.maxLength(max));

/** Text in a pattern a finished record must follow; a stored row keeps it as typed (up to `max`). */
export const patterned = (max: number, pattern: RegExp) =>
  v.pipe(v.string(), v.maxLength(max), v.regex(pattern), marks<string>({ draft: 'lenient' }));

/** A number people type or files carry: finite and within ±MAX_INPUT. */
export const limitedNumber = () => v.pipe(v.number(), marks<number>({ limited: true }));

/** A non-negative number within the limits (factor values, gas amounts). */
export const amount = () => v.pipe(v.number(), v.minValue(0), marks<number>({ limited: true }));

/** A fuel property a quantity is multiplied or divided by: above zero, and within the limits. */
export const positive = () =>
  v.pipe(v.number(), v.minValue(Number.MIN_VALUE), marks<number>({ limited: true }));

/** A size metric, which divides totals: 0, or at least MIN_METRIC, and within the limits. */
export const metric = () =>
  v.pipe(v.number(), v.minValue(0), marks<number>({ limited: true, smallest: MIN_METRIC }));

/** A calendar year the app works with. */
export const year = () => v.pipe(v.number(), v.integer(), v.minValue(MIN_YEAR), v.maxValue(MAX_YEAR));

/** An inventory's year: out of range, it is said as a year (`year-range`). */
export const inventoryYear = () =>
  v.pipe(
    v.number(),
    v.integer(),
    v.minValue(MIN_YEAR),
    v.maxValue(MAX_YEAR),
    marks<number>({ range: 'year' }),
  );

export const time = () => v.pipe(v.string(), v.maxLength(40), v.regex(TIME_PATTERN));
