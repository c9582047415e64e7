/**
 * Thousands of damaged files: truncated, bytes changed, fields deleted, values of another type. Each is either
 * refused with at least one error whose message exists in Finnish and English, or — when the damage happens
 * to leave a valid file (a changed digit in an exchange file, which has no checksum) — read the same way
 * twice, imported and undone. The non-empty database is the same after every attempt.
 */
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../../src/core/issues';
import { applyImport, undoImport } from '../../../src/db/backup/applyImport';
import { exportBackup } from '../../../src/db/backup/exportBackup';
import { exportPartner } from '../../../src/db/backup/exportPartner';
import { readImportText } from '../../../src/db/backup/readImport';
import type { PaastoDb } from '../../../src/db/schema';
import { formatIssue } from '../../../src/i18n/issueMessages';
import { defaultChoices, planImport } from '../../../src/state/importPlan';
import { freshDb } from '../helpers';
import { dump, fillSample } from './data';

/** A small seeded generator, so a failure names a case that can be run again. */
function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every container in a parsed file with the path to it, to pick one at random. */
function containers(
  v: Json,
  out: (Json[] | { [k: string]: Json })[] = [],
): (Json[] | { [k: string]: Json })[] {
  if (v !== null && typeof v === 'object') {
    out.push(v);
    for (const x of Array.isArray(v) ? v : Object.values(v)) containers(x, out);
  }
  return out;
}

const SWAPS: Json[] = [
  null,
  0,
  -1,
  1e308,
  '',
  'x',
  '<script>',
  true,
  [],
  {},
  [1, 'a'],
  { a: 1 },
  'Infinity',
  2100.5,
];

function mutate(text: string, r: () => number): { how: string; text: string } {
  const at = (n: number) => Math.floor(r() * n);
  const kind = at(5);
  if (kind === 0) {
    const cut = at(text.length);
    return { how: `truncate at ${cut}`, text: text.slice(0, cut) };
  }
  if (kind === 1) {
    const bytes = new TextEncoder().encode(text);
    const n = 1 + at(3);
    for (let i = 0; i < n; i++) bytes[at(bytes.length)] = at(256);
    return { how: `${n} bytes changed`, text: new TextDecoder().decode(bytes) };
  }
  const root = JSON.parse(text) as Json;
  const all = containers(root);
  const c = all[at(all.length)] as Json[] | { [k: string]: Json };
  const keys = Array.isArray(c) ? c.map((_, i) => i) : Object.keys(c);
  if (keys.length === 0) return { how: 'truncated by one', text: text.slice(0, -1) };
  const k = keys[at(keys.length)] as string | number;
  if (kind === 2) {
    if (Array.isArray(c)) c.splice(k as number, 1);
    else delete c[k as string];
    return { how: `deleted ${k}`, text: JSON.stringify(root) };
  }
  const v0 = (c as Record<string | number, Json>)[k];
  if (kind === 3 || (typeof v0 !== 'number' && typeof v0 !== 'string')) {
    const v = SWAPS[at(SWAPS.length)] as Json;
    (c as Record<string | number, Json>)[k] = structuredClone(v);
    return { how: `${k} := ${JSON.stringify(v)}`, text: JSON.stringify(root) };
  }
  // A digit of a number changed: the kind of damage that can leave a valid file.
  (c as Record<string | number, Json>)[k] = typeof v0 === 'number' ? v0 + 1 + at(9) : `${v0}${at(10)}`;
  return { how: `${k} nudged`, text: JSON.stringify(root) };
}

function errorCodes(issues: readonly Issue[]): string[] {
  return issues.filter((i) => i.severity === 'error').map((i) => `${i.path} ${i.code}`);
}

async function attempt(db: PaastoDb, text: string): Promise<'refused' | 'accepted'> {
  const read = await readImportText(text);
  const again = await readImportText(text);
  expect(again.ok).toBe(read.ok);
  if (!read.ok) {
    if (again.ok) throw new Error('inconsistent');
    expect(errorCodes(again.issues)).toEqual(errorCodes(read.issues));
    const errors = read.issues.filter((i) => i.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    for (const i of errors)
      for (const lang of ['fi', 'sv', 'en'] as const) {
        const msg = formatIssue(i, lang);
        expect(msg.length).toBeGreaterThan(10);
        expect(msg).not.toMatch(/undefined|\[object Object\]/);
      }
    return 'refused';
  }
  const plan = await planImport(db, read.source, { lang: 'fi' });
  const r = await applyImport(db, plan, defaultChoices(plan));
  if (!r.ok) throw new Error('changed');
  expect(await undoImport(db, r.importId)).toBe(true);
  return 'accepted';
}

describe('fuzzed files', () => {
  it('3000 damaged backups and exchange files: each refused with a message or imported and undone; the database unchanged', async () => {
    const { db: source } = freshDb('source');
    await fillSample(source);
    const backup = (await exportBackup(source, { appVersion: 'test' })).text;
    const exchange = (await exportPartner(source, 'org-a', undefined, { appVersion: 'test' })).text;
    const { db } = freshDb('target');
    await fillSample(db);
    const before = await dump(db);
    const tally = { refused: 0, accepted: 0 };
    const r = rng(20261128);
    for (let i = 0; i < 3000; i++) {
      const base = i % 2 === 0 ? backup : exchange;
      const m = mutate(base, r);
      try {
        const outcome = await attempt(db, m.text);
        tally[outcome]++;
        // A full comparison every time an import was written, and every 25th case otherwise.
        if (tally.accepted > 0 || i % 25 === 0) expect(await dump(db)).toEqual(before);
      } catch (e) {
        throw new Error(`case ${i} (${i % 2 === 0 ? 'backup' : 'exchange'}, ${m.how}): ${String(e)}`);
      }
    }
    expect(await dump(db)).toEqual(before);
    expect(Object.prototype).toEqual({});
    expect(tally.refused).toBeGreaterThan(1500);
    console.log(`fuzz: ${tally.refused} refused, ${tally.accepted} accepted`);
  }, 300_000);
});
