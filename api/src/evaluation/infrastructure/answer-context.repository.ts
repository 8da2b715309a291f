import type { EntityManager } from '@mikro-orm/postgresql';
import type { AnswerResultValue } from '../domain/answer-checking';
import { countedPriorKnowledge, type PriorKnowledge } from '../domain/engine';
import type { AnswerRow, AssessmentRow } from './assessment.repository';
import { runPrepared, type PreparedStatement, type StatementTarget } from '../../shared/infrastructure/database/prepared-statement';
import type { CampaignTestSql } from './campaign-test-sql';

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

// A campaign's test targets the skills its campaign copied (prescription's SQL, given at start); a
// positioning test, its competence. The prior knowledge: one branch per kind of test, each guarded by the
// test's type (a one-time filter), so that a positioning test's branch reads the (user_id, competence_id)
// index (an `or` across the two kinds would make PostgreSQL read every element of the learner).
const CONTEXT_SQL = (campaignSkills: string, where: string) => `
select a.id, a.user_id, a.type, a.competence_id, a.campaign_participation_id, a.state, a.current_challenge_id,
  a.current_challenge_served_at, a.locale, a.is_retry,
  a.created_at, a.completed_at,
  case when a.type = 'CAMPAIGN' then coalesce((select json_agg(t.skill_id order by t.skill_id) from (${campaignSkills}) t), '[]') end
    as target_skill_ids,
  coalesce((select json_agg(json_build_object('id', an.id, 'challengeId', an.challenge_id, 'value', an.value,
      'result', an.result, 'idempotencyKey', an.idempotency_key, 'createdAt', an.created_at) order by an.id)
    from answers an where an.assessment_id = a.id), '[]') as answers,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from knowledge_elements
          where assessment_id = a.id order by skill_id, id desc) k), '[]') as current_knowledge,
  coalesce((select json_agg(json_build_object('skillId', k.skill_id, 'status', k.status))
    from (select distinct on (skill_id) skill_id, status from (
            select skill_id, status, created_at, id from knowledge_elements
            where a.type = 'COMPETENCE_EVALUATION' and user_id = a.user_id and competence_id = a.competence_id
              and (assessment_id is null or assessment_id <> a.id)
            union all
            select skill_id, status, created_at, id from knowledge_elements
            where a.type = 'CAMPAIGN' and user_id = a.user_id and skill_id in (${campaignSkills})
              and (assessment_id is null or assessment_id <> a.id)) mine
          order by skill_id, created_at desc, id desc) k), '[]') as prior
from assessments a
where ${where}`;

/** The answer's statements, made once per process from prescription's SQL (the benchmark's floor, api/bench, runs the same). */
export interface AnswerStatements {
  context: PreparedStatement;
  contexts: PreparedStatement;
  record: PreparedStatement;
}

const made = new WeakMap<CampaignTestSql, AnswerStatements>();

export function answerStatements(campaignTests: CampaignTestSql): AnswerStatements {
  let statements = made.get(campaignTests);
  if (!statements) {
    const skills = campaignTests.targetSkillIds('a.campaign_participation_id');
    statements = {
      context: { name: 'evaluation.answer-context', text: CONTEXT_SQL(skills, 'a.id = $1') },
      contexts: { name: 'evaluation.answer-contexts', text: CONTEXT_SQL(skills, 'a.id = any($1::int[])') },
      record: { name: 'evaluation.record-answer', text: RECORD_ANSWER_SQL(campaignTests.endParticipation('(select campaign_participation_id from moved)', '$13::boolean')) },
    };
    made.set(campaignTests, statements);
  }
  return statements;
}

export async function loadAnswerContext(em: StatementTarget, campaignTests: CampaignTestSql, assessmentId: number): Promise<AnswerContext | null> {
  const [row] = await runPrepared(em, answerStatements(campaignTests).context, [assessmentId]);
  return row ? toContext(row) : null;
}

/** The contexts of several tests in one statement (progress bars of a list). */
export async function loadAnswerContexts(em: StatementTarget, campaignTests: CampaignTestSql, assessmentIds: readonly number[]): Promise<AnswerContext[]> {
  if (!assessmentIds.length) return [];
  const rows = await runPrepared(em, answerStatements(campaignTests).contexts, [[...assessmentIds]]);
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

/** The answer's write; `endParticipation`: prescription's statement that ends a campaign's participation. */
const RECORD_ANSWER_SQL = (endParticipation: string) => `
with moved as (
  update assessments set current_challenge_id = $1::text, current_challenge_served_at = $2::timestamptz, state = $3::text,
    completed_at = $4::timestamptz, updated_at = $5::timestamptz
  where id = $6::int and state = 'STARTED' and current_challenge_id = $7::text
  returning id, user_id, campaign_participation_id
), answer as (
  insert into answers (assessment_id, challenge_id, value, result, idempotency_key, time_spent_seconds, created_at)
  select id, $7::text, $8::text, $9::text, $10::text, $11::int, $5::timestamptz from moved
  returning id, created_at
), knowledge as (
  insert into knowledge_elements (user_id, skill_id, competence_id, status, source, earned_pix, assessment_id, answer_id, created_at)
  select m.user_id, v.skill_id, v.competence_id, v.status, v.source, v.earned_pix, m.id, coalesce(v.answer_id, answer.id), $5::timestamptz
  from moved m cross join answer
  cross join jsonb_to_recordset($12::jsonb) as v(skill_id text, competence_id text, status text, source text, earned_pix float8, answer_id int)
), ended as (
  ${endParticipation}
)
select id, created_at from answer`;

/**
 * One atomic statement: moves the test on only if it is still on the answered challenge, then stores
 * the answer and its knowledge elements (and, at the end of a campaign's test, marks its participation
 * TO_SHARE). No row back means another request moved the test first. `nextServedAt`: when the next
 * challenge goes out with this answer's response (its clock starts), null when it waits for a checkpoint.
 */
export async function recordAnswer(
  em: StatementTarget,
  campaignTests: CampaignTestSql,
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
  const [row] = await runPrepared(em, answerStatements(campaignTests).record, [
    record.nextChallengeId,
    record.nextChallengeId ? record.nextServedAt : null,
    completed ? 'COMPLETED' : 'STARTED',
    completed ? record.now : null,
    record.now,
    record.assessmentId,
    record.answeredChallengeId,
    record.value,
    record.result,
    record.idempotencyKey,
    record.timeSpentSeconds,
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
