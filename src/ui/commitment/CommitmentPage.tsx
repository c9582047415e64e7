/**
 * A partner's climate commitment and targets (issue 12): when it joined the network, its commitment's text,
 * its base-year recalculation threshold (every edit saved as typed), its targets with add, edit and delete
 * (undo), the recalculation notice when a base year has drifted, and the history of recalculations.
 */
import '../../i18n/uiCommitment';
import './commitment.css';
import { emptyCommitment } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { useBaseYearsNow } from '../../state/baseYearCheck';
import { commitmentSaveKey, saveCommitmentDetails } from '../../state/commitment';
import { getPartner } from '../../state/partner';
import { usePartnerYears } from '../../state/partnerYears';
import { useLive } from '../../state/useLive';
import { DateField } from '../components/DateField';
import { Link } from '../components/Link';
import { NumberField } from '../components/NumberField';
import { TextField } from '../components/TextField';
import { Help } from '../help/Help';
import { BaseYearNotices } from './BaseYearNotices';
import { RecalculationHistory } from './RecalculationHistory';
import { TargetList } from './TargetList';

/** Words a partner meets here for the first time: the scopes and Scope 2's two ways are the results page's. */
const BASE_YEAR_HELP = { id: 'baseYear', name: 'cmHelpBaseYearTerm', text: 'cmHelpBaseYear' } as const;

export function CommitmentPage({ lang, orgId }: { lang: Lang; orgId: string }) {
  const org = useLive(() => getPartner(orgId).then((o) => o ?? null), [orgId]);
  const years = usePartnerYears(orgId, org);
  const commitment = org?.commitment ?? emptyCommitment();
  const now = useBaseYearsNow(org?.commitment, years, org?.customFactors);
  if (org === undefined) return <p>{tr(lang, 'loading')}</p>;
  if (org === null) return <h1>{tr(lang, 'notFound')}</h1>;
  // The keys the commitment's commands save each field under, so a field shows its own save state.
  const key = (field: string) => commitmentSaveKey(orgId, field);
  const partnerHref = `/partners/${encodeURIComponent(orgId)}`;
  return (
    <>
      <p>
        <Link href={partnerHref}>← {org.name}</Link>
      </p>
      <h1>{tr(lang, 'cmTitle')}</h1>
      <p class="lead">{tr(lang, 'cmLead')}</p>
      <p class="help-row">
        <Help term="scope" lang={lang} visible />
        <Help term="methods" lang={lang} visible />
        <Help term={BASE_YEAR_HELP} lang={lang} visible />
      </p>
      {!years.loading && <BaseYearNotices lang={lang} orgId={orgId} commitment={commitment} now={now} />}

      <section class="card" aria-labelledby="commitment-details">
        <h2 id="commitment-details">{tr(lang, 'cmCommitment')}</h2>
        <div class="grid">
          <DateField
            id="cm-joined"
            label={tr(lang, 'cmJoinedOn')}
            hint={tr(lang, 'cmJoinedOnHint')}
            lang={lang}
            value={commitment.joinedOn}
            saveKey={key('joinedOn')}
            onChange={(iso) => saveCommitmentDetails(orgId, { joinedOn: iso ?? null })}
          />
          <NumberField
            id="cm-threshold"
            label={tr(lang, 'cmThreshold')}
            lang={lang}
            min={0}
            max={100}
            value={commitment.recalculationThresholdPct}
            saveKey={key('recalculationThresholdPct')}
            onChange={(_t, v) => {
              if (v !== null) saveCommitmentDetails(orgId, { recalculationThresholdPct: v });
            }}
          />
        </div>
        <p class="muted">{tr(lang, 'cmThresholdHint')}</p>
        <div class="field wide">
          <label for="cm-text">{tr(lang, 'cmText')}</label>
          <TextField
            id="cm-text"
            multiline
            value={commitment.text ?? ''}
            saveKey={key('text')}
            onInput={(v) => saveCommitmentDetails(orgId, { text: v.trim() === '' ? null : v })}
          />
        </div>
      </section>

      <TargetList lang={lang} orgId={orgId} targets={commitment.targets} years={years} />
      {commitment.targets.length > 0 && (
        <ul class="next-steps">
          <li>
            <Link href={partnerHref}>{tr(lang, 'cmNextProgress')}</Link>
          </li>
          <li>
            <Link href={`${partnerHref}/actions`}>{tr(lang, 'cmNextActions')}</Link>
          </li>
        </ul>
      )}

      <RecalculationHistory lang={lang} recalculations={commitment.recalculations} />
    </>
  );
}
