/**
 * A stored action edited in place: every field saved as it is typed or chosen, under the action's key. A
 * name emptied, a day that does not exist and an expected figure without its basis stay in their fields with
 * their messages and are not saved; what is stored stays as it was.
 */
import '../../i18n/uiActions';
import { useRef, useState } from 'preact/hooks';
import { statusDatesAfter } from '../../core/actionStatus';
import type { ActionStatus, ActionTheme, ClimateAction } from '../../core/commitment';
import type { Issue } from '../../core/issues';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { todayOf } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { commitmentSaveKey, saveAction } from '../../state/commitment';
import { SelectField } from '../components/SelectField';
import { TextField } from '../components/TextField';
import { MAX_NOTE, MAX_TITLE } from './actionLimits';
import { statusOptions, themeOptions } from './actionWords';
import { CategoryPicker } from './CategoryPicker';
import { DayField } from './DayField';
import { ExpectedFields, useExpectedDraft } from './ExpectedFields';

export function ActionEditor({
  lang,
  orgId,
  action,
  onDone,
}: {
  lang: Lang;
  orgId: string;
  action: ClimateAction;
  onDone: () => void;
}) {
  const base = `act-${action.id}`;
  const saveKey = commitmentSaveKey(orgId, `action:${action.id}`);
  // The store keeps an action whole, and each save replaces the one before it under the action's key: every
  // save is the action as stored with every field edited here, so no edit undoes another, and what another
  // tab changed in the other fields stays.
  const edits = useRef<Partial<ClimateAction>>({});
  const a: ClimateAction = { ...action, ...edits.current };
  const [refused, setRefused] = useState<Issue[]>([]);
  const change = (patch: Partial<ClimateAction>) => {
    edits.current = { ...edits.current, ...patch };
    const next: ClimateAction = { ...action, ...edits.current };
    if (next.expected === undefined) delete next.expected;
    if (next.note === undefined) delete next.note;
    setRefused(saveAction(orgId, next));
  };
  // What is wrong with the title or the note as typed; kept in the field, not stored.
  const [titleProblem, setTitleProblem] = useState<string | null>(null);
  const [noteProblem, setNoteProblem] = useState<string | null>(null);
  const tooLong = (v: string, max: number) =>
    v.length > max ? tr(lang, 'actTooLong', { max, n: v.length }) : null;
  const expected = useExpectedDraft(action.expected, lang);
  const saveExpected = (text: string, basis: string) => {
    const d = expected.set(text, basis);
    if (d.result !== 'invalid') change({ expected: d.result });
  };
  return (
    <div class="act-editor">
      <div class="grid">
        <div class="field wide">
          <label for={`${base}-title`}>{tr(lang, 'actFieldTitle')}</label>
          <TextField
            id={`${base}-title`}
            value={a.title}
            saveKey={saveKey}
            invalid={titleProblem !== null}
            describedBy={titleProblem !== null ? `${base}-title-error` : undefined}
            onInput={(v) => {
              const problem = v.trim() === '' ? tr(lang, 'actTitleRequired') : tooLong(v, MAX_TITLE);
              setTitleProblem(problem);
              if (problem === null) change({ title: v.trim() });
            }}
          />
          {titleProblem !== null && (
            <p id={`${base}-title-error`} class="field-error">
              {titleProblem}
            </p>
          )}
        </div>
        <SelectField<ActionTheme>
          id={`${base}-theme`}
          label={tr(lang, 'actFieldTheme')}
          value={a.theme}
          options={themeOptions(lang)}
          onChange={(theme) => change({ theme })}
        />
        <SelectField<ActionStatus>
          id={`${base}-status`}
          label={tr(lang, 'actFieldStatus')}
          value={a.status}
          options={statusOptions(lang)}
          onChange={(status) =>
            change({ status, statusDates: statusDatesAfter(a.statusDates, status, todayOf(new Date())) })
          }
        />
        <DayField
          // A day field per status: another status shows its own day, not the text typed for the one before.
          key={a.status}
          id={`${base}-day`}
          label={tr(lang, 'actFieldDay')}
          lang={lang}
          value={a.statusDates[a.status] ?? ''}
          saveKey={saveKey}
          onChange={(day) => change({ statusDates: { ...a.statusDates, [a.status]: day } })}
        />
      </div>
      <CategoryPicker
        id={base}
        lang={lang}
        chosen={a.categories}
        onChange={(categories) => change({ categories })}
      />
      <div class="grid">
        <ExpectedFields
          id={base}
          lang={lang}
          draft={expected.draft}
          showMissing
          onText={(t) => saveExpected(t, expected.draft.basis)}
          onBasis={(b) => saveExpected(expected.draft.text, b)}
        />
        <div class="field wide">
          <label for={`${base}-note`}>{tr(lang, 'actFieldNote')}</label>
          <TextField
            id={`${base}-note`}
            multiline
            value={a.note ?? ''}
            saveKey={saveKey}
            invalid={noteProblem !== null}
            describedBy={noteProblem !== null ? `${base}-note-error` : undefined}
            onInput={(v) => {
              const problem = tooLong(v, MAX_NOTE);
              setNoteProblem(problem);
              if (problem === null) change({ note: v.trim() === '' ? undefined : v });
            }}
          />
          {noteProblem !== null && (
            <p id={`${base}-note-error`} class="field-error">
              {noteProblem}
            </p>
          )}
        </div>
      </div>
      {refused.map((i) => (
        <p key={`${i.path}:${i.code}`} class="field-error" role="alert">
          {issueMessage(i, lang)}
        </p>
      ))}
      <button type="button" onClick={onDone}>
        {tr(lang, 'actClose')}
      </button>
    </div>
  );
}
