/**
 * The import dialog: a CSV file or pasted cells, how they are read (separator, header, number format), what
 * each column means, the activity for all rows or per value of a column, and a preview with every row that has
 * a problem. Nothing is stored until "Add N entries"; the write is all-or-nothing (addEntries).
 * A native modal <dialog>: the browser keeps focus inside it and Esc closes it.
 */
import '../../i18n/uiBulk';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { unitsForActivity } from '../../core/activityUnits';
import { CATEGORIES, type CategoryId, categoryInfo } from '../../core/categories';
import type { FactorSet } from '../../core/factorSet';
import type { DataQuality } from '../../core/inventory';
import { UNITS, type UnitId } from '../../core/units';
import { addEntries } from '../../db/bulkEntries';
import type { InventoryRow, SiteRow } from '../../db/rows';
import { formatNumber } from '../../i18n/format';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import {
  type BulkChoices,
  type BulkResult,
  buildDrafts,
  type Convention,
  type Delimiter,
  decodeText,
  distinctValues,
  emptyMapping,
  type Field,
  MAX_ROWS,
  type Mapping,
  monthColumns,
  monthsToRows,
  type Notice,
  type Refusal,
  type RowResult,
  readTable,
  refuseFile,
  refuseTable,
  refuseText,
  suggestActivity,
  suggestMapping,
  suggestSite,
  type Table,
  unitFromHeader,
} from '../../io/bulk';
import { db } from '../../state/database';
import { succeeded } from '../../state/saveStatus';
import { SelectField } from '../components/SelectField';
import { activitiesOf } from './activityList';
import './bulkImport.css';

export interface BulkImportDialogProps {
  lang: Lang;
  category: CategoryId;
  inv: InventoryRow;
  sites: SiteRow[];
  set: FactorSet;
  /** Called when the dialog closes; with the number of entries added, if any. */
  onClose: (added?: { n: number; category: CategoryId }) => void;
}

type Source =
  /** `mixedLines`: the lines read as Windows-1252 in an otherwise UTF-8 file, as the user chose. */
  | { kind: 'file'; name: string; text: string; encoding: string; mixedLines?: number[] }
  | { kind: 'paste'; text: string };

/** A file not taken, and for a file of two encodings the reading the user may choose instead. */
type FileProblem = { message: string; offer?: Source };

const COLUMN = '__column__';
const PREVIEW_ROWS = 10;
const FIELDS: readonly [
  Field,
  'bulkColQuantity' | 'bulkColUnit' | 'bulkColDate' | 'bulkColSite' | 'bulkColActivity' | 'bulkColSource',
][] = [
  ['quantity', 'bulkColQuantity'],
  ['date', 'bulkColDate'],
  ['unit', 'bulkColUnit'],
  ['activity', 'bulkColActivity'],
  ['site', 'bulkColSite'],
  ['source', 'bulkColSource'],
];

/** "Litrat (esim. 45,20)" or "Sarake 4 (esim. 45,20)": what the user recognises a column by. */
function columnLabel(lang: Lang, table: Table, i: number): string {
  const name = table.header?.[i] || tr(lang, 'bulkColumnN', { n: i + 1 });
  const sample = table.rows.find((r) => (r.cells[i] ?? '') !== '')?.cells[i];
  const short = sample && sample.length > 24 ? `${sample.slice(0, 24)}…` : sample;
  return short ? `${name} (${tr(lang, 'bulkSample', { value: short })})` : name;
}

function refusalText(lang: Lang, r: Refusal, from: Source['kind']): string {
  const mb = (bytes: number) => formatNumber(bytes / 1024 / 1024, lang);
  const rows = formatNumber(MAX_ROWS, lang, 0);
  if (r.kind === 'file-too-large') {
    const key = from === 'file' ? 'bulkFileTooLarge' : 'bulkPasteTooLarge';
    return tr(lang, key, { size: mb(r.bytes), max: mb(r.max), rows });
  }
  if (r.kind === 'too-many-rows') {
    return tr(lang, 'bulkTooManyRows', { rows: formatNumber(r.rows, lang, 0), max: rows });
  }
  return tr(lang, 'bulkUnclosedQuote', { line: r.line });
}

