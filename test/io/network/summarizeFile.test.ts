import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { readExchange } from '../../../src/io/exchange';
import { gunzipText, gzipText } from '../../../src/io/network/gzip';
import {
  MAX_FILE_BYTES,
  MAX_REASONS,
  type Summarized,
  sha256Bytes,
  summarizeFile,
} from '../../../src/io/network/summarizeFile';
import { runCli } from '../../cli/runCli';
import {
  badFile,
  fileBytes,
  type GeneratedFile,
  goodFile,
  type RefusedKind,
} from '../../generators/partnerFiles';

const loadSet = (ref: { id: string; release: string }) => loadBuiltinSet(ref).catch(() => undefined);
const at = '2026-04-01T10:00:00.000Z';
const summarize = (f: GeneratedFile) =>
  summarizeFile({ name: f.name, receivedAt: at, bytes: fileBytes(f) }, loadSet);

function ok(s: Summarized): Extract<Summarized, { ok: true }> {
  if (!s.ok) throw new Error(`refused: ${JSON.stringify(s.refusal).slice(0, 300)}`);
  return s;
}

const dir = mkdtempSync(join(tmpdir(), 'received-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

interface CliTotals {
  year: number;
  totals: {
    scope1: number;
    scope2: { locationBased: number; marketBased: number };
    scope3: number;
    total: { locationBased: number; marketBased: number };
    biogenicCO2OutsideScopes: number;
  };
  byCategory: Record<string, { location: number; market: number }>;
}

describe('summarizeFile', () => {
  it("gives every year the command line's totals on the same file (files drawn from random seeds)", async () => {
    const seeds = fc.sample(fc.tuple(fc.integer({ min: 1, max: 1e6 }), fc.integer({ min: 0, max: 500 })), {
      numRuns: 8,
      seed: 13,
    });
    const files = await Promise.all(seeds.map(([seed, index]) => goodFile(seed, index)));
    const paths = files.map((f, i) => {
      const path = join(dir, `${i}.json`);
      writeFileSync(path, f.text as string);
      return path;
    });
    const cli = await runCli(['--no-trace', ...paths]);
    expect(cli.status).toBe(0);
    const printed = JSON.parse(cli.stdout) as { inventories: CliTotals[] }[];
    expect(printed).toHaveLength(files.length);
    for (const [i, f] of files.entries()) {
      const { summary } = ok(await summarize(f));
      const years = (printed[i] as { inventories: CliTotals[] }).inventories;
      expect(summary.years.map((y) => y.year)).toEqual(years.map((y) => y.year));
      for (const [k, y] of summary.years.entries()) {
        const c = years[k] as CliTotals;
        expect(y.scope1).toBe(c.totals.scope1);
        expect(y.scope2).toEqual({
          location: c.totals.scope2.locationBased,
          market: c.totals.scope2.marketBased,
        });
        expect(y.scope3).toBe(c.totals.scope3);
        expect(y.total).toEqual({
          location: c.totals.total.locationBased,
          market: c.totals.total.marketBased,
        });
        expect(y.biogenicCO2).toBe(c.totals.biogenicCO2OutsideScopes);
        const cats = Object.fromEntries(
          Object.entries(c.byCategory).map(([id, t]) => [id, { location: t.location, market: t.market }]),
        );
        expect(y.byCategory).toEqual(cats);
      }
    }
  }, 120_000);

  it('keeps the partner, its key, years, completeness, targets and actions, and the inputs without results', async () => {
    const f = await goodFile(21, 4, { years: 3 });
    if (f.expect.kind !== 'good') throw new Error('unreachable');
    const { summary, inputs } = ok(await summarize(f));
    const json = JSON.parse(f.text as string) as {
      organization: { name: string; commitment?: { targets: unknown[]; actions: { id: string }[] } };
      inventories: { entries: unknown[]; excluded: unknown[] }[];
    };
    expect(summary.partnerKey).toBe(f.expect.partnerKey);
    expect(summary.partner.name).toBe(json.organization.name);
    expect(summary.exportedAt).toBe(f.expect.exportedAt);
    expect(summary.years.map((y) => y.year)).toEqual(f.expect.years);
    expect(summary.years.map((y) => y.entries)).toEqual(json.inventories.map((i) => i.entries.length));
    for (const y of summary.years) {
      // 23 categories, each in exactly one state.
      expect(y.completeness.entries + y.completeness.notRelevant + y.completeness.todo).toBe(23);
    }
    expect(summary.targets).toHaveLength(json.organization.commitment?.targets.length ?? 0);
    expect(summary.actions.map((a) => a.id)).toEqual(
      json.organization.commitment?.actions.map((a) => a.id) ?? [],
    );
    // The hash is of the bytes without results: the inputs as sent, exactly the text kept.
    expect(summary.sha256).toBe(await sha256Bytes(new TextEncoder().encode(inputs)));
    expect(summary.sha256).not.toBe(await sha256Bytes(fileBytes(f)));
    expect(summary.id).toBe(summary.sha256);
    expect(summary.bytes).toBe(f.size);
    expect(inputs).not.toContain('"results"');
    const back = readExchange(JSON.parse(await gunzipText(await gzipText(inputs))));
    expect(back.file?.organization.name).toBe(json.organization.name);
    expect(back.file?.inventories.map((i) => i.entries.length)).toEqual(
      json.inventories.map((i) => i.entries.length),
    );
  });

  it('gives an action its observed change when two years are calculated', async () => {
    // A partner with 5 years and actions: some seed has them.
    for (let i = 0; i < 30; i++) {
      const f = await goodFile(31, i, { years: 5 });
      const { summary } = ok(await summarize(f));
      const action = summary.actions.find((a) => a.categories.length > 0);
      if (!action) continue;
      expect(action.observed).toMatchObject({ fromYear: 2024, toYear: 2025 });
      return;
    }
    throw new Error('no generated partner had an action');
  });

  it.each<[RefusedKind, string]>([
    ['other-format', 'format'],
    ['newer-version', 'newer-version'],
    ['invalid', 'not-a-number'],
  ])('refuses a file of the kind %s with the reader’s problem %s', async (kind, code) => {
    const s = await summarize(badFile(kind, 1, await goodFile(9, 1)));
    expect(s.ok).toBe(false);
    if (s.ok || s.refusal.code !== 'issues') throw new Error(`expected issues: ${JSON.stringify(s)}`);
    expect(s.refusal.issues.map((i) => i.code)).toContain(code);
  });

  it('refuses a file cut short or not JSON, and one not in UTF-8', async () => {
    const good = await goodFile(9, 2);
    for (const kind of ['truncated', 'not-json'] as const) {
      const s = await summarize(badFile(kind, 1, good));
      expect(s.ok ? 'read' : s.refusal.code).toBe('not-json');
    }
    const utf16 = new Uint8Array([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    const s = await summarizeFile({ name: 'utf16.json', receivedAt: at, bytes: utf16 }, loadSet);
    expect(s.ok ? 'read' : s.refusal.code).toBe('not-utf8');
  });

  it('refuses a file over 50 MB unread', async () => {
    const bytes = new Uint8Array(MAX_FILE_BYTES + 1);
    const s = await summarizeFile({ name: 'huge.json', receivedAt: at, bytes }, loadSet);
    expect(s).toEqual({
      ok: false,
      name: 'huge.json',
      bytes: MAX_FILE_BYTES + 1,
      refusal: { code: 'too-large', bytes: MAX_FILE_BYTES + 1 },
    });
  });

  it('keeps the first problems of a file with many and counts the rest', async () => {
    const good = JSON.parse((await goodFile(9, 3, { entriesPerYear: 60, years: 1 })).text as string) as {
      inventories: { entries: { quantity: unknown }[] }[];
    };
    for (const e of good.inventories[0]?.entries ?? []) e.quantity = 'paljon';
    const s = await summarizeFile(
      { name: 'x.json', receivedAt: at, bytes: new TextEncoder().encode(JSON.stringify(good)) },
      loadSet,
    );
    if (s.ok || s.refusal.code !== 'issues') throw new Error('expected issues');
    expect(s.refusal.issues).toHaveLength(MAX_REASONS);
    expect(s.refusal.more).toBe(60 - MAX_REASONS);
  });

  it('refuses a year whose factor set the device does not have', async () => {
    const json = JSON.parse((await goodFile(9, 4, { years: 1 })).text as string) as {
      inventories: { factorSet: { id: string; release: string } }[];
    };
    (json.inventories[0] as { factorSet: { id: string; release: string } }).factorSet = {
      id: 'joensuu',
      release: '2026.1',
    };
    const s = await summarizeFile(
      { name: 'x.json', receivedAt: at, bytes: new TextEncoder().encode(JSON.stringify(json)) },
      loadSet,
    );
    if (s.ok || s.refusal.code !== 'issues') throw new Error('expected issues');
    expect(s.refusal.issues.map((i) => i.code)).toContain('factor-set-unknown');
  });
});

describe('summarizeFile: targets', () => {
  it("gives an absolute target its latest year's standing against the pathway, as worked out by hand", async () => {
    let checked = 0;
    for (let i = 0; i < 40 && checked < 3; i++) {
      const f = await goodFile(81, i, { years: 4 });
      const { summary } = ok(await summarize(f));
      const org = (
        JSON.parse(f.text as string) as {
          organization: {
            commitment?: {
              targets: {
                id: string;
                kind: string;
                scope1: boolean;
                scope2?: 'location' | 'market';
                scope3Categories: string[];
                baseYear: number;
                targetYear: number;
                reductionPct: number;
              }[];
              baseYears: {
                year: number;
                figures: {
                  scope1: number;
                  scope2: { location: number; market: number };
                  scope3ByCategory: Record<string, number>;
                };
              }[];
            };
          };
        }
      ).organization;
      for (const t of org.commitment?.targets ?? []) {
        if (t.kind !== 'absolute') continue;
        const record = org.commitment?.baseYears.find((b) => b.year === t.baseYear);
        if (!record) continue;
        const latest = summary.years.at(-1);
        if (!latest) continue;
        const fig = record.figures;
        const base =
          (t.scope1 ? fig.scope1 : 0) +
          (t.scope2 ? fig.scope2[t.scope2] : 0) +
          t.scope3Categories.reduce((s, c) => s + (fig.scope3ByCategory[c] ?? 0), 0);
        const actual =
          (t.scope1 ? latest.scope1 : 0) +
          (t.scope2 ? latest.scope2[t.scope2] : 0) +
          t.scope3Categories.reduce(
            (s, c) => s + (latest.byCategory[c as keyof typeof latest.byCategory]?.location ?? 0),
            0,
          );
        const end = base * (1 - t.reductionPct / 100);
        const pathway = base + ((end - base) * (latest.year - t.baseYear)) / (t.targetYear - t.baseYear);
        const got = summary.targets.find((x) => x.id === t.id)?.latest;
        expect(got?.year).toBe(latest.year);
        expect(got?.status).toBe(actual <= pathway ? 'on-track' : 'behind');
        expect(got?.gapKg).toBeCloseTo(actual - pathway, 3);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
  });
});
