/**
 * The PDFs are tagged (issue 15): the partner report (a partner with tables, charts and a commitment), the
 * data checklist and the network summary, read back with poppler. Each is marked tagged, carries its language
 * and title, has its headings in order as H1/H2, every table a Table whose first row holds TH header cells
 * (scope Column) with the column titles and whose other rows hold TD cells with the figures (a row's label a TH, scope Row), every chart a
 * Figure with an alternative text, and every word pdftotext finds inside the structure tree, except the page
 * footers, which are artifacts. A Swedish document (the writer alone, until the report has Swedish words) is
 * sv-FI and keeps its letters in the pages and the tags.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { THEME_IDS } from '../../../src/core/interview';
import type { ReceivedFileSummary } from '../../../src/core/network';
import { networkFigures } from '../../../src/core/networkFigures';
import { networkPartners } from '../../../src/core/networkPartners';
import type { Lang } from '../../../src/i18n/issueMessages';
import { tr, type UiKey } from '../../../src/i18n/ui';
import { crWord } from '../../../src/i18n/uiCommitmentReport';
import { interviewWord } from '../../../src/i18n/uiInterview';
import { pdfAccessWord } from '../../../src/i18n/uiPdfAccess';
import { renderSummaryPdf } from '../../../src/io/report/network/renderSummaryPdf';
import { summaryTables } from '../../../src/io/report/network/summaryTables';
import { columnTitle } from '../../../src/io/report/pdf/cells';
import { renderChecklistPdf } from '../../../src/io/report/pdf/renderChecklist';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { PdfWriter } from '../../../src/io/report/pdf/writer';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import { targetName } from '../../../src/io/report/targetWords';
import { yearSummary } from '../network/yearSummary';
import { commitmentCase } from './commitmentFixture';
import {
  descendants,
  documentLang,
  figureAlts,
  pdfInfo,
  type StructNode,
  structTree,
  textOf,
} from './pdfStructureTools';
import { pdfPages, plain } from './pdfTools';

/** The languages the PDFs are written in: adding one is one entry. */
const LANGS: Lang[] = ['fi', 'sv', 'en'];

const norm = (s: string) => plain(s).replace(/\s+/g, ' ').trim();

