/** The expected reduction as typed: stored in kg with its basis, or not at all. */
import { describe, expect, it } from 'vitest';
import { MAX_BASIS } from '../../src/ui/actions/actionLimits';
import { expectedDraft } from '../../src/ui/actions/expectedDraft';

describe('expectedDraft', () => {
  it('a figure in tonnes with its basis is an estimate in kg', () => {
    expect(expectedDraft('2,675', ' mitattu ', 'fi').result).toEqual({ kgPerYear: 2675, basis: 'mitattu' });
    expect(expectedDraft('1 200', 'laskettu', 'fi').result).toEqual({
      kgPerYear: 1_200_000,
      basis: 'laskettu',
    });
    expect(expectedDraft('1,200.5', 'estimated', 'en').result).toEqual({
      kgPerYear: 1_200_500,
      basis: 'estimated',
    });
  });

  it('a figure without its basis is stored as nothing, and says the basis is missing', () => {
    const d = expectedDraft('2,5', '  ', 'fi');
    expect(d.result).toBe('invalid');
    expect(d.basisMissing).toBe(true);
  });

  it('no figure is no estimate, whatever the basis says', () => {
    expect(expectedDraft('', '', 'fi')).toMatchObject({ result: undefined, basisMissing: false });
    expect(expectedDraft(' ', 'jotain', 'fi').result).toBeUndefined();
  });

  it('a refused figure or a basis over the limit is stored as nothing', () => {
    expect(expectedDraft('2.5', 'peruste', 'fi').result).toBe('invalid');
    expect(expectedDraft('-1', 'peruste', 'fi').result).toBe('invalid');
    expect(expectedDraft('1', 'x'.repeat(MAX_BASIS + 1), 'fi').result).toBe('invalid');
    expect(expectedDraft('2.5', '', 'fi').basisMissing).toBe(false);
  });
});
