/**
 * The year's opening interview (issue 10): short questions in the partner's words, grouped by the year
 * page's themes, with the sector's suggestions preselected. Each answer chosen is saved at once with the
 * exclusions it makes; suggestions are saved when the user confirms them. A category with entries is never
 * made not relevant quietly: the question says so and asks whether to keep or delete the entries.
 */
import '../../i18n/uiInterview';
import { useEffect, useState } from 'preact/hooks';
import { type CategoryId, categoryInfo } from '../../core/categories';
import { applyInterview, isAsked, QUESTIONS, THEME_IDS } from '../../core/interview';
import { suggestForSector } from '../../core/sectorSuggestions';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { interviewWord } from '../../i18n/uiInterview';
import { deleteCategoryEntries, saveAnswer, saveAnswers, useInterviewYear } from '../../state/interview';
import { Link } from '../components/Link';
import { navigate } from '../router';
import { QuestionFieldset } from './QuestionFieldset';
import './interview.css';

export function InterviewPage({ lang, orgId, year }: { lang: Lang; orgId: string; year: number }) {
  const { org, inv, entries } = useInterviewYear(orgId, year);
  // Conflicts the user chose to keep the entries of, while the page is open.
  const [kept, setKept] = useState<ReadonlySet<CategoryId>>(new Set());
  // A conflict found on confirming is asked about where it is, once its question shows it.
  const [focus, setFocus] = useState<CategoryId | null>(null);
  // Answers chosen here, shown (and confirmed) at once, before their write comes back from storage.
  const [picked, setPicked] = useState<Readonly<Record<string, string>>>({});
  useEffect(() => {
    const el = focus && document.getElementById(`conflict-${focus}`);
    if (el) {
      el.focus();
      setFocus(null);
    }
  });
  if (org === null || inv === null) return <h1>{tr(lang, 'notFound')}</h1>;
  if (org === undefined || inv === undefined || entries === undefined) return <p>{tr(lang, 'loading')}</p>;

  const yearHref = `/partners/${orgId}/years/${year}`;
  const stored = inv.interview?.answers ?? {};
  const suggestion = suggestForSector(org.sector);
  const shown: Record<string, string> = { ...(suggestion?.answers ?? {}), ...stored, ...picked };
  const reasonText = (key: string) => interviewWord(lang, `ivR_${key}`);
  const yearState = { excluded: inv.excluded, entries, interview: inv.interview };
  const allConflicts = applyInterview(yearState, stored).conflicts;
  // The question whose stored answer makes the category not relevant is where the conflict is asked.
  const excludedBy = (question: string, category: CategoryId) =>
    QUESTIONS.find((q) => q.id === question)
      ?.answers.find((a) => a.id === stored[question])
      ?.verdicts.some((v) => v.category === category && !v.open) ?? false;

  const choose = (question: string, answer: string) => {
    if (shown[question] === answer && stored[question] === answer) return;
    setPicked({ ...picked, [question]: answer });
    void saveAnswer(inv.id, question, answer, org.sector, reasonText);
  };
  const confirm = async () => {
    // The answers on screen (suggestions too) of the questions asked are what the user confirms.
    const answers = Object.fromEntries(
      QUESTIONS.filter((q) => isAsked(q, shown) && shown[q.id] !== undefined).map((q) => [q.id, shown[q.id]]),
    ) as Record<string, string>;
    const open = applyInterview(yearState, answers).conflicts.filter((c) => !kept.has(c.category));
    if (!(await saveAnswers(inv.id, answers, org.sector, reasonText))) return;
    const first = open[0];
    if (first) {
      setFocus(first.category);
      return;
    }
    navigate(yearHref);
  };
  const remove = async (category: CategoryId, reason: string, n: number) => {
    const name = categoryInfo(category).names[lang];
    if (!window.confirm(interviewWord(lang, 'ivConfirmDelete', { category: name, n }))) return;
    await deleteCategoryEntries(inv.id, category, reasonText(reason));
  };

  return (
    <>
      <p class="crumb">
        <Link href={yearHref}>
          ← {org.name} {year}
        </Link>
      </p>
      <h1>{interviewWord(lang, 'ivTitle', { year })}</h1>
      <p>{interviewWord(lang, 'ivLead')}</p>
      {suggestion ? (
        <p class="note">{interviewWord(lang, 'ivSuggested', { sector: org.sector ?? '' })}</p>
      ) : (
        <p class="muted">{interviewWord(lang, 'ivNoSector')}</p>
      )}
      <p>
        <Link href={yearHref}>{interviewWord(lang, 'ivSkip')}</Link>
      </p>
      <form
        class="interview"
        onSubmit={(e) => {
          e.preventDefault();
          void confirm();
        }}
      >
        {THEME_IDS.map((theme) => {
          const questions = QUESTIONS.filter((q) => q.theme === theme && isAsked(q, shown));
          if (questions.length === 0) return null;
          return (
            <section key={theme} class="card interview-theme" aria-labelledby={`iv-theme-${theme}`}>
              <h2 id={`iv-theme-${theme}`}>{interviewWord(lang, `ivTheme_${theme}`)}</h2>
              {questions.map((q) => (
                <QuestionFieldset
                  key={q.id}
                  lang={lang}
                  question={q}
                  chosen={shown[q.id]}
                  suggested={
                    stored[q.id] === undefined &&
                    picked[q.id] === undefined &&
                    suggestion?.answers[q.id] !== undefined
                  }
                  onChoose={(a) => choose(q.id, a)}
                >
                  {allConflicts
                    .filter((c) => excludedBy(q.id, c.category))
                    .map((c) =>
                      kept.has(c.category) ? (
                        <p key={c.category} class="note">
                          {interviewWord(lang, 'ivKept')}
                        </p>
                      ) : (
                        <div
                          key={c.category}
                          id={`conflict-${c.category}`}
                          class="conflict"
                          tabIndex={-1}
                          data-conflict={c.category}
                        >
                          <p id={`conflict-${c.category}-text`}>
                            {interviewWord(lang, 'ivConflict', {
                              category: categoryInfo(c.category).names[lang],
                              n: c.entries,
                            })}
                          </p>
                          <div class="row">
                            <button
                              type="button"
                              class="secondary"
                              aria-describedby={`conflict-${c.category}-text`}
                              onClick={() => setKept(new Set([...kept, c.category]))}
                            >
                              {interviewWord(lang, 'ivKeep')}
                            </button>
                            <button
                              type="button"
                              class="secondary danger"
                              aria-describedby={`conflict-${c.category}-text`}
                              onClick={() => void remove(c.category, c.reason, c.entries)}
                            >
                              {interviewWord(lang, 'ivDelete')}
                            </button>
                          </div>
                        </div>
                      ),
                    )}
                </QuestionFieldset>
              ))}
            </section>
          );
        })}
        <div class="row interview-actions">
          <button type="submit">{interviewWord(lang, 'ivConfirm')}</button>
          <Link href={yearHref}>{interviewWord(lang, 'ivSkip')}</Link>
        </div>
      </form>
    </>
  );
}
