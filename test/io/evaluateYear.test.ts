/**
 * The one evaluation of a year (src/io/evaluateYear.ts): lenient for the editor, strict for reports, the same
 * results as a file of the same years gives (evaluateExchange), problems that carry the id of the record they
 * concern, and the city file written and read back only when it is made.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import type { FactorSet } from '../../src/core/factorSet';
import type { Inventory } from '../../src/core/inventory';
import type { Organization } from '../../src/core/organization';
import { evaluateYear, type PartnerYears } from '../../src/io/evaluateYear';
import { readExchange } from '../../src/io/exchange';
import { CityFileError, cityFileText } from '../../src/io/report/cityFile';
import { buildReportData } from '../../src/io/report/reportData';
import { evaluated, fiSet, META, partnerYearsFile } from './report/partnerYears';

let set: FactorSet;
let organization: Organization;
let years: Inventory[];
beforeAll(async () => {
  set = await fiSet();
  const file = partnerYearsFile({ years: 3 });
  organization = file.organization;
  years = file.inventories;
});

const setOf = () => set;
const last = () => years[years.length - 1] as Inventory;
const withLast = (edit: (inv: Inventory) => Inventory): Inventory[] => [...years.slice(0, -1), edit(last())];

describe('evaluateYear', () => {
  it('gives, strictly, the results, comparisons and records a file of the same years gives', async () => {
    const ev = evaluateYear({ organization, inventories: years }, last().year, setOf, { mode: 'strict' });
    const file = await evaluated({
      format: 'paastolaskuri-exchange',
      version: 1,
      organization,
      inventories: years,
    });
    expect(ev.report?.results).toEqual(file.results);
    expect(ev.report?.comparisons).toEqual(file.comparisons);
    expect(ev.report?.inventories).toEqual(file.file.inventories);
    expect(ev.report?.organization).toEqual(file.file.organization);
    expect(ev.result).toBe(ev.report?.results.at(-1));
    // The report data made either way is the same, fingerprint included.
    const a = await buildReportData(ev.report as NonNullable<typeof ev.report>, last().year, [set], META);
    const b = await buildReportData(file, last().year, [set], META);
    expect(a).toEqual(b);
  });

  it('leniently leaves out entries with errors and lists them by id; strictly refuses the year naming them', () => {
    const inventories = withLast((inv) => ({
      ...inv,
      entries: inv.entries.map((e, i) =>
        i === 1 ? { ...e, activity: 'no.such' } : i === 2 ? { ...e, site: 'gone' } : e,
      ),
    }));
    const bad = [inventories.at(-1)?.entries[1]?.id, inventories.at(-1)?.entries[2]?.id].sort();
    const partner: PartnerYears = { organization, inventories };
    const lenient = evaluateYear(partner, last().year, setOf, { mode: 'lenient' });
    expect([...lenient.leftOut].sort()).toEqual(bad);
    expect(lenient.result?.entries.map((e) => e.entryId)).toEqual(
      last()
        .entries.map((e) => e.id)
        .filter((id) => !bad.includes(id)),
    );
    const errors = lenient.issues.filter((i) => i.severity === 'error');
    expect(errors.map((i) => i.record)).toEqual(bad.map((id) => ({ kind: 'entry', id })));
    // Paths stay within the year.
    expect(errors.every((i) => i.path.startsWith('/entries/'))).toBe(true);

    const strict = evaluateYear(partner, last().year, setOf, { mode: 'strict' });
    expect(strict.result).toBeNull();
    expect(strict.report).toBeUndefined();
    const named = new Set(strict.issues.filter((i) => i.severity === 'error').map((i) => i.record?.id));
    expect([...named].sort()).toEqual(bad);
    expect(strict.issues.every((i) => !i.path.startsWith('/inventories'))).toBe(true);
  });

  it('keeps the rest computable when a custom factor or an exclusion is wrong, but not when the year is', () => {
    const custom = withLast((inv) => ({
      ...inv,
      customFactors: [
        { id: 'cf', name: 'Paikallinen', unit: 'kWh', value: { co2e: 0.1 }, year: 2024, source: ' ' },
      ],
      excluded: [...inv.excluded, { category: 's3.08', reason: '' }],
    }));
    const ev = evaluateYear({ organization, inventories: custom }, last().year, setOf, { mode: 'lenient' });
    expect(ev.result).not.toBeNull();
    expect(ev.issues.filter((i) => i.severity === 'error').map((i) => i.record)).toEqual([
      { kind: 'customFactor', id: 'cf' },
      { kind: 'exclusion', id: 's3.08' },
    ]);
    const year = withLast((inv) => ({ ...inv, gwp: 'SAR' as Inventory['gwp'] }));
    const whole = evaluateYear({ organization, inventories: year }, last().year, setOf, { mode: 'lenient' });
    expect(whole.result).toBeNull();
    expect(whole.issues.find((i) => i.path === '/gwp')?.record).toBeUndefined();
  });

  it('waits for a factor set that loads, and names one that is not available', () => {
    const partner = { siteIds: [], inventories: [last()] };
    const loading = evaluateYear(partner, last().year, () => undefined, { mode: 'lenient' });
    expect(loading).toMatchObject({ result: null, issues: [] });
    const missing = evaluateYear(partner, last().year, () => null, { mode: 'lenient' });
    expect(missing.result).toBeNull();
    expect(missing.issues.map((i) => [i.path, i.code])).toEqual([['/factorSet', 'factor-set-unknown']]);
  });

  it("strictly checks the records as a file would hold them: a too long note refuses the report, with the entry's id", () => {
    const long = withLast((inv) => ({
      ...inv,
      entries: inv.entries.map((e, i) => (i === 0 ? { ...e, note: 'x'.repeat(2001) } : e)),
    }));
    const id = long.at(-1)?.entries[0]?.id;
    const strict = evaluateYear({ organization, inventories: long }, last().year, setOf, { mode: 'strict' });
    expect(strict.result).toBeNull();
    expect(strict.issues).toContainEqual(
      expect.objectContaining({ path: '/entries/0/note', code: 'too-long', record: { kind: 'entry', id } }),
    );
    // A site without a name is a problem of the partner's details, named by the site's id.
    const site = organization.sites[0];
    if (!site) throw new Error('example has no site');
    const nameless = { ...organization, sites: [{ ...site, name: '' }, ...organization.sites.slice(1)] };
    const refused = evaluateYear({ organization: nameless, inventories: years }, last().year, setOf, {
      mode: 'strict',
    });
    expect(refused.result).toBeNull();
    expect(refused.issues).toContainEqual(
      expect.objectContaining({ path: '/organization/sites/0/name', record: { kind: 'site', id: site.id } }),
    );
  });

  it('strictly leaves out an earlier year that cannot be calculated, and names it', () => {
    const inventories = years.map((inv, k) =>
      k === 1 ? { ...inv, excluded: [{ category: 's3.08' as const, reason: '' }] } : inv,
    );
    const ev = evaluateYear({ organization, inventories }, last().year, setOf, { mode: 'strict' });
    expect(ev.report?.yearsLeftOut).toEqual([years[1]?.year]);
    expect(ev.report?.inventories.map((i) => i.year)).toEqual([years[0]?.year, last().year]);
  });

  it('leaves file readers’ problems addressed by their path alone: ids in a file are not trusted', () => {
    const file = partnerYearsFile({ years: 1 });
    const entry = file.inventories[0]?.entries[0] as Inventory['entries'][number] & { colour?: string };
    entry.colour = 'green';
    const { issues } = readExchange(file);
    expect(issues).toHaveLength(1);
    expect(issues[0]?.record).toBeUndefined();
  });
});

describe('the city file', () => {
  it('is written and read back when it is made: the text reads without errors and has the report’s fingerprint', async () => {
    const ev = evaluateYear({ organization, inventories: years }, last().year, setOf, { mode: 'strict' });
    const report = ev.report;
    if (!report) throw new Error(JSON.stringify(ev.issues));
    const data = await buildReportData(report, last().year, [set], META);
    const meta = { appVersion: '1.2.3', exportedAt: '2026-03-02T09:30:00.000Z' };
    const text = await cityFileText(data, report, report.results, meta);
    const back = readExchange(JSON.parse(text));
    expect(back.issues).toEqual([]);
    expect(back.file?.inventories.map((i) => i.year)).toEqual(data.fingerprint.years);

    // Data that is not what the report says is refused, never handed over.
    const other = { ...data, fingerprint: { ...data.fingerprint, hex: '0'.repeat(64) } };
    await expect(cityFileText(other, report, report.results, meta)).rejects.toBeInstanceOf(CityFileError);
    const unreadable = { ...data, organization: { ...data.organization, name: 'x'.repeat(301) } };
    const error = await cityFileText(unreadable, report, report.results, meta).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CityFileError);
    expect((error as CityFileError).issues.map((i) => [i.path, i.code])).toEqual([
      ['/organization/name', 'too-long'],
    ]);
  });
});
