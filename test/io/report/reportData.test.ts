import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { InventoryResult } from '../../../src/core/results';
import { canonicalJson } from '../../../src/io/canonical';
import { writeExchange } from '../../../src/io/exchange';
import { buildReportData, fingerprint, ReportDataError } from '../../../src/io/report/reportData';
import { evaluated, fiSet, META, partnerYears, partnerYearsFile } from './partnerYears';

const close = (a: number, b: number) => expect(a).toBeCloseTo(b, 6);

describe('report data of a year', () => {
  it('names who, which year and how it was calculated, with the factor set as published', async () => {
    const { data, file } = await partnerYears();
    const set = await fiSet();
    const inv = file.inventories.at(-1);
    expect(data.year).toBe(2024);
    expect(data.organization).toEqual(file.organization);
    expect(data.boundary).toBe(inv?.boundary);
    expect(data.gwpSet).toBe('AR6');
    expect(data.gwp.set).toBe('AR6');
    expect(data.gwp.source.publisher).toBe('IPCC');
    expect(data.radiativeForcing).toBe(inv?.radiativeForcing);
    expect(data.factorSet).toEqual({
      key: 'fi-2025.1',
      id: set.id,
      release: set.release,
      names: set.names,
      publisher: set.publisher,
      published: set.published,
    });
    expect(data.excluded).toEqual(inv?.excluded);
    expect(data.inventory).not.toHaveProperty('results');
    expect(data.meta).toEqual(META);
  });

  it('carries the results of every year up to it, oldest first, and both comparisons with the split', async () => {
    const { data, ev } = await partnerYears({ years: 3 });
    expect(data.history.map((r) => r.year)).toEqual([2022, 2023, 2024]);
    expect(data.result).toBe(ev.results.find((r) => r.year === 2024));
    expect(data.baseYear).toBe(2022);
    const prev = data.comparisons.previousYear;
    const base = data.comparisons.baseYear;
    expect([prev?.against, base?.against]).toEqual([2023, 2022]);
    const r2022 = ev.results.find((r) => r.year === 2022) as InventoryResult;
    close(base?.totalLocation.absolute ?? Number.NaN, data.result.total.location - r2022.total.location);
    close(base?.decomposition.market.total ?? Number.NaN, data.result.total.market - r2022.total.market);
    // Earlier years have larger quantities: less activity now. Only the grid electricity factor differs
    // (2022 uses the 2014 value, 2024 its own year's), so all the factor effect is that source's.
    expect(base?.decomposition.location.activity).toBeLessThan(0);
    const withFactorEffect = base?.decomposition.sources.filter((s) => s.location.factor !== 0);
    expect(withFactorEffect?.map((s) => s.source.activity)).toEqual(['electricity.fi']);
    close(base?.decomposition.location.factor ?? Number.NaN, withFactorEffect?.[0]?.location.factor ?? 0);
    const grid = (r: InventoryResult) =>
      r.entries.find((e) => e.activity === 'electricity.fi')?.trace.factor?.year;
    expect(grid(r2022)).not.toBe(grid(data.result));
  });

  it('a report of an earlier year leaves later years out of its history', async () => {
    const file = partnerYearsFile({ years: 3 });
    const data = await buildReportData(await evaluated(file), 2023, [await fiSet()], META);
    expect(data.history.map((r) => r.year)).toEqual([2022, 2023]);
    expect(data.fingerprint.years).toEqual([2022, 2023]);
  });

  it('a report of a year before the base year has no base-year comparison (a later year is not its data)', async () => {
    const file = partnerYearsFile({ years: 3, baseYear: 2024 });
    const ev = await evaluated(file);
    expect(ev.comparisons[1]?.baseYear?.against).toBe(2024);
    const data = await buildReportData(ev, 2023, [await fiSet()], META);
    expect(data.baseYear).toBe(2024);
    expect(data.comparisons.baseYear).toBeUndefined();
    expect(data.comparisons.previousYear?.against).toBe(2022);
    const latest = await buildReportData(ev, 2024, [await fiSet()], META);
    expect(latest.comparisons.baseYear).toBeUndefined();
  });

  it('data-quality shares are each quality’s CO2e over the total, both methods', async () => {
    const { data } = await partnerYears();
    const r = data.result;
    expect(data.dataQuality.map((q) => q.quality)).toEqual([
      'measured',
      'invoice',
      'estimated',
      'unspecified',
    ]);
    for (const q of data.dataQuality) {
      expect(q.co2e).toEqual(r.byDataQuality[q.quality]);
      close((q.share.location ?? Number.NaN) * r.total.location, q.co2e.location);
      close((q.share.market ?? Number.NaN) * r.total.market, q.co2e.market);
    }
    close(
      data.dataQuality.reduce((s, q) => s + (q.share.location ?? 0), 0),
      1,
    );
  });

  it('lists each factor value behind the entries once, market-based parts included, with its source', async () => {
    const { data } = await partnerYears({ customFactor: { name: 'Local heat', source: 'Supplier 2024' } });
    const expected = new Map<string, Set<string>>();
    for (const e of data.result.entries) {
      const add = (id: string, how: string) => expected.set(id, (expected.get(id) ?? new Set()).add(how));
      if (e.trace.factor) add(e.trace.factor.id, 'location');
      for (const p of e.trace.market ?? []) if (p.factor) add(p.factor.id, 'market');
    }
    expect(new Set(data.factorsUsed.map((u) => u.factor.id))).toEqual(new Set(expected.keys()));
    for (const u of data.factorsUsed) expect(new Set(u.usedFor)).toEqual(expected.get(u.factor.id));
    // The residual mix is a market-only factor of electricity.
    expect(data.factorsUsed.some((u) => u.usedFor.join() === 'market')).toBe(true);
    const local = data.factorsUsed.find((u) => u.factor.id === 'local-heat');
    expect(local?.factor.source).toEqual({ note: 'Supplier 2024' });
    expect(local?.co2ePerUnit).toBe(150);
    expect(local?.categories).toEqual(['s2.heat']);
    expect(data.customFactors.map((c) => c.id)).toEqual(['local-heat']);
    for (const u of data.factorsUsed.filter((x) => !x.factor.custom)) {
      expect(u.factor.source).toHaveProperty('publisher');
      expect(data.names.factors[u.factor.id]?.fi).toBeTruthy();
    }
    // Entries counted per factor: each entry whose trace names the factor once.
    const diesel = data.factorsUsed.find((u) => u.categories.includes('s1.mobile') && u.factor.unit === 'l');
    expect(diesel?.entries).toBe(
      data.result.entries.filter((e) => e.trace.factor?.id === diesel?.factor.id).length,
    );
  });

  it('refuses a year that is not in the file, or without its factor set', async () => {
    const ev = await evaluated(partnerYearsFile());
    await expect(buildReportData(ev, 2030, [await fiSet()], META)).rejects.toBeInstanceOf(ReportDataError);
    await expect(buildReportData(ev, 2024, [], META)).rejects.toBeInstanceOf(ReportDataError);
  });
});

