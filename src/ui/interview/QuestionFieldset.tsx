/**
 * One interview question as a radio group: its legend is the question, each answer a label of its own, the
 * categories it concerns named below it. A suggested answer not yet confirmed is marked as a suggestion.
 * Choosing an answer (also the one already suggested) confirms it.
 */
import type { ComponentChildren } from 'preact';
import { type CategoryId, categoryInfo } from '../../core/categories';
import type { InterviewQuestion } from '../../core/interview';
import type { Lang } from '../../i18n/issueMessages';
import { answerWord, interviewWord } from '../../i18n/uiInterview';

export interface QuestionFieldsetProps {
  lang: Lang;
  question: InterviewQuestion;
  /** The answer shown as chosen: the stored one, else the sector's suggestion. */
  chosen: string | undefined;
  suggested: boolean;
  onChoose: (answer: string) => void;
  /** What to ask about entries the answer would make not relevant. */
  children?: ComponentChildren;
}

export function QuestionFieldset({
  lang,
  question: q,
  chosen,
  suggested,
  onChoose,
  children,
}: QuestionFieldsetProps) {
  const categories = new Set<CategoryId>();
  for (const a of q.answers) for (const v of a.verdicts) categories.add(v.category);
  const concernsId = `q-${q.id}-concerns`;
  return (
    <fieldset class="question" id={`q-${q.id}`} data-question={q.id} aria-describedby={concernsId}>
      <legend>
        {interviewWord(lang, `ivQ_${q.id}`)}
        {suggested && (
          <span class="tag suggestion" data-suggested={q.id}>
            {interviewWord(lang, 'ivSuggestionTag')}
          </span>
        )}
      </legend>
      <div class="choices">
        {q.answers.map((a) => (
          <label key={a.id} class="choice">
            <input
              type="radio"
              name={`q-${q.id}`}
              value={a.id}
              checked={chosen === a.id}
              onClick={() => onChoose(a.id)}
            />{' '}
            {answerWord(lang, q.id, a.id)}
          </label>
        ))}
      </div>
      <p id={concernsId} class="muted small">
        {interviewWord(lang, 'ivConcerns', {
          categories: [...categories].map((c) => categoryInfo(c).names[lang]).join(', '),
        })}
      </p>
      {children}
    </fieldset>
  );
}
