import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import { assertJuryMayAct } from '../domain/jury';
import type { SessionJuryFacts, SessionToProcessRow } from '../domain/jury-views';
import { insertJuryAction } from '../infrastructure/jury-courses.repository';
import { assignSession, juryFactsOfSessions, listSessionsToProcess } from '../infrastructure/jury-sessions.repository';
import type { ResultsDependencies } from './dependencies';
import { assertJury, assertJuryReader } from './jury-access';
import { recordJuryAudit } from './jury-audit';

export interface SessionsToProcessRequest {
  limit: number;
  offset: number;
  centerType: 'SCO' | 'SUP' | 'PRO' | null;
  withIncidentsOrReports: boolean;
  assignedToMe: boolean;
}

/** "Sessions à traiter": finalised sessions not published yet, the oldest finalisation first (the jury and the support). */
export async function sessionsToProcess(em: EntityManager, viewer: Viewer | null, request: SessionsToProcessRequest): Promise<{ rows: SessionToProcessRow[]; total: number }> {
  const reader = assertJuryReader(viewer);
  return listSessionsToProcess(
    em,
    { centerType: request.centerType, withIncidentsOrReports: request.withIncidentsOrReports, assignedToUserId: request.assignedToMe ? reader.userId : null },
    { limit: request.limit, offset: request.offset },
  );
}

/** The jury's facts of a session, for a reader of the jury. */
export async function sessionJuryFacts(em: EntityManager, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  assertJuryReader(viewer);
  const [facts] = await juryFactsOfSessions(em, [sessionId]);
  if (!facts) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  return facts;
}

/** A member of the jury takes a finalised session (it becomes IN_PROCESS), with its history row and audit entry. */
export async function assignSessionToMe(em: EntityManager, deps: Pick<ResultsDependencies, 'clock'>, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return em.transactional(async (tem) => {
    const [before] = await juryFactsOfSessions(tem, [sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertJuryMayAct(before.state);
    const now = deps.clock.now();
    await assignSession(tem, sessionId, jury.userId, now);
    const snapshot = (f: SessionJuryFacts) => ({ state: f.state, assignedToUserId: f.assignedToUserId });
    const [after] = await juryFactsOfSessions(tem, [sessionId]);
    await insertJuryAction(tem, { sessionId, courseId: null, action: 'SESSION_ASSIGNED', actorUserId: jury.userId, before: snapshot(before), after: snapshot(after), now });
    await recordJuryAudit(tem, deps, jury, { action: 'CERTIFICATION_SESSION_ASSIGNED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
