import type { Viewer } from '../../../identity-access-management';
import { readableSession } from '../../session-management';
import type { SessionSheet } from '../domain/session-sheet';
import { attendanceSheetPdf, incidentReportPdf, type PdfOptions } from '../infrastructure/session-documents.pdf';
import type { EnrolmentRepositories } from './enrolment-repositories';

/** What the session's documents print (members of its centre and the reading staff). */
export async function sessionSheet(repositories: EnrolmentRepositories, viewer: Viewer, sessionId: number): Promise<SessionSheet> {
  const { session, center } = await readableSession(repositories, viewer, sessionId);
  const candidates = await repositories.candidates.ofSession(sessionId);
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
  repositories: EnrolmentRepositories,
  viewer: Viewer,
  input: { sessionId: number; kind: 'feuille-emargement' | 'pv-incident' },
  options: PdfOptions = {},
): Promise<{ sheet: SessionSheet; pdf: Buffer }> {
  const sheet = await sessionSheet(repositories, viewer, input.sessionId);
  const pdf = input.kind === 'feuille-emargement' ? await attendanceSheetPdf(sheet, options) : await incidentReportPdf(sheet, options);
  return { sheet, pdf };
}
