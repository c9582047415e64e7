/**
 * No file of logic under src/ is over 400 lines (issue 14, "Rules"): a longer file holds more than one thing
 * and is split along its seams. Data tables and word lists are exempt, each named here with its reason; an
 * exemption that no longer names a file fails, so the list cannot outlive what it excuses.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const MAX_LINES = 400;

/** Files allowed over the limit, by path pattern (from the repository root), each with why. */
const SIZE_EXCEPTIONS: readonly { path: RegExp; why: string }[] = [
  { path: /^src\/core\/gwpData\.ts$/, why: 'data table: the IPCC GWP values of every gas and set' },
  { path: /^src\/i18n\/ui\w*\.ts$/, why: 'word catalogues: Finnish and English words, one line each' },
  {
    path: /^src\/i18n\/tol2008\.ts$/,
    why: 'data table: the TOL 2008 sections and divisions, with their names',
  },
];

const ROOT = resolve(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sourceFiles(p) : /\.tsx?$/.test(f) ? [p] : [];
  });
}

/** Lines as an editor numbers them: a final newline ends the last line, it does not start another. */
function lineCount(text: string): number {
  return text.length === 0 ? 0 : text.split('\n').length - (text.endsWith('\n') ? 1 : 0);
}

/** The files over the limit that no exception names, as messages. */
function oversized(sizes: readonly { file: string; lines: number }[]): string[] {
  return sizes
    .filter(({ file, lines }) => lines > MAX_LINES && !SIZE_EXCEPTIONS.some((x) => x.path.test(file)))
    .map(({ file, lines }) => `${file}: ${lines} lines`);
}

const files = sourceFiles(join(ROOT, 'src')).map((f) => relative(ROOT, f).split('\\').join('/'));

describe('file size', () => {
  it(`no file of logic under src/ is over ${MAX_LINES} lines`, () => {
    const sizes = files.map((file) => ({ file, lines: lineCount(readFileSync(join(ROOT, file), 'utf8')) }));
    expect(oversized(sizes), `Split these along their seams (at most ${MAX_LINES} lines a file)`).toEqual([]);
  });

  it('every exception names a file that exists', () => {
    const stale = SIZE_EXCEPTIONS.filter((x) => !files.some((f) => x.path.test(f))).map((x) =>
      String(x.path),
    );
    expect(stale).toEqual([]);
  });

  it('finds a file one line over, and only where no exception names it', () => {
    const lines = (n: number) => 'x\n'.repeat(n);
    expect([
      lineCount(''),
      lineCount('a'),
      lineCount('a\n'),
      lineCount('a\nb'),
      lineCount(lines(401)),
    ]).toEqual([0, 1, 1, 2, 401]);
    expect(
      oversized([
        { file: 'src/io/big.ts', lines: MAX_LINES + 1 },
        { file: 'src/io/full.ts', lines: MAX_LINES },
        { file: 'src/core/gwpData.ts', lines: 5000 },
        { file: 'src/i18n/uiBackup.ts', lines: 900 },
        { file: 'src/i18n/format.ts', lines: 900 },
      ]),
    ).toEqual([`src/io/big.ts: ${MAX_LINES + 1} lines`, 'src/i18n/format.ts: 900 lines']);
  });
});
