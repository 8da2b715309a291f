/** The public surface of learning-content: what other contexts may use of it. */
export { type LearningContent, FRAMEWORK_RULES, type ChallengeField, type Tolerance, type Challenge, type ChallengeType, type Tutorial, type Skill, type ContentStatus } from './domain/learning-content';
export type { LearningContentCache } from './infrastructure/learning-content.cache';
export { browseChallenges, listingOf, type ChallengeFilter, type ChallengeListing } from './domain/content-browse';
export { challengeAsSeenIn } from './domain/challenge-locale';
