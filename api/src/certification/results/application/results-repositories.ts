import type { EntityManager } from '@mikro-orm/postgresql';
import { recordAuditEntry, type AuditEntry } from '../../../audit-log';
import { answersOfAssessments } from '../../../evaluation';
import type { Clock } from '../../../shared/domain/clock';
import type { Email, Mailer } from '../../../shared/infrastructure/mail/mailer';
import { CertificateRepository, partnerResultsPage } from '../infrastructure/certificate.repository';
import { CertificateVerificationRepository } from '../infrastructure/certificate-verification.repository';
import { CredentialSourceRepository } from '../infrastructure/credential-source.repository';
import {
  courseForJury,
  historyOfCourse,
  insertJuryAction,
  latestScoringOf,
  questionsOfCourse,
  setJuryComments,
  setJuryDecision,
  setNeutralized,
  updateCandidate,
} from '../infrastructure/jury-courses.repository';
import {
  assignSession,
  drawCredentialStatusIndexes,
  incidentsOfSessions,
  juryFactsOfSessions,
  listSessionsToProcess,
  markPublished,
  markUnpublished,
  problemReportsOf,
  recipientsOfSession,
} from '../infrastructure/jury-sessions.repository';
import { coursesToScore, insertScorings, scoringFactsOf, setVerificationCodes } from '../infrastructure/scoring.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of certification/results' use cases, made once per request (`resultsRepositories`)
 * from the request's entity manager: a use case reads and writes through them, never through the ORM,
 * so that it can run on in-memory fakes. `transaction` runs its work on repositories bound to one
 * transaction: a jury action's change, its scoring, its history row and its audit entry; a
 * publication's e-mails (the outbox) with it.
 */
export interface ResultsRepositories {
  /** The certification courses as the jury sees and changes them. */
  juryCourses: {
    byId: Bound<typeof courseForJury>;
    questions: Bound<typeof questionsOfCourse>;
    history: Bound<typeof historyOfCourse>;
    latestScoring: Bound<typeof latestScoringOf>;
    setNeutralized: Bound<typeof setNeutralized>;
    setDecision: Bound<typeof setJuryDecision>;
    setComments: Bound<typeof setJuryComments>;
    updateCandidate: Bound<typeof updateCandidate>;
  };
  /** The jury's history rows (a course's or a session's). */
  juryActions: { insert: Bound<typeof insertJuryAction> };
  /** The sessions as the jury sees and changes them. */
  jurySessions: {
    toProcess: Bound<typeof listSessionsToProcess>;
    facts: Bound<typeof juryFactsOfSessions>;
    assign: Bound<typeof assignSession>;
    markPublished: Bound<typeof markPublished>;
    markUnpublished: Bound<typeof markUnpublished>;
    drawCredentialStatusIndexes: Bound<typeof drawCredentialStatusIndexes>;
    recipients: Bound<typeof recipientsOfSession>;
    incidents: Bound<typeof incidentsOfSessions>;
    problemReports: Bound<typeof problemReportsOf>;
  };
  /** evaluation: the answers of assessments. */
  answers: { ofAssessments: Bound<typeof answersOfAssessments> };
  /** The scorings and verification codes; `inTransaction` tells whether they are bound to a transaction. */
  scorings: {
    inTransaction(): boolean;
    coursesToScore: Bound<typeof coursesToScore>;
    factsOf: Bound<typeof scoringFactsOf>;
    insert: Bound<typeof insertScorings>;
    setVerificationCodes: Bound<typeof setVerificationCodes>;
  };
  /** What candidates, anyone and schools read of published results. */
  certificates: Pick<CertificateRepository, 'ofUser' | 'byId' | 'schoolResults' | 'divisionsWithResults'> & { partnerPage: Bound<typeof partnerResultsPage> };
  /** The public verification by code, counted and looked up in one statement. */
  verifications: Pick<CertificateVerificationRepository, 'countedLookup'>;
  /** What a certificate's credential and the status lists are made of. */
  credentialSources: Pick<CredentialSourceRepository, 'certificate' | 'drawStatusIndex' | 'competences' | 'revokedPositions'>;
  /** The audit row of a staff action, written in the caller's transaction. */
  audit: { record(entry: AuditEntry): Promise<unknown> };
  /** E-mails through the outbox, in the caller's transaction. */
  mail: { send(email: Email): Promise<void> };
  transaction<T>(work: (repositories: ResultsRepositories) => Promise<T>): Promise<T>;
}

