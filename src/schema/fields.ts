/**
 * The field shapes records share, as valibot schemas. They describe; src/schema/read.ts reads a record with
 * the Checker from the same description (so problems keep their codes, paths and messages), and
 * tools/gen-exchange-schema.ts writes the published JSON Schema from it.
 */
import * as v from 'valibot';

/** Record ids: the app's UUIDs, and the short ids of fixtures and exchange files. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
/** A month, "YYYY-MM". */
export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
/** A moment as the app writes it (toISOString), or with an offset. */
export const TIME_PATTERN = /^\d{4}-\d{2}-\d{2}T[0-9:.]+(Z|[+-]\d{2}:\d{2})$/;

/**
 * Marks on a number the Checker applies (src/core/check.ts): within ±MAX_INPUT (src/core/limits.ts), and the
 * smallest non-zero magnitude accepted. They are metadata, not validations, because a number outside the
 * limits has a code of its own (`number-limit`) and is kept with a warning by backups.
 */
export interface NumberMarks {
  limited?: true;
  smallest?: number;
}

export const id = () => v.pipe(v.string(), v.regex(ID_PATTERN));

/** Text of at most `max` characters; it may be empty. */
export const text = (max: number) => v.pipe(v.string(), v.maxLength(max));

/**
 * Text a finished record must fill in (a name, a reason, an instrument's note). The app stores records while
 * they are typed, so a stored row may leave it empty: readers of stored rows (backups) read in draft mode,
 * where only this requirement is left out (src/schema/read.ts).
 */
export const filled = (max: number) => v.pipe(v.string(), v.nonEmpty(), v.maxLength(max));

/** A number people type or files carry: finite and within ±MAX_INPUT. */
export const limitedNumber = () => v.pipe(v.number(), v.metadata({ limited: true } satisfies NumberMarks));

export const time = () => v.pipe(v.string(), v.maxLength(40), v.regex(TIME_PATTERN));