describe('fingerprint', () => {
  it('canonical JSON sorts keys at every level and leaves out undefined members', () => {
    expect(canonicalJson({ b: 1, a: { d: [1, { f: 2, e: 'x' }], c: undefined } })).toBe(
      '{"a":{"d":[1,{"e":"x","f":2}]},"b":1}',
    );
  });

  it('is the SHA-256 of the canonical JSON of the organization and the years’ inputs', async () => {
    const { data, file } = await partnerYears();
    const inventories = file.inventories.map(({ results: _r, ...inv }) => inv);
    const text = canonicalJson({ organization: file.organization, inventories });
    expect(data.fingerprint.hex).toBe(createHash('sha256').update(text, 'utf8').digest('hex'));
    expect(data.fingerprint.hex).toMatch(/^[0-9a-f]{64}$/);
    expect(data.fingerprint.algorithm).toBe('SHA-256');
  });

  it('does not depend on key order, results, app version, export time or later years', async () => {
    const file = partnerYearsFile();
    const years = [2022, 2023, 2024];
    const hex = await fingerprint(file, years);
    const reordered = JSON.parse(
      JSON.stringify(file, (_k, v) =>
        v && typeof v === 'object' && !Array.isArray(v)
          ? Object.fromEntries(Object.entries(v as object).reverse())
          : v,
      ),
    );
    expect(await fingerprint(reordered, years)).toBe(hex);
    const ev = await evaluated(file);
    const withResults = writeExchange(
      file.organization,
      file.inventories,
      { appVersion: '9.9.9', exportedAt: '2030-01-01T00:00:00Z' },
      ev.results,
    );
    expect(await fingerprint(withResults, years)).toBe(hex);
    const later = partnerYearsFile({ years: 4 });
    const shifted = { ...later, inventories: later.inventories.slice(1) };
    // Same inputs for 2022–2024 as `file` only if quantities match; a 2025 added to `file` must not matter.
    const plus2025 = {
      ...file,
      inventories: [...file.inventories, { ...shifted.inventories[0], year: 2025 }],
    };
    expect(await fingerprint(plus2025 as typeof file, years)).toBe(hex);
  });

  it('changes when any input changes: a quantity, a site name, a setting', async () => {
    const file = partnerYearsFile();
    const years = [2022, 2023, 2024];
    const hex = await fingerprint(file, years);
    const q = structuredClone(file);
    (q.inventories[0]?.entries[0] as { quantity: number }).quantity += 1;
    const site = structuredClone(file);
    (site.organization.sites[0] as { name: string }).name += ' ';
    const rf = structuredClone(file);
    (rf.inventories[2] as { radiativeForcing: boolean }).radiativeForcing = false;
    for (const changed of [q, site, rf]) expect(await fingerprint(changed, years)).not.toBe(hex);
  });
});
