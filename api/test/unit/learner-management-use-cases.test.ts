import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Viewer } from '../../src/identity-access-management';
import type { OrganizationRow } from '../../src/organizational-entities';
import type { LearnerRepositories, SiecleImportJobData } from '../../src/prescription/learner-management/application/dependencies';
import { generateUsernamesWithTemporaryPasswords } from '../../src/prescription/learner-management/application/generate-usernames-with-temporary-passwords.usecase';
import type { PupilAccountsDeps } from '../../src/prescription/learner-management/application/pupil-accounts';
import { resetPupilPassword } from '../../src/prescription/learner-management/application/reset-pupil-password.usecase';
import { runSiecleImport } from '../../src/prescription/learner-management/application/run-siecle-import.usecase';
import type { PupilAccountRow } from '../../src/prescription/learner-management/domain/learner';
import type { SieclePupil } from '../../src/prescription/learner-management/domain/siecle-pupil';
import { BadUserInputError, ForbiddenError } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * learner-management's use cases on in-memory repositories: what a school's administrator sees of a
 * password reset and of a class's usernames (refusals that change nothing, accounts that are the
 * pupils' own left alone), and what a SIECLE run writes (everything in one transaction, nothing for a
 * refused file or an import already ended).
 */

const ADMIN: Viewer = { userId: 1, platformRole: null };
const TEACHER: Viewer = { userId: 2, platformRole: null };
const SCHOOL = 10;
const NOW = new Date('2026-12-07T09:00:00Z');

type Account = { userId: number; username: string | null; passwordHash: string | null; mustChangePassword: boolean; version: number };

const pupil = (learnerId: number, over: Partial<PupilAccountRow> = {}): PupilAccountRow => ({
  learnerId,
  firstName: 'Léa',
  lastName: 'Martin',
  birthdate: '2010-03-14',
  division: '3E2',
  nationalStudentId: null,
  userId: null,
  email: null,
  username: null,
  account: null,
  ...over,
});

function memoryRepositories(pupils: PupilAccountRow[], seedAccounts: Account[] = []) {
  const state = {
    pupils: new Map(pupils.map((p) => [p.learnerId, p])),
    accounts: new Map(seedAccounts.map((a) => [a.userId, a])),
    /** Usernames of accounts outside these pupils (another school's). */
    otherUsernames: new Set<string>(),
    importJobs: new Map<number, { state: string; values?: object }>(),
    schoolPupils: [] as SieclePupil[],
    nextUserId: 500,
  };
  const usernames = () => new Set([...state.otherUsernames, ...[...state.accounts.values()].map((a) => a.username).filter((u): u is string => !!u)]);
  const unused = () => {
    throw new Error('not used here');
  };
  const repositories: LearnerRepositories = {
    access: {
      assertAdmin: async (viewer, organizationId) => {
        if (viewer.userId !== ADMIN.userId || organizationId !== SCHOOL) throw new ForbiddenError();
        return { id: SCHOOL, uai: '0751234A', isManagingStudents: true } as OrganizationRow;
      },
      assertAdminOrSupportReader: unused,
    },
    learners: {
      page: unused,
      divisionsOf: unused,
      replaceSchoolPupils: async (_organizationId, written) => {
        state.schoolPupils = written;
        return { pupilsAdded: written.length, pupilsUpdated: 0, pupilsLeft: 0, addedPupils: [], leftPupils: [] };
      },
    },
    importJobs: {
      insert: unused,
      find: unused,
      claim: async (id) => state.importJobs.get(id)?.state === 'PENDING' && !!state.importJobs.set(id, { state: 'RUNNING' }),
      readFile: async () => readFileSync(path.join(__dirname, '../fixtures/siecle/ElevesSansAdresses.xml')),
      reportProgress: async () => undefined,
      lockOpen: async (id) => state.importJobs.get(id)?.state === 'RUNNING',
      end: async (id, values) => void state.importJobs.set(id, { state: values.state, values }),
    },
    pupilAccounts: {
      lockWithAccounts: async (organizationId, ids) => (organizationId === SCHOOL ? ids.flatMap((id) => state.pupils.get(id) ?? []) : []),
      usernamesTaken: async (stems) => new Set([...usernames()].filter((u) => stems.some((s) => u.startsWith(s)))),
      setTemporaryPassword: async (userId, username, passwordHash) => {
        const account = state.accounts.get(userId)!;
        const version = account.version + 1;
        state.accounts.set(userId, { ...account, username, passwordHash, mustChangePassword: true, version });
        return version;
      },
      create: async (p, username, passwordHash) => {
        if (usernames().has(username)) throw Object.assign(new Error('duplicate'), { code: '23505', constraint: 'users_username_unique' });
        const userId = state.nextUserId++;
        state.accounts.set(userId, { userId, username, passwordHash, mustChangePassword: true, version: 1 });
        state.pupils.set(p.learnerId, { ...p, userId, username });
        return userId;
      },
    },
    jobs: { send: unused },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({ pupils: new Map(state.pupils), accounts: new Map(state.accounts), importJobs: new Map(state.importJobs), schoolPupils: state.schoolPupils }), () => repositories),
  };
  return { repositories, state };
}

