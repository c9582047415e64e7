/** The sentences of the import dialog made from the session's kinds and figures (words in src/i18n/uiBulk.ts). */
import '../../../i18n/uiBulk';
import { formatNumber } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { tr } from '../../../i18n/ui';
import { unitName } from '../../../i18n/unitNames';
import { type Delimiter, MAX_ROWS, type Notice, type Refusal, type Table } from '../../../io/bulk';
import type { BulkSource, FileProblem } from '../../../io/bulk/session';

/** "Litrat" or "Sarake 4". */
export function columnName(lang: Lang, table: Table, i: number): string {
  return table.header?.[i] || tr(lang, 'bulkColumnN', { n: i + 1 });
}

/** "Litrat (esim. 45,20)" or "Sarake 4 (esim. 45,20)": what the user recognises a column by. */
export function columnLabel(lang: Lang, table: Table, i: number): string {
  const name = columnName(lang, table, i);
  const sample = table.rows.find((r) => (r.cells[i] ?? '') !== '')?.cells[i];
  const short = sample && sample.length > 24 ? `${sample.slice(0, 24)}…` : sample;
  return short ? `${name} (${tr(lang, 'bulkSample', { value: short })})` : name;
}

export function refusalText(lang: Lang, r: Refusal, from: BulkSource['kind']): string {
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

export function fileProblemText(lang: Lang, f: FileProblem): string {
  if (f.kind === 'refused') return refusalText(lang, f.refusal, 'file');
  if (f.kind === 'binary') return tr(lang, 'bulkFileBinary');
  if (f.kind === 'unreadable') return tr(lang, 'bulkFileUnreadable');
  const { lines, sample, linesAre1252 } = f.mixed;
  const what = tr(lang, 'bulkMixedEncoding', { line: lines[0] ?? 0, sample, count: lines.length });
  return `${what} ${tr(lang, linesAre1252 ? 'bulkMixedAsk' : 'bulkMixedSave')}`;
}

/** "3, 7, 12" and, past ten lines, "…": the rest are in the file. */
export const lineList = (lines: readonly number[]) =>
  lines.slice(0, 10).join(', ') + (lines.length > 10 ? ', …' : '');

export const delimiterName = (lang: Lang, d: Delimiter) =>
  tr(lang, d === '\t' ? 'bulkTab' : d === ';' ? 'bulkSemicolon' : 'bulkComma');

export function noticeText(lang: Lang, n: Notice, delimiter: Delimiter): string {
  if (n.key === 'bulkNoticeDefaultUnit')
    return tr(lang, n.key, { ...n.params, unit: unitName(String(n.params.unit ?? ''), lang) });
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

/** "2024-03" as the editor's period list shows it: "3/2024". */
export function monthText(period: string): string {
  return `${Number(period.slice(5))}/${period.slice(0, 4)}`;
}
