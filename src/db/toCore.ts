/**
 * Stored rows to the core's Inventory. Entries that are not complete yet (no activity chosen, or a quantity
 * that is empty or not a valid number) are left out of the calculation and listed, so the editor can show
 * them as unfinished instead of counting them as zero. A row marked "figure not known yet" (`pending`) is a
 * missing figure of the year (Inventory.missing): it counts as to do and is never a zero, whatever its
 * quantity field holds.
 */
import type { CustomFactor, Entry, Inventory, MissingFigure } from '../core/inventory';
import type { EntryRow, InventoryRow } from './rows';

/**
 * No activity chosen yet, or a quantity that is empty or not a valid number. A figure marked not known yet is
 * not unfinished: it is a missing figure, to do by its own count.
 */
export function isUnfinished(e: Pick<EntryRow, 'activity' | 'quantity' | 'pending'>): boolean {
  if (e.pending) return false;
  return e.activity === '' || e.quantity === null || !Number.isFinite(e.quantity);
}

/**
 * `factors`: the partner's own factors the year is evaluated with (OrganizationRow.customFactors: all of them
 * in the editor, factorsOfYear's for a file or report). A row written before schema version 3 that escaped
 * the upgrade (one put back by the undo of an older import) still has its own list: those of its factors the
 * partner lacks are added, so its entries never point at nothing.
 */
export function toCoreInventory(
  row: InventoryRow,
  entries: readonly EntryRow[],
  factors: readonly CustomFactor[],
): { inventory: Inventory; incomplete: EntryRow[] } {
  const ready: Entry[] = [];
  const incomplete: EntryRow[] = [];
  const missing: MissingFigure[] = [];
  for (const e of entries) {
    if (e.pending) {
      missing.push(toMissingFigure(e));
      continue;
    }
    if (e.quantity === null || isUnfinished(e)) {
      incomplete.push(e);
      continue;
    }
    const entry: Entry = {
      id: e.id,
      category: e.category,
      activity: e.activity,
      quantity: e.quantity,
      unit: e.unit,
    };
    if (e.site !== undefined) entry.site = e.site;
    if (e.period !== undefined) entry.period = e.period;
    if (e.dataQuality !== undefined) entry.dataQuality = e.dataQuality;
    if (e.sourceNote !== undefined) entry.sourceNote = e.sourceNote;
    if (e.note !== undefined) entry.note = e.note;
    if (e.customFactor !== undefined) entry.customFactor = e.customFactor;
    if (e.instruments !== undefined && e.instruments.length > 0) entry.instruments = e.instruments;
    ready.push(entry);
  }
  const inventory: Inventory = {
    year: row.year,
    boundary: row.boundary,
    gwp: row.gwp,
    factorSet: row.factorSet,
    radiativeForcing: row.radiativeForcing,
    metrics: row.metrics,
    entries: ready,
    customFactors: withLegacy(factors, row.customFactors),
    excluded: row.excluded,
    status: row.status,
    ...(missing.length > 0 ? { missing } : {}),
  };
  if (row.interview !== undefined) inventory.interview = row.interview;
  if (row.notes !== undefined && row.notes.length > 0) inventory.notes = row.notes;
  return { inventory, incomplete };
}

/** A pending row as the missing figure it stands for: its activity and unit kept, its quantity not. */
export function toMissingFigure(e: EntryRow): MissingFigure {
  const m: MissingFigure = { id: e.id, category: e.category, activity: e.activity, unit: e.unit };
  if (e.site !== undefined) m.site = e.site;
  if (e.period !== undefined) m.period = e.period;
  if (e.pending?.document) m.document = e.pending.document;
  if (e.pending?.owner) m.owner = e.pending.owner;
  if (e.note) m.note = e.note;
  return m;
}

function withLegacy(
  factors: readonly CustomFactor[],
  legacy: readonly CustomFactor[] | undefined,
): CustomFactor[] {
  if (!legacy || legacy.length === 0) return [...factors];
  const have = new Set(factors.map((f) => f.id));
  return [...factors, ...legacy.filter((f) => !have.has(f.id))];
}
