/** A target preset's, an action theme's and an action status's words, for tables that list them by id. */
import type { ActionStatus, ActionTheme, TargetPreset } from '../core/commitment';
import type { Lang } from './issueMessages';
import { presetWord } from './targetPresetWords';
import { tr, type UiKey } from './ui';
import './uiActions';

const THEME: Record<ActionTheme, UiKey> = {
  energy: 'actThemeEnergy',
  transport: 'actThemeTransport',
  procurement: 'actThemeProcurement',
  waste: 'actThemeWaste',
  refrigerants: 'actThemeRefrigerants',
  buildings: 'actThemeBuildings',
  other: 'actThemeOther',
};

const STATUS: Record<ActionStatus, UiKey> = {
  'not-started': 'actStatusNotStarted',
  planned: 'actStatusPlanned',
  'in-progress': 'actStatusInProgress',
  done: 'actStatusDone',
  dropped: 'actStatusDropped',
};

export function actionThemeLabel(theme: ActionTheme, lang: Lang): string {
  return tr(lang, THEME[theme]);
}

export function actionStatusLabel(status: ActionStatus, lang: Lang): string {
  return tr(lang, STATUS[status]);
}

export function presetLabel(preset: TargetPreset, lang: Lang): string {
  return presetWord(lang, preset);
}
