/**
 * The core's TypeScript project (tsconfig.core.json) keeps the DOM, Node and every package out of src/core: a
 * file that uses `window`, `document` or `process`, or imports preact or a layer above, fails to compile with
 * its settings. Without `noResolve` the preact import alone would have brought the DOM's globals in (its types
 * carry `/// <reference lib="dom">`), which is the hole this guards.
 */
import { dirname, resolve } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = resolve(import.meta.dirname, '../..');
const FIXTURE = resolve(ROOT, 'test/fixtures/core-dom/usesDom.ts');

function coreProject(): ts.ParsedCommandLine {
  const parsed = ts.getParsedCommandLineOfConfigFile(resolve(ROOT, 'tsconfig.core.json'), undefined, {
    ...ts.sys,
    onUnRecoverableConfigFileDiagnostic: (d) => {
      throw new Error(ts.flattenDiagnosticMessageText(d.messageText, '\n'));
    },
  });
  if (!parsed) throw new Error('tsconfig.core.json could not be read');
  return parsed;
}

/** Type-checks `files` with the core's options (nothing written), as "file:line: TScode message". */
function check(files: string[], override: ts.CompilerOptions = {}): string[] {
  const { options } = coreProject();
  const program = ts.createProgram(files, {
    ...options,
    composite: false,
    noEmit: true,
    emitDeclarationOnly: false,
    declaration: false,
    ...override,
  });
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const line = d.file && d.start !== undefined ? d.file.getLineAndCharacterOfPosition(d.start).line + 1 : 0;
    const where = d.file ? `${d.file.fileName.slice(ROOT.length + 1)}:${line}` : '';
    return `${where}: TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`;
  });
}

const lineOf = (text: string) =>
  (ts.sys.readFile(FIXTURE) ?? '').split('\n').findIndex((l) => l.includes(text)) + 1;

/** A type-check takes a second or a few; longer while other test files share the CPU. */
const CHECK_MS = 60_000;

describe('tsconfig.core.json: no DOM, Node or package reaches src/core', () => {
  let strict: string[] | undefined;
  const at = (text: string) => {
    strict ??= check([FIXTURE]);
    return strict.filter((d) => d.startsWith(`test/fixtures/core-dom/usesDom.ts:${lineOf(text)}:`));
  };

  it(
    'refuses window, document and process',
    () => {
      expect(at('window.location')).toEqual([expect.stringMatching(/TS2304 Cannot find name 'window'/)]);
      expect(at('document.title')).toEqual([expect.stringMatching(/TS2584 Cannot find name 'document'/)]);
      expect(at('process.env')).toEqual([expect.stringMatching(/TS2591 Cannot find name 'process'/)]);
    },
    CHECK_MS,
  );

  it(
    'refuses an import of preact and of a layer above',
    () => {
      expect(at("from 'preact'")).toEqual([expect.stringMatching(/TS2307 Cannot find module 'preact'/)]);
      expect(at('src/i18n/issueMessages')).toEqual([expect.stringMatching(/TS2307 Cannot find module/)]);
    },
    CHECK_MS,
  );

  it(
    'without noResolve, the preact import would have brought window and document in',
    () => {
      const loose = check([FIXTURE], { noResolve: false });
      expect(loose.some((d) => /'window'|'document'/.test(d))).toBe(false);
      expect(loose.some((d) => /'process'/.test(d))).toBe(true);
    },
    CHECK_MS,
  );

  it(
    'the core itself compiles with these settings',
    () => {
      const { fileNames } = coreProject();
      expect(fileNames.length).toBeGreaterThan(10);
      expect(fileNames.every((f) => dirname(f).startsWith(resolve(ROOT, 'src/core')))).toBe(true);
      expect(check(fileNames)).toEqual([]);
    },
    CHECK_MS,
  );
});
