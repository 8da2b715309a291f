/** What other contexts may use of the target profiles. */
export { skillsOfTargetProfile, type TargetProfile, type TargetProfileTube } from './domain/target-profile';
export { findTargetProfileAvailableTo } from './application/target-profiles.usecases';
export { createTargetProfileLoaders } from './infrastructure/target-profile.loaders';
