/**
 * The command line's options. Problems are collected, not thrown, and worded only after the whole line is
 * read, so `--bogus --lang fi` is refused in Finnish. An option that needs a value never takes the next
 * option as it (`--factors --lang fi`); a file whose name starts with "-" can follow `--` or be written ./-x.
 */
import type { CliText } from '../i18n/cliMessages';
import { isLanguage, type Lang } from '../i18n/issueMessages';

export interface Options {
  files: string[];
  factorFiles: string[];
  lang: Lang;
  trace: boolean;
  help: boolean;
}

const WITH_VALUE = new Set(['--lang', '--factors']);
const FLAGS = new Set(['--no-trace', '--help', '-h']);

const isOption = (a: string) => a.length > 1 && a.startsWith('-');

export function parseArgs(argv: readonly string[]): { options: Options; problems: CliText[] } {
  const options: Options = { files: [], factorFiles: [], lang: 'en', trace: true, help: false };
  const problems: CliText[] = [];
  let onlyFiles = false;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (onlyFiles || !isOption(arg)) {
      options.files.push(arg);
      continue;
    }
    if (arg === '--') {
      onlyFiles = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    if (FLAGS.has(name)) {
      if (eq > 0) problems.push({ key: 'noValueAllowed', params: { option: name } });
      else if (name === '--no-trace') options.trace = false;
      else options.help = true;
      continue;
    }
    if (!WITH_VALUE.has(name)) {
      problems.push({ key: 'unknownOption', params: { option: name } });
      continue;
    }
    let value: string | undefined;
    if (eq > 0) value = arg.slice(eq + 1);
    else {
      const next = argv[i + 1];
      if (next !== undefined && !isOption(next)) {
        value = next;
        i++;
      } else if (next !== undefined) {
        problems.push({ key: 'missingValue', params: { option: name, got: next } });
        continue;
      }
    }
    if (value === undefined || value === '') {
      problems.push({ key: 'missingValue', params: { option: name } });
      continue;
    }
    if (name === '--factors') options.factorFiles.push(value);
    else if (isLanguage(value)) options.lang = value;
    else problems.push({ key: 'badLang', params: { value } });
  }
  return { options, problems };
}
