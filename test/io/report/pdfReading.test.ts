/**
 * What a reader gets of the tagged report where the standard font cannot draw a character, and where a table
 * cell or a label–value block holds several lines: a partner name with Czech and Northern Sámi letters (and
 * the XML-special & and <) keeps every letter in the document title and metadata and in what a screen reader
 * is given, and is drawn with its base letters, never as question marks; lines joined in one cell read as
 * words, not run together; a chart of a single year says one year, not "2024–2024".
 */
import { describe, expect, it } from 'vitest';
import { tr } from '../../../src/i18n/ui';
import { pdfAccessWord } from '../../../src/i18n/uiPdfAccess';
import { columnTitle } from '../../../src/io/report/pdf/cells';
import { renderReportPdf } from '../../../src/io/report/pdf/renderReport';
import { pdfText } from '../../../src/io/report/pdf/winAnsi';
import { reportTables } from '../../../src/io/report/tables/reportTables';
import type { TableColumn } from '../../../src/io/report/tables/types';
import { multiYearReport } from './fixture';
import { actualTexts, descendants, figureAlts, pdfInfo, structTree, textOf } from './pdfStructureTools';
import { pdfPages, plain } from './pdfTools';

const norm = (s: string) => plain(s).replace(/\s+/g, ' ').trim();

describe('letters outside the standard font', () => {
  it('are drawn as their base letters: Sámi đ ŋ ŧ ʒ ǥ and ǯ ǩ, Polish ł, none as "?"', () => {
    expect(pdfText('Giđđa Ŋuolla Máŧŧa áŋŋir ʒ Ʒ ǯ Ǯ ǥ Ǥ ǩ Đ Ŧ ł Ł')).toBe(
      'Gidda Nuolla Mátta ánnir z Z z Z g G k D T l L',
    );
    expect(pdfText('Čáslavská Strojírna')).toBe('Cáslavská Strojírna');
    // Letters with no base letter in the font still become "?" rather than a wrong byte.
    expect(pdfText('漢')).toBe('?');
  });

  const NAME = 'Čáslavská Strojírna & Giđđa Ŋuolla <Sámi> Oy';
  const DRAWN = 'Cáslavská Strojírna & Gidda Nuolla <Sámi> Oy';

  it.each(['fi', 'sv', 'en'] as const)(
    'in a partner name (%s): exact in the title, the metadata and the tags, recognisable on the page',
    async (lang) => {
      const data = await multiYearReport({ years: 2, name: NAME });
      const bytes = renderReportPdf(data, lang);
      const title = `${NAME}: ${tr(lang, 'reportPdfTitle', { year: data.year })}`;
      // The title a viewer shows instead of the file name (DisplayDocTitle) is the name as typed.
      expect(pdfInfo(bytes).Title).toBe(title);
      // The XMP copy of the title is well-formed XML: & and < escaped, the letters kept.
      const xmp = /<\?xpacket begin[\s\S]*?<\?xpacket end="w"\?>/.exec(Buffer.from(bytes).toString('utf8'));
      expect(xmp).not.toBeNull();
      const xml = (xmp as RegExpExecArray)[0];
      expect(xml.replace(/&(amp|lt|gt|quot|apos);/g, '')).not.toMatch(/[&]/);
      expect(xml).toContain(title.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;'));
      // Drawn with base letters: the first page and every footer read the name recognisably.
      const pages = pdfPages(bytes).map(plain);
      expect(pages[0]).toContain(DRAWN);
      expect(pages.join('\n')).not.toContain('?');
      // The tags hold the drawn letters; a screen reader is given the name as typed (/ActualText) in the H1
      // and in the partner block's value.
      const all = descendants(structTree(bytes));
      const h1 = all.find((n) => n.type === 'H1');
      expect(h1 && textOf(h1)).toBe(DRAWN);
      expect(actualTexts(bytes, 'H1')).toEqual([NAME]);
      expect(actualTexts(bytes, 'LBody')).toContain(NAME);
    },
    60_000,
  );
});

describe('several lines in one cell', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'read as words in the tags (%s): the source with its category, the sites one after another',
    async (lang) => {
      const data = await multiYearReport({ years: 2 });
      const bytes = renderReportPdf(data, lang);
      const all = descendants(structTree(bytes));
      const cells = all.filter((n) => n.type === 'TD' || n.type === 'TH').map((n) => norm(textOf(n)));
      const sources = reportTables(data, lang).find((x) => x.id === 'sources');
      const first = sources?.rows[0];
      expect(first).toBeDefined();
      const item = String(first?.cells.item);
      const category = String(first?.cells.category);
      // The PDF puts the category under the source's name in the same cell.
      expect(cells).toContain(norm(`${item} ${category}`));
      const sites = data.organization.sites.map((s) =>
        [s.name, s.address, s.municipality].filter(Boolean).join(', '),
      );
      expect(sites.length).toBeGreaterThan(1);
      const bodies = all.filter((n) => n.type === 'LBody').map((n) => norm(textOf(n)));
      expect(bodies).toContain(norm(sites.join(' ')));
    },
    60_000,
  );
});

