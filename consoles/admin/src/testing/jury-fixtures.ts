// Test data of the jury's pages shaped like the API's answers (component tests only).
import { testUser } from '@pix-libre/ui-shared/src/testing/render';
import type { SessionUser } from '@pix-libre/ui-shared';

export const staff = (platformRole: string): SessionUser => ({ ...testUser, id: 'user-1', platformRole } as SessionUser);

const center = { __typename: 'CertificationCenter', id: 'center-1', name: 'Lycée Victor Hugo', type: 'SCO' };
const member = { __typename: 'User', id: 'user-2', firstName: 'Alex', lastName: 'Durand' };

export const sessionRow = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'CertificationSession',
  id: '12',
  number: 12,
  date: '2026-12-01',
  time: '14:00',
  finalizedAt: '2026-12-02T09:30:00.000Z',
  candidateCount: 3,
  joinedCount: 2,
  hasIncidentsOrReports: true,
  certificationCenter: center,
  assignedTo: null,
  ...overrides,
});

export const juryCertification = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'JuryCertificationSummary',
  certificationCourseId: '301',
  candidateId: '41',
  firstName: 'Léa',
  lastName: 'Bernard',
  birthdate: '2008-03-14',
  status: 'VALIDATED',
  reason: null,
  pixScore: 312,
  juryDecision: null,
  endReason: 'COMPLETED',
  ...overrides,
});

export const sessionDetails = (overrides: Record<string, unknown> = {}) => ({
  ...sessionRow(),
  address: 'Bâtiment B',
  room: 'Salle 104',
  examiner: 'Mme Petit',
  state: 'IN_PROCESS',
  finalizationComment: 'Coupure réseau de 5 minutes.',
  publishedAt: null,
  assignedAt: '2026-12-03T08:00:00.000Z',
  assignedTo: member,
  juryCertifications: [juryCertification(), juryCertification({ certificationCourseId: null, candidateId: '42', firstName: 'Tom', lastName: 'Roux', status: null, pixScore: null })],
  juryIncidents: [{ __typename: 'JuryIncident', id: '5', candidateName: 'Léa Bernard', code: 'E5', questionNumber: 2, comment: 'Le simulateur ne répondait plus' }],
  juryProblemReports: [
    { __typename: 'JuryProblemReport', id: '7', certificationCourseId: '301', candidateName: 'Léa Bernard', questionNumber: 2, category: 'E5', status: 'ACCEPTED', createdAt: '2026-12-01T14:20:00.000Z' },
  ],
  ...overrides,
});

const challenge = {
  __typename: 'Challenge',
  id: 'rec-qcu-1',
  type: 'QCU',
  instruction: 'Quel logiciel est un **tableur** ?',
  proposals: ['GIMP', 'LibreOffice Calc'],
  fields: null,
  illustration: null,
  attachment: null,
  embed: null,
};

export const question = (number: number, overrides: Record<string, unknown> = {}) => ({
  __typename: 'JuryQuestion',
  number,
  challengeId: `rec-${number}`,
  skillName: `@tableur${number}`,
  competenceCode: '3.1',
  answerValue: '2',
  result: 'ok',
  isNeutralized: false,
  neutralizedBy: null,
  neutralizedByName: null,
  challenge: { ...challenge, id: `rec-${number}` },
  ...overrides,
});

export const scoring = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'CertificationScoring',
  status: 'VALIDATED',
  reason: null,
  pixScore: 312,
  correct: 2,
  counted: 3,
  reproducibilityRate: 0.6667,
  trigger: 'FINALIZATION',
  createdAt: '2026-12-02T09:30:00.000Z',
  competenceMarks: [
    { __typename: 'CertificationCompetenceMark', competenceId: 'c31', code: '3.1', name: 'Développer des documents textuels', level: 3, pix: 24, questions: 3, correct: 2, neutralized: 0 },
  ],
  ...overrides,
});

export const juryCourse = (overrides: Record<string, unknown> = {}) => ({
  __typename: 'JuryCertificationCourse',
  id: '301',
  sessionId: '12',
  state: 'ENDED',
  endReason: 'COMPLETED',
  startedAt: '2026-12-01T14:05:00.000Z',
  endedAt: '2026-12-01T15:35:00.000Z',
  verificationCode: 'P-2346789B',
  juryDecision: null,
  commentForCandidate: null,
  commentForOrganization: null,
  isPublished: false,
  candidate: {
    __typename: 'JuryCandidate',
    id: '41',
    firstName: 'Léa',
    lastName: 'Bernard',
    birthdate: '2008-03-14',
    sex: 'F',
    birthCity: 'Lyon',
    birthInseeCode: '69123',
    birthPostalCode: null,
    birthCountry: 'FRANCE',
    externalId: null,
    extraTimePercentage: 0,
  },
  questions: [question(1), question(2, { answerValue: '1', result: 'ko' }), question(3)],
  problemReports: [{ __typename: 'JuryProblemReport', id: '7', questionNumber: 2, category: 'E5', status: 'ACCEPTED', createdAt: '2026-12-01T14:20:00.000Z' }],
  incidents: [],
  scoring: scoring(),
  history: [
    { __typename: 'JuryActionEntry', id: '1', action: 'SESSION_ASSIGNED', createdAt: '2026-12-03T08:00:00.000Z', actorName: 'Alex Durand', before: { state: 'FINALIZED', assignedToUserId: null }, after: { state: 'IN_PROCESS', assignedToUserId: 7 } },
  ],
  ...overrides,
});

export const courseSession = { __typename: 'CertificationSession', id: '12', number: 12, date: '2026-12-01', certificationCenter: { __typename: 'CertificationCenter', id: 'center-1', name: 'Lycée Victor Hugo' } };
