import { BadUserInputError } from '../../shared/domain/errors';
import { checkAnswer, isWellFormedValue } from '../domain/answer-checking';
import { answerTiming, EVALUATION_RULES } from '../domain/competence-evaluation-rules';
import { AssessmentCompletedError, NotCurrentChallengeError } from '../domain/evaluation-errors';
import type { AnswerRow } from '../domain/assessment';
import type { AnswerContext } from '../infrastructure/answer-context.repository';
import type { AnswerChallengeRequest, AnswerDependencies, AnswerOutcome } from './answer-challenge.usecase';
import { nextCertificationChallenge, type CertificationAnswered } from './certification-tests';
import type { AnswerRecord, EvaluationRepositories } from './dependencies';

/**
 * A certification test's answer (the assessment is of type CERTIFICATION): the certification first
 * admits it (the candidate let in by the invigilator, the time not over — an answer past the end is
 * refused and ends the test —); then the answer is checked like any other (the server's clock of a timed
 * challenge too), stores no knowledge element, and the test moves to the next question of the course
 * that still counts: no adaptive engine, no checkpoint, no result shown. The last answer's statement and
 * the course's completion share one transaction; the invigilator hears of it after the commit. Null when
 * another request moved the test between the read and the write.
 */
export async function answerCertificationChallenge(
  repositories: EvaluationRepositories,
  deps: AnswerDependencies,
  request: AnswerChallengeRequest,
  context: AnswerContext,
): Promise<AnswerOutcome | null> {
  const { assessment } = context;
  const now = deps.clock.now();
  const certification = deps.certificationTests;
  if (!certification) throw new AssessmentCompletedError();
  const questions = await repositories.admitCertificationAnswer({ assessmentId: assessment.id, userId: request.userId, now });
  if (assessment.state === 'COMPLETED') throw new AssessmentCompletedError();
  const challenge = deps.content.challengeOfPublicId(request.challengeId);
  if (!challenge || assessment.currentChallengeId !== challenge.id) {
    throw new NotCurrentChallengeError(assessment.currentChallengeId ? deps.content.publicIdOf(assessment.currentChallengeId) : null);
  }
  if (!isWellFormedValue(challenge, request.value)) throw new BadUserInputError('value', 'errors.field.answerMalformed');
  const timing = answerTiming(assessment.currentChallengeServedAt, now);
  const result = checkAnswer(challenge, request.value, { elapsedSeconds: timing.elapsedSeconds, graceSeconds: EVALUATION_RULES.timedChallengeGraceSeconds });
  const nextChallengeId = nextCertificationChallenge(questions, challenge.id);
  const completed = nextChallengeId === null;
  const event: CertificationAnswered = { assessmentId: assessment.id, audience: questions.audience, answeredChallengeId: challenge.id, nextChallengeId, completed, now };
  const record: AnswerRecord = {
    assessmentId: assessment.id,
    answeredChallengeId: challenge.id,
    nextChallengeId,
    nextServedAt: nextChallengeId ? now : null,
    value: request.value,
    result,
    idempotencyKey: request.idempotencyKey,
    timeSpentSeconds: timing.timeSpentSeconds,
    now,
    knowledgeElements: [],
  };
  // One atomic statement; the last answer also ends the course, in the same transaction.
  const stored = completed
    ? await repositories.transaction(async (tx) => {
        const row = await tx.recordAnswer(record);
        if (row) await tx.recordCertificationAnswered(event);
        return row;
      })
    : await repositories.recordAnswer(record);
  if (!stored) return null; // another request moved the test first: the caller tells which
  certification.answeredCommitted(event);
  const answer: AnswerRow = {
    id: stored.id,
    assessmentId: assessment.id,
    challengeId: challenge.id,
    value: request.value,
    result,
    idempotencyKey: request.idempotencyKey,
    createdAt: stored.createdAt,
  };
  return {
    answer,
    answers: [...context.answers, answer],
    assessment: {
      ...assessment,
      currentChallengeId: nextChallengeId,
      currentChallengeServedAt: nextChallengeId ? now : null,
      state: completed ? 'COMPLETED' : 'STARTED',
      completedAt: completed ? now : null,
    },
    checkpoint: false,
    progress: null,
  };
}
