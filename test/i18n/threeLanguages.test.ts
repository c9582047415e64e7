/**
 * Every word in Finnish, English and Swedish (issue 15): a key missing or empty in any of the three languages,
 * a {placeholder} that differs between them, or a message whose languages do not show the same facts fails here,
 * all of them listed at once with the file, the key and the language.
 *
 * Nothing is listed by hand: every module under src/ that writes a language's words (a `defineWords` call, a
 * `fi` key or the word 'fi') is imported, and everything it exports is walked for values written in the
 * languages (languageCheck.ts), so a new catalogue, message map or data list is checked the day it is added.
 * Three kinds are found: word catalogues (defineWords), message functions (issue, file, own-factor, commitment
 * messages; the command line's through cliMessage, as its map is its own), and data words (category names and
 * help, gas names, source titles, TOL 2008, formula words; unit names through unitNameTable).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import type { Issue } from '../../src/core/issues';
import { UNITS } from '../../src/core/units';
import { CLI_KEYS, cliMessage } from '../../src/i18n/cliMessages';
import type { Lang } from '../../src/i18n/issueMessages';
import { formatIssue } from '../../src/i18n/issueMessages';
import { tr, type UiKey } from '../../src/i18n/ui';
import { unitNameTable } from '../../src/i18n/unitNames';
import {
  type CheckContext,
  checkLanguageNode,
  describeFailure,
  type Failure,
  findLanguageNodes,
  LANGS,
  literalsOf,
} from './languageCheck';

const ROOT = join(import.meta.dirname, '../..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const path = join(dir, d.name);
    if (d.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(d.name) && !d.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** A module that writes words of a language: it calls defineWords, has a `fi` key or names the language. */
