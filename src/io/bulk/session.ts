/**
 * One import from a spreadsheet as a session: what the user gave (pasted cells or a file) and chose (how to
 * read it, what the columns mean, which activity and site each value is). Every step is a pure function from
 * one state to the next; what the choices make of the text (table, mapping, drafts) is derived from the state
 * by sessionView.ts. The import dialog only draws a state and calls these. No words here: a problem is a kind
 * with its figures, made a sentence by the UI.
 */
import type { CategoryId } from '../../core/categories';
import type { DataQuality } from '../../core/inventory';
import type { UnitId } from '../../core/units';
import type { Field, Mapping } from './columns';
import type { DecodedText, MixedEncoding } from './decode';
import { type Refusal, refuseFile } from './limits';
import type { Convention } from './numbers';
import type { Delimiter } from './table';

export type BulkSource =
  /** `mixedLines`: the lines read as Windows-1252 in an otherwise UTF-8 file, as the user chose. */
  | { kind: 'file'; name: string; text: string; encoding: string; mixedLines?: number[] }
  | { kind: 'paste'; text: string };

/** A file not taken; for a file of two encodings, the reading the user may choose instead (`offer`). */
export type FileProblem =
  | { kind: 'refused'; refusal: Refusal }
  | { kind: 'binary' }
  | { kind: 'unreadable' }
  | { kind: 'mixed'; mixed: MixedEncoding; offer?: BulkSource };

/** Where adding the drafts stands: the dialog closes when it succeeds. */
export type WriteState = 'idle' | 'writing' | 'failed';

export interface BulkState {
  source: BulkSource;
  fileProblem: FileProblem | null;
  delimiter: Delimiter | 'auto';
  /** null: detected. */
  header: boolean | null;
  /** Months across the columns read as one row per month cell; null: yes, when there are month columns. */
  wide: boolean | null;
  category: CategoryId;
  /** An activity id, the column value (ACTIVITY_FROM_COLUMN), '' for none; null: suggested. */
  activityChoice: string | null;
  /** The user's column choices over the suggested ones. */
  mappingOver: Partial<Mapping>;
  /** The user's activity for a value of the activity column, over the suggested one. */
  activityOver: Record<string, string>;
  siteOver: Record<string, string>;
  unit: UnitId | 'auto';
  convention: Convention | 'auto';
  dataQuality: DataQuality | '';
  write: WriteState;
}

/** The activity choice that takes each row's activity from the activity column's value. */
export const ACTIVITY_FROM_COLUMN = '__column__';

/** The fields a column can be chosen for, in the order the dialog shows them (the note's columns apart). */
export const FIELDS: readonly Field[] = ['quantity', 'date', 'unit', 'activity', 'site', 'source'];

export function startSession(category: CategoryId): BulkState {
  return {
    source: { kind: 'paste', text: '' },
    fileProblem: null,
    delimiter: 'auto',
    header: null,
    wide: null,
    category,
    activityChoice: null,
    mappingOver: {},
    activityOver: {},
    siteOver: {},
    unit: 'auto',
    convention: 'auto',
    dataQuality: '',
    write: 'idle',
  };
}

/**
 * New text: everything read from the old one is forgotten (header, months across, columns, values' meanings),
 * and so is a file refused before it. How to read numbers, the category, activity and unit stay chosen.
 */
export function takeText(s: BulkState, source: BulkSource): BulkState {
  return {
    ...s,
    source,
    fileProblem: null,
    header: null,
    wide: null,
    mappingOver: {},
    activityOver: {},
    siteOver: {},
    write: s.write === 'failed' ? 'idle' : s.write,
  };
}

export const pasteText = (s: BulkState, text: string): BulkState => takeText(s, { kind: 'paste', text });

/**
 * A file was chosen, or the choice emptied (no size): the problem of the file before is forgotten, and a file
 * over the limit is refused from its size alone. The text so far stays until a file's text is taken.
 */
export function fileChosen(s: BulkState, size: number | undefined): BulkState {
  const refusal = size === undefined ? null : refuseFile(size);
  return { ...s, fileProblem: refusal ? { kind: 'refused', refusal } : null };
}

