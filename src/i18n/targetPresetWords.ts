/**
 * Words of climate targets (issue 12), in Finnish, English and Swedish (registered with ui.ts when this module loads):
 * the presets of src/core/targetPresets.ts (`tgPreset_<preset>`, and by their ids `tgTarget_`, `tgRule_`,
 * `tgAssume_`, `tgElig_`), the target form's problems, keyed `tgProblem_<problem>` by src/core/progress.ts's
 * ProgressProblem, and the metrics an intensity target divides by, `tgMetric_<metric>`. A test checks every
 * id has its words.
 */

import type { TargetMetric, TargetPreset } from '../core/commitment';
import type { ProgressProblem } from '../core/progress';
import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';
import { registerWords } from './ui';

export const TARGET_WORDS = defineWords({
  fi: {
    'tgPreset_sbti-sme': 'SBTi:n pk-yritysten lähiajan tavoite',
    'tgPreset_sme-climate-hub': 'SME Climate Hub -sitoumus',
    'tgPreset_chamber-2035': 'Keskuskauppakamarin Ilmastositoumus',
    tgPreset_own: 'Oma tavoite',
    tgTarget_sbtiNearTerm: 'Scope 1 ja 2 vähenevät 4,2 % vuodessa vuoteen 2030',
    tgTarget_hubHalf2030: 'Päästöt puoleen vuoteen 2030 mennessä',
    tgTarget_hubNetZero2050: 'Nettonolla vuoteen 2050 mennessä',
    tgTarget_chamberNeutral2035: 'Hiilineutraali vuoteen 2035 mennessä',
    tgRule_sbtiNearTerm:
      'Scope 1- ja scope 2 -päästöjä vähennetään vuoteen 2030 mennessä perusvuoden päästöistä 4,2 % jokaista vuotta kohti, esimerkiksi 42 % vuodesta 2020 vuoteen 2030. Scope 3 -päästöille pk-yrityksen ei tarvitse asettaa tavoitetta, mutta ne pitää mitata ja niitä pitää vähentää.',
    tgRule_hubHalf2030:
      'Yritys puolittaa kasvihuonekaasupäästönsä ennen vuotta 2030 ja kertoo edistymisestään joka vuosi.',
    tgRule_hubNetZero2050:
      'Yritys saavuttaa nettonollan ennen vuotta 2050: päästöt vähenevät tieteeseen perustuvaa polkua pitkin kaikissa scopeissa, ja jäljelle jäävät päästöt poistetaan ilmakehästä pysyvästi.',
    tgRule_chamberNeutral2035:
      'Yritys on hiilineutraali vuoteen 2035 mennessä. Kompensaatioiden osuus saa olla enintään 20 % päästöistä. Yritys laatii suunnitelman päästöjen vähentämisestä ja raportoi edistymisestä joka vuosi.',
    tgAssume_sbtiRate:
      'SBTi:n mukaan pk-yrityksen lähiajan tavoite on vuoteen 2030 ennalta määrätystä perusvuodesta, mutta muiden perusvuosien vähennysprosenttia emme pystyneet lukemaan SBTi:n omista asiakirjoista. Sovellus käyttää 1,5 asteen tavoitteen lineaarista vauhtia, 4,2 % perusvuoden päästöistä vuodessa. Tarkista luku SBTi:n lomakkeelta ennen kuin ilmoitat tavoitteen.',
    tgAssume_scope2Market:
      'Sitoumus ei kerro, lasketaanko scope 2 sijainti- vai markkinaperusteisesti. Sovellus käyttää markkinaperusteista tapaa, koska se näyttää yrityksen omat sähkö- ja lämpösopimukset. Voit vaihtaa tavan; samaa tapaa käytetään kaikkina vuosina.',
    tgAssume_hubHalfBoundary:
      'Sitoumuksen tekstissä ei sanota, mitä scopeja puolittaminen koskee. Sovellus asettaa tavoitteen scope 1:lle ja scope 2:lle vuodeksi 2030. Lisää ne scope 3 -luokat, jotka olette laskeneet, jos haluatte ne mukaan.',
    tgAssume_netZero90:
      'SME Climate Hubin ohjeen mukaan jäljelle jäävät päästöt saavat olla enintään 10 % perusvuoden päästöistä, ja SBTi:n nettonollastandardi edellyttää 90–95 %:n vähennystä vuoteen 2050. Sovellus mallintaa nettonollan 90 %:n vähennyksenä kaikista scopeista vuoteen 2050.',
    tgAssume_chamberOffsets:
      'Sovellus tulkitsee kompensaatioiden 20 %:n rajan perusvuoden päästöistä: päästöjä pitää vähentää vähintään 80 % vuoteen 2035 mennessä, ja loput voi kompensoida.',
    tgAssume_chamberBoundary:
      'Sitoumus painottaa suoria päästöjä, energian käytön päästöjä, tavarakuljetuksia ja henkilöiden liikkumista. Sovellus ottaa mukaan scope 1:n, scope 2:n sekä luokat ostetut kuljetukset, myytyjen tuotteiden kuljetukset, liikematkat ja henkilöstön työmatkat. Lisää ostetut tuotteet ja palvelut, jos niiden päästöt ovat suuret.',
    tgEligAll: 'Kaikkien näiden ehtojen pitää täyttyä:',
    tgEligSome: 'Näistä ehdoista vähintään {n} pitää täyttyä:',
    tgElig_under10kt:
      'Scope 1- ja sijaintiperusteiset scope 2 -päästöt ovat yhteensä alle 10 000 tonnia CO2e.',
    tgElig_notFinanceOrOilGas: 'Yritys ei ole rahoituslaitos eikä öljy- ja kaasualan yritys.',
    tgElig_noSectorMethod:
      'Yrityksen ei tarvitse käyttää SBTi:n toimialakohtaisia menetelmiä tavoitteensa asettamiseen.',
    tgElig_notSubsidiary:
      'Yritys ei ole sellaisen emoyhtiön tytäryhtiö, jonka konserni kuuluu SBTi:n tavalliseen arviointiin.',
    tgElig_under250Employees: 'Yrityksessä on alle 250 työntekijää.',
    tgElig_turnoverUnder50M: 'Liikevaihto on alle 50 miljoonaa euroa.',
    tgElig_assetsUnder25M: 'Taseen loppusumma on alle 25 miljoonaa euroa.',
    tgElig_notFlag:
      'Yritys ei kuulu maa- ja metsätalouden (FLAG) aloihin, joille SBTi edellyttää omat tavoitteet.',
    'tgProblem_boundary-empty':
      'Valitse, mitä päästöjä tavoite koskee: scope 1, scope 2 tai vähintään yksi scope 3 -luokka.',
    'tgProblem_metric-not-chosen':
      'Valitse, mihin päästöt suhteutetaan: henkilöstöön, liikevaihtoon, pinta-alaan vai tuotantoon.',
    'tgProblem_base-year-not-calculated':
      'Vuodelta {year} ei ole laskettuja päästöjä. Kirjaa ensin vuoden {year} tiedot tai valitse perusvuodeksi vuosi, jonka päästöt on laskettu.',
    'tgProblem_base-year-metric-missing':
      'Vuoden {year} tunnusluvuista puuttuu {metric}. Lisää se vuoden asetuksiin tai valitse toinen suhdeluku.',
    'tgProblem_base-year-negative':
      'Perusvuoden {year} päästöt jäävät tavoitteen rajauksessa alle nollan, joten vähennystä ei voi laskea. Tarkista vuoden kirjaukset.',
    'tgProblem_target-before-base': 'Tavoitevuoden pitää olla perusvuoden {year} jälkeen.',
    'tgProblem_reduction-out-of-range': 'Kirjoita vähennys prosentteina väliltä 0–100.',
    tgMetric_fte: 'henkilöstö (htv)',
    'tgMetric_revenue-meur': 'liikevaihto',
    'tgMetric_floor-area-m2': 'pinta-ala',
    tgMetric_production: 'tuotanto',
  },
  en: {
    'tgPreset_sbti-sme': 'SBTi near-term target for SMEs',
    'tgPreset_sme-climate-hub': 'SME Climate Hub commitment',
    'tgPreset_chamber-2035': 'Finland Chamber of Commerce Climate Commitment',
    tgPreset_own: 'Own target',
    tgTarget_sbtiNearTerm: 'Scope 1 and 2 down 4.2% a year to 2030',
    tgTarget_hubHalf2030: 'Emissions halved by 2030',
    tgTarget_hubNetZero2050: 'Net zero by 2050',
    tgTarget_chamberNeutral2035: 'Carbon neutral by 2035',
    tgRule_sbtiNearTerm:
      'Scope 1 and Scope 2 emissions are cut by 2030 by 4.2% of the base year’s emissions for every year, for example 42% from 2020 to 2030. An SME needs no Scope 3 target, but it must measure and reduce its Scope 3 emissions.',
    tgRule_hubHalf2030:
      'The company halves its greenhouse gas emissions before 2030 and discloses its progress every year.',
    tgRule_hubNetZero2050:
      'The company reaches net zero before 2050: emissions fall along a science-based pathway in every scope, and the emissions left are removed from the atmosphere permanently.',
    tgRule_chamberNeutral2035:
      'The company is carbon neutral by 2035. Offsets may be at most 20% of emissions. The company makes a plan for cutting its emissions and reports its progress every year.',
    tgAssume_sbtiRate:
      'According to the SBTi, an SME’s near-term target runs to 2030 from a predefined base year, but we could not read the reduction for other base years in the SBTi’s own documents. The app uses the linear rate of the 1.5 °C goal, 4.2% of the base year’s emissions a year. Check the figure on the SBTi’s form before you submit the target.',
    tgAssume_scope2Market:
      'The commitment does not say whether Scope 2 is location- or market-based. The app uses market-based, which shows the company’s own electricity and heat contracts. You can change it; the same method is used in every year.',
    tgAssume_hubHalfBoundary:
      'The commitment’s text does not say which scopes the halving covers. The app sets the target on Scope 1 and Scope 2 for 2030. Add the Scope 3 categories you have calculated if you want them included.',
    tgAssume_netZero90:
      'The SME Climate Hub’s guidance says the emissions left may be at most 10% of the base year’s, and the SBTi’s net-zero standard asks for cuts of 90–95% by 2050. The app models net zero as a 90% cut in all scopes by 2050.',
    tgAssume_chamberOffsets:
      'The app reads the 20% limit on offsets as 20% of the base year’s emissions: emissions must be cut by at least 80% by 2035, and the rest may be offset.',
    tgAssume_chamberBoundary:
      'The commitment focuses on direct emissions, the emissions of energy use, goods transport and people’s travel. The app includes Scope 1, Scope 2 and the categories upstream transportation, downstream transportation, business travel and employee commuting. Add purchased goods and services if their emissions are large.',
    tgEligAll: 'All of these conditions must hold:',
    tgEligSome: 'At least {n} of these conditions must hold:',
    tgElig_under10kt: 'Scope 1 and location-based Scope 2 emissions are together under 10,000 tonnes CO2e.',
    tgElig_notFinanceOrOilGas: 'The company is not a financial institution or an oil and gas company.',
    tgElig_noSectorMethod:
      'The company is not required to set its targets with the SBTi’s sector-specific methods.',
    tgElig_notSubsidiary:
      'The company is not a subsidiary of a parent whose group falls in the SBTi’s standard validation route.',
    tgElig_under250Employees: 'The company has fewer than 250 employees.',
    tgElig_turnoverUnder50M: 'Turnover is under 50 million euros.',
    tgElig_assetsUnder25M: 'Total assets are under 25 million euros.',
    tgElig_notFlag:
      'The company is not in a forest, land and agriculture (FLAG) sector for which the SBTi requires its own targets.',
    'tgProblem_boundary-empty':
      'Choose which emissions the target covers: Scope 1, Scope 2 or at least one Scope 3 category.',
    'tgProblem_metric-not-chosen':
      'Choose what emissions are divided by: employees, revenue, floor area or production.',
    'tgProblem_base-year-not-calculated':
      'There are no calculated emissions for {year}. Enter the year {year} first, or choose a base year whose emissions are calculated.',
    'tgProblem_base-year-metric-missing':
      'The key figures of {year} have no {metric}. Add it in the year’s settings or choose another measure.',
    'tgProblem_base-year-negative':
      'Within the target’s boundary the emissions of the base year {year} are below zero, so no reduction can be measured from them. Check the year’s entries.',
    'tgProblem_target-before-base': 'The target year must come after the base year {year}.',
    'tgProblem_reduction-out-of-range': 'Write the reduction as a percentage from 0 to 100.',
    tgMetric_fte: 'employees (FTE)',
    'tgMetric_revenue-meur': 'revenue',
    'tgMetric_floor-area-m2': 'floor area',
    tgMetric_production: 'production',
  },
  sv: {
    'tgPreset_sbti-sme': 'SBTi:s kortsiktiga mål för små och medelstora företag',
    'tgPreset_sme-climate-hub': 'SME Climate Hub-åtagandet',
    'tgPreset_chamber-2035': 'Centralhandelskammarens Klimatåtagande',
    tgPreset_own: 'Eget mål',
    tgTarget_sbtiNearTerm: 'Scope 1 och 2 minskar med 4,2 % per år fram till 2030',
    tgTarget_hubHalf2030: 'Utsläppen halverade senast 2030',
    tgTarget_hubNetZero2050: 'Nettonoll senast 2050',
    tgTarget_chamberNeutral2035: 'Koldioxidneutral senast 2035',
    tgRule_sbtiNearTerm:
      'Utsläppen i Scope 1 och Scope 2 minskas fram till 2030 med 4,2 % av basårets utsläpp för varje år, till exempel med 42 % från 2020 till 2030. Ett litet eller medelstort företag behöver inte sätta något mål för utsläppen i Scope 3, men det måste mäta och minska dem.',
    tgRule_hubHalf2030:
      'Företaget halverar sina växthusgasutsläpp före 2030 och redogör för sina framsteg varje år.',
    tgRule_hubNetZero2050:
      'Företaget når nettonoll före 2050: utsläppen minskar längs en vetenskapligt grundad bana i alla scope, och de utsläpp som återstår avlägsnas permanent ur atmosfären.',
    tgRule_chamberNeutral2035:
      'Företaget är koldioxidneutralt senast 2035. Kompensationernas andel får vara högst 20 % av utsläppen. Företaget gör upp en plan för att minska sina utsläpp och rapporterar om framstegen varje år.',
    tgAssume_sbtiRate:
      'Enligt SBTi gäller ett litet eller medelstort företags kortsiktiga mål fram till 2030 från ett på förhand bestämt basår, men minskningsprocenten för andra basår kunde vi inte läsa i SBTi:s egna dokument. Appen använder den linjära takten för 1,5-gradersmålet, 4,2 % av basårets utsläpp per år. Kontrollera siffran på SBTi:s formulär innan du anmäler målet.',
    tgAssume_scope2Market:
      'Åtagandet säger inte om Scope 2 räknas platsbaserat eller marknadsbaserat. Appen använder det marknadsbaserade sättet, eftersom det visar företagets egna el- och värmeavtal. Du kan byta sätt; samma sätt används för alla år.',
    tgAssume_hubHalfBoundary:
      'Åtagandets text säger inte vilka scope halveringen gäller. Appen sätter målet för Scope 1 och Scope 2 för år 2030. Lägg till de kategorier i Scope 3 som du har räknat ut, om du vill ha med dem.',
    tgAssume_netZero90:
      'Enligt SME Climate Hubs anvisning får de utsläpp som återstår vara högst 10 % av basårets utsläpp, och SBTi:s standard för nettonoll kräver en minskning på 90–95 % till 2050. I appen motsvarar nettonoll en minskning på 90 % i alla scope till 2050.',
    tgAssume_chamberOffsets:
      'Appen tolkar gränsen på 20 % för kompensationer som 20 % av basårets utsläpp: utsläppen måste minska med minst 80 % till 2035, och resten får kompenseras.',
    tgAssume_chamberBoundary:
      'Åtagandet betonar direkta utsläpp, utsläpp från energianvändning, godstransporter och personers resor. Appen tar med Scope 1, Scope 2 samt kategorierna köpta transporter, transporter av sålda produkter, affärsresor och anställdas pendling. Lägg till inköpta varor och tjänster om deras utsläpp är stora.',
    tgEligAll: 'Alla dessa villkor måste uppfyllas:',
    tgEligSome: 'Minst {n} av dessa villkor måste uppfyllas:',
    tgElig_under10kt:
      'Utsläppen i Scope 1 och de platsbaserade utsläppen i Scope 2 är sammanlagt under 10 000 ton CO2e.',
    tgElig_notFinanceOrOilGas:
      'Företaget är varken ett finansinstitut eller ett företag inom olje- och gasbranschen.',
    tgElig_noSectorMethod:
      'Företaget behöver inte använda SBTi:s branschspecifika metoder för att sätta sitt mål.',
    tgElig_notSubsidiary:
      'Företaget är inte dotterbolag till ett moderbolag vars koncern bedöms enligt SBTi:s vanliga förfarande.',
    tgElig_under250Employees: 'Företaget har färre än 250 anställda.',
    tgElig_turnoverUnder50M: 'Omsättningen är under 50 miljoner euro.',
    tgElig_assetsUnder25M: 'Balansomslutningen är under 25 miljoner euro.',
    tgElig_notFlag:
      'Företaget hör inte till jord- och skogsbrukets branscher (FLAG), för vilka SBTi kräver egna mål.',
    'tgProblem_boundary-empty':
      'Välj vilka utsläpp målet gäller: Scope 1, Scope 2 eller minst en kategori i Scope 3.',
    'tgProblem_metric-not-chosen':
      'Välj vad utsläppen ska sättas i förhållande till: personal, omsättning, yta eller produktion.',
    'tgProblem_base-year-not-calculated':
      'Det finns inga uträknade utsläpp för år {year}. För först in uppgifterna för år {year} eller välj som basår ett år vars utsläpp har räknats ut.',
    'tgProblem_base-year-metric-missing':
      'Bland nyckeltalen för år {year} saknas {metric}. Lägg till det i årets inställningar eller välj ett annat nyckeltal.',
    'tgProblem_base-year-negative':
      'Utsläppen för basåret {year} blir under noll inom målets avgränsning, så minskningen kan inte räknas ut. Kontrollera årets poster.',
    'tgProblem_target-before-base': 'Målåret måste komma efter basåret {year}.',
    'tgProblem_reduction-out-of-range': 'Skriv minskningen i procent mellan 0 och 100.',
    tgMetric_fte: 'personal (årsverken)',
    'tgMetric_revenue-meur': 'omsättning',
    'tgMetric_floor-area-m2': 'golvyta',
    tgMetric_production: 'produktion',
  },
});

