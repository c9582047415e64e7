/**
 * What a session's state makes of its text, in stages: the text parsed into a table (or refused), months across
 * turned into rows, the columns' meanings, the activity and site of each value, and the drafts with their
 * problems, ready to add when any row is an entry. Each stage is a pure function of the stage before it and
 * the choices it uses; `sessionView()` keeps the last result of each, so a choice made further down (a unit, an
 * activity) does not parse the text again and a file of 10,000 rows is turned into drafts (50–200 ms) only
 * when something they depend on changed.
 */
import { unitsForActivity } from '../../core/activityUnits';
import type { CategoryId } from '../../core/categories';
import type { Activity, FactorSet } from '../../core/factorSet';
import { UNITS, type UnitId } from '../../core/units';
import type { Lang } from '../../i18n/issueMessages';
import { emptyMapping, type Mapping, suggestMapping } from './columns';
import { type BulkChoices, type BulkResult, buildDrafts, type EntryDraft, type RowResult } from './drafts';
import { type Refusal, refuseTable, refuseText } from './limits';
import { ACTIVITY_FROM_COLUMN, type BulkState } from './session';
import { readTable, type Table } from './table';
import { unitFromHeader } from './unitWords';
import { type DistinctValue, distinctValues, suggestActivity, suggestSite } from './values';
import { monthColumns, monthsToRows } from './wide';

/** What the session is for: the year, its factor set and sites, and the few words the rows are made with. */
export interface BulkContext {
  lang: Lang;
  year: number;
  set: FactorSet;
  sites: readonly { id: string; name: string }[];
  /** The activities of a category, in the order the user sees them. */
  activitiesOf: (category: CategoryId) => readonly Activity[];
  /** Headers of the month and quantity columns of a sheet with the months across; the source of pasted cells. */
  words: { month: string; quantity: string; pasted: string };
}

/** Rows shown in the preview besides every row with a problem. */
export const PREVIEW_ROWS = 10;

export interface Parsed {
  /** Too much text is not parsed at all. */
  textRefusal: Refusal | null;
  read: Table;
}

export function parse(text: string, delimiter: BulkState['delimiter'], header: boolean | null): Parsed {
  const textRefusal = refuseText(text);
  const read = readTable(textRefusal ? '' : text, {
    ...(delimiter !== 'auto' ? { delimiter } : {}),
    ...(header !== null ? { header } : {}),
  });
  return { textRefusal, read };
}

export interface Shaped {
  monthCols: number[];
  isWide: boolean;
  /** Too much text, too many entries or an open quote: nothing further is made. */
  refusal: Refusal | null;
  table: Table;
}

/** Months across the columns: one row per month cell, unless the user says otherwise. */
export function shape(p: Parsed, wide: boolean | null, names: { month: string; quantity: string }): Shaped {
  const monthCols = monthColumns(p.read);
  const isWide = (wide ?? true) && monthCols.length > 0;
  // Counted before the months are turned into rows: 60,000 meters × 12 months are never built.
  const refusal = p.textRefusal ?? refuseTable(p.read, isWide ? monthCols.length : 1);
  const table = isWide && refusal === null ? monthsToRows(p.read, monthCols, names) : p.read;
  return { monthCols, isWide, refusal, table };
}

export const suggest = (s: Shaped): Mapping => (s.refusal ? emptyMapping() : suggestMapping(s.table));

/** The suggestion with the user's choices over it. */
export function mappingOf(suggested: Mapping, over: Partial<Mapping>, hasSites: boolean): Mapping {
  // A partner without sites: a column of place names is not suggested as the site (every row would be a problem).
  return { ...suggested, ...(hasSites ? {} : { site: null }), ...over };
}

export interface Choices {
  categoryActivities: readonly Activity[];
  /** The activity select's value: an activity id, ACTIVITY_FROM_COLUMN or ''. */
  choice: string;
  fromColumn: boolean;
  activityValues: DistinctValue[];
  activityByValue: Record<string, string>;
  siteValues: DistinctValue[];
  siteByValue: Record<string, string>;
  unitOptions: UnitId[];
  /** Enough is chosen to make drafts: rows, a quantity column, and an activity for all or per value. */
  ready: boolean;
  choices: BulkChoices;
}

/** How the distinct values of a column are counted: sessionView passes one that remembers its last table. */
type Distinct = (table: Table, column: number) => DistinctValue[];

