/** What other contexts may use of campaign participations (collective results, exports, certification, next). */
export type { Participation, ParticipationStatus } from './domain/participation';
export type { KnowledgeSnapshot, ParticipationValues } from './domain/mastery';
export { CampaignParticipationRepository } from './infrastructure/campaign-participation.repository';
