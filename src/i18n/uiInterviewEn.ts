/** The English words of the opening interview and the data checklist (assembled in uiInterview.ts). */
import type { InterviewWords } from './uiInterviewFi';

export const INTERVIEW_EN: InterviewWords = {
  ivTitle: 'Opening questions for {year}',
  ivLead:
    "Answer a few questions about what the organization does. From the answers the app shows which emission categories concern you and marks the others 'not relevant' with a justification you can edit. If you do not know, choose 'I don't know': the category stays to do. Answers are saved at once, and you can change them later.",
  ivSuggested:
    "From the sector {sector}, some answers have been chosen for you and marked 'suggested'. Check them: suggestions are saved only when you confirm them.",
  ivNoSector:
    "Add the partner's sector (a TOL 2008 code, e.g. 10.71 for a bakery) to its details to get suggested answers.",
  ivSuggestionTag: 'suggested',
  ivConcerns: 'Concerns: {categories}',
  ivConfirm: "Save the answers and go to the year's data",
  ivSkip: 'Skip the questions: every category stays to do',
  ivYes: 'Yes',
  ivNo: 'No',
  ivUnknown: "I don't know",
  ivConflict:
    "By your answer, the category '{category}' does not concern the organization, but it has entries: {n}. What should be done with them?",
  ivKeep: 'Keep the entries',
  ivDelete: 'Delete the entries',
  ivKept: 'The entries are kept, and the category is counted.',
  ivConfirmDelete: "Delete the entries of '{category}' ({n})? This cannot be undone.",
  ivEditAnswers: 'Edit the answers to the opening questions',
  ivStartInterview: 'Answer the opening questions: which categories concern the organization',
  ivChecklistLink: 'Data checklist: the documents to gather',
  ivGroupCounts: 'entered {entries} · to do {todo} · not relevant {notRelevant}',
  ivStateEntries: 'entered',
  ivStateTodo: 'to do',
  ivStateNotRelevant: 'not relevant',
  ivScope: 'Scope {n}',
  ivNotRelevantHeading: 'Categories not relevant',
  ivTheme_energy: 'Purchased energy',
  ivTheme_fuels: 'Vehicles and fuels',
  ivTheme_refrigerants: 'Refrigerants',
  ivTheme_travel: 'Travel and transport',
  ivTheme_purchases: 'Purchases',
  ivTheme_waste: 'Waste',
  ivTheme_sold: 'Products sold',
  ivTheme_assets: 'Leased assets, franchises and investments',

  ivQ_electricity: 'Where does the electricity you use come from?',
  ivA_electricity_contract: 'We have our own electricity contract',
  ivA_electricity_rent: 'Electricity is included in the rent or the landlord bills it',
  ivA_electricity_none: 'We use no purchased electricity',
  ivQ_heat: 'How are the premises heated?',
  ivA_heat_district: 'District heat, with our own contract',
  ivA_heat_rent: 'Heating is included in the rent',
  ivA_heat_other: 'Own boiler or electric heating (no heat is bought)',
  ivQ_cooling: 'Do you buy district cooling?',
  ivA_cooling_district: 'Yes',
  ivA_cooling_none: 'No',
  ivQ_steam: 'Do you buy steam for production processes?',
  ivQ_vehicles: 'Does the organization have vehicles or mobile machinery?',
  ivA_vehicles_own: 'Yes, its own',
  ivA_vehicles_leased: 'Yes, leased or rented',
  ivA_vehicles_none: 'No',
  ivQ_fuels: 'Is fuel burned in your own boilers, ovens or generators?',
  ivA_fuels_none: 'No',
  ivA_fuels_oil: 'Yes, oil',
  ivA_fuels_gas: 'Yes, natural gas or LPG',
  ivA_fuels_wood: 'Yes, pellets or wood chips',
  ivA_fuels_other: 'Yes, another fuel',
  ivQ_process:
    'Are gases released other than by burning (chemical reactions, carbon dioxide used in production, livestock)?',
  ivQ_refrigeration: 'Do you have refrigeration, cold rooms, air conditioning or heat pumps?',
  ivA_refrigeration_serviced:
    'Yes, equipment a service company maintains and refills (cold rooms, display cabinets, air conditioning, heat pumps)',
  ivA_refrigeration_small: 'Only ordinary fridges and freezers',
  ivA_refrigeration_none: 'No',
  ivQ_travel: 'Do people travel for work (flights, trains, taxis, hotel nights, work trips by own car)?',
  ivQ_commuting: 'Does the organization have employees who travel between home and work?',
  ivQ_freightIn: 'Do you pay for freight (deliveries of materials and goods, shipments by a carrier)?',
  ivQ_freightOut: 'Are sold products delivered to customers with someone else paying for the transport?',
  ivQ_capital: 'Were machinery, equipment, vehicles or buildings bought during the year?',
  ivQ_waste: 'Does the organization produce waste (mixed, bio, cardboard, plastic)?',
  ivQ_products: 'Does the organization sell products?',
  ivA_products_none: 'No, only services',
  ivA_products_final: 'Yes, finished products for their users',
  ivA_products_intermediate: 'Yes, materials or parts that other companies process',
  ivQ_productEnergy:
    'Do the products sold use energy or fuel in use (appliances, machines, vehicles, fuels)?',
  ivQ_leasedIn:
    'Do you lease premises or equipment whose energy is not in your own electricity and heat bills?',
  ivQ_leasedOut: 'Do you lease your premises or equipment to others?',
  ivQ_franchises: 'Do franchisees operate under your brand?',
  ivQ_investments:
    'Does the organization hold shares in other companies or projects as investments (not ordinary bank deposits)?',

  ivR_noElectricity: 'The organization uses no purchased electricity.',
  ivR_noBoughtHeat:
    'The organization buys no heat: the premises are heated by its own boiler or by electricity.',
  ivR_noDistrictCooling: 'The organization buys no district cooling.',
  ivR_noSteam: 'The organization buys no steam.',
  ivR_noVehicles: 'The organization has no vehicles or mobile machinery, owned or leased.',
  ivR_noFuels: 'The organization burns no fuel in its own boilers, ovens or generators.',
  ivR_noProcess: 'No gases are released other than by burning.',
  ivR_onlySmallFridges:
    'The organization has only ordinary sealed fridges and freezers, which are never refilled.',
  ivR_noRefrigeration: 'The organization has no refrigeration or air-conditioning equipment.',
  ivR_noTravel: 'Nobody travels for work.',
  ivR_noCommuting: 'The organization has no employees who travel to the workplace.',
  ivR_noFreightIn: 'The organization pays for no freight.',
  ivR_noFreightOut: 'Sold products are not delivered to customers at the expense of others.',
  ivR_noCapital: 'No machinery, equipment, vehicles or buildings were bought during the year.',
  ivR_noWaste: 'The operations produce no waste.',
  ivR_servicesOnly: 'The organization sells only services, no products.',
  ivR_notProcessedFurther:
    'The products sold are not processed further: they are sold finished to their users.',
  ivR_productsUseNoEnergy: 'The products sold use no energy or fuel in use.',
  ivR_noLeasedIn:
    "The energy of leased premises and equipment is in the organization's own electricity and heat figures, or there are none.",
  ivR_noLeasedOut: 'The organization leases no premises or equipment to others.',
  ivR_noFranchises: 'The organization has no franchisees.',
  ivR_noInvestments: 'The organization has no investments in other companies or projects.',

  clTitle: 'Data checklist: {name}, year {year}',
  clLead:
    'Gather these figures before the calculation. Write each figure on its line or bring the document. The list follows the answers to the opening questions.',
  clNoInterview:
    "The opening questions have not been answered, so the list shows every category not marked 'not relevant'.",
  clFigure: 'Figure and unit:',
  clPrint: 'Print',
  clPdf: 'Download the PDF',
  clPdfFailed: 'The PDF could not be made. Try again or print the page.',
  clNotRelevant: 'Not needed (not relevant to the organization): {categories}.',
  clPdfSubject: 'Data checklist for the emissions calculation of {year}',
  clPdfFooter: '{name} · data checklist for {year}',
  clPage: 'page {page}/{pages}',
  clDoc_electricityInvoice:
    "The electricity company's online service or the year's invoices: consumption in kilowatt-hours (kWh) for the year, for every site.",
  clDoc_electricityLandlord:
    "The landlord's statement of your premises' electricity consumption (kWh) and who sells the electricity.",
  clDoc_electricityOrigin:
    "The contract's origin statement: whether the electricity is renewable with guarantees of origin, and the seller's emission factor if it gives one.",
  clDoc_heatStatement:
    "The district heat company's annual statement or invoices: heat consumed in megawatt-hours (MWh) for the year.",
  clDoc_heatFactor:
    "The district heat company's published emission factor (g CO2/kWh) for the same year, usually on its website.",
  clDoc_heatLandlord:
    "The landlord's statement of your premises' heat consumption (MWh) and who supplies the heat.",
  clDoc_coolingStatement: "The district cooling supplier's annual statement: consumption (MWh).",
  clDoc_steamStatement: "The steam supplier's annual statement: the amount bought (MWh or tonnes).",
  clDoc_upstreamSameFigures:
    'No new documents: calculated from the same fuel and energy quantities as above.',
  clDoc_fuelCards: 'Fuel-card reports or fuel receipts: litres by fuel (diesel, petrol) for the whole year.',
  clDoc_leasingReport:
    "The leasing company's report of kilometres and fuel, where the cards do not cover everything.",
  clDoc_oilDeliveries: 'Heating oil delivery invoices: litres for the year.',
  clDoc_gasInvoices:
    "The gas company's invoices: natural gas in cubic metres (m³) or kilowatt-hours, LPG in kilograms.",
  clDoc_woodDeliveries: 'Pellet or wood chip delivery invoices: tonnes or megawatt-hours.',
  clDoc_fuelPurchases: 'Fuel purchase invoices: quantity by fuel (litres, kilograms or MWh).',
  clDoc_processRecords: 'Production records: gases and materials used or released in the process (kg).',
  clDoc_refrigerantLog:
    "The refrigeration service log from the service company: refrigerant added during the year in kilograms and the refrigerant's type (e.g. R-404A). The law requires a record for each piece of equipment holding fluorinated greenhouse gases of 5 tonnes CO2 equivalent or more (EU F-gas Regulation 2024/573, Article 7).",
  clDoc_travelAgency:
    "The travel agency's report or travel expense claims: flights (from–to, class), train trips, taxis and hotel nights.",
  clDoc_mileage: 'The summary of mileage allowances: work trips by own car in kilometres.',
  clDoc_commuting:
    'The number of employees and an estimate of their commute: one-way distance in kilometres and how they travel (a short staff survey is enough).',
  clDoc_freightIn:
    "Freight invoices or the carrier's report: tonnes and kilometres carried, or the freight's price in euros.",
  clDoc_freightOut: 'An estimate of products delivered to customers: tonnes and distance in kilometres.',
  clDoc_ledger:
    "The accounting ledger's purchase accounts (general ledger or income statement by account): purchases in euros without VAT, e.g. materials, supplies and services.",
  clDoc_capitalRegister:
    'The fixed-asset register or purchase invoices: machinery, equipment, vehicles and buildings bought during the year, in euros.',
  clDoc_wasteSummary:
    "The waste company's annual summary: waste in kilograms by type (mixed, bio, cardboard, plastic, glass, metal).",
  clDoc_soldForProcessing: 'Products sold to other companies for processing: quantity in tonnes.',
  clDoc_productEnergyUse: 'Energy-using products sold: number of units and their energy use over their life.',
  clDoc_soldProductsAndPackaging: 'Products and packaging sold, in kilograms by material.',
  clDoc_leasedInEnergy:
    'Energy use of leased premises or equipment not in your own bills (from the landlord).',
  clDoc_leasedOutEnergy: 'Energy use of premises or equipment leased to others (from the tenants).',
  clDoc_franchiseEnergy: "Franchisees' energy and fuel use.",
  clDoc_investments: "Investments, the shares held and the investees' reported emissions.",
};
