import { getMetadataStorage } from 'type-graphql';
import { getSchema } from '../../src/graphql/schema';
import { publicOperations } from '../../src/graphql/access';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { knexOf } from '../../src/shared/infrastructure/database/knex-of';
import { buildCertificationCandidate, buildCertificationCenter, buildCertificationCenterMembership, buildCertificationSession } from '../../src/seeds/certification-builder';
import { startTestApi, type TestApi } from '../helpers/test-api';
import { ADMIN_ORGANIZATIONS_MATRIX } from './authorization.admin-organizations';
import { ADMIN_CONTENT_MATRIX } from './authorization.admin-content';

/** `otherCenter`: an account that administers another certification centre (as a learner elsewhere, unless stated). */
type Role = 'anonymous' | 'learner' | 'otherCenter' | 'SUPER_ADMIN' | 'SUPPORT' | 'METIER' | 'CERTIF' | 'integrator';
const ROLES: Role[] = ['anonymous', 'learner', 'otherCenter', 'SUPER_ADMIN', 'SUPPORT', 'METIER', 'CERTIF', 'integrator'];
/** Who reads a centre's data: its members and the platform's support and certification teams. */
const CENTER_READERS = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', otherCenter: 'FORBIDDEN', METIER: 'FORBIDDEN', default: 'ok' } as const;
/** Who acts in a centre's name: its members only (the platform team included). */
const CENTER_MEMBERS = { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' } as const;
/** Named staff operations on centres. */
const CENTER_STAFF = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', otherCenter: 'FORBIDDEN', METIER: 'FORBIDDEN' } as const;
/** An integrator's token (every scope, every school) opens the integrators' operations only. */
const INTEGRATORS_ONLY = { anonymous: 'UNAUTHENTICATED', integrator: 'ok', default: 'INTEGRATOR_TOKEN_REQUIRED' };
/** The certification jury: the certification team and the super administrators act; the support reads too. */
const JURY = (outcome: string) => ({ anonymous: 'UNAUTHENTICATED', CERTIF: outcome, SUPER_ADMIN: outcome, default: 'FORBIDDEN' });
const JURY_READERS = (outcome: string) => ({ ...JURY(outcome), SUPPORT: outcome });
/** Pix Admin's users and audit log: the support team (SUPER_ADMIN, SUPPORT) only; an empty reason is refused before anything changes. */
const USER_SUPPORT = { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' } as const;
const USER_SUPPORT_ACTION = { ...USER_SUPPORT, default: 'BAD_USER_INPUT' } as const;
const SUPER_ADMIN_ONLY = { anonymous: 'UNAUTHENTICATED', SUPER_ADMIN: 'ok', integrator: 'INTEGRATOR_OPERATION_FORBIDDEN', default: 'FORBIDDEN' };

/** Who may call each operation of the schema so far: 'ok' or the expected error code. */
const MATRIX: Record<string, { query: string; variables?: Record<string, unknown> | ((role: Role) => Record<string, unknown>); expected: Partial<Record<Role, string>> & { default: string } }> = {
  me: { query: '{ me { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  'me.profile': { query: '{ me { profile { pixScore } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  users: {
    query: '{ users(first: 5) { totalCount edges { node { id } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  'users.profile': {
    query: '{ users(first: 1) { edges { node { profile { pixScore } } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  user: { query: '{ user(id: "{{pupilId}}") { id loginMethods { method } logInThrottle { attempts } campaignParticipations { id } } }', expected: USER_SUPPORT },
  unblockUser: { query: 'mutation { unblockUser(id: "{{pupilId}}", reason: " ") { id } }', expected: USER_SUPPORT_ACTION },
  removeLoginMethod: { query: 'mutation { removeLoginMethod(input: { userId: "{{pupilId}}", method: USERNAME, reason: "" }) { id } }', expected: USER_SUPPORT_ACTION },
  sendPasswordResetEmail: { query: 'mutation { sendPasswordResetEmail(input: { userId: "{{pupilId}}", reason: "" }) { id } }', expected: USER_SUPPORT_ACTION },
  anonymizeUser: { query: 'mutation { anonymizeUser(input: { userId: "{{pupilId}}", reason: "" }) { id } }', expected: USER_SUPPORT_ACTION },
  auditLog: { query: '{ auditLog(first: 5, filter: { action: USER_UNBLOCKED }) { totalCount edges { node { targetName actor { id } } } } }', expected: USER_SUPPORT },
  competenceFramework: { query: '{ competenceFramework { areas { code } } }', expected: { default: 'ok' } },
  competence: { query: '{ competence(id: "1.1") { code } }', expected: { default: 'ok' } },
  errorCodes: { query: '{ errorCodes }', expected: { default: 'ok' } },
  signUp: {
    query: 'mutation { signUp(input: { firstName: "A", lastName: "B", email: "", password: "x", cgu: true }) { accessToken } }',
    expected: { default: 'BAD_USER_INPUT' },
  },
  logIn: { query: 'mutation { logIn(input: { login: "x@example.fr", password: "y" }) { accessToken } }', expected: { default: 'INVALID_CREDENTIALS' } },
  refreshSession: { query: 'mutation { refreshSession(refreshToken: "faux") { accessToken } }', expected: { default: 'INVALID_TOKEN' } },
  logOut: { query: 'mutation { logOut(refreshToken: "faux") }', expected: { default: 'ok' } },
  // One address per role: three links an hour at most go to one address (throttle-lookups.test.ts).
  requestPasswordReset: { query: 'mutation R($email: String!) { requestPasswordReset(email: $email) }', variables: (role) => ({ email: `x.${role.toLowerCase()}@example.fr` }), expected: { default: 'ok' } },
  resetPassword: { query: 'mutation { resetPassword(input: { token: "faux", password: "Valide2026" }) }', expected: { default: 'INVALID_TOKEN' } },
  retryCompetence: { query: 'mutation { retryCompetence(competenceId: "1.1") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'RETRY_NOT_AVAILABLE' } },
  resetCompetence: { query: 'mutation { resetCompetence(competenceId: "1.1") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'RESET_NOT_AVAILABLE' } },
  startCompetenceEvaluation: {
    query: 'mutation { startCompetenceEvaluation(competenceId: "1.1") { id state } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' },
  },
  assessment: { query: '{ assessment(id: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  answerChallenge: {
    query: 'mutation { answerChallenge(input: { assessmentId: "999999", challengeId: "x", value: "1", idempotencyKey: "k1" }) { answer { id } } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  saveTutorial: { query: 'mutation { saveTutorial(tutorialId: "inconnu") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  unsaveTutorial: { query: 'mutation { unsaveTutorial(tutorialId: "inconnu") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  likeTutorial: { query: 'mutation { likeTutorial(tutorialId: "inconnu") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  unlikeTutorial: { query: 'mutation { unlikeTutorial(tutorialId: "inconnu") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'me.savedTutorials': { query: '{ me { savedTutorials { id } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  organization: { query: '{ organization(id: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  // A school none of the callers belongs to (see beforeAll): the platform team reads its data, nobody else does.
  'organization.school': {
    query: '{ organization(id: "{{organizationId}}") { id memberships { role } learners(first: 5) { totalCount } divisions } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  'organization.invitations': {
    query: '{ organization(id: "{{organizationId}}") { invitations { id } } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  organizationAuditLog: {
    query: '{ organizationAuditLog(organizationId: "{{organizationId}}", first: 5) { totalCount edges { node { action actor { id } } } } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  createOrganization: {
    query: 'mutation { createOrganization(input: { name: "", type: PRO }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'BAD_USER_INPUT' },
  },
  addOrganizationMember: {
    query: 'mutation { addOrganizationMember(input: { organizationId: "999999", email: "x@example.fr", role: MEMBER }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'NOT_FOUND' },
  },
  requestOrganizationActivation: {
    query: 'mutation { requestOrganizationActivation(input: { uai: "0000000X", firstName: "A", lastName: "B" }) }',
    expected: { default: 'NOT_FOUND' },
  },
  acceptOrganizationInvitation: {
    query: 'mutation { acceptOrganizationInvitation(code: "AAAAAAAAAA") { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'INVITATION_INVALID' },
  },
  organizationInvitation: { query: '{ organizationInvitation(code: "AAAAAAAAAA") { organizationName } }', expected: { default: 'INVITATION_INVALID' } },
  // Acting in a school's name takes a membership of it: the platform team included (it uses named, audited operations).
  inviteMembers: {
    query: 'mutation { inviteMembers(organizationId: "{{organizationId}}", emails: ["a@example.fr"], role: ADMIN) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  resendInvitation: {
    query: 'mutation { resendInvitation(invitationId: "{{invitationId}}") { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  cancelInvitation: { query: 'mutation { cancelInvitation(invitationId: "{{invitationId}}") }', expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' } },
  updateMembershipRole: {
    query: 'mutation { updateMembershipRole(membershipId: "{{membershipId}}", role: MEMBER) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  removeMembership: { query: 'mutation { removeMembership(membershipId: "{{membershipId}}") }', expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' } },
  'me.memberships': { query: '{ me { memberships { id } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  generateUsernamesWithTemporaryPasswords: {
    query: 'mutation { generateUsernamesWithTemporaryPasswords(organizationId: "{{organizationId}}", learnerIds: ["{{learnerId}}"]) { csv } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  resetLearnerPassword: {
    query: 'mutation { resetLearnerPassword(organizationId: "{{organizationId}}", learnerId: "{{learnerId}}") { username } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  changeExpiredPassword: {
    query: 'mutation { changeExpiredPassword(input: { passwordChangeToken: "faux", newPassword: "Valide2026" }) { accessToken } }',
    expected: { default: 'INVALID_TOKEN' },
  },
  importJob: { query: '{ importJob(id: "999999") { state } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  createCampaign: {
    query: 'mutation { createCampaign(input: { organizationId: "999999", name: "Rentrée", type: PROFILES_COLLECTION }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  campaign: { query: '{ campaign(id: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  // The fields of a campaign's results go through campaign(id) and its rules (cross-school refusals: campaign-results*.test.ts).
  'campaign.participationStats': { query: '{ campaign(id: "999999") { participationStats { total } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'campaign.participations': { query: '{ campaign(id: "999999") { participations(first: 5) { totalCount } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'campaign.collectiveResults': { query: '{ campaign(id: "999999") { collectiveResults { sharedParticipationsCount } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'campaign.analysis': { query: '{ campaign(id: "999999") { analysis { tubes { level } } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'campaign.csvExportUrl': { query: '{ campaign(id: "999999") { csvExportUrl } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  archiveCampaign: { query: 'mutation { archiveCampaign(campaignId: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  unarchiveCampaign: { query: 'mutation { unarchiveCampaign(campaignId: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  campaignByCode: { query: '{ campaignByCode(code: "yrbvdf759") { name } }', expected: { default: 'NOT_FOUND' } },
  reconcileWithOrganizationLearner: {
    query: 'mutation { reconcileWithOrganizationLearner(input: { campaignCode: "yrbvdf759", firstName: "A", lastName: "B", birthdate: "2010-03-05" }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  createAccountAndReconcile: {
    query:
      'mutation { createAccountAndReconcile(input: { campaignCode: "yrbvdf759", firstName: "A", lastName: "B", birthdate: "2010-03-05", withUsername: true, password: "Valide2026", cgu: true }) { accessToken } }',
    expected: { default: 'NOT_FOUND' },
  },
  startCampaignParticipation: {
    query: 'mutation { startCampaignParticipation(input: { campaignCode: "yrbvdf759" }) { id status assessment { id } } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  shareCampaignResults: { query: 'mutation { shareCampaignResults(participationId: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  sendProfile: { query: 'mutation { sendProfile(campaignCode: "yrbvdf759") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  campaignParticipation: { query: '{ campaignParticipation(id: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  'me.campaignParticipations': { query: '{ me { campaignParticipations { id status } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  // The GAR is not configured in this test API: every first-time token is refused.
  completeGarSignIn: {
    query: 'mutation { completeGarSignIn(input: { garToken: "faux", campaignCode: "yrbvdf759", birthdate: "2010-03-05" }) { campaignCode } }',
    expected: { default: 'INVALID_TOKEN' },
  },
  garSignOutUrl: { query: '{ garSignOutUrl }', expected: { default: 'ok' } },
  organizationLearnersByUai: { query: '{ organizationLearnersByUai(uai: "0759999Z", first: 5) { totalCount edges { node { ine loginMethods } } } }', expected: INTEGRATORS_ONLY },
  campaignResultsByUai: { query: '{ campaignResultsByUai(uai: "0759999Z") { totalCount edges { node { ine campaignCode } } } }', expected: INTEGRATORS_ONLY },
  certificationResultsByUai: { query: '{ certificationResultsByUai(uai: "0759999Z") { totalCount edges { node { ine status } } } }', expected: INTEGRATORS_ONLY },
  apiClients: { query: '{ apiClients { clientId usage { calls } } }', expected: SUPER_ADMIN_ONLY },
  createApiClient: {
    query: 'mutation { createApiClient(input: { name: "", scopes: [] }) { clientId } }',
    expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'BAD_USER_INPUT' },
  },
  rotateApiClientSecret: { query: 'mutation { rotateApiClientSecret(clientId: "inconnu") { clientSecret } }', expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'NOT_FOUND' } },
  revokeApiClient: { query: 'mutation { revokeApiClient(clientId: "inconnu") { revokedAt } }', expected: { ...SUPER_ADMIN_ONLY, SUPER_ADMIN: 'NOT_FOUND' } },
  contentChallenge: {
    query: '{ contentChallenge(id: "variablesAlgo2-a") { id solution exampleCorrectAnswer skill { level } } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', SUPPORT: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  // Certification (issue 12): a session of a centre none of the callers belongs to (see beforeAll); the
  // invigilator's token and the candidates of other sessions: certification-test.test.ts, certification-finalization.test.ts.
  joinCertificationSession: {
    query: 'mutation { joinCertificationSession(input: { sessionNumber: "99999999", firstName: "A", lastName: "B", birthdate: "2009-01-01", accessCode: "BCDF23" }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'CERTIFICATION_CANDIDATE_NOT_FOUND' },
  },
  certificationCourse: { query: '{ certificationCourse(id: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  currentCertificationCourse: { query: '{ currentCertificationCourse { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  markCertificationEndScreenSeen: { query: 'mutation { markCertificationEndScreenSeen(courseId: "999999") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' } },
  reportChallengeProblem: {
    query: 'mutation { reportChallengeProblem(input: { assessmentId: "999999", challengeId: "x", category: E1 }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  resolveChallengeProblem: {
    query: 'mutation { resolveChallengeProblem(input: { reportId: "999999", accepted: true }) { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'NOT_FOUND' },
  },
  superviseSession: {
    query: 'mutation { superviseSession(input: { sessionNumber: "{{sessionId}}", invigilatorPassword: "FAUX00" }) { accessToken } }',
    expected: { default: 'INVIGILATOR_ACCESS_REFUSED' },
  },
  supervisedSession: {
    query: '{ supervisedSession(sessionId: "{{sessionId}}") { id candidates { id } } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  authorizeCandidate: { query: 'mutation { authorizeCandidate(candidateId: "{{candidateId}}") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' } },
  endCandidateTest: { query: 'mutation { endCandidateTest(candidateId: "{{candidateId}}") { id } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' } },
  finalizeSession: {
    query: 'mutation { finalizeSession(input: { sessionId: "{{sessionId}}", candidates: [] }) { sessionId } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'FORBIDDEN' },
  },
  // Pix Certif: a centre (SCO, the school's) none of the callers belongs to, its session, candidate and invitation.
  createCertificationCenter: { query: 'mutation { createCertificationCenter(input: { name: "", type: PRO }) { id } }', expected: { ...CENTER_STAFF, default: 'BAD_USER_INPUT' } },
  addCertificationCenterMember: {
    query: 'mutation { addCertificationCenterMember(input: { certificationCenterId: "999999", email: "x@example.fr", role: MEMBER }) { id } }',
    expected: { ...CENTER_STAFF, default: 'NOT_FOUND' },
  },
  certificationCenter: { query: '{ certificationCenter(id: "{{centerId}}") { id viewerRole sessions(first: 5) { totalCount } members { role user { id } } } }', expected: CENTER_READERS },
  'certificationCenter.invitations': {
    query: '{ certificationCenter(id: "{{centerId}}") { invitations { id } } }',
    expected: { ...CENTER_READERS, CERTIF: 'FORBIDDEN' },
  },
  certificationSession: { query: '{ certificationSession(id: "{{sessionId}}") { number accessCode invigilatorPassword candidates { lastName } } }', expected: CENTER_READERS },
  certificationCountries: { query: '{ certificationCountries { code name } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  enrolablePupils: { query: '{ enrolablePupils(sessionId: "{{sessionId}}") { divisions pupils { id alreadyEnrolled } } }', expected: CENTER_READERS },
  createCertificationSession: {
    query: 'mutation { createCertificationSession(input: { certificationCenterId: "{{centerId}}", address: "A", room: "B", date: "2026-12-07", time: "09:00", examiner: "C" }) { id } }',
    expected: CENTER_MEMBERS,
  },
  updateCertificationSession: {
    query: 'mutation { updateCertificationSession(input: { sessionId: "{{sessionId}}", address: "A", room: "B", date: "2026-12-07", time: "09:00", examiner: "C" }) { id } }',
    expected: CENTER_MEMBERS,
  },
  deleteCertificationSession: { query: 'mutation { deleteCertificationSession(sessionId: "{{sessionId}}") }', expected: CENTER_MEMBERS },
  enrolStudentsToSession: {
    query: 'mutation { enrolStudentsToSession(input: { sessionId: "{{sessionId}}", organizationLearnerIds: ["{{learnerId}}"] }) { id } }',
    expected: CENTER_MEMBERS,
  },
  addCertificationCandidate: {
    query:
      'mutation { addCertificationCandidate(input: { sessionId: "{{sessionId}}", firstName: "A", lastName: "B", birthdate: "1990-01-01", sex: F, birthInseeCode: "75115", birthCountry: "FRANCE" }) { id } }',
    expected: CENTER_MEMBERS,
  },
  updateCertificationCandidate: { query: 'mutation { updateCertificationCandidate(input: { candidateId: "{{candidateId}}", extraTimePercentage: 30 }) { id } }', expected: CENTER_MEMBERS },
  removeCertificationCandidate: { query: 'mutation { removeCertificationCandidate(candidateId: "{{candidateId}}") }', expected: CENTER_MEMBERS },
  inviteCertificationCenterMembers: {
    query: 'mutation { inviteCertificationCenterMembers(certificationCenterId: "{{centerId}}", emails: ["a@example.fr"], role: ADMIN) { id } }',
    expected: CENTER_MEMBERS,
  },
  resendCertificationCenterInvitation: { query: 'mutation { resendCertificationCenterInvitation(invitationId: "{{centerInvitationId}}") { id } }', expected: CENTER_MEMBERS },
  cancelCertificationCenterInvitation: { query: 'mutation { cancelCertificationCenterInvitation(invitationId: "{{centerInvitationId}}") }', expected: CENTER_MEMBERS },
  updateCertificationCenterMembershipRole: {
    query: 'mutation { updateCertificationCenterMembershipRole(membershipId: "{{centerMembershipId}}", role: MEMBER) { id } }',
    expected: CENTER_MEMBERS,
  },
  removeCertificationCenterMembership: { query: 'mutation { removeCertificationCenterMembership(membershipId: "{{centerMembershipId}}") }', expected: CENTER_MEMBERS },
  acceptCertificationCenterInvitation: {
    query: 'mutation { acceptCertificationCenterInvitation(code: "AAAAAAAAAA") { id } }',
    expected: { anonymous: 'UNAUTHENTICATED', default: 'INVITATION_INVALID' },
  },
  certificationCenterInvitation: { query: '{ certificationCenterInvitation(code: "AAAAAAAAAA") { certificationCenterName } }', expected: { default: 'INVITATION_INVALID' } },
  // The jury (issue 13): the matrix's session is not finalised, the certification does not exist.
  sessionsToProcess: { query: '{ sessionsToProcess(first: 5) { totalCount edges { node { id finalizedAt assignedTo { id } juryCertifications { status } } } } }', expected: JURY_READERS('ok') },
  'certificationSession.jury': { query: '{ certificationSession(id: "{{sessionId}}") { finalizedAt juryCertifications { status } juryIncidents { code } } }', expected: JURY_READERS('ok') },
  certificationCourseForJury: { query: '{ certificationCourseForJury(id: "999999") { id } }', expected: JURY_READERS('NOT_FOUND') },
  assignSessionToMe: { query: 'mutation { assignSessionToMe(sessionId: "{{sessionId}}") { id } }', expected: JURY('BAD_USER_INPUT') },
  publishSession: { query: 'mutation { publishSession(sessionId: "{{sessionId}}") { id } }', expected: JURY('BAD_USER_INPUT') },
  unpublishSession: { query: 'mutation { unpublishSession(sessionId: "{{sessionId}}") { id } }', expected: JURY('BAD_USER_INPUT') },
  neutralizeChallenge: { query: 'mutation { neutralizeChallenge(input: { certificationCourseId: "999999", challengeId: "x" }) { id } }', expected: JURY('NOT_FOUND') },
  deneutralizeChallenge: { query: 'mutation { deneutralizeChallenge(input: { certificationCourseId: "999999", challengeId: "x" }) { id } }', expected: JURY('NOT_FOUND') },
  cancelCertification: { query: 'mutation { cancelCertification(id: "999999") { id } }', expected: JURY('NOT_FOUND') },
  uncancelCertification: { query: 'mutation { uncancelCertification(id: "999999") { id } }', expected: JURY('NOT_FOUND') },
  rejectCertificationForFraud: { query: 'mutation { rejectCertificationForFraud(id: "999999") { id } }', expected: JURY('NOT_FOUND') },
  unrejectCertification: { query: 'mutation { unrejectCertification(id: "999999") { id } }', expected: JURY('NOT_FOUND') },
  updateJuryComments: { query: 'mutation { updateJuryComments(input: { certificationCourseId: "999999", commentForCandidate: "x" }) { id } }', expected: JURY('NOT_FOUND') },
  updateCertificationCandidateInformation: {
    query:
      'mutation { updateCertificationCandidateInformation(input: { certificationCourseId: "999999", firstName: "A", lastName: "B", birthdate: "1990-01-01", sex: "F", birthInseeCode: "75115", birthCountry: "FRANCE" }) { id } }',
    expected: JURY('NOT_FOUND'),
  },
  'me.certificationCenterMemberships': { query: '{ me { certificationCenterMemberships { role certificationCenter { id } } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  // Certificates (issue 13): the holder's own, the public verification (throttled per address), a school's results
  // (cross-school refusals and the HTTP documents: certificates.test.ts, certificates-school.test.ts).
  'me.certifications': { query: '{ me { certifications { id status attestationUrl } } }', expected: { anonymous: 'UNAUTHENTICATED', default: 'ok' } },
  verifyCertificate: { query: '{ verifyCertificate(code: "P-C3YFQ8GC") { lastName } }', expected: { default: 'ok' } },
  'organization.certificationResults': {
    query:
      '{ organization(id: "{{organizationId}}") { certificationResultDivisions certificationResults(division: "2A") { id status } certificationResultsCsvUrl(division: "2A") certificationAttestationsUrl(division: "2A") } }',
    expected: { anonymous: 'UNAUTHENTICATED', learner: 'FORBIDDEN', METIER: 'FORBIDDEN', CERTIF: 'FORBIDDEN', default: 'ok' },
  },
  ...ADMIN_ORGANIZATIONS_MATRIX,
  ...ADMIN_CONTENT_MATRIX,
};

/**
 * Operations taking a file: the multipart request is parsed by the API process only (graphql-upload
 * is an ES module that jest's in-process runtime cannot load), so their matrix runs there.
 */
const SPAWNED_PROCESS_ONLY: Record<string, string> = {
  importSiecleFile: 'api/test/acceptance/siecle-import.test.ts',
  importCertificationCandidates: 'api/test/acceptance/certification-candidates-import.test.ts',
};

describe('authorization matrix', () => {
  let api: TestApi;
  const tokens: Partial<Record<Role, string>> = {};
  /** A school with its administrator, a pending invitation and a pupil with a username: none of the callers belongs to it. */
  const school: Record<string, string> = {};

  beforeAll(async () => {
    api = await startTestApi();
    const em = api.platform.services.orm.em.fork();
    for (const role of ROLES.filter((r) => r !== 'anonymous' && r !== 'integrator')) {
      const user = await buildUser(em, { platformRole: role === 'learner' || role === 'otherCenter' ? null : (role as never) });
      if (role === 'otherCenter') await buildCertificationCenterMembership(em, (await buildCertificationCenter(em, { name: 'Autre centre', type: 'PRO' })).id, user.id, 'ADMIN');
      const login = await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`);
      tokens[role] = login.data!.logIn.accessToken;
    }
    const organization = await buildOrganization(em, { name: 'Lycée de la matrice', type: 'SCO', uai: '0759999Z' });
    const admin = await buildUser(em, { firstName: 'Admin' });
    await buildMembership(em, organization.id, admin.id, 'ADMIN');
    const adminToken = (await api.gql(`mutation { logIn(input: { login: "${admin.email}", password: "${admin.password}" }) { accessToken } }`)).data!.logIn.accessToken;
    const invited = await api.gql(`mutation { inviteMembers(organizationId: "${organization.id}", emails: ["invitee@example.fr"]) { id } }`, {}, { token: adminToken });
    const pupil = await buildUser(em, { username: 'eleve.matrice0101', email: null });
    const created = await api.gql('mutation { createApiClient(input: { name: "Matrice", scopes: [CERTIFICATION_RESULTS_READ, CAMPAIGN_RESULTS_READ, ORGANIZATION_LEARNERS_READ] }) { clientId clientSecret } }', {}, { token: tokens.SUPER_ADMIN });
    const { clientId, clientSecret } = created.data!.createApiClient;
    const granted = await fetch(`${api.url}/oauth/token`, {
      method: 'POST',
      headers: { authorization: `Basic ${Buffer.from(`${clientId}:${clientSecret}`).toString('base64')}`, 'content-type': 'application/x-www-form-urlencoded' },
      body: 'grant_type=client_credentials',
    });
    tokens.integrator = ((await granted.json()) as { access_token: string }).access_token;
    school.organizationId = String(organization.id);
    school.pupilId = String(pupil.id);
    school.invitationId = invited.data!.inviteMembers[0].id;
    school.membershipId = String((await knexOf(em)('memberships').where({ user_id: admin.id }).first('id')).id);
    school.learnerId = String(await buildOrganizationLearner(em, organization.id, { firstName: 'Élève', lastName: 'MATRICE', birthdate: '2010-01-01', division: '2A', userId: pupil.id }));
    // The school's certification centre, its administrator, a session with a candidate and a pending invitation.
    const center = await buildCertificationCenter(em, { name: 'Centre de la matrice', type: 'SCO', uai: '0759999Z' });
    school.centerId = String(center.id);
    school.centerMembershipId = String((await buildCertificationCenterMembership(em, center.id, admin.id, 'ADMIN')).id);
    const centerInvited = await api.gql(`mutation { inviteCertificationCenterMembers(certificationCenterId: "${center.id}", emails: ["invitee@example.fr"]) { id } }`, {}, { token: adminToken });
    school.centerInvitationId = centerInvited.data!.inviteCertificationCenterMembers[0].id;
    const session = await buildCertificationSession(em, { certificationCenterId: center.id });
    school.sessionId = String(session.id);
    school.candidateId = String((await buildCertificationCandidate(em, { sessionId: session.id, firstName: 'Élève', lastName: 'MATRICE', birthdate: '2010-01-01' })).id);
    school.centerCount = String((await knexOf(em)('certification_centers').count({ n: '*' }))[0].n);
  });
  afterAll(() => api.stop());

  it('declares who may call every root operation', async () => {
    const schema = await getSchema();
    const operations = [...Object.keys(schema.getQueryType()!.getFields()), ...Object.keys(schema.getMutationType()!.getFields())];
    const storage = getMetadataStorage();
    const declared = new Set([
      ...storage.authorizedFields.map((f) => f.fieldName),
      ...[...publicOperations].map((key) => key.split('.')[1]),
    ]);
    expect(operations.filter((name) => !declared.has(name))).toEqual([]);
    expect(operations.filter((name) => !MATRIX[name] && !SPAWNED_PROCESS_ONLY[name])).toEqual([]);
  });

  for (const [operation, { query, variables, expected }] of Object.entries(MATRIX)) {
    for (const role of ROLES) {
      // Another centre's administrator is a learner elsewhere; an integrator's token opens nothing but the integrators' operations.
      const outcome = expected[role] ?? (role === 'otherCenter' ? expected.learner : undefined) ?? (role === 'integrator' ? 'INTEGRATOR_OPERATION_FORBIDDEN' : expected.default);
      it(`${operation} by ${role}: ${outcome}`, async () => {
        const response = await api.gql(query.replace(/\{\{(\w+)\}\}/g, (_, key: string) => school[key]), typeof variables === 'function' ? variables(role) : variables, { token: tokens[role] });
        if (outcome === 'ok') expect(response.errors).toBeUndefined();
        else expect(response.errors?.[0]?.extensions?.code).toBe(outcome);
      });
    }
  }

  it('leaves the school as it was after every refused call', async () => {
    const knex = knexOf(api.platform.services.orm.em.fork());
    expect(await knex('organization_invitations').where({ id: Number(school.invitationId) }).first('status', 'expires_at')).toMatchObject({ status: 'PENDING' });
    expect(await knex('memberships').where({ id: Number(school.membershipId) }).first('role')).toEqual({ role: 'ADMIN' });
    expect(await knex('memberships').where({ organization_id: Number(school.organizationId) }).count({ n: '*' })).toEqual([{ n: '1' }]);
    expect(await knex('users').where({ username: 'eleve.matrice0101' }).first('must_change_password', 'first_name', 'anonymized_at')).toEqual({
      must_change_password: false,
      first_name: 'Camille',
      anonymized_at: null,
    });
    expect(await knex('audit_log').whereLike('action', 'USER_%').count({ n: '*' })).toEqual([{ n: '0' }]);
    expect(await knex('certification_center_invitations').where({ id: Number(school.centerInvitationId) }).first('status')).toEqual({ status: 'PENDING' });
    expect(await knex('certification_center_memberships').where({ certification_center_id: Number(school.centerId) }).select('role')).toEqual([{ role: 'ADMIN' }]);
    expect(await knex('certification_sessions').where({ certification_center_id: Number(school.centerId) }).select('room', 'examiner')).toEqual([{ room: 'Salle 101', examiner: 'Mme Martin' }]);
    expect(await knex('certification_candidates').where({ session_id: Number(school.sessionId) }).select('id', 'extra_time_percentage')).toEqual([{ id: Number(school.candidateId), extra_time_percentage: 0 }]);
    expect(await knex('certification_centers').count({ n: '*' })).toEqual([{ n: school.centerCount }]);
  });

  it('does not let a learner read the profile of another account', async () => {
    const other = await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Autre' });
    const support = await api.gql(`{ users(first: 100) { edges { node { id profile { pixScore } } } } }`, {}, { token: tokens.SUPPORT });
    expect(support.data!.users.edges.some((e: { node: { id: string } }) => e.node.id === String(other.id))).toBe(true);
    const learner = await api.gql(`{ users(first: 1) { edges { node { id } } } }`, {}, { token: tokens.learner });
    expect(learner.data).toBeNull();
  });

  it('does not show another learner\'s saved tutorials, even to support staff', async () => {
    const other = await buildUser(api.platform.services.orm.em.fork(), { firstName: 'Tutos' });
    const support = await api.gql(`{ users(first: 100) { edges { node { id savedTutorials { id } } } } }`, {}, { token: tokens.SUPPORT });
    expect(support.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(other.id).toBeGreaterThan(0);
  });

  it('refuses a forged access token', async () => {
    const forged = tokens.learner!.replace(/\.[^.]+$/, '.c2lnbmF0dXJlLWZhdXNzZQ');
    const response = await api.gql('{ me { id } }', {}, { token: forged });
    expect(response.errors![0].extensions!.code).toBe('UNAUTHENTICATED');
  });
});
