import { randomInt } from 'node:crypto';
import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../learning-content';
import { PlatformRole } from '../identity-access-management';
import { systemClock } from '../shared/domain/clock';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { addCertificationCandidate, enrolStudentsToSession } from '../certification/enrolment/application/candidates.usecases';
import { enrolmentRepositories } from '../certification/enrolment/application/enrolment-repositories';
import { certificationRepositories } from '../certification/evaluation/application/certification-repositories';
import { finalizeSession } from '../certification/evaluation/application/finalize-session.usecase';
import { InvigilatorTokens, type CertificationDependencies } from '../certification/evaluation';
import { publishSession, resultsRepositories, scoreFinalizedSession, type ResultsDependencies } from '../certification/results';
import { assignSessionToMe } from '../certification/results/application/jury-sessions.usecases';
import { decideCertification, updateJuryComments } from '../certification/results/application/jury-actions.usecases';
import { VERIFICATION_CODE_ALPHABET } from '../certification/results/domain/verification-code';
import { buildCertificationSession } from './certification-builder';
import { buildTakenCertification } from './certification-course-builder';
import { buildUser, DEFAULT_PASSWORD } from './database-builder';

/** The jury's demo: fixed codes, listed in README.md. */
export const DEMO_JURY = {
  /** The certification team's account (CERTIF). */
  juryEmail: 'certif@example.net',
  /** The candidate whose certificate is validated and published, and its verification code. */
  certifiedEmail: 'martine.robert@example.net',
  verificationCode: 'P-C3YFQ8GC',
  runningSession: { accessCode: 'DKTM48', invigilatorPassword: 'HRVG63' },
};

