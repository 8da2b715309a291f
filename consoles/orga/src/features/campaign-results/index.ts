/**
 * The results of a campaign in Pix Orga: "Activité", "Participants", "Résultats collectifs",
 * "Analyse", and "Exporter les résultats (.csv)".
 *
 * Each section is a component taking `{ campaignId: string }` that fetches its own data (Apollo),
 * shows its own loading, error and empty states, and starts with its own h2 (so it can stand alone
 * or sit in a tab panel). Texts: `console.campaignResults.*` (src/i18n/campaign-results.*.json,
 * merged into `orgaResources`).
 *
 * Wiring into the campaign page (CampaignView builds its `sections`):
 *
 *   import { campaignResultSectionsFor, ExportResultsButton } from '../campaign-results';
 *
 *   const sections: CampaignSection[] = [
 *     ...campaignResultSectionsFor(campaign.type).map(({ key, labelKey, Component }) => ({
 *       id: key,
 *       label: t(labelKey),
 *       content: <Component campaignId={campaign.id} />,
 *     })),
 *     { id: 'parametres', label: t('console.campaigns.settings.title'), content: <CampaignSettings campaign={campaign} /> },
 *   ];
 *
 *   // In the header's actions (any campaign type): <ExportResultsButton campaignId={campaign.id} />
 *
 * `path` is a relative URL segment for a router-based wiring (`campagnes/:campaignId/<path>`), if the
 * page ever moves from tab state to sub-routes. `types` lists the campaign types a section applies to:
 * "Résultats collectifs" and "Analyse" are for assessments only (a profiles collection has neither;
 * if shown anyway, they say so).
 *
 * ParticipantsSection reads the route's `:organizationId` for its class filter (organization.divisions),
 * or takes an `organizationId` prop; without either, the class filter is not shown.
 *
 * "Activité" polls every 10 s while the page is visible (Apollo pollInterval + skipPollAttempt).
 */
import type { ComponentType } from 'react';
import type { CampaignType } from '../../__generated__/graphql';
import { ActivitySection } from './components/ActivitySection';
import { AnalysisSection } from './components/AnalysisSection';
import { CollectiveResultsSection } from './components/CollectiveResultsSection';
import { ParticipantsSection } from './components/ParticipantsSection';

export { ActivitySection } from './components/ActivitySection';
export { AnalysisSection } from './components/AnalysisSection';
export { CollectiveResultsSection } from './components/CollectiveResultsSection';
export { ExportResultsButton } from './components/ExportResultsButton';
export { ParticipantsSection, type ParticipantsSectionProps } from './components/ParticipantsSection';

export interface CampaignResultSection {
  /** Stable and unique (a French slug, like the page's "parametres"): usable as the tab's id. */
  key: string;
  /** The i18n key of the tab's label. */
  labelKey: string;
  /** A relative URL segment, for sub-routes. */
  path: string;
  Component: ComponentType<{ campaignId: string }>;
  /** The campaign types the section applies to. */
  types: readonly CampaignType[];
}

const ALL_TYPES: readonly CampaignType[] = ['ASSESSMENT', 'PROFILES_COLLECTION'];

/** The sections, in the order of the page: "Activité", "Participants", "Résultats collectifs", "Analyse". */
export const campaignResultSections: readonly CampaignResultSection[] = [
  { key: 'activite', labelKey: 'console.campaignResults.sections.activity', path: 'activite', Component: ActivitySection, types: ALL_TYPES },
  { key: 'participants', labelKey: 'console.campaignResults.sections.participants', path: 'participants', Component: ParticipantsSection, types: ALL_TYPES },
  {
    key: 'resultats-collectifs',
    labelKey: 'console.campaignResults.sections.collectiveResults',
    path: 'resultats-collectifs',
    Component: CollectiveResultsSection,
    types: ['ASSESSMENT'],
  },
  { key: 'analyse', labelKey: 'console.campaignResults.sections.analysis', path: 'analyse', Component: AnalysisSection, types: ['ASSESSMENT'] },
];

/** The sections that apply to a campaign of this type. */
export function campaignResultSectionsFor(type: CampaignType): CampaignResultSection[] {
  return campaignResultSections.filter((section) => section.types.includes(type));
}
