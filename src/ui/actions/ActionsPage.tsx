/**
 * A partner's climate actions (issue 12): what it does to cut emissions, how far each action has come, what
 * it expects each to cut (modelled) and how the emissions of its categories changed (observed), kept in
 * columns of their own and never added to each other or to emissions. Filtered by status and theme; removed
 * with undo. The address is /partners/:id/actions.
 */
import '../../i18n/uiActions';
import { useEffect, useState } from 'preact/hooks';
import { calculatedYears } from '../../core/actionObserved';
import type { ActionStatus, ActionTheme, ClimateAction } from '../../core/commitment';
import type { Lang } from '../../i18n/issueMessages';
import { tr } from '../../i18n/ui';
import { lastCommitmentDeletion, removeAction, undoCommitmentRemoval } from '../../state/commitment';
import { getPartner } from '../../state/partner';
import { attempt } from '../../state/saveStatus';
import { useSignal } from '../../state/signal';
import { useLive } from '../../state/useLive';
import { Link } from '../components/Link';
import { SelectField } from '../components/SelectField';
import { Help } from '../help/Help';
import { ActionTable } from './ActionTable';
import { statusOptions, themeOptions } from './actionWords';
import { NewAction } from './NewAction';
import { useYearResults } from './useYearResults';
import './actions.css';

const OBSERVED_HELP = { id: 'observed', name: 'actHelpTerm', text: 'actHelp' } as const;

export function ActionsPage({ lang, orgId }: { lang: Lang; orgId: string }) {
  const org = useLive(() => getPartner(orgId).then((o) => o ?? null), [orgId]);
  const years = useYearResults(orgId, org?.customFactors ?? []);
  const [status, setStatus] = useState<ActionStatus | 'all'>('all');
  const [theme, setTheme] = useState<ActionTheme | 'all'>('all');
  const [editing, setEditing] = useState<string | null>(null);
  const deletion = useSignal(lastCommitmentDeletion);
  const removed = deletion?.kind === 'action' && deletion.orgId === orgId ? deletion : null;
  const [added, setAdded] = useState<string | null>(null);
  // A removed action's row is gone with the focus on its button: the focus goes to the undo beside the message.
  useEffect(() => {
    if (removed) document.getElementById('act-undo')?.focus();
  }, [removed]);

  if (org === undefined) return <p>{tr(lang, 'loading')}</p>;
  if (org === null) return <h1>{tr(lang, 'notFound')}</h1>;
  const actions = org.commitment?.actions ?? [];
  const shown = actions.filter(
    (a) => (status === 'all' || a.status === status) && (theme === 'all' || a.theme === theme),
  );
  const all = tr(lang, 'actFilterAll');
  // The years the latest observed change compares, when one of them is still a draft.
  const draftYears = years
    ? calculatedYears(years.results)
        .slice(-2)
        .map((r) => r.year)
        .filter((y) => years.drafts.has(y))
    : [];
  const remove = async (a: ClimateAction) => {
    if (editing === a.id) setEditing(null);
    setAdded(null);
    await attempt(removeAction(orgId, a.id));
  };

  return (
    <>
      <p class="crumb">
        <Link href={`/partners/${orgId}`} title={org.name}>
          ← {org.name}
        </Link>
      </p>
      <h1>{tr(lang, 'actPageTitle', { name: org.name })}</h1>
      <p>
        {tr(lang, 'actLead')} <Help term={OBSERVED_HELP} lang={lang} visible />
      </p>
      <section class="card act-list" aria-labelledby="act-list-h">
        <h2 id="act-list-h">{tr(lang, 'actTitle')}</h2>
        {actions.length === 0 && <p>{tr(lang, 'actNone')}</p>}
        {actions.length > 0 && (
          <div class="grid act-filters">
            <SelectField<ActionStatus | 'all'>
              id="act-filter-status"
              label={tr(lang, 'actFilterStatus')}
              value={status}
              options={[['all', all], ...statusOptions(lang)]}
              onChange={setStatus}
            />
            <SelectField<ActionTheme | 'all'>
              id="act-filter-theme"
              label={tr(lang, 'actFilterTheme')}
              value={theme}
              options={[['all', all], ...themeOptions(lang)]}
              onChange={setTheme}
            />
          </div>
        )}
        {actions.length > 0 && shown.length < actions.length && (
          <p role="status">
            {shown.length === 0
              ? tr(lang, 'actNoneMatch')
              : tr(lang, 'actShown', { shown: shown.length, n: actions.length })}
          </p>
        )}
        {shown.length > 0 && draftYears.length > 0 && (
          <p class="note">{tr(lang, 'actObservedDrafts', { years: draftYears.join(', ') })}</p>
        )}
        {shown.length > 0 && (
          <ActionTable
            lang={lang}
            orgId={orgId}
            actions={shown}
            years={years}
            editing={editing}
            onEdit={setEditing}
            onRemove={(a) => void remove(a)}
          />
        )}
        {removed && (
          <p role="status" class="toast">
            {tr(lang, 'actRemoved', { title: removed.item.title })}{' '}
            <button
              id="act-undo"
              type="button"
              class="secondary"
              onClick={() => void attempt(undoCommitmentRemoval())}
            >
              {tr(lang, 'actUndo')}
            </button>
          </p>
        )}
        {added && (
          <p role="status" class="toast">
            {tr(lang, 'actAdded', { title: added })}
          </p>
        )}
      </section>
      <NewAction lang={lang} orgId={orgId} onAdded={setAdded} />
    </>
  );
}
