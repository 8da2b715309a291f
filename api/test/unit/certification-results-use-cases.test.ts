import type { AuditEntry } from '../../src/audit-log';
import { PlatformRole } from '../../src/identity-access-management';
import { verifyCertificate } from '../../src/certification/results/application/certificates.usecases';
import { updateJuryComments } from '../../src/certification/results/application/jury-actions.usecases';
import { publishSession } from '../../src/certification/results/application/publication.usecases';
import type { ResultsRepositories } from '../../src/certification/results/application/results-repositories';
import type { CourseForJury, JuryActionRow, SessionJuryFacts } from '../../src/certification/results/domain/jury-views';
import type { JurySessionState } from '../../src/certification/results/domain/jury';
import { BadUserInputError, ForbiddenError, TooManyAttemptsError } from '../../src/shared/domain/errors';
import type { Email } from '../../src/shared/infrastructure/mail/mailer';
import { allOrNothing } from '../helpers/in-memory-transaction';

/**
 * certification/results' use cases on in-memory repositories: what the jury and the candidates see of
 * a publication (the e-mails, the history row, the audit row), of the jury's comments (refused when too
 * long, nothing written), and of the public verification (the throttle's refusal and its wait).
 */
const notUsed = (name: string) => (async () => {
  throw new Error(`${name}: not used here`);
}) as never;

const clock = { now: () => new Date('2026-12-07T10:00:00Z') };
const jury = { userId: 7, platformRole: PlatformRole.CERTIF };
const support = { userId: 8, platformRole: PlatformRole.SUPPORT };

function facts(state: JurySessionState, sessionId = 40): SessionJuryFacts {
  return {
    sessionId,
    state,
    certificationCenterId: 3,
    finalizedAt: new Date('2026-12-06T16:00:00Z'),
    finalizationComment: null,
    finalizedByUserId: 2,
    assignedToUserId: null,
    assignedAt: null,
    publishedAt: null,
    publishedByUserId: null,
    incidentCount: 0,
    problemReportCount: 0,
  };
}

const course: CourseForJury = {
  id: 500,
  sessionId: 40,
  sessionState: 'IN_PROCESS',
  userId: 21,
  assessmentId: 900,
  state: 'ENDED',
  startedAt: new Date('2026-12-06T09:00:00Z'),
  endedAt: new Date('2026-12-06T10:30:00Z'),
  endReason: null,
  endScreenSeen: true,
  verificationCode: 'P-BKM7TQ4D',
  juryDecision: null,
  commentForCandidate: 'Ancien commentaire',
  commentForOrganization: null,
  credentialStatusIndex: null,
  candidate: {
    id: 60,
    firstName: 'Léa',
    lastName: 'Martin',
    birthdate: '2008-03-14',
    sex: 'F',
    birthCity: 'Lyon',
    birthInseeCode: '69123',
    birthPostalCode: null,
    birthCountry: 'FRANCE',
    externalId: null,
    extraTimePercentage: 0,
    resultRecipientEmail: null,
    userId: 21,
  },
};

