/**
 * `npm run calc -- FILE.json [FILE.json …] [--lang fi|en] [--factors SET.json] [--no-trace]`
 * Prints the results of every inventory in exchange files as JSON (kg CO2e), with traces. An invalid file
 * exits with status 2 and every problem with its path on standard error. Same code as the app.
 */
import { readFileSync } from 'node:fs';
import { type FactorSet, factorSetKey } from '../core/factorSet';
import { formulaOf } from '../core/formula';
import type { InventoryResult } from '../core/results';
import { loadBuiltinSet } from '../factors/builtinSets';
import { readFactorSet } from '../factors/readFactorSet';
import { formatIssue, type Lang } from '../i18n/issueMessages';
import { type Comparisons, evaluateExchange } from '../io/evaluate';

interface Options {
  files: string[];
  factorFiles: string[];
  lang: Lang;
  trace: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { files: [], factorFiles: [], lang: 'en', trace: true };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--lang') o.lang = argv[++i] === 'fi' ? 'fi' : 'en';
    else if (a === '--factors') o.factorFiles.push(argv[++i] ?? '');
    else if (a === '--no-trace') o.trace = false;
    else if (a === '--help' || a === '-h') {
      process.stdout.write(
        'usage: npm run calc -- FILE.json [FILE.json …] [--lang fi|en] [--factors SET.json] [--no-trace]\n',
      );
      process.exit(0);
    } else o.files.push(a);
  }
  return o;
}

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(path, 'utf8'));
}

/** The printed form: totals first, then per-entry results with their traces and formulas. */
function present(r: InventoryResult, comparisons: Comparisons, withTrace: boolean) {
  return {
    year: r.year,
    unit: 'kg CO2e',
    gwpSet: r.gwpSet,
    factorSet: factorSetKey(r.factorSet),
    radiativeForcing: r.radiativeForcing,
    totals: {
      scope1: r.scope1,
      scope2: { locationBased: r.scope2.location, marketBased: r.scope2.market },
      scope3: r.scope3,
      total: { locationBased: r.total.location, marketBased: r.total.market },
      biogenicCO2OutsideScopes: r.biogenicCO2,
    },
    byCategory: r.byCategory,
    byGas: r.byGas,
    bySite: r.bySite,
    byDataQuality: r.byDataQuality,
    intensities: r.intensities,
    sources: r.sources,
    comparisons,
    warnings: r.warnings,
    entries: r.entries.map((e) => ({
      entryId: e.entryId,
      category: e.category,
      scope: e.scope,
      activity: e.activity,
      co2e: e.location.co2e,
      ...(e.market ? { co2eMarketBased: e.market.co2e } : {}),
      gases: e.location.gases,
      co2eByGas: e.location.co2eByGas,
      biogenicCO2: e.biogenicCO2,
      formula: formulaOf(e),
      ...(withTrace ? { trace: e.trace } : {}),
    })),
  };
}

async function main(): Promise<number> {
  const opts = parseArgs(process.argv.slice(2));
  if (opts.files.length === 0) {
    process.stderr.write(
      'usage: npm run calc -- FILE.json [--lang fi|en] [--factors SET.json] [--no-trace]\n',
    );
    return 2;
  }
  const extra = new Map<string, FactorSet>();
  for (const f of opts.factorFiles) {
    const { set, issues } = readFactorSet(readJson(f));
    if (!set) {
      for (const i of issues) process.stderr.write(`${f}: ${formatIssue(i, opts.lang)}\n`);
      return 2;
    }
    extra.set(factorSetKey(set), set);
  }
  const loadSet = async (ref: { id: string; release: string }) =>
    extra.get(factorSetKey(ref)) ?? loadBuiltinSet(ref).catch(() => undefined);
  let status = 0;
  const out: unknown[] = [];
  for (const path of opts.files) {
    let json: unknown;
    try {
      json = readJson(path);
    } catch (e) {
      process.stderr.write(`${path}: ${e instanceof Error ? e.message : String(e)}\n`);
      status = 2;
      continue;
    }
    const ev = await evaluateExchange(json, loadSet);
    if (!ev.ok) {
      for (const i of ev.issues) process.stderr.write(`${path}: ${formatIssue(i, opts.lang)}\n`);
      status = 2;
      continue;
    }
    for (const i of ev.issues) process.stderr.write(`${path}: ${formatIssue(i, opts.lang)}\n`);
    out.push({
      file: path,
      organization: ev.file.organization.name,
      inventories: ev.results.map((r, i) => present(r, ev.comparisons[i] ?? {}, opts.trace)),
    });
  }
  if (out.length > 0) process.stdout.write(`${JSON.stringify(out.length === 1 ? out[0] : out, null, 2)}\n`);
  return status;
}

main().then(
  (code) => process.exit(code),
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
    process.exit(1);
  },
);
