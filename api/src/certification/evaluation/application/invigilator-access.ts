import { ForbiddenError, NotFoundError, UnauthenticatedError } from '../../../shared/domain/errors';
import { InvigilatorAccessRefusedError, SessionFinalizedError } from '../domain/certification-errors';
import type { SessionRow } from '../domain/course';
import type { CertificationDependencies, CertificationRepositories } from './dependencies';

/** Who acts on a session's candidates: its invigilator's token, or a member of its centre. */
export interface SessionCaller {
  /** The `Authorization: Bearer` token of the request (an invigilator's token, or an account's). */
  bearer: string | null;
  /** The logged-in account, when the token is an account's. */
  userId: number | null;
}

/** Anonymous callers are refused before anything is read. */
export function requireCaller(caller: SessionCaller): void {
  if (!caller.bearer && caller.userId === null) throw new UnauthenticatedError();
}

/**
 * The session, when the caller may supervise it: an invigilator's token of that session (and the
 * session not finalised: finalisation ends the token), or a member of the session's centre. An
 * invigilator's token of another session is refused; nothing tells whether the session exists.
 */
export async function sessionSupervisedBy(repositories: CertificationRepositories, deps: CertificationDependencies, sessionId: number, caller: SessionCaller): Promise<SessionRow & { startsAt: Date }> {
  const tokenSession = caller.bearer ? deps.tokens.verify(caller.bearer, deps.clock.now()) : null;
  if (tokenSession === null && caller.userId === null) throw new UnauthenticatedError();
  const session = await repositories.sessions.find(sessionId);
  if (tokenSession !== null) {
    if (tokenSession !== sessionId || !session) throw new InvigilatorAccessRefusedError('errors.certificationTest.invigilatorTokenInvalid');
    if (session.state !== 'CREATED') throw new SessionFinalizedError();
    return session;
  }
  if (!session) throw new NotFoundError();
  if (!(await repositories.sessions.isCentreMember(caller.userId!, session.certificationCenterId))) throw new ForbiddenError();
  return session;
}
