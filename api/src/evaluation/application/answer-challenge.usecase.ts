import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import { checkAnswer, isWellFormedValue } from '../domain/answer-checking';
import { answerTiming, EVALUATION_RULES, isCheckpoint } from '../domain/competence-evaluation-rules';
import { AssessmentCompletedError, NotCurrentChallengeError } from '../domain/evaluation-errors';
import type { AnswerRow, AssessmentRow } from '../domain/assessment';
import type { AnswerContext } from '../infrastructure/answer-context.repository';
import { answerCertificationChallenge } from './answer-certification-challenge';
import type { CertificationTests } from './certification-tests';
import type { EvaluationRepositories } from './dependencies';
import { assessmentEngineOf } from './engine-input';
import type { EvaluationDependencies } from './start-competence-evaluation.usecase';

export const MAX_ANSWER_LENGTH = 5_000;

/** An answer's services (its statements, with prescription's campaign SQL, are the repositories'). */
export interface AnswerDependencies extends EvaluationDependencies {
  /** The certification's rules of a CERTIFICATION test (given at start, see CertificationTests); without it such a test cannot be answered. */
  certificationTests?: CertificationTests;
}

export interface AnswerChallengeRequest {
  userId: number;
  assessmentId: number;
  /** The opaque id the API showed (`Challenge.id`), never the readable reference. */
  challengeId: string;
  value: string;
  idempotencyKey: string;
}

export interface AnswerOutcome {
  answer: AnswerRow;
  assessment: AssessmentRow;
  answers: AnswerRow[];
  checkpoint: boolean;
  /** A campaign's test: the progress after this answer, in % (null for a positioning test or a replay). */
  progress: number | null;
}

function validate(request: AnswerChallengeRequest): void {
  if (request.value.length > MAX_ANSWER_LENGTH) throw new BadUserInputError('value', 'errors.field.answerTooLong', { max: MAX_ANSWER_LENGTH });
  if (!/^[\w-]{1,64}$/.test(request.idempotencyKey)) throw new BadUserInputError('idempotencyKey', 'errors.field.idempotencyKey');
}

/** A submission already stored (a retry after a lost response): the same outcome, nothing written. */
function replayed(context: AnswerContext, answer: AnswerRow): AnswerOutcome {
  const position = context.answers.findIndex((a) => a.id === answer.id) + 1;
  const lastOne = position === context.answers.length;
  return {
    answer,
    assessment: context.assessment,
    answers: context.answers,
    checkpoint: context.assessment.type !== 'CERTIFICATION' && lastOne && isCheckpoint(position, context.assessment.state === 'COMPLETED'),
    progress: null,
  };
}

/**
 * The learner who owns the test answers its current challenge (a positioning test, or a campaign's test
 * whose end moves its participation to TO_SHARE in the same statement). Two round trips: one statement reads
 * the test, its answers and knowledge; the engine decides in memory; one atomic statement moves the
 * test on (only if it is still on that challenge) and stores the answer with the knowledge elements it
 * changes. The answer is acknowledged only once that statement has committed. A retried submission
 * (same idempotency key) stores nothing and returns the same outcome; a concurrent one (another tab)
 * gets NOT_CURRENT_CHALLENGE, so the test keeps exactly one answer per challenge.
 * The time is the server's: from the moment the challenge was first sent to the learner to now (a timed
 * challenge answered after its timer and the grace is timed out). The next challenge's clock starts
 * with this response, unless a checkpoint comes first: then it starts when the learner asks for it.
 */
