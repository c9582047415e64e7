import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'calc-errors-'));
const office = readFileSync('docs/examples/small-office.json', 'utf8');
function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/** A refusal: status 2, nothing on standard output, a message and no stack trace or raw V8 wording. */
function refused(res: CliRun, ...messages: (string | RegExp)[]) {
  expect(res.status, res.stderr).toBe(2);
  expect(res.stdout).toBe('');
  expect(res.stderr).not.toMatch(/^\s+at /m);
  expect(res.stderr).not.toMatch(
    /Unexpected (token|end of JSON)|in JSON at position|" is not valid JSON|ENOENT|node:internal/,
  );
  for (const m of messages) expect(res.stderr).toMatch(m);
}

describe('npm run calc refuses with a message in the chosen language, exit status 2, never a stack trace', () => {
  it('a missing --factors file', async () => {
    const missing = join(dir, 'nowhere.json');
    refused(
      await runCli(['docs/examples/small-office.json', '--factors', missing]),
      `${missing}: error: The file does not exist.`,
    );
    refused(
      await runCli(['docs/examples/small-office.json', '--factors', missing, '--lang', 'fi']),
      `${missing}: virhe: Tiedostoa ei ole.`,
    );
  }, 30_000);

  it('a --factors file of malformed JSON, saying where it broke', async () => {
    const bad = file('bad-set.json', '{\n  "format": "paastolaskuri-factor-set",\n  "version": 1,\n}\n');
    refused(
      await runCli(['docs/examples/small-office.json', '--factors', bad, '--lang', 'fi']),
      `${bad}: virhe /: Tiedosto ei ole kelvollista JSONia (rivi 4, sarake 1: merkki "}" ei sovi tähän).`,
    );
    refused(
      await runCli(['docs/examples/small-office.json', '--factors', bad]),
      `${bad}: error /: The file is not valid JSON (line 4, column 1: the character "}" does not belong here).`,
    );
  }, 30_000);

  it('an input file cut short, in Finnish', async () => {
    const cut = file('cut.json', office.slice(0, 200));
    refused(
      await runCli([cut, '--lang', 'fi']),
      /cut\.json: virhe \/: Tiedosto ei ole kelvollista JSONia \(tiedosto päättyy kesken rivillä \d+, sarakkeessa \d+\)/,
    );
  }, 30_000);

  it('an input file that is not UTF-8, with the line of the first byte that is not', async () => {
    const latin = join(dir, 'latin.json');
    writeFileSync(latin, Buffer.from(office.replace('Esimerkkitoimisto', 'Esimerkkitoimisto Ä'), 'latin1'));
    refused(
      await runCli([latin, '--lang', 'fi']),
      /latin\.json: virhe: Tiedosto ei ole UTF-8-tekstiä: rivillä \d+ on tavu 0xC4/,
    );
  }, 30_000);

  it('a directory given as the input file', async () => {
    const folder = join(dir, 'folder.json');
    mkdirSync(folder);
    refused(await runCli([folder, '--lang', 'fi']), `${folder}: virhe: Tämä on hakemisto, ei tiedosto.`);
  }, 30_000);

  it('--factors given last', async () => {
    refused(
      await runCli(['docs/examples/small-office.json', '--factors']),
      'error: The option --factors needs a file name after it, but none was given.',
      /^usage: npm run calc -- FILE\.json/m,
    );
  }, 30_000);

  it('--factors followed by another option, which it does not take as its file name', async () => {
    refused(
      await runCli(['docs/examples/small-office.json', '--factors', '--lang', 'fi']),
      'virhe: Valitsimen --factors perään tarvitaan tiedoston nimi, mutta sen paikalla on valitsin "--lang".',
      /^käyttö: npm run calc -- FILE\.json/m,
    );
  }, 30_000);

  it('an unknown option, in the language given after it', async () => {
    refused(
      await runCli(['docs/examples/small-office.json', '--bogus', '--lang', 'fi']),
      'virhe: Tuntematon valitsin "--bogus".',
      /^käyttö: /m,
    );
    refused(
      await runCli(['--no-trace=yes', 'docs/examples/small-office.json']),
      'error: The option --no-trace takes no value.',
    );
  }, 30_000);

  it('an unknown language', async () => {
    refused(
      await runCli(['docs/examples/small-office.json', '--lang', 'de']),
      'error: The language "de" is not known: --lang takes fi, sv or en.',
    );
    refused(
      await runCli(['docs/examples/small-office.json', '--lang']),
      'error: The option --lang needs a language (fi, sv or en) after it, but none was given.',
    );
  }, 30_000);

  it('no input file', async () => {
    refused(await runCli(['--lang', 'fi']), 'virhe: Laskettavaa tiedostoa ei annettu.', /^käyttö: /m);
  }, 30_000);

  it('standard output that cannot take the results (a full disk)', async () => {
    const res = await runCli(['docs/examples/small-office.json', '--lang', 'fi'], { redirect: '/dev/full' });
    refused(res, 'virhe: Tuloksia ei voitu kirjoittaa (ENOSPC).');
  }, 30_000);

  it('standard output closed by the program reading it', async () => {
    const res = await runCli(['docs/examples/manufacturer.json'], { pipeTo: 'head -c 100 >/dev/null' });
    expect(res.status).toBe(2);
    expect(res.stderr).toContain('error: Standard output was closed before all results were written');
    expect(res.stderr).not.toMatch(/^\s+at /m);
  }, 30_000);
});

describe('npm run calc reads what the app reads', () => {
  it('an input file with a UTF-8 byte-order mark gives the same results as without', async () => {
    const bom = file('bom.json', `\uFEFF${office}`);
    const withBom = await runCli([bom, '--lang', 'fi']);
    expect(withBom.status, withBom.stderr).toBe(0);
    const plain = await runCli(['docs/examples/small-office.json']);
    const { file: _a, ...a } = JSON.parse(withBom.stdout) as { file: string };
    const { file: _b, ...b } = JSON.parse(plain.stdout) as { file: string };
    expect(a).toEqual(b);
  }, 30_000);

  it('--help and -h print the usage and the options on standard output, exit status 0', async () => {
    const en = await runCli(['--help']);
    expect(en.status).toBe(0);
    expect(en.stdout).toMatch(/^usage: npm run calc -- FILE\.json/);
    for (const option of ['--lang', '--factors', '--no-trace', 'Exit status'])
      expect(en.stdout).toContain(option);
    const fi = await runCli(['-h', '--lang', 'fi']);
    expect(fi.status).toBe(0);
    expect(fi.stdout).toMatch(/^käyttö: /);
    expect(fi.stdout).toContain('Paluuarvo');
  }, 30_000);

  it('a file whose name starts with "-" after --', async () => {
    const dashed = file('-office.json', office);
    const res = await runCli(['--no-trace', '--', dashed.replace(/.*\//, '')], { cwd: dir });
    expect(res.status, res.stderr).toBe(0);
    expect(JSON.parse(res.stdout)).toMatchObject({ file: '-office.json' });
  }, 30_000);
});
