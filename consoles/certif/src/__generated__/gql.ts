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
    "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n": typeof types.FinalizationSessionDocument,
    "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n": typeof types.FinalizeSessionDocument,
    "\n  query CertifHome {\n    me {\n      id\n      firstName\n      lastName\n    }\n  }\n": typeof types.CertifHomeDocument,
    "\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": typeof types.LiveCandidateFieldsFragmentDoc,
    "\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n": typeof types.SuperviseSessionDocument,
    "\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n": typeof types.SupervisedSessionDocument,
    "\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": typeof types.AuthorizeCandidateDocument,
    "\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": typeof types.EndCandidateTestDocument,
    "\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n": typeof types.ResolveChallengeProblemDocument,
    "\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n": typeof types.SessionActivityDocument,
};
const documents: Documents = {
    "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n": types.FinalizationSessionDocument,
    "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n": types.FinalizeSessionDocument,
    "\n  query CertifHome {\n    me {\n      id\n      firstName\n      lastName\n    }\n  }\n": types.CertifHomeDocument,
    "\n  fragment LiveCandidateFields on LiveCandidate {\n    id\n    firstName\n    lastName\n    birthdate\n    extraTimePercentage\n    status\n    authorizedToStart\n    questionNumber\n    numberOfQuestions\n    timeLeftSeconds\n    endReason\n    endScreenSeen\n    pendingProblemReport {\n      id\n      questionNumber\n      category\n      status\n    }\n  }\n": types.LiveCandidateFieldsFragmentDoc,
    "\n  mutation SuperviseSession($input: SuperviseSessionInput!) {\n    superviseSession(input: $input) {\n      accessToken\n      expiresAt\n      session {\n        id\n      }\n    }\n  }\n": types.SuperviseSessionDocument,
    "\n  query SupervisedSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        ...LiveCandidateFields\n      }\n    }\n  }\n": types.SupervisedSessionDocument,
    "\n  mutation AuthorizeCandidate($candidateId: ID!) {\n    authorizeCandidate(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": types.AuthorizeCandidateDocument,
    "\n  mutation EndCandidateTest($candidateId: ID!) {\n    endCandidateTest(candidateId: $candidateId) {\n      ...LiveCandidateFields\n    }\n  }\n": types.EndCandidateTestDocument,
    "\n  mutation ResolveChallengeProblem($input: ResolveChallengeProblemInput!) {\n    resolveChallengeProblem(input: $input) {\n      id\n      status\n    }\n  }\n": types.ResolveChallengeProblemDocument,
    "\n  subscription SessionActivity($sessionId: ID!) {\n    sessionActivity(sessionId: $sessionId) {\n      sessionId\n      candidateId\n      kind\n    }\n  }\n": types.SessionActivityDocument,
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
export function graphql(source: "\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n"): (typeof documents)["\n  query FinalizationSession($sessionId: ID!) {\n    supervisedSession(sessionId: $sessionId) {\n      id\n      date\n      time\n      state\n      candidates {\n        id\n        firstName\n        lastName\n        status\n        endScreenSeen\n        numberOfQuestions\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n"): (typeof documents)["\n  mutation FinalizeSession($input: FinalizeSessionInput!) {\n    finalizeSession(input: $input) {\n      sessionId\n      endedCoursesCount\n      neutralizedQuestionsCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CertifHome {\n    me {\n      id\n      firstName\n      lastName\n    }\n  }\n"): (typeof documents)["\n  query CertifHome {\n    me {\n      id\n      firstName\n      lastName\n    }\n  }\n"];
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;