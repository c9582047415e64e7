/**
 * The example partner a newcomer can explore and delete: the manufacturer example from docs/examples (a
 * realistic year with fuels, refrigerants, electricity by month, freight, waste), marked as an example.
 */
import example from '../../docs/examples/manufacturer.json';
import { readExchange } from '../io/exchange';
import { insertExchangeAsNewPartner } from './exchangeImport';
import type { OrganizationRow } from './rows';
import type { PaastoDb } from './schema';

export async function addDemoPartner(db: PaastoDb): Promise<OrganizationRow> {
  const { file } = readExchange(example);
  if (!file) throw new Error('The bundled example is invalid');
  // Marked by `demo` (a badge and a note in the app), not by its name, which goes into exported files.
  return insertExchangeAsNewPartner(db, file, { demo: true });
}
