import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from '../../graphql/services';
import type { KnowledgeElementFact } from '../domain/profile';
import { latestKnowledgeElementsOfUsers } from './knowledge-element.repository';

export function createEvaluationLoaders(em: EntityManager, _services: Services) {
  return {
    knowledgeElementsByUser: new DataLoader<number, KnowledgeElementFact[]>(async (userIds) => {
      const byUser = await latestKnowledgeElementsOfUsers(em, userIds);
      return userIds.map((id) => byUser.get(id) ?? []);
    }),
  };
}
