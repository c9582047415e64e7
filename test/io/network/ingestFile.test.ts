import { describe, expect, it } from 'vitest';
import { loadBuiltinSet } from '../../../src/factors/builtinSets';
import { gunzipText } from '../../../src/io/network/gzip';
import {
  type IngestContext,
  ingestBlob,
  isPartnerFileName,
  type Outcome,
} from '../../../src/io/network/ingestFile';
import { zipEntries } from '../../../src/io/network/zip';
import { badFile, fileBytes, goodFile } from '../../generators/partnerFiles';
import { makeZip } from './zipWriter';

const loadSet = (ref: { id: string; release: string }) => loadBuiltinSet(ref).catch(() => undefined);
const context = (): IngestContext => ({ loadSet, receivedAt: '2026-04-01T10:00:00.000Z', seen: new Set() });

async function all(name: string, bytes: Uint8Array, ctx = context()): Promise<Outcome[]> {
  const out: Outcome[] = [];
  for await (const o of ingestBlob(name, new Blob([bytes as Uint8Array<ArrayBuffer>]), ctx)) out.push(o);
  return out;
}

const kinds = (os: Outcome[]) =>
  os.map((o) => `${o.kind}:${o.kind === 'added' ? o.summary.fileName : o.name}`);

describe('ingestBlob', () => {
  it('adds a partner file with its inputs compressed, and the same bytes again are one file', async () => {
    const f = await goodFile(41, 1);
    const ctx = context();
    const [first] = await all(f.name, fileBytes(f), ctx);
    if (first?.kind !== 'added') throw new Error(`not added: ${JSON.stringify(first)}`);
    expect(JSON.parse(await gunzipText(first.gzip)).organization.name).toBe(first.summary.partner.name);
    expect(kinds(await all('kopio.json', fileBytes(f), ctx))).toEqual(['same-file:kopio.json']);
  });

  it('takes a file that differs only in its results for the same file, and one with other inputs for another', async () => {
    const f = await goodFile(41, 4, { years: 2 });
    const text = f.text as string;
    const ctx = context();
    expect(kinds(await all(f.name, fileBytes(f), ctx))).toEqual([`added:${f.name}`]);
    // The results are computed again, never read: other figures in them change nothing kept.
    const json = JSON.parse(text) as { exportedAt: string; inventories: { results: { total: unknown } }[] };
    const edited = structuredClone(json);
    for (const inv of edited.inventories) inv.results.total = { location: 1, market: 2 };
    const enc = (v: unknown) => new TextEncoder().encode(JSON.stringify(v, null, 1));
    expect(kinds(await all('tulokset.json', enc(edited), ctx))).toEqual(['same-file:tulokset.json']);
    // The same layout with another export time is another file (a correction sent later).
    const later = { ...json, exportedAt: '2026-12-01T08:00:00.000Z' };
    expect(kinds(await all('uusi.json', enc(later), ctx))).toEqual(['added:uusi.json']);
  });

  it('reads every partner file of a zip, stored or deflated, passes over the PDFs and lists the bad ones', async () => {
    const a = await goodFile(41, 2);
    const b = await goodFile(41, 3);
    const bad = badFile('truncated', 1, a);
    const zip = makeZip([
      { name: `kansio/${a.name}`, bytes: fileBytes(a) },
      { name: `kansio/${b.name}`, bytes: fileBytes(b), store: true },
      { name: 'kansio/raportti.pdf', bytes: new TextEncoder().encode('%PDF-1.7') },
      { name: '__MACOSX/kansio/._x.json', bytes: new Uint8Array([0, 5, 22]) },
      { name: bad.name, bytes: fileBytes(bad) },
    ]);
    const out = await all('kumppanit.zip', zip);
    expect(kinds(out)).toEqual([
      `added:kumppanit.zip/kansio/${a.name}`,
      `added:kumppanit.zip/kansio/${b.name}`,
      'skipped:kumppanit.zip/kansio/raportti.pdf',
      'skipped:kumppanit.zip/__MACOSX/kansio/._x.json',
      `refused:kumppanit.zip/${bad.name}`,
    ]);
    // A zip under another name is known by its first bytes.
    expect(kinds(await all('liite.dat', zip)).filter((k) => k.startsWith('added'))).toHaveLength(2);
  });

  it('refuses a zip that is damaged, and an entry that inflates to other than its size', async () => {
    const f = await goodFile(41, 4);
    const zip = makeZip([{ name: f.name, bytes: fileBytes(f) }]);
    const cut = zip.slice(0, zip.length - 30);
    const [o] = await all('rikki.zip', cut);
    expect(o?.kind === 'refused' && o.refusal).toEqual({ code: 'zip', problem: 'not-zip' });
    // The directory's stated size made one byte larger than the entry.
    const wrong = zip.slice();
    const dir = await zipEntries(wrong.length, async (s, e) => wrong.subarray(s, e));
    if (!('entries' in dir)) throw new Error('no entries');
    const cdAt = wrong.length - 22 - (46 + new TextEncoder().encode(f.name).length);
    new DataView(wrong.buffer).setUint32(cdAt + 24, (dir.entries[0]?.size ?? 0) + 1, true);
    const [p] = await all('vaara.zip', wrong);
    expect(p?.kind === 'refused' && p.refusal).toEqual({ code: 'zip', problem: 'corrupt' });
  });

  it('refuses a file over 50 MB without reading it', async () => {
    const big = new Blob([new Uint8Array(50 * 1024 * 1024 + 1)]);
    let read = false;
    const spy = Object.assign(big, {
      arrayBuffer: () => {
        read = true;
        return Promise.resolve(new ArrayBuffer(0));
      },
    });
    const out: Outcome[] = [];
    for await (const o of ingestBlob('valtava.json', spy, context())) out.push(o);
    expect(out).toEqual([
      {
        kind: 'refused',
        name: 'valtava.json',
        bytes: 50 * 1024 * 1024 + 1,
        refusal: { code: 'too-large', bytes: 50 * 1024 * 1024 + 1 },
      },
    ]);
    expect(read).toBe(false);
  });

  it('takes partner files and zips from folders, not the PDFs, CSVs or hidden files beside them', () => {
    expect(
      [
        'a/b-2025-ilmastoraportti.json',
        'x.ZIP',
        'a/r.pdf',
        'a/r.csv',
        'a/.hidden.json',
        '__MACOSX/a/._b.json',
      ].map(isPartnerFileName),
    ).toEqual([true, true, false, false, false, false]);
  });
});
