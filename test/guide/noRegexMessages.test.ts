/**
 * No problem message shows a regular expression (issue 10: "a free-text sector blocked the whole results page
 * with a raw regular expression"). Every field checked by a pattern is given text out of its form, in an
 * exchange file and in a backup, and every message of every problem found, in both languages, is scanned for
 * the patterns' own text and for the marks only a regular expression has.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Issue } from '../../src/core/issues';
import { TOL_PATTERN } from '../../src/core/sector';
import { readBackup } from '../../src/db/backup/readBackup';
import { issueMessage } from '../../src/i18n/issueMessages';
import { readExchange } from '../../src/io/exchange';
import { ID_PATTERN, PERIOD_PATTERN, TIME_PATTERN } from '../../src/schema/fields';

const PATTERNS = [ID_PATTERN, PERIOD_PATTERN, TIME_PATTERN, TOL_PATTERN];
/** What only a regular expression's text has: anchors, classes, escapes, counted repeats. */
const REGEX_MARKS = /\^\(|\^\[|\]\{|\\d|\\w|\\s|\[A-|\[a-z|\[0-9|\{\d+,\d*\}|\)\?|\$\/|\)\$/;

const office = () =>
  JSON.parse(readFileSync(new URL('../../docs/examples/small-office.json', import.meta.url), 'utf8')) as {
    organization: Record<string, unknown> & { sites: Record<string, unknown>[] };
    inventories: (Record<string, unknown> & { entries: Record<string, unknown>[] })[];
    exportedAt?: string;
  };

function scan(issues: readonly Issue[]): string[] {
  return issues.flatMap((i) =>
    (['fi', 'sv', 'en'] as const)
      .map((lang) => issueMessage(i, lang))
      .filter((m) => REGEX_MARKS.test(m) || PATTERNS.some((p) => m.includes(p.source))),
  );
}

describe('problem messages', () => {
  it('name the form a field needs, never its pattern, for every patterned field of an exchange file', () => {
    const file = office();
    file.organization.sector = 'leipomo';
    const site = file.organization.sites[0] as Record<string, unknown>;
    site.id = 'head office';
    const inv = file.inventories[0] as (typeof file.inventories)[0];
    const entry = inv.entries[0] as Record<string, unknown>;
    entry.id = 'not an id';
    entry.period = '2024-13';
    file.exportedAt = 'yesterday';
    inv.notes = [{ id: 'n 1', at: 'today', text: 'x' }];
    const { issues } = readExchange(file);
    // Every field above was refused: the scan below read their messages.
    const paths = issues.map((i) => i.path);
    for (const p of [
      '/organization/sector',
      '/organization/sites/0/id',
      '/exportedAt',
      '/inventories/0/notes/0/at',
    ])
      expect(paths).toContain(p);
    expect(issues.length).toBeGreaterThanOrEqual(7);
    expect(scan(issues)).toEqual([]);
  });

  it('say what a sector must be, in the user’s language', () => {
    const file = office();
    file.organization.sector = 'leipomo';
    const issue = readExchange(file).issues.find((i) => i.path === '/organization/sector') as Issue;
    expect(issueMessage(issue, 'fi')).toMatch(/TOL 2008/);
    expect(issueMessage(issue, 'en')).toMatch(/TOL 2008/);
    expect(issueMessage(issue, 'fi')).toContain('"leipomo"');
  });

  it('of a backup with a bad checksum, time and setting key do not show a pattern either', async () => {
    const bad = {
      format: 'paastolaskuri-backup',
      version: 1,
      createdAt: 'now',
      checksum: 'XYZ',
      counts: {},
      tables: { settings: [{ key: '1 bad key', value: 1 }] },
    };
    const read = await readBackup(bad);
    if (read.ok) throw new Error('the backup should have been refused');
    expect(read.issues.length).toBeGreaterThan(0);
    expect(scan(read.issues)).toEqual([]);
  });

  it('the scan itself finds a pattern in a message', () => {
    const leaked: Issue = {
      severity: 'error',
      path: '/x',
      code: 'enum',
      params: { value: 'x', allowed: TOL_PATTERN.source },
    };
    expect(scan([leaked]).length).toBe(3);
  });
});
