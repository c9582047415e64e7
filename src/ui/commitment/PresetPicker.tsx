/**
 * Choosing a target's preset (src/core/targetPresets.ts): each published rule in words with its sources and
 * the assumptions made where the rule could not be read, and for the SBTi SME route its eligibility
 * conditions as a checklist the partner ticks (a self-check: an unmet condition is said, the target may still
 * be recorded). What the app can read from the base year (emissions, turnover) is ticked for the partner.
 */
import '../../i18n/uiCommitment';
import type { TargetPreset } from '../../core/commitment';
import { eligibility, type PresetSource, TARGET_PRESET_INFO } from '../../core/targetPresets';
import type { Lang } from '../../i18n/issueMessages';
import { presetWord, targetWord } from '../../i18n/targetPresetWords';
import { tr } from '../../i18n/ui';
import type { TargetDraft } from './targetDraft';

const PRESETS: readonly TargetPreset[] = ['sbti-sme', 'sme-climate-hub', 'chamber-2035', 'own'];

function SourceLine({ s, lang }: { s: PresetSource; lang: Lang }) {
  const what = [s.publisher, s.document, s.version, s.year].filter((x) => x !== undefined).join(', ');
  return (
    <li>
      {what}.{' '}
      <a href={s.url} rel="noopener noreferrer" target="_blank">
        {s.url}
      </a>
      {s.via && (
        // Where the document was actually read, when that was a copy of the publisher's file.
        <>
          {' '}
          ({tr(lang, 'cmPresetVia')}{' '}
          <a href={s.via} rel="noopener noreferrer" target="_blank">
            {s.via}
          </a>
          )
        </>
      )}
    </li>
  );
}

export function PresetPicker(p: {
  lang: Lang;
  idBase: string;
  draft: TargetDraft;
  /** Chooses a preset: the form fills the preset's rule. */
  onPreset: (preset: TargetPreset) => void;
}) {
  const { lang, draft: d, idBase: id } = p;
  return (
    <fieldset class="field">
      <legend>{tr(lang, 'cmPreset')}</legend>
      {PRESETS.map((preset) => (
        <label class="check" key={preset}>
          <input
            type="radio"
            name={`${id}-preset`}
            value={preset}
            checked={d.preset === preset}
            onChange={() => p.onPreset(preset)}
          />{' '}
          {presetWord(lang, preset)}
        </label>
      ))}
    </fieldset>
  );
}

/** The chosen preset's rules with their sources and assumptions, and its eligibility checklist. */
export function PresetRules(p: {
  lang: Lang;
  idBase: string;
  draft: TargetDraft;
  onChange: (patch: Partial<TargetDraft>) => void;
}) {
  const { lang, draft: d, idBase: id } = p;
  const info = d.preset === 'own' ? undefined : TARGET_PRESET_INFO[d.preset];
  const answers = d.eligibility ?? {};
  const verdict = info ? eligibility(info, answers) : 'eligible';
  return (
    <>
      {info?.targets.map((rule) => (
        <div class="preset-rule" key={rule.id} data-rule={rule.id}>
          <p>
            <strong>{targetWord(lang, `tgTarget_${rule.id}`)}</strong>
          </p>
          <p>{targetWord(lang, `tgRule_${rule.id}`)}</p>
          {rule.assumptions.map((a) => (
            <p key={a}>
              <strong>{tr(lang, 'cmPresetAssumption')}:</strong> {targetWord(lang, `tgAssume_${a}`)}
            </p>
          ))}
          <p>
            <strong>{tr(lang, 'cmPresetSource')}:</strong>
          </p>
          <ul>
            {rule.sources.map((s) => (
              <SourceLine key={s.document} s={s} lang={lang} />
            ))}
          </ul>
        </div>
      ))}
      {info?.eligibility && (
        <fieldset
          class="field eligibility"
          aria-describedby={verdict === 'not-eligible' ? `${id}-elig-note` : undefined}
        >
          <legend>{tr(lang, 'cmEligibility')}</legend>
          {(['all', 'some'] as const).map((group) => (
            <div key={group}>
              <p>
                {group === 'all'
                  ? targetWord(lang, 'tgEligAll')
                  : targetWord(lang, 'tgEligSome', { n: info.eligibility?.someNeeded ?? 0 })}
              </p>
              {info.eligibility?.items
                .filter((item) => item.group === group)
                .map((item) => (
                  <label class="check" key={item.id}>
                    <input
                      type="checkbox"
                      checked={answers[item.id] === true}
                      onChange={(e) =>
                        p.onChange({
                          eligibility: {
                            ...answers,
                            [item.id]: (e.currentTarget as HTMLInputElement).checked,
                          },
                        })
                      }
                    />{' '}
                    {targetWord(lang, `tgElig_${item.id}`)}
                  </label>
                ))}
            </div>
          ))}
          {verdict === 'not-eligible' && (
            <p id={`${id}-elig-note`} class="note">
              {tr(lang, 'cmEligibilityUnmet')}
            </p>
          )}
        </fieldset>
      )}
    </>
  );
}
