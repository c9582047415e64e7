/** Days typed the Finnish way or as stored, refused when they do not exist; written back the language's way. */
import { describe, expect, it } from 'vitest';
import { dayOf, formatDay, parseDay } from '../../src/i18n/parseDay';

describe('parseDay', () => {
  it.each([
    ['15.3.2025', '2025-03-15'],
    ['15.03.2025', '2025-03-15'],
    [' 1.1.2024 ', '2024-01-01'],
    ['29.2.2024', '2024-02-29'],
    ['2025-12-31', '2025-12-31'],
  ])('reads %s as %s', (text, day) => {
    expect(parseDay(text)).toEqual({ ok: true, value: day });
  });

  it.each(['31.2.2025', '29.2.2025', '0.1.2025', '1.13.2025', '15.3.25', '15/3/2025', '2025-3-15', 'eilen'])(
    'refuses %s',
    (text) => {
      expect(parseDay(text)).toEqual({ ok: false, reason: 'invalid' });
    },
  );

  it('says an empty field is empty', () => {
    expect(parseDay('  ')).toEqual({ ok: false, reason: 'empty' });
  });
});

describe('formatDay and dayOf', () => {
  it('writes a day without leading zeros in Finnish and as stored in English, and reads it back', () => {
    expect(formatDay('2025-03-05', 'fi')).toBe('5.3.2025');
    expect(formatDay('2025-03-05', 'en')).toBe('2025-03-05');
    expect(parseDay(formatDay('2025-03-05', 'fi'))).toEqual({ ok: true, value: '2025-03-05' });
  });

  it('takes the local calendar day', () => {
    expect(dayOf(new Date(2026, 0, 9, 23, 59))).toBe('2026-01-09');
  });
});
