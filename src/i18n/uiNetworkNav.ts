/**
 * Words of the coordinator section's own navigation (issue 13): the three pages /network, /network/files and
 * /network/factors reach each other (registered with ui.ts when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const NETWORK_NAV_UI = defineWords({
  fi: {
    netNavLabel: 'Verkoston sivut',
    netNavOverview: 'Yleiskuva',
    netNavFiles: 'Vastaanotetut tiedostot',
    netNavFactors: 'Kaupungin päästökertoimet',
    netNavMoreFiles: 'Lisää tiedostoja',
  },
  en: {
    netNavLabel: "The network's pages",
    netNavOverview: 'Overview',
    netNavFiles: 'Received files',
    netNavFactors: "The city's emission factors",
    netNavMoreFiles: 'Add files',
  },
  sv: {
    netNavLabel: 'Nätverkets sidor',
    netNavOverview: 'Översikt',
    netNavFiles: 'Mottagna filer',
    netNavFactors: 'Stadens utsläppsfaktorer',
    netNavMoreFiles: 'Lägg till filer',
  },
});

registerWords(NETWORK_NAV_UI);
