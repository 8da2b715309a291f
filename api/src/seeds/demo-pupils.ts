import path from 'node:path';
import type { EntityManager } from '@mikro-orm/postgresql';
import { validateSiecleImport } from '../prescription/learner-management/domain/siecle-pupil';
import { chooseUsername } from '../prescription/learner-management/domain/pupil-credentials';
import { readSiecleFile } from '../prescription/learner-management/infrastructure/siecle-file-reader';
import { replaceSchoolPupils } from '../prescription/learner-management/infrastructure/organization-learner.repository';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { buildOrganizationLearner, buildUser } from './database-builder';

/** The sample SIECLE export of the demo lycée (README: "try the import"). */
export const SAMPLE_SIECLE_FILE = path.resolve(
  __dirname,
  __filename.endsWith('.js') ? '../../../test/fixtures/siecle/ElevesSansAdresses.zip' : '../../test/fixtures/siecle/ElevesSansAdresses.zip',
);

/** Pupils of the sample file not yet imported in the demo: importing the sample adds them. */
const NOT_YET_IMPORTED = 4;

/**
 * The demo lycée's pupils, as if the sample SIECLE file had been imported a few weeks ago: the same
 * four classes but for the last pupils of the file, and two pupils who have since left (the sample
 * no longer lists them). Some pupils already have an account: by username, by e-mail, or a
 * username with a temporary password still to change.
 */
export async function loadDemoPupils(em: EntityManager, organization: { id: number; uai: string }, password: string) {
  const raw = await readSiecleFile(SAMPLE_SIECLE_FILE);
  const { pupils } = validateSiecleImport(raw, organization.uai);
  await replaceSchoolPupils(em, organization.id, pupils.slice(0, -NOT_YET_IMPORTED), new Date());
  await buildOrganizationLearner(em, organization.id, { firstName: 'Baptiste', lastName: 'LEMAIRE', birthdate: '2008-04-12', division: 'TG2', sex: 'M' });
  await buildOrganizationLearner(em, organization.id, { firstName: 'Margaux', lastName: 'CHEVALIER', birthdate: '2008-09-30', division: 'TG2', sex: 'F' });

  const inClass = (division: string) => pupils.filter((p) => p.division === division);
  const link = async (ine: string, userId: number) =>
    knexOf(em)('organization_learners').where({ organization_id: organization.id, national_student_id: ine }).update({ user_id: userId });
  const accounts: { login: string; who: string }[] = [];
  for (const [i, pupil] of inClass('2NDE1').slice(0, 3).entries()) {
    const username = chooseUsername(pupil, () => false, () => 0);
    const user = await buildUser(em, { firstName: pupil.firstName, lastName: pupil.lastName, email: null, username, password, mustChangePassword: i === 2 });
    await link(pupil.nationalStudentId, user.id);
    accounts.push({ login: username, who: `${pupil.firstName} ${pupil.lastName} (${pupil.division})` });
  }
  for (const pupil of inClass('1G1').slice(0, 2)) {
    const user = await buildUser(em, { firstName: pupil.firstName, lastName: pupil.lastName });
    await link(pupil.nationalStudentId, user.id);
  }
  return accounts;
}
