/** Words of bulk entry from spreadsheets, in Finnish and English (registered with ui.ts when this module loads). */

import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const BULK_UI = defineWords({
  fi: {
    bulkTitle: 'Tuo kirjauksia taulukosta',
    bulkLead:
      'Valitse CSV-tiedosto tai liitä solut taulukkolaskentaohjelmasta. Mitään ei tallenneta ennen kuin vahvistat.',
    bulkSource: 'Tiedot',
    bulkFile: 'CSV-tiedosto',
    bulkPaste: 'Tai liitä solut tähän',
    bulkPasteHint:
      'Kopioi rivit taulukosta (Ctrl+C) ja liitä ne tähän (Ctrl+V). Otsikkorivi saa olla mukana.',
    bulkFileRead: 'Luettu tiedosto {name} ({encoding}).',
    bulkFileTooLarge:
      'Tiedosto on liian suuri ({size} Mt), eikä sitä luettu. Yhdellä tuonnilla voi tuoda enintään {max} Mt ja {rows} riviä: jaa tiedosto osiin (esimerkiksi kuukausittain) ja tuo osat yksi kerrallaan.',
    bulkPasteTooLarge:
      'Liitetty teksti on liian suuri ({size} Mt), eikä sitä luettu. Yhdellä tuonnilla voi tuoda enintään {max} Mt ja {rows} riviä: liitä rivit osissa.',
    bulkTooManyRows:
      'Taulukosta tulisi {rows} kirjausta, mutta yhdellä tuonnilla voi lisätä enintään {max}. Jaa tiedosto osiin (esimerkiksi kuukausittain) ja tuo osat yksi kerrallaan. Mitään ei lisätty.',
    bulkFileUnreadable: 'Tiedostoa ei voitu lukea.',
    bulkFileBinary:
      'Tiedosto ei ole tekstiä (se voi olla esimerkiksi Excel-työkirja .xlsx), eikä sitä luettu. Tallenna se CSV-muodossa tai kopioi solut ja liitä ne.',
    bulkMixedEncoding:
      'Tiedostossa on kahta merkistöä: suurin osa on UTF-8-muodossa, mutta rivi {line} (”{sample}”) ei ole. Tällaisia rivejä on {count}. Tiedostoa ei luettu, jotta ä- ja ö-kirjaimet eivät vääristy.',
    bulkMixedSave: 'Tallenna tiedosto UTF-8-muodossa (Excelissä ”CSV UTF-8”) ja valitse se uudelleen.',
    bulkMixedAsk:
      'Tallenna tiedosto UTF-8-muodossa (Excelissä ”CSV UTF-8”) ja valitse se uudelleen, tai lue nämä rivit Windows-1252-merkistönä (vanhempi Excel) ja tarkista ne esikatselusta.',
    bulkMixedRead: 'Lue rivit Windows-1252-merkistönä',
    bulkRead1252:
      'Tiedosto ei ole UTF-8-muodossa: se luettiin Windows-1252-merkistönä (vanhemman Excelin CSV). Tarkista esikatselusta, että ä, ö ja å näkyvät oikein.',
    bulkReadMixed:
      'Windows-1252-merkistönä luetut rivit: {lines}. Muut rivit luettiin UTF-8-muodossa. Tarkista näiden rivien ä- ja ö-kirjaimet esikatselusta.',
    bulkUnclosedQuote:
      'Rivillä {line} on lainausmerkki ("), jota ei suljeta: kaikki sen jälkeen luettaisiin yhdeksi kentäksi. Sulje tai poista lainausmerkki ja tuo tiedot uudelleen. Mitään ei lisätty.',
    bulkReading: 'Taulukon lukeminen',
    bulkDelimiter: 'Erotin',
    bulkDelimiterAuto: 'Tunnista ({detected})',
    bulkTab: 'sarkain',
    bulkSemicolon: 'puolipiste (;)',
    bulkComma: 'pilkku (,)',
    bulkHasHeader: 'Ensimmäinen rivi on otsikkorivi',
    bulkMonthsAcross: 'Kuukaudet ovat sarakkeina: jokaisesta kuukauden solusta tulee oma kirjaus',
    bulkWhat: 'Mitä tuodaan',
    bulkCategory: 'Luokka',
    bulkActivityFromColumn: 'Taulukon sarakkeesta',
    bulkColumns: 'Sarakkeet',
    bulkColQuantity: 'Määrän sarake',
    bulkColUnit: 'Yksikön sarake',
    bulkColDate: 'Päivämäärän tai kuukauden sarake',
    bulkColSite: 'Toimipaikan sarake',
    bulkColActivity: 'Toiminnon sarake',
    bulkColSource: 'Lähteen sarake (tosite, lasku)',
    bulkColNote: 'Huomautukseen liitettävät sarakkeet',
    bulkNotUsed: '(ei käytössä)',
    bulkColumnN: 'Sarake {n}',
    bulkSample: 'esim. {value}',
    bulkUnitAuto: 'Tiedostosta',
    bulkNumbers: 'Lukujen muoto',
    bulkNumbersAuto: 'Tunnista',
    bulkNumbersFi: 'Suomalainen (1 234,5)',
    bulkNumbersEn: 'Englantilainen (1,234.5)',
    bulkDataQuality: 'Tiedon laatu kaikille riveille',
    bulkValuesActivity: 'Sarakkeen ”{column}” arvot: valitse kullekin toiminto',
    bulkValuesSite: 'Sarakkeen ”{column}” arvot: valitse kullekin toimipaikka',
    bulkValue: 'Arvo',
    bulkValueRows: 'Rivejä',
    bulkChoose: 'Valitse…',
    bulkNoticeConvention:
      'Osa määristä voidaan lukea kahdella tavalla (esim. 1,234 tai 1.234). Ne luettiin {convention}, koska {basis}. Vaihda lukujen muoto, jos se on toinen.',
    bulkConvFi: 'suomalaisittain (pilkku on desimaalierotin, piste erottaa tuhannet)',
    bulkConvEn: 'englantilaisittain (piste on desimaalierotin, pilkku erottaa tuhannet)',
    bulkBasisDelimiter: 'tiedoston erotin on {delimiter}',
    bulkBasisLanguage: 'käyttökieli on suomi',
    bulkBasisMajority: 'suurin osa sarakkeen luvuista on kirjoitettu niin',
    bulkNoticeDefaultUnit:
      'Tiedostossa ei ole yksikköä: määrät luettiin yksikössä {unit}. Valitse yksikkö, jos se on toinen.',
    bulkNoticeKmAsPkm: 'Matkat kilometreinä luettiin henkilökilometreiksi (yksi matkustaja riviä kohden).',
    bulkNoticeMonthOnly: 'Kuukaudet ilman vuotta luettiin vuoden {year} kuukausiksi.',
    bulkCounts: 'Lisättäviä kirjauksia {ok}, rivejä joissa on ongelma {problems}, tyhjiä rivejä {empty}.',
    bulkProblemsLeftOut:
      'Rivejä, joissa on ongelma, ei lisätä. Korjaa ne tiedostoon ja tuo se uudelleen, tai kirjaa ne käsin.',
    bulkPreview: 'Esikatselu',
    bulkPreviewCaption: 'Ensimmäiset rivit ja jokainen rivi, jossa on ongelma',
    bulkRow: 'Rivi',
    bulkStatus: 'Tila',
    bulkRowOk: 'Lisätään',
    bulkRowProblem: 'Ongelma',
    bulkMore: '… ja {n} muuta riviä ilman ongelmia.',
    bulkAdd: 'Lisää {n} kirjausta',
    bulkAddOne: 'Lisää 1 kirjaus',
    bulkWriteFailed: 'Kirjauksia ei tallennettu, mitään ei muutettu.',
    bulkNoRows: 'Taulukossa ei ole rivejä.',
    bulkNeedQuantity: 'Valitse määrän sarake.',
    bulkNeedActivity: 'Valitse toiminto tai toiminnon sarake.',
    bulkPasted: 'Liitetty taulukosta',
  },
  en: {
    bulkTitle: 'Import entries from a spreadsheet',
    bulkLead: 'Choose a CSV file or paste cells from a spreadsheet. Nothing is saved until you confirm.',
    bulkSource: 'Data',
    bulkFile: 'CSV file',
    bulkPaste: 'Or paste cells here',
    bulkPasteHint:
      'Copy the rows in your spreadsheet (Ctrl+C) and paste them here (Ctrl+V). The header row may be included.',
    bulkFileRead: 'Read the file {name} ({encoding}).',
    bulkFileTooLarge:
      'The file is too large ({size} MB) and was not read. One import takes at most {max} MB and {rows} rows: split the file (by month, for example) and import the parts one at a time.',
    bulkPasteTooLarge:
      'The pasted text is too large ({size} MB) and was not read. One import takes at most {max} MB and {rows} rows: paste the rows in parts.',
    bulkTooManyRows:
      'The table would make {rows} entries, but one import adds at most {max}. Split the file (by month, for example) and import the parts one at a time. Nothing was added.',
    bulkFileUnreadable: 'The file could not be read.',
    bulkFileBinary:
      'The file is not text (it may be an Excel workbook, .xlsx) and was not read. Save it as CSV, or copy the cells and paste them.',
    bulkMixedEncoding:
      'The file mixes two encodings: most of it is UTF-8, but line {line} (“{sample}”) is not. Lines that are not UTF-8: {count}. The file was not read, so that letters such as ä and ö are not garbled.',
    bulkMixedSave: 'Save the file as UTF-8 (in Excel, "CSV UTF-8") and choose it again.',
    bulkMixedAsk:
      'Save the file as UTF-8 (in Excel, "CSV UTF-8") and choose it again, or read those lines as Windows-1252 (older Excel) and check them in the preview.',
    bulkMixedRead: 'Read the lines as Windows-1252',
    bulkRead1252:
      'The file is not UTF-8: it was read as Windows-1252 (the CSV of older Excel). Check in the preview that ä, ö and å look right.',
    bulkReadMixed:
      'Lines read as Windows-1252: {lines}. The other lines were read as UTF-8. Check letters such as ä and ö on those lines in the preview.',
    bulkUnclosedQuote:
      'Row {line} has a quotation mark (") that is never closed: everything after it would be read as one field. Close or remove the quotation mark and import again. Nothing was added.',
    bulkReading: 'Reading the table',
    bulkDelimiter: 'Separator',
    bulkDelimiterAuto: 'Detect ({detected})',
    bulkTab: 'tab',
    bulkSemicolon: 'semicolon (;)',
    bulkComma: 'comma (,)',
    bulkHasHeader: 'The first row is a header',
    bulkMonthsAcross: "Months are columns: each month's cell becomes an entry",
    bulkWhat: 'What is imported',
    bulkCategory: 'Category',
    bulkActivityFromColumn: 'From a column of the table',
    bulkColumns: 'Columns',
    bulkColQuantity: 'Quantity column',
    bulkColUnit: 'Unit column',
    bulkColDate: 'Date or month column',
    bulkColSite: 'Site column',
    bulkColActivity: 'Activity column',
    bulkColSource: 'Source column (document, invoice)',
    bulkColNote: 'Columns added to the note',
    bulkNotUsed: '(not used)',
    bulkColumnN: 'Column {n}',
    bulkSample: 'e.g. {value}',
    bulkUnitAuto: 'From the file',
    bulkNumbers: 'Number format',
    bulkNumbersAuto: 'Detect',
    bulkNumbersFi: 'Finnish (1 234,5)',
    bulkNumbersEn: 'English (1,234.5)',
    bulkDataQuality: 'Data quality for all rows',
    bulkValuesActivity: 'Values of the column “{column}”: choose an activity for each',
    bulkValuesSite: 'Values of the column “{column}”: choose a site for each',
    bulkValue: 'Value',
    bulkValueRows: 'Rows',
    bulkChoose: 'Choose…',
    bulkNoticeConvention:
      'Some quantities can be read two ways (e.g. 1,234 or 1.234). They were read {convention} because {basis}. Change the number format if it is the other one.',
    bulkConvFi: 'the Finnish way (comma as the decimal mark, point between thousands)',
    bulkConvEn: 'the English way (point as the decimal mark, comma between thousands)',
    bulkBasisDelimiter: "the file's separator is {delimiter}",
    bulkBasisLanguage: 'the app language is English',
    bulkBasisMajority: "most of the column's numbers are written so",
    bulkNoticeDefaultUnit:
      'The file has no unit: the quantities were read in {unit}. Choose the unit if it is another one.',
    bulkNoticeKmAsPkm: 'Distances in km were read as passenger-km (one passenger per row).',
    bulkNoticeMonthOnly: 'Months without a year were read as months of {year}.',
    bulkCounts: 'Entries to add {ok}, rows with a problem {problems}, empty rows {empty}.',
    bulkProblemsLeftOut:
      'Rows with a problem are not added. Correct them in the file and import it again, or enter them by hand.',
    bulkPreview: 'Preview',
    bulkPreviewCaption: 'The first rows and every row with a problem',
    bulkRow: 'Row',
    bulkStatus: 'Status',
    bulkRowOk: 'To add',
    bulkRowProblem: 'Problem',
    bulkMore: '… and {n} more rows without problems.',
    bulkAdd: 'Add {n} entries',
    bulkAddOne: 'Add 1 entry',
    bulkWriteFailed: 'The entries were not saved; nothing was changed.',
    bulkNoRows: 'The table has no rows.',
    bulkNeedQuantity: 'Choose the quantity column.',
    bulkNeedActivity: 'Choose an activity or the activity column.',
    bulkPasted: 'Pasted from a spreadsheet',
  },
});

registerWords(BULK_UI);
