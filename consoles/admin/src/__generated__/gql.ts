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
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": typeof types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": typeof types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": typeof types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": typeof types.RevokeApiClientDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": typeof types.AdminHomeDocument,
    "\n  fragment JuryCourseFields on JuryCertificationCourse {\n    id\n    sessionId\n    state\n    endReason\n    startedAt\n    endedAt\n    verificationCode\n    juryDecision\n    commentForCandidate\n    commentForOrganization\n    isPublished\n    candidate {\n      id\n      firstName\n      lastName\n      birthdate\n      sex\n      birthCity\n      birthInseeCode\n      birthPostalCode\n      birthCountry\n      externalId\n      extraTimePercentage\n    }\n    questions {\n      number\n      challengeId\n      skillName\n      competenceCode\n      answerValue\n      result\n      isNeutralized\n      neutralizedBy\n      neutralizedByName\n      challenge {\n        id\n        type\n        instruction\n        proposals\n        fields {\n          name\n          label\n          format\n          options\n        }\n        illustration {\n          url\n          alt\n        }\n        attachment {\n          url\n          fileName\n          size\n        }\n        embed {\n          url\n          title\n          height\n        }\n      }\n    }\n    problemReports {\n      id\n      questionNumber\n      category\n      status\n      createdAt\n    }\n    incidents {\n      id\n      code\n      questionNumber\n      comment\n    }\n    scoring {\n      status\n      reason\n      pixScore\n      correct\n      counted\n      reproducibilityRate\n      trigger\n      createdAt\n      competenceMarks {\n        competenceId\n        code\n        name\n        level\n        pix\n        questions\n        correct\n        neutralized\n      }\n    }\n    history {\n      id\n      action\n      createdAt\n      actorName\n      before\n      after\n    }\n  }\n": typeof types.JuryCourseFieldsFragmentDoc,
    "\n  query JuryCertification($id: ID!) {\n    certificationCourseForJury(id: $id) {\n      ...JuryCourseFields\n      session {\n        id\n        number\n        date\n        certificationCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.JuryCertificationDocument,
    "\n  mutation NeutralizeChallenge($input: JuryChallengeInput!) {\n    neutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.NeutralizeChallengeDocument,
    "\n  mutation DeneutralizeChallenge($input: JuryChallengeInput!) {\n    deneutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.DeneutralizeChallengeDocument,
    "\n  mutation CancelCertification($id: ID!) {\n    cancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.CancelCertificationDocument,
    "\n  mutation UncancelCertification($id: ID!) {\n    uncancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.UncancelCertificationDocument,
    "\n  mutation RejectCertificationForFraud($id: ID!) {\n    rejectCertificationForFraud(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.RejectCertificationForFraudDocument,
    "\n  mutation UnrejectCertification($id: ID!) {\n    unrejectCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.UnrejectCertificationDocument,
    "\n  mutation UpdateJuryComments($input: UpdateJuryCommentsInput!) {\n    updateJuryComments(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.UpdateJuryCommentsDocument,
    "\n  mutation UpdateCandidateInformation($input: UpdateCertificationCandidateInformationInput!) {\n    updateCertificationCandidateInformation(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": typeof types.UpdateCandidateInformationDocument,
    "\n  query JurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      number\n      date\n      time\n      address\n      room\n      examiner\n      state\n      finalizedAt\n      finalizationComment\n      publishedAt\n      assignedAt\n      certificationCenter {\n        id\n        name\n        type\n      }\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n      juryCertifications {\n        certificationCourseId\n        candidateId\n        firstName\n        lastName\n        birthdate\n        status\n        reason\n        pixScore\n        juryDecision\n        endReason\n      }\n      juryIncidents {\n        id\n        candidateName\n        code\n        questionNumber\n        comment\n      }\n      juryProblemReports {\n        id\n        certificationCourseId\n        candidateName\n        questionNumber\n        category\n        status\n        createdAt\n      }\n    }\n  }\n": typeof types.JurySessionDocument,
    "\n  mutation PublishSession($sessionId: ID!) {\n    publishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": typeof types.PublishSessionDocument,
    "\n  mutation UnpublishSession($sessionId: ID!) {\n    unpublishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": typeof types.UnpublishSessionDocument,
    "\n  query SessionsToProcess($first: Int!, $offset: Int, $filter: SessionsToProcessFilter) {\n    sessionsToProcess(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          date\n          time\n          finalizedAt\n          candidateCount\n          joinedCount\n          hasIncidentsOrReports\n          certificationCenter {\n            id\n            name\n            type\n          }\n          assignedTo {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": typeof types.SessionsToProcessDocument,
    "\n  mutation AssignSessionToMe($sessionId: ID!) {\n    assignSessionToMe(sessionId: $sessionId) {\n      id\n      state\n      assignedAt\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": typeof types.AssignSessionToMeDocument,
};
const documents: Documents = {
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": types.AdminHomeDocument,
    "\n  fragment JuryCourseFields on JuryCertificationCourse {\n    id\n    sessionId\n    state\n    endReason\n    startedAt\n    endedAt\n    verificationCode\n    juryDecision\n    commentForCandidate\n    commentForOrganization\n    isPublished\n    candidate {\n      id\n      firstName\n      lastName\n      birthdate\n      sex\n      birthCity\n      birthInseeCode\n      birthPostalCode\n      birthCountry\n      externalId\n      extraTimePercentage\n    }\n    questions {\n      number\n      challengeId\n      skillName\n      competenceCode\n      answerValue\n      result\n      isNeutralized\n      neutralizedBy\n      neutralizedByName\n      challenge {\n        id\n        type\n        instruction\n        proposals\n        fields {\n          name\n          label\n          format\n          options\n        }\n        illustration {\n          url\n          alt\n        }\n        attachment {\n          url\n          fileName\n          size\n        }\n        embed {\n          url\n          title\n          height\n        }\n      }\n    }\n    problemReports {\n      id\n      questionNumber\n      category\n      status\n      createdAt\n    }\n    incidents {\n      id\n      code\n      questionNumber\n      comment\n    }\n    scoring {\n      status\n      reason\n      pixScore\n      correct\n      counted\n      reproducibilityRate\n      trigger\n      createdAt\n      competenceMarks {\n        competenceId\n        code\n        name\n        level\n        pix\n        questions\n        correct\n        neutralized\n      }\n    }\n    history {\n      id\n      action\n      createdAt\n      actorName\n      before\n      after\n    }\n  }\n": types.JuryCourseFieldsFragmentDoc,
    "\n  query JuryCertification($id: ID!) {\n    certificationCourseForJury(id: $id) {\n      ...JuryCourseFields\n      session {\n        id\n        number\n        date\n        certificationCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.JuryCertificationDocument,
    "\n  mutation NeutralizeChallenge($input: JuryChallengeInput!) {\n    neutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": types.NeutralizeChallengeDocument,
    "\n  mutation DeneutralizeChallenge($input: JuryChallengeInput!) {\n    deneutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": types.DeneutralizeChallengeDocument,
    "\n  mutation CancelCertification($id: ID!) {\n    cancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": types.CancelCertificationDocument,
    "\n  mutation UncancelCertification($id: ID!) {\n    uncancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": types.UncancelCertificationDocument,
    "\n  mutation RejectCertificationForFraud($id: ID!) {\n    rejectCertificationForFraud(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": types.RejectCertificationForFraudDocument,
    "\n  mutation UnrejectCertification($id: ID!) {\n    unrejectCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n": types.UnrejectCertificationDocument,
    "\n  mutation UpdateJuryComments($input: UpdateJuryCommentsInput!) {\n    updateJuryComments(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": types.UpdateJuryCommentsDocument,
    "\n  mutation UpdateCandidateInformation($input: UpdateCertificationCandidateInformationInput!) {\n    updateCertificationCandidateInformation(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n": types.UpdateCandidateInformationDocument,
    "\n  query JurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      number\n      date\n      time\n      address\n      room\n      examiner\n      state\n      finalizedAt\n      finalizationComment\n      publishedAt\n      assignedAt\n      certificationCenter {\n        id\n        name\n        type\n      }\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n      juryCertifications {\n        certificationCourseId\n        candidateId\n        firstName\n        lastName\n        birthdate\n        status\n        reason\n        pixScore\n        juryDecision\n        endReason\n      }\n      juryIncidents {\n        id\n        candidateName\n        code\n        questionNumber\n        comment\n      }\n      juryProblemReports {\n        id\n        certificationCourseId\n        candidateName\n        questionNumber\n        category\n        status\n        createdAt\n      }\n    }\n  }\n": types.JurySessionDocument,
    "\n  mutation PublishSession($sessionId: ID!) {\n    publishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": types.PublishSessionDocument,
    "\n  mutation UnpublishSession($sessionId: ID!) {\n    unpublishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": types.UnpublishSessionDocument,
    "\n  query SessionsToProcess($first: Int!, $offset: Int, $filter: SessionsToProcessFilter) {\n    sessionsToProcess(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          date\n          time\n          finalizedAt\n          candidateCount\n          joinedCount\n          hasIncidentsOrReports\n          certificationCenter {\n            id\n            name\n            type\n          }\n          assignedTo {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": types.SessionsToProcessDocument,
    "\n  mutation AssignSessionToMe($sessionId: ID!) {\n    assignSessionToMe(sessionId: $sessionId) {\n      id\n      state\n      assignedAt\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n": types.AssignSessionToMeDocument,
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
export function graphql(source: "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n"): (typeof documents)["\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n"): (typeof documents)["\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment JuryCourseFields on JuryCertificationCourse {\n    id\n    sessionId\n    state\n    endReason\n    startedAt\n    endedAt\n    verificationCode\n    juryDecision\n    commentForCandidate\n    commentForOrganization\n    isPublished\n    candidate {\n      id\n      firstName\n      lastName\n      birthdate\n      sex\n      birthCity\n      birthInseeCode\n      birthPostalCode\n      birthCountry\n      externalId\n      extraTimePercentage\n    }\n    questions {\n      number\n      challengeId\n      skillName\n      competenceCode\n      answerValue\n      result\n      isNeutralized\n      neutralizedBy\n      neutralizedByName\n      challenge {\n        id\n        type\n        instruction\n        proposals\n        fields {\n          name\n          label\n          format\n          options\n        }\n        illustration {\n          url\n          alt\n        }\n        attachment {\n          url\n          fileName\n          size\n        }\n        embed {\n          url\n          title\n          height\n        }\n      }\n    }\n    problemReports {\n      id\n      questionNumber\n      category\n      status\n      createdAt\n    }\n    incidents {\n      id\n      code\n      questionNumber\n      comment\n    }\n    scoring {\n      status\n      reason\n      pixScore\n      correct\n      counted\n      reproducibilityRate\n      trigger\n      createdAt\n      competenceMarks {\n        competenceId\n        code\n        name\n        level\n        pix\n        questions\n        correct\n        neutralized\n      }\n    }\n    history {\n      id\n      action\n      createdAt\n      actorName\n      before\n      after\n    }\n  }\n"): (typeof documents)["\n  fragment JuryCourseFields on JuryCertificationCourse {\n    id\n    sessionId\n    state\n    endReason\n    startedAt\n    endedAt\n    verificationCode\n    juryDecision\n    commentForCandidate\n    commentForOrganization\n    isPublished\n    candidate {\n      id\n      firstName\n      lastName\n      birthdate\n      sex\n      birthCity\n      birthInseeCode\n      birthPostalCode\n      birthCountry\n      externalId\n      extraTimePercentage\n    }\n    questions {\n      number\n      challengeId\n      skillName\n      competenceCode\n      answerValue\n      result\n      isNeutralized\n      neutralizedBy\n      neutralizedByName\n      challenge {\n        id\n        type\n        instruction\n        proposals\n        fields {\n          name\n          label\n          format\n          options\n        }\n        illustration {\n          url\n          alt\n        }\n        attachment {\n          url\n          fileName\n          size\n        }\n        embed {\n          url\n          title\n          height\n        }\n      }\n    }\n    problemReports {\n      id\n      questionNumber\n      category\n      status\n      createdAt\n    }\n    incidents {\n      id\n      code\n      questionNumber\n      comment\n    }\n    scoring {\n      status\n      reason\n      pixScore\n      correct\n      counted\n      reproducibilityRate\n      trigger\n      createdAt\n      competenceMarks {\n        competenceId\n        code\n        name\n        level\n        pix\n        questions\n        correct\n        neutralized\n      }\n    }\n    history {\n      id\n      action\n      createdAt\n      actorName\n      before\n      after\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JuryCertification($id: ID!) {\n    certificationCourseForJury(id: $id) {\n      ...JuryCourseFields\n      session {\n        id\n        number\n        date\n        certificationCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query JuryCertification($id: ID!) {\n    certificationCourseForJury(id: $id) {\n      ...JuryCourseFields\n      session {\n        id\n        number\n        date\n        certificationCenter {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation NeutralizeChallenge($input: JuryChallengeInput!) {\n    neutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation NeutralizeChallenge($input: JuryChallengeInput!) {\n    neutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeneutralizeChallenge($input: JuryChallengeInput!) {\n    deneutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation DeneutralizeChallenge($input: JuryChallengeInput!) {\n    deneutralizeChallenge(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelCertification($id: ID!) {\n    cancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation CancelCertification($id: ID!) {\n    cancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UncancelCertification($id: ID!) {\n    uncancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UncancelCertification($id: ID!) {\n    uncancelCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RejectCertificationForFraud($id: ID!) {\n    rejectCertificationForFraud(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation RejectCertificationForFraud($id: ID!) {\n    rejectCertificationForFraud(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnrejectCertification($id: ID!) {\n    unrejectCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnrejectCertification($id: ID!) {\n    unrejectCertification(id: $id) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateJuryComments($input: UpdateJuryCommentsInput!) {\n    updateJuryComments(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateJuryComments($input: UpdateJuryCommentsInput!) {\n    updateJuryComments(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateCandidateInformation($input: UpdateCertificationCandidateInformationInput!) {\n    updateCertificationCandidateInformation(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateCandidateInformation($input: UpdateCertificationCandidateInformationInput!) {\n    updateCertificationCandidateInformation(input: $input) {\n      ...JuryCourseFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query JurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      number\n      date\n      time\n      address\n      room\n      examiner\n      state\n      finalizedAt\n      finalizationComment\n      publishedAt\n      assignedAt\n      certificationCenter {\n        id\n        name\n        type\n      }\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n      juryCertifications {\n        certificationCourseId\n        candidateId\n        firstName\n        lastName\n        birthdate\n        status\n        reason\n        pixScore\n        juryDecision\n        endReason\n      }\n      juryIncidents {\n        id\n        candidateName\n        code\n        questionNumber\n        comment\n      }\n      juryProblemReports {\n        id\n        certificationCourseId\n        candidateName\n        questionNumber\n        category\n        status\n        createdAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query JurySession($id: ID!) {\n    certificationSession(id: $id) {\n      id\n      number\n      date\n      time\n      address\n      room\n      examiner\n      state\n      finalizedAt\n      finalizationComment\n      publishedAt\n      assignedAt\n      certificationCenter {\n        id\n        name\n        type\n      }\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n      juryCertifications {\n        certificationCourseId\n        candidateId\n        firstName\n        lastName\n        birthdate\n        status\n        reason\n        pixScore\n        juryDecision\n        endReason\n      }\n      juryIncidents {\n        id\n        candidateName\n        code\n        questionNumber\n        comment\n      }\n      juryProblemReports {\n        id\n        certificationCourseId\n        candidateName\n        questionNumber\n        category\n        status\n        createdAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishSession($sessionId: ID!) {\n    publishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishSession($sessionId: ID!) {\n    publishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishSession($sessionId: ID!) {\n    unpublishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishSession($sessionId: ID!) {\n    unpublishSession(sessionId: $sessionId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SessionsToProcess($first: Int!, $offset: Int, $filter: SessionsToProcessFilter) {\n    sessionsToProcess(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          date\n          time\n          finalizedAt\n          candidateCount\n          joinedCount\n          hasIncidentsOrReports\n          certificationCenter {\n            id\n            name\n            type\n          }\n          assignedTo {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query SessionsToProcess($first: Int!, $offset: Int, $filter: SessionsToProcessFilter) {\n    sessionsToProcess(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          number\n          date\n          time\n          finalizedAt\n          candidateCount\n          joinedCount\n          hasIncidentsOrReports\n          certificationCenter {\n            id\n            name\n            type\n          }\n          assignedTo {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignSessionToMe($sessionId: ID!) {\n    assignSessionToMe(sessionId: $sessionId) {\n      id\n      state\n      assignedAt\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AssignSessionToMe($sessionId: ID!) {\n    assignSessionToMe(sessionId: $sessionId) {\n      id\n      state\n      assignedAt\n      assignedTo {\n        id\n        firstName\n        lastName\n      }\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;