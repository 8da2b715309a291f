import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { NotFoundError } from '../../../shared/domain/errors';
import { translate } from '../../../shared/i18n/translate';
import { assertPublishable, assertUnpublishable } from '../domain/jury';
import type { SessionJuryFacts } from '../domain/jury-views';
import { insertJuryAction } from '../infrastructure/jury-courses.repository';
import { drawCredentialStatusIndexes, juryFactsOfSessions, markPublished, markUnpublished, recipientsOfSession } from '../infrastructure/jury-sessions.repository';
import type { ResultsDependencies } from './dependencies';
import { assertJury } from './jury-access';
import { recordJuryAudit } from './jury-audit';

const snapshot = (f: SessionJuryFacts) => ({ state: f.state, publishedAt: f.publishedAt?.toISOString() ?? null, publishedByUserId: f.publishedByUserId });

/** Where a candidate reads their certificates in the learner app. */
export const CERTIFICATES_PATH = '/mes-certifications';

/**
 * Publishes a session's results (the jury): only a finalised or in-process one. The session is
 * PROCESSED; each validated certificate gets its place in the credentials' status list; each candidate
 * is told by e-mail (their account's address, and the e-mail for results when the centre gave one),
 * through the outbox, in the same transaction.
 */
export async function publishSession(em: EntityManager, deps: ResultsDependencies, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return em.transactional(async (tem) => {
    const [before] = await juryFactsOfSessions(tem, [sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertPublishable(before.state);
    const now = deps.clock.now();
    await markPublished(tem, sessionId, jury.userId, now);
    const credentials = await drawCredentialStatusIndexes(tem, sessionId);
    const link = `${deps.publicUrl}${CERTIFICATES_PATH}`;
    for (const recipient of await recipientsOfSession(tem, sessionId)) {
      const params = { firstName: recipient.firstName, name: `${recipient.firstName} ${recipient.lastName}`, date: recipient.date, center: recipient.centerName, link };
      if (recipient.accountEmail)
        await deps.mailer.send({ to: recipient.accountEmail, subject: translate('certificationJury.mail.candidate.subject', params), text: translate('certificationJury.mail.candidate.text', params) }, tem);
      const other = recipient.resultRecipientEmail?.trim();
      if (other && other.toLowerCase() !== recipient.accountEmail?.toLowerCase())
        await deps.mailer.send({ to: other, subject: translate('certificationJury.mail.recipient.subject', params), text: translate('certificationJury.mail.recipient.text', params) }, tem);
    }
    const [after] = await juryFactsOfSessions(tem, [sessionId]);
    await insertJuryAction(tem, { sessionId, courseId: null, action: 'SESSION_PUBLISHED', actorUserId: jury.userId, before: snapshot(before), after: { ...snapshot(after), credentials }, now });
    await recordJuryAudit(tem, deps, jury, { action: 'CERTIFICATION_SESSION_PUBLISHED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}

/** Withdraws a published session's results (the jury): back to IN_PROCESS; the credentials' places stay. */
export async function unpublishSession(em: EntityManager, deps: ResultsDependencies, viewer: Viewer | null, sessionId: number): Promise<SessionJuryFacts> {
  const jury = assertJury(viewer);
  return em.transactional(async (tem) => {
    const [before] = await juryFactsOfSessions(tem, [sessionId], { forUpdate: true });
    if (!before) throw new NotFoundError('certificationSessions.errors.sessionUnknown');
    assertUnpublishable(before.state);
    const now = deps.clock.now();
    await markUnpublished(tem, sessionId, now);
    const [after] = await juryFactsOfSessions(tem, [sessionId]);
    await insertJuryAction(tem, { sessionId, courseId: null, action: 'SESSION_UNPUBLISHED', actorUserId: jury.userId, before: snapshot(before), after: snapshot(after), now });
    await recordJuryAudit(tem, deps, jury, { action: 'CERTIFICATION_SESSION_UNPUBLISHED', sessionId, courseId: null, before: snapshot(before), after: snapshot(after) });
    return after;
  });
}
