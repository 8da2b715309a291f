import { graphql } from '../../__generated__';

/**
 * What a participation shows of its campaign. CampaignLanding has no id, so Apollo keeps it inside
 * each participation: every selection of `CampaignParticipation.campaign` uses this same fragment,
 * so that no query overwrites it with fewer fields.
 */
export const ParticipationCampaignFieldsFragment = graphql(`
  fragment ParticipationCampaignFields on CampaignLanding {
    code
    name
    type
    organizationName
    isRestricted
    idPixLabel
    idPixType
    multipleSendings
  }
`);

/** A participation as lists show it (dashboard "Mes parcours", the join flow). */
export const ParticipationSummaryFragment = graphql(`
  fragment ParticipationSummary on CampaignParticipation {
    id
    status
    createdAt
    sharedAt
    campaign {
      ...ParticipationCampaignFields
    }
    assessment {
      id
    }
  }
`);

/** "J'ai un code": the public landing data of an active campaign (NOT_FOUND for unknown and archived codes). */
export const CampaignByCodeQuery = graphql(`
  query CampaignByCode($code: String!) {
    campaignByCode(code: $code) {
      code
      name
      type
      organizationName
      organizationType
      isRestricted
      customLandingPageText
      idPixLabel
      idPixType
      multipleSendings
      viewerLinkedToOrganization
    }
  }
`);

/** The learner's own participations, newest first (earlier sendings of a profile left out). */
export const MyCampaignParticipationsQuery = graphql(`
  query MyCampaignParticipations {
    me {
      id
      campaignParticipations {
        ...ParticipationSummary
      }
    }
  }
`);

export const ReconcileWithOrganizationLearnerMutation = graphql(`
  mutation ReconcileWithOrganizationLearner($input: ReconcileWithOrganizationLearnerInput!) {
    reconcileWithOrganizationLearner(input: $input) {
      id
      firstName
      lastName
      organizationName
    }
  }
`);

/**
 * "Je n'ai pas de compte" (public): the pupil found among the school's pupils, their account created
 * and linked, and a session opened. The same selection as the shared `Session` fragment (the payload
 * goes to useStartSession); the refresh token stays in the server's httpOnly cookie.
 */
export const CreateAccountAndReconcileMutation = graphql(`
  mutation CreateAccountAndReconcile($input: CreateAccountAndReconcileInput!) {
    createAccountAndReconcile(input: $input) {
      accessToken
      accessTokenExpiresAt
      user {
        id
        firstName
        lastName
        email
        username
        locale
        platformRole
        mustChangePassword
      }
    }
  }
`);

export const StartCampaignParticipationMutation = graphql(`
  mutation StartCampaignParticipation($input: StartCampaignParticipationInput!) {
    startCampaignParticipation(input: $input) {
      ...ParticipationSummary
    }
  }
`);

/** A participation's page: the results of an assessment ("Vous maîtrisez X %"), or the profile sent. */
export const ParticipationDetailsFragment = graphql(`
  fragment ParticipationDetails on CampaignParticipation {
    id
    status
    createdAt
    sharedAt
    participantExternalId
    masteryRate
    pixScore
    validatedSkillsCount
    isCertifiable
    certifiableCompetencesCount
    campaign {
      ...ParticipationCampaignFields
    }
    assessment {
      id
    }
    results {
      masteryRate
      validatedSkillsCount
      targetedSkillsCount
      competences {
        competence {
          id
          code
          name
          area {
            id
            code
            color
          }
        }
        masteryRate
        validatedSkillsCount
        targetedSkillsCount
      }
    }
  }
`);

export const CampaignParticipationQuery = graphql(`
  query CampaignParticipation($id: ID!) {
    campaignParticipation(id: $id) {
      ...ParticipationDetails
    }
  }
`);

export const ShareCampaignResultsMutation = graphql(`
  mutation ShareCampaignResults($participationId: ID!) {
    shareCampaignResults(participationId: $participationId) {
      ...ParticipationDetails
    }
  }
`);

export const SendProfileMutation = graphql(`
  mutation SendProfile($campaignCode: String!, $participantExternalId: String) {
    sendProfile(campaignCode: $campaignCode, participantExternalId: $participantExternalId) {
      ...ParticipationDetails
    }
  }
`);
