/**
 * The city's factor-set release made from the coordinator's draft (src/schema/factorDraft.ts): the built-in
 * set it starts from, with the values the coordinator gave added or put in place of the base's value of the
 * same year, and a new activity and factor for each district heat supplier. Every value carries its own source
 * (publisher, document, year, address); a draft with any problem makes no file, and each problem names the
 * field it is about, so the editor can say it there. The file is read back by readFactorSet before it is
 * offered, as a partner's app and the command line will read it.
 */
import type { Activity, EmissionFactor, FactorSet, FactorValue } from '../core/factorSet';
import { withinInput } from '../core/limits';
import { plainDigits } from '../core/plainDigits';
import type { Source } from '../core/source';
import { dimensionOf, isUnit, type UnitId, unitScale, unitsOf } from '../core/units';
import { MAX_YEAR, MIN_YEAR } from '../core/validate';
import type { DraftSupplier, DraftValue, FactorSetDraft } from '../schema/factorDraft';
import { BUILTIN_REFS } from './builtinSets';

/** The app's own series: a city release in it would collide with the app's next release of the same name. */
export const APP_SERIES = 'fi';
const SET_ID = /^[a-z0-9-]{1,40}$/;
const RELEASE = /^[0-9A-Za-z.-]{1,40}$/;
const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const SUPPLIER_PREFIX = 'supplier:';
const MASS_IN_KG = { g: 0.001, kg: 1, t: 1000 } as const;

export type DraftProblemCode =
  | 'required'
  | 'set-id'
  | 'set-id-app'
  | 'release'
  | 'release-builtin'
  | 'date'
  | 'year'
  | 'year-twice'
  | 'number'
  | 'number-limit'
  | 'url'
  | 'unit'
  | 'factor-unknown'
  | 'supplier-twice'
  | 'supplier-no-value'
  | 'no-values';

/** A problem of the draft: where (the release's details, a value or a supplier, by id) and which field. */
export interface DraftProblem {
  at: 'release' | `value:${string}` | `supplier:${string}`;
  field: string;
  code: DraftProblemCode;
}

/** The factor a draft value refers to: a factor of the base set, or the one a supplier of the draft adds. */
export function supplierRef(supplierId: string): string {
  return `${SUPPLIER_PREFIX}${supplierId}`;
}

/** "Kaukolämpö, Savon Voima, Joensuu" → "kaukolampo-savon-voima-joensuu": the stable part of its ids. */
export function supplierSlug(name: string): string {
  return name
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80);
}

/** Ids of a supplier's activity and factor, from its Finnish name (a partner's entries refer to them). */
export function supplierIds(s: DraftSupplier): { activity: string; factor: string } {
  const slug = supplierSlug(s.nameFi);
  return { activity: `district-heat.city.${slug}`, factor: `city.district-heat.${slug}` };
}

/** The unit of the factor a draft value is for, or undefined when the factor is not there. */
export function factorUnitOf(draft: FactorSetDraft, base: FactorSet, factor: string): UnitId | undefined {
  if (factor.startsWith(SUPPLIER_PREFIX)) {
    const s = draft.suppliers.find((x) => supplierRef(x.id) === factor);
    return s?.unit;
  }
  return base.factors.find((f) => f.id === factor)?.unit;
}

/** Units a value for a factor of `unit` may be typed per: those of the same kind (kWh, MWh, GJ for energy). */
export function perUnitsFor(unit: UnitId): UnitId[] {
  return unitsOf(dimensionOf(unit));
}

const blank = (s: string) => s.trim() === '';

function isAddress(s: string): boolean {
  try {
    const u = new URL(s.trim());
    return (u.protocol === 'https:' || u.protocol === 'http:') && u.hostname.includes('.');
  } catch {
    return false;
  }
}

function isDate(s: string): boolean {
  const m = DATE.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCFullYear() === Number(m[1]) && d.getUTCMonth() === Number(m[2]) - 1;
}

