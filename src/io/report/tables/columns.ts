/** The columns and counts several table families share, so a column means the same in every table. */
import '../../../i18n/uiReport';
import type { Scope } from '../../../core/categories';
import type { InventoryResult } from '../../../core/results';
import type { UiKey } from '../../../i18n/ui';
import type { TableColumn } from './types';

/** The report language's words, bound once by reportTables. */
export type T = (key: UiKey, params?: Record<string, string | number>) => string;

export const item = (t: T): TableColumn => ({ id: 'item', title: t('reportColItem'), kind: 'text' });
export const loc = (t: T, id = 'location'): TableColumn => ({
  id,
  title: t('reportColLocation'),
  kind: 'kgco2e',
  method: 'location',
});
export const mkt = (t: T, id = 'market'): TableColumn => ({
  id,
  title: t('reportColMarket'),
  kind: 'kgco2e',
  method: 'market',
});

export const shareLocation = (t: T): TableColumn => ({
  id: 'shareLocation',
  title: t('reportColShareLocation'),
  kind: 'share',
  method: 'location',
});
export const shareMarket = (t: T): TableColumn => ({
  id: 'shareMarket',
  title: t('reportColShareMarket'),
  kind: 'share',
  method: 'market',
});

/** Entries the year's figures rest on (a count, from the core's sources). */
export const entryCount = (r: InventoryResult) => r.sources.reduce((n, s) => n + s.entries, 0);

export const SCOPE_KEYS: Record<Scope, UiKey> = { 1: 'scope1', 2: 'scope2', 3: 'scope3' };
