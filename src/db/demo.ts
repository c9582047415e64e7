/**
 * The example partner a newcomer can explore and delete: the manufacturer example from docs/examples (a
 * realistic year with fuels, refrigerants, electricity by month, freight, waste), marked as an example.
 */
import example from '../../docs/examples/manufacturer.json';
import { readExchange } from '../io/exchange';
import { insertExchangeAsNewPartner } from './exchangeImport';
import type { OrganizationRow } from './rows';
import type { PaastoDb } from './schema';

export async function addDemoPartner(db: PaastoDb, lang: 'fi' | 'en'): Promise<OrganizationRow> {
  const { file } = readExchange(example);
  if (!file) throw new Error('The bundled example is invalid');
  const name = `${file.organization.name} (${lang === 'fi' ? 'esimerkki' : 'example'})`;
  return insertExchangeAsNewPartner(db, file, { demo: true, name });
}