/** Every problem of the draft, by field. None: the draft makes a release. */
export function draftProblems(draft: FactorSetDraft, base: FactorSet): DraftProblem[] {
  const out: DraftProblem[] = [];
  const rel = (field: string, code: DraftProblemCode) => out.push({ at: 'release', field, code });
  const idOk = SET_ID.test(draft.id) && draft.id !== APP_SERIES;
  if (!SET_ID.test(draft.id)) rel('id', blank(draft.id) ? 'required' : 'set-id');
  else if (!idOk) rel('id', 'set-id-app');
  if (!RELEASE.test(draft.release)) rel('release', blank(draft.release) ? 'required' : 'release');
  else if (idOk && Object.hasOwn(BUILTIN_REFS, `${draft.id}-${draft.release}`))
    rel('release', 'release-builtin');
  if (blank(draft.nameFi)) rel('nameFi', 'required');
  if (blank(draft.nameEn)) rel('nameEn', 'required');
  if (blank(draft.publisher)) rel('publisher', 'required');
  if (!isDate(draft.published)) rel('published', blank(draft.published) ? 'required' : 'date');
  if (draft.values.length === 0) rel('values', 'no-values');

  const slugs = new Set<string>();
  const taken = new Set([...base.factors.map((f) => f.id), ...base.activities.map((a) => a.id)]);
  for (const s of draft.suppliers) {
    const sup = (field: string, code: DraftProblemCode) => out.push({ at: `supplier:${s.id}`, field, code });
    const slug = supplierSlug(s.nameFi);
    if (blank(s.nameFi) || slug === '') sup('nameFi', 'required');
    else if (slugs.has(slug) || taken.has(supplierIds(s).activity)) sup('nameFi', 'supplier-twice');
    slugs.add(slug);
    if (blank(s.nameEn)) sup('nameEn', 'required');
    if (!draft.values.some((x) => x.factor === supplierRef(s.id))) sup('values', 'supplier-no-value');
  }

  const years = new Set<string>();
  for (const x of draft.values) {
    const val = (field: string, code: DraftProblemCode) => out.push({ at: `value:${x.id}`, field, code });
    const unit = factorUnitOf(draft, base, x.factor);
    const unitOk = unit !== undefined && isUnit(x.perUnit) && perUnitsFor(unit).includes(x.perUnit);
    if (!unit) val('factor', 'factor-unknown');
    else if (!unitOk) val('perUnit', 'unit');
    if (x.year === null || !Number.isInteger(x.year) || x.year < MIN_YEAR || x.year > MAX_YEAR)
      val('year', blank(x.yearText) ? 'required' : 'year');
    else if (years.has(`${x.factor}@${x.year}`)) val('year', 'year-twice');
    else years.add(`${x.factor}@${x.year}`);
    if (x.value === null || x.value < 0) val('value', blank(x.valueText) ? 'required' : 'number');
    // Within the limits as typed and as the file will hold it (t per kWh becomes far more kg per MWh).
    else if (!withinInput(x.value) || (unitOk && !withinInput(kgPerFactorUnit(x, unit))))
      val('value', 'number-limit');
    if (blank(x.publisher)) val('publisher', 'required');
    if (blank(x.document)) val('document', 'required');
    if (
      x.sourceYear === null ||
      !Number.isInteger(x.sourceYear) ||
      x.sourceYear < 1900 ||
      x.sourceYear > 2100
    )
      val('sourceYear', blank(x.sourceYearText) ? 'required' : 'year');
    if (!isAddress(x.url)) val('url', blank(x.url) ? 'required' : 'url');
  }
  return out;
}

/** The value in kg per the factor's unit, rounded to 12 significant digits (no binary noise such as …0003). */
export function kgPerFactorUnit(x: DraftValue, factorUnit: UnitId): number {
  const kg = (x.value ?? 0) * MASS_IN_KG[x.massUnit] * unitScale(factorUnit, x.perUnit);
  return Number(kg.toPrecision(12));
}

