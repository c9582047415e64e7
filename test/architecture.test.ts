/**
 * The layers' dependency direction (docs/decisions.md 1 and 20): core ← factors, i18n ← io ← db ← state ← ui.
 * dependency-cruiser checks it on resolved imports (static, `import type`, re-exports and dynamic `import()`)
 * with the rules of .dependency-cruiser.cjs; a wrong import fails here with the rule's reason. The fixture
 * tree test/fixtures/layers/src mirrors the layers with one deliberately wrong import per rule and layer, so
 * each rule is shown to fire (and the allowed imports beside them not to).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LAYER_RULES, layerViolations } from './layers';

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

/** Every wrong import of the fixture tree and the rule it breaks; any other file there is allowed. */
const WRONG: readonly [from: string, rule: string][] = [
  ['src/core/wrongFactors.ts', 'core-is-pure'],
  ['src/core/wrongPreact.ts', 'core-is-pure'],
  ['src/core/wrongNode.ts', 'core-is-pure'],
  ['src/core/wrongNode.ts', 'pure-layers-no-node'],
  ['src/core/cycleA.ts', 'no-circular'],
  ['src/factors/wrongIo.ts', 'factors-only-core'],
  ['src/schema/wrongIo.ts', 'schema-only-core'],
  ['src/i18n/wrongFactors.ts', 'i18n-only-core'],
  ['src/io/wrongDb.ts', 'io-not-above'],
  ['src/io/bulk/wrongState.ts', 'io-not-above'],
  ['src/io/wrongNode.ts', 'pure-layers-no-node'],
  ['src/db/wrongState.ts', 'db-not-above'],
  ['src/db/wrongWords.ts', 'db-no-words'],
  ['src/state/wrongUi.ts', 'state-not-ui'],
  ['src/ui/pages/wrongDb.ts', 'ui-storage-through-state'],
  ['src/ui/pages/InventoryPage.tsx', 'ui-storage-through-state'],
  ['src/ui/inventory/EntryEditor.ts', 'ui-storage-through-state'],
  ['src/ui/wrongDexie.ts', 'only-db-imports-dexie'],
  ['src/cli/wrongState.ts', 'cli-only-pure-layers'],
  ['src/pwa/wrongUi.ts', 'pwa-not-above'],
];

/** Cruising takes a second or two alone, longer while other test files share the CPU. */
const CRUISE_MS = 60_000;
let fixture: ReturnType<typeof layerViolations> | undefined;
const fixtureViolations = () => {
  fixture ??= layerViolations(resolve(import.meta.dirname, 'fixtures/layers'));
  return fixture;
};

describe('architecture: dependencies point inward', () => {
  it(
    'src keeps every layer rule',
    async () => {
      const found = await layerViolations();
      expect(found.map((v) => v.text).join('\n'), 'Forbidden imports (rule: import, then why)').toBe('');
    },
    CRUISE_MS,
  );

  it(
    'every rule fires on a deliberately wrong import, and only there',
    async () => {
      const found = await fixtureViolations();
      const key = ([from, rule]: readonly [string, string]) => `${rule}: ${from}`;
      expect(found.map((v) => key([v.from, v.rule])).sort()).toEqual(WRONG.map(key).sort());
      expect(
        LAYER_RULES.map((r) => r.name).filter((name) => !WRONG.some(([, rule]) => rule === name)),
      ).toEqual([]);
      // A rule without its reason would fail a build with no explanation.
      expect(LAYER_RULES.filter((r) => (r.comment ?? '').length < 40).map((r) => r.name)).toEqual([]);
    },
    CRUISE_MS,
  );

  it(
    'type-only, re-exported and dynamically imported dependencies count',
    async () => {
      const found = await fixtureViolations();
      const to = (from: string) => found.find((v) => v.from === from)?.to;
      expect(to('src/core/wrongPreact.ts')).toMatch(/node_modules\/preact\//); // export type … from
      expect(to('src/i18n/wrongFactors.ts')).toBe('src/factors/set.ts'); // import()
      expect(to('src/io/bulk/wrongState.ts')).toBe('src/state/session.ts'); // ../../ resolved
    },
    CRUISE_MS,
  );

  it("every file that uses a feature's words imports that feature's catalogue", async () => {
    // tr() finds a feature's words only once its catalogue module has loaded (src/i18n/ui.ts).
    const catalogues = {
      uiReport: (await import('../src/i18n/uiReport')).REPORT_UI.fi,
      uiBackup: (await import('../src/i18n/uiBackup')).BACKUP_UI.fi,
      uiBulk: (await import('../src/i18n/uiBulk')).BULK_UI.fi,
      uiInterview: (await import('../src/i18n/uiInterview')).INTERVIEW_UI.fi,
      uiGuide: (await import('../src/i18n/uiGuide')).GUIDE_UI.fi,
      uiSearch: (await import('../src/i18n/uiSearch')).SEARCH_UI.fi,
      uiComplete: (await import('../src/i18n/uiComplete')).COMPLETE_UI.fi,
      uiActions: (await import('../src/i18n/uiActions')).ACTIONS_UI.fi,
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
