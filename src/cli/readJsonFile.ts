/**
 * A JSON file from disk, as the app reads one: a UTF-8 byte-order mark is dropped (editors on Windows add
 * it), and whatever goes wrong — no such file, a directory, no permission, broken JSON — becomes a message in
 * the user's language, with the line and column where the JSON broke. Nothing here throws.
 */
import { readFile } from 'node:fs/promises';
import { cliMessage } from '../i18n/cliMessages';
import { formatIssue, type Lang } from '../i18n/issueMessages';
import { jsonBreak, lineAndColumn } from './jsonSyntax';

export type JsonRead = { ok: true; json: unknown } | { ok: false; message: string };

export async function readJsonFile(path: string, lang: Lang): Promise<JsonRead> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (e) {
    return { ok: false, message: `${cliMessage(lang, 'errorLabel', {})}: ${unreadable(e, lang)}` };
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  try {
    return { ok: true, json: JSON.parse(text) };
  } catch {
    const detail = whereBroken(text, lang);
    return {
      ok: false,
      message: formatIssue({ severity: 'error', path: '', code: 'json-syntax', params: { detail } }, lang),
    };
  }
}

function unreadable(e: unknown, lang: Lang): string {
  const code = typeof e === 'object' && e !== null && 'code' in e ? String(e.code) : undefined;
  if (code === 'ENOENT') return cliMessage(lang, 'fileNotFound', {});
  if (code === 'EISDIR') return cliMessage(lang, 'fileIsDirectory', {});
  if (code === 'EACCES' || code === 'EPERM') return cliMessage(lang, 'fileDenied', {});
  return cliMessage(lang, 'fileUnreadable', { detail: code ?? (e instanceof Error ? e.message : String(e)) });
}

function whereBroken(text: string, lang: Lang): string {
  const found = jsonBreak(text);
  if (!found) return cliMessage(lang, 'jsonSomewhere', {});
  const { line, column } = lineAndColumn(text, found.offset);
  if (found.atEnd) return cliMessage(lang, 'jsonEnd', { line, column });
  const ch = String.fromCodePoint(text.codePointAt(found.offset) ?? 0);
  return cliMessage(lang, 'jsonAt', { line, column, found: JSON.stringify(ch) });
}
