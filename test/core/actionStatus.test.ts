/** Status days of an action as it moves forward, back and is dropped; counts by status. */
import { describe, expect, it } from 'vitest';
import { countByStatus, statusDatesAfter } from '../../src/core/actionStatus';

describe('statusDatesAfter', () => {
  it('moving forward adds the day the new status was reached and keeps the earlier ones', () => {
    expect(statusDatesAfter({ planned: '2025-01-10' }, 'in-progress', '2025-03-15')).toEqual({
      planned: '2025-01-10',
      'in-progress': '2025-03-15',
    });
  });

  it('moving back forgets the later statuses and dates the status reached again that day', () => {
    const dates = { planned: '2025-01-10', 'in-progress': '2025-03-15', done: '2025-09-01' };
    expect(statusDatesAfter(dates, 'in-progress', '2025-10-02')).toEqual({
      planned: '2025-01-10',
      'in-progress': '2025-10-02',
    });
    expect(statusDatesAfter(dates, 'not-started', '2025-10-02')).toEqual({ 'not-started': '2025-10-02' });
  });

  it('dropping keeps the way the action went; taking it up again forgets the drop', () => {
    const dropped = statusDatesAfter({ planned: '2025-01-10' }, 'dropped', '2025-02-01');
    expect(dropped).toEqual({ planned: '2025-01-10', dropped: '2025-02-01' });
    expect(statusDatesAfter(dropped, 'in-progress', '2025-05-05')).toEqual({
      planned: '2025-01-10',
      'in-progress': '2025-05-05',
    });
  });
});

describe('countByStatus', () => {
  it('counts each status in the order actions go through them, without empty ones', () => {
    const actions = [{ status: 'done' }, { status: 'planned' }, { status: 'done' }] as const;
    expect(countByStatus(actions)).toEqual([
      { status: 'planned', count: 1 },
      { status: 'done', count: 2 },
    ]);
    expect(countByStatus([])).toEqual([]);
  });
});
