import type { IamDependencies } from '../../src/identity-access-management';
import type { JoinableCampaign } from '../../src/prescription/campaign';
import type { ParticipationRepositories } from '../../src/prescription/campaign-participation/application/dependencies';
import { createAccountAndReconcile } from '../../src/prescription/campaign-participation/application/create-account-and-reconcile.usecase';
import { reconcileWithOrganizationLearner } from '../../src/prescription/campaign-participation/application/reconcile-with-organization-learner.usecase';
import { shareCampaignResults } from '../../src/prescription/campaign-participation/application/share-campaign-results.usecase';
import type { Participation } from '../../src/prescription/campaign-participation/domain/participation';
import type { CandidateRow } from '../../src/prescription/learner-management';
import { ErrorCode } from '../../src/shared/domain/errors';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * campaign-participation's use cases on in-memory repositories: what a learner sees when they find
 * themself among a school's pupils or create their account there (the attempt counted before anything
 * is compared, given back on success only; the answers that never reveal a pupil; nothing written on
 * a refusal), and who may send a participation's results.
 */
const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const throttle = { accountFailures: 10, addressFailures: 50, windowSeconds: 900 };
const college = { campaign: { id: 5, code: 'SCOLAIRE1', organizationId: 1, type: 'ASSESSMENT' }, landing: { organizationIsManagingStudents: true, organizationName: 'Collège Jean Moulin' } } as unknown as JoinableCampaign;

const pupil = (row: Partial<CandidateRow> & { id: number; firstName: string; lastName: string }): CandidateRow => ({
  middleName: null,
  thirdName: null,
  preferredLastName: null,
  birthdate: '2012-03-14',
  isDisabled: false,
  userId: null,
  nationalStudentId: null,
  ...row,
});

function memoryRepositories(seed: { pupils?: CandidateRow[]; accounts?: { id: number; email: string | null; username: string | null }[]; participations?: Participation[] } = {}) {
  const state = {
    pupils: new Map((seed.pupils ?? []).map((p) => [p.id, { ...p }])),
    accounts: new Map((seed.accounts ?? []).map((a) => [a.id, { ...a }])),
    participations: new Map((seed.participations ?? []).map((p) => [p.id, { ...p }])),
    admitted: [] as string[][],
    succeeded: 0,
    sessions: [] as number[],
    nextId: 100,
  };
  const notUsed = async (): Promise<never> => {
    throw new Error('not used');
  };
  const repositories: ParticipationRepositories = {
    participations: {
      findById: async (id) => state.participations.get(id) ?? null,
      lockById: async (id) => state.participations.get(id) ?? null,
      findActive: notUsed,
      insertStarted: notUsed,
      insertShared: notUsed,
      markToShare: notUsed,
      markImproved: notUsed,
      share: async (id, values, now) => {
        const row = state.participations.get(id);
        if (row?.status !== 'TO_SHARE') return null;
        const shared = { ...row, status: 'SHARED' as const, sharedAt: now, pixScore: values.pixScore };
        state.participations.set(id, shared);
        return shared;
      },
    },
    throttle: {
      admit: async (...counters) => {
        state.admitted.push(counters.map((c) => `${c.rule.scope}:${c.key}`));
        return { succeeded: async () => void (state.succeeded += 1) };
      },
    },
    campaigns: {
      joinable: async (_deps, code) => {
        if (code !== 'SCOLAIRE1') throw Object.assign(new Error('unknown campaign'), { code: 'CAMPAIGN_CODE_UNKNOWN' });
        return college;
      },
      byId: async () => college.campaign,
      skillIds: async () => [],
    },
    learners: {
      ofUser: async (_organizationId, userId) => {
        const found = [...state.pupils.values()].find((p) => p.userId === userId);
        return found ? { id: found.id, firstName: found.firstName, lastName: found.lastName, isDisabled: found.isDisabled } : null;
      },
      pupilsBornOn: async (_organizationId, birthdate) => [...state.pupils.values()].filter((p) => p.birthdate === birthdate && !p.isDisabled).map((p) => ({ ...p })),
      otherAccountWithIne: async () => null,
      accountFacts: async (userId) => {
        const account = state.accounts.get(userId);
        return account ? { email: account.email, username: account.username, hasGarIdentity: false } : null;
      },
      link: async (learnerId, userId) => {
        const row = state.pupils.get(learnerId)!;
        if (row.userId === null) row.userId = userId;
        return row.userId;
      },
      findOrCreateOfUser: notUsed,
      usernamesTaken: async () => new Set([...state.accounts.values()].flatMap((a) => (a.username ? [a.username] : []))),
    },
    accounts: {
      create: async (account) => {
        const created = { id: state.nextId++, email: account.email, username: account.username };
        state.accounts.set(created.id, created);
        return created as never;
      },
      isEmailTaken: async (email) => [...state.accounts.values()].some((a) => a.email === email),
      forSession: notUsed,
      addGarIdentity: notUsed,
      issueSession: async (_iam, user) => {
        state.sessions.push(user.id);
        return { accessToken: `token-of-${user.id}` } as never;
      },
    },
    evaluation: { latestKnowledgeElementsOfUsers: async () => new Map(), createCampaignAssessment: notUsed },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({
        pupils: new Map([...state.pupils].map(([id, p]) => [id, { ...p }])),
        accounts: new Map(state.accounts),
        participations: new Map(state.participations),
        sessions: [...state.sessions],
      }), () => repositories),
  };
  return { repositories, state };
}

