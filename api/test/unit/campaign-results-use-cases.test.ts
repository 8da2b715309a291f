import { PlatformRole } from '../../src/identity-access-management';
import type { LearningContent } from '../../src/learning-content';
import { campaignCollectiveResults, listCampaignParticipations, type ResultsCampaign } from '../../src/prescription/campaign-results/application/campaign-results.usecases';
import type { CampaignResultsRepositories } from '../../src/prescription/campaign-results/application/dependencies';
import { exportCampaignResults } from '../../src/prescription/campaign-results/application/export-campaign-results.usecase';
import type { ExportCampaignRow, ExportParticipationRow } from '../../src/prescription/campaign-results/infrastructure/results-export.repository';
import { BadUserInputError, ForbiddenError, NotFoundError } from '../../src/shared/domain/errors';
import type { OrganizationAccess } from '../../src/team';

/**
 * The campaign results' use cases on in-memory repositories: who may read a campaign's results and its
 * file, what is refused before anything is read, and that the file's rows are read only as they are
 * written out (a download stopped halfway stops reading).
 */
const SCHOOL = 10;
const OTHER_SCHOOL = 11;

const assessmentCampaign: ExportCampaignRow = {
  id: 5,
  code: 'ABCDEF123',
  name: 'Rentrée 2nde',
  type: 'ASSESSMENT',
  organizationId: SCHOOL,
  organizationName: 'Lycée Victor Hugo',
  isSchool: true,
  targetProfileName: 'Parcours rentrée',
  idPixLabel: null,
};

/** Two competences of one area; `retired` is a campaign skill no longer in the content release. */
const content = (() => {
  const skills = new Map([
    ['s1', { id: 's1', competenceId: 'c11', tubeId: 't1', level: 1 }],
    ['s2', { id: 's2', competenceId: 'c11', tubeId: 't1', level: 2 }],
    ['s3', { id: 's3', competenceId: 'c12', tubeId: 't2', level: 1 }],
  ]);
  const competences = [
    { id: 'c11', code: '1.1', name: 'Mener une recherche', areaId: 'a1' },
    { id: 'c12', code: '1.2', name: 'Gérer des données', areaId: 'a1' },
  ];
  return {
    competences,
    areas: [{ id: 'a1', name: 'Informations et données' }],
    skill: (id: string) => skills.get(id),
    competence: (id: string) => competences.find((c) => c.id === id),
    tube: (id: string) => ({ id }),
  } as unknown as LearningContent;
})();

function participation(overrides: Partial<ExportParticipationRow>): ExportParticipationRow {
  return {
    first_name: 'Léa',
    last_name: 'Martin',
    division: '2nde A',
    participant_external_id: null,
    status: 'STARTED',
    created_at: new Date('2026-09-07T08:30:00Z'),
    shared_at: null,
    mastery_rate: null,
    pix_score: null,
    is_certifiable: null,
    certifiable_competences_count: null,
    competences: null,
    settled: 0,
    ...overrides,
  };
}

function memoryRepositories(rows: ExportParticipationRow[] = []) {
  const reads: string[] = [];
  const cursor = { opened: false, pulled: 0, closed: false };
  const repositories: CampaignResultsRepositories = {
    participations: {
      list: async (campaignId) => {
        reads.push(`list ${campaignId}`);
        return { rows: [], totalCount: 0 };
      },
      collectiveSums: async (campaignId) => {
        reads.push(`sums ${campaignId}`);
        return { sharedParticipations: 2, validatedByCompetence: new Map([['c11', 3], ['c12', 1]]) };
      },
      validatedSkillSets: async (campaignId) => {
        reads.push(`skill sets ${campaignId}`);
        return [];
      },
    },
    exports: {
      campaign: async (campaignId) => (campaignId === assessmentCampaign.id ? assessmentCampaign : null),
      // As the PostgreSQL cursor: opened at the first row asked for, closed when the caller stops iterating.
      participations: async function* (campaignId) {
        reads.push(`cursor ${campaignId}`);
        cursor.opened = true;
        try {
          for (const row of rows) {
            cursor.pulled += 1;
            yield row;
          }
        } finally {
          cursor.closed = true;
        }
      },
    },
    campaigns: {
      skillIds: async (campaignId) => {
        reads.push(`skills ${campaignId}`);
        return ['s1', 's2', 's3', 'retired'];
      },
    },
  };
  return { repositories, reads, cursor };
}