function pupilDeps() {
  const learnt: Array<{ userId: number; version: number }> = [];
  let draw = 0;
  const deps: PupilAccountsDeps = {
    clock: { now: () => NOW },
    hasher: { hash: async (password) => `hash(${password})`, verify: async () => false },
    sessions: { mark: () => 7, learn: (userId, version) => void learnt.push({ userId, version }) },
    // Deterministic, and not the same number twice in a row.
    random: (max) => (draw++ * 7919) % max,
  };
  return { deps, learnt };
}

const usernameAccount = (userId: number): Account => ({ userId, username: 'lea.martin1403', passwordHash: 'old', mustChangePassword: false, version: 3 });

describe('resetting a pupil password (learner-management, on in-memory repositories)', () => {
  it('gives a pupil who logs in with a username a new temporary password, ending the sessions of the account on this node', async () => {
    const { repositories, state } = memoryRepositories(
      [pupil(1, { userId: 40, username: 'lea.martin1403', account: { email: null, platformRole: null, isMember: false } })],
      [usernameAccount(40)],
    );
    const { deps, learnt } = pupilDeps();

    const credentials = await resetPupilPassword(repositories, deps, ADMIN, { organizationId: SCHOOL, learnerId: '1', locale: 'fr' });

    expect(credentials.username).toBe('lea.martin1403');
    expect(state.accounts.get(40)).toMatchObject({ passwordHash: `hash(${credentials.temporaryPassword})`, mustChangePassword: true, version: 4 });
    expect(learnt).toEqual([{ userId: 40, version: 4 }]);
  });

  it("refuses a pupil whose account has an e-mail address (the pupil's own), and changes nothing", async () => {
    const { repositories, state } = memoryRepositories(
      [pupil(1, { userId: 40, username: 'lea.martin1403', email: 'lea@example.net', account: { email: 'lea@example.net', platformRole: null, isMember: false } })],
      [usernameAccount(40)],
    );
    const { deps, learnt } = pupilDeps();

    const refusal = resetPupilPassword(repositories, deps, ADMIN, { organizationId: SCHOOL, learnerId: '1', locale: 'fr' });

    await expect(refusal).rejects.toBeInstanceOf(BadUserInputError);
    await expect(refusal).rejects.toMatchObject({ messageKey: 'errors.learners.emailAccount' });
    expect(state.accounts.get(40)).toEqual(usernameAccount(40));
    expect(learnt).toEqual([]);
  });

  it('refuses anyone but an administrator of the school before reading a pupil', async () => {
    const { repositories, state } = memoryRepositories([pupil(1, { userId: 40, username: 'lea.martin1403' })], [usernameAccount(40)]);

    await expect(resetPupilPassword(repositories, pupilDeps().deps, TEACHER, { organizationId: SCHOOL, learnerId: '1', locale: 'fr' })).rejects.toBeInstanceOf(ForbiddenError);
    expect(state.accounts.get(40)).toEqual(usernameAccount(40));
  });
});

