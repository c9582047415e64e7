/**
 * What a figure is made of: the entries behind a category or a source, each with its quantity, unit
 * conversions, factor and the factor's source, GWP values, market-based parts and the calculation written
 * out (formulaOf). Everything is read from the core's entry results; drawn only when a row is opened.
 */
import '../../i18n/uiReport';
import '../../i18n/uiGuide';
import { useState } from 'preact/hooks';
import { formulaOf, valueText } from '../../core/formula';
import type { EntryResult, FactorTrace, MarketPart, TraceNote } from '../../core/results';
import { notesOfEntry } from '../../core/sessionNotes';
import { formatDateTime, formatPercent, formatSignificant, formatTonnes } from '../../i18n/format';
import { formulaOptions } from '../../i18n/formula';
import type { Lang } from '../../i18n/issueMessages';
import { sourceLabel, sourceReference } from '../../i18n/sourceLabel';
import { tr, type UiKey } from '../../i18n/ui';
import { unitName } from '../../i18n/unitNames';
import { formatCell } from '../../io/report/pdf/cells';
import type { ReportData } from '../../io/report/reportData';
import { activityLabel } from '../../io/report/tables/sources';
import type { TableColumn } from '../../io/report/tables/types';
import { safeUrl } from './ResultTable';
import { factorKey } from './rowEntries';

/** Entries drawn at first; the rest on request, so opening a category of hundreds stays quick. */
const FIRST = 30;

const NUMBER: TableColumn = { id: 'n', title: '', kind: 'number' };

const MARKET_KEYS: Record<MarketPart['kind'], UiKey> = {
  certificate: 'reportMarketCertificate',
  supplier: 'reportMarketSupplier',
  'residual-mix': 'reportMarketResidual',
  'location-fallback': 'reportMarketLocation',
};

const NOTE_KEYS: Record<TraceNote, UiKey> = {
  'factor-earlier-year': 'reportTraceNoteEarlier',
  'factor-later-year': 'reportTraceNoteLater',
  'co2e-not-reweighted': 'reportTraceNoteNotReweighted',
  'co2e-parts-reweighted': 'reportTraceNotePartsReweighted',
  'no-residual-mix': 'reportTraceNoteNoResidual',
  'radiative-forcing-included': 'reportTraceNoteRfIncluded',
  'radiative-forcing-excluded': 'reportTraceNoteRfExcluded',
  'negative-quantity': 'reportTraceNoteNegative',
};

export function TraceList({ entries, data, lang }: { entries: EntryResult[]; data: ReportData; lang: Lang }) {
  const [all, setAll] = useState(false);
  const shown = all ? entries : entries.slice(0, FIRST);
  return (
    <div class="trace">
      <p>{tr(lang, 'reportTraceEntries', { n: entries.length })}</p>
      <ol class="plain">
        {shown.map((e) => (
          <li key={e.entryId}>
            <EntryTrace r={e} data={data} lang={lang} />
          </li>
        ))}
      </ol>
      {!all && entries.length > FIRST && (
        <button type="button" class="secondary" onClick={() => setAll(true)}>
          {tr(lang, 'reportTraceShowAll', { n: entries.length - FIRST })}
        </button>
      )}
    </div>
  );
}