const member = (organizationId: number): OrganizationAccess => ({
  viewer: { userId: 7, platformRole: null },
  memberships: async () => [{ id: 1, organizationId, userId: 7, role: 'MEMBER' }],
});
const support: OrganizationAccess = { viewer: { userId: 8, platformRole: PlatformRole.SUPPORT }, memberships: async () => [] };
const now = new Date('2026-09-08T10:05:00Z');

describe('exporting a campaign’s results (CSV)', () => {
  it('refuses a viewer of another organisation, and opens no cursor', async () => {
    const { repositories, cursor } = memoryRepositories([participation({})]);
    await expect(exportCampaignResults(repositories, { content, now }, member(OTHER_SCHOOL), assessmentCampaign.id)).rejects.toBeInstanceOf(ForbiddenError);
    expect(cursor.opened).toBe(false);
  });

  it('answers an unknown campaign with "not found", even to the support team', async () => {
    const { repositories, reads } = memoryRepositories();
    await expect(exportCampaignResults(repositories, { content, now }, support, 404)).rejects.toBeInstanceOf(NotFoundError);
    expect(reads).toEqual([]);
  });

  it('names the file and targets the campaign’s competences still in the content, then reads the rows only as they are written', async () => {
    const { repositories, cursor } = memoryRepositories([participation({ settled: 2 }), participation({ first_name: 'Zoé' })]);
    const file = await exportCampaignResults(repositories, { content, now }, member(SCHOOL), assessmentCampaign.id);
    expect(file.fileName).toBe('Resultats-Rentrée 2nde-5-2026-09-08-1205.csv');
    expect(file.header).toContain("Nombre d'acquis du profil cible dans la compétence Mener une recherche");
    expect(cursor.opened).toBe(false);

    const written: string[][] = [];
    for await (const row of file.rows) {
      written.push(row);
      break; // the client went away after the first row
    }
    expect(cursor).toEqual({ opened: true, pulled: 1, closed: true });
    // Progress: 2 of the campaign's 4 skills settled (as the cursor counts them, the retired one included).
    expect(written[0][file.header.indexOf('% de progression')]).toBe('0,5');
    expect(written[0][file.header.indexOf('Prénom du Participant')]).toBe('Léa');
    // The competence "Mener une recherche" targets 2 skills, "Gérer des données" 1: the retired skill is left out.
    expect(written[0][file.header.indexOf("Nombre d'acquis du profil cible dans la compétence Mener une recherche")]).toBe('2');
    expect(written[0][file.header.indexOf("Nombre d'acquis du profil cible du domaine Informations et données")]).toBe('3');
  });
});

describe('reading a campaign’s results in Pix Orga', () => {
  const campaign: ResultsCampaign = { id: 5, organizationId: SCHOOL, type: 'ASSESSMENT' };

  it('refuses a search too long before reading any participation, counting characters, not UTF-16 units', async () => {
    const { repositories, reads } = memoryRepositories();
    const refused = listCampaignParticipations(repositories, member(SCHOOL), campaign, { search: 'a'.repeat(201) }, { limit: 10, offset: 0 });
    await expect(refused).rejects.toBeInstanceOf(BadUserInputError);
    await expect(refused).rejects.toMatchObject({ field: 'search' });
    expect(reads).toEqual([]);

    await listCampaignParticipations(repositories, member(SCHOOL), campaign, { search: '🎓'.repeat(200) }, { limit: 10, offset: 0 });
    expect(reads).toEqual(['list 5']);
  });

  it('refuses a viewer of another organisation the participants list and the collective results, reading nothing', async () => {
    const { repositories, reads } = memoryRepositories();
    await expect(listCampaignParticipations(repositories, member(OTHER_SCHOOL), campaign, {}, { limit: 10, offset: 0 })).rejects.toBeInstanceOf(ForbiddenError);
    await expect(campaignCollectiveResults(repositories, content, member(OTHER_SCHOOL), campaign)).rejects.toBeInstanceOf(ForbiddenError);
    expect(reads).toEqual([]);
  });

  it('gives no collective results for a profiles collection, and the support team those of an assessment', async () => {
    const { repositories, reads } = memoryRepositories();
    expect(await campaignCollectiveResults(repositories, content, member(SCHOOL), { ...campaign, type: 'PROFILES_COLLECTION' })).toBeNull();
    expect(reads).toEqual([]);

    const results = await campaignCollectiveResults(repositories, content, support, campaign);
    expect(results?.sharedParticipationsCount).toBe(2);
    expect(results?.competences.map((c) => [c.code, c.validatedSkillsCount])).toEqual([
      ['1.1', 3],
      ['1.2', 1],
    ]);
  });
});