function memoryRepositories(seed: { session?: SessionJuryFacts; course?: CourseForJury } = {}) {
  const state = {
    sessions: new Map(seed.session ? [[seed.session.sessionId, seed.session]] : []),
    courses: new Map(seed.course ? [[seed.course.id, seed.course]] : []),
    history: [] as Omit<JuryActionRow, 'id' | 'createdAt'>[],
    audit: [] as AuditEntry[],
    mails: [] as Email[],
    statusIndexesDrawn: 0,
  };
  const recipients = [
    { firstName: 'Léa', lastName: 'Martin', accountEmail: 'lea@example.net', resultRecipientEmail: 'Lea@Example.net', date: '06/12/2026', centerName: 'Lycée Ampère' },
    { firstName: 'Hugo', lastName: 'Petit', accountEmail: 'hugo@example.net', resultRecipientEmail: 'secretariat@ampere.example', date: '06/12/2026', centerName: 'Lycée Ampère' },
  ];
  const repositories: ResultsRepositories = {
    juryCourses: {
      byId: async (id) => state.courses.get(id) ?? null,
      questions: async () => [],
      history: async () => state.history.map((row, i) => ({ ...row, id: i + 1, createdAt: clock.now() })),
      latestScoring: async () => null,
      setNeutralized: notUsed('setNeutralized'),
      setDecision: notUsed('setDecision'),
      setComments: async (courseId, comments) => {
        state.courses.set(courseId, { ...state.courses.get(courseId)!, commentForCandidate: comments.forCandidate, commentForOrganization: comments.forOrganization });
      },
      updateCandidate: notUsed('updateCandidate'),
    },
    juryActions: {
      insert: async ({ now: _now, ...row }) => {
        state.history.push({ ...row, before: row.before as Record<string, unknown> | null, after: row.after as Record<string, unknown> | null });
      },
    },
    jurySessions: {
      toProcess: notUsed('toProcess'),
      facts: async (ids) => ids.flatMap((id) => (state.sessions.has(id) ? [state.sessions.get(id)!] : [])),
      assign: notUsed('assign'),
      markPublished: async (sessionId, userId, now) => {
        state.sessions.set(sessionId, { ...state.sessions.get(sessionId)!, state: 'PROCESSED', publishedAt: now, publishedByUserId: userId });
      },
      markUnpublished: notUsed('markUnpublished'),
      drawCredentialStatusIndexes: async () => {
        state.statusIndexesDrawn += 2;
        return 2;
      },
      recipients: async () => recipients,
      incidents: async () => [],
      problemReports: async () => [],
    },
    answers: { ofAssessments: async () => [] },
    scorings: {
      inTransaction: () => true,
      coursesToScore: notUsed('coursesToScore'),
      factsOf: notUsed('factsOf'),
      insert: notUsed('insertScorings'),
      setVerificationCodes: notUsed('setVerificationCodes'),
    },
    certificates: { ofUser: notUsed('ofUser'), byId: notUsed('byId'), schoolResults: notUsed('schoolResults'), divisionsWithResults: notUsed('divisionsWithResults'), partnerPage: notUsed('partnerPage') },
    verifications: { countedLookup: notUsed('countedLookup') },
    credentialSources: { certificate: notUsed('certificate'), drawStatusIndex: notUsed('drawStatusIndex'), competences: notUsed('competences'), revokedPositions: notUsed('revokedPositions') },
    audit: { record: async (entry) => state.audit.push(entry) },
    mail: { send: async (email) => void state.mails.push(email) },
    // All or nothing, as the database's transaction: the state is restored when the work throws.
    transaction: allOrNothing(state, () => ({
        sessions: new Map(state.sessions),
        courses: new Map(state.courses),
        history: [...state.history],
        audit: [...state.audit],
        mails: [...state.mails],
        statusIndexesDrawn: state.statusIndexesDrawn,
      }), () => repositories),
  };
  return { repositories, state };
}

const deps = { clock, publicUrl: 'https://pix.example' };

