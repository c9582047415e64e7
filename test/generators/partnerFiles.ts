/**
 * Partner files as the coordinator receives them, made from a seed: each good file is what the app's "Lähetä
 * kaupungille / Send to the city" writes (the exchange format, version 1, with every year's results, through
 * the real writer and the same JSON layout as cityFileText), named as the app names it. Mixed in on request:
 * later exports of the same partner (a correction: the newest export of a partner's year wins), the same
 * file saved twice, and bad files (another format, a newer version, cut short, not JSON, invalid, over 50 MB).
 * Partner `i` of a seed is the same whatever else is asked, so tests and the bench can make only what they use.
 */
import { factorSetKey } from '../../src/core/factorSet';
import type { Inventory } from '../../src/core/inventory';
import type { InventoryResult } from '../../src/core/results';
import { loadBuiltinSet } from '../../src/factors/builtinSets';
import { evaluateExchange } from '../../src/io/evaluate';
import { writeExchange } from '../../src/io/exchange';
import { reportFileName } from '../../src/io/report/cityFile';
import { generateCommitment } from './commitments';
import { type GeneratedPartner, generatePartner, type PartnerOptions } from './partners';
import { Random } from './random';

export type { GeneratedPartner, PartnerOptions, SizeBand } from './partners';

/** Files above this many bytes are refused unread (issue 13). */
export const LIMIT_BYTES = 50 * 1024 * 1024;

export type RefusedKind =
  | 'other-format'
  | 'newer-version'
  | 'truncated'
  | 'not-json'
  | 'invalid'
  | 'too-large';
export const REFUSED_KINDS: readonly RefusedKind[] = [
  'other-format',
  'newer-version',
  'truncated',
  'not-json',
  'invalid',
  'too-large',
];

/** What reading the file should give. */
export type Expectation =
  /** A partner's file: its key (business ID, else the name lower-cased), years and export time. */
  | { kind: 'good'; partnerKey: string; name: string; years: number[]; exportedAt: string; index: number }
  | { kind: 'refused'; reason: RefusedKind }
  /** The same bytes as the file named `of`. */
  | { kind: 'copy'; of: string };

export interface GeneratedFile {
  name: string;
  /** The file's text; absent for the over-50-MB stand-in, whose `size` bytes are zeros (fileBytes). */
  text?: string;
  size: number;
  expect: Expectation;
}

export interface FileOptions extends PartnerOptions {
  seed: number;
  /** Partners, each with one file (numbered from `first`, 0 when absent). */
  partners: number;
  first?: number;
  /** Later exports of some of those partners, each a file of its own. */
  reexports?: number;
  /** Files saved twice under another name. */
  copies?: number;
  /** Bad files, their kinds in turn from REFUSED_KINDS. */
  bad?: number;
}

/** The partner key a coordinator's device should give: the business ID, else the name normalized. */
export function expectedKey(p: GeneratedPartner): string {
  return p.businessId ?? p.organization.name.toLowerCase().replace(/\s+/g, ' ').trim();
}

/** Partner `index` of `seed`, the same whatever else is generated. */
export function partnerOf(seed: number, index: number, options: PartnerOptions = {}): GeneratedPartner {
  return generatePartner(new Random(seed * 1_000_003 + index * 7_919 + 17), index, options);
}

/** The export time of a partner's file: in the spring after its latest year. */
function exportTime(rnd: Random, lastYear: number): string {
  const d = new Date(Date.UTC(lastYear + 1, rnd.int(1, 4), rnd.int(1, 28), rnd.int(7, 16), rnd.int(0, 59)));
  return d.toISOString();
}

/**
 * The file's text as the app writes it for the city, with the partner's commitment (made from the years'
 * results) added to its organization. Throws if a year cannot be calculated: a generator bug.
 */
export async function partnerFileText(
  p: GeneratedPartner,
  exportedAt: string,
  rnd: Random,
): Promise<{ text: string; results: InventoryResult[] }> {
  const meta = { appVersion: '0.1.0', exportedAt };
  const loadSet = (ref: { id: string; release: string }) => loadBuiltinSet(ref).catch(() => undefined);
  const ev = await evaluateExchange(
    JSON.parse(JSON.stringify(writeExchange(p.organization, p.inventories, meta))),
    loadSet,
  );
  if (!ev.ok) {
    const first = ev.issues.find((i) => i.severity === 'error');
    throw new Error(`Generated partner ${p.organization.name} does not calculate: ${JSON.stringify(first)}`);
  }
  const commitment = generateCommitment(rnd, p.inventories, ev.results);
  const organization = commitment ? { ...p.organization, commitment } : p.organization;
  // The layout of cityFileText (src/io/report/cityFile.ts); JSON.stringify makes the lazy entry results plain.
  const text = JSON.stringify(writeExchange(organization, p.inventories, meta, ev.results), null, 1);
  return { text, results: ev.results };
}

const encoder = new TextEncoder();

/** The file's bytes: its text in UTF-8, or the stand-in's zeros. */
export function fileBytes(f: GeneratedFile): Uint8Array {
  return f.text === undefined ? new Uint8Array(f.size) : encoder.encode(f.text);
}

