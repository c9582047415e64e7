/**
 * Reads a factor-set file (the built-in one or one the city publishes) into a typed FactorSet, checking
 * everything a calculation relies on: every value has a known source, every activity's factor exists and its
 * unit can be converted. A file with any error is refused whole.
 */
import { CATEGORY_IDS, type CategoryId } from '../core/categories';
import { Checker, type Json, type JsonObject } from '../core/check';
import type { Activity, EmissionFactor, FactorSet, FactorValue, FuelRecord } from '../core/factorSet';
import { GWP_SET_IDS, type GwpSetId, gasComposition, gasInfo } from '../core/gwp';
import { escapePointer, hasErrors, type Issue } from '../core/issues';
import type { Source, SourceStatus } from '../core/source';
import { conversionPath, isUnit, UNITS, UnitError, type UnitId } from '../core/units';

export const FACTOR_SET_FORMAT = 'paastolaskuri-factor-set';
export const FACTOR_SET_VERSION = 1;
const STATUSES: readonly SourceStatus[] = ['verified', 'second-hand', 'derived'];
const UNIT_IDS = Object.keys(UNITS) as UnitId[];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:()-]{0,119}$/;

export function readFactorSet(input: unknown): { set?: FactorSet; issues: Issue[] } {
  const c = new Checker();
  const root = c.object(input, '');
  if (!root) return { issues: c.issues };
  if (root.format !== FACTOR_SET_FORMAT) {
    c.error('/format', 'format', { expected: FACTOR_SET_FORMAT, got: String(root.format ?? '') });
    return { issues: c.issues };
  }
  const version = c.number(root, 'version', '', { required: true, integer: true, min: 1 });
  if (version !== undefined && version > FACTOR_SET_VERSION) {
    c.error('/version', 'newer-version', { version, supported: FACTOR_SET_VERSION });
    return { issues: c.issues };
  }
  c.known(
    root,
    [
      'format',
      'version',
      'id',
      'release',
      'names',
      'publisher',
      'published',
      'description',
      'sources',
      'fuels',
      'factors',
      'activities',
      'missing',
    ],
    '',
  );
  const id = c.string(root, 'id', '', { required: true, pattern: /^[a-z0-9-]{1,40}$/ });
  const release = c.string(root, 'release', '', { required: true, pattern: /^[0-9A-Za-z.-]{1,40}$/ });
  const names = localized(c, root, 'names', '');
  const publisher = c.string(root, 'publisher', '', { required: true, nonEmpty: true });
  const published = c.string(root, 'published', '', { required: true, pattern: /^\d{4}-\d{2}-\d{2}$/ });
  const description = root.description === undefined ? undefined : localized(c, root, 'description', '');

  const sources: Record<string, Source> = {};
  const srcObj = c.object(root.sources, '/sources');
  for (const [key, raw] of Object.entries(srcObj ?? {})) {
    const at = `/sources/${key}`;
    const s = c.object(raw, at);
    if (!s) continue;
    const src: Source = {
      publisher: c.string(s, 'publisher', at, { required: true, nonEmpty: true }) ?? '',
      document: c.string(s, 'document', at, { required: true, nonEmpty: true }) ?? '',
      year: c.number(s, 'year', at, { required: true, integer: true, min: 1900, max: 2100 }) ?? 0,
      url: c.string(s, 'url', at, { required: true, nonEmpty: true }) ?? '',
    };
    const via = c.string(s, 'via', at);
    const note = c.string(s, 'note', at);
    if (via !== undefined) src.via = via;
    if (note !== undefined) src.note = note;
    Object.defineProperty(sources, key, { value: src, enumerable: true });
  }

  const fuels: FuelRecord[] = [];
  const badFuels = new Set<string>();
  (c.array(root, 'fuels', '', true) ?? []).forEach((raw, i) => {
    const at = `/fuels/${i}`;
    const o = c.object(raw, at);
    if (!o) return;
    const p = c.object(o.properties, `${at}/properties`) ?? {};
    const properties: FuelRecord['properties'] = {};
    // A density or calorific value of zero would turn any quantity into nothing: they must be positive, and
    // within the limits like every number the calculation multiplies (src/core/limits.ts).
    const positive = { min: Number.MIN_VALUE, limited: true };
    const before = c.issues.length;
    const density = c.number(p, 'densityKgPerL', `${at}/properties`, positive);
    const ncv = c.number(p, 'ncvMJPerKg', `${at}/properties`, positive);
    const ncvL = c.number(p, 'ncvMJPerL', `${at}/properties`, positive);
    if (density !== undefined) properties.densityKgPerL = density;
    if (ncv !== undefined) properties.ncvMJPerKg = ncv;
    if (ncvL !== undefined) properties.ncvMJPerL = ncvL;
    const refused = c.issues.length > before;
    const source = sourceRef(c, o, at, sources);
    const ref = c.string(o, 'ref', at);
    const fuelId = c.string(o, 'id', at, { required: true, pattern: ID }) ?? '';
    // Its activities' conversions would fail for want of the refused property: said once, here.
    if (refused) badFuels.add(fuelId);
    fuels.push({
      id: fuelId,
      names: localized(c, o, 'names', at),
      properties,
      source,
      status: c.oneOf(o, 'status', at, STATUSES, true) ?? 'second-hand',
      ...(ref !== undefined ? { ref } : {}),
    });
  });
  const fuelIds = new Set(fuels.map((f) => f.id));

  const factors: EmissionFactor[] = [];
  const factorIds = new Map<string, EmissionFactor>();
  (c.array(root, 'factors', '', true) ?? []).forEach((raw, i) => {
    const at = `/factors/${i}`;
    const f = readFactor(c, raw, at, sources);
    if (!f) return;
    if (factorIds.has(f.id)) c.error(`${at}/id`, 'duplicate-id', { id: f.id });
    factorIds.set(f.id, f);
    factors.push(f);
  });

  const activities: Activity[] = [];
  const activityIds = new Set<string>();
  (c.array(root, 'activities', '', true) ?? []).forEach((raw, i) => {
    const at = `/activities/${i}`;
    const o = c.object(raw, at);
    if (!o) return;
    const a = readActivity(c, o, at);
    if (activityIds.has(a.id)) c.error(`${at}/id`, 'duplicate-id', { id: a.id });
    activityIds.add(a.id);
    for (const [key, fid] of [
      ['factor', a.factor],
      ['factorWithRF', a.factorWithRF],
      ['marketFactor', a.marketFactor],
    ] as const) {
      if (fid !== undefined && !factorIds.has(fid))
        c.error(`${at}/${key}`, 'unknown-factor', { factor: fid });
    }
    if (a.fuel !== undefined && !fuelIds.has(a.fuel))
      c.error(`${at}/fuel`, 'unknown-factor', { factor: a.fuel });
    if (a.gas !== undefined && !gasComposition(a.gas)) c.error(`${at}/gas`, 'unknown-gas', { gas: a.gas });
    if ((a.factor === undefined) === (a.gas === undefined))
      c.error(`${at}/factor`, 'required', { key: 'factor' });
    // Every factor the activity can use must be reachable from its unit (the residual mix and the RF factor too).
    for (const key of ['factor', 'factorWithRF', 'marketFactor'] as const) {
      const fid = a[key];
      const factor = fid !== undefined ? factorIds.get(fid) : undefined;
      if (!factor || !isUnit(a.unit) || (a.fuel !== undefined && badFuels.has(a.fuel))) continue;
      try {
        const fuel = fuels.find((x) => x.id === a.fuel)?.properties;
        conversionPath(a.unit, factor.unit, fuel);
      } catch (e) {
        if (!(e instanceof UnitError)) throw e;
        c.error(`${at}/${key}`, 'wrong-dimension', { unit: a.unit, expected: factor.unit });
      }
    }
    activities.push(a);
  });

  const missing: FactorSet['missing'] = [];
  for (const [i, raw] of (c.array(root, 'missing', '') ?? []).entries()) {
    const o = c.object(raw, `/missing/${i}`);
    if (o) {
      missing.push({
        what: c.string(o, 'what', `/missing/${i}`, { required: true }) ?? '',
        why: c.string(o, 'why', `/missing/${i}`, { required: true }) ?? '',
      });
    }
  }

  if (hasErrors(c.issues) || !id || !release || !publisher || !published) return { issues: c.issues };
  const set: FactorSet = {
    format: FACTOR_SET_FORMAT,
    version: FACTOR_SET_VERSION,
    id,
    release,
    names,
    publisher,
    published,
    sources,
    fuels,
    factors,
    activities,
    missing,
    ...(description ? { description } : {}),
  };
  return { set, issues: c.issues };
}

