/**
 * The exchange format, version 1: one organization and its yearly inventories as JSON (docs/exchange-format.md,
 * docs/exchange-format-v1.schema.json). Reading validates everything and returns new objects built from known
 * fields only; writing adds the computed results so the city can aggregate without recalculating.
 */
import { isValidBusinessId } from '../core/businessId';
import { CATEGORY_IDS, type CategoryId } from '../core/categories';
import { Checker, type JsonObject } from '../core/check';
import { INVENTORY_GWP_SETS } from '../core/gwp';
import type {
  BoundaryApproach,
  CustomFactor,
  Entry,
  Exclusion,
  Inventory,
  SizeMetrics,
} from '../core/inventory';
import { hasErrors, type Issue } from '../core/issues';
import { MIN_METRIC } from '../core/limits';
import type { Organization, Site } from '../core/organization';
import type { InventoryResult } from '../core/results';
import { UNITS, type UnitId } from '../core/units';
import { MAX_YEAR, MIN_YEAR } from '../core/validate';
import { readValue } from '../factors/readFactorSet';
import { EntrySchema } from '../schema/entry';
import { readRecord } from '../schema/read';

export const EXCHANGE_FORMAT = 'paastolaskuri-exchange';
export const EXCHANGE_VERSION = 1;

export interface ExchangeFile {
  format: typeof EXCHANGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  app?: { name: string; version: string };
  exportedAt?: string;
  organization: Organization;
  inventories: (Inventory & { results?: InventoryResult })[];
}

const BOUNDARIES: readonly BoundaryApproach[] = ['operational-control', 'financial-control', 'equity-share'];
const UNIT_IDS = Object.keys(UNITS) as UnitId[];
const ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/;
const NAME = { required: true, nonEmpty: true, max: 300 } as const;

export function readExchange(input: unknown): { file?: ExchangeFile; issues: Issue[] } {
  const c = new Checker();
  const root = c.object(input, '');
  if (!root) return { issues: c.issues };
  if (root.format !== EXCHANGE_FORMAT) {
    c.error('/format', 'format', { expected: EXCHANGE_FORMAT, got: String(root.format ?? '').slice(0, 80) });
    return { issues: c.issues };
  }
  const version = c.number(root, 'version', '', { required: true, integer: true, min: 1 });
  if (version === undefined) return { issues: c.issues };
  if (version > EXCHANGE_VERSION) {
    c.error('/version', 'newer-version', { version, supported: EXCHANGE_VERSION });
    return { issues: c.issues };
  }
  c.known(root, ['format', 'version', 'app', 'exportedAt', 'organization', 'inventories'], '');
  let app: ExchangeFile['app'];
  if (root.app !== undefined) {
    const a = c.object(root.app, '/app');
    if (a)
      app = {
        name: c.string(a, 'name', '/app', { max: 100 }) ?? '',
        version: c.string(a, 'version', '/app', { max: 50 }) ?? '',
      };
  }
  const exportedAt = c.string(root, 'exportedAt', '', { max: 40, pattern: /^\d{4}-\d{2}-\d{2}T/ });
  const organization = readOrganization(c, root.organization);
  const siteIds = new Set(organization.sites.map((s) => s.id));
  const inventories: Inventory[] = [];
  const years = new Set<number>();
  (c.array(root, 'inventories', '', true) ?? []).forEach((raw, i) => {
    const at = `/inventories/${i}`;
    const o = c.object(raw, at);
    if (!o) return;
    const inv = readInventory(c, o, at, siteIds);
    // A missing or invalid year is already reported; only real years can clash.
    if (inv.year !== 0 && years.has(inv.year)) c.error(`${at}/year`, 'duplicate-id', { id: inv.year });
    years.add(inv.year);
    inventories.push(inv);
  });
  if (hasErrors(c.issues)) return { issues: c.issues };
  const file: ExchangeFile = {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    organization,
    inventories,
    ...(app ? { app } : {}),
    ...(exportedAt ? { exportedAt } : {}),
  };
  return { file, issues: c.issues };
}