/** A good file of partner `index`. */
export async function goodFile(
  seed: number,
  index: number,
  options: PartnerOptions = {},
): Promise<GeneratedFile> {
  const p = partnerOf(seed, index, options);
  const rnd = new Random(seed + index * 31 + 5);
  const last = p.inventories[p.inventories.length - 1] as Inventory;
  const exportedAt = exportTime(rnd, last.year);
  const { text } = await partnerFileText(p, exportedAt, rnd);
  return {
    name: reportFileName(p.organization.name, last.year, 'json'),
    text,
    size: encoder.encode(text).length,
    expect: {
      kind: 'good',
      partnerKey: expectedKey(p),
      name: p.organization.name,
      years: p.inventories.map((i) => i.year),
      exportedAt,
      index,
    },
  };
}

/**
 * A later export of partner `index`: the same years with its latest year's first entry corrected (+10 %),
 * exported `days` later than its first file.
 */
export async function reexportFile(
  seed: number,
  index: number,
  options: PartnerOptions = {},
  days = 30,
): Promise<GeneratedFile> {
  const first = await goodFile(seed, index, options);
  if (first.expect.kind !== 'good') throw new Error('unreachable');
  const p = partnerOf(seed, index, options);
  const last = p.inventories[p.inventories.length - 1] as Inventory;
  const [e0, ...rest] = last.entries;
  if (e0) last.entries = [{ ...e0, quantity: Math.round(e0.quantity * 110) / 100 }, ...rest];
  const exportedAt = new Date(Date.parse(first.expect.exportedAt) + days * 86_400_000).toISOString();
  const { text } = await partnerFileText(p, exportedAt, new Random(seed + index * 31 + 5));
  return {
    name: reportFileName(p.organization.name, last.year, 'json').replace('.json', `-korjattu-${days}.json`),
    text,
    size: encoder.encode(text).length,
    expect: { ...first.expect, exportedAt },
  };
}

/** A bad file of the kind, made from a good one's text where the kind needs one. */
export function badFile(kind: RefusedKind, n: number, good: GeneratedFile): GeneratedFile {
  const text = good.text ?? '';
  const make = (name: string, t: string): GeneratedFile => ({
    name,
    text: t,
    size: encoder.encode(t).length,
    expect: { kind: 'refused', reason: kind },
  });
  switch (kind) {
    case 'other-format': {
      // A backup file sent by mistake: JSON, but not the exchange format.
      const backup = {
        format: 'paastolaskuri-backup',
        version: 1,
        createdAt: '2026-02-01T10:00:00.000Z',
        data: {},
      };
      return make(`varmuuskopio-${n}.json`, JSON.stringify(backup));
    }
    case 'newer-version':
      return make(`uudempi-${n}.json`, text.replace('"version": 1', '"version": 2'));
    case 'truncated':
      return make(`katkennut-${n}.json`, text.slice(0, Math.floor(text.length * 0.6)));
    case 'not-json':
      // A download that failed and saved the error page under the file's name.
      return make(
        `lataus-${n}.json`,
        '<!DOCTYPE html>\n<html><body><h1>502 Bad Gateway</h1></body></html>\n',
      );
    case 'invalid':
      // A quantity typed as text, as a hand-edited file may have it: the exchange reader refuses it.
      return make(`virheellinen-${n}.json`, text.replace(/"quantity": ([0-9.]+)/, '"quantity": "$1 kWh"'));
    case 'too-large':
      return { name: `valtava-${n}.json`, size: LIMIT_BYTES + 1, expect: { kind: 'refused', reason: kind } };
  }
}

/**
 * Files of `partners` partners with the re-exports, copies and bad files asked for, in a shuffled order
 * (a later export may come before the earlier one). Deterministic by seed.
 */
export async function generatePartnerFiles(o: FileOptions): Promise<GeneratedFile[]> {
  const rnd = new Random(o.seed ^ 0x5eed);
  const first = o.first ?? 0;
  const files: GeneratedFile[] = [];
  for (let i = 0; i < o.partners; i++) files.push(await goodFile(o.seed, first + i, o));
  const good = files.slice();
  for (let k = 0; k < (o.reexports ?? 0); k++) {
    const index = first + (k % o.partners);
    files.push(await reexportFile(o.seed, index, o, 20 + k * 7));
  }
  for (let k = 0; k < (o.copies ?? 0); k++) {
    const of = good[k % good.length] as GeneratedFile;
    files.push({
      ...of,
      name: of.name.replace('.json', ` (${k + 1}).json`),
      expect: { kind: 'copy', of: of.name },
    });
  }
  for (let k = 0; k < (o.bad ?? 0); k++) {
    const kind = REFUSED_KINDS[k % REFUSED_KINDS.length] as RefusedKind;
    files.push(
      badFile(
        kind,
        k + 1,
        good[k % Math.max(1, good.length)] ?? { name: '', size: 0, expect: { kind: 'copy', of: '' } },
      ),
    );
  }
  // Fisher–Yates with the seeded source.
  for (let i = files.length - 1; i > 0; i--) {
    const j = rnd.int(0, i);
    [files[i], files[j]] = [files[j] as GeneratedFile, files[i] as GeneratedFile];
  }
  return files;
}

/** The key of a factor set a generated year uses (for tests that load the sets). */
export function setKeysOf(p: GeneratedPartner): string[] {
  return [...new Set(p.inventories.map((i) => factorSetKey(i.factorSet)))];
}
