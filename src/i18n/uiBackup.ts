/** Words of backup, restore and import, in Finnish and English (merged into UI in ui.ts). */
import type { Lang } from './issueMessages';

export const BACKUP_UI = {
  fi: {
    /** The name suffix of a partner copy made by "keep both" in an import: "Kivi Oy (tuotu 28.11.2026)". */
    backupImportedCopy: '{name} (tuotu {date})',
  },
  en: {
    backupImportedCopy: '{name} (imported {date})',
  },
} as const satisfies Record<Lang, Record<string, string>>;