registerWords(TARGET_WORDS);

type TargetWord = keyof (typeof TARGET_WORDS)['fi'];

function has(key: string): key is TargetWord {
  return Object.hasOwn(TARGET_WORDS.fi, key);
}

/** A word of this catalogue by a key made from an id; throws for a key without words (a test reads them all). */
export function targetWord(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  if (!has(key)) throw new Error(`No target words for ${key}`);
  return TARGET_WORDS[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

/** A preset's name ("SBTi:n pk-yritysten lähiajan tavoite"). */
export function presetWord(lang: Lang, preset: TargetPreset): string {
  return targetWord(lang, `tgPreset_${preset}`);
}

/** An intensity target's metric in words ("henkilöstö (htv)"). */
export function metricWord(lang: Lang, metric: TargetMetric): string {
  return targetWord(lang, `tgMetric_${metric}`);
}

/**
 * A problem of a target, said beside its field. `baseYear` fills {year}; the base year's problems name it,
 * and a target year before the base says which base year it must follow.
 */
export function targetProblemWord(
  lang: Lang,
  problem: ProgressProblem,
  target: { baseYear: number; metric?: TargetMetric | undefined },
): string {
  const metric = target.metric ? metricWord(lang, target.metric) : '';
  return targetWord(lang, `tgProblem_${problem}`, { year: target.baseYear, metric });
}
