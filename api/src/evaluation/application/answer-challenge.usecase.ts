import type { EntityManager } from '@mikro-orm/postgresql';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../shared/domain/errors';
import { checkAnswer, isWellFormedValue } from '../domain/answer-checking';
import { knowledgeElementsOf, nextChallenge } from '../domain/engine';
import { isCheckpoint } from '../domain/competence-evaluation-rules';
import { AssessmentCompletedError, NotCurrentChallengeError } from '../domain/evaluation-errors';
import { AssessmentRepository, type AnswerRow, type AssessmentRow } from '../infrastructure/assessment.repository';
import { addKnowledgeElements, type NewKnowledgeElement } from '../infrastructure/knowledge-element.repository';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { engineInputOf, priorKnowledgeOf } from './engine-input';
import type { EvaluationDependencies } from './start-competence-evaluation.usecase';

export const MAX_ANSWER_LENGTH = 5_000;

export interface AnswerChallengeRequest {
  userId: number;
  assessmentId: number;
  challengeId: string;
  value: string;
  idempotencyKey: string;
  timeSpentSeconds?: number | null;
}

export interface AnswerOutcome {
  answer: AnswerRow;
  assessment: AssessmentRow;
  answers: AnswerRow[];
  checkpoint: boolean;
}

function validate(request: AnswerChallengeRequest): void {
  if (request.value.length > MAX_ANSWER_LENGTH) throw new BadUserInputError('value', 'errors.field.answerTooLong', { max: MAX_ANSWER_LENGTH });
  if (!/^[\w-]{1,64}$/.test(request.idempotencyKey)) throw new BadUserInputError('idempotencyKey', 'errors.field.idempotencyKey');
}

/**
 * The learner who owns the test answers its current challenge. In one transaction, with the test
 * locked: the answer, the knowledge elements it changes, the next challenge. A retried submission
 * (same idempotency key) stores nothing and returns the same outcome. The answer is acknowledged
 * only once committed.
 */
export async function answerChallenge(
  em: EntityManager,
  deps: EvaluationDependencies,
  request: AnswerChallengeRequest,
): Promise<AnswerOutcome> {
  validate(request);
  return em.transactional(async (tem) => {
    const repository = new AssessmentRepository(tem);
    const assessment = await repository.findForUpdate(request.assessmentId);
    if (!assessment) throw new NotFoundError();
    if (assessment.userId !== request.userId) throw new ForbiddenError();
    const already = await repository.answerByIdempotencyKey(assessment.id, request.idempotencyKey);
    if (already) return outcomeOf(repository, assessment, already);
    if (assessment.state === 'COMPLETED') throw new AssessmentCompletedError();
    if (assessment.currentChallengeId !== request.challengeId) throw new NotCurrentChallengeError(assessment.currentChallengeId);
    const challenge = deps.content.challenge(request.challengeId)!;
    if (!isWellFormedValue(challenge, request.value)) throw new BadUserInputError('value', 'errors.field.answerMalformed');

    const now = deps.clock.now();
    const result = checkAnswer(challenge, request.value, { elapsedSeconds: request.timeSpentSeconds ?? undefined });
    const answer = await repository.addAnswer({
      assessmentId: assessment.id,
      challengeId: challenge.id,
      value: request.value,
      result,
      idempotencyKey: request.idempotencyKey,
      timeSpentSeconds: request.timeSpentSeconds ?? null,
      now,
    });
    const answers = await repository.answersOf([assessment.id]);
    const prior = await priorKnowledgeOf(tem, assessment);
    const input = engineInputOf(deps.content, assessment, answers, prior);
    await recordKnowledgeElements(tem, deps, assessment, answers, input, now);
    const decision = nextChallenge(input);
    const completed = decision.kind === 'end';
    await repository.moveOn(assessment.id, { currentChallengeId: completed ? null : decision.challengeId, completed, now });
    const updated = (await repository.findById(assessment.id))!;
    return { answer, assessment: updated, answers, checkpoint: isCheckpoint(answers.length, completed) };
  });
}

async function outcomeOf(repository: AssessmentRepository, assessment: AssessmentRow, answer: AnswerRow): Promise<AnswerOutcome> {
  const answers = await repository.answersOf([assessment.id]);
  const position = answers.findIndex((a) => a.id === answer.id) + 1;
  const lastOne = position === answers.length;
  return { answer, assessment, answers, checkpoint: lastOne && isCheckpoint(position, assessment.state === 'COMPLETED') };
}

/** Appends the knowledge elements whose status the engine now derives differently (history is kept). */
async function recordKnowledgeElements(
  em: EntityManager,
  deps: EvaluationDependencies,
  assessment: AssessmentRow,
  answers: AnswerRow[],
  input: ReturnType<typeof engineInputOf>,
  now: Date,
): Promise<void> {
  const current = new Map<string, string>(
    (
      await knexOf(em)('knowledge_elements')
        .distinctOn('skill_id')
        .select('skill_id', 'status')
        .where({ assessment_id: assessment.id })
        .orderBy([{ column: 'skill_id' }, { column: 'id', order: 'desc' }])
    ).map((r: { skill_id: string; status: string }) => [r.skill_id, r.status]),
  );
  const derived = knowledgeElementsOf(input);
  const changes: NewKnowledgeElement[] = derived
    .filter((ke) => current.get(ke.skillId) !== ke.status)
    .map((ke) => ({
      userId: assessment.userId,
      skillId: ke.skillId,
      competenceId: assessment.competenceId,
      status: ke.status,
      source: ke.source,
      earnedPix: ke.status === 'validated' ? deps.content.pixValueOf(ke.skillId) : 0,
      assessmentId: assessment.id,
      answerId: answers[ke.answerIndex]?.id ?? null,
      createdAt: now,
    }));
  await addKnowledgeElements(em, changes);
}
