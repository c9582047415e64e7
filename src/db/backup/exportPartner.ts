/** One partner (all years or chosen ones) as an exchange file with computed results, for handover. */
import type { PaastoDb } from '../schema';
import type { PartnerExport } from './types';

export async function exportPartner(
  db: PaastoDb,
  orgId: string,
  years: number[] | undefined,
  meta: { appVersion: string; exportedAt?: string },
): Promise<PartnerExport> {
  throw new Error(`not implemented ${db.name} ${orgId} ${years} ${meta.appVersion}`);
}
