import type { EntityManager } from '@mikro-orm/postgresql';
import type { Services } from './services';
import { createEvaluationLoaders } from '../evaluation/infrastructure/evaluation.loaders';

/** Every DataLoader of the request, grouped by context. */
export function createLoaders(em: EntityManager, services: Services) {
  return {
    evaluation: createEvaluationLoaders(em, services),
  };
}

export type Loaders = ReturnType<typeof createLoaders>;
