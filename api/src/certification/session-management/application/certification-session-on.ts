import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { getCertificationSession } from './certification-sessions.usecases';
import { sessionReaders } from './session-management-repositories';

/**
 * A session for a reader of its centre, on the caller's entity manager: the public function the
 * schema's joins (the jury's side) call with theirs. Session-management's and enrolment's own use
 * cases call `getCertificationSession` with their repositories.
 */
export const getCertificationSessionOn = (em: EntityManager, viewer: Viewer, sessionId: number) => getCertificationSession(sessionReaders(em), viewer, sessionId);
