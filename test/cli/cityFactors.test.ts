/**
 * The city's release file, as the factor editor writes it, used by the command line's --factors: a partner's
 * year that names it is calculated with the city's values, exactly as by hand; the file without a value's
 * source is refused.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { supplierIds } from '../../src/factors/cityRelease';
import { makeReleaseFile } from '../../src/io/factorSetFile';
import { testDraft } from '../factors/cityDraft';
import { runCli } from './runCli';

interface Printed {
  inventories: {
    factorSet: string;
    totals: { scope2: { locationBased: number; marketBased: number } };
  }[];
}

const dir = mkdtempSync(join(tmpdir(), 'city-factors-'));

async function releaseFile(): Promise<{ path: string; text: string }> {
  const file = await makeReleaseFile(testDraft(), await loadBuiltinSet({ id: 'fi', release: '2026.1' }));
  if (!file.ok) throw new Error(JSON.stringify(file));
  const path = join(dir, file.fileName);
  writeFileSync(path, file.text);
  return { path, text: file.text };
}

function partnerFile(): string {
  const supplier = testDraft().suppliers[0];
  if (!supplier) throw new Error('no supplier');
  const partner = {
    format: 'paastolaskuri-exchange',
    version: 1,
    organization: { name: 'Testikumppani Oy', sites: [] },
    inventories: [
      {
        year: 2025,
        boundary: 'operational-control',
        gwp: 'AR6',
        radiativeForcing: false,
        factorSet: { id: 'joensuu', release: '2026.1-test' },
        entries: [
          {
            id: 'h',
            category: 's2.heat',
            activity: supplierIds(supplier).activity,
            quantity: 10000,
            unit: 'kWh',
          },
          { id: 'e', category: 's2.electricity', activity: 'electricity.fi', quantity: 20000, unit: 'kWh' },
        ],
      },
    ],
  };
  const path = join(dir, 'partner.json');
  writeFileSync(path, JSON.stringify(partner));
  return path;
}

describe('npm run calc --factors with the city’s release file', () => {
  it('calculates a partner’s year with the city’s values, as computed by hand', async () => {
    const { path } = await releaseFile();
    const res = await runCli([partnerFile(), '--factors', path, '--no-trace']);
    expect(res.status, res.stderr).toBe(0);
    expect(res.stderr).toBe('');
    const inv = (JSON.parse(res.stdout) as Printed).inventories[0];
    expect(inv?.factorSet).toBe('joensuu-2026.1-test');
    // Heat: 10 000 kWh × 123.4 g/kWh = 1 234 kg; electricity: 20 000 kWh × 77.7 g/kWh = 1 554 kg.
    expect(inv?.totals.scope2.locationBased).toBeCloseTo(2788, 9);
    // Market-based: electricity at the test residual mix, 20 000 × 333 g/kWh = 6 660 kg.
    expect(inv?.totals.scope2.marketBased).toBeCloseTo(1234 + 6660, 9);
  }, 60_000);

  it('refuses the file when a value’s source has lost its address, naming the path', async () => {
    const { text } = await releaseFile();
    const raw = JSON.parse(text) as { sources: Record<string, { url: string }> };
    const key = Object.keys(raw.sources).find((k) => k.startsWith('joensuu:')) as string;
    (raw.sources[key] as { url?: string }).url = undefined;
    const path = join(dir, 'sourceless.json');
    writeFileSync(path, JSON.stringify(raw));
    const res = await runCli([partnerFile(), '--factors', path]);
    expect(res.status).toBe(2);
    expect(res.stdout).toBe('');
    expect(res.stderr).toContain(`${path}: error /sources/${key}/url`);
  }, 60_000);
});