const dayAt = (offsetDays: number) => {
  const day = new Date(Date.now() + offsetDays * 24 * 3600 * 1000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

/** Draws these verification codes first (the demo's fixed codes), then at random. */
function scriptedCodes(codes: string[]): (max: number) => number {
  const queue = codes.flatMap((code) => [...code.slice(2)].map((c) => VERIFICATION_CODE_ALPHABET.indexOf(c)));
  return (max) => (queue.length ? queue.shift()! : randomInt(max));
}

function dependencies(content: LearningContent, codes: string[] = []) {
  const results: ResultsDependencies = {
    clock: systemClock,
    content: () => content,
    // The demo's publication sends nothing: its candidates' addresses are examples.
    mailer: { send: async () => undefined },
    publicUrl: 'http://localhost:3000',
    randomInt: scriptedCodes(codes),
  };
  const certification: CertificationDependencies = {
    clock: systemClock,
    content: () => content,
    throttle: { accountFailures: 10, addressFailures: 100, windowSeconds: 900 },
    tokens: new InvigilatorTokens('demo-data-only'),
    events: { publish: async () => undefined, subscribe: () => () => undefined, start: async () => undefined, stop: async () => undefined },
    pick: (n) => randomInt(n),
    scoreSession: (em, request) => scoreFinalizedSession(em, results, request),
  };
  return { results, certification };
}

const ALL_RIGHT = () => 'ok' as const;
// 18 questions: 8 wrong, 2 unanswered — R below 50 %.
const MOSTLY_WRONG = (n: number) => (n < 8 ? ('ko' as const) : n < 10 ? null : ('ok' as const));

/**
 * Pix Admin's jury demo: a CERTIF account; the PRO centre's session of ten days ago, taken, finalised,
 * judged and published (one validated certificate, one rejected, one cancelled by the jury); the
 * lycée's session of yesterday, finalised with an incident and an accepted E1 problem report, waiting
 * in "Sessions à traiter"; and a session in progress this morning (candidates joined, one test started).
 */
export async function loadDemoJury(em: EntityManager, content: LearningContent, centres: { sco: number; pro: number; scoAdmin: number; proAdmin: number; organizationId: number }) {
  const knex = knexOf(em);
  const jury = await buildUser(em, { firstName: 'Camille', lastName: 'Roux', email: DEMO_JURY.juryEmail, password: DEFAULT_PASSWORD, platformRole: PlatformRole.CERTIF as never });
  const juryViewer = { userId: jury.id, platformRole: PlatformRole.CERTIF };

  // 1. Published: the PRO centre, ten days ago.
  const published = await buildCertificationSession(em, {
    certificationCenterId: centres.pro,
    address: 'Pro Formation Numérique – Villeurbanne',
    room: 'Salle Grace Hopper',
    date: dayAt(-10),
    time: '09:30',
    examiner: 'Sophie Laurent',
    createdByUserId: centres.proAdmin,
  });
  const proViewer = { userId: centres.proAdmin, platformRole: null };
  const people = [
    { firstName: 'Martine', lastName: 'Robert', email: DEMO_JURY.certifiedEmail, birthdate: '1985-03-14', sex: 'F', birthInseeCode: '69266', answer: ALL_RIGHT },
    { firstName: 'Olivier', lastName: 'Lambert', email: 'olivier.lambert@example.net', birthdate: '1990-07-02', sex: 'M', birthInseeCode: '69123', answer: MOSTLY_WRONG },
    { firstName: 'Paul', lastName: 'Girard', email: 'paul.girard@example.net', birthdate: '1978-11-25', sex: 'M', birthInseeCode: '38185', answer: ALL_RIGHT },
  ];
  // Every candidate is enrolled before anyone joins (a session stops changing once someone joined).
  const enrolledPeople = [];
  for (const person of people) {
    const user = await buildUser(em, { firstName: person.firstName, lastName: person.lastName, email: person.email, password: DEFAULT_PASSWORD });
    const candidate = await addCertificationCandidate(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, proViewer, {
      sessionId: published.id,
      firstName: person.firstName,
      lastName: person.lastName,
      birthdate: person.birthdate,
      sex: person.sex,
      birthInseeCode: person.birthInseeCode,
      birthCountry: 'FRANCE',
      resultRecipientEmail: person.email,
    });
    enrolledPeople.push({ person, user, candidate });
  }
  const courses: number[] = [];
  const startedAt = new Date(`${dayAt(-10)}T09:45:00`);
  for (const { person, user, candidate } of enrolledPeople)
    courses.push((await buildTakenCertification(em, content, { sessionId: published.id, candidateId: candidate.id, userId: user.id, answer: person.answer, startedAt })).courseId);
  const demo = dependencies(content, [DEMO_JURY.verificationCode, 'P-BKM7TQ4D', 'P-RX9W2HJP']);
  const candidateIds = (await knex('certification_candidates').where({ session_id: published.id }).orderBy('id').pluck('id')) as number[];
  await finalizeSession(certificationRepositories(em, demo.certification), demo.certification, {
    userId: centres.proAdmin,
    sessionId: published.id,
    comment: 'M. Girard a consulté son téléphone pendant le test (signalé au PV).',
    candidates: candidateIds.map((candidateId, i) => ({ candidateId, endScreenSeen: true, incidents: i === 2 ? [{ code: 'C6', questionNumber: null, comment: 'Téléphone consulté à 10 h 20.' }] : [] })),
  });
  const repositories = resultsRepositories(em, demo.results);
  await assignSessionToMe(repositories, demo.results, juryViewer, published.id);
  await decideCertification(repositories, demo.results, juryViewer, courses[2], 'cancel');
  await updateJuryComments(repositories, demo.results, juryViewer, {
    courseId: courses[2],
    commentForCandidate: 'Votre certification est annulée : un incident de fraude a été signalé pendant la session.',
    commentForOrganization: 'Certification annulée (fraude signalée au PV).',
  });
  await publishSession(repositories, demo.results, juryViewer, published.id);

  // 2. Waiting for the jury: the lycée's session of yesterday, three pupils of TG2 with an account.
  const waiting = await buildCertificationSession(em, {
    certificationCenterId: centres.sco,
    address: 'Lycée Marie Curie – bâtiment B',
    room: 'Salle 204',
    date: dayAt(-1),
    time: '09:00',
    examiner: 'Mme Dubois',
    createdByUserId: centres.scoAdmin,
  });
  const scoViewer = { userId: centres.scoAdmin, platformRole: null };
  const pupils = (await knex('organization_learners')
    .where({ organization_id: centres.organizationId, division: 'TG2', is_disabled: false })
    .whereNotNull('user_id')
    .orderBy(['last_name', 'first_name'])
    .offset(5)
    .limit(5)
    .select('id', 'user_id')) as { id: number; user_id: number }[];
  const enrolled = await enrolStudentsToSession(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, scoViewer, { sessionId: waiting.id, organizationLearnerIds: pupils.slice(0, 3).map((p) => p.id) });
  const userOf = (candidate: { organizationLearnerId: number | null }) => pupils.find((p) => p.id === candidate.organizationLearnerId)!.user_id;
  const yesterday = new Date(`${dayAt(-1)}T09:10:00`);
  for (const [i, candidate] of enrolled.entries())
    await buildTakenCertification(em, content, {
      sessionId: waiting.id,
      candidateId: candidate.id,
      userId: userOf(candidate),
      startedAt: yesterday,
      answer: i === 1 ? (n) => (n % 4 === 0 ? 'ko' : 'ok') : ALL_RIGHT,
      problemReport: i === 0 ? { question: 4, category: 'E1', accepted: true } : undefined,
    });
  const certification = dependencies(content).certification;
  await finalizeSession(certificationRepositories(em, certification), certification, {
    userId: centres.scoAdmin,
    sessionId: waiting.id,
    comment: 'Coupure réseau de cinq minutes vers 10 h.',
    candidates: enrolled.map((candidate, i) => ({
      candidateId: candidate.id,
      endScreenSeen: i !== 2,
      incidents: i === 2 ? [{ code: 'C1', questionNumber: null, comment: "Nom d'usage à corriger sur le certificat." }] : [],
    })),
  });

  // 3. In progress this morning: two pupils joined, one test started (Pix Certif's invigilation).
  const running = await buildCertificationSession(em, {
    certificationCenterId: centres.sco,
    address: 'Lycée Marie Curie – bâtiment B',
    room: 'Salle 101',
    date: dayAt(0),
    time: '08:30',
    examiner: 'M. Moreau',
    createdByUserId: centres.scoAdmin,
    ...DEMO_JURY.runningSession,
  });
  const joined = await enrolStudentsToSession(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, scoViewer, { sessionId: running.id, organizationLearnerIds: pupils.slice(3, 5).map((p) => p.id) });
  const now = new Date();
  await buildTakenCertification(em, content, { sessionId: running.id, candidateId: joined[0].id, userId: userOf(joined[0]), ended: false, startedAt: now, answer: (n) => (n < 5 ? 'ok' : null) });
  if (joined[1]) await knex('certification_candidates').where({ id: joined[1].id }).update({ user_id: userOf(joined[1]), joined_at: now });
  await knex('certification_candidates').where({ id: joined[0].id }).update({ authorized_to_start: true });
}
