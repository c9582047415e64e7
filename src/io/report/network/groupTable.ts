/**
 * A table of the network summary whose rows are groups of partners (scopes, categories, sectors, size bands,
 * target presets, action themes × statuses): each row with how many partners it is made of, and the total.
 * Anonymous, the rows are what src/core/anonymity.ts lets through: groups of fewer than three partners are
 * merged into "Others" (with a complement), and a table of fewer than three partners in all is withheld.
 */
import '../../../i18n/uiNetworkPublication';
import '../../../i18n/uiReport';
import { type GroupFigure, MIN_PARTNERS, publishGroups } from '../../../core/anonymity';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import type { TableColumn, TableRow } from '../tables/types';

export interface GroupTableSpec {
  id: string;
  title: string;
  notes: string[];
  /** The columns of a group's values, in the order of GroupFigure.values. */
  values: TableColumn[];
  /** A group's label from its key. */
  label: (key: string) => string;
  /** Whether the table ends in a total row (not where rows overlap and a sum would mean nothing). */
  total?: boolean;
}

export interface SummaryTable {
  id: string;
  title: string;
  notes: string[];
  columns: TableColumn[];
  rows: TableRow[];
}

function row(id: string, item: string, partners: number, values: readonly number[], spec: GroupTableSpec) {
  const cells: TableRow['cells'] = { item, partners };
  for (const [i, c] of spec.values.entries()) cells[c.id] = values[i] ?? 0;
  return { id, cells };
}

function distinct(groups: readonly GroupFigure[]): number {
  return new Set(groups.flatMap((g) => g.partners)).size;
}

function sum(groups: readonly GroupFigure[], width: number): number[] {
  return Array.from({ length: width }, (_, i) => groups.reduce((s, g) => s + (g.values[i] ?? 0), 0));
}

export function groupTable(
  groups: readonly GroupFigure[],
  spec: GroupTableSpec,
  lang: Lang,
  anonymous: boolean,
): SummaryTable {
  const columns: TableColumn[] = [
    { id: 'item', title: tr(lang, 'reportColItem'), kind: 'text' },
    { id: 'partners', title: tr(lang, 'pubColPartners'), kind: 'number' },
    ...spec.values,
  ];
  const base = { id: spec.id, title: spec.title, columns };
  const present = groups.filter((g) => g.partners.length > 0);
  const width = spec.values.length;
  if (!anonymous) {
    const rows: TableRow[] = present.map((g) => row(g.key, spec.label(g.key), distinct([g]), g.values, spec));
    if (spec.total !== false && present.length > 0) {
      rows.push({
        ...row('total', tr(lang, 'pubRowAll'), distinct(present), sum(present, width), spec),
        total: true,
      });
    }
    return { ...base, notes: spec.notes, rows };
  }
  const out = publishGroups(present);
  if (!out.total) {
    const notes = present.length > 0 ? [tr(lang, 'pubNoteWithheld', { min: MIN_PARTNERS })] : spec.notes;
    return { ...base, notes, rows: [] };
  }
  const rows: TableRow[] = out.shown.map((s) => row(s.key, spec.label(s.key), s.partners, s.values, spec));
  if (out.others)
    rows.push(row('others', tr(lang, 'pubRowOthers'), out.others.partners, out.others.values, spec));
  if (spec.total !== false) {
    rows.push({
      ...row('total', tr(lang, 'pubRowAll'), out.total.partners, out.total.values, spec),
      total: true,
    });
  }
  const notes = out.others ? [...spec.notes, tr(lang, 'pubNoteMerged', { min: MIN_PARTNERS })] : spec.notes;
  return { ...base, notes, rows };
}
