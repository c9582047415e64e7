/**
 * The accessibility statement (issue 15), after the model of the Finnish supervising authority: the standard
 * met, what is not yet accessible and why, the other way to get it, the feedback channel and the complaint
 * route. The organization and the channels are deployment settings ({org}, src/ui/statement/deployment.ts).
 * Supervision moved from the Regional State Administrative Agency for Southern Finland to the Finnish
 * Transport and Communications Agency Traficom on 1.1.2025 (government proposal HE 71/2024;
 * https://www.traficom.fi/fi/ajankohtaista/esteettomyys-ja-saavutettavuusvalvonnan-keskittamista-valmistellaan-traficomille;
 * "In Finland, the supervisory authority is Traficom": https://wcag.a11y.ing/en/eu-requirements/web-accessibility-directive/requirements-for-public-sector-websites-and-mobile-applications).
 */
import { defineWords } from './defineWords';
import { registerWords } from './ui';

export const STATEMENT_UI = defineWords({
  fi: {
    stTitle: 'Saavutettavuusseloste',
    stIntro:
      '{org} pyrkii siihen, että Päästölaskuri on saavutettava digitaalisten palvelujen tarjoamisesta annetun lain (306/2019) mukaisesti. Tämä seloste koskee Päästölaskuri-sovellusta sekä sen tekemiä PDF-raportteja ja tiedostoja.',
    stStatusHeading: 'Saavutettavuuden tila',
    stStatus:
      'Päästölaskuri täyttää verkkosisällön saavutettavuusohjeiden WCAG 2.1 A- ja AA-tason vaatimukset osittain (standardi EN 301 549). Tiedossa olevat puutteet luetellaan alla.',
    stGapsHeading: 'Sisältö, joka ei ole vielä saavutettavaa',
    stGapPdf:
      'PDF-raportti: raportti on merkitty rakenteeltaan (otsikot, taulukot ja niiden otsikkosolut, kuvaajien tekstivastineet, kieli ja otsikko), mutta se käyttää PDF:n vakiofonttia Helvetica, jota ei upoteta tiedostoon. Siksi raportti ei täytä PDF/UA-standardia, eikä sitä ole tarkistettu PDF/UA-validaattorilla. Vakiofontti kattaa länsieurooppalaisen merkistön (Windows-1252): suomen ja ruotsin kirjaimet, €, ² ja ³ näkyvät oikein. Merkistön ulkopuolisia merkkejä voi olla vain käyttäjien kirjoittamissa nimissä ja teksteissä, ja raportti yksinkertaistaa ne: ₂ näkyy numerona 2, Č kirjaimena C ja saamen đ kirjaimena d, ja merkki, jolla ei ole vastinetta latinalaisin kirjaimin (esimerkiksi kreikan Ω), näkyy kysymysmerkkinä. Asiakirjan otsikko ja ruudunlukijalle annettava teksti säilyttävät alkuperäiset merkit. Sama sisältö alkuperäisin merkein on sovelluksen tulossivulla ja CSV-tiedostossa.',
    stGapManual:
      'Saavutettavuutta ei ole vielä arvioinut ulkopuolinen asiantuntija, eikä sitä ole testattu ruudunlukijoiden käyttäjien kanssa. Puutteita voi siksi olla myös muualla kuin tässä luetellut.',
    stAlternativeHeading: 'Vaihtoehtoinen tapa saada tiedot',
    stAlternative:
      'Kaikki raportin luvut näkyvät myös sovelluksen tulossivulla taulukkoina, ja ne saa CSV-tiedostona, jonka voi avata taulukkolaskentaohjelmalla. Kuvaajien luvut ovat aina myös taulukkona kuvaajan vieressä. Jos et pysty käyttämään jotakin osaa, pyydä tiedot toisessa muodossa palautekanavan kautta.',
    stAssessedHeading: 'Miten saavutettavuus on arvioitu',
    stAssessed:
      'Arvio on itsearvio. Jokainen sivu ja tila (tyhjänä, tietojen kanssa, virheiden kanssa, tuonnin esikatselu, ohjatun haastattelun vaiheet, verkoston yleiskuva) tarkistetaan automaattisesti axe-core-työkalulla Chromium-selaimessa jokaisen muutoksen yhteydessä, ja testi tekee raportin pelkällä näppäimistöllä. Sivut tarkistetaan myös 320 pikselin leveydellä ja 200 %:n suurennoksella.',
    stFeedbackHeading: 'Anna palautetta saavutettavuudesta',
    stFeedback:
      'Huomasitko puutteen, jota ei ole kerrottu tässä? Voit myös pyytää sisältöä, joka ei ole saavutettavaa, sinulle sopivassa muodossa. {org} vastaa palautteeseen 14 päivän kuluessa.',
    stFeedbackEmail: 'Sähköposti: {email}',
    stFeedbackUrl: 'Palautelomake: {url}',
    stFeedbackPhone: 'Puhelin: {phone}',
    stFeedbackMissing:
      'Tämän asennuksen ylläpitäjä ei ole vielä ilmoittanut palautekanavaa. Ota yhteyttä organisaatioon, joka antoi sovelluksen käyttöösi ({org}).',
    stAuthorityHeading: 'Valvontaviranomainen',
    stAuthority:
      'Jos et ole tyytyväinen saamaasi vastaukseen tai et saa vastausta kahden viikon kuluessa, voit tehdä ilmoituksen valvontaviranomaiselle. Saavutettavuusvaatimusten noudattamista valvoo Liikenne- ja viestintävirasto Traficom. Ohjeet ilmoituksen tekemiseen ovat sivustolla {site}.',
    stDated: 'Seloste on laadittu {date}. Sovelluksen versio {version}.',
  },
  en: {
    stTitle: 'Accessibility statement',
    stIntro:
      '{org} aims to make Päästölaskuri accessible in line with the Act on the Provision of Digital Services (306/2019). This statement covers the Päästölaskuri app and the PDF reports and files it makes.',
    stStatusHeading: 'Compliance status',
    stStatus:
      'Päästölaskuri partially meets the level A and AA requirements of the Web Content Accessibility Guidelines WCAG 2.1 (standard EN 301 549). The known shortcomings are listed below.',
    stGapsHeading: 'Content that is not yet accessible',
    stGapPdf:
      'PDF report: the report is tagged (headings, tables and their header cells, text alternatives for charts, language and title), but it uses the standard PDF font Helvetica, which is not embedded in the file. The report therefore does not meet the PDF/UA standard, and it has not been checked with a PDF/UA validator. The standard font covers the Western European character set (Windows-1252): Finnish and Swedish letters, €, ² and ³ show correctly. Characters outside it can occur only in names and texts that users type, and the report simplifies them: ₂ shows as the digit 2, Č as C and the Sámi đ as d, and a character with no Latin form (such as the Greek Ω) shows as a question mark. The document title and the text given to screen readers keep the original characters. The same content, with the original characters, is on the app’s results page and in the CSV file.',
    stGapManual:
      'Accessibility has not yet been assessed by an outside expert, nor tested with screen-reader users. There may therefore be shortcomings other than those listed here.',
    stAlternativeHeading: 'Another way to get the information',
    stAlternative:
      'Every figure of the report is also shown in tables on the app’s results page and can be downloaded as a CSV file, which opens in a spreadsheet program. The figures of a chart are always in a table beside it as well. If you cannot use a part of the app, ask for the information in another form through the feedback channel.',
    stAssessedHeading: 'How accessibility was assessed',
    stAssessed:
      'This is a self-assessment. Every page and state (empty, with data, with errors, the import preview, the steps of the guided interview, the network overview) is checked automatically with axe-core in the Chromium browser at every change, and a test makes a report with the keyboard alone. The pages are also checked at a width of 320 pixels and at 200 % zoom.',
    stFeedbackHeading: 'Give feedback on accessibility',
    stFeedback:
      'Did you notice a shortcoming not described here? You can also ask for content that is not accessible in a form that suits you. {org} answers feedback within 14 days.',
    stFeedbackEmail: 'Email: {email}',
    stFeedbackUrl: 'Feedback form: {url}',
    stFeedbackPhone: 'Phone: {phone}',
    stFeedbackMissing:
      'Whoever runs this copy of the app has not yet given a feedback channel. Contact the organization that gave you the app ({org}).',
    stAuthorityHeading: 'Supervisory authority',
    stAuthority:
      'If you are not satisfied with the answer you receive, or you receive no answer within two weeks, you can notify the supervisory authority. Compliance with the accessibility requirements is supervised by the Finnish Transport and Communications Agency Traficom. How to make a notification is explained at {site}.',
    stDated: 'This statement was prepared on {date}. App version {version}.',
  },
  sv: {
    stTitle: 'Tillgänglighetsutlåtande',
    stIntro:
      '{org} strävar efter att Päästölaskuri ska vara tillgänglig enligt lagen om tillhandahållande av digitala tjänster (306/2019). Detta utlåtande gäller appen Päästölaskuri och de PDF-rapporter och filer som den skapar.',
    stStatusHeading: 'Tillgänglighetsstatus',
    stStatus:
      'Päästölaskuri uppfyller delvis kraven på nivå A och AA i riktlinjerna för tillgängligt webbinnehåll WCAG 2.1 (standarden EN 301 549). Kända brister räknas upp nedan.',
    stGapsHeading: 'Innehåll som ännu inte är tillgängligt',
    stGapPdf:
      'PDF-rapport: rapporten är strukturmärkt (rubriker, tabeller och deras rubrikceller, textalternativ för diagram, språk och titel), men den använder PDF-standardtypsnittet Helvetica, som inte bäddas in i filen. Därför uppfyller rapporten inte standarden PDF/UA, och den har inte kontrollerats med en PDF/UA-validerare. Standardtypsnittet omfattar den västeuropeiska teckenuppsättningen (Windows-1252): finska och svenska bokstäver, €, ² och ³ visas rätt. Tecken utanför den kan förekomma bara i namn och texter som användarna skriver, och rapporten förenklar dem: ₂ visas som siffran 2, Č som C och samiskans đ som d, och ett tecken utan latinsk motsvarighet (till exempel grekiskans Ω) visas som ett frågetecken. Dokumentets titel och texten som skärmläsare får behåller de ursprungliga tecknen. Samma innehåll med de ursprungliga tecknen finns på appens resultatsida och i CSV-filen.',
    stGapManual:
      'Tillgängligheten har ännu inte bedömts av en utomstående expert och inte testats tillsammans med användare av skärmläsare. Det kan därför finnas brister även på andra ställen än de som räknas upp här.',
    stAlternativeHeading: 'Ett annat sätt att få informationen',
    stAlternative:
      'Alla siffror i rapporten visas också i tabeller på appens resultatsida och kan laddas ner som en CSV-fil, som öppnas i ett kalkylprogram. Siffrorna i ett diagram finns alltid också i en tabell bredvid diagrammet. Om du inte kan använda någon del av appen kan du be om informationen i en annan form via responskanalen.',
    stAssessedHeading: 'Hur tillgängligheten har bedömts',
    stAssessed:
      'Bedömningen är en självbedömning. Varje sida och varje läge (tom, med uppgifter, med fel, förhandsvisningen av en import, stegen i den guidade intervjun, nätverkets översikt) kontrolleras automatiskt med verktyget axe-core i webbläsaren Chromium vid varje ändring, och ett test gör en rapport enbart med tangentbordet. Sidorna kontrolleras också med en bredd på 320 pixlar och med 200 % förstoring.',
    stFeedbackHeading: 'Ge respons om tillgängligheten',
    stFeedback:
      'Märkte du en brist som inte beskrivs här? Du kan också be att få innehåll som inte är tillgängligt i en form som passar dig. {org} svarar på responsen inom 14 dagar.',
    stFeedbackEmail: 'E-post: {email}',
    stFeedbackUrl: 'Responsblankett: {url}',
    stFeedbackPhone: 'Telefon: {phone}',
    stFeedbackMissing:
      'Den som driver den här installationen har ännu inte angett någon responskanal. Kontakta den organisation som gav dig appen ({org}).',
    stAuthorityHeading: 'Tillsynsmyndighet',
    stAuthority:
      'Om du inte är nöjd med svaret du får eller inte får något svar inom två veckor kan du göra en anmälan till tillsynsmyndigheten. Transport- och kommunikationsverket Traficom övervakar att tillgänglighetskraven följs. Anvisningar om hur du gör en anmälan finns på webbplatsen {site}.',
    stDated: 'Utlåtandet har utarbetats den {date}. Appens version {version}.',
  },
});

registerWords(STATEMENT_UI);

/** The supervising authority's site for notifications, in each language (the site serves all three). */
export const AUTHORITY_SITE = {
  fi: 'https://www.saavutettavuusvaatimukset.fi',
  sv: 'https://www.tillganglighetskrav.fi',
  en: 'https://www.webaccessibility.fi',
} as const;

/** The day the statement's content was last reviewed (ISO); updated with the content. */
export const STATEMENT_DATE = '2026-12-06';
