/**
 * Who offers this copy of the app and where its users send feedback: deployment settings, read from the
 * environment when the app is built (docs/deployment.md), never written into the code. The accessibility
 * statement names them (Act on the Provision of Digital Services 306/2019, §§ 15–16: a statement and a
 * feedback channel, answered within 14 days). Pure: vite.config.ts reads the settings with it.
 */

export interface Deployment {
  /** The organization that offers the app, in each language. */
  organization: { fi: string; sv: string; en: string };
  feedback: { email?: string; url?: string; phone?: string };
}

export type DeploymentProblem = { variable: string; value: string; reason: 'email' | 'url' | 'phone' };

/** The variables read, all optional: names fall back to the Finnish one, a channel may be left out. */
export const DEPLOYMENT_VARIABLES = [
  'PAASTO_ORG_FI',
  'PAASTO_ORG_SV',
  'PAASTO_ORG_EN',
  'PAASTO_FEEDBACK_EMAIL',
  'PAASTO_FEEDBACK_URL',
  'PAASTO_FEEDBACK_PHONE',
] as const;

const EMAIL = /^[^\s@<>"]+@[^\s@<>"]+\.[^\s@<>".]+$/;
const PHONE = /^\+?[0-9][0-9 ()-]{4,24}$/;

function httpsUrl(s: string): boolean {
  try {
    return new URL(s).protocol === 'https:';
  } catch {
    return false;
  }
}

/**
 * The settings from the environment. A value in the wrong form is left out and named in `problems`, so the
 * build can stop on it: a statement must not send people to an address that cannot work.
 */
export function readDeployment(env: Readonly<Record<string, string | undefined>>): {
  deployment: Deployment;
  problems: DeploymentProblem[];
} {
  const get = (k: (typeof DEPLOYMENT_VARIABLES)[number]) => (env[k] ?? '').trim();
  const problems: DeploymentProblem[] = [];
  const fi = get('PAASTO_ORG_FI');
  const feedback: Deployment['feedback'] = {};
  const email = get('PAASTO_FEEDBACK_EMAIL');
  if (email) {
    if (EMAIL.test(email)) feedback.email = email;
    else problems.push({ variable: 'PAASTO_FEEDBACK_EMAIL', value: email, reason: 'email' });
  }
  const url = get('PAASTO_FEEDBACK_URL');
  if (url) {
    if (httpsUrl(url)) feedback.url = url;
    else problems.push({ variable: 'PAASTO_FEEDBACK_URL', value: url, reason: 'url' });
  }
  const phone = get('PAASTO_FEEDBACK_PHONE');
  if (phone) {
    if (PHONE.test(phone)) feedback.phone = phone;
    else problems.push({ variable: 'PAASTO_FEEDBACK_PHONE', value: phone, reason: 'phone' });
  }
  return {
    deployment: {
      organization: { fi, sv: get('PAASTO_ORG_SV') || fi, en: get('PAASTO_ORG_EN') || fi },
      feedback,
    },
    problems,
  };
}

/** Whether people have any way to give feedback in this copy. */
export function hasFeedbackChannel(d: Deployment): boolean {
  return Boolean(d.feedback.email || d.feedback.url || d.feedback.phone);
}
