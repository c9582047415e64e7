import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OutputError } from '../../src/cli/output';
import { firstNonFinite, present } from '../../src/cli/present';
import { run } from '../../src/cli/run';
import { calculateInventory } from '../../src/core/calculate';
import { CLI_KEYS, cliMessage } from '../../src/i18n/cliMessages';
import { readExchange } from '../../src/io/exchange';
import { fiSet } from '../helpers';

async function printedOffice() {
  const { file } = readExchange(JSON.parse(readFileSync('docs/examples/small-office.json', 'utf8')));
  const inv = file?.inventories[0];
  if (!inv) throw new Error('the example has no inventory');
  return present(calculateInventory(inv, { factorSet: await fiSet() }), {}, true);
}

describe('the guard against totals that are not numbers', () => {
  it('passes a real result, with its traces, untouched', async () => {
    expect(firstNonFinite(await printedOffice())).toBeUndefined();
  });

  it.each([Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN])(
    'finds %s anywhere in a result, by its JSON Pointer',
    async (bad) => {
      const total = await printedOffice();
      total.totals.scope1 = bad;
      expect(firstNonFinite(total)).toBe('/totals/scope1');
      const entry = await printedOffice();
      const at = entry.entries.length - 1;
      (entry.entries[at] as { co2eByGas: Record<string, number> }).co2eByGas['a/b~c'] = bad;
      expect(firstNonFinite(entry)).toBe(`/entries/${at}/co2eByGas/a~1b~0c`);
      expect(firstNonFinite(bad)).toBe('/');
    },
  );
});

describe('an internal error', { timeout: 30_000 }, () => {
  it('is one line in the chosen language with what to do, exit status 2, never a stack trace', async () => {
    const said: string[] = [];
    const status = await run(['docs/examples/small-office.json', '--lang', 'fi'], {
      out: () => {
        throw new TypeError('cannot read properties of undefined');
      },
      say: (line) => said.push(line),
    });
    expect(status).toBe(2);
    // The example's warnings come first; the error is the one line after them.
    expect(said.filter((line) => line.startsWith('virhe'))).toHaveLength(1);
    expect(said.at(-1)).toBe(
      `virhe: ${cliMessage('fi', 'internal', { detail: 'TypeError: cannot read properties of undefined' })}`,
    );
    expect(said.at(-1)).toContain('ilmoita siitä');
    expect(said.at(-1)).not.toContain('\n');
  });
});

describe('a failed write', { timeout: 30_000 }, () => {
  const lastLine = async (thrown: unknown) => {
    const said: string[] = [];
    const status = await run(['docs/examples/small-office.json'], {
      out: () => Promise.reject(thrown),
      say: (line) => said.push(line),
    });
    return { status, line: said.at(-1) };
  };

  it('is said as such only when it was the output that failed', async () => {
    expect(await lastLine(new OutputError('ENOSPC'))).toEqual({
      status: 2,
      line: 'error: The results could not be written (ENOSPC).',
    });
    const bug = Object.assign(new TypeError('bad argument'), { code: 'ERR_INVALID_ARG_TYPE' });
    const other = await lastLine(bug);
    expect(other.status).toBe(2);
    expect(other.line).toMatch(/^error: Internal error \(TypeError: bad argument\)/);
  });
});

describe("the command line's words", () => {
  const params = {
    option: '--x',
    got: '--y',
    value: 'v',
    detail: 'd',
    line: 1,
    column: 2,
    found: '"}"',
    key: 'k',
    byte: '0xE4',
    year: 2024,
    at: '/a',
  };
  it.each(CLI_KEYS)('%s has a Finnish and an English text that differ', (key) => {
    const fi = cliMessage('fi', key, params as never);
    const en = cliMessage('en', key, params as never);
    expect(fi.length).toBeGreaterThan(3);
    expect(en.length).toBeGreaterThan(3);
    expect(fi).not.toBe(en);
  });
});
