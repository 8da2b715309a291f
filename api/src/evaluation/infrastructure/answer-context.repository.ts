import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerResultValue } from '../domain/answer-checking';
import type { PriorKnowledge } from '../domain/engine';
import type { AnswerRow, AssessmentRow } from './assessment.repository';

/** Everything an answer needs to be decided, read in one statement. */
export interface AnswerContext {
  assessment: AssessmentRow;
  answers: AnswerRow[];
  /** Latest status per skill of the knowledge elements this test already produced. */
  currentKnowledge: Map<string, string>;
  /** What the learner knew before this test (latest per skill from elsewhere, resets left out). */
  prior: PriorKnowledge[];
}

const CONTEXT_SQL = `
select a.id, a.user_id, a.competence_id, a.state, a.current_challenge_id, a.locale, a.is_retry, a.created_at, a.completed_at,
  coalesce((select json_agg(json_build_object('id', an.id, 'challengeId', an.challenge_id, 'value', an.value,
      'result', an.result, 'idempotencyKey', an.idempotency_key, 'createdAt', an.created_at) order by an.id)
    from answers an where an.assessment_id = a.id), '[]') as answers,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from knowledge_elements
          where assessment_id = a.id order by skill_id, id desc) k), '[]') as current_knowledge,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from knowledge_elements
          where user_id = a.user_id and competence_id = a.competence_id and (assessment_id is null or assessment_id <> a.id)
          order by skill_id, created_at desc, id desc) k), '[]') as prior
from assessments a where a.id = ?`;

export async function loadAnswerContext(em: EntityManager, assessmentId: number): Promise<AnswerContext | null> {
  const [row] = await em.getConnection().execute(CONTEXT_SQL, [assessmentId]);
  if (!row) return null;
  const assessment: AssessmentRow = {
    id: row.id,
    userId: row.user_id,
    competenceId: row.competence_id,
    state: row.state,
    currentChallengeId: row.current_challenge_id,
    locale: row.locale,
    isRetry: row.is_retry,
    createdAt: new Date(row.created_at),
    completedAt: row.completed_at ? new Date(row.completed_at) : null,
  };
  const answers: AnswerRow[] = row.answers.map((a: any) => ({
    id: a.id,
    assessmentId: assessment.id,
    challengeId: a.challengeId,
    value: a.value,
    result: a.result as AnswerResultValue,
    idempotencyKey: a.idempotencyKey,
    createdAt: new Date(a.createdAt),
  }));
  const prior: PriorKnowledge[] = row.prior
    .filter((k: { status: string }) => k.status === 'validated' || (k.status === 'invalidated' && !assessment.isRetry))
    .map((k: { skillId: string; status: PriorKnowledge['status'] }) => ({ skillId: k.skillId, status: k.status }));
  return {
    assessment,
    answers,
    currentKnowledge: new Map(row.current_knowledge.map((k: { skillId: string; status: string }) => [k.skillId, k.status])),
    prior,
  };
}

export interface RecordedKnowledgeElement {
  skillId: string;
  status: 'validated' | 'invalidated';
  source: 'direct' | 'inferred';
  earnedPix: number;
  /** null: the answer being recorded. */
  answerId: number | null;
}

const RECORD_SQL = `
with moved as (
  update assessments set current_challenge_id = ?, state = ?, completed_at = ?, updated_at = ?
  where id = ? and state = 'STARTED' and current_challenge_id = ?
  returning id, user_id, competence_id
), answer as (
  insert into answers (assessment_id, challenge_id, value, result, idempotency_key, time_spent_seconds, created_at)
  select id, ?, ?, ?, ?, ?, ? from moved
  returning id, created_at
), knowledge as (
  insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id, created_at)
  select m.user_id, v.skill_id, m.competence_id, v.status, v.source, v.earned_pix, m.id, coalesce(v.answer_id, answer.id), ?
  from moved m cross join answer
  cross join jsonb_to_recordset(?::jsonb) as v(skill_id text, status text, source text, earned_pix float8, answer_id int)
)
select id, created_at from answer`;

/**
 * One atomic statement: moves the test on only if it is still on the answered challenge, then stores
 * the answer and its knowledge elements. No row back means another request moved the test first.
 */
export async function recordAnswer(
  em: EntityManager,
  record: {
    assessmentId: number;
    answeredChallengeId: string;
    nextChallengeId: string | null;
    value: string;
    result: AnswerResultValue;
    idempotencyKey: string;
    timeSpentSeconds: number | null;
    knowledgeElements: RecordedKnowledgeElement[];
    now: Date;
  },
): Promise<{ id: number; createdAt: Date } | null> {
  const completed = record.nextChallengeId === null;
  const [row] = await em.getConnection().execute(RECORD_SQL, [
    record.nextChallengeId,
    completed ? 'COMPLETED' : 'STARTED',
    completed ? record.now : null,
    record.now,
    record.assessmentId,
    record.answeredChallengeId,
    record.answeredChallengeId,
    record.value,
    record.result,
    record.idempotencyKey,
    record.timeSpentSeconds,
    record.now,
    record.now,
    JSON.stringify(
      record.knowledgeElements.map((ke) => ({
        skill_id: ke.skillId,
        status: ke.status,
        source: ke.source,
        earned_pix: ke.earnedPix,
        answer_id: ke.answerId,
      })),
    ),
  ]);
  return row ? { id: row.id, createdAt: new Date(row.created_at) } : null;
}
