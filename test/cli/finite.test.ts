/**
 * Issue 16, defect 3 on the command line: an exchange file with 1e308 had exited 0 with `null` totals and
 * formulas like "Infinity kg × NaN kg/kg". It now exits 2 and says where the number is, in either language;
 * the same happens for a factor-set file with 1e308 given with --factors.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'finite-'));

function exampleWith(change: (doc: ExampleDoc) => void): string {
  const doc = JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')) as ExampleDoc;
  change(doc);
  const path = join(dir, `file-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(path, JSON.stringify(doc));
  return path;
}

interface ExampleDoc {
  inventories: { entries: { quantity: number; unit: string }[] }[];
}

describe('npm run calc with numbers beyond the limits', () => {
  it('an entry of 1e308 GWh: exit 2, the path of the quantity, no totals printed', async () => {
    const file = exampleWith((doc) => {
      const e = doc.inventories[0]?.entries[0];
      if (!e) throw new Error('the example has entries');
      e.quantity = 1e308;
    });
    const res = await runCli([file]);
    expect(res.status).toBe(2);
    expect(res.stdout).not.toMatch(/Infinity|NaN|null/);
    expect(res.stderr).toContain('/inventories/0/entries/0/quantity');
    expect(res.stderr).toMatch(/too large/);
    const fi = await runCli([file, '--lang', 'fi']);
    expect(fi.status).toBe(2);
    expect(fi.stderr).toContain('/inventories/0/entries/0/quantity');
    expect(fi.stderr).toMatch(/liian suuri/);
  }, 60_000);

  it('two entries of 1e308 kWh: both paths', async () => {
    const file = exampleWith((doc) => {
      const inv = doc.inventories[0];
      if (!inv || inv.entries.length < 2) throw new Error('the example has two entries');
      for (const e of inv.entries.slice(0, 2)) {
        e.quantity = 1e308;
        e.unit = 'kWh';
      }
    });
    const res = await runCli([file, '--no-trace']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('/inventories/0/entries/0/quantity');
    expect(res.stderr).toContain('/inventories/0/entries/1/quantity');
    expect(res.stdout).not.toMatch(/Infinity|NaN/);
  }, 60_000);

  it('a factor-set file with a value of 1e308 given with --factors: exit 2, the path in that file', async () => {
    const set = JSON.parse(readFileSync('src/factors/sets/fi-2025.1.json', 'utf8')) as FactorSetDoc;
    set.id = 'city';
    set.release = '2026.1';
    const value = set.factors[0]?.values[0];
    if (!value?.gases) throw new Error('the first factor has gas values');
    value.gases.CO2 = 1e308;
    const path = join(dir, 'city-2026.1.json');
    writeFileSync(path, JSON.stringify(set));
    const res = await runCli(['docs/examples/small-office.json', '--factors', path, '--lang', 'fi']);
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('/factors/0/values/0/gases/CO2');
    expect(res.stderr).toMatch(/liian suuri/);
    expect(res.stdout).toBe('');
  }, 60_000);
});

interface FactorSetDoc {
  id: string;
  release: string;
  factors: { values: { gases?: Record<string, number> }[] }[];
}
