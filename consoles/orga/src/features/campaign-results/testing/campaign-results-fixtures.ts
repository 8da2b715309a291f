// Test data shaped like the API's answers for a campaign's results (never imported by app code).
import type { MockLink } from '@apollo/client/testing';
import type { CampaignParticipationStatus, CampaignType } from '../../../__generated__/graphql';
import {
  CampaignActivityQuery,
  CampaignAnalysisQuery,
  CampaignCollectiveResultsQuery,
  CampaignCsvExportUrlQuery,
  CampaignParticipantsDivisionsQuery,
  CampaignParticipantsQuery,
  CampaignParticipationResultsQuery,
} from '../campaign-results.graphql';

export const ASSESSMENT_ID = 'camp-1';
export const COLLECTION_ID = 'camp-2';
export const typeOf = (campaignId: string): CampaignType => (campaignId === COLLECTION_ID ? 'PROFILES_COLLECTION' : 'ASSESSMENT');

const competence = (id: string, code: string, name: string) => ({ __typename: 'Competence' as const, id, code, name });
export const recherche = competence('rec-1', '1.1', "Mener une recherche et une veille d'information");
export const donnees = competence('rec-2', '1.2', 'Gérer des données');
export const partager = competence('rec-3', '2.2', 'Partager et publier');

type Stats = { started: number; toShare: number; shared: number };

export function statsResult(campaignId: string, stats: Stats) {
  const total = stats.started + stats.toShare + stats.shared;
  return {
    data: {
      campaign: { __typename: 'Campaign', id: campaignId, type: typeOf(campaignId), participationStats: { __typename: 'CampaignParticipationStats', total, ...stats } },
    },
  };
}

export function statsMock(campaignId: string, stats: Stats): MockLink.MockedResponse {
  return { request: { query: CampaignActivityQuery, variables: { campaignId } }, result: statsResult(campaignId, stats) };
}

export type Row = ReturnType<typeof participation>;

export function participation(id: string, lastName: string, firstName: string, status: CampaignParticipationStatus, overrides: Record<string, unknown> = {}) {
  const shared = status === 'SHARED';
  return {
    __typename: 'CampaignParticipation' as const,
    id,
    status,
    participantExternalId: null as string | null,
    createdAt: '2026-11-18T12:00:00.000Z',
    sharedAt: shared ? '2026-11-20T12:00:00.000Z' : null,
    masteryRate: shared ? 0.72 : null,
    pixScore: shared ? 120 : null,
    isCertifiable: null as boolean | null,
    certifiableCompetencesCount: null as number | null,
    progress: status === 'STARTED' ? 40 : 100,
    participant: { __typename: 'CampaignParticipant' as const, firstName, lastName, division: '3A' as string | null },
    ...overrides,
  };
}

export const eloise = participation('p-1', "D'Arcy", 'Éloïse', 'SHARED', { participantExternalId: 'ELV-001' });
export const jean = participation('p-2', 'Dupont', 'Jean', 'TO_SHARE', { participant: { __typename: 'CampaignParticipant', firstName: 'Jean', lastName: 'Dupont', division: '3B' } });
export const lina = participation('p-3', 'Martin', 'Lina', 'STARTED');
export const mathilde = participation('p-4', 'Leroy', 'Mathilde', 'SHARED', { pixScore: 294, masteryRate: 0.29, isCertifiable: true, certifiableCompetencesCount: 15 });
export const anjara = participation('p-5', 'Rakoto', 'Anjarasoa', 'SHARED', { pixScore: 83, masteryRate: 0.08, isCertifiable: false, certifiableCompetencesCount: 3 });

export function participantsResult(campaignId: string, rows: Row[], totalCount = rows.length, idPixLabel: string | null = null) {
  return {
    data: {
      campaign: {
        __typename: 'Campaign',
        id: campaignId,
        type: typeOf(campaignId),
        idPixLabel,
        participations: {
          __typename: 'CampaignParticipationConnection',
          totalCount,
          edges: rows.map((node) => ({ __typename: 'CampaignParticipationEdge', node })),
        },
      },
    },
  };
}

/** One page for exactly these variables (`first` 50 and `offset` 0 unless given). */
export function participantsMock(
  campaignId: string,
  variables: Record<string, unknown>,
  rows: Row[],
  options: { totalCount?: number; idPixLabel?: string | null } = {},
): MockLink.MockedResponse {
  return {
    request: { query: CampaignParticipantsQuery, variables: { campaignId, first: 50, offset: 0, ...variables } },
    result: participantsResult(campaignId, rows, options.totalCount ?? rows.length, options.idPixLabel ?? null),
  };
}

