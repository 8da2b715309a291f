import type { EntityManager } from '@mikro-orm/postgresql';
import type { KnowledgeElementFact } from '../domain/profile';
import { latestKnowledgeElementsOfUsers as readLatest } from '../infrastructure/knowledge-element.repository';

/**
 * What a campaign reads of its participants' knowledge (sharing results): the latest knowledge element
 * per skill of each learner, in the caller's transaction when there is one.
 */
export function latestKnowledgeElementsOfUsers(em: EntityManager, userIds: readonly number[]): Promise<Map<number, KnowledgeElementFact[]>> {
  return readLatest(em, userIds);
}
