/**
 * A partner with several years for report tests: the manufacturer example (docs/examples) repeated over
 * earlier years with other quantities, evaluated the way the app does and turned into report data.
 */
import { readFileSync } from 'node:fs';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { evaluateExchange } from '../../../src/io/evaluate';
import { buildReportData, type ReportData } from '../../../src/io/report/reportData';
import { EXAMPLES_SET } from '../../helpers';

interface ExampleFile {
  organization: { name: string; baseYear?: number; sites: { id: string; name: string }[] };
  inventories: { year: number; entries: { quantity: number; period?: string }[]; status?: string }[];
}

export const PARTNER_NAME = 'Esimerkki Metalli ja Kylmä Oy – Åbo & Öljy';

/** `years` inventories ending at the example's year; each earlier year scales every quantity differently. */
export async function multiYearReport(
  opts: { years?: number; name?: string; baseYear?: number } = {},
): Promise<ReportData> {
  const example = JSON.parse(readFileSync('docs/examples/manufacturer.json', 'utf8')) as ExampleFile;
  const last = example.inventories[0] as ExampleFile['inventories'][number];
  const years = opts.years ?? 3;
  const inventories = Array.from({ length: years }, (_, k) => {
    const year = last.year - (years - 1 - k);
    const scale = 1 + 0.1 * (years - 1 - k);
    return {
      ...last,
      year,
      entries: last.entries.map((e, i) => ({
        ...e,
        quantity: Math.round(e.quantity * (scale + (i % 3) * 0.02)),
        ...(e.period ? { period: e.period.replace(/^\d{4}/, String(year)) } : {}),
      })),
    };
  });
  const file = {
    ...example,
    organization: {
      ...example.organization,
      name: opts.name ?? PARTNER_NAME,
      baseYear: opts.baseYear ?? last.year - (years - 1),
    },
    inventories,
  };
  const set = await loadBuiltinSet(EXAMPLES_SET);
  const ev = await evaluateExchange(file, async () => set);
  if (!ev.ok) throw new Error(`example did not evaluate: ${JSON.stringify(ev.issues.slice(0, 3))}`);
  return buildReportData(ev, last.year, [set], { appVersion: '0.1.0', createdAt: '2026-03-02T09:30:00Z' });
}
