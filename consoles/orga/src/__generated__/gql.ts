/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  mutation RequestOrganizationActivation($input: OrganizationActivationInput!) {\n    requestOrganizationActivation(input: $input)\n  }\n": typeof types.RequestOrganizationActivationDocument,
    "\n  query CampaignActivity($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      participationStats {\n        total\n        started\n        toShare\n        shared\n      }\n    }\n  }\n": typeof types.CampaignActivityDocument,
    "\n  fragment CampaignParticipationRow on CampaignParticipation {\n    id\n    status\n    participantExternalId\n    createdAt\n    sharedAt\n    masteryRate\n    pixScore\n    isCertifiable\n    certifiableCompetencesCount\n    progress\n    participant {\n      firstName\n      lastName\n      division\n    }\n  }\n": typeof types.CampaignParticipationRowFragmentDoc,
    "\n  query CampaignParticipants($campaignId: ID!, $first: Int!, $offset: Int!, $filter: CampaignParticipationFilter) {\n    campaign(id: $campaignId) {\n      id\n      type\n      idPixLabel\n      participations(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignParticipationRow\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignParticipantsDocument,
    "\n  query CampaignParticipantsDivisions($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      divisions\n    }\n  }\n": typeof types.CampaignParticipantsDivisionsDocument,
    "\n  query CampaignParticipationResults($participationId: ID!) {\n    campaignParticipation(id: $participationId) {\n      id\n      status\n      results {\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          masteryRate\n          validatedSkillsCount\n          targetedSkillsCount\n        }\n      }\n    }\n  }\n": typeof types.CampaignParticipationResultsDocument,
    "\n  query CampaignCollectiveResults($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      collectiveResults {\n        sharedParticipationsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          areaCode\n          areaName\n          targetedSkillsCount\n          validatedSkillsCount\n          averageValidatedSkills\n          masteryRate\n        }\n      }\n    }\n  }\n": typeof types.CampaignCollectiveResultsDocument,
    "\n  query CampaignAnalysis($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      analysis {\n        tubes {\n          tube {\n            id\n            name\n            practicalTitle\n          }\n          competence {\n            id\n            code\n            name\n          }\n          averageScore\n          level\n          levelLabel\n          tutorials {\n            id\n            title\n            link\n            format\n            duration\n            source\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignAnalysisDocument,
    "\n  query CampaignCsvExportUrl($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      csvExportUrl\n    }\n  }\n": typeof types.CampaignCsvExportUrlDocument,
    "\n  fragment CampaignListItem on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n    participationStats {\n      total\n      shared\n    }\n  }\n": typeof types.CampaignListItemFragmentDoc,
    "\n  fragment CampaignDetails on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    directUrl\n    idPixLabel\n    idPixType\n    multipleSendings\n    customLandingPageText\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n  }\n": typeof types.CampaignDetailsFragmentDoc,
    "\n  query Campaigns($organizationId: ID!, $first: Int!, $offset: Int!, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      campaigns(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignListItem\n          }\n        }\n      }\n    }\n  }\n": typeof types.CampaignsDocument,
    "\n  query CampaignCreation($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      targetProfiles {\n        id\n        name\n        category\n        categoryLabel\n        description\n        tubeCount\n        skillCount\n      }\n    }\n  }\n": typeof types.CampaignCreationDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetails\n    }\n  }\n": typeof types.CreateCampaignDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetails\n    }\n  }\n": typeof types.CampaignDocument,
    "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveCampaignDocument,
    "\n  mutation UnarchiveCampaign($campaignId: ID!) {\n    unarchiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.UnarchiveCampaignDocument,
    "\n  query OrgaCertificationResults($organizationId: ID!, $division: String, $withResults: Boolean!) {\n    organization(id: $organizationId) {\n      id\n      name\n      type\n      certificationResultDivisions\n      certificationResults(division: $division) @include(if: $withResults) {\n        id\n        status\n        firstName\n        lastName\n        birthdate\n        division\n        pixScore\n        date\n        verificationCode\n        competences {\n          id\n          code\n          level\n        }\n      }\n    }\n  }\n": typeof types.OrgaCertificationResultsDocument,
    "\n  query OrgaCertificationResultsLinks($organizationId: ID!, $division: String!) {\n    organization(id: $organizationId) {\n      id\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": typeof types.OrgaCertificationResultsLinksDocument,
    "\n  query OrganizationInvitation($code: String!) {\n    organizationInvitation(code: $code) {\n      organizationName\n      role\n    }\n  }\n": typeof types.OrganizationInvitationDocument,
    "\n  mutation AcceptOrganizationInvitation($code: String!) {\n    acceptOrganizationInvitation(code: $code) {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      user {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n            type\n            uai\n          }\n        }\n      }\n    }\n  }\n": typeof types.AcceptOrganizationInvitationDocument,
    "\n  query OrganizationHome($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      isManagingStudents\n      viewerRole\n    }\n  }\n": typeof types.OrganizationHomeDocument,
    "\n  fragment PupilFields on OrganizationLearner {\n    id\n    lastName\n    firstName\n    birthdate\n    division\n    username\n    authenticationMethods\n    accountManagedBySchool\n  }\n": typeof types.PupilFieldsFragmentDoc,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    state\n    progress\n    pupilsAdded\n    pupilsUpdated\n    pupilsLeft\n    addedPupils {\n      firstName\n      lastName\n      division\n    }\n    leftPupils {\n      firstName\n      lastName\n      division\n    }\n    errors {\n      code\n      line\n      message\n    }\n  }\n": typeof types.ImportJobFieldsFragmentDoc,
    "\n  query PupilsOrganization($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      isManagingStudents\n      viewerRole\n      divisions\n    }\n  }\n": typeof types.PupilsOrganizationDocument,
    "\n  query Pupils($organizationId: ID!, $first: Int!, $offset: Int!, $filter: LearnerFilter, $orderBy: LearnerOrder) {\n    organization(id: $organizationId) {\n      id\n      learners(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n        totalCount\n        edges {\n          node {\n            ...PupilFields\n          }\n        }\n      }\n    }\n  }\n": typeof types.PupilsDocument,
    "\n  mutation ImportSiecleFile($organizationId: ID!, $file: Upload!) {\n    importSiecleFile(organizationId: $organizationId, file: $file) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportSiecleFileDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": typeof types.ImportJobDocument,
    "\n  mutation GenerateUsernames($organizationId: ID!, $learnerIds: [ID!]!) {\n    generateUsernamesWithTemporaryPasswords(organizationId: $organizationId, learnerIds: $learnerIds) {\n      fileName\n      csv\n      credentials {\n        username\n        temporaryPassword\n        learner {\n          ...PupilFields\n        }\n      }\n      alreadyWithUsername {\n        ...PupilFields\n      }\n      accountsNotManaged {\n        reason\n        message\n        learner {\n          ...PupilFields\n        }\n      }\n    }\n  }\n": typeof types.GenerateUsernamesDocument,
    "\n  mutation ResetLearnerPassword($organizationId: ID!, $learnerId: ID!) {\n    resetLearnerPassword(organizationId: $organizationId, learnerId: $learnerId) {\n      username\n      temporaryPassword\n      learner {\n        ...PupilFields\n      }\n    }\n  }\n": typeof types.ResetLearnerPasswordDocument,
    "\n  fragment InvitationFields on OrganizationInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  query TeamMembers($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n      memberships {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n": typeof types.TeamMembersDocument,
    "\n  query TeamInvitations($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": typeof types.TeamInvitationsDocument,
    "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {\n      ...InvitationFields\n    }\n  }\n": typeof types.InviteMembersDocument,
    "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n": typeof types.ResendInvitationDocument,
    "\n  mutation CancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n": typeof types.CancelInvitationDocument,
    "\n  mutation UpdateMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    updateMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      organization {\n        id\n        viewerRole\n      }\n    }\n  }\n": typeof types.UpdateMembershipRoleDocument,
    "\n  mutation RemoveMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n": typeof types.RemoveMembershipDocument,
    "\n  query OrgaMemberships {\n    me {\n      id\n      firstName\n      lastName\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          type\n          uai\n          isManagingStudents\n        }\n      }\n    }\n  }\n": typeof types.OrgaMembershipsDocument,
    "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n": typeof types.TeamMemberUserFragmentDoc,
};
const documents: Documents = {
    "\n  mutation RequestOrganizationActivation($input: OrganizationActivationInput!) {\n    requestOrganizationActivation(input: $input)\n  }\n": types.RequestOrganizationActivationDocument,
    "\n  query CampaignActivity($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      participationStats {\n        total\n        started\n        toShare\n        shared\n      }\n    }\n  }\n": types.CampaignActivityDocument,
    "\n  fragment CampaignParticipationRow on CampaignParticipation {\n    id\n    status\n    participantExternalId\n    createdAt\n    sharedAt\n    masteryRate\n    pixScore\n    isCertifiable\n    certifiableCompetencesCount\n    progress\n    participant {\n      firstName\n      lastName\n      division\n    }\n  }\n": types.CampaignParticipationRowFragmentDoc,
    "\n  query CampaignParticipants($campaignId: ID!, $first: Int!, $offset: Int!, $filter: CampaignParticipationFilter) {\n    campaign(id: $campaignId) {\n      id\n      type\n      idPixLabel\n      participations(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignParticipationRow\n          }\n        }\n      }\n    }\n  }\n": types.CampaignParticipantsDocument,
    "\n  query CampaignParticipantsDivisions($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      divisions\n    }\n  }\n": types.CampaignParticipantsDivisionsDocument,
    "\n  query CampaignParticipationResults($participationId: ID!) {\n    campaignParticipation(id: $participationId) {\n      id\n      status\n      results {\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          masteryRate\n          validatedSkillsCount\n          targetedSkillsCount\n        }\n      }\n    }\n  }\n": types.CampaignParticipationResultsDocument,
    "\n  query CampaignCollectiveResults($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      collectiveResults {\n        sharedParticipationsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          areaCode\n          areaName\n          targetedSkillsCount\n          validatedSkillsCount\n          averageValidatedSkills\n          masteryRate\n        }\n      }\n    }\n  }\n": types.CampaignCollectiveResultsDocument,
    "\n  query CampaignAnalysis($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      analysis {\n        tubes {\n          tube {\n            id\n            name\n            practicalTitle\n          }\n          competence {\n            id\n            code\n            name\n          }\n          averageScore\n          level\n          levelLabel\n          tutorials {\n            id\n            title\n            link\n            format\n            duration\n            source\n          }\n        }\n      }\n    }\n  }\n": types.CampaignAnalysisDocument,
    "\n  query CampaignCsvExportUrl($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      csvExportUrl\n    }\n  }\n": types.CampaignCsvExportUrlDocument,
    "\n  fragment CampaignListItem on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n    participationStats {\n      total\n      shared\n    }\n  }\n": types.CampaignListItemFragmentDoc,
    "\n  fragment CampaignDetails on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    directUrl\n    idPixLabel\n    idPixType\n    multipleSendings\n    customLandingPageText\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n  }\n": types.CampaignDetailsFragmentDoc,
    "\n  query Campaigns($organizationId: ID!, $first: Int!, $offset: Int!, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      campaigns(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignListItem\n          }\n        }\n      }\n    }\n  }\n": types.CampaignsDocument,
    "\n  query CampaignCreation($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      targetProfiles {\n        id\n        name\n        category\n        categoryLabel\n        description\n        tubeCount\n        skillCount\n      }\n    }\n  }\n": types.CampaignCreationDocument,
    "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetails\n    }\n  }\n": types.CreateCampaignDocument,
    "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetails\n    }\n  }\n": types.CampaignDocument,
    "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveCampaignDocument,
    "\n  mutation UnarchiveCampaign($campaignId: ID!) {\n    unarchiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n": types.UnarchiveCampaignDocument,
    "\n  query OrgaCertificationResults($organizationId: ID!, $division: String, $withResults: Boolean!) {\n    organization(id: $organizationId) {\n      id\n      name\n      type\n      certificationResultDivisions\n      certificationResults(division: $division) @include(if: $withResults) {\n        id\n        status\n        firstName\n        lastName\n        birthdate\n        division\n        pixScore\n        date\n        verificationCode\n        competences {\n          id\n          code\n          level\n        }\n      }\n    }\n  }\n": types.OrgaCertificationResultsDocument,
    "\n  query OrgaCertificationResultsLinks($organizationId: ID!, $division: String!) {\n    organization(id: $organizationId) {\n      id\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n": types.OrgaCertificationResultsLinksDocument,
    "\n  query OrganizationInvitation($code: String!) {\n    organizationInvitation(code: $code) {\n      organizationName\n      role\n    }\n  }\n": types.OrganizationInvitationDocument,
    "\n  mutation AcceptOrganizationInvitation($code: String!) {\n    acceptOrganizationInvitation(code: $code) {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      user {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n            type\n            uai\n          }\n        }\n      }\n    }\n  }\n": types.AcceptOrganizationInvitationDocument,
    "\n  query OrganizationHome($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      isManagingStudents\n      viewerRole\n    }\n  }\n": types.OrganizationHomeDocument,
    "\n  fragment PupilFields on OrganizationLearner {\n    id\n    lastName\n    firstName\n    birthdate\n    division\n    username\n    authenticationMethods\n    accountManagedBySchool\n  }\n": types.PupilFieldsFragmentDoc,
    "\n  fragment ImportJobFields on ImportJob {\n    id\n    state\n    progress\n    pupilsAdded\n    pupilsUpdated\n    pupilsLeft\n    addedPupils {\n      firstName\n      lastName\n      division\n    }\n    leftPupils {\n      firstName\n      lastName\n      division\n    }\n    errors {\n      code\n      line\n      message\n    }\n  }\n": types.ImportJobFieldsFragmentDoc,
    "\n  query PupilsOrganization($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      isManagingStudents\n      viewerRole\n      divisions\n    }\n  }\n": types.PupilsOrganizationDocument,
    "\n  query Pupils($organizationId: ID!, $first: Int!, $offset: Int!, $filter: LearnerFilter, $orderBy: LearnerOrder) {\n    organization(id: $organizationId) {\n      id\n      learners(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n        totalCount\n        edges {\n          node {\n            ...PupilFields\n          }\n        }\n      }\n    }\n  }\n": types.PupilsDocument,
    "\n  mutation ImportSiecleFile($organizationId: ID!, $file: Upload!) {\n    importSiecleFile(organizationId: $organizationId, file: $file) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportSiecleFileDocument,
    "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n": types.ImportJobDocument,
    "\n  mutation GenerateUsernames($organizationId: ID!, $learnerIds: [ID!]!) {\n    generateUsernamesWithTemporaryPasswords(organizationId: $organizationId, learnerIds: $learnerIds) {\n      fileName\n      csv\n      credentials {\n        username\n        temporaryPassword\n        learner {\n          ...PupilFields\n        }\n      }\n      alreadyWithUsername {\n        ...PupilFields\n      }\n      accountsNotManaged {\n        reason\n        message\n        learner {\n          ...PupilFields\n        }\n      }\n    }\n  }\n": types.GenerateUsernamesDocument,
    "\n  mutation ResetLearnerPassword($organizationId: ID!, $learnerId: ID!) {\n    resetLearnerPassword(organizationId: $organizationId, learnerId: $learnerId) {\n      username\n      temporaryPassword\n      learner {\n        ...PupilFields\n      }\n    }\n  }\n": types.ResetLearnerPasswordDocument,
    "\n  fragment InvitationFields on OrganizationInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  query TeamMembers($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n      memberships {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n": types.TeamMembersDocument,
    "\n  query TeamInvitations($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n": types.TeamInvitationsDocument,
    "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {\n      ...InvitationFields\n    }\n  }\n": types.InviteMembersDocument,
    "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n": types.ResendInvitationDocument,
    "\n  mutation CancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n": types.CancelInvitationDocument,
    "\n  mutation UpdateMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    updateMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      organization {\n        id\n        viewerRole\n      }\n    }\n  }\n": types.UpdateMembershipRoleDocument,
    "\n  mutation RemoveMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n": types.RemoveMembershipDocument,
    "\n  query OrgaMemberships {\n    me {\n      id\n      firstName\n      lastName\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          type\n          uai\n          isManagingStudents\n        }\n      }\n    }\n  }\n": types.OrgaMembershipsDocument,
    "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n": types.TeamMemberUserFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestOrganizationActivation($input: OrganizationActivationInput!) {\n    requestOrganizationActivation(input: $input)\n  }\n"): (typeof documents)["\n  mutation RequestOrganizationActivation($input: OrganizationActivationInput!) {\n    requestOrganizationActivation(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignActivity($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      participationStats {\n        total\n        started\n        toShare\n        shared\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignActivity($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      participationStats {\n        total\n        started\n        toShare\n        shared\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignParticipationRow on CampaignParticipation {\n    id\n    status\n    participantExternalId\n    createdAt\n    sharedAt\n    masteryRate\n    pixScore\n    isCertifiable\n    certifiableCompetencesCount\n    progress\n    participant {\n      firstName\n      lastName\n      division\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignParticipationRow on CampaignParticipation {\n    id\n    status\n    participantExternalId\n    createdAt\n    sharedAt\n    masteryRate\n    pixScore\n    isCertifiable\n    certifiableCompetencesCount\n    progress\n    participant {\n      firstName\n      lastName\n      division\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignParticipants($campaignId: ID!, $first: Int!, $offset: Int!, $filter: CampaignParticipationFilter) {\n    campaign(id: $campaignId) {\n      id\n      type\n      idPixLabel\n      participations(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignParticipationRow\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignParticipants($campaignId: ID!, $first: Int!, $offset: Int!, $filter: CampaignParticipationFilter) {\n    campaign(id: $campaignId) {\n      id\n      type\n      idPixLabel\n      participations(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignParticipationRow\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignParticipantsDivisions($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      divisions\n    }\n  }\n"): (typeof documents)["\n  query CampaignParticipantsDivisions($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      divisions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignParticipationResults($participationId: ID!) {\n    campaignParticipation(id: $participationId) {\n      id\n      status\n      results {\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          masteryRate\n          validatedSkillsCount\n          targetedSkillsCount\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignParticipationResults($participationId: ID!) {\n    campaignParticipation(id: $participationId) {\n      id\n      status\n      results {\n        masteryRate\n        validatedSkillsCount\n        targetedSkillsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          masteryRate\n          validatedSkillsCount\n          targetedSkillsCount\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCollectiveResults($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      collectiveResults {\n        sharedParticipationsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          areaCode\n          areaName\n          targetedSkillsCount\n          validatedSkillsCount\n          averageValidatedSkills\n          masteryRate\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignCollectiveResults($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      collectiveResults {\n        sharedParticipationsCount\n        competences {\n          competence {\n            id\n            code\n            name\n          }\n          areaCode\n          areaName\n          targetedSkillsCount\n          validatedSkillsCount\n          averageValidatedSkills\n          masteryRate\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignAnalysis($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      analysis {\n        tubes {\n          tube {\n            id\n            name\n            practicalTitle\n          }\n          competence {\n            id\n            code\n            name\n          }\n          averageScore\n          level\n          levelLabel\n          tutorials {\n            id\n            title\n            link\n            format\n            duration\n            source\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignAnalysis($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      type\n      analysis {\n        tubes {\n          tube {\n            id\n            name\n            practicalTitle\n          }\n          competence {\n            id\n            code\n            name\n          }\n          averageScore\n          level\n          levelLabel\n          tutorials {\n            id\n            title\n            link\n            format\n            duration\n            source\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCsvExportUrl($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      csvExportUrl\n    }\n  }\n"): (typeof documents)["\n  query CampaignCsvExportUrl($campaignId: ID!) {\n    campaign(id: $campaignId) {\n      id\n      csvExportUrl\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignListItem on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n    participationStats {\n      total\n      shared\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignListItem on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n    participationStats {\n      total\n      shared\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CampaignDetails on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    directUrl\n    idPixLabel\n    idPixType\n    multipleSendings\n    customLandingPageText\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  fragment CampaignDetails on Campaign {\n    id\n    code\n    name\n    type\n    archivedAt\n    createdAt\n    directUrl\n    idPixLabel\n    idPixType\n    multipleSendings\n    customLandingPageText\n    targetProfile {\n      id\n      name\n    }\n    creator {\n      firstName\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaigns($organizationId: ID!, $first: Int!, $offset: Int!, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      campaigns(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignListItem\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Campaigns($organizationId: ID!, $first: Int!, $offset: Int!, $filter: CampaignFilter) {\n    organization(id: $organizationId) {\n      id\n      name\n      campaigns(first: $first, offset: $offset, filter: $filter) {\n        totalCount\n        edges {\n          node {\n            ...CampaignListItem\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CampaignCreation($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      targetProfiles {\n        id\n        name\n        category\n        categoryLabel\n        description\n        tubeCount\n        skillCount\n      }\n    }\n  }\n"): (typeof documents)["\n  query CampaignCreation($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      targetProfiles {\n        id\n        name\n        category\n        categoryLabel\n        description\n        tubeCount\n        skillCount\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetails\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCampaign($input: CreateCampaignInput!) {\n    createCampaign(input: $input) {\n      ...CampaignDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetails\n    }\n  }\n"): (typeof documents)["\n  query Campaign($id: ID!) {\n    campaign(id: $id) {\n      ...CampaignDetails\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveCampaign($campaignId: ID!) {\n    archiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnarchiveCampaign($campaignId: ID!) {\n    unarchiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnarchiveCampaign($campaignId: ID!) {\n    unarchiveCampaign(campaignId: $campaignId) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaCertificationResults($organizationId: ID!, $division: String, $withResults: Boolean!) {\n    organization(id: $organizationId) {\n      id\n      name\n      type\n      certificationResultDivisions\n      certificationResults(division: $division) @include(if: $withResults) {\n        id\n        status\n        firstName\n        lastName\n        birthdate\n        division\n        pixScore\n        date\n        verificationCode\n        competences {\n          id\n          code\n          level\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgaCertificationResults($organizationId: ID!, $division: String, $withResults: Boolean!) {\n    organization(id: $organizationId) {\n      id\n      name\n      type\n      certificationResultDivisions\n      certificationResults(division: $division) @include(if: $withResults) {\n        id\n        status\n        firstName\n        lastName\n        birthdate\n        division\n        pixScore\n        date\n        verificationCode\n        competences {\n          id\n          code\n          level\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaCertificationResultsLinks($organizationId: ID!, $division: String!) {\n    organization(id: $organizationId) {\n      id\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"): (typeof documents)["\n  query OrgaCertificationResultsLinks($organizationId: ID!, $division: String!) {\n    organization(id: $organizationId) {\n      id\n      certificationResultsCsvUrl(division: $division)\n      certificationAttestationsUrl(division: $division)\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationInvitation($code: String!) {\n    organizationInvitation(code: $code) {\n      organizationName\n      role\n    }\n  }\n"): (typeof documents)["\n  query OrganizationInvitation($code: String!) {\n    organizationInvitation(code: $code) {\n      organizationName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptOrganizationInvitation($code: String!) {\n    acceptOrganizationInvitation(code: $code) {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      user {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n            type\n            uai\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptOrganizationInvitation($code: String!) {\n    acceptOrganizationInvitation(code: $code) {\n      id\n      role\n      organization {\n        id\n        name\n      }\n      user {\n        id\n        memberships {\n          id\n          role\n          organization {\n            id\n            name\n            type\n            uai\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganizationHome($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      isManagingStudents\n      viewerRole\n    }\n  }\n"): (typeof documents)["\n  query OrganizationHome($id: ID!) {\n    organization(id: $id) {\n      id\n      name\n      type\n      uai\n      isManagingStudents\n      viewerRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PupilFields on OrganizationLearner {\n    id\n    lastName\n    firstName\n    birthdate\n    division\n    username\n    authenticationMethods\n    accountManagedBySchool\n  }\n"): (typeof documents)["\n  fragment PupilFields on OrganizationLearner {\n    id\n    lastName\n    firstName\n    birthdate\n    division\n    username\n    authenticationMethods\n    accountManagedBySchool\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ImportJobFields on ImportJob {\n    id\n    state\n    progress\n    pupilsAdded\n    pupilsUpdated\n    pupilsLeft\n    addedPupils {\n      firstName\n      lastName\n      division\n    }\n    leftPupils {\n      firstName\n      lastName\n      division\n    }\n    errors {\n      code\n      line\n      message\n    }\n  }\n"): (typeof documents)["\n  fragment ImportJobFields on ImportJob {\n    id\n    state\n    progress\n    pupilsAdded\n    pupilsUpdated\n    pupilsLeft\n    addedPupils {\n      firstName\n      lastName\n      division\n    }\n    leftPupils {\n      firstName\n      lastName\n      division\n    }\n    errors {\n      code\n      line\n      message\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PupilsOrganization($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      isManagingStudents\n      viewerRole\n      divisions\n    }\n  }\n"): (typeof documents)["\n  query PupilsOrganization($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      isManagingStudents\n      viewerRole\n      divisions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Pupils($organizationId: ID!, $first: Int!, $offset: Int!, $filter: LearnerFilter, $orderBy: LearnerOrder) {\n    organization(id: $organizationId) {\n      id\n      learners(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n        totalCount\n        edges {\n          node {\n            ...PupilFields\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Pupils($organizationId: ID!, $first: Int!, $offset: Int!, $filter: LearnerFilter, $orderBy: LearnerOrder) {\n    organization(id: $organizationId) {\n      id\n      learners(first: $first, offset: $offset, filter: $filter, orderBy: $orderBy) {\n        totalCount\n        edges {\n          node {\n            ...PupilFields\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportSiecleFile($organizationId: ID!, $file: Upload!) {\n    importSiecleFile(organizationId: $organizationId, file: $file) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  mutation ImportSiecleFile($organizationId: ID!, $file: Upload!) {\n    importSiecleFile(organizationId: $organizationId, file: $file) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"): (typeof documents)["\n  query ImportJob($id: ID!) {\n    importJob(id: $id) {\n      ...ImportJobFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation GenerateUsernames($organizationId: ID!, $learnerIds: [ID!]!) {\n    generateUsernamesWithTemporaryPasswords(organizationId: $organizationId, learnerIds: $learnerIds) {\n      fileName\n      csv\n      credentials {\n        username\n        temporaryPassword\n        learner {\n          ...PupilFields\n        }\n      }\n      alreadyWithUsername {\n        ...PupilFields\n      }\n      accountsNotManaged {\n        reason\n        message\n        learner {\n          ...PupilFields\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation GenerateUsernames($organizationId: ID!, $learnerIds: [ID!]!) {\n    generateUsernamesWithTemporaryPasswords(organizationId: $organizationId, learnerIds: $learnerIds) {\n      fileName\n      csv\n      credentials {\n        username\n        temporaryPassword\n        learner {\n          ...PupilFields\n        }\n      }\n      alreadyWithUsername {\n        ...PupilFields\n      }\n      accountsNotManaged {\n        reason\n        message\n        learner {\n          ...PupilFields\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetLearnerPassword($organizationId: ID!, $learnerId: ID!) {\n    resetLearnerPassword(organizationId: $organizationId, learnerId: $learnerId) {\n      username\n      temporaryPassword\n      learner {\n        ...PupilFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ResetLearnerPassword($organizationId: ID!, $learnerId: ID!) {\n    resetLearnerPassword(organizationId: $organizationId, learnerId: $learnerId) {\n      username\n      temporaryPassword\n      learner {\n        ...PupilFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on OrganizationInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment InvitationFields on OrganizationInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamMembers($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n      memberships {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamMembers($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      name\n      viewerRole\n      memberships {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query TeamInvitations($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query TeamInvitations($organizationId: ID!) {\n    organization(id: $organizationId) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteMembers($organizationId: ID!, $emails: [String!]!, $role: MembershipRole) {\n    inviteMembers(organizationId: $organizationId, emails: $emails, role: $role) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation ResendInvitation($invitationId: ID!) {\n    resendInvitation(invitationId: $invitationId) {\n      ...InvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n"): (typeof documents)["\n  mutation CancelInvitation($invitationId: ID!) {\n    cancelInvitation(invitationId: $invitationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    updateMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      organization {\n        id\n        viewerRole\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMembershipRole($membershipId: ID!, $role: MembershipRole!) {\n    updateMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n      organization {\n        id\n        viewerRole\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveMembership($membershipId: ID!) {\n    removeMembership(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrgaMemberships {\n    me {\n      id\n      firstName\n      lastName\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          type\n          uai\n          isManagingStudents\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrgaMemberships {\n    me {\n      id\n      firstName\n      lastName\n      memberships {\n        id\n        role\n        organization {\n          id\n          name\n          type\n          uai\n          isManagingStudents\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"): (typeof documents)["\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;