import { describe, expect, it } from 'vitest';
import { isValidBusinessId } from '../../src/core/businessId';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { readExchange } from '../../src/io/exchange';
import { type GeneratedFile, generatePartnerFiles, LIMIT_BYTES, partnerOf } from './partnerFiles';
import { GENERATED_ACTIVITIES } from './partners';

const loadSet = (ref: { id: string; release: string }) => loadBuiltinSet(ref).catch(() => undefined);

describe('partner-file generator', () => {
  it('uses only activities every built-in set has', async () => {
    for (const release of ['2025.1', '2026.1']) {
      const set = await loadBuiltinSet({ id: 'fi', release });
      const ids = new Set(set.activities.map((a) => a.id));
      expect(GENERATED_ACTIVITIES.filter((a) => !ids.has(a))).toEqual([]);
    }
  });

  it('is deterministic by seed, and partner i does not depend on how many are made', async () => {
    const a = await generatePartnerFiles({ seed: 7, partners: 4, bad: 2, copies: 1, reexports: 1 });
    const b = await generatePartnerFiles({ seed: 7, partners: 4, bad: 2, copies: 1, reexports: 1 });
    expect(b.map((f) => [f.name, f.text])).toEqual(a.map((f) => [f.name, f.text]));
    expect(partnerOf(7, 2)).toEqual(partnerOf(7, 2));
    expect(partnerOf(7, 2)).not.toEqual(partnerOf(8, 2));
  });

  it('makes good files that read and calculate, with the sizes, years and entries asked for', async () => {
    const files = await generatePartnerFiles({ seed: 11, partners: 12 });
    const sizes = new Set<string>();
    for (const f of files) {
      expect(f.expect.kind).toBe('good');
      const ev = await evaluateExchange(JSON.parse(f.text as string), loadSet);
      expect(ev.issues.filter((i) => i.severity === 'error')).toEqual([]);
      if (!ev.ok || f.expect.kind !== 'good') continue;
      expect(ev.file.inventories.map((i) => i.year)).toEqual(f.expect.years);
      expect(ev.file.exportedAt).toBe(f.expect.exportedAt);
      const org = ev.file.organization;
      if (org.businessId) expect(isValidBusinessId(org.businessId)).toBe(true);
      expect(f.expect.partnerKey).toBe(org.businessId ?? org.name.toLowerCase());
      for (const inv of ev.file.inventories) {
        expect(inv.entries.length).toBeGreaterThanOrEqual(10);
        expect(inv.entries.length).toBeLessThanOrEqual(300);
      }
      // The results written are the ones the reader computes again.
      const written = (JSON.parse(f.text as string) as { inventories: { results: { total: unknown } }[] })
        .inventories;
      expect(written.map((i) => i.results.total)).toEqual(ev.results.map((r) => r.total));
      sizes.add(String(ev.file.organization.sector));
    }
    expect(sizes.size).toBeGreaterThan(3);
  });

  it('fixes the years and entries when asked (the bench partners: 5 years × 300 entries)', async () => {
    const p = partnerOf(3, 0, { years: 5, entriesPerYear: 300 });
    expect(p.inventories.map((i) => i.entries.length)).toEqual([300, 300, 300, 300, 300]);
    expect(p.inventories.map((i) => i.year)).toEqual([2021, 2022, 2023, 2024, 2025]);
  });

  it('mixes in re-exports, copies and each kind of bad file, which the exchange reader refuses', async () => {
    const files = await generatePartnerFiles({ seed: 5, partners: 3, reexports: 2, copies: 2, bad: 6 });
    const byName = new Map(files.map((f) => [f.name, f]));
    expect(byName.size).toBe(files.length);
    const kinds = files.map((f) => (f.expect.kind === 'refused' ? f.expect.reason : f.expect.kind));
    expect(kinds.filter((k) => k === 'good')).toHaveLength(5);
    expect(kinds.filter((k) => k === 'copy')).toHaveLength(2);
    for (const f of files) {
      if (f.expect.kind === 'copy') expect(f.text).toBe(byName.get(f.expect.of)?.text);
      if (f.expect.kind !== 'refused') continue;
      const reason = f.expect.reason;
      if (reason === 'too-large') {
        expect(f.text).toBeUndefined();
        expect(f.size).toBeGreaterThan(LIMIT_BYTES);
        continue;
      }
      const parsed = parse(f);
      if (reason === 'truncated' || reason === 'not-json') {
        expect(parsed).toBe(undefined);
        continue;
      }
      const codes = readExchange(parsed).issues.map((i) => i.code);
      expect(codes).toContain(
        { 'other-format': 'format', 'newer-version': 'newer-version', invalid: 'not-a-number' }[reason],
      );
    }
    const reexported = files.filter((f) => f.name.includes('-korjattu-'));
    for (const r of reexported) {
      if (r.expect.kind !== 'good') continue;
      const key = r.expect.partnerKey;
      const original = files.find(
        (f) =>
          f !== r && f.expect.kind === 'good' && f.expect.partnerKey === key && !f.name.includes('korjattu'),
      );
      if (original?.expect.kind !== 'good') throw new Error('no original');
      expect(Date.parse(r.expect.exportedAt)).toBeGreaterThan(Date.parse(original.expect.exportedAt));
      expect(r.text).not.toBe(original.text);
    }
  });
});

function parse(f: GeneratedFile): unknown {
  try {
    return JSON.parse(f.text as string);
  } catch {
    return undefined;
  }
}
