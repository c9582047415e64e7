import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readFactorSet } from '../../src/factors/readFactorSet';
import { runCli } from './runCli';

interface SetFile {
  id: string;
  release: string;
  factors: { values: { gases?: Record<string, number>; co2e?: number; co2eParts?: unknown }[] }[];
  [key: string]: unknown;
}

interface Printed {
  inventories: { factorSet: string; totals: { scope1: number; scope2: { locationBased: number } } }[];
}

const builtin = () => JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as SetFile;

/** The built-in set with every value multiplied: what a wrong or hostile file would carry. */
function scaled(by: number): SetFile {
  const set = builtin();
  for (const f of set.factors)
    for (const v of f.values) {
      for (const gas of Object.keys(v.gases ?? {})) if (v.gases) v.gases[gas] = (v.gases[gas] ?? 0) * by;
      if (v.co2e !== undefined && v.co2eParts === undefined) v.co2e *= by;
    }
  return set;
}

const dir = mkdtempSync(join(tmpdir(), 'calc-factors-'));
function file(name: string, content: unknown, prefix = ''): string {
  const path = join(dir, name);
  writeFileSync(path, prefix + (typeof content === 'string' ? content : JSON.stringify(content)));
  return path;
}

/** The small office's years pointed at another release of the factor set. */
function officeUsing(release: string): string {
  const office = JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')) as {
    inventories: { factorSet: { id: string; release: string } }[];
  };
  for (const inv of office.inventories) inv.factorSet = { id: 'fi', release };
  return file(`office-${release}.json`, office);
}

describe('npm run calc --factors', () => {
  it('refuses a file claiming the id and release of the built-in set, as the app does, and prints nothing', async () => {
    const impostor = scaled(1000);
    expect(readFactorSet(impostor).set, 'the file itself is a valid set').toBeDefined();
    const path = file('impostor.json', impostor);
    for (const lang of ['en', 'fi'] as const) {
      const res = await runCli(['docs/examples/small-office.json', '--factors', path, '--lang', lang]);
      expect(res.status).toBe(2);
      expect(res.stdout).toBe('');
      expect(res.stderr).toContain(
        lang === 'fi'
          ? `${path}: virhe /release: Tunniste "fi-2025.1" esiintyy useammin kuin kerran.`
          : `${path}: error /release: The identifier "fi-2025.1" appears more than once.`,
      );
      expect(res.stderr).toContain(lang === 'fi' ? 'on sovelluksen oma' : 'is built into the app');
    }
  }, 30_000);

  it('uses a set of another release, given with a byte-order mark, and prints its warnings on standard error', async () => {
    const next = { ...scaled(2), release: '2026.1-test', comment: 'draft' };
    const path = file('next.json', next, '\uFEFF');
    const res = await runCli([officeUsing('2026.1-test'), '--factors', path]);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toContain(`${path}: warning /comment: Unknown field "comment" was ignored.`);
    const out = JSON.parse(res.stdout) as Printed;
    const base = JSON.parse((await runCli(['docs/examples/small-office.json'])).stdout) as Printed;
    expect(out.inventories[0]?.factorSet).toBe('fi-2026.1-test');
    expect(out.inventories[0]?.totals.scope2.locationBased).not.toBe(
      base.inventories[0]?.totals.scope2.locationBased,
    );
  }, 30_000);

  it('refuses two files of the same id and release', async () => {
    const next = { ...builtin(), release: '2026.2-test' };
    const a = file('a.json', next);
    const b = file('b.json', next);
    const res = await runCli([officeUsing('2026.2-test'), '--factors', a, '--factors', b]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(
      `${b}: error /release: The identifier "fi-2026.2-test" appears more than once.`,
    );
  }, 30_000);

  it('refuses an invalid set with every problem and its path', async () => {
    const broken = { ...builtin(), release: '2026.3-test', publisher: '' };
    const res = await runCli(['docs/examples/small-office.json', '--factors', file('broken.json', broken)]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toMatch(/error \/publisher: /);
  }, 30_000);
});
