/**
 * The Swedish words of the opening interview and the data checklist (assembled in uiInterview.ts). A student
 * reads the questions aloud to the partner, so they are written as one would ask them.
 */
import type { InterviewWords } from './uiInterviewFi';

export const INTERVIEW_SV: InterviewWords = {
  ivTitle: 'Inledande frågor för år {year}',
  ivLead:
    'Svara på några frågor om företagets verksamhet. Utifrån svaren visar appen vilka utsläppskategorier som gäller företaget och markerar de övriga som inte väsentliga, med en motivering som du kan redigera. Om du inte vet, välj ”Jag vet inte”: då blir kategorin kvar att göra. Svaren sparas genast, och du kan ändra dem senare.',
  ivSuggested:
    'Utifrån branschen {sector} har en del av svaren valts på förhand och märkts med ordet ”förslag”. Kontrollera dem: förslagen sparas först när du bekräftar dem.',
  ivNoSector:
    'Om du lägger till partnerns bransch i uppgifterna (en TOL 2008-kod, till exempel 10.71 bageri) får du färdiga förslag till svar.',
  ivSuggestionTag: 'förslag',
  ivConcerns: 'Gäller kategorierna: {categories}',
  ivConfirm: 'Spara svaren och gå till årets uppgifter',
  ivSkip: 'Hoppa över frågorna: alla kategorier blir kvar att göra',
  ivYes: 'Ja',
  ivNo: 'Nej',
  ivUnknown: 'Jag vet inte',
  ivConflict:
    'Enligt ditt svar gäller kategorin ”{category}” inte företaget, men den har poster: {n}. Vad ska göras med dem?',
  ivKeep: 'Behåll posterna',
  ivDelete: 'Ta bort posterna',
  ivKept: 'Posterna behålls, och kategorin räknas med.',
  ivConfirmDelete: 'Vill du ta bort posterna i kategorin ”{category}” ({n})? Det går inte att ångra.',
  ivEditAnswers: 'Redigera svaren på de inledande frågorna',
  ivStartInterview: 'Svara på de inledande frågorna: vilka kategorier gäller företaget',
  ivChecklistLink: 'Datachecklista: vilka underlag som behövs',
  ivGroupCounts: 'registrerade {entries} · att göra {todo} · inte väsentliga {notRelevant}',
  ivStateEntries: 'registrerad',
  ivStateTodo: 'att göra',
  ivStateNotRelevant: 'inte väsentlig',
  ivScope: 'Scope {n}',
  ivNotRelevantHeading: 'Kategorier som inte är väsentliga',
  ivTheme_energy: 'Köpt energi',
  ivTheme_fuels: 'Fordon och bränslen',
  ivTheme_refrigerants: 'Köldmedier',
  ivTheme_travel: 'Resor och transporter',
  ivTheme_purchases: 'Inköp',
  ivTheme_waste: 'Avfall',
  ivTheme_sold: 'Sålda produkter',
  ivTheme_assets: 'Hyrda lokaler, franchising och investeringar',

  ivQ_electricity: 'Varifrån kommer elen som företaget använder?',
  ivA_electricity_contract: 'Vi har ett eget elavtal',
  ivA_electricity_rent: 'Elen ingår i hyran eller så fakturerar hyresvärden den',
  ivA_electricity_none: 'Vi använder ingen köpt el',
  ivQ_heat: 'Hur värms lokalerna upp?',
  ivA_heat_district: 'Med fjärrvärme, vi har ett eget avtal',
  ivA_heat_rent: 'Uppvärmningen ingår i hyran',
  ivA_heat_other: 'Med egen panna eller med el (ingen värme köps)',
  ivQ_cooling: 'Köper företaget fjärrkyla?',
  ivA_cooling_district: 'Ja',
  ivA_cooling_none: 'Nej',
  ivQ_steam: 'Köper företaget ånga för sina produktionsprocesser?',
  ivQ_vehicles: 'Har företaget fordon eller arbetsmaskiner?',
  ivA_vehicles_own: 'Ja, egna',
  ivA_vehicles_leased: 'Ja, leasade eller hyrda fordon',
  ivA_vehicles_none: 'Nej',
  ivQ_fuels: 'Eldar företaget något bränsle i egna pannor, ugnar eller reservkraftverk?',
  ivA_fuels_none: 'Nej',
  ivA_fuels_oil: 'Ja, olja',
  ivA_fuels_gas: 'Ja, naturgas eller flytgas',
  ivA_fuels_wood: 'Ja, pellets eller flis',
  ivA_fuels_other: 'Ja, något annat bränsle',
  ivQ_process:
    'Uppstår det gasutsläpp i verksamheten på annat sätt än genom förbränning (till exempel kemiska reaktioner, kolsyra som används i produktionen, boskap)?',
  ivQ_refrigeration: 'Har företaget kylanläggningar, kylrum, luftkonditionering eller värmepumpar?',
  ivA_refrigeration_serviced:
    'Ja, utrustning som ett serviceföretag underhåller och fyller på (kylrum, kyldiskar, luftkonditionering, värmepumpar)',
  ivA_refrigeration_small: 'Bara vanliga kylskåp och frysar',
  ivA_refrigeration_none: 'Nej',
  ivQ_travel:
    'Reser någon i arbetet (flyg, tåg, taxiresor, hotellnätter, körningar i tjänsten med egen bil)?',
  ivQ_commuting: 'Har företaget anställda som pendlar mellan hemmet och arbetsplatsen?',
  ivQ_freightIn:
    'Betalar företaget för godstransporter (leveranser av råvaror och varor, försändelser med ett transportföretag)?',
  ivQ_freightOut:
    'Transporteras sålda produkter till kunderna så att någon annan än företaget betalar för transporten?',
  ivQ_capital: 'Skaffade företaget maskiner, utrustning, fordon eller byggnader under året?',
  ivQ_waste: 'Uppstår det avfall i verksamheten (blandavfall, bioavfall, kartong, plast)?',
  ivQ_products: 'Säljer företaget produkter?',
  ivA_products_none: 'Nej, bara tjänster',
  ivA_products_final: 'Ja, färdiga produkter till användarna',
  ivA_products_intermediate: 'Ja, råvaror eller delar som andra företag förädlar',
  ivQ_productEnergy:
    'Förbrukar de sålda produkterna energi eller bränsle när de används (apparater, maskiner, fordon, bränslen)?',
  ivQ_leasedIn:
    'Hyr företaget lokaler eller utrustning vars energi inte syns i företagets egna el- och värmeräkningar?',
  ivQ_leasedOut: 'Hyr företaget ut sina egna lokaler eller sin utrustning till andra?',
  ivQ_franchises: 'Har företaget franchisetagare som driver verksamhet under dess varumärke?',
  ivQ_investments:
    'Äger företaget som investering andelar i andra företag eller projekt (inte vanliga bankinsättningar)?',

  ivR_noElectricity: 'Företaget använder ingen köpt el.',
  ivR_noBoughtHeat: 'Företaget köper ingen värme: lokalerna värms med egen panna eller med el.',
  ivR_noDistrictCooling: 'Företaget köper ingen fjärrkyla.',
  ivR_noSteam: 'Företaget köper ingen ånga.',
  ivR_noVehicles: 'Företaget har varken egna eller hyrda fordon eller arbetsmaskiner.',
  ivR_noFuels: 'Företaget eldar inga bränslen i egna pannor, ugnar eller reservkraftverk.',
  ivR_noProcess: 'I verksamheten uppstår inga gasutsläpp annat än genom förbränning.',
  ivR_onlySmallFridges:
    'Företaget har bara vanliga slutna kylskåp och frysar, som aldrig fylls på med köldmedium.',
  ivR_noRefrigeration: 'Företaget har varken kylutrustning eller luftkonditionering.',
  ivR_noTravel: 'Ingen reser i arbetet.',
  ivR_noCommuting: 'Företaget har inga anställda som tar sig till arbetsplatsen.',
  ivR_noFreightIn: 'Företaget betalar inte för några godstransporter.',
  ivR_noFreightOut: 'Sålda produkter transporteras inte till kunderna på någon annans bekostnad.',
  ivR_noCapital: 'Under året skaffades inga maskiner, utrustning, fordon eller byggnader.',
  ivR_noWaste: 'I verksamheten uppstår inget avfall.',
  ivR_servicesOnly: 'Företaget säljer bara tjänster, inga produkter.',
  ivR_notProcessedFurther: 'De sålda produkterna förädlas inte vidare: de säljs färdiga till användarna.',
  ivR_productsUseNoEnergy: 'De sålda produkterna förbrukar varken energi eller bränsle när de används.',
  ivR_noLeasedIn:
    'Energin för hyrda lokaler och hyrd utrustning ingår i företagets egna el- och värmesiffror, eller så finns det inga sådana.',
  ivR_noLeasedOut: 'Företaget hyr inte ut lokaler eller utrustning till andra.',
  ivR_noFranchises: 'Företaget har inga franchisetagare.',
  ivR_noInvestments: 'Företaget har inga investeringar i andra företag eller projekt.',

  clTitle: 'Datachecklista: {name}, år {year}',
  clLead:
    'Samla in de här uppgifterna före beräkningen. Skriv siffran på linjen eller ta med underlaget. Listan bygger på svaren på de inledande frågorna.',
  clNoInterview:
    'De inledande frågorna har inte besvarats, så listan visar alla kategorier som inte har markerats som inte väsentliga.',
  clFigure: 'Siffra och enhet:',
  clPrint: 'Skriv ut',
  clPdf: 'Ladda ner PDF',
  clPdfFailed: 'PDF-filen kunde inte skapas. Försök igen eller skriv ut sidan.',
  clNotRelevant: 'De här behövs inte (inte väsentliga): {categories}.',
  clPdfSubject: 'Datachecklista för utsläppsberäkningen för år {year}',
  clPdfFooter: '{name} · datachecklista för år {year}',
  clPage: 'sida {page}/{pages}',
  clDoc_electricityInvoice:
    'Elbolagets webbtjänst eller årets elräkningar: förbrukningen i kilowattimmar (kWh) för året, för varje verksamhetsställe.',
  clDoc_electricityLandlord:
    'Hyresvärdens uppgift om elförbrukningen i företagets lokaler (kWh) och om vem som säljer elen.',
  clDoc_electricityOrigin:
    'Elavtalets ursprungsuppgifter: om elen är förnybar med ursprungsgarantier, och säljarens utsläppsfaktor, om säljaren anger en.',
  clDoc_heatStatement:
    'Fjärrvärmebolagets årssammanställning eller räkningar: värmeförbrukningen i megawattimmar (MWh) för året.',
  clDoc_heatFactor:
    'Den utsläppsfaktor (g CO2/kWh) som fjärrvärmebolaget har publicerat för samma år, oftast på bolagets webbplats.',
  clDoc_heatLandlord:
    'Hyresvärdens uppgift om värmeförbrukningen i företagets lokaler (MWh) och om vem som levererar värmen.',
  clDoc_coolingStatement: 'Fjärrkyleleverantörens årssammanställning: förbrukningen (MWh).',
  clDoc_steamStatement: 'Ångleverantörens årssammanställning: köpt mängd (MWh eller ton).',
  clDoc_upstreamSameFigures: 'Inga nya underlag: beräknas utifrån samma bränsle- och energimängder som ovan.',
  clDoc_fuelCards:
    'Rapporter från bränslekort eller tankningskvitton: liter per bränsle (diesel, bensin) för hela året.',
  clDoc_leasingReport: 'Leasingbolagets rapport om körda kilometer och bränsle, om korten inte täcker allt.',
  clDoc_oilDeliveries: 'Leveransfakturor för brännolja: liter för året.',
  clDoc_gasInvoices:
    'Gasbolagets räkningar: naturgas i kubikmeter (m³) eller kilowattimmar, flytgas i kilogram.',
  clDoc_woodDeliveries: 'Leveransfakturor för pellets eller flis: ton eller megawattimmar.',
  clDoc_fuelPurchases: 'Inköpsfakturor för bränslen: mängd per bränsle (liter, kilogram eller MWh).',
  clDoc_processRecords:
    'Produktionens bokföring: gaser och råvaror som använts eller frigjorts i processen (kg).',
  clDoc_refrigerantLog:
    'Kylanläggningarnas servicejournal från serviceföretaget: köldmedium som fyllts på under året i kilogram och köldmediets typ (t.ex. R-404A). Lagen kräver en journal för varje anläggning som innehåller fluorerade växthusgaser motsvarande minst 5 ton CO2-ekvivalenter (EU:s F-gasförordning 2024/573, artikel 7).',
  clDoc_travelAgency:
    'Resebyråns rapport eller reseräkningar: flyg (varifrån–vart, klass), tågresor, taxiresor och hotellnätter.',
  clDoc_mileage: 'Sammanställning av kilometerersättningar: körningar i tjänsten med egen bil i kilometer.',
  clDoc_commuting:
    'Antalet anställda och en uppskattning av deras arbetsresor: enkel resa i kilometer och färdsätt (en kort enkät till personalen räcker).',
  clDoc_freightIn:
    'Transportfakturor eller transportföretagets rapport: transporterade ton och kilometer, eller transporternas pris i euro.',
  clDoc_freightOut:
    'En uppskattning av produkter som levererats till kunderna: ton och transportsträcka i kilometer.',
  clDoc_ledger:
    'Bokföringens inköpskonton (huvudbok eller resultaträkning per konto): inköp i euro utan mervärdesskatt, till exempel råvaror, förnödenheter och tjänster.',
  clDoc_capitalRegister:
    'Bokföringen över anläggningstillgångar eller inköpsfakturor: maskiner, utrustning, fordon och byggnader som skaffats under året, i euro.',
  clDoc_wasteSummary:
    'Avfallsbolagets årssammanställning: avfall i kilogram per slag (blandavfall, bioavfall, kartong, plast, glas, metall).',
  clDoc_soldForProcessing: 'Produkter som sålts till andra företag för förädling: mängd i ton.',
  clDoc_productEnergyUse:
    'Sålda produkter som använder energi: antal och energiförbrukning under användningstiden.',
  clDoc_soldProductsAndPackaging: 'Mängden sålda produkter och förpackningar i kilogram per material.',
  clDoc_leasedInEnergy:
    'Energiförbrukningen i hyrda lokaler eller hyrd utrustning som inte finns på företagets egna räkningar (från hyresvärden).',
  clDoc_leasedOutEnergy:
    'Energiförbrukningen i lokaler eller utrustning som hyrts ut till andra (från hyresgästerna).',
  clDoc_franchiseEnergy: 'Franchisetagarnas energi- och bränsleförbrukning.',
  clDoc_investments: 'Investeringar, ägarandelar och de utsläpp som målföretagen har rapporterat.',
};