export function divisionsMock(organizationId: string, divisions: string[]): MockLink.MockedResponse {
  return {
    request: { query: CampaignParticipantsDivisionsQuery, variables: { organizationId } },
    result: { data: { organization: { __typename: 'Organization', id: organizationId, divisions } } },
  };
}

export function participationResultsMock(participationId: string): MockLink.MockedResponse {
  const result = (c: ReturnType<typeof competence>, masteryRate: number, validatedSkillsCount: number, targetedSkillsCount: number) => ({
    __typename: 'CampaignCompetenceResult',
    competence: c,
    masteryRate,
    validatedSkillsCount,
    targetedSkillsCount,
  });
  return {
    request: { query: CampaignParticipationResultsQuery, variables: { participationId } },
    result: {
      data: {
        campaignParticipation: {
          __typename: 'CampaignParticipation',
          id: participationId,
          status: 'SHARED',
          results: {
            __typename: 'CampaignParticipationResults',
            masteryRate: 0.72,
            validatedSkillsCount: 18,
            targetedSkillsCount: 25,
            competences: [result(recherche, 0.6, 6, 10), result(donnees, 0.8, 12, 15)],
          },
        },
      },
    },
  };
}

export function collectiveResultsMock(campaignId: string, sharedParticipationsCount = 23): MockLink.MockedResponse {
  const line = (c: ReturnType<typeof competence>, areaCode: string, areaName: string, targeted: number, average: number) => ({
    __typename: 'CampaignCompetenceCollectiveResult',
    competence: c,
    areaCode,
    areaName,
    targetedSkillsCount: targeted,
    validatedSkillsCount: Math.round(average * sharedParticipationsCount),
    averageValidatedSkills: sharedParticipationsCount ? average : 0,
    masteryRate: sharedParticipationsCount ? average / targeted : 0,
  });
  const collective = campaignId === COLLECTION_ID
    ? null
    : {
        __typename: 'CampaignCollectiveResults',
        sharedParticipationsCount,
        competences: [line(recherche, '1', 'Information et données', 2, 1.2), line(donnees, '1', 'Information et données', 3, 2.8), line(partager, '2', 'Communication et collaboration', 3, 2.4)],
      };
  return {
    request: { query: CampaignCollectiveResultsQuery, variables: { campaignId } },
    result: { data: { campaign: { __typename: 'Campaign', id: campaignId, type: typeOf(campaignId), collectiveResults: collective } } },
  };
}

export const tutorial = (id: string, title: string, source: string, format: string, duration: number) => ({
  __typename: 'Tutorial' as const,
  id,
  title,
  link: `https://tutos.example.org/${id}`,
  format,
  duration,
  source,
});

export function analysisMock(campaignId: string, withTubes = true): MockLink.MockedResponse {
  const tube = (id: string, practicalTitle: string, c: ReturnType<typeof competence>, level: number, levelLabel: string, tutorials: ReturnType<typeof tutorial>[]) => ({
    __typename: 'CampaignTubeRecommendation',
    tube: { __typename: 'Tube', id, name: `@${id}`, practicalTitle },
    competence: c,
    averageScore: 100 - level * 20,
    level,
    levelLabel,
    tutorials,
  });
  const analysis =
    campaignId === COLLECTION_ID
      ? null
      : {
          __typename: 'CampaignAnalysis',
          tubes: withTubes
            ? [
                tube('tri', 'Tri', donnees, 4, 'Très fortement recommandé', [
                  tutorial('t-1', 'Trier un tableau', 'support.example.org', 'Page', 3),
                  tutorial('t-2', 'Les filtres en vidéo', 'video.example.org', 'Vidéo', 75),
                ]),
                tube('droit', "Droit d'auteur", partager, 1, 'Modérément recommandé', []),
              ]
            : [],
        };
  return {
    request: { query: CampaignAnalysisQuery, variables: { campaignId } },
    result: { data: { campaign: { __typename: 'Campaign', id: campaignId, type: typeOf(campaignId), analysis } } },
  };
}

export function exportUrlMock(campaignId: string, token: string): MockLink.MockedResponse {
  return {
    request: { query: CampaignCsvExportUrlQuery, variables: { campaignId } },
    result: { data: { campaign: { __typename: 'Campaign', id: campaignId, csvExportUrl: `https://pix.example.fr/api/exports/campagnes/${campaignId}/resultats.csv?token=${token}` } } },
  };
}
