import { buildCampaign, buildOrganizationLearner, buildUser } from '../../src/seeds/database-builder';
import { buildCampaignParticipation, type KnowledgeSeed, type ParticipationSeed } from '../../src/seeds/participation-builder';
import { buildAssessmentCampaign, SMALL_PARCOURS } from './participation-fixtures';
import type { Schools } from './school-fixtures';
import type { TestApi } from './test-api';

const ok = (...skillIds: string[]): KnowledgeSeed[] => skillIds.map((skillId) => ({ skillId, status: 'validated' }));
const ko = (...skillIds: string[]): KnowledgeSeed[] => skillIds.map((skillId) => ({ skillId, status: 'invalidated' }));

/** A pupil of the school with an account linked to it. */
export async function pupilWithAccount(api: TestApi, organizationId: number, names: { firstName: string; lastName: string; division: string }) {
  const em = api.platform.services.orm.em.fork();
  const user = await buildUser(em, { firstName: names.firstName, lastName: names.lastName });
  const learnerId = await buildOrganizationLearner(em, organizationId, { ...names, birthdate: '2010-01-15', userId: user.id });
  return { userId: user.id, learnerId };
}

export async function participate(api: TestApi, seed: ParticipationSeed) {
  return buildCampaignParticipation(api.platform.services.orm.em.fork(), api.platform.services.content.get(), seed);
}

export interface ResultsCampaignFixture {
  id: number;
  code: string;
  /** Participation ids by pupil. */
  ids: Record<'alice' | 'bruno' | 'chloe' | 'david' | 'emile', number>;
}

/**
 * "Rentrée – 2NDE" over @moteurRecherche 1–3 (competence 1.1) and @tracesNumeriques 1–2 (4.2): five pupils
 * of the lycée, created a day apart (Émile newest):
 *   Alice MARTIN (2NDE1) SHARED     mr1 mr2 tn1 validated, mr3 tn2 invalidated
 *   Bruno PETIT (2NDE2)  SHARED     mr1 validated, mr2 mr3 tn1 tn2 invalidated
 *   Chloé DURAND (2NDE1) TO_SHARE   everything validated
 *   David =SOMME (2NDE2) STARTED    knew mr1 (validated) and tn1 (invalidated) before: 2 of 5 settled
 *   Émile ROUX (2NDE2)   STARTED    knew nothing
 * Alice also has a participation in another campaign of the lycée, which must not show here.
 */
export async function buildResultsCampaign(api: TestApi, schools: Schools): Promise<ResultsCampaignFixture> {
  const organizationId = schools.lyceeId;
  const campaign = await buildAssessmentCampaign(api, {
    organizationId,
    creatorId: schools.people.teacher.id,
    name: 'Rentrée – 2NDE',
    code: 'RESUMT234',
    tubes: SMALL_PARCOURS,
    idPixLabel: "Numéro d'élève",
  });
  const day = (n: number) => new Date(Date.UTC(2026, 8, 1 + n, 8, 0));
  const pupils = {
    alice: await pupilWithAccount(api, organizationId, { firstName: 'Alice', lastName: 'MARTIN', division: '2NDE1' }),
    bruno: await pupilWithAccount(api, organizationId, { firstName: 'Bruno', lastName: 'PETIT', division: '2NDE2' }),
    chloe: await pupilWithAccount(api, organizationId, { firstName: 'Chloé', lastName: 'DURAND', division: '2NDE1' }),
    david: await pupilWithAccount(api, organizationId, { firstName: 'David', lastName: '=SOMME(A1)', division: '2NDE2' }),
    emile: await pupilWithAccount(api, organizationId, { firstName: 'Émile', lastName: 'ROUX', division: '2NDE2' }),
  };
  const seed = (who: keyof typeof pupils, n: number, rest: Omit<ParticipationSeed, 'campaignId' | 'userId' | 'organizationLearnerId' | 'createdAt'>) =>
    participate(api, { campaignId: campaign.id, userId: pupils[who].userId, organizationLearnerId: pupils[who].learnerId, createdAt: day(n), ...rest });
  const ids = {
    alice: (await seed('alice', 0, { status: 'SHARED', knowledge: [...ok('moteurRecherche1', 'moteurRecherche2', 'tracesNumeriques1'), ...ko('moteurRecherche3', 'tracesNumeriques2')], participantExternalId: 'A-001', sharedAt: day(2) })).id,
    bruno: (await seed('bruno', 1, { status: 'SHARED', knowledge: [...ok('moteurRecherche1'), ...ko('moteurRecherche2', 'moteurRecherche3', 'tracesNumeriques1', 'tracesNumeriques2')], participantExternalId: 'B-002', sharedAt: day(3) })).id,
    chloe: (await seed('chloe', 2, { status: 'TO_SHARE', knowledge: ok('moteurRecherche1', 'moteurRecherche2', 'moteurRecherche3', 'tracesNumeriques1', 'tracesNumeriques2'), participantExternalId: 'C-003' })).id,
    david: (await seed('david', 3, { status: 'STARTED', knowledge: [...ok('moteurRecherche1'), ...ko('tracesNumeriques1')], participantExternalId: '=cmd|/C calc' })).id,
    emile: (await seed('emile', 4, { status: 'STARTED', participantExternalId: 'E-005' })).id,
  };
  const other = await buildCampaign(api.platform.services.orm.em.fork(), { organizationId, creatorId: schools.people.teacher.id, type: 'PROFILES_COLLECTION', name: 'Autre' });
  await participate(api, { campaignId: other.id, userId: pupils.alice.userId, organizationLearnerId: pupils.alice.learnerId, status: 'SHARED' });
  return { id: campaign.id, code: campaign.code, ids };
}
