// Test data shaped like the API's answers for "Campagnes": campaigns, pages, parcours.
import type { MockLink } from '@apollo/client/testing';
import type { CampaignIdPixType, CampaignType, TargetProfileCategory } from '../__generated__/graphql';
import {
  ArchiveCampaignMutation,
  CampaignCreationQuery,
  CampaignQuery,
  CampaignsQuery,
  UnarchiveCampaignMutation,
} from '../features/campaigns/campaigns.graphql';
import type { OrganizationFixture } from './fixtures';

export interface CampaignFixture {
  __typename: 'Campaign';
  id: string;
  code: string;
  name: string;
  type: CampaignType;
  archivedAt: string | null;
  createdAt: string;
  directUrl: string;
  idPixLabel: string | null;
  idPixType: CampaignIdPixType | null;
  multipleSendings: boolean;
  customLandingPageText: string | null;
  targetProfile: { __typename: 'CampaignTargetProfile'; id: string; name: string } | null;
  creator: { __typename: 'CampaignCreator'; firstName: string; lastName: string };
  participationStats: { __typename: 'CampaignParticipationStats'; total: number; shared: number };
}

export function campaign(id: string, name: string, overrides: Partial<CampaignFixture> = {}): CampaignFixture {
  const code = overrides.code ?? 'YRBVDF759';
  return {
    __typename: 'Campaign',
    id,
    code,
    name,
    type: 'ASSESSMENT',
    archivedAt: null,
    createdAt: '2026-09-07T08:30:00.000Z',
    directUrl: `https://pix.example.fr/campagnes/${code}`,
    idPixLabel: null,
    idPixType: null,
    multipleSendings: false,
    customLandingPageText: null,
    targetProfile: { __typename: 'CampaignTargetProfile', id: 'tp-1', name: '[LGT] Parcours de rentrée 2nde' },
    creator: { __typename: 'CampaignCreator', firstName: 'Camille', lastName: 'Martin' },
    participationStats: { __typename: 'CampaignParticipationStats', total: 0, shared: 0 },
    ...overrides,
  };
}

export const rentree = campaign('c-1', 'Parcours de rentrée 2nde', {
  code: 'YRBVDF759',
  participationStats: { __typename: 'CampaignParticipationStats', total: 31, shared: 17 },
});
export const collecte = campaign('c-2', 'Collecte de votre profil Pix', {
  code: 'SDRUYE145',
  type: 'PROFILES_COLLECTION',
  targetProfile: null,
  multipleSendings: true,
  createdAt: '2026-11-02T23:30:00.000Z',
  creator: { __typename: 'CampaignCreator', firstName: 'Léo', lastName: 'Bernard' },
});
export const emc = campaign('c-3', 'EMC - 1ère', {
  code: 'KMPQRT248',
  archivedAt: '2026-10-15T10:00:00.000Z',
  targetProfile: { __typename: 'CampaignTargetProfile', id: 'tp-3', name: '[LGT] EMI - Lycée' },
});

/** The fields of the list (the grid asks for fewer than the campaign page). */
function listItem(c: CampaignFixture) {
  const { directUrl: _d, idPixLabel: _l, idPixType: _t, multipleSendings: _m, customLandingPageText: _c, ...item } = c;
  return item;
}

export function campaignsResult(campaigns: CampaignFixture[], totalCount = campaigns.length, organization: Pick<OrganizationFixture, 'id' | 'name'> = { id: 'org-1', name: 'Lycée Marie Curie' }) {
  return {
    data: {
      organization: {
        __typename: 'Organization',
        id: organization.id,
        name: organization.name,
        campaigns: {
          __typename: 'CampaignConnection',
          totalCount,
          edges: campaigns.map((c) => ({ __typename: 'CampaignEdge', node: listItem(c) })),
        },
      },
    },
  };
}

/** One page of campaigns for exactly these variables (`organizationId` org-1, `first` 25 and `offset` 0 unless given). */
export function campaignsMock(variables: Record<string, unknown>, campaigns: CampaignFixture[], totalCount = campaigns.length, organization?: Pick<OrganizationFixture, 'id' | 'name'>): MockLink.MockedResponse {
  return {
    request: { query: CampaignsQuery, variables: { organizationId: organization?.id ?? 'org-1', first: 25, offset: 0, ...variables } },
    result: campaignsResult(campaigns, totalCount, organization),
  };
}

export interface TargetProfileFixture {
  __typename: 'TargetProfile';
  id: string;
  name: string;
  category: TargetProfileCategory;
  categoryLabel: string;
  description: string | null;
  tubeCount: number;
  skillCount: number;
}

const CATEGORY_LABELS: Record<TargetProfileCategory, string> = {
  COMPETENCES: 'Les 16 compétences',
  CUSTOM: 'Parcours sur-mesure',
  DISCIPLINE: 'Disciplinaires',
  OTHER: 'Autres',
  PREDEFINED: 'Parcours prédéfinis',
  THEMATIC: 'Thématiques',
};

export function targetProfile(id: string, name: string, category: TargetProfileCategory, overrides: Partial<TargetProfileFixture> = {}): TargetProfileFixture {
  return { __typename: 'TargetProfile', id, name, category, categoryLabel: CATEGORY_LABELS[category], description: null, tubeCount: 12, skillCount: 48, ...overrides };
}

export const targetProfiles = [
  targetProfile('tp-1', '[LGT] Parcours de rentrée 2nde', 'PREDEFINED', {
    description: 'Un premier aperçu des compétences numériques des élèves de seconde.',
    tubeCount: 18,
    skillCount: 72,
  }),
  targetProfile('tp-2', '[CLG] Éducation musicale 1 - cycle 4', 'DISCIPLINE', { skillCount: 21 }),
  targetProfile('tp-3', '[CLG] SVT - Cycle 4', 'DISCIPLINE', { skillCount: 30 }),
  targetProfile('tp-4', 'Les 16 compétences', 'COMPETENCES', { description: 'Toutes les compétences du référentiel.', tubeCount: 70, skillCount: 1 }),
  targetProfile('tp-5', 'Protection et sécurité', 'THEMATIC'),
];

export function campaignCreationMock(profiles: TargetProfileFixture[] = targetProfiles, organization: Pick<OrganizationFixture, 'id' | 'name'> = { id: 'org-1', name: 'Lycée Marie Curie' }): MockLink.MockedResponse {
  return {
    request: { query: CampaignCreationQuery, variables: { organizationId: organization.id } },
    result: { data: { organization: { __typename: 'Organization', id: organization.id, name: organization.name, targetProfiles: profiles } } },
  };
}

export function campaignMock(c: CampaignFixture): MockLink.MockedResponse {
  return { request: { query: CampaignQuery, variables: { id: c.id } }, result: { data: { campaign: c } } };
}

export function archiveMock(c: CampaignFixture, archivedAt: string | null): MockLink.MockedResponse {
  const archive = archivedAt !== null;
  return {
    request: { query: archive ? ArchiveCampaignMutation : UnarchiveCampaignMutation, variables: { campaignId: c.id } },
    result: { data: { [archive ? 'archiveCampaign' : 'unarchiveCampaign']: { __typename: 'Campaign', id: c.id, archivedAt } } },
  };
}
