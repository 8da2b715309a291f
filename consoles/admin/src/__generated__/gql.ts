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
    "\n  query AdminAuditLog($first: Int, $offset: Int, $filter: AuditLogFilterInput) {\n    auditLog(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          targetType\n          targetId\n          targetName\n          organizationId\n          before\n          after\n          comment\n          actor {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": typeof types.AdminAuditLogDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": typeof types.AdminHomeDocument,
    "\n  query AdminUsers($first: Int, $offset: Int, $filter: UsersFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          username\n          platformRole\n          createdAt\n          lastLoggedAt\n          anonymizedAt\n        }\n      }\n    }\n  }\n": typeof types.AdminUsersDocument,
    "\n  fragment AdminUserFields on AdminUser {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    createdAt\n    lastLoggedAt\n    anonymizedAt\n    loginMethods {\n      method\n      identifier\n      lastUsedAt\n    }\n    logInThrottle {\n      attempts\n      maxAttempts\n      blockedUntil\n    }\n    organizationMemberships {\n      id\n      organizationId\n      organizationName\n      organizationType\n      role\n    }\n    organizationLearners {\n      id\n      organizationName\n      firstName\n      lastName\n      division\n      isDisabled\n    }\n    certificationCenterMemberships {\n      id\n      certificationCenterName\n      role\n    }\n    campaignParticipations {\n      id\n      campaignName\n      campaignCode\n      organizationName\n      status\n      createdAt\n      sharedAt\n    }\n    certificationCourses {\n      id\n      sessionId\n      sessionDate\n      certificationCenterName\n      state\n    }\n  }\n": typeof types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": typeof types.AdminUserDocument,
    "\n  mutation UnblockUser($id: ID!, $reason: String!) {\n    unblockUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.UnblockUserDocument,
    "\n  mutation RemoveLoginMethod($input: RemoveLoginMethodInput!) {\n    removeLoginMethod(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.RemoveLoginMethodDocument,
    "\n  mutation SendPasswordResetEmail($input: SendPasswordResetEmailInput!) {\n    sendPasswordResetEmail(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.SendPasswordResetEmailDocument,
    "\n  mutation AnonymizeUser($input: AnonymizeUserInput!) {\n    anonymizeUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": typeof types.AnonymizeUserDocument,
};
const documents: Documents = {
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AdminAuditLog($first: Int, $offset: Int, $filter: AuditLogFilterInput) {\n    auditLog(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          targetType\n          targetId\n          targetName\n          organizationId\n          before\n          after\n          comment\n          actor {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n": types.AdminAuditLogDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": types.AdminHomeDocument,
    "\n  query AdminUsers($first: Int, $offset: Int, $filter: UsersFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          username\n          platformRole\n          createdAt\n          lastLoggedAt\n          anonymizedAt\n        }\n      }\n    }\n  }\n": types.AdminUsersDocument,
    "\n  fragment AdminUserFields on AdminUser {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    createdAt\n    lastLoggedAt\n    anonymizedAt\n    loginMethods {\n      method\n      identifier\n      lastUsedAt\n    }\n    logInThrottle {\n      attempts\n      maxAttempts\n      blockedUntil\n    }\n    organizationMemberships {\n      id\n      organizationId\n      organizationName\n      organizationType\n      role\n    }\n    organizationLearners {\n      id\n      organizationName\n      firstName\n      lastName\n      division\n      isDisabled\n    }\n    certificationCenterMemberships {\n      id\n      certificationCenterName\n      role\n    }\n    campaignParticipations {\n      id\n      campaignName\n      campaignCode\n      organizationName\n      status\n      createdAt\n      sharedAt\n    }\n    certificationCourses {\n      id\n      sessionId\n      sessionDate\n      certificationCenterName\n      state\n    }\n  }\n": types.AdminUserFieldsFragmentDoc,
    "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n": types.AdminUserDocument,
    "\n  mutation UnblockUser($id: ID!, $reason: String!) {\n    unblockUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n": types.UnblockUserDocument,
    "\n  mutation RemoveLoginMethod($input: RemoveLoginMethodInput!) {\n    removeLoginMethod(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.RemoveLoginMethodDocument,
    "\n  mutation SendPasswordResetEmail($input: SendPasswordResetEmailInput!) {\n    sendPasswordResetEmail(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.SendPasswordResetEmailDocument,
    "\n  mutation AnonymizeUser($input: AnonymizeUserInput!) {\n    anonymizeUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n": types.AnonymizeUserDocument,
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
export function graphql(source: "\n  query AdminAuditLog($first: Int, $offset: Int, $filter: AuditLogFilterInput) {\n    auditLog(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          targetType\n          targetId\n          targetName\n          organizationId\n          before\n          after\n          comment\n          actor {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminAuditLog($first: Int, $offset: Int, $filter: AuditLogFilterInput) {\n    auditLog(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          occurredAt\n          action\n          targetType\n          targetId\n          targetName\n          organizationId\n          before\n          after\n          comment\n          actor {\n            id\n            firstName\n            lastName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUsers($first: Int, $offset: Int, $filter: UsersFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          username\n          platformRole\n          createdAt\n          lastLoggedAt\n          anonymizedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query AdminUsers($first: Int, $offset: Int, $filter: UsersFilter) {\n    users(first: $first, offset: $offset, filter: $filter) {\n      totalCount\n      edges {\n        node {\n          id\n          firstName\n          lastName\n          email\n          username\n          platformRole\n          createdAt\n          lastLoggedAt\n          anonymizedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AdminUserFields on AdminUser {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    createdAt\n    lastLoggedAt\n    anonymizedAt\n    loginMethods {\n      method\n      identifier\n      lastUsedAt\n    }\n    logInThrottle {\n      attempts\n      maxAttempts\n      blockedUntil\n    }\n    organizationMemberships {\n      id\n      organizationId\n      organizationName\n      organizationType\n      role\n    }\n    organizationLearners {\n      id\n      organizationName\n      firstName\n      lastName\n      division\n      isDisabled\n    }\n    certificationCenterMemberships {\n      id\n      certificationCenterName\n      role\n    }\n    campaignParticipations {\n      id\n      campaignName\n      campaignCode\n      organizationName\n      status\n      createdAt\n      sharedAt\n    }\n    certificationCourses {\n      id\n      sessionId\n      sessionDate\n      certificationCenterName\n      state\n    }\n  }\n"): (typeof documents)["\n  fragment AdminUserFields on AdminUser {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    createdAt\n    lastLoggedAt\n    anonymizedAt\n    loginMethods {\n      method\n      identifier\n      lastUsedAt\n    }\n    logInThrottle {\n      attempts\n      maxAttempts\n      blockedUntil\n    }\n    organizationMemberships {\n      id\n      organizationId\n      organizationName\n      organizationType\n      role\n    }\n    organizationLearners {\n      id\n      organizationName\n      firstName\n      lastName\n      division\n      isDisabled\n    }\n    certificationCenterMemberships {\n      id\n      certificationCenterName\n      role\n    }\n    campaignParticipations {\n      id\n      campaignName\n      campaignCode\n      organizationName\n      status\n      createdAt\n      sharedAt\n    }\n    certificationCourses {\n      id\n      sessionId\n      sessionDate\n      certificationCenterName\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"): (typeof documents)["\n  query AdminUser($id: ID!) {\n    user(id: $id) {\n      ...AdminUserFields\n    }\n    me {\n      id\n      platformRole\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnblockUser($id: ID!, $reason: String!) {\n    unblockUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnblockUser($id: ID!, $reason: String!) {\n    unblockUser(id: $id, reason: $reason) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveLoginMethod($input: RemoveLoginMethodInput!) {\n    removeLoginMethod(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveLoginMethod($input: RemoveLoginMethodInput!) {\n    removeLoginMethod(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendPasswordResetEmail($input: SendPasswordResetEmailInput!) {\n    sendPasswordResetEmail(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation SendPasswordResetEmail($input: SendPasswordResetEmailInput!) {\n    sendPasswordResetEmail(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AnonymizeUser($input: AnonymizeUserInput!) {\n    anonymizeUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"): (typeof documents)["\n  mutation AnonymizeUser($input: AnonymizeUserInput!) {\n    anonymizeUser(input: $input) {\n      ...AdminUserFields\n    }\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;