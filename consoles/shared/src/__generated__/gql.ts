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
    "\n  query Me {\n    me {\n      id\n      firstName\n    }\n  }\n": typeof types.MeDocument,
    "\n  query Other {\n    me {\n      id\n      lastName\n    }\n  }\n": typeof types.OtherDocument,
    "\n  fragment SessionUser on User {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    mustChangePassword\n  }\n": typeof types.SessionUserFragmentDoc,
    "\n  fragment Session on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      ...SessionUser\n    }\n  }\n": typeof types.SessionFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...Session\n    }\n  }\n": typeof types.RefreshSessionDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...Session\n    }\n  }\n": typeof types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session\n    }\n  }\n": typeof types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": typeof types.LogOutDocument,
    "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n": typeof types.TeamMemberUserFragmentDoc,
};
const documents: Documents = {
    "\n  query Me {\n    me {\n      id\n      firstName\n    }\n  }\n": types.MeDocument,
    "\n  query Other {\n    me {\n      id\n      lastName\n    }\n  }\n": types.OtherDocument,
    "\n  fragment SessionUser on User {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    mustChangePassword\n  }\n": types.SessionUserFragmentDoc,
    "\n  fragment Session on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      ...SessionUser\n    }\n  }\n": types.SessionFragmentDoc,
    "\n  mutation RefreshSession {\n    refreshSession {\n      ...Session\n    }\n  }\n": types.RefreshSessionDocument,
    "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...Session\n    }\n  }\n": types.LogInDocument,
    "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session\n    }\n  }\n": types.SignUpDocument,
    "\n  mutation LogOut {\n    logOut\n  }\n": types.LogOutDocument,
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
export function graphql(source: "\n  query Me {\n    me {\n      id\n      firstName\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      id\n      firstName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Other {\n    me {\n      id\n      lastName\n    }\n  }\n"): (typeof documents)["\n  query Other {\n    me {\n      id\n      lastName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment SessionUser on User {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    mustChangePassword\n  }\n"): (typeof documents)["\n  fragment SessionUser on User {\n    id\n    firstName\n    lastName\n    email\n    username\n    locale\n    platformRole\n    mustChangePassword\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Session on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      ...SessionUser\n    }\n  }\n"): (typeof documents)["\n  fragment Session on AuthPayload {\n    accessToken\n    accessTokenExpiresAt\n    user {\n      id\n      ...SessionUser\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshSession {\n    refreshSession {\n      ...Session\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshSession {\n    refreshSession {\n      ...Session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...Session\n    }\n  }\n"): (typeof documents)["\n  mutation LogIn($input: LogInInput!) {\n    logIn(input: $input) {\n      ...Session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session\n    }\n  }\n"): (typeof documents)["\n  mutation SignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      ...Session\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogOut {\n    logOut\n  }\n"): (typeof documents)["\n  mutation LogOut {\n    logOut\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"): (typeof documents)["\n  fragment TeamMemberUser on User {\n    id\n    firstName\n    lastName\n    email\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;