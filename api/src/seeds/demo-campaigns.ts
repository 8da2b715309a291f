import type { EntityManager } from '@mikro-orm/postgresql';
import type { LearningContent } from '../learning-content/domain/learning-content';
import { skillsOfTargetProfile } from '../prescription/target-profile/domain/target-profile';
import { knexOf } from '../shared/infrastructure/database/knex-of';
import { buildCampaign, buildTargetProfile } from './database-builder';
import { buildTargetProfileCatalogue } from './target-profile-catalogue';

/** Fixed codes, so that a tester (and the e2e journeys) can type them: `/campagnes/<code>`. */
export const DEMO_CAMPAIGN_CODES = {
  rentree2nde: 'RENTRE226',
  collecteTerminale: 'PARTAG278',
  archived: 'ARCHVE234',
  donneesPersonnelles: 'DATAPR345',
} as const;

/**
 * The catalogue of parcours, one made to measure for the lycée, and the lycée's campaigns: an assessment
 * per class level, a profiles collection, an archived one.
 */
export async function loadDemoCampaigns(
  em: EntityManager,
  content: LearningContent,
  lycee: { id: number; adminId: number; memberId: number },
): Promise<void> {
  const catalogue = await buildTargetProfileCatalogue(em, content);
  const custom = await buildTargetProfile(em, {
    name: 'Lycée Marie Curie – Recherche documentaire au CDI',
    category: 'CUSTOM',
    description: 'Préparé avec la professeure documentaliste pour les TPE de première.',
    ownerOrganizationId: lycee.id,
    tubes: [
      { tubeId: 'moteurRecherche', level: 4 },
      { tubeId: 'fiabiliteSource', level: 4 },
      { tubeId: 'licencesCreativeCommons', level: 3 },
    ],
  });
  const skillsOf = async (targetProfileId: number) => {
    const tubes = await knexOf(em)('target_profile_tubes').where({ target_profile_id: targetProfileId }).select('tube_id', 'level');
    return skillsOfTargetProfile(content, tubes.map((t: { tube_id: string; level: number }) => ({ tubeId: t.tube_id, level: t.level }))).map((s) => s.id);
  };
  const day = (daysAgo: number) => new Date(Date.now() - daysAgo * 24 * 3600 * 1000);
  const assessment = async (name: string, targetProfileId: number, extra: Partial<Parameters<typeof buildCampaign>[1]>) =>
    buildCampaign(em, {
      organizationId: lycee.id,
      creatorId: lycee.adminId,
      name,
      type: 'ASSESSMENT',
      targetProfileId,
      skillIds: await skillsOf(targetProfileId),
      ...extra,
    });

  await assessment('Rentrée 2026 – Secondes', catalogue.get('[LGT] Parcours de rentrée 2nde')!, {
    code: DEMO_CAMPAIGN_CODES.rentree2nde,
    idPixLabel: "Numéro d'élève",
    customLandingPageText: 'Bonjour à tous ! Ce parcours fait le point sur vos compétences numériques en début de seconde. Prévoyez 45 minutes, au calme.',
    createdAt: day(20),
  });
  await assessment('1G1 – Protéger ses données', catalogue.get('Protéger ses données personnelles')!, {
    code: DEMO_CAMPAIGN_CODES.donneesPersonnelles,
    creatorId: lycee.memberId,
    createdAt: day(6),
  });
  await assessment('TPE – Recherche documentaire', custom.id, { createdAt: day(3) });
  await assessment('Rentrée 2025 – Secondes', catalogue.get('[LGT] Parcours de rentrée 2nde')!, {
    code: DEMO_CAMPAIGN_CODES.archived,
    createdAt: day(380),
    archivedAt: day(200),
  });
  await buildCampaign(em, {
    organizationId: lycee.id,
    creatorId: lycee.adminId,
    name: 'Terminales – Collecte des profils avant la certification',
    type: 'PROFILES_COLLECTION',
    code: DEMO_CAMPAIGN_CODES.collecteTerminale,
    multipleSendings: true,
    createdAt: day(10),
  });
}
