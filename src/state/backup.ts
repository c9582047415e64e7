/**
 * The backup page's commands on the app's database: reading an import file, its preview, writing it in one
 * transaction (with its undo record), and exporting one partner as an exchange file.
 */
import { applyImport, dismissImportUndo } from '../db/backup/applyImport';
import { exportPartner } from '../db/backup/exportPartner';
import { readImportFile } from '../db/backup/readImport';
import type {
  CommitmentPlan,
  ImportChoices,
  ImportCounts,
  ImportPlan,
  ImportResult,
  ImportSource,
  PartnerChoice,
  PartnerDecision,
  PartnerExport,
  PartnerPlan,
  ReadResult,
  YearChoice,
  YearPlan,
  YearSide,
} from '../db/backup/types';
import type { Lang } from '../i18n/issueMessages';
import { db } from './database';
import { defaultChoices, planImport } from './importPlan';

export type {
  CommitmentPlan,
  ImportChoices,
  ImportCounts,
  ImportPlan,
  PartnerChoice,
  PartnerDecision,
  PartnerPlan,
  YearChoice,
  YearPlan,
  YearSide,
};
export { defaultChoices };

/** A backup or exchange file, size checked before it is read, parsed and validated whole. */
export const readImport = (file: Blob): Promise<ReadResult> => readImportFile(file);

/** What importing the file would do on this device, with default choices; reads only. */
export const previewImport = (source: ImportSource, lang: Lang): Promise<ImportPlan> =>
  planImport(db, source, { lang });

/** Writes the chosen import in one transaction, refused (not ok) if the device changed since the preview. */
export const runImport = (plan: ImportPlan, choices: ImportChoices): Promise<ImportResult> =>
  applyImport(db, plan, choices);

/** Forgets an import's undo record. */
export const forgetImportUndo = (importId: string): Promise<void> => dismissImportUndo(db, importId);

/** One partner, all years or the chosen ones, as an exchange file with results. */
export const exportOnePartner = (
  orgId: string,
  years: number[] | undefined,
  appVersion: string,
): Promise<PartnerExport> => exportPartner(db, orgId, years, { appVersion });
