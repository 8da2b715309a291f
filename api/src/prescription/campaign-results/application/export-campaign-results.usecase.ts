import type { LearningContent } from '../../../learning-content';
import { NotFoundError } from '../../../shared/domain/errors';
import { assertOrganizationReader, type OrganizationAccess } from '../../../team';
import { participationProgress } from '../domain/participation-progress';
import {
  assessmentHeader,
  assessmentRow,
  exportFileName,
  profilesHeader,
  profilesRow,
  type TargetedArea,
  type TargetedCompetence,
} from '../domain/results-csv';
import type { ExportParticipationRow } from '../infrastructure/results-export.repository';
import type { ResultsCampaign } from './campaign-results.usecases';
import type { CampaignResultsRepositories } from './dependencies';
import { exportPath, type ExportLinks } from '../infrastructure/export-link';

export interface ResultsExport {
  fileName: string;
  header: string[];
  /** The rows, read from the database while they are written out: stop iterating to stop the query. */
  rows: AsyncIterable<string[]>;
}

/** The campaign's targeted competences (framework order) and their areas (by code), French names as in the files. */
function targetsOf(content: LearningContent, skillIds: readonly string[]): { competences: TargetedCompetence[]; areas: TargetedArea[] } {
  const counts = new Map<string, number>();
  for (const id of skillIds) {
    const skill = content.skill(id);
    if (skill && content.competence(skill.competenceId)) counts.set(skill.competenceId, (counts.get(skill.competenceId) ?? 0) + 1);
  }
  const competences = content.competences
    .filter((c) => counts.has(c.id))
    .map((c) => ({ id: c.id, name: c.name, areaId: c.areaId, targetedSkillsCount: counts.get(c.id)! }));
  const areas = content.areas.filter((a) => competences.some((c) => c.areaId === a.id)).map((a) => ({ id: a.id, name: a.name }));
  return { competences, areas };
}

const identity = (row: ExportParticipationRow) => ({
  lastName: row.last_name,
  firstName: row.first_name,
  division: row.division,
  participantExternalId: row.participant_external_id,
  createdAt: new Date(row.created_at),
  sharedAt: row.status === 'SHARED' && row.shared_at ? new Date(row.shared_at) : null,
});

/**
 * "Exporter les résultats (.csv)" (domain.md §6): for the members of the campaign's organisation and the
 * support team. Checks and reads what the header needs now; the rows are read and formatted as the
 * caller consumes them, so the file is never held in memory.
 */
export async function exportCampaignResults(
  repositories: CampaignResultsRepositories,
  deps: { content: LearningContent; now: Date },
  access: OrganizationAccess,
  campaignId: number,
): Promise<ResultsExport> {
  const repository = repositories.exports;
  const campaign = await repository.campaign(campaignId);
  if (!campaign) throw new NotFoundError('errors.campaign.unknown');
  await assertOrganizationReader(access, campaign.organizationId);
  const fileName = exportFileName(campaign, deps.now);

  if (campaign.type === 'PROFILES_COLLECTION') {
    const competences = deps.content.competences.map((c) => ({ id: c.id, name: c.name }));
    async function* rows() {
      for await (const row of repository.participations(campaign!.id)) {
        const own = new Map((row.competences ?? []).map((c) => [c.competenceId, { level: c.level ?? 0, pixScore: c.pixScore }]));
        yield profilesRow(campaign!, competences, {
          ...identity(row),
          pixScore: row.pix_score,
          isCertifiable: row.is_certifiable,
          certifiableCompetencesCount: row.certifiable_competences_count,
          competences: own,
        });
      }
    }
    return { fileName, header: profilesHeader(campaign, competences), rows: rows() };
  }

  const skillIds = await repositories.campaigns.skillIds(campaign.id);
  const { competences, areas } = targetsOf(deps.content, skillIds);
  async function* rows() {
    for await (const row of repository.participations(campaign!.id)) {
      yield assessmentRow(campaign!, competences, areas, {
        ...identity(row),
        progress: participationProgress(row.status, row.settled ?? 0, skillIds.length) / 100,
        masteryRate: row.mastery_rate === null ? null : Number(row.mastery_rate),
        validatedSkillsByCompetence: new Map((row.competences ?? []).map((c) => [c.competenceId, c.validatedSkillsCount])),
      });
    }
  }
  return { fileName, header: assessmentHeader(campaign, competences, areas), rows: rows() };
}

/**
 * `csvExportUrl`: a link valid a few minutes, for this viewer and this campaign only, to download the
 * file with a plain navigation (no header to add); the route checks the viewer's rights again.
 */
export async function resultsExportLink(
  deps: { links: ExportLinks; publicUrl: string; now: Date },
  access: OrganizationAccess,
  campaign: ResultsCampaign,
): Promise<string> {
  await assertOrganizationReader(access, campaign.organizationId);
  const token = deps.links.sign(campaign.id, access.viewer.userId, deps.now);
  return `${deps.publicUrl}${exportPath(campaign.id)}?token=${encodeURIComponent(token)}`;
}
