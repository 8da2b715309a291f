import type { EntityManager } from '@mikro-orm/postgresql';
import { type CertificationAnswered, type CertificationQuestions, type CertificationTests } from '../../../evaluation';
import { ForbiddenError, NotFoundError } from '../../../shared/domain/errors';
import { isPastEnd } from '../domain/certification-clock';
import { CertificationEndedError, NotAuthorizedToAnswerError, TimeOverError } from '../domain/certification-errors';
import { certificationRepositories } from './certification-repositories';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';
import { publishActivity } from './session-activity';

/**
 * The certification's side of a CERTIFICATION test's answers (the evaluation's port, given at start):
 * only the candidate let in by the invigilator answers; past the end of the clock (and its network
 * grace) the answer is refused and the test ends (TIMED_OUT), nothing stored; the last answer completes
 * the course in the answer's transaction; the invigilator hears of every answer after its commit.
 */
export function createCertificationTests(deps: CertificationDependencies): CertificationTests {
  return {
    async admitAnswer(em, { assessmentId, userId, now }): Promise<CertificationQuestions> {
      const repositories = certificationRepositories(em, deps);
      const facts = await repositories.courses.answerFactsOf(assessmentId);
      if (!facts) throw new NotFoundError();
      const { course } = facts;
      if (course.userId !== userId) throw new ForbiddenError();
      if (course.state === 'ENDED') throw course.endReason === 'TIMED_OUT' ? new TimeOverError() : new CertificationEndedError();
      if (isPastEnd(course.endsAt, now)) {
        await timeOver(repositories, course.id, assessmentId, course.candidateId, now);
        publishActivity(deps.events, { sessionId: course.sessionId, candidateId: course.candidateId, kind: 'ENDED', at: now }, deps.onError);
        throw new TimeOverError();
      }
      if (!facts.authorizedToStart) throw new NotAuthorizedToAnswerError();
      return {
        challengeIds: facts.questions.map((q) => q.challengeId),
        neutralizedChallengeIds: facts.questions.filter((q) => q.neutralized).map((q) => q.challengeId),
        audience: { sessionId: course.sessionId, candidateId: course.candidateId },
      };
    },

    async recordAnswered(em: EntityManager, event: CertificationAnswered): Promise<void> {
      if (event.completed) await certificationRepositories(em, deps).courses.endOfAssessment(event.assessmentId, 'COMPLETED', event.now);
    },

    answeredCommitted(event: CertificationAnswered): void {
      const kind = event.completed ? 'ENDED' : 'ANSWERED';
      // Stamped now, at the commit (what the invigilator's delay is measured from).
      publishActivity(deps.events, { sessionId: event.audience.sessionId, candidateId: event.audience.candidateId, kind, at: deps.clock.now() }, deps.onError);
    },

    async mayServe(em, { assessmentId, now }): Promise<boolean> {
      const facts = await certificationRepositories(em, deps).courses.answerFactsOf(assessmentId);
      return Boolean(facts && facts.course.state === 'STARTED' && facts.authorizedToStart && !isPastEnd(facts.course.endsAt, now));
    },
  };
}

/** The time is over: the course ends (TIMED_OUT), its test too, and the candidate is no longer let in. */
async function timeOver(repositories: CertificationRepositories, courseId: number, assessmentId: number, candidateId: number, now: Date): Promise<void> {
  await repositories.transaction(async (tx) => {
    if (!(await tx.courses.end(courseId, 'TIMED_OUT', now))) return;
    await tx.tests.end([assessmentId], now);
    await tx.sessions.setAuthorizedToStart(candidateId, false, now);
  });
}
