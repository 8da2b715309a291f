import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { CandidateRow } from '../domain/enrolled-candidate';
import { CandidateRepository } from './candidate.repository';

/** A list of sessions resolves their candidates in one statement (access checked by the session's field). */
export function createEnrolmentLoaders(em: EntityManager) {
  return {
    candidatesBySession: new DataLoader<number, CandidateRow[]>(async (ids) => {
      const rows = await new CandidateRepository(em).ofSessions(ids);
      return ids.map((id) => rows.filter((row) => row.sessionId === id));
    }),
  };
}