describe("generating a class's usernames (learner-management, on in-memory repositories)", () => {
  it("creates accounts with prenom.nomJJMM usernames that are not taken, and leaves a pupil's own account untouched", async () => {
    const { repositories, state } = memoryRepositories([
      pupil(1),
      pupil(2, { firstName: 'Hugo', lastName: 'Petit', birthdate: '2010-11-02' }),
      pupil(3, { userId: 41, email: 'sam@example.net', account: { email: 'sam@example.net', platformRole: null, isMember: false } }),
    ]);
    state.otherUsernames.add('lea.martin1403');

    const result = await generateUsernamesWithTemporaryPasswords(repositories, pupilDeps().deps, ADMIN, { organizationId: SCHOOL, learnerIds: ['1', '2', '3'], locale: 'fr' });

    const usernames = result.credentials.map((c) => c.username);
    expect(usernames).toHaveLength(2);
    expect(usernames).toContain('hugo.petit0211');
    const lea = usernames.find((u) => u.startsWith('lea.martin'))!;
    expect(lea).not.toBe('lea.martin1403');
    expect(state.pupils.get(1)!.username).toBe(lea);
    expect(result.accountsNotManaged).toEqual([expect.objectContaining({ reason: 'EMAIL_ACCOUNT', pupil: expect.objectContaining({ learnerId: 3 }) })]);
    expect(state.accounts.has(41)).toBe(false);
    expect(result.csv).toContain('hugo.petit0211');
  });

  it('refuses the whole class when a pupil to name has no birth date, and creates no account', async () => {
    const { repositories, state } = memoryRepositories([pupil(1), pupil(2, { firstName: 'Hugo', lastName: 'Petit', birthdate: null })]);

    const refusal = generateUsernamesWithTemporaryPasswords(repositories, pupilDeps().deps, ADMIN, { organizationId: SCHOOL, learnerIds: ['1', '2'], locale: 'fr' });

    await expect(refusal).rejects.toMatchObject({ messageKey: 'errors.learners.birthdateMissing', params: { pupil: 'Hugo Petit' } });
    expect(state.accounts.size).toBe(0);
    expect(state.pupils.get(1)!.username).toBeNull();
  });
});

describe('a SIECLE import run (learner-management, on in-memory repositories)', () => {
  const job = (organizationUai: string): SiecleImportJobData => ({ importJobId: 5, organizationId: SCHOOL, organizationUai, locale: 'fr' });
  const run = { id: 'run', attempt: 1, lastAttempt: false };
  function runDeps(repositories: LearnerRepositories) {
    const held: number[] = [];
    const released: number[] = [];
    const deps = {
      clock: { now: () => NOW },
      logger: { error: () => undefined } as never,
      repositories: () => repositories,
      holdRun: async (id: number) => {
        held.push(id);
        return async () => void released.push(id);
      },
    };
    return { deps, held, released };
  }

  it("writes the file's pupils and ends the import DONE with its counts, holding the import for the run", async () => {
    const { repositories, state } = memoryRepositories([]);
    state.importJobs.set(5, { state: 'PENDING' });
    const { deps, held, released } = runDeps(repositories);

    await runSiecleImport(deps, job('0751234A'), run);

    expect(state.schoolPupils.length).toBeGreaterThan(0);
    expect(state.importJobs.get(5)).toMatchObject({ state: 'DONE', values: { pupilsAdded: state.schoolPupils.length } });
    expect([held, released]).toEqual([[5], [5]]);
  });

  it("refuses another school's file: the import FAILED says why, and no pupil is written", async () => {
    const { repositories, state } = memoryRepositories([]);
    state.importJobs.set(5, { state: 'PENDING' });
    const { deps, released } = runDeps(repositories);

    await runSiecleImport(deps, job('0330001A'), run);

    expect(state.importJobs.get(5)).toMatchObject({ state: 'FAILED', values: { errors: [expect.objectContaining({ code: 'SIECLE_UAI_MISMATCH' })] } });
    expect(state.schoolPupils).toEqual([]);
    expect(released).toEqual([5]);
  });

  it('does nothing for an import another run already ended', async () => {
    const { repositories, state } = memoryRepositories([]);
    state.importJobs.set(5, { state: 'DONE' });

    await runSiecleImport(runDeps(repositories).deps, job('0751234A'), run);

    expect(state.importJobs.get(5)).toEqual({ state: 'DONE' });
    expect(state.schoolPupils).toEqual([]);
  });
});
