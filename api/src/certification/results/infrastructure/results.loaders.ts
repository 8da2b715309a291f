import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { IncidentRow, ProblemReportRow, SessionCertificationRow, SessionJuryFacts } from '../domain/jury-views';
import { certificationsOfSessions, incidentsOfSessions, juryFactsOfSessions, problemReportsOf } from './jury-sessions.repository';

const grouped = <T extends { sessionId: number }>(ids: readonly number[], rows: T[]) => ids.map((id) => rows.filter((row) => row.sessionId === id));

/** A list of sessions resolves the jury's fields in one statement per field (access checked by the field). */
export function createCertificationResultsLoaders(em: EntityManager) {
  return {
    juryFactsBySession: new DataLoader<number, SessionJuryFacts | undefined>(async (ids) => {
      const rows = await juryFactsOfSessions(em, ids);
      return ids.map((id) => rows.find((row) => row.sessionId === id));
    }),
    certificationsBySession: new DataLoader<number, SessionCertificationRow[]>(async (ids) => grouped(ids, await certificationsOfSessions(em, ids))),
    incidentsBySession: new DataLoader<number, IncidentRow[]>(async (ids) => grouped(ids, await incidentsOfSessions(em, ids))),
    problemReportsBySession: new DataLoader<number, ProblemReportRow[]>(async (ids) => grouped(ids, await problemReportsOf(em, { sessionIds: ids }))),
  };
}
export type CertificationResultsLoaders = ReturnType<typeof createCertificationResultsLoaders>;
