import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import { runPrepared, type PreparedStatement, type StatementTarget } from '../../shared/infrastructure/database/prepared-statement';
import type { KnowledgeElementFact } from '../domain/profile';
import type { AssessmentRow } from './assessment.repository';

// Prepared (planned once per connection): the dashboard reads it on every visit (and its bench's floor, api/bench).
export const LATEST_KNOWLEDGE_ELEMENTS: PreparedStatement = {
  name: 'evaluation.latest-knowledge-elements',
  text: `select user_id, skill_id, competence_id, status, earned_pix, created_at, assessment_id from (
     select distinct on (user_id, skill_id) user_id, skill_id, competence_id, status, earned_pix, created_at, assessment_id
     from knowledge_elements
     where user_id = any($1::int[])
     order by user_id, skill_id, created_at desc, id desc
   ) latest
   where status <> 'reset'`,
};

/**
 * The latest knowledge element per skill for each learner, in one statement (in the caller's transaction
 * when there is one); a skill whose latest element is a reset is unknown again.
 */
export async function latestKnowledgeElementsOfUsers(
  em: StatementTarget,
  userIds: readonly number[],
): Promise<Map<number, KnowledgeElementFact[]>> {
  const rows: {
    user_id: number;
    skill_id: string;
    competence_id: string;
    status: string;
    earned_pix: number;
    created_at: Date;
    assessment_id: number | null;
  }[] = (
    await runPrepared(em, LATEST_KNOWLEDGE_ELEMENTS, [[...userIds]])
  );
  const byUser = new Map<number, KnowledgeElementFact[]>(userIds.map((id) => [id, []]));
  for (const row of rows) byUser.get(row.user_id)?.push(knowledgeElementFactOf(row));
  return byUser;
}

/** A row of LATEST_KNOWLEDGE_ELEMENTS as the profile and the engine read it. */
export function knowledgeElementFactOf(row: { skill_id: string; competence_id: string; status: string; earned_pix: number | string; created_at: Date | string; assessment_id: number | null }): KnowledgeElementFact {
  return {
    skillId: row.skill_id,
    competenceId: row.competence_id,
    status: row.status as KnowledgeElementFact['status'],
    earnedPix: Number(row.earned_pix),
    createdAt: new Date(row.created_at),
    assessmentId: row.assessment_id,
  };
}

export interface NewKnowledgeElement {
  userId: number;
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated' | 'reset';
  source: 'direct' | 'inferred';
  earnedPix: number;
  assessmentId: number | null;
  answerId: number | null;
  createdAt: Date;
}

/** Knowledge elements are never updated: a newer one (or a reset copy) supersedes the latest. */
export async function addKnowledgeElements(em: EntityManager, elements: NewKnowledgeElement[]): Promise<void> {
  if (!elements.length) return;
  await knexOf(em)('knowledge_elements').insert(
    elements.map((e) => ({
      user_id: e.userId,
      skill_id: e.skillId,
      competence_id: e.competenceId,
      status: e.status,
      source: e.source,
      earned_pix: e.earnedPix,
      assessment_id: e.assessmentId,
      answer_id: e.answerId,
      created_at: e.createdAt,
    })),
  );
}

/** The latest element of each skill of one competence, reset ones included (for a reset and for prior knowledge). */
export async function latestKnowledgeElementsOfCompetence(
  em: EntityManager,
  userId: number,
  competenceId: string,
): Promise<{ skillId: string; status: 'validated' | 'invalidated' | 'reset'; earnedPix: number; assessmentId: number | null; createdAt: Date }[]> {
  const rows = await knexOf(em)('knowledge_elements')
    .distinctOn('skill_id')
    .select('skill_id', 'status', 'earned_pix', 'assessment_id', 'created_at')
    .where({ user_id: userId, competence_id: competenceId })
    .orderBy([{ column: 'skill_id' }, { column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
  return rows.map((r: any) => ({
    skillId: r.skill_id,
    status: r.status,
    earnedPix: Number(r.earned_pix),
    assessmentId: r.assessment_id,
    createdAt: new Date(r.created_at),
  }));
}

/**
 * The latest element of each skill a test targets, from elsewhere than this test (an earlier test,
 * another campaign): the competence of a positioning test, or the skills of a campaign's test.
 */
export async function latestKnowledgeBeforeTest(
  em: EntityManager,
  assessment: Pick<AssessmentRow, 'id' | 'userId' | 'type' | 'competenceId'>,
  targetSkillIds: readonly string[] = [],
): Promise<{ skillId: string; status: string }[]> {
  const query = knexOf(em)('knowledge_elements')
    .distinctOn('skill_id')
    .select('skill_id', 'status')
    .where({ user_id: assessment.userId })
    .andWhere((q) => q.whereNull('assessment_id').orWhereNot('assessment_id', assessment.id))
    .orderBy([{ column: 'skill_id' }, { column: 'created_at', order: 'desc' }, { column: 'id', order: 'desc' }]);
  if (assessment.type === 'CAMPAIGN') query.whereIn('skill_id', [...targetSkillIds]);
  else query.andWhere({ competence_id: assessment.competenceId });
  const rows: { skill_id: string; status: string }[] = await query;
  return rows.map((r) => ({ skillId: r.skill_id, status: r.status }));
}

/** The latest knowledge element of a skill, with its source and the challenge whose answer gave it. */
export interface DirectKnowledge {
  skillId: string;
  competenceId: string;
  status: 'validated' | 'invalidated';
  source: 'direct' | 'inferred';
  earnedPix: number;
  /** The challenge of the answer that gave it (null for knowledge without an answer). */
  challengeId: string | null;
}

/** The latest element per skill of one learner (resets leave the skill unknown), read when they join a certification. */
export async function directKnowledgeOfUser(em: EntityManager, userId: number): Promise<DirectKnowledge[]> {
  const rows = await knexOf(em).raw(
    `select k.skill_id, k.competence_id, k.status, k.source, k.earned_pix, an.challenge_id from (
       select distinct on (skill_id) skill_id, competence_id, status, source, earned_pix, answer_id
       from knowledge_elements where user_id = ? order by skill_id, created_at desc, id desc
     ) k left join answers an on an.id = k.answer_id
     where k.status <> 'reset'`,
    [userId],
  );
  return rows.rows.map((row: any) => ({
    skillId: row.skill_id,
    competenceId: row.competence_id,
    status: row.status,
    source: row.source,
    earnedPix: Number(row.earned_pix),
    challengeId: row.challenge_id ?? null,
  }));
}
