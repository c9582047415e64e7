import { describe, expect, it } from 'vitest';
import { QUESTIONS } from '../../src/core/interview';
import { SECTOR_PROFILES, sectorProfile, suggestForSector } from '../../src/core/sectorSuggestions';

describe('sector suggestions', () => {
  it.each([
    ['10.71', 'bakery'],
    ['1071', 'bakery'],
    ['10710', 'bakery'],
    ['10.71 Leipomotuotteiden valmistus', 'bakery'],
    ['56', 'restaurant'],
    ['56101', 'restaurant'],
    ['47.11', 'shop'],
    ['G', 'shop'],
    ['62010', 'office'],
    ['69.2', 'office'],
    ['25', 'manufacturer'],
    ['C', 'manufacturer'],
    ['49.41', 'transport'],
    ['43', 'construction'],
    ['01.11', 'farm'],
    ['a', 'farm'],
  ])('reads %s as %s', (code, profile) => {
    expect(sectorProfile(code)).toBe(profile);
  });

  it.each([undefined, '', 'leipomo', '86', 'Q', '00'])('suggests nothing for %s', (code) => {
    expect(suggestForSector(code)).toBeUndefined();
  });

  it('suggests only answers the interview has, for every profile', () => {
    for (const profile of SECTOR_PROFILES) {
      const code = {
        office: 'M',
        shop: '47',
        bakery: '10.71',
        restaurant: '56',
        manufacturer: '22',
        transport: 'H',
        construction: 'F',
        farm: 'A',
      }[profile];
      const s = suggestForSector(code);
      expect(s?.profile).toBe(profile);
      for (const [q, a] of Object.entries(s?.answers ?? {})) {
        const question = QUESTIONS.find((x) => x.id === q);
        expect(
          question?.answers.map((x) => x.id),
          `${profile}: ${q}`,
        ).toContain(a);
      }
    }
  });

  it("gives a bakery its own van, refrigerant, ingredients' freight and waste, and no franchises", () => {
    const s = suggestForSector('10.71');
    expect(s?.typical).toEqual(
      expect.arrayContaining([
        's1.mobile',
        's1.fugitive',
        's2.electricity',
        's2.heat',
        's3.01',
        's3.04',
        's3.05',
      ]),
    );
    expect(s?.typical).not.toContain('s3.14');
    expect(s?.answers.franchises).toBe('no');
  });

  it('gives an office electricity, heat, travel and purchases, and no vehicles', () => {
    const s = suggestForSector('70.22');
    expect(s?.typical).toEqual(expect.arrayContaining(['s2.electricity', 's2.heat', 's3.06', 's3.01']));
    expect(s?.typical).not.toContain('s1.mobile');
  });
});
