/**
 * The PDF report of a partner with 300 entries in each of 5 years, made in Chromium the way the app makes it:
 * the report code loaded on demand, the report data built from the evaluated years, the PDF rendered. The
 * baseline, measured in the same run, is PDFKit itself writing a line of text for every entry of the five
 * years on as many A4 pages, compressed and untagged: the library's floor for a document of that size. Results go to
 * window.__bench for the runner (bench/pdfReport.ts).
 */
import { DEFAULT_FACTOR_SET, loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';

const ACTIVITIES = [
  { category: 's1.stationary', activity: 'fuel.light-fuel-oil', unit: 'l' },
  { category: 's1.mobile', activity: 'vehicle-fuel.diesel', unit: 'l' },
  { category: 's2.electricity', activity: 'electricity.fi', unit: 'kWh' },
  { category: 's2.heat', activity: 'district-heat.fi', unit: 'MWh' },
  { category: 's3.06', activity: 'flight.intl.economy', unit: 'pkm' },
  { category: 's3.01', activity: 'spend.it.computers', unit: 'EUR' },
] as const;

const YEARS = 5;
const ENTRIES = 300;
const LAST = 2024;

function exchangeFile() {
  return {
    format: 'paastolaskuri-exchange',
    version: 1,
    organization: {
      name: 'Bench Öljy ja Sähkö Oy',
      baseYear: LAST - YEARS + 1,
      sites: [
        { id: 'a', name: 'Tehdas' },
        { id: 'b', name: 'Varasto' },
      ],
    },
    inventories: Array.from({ length: YEARS }, (_, y) => ({
      year: LAST - YEARS + 1 + y,
      boundary: 'operational-control',
      gwp: 'AR6',
      factorSet: DEFAULT_FACTOR_SET,
      radiativeForcing: false,
      metrics: { fte: 40 + y, revenueEur: 5_000_000 + y * 100_000 },
      entries: Array.from({ length: ENTRIES }, (_, i) => ({
        ...ACTIVITIES[i % ACTIVITIES.length],
        id: `e${y}-${i}`,
        quantity: 100 + i + y * 7,
        site: i % 2 ? 'a' : 'b',
        dataQuality: i % 3 ? 'invoice' : 'estimated',
      })),
      customFactors: [],
      excluded: [{ category: 's3.15', reason: 'Ei sijoituksia.' }],
      status: 'complete',
    })),
  };
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)] as number;
}

async function run() {
  const set = await loadBuiltinSet(DEFAULT_FACTOR_SET);
  const ev = await evaluateExchange(exchangeFile(), async () => set);
  if (!ev.ok) throw new Error(`bench file invalid: ${JSON.stringify(ev.issues.slice(0, 3))}`);
  const meta = { appVersion: 'bench', createdAt: new Date().toISOString() };
  const report = async () => {
    const [{ buildReportData }, { renderReportPdf }] = await Promise.all([
      import('../../src/io/report/reportData'),
      import('../../src/io/report/pdf/renderReport'),
    ]);
    const data = await buildReportData(ev, LAST, [set], meta);
    return renderReportPdf(data, 'fi');
  };
  // The first report includes loading the report code (from the local server, as from the service worker).
  let t = performance.now();
  const first = await report();
  const firstMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 7; i++) {
    t = performance.now();
    const bytes = await report();
    times.push(performance.now() - t);
    if (bytes.length !== first.length) throw new Error('reports of the same data differ in size');
  }
  // PDFKit as the report loads it (the standard fonts registered, bytes collected), untagged.
  const { PdfDocument } = await import('../../src/io/report/pdf/pdfkit');
  const bare = () => {
    const doc = new PdfDocument({ size: 'A4', margin: 0, compress: true });
    for (let i = 0; i < YEARS * ENTRIES; i++) {
      if (i > 0 && i % 50 === 0) doc.addPage();
      const a = ACTIVITIES[i % ACTIVITIES.length] as (typeof ACTIVITIES)[number];
      doc.text(
        `${LAST - (i % YEARS)}  ${a.category}  ${a.activity}  ${100 + i} ${a.unit}`,
        42.5,
        56.7 + (i % 50) * 14.2,
        { lineBreak: false },
      );
    }
    return doc.bytes();
  };
  const bareTimes: number[] = [];
  for (let i = 0; i < 7; i++) {
    t = performance.now();
    if (bare().length === 0) throw new Error('empty PDF');
    bareTimes.push(performance.now() - t);
  }
  return { firstMs, medianMs: median(times), bareMs: median(bareTimes), bytes: first.length };
}

const w = globalThis as unknown as { __bench?: unknown };
run().then(
  (r) => {
    w.__bench = r;
  },
  (e: unknown) => {
    w.__bench = { error: String(e) };
  },
);
