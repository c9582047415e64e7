/**
 * Problems in the partner's details, each with a link to the field on the partner's page that fixes it (the
 * page opens with that field in focus). A problem in a field no figure depends on is a warning shown beside
 * the results; one the report needs (the name) is among the problems that stop it.
 */
import '../../i18n/uiGuide';
import type { Issue } from '../../core/issues';
import { issueMessage, type Lang } from '../../i18n/issueMessages';
import { tr, type UiKey } from '../../i18n/ui';
import { Link } from '../components/Link';

/** The partner page's field of each detail, and its label. */
const FIELDS: Record<string, { id: string; label: UiKey }> = {
  name: { id: 'org-name', label: 'partnerName' },
  businessId: { id: 'org-bid', label: 'businessId' },
  sector: { id: 'org-sector', label: 'sector' },
  municipality: { id: 'org-municipality', label: 'municipality' },
  baseYear: { id: 'org-base-year', label: 'baseYear' },
};

/** The partner page's address with the field of a problem at `/organization/<field>` in focus, if it has one. */
export function partnerFieldLink(orgId: string, issue: Issue): { href: string; label: UiKey } | undefined {
  const field = FIELDS[issue.path.split('/')[2] ?? ''];
  if (!issue.path.startsWith('/organization/') || !field) return undefined;
  return { href: `/partners/${encodeURIComponent(orgId)}#${field.id}`, label: field.label };
}

export function PartnerIssueItem({ issue, orgId, lang }: { issue: Issue; orgId: string; lang: Lang }) {
  const link = partnerFieldLink(orgId, issue);
  return (
    <li class={issue.severity === 'error' ? 'field-error' : 'note'}>
      {issueMessage(issue, lang)}{' '}
      {link && <Link href={link.href}>{tr(lang, 'partnerFixField', { field: tr(lang, link.label) })}</Link>}
    </li>
  );
}

/** The warnings about the partner's details beside results that were made without those details. */
export function PartnerIssues({
  issues,
  orgId,
  lang,
}: {
  issues: readonly Issue[];
  orgId: string;
  lang: Lang;
}) {
  if (issues.length === 0) return null;
  return (
    <section class="card" aria-labelledby="partner-issues-h" data-partner-issues={issues.length}>
      <h2 id="partner-issues-h">{tr(lang, 'partnerIssuesTitle')}</h2>
      <p>{tr(lang, 'partnerIssuesLead')}</p>
      <ul>
        {issues.map((i) => (
          <PartnerIssueItem key={i.path + i.code} issue={i} orgId={orgId} lang={lang} />
        ))}
      </ul>
    </section>
  );
}
