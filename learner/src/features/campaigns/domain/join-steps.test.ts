import { looksReconciled, nextJoinStep, type JoinCampaign, type JoinState, type KnownParticipation } from './join-steps';

const assessment: JoinCampaign = { code: 'YRBVDF759', type: 'ASSESSMENT', organizationName: 'Lycée Marie Curie', isRestricted: false, idPixLabel: null };
const school: JoinCampaign = { ...assessment, isRestricted: true };
const profiles: JoinCampaign = { ...assessment, code: 'PRFCOL234', type: 'PROFILES_COLLECTION' };

function participation(code: string, status: KnownParticipation['status'], overrides: Partial<KnownParticipation['campaign']> = {}): KnownParticipation {
  return { id: `p-${code}`, status, campaign: { code, organizationName: 'Lycée Marie Curie', isRestricted: false, ...overrides } };
}

function state(campaign: JoinCampaign, overrides: Partial<JoinState> = {}): JoinState {
  return { campaign, participations: [], reconciled: false, reconciliationRequired: false, externalId: null, ...overrides };
}

describe('joining a campaign', () => {
  it('starts an open assessment at once, after the external identifier when it asks for one', () => {
    expect(nextJoinStep(state(assessment))).toEqual({ kind: 'start' });
    expect(nextJoinStep(state({ ...assessment, idPixLabel: 'Numéro élève' }))).toEqual({ kind: 'externalId' });
    expect(nextJoinStep(state({ ...assessment, idPixLabel: 'Numéro élève' }, { externalId: 'A12' }))).toEqual({ kind: 'start' });
  });

  it('asks a school pupil to be found among its pupils first, then the identifier', () => {
    const campaign = { ...school, idPixLabel: 'Numéro élève' };
    expect(nextJoinStep(state(campaign))).toEqual({ kind: 'reconcile' });
    expect(nextJoinStep(state(campaign, { reconciled: true }))).toEqual({ kind: 'externalId' });
    expect(nextJoinStep(state(campaign, { reconciled: true, externalId: 'A12' }))).toEqual({ kind: 'start' });
  });

  it('guesses that a pupil who joined another campaign of the school is reconciled, unless the API says otherwise', () => {
    const other = participation('OTHERC234', 'SHARED', { isRestricted: true });
    expect(looksReconciled(school, [other])).toBe(true);
    expect(looksReconciled(school, [participation('OTHERC234', 'SHARED', { isRestricted: true, organizationName: 'Collège Jean Moulin' })])).toBe(false);
    expect(nextJoinStep(state(school, { participations: [other] }))).toEqual({ kind: 'start' });
    expect(nextJoinStep(state(school, { participations: [other], reconciliationRequired: true }))).toEqual({ kind: 'reconcile' });
  });

  it('never asks a pupil the API knows as one of the school\'s pupils for their identity again', () => {
    expect(nextJoinStep(state({ ...school, viewerLinkedToOrganization: true }))).toEqual({ kind: 'start' });
    expect(nextJoinStep(state({ ...school, idPixLabel: 'Numéro élève', viewerLinkedToOrganization: true }))).toEqual({ kind: 'externalId' });
    expect(nextJoinStep(state({ ...school, viewerLinkedToOrganization: false }))).toEqual({ kind: 'reconcile' });
  });

  it('resumes a participation in progress and opens a finished one', () => {
    expect(nextJoinStep(state({ ...school, idPixLabel: 'Numéro élève' }, { participations: [participation('YRBVDF759', 'STARTED')] }))).toEqual({ kind: 'start' });
    expect(nextJoinStep(state(assessment, { participations: [participation('YRBVDF759', 'TO_SHARE')] }))).toEqual({ kind: 'participation', participationId: 'p-YRBVDF759' });
    expect(nextJoinStep(state(assessment, { participations: [participation('YRBVDF759', 'SHARED')] }))).toEqual({ kind: 'participation', participationId: 'p-YRBVDF759' });
  });

  it('lets a profile be sent, and sent again without asking the identifier twice', () => {
    expect(nextJoinStep(state({ ...profiles, idPixLabel: 'E-mail' }))).toEqual({ kind: 'externalId' });
    expect(nextJoinStep(state({ ...profiles, idPixLabel: 'E-mail' }, { externalId: 'a@b.fr' }))).toEqual({ kind: 'sendProfile' });
    expect(nextJoinStep(state({ ...profiles, idPixLabel: 'E-mail' }, { participations: [participation('PRFCOL234', 'SHARED')] }))).toEqual({ kind: 'sendProfile' });
  });
});
