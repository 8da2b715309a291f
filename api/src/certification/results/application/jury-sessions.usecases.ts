import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import { assertJuryMayAct } from '../domain/jury';
import type { SessionJuryFacts, SessionToProcessRow } from '../domain/jury-views';
import type { ResultsDependencies } from './dependencies';
import { assertJury, assertJuryReader } from './jury-access';
import { recordJuryAudit } from './jury-audit';
import type { ResultsRepositories } from './results-repositories';

export interface SessionsToProcessRequest {
  limit: number;
  offset: number;
  centerType: 'SCO' | 'SUP' | 'PRO' | null;
  withIncidentsOrReports: boolean;
  assignedToMe: boolean;
}

/** "Sessions à traiter": finalised sessions not published yet, the oldest finalisation first (the jury and the support). */
export async function sessionsToProcess(repositories: ResultsRepositories, viewer: Viewer | null, request: SessionsToProcessRequest): Promise<{ rows: SessionToProcessRow[]; total: number }> {
  const reader = assertJuryReader(viewer);
  return repositories.jurySessions.toProcess(
    { centerType: request.centerType, withIncidentsOrReports: request.withIncidentsOrReports, assignedToUserId: request.assignedToMe ? reader.userId : null },
    { limit: request.limit, offset: request.offset },
  );
}

/** The jury's facts of a session, for a reader of the jury. */
export async function sessionJuryFacts(repositories: ResultsRepositories, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  assertJuryReader(viewer);
  const [facts] = await repositories.jurySessions.facts([sessionId]);
  if (!facts) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
  return facts;
}

/** A member of the jury takes a finalised session (it becomes IN_PROCESS), with its history row and audit entry. */
export async function assignSessionToMe(repositories: ResultsRepositories, deps: Pick<ResultsDependencies, 'clock'>, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return repositories.transaction(async (tx) => {
    const [before] = await tx.jurySessions.facts([sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertJuryMayAct(before.state);
    const now = deps.clock.now();
    await tx.jurySessions.assign(sessionId, jury.userId, now);
    const snapshot = (f: SessionJuryFacts) => ({ state: f.state, assignedToUserId: f.assignedToUserId });
    const [after] = await tx.jurySessions.facts([sessionId]);
    await tx.juryActions.insert({ sessionId, courseId: null, action: 'SESSION_ASSIGNED', actorUserId: jury.userId, before: snapshot(before), after: snapshot(after), now });
    await recordJuryAudit(tx, jury, { action: 'CERTIFICATION_SESSION_ASSIGNED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