export interface ResultsRepositoryDependencies {
  clock: Clock;
  mailer: Mailer;
}

export function createResultsRepositories(em: EntityManager, deps: ResultsRepositoryDependencies): ResultsRepositories {
  return {
    juryCourses: {
      byId: (...args) => courseForJury(em, ...args),
      questions: (...args) => questionsOfCourse(em, ...args),
      history: (...args) => historyOfCourse(em, ...args),
      latestScoring: (...args) => latestScoringOf(em, ...args),
      setNeutralized: (...args) => setNeutralized(em, ...args),
      setDecision: (...args) => setJuryDecision(em, ...args),
      setComments: (...args) => setJuryComments(em, ...args),
      updateCandidate: (...args) => updateCandidate(em, ...args),
    },
    juryActions: { insert: (...args) => insertJuryAction(em, ...args) },
    jurySessions: {
      toProcess: (...args) => listSessionsToProcess(em, ...args),
      facts: (...args) => juryFactsOfSessions(em, ...args),
      assign: (...args) => assignSession(em, ...args),
      markPublished: (...args) => markPublished(em, ...args),
      markUnpublished: (...args) => markUnpublished(em, ...args),
      drawCredentialStatusIndexes: (...args) => drawCredentialStatusIndexes(em, ...args),
      recipients: (...args) => recipientsOfSession(em, ...args),
      incidents: (...args) => incidentsOfSessions(em, ...args),
      problemReports: (...args) => problemReportsOf(em, ...args),
    },
    answers: { ofAssessments: (...args) => answersOfAssessments(em, ...args) },
    scorings: {
      inTransaction: () => em.isInTransaction(),
      coursesToScore: (...args) => coursesToScore(em, ...args),
      factsOf: (...args) => scoringFactsOf(em, ...args),
      insert: (...args) => insertScorings(em, ...args),
      setVerificationCodes: (...args) => setVerificationCodes(em, ...args),
    },
    certificates: certificatesOf(em),
    verifications: new CertificateVerificationRepository(em),
    credentialSources: new CredentialSourceRepository(em),
    audit: { record: (entry) => recordAuditEntry(em, deps.clock, entry) },
    mail: { send: (email) => deps.mailer.send(email, em) },
    transaction: (work) => em.transactional((tem) => work(resultsRepositories(tem, deps))),
  };
}

/** The certificates' reads alone (no clock, no mail): the partners' results, called by integration with its entity manager. */
export function certificatesOf(em: EntityManager): ResultsRepositories['certificates'] {
  const certificates = new CertificateRepository(em);
  return {
    ofUser: (...args) => certificates.ofUser(...args),
    byId: (...args) => certificates.byId(...args),
    schoolResults: (...args) => certificates.schoolResults(...args),
    divisionsWithResults: (...args) => certificates.divisionsWithResults(...args),
    partnerPage: (...args) => partnerResultsPage(em, ...args),
  };
}

const perEntityManager = new WeakMap<EntityManager, ResultsRepositories>();

/** The results' repositories of a request (or of a transaction), made once from its entity manager. */
export function resultsRepositories(em: EntityManager, deps: ResultsRepositoryDependencies): ResultsRepositories {
  const known = perEntityManager.get(em);
  if (known) return known;
  const repositories = createResultsRepositories(em, deps);
  perEntityManager.set(em, repositories);
  return repositories;
}
