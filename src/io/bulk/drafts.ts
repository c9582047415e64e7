/**
 * The rows of a table, with the user's column mapping and choices, to entry drafts. Each row becomes a draft or
 * a list of problems, never both, and no row is dropped: the preview shows every problem with the row's number.
 * Nothing here writes: the drafts are stored only when the user confirms (addEntries in src/db).
 */
import '../../i18n/uiBulk';
import { unitsForActivity } from '../../core/activityUnits';
import { type CategoryId, categoryInfo } from '../../core/categories';
import { Checker, MAX_STRING } from '../../core/check';
import type { Activity, FactorSet } from '../../core/factorSet';
import type { DataQuality } from '../../core/inventory';
import type { Issue } from '../../core/issues';
import type { UnitId } from '../../core/units';
import type { Lang } from '../../i18n/issueMessages';
import type { Mapping } from './columns';
import {
  type ColumnConvention,
  type Convention,
  columnConvention,
  quantityLimit,
  readNumber,
  splitQuantity,
} from './numbers';
import { periodOf, readPeriod } from './periods';
import type { Table, TableRow } from './table';
import { unitFromHeader, unitFromWord } from './unitWords';

export interface EntryDraft {
  category: CategoryId;
  activity: string;
  quantity: number;
  /** The quantity's cell as it was in the file. */
  quantityText: string;
  unit: UnitId;
  period?: string;
  site?: string;
  dataQuality?: DataQuality;
  sourceNote?: string;
  note?: string;
}

export interface BulkChoices {
  lang: Lang;
  year: number;
  category: CategoryId;
  set: FactorSet;
  /** One activity for every row; '' when the activity comes from a column. */
  activity: string;
  /** With an activity column: each of its values to an activity id ('' = not chosen). */
  activityByValue: Readonly<Record<string, string>>;
  /** 'auto': from the unit column, the quantity cell or the quantity's header; else this unit for every row. */
  unit: UnitId | 'auto';
  /** 'auto': read from the quantity column's values. */
  convention: Convention | 'auto';
  /** With a site column: each of its values to a site id ('' = not one of the partner's sites). */
  siteByValue: Readonly<Record<string, string>>;
  dataQuality?: DataQuality;
  /** The entries' source when no source column is mapped: the file's name, or "pasted cells". */
  sourceNote: string;
}

export interface RowResult {
  line: number;
  cells: string[];
  draft?: EntryDraft;
  issues: Issue[];
}

/** Something assumed for all rows, shown above the preview. Keys are words of the bulk catalogue. */
export interface Notice {
  key: 'bulkNoticeConvention' | 'bulkNoticeDefaultUnit' | 'bulkNoticeKmAsPkm' | 'bulkNoticeMonthOnly';
  params: Record<string, string | number>;
}

export interface BulkResult {
  rows: RowResult[];
  /** Rows that become entries. */
  ok: number;
  /** Rows with a problem: shown, not added. */
  problems: number;
  empty: number;
  convention: ColumnConvention | null;
  notices: Notice[];
}

const cell = (r: TableRow, i: number | null) => (i === null ? '' : (r.cells[i] ?? ''));

