/** Words of bulk entry from spreadsheets, in Finnish and English (merged into UI in ui.ts). */
import type { Lang } from './issueMessages';

export const BULK_UI = {
  fi: {},
  en: {},
} as const satisfies Record<Lang, Record<string, string>>;