function localized(c: Checker, o: JsonObject, key: string, path: string): { fi: string; en: string } {
  const n = c.object(o[key], `${path}/${key}`) ?? {};
  return {
    fi: c.string(n, 'fi', `${path}/${key}`, { required: true, nonEmpty: true, max: 2000 }) ?? '',
    en: c.string(n, 'en', `${path}/${key}`, { required: true, nonEmpty: true, max: 2000 }) ?? '',
  };
}

function sourceRef(c: Checker, o: JsonObject, at: string, sources: Record<string, Source>): string {
  const s = c.string(o, 'source', at, { required: true, nonEmpty: true }) ?? '';
  if (s && !Object.hasOwn(sources, s)) c.error(`${at}/source`, 'unknown-factor', { factor: s });
  return s;
}

function readFactor(
  c: Checker,
  raw: Json,
  at: string,
  sources: Record<string, Source>,
): EmissionFactor | undefined {
  const o = c.object(raw, at);
  if (!o) return undefined;
  const id = c.string(o, 'id', at, { required: true, pattern: ID }) ?? '';
  const unit = c.oneOf(o, 'unit', at, UNIT_IDS, true) ?? 'kg';
  const values: FactorValue[] = [];
  const years = new Set<number>();
  const list = c.array(o, 'values', at, true) ?? [];
  if (list.length === 0) c.error(`${at}/values`, 'factor-value-empty', { id });
  list.forEach((rv, j) => {
    const vp = `${at}/values/${j}`;
    const v = c.object(rv, vp);
    if (!v) return;
    const year = c.number(v, 'year', vp, { required: true, integer: true, min: 1900, max: 2100 }) ?? 0;
    if (years.has(year)) c.error(`${vp}/year`, 'duplicate-id', { id: `${id}@${year}` });
    years.add(year);
    const value = readValue(c, v, vp);
    const source = sourceRef(c, v, vp, sources);
    const ref = c.string(v, 'ref', vp);
    const derivation = c.string(v, 'derivation', vp);
    values.push({
      year,
      ...value,
      source,
      status: c.oneOf(v, 'status', vp, STATUSES, true) ?? 'second-hand',
      ...(ref !== undefined ? { ref } : {}),
      ...(derivation !== undefined ? { derivation } : {}),
    });
  });
  const note = c.string(o, 'note', at);
  return { id, names: localized(c, o, 'names', at), unit, values, ...(note !== undefined ? { note } : {}) };
}