export function buildDrafts(table: Table, mapping: Mapping, c: BulkChoices): BulkResult {
  const notices: Notice[] = [];
  const notice = (n: Notice) => {
    if (!notices.some((x) => x.key === n.key)) notices.push(n);
  };
  const q = mapping.quantity;
  const detected =
    q === null
      ? null
      : columnConvention(
          table.rows.map((r) => cell(r, q)),
          table.delimiter,
          c.lang,
        );
  const convention: ColumnConvention | null =
    c.convention === 'auto' ? detected : { convention: c.convention, basis: 'values', ambiguous: false };
  if (c.convention === 'auto' && detected && detected.basis !== 'values' && detected.ambiguous) {
    notice({
      key: 'bulkNoticeConvention',
      params: { convention: detected.convention, basis: detected.basis },
    });
  }
  const headerUnitText = q !== null && table.header ? (table.header[q] ?? '') : '';
  const headerUnit = unitFromHeader(headerUnitText);
  const allowsNegative = categoryInfo(c.category).allowsNegative;

  const rows = table.rows.map((r): RowResult => {
    const ck = new Checker();
    const at = (field: string) => `/rows/${r.line}/${field}`;
    const draft: Partial<EntryDraft> = { category: c.category };

    // Activity: one for all, or the row's value as the user mapped it.
    let activity: Activity | undefined;
    if (mapping.activity !== null && c.activity === '') {
      const v = cell(r, mapping.activity);
      const id = c.activityByValue[v] ?? '';
      if (v === '') ck.error(at('activity'), 'required', { key: table.header?.[mapping.activity] ?? '' });
      else if (id === '') ck.error(at('activity'), 'activity-unmapped', { value: v });
      activity = c.set.activities.find((a) => a.id === id);
    } else {
      activity = c.set.activities.find((a) => a.id === c.activity);
      if (!activity) ck.error(at('activity'), 'required', { key: '' });
    }
    if (activity && !activity.categories.includes(c.category)) {
      ck.error(at('activity'), 'activity-category', { activity: activity.id, category: c.category });
    }
    if (activity) draft.activity = activity.id;

    // Quantity, in the column's convention; a unit may follow the number in the cell.
    const text = cell(r, q);
    const parts = splitQuantity(text);
    if (q === null || text === '')
      ck.error(at('quantity'), 'required', { key: table.header?.[q ?? -1] ?? '' });
    else if (convention) {
      const v = readNumber(parts.number, convention.convention);
      const other = readNumber(parts.number, convention.convention === 'fi' ? 'en' : 'fi');
      const limit = v === null ? null : quantityLimit(v, parts.number);
      if (v === null && other !== null)
        ck.error(at('quantity'), 'number-convention', { value: text, expected: convention.convention });
      else if (v === null) ck.error(at('quantity'), 'not-a-number', { value: text });
      else if (limit) ck.error(at('quantity'), 'number-limit', { value: text, ...limit });
      else if (v < 0 && !(allowsNegative && activity?.gas !== undefined))
        ck.error(at('quantity'), 'negative-quantity', { value: text });
      else {
        draft.quantity = v;
        draft.quantityText = text;
      }
    }

    // Unit: the user's choice, else the unit column, the cell, the header, and last the activity's own unit.
    if (activity) {
      let unit: UnitId | undefined;
      let written = '';
      if (c.unit !== 'auto') unit = c.unit;
      else if (cell(r, mapping.unit) !== '') written = cell(r, mapping.unit);
      else if (parts.unit !== '') written = parts.unit;
      else if (headerUnit) unit = headerUnit;
      else {
        unit = activity.unit;
        notice({ key: 'bulkNoticeDefaultUnit', params: { unit: activity.unit } });
      }
      if (written !== '') {
        unit = unitFromWord(written);
        if (!unit) ck.error(at('unit'), 'unknown-unit', { unit: written });
      }
      const accepted = unitsForActivity(activity, c.set);
      // A flight list's distance in km is one passenger's: passenger-km, said above the preview.
      if (unit === 'km' && !accepted.includes('km') && accepted.includes('pkm')) {
        unit = 'pkm';
        notice({ key: 'bulkNoticeKmAsPkm', params: {} });
      }
      if (unit && !accepted.includes(unit)) {
        ck.error(at('unit'), 'wrong-dimension', { unit, expected: activity.unit });
      } else if (unit) draft.unit = unit;
    }

    // Period: a date or month of the inventory's year; no date column means the whole year.
    const d = cell(r, mapping.date);
    if (d !== '') {
      const p = readPeriod(d);
      if (p.kind === 'invalid') ck.error(at('period'), 'date-format', { value: d });
      else if (p.kind === 'range') {
        const wholeYear =
          p.from.y === c.year &&
          p.to.y === c.year &&
          p.from.m === 1 &&
          p.from.d === 1 &&
          p.to.m === 12 &&
          p.to.d === 31;
        if (!wholeYear) ck.error(at('period'), 'period-span', { value: d });
      } else if (p.year !== null && p.year !== c.year) {
        ck.error(at('period'), 'period-year', { value: d, year: c.year });
      } else {
        if (p.year === null) notice({ key: 'bulkNoticeMonthOnly', params: { year: c.year } });
        draft.period = periodOf(c.year, p.month);
      }
    }

    const s = cell(r, mapping.site);
    if (s !== '') {
      const id = c.siteByValue[s] ?? '';
      if (id === '') ck.error(at('site'), 'unknown-site', { site: s });
      else draft.site = id;
    }

    const note = mapping.note
      .map((i) => cell(r, i))
      .filter((t) => t !== '')
      .join(' – ');
    const source = cell(r, mapping.source) || c.sourceNote;
    for (const [field, v] of [
      ['note', note],
      ['sourceNote', source],
    ] as const) {
      if (v.length > MAX_STRING) ck.error(at(field), 'too-long', { length: v.length, max: MAX_STRING });
      else if (v !== '') draft[field] = v;
    }
    if (c.dataQuality) draft.dataQuality = c.dataQuality;

    const issues = ck.issues;
    return issues.length > 0
      ? { line: r.line, cells: r.cells, issues }
      : { line: r.line, cells: r.cells, draft: draft as EntryDraft, issues };
  });
  const ok = rows.filter((r) => r.draft).length;
  return { rows, ok, problems: rows.length - ok, empty: table.emptyRows, convention, notices };
}
