/**
 * The layers' dependency direction (docs/decisions.md): ui → io/db → factors → core. The core must run
 * anywhere (Node, browser, worker), so it imports nothing of ours above it and no framework; only the
 * storage layer may import Dexie. A wrong import fails here with the reason.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

function imports(file: string): string[] {
  const src = readFileSync(file, 'utf8');
  return [
    ...src.matchAll(
      /(?:import|export)[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)|^import\s+['"]([^'"]+)['"]/gm,
    ),
  ].map((m) => (m[1] ?? m[2] ?? m[3]) as string);
}

const RULES: { layer: string; forbidden: RegExp; why: string }[] = [
  {
    layer: 'src/core',
    forbidden: /^(\.\.\/(factors|io|db|ui|state|pwa|i18n|cli)\b|dexie|preact|chart\.js|node:)/,
    why: 'the calculation core is pure: it must run in Node and the browser alike, so it imports nothing above it',
  },
  {
    layer: 'src/factors',
    forbidden: /^(\.\.\/(io|db|ui|state|pwa|cli)\b|dexie|preact|node:)/,
    why: 'factor data and its reader sit just above the core and are shared by the app and the command line',
  },
  {
    layer: 'src/io',
    forbidden: /^(\.\.\/(ui|state|pwa|cli)\b|preact|node:)/,
    why: 'import/export formats are pure data transformations used by the app and the command line',
  },
  {
    layer: 'src/i18n',
    forbidden: /^(\.\.\/(io|db|ui|state|pwa|cli|factors)\b|dexie|preact)/,
    why: 'messages are a leaf',
  },
];

describe('architecture: dependencies point inward', () => {
  for (const rule of RULES) {
    it(`${rule.layer} imports nothing above it`, () => {
      const bad = files(rule.layer).flatMap((f) =>
        imports(f)
          .filter((i) => rule.forbidden.test(i))
          .map((i) => `${f} → ${i}`),
      );
      expect(bad, `Forbidden because ${rule.why}`).toEqual([]);
    });
  }

  it('only the storage layer (and the liveQuery bridge in src/state) imports Dexie', () => {
    const bad = files('src')
      .filter((f) => !f.startsWith('src/db/') && f !== 'src/state/useLive.ts')
      .flatMap((f) =>
        imports(f)
          .filter((i) => i === 'dexie' || i.startsWith('dexie/'))
          .map((i) => `${f} → ${i}`),
      );
    expect(
      bad,
      'Repositories in src/db are the only code touching IndexedDB, so storage rules live in one place',
    ).toEqual([]);
  });

  it("every file that uses a feature's words imports that feature's catalogue", async () => {
    // tr() finds a feature's words only once its catalogue module has loaded (src/i18n/ui.ts).
    const catalogues = {
      uiReport: (await import('../src/i18n/uiReport')).REPORT_UI.fi,
      uiBackup: (await import('../src/i18n/uiBackup')).BACKUP_UI.fi,
      uiBulk: (await import('../src/i18n/uiBulk')).BULK_UI.fi,
    };
    const missing = files('src')
      .filter((f) => !/^src\/i18n\/ui/.test(f))
      .flatMap((f) => {
        const src = readFileSync(f, 'utf8');
        const literals = new Set([...src.matchAll(/['"`]([A-Za-z]\w*)['"`]/g)].map((m) => m[1] as string));
        const imported = imports(f).map((i) => i.split('/').pop());
        return Object.entries(catalogues)
          .filter(
            ([name, words]) => !imported.includes(name) && Object.keys(words).some((k) => literals.has(k)),
          )
          .map(([name]) => `${f} uses words of ${name} without importing it`);
      });
    expect(missing).toEqual([]);
  });

  it('no component injects raw HTML or javascript: URLs', () => {
    const bad = files('src').filter((f) =>
      /dangerouslySetInnerHTML|javascript:/.test(readFileSync(f, 'utf8')),
    );
    expect(bad, 'user-typed names must always be rendered as text').toEqual([]);
  });
});