/** Whether a file of this size is read at all: one over the limit is never read into memory. */
export const fileReadable = (size: number): boolean => refuseFile(size) === null;

/** The file's bytes as text: taken, or, when not plain text in one encoding, a problem and nothing taken. */
export function fileDecoded(s: BulkState, name: string, d: DecodedText): BulkState {
  if (d.encoding === 'binary') return { ...s, fileProblem: { kind: 'binary' } };
  if (d.encoding === 'mixed') {
    const offer: BulkSource = {
      kind: 'file',
      name,
      text: d.text,
      encoding: 'utf-8 + windows-1252',
      mixedLines: d.mixed.lines,
    };
    return {
      ...s,
      fileProblem: { kind: 'mixed', mixed: d.mixed, ...(d.mixed.linesAre1252 ? { offer } : {}) },
    };
  }
  return takeText(s, { kind: 'file', name, text: d.text, encoding: d.encoding });
}

export const fileUnreadable = (s: BulkState): BulkState => ({ ...s, fileProblem: { kind: 'unreadable' } });

/** The user takes the reading offered for a file of two encodings. */
export function takeOffer(s: BulkState): BulkState {
  const offer = s.fileProblem?.kind === 'mixed' ? s.fileProblem.offer : undefined;
  return offer ? takeText(s, offer) : s;
}

/** Another separator makes other columns: the header is detected again and columns suggested again. */
export const setDelimiter = (s: BulkState, delimiter: Delimiter | 'auto'): BulkState => ({
  ...s,
  delimiter,
  header: null,
  mappingOver: {},
});

export const setHeader = (s: BulkState, header: boolean): BulkState => ({
  ...s,
  header,
  wide: null,
  mappingOver: {},
});

export const setWide = (s: BulkState, wide: boolean): BulkState => ({ ...s, wide, mappingOver: {} });

export const setConvention = (s: BulkState, convention: Convention | 'auto'): BulkState => ({
  ...s,
  convention,
});

/** Another category has other activities: the activity and the values' activities are suggested again. */
export const setCategory = (s: BulkState, category: CategoryId): BulkState => ({
  ...s,
  category,
  activityChoice: null,
  activityOver: {},
});

/** Another activity takes other units: the unit goes back to automatic. */
export const chooseActivity = (s: BulkState, activityChoice: string): BulkState => ({
  ...s,
  activityChoice,
  unit: 'auto',
});

export const setUnit = (s: BulkState, unit: UnitId | 'auto'): BulkState => ({ ...s, unit });

export const setDataQuality = (s: BulkState, dataQuality: DataQuality | ''): BulkState => ({
  ...s,
  dataQuality,
});

export const chooseActivityFor = (s: BulkState, value: string, id: string): BulkState => ({
  ...s,
  activityOver: { ...s.activityOver, [value]: id },
});

export const chooseSiteFor = (s: BulkState, value: string, id: string): BulkState => ({
  ...s,
  siteOver: { ...s.siteOver, [value]: id },
});

/**
 * A column chosen for a field (or none). A column means one thing: it is taken from any other field, or the
 * note, that had it. `mapping` is the one in effect (suggested with the user's choices over it).
 */
export function mapColumn(s: BulkState, mapping: Mapping, field: Field, column: number | null): BulkState {
  const next: Partial<Mapping> = { ...s.mappingOver, [field]: column };
  if (column !== null) {
    for (const g of FIELDS) if (g !== field && mapping[g] === column) next[g] = null;
    next.note = mapping.note.filter((n) => n !== column);
  }
  return { ...s, mappingOver: next };
}

/** A column joined into the note, or not; joined, it is taken from the field that had it. */
export function toggleNote(s: BulkState, mapping: Mapping, column: number, on: boolean): BulkState {
  const next: Partial<Mapping> = {
    ...s.mappingOver,
    note: on ? [...mapping.note, column].sort((a, b) => a - b) : mapping.note.filter((n) => n !== column),
  };
  if (on) for (const g of FIELDS) if (mapping[g] === column) next[g] = null;
  return { ...s, mappingOver: next };
}

export const writeStarted = (s: BulkState): BulkState => ({ ...s, write: 'writing' });
export const writeFailed = (s: BulkState): BulkState => ({ ...s, write: 'failed' });
