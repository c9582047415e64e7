/** Cells of the result tables as the screen and the PDF show them. */
import { describe, expect, it } from 'vitest';
import { formatNumber, formatTonnes } from '../../../src/i18n/format';
import { DASH, formatCell } from '../../../src/io/report/pdf/cells';
import type { TableColumn } from '../../../src/io/report/tables/types';

const column = (kind: TableColumn['kind']): TableColumn => ({ id: 'c', title: 'c', kind });

describe('formatted cells', () => {
  it('write a share as per cent the way each language does: "12,5 %" in Finnish, "12.5%" in English', () => {
    expect(formatCell(column('share'), 0.125, 'fi')).toBe(`${formatNumber(12.5, 'fi')}\u00a0%`);
    expect(formatCell(column('share'), 0.125, 'en')).toBe(`${formatNumber(12.5, 'en')}%`);
    expect(formatCell(column('share'), -0.152, 'en')).toBe(`${formatNumber(-15.2, 'en')}%`);
  });

  it('show kg CO2e in tonnes, a missing figure as a dash, text as it is', () => {
    expect(formatCell(column('kgco2e'), -368_100, 'fi')).toBe(formatTonnes(-368_100, 'fi'));
    expect(formatCell(column('kgco2e'), null, 'en')).toBe(DASH);
    expect(formatCell(column('text'), '=1+1', 'en')).toBe('=1+1');
  });
});
