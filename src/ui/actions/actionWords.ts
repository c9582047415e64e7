/** The words of an action's theme and status, in the order the forms and filters offer them. */
import '../../i18n/uiActions';
import { ACTION_STATUS_ORDER } from '../../core/actionStatus';
import type { ActionStatus, ActionTheme } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';

const THEMES: Record<ActionTheme, UiKey> = {
  energy: 'actThemeEnergy',
  transport: 'actThemeTransport',
  procurement: 'actThemeProcurement',
  waste: 'actThemeWaste',
  refrigerants: 'actThemeRefrigerants',
  buildings: 'actThemeBuildings',
  other: 'actThemeOther',
};

const STATUSES: Record<ActionStatus, UiKey> = {
  'not-started': 'actStatusNotStarted',
  planned: 'actStatusPlanned',
  'in-progress': 'actStatusInProgress',
  done: 'actStatusDone',
  dropped: 'actStatusDropped',
};

export const themeName = (t: ActionTheme, lang: Lang): string => tr(lang, THEMES[t]);
export const statusName = (s: ActionStatus, lang: Lang): string => tr(lang, STATUSES[s]);

export const themeOptions = (lang: Lang): [ActionTheme, string][] =>
  (Object.keys(THEMES) as ActionTheme[]).map((t) => [t, themeName(t, lang)]);
export const statusOptions = (lang: Lang): [ActionStatus, string][] =>
  ACTION_STATUS_ORDER.map((s) => [s, statusName(s, lang)]);
