// Test data shaped like the API's answers for "Élèves": pupils, pages, import jobs, credentials.
import type { MockLink } from '@apollo/client/testing';
import type { AuthenticationMethod, ImportJobState, MembershipRole } from '../__generated__/graphql';
import {
  GenerateUsernamesMutation,
  ImportJobQuery,
  PupilsOrganizationQuery,
  PupilsQuery,
  ResetLearnerPasswordMutation,
} from '../features/pupils/pupils.graphql';
import type { OrganizationFixture } from './fixtures';

export interface PupilFixture {
  __typename: 'OrganizationLearner';
  id: string;
  lastName: string;
  firstName: string;
  birthdate: string | null;
  division: string | null;
  username: string | null;
  authenticationMethods: AuthenticationMethod[];
  accountManagedBySchool: boolean;
}

export function pupil(id: string, lastName: string, firstName: string, overrides: Partial<PupilFixture> = {}): PupilFixture {
  return {
    __typename: 'OrganizationLearner',
    id,
    lastName,
    firstName,
    birthdate: '2010-03-05',
    division: '3A',
    username: null,
    authenticationMethods: ['NONE'],
    accountManagedBySchool: true,
    ...overrides,
  };
}

export const eloise = pupil('l-1', "D'Arcy", 'Éloïse', { username: 'eloise.darcy0503', authenticationMethods: ['USERNAME'] });
/** Logs in with his own e-mail account, which the school may not change. */
export const jean = pupil('l-2', 'Dupont', 'Jean', { birthdate: '2010-03-07', division: '3B', authenticationMethods: ['EMAIL'], accountManagedBySchool: false });
/** The server's message for a pupil who logs in with an e-mail address. */
export const EMAIL_ACCOUNT_MESSAGE = 'Cet élève se connecte avec son adresse e-mail : il peut utiliser « Mot de passe oublié ? ».';
export const lina = pupil('l-3', 'Martin', 'Lina', { birthdate: '2011-12-24', authenticationMethods: ['GAR'] });
export const noah = pupil('l-4', 'Petit', 'Noah', { birthdate: '2010-01-09', division: '3B' });

export function pupilsOrganizationMock(
  organization: OrganizationFixture,
  viewerRole: MembershipRole | null = 'ADMIN',
  divisions: string[] = ['3A', '3B'],
): MockLink.MockedResponse {
  return {
    request: { query: PupilsOrganizationQuery, variables: { organizationId: organization.id } },
    result: { data: { organization: { __typename: 'Organization', id: organization.id, name: organization.name, isManagingStudents: organization.isManagingStudents, viewerRole, divisions } } },
  };
}

export type PupilsVariables = Record<string, unknown>;

/** One page of pupils for exactly these variables (`organizationId`, `first` 50 and `offset` 0 unless given). */
export function pupilsMock(variables: PupilsVariables, pupils: PupilFixture[], totalCount = pupils.length): MockLink.MockedResponse {
  return {
    request: { query: PupilsQuery, variables: { organizationId: 'org-1', first: 50, offset: 0, ...variables } },
    result: pupilsResult(pupils, totalCount, String(variables.organizationId ?? 'org-1')),
  };
}

export function pupilsResult(pupils: PupilFixture[], totalCount = pupils.length, organizationId = 'org-1') {
  return {
    data: {
      organization: {
        __typename: 'Organization',
        id: organizationId,
        learners: {
          __typename: 'OrganizationLearnerConnection',
          totalCount,
          edges: pupils.map((node) => ({ __typename: 'OrganizationLearnerEdge', node })),
        },
      },
    },
  };
}

export function importJob(state: ImportJobState, overrides: Record<string, unknown> = {}) {
  return {
    __typename: 'ImportJob' as const,
    id: 'job-1',
    state,
    progress: 0,
    pupilsAdded: null,
    pupilsUpdated: null,
    pupilsLeft: null,
    addedPupils: [] as { __typename: 'ImportedPupil'; firstName: string; lastName: string; division: string | null }[],
    leftPupils: [] as { __typename: 'ImportedPupil'; firstName: string; lastName: string; division: string | null }[],
    errors: [] as { __typename: 'ImportProblem'; code: string; line: number | null; message: string }[],
    ...overrides,
  };
}

export function importedPupil(division: string | null, lastName: string, firstName: string) {
  return { __typename: 'ImportedPupil' as const, firstName, lastName, division };
}

export function importJobMock(job: ReturnType<typeof importJob>): MockLink.MockedResponse {
  return { request: { query: ImportJobQuery, variables: { id: job.id } }, result: { data: { importJob: job } } };
}

export function importProblem(message: string, line: number | null = null, code = 'INE_MISSING') {
  return { __typename: 'ImportProblem' as const, code, line, message };
}

/**
 * generateUsernamesWithTemporaryPasswords for these pupils: `generated` get `username` and `temporaryPassword`;
 * `notManaged` (their own e-mail accounts) are left as they were, with the server's message.
 */
export function generateMock(
  learnerIds: string[],
  generated: { pupil: PupilFixture; username: string; temporaryPassword: string }[],
  alreadyWithUsername: PupilFixture[] = [],
  notManaged: PupilFixture[] = [],
): MockLink.MockedResponse {
  const lines = generated.map(({ pupil: p, username, temporaryPassword }) => `${p.division};${p.lastName};${p.firstName};${username};${temporaryPassword}`);
  return {
    request: { query: GenerateUsernamesMutation, variables: { organizationId: 'org-1', learnerIds } },
    result: {
      data: {
        generateUsernamesWithTemporaryPasswords: {
          __typename: 'GeneratedCredentials',
          fileName: 'identifiants-3A-2026-11-23.csv',
          csv: `\uFEFFClasse;Nom;Prénom;Identifiant;Mot de passe provisoire\n${lines.join('\n')}\n`,
          credentials: generated.map(({ pupil: p, username, temporaryPassword }) => ({
            __typename: 'LearnerCredentials',
            username,
            temporaryPassword,
            learner: { ...p, username, authenticationMethods: [...p.authenticationMethods.filter((m) => m !== 'NONE'), 'USERNAME'] },
          })),
          alreadyWithUsername,
          accountsNotManaged: notManaged.map((learner) => ({
            __typename: 'UnmanagedLearnerAccount',
            reason: 'EMAIL_ACCOUNT',
            message: EMAIL_ACCOUNT_MESSAGE,
            learner,
          })),
        },
      },
    },
  };
}

export function resetPasswordMock(learner: PupilFixture, temporaryPassword: string): MockLink.MockedResponse {
  return {
    request: { query: ResetLearnerPasswordMutation, variables: { organizationId: 'org-1', learnerId: learner.id } },
    result: { data: { resetLearnerPassword: { __typename: 'LearnerCredentials', username: learner.username, temporaryPassword, learner } } },
  };
}
