/**
 * The commitment in the report (issue 12): each target's progress computed once from the report's own years,
 * the PDF's section read back with poppler in Finnish and English, the CSV's rows, and the city file's
 * computed progress, which a reader ignores and recomputes from the file's inputs to the same figures.
 */
import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { actionObserved } from '../../../src/core/actionObserved';
import { emptyCommitment } from '../../../src/core/commitment';
import type { InventoryResult } from '../../../src/core/results';
import { formatTonnes } from '../../../src/i18n/format';
import type { Lang } from '../../../src/i18n/issueMessages';
import { metricWord, targetProblemWord, targetWord } from '../../../src/i18n/targetPresetWords';
import { crWord } from '../../../src/i18n/uiCommitmentReport';
import { readExchange } from '../../../src/io/exchange';
import { summarizeFile } from '../../../src/io/network/summarizeFile';
import { cityFile, cityFileText } from '../../../src/io/report/cityFile';
import { type CSV_HEADER, reportCsv } from '../../../src/io/report/csv';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { buildReportData } from '../../../src/io/report/reportData';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { commitmentCase } from './commitmentFixture';
import { evaluated, fiSet, META } from './partnerYears';
import { pdfPages, plain } from './pdfTools';

const LANGS: Lang[] = ['fi', 'sv', 'en'];
const EXPORT = { appVersion: '1.2.3', exportedAt: '2026-03-02T09:30:00.000Z' };
const schema = JSON.parse(readFileSync('docs/exchange-format-v1.schema.json', 'utf8')) as object;
const validate = new Ajv2020({ allErrors: true }).compile(schema);

const scope12Market = (r: InventoryResult) => r.scope1 + r.scope2.market;
/** The pathway by hand: linear from the base value to base × (1 − cut) over the years. */
const pathwayAt = (base: number, cut: number, from: number, to: number, year: number) =>
  base - base * (cut / 100) * ((year - from) / (to - from));

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const spaced = (...parts: string[]) => new RegExp(parts.map((p) => escapeRe(plain(p))).join('\\s+'));
const flat = (pages: string[]) => plain(pages.join('\n'));

describe('the report data of a commitment', () => {
  it('measures each target against the recorded base year over the report’s years, by hand', async () => {
    const { data, results, commitment } = await commitmentCase();
    const c = data.commitment;
    if (!c) throw new Error('the partner has a commitment');
    expect(c.joinedOn).toBe('2021-03-15');
    const [sbti, gas] = c.targets;
    const base = commitment.baseYears[0]?.figures;
    if (!sbti || !gas || !base) throw new Error('two targets and a record');
    // SBTi from 2022: 4.2 % × 8 years = 33.6 % by 2030, Scope 1 + market-based Scope 2.
    expect(sbti.target.reductionPct).toBe(33.6);
    const b = base.scope1 + base.scope2.market;
    const y2024 = results.get(2024) as InventoryResult;
    const p2024 = pathwayAt(b, 33.6, 2022, 2030, 2024);
    expect(sbti.progress.base?.value).toBeCloseTo(b, 6);
    expect(sbti.progress.latest?.year).toBe(2024);
    expect(sbti.progress.latest?.pathway).toBeCloseTo(p2024, 6);
    expect(sbti.progress.latest?.actual).toBeCloseTo(scope12Market(y2024), 6);
    expect(sbti.progress.latest?.status).toBe(scope12Market(y2024) <= p2024 ? 'on-track' : 'behind');
    expect(sbti.progress.requiredYearly?.amount).toBeCloseTo(
      (scope12Market(y2024) - b * (1 - 0.336)) / (2030 - 2024),
      6,
    );
    // Scope 1 cut by 90 % in three years: 2024 must be at 40 % of the base, far below where it is.
    expect(gas.progress.latest?.pathway).toBeCloseTo(base.scope1 * 0.4, 6);
    expect(gas.progress.latest?.status).toBe('behind');
    expect(gas.progress.latest?.gap).toBeCloseTo(y2024.scope1 - base.scope1 * 0.4, 6);
  });

  it('reads no year after the report’s: the 2023 report stands at 2023, its actions compare 2022 and 2023', async () => {
    const { data, results, commitment } = await commitmentCase(2023);
    const c = data.commitment;
    expect(c?.targets.map((t) => t.progress.latest?.year)).toEqual([2023, 2023, 2023]);
    expect(c?.targets[0]?.progress.years.map((y) => y.year)).toEqual([2022, 2023]);
    const led = c?.actions.find((a) => a.action.id === 'led');
    expect(led?.observed?.latest).toMatchObject({ fromYear: 2022, toYear: 2023 });
    const upTo2023 = [results.get(2022), results.get(2023)] as InventoryResult[];
    expect(led?.observed).toEqual(actionObserved(commitment.actions[0] as never, upTo2023));
  });

  it('leaves out a partner without a commitment, and one whose commitment is empty', async () => {
    for (const edit of [() => undefined, () => emptyCommitment()]) {
      const { data } = await commitmentCase(2024, edit);
      expect(data.commitment).toBeUndefined();
      expect(reportTables(data, 'fi').map((t) => t.id)).not.toContain('targets');
      const text = flat(pdfPages(renderReportPdf(data, 'fi')));
      expect(text).not.toContain(crWord('fi', 'crSection'));
      expect(reportCsv(data, 'fi')).not.toContain(';targetProgress;');
      expect(
        cityFile(data, { organization: data.organization, inventories: [] }, [], EXPORT),
      ).not.toHaveProperty('targetProgress');
    }
  });
});