/** The numbers of a factor value, shared by factor-set files and custom factors in exchange files. */
export function readValue(
  c: Checker,
  v: JsonObject,
  vp: string,
): Omit<FactorValue, 'year' | 'source' | 'status'> {
  const gases = c.amounts(v, 'gases', vp);
  const co2eParts = c.amounts(v, 'co2eParts', vp);
  const co2e = c.number(v, 'co2e', vp, { min: 0, limited: true });
  const co2eGwp = c.oneOf<GwpSetId>(v, 'co2eGwp', vp, GWP_SET_IDS);
  const biogenicCO2 = c.number(v, 'biogenicCO2', vp, { min: 0, limited: true });
  // A CO2e refused for its number (too large) has its own message: the value is not empty.
  if (!gases && !co2eParts && co2e === undefined && v.co2e === undefined)
    c.error(vp, 'factor-value-empty', {});
  if (co2eParts && !co2eGwp) c.error(`${vp}/co2eGwp`, 'required', { key: 'co2eGwp' });
  // Both would be counted: a source gives either gas masses or its own CO2e split, never both.
  if (gases && co2eParts) c.error(`${vp}/co2eParts`, 'factor-value-ambiguous', {});
  // A CO2e total next to gases or a split would be silently ignored by the calculation: say so instead.
  if (co2e !== undefined && (gases || co2eParts)) c.error(`${vp}/co2e`, 'factor-value-ambiguous', {});
  for (const [key, m] of [
    ['gases', gases],
    ['co2eParts', co2eParts],
  ] as const) {
    for (const g of Object.keys(m ?? {})) {
      if (!gasInfo(g)) c.error(`${vp}/${key}/${escapePointer(g)}`, 'unknown-gas', { gas: g });
    }
  }
  return {
    ...(gases ? { gases } : {}),
    ...(co2eParts ? { co2eParts } : {}),
    ...(co2e !== undefined ? { co2e } : {}),
    ...(co2eGwp ? { co2eGwp } : {}),
    ...(biogenicCO2 !== undefined ? { biogenicCO2 } : {}),
  };
}

function readActivity(c: Checker, o: JsonObject, at: string): Activity {
  const cats = c.array(o, 'categories', at, true) ?? [];
  const categories: CategoryId[] = [];
  cats.forEach((x, j) => {
    if (typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x))
      categories.push(x as CategoryId);
    else c.error(`${at}/categories/${j}`, 'unknown-category', { category: String(x) });
  });
  if (categories.length === 0) c.error(`${at}/categories`, 'required', { key: 'categories' });
  const opt = (key: string) => c.string(o, key, at, { pattern: ID });
  const factor = opt('factor');
  const factorWithRF = opt('factorWithRF');
  const marketFactor = opt('marketFactor');
  const fuel = opt('fuel');
  const gas = c.string(o, 'gas', at, { max: 40 });
  const kw = c.array(o, 'keywords', at) ?? [];
  const keywords = kw.filter((k): k is string => typeof k === 'string');
  return {
    id: c.string(o, 'id', at, { required: true, pattern: ID }) ?? '',
    names: localized(c, o, 'names', at),
    categories,
    unit: c.oneOf(o, 'unit', at, UNIT_IDS, true) ?? 'kg',
    method: c.oneOf(o, 'method', at, ['activity', 'spend'] as const, true) ?? 'activity',
    ...(factor !== undefined ? { factor } : {}),
    ...(factorWithRF !== undefined ? { factorWithRF } : {}),
    ...(marketFactor !== undefined ? { marketFactor } : {}),
    ...(fuel !== undefined ? { fuel } : {}),
    ...(gas !== undefined ? { gas } : {}),
    ...(keywords.length > 0 ? { keywords } : {}),
  };
}
