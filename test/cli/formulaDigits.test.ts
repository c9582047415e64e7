/** The command line's written-out calculations of every example file, in both languages: no exponent notation. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './runCli';

const EXPONENT = /\d[eE][+-]?\d/;

/** Every string under a key "formula", wherever the output holds one. */
function formulas(value: unknown, found: string[] = []): string[] {
  if (Array.isArray(value)) {
    for (const v of value) formulas(v, found);
  } else if (value !== null && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      if (key === 'formula' && typeof v === 'string') found.push(v);
      else formulas(v, found);
    }
  }
  return found;
}

describe('npm run calc: formulas in plain digits', { timeout: 60_000 }, () => {
  const files = readdirSync('docs/examples')
    .filter((f) => f.endsWith('.json'))
    .map((f) => join('docs/examples', f));

  it.each(['fi', 'sv', 'en'])(
    'writes no formula of docs/examples/*.json with an exponent (--lang %s)',
    async (lang) => {
      expect(files.length).toBeGreaterThan(0);
      const res = await runCli([...files, '--lang', lang]);
      expect(res.status, res.stderr).toBe(0);
      const all = formulas(JSON.parse(res.stdout));
      // One formula per calculated entry at least, so the check below cannot pass on an empty output.
      expect(all.length).toBeGreaterThanOrEqual(files.length);
      expect(all.filter((f) => EXPONENT.test(f))).toEqual([]);
      // The examples hold factors under 0.0001 (kg CH4/l, TJ/MJ): these are the ones written in digits now.
      expect(all.some((f) => /\b0\.0000\d/.test(f))).toBe(true);
    },
  );
});
