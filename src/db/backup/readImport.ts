/**
 * From a file the user chose to validated rows: size checked before reading, JSON parsed (a syntax error is
 * an issue, not an exception), the kind detected — a backup, one exchange file, or the legacy array of
 * exchange files that "Download the data as a file" wrote — and each read by its reader. Nothing is written.
 */
import type { Issue } from '../../core/issues';
import { EXCHANGE_FORMAT, readExchange } from '../../io/exchange';
import { exchangeToRows } from '../exchangeImport';
import { now } from '../ids';
import { readBackup } from './readBackup';
import { type BackupData, MAX_IMPORT_BYTES, type ReadResult } from './types';

const MB = 1024 * 1024;

function fail(issue: Omit<Issue, 'severity'>): ReadResult {
  return { ok: false, issues: [{ severity: 'error', ...issue }] };
}

/** Reads a chosen or dropped file. Refuses a file over MAX_IMPORT_BYTES without reading it. */
export async function readImportFile(file: Blob): Promise<ReadResult> {
  if (file.size > MAX_IMPORT_BYTES)
    return fail({
      path: '',
      code: 'file-too-large',
      params: { size: Math.ceil((file.size / MB) * 10) / 10, max: MAX_IMPORT_BYTES / MB },
    });
  return readImportText(await file.text());
}

/** The same from text already read. */
export async function readImportText(text: string): Promise<ReadResult> {
  let json: unknown;
  try {
    // A byte-order mark some editors add is not part of the JSON.
    json = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (e) {
    return fail({
      path: '',
      code: 'json-syntax',
      params: { detail: String((e as Error).message).slice(0, 200) },
    });
  }
  return readImportJson(json);
}

/** The same from parsed JSON. */
export async function readImportJson(json: unknown): Promise<ReadResult> {
  try {
    if (Array.isArray(json)) return await readExchangeList(json);
    if (
      typeof json === 'object' &&
      json !== null &&
      (json as { format?: unknown }).format === EXCHANGE_FORMAT
    )
      return await readExchangeFiles([json], false);
    return await readBackup(json);
  } catch (e) {
    // JSON nested thousands of levels deep (in a field the readers ignore, say) overflows a recursive walk
    // such as the checksum's: a refusal with a message, like any other bad file, not an exception.
    if (e instanceof RangeError) return fail({ path: '', code: 'too-deep', params: {} });
    throw e;
  }
}

function readExchangeList(list: unknown[]): Promise<ReadResult> {
  if (list.length === 0)
    return Promise.resolve(fail({ path: '', code: 'required', params: { key: 'organization' } }));
  return readExchangeFiles(list, true);
}

async function readExchangeFiles(list: readonly unknown[], isList: boolean): Promise<ReadResult> {
  const t = now();
  const data: BackupData = {
    organizations: [],
    sites: [],
    inventories: [],
    entries: [],
    factorSets: [],
    settings: [],
    received: [],
    receivedInputs: [],
  };
  const issues: Issue[] = [];
  let exportedAt: string | undefined;
  for (let i = 0; i < list.length; i++) {
    const r = readExchange(list[i]);
    const prefix = isList ? `/${i}` : '';
    for (const x of r.issues) issues.push({ ...x, path: `${prefix}${x.path}` });
    if (!r.file) continue;
    if (r.file.exportedAt && (!exportedAt || r.file.exportedAt > exportedAt)) exportedAt = r.file.exportedAt;
    // An exchange file's partner was last changed when it was exported, as far as this device can know.
    const rows = exchangeToRows(r.file, r.file.exportedAt ?? t);
    data.organizations.push(...rows.organizations);
    data.sites.push(...rows.sites);
    data.inventories.push(...rows.inventories);
    for (const e of rows.entries) data.entries.push(e);
  }
  if (issues.some((x) => x.severity === 'error')) return { ok: false, issues };
  return {
    ok: true,
    source: {
      kind: isList ? 'exchange-list' : 'exchange',
      data,
      warnings: issues,
      ...(exportedAt ? { exportedAt } : {}),
    },
  };
}
