import type { createCampaignAssessment, latestKnowledgeElementsOfUsers } from '../../../evaluation';
import type { accountForSession, addGarIdentity, createAccount, isEmailTaken, issueSession } from '../../../identity-access-management';
import type { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import type { findCampaign, findJoinableCampaign, skillIdsOfCampaign } from '../../campaign';
import type {
  accountFacts,
  findOrCreateLearnerOfUser,
  learnerOfUser,
  linkLearnerToUser,
  otherAccountWithIne,
  pupilsBornOn,
  usernamesTaken,
} from '../../learner-management';
import type { CampaignParticipationRepository } from '../infrastructure/campaign-participation.repository';
import type { Bound } from '../../../shared/domain/bound';

/**
 * The repositories of campaign-participation's use cases, made once per request
 * (`participationRepositories`) from the request's entity manager: a use case reads and writes through
 * them, never through the ORM, so that it can run on in-memory fakes. The other contexts' reads and
 * writes come through ports bound to the same entity manager (their public surface). `transaction`
 * runs its work on repositories bound to one transaction (an account, its pupil and its session;
 * a participation and its test; nothing half-written).
 */
export interface ParticipationRepositories {
  participations: Pick<
    CampaignParticipationRepository,
    'findById' | 'lockById' | 'findActive' | 'insertStarted' | 'insertShared' | 'markToShare' | 'markImproved' | 'share'
  >;
  /** Counts the reconciliation attempts (per account, per address) before anything is compared. */
  throttle: Pick<Throttle, 'admit'>;
  /** campaign: a campaign by its typed code (counted per address), by id, and its skills. */
  campaigns: {
    joinable: Bound<typeof findJoinableCampaign>;
    byId: Bound<typeof findCampaign>;
    skillIds: Bound<typeof skillIdsOfCampaign>;
  };
  /** learner-management: the school's pupils, their links to accounts, the learner made from an account. */
  learners: {
    ofUser: Bound<typeof learnerOfUser>;
    pupilsBornOn: Bound<typeof pupilsBornOn>;
    otherAccountWithIne: Bound<typeof otherAccountWithIne>;
    accountFacts: Bound<typeof accountFacts>;
    link: Bound<typeof linkLearnerToUser>;
    findOrCreateOfUser: Bound<typeof findOrCreateLearnerOfUser>;
    usernamesTaken: Bound<typeof usernamesTaken>;
  };
  /** identity-access-management: accounts, their GAR identity and their session. */
  accounts: {
    create: Bound<typeof createAccount>;
    isEmailTaken: Bound<typeof isEmailTaken>;
    forSession: Bound<typeof accountForSession>;
    addGarIdentity: Bound<typeof addGarIdentity>;
    issueSession: Bound<typeof issueSession>;
  };
  /** evaluation: the learner's knowledge and the campaign's test. */
  evaluation: {
    latestKnowledgeElementsOfUsers: Bound<typeof latestKnowledgeElementsOfUsers>;
    createCampaignAssessment: Bound<typeof createCampaignAssessment>;
  };
  transaction<T>(work: (repositories: ParticipationRepositories) => Promise<T>): Promise<T>;
}
