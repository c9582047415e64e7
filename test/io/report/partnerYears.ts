/**
 * An exchange file with several years for the report-data tests: the manufacturer example (docs/examples)
 * with earlier years whose quantities differ, evaluated as the app does, plus the report data of its last
 * year. Text fields can be replaced to test what user-typed text does in every output.
 */
import { readFileSync } from 'node:fs';
import type { FactorSet } from '../../../src/core/factorSet';
import type { Entry, Inventory } from '../../../src/core/inventory';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { type Evaluation, evaluateExchange } from '../../../src/io/evaluate';
import type { ExchangeFile } from '../../../src/io/exchange';
import { buildReportData, type ReportData, type ReportMeta } from '../../../src/io/report/reportData';
import { EXAMPLES_SET } from '../../helpers';

export const META: ReportMeta = { appVersion: '1.2.3', createdAt: '2026-03-02T09:30:00.000Z' };

export interface PartnerYearsOptions {
  years?: number;
  name?: string;
  /** Replaces the sites' names, in order. */
  siteNames?: string[];
  /** Replaces the reason of every exclusion. */
  exclusionReason?: string;
  /** Adds a custom factor (district heat of the local network) with this name and source to the last year. */
  customFactor?: { name: string; source: string };
  baseYear?: number;
}

export function manufacturer(): ExchangeFile {
  return JSON.parse(readFileSync('docs/examples/manufacturer.json', 'utf8')) as ExchangeFile;
}

/** The example's year and the years before it; year k before the last has quantities × (1 + 0.1k), ± a bit. */
export function partnerYearsFile(opts: PartnerYearsOptions = {}): ExchangeFile {
  const example = manufacturer();
  const last = example.inventories[0] as Inventory;
  const n = opts.years ?? 3;
  const inventories: Inventory[] = Array.from({ length: n }, (_, k) => {
    const year = last.year - (n - 1 - k);
    const scale = 1 + 0.1 * (n - 1 - k);
    const entries: Entry[] = last.entries.map((e, i) => ({
      ...e,
      quantity: k === n - 1 ? e.quantity : Math.round(e.quantity * (scale + (i % 3) * 0.02)),
      ...(e.period ? { period: e.period.replace(/^\d{4}/, String(year)) } : {}),
    }));
    const inv: Inventory = { ...last, year, entries };
    if (opts.exclusionReason !== undefined)
      inv.excluded = inv.excluded.map((x) => ({ ...x, reason: opts.exclusionReason as string }));
    if (k === n - 1 && opts.customFactor) {
      inv.customFactors = [
        {
          id: 'local-heat',
          name: opts.customFactor.name,
          unit: 'MWh',
          value: { co2e: 150 },
          year,
          source: opts.customFactor.source,
        },
      ];
      inv.entries = inv.entries.map((e) =>
        e.category === 's2.heat' ? { ...e, customFactor: 'local-heat' } : e,
      );
    }
    return inv;
  });
  const sites = example.organization.sites.map((s, i) => ({ ...s, name: opts.siteNames?.[i] ?? s.name }));
  return {
    ...example,
    organization: {
      ...example.organization,
      name: opts.name ?? example.organization.name,
      baseYear: opts.baseYear ?? last.year - (n - 1),
      sites,
    },
    inventories,
  };
}

/** The set the example these years are made from names. */
export async function fiSet(): Promise<FactorSet> {
  return loadBuiltinSet(EXAMPLES_SET);
}

export type Evaluated = Extract<Evaluation, { ok: true }>;

export async function evaluated(file: unknown): Promise<Evaluated> {
  const set = await fiSet();
  const ev = await evaluateExchange(file, async () => set);
  if (!ev.ok) throw new Error(`did not evaluate: ${JSON.stringify(ev.issues.slice(0, 3))}`);
  return ev;
}

/** The file, its evaluation and the report data of its last year. */
export async function partnerYears(
  opts: PartnerYearsOptions = {},
): Promise<{ file: ExchangeFile; ev: Evaluated; data: ReportData }> {
  const file = partnerYearsFile(opts);
  const ev = await evaluated(file);
  const year = Math.max(...file.inventories.map((i) => i.year));
  const data = await buildReportData(ev, year, [await fiSet()], META);
  return { file, ev, data };
}