describe('the table a chart sends the reader to', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'is the next table for the trend charts (%s): the scopes by year, then each intensity',
    async (lang) => {
      const data = await multiYearReport({ years: 3 });
      const bytes = renderReportPdf(data, lang);
      const all = descendants(structTree(bytes));
      const tables = reportTables(data, lang);
      const nextHeaders = (chartTitle: string) => {
        const at = all.findIndex((n) => n.type === 'Figure' && norm(textOf(n)).startsWith(norm(chartTitle)));
        expect(at, chartTitle).toBeGreaterThanOrEqual(0);
        const next = all.slice(at).find((n) => n.type === 'Table');
        return (next?.children[0]?.children ?? []).map((th) => norm(textOf(th)));
      };
      // Each of these charts' alternative texts says its figures are in the table after it.
      const trend = tables.find((x) => x.id === 'trend');
      const scope1 = trend?.columns.find((c) => c.id === 'scope1');
      expect(scope1).toBeDefined();
      expect(nextHeaders(tr(lang, 'reportPdfChartTrend'))).toContain(
        norm(columnTitle(scope1 as TableColumn)),
      );
      const intensity = tables.find((x) => x.id === 'intensityTrend');
      const measures = intensity?.columns.slice(1) ?? [];
      expect(measures.length).toBeGreaterThan(0);
      for (const c of measures)
        expect(nextHeaders(tr(lang, 'reportPdfChartIntensity', { name: c.title }))).toContain(
          norm(columnTitle(c)),
        );
    },
    60_000,
  );
});

describe('a table row', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'is headed by its label (%s): a TH with /Scope /Row, so a cell reads with its row and its column',
    async (lang) => {
      const data = await multiYearReport({ years: 2 });
      const bytes = renderReportPdf(data, lang);
      const scopes = reportTables(data, lang).find((x) => x.id === 'scopes');
      const labels = (scopes?.rows ?? []).map((r) => norm(String(r.cells.item)));
      expect(labels.length).toBeGreaterThan(3);
      const table = descendants(structTree(bytes)).find(
        (n) => n.type === 'Table' && norm(textOf(n.children[1] ?? n)).startsWith(labels[0] as string),
      );
      expect(table).toBeDefined();
      const rows = table?.children.slice(1) ?? [];
      expect(rows.map((r) => norm(textOf(r.children[0] ?? r)))).toEqual(labels);
      for (const r of rows) {
        const [head, ...cells] = r.children;
        expect(head?.type).toBe('TH');
        expect(head?.attrs.join(' ')).toContain('/Scope /Row');
        expect(cells.map((c) => c.type)).toEqual(cells.map(() => 'TD'));
      }
    },
    60_000,
  );
});

describe('a heading', () => {
  it.each(['fi', 'sv', 'en'] as const)(
    'never ends a page away from its table (%s): the factors section starts with its first factor',
    async (lang) => {
      const data = await multiYearReport({ years: 3 });
      const bytes = renderReportPdf(data, lang);
      const headings = new Set(
        descendants(structTree(bytes))
          .filter((n) => /^H[123]$/.test(n.type))
          .map((n) => norm(textOf(n))),
      );
      // The last line of each page above its footer is content, not a heading left alone.
      const lasts = pdfPages(bytes).map((p) => {
        const lines = p.split('\n').filter((l) => l.trim() !== '');
        return norm(lines.at(-2) ?? '');
      });
      expect(lasts.filter((l) => headings.has(l))).toEqual([]);
    },
    60_000,
  );
});

describe('a chart of one year', () => {
  it.each(['fi', 'sv', 'en'] as const)('names that year once in its alternative text (%s)', async (lang) => {
    const data = await multiYearReport({ years: 1 });
    const alts = figureAlts(renderReportPdf(data, lang));
    const year = String(data.year);
    const trend = alts.find((a) => a.includes(tr(lang, 'reportPdfChartTrend')));
    expect(trend).toBeDefined();
    expect(trend).not.toContain(`${year}–${year}`);
    expect(trend).toContain(year);
    expect(trend?.endsWith(pdfAccessWord(lang, 'paTableAfter'))).toBe(true);
  });
});
