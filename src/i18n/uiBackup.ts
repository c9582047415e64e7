/** Words of backup, restore and import, in Finnish and English (merged into UI in ui.ts). */
import type { Lang } from './issueMessages';

export const BACKUP_UI = {
  fi: {},
  en: {},
} as const satisfies Record<Lang, Record<string, string>>;
