/** Words of results pages, charts and the report, in Finnish and English (merged into UI in ui.ts). */
import type { Lang } from './issueMessages';

export const REPORT_UI = {
  fi: {},
  en: {},
} as const satisfies Record<Lang, Record<string, string>>;
