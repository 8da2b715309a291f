import type { EntityManager } from '@mikro-orm/postgresql';
import { knexOf } from '../../shared/infrastructure/database/knex-of';
import type { KnowledgeElementFact } from '../domain/profile';

/**
 * The latest knowledge element per skill for each learner, in one statement; a skill whose latest
 * element is a reset is unknown again.
 */
export async function latestKnowledgeElementsOfUsers(
  em: EntityManager,
  userIds: readonly number[],
): Promise<Map<number, KnowledgeElementFact[]>> {
  const rows: { user_id: number; skill_id: string; competence_id: string; status: string; earned_pix: number }[] =
    await knexOf(em)
      .select('user_id', 'skill_id', 'competence_id', 'status', 'earned_pix')
      .from(
        knexOf(em)('knowledge_elements')
          .distinctOn('user_id', 'skill_id')
          .select('user_id', 'skill_id', 'competence_id', 'status', 'earned_pix')
          .whereIn('user_id', userIds as number[])
          .orderBy([
            { column: 'user_id' },
            { column: 'skill_id' },
            { column: 'created_at', order: 'desc' },
            { column: 'id', order: 'desc' },
          ])
          .as('latest'),
      )
      .whereNot('status', 'reset');
  const byUser = new Map<number, KnowledgeElementFact[]>(userIds.map((id) => [id, []]));
  for (const row of rows) {
    byUser.get(row.user_id)?.push({
      skillId: row.skill_id,
      competenceId: row.competence_id,
      status: row.status as KnowledgeElementFact['status'],
      earnedPix: Number(row.earned_pix),
    });
  }
  return byUser;
}
