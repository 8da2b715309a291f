import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerResultValue } from '../domain/answer-checking';
import { countedPriorKnowledge, type PriorKnowledge } from '../domain/engine';
import type { AnswerRow, AssessmentRow } from './assessment.repository';

/** Everything an answer needs to be decided, read in one statement. */
export interface AnswerContext {
  assessment: AssessmentRow;
  answers: AnswerRow[];
  /** Latest status per skill of the knowledge elements this test already produced. */
  currentKnowledge: Map<string, string>;
  /** What the learner knew before this test (latest per skill from elsewhere, resets left out). */
  prior: PriorKnowledge[];
  /** A campaign's test: the campaign's skills (empty for a positioning test). */
  targetSkillIds: string[];
}

// A campaign's test targets the skills its campaign copied; a positioning test, its competence. (The one
// read of prescription's tables by this context: it keeps an answer at two SQL round trips.)
const CAMPAIGN_SKILLS = `select cs.skill_id from campaign_participations cp join campaign_skills cs on cs.campaign_id = cp.campaign_id
  where cp.id = a.campaign_participation_id`;

const CONTEXT_SQL = `
select a.id, a.user_id, a.type, a.competence_id, a.campaign_participation_id, a.state, a.current_challenge_id,
  a.current_challenge_served_at, a.locale, a.is_retry,
  a.created_at, a.completed_at,
  case when a.type = 'CAMPAIGN' then coalesce((select json_agg(t.skill_id order by t.skill_id) from (${CAMPAIGN_SKILLS}) t), '[]') end
    as target_skill_ids,
  coalesce((select json_agg(json_build_object('id', an.id, 'challengeId', an.challenge_id, 'value', an.value,
      'result', an.result, 'idempotencyKey', an.idempotency_key, 'createdAt', an.created_at) order by an.id)
    from answers an where an.assessment_id = a.id), '[]') as answers,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from knowledge_elements
          where assessment_id = a.id order by skill_id, id desc) k), '[]') as current_knowledge,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from knowledge_elements
          where user_id = a.user_id and (assessment_id is null or assessment_id <> a.id)
            and ((a.type = 'COMPETENCE_EVALUATION' and competence_id = a.competence_id)
              or (a.type = 'CAMPAIGN' and skill_id in (${CAMPAIGN_SKILLS})))
          order by skill_id, created_at desc, id desc) k), '[]') as prior
from assessments a`;

export async function loadAnswerContext(em: EntityManager, assessmentId: number): Promise<AnswerContext | null> {
  const [row] = await em.getConnection().execute(`${CONTEXT_SQL} where a.id = ?`, [assessmentId]);
  return row ? toContext(row) : null;
}

/** The contexts of several tests in one statement (progress bars of a list). */
export async function loadAnswerContexts(em: EntityManager, assessmentIds: readonly number[]): Promise<AnswerContext[]> {
  if (!assessmentIds.length) return [];
  const rows = await em.getConnection().execute(`${CONTEXT_SQL} where a.id in (${assessmentIds.map(() => '?').join(', ')})`, [...assessmentIds]);
  return rows.map(toContext);
}

function toContext(row: any): AnswerContext {
  const assessment: AssessmentRow = {
    id: row.id,
    userId: row.user_id,
    type: row.type,
    competenceId: row.competence_id,
    campaignParticipationId: row.campaign_participation_id,
    state: row.state,
    currentChallengeId: row.current_challenge_id,
    currentChallengeServedAt: row.current_challenge_served_at ? new Date(row.current_challenge_served_at) : null,
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
  const prior: PriorKnowledge[] = countedPriorKnowledge(row.prior, assessment.isRetry);
  return {
    assessment,
    answers,
    currentKnowledge: new Map(row.current_knowledge.map((k: { skillId: string; status: string }) => [k.skillId, k.status])),
    prior,
    targetSkillIds: row.target_skill_ids ?? [],
  };
}

export interface RecordedKnowledgeElement {
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated';
  source: 'direct' | 'inferred';
  earnedPix: number;
  /** null: the answer being recorded. */
  answerId: number | null;
}

const RECORD_SQL = `
with moved as (
  update assessments set current_challenge_id = ?, current_challenge_served_at = ?, state = ?, completed_at = ?, updated_at = ?
  where id = ? and state = 'STARTED' and current_challenge_id = ?
  returning id, user_id, campaign_participation_id
), answer as (
  insert into answers (assessment_id, challenge_id, value, result, idempotency_key, time_spent_seconds, created_at)
  select id, ?, ?, ?, ?, ?, ? from moved
  returning id, created_at
), knowledge as (
  insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id, created_at)
  select m.user_id, v.skill_id, v.competence_id, v.status, v.source, v.earned_pix, m.id, coalesce(v.answer_id, answer.id), ?
  from moved m cross join answer
  cross join jsonb_to_recordset(?::jsonb) as v(skill_id text, competence_id text, status text, source text, earned_pix float8, answer_id int)
), ended as (
  update campaign_participations set status = 'TO_SHARE'
  where id = (select campaign_participation_id from moved) and status = 'STARTED' and ?::boolean
)
select id, created_at from answer`;

/**
 * One atomic statement: moves the test on only if it is still on the answered challenge, then stores
 * the answer and its knowledge elements (and, at the end of a campaign's test, marks its participation
 * TO_SHARE). No row back means another request moved the test first. `nextServedAt`: when the next
 * challenge goes out with this answer's response (its clock starts), null when it waits for a checkpoint.
 */
export async function recordAnswer(
  em: EntityManager,
  record: {
    assessmentId: number;
    answeredChallengeId: string;
    nextChallengeId: string | null;
    nextServedAt: Date | null;
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
    record.nextChallengeId ? record.nextServedAt : null,
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
        competence_id: ke.competenceId,
        status: ke.status,
        source: ke.source,
        earned_pix: ke.earnedPix,
        answer_id: ke.answerId,
      })),
    ),
    completed,
  ]);
  return row ? { id: row.id, createdAt: new Date(row.created_at) } : null;
}
