/**
 * Words of a partner's climate commitment on screen (issue 12): the commitment page, the target form, the
 * progress of targets on the partner page and the base-year recalculation notice (registered with ui.ts
 * when this module loads), in Finnish, English and Swedish. Each language's words are in a file of their own
 * (uiCommitmentFi.ts, uiCommitmentEn.ts, uiCommitmentSv.ts), the Finnish keys checked in the others by the
 * compiler. The presets' names, rules and sources are in targetPresetWords.ts.
 */

import { defineWords } from './defineWords';
import { registerWords } from './ui';
import { COMMITMENT_EN } from './uiCommitmentEn';
import { COMMITMENT_FI } from './uiCommitmentFi';
import { COMMITMENT_SV } from './uiCommitmentSv';

export const COMMITMENT_UI = defineWords({ fi: COMMITMENT_FI, en: COMMITMENT_EN, sv: COMMITMENT_SV });

registerWords(COMMITMENT_UI);
