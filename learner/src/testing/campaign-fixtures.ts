// Test data of campaigns shaped like the API's answers (landing, participations, results) and their mocks.
import type { MockLink } from '@apollo/client/testing';
import type {
  CampaignByCodeQuery,
  CampaignParticipationStatus,
  CampaignType,
  ParticipationDetailsFragment,
  ParticipationSummaryFragment,
} from '../__generated__/graphql';
import { CampaignByCodeQuery as CampaignByCodeDocument, MyCampaignParticipationsQuery } from '../features/campaigns/campaigns.graphql';
import { AREAS } from './fixtures';

export const CODE = 'YRBVDF759';
export const ORGANIZATION = 'Lycée Marie Curie';

export type Landing = CampaignByCodeQuery['campaignByCode'] & { __typename: 'CampaignLanding' };

export function landing(overrides: Partial<Landing> = {}): Landing {
  return {
    __typename: 'CampaignLanding',
    code: CODE,
    name: 'Parcours de rentrée 2nde',
    type: 'ASSESSMENT',
    organizationName: ORGANIZATION,
    organizationType: 'SCO',
    isRestricted: false,
    customLandingPageText: 'Bienvenue ! Ce parcours **de rentrée** dure environ 45 minutes.',
    idPixLabel: null,
    idPixType: null,
    // What the API says: only a profiles collection may be sent again (unless the teacher said no).
    multipleSendings: (overrides.type ?? 'ASSESSMENT') === 'PROFILES_COLLECTION',
    viewerLinkedToOrganization: false,
    ...overrides,
  };
}

/** The campaign as a participation shows it (ParticipationCampaignFields). */
function participationCampaign(campaign: Landing) {
  return {
    __typename: 'CampaignLanding' as const,
    code: campaign.code,
    name: campaign.name,
    type: campaign.type,
    organizationName: campaign.organizationName,
    isRestricted: campaign.isRestricted,
    idPixLabel: campaign.idPixLabel,
    idPixType: campaign.idPixType,
    multipleSendings: campaign.multipleSendings,
  };
}

export function participationSummary(
  status: CampaignParticipationStatus,
  options: { id?: string; campaign?: Landing; assessmentId?: string | null; sharedAt?: string | null } = {},
): ParticipationSummaryFragment & { __typename: 'CampaignParticipation' } {
  const campaign = options.campaign ?? landing();
  const assessmentId = options.assessmentId === undefined ? (campaign.type === 'ASSESSMENT' ? 'assessment-7' : null) : options.assessmentId;
  return {
    __typename: 'CampaignParticipation',
    id: options.id ?? 'participation-1',
    status,
    createdAt: '2026-09-07T08:00:00.000Z',
    sharedAt: options.sharedAt ?? (status === 'SHARED' ? '2026-09-14T09:30:00.000Z' : null),
    campaign: participationCampaign(campaign),
    assessment: assessmentId ? { __typename: 'Assessment', id: assessmentId } : null,
  } as ParticipationSummaryFragment & { __typename: 'CampaignParticipation' };
}

export function competenceResult(code: string, name: string, masteryRate: number, validated: number, targeted: number) {
  const area = AREAS.find((candidate) => candidate.code === code.split('.')[0]);
  return {
    __typename: 'CampaignCompetenceResult' as const,
    competence: { __typename: 'Competence' as const, id: `rec-${code.replace('.', '-')}`, code, name, area: { __typename: 'Area' as const, id: area!.id, code: area!.code, color: area!.color } },
    masteryRate,
    validatedSkillsCount: validated,
    targetedSkillsCount: targeted,
  };
}

export function participationDetails(
  status: CampaignParticipationStatus,
  options: { id?: string; campaign?: Landing; type?: CampaignType; overrides?: Partial<ParticipationDetailsFragment> } = {},
): ParticipationDetailsFragment & { __typename: 'CampaignParticipation' } {
  const campaign = options.campaign ?? landing();
  const summary = participationSummary(status, { id: options.id, campaign });
  const isAssessment = campaign.type === 'ASSESSMENT';
  return {
    ...summary,
    participantExternalId: null,
    masteryRate: status === 'SHARED' ? (isAssessment ? 0.62 : 0.25) : null,
    pixScore: status === 'SHARED' ? (isAssessment ? 48 : 192) : null,
    validatedSkillsCount: status === 'SHARED' && isAssessment ? 13 : null,
    isCertifiable: status === 'SHARED' && !isAssessment ? true : null,
    certifiableCompetencesCount: status === 'SHARED' && !isAssessment ? 7 : null,
    results: isAssessment
      ? {
          __typename: 'CampaignParticipationResults',
          masteryRate: 0.62,
          validatedSkillsCount: 13,
          targetedSkillsCount: 21,
          competences: [
            competenceResult('1.1', "Mener une recherche et une veille d'information", 0.75, 6, 8),
            competenceResult('1.3', 'Traiter des données', 0.5, 4, 8),
            competenceResult('4.2', 'Protéger les données personnelles et la vie privée', 0.6, 3, 5),
          ],
        }
      : null,
    ...options.overrides,
  } as ParticipationDetailsFragment & { __typename: 'CampaignParticipation' };
}

export function landingMock(campaign: Landing = landing(), maxUsageCount = 5): MockLink.MockedResponse {
  return { request: { query: CampaignByCodeDocument, variables: { code: campaign.code } }, result: { data: { campaignByCode: campaign } }, maxUsageCount };
}

export function unknownCodeMock(code: string): MockLink.MockedResponse {
  return {
    request: { query: CampaignByCodeDocument, variables: { code } },
    result: {
      errors: [{ message: "Ce code de parcours n'existe pas ou n'est plus actif. Vérifiez-le auprès de votre enseignant.", extensions: { code: 'NOT_FOUND' } }],
    },
    maxUsageCount: 5,
  };
}

export function myParticipationsMock(participations: ReturnType<typeof participationSummary>[] = [], maxUsageCount = 5): MockLink.MockedResponse {
  return {
    request: { query: MyCampaignParticipationsQuery },
    result: { data: { me: { __typename: 'User', id: 'user-1', campaignParticipations: participations } } },
    maxUsageCount,
  };
}

/** A GraphQL error as the API formats it. */
export function apiError(code: string, message: string, extensions: Record<string, unknown> = {}) {
  return { errors: [{ message, extensions: { code, ...extensions } }] };
}
