/**
 * The commitment's tables (issue 12): its targets with their latest standing, each target's progress year by
 * year, the actions with the expected (modelled) cut apart from the observed change, and the base-year
 * recalculations. Made from the report data's commitment, where every figure was computed once
 * (commitmentData.ts); the PDF and the CSV read these same rows.
 */

import type { ObservedChange } from '../../../core/actionObserved';
import { CATEGORY_IDS, categoryInfo, scopeOf } from '../../../core/categories';
import type { BaseYearFigures } from '../../../core/commitment';
import type { ProgressYear, TargetProgress } from '../../../core/progress';
import { boundaryEmissions } from '../../../core/targetProgress';
import type { Lang } from '../../../i18n/issueMessages';
import { formatDay } from '../../../i18n/parseDate';
import { targetProblemWord } from '../../../i18n/targetPresetWords';
import {
  actionStatusWord,
  type CrKey,
  crWord,
  reasonWord,
  statusWord,
  themeWord,
} from '../../../i18n/uiCommitmentReport';
import type { ReportCommitment, ReportTarget } from '../commitmentData';
import { metricWords, presetName, ruleLine, targetName } from '../targetWords';
import { denominatorUnit } from './intensities';
import type { ColumnKind, ReportTable, TableColumn, TableRow } from './types';

/**
 * How a target's values are written: kg CO2e, or kg CO2e per its metric. `unit` is the denominator as the
 * CSV's units write it, the same in both languages ("FTE", "M€", "m²", the production unit); the title says
 * it in the report's words.
 */
function valueUnit(r: ReportTarget, lang: Lang): { kind: ColumnKind; unit?: string; title: string } {
  const u = r.progress.unit;
  if (u === 'kgCO2e') return { kind: 'kgco2e', title: crWord(lang, 'crUnitKg') };
  const unit = denominatorUnit({
    denominator: u.per,
    ...(u.productionUnit !== undefined ? { unit: u.productionUnit } : {}),
  });
  return {
    kind: 'intensity',
    unit,
    title: crWord(lang, 'crUnitPer', { unit: metricWords(u, r.target, lang) }),
  };
}

/** The unit of a target's values in a table of targets, whose rows differ in it. */
function rowUnit(r: ReportTarget, lang: Lang): string {
  const v = valueUnit(r, lang);
  return v.unit === undefined ? 'kg CO2e' : `kg CO2e/${v.unit}`;
}

export function problemsText(r: ReportTarget, lang: Lang): string {
  return r.progress.problems.map((p) => targetProblemWord(lang, p, r.target)).join(' ');
}

/** A calculated year's status in words; the base year is its own reference. */
export function yearStatus(p: ProgressYear, progress: TargetProgress, lang: Lang): string {
  return p.year === progress.base?.year ? crWord(lang, 'crStatusBase') : statusWord(lang, p.status);
}

const col = (id: string, lang: Lang, key: CrKey, kind: ColumnKind): TableColumn => ({
  id,
  title: crWord(lang, key),
  kind,
});

export function targetsTable(c: ReportCommitment, lang: Lang): ReportTable {
  const number = (id: string, key: CrKey): TableColumn => ({
    ...col(id, lang, key, 'number'),
    rowUnit: true,
  });
  return {
    id: 'targets',
    title: crWord(lang, 'crTableTargets'),
    notes: [],
    columns: [
      col('item', lang, 'crColTarget', 'text'),
      col('preset', lang, 'crColPreset', 'text'),
      col('rule', lang, 'crColBoundary', 'text'),
      col('baseYear', lang, 'crColBaseYear', 'year'),
      number('baseValue', 'crColBaseValue'),
      col('targetYear', lang, 'crColTargetYear', 'year'),
      number('targetValue', 'crColTargetValue'),
      col('reduction', lang, 'crColReduction', 'share'),
      col('latestYear', lang, 'crColLatestYear', 'year'),
      col('status', lang, 'crColStatus', 'text'),
      number('gap', 'crColGap'),
      number('requiredYearly', 'crColRequired'),
      col('requiredShare', lang, 'crColRequiredShare', 'share'),
      col('problems', lang, 'crColProblems', 'text'),
    ],
    rows: c.targets.map((r): TableRow => {
      const { target: t, progress: p } = r;
      return {
        id: t.id,
        unit: rowUnit(r, lang),
        cells: {
          item: targetName(t, p.unit, lang),
          preset: presetName(t, lang),
          rule: ruleLine(t, p.unit, lang),
          baseYear: t.baseYear,
          baseValue: p.base?.value ?? null,
          targetYear: t.targetYear,
          targetValue: p.target?.value ?? null,
          reduction: t.reductionPct / 100,
          latestYear: p.latest?.year ?? null,
          status: p.latest ? statusWord(lang, p.latest.status) : null,
          gap: p.latest?.gap ?? null,
          requiredYearly: p.requiredYearly?.amount ?? null,
          requiredShare: p.requiredYearly ? p.requiredYearly.pctOfLatest / 100 : null,
          problems: p.problems.length > 0 ? problemsText(r, lang) : null,
        },
      };
    }),
  };
}

/**
 * One target's progress: each calculated year from the base year against the pathway, and the target year
 * with the level it must reach. Row ids are `<target id>:<year>`, unique across every target's table.
 */
