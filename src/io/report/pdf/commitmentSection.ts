/**
 * The PDF's section "Ilmastositoumus ja tavoitteiden eteneminen" (issue 12): the commitment, each target with
 * its rule (the preset it follows, that rule's assumptions and sources), its standing and the cut still
 * needed, its pathway chart and table, then the actions (expected cut apart from the observed change) and the
 * base-year recalculations. Everything is formatted from the report data's commitment and its tables.
 */
import { formatPercent } from '../../../i18n/format';
import type { Lang } from '../../../i18n/issueMessages';
import { formatDay } from '../../../i18n/parseDate';
import { targetWord } from '../../../i18n/targetPresetWords';
import { crWord, statusWord } from '../../../i18n/uiCommitmentReport';
import type { ReportCommitment, ReportTarget } from '../commitmentData';
import { problemsText } from '../tables/commitment';
import type { ReportTable, TableColumn } from '../tables/types';
import { metricWords, pct, presetName, presetRule, ruleLine, sourceLine, targetName } from '../targetWords';
import { formatCell, type PdfTablePlan, toPdfTable } from './cells';
import { pathwayAlt } from './chartAlt';
import { pathwayChart } from './pathwayChart';
import { drawTable } from './table';
import type { PdfWriter } from './writer';

const ACTION_PLAN: PdfTablePlan = {
  join: [
    ['item', 'categories'],
    ['status', 'statusDate'],
    ['expected', 'basis'],
    ['observed', 'observedYears'],
    ['sinceStart', 'sinceStartYears'],
  ],
};
const RECALCULATION_PLAN: PdfTablePlan = { join: [['reason', 'note']] };

export function commitmentSection(
  w: PdfWriter,
  c: ReportCommitment,
  tables: readonly ReportTable[],
  lang: Lang,
): void {
  w.heading(crWord(lang, 'crSection'), 2);
  const details: [string, string][] = [];
  if (c.joinedOn) details.push([crWord(lang, 'crJoinedOn'), formatDay(c.joinedOn, lang)]);
  if (c.text) details.push([crWord(lang, 'crText'), c.text]);
  details.push([
    crWord(lang, 'crThreshold'),
    crWord(lang, 'crThresholdValue', { pct: pct(c.recalculationThresholdPct, lang) }),
  ]);
  w.keyValues(details);

  const progress = tables.filter((t) => t.id === 'targetProgress');
  if (c.targets.length === 0) w.paragraph(crWord(lang, 'crNoTargets'));
  c.targets.forEach((r, i) => {
    target(w, r, progress[i], lang);
  });

  const actions = tables.find((t) => t.id === 'actions');
  if (actions) {
    w.heading(actions.title, 3);
    if (actions.rows.length === 0) w.paragraph(crWord(lang, 'crNoActions'));
    else drawTable(w, toPdfTable(actions, lang, ACTION_PLAN));
  }
  const recalculations = tables.find((t) => t.id === 'recalculations');
  if (recalculations && recalculations.rows.length > 0) {
    w.heading(recalculations.title, 3);
    drawTable(w, toPdfTable(recalculations, lang, RECALCULATION_PLAN));
  }
}

function target(w: PdfWriter, r: ReportTarget, table: ReportTable | undefined, lang: Lang): void {
  const { target: t, progress: p } = r;
  const name = targetName(t, p.unit, lang);
  w.heading(name, 3);
  const pairs: [string, string][] = [
    [crWord(lang, 'crRule'), ruleLine(t, p.unit, lang)],
    [crWord(lang, 'crPreset'), presetName(t, lang)],
  ];
  const rule = presetRule(t);
  if (rule) {
    pairs.push([crWord(lang, 'crPresetRule'), targetWord(lang, `tgRule_${rule.id}`)]);
    pairs.push([
      crWord(lang, 'crAssumptions'),
      rule.assumptions.map((a) => targetWord(lang, `tgAssume_${a}`)).join('\n'),
    ]);
    pairs.push([crWord(lang, 'crSources'), rule.sources.map(sourceLine).join('\n')]);
  }
  const valueCol = table?.columns.find((x) => x.id === 'actual');
  if (p.problems.length > 0 || !p.base || !p.target || !table || !valueCol) {
    w.keyValues(pairs);
    w.paragraph(`${crWord(lang, 'crProblems')} ${problemsText(r, lang)}`, { bold: true });
    return;
  }
  // Emissions in tonnes, as every table of the PDF shows them; an intensity in kg CO2e per its unit.
  const unit = p.unit === 'kgCO2e' ? 't CO2e' : `kg CO2e / ${metricWords(p.unit, t, lang)}`;
  const value = (v: number) => `${formatCell(valueCol, v, lang)} ${unit}`;
  pairs.push([crWord(lang, 'crBase'), `${p.base.year}: ${value(p.base.value)}`]);
  pairs.push([crWord(lang, 'crTargetValue'), `${p.target.year}: ${value(p.target.value)}`]);
  pairs.push([
    crWord(lang, 'crLatest'),
    p.latest
      ? crWord(lang, 'crLatestValue', {
          year: p.latest.year,
          status: statusWord(lang, p.latest.status),
          gap: signed(valueCol, p.latest.gap, lang, unit),
        })
      : crWord(lang, 'crLatestNone'),
  ]);
  const req = p.requiredYearly;
  if (req)
    pairs.push([
      crWord(lang, 'crRequired'),
      req.amount > 0
        ? crWord(lang, 'crRequiredValue', {
            amount: value(req.amount),
            pct: formatPercent(req.pctOfLatest / 100, lang),
            year: req.fromYear,
            target: p.target.year,
          })
        : crWord(lang, 'crRequiredMet', { year: req.fromYear }),
    ]);
  w.keyValues(pairs);
  const point = (year: number, v: number) => ({ year, value: v, label: formatCell(valueCol, v, lang) });
  const title = crWord(lang, 'crChart', { name });
  const pathway = p.pathway.map((x) => point(x.year, x.value));
  pathwayChart(
    w,
    title,
    [crWord(lang, 'crLegendPathway'), crWord(lang, 'crLegendActual')],
    pathway,
    p.years.map((y) => point(y.year, y.actual)),
    pathwayAlt(lang, title, pathway[0]?.year ?? p.base.year, pathway.at(-1)?.year ?? p.target.year, 'after'),
  );
  drawTable(w, toPdfTable(table, lang));
}

/** A gap with its sign: "+1,6 t CO2e" behind, "-1,6 t CO2e" ahead of the pathway. */
function signed(column: TableColumn, gap: number, lang: Lang, unit: string): string {
  const text = `${formatCell(column, Math.abs(gap), lang)} ${unit}`;
  return gap > 0 ? `+${text}` : gap < 0 ? `-${text}` : text;
}
