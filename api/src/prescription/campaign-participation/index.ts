/** What other contexts may use of campaign participations (collective results, exports, certification, next). */
export type { Participation, ParticipationStatus } from './domain/participation';
export { createAccountAndReconcile } from './application/create-account-and-reconcile.usecase';
export type { KnowledgeSnapshot, ParticipationValues } from './domain/mastery';
export { toParticipation } from './infrastructure/participation-row';
export { campaignTestSql } from './infrastructure/campaign-test-sql';
export { createCampaignParticipationLoaders } from './infrastructure/campaign-participation.loaders';
export type { GarPupilRequest } from './application/reconcile-gar-pupil.usecase';
/** Called by integration with its entity manager (its port binds it): that signature is kept. */
export { reconcileGarPupilOn as reconcileGarPupil } from './application/participation-repositories';
export { participationRepositories } from './application/participation-repositories';
export type { ParticipationRepositories } from './application/dependencies';
