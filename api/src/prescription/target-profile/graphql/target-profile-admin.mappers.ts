import type { LearningContent, Skill } from '../../../learning-content';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { TargetProfile } from '../domain/target-profile';
import { MAX_TUBE_LEVEL } from '../domain/target-profile';
import { summarizeSelection } from '../domain/target-profile-selection';
import type { getTargetProfileForStaff } from '../application/target-profile-administration.usecases';
import type { TargetProfileListRow } from '../domain/target-profile-list';
import {
  AdminTargetProfileListItemView,
  AdminTargetProfileView,
  BuilderCompetenceView,
  BuilderTubeView,
  TargetProfileCampaignView,
  TargetProfileOrganizationView,
  TargetProfileSkillView,
  TargetProfileTubeView,
} from './target-profile-admin.types';
import type { TargetProfileCategoryValue } from './target-profile.types';

const categoryLabel = (category: string, locale: Locale) => translate(`targetProfiles.categories.${category}`, {}, locale);

const toSkillView = (skill: Skill) => Object.assign(new TargetProfileSkillView(), { id: skill.id, name: skill.name, level: skill.level });

function tubeTitle(content: LearningContent, tubeId: string, locale: Locale): string {
  const tube = content.tube(tubeId);
  if (!tube) return tubeId;
  return (locale === 'en' && tube.titleEn) || tube.title || tube.name;
}

export function toListItemView(row: TargetProfileListRow, locale: Locale): AdminTargetProfileListItemView {
  return Object.assign(new AdminTargetProfileListItemView(), {
    ...row,
    id: String(row.id),
    category: row.category as TargetProfileCategoryValue,
    categoryLabel: categoryLabel(row.category, locale),
    ownerOrganizationId: row.ownerOrganizationId == null ? null : String(row.ownerOrganizationId),
  });
}

/** The framework's tubes in the framework's order (competence code, then tube name). */
const frameworkOrder = (content: LearningContent) => {
  const position = new Map<string, number>();
  content.competences.forEach((competence, index) => position.set(competence.id, index));
  return (a: { tubeId: string }, b: { tubeId: string }) => {
    const ta = content.tube(a.tubeId);
    const tb = content.tube(b.tubeId);
    return (position.get(ta?.competenceId ?? '') ?? 999) - (position.get(tb?.competenceId ?? '') ?? 999) || (ta?.name ?? a.tubeId).localeCompare(tb?.name ?? b.tubeId, 'fr', { numeric: true });
  };
};

export function toAdminView(found: Awaited<ReturnType<typeof getTargetProfileForStaff>>, content: LearningContent, locale: Locale): AdminTargetProfileView {
  const profile: TargetProfile = found.profile;
  const summary = summarizeSelection<Skill>(content, [...profile.tubes].sort(frameworkOrder(content)));
  return Object.assign(new AdminTargetProfileView(), {
    id: String(profile.id),
    name: profile.name,
    category: profile.category as TargetProfileCategoryValue,
    categoryLabel: categoryLabel(profile.category, locale),
    description: profile.description,
    comment: found.comment,
    imageUrl: found.imageUrl,
    isPublic: profile.isPublic,
    ownerOrganizationId: profile.ownerOrganizationId == null ? null : String(profile.ownerOrganizationId),
    createdAt: found.createdAt,
    tubes: summary.tubes.map((tube) =>
      Object.assign(new TargetProfileTubeView(), {
        tubeId: tube.tubeId,
        title: tubeTitle(content, tube.tubeId, locale),
        competenceCode: content.competence(content.tube(tube.tubeId)?.competenceId ?? '')?.code ?? '',
        levelCap: tube.level,
        skills: tube.skills.map(toSkillView),
      }),
    ),
    tubeCount: summary.tubeCount,
    skillCount: summary.skillCount,
    estimatedQuestionCount: summary.estimatedQuestionCount,
    organizations: found.organizations.map((o) => Object.assign(new TargetProfileOrganizationView(), { ...o, id: String(o.id) })),
    campaigns: found.campaigns.map((c) => Object.assign(new TargetProfileCampaignView(), { ...c, id: String(c.id), organizationId: String(c.organizationId) })),
    isUsedByCampaigns: found.campaigns.length > 0,
  });
}

/** Competences (in code order) with their tubes and each tube's active skills: what the builder shows. */
export function toBuilderFramework(content: LearningContent, locale: Locale): BuilderCompetenceView[] {
  return content.competences.map((competence) => {
    const tubeIds = [...new Set(content.activeSkillsOf(competence.id).map((skill) => skill.tubeId))];
    const tubes = tubeIds
      .map((tubeId) => ({ tubeId }))
      .sort(frameworkOrder(content))
      .map(({ tubeId }) =>
        Object.assign(new BuilderTubeView(), {
          id: tubeId,
          title: tubeTitle(content, tubeId, locale),
          skills: content.activeSkillsOfTube(tubeId).map(toSkillView),
          estimatedQuestionsByLevelCap: Array.from({ length: MAX_TUBE_LEVEL }, (_, i) => summarizeSelection(content, [{ tubeId, level: i + 1 }]).estimatedQuestionCount),
        }),
      );
    const area = content.area(competence.areaId);
    return Object.assign(new BuilderCompetenceView(), {
      id: competence.id,
      code: competence.code,
      name: (locale === 'en' && competence.nameEn) || competence.name,
      areaName: (locale === 'en' && area?.nameEn) || area?.name || '',
      tubes,
    });
  });
}
