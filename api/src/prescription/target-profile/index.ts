/** What other contexts may use of the target profiles. */
export { skillsOfTargetProfile, type TargetProfile, type TargetProfileTube } from './domain/target-profile';
export { findTargetProfileAvailableTo } from './application/target-profiles.usecases';
export { TargetProfileRepository } from './infrastructure/target-profile.repository';
export { createTargetProfileLoaders } from './infrastructure/target-profile.loaders';
