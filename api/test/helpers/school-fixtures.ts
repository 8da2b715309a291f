import { buildMembership, buildOrganization, buildTargetProfile, buildUser } from '../../src/seeds/database-builder';
import { buildTargetProfileCatalogue } from '../../src/seeds/target-profile-catalogue';
import type { TestApi } from './test-api';

export interface Person {
  id: number;
  token: string;
}

export interface Schools {
  lyceeId: number;
  collegeId: number;
  /** Catalogue name → id, plus each school's own parcours. */
  catalogue: Map<string, number>;
  lyceeProfileId: number;
  collegeProfileId: number;
  /** An ADMIN and a MEMBER of the lycée, an ADMIN of the collège, the support team, a learner of neither. */
  people: Record<'admin' | 'teacher' | 'otherSchool' | 'support' | 'learner', Person>;
}

/** Two schools with their teachers, the public catalogue and one parcours of each school's own. */
export async function buildSchools(api: TestApi): Promise<Schools> {
  const em = api.platform.services.orm.em.fork();
  const lycee = await buildOrganization(em, { name: 'Lycée Marie Curie', type: 'SCO', uai: '0751234A' });
  const college = await buildOrganization(em, { name: 'Collège Jean Moulin', type: 'SCO', uai: '0692345B' });
  const catalogue = await buildTargetProfileCatalogue(em, api.platform.services.content.get());
  const lyceeProfile = await buildTargetProfile(em, { name: 'Lycée – Recherche au CDI', category: 'CUSTOM', ownerOrganizationId: lycee.id });
  const collegeProfile = await buildTargetProfile(em, { name: 'Collège – Parcours secret', category: 'CUSTOM', ownerOrganizationId: college.id });
  const person = async (firstName: string, lastName: string, platformRole: 'SUPPORT' | null = null): Promise<Person> => {
    const user = await buildUser(em, { firstName, lastName, platformRole });
    const login = await api.gql(`mutation { logIn(input: { login: "${user.email}", password: "${user.password}" }) { accessToken } }`);
    return { id: user.id, token: login.data!.logIn.accessToken };
  };
  const people = {
    admin: await person('Claire', 'Dubois'),
    teacher: await person('Julien', 'Moreau'),
    otherSchool: await person('Paul', 'Intrus'),
    support: await person('Thomas', 'Petit', 'SUPPORT'),
    learner: await person('Léa', 'Martin'),
  };
  await buildMembership(em, lycee.id, people.admin.id, 'ADMIN');
  await buildMembership(em, lycee.id, people.teacher.id, 'MEMBER');
  await buildMembership(em, college.id, people.otherSchool.id, 'ADMIN');
  return { lyceeId: lycee.id, collegeId: college.id, catalogue, lyceeProfileId: lyceeProfile.id, collegeProfileId: collegeProfile.id, people };
}
