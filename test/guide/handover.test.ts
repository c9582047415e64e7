/**
 * The handover summary (issue 10, item 4): what was entered by category, what was estimated with the notes
 * that say how, what is still to do (categories no figure names, missing figures with their owners), the
 * session's notes and the closing handover note.
 */
import { describe, expect, it } from 'vitest';
import { CATEGORIES } from '../../src/core/categories';
import { handoverSummary } from '../../src/core/handover';
import { type Inventory, newInventory } from '../../src/core/inventory';

const year = (): Inventory =>
  newInventory(
    2024,
    { id: 'fi', release: '2025.1' },
    {
      entries: [
        { id: 'e1', category: 's2.electricity', activity: 'electricity.fi', quantity: 1000, unit: 'kWh' },
        {
          id: 'e2',
          category: 's2.electricity',
          activity: 'electricity.fi',
          quantity: 500,
          unit: 'kWh',
          dataQuality: 'estimated',
          note: 'Puolet vuoden laskuista',
        },
      ],
      excluded: [{ category: 's1.mobile', reason: 'Yrityksellä ei ole omia ajoneuvoja' }],
      missing: [
        { id: 'm1', category: 's1.stationary', activity: 'fuel.natural-gas', owner: 'Maija, 15.3.' },
        { id: 'm2', category: 's1.stationary', activity: '' },
      ],
      notes: [
        { id: 'n1', at: '2026-12-01T09:00:00Z', text: 'Sähkö arvioitu', entries: ['e2'] },
        { id: 'n2', at: '2026-12-01T10:00:00Z', text: 'Luovutus', kind: 'handover', author: 'Olli' },
      ],
    },
  );

describe('handover summary', () => {
  it('lists what was entered, estimated and left to do, with the notes', () => {
    const total = { location: 12, market: 20, biogenicCO2: 0, entries: 2 };
    const s = handoverSummary(year(), { 's2.electricity': total });
    expect(s.entered).toEqual([{ category: 's2.electricity', entries: 2, total }]);
    expect(s.estimated.map((x) => [x.entry.id, x.notes.map((n) => n.id)])).toEqual([['e2', ['n1']]]);
    expect(s.missing.map((m) => m.id)).toEqual(['m1', 'm2']);
    // Every category but electricity (entries), mobile (not relevant) and stationary (named by its figures).
    expect(s.todoCategories).toHaveLength(CATEGORIES.length - 3);
    expect(s.todoCategories).not.toContain('s1.stationary');
    expect(s.handover?.id).toBe('n2');
    expect(s.notes.map((n) => n.id)).toEqual(['n1']);
  });

  it('a year without notes or totals has no handover note and no totals', () => {
    const inv = { ...year(), notes: undefined, missing: undefined };
    const s = handoverSummary(inv);
    expect(s.handover).toBeUndefined();
    expect(s.notes).toEqual([]);
    expect(s.entered[0]?.total).toBeUndefined();
    expect(s.todoCategories).toContain('s1.stationary');
  });
});
