import type { LearningContent } from '../../../learning-content';
import { translate, type Locale } from '../../../shared/i18n/translate';
import type { CollectiveResults, TubeAnalysis } from '../application/campaign-results.usecases';
import {
  CampaignAnalysisView,
  CampaignCollectiveResultsView,
  CampaignCompetenceCollectiveResultView,
  CampaignTubeRecommendationView,
  TubeView,
} from './campaign-results.types';

export function toCollectiveResultsView(results: CollectiveResults, content: LearningContent, locale: Locale): CampaignCollectiveResultsView {
  return Object.assign(new CampaignCollectiveResultsView(), {
    sharedParticipationsCount: results.sharedParticipationsCount,
    competences: results.competences.map((result) => {
      const competence = content.competence(result.competenceId)!;
      const area = content.area(competence.areaId);
      return Object.assign(new CampaignCompetenceCollectiveResultView(), {
        competenceId: competence.id,
        areaCode: area?.code ?? '',
        areaName: area ? (locale === 'en' ? area.nameEn : area.name) : '',
        targetedSkillsCount: result.targetedSkillsCount,
        validatedSkillsCount: result.validatedSkillsCount,
        averageValidatedSkills: result.averageValidatedSkills,
        masteryRate: result.masteryRate,
      });
    }),
  });
}

/** The tutorials of the tube's campaign skills, by skill level, each once (those of the release). */
function tutorialIdsOf(content: LearningContent, skillIds: string[]): string[] {
  const ids = [...new Set(skillIds.flatMap((id) => content.skill(id)?.tutorialIds ?? []))];
  return ids.filter((id) => content.tutorial(id));
}

export function toAnalysisView(
  tubes: TubeAnalysis[],
  content: LearningContent,
  locale: Locale,
  preferences: { saved: Set<string>; liked: Set<string> },
): CampaignAnalysisView {
  return Object.assign(new CampaignAnalysisView(), {
    tubes: tubes.map((analysis) => {
      const tube = content.tube(analysis.tubeId)!;
      return Object.assign(new CampaignTubeRecommendationView(), {
        tube: Object.assign(new TubeView(), { id: tube.id, name: tube.name, practicalTitle: (locale === 'en' && tube.titleEn) || tube.title }),
        competenceId: tube.competenceId,
        averageScore: analysis.averageScore,
        level: analysis.level,
        levelLabel: translate(`campaignAnalysis.levels.${analysis.level}`, {}, locale),
        tutorialIds: tutorialIdsOf(content, analysis.skillIds),
        tutorialPreferences: preferences,
      });
    }),
  });
}
