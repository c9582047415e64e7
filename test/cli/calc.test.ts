import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { calculateInventory } from '../../src/core/calculate';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { readExchange } from '../../src/io/exchange';
import { EXAMPLES_SET } from '../helpers';

const run = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'src/cli/calc.ts', ...args], {
    encoding: 'utf8',
    timeout: 60_000,
  });

interface Printed {
  organization: string;
  inventories: {
    year: number;
    totals: { scope1: number; scope2: { locationBased: number; marketBased: number }; scope3: number };
    entries: { entryId: string; formula: string; trace?: { factor?: { source: unknown } } }[];
  }[];
}

// Each test starts the command line as a process; on a loaded machine that takes seconds, not milliseconds.
describe('npm run calc', { timeout: 60_000 }, () => {
  const examples = readdirSync('docs/examples').filter((f) => f.endsWith('.json'));

  it.each(examples)(
    'prints the results of %s equal to the core, with traces back to sources',
    async (name) => {
      const path = join('docs/examples', name);
      const res = run(path);
      expect(res.status, res.stderr).toBe(0);
      const out = JSON.parse(res.stdout) as Printed;
      const { file } = readExchange(JSON.parse(readFileSync(path, 'utf8')));
      expect(out.organization).toBe(file?.organization.name);
      // Each year is calculated with the set it names, as the command does.
      const set = await loadBuiltinSet(EXAMPLES_SET);
      expect(file?.inventories.map((inv) => inv.factorSet)).toEqual(
        file?.inventories.map(() => EXAMPLES_SET),
      );
      file?.inventories.forEach((inv, i) => {
        const r = calculateInventory(inv, { factorSet: set });
        const p = out.inventories[i];
        expect(p?.year).toBe(inv.year);
        expect(p?.totals.scope1).toBe(r.scope1);
        expect(p?.totals.scope2).toEqual({ locationBased: r.scope2.location, marketBased: r.scope2.market });
        expect(p?.totals.scope3).toBe(r.scope3);
        for (const e of p?.entries ?? []) {
          expect(e.formula, e.entryId).toMatch(/total .* kg CO2e/);
          expect(e.trace?.factor === undefined || e.trace.factor.source !== undefined).toBe(true);
        }
      });
    },
  );

  it('compares a year with the previous year and the base year', () => {
    const res = run('docs/examples/small-office.json', '--no-trace');
    const out = JSON.parse(res.stdout) as {
      inventories: {
        year: number;
        totals: { scope3: number };
        comparisons: {
          previousYear?: { against: number; scope3: { absolute: number } };
          baseYear?: { against: number };
        };
      }[];
    };
    const [y2023, y2024] = out.inventories;
    expect(y2023?.comparisons).toEqual({});
    expect(y2024?.comparisons.previousYear?.against).toBe(2023);
    expect(y2024?.comparisons.baseYear?.against).toBe(2023);
    expect(y2024?.comparisons.previousYear?.scope3.absolute).toBeCloseTo(
      (y2024?.totals.scope3 ?? 0) - (y2023?.totals.scope3 ?? 0),
      6,
    );
    expect(res.stdout).not.toContain('"trace"');
  });

  it('exits 2 and lists every problem with its path for an invalid file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const bad = JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')) as {
      inventories: { entries: { quantity: unknown; unit: string }[] }[];
    };
    const entries = bad.inventories[0]?.entries ?? [];
    (entries[0] as { quantity: unknown }).quantity = -5;
    (entries[1] as { unit: string }).unit = 'km';
    const path = join(dir, 'bad.json');
    writeFileSync(path, JSON.stringify(bad));
    const res = run(path, '--lang', 'fi');
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain('virhe /inventories/0/entries/0/quantity');
    expect(res.stderr).toContain('virhe /inventories/0/entries/1/unit');
    // In Swedish: the same problems at the same paths, in the words of issueMessages' Swedish.
    const sv = run(path, '--lang', 'sv');
    expect(sv.status).toBe(2);
    expect(sv.stderr).toContain('fel /inventories/0/entries/0/quantity');
    expect(sv.stderr).toContain('fel /inventories/0/entries/1/unit');
    expect(sv.stderr).not.toMatch(/virhe|error /);
  });

  it('exits 2 for a file of another format or a newer version, saying to update the app', () => {
    const dir = mkdtempSync(join(tmpdir(), 'calc-'));
    const other = join(dir, 'other.json');
    writeFileSync(other, JSON.stringify({ format: 'something', version: 1 }));
    expect(run(other).status).toBe(2);
    const newer = join(dir, 'newer.json');
    writeFileSync(newer, JSON.stringify({ format: 'paastolaskuri-exchange', version: 99 }));
    const res = run(newer);
    expect(res.status).toBe(2);
    expect(res.stderr).toMatch(/newer than this app knows .* Update the app/);
    const broken = join(dir, 'broken.json');
    writeFileSync(broken, '{"format": ');
    expect(run(broken).status).toBe(2);
  });
});
