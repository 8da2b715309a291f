import type { EntityManager } from '@mikro-orm/postgresql';
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
    await em.getConnection().execute(
      `select user_id, skill_id, competence_id, status, earned_pix from (
         select distinct on (user_id, skill_id) user_id, skill_id, competence_id, status, earned_pix
         from knowledge_elements
         where user_id in (${userIds.map(() => '?').join(', ')})
         order by user_id, skill_id, created_at desc, id desc
       ) latest
       where status <> 'reset'`,
      [...userIds],
    );
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