/** The words of pdftotext's reading of the whole file. */
function pdftotextWords(bytes: Uint8Array): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'pdf-words-'));
  try {
    const file = join(dir, 'doc.pdf');
    writeFileSync(file, bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
    return plain(text).split(/\s+/).filter(Boolean);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

interface Expected {
  title: string;
  h1: string;
  h2: string[];
  /** Each chart's title, in order. */
  charts: string[];
  /** The footer words of page 1 that must be artifacts, not structure. */
  footerWord: string;
}

/** A table with a figure in one of its TD cells. */
const hasFigures = (t: StructNode) =>
  t.children.slice(1).some((r) => r.children.some((td) => /\d/.test(textOf(td))));

/** The checks every tagged PDF passes. */
function checkTagged(bytes: Uint8Array, lang: Lang, want: Expected): StructNode {
  const info = pdfInfo(bytes);
  expect(info.Tagged).toBe('yes');
  expect(info.Title).toBe(want.title);
  // The document language with its region: Finland's Finnish and Swedish, British English.
  expect(documentLang(bytes)).toBe({ fi: 'fi-FI', sv: 'sv-FI', en: 'en-GB' }[lang]);
  expect(Buffer.from(bytes).toString('latin1')).toMatch(/\/DisplayDocTitle true/);

  const tree = structTree(bytes);
  expect(tree.children.map((c) => c.type)).toEqual(['Document']);
  const all = descendants(tree);
  const headings = all.filter((n) => n.type === 'H1' || n.type === 'H2');
  expect(headings.map((h) => `${h.type} ${norm(textOf(h))}`)).toEqual([
    `H1 ${norm(want.h1)}`,
    ...want.h2.map((h) => `H2 ${norm(h)}`),
  ]);

  // Tables: a header row of TH cells (scope Column), then rows of TD cells, figures among them.
  const tables = all.filter((n) => n.type === 'Table');
  for (const t of tables) {
    const [head, ...rows] = t.children;
    expect(head?.type).toBe('TR');
    expect(head?.children.length).toBeGreaterThan(0);
    for (const th of head?.children ?? []) {
      expect(th.type).toBe('TH');
      expect(th.attrs.join(' ')).toContain('/Scope /Column');
      expect(textOf(th)).not.toBe('');
    }
    expect(rows.length).toBeGreaterThan(0);
    for (const r of rows) {
      expect(r.type).toBe('TR');
      expect(r.children.length).toBe(head?.children.length);
      // The row's label (pdfReading.test.ts) is a TH with scope Row; every other cell is a TD.
      const labels = r.children.filter((c) => c.type === 'TH');
      expect(labels.length).toBeLessThanOrEqual(1);
      for (const th of labels) expect(th.attrs.join(' ')).toContain('/Scope /Row');
      expect(r.children.filter((c) => c.type !== 'TH').every((c) => c.type === 'TD')).toBe(true);
    }
  }
  if (tables.length > 0) expect(tables.some(hasFigures)).toBe(true);

  // Charts: a Figure each, its text starting with the chart's title, its alternative text naming the chart
  // and where its figures are.
  const figures = all.filter((n) => n.type === 'Figure');
  const alts = figureAlts(bytes);
  expect(figures.map((f) => want.charts.find((c) => norm(textOf(f)).startsWith(norm(c))))).toEqual(
    want.charts,
  );
  expect(alts.length).toBe(figures.length);
  const tableWords = [pdfAccessWord(lang, 'paTableBefore'), pdfAccessWord(lang, 'paTableAfter')];
  for (const [i, alt] of alts.entries()) {
    expect(norm(alt)).toContain(norm(want.charts[i] as string));
    expect(
      tableWords.some((w) => alt.endsWith(w)),
      alt,
    ).toBe(true);
  }

  // Every word on the pages is in the structure tree, but the footers' words are not: they are artifacts.
  const tagged = norm(all.flatMap((n) => n.texts).join(' ')).replace(/\s/g, '');
  const footers = pdfPages(bytes).map((p) => norm(p.trim().split('\n').at(-1) ?? ''));
  expect(footers.every((f) => f.includes(want.footerWord))).toBe(true);
  const outside = pdftotextWords(bytes).filter((w) => !tagged.includes(w));
  const footerWords = new Set(footers.flatMap((f) => f.split(' ')));
  expect(outside.filter((w) => !footerWords.has(w))).toEqual([]);
  for (const f of footers) expect(tagged).not.toContain(f.replace(/\s/g, ''));
  return tree;
}

describe.each(LANGS)('tagged PDFs in %s', (lang) => {
  const t = (key: UiKey, params?: Record<string, string | number>) => tr(lang, key, params);

  it('the partner report: headings, tables with their headers, charts with alternative text', async () => {
    const { data } = await commitmentCase();
    const bytes = renderReportPdf(data, lang);
    const all = reportTables(data, lang);
    const name = data.organization.name;
    const targets = data.commitment?.targets ?? [];
    expect(targets.length).toBeGreaterThan(0);
    const tree = checkTagged(bytes, lang, {
      title: `${name}: ${t('reportPdfTitle', { year: data.year })}`,
      h1: name,
      h2: [
        t('reportPdfTitle', { year: data.year }),
        t('missingTitle'),
        t('reportPdfSectionPartner'),
        t('reportPdfSectionBoundary'),
        t('reportPdfSectionMethod'),
        t('reportPdfSectionResults'),
        t('reportPdfSectionComparison'),
        crWord(lang, 'crSection'),
        t('reportPdfSectionQuality'),
        t('reportPdfSectionFactors'),
        t('reportPdfSectionAbout'),
      ],
      charts: [
        t('reportPdfChartCategories'),
        t('reportPdfChartSources'),
        t('reportPdfChartTrend'),
        ...(all
          .find((x) => x.id === 'intensityTrend')
          ?.columns.slice(1)
          .map((c) => t('reportPdfChartIntensity', { name: c.title })) ?? []),
        ...targets
          .filter((r) => r.progress.problems.length === 0 && r.progress.pathway.length >= 2)
          .map((r) => crWord(lang, 'crChart', { name: targetName(r.target, r.progress.unit, lang) })),
      ].filter(Boolean),
      footerWord: { fi: 'Sivu', sv: 'Sida', en: 'Page' }[lang],
    });
    // Every result table with rows is a Table whose header cells are its column titles.
    const tables = descendants(tree).filter((n) => n.type === 'Table');
    // The PDF shows every result table with rows but two the screen and the CSV list: the sources of the
    // change, and the targets in one table (the PDF gives each target its own lines).
    const notInPdf = ['changeSourcesPrevious', 'targets'];
    const drawn = all.filter((x) => x.rows.length > 0 && !notInPdf.includes(x.id));
    expect(tables.length).toBe(drawn.length);
    // Each result table matches a Table of its own whose header cells are all its column titles (narrow
    // columns are joined under wider ones, so a Table may have fewer): the one with the most of them.
    const headers = tables.map((n) => (n.children[0]?.children ?? []).map((th) => norm(textOf(th))));
    const used = new Set<number>();
    for (const x of drawn) {
      const titles = new Set(x.columns.map((c) => norm(columnTitle(c))));
      let best = -1;
      for (const [i, h] of headers.entries()) {
        if (used.has(i) || !h.every((th) => titles.has(th))) continue;
        if (best < 0 || h.length > (headers[best]?.length ?? 0)) best = i;
      }
      expect(best, `${x.id}: no Table has its column titles`).toBeGreaterThanOrEqual(0);
      used.add(best);
      expect(headers[best]?.length, x.id).toBeGreaterThanOrEqual(Math.min(2, x.columns.length));
      // A table of figures has them in its TD cells (the to-do list of missing data has none yet).
      if (x.columns.some((c) => c.kind !== 'text'))
        expect(hasFigures(tables[best] as StructNode), x.id).toBe(true);
    }
  }, 60_000);

  it('the data checklist: title, themes as H2, documents as lists', () => {
    const input = { name: 'Leipomo Åström Oy', year: 2025, excluded: [{ category: 's3.15' as const }] };
    const bytes = renderChecklistPdf(input, lang);
    const title = interviewWord(lang, 'clTitle', { name: input.name, year: input.year });
    const tree = structTree(bytes);
    const themes = descendants(tree)
      .filter((n) => n.type === 'H2')
      .map((n) => textOf(n));
    expect(themes.length).toBeGreaterThan(3);
    checkTagged(bytes, lang, {
      title,
      h1: title,
      h2: themes,
      charts: [],
      footerWord: interviewWord(lang, 'clPage', { page: 1, pages: 2 }).split(' ')[0] as string,
    });
    // The themes are the interview's theme names, and the documents are list items.
    const themeNames = new Set(THEME_IDS.map((id) => norm(interviewWord(lang, `ivTheme_${id}`))));
    for (const th of themes) expect(themeNames.has(norm(th)), th).toBe(true);
    const items = descendants(tree).filter((n) => n.type === 'LI');
    expect(items.length).toBeGreaterThan(10);
    for (const li of items) expect(li.children.map((c) => c.type)).toContain('LBody');
  });

  it('the network summary: sections as H2, the partner count as a figure before its table', () => {
    const { tables, about } = network(lang);
    const bytes = renderSummaryPdf(tables, about, lang);
    const title = t('pubTitle', { year: about.year });
    checkTagged(bytes, lang, {
      title,
      h1: title,
      h2: tables.map((x) => x.title),
      charts: [t('pubColJoinedBy')],
      footerWord: t('pubPageLabel', { page: 1, pages: 2 }).split(' ')[0] as string,
    });
  });
});

describe('a Swedish PDF, before the report has Swedish words', () => {
  it('is sv-FI and keeps å, ä, ö, €, no-break spaces and the minus sign in its pages and its tags', () => {
    const w = new PdfWriter({
      title: 'Växthusgasutsläpp 2025',
      subject: 's',
      author: 'a',
      creator: 'c',
      lang: 'sv',
    });
    w.heading('Utsläpp från köpt energi', 1);
    w.paragraph('Ursprungsgarantier för el: 1\u202f234,5 t CO2e, \u22122,0\u00a0%, 12\u00a0€ (Åbo).');
    w.footers('Sidfot', (page, pages) => `Sida ${page} / ${pages}`);
    const bytes = w.bytes();
    expect(pdfInfo(bytes).Title).toBe('Växthusgasutsläpp 2025');
    expect(documentLang(bytes)).toBe('sv-FI');
    const tree = structTree(bytes);
    const [h1, p] = descendants(tree).filter((n) => n.type === 'H1' || n.type === 'P');
    expect(textOf(h1 as StructNode)).toBe('Utsläpp från köpt energi');
    expect(norm(textOf(p as StructNode))).toBe(
      'Ursprungsgarantier för el: 1 234,5 t CO2e, -2,0 %, 12 € (Åbo).',
    );
    expect(norm(pdfPages(bytes).join(' '))).toContain(
      'Ursprungsgarantier för el: 1 234,5 t CO2e, -2,0 %, 12 € (Åbo).',
    );
  });
});

/** Five manufacturers and three software firms, two years each. */
function network(lang: Lang) {
  const sectors = ['10710', '25110', '16100', '22220', '31090', '62010', '62020', '63110'];
  const files: ReceivedFileSummary[] = sectors.map((sector, i) => ({
    id: `f${i}`,
    fileName: `partner-${i}.json`,
    receivedAt: '2026-02-10T10:00:00.000Z',
    exportedAt: '2026-02-01T10:00:00.000Z',
    partnerKey: `100000${i}-0`,
    partner: { name: `Kumppani ${i} Oy`, businessId: `100000${i}-0`, sector, joinedOn: `202${i % 4}-03-01` },
    years: [yearSummary(2024, 10_000 * (i + 1) + 1_300), yearSummary(2025, 9_700 * (i + 1) + 700)],
    targets: [],
    actions: [],
    bytes: 1000,
    sha256: `sha${i}`,
  }));
  const figures = networkFigures(files, { year: 2025, baseYear: 2024 });
  const tables = summaryTables({ partners: networkPartners(files), figures, anonymous: true }, lang);
  const about = {
    year: 2025,
    baseYear: 2024,
    anonymous: true,
    files: files.length,
    createdAt: '2026-03-01T12:00:00.000Z',
    appVersion: '0.1.0',
  };
  return { tables, about };
}
