/**
 * A JSON file from disk, as the app reads one: a UTF-8 byte-order mark is dropped (editors on Windows add
 * it), and whatever goes wrong — no such file, a directory, no permission, text that is not UTF-8, broken
 * JSON — becomes a message in the user's language, with the line and column where the JSON broke. Nothing
 * here throws.
 */
import { readFile } from 'node:fs/promises';
import { cliMessage } from '../i18n/cliMessages';
import { formatIssue, type Lang } from '../i18n/issueMessages';
import { decodeText } from './decodeText';
import { jsonBreak, lineAndColumn } from './jsonSyntax';
import { errnoCode } from './output';

export type JsonRead = { ok: true; json: unknown } | { ok: false; message: string };

export async function readJsonFile(path: string, lang: Lang): Promise<JsonRead> {
  const error = (message: string): JsonRead => ({
    ok: false,
    message: `${cliMessage(lang, 'errorLabel', {})}: ${message}`,
  });
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (e) {
    return error(unreadable(e, lang));
  }
  const decoded = decodeText(bytes, lang);
  if (!decoded.ok) return error(decoded.message);
  const text = decoded.text;
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
  const code = errnoCode(e);
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
  return cliMessage(lang, 'jsonAt', { line, column, found: shown(text.codePointAt(found.offset) ?? 0) });
}

/** A character as a reader can see it: invisible ones (controls, spaces, a stray mark) by their code point. */
function shown(cp: number): string {
  const u = `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;
  if (/[\p{C}\p{Z}]/u.test(String.fromCodePoint(cp))) return u;
  return cp === 0x22 ? `'"'` : `"${String.fromCodePoint(cp)}"`;
}
