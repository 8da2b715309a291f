import type { EntityManager } from '@mikro-orm/postgresql';
import { buildMembership, buildOrganization, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildCertificationCenter, buildCertificationCenterMembership } from '../../src/seeds/certification-builder';

/** Logs in through the API (a real access token). */
export type LogIn = (email: string, password: string) => Promise<string>;

/**
 * A lycée with pupils in two classes, its SCO certification centre (same UAI) administered by the
 * school's administrator, a PRO centre with its own member, and a member of another centre.
 */
export async function certificationWorld(em: EntityManager, logIn: LogIn, { uai = '0751234A', suffix = '' } = {}) {
  const school = await buildOrganization(em, { name: `Lycée Marie Curie${suffix}`, type: 'SCO', uai });
  const scoCenter = await buildCertificationCenter(em, { name: `Centre du lycée Marie Curie${suffix}`, type: 'SCO', uai });
  const proCenter = await buildCertificationCenter(em, { name: `Centre Pro Formation${suffix}`, type: 'PRO' });
  const otherCenter = await buildCertificationCenter(em, { name: `Autre centre${suffix}`, type: 'SUP' });
  const [admin, proMember, outsider, learner] = await Promise.all([
    buildUser(em, { firstName: 'Claire', lastName: 'Dubois' }),
    buildUser(em, { firstName: 'Paul', lastName: 'Pro' }),
    buildUser(em, { firstName: 'Ines', lastName: 'Intruse' }),
    buildUser(em, { firstName: 'Léo', lastName: 'Élève' }),
  ]);
  await buildMembership(em, school.id, admin.id, 'ADMIN');
  await buildCertificationCenterMembership(em, scoCenter.id, admin.id, 'ADMIN');
  await buildCertificationCenterMembership(em, proCenter.id, admin.id, 'MEMBER');
  await buildCertificationCenterMembership(em, proCenter.id, proMember.id, 'ADMIN');
  await buildCertificationCenterMembership(em, otherCenter.id, outsider.id, 'ADMIN');
  const pupil = (firstName: string, lastName: string, division: string, extra: Partial<Parameters<typeof buildOrganizationLearner>[2]> = {}) =>
    buildOrganizationLearner(em, school.id, { firstName, lastName, birthdate: '2008-05-12', division, sex: 'F', birthCityCode: '75115', birthCity: 'PARIS 15', birthCountryCode: '100', ...extra });
  const pupils = {
    emma: await pupil('Emma', 'EMERY', 'TG2'),
    etienne: await pupil('Étienne', 'ÉTIENNE', 'TG2', { sex: 'M' }),
    fanny: await pupil('Fanny', 'FABRE', 'TG2'),
    traore: await pupil('Awa', 'TRAORÉ', 'TG2', { birthCityCode: null, birthCity: 'DAKAR', birthCountryCode: '341' }),
    other: await pupil('Jules', 'ZOLA', '1G1', { sex: 'M' }),
    left: await pupil('Ana', 'PARTIE', 'TG2', { isDisabled: true }),
  };
  return {
    school,
    scoCenter: scoCenter.id,
    proCenter: proCenter.id,
    otherCenter: otherCenter.id,
    pupils,
    users: { admin, proMember, outsider, learner },
    tokens: {
      admin: await logIn(admin.email!, admin.password),
      proMember: await logIn(proMember.email!, proMember.password),
      outsider: await logIn(outsider.email!, outsider.password),
      learner: await logIn(learner.email!, learner.password),
    },
  };
}

export const SESSION_FIELDS = 'id number accessCode invigilatorPassword state address room date time examiner description candidateCount isEditable lockReason';

export const createSessionMutation = `mutation C($input: CreateCertificationSessionInput!) { createCertificationSession(input: $input) { ${SESSION_FIELDS} } }`;

export const sessionInput = (certificationCenterId: number, overrides: Record<string, unknown> = {}) => ({
  certificationCenterId: String(certificationCenterId),
  address: 'Bâtiment A',
  room: 'Salle 12',
  date: '2026-12-07',
  time: '14:00',
  examiner: 'Mme Lefèvre',
  description: '',
  ...overrides,
});
