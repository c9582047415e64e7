/**
 * The command line's work, apart from the process it runs in: options, factor-set files, each exchange file
 * to results. Every problem is a line on standard error, in the chosen language, and exit status 2; an error
 * that is no fault of the input (a bug) is one line too, never a stack trace.
 */
import { factorSetKey } from '../core/factorSet';
import { loadBuiltinSet } from '../factors/builtinSets';
import { cliMessage, cliText } from '../i18n/cliMessages';
import { formatIssue, type Lang } from '../i18n/issueMessages';
import { evaluateExchange } from '../io/evaluate';
import { type Options, parseArgs } from './args';
import { loadFactorFiles } from './factorFiles';
import { jsonChunks } from './jsonChunks';
import { writeFailure } from './output';
import { firstNonFinite, present } from './present';
import { readJsonFile } from './readJsonFile';

export interface CliIo {
  /** Standard output; resolves once all of the text has been taken. */
  out(pieces: Iterable<string>): Promise<void>;
  /** One line on standard error. */
  say(line: string): void;
}

export const EXIT_OK = 0;
export const EXIT_ERROR = 2;

export async function run(argv: readonly string[], io: CliIo): Promise<number> {
  const { options, problems } = parseArgs(argv);
  const lang = options.lang;
  const error = (text: string) => io.say(`${cliMessage(lang, 'errorLabel', {})}: ${text}`);
  try {
    if (problems.length > 0) {
      for (const p of problems) error(cliText(lang, p));
      io.say(cliMessage(lang, 'usage', {}));
      return EXIT_ERROR;
    }
    if (options.help) {
      await io.out([`${cliMessage(lang, 'help', {})}\n`]);
      return EXIT_OK;
    }
    if (options.files.length === 0) {
      error(cliMessage(lang, 'noInput', {}));
      io.say(cliMessage(lang, 'usage', {}));
      return EXIT_ERROR;
    }
    return await calculate(options, io);
  } catch (e) {
    const failed = writeFailure(e, lang);
    error(failed ?? cliMessage(lang, 'internal', { detail: oneLine(e) }));
    return EXIT_ERROR;
  }
}

async function calculate(options: Options, io: CliIo): Promise<number> {
  const { lang } = options;
  const extra = await loadFactorFiles(options.factorFiles, lang, io.say);
  if (!extra) return EXIT_ERROR;
  const loadSet = async (ref: { id: string; release: string }) =>
    extra.get(factorSetKey(ref)) ?? loadBuiltinSet(ref).catch(() => undefined);
  let status = EXIT_OK;
  const out: unknown[] = [];
  for (const path of options.files) {
    const read = await readJsonFile(path, lang);
    if (!read.ok) {
      io.say(`${path}: ${read.message}`);
      status = EXIT_ERROR;
      continue;
    }
    const ev = await evaluateExchange(read.json, loadSet);
    for (const i of ev.issues) io.say(`${path}: ${formatIssue(i, lang)}`);
    if (!ev.ok) {
      status = EXIT_ERROR;
      continue;
    }
    const inventories = ev.results.map((r, i) => present(r, ev.comparisons[i] ?? {}, options.trace));
    const broken = notFinite(inventories, lang);
    if (broken) {
      io.say(`${path}: ${cliMessage(lang, 'errorLabel', {})}: ${broken}`);
      status = EXIT_ERROR;
      continue;
    }
    out.push({ file: path, organization: ev.file.organization.name, inventories });
  }
  if (out.length > 0) await io.out(lines(jsonChunks(out.length === 1 ? out[0] : out)));
  return status;
}

function notFinite(inventories: ReturnType<typeof present>[], lang: Lang): string | undefined {
  for (const [i, inv] of inventories.entries()) {
    const at = firstNonFinite(inv);
    if (at !== undefined)
      return cliMessage(lang, 'nonFinite', { year: inv.year, at: `/inventories/${i}${at}` });
  }
  return undefined;
}

function* lines(pieces: Iterable<string>): Generator<string> {
  yield* pieces;
  yield '\n';
}

function oneLine(e: unknown): string {
  const text = e instanceof Error ? `${e.name}: ${e.message}` : String(e);
  const first = text.split('\n')[0] ?? '';
  return first.length > 200 ? `${first.slice(0, 200)}…` : first;
}
