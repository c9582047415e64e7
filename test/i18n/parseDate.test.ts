import { describe, expect, it } from 'vitest';
import { formatDay, parseDate, todayOf } from '../../src/i18n/parseDate';

describe('a day as people type it', () => {
  it.each([
    ['15.3.2024', 'fi', '2024-03-15'],
    ['15.03.2024', 'fi', '2024-03-15'],
    [' 1. 12. 2023 ', 'fi', '2023-12-01'],
    ['1.12.2023.', 'fi', '2023-12-01'],
    ['2024-03-15', 'fi', '2024-03-15'],
    ['2024-03-15', 'en', '2024-03-15'],
    ['15/03/2024', 'en', '2024-03-15'],
    ['15.3.2024', 'en', '2024-03-15'],
    ['29.2.2024', 'fi', '2024-02-29'],
  ] as const)('%s (%s) is %s', (text, lang, iso) => {
    expect(parseDate(text, lang)).toEqual({ ok: true, iso });
  });

  it.each([
    ['31.2.2024', 'fi'],
    ['29.2.2023', 'fi'],
    ['0.1.2024', 'fi'],
    ['1.13.2024', 'fi'],
    ['15/03/2024', 'fi'],
    ['3/15/2024', 'en'],
    ['15.3.24', 'fi'],
    ['maaliskuu 2024', 'fi'],
    ['1.1.1800', 'fi'],
  ] as const)('%s (%s) is refused, not moved to another day', (text, lang) => {
    expect(parseDate(text, lang)).toEqual({ ok: false, reason: 'invalid' });
  });

  it('an empty field is empty, not wrong', () => {
    expect(parseDate('  ', 'fi')).toEqual({ ok: false, reason: 'empty' });
  });

  it('writes a stored day in the language and reads it back', () => {
    expect(formatDay('2024-03-05', 'fi')).toBe('5.3.2024');
    expect(formatDay('2024-03-05', 'en')).toBe('05/03/2024');
    for (const lang of ['fi', 'sv', 'en'] as const) {
      expect(parseDate(formatDay('2023-11-30', lang), lang)).toEqual({ ok: true, iso: '2023-11-30' });
    }
  });
});

describe('days the actions register and the commitment share', () => {
  it.each(['31.2.2025', '29.2.2025', '0.1.2025', '1.13.2025', '15.3.25', '15/3/2025', 'eilen'])(
    'refuses %s in Finnish',
    (text) => {
      expect(parseDate(text, 'fi')).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('reads a leap day and the stored form, and takes the local calendar day', () => {
    expect(parseDate('29.2.2024', 'fi')).toEqual({ ok: true, iso: '2024-02-29' });
    expect(parseDate(' 1.1.2024 ', 'fi')).toEqual({ ok: true, iso: '2024-01-01' });
    expect(todayOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});
