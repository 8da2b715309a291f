import type { EntityManager } from '@mikro-orm/postgresql';
import { systemClock } from '../shared/domain/clock';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { addCertificationCandidate, enrolStudentsToSession, updateCertificationCandidate } from '../certification/enrolment/application/candidates.usecases';
import { enrolmentRepositories } from '../certification/enrolment/application/enrolment-repositories';
import { buildCertificationCenter, buildCertificationCenterMembership, buildCertificationSession } from './certification-builder';
import { buildUser, DEFAULT_PASSWORD } from './database-builder';

/** The demo's sessions: fixed codes, listed in README.md. */
export const DEMO_CERTIFICATION = {
  lyceeSession: { accessCode: 'CRTF26', invigilatorPassword: 'PXCT47' },
  proSession: { accessCode: 'BKMP34', invigilatorPassword: 'DGHJ89' },
};

const localDay = (offsetDays = 0) => {
  const day = new Date(Date.now() + offsetDays * 24 * 3600 * 1000);
  return `${day.getFullYear()}-${String(day.getMonth() + 1).padStart(2, '0')}-${String(day.getDate()).padStart(2, '0')}`;
};

/**
 * Pix Certif's demo: the lycée's SCO centre (same UAI; its administrator is the lycée's, Julien a
 * member), a session today at 14:00 with five pupils of TG2 (one with 30 % extra time), and a PRO
 * centre with its own team (Julien belongs to both: the centre switcher) and a session next week.
 */
export async function loadDemoCertification(em: EntityManager, lycee: { uai: string; organizationId: number }) {
  const knex = knexOf(em);
  const claire = (await knex('users').where({ email: 'claire.dubois@example.net' }).first('id')).id as number;
  const julien = (await knex('users').where({ email: 'julien.moreau@example.net' }).first('id')).id as number;
  const sco = await buildCertificationCenter(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: lycee.uai, externalId: 'CERT-0751234A' });
  await buildCertificationCenterMembership(em, sco.id, claire, 'ADMIN');
  await buildCertificationCenterMembership(em, sco.id, julien, 'MEMBER');
  const today = await buildCertificationSession(em, {
    certificationCenterId: sco.id,
    address: 'Lycée Marie Curie – bâtiment B',
    room: 'Salle 204',
    date: localDay(),
    time: '14:00',
    examiner: 'Mme Dubois, M. Moreau',
    description: 'Terminales TG2 : prévoir des écouteurs.',
    createdByUserId: claire,
    ...DEMO_CERTIFICATION.lyceeSession,
  });
  const viewer = { userId: claire, platformRole: null };
  const tg2 = await knex('organization_learners')
    .where({ organization_id: lycee.organizationId, division: 'TG2', is_disabled: false })
    .orderBy(['last_name', 'first_name'])
    .limit(5)
    .pluck('id');
  const enrolled = await enrolStudentsToSession(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, viewer, { sessionId: today.id, organizationLearnerIds: tg2 });
  await updateCertificationCandidate(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, viewer, { candidateId: enrolled[0].id, extraTimePercentage: 30 });
  await buildCertificationSession(em, {
    certificationCenterId: sco.id,
    address: 'Lycée Marie Curie – bâtiment B',
    room: 'Salle 210',
    date: localDay(14),
    time: '09:00',
    examiner: 'M. Moreau',
    createdByUserId: claire,
  });

  const pro = await buildCertificationCenter(em, { name: 'Pro Formation Numérique', type: 'PRO', externalId: 'PFN-69' });
  const sophie = await buildUser(em, { firstName: 'Sophie', lastName: 'Laurent', email: 'sophie.laurent@example.net', password: DEFAULT_PASSWORD });
  const karim = await buildUser(em, { firstName: 'Karim', lastName: 'Haddad', email: 'karim.haddad@example.net', password: DEFAULT_PASSWORD });
  await buildCertificationCenterMembership(em, pro.id, sophie.id, 'ADMIN');
  await buildCertificationCenterMembership(em, pro.id, karim.id, 'MEMBER');
  await buildCertificationCenterMembership(em, pro.id, julien, 'MEMBER');
  const proSession = await buildCertificationSession(em, {
    certificationCenterId: pro.id,
    address: 'Pro Formation Numérique – Villeurbanne',
    room: 'Salle Ada Lovelace',
    date: localDay(7),
    time: '10:00',
    examiner: 'Sophie Laurent',
    createdByUserId: sophie.id,
    ...DEMO_CERTIFICATION.proSession,
  });
  const proViewer = { userId: sophie.id, platformRole: null };
  for (const candidate of [
    { firstName: 'Nathalie', lastName: 'Garnier', birthdate: '1979-06-21', sex: 'F', birthInseeCode: '69123', birthCountry: 'FRANCE', resultRecipientEmail: 'rh@garnier-menuiseries.example.net', externalId: 'GARN-01' },
    { firstName: 'Youssef', lastName: 'Benali', birthdate: '1992-11-03', sex: 'M', birthCity: 'Casablanca', birthCountry: 'MAROC', extraTimePercentage: 0 },
  ])
    await addCertificationCandidate(enrolmentRepositories(em, { clock: systemClock }), { clock: systemClock }, proViewer, { ...candidate, sessionId: proSession.id });
  return { sco: sco.id, pro: pro.id, scoAdmin: claire, proAdmin: sophie.id, organizationId: lycee.organizationId };
}