describe("certification/results' use cases, on in-memory repositories", () => {
  describe('publishing a session', () => {
    it('marks it PROCESSED, tells each candidate and each other recipient once, and leaves a history row and an audit row', async () => {
      const { repositories, state } = memoryRepositories({ session: facts('IN_PROCESS') });

      const after = await publishSession(repositories, deps, jury, 40);

      expect(after.state).toBe('PROCESSED');
      expect(after.publishedByUserId).toBe(7);
      // Léa's recipient address is her own (case aside): one e-mail; Hugo's school gets its own.
      expect(state.mails.map((m) => m.to)).toEqual(['lea@example.net', 'hugo@example.net', 'secretariat@ampere.example']);
      expect(state.mails[0].text).toContain('https://pix.example/mes-certifications');
      expect(state.history).toEqual([
        expect.objectContaining({ sessionId: 40, courseId: null, action: 'SESSION_PUBLISHED', actorUserId: 7, before: expect.objectContaining({ state: 'IN_PROCESS' }), after: expect.objectContaining({ state: 'PROCESSED', credentials: 2 }) }),
      ]);
      expect(state.audit).toEqual([
        expect.objectContaining({ actorUserId: 7, action: 'CERTIFICATION_SESSION_PUBLISHED', targetType: 'CERTIFICATION_SESSION', targetId: 40, organizationId: null }),
      ]);
    });

    it('refuses a session already published, and the support team: nothing written, nobody told', async () => {
      const published = memoryRepositories({ session: { ...facts('PROCESSED'), publishedAt: clock.now(), publishedByUserId: 9 } });
      await expect(publishSession(published.repositories, deps, jury, 40)).rejects.toMatchObject({ messageKey: 'certificationJury.errors.sessionPublished' });
      expect(published.state.sessions.get(40)!.publishedByUserId).toBe(9);

      const waiting = memoryRepositories({ session: facts('FINALIZED') });
      await expect(publishSession(waiting.repositories, deps, support, 40)).rejects.toBeInstanceOf(ForbiddenError);
      expect(waiting.state.sessions.get(40)!.state).toBe('FINALIZED');

      for (const { state } of [published, waiting]) {
        expect(state.mails).toEqual([]);
        expect(state.history).toEqual([]);
        expect(state.audit).toEqual([]);
        expect(state.statusIndexesDrawn).toBe(0);
      }
    });
  });

  describe("the jury's comments", () => {
    it('are saved trimmed (an empty one removed, one not given unchanged), with the before and after in the history and the audit row', async () => {
      const { repositories, state } = memoryRepositories({ course: { ...course, commentForOrganization: 'Pour le lycée' } });
      const emptied = memoryRepositories({ course });

      const read = await updateJuryComments(repositories, { ...deps, mailer: { send: notUsed('send') }, content: notUsed('content'), randomInt: () => 0 }, jury, {
        courseId: 500,
        commentForCandidate: '  Bravo  ',
      });

      expect(read.course.commentForCandidate).toBe('Bravo');
      expect(read.course.commentForOrganization).toBe('Pour le lycée');
      const change = { before: { commentForCandidate: 'Ancien commentaire', commentForOrganization: 'Pour le lycée' }, after: { commentForCandidate: 'Bravo', commentForOrganization: 'Pour le lycée' } };
      expect(read.history).toEqual([expect.objectContaining({ action: 'JURY_COMMENTS_UPDATED', courseId: 500, sessionId: 40, actorUserId: 7, ...change })]);
      expect(state.audit).toEqual([{ actorUserId: 7, action: 'CERTIFICATION_JURY_COMMENTS_UPDATED', targetType: 'CERTIFICATION_COURSE', targetId: 500, organizationId: null, ...change }]);

      const removed = await updateJuryComments(emptied.repositories, { ...deps, mailer: { send: notUsed('send') }, content: notUsed('content'), randomInt: () => 0 }, jury, { courseId: 500, commentForCandidate: '   ' });
      expect(removed.course.commentForCandidate).toBeNull();
    });

    it('are refused too long, or once the session is published: the course keeps its comments, no row is written', async () => {
      const fullDeps = { ...deps, mailer: { send: notUsed('send') }, content: notUsed('content'), randomInt: () => 0 };
      const tooLong = memoryRepositories({ course });
      // Checked before anything is read (thrown at once, not in the transaction).
      await expect(async () => updateJuryComments(tooLong.repositories, fullDeps, jury, { courseId: 500, commentForOrganization: 'x'.repeat(2001) })).rejects.toBeInstanceOf(BadUserInputError);

      const published = memoryRepositories({ course: { ...course, sessionState: 'PROCESSED' } });
      await expect(updateJuryComments(published.repositories, fullDeps, jury, { courseId: 500, commentForCandidate: 'Trop tard' })).rejects.toMatchObject({
        messageKey: 'certificationJury.errors.sessionPublished',
      });

      for (const { state } of [tooLong, published]) {
        expect(state.courses.get(500)!.commentForCandidate).toBe('Ancien commentaire');
        expect(state.history).toEqual([]);
        expect(state.audit).toEqual([]);
      }
    });
  });

  describe('the public verification by code', () => {
    const verificationDeps = { content: notUsed('content'), clock, throttle: { addressFailures: 10, windowSeconds: 600 } as never };

    it('counts a code that cannot exist as a failed lookup of nothing, and answers null', async () => {
      const { repositories } = memoryRepositories();
      const lookups: string[] = [];
      repositories.verifications = {
        countedLookup: async (code) => {
          lookups.push(code);
          return { admitted: true, certificate: null };
        },
      };
      expect(await verifyCertificate(repositories, verificationDeps, 'not a code', '203.0.113.9')).toBeNull();
      expect(lookups).toEqual(['']);
    });

    it('refuses once the address has spent its attempts, with the wait until its window ends', async () => {
      const { repositories } = memoryRepositories();
      repositories.verifications = { countedLookup: async () => ({ admitted: false, windowEndsAt: new Date('2026-12-07T10:00:42Z') }) };
      const refusal = verifyCertificate(repositories, verificationDeps, 'P-BKM7TQ4D', '203.0.113.9');
      await expect(refusal).rejects.toBeInstanceOf(TooManyAttemptsError);
      await expect(refusal).rejects.toMatchObject({ retryAfterSeconds: 42 });
    });
  });
});
