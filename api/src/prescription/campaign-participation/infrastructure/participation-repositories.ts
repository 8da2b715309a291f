import type { EntityManager } from '@mikro-orm/postgresql';
import { createCampaignAssessment, latestKnowledgeElementsOfUsers } from '../../../evaluation';
import { accountForSession, addGarIdentity, createAccount, isEmailTaken, issueSession } from '../../../identity-access-management';
import type { Clock } from '../../../shared/domain/clock';
import { Throttle } from '../../../shared/infrastructure/throttle/throttle';
import { findCampaign, findJoinableCampaign, skillIdsOfCampaign } from '../../campaign';
import {
  accountFacts,
  findOrCreateLearnerOfUser,
  learnerOfUser,
  linkLearnerToUser,
  otherAccountWithIne,
  pupilsBornOn,
  usernamesTaken,
} from '../../learner-management';
import { CampaignParticipationRepository } from './campaign-participation.repository';
import { bound } from '../../../shared/domain/bound';


/**
 * campaign-participation's repositories and its ports to the other contexts, on one entity manager (the
 * request's, or a transaction's); the application adds `transaction` and states the narrow type its use
 * cases see (`ParticipationRepositories`).
 */
export function participationPortsOn(em: EntityManager, clock: Clock) {
  return {
    participations: new CampaignParticipationRepository(em),
    throttle: new Throttle(em, clock),
    campaigns: {
      joinable: bound(findJoinableCampaign, em),
      byId: bound(findCampaign, em),
      skillIds: bound(skillIdsOfCampaign, em),
    },
    learners: {
      ofUser: bound(learnerOfUser, em),
      pupilsBornOn: bound(pupilsBornOn, em),
      otherAccountWithIne: bound(otherAccountWithIne, em),
      accountFacts: bound(accountFacts, em),
      link: bound(linkLearnerToUser, em),
      findOrCreateOfUser: bound(findOrCreateLearnerOfUser, em),
      usernamesTaken: bound(usernamesTaken, em),
    },
    accounts: {
      create: bound(createAccount, em),
      isEmailTaken: bound(isEmailTaken, em),
      forSession: bound(accountForSession, em),
      addGarIdentity: bound(addGarIdentity, em),
      issueSession: bound(issueSession, em),
    },
    evaluation: {
      latestKnowledgeElementsOfUsers: bound(latestKnowledgeElementsOfUsers, em),
      createCampaignAssessment: bound(createCampaignAssessment, em),
    },
  };
}