const WORDY = /defineWords\(|(?:^|[\s{,(])fi\s*[:,}]|['"]fi['"]/m;
const DEFINE_WORDS_CALL = /\bdefineWords\(\s*\{/g;

type Kind = 'catalogue' | 'messages' | 'data';
interface Found {
  file: string;
  where: string;
  node: Record<string, unknown>;
  kind: Kind;
}

const SOURCES = new Map(
  sourceFiles(join(ROOT, 'src'))
    .map((path) => [relative(ROOT, path), readFileSync(path, 'utf8')] as const)
    .sort(([a], [b]) => a.localeCompare(b)),
);
/**
 * The word modules, each after the modules it imports, so that a value is named where it is written
 * (FILE_ISSUE_MESSAGES' entry in fileIssueMessages.ts, not in ISSUE_MESSAGES which spreads it).
 */
const WORD_FILES = (() => {
  const wordy = new Set([...SOURCES].filter(([, text]) => WORDY.test(text)).map(([file]) => file));
  const ordered: string[] = [];
  const visit = (file: string, path: Set<string>) => {
    if (ordered.includes(file) || path.has(file)) return;
    path.add(file);
    for (const m of (SOURCES.get(file) ?? '').matchAll(/from '(\.{1,2}\/[^']+)'/g)) {
      const target = relative(ROOT, join(ROOT, file, '..', m[1] ?? ''));
      for (const candidate of [`${target}.ts`, `${target}.tsx`, `${target}/index.ts`])
        if (wordy.has(candidate)) visit(candidate, path);
    }
    ordered.push(file);
  };
  for (const file of wordy) visit(file, new Set());
  return ordered;
})();

/** Every value in the languages that the word modules export; each object once, where it is first found. */
const UNLOADABLE: string[] = [];
async function discover(): Promise<Found[]> {
  const found: Found[] = [];
  const seen = new Set<unknown>();
  for (const file of WORD_FILES) {
    let mod: Record<string, unknown>;
    try {
      mod = (await import(/* @vite-ignore */ join(ROOT, file))) as Record<string, unknown>;
    } catch (e) {
      // Reported by the first test: a word module that cannot load in Node has words no one checks.
      UNLOADABLE.push(`${file}: ${e instanceof Error ? e.message : String(e)}`);
      continue;
    }
    const definesWords = DEFINE_WORDS_CALL.test(SOURCES.get(file) ?? '');
    DEFINE_WORDS_CALL.lastIndex = 0;
    for (const [name, value] of Object.entries(mod)) {
      findLanguageNodes(
        value,
        name,
        (node, where) => {
          const fi = node.fi;
          const kind: Kind =
            typeof fi === 'function'
              ? 'messages'
              : definesWords && where === name && typeof fi === 'object'
                ? 'catalogue'
                : 'data';
          found.push({ file, where: `${file} ${where}`, node, kind });
        },
        seen,
      );
    }
  }
  return found;
}

const FOUND = await discover();
const ofKind = (kind: Kind) => FOUND.filter((f) => f.kind === kind);

/** The literals the message modules compare a parameter with, so each branch of a message is called. */
const CONTEXT: CheckContext = {
  literals: [
    ...new Set(
      [...new Set(ofKind('messages').map((f) => f.file)), 'src/i18n/cliMessages.ts'].flatMap((file) =>
        literalsOf(SOURCES.get(file) ?? ''),
      ),
    ),
  ],
};

function failuresOf(found: readonly Pick<Found, 'where' | 'node'>[]): string[] {
  const out: Failure[] = [];
  for (const f of found) checkLanguageNode(f.node, f.where, CONTEXT, out);
  return out.map(describeFailure);
}

const report = (failures: string[]) => `${failures.length} problems:\n${failures.join('\n')}`;

describe('every word in Finnish, English and Swedish', () => {
  it('finds every word catalogue, message map and data list without a list of them', () => {
    expect(UNLOADABLE, 'word modules that could not be imported').toEqual([]);
    // Each defineWords call is an exported catalogue (a catalogue not exported could not be checked here).
    for (const [file, text] of SOURCES) {
      if (file === 'src/i18n/defineWords.ts') continue;
      const calls = text.match(DEFINE_WORDS_CALL)?.length ?? 0;
      const catalogues = ofKind('catalogue').filter((f) => f.file === file).length;
      expect(catalogues, `${file}: defineWords calls vs exported catalogues`).toBeGreaterThanOrEqual(calls);
    }
    const where = FOUND.map((f) => f.where);
    // Known members of each kind are among what was found: the discovery itself works.
    expect(where).toContain('src/i18n/ui.ts BASE_UI');
    expect(where).toContain('src/i18n/targetPresetWords.ts TARGET_WORDS');
    expect(where).toContain('src/i18n/fileIssueMessages.ts FILE_ISSUE_MESSAGES.json-syntax');
    expect(where).toContain('src/i18n/issueMessages.ts ISSUE_MESSAGES.year-range');
    expect(where).toContain('src/i18n/ownFactorMessages.ts OWN_FACTOR_MESSAGES.own-factor-unit');
    expect(where).toContain('src/core/categories.ts CATEGORIES[s3.01].names');
    expect(where).toContain('src/core/categories.ts CATEGORIES[s3.01].help');
    expect(where).toContain('src/i18n/tol2008.ts TOL_2008[C]');
    expect(where).toContain('src/factors/sourceTitles.ts SOURCE_TITLES.desnz:desnz2025');
    expect(where.some((w) => w.startsWith('src/core/gwpData.ts GASES['))).toBe(true);
    expect(ofKind('catalogue').length).toBeGreaterThanOrEqual(20);
    expect(ofKind('messages').length).toBeGreaterThanOrEqual(50);
  });

  it('has every catalogue key in the three languages, no empty word and the same placeholders', () => {
    const failures = failuresOf(ofKind('catalogue'));
    expect(failures, report(failures)).toEqual([]);
  });

  it('has every message non-empty in the three languages, showing the same parameters', () => {
    const cli = CLI_KEYS.map((key) => ({
      where: `src/i18n/cliMessages.ts cliMessage(${key})`,
      node: Object.fromEntries(
        LANGS.map((lang) => [lang, (p: never) => cliMessage(lang, key, p)] as const),
      ) as Record<string, unknown>,
    }));
    const severities = (['error', 'warning'] as const).map((severity) => ({
      where: `src/i18n/issueMessages.ts formatIssue(${severity})`,
      node: Object.fromEntries(
        LANGS.map((lang) => {
          const issue = (params: Issue['params']): Issue => ({
            severity,
            path: '/x',
            code: 'year-range',
            params,
          });
          return [lang, (p: Issue['params']) => formatIssue(issue(p), lang)] as const;
        }),
      ) as Record<string, unknown>,
    }));
    const failures = failuresOf([...ofKind('messages'), ...cli, ...severities]);
    expect(failures, report(failures)).toEqual([]);
  });

  it('has every data word in the three languages: categories, units, gases, sources, TOL 2008, formulas', () => {
    const units = Object.entries(unitNameTable()).map(([unit, node]) => ({
      where: `src/i18n/unitNames.ts unitNameTable().${unit}`,
      node: node as Record<string, unknown>,
    }));
    expect(units.map((u) => u.where.split('.').pop())).toEqual(Object.keys(UNITS));
    const categories = FOUND.filter((f) => f.where.includes('CATEGORIES['));
    expect(categories).toHaveLength(CATEGORY_IDS.length * 2);
    const failures = failuresOf([...ofKind('data'), ...units]);
    expect(failures, report(failures)).toEqual([]);
  });

  it("has every registered catalogue's words in the word registry in all three languages", () => {
    const failures: string[] = [];
    for (const f of ofKind('catalogue')) {
      if (!SOURCES.get(f.file)?.includes('registerWords(')) continue;
      const keys = Object.keys(f.node.fi as object);
      for (const lang of LANGS as readonly Lang[]) {
        const own = f.node[lang] as Record<string, string> | undefined;
        const missing = keys.filter((key) => {
          try {
            tr(lang, key as UiKey);
            return false;
          } catch {
            return true;
          }
        });
        if (missing.length === keys.length) {
          failures.push(`${f.where} [${lang}]: none of its ${keys.length} words is in the registry`);
          continue;
        }
        for (const key of missing) failures.push(`${f.where}.${key} [${lang}]: not in the registry`);
        for (const key of keys) {
          if (missing.includes(key)) continue;
          const text = tr(lang, key as UiKey);
          if (text.trim() === '') failures.push(`${f.where}.${key} [${lang}]: empty in the registry`);
          else if (own?.[key] !== undefined && text !== own[key])
            failures.push(`${f.where}.${key} [${lang}]: the registry has another catalogue's word "${text}"`);
        }
      }
    }
    expect(failures, report(failures)).toEqual([]);
  });
});

describe('the three-language check itself', () => {
  const check = (node: Record<string, unknown>) => {
    const out: Failure[] = [];
    checkLanguageNode(node, 'test', CONTEXT, out);
    return out.map(describeFailure);
  };

  it('fails a catalogue with a missing Swedish key, an empty word and a differing placeholder', () => {
    const failures = check({
      fi: { a: 'Vuosi {year}', b: 'Kaksi', c: 'Kolme {n}' },
      en: { a: 'Year {year}', b: ' ', c: 'Three {n}' },
      sv: { a: 'År {år}', c: 'Tre {n}' },
    });
    expect(failures).toEqual([
      'test.a [sv]: placeholders {år}, Finnish has {year}',
      'test.b [sv]: missing',
      'test.b [en]: empty',
    ]);
  });

  it('fails a data word without Swedish, and passes one with all three', () => {
    expect(check({ fi: 'Metaani', en: 'Methane' })).toEqual(['test [sv]: missing']);
    expect(check({ fi: 'Metaani', en: 'Methane', sv: 'Metan', code: 'CH4' })).toEqual([]);
  });

  it('fails a message that drops a fact in one language, also in a branch taken for one value only', () => {
    const s = (v: unknown) => String(v ?? '');
    expect(
      check({
        fi: (p: Record<string, unknown>) => `Arvo ${s(p.value)} vuonna ${s(p.year)}`,
        en: (p: Record<string, unknown>) => `The value ${s(p.value)} in ${s(p.year)}`,
        sv: (p: Record<string, unknown>) => `Värdet ${s(p.value)}`,
      }),
    ).toEqual(['test [sv]: shows the parameters value, Finnish shows value, year (sentinels)']);
    const branchy = (word: string, dropsMax: boolean) => (p: Record<string, unknown>) =>
      p.bound === 'min' ? `${word} ${s(p.min)}` : `${word} ${dropsMax ? '' : s(p.max)}`;
    const failures = check({
      fi: branchy('Raja', false),
      en: branchy('Limit', false),
      sv: branchy('Gräns', true),
    });
    expect(failures).toHaveLength(1);
    expect(failures[0]).toMatch(/^test \[sv\]: shows the parameters none, Finnish shows max/);
    expect(check({ fi: () => 'Virhe', en: () => 'Error', sv: () => '' })).toEqual([
      'test [sv]: empty (sentinels)',
    ]);
  });

  it('names a message per language by one fact, as a set without Swedish names shows the Finnish one', () => {
    const s = (v: unknown) => String(v ?? '');
    expect(
      check({
        fi: (p: Record<string, unknown>) => `Kerroin ${s(p.nameFi)}`,
        en: (p: Record<string, unknown>) => `Factor ${s(p.nameEn)}`,
        sv: (p: Record<string, unknown>) => `Faktorn ${s(p.nameSv || p.nameFi)}`,
      }),
    ).toEqual([]);
  });
});
