/**
 * The exchange file itself, version 1 (docs/exchange-format.md): format and version, the program that wrote
 * it, and one organization with its years. The published JSON Schema is generated from this
 * (tools/gen-exchange-schema.ts).
 */
import * as v from 'valibot';
import { text } from './fields';
import { InventorySchema } from './inventory';
import { OrganizationSchema } from './organization';
import { TargetProgressSchema } from './progress';

export const EXCHANGE_FORMAT = 'paastolaskuri-exchange';
export const EXCHANGE_VERSION = 1;

export const ExchangeFileSchema = v.object({
  format: v.literal(EXCHANGE_FORMAT),
  version: v.literal(EXCHANGE_VERSION),
  /** The program that wrote the file; informational, so a missing part is read as empty. */
  app: v.optional(
    v.object({ name: v.optional(text(100), () => ''), version: v.optional(text(50), () => '') }),
  ),
  exportedAt: v.optional(v.pipe(v.string(), v.maxLength(40), v.regex(/^\d{4}-\d{2}-\d{2}T/))),
  organization: OrganizationSchema,
  inventories: v.array(InventorySchema),
  /**
   * Computed, written by the app for the city: each of the commitment's targets' progress over the file's
   * years, in the targets' order. A reader ignores it (as it does each year's results) and recomputes it.
   */
  targetProgress: v.optional(v.array(TargetProgressSchema)),
});