function readOrganization(c: Checker, raw: unknown): Organization {
  const at = '/organization';
  const o = c.object(raw, at) ?? {};
  c.known(o, ['name', 'businessId', 'sector', 'municipality', 'baseYear', 'sites'], at);
  const businessId = c.string(o, 'businessId', at, { max: 20 });
  if (businessId !== undefined && !isValidBusinessId(businessId)) {
    c.error(`${at}/businessId`, 'business-id', { value: businessId });
  }
  const sector = c.string(o, 'sector', at, { pattern: /^([A-U]|\d{2}(\.?\d{1,3})?)$/ });
  const municipality = c.string(o, 'municipality', at, { max: 100 });
  const baseYear = c.number(o, 'baseYear', at, { integer: true, min: MIN_YEAR, max: MAX_YEAR });
  const sites: Site[] = [];
  const ids = new Set<string>();
  (c.array(o, 'sites', at) ?? []).forEach((rs, i) => {
    const sp = `${at}/sites/${i}`;
    const s = c.object(rs, sp);
    if (!s) return;
    c.about({ kind: 'site', id: idOf(s.id) });
    c.known(s, ['id', 'name', 'address', 'municipality'], sp);
    const id = c.string(s, 'id', sp, { required: true, pattern: ID }) ?? '';
    if (ids.has(id)) c.error(`${sp}/id`, 'duplicate-id', { id });
    ids.add(id);
    const address = c.string(s, 'address', sp, { max: 300 });
    const sm = c.string(s, 'municipality', sp, { max: 100 });
    sites.push({
      id,
      name: c.string(s, 'name', sp, NAME) ?? '',
      ...(address !== undefined ? { address } : {}),
      ...(sm !== undefined ? { municipality: sm } : {}),
    });
    c.about(undefined);
  });
  return {
    name: c.string(o, 'name', at, NAME) ?? '',
    sites,
    ...(businessId !== undefined ? { businessId } : {}),
    ...(sector !== undefined ? { sector } : {}),
    ...(municipality !== undefined ? { municipality } : {}),
    ...(baseYear !== undefined ? { baseYear } : {}),
  };
}

function readInventory(c: Checker, o: JsonObject, at: string, sites: ReadonlySet<string>): Inventory {
  c.known(
    o,
    [
      'year',
      'boundary',
      'gwp',
      'factorSet',
      'radiativeForcing',
      'metrics',
      'entries',
      'customFactors',
      'excluded',
      'status',
      'results',
    ],
    at,
  );
  const rawYear = c.number(o, 'year', at, { required: true, integer: true });
  if (rawYear !== undefined && (rawYear < MIN_YEAR || rawYear > MAX_YEAR)) {
    c.error(`${at}/year`, 'year-range', { value: rawYear, min: MIN_YEAR, max: MAX_YEAR });
  }
  const year = rawYear ?? 0;
  const fs = c.object(o.factorSet, `${at}/factorSet`) ?? {};
  const factorSet = {
    id: c.string(fs, 'id', `${at}/factorSet`, { required: true, max: 40 }) ?? '',
    release: c.string(fs, 'release', `${at}/factorSet`, { required: true, max: 40 }) ?? '',
  };
  const status = c.oneOf(o, 'status', at, ['draft', 'complete'] as const);
  const customFactors: CustomFactor[] = (c.array(o, 'customFactors', at) ?? []).flatMap((raw, i) => {
    const cp = `${at}/customFactors/${i}`;
    const cf = c.object(raw, cp);
    if (!cf) return [];
    c.about({ kind: 'customFactor', id: idOf(cf.id) });
    c.known(cf, ['id', 'name', 'unit', 'value', 'year', 'source'], cp);
    const v = c.object(cf.value, `${cp}/value`) ?? {};
    const before = c.issues.length;
    const source = c.string(cf, 'source', cp, { max: 1000 });
    // Report a missing source once: a source that is too long or not text has its own message already.
    if ((source === undefined || source.trim() === '') && c.issues.length === before) {
      c.error(`${cp}/source`, 'custom-factor-source', { id: String(cf.id ?? '') });
    }
    const factor: CustomFactor = {
      id: c.string(cf, 'id', cp, { required: true, pattern: ID }) ?? '',
      name: c.string(cf, 'name', cp, NAME) ?? '',
      unit: c.oneOf(cf, 'unit', cp, UNIT_IDS, true) ?? 'kWh',
      value: readValue(c, v, `${cp}/value`),
      year: c.number(cf, 'year', cp, { required: true, integer: true, min: MIN_YEAR, max: MAX_YEAR }) ?? 0,
      source: source ?? '',
    };
    c.about(undefined);
    return [factor];
  });
  const entries: Entry[] = (c.array(o, 'entries', at, true) ?? []).flatMap((raw, i) => {
    const ep = `${at}/entries/${i}`;
    const e = c.object(raw, ep);
    if (!e) return [];
    c.about({ kind: 'entry', id: idOf(e.id) });
    const entry = readEntry(c, e, ep, sites);
    c.about(undefined);
    return [entry];
  });
  const excluded: Exclusion[] = (c.array(o, 'excluded', at) ?? []).flatMap((raw, i) => {
    const xp = `${at}/excluded/${i}`;
    const x = c.object(raw, xp);
    if (!x) return [];
    c.about({ kind: 'exclusion', id: idOf(x.category) });
    c.known(x, ['category', 'reason'], xp);
    const exclusion: Exclusion = {
      category: c.oneOf<CategoryId>(x, 'category', xp, CATEGORY_IDS, true) ?? 's3.15',
      reason: c.string(x, 'reason', xp, { required: true, nonEmpty: true, max: 2000 }) ?? '',
    };
    c.about(undefined);
    return [exclusion];
  });
  return {
    year,
    boundary: c.oneOf(o, 'boundary', at, BOUNDARIES, true) ?? 'operational-control',
    gwp: c.oneOf(o, 'gwp', at, INVENTORY_GWP_SETS, true) ?? 'AR6',
    factorSet,
    radiativeForcing: c.boolean(o, 'radiativeForcing', at, true) ?? true,
    metrics: readMetrics(c, o.metrics, `${at}/metrics`),
    entries,
    customFactors,
    excluded,
    ...(status ? { status } : {}),
  };
}

