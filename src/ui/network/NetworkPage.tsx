/**
 * The network dashboard (/network, issue 13): the network's figures for a chosen year and base year from the
 * received files' summaries (src/core/networkFigures.ts), as the network tables (src/io/network/networkTables.ts)
 * with charts beside their tables: key figures, partner counts and their growth (the network's metric),
 * emissions by scope and category with the like-for-like change, by industry and size band, targets and
 * actions. Without files it says how to add them.
 */
import '../../i18n/uiNetworkDash';
import '../../i18n/uiReport';
import { useMemo, useState } from 'preact/hooks';
import { calculatedYears, figuresOf } from '../../core/networkFigures';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { networkTables } from '../../io/network/networkTables';
import type { ReportTable, ReportTableId } from '../../io/report/tables/types';
import { useNetworkPartners } from '../../state/network';
import { Link } from '../components/Link';
import { SelectField } from '../components/SelectField';
import { categoryChart, scopeChart } from '../report/chartSpecs';
import { ReportChart } from '../report/ReportChart';
import { ResultTable } from '../report/ResultTable';
import { KeyFigures } from './KeyFigures';
import { NetworkNav } from './NetworkNav';
import { groupChart, growthChart } from './networkCharts';
import { PartnerTable } from './PartnerTable';
import { PublishSummary } from './PublishSummary';
import '../report/report.css';
import './networkDash.css';

export function NetworkPage({ lang }: { lang: Lang }) {
  const partners = useNetworkPartners();
  if (partners === undefined) return <p>{tr(lang, 'loading')}</p>;
  return (
    <div class="network-page">
      <NetworkNav lang={lang} current="/network" />
      <h1>{tr(lang, 'dashTitle')}</h1>
      {partners.length === 0 ? (
        <div class="card">
          <p>{tr(lang, 'dashEmpty')}</p>
          <p>
            <Link href="/network/files">{tr(lang, 'dashAddFiles')}</Link>
          </p>
        </div>
      ) : (
        <Dashboard lang={lang} partners={partners} />
      )}
    </div>
  );
}

type Partners = NonNullable<ReturnType<typeof useNetworkPartners>>;

function Dashboard({ lang, partners }: { lang: Lang; partners: Partners }) {
  const years = useMemo(() => calculatedYears(partners), [partners]);
  const latest = years.at(-1);
  const [chosen, setChosen] = useState<number | undefined>(undefined);
  const [chosenBase, setChosenBase] = useState<number | 'none' | undefined>(undefined);
  // Until the user chooses, the latest calculated year and, as base year, the earliest before it.
  const year = chosen !== undefined && years.includes(chosen) ? chosen : (latest ?? new Date().getFullYear());
  const baseChoices = years.filter((y) => y < year);
  const baseYear =
    chosenBase === 'none'
      ? undefined
      : chosenBase !== undefined && baseChoices.includes(chosenBase)
        ? chosenBase
        : baseChoices[0];
  const figures = useMemo(() => figuresOf(partners, { year, baseYear }), [partners, year, baseYear]);
  const tables = useMemo(
    () => new Map<ReportTableId, ReportTable>(networkTables(figures, lang).map((t) => [t.id, t])),
    [figures, lang],
  );
  const table = (id: ReportTableId, chart?: (t: ReportTable) => ReturnType<typeof scopeChart>) => {
    const t = tables.get(id);
    if (!t) return null;
    const spec = chart?.(t);
    return (
      <ResultTable key={id} table={t} lang={lang}>
        {spec && <ReportChart spec={spec} lang={lang} />}
      </ResultTable>
    );
  };
  const factorWarnings = [figures.previous, figures.base].flatMap((c) =>
    c && c.factorSetChanged > 0 ? [tr(lang, 'dashNoteChangeFactors', { n: c.factorSetChanged })] : [],
  );
  const warned = (id: ReportTableId) => {
    const t = tables.get(id);
    return t ? <ResultTable key={id} table={t} lang={lang} warnings={factorWarnings} /> : null;
  };
  return (
    <>
      <p>{tr(lang, 'dashLead')}</p>
      <p>
        <Link href="/network/files">{tr(lang, 'netNavMoreFiles')}</Link>
      </p>
      {years.length > 0 && (
        <div class="card network-choosers">
          <SelectField
            id="network-year"
            label={tr(lang, 'dashChooseYear')}
            value={String(year)}
            options={[...years].reverse().map((y) => [String(y), String(y)] as const)}
            onChange={(v) => setChosen(Number(v))}
          />
          <SelectField
            id="network-base"
            label={tr(lang, 'dashChooseBase')}
            value={baseYear === undefined ? 'none' : String(baseYear)}
            options={[
              ['none', tr(lang, 'dashNoBase')] as const,
              ...baseChoices.map((y) => [String(y), String(y)] as const),
            ]}
            onChange={(v) => setChosenBase(v === 'none' ? 'none' : Number(v))}
          />
        </div>
      )}
      <KeyFigures figures={figures} lang={lang} />
      <PublishSummary
        partners={partners}
        figures={figures}
        files={partners.reduce((n, p) => n + p.files.length, 0)}
        lang={lang}
      />
      {table('netCounts')}
      {table('netGrowth', (t) => growthChart(t, lang))}
      {table('netScopes', (t) => scopeChart(t, lang))}
      {warned('netChangePrevious')}
      {figures.base?.against !== figures.previous.against && warned('netChangeBase')}
      {table('netCategories', (t) => categoryChart(t, lang))}
      {table('netSectors', (t) => groupChart(t, lang))}
      {table('netSizes', (t) => groupChart(t, lang))}
      {table('netTargets')}
      {table('netActions')}
      <PartnerTable partners={partners} year={year} lang={lang} />
    </>
  );
}
