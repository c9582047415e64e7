/**
 * Words of the received partner files in a full backup (issue 13): the import's preview and result say what
 * happens to a coordinator's files (registered with ui.ts when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const BACKUP_RECEIVED_UI = defineWords({
  fi: {
    backupReceivedPlan:
      'Vastaanotetut kumppanitiedostot: varmuuskopiossa {n}, joista tältä laitteelta puuttuu {fresh}. Puuttuvat lisätään; laitteella jo olevat pysyvät ennallaan.',
    backupReceivedDone: 'Vastaanotettuja kumppanitiedostoja lisättiin: {n}.',
  },
  en: {
    backupReceivedPlan:
      'Received partner files: {n} in the backup, {fresh} of them not on this device. Those are added; the ones already here stay as they are.',
    backupReceivedDone: 'Received partner files added: {n}.',
  },
  sv: {
    backupReceivedPlan:
      'Mottagna partnerfiler: {n} i säkerhetskopian, varav {fresh} saknas på den här enheten. De som saknas läggs till; de som redan finns på enheten förblir som de är.',
    backupReceivedDone: 'Mottagna partnerfiler som lades till: {n}.',
  },
});

registerWords(BACKUP_RECEIVED_UI);
