/** What other contexts may use of campaign participations (collective results, exports, certification, next). */
export type { Participation, ParticipationStatus } from './domain/participation';
export type { KnowledgeSnapshot, ParticipationValues } from './domain/mastery';
export { toParticipation } from './infrastructure/participation-row';
export { toParticipationView } from './graphql/campaign-participation.mappers';
export { CampaignParticipationStatusValue, CampaignParticipationView } from './graphql/campaign-participation.types';
export { createCampaignParticipationLoaders } from './infrastructure/campaign-participation.loaders';