/** "3, 7, 12" and, past ten lines, "…": the rest are in the file. */
const lineList = (lines: readonly number[]) =>
  lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');

function noticeText(lang: Lang, n: Notice, delimiter: Delimiter): string {
  if (n.key !== 'bulkNoticeConvention') return tr(lang, n.key, n.params);
  const d = delimiter === ';' ? ';' : delimiter === ',' ? ',' : tr(lang, 'bulkTab');
  const basis =
    n.params.basis === 'delimiter'
      ? tr(lang, 'bulkBasisDelimiter', { delimiter: d })
      : n.params.basis === 'language'
        ? tr(lang, 'bulkBasisLanguage')
        : tr(lang, 'bulkBasisMajority');
  return tr(lang, 'bulkNoticeConvention', {
    convention: tr(lang, n.params.convention === 'fi' ? 'bulkConvFi' : 'bulkConvEn'),
    basis,
  });
}

export function BulkImportDialog(p: BulkImportDialogProps) {
  const { lang, set } = p;
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (d && !d.open) d.showModal();
    return () => d?.close();
  }, []);

  const [source, setSource] = useState<Source>({ kind: 'paste', text: '' });
  const [fileError, setFileError] = useState<FileProblem | null>(null);
  const [delimiter, setDelimiter] = useState<Delimiter | 'auto'>('auto');
  const [header, setHeader] = useState<boolean | null>(null);
  const [wide, setWide] = useState<boolean | null>(null);
  const [category, setCategory] = useState<CategoryId>(p.category);
  const [activityChoice, setActivityChoice] = useState<string | null>(null);
  const [mappingOver, setMappingOver] = useState<Partial<Mapping>>({});
  const [activityOver, setActivityOver] = useState<Record<string, string>>({});
  const [siteOver, setSiteOver] = useState<Record<string, string>>({});
  const [unit, setUnit] = useState<UnitId | 'auto'>('auto');
  const [convention, setConvention] = useState<Convention | 'auto'>('auto');
  const [dataQuality, setDataQuality] = useState<DataQuality | ''>('');
  const [writing, setWriting] = useState(false);
  const [failed, setFailed] = useState(false);
  const added = useRef<{ n: number; category: CategoryId } | undefined>(undefined);

  // New text: everything read from the old one is forgotten, and so is a file refused before it.
  const takeText = (s: Source) => {
    setSource(s);
    setFileError(null);
    setHeader(null);
    setWide(null);
    setMappingOver({});
    setActivityOver({});
    setSiteOver({});
    setFailed(false);
  };

  // Too much text is not parsed at all; too many rows or an open quote stop before columns are suggested.
  const textRefusal = refuseText(source.text);
  const tooMuchText = textRefusal !== null;
  const read = useMemo(
    () =>
      readTable(tooMuchText ? '' : source.text, {
        ...(delimiter !== 'auto' ? { delimiter } : {}),
        ...(header !== null ? { header } : {}),
      }),
    [source.text, tooMuchText, delimiter, header],
  );
  // Months across the columns: one row per month cell, unless the user says otherwise.
  const monthCols = useMemo(() => monthColumns(read), [read]);
  const isWide = (wide ?? true) && monthCols.length > 0;
  // Counted before the months are turned into rows: 60,000 meters × 12 months are never built.
  const refusal = textRefusal ?? refuseTable(read, isWide ? monthCols.length : 1);
  const refused = refusal !== null;
  const table = useMemo(
    () =>
      isWide && !refused
        ? monthsToRows(read, monthCols, { month: tr(lang, 'period'), quantity: tr(lang, 'quantity') })
        : read,
    [read, monthCols, isWide, refused, lang],
  );
  const suggested = useMemo(() => (refused ? emptyMapping() : suggestMapping(table)), [table, refused]);
  // A partner without sites: a column of place names is not suggested as the site (every row would be a problem).
  const mapping: Mapping = { ...suggested, ...(p.sites.length === 0 ? { site: null } : {}), ...mappingOver };
  const categoryActivities = activitiesOf(set, category, lang);
  const onlyActivity = categoryActivities.length === 1 ? (categoryActivities[0]?.id ?? '') : '';
  const choice = activityChoice ?? (mapping.activity !== null ? COLUMN : onlyActivity);
  const fromColumn = choice === COLUMN && mapping.activity !== null;
  const activity = choice === COLUMN ? '' : choice;

  const activityValues = useMemo(
    () => (fromColumn && mapping.activity !== null ? distinctValues(table, mapping.activity) : []),
    [table, fromColumn, mapping.activity],
  );
  // The quantity's unit narrows the suggestions: litres of "Bensiini" are petrol, not a petrol car's km.
  const hintUnit =
    unit !== 'auto'
      ? unit
      : mapping.quantity !== null
        ? unitFromHeader(table.header?.[mapping.quantity] ?? '')
        : undefined;
  const activityByValue = Object.fromEntries(
    activityValues.map((v) => [
      v.value,
      activityOver[v.value] ?? suggestActivity(v.value, set, category, hintUnit),
    ]),
  );
  const siteValues = useMemo(
    () => (mapping.site !== null ? distinctValues(table, mapping.site) : []),
    [table, mapping.site],
  );
  const siteByValue = Object.fromEntries(
    siteValues.map((v) => [v.value, siteOver[v.value] ?? suggestSite(v.value, p.sites)]),
  );

  const fixedActivity = set.activities.find((a) => a.id === activity);
  const unitOptions: UnitId[] = fixedActivity
    ? unitsForActivity(fixedActivity, set)
    : (Object.keys(UNITS) as UnitId[]);
  const ready =
    refusal === null &&
    table.rows.length > 0 &&
    mapping.quantity !== null &&
    (fromColumn || fixedActivity !== undefined);
  const sourceNote = source.kind === 'file' ? source.name : tr(lang, 'bulkPasted');
  const choices: BulkChoices = {
    lang,
    year: p.inv.year,
    category,
    set,
    activity: fromColumn ? '' : activity,
    activityByValue,
    unit: unit !== 'auto' && unitOptions.includes(unit) ? unit : 'auto',
    convention,
    siteByValue,
    ...(dataQuality ? { dataQuality } : {}),
    sourceNote,
  };
  // Built again only when the table or a choice changed: a file of 10,000 rows takes 50–200 ms.
  const key = JSON.stringify([ready, mapping, { ...choices, set: `${set.id}-${set.release}` }]);
  const cache = useRef<{ table: Table; key: string; result: BulkResult | null } | null>(null);
  if (cache.current?.table !== table || cache.current.key !== key) {
    cache.current = { table, key, result: ready ? buildDrafts(table, mapping, choices) : null };
  }
  const result = cache.current.result;

  const setField = (f: Field, i: number | null) => {
    const next: Partial<Mapping> = { ...mappingOver, [f]: i };
    // A column means one thing: taken from any other field that had it.
    if (i !== null) {
      for (const [g] of FIELDS) if (g !== f && mapping[g] === i) next[g] = null;
      next.note = mapping.note.filter((n) => n !== i);
    }
    setMappingOver(next);
  };
  const toggleNote = (i: number, on: boolean) => {
    const next: Partial<Mapping> = {
      ...mappingOver,
      note: on ? [...mapping.note, i].sort((a, b) => a - b) : mapping.note.filter((n) => n !== i),
    };
    if (on) for (const [g] of FIELDS) if (mapping[g] === i) next[g] = null;
    setMappingOver(next);
  };

  const readFile = (input: HTMLInputElement) => {
    const file = input.files?.[0];
    setFileError(null);
    if (!file) return;
    // Judged by its size alone: a file over the limit is never read into memory.
    const tooLarge = refuseFile(file.size);
    if (tooLarge) {
      setFileError({ message: refusalText(lang, tooLarge, 'file') });
      return;
    }
    file
      .arrayBuffer()
      .then((buf) => {
        const d = decodeText(new Uint8Array(buf));
        if (d.encoding === 'binary') setFileError({ message: tr(lang, 'bulkFileBinary') });
        else if (d.encoding === 'mixed') {
          const { lines, sample, linesAre1252 } = d.mixed;
          const what = tr(lang, 'bulkMixedEncoding', { line: lines[0] ?? 0, sample, count: lines.length });
          setFileError({
            message: `${what} ${tr(lang, linesAre1252 ? 'bulkMixedAsk' : 'bulkMixedSave')}`,
            ...(linesAre1252
              ? {
                  offer: {
                    kind: 'file',
                    name: file.name,
                    text: d.text,
                    encoding: 'utf-8 + windows-1252',
                    mixedLines: lines,
                  },
                }
              : {}),
          });
        } else takeText({ kind: 'file', name: file.name, text: d.text, encoding: d.encoding });
      })
      .catch(() => setFileError({ message: tr(lang, 'bulkFileUnreadable') }));
  };

  const drafts = result?.rows.flatMap((r) => (r.draft ? [r.draft] : [])) ?? [];
  const add = async () => {
    if (drafts.length === 0 || writing) return;
    setWriting(true);
    setFailed(false);
    const ok = await succeeded(addEntries(db, p.inv.id, drafts));
    setWriting(false);
    if (ok) {
      added.current = { n: drafts.length, category };
      dialog.current?.close();
    } else setFailed(true);
  };

  const preview: RowResult[] = result
    ? result.rows.filter((r, i) => i < PREVIEW_ROWS || r.issues.length > 0)
    : [];
  const hiddenOk = result ? result.ok - preview.filter((r) => r.draft).length : 0;
  const siteName = (id: string | undefined) => p.sites.find((s) => s.id === id)?.name ?? '';
  const activityName = (id: string | undefined) => set.activities.find((a) => a.id === id)?.names[lang] ?? '';
  const columns = Array.from({ length: table.columnCount }, (_, i) => i);
  const columnOptions = [
    ['', tr(lang, 'bulkNotUsed')] as const,
    ...columns.map((i) => [String(i), columnLabel(lang, table, i)] as const),
  ];
  const delimiterName = (d: Delimiter) =>
    tr(lang, d === '\t' ? 'bulkTab' : d === ';' ? 'bulkSemicolon' : 'bulkComma');
  const addLabel = drafts.length === 1 ? tr(lang, 'bulkAddOne') : tr(lang, 'bulkAdd', { n: drafts.length });

  return (
    <dialog
      ref={dialog}
      class="bulk-import"
      aria-labelledby="bulk-title"
      aria-describedby="bulk-lead"
      onClose={() => p.onClose(added.current)}
    >
      <h2 id="bulk-title">
        {tr(lang, 'bulkTitle')}: {categoryInfo(category).names[lang]}
      </h2>
      <p id="bulk-lead">{tr(lang, 'bulkLead')}</p>

      <fieldset class="bulk-source">
        <legend>{tr(lang, 'bulkSource')}</legend>
        <div class="field">
          <label for="bulk-file">{tr(lang, 'bulkFile')}</label>
          <input
            id="bulk-file"
            type="file"
            accept=".csv,.txt,.tsv,text/csv,text/plain,text/tab-separated-values"
            aria-describedby={fileError ? 'bulk-file-error' : undefined}
            onChange={(e) => readFile(e.currentTarget as HTMLInputElement)}
          />
          {fileError && (
            <p id="bulk-file-error" class="field-error" role="alert">
              {fileError.message}
            </p>
          )}
          {fileError?.offer && (
            <button
              type="button"
              class="secondary"
              onClick={() => fileError.offer && takeText(fileError.offer)}
            >
              {tr(lang, 'bulkMixedRead')}
            </button>
          )}
          {source.kind === 'file' && (
            <p class="muted">{tr(lang, 'bulkFileRead', { name: source.name, encoding: source.encoding })}</p>
          )}
        </div>
        <div class="field">
          <label for="bulk-paste">{tr(lang, 'bulkPaste')}</label>
          <textarea
            id="bulk-paste"
            rows={5}
            spellcheck={false}
            aria-describedby="bulk-paste-hint"
            value={source.kind === 'paste' ? source.text : ''}
            onInput={(e) => takeText({ kind: 'paste', text: (e.currentTarget as HTMLTextAreaElement).value })}
          />
          <p id="bulk-paste-hint" class="muted">
            {tr(lang, 'bulkPasteHint')}
          </p>
        </div>
      </fieldset>

      {source.text.trim() !== '' && (
        <>
          <fieldset>
            <legend>{tr(lang, 'bulkReading')}</legend>
            <div class="grid">
              <SelectField
                id="bulk-delimiter"
                label={tr(lang, 'bulkDelimiter')}
                value={delimiter === 'auto' ? 'auto' : delimiter}
                options={[
                  ['auto', tr(lang, 'bulkDelimiterAuto', { detected: delimiterName(table.delimiter) })],
                  ['\t', delimiterName('\t')],
                  [';', delimiterName(';')],
                  [',', delimiterName(',')],
                ]}
                onChange={(v) => {
                  setDelimiter(v);
                  setHeader(null);
                  setMappingOver({});
                }}
              />
              <label class="check">
                <input
                  type="checkbox"
                  checked={read.header !== null}
                  onChange={(e) => {
                    setHeader((e.currentTarget as HTMLInputElement).checked);
                    setWide(null);
                    setMappingOver({});
                  }}
                />{' '}
                {tr(lang, 'bulkHasHeader')}
              </label>
              {monthCols.length > 0 && (
                <label class="check">
                  <input
                    type="checkbox"
                    checked={isWide}
                    onChange={(e) => {
                      setWide((e.currentTarget as HTMLInputElement).checked);
                      setMappingOver({});
                    }}
                  />{' '}
                  {tr(lang, 'bulkMonthsAcross')}
                </label>
              )}
              <SelectField
                id="bulk-numbers"
                label={tr(lang, 'bulkNumbers')}
                value={convention}
                options={[
                  ['auto', tr(lang, 'bulkNumbersAuto')],
                  ['fi', tr(lang, 'bulkNumbersFi')],
                  ['en', tr(lang, 'bulkNumbersEn')],
                ]}
                onChange={setConvention}
              />
            </div>
            {/* Said before any column is mapped: the rows after an open quote are not what the file meant. */}
            {refusal && (
              <p class="field-error" role="alert" data-bulk-refusal={refusal.kind}>
                {refusalText(lang, refusal, source.kind)}
              </p>
            )}
          </fieldset>

          {refusal === null && (
            <>
              <fieldset>
                <legend>{tr(lang, 'bulkWhat')}</legend>
                <div class="grid">
                  <SelectField
                    id="bulk-category"
                    label={tr(lang, 'bulkCategory')}
                    value={category}
                    options={CATEGORIES.filter((c) =>
                      set.activities.some((a) => a.categories.includes(c.id)),
                    ).map((c) => [c.id, c.names[lang]] as const)}
                    onChange={(c) => {
                      setCategory(c);
                      setActivityChoice(null);
                      setActivityOver({});
                    }}
                  />
                  <SelectField
                    id="bulk-activity"
                    label={tr(lang, 'activity')}
                    class="wide"
                    value={choice}
                    options={[
                      ['', tr(lang, 'chooseActivity')],
                      ...(mapping.activity !== null
                        ? [[COLUMN, tr(lang, 'bulkActivityFromColumn')] as const]
                        : []),
                      ...categoryActivities.map((a) => [a.id, a.names[lang]] as const),
                    ]}
                    onChange={(v) => {
                      setActivityChoice(v);
                      setUnit('auto');
                    }}
                  />
                  <SelectField
                    id="bulk-unit"
                    label={tr(lang, 'unit')}
                    value={unit}
                    options={[['auto', tr(lang, 'bulkUnitAuto')], ...unitOptions.map((u) => [u, u] as const)]}
                    onChange={setUnit}
                  />
                  <SelectField
                    id="bulk-dq"
                    label={tr(lang, 'bulkDataQuality')}
                    value={dataQuality}
                    options={[
                      ['', tr(lang, 'dqNone')],
                      ['measured', tr(lang, 'dqMeasured')],
                      ['invoice', tr(lang, 'dqInvoice')],
                      ['estimated', tr(lang, 'dqEstimated')],
                    ]}
                    onChange={setDataQuality}
                  />
                </div>
              </fieldset>

              <fieldset>
                <legend>{tr(lang, 'bulkColumns')}</legend>
                <div class="grid">
                  {FIELDS.map(([f, key]) => (
                    <SelectField
                      key={f}
                      id={`bulk-col-${f}`}
                      label={tr(lang, key)}
                      value={mapping[f] === null ? '' : String(mapping[f])}
                      options={columnOptions}
                      onChange={(v) => setField(f, v === '' ? null : Number(v))}
                    />
                  ))}
                </div>
                {columns.length > 0 && (
                  <fieldset class="bulk-note-columns">
                    <legend>{tr(lang, 'bulkColNote')}</legend>
                    {columns.map((i) => (
                      <label key={i} class="check">
                        <input
                          type="checkbox"
                          checked={mapping.note.includes(i)}
                          onChange={(e) => toggleNote(i, (e.currentTarget as HTMLInputElement).checked)}
                        />{' '}
                        {columnLabel(lang, table, i)}
                      </label>
                    ))}
                  </fieldset>
                )}
              </fieldset>

              {fromColumn && mapping.activity !== null && activityValues.length > 0 && (
                <ValueTable
                  lang={lang}
                  idPrefix="bulk-av"
                  caption={tr(lang, 'bulkValuesActivity', {
                    column: columnLabelShort(lang, table, mapping.activity),
                  })}
                  values={activityValues}
                  chosen={activityByValue}
                  target={tr(lang, 'activity')}
                  options={categoryActivities.map((a) => [a.id, a.names[lang]] as const)}
                  onChange={(v, id) => setActivityOver({ ...activityOver, [v]: id })}
                />
              )}
              {mapping.site !== null && siteValues.length > 0 && (
                <ValueTable
                  lang={lang}
                  idPrefix="bulk-sv"
                  caption={tr(lang, 'bulkValuesSite', {
                    column: columnLabelShort(lang, table, mapping.site),
                  })}
                  values={siteValues}
                  chosen={siteByValue}
                  target={tr(lang, 'site')}
                  options={p.sites.map((s) => [s.id, s.name] as const)}
                  onChange={(v, id) => setSiteOver({ ...siteOver, [v]: id })}
                />
              )}

              <section class="bulk-preview" aria-labelledby="bulk-preview-h">
                <h3 id="bulk-preview-h">{tr(lang, 'bulkPreview')}</h3>
                <div role="status" class="bulk-summary">
                  {source.kind === 'file' && source.encoding === 'windows-1252' && (
                    <p class="note bulk-notice">{tr(lang, 'bulkRead1252')}</p>
                  )}
                  {source.kind === 'file' && source.mixedLines && (
                    <p class="note bulk-notice">
                      {tr(lang, 'bulkReadMixed', { lines: lineList(source.mixedLines) })}
                    </p>
                  )}
                  {table.rows.length === 0 ? (
                    <p>{tr(lang, 'bulkNoRows')}</p>
                  ) : mapping.quantity === null ? (
                    <p class="field-error">{tr(lang, 'bulkNeedQuantity')}</p>
                  ) : !result ? (
                    <p class="field-error">{tr(lang, 'bulkNeedActivity')}</p>
                  ) : (
                    <>
                      <p data-bulk-counts={`${result.ok}/${result.problems}/${result.empty}`}>
                        {tr(lang, 'bulkCounts', {
                          ok: result.ok,
                          problems: result.problems,
                          empty: result.empty,
                        })}
                      </p>
                      {result.problems > 0 && <p class="note">{tr(lang, 'bulkProblemsLeftOut')}</p>}
                      {result.notices.map((n) => (
                        <p key={n.key} class="note bulk-notice">
                          {noticeText(lang, n, table.delimiter)}
                        </p>
                      ))}
                    </>
                  )}
                </div>
                {result && preview.length > 0 && (
                  // A scrolling region: focusable so the keyboard can scroll it.
                  // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard
                  <section class="bulk-table" tabIndex={0} aria-label={tr(lang, 'bulkPreviewCaption')}>
                    <table>
                      <caption class="visually-hidden">{tr(lang, 'bulkPreviewCaption')}</caption>
                      <thead>
                        <tr>
                          <th scope="col" class="num">
                            {tr(lang, 'bulkRow')}
                          </th>
                          <th scope="col">{tr(lang, 'bulkStatus')}</th>
                          <th scope="col">{tr(lang, 'period')}</th>
                          <th scope="col">{tr(lang, 'activity')}</th>
                          <th scope="col" class="num">
                            {tr(lang, 'quantity')}
                          </th>
                          <th scope="col">{tr(lang, 'unit')}</th>
                          <th scope="col">{tr(lang, 'site')}</th>
                          <th scope="col">{tr(lang, 'note')}</th>
                        </tr>
                      </thead>
                      <tbody>
                        {/* A file row with months across gives several rows: the key is the position. */}
                        {preview.map((r, i) =>
                          r.draft ? (
                            <tr key={i} data-line={r.line}>
                              <td class="num">{r.line}</td>
                              <td>{tr(lang, 'bulkRowOk')}</td>
                              <td>{r.draft.period ? monthText(r.draft.period) : tr(lang, 'wholeYear')}</td>
                              <td>{activityName(r.draft.activity)}</td>
                              <td class="num">{formatNumber(r.draft.quantity, lang, 6)}</td>
                              <td>{r.draft.unit}</td>
                              <td>{siteName(r.draft.site)}</td>
                              <td>{r.draft.note ?? ''}</td>
                            </tr>
                          ) : (
                            <tr key={i} data-line={r.line} class="bulk-problem">
                              <td class="num">{r.line}</td>
                              <td>
                                <strong>{tr(lang, 'bulkRowProblem')}</strong>
                              </td>
                              <td colSpan={6}>
                                <ul class="plain">
                                  {r.issues.map((i) => (
                                    <li key={i.path + i.code} class="field-error">
                                      {issueMessage(i, lang)}
                                    </li>
                                  ))}
                                </ul>
                                <span class="muted">{r.cells.join(' | ')}</span>
                              </td>
                            </tr>
                          ),
                        )}
                      </tbody>
                    </table>
                    {hiddenOk > 0 && <p class="muted">{tr(lang, 'bulkMore', { n: hiddenOk })}</p>}
                  </section>
                )}
              </section>
            </>
          )}
        </>
      )}

      {failed && (
        <p class="field-error" role="alert">
          {tr(lang, 'bulkWriteFailed')}
        </p>
      )}
      <div class="actions">
        <button
          type="button"
          disabled={drafts.length === 0 || writing}
          aria-busy={writing ? 'true' : undefined}
          onClick={() => void add()}
        >
          {addLabel}
        </button>
        <button type="button" class="secondary" onClick={() => dialog.current?.close()}>
          {tr(lang, 'cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** "2024-03" as the editor's period list shows it: "3/2024". */
function monthText(period: string): string {
  return `${Number(period.slice(5))}/${period.slice(0, 4)}`;
}

function columnLabelShort(lang: Lang, table: Table, i: number): string {
  return table.header?.[i] || tr(lang, 'bulkColumnN', { n: i + 1 });
}

function ValueTable(p: {
  lang: Lang;
  idPrefix: string;
  caption: string;
  /** What each value is mapped to: the third column's heading. */
  target: string;
  values: { value: string; rows: number }[];
  chosen: Record<string, string>;
  options: readonly (readonly [string, string])[];
  onChange: (value: string, id: string) => void;
}) {
  return (
    <table class="bulk-values">
      <caption>{p.caption}</caption>
      <thead>
        <tr>
          <th scope="col">{tr(p.lang, 'bulkValue')}</th>
          <th scope="col" class="num">
            {tr(p.lang, 'bulkValueRows')}
          </th>
          <th scope="col" id={`${p.idPrefix}-target`}>
            {p.target}
          </th>
        </tr>
      </thead>
      <tbody>
        {p.values.map((v, i) => (
          <tr key={v.value}>
            <th scope="row" id={`${p.idPrefix}-${i}-name`}>
              {v.value}
            </th>
            <td class="num">{v.rows}</td>
            <td>
              <select
                id={`${p.idPrefix}-${i}`}
                aria-labelledby={`${p.idPrefix}-target ${p.idPrefix}-${i}-name`}
                value={p.chosen[v.value] ?? ''}
                aria-invalid={(p.chosen[v.value] ?? '') === '' ? 'true' : 'false'}
                onChange={(e) => p.onChange(v.value, (e.currentTarget as HTMLSelectElement).value)}
              >
                <option value="">{tr(p.lang, 'bulkChoose')}</option>
                {p.options.map(([id, name]) => (
                  <option key={id} value={id}>
                    {name}
                  </option>
                ))}
              </select>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
