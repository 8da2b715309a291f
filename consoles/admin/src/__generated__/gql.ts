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
};
const documents: Documents = {
    "\n  query ApiClients {\n    apiClients {\n      clientId\n      name\n      contact\n      scopes\n      uais\n      createdAt\n      rotatedAt\n      revokedAt\n      lastCallAt\n      usage {\n        day\n        calls\n      }\n    }\n  }\n": types.ApiClientsDocument,
    "\n  mutation CreateApiClient($input: CreateApiClientInput!) {\n    createApiClient(input: $input) {\n      clientId\n      clientSecret\n    }\n  }\n": types.CreateApiClientDocument,
    "\n  mutation RotateApiClientSecret($clientId: String!) {\n    rotateApiClientSecret(clientId: $clientId) {\n      clientId\n      clientSecret\n    }\n  }\n": types.RotateApiClientSecretDocument,
    "\n  mutation RevokeApiClient($clientId: String!) {\n    revokeApiClient(clientId: $clientId) {\n      clientId\n      revokedAt\n    }\n  }\n": types.RevokeApiClientDocument,
    "\n  query AdminHome {\n    me {\n      id\n      firstName\n      lastName\n      platformRole\n    }\n  }\n": types.AdminHomeDocument,
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

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;