export function readMetrics(c: Checker, raw: unknown, at: string): SizeMetrics {
  if (raw === undefined) return {};
  const m = c.object(raw, at) ?? {};
  c.known(m, ['fte', 'revenueEur', 'floorAreaM2', 'production'], at);
  const out: SizeMetrics = {};
  // Metrics divide the totals: within the limits, and 0 or not so small that an intensity overflows.
  const metric = { min: 0, limited: true, smallest: MIN_METRIC } as const;
  const fte = c.number(m, 'fte', at, metric);
  const revenueEur = c.number(m, 'revenueEur', at, metric);
  const floorAreaM2 = c.number(m, 'floorAreaM2', at, metric);
  if (fte !== undefined) out.fte = fte;
  if (revenueEur !== undefined) out.revenueEur = revenueEur;
  if (floorAreaM2 !== undefined) out.floorAreaM2 = floorAreaM2;
  if (m.production !== undefined) {
    const p = c.object(m.production, `${at}/production`);
    if (p) {
      const amount = c.number(p, 'amount', `${at}/production`, { required: true, ...metric });
      const unit = c.string(p, 'unit', `${at}/production`, { required: true, nonEmpty: true, max: 50 });
      if (amount !== undefined && unit !== undefined) out.production = { amount, unit };
    }
  }
  return out;
}

function readEntry(c: Checker, e: JsonObject, ep: string, sites: ReadonlySet<string>): Entry {
  const entry = readRecord(c, EntrySchema, e, ep, 'finished');
  if (entry.site !== undefined && !sites.has(entry.site))
    c.error(`${ep}/site`, 'unknown-site', { site: entry.site });
  // A file leaves out an empty list of instruments: the entry has none.
  if (entry.instruments?.length === 0) delete entry.instruments;
  return entry;
}

/** A record's id as read, for the problems found in it; a missing or non-text id is reported on its own. */
function idOf(v: unknown): string {
  return typeof v === 'string' ? v : '';
}

/**
 * The format's checks of records the app holds, without making a file of them: the organization (with its
 * sites) and one year, checked as a file of them would be read, problems at `base` and each carrying the
 * record it concerns. Returns the records as a file would hold them (known fields only), the ones the
 * report and its fingerprint are made of.
 */
export function checkOrganizationRecord(organization: Organization): {
  organization: Organization;
  issues: Issue[];
} {
  const c = new Checker();
  c.marksRecords = true;
  const read = readOrganization(c, organization);
  return { organization: read, issues: c.issues };
}

/** The format's checks of one year held by the app (see checkOrganizationRecord), its paths under `base`. */
export function checkInventoryRecord(
  inventory: Inventory,
  sites: ReadonlySet<string>,
  base = '',
): { inventory: Inventory; issues: Issue[] } {
  const c = new Checker();
  c.marksRecords = true;
  const read = readInventory(c, inventory as unknown as JsonObject, base, sites);
  return { inventory: read, issues: c.issues };
}

/** Writes a file; `results` are included when given (they are recomputed, never trusted, on reading). */
export function writeExchange(
  organization: Organization,
  inventories: readonly Inventory[],
  meta: { appVersion: string; exportedAt: string },
  results?: readonly InventoryResult[],
): ExchangeFile {
  return {
    format: EXCHANGE_FORMAT,
    version: EXCHANGE_VERSION,
    app: { name: 'Päästölaskuri', version: meta.appVersion },
    exportedAt: meta.exportedAt,
    organization,
    inventories: inventories.map((inv, i) => (results?.[i] ? { ...inv, results: results[i] } : { ...inv })),
  };
}
