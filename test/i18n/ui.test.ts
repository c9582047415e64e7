import { describe, expect, it } from 'vitest';
import { BASE_UI, tr } from '../../src/i18n/ui';
import { ACTIONS_UI } from '../../src/i18n/uiActions';
import { BACKUP_UI } from '../../src/i18n/uiBackup';
import { BACKUP_RECEIVED_UI } from '../../src/i18n/uiBackupReceived';
import { BULK_UI } from '../../src/i18n/uiBulk';
import { COMPLETE_UI } from '../../src/i18n/uiComplete';
import { FACTORS_UI } from '../../src/i18n/uiFactors';
import { INTERVIEW_UI } from '../../src/i18n/uiInterview';
import { NETWORK_DASH_UI } from '../../src/i18n/uiNetworkDash';
import { NETWORK_FACTORS_UI } from '../../src/i18n/uiNetworkFactors';
import { NETWORK_FILES_UI } from '../../src/i18n/uiNetworkFiles';
import { NETWORK_NAV_UI } from '../../src/i18n/uiNetworkNav';
import { NETWORK_PARTNERS_UI } from '../../src/i18n/uiNetworkPartners';
import { NETWORK_PUBLICATION_UI } from '../../src/i18n/uiNetworkPublication';
import { REPORT_UI } from '../../src/i18n/uiReport';
import { SEARCH_UI } from '../../src/i18n/uiSearch';

const CATALOGUES = {
  base: BASE_UI,
  report: REPORT_UI,
  backup: BACKUP_UI,
  bulk: BULK_UI,
  interview: INTERVIEW_UI,
  search: SEARCH_UI,
  complete: COMPLETE_UI,
  factors: FACTORS_UI,
  networkPartners: NETWORK_PARTNERS_UI,
  networkFactors: NETWORK_FACTORS_UI,
  actions: ACTIONS_UI,
  networkFiles: NETWORK_FILES_UI,
  networkPublication: NETWORK_PUBLICATION_UI,
  networkDash: NETWORK_DASH_UI,
  networkNav: NETWORK_NAV_UI,
  backupReceived: BACKUP_RECEIVED_UI,
} as const;
const UI = {
  fi: {
    ...BASE_UI.fi,
    ...REPORT_UI.fi,
    ...BACKUP_UI.fi,
    ...BULK_UI.fi,
    ...INTERVIEW_UI.fi,
    ...SEARCH_UI.fi,
    ...COMPLETE_UI.fi,
    ...FACTORS_UI.fi,
    ...NETWORK_PARTNERS_UI.fi,
    ...NETWORK_FACTORS_UI.fi,
    ...ACTIONS_UI.fi,
    ...NETWORK_FILES_UI.fi,
    ...NETWORK_PUBLICATION_UI.fi,
    ...NETWORK_DASH_UI.fi,
    ...NETWORK_NAV_UI.fi,
    ...BACKUP_RECEIVED_UI.fi,
  },
  en: {
    ...BASE_UI.en,
    ...REPORT_UI.en,
    ...BACKUP_UI.en,
    ...BULK_UI.en,
    ...INTERVIEW_UI.en,
    ...SEARCH_UI.en,
    ...COMPLETE_UI.en,
    ...FACTORS_UI.en,
    ...NETWORK_PARTNERS_UI.en,
    ...NETWORK_FACTORS_UI.en,
    ...ACTIONS_UI.en,
    ...NETWORK_FILES_UI.en,
    ...NETWORK_PUBLICATION_UI.en,
    ...NETWORK_DASH_UI.en,
    ...NETWORK_NAV_UI.en,
    ...BACKUP_RECEIVED_UI.en,
  },
};

describe('UI words', () => {
  it('has every key in Finnish and English, and no empty text', () => {
    expect(Object.keys(UI.en).sort()).toEqual(Object.keys(UI.fi).sort());
    for (const lang of ['fi', 'en'] as const)
      for (const [k, v] of Object.entries(UI[lang])) expect(v.trim(), `${lang}.${k}`).not.toBe('');
  });
  it('has each key in one catalogue only, with the same keys in both languages of each', () => {
    const seen = new Map<string, string>();
    for (const [name, cat] of Object.entries(CATALOGUES)) {
      expect(Object.keys(cat.en).sort(), name).toEqual(Object.keys(cat.fi).sort());
      for (const k of Object.keys(cat.fi)) {
        expect(seen.get(k), `${k} is in ${seen.get(k)} and ${name}`).toBeUndefined();
        seen.set(k, name);
      }
    }
  });
  it('uses the same placeholders in both languages', () => {
    const holes = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    for (const k of Object.keys(UI.fi) as (keyof typeof UI.fi)[])
      expect(holes(UI.en[k]), k).toEqual(holes(UI.fi[k]));
  });
  it('knows the words of every loaded catalogue', () => {
    expect(tr('fi', 'reportColItem')).toBe(REPORT_UI.fi.reportColItem);
    expect(tr('en', 'navBackup')).toBe('Backup');
  });
  it('fills placeholders', () => {
    expect(tr('fi', 'copyFrom', { year: 2024 })).toBe('Kopioi vuodesta 2024');
    expect(tr('en', 'incomplete', { n: 2 })).toBe('Unfinished entries (not included): 2.');
  });
});
