/** The deployment settings of the accessibility statement (issue 15): read from the environment, checked. */
import { describe, expect, it } from 'vitest';
import { hasFeedbackChannel, readDeployment } from '../../src/ui/statement/deployment';

describe('readDeployment', () => {
  it('takes the organization in three languages and every feedback channel given', () => {
    const { deployment, problems } = readDeployment({
      PAASTO_ORG_FI: ' Joensuun kaupunki ',
      PAASTO_ORG_SV: 'Joensuu stad',
      PAASTO_ORG_EN: 'City of Joensuu',
      PAASTO_FEEDBACK_EMAIL: 'palaute@example.fi',
      PAASTO_FEEDBACK_URL: 'https://www.example.fi/palaute',
      PAASTO_FEEDBACK_PHONE: '+358 13 123 4567',
    });
    expect(problems).toEqual([]);
    expect(deployment).toEqual({
      organization: { fi: 'Joensuun kaupunki', sv: 'Joensuu stad', en: 'City of Joensuu' },
      feedback: {
        email: 'palaute@example.fi',
        url: 'https://www.example.fi/palaute',
        phone: '+358 13 123 4567',
      },
    });
    expect(hasFeedbackChannel(deployment)).toBe(true);
  });

  it('names the organization in Finnish where another language is not given', () => {
    const { deployment } = readDeployment({ PAASTO_ORG_FI: 'Joensuun kaupunki' });
    expect(deployment.organization).toEqual({
      fi: 'Joensuun kaupunki',
      sv: 'Joensuun kaupunki',
      en: 'Joensuun kaupunki',
    });
  });

  it('says when no channel is given, and leaves out a value in the wrong form with its reason', () => {
    expect(hasFeedbackChannel(readDeployment({ PAASTO_FEEDBACK_EMAIL: '  ' }).deployment)).toBe(false);
    const { deployment, problems } = readDeployment({
      PAASTO_FEEDBACK_EMAIL: 'palaute(at)example.fi',
      PAASTO_FEEDBACK_URL: 'http://www.example.fi/palaute',
      PAASTO_FEEDBACK_PHONE: 'soita meille',
    });
    expect(deployment.feedback).toEqual({});
    expect(problems.map((p) => [p.variable, p.reason])).toEqual([
      ['PAASTO_FEEDBACK_EMAIL', 'email'],
      ['PAASTO_FEEDBACK_URL', 'url'],
      ['PAASTO_FEEDBACK_PHONE', 'phone'],
    ]);
  });
});
