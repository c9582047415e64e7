/**
 * The preview of an import: each partner in the file, new or matching one on this device (and how it was
 * matched), with last-changed dates and each year's entries on both sides, and the choices — add or skip a
 * new partner; keep mine, take theirs or keep both for a match and for each year both have. Factor sets,
 * settings and missing factor sets below. Names from the file are text, never markup.
 */
import '../../i18n/uiBackup';
import '../../i18n/uiBackupReceived';
import { useEffect, useRef } from 'preact/hooks';
import { formatDateTime } from '../../i18n/format';
import type { Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import type {
  CommitmentPlan,
  ImportChoices,
  ImportPlan,
  PartnerChoice,
  PartnerDecision,
  PartnerPlan,
  YearChoice,
  YearPlan,
  YearSide,
} from '../../state/backup';
import { IssueList } from './IssueList';

const PARTNER_CHOICE: Record<PartnerChoice, UiKey> = {
  add: 'backupChoiceAdd',
  skip: 'backupChoiceSkip',
  'keep-mine': 'backupChoiceKeepMine',
  'take-theirs': 'backupChoiceTakeTheirs',
  'keep-both': 'backupChoiceKeepBoth',
};
const YEAR_CHOICE: Record<YearChoice, UiKey> = {
  'keep-mine': 'backupChoiceKeepMine',
  'take-theirs': 'backupChoiceTakeTheirs',
  'keep-both': 'backupChoiceKeepBoth',
};
const MATCHED_BY: Record<NonNullable<PartnerPlan['match']>['by'], UiKey> = {
  id: 'backupMatchById',
  businessId: 'backupMatchByBusinessId',
  name: 'backupMatchByName',
};
/** The settings the app has, by the names the settings page gives them; another key is shown as it is. */
const SETTING_NAME: Record<string, UiKey> = {
  lang: 'language',
  defaultGwp: 'defaultGwp',
  defaultFactorSet: 'defaultFactorSet',
};

function settingValue(v: unknown): string {
  return (typeof v === 'string' ? v : JSON.stringify(v)).slice(0, 80);
}

const KIND: Record<ImportPlan['kind'], UiKey> = {
  backup: 'backupKindBackup',
  exchange: 'backupKindExchange',
  'exchange-list': 'backupKindExchangeList',
};

interface Props {
  lang: Lang;
  fileName: string;
  plan: ImportPlan;
  choices: ImportChoices;
  replanned: boolean;
  onChange: (choices: ImportChoices) => void;
  onImport: () => void;
  onCancel: () => void;
}

function decision(choices: ImportChoices, p: PartnerPlan): PartnerDecision {
  return (
    choices.partners.get(p.key) ?? {
      partner: p.defaultChoice,
      years: new Map(p.years.map((y) => [y.year, y.defaultChoice])),
    }
  );
}

function Side({ side, lang }: { side: YearSide | undefined; lang: Lang }) {
  if (!side) return <span class="muted">{tr(lang, 'backupNotOnDevice')}</span>;
  return (
    <>
      {tr(lang, 'backupYearEntries', { n: side.entries })}
      {side.unfinished > 0 && <> {tr(lang, 'backupYearUnfinished', { n: side.unfinished })}</>}
      <br />
      <span class="muted">{tr(lang, 'backupChangedAt', { date: formatDateTime(side.updatedAt, lang) })}</span>
    </>
  );
}

export function ImportPreview(props: Props) {
  const { lang, plan, choices } = props;
  const heading = useRef<HTMLHeadingElement>(null);
  // The preview replaces the file picker: its heading takes the focus so keyboard and screen-reader users follow.
  useEffect(() => heading.current?.focus(), [plan]);
  const setPartner = (p: PartnerPlan, d: PartnerDecision) => {
    const partners = new Map(choices.partners);
    partners.set(p.key, d);
    props.onChange({ ...choices, partners });
  };
  const header = plan.source.header;
  const created = header?.createdAt ?? plan.source.exportedAt;
  const newSets = plan.factorSets.filter((f) => !f.exists);
  const differing = plan.settings.filter(
    (s) => 'mine' in s && JSON.stringify(s.mine) !== JSON.stringify(s.value),
  );
  const settingName = (key: string) => {
    const k = SETTING_NAME[key];
    return k ? tr(lang, k) : key;
  };

  return (
    <div class="backup-preview">
      <h3 ref={heading} tabIndex={-1}>
        {tr(lang, 'backupPreviewTitle', { file: props.fileName })}
      </h3>
      {props.replanned && (
        <p class="problem" role="alert">
          {tr(lang, 'backupReplanned')}
        </p>
      )}
      <p>
        {tr(lang, KIND[plan.kind])}
        {created && <> {tr(lang, 'backupFileCreated', { date: formatDateTime(created, lang) })}</>}
        {header && <> {tr(lang, 'backupFileApp', { version: header.app.version })}</>}
      </p>
      {plan.source.warnings.length > 0 && (
        <div class="note">
          <p>{tr(lang, 'backupWarnings')}</p>
          <IssueList issues={plan.source.warnings} lang={lang} />
        </div>
      )}
      {plan.partners.length === 0 && <p>{tr(lang, 'backupNoPartnersInFile')}</p>}
      {plan.partners.map((p, i) => (
        <PartnerChoices
          key={p.key}
          lang={lang}
          index={i}
          plan={p}
          decision={decision(choices, p)}
          onChange={(d) => setPartner(p, d)}
        />
      ))}
      {newSets.length > 0 && (
        <div class="field">
          <label>
            <input
              type="checkbox"
              checked={choices.factorSets}
              onChange={(e) =>
                props.onChange({ ...choices, factorSets: (e.currentTarget as HTMLInputElement).checked })
              }
            />{' '}
            {tr(lang, 'backupAddFactorSets', { sets: newSets.map((f) => f.key).join(', ') })}
          </label>
        </div>
      )}
      {plan.received.incoming > 0 && (
        <p class="backup-received">
          {tr(lang, 'backupReceivedPlan', { n: plan.received.incoming, fresh: plan.received.fresh })}
        </p>
      )}
      {plan.missingFactorSets.length > 0 && (
        <p class="problem backup-missing-sets">
          {tr(lang, 'backupMissingFactorSets', { sets: plan.missingFactorSets.join(', ') })}
        </p>
      )}
      {differing.length > 0 && (
        <fieldset class="field">
          <legend>
            {tr(lang, 'backupSettingsTitle', { keys: differing.map((s) => settingName(s.key)).join(', ') })}
          </legend>
          <ul class="plain backup-facts">
            {differing.map((s) => (
              <li key={s.key}>
                {settingName(s.key)}:{' '}
                {tr(lang, 'backupSettingsValues', {
                  mine: settingValue(s.mine),
                  theirs: settingValue(s.value),
                })}
              </li>
            ))}
          </ul>
          {(['keep-mine', 'take-theirs'] as const).map((c) => (
            <label key={c}>
              <input
                type="radio"
                name="backup-settings"
                checked={choices.settings === c}
                onChange={() => props.onChange({ ...choices, settings: c })}
              />{' '}
              {tr(lang, c === 'keep-mine' ? 'backupSettingsMine' : 'backupSettingsTheirs')}
            </label>
          ))}
        </fieldset>
      )}
      <div class="actions">
        <button type="button" onClick={props.onImport}>
          {tr(lang, 'backupImportButton')}
        </button>
        <button type="button" class="secondary" onClick={props.onCancel}>
          {tr(lang, 'cancel')}
        </button>
      </div>
    </div>
  );
}

function PartnerChoices({
  lang,
  index,
  plan: p,
  decision: d,
  onChange,
}: {
  lang: Lang;
  index: number;
  plan: PartnerPlan;
  decision: PartnerDecision;
  onChange: (d: PartnerDecision) => void;
}) {
  const options: PartnerChoice[] = p.match
    ? ['keep-mine', 'take-theirs', 'keep-both', 'skip']
    : ['add', 'skip'];
  const perYear = p.match !== undefined && (d.partner === 'keep-mine' || d.partner === 'take-theirs');
  const setYear = (y: number, c: YearChoice) => {
    const years = new Map(d.years);
    years.set(y, c);
    onChange({ ...d, years });
  };
  const fate = (y: YearPlan): string =>
    d.partner === 'skip'
      ? tr(lang, 'backupYearSkipped')
      : d.partner === 'keep-both'
        ? tr(lang, 'backupYearToCopy', { name: p.copyName })
        : tr(lang, 'backupYearAdded', { year: y.year });
  return (
    <fieldset class="backup-partner card" data-partner={p.name}>
      <legend>{p.name}</legend>
      <p>
        {p.match ? (
          <>
            <span class="badge">{tr(lang, 'backupMatchBadge')}</span>{' '}
            {tr(lang, 'backupMatches', { name: p.match.name, by: tr(lang, MATCHED_BY[p.match.by]) })}
          </>
        ) : (
          <span class="badge">{tr(lang, 'backupNewBadge')}</span>
        )}
      </p>
      <ul class="plain backup-facts">
        {p.businessId && <li>{tr(lang, 'backupFactBusinessId', { id: p.businessId })}</li>}
        <li>{tr(lang, 'backupFactSites', { n: p.sites })}</li>
        {p.commitment && <li>{tr(lang, 'backupFactCommitment', p.commitment.incoming)}</li>}
        {p.commitment && perYear && <li data-commitment-fate>{commitmentFate(p.commitment, d, lang)}</li>}
        <li>{tr(lang, 'backupFactChangedFile', { date: formatDateTime(p.updatedAt, lang) })}</li>
        {p.match && (
          <li>{tr(lang, 'backupFactChangedMine', { date: formatDateTime(p.match.updatedAt, lang) })}</li>
        )}
      </ul>
      <fieldset class="backup-choice">
        <legend>{tr(lang, 'backupPartnerChoice', { name: p.name })}</legend>
        {options.map((c) => (
          <label key={c}>
            <input
              type="radio"
              name={`backup-p-${index}`}
              value={c}
              checked={d.partner === c}
              onChange={() => onChange({ ...d, partner: c })}
            />{' '}
            {c === 'keep-both'
              ? tr(lang, 'backupChoiceKeepBothPartner', { name: p.copyName })
              : tr(lang, PARTNER_CHOICE[c])}
          </label>
        ))}
      </fieldset>
      {p.years.length > 0 && (
        // Focusable, so a keyboard can scroll it where a phone is too narrow for it (it may hold no control).
        <section
          class="table-scroll"
          // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrolling region must be reachable by keyboard (WCAG 2.1.1)
          tabIndex={0}
          aria-label={tr(lang, 'backupYearsCaption', { name: p.name })}
        >
          <table class="backup-years">
            <caption class="visually-hidden">{tr(lang, 'backupYearsCaption', { name: p.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{tr(lang, 'year')}</th>
                <th scope="col">{tr(lang, 'backupInFile')}</th>
                <th scope="col">{tr(lang, 'backupOnDevice')}</th>
                <th scope="col">{tr(lang, 'backupYearChoice')}</th>
              </tr>
            </thead>
            <tbody>
              {p.years.map((y) => (
                <tr key={y.year} data-year={y.year}>
                  <th scope="row">{y.year}</th>
                  <td>
                    <Side side={y.incoming} lang={lang} />
                  </td>
                  <td>
                    <Side side={y.existing} lang={lang} />
                  </td>
                  <td>
                    {perYear ? (
                      <YearChoices
                        lang={lang}
                        name={`backup-y-${index}-${y.year}`}
                        year={y}
                        value={d.years.get(y.year) ?? y.defaultChoice}
                        onChange={(c) => setYear(y.year, c)}
                      />
                    ) : (
                      fate(y)
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      )}
    </fieldset>
  );
}

function YearChoices({
  lang,
  name,
  year,
  value,
  onChange,
}: {
  lang: Lang;
  name: string;
  year: YearPlan;
  value: YearChoice;
  onChange: (c: YearChoice) => void;
}) {
  // A year only the file has is added (take theirs) or left out (keep mine, which has nothing).
  const options: [YearChoice, string][] = year.existing
    ? (['keep-mine', 'take-theirs', 'keep-both'] as const).map((c) => [c, tr(lang, YEAR_CHOICE[c])])
    : [
        ['take-theirs', tr(lang, 'backupChoiceAdd')],
        ['keep-mine', tr(lang, 'backupChoiceSkip')],
      ];
  return (
    <fieldset class="backup-choice">
      <legend class="visually-hidden">{tr(lang, 'backupYearChoiceOf', { year: year.year })}</legend>
      {options.map(([c, label]) => (
        <label key={c}>
          <input type="radio" name={name} value={c} checked={value === c} onChange={() => onChange(c)} />{' '}
          {label}
        </label>
      ))}
    </fieldset>
  );
}

/** What the import does to the partner's commitment (src/db/backup/importCommitment.ts says the rule). */
function commitmentFate(c: CommitmentPlan, d: PartnerDecision, lang: Lang): string {
  if (!c.mine) return tr(lang, 'backupCommitmentAdded');
  return d.partner === 'take-theirs'
    ? tr(lang, 'backupCommitmentReplaces', c.mine)
    : tr(lang, 'backupCommitmentKept', c.mine);
}
