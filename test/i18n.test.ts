import { describe, expect, it } from 'vitest';
import type { IssueCode } from '../src/core/issues';
import { formatNumber, formatTonnes } from '../src/i18n/format';
import { formatIssue, ISSUE_MESSAGES } from '../src/i18n/issueMessages';

describe('messages', () => {
  const params = {
    key: 'k',
    value: 'v',
    expected: 'e',
    got: 'g',
    unit: 'u',
    activity: 'a',
    category: 'c',
    factor: 'f',
    gas: 'x',
    id: 'i',
    site: 's',
    year: 2024,
    share: 2,
    version: 2,
    supported: 1,
    min: 1,
    max: 2,
    wanted: 'w',
    other: 'o',
    valueYear: 2014,
    length: 3,
    allowed: 'A',
    missing: 'density',
  };
  it.each(Object.keys(ISSUE_MESSAGES) as IssueCode[])(
    '%s has a Finnish and an English message that differ',
    (code) => {
      const m = ISSUE_MESSAGES[code];
      const fi = m.fi(params);
      const en = m.en(params);
      expect(fi.length).toBeGreaterThan(10);
      expect(en.length).toBeGreaterThan(10);
      expect(fi).not.toBe(en);
    },
  );
  it('formats an issue with severity and path', () => {
    const i = {
      severity: 'error' as const,
      path: '/a/0',
      code: 'required' as const,
      params: { key: 'name' },
    };
    expect(formatIssue(i, 'fi')).toBe('virhe /a/0: Pakollinen tieto "name" puuttuu.');
    expect(formatIssue(i, 'en')).toBe('error /a/0: The required field "name" is missing.');
  });
  it('formats numbers the Finnish and the English way', () => {
    expect(formatNumber(1234.5, 'fi').replace(/\s/g, ' ')).toBe('1 234,5');
    expect(formatNumber(1234.5, 'en')).toBe('1,234.5');
    expect(formatTonnes(2_500_000, 'en')).toBe('2,500.0');
    expect(formatTonnes(0, 'fi')).toBe('0');
    expect(formatTonnes(1_000, 'en')).toBe('1.00');
    expect(formatTonnes(-0.4, 'fi')).toBe('0,00');
    expect(formatTonnes(-2_500_000, 'en')).toBe('-2,500.0');
  });
});
