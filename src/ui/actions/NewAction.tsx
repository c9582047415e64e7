/**
 * The form that adds an action. Nothing is stored until it is added, and then only whole: a missing name, a
 * day that does not exist or an expected figure without its basis is said beside its field and nothing is
 * stored. The status's day starts as today.
 */
import '../../i18n/uiActions';
import { useState } from 'preact/hooks';
import type { CategoryId } from '../../core/categories';
import type { ActionStatus, ActionTheme } from '../../core/commitment';
import type { Issue } from '../../core/issues';
import type { Lang } from '../../i18n/issueMessages';
import { issueMessage } from '../../i18n/issueMessages';
import { parseDate, todayOf } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { type ActionDraft, newAction, saveAction } from '../../state/commitment';
import { SelectField } from '../components/SelectField';
import { MAX_NOTE, MAX_TITLE } from './actionLimits';
import { statusOptions, themeOptions } from './actionWords';
import { CategoryPicker } from './CategoryPicker';
import { DayField } from './DayField';
import { ExpectedFields, useExpectedDraft } from './ExpectedFields';

export function NewAction({
  lang,
  orgId,
  onAdded,
}: {
  lang: Lang;
  orgId: string;
  onAdded: (title: string) => void;
}) {
  const [title, setTitle] = useState('');
  const [theme, setTheme] = useState<ActionTheme>('energy');
  const [status, setStatus] = useState<ActionStatus>('planned');
  const [day, setDay] = useState(() => todayOf(new Date()));
  const [dayText, setDayText] = useState<string | null>(null);
  const [categories, setCategories] = useState<CategoryId[]>([]);
  const [note, setNote] = useState('');
  const expected = useExpectedDraft(undefined, lang);
  const [tried, setTried] = useState(false);
  // Remounts the form's own fields (the day, the figure) empty after an action is added.
  const [round, setRound] = useState(0);
  const [refused, setRefused] = useState<Issue[]>([]);
  const noTitle = tried && title.trim() === '';

  const submit = (e: Event) => {
    e.preventDefault();
    setTried(true);
    const dayOk = dayText === null || parseDate(dayText, lang).ok;
    const d = expected.draft;
    if (title.trim() === '' || !dayOk || d.result === 'invalid') {
      const first =
        title.trim() === ''
          ? 'new-act-title'
          : !dayOk
            ? 'new-act-day'
            : d.basisMissing
              ? 'new-act-basis'
              : 'new-act-expected';
      document.getElementById(first)?.focus();
      return;
    }
    const init: ActionDraft = {
      title: title.trim(),
      theme,
      categories,
      status,
      statusDates: { [status]: day },
      ...(d.result ? { expected: d.result } : {}),
      ...(note.trim() !== '' ? { note: note.trim() } : {}),
    };
    const issues = saveAction(orgId, newAction(init));
    setRefused(issues);
    if (issues.length > 0) return;
    onAdded(init.title);
    setTitle('');
    setCategories([]);
    setNote('');
    setDay(todayOf(new Date()));
    setDayText(null);
    expected.set('', '');
    setTried(false);
    setRound(round + 1);
  };

  return (
    <form class="card act-new" onSubmit={submit} noValidate>
      <h2>{tr(lang, 'actNewTitle')}</h2>
      <div class="grid">
        <div class="field wide">
          <label for="new-act-title">{tr(lang, 'actFieldTitle')}</label>
          <input
            id="new-act-title"
            value={title}
            maxLength={MAX_TITLE}
            aria-invalid={noTitle ? 'true' : 'false'}
            aria-describedby={noTitle ? 'new-act-title-error' : undefined}
            onInput={(e) => setTitle((e.currentTarget as HTMLInputElement).value)}
          />
          {noTitle && (
            <p id="new-act-title-error" class="field-error">
              {tr(lang, 'actTitleRequired')}
            </p>
          )}
        </div>
        <SelectField<ActionTheme>
          id="new-act-theme"
          label={tr(lang, 'actFieldTheme')}
          value={theme}
          options={themeOptions(lang)}
          onChange={setTheme}
        />
        <SelectField<ActionStatus>
          id="new-act-status"
          label={tr(lang, 'actFieldStatus')}
          value={status}
          options={statusOptions(lang)}
          onChange={setStatus}
        />
        <DayField
          key={round}
          id="new-act-day"
          label={tr(lang, 'actFieldDay')}
          lang={lang}
          value={day}
          onChange={(d) => {
            setDay(d);
            setDayText(null);
          }}
          onText={setDayText}
        />
      </div>
      <CategoryPicker id="new-act" lang={lang} chosen={categories} onChange={setCategories} />
      <div class="grid" key={round}>
        <ExpectedFields
          id="new-act"
          lang={lang}
          draft={expected.draft}
          showMissing={tried}
          onText={(t) => expected.set(t, expected.draft.basis)}
          onBasis={(b) => expected.set(expected.draft.text, b)}
        />
        <div class="field wide">
          <label for="new-act-note">{tr(lang, 'actFieldNote')}</label>
          <textarea
            id="new-act-note"
            value={note}
            maxLength={MAX_NOTE}
            onInput={(e) => setNote((e.currentTarget as HTMLTextAreaElement).value)}
          />
        </div>
      </div>
      {refused.map((i) => (
        <p key={`${i.path}:${i.code}`} class="field-error" role="alert">
          {issueMessage(i, lang)}
        </p>
      ))}
      <button type="submit">{tr(lang, 'actAdd')}</button>
    </form>
  );
}
