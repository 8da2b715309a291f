import type { EntityManager } from '@mikro-orm/postgresql';
import type { Viewer } from '../../../identity-access-management';
import { getCertificationSession } from '../../session-management';
import type { SessionSheet } from '../domain/session-sheet';
import { CandidateRepository } from '../infrastructure/candidate.repository';
import { attendanceSheetPdf, incidentReportPdf, type PdfOptions } from '../infrastructure/session-documents.pdf';

/** What the session's documents print (members of its centre and the reading staff). */
export async function sessionSheet(em: EntityManager, viewer: Viewer, sessionId: number): Promise<SessionSheet> {
  const { session, center } = await getCertificationSession(em, viewer, sessionId);
  const candidates = await new CandidateRepository(em).ofSession(sessionId);
  return {
    centerName: center.name,
    sessionNumber: session.id,
    address: session.address,
    room: session.room,
    date: session.date,
    time: session.time,
    examiner: session.examiner,
    candidates: candidates.map((c) => ({ lastName: c.lastName, firstName: c.firstName, birthdate: c.birthdate, extraTimePercentage: c.extraTimePercentage })),
  };
}

export async function sessionDocument(
  em: EntityManager,
  viewer: Viewer,
  input: { sessionId: number; kind: 'feuille-emargement' | 'pv-incident' },
  options: PdfOptions = {},
): Promise<{ sheet: SessionSheet; pdf: Buffer }> {
  const sheet = await sessionSheet(em, viewer, input.sessionId);
  const pdf = input.kind === 'feuille-emargement' ? await attendanceSheetPdf(sheet, options) : await incidentReportPdf(sheet, options);
  return { sheet, pdf };
}
