import type { LearningContent } from '../../../learning-content';
import { NotFoundError } from '../../../shared/domain/errors';
import { numericId } from '../../../shared/graphql/ids';
import type { ReconciledLearner } from '../application/reconcile-with-organization-learner.usecase';
import type { AssessmentResults } from '../domain/mastery';
import type { Participation } from '../domain/participation';
import {
  CampaignCompetenceResultView,
  CampaignParticipationResultsView,
  CampaignParticipationStatusValue,
  CampaignParticipationView,
  ReconciledLearnerView,
} from './campaign-participation.types';

export const toParticipationView = (participation: Participation): CampaignParticipationView =>
  Object.assign(new CampaignParticipationView(), {
    id: String(participation.id),
    status: participation.status as CampaignParticipationStatusValue,
    participantExternalId: participation.participantExternalId,
    createdAt: participation.createdAt,
    sharedAt: participation.sharedAt,
    validatedSkillsCount: participation.validatedSkillsCount,
    pixScore: participation.pixScore,
    masteryRate: participation.masteryRate,
    isCertifiable: participation.isCertifiable,
    certifiableCompetencesCount: participation.certifiableCompetencesCount,
    participationId: participation.id,
    campaignId: participation.campaignId,
    userId: participation.userId,
    organizationLearnerId: participation.organizationLearnerId,
    snapshot: participation.knowledgeSnapshot,
  });

export function toResultsView(results: AssessmentResults, content: LearningContent): CampaignParticipationResultsView {
  return Object.assign(new CampaignParticipationResultsView(), {
    masteryRate: results.masteryRate,
    validatedSkillsCount: results.validatedSkillsCount,
    targetedSkillsCount: results.targetedSkillsCount,
    competences: results.competences
      .filter((c) => content.competence(c.competenceId))
      .map((c) =>
        Object.assign(new CampaignCompetenceResultView(), {
          competenceId: c.competenceId,
          masteryRate: c.masteryRate,
          validatedSkillsCount: c.validatedSkillsCount,
          targetedSkillsCount: c.targetedSkillsCount,
        }),
      ),
  });
}

export const toReconciledLearnerView = (learner: ReconciledLearner): ReconciledLearnerView =>
  Object.assign(new ReconciledLearnerView(), {
    id: String(learner.learnerId),
    firstName: learner.firstName,
    lastName: learner.lastName,
    organizationName: learner.organizationName,
  });

export const participationIdOf = (value: string) => numericId(value, () => new NotFoundError('errors.participation.unknown'));
