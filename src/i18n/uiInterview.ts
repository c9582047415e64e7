/**
 * Words of the year's opening interview, the year page's groups and the data checklist, in Finnish, English
 * and Swedish (registered with ui.ts when this module loads). Each language's words are in a file of their
 * own (uiInterviewFi.ts, uiInterviewEn.ts, uiInterviewSv.ts), the Finnish keys checked in the others by the
 * compiler. Questions, answers, justifications and documents are keyed by the ids of src/core/interview.ts
 * and src/core/checklist.ts: `ivQ_<question>`, `ivA_<question>_<answer>` (plain yes / no / don't know share
 * `ivYes`, `ivNo`, `ivUnknown`), `ivR_<reason>`, `ivTheme_<theme>`, `clDoc_<document>`; a test checks every
 * id has its words.
 */

import { defineWords } from './defineWords';
import type { Lang } from './issueMessages';
import { registerWords } from './ui';
import { INTERVIEW_EN } from './uiInterviewEn';
import { INTERVIEW_FI } from './uiInterviewFi';
import { INTERVIEW_SV } from './uiInterviewSv';

export const INTERVIEW_UI = defineWords({ fi: INTERVIEW_FI, en: INTERVIEW_EN, sv: INTERVIEW_SV });

registerWords(INTERVIEW_UI);

type InterviewWord = keyof (typeof INTERVIEW_UI)['fi'];

function has(key: string): key is InterviewWord {
  return Object.hasOwn(INTERVIEW_UI.fi, key);
}

/** A word of this catalogue by a key made from an id; throws for a key without words (a test reads them all). */
export function interviewWord(lang: Lang, key: string, params: Record<string, string | number> = {}): string {
  if (!has(key)) throw new Error(`No interview words for ${key}`);
  return INTERVIEW_UI[lang][key].replace(/\{(\w+)\}/g, (_m, k: string) => String(params[k] ?? `{${k}}`));
}

/** An answer's words: its own, or the shared yes / no / don't know. */
export function answerWord(lang: Lang, question: string, answer: string): string {
  const own = `ivA_${question}_${answer}`;
  if (has(own)) return interviewWord(lang, own);
  const shared = { yes: 'ivYes', no: 'ivNo', unknown: 'ivUnknown' }[answer];
  return interviewWord(lang, shared ?? own);
}
