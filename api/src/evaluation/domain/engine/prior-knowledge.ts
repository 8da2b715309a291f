import type { PriorKnowledge } from './types';

/**
 * What a test counts of the learner's earlier knowledge (the latest element of each skill from
 * elsewhere): the validated skills, and the failed ones too, except in a retry, which forgets them.
 */
export function countedPriorKnowledge(latest: readonly { skillId: string; status: string }[], isRetry: boolean): PriorKnowledge[] {
  return latest
    .filter((k) => k.status === 'validated' || (k.status === 'invalidated' && !isRetry))
    .map((k) => ({ skillId: k.skillId, status: k.status as PriorKnowledge['status'] }));
}