export function choose(
  st: BulkState,
  shaped: Shaped,
  mapping: Mapping,
  ctx: BulkContext,
  distinct: { activity: Distinct; site: Distinct } = { activity: distinctValues, site: distinctValues },
): Choices {
  const { table } = shaped;
  const categoryActivities = ctx.activitiesOf(st.category);
  const onlyActivity = categoryActivities.length === 1 ? (categoryActivities[0]?.id ?? '') : '';
  const choice = st.activityChoice ?? (mapping.activity !== null ? ACTIVITY_FROM_COLUMN : onlyActivity);
  const fromColumn = choice === ACTIVITY_FROM_COLUMN && mapping.activity !== null;
  const activity = choice === ACTIVITY_FROM_COLUMN ? '' : choice;
  const activityValues =
    fromColumn && mapping.activity !== null ? distinct.activity(table, mapping.activity) : [];
  // The quantity's unit narrows the suggestions: litres of "Bensiini" are petrol, not a petrol car's km.
  const hintUnit =
    st.unit !== 'auto'
      ? st.unit
      : mapping.quantity !== null
        ? unitFromHeader(table.header?.[mapping.quantity] ?? '')
        : undefined;
  const activityByValue = Object.fromEntries(
    activityValues.map((v) => [
      v.value,
      st.activityOver[v.value] ?? suggestActivity(v.value, ctx.set, st.category, hintUnit),
    ]),
  );
  const siteValues = mapping.site !== null ? distinct.site(table, mapping.site) : [];
  const siteByValue = Object.fromEntries(
    siteValues.map((v) => [v.value, st.siteOver[v.value] ?? suggestSite(v.value, ctx.sites)]),
  );
  const fixedActivity = ctx.set.activities.find((a) => a.id === activity);
  const unitOptions = fixedActivity
    ? unitsForActivity(fixedActivity, ctx.set)
    : (Object.keys(UNITS) as UnitId[]);
  const ready =
    shaped.refusal === null &&
    table.rows.length > 0 &&
    mapping.quantity !== null &&
    (fromColumn || fixedActivity !== undefined);
  const choices: BulkChoices = {
    lang: ctx.lang,
    year: ctx.year,
    category: st.category,
    set: ctx.set,
    activity: fromColumn ? '' : activity,
    activityByValue,
    unit: st.unit !== 'auto' && unitOptions.includes(st.unit) ? st.unit : 'auto',
    convention: st.convention,
    siteByValue,
    ...(st.dataQuality ? { dataQuality: st.dataQuality } : {}),
    sourceNote: st.source.kind === 'file' ? st.source.name : ctx.words.pasted,
  };
  return {
    categoryActivities,
    choice,
    fromColumn,
    activityValues,
    activityByValue,
    siteValues,
    siteByValue,
    unitOptions,
    ready,
    choices,
  };
}

export interface Preview {
  result: BulkResult | null;
  /** What "Add" writes: the rows that are entries, in the order of the file. */
  drafts: EntryDraft[];
  /** The first rows and every row with a problem. */
  rows: RowResult[];
  /** Rows that are entries but not shown. */
  hiddenOk: number;
}

export function preview(table: Table, mapping: Mapping, c: Choices): Preview {
  const result = c.ready ? buildDrafts(table, mapping, c.choices) : null;
  if (!result) return { result, drafts: [], rows: [], hiddenOk: 0 };
  const drafts = result.rows.flatMap((r) => (r.draft ? [r.draft] : []));
  const rows = result.rows.filter((r, i) => i < PREVIEW_ROWS || r.issues.length > 0);
  const hiddenOk = result.ok - rows.filter((r) => r.draft).length;
  return { result, drafts, rows, hiddenOk };
}

export interface BulkView extends Shaped, Choices, Preview {
  read: Table;
  mapping: Mapping;
}

/** The last result of a stage and what it was made from, compared by identity. */
function last<A extends readonly unknown[], R>(make: (...args: A) => R): (...args: A) => R {
  let args: A | undefined;
  let result: R | undefined;
  return (...next: A): R => {
    if (args === undefined || args.length !== next.length || args.some((a, i) => a !== next[i])) {
      args = next;
      result = make(...next);
    }
    return result as R;
  };
}

/**
 * A session's view, each stage made again only when what it is made from changed. One per open dialog: it
 * remembers the last state it was given.
 */
export function sessionView(): (st: BulkState, ctx: BulkContext) => BulkView {
  const parsed = last(parse);
  const shaped = last((p: Parsed, wide: boolean | null, month: string, quantity: string) =>
    shape(p, wide, { month, quantity }),
  );
  const suggested = last(suggest);
  const distinct = { activity: last(distinctValues), site: last(distinctValues) };
  let previewOf: { table: Table; key: string; preview: Preview } | undefined;
  return (st, ctx) => {
    const p = parsed(st.source.text, st.delimiter, st.header);
    const s = shaped(p, st.wide, ctx.words.month, ctx.words.quantity);
    const mapping = mappingOf(suggested(s), st.mappingOver, ctx.sites.length > 0);
    const c = choose(st, s, mapping, ctx, distinct);
    // The choices are new objects at every call: compared by what they hold (the set by its id and release).
    const key = JSON.stringify([c.ready, mapping, { ...c.choices, set: `${ctx.set.id}-${ctx.set.release}` }]);
    if (previewOf?.table !== s.table || previewOf.key !== key) {
      previewOf = { table: s.table, key, preview: preview(s.table, mapping, c) };
    }
    return { read: p.read, ...s, mapping, ...c, ...previewOf.preview };
  };
}