describe.each(LANGS)('the PDF’s commitment section in %s', (lang) => {
  it('shows the commitment, each target’s rule, standing, cut needed and table, the actions and recalculations', async () => {
    const { data, results } = await commitmentCase();
    const c = data.commitment;
    if (!c) throw new Error('the partner has a commitment');
    const pages = pdfPages(renderReportPdf(data, lang));
    const text = flat(pages);
    const at = text.indexOf(plain(crWord(lang, 'crSection')));
    expect(at).toBeGreaterThan(0);
    const section = text.slice(at);
    expect(section).toContain(lang === 'en' ? '15/03/2021' : '15.3.2021');
    expect(section).toContain('Puolitamme toimipaikkojemme päästöt');
    // The SBTi target: its preset, rule and sources, and the 2024 row of its table.
    expect(section).toContain(plain(targetWord(lang, 'tgTarget_sbtiNearTerm')));
    expect(section).toContain('sciencebasedtargets.org');
    const [sbti, gas] = c.targets;
    const y2024 = results.get(2024) as InventoryResult;
    const row = (t: typeof sbti, actual: number) => {
      const l = t?.progress.latest;
      if (!l) throw new Error('a latest year');
      return spaced(
        '2024',
        formatTonnes(actual, lang),
        formatTonnes(l.pathway, lang),
        formatTonnes(l.gap, lang),
        crWord(lang, `crStatus_${l.status}`),
      );
    };
    expect(section).toMatch(row(sbti, scope12Market(y2024)));
    expect(section).toMatch(row(gas, y2024.scope1));
    expect(section).toContain(plain(crWord(lang, 'crStatus_behind')));
    const req = gas?.progress.requiredYearly;
    if (!req) throw new Error('2024 is before the target year');
    expect(section.replace(/\s+/g, ' ')).toContain(plain(`${formatTonnes(req.amount, lang)} t CO2e`));
    expect(section).toContain(plain(crWord(lang, 'crChart', { name: 'Suorat päästöt lähes nollaan' })));
    // The intensity target's levels in kg CO2e per its metric, in the report's words.
    expect(section.replace(/\s+/g, ' ')).toContain(`kg CO2e / ${plain(metricWord(lang, 'fte'))}`);
    // Actions: the expected cut (modelled) and the observed change with its years, apart.
    expect(section).toMatch(spaced('LED-valaistus hallissa'));
    expect(section).toContain(plain(formatTonnes(4000, lang)));
    const led = c.actions.find((a) => a.action.id === 'led')?.observed;
    expect(section).toContain(plain(formatTonnes(led?.latest.location.activity ?? Number.NaN, lang)));
    expect(section).toContain('2023–2024');
    expect(section).toContain(lang === 'en' ? '30/09/2023' : '30.9.2023');
    expect(section).toContain(plain(crWord(lang, 'crReason_error')));
    expect(section).toMatch(spaced('Kaukolämmön', 'lasku', 'puuttui'));
  });

  it('says why a target cannot be computed instead of drawing it', async () => {
    const { data } = await commitmentCase();
    const c = data.commitment;
    const sbti = c?.targets[0];
    if (!c || !sbti) throw new Error('a target');
    const broken = {
      ...sbti,
      progress: {
        ...sbti.progress,
        base: undefined,
        target: undefined,
        pathway: [],
        years: [],
        problems: ['base-year-not-calculated' as const],
      },
    };
    const text = flat(pdfPages(renderReportPdf({ ...data, commitment: { ...c, targets: [broken] } }, lang)));
    expect(text.replace(/\s+/g, ' ')).toContain(
      plain(targetProblemWord(lang, 'base-year-not-calculated', sbti.target)).replace(/\s+/g, ' '),
    );
    expect(text).not.toContain(
      plain(crWord(lang, 'crChart', { name: targetWord(lang, 'tgTarget_sbtiNearTerm') })),
    );
  });
});

type Line = Record<(typeof CSV_HEADER)[number], string>;

