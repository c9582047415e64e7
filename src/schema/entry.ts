/**
 * The entry and its contractual instruments (docs/exchange-format.md): declared once, read by the exchange
 * reader (a finished entry) and the backup reader (a stored row, which adds its keys and may be unfinished).
 */
import * as v from 'valibot';
import { CATEGORY_IDS } from '../core/categories';
import type { ContractualInstrument, Entry } from '../core/inventory';
import { UNITS, type UnitId } from '../core/units';
import { filled, id, limitedNumber, PERIOD_PATTERN, text, time } from './fields';
import type { Assert, Same } from './same';

export const UNIT_IDS = Object.keys(UNITS) as UnitId[];
export const DATA_QUALITIES = ['measured', 'invoice', 'estimated'] as const;

/** Shared by every record that names a category or a unit, so the published schema defines each list once. */
export const CategorySchema = v.picklist(CATEGORY_IDS);
export const UnitSchema = v.picklist(UNIT_IDS);

export const InstrumentSchema = v.object({
  kind: v.picklist(['certificate', 'supplier']),
  /** Share of the entry's quantity the instrument covers. */
  share: v.optional(v.pipe(v.number(), v.minValue(0), v.maxValue(1))),
  /** Custom factor id; a certificate without one is a renewable guarantee of origin. */
  factor: v.optional(id()),
  note: filled(1000),
});

/** Fields an entry has wherever it is kept, in the order they are read (and problems listed). */
const entryHead = {
  id: id(),
  category: CategorySchema,
  /** Activity id in the factor set, or "custom" with a custom factor. */
  activity: filled(120),
};
const entryTail = {
  unit: UnitSchema,
  site: v.optional(id()),
  period: v.optional(v.pipe(v.string(), v.maxLength(7), v.regex(PERIOD_PATTERN))),
  dataQuality: v.optional(v.picklist(DATA_QUALITIES)),
  sourceNote: v.optional(text(1000)),
  note: v.optional(text(2000)),
  customFactor: v.optional(id()),
  instruments: v.optional(v.array(InstrumentSchema)),
};

/** An entry of an exchange file: finished, its quantity a number. */
export const EntrySchema = v.object({ ...entryHead, quantity: limitedNumber(), ...entryTail });

/**
 * An entry as stored on the device: its year and position, the text typed for the quantity next to the
 * parsed number (null while the text is empty or not a number), and when it was last written.
 */
export const EntryRowSchema = v.object({
  id: entryHead.id,
  inventoryId: id(),
  order: v.number(),
  category: entryHead.category,
  activity: entryHead.activity,
  quantity: v.nullable(limitedNumber()),
  quantityText: text(200),
  ...entryTail,
  /**
   * "Figure not known yet" (issue 10): the entry counts as to do, never as a number, and is carried as a
   * missing figure (Inventory.missing) with the document that holds it and who will find it.
   */
  pending: v.optional(v.object({ document: v.optional(text(1000)), owner: v.optional(text(200)) })),
  updatedAt: time(),
});

export type EntryRowFields = v.InferOutput<typeof EntryRowSchema>;

// The core declares what it calculates with (it imports no package); these fail to compile if the schema and
// the core's declarations part.
export type EntryIsCore = Assert<Same<v.InferOutput<typeof EntrySchema>, Entry>>;
export type InstrumentIsCore = Assert<Same<v.InferOutput<typeof InstrumentSchema>, ContractualInstrument>>;
