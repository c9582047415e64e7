/**
 * Words of the coordinator's received-files page (issue 13), in Finnish and English (registered with ui.ts
 * when this module loads).
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const NETWORK_FILES_UI = defineWords({
  fi: {
    netFilesTitle: 'Vastaanotetut tiedostot',
    netFilesLead:
      'Lisää kumppanien lähettämät tiedostot (…-ilmastoraportti.json), myös kansiollinen tai zip-tiedosto kerralla. Jokainen tiedosto tarkistetaan ja lasketaan erikseen tällä laitteella: virheellinen tiedosto ei estä muita. Tiedostot pysyvät tällä laitteella.',
    netFilesPick: 'Valitse tiedostot',
    netFilesPickFolder: 'Valitse kansio',
    netFilesDrop: 'Tai pudota tiedostot, kansio tai zip-tiedosto tähän.',
    netFilesReading: 'Luetaan tiedostoja: {done} / {total}',
    netFilesDone: 'Valmis: {added} lisätty, {same} jo aiemmin vastaanotettua, {refused} hylätty.',
    netFilesSeeFigures: 'Katso verkoston luvut →',
    netFilesAddedTitle: 'Lisätyt ({n})',
    netFilesAdded: '{name}: {partner}, vuodet {years}',
    netFilesRefusedTitle: 'Hylätyt tiedostot ({n})',
    netFilesSameTitle: 'Jo vastaanotetut ({n})',
    netFilesSame: '{name}: sama tiedosto on jo tällä laitteella, sitä ei lisätty toiseen kertaan.',
    netFilesSupersededTitle: 'Uudemmalla korvatut vuodet ({n})',
    netFilesSuperseded:
      '{partner} {year}: tiedostosta {file} (viety {exported}) lasketaan tiedoston {by} (viety {byExported}) mukaan.',
    netFilesNotExported: 'aika ei tiedossa',
    netFilesListTitle: 'Tiedostot tällä laitteella ({n})',
    netFilesEmpty: 'Yhtään kumppanin tiedostoa ei ole vielä vastaanotettu.',
    netFilesColPartner: 'Kumppani',
    netFilesColYears: 'Vuodet',
    netFilesColExported: 'Viety',
    netFilesColReceived: 'Vastaanotettu',
    netFilesColFile: 'Tiedosto',
    netFilesRemove: 'Poista',
    netFilesRemoveLabel: 'Poista tiedosto {name}',
    netFilesRemoved: 'Poistettu: {names}.',
    netFilesUndo: 'Kumoa poisto',
    netFilesClear: 'Tyhjennä tämä luettelo',
    netFilesShowingNewest: 'Näytetään uusimmat {shown} / {total}.',
    netFilesShowAll: 'Näytä kaikki {n} tiedostoa',
    netFilesSkipped:
      '{n} muuta tiedostoa ohitettiin (esimerkiksi raporttien PDF- ja CSV-tiedostot): kansioista ja zip-tiedostoista luetaan vain .json-tiedostot.',
    netRefusedTooLarge: 'Tiedosto on liian suuri ({size} Mt): yli 50 Mt:n tiedostoja ei lueta.',
    netRefusedNotUtf8:
      'Tiedosto ei ole UTF-8-tekstiä (se on tallennettu esimerkiksi UTF-16- tai Windows-1252-merkistöllä).',
    netRefusedNotJson: 'Tiedosto ei ole JSON-tiedosto, tai se on katkennut kesken.',
    netRefusedNotZip: 'Zip-tiedostoa ei voi lukea: se on vioittunut tai ei ole zip-tiedosto.',
    netRefusedZip64: 'Zip-tiedosto on liian suuri (Zip64-muoto): pura se ja lisää tiedostot sellaisinaan.',
    netRefusedEncrypted: 'Tiedosto on salattu zip-tiedoston sisällä.',
    netRefusedMethod: 'Tiedosto on pakattu zip-tiedostoon menetelmällä, jota ei tueta.',
    netRefusedCorrupt: 'Tiedosto on vioittunut zip-tiedoston sisällä.',
    netRefusedMore: '… ja {n} muuta ongelmaa.',
    netRefusedBackup:
      'Tämä on sovelluksen varmuuskopio, ei kumppanin raporttitiedosto. Pyydä kumppanilta tiedosto, jonka sovellus tekee painikkeella ”Lähetä kaupungille”.',
    netRefusedAt: '(kohta tiedostossa: {path})',
    netFilesFailed: 'Tiedostoa ei voitu lukea sovelluksen virheen vuoksi ({message}). Yritä uudelleen.',
    netFilesStorageFailed:
      'Tallennus epäonnistui, eikä osaa tiedostoista tallennettu. Vapauta tilaa laitteelta ja lisää tiedostot uudelleen: jo tallennettuja ei lisätä kahdesti.',
  },
  en: {
    netFilesTitle: 'Received files',
    netFilesLead:
      'Add the files the partners sent (…-ilmastoraportti.json), also a folder of them or a zip file at once. Each file is checked and calculated on its own on this device: a faulty file does not stop the others. The files stay on this device.',
    netFilesPick: 'Choose files',
    netFilesPickFolder: 'Choose a folder',
    netFilesDrop: 'Or drop files, a folder or a zip file here.',
    netFilesReading: 'Reading files: {done} of {total}',
    netFilesDone: 'Done: {added} added, {same} received before, {refused} refused.',
    netFilesSeeFigures: "See the network's figures →",
    netFilesAddedTitle: 'Added ({n})',
    netFilesAdded: '{name}: {partner}, years {years}',
    netFilesRefusedTitle: 'Refused files ({n})',
    netFilesSameTitle: 'Received before ({n})',
    netFilesSame: '{name}: the same file is already on this device; it was not added twice.',
    netFilesSupersededTitle: 'Years replaced by a newer export ({n})',
    netFilesSuperseded:
      '{partner} {year}: counted from the file {by} (exported {byExported}), not from {file} (exported {exported}).',
    netFilesNotExported: 'time not known',
    netFilesListTitle: 'Files on this device ({n})',
    netFilesEmpty: 'No partner file has been received yet.',
    netFilesColPartner: 'Partner',
    netFilesColYears: 'Years',
    netFilesColExported: 'Exported',
    netFilesColReceived: 'Received',
    netFilesColFile: 'File',
    netFilesRemove: 'Remove',
    netFilesRemoveLabel: 'Remove the file {name}',
    netFilesRemoved: 'Removed: {names}.',
    netFilesUndo: 'Undo the removal',
    netFilesClear: 'Clear this list',
    netFilesShowingNewest: 'Showing the newest {shown} of {total}.',
    netFilesShowAll: 'Show all {n} files',
    netFilesSkipped:
      '{n} other files were passed over (the reports’ PDF and CSV files, for example): only .json files are read from folders and zip files.',
    netRefusedTooLarge: 'The file is too large ({size} MB): files over 50 MB are not read.',
    netRefusedNotUtf8: 'The file is not UTF-8 text (it was saved as UTF-16 or Windows-1252, for example).',
    netRefusedNotJson: 'The file is not a JSON file, or it is cut short.',
    netRefusedNotZip: 'The zip file cannot be read: it is damaged or not a zip file.',
    netRefusedZip64: 'The zip file is too large (Zip64 form): unpack it and add the files as they are.',
    netRefusedEncrypted: 'The file is encrypted inside the zip file.',
    netRefusedMethod: 'The file is compressed in the zip file by a method that is not supported.',
    netRefusedCorrupt: 'The file is damaged inside the zip file.',
    netRefusedMore: '… and {n} more problems.',
    netRefusedBackup:
      "This is the app's backup, not a partner's report file. Ask the partner for the file the app makes with “Send to the city”.",
    netRefusedAt: '(place in the file: {path})',
    netFilesFailed: 'The file could not be read because of an error in the app ({message}). Try again.',
    netFilesStorageFailed:
      'Saving failed, and some of the files were not stored. Free some space on the device and add the files again: those stored already are not added twice.',
  },
});

registerWords(NETWORK_FILES_UI);
