/**
 * Reads a factor-set file (the built-in one or one the city publishes) into a typed FactorSet, checking
 * everything a calculation relies on: every value has a known source, every activity's factor exists and its
 * unit can be converted. A file with any error is refused whole.
 */
import { CATEGORY_IDS, type CategoryId } from '../core/categories';
import { Checker, type Json, type JsonObject } from '../core/check';
import type { Activity, EmissionFactor, FactorSet, FactorValue, FuelRecord } from '../core/factorSet';
import { gasComposition, gasInfo } from '../core/gwp';
import { escapePointer, hasErrors, type Issue } from '../core/issues';
import type { Source } from '../core/source';
import { conversionPath, isUnit, UnitError } from '../core/units';
import {
  ActivitySchema,
  EmissionFactorSchema,
  FACTOR_SET_FORMAT,
  FACTOR_SET_VERSION,
  FactorSetSchema,
  FactorValueSchema,
  FuelSchema,
  SetValueSchema,
  SourceSchema,
} from '../schema/factorSet';
import { readField, readRecord } from '../schema/read';
import { withoutRepeatedQualifier } from './repeatedQualifier';

export { FACTOR_SET_FORMAT, FACTOR_SET_VERSION };

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
  c.known(root, Object.keys(FactorSetSchema.entries), '');
  const field = <K extends 'id' | 'release' | 'names' | 'publisher' | 'published' | 'description'>(key: K) =>
    readField(c, FactorSetSchema, key, root, '', 'finished');
  const id = field('id');
  const release = field('release');
  const names = field('names');
  const publisher = field('publisher');
  const published = field('published');
  const description = field('description');

  const sources: Record<string, Source> = {};
  const srcObj = c.object(root.sources, '/sources');
  for (const [key, raw] of Object.entries(srcObj ?? {})) {
    const at = `/sources/${key}`;
    const s = c.object(raw, at);
    if (!s) continue;
    const src = readRecord(c, SourceSchema, s, at, 'finished');
    // Defined, not assigned: a source keyed "__proto__" stays a source.
    Object.defineProperty(sources, key, { value: src, enumerable: true });
  }

  const fuels: FuelRecord[] = [];
  const badFuels = new Set<string>();
  (c.array(root, 'fuels', '', true) ?? []).forEach((raw, i) => {
    const at = `/fuels/${i}`;
    const o = c.object(raw, at);
    if (!o) return;
    const before = c.issues.length;
    const fuel = readRecord(c, FuelSchema, o, at, 'finished');
    checkSource(c, fuel.source, at, sources);
    // Its activities' conversions would fail for want of a refused property: said once, here.
    if (c.issues.slice(before).some((x) => x.path.startsWith(`${at}/properties/`))) badFuels.add(fuel.id);
    fuels.push(fuel);
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

  const missing = readField(c, FactorSetSchema, 'missing', root, '', 'finished') ?? [];

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

function checkSource(c: Checker, source: string, at: string, sources: Record<string, Source>): void {
  if (source && !Object.hasOwn(sources, source))
    c.error(`${at}/source`, 'unknown-factor', { factor: source });
}

function readFactor(
  c: Checker,
  raw: Json,
  at: string,
  sources: Record<string, Source>,
): EmissionFactor | undefined {
  const o = c.object(raw, at);
  if (!o) return undefined;
  const factor = readRecord(c, EmissionFactorSchema, o, at, 'finished', { skip: ['values'] });
  const values: FactorValue[] = [];
  const years = new Set<number>();
  const list = c.array(o, 'values', at, true) ?? [];
  if (list.length === 0) c.error(`${at}/values`, 'factor-value-empty', { id: factor.id });
  list.forEach((rv, j) => {
    const vp = `${at}/values/${j}`;
    const v = c.object(rv, vp);
    if (!v) return;
    // The numbers and the rules between them are readValue's, shared with custom factors.
    const value = readRecord(c, SetValueSchema, v, vp, 'finished', { skip: VALUE_KEYS });
    if (years.has(value.year)) c.error(`${vp}/year`, 'duplicate-id', { id: `${factor.id}@${value.year}` });
    years.add(value.year);
    checkSource(c, value.source, vp, sources);
    values.push({ ...value, ...readValue(c, v, vp) });
  });
  return { ...factor, values };
}

const VALUE_KEYS = Object.keys(FactorValueSchema.entries);

/** The numbers of a factor value, shared by factor-set files and custom factors in exchange files. */
export function readValue(
  c: Checker,
  v: JsonObject,
  vp: string,
): Omit<FactorValue, 'year' | 'source' | 'status'> {
  const read = <K extends keyof typeof FactorValueSchema.entries>(key: K) =>
    readField(c, FactorValueSchema, key, v, vp, 'finished');
  const gases = read('gases');
  const co2eParts = read('co2eParts');
  const co2e = read('co2e');
  const co2eGwp = read('co2eGwp');
  const biogenicCO2 = read('biogenicCO2');
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
  const activity = readRecord(c, ActivitySchema, o, at, 'finished', { skip: ['categories', 'keywords'] });
  const cats = c.array(o, 'categories', at, true) ?? [];
  const categories: CategoryId[] = [];
  cats.forEach((x, j) => {
    if (typeof x === 'string' && (CATEGORY_IDS as readonly string[]).includes(x))
      categories.push(x as CategoryId);
    else c.error(`${at}/categories/${j}`, 'unknown-category', { category: String(x) });
  });
  if (categories.length === 0) c.error(`${at}/categories`, 'required', { key: 'categories' });
  // Search words only: any that are not text are left out.
  const keywords = (c.array(o, 'keywords', at) ?? []).filter((k): k is string => typeof k === 'string');
  const { sv } = activity.names;
  const names = {
    fi: withoutRepeatedQualifier(activity.names.fi),
    en: withoutRepeatedQualifier(activity.names.en),
    ...(sv === undefined ? {} : { sv: withoutRepeatedQualifier(sv) }),
  };
  return { ...activity, names, categories, ...(keywords.length > 0 ? { keywords } : {}) };
}