export async function answerChallenge(
  repositories: EvaluationRepositories,
  deps: AnswerDependencies,
  request: AnswerChallengeRequest,
): Promise<AnswerOutcome> {
  validate(request);
  const context = await repositories.answerContext(request.assessmentId);
  if (!context) throw new NotFoundError();
  const { assessment } = context;
  if (assessment.userId !== request.userId) throw new ForbiddenError();
  const already = context.answers.find((a) => a.idempotencyKey === request.idempotencyKey);
  if (already) return replayed(context, already);
  if (assessment.type === 'CERTIFICATION') {
    return (await answerCertificationChallenge(repositories, deps, request, context)) ?? concurrentOutcome(repositories, deps, request);
  }
  if (assessment.state === 'COMPLETED') throw new AssessmentCompletedError();
  const challenge = deps.content.challengeOfPublicId(request.challengeId);
  if (!challenge || assessment.currentChallengeId !== challenge.id) throw notCurrent(deps, assessment);
  if (!isWellFormedValue(challenge, request.value)) throw new BadUserInputError('value', 'errors.field.answerMalformed');

  const now = deps.clock.now();
  const timing = answerTiming(assessment.currentChallengeServedAt, now);
  const result = checkAnswer(challenge, request.value, {
    elapsedSeconds: timing.elapsedSeconds,
    graceSeconds: EVALUATION_RULES.timedChallengeGraceSeconds,
  });
  const pending: AnswerRow = {
    id: 0,
    assessmentId: assessment.id,
    challengeId: challenge.id,
    value: request.value,
    result,
    idempotencyKey: request.idempotencyKey,
    createdAt: now,
  };
  const answers = [...context.answers, pending];
  const engine = assessmentEngineOf(deps.content, assessment, answers, context.prior, context.targetSkillIds);
  const changed = engine.knowledgeElements().filter((ke) => context.currentKnowledge.get(ke.skillId) !== ke.status);
  const decision = engine.decide();
  const nextChallengeId = decision.kind === 'challenge' ? decision.challengeId : null;
  const completed = nextChallengeId === null;
  const checkpoint = isCheckpoint(answers.length, completed);
  const nextServedAt = nextChallengeId && !checkpoint ? now : null;
  const stored = await repositories.recordAnswer({
    assessmentId: assessment.id,
    answeredChallengeId: challenge.id,
    nextChallengeId,
    nextServedAt,
    value: request.value,
    result,
    idempotencyKey: request.idempotencyKey,
    timeSpentSeconds: timing.timeSpentSeconds,
    now,
    knowledgeElements: changed.map((ke) => ({
      skillId: ke.skillId,
      competenceId: deps.content.skill(ke.skillId)!.competenceId,
      status: ke.status,
      source: ke.source,
      earnedPix: ke.status === 'validated' ? deps.content.pixValueOf(ke.skillId) : 0,
      answerId: ke.answerIndex === answers.length - 1 ? null : answers[ke.answerIndex].id,
    })),
  });
  if (!stored) return concurrentOutcome(repositories, deps, request);
  const answer = { ...pending, id: stored.id, createdAt: stored.createdAt };
  answers[answers.length - 1] = answer;
  return {
    answer,
    answers,
    assessment: {
      ...assessment,
      currentChallengeId: nextChallengeId,
      currentChallengeServedAt: nextServedAt,
      state: completed ? 'COMPLETED' : 'STARTED',
      completedAt: completed ? now : null,
    },
    checkpoint,
    progress: completed && assessment.type === 'CAMPAIGN' ? 100 : engine.progress(),
  };
}

/** Another request moved the test between our read and our write: a doubled submission, or another tab. */
async function concurrentOutcome(repositories: EvaluationRepositories, deps: AnswerDependencies, request: AnswerChallengeRequest): Promise<AnswerOutcome> {
  const context = (await repositories.answerContext(request.assessmentId))!;
  const already = context.answers.find((a) => a.idempotencyKey === request.idempotencyKey);
  if (already) return replayed(context, already);
  if (context.assessment.state === 'COMPLETED') throw new AssessmentCompletedError();
  throw notCurrent(deps, context.assessment);
}

/** The refusal names the current challenge by its opaque id only. */
function notCurrent(deps: EvaluationDependencies, assessment: AssessmentRow): NotCurrentChallengeError {
  return new NotCurrentChallengeError(assessment.currentChallengeId ? deps.content.publicIdOf(assessment.currentChallengeId) : null);
}