function EntryTrace({ r, data, lang }: { r: EntryResult; data: ReportData; lang: Lang }) {
  const t = r.trace;
  const entry = data.inventory.entries.find((e) => e.id === r.entryId);
  const site = r.site ? data.organization.sites.find((s) => s.id === r.site)?.name : undefined;
  const label = activityLabel({ activity: r.activity, factor: t.factor, gas: t.gas?.name }, data, lang);
  const title = [label, site, r.period].filter(Boolean).join(' · ');
  const gwp = Object.entries(t.gwp);
  const sessionNotes = notesOfEntry(data.inventory.notes, r.entryId);
  return (
    <div class="trace-entry" data-entry={r.entryId}>
      <p class="trace-title">{title}</p>
      <dl>
        <dt>{tr(lang, 'quantity')}</dt>
        <dd>
          {formatCell(NUMBER, t.quantity.value, lang)} {unitName(t.quantity.unit, lang)}
          {entry?.sourceNote ? ` (${entry.sourceNote})` : ''}
        </dd>
        {t.conversions.length > 0 && (
          <>
            <dt>{tr(lang, 'reportTraceConversions')}</dt>
            <dd>
              {t.conversions
                .map(
                  (s) =>
                    `× ${formatSignificant(s.factor, lang)} ${unitName(s.to, lang)}/${unitName(s.from, lang)}`,
                )
                .join(' ')}{' '}
              = {formatCell(NUMBER, t.converted.value, lang)} {unitName(t.converted.unit, lang)}
            </dd>
          </>
        )}
        {t.factor && <Factor f={t.factor} data={data} lang={lang} />}
        {t.gas && (
          <>
            <dt>{tr(lang, 'reportTraceGas')}</dt>
            <dd>
              {t.gas.name}:{' '}
              {t.gas.composition
                .map((c) => `${c.gas} ${formatPercent(c.massFraction, lang, 4, 0)}`)
                .join('; ')}
            </dd>
          </>
        )}
        {gwp.length > 0 && (
          <>
            <dt>{tr(lang, 'reportTraceGwp', { set: t.gwpSet })}</dt>
            {/* Semicolons between figures: a comma is the Finnish decimal mark. */}
            <dd>{gwp.map(([gas, v]) => `${gas} ${formatCell(NUMBER, v, lang)}`).join('; ')}</dd>
          </>
        )}
        {t.market && (
          <>
            <dt>{tr(lang, 'reportTraceMarket')}</dt>
            <dd>
              <ul>
                {t.market.map((p, i) => (
                  <li key={`${p.kind}${i}`}>
                    {tr(lang, MARKET_KEYS[p.kind])} {formatPercent(p.share, lang, 4, 0)}:{' '}
                    {p.factor
                      ? `${factorName(p.factor, data, lang)} (${p.factor.year})`
                      : tr(lang, 'reportTraceGoZero')}{' '}
                    → {formatTonnes(p.co2e, lang)} {tr(lang, 'tonnes')}
                    {p.factor && (
                      <>
                        {' · '}
                        <SourceText f={p.factor} lang={lang} />
                      </>
                    )}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
        <dt>{tr(lang, 'reportTraceFormula')}</dt>
        <dd class="formula">{formulaOf(r, formulaOptions(lang))}</dd>
        <dt>{tr(lang, 'entryResult')}</dt>
        <dd data-kg={r.location.co2e}>
          {formatTonnes(r.location.co2e, lang)} {tr(lang, 'tonnes')}
          {r.market &&
            ` (${tr(lang, 'reportUsedLocation')}); ${formatTonnes(r.market.co2e, lang)} ${tr(lang, 'tonnes')} (${tr(lang, 'reportUsedMarket')})`}
          {r.biogenicCO2 !== 0 &&
            `; ${tr(lang, 'reportColBiogenic')} ${formatCell(NUMBER, r.biogenicCO2, lang)}`}
        </dd>
        {t.notes.length > 0 && (
          <>
            <dt>{tr(lang, 'reportTraceNotes')}</dt>
            <dd>{t.notes.map((n) => tr(lang, NOTE_KEYS[n])).join(' ')}</dd>
          </>
        )}
        {sessionNotes.length > 0 && (
          <>
            <dt>{tr(lang, 'noteTraceTitle')}</dt>
            <dd>
              <ul class="trace-session-notes">
                {sessionNotes.map((n) => (
                  <li key={n.id}>
                    {n.text}{' '}
                    <span class="muted">
                      ({[formatDateTime(n.at, lang), n.author].filter(Boolean).join(', ')})
                    </span>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        )}
      </dl>
    </div>
  );
}

function factorName(f: FactorTrace, data: ReportData, lang: Lang): string {
  return (f.custom ? undefined : data.names.factors[f.id]?.[lang]) ?? f.name;
}

function Factor({ f, data, lang }: { f: FactorTrace; data: ReportData; lang: Lang }) {
  const used = data.factorsUsed.find((u) => u.key === factorKey(f));
  return (
    <>
      <dt>{tr(lang, 'reportTraceFactor')}</dt>
      <dd>
        {factorName(f, data, lang)} ({f.custom ? tr(lang, 'customFactor') : `${f.set}: ${f.id}`}),{' '}
        {tr(lang, 'reportTraceDataYear', { year: f.year })}
        {f.fallback !== 'none' && ` ${tr(lang, 'reportTraceFallback', { year: f.requestedYear })}`}
        {used && `: ${formatCell(NUMBER, used.co2ePerUnit, lang)} kg CO2e/${unitName(f.unit, lang)}`}
        {f.typed &&
          ` (${tr(lang, 'reportFactorAsTyped', {
            value: valueText(f.typed.value, f.typed.massUnit, unitName(f.unit, lang), (n) =>
              formatSignificant(n, lang),
            ),
          })})`}
      </dd>
      <dt>{tr(lang, 'reportColSource')}</dt>
      <dd class="trace-source">
        <SourceText f={f} lang={lang} />
      </dd>
    </>
  );
}

/**
 * The source's title in the reader's language with publisher and year; under it the document as published and
 * where in it, and its address as a link. A custom factor's note.
 */
function SourceText({ f, lang }: { f: FactorTrace; lang: Lang }) {
  const src = f.source;
  if (!('publisher' in src)) return <>{src.note}</>;
  const href = safeUrl(src.url);
  const reference = sourceReference(src, f.ref);
  return (
    <>
      {sourceLabel(src, lang)}
      {reference && (
        <>
          <br />
          <span class="muted">{reference}</span>
        </>
      )}{' '}
      {href && (
        <a href={href} rel="noopener noreferrer" target="_blank">
          {src.url}
        </a>
      )}
    </>
  );
}