const iam = { clock, hasher: { hash: async (password: string) => `hashed:${password}` } } as unknown as IamDependencies;

describe("campaign-participation's use cases, on in-memory repositories", () => {
  describe('reconcileWithOrganizationLearner', () => {
    const request = { userId: 7, address: '203.0.113.9', campaignCode: 'SCOLAIRE1', firstName: 'Léa', lastName: 'Martin', birthdate: '2012-03-14' };

    it("links the account to the school's pupil and gives the attempt back", async () => {
      const { repositories, state } = memoryRepositories({ pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin' })] });
      const learner = await reconcileWithOrganizationLearner(repositories, { clock, throttle }, request);
      expect(learner).toEqual({ learnerId: 1, firstName: 'Léa', lastName: 'Martin', organizationName: 'Collège Jean Moulin' });
      expect(state.pupils.get(1)!.userId).toBe(7);
      expect(state.admitted).toEqual([['reconcile_account:7', 'reconcile_address:203.0.113.9']]);
      expect(state.succeeded).toBe(1);
    });

    it('counts a wrong guess per account and per address before comparing, links nothing and keeps the attempt', async () => {
      const { repositories, state } = memoryRepositories({ pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin' })] });
      await expect(reconcileWithOrganizationLearner(repositories, { clock, throttle }, { ...request, firstName: 'Lucie' })).rejects.toMatchObject({
        code: ErrorCode.RECONCILIATION_NO_MATCH,
      });
      expect(state.admitted).toEqual([['reconcile_account:7', 'reconcile_address:203.0.113.9']]);
      expect(state.succeeded).toBe(0);
      expect(state.pupils.get(1)!.userId).toBeNull();
    });

    it('answers how the account already linked to that pupil logs in, masked, and links nothing', async () => {
      const { repositories, state } = memoryRepositories({
        pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin', userId: 3 })],
        accounts: [{ id: 3, email: 'lea.martin@example.net', username: null }],
      });
      const refusal = reconcileWithOrganizationLearner(repositories, { clock, throttle }, request);
      await expect(refusal).rejects.toMatchObject({ code: ErrorCode.LEARNER_ALREADY_LINKED, params: expect.objectContaining({ email: 'l***@example.net' }) });
      expect(state.pupils.get(1)!.userId).toBe(3);
      expect(state.succeeded).toBe(0);
    });
  });

  describe('createAccountAndReconcile', () => {
    const request = {
      address: '203.0.113.9',
      locale: 'fr' as const,
      campaignCode: 'SCOLAIRE1',
      firstName: 'Léa',
      lastName: 'Martin',
      birthdate: '2012-03-14',
      withUsername: true,
      email: null,
      password: 'Pix12345!',
      cgu: true,
    };

    it("creates the pupil's account with a username from the school's record, links it and logs it in", async () => {
      const { repositories, state } = memoryRepositories({ pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin' })] });
      const session = await createAccountAndReconcile(repositories, { clock, throttle, iam, random: () => 0 }, request);
      const account = [...state.accounts.values()][0];
      expect(account).toMatchObject({ email: null, username: 'lea.martin1403' });
      expect(state.pupils.get(1)!.userId).toBe(account.id);
      expect(session).toEqual({ accessToken: `token-of-${account.id}` });
      expect(state.admitted).toEqual([['reconcile_address:203.0.113.9']]);
      expect(state.succeeded).toBe(1);
    });

    it('creates nothing when another request linked the pupil meanwhile, and says only how that account logs in', async () => {
      const { repositories, state } = memoryRepositories({
        pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin', nationalStudentId: '123456789AB' })],
        accounts: [{ id: 3, email: null, username: 'lea.martin1403' }],
      });
      // The other request's link lands between the search and this one's transaction.
      repositories.learners.otherAccountWithIne = async () => {
        state.pupils.get(1)!.userId = 3;
        return null;
      };
      await expect(createAccountAndReconcile(repositories, { clock, throttle, iam }, request)).rejects.toMatchObject({
        code: ErrorCode.LEARNER_ALREADY_LINKED,
        params: { email: '', username: 'l***.m***' },
      });
      expect([...state.accounts.keys()]).toEqual([3]);
      expect(state.sessions).toEqual([]);
      expect(state.succeeded).toBe(0);
    });

    it('refuses an e-mail address already used, counted, before creating anything', async () => {
      const { repositories, state } = memoryRepositories({
        pupils: [pupil({ id: 1, firstName: 'Léa', lastName: 'Martin' })],
        accounts: [{ id: 3, email: 'lea@example.net', username: null }],
      });
      await expect(
        createAccountAndReconcile(repositories, { clock, throttle, iam }, { ...request, withUsername: false, email: 'lea@example.net' }),
      ).rejects.toMatchObject({ code: ErrorCode.EMAIL_ALREADY_USED });
      expect(state.accounts.size).toBe(1);
      expect(state.pupils.get(1)!.userId).toBeNull();
      expect(state.admitted).toHaveLength(1);
    });
  });

  describe('shareCampaignResults', () => {
    const participation = (status: Participation['status']) => ({ id: 9, campaignId: 5, userId: 7, status }) as unknown as Participation;
    const content = { competences: [], skill: () => undefined } as never;

    it("refuses to send another learner's results, and sends nothing", async () => {
      const { repositories, state } = memoryRepositories({ participations: [participation('TO_SHARE')] });
      await expect(shareCampaignResults(repositories, { clock, content }, { userId: 8, participationId: 9 })).rejects.toMatchObject({ code: ErrorCode.FORBIDDEN });
      expect(state.participations.get(9)!.status).toBe('TO_SHARE');
    });

    it('refuses a test not ended yet, and sends results once it has', async () => {
      const started = memoryRepositories({ participations: [participation('STARTED')] });
      await expect(shareCampaignResults(started.repositories, { clock, content }, { userId: 7, participationId: 9 })).rejects.toMatchObject({
        code: ErrorCode.PARTICIPATION_NOT_FINISHED,
      });
      const ended = memoryRepositories({ participations: [participation('TO_SHARE')] });
      const shared = await shareCampaignResults(ended.repositories, { clock, content }, { userId: 7, participationId: 9 });
      expect(shared).toMatchObject({ status: 'SHARED', sharedAt: clock.now() });
    });
  });
});