/** The source of each value: one entry per distinct publisher, document, year and address. */
function sourcesOf(
  draft: FactorSetDraft,
  base: FactorSet,
): { sources: Record<string, Source>; keyOf: Map<string, string> } {
  const sources: Record<string, Source> = {};
  const keyOf = new Map<string, string>();
  const byText = new Map<string, string>();
  let n = 0;
  for (const x of draft.values) {
    const src: Source = {
      publisher: x.publisher.trim(),
      document: x.document.trim(),
      year: x.sourceYear ?? 0,
      url: x.url.trim(),
    };
    const text = JSON.stringify(src);
    let key = byText.get(text);
    if (!key) {
      do key = `${draft.id}:${++n}`;
      while (Object.hasOwn(base.sources, key));
      byText.set(text, key);
      Object.defineProperty(sources, key, { value: src, enumerable: true });
    }
    keyOf.set(x.id, key);
  }
  return { sources, keyOf };
}

function setValueOf(x: DraftValue, unit: UnitId, source: string): FactorValue {
  const kg = kgPerFactorUnit(x, unit);
  const typed = `${plainDigits(x.value ?? 0)} ${x.massUnit} ${x.kind}/${x.perUnit}`;
  return {
    year: x.year ?? 0,
    ...(x.kind === 'CO2' ? { gases: { CO2: kg } } : { co2e: kg }),
    source,
    ...(blank(x.ref) ? {} : { ref: x.ref.trim() }),
    status: x.status,
    // The file holds kg per the factor's unit; what the source said stays beside it.
    ...(x.massUnit !== 'kg' || x.perUnit !== unit ? { derivation: `${typed} as given by the source` } : {}),
  };
}

/**
 * The release as a factor-set object, or the draft's problems. `base` is the built-in set named by
 * draft.base; it is not changed.
 */
export function buildRelease(
  draft: FactorSetDraft,
  base: FactorSet,
): { set: FactorSet; problems: [] } | { set?: undefined; problems: DraftProblem[] } {
  const problems = draftProblems(draft, base);
  if (problems.length > 0) return { problems };
  const { sources, keyOf } = sourcesOf(draft, base);
  const given = new Map<string, FactorValue[]>();
  for (const x of draft.values) {
    const unit = factorUnitOf(draft, base, x.factor) as UnitId;
    const list = given.get(x.factor) ?? [];
    list.push(setValueOf(x, unit, keyOf.get(x.id) as string));
    given.set(x.factor, list);
  }
  const merged = (id: string, own: readonly FactorValue[]): FactorValue[] => {
    const mine = given.get(id) ?? [];
    const years = new Set(mine.map((v) => v.year));
    return [...own.filter((v) => !years.has(v.year)), ...mine].sort((a, b) => a.year - b.year);
  };
  const factors: EmissionFactor[] = base.factors.map((f) =>
    given.has(f.id) ? { ...f, values: merged(f.id, f.values) } : f,
  );
  const activities: Activity[] = [...base.activities];
  const heat = base.activities.find((a) => a.id === 'district-heat.fi');
  for (const s of draft.suppliers) {
    const ids = supplierIds(s);
    const names = { fi: s.nameFi.trim(), en: s.nameEn.trim() };
    factors.push({ id: ids.factor, names, unit: s.unit, values: merged(supplierRef(s.id), []) });
    activities.push({
      id: ids.activity,
      names,
      categories: heat?.categories ?? ['s2.heat'],
      unit: s.unit,
      factor: ids.factor,
      method: 'activity',
      keywords: [...new Set([...(heat?.keywords ?? ['kaukolämpö', 'district heating']), ...words(s)])],
    });
  }
  // The base's description is of the app's set, not of the city's.
  const { description: _baseDescription, ...kept } = base;
  const set: FactorSet = {
    ...kept,
    id: draft.id,
    release: draft.release,
    names: { fi: draft.nameFi.trim(), en: draft.nameEn.trim() },
    publisher: draft.publisher.trim(),
    published: draft.published,
    sources: { ...base.sources, ...sources },
    factors,
    activities,
  };
  return { set, problems: [] };
}

/** A supplier's name words as search words ("savon", "voima", "joensuu"). */
function words(s: DraftSupplier): string[] {
  return `${s.nameFi} ${s.nameEn}`
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((w) => w.length > 2);
}
