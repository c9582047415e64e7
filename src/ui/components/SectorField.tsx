/**
 * The partner's industry: a searchable list of TOL 2008 sections and divisions (combobox pattern of WAI-ARIA
 * 1.2, with a list box that opens as the user types), or a code typed by hand and checked as typed. Only a
 * chosen item or a code in TOL's form with a division that exists is stored; anything else stays in the field
 * with its reason beside it, and never stops the results (issue 10).
 */
import '../../i18n/uiGuide';
import { useState } from 'preact/hooks';
import { sectorCodeProblem } from '../../core/sector';
import type { Lang } from '../../i18n/issueMessages';
import { codeOfLabel, searchTol, tolItem, tolLabel } from '../../i18n/tolSearch';
import { tr } from '../../i18n/ui';
import { useEditedText } from './useEditedText';
import './combobox.css';

/** What a typed text stores: a code, nothing (an empty field), or a problem to show beside the field. */
type Reading = { code: string | undefined } | { problem: string };

function read(text: string, lang: Lang): Reading {
  const t = text.trim();
  if (t === '') return { code: undefined };
  const chosen = codeOfLabel(t);
  if (chosen !== undefined) return { code: chosen };
  const problem = sectorCodeProblem(t);
  if (problem === undefined) return { code: t };
  if (problem === 'division')
    return { problem: tr(lang, 'sectorUnknownDivision', { division: t.slice(0, 2) }) };
  return { problem: tr(lang, 'sectorInvalid', { value: t.slice(0, 80) }) };
}

export function SectorField({
  id,
  lang,
  value,
  saveKey,
  onSave,
}: {
  id: string;
  lang: Lang;
  /** The stored code, as stored (an old backup may hold free text). */
  value: string | undefined;
  saveKey: string;
  onSave: (code: string | undefined) => void;
}) {
  const stored = value ?? '';
  const known = stored === '' ? undefined : tolItem(stored);
  // The field holds the code; the industry's name is said under it.
  const edited = useEditedText(
    stored,
    (text) => {
      const r = read(text, lang);
      if ('code' in r) onSave(r.code);
    },
    { saveKey, keep: (text) => 'problem' in read(text, lang) },
  );
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [focused, setFocused] = useState(false);
  const reading = read(edited.text, lang);
  const matches = open ? searchTol(edited.text) : [];
  // While the user searches, a word is not yet a mistake; it is one when they leave the field with it, or
  // when it is what is stored (free text from an older backup).
  const problem =
    'problem' in reading && (!focused || edited.text.trim() === stored) ? reading.problem : undefined;
  const listId = `${id}-list`;
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const choose = (i: number) => {
    const item = matches[i];
    if (!item) return;
    edited.input(item.code);
    setOpen(false);
  };
  return (
    <div class="combobox">
      <input
        id={id}
        type="text"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-expanded={open && matches.length > 0 ? 'true' : 'false'}
        aria-controls={listId}
        aria-activedescendant={open && matches[active] ? `${listId}-${active}` : undefined}
        aria-invalid={problem ? 'true' : 'false'}
        aria-describedby={problem ? `${hintId} ${errorId}` : hintId}
        value={edited.text}
        onFocus={() => {
          setFocused(true);
          edited.onFocus();
        }}
        onBlur={() => {
          setFocused(false);
          setOpen(false);
          edited.onBlur();
        }}
        onInput={(e) => {
          edited.input((e.currentTarget as HTMLInputElement).value);
          setOpen(true);
          setActive(0);
        }}
        onKeyDown={(e) => {
          if (e.key === 'ArrowDown') {
            e.preventDefault();
            if (!open) setOpen(true);
            else setActive(Math.min(active + 1, Math.max(matches.length - 1, 0)));
          } else if (e.key === 'ArrowUp') {
            e.preventDefault();
            setActive(Math.max(active - 1, 0));
          } else if (e.key === 'Enter' && open && matches.length > 0) {
            e.preventDefault();
            choose(active);
          } else if (e.key === 'Escape' && open) {
            e.preventDefault();
            setOpen(false);
          }
        }}
      />
      <div
        id={listId}
        role="listbox"
        tabIndex={-1}
        aria-label={tr(lang, 'sectorChoices')}
        hidden={!open || matches.length === 0}
      >
        {matches.map((m, i) => (
          <div
            key={m.code}
            id={`${listId}-${i}`}
            role="option"
            tabIndex={-1}
            aria-selected={i === active ? 'true' : 'false'}
            // Chosen before the input loses focus, so the choice is not read as leaving the field.
            onMouseDown={(e) => {
              e.preventDefault();
              choose(i);
            }}
          >
            <span class="code">{m.code}</span> {m[lang]}
          </div>
        ))}
      </div>
      {open && edited.text.trim() !== '' && matches.length === 0 && (
        <p class="note" role="status">
          {tr(lang, 'sectorNoMatch')}
        </p>
      )}
      <p id={hintId} class="hint">
        {known ? tr(lang, 'sectorChosen', { label: tolLabel(known, lang) }) : tr(lang, 'sectorHint')}
      </p>
      {problem && (
        <p id={errorId} class="field-error">
          {problem}
        </p>
      )}
    </div>
  );
}