export function targetProgressTable(r: ReportTarget, lang: Lang): ReportTable {
  const { target: t, progress: p } = r;
  const v = valueUnit(r, lang);
  const value = (id: string, key: CrKey): TableColumn => ({
    id,
    title: `${crWord(lang, key)} ${v.title}`,
    kind: v.kind,
    ...(v.unit !== undefined ? { unit: v.unit } : {}),
  });
  const rows: TableRow[] = p.years.map((y) => ({
    id: `${t.id}:${y.year}`,
    cells: {
      item: y.year,
      actual: y.actual,
      pathway: y.pathway,
      gap: y.year === p.base?.year ? null : y.gap,
      status: yearStatus(y, p, lang),
    },
  }));
  if (p.target && !p.years.some((y) => y.year === p.target?.year))
    rows.push({
      id: `${t.id}:${p.target.year}`,
      cells: { item: p.target.year, actual: null, pathway: p.target.value, gap: null, status: null },
    });
  return {
    id: 'targetProgress',
    title: crWord(lang, 'crTableProgress', { name: targetName(t, p.unit, lang) }),
    notes: [crWord(lang, 'crNoteProgress')],
    columns: [
      col('item', lang, 'crColYear', 'year'),
      value('actual', 'crColActual'),
      value('pathway', 'crColPathway'),
      value('gap', 'crColGap'),
      col('status', lang, 'crColStatus', 'text'),
    ],
    rows,
  };
}

const years = (o: ObservedChange) => `${o.fromYear}–${o.toYear}`;

export function actionsTable(c: ReportCommitment, lang: Lang): ReportTable {
  return {
    id: 'actions',
    title: crWord(lang, 'crTableActions'),
    notes: [crWord(lang, 'crNoteActions')],
    columns: [
      col('item', lang, 'crColAction', 'text'),
      col('theme', lang, 'crColTheme', 'text'),
      col('categories', lang, 'crColCategories', 'text'),
      col('status', lang, 'crColActionStatus', 'text'),
      col('statusDate', lang, 'crColStatusDate', 'text'),
      col('expected', lang, 'crColExpected', 'kgco2e'),
      col('basis', lang, 'crColBasis', 'text'),
      { ...col('observed', lang, 'crColObserved', 'kgco2e'), method: 'location' },
      col('observedYears', lang, 'crColObservedYears', 'text'),
      { ...col('sinceStart', lang, 'crColSinceStart', 'kgco2e'), method: 'location' },
      col('sinceStartYears', lang, 'crColSinceStartYears', 'text'),
    ],
    rows: c.actions.map(({ action: a, observed }): TableRow => {
      const day = a.statusDates[a.status];
      return {
        id: a.id,
        cells: {
          item: a.title,
          theme: themeWord(lang, a.theme),
          categories: a.categories.map((id) => categoryInfo(id).names[lang]).join(', ') || null,
          status: actionStatusWord(lang, a.status),
          statusDate: day ? formatDay(day, lang) : null,
          expected: a.expected?.kgPerYear ?? null,
          basis: a.expected?.basis || null,
          observed: observed?.latest.location.activity ?? null,
          observedYears: observed ? years(observed.latest) : null,
          sinceStart: observed?.sinceStart?.location.activity ?? null,
          sinceStartYears: observed?.sinceStart ? years(observed.sinceStart) : null,
        },
      };
    }),
  };
}

const ALL_SCOPE3 = CATEGORY_IDS.filter((id) => scopeOf(id) === 3);

/** A base year's total, by the core's sum of a boundary that covers everything. */
const total = (f: BaseYearFigures, scope2: 'location' | 'market') =>
  boundaryEmissions({ scope1: true, scope2, scope3Categories: ALL_SCOPE3 }, f);

export function recalculationsTable(c: ReportCommitment, lang: Lang): ReportTable {
  const kg = (id: string, key: CrKey, method: 'location' | 'market'): TableColumn => ({
    ...col(id, lang, key, 'kgco2e'),
    method,
  });
  return {
    id: 'recalculations',
    title: crWord(lang, 'crTableRecalculations'),
    notes: [crWord(lang, 'crNoteRecalculations')],
    columns: [
      col('item', lang, 'crColBaseYear', 'year'),
      col('at', lang, 'crColRecalcAt', 'text'),
      col('reason', lang, 'crColReason', 'text'),
      col('note', lang, 'crColNote', 'text'),
      kg('beforeLocation', 'crColBeforeLocation', 'location'),
      kg('afterLocation', 'crColAfterLocation', 'location'),
      kg('beforeMarket', 'crColBeforeMarket', 'market'),
      kg('afterMarket', 'crColAfterMarket', 'market'),
    ],
    rows: c.recalculations.map((x) => ({
      id: x.id,
      cells: {
        item: x.year,
        at: formatDay(x.at.slice(0, 10), lang),
        reason: reasonWord(lang, x.reason),
        note: x.note.trim() || null,
        beforeLocation: total(x.before, 'location'),
        afterLocation: total(x.after, 'location'),
        beforeMarket: total(x.before, 'market'),
        afterMarket: total(x.after, 'market'),
      },
    })),
  };
}

/** The commitment's tables in the report's order: targets, each target's progress, actions, recalculations. */
export function commitmentTables(c: ReportCommitment, lang: Lang): ReportTable[] {
  return [
    targetsTable(c, lang),
    ...c.targets.map((r) => targetProgressTable(r, lang)),
    actionsTable(c, lang),
    recalculationsTable(c, lang),
  ];
}
