/**
 * Prints, as Markdown, what a factor set covers: activities per GHG Protocol category, factors grouped by
 * source (with data years and statuses), status counts and the set's own list of gaps.
 * Run: npx tsx tools/factor-coverage.ts [SET.json]   (default: the built-in set fi-2025.1)
 * The file is read through readFactorSet, exactly as the app and the calc CLI read it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CATEGORIES } from '../src/core/categories';
import { type FactorSet, type FactorValue, factorSetKey } from '../src/core/factorSet';
import type { SourceStatus } from '../src/core/source';
import { readFactorSet } from '../src/factors/readFactorSet';
import { formatIssue } from '../src/i18n/issueMessages';

const DEFAULT_FILE = fileURLToPath(new URL('../src/factors/sets/fi-2025.1.json', import.meta.url));
const STATUSES: readonly SourceStatus[] = ['verified', 'second-hand', 'derived'];

type Cell = string | number | undefined;

/** Text safe inside a Markdown table cell. */
function cell(text: Cell): string {
  return String(text ?? '')
    .replace(/\|/g, '\\|')
    .replace(/\s+/g, ' ')
    .trim();
}

function table(header: string[], rows: Cell[][]): string[] {
  return [
    `| ${header.join(' | ')} |`,
    `|${header.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

/** 2014, 2016, 2017, 2019 → "2014, 2016–2017, 2019". */
function yearRanges(years: Iterable<number>): string {
  const runs: [number, number][] = [];
  for (const y of [...new Set(years)].sort((a, b) => a - b)) {
    const last = runs.at(-1);
    if (last && y === last[1] + 1) last[1] = y;
    else runs.push([y, y]);
  }
  return runs.map(([a, b]) => (a === b ? `${a}` : `${a}–${b}`)).join(', ');
}

/** "verified 3, derived 1" for the statuses of some values or records. */
function statusText(items: readonly { status: SourceStatus }[]): string {
  return STATUSES.map((s) => [s, items.filter((x) => x.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${s} ${n}`)
    .join(', ');
}

function report(set: FactorSet): string[] {
  const values: (FactorValue & { factor: string })[] = set.factors.flatMap((f) =>
    f.values.map((v) => ({ ...v, factor: f.id })),
  );
  const out = [`## Coverage of factor set ${factorSetKey(set)}`, ''];
  out.push(`${set.names.en}. Published ${set.published} by ${set.publisher}.`, '');
  out.push(
    `Totals: ${set.activities.length} activities, ${set.factors.length} factors, ${values.length} factor ` +
      `values, ${set.fuels.length} fuel property records, ${Object.keys(set.sources).length} sources.`,
    '',
  );

  out.push(
    '### Activities per category',
    '',
    'An activity offered in several categories counts in each.',
    '',
  );
  const categoryRows = CATEGORIES.map((c) => {
    const acts = set.activities.filter((a) => a.categories.includes(c.id));
    const spend = acts.filter((a) => a.method === 'spend').length;
    return [c.id, c.scope, c.names.en, acts.length, spend, acts.filter((a) => a.gas !== undefined).length];
  });
  const categoryHeader = [
    'Category',
    'Scope',
    'Name',
    'Activities',
    'of which spend-based',
    'of which gases',
  ];
  out.push(...table(categoryHeader, categoryRows), '');

  out.push(
    '### Factors by source',
    '',
    'A factor with values from several sources is counted under each.',
    '',
  );
  const unused: string[] = [];
  const sourceRows: Cell[][] = [];
  for (const [id, s] of Object.entries(set.sources).sort(([a], [b]) => a.localeCompare(b))) {
    const vs = values.filter((v) => v.source === id);
    const fuels = set.fuels.filter((f) => f.source === id).length;
    if (vs.length + fuels === 0) unused.push(id);
    else {
      const factors = new Set(vs.map((v) => v.factor)).size;
      const years = yearRanges(vs.map((v) => v.year));
      sourceRows.push([
        id,
        s.publisher,
        s.document,
        s.year,
        s.url,
        factors,
        vs.length,
        years,
        statusText(vs),
        fuels,
      ]);
    }
  }
  const sourceHeader = ['Source', 'Publisher', 'Document', 'Year', 'URL', 'Factors', 'Values', 'Data years'];
  out.push(...table([...sourceHeader, 'Statuses of values', 'Fuel properties'], sourceRows));
  if (unused.length > 0) out.push('', `Sources named by no factor value or fuel: ${unused.join(', ')}.`);

  const byFactor = new Map<string, number>();
  for (const f of set.factors) {
    const key = STATUSES.filter((s) => f.values.some((v) => v.status === s)).join(' + ');
    byFactor.set(key, (byFactor.get(key) ?? 0) + 1);
  }
  out.push('', '### Status counts', '', `- Factor values: ${statusText(values)}.`);
  out.push(
    `- Factors by the statuses of their values: ${[...byFactor].map(([k, n]) => `${k} ${n}`).join(', ')}.`,
  );
  out.push(`- Fuel property records: ${statusText(set.fuels)}.`, '');

  out.push('### Missing from the set', '');
  const missing = set.missing ?? [];
  out.push(...(missing.length > 0 ? missing.map((m) => `- **${m.what}**: ${m.why}`) : ['(none listed)']));
  return out;
}

const file = process.argv[2] ?? DEFAULT_FILE;
const { set, issues } = readFactorSet(JSON.parse(readFileSync(file, 'utf8')));
if (!set) {
  for (const i of issues) process.stderr.write(`${file}: ${formatIssue(i, 'en')}\n`);
  process.exit(2);
}
process.stdout.write(`${report(set).join('\n')}\n`);