describe.each(LANGS)('the CSV’s commitment rows in %s', (lang) => {
  it('has each target’s standing and progress by year, and the actions, with words of the report language', async () => {
    const { data } = await commitmentCase();
    const text = reportCsv(data, lang);
    const lines = Papa.parse<Line>(text.slice(1), {
      header: true,
      delimiter: lang === 'en' ? ',' : ';',
      newline: '\r\n',
      skipEmptyLines: true,
    }).data;
    const num = (v: string | undefined) => Number(lang === 'en' ? v : v?.replace(',', '.'));
    const find = (table: string, row: string, column: string) =>
      lines.find((l) => l.table === table && l.row === row && l.column === column);
    const gas = data.commitment?.targets[1]?.progress.latest;
    if (!gas) throw new Error('a latest year');
    const status = find('targetProgress', 'gas:2024', 'status');
    expect(status?.value).toBe(crWord(lang, 'crStatus_behind'));
    expect(status?.measure).toBe(crWord(lang, 'crColStatus'));
    const gap = find('targets', 'gas', 'gap');
    expect(gap?.unit).toBe('kg CO2e');
    expect(num(gap?.value)).toBeCloseTo(gas.gap, 3);
    expect(find('targetProgress', 'gas:2024', 'actual')?.measure).toBe(
      `${crWord(lang, 'crColActual')} ${crWord(lang, 'crUnitKg')}`,
    );
    // An intensity target per FTE: kg CO2e/FTE, the same unit id in both languages, its value by hand.
    const y2024 = data.history.find((r) => r.year === 2024) as InventoryResult;
    const fte = find('targetProgress', 'fte:2024', 'actual');
    expect(fte?.unit).toBe('kg CO2e/FTE');
    expect(num(fte?.value)).toBeCloseTo((y2024.scope1 + y2024.scope2.location) / 48, 6);
    expect(find('targets', 'fte', 'gap')?.unit).toBe('kg CO2e/FTE');
    expect(find('targets', 'sbti', 'reduction')).toMatchObject({ unit: 'fraction' });
    expect(num(find('targets', 'sbti', 'reduction')?.value)).toBeCloseTo(0.336, 6);
    expect(num(find('actions', 'led', 'expected')?.value)).toBe(4000);
    expect(find('actions', 'led', 'observed')).toMatchObject({ method: 'location', unit: 'kg CO2e' });
    expect(find('actions', 'van', 'expected')).toBeUndefined();
    expect(find('recalculations', 'r1', 'reason')?.value).toBe(crWord(lang, 'crReason_error'));
  });
});

describe('the city file’s target progress', () => {
  it('carries each target’s progress, valid against the schema, ignored by the reader and recomputed the same', async () => {
    const { data, ev } = await commitmentCase();
    const city = JSON.parse(JSON.stringify(cityFile(data, ev.file, ev.results, EXPORT)));
    expect(validate(city), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
    expect(city.targetProgress.map((p: { targetId: string }) => p.targetId)).toEqual(['sbti', 'gas', 'fte']);
    expect(city.targetProgress[1].latest).toMatchObject({ year: 2024, status: 'behind' });
    expect(city.targetProgress[1].pathway.map((p: { year: number }) => p.year)).toEqual([
      2022, 2023, 2024, 2025,
    ]);
    const { file, issues } = readExchange(city);
    expect(issues).toEqual([]);
    expect(file).not.toHaveProperty('targetProgress');
    // Recomputable from the inputs: the file read and evaluated anew gives the same progress.
    const again = await buildReportData(await evaluated(city), 2024, [await fiSet()], META);
    expect(again.commitment?.targets.map((t) => t.progress)).toEqual(city.targetProgress);
  });

  it('agrees with the standing the coordinator recomputes from the file’s inputs (summarizeFile)', async () => {
    const { data, ev } = await commitmentCase();
    const text = await cityFileText(data, ev.file, ev.results, EXPORT);
    const set = await fiSet();
    const received = await summarizeFile(
      { name: 'kumppani.json', receivedAt: EXPORT.exportedAt, bytes: new TextEncoder().encode(text) },
      async () => set,
    );
    if (!received.ok) throw new Error(`refused: ${JSON.stringify(received.refusal)}`);
    const written = JSON.parse(text).targetProgress as {
      targetId: string;
      latest: { year: number; status: string; gap: number };
    }[];
    expect(received.summary.targets.map((t) => [t.id, t.latest?.year, t.latest?.status])).toEqual(
      written.map((p) => [p.targetId, p.latest.year, p.latest.status]),
    );
    // The coordinator counts an intensity target's gap in kg: per FTE times the year's 48 FTE.
    const fte = ev.file.inventories.find((i) => i.year === 2024)?.metrics.fte ?? Number.NaN;
    received.summary.targets.forEach((t, i) => {
      const gap = written[i]?.latest.gap ?? Number.NaN;
      expect(t.latest?.gapKg).toBeCloseTo(t.kind === 'intensity' ? gap * fte : gap, 6);
    });
  });

  it('of a 2023 report holds the years up to 2023 only', async () => {
    const { data, ev } = await commitmentCase(2023);
    const city = cityFile(data, ev.file, ev.results, EXPORT);
    expect(city.targetProgress?.[0]?.years.map((y) => y.year)).toEqual([2022, 2023]);
    expect(city.targetProgress?.[0]?.latest?.year).toBe(2023);
  });
});
