/**
 * Factor-set files given with --factors, checked as the app checks a file loaded in Settings
 * (src/db/factorSets.ts): refused whole with any error, and refused when its id and release are those of a set
 * built into the app or of another file given, because results labelled "fi-2025.1" must be those of the
 * published fi-2025.1. The file's warnings are printed too.
 */
import type { FactorSet } from '../core/factorSet';
import { factorSetKey } from '../core/factorSet';
import type { Issue } from '../core/issues';
import { builtinSetKeys } from '../factors/builtinSets';
import { readFactorSet } from '../factors/readFactorSet';
import { cliMessage } from '../i18n/cliMessages';
import { formatIssue, type Lang } from '../i18n/issueMessages';
import { readJsonFile } from './readJsonFile';

/** The sets by key, or undefined when any file was refused (its reasons are already written). */
export async function loadFactorFiles(
  files: readonly string[],
  lang: Lang,
  say: (line: string) => void,
): Promise<Map<string, FactorSet> | undefined> {
  const sets = new Map<string, FactorSet>();
  let refused = false;
  for (const file of files) {
    const read = await readJsonFile(file, lang);
    if (!read.ok) {
      say(`${file}: ${read.message}`);
      refused = true;
      continue;
    }
    const { set, issues } = readFactorSet(read.json);
    for (const issue of issues) say(`${file}: ${formatIssue(issue, lang)}`);
    if (!set) {
      refused = true;
      continue;
    }
    const key = factorSetKey(set);
    const builtin = builtinSetKeys().includes(key);
    if (builtin || sets.has(key)) {
      const taken: Issue = { severity: 'error', path: '/release', code: 'duplicate-id', params: { id: key } };
      say(`${file}: ${formatIssue(taken, lang)}`);
      if (builtin) say(`${file}: ${cliMessage(lang, 'builtinSet', { key })}`);
      refused = true;
      continue;
    }
    sets.set(key, set);
  }
  return refused ? undefined : sets;
}
