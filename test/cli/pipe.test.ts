import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

interface Exchange {
  inventories: { entries: { id: string }[] }[];
}

interface Printed {
  inventories: { entries: { entryId: string }[] }[];
}

/** The small office with every entry repeated `times` times under new ids: a year as big as a fleet's. */
function bigFile(times: number): { path: string; entries: number } {
  const file = JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')) as Exchange;
  let entries = 0;
  for (const inv of file.inventories) {
    inv.entries = inv.entries.flatMap((e) =>
      Array.from({ length: times }, (_, k) => ({ ...e, id: `${e.id}-${k}` })),
    );
    entries += inv.entries.length;
  }
  const path = join(mkdtempSync(join(tmpdir(), 'calc-pipe-')), 'big.json');
  writeFileSync(path, JSON.stringify(file));
  return { path, entries };
}

describe('npm run calc writes all of its output into a pipe', () => {
  it('more than 1 MB read by a slow reader is whole, valid JSON, with exit status 0', async () => {
    const { path, entries } = bigFile(60);
    const res = await runCli([path], { holdMs: 1500 });
    expect(res.status, res.stderr).toBe(0);
    expect(Buffer.byteLength(res.stdout)).toBeGreaterThan(1024 * 1024);
    const out = JSON.parse(res.stdout) as Printed;
    const printed = out.inventories.reduce((n, inv) => n + inv.entries.length, 0);
    expect(printed).toBe(entries);
  }, 90_000);

  it("the README's `npm run -s calc -- FILE | …` gives whole JSON to a slow reader", async () => {
    const res = await new Promise<{ stdout: string }>((resolve, reject) => {
      const sh = spawn(
        'sh',
        ['-c', 'npm run -s calc -- docs/examples/manufacturer.json 2>/dev/null | { sleep 0.5; cat; }'],
        { stdio: ['ignore', 'pipe', 'ignore'] },
      );
      let stdout = '';
      sh.stdout.setEncoding('utf8').on('data', (s: string) => {
        stdout += s;
      });
      sh.on('error', reject);
      sh.on('close', () => resolve({ stdout }));
    });
    expect(Buffer.byteLength(res.stdout)).toBeGreaterThan(64 * 1024);
    expect(JSON.parse(res.stdout)).toMatchObject({ file: 'docs/examples/manufacturer.json' });
  }, 60_000);

  it('a terminal (a pseudo-terminal made by script(1)) receives more than 1 MB whole', async () => {
    const { path, entries } = bigFile(60);
    const cmd = `${process.execPath} --import tsx src/cli/calc.ts ${path} 2>/dev/null`;
    const text = await new Promise<string>((resolve, reject) => {
      const tty = spawn('script', ['-qec', cmd, '/dev/null'], { stdio: ['ignore', 'pipe', 'ignore'] });
      const out: Buffer[] = [];
      tty.stdout.on('data', (b: Buffer) => out.push(b));
      tty.on('error', reject);
      tty.on('close', () => resolve(Buffer.concat(out).toString('utf8')));
    });
    // The terminal turns each line break into CR LF.
    const out = JSON.parse(text.replaceAll('\r\n', '\n')) as Printed;
    expect(out.inventories.reduce((n, inv) => n + inv.entries.length, 0)).toBe(entries);
  }, 90_000);

  it('a file receives more than 1 MB whole', async () => {
    const { path, entries } = bigFile(60);
    const target = join(mkdtempSync(join(tmpdir(), 'calc-out-')), 'out.json');
    const res = await runCli([path], { redirect: target });
    expect(res.status, res.stderr).toBe(0);
    const out = JSON.parse(readFileSync(target, 'utf8')) as Printed;
    expect(out.inventories.reduce((n, inv) => n + inv.entries.length, 0)).toBe(entries);
  }, 90_000);

  const examples = readdirSync('docs/examples').filter((f) => f.endsWith('.json'));
  it.each(examples)(
    '%s through a slow pipe is whole, valid JSON',
    async (name) => {
      const path = join('docs/examples', name);
      const res = await runCli([path], { holdMs: 500 });
      expect(res.status, res.stderr).toBe(0);
      const out = JSON.parse(res.stdout) as Printed;
      const file = JSON.parse(readFileSync(path, 'utf8')) as Exchange;
      expect(out.inventories.map((i) => i.entries.length)).toEqual(
        file.inventories.map((i) => i.entries.length),
      );
    },
    60_000,
  );
});
