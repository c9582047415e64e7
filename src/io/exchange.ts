/**
 * The exchange format, version 1: one organization and its yearly inventories as JSON (docs/exchange-format.md,
 * docs/exchange-format-v1.schema.json). Reading validates everything and returns new objects built from known
 * fields only; writing adds the computed results so the city can aggregate without recalculating.
 */
import { isValidBusinessId } from '../core/businessId';
import { Checker, type JsonObject } from '../core/check';
import { validateCommitment } from '../core/commitmentChecks';
import type { CustomFactor, Entry, Exclusion, Inventory } from '../core/inventory';
import { hasErrors, type Issue } from '../core/issues';
import type { Organization, Site } from '../core/organization';
import type { TargetProgress } from '../core/progress';
import type { InventoryResult } from '../core/results';
import { readValue } from '../factors/readFactorSet';
import { EntrySchema } from '../schema/entry';
import { EXCHANGE_FORMAT, EXCHANGE_VERSION, ExchangeFileSchema } from '../schema/exchangeFile';
import { CustomFactorSchema, ExclusionSchema, InventorySchema } from '../schema/inventory';
import { OrganizationSchema, SiteSchema } from '../schema/organization';
import { readField, readRecord } from '../schema/read';

export { EXCHANGE_FORMAT, EXCHANGE_VERSION };

export interface ExchangeFile {
  format: typeof EXCHANGE_FORMAT;
  version: typeof EXCHANGE_VERSION;
  app?: { name: string; version: string };
  exportedAt?: string;
  organization: Organization;
  inventories: (Inventory & { results?: InventoryResult })[];
  /** Written for the city beside the commitment (computed, like results); never read from a file. */
  targetProgress?: TargetProgress[];
}

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
  c.known(root, Object.keys(ExchangeFileSchema.entries), '');
  const app = readField(c, ExchangeFileSchema, 'app', root, '', 'finished');
  const exportedAt = readField(c, ExchangeFileSchema, 'exportedAt', root, '', 'finished');
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
  if (organization.commitment)
    c.issues.push(...validateCommitment(organization.commitment, '/organization/commitment', years));
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
  const org = readRecord(c, OrganizationSchema, o, at, 'finished', { skip: ['sites'] });
  if (org.businessId !== undefined && !isValidBusinessId(org.businessId)) {
    c.error(`${at}/businessId`, 'business-id', { value: org.businessId });
  }
  const sites: Site[] = [];
  const ids = new Set<string>();
  (c.array(o, 'sites', at) ?? []).forEach((rs, i) => {
    const sp = `${at}/sites/${i}`;
    const s = c.object(rs, sp);
    if (!s) return;
    c.about({ kind: 'site', id: idOf(s.id) });
    const site = readRecord(c, SiteSchema, s, sp, 'finished');
    if (ids.has(site.id)) c.error(`${sp}/id`, 'duplicate-id', { id: site.id });
    ids.add(site.id);
    sites.push(site);
    c.about(undefined);
  });
  return { ...org, sites };
}

function readInventory(c: Checker, o: JsonObject, at: string, sites: ReadonlySet<string>): Inventory {
  const inventory = readRecord(c, InventorySchema, o, at, 'finished', {
    skip: ['entries', 'customFactors', 'excluded', 'metrics'],
    ignore: ['results'],
  });
  const customFactors: CustomFactor[] = (c.array(o, 'customFactors', at) ?? []).flatMap((raw, i) => {
    const cp = `${at}/customFactors/${i}`;
    const cf = c.object(raw, cp);
    if (!cf) return [];
    c.about({ kind: 'customFactor', id: idOf(cf.id) });
    const before = c.issues.length;
    const factor = readRecord(c, CustomFactorSchema, cf, cp, 'finished', { skip: ['value'] });
    factor.value = readValue(c, c.object(cf.value, `${cp}/value`) ?? {}, `${cp}/value`);
    // A file's custom factor without a source is said as such (a source too long or not text has its own).
    for (let k = before; k < c.issues.length; k++) {
      const x = c.issues[k];
      if (x && x.path === `${cp}/source` && x.code === 'required')
        c.issues[k] = {
          ...x,
          code: 'custom-factor-source',
          params: { id: idOf(cf.id), name: typeof cf.name === 'string' ? cf.name.slice(0, 300) : '' },
        };
    }
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
    const exclusion = readRecord(c, ExclusionSchema, x, xp, 'finished');
    c.about(undefined);
    return [exclusion];
  });
  const metrics = readField(c, InventorySchema, 'metrics', o, at, 'finished');
  return { ...inventory, metrics, entries, customFactors, excluded };
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
  if (read.commitment) c.issues.push(...validateCommitment(read.commitment, '/organization/commitment'));
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
