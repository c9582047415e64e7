/**
 * The handover summary at the end of a guided session (issue 10): what was entered (categories, entries,
 * totals), what was estimated and how (estimated entries with their notes), what is still to do and by whom
 * (categories to do, figures not known yet with their owners), the session's notes and its closing handover
 * note. Made from the year as it is, on any device: the partner file carries the year (its notes, missing
 * figures and entries), never a summary of it, as it carries results that a reader recomputes.
 */

import type { CategoryId } from './categories';
import { completeness } from './completeness';
import type { Entry, Inventory, MissingFigure, SessionNote } from './inventory';
import type { CategoryTotal } from './results';
import { handoverNote, notesOfEntry } from './sessionNotes';

export interface HandoverSummary {
  /** Categories with entries, in the categories' order, with their totals where the year computes. */
  entered: { category: CategoryId; entries: number; total?: CategoryTotal }[];
  /** Entries whose data quality is 'estimated', with the notes that say how. */
  estimated: { entry: Entry; notes: SessionNote[] }[];
  /** Categories to do that no missing figure names (a figure names its own category). */
  todoCategories: CategoryId[];
  /** Figures not known yet, with the document that holds each and who will find it. */
  missing: MissingFigure[];
  /** The session's notes, oldest first, the handover note left out (it has a place of its own). */
  notes: SessionNote[];
  handover?: SessionNote;
}

export function handoverSummary(
  inv: Inventory,
  byCategory: Partial<Record<CategoryId, CategoryTotal>> = {},
): HandoverSummary {
  const { categories } = completeness(inv);
  const entered: HandoverSummary['entered'] = [];
  const todoCategories: CategoryId[] = [];
  for (const [category, c] of categories) {
    const total = byCategory[category];
    if (c.state === 'entries') entered.push({ category, entries: c.entries, ...(total ? { total } : {}) });
    else if (c.state === 'todo' && c.missing === 0) todoCategories.push(category);
  }
  const handover = handoverNote(inv.notes);
  return {
    entered,
    estimated: inv.entries
      .filter((e) => e.dataQuality === 'estimated')
      .map((entry) => ({ entry, notes: notesOfEntry(inv.notes, entry.id) })),
    todoCategories,
    missing: [...(inv.missing ?? [])],
    notes: (inv.notes ?? []).filter((n) => n !== handover),
    ...(handover ? { handover } : {}),
  };
}
