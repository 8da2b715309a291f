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
    "\n  query CertifMemberships {\n    me {\n      id\n      firstName\n      lastName\n      certificationCenterMemberships {\n        id\n        role\n        certificationCenter {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": typeof types.CertifMembershipsDocument,
    "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n": typeof types.FinalizationSessionDocument,
    "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n": typeof types.FinalizeSessionDocument,
    "\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": typeof types.LiveCandidateFieldsFragmentDoc,
    "\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n": typeof types.SuperviseSessionDocument,
    "\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n": typeof types.SupervisedSessionDocument,
    "\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": typeof types.AuthorizeCandidateDocument,
    "\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": typeof types.EndCandidateTestDocument,
    "\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveChallengeProblemDocument,
    "\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n": typeof types.SessionActivityDocument,
    "\n  fragment CandidateFields on CertificationCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    sex\n    birthCity\n    birthInseeCode\n    birthPostalCode\n    birthCountry\n    extraTimePercentage\n    resultRecipientEmail\n    externalId\n    isSchoolPupil\n    hasJoined\n  }\n": typeof types.CandidateFieldsFragmentDoc,
    "\n  query CertificationSessionPage($sessionId: ID!) {\n    certificationSession(id: $sessionId) {\n      ...SessionFields\n      certificationCenter {\n        id\n        name\n        type\n      }\n      candidates {\n        ...CandidateFields\n      }\n    }\n  }\n": typeof types.CertificationSessionPageDocument,
    "\n  query EnrolablePupils($sessionId: ID!, $division: String) {\n    enrolablePupils(sessionId: $sessionId, division: $division) {\n      divisions\n      pupils {\n        id\n        firstName\n        lastName\n        birthdate\n        division\n        alreadyEnrolled\n      }\n    }\n  }\n": typeof types.EnrolablePupilsDocument,
    "\n  mutation EnrolStudents($input: EnrolStudentsInput!) {\n    enrolStudentsToSession(input: $input) {\n      ...CandidateFields\n    }\n  }\n": typeof types.EnrolStudentsDocument,
    "\n  mutation AddCertificationCandidate($input: AddCertificationCandidateInput!) {\n    addCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n": typeof types.AddCertificationCandidateDocument,
    "\n  mutation UpdateCertificationCandidate($input: UpdateCertificationCandidateInput!) {\n    updateCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n": typeof types.UpdateCertificationCandidateDocument,
    "\n  mutation RemoveCertificationCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n": typeof types.RemoveCertificationCandidateDocument,
    "\n  mutation ImportCertificationCandidates($sessionId: ID!, $file: Upload!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) {\n      importedCount\n      summary\n      problems {\n        line\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportCertificationCandidatesDocument,
    "\n  query CertificationCountries {\n    certificationCountries {\n      code\n      name\n      aliases\n    }\n  }\n": typeof types.CertificationCountriesDocument,
    "\n  fragment SessionFields on CertificationSession {\n    id\n    number\n    address\n    room\n    date\n    time\n    examiner\n    description\n    accessCode\n    invigilatorPassword\n    state\n    candidateCount\n    isEditable\n    lockReason\n  }\n": typeof types.SessionFieldsFragmentDoc,
    "\n  query CenterSessions($centerId: ID!, $first: Int, $offset: Int) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      type\n      viewerRole\n      sessions(first: $first, offset: $offset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            date\n            time\n            room\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n": typeof types.CenterSessionsDocument,
    "\n  mutation CreateCertificationSession($input: CreateCertificationSessionInput!) {\n    createCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.CreateCertificationSessionDocument,
    "\n  mutation UpdateCertificationSession($input: UpdateCertificationSessionInput!) {\n    updateCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": typeof types.UpdateCertificationSessionDocument,
    "\n  mutation DeleteCertificationSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n": typeof types.DeleteCertificationSessionDocument,
    "\n  fragment CenterInvitationFields on CertificationCenterInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n": typeof types.CenterInvitationFieldsFragmentDoc,
    "\n  query CenterTeam($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      viewerRole\n      members {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n": typeof types.CenterTeamDocument,
    "\n  query CenterInvitations($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      invitations {\n        ...CenterInvitationFields\n      }\n    }\n  }\n": typeof types.CenterInvitationsDocument,
    "\n  mutation InviteCenterMembers($centerId: ID!, $emails: [String!]!, $role: CertificationCenterRole) {\n    inviteCertificationCenterMembers(certificationCenterId: $centerId, emails: $emails, role: $role) {\n      ...CenterInvitationFields\n    }\n  }\n": typeof types.InviteCenterMembersDocument,
    "\n  mutation ResendCenterInvitation($invitationId: ID!) {\n    resendCertificationCenterInvitation(invitationId: $invitationId) {\n      id\n      expiresAt\n    }\n  }\n": typeof types.ResendCenterInvitationDocument,
    "\n  mutation CancelCenterInvitation($invitationId: ID!) {\n    cancelCertificationCenterInvitation(invitationId: $invitationId)\n  }\n": typeof types.CancelCenterInvitationDocument,
    "\n  mutation UpdateCenterMembershipRole($membershipId: ID!, $role: CertificationCenterRole!) {\n    updateCertificationCenterMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": typeof types.UpdateCenterMembershipRoleDocument,
    "\n  mutation RemoveCenterMembership($membershipId: ID!) {\n    removeCertificationCenterMembership(membershipId: $membershipId)\n  }\n": typeof types.RemoveCenterMembershipDocument,
    "\n  query CenterInvitationPreview($code: String!) {\n    certificationCenterInvitation(code: $code) {\n      certificationCenterName\n      role\n    }\n  }\n": typeof types.CenterInvitationPreviewDocument,
    "\n  mutation AcceptCenterInvitation($code: String!) {\n    acceptCertificationCenterInvitation(code: $code) {\n      id\n      role\n    }\n  }\n": typeof types.AcceptCenterInvitationDocument,
    "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n": typeof types.TeamMemberUserFragmentDoc,
};
const documents: Documents = {
    "\n  query CertifMemberships {\n    me {\n      id\n      firstName\n      lastName\n      certificationCenterMemberships {\n        id\n        role\n        certificationCenter {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n": types.CertifMembershipsDocument,
    "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n": types.FinalizationSessionDocument,
    "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n": types.FinalizeSessionDocument,
    "\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": types.LiveCandidateFieldsFragmentDoc,
    "\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n": types.SuperviseSessionDocument,
    "\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n": types.SupervisedSessionDocument,
    "\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": types.AuthorizeCandidateDocument,
    "\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": types.EndCandidateTestDocument,
    "\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveChallengeProblemDocument,
    "\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n": types.SessionActivityDocument,
    "\n  fragment CandidateFields on CertificationCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    sex\n    birthCity\n    birthInseeCode\n    birthPostalCode\n    birthCountry\n    extraTimePercentage\n    resultRecipientEmail\n    externalId\n    isSchoolPupil\n    hasJoined\n  }\n": types.CandidateFieldsFragmentDoc,
    "\n  query CertificationSessionPage($sessionId: ID!) {\n    certificationSession(id: $sessionId) {\n      ...SessionFields\n      certificationCenter {\n        id\n        name\n        type\n      }\n      candidates {\n        ...CandidateFields\n      }\n    }\n  }\n": types.CertificationSessionPageDocument,
    "\n  query EnrolablePupils($sessionId: ID!, $division: String) {\n    enrolablePupils(sessionId: $sessionId, division: $division) {\n      divisions\n      pupils {\n        id\n        firstName\n        lastName\n        birthdate\n        division\n        alreadyEnrolled\n      }\n    }\n  }\n": types.EnrolablePupilsDocument,
    "\n  mutation EnrolStudents($input: EnrolStudentsInput!) {\n    enrolStudentsToSession(input: $input) {\n      ...CandidateFields\n    }\n  }\n": types.EnrolStudentsDocument,
    "\n  mutation AddCertificationCandidate($input: AddCertificationCandidateInput!) {\n    addCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n": types.AddCertificationCandidateDocument,
    "\n  mutation UpdateCertificationCandidate($input: UpdateCertificationCandidateInput!) {\n    updateCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n": types.UpdateCertificationCandidateDocument,
    "\n  mutation RemoveCertificationCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n": types.RemoveCertificationCandidateDocument,
    "\n  mutation ImportCertificationCandidates($sessionId: ID!, $file: Upload!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) {\n      importedCount\n      summary\n      problems {\n        line\n        field\n        message\n      }\n    }\n  }\n": types.ImportCertificationCandidatesDocument,
    "\n  query CertificationCountries {\n    certificationCountries {\n      code\n      name\n      aliases\n    }\n  }\n": types.CertificationCountriesDocument,
    "\n  fragment SessionFields on CertificationSession {\n    id\n    number\n    address\n    room\n    date\n    time\n    examiner\n    description\n    accessCode\n    invigilatorPassword\n    state\n    candidateCount\n    isEditable\n    lockReason\n  }\n": types.SessionFieldsFragmentDoc,
    "\n  query CenterSessions($centerId: ID!, $first: Int, $offset: Int) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      type\n      viewerRole\n      sessions(first: $first, offset: $offset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            date\n            time\n            room\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n": types.CenterSessionsDocument,
    "\n  mutation CreateCertificationSession($input: CreateCertificationSessionInput!) {\n    createCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.CreateCertificationSessionDocument,
    "\n  mutation UpdateCertificationSession($input: UpdateCertificationSessionInput!) {\n    updateCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n": types.UpdateCertificationSessionDocument,
    "\n  mutation DeleteCertificationSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n": types.DeleteCertificationSessionDocument,
    "\n  fragment CenterInvitationFields on CertificationCenterInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n": types.CenterInvitationFieldsFragmentDoc,
    "\n  query CenterTeam($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      viewerRole\n      members {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n": types.CenterTeamDocument,
    "\n  query CenterInvitations($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      invitations {\n        ...CenterInvitationFields\n      }\n    }\n  }\n": types.CenterInvitationsDocument,
    "\n  mutation InviteCenterMembers($centerId: ID!, $emails: [String!]!, $role: CertificationCenterRole) {\n    inviteCertificationCenterMembers(certificationCenterId: $centerId, emails: $emails, role: $role) {\n      ...CenterInvitationFields\n    }\n  }\n": types.InviteCenterMembersDocument,
    "\n  mutation ResendCenterInvitation($invitationId: ID!) {\n    resendCertificationCenterInvitation(invitationId: $invitationId) {\n      id\n      expiresAt\n    }\n  }\n": types.ResendCenterInvitationDocument,
    "\n  mutation CancelCenterInvitation($invitationId: ID!) {\n    cancelCertificationCenterInvitation(invitationId: $invitationId)\n  }\n": types.CancelCenterInvitationDocument,
    "\n  mutation UpdateCenterMembershipRole($membershipId: ID!, $role: CertificationCenterRole!) {\n    updateCertificationCenterMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n": types.UpdateCenterMembershipRoleDocument,
    "\n  mutation RemoveCenterMembership($membershipId: ID!) {\n    removeCertificationCenterMembership(membershipId: $membershipId)\n  }\n": types.RemoveCenterMembershipDocument,
    "\n  query CenterInvitationPreview($code: String!) {\n    certificationCenterInvitation(code: $code) {\n      certificationCenterName\n      role\n    }\n  }\n": types.CenterInvitationPreviewDocument,
    "\n  mutation AcceptCenterInvitation($code: String!) {\n    acceptCertificationCenterInvitation(code: $code) {\n      id\n      role\n    }\n  }\n": types.AcceptCenterInvitationDocument,
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
export function graphql(source: "\n  query CertifMemberships {\n    me {\n      id\n      firstName\n      lastName\n      certificationCenterMemberships {\n        id\n        role\n        certificationCenter {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertifMemberships {\n    me {\n      id\n      firstName\n      lastName\n      certificationCenterMemberships {\n        id\n        role\n        certificationCenter {\n          id\n          name\n          type\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n"): (typeof documents)["\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n"): (typeof documents)["\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n"): (typeof documents)["\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n"): (typeof documents)["\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CandidateFields on CertificationCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    sex\n    birthCity\n    birthInseeCode\n    birthPostalCode\n    birthCountry\n    extraTimePercentage\n    resultRecipientEmail\n    externalId\n    isSchoolPupil\n    hasJoined\n  }\n"): (typeof documents)["\n  fragment CandidateFields on CertificationCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    sex\n    birthCity\n    birthInseeCode\n    birthPostalCode\n    birthCountry\n    extraTimePercentage\n    resultRecipientEmail\n    externalId\n    isSchoolPupil\n    hasJoined\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationSessionPage($sessionId: ID!) {\n    certificationSession(id: $sessionId) {\n      ...SessionFields\n      certificationCenter {\n        id\n        name\n        type\n      }\n      candidates {\n        ...CandidateFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CertificationSessionPage($sessionId: ID!) {\n    certificationSession(id: $sessionId) {\n      ...SessionFields\n      certificationCenter {\n        id\n        name\n        type\n      }\n      candidates {\n        ...CandidateFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolablePupils($sessionId: ID!, $division: String) {\n    enrolablePupils(sessionId: $sessionId, division: $division) {\n      divisions\n      pupils {\n        id\n        firstName\n        lastName\n        birthdate\n        division\n        alreadyEnrolled\n      }\n    }\n  }\n"): (typeof documents)["\n  query EnrolablePupils($sessionId: ID!, $division: String) {\n    enrolablePupils(sessionId: $sessionId, division: $division) {\n      divisions\n      pupils {\n        id\n        firstName\n        lastName\n        birthdate\n        division\n        alreadyEnrolled\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnrolStudents($input: EnrolStudentsInput!) {\n    enrolStudentsToSession(input: $input) {\n      ...CandidateFields\n    }\n  }\n"): (typeof documents)["\n  mutation EnrolStudents($input: EnrolStudentsInput!) {\n    enrolStudentsToSession(input: $input) {\n      ...CandidateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddCertificationCandidate($input: AddCertificationCandidateInput!) {\n    addCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddCertificationCandidate($input: AddCertificationCandidateInput!) {\n    addCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCertificationCandidate($input: UpdateCertificationCandidateInput!) {\n    updateCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCertificationCandidate($input: UpdateCertificationCandidateInput!) {\n    updateCertificationCandidate(input: $input) {\n      ...CandidateFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCertificationCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n"): (typeof documents)["\n  mutation RemoveCertificationCandidate($candidateId: ID!) {\n    removeCertificationCandidate(candidateId: $candidateId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportCertificationCandidates($sessionId: ID!, $file: Upload!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) {\n      importedCount\n      summary\n      problems {\n        line\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportCertificationCandidates($sessionId: ID!, $file: Upload!) {\n    importCertificationCandidates(sessionId: $sessionId, file: $file) {\n      importedCount\n      summary\n      problems {\n        line\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertificationCountries {\n    certificationCountries {\n      code\n      name\n      aliases\n    }\n  }\n"): (typeof documents)["\n  query CertificationCountries {\n    certificationCountries {\n      code\n      name\n      aliases\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionFields on CertificationSession {\n    id\n    number\n    address\n    room\n    date\n    time\n    examiner\n    description\n    accessCode\n    invigilatorPassword\n    state\n    candidateCount\n    isEditable\n    lockReason\n  }\n"): (typeof documents)["\n  fragment SessionFields on CertificationSession {\n    id\n    number\n    address\n    room\n    date\n    time\n    examiner\n    description\n    accessCode\n    invigilatorPassword\n    state\n    candidateCount\n    isEditable\n    lockReason\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CenterSessions($centerId: ID!, $first: Int, $offset: Int) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      type\n      viewerRole\n      sessions(first: $first, offset: $offset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            date\n            time\n            room\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CenterSessions($centerId: ID!, $first: Int, $offset: Int) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      type\n      viewerRole\n      sessions(first: $first, offset: $offset) {\n        totalCount\n        edges {\n          node {\n            id\n            number\n            date\n            time\n            room\n            state\n            candidateCount\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateCertificationSession($input: CreateCertificationSessionInput!) {\n    createCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateCertificationSession($input: CreateCertificationSessionInput!) {\n    createCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCertificationSession($input: UpdateCertificationSessionInput!) {\n    updateCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCertificationSession($input: UpdateCertificationSessionInput!) {\n    updateCertificationSession(input: $input) {\n      ...SessionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteCertificationSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n"): (typeof documents)["\n  mutation DeleteCertificationSession($sessionId: ID!) {\n    deleteCertificationSession(sessionId: $sessionId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CenterInvitationFields on CertificationCenterInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n"): (typeof documents)["\n  fragment CenterInvitationFields on CertificationCenterInvitation {\n    id\n    email\n    role\n    createdAt\n    expiresAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CenterTeam($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      viewerRole\n      members {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CenterTeam($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      name\n      viewerRole\n      members {\n        id\n        role\n        user {\n          ...TeamMemberUser\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CenterInvitations($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      invitations {\n        ...CenterInvitationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query CenterInvitations($centerId: ID!) {\n    certificationCenter(id: $centerId) {\n      id\n      invitations {\n        ...CenterInvitationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteCenterMembers($centerId: ID!, $emails: [String!]!, $role: CertificationCenterRole) {\n    inviteCertificationCenterMembers(certificationCenterId: $centerId, emails: $emails, role: $role) {\n      ...CenterInvitationFields\n    }\n  }\n"): (typeof documents)["\n  mutation InviteCenterMembers($centerId: ID!, $emails: [String!]!, $role: CertificationCenterRole) {\n    inviteCertificationCenterMembers(certificationCenterId: $centerId, emails: $emails, role: $role) {\n      ...CenterInvitationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResendCenterInvitation($invitationId: ID!) {\n    resendCertificationCenterInvitation(invitationId: $invitationId) {\n      id\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  mutation ResendCenterInvitation($invitationId: ID!) {\n    resendCertificationCenterInvitation(invitationId: $invitationId) {\n      id\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCenterInvitation($invitationId: ID!) {\n    cancelCertificationCenterInvitation(invitationId: $invitationId)\n  }\n"): (typeof documents)["\n  mutation CancelCenterInvitation($invitationId: ID!) {\n    cancelCertificationCenterInvitation(invitationId: $invitationId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCenterMembershipRole($membershipId: ID!, $role: CertificationCenterRole!) {\n    updateCertificationCenterMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCenterMembershipRole($membershipId: ID!, $role: CertificationCenterRole!) {\n    updateCertificationCenterMembershipRole(membershipId: $membershipId, role: $role) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveCenterMembership($membershipId: ID!) {\n    removeCertificationCenterMembership(membershipId: $membershipId)\n  }\n"): (typeof documents)["\n  mutation RemoveCenterMembership($membershipId: ID!) {\n    removeCertificationCenterMembership(membershipId: $membershipId)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CenterInvitationPreview($code: String!) {\n    certificationCenterInvitation(code: $code) {\n      certificationCenterName\n      role\n    }\n  }\n"): (typeof documents)["\n  query CenterInvitationPreview($code: String!) {\n    certificationCenterInvitation(code: $code) {\n      certificationCenterName\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptCenterInvitation($code: String!) {\n    acceptCertificationCenterInvitation(code: $code) {\n      id\n      role\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptCenterInvitation($code: String!) {\n    acceptCertificationCenterInvitation(code: $code) {\n      id\n      role\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"): (typeof documents)["\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;