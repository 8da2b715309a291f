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
    "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n": typeof types.CompetenceDetailsDocument,
    "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": typeof types.ResetPasswordDocument,
};
const documents: Documents = {
    "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n": types.CompetenceDetailsDocument,
    "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n": types.ResetPasswordDocument,
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
export function graphql(source: "\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CompetenceDetails($id: ID!) {\n    competence(id: $id) {\n      id\n      code\n      name\n      description\n      area {\n        id\n        code\n        name\n        color\n      }\n    }\n    me {\n      id\n      profile {\n        competences {\n          competence {\n            id\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    me {\n      id\n      firstName\n      lastName\n      profile {\n        pixScore\n        maxPixScore\n        competences {\n          competence {\n            id\n            code\n            name\n            area {\n              id\n              code\n              name\n              color\n            }\n          }\n          level\n          pixScore\n          pixToNextLevel\n          maxLevel\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): (typeof documents)["\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ResetPassword($input: ResetPasswordInput!) {\n    resetPassword(input: $input)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;