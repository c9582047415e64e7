/**
 * The accessibility statement (issue 15), in the reader's language, with the deploying organization and its
 * feedback channels from the build's settings. Reachable from every page's footer.
 */
import type { Lang } from '../../i18n/issueMessages';
import { formatDay } from '../../i18n/parseDate';
import { tr } from '../../i18n/ui';
import { AUTHORITY_SITE, STATEMENT_DATE } from '../../i18n/uiStatement';
import { type Deployment, hasFeedbackChannel } from './deployment';

export const STATEMENT_PATH = '/accessibility';
export const FEEDBACK_ID = 'feedback';

export function AccessibilityPage({
  lang,
  deployment = __DEPLOYMENT__,
}: {
  lang: Lang;
  deployment?: Deployment;
}) {
  const org = deployment.organization[lang] || deployment.organization.fi;
  const { email, url, phone } = deployment.feedback;
  const site = AUTHORITY_SITE[lang];
  return (
    <article class="statement">
      <h1>{tr(lang, 'stTitle')}</h1>
      <p>{tr(lang, 'stIntro', { org })}</p>
      <h2>{tr(lang, 'stStatusHeading')}</h2>
      <p>{tr(lang, 'stStatus')}</p>
      <h2>{tr(lang, 'stGapsHeading')}</h2>
      <ul>
        <li>{tr(lang, 'stGapPdf')}</li>
        <li>{tr(lang, 'stGapManual')}</li>
      </ul>
      <h2>{tr(lang, 'stAlternativeHeading')}</h2>
      <p>{tr(lang, 'stAlternative')}</p>
      <h2>{tr(lang, 'stAssessedHeading')}</h2>
      <p>{tr(lang, 'stAssessed')}</p>
      <h2 id={FEEDBACK_ID} tabIndex={-1}>
        {tr(lang, 'stFeedbackHeading')}
      </h2>
      <p>{tr(lang, 'stFeedback', { org })}</p>
      {hasFeedbackChannel(deployment) ? (
        <ul class="statement-channels">
          {email && (
            <li>
              {labelled(
                tr(lang, 'stFeedbackEmail', { email: '\u0000' }),
                <a href={`mailto:${email}`}>{email}</a>,
              )}
            </li>
          )}
          {url && <li>{labelled(tr(lang, 'stFeedbackUrl', { url: '\u0000' }), <a href={url}>{url}</a>)}</li>}
          {phone && (
            <li>
              {labelled(
                tr(lang, 'stFeedbackPhone', { phone: '\u0000' }),
                <a href={`tel:${phone.replace(/[^+0-9]/g, '')}`}>{phone}</a>,
              )}
            </li>
          )}
        </ul>
      ) : (
        <p class="notice" role="note">
          {tr(lang, 'stFeedbackMissing', { org })}
        </p>
      )}
      <h2>{tr(lang, 'stAuthorityHeading')}</h2>
      <p>
        {labelled(
          tr(lang, 'stAuthority', { site: '\u0000' }),
          <a href={site}>{site.replace('https://', '')}</a>,
        )}
      </p>
      <p class="muted">
        {tr(lang, 'stDated', { date: formatDay(STATEMENT_DATE, lang), version: __APP_VERSION__ })}
      </p>
    </article>
  );
}

/** A sentence with a link where its placeholder (written as NUL) stands: the words stay whole in each language. */
function labelled(text: string, link: preact.JSX.Element) {
  const [before, after] = text.split('\u0000');
  return (
    <>
      {before}
      {link}
      {after}
    </>
  );
}
