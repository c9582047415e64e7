import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS } from '../../src/core/categories';
import { dataChecklist } from '../../src/core/checklist';

describe('the data checklist', () => {
  it('lists every category without answers, each with a document', () => {
    const list = dataChecklist({ excluded: [] });
    expect(list.map((i) => i.category).sort()).toEqual([...CATEGORY_IDS].sort());
    for (const i of list) expect(i.documents.length, i.category).toBeGreaterThan(0);
  });

  it('leaves out what is not relevant and keeps the year page order (energy first)', () => {
    const list = dataChecklist({ excluded: [{ category: 's1.mobile' }, { category: 's3.14' }] });
    expect(list.map((i) => i.category)).not.toContain('s1.mobile');
    expect(list.map((i) => i.category)).not.toContain('s3.14');
    expect(list[0]).toMatchObject({ theme: 'energy', category: 's2.electricity' });
  });

  it('chooses the documents by the answers', () => {
    const doc = (answers: Record<string, string>, category: string) =>
      dataChecklist({ excluded: [], interview: { answers } }).find((i) => i.category === category)?.documents;
    expect(doc({ electricity: 'rent' }, 's2.electricity')).toEqual([
      'electricityLandlord',
      'electricityOrigin',
    ]);
    expect(doc({ electricity: 'contract' }, 's2.electricity')).toEqual([
      'electricityInvoice',
      'electricityOrigin',
    ]);
    expect(doc({ heat: 'district' }, 's2.heat')).toEqual(['heatStatement', 'heatFactor']);
    expect(doc({ fuels: 'gas' }, 's1.stationary')).toEqual(['gasInvoices']);
    expect(doc({ fuels: 'oil' }, 's1.stationary')).toEqual(['oilDeliveries']);
    expect(doc({}, 's1.stationary')).toEqual(['fuelPurchases']);
    expect(doc({ vehicles: 'leased' }, 's1.mobile')).toEqual(['fuelCards', 'leasingReport']);
    expect(doc({}, 's1.fugitive')).toEqual(['refrigerantLog']);
  });
});
